//! More repairs of news forms the treebank has few of, on sentences written
//! for these tests: each fails without its rule in `src/finite.rs`.

use detente_parse::Model;

mod common;

use common::{analyse, word};

#[test]
fn a_word_in_s_after_an_opening_name_is_the_verb() {
    // The tagger reads "Beijing" as a verb in -ing; once the name is
    // marked (as the event stage's names are), the word after it is the
    // verb, not a plural noun.
    let model = Model::english();
    let forms: Vec<&str> = "Beijing considers the offer an insult ."
        .split(' ')
        .collect();
    let mut tagged = model.tag_sentence(&forms);
    tagged.set_tag(0, model.proper_noun_tag().unwrap());
    model.repair_tags(&forms, &mut tagged);
    let (_, xpos, _) = model.tagged_word(forms[1], &tagged, 1);
    assert_eq!(xpos, "VBZ");
    let tree = model.tree_of(&forms, &tagged);
    assert_eq!(tree[1], (0, "root"), "{tree:?}");
    assert_eq!(tree[0], (2, "nsubj"), "{tree:?}");
}

#[test]
fn a_headlines_verb_after_a_plural_subject_is_a_verb() {
    for (s, w) in [
        (
            "Chileans break off talks with Lima over fishing rights",
            "break",
        ),
        ("Gunmen kill five soldiers in border ambush", "kill"),
    ] {
        let p = analyse(s);
        let (verb, v) = word(&p, w);
        assert_eq!((verb.1, verb.4), ("VERB", "root"), "{s}: {p:?}");
        assert_eq!((p[0].3, p[0].4), (v, "nsubj"), "{s}: {p:?}");
    }
}

#[test]
fn a_second_clause_joined_by_and_keeps_its_subject() {
    for (s, noun, verb) in [
        (
            "Ghana recalled its ambassador and talks were suspended indefinitely .",
            "talks",
            "suspended",
        ),
        (
            "Serbia withdrew its troops and the border crossing reopened on Friday .",
            "crossing",
            "reopened",
        ),
    ] {
        let p = analyse(s);
        let (_, v) = word(&p, verb);
        let (first, v1) = word(&p, &p[1].0.clone());
        assert_eq!(first.4, "root", "{s}: {p:?}");
        assert_eq!((p[v - 1].3, p[v - 1].4), (v1, "conj"), "{s}: {p:?}");
        let (n, _) = word(&p, noun);
        assert_eq!(n.3, v, "{s}: {p:?}");
        assert!(n.4.starts_with("nsubj"), "{s}: {p:?}");
        let (and, _) = word(&p, "and");
        assert_eq!(and.3, v, "{s}: {p:?}");
    }
}

#[test]
fn a_clause_opened_by_after_is_an_adverbial_clause_with_its_subject() {
    let s =
        "Officials said the mission was evacuated after its consulate in the city was attacked .";
    let p = analyse(s);
    let (_, evacuated) = word(&p, "evacuated");
    let (attacked, a) = word(&p, "attacked");
    assert_eq!((attacked.3, attacked.4), (evacuated, "advcl"), "{p:?}");
    let (consulate, _) = word(&p, "consulate");
    assert_eq!((consulate.3, consulate.4), (a, "nsubj"), "{p:?}");
    let (after, _) = word(&p, "after");
    assert_eq!((after.3, after.4), (a, "mark"), "{p:?}");
}

#[test]
fn a_verb_before_a_plural_object_after_the_opening_subject_is_the_root() {
    for (s, verb, object) in [
        (
            "The Dutch foreign ministry denied reports that envoys had left .",
            "denied",
            "reports",
        ),
        (
            "The Czech defence ministry repeated allegations of sabotage .",
            "repeated",
            "allegations",
        ),
        (
            "The Pentagon confirmed reports that a jet was shot down .",
            "confirmed",
            "reports",
        ),
    ] {
        let p = analyse(s);
        let (v, at) = word(&p, verb);
        assert_eq!((v.2, v.4), ("VBD", "root"), "{s}: {p:?}");
        let (o, _) = word(&p, object);
        assert_eq!((o.2, o.3, o.4), ("NNS", at, "obj"), "{s}: {p:?}");
    }
}

#[test]
fn a_verb_of_saying_heads_the_clause_it_reports() {
    let p = analyse("The Israeli military said rockets were fired from Lebanon overnight .");
    let (said, at) = word(&p, "said");
    assert_eq!(said.4, "root", "{p:?}");
    let (fired, _) = word(&p, "fired");
    assert_eq!((fired.3, fired.4), (at, "ccomp"), "{p:?}");
}

#[test]
fn between_takes_both_nouns_and_the_verb_after_is_the_statements() {
    let p = analyse("Fighting between the army and the militia resumed overnight .");
    let (resumed, v) = word(&p, "resumed");
    assert_eq!(resumed.4, "root", "{p:?}");
    let (_, army) = word(&p, "army");
    let (militia, _) = word(&p, "militia");
    assert_eq!((militia.3, militia.4), (army, "conj"), "{p:?}");
    assert_eq!((p[0].3, p[0].4), (v, "nsubj"), "{p:?}");
}

#[test]
fn a_participle_of_saying_with_its_clause_is_the_statements_verb() {
    for (s, verb) in [
        (
            "A government spokesman announced on Monday the talks had failed .",
            "announced",
        ),
        (
            "The ministry confirmed on Friday that the envoy had been expelled .",
            "confirmed",
        ),
    ] {
        let p = analyse(s);
        let (v, at) = word(&p, verb);
        assert_eq!(v.4, "root", "{s}: {p:?}");
        let subject = p[at - 2].clone();
        assert_eq!((subject.3, subject.4), (at, "nsubj"), "{s}: {p:?}");
    }
}

#[test]
fn talks_before_a_modal_are_a_noun() {
    let p = analyse("The Kremlin said Tuesday that talks would continue .");
    let (talks, _) = word(&p, "talks");
    assert_eq!((talks.2, talks.4), ("NNS", "nsubj"), "{p:?}");
}

#[test]
fn the_speaker_after_says_is_its_subject() {
    let p = analyse(
        "The militants attack a checkpoint in the north , says a spokeswoman for the governor .",
    );
    let (_, says) = word(&p, "says");
    let (w, _) = word(&p, "spokeswoman");
    assert_eq!((w.3, w.4), (says, "nsubj"), "{p:?}");
}

#[test]
fn a_ministry_repeating_allegations_that_is_a_clause() {
    let p =
        analyse("The Czech defence ministry repeated allegations that Minsk staged the incident .");
    let (repeated, v) = word(&p, "repeated");
    assert_eq!(repeated.4, "root", "{p:?}");
    let (ministry, _) = word(&p, "ministry");
    assert_eq!((ministry.3, ministry.4), (v, "nsubj"), "{p:?}");
    let (that, _) = word(&p, "that");
    assert_eq!(that.4, "mark", "{p:?}");
}

#[test]
fn the_source_that_closes_a_statement_is_its_root() {
    for s in [
        "The Security Council will meet on Friday to discuss the crisis , diplomats said .",
        "Chile's foreign minister is expected to visit Lima next week , state media reported .",
    ] {
        let p = analyse(s);
        let verb = if s.contains("said") {
            "said"
        } else {
            "reported"
        };
        let (v, _) = word(&p, verb);
        assert_eq!(v.4, "root", "{s}: {p:?}");
    }
}

#[test]
fn a_second_verb_after_and_is_not_its_objects_modifier() {
    let p = analyse(
        "The minister met his counterpart on the sidelines of the summit and discussed trade .",
    );
    let (_, met) = word(&p, "met");
    let (discussed, d) = word(&p, "discussed");
    assert_eq!((discussed.3, discussed.4), (met, "conj"), "{p:?}");
    let (trade, _) = word(&p, "trade");
    assert_eq!((trade.3, trade.4), (d, "obj"), "{p:?}");
}

#[test]
fn a_noun_in_ing_after_after_is_the_subject_of_its_clause() {
    for s in [
        "Hundreds of people fled their homes after shelling intensified near the front line .",
        "Talks stalled after fighting erupted in the north .",
    ] {
        let p = analyse(s);
        let verb = if s.contains("intensified") {
            "intensified"
        } else {
            "erupted"
        };
        let (v, at) = word(&p, verb);
        assert_eq!(v.4, "advcl", "{s}: {p:?}");
        let (after, _) = word(&p, "after");
        assert_eq!((after.3, after.4), (at, "mark"), "{s}: {p:?}");
        let subject = p[at - 2].clone();
        assert_eq!((subject.3, subject.4), (at, "nsubj"), "{s}: {p:?}");
    }
}

#[test]
fn a_first_clause_is_not_read_into_the_second_ones_subject() {
    let p = analyse("Police fired tear gas and arrested dozens of demonstrators who gathered outside the embassy .");
    let (fired, f) = word(&p, "fired");
    assert_eq!(fired.4, "root", "{p:?}");
    let (gas, _) = word(&p, "gas");
    assert_eq!((gas.3, gas.4), (f, "obj"), "{p:?}");
    let (arrested, _) = word(&p, "arrested");
    assert_eq!((arrested.3, arrested.4), (f, "conj"), "{p:?}");
    assert_eq!((p[0].3, p[0].4), (f, "nsubj"), "{p:?}");
}

#[test]
fn a_verb_after_and_with_nothing_to_govern_a_participle_is_past() {
    let p =
        analyse("Turkey said it would not allow the vessels to pass and warned of consequences .");
    let (said, s) = word(&p, "said");
    assert_eq!(said.4, "root", "{p:?}");
    let (warned, _) = word(&p, "warned");
    assert_eq!((warned.2, warned.3, warned.4), ("VBD", s, "conj"), "{p:?}");
}
