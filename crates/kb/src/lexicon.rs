//! The event lexicon of `kb/lexicon/`: verbs and nouns as lemmas with the
//! argument frames that decide an event's type, mode and roles when read
//! from a dependency parse. One entry a line (see `kb/lexicon/README.md`):
//! `TYPE  MODE  FRAME  EXAMPLE`. A required word written `@class` stands
//! for every lemma of that noun class (`classes.tsv`: `class  a|b|c`); the
//! entry is expanded into one entry per member when it is read, so the
//! frame reader only ever sees plain lemmas.

use crate::FastMap;
use std::collections::BTreeMap;

use crate::{KbError, PLOVER_TYPES};

/// Where the recipient of a frame is found.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

/// What makes two entries the same frame: head, noun or verb, required
/// words (in any order), recipient, actor preposition and clause.
type FrameKey = (String, bool, Vec<String>, Slot, Option<String>, bool);

fn frame_key(e: &LexEntry) -> FrameKey {
    let mut words = e.words.clone();
    words.sort();
    (
        e.head.clone(),
        e.noun,
        words,
        e.recipient.clone(),
        e.actor_prep.clone(),
        e.clause,
    )
}

/// Currencies' signs: each a word of its own, the lemma of its amount
/// ("$2 billion", "€300 million"), which the parse stage reads as the
/// treebank's "$".
pub const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥", "₹", "₽"];

fn is_lemma(w: &str) -> bool {
    CURRENCY_SIGNS.contains(&w)
        || !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub entries: Vec<LexEntry>,
    /// Noun classes by name (without the `@`): their member lemmas, in the
    /// order first read.
    pub classes: BTreeMap<String, Vec<String>>,
    /// Entries made by expanding a `@class` (included in `entries`).
    pub expanded: usize,
    /// Expansions dropped because the same frame was already listed.
    pub shadowed: usize,
    /// Entries by head lemma: verbs (`[0]`) and nouns (`[1]`), looked up
    /// by `&str` without making a key.
    by_head: [FastMap<String, Vec<usize>>; 2],
    /// Each frame's entry, and whether it came from a class.
    frames: FastMap<FrameKey, (usize, bool)>,
    /// `classes` as sets, kept in step by
    /// [`Lexicon::extend_classes_from_tsv`], for [`Lexicon::in_class`].
    class_sets: FastMap<String, crate::FastSet<String>>,
    /// Irregular verb forms and their lemmas (`forms.tsv`), for the forms
    /// the parse stage's learnt lemmatiser does not know.
    pub forms: FastMap<String, String>,
}

/// The data lines of a TSV file of the lexicon: 1-based line number and
/// tab-separated columns; blank lines and `#` comments left out.
fn data_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, raw)| {
        let line = raw.trim_end_matches('\r');
        (!line.trim().is_empty() && !line.starts_with('#'))
            .then(|| (i + 1, line.split('\t').collect()))
    })
}

impl Lexicon {
    /// Adds the noun classes of one `classes.tsv`: `class <TAB> a|b|c`.
    /// A class named again (later in the file, or in a user's file) gets
    /// the new members added.
    pub fn extend_classes_from_tsv(&mut self, file: &str, text: &str) -> Result<(), KbError> {
        for (n, cols) in data_rows(text) {
            let err = |message: String| KbError {
                file: file.to_string(),
                line: n,
                message,
            };
            if cols.len() != 2 {
                return Err(err(format!(
                    "expected 2 tab-separated columns (class, lemmas), found {}",
                    cols.len()
                )));
            }
            let name = cols[0].trim().trim_start_matches('@');
            if !is_lemma(name) {
                return Err(err(format!(
                    "'{}': a class name is a lower-case word",
                    cols[0].trim()
                )));
            }
            let mut members = Vec::new();
            for m in cols[1].split('|').map(str::trim).filter(|m| !m.is_empty()) {
                if !is_lemma(m) {
                    return Err(err(format!(
                        "'{m}' in class '{name}' is not a lower-case lemma"
                    )));
                }
                members.push(m.to_string());
            }
            if members.is_empty() {
                return Err(err(format!("class '{name}' has no lemmas")));
            }
            let class = self.classes.entry(name.to_string()).or_default();
            let set = self.class_sets.entry(name.to_string()).or_default();
            for m in members {
                if !class.contains(&m) {
                    set.insert(m.clone());
                    class.push(m);
                }
            }
        }
        Ok(())
    }

    /// Adds the irregular forms of one `forms.tsv`: `form <TAB> lemma`. A
    /// form listed again (in a user's file) takes the later lemma.
    pub fn extend_forms_from_tsv(&mut self, file: &str, text: &str) -> Result<(), KbError> {
        for (n, cols) in data_rows(text) {
            let err = |message: String| KbError {
                file: file.to_string(),
                line: n,
                message,
            };
            let [form, lemma] = cols[..] else {
                return Err(err(format!(
                    "expected 2 tab-separated columns (form, lemma), found {}",
                    cols.len()
                )));
            };
            let (form, lemma) = (form.trim(), lemma.trim());
            if !is_lemma(form) || !is_lemma(lemma) {
                return Err(err(format!(
                    "'{form}' and '{lemma}' must both be lower-case words"
                )));
            }
            self.forms.insert(form.to_string(), lemma.to_string());
        }
        Ok(())
    }

    /// The lemma `forms.tsv` gives a verb's lower-case form, if it lists it.
    pub fn verb_form_lemma(&self, lower: &str) -> Option<&str> {
        self.forms.get(lower).map(String::as_str)
    }

    /// Adds the entries of one file; `noun` for `nouns.tsv`.
    pub fn extend_from_tsv(&mut self, file: &str, text: &str, noun: bool) -> Result<(), KbError> {
        for (n, cols) in data_rows(text) {
            let err = |message: String| KbError {
                file: file.to_string(),
                line: n,
                message,
            };
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
                source: (file.to_string(), n),
            };
            // One list of alternatives per required word: a plain word is
            // its own only alternative, `@class` its members.
            let mut slots: Vec<Vec<String>> = Vec::new();
            let mut from_class = false;
            for item in items {
                if let Some(name) = item.strip_prefix('@') {
                    match self.classes.get(name) {
                        Some(members) if !members.is_empty() => {
                            slots.push(members.clone());
                            from_class = true;
                        }
                        _ => return Err(err(format!(
                            "unknown noun class '{item}' (classes are listed in lexicon/classes.tsv)"
                        ))),
                    }
                    continue;
                }
                match item {
                    "R" => entry.recipient = Slot::Object,
                    "+V" => entry.clause = true,
                    _ => match item.split_once(':') {
                        Some((p, "R")) => entry.recipient = Slot::Prep(p.to_lowercase()),
                        Some((p, "A")) => entry.actor_prep = Some(p.to_lowercase()),
                        Some(_) => return Err(err(format!("'{item}': a slot is PREP:R or PREP:A"))),
                        None if is_lemma(item) => slots.push(vec![item.to_string()]),
                        None => return Err(err(format!("'{item}' is neither a slot (R, PREP:R, PREP:A, +V) nor a lower-case lemma"))),
                    },
                }
            }
            let mut combos: Vec<Vec<String>> = vec![Vec::new()];
            for alts in &slots {
                combos = combos
                    .iter()
                    .flat_map(|c| {
                        alts.iter().map(move |a| {
                            let mut c = c.clone();
                            c.push(a.clone());
                            c
                        })
                    })
                    .collect();
            }
            for words in combos {
                let mut e = entry.clone();
                e.words = words;
                self.add(e, from_class);
            }
        }
        Ok(())
    }

    /// Adds one entry. A frame reached through a class never repeats a
    /// frame already listed; a frame written out in full replaces the same
    /// frame reached through a class, so a plain line can override a
    /// class line wherever it stands.
    fn add(&mut self, e: LexEntry, from_class: bool) {
        let key = frame_key(&e);
        match self.frames.get(&key).copied() {
            Some(_) if from_class => {
                self.shadowed += 1;
                return;
            }
            Some((i, true)) => {
                self.entries[i] = e;
                self.expanded -= 1;
                self.shadowed += 1;
                self.frames.insert(key, (i, false));
                return;
            }
            _ => {}
        }
        let i = self.entries.len();
        self.frames.entry(key).or_insert((i, from_class));
        self.expanded += from_class as usize;
        self.by_head[e.noun as usize]
            .entry(e.head.clone())
            .or_default()
            .push(i);
        self.entries.push(e);
    }

    /// Entries whose head is `lemma` (lower case), verbs or nouns.
    pub fn entries_for(&self, lemma: &str, noun: bool) -> impl Iterator<Item = &LexEntry> {
        self.by_head[noun as usize]
            .get(lemma)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
    }

    /// Whether `word` is a member of the noun class `name` (as
    /// `classes.get(name)` listing it, without the ordered map's string
    /// comparisons and the walk along its members: the event stage asks
    /// this of a word of nearly every frame it fits).
    pub fn in_class(&self, name: &str, word: &str) -> bool {
        self.class_sets.get(name).is_some_and(|s| s.contains(word))
    }

    pub fn has_head(&self, lemma: &str, noun: bool) -> bool {
        self.by_head[noun as usize].contains_key(lemma)
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

    #[test]
    fn classes_expand_and_unknown_or_empty_ones_are_refused() {
        let mut l = Lexicon::default();
        l.extend_classes_from_tsv("c.tsv", "# classes\nrestriction\tcurfew|ban | curfew\n")
            .unwrap();
        assert_eq!(l.classes["restriction"], vec!["curfew", "ban"]);
        l.extend_from_tsv(
            "v.tsv",
            "# c\nCONCEDE\t-\tlift @restriction on:R\tPeru lifted the curfew.\nRETREAT\tease\tlift ban on:R\tPeru lifted a ban on Chile.\n",
            false,
        )
        .unwrap();
        let lift: Vec<_> = l.entries_for("lift", false).collect();
        assert_eq!(lift.len(), 2, "{lift:?}");
        assert_eq!(lift[0].words, vec!["curfew"]);
        assert_eq!(lift[0].source, ("v.tsv".to_string(), 2));
        assert_eq!(lift[0].example, "Peru lifted the curfew.");
        assert_eq!(lift[0].recipient, Slot::Prep("on".into()));
        // The plain line wins over the same frame reached through the class.
        assert_eq!(
            (lift[1].words[0].as_str(), lift[1].event.as_str()),
            ("ban", "RETREAT")
        );
        assert_eq!((l.expanded, l.shadowed), (1, 1));
        // Two classes in one frame: every combination.
        l.extend_classes_from_tsv("c.tsv", "link\tflight|route\n")
            .unwrap();
        l.extend_from_tsv("v.tsv", "SANCTION\t-\tcut @link @restriction\tx\n", false)
            .unwrap();
        assert_eq!(l.entries_for("cut", false).count(), 4);

        let e = l
            .extend_from_tsv("v.tsv", "# c\n\nAID\t-\tsend @nosuch to:R\tx\n", false)
            .unwrap_err();
        assert!(
            e.to_string().starts_with("v.tsv:3:") && e.message.contains("@nosuch"),
            "{e}"
        );
        let e = l
            .extend_classes_from_tsv("c.tsv", "# c\nempty\t | \n")
            .unwrap_err();
        assert!(
            e.to_string().starts_with("c.tsv:2:") && e.message.contains("no lemmas"),
            "{e}"
        );
        assert!(l.extend_classes_from_tsv("c.tsv", "x\tCurfew\n").is_err());
        assert!(l.extend_classes_from_tsv("c.tsv", "x\n").is_err());
    }
}
