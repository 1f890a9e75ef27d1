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
    /// The database file (created if missing).
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
    fn open(&self) -> Result<Store> {
        Store::open(&self.db).with_context(|| format!("database {}", self.db.display()))
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

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Default)]
pub enum QueryFormat {
    #[default]
    Table,
    Json,
    Jsonl,
    Csv,
    /// PLOVER JSON Lines, as other event-data tools read them.
    Plover,
    /// An iCalendar file of the planned events.
    Ics,
}

#[derive(Args)]
pub struct EventsArgs {
    /// Events with a party of this code (RUS, USA, UNO…).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Events between two codes, in either direction: `RUS-USA`.
    #[arg(long, value_name = "A-B")]
    pub dyad: Option<String>,
    /// PLOVER type: CONSULT, AGREE, ACCUSE, …
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
    /// occurred, planned or claimed.
    #[arg(long)]
    pub status: Option<String>,
    /// A topic id (ceasefire, sanctions-tariffs, embassy-operations, …).
    #[arg(long)]
    pub topic: Option<String>,
    /// Start date on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Start date on or before.
    #[arg(long)]
    pub until: Option<String>,
    /// Words in a sentence that reports the event.
    #[arg(long)]
    pub text: Option<String>,
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct TimelineArgs {
    /// Two state or body codes: `detente timeline RUS USA`.
    pub a: String,
    pub b: String,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct ListArgs {
    /// For `quotes`: part of the speaker's name.
    #[arg(long)]
    pub speaker: Option<String>,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub db: DbArg,
}

#[derive(Args)]
pub struct SearchArgs {
    /// Words to find (all of them; `word*` for a prefix).
    pub words: String,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
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
    let store = args.db.open()?;
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
    let report = |r: Report| match r {
        Report::Stored { origin, events } if verbose => {
            eprintln!("stored     {origin} ({events} events)")
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
    let items = expand(&args.inputs, &opts, fetcher.as_ref());
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
    Ok(tally.errors == 0)
}

pub fn events(args: &EventsArgs) -> Result<bool> {
    let store = args.db.open()?;
    let dyad = match &args.dyad {
        Some(d) => {
            let (a, b) = d
                .split_once(['-', ':', ','])
                .with_context(|| format!("--dyad `{d}`: write two codes as A-B"))?;
            Some((a.to_uppercase(), b.to_uppercase()))
        }
        None => None,
    };
    let filter = EventFilter {
        actor: args.actor.as_ref().map(|a| a.to_uppercase()),
        dyad,
        event_type: args.event_type.as_ref().map(|t| t.to_uppercase()),
        status: args.status.clone(),
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
    Ok(true)
}

pub fn timeline(args: &TimelineArgs) -> Result<bool> {
    let store = args.db.open()?;
    let rows = store.timeline(&args.a.to_uppercase(), &args.b.to_uppercase())?;
    print_events(&rows, args.format)?;
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
    v.join(", ")
}

fn date_span(r: &EventRow) -> String {
    match (&r.date, &r.enddate) {
        (Some(d), Some(e)) => format!("{d}..{e}"),
        (Some(d), None) => d.clone(),
        _ => "?".into(),
    }
}

fn print_events(rows: &[EventRow], format: QueryFormat) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        QueryFormat::Table => {
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
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
                        format!("{} doc(s), {} source(s)", r.n_documents, r.n_sources),
                    ]
                })
                .collect();
            write_table(
                &mut out,
                &["DATE", "EVENT", "PARTIES", "PLACE", "STATUS", "REPORTED BY"],
                &table,
            )?;
        }
        QueryFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        QueryFormat::Jsonl => write_jsonl(&mut out, rows)?,
        QueryFormat::Csv => {
            writeln!(out, "id,date,enddate,event,mode,status,actor_codes,recipient_codes,actors,recipients,place,country,topics,n_documents,n_sources,first_reported")?;
            for r in rows {
                let codes = |p: &[detente_store::Party]| {
                    p.iter()
                        .filter_map(|x| x.code.clone())
                        .collect::<Vec<_>>()
                        .join(";")
                };
                let names = |p: &[detente_store::Party]| {
                    p.iter()
                        .map(|x| x.name.clone())
                        .collect::<Vec<_>>()
                        .join(";")
                };
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
                    r.first_reported.clone().unwrap_or_default(),
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
                let first = |p: &[detente_store::Party]| {
                    p.first()
                        .map(|x| x.code.clone().unwrap_or_default())
                        .unwrap_or_default()
                };
                let v = serde_json::json!({
                    "id": format!("detente-{}", r.id),
                    "date": r.date,
                    "event_type": r.event,
                    "mode": r.mode,
                    "context": r.context,
                    "actor": first(&r.actors),
                    "actor_name": r.actors.first().map(|x| x.name.clone()),
                    "actor_sector": r.actors.first().and_then(|x| x.sector.clone()),
                    "recipient": first(&r.recipients),
                    "recipient_name": r.recipients.first().map(|x| x.name.clone()),
                    "recipient_sector": r.recipients.first().and_then(|x| x.sector.clone()),
                    "event_loc": r.location.as_ref().map(|l| serde_json::json!({"name": l.name, "lat": l.lat, "long": l.lon, "country": l.country_code})),
                    "status": r.status,
                    "n_documents": r.n_documents,
                });
                serde_json::to_writer(&mut out, &v)?;
                writeln!(out)?;
            }
        }
        QueryFormat::Ics => write_ics(&mut out, rows)?,
    }
    out.flush()?;
    Ok(())
}

/// A calendar of the planned events (announced talks, expected calls).
fn write_ics(out: &mut impl Write, rows: &[EventRow]) -> Result<()> {
    write!(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//detente//planned events//EN\r\nCALSCALE:GREGORIAN\r\n")?;
    for r in rows.iter().filter(|r| r.status == "planned") {
        let Some(start) = r
            .date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let end = r
            .enddate
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .unwrap_or(start);
        let summary = format!(
            "{}: {} / {}",
            r.event,
            parties(&r.actors),
            parties(&r.recipients)
        );
        write!(
            out,
            "BEGIN:VEVENT\r\nUID:detente-{}@detente\r\nDTSTAMP:{}T000000Z\r\nDTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\nSUMMARY:{}\r\n{}END:VEVENT\r\n",
            r.id,
            start.format("%Y%m%d"),
            start.format("%Y%m%d"),
            (end + chrono::Duration::days(1)).format("%Y%m%d"),
            ics_text(&summary),
            r.location.as_ref().map_or(String::new(), |l| format!("LOCATION:{}\r\n", ics_text(&l.name))),
        )?;
    }
    write!(out, "END:VCALENDAR\r\n")?;
    Ok(())
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
    for r in rows {
        line(r.iter().map(String::as_str).collect(), out)?;
    }
    if rows.is_empty() {
        writeln!(out, "(nothing)")?;
    }
    Ok(())
}

fn print_rows<T: Serialize>(
    rows: &[T],
    format: QueryFormat,
    head: &[&str],
    cells: impl Fn(&T) -> Vec<String>,
) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        QueryFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        QueryFormat::Jsonl | QueryFormat::Plover => write_jsonl(&mut out, rows)?,
        QueryFormat::Csv => {
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
        QueryFormat::Table | QueryFormat::Ics => {
            let table: Vec<Vec<String>> = rows.iter().map(&cells).collect();
            write_table(&mut out, head, &table)?;
        }
    }
    out.flush()?;
    Ok(())
}

pub fn quotes(args: &ListArgs) -> Result<bool> {
    let store = args.db.open()?;
    let rows = store.quotes(args.speaker.as_deref().unwrap_or(""))?;
    print_rows(
        &rows,
        args.format,
        &["PUBLISHED", "SPEAKER", "QUOTE", "DOCUMENT"],
        |q| {
            vec![
                q.published.clone().unwrap_or_default(),
                q.speaker.clone().unwrap_or_else(|| "?".into()),
                q.text.clone(),
                q.title
                    .clone()
                    .or(q.url.clone())
                    .unwrap_or_else(|| q.doc_id[..12].to_string()),
            ]
        },
    )?;
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
        &["PUBLISHED", "DOCUMENT", "EVENTS", "SENTENCE"],
        |h| {
            vec![
                h.published.clone().unwrap_or_default(),
                h.title
                    .clone()
                    .or(h.url.clone())
                    .unwrap_or_else(|| h.doc_id[..12].to_string()),
                h.events
                    .iter()
                    .map(|i| i.to_string())
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
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
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
        QueryFormat::Table | QueryFormat::Ics | QueryFormat::Csv | QueryFormat::Plover => {
            print!("{}", detente_tracks::render_summaries(&rows));
        }
        QueryFormat::Json => println!("{}", serde_json::to_string_pretty(&rows)?),
        QueryFormat::Jsonl => {
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
