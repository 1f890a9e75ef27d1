//! Read queries for browsing: one document with everything found in it,
//! one person, one state, and paged lists. They answer plain serialisable
//! structs, like `query.rs`.

use crate::query::{event_from_row, DocRow, EventRow, PersonRow, QuoteRow, EVENT_COLUMNS};
use crate::{Store, StoreError};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

/// A stored document with its text and what was found in it. Every span is
/// in character offsets into `text`, end exclusive.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentView {
    #[serde(flatten)]
    pub doc: DocRow,
    pub text: String,
    /// Sentences in order: index and span.
    pub sentences: Vec<SentenceSpan>,
    /// The events this document reports, with their mentions here.
    pub events: Vec<DocEvent>,
    pub quotes: Vec<DocQuote>,
    /// People, states, bodies and places mentioned, with their spans.
    pub entities: Vec<DocEntity>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SentenceSpan {
    pub idx: i64,
    pub start: i64,
    pub end: i64,
}

/// An event as one document reports it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocEvent {
    /// The merged event (`Store::event`).
    pub event_id: i64,
    pub event: String,
    pub status: String,
    pub negated: bool,
    pub date: Option<String>,
    pub event_text: String,
    /// `[start, end]` of each mention.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Vec<i64>>))]
    pub mentions: Vec<[i64; 2]>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocQuote {
    pub speaker: Option<String>,
    pub speaker_code: Option<String>,
    pub text: String,
    pub start: i64,
    pub end: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocEntity {
    pub name: String,
    pub kind: String,
    pub code: Option<String>,
    pub office: Option<String>,
    pub mentions: i64,
    /// `[start, end]` of each mention (empty for records that gave none).
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Vec<i64>>))]
    pub spans: Vec<[i64; 2]>,
}

/// Everything stored about the people of one name.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonView {
    pub name: String,
    /// Each stored entity of that name: code, sector and office.
    pub entries: Vec<PersonRow>,
    /// Events the person is a party of or is named in the mention of,
    /// in date order.
    pub events: Vec<EventRow>,
    /// Quotes attributed to the person, oldest first.
    pub quotes: Vec<QuoteRow>,
}

/// Everything stored about one state or body code.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StateView {
    pub code: String,
    /// Its stored names (a state and a place of the same code may differ).
    pub names: Vec<String>,
    /// People acting for it, most mentioned first.
    pub people: Vec<PersonRow>,
    /// Its most recent events (up to the limit asked for), newest first.
    pub events: Vec<EventRow>,
    /// Quotes of its people, newest first (up to the limit).
    pub quotes: Vec<QuoteRow>,
}

pub(crate) const DOC_COLUMNS: &str = "d.id, d.external_id, d.url, d.source, d.title, d.published, \
    d.language, d.ingested_at, coalesce(s.id, d.id), \
    (SELECT COUNT(*) FROM event_reports r WHERE r.doc = d.doc), \
    (SELECT COUNT(*) FROM quotes q WHERE q.doc = d.doc)";

pub(crate) fn doc_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DocRow> {
    Ok(DocRow {
        id: r.get(0)?,
        external_id: r.get(1)?,
        url: r.get(2)?,
        source: r.get(3)?,
        title: r.get(4)?,
        published: r.get(5)?,
        language: r.get(6)?,
        ingested_at: r.get(7)?,
        story_id: r.get(8)?,
        n_events: r.get(9)?,
        n_quotes: r.get(10)?,
    })
}

const QUOTE_COLUMNS: &str =
    "d.id, d.title, d.url, d.published, n.name, n.code, q.text, q.start_char, q.end_char";

fn quote_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<QuoteRow> {
    Ok(QuoteRow {
        doc_id: r.get(0)?,
        title: r.get(1)?,
        url: r.get(2)?,
        published: r.get(3)?,
        speaker: r.get(4)?,
        speaker_code: r.get(5)?,
        text: r.get(6)?,
        start: r.get(7)?,
        end: r.get(8)?,
    })
}

fn person_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        name: r.get(0)?,
        code: r.get(1)?,
        sector: r.get(2)?,
        office: r.get(3)?,
        documents: r.get(4)?,
        quotes: r.get(5)?,
    })
}

const PERSON_COLUMNS: &str = "n.name, n.code, n.sector, n.office, \
    (SELECT COUNT(*) FROM document_entity de WHERE de.entity = n.entity) AS docs, \
    (SELECT COUNT(*) FROM quotes q WHERE q.speaker = n.entity)";

fn spans(json: Option<String>) -> Vec<[i64; 2]> {
    json.and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

impl Store {
    /// Documents, newest publication first (then most recently stored;
    /// undated last: SQLite sorts NULL lowest), a page at a time. Read
    /// backwards off the `published` index.
    pub fn docs_page(&self, limit: usize, offset: usize) -> Result<Vec<DocRow>, StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {DOC_COLUMNS} FROM documents d LEFT JOIN documents s ON s.doc = d.story_id \
             ORDER BY d.published DESC, d.doc DESC LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = st
            .query_map(params![limit as i64, offset as i64], doc_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// One document with its text, sentences, events, quotes and entities.
    pub fn document(&self, id: &str) -> Result<Option<DocumentView>, StoreError> {
        let row = self
            .conn
            .prepare_cached(&format!(
                "SELECT {DOC_COLUMNS}, d.doc, d.text FROM documents d \
                 LEFT JOIN documents s ON s.doc = d.story_id WHERE d.id = ?1"
            ))?
            .query_row([id], |r| {
                Ok((
                    doc_from_row(r)?,
                    r.get::<_, i64>(11)?,
                    r.get::<_, String>(12)?,
                ))
            })
            .optional()?;
        let Some((doc, key, text)) = row else {
            return Ok(None);
        };
        let sentences = self
            .conn
            .prepare_cached(
                "SELECT idx, start_char, end_char FROM sentences WHERE doc = ?1 ORDER BY idx",
            )?
            .query_map([key], |r| {
                Ok(SentenceSpan {
                    idx: r.get(0)?,
                    start: r.get(1)?,
                    end: r.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut events: Vec<DocEvent> = Vec::new();
        {
            let mut st = self.conn.prepare_cached(
                "SELECT r.event, e.type, r.status, r.negated, r.date, r.event_text, \
                        m.start_char, m.end_char \
                 FROM event_reports r JOIN events e ON e.event = r.event \
                 LEFT JOIN event_mentions m ON m.report = r.report \
                 WHERE r.doc = ?1 ORDER BY r.report, m.start_char",
            )?;
            let mut rows = st.query([key])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                let mention = match (r.get::<_, Option<i64>>(6)?, r.get::<_, Option<i64>>(7)?) {
                    (Some(s), Some(e)) => Some([s, e]),
                    _ => None,
                };
                match events.last_mut() {
                    Some(last) if last.event_id == id => last.mentions.extend(mention),
                    _ => events.push(DocEvent {
                        event_id: id,
                        event: r.get(1)?,
                        status: r.get(2)?,
                        negated: r.get(3)?,
                        date: r.get(4)?,
                        event_text: r.get(5)?,
                        mentions: mention.into_iter().collect(),
                    }),
                }
            }
        }
        let quotes = self
            .conn
            .prepare_cached(
                "SELECT n.name, n.code, q.text, q.start_char, q.end_char FROM quotes q \
                 LEFT JOIN entities n ON n.entity = q.speaker \
                 WHERE q.doc = ?1 ORDER BY q.start_char",
            )?
            .query_map([key], |r| {
                Ok(DocQuote {
                    speaker: r.get(0)?,
                    speaker_code: r.get(1)?,
                    text: r.get(2)?,
                    start: r.get(3)?,
                    end: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        let entities = self
            .conn
            .prepare_cached(
                "SELECT n.name, n.kind, n.code, n.office, de.mentions, de.spans \
                 FROM document_entity de JOIN entities n ON n.entity = de.entity \
                 WHERE de.doc = ?1 ORDER BY de.mentions DESC, n.name_key",
            )?
            .query_map([key], |r| {
                Ok(DocEntity {
                    name: r.get(0)?,
                    kind: r.get(1)?,
                    code: r.get(2)?,
                    office: r.get(3)?,
                    mentions: r.get(4)?,
                    spans: spans(r.get(5)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Some(DocumentView {
            doc,
            text,
            sentences,
            events,
            quotes,
            entities,
        }))
    }

    /// People, most mentioned first, a page at a time.
    pub fn people_page(&self, limit: usize, offset: usize) -> Result<Vec<PersonRow>, StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM entities n WHERE n.kind = 'person' \
             ORDER BY docs DESC, n.name_key, n.entity LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = st
            .query_map(params![limit as i64, offset as i64], person_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Quotes whose speaker's name contains `speaker` (case-insensitive;
    /// all when empty), oldest first, a page at a time.
    pub fn quotes_page(
        &self,
        speaker: &str,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<QuoteRow>, StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.doc = q.doc \
             LEFT JOIN entities n ON n.entity = q.speaker \
             WHERE ?1 = '' OR instr(n.name_key, ?1) > 0 \
             ORDER BY d.published, q.doc, q.start_char LIMIT ?2 OFFSET ?3"
        ))?;
        let rows = st
            .query_map(
                params![speaker.trim().to_lowercase(), limit as i64, offset as i64],
                quote_from_row,
            )?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The person of this name (case-insensitive), or `None`.
    pub fn person(&self, name: &str) -> Result<Option<PersonView>, StoreError> {
        let key = name.trim().to_lowercase();
        let ids: Vec<(i64, PersonRow)> = self
            .conn
            .prepare_cached(&format!(
                "SELECT {PERSON_COLUMNS}, n.entity FROM entities n \
                 WHERE n.kind = 'person' AND n.name_key = ?1 ORDER BY docs DESC, n.entity"
            ))?
            .query_map([&key], |r| Ok((r.get(6)?, person_from_row(r)?)))?
            .collect::<Result<_, _>>()?;
        if ids.is_empty() {
            return Ok(None);
        }
        let list = serde_json::to_string(&ids.iter().map(|(i, _)| *i).collect::<Vec<_>>())?;
        // The person's events: those they are a party of, and those whose
        // mention holds a mention of them ("Foreign Minister X of Estonia
        // met …" is coded as Estonia's).
        let mut event_ids: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT DISTINCT p.event FROM json_each(?1) j \
                 JOIN event_parties p ON p.entity = j.value",
            )?
            .query_map([&list], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        {
            let mut st = self.conn.prepare_cached(
                "SELECT de.spans, m.event, m.start_char, m.end_char \
                 FROM json_each(?1) j JOIN document_entity de ON de.entity = j.value \
                 JOIN event_reports r ON r.doc = de.doc \
                 JOIN event_mentions m ON m.report = r.report \
                 WHERE de.spans IS NOT NULL LIMIT 20000",
            )?;
            let mut rows = st.query([&list])?;
            while let Some(r) = rows.next()? {
                let (a, b): (i64, i64) = (r.get(2)?, r.get(3)?);
                if spans(r.get(0)?).iter().any(|s| s[0] >= a && s[1] <= b) {
                    event_ids.push(r.get(1)?);
                }
            }
        }
        event_ids.sort_unstable();
        event_ids.dedup();
        let mut events: Vec<EventRow> = self
            .conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM events e WHERE e.event IN \
                 (SELECT value FROM json_each(?1)) \
                 ORDER BY e.date_key, e.event LIMIT 500"
            ))?
            .query_map([serde_json::to_string(&event_ids)?], event_from_row)?
            .collect::<Result<_, _>>()?;
        self.fill_parties(&mut events)?;
        let quotes = self
            .conn
            .prepare_cached(&format!(
                "SELECT {QUOTE_COLUMNS} FROM json_each(?1) j \
                 JOIN quotes q ON q.speaker = j.value JOIN documents d ON d.doc = q.doc \
                 LEFT JOIN entities n ON n.entity = q.speaker \
                 ORDER BY d.published, q.doc, q.start_char LIMIT 500"
            ))?
            .query_map([&list], quote_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(Some(PersonView {
            name: ids[0].1.name.clone(),
            entries: ids.into_iter().map(|(_, p)| p).collect(),
            events,
            quotes,
        }))
    }

    /// The state or body of this code, or `None` when nothing has it.
    /// `limit` bounds its events and quotes.
    pub fn state(&self, code: &str, limit: usize) -> Result<Option<StateView>, StoreError> {
        let code = code.trim().to_uppercase();
        let mut names: Vec<String> = Vec::new();
        let mut st = self.conn.prepare_cached(
            "SELECT n.name FROM entities n \
             WHERE n.code = ?1 AND n.kind IN ('state', 'body', 'place') \
             ORDER BY n.kind = 'place', n.entity",
        )?;
        for n in st.query_map([&code], |r| r.get::<_, String>(0))? {
            let n = n?;
            if !names.contains(&n) {
                names.push(n);
            }
        }
        let people: Vec<PersonRow> = self
            .conn
            .prepare_cached(&format!(
                "SELECT {PERSON_COLUMNS} FROM entities n WHERE n.kind = 'person' AND n.code = ?1 \
                 ORDER BY docs DESC, n.name_key LIMIT 200"
            ))?
            .query_map([&code], person_from_row)?
            .collect::<Result<_, _>>()?;
        // Dated ones newest first (backwards off the code index), then the
        // undated ones if the page is not full.
        let mut events: Vec<EventRow> = Vec::new();
        for sql in [
            "x.date_key <> '~' ORDER BY x.date_key DESC, x.event DESC",
            "x.date_key = '~' ORDER BY x.event DESC",
        ] {
            let left = limit.saturating_sub(events.len());
            if left == 0 {
                break;
            }
            events.extend(
                self.conn
                    .prepare_cached(&format!(
                        "SELECT {EVENT_COLUMNS} FROM event_codes x JOIN events e ON e.event = x.event \
                         WHERE x.code = ?1 AND {sql} LIMIT ?2"
                    ))?
                    .query_map(params![&code, left as i64], event_from_row)?
                    .collect::<Result<Vec<_>, _>>()?,
            );
        }
        self.fill_parties(&mut events)?;
        let quotes: Vec<QuoteRow> = self
            .conn
            .prepare_cached(&format!(
                "SELECT {QUOTE_COLUMNS} FROM quotes q JOIN entities n ON n.entity = q.speaker \
                 JOIN documents d ON d.doc = q.doc WHERE n.code = ?1 \
                 ORDER BY d.published DESC, q.quote DESC LIMIT ?2"
            ))?
            .query_map(params![&code, limit as i64], quote_from_row)?
            .collect::<Result<_, _>>()?;
        if names.is_empty() && people.is_empty() && events.is_empty() {
            return Ok(None);
        }
        Ok(Some(StateView {
            code,
            names,
            people,
            events,
            quotes,
        }))
    }
}

impl Store {
    /// The most recent dated events on or before `until` (`YYYY-MM-DD`),
    /// newest first.
    pub fn recent_events(&self, until: &str, limit: usize) -> Result<Vec<EventRow>, StoreError> {
        let mut events: Vec<EventRow> = self
            .conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM events e WHERE e.date_key <= ?1 \
                 ORDER BY e.date_key DESC, e.event DESC LIMIT ?2"
            ))?
            .query_map(params![until, limit as i64], event_from_row)?
            .collect::<Result<_, _>>()?;
        self.fill_parties(&mut events)?;
        Ok(events)
    }
}

impl Store {
    /// Planned events from `from` (`YYYY-MM-DD`) on, soonest first: what
    /// comes next.
    pub fn upcoming_events(&self, from: &str, limit: usize) -> Result<Vec<EventRow>, StoreError> {
        let mut events: Vec<EventRow> = self
            .conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM events e WHERE e.status = 'planned' \
                 AND e.date_key >= ?1 AND e.date_key <> '~' \
                 ORDER BY e.date_key, e.event LIMIT ?2"
            ))?
            .query_map(params![from, limit as i64], event_from_row)?
            .collect::<Result<_, _>>()?;
        self.fill_parties(&mut events)?;
        Ok(events)
    }
}
