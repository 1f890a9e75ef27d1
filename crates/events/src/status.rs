//! Whether an event occurred, is planned, is claimed, or is negated; and when.

use crate::triggers::Trigger;
use detente_doc::{DateValue, Doc, EntityKind, Mention, Span, Status};
use detente_kb::{EventPattern, Kb};

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
    // The splitter's halves of "won't", "don't": "won" + "'t" are "will" + "not".
    for i in 0..words.len() {
        if matches!(words[i], "'t" | "’t") {
            words[i] = "n't";
            if i > 0 && matches!(words[i - 1], "won" | "wo") {
                words[i - 1] = "will";
            }
        }
    }
    // "Hamas, which did not take part in the talks, accused Israel": a
    // relative clause set off by commas is not the trigger's clause.
    let mut i = 0;
    while i + 1 < words.len() {
        if words[i] == "," && matches!(words[i + 1], "which" | "who" | "whom" | "whose") {
            if let Some(j) = words[i + 1..].iter().position(|w| *w == ",") {
                words.drain(i..=i + 1 + j);
                continue;
            }
        }
        i += 1;
    }
    let trigger_words: Vec<&str> = (trig.first..trig.end).map(|t| doc.token_lower(t)).collect();
    let negated = !trigger_words.iter().any(|w| NEGATIONS.contains(w))
        && (words.iter().any(|w| NEGATIONS.contains(w))
            || words.windows(2).any(|w| w == ["no", "longer"])
            || words
                .iter()
                .any(|w| matches!(*w, "failed" | "refused" | "declined" | "unable")));
    let lower = doc.lower_slice(doc.sentences[s].span);
    let before_lower = &doc.lower[doc.sentences[s].span.start..trig.span.start];
    // Where each phrase of STATUS_PHRASES first occurs in the sentence,
    // found in one pass: in the sentence when it occurs, before the
    // trigger when its first occurrence ends there.
    let first = status_phrases(lower);
    let in_sentence = |x: usize| first[x].is_some();
    let before =
        |x: usize| first[x].is_some_and(|at| at + STATUS_PHRASES[x].len() <= before_lower.len());
    // Hypotheticals: conditions and modals.
    let near: Vec<&str> = words.iter().rev().take(4).copied().collect();
    // "It remains unclear whether the minister will travel", "Had Russia
    // agreed to the extension, …": an open question and a condition
    // contrary to fact are no act either.
    let if_clause = words
        .iter()
        .any(|w| matches!(*w, "if" | "unless" | "whether"))
        || before_lower.starts_with("if ")
        || before_lower.starts_with("had ") && !words.contains(&",")
        || before(IF);
    let expected = in_sentence(EXPECTED) || in_sentence(PREPARING) || in_sentence(PREPARATIONS);
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
        || PLANS.clone().any(before)
        || (trig.first > a
            && doc.token_lower(trig.first - 1) == "to"
            && p.kind == "verb"
            && !carried_out(doc, a, trig.first - 1))
        || in_sentence(WILL_BE_HELD)
        || (p.kind == "noun" && planned_after(doc, s, trig));
    let past_marker = PAST.clone().any(in_sentence) && !in_sentence(WILL);
    let status = if future && (expected || !past_marker) {
        Status::Planned
    } else {
        Status::Occurred
    };
    Some(StatusOf { status, negated })
}

/// The phrases [`status_of`] looks for in a sentence, in one automaton:
/// what marks a condition, an expectation, a plan and a past.
const STATUS_PHRASES: &[&str] = &[
    " if ",
    "expected",
    "preparing",
    "preparations",
    // Plans (before the trigger).
    "plans to",
    "plan to",
    "planned to",
    "planning",
    " are to ",
    " is to ",
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
    "will be held",
    // Past markers.
    "took place",
    "was held",
    "were held",
    "had ",
    "has been",
    "have been",
    "will",
];
const IF: usize = 0;
const EXPECTED: usize = 1;
const PREPARING: usize = 2;
const PREPARATIONS: usize = 3;
const PLANS: std::ops::Range<usize> = 4..20;
const WILL_BE_HELD: usize = 20;
const PAST: std::ops::Range<usize> = 21..27;
const WILL: usize = 27;

/// Where each phrase of [`STATUS_PHRASES`] first occurs in `lower`.
fn status_phrases(lower: &str) -> [Option<usize>; STATUS_PHRASES.len()] {
    static PHRASES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let phrases = PHRASES
        .get_or_init(|| aho_corasick::AhoCorasick::new(STATUS_PHRASES).expect("static patterns"));
    let mut first = [None; STATUS_PHRASES.len()];
    for m in phrases.find_overlapping_iter(lower) {
        first[m.pattern().as_usize()].get_or_insert(m.start());
    }
    first
}

/// "Talks are to take place in Geneva", "A meeting is planned for May": the
/// words right after a noun trigger put it in the future.
fn planned_after(doc: &Doc, s: usize, trig: &Trigger) -> bool {
    let end = doc.sentences[s].end_token;
    // The noun's own verb: the first verb after it, before a clause break.
    let Some(k) = (trig.end..end.min(trig.end + 12))
        .take_while(|&k| {
            !matches!(
                doc.token_lower(k),
                "," | ";" | "that" | "which" | "who" | "where" | "when"
            )
        })
        .find(|&k| match doc.syntax.get(k) {
            Some(x) => matches!(x.upos, "VERB" | "AUX"),
            None => matches!(doc.token_lower(k), "is" | "are" | "will"),
        })
    else {
        return false;
    };
    let next = if k + 1 < end {
        doc.token_lower(k + 1)
    } else {
        ""
    };
    match doc.token_lower(k) {
        "will" => true,
        "is" | "are" => matches!(next, "to" | "planned" | "scheduled" | "due" | "expected"),
        _ => false,
    }
}

/// Nouns that name a news outlet: "the newspaper reported", "according to the
/// state news agency". An outlet reporting a fact is a source, not a party.
const MEDIA_NOUNS: &[&str] = &[
    "newspaper",
    "newspapers",
    "paper",
    "daily",
    "weekly",
    "agency",
    "agencies",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "channel",
    "outlet",
    "outlets",
    "media",
    "magazine",
    "website",
    "wire",
    "tabloid",
    "news",
    "press",
    "journalists",
    "correspondent",
];

/// Verbs of a statement: "Russia said it had shot down …".
const SAY: &[&str] = &[
    " said ",
    " says ",
    " stated ",
    " claimed ",
    " claims ",
    " reported ",
    " reports ",
    " announced ",
    " said.",
    " says.",
    " stated.",
    " reported.",
    " said,",
];

/// Verbs of "X claims that …", "sources say that …", in the order they
/// are tried.
const CLAIM_VERBS: &[&str] = &[
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
    // A charge's content is the charger's claim: "repeated allegations
    // that Ukrainian forces had shelled the plant".
    " allegations that",
    " allegation that",
    " accusations that",
    " accusation that",
    " charged that",
    " charges that",
    " complained that",
    " says that",
    " writes that",
    " wrote that",
];

/// Where each phrase of [`CLAIM_VERBS`], then of [`SAY`], first occurs in
/// `lower` (what `lower.find(phrase)` gives), found in one pass instead of
/// one search a phrase.
fn first_places(lower: &str) -> [Option<usize>; CLAIM_VERBS.len() + SAY.len()] {
    static PHRASES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        aho_corasick::AhoCorasick::new(CLAIM_VERBS.iter().chain(SAY)).expect("static patterns")
    });
    let mut first = [None; CLAIM_VERBS.len() + SAY.len()];
    // Overlapping matches: every occurrence of every phrase, those of one
    // phrase from left to right.
    for m in phrases.find_overlapping_iter(lower) {
        first[m.pattern().as_usize()].get_or_insert(m.start());
    }
    first
}

/// Whether the words of `text` name a news outlet.
fn names_media(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| MEDIA_NOUNS.contains(&w))
}

/// Attribution of sentence `s`: `Some(claimer)` when the sentence reports
/// what a party claims ("according to the ministry", "Russia said it had …",
/// "X claims that", "sources say"). A news outlet that reports a fact
/// ("according to Reuters", "the newspaper reported") is a source: the
/// event stays as it is.
pub(crate) fn attribution(doc: &Doc, kb: &Kb, s: usize) -> Option<Claim> {
    attribution_asking(doc, kb, s, &mut |at| {
        crate::frames::in_relative_clause(doc, s, at)
    })
}

/// Whether [`attribution`] of sentence `s` reads its tree: whether it asks
/// if a statement is told of a noun ("the talks that Russia said would
/// resume"), which it does only for a statement's verb after a possible
/// speaker (`crate::trees` parses the sentence then).
pub(crate) fn attribution_reads_tree(doc: &Doc, kb: &Kb, s: usize) -> bool {
    let mut asked = false;
    attribution_asking(doc, kb, s, &mut |_| {
        asked = true;
        true
    });
    asked
}

/// Whether sentence `s` has a word an attribution needs ("said",
/// "according to", "accus…"): most sentences attribute nothing, and one
/// pass over their letters tells.
pub(crate) fn has_attribution_cue(doc: &Doc, s: usize) -> bool {
    let lower = doc.lower_slice(doc.sentences[s].span);
    static CUES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        aho_corasick::AhoCorasick::new([
            "according to",
            "claim",
            "alleg",
            "accus",
            "charge",
            "complain",
            "report",
            "says",
            "said",
            "stated",
            "announced",
            "writes that",
            "wrote that",
        ])
        .expect("static patterns")
    });
    cues.is_match(lower)
}

/// Whether [`attribution_reads_tree`] may hold for sentence `s` whatever
/// its names and tags: it asks the tree only of a verb of [`SAY`] whose
/// first occurrence comes right after a word (a possible speaker, or the
/// words naming its office), not after a quotation's closing mark.
pub(crate) fn attribution_may_read_tree(doc: &Doc, s: usize) -> bool {
    if !has_attribution_cue(doc, s) {
        return false;
    }
    let lower = doc.lower_slice(doc.sentences[s].span);
    first_places(lower)[CLAIM_VERBS.len()..]
        .iter()
        .flatten()
        .any(|&i| {
            lower[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ')'))
        })
}

/// [`attribution`], asking `relative(at)` whether the statement whose verb
/// stands at byte `at` is told of a noun (the tree's answer).
fn attribution_asking(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    relative: &mut dyn FnMut(usize) -> bool,
) -> Option<Claim> {
    let span = doc.sentences[s].span;
    let lower = doc.lower_slice(span);
    if !has_attribution_cue(doc, s) {
        return None;
    }
    let is_media = |e: usize| doc.entities[e].kind == EntityKind::Media;
    if let Some(i) = lower.find("according to ") {
        // The source is the noun phrase after the phrase, up to a clause break.
        let from = i + "according to ".len();
        let to = [", ", "; ", " (", " — ", " – ", " - "]
            .iter()
            .filter_map(|b| lower[from..].find(b).map(|k| from + k))
            .min()
            .unwrap_or(lower.len());
        let (a, b) = (span.start + from, span.start + to);
        // ("according to a joint statement issued in Beijing": where it was
        // issued is no claimer.)
        let placed = |m: &Mention| {
            let t = doc.token_at(m.span.start);
            t > 0 && matches!(doc.token_lower(t - 1), "in" | "at")
        };
        let in_phrase: Vec<usize> = doc
            .mentions
            .iter()
            .filter(|m| m.span.start >= a && m.span.start < b)
            .filter(|m| !matches!(doc.entities[m.entity].kind, EntityKind::Place) && !placed(m))
            .map(|m| m.entity)
            .collect();
        // "according to the newspaper's sources": anonymous sources claim.
        let media = (names_media(&lower[from..to]) || in_phrase.iter().any(|&e| is_media(e)))
            && !lower[from..to].contains("source");
        if !media {
            return Some(Claim {
                claimer: in_phrase.first().copied(),
                at: span.start + i,
                whole_sentence: i < 3,
            });
        }
    }
    let first = first_places(lower);
    for (k, verb) in CLAIM_VERBS.iter().enumerate() {
        if let Some(i) = first[k] {
            // "remove the claim to Karabakh", "their claims": the noun, not an attribution.
            let prev = lower[..i].split_whitespace().next_back().unwrap_or("");
            // (Nor "Pakistan's claim that …", whoever denies it.)
            let possessed = prev.ends_with("'s") || prev.ends_with("’s");
            if verb.starts_with(" claim")
                && (possessed
                    || matches!(
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
                    ))
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
            // An outlet that reports is a source; "says that" counts only for
            // anonymous sources, not for officials' statements.
            let media = claimer.is_some_and(is_media)
                || names_media(lower[..i].split_whitespace().next_back().unwrap_or(""));
            if media {
                continue;
            }
            let sources = lower[..i].contains("sources");
            if verb.contains("claim")
                || verb.contains("alleg")
                || verb.contains("accus")
                || verb.contains("charge")
                || verb.contains("complain")
                || sources
            {
                // "X claims that …": everything after the verb is the claim.
                return Some(Claim {
                    claimer,
                    at,
                    whole_sentence: true,
                });
            }
        }
    }
    if let Some(c) = party_statement(doc, kb, s, &first[CLAIM_VERBS.len()..], relative) {
        return Some(c);
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

/// "Russia said it had shot down three drones", "Drones hit a depot overnight,
/// the Russian Defence Ministry said": a state, institution or armed group
/// stating what happened claims it. People's statements and government
/// offices' announcements report their side's diplomacy, and outlets are
/// sources; none of them counts here.
///
/// `first` is where each verb of [`SAY`] first occurs in the sentence.
/// `relative(at)`: whether the statement at `at` is told of a noun.
fn party_statement(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: &[Option<usize>],
    relative: &mut dyn FnMut(usize) -> bool,
) -> Option<Claim> {
    let span = doc.sentences[s].span;
    let lower = doc.lower_slice(span);
    for (k, verb) in SAY.iter().enumerate() {
        let Some(i) = first[k] else { continue };
        let at = span.start + i;
        // The speaker: the nearest mention before the verb, close to it.
        let Some(m) = doc
            .mentions
            .iter()
            .rfind(|m| m.span.end <= at && m.span.start >= span.start)
        else {
            continue;
        };
        // Right before the verb: in "the Kenyan minister said" the speaker is
        // the minister, not Kenya. But "the Georgian defence ministry said",
        // "the Kenyan government said": a state's own office or forces named
        // by what they are (kb/agents.tsv) speak for the state.
        let gap = &doc.lower[m.span.end..at];
        let mut office = false;
        if !gap.split_whitespace().all(|w| {
            let agent = kb.agent_sectors.contains_key(w)
                || w.strip_suffix('s')
                    .is_some_and(|w| kb.agent_sectors.contains_key(w));
            office |= agent;
            agent
                || office_word(kb, w)
                || matches!(
                    w,
                    "also"
                        | "has"
                        | "had"
                        | "have"
                        | "later"
                        | "earlier"
                        | "then"
                        | "previously"
                        // "Thailand's army said"
                        | "'s"
                        | "’s"
                )
        }) {
            continue;
        }
        if !office && gap.split_whitespace().any(|w| office_word(kb, w)) {
            continue;
        }
        // A government office announcing its own side's diplomacy ("the
        // Foreign Ministry reported") is the record of it; armed forces,
        // defence ministries, states and armed groups stating results claim them.
        // "confrontations that Washington said it was watching": a statement
        // told about a noun is not the sentence's attribution.
        if relative(at) {
            continue;
        }
        let e = &doc.entities[m.entity];
        let speaks_for_itself = match e.kind {
            EntityKind::State | EntityKind::Body => true,
            _ if office => {
                e.kind == EntityKind::State || e.code.is_some() && e.kind == EntityKind::Place
            }
            EntityKind::Institution => e.sector.as_deref() != Some("GOV"),
            _ => false,
        };
        if !speaks_for_itself {
            continue;
        }
        // The statement stands after the event ("…, Russia said."): it governs it all.
        let before = &doc.lower[span.start..m.span.start];
        let rest: Vec<&str> = lower[i + verb.len()..].split_whitespace().collect();
        let clause_words = |w: &&str| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "and" | "but" | "it" | "they" | "that" | "he" | "she" | "we" | "its" | "their"
            )
        };
        let trailing = rest.len() <= 4
            && !rest.iter().any(clause_words)
            && before.rsplit_once(',').is_some_and(|(_, w)| {
                let w: Vec<&str> = w.split_whitespace().collect();
                w.len() <= 3 && !w.iter().any(clause_words)
            });
        return Some(Claim {
            claimer: Some(m.entity),
            at,
            whole_sentence: trailing,
        });
    }
    None
}

/// A word of an office's title (`kb/offices.tsv`: "defence" of "defence
/// minister"), which also names which of a state's offices speaks: "the
/// Georgian defence ministry".
fn office_word(kb: &Kb, w: &str) -> bool {
    w.len() > 3 && kb.office_words.contains(w)
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

/// The date of the event: in its clause, else the governing date of its
/// paragraph; and whether that date is only the date of the statement that
/// reports it ("held talks …, the ministry said Friday").
pub(crate) fn event_date(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    trig: &Trigger,
    quotes: &[Span],
) -> (Option<DateValue>, Option<String>, bool) {
    let span = doc.sentences[s].span;
    // "the first meeting between the two leaders since February": a
    // named act's "since" tells how long it had not happened, not when it
    // did ("have fought since Monday" is dated by it).
    let noun_act = (trig.first..trig.end).all(|t| {
        doc.syntax
            .get(t)
            .is_some_and(|x| matches!(x.upos, "NOUN" | "ADJ" | "DET"))
    });
    let usable = |d: &&detente_doc::DateMention| {
        !quotes.iter().any(|q| q.contains(d.span))
            && !d.relative
            && (!noun_act || !doc.lower_slice(d.span).starts_with("since"))
    };
    let here: Vec<&detente_doc::DateMention> = doc
        .dates
        .iter()
        .filter(|d| span.contains(d.span))
        .filter(usable)
        // A date that opens the sentence ("On March 18, …") governs all its clauses.
        .filter(|d| {
            d.span.start - span.start < 4
                || same_clause(doc, d.span.start, trig.span.start)
                    && crate::frames::date_in_scope(doc, kb, s, d.span, trig.first, trig.end)
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
        let said = statement_date(doc, best.span, trig);
        return (best.value, Some(doc.slice(best.span).to_string()), said);
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
        return (None, None, false);
    }
    let block = doc.sentences[s].block;
    let block_start = doc.blocks[block].span.start;
    // A wire dateline ("KANO, June 4 (Wire) -", a sentence of its own that
    // ends in its dash) dates the filing, not the acts reported under it.
    let dateline = |d: &&detente_doc::DateMention| {
        doc.sentence_at(d.span.start).is_some_and(|ds| {
            let last = doc.sentences[ds].end_token - 1;
            matches!(doc.token_text(last), "-" | "–" | "—" | "--")
        })
    };
    // Nor does a span of months or years ("has deployed monitors since
    // 2023") date what is told after it.
    let long_span = |d: &&detente_doc::DateMention| d.value.is_some_and(|v| v.spans_months());
    let prior = doc
        .dates
        .iter()
        .filter(|d| d.span.start >= block_start && d.span.end <= span.start)
        .filter(usable)
        .filter(|d| !dateline(d) && !long_span(d))
        .rfind(|d| d.value.is_some());
    match prior {
        Some(d) => (d.value, Some(doc.slice(d.span).to_string()), false),
        None => (None, None, false),
    }
}

/// Whether the date at `span` hangs on a verb of saying other than the
/// event's own: the day the act was reported, not always the day it happened.
fn statement_date(doc: &Doc, span: Span, trig: &Trigger) -> bool {
    let toks = doc.tokens_in(span);
    toks.clone()
        .filter_map(|t| doc.syntax.get(t).and_then(|x| x.head))
        .find(|h| !toks.contains(h))
        .is_some_and(|h| {
            !(trig.first..trig.end).contains(&h)
                && matches!(
                    doc.syntax[h].lemma.as_str(),
                    "say" | "tell" | "announce" | "report" | "state" | "confirm" | "add"
                )
        })
}

/// "attempted to assassinate", "continued to send arms": the verb before
/// an infinitive at `to` says the act was done, not planned.
pub(crate) fn carried_out(doc: &Doc, first: usize, to: usize) -> bool {
    to > first
        && CARRIED_OUT.iter().any(|x| {
            let w = doc.token_lower(to - 1);
            w.starts_with(x) && !w.starts_with("attempting")
        })
}

/// Beginnings of verbs whose infinitive was carried out.
const CARRIED_OUT: &[&str] = &[
    "attempted",
    "tried",
    "managed",
    "continued",
    "continues",
    "began",
    "begun",
    "started",
    "resumed",
    "proceeded",
    "moved",
    "acted",
];
