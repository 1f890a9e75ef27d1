//! Local inputs: files, folders, feeds, WARC, JSON Lines, stdin. No network:
//! feed links to remote URLs go to a canned fetcher or `NoFetch`.

mod common;

use chrono::NaiveDate;
use common::*;
use detente_sources::{expand, NoFetch, RawDocument, RawKind, SourceError, SourceOptions};

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn ok(item: &Result<RawDocument, SourceError>) -> &RawDocument {
    item.as_ref()
        .unwrap_or_else(|e| panic!("unexpected error: {e}"))
}

fn err(item: &Result<RawDocument, SourceError>) -> &SourceError {
    match item {
        Ok(d) => panic!("expected an error, got document {}", d.origin),
        Err(e) => e,
    }
}

#[test]
fn single_files_by_extension() {
    let inputs = vec![
        fixture("pages/summit.html"),
        fixture("pages/call.htm"),
        fixture("pages/statement.txt"),
    ];
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    assert_eq!(out.len(), 3);
    let kinds: Vec<RawKind> = out.iter().map(|r| ok(r).kind).collect();
    assert_eq!(kinds, [RawKind::Html, RawKind::Html, RawKind::Text]);
    let summit = ok(&out[0]);
    assert_eq!(summit.origin, inputs[0]);
    assert!(text(summit).contains("maritime agreement"));
    assert_eq!(summit.url, None);
    assert_eq!(summit.published, None);
}

#[test]
fn missing_and_binary_files_are_errors_and_the_rest_goes_on() {
    let dir = scratch("binary");
    let bin = dir.join("image.bin");
    write(&bin, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    let fake_html = dir.join("broken.html");
    write(&fake_html, [0u8, 1, 2, 3, 255, 254, 0, 0, 7, 8]);
    let inputs = vec![
        dir.join("nope.txt").display().to_string(),
        bin.display().to_string(),
        fake_html.display().to_string(),
        fixture("pages/statement.txt"),
    ];
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    assert_eq!(out.len(), 4);
    let e = err(&out[0]);
    assert_eq!(
        e.to_string(),
        format!("{}: no such file or directory", inputs[0])
    );
    let e = err(&out[1]);
    assert_eq!(e.origin, inputs[1]);
    assert!(e.reason.contains("binary"), "{e}");
    let e = err(&out[2]);
    assert_eq!(e.origin, inputs[2]);
    assert!(e.reason.contains("binary"), "{e}");
    assert_eq!(ok(&out[3]).kind, RawKind::Text);
}

#[test]
fn unknown_extensions_are_sniffed() {
    let dir = scratch("sniff");
    write(
        &dir.join("page.php"),
        "\n<!DOCTYPE html><html><body><p>x</p></body></html>",
    );
    write(&dir.join("README"), "Plain words about a meeting.");
    write(
        &dir.join("feed.cgi"),
        std::fs::read(fixture("feeds/rss.xml")).unwrap(),
    );
    write(&dir.join("dump"), warc_records()[..3].concat());
    let inputs: Vec<String> = ["page.php", "README", "feed.cgi", "dump"]
        .iter()
        .map(|n| dir.join(n).display().to_string())
        .collect();
    let opts = SourceOptions {
        allow_fetch: false,
        ..SourceOptions::default()
    };
    let out = run(&inputs, &opts, &NoFetch);
    assert_eq!(ok(&out[0]).kind, RawKind::Html);
    assert_eq!(ok(&out[1]).kind, RawKind::Text);
    // The feed's four items: two readable locally would need the articles
    // folder; here the local links are missing, so those items are errors.
    let feed: Vec<_> = out[2..6].iter().collect();
    assert!(feed.iter().all(|r| match r {
        Ok(d) => d.origin.contains("feed.cgi#item-"),
        Err(e) => e.origin.contains("feed.cgi#item-"),
    }));
    let warc = ok(&out[6]);
    assert_eq!(warc.origin, format!("{}#record-3", inputs[3]));
    assert_eq!(out.len(), 7);
}

#[test]
fn empty_file_is_an_error() {
    let dir = scratch("empty");
    write(&dir.join("empty.txt"), "");
    let inputs = vec![dir.join("empty.txt").display().to_string()];
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    assert_eq!(err(&out[0]).reason, "empty file");
}

#[test]
fn size_cap_applies_to_local_documents() {
    let dir = scratch("cap");
    write(&dir.join("long.txt"), "word ".repeat(1000));
    let inputs = vec![dir.join("long.txt").display().to_string()];
    let opts = SourceOptions {
        max_bytes: 4999,
        ..SourceOptions::default()
    };
    assert_eq!(
        err(&run(&inputs, &opts, &NoFetch)[0]).reason,
        "larger than 4999 bytes"
    );
    let opts = SourceOptions {
        max_bytes: 5000,
        ..SourceOptions::default()
    };
    assert_eq!(ok(&run(&inputs, &opts, &NoFetch)[0]).bytes.len(), 5000);
}

#[test]
fn folder_tree_is_walked_in_path_order() {
    let dir = scratch("tree");
    write(&dir.join("a/b/deep.txt"), "Deep text about a visit.");
    write(
        &dir.join("a/page.php"),
        "<!doctype html><html><body>sniffed</body></html>",
    );
    write(&dir.join("a.txt"), "A text next to the folder a.");
    write(&dir.join(".hidden.html"), "<html>hidden</html>");
    write(&dir.join(".git/config.html"), "<html>hidden folder</html>");
    write(&dir.join("README"), "No extension, but text.");
    write(&dir.join("data.json"), "{\"not\": \"an article\"}");
    write(
        &dir.join("photo.jpg"),
        b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01",
    );
    write(&dir.join("broken.html"), b"\0\0\0\x01\x02binary\0");
    write(
        &dir.join("corpus.jsonl"),
        std::fs::read(fixture("corpus.jsonl")).unwrap(),
    );
    write(&dir.join("z.warc"), warc_records()[..3].concat());
    let inputs = vec![dir.display().to_string()];
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    let origins: Vec<String> = out
        .iter()
        .map(|r| match r {
            Ok(d) => d.origin.clone(),
            Err(e) => format!("ERR {}", e.origin),
        })
        .map(|o| o.replace(&format!("{}/", dir.display()), ""))
        .collect();
    assert_eq!(
        origins,
        [
            "README",
            "a/b/deep.txt",
            "a/page.php",
            "a.txt",
            "ERR broken.html",
            "corpus.jsonl#line-1",
            "corpus.jsonl#line-3",
            "ERR corpus.jsonl#line-4",
            "corpus.jsonl#line-5",
            "z.warc#record-3",
        ]
    );
    assert_eq!(ok(&out[2]).kind, RawKind::Html);
    assert_eq!(ok(&out[0]).kind, RawKind::Text);
}

#[test]
fn jsonl_lines_carry_their_metadata() {
    let inputs = vec![fixture("corpus.jsonl")];
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    assert_eq!(out.len(), 4);
    let first = ok(&out[0]);
    assert_eq!(first.kind, RawKind::JsonlLine);
    assert_eq!(first.origin, format!("{}#line-1", inputs[0]));
    assert_eq!(first.url.as_deref(), Some("https://news.example.org/a1"));
    assert_eq!(first.title.as_deref(), Some("Ministers meet"));
    assert_eq!(first.published, date(2025, 4, 7));
    let value: serde_json::Value = serde_json::from_slice(&first.bytes).unwrap();
    assert_eq!(value["id"], "a1");
    assert_eq!(ok(&out[1]).published, date(2025, 4, 8));
    let bad = err(&out[2]);
    assert_eq!(bad.origin, format!("{}#line-4", inputs[0]));
    assert!(bad.reason.starts_with("invalid JSON"), "{bad}");
    assert_eq!(ok(&out[3]).origin, format!("{}#line-5", inputs[0]));
}

#[test]
fn rss_items_read_local_links_and_fetch_remote_ones() {
    let inputs = vec![fixture("feeds/rss.xml")];
    let fetcher = CannedFetcher::default().with(
        "https://news.example.org/2025/04/10/monitors",
        "text/html; charset=utf-8",
        "<html><body><p>Monitors arrived.</p></body></html>",
    );
    let out = run(&inputs, &SourceOptions::default(), &fetcher);
    assert_eq!(out.len(), 4);

    let local = ok(&out[0]);
    assert_eq!(local.origin, format!("{}#item-1", inputs[0]));
    assert_eq!(local.kind, RawKind::Html);
    assert!(text(local).contains("Peru and Portugal resumed trade talks"));
    assert_eq!(local.title.as_deref(), Some("Talks resume in Lisbon"));
    assert_eq!(local.published, date(2025, 4, 9));
    assert_eq!(local.source.as_deref(), Some("Fixture Diplomatic Wire"));
    assert_eq!(local.url, None);

    let remote = ok(&out[1]);
    assert_eq!(remote.kind, RawKind::Html);
    assert_eq!(
        text(remote),
        "<html><body><p>Monitors arrived.</p></body></html>"
    );
    assert_eq!(
        remote.url.as_deref(),
        Some("https://news.example.org/2025/04/10/monitors?final")
    );
    assert_eq!(
        remote.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(remote.published, date(2025, 4, 10));
    assert_eq!(remote.source.as_deref(), Some("Fixture Diplomatic Wire"));

    let inline = ok(&out[2]);
    assert_eq!(inline.kind, RawKind::Html);
    assert_eq!(
        text(inline),
        "<p>The new ambassador of Ghana presented her credentials to the president of Austria on Friday.</p>"
    );
    assert_eq!(inline.title.as_deref(), Some("Envoy presents credentials"));

    let missing = err(&out[3]);
    assert_eq!(missing.origin, format!("{}#item-4", inputs[0]));
    assert!(missing.reason.contains("missing.html"), "{missing}");
    assert!(missing.reason.contains("no such file"), "{missing}");

    assert_eq!(
        *fetcher.asked.borrow(),
        ["https://news.example.org/2025/04/10/monitors"]
    );
}

#[test]
fn remote_feed_links_fall_back_to_the_summary_when_fetching_is_off() {
    let inputs = vec![fixture("feeds/rss.xml")];
    let fetcher = CannedFetcher::default();
    let opts = SourceOptions {
        allow_fetch: false,
        ..SourceOptions::default()
    };
    let out = run(&inputs, &opts, &fetcher);
    let item = ok(&out[1]);
    assert_eq!(item.kind, RawKind::Text);
    assert_eq!(
        text(item),
        "Monitors from the observer mission arrived in the border town on Thursday."
    );
    assert_eq!(
        item.url.as_deref(),
        Some("https://news.example.org/2025/04/10/monitors")
    );
    assert!(fetcher.asked.borrow().is_empty());

    // Fetching on but with NoFetch: the item names the refusal.
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    let e = err(&out[1]);
    assert_eq!(e.origin, format!("{}#item-2", inputs[0]));
    assert_eq!(
        e.reason,
        "https://news.example.org/2025/04/10/monitors: fetching disabled"
    );
}

#[test]
fn atom_entries() {
    let inputs = vec![fixture("feeds/atom.xml")];
    let fetcher = CannedFetcher::default();
    let opts = SourceOptions {
        follow_feed_links: false,
        ..SourceOptions::default()
    };
    let out = run(&inputs, &opts, &fetcher);
    assert_eq!(out.len(), 3);
    let visit = ok(&out[0]);
    assert_eq!(visit.kind, RawKind::Text);
    assert!(text(visit).starts_with("The Icelandic prime minister"));
    assert_eq!(visit.published, date(2025, 4, 10));
    assert_eq!(visit.source.as_deref(), Some("Fixture Atom Desk"));
    assert_eq!(
        visit.title.as_deref(),
        Some("Prime minister to visit Ottawa")
    );

    let summary = ok(&out[1]);
    assert_eq!(summary.kind, RawKind::Text);
    assert_eq!(
        text(summary),
        "The leaders agreed to hold the summit in Nairobi in June."
    );
    assert_eq!(summary.published, date(2025, 4, 13));
    assert_eq!(
        summary.url.as_deref(),
        Some("https://atom.example.org/2025/04/summit-date")
    );

    let content = ok(&out[2]);
    assert_eq!(content.kind, RawKind::Html);
    assert!(text(content).contains("joint statement on fisheries"));
    assert!(fetcher.asked.borrow().is_empty());
}

fn check_warc(out: &[Result<RawDocument, SourceError>], origin: &str) {
    let got: Vec<String> = out
        .iter()
        .map(|r| match r {
            Ok(d) => d.origin.clone(),
            Err(e) => format!("ERR {}", e.origin),
        })
        .collect();
    assert_eq!(
        got,
        [
            format!("{origin}#record-3"),
            format!("{origin}#record-5"),
            format!("{origin}#record-7"),
            format!("ERR {origin}#record-8"),
        ]
    );
    let a = ok(&out[0]);
    assert_eq!(a.kind, RawKind::Html);
    assert_eq!(text(a), PAGE_A);
    assert_eq!(a.url.as_deref(), Some("https://news.example.org/a"));
    assert_eq!(a.published, date(2025, 4, 7));
    assert_eq!(a.source.as_deref(), Some("news.example.org"));
    assert_eq!(a.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let b = ok(&out[1]);
    assert_eq!(text(b), PAGE_B, "de-chunked");
    assert_eq!(b.published, date(2025, 4, 8));
    assert_eq!(b.source.as_deref(), Some("www.example.net"));
    let c = ok(&out[2]);
    assert_eq!(text(c), PAGE_C, "gzip Content-Encoding undone");
    let e = err(&out[3]);
    assert!(e.reason.contains("truncated"), "{e}");
}

#[test]
fn warc_plain_and_gzip() {
    let dir = scratch("warc");
    let plain = dir.join("news.warc");
    let gz = dir.join("news.warc.gz");
    write(&plain, warc_plain());
    write(&gz, warc_gz());
    let inputs = vec![
        plain.display().to_string(),
        gz.display().to_string(),
        fixture("pages/statement.txt"),
    ];
    let out = run(&inputs, &SourceOptions::default(), &NoFetch);
    check_warc(&out[..4], &inputs[0]);
    check_warc(&out[4..8], &inputs[1]);
    // The stream stopped at the truncated record and went on with the next input.
    assert_eq!(out.len(), 9);
    assert_eq!(ok(&out[8]).kind, RawKind::Text);
}

#[test]
fn warc_complete_file_has_no_error() {
    let dir = scratch("warc-full");
    let gz = dir.join("full.warc.gz");
    let records = warc_records();
    write(
        &gz,
        records.iter().flat_map(|r| gzip(r)).collect::<Vec<u8>>(),
    );
    let out = run(
        &[gz.display().to_string()],
        &SourceOptions::default(),
        &NoFetch,
    );
    assert_eq!(out.len(), 4);
    assert!(out.iter().all(|r| r.is_ok()));
    assert_eq!(
        ok(&out[3]).url.as_deref(),
        Some("https://news.example.org/cut")
    );
}

#[test]
fn warc_oversized_record_is_an_error_and_iteration_goes_on() {
    let dir = scratch("warc-big");
    let path = dir.join("big.warc");
    let big = format!("<html><body>{}</body></html>", "x".repeat(5000));
    let records = [
        response_record(
            "https://news.example.org/big",
            "2025-04-07T10:00:00Z",
            &http_response("200 OK", &[("Content-Type", "text/html")], big.as_bytes()),
        ),
        // A large non-HTML record is read past without complaint.
        warc_record(
            "resource",
            "urn:x",
            "2025-04-07T10:00:00Z",
            "application/octet-stream",
            &vec![7u8; 200_000],
        ),
        response_record(
            "https://news.example.org/small",
            "2025-04-07T10:00:00Z",
            &http_response(
                "200 OK",
                &[("Content-Type", "text/html")],
                PAGE_A.as_bytes(),
            ),
        ),
    ];
    write(&path, records.concat());
    let opts = SourceOptions {
        max_bytes: 1000,
        ..SourceOptions::default()
    };
    let out = run(&[path.display().to_string()], &opts, &NoFetch);
    assert_eq!(out.len(), 2);
    let e = err(&out[0]);
    assert_eq!(e.origin, format!("{}#record-1", path.display()));
    assert!(e.reason.contains("larger than 1000"), "{e}");
    assert_eq!(
        ok(&out[1]).url.as_deref(),
        Some("https://news.example.org/small")
    );
}

#[test]
fn warc_that_is_not_warc_stops_with_one_error() {
    let dir = scratch("warc-bad");
    let path = dir.join("bad.warc");
    let mut bytes = warc_records()[2].clone();
    bytes.extend_from_slice(b"garbage that is not a record\r\n");
    bytes.extend(warc_records()[2].clone());
    write(&path, bytes);
    let out = run(
        &[path.display().to_string()],
        &SourceOptions::default(),
        &NoFetch,
    );
    assert_eq!(out.len(), 2);
    assert!(out[0].is_ok());
    assert!(err(&out[1]).reason.starts_with("not a WARC record"));
}

#[test]
fn expansion_is_lazy() {
    let dir = scratch("lazy");
    write(&dir.join("one.txt"), "first");
    let inputs = vec![
        dir.join("one.txt").display().to_string(),
        "https://news.example.org/never".to_string(),
    ];
    let fetcher = CannedFetcher::default();
    let opts = SourceOptions::default();
    let mut it = expand(&inputs, &opts, &fetcher);
    assert!(it.next().unwrap().is_ok());
    assert!(
        fetcher.asked.borrow().is_empty(),
        "URL fetched before it was reached"
    );
    let e = it.next().unwrap().unwrap_err();
    assert_eq!(e.origin, "https://news.example.org/never");
    assert_eq!(fetcher.asked.borrow().len(), 1);
    assert!(it.next().is_none());
}

#[test]
fn url_inputs_refused_when_fetching_is_off() {
    let inputs = vec!["https://news.example.org/x".to_string()];
    let opts = SourceOptions {
        allow_fetch: false,
        ..SourceOptions::default()
    };
    let fetcher = CannedFetcher::default();
    let out = run(&inputs, &opts, &fetcher);
    assert_eq!(
        err(&out[0]).to_string(),
        "https://news.example.org/x: fetching disabled"
    );
    assert!(fetcher.asked.borrow().is_empty());
}

#[test]
fn defaults() {
    let o = SourceOptions::default();
    assert!(o.allow_fetch && o.follow_feed_links);
    assert_eq!(o.timeout, std::time::Duration::from_secs(20));
    assert_eq!(o.max_bytes, 10 * 1024 * 1024);
    assert_eq!(
        o.user_agent,
        format!(
            "detente/{} (+https://github.com/detente)",
            env!("CARGO_PKG_VERSION")
        )
    );
}

/// Standard input: this test runs its own binary again as a child with the
/// input on a pipe (the harness's own stdin is left alone).
#[test]
fn stdin_is_sniffed() {
    if std::env::var_os("DETENTE_SOURCES_STDIN_CHILD").is_some() {
        let inputs = vec!["-".to_string()];
        for item in expand(&inputs, &SourceOptions::default(), &NoFetch) {
            match item {
                Ok(d) => println!("@@DOC {} {:?} {}", d.origin, d.kind, d.bytes.len()),
                Err(e) => println!("@@ERR {e}"),
            }
        }
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let child = |input: &[u8]| -> Vec<String> {
        use std::io::Write;
        let mut child = std::process::Command::new(&exe)
            .args([
                "--exact",
                "stdin_is_sniffed",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("DETENTE_SOURCES_STDIN_CHILD", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        let out = child.wait_with_output().unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.find("@@").map(|i| l[i + 2..].to_string()))
            .collect()
    };
    assert_eq!(child(b"Plain text from a pipe."), ["DOC <stdin> Text 23"]);
    assert_eq!(
        child(PAGE_A.as_bytes()),
        [format!("DOC <stdin> Html {}", PAGE_A.len())]
    );
    assert_eq!(
        child(b"{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n"),
        [
            "DOC <stdin>#line-1 JsonlLine 21",
            "DOC <stdin>#line-2 JsonlLine 21"
        ]
    );
    assert_eq!(
        child(&warc_gz()),
        [
            format!("DOC <stdin>#record-3 Html {}", PAGE_A.len()),
            format!("DOC <stdin>#record-5 Html {}", PAGE_B.len()),
            format!("DOC <stdin>#record-7 Html {}", PAGE_C.len()),
            "ERR <stdin>#record-8: truncated record (unexpected end of data)".to_string(),
        ]
    );
    assert_eq!(
        child(b"\0\x01\x02\x03"),
        ["ERR <stdin>: binary file (not HTML, text, a feed, WARC or JSON Lines)"]
    );
}
