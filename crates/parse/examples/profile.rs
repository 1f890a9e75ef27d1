//! Where the parse stage's time goes: keys, tags, trees and lemmas timed
//! apart on the benchmark's documents. `cargo run --release -p
//! detente-parse --example profile`
use std::time::Instant;

fn main() {
    // The shipped model, or the file given.
    let model: &detente_parse::Model = match std::env::args().nth(1) {
        Some(path) => Box::leak(Box::new(
            detente_parse::Model::from_bytes(&std::fs::read(path).expect("model file"))
                .expect("model"),
        )),
        None => detente_parse::Model::english(),
    };
    eprintln!("{}", model.describe());
    let kb = detente_kb::builtin();
    // PS_DOCS=N: the first N documents only; PS_ONCE: one pass of
    // `analyse` alone (for valgrind --tool=cachegrind, which counts
    // instructions and cache misses whatever else the machine runs).
    let ndocs = std::env::var("PS_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    if std::env::var_os("PS_ONCE").is_some() {
        let kb = detente_kb::builtin();
        let mut n = 0;
        for i in 0..ndocs {
            let d = detente_text::prepare(&detente_corpus::generate(7, i).text, None, kb);
            for s in &d.sentences {
                let forms: Vec<&str> = (s.first_token..s.end_token)
                    .map(|t| d.token_text(t))
                    .collect();
                if std::env::var_os("PS_SKIP").is_none() {
                    n += model.analyse(&forms).len();
                }
            }
        }
        eprintln!("{n} words");
        return;
    }
    let texts: Vec<String> = (0..ndocs)
        .map(|i| detente_corpus::generate(7, i).text)
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let docs: Vec<detente_doc::Doc> = texts
        .iter()
        .map(|t| detente_text::prepare(t, None, kb))
        .collect();
    let mut sents: Vec<Vec<String>> = Vec::new();
    for d in &docs {
        for s in &d.sentences {
            sents.push(
                (s.first_token..s.end_token)
                    .map(|t| d.token_text(t).to_string())
                    .collect(),
            );
        }
    }
    // PS_REPEAT=N: the first N sentences over and over, so that every
    // lookup hits the cache (what the arithmetic alone costs).
    if let Some(n) = std::env::var("PS_REPEAT")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let total = sents.len();
        let few: Vec<Vec<String>> = sents[..n].to_vec();
        sents = few.iter().cycle().take(total).cloned().collect();
    }
    let words: usize = sents.iter().map(|s| s.len()).sum();
    let forms: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.iter().map(|w| w.as_str()).collect())
        .collect();
    let mut best = [f64::MAX; 4];
    let mut cpu = 0.0;
    for _ in 0..5 {
        let t = Instant::now();
        let mut tags = Vec::new();
        for f in &forms {
            let mut k: Vec<detente_parse::WordKeys> =
                f.iter().map(|w| detente_parse::WordKeys::new(w)).collect();
            tags.push(model.tag(&mut k));
        }
        best[0] = best[0].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let mut n = 0;
        for (f, tg) in forms.iter().zip(&tags) {
            n += model.parse_tagged(f, tg).0.len();
        }
        best[1] = best[1].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for (f, tg) in forms.iter().zip(&tags) {
            for (w, &g) in f.iter().zip(tg) {
                n += model.lemma(w, model.upos_of(g)).len();
            }
        }
        best[2] = best[2].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let c = thread_cpu();
        for f in &forms {
            n += model.analyse(f).len();
        }
        cpu += thread_cpu() - c;
        best[3] = best[3].min(t.elapsed().as_secs_f64());
        std::hint::black_box(n);
    }
    eprintln!(
        "{} bytes, {} sentences, {words} words; best of 5: tag {:.0} ms, parse {:.0} ms, lemmas {:.0} ms, analyse {:.0} ms ({:.2} MB/s, {:.2} us/word)",
        bytes,
        sents.len(),
        best[0] * 1e3,
        best[1] * 1e3,
        best[2] * 1e3,
        best[3] * 1e3,
        bytes as f64 / best[3] / 1e6,
        best[3] * 1e6 / words as f64
    );
    eprintln!(
        "analyse: {:.0} ms of CPU a pass on average ({:.2} MB/s)",
        cpu / 5.0 * 1e3,
        bytes as f64 / (cpu / 5.0) / 1e6
    );
}

/// CPU time of this thread so far (user and system), in seconds, from
/// /proc (Linux; 0 elsewhere): what the other processes on a shared
/// machine take does not count.
fn thread_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let tick = |i: usize| {
        fields
            .get(i)
            .and_then(|x| x.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (tick(11) + tick(12)) / 100.0
}
