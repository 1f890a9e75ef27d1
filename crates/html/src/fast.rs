//! The main-text path that reads the tree we already parsed for the
//! metadata, so most pages are parsed once and the general extractor
//! (`extract.rs`) does not run.
//!
//! The article container is chosen the way Readability chooses it: every
//! paragraph outside page furniture gives its text (less its link text) to
//! its parent and half of it to its grandparent; the best-scoring element,
//! with the siblings that score nearly as well (an article split into
//! several blocks), is the article. It is used only when it holds nearly
//! all the paragraph text of the page that is not furniture, and no long
//! text stands outside `<p>`s elsewhere; otherwise the page goes to the
//! general extractor.
//!
//! Inside the container, text blocks become lines. Left out: furniture
//! (navigation, asides, forms, hidden elements, elements whose class or id
//! names a widget: share bars, related links, comments, newsletters, ads,
//! captions), and blocks or lines made mostly of links (lists of other
//! stories). Tables become one line per row. The walk gives up (and the
//! general extractor runs) on frames, nested tables and very deep
//! containers.
//!
//! Everything is computed in a few linear passes over one flat list of the
//! body's nodes in document order.

use dom_query::{Document, NodeRef};

/// Share of the page's paragraph text the container must hold.
const MIN_SHARE: f64 = 0.85;
/// Text (non-space characters) the container must give at least.
const MIN_TEXT: usize = 200;
/// Containers deeper than this (relative) are not simple articles.
const MAX_DEPTH: u32 = 60;
/// A marked element holding less than this share of the page's paragraph
/// text is furniture; more, and the mark is more likely a layout name.
const MARKED_SHARE: f64 = 0.3;
/// Non-link text (non-space characters) that makes a line with links
/// more than a pointer: a headline link followed by a sentence of summary.
const OWN_TEXT: usize = 40;
/// Text runs shorter than this (non-space characters) outside paragraphs
/// are labels, not an article written without `<p>`s.
const LOOSE_MIN: u32 = 50;
/// A block or line whose text is at least this much link text is a list of
/// links to other pages.
const LINK_DENSE: f64 = 0.6;

/// Work (each element's depth plus [`ELEMENT_WORK`], summed) above which a
/// page is not handed to the general extractor, whose time grows with it
/// (about 1.7 µs a unit: 3 s for 12,000 elements 256 deep, 4 s for 100,000
/// elements side by side); the real pages of the benchmark stay well under.
const GENERAL_BUDGET: u64 = 800_000;
/// The general extractor's cost of an element, besides its depth.
const ELEMENT_WORK: u64 = 16;
/// Characters of text that cost the general extractor one unit (it writes
/// the page out again character by character: 3 s for 10 MB).
const TEXT_WORK: u64 = 8;

/// What the one-container path found.
pub(crate) enum Fast {
    /// The page is one article: its lines.
    Article(Vec<String>),
    /// Not plainly one article: the general extractor should read it.
    General,
    /// Not plainly one article, and too big and deep for the general
    /// extractor: the best container's lines (or the body's).
    TooBig(Vec<String>),
}

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
    "iframe",
    "figcaption",
    "amp-ad",
    "amp-embed",
    "amp-sticky-ad",
    "amp-consent",
    "amp-social-share",
    "amp-sidebar",
];

/// Inside the container, these send the page to the general extractor.
const BAIL: &[&str] = &["frameset", "frame", "math"];

/// Parts of class or id names (substrings) of boilerplate widgets, after
/// trafilatura's discard patterns.
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
    "caption",
    "breadcrumb",
    "byline",
    "author",
    "disqus",
    "paywall",
    "modal",
    "popup",
];

/// Elements that start a new text block.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
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
    "header",
    "main",
    "address",
    "hr",
    "center",
    "details",
    "summary",
    "table",
    "tr",
    "caption",
    "pre",
];

/// What a node is, for the walks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Block,
    Inline,
    Br,
    Cell,
    Table,
    Pre,
    P,
    Bail,
}

/// One node of the body, in document order.
struct Rec<'a> {
    node: NodeRef<'a>,
    kind: Kind,
    /// Index of the parent record (the body's children point at 0).
    parent: u32,
    /// One past the last record of this node's subtree.
    end: u32,
    /// Depth below the body.
    depth: u32,
    /// Never article text: a skipped tag, hidden, or (after the marks are
    /// weighed) a small element marked as furniture, or inside one.
    boiler: bool,
    /// Class or id names furniture or a widget.
    marked: bool,
    /// Inside an `<a>` (for text nodes: this text is link text).
    in_link: bool,
    /// Inside a heading (`<h1>`–`<h6>`).
    in_heading: bool,
    /// Inside a `<p>` (the nearest `<p>`'s index, or u32::MAX).
    p: u32,
    /// Non-space characters: of this text node, or of the subtree.
    chars: u32,
    /// Of `chars`, inside links.
    link: u32,
    /// Of `chars`, inside `<p>`s (innermost `<p>` counted).
    pchars: u32,
    /// A `<blockquote>` is in the subtree (an embedded post or a quote).
    quote: bool,
    /// `<a>` elements in the subtree, this one included.
    anchors: u32,
}

const NONE: u32 = u32::MAX;

/// The container's text blocks, as raw lines in page order, or `None` when
/// the page is not a simple one-article page.
pub(crate) fn paragraphs(doc: &Document) -> Fast {
    let Some(body) = doc.body() else {
        return Fast::General;
    };
    let mut recs = flatten(&body);
    if recs.len() < 2 {
        return Fast::General;
    }
    sum_subtrees(&mut recs);
    mark_boilerplate(&mut recs);
    let work: u64 = recs
        .iter()
        .map(|r| match r.kind {
            Kind::Text => u64::from(r.chars) / TEXT_WORK,
            _ => u64::from(r.depth) + ELEMENT_WORK,
        })
        .sum();
    if work <= GENERAL_BUDGET {
        match article(&recs, true) {
            Some(lines) => Fast::Article(lines),
            None => Fast::General,
        }
    } else {
        Fast::TooBig(article(&recs, false).unwrap_or_default())
    }
}

/// The article's lines. `strict`: `None` unless the page is plainly one
/// article; else the best reading there is (the best container, or the
/// whole body), for pages the general extractor cannot afford.
fn article(recs: &[Rec], strict: bool) -> Option<Vec<String>> {
    // Paragraph scores (Readability): text less link text to the parent,
    // half of it to the grandparent.
    let mut score = vec![0f64; recs.len()];
    let mut total = 0u64;
    for r in recs {
        if r.kind != Kind::P || r.boiler || r.pchars == 0 {
            continue;
        }
        let own = f64::from(r.pchars.saturating_sub(r.link));
        if f64::from(r.link) > LINK_DENSE * f64::from(r.pchars) {
            continue;
        }
        total += u64::from(r.pchars);
        let parent = r.parent as usize;
        score[parent] += own;
        let grand = recs[parent].parent as usize;
        if parent != 0 {
            score[grand] += own / 2.0;
        }
    }
    if total == 0 && strict {
        return None;
    }
    // Scores of candidates, less their link density.
    let best = (1..recs.len())
        .filter(|&i| score[i] > 0.0 && !recs[i].boiler)
        .map(|i| {
            let r = &recs[i];
            let density = f64::from(r.link) / f64::from(r.chars.max(1));
            (i, score[i] * (1.0 - density))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .or((!strict).then_some((0, 0.0)))?;
    let top = best.0;
    // Siblings of the same kind (tag and class) that score nearly as well
    // are parts of the same article.
    let threshold = (best.1 * 0.2).max(10.0);
    let kind_of = |n: &NodeRef| (n.node_name(), n.attr("class"));
    let top_kind = kind_of(&recs[top].node);
    let parent = recs[top].parent;
    let mut containers: Vec<usize> = Vec::new();
    let (mut i, parent_end) = if top == 0 {
        (0, 1)
    } else if parent == 0 {
        (1, recs.len())
    } else {
        (parent as usize + 1, recs[parent as usize].end as usize)
    };
    while i < parent_end {
        let r = &recs[i];
        if i == top {
            containers.push(i);
        } else if r.kind != Kind::Text
            && !r.boiler
            && score[i] >= threshold
            && kind_of(&r.node) == top_kind
        {
            let density = f64::from(r.link) / f64::from(r.chars.max(1));
            if density < 0.25 {
                containers.push(i);
            }
        }
        i = r.end as usize;
    }

    // The containers must hold nearly all the paragraph text.
    let mut inside = 0u64;
    for &c in &containers {
        for r in &recs[c..recs[c].end as usize] {
            if r.kind == Kind::P
                && !r.boiler
                && f64::from(r.link) <= LINK_DENSE * f64::from(r.pchars)
            {
                inside += u64::from(r.pchars);
            }
        }
    }
    if strict && (inside as f64) < MIN_SHARE * total as f64 {
        return None;
    }
    // Long text outside paragraphs elsewhere (an article written with
    // <br>s or bare <div>s) means the paragraphs are not the article;
    // short bits (labels, buttons, a paywall's "To read the full story")
    // do not count.
    let mut loose = 0u64;
    let mut j = 1;
    let mut in_cont = 0;
    while j < recs.len() {
        if in_cont < containers.len() && j == containers[in_cont] {
            j = recs[j].end as usize;
            in_cont += 1;
            continue;
        }
        let r = &recs[j];
        if r.boiler {
            j = r.end as usize;
            continue;
        }
        if r.kind == Kind::Text
            && !r.in_link
            && !r.in_heading
            && r.p == NONE
            && r.chars >= LOOSE_MIN
        {
            loose += u64::from(r.chars);
        }
        j += 1;
    }

    let mut walk = Walk {
        strict,
        ..Walk::default()
    };
    for &c in &containers {
        walk.run(recs, c)?;
    }
    let lines = walk.finish();
    let kept: usize = lines
        .iter()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if strict && (kept < MIN_TEXT || loose as f64 > 0.5 * kept as f64) {
        return None;
    }
    Some(lines)
}

/// The body's nodes in document order, with what each walk needs to know
/// from above (kind, depth, skipped tags, hidden, links, paragraphs) and
/// each text node's character counts. Iterative: no recursion on depth.
fn flatten<'a>(body: &NodeRef<'a>) -> Vec<Rec<'a>> {
    let mut recs: Vec<Rec<'a>> = Vec::with_capacity(1024);
    recs.push(Rec {
        node: *body,
        kind: Kind::Block,
        parent: 0,
        end: 0,
        depth: 0,
        boiler: false,
        marked: false,
        in_link: false,
        in_heading: false,
        p: NONE,
        chars: 0,
        link: 0,
        pchars: 0,
        quote: false,
        anchors: 0,
    });
    // Open ancestors (indices into recs).
    let mut open: Vec<u32> = vec![0];
    let mut next = body.first_child();
    while let Some(node) = next {
        let parent = *open.last().expect("body is open");
        let pr = &recs[parent as usize];
        let (p_boiler, p_link, p_p, p_depth, p_heading) =
            (pr.boiler, pr.in_link, pr.p, pr.depth, pr.in_heading);
        let idx = recs.len() as u32;
        let mut descend = false;
        if node.is_text() {
            let n = node
                .query_or(0usize, |t| match &t.data {
                    dom_query::NodeData::Text { contents } => {
                        contents.chars().filter(|c| !c.is_whitespace()).count()
                    }
                    _ => 0,
                })
                .min(u32::MAX as usize / 2) as u32;
            recs.push(Rec {
                node,
                kind: Kind::Text,
                parent,
                end: idx + 1,
                depth: p_depth + 1,
                boiler: p_boiler,
                marked: false,
                in_link: p_link,
                in_heading: p_heading,
                p: p_p,
                chars: n,
                link: if p_link { n } else { 0 },
                pchars: if p_p != NONE { n } else { 0 },
                quote: false,
                anchors: 0,
            });
        } else if node.is_element() {
            let (kind, skip, is_a, quote) = match node.qual_name_ref() {
                Some(q) => {
                    let name: &str = q.local.as_ref();
                    let kind = match name {
                        "p" => Kind::P,
                        "br" => Kind::Br,
                        "td" | "th" => Kind::Cell,
                        "table" => Kind::Table,
                        "pre" => Kind::Pre,
                        n if BAIL.contains(&n) => Kind::Bail,
                        n if BLOCK.contains(&n) => Kind::Block,
                        _ => Kind::Inline,
                    };
                    (
                        kind,
                        SKIP.contains(&name),
                        name == "a",
                        name == "blockquote",
                    )
                }
                None => (Kind::Inline, true, false, false),
            };
            let boiler = p_boiler || skip || hidden(&node);
            let marked = !boiler && looks_like_furniture(&node);
            recs.push(Rec {
                node,
                kind,
                parent,
                end: idx + 1,
                depth: p_depth + 1,
                boiler,
                marked,
                in_link: p_link || is_a,
                in_heading: p_heading || is_heading(&node),
                p: if kind == Kind::P { idx } else { p_p },
                chars: 0,
                link: 0,
                pchars: 0,
                quote,
                anchors: u32::from(is_a),
            });
            descend = true;
        }
        // Next node in document order.
        if descend {
            if let Some(child) = node.first_child() {
                open.push(idx);
                next = Some(child);
                continue;
            }
        }
        let mut cur = node;
        loop {
            if let Some(sib) = cur.next_sibling() {
                next = Some(sib);
                break;
            }
            // Close the parent.
            let Some(closed) = open.pop() else {
                next = None;
                break;
            };
            recs[closed as usize].end = recs.len() as u32;
            if closed == 0 {
                next = None;
                break;
            }
            cur = recs[closed as usize].node;
        }
    }
    recs[0].end = recs.len() as u32;
    recs
}

/// Subtree sums of the character counts (children before parents: a
/// reverse pass over document order).
fn sum_subtrees(recs: &mut [Rec]) {
    for i in (1..recs.len()).rev() {
        let (c, l, p, q) = (recs[i].chars, recs[i].link, recs[i].pchars, recs[i].quote);
        let a = recs[i].anchors;
        let parent = recs[i].parent as usize;
        let pr = &mut recs[parent];
        pr.quote |= q;
        pr.anchors = pr.anchors.saturating_add(a);
        pr.chars = pr.chars.saturating_add(c);
        pr.link = pr.link.saturating_add(l);
        pr.pchars = pr.pchars.saturating_add(p);
    }
}

/// Elements marked as furniture by class or id are boilerplate when they
/// hold a small share of the page's paragraph text (a big one is a layout
/// name) and no quotation (a "social-media-embed" holding a quoted post
/// is part of the story); so is everything inside boilerplate.
fn mark_boilerplate(recs: &mut [Rec]) {
    let total = f64::from(recs[0].pchars);
    for i in 1..recs.len() {
        let parent = recs[i].parent as usize;
        let inherited = recs[parent].boiler && parent != 0;
        let r = &mut recs[i];
        let small_mark =
            r.marked && !r.quote && f64::from(r.pchars) < MARKED_SHARE * total.max(1.0);
        if inherited || small_mark {
            r.boiler = true;
        }
    }
}

/// How much of a line is links.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Text (or a web address written out, which is text to the reader).
    Text,
    /// A heading made of a link, a linked sentence or a few linked
    /// words: kept unless among other link lines.
    Lone,
    /// A line made mostly of links: a pointer to another page.
    Links,
}

#[derive(Default)]
struct Walk {
    lines: Vec<(String, LineKind)>,
    line: String,
    /// Non-space characters of the current line, and of them inside links.
    line_chars: usize,
    link_chars: usize,
    /// The current line is a heading's.
    heading: bool,
    /// Give up on what the general extractor judges better (frames,
    /// nested tables, deep containers); else read on.
    strict: bool,
}

impl Walk {
    /// End the current line.
    fn flush(&mut self) {
        if !self.line.trim().is_empty() {
            let dense = self.line_chars > 0
                && self.link_chars as f64 >= LINK_DENSE * self.line_chars as f64
                && self.line_chars - self.link_chars < OWN_TEXT;
            let address = self.line.contains("http") || self.line.contains("www.");
            // A link line that ends like a sentence ("Get more ideas here!")
            // reads as text; one that does not is a headline.
            let sentence = self
                .line
                .trim_end()
                .ends_with(['.', '!', '?', '…', '"', '”', '»']);
            let links = if !dense || address {
                LineKind::Text
            } else if self.heading || sentence || self.line.split_whitespace().count() <= 4 {
                // (and a short one: a product or a name, not a headline)
                LineKind::Lone
            } else {
                LineKind::Links
            };
            self.lines.push((std::mem::take(&mut self.line), links));
        }
        self.line.clear();
        self.line_chars = 0;
        self.link_chars = 0;
        self.heading = false;
    }

    /// The lines kept: a line made mostly of links is a pointer to another
    /// page (trafilatura's link density test), and two or more in a row are
    /// a list of them; a linked heading alone among text stays.
    fn finish(self) -> Vec<String> {
        let mut out = Vec::with_capacity(self.lines.len());
        let mut i = 0;
        while i < self.lines.len() {
            let mut j = i;
            while j < self.lines.len() && self.lines[j].1 != LineKind::Text {
                j += 1;
            }
            if j == i {
                out.push(self.lines[i].0.clone());
                i += 1;
                continue;
            }
            if j - i == 1 && self.lines[i].1 == LineKind::Lone {
                out.push(self.lines[i].0.clone());
            }
            i = j;
        }
        out
    }

    /// Lines of the subtree of `recs[c]`; `None` when it holds something
    /// this path does not judge (frames, nested tables, deep nesting).
    fn run(&mut self, recs: &[Rec], c: usize) -> Option<()> {
        let base = recs[c].depth;
        let end = recs[c].end as usize;
        // Ends of open block elements (and whether they are table rows' cells).
        let mut open: Vec<usize> = Vec::new();
        let mut tables = 0usize;
        let mut table_ends: Vec<usize> = Vec::new();
        let mut i = c + 1;
        self.flush();
        while i < end {
            while open.last().is_some_and(|&e| e <= i) {
                open.pop();
                self.flush();
            }
            while table_ends.last().is_some_and(|&e| e <= i) {
                table_ends.pop();
                tables -= 1;
            }
            let r = &recs[i];
            if r.boiler {
                i = r.end as usize;
                continue;
            }
            match r.kind {
                Kind::Text => {
                    if let Some(t) = text_of(&r.node) {
                        self.line.push_str(&t);
                    }
                    self.line_chars += r.chars as usize;
                    if r.in_link {
                        self.link_chars += r.chars as usize;
                    }
                    i += 1;
                    continue;
                }
                Kind::Bail if self.strict => return None,
                _ => {}
            }
            if self.strict && r.depth - base > MAX_DEPTH {
                return None;
            }
            // A box made mostly of links (a list of other stories), with
            // little text of its own; single lines are judged as lines.
            if matches!(r.kind, Kind::Block | Kind::Table)
                && !is_line_block(&r.node)
                && r.chars > 0
                && f64::from(r.link) >= LINK_DENSE * f64::from(r.chars)
                && r.chars - r.link < 2 * OWN_TEXT as u32
            {
                i = r.end as usize;
                continue;
            }
            // An inline box of several links inside a line (a name's
            // pop-up card listing other stories).
            if r.kind == Kind::Inline
                && r.anchors >= 3
                && f64::from(r.link) >= LINK_DENSE * f64::from(r.chars)
                && ((r.chars - r.link) as usize) < OWN_TEXT
            {
                i = r.end as usize;
                continue;
            }
            match r.kind {
                Kind::Br => self.flush(),
                Kind::Table => {
                    if tables > 0 && self.strict {
                        return None;
                    }
                    tables += 1;
                    table_ends.push(r.end as usize);
                    self.flush();
                    open.push(r.end as usize);
                }
                Kind::Cell if !self.line.trim().is_empty() => self.line.push_str(" | "),
                Kind::Pre => {
                    // Preformatted text: its own lines.
                    self.flush();
                    let text = r.node.text();
                    for l in text.lines() {
                        self.line.push_str(l);
                        self.line_chars += l.chars().filter(|c| !c.is_whitespace()).count();
                        self.flush();
                    }
                    i = r.end as usize;
                    continue;
                }
                Kind::Block | Kind::P => {
                    self.flush();
                    open.push(r.end as usize);
                    self.heading = is_heading(&r.node);
                }
                _ => {}
            }
            i += 1;
        }
        self.flush();
        Some(())
    }
}

/// Blocks that hold one line of text (judged by the line rules).
fn is_line_block(node: &NodeRef) -> bool {
    node.qual_name_ref().is_some_and(|q| {
        matches!(
            q.local.as_ref(),
            "li" | "dt" | "dd" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figure"
        )
    })
}

fn is_heading(node: &NodeRef) -> bool {
    node.qual_name_ref()
        .is_some_and(|q| matches!(q.local.as_ref(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}

fn text_of(node: &NodeRef) -> Option<String> {
    node.query_or(None, |t| match &t.data {
        dom_query::NodeData::Text { contents } => Some(contents.to_string()),
        _ => None,
    })
}

/// A class or id that names page furniture (whole words, as in polish.rs)
/// or a widget (substrings, after trafilatura's discard patterns).
fn looks_like_furniture(node: &NodeRef) -> bool {
    if crate::polish::is_furniture(node) {
        return true;
    }
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
        match paragraphs(&Document::from(html)) {
            Fast::Article(lines) => Some(lines),
            _ => None,
        }
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
                format!("{PARA} Second."),
            ]
        );
    }

    #[test]
    fn link_lists_and_widgets_inside_the_article_are_left_out() {
        let html = page(
            r#"<div class="jp-relatedposts"><p>Other</p></div>
            <ul><li><a href="/a">Another story entirely</a></li><li><a href="/b">And one more story</a></li></ul>
            <p><a href="/c">A link standing alone as a paragraph</a></p>"#,
        );
        let lines = run(&html).expect("fast path");
        let text = lines.join("\n");
        for gone in ["Other", "Another story", "standing alone"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
    }

    #[test]
    fn tables_become_rows_and_frames_go_to_the_general_extractor() {
        let html = page(
            "<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Yes</td><td>12</td></tr></table>",
        );
        let lines = run(&html).expect("fast path");
        let rows: Vec<String> = lines.iter().map(|l| l.trim().to_string()).collect();
        assert!(rows.contains(&"Name | Votes".to_string()), "{rows:?}");
        assert!(rows.contains(&"Yes | 12".to_string()), "{rows:?}");
        assert!(run(&page("<math><mi>x</mi></math>")).is_none());
        assert!(run(&page(
            "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>"
        ))
        .is_none());
    }

    #[test]
    fn a_container_without_most_of_the_text_is_not_used() {
        let html = format!(
            "<html><body><article><p>{PARA}</p><p>{PARA}</p></article><section><p>{PARA}</p><p>{PARA}</p></section></body></html>"
        );
        assert!(run(&html).is_none());
    }

    #[test]
    fn an_article_split_in_sibling_blocks_is_read_whole() {
        let html = format!(
            r#"<html><body><div class="menu"><p>Menu text</p></div><main><div class="part"><p>{PARA}</p><p>{PARA} Two.</p></div>
            <div class="ad-slot">Advert</div><div class="part"><p>{PARA} Three.</p><p>{PARA} Four.</p></div></main></body></html>"#
        );
        let lines = run(&html).expect("fast path");
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[3].ends_with("Four."));
    }

    #[test]
    fn an_article_written_with_breaks_is_not_taken_for_its_few_paragraphs() {
        let text = format!("{PARA}<br><br>").repeat(6);
        let html = format!(
            r#"<html><body><div class="story">{text}</div><div class="box"><p>{PARA}</p><p>{PARA}</p></div></body></html>"#
        );
        assert!(run(&html).is_none());
    }

    #[test]
    fn lone_linked_headings_sentences_and_embedded_posts_stay() {
        let html = page(
            r#"<h3><a href="/shop/x">Satechi Car Charger</a></h3><p>{PARA}</p>
            <p><strong>Pro tip:</strong> <a href="/x">Get more meal ideas here</a>!</p>
            <p>Sources: <a href="http://example.org/report">http://example.org/report</a></p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state paid for it.</p>— A Reader (@reader) <a href="/t">November 18, 2019</a></blockquote></div>"#,
        );
        let text = run(&html).expect("fast path").join("\n");
        for kept in [
            "Satechi Car Charger",
            "Get more meal ideas here",
            "example.org/report",
            "Yes this is real",
        ] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
    }

    #[test]
    fn a_names_pop_up_card_of_links_is_cut_out_of_its_paragraph() {
        let html = page(
            r#"<p>The envoy met <span class="card"><a href="/p/x">Jane Roe</a><span class="block"><a href="/a">Roe visits Kyiv</a> <a href="/b">Roe on sanctions</a> <a href="/c">Roe in Riyadh</a></span></span> in Geneva on Monday to discuss the exchange of prisoners.</p>"#,
        );
        let text = run(&html).expect("fast path").join("\n");
        assert!(text.contains("in Geneva on Monday"), "{text}");
        assert!(!text.contains("Roe on sanctions"), "{text}");
    }

    #[test]
    fn a_paywall_teaser_is_read_from_its_few_paragraphs() {
        let html = format!(
            r#"<html><body><h1>A headline long enough to be more than fifty characters in all</h1>
            <h2>A standfirst that is also longer than fifty characters, as they are.</h2>
            <div class="body"><p>{PARA}</p><p>{PARA} Two.</p></div>
            <div class="login"><span>To Read the Full Story</span><a href="/s">Subscribe</a></div></body></html>"#
        );
        let lines = run(&html).expect("fast path");
        assert_eq!(lines.len(), 2, "{lines:?}");
    }
}
