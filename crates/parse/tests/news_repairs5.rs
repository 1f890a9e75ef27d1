//! Repairs of news forms with an appositive after the subject ("X, the
//! body for Y, announced …"), on sentences written for these tests: each
//! fails without its rule in `src/finite.rs`.

mod common;

use common::{analyse, word};

#[test]
fn a_verb_after_an_appositive_is_the_subjects() {
    let s = "The Kenyan Union of Teachers ( KUT ) , the umbrella union for secondary school teachers , announced Friday that it has called off a strike .";
    let p = analyse(s);
    let (announced, v) = word(&p, "announced");
    assert_eq!((announced.3, announced.4), (0, "root"), "{p:?}");
    let (union, _) = word(&p, "Union");
    assert_eq!((union.3, union.4), (v, "nsubj"), "{p:?}");
    // The appositive's phrase stays in it.
    let (teachers, _) = word(&p, "teachers");
    assert_ne!(teachers.3, v, "{p:?}");
    assert_ne!(teachers.3, 0, "{p:?}");
}

#[test]
fn a_word_in_ed_after_an_appositive_is_the_verb() {
    let s =
        "The African Union , the continental body for African states , suspended Niger on Monday .";
    let p = analyse(s);
    let (w, _) = word(&p, "suspended");
    assert_eq!((w.2, w.3, w.4), ("VBD", 0, "root"), "{s}: {p:?}");
}

#[test]
fn a_participle_beside_a_modal_verb_group_is_a_reduced_relative() {
    let s = "Officials said a summit with Canada planned for May would not go ahead .";
    let p = analyse(s);
    let (planned, _) = word(&p, "planned");
    let (summit, n) = word(&p, "summit");
    assert_eq!((planned.3, planned.4), (n, "acl"), "{p:?}");
    let (_, go) = word(&p, "go");
    assert_eq!((summit.3, summit.4), (go, "nsubj"), "{p:?}");
    // A past tense with its own clause after it is left alone.
    let s = "Officials said the envoys planned for May , and the talks would go ahead .";
    let p = analyse(s);
    let (planned, _) = word(&p, "planned");
    assert_ne!(planned.4, "acl", "{p:?}");
}

#[test]
fn a_verb_of_saying_with_an_object_is_no_modifier_of_its_subject() {
    let s = "Asian ministers said a meeting with Peru would not go ahead .";
    let p = analyse(s);
    let (said, v) = word(&p, "said");
    assert_eq!((said.3, said.4), (0, "root"), "{p:?}");
    let (ministers, _) = word(&p, "ministers");
    assert_eq!((ministers.3, ministers.4), (v, "nsubj"), "{p:?}");
    let (go, g) = word(&p, "go");
    assert_eq!((go.3, go.4), (v, "ccomp"), "{p:?}");
    let (meeting, _) = word(&p, "meeting");
    assert_eq!((meeting.3, meeting.4), (g, "nsubj"), "{p:?}");
}

#[test]
fn an_object_with_a_title_hung_on_the_stop_is_the_verbs() {
    let s = "Lavrov , who arrived in Cairo late on Monday , met Egyptian President Abdel Fattah al-Sisi on Tuesday .";
    let p = analyse(s);
    let (_, met) = word(&p, "met");
    let (abdel, _) = word(&p, "Abdel");
    assert_eq!((abdel.3, abdel.4), (met, "obj"), "{p:?}");
}

#[test]
fn a_plural_before_a_noun_is_its_modifier() {
    for (s, modifier, noun, verb, place) in [
        (
            "Denmark stopped arms sales to Jordan on Monday .",
            "arms",
            "sales",
            "stopped",
            "Jordan",
        ),
        (
            "Qatar froze weapons transfers to Somalia on Wednesday .",
            "weapons",
            "transfers",
            "froze",
            "Somalia",
        ),
        (
            "China cancelled weapons transfers to Iraq on Monday .",
            "weapons",
            "transfers",
            "cancelled",
            "Iraq",
        ),
    ] {
        let p = analyse(s);
        let (_, v) = word(&p, verb);
        let (n, k) = word(&p, noun);
        assert_eq!((n.3, n.4), (v, "obj"), "{s}: {p:?}");
        let (m, _) = word(&p, modifier);
        assert_eq!((m.3, m.4), (k, "compound"), "{s}: {p:?}");
        // What the plural held after it is the noun's.
        let (to, _) = word(&p, place);
        assert_eq!((to.3, to.4), (k, "nmod"), "{s}: {p:?}");
    }
    // Two objects of a verb of giving stay two.
    let s = "The army gave the villagers blankets .";
    let p = analyse(s);
    let (_, v) = word(&p, "gave");
    let (b, _) = word(&p, "blankets");
    assert_eq!(b.3, v, "{s}: {p:?}");
}

#[test]
fn a_word_of_time_after_a_noun_is_the_clause_adverbial() {
    let s = "Russia pushed for an immediate ceasefire overnight .";
    let p = analyse(s);
    let (_, v) = word(&p, "pushed");
    let (ceasefire, _) = word(&p, "ceasefire");
    assert_eq!((ceasefire.3, ceasefire.4), (v, "obl"), "{s}: {p:?}");
    let (overnight, _) = word(&p, "overnight");
    assert_eq!(
        (overnight.3, overnight.4),
        (v, "obl:unmarked"),
        "{s}: {p:?}"
    );
}

#[test]
fn a_word_read_as_a_modal_that_is_none_is_a_past_tense() {
    let s = "Australia withheld aid from Jordan on Thursday .";
    let p = analyse(s);
    let (w, v) = word(&p, "withheld");
    assert_eq!((w.2, w.3), ("VBD", 0), "{s}: {p:?}");
    let (aid, _) = word(&p, "aid");
    assert_eq!((aid.1, aid.3, aid.4), ("NOUN", v, "obj"), "{s}: {p:?}");
    // Real modals stay.
    let p = analyse("Australia will send aid to Jordan .");
    assert_eq!(word(&p, "will").0 .2, "MD", "{p:?}");
}

#[test]
fn a_word_in_s_after_a_number_is_a_plural() {
    let s = "Beijing added 11 U.S. firms to its list on Friday .";
    let p = analyse(s);
    let (_, v) = word(&p, "added");
    let (firms, _) = word(&p, "firms");
    assert_eq!((firms.2, firms.3, firms.4), ("NNS", v, "obj"), "{s}: {p:?}");
    // "one is": a verb all the same.
    let p = analyse("The real one is here .");
    assert_eq!(word(&p, "is").0 .2, "VBZ", "{p:?}");
}

#[test]
fn a_phrase_of_with_after_a_day_is_the_verbs() {
    let s = "Secretary of State Antony Blinken spoke on Tuesday with Turkish Foreign Minister Hakan Fidan to discuss the situation in Gaza .";
    let p = analyse(s);
    let (_, spoke) = word(&p, "spoke");
    let (fidan, _) = word(&p, "Fidan");
    let (tuesday, _) = word(&p, "Tuesday");
    assert_eq!(tuesday.3, spoke, "{p:?}");
    assert_eq!((fidan.3, fidan.4), (spoke, "obl"), "{p:?}");
}

#[test]
fn a_clause_of_of_after_a_day_is_the_objects() {
    let s = "Armenia and Azerbaijan traded accusations on Monday of violating the ceasefire .";
    let p = analyse(s);
    let (_, accusations) = word(&p, "accusations");
    let (violating, _) = word(&p, "violating");
    assert_eq!((violating.3, violating.4), (accusations, "acl"), "{p:?}");
}

#[test]
fn a_past_tense_after_a_subject_placed_by_its_phrase_is_the_verb() {
    // Before a closing attribution the tagger read each as a participle.
    for (s, verb) in [
        (
            "Police in the Malawian capital fired tear gas at hundreds of marchers , witnesses said .",
            "fired",
        ),
        (
            "Soldiers at the border post seized two trucks carrying fuel , officials said .",
            "seized",
        ),
    ] {
        let p = analyse(s);
        let (w, _) = word(&p, verb);
        let (_, said) = word(&p, "said");
        assert_eq!((w.2, w.3, w.4), ("VBD", said, "ccomp"), "{s}: {p:?}");
        let (subject, _) = word(&p, &s[..s.find(' ').unwrap()]);
        assert_eq!(subject.4, "nsubj", "{s}: {p:?}");
    }
    // After any other preposition the participle may be a modifier.
    let s = "The number of people killed three years ago is unknown .";
    let p = analyse(s);
    let (w, _) = word(&p, "killed");
    assert_ne!(w.4, "root", "{s}: {p:?}");
}

#[test]
fn a_relative_clause_set_off_by_commas_is_not_the_root() {
    let s = "Croatian and Slovenian negotiators , who held talks in Vienna on Monday , agreed to meet again .";
    let p = analyse(s);
    let (agreed, v) = word(&p, "agreed");
    assert_eq!((agreed.3, agreed.4), (0, "root"), "{p:?}");
    let (negotiators, n) = word(&p, "negotiators");
    assert_eq!((negotiators.3, negotiators.4), (v, "nsubj"), "{p:?}");
    let (held, h) = word(&p, "held");
    assert_eq!((held.3, held.4), (n, "acl:relcl"), "{p:?}");
    let (who, _) = word(&p, "who");
    assert_eq!((who.3, who.4), (h, "nsubj"), "{p:?}");
}

#[test]
fn a_verb_after_a_relative_clause_is_the_statements() {
    let s = "Croatian and Slovenian negotiators who held talks in Vienna on Monday agreed to meet again .";
    let p = analyse(s);
    let (agreed, v) = word(&p, "agreed");
    assert_eq!((agreed.3, agreed.4), (0, "root"), "{p:?}");
    let (negotiators, _) = word(&p, "negotiators");
    assert_eq!((negotiators.3, negotiators.4), (v, "nsubj"), "{p:?}");
    // A phrase after the clause's closing comma is the verb's.
    let s = "Ana Kovac , who speaks for the Croatian ministry , on Tuesday rejected the proposal .";
    let p = analyse(s);
    let (rejected, v) = word(&p, "rejected");
    assert_eq!((rejected.3, rejected.4), (0, "root"), "{p:?}");
    let (tuesday, _) = word(&p, "Tuesday");
    assert_eq!((tuesday.3, tuesday.4), (v, "obl"), "{p:?}");
}

#[test]
fn a_name_before_a_verb_of_saying_is_its_subject_not_its_complement() {
    let s = "Slovak Prime Minister Jan Novak , a close ally of Orban , said he would not attend the summit .";
    let p = analyse(s);
    let (said, v) = word(&p, "said");
    assert_eq!(said.4, "root", "{p:?}");
    let (jan, _) = word(&p, "Jan");
    assert_eq!((jan.3, jan.4), (v, "nsubj"), "{p:?}");
}

#[test]
fn an_object_read_as_a_second_subject_of_saying_is_the_objects() {
    for s in [
        "Tehran accused Washington of stirring unrest in Iranian towns , state radio reported .",
        "Moscow accused Washington of fomenting unrest in Georgia , state television reported .",
    ] {
        let p = analyse(s);
        let (_, accused) = word(&p, "accused");
        let (washington, _) = word(&p, "Washington");
        assert_eq!((washington.3, washington.4), (accused, "obj"), "{s}: {p:?}");
        let (reported, r) = word(&p, "reported");
        assert_eq!(reported.4, "root", "{s}: {p:?}");
        let (acc, _) = word(&p, "accused");
        assert_eq!(acc.3, r, "{s}: {p:?}");
    }
}

#[test]
fn an_official_after_a_name_is_the_subject_of_the_verb_after_it() {
    for s in [
        "A senior Hamas official accused Israel of deliberately holding up the entry of tents .",
        "A Taliban official blamed Pakistan for the closure of the crossing .",
    ] {
        let p = analyse(s);
        let (official, o) = word(&p, "official");
        assert_eq!(official.2, "NN", "{s}: {p:?}");
        assert_eq!(official.4, "nsubj", "{s}: {p:?}");
        let verb = &p[official.3 - 1];
        assert_eq!((verb.2, verb.3), ("VBD", 0), "{s}: {p:?}");
        assert_eq!(official.3, o + 1, "{s}: {p:?}");
    }
    // An official visit stays an adjective's.
    let p = analyse("The Hamas official visit ended on Monday .");
    let (official, _) = word(&p, "official");
    assert_eq!(official.2, "JJ", "{p:?}");
}
