//! Bytes to a string: which charset a page is in, and whether it is HTML.
//!
//! Order (WHATWG's, which puts the byte-order mark first because it cannot
//! lie): BOM, then the `Content-Type` header's charset, then a `<meta
//! charset>` / `http-equiv` / `<?xml encoding?>` declaration in the first
//! bytes, then `chardetng` (which gets windows-1251 and KOI8-R right; it
//! names KOI8-R text KOI8-U, which has the same Russian letters).
//!
//! Two corrections are applied to a declared charset because mislabelled
//! pages are common and both signals are near-certain: a declared UTF-8 that
//! does not validate is sniffed instead, and a declared legacy charset on
//! bytes that are valid, non-ASCII UTF-8 is read as UTF-8.

use encoding_rs::Encoding;

/// How far into the page declarations are looked for (the spec says 1024
/// bytes; real pages put long `<script>`s first).
const PRESCAN: usize = 8192;

/// Decode `bytes` (not empty, not binary: the caller checked).
pub(crate) fn decode(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
) -> (String, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(|label| Encoding::for_label(label.as_bytes()))
        .or_else(|| prescan(&bytes[..bytes.len().min(PRESCAN)]));
    let is_utf8 = std::str::from_utf8(bytes).is_ok();
    let enc = match declared {
        Some(enc) if enc == encoding_rs::UTF_8 && !is_utf8 => sniff(bytes, url),
        Some(enc) if enc != encoding_rs::UTF_8 && is_utf8 && !bytes.is_ascii() => {
            encoding_rs::UTF_8
        }
        Some(enc) => enc,
        None if is_utf8 => encoding_rs::UTF_8,
        None => sniff(bytes, url),
    };
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), enc.name())
}

fn sniff(bytes: &[u8], url: Option<&str>) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let tld = url.and_then(tld);
    det.guess(
        tld.as_deref().map(str::as_bytes),
        chardetng::Utf8Detection::Allow,
    )
}

/// The top-level domain of a URL, lower-case ASCII (a hint for chardetng).
fn tld(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_ascii_lowercase();
    let last = host.rsplit('.').next()?;
    (last.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') && !last.is_empty())
        .then(|| last.to_string())
}

/// `charset=...` in a `Content-Type` value.
pub(crate) fn charset_param(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '>' || c.is_whitespace())
        .unwrap_or(rest.len());
    let label = &rest[..end];
    (!label.is_empty()).then(|| label.to_string())
}

/// A charset declared in the head of the page: `<meta charset>`,
/// `<meta http-equiv="Content-Type" content="...; charset=...">`, or an XML
/// declaration's `encoding`.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    // An XML declaration comes first if at all.
    let start = lower
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    if lower[start..].starts_with(b"<?xml") {
        let end = find(&lower[start..], b"?>").map_or(lower.len(), |e| start + e);
        if let Some(label) = attr_value(&lower[start..end], b"encoding") {
            if let Some(enc) = Encoding::for_label(label.as_bytes()) {
                return Some(meta_rule(enc));
            }
        }
    }
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = lower[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        let label = attr_value(tag, b"charset").or_else(|| {
            let s = String::from_utf8_lossy(tag);
            if s.contains("http-equiv") && s.contains("content-type") {
                charset_param(&s)
            } else {
                None
            }
        });
        if let Some(enc) = label.and_then(|l| Encoding::for_label(l.as_bytes())) {
            return Some(meta_rule(enc));
        }
        from = tag_end;
    }
    None
}

/// WHATWG: a page cannot declare itself UTF-16 from inside; x-user-defined
/// means windows-1252.
fn meta_rule(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else if enc == encoding_rs::X_USER_DEFINED {
        encoding_rs::WINDOWS_1252
    } else {
        enc
    }
}

/// The value of `name=value` / `name="value"` inside a tag (lower-cased).
fn attr_value(tag: &[u8], name: &[u8]) -> Option<String> {
    let mut from = 0;
    while let Some(at) = find(&tag[from..], name) {
        let pos = from + at;
        from = pos + name.len();
        // A whole attribute name: preceded by a space or quote, not by a letter or '-'.
        if pos > 0
            && !matches!(
                tag[pos - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'/'
            )
        {
            continue;
        }
        let mut i = from;
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= tag.len() || tag[i] != b'=' {
            continue;
        }
        i += 1;
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        let quote = tag.get(i).copied().filter(|&q| q == b'"' || q == b'\'');
        if quote.is_some() {
            i += 1;
        }
        let start = i;
        while i < tag.len() {
            let b = tag[i];
            if Some(b) == quote || (quote.is_none() && (b.is_ascii_whitespace() || b == b'/')) {
                break;
            }
            if matches!(b, b';' | b'>' | b'?' | b'"' | b'\'') {
                break;
            }
            i += 1;
        }
        let value = String::from_utf8_lossy(&tag[start..i]).trim().to_string();
        if !value.is_empty() {
            return Some(value);
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// NUL bytes, or many control bytes, in the first 64 KiB mean binary data
/// (UTF-16 text has a BOM and is looked at after decoding).
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return false;
    }
    let head = &bytes[..bytes.len().min(65536)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > head.len().max(1)
}

/// The first `n` bytes as ASCII-lower-case text, decoding UTF-16 with a BOM.
fn head_lower(bytes: &[u8], n: usize) -> String {
    match Encoding::for_bom(bytes) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            let end = (bom + 2 * n).min(bytes.len()) & !1;
            let (text, _) = enc.decode_without_bom_handling(&bytes[bom..end.max(bom)]);
            text.to_ascii_lowercase()
        }
        Some((_, bom)) => {
            String::from_utf8_lossy(&bytes[bom..(bom + n).min(bytes.len())]).to_ascii_lowercase()
        }
        None => String::from_utf8_lossy(&bytes[..n.min(bytes.len())]).to_ascii_lowercase(),
    }
}

/// Tags that, at the start of a fragment, make it HTML.
const FRAGMENT_TAGS: &[&str] = &[
    "p",
    "div",
    "article",
    "section",
    "main",
    "span",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "table",
    "ul",
    "ol",
    "br",
    "img",
    "figure",
    "header",
    "nav",
    "form",
    "script",
    "style",
    "link",
    "b",
    "i",
    "strong",
    "em",
    "blockquote",
    "pre",
    "iframe",
    "center",
    "font",
];

/// Whether `bytes` look like an HTML document or fragment: a doctype,
/// `<html>`, `<head>` or `<body>` near the start, or text that opens with a
/// known HTML tag. Cheap: looks at the first 4 KiB only.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    if looks_binary(bytes) {
        return false;
    }
    let head = head_lower(bytes, 4096);
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if !trimmed.contains('<') {
        return false;
    }
    // XML is a page only as XHTML (not RSS, SVG, sitemaps).
    if trimmed.starts_with("<?xml") {
        return head.contains("<!doctype html") || head.contains("<html");
    }
    for marker in [
        "<!doctype html",
        "<html",
        "<head>",
        "<head ",
        "<body",
        "<meta ",
        "<title>",
    ] {
        if head.contains(marker) {
            return true;
        }
    }
    // A fragment: skip leading comments, then a known tag.
    let mut rest = trimmed;
    while let Some(after) = rest.strip_prefix("<!--") {
        match after.find("-->") {
            Some(end) => rest = after[end + 3..].trim_start(),
            None => return false,
        }
    }
    let Some(tag) = rest.strip_prefix('<') else {
        return false;
    };
    let name: String = tag
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let next = tag[name.len()..].chars().next();
    FRAGMENT_TAGS.contains(&name.as_str()) && matches!(next, Some('>' | ' ' | '/' | '\n' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_wins_over_meta() {
        let text = "<meta charset=\"utf-8\"><p>Переговоры</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (s, enc) = decode(&bytes, Some("text/html; charset=windows-1251"), None);
        assert_eq!(enc, "windows-1251");
        assert!(s.contains("Переговоры"));
    }

    #[test]
    fn meta_http_equiv_and_meta_charset_are_read() {
        let a = b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>";
        assert_eq!(prescan(a).unwrap().name(), "KOI8-R");
        let b = b"<meta charset=windows-1251><title>x</title>";
        assert_eq!(prescan(b).unwrap().name(), "windows-1251");
        let c = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>";
        assert_eq!(prescan(c).unwrap().name(), "windows-1251");
        assert!(prescan(b"<meta name=\"description\" content=\"charset talk\">").is_none());
    }

    #[test]
    fn declared_utf8_that_is_not_is_sniffed() {
        let text = "<html><head><meta charset=utf-8></head><body><p>Министр иностранных дел России провел переговоры с коллегой в Анкаре.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let (s, enc) = decode(&bytes, None, Some("https://example.ru/a"));
        assert_eq!(enc, "windows-1251");
        assert!(s.contains("Министр"));
    }

    #[test]
    fn charset_param_parses_quotes_and_case() {
        assert_eq!(
            charset_param("text/html; Charset=\"KOI8-R\"").unwrap(),
            "koi8-r"
        );
        assert_eq!(charset_param("text/html").as_deref(), None);
    }

    #[test]
    fn tld_of_url() {
        assert_eq!(
            tld("https://www.kommersant.ru/doc/1").as_deref(),
            Some("ru")
        );
        assert_eq!(tld("not a url"), None);
    }
}
