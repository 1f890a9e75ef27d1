//! Whether an event occurred, is planned, is claimed, or is negated; and when.

use crate::triggers::Trigger;
use detente_doc::{DateValue, Doc, EntityKind, Span, Status};
use detente_kb::EventPattern;

pub(crate) struct StatusOf {
    pub status: Status,
    pub negated: bool,
}

const NEGATIONS: &[&str] = &["not", "n't", "never", "no", "neither", "nor", "without"];
const MODALS: &[&str] = &["would", "could", "might", "may", "should", "must", "can"];
const CLAUSE_BREAKS: &[&str] = &[
    ";", "but", "while", "whereas", "although", "after", "before", "since", "because", "when",
    "and",
];

/// Status of the event at `trig`, or `None` when it is only hypothetical.
pub(crate) fn status_of(doc: &Doc, s: usize, trig: &Trigger, p: &EventPattern) -> Option<StatusOf> {
    let a = doc.sentences[s].first_token;
    // The clause before the trigger: back to a clause break.
    let mut k = trig.first;
    let mut words: Vec<&str> = Vec::new();
    while k > a {
        let w = doc.token_lower(k - 1);
        if CLAUSE_BREAKS.contains(&w) && (w != "and" || k >= 2 && doc.token_lower(k - 2) == ",") {
            break;
        }
        words.push(w);
        k -= 1;
    }
    words.reverse();
    let trigger_words: Vec<&str> = (trig.first..trig.end).map(|t| doc.token_lower(t)).collect();
    let negated = !trigger_words.iter().any(|w| NEGATIONS.contains(w))
        && (words.iter().any(|w| NEGATIONS.contains(w))
            || words.windows(2).any(|w| w == ["no", "longer"])
            || words
                .iter()
                .any(|w| *w == "failed" || *w == "refused" || *w == "declined"));
    let lower = doc.lower_slice(doc.sentences[s].span);
    let before_lower = doc.lower[doc.sentences[s].span.start..trig.span.start].to_string();
    // Hypotheticals: conditions and modals.
    let near: Vec<&str> = words.iter().rev().take(4).copied().collect();
    let if_clause = words.iter().any(|w| *w == "if" || *w == "unless")
        || before_lower.starts_with("if ")
        || before_lower.contains(" if ");
    let expected =
        lower.contains("expected") || lower.contains("preparing") || lower.contains("preparations");
    let reported_future = near.contains(&"would")
        && before_lower
            .split_whitespace()
            .any(|w| ["said", "told", "announced", "stated", "confirmed"].contains(&w));
    if (if_clause || near.iter().any(|w| MODALS.contains(w))) && !expected && !reported_future {
        return None;
    }
    let future = near
        .iter()
        .any(|w| matches!(*w, "will" | "shall" | "'ll" | "would"))
        || expected
        || [
            "plans to",
            "plan to",
            "planned to",
            "intends to",
            "going to",
            "is set to",
            "are set to",
            "to be held",
            "scheduled",
            "upcoming",
            "due to",
            "ready to",
            "agreed to",
        ]
        .iter()
        .any(|x| before_lower.contains(x))
        || (trig.first > a && doc.token_lower(trig.first - 1) == "to" && p.kind == "verb")
        || lower.contains("will be held")
        || lower.contains("next week")
        || lower.contains("in the coming days");
    let past_marker = [
        "took place",
        "was held",
        "were held",
        "had ",
        "has been",
        "have been",
    ]
    .iter()
    .any(|x| lower.contains(x))
        && !lower.contains("will");
    let status = if future && !(past_marker && !expected) {
        Status::Planned
    } else {
        Status::Occurred
    };
    Some(StatusOf { status, negated })
}

/// Attribution of sentence `s`: `Some(claimer)` when the sentence reports
/// what someone claims ("according to X", "X claims that", "sources say").
pub(crate) fn attribution(doc: &Doc, s: usize) -> Option<Option<usize>> {
    let span = doc.sentences[s].span;
    let lower = doc.lower_slice(span);
    let after_phrase = |phrase: &str| -> Option<Option<usize>> {
        let i = lower.find(phrase)?;
        let at = span.start + i + phrase.len();
        Some(
            doc.mentions
                .iter()
                .filter(|m| m.span.start >= at && m.span.start < at + 80)
                .find(|m| !matches!(doc.entities[m.entity].kind, EntityKind::Place))
                .map(|m| m.entity),
        )
    };
    if let Some(c) = after_phrase("according to ") {
        return Some(c);
    }
    for verb in [
        " claim that",
        " claims that",
        " claimed that",
        " claim ",
        " claims ",
        " alleged that",
        " alleges that",
        " allege that",
        " reported that",
        " reports that",
        " says that",
        " writes that",
        " wrote that",
    ] {
        if let Some(i) = lower.find(verb) {
            let at = span.start + i;
            let claimer = doc
                .mentions
                .iter()
                .filter(|m| m.span.end <= at && m.span.start >= span.start)
                .filter(|m| !matches!(doc.entities[m.entity].kind, EntityKind::Place))
                .next_back()
                .map(|m| m.entity);
            // "says that" counts only for media and anonymous sources, not for officials' statements.
            let media = claimer.is_some_and(|e| doc.entities[e].kind == EntityKind::Media)
                || lower[..i].contains("sources");
            if verb.contains("claim") || verb.contains("alleg") || media {
                return Some(claimer);
            }
        }
    }
    if lower.contains("reportedly") || lower.contains("allegedly") {
        return Some(None);
    }
    None
}

/// The date of the event: in its clause, else the governing date of its paragraph.
pub(crate) fn event_date(
    doc: &Doc,
    s: usize,
    trig: &Trigger,
    quotes: &[Span],
) -> (Option<DateValue>, Option<String>) {
    let span = doc.sentences[s].span;
    let usable =
        |d: &&detente_doc::DateMention| !quotes.iter().any(|q| q.contains(d.span)) && !d.relative;
    let here: Vec<&detente_doc::DateMention> = doc
        .dates
        .iter()
        .filter(|d| span.contains(d.span))
        .filter(usable)
        .collect();
    if !here.is_empty() {
        // Nearest to the trigger, preferring dates with a value.
        let best = here
            .iter()
            .min_by_key(|d| {
                let dist = if d.span.end <= trig.span.start {
                    trig.span.start - d.span.end
                } else {
                    d.span.start.saturating_sub(trig.span.end)
                };
                (d.value.is_none(), dist)
            })
            .expect("non-empty");
        return (best.value, Some(doc.slice(best.span).to_string()));
    }
    // The paragraph's governing date: the latest date of an earlier sentence of the same block.
    let lower = doc.lower_slice(span);
    if [
        "earlier",
        "previously",
        "later",
        "before that",
        "at the same time",
        "in addition",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        && !lower.starts_with("in addition")
    {
        return (None, None);
    }
    let block = doc.sentences[s].block;
    let block_start = doc.blocks[block].span.start;
    let prior = doc
        .dates
        .iter()
        .filter(|d| d.span.start >= block_start && d.span.end <= span.start)
        .filter(usable)
        .filter(|d| d.value.is_some())
        .next_back();
    match prior {
        Some(d) => (d.value, Some(doc.slice(d.span).to_string())),
        None => (None, None),
    }
}
