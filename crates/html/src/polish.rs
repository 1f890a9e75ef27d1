//! From the extractor's raw paragraphs to the article text, using what the
//! parsed page tells: drop the title, the byline, text that belongs to page
//! furniture (share bars, tag lists, "read also" boxes, dates, view
//! counters, figure captions and credits), text that is not in the page's
//! body at all. Each check is indexed, so a page of many paragraphs and
//! many furniture elements costs time linear in its size.

use crate::text::{more_words_than, skeleton, small_text, squash, StartIndex, WindowSet};
use dom_query::{Document, NodeRef};

/// Class and id words that mark page furniture. Matched against whole
/// words of `class`/`id` (split at `-`, `_`, spaces), only on small elements.
const FURNITURE: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "sponsor",
    "sponsored",
    "promo",
    "share",
    "sharing",
    "sharebar",
    "social",
    "tags",
    "tag",
    "taglist",
    "byline",
    "author",
    "authors",
    "bio",
    "dateline",
    "date",
    "timestamp",
    "views",
    "meta",
    "related",
    "also",
    "recommended",
    "popular",
    "trending",
    "teaser",
    "newsletter",
    "signup",
    "subscribe",
    "subscription",
    "paywall",
    "print",
    "breadcrumb",
    "breadcrumbs",
    "crumbs",
    "comments",
    "comment",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "toolbar",
    "tools",
    "more",
    // captions and credits of pictures: not article text
    "caption",
    "captions",
    "credit",
    "credits",
    // a few non-English words sites use in class names
    "abonnement",
    "partage",
    "auteur",
];

/// Furniture elements with more text than this are left alone (a class
/// word on a big container is more likely a layout name).
const SMALL: usize = 500;

/// `from_tree`: the paragraphs were read from `doc` itself (fast.rs), one
/// page block each, so they need neither splitting nor a check that they
/// are in the page body.
pub(crate) fn polish(
    doc: &Document,
    raw: Vec<String>,
    title_variants: &[String],
    author: Option<&str>,
    from_tree: bool,
) -> Vec<String> {
    let outside = if from_tree {
        Outside::default()
    } else {
        Outside::new(doc)
    };
    let titles: Vec<String> = title_variants
        .iter()
        .map(|t| skeleton(t))
        .filter(|t| t.chars().count() >= 12)
        .collect();
    let furniture_texts = furniture_texts(doc);
    let furniture = Furniture::new(&furniture_texts);
    let author = author.map(|a| a.to_lowercase());

    let blocks = if from_tree {
        Vec::new()
    } else {
        block_texts(doc)
    };
    let block_index = StartIndex::new(blocks.iter().map(String::as_str));
    let pieces = raw.iter().map(|p| squash(p)).flat_map(|p| {
        if from_tree {
            vec![p]
        } else {
            split_merged(&p, &block_index)
        }
    });
    let mut out: Vec<String> = Vec::new();
    // The skeleton of the last paragraph kept.
    let mut last: Option<String> = None;
    for p in pieces {
        let skel = skeleton(&p);
        if skel.is_empty() || outside.holds(&skel) {
            continue;
        }
        if titles.contains(&skel) {
            continue;
        }
        if is_byline(&p, author.as_deref()) || is_read_also(&p) {
            continue;
        }
        if furniture.covers(&skel) {
            continue;
        }
        if last.as_ref() == Some(&skel) {
            continue;
        }
        out.push(p);
        last = Some(skel);
    }
    out
}

/// Whether a paragraph is in the page's body (the extractor may bring the
/// title or a description from the head). Each check searches the body;
/// past a budget of bytes searched (a page of thousands of paragraphs),
/// only paragraphs made of the head's texts are checked, so the work stays
/// linear.
#[derive(Default)]
struct Outside {
    head: Option<WindowSet>,
    head_texts: std::collections::HashSet<String>,
    body: String,
    /// Bytes of body searches left.
    budget: std::cell::Cell<usize>,
}

/// Bytes the body checks of one page may search.
const SEARCH_BUDGET: usize = 64 << 20;

impl Outside {
    fn new(doc: &Document) -> Self {
        let mut head: Vec<String> = Vec::new();
        for n in doc
            .select("head title, meta[content]")
            .nodes()
            .iter()
            .take(100)
        {
            let t = n
                .attr("content")
                .map_or_else(|| n.text().to_string(), |c| c.to_string());
            let t = skeleton(&t);
            if !t.is_empty() {
                head.push(t);
            }
        }
        Outside {
            head: Some(WindowSet::new(head.iter().map(String::as_str))),
            head_texts: head.into_iter().collect(),
            body: doc.body().map(|b| skeleton(&b.text())).unwrap_or_default(),
            budget: std::cell::Cell::new(SEARCH_BUDGET),
        }
    }

    /// Whether `skel` comes from outside the body.
    fn holds(&self, skel: &str) -> bool {
        let Some(head) = &self.head else {
            return false;
        };
        let left = self.budget.get();
        if left < self.body.len() {
            // Out of budget: only what the head's texts make up.
            if !(self.head_texts.contains(skel) || head.covers(skel)) {
                return false;
            }
            if left == 0 {
                return false;
            }
        }
        self.budget.set(left.saturating_sub(self.body.len()));
        !self.body.contains(skel)
    }
}

/// Skeletons of the page's text blocks (paragraphs, list items, headings,
/// quotes, captions, cells) long enough to be recognised inside a paragraph.
fn block_texts(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc
        .select("body p, body li, body h1, body h2, body h3, body h4, body h5, body h6, body blockquote, body figcaption, body dd, body dt, body td, body th, body pre")
        .nodes()
        .iter()
        // Longer blocks are never cut out of a paragraph; skipping them
        // keeps nested blocks (lists in lists) from being read again and again.
        .filter_map(|n| small_text(n, 5000, false).map(|t| skeleton(&t)))
        .filter(|s| s.chars().count() >= 20)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Split a paragraph in which the extractor ran several page blocks
/// together (its fallback joins `<p>`s with a space). A cut is made where
/// a block starts or ends inside the paragraph, and only after sentence
/// punctuation or where one block ends exactly as another starts, so a
/// headline quoted inside a sentence does not cut it.
fn split_merged(p: &str, blocks: &StartIndex) -> Vec<String> {
    let skel = skeleton(p);
    // Byte offset in `p` of each skeleton character, keyed by its offset in `skel`.
    let mut index: Vec<(usize, usize)> = Vec::with_capacity(skel.len());
    let mut at = 0;
    for (pb, c) in p.char_indices().filter(|(_, c)| c.is_alphanumeric()) {
        for lc in c.to_lowercase() {
            index.push((at, pb));
            at += lc.len_utf8();
        }
    }
    let mut starts = std::collections::BTreeSet::new();
    let mut ends = std::collections::BTreeSet::new();
    blocks.occurrences(&skel, |pos, b| {
        if b.len() < skel.len() {
            starts.insert(pos);
            ends.insert(pos + b.len());
        }
    });
    let mut cuts = Vec::new();
    for &cut in starts.union(&ends) {
        if cut == 0 || cut >= skel.len() {
            continue;
        }
        let Ok(i) = index.binary_search_by_key(&cut, |&(s, _)| s) else {
            continue;
        };
        let next = index[i].1;
        let prev_end = {
            let pb = index[i - 1].1;
            pb + p[pb..].chars().next().map_or(0, char::len_utf8)
        };
        let gap = &p[prev_end..next];
        // Sentence punctuation before the cut, maybe followed by closing quotes or brackets.
        let sentence_end = p[..next]
            .trim_end()
            .trim_end_matches(['"', '\'', '»', '”', ')', ']'])
            .ends_with(['.', '!', '?', '…', ':']);
        let seam = starts.contains(&cut) && ends.contains(&cut);
        if !(sentence_end || seam) {
            continue;
        }
        // Cut at the last space in the gap, so quotes and brackets stay with their block.
        let split_at = gap
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(next, |(o, c)| prev_end + o + c.len_utf8());
        cuts.push(split_at);
    }
    if cuts.is_empty() {
        return vec![p.to_string()];
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts.into_iter().chain(std::iter::once(p.len())) {
        let piece = p[from..cut].trim();
        if !piece.is_empty() {
            out.push(piece.to_string());
        }
        from = cut;
    }
    out
}

/// Lead-ins of links to other articles placed inside the text.
const READ_ALSO: &[&str] = &[
    "read also",
    "read more",
    "also read",
    "see also",
    "related:",
    "related coverage",
    "читайте также",
    "читать также",
    "смотрите также",
    "см. также",
    "по теме:",
    "lire aussi",
    "à lire aussi",
    "lesen sie auch",
    "mehr zum thema",
    "lea también",
    "leggi anche",
];

/// A short paragraph that only points to another article ("Read also: ...").
fn is_read_also(p: &str) -> bool {
    if more_words_than(p, 30) {
        return false;
    }
    let lower = p.trim_start().to_lowercase();
    READ_ALSO.iter().any(|lead| lower.starts_with(lead))
}

/// A short line naming the author without ending like a sentence. An
/// author of one word (a brand: "Beachbody", "Reuters") also appears in
/// the text ("Beachbody Performance Energize"), so it makes a byline only
/// alone or after a byline lead ("By Reuters", "Staff | Reuters").
fn is_byline(p: &str, author: Option<&str>) -> bool {
    let Some(author) = author else {
        return false;
    };
    if author.is_empty() || more_words_than(p, 12) {
        return false;
    }
    let lower = p.to_lowercase();
    let names_author = author.split(", ").any(|a| {
        if a.is_empty() || !lower.contains(a) {
            return false;
        }
        if a.split_whitespace().nth(1).is_some() {
            return true;
        }
        let rest = lower.replace(a, " ");
        rest.trim().is_empty()
            || BYLINE_LEADS.iter().any(|lead| {
                rest.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == *lead)
            })
    });
    names_author && !p.trim_end().ends_with(['.', '!', '?', '"', '»', '”'])
}

/// Words that mark a line as a byline.
const BYLINE_LEADS: &[&str] = &[
    "by",
    "par",
    "von",
    "por",
    "di",
    "door",
    "автор",
    "staff",
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "posted",
    "written",
];

pub(crate) fn is_furniture(node: &NodeRef) -> bool {
    // Called on every element with a class or id: no allocation per word.
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|v| {
            v.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .any(|w| FURNITURE.iter().any(|f| w.eq_ignore_ascii_case(f)))
        })
    })
}

/// The page's furniture texts, indexed so that each paragraph is checked
/// in time linear in its length, however many furniture texts there are.
struct Furniture<'a> {
    exact: std::collections::HashSet<&'a str>,
    windows: WindowSet,
    /// Texts of at least 4 characters: the parts a line can be made of.
    parts: StartIndex<'a>,
}

impl<'a> Furniture<'a> {
    fn new(texts: &'a [String]) -> Self {
        Furniture {
            exact: texts.iter().map(String::as_str).collect(),
            windows: WindowSet::new(texts.iter().map(String::as_str)),
            parts: StartIndex::new(
                texts
                    .iter()
                    .filter(|f| f.chars().count() >= 4)
                    .map(String::as_str),
            ),
        }
    }

    /// Whether a paragraph is furniture: one furniture text, inside one,
    /// or made of nothing but furniture texts ("11 March 2025, 10:30 |
    /// Views: 1842").
    fn covers(&self, skel: &str) -> bool {
        if self.exact.contains(skel) || self.windows.covers(skel) {
            return true;
        }
        // Farthest end of a furniture text starting at each byte.
        let mut reach = vec![0usize; skel.len()];
        self.parts.occurrences(skel, |p, f| {
            reach[p] = reach[p].max(p + f.len());
        });
        let mut end = 0;
        for (p, &r) in reach.iter().enumerate() {
            end = end.max(r);
            if p >= end && skel.is_char_boundary(p) {
                return false;
            }
        }
        true
    }
}

/// Skeletons of the text of small furniture elements (not holding a
/// quotation), of `<time>` elements and of figure captions, longest first.
fn furniture_texts(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc.select("body time, body figcaption").nodes() {
        let limit = if node.has_name("time") { 100 } else { SMALL };
        if let Some(text) = small_text(node, limit, false) {
            let skel = skeleton(&text);
            if !skel.is_empty() {
                out.push(skel);
            }
        }
    }
    for node in doc.select("body [class], body [id], body amp-ad, body amp-embed, body amp-sticky-ad, body amp-consent, body amp-social-share, body amp-sidebar").nodes() {
        let amp = node.node_name().is_some_and(|n| n.starts_with("amp-"));
        if !amp && !is_furniture(node) {
            continue;
        }
        let Some(text) = small_text(node, SMALL, true) else {
            continue;
        };
        let skel = skeleton(&text);
        if !skel.is_empty() {
            out.push(skel);
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str, raw: &[&str], titles: &[&str], author: Option<&str>) -> Vec<String> {
        let doc = Document::from(html);
        let titles: Vec<String> = titles.iter().map(|s| s.to_string()).collect();
        polish(
            &doc,
            raw.iter().map(|s| s.to_string()).collect(),
            &titles,
            author,
            false,
        )
    }

    #[test]
    fn title_byline_and_furniture_are_dropped() {
        let html = r#"<body><h1>Ministers meet in Geneva today</h1>
            <p class="byline">By Jane Roe</p>
            <div class="post-tags">Tags: talks, Geneva</div>
            <p>Ministers met in Geneva on Tuesday to discuss the ceasefire.</p></body>"#;
        let out = run(
            html,
            &[
                "Ministers meet in Geneva today",
                "By Jane Roe",
                "Tags: talks, Geneva",
                "Ministers met in Geneva on Tuesday to discuss the ceasefire.",
            ],
            &["Ministers meet in Geneva today"],
            Some("Jane Roe"),
        );
        assert_eq!(
            out,
            vec!["Ministers met in Geneva on Tuesday to discuss the ceasefire."]
        );
    }

    #[test]
    fn text_not_in_the_body_is_dropped() {
        let out = run(
            "<head><title>Only a title</title></head><body></body>",
            &["Only a title"],
            &[],
            None,
        );
        assert!(out.is_empty());
    }

    #[test]
    fn captions_and_credits_are_not_article_text() {
        let html = r#"<body><article><p>First paragraph of the story about the talks.</p>
            <figure><img src=x><figcaption>The ministers in Ankara, 11 March 2025.</figcaption></figure>
            <div class="wp-caption"><img src=x><p class="wp-caption-text">Ministers in Vienna, June 12, 2025.</p></div>
            <span class="image-credit">Photo: Jane Roe</span>
            <p>Second paragraph of the story about the talks.</p></article></body>"#;
        let out = run(
            html,
            &[
                "First paragraph of the story about the talks.",
                "The ministers in Ankara, 11 March 2025.",
                "Ministers in Vienna, June 12, 2025.",
                "Photo: Jane Roe",
                "Second paragraph of the story about the talks.",
            ],
            &[],
            None,
        );
        assert_eq!(
            out,
            vec![
                "First paragraph of the story about the talks.",
                "Second paragraph of the story about the talks."
            ]
        );
    }

    #[test]
    fn merged_paragraphs_are_split_at_block_boundaries() {
        let blocks = [
            skeleton("The ministers met in Vienna on Friday."),
            skeleton("Neither side gave details of the talks."),
            skeleton("Three issues left for later"),
            skeleton("Talks in Geneva ended"),
        ];
        let blocks = StartIndex::new(blocks.iter().map(String::as_str));
        assert_eq!(
            split_merged(
                "The ministers met in Vienna on Friday. Neither side gave details of the talks.",
                &blocks
            ),
            vec![
                "The ministers met in Vienna on Friday.",
                "Neither side gave details of the talks."
            ]
        );
        // A quoted headline does not cut its sentence.
        let s = "The statement «Talks in Geneva ended» was read out by the spokesman on state television.";
        assert_eq!(split_merged(s, &blocks), vec![s]);
        // A heading run into the next paragraph is cut where one ends and the other starts.
        let blocks2 = [
            skeleton("Three issues left for later"),
            skeleton("According to people familiar with the talks, three matters were left."),
        ];
        let blocks2 = StartIndex::new(blocks2.iter().map(String::as_str));
        assert_eq!(
            split_merged("Three issues left for later According to people familiar with the talks, three matters were left.", &blocks2),
            vec!["Three issues left for later", "According to people familiar with the talks, three matters were left."]
        );
    }

    #[test]
    fn a_sentence_naming_the_author_stays() {
        assert!(!is_byline(
            "Jane Roe reported from Riyadh.",
            Some("jane roe")
        ));
        assert!(is_byline(
            "Par Jane Roe, correspondante à Genève",
            Some("jane roe")
        ));
    }

    #[test]
    fn a_brand_named_as_author_is_a_byline_only_with_a_lead() {
        assert!(is_byline("By Beachbody", Some("beachbody")));
        assert!(is_byline("Beachbody", Some("beachbody")));
        assert!(!is_byline(
            "Beachbody Performance Energize",
            Some("beachbody")
        ));
    }
}
