//! `detente ingest` end to end, as the command runs it: 1,000 generated
//! HTML pages (`detente-corpus`, seed 5, the corpus of BENCHMARKS.md) to
//! articles, records and a fresh SQLite file with FTS5, extraction on every
//! core while a writer thread stores the previous batch. Divan reports
//! documents per second (items/s). Run: `cargo bench -p detente-ingest`.
//!
//! Two parts are also timed alone, to see where the time goes:
//! - `clean`: HTML page to article text (detente-html), one thread;
//! - `store`: the records, already extracted, into a fresh database.

use detente_ingest::{run, Options, Report, BATCH};
use detente_sources::{RawDocument, RawKind};
use detente_store::Store;
use divan::counter::ItemsCount;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const DOCS: usize = 1000;
const SEED: u64 = 5;

/// The pages as `detente ingest DIR` reads them from files.
fn pages() -> &'static Vec<RawDocument> {
    static PAGES: OnceLock<Vec<RawDocument>> = OnceLock::new();
    PAGES.get_or_init(|| {
        (0..DOCS)
            .map(|i| {
                let d = detente_corpus::generate(SEED, i);
                RawDocument {
                    origin: format!("{}.html", d.id),
                    bytes: d.html.into_bytes(),
                    kind: RawKind::Html,
                    url: None,
                    published: None,
                    title: None,
                    source: None,
                    content_type: None,
                }
            })
            .collect()
    })
}

fn fresh_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = Store::open(dir.path().join("bench.db")).expect("database");
    (dir, store)
}

fn quiet(r: Report) {
    if let Report::Error { origin, reason } = r {
        panic!("{origin}: {reason}");
    }
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn ingest(bencher: divan::Bencher) {
    let kb = detente_kb::builtin();
    let pages = pages();
    bencher
        .counter(ItemsCount::new(pages.len()))
        .with_inputs(fresh_store)
        .bench_local_values(|(dir, store)| {
            let items = pages.iter().cloned().map(Ok);
            let (tally, store) =
                run(items, store, kb, &Options::default(), quiet, |_| {}).expect("ingest");
            assert_eq!(tally.stored, DOCS);
            (dir, store)
        });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn clean(bencher: divan::Bencher) {
    let pages = pages();
    bencher.counter(ItemsCount::new(pages.len())).bench(|| {
        pages
            .iter()
            .filter(|p| detente_html::html_to_article(&p.bytes, None, None).is_ok())
            .count()
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn store(bencher: divan::Bencher) {
    static RECORDS: OnceLock<Vec<detente_extract::Record>> = OnceLock::new();
    let kb = detente_kb::builtin();
    let records = RECORDS.get_or_init(|| {
        pages()
            .iter()
            .map(|p| {
                let (text, meta) = detente_ingest::article(p, None).expect("article");
                detente_extract::extract(&text, &meta, kb, &detente_extract::Options::default())
            })
            .collect()
    });
    bencher
        .counter(ItemsCount::new(records.len()))
        .with_inputs(fresh_store)
        .bench_local_values(|(dir, mut store)| {
            for chunk in records.chunks(BATCH) {
                store
                    .insert_records(chunk.iter().map(|r| (r, None)))
                    .expect("stored");
            }
            (dir, store)
        });
}
