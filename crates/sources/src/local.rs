//! Dispatch: one input (stdin, URL, folder, file) to the reader of its format.

use std::fs::{self, File};
use std::io::{self, Cursor, Read};
use std::iter;
use std::path::{Path, PathBuf};

use crate::fetch::{host_of, is_http_url};
use crate::sniff::{self, Format, Sniffed};
use crate::{feed, jsonl, walk, warc, Ctx, DocIter, RawDocument, RawKind, SourceError};

/// What a container knew about the documents it holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meta {
    pub url: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub content_type: Option<String>,
}

impl Meta {
    pub fn doc(&self, origin: String, bytes: Vec<u8>, kind: RawKind) -> RawDocument {
        RawDocument {
            origin,
            bytes,
            kind,
            url: self.url.clone(),
            published: self.published,
            title: self.title.clone(),
            source: self.source.clone(),
            content_type: self.content_type.clone(),
        }
    }
}

/// What relative feed links are resolved against.
#[derive(Debug, Clone)]
pub(crate) enum Base {
    /// The folder of a local feed file: links may name local files.
    Dir(PathBuf),
    /// The URL of a fetched feed: links are URLs, never local files.
    Url(String),
}

fn one<'a>(item: Result<RawDocument, SourceError>) -> DocIter<'a> {
    Box::new(iter::once(item))
}

fn none<'a>() -> DocIter<'a> {
    Box::new(iter::empty())
}

pub(crate) fn expand_input<'a>(input: &'a str, ctx: Ctx<'a>) -> DocIter<'a> {
    if input == "-" {
        let stdin: Box<dyn Read> = Box::new(io::stdin().lock());
        return reader_source(
            "<stdin>".to_string(),
            None,
            true,
            stdin,
            Base::Dir(PathBuf::from(".")),
            Meta::default(),
            ctx,
        );
    }
    if is_http_url(input) {
        return url_source(input, ctx);
    }
    let path = Path::new(input);
    match fs::metadata(path) {
        Err(e) => one(Err(SourceError::new(input, io_reason(&e)))),
        Ok(m) if m.is_dir() => Box::new(walk::Walk::new(path).flat_map(move |entry| match entry {
            Ok(path) => folder_file_source(path, ctx),
            Err(e) => one(Err(e)),
        })),
        Ok(_) => file_source(path.to_path_buf(), true, ctx),
    }
}

pub(crate) fn bytes_source<'a>(name: &str, bytes: Vec<u8>, ctx: Ctx<'a>) -> DocIter<'a> {
    reader_source(
        name.to_string(),
        sniff::by_extension(name),
        true,
        Box::new(Cursor::new(bytes)),
        Base::Url(String::new()),
        Meta::default(),
        ctx,
    )
}

fn url_source<'a>(url: &'a str, ctx: Ctx<'a>) -> DocIter<'a> {
    if !ctx.opts.allow_fetch {
        return one(Err(SourceError::new(url, "fetching disabled")));
    }
    let fetched = match ctx.fetcher.fetch(url, ctx.opts) {
        Ok(f) => f,
        Err(e) => return one(Err(e)),
    };
    let hint = fetched
        .content_type
        .as_deref()
        .and_then(sniff::by_content_type)
        .or_else(|| sniff::by_extension(url_path(&fetched.final_url)));
    let meta = Meta {
        url: Some(fetched.final_url.clone()),
        published: fetched.last_modified,
        title: None,
        source: host_of(&fetched.final_url),
        content_type: fetched.content_type,
    };
    reader_source(
        url.to_string(),
        hint,
        true,
        Box::new(Cursor::new(fetched.bytes)),
        Base::Url(fetched.final_url),
        meta,
        ctx,
    )
}

/// The path part of a URL (for its extension).
fn url_path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['?', '#']).next().unwrap_or("")
}

/// A file met while walking a folder: code and data files are skipped.
fn folder_file_source<'a>(path: PathBuf, ctx: Ctx<'a>) -> DocIter<'a> {
    let name = file_name(&path);
    if sniff::by_extension(&name).is_none() && sniff::is_non_article_extension(&name) {
        return none();
    }
    file_source(path, false, ctx)
}

/// A file given by name (`explicit`) or found in a folder. A file found in
/// a folder that has no known extension and does not sniff as one of our
/// formats is skipped without an error.
fn file_source<'a>(path: PathBuf, explicit: bool, ctx: Ctx<'a>) -> DocIter<'a> {
    let origin = path.display().to_string();
    let hint = sniff::by_extension(&file_name(&path));
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) => return one(Err(SourceError::new(origin, io_reason(&e)))),
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    reader_source(
        origin,
        hint,
        explicit || hint.is_some(),
        Box::new(file),
        Base::Dir(dir),
        Meta::default(),
        ctx,
    )
}

/// Read ahead, decide the format, and hand the stream to its reader.
/// `report`: an empty or binary stream is an error (else it is skipped).
fn reader_source<'a>(
    origin: String,
    hint: Option<Format>,
    report: bool,
    mut reader: Box<dyn Read + 'a>,
    base: Base,
    meta: Meta,
    ctx: Ctx<'a>,
) -> DocIter<'a> {
    let prefix = match read_prefix(&mut reader) {
        Ok(p) => p,
        Err(e) => return one(Err(SourceError::new(origin, io_reason(&e)))),
    };
    let sniffed = sniff::sniff(&prefix);
    let format = match (sniffed, hint) {
        (Sniffed::Empty, _) if report => return one(Err(SourceError::new(origin, "empty file"))),
        (Sniffed::Empty, _) => return none(),
        (_, Some(f)) => f,
        (Sniffed::Format(f), None) => f,
        (Sniffed::Binary, None) if report => {
            return one(Err(SourceError::new(
                origin,
                "binary file (not HTML, text, a feed, WARC or JSON Lines)",
            )))
        }
        (Sniffed::Binary, None) => return none(),
    };
    let stream = Cursor::new(prefix).chain(reader);
    let max = ctx.opts.max_bytes;
    match format {
        Format::Html | Format::Text => {
            let bytes = match read_capped(stream, max) {
                Ok(b) => b,
                Err(reason) => return one(Err(SourceError::new(origin, reason))),
            };
            if sniff::looks_binary(&bytes) {
                return one(Err(SourceError::new(origin, "binary content, not text")));
            }
            let kind = if format == Format::Html {
                RawKind::Html
            } else {
                RawKind::Text
            };
            one(Ok(meta.doc(origin, bytes, kind)))
        }
        Format::Feed => match read_capped(stream, max) {
            Ok(bytes) => feed::items(origin, bytes, base, meta, ctx),
            Err(reason) => one(Err(SourceError::new(origin, reason))),
        },
        Format::Jsonl => Box::new(jsonl::JsonlDocs::new(origin, stream, meta, max)),
        Format::Warc => warc::records(origin, stream, max),
    }
}

/// Up to [`sniff::PREFIX_LEN`] bytes (fewer only at the end of the stream).
fn read_prefix(reader: &mut dyn Read) -> io::Result<Vec<u8>> {
    let mut prefix = Vec::with_capacity(sniff::PREFIX_LEN);
    reader
        .take(sniff::PREFIX_LEN as u64)
        .read_to_end(&mut prefix)?;
    Ok(prefix)
}

/// The whole stream, refused beyond `max` bytes.
pub(crate) fn read_capped(reader: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > max {
        return Err(format!("larger than {max} bytes"));
    }
    Ok(bytes)
}

/// One page linked from a feed or fetched for it: HTML or text only.
pub(crate) fn page_kind(hint: Option<Format>, bytes: &[u8]) -> Result<RawKind, String> {
    match (sniff::sniff(bytes), hint) {
        (Sniffed::Empty, _) => Err("empty page".into()),
        (Sniffed::Binary, _) => Err("binary content, not an HTML or text page".into()),
        (_, Some(Format::Html)) | (Sniffed::Format(Format::Html), _) => Ok(RawKind::Html),
        (_, Some(Format::Text)) | (Sniffed::Format(Format::Text | Format::Jsonl), _) => {
            Ok(RawKind::Text)
        }
        (Sniffed::Format(_), _) => Err("a feed or archive, not an article page".into()),
    }
}

/// A local page linked from a feed.
pub(crate) fn read_page(path: &Path, max: u64) -> Result<(RawKind, Vec<u8>), String> {
    let file = File::open(path).map_err(|e| io_reason(&e))?;
    let bytes = read_capped(file, max)?;
    let kind = page_kind(sniff::by_extension(&file_name(path)), &bytes)?;
    Ok((kind, bytes))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A short reason for an I/O error, without the OS error number.
pub(crate) fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        io::ErrorKind::UnexpectedEof => "unexpected end of file".into(),
        io::ErrorKind::InvalidData if e.get_ref().is_some() => {
            format!(
                "invalid data: {}",
                e.get_ref().map(|i| i.to_string()).unwrap_or_default()
            )
        }
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}
