//! Word-level precision/recall/F1 and pages/s of each candidate extractor on
//! the fixtures of detente-html. Candidates get the page already decoded
//! (with the charset the fixture's `.meta` names) and their plain-text
//! output as is; `detente-html` gets the bytes (its own decoding, metadata
//! and polishing included).
use std::collections::HashMap;
use std::time::Instant;

/// Written after the wrapper was tuned on the other fixtures, scored once before any change.
const HELD_OUT: &[&str] = &["amp_story", "ru_utf8_divs", "wordpress_post"];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn f1(got: &str, exp: &str) -> (f64, f64, f64) {
    let (g, e) = (words(got), words(exp));
    let mut left: HashMap<&str, i64> = HashMap::new();
    for w in &e {
        *left.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &g {
        if let Some(c) = left.get_mut(w.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    let p = if g.is_empty() { 0.0 } else { common as f64 / g.len() as f64 };
    let r = if e.is_empty() { 0.0 } else { common as f64 / e.len() as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

struct Page {
    name: String,
    bytes: Vec<u8>,
    html: String,
    url: Option<String>,
    expected: String,
}

type Extractor = fn(&Page) -> String;

fn rs_trafilatura_default(p: &Page) -> String {
    let o = rs_trafilatura::Options { url: p.url.clone(), ..Default::default() };
    rs_trafilatura::extract_with_options(&p.html, &o).map(|r| r.content_text).unwrap_or_default()
}

fn rs_trafilatura_images(p: &Page) -> String {
    let o = rs_trafilatura::Options { url: p.url.clone(), include_images: true, ..Default::default() };
    rs_trafilatura::extract_with_options(&p.html, &o).map(|r| r.content_text).unwrap_or_default()
}

fn dom_smoothie(p: &Page) -> String {
    dom_smoothie::Readability::new(p.html.as_str(), p.url.as_deref(), None)
        .and_then(|mut r| r.parse())
        .map(|a| a.text_content.to_string())
        .unwrap_or_default()
}

fn trafilatura(p: &Page) -> String {
    trafilatura::extract(&p.html, &trafilatura::Options::default())
        .map(|r| r.content_text)
        .unwrap_or_default()
}

fn detente(p: &Page) -> String {
    detente_html::html_to_article(&p.bytes, p.url.as_deref(), None)
        .map(|a| a.text)
        .unwrap_or_default()
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    let pages: Vec<Page> = paths
        .iter()
        .map(|path| {
            let meta = std::fs::read_to_string(path.with_extension("meta")).unwrap_or_default();
            let get = |k: &str| meta.lines().find_map(|l| l.strip_prefix(k)).map(str::to_string);
            let label = match get("encoding=").as_deref() {
                Some("KOI8") => "KOI8-R".to_string(),
                Some(l) => l.to_string(),
                None => "UTF-8".to_string(),
            };
            let bytes = std::fs::read(path).unwrap();
            let enc = encoding_rs::Encoding::for_label(label.as_bytes()).unwrap();
            let html = enc.decode(&bytes).0.into_owned();
            Page {
                name: path.file_stem().unwrap().to_string_lossy().into_owned(),
                bytes,
                html,
                url: get("url="),
                expected: std::fs::read_to_string(path.with_extension("txt")).unwrap(),
            }
        })
        .collect();
    let verbose = std::env::args().any(|a| a == "-v");
    let candidates: [(&str, Extractor); 5] = [
        ("rs-trafilatura 0.2.2 (default options)", rs_trafilatura_default),
        ("rs-trafilatura 0.2.2 (include_images)", rs_trafilatura_images),
        ("dom_smoothie 0.19.0", dom_smoothie),
        ("trafilatura 0.6.0", trafilatura),
        ("detente-html (rs-trafilatura + wrapper)", detente),
    ];
    println!("| extractor | P | R | F1 all | F1 tuned set | F1 held-out | pages/s |");
    println!("|---|---|---|---|---|---|---|");
    for (name, extract) in candidates {
        let (mut sp, mut sr, mut sf) = (0.0, 0.0, 0.0);
        let (mut tuned, mut held) = (Vec::new(), Vec::new());
        for page in &pages {
            let (p, r, f) = f1(&extract(page), &page.expected);
            if verbose {
                eprintln!("{name:42} {:20} P {p:.3} R {r:.3} F1 {f:.3}", page.name);
            }
            sp += p;
            sr += r;
            sf += f;
            if HELD_OUT.contains(&page.name.as_str()) { held.push(f) } else { tuned.push(f) }
        }
        let rounds = 30;
        let t = Instant::now();
        for _ in 0..rounds {
            for page in &pages {
                std::hint::black_box(extract(page));
            }
        }
        let pps = (rounds * pages.len()) as f64 / t.elapsed().as_secs_f64();
        let n = pages.len() as f64;
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {pps:.0} |",
            sp / n, sr / n, sf / n, mean(&tuned), mean(&held)
        );
    }
}
