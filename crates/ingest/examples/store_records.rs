//! The store side of ingest alone, for instruction counts: generated pages
//! to records (not measured), then the records into a fresh database in
//! batches, as the writer thread stores them.
//!
//! `valgrind --tool=callgrind --toggle-collect='detente_store::Store::insert_records' \
//!   target/release/examples/store_records [DOCS]`
//!
//! `BATCH=N` stores N records per transaction (default `BATCH`);
//! `CHECKPOINT=PAGES` sets `wal_autocheckpoint` (checkpoints cost little here).
fn main() {
    let docs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(300);
    let kb = detente_kb::builtin();
    let records: Vec<detente_extract::Record> = (0..docs)
        .map(|i| {
            let d = detente_corpus::generate(5, i);
            let raw = detente_sources::RawDocument {
                origin: format!("{}.html", d.id),
                bytes: d.html.into_bytes(),
                kind: detente_sources::RawKind::Html,
                url: None,
                published: None,
                title: None,
                source: None,
                content_type: None,
            };
            let (text, meta) = detente_ingest::article(&raw, None).expect("article");
            detente_extract::extract(&text, &meta, kb, &detente_extract::Options::default())
        })
        .collect();
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut store = detente_store::Store::open(dir.path().join("s.db")).expect("database");
    if let Some(pages) = std::env::var("CHECKPOINT")
        .ok()
        .and_then(|b| b.parse::<i64>().ok())
    {
        store
            .connection()
            .pragma_update(None, "wal_autocheckpoint", pages)
            .expect("pragma");
    }
    let t = std::time::Instant::now();
    let batch = std::env::var("BATCH")
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(detente_ingest::BATCH);
    for chunk in records.chunks(batch) {
        store
            .insert_records(chunk.iter().map(|r| (r, None)))
            .expect("stored");
    }
    eprintln!(
        "{docs} documents stored in {:.3} s",
        t.elapsed().as_secs_f64()
    );
}
