//! The parse stage in two halves (`tag_doc`, then `TaggedDoc::parse_trees`
//! for some sentences) gives the same tags and lemmas as `parse_doc`, and
//! the same tree to each sentence it parses; the others keep none.

use detente_doc::Doc;
use detente_parse::{parse_doc, tag_doc, tag_doc_where, verb_and_noun_lemmas, Model};

const TEXT: &str = "Kenya and Uganda held talks in Nairobi on Monday. \
                    The weather was mild.\n\n\
                    Ugandan troops withdrew from the border town, officials said. \
                    Markets stayed calm.";

fn prepared() -> Doc {
    detente_text::prepare(TEXT, None, detente_kb::builtin())
}

fn has_tree(doc: &Doc, s: usize) -> bool {
    let sent = &doc.sentences[s];
    (sent.first_token..sent.end_token).any(|t| doc.syntax[t].head.is_some())
}

#[test]
fn tagging_alone_gives_the_tags_and_lemmas_of_the_whole_parse_and_no_tree() {
    let model = Model::english();
    let mut whole = prepared();
    parse_doc(&mut whole, model);
    let mut tagged = prepared();
    let _ = tag_doc(&mut tagged, model);
    assert_eq!(whole.syntax.len(), tagged.syntax.len());
    for (a, b) in whole.syntax.iter().zip(&tagged.syntax) {
        assert_eq!((a.upos, a.xpos, &a.lemma), (b.upos, b.xpos, &b.lemma));
        assert_eq!((b.head, b.deprel), (None, "dep"));
    }
}

#[test]
fn tagging_some_sentences_gives_them_the_tags_of_tagging_all_and_the_others_none() {
    let model = Model::english();
    let mut all = prepared();
    let _ = tag_doc(&mut all, model);
    let mut some = prepared();
    tag_doc_where(&mut some, model, |s| s != 1).parse_trees(&mut some, model, |_| true);
    for (s, sent) in some.sentences.iter().enumerate() {
        for t in sent.first_token..sent.end_token {
            let (a, b) = (&all.syntax[t], &some.syntax[t]);
            match s {
                1 => {
                    assert_eq!((b.upos, b.xpos, b.head), ("X", "_", None));
                    assert_eq!(b.lemma, some.token_lower(t));
                }
                _ => assert_eq!((a.upos, a.xpos, &a.lemma), (b.upos, b.xpos, &b.lemma)),
            }
        }
    }
    assert!(has_tree(&some, 0) && !has_tree(&some, 1) && has_tree(&some, 2));
}

#[test]
fn a_word_has_the_lemmas_of_a_verb_and_of_a_noun_before_it_is_tagged() {
    let model = Model::english();
    let doc = detente_text::prepare(
        "Talks resumed as rebels left the villages.",
        None,
        detente_kb::builtin(),
    );
    let at = |w: &str| {
        (0..doc.tokens.len())
            .find(|&t| doc.token_text(t) == w)
            .unwrap()
    };
    assert_eq!(verb_and_noun_lemmas(&doc, model, at("left"))[0], "leave");
    assert_eq!(
        verb_and_noun_lemmas(&doc, model, at("villages"))[1],
        "village"
    );
    assert_eq!(
        verb_and_noun_lemmas(&doc, model, at("resumed"))[0],
        "resume"
    );
}

#[test]
fn the_sentences_asked_for_get_the_trees_of_the_whole_parse() {
    let model = Model::english();
    let mut whole = prepared();
    parse_doc(&mut whole, model);
    assert_eq!(whole.sentences.len(), 4);
    let mut some = prepared();
    tag_doc(&mut some, model).parse_trees(&mut some, model, |s| s % 2 == 0);
    for (s, sent) in some.sentences.iter().enumerate() {
        assert_eq!(has_tree(&some, s), s % 2 == 0);
        for t in sent.first_token..sent.end_token {
            match s % 2 == 0 {
                true => assert_eq!(some.syntax[t], whole.syntax[t]),
                false => assert_eq!(some.syntax[t].head, None),
            }
        }
    }
}

#[test]
fn a_name_marked_after_tagging_lets_the_tag_repairs_read_it() {
    // The tagger reads "Beijing" as a verb, and then "expressed" as a
    // participle; once "Beijing" is a name, "expressed" is its verb.
    let model = Model::english();
    let mut doc = detente_text::prepare(
        "Beijing expressed strong dissatisfaction with the remarks.",
        None,
        detente_kb::builtin(),
    );
    let mut tagged = tag_doc(&mut doc, model);
    assert_ne!(doc.syntax[0].xpos, "NNP");
    assert_eq!(doc.syntax[1].xpos, "VBN");
    tagged.mark_names(&mut doc, model, |t| t == 0);
    assert_eq!(doc.syntax[0].xpos, "NNP");
    assert_eq!((doc.syntax[1].xpos, doc.syntax[1].upos), ("VBD", "VERB"));
    tagged.parse_trees(&mut doc, model, |_| true);
    assert_eq!(doc.syntax[0].head, Some(1));
    assert_eq!(doc.syntax[1].deprel, "root");
}

#[test]
fn a_full_stop_inside_a_sentence_is_read_with_its_word() {
    // "Gen." and "Feb." end no sentence: the parser reads them as the
    // treebank writes them, and the stop hangs on its word as punctuation,
    // so that the clause goes on past it.
    let model = Model::english();
    let mut doc = detente_text::prepare(
        "Gen. Omar Haddad met the envoy in Amman on Feb. 3 and left.",
        None,
        detente_kb::builtin(),
    );
    parse_doc(&mut doc, model);
    assert_eq!(doc.sentences.len(), 1);
    let at = |w: &str| {
        (0..doc.tokens.len())
            .find(|&t| doc.token_text(t) == w)
            .unwrap()
    };
    let (gen, met, feb, left) = (at("Gen"), at("met"), at("Feb"), at("left"));
    for t in [gen + 1, feb + 1] {
        assert_eq!(doc.token_text(t), ".");
        assert_eq!(
            (doc.syntax[t].head, doc.syntax[t].deprel),
            (Some(t - 1), "punct")
        );
        assert_eq!(doc.syntax[t].upos, "PUNCT");
    }
    // The name is the subject of "met", not cut from it by the stop.
    let name = [at("Omar"), at("Haddad")];
    let subject = name
        .into_iter()
        .find(|&t| doc.syntax[t].head == Some(met) && doc.syntax[t].deprel == "nsubj");
    assert!(subject.is_some(), "{:#?}", doc.syntax);
    assert!(name.iter().any(|&t| doc.syntax[gen].head == Some(t)));
    // "left" is joined to "met", not a sentence of its own after "Feb.".
    assert_eq!(doc.syntax[left].head, Some(met), "{:#?}", doc.syntax);
    // The sentence's real end is the sentence's.
    let last = doc.tokens.len() - 1;
    assert_eq!(doc.syntax[last].head, Some(met));
}
