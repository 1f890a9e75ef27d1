//! Wall time per stage of the benchmark's pipeline (the stages of
//! `detente_extract::analyse` timed one by one over the 400 generated
//! articles), to tell where the clock goes when instructions understate
//! a memory-bound stage. `EX_PASSES=N` passes (default 5); each stage's
//! fastest pass is printed beside its median.
use detente_extract::{DocMeta, Options, Record};
use std::time::Instant;

#[path = "../benches/shared/generated.rs"]
mod generated;

/// mimalloc, as in `detente` itself (see the workspace's Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const STAGES: [&str; 9] = [
    "clean and split",
    "tag (tag_doc)",
    "recognise",
    "mark names",
    "choice of sentences",
    "trees (parse_trees)",
    "events",
    "record",
    "JSON",
];

fn pass(docs: &[(String, DocMeta)], kb: &detente_kb::Kb, opts: &Options) -> [f64; 9] {
    let model = detente_parse::Model::english();
    let mut t = [0f64; 9];
    for (text, meta) in docs {
        let mut clock = Instant::now();
        let mut lap = |i: usize, t: &mut [f64; 9]| {
            let now = Instant::now();
            t[i] += (now - clock).as_secs_f64();
            clock = now;
        };
        let mut doc = detente_text::prepare(text, meta.published, kb);
        lap(0, &mut t);
        let mut tagged = detente_parse::tag_doc(&mut doc, model);
        lap(1, &mut t);
        detente_recognise::recognise(&mut doc, kb);
        lap(2, &mut t);
        let names = detente_recognise::name_tokens(&doc);
        tagged.mark_names(&mut doc, model, |i| names[i]);
        lap(3, &mut t);
        let choice = detente_events::trees::choose_sentences(&doc, kb);
        lap(4, &mut t);
        tagged.parse_trees(&mut doc, model, |s| choice.wanted[s]);
        lap(5, &mut t);
        detente_events::extract_events_with(&mut doc, kb, &opts.events, Some(choice.triggers));
        lap(6, &mut t);
        let rec = Record::from_doc(&doc, meta);
        lap(7, &mut t);
        std::hint::black_box(serde_json::to_string(&rec).expect("serialisable"));
        lap(8, &mut t);
    }
    t
}

fn main() {
    let docs = generated::generated(400);
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let kb = detente_kb::builtin();
    let opts = Options::default();
    let _ = detente_extract::extract(&docs[0].0, &docs[0].1, kb, &opts);
    let passes: usize = std::env::var("EX_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let mut runs: Vec<[f64; 9]> = (0..passes).map(|_| pass(&docs, kb, &opts)).collect();
    let totals: Vec<f64> = runs.iter().map(|r| r.iter().sum()).collect();
    let mut sorted = totals.clone();
    sorted.sort_by(f64::total_cmp);
    let med_total = sorted[sorted.len() / 2];
    println!(
        "{passes} passes over {bytes} bytes: median {med_total:.3} s ({:.2} MB/s), fastest {:.3} s ({:.2} MB/s)",
        bytes as f64 / med_total / 1e6,
        sorted[0],
        bytes as f64 / sorted[0] / 1e6
    );
    println!(
        "{:<22} {:>9} {:>9} {:>7}",
        "stage", "median", "fastest", "share"
    );
    for (i, name) in STAGES.iter().enumerate() {
        let mut v: Vec<f64> = runs.iter().map(|r| r[i]).collect();
        v.sort_by(f64::total_cmp);
        let med = v[v.len() / 2];
        println!(
            "{name:<22} {:>7.1}ms {:>7.1}ms {:>6.1}%",
            med * 1e3,
            v[0] * 1e3,
            100.0 * med / med_total
        );
    }
    runs.clear();
}
