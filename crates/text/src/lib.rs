//! The first stages of the pipeline, from bytes to a [`Doc`] whose text is
//! clean and split.
//!
//! * [`decode`] turns bytes into text: UTF-8 when it is, else the legacy
//!   encoding the bytes look like (windows-1251, KOI8-R, …); empty and
//!   binary input is refused with a [`ReadError`].
//! * [`clean`] removes page furniture (navigation, cookie notices, credits,
//!   captions repeated in another script) and returns the article as
//!   [`Block`](detente_doc::Block)s of kind title, heading, paragraph or caption.
//! * [`split`] fills [`Doc::tokens`](detente_doc::Doc) and
//!   [`Doc::sentences`](detente_doc::Doc).
//!
//! Each is a pure function; reading files is the caller's business.

mod clean;
mod decode;
mod split;

pub use clean::{clean, Cleaned};
pub use decode::{check_size, decode, Decoded, ReadError, MAX_TEXT_BYTES};
pub use split::{split, MAX_SENTENCE_BYTES, MAX_SENTENCE_TOKENS, MAX_TOKEN_BYTES};

use detente_doc::Doc;
use detente_kb::Kb;

/// Clean `raw` text and split it: the document the recognisers work on.
pub fn prepare(raw: &str, published: Option<chrono::NaiveDate>, kb: &Kb) -> Doc {
    let cleaned = clean(raw, &kb.cleaning);
    let mut doc = Doc::new(cleaned.text, published);
    doc.blocks = cleaned.blocks;
    doc.title = cleaned.title;
    split(&mut doc);
    doc
}
