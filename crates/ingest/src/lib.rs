//! The ingest pipeline behind `detente ingest`, as a library so that the
//! command and its benchmark (`benches/ingest.rs`) run the same code.
//!
//! Principal items: [`run`] (raw documents in, records stored, a [`Tally`]
//! out), [`article`] (one raw document to its article text and metadata),
//! [`Report`] (what happened to each document, for the caller to print).
//!
//! How data flows:
//!
//! ```text
//! raw documents ──read in order──▶ batch of BATCH
//!   ──rayon, every core──▶ article (detente-html / decode / JSON line) ─▶ extract ─▶ Record
//!   ──channel──▶ writer thread: Store::insert_records, one transaction per batch
//!                (batches already waiting are stored together, up to MAX_TRANSACTION documents)
//! ```
//!
//! The writer stores one batch while the next is extracted. A batch that
//! fails as a whole is stored again document by document, so one bad
//! document does not sink the others. Every document is all-or-nothing,
//! and a killed run resumes where it stopped because stored documents are
//! skipped.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use detente_extract::{DocMeta, Record};
use detente_kb::Kb;
use detente_sources::{RawDocument, RawKind, SourceError};
use detente_store::{InsertOutcome, Store, StoreError};

/// Documents extracted in parallel at a time.
pub const BATCH: usize = 64;
/// Batches waiting for the writer are stored together, up to this many
/// documents in one transaction: fewer commits, and pages that every batch
/// touches (indexes, the FTS index) are written once.
pub const MAX_TRANSACTION: usize = 4 * BATCH;

/// What the caller gives every document that carries none.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Publication date for documents that carry none.
    pub published: Option<NaiveDate>,
    /// Source name (outlet) for documents that carry none.
    pub source: Option<String>,
}

/// What happened to one document.
#[derive(Clone, Copy, Debug)]
pub enum Report<'a> {
    Stored {
        origin: &'a str,
        events: usize,
    },
    Duplicate {
        origin: &'a str,
    },
    /// Unreadable, not extractable, or refused by the store (also noted in
    /// the store's `ingest_errors`).
    Error {
        origin: &'a str,
        reason: &'a str,
    },
}

/// Counts of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub stored: usize,
    pub duplicates: usize,
    pub errors: usize,
    /// Bytes of input read.
    pub bytes: usize,
    /// Inputs that could not be read so far (noted at the end of the run).
    pub unreadable: usize,
}

/// One batch on its way to the writer: origin, and the record with its
/// source or why it failed.
type Extracted = Vec<(String, Result<(Record, Option<String>), String>)>;

/// Store every document of `items` in `store`; answers the tally and the
/// store back. `report` hears about every document (on the writer thread);
/// `progress` is called after each batch is handed to the writer.
pub fn run<I, R, P>(
    items: I,
    mut store: Store,
    kb: &Kb,
    opts: &Options,
    report: R,
    mut progress: P,
) -> Result<(Tally, Store)>
where
    I: Iterator<Item = Result<RawDocument, SourceError>>,
    R: Fn(Report) + Sync,
    P: FnMut(&Tally),
{
    let extract_opts = detente_extract::Options::default();
    let mut tally = Tally::default();
    let mut read_errors: Vec<(String, String)> = Vec::new();
    let mut batch: Vec<RawDocument> = Vec::with_capacity(BATCH);
    let (to_writer, from_reader) =
        std::sync::mpsc::sync_channel::<Extracted>(MAX_TRANSACTION / BATCH);
    let (written, store, fatal) = std::thread::scope(|scope| {
        let report = &report;
        let writer = scope.spawn(move || {
            let mut t = Tally::default();
            let mut fatal = None;
            for mut extracted in from_reader.iter() {
                // When the writer is the slower side, take what is waiting.
                while extracted.len() < MAX_TRANSACTION {
                    match from_reader.try_recv() {
                        Ok(more) => extracted.extend(more),
                        Err(_) => break,
                    }
                }
                if let Err(e) = store_batch(&mut store, &extracted, &mut t, report) {
                    // The disk is full or the file damaged: write nothing
                    // more (dropping the channel stops the reader too).
                    fatal = Some(e);
                    break;
                }
            }
            (t, store, fatal)
        });
        let mut items = items;
        loop {
            let next = items.next();
            let done = next.is_none();
            match next {
                Some(Ok(raw)) => {
                    tally.bytes += raw.bytes.len();
                    batch.push(raw);
                }
                Some(Err(e)) => {
                    tally.unreadable += 1;
                    read_errors.push((e.origin, e.reason));
                }
                None => {}
            }
            if batch.len() >= BATCH || (done && !batch.is_empty()) {
                let extracted: Extracted = {
                    use rayon::prelude::*;
                    batch
                        .par_iter()
                        .map(|raw| {
                            let result = article(raw, opts.published)
                                .map_err(|e| format!("{e:#}"))
                                .map(|(text, meta)| {
                                    let record =
                                        detente_extract::extract(&text, &meta, kb, &extract_opts);
                                    (record, opts.source.clone().or(raw.source.clone()))
                                });
                            (raw.origin.clone(), result)
                        })
                        .collect()
                };
                batch.clear();
                // The writer stores this batch while the next one is extracted.
                if to_writer.send(extracted).is_err() {
                    break;
                }
                progress(&tally);
            }
            if done {
                break;
            }
        }
        drop(to_writer);
        writer.join()
    })
    .map_err(|_| anyhow::anyhow!("the database writer stopped"))?;
    if let Some(e) = fatal {
        let db = store
            .path()
            .map_or_else(|| "database".to_string(), |p| p.display().to_string());
        anyhow::bail!(
            "{db}: {e}; ingest stopped, nothing more was written (the {} documents stored \
             before are kept, and running the same ingest again resumes)",
            written.stored
        );
    }
    for (origin, reason) in &read_errors {
        let _ = store.record_error(origin, reason);
        report(Report::Error { origin, reason });
    }
    Ok((
        Tally {
            stored: written.stored,
            duplicates: written.duplicates,
            errors: written.errors + read_errors.len(),
            bytes: tally.bytes,
            unreadable: read_errors.len(),
        },
        store,
    ))
}

/// Store one batch in one transaction (document by document if the batch
/// fails as a whole), note errors, count. `Err`: an error of the database
/// itself ([`StoreError::is_fatal`]: disk full, damaged file): the batch's
/// transaction was rolled back and nothing more must be written.
fn store_batch(
    store: &mut Store,
    extracted: &Extracted,
    t: &mut Tally,
    report: &impl Fn(Report),
) -> Result<(), StoreError> {
    let good: Vec<(&Record, Option<&str>, &str)> = extracted
        .iter()
        .filter_map(|(o, r)| {
            r.as_ref()
                .ok()
                .map(|(rec, src)| (rec, src.as_deref(), o.as_str()))
        })
        .collect();
    let mut fatal = None;
    let outcomes = match store.insert_records(good.iter().map(|(r, s, _)| (*r, *s))) {
        Ok(v) => v.into_iter().map(Ok).collect::<Vec<_>>(),
        Err(e) if e.is_fatal() => return Err(e),
        // One bad document must not sink the batch: store them one by one.
        Err(_) => {
            let mut v = Vec::with_capacity(good.len());
            for (r, s, _) in &good {
                match store.insert_record(r, *s) {
                    Err(e) if e.is_fatal() => {
                        fatal = Some(e);
                        break;
                    }
                    other => v.push(other.map_err(|e| e.to_string())),
                }
            }
            v
        }
    };
    for ((rec, _, origin), outcome) in good.iter().zip(outcomes) {
        match outcome {
            Ok(InsertOutcome::Inserted { .. }) => {
                t.stored += 1;
                report(Report::Stored {
                    origin,
                    events: rec.events.len(),
                });
            }
            Ok(InsertOutcome::Duplicate { .. }) => {
                t.duplicates += 1;
                report(Report::Duplicate { origin });
            }
            Err(reason) => {
                t.errors += 1;
                let _ = store.record_error(origin, &reason);
                report(Report::Error {
                    origin,
                    reason: &reason,
                });
            }
        }
    }
    if let Some(e) = fatal {
        return Err(e);
    }
    for (origin, r) in extracted {
        if let Err(reason) = r {
            t.errors += 1;
            let _ = store.record_error(origin, reason);
            report(Report::Error { origin, reason });
        }
    }
    Ok(())
}

/// The article text and metadata of one raw document. A text longer than
/// [`detente_text::MAX_TEXT_BYTES`] is an error, whatever its kind.
pub fn article(
    raw: &RawDocument,
    default_published: Option<NaiveDate>,
) -> Result<(String, DocMeta)> {
    let (text, meta) = article_unchecked(raw, default_published)?;
    detente_text::check_size(&text)?;
    Ok((text, meta))
}

fn article_unchecked(
    raw: &RawDocument,
    default_published: Option<NaiveDate>,
) -> Result<(String, DocMeta)> {
    match raw.kind {
        RawKind::Html => {
            let a = detente_html::html_to_article(
                &raw.bytes,
                raw.url.as_deref(),
                raw.content_type.as_deref(),
            )?;
            Ok((
                a.text,
                DocMeta {
                    external_id: None,
                    url: a.canonical_url.or(raw.url.clone()),
                    title: a.title.or(raw.title.clone()),
                    published: a.published.or(raw.published).or(default_published),
                },
            ))
        }
        RawKind::Text => {
            let d = detente_text::decode(&raw.bytes)?;
            Ok((
                d.text,
                DocMeta {
                    external_id: None,
                    url: raw.url.clone(),
                    title: raw.title.clone(),
                    published: raw.published.or(default_published),
                },
            ))
        }
        RawKind::JsonlLine => {
            #[derive(serde::Deserialize)]
            struct Line {
                text: String,
                #[serde(default)]
                id: Option<serde_json::Value>,
                #[serde(default)]
                published: Option<String>,
                #[serde(default)]
                url: Option<String>,
                #[serde(default)]
                title: Option<String>,
            }
            let l: Line = serde_json::from_slice(&raw.bytes)
                .context("not a JSON object with a `text` field")?;
            anyhow::ensure!(!l.text.trim().is_empty(), "empty `text`");
            let published = l
                .published
                .as_deref()
                .and_then(|p| NaiveDate::parse_from_str(p.get(..10).unwrap_or(p), "%Y-%m-%d").ok());
            Ok((
                l.text,
                DocMeta {
                    external_id: l.id.map(|v| match v {
                        serde_json::Value::String(s) => s,
                        v => v.to_string(),
                    }),
                    url: l.url.or(raw.url.clone()),
                    title: l.title.or(raw.title.clone()),
                    published: published.or(raw.published).or(default_published),
                },
            ))
        }
    }
}
