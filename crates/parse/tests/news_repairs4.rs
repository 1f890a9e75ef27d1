//! Repairs of news forms found on wire copy (a day read as the source's
//! subject, a past tense after a subject's modifier, an adverb inside a
//! pair of verbs), on sentences written for these tests: each fails
//! without its rule in `src/finite.rs`.

mod common;

use common::{analyse, word};

#[test]
fn a_day_after_a_verb_of_saying_is_when_it_was_said() {
    for (s, source) in [
        (
            "Kenya closed the border , court sources said Wednesday .",
            "sources",
        ),
        (
            "The talks were postponed , diplomatic sources said Friday .",
            "sources",
        ),
    ] {
        let p = analyse(s);
        let (_, v) = word(&p, "said");
        let (src, _) = word(&p, source);
        assert_eq!((src.3, src.4), (v, "nsubj"), "{s}: {p:?}");
        let day = p.iter().position(|w| w.0.ends_with("day")).unwrap();
        assert_eq!((p[day].3, p[day].4), (v, "obl:unmarked"), "{s}: {p:?}");
    }
    // A day that is the subject stays one.
    let s = "Monday marked the start of the talks .";
    let p = analyse(s);
    let (_, v) = word(&p, "marked");
    assert_eq!((p[0].3, p[0].4), (v, "nsubj"), "{p:?}");
}

#[test]
fn a_past_tense_after_the_subjects_modifier_is_the_verb() {
    let s = "Volunteers from three Dutch charities donated and personally delivered blankets to a camp in Chad .";
    let p = analyse(s);
    let (donated, v) = word(&p, "donated");
    let (delivered, _) = word(&p, "delivered");
    assert_eq!(
        (donated.2, donated.3, donated.4),
        ("VBD", 0, "root"),
        "{p:?}"
    );
    assert_eq!((delivered.3, delivered.4), (v, "conj"), "{p:?}");
    assert_eq!((p[0].3, p[0].4), (v, "nsubj"), "{p:?}");
}
