//! Repairs of news forms found on wire copy (prepositions, nouns in -ly,
//! reduced relatives before a verb group, a statement closed by its
//! source), on sentences written for these tests: each fails without its
//! rule in `src/finite.rs`.

mod common;

use common::{analyse, word};

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

#[test]
fn a_participle_before_a_verb_group_is_a_reduced_relative() {
    for (s, participle, verb) in [
        (
            "Officials based in Geneva have rejected the proposal .",
            "based",
            "rejected",
        ),
        (
            "A militia linked to Iran has claimed the attack .",
            "linked",
            "claimed",
        ),
    ] {
        let p = analyse(s);
        let (part, _) = word(&p, participle);
        let (_, v) = word(&p, verb);
        let noun = p.iter().position(|w| w.1 == "NOUN").unwrap();
        assert_eq!((part.3, part.4), (noun + 1, "acl"), "{s}: {p:?}");
        assert_eq!((p[noun].3, p[noun].4), (v, "nsubj"), "{s}: {p:?}");
        let aux = p.iter().find(|w| w.4 == "aux").unwrap();
        assert_eq!(aux.3, v, "the auxiliary stays with its verb: {s}: {p:?}");
    }
}

#[test]
fn a_progressive_statement_closed_by_its_source_keeps_its_subject() {
    let s = "Kosovo is investigating alleged war crimes by Serbian paramilitaries , a Kosovo official said .";
    let p = analyse(s);
    let (_, v) = word(&p, "investigating");
    let (_, said) = word(&p, "said");
    assert_eq!(p[said - 1].4, "root", "{p:?}");
    assert_eq!((p[v - 1].3, p[v - 1].4), (said, "ccomp"), "{p:?}");
    assert_eq!((p[0].3, p[0].4), (v, "nsubj"), "{p:?}");
    assert_eq!((p[1].3, p[1].4), (v, "aux"), "{p:?}");
}

#[test]
fn that_before_a_subject_is_the_conjunction() {
    let s = "The spokesman said on Monday that Peru would expel the envoy .";
    let p = analyse(s);
    let (that, _) = word(&p, "that");
    let (_, v) = word(&p, "expel");
    assert_eq!((that.3, that.4), (v, "mark"), "{p:?}");
}

#[test]
fn a_gerund_after_its_preposition_is_a_clause_not_a_modifier() {
    let s = "Syria accused Israel of launching missiles at the airport .";
    let p = analyse(s);
    let (g, gi) = word(&p, "launching");
    assert_eq!((g.3, g.4), (2, "advcl"), "{p:?}");
    assert_eq!((p[2].3, p[2].4), (2, "obj"), "{p:?}");
    assert_eq!((p[5].3, p[5].4), (gi, "obj"), "{p:?}");
}

#[test]
fn an_irregular_past_that_is_also_a_noun_is_the_verb_of_a_sentence_without_one() {
    for s in [
        "Turkey shot down a Russian warplane last November .",
        "Kenya hit back at Somalia on Monday .",
    ] {
        let p = analyse(s);
        let verb = &p[1];
        assert_eq!(
            (verb.1, verb.2, verb.4),
            ("VERB", "VBD", "root"),
            "{s}: {p:?}"
        );
        assert_eq!((p[0].3, p[0].4), (2, "nsubj"), "{s}: {p:?}");
    }
    // A noun it is stays one where the sentence has its verb.
    let s = "The shot came from the hills .";
    let p = analyse(s);
    assert_eq!(word(&p, "shot").0 .1, "NOUN", "{s}: {p:?}");
}
