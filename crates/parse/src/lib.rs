//! Part-of-speech tags, lemmas and dependency trees for the words of a
//! sentence: the syntactic backbone the event stage reads.
//!
//! A [`Model`] holds three learnt parts, trained together on a Universal
//! Dependencies treebank by `detente-train-parser` and shipped in `model/`:
//!
//! * the tagger (`tagger`): a greedy averaged perceptron over the treebank's
//!   fine tags (UPOS with XPOS), reading each word's affixes, shape and
//!   neighbours — its [`WordKeys`] are hashed once per sentence; words that
//!   had one tag nearly always in training take it unscored;
//! * the [`Lemmatiser`]: edit scripts learnt per (form, tag), with suffix
//!   back-off for unseen words;
//! * the parser (`parser`): greedy arc-eager transitions chosen by one
//!   averaged perceptron and arcs labelled by another (or, for pairs of
//!   tags that nearly always take one label, by rule); the scores of the
//!   buffer's front are kept while it holds.
//!
//! The weights (see [`perceptron`]) are 8-bit, sparse where most are zero,
//! in tables where one lookup reads one cache line. Lookups are most of the
//! time, memory and arithmetic about equally: the features are scored in
//! stages, the later ones only when the earlier leave the choice close
//! (their lookups are started with the first stage's, since they are
//! needed for most words). The sums of the features that read one word
//! alone (the tagger's of the word itself, the parser's of a word in each
//! role) are kept by each thread across sentences, keyed by the word (see
//! `Caches`): news repeats its words, and a sum kept is one read instead of
//! a dozen lookups, with exactly the same integer result.
//!
//! [`Model::analyse`] takes a sentence's words and gives a [`Parse`]: per word
//! its [`Upos`], lemma, head and relation. Nothing in this crate knows a
//! language: what is English about the shipped model is its training data.
//! [`parse_doc`] fills a document's syntax layer; the pipeline runs it in
//! its two halves, [`tag_doc`] (tags and lemmas of every sentence) and
//! [`TaggedDoc::parse_trees`] (trees of the sentences a later stage reads). [`conllu`] reads and writes CoNLL-U, so the analysis can be
//! scored with the standard UD tools.

pub mod conllu;
mod finite;
pub mod lemma;
pub mod parser;
pub mod perceptron;
pub mod stage;
pub mod tagger;

use std::io::{Read, Write};
use std::sync::OnceLock;

pub use lemma::Lemmatiser;
use perceptron::{put_str, put_u32, Reader, Weights};
pub use stage::{parse_doc, tag_doc, tag_doc_where, verb_and_noun_lemmas, TaggedDoc};
pub use tagger::WordKeys;

/// The 17 universal part-of-speech tags.
pub const UPOS: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

/// A universal part-of-speech tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Upos(pub u8);

impl Upos {
    pub const ADJ: Upos = Upos(0);
    pub const ADP: Upos = Upos(1);
    pub const ADV: Upos = Upos(2);
    pub const AUX: Upos = Upos(3);
    pub const CCONJ: Upos = Upos(4);
    pub const DET: Upos = Upos(5);
    pub const NOUN: Upos = Upos(7);
    pub const NUM: Upos = Upos(8);
    pub const PART: Upos = Upos(9);
    pub const PRON: Upos = Upos(10);
    pub const PROPN: Upos = Upos(11);
    pub const PUNCT: Upos = Upos(12);
    pub const SCONJ: Upos = Upos(13);
    pub const VERB: Upos = Upos(15);
    pub const X: Upos = Upos(16);

    pub fn parse(s: &str) -> Upos {
        Upos(UPOS.iter().position(|u| *u == s).unwrap_or(16) as u8)
    }

    pub fn as_str(self) -> &'static str {
        UPOS[self.0 as usize % UPOS.len()]
    }
}

/// One word's analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    pub upos: Upos,
    /// The treebank's language-specific tag ("VBN", "NNS"), or "_".
    pub xpos: &'static str,
    pub lemma: String,
    /// Index of the head word counting from 1; 0 for the root.
    pub head: usize,
    /// Universal relation with its subtype ("nsubj:pass", "obl").
    pub deprel: &'static str,
}

/// The analysis of one sentence, one entry a word.
pub type Parse = Vec<Analysis>;

/// A trained tagger, lemmatiser and parser.
pub struct Model {
    /// Fine tags: (UPOS, XPOS).
    tags: Vec<(Upos, &'static str)>,
    tagger: Weights,
    ambiguity: tagger::Ambiguity,
    /// Words tagged without scoring (see [`tagger::sure_tags`]).
    sure: tagger::Sure,
    /// Arcs labelled without scoring (see [`parser::LabelRules`]).
    rules: parser::LabelRules,
    lemmatiser: Lemmatiser,
    labels: Vec<&'static str>,
    root_label: u16,
    transitions: Weights,
    labeller: Weights,
    /// What it was trained on and how it scored, as written by the trainer.
    pub card: String,
    /// Tells this model's caches from another's (see [`Caches`]).
    id: u64,
}

/// Scores of the features of single words, kept across sentences by each
/// thread for the model it last used: they depend on the model's weights
/// and the word alone, so reusing them changes no result.
struct Caches {
    model: u64,
    parser: parser::WordCache,
    tagger: tagger::WordCache,
}

/// Words the parser's cache holds (2^14, 1.8 MB a thread).
const PARSER_CACHE_BITS: u32 = 14;
/// Words the tagger's cache holds (2^12; 1.3 MB a thread with 108 tags).
const TAGGER_CACHE_BITS: u32 = 12;

thread_local! {
    static CACHES: std::cell::RefCell<Option<Caches>> = const { std::cell::RefCell::new(None) };
}

static NEXT_MODEL_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

const MAGIC: &[u8; 8] = b"DTNTPRS4";

/// An error loading a model file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "parser model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

fn leak(s: String) -> &'static str {
    // Tag and label names live as long as the model, which is loaded once.
    Box::leak(s.into_boxed_str())
}

static ENGLISH: OnceLock<Model> = OnceLock::new();

impl Model {
    /// The shipped English model (UD English EWT), loaded on first use.
    pub fn english() -> &'static Model {
        ENGLISH.get_or_init(|| {
            Model::from_bytes(include_bytes!("../model/en_ewt.bin"))
                .expect("the shipped parser model is valid")
        })
    }

    pub fn from_bytes(deflated: &[u8]) -> Result<Model, ModelError> {
        let mut bytes = Vec::new();
        flate2::read::DeflateDecoder::new(deflated)
            .take(512 << 20)
            .read_to_end(&mut bytes)
            .map_err(|e| ModelError(format!("cannot inflate: {e}")))?;
        let mut r = Reader::new(&bytes);
        let err = ModelError;
        if r.bytes(8).map_err(err)? != MAGIC {
            return Err(ModelError("not a detente parser model".into()));
        }
        let card = r.string().map_err(err)?;
        let n = r.u32().map_err(err)? as usize;
        let mut tags = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            let u = r.string().map_err(err)?;
            let x = r.string().map_err(err)?;
            tags.push((Upos::parse(&u), leak(x)));
        }
        let tagger = Weights::read(&mut r).map_err(err)?;
        let n = r.u32().map_err(err)? as usize;
        let mut ambiguity =
            tagger::Ambiguity::with_capacity_and_hasher(n.min(1 << 22), Default::default());
        for _ in 0..n {
            let w = r.bytes(16).map_err(err)?;
            ambiguity.insert(
                u64::from_le_bytes(w[..8].try_into().unwrap()),
                u64::from_le_bytes(w[8..].try_into().unwrap()),
            );
        }
        let lemmatiser = Lemmatiser::read(&mut r).map_err(err)?;
        let n = r.u32().map_err(err)? as usize;
        let mut labels = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            labels.push(leak(r.string().map_err(err)?));
        }
        let root_label = labels
            .iter()
            .position(|l| *l == "root")
            .ok_or(ModelError("no root label".into()))? as u16;
        let transitions = Weights::read(&mut r).map_err(err)?;
        let labeller = Weights::read(&mut r).map_err(err)?;
        if tagger.classes() != tags.len() || labeller.classes() != labels.len() {
            return Err(ModelError("class counts do not match".into()));
        }
        let n = r.u32().map_err(err)? as usize;
        let mut sure = tagger::Sure::with_capacity_and_hasher(n.min(1 << 20), Default::default());
        for _ in 0..n {
            let w = r.bytes(10).map_err(err)?;
            let t = u16::from_le_bytes([w[8], w[9]]);
            if t as usize >= tags.len() {
                return Err(ModelError("sure tag out of range".into()));
            }
            sure.insert(u64::from_le_bytes(w[..8].try_into().unwrap()), t);
        }
        let rules = parser::LabelRules::read(&mut r, tags.len(), labels.len()).map_err(err)?;
        Ok(Model {
            tags,
            tagger,
            ambiguity,
            sure,
            rules,
            lemmatiser,
            labels,
            root_label,
            transitions,
            labeller,
            card,
            id: NEXT_MODEL_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub fn to_bytes(
        card: &str,
        tags: &[(String, String)],
        tagger: &Weights,
        ambiguity: &tagger::Ambiguity,
        lemmatiser: &Lemmatiser,
        labels: &[String],
        transitions: &Weights,
        labeller: &Weights,
        sure: &tagger::Sure,
        rules: &parser::LabelRules,
    ) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        put_str(&mut out, card);
        put_u32(&mut out, tags.len() as u32);
        for (u, x) in tags {
            put_str(&mut out, u);
            put_str(&mut out, x);
        }
        tagger.write(&mut out);
        let mut amb: Vec<(&u64, &u64)> = ambiguity.iter().collect();
        amb.sort();
        put_u32(&mut out, amb.len() as u32);
        for (w, c) in amb {
            out.extend_from_slice(&w.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        lemmatiser.write(&mut out);
        put_u32(&mut out, labels.len() as u32);
        for l in labels {
            put_str(&mut out, l);
        }
        transitions.write(&mut out);
        labeller.write(&mut out);
        let mut sure: Vec<(&u64, &u16)> = sure.iter().collect();
        sure.sort();
        put_u32(&mut out, sure.len() as u32);
        for (w, t) in sure {
            out.extend_from_slice(&w.to_le_bytes());
            out.extend_from_slice(&t.to_le_bytes());
        }
        rules.write(&mut out);
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&out).expect("writing to memory");
        enc.finish().expect("writing to memory")
    }

    /// The sizes of the weight tables: rows, rows by kind (in the slot,
    /// pairs, whole) and bytes in memory.
    pub fn describe(&self) -> String {
        [
            ("tagger", &self.tagger),
            ("transitions", &self.transitions),
            ("labeller", &self.labeller),
        ]
        .iter()
        .map(|(name, w)| {
            format!(
                "{name}: {} classes, {} rows {:?}, {:.1} MB",
                w.classes(),
                w.len(),
                w.row_kinds(),
                w.memory() as f64 / 1e6
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
    }

    /// Runs `f` with this thread's caches, emptied first if they were
    /// another model's.
    fn with_caches<R>(&self, f: impl FnOnce(&mut Caches) -> R) -> R {
        let fresh = || Caches {
            model: self.id,
            parser: parser::WordCache::new(PARSER_CACHE_BITS),
            tagger: tagger::WordCache::new(self.tagger.classes(), TAGGER_CACHE_BITS),
        };
        CACHES.with(|c| match c.try_borrow_mut() {
            Ok(mut c) => {
                if c.as_ref().is_none_or(|c| c.model != self.id) {
                    *c = Some(fresh());
                }
                f(c.as_mut().unwrap())
            }
            // Only if `f` ever called back in here.
            Err(_) => f(&mut fresh()),
        })
    }

    fn parse_words(&self, keys: &[WordKeys], tags: &[u16]) -> parser::Tree {
        let x = parser::Input::new(keys, tags);
        self.with_caches(|c| {
            parser::parse_cached(&self.transitions, &self.labeller(), &x, &mut c.parser)
        })
    }

    fn labeller(&self) -> parser::Labeller<'_> {
        parser::Labeller {
            weights: &self.labeller,
            rules: &self.rules,
            root: self.root_label,
        }
    }

    /// Fine tag ids of a sentence's words.
    pub fn tag(&self, keys: &mut [WordKeys]) -> Vec<u16> {
        tagger::set_ambiguity(keys, &self.ambiguity);
        self.with_caches(|c| tagger::tag_cached(&self.tagger, keys, &self.sure, &mut c.tagger))
    }

    pub fn upos_of(&self, tag: u16) -> Upos {
        self.tags[tag as usize].0
    }

    pub fn lemma(&self, form: &str, upos: Upos) -> String {
        self.lemmatiser.lemma(form, upos.0)
    }

    /// Heads and relations of words whose fine tags are given (for evaluation).
    pub fn parse_tagged(&self, forms: &[&str], tags: &[u16]) -> (Vec<usize>, Vec<&'static str>) {
        let mut keys: Vec<WordKeys> = forms.iter().map(|f| WordKeys::new(f)).collect();
        tagger::set_ambiguity(&mut keys, &self.ambiguity);
        let tree = self.parse_words(&keys, tags);
        (
            tree.heads[1..].to_vec(),
            tree.labels[1..]
                .iter()
                .map(|&l| self.labels[l as usize])
                .collect(),
        )
    }

    /// Tags, lemmatises and parses one sentence.
    pub fn analyse(&self, forms: &[&str]) -> Parse {
        if forms.is_empty() {
            return Vec::new();
        }
        let tagged = self.tag_sentence(forms);
        let (heads, labels) = self.tree(forms, &tagged);
        forms
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let (upos, xpos) = self.tags[tagged.tags[i] as usize];
                Analysis {
                    upos,
                    xpos,
                    lemma: self.lemmatiser.lemma(f, upos.0),
                    head: heads[i + 1],
                    deprel: self.labels[labels[i + 1] as usize],
                }
            })
            .collect()
    }

    /// The first half of [`Model::analyse`]: the words' keys and fine
    /// tags, with the tag repairs that come before the tree. What a
    /// sentence's tags and lemmas are does not depend on its tree.
    pub fn tag_sentence(&self, forms: &[&str]) -> Tagged {
        let mut keys: Vec<WordKeys> = forms.iter().map(|f| WordKeys::new(f)).collect();
        let tags = self.tag(&mut keys);
        let mut tagged = Tagged { keys, tags };
        self.repair_tags(forms, &mut tagged);
        tagged
    }

    /// The tag repairs of [`finite`] on a tagged sentence (done by
    /// [`Model::tag_sentence`], and again when tags are changed after it,
    /// as names are: "Beijing expressed …" has a subject to repair only
    /// once "Beijing" is a proper noun). Returns the words whose tags
    /// changed.
    pub fn repair_tags(&self, forms: &[&str], tagged: &mut Tagged) -> Vec<usize> {
        let tags = &mut tagged.tags;
        let before = tags.clone();
        let xpos: Vec<&str> = tags.iter().map(|&t| self.tags[t as usize].1).collect();
        let tag_id = |upos: &str, fine: &str| {
            self.tags
                .iter()
                .position(|&(u, x)| u.as_str() == upos && x == fine)
                .map(|t| t as u16)
        };
        // A verb found after a phrase set off by commas is the statement's
        // finite verb: no other is looked for.
        let set_off = finite::verb_after_phrase_set_off(forms, &xpos);
        if let Some(past) = tag_id("VERB", "VBD") {
            let missing = || {
                finite::missing_finite_verb(forms, &xpos)
                    .or_else(|| finite::participle_joined_to_past(forms, &xpos))
            };
            if let Some(i) = set_off.is_empty().then(missing).flatten() {
                tags[i] = past;
            }
            for i in finite::past_tense_before_object(forms, &xpos) {
                tags[i] = past;
            }
            for i in finite::irregular_past_read_as_noun(forms, &xpos) {
                tags[i] = past;
            }
            let (modal_past, after_modal) = finite::unknown_word_read_as_modal(forms, &xpos);
            for i in modal_past {
                tags[i] = past;
            }
            if let Some(noun) = tag_id("NOUN", "NN") {
                for i in after_modal {
                    tags[i] = noun;
                }
            }
        }
        if let Some(plural) = tag_id("NOUN", "NNS") {
            for i in finite::plural_after_more(forms, &xpos) {
                tags[i] = plural;
            }
            if let Some(i) = finite::sentence_initial_plural(forms, &xpos) {
                tags[i] = plural;
            }
        }
        for (i, fine) in set_off {
            if let Some(t) = tag_id("VERB", fine) {
                tags[i] = t;
            }
        }
        if let Some(preposition) = tag_id("ADP", "IN") {
            for i in finite::to_before_noun_is_a_preposition(forms, &xpos) {
                tags[i] = preposition;
            }
        }
        if let Some(adjective) = tag_id("ADJ", "JJ") {
            for i in finite::describing_participle_before_name(forms, &xpos) {
                tags[i] = adjective;
            }
        }
        if let Some(noun) = tag_id("NOUN", "NN") {
            if let Some(i) = finite::sentence_initial_act_noun(forms, &xpos) {
                tags[i] = noun;
            }
            let nouns = finite::noun_in_ly_read_as_adverb(forms, &xpos)
                .into_iter()
                .chain(finite::adjective_read_as_noun(forms, &xpos))
                .chain(finite::noun_after_plural_modifier(forms, &xpos));
            for i in nouns {
                tags[i] = noun;
            }
        }
        if let (Some(noun), Some(past)) = (tag_id("NOUN", "NN"), tag_id("VERB", "VBD")) {
            for (i, v) in finite::official_read_as_adjective(forms, &xpos) {
                tags[i] = noun;
                tags[v] = past;
            }
        }
        for (i, fine) in finite::plural_after_adverb(forms, &xpos) {
            if let Some(present) = tag_id("VERB", fine) {
                tags[i] = present;
            }
        }
        (0..tags.len()).filter(|&i| tags[i] != before[i]).collect()
    }

    /// The word at `i` of a tagged sentence: its tags and lemma, no tree.
    /// The fine tag id of a singular proper noun (UPOS `PROPN`, `NNP`).
    pub fn proper_noun_tag(&self) -> Option<u16> {
        self.tags
            .iter()
            .position(|&(u, x)| u.as_str() == "PROPN" && x == "NNP")
            .map(|i| i as u16)
    }

    pub fn tagged_word(
        &self,
        form: &str,
        tagged: &Tagged,
        i: usize,
    ) -> (Upos, &'static str, String) {
        let (upos, xpos) = self.tags[tagged.tags[i] as usize];
        let lemma = self
            .lemmatiser
            .lemma_hashed(form, upos.0, tagged.keys[i].lower);
        (upos, xpos, lemma)
    }

    /// The second half of [`Model::analyse`]: heads (counting from 1, 0
    /// the root) and label ids of a tagged sentence, index 0 being the root.
    fn tree(&self, forms: &[&str], tagged: &Tagged) -> (Vec<usize>, Vec<u16>) {
        let mut tree = self.parse_words(&tagged.keys, &tagged.tags);
        let mut rels: Vec<&str> = tree
            .labels
            .iter()
            .map(|&l| self.labels.get(l as usize).copied().unwrap_or(""))
            .collect();
        let xpos: Vec<&str> = tagged
            .tags
            .iter()
            .map(|&t| self.tags[t as usize].1)
            .collect();
        // Repairs of where the statement's clause is (its root, its verb's
        // subject), before those of the phrases in it.
        let clause =
            !finite::punctuation_heads_nothing(&xpos, &mut tree.heads, &mut rels).is_empty();
        let clause = clause
            | finite::subject_read_as_root(&xpos, &mut tree.heads, &mut rels).is_some()
            | finite::verb_after_appositive_read_as_conj(&xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::relative_clause_read_as_root(forms, &xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::verb_after_relative_clause_read_as_its_own(&xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::verb_read_as_auxiliary(forms, &xpos, &mut tree.heads, &mut rels).is_some()
            | finite::subject_of_participle_phrase(forms, &xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::reported_subject_read_as_object(forms, &xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::opening_phrase_read_as_root(forms, &xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::statement_subject_hung_on_saying(forms, &xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::that_read_as_subject(forms, &mut tree.heads, &mut rels).is_some()
            | finite::opening_what_read_as_root(forms, &xpos, &mut tree.heads, &mut rels).is_some()
            | finite::gerund_read_as_modifier(&xpos, &mut tree.heads, &mut rels).is_some();
        let relative = finite::reduced_relative(&xpos, &mut tree.heads, &mut rels).is_some()
            | finite::finite_verb_as_modifier(&xpos, &mut tree.heads, &mut rels).is_some();
        // Tags do not depend on the tree: a participle made the clause
        // keeps its tag.
        let past = finite::past_tense_read_as_relative(&xpos, &mut tree.heads, &mut rels);
        let relative = relative
            | past.is_some()
            | finite::past_tense_after_subject_modifier(&xpos, &mut tree.heads, &mut rels)
                .is_some()
            | finite::adjective_read_as_clause(&xpos, &mut tree.heads, &mut rels).is_some()
            | finite::describing_participle_read_as_clause(
                forms,
                &xpos,
                &mut tree.heads,
                &mut rels,
            )
            .is_some()
            | !finite::coordinated_subjects(&xpos, &mut tree.heads, &mut rels).is_empty();
        let hyphens =
            !finite::hyphenated_modifiers(forms, &xpos, &mut tree.heads, &mut rels).is_empty();
        let names = !finite::titled_names(forms, &xpos, &mut tree.heads, &mut rels).is_empty();
        let compounds = !finite::plural_modifier_left_outside(&xpos, &mut tree.heads, &mut rels)
            .is_empty()
            | !finite::coordinated_modifiers(&xpos, &mut tree.heads, &mut rels).is_empty()
            | !finite::time_word_read_as_head(forms, &xpos, &mut tree.heads, &mut rels).is_empty()
            | !finite::phrase_hung_on_day(forms, &xpos, &mut tree.heads, &mut rels).is_empty()
            | finite::object_of_phrasal_verb_read_as_predicate(&xpos, &mut tree.heads, &mut rels)
                .is_some();
        // (Last: the name repairs may make a titled name's head of what
        // the parser hung on the verb.)
        let speaker =
            finite::speaker_read_as_complement(forms, &xpos, &mut tree.heads, &mut rels).is_some();
        if clause || relative || hyphens || names || compounds || speaker {
            for (label, rel) in tree.labels.iter_mut().zip(&rels) {
                if self.labels.get(*label as usize) != Some(rel) {
                    if let Some(l) = self.labels.iter().position(|l| l == rel) {
                        *label = l as u16;
                    }
                }
            }
        }
        (tree.heads, tree.labels)
    }

    /// Heads (counting from 1, 0 the root) and relations of a tagged
    /// sentence: the tree [`Model::analyse`] gives it.
    pub fn tree_of(&self, forms: &[&str], tagged: &Tagged) -> Vec<(usize, &'static str)> {
        let (heads, labels) = self.tree(forms, tagged);
        (1..heads.len())
            .map(|i| (heads[i], self.labels[labels[i] as usize]))
            .collect()
    }
}

/// A sentence tagged by [`Model::tag_sentence`], which [`Model::tree_of`]
/// can parse later: the words' keys and their fine tag ids.
#[derive(Clone, Debug, Default)]
pub struct Tagged {
    keys: Vec<WordKeys>,
    tags: Vec<u16>,
}

impl Tagged {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.tags.len()
    }
    /// Word `i`'s fine tag id.
    pub fn tag(&self, i: usize) -> u16 {
        self.tags[i]
    }
    /// Gives word `i` the fine tag id `tag` (one of the model's).
    pub fn set_tag(&mut self, i: usize, tag: u16) {
        self.tags[i] = tag;
    }
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }
}

/// A small deterministic generator (xorshift64*) for shuffling and exploration.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}
