//! The benchmark's corpus: `n` generated articles (seed 42) with their
//! publication dates, shared by `benches/extract.rs` and
//! `examples/extract_once.rs` so that both time the same documents.

use detente_extract::DocMeta;

pub fn generated(n: usize) -> Vec<(String, DocMeta)> {
    (0..n)
        .map(|i| {
            let d = detente_corpus::generate(42, i);
            let meta = DocMeta {
                published: chrono::NaiveDate::parse_from_str(&d.published, "%Y-%m-%d").ok(),
                ..DocMeta::default()
            };
            (d.text, meta)
        })
        .collect()
}
