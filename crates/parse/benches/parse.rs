//! Throughput of the parse stage (tagging, lemmas and dependency trees) in
//! bytes of text per second on one thread, on the generated news corpus
//! (`detente-corpus`, deterministic by seed) and on the repository's own
//! samples. Run: `cargo bench -p detente-parse`.
//!
//! - `parse_doc`: [`detente_parse::parse_doc`] on documents already cleaned
//!   and split (the stage alone, as the pipeline runs it);
//! - `load`: inflating and loading the shipped model.

use detente_doc::Doc;
use divan::counter::BytesCount;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// About 1 MB of generated articles and the samples, prepared for parsing.
fn docs() -> &'static (Vec<Doc>, usize) {
    static DOCS: OnceLock<(Vec<Doc>, usize)> = OnceLock::new();
    DOCS.get_or_init(|| {
        let kb = detente_kb::builtin();
        let mut texts: Vec<String> = (0..200)
            .map(|i| detente_corpus::generate(7, i).text)
            .collect();
        let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples");
        if let Ok(dir) = std::fs::read_dir(samples) {
            let mut paths: Vec<_> = dir
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
        let bytes = texts.iter().map(|t| t.len()).sum();
        let docs = texts
            .iter()
            .map(|t| detente_text::prepare(t, None, kb))
            .collect();
        (docs, bytes)
    })
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn parse_doc(bencher: divan::Bencher) {
    let model = detente_parse::Model::english();
    let (docs, bytes) = docs();
    bencher
        .counter(BytesCount::new(*bytes))
        .with_inputs(|| docs.clone())
        .bench_local_values(|mut docs| {
            for d in &mut docs {
                detente_parse::parse_doc(d, model);
            }
            docs
        });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn load() -> detente_parse::Model {
    detente_parse::Model::from_bytes(include_bytes!("../model/en_ewt.bin")).unwrap()
}
