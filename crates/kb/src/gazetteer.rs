//! One automaton over every name in the knowledge base.

use crate::Kb;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;

/// What a gazetteer phrase names. One phrase may name several things
/// ("Washington" is a capital standing for a state and a city); the
/// recognising stage chooses from the context.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    State(usize),
    StateAdjective(usize),
    Metonym(usize),
    Body(usize),
    Outlet(usize),
    Place(usize),
    /// A full name or alias of a known person.
    Person(usize),
    /// The bare surname of a known person.
    Surname(usize),
    Office(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CaseRule {
    /// Acronyms: "US", "UN", "WHO".
    Exact,
    /// Proper names: first letter upper-case in the text.
    Capitalised,
    /// A name of several capitalised words ("Russia Today"): each word capitalised
    /// in the text too, so "Russia today" is no outlet.
    Title,
    /// Common phrases (offices): any case.
    Any,
}

struct Entry {
    forms: Vec<(String, CaseRule)>,
    targets: Vec<Target>,
}

/// A match of a gazetteer phrase in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerHit<'g> {
    pub start: usize,
    pub end: usize,
    pub targets: &'g [Target],
}

#[derive(Default)]
pub struct Gazetteer {
    automaton: Option<AhoCorasick>,
    entries: Vec<Entry>,
    /// The first word of every entry (its letters and digits up to the
    /// first other character): a match that is kept starts with a whole
    /// word of the text, which must be one of these.
    first_words: crate::FastSet<String>,
    /// Some entry starts with a character that is no letter or digit.
    starts_without_word: bool,
}

/// The letters and digits `s` starts with.
fn first_word(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = 0;
    while end < b.len() && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end < b.len() && !b[end].is_ascii() {
        // Letters and digits of every script count.
        let rest = &s[end..];
        end += rest
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(rest.len(), |(i, _)| i);
    }
    &s[..end]
}

fn case_rule(form: &str) -> CaseRule {
    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
    let upper = form.chars().filter(|c| c.is_uppercase()).count();
    let first = form.chars().next().unwrap_or(' ');
    if letters >= 1 && upper == letters && letters <= 6 {
        CaseRule::Exact
    } else if first.is_lowercase() {
        CaseRule::Any
    } else {
        CaseRule::Capitalised
    }
}

impl Gazetteer {
    pub fn build(kb: &Kb) -> Gazetteer {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut add = |form: &str, target: Target| {
            let form = form.trim();
            let form = form.strip_prefix("the ").unwrap_or(form);
            if form.chars().count() < 2 {
                return;
            }
            let key = form.to_ascii_lowercase();
            let i = *index.entry(key).or_insert_with(|| {
                entries.push(Entry {
                    forms: Vec::new(),
                    targets: Vec::new(),
                });
                entries.len() - 1
            });
            let e = &mut entries[i];
            let rule = match case_rule(form) {
                CaseRule::Capitalised
                    if !matches!(target, Target::Office(_))
                        && form.split_whitespace().count() > 1
                        && form
                            .split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase)) =>
                {
                    CaseRule::Title
                }
                r => r,
            };
            if !e.forms.iter().any(|(f, _)| f == form) {
                e.forms.push((form.to_string(), rule));
            }
            if !e.targets.contains(&target) {
                e.targets.push(target);
            }
        };
        for (i, s) in kb.states.iter().enumerate() {
            add(&s.name, Target::State(i));
            if !s.official.is_empty() {
                add(&s.official, Target::State(i));
            }
            for a in &s.aliases {
                add(a, Target::State(i));
            }
            for a in &s.adjectives {
                add(a, Target::StateAdjective(i));
            }
        }
        for (i, m) in kb.metonyms.iter().enumerate() {
            add(&m.phrase, Target::Metonym(i));
        }
        for (i, b) in kb.bodies.iter().enumerate() {
            add(&b.name, Target::Body(i));
            for a in &b.aliases {
                add(a, Target::Body(i));
            }
        }
        for (i, o) in kb.outlets.iter().enumerate() {
            add(&o.name, Target::Outlet(i));
            for a in &o.aliases {
                add(a, Target::Outlet(i));
            }
        }
        for (i, p) in kb.places.iter().enumerate() {
            add(&p.name, Target::Place(i));
            for a in &p.aliases {
                add(a, Target::Place(i));
            }
        }
        for (i, o) in kb.offices.iter().enumerate() {
            for p in &o.patterns {
                add(p, Target::Office(i));
            }
        }
        for (i, p) in kb.people.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                if n.contains(' ') {
                    add(n, Target::Person(i));
                    if let Some(last) = n.rsplit(' ').next() {
                        add(last, Target::Surname(i));
                    }
                } else {
                    add(n, Target::Surname(i));
                }
            }
        }
        let patterns: Vec<String> = index_in_order(&index, entries.len());
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // Anchored searches retry a shorter entry where the longest
            // one has the wrong case ("Russia today" is no outlet).
            .start_kind(StartKind::Both)
            .build(&patterns)
            .ok();
        let first_words = patterns.iter().map(|p| first_word(p).to_string()).collect();
        let starts_without_word = patterns.iter().any(|p| first_word(p).is_empty());
        Gazetteer {
            automaton,
            entries,
            first_words,
            starts_without_word,
        }
    }

    /// Every match in `text` (given with its ASCII-lower-cased twin `lower`)
    /// that sits on word boundaries and has the right case.
    pub fn find<'g>(&'g self, text: &str, lower: &str) -> Vec<GazetteerHit<'g>> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let accepts = |s: usize, e: usize, entry: &Entry| {
            let found = &text[s..e];
            boundary_before(text, s)
                && boundary_after(bytes, text, e)
                && entry.forms.iter().any(|(form, rule)| match rule {
                    CaseRule::Exact => found == form,
                    CaseRule::Any => true,
                    CaseRule::Capitalised => found.chars().next().is_some_and(char::is_uppercase),
                    CaseRule::Title => found
                        .split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase)),
                })
        };
        // A match is kept only where a word may start (`boundary_before`)
        // and only when that word begins some entry (`first_words`): the
        // longest entry is looked for there alone, anchored. These are the
        // matches of the leftmost-longest search over the whole text, which
        // stopped at every entry found inside a word ("Li" in "military")
        // only to refuse it.
        let mut p = 0;
        let mut word_before = false;
        let bytes = lower.as_bytes();
        while p < bytes.len() {
            // The character at `p`: whether it is a letter or digit, its length.
            let (alnum, len) = match bytes[p] {
                b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
                _ => {
                    let c = lower[p..].chars().next().unwrap_or(' ');
                    (c.is_alphanumeric(), c.len_utf8())
                }
            };
            if word_before || bytes[p] == b' ' {
                word_before = alnum;
                p += len;
                continue;
            }
            let word = first_word(&lower[p..]);
            let may_start = match word.is_empty() {
                true => self.starts_without_word,
                false => self.first_words.contains(word),
            };
            if !may_start {
                // Past the word: no entry starts inside it.
                p += word.len().max(len);
                word_before = alnum;
                continue;
            }
            if let Some(m) = ac.find(Input::new(lower).range(p..).anchored(Anchored::Yes)) {
                let (s, mut e) = (m.start(), m.end());
                let mut entry = &self.entries[m.pattern().as_usize()];
                // The longest entry at `s` refused: the next shorter one there.
                while !accepts(s, e, entry) {
                    let shorter = ac.find(
                        Input::new(lower)
                            .range(s..e.saturating_sub(1).max(s))
                            .anchored(Anchored::Yes),
                    );
                    match shorter {
                        Some(x) if x.end() > s => {
                            e = x.end();
                            entry = &self.entries[x.pattern().as_usize()];
                        }
                        _ => {
                            e = s;
                            break;
                        }
                    }
                }
                if e > s {
                    out.push(GazetteerHit {
                        start: s,
                        end: e,
                        targets: &entry.targets,
                    });
                    p = e;
                    word_before = !boundary_before(text, e);
                    continue;
                }
            }
            word_before = alnum;
            p += len;
        }
        out
    }

    /// The targets of an exact phrase, if the gazetteer has it.
    pub fn lookup(&self, phrase: &str) -> &[Target] {
        let Some(ac) = &self.automaton else {
            return &[];
        };
        let lower = phrase.to_ascii_lowercase();
        match ac.find(&lower) {
            Some(m) if m.start() == 0 && m.end() == lower.len() => {
                &self.entries[m.pattern().as_usize()].targets
            }
            _ => &[],
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn index_in_order(index: &HashMap<String, usize>, n: usize) -> Vec<String> {
    let mut v = vec![String::new(); n];
    for (k, &i) in index {
        v[i] = k.clone();
    }
    v
}

fn boundary_before(text: &str, s: usize) -> bool {
    text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(bytes: &[u8], text: &str, e: usize) -> bool {
    if e >= bytes.len() {
        return true;
    }
    text[e..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds the topics whose keywords occur in a lower-cased text, in one pass.
#[derive(Default)]
pub struct TopicMatcher {
    automaton: Option<AhoCorasick>,
    /// Per pattern: the topic and whether the keyword matches any ending.
    keywords: Vec<(usize, bool)>,
}

impl TopicMatcher {
    pub fn build(topics: &[crate::Topic]) -> TopicMatcher {
        let mut patterns = Vec::new();
        let mut keywords = Vec::new();
        for (ti, t) in topics.iter().enumerate() {
            for k in &t.keywords {
                let (k, prefix) = match k.strip_suffix('*') {
                    Some(k) => (k, true),
                    None => (k.as_str(), false),
                };
                patterns.push(k.to_ascii_lowercase());
                keywords.push((ti, prefix));
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok();
        TopicMatcher {
            automaton,
            keywords,
        }
    }

    /// Indices of the topics found in `lower` (ASCII-lower-cased text), sorted.
    pub fn topics_in(&self, lower: &str) -> Vec<usize> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(lower) {
            let (topic, prefix) = self.keywords[m.pattern().as_usize()];
            if out.contains(&topic) {
                continue;
            }
            let before_ok = lower[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = prefix
                || lower[m.end()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                out.push(topic);
            }
        }
        out.sort_unstable();
        out
    }
}
