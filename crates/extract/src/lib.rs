//! The extraction pipeline end to end: text in, [`Record`] out.
//!
//! [`extract`] runs the stages in order — clean and split
//! ([`detente_text`]), parse ([`detente_parse`]: tags, lemmas, dependency
//! trees), recognise ([`detente_recognise`]), find events
//! ([`detente_events`]) — over one document and turns the annotated
//! [`Doc`] into the public [`Record`] of `shared/spec/extract-json.md`
//! (character offsets, PLOVER field names). [`table`] renders records as a
//! readable timeline. Nothing here does I/O.

pub mod published;
mod record;
mod table;

pub use record::{
    ActorRecord, DateRecord, DocumentRecord, EntityRecord, EventRecord, LocationRecord,
    MentionRecord, QuoteRecord, Record, SpanRecord, SpeakerRecord,
};
pub use table::table;

use chrono::NaiveDate;
use detente_doc::Doc;
pub use detente_events::EventOptions;
use detente_kb::Kb;

/// What is known about a document besides its text.
#[derive(Clone, Debug, Default)]
pub struct DocMeta {
    pub external_id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
}

/// Choices of the whole pipeline.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub events: EventOptions,
    /// Stop after recognising people, states, places, dates and quotes:
    /// a record without events, for those who only want the names.
    pub skip_events: bool,
}

/// Run every stage over one document's raw text.
///
/// Every sentence is tagged and lemmatised, but only the sentences whose
/// trees the event stage reads are parsed
/// ([`detente_events::trees::sentences_needing_trees`]); the others keep
/// no tree. Recognising reads tags alone, so it runs before the trees are
/// made, and its mentions help to tell which sentences need one.
pub fn analyse(raw: &str, meta: &DocMeta, kb: &Kb, opts: &Options) -> Doc {
    let mut doc = detente_text::prepare(raw, meta.published, kb);
    if opts.skip_events {
        detente_recognise::recognise(&mut doc, kb);
        return doc;
    }
    let model = detente_parse::Model::english();
    // Only the sentences the event stage may read need tags: recognising
    // takes tags as hints only, and the records are those of tagging every
    // sentence (tests/trees.rs compares them).
    let lemmatiser = model as *const detente_parse::Model as usize;
    let mut taggable = detente_events::trees::may_want_sentences(&doc, kb, lemmatiser, |t| {
        detente_parse::verb_and_noun_lemmas(&doc, model, t)
    });
    let quotes = std::mem::take(&mut taggable.quote_candidates);
    let tagged = tag_and_recognise_given(&mut doc, kb, model, |s| taggable.sentences[s], quotes);
    // The triggers found to choose the sentences are the event stage's too.
    let choice = detente_events::trees::choose_sentences_given(&doc, kb, &taggable);
    tagged.parse_trees(&mut doc, model, |s| choice.wanted[s]);
    detente_events::extract_events_with(&mut doc, kb, &opts.events, Some(choice.triggers));
    doc
}

/// The stages before the trees: tags and lemmas for every sentence, then
/// what recognising finds, then the words of the names it found read as
/// proper nouns (the tagger does not know most foreign names). The
/// sentences are left to be parsed.
pub fn tag_and_recognise(
    doc: &mut Doc,
    kb: &Kb,
    model: &detente_parse::Model,
) -> detente_parse::TaggedDoc {
    tag_and_recognise_where(doc, kb, model, |_| true)
}

/// [`tag_and_recognise`], tagging only the sentences `s` for which
/// `wanted(s)` holds (see [`detente_parse::tag_doc_where`]).
pub fn tag_and_recognise_where(
    doc: &mut Doc,
    kb: &Kb,
    model: &detente_parse::Model,
    wanted: impl Fn(usize) -> bool,
) -> detente_parse::TaggedDoc {
    let quotes = detente_recognise::quote_candidates(doc);
    tag_and_recognise_given(doc, kb, model, wanted, quotes)
}

/// [`tag_and_recognise_where`] given the document's quote candidates.
fn tag_and_recognise_given(
    doc: &mut Doc,
    kb: &Kb,
    model: &detente_parse::Model,
    wanted: impl Fn(usize) -> bool,
    quotes: Vec<detente_doc::Span>,
) -> detente_parse::TaggedDoc {
    let mut tagged = detente_parse::tag_doc_where(doc, model, wanted);
    detente_recognise::recognise_given_quotes(doc, kb, quotes);
    let names = detente_recognise::name_tokens(doc);
    tagged.mark_names(doc, model, |t| names[t]);
    // After the names: their tag repairs may make a verb of a word the
    // tagger read as a noun ("Senegal froze ties").
    irregular_lemmas(doc, kb);
    tagged
}

/// Verbs whose forms the knowledge base lists as irregular take its lemma:
/// the learnt lemmatiser guesses from suffixes, and a form its treebank
/// never had ("froze") would keep itself as its lemma.
fn irregular_lemmas(doc: &mut Doc, kb: &Kb) {
    for t in 0..doc.syntax.len().min(doc.tokens.len()) {
        // (A plural noun too: "levies" is a levy, not a "levie".)
        if matches!(doc.syntax[t].upos, "VERB" | "AUX") || doc.syntax[t].xpos == "NNS" {
            if let Some(lemma) = kb.lexicon.verb_form_lemma(doc.token_lower(t)) {
                if doc.syntax[t].lemma != lemma {
                    doc.syntax[t].lemma = lemma.to_string();
                }
            }
        }
    }
}

/// Extract the record of one document.
pub fn extract(raw: &str, meta: &DocMeta, kb: &Kb, opts: &Options) -> Record {
    let doc = analyse(raw, meta, kb, opts);
    Record::from_doc(&doc, meta)
}
