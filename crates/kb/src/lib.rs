//! detente's knowledge base: the reviewed data files under `kb/`, compiled
//! into the binary and extendable by a user's folder (`--kb DIR`).
//!
//! [`Kb`] holds the parsed tables — [`State`]s, [`Metonym`]s, [`Body`]s,
//! [`Outlet`]s, [`Place`]s, [`Office`]s, [`Person`]s, [`EventPattern`]s,
//! [`Topic`]s and the [`CleaningRules`] — and a [`Gazetteer`], one
//! Aho-Corasick automaton over every name the tables know, that the
//! recognising stage runs over a document to find candidate mentions.
//!
//! Loading is the only I/O here: [`Kb::embedded`] parses the compiled-in
//! files, [`Kb::load`] adds the rows of a user's files of the same names.
//! Rows added later win where they name the same thing.

mod gazetteer;
mod lexicon;
mod names;
mod patterns;
mod tables;

pub use gazetteer::{Gazetteer, GazetteerHit, Target, TopicMatcher};
pub use lexicon::{LexEntry, Lexicon, Slot, CURRENCY_SIGNS};
pub use names::name_key;
pub use patterns::{
    CleaningRules, EventPattern, PatternElem, PatternSet, Role, Topic, NO_EVENT, PLOVER_TYPES,
};
pub use tables::{Body, Metonym, Office, Outlet, Person, Place, State, Term, KIND_CODES};

use std::collections::HashMap;
use std::fmt;

/// The knowledge base's maps and sets, looked up by the words of every
/// document: hashed with foldhash, not SipHash (a quarter of a G
/// instructions a pass of the benchmark), seeded per process all the same.
pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
/// A set of [`FastMap`]'s kind.
pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
use std::path::Path;

/// Everything the pipeline knows before it reads a document.
pub struct Kb {
    pub states: Vec<State>,
    pub metonyms: Vec<Metonym>,
    pub bodies: Vec<Body>,
    pub outlets: Vec<Outlet>,
    pub places: Vec<Place>,
    pub offices: Vec<Office>,
    pub people: Vec<Person>,
    pub given_names: FastSet<String>,
    /// Capitalised words that are never a word of a person's name (titles,
    /// calendar words, page furniture, bare outlet names), from `name_words.tsv`.
    pub not_names: FastSet<String>,
    /// Lower-case nouns only for people ("counterpart"): a name follows.
    pub person_nouns: FastSet<String>,
    /// Words that end names of places, bodies and things, never a person's.
    pub not_person_ends: FastSet<String>,
    /// Words that end an organisation's name ("Council", "Party"): a
    /// capitalised run ending with one, not in the gazetteer, is a body.
    pub org_ends: FastSet<String>,
    /// Titles written short with a full stop before a name ("Sen. Lindsey
    /// Graham", "Gen. Yevkurov"); without the stop the word may be a
    /// name ("Hun Sen").
    pub short_titles: FastSet<String>,
    pub patterns: PatternSet,
    /// Event verbs and nouns with their argument frames, read from a parse.
    pub lexicon: Lexicon,
    /// Lemmas of natural hazards and accidents: a killing they cause is no attack.
    pub hazards: FastSet<String>,
    /// Nouns (lemmas) for groups of people who are not a government, with
    /// their sector ("rebel" → REB), from `groups.tsv`.
    pub group_sectors: FastMap<String, String>,
    /// Nouns (lemmas) for a state's own agents when no state is named with
    /// them ("police" → COP), from `agents.tsv`.
    pub agent_sectors: FastMap<String, String>,
    pub topics: Vec<Topic>,
    pub cleaning: CleaningRules,
    pub gazetteer: Gazetteer,
    /// One automaton over every topic keyword.
    pub topic_matcher: TopicMatcher,
    /// Office phrase (lower case) -> office, for descriptions split by a state word.
    pub office_by_pattern: FastMap<String, usize>,
    /// Every word of every office phrase ("defence" of "defence minister"),
    /// to tell a word of a title without splitting every phrase.
    pub office_words: FastSet<String>,
    /// Every role word of every office ("diplomat", "minister").
    pub role_words: FastSet<String>,
    /// Role words of the offices a state fills (sector GOV, MIL, LEG, JUD,
    /// SPY, COP; plurals too): "the Russian ambassador", "Chinese
    /// diplomats" act for their state, "an American professor" does not.
    pub state_role_words: FastSet<String>,
    /// Head words of the titles of people posted abroad (the last words of
    /// the phrases of every office with the role "ambassador" or "envoy"):
    /// the state after "ambassador to", "envoy for" is where they serve.
    pub posting_titles: FastSet<String>,
    state_by_code: FastMap<String, usize>,
    /// A person's canonical name -> the first person of `people` with it
    /// (recognising asks this of every person a report names).
    person_by_name: FastMap<String, usize>,
    /// An alias of a body -> the first body of `bodies` with it.
    body_by_alias: FastMap<String, usize>,
}

/// A problem in a knowledge-base file, with where it is.
#[derive(Debug)]
pub struct KbError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for KbError {}

/// The files of the knowledge base, by name, as compiled in.
pub const FILES: &[(&str, &str)] = &[
    ("states.tsv", include_str!("../../../kb/states.tsv")),
    ("metonyms.tsv", include_str!("../../../kb/metonyms.tsv")),
    ("bodies.tsv", include_str!("../../../kb/bodies.tsv")),
    ("media.tsv", include_str!("../../../kb/media.tsv")),
    ("places.tsv", include_str!("../../../kb/places.tsv")),
    ("regions.tsv", include_str!("../../../kb/regions.tsv")),
    ("offices.tsv", include_str!("../../../kb/offices.tsv")),
    ("people.tsv", include_str!("../../../kb/people.tsv")),
    (
        "given_names.txt",
        include_str!("../../../kb/given_names.txt"),
    ),
    ("name_words.tsv", include_str!("../../../kb/name_words.tsv")),
    ("events.toml", include_str!("../../../kb/events.toml")),
    ("topics.toml", include_str!("../../../kb/topics.toml")),
    ("cleaning.toml", include_str!("../../../kb/cleaning.toml")),
    (
        "lexicon/classes.tsv",
        include_str!("../../../kb/lexicon/classes.tsv"),
    ),
    (
        "lexicon/verbs.tsv",
        include_str!("../../../kb/lexicon/verbs.tsv"),
    ),
    (
        "lexicon/nouns.tsv",
        include_str!("../../../kb/lexicon/nouns.tsv"),
    ),
    (
        "lexicon/forms.tsv",
        include_str!("../../../kb/lexicon/forms.tsv"),
    ),
    ("hazards.txt", include_str!("../../../kb/hazards.txt")),
    ("groups.tsv", include_str!("../../../kb/groups.tsv")),
    ("agents.tsv", include_str!("../../../kb/agents.tsv")),
];

impl Kb {
    /// The knowledge base compiled into the binary.
    pub fn embedded() -> Result<Kb, KbError> {
        Kb::from_sources(&mut |_| Ok(None))
    }

    /// The compiled-in knowledge base extended by the files of `dir` that
    /// have the same names as the built-in ones.
    pub fn load(dir: &Path) -> Result<Kb, KbError> {
        if !dir.is_dir() {
            return Err(KbError {
                file: dir.display().to_string(),
                line: 0,
                message: "not a directory".into(),
            });
        }
        Kb::from_sources(&mut |name| {
            let path = dir.join(name);
            if !path.exists() {
                return Ok(None);
            }
            std::fs::read_to_string(&path)
                .map(Some)
                .map_err(|e| KbError {
                    file: path.display().to_string(),
                    line: 0,
                    message: e.to_string(),
                })
        })
    }

    fn from_sources(
        extra: &mut dyn FnMut(&str) -> Result<Option<String>, KbError>,
    ) -> Result<Kb, KbError> {
        let mut texts: HashMap<&str, Vec<(String, String)>> = HashMap::new();
        for (name, text) in FILES {
            let mut v = vec![((*name).to_string(), (*text).to_string())];
            if let Some(user) = extra(name)? {
                v.push((format!("user {name}"), user));
            }
            texts.insert(name, v);
        }
        let each = |name: &str| texts[name].clone();
        let mut states = Vec::new();
        for (f, t) in each("states.tsv") {
            tables::parse_states(&f, &t, &mut states)?;
        }
        let mut metonyms = Vec::new();
        for (f, t) in each("metonyms.tsv") {
            tables::parse_metonyms(&f, &t, &mut metonyms)?;
        }
        let mut bodies = Vec::new();
        for (f, t) in each("bodies.tsv") {
            tables::parse_bodies(&f, &t, &mut bodies)?;
        }
        let mut outlets = Vec::new();
        for (f, t) in each("media.tsv") {
            tables::parse_outlets(&f, &t, &mut outlets)?;
        }
        let mut places = Vec::new();
        // Regions after the cities and hand rows: a name both give is theirs.
        for (f, t) in each("places.tsv").into_iter().chain(each("regions.tsv")) {
            tables::parse_places(&f, &t, &mut places)?;
        }
        let mut offices = Vec::new();
        for (f, t) in each("offices.tsv") {
            tables::parse_offices(&f, &t, &mut offices)?;
        }
        let mut people = Vec::new();
        for (f, t) in each("people.tsv") {
            tables::parse_people(&f, &t, &mut people)?;
        }
        let mut given_names = FastSet::default();
        for (_, t) in each("given_names.txt") {
            for line in t.lines().map(str::trim) {
                if !line.is_empty() && !line.starts_with('#') {
                    given_names.insert(line.to_string());
                }
            }
        }
        let mut name_words = tables::NameWords::default();
        for (f, t) in each("name_words.tsv") {
            tables::parse_name_words(&f, &t, &mut name_words)?;
        }
        let tables::NameWords {
            skip: not_names,
            before: person_nouns,
            end: not_person_ends,
            org: org_ends,
            title: short_titles,
        } = name_words;
        let mut patterns = PatternSet::default();
        for (f, t) in each("events.toml") {
            patterns.extend_from_toml(&f, &t)?;
        }
        let mut lexicon = Lexicon::default();
        // Classes first (built-in, then the user's): every entry, built-in
        // or the user's, expands over the classes as extended.
        for (f, t) in each("lexicon/classes.tsv") {
            lexicon.extend_classes_from_tsv(&f, &t)?;
        }
        for (f, t) in each("lexicon/verbs.tsv") {
            lexicon.extend_from_tsv(&f, &t, false)?;
        }
        for (f, t) in each("lexicon/nouns.tsv") {
            lexicon.extend_from_tsv(&f, &t, true)?;
        }
        for (f, t) in each("lexicon/forms.tsv") {
            lexicon.extend_forms_from_tsv(&f, &t)?;
        }
        let mut hazards = FastSet::default();
        for (_, t) in each("hazards.txt") {
            for line in t.lines().map(str::trim) {
                if !line.is_empty() && !line.starts_with('#') {
                    hazards.insert(line.to_lowercase());
                }
            }
        }
        let mut group_sectors = FastMap::default();
        for (f, t) in each("groups.tsv") {
            tables::parse_groups(&f, &t, &mut group_sectors)?;
        }
        let mut agent_sectors = FastMap::default();
        for (f, t) in each("agents.tsv") {
            tables::parse_agents(&f, &t, &mut agent_sectors)?;
        }
        let mut topics = Vec::new();
        for (f, t) in each("topics.toml") {
            patterns::parse_topics(&f, &t, &mut topics)?;
        }
        let mut cleaning = CleaningRules::default();
        for (f, t) in each("cleaning.toml") {
            cleaning.extend_from_toml(&f, &t)?;
        }
        let state_by_code = states
            .iter()
            .enumerate()
            .map(|(i, s)| (s.code.clone(), i))
            .collect();
        let mut person_by_name = FastMap::default();
        for (i, p) in people.iter().enumerate() {
            person_by_name.entry(p.name.clone()).or_insert(i);
        }
        let mut body_by_alias = FastMap::default();
        for (i, b) in bodies.iter().enumerate() {
            for a in &b.aliases {
                body_by_alias.entry(a.clone()).or_insert(i);
            }
        }
        let mut kb = Kb {
            states,
            metonyms,
            bodies,
            outlets,
            places,
            offices,
            people,
            given_names,
            not_names,
            person_nouns,
            not_person_ends,
            org_ends,
            short_titles,
            patterns,
            lexicon,
            hazards,
            group_sectors,
            agent_sectors,
            topics,
            cleaning,
            gazetteer: Gazetteer::default(),
            topic_matcher: TopicMatcher::default(),
            office_by_pattern: FastMap::default(),
            office_words: FastSet::default(),
            role_words: FastSet::default(),
            posting_titles: FastSet::default(),
            state_role_words: FastSet::default(),
            state_by_code,
            person_by_name,
            body_by_alias,
        };
        kb.office_by_pattern = kb
            .offices
            .iter()
            .enumerate()
            .flat_map(|(i, o)| o.patterns.iter().map(move |p| (p.clone(), i)))
            .collect();
        kb.office_words = kb
            .office_by_pattern
            .keys()
            .flat_map(|p| p.split_whitespace().map(str::to_string))
            .collect();
        kb.role_words = kb
            .offices
            .iter()
            .flat_map(|o| o.roles.iter().cloned())
            .collect();
        kb.state_role_words = kb
            .offices
            .iter()
            .filter(|o| {
                matches!(
                    o.sector.as_str(),
                    "GOV" | "MIL" | "LEG" | "JUD" | "SPY" | "COP"
                )
            })
            .flat_map(|o| o.roles.iter())
            .filter(|r| !r.contains(' '))
            .flat_map(|r| [r.clone(), format!("{r}s")])
            .collect();
        kb.posting_titles = kb
            .offices
            .iter()
            .filter(|o| o.roles.iter().any(|r| r == "ambassador" || r == "envoy"))
            .flat_map(|o| o.patterns.iter())
            // "envoy to the united nations" names its posting already
            .filter(|p| {
                !p.split_whitespace()
                    .any(|w| matches!(w, "to" | "for" | "of" | "at"))
            })
            .filter_map(|p| p.split_whitespace().last())
            .filter(|w| w.chars().all(char::is_alphabetic))
            .map(str::to_string)
            .collect();
        kb.gazetteer = Gazetteer::build(&kb);
        kb.topic_matcher = TopicMatcher::build(&kb.topics);
        Ok(kb)
    }

    /// The own code of the body named `name` (its name or an alias, any
    /// case) whose `code` is `kind_code`, if it has one: "ECOWAS", "IGO"
    /// → `IGOECOWAS`.
    pub fn own_body_code(&self, name: &str, kind_code: &str) -> Option<&str> {
        if !tables::KIND_CODES.contains(&kind_code) {
            return None;
        }
        let key = name.trim().to_lowercase();
        self.bodies
            .iter()
            .filter(|b| b.code == kind_code)
            .find(|b| {
                b.name.to_lowercase() == key || b.aliases.iter().any(|a| a.to_lowercase() == key)
            })
            .and_then(|b| b.own_code.as_deref())
    }

    pub fn state(&self, code: &str) -> Option<&State> {
        self.state_by_code.get(code).map(|&i| &self.states[i])
    }

    /// The first person of `people` whose canonical name is `name` (as
    /// `people.iter().find(|p| p.name == name)`, without the scan).
    pub fn person_named(&self, name: &str) -> Option<&Person> {
        self.person_by_name.get(name).map(|&i| &self.people[i])
    }

    /// The first body of `bodies` one of whose aliases is `alias` (as
    /// `bodies.iter().find(|b| b.aliases.iter().any(|a| a == alias))`).
    pub fn body_with_alias(&self, alias: &str) -> Option<&Body> {
        self.body_by_alias.get(alias).map(|&i| &self.bodies[i])
    }

    pub fn state_index(&self, code: &str) -> Option<usize> {
        self.state_by_code.get(code).copied()
    }

    /// The office whose canonical name is `name`.
    pub fn office_named(&self, name: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.office == name)
    }
}

/// The built-in knowledge base, parsed once per process.
pub fn builtin() -> &'static Kb {
    static KB: std::sync::OnceLock<Kb> = std::sync::OnceLock::new();
    KB.get_or_init(|| Kb::embedded().expect("the built-in knowledge base is valid (tested)"))
}
