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
    let before_lower = &doc.lower[doc.sentences[s].span.start..trig.span.start];
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
        || lower.contains("will be held");
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
    let status = if future && (expected || !past_marker) {
        Status::Planned
    } else {
        Status::Occurred
    };
    Some(StatusOf { status, negated })
}

/// Attribution of sentence `s`: `Some(claimer)` when the sentence reports
/// what someone claims ("according to X", "X claims that", "sources say").
pub(crate) fn attribution(doc: &Doc, s: usize) -> Option<Claim> {
    let span = doc.sentences[s].span;
    let lower = doc.lower_slice(span);
    // Most sentences attribute nothing: one pass decides.
    static CUES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::new([
            "according to",
            "claim",
            "alleg",
            "report",
            "says that",
            "writes that",
            "wrote that",
        ])
        .expect("static patterns")
    });
    if !cues.is_match(lower) {
        return None;
    }
    let after_phrase = |phrase: &str| -> Option<Claim> {
        let i = lower.find(phrase)?;
        let at = span.start + i + phrase.len();
        Some(Claim {
            claimer: doc
                .mentions
                .iter()
                .filter(|m| m.span.start >= at && m.span.start < at + 80)
                .find(|m| !matches!(doc.entities[m.entity].kind, EntityKind::Place))
                .map(|m| m.entity),
            at: span.start + i,
            whole_sentence: i < 3,
        })
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
            // "remove the claim to Karabakh", "their claims": the noun, not an attribution.
            let prev = lower[..i].split_whitespace().next_back().unwrap_or("");
            if verb.starts_with(" claim")
                && matches!(
                    prev,
                    "the"
                        | "a"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "this"
                        | "these"
                        | "territorial"
                        | "our"
                        | "any"
                        | "such"
                )
            {
                continue;
            }
            let at = span.start + i;
            let claimer = doc
                .mentions
                .iter()
                .filter(|m| m.span.end <= at && m.span.start >= span.start)
                .rfind(|m| !matches!(doc.entities[m.entity].kind, EntityKind::Place))
                .map(|m| m.entity);
            // "says that" counts only for media and anonymous sources, not for officials' statements.
            let media = claimer.is_some_and(|e| doc.entities[e].kind == EntityKind::Media)
                || lower[..i].contains("sources");
            if verb.contains("claim") || verb.contains("alleg") || media {
                // "X claims that …": everything after the verb is the claim.
                return Some(Claim {
                    claimer,
                    at,
                    whole_sentence: true,
                });
            }
        }
    }
    if lower.contains("reportedly") || lower.contains("allegedly") {
        return Some(Claim {
            claimer: None,
            at: span.start,
            whole_sentence: true,
        });
    }
    None
}

/// Who claims what a sentence reports, and where the attribution stands.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Claim {
    pub claimer: Option<usize>,
    /// Byte offset of the attribution phrase.
    pub at: usize,
    /// It opens the sentence or governs it all ("X claims that …").
    pub whole_sentence: bool,
}

impl Claim {
    /// Whether the attribution covers an event whose trigger is `trigger`.
    pub fn covers(&self, doc: &Doc, trigger: Span) -> bool {
        self.whole_sentence || same_clause(doc, self.at, trigger.start)
    }
}

/// No clause break between byte offsets `a` and `b` (in either order).
pub(crate) fn same_clause(doc: &Doc, a: usize, b: usize) -> bool {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    let between = &doc.lower[x..y];
    ![
        ", and ",
        "; ",
        ", but ",
        ", while ",
        ", which ",
        ", whereas ",
        ", although ",
        " and it was ",
        ", who ",
    ]
    .iter()
    .any(|m| between.contains(m))
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
        // A date that opens the sentence ("On March 18, …") governs all its clauses.
        .filter(|d| {
            same_clause(doc, d.span.start, trig.span.start) || d.span.start - span.start < 4
        })
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
        .rfind(|d| d.value.is_some());
    match prior {
        Some(d) => (d.value, Some(doc.slice(d.span).to_string())),
        None => (None, None),
    }
}
