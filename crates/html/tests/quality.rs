//! Extraction quality on the hand-written fixtures: mean word-level F1,
//! no page furniture in the text, metadata, and the Russian charsets.

mod common;

use common::{fixtures, prf};
use detente_html::html_to_article;

#[test]
fn mean_word_f1_is_at_least_0_95_and_no_furniture_leaks() {
    let all = fixtures();
    assert!(
        all.len() >= 8,
        "expected at least 8 fixtures, found {}",
        all.len()
    );
    let mut sum = 0.0;
    let mut leaks = Vec::new();
    for fx in &all {
        let art = html_to_article(&fx.html, fx.url(), None)
            .unwrap_or_else(|e| panic!("{}: {e}", fx.name));
        let (p, r, f) = prf(&art.text, &fx.expected);
        println!("{:20} P {p:.3} R {r:.3} F1 {f:.3}", fx.name);
        sum += f;
        for n in &fx.noise {
            if art.text.contains(n.as_str()) {
                leaks.push(format!("{}: {n:?}", fx.name));
            }
        }
        if let Some(title) = &art.title {
            assert!(
                !art.text.starts_with(title.as_str()),
                "{}: the text starts with the title",
                fx.name
            );
        }
        assert!(!art.text.contains("\n\n\n"), "{}: empty paragraph", fx.name);
    }
    let mean = sum / all.len() as f64;
    println!("mean F1 {mean:.3} over {} pages", all.len());
    assert!(leaks.is_empty(), "furniture in the text: {leaks:#?}");
    assert!(mean >= 0.95, "mean word F1 {mean:.3} < 0.95");
}

#[test]
fn metadata_matches_the_fixtures() {
    let mut wrong = Vec::new();
    for fx in fixtures() {
        let art = html_to_article(&fx.html, fx.url(), None).unwrap();
        let got = |key: &str| -> Option<String> {
            match key {
                "title" => art.title.clone(),
                "author" => art.author.clone(),
                "published" => art.published.map(|d| d.to_string()),
                "canonical_url" => art.canonical_url.clone(),
                "site_name" => art.site_name.clone(),
                "language" => art.language.clone(),
                "encoding" => Some(art.encoding.to_string()),
                _ => None,
            }
        };
        for (key, want) in &fx.meta {
            if key == "url" {
                continue;
            }
            let have = got(key);
            let ok = match (key.as_str(), want.as_str(), &have) {
                (_, "", None) => true,
                // chardetng names KOI8-R text KOI8-U: same Russian letters.
                ("encoding", "KOI8", Some(h)) => h.starts_with("KOI8"),
                (_, w, Some(h)) => w == h,
                _ => false,
            };
            if !ok {
                wrong.push(format!("{} {key}: want {want:?}, have {have:?}", fx.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn russian_pages_decode_correctly() {
    for fx in fixtures().into_iter().filter(|f| f.name.starts_with("ru_")) {
        // Without a URL, so the charset guess gets no help from a .ru domain.
        let art = html_to_article(&fx.html, None, None).unwrap();
        assert!(
            !art.text.contains('\u{fffd}'),
            "{}: replacement characters",
            fx.name
        );
        let first = fx.expected.lines().next().unwrap();
        assert!(
            art.text.contains(first),
            "{}: {:?}",
            fx.name,
            &art.text[..200.min(art.text.len())]
        );
        assert!(art
            .title
            .as_deref()
            .unwrap()
            .chars()
            .any(|c| ('а'..='я').contains(&c)));
        match fx.name.as_str() {
            "ru_cp1251" => assert_eq!(art.encoding, "windows-1251"),
            "ru_koi8r" => assert!(art.encoding.starts_with("KOI8"), "{}", art.encoding),
            _ => {}
        }
    }
}

#[test]
fn content_type_header_decides_the_charset() {
    // The KOI8-R page declares nothing: the header alone must be enough.
    let fx = fixtures()
        .into_iter()
        .find(|f| f.name == "ru_koi8r")
        .unwrap();
    let art = html_to_article(&fx.html, None, Some("text/html; charset=KOI8-R")).unwrap();
    assert_eq!(art.encoding, "KOI8-R");
    assert!(art.text.contains("Консультации делегаций России и США"));
}

#[test]
fn the_one_container_path_is_as_good_as_the_general_extractor() {
    use detente_html::{html_to_article_with, Extractor};
    for fx in fixtures() {
        let text = |e| {
            html_to_article_with(&fx.html, fx.url(), None, e)
                .map(|a| a.text)
                .unwrap_or_default()
        };
        let (_, _, general) = prf(&text(Extractor::General), &fx.expected);
        let (_, _, auto) = prf(&text(Extractor::Auto), &fx.expected);
        assert!(
            auto >= general,
            "{}: F1 {auto:.3} on the fast path, {general:.3} through the general extractor",
            fx.name
        );
    }
}
