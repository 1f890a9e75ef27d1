//! The event lexicon of `kb/lexicon/`: verbs and nouns as lemmas with the
//! argument frames that decide an event's type, mode and roles when read
//! from a dependency parse. One entry a line (see `kb/lexicon/README.md`):
//! `TYPE  MODE  FRAME  EXAMPLE`.

use std::collections::HashMap;

use crate::{KbError, PLOVER_TYPES};

/// Where the recipient of a frame is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The frame names no recipient.
    None,
    /// The direct object (the indirect object when there are both).
    Object,
    /// The noun governed by this preposition.
    Prep(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexEntry {
    pub event: String,
    pub mode: Option<String>,
    /// Lemma of the verb or noun that carries the event.
    pub head: String,
    pub noun: bool,
    /// Lemmas that must be dependents of the head ("over", "sanction").
    pub words: Vec<String>,
    pub recipient: Slot,
    /// For converse verbs ("received aid from X"): the preposition of the actor;
    /// the subject is then the recipient.
    pub actor_prep: Option<String>,
    /// The head takes a clause ("agreed to cooperate"); its event wins.
    pub clause: bool,
    pub example: String,
    /// Where the entry comes from: file and line.
    pub source: (String, usize),
}

impl LexEntry {
    /// How much of the sentence the frame pins down; the most specific
    /// matching frame wins.
    pub fn specificity(&self) -> usize {
        3 * self.words.len()
            + 2 * matches!(self.recipient, Slot::Prep(_)) as usize
            + self.actor_prep.is_some() as usize * 2
            + (self.recipient == Slot::Object) as usize
            + self.clause as usize
    }
}

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub entries: Vec<LexEntry>,
    by_head: HashMap<(String, bool), Vec<usize>>,
}

impl Lexicon {
    /// Adds the entries of one file; `noun` for `nouns.tsv`.
    pub fn extend_from_tsv(&mut self, file: &str, text: &str, noun: bool) -> Result<(), KbError> {
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| KbError {
                file: file.to_string(),
                line: i + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 4 {
                return Err(err(format!(
                    "expected 4 tab-separated columns (TYPE MODE FRAME EXAMPLE), found {}",
                    cols.len()
                )));
            }
            let event = cols[0].trim();
            if !PLOVER_TYPES.contains(&event) {
                return Err(err(format!("'{event}' is not a PLOVER event type")));
            }
            let mode = match cols[1].trim() {
                "-" | "" => None,
                m => Some(m.to_string()),
            };
            let mut items = cols[2].split_whitespace();
            let head = items
                .next()
                .ok_or_else(|| err("empty frame".into()))?
                .to_lowercase();
            let mut entry = LexEntry {
                event: event.to_string(),
                mode,
                head,
                noun,
                words: Vec::new(),
                recipient: Slot::None,
                actor_prep: None,
                clause: false,
                example: cols[3].trim().to_string(),
                source: (file.to_string(), i + 1),
            };
            for item in items {
                match item {
                    "R" => entry.recipient = Slot::Object,
                    "+V" => entry.clause = true,
                    _ => match item.split_once(':') {
                        Some((p, "R")) => entry.recipient = Slot::Prep(p.to_lowercase()),
                        Some((p, "A")) => entry.actor_prep = Some(p.to_lowercase()),
                        Some(_) => return Err(err(format!("'{item}': a slot is PREP:R or PREP:A"))),
                        None if item.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'') => {
                            entry.words.push(item.to_string())
                        }
                        None => return Err(err(format!("'{item}' is neither a slot (R, PREP:R, PREP:A, +V) nor a lower-case lemma"))),
                    },
                }
            }
            let key = (entry.head.clone(), noun);
            self.by_head
                .entry(key)
                .or_default()
                .push(self.entries.len());
            self.entries.push(entry);
        }
        Ok(())
    }

    /// Entries whose head is `lemma` (lower case), verbs or nouns.
    pub fn entries_for(&self, lemma: &str, noun: bool) -> impl Iterator<Item = &LexEntry> {
        self.by_head
            .get(&(lemma.to_string(), noun))
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
    }

    pub fn has_head(&self, lemma: &str, noun: bool) -> bool {
        self.by_head.contains_key(&(lemma.to_string(), noun))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_frames_and_refuses_bad_lines() {
        let mut l = Lexicon::default();
        l.extend_from_tsv(
            "v.tsv",
            "# c\nAID\tmilitary\tsend arm to:R\tChile sent arms to Peru.\nAID\t-\treceive aid from:A\tPeru received aid from Chile.\nAGREE\t-\toffer +V\tPeru offered to talk.\n",
            false,
        )
        .unwrap();
        let send: Vec<_> = l.entries_for("send", false).collect();
        assert_eq!(send[0].words, vec!["arm"]);
        assert_eq!(send[0].recipient, Slot::Prep("to".into()));
        assert_eq!(
            l.entries_for("receive", false)
                .next()
                .unwrap()
                .actor_prep
                .as_deref(),
            Some("from")
        );
        assert!(l.entries_for("offer", false).next().unwrap().clause);
        assert!(l.entries_for("send", true).next().is_none());
        let e = l
            .extend_from_tsv("v.tsv", "MEET\t-\tmeet R\tx\n", false)
            .unwrap_err();
        assert!(
            e.to_string().contains("v.tsv:1") && e.message.contains("PLOVER"),
            "{e}"
        );
        let e = l
            .extend_from_tsv("v.tsv", "AID\t-\tsend Arms\tx\n", false)
            .unwrap_err();
        assert!(e.message.contains("Arms"), "{e}");
        assert!(l.extend_from_tsv("v.tsv", "AID\t-\tsend\n", false).is_err());
    }
}
