//! The database side of the command line: `ingest` fills the store, the
//! query commands read it and print tables, JSON, CSV, PLOVER or calendars.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use detente_ingest::{Report, Tally};
use detente_kb::Kb;
use detente_sources::{expand, Fetcher, HttpFetcher, NoFetch, SourceOptions};
use detente_store::{EventFilter, EventRow, Store};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

/// Where the database lives: `--db`, else `DETENTE_DB`, else `detente.db` here.
#[derive(Args, Clone)]
pub struct DbArg {
    /// The database file: `ingest` creates it; the other commands need it to
    /// exist.
    #[arg(
        long,
        value_name = "PATH",
        env = "DETENTE_DB",
        default_value = "detente.db",
        global = true
    )]
    pub db: PathBuf,
}

impl DbArg {
    /// Open the database, creating it if missing (for `ingest`).
    fn create(&self) -> Result<Store> {
        Store::open(&self.db).with_context(|| format!("database {}", self.db.display()))
    }

    /// Open an existing database; a missing one is an error, not a new,
    /// empty file (a mistyped `--db` must not answer "(nothing)").
    fn open(&self) -> Result<Store> {
        if !self.db.is_file() {
            anyhow::bail!(
                "no database at {} (make one with `detente ingest --db {} FILES…`, or point \
                 --db or DETENTE_DB at an existing one)",
                self.db.display(),
                self.db.display()
            );
        }
        self.create()
    }
}

#[derive(Args)]
pub struct IngestArgs {
    /// Files, folders (read recursively), feeds (RSS/Atom), web archives
    /// (.warc, .warc.gz), JSON Lines, http(s) URLs, or `-` for standard input.
    #[arg(required = true, value_name = "PATH|URL")]
    pub inputs: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_name = "DATE", value_parser = crate::parse_date)]
    pub published: Option<NaiveDate>,
    /// Source name (outlet) for documents that carry none.
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// Never fetch URLs (feeds fall back to their items' summaries).
    #[arg(long)]
    pub no_fetch: bool,
    /// Print each document as it is stored.
    #[arg(long, short)]
    pub verbose: bool,
    /// Knowledge-base folder whose files extend the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub kb: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

/// Formats of event lists (`events`, `timeline`).
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum QueryFormat {
    /// A readable table, with the evidence sentence of each event.
    #[default]
    Table,
    /// One JSON array of events, each with its evidence.
    Json,
    /// One JSON object per event.
    Jsonl,
    /// One row per event, with its evidence.
    Csv,
    /// PLOVER JSON Lines, as other event-data tools read them.
    Plover,
    /// An iCalendar file of the planned events.
    Ics,
}

/// Formats of the other lists (`quotes`, `people`, `docs`, `search`).
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum ListFormat {
    #[default]
    Table,
    Json,
    Jsonl,
    Csv,
}

/// Formats of the track list.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum TracksFormat {
    #[default]
    Table,
    Json,
    Jsonl,
}

/// Event statuses, as stored.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Status {
    Occurred,
    Planned,
    Claimed,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Claimed => "claimed",
        }
    }
}

/// A date filter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date.
pub(crate) fn parse_partial_date(s: &str) -> Result<String, String> {
    let bad = || {
        format!(
            "`{s}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-11, 2025-11-17)"
        )
    };
    let ok = detente_store::is_date_filter(s);
    if ok {
        Ok(s.to_string())
    } else {
        Err(bad())
    }
}

/// A PLOVER event type, upper-cased.
fn parse_event_type(s: &str) -> Result<String, String> {
    let t = s.trim().to_uppercase();
    if detente_kb::PLOVER_TYPES.contains(&t.as_str()) {
        Ok(t)
    } else {
        Err(format!(
            "`{s}` is not a PLOVER event type; use one of {}",
            detente_kb::PLOVER_TYPES.join(", ")
        ))
    }
}

/// A topic id of the knowledge base.
fn parse_topic(s: &str) -> Result<String, String> {
    let topics = &detente_kb::builtin().topics;
    if topics.iter().any(|t| t.id == s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "`{s}` is not a topic; use one of {}",
            topics
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

/// A party code: letters and digits.
fn parse_code(s: &str) -> Result<String, String> {
    let c = s.trim().to_uppercase();
    if !c.is_empty() && c.len() <= 12 && c.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        Ok(c)
    } else {
        Err(format!(
            "`{s}` is not a party code (letters and digits: RUS, USA, IGOWAFECO …)"
        ))
    }
}

/// Two party codes: `RUS-USA`.
fn parse_dyad(s: &str) -> Result<(String, String), String> {
    let (a, b) = s
        .split_once(['-', ':', ','])
        .ok_or_else(|| format!("`{s}` is not two codes: write them as A-B (RUS-USA)"))?;
    Ok((parse_code(a)?, parse_code(b)?))
}

#[derive(Args)]
pub struct EventsArgs {
    /// Events with a party of this code (RUS, USA, UNO, IGOWAFECO …).
    #[arg(long, value_name = "CODE", value_parser = parse_code)]
    pub actor: Option<String>,
    /// Events between two codes, in either direction: `RUS-USA`.
    #[arg(long, value_name = "A-B", value_parser = parse_dyad)]
    pub dyad: Option<(String, String)>,
    /// PLOVER type: CONSULT, AGREE, ACCUSE, …
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_event_type)]
    pub event_type: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// A topic id (ceasefire, sanctions-tariffs, embassy-operations, …).
    #[arg(long, value_parser = parse_topic)]
    pub topic: Option<String>,
    /// Start date on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_partial_date)]
    pub since: Option<String>,
    /// Start date on or before (YYYY, YYYY-MM or YYYY-MM-DD; a month means its last day).
    #[arg(long, value_name = "DATE", value_parser = parse_partial_date)]
    pub until: Option<String>,
    /// Words in a sentence that reports the event.
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many events (the total is printed to standard error
    /// when there are more).
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    /// Skip this many events first (the next page: `--offset 200`).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct TimelineArgs {
    /// The first party's code (a state or body: RUS, UKR, IGOWAFECO …).
    #[arg(value_parser = parse_code)]
    pub a: String,
    /// The second party's code: events between A and B, either direction.
    #[arg(value_parser = parse_code)]
    pub b: String,
    /// At most this many events.
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    /// Skip this many events first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct QuotesArgs {
    /// Part of the speaker's name (any case): `--speaker Ryabkov`.
    #[arg(long)]
    pub speaker: Option<String>,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct SearchArgs {
    /// Words to find (all of them; `word*` for a prefix).
    pub words: String,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    #[command(flatten)]
    pub db: DbArg,
}

/// Store every input; returns whether every input was stored. The pipeline
/// itself (parallel extraction, a writer thread, batches in one transaction
/// each) is `detente_ingest::run`, which the ingest benchmark runs too.
pub fn ingest(args: &IngestArgs) -> Result<bool> {
    let owned;
    let kb: &Kb = match &args.kb {
        Some(dir) => {
            owned = Kb::load(dir).with_context(|| format!("knowledge base {}", dir.display()))?;
            &owned
        }
        None => detente_kb::builtin(),
    };
    let store = args.db.create()?;
    let opts = SourceOptions {
        allow_fetch: !args.no_fetch,
        ..SourceOptions::default()
    };
    let fetcher: Box<dyn Fetcher> = if args.no_fetch {
        Box::new(NoFetch)
    } else {
        Box::new(HttpFetcher)
    };
    let progress = std::io::stderr().is_terminal() && !args.verbose;
    let bar = progress.then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                .expect("valid template"),
        );
        b.enable_steady_tick(std::time::Duration::from_millis(120));
        b
    });
    let started = Instant::now();
    let verbose = args.verbose;
    let notes: std::sync::Mutex<std::collections::HashMap<String, DateNote>> = Default::default();
    let undated = std::sync::atomic::AtomicUsize::new(0);
    let say = |line: String| match &bar {
        Some(b) => b.println(line),
        None => eprintln!("{line}"),
    };
    let report = |r: Report| match r {
        Report::Stored { origin, events } => {
            let note = notes.lock().ok().and_then(|mut n| n.remove(origin));
            match note {
                Some(DateNote::Mentioned { date, line }) => say(format!(
                    "detente: {origin}: dated {date} from a date the text mentions ({line:?}); \
                     give --published YYYY-MM-DD to be sure"
                )),
                Some(DateNote::Undated) => {
                    undated.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if verbose {
                        say(format!("detente: {origin}: no publication date"));
                    }
                }
                None => {}
            }
            if verbose {
                eprintln!("stored     {origin} ({events} events)")
            }
        }
        Report::Duplicate { origin } if verbose => eprintln!("duplicate  {origin}"),
        Report::Error { origin, reason } => match &bar {
            Some(b) => b.println(format!("detente: {origin}: {reason}")),
            None => eprintln!("detente: {origin}: {reason}"),
        },
        _ => {}
    };
    let on_batch = |t: &Tally| {
        if let Some(b) = &bar {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            b.set_message(format!(
                "{:.1} MB read, {:.1} MB/s, {} unreadable",
                t.bytes as f64 / 1e6,
                t.bytes as f64 / 1e6 / secs,
                t.unreadable
            ));
        }
    };
    let skipped = std::cell::Cell::new(0usize);
    let items = expand(&args.inputs, &opts, fetcher.as_ref())
        .filter(|item| match item {
            Ok(raw) if is_documentation(&raw.origin, &args.inputs) => {
                if verbose {
                    eprintln!("skipped    {} (documentation, not an article)", raw.origin);
                }
                skipped.set(skipped.get() + 1);
                false
            }
            _ => true,
        })
        .map(|item| {
            item.map(|mut raw| {
                if raw.url.is_none() {
                    raw.url = file_url(&raw.origin);
                }
                raw
            })
        });
    // Dated documents first: an undated copy of a dated one is then the
    // duplicate, not the other way round.
    let items = DatedFirst::new(items, args.published.is_some(), &notes);
    let options = detente_ingest::Options {
        published: args.published,
        source: args.source.clone(),
    };
    let (tally, _store) = detente_ingest::run(items, store, kb, &options, report, on_batch)?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} stored, {} already stored, {} errors in {secs:.1} s ({:.1} MB read) -> {}",
        tally.stored,
        tally.duplicates,
        tally.errors,
        tally.bytes as f64 / 1e6,
        args.db.db.display()
    );
    if skipped.get() > 0 {
        eprintln!(
            "detente: {} documentation file{} (README, *.md) in folders skipped; name one to store it",
            skipped.get(),
            if skipped.get() == 1 { "" } else { "s" }
        );
    }
    let undated = undated.into_inner();
    if undated > 0 {
        eprintln!(
            "detente: {undated} document{} stored without a publication date (none given, none in \
             the text; -v names them): their relative dates (\"on Tuesday\", \"next week\") stay \
             undated; give --published YYYY-MM-DD",
            if undated == 1 { "" } else { "s" }
        );
    }
    Ok(tally.errors == 0)
}

/// Where a local document came from, as a `file://` URL (with the line of a
/// JSON Lines file as its fragment), so that every stored document can be
/// traced back; `None` for standard input and what is not a local file.
fn file_url(origin: &str) -> Option<String> {
    let (path, fragment) = match origin.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (origin, None),
    };
    if origin.starts_with('<') || origin.contains("://") {
        return None;
    }
    let abs = std::fs::canonicalize(path).ok()?;
    let mut url = String::from("file://");
    for c in abs.to_string_lossy().chars() {
        match c {
            ' ' => url.push_str("%20"),
            '#' => url.push_str("%23"),
            '?' => url.push_str("%3F"),
            '%' => url.push_str("%25"),
            c => url.push(c),
        }
    }
    if let Some(f) = fragment {
        url.push('#');
        url.push_str(f);
    }
    Some(url)
}

/// A README or Markdown file met while walking a folder (named on the
/// command line, it is stored).
fn is_documentation(origin: &str, inputs: &[String]) -> bool {
    if inputs.iter().any(|i| i == origin) {
        return false;
    }
    let name = std::path::Path::new(origin)
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.ends_with(".md")
        || name.ends_with(".markdown")
        || name.ends_with(".rst")
        || [
            "readme",
            "license",
            "licence",
            "changelog",
            "copying",
            "notice",
            "authors",
        ]
        .iter()
        .any(|p| name == *p || name.starts_with(&format!("{p}.")))
}

/// Passes documents on, dating plain texts that carry no date from their
/// text: a date line or dateline at once; one that is only a caption's
/// date, or none, is kept back (up to a limit) and passed on at the end,
/// so that a dated copy of the same text is stored first and the undated
/// one is the duplicate. What each kept-back document lacks is noted in
/// `notes` (by origin), to be said when it is stored.
struct DatedFirst<'c, I> {
    inner: I,
    held: std::collections::VecDeque<detente_sources::RawDocument>,
    held_bytes: usize,
    done: bool,
    /// `--published` was given: no document goes undated.
    default_date: bool,
    notes: &'c std::sync::Mutex<std::collections::HashMap<String, DateNote>>,
}

/// What a stored document's date rests on, when it is not its own.
#[derive(Clone, Debug)]
enum DateNote {
    /// Dated from a date the text mentions (a caption).
    Mentioned { date: NaiveDate, line: String },
    /// No date at all.
    Undated,
}

/// Bytes of undated documents kept back at most (beyond, they go on in order).
const HOLD_BYTES: usize = 256 << 20;

impl<'c, I> DatedFirst<'c, I> {
    fn new(
        inner: I,
        default_date: bool,
        notes: &'c std::sync::Mutex<std::collections::HashMap<String, DateNote>>,
    ) -> Self {
        DatedFirst {
            inner,
            held: std::collections::VecDeque::new(),
            held_bytes: 0,
            done: false,
            default_date,
            notes,
        }
    }

    /// On release: a caption's date, else nothing; noted either way.
    fn release(&self, mut raw: detente_sources::RawDocument) -> detente_sources::RawDocument {
        let note = match guess_of(&raw) {
            Some(g) => {
                raw.published = Some(g.date);
                DateNote::Mentioned {
                    date: g.date,
                    line: g.line,
                }
            }
            None => DateNote::Undated,
        };
        if let Ok(mut n) = self.notes.lock() {
            n.insert(raw.origin.clone(), note);
        }
        raw
    }
}

fn guess_of(raw: &detente_sources::RawDocument) -> Option<detente_extract::published::Guess> {
    let head = &raw.bytes[..raw.bytes.len().min(64 * 1024)];
    detente_extract::published::guess(&String::from_utf8_lossy(head))
}

impl<I> Iterator for DatedFirst<'_, I>
where
    I: Iterator<Item = Result<detente_sources::RawDocument, detente_sources::SourceError>>,
{
    type Item = I::Item;
    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.inner.next() {
                None => self.done = true,
                Some(Ok(mut raw))
                    if raw.published.is_none() && raw.kind == detente_sources::RawKind::Text =>
                {
                    match guess_of(&raw) {
                        Some(g) if g.is_own() => {
                            raw.published = Some(g.date);
                            return Some(Ok(raw));
                        }
                        _ if self.default_date => return Some(Ok(raw)),
                        _ => {}
                    }
                    if self.held_bytes + raw.bytes.len() > HOLD_BYTES {
                        return Some(Ok(self.release(raw)));
                    }
                    self.held_bytes += raw.bytes.len();
                    self.held.push_back(raw);
                }
                Some(other) => return Some(other),
            }
        }
        let raw = self.held.pop_front()?;
        Some(Ok(self.release(raw)))
    }
}

pub fn events(args: &EventsArgs) -> Result<bool> {
    let store = args.db.open()?;
    let filter = EventFilter {
        actor: args.actor.clone(),
        dyad: args.dyad.clone(),
        event_type: args.event_type.clone(),
        status: args.status.map(|s| s.as_str().to_string()),
        topic: args.topic.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
        text: args.text.clone(),
        limit: Some(args.limit),
        offset: args.offset,
        ..EventFilter::default()
    };
    let rows = store.events(&filter)?;
    print_events(&rows, args.format)?;
    note_more(&store, &filter, rows.len())?;
    Ok(true)
}

/// Say on standard error when a page does not hold every matching event.
fn note_more(store: &Store, filter: &EventFilter, shown: usize) -> Result<()> {
    if filter.limit.is_some_and(|l| shown >= l) || filter.offset > 0 {
        let total = store.count_events(filter)?;
        if total > shown {
            eprintln!(
                "detente: events {}-{} of {total} (--offset and --limit for others)",
                filter.offset + usize::from(shown > 0),
                filter.offset + shown
            );
        }
    }
    Ok(())
}

pub fn timeline(args: &TimelineArgs) -> Result<bool> {
    let store = args.db.open()?;
    let filter = EventFilter {
        dyad: Some((args.a.clone(), args.b.clone())),
        limit: Some(args.limit),
        offset: args.offset,
        ..EventFilter::default()
    };
    let rows = store.events(&filter)?;
    print_events(&rows, args.format)?;
    note_more(&store, &filter, rows.len())?;
    Ok(true)
}

fn parties(p: &[detente_store::Party]) -> String {
    let mut v: Vec<String> = p
        .iter()
        .map(|x| match (&x.code, x.kind.as_str()) {
            (Some(c), "person") => format!("{} ({c})", x.name),
            (Some(c), _) => c.clone(),
            (None, _) => x.name.clone(),
        })
        .collect();
    v.dedup();
    if v.is_empty() {
        return "?".to_string();
    }
    v.join(", ")
}

/// Names of parties for people to read ("Russia, China").
fn party_names(p: &[detente_store::Party]) -> String {
    let mut v: Vec<String> = p.iter().map(|x| x.name.clone()).collect();
    v.dedup();
    if v.is_empty() {
        return "?".to_string();
    }
    v.join(", ")
}

fn date_span(r: &EventRow) -> String {
    match (&r.date, &r.enddate) {
        (Some(d), Some(e)) => format!("{d}..{e}"),
        (Some(d), None) => d.clone(),
        _ => "?".into(),
    }
}

/// Where an event's evidence comes from, for a table: title (or document
/// id), source, address.
fn evidence_ref(r: &EventRow) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (&r.title, &r.doc_id) {
        (Some(t), _) => parts.push(t.clone()),
        (None, Some(id)) => parts.push(format!("document {}", &id[..id.len().min(12)])),
        _ => {}
    }
    if let Some(s) = &r.source {
        parts.push(s.clone());
    }
    if let Some(p) = &r.published {
        parts.push(p.clone());
    }
    if let Some(u) = &r.url {
        parts.push(u.clone());
    }
    parts.join(", ")
}

/// The parties of an event as codes (`RUS;CHN`).
fn codes(p: &[detente_store::Party]) -> String {
    p.iter()
        .filter_map(|x| x.code.clone())
        .collect::<Vec<_>>()
        .join(";")
}

/// The parties of an event as names (`Russia;China`).
fn names(p: &[detente_store::Party]) -> String {
    p.iter()
        .map(|x| x.name.clone())
        .collect::<Vec<_>>()
        .join(";")
}

/// The columns of `events --format csv`.
pub(crate) const EVENT_CSV_HEAD: &str = "id,date,enddate,event,mode,status,actor_codes,recipient_codes,actors,recipients,place,country,topics,n_documents,n_sources,n_reports,first_reported,sentence,doc_id,title,source,published,url";

fn print_events(rows: &[EventRow], format: QueryFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        QueryFormat::Table => {
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        date_span(r),
                        match &r.mode {
                            Some(m) => format!("{}/{m}", r.event),
                            None => r.event.clone(),
                        },
                        format!("{} -> {}", parties(&r.actors), parties(&r.recipients)),
                        r.location
                            .as_ref()
                            .map_or(String::new(), |l| l.name.clone()),
                        r.status.clone(),
                        format!(
                            "{} report{}, {} doc{}, {} source{}",
                            r.n_reports,
                            plural(r.n_reports),
                            r.n_documents,
                            plural(r.n_documents),
                            r.n_sources,
                            plural(r.n_sources)
                        ),
                    ]
                })
                .collect();
            let evidence: Vec<String> = rows
                .iter()
                .map(|r| {
                    format!(
                        "    \"{}\" ({})",
                        r.sentence.as_deref().unwrap_or("?"),
                        evidence_ref(r)
                    )
                })
                .collect();
            write_table_with(
                &mut out,
                &[
                    "ID",
                    "DATE",
                    "EVENT",
                    "PARTIES",
                    "PLACE",
                    "STATUS",
                    "REPORTED IN",
                ],
                &table,
                Some(&evidence),
            )?;
        }
        QueryFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        QueryFormat::Jsonl => write_jsonl(&mut out, rows)?,
        QueryFormat::Csv => {
            writeln!(out, "{EVENT_CSV_HEAD}")?;
            for r in rows {
                let cells = [
                    r.id.to_string(),
                    r.date.clone().unwrap_or_default(),
                    r.enddate.clone().unwrap_or_default(),
                    r.event.clone(),
                    r.mode.clone().unwrap_or_default(),
                    r.status.clone(),
                    codes(&r.actors),
                    codes(&r.recipients),
                    names(&r.actors),
                    names(&r.recipients),
                    r.location
                        .as_ref()
                        .map_or(String::new(), |l| l.name.clone()),
                    r.location
                        .as_ref()
                        .and_then(|l| l.country_code.clone())
                        .unwrap_or_default(),
                    r.topics.join(";"),
                    r.n_documents.to_string(),
                    r.n_sources.to_string(),
                    r.n_reports.to_string(),
                    r.first_reported.clone().unwrap_or_default(),
                    r.sentence.clone().unwrap_or_default(),
                    r.doc_id.clone().unwrap_or_default(),
                    r.title.clone().unwrap_or_default(),
                    r.source.clone().unwrap_or_default(),
                    r.published.clone().unwrap_or_default(),
                    r.url.clone().unwrap_or_default(),
                ];
                writeln!(
                    out,
                    "{}",
                    cells
                        .iter()
                        .map(|c| csv_cell(c))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
        }
        QueryFormat::Plover => {
            for r in rows {
                serde_json::to_writer(&mut out, &plover(r))?;
                writeln!(out)?;
            }
        }
        QueryFormat::Ics => write_ics(&mut out, rows)?,
    }
    out.flush()?;
    Ok(())
}

/// One event as a PLOVER record. `actor` and `recipient` are the first
/// party of each side (as single-actor tools expect); `actors` and
/// `recipients` keep every party.
fn plover(r: &EventRow) -> serde_json::Value {
    let first = |p: &[detente_store::Party]| {
        p.first()
            .map(|x| x.code.clone().unwrap_or_default())
            .unwrap_or_default()
    };
    let all = |p: &[detente_store::Party]| {
        p.iter()
            .map(|x| {
                serde_json::json!({
                    "code": x.code, "name": x.name, "kind": x.kind, "sector": x.sector,
                })
            })
            .collect::<Vec<_>>()
    };
    serde_json::json!({
        "id": format!("detente-{}", r.id),
        "date": r.date,
        "enddate": r.enddate,
        "event_type": r.event,
        "mode": r.mode,
        "context": r.context,
        "actor": first(&r.actors),
        "actor_name": r.actors.first().map(|x| x.name.clone()),
        "actor_sector": r.actors.first().and_then(|x| x.sector.clone()),
        "recipient": first(&r.recipients),
        "recipient_name": r.recipients.first().map(|x| x.name.clone()),
        "recipient_sector": r.recipients.first().and_then(|x| x.sector.clone()),
        "actors": all(&r.actors),
        "recipients": all(&r.recipients),
        "event_loc": r.location.as_ref().map(|l| serde_json::json!({"name": l.name, "lat": l.lat, "long": l.lon, "country": l.country_code})),
        "status": r.status,
        "topics": r.topics,
        "n_documents": r.n_documents,
        "n_sources": r.n_sources,
        "n_reports": r.n_reports,
        "sentence": r.sentence,
        "doc_id": r.doc_id,
        "title": r.title,
        "source": r.source,
        "published": r.published,
        "url": r.url,
    })
}

fn plural(n: i64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// What kind of contact or act an event is, for a calendar entry.
fn event_word(r: &EventRow) -> &'static str {
    match (r.event.as_str(), r.mode.as_deref()) {
        ("CONSULT", Some("phone")) => "Call",
        ("CONSULT", Some("visit")) => "Visit",
        ("CONSULT", _) => "Talks",
        ("AGREE", _) => "Agreement",
        ("SUPPORT", _) => "Support",
        ("AID", _) => "Aid",
        ("REQUEST", _) => "Request",
        ("CONCEDE", _) => "Concession",
        ("REJECT", _) => "Rejection",
        ("ACCUSE", _) => "Accusation",
        ("THREATEN", _) => "Threat",
        ("PROTEST", _) => "Protest",
        ("SANCTION", _) => "Sanctions",
        ("MOBILIZE", _) => "Mobilisation",
        ("COERCE", _) => "Coercion",
        ("ASSAULT", _) => "Assault",
        ("RETREAT", _) => "Retreat",
        _ => "Event",
    }
}

/// The days a planned event may fall on, and whether that is only a
/// window (a week, a month) rather than known days.
fn planned_days(r: &EventRow) -> Option<(NaiveDate, NaiveDate, bool)> {
    let d = r.date.as_deref()?;
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    if let Some(start) = day(d) {
        let end = r.enddate.as_deref().and_then(day).unwrap_or(start);
        // A week or longer given as a range is a window, not a meeting.
        let window = (end - start).num_days() >= 6;
        return Some((start, end.max(start), window));
    }
    // A month: "2025-12".
    let first = NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").ok()?;
    let next = first.checked_add_months(chrono::Months::new(1))?;
    let last = next.pred_opt()?;
    let end = r
        .enddate
        .as_deref()
        .and_then(|e| {
            day(e).or_else(|| {
                NaiveDate::parse_from_str(&format!("{e}-01"), "%Y-%m-%d")
                    .ok()
                    .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
                    .and_then(|n| n.pred_opt())
            })
        })
        .unwrap_or(last);
    Some((first, end.max(first), true))
}

/// A calendar of the planned events (announced talks, expected calls):
/// known days as all-day entries, a week or a month as a tentative entry
/// over it. Each entry says where it comes from.
fn write_ics(out: &mut impl Write, rows: &[EventRow]) -> Result<()> {
    write!(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//detente//planned events//EN\r\nCALSCALE:GREGORIAN\r\n")?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let stamp = chrono::DateTime::from_timestamp(now, 0)
        .unwrap_or_default()
        .format("%Y%m%dT%H%M%SZ")
        .to_string();
    let mut left_out = 0;
    for r in rows.iter().filter(|r| r.status == "planned") {
        let Some((start, end, window)) = planned_days(r) else {
            left_out += 1;
            continue;
        };
        let mut summary = format!(
            "{}: {} – {}",
            event_word(r),
            party_names(&r.actors),
            party_names(&r.recipients)
        );
        if r.recipients.is_empty() {
            summary = format!("{}: {}", event_word(r), party_names(&r.actors));
        }
        if let Some(l) = &r.location {
            summary.push_str(&format!(", {}", l.name));
        }
        if window {
            summary.push_str(" (date not fixed)");
        }
        let mut description = String::new();
        if window {
            description.push_str(&format!(
                "Expected between {start} and {end}; the report gives no exact day.\n"
            ));
        }
        if let Some(s) = &r.sentence {
            description.push_str(&format!("\"{s}\"\n"));
        }
        let reference = evidence_ref(r);
        if !reference.is_empty() {
            description.push_str(&format!("Source: {reference}\n"));
        }
        description.push_str(&format!(
            "Reported by {} document{}; detente event {}",
            r.n_documents,
            plural(r.n_documents),
            r.id
        ));
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:detente-{}@detente", r.id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", start.format("%Y%m%d")),
            format!(
                "DTEND;VALUE=DATE:{}",
                (end + chrono::Duration::days(1)).format("%Y%m%d")
            ),
            format!("SUMMARY:{}", ics_text(&summary)),
            format!("DESCRIPTION:{}", ics_text(&description)),
            "TRANSP:TRANSPARENT".to_string(),
        ];
        if window {
            lines.push("STATUS:TENTATIVE".to_string());
        }
        if let Some(l) = &r.location {
            lines.push(format!("LOCATION:{}", ics_text(&l.name)));
        }
        if let Some(u) = r.url.as_deref().filter(|u| u.starts_with("http")) {
            lines.push(format!("URL:{u}"));
        }
        lines.push("END:VEVENT".to_string());
        for l in lines {
            write!(out, "{}\r\n", ics_fold(&l))?;
        }
    }
    write!(out, "END:VCALENDAR\r\n")?;
    if left_out > 0 {
        eprintln!(
            "detente: {left_out} planned event{} without a day, week or month left out of the calendar",
            plural(left_out)
        );
    }
    Ok(())
}

/// Fold a content line at 75 octets (RFC 5545 3.1), on character
/// boundaries.
fn ics_fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out
}

fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_jsonl<T: Serialize>(out: &mut impl Write, rows: &[T]) -> Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, r)?;
        writeln!(out)?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, head: &[&str], rows: &[Vec<String>]) -> Result<()> {
    write_table_with(out, head, rows, None)
}

/// A table: columns cut at 60 characters but the last, and under each row
/// its line of `extra` (if given) in full.
fn write_table_with(
    out: &mut impl Write,
    head: &[&str],
    rows: &[Vec<String>],
    extra: Option<&[String]>,
) -> Result<()> {
    let mut width: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count().min(60));
        }
    }
    let line = |cells: Vec<&str>, out: &mut dyn Write| -> std::io::Result<()> {
        let last = cells.len() - 1;
        for (i, c) in cells.iter().enumerate() {
            let c: String = if c.chars().count() > 60 && i != last {
                c.chars().take(59).chain(['…']).collect()
            } else {
                c.to_string()
            };
            if i == last {
                writeln!(out, "{c}")?;
            } else {
                write!(out, "{c}{}", " ".repeat(width[i] + 2 - c.chars().count()))?;
            }
        }
        Ok(())
    };
    line(head.to_vec(), out)?;
    for (i, r) in rows.iter().enumerate() {
        line(r.iter().map(String::as_str).collect(), out)?;
        if let Some(x) = extra.and_then(|e| e.get(i)) {
            writeln!(out, "{x}")?;
        }
    }
    if rows.is_empty() {
        writeln!(out, "(nothing)")?;
    }
    Ok(())
}

fn print_rows<T: Serialize>(
    rows: &[T],
    format: ListFormat,
    head: &[&str],
    cells: impl Fn(&T) -> Vec<String>,
) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        ListFormat::Jsonl => write_jsonl(&mut out, rows)?,
        ListFormat::Csv => {
            writeln!(
                out,
                "{}",
                head.iter()
                    .map(|h| h.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(",")
            )?;
            for r in rows {
                writeln!(
                    out,
                    "{}",
                    cells(r)
                        .iter()
                        .map(|c| csv_cell(c))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
        }
        ListFormat::Table => {
            let table: Vec<Vec<String>> = rows.iter().map(&cells).collect();
            write_table(&mut out, head, &table)?;
        }
    }
    out.flush()?;
    Ok(())
}

pub fn quotes(args: &QuotesArgs) -> Result<bool> {
    let store = args.db.open()?;
    let rows = store.quotes(args.speaker.as_deref().unwrap_or(""))?;
    // The quote last: it is printed whole.
    print_rows(
        &rows,
        args.format,
        &["PUBLISHED", "SPEAKER", "DOCUMENT", "QUOTE"],
        |q| {
            vec![
                q.published.clone().unwrap_or_default(),
                q.speaker.clone().unwrap_or_else(|| "?".into()),
                q.title
                    .clone()
                    .or(q.url.clone())
                    .unwrap_or_else(|| q.doc_id[..12].to_string()),
                q.text.clone(),
            ]
        },
    )?;
    if rows.is_empty() {
        if let Some(sp) = &args.speaker {
            eprintln!("detente: no quote by a speaker named like `{sp}` (see `detente people`)");
        }
    }
    Ok(true)
}

pub fn people(args: &ListArgs) -> Result<bool> {
    let store = args.db.open()?;
    let rows = store.people()?;
    print_rows(
        &rows,
        args.format,
        &["NAME", "CODE", "OFFICE", "DOCUMENTS", "QUOTES"],
        |p| {
            vec![
                p.name.clone(),
                p.code.clone().unwrap_or_default(),
                p.office.clone().unwrap_or_default(),
                p.documents.to_string(),
                p.quotes.to_string(),
            ]
        },
    )?;
    Ok(true)
}

pub fn docs(args: &ListArgs) -> Result<bool> {
    let store = args.db.open()?;
    let rows = store.docs()?;
    print_rows(
        &rows,
        args.format,
        &["PUBLISHED", "SOURCE", "EVENTS", "QUOTES", "TITLE"],
        |d| {
            vec![
                d.published.clone().unwrap_or_default(),
                d.source.clone().unwrap_or_default(),
                d.n_events.to_string(),
                d.n_quotes.to_string(),
                d.title
                    .clone()
                    .or(d.url.clone())
                    .unwrap_or_else(|| d.id[..12].to_string()),
            ]
        },
    )?;
    Ok(true)
}

pub fn search(args: &SearchArgs) -> Result<bool> {
    let store = args.db.open()?;
    let rows = store.search(&args.words)?;
    print_rows(
        &rows,
        args.format,
        &["PUBLISHED", "DOCUMENT", "EVENT IDS", "SENTENCE"],
        |h| {
            vec![
                h.published.clone().unwrap_or_default(),
                h.title
                    .clone()
                    .or(h.url.clone())
                    .unwrap_or_else(|| h.doc_id[..12].to_string()),
                // `#12`: ids to give `detente serve`'s /events/12, not counts.
                h.events
                    .iter()
                    .map(|i| format!("#{i}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                h.highlighted.clone(),
            ]
        },
    )?;
    Ok(true)
}

#[derive(Args)]
pub struct TracksArgs {
    /// Statuses (in force, expired, pending) as of this date instead of today.
    #[arg(long, value_name = "DATE", value_parser = crate::parse_date)]
    pub today: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = TracksFormat::Table)]
    pub format: TracksFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum TrackFormat {
    #[default]
    Text,
    Json,
    Markdown,
    /// One self-contained HTML file to mail.
    Html,
}

#[derive(Args)]
pub struct TrackArgs {
    /// The track: its parties (`RUS-USA`) or the name given to it.
    pub track: String,
    #[arg(long, value_enum, default_value_t = TrackFormat::Text)]
    pub format: TrackFormat,
    /// Statuses as of this date instead of today.
    #[arg(long, value_name = "DATE", value_parser = crate::parse_date)]
    pub today: Option<NaiveDate>,
    /// Give the track a name (kept across rebuilds); an empty name removes it.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Merge another track into this one (kept across rebuilds).
    #[arg(long, value_name = "TRACK")]
    pub merge: Option<String>,
    /// Split a party set (`RUS-UKR`) out of this track.
    #[arg(long, value_name = "PARTIES")]
    pub split: Option<String>,
    #[command(flatten)]
    pub db: DbArg,
}

fn build(store: &Store, today: Option<NaiveDate>) -> Result<Vec<detente_tracks::Track>> {
    Ok(match today {
        Some(d) => detente_tracks::build_tracks_at(store, d)?,
        None => detente_tracks::build_tracks(store)?,
    })
}

pub fn tracks(args: &TracksArgs) -> Result<bool> {
    let store = args.db.open()?;
    let tracks = build(&store, args.today)?;
    let rows = detente_tracks::summaries(&tracks);
    match args.format {
        TracksFormat::Table => {
            print!("{}", detente_tracks::render_summaries(&rows));
        }
        TracksFormat::Json => println!("{}", serde_json::to_string_pretty(&rows)?),
        TracksFormat::Jsonl => {
            let stdout = std::io::stdout();
            write_jsonl(&mut stdout.lock(), &rows)?;
        }
    }
    Ok(true)
}

pub fn track(args: &TrackArgs) -> Result<bool> {
    let store = args.db.open()?;
    if let Some(name) = &args.name {
        detente_tracks::name_track(&store, &args.track, name)?;
    }
    if let Some(other) = &args.merge {
        detente_tracks::merge_tracks(&store, &args.track, other)?;
    }
    if let Some(parties) = &args.split {
        detente_tracks::split_track(&store, &args.track, parties)?;
    }
    let tracks = build(&store, args.today)?;
    let wanted = args
        .name
        .as_deref()
        .filter(|n| !n.is_empty())
        .unwrap_or(&args.track);
    let Some(t) = detente_tracks::find_track(&tracks, wanted)
        .or_else(|| detente_tracks::find_track(&tracks, &args.track))
    else {
        anyhow::bail!("no track `{}` (see `detente tracks`)", args.track);
    };
    match args.format {
        TrackFormat::Text => print!("{}", detente_tracks::render_text(t)),
        TrackFormat::Markdown => print!("{}", detente_tracks::render_markdown(t)),
        TrackFormat::Html => print!("{}", detente_tracks::render_html(t)),
        TrackFormat::Json => println!("{}", serde_json::to_string_pretty(t)?),
    }
    Ok(true)
}
