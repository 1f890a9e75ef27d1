//! Storing one record inside a caller's transaction, and matching its
//! events against the events already stored.

use crate::dates::{self, UNDATED_WINDOW_DAYS};
use crate::{minhash, InsertOutcome, StoreError};
use chrono::NaiveDate;
use detente_doc::{Block, BlockKind, CharIndex, Doc, Span};
use detente_extract::{ActorRecord, EventRecord, Record};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{BTreeSet, HashMap};

/// Candidates examined per document when looking for near-duplicates.
const MAX_STORY_CANDIDATES: usize = 256;
/// An event's date range may start at most this many days before a
/// report's for the two to be compared (a year plus the undated window).
const MAX_EVENT_SPAN_DAYS: i64 = 366 + 2 * UNDATED_WINDOW_DAYS;
/// Date key of undated events: sorts after every date.
pub(crate) const UNDATED_KEY: &str = "~";

pub(crate) fn insert(
    tx: &Connection,
    record: &Record,
    source: Option<&str>,
    now: &str,
) -> Result<InsertOutcome, StoreError> {
    let owned = with_own_body_codes(record);
    let record = owned.as_ref().unwrap_or(record);
    let d = &record.document;
    let existing: Option<i64> = tx
        .prepare_cached("SELECT doc FROM documents WHERE id = ?1")?
        .query_row([&d.id], |r| r.get(0))
        .optional()?;
    if existing.is_some() {
        return Ok(InsertOutcome::Duplicate {
            doc_id: d.id.clone(),
        });
    }
    let source = source
        .map(str::to_string)
        .or_else(|| d.url.as_deref().and_then(host));
    let sig = minhash::signature(&d.text);
    let story = match &sig {
        Some(s) => find_story(tx, s)?,
        None => None,
    };
    // The row id SQLite would assign (largest + 1), given explicitly so that
    // a document that starts its own story names itself in the same INSERT
    // rather than in a second statement.
    let doc: i64 = tx
        .prepare_cached("SELECT ifnull(max(doc), 0) + 1 FROM documents")?
        .query_row([], |r| r.get(0))?;
    tx.prepare_cached(
        "INSERT INTO documents (doc, id, external_id, url, source, title, published, language, \
         text, ingested_at, story_id, minhash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        doc,
        d.id,
        d.external_id,
        d.url,
        source,
        d.title,
        d.published,
        d.language,
        d.text,
        now,
        story.unwrap_or(doc),
        sig.as_deref().map(minhash::to_blob),
    ])?;
    if let Some(s) = &sig {
        let mut st =
            tx.prepare_cached("INSERT OR IGNORE INTO document_lsh (bucket, doc) VALUES (?1, ?2)")?;
        for b in minhash::buckets(s) {
            st.execute(params![b, doc])?;
        }
    }

    let sentences = insert_sentences(tx, doc, &d.text)?;
    let mut ents = Entities::new(record);
    {
        // Two record entities may be one stored entity: add them up first.
        let mut seen: Vec<(i64, i64, Vec<[usize; 2]>)> = Vec::with_capacity(record.entities.len());
        for e in &record.entities {
            let id = ents.id(
                tx,
                &e.name,
                &e.kind,
                e.code.as_deref(),
                e.sector.as_deref(),
                e.office.as_deref(),
            )?;
            let spans = e.spans.iter().map(|s| [s.start, s.end]);
            match seen.iter_mut().find(|(i, _, _)| *i == id) {
                Some((_, n, sp)) => {
                    *n += e.mentions as i64;
                    sp.extend(spans);
                    sp.sort_unstable();
                    sp.dedup();
                }
                None => seen.push((id, e.mentions as i64, spans.collect())),
            }
        }
        let mut st = tx.prepare_cached(
            "INSERT INTO document_entity (doc, entity, mentions, spans) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (doc, entity) DO UPDATE SET mentions = mentions + excluded.mentions",
        )?;
        for (id, n, spans) in &seen {
            let spans = (!spans.is_empty())
                .then(|| serde_json::to_string(spans))
                .transpose()?;
            st.execute(params![doc, id, n, spans])?;
        }
    }
    for q in &record.quotes {
        let speaker = match &q.speaker {
            Some(s) => {
                let kind = ents.kind_of(&s.name, s.code.as_deref(), "person");
                let id = ents.id(
                    tx,
                    &s.name,
                    &kind,
                    s.code.as_deref(),
                    s.sector.as_deref(),
                    None,
                )?;
                mentioned(tx, doc, id)?;
                Some(id)
            }
            None => None,
        };
        tx.prepare_cached(
            "INSERT INTO quotes (doc, speaker, text, start_char, end_char) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![doc, speaker, q.text, q.start as i64, q.end as i64])?;
    }

    let published = d.published.as_deref().and_then(dates::parse_day);
    // What `first_reported` reads for this document: its day.
    let day = d
        .published
        .clone()
        .unwrap_or_else(|| now.chars().take(10).collect());
    for e in &record.events {
        insert_event(tx, doc, e, &mut ents, &sentences, published, &day)?;
    }
    Ok(InsertOutcome::Inserted {
        doc_id: d.id.clone(),
    })
}

/// The record with each body whose code is only its kind (`IGO`, `NGO`,
/// `MNC`) given its own code from the knowledge base (`IGOECOWAS`), so that
/// ECOWAS and ASEAN are two parties; `None` when no code changes. The
/// extraction record itself keeps the kind (the public contract).
pub(crate) fn with_own_body_codes(record: &Record) -> Option<Record> {
    let kb = detente_kb::builtin();
    let own = |name: &str, code: &Option<String>| -> Option<String> {
        let c = code.as_deref()?;
        kb.own_body_code(name, c).map(str::to_string)
    };
    let needed = record
        .entities
        .iter()
        .any(|e| e.kind == "body" && own(&e.name, &e.code).is_some());
    if !needed {
        return None;
    }
    let mut r = record.clone();
    let bodies: std::collections::HashSet<String> = r
        .entities
        .iter()
        .filter(|e| e.kind == "body")
        .map(|e| e.name.to_lowercase())
        .collect();
    for e in r.entities.iter_mut().filter(|e| e.kind == "body") {
        if let Some(c) = own(&e.name, &e.code) {
            e.code = Some(c);
        }
    }
    for ev in &mut r.events {
        for a in ev.actor.iter_mut().chain(ev.recipient.iter_mut()) {
            if bodies.contains(&a.name.to_lowercase()) {
                if let Some(c) = own(&a.name, &a.code) {
                    a.code = Some(c);
                }
            }
        }
        if let Some(s) = ev.claimed_by.as_mut() {
            if bodies.contains(&s.name.to_lowercase()) {
                if let Some(c) = own(&s.name, &s.code) {
                    s.code = Some(c);
                }
            }
        }
    }
    for q in &mut r.quotes {
        if let Some(s) = q.speaker.as_mut() {
            if bodies.contains(&s.name.to_lowercase()) {
                if let Some(c) = own(&s.name, &s.code) {
                    s.code = Some(c);
                }
            }
        }
    }
    Some(r)
}

/// The host of a URL without `www.`: the source when none is given.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let h = rest.split(['/', '?', '#']).next()?;
    let h = h.rsplit('@').next()?.split(':').next()?.to_lowercase();
    let h = h.strip_prefix("www.").unwrap_or(&h).to_string();
    (!h.is_empty()).then_some(h)
}

/// The story of the most similar stored document, if it is a
/// near-duplicate.
fn find_story(tx: &Connection, sig: &[u32]) -> Result<Option<i64>, StoreError> {
    let mut cands: BTreeSet<i64> = BTreeSet::new();
    {
        let mut st =
            tx.prepare_cached("SELECT doc FROM document_lsh WHERE bucket = ?1 LIMIT ?2")?;
        for b in minhash::buckets(sig) {
            let rows = st.query_map(params![b, MAX_STORY_CANDIDATES as i64], |r| r.get(0))?;
            for r in rows {
                cands.insert(r?);
            }
            if cands.len() >= MAX_STORY_CANDIDATES {
                break;
            }
        }
    }
    let mut best: Option<(f64, i64)> = None;
    let mut st = tx.prepare_cached("SELECT story_id, minhash FROM documents WHERE doc = ?1")?;
    for c in cands {
        let (story, blob): (Option<i64>, Option<Vec<u8>>) =
            st.query_row([c], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let Some(blob) = blob else { continue };
        let sim = minhash::similarity(sig, &minhash::from_blob(&blob));
        if sim >= minhash::NEAR_DUPLICATE && best.is_none_or(|(s, _)| sim > s) {
            best = Some((sim, story.unwrap_or(c)));
        }
    }
    Ok(best.map(|(_, s)| s))
}

/// A stored sentence: character span and row id.
struct Sent {
    start: usize,
    end: usize,
    sid: i64,
}

/// Split the text with the pipeline's splitter (blocks are separated by a
/// blank line in the cleaned text) and store the sentences with their FTS
/// rows. One single-row statement each, and no trigger (migration 3): such
/// statements open no statement savepoint, so FTS5 keeps the pending index
/// in memory until the transaction commits instead of flushing a segment
/// at each savepoint (see docs/schema.md).
fn insert_sentences(tx: &Connection, doc: i64, text: &str) -> Result<Vec<Sent>, StoreError> {
    let spans = split_sentences(text);
    let chars = CharIndex::new(text);
    let mut st = tx.prepare_cached(
        "INSERT INTO sentences (doc, idx, start_char, end_char, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut fts = tx.prepare_cached("INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)")?;
    let mut out = Vec::with_capacity(spans.len());
    for (i, (s, e)) in spans.into_iter().enumerate() {
        let (cs, ce) = (chars.chars(s), chars.chars(e));
        st.execute(params![doc, i as i64, cs as i64, ce as i64, &text[s..e]])?;
        let sid = tx.last_insert_rowid();
        fts.execute(params![sid, &text[s..e]])?;
        out.push(Sent {
            start: cs,
            end: ce,
            sid,
        });
    }
    Ok(out)
}

/// Byte spans of the sentences of a cleaned text.
pub(crate) fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut doc = Doc::new(text.to_string(), None);
    let mut pos = 0;
    for part in text.split("\n\n") {
        let (start, end) = (pos, pos + part.len());
        pos = end + 2;
        if !part.trim().is_empty() {
            doc.blocks.push(Block {
                kind: BlockKind::Paragraph,
                span: Span::new(start, end),
            });
        }
    }
    detente_text::split(&mut doc);
    doc.sentences
        .iter()
        .map(|s| (s.span.start, s.span.end))
        .filter(|(s, e)| s < e)
        .collect()
}

/// The stored sentence a mention points into: the one of the record's
/// index when the offsets agree, else the one holding its start.
fn sentence_of(sents: &[Sent], index: usize, start: usize, end: usize) -> Option<i64> {
    if let Some(s) = sents.get(index) {
        if s.start == start && s.end == end {
            return Some(s.sid);
        }
    }
    let k = sents.partition_point(|s| s.start <= start);
    let s = sents.get(k.checked_sub(1)?)?;
    (start < s.end || start == s.start).then_some(s.sid)
}

/// Entity ids by identity, and the kinds the record gives its names.
struct Entities {
    ids: HashMap<(String, String, String), i64>,
    kinds: HashMap<(String, String), String>,
    kinds_by_name: HashMap<String, String>,
}

impl Entities {
    fn new(record: &Record) -> Entities {
        let mut kinds = HashMap::new();
        let mut kinds_by_name = HashMap::new();
        for e in &record.entities {
            let key = e.name.to_lowercase();
            kinds.insert(
                (key.clone(), e.code.clone().unwrap_or_default()),
                e.kind.clone(),
            );
            kinds_by_name.entry(key).or_insert_with(|| e.kind.clone());
        }
        Entities {
            ids: HashMap::new(),
            kinds,
            kinds_by_name,
        }
    }

    fn kind_of(&self, name: &str, code: Option<&str>, default: &str) -> String {
        let key = name.to_lowercase();
        self.kinds
            .get(&(key.clone(), code.unwrap_or_default().to_string()))
            .or_else(|| self.kinds_by_name.get(&key))
            .cloned()
            .unwrap_or_else(|| default.to_string())
    }

    fn id(
        &mut self,
        tx: &Connection,
        name: &str,
        kind: &str,
        code: Option<&str>,
        sector: Option<&str>,
        office: Option<&str>,
    ) -> Result<i64, StoreError> {
        let key = (
            kind.to_string(),
            name.to_lowercase(),
            code.unwrap_or_default().to_string(),
        );
        if let Some(&id) = self.ids.get(&key) {
            return Ok(id);
        }
        let found: Option<(i64, Option<String>, Option<String>)> = tx
            .prepare_cached(
                "SELECT entity, sector, office FROM entities \
                 WHERE kind = ?1 AND name_key = ?2 AND ifnull(code, '') = ?3",
            )?
            .query_row(params![key.0, key.1, key.2], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let id = match found {
            Some((id, s, o)) => {
                if (s.is_none() && sector.is_some()) || (o.is_none() && office.is_some()) {
                    tx.prepare_cached(
                        "UPDATE entities SET sector = coalesce(sector, ?2), \
                         office = coalesce(office, ?3) WHERE entity = ?1",
                    )?
                    .execute(params![id, sector, office])?;
                }
                id
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO entities (name, name_key, kind, code, sector, office) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![name, key.1, kind, code, sector, office])?;
                tx.last_insert_rowid()
            }
        };
        self.ids.insert(key, id);
        Ok(id)
    }

    fn party(&mut self, tx: &Connection, doc: i64, a: &ActorRecord) -> Result<i64, StoreError> {
        let default = if a.office.is_some() {
            "person"
        } else {
            "unknown"
        };
        let kind = self.kind_of(&a.name, a.code.as_deref(), default);
        let id = self.id(
            tx,
            &a.name,
            &kind,
            a.code.as_deref(),
            a.sector.as_deref(),
            a.office.as_deref(),
        )?;
        mentioned(tx, doc, id)?;
        Ok(id)
    }
}

/// The document mentions the entity (at least once).
fn mentioned(tx: &Connection, doc: i64, entity: i64) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO document_entity (doc, entity, mentions) VALUES (?1, ?2, 1) \
         ON CONFLICT (doc, entity) DO NOTHING",
    )?
    .execute(params![doc, entity])?;
    Ok(())
}

/// A stored event as far as matching needs it.
struct Candidate {
    event: i64,
    mode: Option<String>,
    status: String,
    date: Option<String>,
    enddate: Option<String>,
    range: Option<(NaiveDate, NaiveDate)>,
    anchor: Option<NaiveDate>,
    location: bool,
    topics: Vec<String>,
    context: Vec<String>,
}

fn is_day(r: Option<(NaiveDate, NaiveDate)>) -> Option<NaiveDate> {
    r.and_then(|(l, h)| (l == h).then_some(l))
}

fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// The status of the merged event when a report of status `rep` may join
/// an event of status `ev`, else `None`.
fn merged_status(
    ev: &str,
    ev_range: Option<(NaiveDate, NaiveDate)>,
    rep: &str,
    rep_range: Option<(NaiveDate, NaiveDate)>,
) -> Option<String> {
    let real = |s: &str| s == "occurred" || s == "claimed";
    if ev == rep {
        return Some(ev.to_string());
    }
    if real(ev) && real(rep) {
        return Some("occurred".into());
    }
    // Planned against occurred (or claimed): only when the planned day is
    // the day it happened; then it happened.
    if (ev == "planned" && real(rep)) || (rep == "planned" && real(ev)) {
        let (a, b) = (is_day(ev_range)?, is_day(rep_range)?);
        if a == b {
            return Some(if ev == "planned" { rep } else { ev }.to_string());
        }
    }
    None
}

fn json_list(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut v: Vec<String> = a.iter().chain(b).cloned().collect();
    v.sort();
    v.dedup();
    v
}

fn window(
    range: Option<(NaiveDate, NaiveDate)>,
    anchor: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    range.or_else(|| anchor.map(dates::widen))
}

fn insert_event(
    tx: &Connection,
    doc: i64,
    e: &EventRecord,
    ents: &mut Entities,
    sents: &[Sent],
    published: Option<NaiveDate>,
    day: &str,
) -> Result<(), StoreError> {
    let mut keys: Vec<String> = e
        .actor
        .iter()
        .chain(&e.recipient)
        .map(|a| {
            a.code
                .clone()
                .unwrap_or_else(|| format!("~{}", a.name.to_lowercase()))
        })
        .collect();
    keys.sort();
    keys.dedup();
    let parties_key = keys.join(",");
    let codes: Vec<&String> = keys.iter().filter(|k| !k.starts_with('~')).collect();
    let range = dates::range(e.date.as_deref(), e.enddate.as_deref());
    let rep_window = window(range, published);

    let mut best: Option<(Candidate, String)> = None;
    if let Some((wlo, whi)) = rep_window {
        let floor = wlo - chrono::Duration::days(MAX_EVENT_SPAN_DAYS);
        let mut st = tx.prepare_cached(
            "SELECT event, mode, status, date, enddate, date_lo, date_hi, anchor, \
                    location_name IS NOT NULL, topics, context \
             FROM events \
             WHERE type = ?1 AND parties_key = ?2 AND negated = ?3 \
               AND win_lo >= ?4 AND win_lo <= ?6 AND win_hi >= ?5 \
               AND NOT EXISTS (SELECT 1 FROM event_reports r \
                               WHERE r.event = events.event AND r.doc = ?7) \
             ORDER BY event",
        )?;
        let rows = st.query_map(
            params![
                e.event,
                parties_key,
                e.negated,
                dates::fmt(floor),
                dates::fmt(wlo),
                dates::fmt(whi),
                doc
            ],
            |r| {
                let lo: Option<String> = r.get(5)?;
                let hi: Option<String> = r.get(6)?;
                let anchor: Option<String> = r.get(7)?;
                Ok(Candidate {
                    event: r.get(0)?,
                    mode: r.get(1)?,
                    status: r.get(2)?,
                    date: r.get(3)?,
                    enddate: r.get(4)?,
                    range: lo
                        .as_deref()
                        .and_then(dates::parse_day)
                        .zip(hi.as_deref().and_then(dates::parse_day)),
                    anchor: anchor.as_deref().and_then(dates::parse_day),
                    location: r.get(8)?,
                    topics: json_list(&r.get::<_, String>(9)?),
                    context: json_list(&r.get::<_, String>(10)?),
                })
            },
        )?;
        let mut scored: Vec<((u8, i64, i64), Candidate, String)> = Vec::new();
        for c in rows {
            let c = c?;
            let mode_ok = match (&c.mode, &e.mode) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            if !mode_ok {
                continue;
            }
            let date_ok = match (c.range, range) {
                (Some(a), Some(b)) => overlaps(a, b),
                (Some(a), None) => published.is_some_and(|p| overlaps(a, dates::widen(p))),
                (None, Some(b)) => c.anchor.is_some_and(|p| overlaps(dates::widen(p), b)),
                (None, None) => match (c.anchor, published) {
                    (Some(a), Some(p)) => (a - p).num_days().abs() <= UNDATED_WINDOW_DAYS,
                    _ => false,
                },
            };
            if !date_ok {
                continue;
            }
            let Some(status) = merged_status(&c.status, c.range, &e.status, range) else {
                continue;
            };
            let exact = u8::from(c.range.is_none() || c.range != range);
            let dist = match (c.range, range) {
                (Some(a), Some(b)) => (a.0 - b.0).num_days().abs(),
                _ => i64::MAX / 2,
            };
            scored.push(((exact, dist, c.event), c, status));
        }
        scored.sort_by_key(|(k, _, _)| *k);
        best = scored.into_iter().next().map(|(_, c, s)| (c, s));
    }

    let topics_json = serde_json::to_string(&e.topics)?;
    let context_json = serde_json::to_string(&e.context)?;
    let loc = e.location.as_ref();
    let is_new = best.is_none();
    let event_id = match best {
        Some((c, status)) => {
            // Refine the stored event with what this report adds.
            let more_precise = match (c.range, range) {
                (None, Some(_)) => true,
                (Some(a), Some(b)) => (b.1 - b.0) < (a.1 - a.0),
                _ => false,
            };
            let (date, enddate, new_range) = if more_precise {
                (e.date.clone(), e.enddate.clone(), range)
            } else {
                (c.date.clone(), c.enddate.clone(), c.range)
            };
            let old_key = key_of(c.range);
            let new_key = key_of(new_range);
            let win = window(new_range, c.anchor);
            let topics = union(&c.topics, &e.topics);
            let context = union(&c.context, &e.context);
            tx.prepare_cached(
                "UPDATE events SET mode = coalesce(mode, ?2), status = ?3, date = ?4, \
                 enddate = ?5, date_lo = ?6, date_hi = ?7, date_key = ?8, win_lo = ?9, \
                 win_hi = ?10, topics = ?11, context = ?12 WHERE event = ?1",
            )?
            .execute(params![
                c.event,
                e.mode,
                status,
                date,
                enddate,
                new_range.map(|r| dates::fmt(r.0)),
                new_range.map(|r| dates::fmt(r.1)),
                new_key,
                win.map(|w| dates::fmt(w.0)),
                win.map(|w| dates::fmt(w.1)),
                serde_json::to_string(&topics)?,
                serde_json::to_string(&context)?,
            ])?;
            if let (false, Some(l)) = (c.location, loc) {
                tx.prepare_cached(
                    "UPDATE events SET location_name = ?2, location_country = ?3, lat = ?4, \
                     lon = ?5 WHERE event = ?1",
                )?
                .execute(params![
                    c.event,
                    l.name,
                    l.country_code,
                    l.lat,
                    l.lon
                ])?;
            }
            if old_key != new_key {
                rekey(tx, c.event, &codes, &old_key, &new_key)?;
            }
            c.event
        }
        None => {
            let win = rep_window;
            let date_key = key_of(range);
            tx.prepare_cached(
                "INSERT INTO events (type, mode, status, negated, date, enddate, date_lo, \
                 date_hi, date_key, anchor, win_lo, win_hi, location_name, location_country, \
                 lat, lon, parties_key, topics, context) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, \
                 ?16, ?17, ?18, ?19)",
            )?
            .execute(params![
                e.event,
                e.mode,
                e.status,
                e.negated,
                e.date,
                e.enddate,
                range.map(|r| dates::fmt(r.0)),
                range.map(|r| dates::fmt(r.1)),
                date_key,
                published.map(dates::fmt),
                win.map(|w| dates::fmt(w.0)),
                win.map(|w| dates::fmt(w.1)),
                loc.map(|l| &l.name),
                loc.and_then(|l| l.country_code.as_ref()),
                loc.and_then(|l| l.lat),
                loc.and_then(|l| l.lon),
                parties_key,
                topics_json,
                context_json,
            ])?;
            let id = tx.last_insert_rowid();
            let mut st = tx.prepare_cached(
                "INSERT OR IGNORE INTO event_codes (code, date_key, event) VALUES (?1, ?2, ?3)",
            )?;
            for c in &codes {
                st.execute(params![c, date_key, id])?;
            }
            let mut st = tx.prepare_cached(
                "INSERT OR IGNORE INTO event_dyads (code_a, code_b, date_key, event) \
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (i, a) in codes.iter().enumerate() {
                for b in &codes[i + 1..] {
                    st.execute(params![a, b, date_key, id])?;
                }
            }
            id
        }
    };

    // The report: what this document said.
    tx.prepare_cached(
        "INSERT INTO event_reports (event, doc, report_id, status, negated, mode, date, \
         enddate, date_text, claimed_by, location, actors, recipients, topics, context, \
         event_text) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        event_id,
        doc,
        e.id,
        e.status,
        e.negated,
        e.mode,
        e.date,
        e.enddate,
        e.date_text,
        e.claimed_by
            .as_ref()
            .map(serde_json::to_string)
            .transpose()?,
        e.location.as_ref().map(serde_json::to_string).transpose()?,
        serde_json::to_string(&e.actor)?,
        serde_json::to_string(&e.recipient)?,
        topics_json,
        context_json,
        e.event_text,
    ])?;
    let report = tx.last_insert_rowid();
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO event_mentions (report, event, sentence, sid, start_char, end_char) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for m in &e.mentions {
            let sid = sentence_of(sents, m.sentence, m.start, m.end);
            st.execute(params![
                report,
                event_id,
                m.sentence as i64,
                sid,
                m.start as i64,
                m.end as i64
            ])?;
        }
    }
    {
        let mut parties = Vec::new();
        for a in &e.actor {
            parties.push(("actor", ents.party(tx, doc, a)?));
        }
        for a in &e.recipient {
            parties.push(("recipient", ents.party(tx, doc, a)?));
        }
        let mut st = tx.prepare_cached(
            "INSERT OR IGNORE INTO event_parties (event, role, entity) VALUES (?1, ?2, ?3)",
        )?;
        for (role, ent) in parties {
            st.execute(params![event_id, role, ent])?;
        }
        let mut st =
            tx.prepare_cached("INSERT OR IGNORE INTO event_topics (topic, event) VALUES (?1, ?2)")?;
        for t in &e.topics {
            st.execute(params![t, event_id])?;
        }
    }
    if is_new {
        // This report is the event's only one: the counts below, without
        // their three subqueries.
        tx.prepare_cached(
            "UPDATE events SET n_documents = 1, n_sources = 1, first_reported = ?2, \
             first_report = ?3 WHERE event = ?1",
        )?
        .execute(params![event_id, day, report])?;
        return Ok(());
    }
    tx.prepare_cached(
        "UPDATE events SET \
           n_documents = (SELECT COUNT(DISTINCT r.doc) FROM event_reports r WHERE r.event = ?1), \
           n_sources = (SELECT COUNT(DISTINCT coalesce(d.source, 'story:' || d.story_id)) \
                        FROM event_reports r JOIN documents d ON d.doc = r.doc \
                        WHERE r.event = ?1), \
           (first_reported, first_report) = \
             (SELECT coalesce(d.published, substr(d.ingested_at, 1, 10)) AS day, r.report \
              FROM event_reports r JOIN documents d ON d.doc = r.doc \
              WHERE r.event = ?1 ORDER BY day, r.report LIMIT 1) \
         WHERE event = ?1",
    )?
    .execute([event_id])?;
    Ok(())
}

pub(crate) fn key_of(range: Option<(NaiveDate, NaiveDate)>) -> String {
    range.map_or_else(|| UNDATED_KEY.to_string(), |r| dates::fmt(r.0))
}

/// Move an event's rows in the date-ordered code indices to a new key.
fn rekey(
    tx: &Connection,
    event: i64,
    codes: &[&String],
    old: &str,
    new: &str,
) -> Result<(), StoreError> {
    let mut st = tx.prepare_cached(
        "UPDATE event_codes SET date_key = ?3 WHERE code = ?1 AND date_key = ?2 AND event = ?4",
    )?;
    for c in codes {
        st.execute(params![c, old, new, event])?;
    }
    let mut st = tx.prepare_cached(
        "UPDATE event_dyads SET date_key = ?4 \
         WHERE code_a = ?1 AND code_b = ?2 AND date_key = ?3 AND event = ?5",
    )?;
    for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            st.execute(params![a, b, old, new, event])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://www.Reuters.com/world/x?y").as_deref(),
            Some("reuters.com")
        );
        assert_eq!(host("http://tass.ru:8080/a").as_deref(), Some("tass.ru"));
        assert_eq!(host("").as_deref(), None);
    }

    #[test]
    fn statuses() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let day = Some((d("2025-03-01"), d("2025-03-01")));
        let other = Some((d("2025-03-02"), d("2025-03-02")));
        let week = Some((d("2025-03-01"), d("2025-03-07")));
        assert_eq!(
            merged_status("planned", day, "occurred", day).as_deref(),
            Some("occurred")
        );
        assert_eq!(
            merged_status("occurred", day, "planned", day).as_deref(),
            Some("occurred")
        );
        assert_eq!(merged_status("planned", week, "occurred", day), None);
        assert_eq!(merged_status("planned", day, "occurred", other), None);
        assert_eq!(
            merged_status("claimed", day, "occurred", week).as_deref(),
            Some("occurred")
        );
        assert_eq!(
            merged_status("planned", None, "planned", None).as_deref(),
            Some("planned")
        );
    }

    /// The shortcuts of the insert path (FTS rows written without a
    /// trigger, explicit document ids, the counts of a new event) store
    /// what the general statements would.
    #[test]
    fn bulk_inserts_keep_fts_stories_and_event_counts_consistent() {
        let kb = detente_kb::builtin();
        let opts = detente_extract::Options::default();
        let texts = [
            "Lavrov met Fidan in Ankara on Tuesday. They discussed the grain deal.",
            "Lavrov met Fidan in Ankara on Tuesday. They discussed the grain deal. More followed.",
            "Blinken spoke with Wang Yi by phone on 3 March 2025 about trade.",
        ];
        let records: Vec<Record> = texts
            .iter()
            .map(|t| {
                let meta = detente_extract::DocMeta {
                    published: NaiveDate::from_ymd_opt(2025, 3, 5),
                    ..Default::default()
                };
                detente_extract::extract(t, &meta, kb, &opts)
            })
            .collect();
        let mut store = crate::Store::open_in_memory().unwrap();
        store
            .insert_records(records.iter().map(|r| (r, None)))
            .unwrap();
        let c = store.connection();
        c.execute(
            "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')",
            [],
        )
        .unwrap();
        let n = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(
            n("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'grain'"),
            2
        );
        assert_eq!(
            n("SELECT COUNT(*) FROM documents WHERE story_id IS NULL OR story_id > doc"),
            0
        );
        assert!(n("SELECT COUNT(*) FROM events") > 0);
        // The counts as the general UPDATE computes them.
        let wrong = n("SELECT COUNT(*) FROM events e WHERE \
               n_documents != (SELECT COUNT(DISTINCT r.doc) FROM event_reports r WHERE r.event = e.event) \
            OR n_sources != (SELECT COUNT(DISTINCT coalesce(d.source, 'story:' || d.story_id)) \
                             FROM event_reports r JOIN documents d ON d.doc = r.doc WHERE r.event = e.event) \
            OR (first_reported, first_report) IS NOT \
               (SELECT coalesce(d.published, substr(d.ingested_at, 1, 10)) AS day, r.report \
                FROM event_reports r JOIN documents d ON d.doc = r.doc \
                WHERE r.event = e.event ORDER BY day, r.report LIMIT 1)");
        assert_eq!(wrong, 0);
    }

    #[test]
    fn sentences_split_like_the_pipeline() {
        let t = "Title here\n\nThe ministers met in Vienna. They talked.\n\nMr. Smith left.";
        let s: Vec<&str> = split_sentences(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            [
                "Title here",
                "The ministers met in Vienna.",
                "They talked.",
                "Mr. Smith left."
            ]
        );
    }
}
