//! The one-container path against the general extractor: on the test
//! fixtures and on generated pages (`detente-corpus`), how often the fast
//! path is taken, how often both give the same text, word F1 against the
//! truth, and pages per second of each.
//!
//! `cargo run --release -p detente-html --example compare [DOCS] [SEED] [-v]`
use detente_html::{html_to_article_with, Extractor};
use std::collections::HashMap;
use std::time::Instant;

fn bag(s: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in s
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// Micro word counts: (shared, found, wanted).
fn counts(got: &str, want: &str) -> (usize, usize, usize) {
    let (g, w) = (bag(got), bag(want));
    let shared = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    (shared, g.values().sum(), w.values().sum())
}

fn f1((s, f, w): (usize, usize, usize)) -> (f64, f64, f64) {
    let p = s as f64 / f.max(1) as f64;
    let r = s as f64 / w.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let nums: Vec<u64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let docs = *nums.first().unwrap_or(&1000) as usize;
    let seed = *nums.get(1).unwrap_or(&42);

    // (name, html, url, expected text)
    let mut pages: Vec<(String, Vec<u8>, Option<String>, String)> = Vec::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    entries.sort();
    let fixtures = entries.len();
    for path in entries {
        let meta = std::fs::read_to_string(path.with_extension("meta")).unwrap_or_default();
        let url = meta
            .lines()
            .find_map(|l| l.strip_prefix("url="))
            .map(str::to_string)
            .filter(|u| !u.is_empty());
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read_to_string(path.with_extension("txt")).expect("txt");
        pages.push((name, std::fs::read(&path).expect("fixture"), url, want));
    }
    for i in 0..docs {
        let d = detente_corpus::generate(seed, i);
        pages.push((
            format!("corpus {}", d.id),
            d.html.into_bytes(),
            None,
            d.main_text,
        ));
    }

    let run = |e: Extractor| -> (Vec<String>, f64) {
        let t = Instant::now();
        let out: Vec<String> = pages
            .iter()
            .map(|(_, b, u, _)| {
                html_to_article_with(b, u.as_deref(), None, e)
                    .map(|a| a.text)
                    .unwrap_or_default()
            })
            .collect();
        (out, t.elapsed().as_secs_f64())
    };
    // Warm up, then time each path twice, alternating.
    let _ = run(Extractor::Auto);
    let (general, tg1) = run(Extractor::General);
    let (auto, ta1) = run(Extractor::Auto);
    let (_, tg2) = run(Extractor::General);
    let (_, ta2) = run(Extractor::Auto);
    let (tg, ta) = (tg1.min(tg2), ta1.min(ta2));

    for (label, range) in [("fixtures", 0..fixtures), ("corpus", fixtures..pages.len())] {
        let n = range.len();
        if n == 0 {
            continue;
        }
        let (mut same, mut cg, mut ca) = (0, (0, 0, 0), (0, 0, 0));
        let mut macro_g = 0.0;
        let mut macro_a = 0.0;
        for i in range {
            let (name, _, _, want) = &pages[i];
            let (g, a) = (&general[i], &auto[i]);
            same += usize::from(g == a);
            let (kg, ka) = (counts(g, want), counts(a, want));
            for (acc, k) in [(&mut cg, kg), (&mut ca, ka)] {
                acc.0 += k.0;
                acc.1 += k.1;
                acc.2 += k.2;
            }
            macro_g += f1(kg).2;
            macro_a += f1(ka).2;
            if verbose && g != a {
                println!(
                    "{name}: general F1 {:.3}, auto F1 {:.3}",
                    f1(kg).2,
                    f1(ka).2
                );
                let gl: Vec<&str> = g.split("\n\n").collect();
                let al: Vec<&str> = a.split("\n\n").collect();
                for l in &gl {
                    if !al.contains(l) {
                        println!("  - {}", l.chars().take(150).collect::<String>());
                    }
                }
                for l in &al {
                    if !gl.contains(l) {
                        println!("  + {}", l.chars().take(150).collect::<String>());
                    }
                }
            }
        }
        let (pg, rg, fg) = f1(cg);
        let (pa, ra, fa) = f1(ca);
        println!(
            "{label}: {n} pages, identical text {same}; general P {pg:.4} R {rg:.4} F1 {fg:.4} (mean {:.4}); auto P {pa:.4} R {ra:.4} F1 {fa:.4} (mean {:.4})",
            macro_g / n as f64,
            macro_a / n as f64
        );
    }
    let n = pages.len() as f64;
    println!(
        "all {} pages: general {:.0} pages/s, auto {:.0} pages/s ({:.2}x)",
        pages.len(),
        n / tg,
        n / ta,
        tg / ta
    );
}
