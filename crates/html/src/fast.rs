//! The cheap main-text path: pages whose article is one unambiguous
//! container (one `itemprop=articleBody`, else one `<article>`, else the
//! element whose own paragraphs hold the most text) holding nearly all of
//! the page's paragraph text. Its text blocks are read
//! straight from the tree we already parsed for the metadata, so the page is
//! parsed once and the general extractor (`extract.rs`) does not run.
//!
//! Page furniture inside the container is dropped by the same class words
//! as in polish.rs. Anything this path cannot judge as well as the general
//! extractor answers `None`, and the caller falls back to it: tables,
//! preformatted text, nested articles, frames, very deep nesting, a block
//! made only of links (a list of other stories), a class or id that looks
//! like a widget the furniture words do not name ("jp-relatedposts",
//! "sharedaddy"), or a container that does not hold the page's text.

use crate::polish::is_furniture;
use dom_query::{Document, NodeRef};

/// Share of the body's paragraph text the container must hold.
const MIN_SHARE: f64 = 0.85;
/// Paragraph text (characters) the container must hold at least.
const MIN_TEXT: usize = 200;
/// Deeper than this is not a simple article: fall back.
const MAX_DEPTH: usize = 40;
/// Furniture elements with more text than this are kept (as in polish.rs).
const SMALL: usize = 500;

/// Subtrees that never hold article text.
const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "form",
    "menu",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "canvas",
    "object",
    "embed",
    "audio",
    "video",
    "map",
    "dialog",
    "head",
    "link",
    "meta",
    "img",
    "picture",
    "source",
    "amp-ad",
    "amp-embed",
    "amp-sticky-ad",
    "amp-consent",
    "amp-social-share",
    "amp-sidebar",
];

/// Inside these the general extractor knows better.
const BAIL: &[&str] = &[
    "table", "pre", "article", "iframe", "frameset", "frame", "math", "textarea",
];

/// Parts of class or id names (substrings) of boilerplate widgets, after
/// trafilatura's discard patterns: met on an element the furniture words
/// did not catch, they send the page to the general extractor.
const WIDGET: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "comment",
    "widget",
    "likes",
    "jetpack",
    "sharedaddy",
    "addtoany",
    "newsletter",
    "subscri",
    "promo",
    "sponsor",
    "advert",
    "cookie",
    "consent",
    "taboola",
    "outbrain",
    "trending",
    "popular",
    "mostread",
    "most-read",
    "more-from",
    "login",
    "signup",
    "sidebar",
    "teaser",
    "banner",
    "footer",
    "nav",
];

/// Elements that start a new text block.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figure",
    "figcaption",
    "header",
    "main",
    "address",
    "hr",
    "center",
    "details",
    "summary",
];

/// The container's text blocks, as raw lines in page order, or `None` when
/// the page is not a simple one-article page.
pub(crate) fn paragraphs(doc: &Document) -> Option<Vec<String>> {
    // Paragraph text (non-space characters) of the page, and by parent element.
    let mut total = 0usize;
    let mut by_parent: Vec<(NodeRef, usize)> = Vec::new();
    let paras = doc.select("body p");
    for p in paras.nodes() {
        let n = p.text().chars().filter(|c| !c.is_whitespace()).count();
        total += n;
        if let Some(parent) = p.parent() {
            match by_parent.iter_mut().find(|(q, _)| q.id == parent.id) {
                Some((_, m)) => *m += n,
                None => by_parent.push((parent, n)),
            }
        }
    }
    if total == 0 {
        return None;
    }
    let container = container(doc).or_else(|| {
        // No markup names the article: the element whose own paragraphs
        // hold the most text.
        by_parent
            .iter()
            .max_by_key(|(_, n)| *n)
            .map(|(node, _)| *node)
    })?;
    let mut walk = Walk {
        lines: Vec::new(),
        line: String::new(),
        text_chars: 0,
        line_chars: 0,
        link_chars: 0,
        in_link: 0,
    };
    walk.children(&container, 0).ok()?;
    walk.flush().ok()?;
    if walk.text_chars < MIN_TEXT {
        return None;
    }
    // The container must hold nearly all the paragraph text of the page.
    let inside: usize = by_parent
        .iter()
        .filter(|(parent, _)| {
            parent.id == container.id || parent.ancestors_it(None).any(|a| a.id == container.id)
        })
        .map(|(_, n)| n)
        .sum();
    if (inside as f64) < MIN_SHARE * total as f64 {
        return None;
    }
    Some(walk.lines)
}

/// The one element marked as the article body, else the one `<article>`.
fn container(doc: &Document) -> Option<NodeRef<'_>> {
    for selector in ["body [itemprop=articleBody]", "body article"] {
        let found = doc.select(selector);
        let nodes = found.nodes();
        match nodes.len() {
            0 => continue,
            1 => return Some(nodes[0]),
            _ => return None,
        }
    }
    None
}

struct Walk {
    lines: Vec<String>,
    line: String,
    /// Non-space characters of text kept.
    text_chars: usize,
    /// Non-space characters of the current line, and of them inside links.
    line_chars: usize,
    link_chars: usize,
    /// Depth of `<a>` elements around the current node.
    in_link: usize,
}

/// Why the walk gave up.
struct Bail;

impl Walk {
    /// End the current line; a line of links only is a list of other
    /// stories, which the general extractor judges better.
    fn flush(&mut self) -> Result<(), Bail> {
        let links_only = self.line_chars > 0 && self.link_chars == self.line_chars;
        if !self.line.trim().is_empty() {
            self.lines.push(std::mem::take(&mut self.line));
        } else {
            self.line.clear();
        }
        self.line_chars = 0;
        self.link_chars = 0;
        if links_only {
            return Err(Bail);
        }
        Ok(())
    }

    fn children(&mut self, node: &NodeRef, depth: usize) -> Result<(), Bail> {
        if depth > MAX_DEPTH {
            return Err(Bail);
        }
        let mut child = node.first_child();
        while let Some(c) = child {
            self.node(&c, depth + 1)?;
            child = c.next_sibling();
        }
        Ok(())
    }

    fn node(&mut self, node: &NodeRef, depth: usize) -> Result<(), Bail> {
        if node.is_text() {
            let t = node.text();
            let n = t.chars().filter(|c| !c.is_whitespace()).count();
            self.text_chars += n;
            self.line_chars += n;
            if self.in_link > 0 {
                self.link_chars += n;
            }
            self.line.push_str(&t);
            return Ok(());
        }
        if !node.is_element() {
            return Ok(());
        }
        let Some(name) = node.node_name() else {
            return Ok(());
        };
        let name = name.to_ascii_lowercase();
        if BAIL.contains(&name.as_str()) {
            return Err(Bail);
        }
        if SKIP.contains(&name.as_str()) || hidden(node) {
            return Ok(());
        }
        if name == "br" {
            return self.flush();
        }
        if is_furniture(node) && node.text().chars().count() <= SMALL {
            return Ok(());
        }
        if looks_like_widget(node) {
            return Err(Bail);
        }
        let block = BLOCK.contains(&name.as_str());
        if block {
            self.flush()?;
        }
        let link = name == "a";
        self.in_link += usize::from(link);
        let walked = self.children(node, depth);
        self.in_link -= usize::from(link);
        walked?;
        if block {
            self.flush()?;
        }
        Ok(())
    }
}

fn looks_like_widget(node: &NodeRef) -> bool {
    ["class", "id"].iter().any(|a| {
        node.attr(a).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            WIDGET.iter().any(|w| v.contains(w))
        })
    })
}

/// Hidden by markup: `hidden`, `aria-hidden="true"`, or `display:none`.
fn hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || node.attr("style").is_some_and(|s| {
            let s: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "The ministers met in Geneva on Tuesday and agreed to meet again in April after long and difficult negotiations about the ceasefire.";

    fn page(article: &str) -> String {
        format!(
            r#"<html><body><nav><a href="/">Home</a></nav><p class="cookie">We use cookies.</p>
            <article><h1>Talks in Geneva</h1><p>{PARA}</p>{article}<p>{PARA} Second.</p></article>
            <aside><ul><li><a href="/x">Other story</a></li></ul></aside></body></html>"#
        )
    }

    fn run(html: &str) -> Option<Vec<String>> {
        paragraphs(&Document::from(html))
    }

    #[test]
    fn one_article_is_read_from_the_tree() {
        let html = page(
            r#"<div class="share">Share on X</div><p>On <time datetime="2025-03-04">Tuesday</time> they spoke.<br>A new line.</p>
            <figure><img src=x alt="Alt text"><figcaption>The ministers in Geneva.</figcaption></figure>"#,
        );
        let lines = run(&html).expect("fast path");
        let lines: Vec<String> = lines.iter().map(|l| l.trim().to_string()).collect();
        assert_eq!(
            lines,
            vec![
                "Talks in Geneva".to_string(),
                PARA.to_string(),
                "On Tuesday they spoke.".to_string(),
                "A new line.".to_string(),
                "The ministers in Geneva.".to_string(),
                format!("{PARA} Second."),
            ]
        );
    }

    #[test]
    fn unusual_content_goes_to_the_general_extractor() {
        for inner in [
            "<table><tr><td>a</td></tr></table>",
            r#"<div class="jp-relatedposts"><p>Other</p></div>"#,
            r#"<ul><li><a href="/a">Another story entirely</a></li></ul>"#,
            "<article><p>Nested</p></article>",
        ] {
            assert!(run(&page(inner)).is_none(), "{inner}");
        }
    }

    #[test]
    fn a_container_without_most_of_the_text_is_not_used() {
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{PARA}</p></article><div><p>{PARA}</p><p>{PARA}</p></div></body></html>"
        );
        assert!(run(&html).is_none());
    }

    #[test]
    fn without_article_markup_the_densest_parent_is_the_container() {
        let html = format!(
            r#"<html><body><div class="menu"><p>Menu text</p></div><div class="content"><p>{PARA}</p><p>{PARA} Two.</p></div></body></html>"#
        );
        let lines = run(&html).expect("fast path");
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with("Two."));
    }
}
