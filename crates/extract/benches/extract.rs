//! Throughput of extraction on a generated corpus of news-style articles
//! (`detente-corpus`, deterministic by seed). Run: `cargo bench -p detente-extract`.
//!
//! - `recognise`: the first half of the pipeline (clean, split, people,
//!   states, places, dates, quotes) — Extraction I.
//! - `extract_to_json`: the whole pipeline, text in and JSON out — Extraction II.
//!
//! Both report bytes of article text per second on one thread.

use detente_extract::{analyse, extract, DocMeta, Options};
use divan::counter::BytesCount;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// 400 generated articles (about 2 MB of text), with their publication dates.
fn corpus() -> &'static (Vec<(String, DocMeta)>, usize) {
    static CORPUS: OnceLock<(Vec<(String, DocMeta)>, usize)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let docs: Vec<(String, DocMeta)> = (0..400)
            .map(|i| {
                let d = detente_corpus::generate(42, i);
                let meta = DocMeta {
                    published: chrono::NaiveDate::parse_from_str(&d.published, "%Y-%m-%d").ok(),
                    ..DocMeta::default()
                };
                (d.text, meta)
            })
            .collect();
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
    bencher.counter(BytesCount::new(*bytes)).bench(|| {
        let mut out = 0;
        for (text, meta) in docs {
            let rec = extract(text, meta, kb, &opts);
            out += serde_json::to_string(&rec).expect("serialisable").len();
        }
        out
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
