//! Trigger phrases: where a sentence reports an event.

use detente_doc::{Doc, Span};
use detente_kb::{EventPattern, Kb, PatternElem};

/// A match of an event pattern's phrase in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trigger {
    pub pattern: usize,
    /// First token and one past the last token of the match.
    pub first: usize,
    pub end: usize,
    pub span: Span,
}

fn match_phrase(
    doc: &Doc,
    elems: &[PatternElem],
    at: usize,
    limit: usize,
    reads: &mut Vec<Read>,
) -> Option<usize> {
    let mut t = at;
    let mut i = 0;
    while i < elems.len() {
        match &elems[i] {
            PatternElem::Word(words) => {
                if t >= limit {
                    return None;
                }
                let len = words.iter().find_map(|w| word_at(doc, w, t, limit))?;
                // "fired tear gas on Monday at protesters": a closing
                // preposition that opens a date is the date's; the phrase
                // ends before it ("marched on Saturday"). A noun and its
                // preposition alone ("sanctions on") are no act without
                // what follows.
                if i + 1 == elems.len() && matches!(doc.token_lower(t), "on" | "in" | "at") {
                    reads.push(Read::DateAfter(t));
                }
                if i + 1 == elems.len() && opens_a_date(doc, t) {
                    let noun_alone =
                        elems.len() == 2 && doc.syntax.get(t - 1).is_some_and(|x| x.upos == "NOUN");
                    return (!noun_alone).then_some(t);
                }
                t += len;
                i += 1;
            }
            PatternElem::Gap(n) => {
                // Try the rest after 0..=n skipped words, shortest first. A
                // word joined by hyphens ("a cease-fire agreement") is one.
                let rest = &elems[i + 1..];
                let mut skip = 0;
                for words in 0..=*n as usize {
                    if t + skip > limit {
                        break;
                    }
                    // Gaps do not cross clause punctuation.
                    if skip > 0
                        && matches!(doc.token_text(t + skip - 1), "." | ";" | "—" | "\"" | "”")
                    {
                        break;
                    }
                    if let Some(e) = match_phrase(doc, rest, t + skip, limit, reads) {
                        return Some(e);
                    }
                    if words < *n as usize {
                        skip += 1;
                        while t + skip + 1 < limit && joining_hyphen(doc, t + skip) {
                            skip += 2;
                        }
                    }
                }
                return None;
            }
        }
    }
    Some(t)
}

/// How many tokens from `t` spell the pattern's word `w`: one, or for a
/// word joined by hyphens ("sit-in", "tit-for-tat") its parts and hyphens
/// as the splitter cuts them, written with no space between.
fn word_at(doc: &Doc, w: &str, t: usize, limit: usize) -> Option<usize> {
    if doc.token_lower(t) == w {
        return Some(1);
    }
    if !w.contains('-') || w.starts_with('-') || w.ends_with('-') {
        return None;
    }
    let mut k = t;
    for (i, part) in w.split('-').enumerate() {
        if i > 0 {
            if k + 1 >= limit || !joining_hyphen(doc, k) {
                return None;
            }
            k += 1;
        }
        if k >= limit || doc.token_lower(k) != part {
            return None;
        }
        k += 1;
    }
    Some(k - t)
}

/// Whether token `t` is a hyphen written between two words with no space
/// ("cease-fire").
pub(crate) fn joining_hyphen(doc: &Doc, t: usize) -> bool {
    t > 0
        && t + 1 < doc.tokens.len()
        && doc.token_text(t) == "-"
        && doc.tokens[t - 1].span.end == doc.tokens[t].span.start
        && doc.tokens[t].span.end == doc.tokens[t + 1].span.start
}

/// Whether token `t` is a preposition whose phrase is a date ("on
/// Monday", "on 3 May").
fn opens_a_date(doc: &Doc, t: usize) -> bool {
    matches!(doc.token_lower(t), "on" | "in" | "at")
        && t + 1 < doc.tokens.len()
        && crate::frames::in_a_date(doc, t + 1)
}

fn starts_with_words(doc: &Doc, at: usize, limit: usize, phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .enumerate()
        .all(|(i, w)| at + i < limit && doc.token_lower(at + i) == w)
}

fn ends_with_words(doc: &Doc, before: usize, floor: usize, phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if before < floor + words.len() {
        return false;
    }
    let first = before - words.len();
    words
        .iter()
        .enumerate()
        .all(|(i, w)| doc.token_lower(first + i) == *w)
}

fn allowed(doc: &Doc, p: &EventPattern, first: usize, end: usize, a: usize, b: usize) -> bool {
    if p.not_before
        .iter()
        .any(|w| starts_with_words(doc, end, b, w))
    {
        return false;
    }
    // Within three words before the trigger.
    for k in 1..=3usize {
        if first < a + k {
            break;
        }
        let t = first - k;
        if matches!(doc.token_text(t), "," | ";" | "." | "—") {
            break;
        }
        for w in &p.not_after {
            if !w.contains(' ') && doc.token_lower(t) == w {
                return false;
            }
        }
    }
    if p.not_after
        .iter()
        .any(|w| w.contains(' ') && ends_with_words(doc, first, a, w))
    {
        return false;
    }
    if !p.requires_before.is_empty()
        && (first == a
            || !p
                .requires_before
                .iter()
                .any(|w| doc.token_lower(first - 1) == w))
    {
        return false;
    }
    true
}

/// Whether token `t` is a proper noun inside a date: "meet in March to
/// continue", a month read as a date, is no verb.
fn month_in_date(doc: &Doc, t: usize) -> bool {
    doc.syntax.get(t).is_some_and(|x| x.upos == "PROPN")
        && doc
            .dates
            .iter()
            .any(|d| d.span.contains(doc.tokens[t].span))
}

/// Whether token `t` is a gerund after a preposition or a verb ("after
/// meeting …", "are meeting …"): the verb's act, not the noun's.
pub(crate) fn gerund_after_verb_or_preposition(doc: &Doc, t: usize) -> bool {
    doc.syntax.get(t).is_some_and(|x| x.xpos == "VBG")
        && doc
            .syntax
            .get(t - 1)
            .is_some_and(|x| matches!(x.upos, "ADP" | "SCONJ" | "AUX" | "VERB" | "PART"))
}

/// The triggers of sentence `s`, left to right, not overlapping; at each
/// position the longest phrase wins.
pub fn find_triggers(doc: &Doc, kb: &Kb, s: usize) -> Vec<Trigger> {
    find_triggers_noting(doc, kb, s, &mut Vec::new())
}

/// What [`find_triggers`] read of a token's tags or of the dates, and
/// which answer would have refused a phrase.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Read {
    /// Whether the phrase opening at the token is a gerund after a verb or
    /// a preposition.
    Gerund(usize),
    /// Whether the token is a proper noun in a date (a month).
    MonthName(usize),
    /// Whether the preposition closing a phrase opens a date.
    DateAfter(usize),
}

impl Read {
    /// Whether the answer, asked of the tagged `doc` with its dates, is the
    /// one that refuses (where it was not, without tags or dates).
    pub(crate) fn refuses(self, doc: &Doc) -> bool {
        match self {
            Read::Gerund(t) => gerund_after_verb_or_preposition(doc, t),
            Read::MonthName(t) => month_in_date(doc, t),
            Read::DateAfter(t) => opens_a_date(doc, t),
        }
    }
}

/// [`find_triggers`], noting in `reads` what it read of the tags and the
/// dates: where no answer would refuse ([`Read::refuses`]), the triggers
/// are the same with tags and dates as without.
pub(crate) fn find_triggers_noting(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    reads: &mut Vec<Read>,
) -> Vec<Trigger> {
    let (a, b) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let mut out: Vec<Trigger> = Vec::new();
    let mut t = a;
    while t < b {
        let mut best: Option<Trigger> = None;
        let cands = kb.patterns.by_first_word.get(doc.token_lower(t));
        if cands.is_some() {
            reads.push(Read::MonthName(t));
        }
        if let Some(cands) = cands.filter(|_| !month_in_date(doc, t)) {
            for &(pi, qi) in cands {
                let p = &kb.patterns.patterns[pi];
                let Some(end) = match_phrase(doc, &p.compiled[qi], t, b, reads) else {
                    continue;
                };
                if !allowed(doc, p, t, end, a, b) {
                    continue;
                }
                // "after meeting Egypt's intelligence chief", "are meeting
                // in Muscat": a gerund after a preposition or a verb is the
                // verb's act, not the noun's (not "the ministers' meeting").
                if p.kind == "noun" && t > a {
                    reads.push(Read::Gerund(t));
                    if gerund_after_verb_or_preposition(doc, t) {
                        continue;
                    }
                }
                // Equal length: "to visit Moscow" is a verb, "his visit" a noun.
                let prefer = |x: &Trigger| {
                    let prev = if t > a { doc.token_lower(t - 1) } else { "" };
                    let noun_context = matches!(
                        prev,
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "'s"
                            | "’s"
                            | "first"
                            | "second"
                            | "next"
                            | "new"
                            | "latest"
                            | "last"
                            | "official"
                            | "state"
                            | "working"
                            | "two-day"
                            | "three-day"
                            | "one-day"
                    );
                    let this_noun = p.kind == "noun";
                    let that_noun = kb.patterns.patterns[x.pattern].kind == "noun";
                    this_noun != that_noun && this_noun == noun_context
                };
                if best
                    .as_ref()
                    .is_none_or(|x| end > x.end || end == x.end && prefer(x))
                {
                    best = Some(Trigger {
                        pattern: pi,
                        first: t,
                        end,
                        span: Span::new(doc.tokens[t].span.start, doc.tokens[end - 1].span.end),
                    });
                }
            }
        }
        match best {
            Some(tr) => {
                t = tr.end;
                out.push(tr);
            }
            None => t += 1,
        }
    }
    out
}
