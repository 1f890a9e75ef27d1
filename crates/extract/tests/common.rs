//! Shared helpers: run the whole pipeline over sentences written for the tests.
#![allow(dead_code)]

use detente_extract::{extract, DocMeta, EventRecord, Options, Record};

pub fn record(text: &str, published: &str) -> Record {
    let meta = DocMeta {
        published: Some(chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap()),
        ..DocMeta::default()
    };
    extract(text, &meta, detente_kb::builtin(), &Options::default())
}

pub fn events(text: &str, published: &str) -> Vec<EventRecord> {
    record(text, published).events
}

pub fn codes(v: &[detente_extract::ActorRecord]) -> Vec<String> {
    let mut c: Vec<String> = v.iter().filter_map(|a| a.code.clone()).collect();
    c.sort();
    c.dedup();
    c
}

pub fn parties(e: &EventRecord) -> Vec<String> {
    let mut c = codes(&e.actor);
    c.extend(codes(&e.recipient));
    c.sort();
    c.dedup();
    c
}

/// The first event of `type_` in the text; fails if there is none.
pub fn first<'a>(evs: &'a [EventRecord], type_: &str) -> &'a EventRecord {
    evs.iter()
        .find(|e| e.event == type_)
        .unwrap_or_else(|| panic!("no {type_}: {evs:#?}"))
}

/// The only event of `type_` in the text; fails if there is not exactly one.
pub fn one<'a>(evs: &'a [EventRecord], type_: &str) -> &'a EventRecord {
    let found: Vec<&EventRecord> = evs.iter().filter(|e| e.event == type_).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one {type_}, got {}: {:#?}",
        found.len(),
        evs
    );
    found[0]
}
