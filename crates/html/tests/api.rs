//! The public contract: routing check, errors, and no panics on bad input.

mod common;

use detente_html::{html_to_article, looks_like_html, HtmlError};

#[test]
fn looks_like_html_accepts_pages_and_fragments() {
    for yes in [
        &b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>"[..],
        b"  \n<!doctype HTML>\n<html>",
        b"<html lang=\"ru\"><body><p>text</p></body></html>",
        b"\xef\xbb\xbf<html><body>BOM first</body></html>",
        b"<!-- generated --><div class=\"content\"><p>Fragment</p></div>",
        b"<p>Just a paragraph of markup.</p>",
        b"<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">",
        b"<HEAD><TITLE>Old page</TITLE></HEAD>",
    ] {
        assert!(looks_like_html(yes), "{:?}", String::from_utf8_lossy(yes));
    }
    // UTF-16 with a BOM.
    let mut utf16 = vec![0xff, 0xfe];
    for u in "<html><body><p>Hi</p></body></html>".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    assert!(looks_like_html(&utf16));
    for fx in common::fixtures() {
        assert!(looks_like_html(&fx.html), "{}", fx.name);
    }
}

#[test]
fn looks_like_html_refuses_text_binary_and_other_xml() {
    for no in [
        &b""[..],
        b"   \n\t",
        b"Lavrov met Rubio in Riyadh on Tuesday. The talks lasted four hours.",
        b"2 < 3 and 5 > 4, said nobody at the talks.",
        b"{\"id\": 1, \"text\": \"<p>json with html inside</p>\"}",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title></channel></rss>",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<\0>>",
        b"PK\x03\x04\x14\0\0\0\x08\0<html>",
    ] {
        assert!(!looks_like_html(no), "{:?}", String::from_utf8_lossy(no));
    }
}

#[test]
fn empty_input_is_empty() {
    assert_eq!(html_to_article(b"", None, None), Err(HtmlError::Empty));
    assert_eq!(
        html_to_article(b" \r\n\t ", None, None),
        Err(HtmlError::Empty)
    );
    assert_eq!(
        html_to_article(b"\xef\xbb\xbf", None, None),
        Err(HtmlError::Empty)
    );
}

#[test]
fn binary_and_plain_text_are_not_html() {
    let png = [
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H',
    ];
    assert_eq!(html_to_article(&png, None, None), Err(HtmlError::NotHtml));
    let noise: Vec<u8> = (0..4000u32).map(|i| (i * 7 % 251) as u8).collect();
    assert_eq!(html_to_article(&noise, None, None), Err(HtmlError::NotHtml));
    let text = "Министр иностранных дел России провел переговоры в Анкаре.\n\nВторой абзац.";
    assert_eq!(
        html_to_article(text.as_bytes(), None, None),
        Err(HtmlError::NotHtml)
    );
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    assert_eq!(
        html_to_article(&cp1251, None, None),
        Err(HtmlError::NotHtml)
    );
}

#[test]
fn a_page_without_text_has_no_article() {
    for page in [
        "<html><head><title>Nothing here</title><script>var a = 1;</script></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav><footer>Copyright 2025</footer></body></html>",
        "<!DOCTYPE html><html><body><div class='cookie-banner'>We use cookies</div><script>track()</script><style>p{}</style></body></html>",
        "<html><body><img src='a.jpg'><iframe src='x'></iframe></body></html>",
    ] {
        assert_eq!(html_to_article(page.as_bytes(), None, None), Err(HtmlError::NoArticle), "{page}");
    }
}

#[test]
fn errors_display_one_clear_line() {
    for e in [HtmlError::Empty, HtmlError::NotHtml, HtmlError::NoArticle] {
        let s = e.to_string();
        assert!(!s.is_empty() && !s.contains('\n'), "{s:?}");
        let _: &dyn std::error::Error = &e;
    }
}

#[test]
fn a_minimal_page_gives_its_paragraphs() {
    let page = "<html><body><p>The foreign ministers met in Vienna on Friday and agreed to meet again in June to continue the talks.</p><p>Neither side gave details of what had been discussed during the meeting.</p></body></html>";
    let art = html_to_article(
        page.as_bytes(),
        Some("https://x.example/2025/06/13/vienna"),
        None,
    )
    .unwrap();
    assert_eq!(
        art.text,
        "The foreign ministers met in Vienna on Friday and agreed to meet again in June to continue the talks.\n\nNeither side gave details of what had been discussed during the meeting."
    );
    assert_eq!(art.published, chrono::NaiveDate::from_ymd_opt(2025, 6, 13));
    assert_eq!(art.encoding, "UTF-8");
}

#[test]
fn utf16_page_with_bom_is_read() {
    let page = "<html lang=en><body><article><p>The delegations met in Doha and signed a declaration of principles on Friday evening.</p><p>The next round is due in Washington next month, officials said.</p></article></body></html>";
    let mut bytes = vec![0xff, 0xfe];
    for u in page.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let art = html_to_article(&bytes, None, None).unwrap();
    assert_eq!(art.encoding, "UTF-16LE");
    assert!(art.text.starts_with("The delegations met in Doha"));
}

/// Cut every fixture at several points (including inside multi-byte
/// characters and tags): any result is fine, a panic is not.
#[test]
fn truncated_pages_never_panic() {
    for fx in common::fixtures() {
        let n = fx.html.len();
        let mut cuts: Vec<usize> = (1..20).map(|k| n * k / 20).collect();
        cuts.extend([1, 2, 7, 64, 300, n.saturating_sub(1), n.saturating_sub(17)]);
        for cut in cuts {
            let cut = cut.min(n);
            let _ = html_to_article(&fx.html[..cut], fx.url(), None);
            let _ = looks_like_html(&fx.html[..cut]);
            // The tail alone: a page that starts mid-tag.
            let _ = html_to_article(&fx.html[cut..], None, None);
        }
    }
}

#[test]
fn malformed_markup_never_panics() {
    let pages = [
        "<html><body><p>Unclosed <b>bold <i>italic <div>nested".to_string(),
        "<html><body></p></div></span><p>Stray closing tags everywhere in this paragraph of text.".to_string(),
        "<html><body><p>A</p>".repeat(2000),
        format!("<html><body>{}{}</body></html>", "<div>".repeat(500), "deep text"),
        "<html><head><meta charset=\"no-such-charset\"><title></title></head><body><figure><figcaption></figcaption></figure></body></html>".to_string(),
        "<html><head><script type=\"application/ld+json\">{\"@graph\": [[[[[[{}]]]]]], \"author\": {\"name\": 7}}</script></head><body><p>x</p></body></html>".to_string(),
        "<html><body><time datetime=\"99999-99-99\">never</time><p>\u{0}\u{1}\u{fffd}</p></body></html>".to_string(),
        "<!DOCTYPE html><html><body><table><tr><td><table><tr><td>cell text in nested tables without end".to_string(),
    ];
    for p in pages {
        let _ = html_to_article(p.as_bytes(), Some("not a url"), Some("text/html; charset="));
    }
}
