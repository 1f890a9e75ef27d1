//! The fetch layer against a local HTTP server on 127.0.0.1 (nothing else
//! is contacted).

mod common;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::*;
use detente_sources::{Fetcher, HttpFetcher, RawKind, SourceOptions};

fn opts() -> SourceOptions {
    SourceOptions {
        timeout: Duration::from_secs(5),
        max_bytes: BIG as u64,
        ..SourceOptions::default()
    }
}

#[test]
fn fetches_a_page_with_headers() {
    let server = serve();
    let f = HttpFetcher
        .fetch(&server.url("/page.html"), &opts())
        .unwrap();
    assert!(f.bytes.starts_with(b"<!DOCTYPE html>"));
    assert_eq!(f.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(f.final_url, server.url("/page.html"));
    assert_eq!(f.last_modified, NaiveDate::from_ymd_opt(2025, 4, 7));
}

#[test]
fn sends_the_user_agent() {
    let server = serve();
    let o = opts();
    let f = HttpFetcher.fetch(&server.url("/ua"), &o).unwrap();
    let head = String::from_utf8(f.bytes).unwrap().to_ascii_lowercase();
    assert!(
        head.contains(&format!(
            "user-agent: {}",
            o.user_agent.to_ascii_lowercase()
        )),
        "{head}"
    );
    assert!(head.contains("accept: text/html"), "{head}");
    let heads = server.requests.lock().unwrap();
    assert!(heads[0].starts_with("GET /ua HTTP/1.1"));
}

#[test]
fn follows_redirects_and_reports_the_final_url() {
    let server = serve();
    let f = HttpFetcher
        .fetch(&server.url("/redirect"), &opts())
        .unwrap();
    assert_eq!(f.final_url, server.url("/page.html"));
    assert!(f.bytes.starts_with(b"<!DOCTYPE html>"));
}

#[test]
fn http_errors_are_errors() {
    let server = serve();
    let url = server.url("/nothing-here");
    let e = HttpFetcher.fetch(&url, &opts()).unwrap_err();
    assert_eq!(e.to_string(), format!("{url}: HTTP 404 Not Found"));
}

#[test]
fn size_cap_is_enforced() {
    let server = serve();
    // Exactly max_bytes is fine.
    let f = HttpFetcher.fetch(&server.url("/exact"), &opts()).unwrap();
    assert_eq!(f.bytes.len(), BIG);
    // One more byte (Content-Length given) is refused.
    let e = HttpFetcher.fetch(&server.url("/big"), &opts()).unwrap_err();
    assert_eq!(e.reason, format!("response larger than {BIG} bytes"));
    // No Content-Length: the read stops after max_bytes + 1.
    let e = HttpFetcher
        .fetch(&server.url("/big-unsized"), &opts())
        .unwrap_err();
    assert_eq!(e.reason, format!("response larger than {BIG} bytes"));
}

#[test]
fn timeout_is_enforced() {
    let server = serve();
    let o = SourceOptions {
        timeout: Duration::from_millis(500),
        ..opts()
    };
    for path in ["/stall", "/stall-body"] {
        let start = Instant::now();
        let e = HttpFetcher.fetch(&server.url(path), &o).unwrap_err();
        let took = start.elapsed();
        assert!(e.reason.contains("timed out"), "{path}: {e}");
        assert!(took < Duration::from_secs(3), "{path}: took {took:?}");
    }
}

#[test]
fn only_http_and_https_schemes() {
    for url in [
        "ftp://127.0.0.1/x",
        "file:///etc/hostname",
        "gopher://127.0.0.1/",
        "127.0.0.1/x",
    ] {
        let e = HttpFetcher.fetch(url, &opts()).unwrap_err();
        assert_eq!(e.origin, url);
        assert!(e.reason.contains("only http and https"), "{e}");
    }
}

#[test]
fn url_input_becomes_a_document() {
    let server = serve();
    let inputs = vec![server.url("/page.html")];
    let out = run(&inputs, &opts(), &HttpFetcher);
    assert_eq!(out.len(), 1);
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.origin, inputs[0]);
    assert_eq!(doc.kind, RawKind::Html);
    assert_eq!(doc.url.as_deref(), Some(inputs[0].as_str()));
    assert_eq!(doc.published, NaiveDate::from_ymd_opt(2025, 4, 7));
    assert_eq!(doc.source.as_deref(), Some("127.0.0.1"));
    assert_eq!(
        doc.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
}

#[test]
fn remote_feed_items_are_fetched_but_never_read_from_disk() {
    let server = serve();
    let feed = server.url("/feed.xml");
    let inputs = vec![feed.clone()];
    let out = run(&inputs, &opts(), &HttpFetcher);
    assert_eq!(out.len(), 3, "{out:?}");
    let relative = out[0].as_ref().unwrap();
    assert_eq!(relative.origin, format!("{feed}#item-1"));
    assert_eq!(
        relative.url.as_deref(),
        Some(server.url("/linked.html").as_str())
    );
    assert!(text(relative).contains("envoy of Peru"));
    assert_eq!(relative.source.as_deref(), Some("Loopback Wire"));
    assert_eq!(relative.published, NaiveDate::from_ymd_opt(2025, 4, 8));
    let absolute = out[1].as_ref().unwrap();
    assert_eq!(
        absolute.url.as_deref(),
        Some(server.url("/page.html").as_str())
    );
    // No item date: the page's Last-Modified.
    assert_eq!(absolute.published, NaiveDate::from_ymd_opt(2025, 4, 7));
    let file_link = out[2].as_ref().unwrap();
    assert_eq!(text(file_link), "Fallback text of the item.");
    assert_eq!(file_link.kind, RawKind::Text);

    // With following off, nothing but the feed is requested.
    let before = server.requests.lock().unwrap().len();
    let o = SourceOptions {
        follow_feed_links: false,
        ..opts()
    };
    let out = run(&inputs, &o, &HttpFetcher);
    assert_eq!(out.len(), 3);
    let e = out[0].as_ref().unwrap_err();
    assert_eq!(e.reason, "item has no readable link and no content");
    assert!(out[1].is_err() && out[2].is_ok());
    assert_eq!(server.requests.lock().unwrap().len(), before + 1);
}
