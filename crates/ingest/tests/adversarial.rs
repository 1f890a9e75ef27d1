//! The ingest pipeline against hostile input and a hostile disk: deeply
//! nested HTML, a text over the cap on one document, a database that
//! fills up mid-run, a damaged database file, and the same input twice.
//! Bad input gets an error that names it; the database is never left
//! inconsistent and never written after an error of its own.

use detente_ingest::{run, Options, Report};
use detente_sources::{RawDocument, RawKind, SourceError};
use detente_store::Store;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn raw(origin: &str, kind: RawKind, bytes: impl Into<Vec<u8>>) -> RawDocument {
    RawDocument {
        origin: origin.into(),
        bytes: bytes.into(),
        kind,
        url: None,
        published: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
        title: None,
        source: None,
        content_type: None,
    }
}

/// Generated news pages (the benchmark corpus), as plain text.
fn corpus(n: usize) -> Vec<RawDocument> {
    (0..n)
        .map(|i| {
            let d = detente_corpus::generate(7, i);
            raw(&format!("{}.txt", d.id), RawKind::Text, d.text)
        })
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("ingest-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What the run reported, by kind.
#[derive(Default, Debug)]
struct Heard {
    stored: Vec<String>,
    duplicates: Vec<String>,
    errors: Vec<(String, String)>,
}

fn ingest(
    docs: Vec<RawDocument>,
    store: Store,
) -> (anyhow::Result<(detente_ingest::Tally, Store)>, Heard) {
    let heard = Mutex::new(Heard::default());
    let items = docs.into_iter().map(Ok::<_, SourceError>);
    let result = run(
        items,
        store,
        detente_kb::builtin(),
        &Options::default(),
        |r| {
            let mut h = heard.lock().unwrap();
            match r {
                Report::Stored { origin, .. } => h.stored.push(origin.into()),
                Report::Duplicate { origin } => h.duplicates.push(origin.into()),
                Report::Error { origin, reason } => h.errors.push((origin.into(), reason.into())),
            }
        },
        |_| {},
    );
    (result, heard.into_inner().unwrap())
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .connection()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_text_over_the_cap_is_an_error_naming_it_and_the_rest_is_stored() {
    let big = "The envoys met in Geneva. ".repeat(10 * 1024 * 1024 / 26);
    let mut docs = corpus(3);
    docs.insert(1, raw("big.txt", RawKind::Text, big.clone()));
    let line = serde_json::json!({ "text": big }).to_string();
    docs.push(raw("big.jsonl#line-1", RawKind::JsonlLine, line));
    let t = Instant::now();
    let (result, heard) = ingest(docs, Store::open_in_memory().unwrap());
    let (tally, store) = result.unwrap();
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());
    assert_eq!(tally.stored, 3);
    assert_eq!(heard.errors.len(), 2, "{heard:?}");
    for (origin, reason) in &heard.errors {
        assert!(origin.starts_with("big."), "{origin}");
        assert!(reason.contains("larger than the cap"), "{reason}");
    }
    assert_eq!(count(&store, "ingest_errors"), 2);
}

/// 100,000 nested tags: the HTML reader must neither overflow its stack
/// nor take quadratic time. Depends on the nesting fix in detente-html.
#[test]
fn a_hundred_thousand_nested_tags() {
    for tag in ["div", "b", "p"] {
        let mut page = String::from("<html><body>");
        for _ in 0..100_000 {
            page.push_str(&format!("<{tag}>"));
        }
        page.push_str("The envoys met in Geneva on Monday to talk about grain.");
        let t = Instant::now();
        let out = detente_ingest::article(&raw("deep.html", RawKind::Html, page), None);
        let took = t.elapsed();
        eprintln!("100,000 nested <{tag}>: {took:.2?}, ok: {}", out.is_ok());
        assert!(took < Duration::from_secs(30), "<{tag}>: {took:?}");
    }
}

#[test]
fn a_full_disk_stops_the_ingest_and_keeps_what_was_stored() {
    let dir = scratch("full");
    let db = dir.join("full.db");
    let store = Store::open(&db).unwrap();
    // The file may not grow past this many pages: SQLITE_FULL, as on a
    // full disk, partway through the run (600 documents take ~3,800 pages;
    // the first transaction, at most 256 documents, ~1,650).
    let pages: i64 = store
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    store
        .connection()
        .query_row(
            &format!("PRAGMA max_page_count = {}", pages + 2400),
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    let (result, heard) = ingest(corpus(600), store);
    let err = result.err().expect("the disk fills up");
    let msg = format!("{err:#}");
    assert!(msg.contains("full.db"), "{msg}");
    assert!(msg.contains("full"), "{msg}");
    assert!(msg.contains("nothing more was written"), "{msg}");
    assert!(
        !heard.stored.is_empty() && heard.stored.len() < 600,
        "{}",
        heard.stored.len()
    );
    assert!(
        heard.errors.is_empty(),
        "no document is blamed: {:?}",
        heard.errors.first()
    );

    // Consistent, and holding exactly the documents reported stored.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
    assert_eq!(count(&store, "documents") as usize, heard.stored.len());
    // Room again: the same ingest resumes and completes.
    let (result, heard2) = ingest(corpus(600), store);
    let (tally, store) = result.unwrap();
    assert_eq!(heard2.duplicates.len(), heard.stored.len());
    assert_eq!(tally.stored + tally.duplicates, 600);
    assert_eq!(count(&store, "documents"), 600);
}

fn fill(db: &Path, n: usize) {
    let (result, _) = ingest(corpus(n), Store::open(db).unwrap());
    let (_, store) = result.unwrap();
    drop(store); // the last connection checkpoints the log into the file
}

#[test]
fn a_truncated_or_foreign_database_file_is_refused_untouched() {
    let dir = scratch("damaged");
    let db = dir.join("cut.db");
    fill(&db, 40);
    let bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 64 * 1024, "{}", bytes.len());
    for (name, content) in [
        ("cut.db", bytes[..bytes.len() / 2].to_vec()),
        ("text.db", b"The envoys met in Geneva.\n".repeat(100)),
        ("tiny.db", b"SQLite".to_vec()),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, &content).unwrap();
        let err = Store::open(&path).err().expect("refused");
        let msg = err.to_string();
        match &err {
            detente_store::StoreError::Damaged { path: p, .. } => assert!(p.contains(name), "{p}"),
            e => panic!("not Damaged: {e}"),
        }
        assert!(err.is_fatal());
        assert!(
            msg.contains("truncated") || msg.contains("not a SQLite database"),
            "{msg}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), content, "{name} was written");
        assert!(!dir.join(format!("{name}-wal")).exists());
    }
}

#[test]
fn a_corrupted_database_stops_the_ingest_at_the_first_error() {
    let dir = scratch("corrupt");
    let db = dir.join("corrupt.db");
    fill(&db, 40);
    // Garbage over the second half of the file (the schema stays readable).
    let mut bytes = std::fs::read(&db).unwrap();
    let half = bytes.len() / 2;
    for (i, b) in bytes.iter_mut().enumerate().skip(half) {
        *b = (i * 7 % 251) as u8;
    }
    std::fs::write(&db, &bytes).unwrap();
    let opened = Store::open(&db);
    let Ok(store) = opened else {
        let e = opened.err().unwrap();
        eprintln!("refused at open: {e}");
        assert!(e.is_fatal(), "{e}");
        return;
    };
    let (result, heard) = ingest(corpus(80), store);
    let msg = format!("{:#}", result.err().expect("the damage is met"));
    eprintln!("ingest stopped: {msg}");
    assert!(msg.contains("corrupt.db"), "{msg}");
    assert!(
        msg.contains("malformed") || msg.contains("damaged"),
        "{msg}"
    );
    assert!(heard.errors.is_empty(), "{:?}", heard.errors.first());
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the damaged file was written"
    );
}

#[test]
fn ingesting_the_same_input_twice_changes_nothing() {
    let dump = |store: &Store| -> Vec<String> {
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
            "quotes",
            "ingest_errors",
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
    };
    let mut docs = corpus(30);
    docs.push(raw("bad.jsonl#line-1", RawKind::JsonlLine, "[1]"));
    let (result, _) = ingest(docs.clone(), Store::open_in_memory().unwrap());
    let (first, store) = result.unwrap();
    assert_eq!(first.stored, 30);
    let before = dump(&store);
    let (result, heard) = ingest(docs[..30].to_vec(), store);
    let (second, store) = result.unwrap();
    assert_eq!((second.stored, second.duplicates), (0, 30));
    assert_eq!(heard.duplicates.len(), 30);
    assert_eq!(dump(&store), before);
}
