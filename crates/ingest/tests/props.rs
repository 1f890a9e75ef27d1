//! Properties over any input (proptest): every fuzz target's body
//! (`fuzz/src/targets.rs`: decode, HTML, feeds, WARC, JSON Lines, sniffing,
//! cleaner, splitter, dates, quotes, the whole pipeline) takes any bytes
//! without panicking and with its invariants; and ingesting the same
//! documents twice changes nothing in the database.

#[path = "../../../fuzz/src/targets.rs"]
mod targets;

use detente_ingest::{run, Options};
use detente_sources::{RawDocument, RawKind, SourceError};
use detente_store::Store;
use proptest::prelude::*;

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        "\\PC{0,300}".prop_map(String::into_bytes),
        // Something like the formats, mutated: a tag, a record head, a line.
        (
            prop::sample::select(vec![
                "<html><body><p>", "<rss><channel><item><description>", "<feed><entry><content>",
                "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>",
                "{\"text\":\"", "\u{feff}", "\u{1f}\u{8b}",
            ]),
            "\\PC{0,200}",
        )
            .prop_map(|(head, body)| format!("{head}{body}").into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn every_target_takes_any_bytes(data in bytes()) {
        for (_, target) in targets::TARGETS {
            target(&data);
        }
    }
}

fn dump(store: &Store) -> Vec<String> {
    let mut out = Vec::new();
    for table in [
        "documents",
        "sentences",
        "entities",
        "document_entity",
        "events",
        "event_reports",
        "event_mentions",
        "event_parties",
        "event_codes",
        "event_dyads",
        "quotes",
    ] {
        let mut st = store
            .connection()
            .prepare(&format!("SELECT * FROM {table}"))
            .unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for row in rows {
            out.push(format!("{table}: {}", row.unwrap()));
        }
    }
    out
}

const WORDS: &[&str] = &[
    "Lavrov",
    "Rubio",
    "met",
    "said",
    "Russia",
    "Ukraine",
    "Turkey",
    "Geneva",
    "talks",
    "agreed",
    "on Monday",
    "next week",
    "\"We agree,\"",
    "\u{2014}",
    ".",
    ",",
    "\n\n",
];

fn doc_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..60).prop_map(|v| v.join(" "))
}

fn ingest(store: Store, texts: &[String]) -> Store {
    let docs = texts.iter().enumerate().map(|(i, t)| {
        Ok::<_, SourceError>(RawDocument {
            origin: format!("doc-{i}.txt"),
            bytes: t.clone().into_bytes(),
            kind: RawKind::Text,
            url: None,
            published: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
            title: None,
            source: None,
            content_type: None,
        })
    });
    let (_, store) = run(
        docs,
        store,
        detente_kb::builtin(),
        &Options::default(),
        |_| {},
        |_| {},
    )
    .unwrap();
    store
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn ingesting_twice_changes_nothing(texts in prop::collection::vec(doc_text(), 1..6)) {
        let store = ingest(Store::open_in_memory().unwrap(), &texts);
        let once = dump(&store);
        let store = ingest(store, &texts);
        prop_assert_eq!(dump(&store), once);
    }
}
