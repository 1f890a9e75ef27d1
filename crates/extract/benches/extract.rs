//! Throughput of extraction on a generated corpus of news-style articles
//! (`detente-corpus`, deterministic by seed). Run: `cargo bench -p detente-extract`.
//!
//! - `recognise`: the first half of the pipeline (clean, split, people,
//!   states, places, dates, quotes) — Extraction I.
//! - `extract_to_json`: the whole pipeline, text in and JSON out, the parse
//!   stage included (`analyse` tags every sentence and parses those whose
//!   trees the event stage reads, `detente_events::trees`) — Extraction
//!   II, and the bar "whole pipeline, parser included".
//! - `events_stage_only`: all stages to the annotated document, no JSON.
//! - `parse`: the parse stage alone (`detente_parse::parse_doc`: tagger,
//!   lemmatiser, parser) on the same documents, already cleaned and split
//!   outside the timed loop.
//! - `prepare_and_parse`: clean, split and parse (what `detente parse` does
//!   on a text), for comparison with `parse`.
//!
//! Every row reports bytes of article text per second on one thread. One
//! row alone: `cargo bench -p detente-extract -- parse`.

use detente_extract::{analyse, extract, DocMeta, Options};
use divan::counter::BytesCount;
use std::sync::OnceLock;

#[path = "shared/generated.rs"]
mod generated;

/// mimalloc, as in `detente` itself (see the workspace's Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// 400 generated articles (about 2 MB of text), with their publication dates.
fn corpus() -> &'static (Vec<(String, DocMeta)>, usize) {
    static CORPUS: OnceLock<(Vec<(String, DocMeta)>, usize)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let docs = generated::generated(400);
        let bytes = docs.iter().map(|(t, _)| t.len()).sum();
        (docs, bytes)
    })
}

#[divan::bench(sample_count = 10)]
fn recognise(bencher: divan::Bencher) {
    let kb = detente_kb::builtin();
    let (docs, bytes) = corpus();
    bencher.counter(BytesCount::new(*bytes)).bench(|| {
        let mut n = 0;
        for (text, meta) in docs {
            let mut doc = detente_text::prepare(text, meta.published, kb);
            detente_recognise::recognise(&mut doc, kb);
            n += doc.mentions.len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn extract_to_json(bencher: divan::Bencher) {
    let kb = detente_kb::builtin();
    let (docs, bytes) = corpus();
    let opts = Options::default();
    // The row of the bar "whole pipeline, parser included": make sure the
    // parse stage runs and makes trees (and its model is loaded before timing).
    let (text, meta) = &docs[0];
    assert!(
        analyse(text, meta, kb, &opts)
            .syntax
            .iter()
            .any(|x| x.head.is_some()),
        "extract no longer runs the parser"
    );
    bencher.counter(BytesCount::new(*bytes)).bench(|| {
        let mut out = 0;
        for (text, meta) in docs {
            let rec = extract(text, meta, kb, &opts);
            out += serde_json::to_string(&rec).expect("serialisable").len();
        }
        out
    });
}

/// The corpus cleaned and split (the input of the parse stage).
fn prepared() -> &'static Vec<detente_doc::Doc> {
    static PREPARED: OnceLock<Vec<detente_doc::Doc>> = OnceLock::new();
    PREPARED.get_or_init(|| {
        let kb = detente_kb::builtin();
        corpus()
            .0
            .iter()
            .map(|(text, meta)| detente_text::prepare(text, meta.published, kb))
            .collect()
    })
}

#[divan::bench(sample_count = 10)]
fn parse(bencher: divan::Bencher) {
    let model = detente_parse::Model::english();
    let (_, bytes) = corpus();
    let docs = prepared();
    bencher
        .counter(BytesCount::new(*bytes))
        .with_inputs(|| docs.clone())
        .bench_local_refs(|docs| {
            let mut n = 0;
            for doc in docs.iter_mut() {
                detente_parse::parse_doc(doc, model);
                n += doc.syntax.len();
            }
            n
        });
}

#[divan::bench(sample_count = 10)]
fn prepare_and_parse(bencher: divan::Bencher) {
    let kb = detente_kb::builtin();
    let model = detente_parse::Model::english();
    let (docs, bytes) = corpus();
    bencher.counter(BytesCount::new(*bytes)).bench(|| {
        let mut n = 0;
        for (text, meta) in docs {
            let mut doc = detente_text::prepare(text, meta.published, kb);
            detente_parse::parse_doc(&mut doc, model);
            n += doc.syntax.len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn events_stage_only(bencher: divan::Bencher) {
    let kb = detente_kb::builtin();
    let (docs, bytes) = corpus();
    let opts = Options::default();
    bencher.counter(BytesCount::new(*bytes)).bench(|| {
        docs.iter()
            .map(|(t, m)| analyse(t, m, kb, &opts).events.len())
            .sum::<usize>()
    });
}
