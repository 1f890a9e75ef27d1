//! Pages per second of `html_to_article` over the test fixtures, one thread.
//!
//! `cargo run --release -p detente-html --example throughput [ROUNDS]`
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages: Vec<(Vec<u8>, Option<String>)> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    entries.sort();
    for path in entries {
        let meta = std::fs::read_to_string(path.with_extension("meta")).unwrap_or_default();
        let url = meta
            .lines()
            .find_map(|l| l.strip_prefix("url="))
            .map(str::to_string);
        pages.push((std::fs::read(&path).expect("fixture"), url));
    }
    let bytes: usize = pages.iter().map(|(b, _)| b.len()).sum();
    // Warm up (lazy regexes, the classifier model).
    for (b, u) in &pages {
        let _ = detente_html::html_to_article(b, u.as_deref(), None);
    }
    let t = Instant::now();
    let mut ok = 0usize;
    for _ in 0..rounds {
        for (b, u) in &pages {
            ok += usize::from(detente_html::html_to_article(b, u.as_deref(), None).is_ok());
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = rounds * pages.len();
    println!(
        "{n} pages ({} fixtures x {rounds}), {ok} articles, {:.1} KiB/page: {:.0} pages/s, {:.2} ms/page, {:.1} MB/s",
        pages.len(),
        bytes as f64 / pages.len() as f64 / 1024.0,
        n as f64 / secs,
        secs * 1000.0 / n as f64,
        (bytes * rounds) as f64 / secs / 1e6
    );
}
