//! Reading what tracks are built from: the stored events of the types that
//! matter (with every report), the sentences of the documents reporting
//! them, and the entities those documents mention.

use crate::dates::{self, Span};
use crate::model::{ContactKind, SourceRef};
use crate::text;
use crate::TrackError;
use chrono::NaiveDate;
use detente_store::{EventDetail, EventFilter, Store};
use rusqlite::OptionalExtension;
use std::collections::{BTreeSet, HashMap};

/// Event types a track is built from.
pub(crate) const CONSULT: &str = "CONSULT";
pub(crate) const OUTCOME_TYPES: [&str; 4] = ["AGREE", "CONCEDE", "REJECT", "REQUEST"];
pub(crate) const VIOLATION_TYPES: [&str; 3] = ["ACCUSE", "ASSAULT", "COERCE"];

/// A stored event with its reports and what is derived from them.
#[derive(Clone, Debug)]
pub(crate) struct Ev {
    pub d: EventDetail,
    /// Codes of its parties (actors and recipients), sorted.
    pub codes: BTreeSet<String>,
    pub actor_codes: BTreeSet<String>,
    pub recipient_codes: BTreeSet<String>,
    pub span: Option<Span>,
    pub first_reported: Option<NaiveDate>,
    /// What sort of contact it would be (CONSULT events).
    pub kind: ContactKind,
    /// Keys of the people among its parties.
    pub people: BTreeSet<String>,
    /// Every (document, sentence index) it is mentioned in.
    pub keys: BTreeSet<(String, i64)>,
    /// The documents reporting it.
    pub doc_ids: BTreeSet<String>,
}

impl Ev {
    pub fn id(&self) -> i64 {
        self.d.event.id
    }
    pub fn status(&self) -> &str {
        &self.d.event.status
    }
    /// Occurred or claimed (not planned).
    pub fn happened(&self) -> bool {
        self.status() != "planned"
    }
    /// The first mention sentence of the first report.
    pub fn first_text(&self) -> String {
        self.d
            .reports
            .iter()
            .flat_map(|r| r.mentions.iter())
            .find_map(|m| m.text.clone())
            .unwrap_or_default()
    }
    /// Every mention sentence's text.
    pub fn texts(&self) -> Vec<&str> {
        self.d
            .reports
            .iter()
            .flat_map(|r| r.mentions.iter())
            .filter_map(|m| m.text.as_deref())
            .collect()
    }
    /// The day its span says, else its first report's publication day:
    /// the day an undated event is placed on.
    pub fn when(&self) -> Option<Span> {
        self.span.or_else(|| self.first_reported.map(Span::day))
    }
    /// One source per report and mention sentence.
    pub fn sources(&self) -> Vec<SourceRef> {
        let mut out: Vec<SourceRef> = Vec::new();
        for r in &self.d.reports {
            let sentence = r.mentions.iter().find_map(|m| m.text.clone());
            let s = SourceRef {
                doc_id: r.doc_id.clone(),
                title: r.title.clone(),
                url: r.url.clone(),
                source: r.source.clone(),
                published: r.published.clone(),
                sentence,
            };
            if !out
                .iter()
                .any(|o| o.doc_id == s.doc_id && o.sentence == s.sentence)
            {
                out.push(s);
            }
        }
        out
    }
}

/// One stored sentence.
#[derive(Clone, Debug)]
pub(crate) struct Sent {
    pub text: String,
    /// Events mentioned in it.
    pub events: BTreeSet<i64>,
}

/// An entity a document mentions.
#[derive(Clone, Debug)]
pub(crate) struct DocEntity {
    pub name: String,
    /// Keys of the words of a person's name (`text::name_words`).
    pub words: Vec<String>,
    /// Those keys joined: `text::person_key` of the name.
    pub key: String,
    pub kind: String,
    pub code: Option<String>,
    pub office: Option<String>,
}

/// A stored document's sentences and entities.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocInfo {
    pub sentences: HashMap<i64, Sent>,
    pub entities: Vec<DocEntity>,
}

impl DocInfo {
    pub fn persons(&self) -> impl Iterator<Item = &DocEntity> {
        self.entities.iter().filter(|e| e.kind == "person")
    }
}

/// A user's manual edit of the track list.
#[derive(Clone, Debug)]
pub(crate) struct EditRow {
    pub op: String,
    pub track: String,
    pub other: Option<String>,
    pub name: Option<String>,
}

/// Everything one build reads.
pub(crate) struct Corpus {
    pub consults: Vec<Ev>,
    pub outcomes: Vec<Ev>,
    pub violations: Vec<Ev>,
    pub docs: HashMap<String, DocInfo>,
    /// Names of states and bodies by code.
    pub names: HashMap<String, String>,
    pub edits: Vec<EditRow>,
}

fn load_type(store: &Store, t: &str) -> Result<Vec<Ev>, TrackError> {
    let rows = store.events(&EventFilter {
        event_type: Some(t.to_string()),
        negated: Some(false),
        ..EventFilter::default()
    })?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(d) = store.event(row.id)? else {
            continue;
        };
        // A bare kind of body (`IGO` on a person working for some body)
        // names no party: ECOWAS is `IGOECOWAS`.
        let codes_of = |ps: &[detente_store::Party]| -> BTreeSet<String> {
            ps.iter()
                .filter_map(|p| p.code.clone())
                .filter(|c| !detente_kb::KIND_CODES.contains(&c.as_str()))
                .collect()
        };
        let actor_codes = codes_of(&d.event.actors);
        let recipient_codes = codes_of(&d.event.recipients);
        let codes = actor_codes.union(&recipient_codes).cloned().collect();
        let span = dates::range(d.event.date.as_deref(), d.event.enddate.as_deref());
        let first_reported = d.event.first_reported.as_deref().and_then(dates::lo);
        let people = d
            .event
            .actors
            .iter()
            .chain(&d.event.recipients)
            .filter(|p| p.kind == "person")
            .map(|p| text::person_key(&p.name))
            .collect();
        let keys = d
            .reports
            .iter()
            .flat_map(|r| {
                r.mentions
                    .iter()
                    .map(move |m| (r.doc_id.clone(), m.sentence))
            })
            .collect();
        let doc_ids = d.reports.iter().map(|r| r.doc_id.clone()).collect();
        let kind = match d.event.mode.as_deref() {
            Some("phone") => ContactKind::Call,
            Some("visit") => ContactKind::Visit,
            _ if d
                .reports
                .iter()
                .flat_map(|r| &r.mentions)
                .filter_map(|m| m.text.as_deref())
                .any(text::has_sidelines_cue) =>
            {
                ContactKind::Sidelines
            }
            _ => ContactKind::Round,
        };
        out.push(Ev {
            d,
            codes,
            actor_codes,
            recipient_codes,
            span,
            first_reported,
            kind,
            people,
            keys,
            doc_ids,
        });
    }
    Ok(out)
}

fn load_doc(store: &Store, doc_id: &str) -> Result<DocInfo, TrackError> {
    let c = store.connection();
    let doc: Option<i64> = c
        .prepare_cached("SELECT doc FROM documents WHERE id = ?1")?
        .query_row([doc_id], |r| r.get(0))
        .optional()?;
    let Some(doc) = doc else {
        return Ok(DocInfo::default());
    };
    let mut info = DocInfo::default();
    let mut st = c.prepare_cached(
        "SELECT s.idx, s.text, (SELECT json_group_array(DISTINCT m.event) \
                                FROM event_mentions m WHERE m.sid = s.sid) \
         FROM sentences s WHERE s.doc = ?1",
    )?;
    let rows = st.query_map([doc], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    for row in rows {
        let (idx, text, events) = row?;
        let events: BTreeSet<i64> = events
            .as_deref()
            .and_then(|j| serde_json::from_str::<Vec<Option<i64>>>(j).ok())
            .unwrap_or_default()
            .into_iter()
            .flatten()
            .collect();
        info.sentences.insert(idx, Sent { text, events });
    }
    let mut st = c.prepare_cached(
        "SELECT n.name, n.kind, n.code, n.office FROM document_entity de \
         JOIN entities n ON n.entity = de.entity WHERE de.doc = ?1 ORDER BY n.entity",
    )?;
    let rows = st.query_map([doc], |r| {
        let name: String = r.get(0)?;
        let kind: String = r.get(1)?;
        // Name keys are for matching people in sentences.
        let words = if kind == "person" {
            text::name_words(&name)
        } else {
            Vec::new()
        };
        Ok(DocEntity {
            key: words.join(" "),
            words,
            name,
            kind,
            code: r.get(2)?,
            office: r.get(3)?,
        })
    })?;
    for e in rows {
        info.entities.push(e?);
    }
    Ok(info)
}

fn load_names(store: &Store) -> Result<HashMap<String, String>, TrackError> {
    let mut st = store.connection().prepare_cached(
        "SELECT code, name FROM entities WHERE code IS NOT NULL \
         AND kind IN ('state', 'body') ORDER BY (kind <> 'state'), entity",
    )?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut names = HashMap::new();
    for row in rows {
        let (code, name) = row?;
        names.entry(code).or_insert(name);
    }
    Ok(names)
}

impl Corpus {
    pub fn load(store: &Store) -> Result<Corpus, TrackError> {
        let consults = load_type(store, CONSULT)?;
        let mut outcomes = Vec::new();
        for t in OUTCOME_TYPES {
            outcomes.extend(load_type(store, t)?);
        }
        let mut violations = Vec::new();
        for t in VIOLATION_TYPES {
            violations.extend(load_type(store, t)?);
        }
        let mut docs = HashMap::new();
        for ev in consults.iter().chain(&outcomes).chain(&violations) {
            for r in &ev.d.reports {
                if !docs.contains_key(&r.doc_id) {
                    docs.insert(r.doc_id.clone(), load_doc(store, &r.doc_id)?);
                }
            }
        }
        Ok(Corpus {
            consults,
            outcomes,
            violations,
            docs,
            names: load_names(store)?,
            edits: crate::edits::load_edits(store)?,
        })
    }

    /// The name of a code ("RUS" → "Russia"), else the code.
    pub fn name_of(&self, code: &str) -> String {
        self.names
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }

    pub fn doc(&self, doc_id: &str) -> Option<&DocInfo> {
        self.docs.get(doc_id)
    }

    /// Sentence `idx` of a document.
    pub fn sentence(&self, doc_id: &str, idx: i64) -> Option<&Sent> {
        self.docs.get(doc_id)?.sentences.get(&idx)
    }
}
