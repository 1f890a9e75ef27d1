//! One pass of the benchmark's `extract_to_json` loop (400 generated
//! articles, seed 42), for instruction counts that the machine's load does
//! not enter: `valgrind --tool=callgrind --collect-atstart=no
//! --toggle-collect='*timed_pass*' target/release/examples/extract_once`
//! counts the pass alone (the corpus generation, the knowledge base and the
//! model's inflation left out). `EX_DOCS=N` takes the first N articles, `EX_PASSES=N` makes N passes.
use detente_extract::{extract, DocMeta, Options};

#[path = "../benches/shared/generated.rs"]
mod generated;

/// mimalloc, as in `detente` itself (see the workspace's Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[inline(never)]
fn timed_pass(docs: &[(String, DocMeta)], kb: &detente_kb::Kb, opts: &Options) -> usize {
    let mut out = 0;
    for (text, meta) in docs {
        let rec = extract(text, meta, kb, opts);
        out += serde_json::to_string(&rec).expect("serialisable").len();
    }
    out
}

fn main() {
    let n: usize = std::env::var("EX_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let docs = generated::generated(n);
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let kb = detente_kb::builtin();
    let opts = Options::default();
    // The model and the knowledge base loaded outside the pass.
    let _ = extract(&docs[0].0, &docs[0].1, kb, &opts);
    // EX_PASSES=N: N passes (for sampling profilers), each timed.
    let passes: usize = std::env::var("EX_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    // EX_HASH: a hash of every record's JSON (outside the timed pass), to
    // tell at once whether a change left the output as it was.
    if std::env::var_os("EX_HASH").is_some() {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (text, meta) in &docs {
            let json =
                serde_json::to_string(&extract(text, meta, kb, &opts)).expect("serialisable");
            for b in json.bytes() {
                h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
            }
        }
        eprintln!("hash of the JSON: {h:016x}");
    }
    for _ in 0..passes {
        let (t, cpu) = (std::time::Instant::now(), cpu_seconds());
        let out = timed_pass(&docs, kb, &opts);
        let s = t.elapsed().as_secs_f64();
        // The process's CPU time too: on a shared machine the wall clock
        // counts the time other jobs held the core.
        let c = cpu_seconds() - cpu;
        eprintln!(
            "{n} docs, {bytes} bytes, {out} bytes of JSON, {s:.3} s, {:.2} MB/s, cpu {c:.3} s",
            bytes as f64 / s / 1e6
        );
    }
}

/// User and system time of this process (Linux, `/proc/self/stat`, in
/// clock ticks of 10 ms), else 0.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command's parenthesis: utime and stime are the
    // 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse().ok())
        .collect();
    f.iter().sum::<f64>() / 100.0
}
