//! The recognising stage: from a clean, split [`Doc`] to its mentions,
//! entities, dates and quotes.
//!
//! [`recognise`] runs three recognisers in order, each a pure function over
//! the document and the [`Kb`](detente_kb::Kb):
//! [`recognise_actors`] (people, states, bodies, institutions, places and
//! the entities they refer to, with offices and codes), [`recognise_dates`]
//! (date expressions resolved against the publication date) and
//! [`recognise_quotes`] (quotations with their speakers, which need the
//! people found before).

mod actors;
mod dates;
mod quotes;

pub use actors::{name_tokens, recognise_actors};
pub use dates::{dateline, recognise_dates, speaks_of_future};
pub use quotes::{quote_candidates, recognise_quotes, MIN_UNSPOKEN_WORDS};

use detente_doc::Doc;
use detente_kb::Kb;

/// Run every recogniser over `doc`.
pub fn recognise(doc: &mut Doc, kb: &Kb) {
    let quotes = quote_candidates(doc);
    recognise_given_quotes(doc, kb, quotes);
}

/// [`recognise`], given the document's [`quote_candidates`] found before.
pub fn recognise_given_quotes(doc: &mut Doc, kb: &Kb, quotes: Vec<detente_doc::Span>) {
    recognise_actors(doc, kb);
    recognise_dates(doc);
    quotes::recognise_quotes_in(doc, quotes);
}
