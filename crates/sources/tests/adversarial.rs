//! Hostile containers, each with a time bound: a feed with a million
//! items, WARC records that lie about their length, JSON Lines with a
//! line of 20 MB. Each ends in time linear in its size with documents or
//! errors that name the input and say what is wrong, never a panic.

use detente_sources::{read_bytes, NoFetch, RawDocument, SourceError, SourceOptions};
use std::time::{Duration, Instant};

type Item = Result<RawDocument, SourceError>;

fn read(name: &str, bytes: Vec<u8>, opts: &SourceOptions, limit: Duration) -> Vec<Item> {
    let n = bytes.len();
    let t = Instant::now();
    let out: Vec<Item> = read_bytes(name, bytes, opts, &NoFetch).collect();
    let took = t.elapsed();
    eprintln!("{name}: {n} bytes, {} items in {took:.2?}", out.len());
    assert!(
        took < limit,
        "{name}: {took:.2?} for {n} bytes (limit {limit:?})"
    );
    for item in &out {
        if let Err(e) = item {
            assert!(e.origin.starts_with(name), "error without its input: {e}");
            assert!(!e.reason.is_empty());
        }
    }
    out
}

fn errors(out: &[Item]) -> Vec<String> {
    out.iter()
        .filter_map(|i| i.as_ref().err().map(|e| e.to_string()))
        .collect()
}

fn feed(items: usize) -> Vec<u8> {
    let mut s =
        String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>");
    for i in 0..items {
        s.push_str(&format!(
            "<item><description>Talks {i}.</description></item>"
        ));
    }
    s.push_str("</channel></rss>");
    s.into_bytes()
}

#[test]
fn a_feed_with_a_million_items() {
    // 50 MB: over the default cap on one feed file, refused unread.
    let opts = SourceOptions::default();
    let out = read("big.xml", feed(1_000_000), &opts, Duration::from_secs(10));
    assert_eq!(out.len(), 1);
    assert!(
        errors(&out)[0].contains("larger than"),
        "{:?}",
        errors(&out)
    );

    // Under a raised cap on bytes, the cap on items refuses it before it
    // is parsed (a million entries would take a gigabyte).
    let opts = SourceOptions {
        max_bytes: 64 * 1024 * 1024,
        ..SourceOptions::default()
    };
    let out = read("big.xml", feed(1_000_000), &opts, Duration::from_secs(60));
    let errs = errors(&out);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("1000000 items"), "{errs:?}");
    // At the cap, every item is read.
    let n = detente_sources::MAX_FEED_ITEMS;
    let out = read("full.xml", feed(n), &opts, Duration::from_secs(10));
    assert_eq!(out.len(), n);
}

fn record(kind: &str, declared: Option<usize>, block: &[u8]) -> Vec<u8> {
    let mut r = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://n.example.org/a\r\nContent-Type: application/http; msgtype=response\r\n");
    if let Some(n) = declared {
        r.push_str(&format!("Content-Length: {n}\r\n"));
    }
    r.push_str("\r\n");
    let mut r = r.into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(body: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}").into_bytes()
}

const PAGE: &str = "<html><body><p>The envoys met in Geneva on Monday.</p></body></html>";

#[test]
fn warc_records_that_lie_about_their_length() {
    let opts = SourceOptions::default();
    let good = http(PAGE);

    // Longer than the data: the record is truncated, after a good one.
    let mut w = record("response", Some(good.len()), &good);
    w.extend(record("response", Some(1 << 40), &good));
    let out = read("long.warc", w, &opts, Duration::from_secs(5));
    assert!(out[0].is_ok());
    let errs = errors(&out);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("long.warc#record-2") && errs[0].contains("truncated"),
        "{errs:?}"
    );

    // Shorter than the block: what follows is not a record; the stream stops.
    let mut w = record("response", Some(10), &good);
    w.extend(record("response", Some(good.len()), &good));
    let out = read("short.warc", w, &opts, Duration::from_secs(5));
    let errs = errors(&out);
    assert!(!errs.is_empty(), "{out:?}");
    assert!(
        errs.last().unwrap().contains("short.warc#record-"),
        "{errs:?}"
    );

    // No length, or not a number.
    for (name, declared) in [("none.warc", None), ("nan.warc", Some(usize::MAX))] {
        let mut w = record("response", declared, &good);
        if declared.is_some() {
            let text = String::from_utf8(w).unwrap();
            w = text
                .replace(&usize::MAX.to_string(), "99999999999999999999999")
                .into_bytes();
        }
        let errs = errors(&read(name, w, &opts, Duration::from_secs(5)));
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].contains("Content-Length"), "{errs:?}");
    }

    // 30 MB of a response body, over the cap: refused, streamed past.
    let big = http(&"x".repeat(30 << 20));
    let mut w = record("response", Some(big.len()), &big);
    w.extend(record("response", Some(good.len()), &good));
    let out = read("big.warc", w, &opts, Duration::from_secs(10));
    assert!(
        errors(&out)[0].contains("larger than"),
        "{:?}",
        errors(&out)
    );
    assert!(out[1].is_ok(), "the next record is read");

    // A million tiny records that are not responses: skipped, linearly.
    let mut w = Vec::new();
    for _ in 0..1_000_000 {
        w.extend(record("request", Some(2), b"ab"));
    }
    let out = read("many.warc", w, &opts, Duration::from_secs(30));
    assert!(out.is_empty(), "{:?}", errors(&out).first());
}

#[test]
fn json_lines_with_a_line_of_twenty_megabytes() {
    let opts = SourceOptions::default();
    let mut s = format!("{{\"text\":\"{}\"}}\n", "x".repeat(20 << 20));
    s.push_str("{\"text\":\"The envoys met.\"}\n");
    let out = read("big.jsonl", s.into_bytes(), &opts, Duration::from_secs(10));
    assert_eq!(out.len(), 2);
    assert!(errors(&out)[0].contains("big.jsonl#line-1: line longer than"));
    assert!(out[1].is_ok());

    let lines = "{\"text\":\"The envoys met.\"}\n".repeat(1_000_000);
    let out = read(
        "many.jsonl",
        lines.into_bytes(),
        &opts,
        Duration::from_secs(30),
    );
    assert_eq!(out.len(), 1_000_000);
}
