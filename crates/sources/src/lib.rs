//! Inputs to raw documents: what `detente ingest` is pointed at becomes a
//! lazy stream of [`RawDocument`]s, one per article.
//!
//! # Principal types
//!
//! - [`RawDocument`]: the bytes of one article (still undecoded: charset
//!   detection belongs to `detente-text`) with its [`RawKind`] (HTML page,
//!   plain text, or one JSON Lines record) and whatever metadata the
//!   container knew: URL, publication date, title, source, Content-Type.
//! - [`SourceError`]: one input (a file, a feed item, a WARC record, a JSON
//!   line, a URL) that could not be read; it names the input and the stream
//!   goes on with the next one.
//! - [`SourceOptions`]: fetching on or off, timeout, size cap, User-Agent,
//!   whether feed item links are followed.
//! - [`Fetcher`]: the network seam. [`HttpFetcher`] fetches http(s) URLs with
//!   ureq; [`NoFetch`] refuses every URL. Tests plug in their own.
//!
//! # How data flows
//!
//! [`expand`] takes the command line's inputs and yields documents lazily,
//! input after input:
//!
//! ```text
//! "-"            ─ stdin ───────┐
//! path/to/file   ─ open ────────┤
//! folder/        ─ walk (sorted, ├─▶ sniff (extension, first 8 KiB) ─┬─ HTML / text ─▶ 1 document
//!                  no hidden) ──┤                                    ├─ JSON Lines  ─▶ 1 document per line (streamed)
//! https://…      ─ Fetcher ─────┘                                    ├─ WARC (.gz)  ─▶ 1 document per HTML response (streamed)
//!                                                                    └─ RSS / Atom  ─▶ 1 document per item: linked local
//!                                                                                     file, fetched link, or inline content
//! ```
//!
//! Nothing is opened, read or fetched before the iterator reaches it. WARC
//! files and JSON Lines files are streamed record by record, and no single
//! document (a page, a feed file, a response body, a line) is held beyond
//! [`SourceOptions::max_bytes`], so memory stays bounded on large archives.

mod feed;
mod fetch;
mod jsonl;
mod local;
mod sniff;
mod walk;
mod warc;

use std::fmt;
use std::time::Duration;

pub use feed::MAX_FEED_ITEMS;
pub use fetch::{Fetched, Fetcher, HttpFetcher, NoFetch};

/// One article, as raw bytes plus what its container said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocument {
    /// Where it came from: `"path/to/file.html"`, `"feed.xml#item-3"`,
    /// `"news.warc.gz#record-17"`, `"data.jsonl#line-4"`, `"https://…"`,
    /// `"<stdin>"`.
    pub origin: String,
    /// The undecoded content (for [`RawKind::JsonlLine`], the JSON object).
    pub bytes: Vec<u8>,
    pub kind: RawKind,
    /// The page's URL (feed item link, WARC-Target-URI, final URL after
    /// redirects, the JSON record's `url`).
    pub url: Option<String>,
    /// From the feed item, WARC-Date, HTTP Last-Modified or the JSON record's
    /// `published`, when known.
    pub published: Option<chrono::NaiveDate>,
    /// Feed item title or the JSON record's `title`.
    pub title: Option<String>,
    /// Feed title, or the host name of the URL.
    pub source: Option<String>,
    /// HTTP Content-Type header (of the fetched page or of the HTTP response
    /// stored in a WARC record).
    pub content_type: Option<String>,
}

/// What the bytes of a [`RawDocument`] are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RawKind {
    /// An HTML page.
    Html,
    /// Plain text (any encoding).
    Text,
    /// One JSON object `{"id","text","published","url","title"}` (one line
    /// of a JSON Lines file, without its line end).
    JsonlLine,
}

/// An input that could not be read. `Display` gives `"origin: reason"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    pub origin: String,
    pub reason: String,
}

impl SourceError {
    pub fn new(origin: impl Into<String>, reason: impl Into<String>) -> Self {
        SourceError {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for SourceError {}

/// How inputs are read and fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOptions {
    /// Fetch http(s) inputs and feed links at all.
    pub allow_fetch: bool,
    /// Whole-request timeout of one fetch (connect, headers, body, redirects).
    pub timeout: Duration,
    /// Largest single document in bytes: a fetched body, a local page or
    /// feed file, a WARC response body, a JSON line. Larger ones are refused
    /// with a [`SourceError`] (a WARC archive or JSON Lines file as a whole
    /// may be any size: it is streamed).
    pub max_bytes: u64,
    /// Sent with every request.
    pub user_agent: String,
    /// Fetch the http(s) link of each feed item (when `allow_fetch`); when
    /// off, items fall back to their inline content.
    pub follow_feed_links: bool,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            allow_fetch: true,
            timeout: Duration::from_secs(20),
            max_bytes: 10 * 1024 * 1024,
            user_agent: format!(
                "detente/{} (+https://github.com/detente)",
                env!("CARGO_PKG_VERSION")
            ),
            follow_feed_links: true,
        }
    }
}

/// The stream [`expand`] and its parts produce.
pub(crate) type DocIter<'a> = Box<dyn Iterator<Item = Result<RawDocument, SourceError>> + 'a>;

/// What every reader needs: the options and the network seam.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub opts: &'a SourceOptions,
    pub fetcher: &'a dyn Fetcher,
}

/// Expand inputs lazily into raw documents, in order.
///
/// Each input is one of:
/// - `"-"`: standard input (sniffed like a file of unknown extension);
/// - an `http://` or `https://` URL: fetched (unless `allow_fetch` is off),
///   then read as a page, feed, WARC or JSON Lines by Content-Type and
///   sniffing;
/// - a folder: walked recursively in path order, skipping hidden entries
///   and files that neither have a known extension nor sniff as HTML, text,
///   a feed or WARC;
/// - a file: `.html`/`.htm` page, `.txt`/`.md` text, `.jsonl`/`.ndjson`
///   (one document per non-empty line), `.xml`/`.rss`/`.atom` feed,
///   `.warc`/`.warc.gz` archive, or anything else by sniffing.
///
/// An input that cannot be read yields one [`SourceError`] naming it (a
/// missing file, a binary file, a failed fetch, a bad feed item or WARC
/// record) and the stream goes on with the next.
pub fn expand<'a>(
    inputs: &'a [String],
    opts: &'a SourceOptions,
    fetcher: &'a dyn Fetcher,
) -> impl Iterator<Item = Result<RawDocument, SourceError>> + 'a {
    let ctx = Ctx { opts, fetcher };
    inputs
        .iter()
        .flat_map(move |input| local::expand_input(input, ctx))
}

/// Read one input that is already in memory, as [`expand`] reads a file
/// called `name` (its extension, then its first bytes, decide the format).
/// Links in a feed are never resolved against local files: an item whose
/// link is relative or not http(s) falls back to its inline content, and
/// http(s) links go to `fetcher` (pass [`NoFetch`] to read nothing else).
///
/// The readers of every format with no file system in the way: for
/// documents sent over HTTP, and for the fuzz targets of `fuzz/`.
pub fn read_bytes<'a>(
    name: &str,
    bytes: Vec<u8>,
    opts: &'a SourceOptions,
    fetcher: &'a dyn Fetcher,
) -> impl Iterator<Item = Result<RawDocument, SourceError>> + 'a {
    local::bytes_source(name, bytes, Ctx { opts, fetcher })
}
