//! The main-text extractor: the one place that names the chosen crate.
//!
//! To swap extractors, change [`paragraphs`] only: it takes the decoded page
//! and returns the main text as raw paragraphs, in page order. Everything
//! around it (decoding, metadata, removing the title, bylines and page
//! furniture and figure captions) is ours and stays.
//!
//! Chosen: `rs-trafilatura` (see README.md for the measurements).

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The main text of `html` as paragraphs (whitespace not yet normalised).
/// Never panics: a panic inside the extractor is caught and means "no text".
pub(crate) fn paragraphs(html: &str, url: Option<&str>) -> Vec<String> {
    let html = rename_time_tags(html);
    let options = rs_trafilatura::Options {
        // Images (and with them figure captions) are not article text, as in
        // trafilatura's defaults and the public benchmarks' truth.
        include_images: false,
        include_tables: true,
        include_comments: false,
        url: url.map(str::to_string),
        // detente reads news: skip the page-type classifier (a tenth of the time).
        page_type: Some(rs_trafilatura::page_type::PageType::Article),
        ..rs_trafilatura::Options::default()
    };
    let result = std::panic::catch_unwind(|| rs_trafilatura::extract_with_options(&html, &options));
    match result {
        Ok(Ok(r)) => r.content_text.lines().map(str::to_string).collect(),
        Ok(Err(_)) | Err(_) => Vec::new(),
    }
}

static TIME_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<(/?)time([\s/>])").expect("valid regex"));

/// rs-trafilatura deletes `<time>` elements with their text, which loses
/// "on <time>Tuesday</time>" inside sentences; a `<span>` keeps the words.
fn rename_time_tags(html: &str) -> Cow<'_, str> {
    TIME_TAG.replace_all(html, "<${1}span${2}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_inside_a_sentence_is_kept() {
        let html = r#"<html><body><article><p>The delegations met in Geneva on <time datetime="2025-03-04">Tuesday, 4 March</time> and agreed to meet again in April after long and difficult negotiations.</p><p>A second paragraph about the ministers who attended the talks in person.</p></article></body></html>"#;
        let text = paragraphs(html, None).join("\n");
        assert!(text.contains("on Tuesday, 4 March and agreed"), "{text}");
    }

    #[test]
    fn time_tags_are_renamed_case_insensitively() {
        assert_eq!(
            rename_time_tags("<TIME datetime=x>a</Time><timer>"),
            "<span datetime=x>a</span><timer>"
        );
    }
}
