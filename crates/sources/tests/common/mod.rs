//! Test helpers: fixture paths, scratch folders, a canned fetcher, WARC
//! builders, and a tiny HTTP server on 127.0.0.1.
#![allow(dead_code)]

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use detente_sources::{Fetched, Fetcher, RawDocument, SourceError, SourceOptions};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn fixture(rel: &str) -> String {
    fixtures().join(rel).display().to_string()
}

/// A fresh, empty scratch folder under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("sources-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

pub fn run(
    inputs: &[String],
    opts: &SourceOptions,
    fetcher: &dyn Fetcher,
) -> Vec<Result<RawDocument, SourceError>> {
    detente_sources::expand(inputs, opts, fetcher).collect()
}

pub fn text(doc: &RawDocument) -> &str {
    std::str::from_utf8(&doc.bytes).unwrap()
}

/// Answers only the URLs it was given, records every URL asked for.
#[derive(Default)]
pub struct CannedFetcher {
    pub pages: Vec<(String, Fetched)>,
    pub asked: RefCell<Vec<String>>,
}

impl CannedFetcher {
    pub fn with(mut self, url: &str, content_type: &str, body: &str) -> Self {
        self.pages.push((
            url.to_string(),
            Fetched {
                bytes: body.as_bytes().to_vec(),
                content_type: Some(content_type.to_string()),
                final_url: format!("{url}?final"),
                last_modified: None,
            },
        ));
        self
    }
}

impl Fetcher for CannedFetcher {
    fn fetch(&self, url: &str, _opts: &SourceOptions) -> Result<Fetched, SourceError> {
        self.asked.borrow_mut().push(url.to_string());
        self.pages
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, f)| f.clone())
            .ok_or_else(|| SourceError::new(url, "HTTP 404 Not Found"))
    }
}

// ---------------------------------------------------------------- WARC

pub fn warc_record(kind: &str, uri: &str, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n\
         WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012}>\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len() % 1000,
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

pub fn http_response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

pub fn response_record(uri: &str, date: &str, http: &[u8]) -> Vec<u8> {
    warc_record(
        "response",
        uri,
        date,
        "application/http; msgtype=response",
        http,
    )
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

pub const PAGE_A: &str = "<!DOCTYPE html><html><head><title>A</title></head><body><p>The envoys of Chile and Norway met in Valletta.</p></body></html>";
pub const PAGE_B: &str =
    "<html><body><p>Kenya's president called the Finnish president on Tuesday.</p></body></html>";
pub const PAGE_C: &str = "<!doctype html><html><body><p>Talks between Peru and Portugal resumed in Lisbon.</p></body></html>";

/// The records of a CC-NEWS style archive: warcinfo, request, three HTML
/// responses (plain, chunked, gzip Content-Encoding), an image response, a
/// redirect, and a final HTML response cut off in its body.
pub fn warc_records() -> Vec<Vec<u8>> {
    let chunked = {
        let (x, y) = PAGE_B.split_at(30);
        format!("{:x}\r\n{x}\r\n{:x}\r\n{y}\r\n0\r\n\r\n", x.len(), y.len())
    };
    let gz_body = gzip(PAGE_C.as_bytes());
    let last = response_record(
        "https://news.example.org/cut",
        "2025-04-07T12:00:00Z",
        &http_response(
            "200 OK",
            &[("Content-Type", "text/html")],
            b"<!doctype html><html><body><p>This record is cut off in the middle of its body and must not come out as a document.</p></body></html>",
        ),
    );
    vec![
        warc_record(
            "warcinfo",
            "",
            "2025-04-07T00:00:00Z",
            "application/warc-fields",
            b"software: detente-test\r\nformat: WARC File Format 1.0\r\n",
        ),
        warc_record(
            "request",
            "https://news.example.org/a",
            "2025-04-07T10:00:00Z",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
        ),
        response_record(
            "https://news.example.org/a",
            "2025-04-07T10:00:01Z",
            &http_response(
                "200 OK",
                &[
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", &PAGE_A.len().to_string()),
                ],
                PAGE_A.as_bytes(),
            ),
        ),
        response_record(
            "https://news.example.org/logo.png",
            "2025-04-07T10:00:02Z",
            &http_response(
                "200 OK",
                &[("Content-Type", "image/png")],
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            ),
        ),
        response_record(
            "https://www.example.net/b",
            "2025-04-08T11:00:00Z",
            &http_response(
                "200 OK",
                &[
                    ("Content-Type", "text/html"),
                    ("Transfer-Encoding", "chunked"),
                ],
                chunked.as_bytes(),
            ),
        ),
        response_record(
            "https://news.example.org/old",
            "2025-04-08T11:00:01Z",
            &http_response(
                "301 Moved Permanently",
                &[("Location", "/new"), ("Content-Type", "text/html")],
                b"<a href=\"/new\">moved</a>",
            ),
        ),
        response_record(
            "https://news.example.org/c",
            "2025-04-09T09:30:00Z",
            &http_response(
                "200 OK",
                &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                &gz_body,
            ),
        ),
        last,
    ]
}

/// The records as one plain WARC, the last one cut 60 bytes short.
pub fn warc_plain() -> Vec<u8> {
    let mut out: Vec<u8> = warc_records().concat();
    out.truncate(out.len() - 60);
    out
}

/// The records as a multi-member .warc.gz (one member per record, as CC
/// writes them), the last member cut short.
pub fn warc_gz() -> Vec<u8> {
    let records = warc_records();
    let mut out = Vec::new();
    for r in &records[..records.len() - 1] {
        out.extend(gzip(r));
    }
    let last = gzip(records.last().unwrap());
    out.extend_from_slice(&last[..last.len() / 2]);
    out
}

// ---------------------------------------------------------------- HTTP

/// A tiny HTTP/1.1 server on 127.0.0.1 (a free port). Each connection is
/// served on its own thread by path; every request head is recorded. It
/// accepts at most 200 connections, then its thread ends.
pub struct Server {
    pub addr: SocketAddr,
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

pub const BIG: usize = 4096;

pub fn serve() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    thread::spawn(move || {
        for stream in listener.incoming().take(200) {
            let Ok(stream) = stream else { continue };
            let seen = seen.clone();
            thread::spawn(move || handle(stream, addr, seen));
        }
    });
    Server { addr, requests }
}

fn handle(mut stream: TcpStream, addr: SocketAddr, seen: Arc<Mutex<Vec<String>>>) {
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut head = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        if line == "\r\n" || line == "\n" {
            break;
        }
        head.push_str(&line);
    }
    seen.lock().unwrap().push(head.clone());
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let send = |stream: &mut TcpStream, status: &str, headers: &[(&str, String)], body: &[u8]| {
        let mut out = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
        for (k, v) in headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str("\r\n");
        let _ = stream.write_all(out.as_bytes());
        let _ = stream.write_all(body);
        let _ = stream.flush();
    };
    let html = |len: usize| ("Content-Length", len.to_string());
    match path.as_str() {
        "/page.html" => {
            let body = "<!DOCTYPE html><html><body><p>The foreign ministers met in Rabat on Monday.</p></body></html>";
            send(
                &mut stream,
                "200 OK",
                &[
                    ("Content-Type", "text/html; charset=utf-8".into()),
                    ("Last-Modified", "Mon, 07 Apr 2025 09:00:00 GMT".into()),
                    html(body.len()),
                ],
                body.as_bytes(),
            );
        }
        "/linked.html" => {
            let body = "<html><body><p>The envoy of Peru arrived in Lisbon.</p></body></html>";
            send(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/html".into()), html(body.len())],
                body.as_bytes(),
            );
        }
        "/feed.xml" => {
            let body = format!(
                r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Loopback Wire</title>
<item><title>Relative</title><link>/linked.html</link><pubDate>Tue, 08 Apr 2025 10:00:00 GMT</pubDate></item>
<item><title>Absolute</title><link>http://{addr}/page.html</link></item>
<item><title>Local file link</title><link>file:///etc/hostname</link><description>Fallback text of the item.</description></item>
</channel></rss>"#
            );
            send(
                &mut stream,
                "200 OK",
                &[
                    ("Content-Type", "application/rss+xml".into()),
                    html(body.len()),
                ],
                body.as_bytes(),
            );
        }
        "/ua" => {
            send(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/plain".into()), html(head.len())],
                head.as_bytes(),
            );
        }
        "/big" => {
            let body = vec![b'a'; BIG + 1];
            send(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/plain".into()), html(body.len())],
                &body,
            );
        }
        "/big-unsized" => {
            // No Content-Length: the body ends when the connection closes.
            let body = vec![b'a'; BIG * 4];
            send(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/plain".into())],
                &body,
            );
        }
        "/exact" => {
            let body = vec![b'a'; BIG];
            send(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/plain".into()), html(body.len())],
                &body,
            );
        }
        "/redirect" => {
            send(
                &mut stream,
                "302 Found",
                &[("Location", "/page.html".into()), html(0)],
                b"",
            );
        }
        "/stall" => {
            // Never answers; holds the connection for a while, then drops it.
            thread::sleep(Duration::from_secs(4));
        }
        "/stall-body" => {
            send(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/html".into()), html(1000)],
                b"<html><body><p>start",
            );
            thread::sleep(Duration::from_secs(4));
        }
        _ => {
            send(&mut stream, "404 Not Found", &[html(9)], b"not found");
        }
    }
}
