//! Read queries, answering plain serialisable rows.

use crate::browse::{doc_from_row, DOC_COLUMNS};
use crate::insert::UNDATED_KEY;
use crate::{dates, Store, StoreError};
use detente_extract::{ActorRecord, LocationRecord, SpeakerRecord};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};
use serde::Serialize;
use std::collections::HashMap;

/// A page size that means every row (SQLite takes it as no limit).
const ALL: usize = i64::MAX as usize;

/// How many of the most recently stored matching sentences a search ranks.
pub const SEARCH_WINDOW: usize = 5000;

/// Matching sentences from which an `events --text` query driven by a
/// dyad or actor index probes the FTS index event by event.
pub(crate) const TEXT_PROBE_FROM: i64 = 20_000;

/// Which events [`Store::events`] answers. Every filter given must hold.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// A party of the event (actor or recipient: symmetric events split
    /// their parties freely between the two) has this code.
    pub actor: Option<String>,
    /// The event has a party of each code, in either role and direction.
    pub dyad: Option<(String, String)>,
    /// PLOVER event type (`CONSULT`, `ACCUSE`, …).
    pub event_type: Option<String>,
    /// `occurred`, `planned` or `claimed`.
    pub status: Option<String>,
    /// Only negated (`Some(true)`) or only affirmed (`Some(false)`) events.
    pub negated: Option<bool>,
    /// A topic of the event.
    pub topic: Option<String>,
    /// Start date on or after (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated
    /// events are left out when `since` or `until` is given.
    pub since: Option<String>,
    /// Start date on or before (a partial date means its last day).
    pub until: Option<String>,
    /// Words (FTS5, all must occur; `word*` for a prefix) in a sentence
    /// where the event is mentioned.
    pub text: Option<String>,
    /// At most this many rows (all when `None`).
    pub limit: Option<usize>,
    pub offset: usize,
}

/// One party of an event: the stored entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Party {
    pub name: String,
    pub kind: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Location {
    pub name: String,
    pub country_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A real-world event, merged from every report of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventRow {
    pub id: i64,
    pub event: String,
    pub mode: Option<String>,
    pub status: String,
    pub negated: bool,
    pub date: Option<String>,
    pub enddate: Option<String>,
    pub location: Option<Location>,
    pub actors: Vec<Party>,
    pub recipients: Vec<Party>,
    pub topics: Vec<String>,
    pub context: Vec<String>,
    /// Publication date of the earliest report (its ingestion date when it
    /// has none).
    pub first_reported: Option<String>,
    pub n_documents: i64,
    pub n_sources: i64,
    /// Reports of it (a document may report it more than once as several
    /// of its record's events).
    pub n_reports: i64,
    /// The evidence, from the first report: the sentence that states the
    /// event, and the document it is in.
    pub sentence: Option<String>,
    pub doc_id: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
}

/// Where a report mentions its event.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentionRow {
    /// Sentence index in the document (as in the record).
    pub sentence: i64,
    pub start: i64,
    pub end: i64,
    /// The stored sentence holding the mention.
    pub text: Option<String>,
}

/// What one document said about an event.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportRow {
    pub doc_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    /// The event id in that document's record.
    pub report_id: String,
    /// The earliest report of the event.
    pub first: bool,
    pub status: String,
    pub negated: bool,
    pub mode: Option<String>,
    pub date: Option<String>,
    pub enddate: Option<String>,
    pub date_text: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub claimed_by: Option<SpeakerRecord>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub location: Option<LocationRecord>,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub actors: Vec<ActorRecord>,
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub recipients: Vec<ActorRecord>,
    pub topics: Vec<String>,
    pub context: Vec<String>,
    pub event_text: String,
    pub mentions: Vec<MentionRow>,
}

/// An event with all its reports, earliest first.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventDetail {
    #[serde(flatten)]
    pub event: EventRow,
    pub reports: Vec<ReportRow>,
}

/// Which documents a search looks in. Every filter given must hold.
#[derive(Clone, Debug, Default)]
pub struct SearchFilter {
    /// Published on or after (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Published on or before (a partial date means its last day).
    pub until: Option<String>,
    /// `documents.source`, exactly.
    pub source: Option<String>,
}

/// A sentence that matches a full-text search.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub doc_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    /// Sentence index in the document.
    pub sentence: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    /// The sentence with the matched words in `**…**`.
    pub highlighted: String,
    /// A short excerpt around the matches, also marked with `**…**`.
    pub snippet: String,
    /// Events mentioned in this sentence.
    pub events: Vec<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteRow {
    pub doc_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub speaker: Option<String>,
    pub speaker_code: Option<String>,
    pub text: String,
    pub start: i64,
    pub end: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonRow {
    pub name: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub office: Option<String>,
    /// Documents that mention the person.
    pub documents: i64,
    /// Quotes attributed to the person.
    pub quotes: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocRow {
    pub id: String,
    pub external_id: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: String,
    pub ingested_at: String,
    /// Id of the first stored document of its near-duplicate story (its
    /// own id when it has no near-duplicate before it).
    pub story_id: String,
    pub n_events: i64,
    pub n_quotes: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IngestErrorRow {
    pub path: String,
    pub reason: String,
    pub at: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Stats {
    pub schema_version: i64,
    pub documents: i64,
    pub stories: i64,
    pub sentences: i64,
    pub entities: i64,
    pub people: i64,
    pub events: i64,
    /// Events reported by more than one document.
    pub merged_events: i64,
    pub event_reports: i64,
    pub quotes: i64,
    pub ingest_errors: i64,
    pub first_event_date: Option<String>,
    pub last_event_date: Option<String>,
}

/// User words as an FTS5 query: every word must occur (quoted, so no word
/// is read as an operator); a trailing `*` keeps a prefix search.
pub(crate) fn fts_query(words: &str) -> Option<String> {
    let terms: Vec<String> = words
        .split_whitespace()
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            let core: String = w
                .trim_end_matches('*')
                .chars()
                .filter(|&c| c != '"')
                .collect();
            if !core.chars().any(char::is_alphanumeric) {
                return None;
            }
            Some(if prefix {
                format!("\"{core}\"*")
            } else {
                format!("\"{core}\"")
            })
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// `sql` with each `?` numbered after the arguments already bound, and
/// `vals` appended to them.
fn bind<const N: usize>(sql: &str, vals: [Value; N], args: &mut Vec<Value>) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut vals = vals.into_iter();
    for c in sql.chars() {
        if c == '?' {
            args.push(vals.next().expect("a value for each ?"));
            out.push_str(&format!("?{}", args.len()));
        } else {
            out.push(c);
        }
    }
    out
}

fn actor_code_cond(code: &str, conds: &mut Vec<String>, args: &mut Vec<Value>) {
    if is_kind_code(code) {
        // "IGO": every body of that kind (IGOECOWAS, IGOAU, …).
        conds.push(bind(
            "EXISTS (SELECT 1 FROM event_codes c WHERE c.code >= ? AND c.code < ? \
             AND c.event = e.event)",
            [
                Value::Text(code.to_string()),
                Value::Text(format!("{code}~")),
            ],
            args,
        ));
        return;
    }
    conds.push(bind(
        "EXISTS (SELECT 1 FROM event_codes c WHERE c.code = ? \
         AND c.date_key = e.date_key AND c.event = e.event)",
        [Value::Text(code.to_string())],
        args,
    ));
}

/// An event query without its SELECT list, order and page.
struct EventQuery {
    from: &'static str,
    key: &'static str,
    id: &'static str,
    where_: String,
    args: Vec<Value>,
}

/// A code that only names a kind of body (`IGO`): it stands for every body
/// of that kind, whose own codes start with it.
fn is_kind_code(code: &str) -> bool {
    detente_kb::KIND_CODES.contains(&code)
}

pub(crate) const EVENT_COLUMNS: &str =
    "e.event, e.type, e.mode, e.status, e.negated, e.date, e.enddate, \
    e.location_name, e.location_country, e.lat, e.lon, e.topics, e.context, e.first_reported, \
    e.n_documents, e.n_sources";

pub(crate) fn event_from_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    let loc: Option<String> = r.get(7)?;
    let list = |s: String| serde_json::from_str(&s).unwrap_or_default();
    Ok(EventRow {
        id: r.get(0)?,
        event: r.get(1)?,
        mode: r.get(2)?,
        status: r.get(3)?,
        negated: r.get(4)?,
        date: r.get(5)?,
        enddate: r.get(6)?,
        location: match loc {
            Some(name) => Some(Location {
                name,
                country_code: r.get(8)?,
                lat: r.get(9)?,
                lon: r.get(10)?,
            }),
            None => None,
        },
        actors: Vec::new(),
        recipients: Vec::new(),
        topics: list(r.get(11)?),
        context: list(r.get(12)?),
        first_reported: r.get(13)?,
        n_documents: r.get(14)?,
        n_sources: r.get(15)?,
        n_reports: 0,
        sentence: None,
        doc_id: None,
        url: None,
        source: None,
        title: None,
        published: None,
    })
}

impl Store {
    /// Parties and the evidence of the first report of each row.
    pub(crate) fn fill_parties(&self, rows: &mut [EventRow]) -> Result<(), StoreError> {
        self.fill_party_lists(rows)?;
        self.fill_evidence(rows)
    }

    fn fill_evidence(&self, rows: &mut [EventRow]) -> Result<(), StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT e.event, d.id, d.url, d.source, d.title, d.published, \
                    (SELECT s.text FROM event_mentions m JOIN sentences s ON s.sid = m.sid \
                     WHERE m.report = r.report ORDER BY m.start_char, m.rowid LIMIT 1), \
                    (SELECT COUNT(*) FROM event_reports x WHERE x.event = e.event) \
             FROM json_each(?1) j \
             JOIN events e ON e.event = j.value \
             JOIN event_reports r ON r.report = e.first_report \
             JOIN documents d ON d.doc = r.doc",
        )?;
        for chunk in rows.chunks_mut(500) {
            let at: HashMap<i64, usize> =
                chunk.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
            let ids = serde_json::to_string(&chunk.iter().map(|r| r.id).collect::<Vec<_>>())?;
            let found = st.query_map([ids], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, i64>(7)?,
                ))
            })?;
            for f in found {
                let (event, doc_id, url, source, title, published, sentence, n) = f?;
                let Some(&i) = at.get(&event) else { continue };
                let row = &mut chunk[i];
                row.doc_id = Some(doc_id);
                row.url = url;
                row.source = source;
                row.title = title;
                row.published = published;
                row.sentence = sentence;
                row.n_reports = n;
            }
        }
        Ok(())
    }

    fn fill_party_lists(&self, rows: &mut [EventRow]) -> Result<(), StoreError> {
        // One statement per 500 events (ids passed as a JSON array).
        let mut st = self.conn.prepare_cached(
            "SELECT p.event, p.role, n.name, n.kind, n.code, n.sector, n.office \
             FROM json_each(?1) j \
             JOIN event_parties p ON p.event = j.value \
             JOIN entities n ON n.entity = p.entity \
             ORDER BY p.event, p.role, n.entity",
        )?;
        for chunk in rows.chunks_mut(500) {
            let at: HashMap<i64, usize> =
                chunk.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
            let ids = serde_json::to_string(&chunk.iter().map(|r| r.id).collect::<Vec<_>>())?;
            let parties = st.query_map([ids], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    Party {
                        name: r.get(2)?,
                        kind: r.get(3)?,
                        code: r.get(4)?,
                        sector: r.get(5)?,
                        office: r.get(6)?,
                    },
                ))
            })?;
            for p in parties {
                let (event, role, party) = p?;
                let Some(&i) = at.get(&event) else { continue };
                if role == "actor" {
                    chunk[i].actors.push(party);
                } else {
                    chunk[i].recipients.push(party);
                }
            }
        }
        Ok(())
    }

    /// Events matching `f`, ordered by start date (undated last), then id.
    pub fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let Some(q) = self.event_query(f)? else {
            return Ok(Vec::new());
        };
        let EventQuery {
            from,
            key,
            id,
            where_,
            mut args,
        } = q;
        let limit = f.limit.map_or(-1, |l| l as i64);
        let page = bind(
            "LIMIT ? OFFSET ?",
            [Value::Integer(limit), Value::Integer(f.offset as i64)],
            &mut args,
        );
        let sql =
            format!("SELECT {EVENT_COLUMNS} FROM {from} {where_} ORDER BY {key}, {id} {page}");
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows: Vec<EventRow> = st
            .query_map(params_from_iter(args), event_from_row)?
            .collect::<Result<_, _>>()?;
        self.fill_parties(&mut rows)?;
        Ok(rows)
    }

    /// How many events match `f` (its `limit` and `offset` left aside).
    pub fn count_events(&self, f: &EventFilter) -> Result<usize, StoreError> {
        let Some(q) = self.event_query(f)? else {
            return Ok(0);
        };
        let sql = format!(
            "SELECT COUNT(*) FROM (SELECT {} FROM {} {})",
            q.id, q.from, q.where_
        );
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(q.args), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// The FROM and WHERE parts of an event query, or `None` when the
    /// words match nothing.
    fn event_query(&self, f: &EventFilter) -> Result<Option<EventQuery>, StoreError> {
        // How many sentences the words match decides the plan.
        let text = match &f.text {
            Some(t) => match fts_query(t) {
                Some(q) => Some(q),
                None => return Ok(None),
            },
            None => None,
        };
        let mut many_matches = false;
        if let Some(q) = &text {
            let matches: i64 = self
                .conn
                .prepare_cached(
                    "SELECT COUNT(*) FROM (SELECT rowid FROM sentences_fts \
                     WHERE sentences_fts MATCH ?1 LIMIT ?2)",
                )?
                .query_row(params![q, self.text_probe_from + 1], |r| r.get(0))?;
            if matches == 0 {
                return Ok(None);
            }
            many_matches = matches > self.text_probe_from;
        }
        let dyad = f
            .dyad
            .as_ref()
            .map(|(a, b)| if a <= b { (a, b) } else { (b, a) });
        // Drive the query from a date-ordered code index (dyad, else
        // actor), unless a few matching sentences are the better start.
        let kinds = f.actor.as_deref().is_some_and(is_kind_code)
            || f.dyad
                .as_ref()
                .is_some_and(|(a, b)| is_kind_code(a) || is_kind_code(b));
        let indexed = (f.dyad.is_some() || f.actor.is_some()) && !kinds;
        let drive = indexed && (text.is_none() || many_matches);
        let mut args: Vec<Value> = Vec::new();
        let mut conds: Vec<String> = Vec::new();
        let mut dyad_done = false;
        let mut actor_done = false;
        let (from, key, id) = if drive {
            match dyad {
                Some((a, b)) if a != b => {
                    conds.push(bind(
                        "x.code_a = ? AND x.code_b = ?",
                        [a, b].map(|c| Value::Text(c.clone())),
                        &mut args,
                    ));
                    dyad_done = true;
                    (
                        "event_dyads x JOIN events e ON e.event = x.event",
                        "x.date_key",
                        "x.event",
                    )
                }
                _ => {
                    let code =
                        dyad.map_or_else(|| f.actor.clone().unwrap_or_default(), |d| d.0.clone());
                    conds.push(bind("x.code = ?", [Value::Text(code)], &mut args));
                    dyad_done = dyad.is_some();
                    actor_done = dyad.is_none();
                    (
                        "event_codes x JOIN events e ON e.event = x.event",
                        "x.date_key",
                        "x.event",
                    )
                }
            }
        } else {
            ("events e", "e.date_key", "e.event")
        };
        if let (Some((a, b)), false) = (dyad, dyad_done) {
            if kinds {
                actor_code_cond(a, &mut conds, &mut args);
                actor_code_cond(b, &mut conds, &mut args);
            } else if a != b {
                conds.push(bind(
                    "EXISTS (SELECT 1 FROM event_dyads d WHERE d.code_a = ? AND d.code_b = ? \
                     AND d.date_key = e.date_key AND d.event = e.event)",
                    [a, b].map(|c| Value::Text(c.clone())),
                    &mut args,
                ));
            } else {
                actor_code_cond(a, &mut conds, &mut args);
            }
        }
        if let (Some(a), false) = (&f.actor, actor_done) {
            actor_code_cond(a, &mut conds, &mut args);
        }
        let mut push = |sql: &str, v: Value| conds.push(bind(sql, [v], &mut args));
        if let Some(t) = &f.event_type {
            push("e.type = ?", Value::Text(t.clone()));
        }
        if let Some(s) = &f.status {
            push("e.status = ?", Value::Text(s.clone()));
        }
        if let Some(n) = f.negated {
            push("e.negated = ?", Value::Integer(n.into()));
        }
        if let Some(t) = &f.topic {
            push(
                "EXISTS (SELECT 1 FROM event_topics t WHERE t.topic = ? AND t.event = e.event)",
                Value::Text(t.clone()),
            );
        }
        if let Some(s) = &f.since {
            let s = dates::lo(s).map_or_else(|| s.clone(), dates::fmt);
            push(&format!("{key} >= ?"), Value::Text(s));
        }
        if let Some(u) = &f.until {
            let u = dates::hi(u).map_or_else(|| u.clone(), dates::fmt);
            push(&format!("{key} <= ?"), Value::Text(u));
        }
        if let Some(q) = text {
            // A common word under an index: test each event of the index
            // range against the FTS index. Otherwise collect the events of
            // the matching sentences first.
            let sql = if drive {
                "EXISTS (SELECT 1 FROM event_reports r \
                 JOIN event_mentions m ON m.report = r.report \
                 JOIN sentences_fts f ON f.rowid = m.sid \
                 WHERE r.event = e.event AND sentences_fts MATCH ?)"
            } else {
                "e.event IN (SELECT m.event FROM event_mentions m WHERE m.sid IN \
                 (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))"
            };
            push(sql, Value::Text(q));
        }
        if f.since.is_some() || f.until.is_some() {
            conds.push(format!("{key} <> '{UNDATED_KEY}'"));
        }
        Ok(Some(EventQuery {
            from,
            key,
            id,
            where_: if conds.is_empty() {
                String::new()
            } else {
                format!("WHERE {}", conds.join(" AND "))
            },
            args,
        }))
    }

    /// Every event between two parties (codes), in date order.
    pub fn timeline(&self, a: &str, b: &str) -> Result<Vec<EventRow>, StoreError> {
        self.events(&EventFilter {
            dyad: Some((a.to_string(), b.to_string())),
            ..EventFilter::default()
        })
    }

    /// One event with all its reports (earliest first), or `None`.
    pub fn event(&self, id: i64) -> Result<Option<EventDetail>, StoreError> {
        let row = self
            .conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS}, e.first_report FROM events e WHERE e.event = ?1"
            ))?
            .query_row([id], |r| {
                Ok((event_from_row(r)?, r.get::<_, Option<i64>>(16)?))
            })
            .optional()?;
        let Some((row, first)) = row else {
            return Ok(None);
        };
        let mut rows = vec![row];
        self.fill_parties(&mut rows)?;
        let event = rows.pop().expect("one row");
        let mut st = self.conn.prepare_cached(
            "SELECT r.report, d.id, d.title, d.url, d.source, d.published, r.report_id, \
                    r.status, r.negated, r.mode, r.date, r.enddate, r.date_text, r.claimed_by, \
                    r.location, r.actors, r.recipients, r.topics, r.context, r.event_text \
             FROM event_reports r JOIN documents d ON d.doc = r.doc \
             WHERE r.event = ?1 \
             ORDER BY coalesce(d.published, substr(d.ingested_at, 1, 10)), r.report",
        )?;
        type Raw = (
            i64,
            ReportRow,
            Option<String>,
            Option<String>,
            String,
            String,
        );
        let raw: Vec<Raw> = st
            .query_map([id], |r| {
                let report: i64 = r.get(0)?;
                Ok((
                    report,
                    ReportRow {
                        doc_id: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        source: r.get(4)?,
                        published: r.get(5)?,
                        report_id: r.get(6)?,
                        first: Some(report) == first,
                        status: r.get(7)?,
                        negated: r.get(8)?,
                        mode: r.get(9)?,
                        date: r.get(10)?,
                        enddate: r.get(11)?,
                        date_text: r.get(12)?,
                        claimed_by: None,
                        location: None,
                        actors: Vec::new(),
                        recipients: Vec::new(),
                        topics: serde_json::from_str(&r.get::<_, String>(17)?).unwrap_or_default(),
                        context: serde_json::from_str(&r.get::<_, String>(18)?).unwrap_or_default(),
                        event_text: r.get(19)?,
                        mentions: Vec::new(),
                    },
                    r.get(13)?,
                    r.get(14)?,
                    r.get(15)?,
                    r.get(16)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut ms = self.conn.prepare_cached(
            "SELECT m.sentence, m.start_char, m.end_char, s.text \
             FROM event_mentions m LEFT JOIN sentences s ON s.sid = m.sid \
             WHERE m.report = ?1 ORDER BY m.start_char, m.rowid",
        )?;
        let mut reports = Vec::with_capacity(raw.len());
        for (report, mut row, claimed, loc, actors, recipients) in raw {
            row.claimed_by = claimed.as_deref().map(serde_json::from_str).transpose()?;
            row.location = loc.as_deref().map(serde_json::from_str).transpose()?;
            row.actors = serde_json::from_str(&actors)?;
            row.recipients = serde_json::from_str(&recipients)?;
            row.mentions = ms
                .query_map([report], |r| {
                    Ok(MentionRow {
                        sentence: r.get(0)?,
                        start: r.get(1)?,
                        end: r.get(2)?,
                        text: r.get(3)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            reports.push(row);
        }
        Ok(Some(EventDetail { event, reports }))
    }

    /// Quotes whose speaker's name contains `speaker` (case-insensitive);
    /// every quote, attributed or not, when it is empty.
    pub fn quotes(&self, speaker: &str) -> Result<Vec<QuoteRow>, StoreError> {
        self.quotes_page(speaker, ALL, 0)
    }

    /// Every person: code, office, documents mentioning them, quotes; most
    /// mentioned first.
    pub fn people(&self) -> Result<Vec<PersonRow>, StoreError> {
        self.people_page(ALL, 0)
    }

    /// Every stored document (without its text), by publication date.
    pub fn docs(&self) -> Result<Vec<DocRow>, StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {DOC_COLUMNS} FROM documents d LEFT JOIN documents s ON s.doc = d.story_id \
             ORDER BY d.published, d.doc"
        ))?;
        let rows = st.query_map([], doc_from_row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The text of a stored document.
    pub fn document_text(&self, doc_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT text FROM documents WHERE id = ?1")?
            .query_row([doc_id], |r| r.get(0))
            .optional()?)
    }

    /// Sentences containing all `words`, best (BM25) first, at most 50.
    /// Ranking covers the [`SEARCH_WINDOW`] most recently stored matching
    /// sentences (all of them when there are fewer).
    pub fn search(&self, words: &str) -> Result<Vec<SearchHit>, StoreError> {
        self.search_page(words, 50, 0)
    }

    /// [`Store::search`] with paging.
    pub fn search_page(
        &self,
        words: &str,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        self.search_with(words, &SearchFilter::default(), limit, offset)
    }

    /// [`Store::search_page`] restricted to documents that pass `f`.
    /// Ranking still covers the [`SEARCH_WINDOW`] most recent matches of
    /// the words alone, so a narrow filter over a very common word may
    /// answer fewer hits than exist.
    pub fn search_with(
        &self,
        words: &str,
        f: &SearchFilter,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let Some(q) = fts_query(words) else {
            return Ok(Vec::new());
        };
        // Rank only the most recently stored matches: a word found in a
        // quarter of a million sentences would otherwise have every one of
        // them scored before the first hit is returned.
        let window = SEARCH_WINDOW.max(limit + offset) as i64;
        let floor: i64 = self
            .conn
            .prepare_cached(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?1 \
                 ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
            )?
            .query_row(params![q, window - 1], |r| r.get(0))
            .optional()?
            .unwrap_or(0);
        let mut st = self.conn.prepare_cached(
            "SELECT s.sid, d.id, d.title, d.url, d.source, d.published, s.idx, s.start_char, \
                    s.end_char, s.text, highlight(sentences_fts, 0, '**', '**'), \
                    snippet(sentences_fts, 0, '**', '**', '…', 16) \
             FROM sentences_fts f \
             JOIN sentences s ON s.sid = f.rowid \
             JOIN documents d ON d.doc = s.doc \
             WHERE sentences_fts MATCH ?1 AND f.rowid >= ?4 \
               AND (?5 IS NULL OR d.published >= ?5) AND (?6 IS NULL OR d.published <= ?6) \
               AND (?7 IS NULL OR d.source = ?7) \
             ORDER BY f.rank, s.sid LIMIT ?2 OFFSET ?3",
        )?;
        let since = f
            .since
            .as_deref()
            .map(|d| dates::lo(d).map_or_else(|| d.to_string(), dates::fmt));
        let until = f
            .until
            .as_deref()
            .map(|d| dates::hi(d).map_or_else(|| d.to_string(), dates::fmt));
        let hits: Vec<(i64, SearchHit)> = st
            .query_map(
                params![
                    q,
                    limit as i64,
                    offset as i64,
                    floor,
                    since,
                    until,
                    f.source
                ],
                |r| {
                    Ok((
                        r.get(0)?,
                        SearchHit {
                            doc_id: r.get(1)?,
                            title: r.get(2)?,
                            url: r.get(3)?,
                            source: r.get(4)?,
                            published: r.get(5)?,
                            sentence: r.get(6)?,
                            start: r.get(7)?,
                            end: r.get(8)?,
                            text: r.get(9)?,
                            highlighted: r.get(10)?,
                            snippet: r.get(11)?,
                            events: Vec::new(),
                        },
                    ))
                },
            )?
            .collect::<Result<_, _>>()?;
        let mut ev = self.conn.prepare_cached(
            "SELECT DISTINCT event FROM event_mentions WHERE sid = ?1 ORDER BY event",
        )?;
        let mut out = Vec::with_capacity(hits.len());
        for (sid, mut hit) in hits {
            hit.events = ev
                .query_map([sid], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            out.push(hit);
        }
        Ok(out)
    }

    /// Inputs that could not be stored, oldest first.
    pub fn ingest_errors(&self) -> Result<Vec<IngestErrorRow>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT path, reason, at FROM ingest_errors ORDER BY error")?;
        let rows = st
            .query_map([], |r| {
                Ok(IngestErrorRow {
                    path: r.get(0)?,
                    reason: r.get(1)?,
                    at: r.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Counts of everything stored.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |sql: &str| -> Result<i64, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get(0))?)
        };
        let date = |sql: &str| -> Result<Option<String>, StoreError> {
            Ok(self.conn.query_row(sql, [], |r| r.get(0))?)
        };
        Ok(Stats {
            schema_version: self.schema_version()?,
            documents: count("SELECT COUNT(*) FROM documents")?,
            stories: count("SELECT COUNT(DISTINCT story_id) FROM documents")?,
            sentences: count("SELECT COUNT(*) FROM sentences")?,
            entities: count("SELECT COUNT(*) FROM entities")?,
            people: count("SELECT COUNT(*) FROM entities WHERE kind = 'person'")?,
            events: count("SELECT COUNT(*) FROM events")?,
            merged_events: count("SELECT COUNT(*) FROM events WHERE n_documents > 1")?,
            event_reports: count("SELECT COUNT(*) FROM event_reports")?,
            quotes: count("SELECT COUNT(*) FROM quotes")?,
            ingest_errors: count("SELECT COUNT(*) FROM ingest_errors")?,
            first_event_date: date(&format!(
                "SELECT min(date_key) FROM events WHERE date_key <> '{UNDATED_KEY}'"
            ))?,
            last_event_date: date(&format!(
                "SELECT max(date_lo) FROM events WHERE date_key <> '{UNDATED_KEY}'"
            ))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn fts_queries_are_quoted() {
        assert_eq!(
            fts_query("Lavrov AND talks").as_deref(),
            Some("\"Lavrov\" \"AND\" \"talks\"")
        );
        assert_eq!(fts_query("gen* \"x\"").as_deref(), Some("\"gen\"* \"x\""));
        assert_eq!(fts_query("  - ( ) "), None);
    }
}
