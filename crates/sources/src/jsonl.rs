//! JSON Lines: one document per non-empty line, streamed.

use std::io::{BufRead, BufReader, Read};

use crate::local::{io_reason, Meta};
use crate::{RawDocument, RawKind, SourceError};

/// Each non-empty line of a stream as a [`RawKind::JsonlLine`] document
/// (`origin#line-N`, N counted from 1 over all lines). A line that is not a
/// JSON object, or is longer than `max` bytes, is an error for that line;
/// a read error ends the stream. The record's `url`, `title` and
/// `published` (its first ten characters, `YYYY-MM-DD`) fill the metadata.
pub(crate) struct JsonlDocs<R> {
    origin: String,
    reader: BufReader<R>,
    meta: Meta,
    max: u64,
    line_no: usize,
    done: bool,
}

impl<R: Read> JsonlDocs<R> {
    pub fn new(origin: String, reader: R, meta: Meta, max: u64) -> Self {
        JsonlDocs {
            origin,
            reader: BufReader::with_capacity(64 * 1024, reader),
            meta,
            max,
            line_no: 0,
            done: false,
        }
    }

    /// Drop the rest of an overlong line.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            if let Some(i) = buf.iter().position(|&b| b == b'\n') {
                self.reader.consume(i + 1);
                return Ok(());
            }
            let n = buf.len();
            self.reader.consume(n);
        }
    }
}

impl<R: Read> Iterator for JsonlDocs<R> {
    type Item = Result<RawDocument, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut line = Vec::new();
            // max + 2: the line, its "\r\n", and one more byte to tell.
            let read = (&mut self.reader)
                .take(self.max.saturating_add(2))
                .read_until(b'\n', &mut line);
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(SourceError::new(
                        format!("{}#line-{}", self.origin, self.line_no + 1),
                        io_reason(&e),
                    )));
                }
            };
            if n == 0 {
                self.done = true;
                return None;
            }
            self.line_no += 1;
            let origin = format!("{}#line-{}", self.origin, self.line_no);
            let complete = line.ends_with(b"\n");
            let mut text = line.as_slice();
            if self.line_no == 1 {
                text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text);
            }
            let text = text.trim_ascii();
            let capped = !complete && n as u64 >= self.max.saturating_add(2);
            if capped || text.len() as u64 > self.max {
                if capped {
                    if let Err(e) = self.skip_line() {
                        self.done = true;
                        return Some(Err(SourceError::new(origin, io_reason(&e))));
                    }
                }
                return Some(Err(SourceError::new(
                    origin,
                    format!("line longer than {} bytes", self.max),
                )));
            }
            if text.is_empty() {
                continue;
            }
            return Some(self.document(origin, text));
        }
        None
    }
}

impl<R> JsonlDocs<R> {
    fn document(&self, origin: String, text: &[u8]) -> Result<RawDocument, SourceError> {
        let value: serde_json::Value = serde_json::from_slice(text)
            .map_err(|e| SourceError::new(&origin, format!("invalid JSON: {e}")))?;
        let obj = value
            .as_object()
            .ok_or_else(|| SourceError::new(&origin, "not a JSON object"))?;
        let field = |name: &str| {
            obj.get(name)
                .and_then(|v| v.as_str())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let mut doc = self.meta.doc(origin, text.to_vec(), RawKind::JsonlLine);
        if let Some(url) = field("url") {
            doc.url = Some(url);
        }
        if let Some(title) = field("title") {
            doc.title = Some(title);
        }
        if let Some(date) = field("published").and_then(|p| parse_date_prefix(&p)) {
            doc.published = Some(date);
        }
        Ok(doc)
    }
}

/// `YYYY-MM-DD` at the start of a date or timestamp.
pub(crate) fn parse_date_prefix(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, max: u64) -> Vec<Result<RawDocument, SourceError>> {
        JsonlDocs::new("c.jsonl".into(), input.as_bytes(), Meta::default(), max).collect()
    }

    #[test]
    fn lines_blank_bad_and_long() {
        let input = "\u{feff}{\"id\":\"a\",\"text\":\"x\",\"published\":\"2025-04-07T10:00:00Z\",\"title\":\" T \"}\r\n\n  \n[1]\n{\"id\":\"b\",\"text\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}\n{\"id\":\"c\"}";
        let out = lines(input, 100);
        assert_eq!(out.len(), 4, "{out:?}");
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.origin, "c.jsonl#line-1");
        assert_eq!(a.kind, RawKind::JsonlLine);
        assert!(a.bytes.starts_with(b"{\"id\":\"a\"") && a.bytes.ends_with(b"}"));
        assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2025, 4, 7));
        assert_eq!(a.title.as_deref(), Some("T"));
        let e = out[1].as_ref().unwrap_err();
        assert_eq!(e.origin, "c.jsonl#line-4");
        assert_eq!(e.reason, "not a JSON object");
        let e = out[2].as_ref().unwrap_err();
        assert_eq!(e.origin, "c.jsonl#line-5");
        assert!(e.reason.contains("longer than 100"), "{e}");
        assert_eq!(out[3].as_ref().unwrap().origin, "c.jsonl#line-6");
    }
}
