//! The `detente` command line: parses arguments, reads inputs, runs the
//! pipeline of `detente-extract`, writes records. All I/O of the extraction
//! lives here.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use detente_extract::{DocMeta, Options, Record};
use detente_kb::Kb;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod parse_cmd;
mod store_cmds;

/// The allocator: the pipeline allocates many small blocks, and mimalloc is
/// faster at them than glibc's (see the workspace's Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "detente",
    version,
    about = "Turn news about diplomacy into a structured, source-attributed record of negotiations",
    long_about = "detente reads news articles and finds who met whom, who called whom, what was \
agreed, what is planned next, who accuses whom, and who said what. Every event, quote and \
person points back to the sentence it came from.\n\n\
Start with:\n  detente extract --published 2025-11-19 --format table samples/01_geneva_prisoner_swap.txt"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events, quotes and entities from articles (text or JSON Lines).
    ///
    /// Each input document gives one JSON object per line (JSON Lines) with the
    /// parts `document`, `events`, `quotes` and `entities`, as described in
    /// the extraction-record spec; `--format table` prints a timeline instead.
    /// A file that cannot be read gets a one-line error and the others are
    /// still processed; the exit status is 0 only if every input was read.
    #[command(after_help = "Examples:\n  \
detente extract --published 2025-04-07 article.txt\n  \
detente extract --format table samples/*.txt\n  \
cat article.txt | detente extract --published 2025-04-07 -\n  \
detente extract --input-format jsonl corpus.jsonl > records.jsonl")]
    Extract(ExtractArgs),
    /// Print the article text of pages or texts, without page furniture.
    ///
    /// HTML pages give the main text of the article (title, date and address
    /// with `--format json`); plain texts lose navigation lines, cookie
    /// notices, credits and captions repeated in another language.
    Clean(CleanArgs),
    /// Store documents in the database: files, folders, HTML pages, feeds, web archives, URLs.
    ///
    /// Each document is extracted and stored in one transaction; a document
    /// already stored (same text) is skipped; a bad input is recorded as an
    /// error and the rest goes on. The exit status is 0 only if every input
    /// was stored.
    #[command(
        after_help = "Examples:\n  detente ingest samples/\n  detente ingest --published 2025-04-07 article.txt\n  detente ingest feed.xml news.warc.gz\n  detente ingest --db team.db https://example.org/article.html"
    )]
    Ingest(store_cmds::IngestArgs),
    /// List stored events, filtered: `detente events --dyad RUS-USA --type CONSULT`.
    Events(store_cmds::EventsArgs),
    /// The events between two parties in date order: `detente timeline RUS USA`.
    Timeline(store_cmds::TimelineArgs),
    /// Stored quotes, by speaker: `detente quotes --speaker Lavrov`.
    Quotes(store_cmds::QuotesArgs),
    /// People in the stored documents, with their offices.
    People(store_cmds::ListArgs),
    /// Stored documents.
    Docs(store_cmds::ListArgs),
    /// Full-text search of the stored sentences, with the events they report.
    Search(store_cmds::SearchArgs),
    /// Negotiation tracks: the list, with last and next contact of each.
    Tracks(store_cmds::TracksArgs),
    /// One negotiation track: contacts and rounds, outcomes, commitments with
    /// their status, claimed violations, what comes next, each with its source.
    #[command(
        after_help = "Examples:\n  detente track RUS-USA\n  detente track RUS-USA --format html > rus-usa.html\n  detente track RUS-USA --name \"Russia-US normalisation talks\"\n  detente track RUS-USA --merge RUS-UKR"
    )]
    Track(store_cmds::TrackArgs),
    /// Serve the database in a browser and as a JSON API (read-only unless
    /// --allow-ingest).
    #[command(
        after_help = "Examples:\n  detente serve --db news.db\n  DETENTE_TOKEN=s3cret-token detente serve --allow-ingest --addr 127.0.0.1:9000\n\nThe API is under /api/v1 (OpenAPI document: /api/v1/openapi.json)."
    )]
    Serve(ServeArgs),
    /// Tag, lemmatise and parse text (or re-parse CoNLL-U) and print CoNLL-U.
    ///
    /// The model is the one the pipeline uses: a tagger and dependency parser
    /// trained on Universal Dependencies English EWT (CC BY-SA 4.0).
    Parse(parse_cmd::ParseArgs),
}

#[derive(Parser)]
struct ServeArgs {
    /// The database file (it must exist: make it with `detente ingest`).
    #[arg(
        long,
        value_name = "PATH",
        env = "DETENTE_DB",
        default_value = "detente.db"
    )]
    db: PathBuf,
    /// Address to listen on; loopback by default (other machines cannot reach it).
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    addr: std::net::SocketAddr,
    /// Accept documents at POST /api/v1/documents from clients that send the
    /// token of DETENTE_TOKEN (Authorization: Bearer TOKEN).
    #[arg(long)]
    allow_ingest: bool,
    /// A knowledge-base folder that extends the built-in one (for ingest).
    #[arg(long, value_name = "DIR")]
    kb: Option<PathBuf>,
    /// Compute statuses of commitments and plans as of this day (YYYY-MM-DD)
    /// instead of today.
    #[arg(long, value_name = "DATE", value_parser = parse_date, hide = true)]
    today: Option<NaiveDate>,
}

fn run_serve(args: &ServeArgs) -> anyhow::Result<bool> {
    let token = if args.allow_ingest {
        match std::env::var("DETENTE_TOKEN") {
            Ok(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
            _ => anyhow::bail!("--allow-ingest needs a token in DETENTE_TOKEN"),
        }
    } else {
        None
    };
    detente_web::run(detente_web::ServeConfig {
        db: args.db.clone(),
        addr: args.addr,
        ingest_token: token,
        kb: args.kb.clone(),
        today: args.today,
    })?;
    Ok(true)
}

#[derive(Parser)]
struct CleanArgs {
    /// Files to read; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    inputs: Vec<PathBuf>,
    /// `text`: the article, documents separated by a blank line and a form feed;
    /// `json`: one JSON object per document with url, title, published, text.
    #[arg(long, value_enum, default_value_t = CleanFormat::Text)]
    format: CleanFormat,
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024 * 1024)]
    max_bytes: u64,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum CleanFormat {
    Text,
    Json,
}

fn run_clean(args: &CleanArgs) -> Result<bool> {
    let kb = detente_kb::builtin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for path in &args.inputs {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        match read_input(path, args.max_bytes).and_then(|b| article_of(&b, false, None)) {
            Ok((text, meta)) => {
                let cleaned = detente_text::clean(&text, &kb.cleaning).text;
                match args.format {
                    CleanFormat::Text => {
                        out.write_all(cleaned.as_bytes())?;
                        out.write_all(b"\n\x0c\n")?;
                    }
                    CleanFormat::Json => {
                        let v = serde_json::json!({
                            "file": name,
                            "url": meta.url,
                            "title": meta.title,
                            "published": meta.published.map(|d| d.to_string()),
                            "text": cleaned,
                        });
                        serde_json::to_writer(&mut out, &v)?;
                        out.write_all(b"\n")?;
                    }
                }
            }
            Err(e) => {
                eprintln!("detente: {name}: {e:#}");
                all_ok = false;
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

#[derive(Parser)]
struct ExtractArgs {
    /// Files to read; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for inputs that carry none; relative
    /// dates ("last week", "on March 18") are resolved against it. Without
    /// it, a text's own date line or dateline ("Published on 26/09/2024",
    /// "GENEVA, 3 March 2025 -") is used, else a date closing a caption
    /// (with a warning), else the relative dates stay undated (with a
    /// warning). A page's or a JSON line's own date always wins.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// How to read each input: one article per file (`text`), or one JSON
    /// object per line with `text` and optional `id`, `published`, `url`, `title` (`jsonl`).
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input_format: InputFormat,
    /// Output: JSON Lines records, or a readable timeline of the events.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,
    /// A folder of knowledge-base files (same names as the built-in ones
    /// under kb/: people.tsv, events.toml, …) whose rows are added.
    #[arg(long, value_name = "DIR")]
    kb: Option<PathBuf>,
    /// Also output events the text says did not happen (`negated: true`).
    #[arg(long)]
    negated: bool,
    /// Only people, states, bodies, places, dates and quotes: no events
    /// (about twice as fast).
    #[arg(long, conflicts_with = "negated")]
    no_events: bool,
    /// Largest input file in bytes; larger files are refused with an error.
    /// Each document's text (a file's text, a page's article text, a JSON
    /// line's `text`) is also capped at 1 MiB, as in `detente ingest`: a
    /// document over it is refused with an error naming it, and the other
    /// documents go on (exit status 1).
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024 * 1024)]
    max_bytes: u64,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum InputFormat {
    /// Plain text, or an HTML page (recognised by its markup).
    Text,
    /// An HTML page, always.
    Html,
    /// One JSON object per line.
    Jsonl,
}

/// The article text and what the input says about it: HTML pages lose their
/// page furniture here and give their title, date and address.
fn article_of(
    bytes: &[u8],
    force_html: bool,
    published: Option<NaiveDate>,
) -> Result<(String, DocMeta)> {
    if force_html || detente_html::looks_like_html(bytes) {
        let a = detente_html::html_to_article(bytes, None, None)?;
        let own = a
            .published
            .or_else(|| detente_extract::published::guess(&a.text).map(|g| g.date));
        let meta = DocMeta {
            published: own.or(published),
            title: a.title,
            url: a.canonical_url,
            ..DocMeta::default()
        };
        return Ok((a.text, meta));
    }
    let decoded = detente_text::decode(bytes)?;
    let published = date_of_text(&decoded.text, published);
    Ok((
        decoded.text,
        DocMeta {
            published,
            ..DocMeta::default()
        },
    ))
}

/// The publication date of a text without metadata: its own date line or
/// dateline, else `given` (`--published`), else a date closing a caption.
fn date_of_text(text: &str, given: Option<NaiveDate>) -> Option<NaiveDate> {
    match detente_extract::published::guess(text) {
        Some(g) if g.is_own() => Some(g.date),
        Some(g) if given.is_none() => Some(g.date),
        _ => given,
    }
}

/// A warning for a document whose relative dates cannot be resolved, or
/// whose date is only a guess from a date it mentions.
fn warn_date(name: &str, text: &str, meta: &DocMeta, given: Option<NaiveDate>) {
    match meta.published {
        None => eprintln!(
            "detente: {name}: no publication date (none given, none found in the text): relative \
             dates (\"on Tuesday\", \"next week\") stay undated; give --published YYYY-MM-DD"
        ),
        Some(d) if given.is_none() => {
            if let Some(g) = detente_extract::published::guess(text) {
                if g.date == d && !g.is_own() {
                    eprintln!(
                        "detente: {name}: dated {d} from a date the text mentions ({:?}); \
                         give --published YYYY-MM-DD to be sure",
                        g.line
                    );
                }
            }
        }
        _ => {}
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum OutputFormat {
    Json,
    Table,
}

pub(crate) fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(&args),
        Command::Clean(args) => run_clean(&args),
        Command::Ingest(args) => store_cmds::ingest(&args),
        Command::Events(args) => store_cmds::events(&args),
        Command::Timeline(args) => store_cmds::timeline(&args),
        Command::Quotes(args) => store_cmds::quotes(&args),
        Command::People(args) => store_cmds::people(&args),
        Command::Docs(args) => store_cmds::docs(&args),
        Command::Search(args) => store_cmds::search(&args),
        Command::Tracks(args) => store_cmds::tracks(&args),
        Command::Track(args) => store_cmds::track(&args),
        Command::Serve(args) => run_serve(&args),
        Command::Parse(args) => parse_cmd::run(&args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("detente: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[derive(serde::Deserialize)]
struct JsonlInput {
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

fn run_extract(args: &ExtractArgs) -> Result<bool> {
    let owned;
    let kb: &Kb = match &args.kb {
        Some(dir) => {
            owned = Kb::load(dir).with_context(|| format!("knowledge base {}", dir.display()))?;
            &owned
        }
        None => detente_kb::builtin(),
    };
    let opts = Options {
        events: detente_events_options(args.negated),
        skip_events: args.no_events,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let mut table_records: Vec<Record> = Vec::new();
    let mut emit = |rec: Record, out: &mut dyn Write| -> Result<()> {
        match args.format {
            OutputFormat::Json => {
                serde_json::to_writer(&mut *out, &rec)?;
                out.write_all(b"\n")?;
            }
            OutputFormat::Table => table_records.push(rec),
        }
        Ok(())
    };
    for path in &args.inputs {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        match args.input_format {
            InputFormat::Text | InputFormat::Html => {
                let result = read_input(path, args.max_bytes).and_then(|bytes| {
                    let (text, meta) = article_of(
                        &bytes,
                        args.input_format == InputFormat::Html,
                        args.published,
                    )?;
                    // The cap on one document, as `detente ingest` applies
                    // it (a plain text already met it in `decode`; a page's
                    // article text has not): this input is refused, the
                    // others go on.
                    detente_text::check_size(&text).context("the page's article text")?;
                    Ok((text, meta))
                });
                match result {
                    Ok((text, meta)) => {
                        warn_date(&name, &text, &meta, args.published);
                        emit(detente_extract::extract(&text, &meta, kb, &opts), &mut out)?;
                    }
                    Err(e) => {
                        eprintln!("detente: {name}: {e:#}");
                        all_ok = false;
                    }
                }
            }
            InputFormat::Jsonl => {
                let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
                    Box::new(BufReader::new(std::io::stdin().lock()))
                } else {
                    match std::fs::File::open(path) {
                        Ok(f) => Box::new(BufReader::new(f)),
                        Err(e) => {
                            eprintln!("detente: {name}: cannot open: {e}");
                            all_ok = false;
                            continue;
                        }
                    }
                };
                for (i, line) in reader.split(b'\n').enumerate() {
                    let line = match line {
                        Ok(l) => l,
                        Err(e) => {
                            eprintln!("detente: {name}: cannot read: {e}");
                            all_ok = false;
                            break;
                        }
                    };
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let parsed: Result<JsonlInput> = serde_json::from_slice(&line)
                        .map_err(anyhow::Error::from)
                        .and_then(|j: JsonlInput| {
                            if j.text.trim().is_empty() {
                                bail!("empty `text`");
                            }
                            Ok(j)
                        });
                    // The cap on one document, as `detente ingest` applies
                    // it: this line is refused, the others go on.
                    if let Ok(j) = &parsed {
                        if let Err(e) = detente_text::check_size(&j.text) {
                            eprintln!("detente: {name}:{}: `text`: {e}", i + 1);
                            all_ok = false;
                            continue;
                        }
                    }
                    match parsed {
                        Ok(j) => {
                            let published = match j.published.as_deref() {
                                Some(p) => match parse_date(p.get(..10).unwrap_or(p)) {
                                    Ok(d) => Some(d),
                                    Err(e) => {
                                        eprintln!(
                                            "detente: {name}:{}: {e}; using --published",
                                            i + 1
                                        );
                                        args.published
                                    }
                                },
                                None => date_of_text(&j.text, args.published),
                            };
                            let meta = DocMeta {
                                external_id: j.id.map(|v| match v {
                                    serde_json::Value::String(s) => s,
                                    v => v.to_string(),
                                }),
                                url: j.url,
                                title: j.title,
                                published,
                            };
                            warn_date(&format!("{name}:{}", i + 1), &j.text, &meta, args.published);
                            emit(
                                detente_extract::extract(&j.text, &meta, kb, &opts),
                                &mut out,
                            )?;
                        }
                        Err(e) => {
                            eprintln!(
                                "detente: {name}:{}: not a JSON object with a `text` field: {e}",
                                i + 1
                            );
                            all_ok = false;
                        }
                    }
                }
            }
        }
    }
    if args.format == OutputFormat::Table {
        out.write_all(detente_extract::table(&table_records).as_bytes())?;
    }
    out.flush()?;
    Ok(all_ok)
}

fn detente_events_options(include_negated: bool) -> detente_extract::EventOptions {
    detente_extract::EventOptions { include_negated }
}
/// Read at most `max` bytes of `path` (or standard input); more is an error.
pub(crate) fn read_input(path: &PathBuf, max: u64) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let s = path.to_string_lossy();
    if s.starts_with("http://") || s.starts_with("https://") {
        bail!("URLs go through `ingest` (`detente ingest URL`), which fetches them; `extract` reads files");
    }
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        if path.is_dir() {
            bail!("is a directory, not a file");
        }
        Box::new(std::fs::File::open(path).context("cannot open")?)
    };
    reader
        .take(max + 1)
        .read_to_end(&mut buf)
        .context("cannot read")?;
    if buf.len() as u64 > max {
        bail!(
            "larger than {} bytes (--max-bytes); split it or raise the limit",
            max
        );
    }
    Ok(buf)
}
