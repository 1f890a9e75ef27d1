//! What a stream of bytes is: by file extension, Content-Type, or the first
//! bytes.

use std::io::Read;

/// How many bytes are read ahead to sniff a stream.
pub(crate) const PREFIX_LEN: usize = 8192;

/// The container formats an input can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Html,
    Text,
    Jsonl,
    Feed,
    Warc,
}

/// The verdict on the first bytes of a stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sniffed {
    Format(Format),
    Binary,
    Empty,
}

/// The format a file name announces, if its extension is one of ours.
pub(crate) fn by_extension(name: &str) -> Option<Format> {
    let name = name.to_ascii_lowercase();
    if name.ends_with(".warc.gz") || name.ends_with(".warc") {
        return Some(Format::Warc);
    }
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "txt" | "md" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "xml" | "rss" | "atom" => Some(Format::Feed),
        _ => None,
    }
}

/// Extensions of files that are text but never articles (code, data,
/// configuration): skipped in folders even though they sniff as text.
pub(crate) fn is_non_article_extension(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let Some((_, ext)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(
        ext,
        "json"
            | "js"
            | "mjs"
            | "css"
            | "csv"
            | "tsv"
            | "yaml"
            | "yml"
            | "toml"
            | "ini"
            | "cfg"
            | "conf"
            | "lock"
            | "log"
            | "sh"
            | "py"
            | "rs"
            | "c"
            | "h"
            | "go"
            | "java"
            | "sql"
            | "svg"
    )
}

/// The format an HTTP Content-Type announces, when it is specific enough.
pub(crate) fn by_content_type(content_type: &str) -> Option<Format> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(Format::Html),
        "application/rss+xml" | "application/atom+xml" | "application/rdf+xml" => {
            Some(Format::Feed)
        }
        "application/warc" => Some(Format::Warc),
        "application/x-ndjson" | "application/jsonl" | "application/jsonlines" => {
            Some(Format::Jsonl)
        }
        _ => None,
    }
}

/// Sniff the first bytes of a stream (`prefix` may be the whole of it).
pub(crate) fn sniff(prefix: &[u8]) -> Sniffed {
    if prefix.starts_with(b"WARC/") {
        return Sniffed::Format(Format::Warc);
    }
    if prefix.starts_with(&[0x1f, 0x8b]) {
        return if gzip_holds_warc(prefix) {
            Sniffed::Format(Format::Warc)
        } else {
            Sniffed::Binary
        };
    }
    // UTF-16 text carries NUL bytes; its byte-order mark vouches for it.
    if prefix.starts_with(&[0xff, 0xfe]) || prefix.starts_with(&[0xfe, 0xff]) {
        return Sniffed::Format(Format::Text);
    }
    let body = prefix.strip_prefix(b"\xef\xbb\xbf").unwrap_or(prefix);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let body = &body[start..];
    if body.is_empty() {
        return Sniffed::Empty;
    }
    if looks_binary(prefix) {
        return Sniffed::Binary;
    }
    if body[0] == b'<' {
        let head = ascii_lower(&body[..body.len().min(2048)]);
        let after = skip_prolog(&head);
        if after.starts_with("<!doctype html") || after.starts_with("<html") {
            return Sniffed::Format(Format::Html);
        }
        if has_tag(&head, "rss") || has_tag(&head, "feed") || has_tag(&head, "rdf:rdf") {
            return Sniffed::Format(Format::Feed);
        }
    }
    if body.starts_with(b"{") {
        match body.iter().position(|&b| b == b'\n') {
            Some(end) if body[..end].trim_ascii_end().ends_with(b"}") => {
                return Sniffed::Format(Format::Jsonl)
            }
            None if body.starts_with(b"{\"") => return Sniffed::Format(Format::Jsonl),
            _ => {}
        }
    }
    Sniffed::Format(Format::Text)
}

/// Binary rather than text in some encoding: NUL bytes, or more than one
/// byte in twenty a control character (the rule of `detente-text`).
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(65536)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    control * 20 > head.len().max(1)
}

/// Whether inline feed content is HTML rather than plain text: an opening or
/// closing tag, or a character reference.
pub(crate) fn has_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        && text.contains('>')
}

/// Whether a gzip stream starts with a WARC record.
fn gzip_holds_warc(prefix: &[u8]) -> bool {
    let mut head = [0u8; 5];
    let mut decoder = flate2::read::GzDecoder::new(prefix);
    let mut filled = 0;
    while filled < head.len() {
        match decoder.read(&mut head[filled..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    filled == head.len() && &head == b"WARC/"
}

fn ascii_lower(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                b.to_ascii_lowercase() as char
            } else {
                '\u{fffd}'
            }
        })
        .collect()
}

/// Skip an XML declaration, processing instructions and comments.
fn skip_prolog(mut s: &str) -> &str {
    loop {
        s = s.trim_start();
        let end = if s.starts_with("<?") {
            s.find("?>").map(|i| i + 2)
        } else if s.starts_with("<!--") {
            s.find("-->").map(|i| i + 3)
        } else {
            return s;
        };
        match end {
            Some(end) => s = &s[end..],
            None => return "",
        }
    }
}

/// An opening tag `<name` followed by a space, `>` or `/`.
fn has_tag(head: &str, name: &str) -> bool {
    let pattern = format!("<{name}");
    head.match_indices(&pattern).any(|(i, _)| {
        matches!(
            head.as_bytes().get(i + pattern.len()),
            Some(b' ' | b'\t' | b'\r' | b'\n' | b'>' | b'/')
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(by_extension("a/B.HTML"), Some(Format::Html));
        assert_eq!(by_extension("x.warc.gz"), Some(Format::Warc));
        assert_eq!(by_extension("x.gz"), None);
        assert_eq!(by_extension("notes.md"), Some(Format::Text));
        assert_eq!(by_extension("feed.atom"), Some(Format::Feed));
        assert_eq!(by_extension("c.ndjson"), Some(Format::Jsonl));
        assert_eq!(by_extension("README"), None);
    }

    #[test]
    fn sniffing() {
        let html = |s: &str| sniff(s.as_bytes());
        assert_eq!(
            html("\u{feff}  <!DOCTYPE html><p>"),
            Sniffed::Format(Format::Html)
        );
        assert_eq!(
            html("<?xml version=\"1.0\"?>\n<!-- c -->\n<html xmlns=\"x\">"),
            Sniffed::Format(Format::Html)
        );
        assert_eq!(
            html("<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Sniffed::Format(Format::Feed)
        );
        assert_eq!(
            html("<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Sniffed::Format(Format::Feed)
        );
        assert_eq!(
            html("<feedback>x</feedback>"),
            Sniffed::Format(Format::Text)
        );
        assert_eq!(html("WARC/1.0\r\n"), Sniffed::Format(Format::Warc));
        assert_eq!(
            html("{\"id\":\"a\",\"text\":\"b\"}\n{}"),
            Sniffed::Format(Format::Jsonl)
        );
        assert_eq!(html("Lavrov met Rubio."), Sniffed::Format(Format::Text));
        assert_eq!(html(" \n "), Sniffed::Empty);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0"), Sniffed::Binary);
        assert_eq!(sniff(b""), Sniffed::Empty);
    }

    #[test]
    fn gzip_warc_is_sniffed() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n")
            .unwrap();
        let gz = enc.finish().unwrap();
        assert_eq!(sniff(&gz), Sniffed::Format(Format::Warc));
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"just text").unwrap();
        assert_eq!(sniff(&enc.finish().unwrap()), Sniffed::Binary);
    }

    #[test]
    fn markup() {
        assert!(has_markup("<p>Talks</p>"));
        assert!(!has_markup("2 < 3 and 4 > 1"));
        assert!(!has_markup("plain"));
    }
}
