//! The bodies of the fuzz targets: each takes any bytes, must not panic and
//! must not hang, and checks the invariants of ARCHITECTURE.md on what it
//! produced (spans inside the text on character boundaries, record offsets
//! inside `document.text`, errors that name their input, same input same
//! output). A failed check panics, which libFuzzer reports as a crash.
//!
//! This file is compiled twice: by the fuzz crate (`fuzz/`, nightly,
//! libFuzzer) and, through `#[path]`, by `crates/ingest/tests/fuzz_replay.rs`,
//! which replays the saved inputs of `fuzz/regressions/` on stable.

use detente_doc::{Doc, Span};
use detente_extract::{DocMeta, Options, Record};
use detente_kb::Kb;
use detente_sources::{NoFetch, SourceError, SourceOptions};

/// A target's body.
pub type Target = fn(&[u8]);

/// Every target, by the name of its `fuzz_targets/<name>.rs`.
pub const TARGETS: &[(&str, Target)] = &[
    ("decode", decode),
    ("html", html),
    ("feed", feed),
    ("warc", warc),
    ("jsonl", jsonl),
    ("sources", sources),
    ("clean", clean),
    ("split", split),
    ("dates", dates),
    ("quotes", quotes),
    ("extract", extract),
];

fn kb() -> &'static Kb {
    detente_kb::builtin()
}

fn published() -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2025, 3, 1)
}

fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Charset detection and decoding (`detente_text::decode`).
pub fn decode(data: &[u8]) {
    if let Ok(d) = detente_text::decode(data) {
        assert!(!d.text.trim().is_empty(), "decode gave blank text");
        assert!(!d.encoding.is_empty());
    }
}

/// HTML page to article (`detente_html::html_to_article`).
pub fn html(data: &[u8]) {
    if let Ok(a) = detente_html::html_to_article(data, None, None) {
        assert!(!a.text.is_empty(), "an article without text");
    }
}

/// Small caps, so that the fuzzer meets them.
fn source_options() -> SourceOptions {
    SourceOptions {
        max_bytes: 64 * 1024,
        ..SourceOptions::default()
    }
}

/// Read `data` as the file `name`, then take every document to its
/// article (as `detente ingest` does) and through the pipeline.
fn read_as(name: &str, data: &[u8]) {
    let opts = source_options();
    for item in detente_sources::read_bytes(name, data.to_vec(), &opts, &NoFetch) {
        match item {
            Ok(doc) => {
                assert!(doc.origin.starts_with(name), "origin {:?}", doc.origin);
                assert!(doc.bytes.len() as u64 <= opts.max_bytes, "over the cap");
                if let Ok((text, meta)) = detente_ingest::article(&doc, published()) {
                    let record = detente_extract::extract(&text, &meta, kb(), &Options::default());
                    check_record(&record);
                }
            }
            Err(e) => check_error(name, &e),
        }
    }
}

fn check_error(name: &str, e: &SourceError) {
    assert!(e.origin.starts_with(name), "error without its input: {e}");
    assert!(!e.reason.trim().is_empty(), "error without a reason: {e}");
}

/// RSS and Atom feeds.
pub fn feed(data: &[u8]) {
    read_as("input.xml", data);
}

/// WARC archives (plain or gzip).
pub fn warc(data: &[u8]) {
    read_as("input.warc", data);
}

/// JSON Lines.
pub fn jsonl(data: &[u8]) {
    read_as("input.jsonl", data);
}

/// A file of unknown kind: sniffing decides.
pub fn sources(data: &[u8]) {
    read_as("input", data);
}

/// The cleaner: blocks in order, inside the text, on character boundaries.
pub fn clean(data: &[u8]) {
    let text = text_of(data);
    let c = detente_text::clean(&text, &kb().cleaning);
    let mut last = 0;
    for b in &c.blocks {
        check_span(&c.text, b.span, "block");
        assert!(b.span.start >= last, "blocks overlap");
        last = b.span.end;
    }
}

/// Cleaning and splitting: tokens and sentences.
pub fn split(data: &[u8]) {
    let doc = detente_text::prepare(&text_of(data), published(), kb());
    check_doc(&doc);
}

/// The date reader.
pub fn dates(data: &[u8]) {
    let mut doc = detente_text::prepare(&text_of(data), published(), kb());
    detente_recognise::recognise_dates(&mut doc);
    check_doc(&doc);
}

/// The quote finder (after the people it attributes quotes to).
pub fn quotes(data: &[u8]) {
    let mut doc = detente_text::prepare(&text_of(data), published(), kb());
    detente_recognise::recognise_actors(&mut doc, kb());
    detente_recognise::recognise_quotes(&mut doc);
    check_doc(&doc);
}

/// The whole pipeline (`detente_extract::analyse`), its record, and the
/// same record a second time.
pub fn extract(data: &[u8]) {
    let text = text_of(data);
    let meta = DocMeta {
        published: published(),
        ..DocMeta::default()
    };
    let doc = detente_extract::analyse(&text, &meta, kb(), &Options::default());
    check_doc(&doc);
    let record = Record::from_doc(&doc, &meta);
    check_record(&record);
    let again = detente_extract::extract(&text, &meta, kb(), &Options::default());
    assert!(record == again, "same input, different record");
}

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} span {s:?} outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} span {s:?} not on character boundaries"
    );
}

/// Every layer of a document points into its text, on character boundaries.
pub fn check_doc(doc: &Doc) {
    let t = &doc.text;
    assert_eq!(
        t.len(),
        doc.lower.len(),
        "lower-cased text of another length"
    );
    for b in &doc.blocks {
        check_span(t, b.span, "block");
    }
    for s in &doc.sentences {
        check_span(t, s.span, "sentence");
        assert!(s.first_token < s.end_token && s.end_token <= doc.tokens.len());
        assert!(s.block < doc.blocks.len());
    }
    for k in &doc.tokens {
        check_span(t, k.span, "token");
    }
    for m in &doc.mentions {
        check_span(t, m.span, "mention");
        assert!(m.entity < doc.entities.len());
    }
    for d in &doc.dates {
        check_span(t, d.span, "date");
    }
    for q in &doc.quotes {
        check_span(t, q.span, "quote");
        if let Some(s) = q.speaker_span {
            check_span(t, s, "speaker");
        }
    }
    for e in &doc.events {
        check_span(t, e.trigger, "trigger");
        for p in e.actor.iter().chain(&e.recipient) {
            check_span(t, p.span, "party");
        }
        for m in &e.mentions {
            check_span(t, m.span, "event mention");
            assert!(m.sentence < doc.sentences.len());
        }
    }
}

/// Every offset of a record is a character offset inside `document.text`.
pub fn check_record(r: &Record) {
    let chars: Vec<(usize, char)> = r.document.text.char_indices().collect();
    let n = chars.len();
    let slice = |a: usize, b: usize| -> String { chars[a..b].iter().map(|&(_, c)| c).collect() };
    for e in &r.events {
        for m in &e.mentions {
            assert!(
                m.start <= m.end && m.end <= n,
                "event mention {m:?} of {n} chars"
            );
        }
    }
    for q in &r.quotes {
        assert!(
            q.start <= q.end && q.end <= n,
            "quote {}..{} of {n}",
            q.start,
            q.end
        );
        assert_eq!(slice(q.start, q.end), q.text, "quote text is not its span");
    }
    for d in &r.dates {
        assert!(
            d.start <= d.end && d.end <= n,
            "date {}..{} of {n}",
            d.start,
            d.end
        );
        assert_eq!(slice(d.start, d.end), d.text, "date text is not its span");
    }
    for e in &r.entities {
        for s in &e.spans {
            assert!(s.start <= s.end && s.end <= n, "entity span {s:?} of {n}");
        }
    }
}
