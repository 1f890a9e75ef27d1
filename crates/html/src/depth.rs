//! A cap on element nesting, applied to the markup before it is parsed.
//!
//! The HTML tree builder (html5ever) looks through the stack of open
//! elements for every block start tag ("is a `<p>` open in button
//! scope?"), so a page of n nested `<div>`s costs n²/2 steps to parse, and
//! every walk of the tree after it (ours, and the general extractor's)
//! pays for the depth again. Browsers bound this: Chromium's parser puts
//! no element deeper than 512 levels, attaching deeper ones to the element
//! at the limit instead. We do the same before parsing: start tags that
//! would open an element deeper than [`MAX_DEPTH`] are removed from the
//! markup, with their end tags, and their content (text, and any element
//! that does not nest further) stays where it is, inside the deepest
//! element kept. Pages that never go that deep are returned unchanged.
//!
//! The depth is that of the tree the HTML parser would build, followed
//! closely enough for this purpose in one pass over the tags: end tags
//! close the element they name when the parser would (scope rules),
//! `<p>`, `<li>`, `<dd>`/`<dt>`, table cells and rows, `<option>` and `<a>`
//! close the open element of their kind as the parser does, void elements
//! and raw text (`<script>`, `<style>`, `<textarea>`, `<title>`) do not
//! nest. Every step is constant time (amortised), so the pass is linear.

use std::borrow::Cow;
use std::collections::HashMap;

/// Deepest element kept (elements, counted from `<html>`). Real pages stay
/// under about 60; Chromium's parser limit is 512.
pub(crate) const MAX_DEPTH: usize = 256;

/// Tag classes (bit flags) that matter for the depth.
const SPECIAL: u8 = 1; // the parser's "special" category
const SCOPE: u8 = 2; // bounds the default scope
const VOID: u8 = 4; // never has content
const RAW: u8 = 8; // content is text up to the end tag
const CLOSES_P: u8 = 16; // a start tag that closes an open <p>

fn class_of(name: &[u8]) -> u8 {
    match name {
        b"html" | b"applet" | b"caption" | b"table" | b"td" | b"th" | b"marquee" | b"object"
        | b"template" => SPECIAL | SCOPE,
        b"area" | b"base" | b"basefont" | b"bgsound" | b"br" | b"col" | b"embed" | b"frame"
        | b"img" | b"input" | b"keygen" | b"link" | b"meta" | b"param" | b"source" | b"track"
        | b"wbr" => SPECIAL | VOID,
        b"hr" => SPECIAL | VOID | CLOSES_P,
        b"image" => VOID,
        b"script" | b"style" | b"textarea" | b"title" | b"iframe" | b"noembed" | b"noframes" => {
            SPECIAL | RAW
        }
        b"xmp" => SPECIAL | RAW | CLOSES_P,
        b"plaintext" => SPECIAL | RAW | CLOSES_P,
        b"address" | b"article" | b"aside" | b"blockquote" | b"center" | b"details" | b"dialog"
        | b"dir" | b"div" | b"dl" | b"fieldset" | b"figcaption" | b"figure" | b"footer"
        | b"header" | b"hgroup" | b"main" | b"menu" | b"nav" | b"ol" | b"p" | b"search"
        | b"section" | b"summary" | b"ul" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6"
        | b"pre" | b"listing" | b"form" | b"li" | b"dd" | b"dt" => SPECIAL | CLOSES_P,
        b"body" | b"button" | b"colgroup" | b"frameset" | b"head" | b"noscript" | b"select"
        | b"tbody" | b"tfoot" | b"thead" | b"tr" => SPECIAL,
        _ => 0,
    }
}

/// A tag name as a number (FNV-1a of the lower-case name).
fn key(name: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in name {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The stack of open elements, with the positions of each name and of
/// scope-bounding and special elements, so that "is X open in scope" is
/// one comparison and closing is amortised constant time.
#[derive(Default)]
struct Stack {
    elems: Vec<(u64, u8)>,
    by_name: HashMap<u64, Vec<usize>>,
    scope: Vec<usize>,
    special: Vec<usize>,
}

impl Stack {
    fn push(&mut self, k: u64, class: u8) {
        let at = self.elems.len();
        self.elems.push((k, class));
        self.by_name.entry(k).or_default().push(at);
        if class & SCOPE != 0 {
            self.scope.push(at);
        }
        if class & SPECIAL != 0 {
            self.special.push(at);
        }
    }

    /// Close the element at `at` and everything opened after it.
    fn truncate(&mut self, at: usize) {
        while self.elems.len() > at {
            let (k, class) = self.elems.pop().expect("not empty");
            if let Some(v) = self.by_name.get_mut(&k) {
                v.pop();
            }
            if class & SCOPE != 0 {
                self.scope.pop();
            }
            if class & SPECIAL != 0 {
                self.special.pop();
            }
        }
    }

    fn last(&self, name: &[u8]) -> Option<usize> {
        self.by_name.get(&key(name)).and_then(|v| v.last().copied())
    }

    fn last_of(&self, names: &[&[u8]]) -> Option<usize> {
        names.iter().filter_map(|n| self.last(n)).max()
    }

    /// Where the open `name` is, if it is open above every element in
    /// `bounds` and above the default scope's bounds.
    fn in_scope(&self, name: &[u8], bounds: &[&[u8]]) -> Option<usize> {
        let at = self.last(name)?;
        let bound = self
            .scope
            .last()
            .copied()
            .into_iter()
            .chain(self.last_of(bounds))
            .max();
        bound.is_none_or(|b| at >= b).then_some(at)
    }

    /// Close `name` (and what is open inside it) if it is open above
    /// `bounds` and the default scope.
    fn close(&mut self, name: &[u8], bounds: &[&[u8]]) {
        if let Some(at) = self.in_scope(name, bounds) {
            self.truncate(at);
        }
    }

    /// Close `name` if it is open above every other element of the
    /// special category (as `<li>` closes an open `<li>`).
    fn close_if_nearest(&mut self, names: &[&[u8]]) {
        let Some(at) = self.last_of(names) else {
            return;
        };
        let blocker = self.special.iter().rev().find(|&&s| {
            let (k, _) = self.elems[s];
            !names.iter().any(|n| key(n) == k)
                && k != key(b"address")
                && k != key(b"div")
                && k != key(b"p")
        });
        if blocker.is_none_or(|&b| at > b) {
            self.truncate(at);
        }
    }

    /// The parser's steps for a start tag before it opens the element.
    fn before_start(&mut self, name: &[u8], class: u8) {
        if class & CLOSES_P != 0 {
            self.close(b"p", &[b"button"]);
        }
        match name {
            b"li" => self.close_if_nearest(&[b"li"]),
            b"dd" | b"dt" => self.close_if_nearest(&[b"dd", b"dt"]),
            b"td" | b"th" => self.close(b"td", &[b"table"]),
            b"tr" => self.close(b"tr", &[b"table"]),
            b"tbody" | b"thead" | b"tfoot" => {
                for n in [&b"tbody"[..], b"thead", b"tfoot"] {
                    self.close(n, &[b"table"]);
                }
            }
            b"option" | b"optgroup" => {
                if let Some(at) = self.last(b"option") {
                    if at + 1 == self.elems.len() {
                        self.truncate(at);
                    }
                }
            }
            // A new link or <nobr> ends an open one (adoption agency) when
            // no block is open inside it; with one, the parser moves
            // elements around, and counting it all as nesting is the safe
            // side (more depth, never less).
            b"a" | b"nobr" => {
                if let Some(at) = self.in_scope(name, &[]) {
                    if self.special.last().is_none_or(|&s| s < at) {
                        self.truncate(at);
                    }
                }
            }
            b"table" => {
                // A table straight inside a table (not in a cell) ends it.
                let table = self.last(b"table");
                let cell = self.last_of(&[b"td", b"th", b"caption"]);
                if let Some(t) = table {
                    if cell.is_none_or(|c| c < t) {
                        self.truncate(t);
                    }
                }
            }
            _ => {}
        }
        // <th> cells close like <td>s.
        if name == b"td" || name == b"th" {
            self.close(b"th", &[b"table"]);
        }
    }

    /// Open the `<tbody>` (and `<tr>`, for a cell) the parser adds between
    /// a table and a row or cell written straight inside it.
    fn imply_table_parents(&mut self, name: &[u8], max: usize) {
        let Some(table) = self.last(b"table") else {
            return;
        };
        if self
            .last_of(&[b"td", b"th", b"caption"])
            .is_some_and(|c| c > table)
        {
            return;
        }
        let section = self.last_of(&[b"tbody", b"thead", b"tfoot"]);
        if section.is_none_or(|s| s < table) && self.elems.len() < max {
            self.push(key(b"tbody"), class_of(b"tbody"));
        }
        if name != b"tr" && self.last(b"tr").is_none_or(|r| r < table) && self.elems.len() < max {
            self.push(key(b"tr"), class_of(b"tr"));
        }
    }

    /// The parser's steps for an end tag.
    fn end(&mut self, name: &[u8], class: u8) {
        match name {
            // The parser never closes these (content after them goes in).
            b"body" | b"html" => {}
            // Only before the body (after it, the parser ignores it).
            b"head" => {
                if self.last(b"body").is_none() {
                    self.close(name, &[]);
                }
            }
            b"p" => self.close(b"p", &[b"button"]),
            b"li" => self.close(b"li", &[b"ol", b"ul"]),
            b"td" | b"th" | b"tr" | b"tbody" | b"thead" | b"tfoot" | b"table" | b"caption" => {
                if let Some(at) = self.last(name) {
                    let t = self.last_of(&[b"table", b"template", b"html"]);
                    if t.is_none_or(|t| at >= t) {
                        self.truncate(at);
                    }
                }
            }
            _ if class & SPECIAL != 0 => self.close(name, &[]),
            _ => {
                // Any other end tag: the nearest element of that name,
                // unless an element of the special category is open
                // inside it (then the tag is ignored).
                if let Some(at) = self.last(name) {
                    if self.special.last().is_none_or(|&s| at >= s) {
                        self.truncate(at);
                    }
                }
            }
        }
    }
}

/// `html` with every element deeper than [`MAX_DEPTH`] flattened into
/// its ancestor at that depth (start and end tags removed, content kept),
/// and whether anything was flattened. Borrowed when nothing is.
pub(crate) fn cap_depth(html: &str) -> Cow<'_, str> {
    cap_depth_at(html, MAX_DEPTH)
}

fn cap_depth_at(html: &str, max: usize) -> Cow<'_, str> {
    // Fewer tags than the cap cannot nest past it.
    if memchr::memchr_iter(b'<', html.as_bytes())
        .nth(max)
        .is_none()
    {
        return Cow::Borrowed(html);
    }
    let b = html.as_bytes();
    let mut stack = Stack::default();
    // <html> is always open at the bottom.
    stack.push(key(b"html"), class_of(b"html"));
    // Byte ranges of the tags to remove.
    let mut removed: Vec<(usize, usize)> = Vec::new();
    // Start tags removed, by name, not yet matched by their end tag.
    let mut dropped: HashMap<u64, usize> = HashMap::new();
    // Open <svg>/<math> elements: inside them "/>" closes an element.
    let mut foreign = 0usize;
    let mut name = Vec::with_capacity(16);
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        let next = b.get(lt + 1).copied();
        match next {
            Some(b'!') => {
                i = if b[lt..].starts_with(b"<!-->") {
                    lt + 5
                } else if b[lt..].starts_with(b"<!--->") {
                    lt + 6
                } else if b[lt..].starts_with(b"<!--") {
                    memchr::memmem::find(&b[lt + 4..], b"-->").map_or(b.len(), |e| lt + 4 + e + 3)
                } else {
                    memchr::memchr(b'>', &b[lt..]).map_or(b.len(), |e| lt + e + 1)
                };
            }
            Some(b'?') => {
                i = memchr::memchr(b'>', &b[lt..]).map_or(b.len(), |e| lt + e + 1);
            }
            Some(b'/') if b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let after = read_name(b, lt + 2, &mut name);
                let end = memchr::memchr(b'>', &b[after..]).map_or(b.len(), |e| after + e + 1);
                i = end;
                let k = key(&name);
                if let Some(n) = dropped.get_mut(&k).filter(|n| **n > 0) {
                    *n -= 1;
                    removed.push((lt, end));
                    continue;
                }
                if (name == b"svg" || name == b"math") && stack.last(&name).is_some() {
                    foreign = foreign.saturating_sub(1);
                }
                stack.end(&name, class_of(&name));
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let after = read_name(b, lt + 1, &mut name);
                let (end, self_closing) = tag_end(b, after);
                i = end;
                let class = class_of(&name);
                if class & RAW != 0 {
                    if name == b"plaintext" {
                        break;
                    }
                    // Raw text: skip to its end tag, which the loop then reads.
                    i = find_end_tag(b, end, &name);
                    continue;
                }
                if class & VOID != 0 || (self_closing && foreign > 0) {
                    if class & CLOSES_P != 0 {
                        stack.before_start(&name, class);
                    }
                    continue;
                }
                stack.before_start(&name, class);
                // Rows and cells straight in a table get the parser's
                // implied <tbody> and <tr>.
                if matches!(name.as_slice(), b"tr" | b"td" | b"th") {
                    stack.imply_table_parents(&name, max);
                }
                if stack.elems.len() >= max {
                    *dropped.entry(key(&name)).or_default() += 1;
                    removed.push((lt, end));
                    continue;
                }
                if name == b"svg" || name == b"math" {
                    foreign += 1;
                }
                stack.push(key(&name), class);
            }
            _ => i = lt + 1,
        }
    }
    if removed.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (s, e) in removed {
        out.push_str(&html[from..s]);
        from = e;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// Read the tag name starting at `at` into `name` (lower-case); returns
/// where the name ends.
fn read_name(b: &[u8], at: usize, name: &mut Vec<u8>) -> usize {
    name.clear();
    let mut j = at;
    while j < b.len() && !matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
        name.push(b[j].to_ascii_lowercase());
        j += 1;
    }
    j
}

/// The end of a start tag whose name ends at `at` (after its `>`), and
/// whether it ends with `/>`. Quoted attribute values may hold `>`.
fn tag_end(b: &[u8], mut j: usize) -> (usize, bool) {
    let mut slash = false;
    while j < b.len() {
        match b[j] {
            b'>' => return (j + 1, slash),
            b'/' => {
                slash = true;
                j += 1;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => j += 1,
            _ => {
                slash = false;
                // An attribute name, then maybe `= value`.
                while j < b.len()
                    && !matches!(
                        b[j],
                        b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'='
                    )
                {
                    j += 1;
                }
                while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                    j += 1;
                }
                if b.get(j) == Some(&b'=') {
                    j += 1;
                    while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                        j += 1;
                    }
                    match b.get(j) {
                        Some(&q @ (b'"' | b'\'')) => {
                            j = memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |e| j + 1 + e + 1);
                        }
                        _ => {
                            while j < b.len()
                                && !matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>')
                            {
                                j += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    (b.len(), slash)
}

/// Where the end tag `</name` of a raw text element starts, searching from
/// `from` (the end of the input if there is none).
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut j = from;
    while let Some(off) = memchr::memmem::find(&b[j..], b"</") {
        let at = j + off;
        let rest = &b[at + 2..];
        if rest.len() >= name.len()
            && rest[..name.len()].eq_ignore_ascii_case(name)
            && rest
                .get(name.len())
                .is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
        {
            return at;
        }
        j = at + 2;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_of(html: &str) -> usize {
        let doc = dom_query::Document::from(html);
        let mut max = 0;
        for n in doc.select("*").nodes() {
            max = max.max(n.ancestors_it(None).count() + 1);
        }
        max
    }

    #[test]
    fn shallow_pages_are_unchanged() {
        let html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><table><tr><td>x<td>y<tr><td>z</table></body></html>";
        assert!(matches!(cap_depth_at(html, 8), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let html = format!(
            "<html><body>{}deep text{}<p>after</p></body></html>",
            "<div class=\"x\">".repeat(100),
            "</div>".repeat(100)
        );
        let out = cap_depth_at(&html, 20);
        assert!(depth_of(&out) <= 20, "{}", depth_of(&out));
        let doc = dom_query::Document::from(out.as_ref());
        assert_eq!(doc.select("body").text().to_string(), "deep textafter");
        // The paragraph after the deep block is not inside it.
        assert_eq!(doc.select("body > p").length(), 1);
    }

    #[test]
    fn unclosed_paragraphs_and_items_do_not_count_as_nesting() {
        let many = "<p>para".repeat(50) + &"<li>item".repeat(50) + &"<tr><td>a<td>b".repeat(50);
        let html = format!("<html><body><div>{many}</div></body></html>");
        assert!(matches!(cap_depth_at(&html, 10), Cow::Borrowed(_)));
    }

    #[test]
    fn raw_text_and_quoted_brackets_are_not_tags() {
        let html = format!(
            "<html><body><script>{}</script><div title=\"a<div>b\">{}</div></body></html>",
            "<div>".repeat(50),
            "<br>".repeat(50)
        );
        assert!(matches!(cap_depth_at(&html, 10), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_spans_lists_and_tables_are_flattened() {
        for (open, close) in [
            ("<span>", "</span>"),
            ("<ul><li>", "</li></ul>"),
            ("<table><tr><td>", "</td></tr></table>"),
            ("<b>", "</b>"),
        ] {
            let html = format!(
                "<html><body>{}text{}</body></html>",
                open.repeat(200),
                close.repeat(200)
            );
            let out = cap_depth_at(&html, 30);
            assert!(depth_of(&out) <= 31, "{open}: {}", depth_of(&out));
            assert!(out.contains("text"));
        }
    }

    #[test]
    fn an_empty_comment_does_not_hide_the_rest() {
        let html = format!(
            "<html><body><!-->{}text{}</body></html>",
            "<div>".repeat(100),
            "</div>".repeat(100)
        );
        assert!(depth_of(&cap_depth_at(&html, 20)) <= 20);
    }

    #[test]
    fn a_closed_body_does_not_reset_the_count() {
        for end in ["</body>", "</html>", "</head>"] {
            let html = "<html><head></head><body>".to_string()
                + &format!("{}{end}", "<div>".repeat(15)).repeat(10)
                + "text</html>";
            assert!(depth_of(&cap_depth_at(&html, 20)) <= 20, "{end}");
        }
    }
}
