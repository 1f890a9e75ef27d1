//! Build synthetic records for the store's tests. Records are made from
//! JSON (`serde_json::from_value`), so that fields the extractor adds later
//! with a serde default do not break these helpers.
#![allow(dead_code)]

use serde_json::json;

use detente_extract::{
    ActorRecord, DocumentRecord, EntityRecord, EventRecord, LocationRecord, MentionRecord,
    QuoteRecord, Record, SpeakerRecord,
};

/// A stand-in document id: a 64-bit FNV hash of the text, as hex.
pub fn doc_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn from<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).expect("a record part")
}

pub fn state(name: &str, code: &str) -> ActorRecord {
    from(json!({"entity_text": name, "name": name, "code": code, "sector": "GOV", "office": null}))
}

pub fn person(name: &str, code: &str, office: &str) -> ActorRecord {
    from(
        json!({"entity_text": name, "name": name, "code": code, "sector": "GOV", "office": office}),
    )
}

pub fn place(name: &str, country: &str, lat: f64, lon: f64) -> LocationRecord {
    from(
        json!({"extracted_place": name, "name": name, "country_code": country,
                "lat": lat, "lon": lon}),
    )
}

/// An occurred, undated event whose trigger is `trigger` (a word of the
/// text: the mention is the sentence holding it).
pub fn ev(
    kind: &str,
    trigger: &str,
    actor: Vec<ActorRecord>,
    recipient: Vec<ActorRecord>,
) -> EventRecord {
    from(json!({
        "id": "", "event": kind, "mode": null, "context": [], "status": "occurred",
        "claimed_by": null, "negated": false, "date": null, "enddate": null,
        "date_text": null, "actor": actor, "recipient": recipient, "location": null,
        "topics": [], "event_text": trigger, "mentions": []
    }))
}

pub fn mention(sentence: usize, start: usize, end: usize) -> MentionRecord {
    from(json!({"sentence": sentence, "start": start, "end": end}))
}

pub fn dated(mut e: EventRecord, date: &str) -> EventRecord {
    e.date = Some(date.into());
    e.date_text = Some(format!("on {date}"));
    e
}

/// Sentence spans of a test text: sentences end with ". " (or the end).
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'.' && (i + 1 == b.len() || b[i + 1] == b' ' || b[i + 1] == b'\n') {
            out.push((start, i + 1));
            start = i + 1;
            while start < b.len() && (b[start] == b' ' || b[start] == b'\n') {
                start += 1;
            }
            i = start;
            continue;
        }
        i += 1;
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    out
}

/// A record of `text` (ASCII) with its events; mentions, ids and entities
/// are filled in.
pub fn doc(
    text: &str,
    published: Option<&str>,
    url: Option<&str>,
    mut events: Vec<EventRecord>,
) -> Record {
    let id = doc_id(text);
    let spans = sentence_spans(text);
    let mut entities: Vec<EntityRecord> = Vec::new();
    for (k, e) in events.iter_mut().enumerate() {
        if e.mentions.is_empty() {
            let at = text
                .find(&e.event_text)
                .unwrap_or_else(|| panic!("{:?} not in text", e.event_text));
            let (s, (a, b)) = spans
                .iter()
                .copied()
                .enumerate()
                .find(|(_, (a, b))| *a <= at && at < *b)
                .expect("sentence");
            e.mentions.push(mention(s, a, b));
        }
        if e.id.is_empty() {
            e.id = format!("{}{k:02}", &id[..14]);
        }
        for a in e.actor.iter().chain(&e.recipient) {
            if let Some(x) = entities.iter_mut().find(|x| x.name == a.name) {
                x.mentions += 1;
            } else {
                let kind = if a.office.is_some() {
                    "person"
                } else {
                    "state"
                };
                entities.push(from::<EntityRecord>(json!({
                    "name": a.name, "kind": kind, "code": a.code, "sector": a.sector,
                    "office": a.office, "mentions": 1
                })));
            }
        }
    }
    let document: DocumentRecord = from(json!({
        "id": id, "external_id": null, "url": url,
        "title": text.split('.').next().unwrap_or(""),
        "published": published, "language": "en", "text": text
    }));
    from(json!({"document": document, "events": events, "quotes": [], "entities": entities}))
}

/// Add a quote of `speaker` for the first occurrence of `said`.
pub fn quote(mut r: Record, speaker: &ActorRecord, said: &str) -> Record {
    let start = r.document.text.find(said).expect("quote in text");
    let speaker: SpeakerRecord = from(json!({
        "name": speaker.name, "code": speaker.code, "sector": speaker.sector
    }));
    r.quotes.push(from::<QuoteRecord>(json!({
        "speaker": speaker, "text": said, "start": start, "end": start + said.len()
    })));
    r
}
