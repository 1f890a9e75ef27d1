//! Reading sentences: who is named in them (and as what), what a round is
//! called, the terms, length and guarantor of an agreement, and the cue
//! words that tie outcomes and claims to contacts and commitments.
//!
//! Only grammar lives here (function words, cue words, number and month
//! words); names come from the stored entities of each document.

use crate::dates::{add_days, month_end};
use crate::load::DocEntity;
use crate::model::Duration;
use chrono::{Datelike, Months, NaiveDate};
use detente_kb::name_key;
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

fn re(s: &str) -> Regex {
    Regex::new(s).expect("a valid regex")
}

static WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*"));

static RESULT_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(outcomes?|results?|resulted|decision\s+to|decided\s+to)\b"));

static VIOLATION_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(violat\w*|breach\w*|broke|broken|breaking|flout\w*|disregard\w*)\b")
});

static DELEGATION_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(represented|representing|delegations?|headed|heads\s+the|led|leads\s+the|leading\s+the|accompanied|joined\s+by|included|including|comprised|attended|took\s+part|take\s+part|taking\s+part|participat\w*|present|team|side)\b",
    )
});

static SIDELINES_CUE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(sidelines?|on\s+the\s+margins?|margins\s+of)\b"));

static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))((?:[\s\-\x{2010}-\x{2015}]+\p{L}+){0,3}?)[\s\-\x{2010}-\x{2015}]+(rounds?|meetings?|session|talks|negotiations|consultations|call|conversation|visit|summit)\b",
    )
});

/// Words that, right after a name, make its bearer a speaker rather than a
/// participant.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "noted",
    "notes",
    "stressed",
    "added",
    "stated",
    "commented",
    "announced",
    "explained",
    "believes",
    "confirmed",
    "emphasized",
    "emphasised",
    "insisted",
    "warned",
    "claimed",
    "argued",
    "wrote",
    "recalled",
    "suggested",
    "remarked",
    "tweeted",
    "posted",
];

/// Words that state an agreement: a sentence with one (and no violation
/// cue) restates the agreement rather than reporting a breach of it.
static AGREEMENT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(agreed|agrees?|agreements?|accords?|deals?|pledged|promised|committed)\b")
});

/// `deal with` as a verb ("Rescuers deal with the aftermath"), not a deal
/// made; after `to` it is a promise ("promised to deal with the visas").
static DEAL_VERB: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|(\w+)\s+)(deal|deals|dealt|dealing)\s+with\b"));

static MONTH_DATE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}[./]\d{1,2}[./]\d{4})\s*$",
    )
});

/// A photo caption: no sentence end, and a date closing it ("Rescuers at
/// work in Kharkiv, December 2, 2025").
pub(crate) fn is_caption(s: &str) -> bool {
    let t = s.trim();
    !t.ends_with(['.', '!', '?', '"', '”', '»']) && MONTH_DATE_END.is_match(t)
}

/// Whether the trigger of an AGREE report cannot make a commitment: the
/// sentence is a caption, or the trigger is the verb `deal with`.
pub(crate) fn not_a_commitment(s: &str, trigger: &str) -> bool {
    if is_caption(s) {
        return true;
    }
    let t = trigger.trim().to_ascii_lowercase();
    if !t.starts_with("deal") {
        return false;
    }
    DEAL_VERB.captures_iter(s).any(|c| {
        let before = c.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
        !matches!(
            before.as_str(),
            "to" | "a" | "the" | "this" | "that" | "new" | "any" | "no" | "their" | "its"
        )
    })
}

/// A sentence stating an agreement without a word of breaking it.
pub(crate) fn restates_agreement(s: &str) -> bool {
    AGREEMENT_CUE.is_match(s) && !VIOLATION_CUE.is_match(s)
}

pub(crate) fn has_result_cue(s: &str) -> bool {
    RESULT_CUE.is_match(s)
}
pub(crate) fn has_violation_cue(s: &str) -> bool {
    VIOLATION_CUE.is_match(s)
}
pub(crate) fn has_delegation_cue(s: &str) -> bool {
    DELEGATION_CUE.is_match(s)
}
pub(crate) fn has_sidelines_cue(s: &str) -> bool {
    SIDELINES_CUE.is_match(s)
}

fn ordinal_value(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    let words = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    if let Some(i) = words.iter().position(|x| *x == w) {
        return Some(i as u32 + 1);
    }
    w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// What a sentence calls a contact: ("second round", 2).
pub(crate) fn ordinal(s: &str) -> Option<(String, u32)> {
    let c = ORDINAL.captures(s)?;
    let n = ordinal_value(c.get(1)?.as_str())?;
    Some((c.get(0)?.as_str().to_string(), n))
}

/// Words of a name, for matching.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    WORD.find_iter(name).map(|m| name_key(m.as_str())).collect()
}

/// Whether the name at `start..end` of `s` names someone who takes part
/// (not a speaker, not a possessor, not the principal "on behalf of" whom
/// someone acts).
fn participant_at(s: &str, start: usize, end: usize) -> bool {
    let after = &s[end..];
    if after.starts_with("'s") || after.starts_with("’s") || after.starts_with('\'') {
        return false;
    }
    let next: Vec<String> = WORD
        .find_iter(after)
        .take(2)
        .map(|m| m.as_str().to_lowercase())
        .collect();
    // The next word must follow directly (an appositive between the name
    // and the verb keeps the person: "Umerov, who led the team, said").
    let direct = after
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_alphabetic);
    if direct {
        if let Some(w) = next.first() {
            if SPEECH.contains(&w.as_str()) {
                return false;
            }
            if w == "called" && next.get(1).is_some_and(|x| x == "it" || x == "them") {
                return false;
            }
        }
    }
    let before = s[..start].to_lowercase();
    let clause = before
        .rsplit([',', ';', ':', '(', '—', '–'])
        .next()
        .unwrap_or("");
    if clause.contains("according to") {
        return false;
    }
    // "on behalf of (the) president": the principal, not a participant.
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| ["the", "a", "an", "his", "her", "their", "its"].contains(w))
    {
        words.pop();
    }
    !words.ends_with(&["on", "behalf", "of"])
}

/// The people of `persons` named in `s` as participants: indices into
/// `persons`. Surnames alone are enough; transliteration variants match.
pub(crate) fn people_in(s: &str, persons: &[&DocEntity]) -> Vec<usize> {
    let words: Vec<(usize, usize, String, bool)> = WORD
        .find_iter(s)
        .map(|m| {
            let cap = m.as_str().chars().next().is_some_and(char::is_uppercase);
            (m.start(), m.end(), name_key(m.as_str()), cap)
        })
        .collect();
    let keys: Vec<&Vec<String>> = persons.iter().map(|p| &p.words).collect();
    let mut out = Vec::new();
    for (wi, (ws, we, k, cap)) in words.iter().enumerate() {
        if !cap || k.is_empty() {
            continue;
        }
        // Persons whose surname is this word.
        let cands: Vec<usize> = keys
            .iter()
            .enumerate()
            .filter(|(_, nk)| nk.last() == Some(k))
            .map(|(i, _)| i)
            .collect();
        if cands.is_empty() {
            continue;
        }
        // The word before may be the given name.
        let prev = wi.checked_sub(1).map(|p| &words[p]);
        let full: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| {
                let nk = &keys[i];
                nk.len() >= 2 && prev.is_some_and(|p| p.2 == nk[nk.len() - 2])
            })
            .collect();
        let (who, start) = if full.len() == 1 {
            (full[0], prev.map_or(*ws, |p| p.0))
        } else if cands.len() == 1 {
            (cands[0], *ws)
        } else {
            continue;
        };
        // A capitalised surname at the start of a multi-word given name
        // ("Vladimir Putin") is matched at its last word only.
        if participant_at(s, start, *we) && !out.contains(&who) {
            out.push(who);
        }
    }
    out
}

/// Whether the name `text` (as it stands in `s`) is used in `s` as a
/// principal or possessor rather than a participant.
pub(crate) fn named_as_non_participant(s: &str, text: &str) -> bool {
    if text.is_empty() {
        return false;
    }
    let mut any = false;
    for (i, _) in s.match_indices(text) {
        any = true;
        if participant_at(s, i, i + text.len()) {
            return false;
        }
    }
    any
}

/// Entities of a document named in `s`: (index, byte start, byte end).
pub(crate) fn entities_in(s: &str, ents: &[DocEntity]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (i, e) in ents.iter().enumerate() {
        if e.code.is_none() || e.name.is_empty() {
            continue;
        }
        for (at, _) in s.match_indices(e.name.as_str()) {
            let end = at + e.name.len();
            let before_ok = s[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                out.push((i, at, end));
            }
        }
    }
    out.sort_by_key(|&(i, a, e)| (a, std::cmp::Reverse(e), i));
    out
}

static AS_GUARANTOR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bas\s+(?:an?\s+|the\s+|its\s+|their\s+)?guarantors?\b"));
static GUARANTEED_BY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bguaranteed\s+by\b"));
static WILL_GUARANTEE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:will|would|should|shall|must|to|can|could)\s+guarantee\b"));
static GUARANTOR_IS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bguarantors?\s+(?:is|are|will\s+be|would\s+be|should\s+be|shall\s+be)\b")
});

/// The guarantor a sentence names: (entity index in `ents`).
pub(crate) fn guarantor(s: &str, ents: &[DocEntity]) -> Option<usize> {
    let found = entities_in(s, ents);
    let last_before = |pos: usize| {
        found
            .iter()
            .filter(|&&(_, _, e)| e <= pos)
            .max_by_key(|&&(_, a, e)| (e, std::cmp::Reverse(a)))
            .map(|x| x.0)
    };
    let first_after = |pos: usize| found.iter().find(|&&(_, a, _)| a >= pos).map(|x| x.0);
    if let Some(m) = AS_GUARANTOR.find(s) {
        // "X should act as a guarantor" / "with X as guarantor".
        if let Some(i) = last_before(m.start()) {
            return Some(i);
        }
    }
    if let Some(m) = GUARANTEED_BY.find(s) {
        if let Some(i) = first_after(m.end()) {
            return Some(i);
        }
    }
    if let Some(m) = WILL_GUARANTEE.find(s) {
        if let Some(i) = last_before(m.start()) {
            return Some(i);
        }
    }
    if let Some(m) = GUARANTOR_IS.find(s) {
        if let Some(i) = first_after(m.end()) {
            return Some(i);
        }
    }
    None
}

const NUMBER_WORDS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fourteen", 14),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("forty-five", 45),
    ("fifty", 50),
    ("sixty", 60),
    ("ninety", 90),
    ("hundred", 100),
];

fn number(w: &str) -> Option<i64> {
    let w = w.to_lowercase();
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    NUMBER_WORDS.iter().find(|(k, _)| *k == w).map(|x| x.1)
}

const NUM: &str = r"(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety|hundred)";
const UNIT: &str = r"(hours?|days?|weeks?|months?|years?)";

static FOR_DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\bfor\s+(?:a\s+period\s+of\s+|the\s+next\s+|the\s+first\s+|another\s+|an\s+additional\s+|a\s+further\s+|at\s+least\s+)?{NUM}\s+{UNIT}\b"
    ))
});
static ADJ_DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b{NUM}-(hour|day|week|month|year)(?:-long)?\b"
    ))
});
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:until|till|through|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:(\d{1,2})\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?",
    )
});

/// The length of a commitment starting on `start`, as the sentence gives
/// it, and its last day in force: "for 30 days" from March 18 runs out on
/// April 17; "until April 30" ends on April 30.
pub(crate) fn duration(s: &str, start: NaiveDate) -> Option<(Duration, NaiveDate)> {
    // N days from an agreement reached on `start` run out on start + N:
    // "for 30 days" from March 18 holds through April 17.
    let by_units = |n: i64, unit: &str| -> Option<(Option<i64>, NaiveDate)> {
        let u = unit.to_lowercase();
        let u = u.trim_end_matches('s');
        match u {
            "hour" => {
                let days = ((n + 23) / 24).max(1);
                Some((Some(days), add_days(start, days)))
            }
            "day" => Some((Some(n), add_days(start, n))),
            "week" => Some((Some(7 * n), add_days(start, 7 * n))),
            "month" | "year" => {
                let months = if u == "year" { 12 * n } else { n };
                let end = start.checked_add_months(Months::new(months as u32))?;
                Some((None, end))
            }
            _ => None,
        }
    };
    let mut best: Option<(usize, Duration, NaiveDate)> = None;
    let mut consider = |at: usize, d: Duration, end: NaiveDate| {
        if best.as_ref().is_none_or(|b| at < b.0) {
            best = Some((at, d, end));
        }
    };
    // "for 30 days" and "a 30-day truce" read the same way.
    for c in FOR_DURATION
        .captures_iter(s)
        .chain(ADJ_DURATION.captures_iter(s))
    {
        let (Some(n), Some(u)) = (c.get(1).and_then(|m| number(m.as_str())), c.get(2)) else {
            continue;
        };
        if let Some((days, end)) = by_units(n, u.as_str()) {
            let m = c.get(0).expect("match");
            consider(
                m.start(),
                Duration {
                    text: m.as_str().to_string(),
                    days,
                },
                end,
            );
        }
    }
    for c in UNTIL.captures_iter(s) {
        let m = c.get(0).expect("match");
        let Some(month) = c.get(2).and_then(|x| {
            MONTHS
                .iter()
                .position(|n| x.as_str().eq_ignore_ascii_case(n))
        }) else {
            continue;
        };
        let month = month as u32 + 1;
        let day: Option<u32> = c.get(1).or(c.get(3)).and_then(|x| x.as_str().parse().ok());
        let explicit_year: Option<i32> = c.get(4).and_then(|x| x.as_str().parse().ok());
        let resolve = |y: i32| match day {
            Some(d) => NaiveDate::from_ymd_opt(y, month, d),
            None => month_end(y, month),
        };
        let end = match explicit_year {
            Some(y) => resolve(y),
            None => resolve(start.year()).and_then(|e| {
                if e < start {
                    resolve(start.year() + 1)
                } else {
                    Some(e)
                }
            }),
        };
        if let Some(end) = end {
            consider(
                m.start(),
                Duration {
                    text: m.as_str().trim_end().to_string(),
                    days: Some((end - start).num_days()),
                },
                end,
            );
        }
    }
    best.map(|(_, d, e)| (d, e))
}

static TO_CLAUSE: LazyLock<Regex> = LazyLock::new(|| re(r"\bto\s+([a-z][\w'-]*)"));
static WHEN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:the\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|eve\b|morning|evening|night|weekend)",
    )
});
static ON_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\W*(?:\w+\s+){0,2}?(?:on|upon|that)\s+"));

/// ", a State Department official added, …", ", according to …": who
/// reported the terms is not part of them.
static TRAILING_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i),\s+(?:according\s+to\b|[^,]{0,80}?\b(?:said|says|added|adds|told|stated|announced)\b).*$",
    )
});

fn tidy(t: &str) -> Option<String> {
    let t = TRAILING_ATTRIBUTION.find(t).map_or(t, |m| &t[..m.start()]);
    // "agreed on the wording, but new accusations …": the terms end where
    // a contrasting clause begins.
    let t = [
        ", but ",
        ", while ",
        ", although ",
        ", though ",
        ", yet ",
        "; ",
    ]
    .iter()
    .filter_map(|c| t.find(c))
    .min()
    .map_or(t, |at| &t[..at]);
    let t = t
        .trim()
        .trim_end_matches(['.', ';', ':', ',', '"', '”', '’', '\''])
        .trim();
    (WORD.find_iter(t).count() >= 2).then(|| t.to_string())
}

/// The terms of an agreement: what is promised, from its sentence and its
/// trigger words ("an agreement … to stop attacks on energy infrastructure
/// for 30 days" → "stop attacks on energy infrastructure for 30 days").
pub(crate) fn terms(s: &str, trigger: &str) -> Option<String> {
    // ASCII lower-casing keeps byte offsets.
    let trigger = trigger.trim().to_ascii_lowercase();
    let (ts, te) = match s.to_ascii_lowercase().find(&trigger) {
        Some(at) if !trigger.is_empty() => (at, at + trigger.len()),
        _ => (0, 0),
    };
    // A "to" clause starting just before the trigger ("promised to deal"),
    // inside it ("decision to") or within a dozen words after it.
    let mut from = ts.saturating_sub(4);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    let limit = WORD
        .find_iter(&s[te..])
        .nth(12)
        .map_or(s.len(), |m| te + m.start());
    if let Some(c) = TO_CLAUSE.captures(&s[from..]) {
        let m = c.get(0).expect("match");
        if from + m.start() < limit {
            let rest = &s[from + m.start() + 2..];
            if let Some(t) = tidy(rest) {
                return Some(t);
            }
        }
    }
    let after = &s[te..];
    if let Some(m) = ON_CLAUSE.find(after) {
        // "on Tuesday evening", "on 3 March": when, not what.
        if WHEN_WORD.is_match(&after[m.end()..]) {
            return None;
        }
        if let Some(t) = tidy(&after[m.end()..]) {
            return Some(t);
        }
    }
    if te > 0 {
        if let Some(t) = tidy(after) {
            if WORD.find_iter(&t).count() >= 3 {
                return Some(t);
            }
        }
    }
    None
}

const STOP: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "on",
    "in",
    "for",
    "a",
    "an",
    "with",
    "by",
    "from",
    "at",
    "as",
    "that",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "should",
    "could",
    "not",
    "also",
    "all",
    "any",
    "each",
    "both",
    "side",
    "sides",
    "party",
    "parties",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "until",
    "agreed",
    "agree",
    "agreement",
    "deal",
    "decision",
    "said",
    "says",
    "according",
    "since",
    "last",
    "next",
    "after",
    "before",
    "during",
    "over",
    "into",
    "than",
    "then",
    "there",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "why",
    "how",
    "such",
    "other",
    "some",
    "more",
    "most",
    "several",
    "dozen",
    "alone",
    "carried",
    "talks",
    "talk",
    "meeting",
    "meetings",
    "negotiations",
    "out",
    "again",
    "new",
    "already",
    "still",
    "only",
    "about",
    "between",
    "other",
    "one",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "thirty",
    "twenty",
    "fourteen",
    "period",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A crude stem with a few synonyms of the vocabulary of truces.
fn stem(w: &str) -> String {
    let mut s = w.to_lowercase();
    for suf in ["ities", "ings", "ing", "ies", "ied", "ed", "es", "s"] {
        if s.len() > suf.len() + 3 && s.ends_with(suf) {
            s.truncate(s.len() - suf.len());
            break;
        }
    }
    // Doubled final consonant: stopp → stop.
    let b = s.as_bytes();
    if b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiouls".contains(&b[b.len() - 1]) {
        s.pop();
    }
    let syn = match s.as_str() {
        "strik" | "strike" | "shell" | "bomb" | "bombard" | "shelling" | "hit" | "raid" => "attack",
        "halt" | "cease" | "suspend" | "pause" | "end" => "stop",
        "truce" | "ceasefire" | "armistice" => "ceasefire",
        "port" | "harbour" | "harbor" => "port",
        _ => return s,
    };
    syn.to_string()
}

/// The content words of a text, stemmed.
pub(crate) fn content_words(s: &str) -> BTreeSet<String> {
    WORD.find_iter(s)
        .map(|m| m.as_str())
        .filter(|w| w.len() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !STOP.contains(&w.to_lowercase().as_str()))
        .map(stem)
        .collect()
}

/// A lower-case key of a person's whole name (transliteration-proof).
pub(crate) fn person_key(name: &str) -> String {
    name_words(name).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn durations() {
        let start = d("2025-03-18");
        let end = |s: &str| duration(s, start).map(|x| dates::fmt(x.1));
        assert_eq!(
            end("an agreement to stop attacks on energy infrastructure for 30 days").as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(end("a truce for 30 days").as_deref(), Some("2025-04-17"));
        assert_eq!(end("for a month").as_deref(), Some("2025-04-18"));
        assert_eq!(end("for two weeks").as_deref(), Some("2025-04-01"));
        assert_eq!(end("a 30-day ceasefire").as_deref(), Some("2025-04-17"));
        assert_eq!(end("for 72 hours").as_deref(), Some("2025-03-21"));
        assert_eq!(end("until April 30").as_deref(), Some("2025-04-30"));
        assert_eq!(end("until 30 April").as_deref(), Some("2025-04-30"));
        assert_eq!(end("until the end of April").as_deref(), Some("2025-04-30"));
        assert_eq!(end("until January 5").as_deref(), Some("2026-01-05"));
        assert_eq!(end("for talks with Ukraine"), None);
        let (dur, _) = duration("stop strikes for 30 days", start).unwrap();
        assert_eq!(dur.days, Some(30));
    }

    #[test]
    fn ordinals() {
        assert_eq!(
            ordinal("After that, the second round of negotiations began.").map(|x| x.1),
            Some(2)
        );
        assert_eq!(
            ordinal("The first face—to—face meeting of the delegations").map(|x| x.0),
            Some("first face—to—face meeting".to_string())
        );
        assert_eq!(ordinal("the first trip by a senior official"), None);
        assert_eq!(ordinal("the 3rd round of talks").map(|x| x.1), Some(3));
    }

    #[test]
    fn terms_stop_where_their_attribution_begins() {
        assert_eq!(
            terms(
                "Canada would be ready to host the talks if both sides agreed, a foreign ministry official added, speaking on condition of anonymity.",
                "ready"
            )
            .as_deref(),
            Some("host the talks if both sides agreed")
        );
    }

    #[test]
    fn terms_end_where_a_contrasting_clause_begins() {
        assert_eq!(
            terms(
                "Chad and Sudan agreed on the route of the new border road, but fresh clashes near Adre showed how tense the frontier remains.",
                "agreed"
            )
            .as_deref(),
            Some("the route of the new border road")
        );
        // A comma alone ends nothing.
        assert_eq!(
            terms(
                "Chad and Sudan agreed to reopen the border road, the main route for traders.",
                "agreed"
            )
            .as_deref(),
            Some("reopen the border road, the main route for traders")
        );
    }

    #[test]
    fn terms_of_agreements() {
        assert_eq!(
            terms(
                "one of the most important outcomes of this call was an agreement between Russia and Ukraine to stop attacks on energy infrastructure for 30 days.",
                "agreement"
            )
            .as_deref(),
            Some("stop attacks on energy infrastructure for 30 days")
        );
        assert_eq!(
            terms(
                "The main result was the decision to resume the Black Sea initiative.",
                "decision to"
            )
            .as_deref(),
            Some("resume the Black Sea initiative")
        );
        assert_eq!(
            terms(
                "The ambassador promised to deal with the issues of visas.",
                "deal"
            )
            .as_deref(),
            Some("deal with the issues of visas")
        );
        assert_eq!(
            terms(
                "The meeting produced an agreement on a large exchange of prisoners.",
                "agreement"
            )
            .as_deref(),
            Some("a large exchange of prisoners")
        );
        assert_eq!(terms("They agreed.", "agreed"), None);
        assert_eq!(
            terms(
                "The mediator announced the agreement on Friday night at a briefing in Oslo.",
                "agreement"
            ),
            None
        );
    }

    #[test]
    fn captions_verbs_and_restatements() {
        // Sentences of our own.
        assert!(is_caption(
            "Firefighters clear rubble at a substation in Odesa, March 3, 2025"
        ));
        assert!(!is_caption("The truce was signed on March 3, 2025."));
        assert!(not_a_commitment(
            "Volunteers deal with flood damage in a village near Lviv",
            "deal"
        ));
        assert!(!not_a_commitment(
            "The minister promised to deal with the backlog of visa requests.",
            "deal"
        ));
        assert!(!not_a_commitment(
            "The two governments struck a deal on grain exports.",
            "deal"
        ));
        assert!(restates_agreement(
            "Both capitals have agreed to swap detainees, and the handover should happen soon."
        ));
        assert!(!restates_agreement(
            "Each side said the other had violated the agreement within hours."
        ));
        assert!(!restates_agreement("Drones struck a depot overnight."));
    }

    #[test]
    fn stems_meet_synonyms() {
        let a = content_words("stop attacks on energy infrastructure for 30 days");
        let b = content_words("the Ukrainian side has not stopped strikes");
        assert_eq!(a.intersection(&b).count(), 2, "{a:?} {b:?}");
    }

    fn ent(name: &str, kind: &str, code: &str) -> DocEntity {
        DocEntity {
            words: name_words(name),
            key: person_key(name),
            name: name.into(),
            kind: kind.into(),
            code: Some(code.into()),
            office: None,
        }
    }

    #[test]
    fn people_and_speakers() {
        let ents = [
            ent("Sergey Lavrov", "person", "RUS"),
            ent("Donald Trump", "person", "USA"),
            ent("Steve Witkoff", "person", "USA"),
            ent("Sergei Ryabkov", "person", "RUS"),
        ];
        let refs: Vec<&DocEntity> = ents.iter().collect();
        let s = "the head of the fund held talks with key figures, including Trump's special envoy Steve Witkoff.";
        assert_eq!(people_in(s, &refs), vec![2]);
        let s = "Deputy Foreign Minister Sergey Ryabkov called it one of the main topics.";
        assert!(people_in(s, &refs).is_empty());
        let s = "Moscow was represented by Sergei Lavrov and Washington by Witkoff.";
        assert_eq!(people_in(s, &refs), vec![0, 2]);
        let s = "According to Lavrov, the meeting went well.";
        assert!(people_in(s, &refs).is_empty());
    }

    #[test]
    fn guarantors() {
        let ents = [
            ent("United States", "state", "USA"),
            ent("Turkey", "state", "TUR"),
        ];
        let g = |s: &str| guarantor(s, &ents).map(|i| ents[i].name.clone());
        assert_eq!(
            g("Thus, the United States should act as a guarantor for restoring access.").as_deref(),
            Some("United States")
        );
        assert_eq!(
            g("The truce is guaranteed by Turkey.").as_deref(),
            Some("Turkey")
        );
        assert_eq!(g("No guarantees were given."), None);
    }
}
