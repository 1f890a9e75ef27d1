//! The public JSON record (`shared/spec/extract-json.md`): names and
//! meanings are a contract; fields may be added, none renamed.

use crate::DocMeta;
use detente_doc::{CharIndex, Doc, EntityKind, Event, MentionForm};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub document: DocumentRecord,
    pub events: Vec<EventRecord>,
    pub quotes: Vec<QuoteRecord>,
    pub entities: Vec<EntityRecord>,
    /// Every date expression, resolved against the publication date (detente's own field).
    #[serde(default)]
    pub dates: Vec<DateRecord>,
}

/// A date expression: its words, where they are, and its value if it resolves.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DateRecord {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it does not resolve.
    pub value: Option<String>,
    pub enddate: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DocumentRecord {
    pub id: String,
    pub external_id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: String,
    pub text: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EventRecord {
    pub id: String,
    pub event: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub status: String,
    pub claimed_by: Option<SpeakerRecord>,
    pub negated: bool,
    pub date: Option<String>,
    pub enddate: Option<String>,
    pub date_text: Option<String>,
    pub actor: Vec<ActorRecord>,
    pub recipient: Vec<ActorRecord>,
    pub location: Option<LocationRecord>,
    pub topics: Vec<String>,
    pub event_text: String,
    pub mentions: Vec<MentionRecord>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ActorRecord {
    pub entity_text: String,
    pub name: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LocationRecord {
    pub extracted_place: Option<String>,
    pub name: String,
    pub country_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct MentionRecord {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SpeakerRecord {
    pub name: String,
    pub code: Option<String>,
    pub sector: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct QuoteRecord {
    pub speaker: Option<SpeakerRecord>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct EntityRecord {
    pub name: String,
    pub kind: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
    pub mentions: usize,
    /// Where the entity is mentioned (an addition to the published record:
    /// readers of the record that predate it ignore it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<SpanRecord>,
}

/// A span of `document.text` in character offsets, end exclusive.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
pub struct SpanRecord {
    pub start: usize,
    pub end: usize,
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// The document id: sha256 of the text with whitespace runs made one space.
pub fn document_id(text: &str) -> String {
    let mut h = Sha256::new();
    let mut first = true;
    for w in text.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        h.update(w.as_bytes());
        first = false;
    }
    hex(&h.finalize())
}

/// Character offsets of byte offsets, for the many spans of a record: of
/// every byte offset of a text up to a megabyte, made in one pass (each
/// span then costs one look-up), else [`CharIndex`]'s count from its
/// checkpoints. The same offsets either way.
struct Chars<'a> {
    text: &'a str,
    /// Made only when needed.
    index: std::cell::OnceCell<CharIndex<'a>>,
    /// `before[pos]`: the characters that start before byte `pos`.
    before: Vec<u32>,
}

impl<'a> Chars<'a> {
    const WHOLE_UP_TO: usize = 1 << 20;

    fn new(text: &'a str) -> Chars<'a> {
        let mut before = Vec::new();
        if text.len() <= Self::WHOLE_UP_TO {
            before.reserve_exact(text.len() + 1);
            let mut n = 0u32;
            before.push(0);
            for &b in text.as_bytes() {
                n += u32::from(b & 0xC0 != 0x80);
                before.push(n);
            }
        }
        Chars {
            text,
            index: std::cell::OnceCell::new(),
            before,
        }
    }

    fn chars(&self, pos: usize) -> usize {
        match self.before.get(pos) {
            Some(&n) => n as usize,
            None => self
                .index
                .get_or_init(|| CharIndex::new(self.text))
                .chars(pos),
        }
    }
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::State => "state",
        EntityKind::Body => "body",
        EntityKind::Institution => "institution",
        EntityKind::Media => "media",
        EntityKind::Place => "place",
    }
}

impl Record {
    pub fn from_doc(doc: &Doc, meta: &DocMeta) -> Record {
        let chars = Chars::new(&doc.text);
        let id = document_id(&doc.text);
        let speaker = |e: usize| {
            let ent = &doc.entities[e];
            SpeakerRecord {
                name: ent.name.clone(),
                code: ent.code.clone(),
                sector: ent.sector.clone(),
            }
        };
        let actor = |p: &detente_doc::Party| {
            let ent = &doc.entities[p.entity];
            ActorRecord {
                entity_text: doc.slice(p.span).to_string(),
                name: ent.name.clone(),
                code: ent.code.clone(),
                sector: ent.sector.clone(),
                office: ent.office.clone(),
            }
        };
        let events = doc
            .events
            .iter()
            .map(|e: &Event| {
                let first = e.mentions.first().map_or(0, |m| m.span.start);
                let mut h = Sha256::new();
                h.update(id.as_bytes());
                h.update(e.event.as_bytes());
                h.update(first.to_le_bytes());
                h.update(e.trigger.start.to_le_bytes());
                EventRecord {
                    id: hex(&h.finalize()[..8]),
                    event: e.event.clone(),
                    mode: e.mode.clone(),
                    context: e.context.clone(),
                    status: e.status.as_str().to_string(),
                    claimed_by: e.claimed_by.map(speaker),
                    negated: e.negated,
                    date: e.date.map(|d| d.format_start()),
                    enddate: e.date.and_then(|d| d.format_end()),
                    date_text: e.date_text.clone(),
                    actor: e.actor.iter().map(actor).collect(),
                    recipient: e.recipient.iter().map(actor).collect(),
                    location: e.location.map(|l| {
                        let ent = &doc.entities[l];
                        LocationRecord {
                            extracted_place: e.location_text.clone(),
                            name: ent.name.clone(),
                            country_code: ent
                                .geo
                                .as_ref()
                                .map(|g| g.country.clone())
                                .filter(|c| !c.is_empty()),
                            lat: ent
                                .geo
                                .as_ref()
                                .and_then(|g| g.lat)
                                .map(|l| (l * 100.0).round() / 100.0),
                            lon: ent
                                .geo
                                .as_ref()
                                .and_then(|g| g.lon)
                                .map(|l| (l * 100.0).round() / 100.0),
                        }
                    }),
                    topics: e.topics.clone(),
                    event_text: doc.slice(e.trigger).to_string(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| MentionRecord {
                            sentence: m.sentence,
                            start: chars.chars(m.span.start),
                            end: chars.chars(m.span.end),
                        })
                        .collect(),
                }
            })
            .collect();
        let quotes = doc
            .quotes
            .iter()
            .map(|q| QuoteRecord {
                speaker: q.speaker.map(speaker),
                text: doc.slice(q.span).to_string(),
                start: chars.chars(q.span.start),
                end: chars.chars(q.span.end),
            })
            .collect();
        let mut place_mentions = vec![0usize; doc.entities.len()];
        let mut spans = vec![Vec::new(); doc.entities.len()];
        for m in &doc.mentions {
            let at = SpanRecord {
                start: chars.chars(m.span.start),
                end: chars.chars(m.span.end),
            };
            if let Some(p) = m.place {
                place_mentions[p] += 1;
                if p != m.entity {
                    spans[p].push(at);
                }
            }
            spans[m.entity].push(at);
        }
        let entities = doc
            .entities
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let mentions = if e.kind == EntityKind::Place {
                    e.mentions.max(place_mentions[i])
                } else {
                    e.mentions
                };
                (mentions > 0).then(|| EntityRecord {
                    name: e.name.clone(),
                    kind: kind_name(e.kind).to_string(),
                    code: e.code.clone(),
                    sector: e.sector.clone(),
                    office: e.office.clone(),
                    mentions,
                    spans: {
                        let mut s = std::mem::take(&mut spans[i]);
                        s.sort_by_key(|m| (m.start, m.end));
                        s.dedup();
                        s
                    },
                })
            })
            .collect();
        let _ = MentionForm::Name;
        Record {
            document: DocumentRecord {
                id,
                external_id: meta.external_id.clone(),
                url: meta.url.clone(),
                title: meta.title.clone().or_else(|| doc.title.clone()),
                published: meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
                language: "en".into(),
                text: doc.text.clone(),
            },
            events,
            quotes,
            entities,
            dates: doc
                .dates
                .iter()
                .map(|d| DateRecord {
                    text: doc.slice(d.span).to_string(),
                    start: chars.chars(d.span.start),
                    end: chars.chars(d.span.end),
                    value: d.value.map(|v| v.format_start()),
                    enddate: d.value.and_then(|v| v.format_end()),
                })
                .collect(),
        }
    }
}
