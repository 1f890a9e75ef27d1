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

#[test]
fn a_word_in_ed_read_as_an_adjective_before_a_number_is_the_verb() {
    for (s, verb) in [
        (
            "Separatist rebels wounded two Spanish policemen on Thursday .",
            "wounded",
        ),
        (
            "Kurdish militants injured three Turkish soldiers near the border , officials said .",
            "injured",
        ),
    ] {
        let p = analyse(s);
        let (v, _) = word(&p, verb);
        assert_eq!((v.1, v.2), ("VERB", "VBD"), "{s}: {p:?}");
    }
    // An adjective before its noun stays one.
    let s = "The army evacuated wounded soldiers from the town .";
    let p = analyse(s);
    let (w, _) = word(&p, "wounded");
    assert_eq!(w.1, "ADJ", "{p:?}");
}

#[test]
fn an_opening_adjective_is_not_the_head_of_the_clause() {
    let s = "Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday , police said .";
    let p = analyse(s);
    let (_, subject) = word(&p, "guerrillas");
    let (wounded, v) = word(&p, "wounded");
    let (_, said) = word(&p, "said");
    assert_eq!((p[0].3, p[0].4), (subject, "amod"), "{p:?}");
    assert_eq!((wounded.3, wounded.4), (said, "ccomp"), "{p:?}");
    assert_eq!(p[subject - 1].3, v, "{p:?}");
}

#[test]
fn a_past_tense_before_a_participle_is_not_its_auxiliary() {
    let s = "Malawi extradited suspected British militant Tariq Ahmed Malik to Britain on Monday , a senior Malawian police official said .";
    let p = analyse(s);
    let (v, i) = word(&p, "extradited");
    let (suspected, _) = word(&p, "suspected");
    let (_, said) = word(&p, "said");
    assert_eq!((v.3, v.4), (said, "ccomp"), "{p:?}");
    assert_eq!((p[0].3, p[0].4), (i, "nsubj"), "{p:?}");
    assert_eq!(suspected.4, "amod", "{p:?}");
    assert!(
        p.iter().any(|w| w.3 == i && w.4 == "obj"),
        "the militant is the object: {p:?}"
    );
}

#[test]
fn a_describing_word_in_ing_before_a_name_is_its_modifier() {
    let s = "Turkey says it is willing to withdraw its troops from neighboring Syria , officials said .";
    let p = analyse(s);
    let (neighboring, _) = word(&p, "neighboring");
    let (syria, i) = word(&p, "Syria");
    let (_, withdraw) = word(&p, "withdraw");
    let (from, _) = word(&p, "from");
    assert_eq!(
        (neighboring.1, neighboring.3, neighboring.4),
        ("ADJ", i, "amod"),
        "{p:?}"
    );
    assert_eq!((syria.3, syria.4), (withdraw, "obl"), "{p:?}");
    assert_eq!((from.3, from.4), (i, "case"), "{p:?}");
    // A gerund that takes a name keeps it.
    let s = "Israel barred the minister from entering Gaza .";
    let p = analyse(s);
    let (entering, e) = word(&p, "entering");
    let (gaza, _) = word(&p, "Gaza");
    assert_eq!((entering.1, gaza.3), ("VERB", e), "{p:?}");
}

#[test]
fn an_opening_what_phrase_is_not_the_root() {
    let s = "In what was described as a policy reversal , President Gustavo Petro has cancelled the extradition treaty with the United States .";
    let p = analyse(s);
    let (cancelled, v) = word(&p, "cancelled");
    let (petro, _) = word(&p, "Gustavo");
    let (described, _) = word(&p, "described");
    assert_eq!(cancelled.4, "root", "{p:?}");
    assert_eq!((petro.3, petro.4), (v, "nsubj"), "{p:?}");
    assert_eq!(described.3, v, "{p:?}");
}
