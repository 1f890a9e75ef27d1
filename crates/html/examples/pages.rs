//! Debug helper for real pages: `cargo run --release -p detente-html --example pages -- DIR [general|auto]`
//! (`auto`: time the default path only, print nothing per page)
//! reads every `DIR/*.html`, prints one JSON line per page (`key`, `text`,
//! `path`: which main-text path answered, `ms`, `general`: the
//! general extractor's text) and the total time on stderr.
use detente_html::{html_to_article_with, Extractor};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: pages DIR [general]");
    let mode = args.next().unwrap_or_default();
    let general_only = mode == "general";
    let timing_only = mode == "auto";
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    entries.sort();
    let pages: Vec<(String, Vec<u8>)> = entries
        .iter()
        .map(|p| {
            let key = p.file_stem().unwrap().to_string_lossy().into_owned();
            (key, std::fs::read(p).expect("readable page"))
        })
        .collect();
    let total = Instant::now();
    for (key, bytes) in &pages {
        let t = Instant::now();
        let auto = if general_only {
            Extractor::General
        } else {
            Extractor::Auto
        };
        let text = html_to_article_with(bytes, None, None, auto)
            .map(|a| a.text)
            .unwrap_or_default();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        if timing_only {
            continue;
        }
        let path = if general_only {
            "general"
        } else {
            let f = html_to_article_with(bytes, None, None, Extractor::Fast)
                .map(|a| a.text)
                .unwrap_or_default();
            if f.is_empty() {
                "general"
            } else {
                "fast"
            }
        };
        let general = if general_only {
            String::new()
        } else {
            html_to_article_with(bytes, None, None, Extractor::General)
                .map(|a| a.text)
                .unwrap_or_default()
        };
        println!(
            "{}",
            serde_json::json!({"key": key, "text": text, "path": path, "ms": ms, "general": general})
        );
    }
    eprintln!("{} pages in {:?}", pages.len(), total.elapsed());
}
