//! Bytes to text. Invalid UTF-8 is decoded, not rejected: scraped Russian
//! pages still come in windows-1251 and KOI8-R.

use chardetng::EncodingDetector;
use std::fmt;

/// Largest text of one document, in bytes of UTF-8 (about a million
/// characters of English: spaCy's `max_length`). A news article is 5 to
/// 50 KB; past this cap a text is refused with [`ReadError::TooLarge`]
/// rather than analysed for minutes. `detente ingest` applies it to every
/// kind of input (text, HTML page after extraction, JSON line).
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// Why bytes could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    Binary,
    /// The text is longer than [`MAX_TEXT_BYTES`].
    TooLarge {
        bytes: usize,
        max: usize,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "empty input: no text to read"),
            ReadError::Binary => {
                write!(f, "binary data, not text (found NUL or control bytes)")
            }
            ReadError::TooLarge { bytes, max } => write!(
                f,
                "text of {bytes} bytes is larger than the cap of {max} bytes on one document \
                 (split it into articles)"
            ),
        }
    }
}

impl std::error::Error for ReadError {}

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The name of the encoding the bytes were read as.
    pub encoding: &'static str,
}

/// Decode `bytes` as text, guessing the encoding when they are not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadError> {
    // Byte-order marks settle the question.
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), enc.name());
    }
    if looks_binary(bytes) {
        return Err(ReadError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => finish(s.to_string(), "UTF-8"),
        Err(_) => {
            let mut det = EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(None, chardetng::Utf8Detection::Allow);
            let (text, _, _) = enc.decode(bytes);
            finish(text.into_owned(), enc.name())
        }
    }
}

fn finish(text: String, encoding: &'static str) -> Result<Decoded, ReadError> {
    // Blank after normalising: soft hyphens and zero-width spaces alone
    // are no text (found by fuzzing: one byte 0xAD, a windows-1252 soft
    // hyphen, gave an empty document).
    let text = normalise(&text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    check_size(&text)?;
    Ok(Decoded { text, encoding })
}

/// Refuse a text longer than [`MAX_TEXT_BYTES`].
pub fn check_size(text: &str) -> Result<(), ReadError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ReadError::TooLarge {
            bytes: text.len(),
            max: MAX_TEXT_BYTES,
        });
    }
    Ok(())
}

/// Unify line ends and spaces; drop control characters.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' => out.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' => {}
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// NUL bytes, or many control bytes, in the first 64 KiB mean binary data.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(65536)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Лавров met Rubio.".as_bytes()).unwrap();
        assert_eq!(d.text, "Лавров met Rubio.");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn windows_1251_is_detected_and_decoded() {
        let text = "Министр иностранных дел России Сергей Лавров провёл переговоры в Эр-Рияде.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "windows-1251");
    }

    #[test]
    fn koi8_r_is_detected_and_decoded() {
        let text = "Переговоры делегаций России и США прошли в Стамбуле в закрытом формате.";
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, text);
        assert!(d.encoding.starts_with("KOI8"), "{}", d.encoding);
    }

    #[test]
    fn empty_and_blank_input_is_refused() {
        assert_eq!(decode(b"").unwrap_err(), ReadError::Empty);
        assert_eq!(decode(b" \n\t\n").unwrap_err(), ReadError::Empty);
        assert_eq!(decode(b"\xad").unwrap_err(), ReadError::Empty);
        assert_eq!(
            decode("\u{200b}\u{ad} \u{feff}".as_bytes()).unwrap_err(),
            ReadError::Empty
        );
    }

    #[test]
    fn binary_input_is_refused() {
        let png = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
        assert_eq!(decode(&png).unwrap_err(), ReadError::Binary);
        let noise: Vec<u8> = (0..4000u32).map(|i| (i * 7 % 32) as u8).collect();
        assert_eq!(decode(&noise).unwrap_err(), ReadError::Binary);
    }

    #[test]
    fn text_over_the_cap_is_refused() {
        let big = "word ".repeat(MAX_TEXT_BYTES / 5 + 1);
        let e = decode(big.as_bytes()).unwrap_err();
        assert!(matches!(e, ReadError::TooLarge { .. }));
        assert!(e.to_string().contains("larger than the cap"), "{e}");
        assert!(decode("word ".repeat(1000).as_bytes()).is_ok());
    }

    #[test]
    fn line_ends_and_odd_spaces_are_normalised() {
        let d = decode("One\r\nTwo\rThree\u{a0}four\u{200b}".as_bytes()).unwrap();
        assert_eq!(d.text, "One\nTwo\nThree four");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Talks in Geneva.".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Talks in Geneva.");
    }
}
