//! The one-document-many-annotations model shared by every stage of detente.
//!
//! A [`Doc`] owns the cleaned article `text` and grows layers of annotations
//! over it, each a list of typed records that point into the text with a
//! [`Span`] of byte offsets:
//!
//! * the cleaning stage fills [`Doc::blocks`] (paragraphs, titles, captions);
//! * the splitting stage fills [`Doc::sentences`] and [`Doc::tokens`];
//! * the parsing stage fills [`Doc::syntax`], one [`Syntax`] per token: its
//!   part of speech, lemma, head and dependency relation;
//! * the recognising stage fills [`Doc::mentions`] (people, states, bodies,
//!   places), [`Doc::entities`] (what the mentions refer to), [`Doc::dates`]
//!   and [`Doc::quotes`];
//! * the event stage fills [`Doc::events`].
//!
//! Stages never rewrite earlier layers; they only add. Byte offsets are used
//! inside the pipeline; [`CharIndex`] turns them into the character offsets
//! of the public JSON record.

use chrono::NaiveDate;

pub mod date;
pub use date::{DateValue, Precision};

/// Half-open byte range `[start, end)` into [`Doc::text`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What a block of the cleaned text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]

pub enum BlockKind {
    Title,
    Heading,
    Paragraph,
    /// A photo caption: not prose, but evidence of dates and places.
    Caption,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub block: usize,
    /// Index of the first token of the sentence in [`Doc::tokens`].
    pub first_token: usize,
    /// One past the last token.
    pub end_token: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// A token's place in its sentence's dependency tree (Universal Dependencies).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Syntax {
    /// Universal part-of-speech tag ("VERB", "PROPN").
    pub upos: &'static str,
    /// Language-specific tag of the treebank the parser learnt from ("VBN"), or "_".
    pub xpos: &'static str,
    pub lemma: String,
    /// Index in [`Doc::tokens`] of the head; `None` for the sentence's root.
    pub head: Option<usize>,
    /// Relation to the head, with its subtype ("nsubj:pass", "obl:tmod").
    pub deprel: &'static str,
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]

pub enum EntityKind {
    Person,
    State,
    /// An international or non-state organisation, armed group or company.
    Body,
    /// A national institution that stands for its state (a ministry, the Kremlin).
    Institution,
    Media,
    Place,
}

/// A real-world referent of one or more mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// ISO 3166-1 alpha-3, or a PLOVER body code (IGO, UNO, EUR, NGO, MNC).
    pub code: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
    /// Lower-case keys of the offices' roles ("diplomat", "minister"), for anaphora.
    pub roles: Vec<String>,
    /// For places: country and coordinates.
    pub geo: Option<Geo>,
    /// Institutions and bodies the text ties a person to ("head of the X").
    pub affiliations: Vec<usize>,
    /// Number of mentions in the document.
    pub mentions: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Geo {
    pub country: String,
    /// None for a place the gazetteer gives no coordinates (a region).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// How a mention names its entity; it decides which roles it can play.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]

pub enum MentionForm {
    /// A proper name: "Sergey Lavrov", "Russia", "NATO".
    Name,
    /// A demonym or adjective: "Russian", "US".
    Adjective,
    /// A capital or seat of government standing for a state: "Moscow", "the Kremlin".
    Metonym,
    /// A description: "the diplomat", "the head of the fund".
    Description,
    Pronoun,
    /// The place a report was filed from, opening it ("BEIRUT (Reuters) -"):
    /// where the reporter was, not where the story is, nor a party.
    Dateline,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
    pub form: MentionForm,
    /// A mention of a place that may also stand for a state as an actor.
    pub place: Option<usize>,
}

/// A date expression and, when it resolves, its value.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub span: Span,
    pub value: Option<DateValue>,
    /// "since March 18", "in the last three days": an open period.
    pub since: bool,
    /// The expression only places something before or after the date ("after", "before").
    pub relative: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// The entity who said them, when known.
    pub speaker: Option<usize>,
    /// The words in the text that name the speaker.
    pub speaker_span: Option<Span>,
}

/// An event: who did what to whom, when and where, and where the text says so.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub event: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub status: Status,
    pub claimed_by: Option<usize>,
    pub negated: bool,
    pub date: Option<DateValue>,
    pub date_text: Option<String>,
    pub actor: Vec<Party>,
    pub recipient: Vec<Party>,
    /// An entity of kind Place.
    pub location: Option<usize>,
    pub location_text: Option<String>,
    pub topics: Vec<String>,
    pub trigger: Span,
    pub mentions: Vec<EventMention>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]

pub enum Status {
    Occurred,
    Planned,
    Claimed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Claimed => "claimed",
        }
    }
}

/// One party of an event: the entity and the words that named it here.
#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    pub entity: usize,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventMention {
    pub sentence: usize,
    pub span: Span,
}

/// The article and all its annotation layers.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub text: String,
    /// `text` with ASCII letters lower-cased: same byte offsets, cheap matching.
    pub lower: String,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Empty, or one entry per token when the document was parsed.
    pub syntax: Vec<Syntax>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateMention>,
    /// In text order and not overlapping (`Doc::in_quote` relies on it).
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}

impl Doc {
    pub fn new(text: String, published: Option<NaiveDate>) -> Doc {
        let lower = text.to_ascii_lowercase();
        Doc {
            text,
            lower,
            published,
            ..Doc::default()
        }
    }

    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    #[inline]
    pub fn lower_slice(&self, span: Span) -> &str {
        &self.lower[span.start..span.end]
    }

    #[inline]
    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.tokens[i].span)
    }

    #[inline]
    pub fn token_lower(&self, i: usize) -> &str {
        self.lower_slice(self.tokens[i].span)
    }

    /// The sentence that contains byte offset `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Whether `span` lies inside a quotation. Quotes are in text order and
    /// do not overlap (recognising keeps them so): a binary search.
    pub fn in_quote(&self, span: Span) -> bool {
        let i = self.quotes.partition_point(|q| q.span.start <= span.start);
        i > 0 && self.quotes[i - 1].span.contains(span)
    }

    /// The token that starts at or after byte offset `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= pos)
    }

    /// Tokens (as a range of indices) that lie inside `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b
    }

    /// The dependents of token `head` inside its sentence, in text order.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self
            .sentence_at(self.tokens.get(head).map_or(usize::MAX, |t| t.span.start))
            .map_or(0..0, |s| {
                self.sentences[s].first_token..self.sentences[s].end_token
            });
        range.filter(move |&t| self.syntax.get(t).is_some_and(|x| x.head == Some(head)))
    }

    pub fn block_kind_of_sentence(&self, s: usize) -> BlockKind {
        self.blocks[self.sentences[s].block].kind
    }
}

/// Converts byte offsets of a text into character (Unicode scalar) offsets.
pub struct CharIndex<'a> {
    text: &'a str,
    /// Characters before each 256-byte checkpoint.
    checkpoints: Vec<usize>,
}

const CHECKPOINT: usize = 256;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for (i, chunk) in bytes.chunks(CHECKPOINT).enumerate() {
            let _ = i;
            checkpoints.push(chars);
            chars += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        CharIndex { text, checkpoints }
    }

    /// Character offset of byte offset `pos`, which must be a char boundary.
    pub fn chars(&self, pos: usize) -> usize {
        let k = pos / CHECKPOINT;
        if k >= self.checkpoints.len() {
            return self.text.chars().count();
        }
        let base = k * CHECKPOINT;
        self.checkpoints[k]
            + self.text.as_bytes()[base..pos]
                .iter()
                .filter(|&&b| (b & 0xC0) != 0x80)
                .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_multibyte_characters() {
        let text = "Лавров met Rubio — in Riyadh.".repeat(40);
        let idx = CharIndex::new(&text);
        for (chars, (bytes, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.chars(bytes), chars);
        }
        assert_eq!(idx.chars(text.len()), text.chars().count());
    }

    #[test]
    fn lower_keeps_offsets() {
        let doc = Doc::new("Кремль SAID Yes".into(), None);
        assert_eq!(doc.text.len(), doc.lower.len());
        assert_eq!(&doc.lower[13..17], "said");
    }
}
