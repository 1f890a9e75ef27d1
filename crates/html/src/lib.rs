//! HTML page to article.
//!
//! Principal types: [`Article`] (the main text of a news page and its
//! metadata) and [`HtmlError`] (why a page gave none). Entry points:
//! [`html_to_article`] and the cheap router check [`looks_like_html`].
//!
//! Data flow of [`html_to_article`]:
//!
//! ```text
//! bytes ─check─▶ (Empty | NotHtml)
//!       ─decode─▶ String + charset name        decode.rs (BOM, header, <meta>, chardetng)
//!       ─cap────▶ nesting at most 256 deep     depth.rs (deeper tags flattened, text kept)
//!       ─parse──▶ dom_query::Document ─▶ Meta  meta.rs (title, author, date, URL, site, language)
//!       ─main text▶ raw paragraphs             fast.rs: the article's container (Readability's
//!                                              choice), read from the parsed tree; else
//!                                              extract.rs (rs-trafilatura), unless the page is
//!                                              too big and deep for it
//!       ─polish─▶ paragraphs                   polish.rs (drop title/byline/furniture/captions)
//!       ─join───▶ Article { text: paragraphs joined by "\n\n", .. }  or NoArticle
//! ```
//!
//! Most news pages have one container that holds nearly all their paragraph
//! text; those are parsed once. Every step is linear in the page's size. Other pages are parsed a second time inside
//! the extractor, with the same parser version (html5ever through
//! `dom_query` 0.24). Nothing here does I/O or panics on bad input.

mod decode;
mod depth;
mod extract;
mod fast;
mod meta;
mod polish;
mod text;

use chrono::NaiveDate;
use std::fmt;

/// The main text of a page and what the page says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article text: title not included; paragraphs separated by
    /// "\n\n"; table rows as lines of cells joined by " | "; no figure
    /// captions or picture credits (as in trafilatura's defaults), and no
    /// navigation, ads, cookie banners, related links, footers, newsletter
    /// boxes, share buttons or bylines.
    pub text: String,
    pub title: Option<String>,
    pub author: Option<String>,
    /// From meta `article:published_time` (and variants), microdata or
    /// JSON-LD `datePublished`, `<time datetime>`, or a date in the URL path.
    pub published: Option<NaiveDate>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
    /// Lower-case two-letter code from `<html lang>`, `Content-Language` or `og:locale`.
    pub language: Option<String>,
    /// Name of the charset the bytes were decoded with (`encoding_rs` names).
    pub encoding: &'static str,
}

/// Why bytes gave no article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HtmlError {
    /// No bytes, or only whitespace.
    Empty,
    /// Binary data or plain text, not an HTML page.
    NotHtml,
    /// An HTML page with no main text to extract.
    NoArticle,
}

impl fmt::Display for HtmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HtmlError::Empty => "empty input: no HTML to read",
            HtmlError::NotHtml => "not an HTML page (binary data or plain text)",
            HtmlError::NoArticle => "HTML page without article text",
        })
    }
}

impl std::error::Error for HtmlError {}

/// Decode (charset from the BOM, else `content_type` if given, else `<meta
/// charset>` / `http-equiv`, else sniffed with chardetng — windows-1251 and
/// KOI8-R included), parse, extract the main text and the metadata.
///
/// `url` is where the page came from: it resolves a relative canonical
/// link, gives a date in its path when the page states none, and its
/// top-level domain helps the charset guess.
pub fn html_to_article(
    bytes: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
) -> Result<Article, HtmlError> {
    html_to_article_with(bytes, url, content_type, Extractor::Auto)
}

/// Which main-text path [`html_to_article_with`] takes (for comparing the
/// two paths in tests and benchmarks).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extractor {
    /// The one-container path when the page has one, else the general one.
    Auto,
    /// Always the general extractor (rs-trafilatura).
    General,
    /// Only the one-container path: `NoArticle` where it declines.
    Fast,
}

/// [`html_to_article`] with the main-text path chosen.
#[doc(hidden)]
pub fn html_to_article_with(
    bytes: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
    extractor: Extractor,
) -> Result<Article, HtmlError> {
    if bytes.iter().all(u8::is_ascii_whitespace)
        || bytes == b"\xef\xbb\xbf"
        || bytes == b"\xff\xfe"
        || bytes == b"\xfe\xff"
    {
        return Err(HtmlError::Empty);
    }
    if !looks_like_html(bytes) {
        return Err(HtmlError::NotHtml);
    }
    let (html, encoding) = decode::decode(bytes, content_type, url);
    // Nesting deeper than browsers build is flattened first: parsing and
    // every tree walk after it stay linear in the page's size.
    let html = depth::cap_depth(&html);
    let doc = dom_query::Document::from(html.as_ref());
    let meta = meta::extract(&doc, url);
    let fast = match extractor {
        Extractor::Auto | Extractor::Fast => fast::paragraphs(&doc),
        Extractor::General => fast::Fast::General,
    };
    let polished = |raw, from_tree| {
        polish::polish(
            &doc,
            raw,
            &meta.title_variants,
            meta.author.as_deref(),
            from_tree,
        )
    };
    let (mut paragraphs, general) = match fast {
        fast::Fast::Article(raw) => (polished(raw, true), true),
        fast::Fast::General => (Vec::new(), true),
        // Too big and deep for the general extractor: what the tree gives.
        fast::Fast::TooBig(raw) => (polished(raw, true), false),
    };
    if paragraphs.is_empty() && general && extractor != Extractor::Fast {
        // No simple container, or nothing left of it: the general extractor.
        paragraphs = polished(extract::paragraphs(&html, url), false);
    }
    if paragraphs.is_empty() {
        return Err(HtmlError::NoArticle);
    }
    Ok(Article {
        text: paragraphs.join("\n\n"),
        title: meta.title,
        author: meta.author,
        published: meta.published,
        canonical_url: meta.canonical_url,
        site_name: meta.site_name,
        language: meta.language,
        encoding,
    })
}

/// Cheap check whether bytes look like an HTML document (for routing
/// inputs): not binary, and a doctype, `<html>`, `<head>`, `<body>`,
/// `<meta>` or `<title>` in the first 4 KiB, or text opening with a common
/// HTML tag (a fragment). RSS, SVG and other XML are not HTML.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    decode::looks_like_html(bytes)
}
