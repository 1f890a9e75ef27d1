//! A writer killed (SIGKILL) at random points leaves a consistent database,
//! and running the same ingest again completes it.
//!
//! The test binary re-invokes itself: with `DETENTE_STORE_CRASH_CHILD` set
//! to a database path, the `crash_child` test inserts the whole corpus
//! there (documents already stored are skipped as duplicates).

mod common;

use common::*;
use detente_extract::Record;
use detente_store::Store;
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "DETENTE_STORE_CRASH_CHILD";
const DOCS: usize = 1500;

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const STATES: [(&str, &str); 6] = [
    ("Russia", "RUS"),
    ("Ukraine", "UKR"),
    ("Turkey", "TUR"),
    ("France", "FRA"),
    ("China", "CHN"),
    ("Brazil", "BRA"),
];
const TYPES: [(&str, &str); 3] = [("CONSULT", "met"), ("ACCUSE", "accused"), ("AID", "helped")];

/// A deterministic corpus with many cross-document merges.
fn corpus() -> Vec<Record> {
    let mut rng = Lcg(42);
    (0..DOCS)
        .map(|i| {
            let day = 1 + (i / 60) as u32;
            let published = format!("2025-{:02}-{:02}", 1 + day / 28, 1 + day % 28);
            let mut text = String::new();
            let mut events = Vec::new();
            for k in 0..12 {
                let a = rng.below(6) as usize;
                let b = (a + 1 + rng.below(5) as usize) % 6;
                let (kind, verb) = TYPES[rng.below(3) as usize];
                let sentence = format!(
                    "{} {verb} {} in round{k} of file{i} with token{} words{} here. ",
                    STATES[a].0,
                    STATES[b].0,
                    rng.below(500),
                    rng.below(50)
                );
                let start = text.len();
                text.push_str(&sentence);
                if k % 2 == 0 {
                    let mut e = ev(
                        kind,
                        verb,
                        vec![state(STATES[a].0, STATES[a].1)],
                        vec![state(STATES[b].0, STATES[b].1)],
                    );
                    if rng.below(3) > 0 {
                        e = dated(e, &published);
                    }
                    let end = start + sentence.trim_end().len();
                    e.mentions.push(mention(k, start, end));
                    events.push(e);
                }
            }
            let mut r = doc(text.trim_end(), Some(&published), None, events);
            r.document.url = Some(format!("https://site{}.example/{i}", i % 7));
            r
        })
        .collect()
}

#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut s = Store::open(&path).unwrap();
    for r in corpus() {
        s.insert_record(&r, None).unwrap();
    }
}

/// Per document: sentences, reports, quotes. Per event: its summary.
fn snapshot(s: &Store) -> (HashMap<String, (i64, i64)>, Vec<String>) {
    let c = s.connection();
    let mut st = c
        .prepare(
            "SELECT d.id, (SELECT COUNT(*) FROM sentences x WHERE x.doc = d.doc), \
                    (SELECT COUNT(*) FROM event_reports r WHERE r.doc = d.doc) FROM documents d",
        )
        .unwrap();
    let docs = st
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut st = c
        .prepare(
            "SELECT event || ' ' || type || ' ' || parties_key || ' ' || ifnull(date, '-') || ' ' \
             || status || ' ' || n_documents || ' ' || n_sources || ' ' || first_reported \
             FROM events ORDER BY event",
        )
        .unwrap();
    let events = st
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (docs, events)
}

/// The invariants that must hold after any crash.
fn check_consistent(
    s: &Store,
    corpus: &[Record],
    reference: &HashMap<String, (i64, i64)>,
) -> usize {
    assert_eq!(s.integrity_check().unwrap(), ["ok"]);
    let c = s.connection();
    let (docs, _) = snapshot(s);
    // Documents are stored whole or not at all, and in corpus order.
    for (id, counts) in &docs {
        assert_eq!(
            Some(counts),
            reference.get(id),
            "document {id} stored partly"
        );
    }
    let k = docs.len();
    for r in &corpus[..k] {
        assert!(docs.contains_key(&r.document.id), "gap before document {k}");
    }
    let n: i64 = c
        .query_row("SELECT COUNT(DISTINCT id) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n as usize, k);
    // Event counters agree with the reports.
    let bad: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM events e WHERE n_documents <> \
             (SELECT COUNT(DISTINCT doc) FROM event_reports r WHERE r.event = e.event) \
             OR n_documents = 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0);
    // The FTS index holds every sentence.
    let fts: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'here'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let sents: i64 = c
        .query_row("SELECT COUNT(*) FROM sentences", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fts, sents);
    k
}

#[test]
fn killed_writer_leaves_a_consistent_database() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let corpus = corpus();
    let mut reference = Store::open_in_memory().unwrap();
    let t = Instant::now();
    for r in &corpus {
        reference.insert_record(r, None).unwrap();
    }
    let full = t.elapsed();
    let (ref_docs, ref_events) = snapshot(&reference);
    assert!(reference.stats().unwrap().merged_events > 50);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite");
    let exe = std::env::current_exe().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Lcg(seed);
    // Kill points spread over one full run (the child also spends time
    // starting and skipping what is already stored).
    let span = (full.as_millis() as u64).max(50);
    let mut killed_mid_run = 0;
    let mut stored = Vec::new();
    for _ in 0..8 {
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + rng.below(span / 2 + 1)));
        match child.try_wait().unwrap() {
            Some(status) => assert!(status.success(), "child failed: {status}"),
            None => {
                child.kill().unwrap(); // SIGKILL
                child.wait().unwrap();
            }
        }
        let s = Store::open(&path).unwrap();
        let k = check_consistent(&s, &corpus, &ref_docs);
        if k > 0 && k < corpus.len() {
            killed_mid_run += 1;
        }
        stored.push(k);
    }
    eprintln!(
        "documents stored after each kill: {stored:?} of {}",
        corpus.len()
    );
    assert!(killed_mid_run > 0, "no kill landed mid-run: {stored:?}");

    // Running the ingest again completes it: every document exactly once,
    // and the same events as an uninterrupted run.
    let mut s = Store::open(&path).unwrap();
    for r in &corpus {
        s.insert_record(r, None).unwrap();
    }
    assert_eq!(check_consistent(&s, &corpus, &ref_docs), corpus.len());
    let (docs, events) = snapshot(&s);
    assert_eq!(docs, ref_docs);
    assert_eq!(events, ref_events);
}
