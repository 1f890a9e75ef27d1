//! One real-world event reported several times is one event.

use crate::Candidate;
use detente_doc::{Doc, EntityKind, Event, Status};

fn codes(doc: &Doc, e: &Event) -> Vec<String> {
    let mut v: Vec<String> = e
        .actor
        .iter()
        .chain(&e.recipient)
        .filter_map(|p| doc.entities[p.entity].code.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Whether every code of `x` is one of `y`.
fn subset(x: &[String], y: &[String]) -> bool {
    x.iter().all(|c| y.contains(c))
}

fn place_country(doc: &Doc, e: &Event) -> Option<String> {
    e.location
        .and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
}

/// An outcome ("the main result was the decision to …") takes the parties
/// and date of the meeting it came out of.
pub(crate) fn inherit_outcome(doc: &Doc, cands: &mut [Candidate], i: usize) {
    let s = cands[i].event.mentions[0].sentence;
    let block = doc.sentences[s].block;
    let Some(src) = (0..i).rev().find(|&j| {
        let e = &cands[j].event;
        e.event == "CONSULT"
            && doc.sentences[e.mentions[0].sentence].block + 1 >= block
            && e.mentions[0].sentence + 4 >= s
    }) else {
        return;
    };
    let (actor, recipient, date, date_text) = {
        let e = &cands[src].event;
        (
            e.actor.clone(),
            e.recipient.clone(),
            e.date,
            e.date_text.clone(),
        )
    };
    let ev = &mut cands[i].event;
    if ev.actor.is_empty() && ev.recipient.is_empty() {
        ev.actor = actor;
        ev.recipient = recipient;
    }
    if ev.date.is_none() || ev.date_text.is_none() {
        ev.date = date;
        ev.date_text = date_text;
    }
    cands[i].anaphoric = false;
}

fn in_title(doc: &Doc, e: &Event) -> bool {
    e.mentions
        .iter()
        .all(|m| doc.block_kind_of_sentence(m.sentence) == detente_doc::BlockKind::Title)
}

fn compatible(doc: &Doc, a: &Event, b: &Event) -> bool {
    if a.event != b.event || a.negated != b.negated {
        return false;
    }
    let planned = |e: &Event| e.status == Status::Planned;
    if planned(a) != planned(b) {
        return false;
    }
    // "Hamas handed hostages over and Israel released prisoners": the same parties
    // acting in turn are two events, not one report.
    if !actors_overlap(doc, a, b) {
        return false;
    }
    let (ca, cb) = (codes(doc, a), codes(doc, b));
    // Talks in Geneva and talks in Istanbul are two rounds, whatever their dates.
    let places = match (place_country(doc, a), place_country(doc, b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    match (a.date, b.date) {
        // "spoke by phone on Sunday … the call was initiated by the
        // Egyptian side": a call or visit of that day naming one of its
        // sides is the same.
        (Some(x), Some(y)) => {
            x.compatible(&y)
                // "has imposed sanctions since 2010" and "last month
                // blacklisted two tankers": a span of years holds many acts.
                && x.spans_months() == y.spans_months()
                // "spoke with Fidan today … also discussed Sweden's
                // accession": talks told again without their manner
                // (a call, or a mediation, is not talks told again; the
                // visit and the talks one sentence tells are both its news).
                && (a.mode == b.mode
                    || a.event == "CONSULT"
                        && a.mentions[0].sentence != b.mentions[0].sentence
                        && matches!(
                            (a.mode.as_deref(), b.mode.as_deref()),
                            (None, Some("meet" | "visit" | "host"))
                                | (Some("meet" | "visit" | "host"), None)
                        ))
                && places
                && (ca == cb
                    || a.mode.is_some()
                        && !ca.is_empty()
                        && !cb.is_empty()
                        && (subset(&ca, &cb) || subset(&cb, &ca)))
        }
        // Attacks, arrests and accusations recur: only a dated report is one of
        // them, or a headline that sums up the article.
        _ if !matches!(
            a.event.as_str(),
            "CONSULT" | "AGREE" | "COOPERATE" | "AID" | "REQUEST" | "SUPPORT"
        ) && !in_title(doc, a)
            && !in_title(doc, b) =>
        {
            false
        }
        _ => {
            // "Egypt and Qatar are mediating between Hamas and Israel" and
            // "its team met Qatar's prime minister": a mediator's act and
            // a meeting of its sides are two acts.
            let mediate = |e: &Event| e.mode.as_deref() == Some("mediate");
            let modes = mediate(a) == mediate(b)
                && (a.mode == b.mode || a.mode.is_none() || b.mode.is_none());
            modes
                && places
                && !ca.is_empty()
                && !cb.is_empty()
                && (subset(&ca, &cb) || subset(&cb, &ca))
        }
    }
}

/// Whether two events share an acting state, or one names no coded actor.
/// Joint acts (talks, agreements, exchanges) name their sides in any order.
fn actors_overlap(doc: &Doc, a: &Event, b: &Event) -> bool {
    if matches!(a.event.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
        return true;
    }
    // A state's own people (its opposition, its civilians) are another
    // side than its government: "the ministry summoned the ambassador" and
    // "opposition politicians criticised the government" are two acts.
    let actors = |e: &Event| -> Vec<(String, &str)> {
        e.actor
            .iter()
            .filter_map(|p| {
                let x = &doc.entities[p.entity];
                let side = match x.sector.as_deref() {
                    None | Some("GOV" | "MIL" | "COP") => "state",
                    Some(sector) => sector,
                };
                Some((x.code.clone()?, side))
            })
            .collect()
    };
    let (x, y) = (actors(a), actors(b));
    x.is_empty() || y.is_empty() || x.iter().any(|c| y.contains(c))
}

fn absorb(doc: &Doc, into: &mut Event, from: Event) {
    for m in from.mentions {
        if !into.mentions.contains(&m) {
            into.mentions.push(m);
        }
    }
    if into.date.is_none() {
        into.date = from.date;
        into.date_text = from.date_text;
    }
    // The more exact place: a city over a country.
    let is_country = |l: Option<usize>| {
        l.is_some_and(|l| {
            doc.entities[l].kind == EntityKind::Place
                && doc.entities[l].name
                    == doc.entities[l]
                        .geo
                        .as_ref()
                        .map(|g| g.country.clone())
                        .unwrap_or_default()
        })
    };
    let country_level = |l: Option<usize>| {
        l.is_some_and(|l| {
            doc.entities[l].code.as_deref()
                == doc.entities[l].geo.as_ref().map(|g| g.country.as_str())
                && doc
                    .entities
                    .iter()
                    .filter(|e| e.kind == EntityKind::State)
                    .any(|s| s.name == doc.entities[l].name)
        })
    };
    if (into.location.is_none()
        || (from.location.is_some()
            && (is_country(into.location) || country_level(into.location))
            && !country_level(from.location)))
        && from.location.is_some()
    {
        into.location = from.location;
        into.location_text = from.location_text;
    }
    if into.mode.is_none() {
        into.mode = from.mode;
    }
    for p in from.actor {
        let code = doc.entities[p.entity].code.clone();
        let known = into.actor.iter().chain(&into.recipient).any(|q| {
            q.entity == p.entity
                || code.is_some()
                    && doc.entities[q.entity].code == code
                    && doc.entities[q.entity].kind == doc.entities[p.entity].kind
        });
        if !known {
            into.actor.push(p);
        }
    }
    for p in from.recipient {
        let code = doc.entities[p.entity].code.clone();
        let known = into.actor.iter().chain(&into.recipient).any(|q| {
            q.entity == p.entity
                || code.is_some()
                    && doc.entities[q.entity].code == code
                    && doc.entities[q.entity].kind == doc.entities[p.entity].kind
        });
        if !known {
            into.recipient.push(p);
        }
    }
    for t in from.topics {
        if !into.topics.contains(&t) {
            into.topics.push(t);
        }
    }
    for c in from.context {
        if !into.context.contains(&c) {
            into.context.push(c);
        }
    }
    if into.claimed_by.is_none() {
        into.claimed_by = from.claimed_by;
    }
}

/// Dated more than a month before publication: "paid his first state
/// visit to China in 2007" is background, and an undated report of talks
/// in the same story ("held hour-long talks") is not that visit.
fn long_before(doc: &Doc, e: &Event) -> bool {
    use detente_doc::Precision;
    match (e.date, doc.published) {
        (Some(d), Some(p)) => {
            // The last day the date may mean.
            let last = d.end.unwrap_or(match d.precision {
                Precision::Day => d.start,
                Precision::Week => d.start + chrono::Duration::days(6),
                Precision::Month => d.start + chrono::Duration::days(30),
                Precision::Year => d.start + chrono::Duration::days(364),
            });
            (p - last).num_days() > 31
        }
        _ => false,
    }
}

/// The event of `out` that `ev` reports again when one of the two is dated
/// by the statement that told it and the other by the act's own date, up to
/// a week before: the statement comes on or after the act.
fn said_twin(doc: &Doc, out: &[Event], said: &[bool], ev: &Event, ev_said: bool) -> Option<usize> {
    let day = ev.date?.start;
    let undated = |e: &Event| Event {
        date: None,
        ..e.clone()
    };
    out.iter().enumerate().rposition(|(j, e)| {
        let Some(other) = e.date.map(|d| d.start) else {
            return false;
        };
        let (act, statement) = match (said[j], ev_said) {
            (true, false) => (day, other),
            (false, true) => (other, day),
            _ => return false,
        };
        let gap = (statement - act).num_days();
        (0..=7).contains(&gap) && e.event == ev.event && compatible(doc, &undated(e), &undated(ev))
    })
}

/// Fold candidates into events, in the order they are first reported.
pub(crate) fn merge(doc: &Doc, cands: Vec<Candidate>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    // Whether each event of `out` is dated only by a statement's day.
    let mut said: Vec<bool> = Vec::new();
    for c in cands {
        let mut ev = c.event;
        // "held talks …, the ministry said Friday" and "met in Lima on
        // Thursday": one meeting, on the day the act itself is given.
        if let Some(j) = said_twin(doc, &out, &said, &ev, c.said_date) {
            if said[j] && !c.said_date {
                out[j].date = ev.date;
                out[j].date_text = ev.date_text.take();
                said[j] = false;
            }
            absorb(doc, &mut out[j], ev);
            continue;
        }
        if c.anaphoric {
            // "this call", "the meeting": the latest event of that type.
            // Not one that happened at another time.
            let own = codes(doc, &ev);
            if let Some(t) = out.iter_mut().rev().find(|e| {
                e.event == ev.event
                    && (ev.mode.is_none() || e.mode == ev.mode)
                    && {
                        let theirs = codes(doc, e);
                        own.iter().all(|c| theirs.contains(c))
                    }
                    && match (ev.date, e.date) {
                        (Some(x), Some(y)) => x.compatible(&y),
                        _ => true,
                    }
            }) {
                let mentions = ev.mentions;
                for m in mentions {
                    if !t.mentions.contains(&m) {
                        t.mentions.push(m);
                    }
                }
                continue;
            }
            // "after talks in Brasilia": talks not reported before, but placed;
            // between the article's main pair.
            if ev.location.is_none() || c.fallback.is_empty() {
                continue;
            }
            for p in c.fallback {
                let code = doc.entities[p.entity].code.clone();
                if !ev
                    .actor
                    .iter()
                    .chain(&ev.recipient)
                    .any(|q| doc.entities[q.entity].code == code)
                {
                    if ev.actor.is_empty() {
                        ev.actor.push(p);
                    } else {
                        ev.recipient.push(p);
                    }
                }
            }
        }
        // Same sentence, same type and parties: one report. "arrived in
        // Colombo for a state visit": one naming fewer parties is the same.
        let ours = codes(doc, &ev);
        let same_sentence = out.iter().position(|e| {
            let same_kind = e.event == ev.event
                && e.mentions
                    .iter()
                    .any(|m| m.sentence == ev.mentions[0].sentence);
            if !same_kind {
                return false;
            }
            let theirs = codes(doc, e);
            // "held a meeting with his Iranian counterpart and discussed
            // trade": a verb that shares the subject and names no one on
            // the receiving end tells the same meeting.
            let partial = |x: &Event, xs: &[String], ys: &[String]| {
                x.recipient.is_empty() && !xs.is_empty() && subset(xs, ys)
            };
            (ours == theirs
                || e.mode.is_some()
                    && e.mode == ev.mode
                    && !ours.is_empty()
                    && (subset(&ours, &theirs) || subset(&theirs, &ours))
                || e.mode == ev.mode
                    && (partial(&ev, &ours, &theirs) || partial(e, &theirs, &ours)))
                && actors_overlap(doc, e, &ev)
                && e.status == ev.status
                // "arrived on Monday and met the president on Tuesday":
                // acts of two days are two.
                && match (e.date, ev.date) {
                    (Some(x), Some(y)) => x.compatible(&y),
                    _ => true,
                }
        });
        // "It also froze the assets …": one more measure, not the one
        // before told again (a meeting's "also discussed" is the meeting).
        let own_act = c.further && ev.event != "CONSULT";
        let target = same_sentence
            .or_else(|| {
                if own_act {
                    return None;
                }
                out.iter()
                    .position(|e| e.date.is_some() && ev.date.is_some() && compatible(doc, e, &ev))
            })
            .or_else(|| {
                if own_act {
                    return None;
                }
                // An undated report joins the nearest compatible event before it,
                // one of the same mode first (a meeting is not a call).
                let undated = |e: &Event| {
                    (e.date.is_none() || ev.date.is_none())
                        && compatible(doc, e, &ev)
                        && !(ev.date.is_none() && long_before(doc, e)
                            || e.date.is_none() && long_before(doc, &ev))
                };
                out.iter()
                    .rposition(|e| undated(e) && e.mode == ev.mode)
                    .or_else(|| out.iter().rposition(undated))
            });
        match target {
            Some(i) => absorb(doc, &mut out[i], ev),
            None => {
                let _ = c.guessed_parties;
                out.push(ev);
                said.push(c.said_date);
            }
        }
    }
    // Undated events reported before their dated twin.
    let mut i = 0;
    while i < out.len() {
        if out[i].date.is_none() {
            let twin = |j: usize| {
                j != i
                    && out[j].date.is_some()
                    && !long_before(doc, &out[j])
                    && compatible(doc, &out[j], &out[i])
            };
            if let Some(j) = (0..out.len())
                .find(|&j| twin(j) && out[j].mode == out[i].mode)
                .or_else(|| (0..out.len()).find(|&j| twin(j)))
            {
                let ev = out.remove(i);
                said.remove(i);
                let j = if j > i { j - 1 } else { j };
                absorb(doc, &mut out[j], ev);
                continue;
            }
        }
        i += 1;
    }
    out
}
