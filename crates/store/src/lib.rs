//! The embedded database of detente: every extracted [`Record`] in one
//! SQLite file, with events merged across documents.
//!
//! # Principal types
//!
//! * [`Store`] owns one SQLite connection (WAL, foreign keys on, a busy
//!   timeout) whose schema is brought up to date by ordered migrations
//!   (`PRAGMA user_version`) when it is opened.
//! * [`Store::insert_record`] stores one document in one transaction and
//!   answers [`InsertOutcome::Inserted`] or, for a document id already
//!   stored, [`InsertOutcome::Duplicate`] (nothing written).
//! * Queries answer plain `serde::Serialize` structs: [`EventRow`] (with
//!   [`EventFilter`]), [`EventDetail`] and [`ReportRow`], [`SearchHit`],
//!   [`QuoteRow`], [`PersonRow`], [`DocRow`], [`Stats`]; for browsing,
//!   [`DocumentView`] (a document with its spans of events, quotes and
//!   entities), [`PersonView`] and [`StateView`].
//!
//! # How data flows
//!
//! ```text
//! Record ──insert_record──▶ documents (+ MinHash → story_id of near-duplicates)
//!                          sentences (+ FTS5 index sentences_fts)
//!                          entities, document_entity, quotes
//!        each record event ─match─▶ events (global, real-world)
//!                          ├─ event_reports (what this document said)
//!                          │    └─ event_mentions (sentence, offsets)
//!                          └─ event_parties, event_codes, event_dyads, event_topics
//! ```
//!
//! A record's event is matched against stored events of the same type and
//! the same set of party codes, with a compatible mode, date and status
//! (see `docs/schema.md`, "Event merging"); a match adds a report to the
//! stored event and may refine it (a place, a more precise date, planned →
//! occurred); otherwise a new event is made. Each report keeps what its
//! source said. The sentences are split again with the pipeline's own
//! splitter so that `sentences.idx` is the record's sentence index;
//! mentions are tied to sentences by their offsets.

mod browse;
mod dates;
mod error;
mod insert;
mod minhash;
mod query;
mod schema;

pub use browse::{
    DocEntity, DocEvent, DocQuote, DocumentView, PersonView, SentenceSpan, StateView,
};
pub use dates::is_date_filter;
pub use error::StoreError;
pub use query::{
    DocRow, EventDetail, EventFilter, EventRow, IngestErrorRow, Location, MentionRow, Party,
    PersonRow, QuoteRow, ReportRow, SearchFilter, SearchHit, Stats, SEARCH_WINDOW,
};

use detente_extract::Record;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, TransactionBehavior};
use serde::Serialize;
use std::path::Path;
use std::time::Duration;

/// What [`Store::insert_record`] did with a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum InsertOutcome {
    /// The document was new and is now stored with its events and quotes.
    Inserted { doc_id: String },
    /// A document with this id was already stored; nothing was written.
    Duplicate { doc_id: String },
}

impl InsertOutcome {
    pub fn doc_id(&self) -> &str {
        match self {
            InsertOutcome::Inserted { doc_id } | InsertOutcome::Duplicate { doc_id } => doc_id,
        }
    }
    pub fn is_inserted(&self) -> bool {
        matches!(self, InsertOutcome::Inserted { .. })
    }
}

/// How long a writer waits for another process's lock before failing.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The schema version this build writes (number of migrations).
pub fn schema_version_known() -> i64 {
    schema::MIGRATIONS.len() as i64
}

/// The database: one SQLite connection.
pub struct Store {
    conn: Connection,
    path: Option<std::path::PathBuf>,
    /// Matching sentences from which `events --text` under a dyad or actor
    /// index probes the FTS index event by event.
    text_probe_from: i64,
}

impl Store {
    /// Open (or create) the database at `path` and bring its schema up to
    /// date. A file that is not a SQLite database, or one cut short, is
    /// refused with [`StoreError::Damaged`] before anything is written to it.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        check_file(path)?;
        let mut store = Store::setup(Connection::open(path)?).map_err(|e| match e {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
                ) =>
            {
                StoreError::Damaged {
                    path: path.display().to_string(),
                    reason: format!("damaged database ({f})"),
                }
            }
            e => e,
        })?;
        store.path = Some(path.to_path_buf());
        Ok(store)
    }

    /// Where the database is (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// A private database in memory (tests).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL: readers never block the writer, and a killed writer leaves
        // the last committed state. `memory` for in-memory databases.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -32768)?;
        // Query planner stability: a plan never depends on bound values, so
        // cached statements are not re-prepared when they are rebound (with
        // STAT4 on, rebinding a LIMIT or range parameter otherwise costs a
        // full re-prepare: a quarter of the insert time).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store {
            conn,
            path: None,
            text_probe_from: query::TEXT_PROBE_FROM,
        };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let known = schema::MIGRATIONS.len() as i64;
        let found = self.schema_version()?;
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate() {
            let target = i as i64 + 1;
            if self.schema_version()? >= target {
                continue;
            }
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Another process may have migrated while we waited for the lock.
            let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now < target {
                tx.execute_batch(sql)?;
                tx.pragma_update(None, "user_version", target)?;
            }
            tx.commit()?;
        }
        Ok(())
    }

    /// `PRAGMA user_version`: the number of migrations applied.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Store one document, its sentences, entities, quotes and events, in
    /// one transaction. A document id already stored is a no-op.
    pub fn insert_record(
        &mut self,
        record: &Record,
        source: Option<&str>,
    ) -> Result<InsertOutcome, StoreError> {
        let now = dates::now_utc();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = insert::insert(&tx, record, source, &now)?;
        tx.commit()?;
        Ok(out)
    }

    /// The bulk path: store many documents in ONE transaction (all or
    /// nothing), with the same rules as [`Store::insert_record`].
    pub fn insert_records<'a, I>(&mut self, records: I) -> Result<Vec<InsertOutcome>, StoreError>
    where
        I: IntoIterator<Item = (&'a Record, Option<&'a str>)>,
    {
        let now = dates::now_utc();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut out = Vec::new();
        for (record, source) in records {
            out.push(insert::insert(&tx, record, source, &now)?);
        }
        tx.commit()?;
        Ok(out)
    }

    /// Note an input that could not be read or extracted.
    pub fn record_error(&self, path: &str, reason: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO ingest_errors (path, reason, at) VALUES (?1, ?2, ?3)",
            (path, reason, dates::now_utc()),
        )?;
        Ok(())
    }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: `["ok"]`
    /// when the database is sound, else the problems found.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        let mut out: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        let mut fk = self.conn.prepare("PRAGMA foreign_key_check")?;
        let bad: Vec<String> = fk
            .query_map([], |r| {
                Ok(format!(
                    "foreign key: {} row {:?} -> {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, String>(2)?
                ))
            })?
            .collect::<Result<_, _>>()?;
        if !bad.is_empty() {
            out.retain(|s| s != "ok");
            out.extend(bad);
        }
        Ok(out)
    }

    /// Tests: change the plan threshold of `events` with `text`.
    #[doc(hidden)]
    pub fn set_text_probe_from(&mut self, sentences: i64) {
        self.text_probe_from = sentences;
    }

    /// The connection, for ad-hoc reading (`sqlite3`-style queries).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// The SQLite header of an existing file, checked before SQLite opens it
/// (opening writes to it: WAL mode, migrations). Refused: a file that does
/// not start with the SQLite magic string, has a bad page size, or is
/// shorter than the pages its header counts (a truncated copy). The last
/// check is skipped while a write-ahead log is beside it: a checkpoint cut
/// short may leave the file shorter until the log is replayed.
fn check_file(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let damaged = |reason: String| StoreError::Damaged {
        path: path.display().to_string(),
        reason,
    };
    let Ok(mut file) = std::fs::File::open(path) else {
        return Ok(()); // missing (created by SQLite) or unreadable (SQLite says why)
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len == 0 {
        return Ok(()); // a new, empty file
    }
    let mut header = [0u8; 100];
    if len < 100 || file.read_exact(&mut header).is_err() {
        return Err(damaged(format!(
            "not a SQLite database (only {len} bytes, shorter than a database header)"
        )));
    }
    if &header[..16] != b"SQLite format 3\0" {
        return Err(damaged(
            "not a SQLite database (no SQLite header at the start of the file)".into(),
        ));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        n if n >= 512 && n.is_power_of_two() => n as u64,
        n => return Err(damaged(format!("damaged database header (page size {n})"))),
    };
    let change_counter = &header[24..28];
    let valid_for = &header[92..96];
    let pages = u32::from_be_bytes([header[28], header[29], header[30], header[31]]) as u64;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let wal_empty = std::fs::metadata(&wal).map_or(true, |m| m.len() == 0);
    if wal_empty && change_counter == valid_for && pages > 0 && len < pages * page_size {
        return Err(damaged(format!(
            "truncated database ({len} bytes; its header counts {pages} pages of {page_size} bytes, {} bytes)",
            pages * page_size
        )));
    }
    Ok(())
}
