//! From stored events to tracks.
//!
//! 1. CONSULT events with at least two party codes are grouped by party
//!    set; a party that is the venue's country in a set of three or more
//!    is taken to be the host and folded out ("RUS-TUR-UKR in Istanbul" →
//!    `RUS-UKR`). The user's edits then merge, split and name the groups.
//! 2. In each group, occurred (or claimed) events become contacts: one per
//!    real-world contact, whichever documents and stored events report it
//!    (same kind, overlapping dates, compatible venue and people; talks
//!    reported during a visit or call by the same document fold into it).
//!    Rounds are numbered by date.
//! 3. AGREE, CONCEDE, REJECT and REQUEST events are tied to the contact
//!    they came out of (a shared sentence; the same parties and date; or a
//!    sentence stating it as the result, just after the contact's).
//! 4. AGREE outcomes with terms become commitments (duration, end,
//!    guarantor); ACCUSE, ASSAULT and COERCE events by or against their
//!    parties, on their topic, inside their window, are claimed violations.
//! 5. Planned CONSULT events are what comes next, checked against later
//!    contacts and reports.

use crate::dates::{self, add_days, Span};
use crate::edits::Grouping;
use crate::load::{Corpus, DocEntity, Ev};
use crate::model::*;
use crate::text;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Days before an undated report's publication an event it reports may lie.
const UNDATED_DAYS: i64 = 14;

fn key_of(codes: &BTreeSet<String>) -> String {
    codes.iter().cloned().collect::<Vec<_>>().join("-")
}

fn venue_of(ev: &Ev) -> Option<Venue> {
    ev.d.event.location.as_ref().map(|l| Venue {
        name: l.name.clone(),
        country_code: l.country_code.clone(),
    })
}

fn venue_ok(a: Option<&Venue>, b: Option<&Venue>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.name.eq_ignore_ascii_case(&b.name)
                || (a.country_code.is_some() && a.country_code == b.country_code)
        }
        _ => true,
    }
}

/// Whether two sets of content words speak of the same matter: two words
/// in common, or half of the smaller set (at least one word).
fn similar(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let shared = a.intersection(b).count();
    shared >= 2 || (shared >= 1 && shared * 2 >= a.len().min(b.len()))
}

/// Kinds that may be one contact reported two ways.
fn same_kind(a: ContactKind, b: ContactKind) -> bool {
    use ContactKind::*;
    a == b || matches!((a, b), (Round, Sidelines) | (Sidelines, Round))
}

/// An AGREE event that every report of it gives only in a caption or with
/// "deal with" the verb: no agreement at all.
fn false_agreement(ev: &Ev) -> bool {
    ev.d.event.event == "AGREE"
        && ev.d.reports.iter().all(|r| {
            r.mentions
                .iter()
                .filter_map(|m| m.text.as_deref())
                .all(|s| text::not_a_commitment(s, &r.event_text))
        })
}

/// A CONSULT event placed in a group.
struct Cand<'a> {
    ev: &'a Ev,
    hosts: Vec<String>,
}

/// A contact being assembled, with what comparisons need kept up to date.
struct CB<'a> {
    kind: ContactKind,
    events: Vec<&'a Ev>,
    hosts: BTreeSet<String>,
    span: Option<Span>,
    venue: Option<Venue>,
    docs: BTreeSet<String>,
    people: BTreeSet<String>,
    codes: BTreeSet<String>,
    keys: BTreeSet<(String, i64)>,
}

impl<'a> CB<'a> {
    fn new(cand: &Cand<'a>) -> CB<'a> {
        let mut cb = CB {
            kind: cand.ev.kind,
            events: Vec::new(),
            hosts: BTreeSet::new(),
            span: None,
            venue: None,
            docs: BTreeSet::new(),
            people: BTreeSet::new(),
            codes: BTreeSet::new(),
            keys: BTreeSet::new(),
        };
        cb.push(cand);
        cb
    }

    fn push(&mut self, cand: &Cand<'a>) {
        let ev = cand.ev;
        if self.kind == ContactKind::Round && ev.kind == ContactKind::Sidelines {
            self.kind = ContactKind::Sidelines;
        }
        self.events.push(ev);
        self.hosts.extend(cand.hosts.iter().cloned());
        self.span = match (self.span, ev.span) {
            (Some(a), Some(b)) => Some(a.union(&b)),
            (a, b) => a.or(b),
        };
        // Where: from the events of the contact's own kind (talks folded
        // into a call may name what was discussed, not where).
        self.venue = self
            .events
            .iter()
            .filter(|e| same_kind(e.kind, self.kind))
            .find_map(|e| venue_of(e));
        self.docs.extend(ev.doc_ids.iter().cloned());
        self.people.extend(ev.people.iter().cloned());
        self.codes.extend(ev.codes.iter().cloned());
        self.keys.extend(ev.keys.iter().cloned());
    }

    fn ids(&self) -> BTreeSet<i64> {
        self.events.iter().map(|e| e.id()).collect()
    }
}

/// Whether `c` (dated) is the contact `ev` also reports.
fn same_contact(c: &CB<'_>, cand: &Cand<'_>) -> bool {
    let ev = cand.ev;
    let (Some(cs), Some(es)) = (c.span, ev.span) else {
        return false;
    };
    if !cs.overlaps(&es) {
        return false;
    }
    let people_apart =
        !c.people.is_empty() && !ev.people.is_empty() && c.people.is_disjoint(&ev.people);
    if same_kind(c.kind, ev.kind) {
        return venue_ok(c.venue.as_ref(), venue_of(ev).as_ref()) && !people_apart;
    }
    // Talks held during a visit or a call, as the same document tells it.
    if ev.kind == ContactKind::Round && matches!(c.kind, ContactKind::Visit | ContactKind::Call) {
        let shared_doc = !ev.doc_ids.is_disjoint(&c.docs);
        let both_placed = c.kind == ContactKind::Visit
            && c.venue.is_some()
            && venue_of(ev).is_some()
            && venue_ok(c.venue.as_ref(), venue_of(ev).as_ref());
        return shared_doc || both_placed;
    }
    false
}

struct Group<'a> {
    contacts: Vec<CB<'a>>,
    planned: Vec<Cand<'a>>,
    sets: BTreeSet<String>,
}

pub(crate) struct Builder<'a> {
    c: &'a Corpus,
    today: NaiveDate,
    grouping: Grouping,
    /// Indices into `c.violations` by party code.
    /// Indices into `c.violations` by party code, with when they happened,
    /// by start date, and the longest such span (dateless ones left out:
    /// they cannot fall in a window).
    violations_by_code: HashMap<&'a str, ByDate<usize>>,
    /// Content words of the sentences of each of `c.violations`.
    violation_words: Vec<BTreeSet<String>>,
}

/// Where a contact lives: (group key, index).
type At = (String, usize);

/// Items with their spans, sorted by start date, and the longest span in
/// days: those overlapping a window start at most that long before it.
type ByDate<T> = (Vec<(Span, T)>, i64);

impl<'a> Builder<'a> {
    pub fn new(c: &'a Corpus, today: NaiveDate) -> Builder<'a> {
        // The natural grouping: every party set on its own, hosts folded.
        let mut natural: BTreeMap<String, String> = BTreeMap::new();
        // A host is folded out only into a set that has contacts of its
        // own (Russia–Ukraine talks hosted by Turkey join Russia–Ukraine;
        // a trilateral meeting in one of the three capitals stays apart).
        let own: BTreeSet<String> = c
            .consults
            .iter()
            .filter(|ev| ev.codes.len() >= 2)
            .map(|ev| key_of(&ev.codes))
            .collect();
        for ev in c.consults.iter().filter(|ev| ev.codes.len() >= 2) {
            let key = key_of(&ev.codes);
            let (set, hosts) = Self::fold_host(ev);
            let folded = key_of(&set);
            if !hosts.is_empty() && own.contains(&folded) {
                natural.entry(key).or_insert(folded);
            }
        }
        for key in own {
            natural.entry(key.clone()).or_insert(key);
        }
        // Folds may chain (a host folded out of a set that folds again).
        let resolved: BTreeMap<String, String> = natural
            .keys()
            .map(|k| {
                let mut to = k.clone();
                for _ in 0..8 {
                    match natural.get(&to) {
                        Some(next) if *next != to => to = next.clone(),
                        _ => break,
                    }
                }
                (k.clone(), to)
            })
            .collect();
        let mut natural = resolved;
        for ev in &c.outcomes {
            if ev.codes.len() >= 2 {
                natural
                    .entry(key_of(&ev.codes))
                    .or_insert_with(|| key_of(&ev.codes));
            }
        }
        let grouping = Grouping::new(&natural, &c.edits);
        let mut violations_by_code: HashMap<&str, ByDate<usize>> = HashMap::new();
        for (i, ev) in c.violations.iter().enumerate() {
            let Some(when) = ev.when() else { continue };
            for code in &ev.codes {
                let (list, longest) = violations_by_code.entry(code.as_str()).or_default();
                list.push((when, i));
                *longest = (*longest).max((when.hi - when.lo).num_days());
            }
        }
        for (list, _) in violations_by_code.values_mut() {
            list.sort_by_key(|(when, i)| (when.lo, *i));
        }
        let violation_words = c
            .violations
            .iter()
            .map(|ev| {
                ev.texts()
                    .iter()
                    .flat_map(|s| text::content_words(s))
                    .collect()
            })
            .collect();
        Builder {
            c,
            today,
            grouping,
            violations_by_code,
            violation_words,
        }
    }

    /// The party set without its host: a venue-country party of a set of
    /// three or more.
    fn fold_host(ev: &Ev) -> (BTreeSet<String>, Vec<String>) {
        let mut set = ev.codes.clone();
        let mut hosts = Vec::new();
        if set.len() >= 3 {
            if let Some(cc) =
                ev.d.event
                    .location
                    .as_ref()
                    .and_then(|l| l.country_code.clone())
            {
                if set.remove(&cc) {
                    hosts.push(cc);
                }
            }
        }
        (set, hosts)
    }

    /// The track of an event's party set, and the hosts folded out of it.
    fn group_key(&self, ev: &Ev) -> (String, Vec<String>) {
        let rep = self.grouping.rep(&key_of(&ev.codes));
        let (set, hosts) = Self::fold_host(ev);
        if !hosts.is_empty() && self.grouping.rep(&key_of(&set)) == rep {
            (rep, hosts)
        } else {
            (rep, Vec::new())
        }
    }

    pub fn build(self) -> Vec<Track> {
        let c = self.c;
        // 1. Groups.
        let mut groups: BTreeMap<String, Group<'a>> = BTreeMap::new();
        for ev in &c.consults {
            if ev.codes.len() < 2 {
                continue;
            }
            let (rep, hosts) = self.group_key(ev);
            let g = groups.entry(rep).or_insert_with(|| Group {
                contacts: Vec::new(),
                planned: Vec::new(),
                sets: BTreeSet::new(),
            });
            g.sets.insert(key_of(&ev.codes));
            let cand = Cand { ev, hosts };
            // Sorted into contacts and plans below.
            g.planned.push(cand);
        }
        // 2. Contacts.
        for g in groups.values_mut() {
            let all = std::mem::take(&mut g.planned);
            let (mut happened, planned): (Vec<Cand<'a>>, Vec<Cand<'a>>) =
                all.into_iter().partition(|x| x.ev.happened());
            g.planned = planned;
            // Dated first; calls, visits and sidelines before plain rounds
            // (so that talks during a visit fold into it); then by date.
            happened.sort_by_key(|x| {
                (
                    x.ev.span.is_none(),
                    x.ev.kind == ContactKind::Round,
                    x.ev.span.map(|s| s.lo),
                    x.ev.id(),
                )
            });
            for cand in happened {
                let found = if cand.ev.span.is_some() {
                    g.contacts.iter().position(|cb| same_contact(cb, &cand))
                } else {
                    // Undated: the latest same-kind contact in the two weeks
                    // before the report.
                    let win = cand.ev.first_reported.map(|d| Span {
                        lo: add_days(d, -UNDATED_DAYS),
                        hi: d,
                    });
                    g.contacts
                        .iter()
                        .enumerate()
                        .filter(|(_, cb)| {
                            same_kind(cb.kind, cand.ev.kind)
                                && venue_ok(cb.venue.as_ref(), venue_of(cand.ev).as_ref())
                                && match (cb.span, win) {
                                    (Some(s), Some(w)) => s.overlaps(&w),
                                    _ => false,
                                }
                        })
                        .max_by_key(|(_, cb)| cb.span.map(|s| s.lo))
                        .map(|(i, _)| i)
                };
                match found {
                    Some(i) => g.contacts[i].push(&cand),
                    None => g.contacts.push(CB::new(&cand)),
                }
            }
            g.contacts
                .sort_by_key(|cb| (cb.span.is_none(), cb.span.map(|s| s.lo), cb.events[0].id()));
        }

        // 3. Outcomes.
        let mut built: BTreeMap<String, Vec<Contact>> = BTreeMap::new();
        // Where an outcome's contact can be: one of its parties' dated
        // contacts overlapping its dates, or a contact reported by one of
        // its documents (no other contact can link, see `link_outcome`).
        let mut by_code: HashMap<&str, ByDate<At>> = HashMap::new();
        let mut by_doc: HashMap<&str, Vec<At>> = HashMap::new();
        for (key, g) in &groups {
            let mut round = 0;
            let mut contacts = Vec::with_capacity(g.contacts.len());
            for (i, cb) in g.contacts.iter().enumerate() {
                let mut contact = self.contact(cb, key);
                if cb.kind == ContactKind::Round && cb.span.is_some() {
                    round += 1;
                    contact.round = Some(round);
                }
                contacts.push(contact);
                if let Some(span) = cb.span {
                    for code in &cb.codes {
                        let (list, longest) = by_code.entry(code.as_str()).or_default();
                        list.push((span, (key.clone(), i)));
                        *longest = (*longest).max((span.hi - span.lo).num_days());
                    }
                }
                for d in &cb.docs {
                    by_doc.entry(d.as_str()).or_default().push((key.clone(), i));
                }
            }
            built.insert(key.clone(), contacts);
        }
        for (list, _) in by_code.values_mut() {
            list.sort_by_key(|(span, _)| span.lo);
        }
        let mut linked: HashMap<At, Vec<(&'a Ev, OutcomeLink)>> = HashMap::new();
        let mut link_of: HashMap<i64, At> = HashMap::new();
        let mut other: BTreeMap<String, Vec<&'a Ev>> = BTreeMap::new();
        for ev in c
            .outcomes
            .iter()
            .filter(|e| e.happened() && !false_agreement(e))
        {
            let mut cands: Vec<&At> = Vec::new();
            if let Some(es) = ev.span {
                for (list, longest) in ev.codes.iter().filter_map(|c| by_code.get(c.as_str())) {
                    let from = add_days(es.lo, -longest);
                    let end = list.partition_point(|(s, _)| s.lo <= es.hi);
                    cands.extend(
                        list[..end]
                            .iter()
                            .rev()
                            .take_while(|(s, _)| s.lo >= from)
                            .filter(|(s, _)| s.overlaps(&es))
                            .map(|(_, at)| at),
                    );
                }
            }
            for d in &ev.doc_ids {
                cands.extend(
                    by_doc
                        .get(d.as_str())
                        .into_iter()
                        .flatten()
                        .filter(|at| !groups[&at.0].contacts[at.1].codes.is_disjoint(&ev.codes)),
                );
            }
            cands.sort();
            cands.dedup();
            match self.link_outcome(ev, &groups, &cands) {
                Some((at, how)) => {
                    link_of.insert(ev.id(), at.clone());
                    linked.entry(at).or_default().push((ev, how));
                }
                None if ev.codes.len() >= 2 => {
                    let rep = self.grouping.rep(&key_of(&ev.codes));
                    if groups.contains_key(&rep) {
                        other.entry(rep).or_default().push(ev);
                    }
                }
                None => {}
            }
        }

        // 4. Commitments.
        let commitments = self.commitments(&built, &link_of, &linked, &other);
        let mut commitments_of: HashMap<i64, Vec<String>> = HashMap::new();
        for (k, _) in &commitments {
            for id in &k.event_ids {
                commitments_of.entry(*id).or_default().push(k.id.clone());
            }
        }

        // 5. Tracks.
        let mut keys: BTreeSet<String> = groups.keys().cloned().collect();
        for (_, homes) in &commitments {
            keys.extend(homes.iter().cloned());
        }
        let mut tracks = Vec::new();
        for key in keys {
            let g = groups.get(&key);
            let mut contacts: Vec<Contact> = built.remove(&key).unwrap_or_default();
            for (i, contact) in contacts.iter_mut().enumerate() {
                let mut outs: Vec<(&Ev, OutcomeLink)> =
                    linked.get(&(key.clone(), i)).cloned().unwrap_or_default();
                outs.sort_by_key(|(e, _)| (e.span.map(|s| s.lo), e.id()));
                contact.outcomes = outs
                    .iter()
                    .map(|(e, how)| self.outcome(e, Some(*how), &commitments_of))
                    .collect();
            }
            let other_outcomes: Vec<Outcome> = other
                .get(&key)
                .map(|v| {
                    v.iter()
                        .map(|e| self.outcome(e, None, &commitments_of))
                        .collect()
                })
                .unwrap_or_default();
            let planned = g.map(|g| self.planned(g, &contacts)).unwrap_or_default();
            let track_commitments: Vec<Commitment> = commitments
                .iter()
                .filter(|(_, homes)| homes.contains(&key))
                .map(|(k, _)| k.clone())
                .collect();
            let mut sets: Vec<String> = g
                .map(|g| g.sets.iter().cloned().collect())
                .unwrap_or_default();
            if !sets.contains(&key) {
                sets.push(key.clone());
            }
            sets.sort_by_key(|s| (*s != key, s.clone()));
            let codes: BTreeSet<String> = std::iter::once(key.clone())
                .chain(sets.iter().cloned())
                .flat_map(|s| s.split('-').map(str::to_string).collect::<Vec<_>>())
                .filter(|code| {
                    // Hosts folded out of a set are not parties of the track.
                    key.split('-').any(|k| k == code)
                        || contacts.iter().all(|ct| !ct.hosts.contains(code))
                })
                .collect();
            let mut parties: Vec<PartyRef> = codes
                .iter()
                .map(|code| PartyRef {
                    code: code.clone(),
                    name: c.name_of(code),
                })
                .collect();
            parties.sort();
            tracks.push(Track {
                name: self.grouping.name(&key),
                key,
                parties,
                party_sets: sets,
                today: dates::fmt(self.today),
                contacts,
                commitments: track_commitments,
                other_outcomes,
                planned,
            });
        }
        // Most recent contact first; tracks without contacts last.
        tracks.sort_by(|a, b| {
            let last = |t: &Track| t.contacts.iter().filter_map(|c| c.date.clone()).max();
            last(b)
                .is_some()
                .cmp(&last(a).is_some())
                .then_with(|| last(b).cmp(&last(a)))
                .then_with(|| a.key.cmp(&b.key))
        });
        tracks
    }

    /// The contact `ev` came out of (among `cands`, the contacts sharing
    /// a party with it), and how it is tied to it.
    fn link_outcome(
        &self,
        ev: &Ev,
        groups: &BTreeMap<String, Group<'a>>,
        cands: &[&At],
    ) -> Option<(At, OutcomeLink)> {
        let mut best: Option<(u8, i64, At, OutcomeLink)> = None;
        for at in cands {
            let cb = &groups[&at.0].contacts[at.1];
            let cspan = cb.span;
            let date_ok = match (ev.span, cspan) {
                (Some(a), Some(b)) => a.overlaps(&b),
                _ => true,
            };
            let (score, how) = if date_ok && !ev.keys.is_disjoint(&cb.keys) {
                (3, OutcomeLink::SameSentence)
            } else if matches!((ev.span, cspan), (Some(a), Some(b)) if b.lo <= a.lo && a.hi <= b.hi)
                && ev.codes.is_subset(&cb.codes)
            {
                (2, OutcomeLink::SamePartiesAndDate)
            } else if date_ok && self.stated_result(ev, &cb.keys) {
                (1, OutcomeLink::StatedResult)
            } else {
                continue;
            };
            let dist = match (ev.span, cspan) {
                (Some(a), Some(b)) => (a.lo - b.lo).num_days().abs(),
                _ => i64::MAX,
            };
            let better = match &best {
                None => true,
                Some((s, d, _, _)) => score > *s || (score == *s && dist < *d),
            };
            if better {
                best = Some((score, dist, (*at).clone(), how));
            }
        }
        best.map(|(_, _, at, how)| (at, how))
    }

    /// A sentence of `ev` calls it a result and comes within two sentences
    /// after one of the contact's.
    fn stated_result(&self, ev: &Ev, ckeys: &BTreeSet<(String, i64)>) -> bool {
        ev.d.reports.iter().any(|r| {
            r.mentions.iter().any(|m| {
                m.text.as_deref().is_some_and(text::has_result_cue)
                    && (1..=2).any(|back| ckeys.contains(&(r.doc_id.clone(), m.sentence - back)))
            })
        })
    }

    /// Sentences right after `idx` in a document that add to what the
    /// events `own` report: up to two, stopping at one that reports another
    /// event.
    fn context<'b>(&'b self, doc_id: &str, idx: i64, own: &BTreeSet<i64>) -> Vec<&'b str> {
        let mut out = Vec::new();
        for next in idx + 1..=idx + 2 {
            let Some(s) = self.c.sentence(doc_id, next) else {
                break;
            };
            if s.events.iter().any(|e| !own.contains(e)) {
                break;
            }
            out.push(s.text.as_str());
        }
        out
    }

    fn contact(&self, cb: &CB<'a>, track_key: &str) -> Contact {
        let main = cb.events[0];
        // The most precise date among the events of the contact's own kind.
        let dated = cb
            .events
            .iter()
            .filter(|e| e.span.is_some() && e.kind == cb.kind)
            .chain(cb.events.iter().filter(|e| e.span.is_some()))
            .min_by_key(|e| e.span.map(|s| (s.hi - s.lo).num_days()));
        let (date, enddate) = dated.map_or((None, None), |e| {
            (e.d.event.date.clone(), e.d.event.enddate.clone())
        });
        let mut topics: Vec<String> = Vec::new();
        let mut called: Vec<String> = Vec::new();
        let mut source_ordinal = None;
        let mut sources: Vec<SourceRef> = Vec::new();
        for e in &cb.events {
            for t in &e.d.event.topics {
                if !topics.contains(t) {
                    topics.push(t.clone());
                }
            }
            for s in e.texts() {
                if let Some((phrase, n)) = text::ordinal(s) {
                    if !called.iter().any(|x| x.eq_ignore_ascii_case(&phrase)) {
                        called.push(phrase);
                    }
                    source_ordinal.get_or_insert(n);
                }
            }
            for s in e.sources() {
                if !sources
                    .iter()
                    .any(|o| o.doc_id == s.doc_id && o.sentence == s.sentence)
                {
                    sources.push(s);
                }
            }
        }
        let status = if cb.events.iter().any(|e| e.status() == "occurred") {
            "occurred"
        } else {
            "claimed"
        };
        Contact {
            kind: cb.kind,
            event_ids: cb.events.iter().map(|e| e.id()).collect(),
            status: status.to_string(),
            date,
            enddate,
            venue: cb.venue.clone(),
            round: None,
            called,
            source_ordinal,
            hosts: cb.hosts.iter().cloned().collect(),
            delegations: self.delegations(cb, track_key),
            topics,
            outcomes: Vec::new(),
            text: main.first_text(),
            sources,
        }
    }

    /// The people at a contact, by side: persons among the events' parties,
    /// persons named in their sentences, and persons named in the sentences
    /// right after that speak of delegations ("Moscow was represented by …").
    fn delegations(&self, cb: &CB<'a>, track_key: &str) -> Vec<Delegation> {
        let own = cb.ids();
        let mut people: Vec<Person> = Vec::new();
        let mut add = |p: Person| {
            let k = text::person_key(&p.name);
            if let Some(q) = people.iter_mut().find(|q| text::person_key(&q.name) == k) {
                if q.office.is_none() {
                    q.office = p.office;
                }
                if q.code.is_none() {
                    q.code = p.code;
                }
            } else {
                people.push(p);
            }
        };
        let person_of = |e: &DocEntity| Person {
            name: e.name.clone(),
            office: e.office.clone(),
            code: e.code.clone(),
        };
        for ev in &cb.events {
            for r in &ev.d.reports {
                let Some(doc) = self.c.doc(&r.doc_id) else {
                    continue;
                };
                let persons: Vec<&DocEntity> = doc.persons().collect();
                let texts: Vec<&str> = r
                    .mentions
                    .iter()
                    .filter_map(|m| m.text.as_deref())
                    .collect();
                for a in r.actors.iter().chain(&r.recipients) {
                    let key = text::person_key(&a.name);
                    let known = persons.iter().find(|p| p.key == key);
                    if known.is_none() {
                        continue;
                    }
                    if texts
                        .iter()
                        .any(|s| text::named_as_non_participant(s, &a.entity_text))
                    {
                        continue;
                    }
                    add(Person {
                        name: a.name.clone(),
                        office: known.and_then(|p| p.office.clone()).or(a.office.clone()),
                        code: a.code.clone(),
                    });
                }
                for s in &texts {
                    for i in text::people_in(s, &persons) {
                        add(person_of(persons[i]));
                    }
                }
                for m in &r.mentions {
                    for s in self.context(&r.doc_id, m.sentence, &own) {
                        if text::has_delegation_cue(s) {
                            for i in text::people_in(s, &persons) {
                                add(person_of(persons[i]));
                            }
                        }
                    }
                }
            }
        }
        // Sides: the track's parties first, then others, then unknown.
        let order: Vec<&str> = track_key.split('-').collect();
        let mut sides: BTreeMap<(usize, Option<String>), Vec<Person>> = BTreeMap::new();
        for p in people {
            let rank = p.code.as_deref().map_or(order.len() + 1, |c| {
                order.iter().position(|x| *x == c).unwrap_or(order.len())
            });
            sides.entry((rank, p.code.clone())).or_default().push(p);
        }
        sides
            .into_iter()
            .map(|((_, code), people)| Delegation {
                name: code
                    .as_deref()
                    .map_or_else(|| "unknown".to_string(), |c| self.c.name_of(c)),
                code,
                people,
            })
            .collect()
    }

    fn outcome(
        &self,
        ev: &Ev,
        link: Option<OutcomeLink>,
        commitments_of: &HashMap<i64, Vec<String>>,
    ) -> Outcome {
        Outcome {
            event_id: ev.id(),
            event: ev.d.event.event.clone(),
            status: ev.status().to_string(),
            date: ev.d.event.date.clone(),
            enddate: ev.d.event.enddate.clone(),
            parties: ev.codes.iter().cloned().collect(),
            topics: ev.d.event.topics.clone(),
            text: ev.first_text(),
            link,
            commitments: commitments_of.get(&ev.id()).cloned().unwrap_or_default(),
            sources: ev.sources(),
        }
    }

    /// Commitments, each with the keys of the tracks that list it.
    fn commitments(
        &self,
        built: &BTreeMap<String, Vec<Contact>>,
        link_of: &HashMap<i64, At>,
        linked: &HashMap<At, Vec<(&'a Ev, OutcomeLink)>>,
        other: &BTreeMap<String, Vec<&'a Ev>>,
    ) -> Vec<(Commitment, BTreeSet<String>)> {
        let mut agrees: Vec<&Ev> = linked
            .values()
            .flatten()
            .map(|(e, _)| *e)
            .chain(other.values().flatten().copied())
            .filter(|e| e.d.event.event == "AGREE")
            .collect();
        agrees.sort_by_key(|e| (e.span.map(|s| s.lo), e.id()));
        agrees.dedup_by_key(|e| e.id());
        let mut out: Vec<(Commitment, BTreeSet<String>)> = Vec::new();
        // Content words of each commitment's terms; commitments by party set.
        let mut words_of: Vec<BTreeSet<String>> = Vec::new();
        let mut by_parties: HashMap<String, Vec<usize>> = HashMap::new();
        for ev in agrees {
            let own: BTreeSet<i64> = [ev.id()].into();
            let reached_in = link_of.get(&ev.id()).map(|(rep, i)| {
                let c = &built[rep][*i];
                let r = ContactRef {
                    track: rep.clone(),
                    kind: c.kind,
                    date: c.date.clone(),
                    event_id: c.event_ids[0],
                };
                (rep.clone(), r)
            });
            let mut n_from_event = 0;
            for r in &ev.d.reports {
                let Some(m) = r.mentions.iter().find(|m| m.text.is_some()) else {
                    continue;
                };
                let sentence = m.text.clone().unwrap_or_default();
                // A caption, or "deal with" the verb, commits no one.
                if text::not_a_commitment(&sentence, &r.event_text) {
                    continue;
                }
                let Some(terms) = text::terms(&sentence, &r.event_text) else {
                    continue;
                };
                let start = ev
                    .span
                    .map(|s| s.lo)
                    .or_else(|| r.published.as_deref().and_then(dates::lo));
                let context = self.context(&r.doc_id, m.sentence, &own);
                let mut duration = None;
                if let Some(st) = start {
                    duration = text::duration(&sentence, st)
                        .or_else(|| context.iter().find_map(|s| text::duration(s, st)));
                }
                let guarantor = self.c.doc(&r.doc_id).and_then(|doc| {
                    std::iter::once(sentence.as_str())
                        .chain(context.iter().copied())
                        .find_map(|s| {
                            text::guarantor(s, &doc.entities).map(|i| Guarantor {
                                name: doc.entities[i].name.clone(),
                                code: doc.entities[i].code.clone(),
                                text: s.to_string(),
                            })
                        })
                });
                let source = SourceRef {
                    doc_id: r.doc_id.clone(),
                    title: r.title.clone(),
                    url: r.url.clone(),
                    source: r.source.clone(),
                    published: r.published.clone(),
                    sentence: Some(sentence.clone()),
                };
                let parties: Vec<PartyRef> = ev
                    .codes
                    .iter()
                    .map(|code| PartyRef {
                        code: code.clone(),
                        name: self.c.name_of(code),
                    })
                    .collect();
                let words = text::content_words(&terms);
                // The same promise reported again (by another document or
                // as another stored event): one commitment.
                let set_key = key_of(&ev.codes);
                let same_parties = by_parties.get(&set_key).cloned().unwrap_or_default();
                let same = same_parties.into_iter().find(|&i| {
                    let k = &out[i].0;
                    let close = match (k.start.as_deref().and_then(dates::lo), start) {
                        (Some(a), Some(b)) => (a - b).num_days().abs() <= UNDATED_DAYS,
                        _ => true,
                    };
                    k.parties == parties && close && similar(&words_of[i], &words)
                });
                if let Some(i) = same {
                    let (k, homes) = &mut out[i];
                    if !k.event_ids.contains(&ev.id()) {
                        k.event_ids.push(ev.id());
                    }
                    if !k
                        .sources
                        .iter()
                        .any(|s| s.doc_id == source.doc_id && s.sentence == source.sentence)
                    {
                        k.sources.push(source);
                    }
                    if k.duration.is_none() {
                        if let Some((d, end)) = duration {
                            k.duration = Some(d);
                            k.end = Some(dates::fmt(end));
                        }
                    }
                    if k.guarantor.is_none() {
                        k.guarantor = guarantor;
                    }
                    if let Some(st) = start {
                        if k.start
                            .as_deref()
                            .and_then(dates::lo)
                            .is_none_or(|s| st < s)
                        {
                            k.start = Some(dates::fmt(st));
                        }
                    }
                    if k.reached_in.is_none() {
                        if let Some((rep, cr)) = &reached_in {
                            k.reached_in = Some(cr.clone());
                            homes.insert(rep.clone());
                        }
                    }
                    for t in &r.topics {
                        if !k.topics.contains(t) {
                            k.topics.push(t.clone());
                        }
                    }
                    continue;
                }
                n_from_event += 1;
                let id = if n_from_event == 1 {
                    ev.id().to_string()
                } else {
                    format!("{}.{}", ev.id(), n_from_event)
                };
                let mut homes = BTreeSet::new();
                if let Some((rep, _)) = &reached_in {
                    homes.insert(rep.clone());
                }
                let own_set = key_of(&ev.codes);
                if ev.codes.len() >= 2
                    && (reached_in.is_some() || built.contains_key(&self.grouping.rep(&own_set)))
                {
                    homes.insert(self.grouping.rep(&own_set));
                }
                let (duration, end) = match duration {
                    Some((d, e)) => (Some(d), Some(dates::fmt(e))),
                    None => (None, None),
                };
                by_parties.entry(set_key).or_default().push(out.len());
                words_of.push(words);
                out.push((
                    Commitment {
                        id,
                        event_ids: vec![ev.id()],
                        parties,
                        terms,
                        text: sentence,
                        topics: r.topics.clone(),
                        start: start.map(dates::fmt),
                        duration,
                        end,
                        guarantor,
                        status: CommitmentStatus::InForce,
                        reached_in: reached_in.as_ref().map(|x| x.1.clone()),
                        superseded_by: None,
                        violations: Vec::new(),
                        sources: vec![source],
                    },
                    homes,
                ));
            }
        }
        // A later commitment of the same parties on the same matter
        // supersedes an earlier one (a new ceasefire after the old one).
        for i in 0..out.len() {
            let (ki, wi) = (&out[i].0, &words_of[i]);
            let start_i = ki.start.as_deref().and_then(dates::lo);
            let next = (0..out.len())
                .filter(|&j| j != i && out[j].0.parties == ki.parties)
                .filter(|&j| {
                    let sj = out[j].0.start.as_deref().and_then(dates::lo);
                    matches!((start_i, sj), (Some(a), Some(b)) if b > a)
                })
                .filter(|&j| {
                    let kj = &out[j].0;
                    kj.topics.iter().any(|t| ki.topics.contains(t)) || similar(wi, &words_of[j])
                })
                .min_by_key(|&j| (out[j].0.start.clone(), j));
            if let Some(j) = next {
                let id = out[j].0.id.clone();
                out[i].0.superseded_by = Some(id);
                // The commitment that supersedes is listed wherever the
                // one it supersedes is: a page never names an item it
                // does not show.
                let homes = out[i].1.clone();
                out[j].1.extend(homes);
            }
        }
        let starts: HashMap<String, String> = out
            .iter()
            .filter_map(|(k, _)| Some((k.id.clone(), k.start.clone()?)))
            .collect();
        for (k, _) in &mut out {
            let until = k
                .superseded_by
                .as_ref()
                .and_then(|id| starts.get(id))
                .and_then(|d| dates::lo(d))
                .map(|d| add_days(d, -1));
            k.violations = self.violations(k, until);
            let end = k.end.as_deref().and_then(dates::lo);
            k.status = if end.is_some_and(|e| e < self.today) {
                CommitmentStatus::Expired
            } else if until.is_some_and(|u| u < self.today) {
                CommitmentStatus::Superseded
            } else if !k.violations.is_empty() {
                CommitmentStatus::ReportedBroken
            } else {
                CommitmentStatus::InForce
            };
        }
        out
    }

    /// Claimed violations of a commitment, up to its end (or the day
    /// before the commitment that superseded it).
    fn violations(&self, k: &Commitment, until: Option<NaiveDate>) -> Vec<Violation> {
        let parties: BTreeSet<String> = k.parties.iter().map(|p| p.code.clone()).collect();
        let Some(start) = k.start.as_deref().and_then(dates::lo) else {
            return Vec::new();
        };
        let end = k.end.as_deref().and_then(dates::lo);
        let hi = match (end, until) {
            (Some(e), Some(u)) => e.min(u),
            (e, u) => e.or(u).unwrap_or(NaiveDate::MAX),
        };
        if hi < start {
            return Vec::new();
        }
        let window = Span { lo: start, hi };
        let terms_words = text::content_words(&k.terms);
        let mut out: Vec<Violation> = Vec::new();
        let mut cands: Vec<usize> = Vec::new();
        for (list, longest) in parties
            .iter()
            .filter_map(|p| self.violations_by_code.get(p.as_str()))
        {
            // Those starting in the window, or early enough to reach it.
            let from = list.partition_point(|(w, _)| w.lo < add_days(window.lo, -longest));
            cands.extend(
                list[from..]
                    .iter()
                    .take_while(|(w, _)| w.lo <= window.hi)
                    .filter(|(w, _)| w.overlaps(&window))
                    .map(|(_, i)| *i),
            );
        }
        cands.sort_unstable();
        cands.dedup();
        // The sentences the commitment is reported in: a claim there is
        // the agreement told again, not a breach of it.
        let own_sentences: BTreeSet<&str> = k
            .sources
            .iter()
            .filter_map(|s| s.sentence.as_deref())
            .collect();
        for i in cands {
            let ev = &self.c.violations[i];
            if !ev.happened() || k.event_ids.contains(&ev.id()) {
                continue;
            }
            let Some(when) = ev.when() else { continue };
            // After the commitment began (an act before it breaks nothing).
            if !when.overlaps(&window) || when.lo < window.lo {
                continue;
            }
            let texts = ev.texts();
            if texts
                .iter()
                .all(|s| own_sentences.contains(s) || text::restates_agreement(s))
            {
                continue;
            }
            let accused: BTreeSet<String> = match ev.d.event.event.as_str() {
                "ACCUSE" => {
                    let named: BTreeSet<String> = ev
                        .recipient_codes
                        .intersection(&parties)
                        .filter(|c| !ev.actor_codes.contains(*c))
                        .cloned()
                        .collect();
                    if !named.is_empty() {
                        named
                    } else if !ev.actor_codes.is_disjoint(&parties)
                        && texts.iter().any(|s| text::has_violation_cue(s))
                    {
                        // "X handed Y a list of violations of the truce by
                        // Ukraine": another party named in the sentence.
                        self.parties_named(ev, &parties)
                            .into_iter()
                            .filter(|c| !ev.actor_codes.contains(c))
                            .collect()
                    } else {
                        BTreeSet::new()
                    }
                }
                _ => {
                    let by: BTreeSet<String> =
                        ev.actor_codes.intersection(&parties).cloned().collect();
                    let against_party = ev.recipient_codes.is_empty()
                        || ev
                            .recipient_codes
                            .iter()
                            .any(|c| parties.contains(c) && !by.contains(c));
                    if against_party {
                        by
                    } else {
                        BTreeSet::new()
                    }
                }
            };
            // A breach is by one side: "Russia and the United States" both
            // doing something is not one of them breaking their word.
            if accused.is_empty() || (parties.len() >= 2 && accused.len() >= parties.len()) {
                continue;
            }
            // On the commitment's topic.
            let topics: BTreeSet<&String> = ev.d.event.topics.iter().collect();
            let ktopics: BTreeSet<&String> = k.topics.iter().collect();
            let topic_overlap = !topics.is_disjoint(&ktopics);
            let words = &self.violation_words[i];
            let shared_words = words.intersection(&terms_words).count();
            // A cue in the sentence or the one before: "Despite the
            // agreements, Kiev immediately violated them. … has not stopped
            // strikes."
            let cue = texts.iter().any(|s| text::has_violation_cue(s))
                || ev.d.reports.iter().any(|r| {
                    r.mentions.iter().any(|m| {
                        self.c
                            .sentence(&r.doc_id, m.sentence - 1)
                            .is_some_and(|p| text::has_violation_cue(&p.text))
                    })
                });
            // A claim of violation without topics of its own ("Kiev
            // immediately violated them") counts for a commitment of its
            // parties; one with topics must share one, or words.
            let on_topic = topic_overlap || shared_words >= 2 || (cue && topics.is_empty());
            if !on_topic {
                continue;
            }
            let claimed = ev.d.reports.iter().find_map(|r| r.claimed_by.clone());
            // One claim read twice from one sentence (with and without its
            // claimant) is one violation: keep the one that names who claims.
            let first = ev.first_text();
            if let Some(prev) = out
                .iter_mut()
                .find(|v| v.text == first && v.event == ev.d.event.event)
            {
                if prev.claimed_by_code.is_none() {
                    if let Some(s) = claimed {
                        prev.claimed_by = Some(s.name);
                        prev.claimed_by_code = s.code;
                    }
                }
                continue;
            }
            let (claimed_by, claimed_by_code) = match claimed {
                Some(s) => (Some(s.name), s.code),
                None => {
                    let a = ev.d.event.actors.first();
                    (a.map(|p| p.name.clone()), a.and_then(|p| p.code.clone()))
                }
            };
            out.push(Violation {
                event_id: ev.id(),
                event: ev.d.event.event.clone(),
                status: ev.status().to_string(),
                date: ev.d.event.date.clone(),
                enddate: ev.d.event.enddate.clone(),
                accused: accused.into_iter().collect(),
                claimed_by,
                claimed_by_code,
                text: ev.first_text(),
                sources: ev.sources(),
            });
        }
        out.sort_by(|a, b| {
            (a.date.is_none(), &a.date, a.event_id).cmp(&(b.date.is_none(), &b.date, b.event_id))
        });
        out
    }

    /// Codes of `parties` whose names (as the reporting documents name
    /// them) appear in the event's sentences.
    fn parties_named(&self, ev: &Ev, parties: &BTreeSet<String>) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for r in &ev.d.reports {
            let Some(doc) = self.c.doc(&r.doc_id) else {
                continue;
            };
            for m in &r.mentions {
                let Some(s) = m.text.as_deref() else { continue };
                for (i, _, _) in text::entities_in(s, &doc.entities) {
                    let e = &doc.entities[i];
                    if e.kind == "person" {
                        continue;
                    }
                    if let Some(code) = &e.code {
                        if parties.contains(code) {
                            out.insert(code.clone());
                        }
                    }
                }
            }
        }
        out
    }

    fn planned(&self, g: &Group<'a>, contacts: &[Contact]) -> Vec<Planned> {
        let mut out: Vec<Planned> = Vec::new();
        let contact_span = |c: &Contact| dates::range(c.date.as_deref(), c.enddate.as_deref());
        for cand in &g.planned {
            let ev = cand.ev;
            let announced = ev.first_reported;
            let window = ev.span.or_else(|| {
                announced.map(|d| Span {
                    lo: d,
                    hi: add_days(d, UNDATED_DAYS),
                })
            });
            // Held: a contact of the track starting inside the window (the
            // same kind first), unless both name people and none in common.
            let planned_people = &ev.people;
            let held = window.and_then(|w| {
                let mut inside: Vec<&Contact> = contacts
                    .iter()
                    .filter(|c| contact_span(c).is_some_and(|s| w.contains(s.lo)))
                    .filter(|c| {
                        let met: BTreeSet<String> = c
                            .delegations
                            .iter()
                            .flat_map(|d| d.people.iter().map(|p| text::person_key(&p.name)))
                            .collect();
                        planned_people.is_empty()
                            || met.is_empty()
                            || !met.is_disjoint(planned_people)
                    })
                    .collect();
                inside.sort_by_key(|c| (!same_kind(c.kind, cand.ev.kind), c.date.clone()));
                inside.first().map(|c| Confirmation::Held {
                    date: c.date.clone(),
                    kind: c.kind,
                    event_id: c.event_ids[0],
                })
            });
            let first_pub = ev.d.reports.first().and_then(|r| r.published.clone());
            let later =
                ev.d.reports
                    .iter()
                    .find(|r| r.published.is_some() && r.published > first_pub);
            let confirmation = if let Some(h) = held {
                h
            } else if window.is_some_and(|w| w.hi < self.today) {
                Confirmation::Lapsed
            } else if let Some(r) = later {
                Confirmation::Reconfirmed {
                    source: SourceRef {
                        doc_id: r.doc_id.clone(),
                        title: r.title.clone(),
                        url: r.url.clone(),
                        source: r.source.clone(),
                        published: r.published.clone(),
                        sentence: r.mentions.iter().find_map(|m| m.text.clone()),
                    },
                }
            } else {
                Confirmation::Pending
            };
            // A plan that lapsed gets no number: the next round held takes it.
            let round = (cand.ev.kind == ContactKind::Round
                && !matches!(confirmation, Confirmation::Lapsed))
            .then(|| {
                let before = contacts
                    .iter()
                    .filter(|c| {
                        c.round.is_some()
                            && window.is_none_or(|w| contact_span(c).is_some_and(|s| s.lo < w.lo))
                    })
                    .count();
                before as u32 + 1
            });
            out.push(Planned {
                event_id: ev.id(),
                kind: cand.ev.kind,
                date: ev.d.event.date.clone(),
                enddate: ev.d.event.enddate.clone(),
                date_text: ev.d.reports.iter().find_map(|r| r.date_text.clone()),
                venue: venue_of(ev),
                round,
                claimed_by: ev
                    .d
                    .reports
                    .iter()
                    .find_map(|r| r.claimed_by.as_ref().map(|c| c.name.clone())),
                announced: announced.map(dates::fmt),
                confirmation,
                text: ev.first_text(),
                sources: ev.sources(),
            });
        }
        // Contacts that an earlier report announced.
        for (c, cb) in contacts.iter().zip(&g.contacts) {
            for ev in &cb.events {
                let first_done =
                    ev.d.reports
                        .iter()
                        .filter(|r| r.status != "planned")
                        .filter_map(|r| r.published.clone())
                        .min();
                let Some(plan) = ev.d.reports.iter().find(|r| {
                    r.status == "planned" && r.published.is_some() && r.published < first_done
                }) else {
                    continue;
                };
                out.push(Planned {
                    event_id: ev.id(),
                    kind: c.kind,
                    date: plan.date.clone(),
                    enddate: plan.enddate.clone(),
                    date_text: plan.date_text.clone(),
                    venue: plan.location.as_ref().map(|l| Venue {
                        name: l.name.clone(),
                        country_code: l.country_code.clone(),
                    }),
                    round: c.round,
                    claimed_by: plan.claimed_by.as_ref().map(|x| x.name.clone()),
                    announced: plan.published.clone(),
                    confirmation: Confirmation::Held {
                        date: c.date.clone(),
                        kind: c.kind,
                        event_id: c.event_ids[0],
                    },
                    text: plan
                        .mentions
                        .iter()
                        .find_map(|m| m.text.clone())
                        .unwrap_or_default(),
                    sources: vec![SourceRef {
                        doc_id: plan.doc_id.clone(),
                        title: plan.title.clone(),
                        url: plan.url.clone(),
                        source: plan.source.clone(),
                        published: plan.published.clone(),
                        sentence: plan.mentions.iter().find_map(|m| m.text.clone()),
                    }],
                });
                break;
            }
        }
        out.sort_by(|a, b| {
            (a.date.is_none(), &a.date, a.event_id).cmp(&(b.date.is_none(), &b.date, b.event_id))
        });
        out
    }
}
