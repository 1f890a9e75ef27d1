//! Only the sentences whose trees the event stage reads are parsed
//! (`detente_events::trees`): a sentence that can hold no event keeps its
//! tags and lemmas but gets no tree, and the record is the one the
//! pipeline gives when it parses every sentence — and stays so when the
//! sentences left unparsed are given a wrong tree instead, which shows
//! that nothing reads them.

use detente_doc::Doc;
use detente_extract::{analyse, DocMeta, Options, Record};

fn meta(published: &str) -> DocMeta {
    DocMeta {
        published: Some(chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap()),
        ..DocMeta::default()
    }
}

fn json(doc: &Doc, meta: &DocMeta) -> String {
    serde_json::to_string(&Record::from_doc(doc, meta)).unwrap()
}

/// The pipeline as it was before: every sentence parsed.
fn with_every_tree(text: &str, meta: &DocMeta) -> Doc {
    let kb = detente_kb::builtin();
    let model = detente_parse::Model::english();
    let mut doc = detente_text::prepare(text, meta.published, kb);
    detente_extract::tag_and_recognise(&mut doc, kb, model).parse_trees(&mut doc, model, |_| true);
    detente_events::extract_events(&mut doc, kb, &Default::default());
    doc
}

/// Relations a wrong tree is made of: those the event stage asks about.
const WRONG_RELATIONS: &[&str] = &[
    "nsubj",
    "obj",
    "acl:relcl",
    "ccomp",
    "xcomp",
    "obl",
    "nmod",
    "compound",
    "amod",
    "det",
    "case",
    "aux",
    "conj",
    "advcl",
    "nsubj:pass",
    "acl",
];

/// The pipeline with the sentences it leaves unparsed given a wrong tree
/// (each word hung on the one before it, with relations the event stage
/// asks about): if a later stage read such a sentence's tree, its events
/// would change.
fn with_wrong_trees(text: &str, meta: &DocMeta) -> Doc {
    let kb = detente_kb::builtin();
    let model = detente_parse::Model::english();
    let mut doc = detente_text::prepare(text, meta.published, kb);
    let tagged = detente_extract::tag_and_recognise(&mut doc, kb, model);
    let wanted = detente_events::trees::sentences_needing_trees(&doc, kb);
    tagged.parse_trees(&mut doc, model, |s| wanted[s]);
    for s in (0..doc.sentences.len()).filter(|&s| !wanted[s]) {
        let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
        for t in first + 1..end {
            doc.syntax[t].head = Some(t - 1);
            doc.syntax[t].deprel = WRONG_RELATIONS[t % WRONG_RELATIONS.len()];
        }
    }
    detente_events::extract_events(&mut doc, kb, &Default::default());
    doc
}

/// Whether sentence `s` of an analysed document has a tree: some word
/// hangs on another.
fn has_tree(doc: &Doc, s: usize) -> bool {
    let sent = &doc.sentences[s];
    (sent.first_token..sent.end_token).any(|t| doc.syntax[t].head.is_some())
}

fn assert_same_records(text: &str, published: &str) {
    let meta = meta(published);
    let kb = detente_kb::builtin();
    let fast = json(&analyse(text, &meta, kb, &Options::default()), &meta);
    assert_eq!(fast, json(&with_every_tree(text, &meta), &meta), "{text}");
    assert_eq!(fast, json(&with_wrong_trees(text, &meta), &meta), "{text}");
}

#[test]
fn a_sentence_that_can_hold_no_event_gets_no_tags_and_no_tree() {
    let text = "The weather in the capital was mild and dry on Monday.\n\n\
                Kenya and Uganda held talks in Nairobi on Monday.";
    let doc = analyse(
        text,
        &meta("2025-03-04"),
        detente_kb::builtin(),
        &Options::default(),
    );
    assert_eq!(doc.sentences.len(), 2);
    assert!(!has_tree(&doc, 0), "{:?}", doc.syntax);
    assert!(has_tree(&doc, 1));
    // Not even tags: nothing could ask for them.
    let was = doc.tokens_in(doc.sentences[0].span).nth(5).unwrap();
    assert_eq!(doc.token_text(was), "was");
    assert_eq!(
        (doc.syntax[was].upos, doc.syntax[was].lemma.as_str()),
        ("X", "was")
    );
    let held = doc.tokens_in(doc.sentences[1].span).nth(3).unwrap();
    assert_eq!(
        (doc.syntax[held].upos, doc.syntax[held].lemma.as_str()),
        ("VERB", "hold")
    );
    assert_eq!(doc.events.len(), 1);
}

/// Sentences of every kind the event stage reads, and of none.
const MIXED: &str = "Kenya and Uganda held talks in Nairobi on Monday. \
                     The weather was mild and the streets were quiet. \
                     \u{201c}We will never attack anyone, whatever they say about us,\u{201d} \
                     Bolivian Defence Minister Juan Perez said.\n\n\
                     Chad said it had new information. \
                     Rebels shelled a village near the border on Sunday.\n\n\
                     Peru said Chile must withdraw its troops. \
                     The ministry declined to comment on the sides' positions. \
                     Both capitals are under pressure from hardliners at home. \
                     The relationship has gone through cycles of tension and rapprochement. \
                     Thousands marched through Lima. \
                     Markets were calm and prices of grain rose slightly in the morning.";

#[test]
fn the_sentences_told_before_tagging_hold_every_sentence_the_events_want() {
    let kb = detente_kb::builtin();
    let model = detente_parse::Model::english();
    let published = meta("2025-03-04").published;
    let prepared = detente_text::prepare(MIXED, published, kb);
    let may = detente_events::trees::may_want_sentences(&prepared, kb, 0, |t| {
        detente_parse::verb_and_noun_lemmas(&prepared, model, t)
    });
    let mut doc = detente_text::prepare(MIXED, published, kb);
    let _ = detente_extract::tag_and_recognise(&mut doc, kb, model);
    let chosen = detente_events::trees::choose_sentences(&doc, kb);
    assert_eq!(doc.sentences.len(), 11);
    for s in 0..doc.sentences.len() {
        let text = doc.slice(doc.sentences[s].span);
        assert!(may.sentences[s] || !chosen.wanted[s], "{text}");
    }
    let wanted: Vec<usize> = (0..11).filter(|&s| chosen.wanted[s]).collect();
    assert!(wanted.len() >= 5, "{wanted:?}");
    // Weather and markets hold no word an event could start from.
    for calm in [1, 10] {
        assert!(
            !may.sentences[calm],
            "{}",
            doc.slice(doc.sentences[calm].span)
        );
    }
    // Its act is inside a quotation long enough to stay one whoever says
    // it, and no act follows its attribution in the paragraph.
    assert!(!may.sentences[2]);
    assert_same_records(MIXED, "2025-03-04");
}

#[test]
fn only_acts_outside_quotations_need_a_tree() {
    let kb = detente_kb::builtin();
    let quoted = "\u{201c}We will never attack anyone,\u{201d} Bolivian Defence Minister \
                  Juan Perez said.";
    let doc = analyse(quoted, &meta("2025-03-04"), kb, &Options::default());
    assert!(!has_tree(&doc, 0));
    let open = "Chad attacked a border post near Lake Chad on Sunday.";
    let doc = analyse(open, &meta("2025-03-04"), kb, &Options::default());
    assert!(has_tree(&doc, 0));
}

#[test]
fn an_attribution_before_a_report_of_its_paragraph_gets_a_tree() {
    let kb = detente_kb::builtin();
    // The state's statement is carried to the next sentence, which reports an act.
    let carried = "Chad said it had new information. \
                   Rebels shelled a village near the border on Sunday.";
    let doc = analyse(carried, &meta("2025-03-04"), kb, &Options::default());
    assert!(has_tree(&doc, 0) && has_tree(&doc, 1));
    // Nothing after it to carry to: no tree.
    let alone = "Rebels shelled a village near the border on Sunday. \
                 Chad said it had new information.";
    let doc = analyse(alone, &meta("2025-03-04"), kb, &Options::default());
    assert!(has_tree(&doc, 0) && !has_tree(&doc, 1));
    // A statement whose speaker is not the state named ("a Chadian
    // lawyer"): the attribution asks no tree, so none is made.
    let other = "A Chadian lawyer said it had new information. \
                 Rebels shelled a village near the border on Sunday.";
    let doc = analyse(other, &meta("2025-03-04"), kb, &Options::default());
    assert!(!has_tree(&doc, 0) && has_tree(&doc, 1));
    assert_same_records(other, "2025-03-04");
}

#[test]
fn records_are_those_of_every_tree_on_written_paragraphs() {
    for (text, published) in [
        (
            "The weather in the capital was mild and dry on Monday. \
             Kenya and Uganda held talks in Nairobi on Monday.",
            "2025-03-04",
        ),
        (
            "Peru's foreign ministry said on Tuesday that Chile must withdraw its troops. \
             The statement gave no details.",
            "2025-05-07",
        ),
        (
            "Chad's army said it had new information. \
             Rebels shelled a village near the border on Sunday, killing four.\n\n\
             The region has been quiet for years.",
            "2025-02-10",
        ),
        (
            "Supporters of the jailed opposition leader blocked roads in Lusaka on Friday. \
             Shops stayed closed.",
            "2025-06-14",
        ),
        // A protest by a group whose sentence names nobody.
        (
            "Crowds gathered in Kisumu on Sunday. \
             Supporters of the opposition leader looted shops.",
            "2025-06-14",
        ),
        // A demand read from "must" alone.
        (
            "Peru said on Tuesday that Chile must do more for the migrants.",
            "2025-05-07",
        ),
        (
            "\u{201c}We will never attack our neighbours,\u{201d} the Bolivian defence \
             minister told reporters. Paraguay welcomed the remark on Thursday.",
            "2025-08-01",
        ),
        (
            "The talks that Norway said would resume in Oslo were postponed. \
             Iceland offered to host them instead.",
            "2025-09-09",
        ),
        (
            "Markets were calm. Prices of grain rose slightly in the morning. \
             Officials declined to comment.",
            "2025-01-20",
        ),
        (
            "Ghana boycotted the summit in Lome. Togo's government said the boycott \
             was regrettable and that Ghana should reconsider.",
            "2025-04-02",
        ),
    ] {
        assert_same_records(text, published);
    }
}

#[test]
fn records_are_those_of_every_tree_on_generated_news() {
    for i in 0..40 {
        let doc = detente_corpus::generate(19, i);
        assert_same_records(&doc.text, "2025-01-01");
    }
}

#[test]
fn triggers_found_before_tagging_are_kept_only_where_no_tag_or_date_refuses_them() {
    let kb = detente_kb::builtin();
    let model = detente_parse::Model::english();
    let published = meta("2025-03-04").published;
    // A month read as a date ("in March"), a gerund after a preposition
    // ("after meeting"), a preposition opening a date ("on Saturday"), and
    // phrases no tag or date touches.
    let text = "The two ministers will meet in March to continue the talks. \
                After meeting the envoy, Chile recalled its ambassador. \
                Thousands of farmers marched on Saturday in Santiago. \
                Peru and Bolivia signed a trade agreement in La Paz.";
    let prepared = detente_text::prepare(text, published, kb);
    let may = detente_events::trees::may_want_sentences(&prepared, kb, 0, |t| {
        detente_parse::verb_and_noun_lemmas(&prepared, model, t)
    });
    let mut doc = detente_text::prepare(text, published, kb);
    let _ = detente_extract::tag_and_recognise(&mut doc, kb, model);
    let given = detente_events::trees::choose_sentences_given(&doc, kb, &may);
    let fresh = detente_events::trees::choose_sentences(&doc, kb);
    assert_eq!(doc.sentences.len(), 4);
    assert_eq!(given.triggers, fresh.triggers);
    assert_eq!(given.wanted, fresh.wanted);
    // Without tags or dates, "March" opened a phrase; with them it does not.
    let march = |d: &detente_doc::Doc| {
        let t = (0..d.tokens.len())
            .find(|&t| d.token_text(t) == "March")
            .unwrap();
        detente_events::find_triggers(d, kb, 0)
            .iter()
            .any(|x| x.first == t)
    };
    assert!(march(&prepared) && !march(&doc));
    assert_same_records(text, "2025-03-04");
}
