//! The shipped model: loads quickly, and gets the structure of plain news
//! sentences (written for these tests) right where the event stage needs it.

use detente_parse::{conllu, Model};
use std::time::Instant;

fn analyse(s: &str) -> Vec<(String, &'static str, String, usize, &'static str)> {
    let forms: Vec<&str> = s.split_whitespace().collect();
    Model::english()
        .analyse(&forms)
        .into_iter()
        .zip(&forms)
        .map(|(a, f)| (f.to_string(), a.upos.as_str(), a.lemma, a.head, a.deprel))
        .collect()
}

fn word<'a>(
    p: &'a [(String, &'static str, String, usize, &'static str)],
    w: &str,
) -> &'a (String, &'static str, String, usize, &'static str) {
    p.iter()
        .find(|x| x.0 == w)
        .unwrap_or_else(|| panic!("no word {w}"))
}

#[test]
fn loads_in_milliseconds() {
    let t = Instant::now();
    let m = Model::english();
    assert!(
        t.elapsed().as_millis() < 2000,
        "loading took {:?}",
        t.elapsed()
    );
    assert!(m.card.contains("EWT"), "{}", m.card);
}

#[test]
fn subject_object_and_lemmas_of_a_news_sentence() {
    let p =
        analyse("The Kenyan foreign minister met her Ugandan counterpart in Kampala on Friday .");
    let met = word(&p, "met");
    assert_eq!((met.1, met.2.as_str(), met.4), ("VERB", "meet", "root"));
    let at = |w: &str| p.iter().position(|x| x.0 == w).unwrap() + 1;
    assert_eq!(word(&p, "minister").3, at("met"));
    assert_eq!(word(&p, "minister").4, "nsubj");
    assert_eq!(word(&p, "counterpart").4, "obj");
    assert_eq!(word(&p, "Kenyan").3, at("minister"));
}

#[test]
fn a_sentence_opening_attribution_is_a_phrase_not_a_clause() {
    // The shortcuts of staged scoring once read "According" as a clause.
    for s in [
        "According to the Kenyan police , the protesters blocked the road on Monday .",
        "According to the ministry , since March 3 the rebels have not stopped shelling .",
    ] {
        let p = analyse(s);
        assert_eq!(word(&p, "According").4, "case", "{s}: {p:?}");
        assert_eq!(word(&p, "to").4, "fixed", "{s}: {p:?}");
    }
}

#[test]
fn passive_agent_and_negation() {
    let p = analyse("The convoy was attacked by rebels near the border .");
    assert_eq!(word(&p, "convoy").4, "nsubj:pass");
    assert_eq!(word(&p, "rebels").4, "obl:agent");
    let p = analyse("Chile did not sign the treaty .");
    assert_eq!(word(&p, "not").4, "advmod");
    assert_eq!(word(&p, "sign").2, "sign");
    assert_eq!(word(&p, "treaty").4, "obj");
}

#[test]
fn control_verbs_take_a_clause() {
    let p = analyse("Peru offered to release the fishermen .");
    let at = |w: &str| p.iter().position(|x| x.0 == w).unwrap() + 1;
    assert_eq!(word(&p, "release").4, "xcomp");
    assert_eq!(word(&p, "release").3, at("offered"));
    assert_eq!(word(&p, "fishermen").2, "fisherman");
}

#[test]
fn every_sentence_gets_one_root_and_a_tree() {
    let sents = [
        "Talks between the two sides resumed in Doha , officials said .",
        "Protesters marched ; police fired tear gas and arrested dozens .",
        "x",
        "\" Never , \" she said .",
    ];
    for s in sents {
        let p = analyse(s);
        assert_eq!(p.iter().filter(|x| x.3 == 0).count(), 1, "{s}");
        for (i, x) in p.iter().enumerate() {
            assert!(x.3 <= p.len() && x.3 != i + 1, "{s}: {x:?}");
            // Following heads always reaches the root: no cycles.
            let mut h = x.3;
            let mut steps = 0;
            while h != 0 && steps <= p.len() {
                h = p[h - 1].3;
                steps += 1;
            }
            assert_eq!(h, 0, "{s}: cycle at {x:?}");
        }
    }
}

#[test]
fn conllu_round_trip_keeps_tokens_comments_and_ranges() {
    let text = "# sent_id = a1\n# text = Iran won't talk.\n1\tIran\t_\t_\t_\t_\t0\t_\t_\t_\n2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\two\t_\t_\t_\t_\t0\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t0\t_\t_\t_\n4\ttalk\t_\t_\t_\t_\t0\t_\t_\t_\n5\t.\t_\t_\t_\t_\t0\t_\t_\t_\n\n";
    let sents = conllu::read(text).unwrap();
    assert_eq!(sents.len(), 1);
    let forms: Vec<&str> = sents[0].words.iter().map(|w| w.form.as_str()).collect();
    let parse = Model::english().analyse(&forms);
    let mut out = String::new();
    conllu::write_sentence(
        &mut out,
        &sents[0].comments,
        &sents[0].ranges,
        &forms,
        &parse,
    );
    let again = conllu::read(&out).unwrap();
    assert_eq!(again[0].words.len(), 5);
    assert!(
        out.contains("# sent_id = a1\n") && out.contains("\n2-3\twon't\t"),
        "{out}"
    );
    assert_eq!(again[0].words.iter().filter(|w| w.head == 0).count(), 1);
    assert_eq!(again[0].words[3].lemma, "talk");
}

#[test]
fn bad_conllu_and_bad_models_are_errors_not_panics() {
    assert!(conllu::read("1\tx\n")
        .unwrap_err()
        .to_string()
        .contains("line 1"));
    assert!(conllu::read("1\ta\t_\t_\t_\t_\t9\t_\t_\t_\n\n").is_err());
    assert!(conllu::read("1\ta\t_\t_\t_\t_\tq\t_\t_\t_\n").is_err());
    assert!(Model::from_bytes(b"not a model").is_err());
    let mut truncated = include_bytes!("../model/en_ewt.bin").to_vec();
    truncated.truncate(truncated.len() / 2);
    assert!(Model::from_bytes(&truncated).is_err());
}

#[test]
fn a_participle_after_its_noun_is_a_reduced_relative_not_a_clause() {
    let model = detente_parse::Model::english();
    let forms = [
        "Rebels", "based", "in", "Nairobi", "attacked", "a", "police", "post", ".",
    ];
    let parse = model.analyse(&forms);
    // 1-based heads: "Rebels" is the subject of "attacked", "based" hangs on "Rebels".
    assert_eq!((parse[0].head, parse[0].deprel), (5, "nsubj"), "{parse:?}");
    assert_eq!((parse[1].head, parse[1].deprel), (1, "acl"), "{parse:?}");
    assert_eq!(parse[3].head, 2, "{parse:?}");
}

#[test]
fn a_hyphenated_modifier_hangs_on_the_noun_it_modifies() {
    // Each pair: the sentence, then (word, its head word, its relation)
    // for the noun the modifier belongs to and for the modifier's halves.
    // (word, its head word, its relation)
    type Arc<'a> = (&'a str, &'a str, &'a str);
    let cases: [(&str, [Arc; 3]); 3] = [
        (
            "Iranian - backed militias attacked a convoy on Monday .",
            [
                ("militias", "attacked", "nsubj"),
                ("backed", "militias", "amod"),
                ("attacked", "", "root"),
            ],
        ),
        (
            "Norway pledged more food aid to war - torn Yemen .",
            [
                ("Yemen", "aid", "nmod"),
                ("torn", "Yemen", "amod"),
                ("war", "torn", "compound"),
            ],
        ),
        (
            "Rwandan - led troops have recaptured the border town .",
            [
                ("troops", "recaptured", "nsubj"),
                ("led", "troops", "amod"),
                ("recaptured", "", "root"),
            ],
        ),
    ];
    for (sentence, expected) in cases {
        let p = analyse(sentence);
        for (w, head, rel) in expected {
            let got = word(&p, w);
            let head_word = if got.3 == 0 {
                ""
            } else {
                p[got.3 - 1].0.as_str()
            };
            assert_eq!((head_word, got.4), (head, rel), "{w} in {sentence}: {p:?}");
        }
    }
}

#[test]
fn a_plural_that_opens_a_statement_is_its_subject() {
    let p = analyse("Talks between Armenia and Azerbaijan resumed in Geneva on Monday .");
    assert_eq!(word(&p, "Talks").1, "NOUN", "{p:?}");
    assert_eq!(word(&p, "Talks").4, "nsubj", "{p:?}");
    assert_eq!(word(&p, "resumed").4, "root", "{p:?}");
}

#[test]
fn a_past_tense_before_a_noun_is_the_verb_not_its_modifier() {
    let p = analyse("Police fired tear gas at protesters in Nairobi on Sunday .");
    assert_eq!(word(&p, "fired").4, "root", "{p:?}");
    assert_eq!(word(&p, "Police").4, "nsubj", "{p:?}");
    assert_eq!(word(&p, "gas").4, "obj", "{p:?}");
    let protesters = word(&p, "protesters");
    assert_eq!((protesters.3, protesters.4), (2, "obl"), "{p:?}");
}

#[test]
fn a_title_and_a_name_that_open_a_statement_are_its_subject() {
    let p = analyse(
        "Turkish Foreign Minister Hakan Fidan and US Secretary Antony Blinken discussed Gaza by phone .",
    );
    let hakan = word(&p, "Hakan");
    assert_eq!((hakan.3, hakan.4), (11, "nsubj"), "{p:?}");
    // The nationality belongs to the name, not to the verb.
    assert_eq!(word(&p, "Turkish").3, 4, "{p:?}");
    let p = analyse("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing .");
    assert_eq!(word(&p, "Russian").3, 3, "{p:?}");
    assert_eq!(word(&p, "Vladimir").4, "nsubj", "{p:?}");
}

#[test]
fn a_past_tense_between_a_subject_and_its_object_is_tagged_past() {
    let forms: Vec<&str> =
        "The coast guard said two patrol boats rammed its fishing trawler near the reef ."
            .split(' ')
            .collect();
    let parse = Model::english().analyse(&forms);
    assert_eq!(parse[7].xpos, "VBD", "{parse:?}");
    assert_eq!((parse[7].head, parse[7].deprel), (4, "ccomp"), "{parse:?}");
}

#[test]
fn a_word_in_s_after_an_adverb_after_the_subject_is_the_verb() {
    let p = analyse("Ankara routinely resorts to threats against its neighbours .");
    let resorts = word(&p, "resorts");
    assert_eq!((resorts.1, resorts.4), ("VERB", "root"), "{p:?}");
    assert_eq!(word(&p, "Ankara").4, "nsubj", "{p:?}");
}

#[test]
fn a_clause_is_not_hung_on_the_full_stop() {
    let p = analyse("Two people were killed when soldiers opened fire on a crowd in the capital .");
    let opened = word(&p, "opened");
    assert_eq!((opened.3, opened.4), (4, "advcl"), "{p:?}");
    let p =
        analyse("The United States and Canada imposed sanctions on Syrian officials on Friday .");
    assert_eq!(word(&p, "imposed").4, "root", "{p:?}");
    let states = word(&p, "States");
    assert_eq!((states.3, states.4), (6, "nsubj"), "{p:?}");
    assert_eq!(word(&p, "Canada").4, "conj", "{p:?}");
    assert_eq!(word(&p, ".").3, 6, "{p:?}");
}

#[test]
fn a_past_tense_on_the_object_of_a_noun_root_is_the_verb() {
    let p = analyse(
        "Nairobi police fired tear gas Saturday to break up a march by opposition supporters .",
    );
    assert_eq!(word(&p, "fired").4, "root", "{p:?}");
    assert_eq!(word(&p, "police").4, "nsubj", "{p:?}");
    let gas = word(&p, "gas");
    assert_eq!((gas.3, gas.4), (3, "obj"), "{p:?}");
    assert_eq!(word(&p, "break").3, 3, "{p:?}");
}

#[test]
fn a_past_tense_before_a_number_of_victims_is_tagged_past() {
    let forms: Vec<&str> =
        "Israeli strikes killed at least 30 people across the strip overnight , medics said ."
            .split(' ')
            .collect();
    let parse = Model::english().analyse(&forms);
    assert_eq!(parse[2].xpos, "VBD", "{parse:?}");
    assert_eq!((parse[2].head, parse[2].deprel), (14, "ccomp"), "{parse:?}");
    assert_eq!((parse[1].head, parse[1].deprel), (3, "nsubj"), "{parse:?}");
}

#[test]
fn refugees_after_any_more_are_a_noun() {
    let p = analyse(
        "The premier said Austria will not accept any more refugees under the EU relocation scheme .",
    );
    let refugees = word(&p, "refugees");
    assert_eq!(
        (refugees.1, refugees.3, refugees.4),
        ("NOUN", 7, "obj"),
        "{p:?}"
    );
}

#[test]
fn a_participle_after_a_phrase_set_off_by_commas_is_the_predicate() {
    let p = analyse(
        "The spokesman , speaking at a news conference , accused Norway of harbouring militants .",
    );
    let accused = word(&p, "accused");
    assert_eq!((accused.1, accused.4), ("VERB", "root"), "{p:?}");
    assert_eq!(word(&p, "spokesman").3, 10, "{p:?}");
    // The phrase's participle does not keep the subject from the verb.
    let p = analyse(
        "The minister , speaking at a news conference in Ankara , accused Denmark of sheltering militants .",
    );
    let minister = word(&p, "minister");
    assert_eq!((minister.3, minister.4), (12, "nsubj"), "{p:?}");
}

#[test]
fn a_finite_verb_is_not_the_auxiliary_of_a_participle_before_it() {
    let p =
        analyse("Army units backed by foreign mercenaries launched an assault on the rebel town .");
    assert_eq!(word(&p, "launched").4, "root", "{p:?}");
    let units = word(&p, "units");
    assert_eq!((units.3, units.4), (7, "nsubj"), "{p:?}");
    assert_eq!(word(&p, "backed").3, 2, "{p:?}");
}

#[test]
fn the_subject_after_a_verb_of_saying_is_the_reported_clauses() {
    for (s, subject, verb) in [
        (
            "The army says Islamic militants attacked several border posts in tribal areas overnight , killing at least six soldiers .",
            "militants",
            "attacked",
        ),
        (
            "Kenyan officials say attacks have risen in recent months , most of them claimed by al-Shabab .",
            "attacks",
            "risen",
        ),
    ] {
        let p = analyse(s);
        let at = p.iter().position(|x| x.0 == verb).unwrap() + 1;
        let got = word(&p, subject);
        assert_eq!((got.3, got.4), (at, "nsubj"), "{s}: {p:?}");
        assert_eq!(word(&p, verb).4, "ccomp", "{s}: {p:?}");
    }
}

#[test]
fn a_date_that_opens_a_statement_is_its_adverbial() {
    let s = "On May 2 , a suicide - bomb attack in the town of Kunduz killed 8 people .";
    let p = analyse(s);
    assert_eq!(word(&p, "killed").4, "root", "{s}: {p:?}");
    assert_eq!(word(&p, "attack").4, "nsubj", "{s}: {p:?}");
    assert_eq!(word(&p, "2").4, "obl", "{s}: {p:?}");
}

#[test]
fn a_past_tense_the_tagger_read_as_a_noun_is_the_verb() {
    let p = analyse("Villagers said a strong blast shook houses across the valley .");
    let shook = word(&p, "shook");
    assert_eq!((shook.1, shook.4), ("VERB", "ccomp"), "{p:?}");
    assert_eq!(word(&p, "blast").4, "nsubj", "{p:?}");
}

#[test]
fn the_verb_after_a_participles_phrase_between_commas_is_the_root() {
    let p = analyse(
        "The talks , hosted by Oman and Qatar , aim to secure a lasting truce in the region .",
    );
    let aim = word(&p, "aim");
    assert_eq!((aim.1, aim.4), ("VERB", "root"), "{p:?}");
    assert_eq!(word(&p, "talks").3, 10, "{p:?}");
    let p = analyse(
        "The accord , signed in Geneva , calls for the release of all detainees within a month .",
    );
    assert_eq!(word(&p, "calls").4, "root", "{p:?}");
    let accord = word(&p, "accord");
    assert_eq!((accord.3, accord.4), (8, "nsubj"), "{p:?}");
    assert_eq!(word(&p, "signed").3, 2, "{p:?}");
}

#[test]
fn the_object_of_an_accusation_is_not_hung_on_the_full_stop() {
    let p = analyse(
        "The Lebanese government accused Israel of shelling the border villages and cutting off the roads .",
    );
    let israel = word(&p, "Israel");
    assert_eq!((israel.3, israel.4), (4, "obj"), "{p:?}");
}

#[test]
fn a_participle_joined_to_an_irregular_past_is_a_past_tense() {
    let p =
        analyse("Vietnam said Chinese boats rammed and sank a fishing vessel near the islands .");
    let rammed = word(&p, "rammed");
    assert_eq!((rammed.3, rammed.4), (2, "ccomp"), "{p:?}");
    let boats = word(&p, "boats");
    assert_eq!((boats.3, boats.4), (5, "nsubj"), "{p:?}");
    assert_eq!(word(&p, "sank").4, "conj", "{p:?}");
}
