//! RSS and Atom feeds: one document per item.

use std::iter;
use std::path::PathBuf;

use feed_rs::model::{Entry, Link};

use crate::fetch::{host_of, is_http_url};
use crate::local::{page_kind, read_page, Base, Meta};
use crate::sniff::{self, by_content_type};
use crate::{Ctx, DocIter, RawDocument, RawKind, SourceError};

/// Parse a feed and yield its items lazily (`origin#item-N`, N from 1).
///
/// Each item's page is, in order of preference: the local file its link
/// names (relative to the feed's folder; only for local feeds), the page
/// its http(s) link leads to (when fetching and following are on), or the
/// item's inline content or summary (HTML if it holds tags, else text).
/// A link that fails (missing file, failed fetch) is an error for that
/// item. Items carry their title and date, and the feed title as source.
pub(crate) fn items<'a>(
    origin: String,
    bytes: Vec<u8>,
    base: Base,
    meta: Meta,
    ctx: Ctx<'a>,
) -> DocIter<'a> {
    let base_uri = match &base {
        Base::Url(u) if !u.is_empty() => Some(u.clone()),
        Base::Url(_) => None,
        Base::Dir(_) => None,
    };
    let count = count_items(&bytes);
    if count > MAX_FEED_ITEMS {
        return Box::new(iter::once(Err(SourceError::new(
            origin,
            format!(
                "feed with {count} items, more than the {MAX_FEED_ITEMS} read from one feed \
                 (split it)"
            ),
        ))));
    }
    let parser = feed_rs::parser::Builder::new().base_uri(base_uri).build();
    let feed = match parser.parse(bytes.as_slice()) {
        Ok(f) => f,
        Err(e) => {
            return Box::new(iter::once(Err(SourceError::new(
                origin,
                format!("not a readable RSS or Atom feed: {e}"),
            ))))
        }
    };
    drop(bytes);
    let source = feed
        .title
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty())
        .or(meta.source);
    Box::new(feed.entries.into_iter().enumerate().map(move |(i, entry)| {
        item(
            format!("{origin}#item-{}", i + 1),
            entry,
            &base,
            &source,
            ctx,
        )
    }))
}

/// Most items read from one feed. News feeds carry tens of items, archives
/// a few thousand; a feed is parsed whole, so a million tiny items would
/// take a gigabyte of memory: such a feed is refused before parsing.
pub const MAX_FEED_ITEMS: usize = 10_000;

/// RSS `<item>` and Atom `<entry>` elements (opening tags, any prefix-free
/// spelling), counted in one pass over the bytes.
fn count_items(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b == b'<') {
        let rest = &bytes[i + at + 1..];
        for name in [&b"item"[..], b"entry"] {
            if rest.starts_with(name)
                && rest
                    .get(name.len())
                    .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'>' | b'/'))
            {
                n += 1;
            }
        }
        i += at + 1;
    }
    n
}

/// Where an item's link leads.
enum Target {
    Local(PathBuf),
    Remote(String),
    /// No link, or one we do not read (mailto:, a file: link in a remote feed…).
    None,
}

fn item(
    origin: String,
    entry: Entry,
    base: &Base,
    source: &Option<String>,
    ctx: Ctx<'_>,
) -> Result<RawDocument, SourceError> {
    let title = entry
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let published = entry.published.or(entry.updated).map(|d| d.date_naive());
    let mut doc = RawDocument {
        origin,
        bytes: Vec::new(),
        kind: RawKind::Text,
        url: None,
        published,
        title,
        source: source.clone(),
        content_type: None,
    };
    let target = pick_link(&entry.links).map_or(Target::None, |l| resolve(&l.href, base));
    match target {
        Target::Local(path) => {
            let (kind, bytes) = read_page(&path, ctx.opts.max_bytes).map_err(|reason| {
                SourceError::new(&doc.origin, format!("{}: {reason}", path.display()))
            })?;
            doc.kind = kind;
            doc.bytes = bytes;
            return Ok(doc);
        }
        Target::Remote(url) => {
            if ctx.opts.allow_fetch && ctx.opts.follow_feed_links {
                let fetched = ctx.fetcher.fetch(&url, ctx.opts).map_err(|e| {
                    SourceError::new(&doc.origin, format!("{}: {}", e.origin, e.reason))
                })?;
                let hint = fetched.content_type.as_deref().and_then(by_content_type);
                doc.kind = page_kind(hint, &fetched.bytes)
                    .map_err(|reason| SourceError::new(&doc.origin, format!("{url}: {reason}")))?;
                doc.bytes = fetched.bytes;
                doc.published = doc.published.or(fetched.last_modified);
                doc.source = doc.source.or_else(|| host_of(&fetched.final_url));
                doc.url = Some(fetched.final_url);
                doc.content_type = fetched.content_type;
                return Ok(doc);
            }
            doc.url = Some(url);
        }
        Target::None => {}
    }
    let inline = entry
        .content
        .and_then(|c| c.body)
        .filter(|b| !b.trim().is_empty())
        .or_else(|| {
            entry
                .summary
                .map(|s| s.content)
                .filter(|s| !s.trim().is_empty())
        });
    match inline {
        Some(text) => {
            doc.kind = if sniff::has_markup(&text) {
                RawKind::Html
            } else {
                RawKind::Text
            };
            doc.bytes = text.into_bytes();
            Ok(doc)
        }
        None => Err(SourceError::new(
            doc.origin,
            "item has no readable link and no content",
        )),
    }
}

/// The item's own page: the first link that is neither a comments link nor
/// a non-`alternate` relation (self, enclosure, replies…).
fn pick_link(links: &[Link]) -> Option<&Link> {
    links.iter().find(|l| {
        l.target.is_none()
            && l.rel
                .as_deref()
                .is_none_or(|r| r.eq_ignore_ascii_case("alternate"))
            && !l.href.trim().is_empty()
    })
}

fn resolve(href: &str, base: &Base) -> Target {
    let href = href.trim();
    if is_http_url(href) {
        return Target::Remote(href.to_string());
    }
    match base {
        Base::Url(feed_url) => match url::Url::parse(feed_url).and_then(|b| b.join(href)) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Target::Remote(u.into()),
            _ => Target::None,
        },
        Base::Dir(dir) => {
            if let Ok(u) = url::Url::parse(href) {
                // An absolute URL of another scheme: only file: names a local file.
                return match (u.scheme(), u.to_file_path()) {
                    ("file", Ok(path)) => Target::Local(path),
                    _ => Target::None,
                };
            }
            let path = href.split(['?', '#']).next().unwrap_or("");
            if path.is_empty() {
                return Target::None;
            }
            Target::Local(dir.join(percent_decode(path)))
        }
    }
}

/// `%20` and friends in a relative link (invalid escapes are kept as is).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve() {
        let dir = Base::Dir(PathBuf::from("feeds"));
        assert!(
            matches!(resolve("pages/a%20b.html#top", &dir), Target::Local(p) if p == std::path::Path::new("feeds/pages/a b.html"))
        );
        assert!(
            matches!(resolve("/abs/x.html", &dir), Target::Local(p) if p == std::path::Path::new("/abs/x.html"))
        );
        assert!(
            matches!(resolve("file:///tmp/x.html", &dir), Target::Local(p) if p == std::path::Path::new("/tmp/x.html"))
        );
        assert!(matches!(resolve("mailto:a@b", &dir), Target::None));
        assert!(
            matches!(resolve("https://n.example.org/a", &dir), Target::Remote(u) if u == "https://n.example.org/a")
        );
        let web = Base::Url("https://n.example.org/feeds/rss.xml".into());
        assert!(
            matches!(resolve("../a.html", &web), Target::Remote(u) if u == "https://n.example.org/a.html")
        );
        assert!(matches!(resolve("file:///etc/passwd", &web), Target::None));
        assert_eq!(percent_decode("a%2Fb%zz%4"), "a/b%zz%4");
    }

    #[test]
    fn items_are_counted() {
        assert_eq!(
            count_items(b"<rss><item>a</item><item/><items/><entry x='1'>"),
            3
        );
        assert_eq!(count_items(b"<"), 0);
    }
}
