//! A small streaming WARC reader (CC-NEWS style archives, plain or
//! multi-member gzip): one document per HTML response record.

use std::io::{self, BufRead, BufReader, Read};

use crate::fetch::host_of;
use crate::jsonl::parse_date_prefix;
use crate::local::io_reason;
use crate::{DocIter, RawDocument, RawKind, SourceError};

/// Longest header line accepted (WARC or HTTP).
const MAX_LINE: u64 = 64 * 1024;
/// Most header lines in one WARC or HTTP header block.
const MAX_HEADERS: usize = 1000;

/// Stream the HTML responses of a WARC file (`origin#record-N`, N counted
/// from 1 over all records, whatever their type).
pub(crate) fn records<'a>(origin: String, stream: impl Read + 'a, max: u64) -> DocIter<'a> {
    let mut reader = BufReader::with_capacity(64 * 1024, stream);
    let gzip = match reader.fill_buf() {
        Ok(buf) => buf.starts_with(&[0x1f, 0x8b]),
        Err(e) => {
            return Box::new(std::iter::once(Err(SourceError::new(
                origin,
                io_reason(&e),
            ))))
        }
    };
    if gzip {
        let decoder = flate2::bufread::MultiGzDecoder::new(reader);
        Box::new(WarcDocs::new(
            origin,
            BufReader::with_capacity(64 * 1024, decoder),
            max,
        ))
    } else {
        Box::new(WarcDocs::new(origin, reader, max))
    }
}

/// Iterator over the response records of a WARC stream. Only one record's
/// page (at most `max` bytes) is in memory at a time; other records are
/// skipped by reading past them.
///
/// A record is yielded when it is `WARC-Type: response` with an
/// `application/http` block whose HTTP status is 2xx and whose Content-Type
/// is `text/html` (or XHTML); its body is de-chunked and decompressed when
/// the HTTP headers say so. Other records are skipped silently. A response
/// that cannot be read (malformed HTTP head, body over `max`, unsupported
/// Content-Encoding) is an error for that record and the stream goes on;
/// a truncated record or a broken stream (bad header line, missing
/// Content-Length, corrupt gzip) is an error that ends the stream.
pub(crate) struct WarcDocs<R> {
    origin: String,
    reader: R,
    max: u64,
    index: usize,
    done: bool,
}

/// What one record gives.
enum Outcome {
    Doc(RawDocument),
    Skip,
    Bad(String),
}

/// A record's WARC or HTTP header fields (names lowercased).
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

enum Line {
    Eof,
    Ok,
    TooLong,
}

fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Line> {
    buf.clear();
    let n = r.take(MAX_LINE).read_until(b'\n', buf)?;
    Ok(if n == 0 {
        Line::Eof
    } else if n as u64 == MAX_LINE && !buf.ends_with(b"\n") {
        Line::TooLong
    } else {
        Line::Ok
    })
}

/// Header lines up to the blank line. `Err(reason)` when the block ends
/// first or a line is malformed.
fn read_headers(r: &mut impl BufRead) -> io::Result<Result<Headers, String>> {
    let mut fields = Vec::new();
    let mut line = Vec::new();
    loop {
        match read_line(r, &mut line)? {
            Line::Eof => return Ok(Err("end of data inside the headers".into())),
            Line::TooLong => return Ok(Err("header line too long".into())),
            Line::Ok => {}
        }
        let text = String::from_utf8_lossy(line.trim_ascii());
        if text.is_empty() {
            return Ok(Ok(Headers(fields)));
        }
        if fields.len() >= MAX_HEADERS {
            return Ok(Err("too many header lines".into()));
        }
        match text.split_once(':') {
            Some((name, value)) => {
                fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()))
            }
            // A folded continuation line or junk: ignore it.
            None => continue,
        }
    }
}

impl<R: BufRead> WarcDocs<R> {
    fn new(origin: String, reader: R, max: u64) -> Self {
        WarcDocs {
            origin,
            reader,
            max,
            index: 0,
            done: false,
        }
    }

    fn record_origin(&self) -> String {
        format!("{}#record-{}", self.origin, self.index)
    }

    fn fatal(&self, reason: impl Into<String>) -> SourceError {
        SourceError::new(self.record_origin(), reason)
    }

    fn io_fatal(&self, e: &io::Error) -> SourceError {
        if e.kind() == io::ErrorKind::UnexpectedEof {
            self.fatal("truncated record (unexpected end of data)")
        } else {
            self.fatal(io_reason(e))
        }
    }

    /// The next record: `Ok(None)` at the end of the stream, `Err` when the
    /// stream cannot go on.
    fn next_record(&mut self) -> Result<Option<Outcome>, SourceError> {
        let mut line = Vec::new();
        // Records are separated by blank lines ("\r\n\r\n" after each block).
        loop {
            match read_line(&mut self.reader, &mut line) {
                Ok(Line::Eof) => return Ok(None),
                Ok(Line::TooLong) => {
                    self.index += 1;
                    return Err(self.fatal("not a WARC record (expected a WARC/1.x line)"));
                }
                Ok(Line::Ok) if line.trim_ascii().is_empty() => continue,
                Ok(Line::Ok) => break,
                Err(e) => {
                    self.index += 1;
                    return Err(self.io_fatal(&e));
                }
            }
        }
        self.index += 1;
        if !line.starts_with(b"WARC/") {
            return Err(self.fatal("not a WARC record (expected a WARC/1.x line)"));
        }
        let headers = match read_headers(&mut self.reader) {
            Ok(Ok(h)) => h,
            Ok(Err(reason)) if reason.starts_with("end of data") => {
                return Err(self.fatal("truncated record (end of data inside the WARC headers)"))
            }
            Ok(Err(reason)) => return Err(self.fatal(format!("bad WARC headers: {reason}"))),
            Err(e) => return Err(self.io_fatal(&e)),
        };
        let Some(length) = headers
            .get("content-length")
            .and_then(|v| v.parse::<u64>().ok())
        else {
            return Err(self.fatal("WARC record without a valid Content-Length"));
        };
        let wanted = headers
            .get("warc-type")
            .is_some_and(|t| t.eq_ignore_ascii_case("response"))
            && headers.get("content-type").is_none_or(|t| {
                t.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("application/http")
            });
        let origin = self.record_origin();
        let max = self.max;
        let mut block = (&mut self.reader).take(length);
        let outcome = if wanted {
            response(&mut block, &headers, origin, max)
        } else {
            Ok(Outcome::Skip)
        };
        // Read past what is left of the block, then judge: a record cut
        // short outranks whatever its partial content gave.
        let drained = io::copy(&mut block, &mut io::sink());
        let left = block.limit();
        let outcome = match (outcome, drained) {
            (Err(e), _) | (_, Err(e)) => return Err(self.io_fatal(&e)),
            (Ok(o), Ok(_)) => o,
        };
        if left > 0 {
            return Err(self.fatal(format!(
                "truncated record (Content-Length {length}, only {} bytes)",
                length - left
            )));
        }
        Ok(Some(outcome))
    }
}

impl<R: BufRead> Iterator for WarcDocs<R> {
    type Item = Result<RawDocument, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.next_record() {
                Ok(None) => self.done = true,
                Ok(Some(Outcome::Skip)) => continue,
                Ok(Some(Outcome::Doc(doc))) => return Some(Ok(doc)),
                Ok(Some(Outcome::Bad(reason))) => {
                    return Some(Err(SourceError::new(self.record_origin(), reason)))
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// The HTML page of a response record's block, if it holds one. I/O errors
/// are returned as `Err` (they end the stream).
fn response(
    block: &mut impl BufRead,
    warc: &Headers,
    origin: String,
    max: u64,
) -> io::Result<Outcome> {
    let mut line = Vec::new();
    // Some writers leave blank lines before the status line.
    loop {
        match read_line(block, &mut line)? {
            Line::Eof => return Ok(Outcome::Bad("empty HTTP response".into())),
            Line::TooLong => return Ok(Outcome::Bad("not an HTTP response".into())),
            Line::Ok if line.trim_ascii().is_empty() => continue,
            Line::Ok => break,
        }
    }
    let status_line = String::from_utf8_lossy(line.trim_ascii()).into_owned();
    if !status_line.starts_with("HTTP/") {
        return Ok(Outcome::Bad("not an HTTP response".into()));
    }
    let Some(status) = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
    else {
        return Ok(Outcome::Bad(format!(
            "bad HTTP status line {status_line:?}"
        )));
    };
    let http = match read_headers(block)? {
        Ok(h) => h,
        Err(reason) => return Ok(Outcome::Bad(format!("bad HTTP headers: {reason}"))),
    };
    if !(200..300).contains(&status) {
        return Ok(Outcome::Skip);
    }
    let content_type = http.get("content-type").map(str::to_string);
    let is_html = content_type.as_deref().is_some_and(|t| {
        let mime = t
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        mime == "text/html" || mime == "application/xhtml+xml"
    });
    if !is_html {
        return Ok(Outcome::Skip);
    }
    let chunked = http
        .get("transfer-encoding")
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        match dechunk(block, max)? {
            Ok(b) => b,
            Err(reason) => return Ok(Outcome::Bad(reason)),
        }
    } else {
        let mut body = Vec::new();
        block.take(max.saturating_add(1)).read_to_end(&mut body)?;
        body
    };
    if body.len() as u64 > max {
        return Ok(Outcome::Bad(format!(
            "response body larger than {max} bytes"
        )));
    }
    let encoding = http
        .get("content-encoding")
        .map(|e| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let body = match encoding.as_str() {
        "" | "identity" | "none" => body,
        "gzip" | "x-gzip" => {
            match decode(flate2::read::MultiGzDecoder::new(body.as_slice()), max) {
                Ok(b) => b,
                Err(reason) => return Ok(Outcome::Bad(format!("gzip body: {reason}"))),
            }
        }
        "deflate" => match decode(flate2::read::ZlibDecoder::new(body.as_slice()), max) {
            Ok(b) => b,
            Err(_) => match decode(flate2::read::DeflateDecoder::new(body.as_slice()), max) {
                Ok(b) => b,
                Err(reason) => return Ok(Outcome::Bad(format!("deflate body: {reason}"))),
            },
        },
        other => {
            return Ok(Outcome::Bad(format!(
                "unsupported Content-Encoding {other:?}"
            )))
        }
    };
    if body.trim_ascii().is_empty() {
        return Ok(Outcome::Skip);
    }
    let url = warc
        .get("warc-target-uri")
        .map(|u| u.trim_matches(['<', '>']).to_string());
    Ok(Outcome::Doc(RawDocument {
        origin,
        bytes: body,
        kind: RawKind::Html,
        source: url.as_deref().and_then(host_of),
        url,
        published: warc.get("warc-date").and_then(parse_date_prefix),
        title: None,
        content_type,
    }))
}

/// Decompress a body, refused beyond `max` bytes.
fn decode(mut r: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    (&mut r)
        .take(max.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| io_reason(&e))?;
    if out.len() as u64 > max {
        return Err(format!("larger than {max} bytes"));
    }
    Ok(out)
}

/// Undo `Transfer-Encoding: chunked`. The inner `Err` is a malformed body.
fn dechunk(r: &mut impl BufRead, max: u64) -> io::Result<Result<Vec<u8>, String>> {
    let mut out = Vec::new();
    let mut line = Vec::new();
    loop {
        match read_line(r, &mut line)? {
            Line::Ok => {}
            _ => return Ok(Err("malformed chunked body".into())),
        }
        let text = String::from_utf8_lossy(line.trim_ascii()).into_owned();
        let size_text = text.split(';').next().unwrap_or("").trim();
        let Ok(size) = u64::from_str_radix(size_text, 16) else {
            return Ok(Err("malformed chunked body".into()));
        };
        if size == 0 {
            // Trailers, if any, are read past with the rest of the block.
            return Ok(Ok(out));
        }
        if out.len() as u64 + size > max {
            return Ok(Err(format!("response body larger than {max} bytes")));
        }
        let got = r.take(size).read_to_end(&mut out)?;
        if (got as u64) < size {
            return Ok(Err("malformed chunked body (chunk cut short)".into()));
        }
        // The CRLF after the chunk data.
        if !matches!(read_line(r, &mut line)?, Line::Ok) || !line.trim_ascii().is_empty() {
            return Ok(Err("malformed chunked body".into()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks() {
        let body =
            b"4\r\nWiki\r\n6;x=y\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\nX-T: 1\r\n\r\n";
        let out = dechunk(&mut &body[..], 1000).unwrap().unwrap();
        assert_eq!(out, b"Wikipedia in \r\n\r\nchunks.");
        assert!(dechunk(&mut &body[..], 5).unwrap().is_err());
        assert!(dechunk(&mut &b"zz\r\n"[..], 5).unwrap().is_err());
    }
}
