//! Time is linear in the size of the page, whatever its shape: deep
//! nesting of any tag, and very long words. Bounds are for a release build
//! (`cargo test --release`); a debug build gets ten times as long. Timed
//! runs take turns (one lock), so the tests of this file do not slow each
//! other down on a small machine.

use detente_html::html_to_article;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One timed run at a time.
static TURN: Mutex<()> = Mutex::new(());

const ARTICLE: &str = "The foreign ministers met in Vienna on Tuesday and agreed to resume the talks on the grain corridor next month, officials said after the meeting.";

fn bound(release_secs: f64) -> Duration {
    let factor = if cfg!(debug_assertions) { 10.0 } else { 1.0 };
    Duration::from_secs_f64(release_secs * factor)
}

/// A page with an ordinary article, then `n` nested `open` tags around a
/// line of text, closed again (or not).
fn deep_page(open: &str, close: &str, n: usize, closed: bool) -> String {
    let mut html = String::with_capacity(n * (open.len() + close.len()) + 1000);
    html.push_str("<!doctype html><html><head><title>Deep page</title></head><body>");
    html.push_str(&format!(
        "<article><p>{ARTICLE}</p><p>{ARTICLE} Second.</p></article>"
    ));
    for _ in 0..n {
        html.push_str(open);
    }
    html.push_str("Text at the bottom of the nesting.");
    if closed {
        for _ in 0..n {
            html.push_str(close);
        }
    }
    html.push_str("</body></html>");
    html
}

fn timed(name: &str, html: &str, limit: Duration) -> Result<detente_html::Article, String> {
    let _turn = TURN.lock().unwrap_or_else(|e| e.into_inner());
    let t = Instant::now();
    let result = html_to_article(html.as_bytes(), None, None);
    let took = t.elapsed();
    assert!(
        took < limit,
        "{name}: {took:?} for {} bytes (limit {limit:?})",
        html.len()
    );
    result.map_err(|e| e.to_string())
}

#[test]
fn a_hundred_thousand_nested_divs_take_under_two_seconds() {
    let html = deep_page("<div>", "</div>", 100_000, true);
    let art = timed("100,000 divs", &html, bound(2.0)).expect("an article");
    assert!(
        art.text.contains("agreed to resume the talks"),
        "{}",
        art.text
    );
}

#[test]
fn deep_nesting_of_other_tags_is_linear_too() {
    for (open, close) in [
        ("<span>", "</span>"),
        ("<ul><li>", "</li></ul>"),
        ("<li>", "</li>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<blockquote>", "</blockquote>"),
        ("<b>", "</b>"),
        ("<a href=\"/x\">", "</a>"),
        ("<section class=\"share-box\">", "</section>"),
        ("<div><p>", "</p></div>"),
        ("<svg><g>", "</g></svg>"),
        ("<a href=\"/x\"><div>", "</div></a>"),
        ("<nobr><div>", "</div></nobr>"),
        ("<p><button><div>", "</div></button></p>"),
        ("<b><div>", "</div></b>"),
        ("<font size=\"2\"><p>", "</p></font>"),
        ("<select><option>", "</option></select>"),
        ("<dl><dd>", "</dd></dl>"),
    ] {
        for closed in [true, false] {
            let html = deep_page(open, close, 100_000, closed);
            let name = format!("100,000 x {open} (closed: {closed})");
            // Each page is answered; whether the deep text is article text
            // or not, the ordinary article before it is found.
            if let Ok(art) = timed(&name, &html, bound(2.0)) {
                assert!(!art.text.is_empty(), "{name}");
            }
        }
    }
}

#[test]
fn nesting_deeper_than_the_cap_keeps_its_text() {
    // 300 levels of <div> around article paragraphs: the text survives the
    // flattening past 256 levels.
    let mut html = String::from("<html><body>");
    for _ in 0..300 {
        html.push_str("<div>");
    }
    for i in 0..4 {
        html.push_str(&format!("<p>{ARTICLE} Paragraph {i}.</p>"));
    }
    for _ in 0..300 {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let art = html_to_article(html.as_bytes(), None, None).expect("an article");
    for i in 0..4 {
        assert!(
            art.text.contains(&format!("Paragraph {i}.")),
            "{i}: {}",
            art.text
        );
    }
}

#[test]
fn ten_megabytes_without_a_space_take_under_two_seconds() {
    let word = "x".repeat(10 * 1024 * 1024);
    let html = format!(
        "<html><body><article><p>{ARTICLE}</p><p>{word}</p><p>{ARTICLE} End.</p></article></body></html>"
    );
    let art = timed("10 MB word", &html, bound(2.0)).expect("an article");
    assert!(art.text.contains("End."));
    // Also as one text node outside any paragraph, and as an attribute.
    let html = format!("<html><body><div>{word}</div><p>{ARTICLE}</p></body></html>");
    let _ = timed("10 MB word in a div", &html, bound(2.0));
    let html = format!(
        "<html><body><div class=\"{word}\"><p>{ARTICLE}</p><p>{ARTICLE}</p></div></body></html>"
    );
    let _ = timed("10 MB class name", &html, bound(2.0));
}

#[test]
fn many_sibling_chains_at_the_cap_stay_linear() {
    // 40 chains of 300 nested <div>s, each with a paragraph at the bottom:
    // every chain is cut at the cap, and the work stays linear.
    let mut html = String::from("<html><body>");
    for i in 0..40 {
        for _ in 0..300 {
            html.push_str("<div class=\"wrap\">");
        }
        html.push_str(&format!("<p>{ARTICLE} Chain {i}.</p>"));
        for _ in 0..300 {
            html.push_str("</div>");
        }
    }
    html.push_str("</body></html>");
    let _ = timed("40 chains of 300 divs", &html, bound(2.0));
}
