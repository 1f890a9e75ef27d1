//! The TOML parts of the knowledge base: event patterns (`events.toml`),
//! topics (`topics.toml`) and page-furniture rules (`cleaning.toml`).

use crate::FastMap;
use crate::KbError;
use serde::Deserialize;

/// What the grammatical subject or object of a trigger is in the event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Actor,
    Recipient,
    /// Neither: the words there are not a party ("handed Waltz a list": Waltz
    /// only receives the paper).
    None,
}

/// One element of a trigger phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatternElem {
    /// One token, any of these lower-case words.
    Word(Vec<String>),
    /// Up to this many tokens of anything.
    Gap(u8),
}

/// A way the text reports an event of one PLOVER type.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventPattern {
    pub event: String,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub context: Vec<String>,
    /// `noun` triggers take their parties from "between A and B", "A's",
    /// "of the A and B delegations"; `verb` triggers from subject and object.
    #[serde(default = "default_kind")]
    pub kind: String,
    pub phrases: Vec<String>,
    /// Role of the clause subject (active voice).
    #[serde(default)]
    pub subject: Role,
    /// Role of what follows the trigger.
    #[serde(default = "default_object")]
    pub object: Role,
    /// Parties are interchangeable (talks, calls, joint agreements).
    #[serde(default)]
    pub symmetric: bool,
    /// The trigger only counts when one of these words comes right before it.
    #[serde(default)]
    pub requires_before: Vec<String>,
    /// The trigger does not count right after one of these (within 3 tokens).
    #[serde(default)]
    pub not_after: Vec<String>,
    /// The trigger does not count right before one of these words.
    #[serde(default)]
    pub not_before: Vec<String>,
    /// The trigger needs a party after it (an object, or "again"/"each other").
    #[serde(default)]
    pub needs_object: bool,
    /// The event names its place as a party ("visited Moscow": Moscow is the host).
    #[serde(default)]
    pub place_is_recipient: bool,
    /// Only someone's statement makes it an event: "Beijing said Manila
    /// was responsible" is a charge, "the ministry is responsible for
    /// trade" none.
    #[serde(default)]
    pub needs_speaker: bool,
    #[serde(skip)]
    pub compiled: Vec<Vec<PatternElem>>,
}

fn default_kind() -> String {
    "verb".into()
}
fn default_object() -> Role {
    Role::Recipient
}

/// Every event pattern, indexed by the first word of each phrase.
#[derive(Default)]
pub struct PatternSet {
    pub patterns: Vec<EventPattern>,
    /// First word of a phrase -> (pattern, phrase) pairs.
    pub by_first_word: FastMap<String, Vec<(usize, usize)>>,
}

#[derive(Deserialize)]
struct EventsFile {
    #[serde(default)]
    pattern: Vec<EventPattern>,
}

/// The type of a pattern for a phrase that looks like an event but reports
/// none ("met its commitments", "released a statement"): it takes its words,
/// so that no other pattern and no lexicon frame reads them, and gives no
/// event.
pub const NO_EVENT: &str = "NONE";

pub const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];

impl PatternSet {
    pub fn extend_from_toml(&mut self, file: &str, text: &str) -> Result<(), KbError> {
        let parsed: EventsFile = toml::from_str(text).map_err(|e| KbError {
            file: file.into(),
            line: 0,
            message: e.to_string(),
        })?;
        for mut p in parsed.pattern {
            if !PLOVER_TYPES.contains(&p.event.as_str()) && p.event != NO_EVENT {
                return Err(KbError {
                    file: file.into(),
                    line: 0,
                    message: format!("`{}` is not a PLOVER event type (or NONE)", p.event),
                });
            }
            if p.kind != "noun" && p.kind != "verb" {
                return Err(KbError {
                    file: file.into(),
                    line: 0,
                    message: format!("pattern kind `{}` is neither noun nor verb", p.kind),
                });
            }
            p.compiled = p.phrases.iter().map(|ph| compile_phrase(ph)).collect();
            let pi = self.patterns.len();
            for (qi, elems) in p.compiled.iter().enumerate() {
                match elems.first() {
                    Some(PatternElem::Word(words)) => {
                        for w in words {
                            // "sit-in" is read as "sit", "-", "in": found by its first part.
                            let first = w.split('-').find(|p| !p.is_empty()).unwrap_or(w);
                            let entry = self.by_first_word.entry(first.to_string()).or_default();
                            if !entry.contains(&(pi, qi)) {
                                entry.push((pi, qi));
                            }
                        }
                    }
                    _ => {
                        return Err(KbError {
                            file: file.into(),
                            line: 0,
                            message: format!("phrase `{}` must start with a word", p.phrases[qi]),
                        })
                    }
                }
            }
            self.patterns.push(p);
        }
        Ok(())
    }
}

/// `visit+` gives the forms of a regular verb; `a|b` alternatives; `*` or
/// `*N` a gap of up to 4 (or N) tokens.
pub fn compile_phrase(phrase: &str) -> Vec<PatternElem> {
    phrase
        .split_whitespace()
        .map(|tok| {
            if let Some(n) = tok.strip_prefix('*') {
                return PatternElem::Gap(n.parse().unwrap_or(4));
            }
            let mut words = Vec::new();
            for alt in tok.split('|') {
                let alt = alt.to_lowercase();
                match alt.strip_suffix('+') {
                    Some(base) => words.extend(verb_forms(base)),
                    None => words.push(alt),
                }
            }
            words.dedup();
            PatternElem::Word(words)
        })
        .collect()
}

/// The forms of a regular English verb.
pub fn verb_forms(base: &str) -> Vec<String> {
    let b = base.to_string();
    let mut v = vec![b.clone()];
    let last = b.chars().last().unwrap_or(' ');
    let before_last = b.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "aeiou".contains(c);
    if last == 'e' {
        v.push(format!("{b}s"));
        v.push(format!("{b}d"));
        if b.ends_with("ee") {
            v.push(format!("{b}ing"));
        } else {
            v.push(format!("{}ing", &b[..b.len() - 1]));
        }
    } else if last == 'y' && !vowel(before_last) {
        let stem = &b[..b.len() - 1];
        v.push(format!("{stem}ies"));
        v.push(format!("{stem}ied"));
        v.push(format!("{b}ing"));
    } else if b.ends_with('s') || b.ends_with("sh") || b.ends_with("ch") || b.ends_with('x') {
        v.push(format!("{b}es"));
        v.push(format!("{b}ed"));
        v.push(format!("{b}ing"));
    } else {
        v.push(format!("{b}s"));
        v.push(format!("{b}ed"));
        v.push(format!("{b}ing"));
    }
    v
}

/// What an event is about.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    /// The PLOVER context the topic implies, if any.
    #[serde(default)]
    pub context: Option<String>,
    /// Lower-case words or phrases; a phrase matches on word boundaries.
    pub keywords: Vec<String>,
}

#[derive(Deserialize)]
struct TopicsFile {
    #[serde(default)]
    topic: Vec<Topic>,
}

pub(crate) fn parse_topics(file: &str, text: &str, out: &mut Vec<Topic>) -> Result<(), KbError> {
    let parsed: TopicsFile = toml::from_str(text).map_err(|e| KbError {
        file: file.into(),
        line: 0,
        message: e.to_string(),
    })?;
    for t in parsed.topic {
        match out.iter_mut().find(|x| x.id == t.id) {
            Some(old) => *old = t,
            None => out.push(t),
        }
    }
    Ok(())
}

/// What the cleaning stage removes from scraped text.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CleaningRules {
    /// Lines that are furniture when they are exactly this (case-insensitive).
    #[serde(default)]
    pub drop_lines: Vec<String>,
    /// Lines that are furniture when they start with this (case-insensitive).
    #[serde(default)]
    pub drop_prefixes: Vec<String>,
    /// Lines that are furniture when they contain every word of one group.
    #[serde(default)]
    pub drop_when_all: Vec<Vec<String>>,
    /// Photo and image credits (start of line, case-insensitive).
    #[serde(default)]
    pub credit_prefixes: Vec<String>,
    /// Headings of lists of links to other stories ("Read more",
    /// "Related"): the headlines listed under one are not this article's.
    #[serde(default)]
    pub link_list_headings: Vec<String>,
}

impl CleaningRules {
    pub fn extend_from_toml(&mut self, file: &str, text: &str) -> Result<(), KbError> {
        let parsed: CleaningRules = toml::from_str(text).map_err(|e| KbError {
            file: file.into(),
            line: 0,
            message: e.to_string(),
        })?;
        let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase());
        self.drop_lines.extend(lower(parsed.drop_lines));
        self.drop_prefixes.extend(lower(parsed.drop_prefixes));
        self.credit_prefixes.extend(lower(parsed.credit_prefixes));
        self.link_list_headings
            .extend(lower(parsed.link_list_headings));
        self.drop_when_all
            .extend(parsed.drop_when_all.into_iter().map(|g| lower(g).collect()));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_follow_spelling_rules() {
        assert_eq!(
            verb_forms("visit"),
            ["visit", "visits", "visited", "visiting"]
        );
        assert_eq!(
            verb_forms("agree"),
            ["agree", "agrees", "agreed", "agreeing"]
        );
        assert_eq!(verb_forms("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(verb_forms("push"), ["push", "pushes", "pushed", "pushing"]);
    }

    #[test]
    fn phrases_compile_to_words_and_gaps() {
        let p = compile_phrase("hand+ * list|lists of violations");
        assert_eq!(p.len(), 5);
        assert_eq!(p[1], PatternElem::Gap(4));
        assert_eq!(p[2], PatternElem::Word(vec!["list".into(), "lists".into()]));
    }
}
