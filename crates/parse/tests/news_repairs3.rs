//! Repairs of news forms found on wire copy (prepositions, nouns in -ly,
//! reduced relatives before a verb group, a statement closed by its
//! source), on sentences written for these tests: each fails without its
//! rule in `src/finite.rs`.

use detente_parse::Model;

type Word = (String, &'static str, &'static str, usize, &'static str);

fn analyse(s: &str) -> Vec<Word> {
    let forms: Vec<&str> = s.split_whitespace().collect();
    Model::english()
        .analyse(&forms)
        .into_iter()
        .zip(&forms)
        .map(|(a, f)| (f.to_string(), a.upos.as_str(), a.xpos, a.head, a.deprel))
        .collect()
}

/// The word `w` (its first occurrence) and its 1-based position.
fn word<'a>(p: &'a [Word], w: &str) -> (&'a Word, usize) {
    let i = p
        .iter()
        .position(|x| x.0 == w)
        .unwrap_or_else(|| panic!("no word {w} in {p:?}"));
    (&p[i], i + 1)
}

#[test]
fn to_before_a_name_is_a_preposition() {
    let s = "Uganda extradited a suspected militant to Britain on Sunday .";
    let p = analyse(s);
    let (to, _) = word(&p, "to");
    let (place, b) = word(&p, "Britain");
    assert_eq!((to.1, to.3, to.4), ("ADP", b, "case"), "{s}: {p:?}");
    assert!(matches!(place.4, "obl" | "nmod"), "{s}: {p:?}");
}

#[test]
fn an_adjective_that_ends_its_phrase_after_a_is_a_noun() {
    for (s, w) in [
        (
            "Uganda extradited a suspected militant to Britain on Sunday .",
            "militant",
        ),
        ("Police detained a Chinese national in Lagos .", "national"),
    ] {
        let p = analyse(s);
        let (noun, _) = word(&p, w);
        assert_eq!((noun.1, noun.4), ("NOUN", "obj"), "{s}: {p:?}");
    }
}

#[test]
fn a_noun_in_ly_inside_a_noun_phrase_is_a_noun() {
    let s = "Hungary , a close Russian ally within the bloc , has blocked the package .";
    let p = analyse(s);
    let (ally, a) = word(&p, "ally");
    let (_, v) = word(&p, "blocked");
    assert_eq!((ally.1, ally.3, ally.4), ("NOUN", 1, "appos"), "{p:?}");
    assert_eq!((p[0].3, p[0].4), (v, "nsubj"), "{p:?}");
    assert_eq!(p[4].3, a, "Russian modifies the ally: {p:?}");
    for (s, w, rel) in [
        (
            "The national assembly approved the treaty by a wide margin .",
            "assembly",
            "nsubj",
        ),
        (
            "The protesters held a rally outside the embassy .",
            "rally",
            "obj",
        ),
    ] {
        let p = analyse(s);
        let (noun, _) = word(&p, w);
        assert_eq!((noun.1, noun.4), ("NOUN", rel), "{s}: {p:?}");
    }
    // Adverbs before their verbs stay adverbs.
    for (s, w) in [
        ("Russia quickly responded to the strike .", "quickly"),
        ("The U.S. swiftly condemned the coup .", "swiftly"),
    ] {
        let p = analyse(s);
        assert_eq!(word(&p, w).0 .1, "ADV", "{s}: {p:?}");
    }
}

#[test]
fn a_plural_right_after_a_modifies_the_noun_after_it() {
    let s = "The council imposed an arms embargo on the junta .";
    let p = analyse(s);
    let (embargo, e) = word(&p, "embargo");
    assert_eq!(
        (embargo.1, embargo.3, embargo.4),
        ("NOUN", 3, "obj"),
        "{p:?}"
    );
    assert_eq!((p[4].3, p[4].4), (e, "compound"), "{p:?}");
}
