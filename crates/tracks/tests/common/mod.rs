//! Helpers: run the real pipeline over articles and store them.
#![allow(dead_code)]

use chrono::NaiveDate;
use detente_extract::{extract, DocMeta, Options, Record};
use detente_store::Store;
use std::path::{Path, PathBuf};

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

/// Extract one article through the whole pipeline.
pub fn record(text: &str, published: &str, title: Option<&str>, url: Option<&str>) -> Record {
    let meta = DocMeta {
        published: Some(day(published)),
        title: title.map(str::to_string),
        url: url.map(str::to_string),
        ..DocMeta::default()
    };
    extract(text, &meta, detente_kb::builtin(), &Options::default())
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A fixture article: `Title:`, `Published:` and `URL:` header lines, a
/// blank line, then the text.
pub fn fixture(name: &str) -> Record {
    let raw = std::fs::read_to_string(fixtures_dir().join(name)).expect("a fixture");
    let (head, body) = raw.split_once("\n\n").expect("a header and a body");
    let field = |k: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix(k).map(|v| v.trim().to_string()))
    };
    record(
        body,
        &field("Published:").expect("Published:"),
        field("Title:").as_deref(),
        field("URL:").as_deref(),
    )
}

/// A store holding these fixtures (in this order).
pub fn store_with(names: &[&str]) -> Store {
    let mut store = Store::open_in_memory().expect("a store");
    for n in names {
        store.insert_record(&fixture(n), None).expect("stored");
    }
    store
}

pub const SEED: &str = "/work/shared/seed/000_14606a0439afa351.txt";

/// The seed article stored alone, or `None` (with a notice) when the file
/// is missing.
pub fn seed_store() -> Option<Store> {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("NOTICE: {SEED} is missing; skipping the seed test");
        return None;
    };
    let rec = record(&text, "2025-04-07", None, None);
    let mut store = Store::open_in_memory().expect("a store");
    store.insert_record(&rec, None).expect("stored");
    Some(store)
}
