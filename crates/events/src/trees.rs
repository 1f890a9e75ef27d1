//! Which sentences the event stage reads a dependency tree of.
//!
//! Parsing is most of the pipeline's time, and most sentences of a news
//! article report no act: [`sentences_needing_trees`] tells the pipeline
//! which sentences to give a tree (every sentence keeps its tags and
//! lemmas, which the stages before this one read). It must be
//! conservative: a sentence whose tree [`extract_events`] reads must be
//! among them, or the events change. The stage reads a sentence's tree
//! only
//!
//! * where it may hold an event: a phrase of the event patterns
//!   (`kb/events.toml`, found as [`find_triggers`] finds it), a noun or verb
//!   whose lemma heads a lexicon entry (`kb/lexicon/`, with the inflections
//!   the frames try), or a modal of obligation the frames read as a demand
//!   ("said Israel must withdraw", `frames::obligations`);
//! * and, for an attribution that is carried to the next reports of its
//!   paragraph ("…, the ministry said."), in a sentence naming someone
//!   before a later sentence of its paragraph that may hold an event,
//!   where the attribution asks the tree whether the statement is told of
//!   a noun ("the talks that Russia said would resume",
//!   `frames::in_relative_clause`): `status::attribution_reads_tree` runs
//!   the attribution without the tree and tells whether it asks.
//!
//! [`extract_events`]: crate::extract_events

use std::borrow::Cow;

use detente_doc::{Doc, EntityKind, Mention, Span, TokenKind};
use detente_kb::{Kb, LexEntry, Slot};

use crate::{find_triggers, Trigger};

/// For each sentence of `doc` (tagged, lemmatised and recognised), whether
/// the event stage may read its tree.
pub fn sentences_needing_trees(doc: &Doc, kb: &Kb) -> Vec<bool> {
    choose_sentences(doc, kb).wanted
}

/// The sentences to parse, and the triggers found on the way, which the
/// event stage takes instead of finding them again
/// ([`extract_events_with`](crate::extract_events_with)).
pub struct TreeChoice {
    /// For each sentence, whether the event stage may read its tree.
    pub wanted: Vec<bool>,
    /// For each sentence, its triggers as [`find_triggers`] finds them
    /// (they read the words alone, not the tags or the tree).
    pub triggers: Vec<Vec<Trigger>>,
}

/// [`sentences_needing_trees`] with the triggers it found.
pub fn choose_sentences(doc: &Doc, kb: &Kb) -> TreeChoice {
    let triggers: Vec<Vec<Trigger>> = (0..doc.sentences.len())
        .map(|s| find_triggers(doc, kb, s))
        .collect();
    choose_among(doc, kb, &vec![true; doc.sentences.len()], triggers)
}

/// [`choose_sentences`] for a document tagged where `may` said it may be
/// wanted: the others are not, and the triggers found before tagging are
/// looked for again only where tags or dates may change them.
pub fn choose_sentences_given(doc: &Doc, kb: &Kb, may: &MayWant) -> TreeChoice {
    let triggers = (0..doc.sentences.len())
        .map(|s| may.untagged[s].after_tagging(doc, kb, s))
        .collect();
    choose_among(doc, kb, &may.sentences, triggers)
}

fn choose_among(doc: &Doc, kb: &Kb, may: &[bool], triggers: Vec<Vec<Trigger>>) -> TreeChoice {
    let events: Vec<bool> = (0..doc.sentences.len())
        .map(|s| may[s] && may_hold_event_given(doc, kb, s, &triggers[s]))
        .collect();
    let wanted = (0..doc.sentences.len())
        .map(|s| {
            events[s]
                || may[s]
                    && may_attribute(doc, s)
                    && event_later_in_block(doc, &events, s)
                    && crate::status::attribution_reads_tree(doc, kb, s)
        })
        .collect();
    TreeChoice { wanted, triggers }
}

/// The sentences [`choose_sentences`] may want, told before any tagging,
/// so that the others need no tags: a sentence with an event pattern's
/// phrase (the tags and dates only narrow those), a modal of obligation,
/// or a word that may head a lexicon entry whose words the sentence has,
/// as a verb or as a noun whatever the tagger makes of it; and a sentence
/// whose attribution may ask the tree that such a sentence follows in its
/// block.
/// Words inside a quotation long enough to stay one whoever says it do not
/// count, as they do not after tagging. A superset of what
/// [`choose_sentences`] gives once the tags, the names and the quotations
/// are known: those only narrow it.
///
/// `lemmas(t)` gives the lemmas token `t` would have as a verb and as a
/// noun; `lemmatiser` names what answers it (the same for the same form),
/// since the answers are kept for the thread's next documents.
pub fn may_want_sentences(
    doc: &Doc,
    kb: &Kb,
    lemmatiser: usize,
    mut lemmas: impl FnMut(usize) -> [String; 2],
) -> MayWant {
    let quote_candidates = detente_recognise::quote_candidates(doc);
    let quotes: Vec<Span> = quote_candidates
        .iter()
        .copied()
        .filter(|&q| {
            doc.slice(q).split_whitespace().count() >= detente_recognise::MIN_UNSPOKEN_WORDS
        })
        .collect();
    let quoted = |span: Span| {
        let i = quotes.partition_point(|q| q.start <= span.start);
        i > 0 && quotes[i - 1].contains(span)
    };
    WORDS.with(|memo| {
        let mut memo = memo.borrow_mut();
        let owner = (kb as *const Kb as usize, lemmatiser);
        if memo.owner != owner || memo.words.len() > MEMO_WORDS {
            *memo = WordMemo {
                owner,
                words: Default::default(),
            };
        }
        let mut untagged = Vec::with_capacity(doc.sentences.len());
        let events: Vec<bool> = (0..doc.sentences.len())
            .map(|s| {
                let mut reads = Vec::new();
                let triggers = crate::triggers::find_triggers_noting(doc, kb, s, &mut reads);
                let any_open = triggers.iter().any(|t| !quoted(t.span));
                untagged.push(UntaggedTriggers { triggers, reads });
                if any_open {
                    return true;
                }
                let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
                // (A currency's sign is a lexicon word: "$2 billion".)
                let words: Vec<(usize, std::rc::Rc<WordHeads>)> = (first..end)
                    .filter(|&t| {
                        doc.tokens[t].kind == TokenKind::Word
                            || detente_kb::CURRENCY_SIGNS.contains(&doc.token_text(t))
                    })
                    .map(|t| (t, memo.get(doc, kb, t, &mut lemmas)))
                    .collect();
                let unquoted = || words.iter().filter(|(t, _)| !quoted(doc.tokens[*t].span));
                if unquoted().any(|(t, _)| OBLIGATION_MODALS.contains(&doc.token_lower(*t))) {
                    return true;
                }
                // By hashes, sorted once asked: one that two words share
                // only lets a sentence in.
                let keys = std::cell::OnceCell::new();
                let has = |w: &str| {
                    let keys = keys.get_or_init(|| {
                        let mut keys: Vec<u64> = words
                            .iter()
                            .flat_map(|(_, h)| h.keys.iter().copied())
                            .collect();
                        keys.sort_unstable();
                        keys
                    });
                    keys.binary_search(&crate::word_hash(w)).is_ok()
                };
                let may_fit = |e: &LexEntry| {
                    e.words.iter().all(|w| has(w))
                        && match &e.recipient {
                            Slot::Prep(p) if e.words.is_empty() => has(p),
                            _ => true,
                        }
                };
                unquoted().any(|(_, h)| {
                    (0..2).any(|noun| {
                        h.heads[noun]
                            .iter()
                            .any(|k| kb.lexicon.entries_for(k, noun == 1).any(&may_fit))
                    })
                })
            })
            .collect();
        let sentences = (0..doc.sentences.len())
            .map(|s| {
                events[s]
                    || crate::status::attribution_may_read_tree(doc, s)
                        && event_later_in_block(doc, &events, s)
            })
            .collect();
        MayWant {
            sentences,
            untagged,
            quote_candidates,
        }
    })
}

/// What [`may_want_sentences`] found before tagging.
pub struct MayWant {
    /// For each sentence, whether [`choose_sentences`] may want it.
    pub sentences: Vec<bool>,
    /// For each sentence, its triggers found without tags or dates.
    untagged: Vec<UntaggedTriggers>,
    /// The document's `detente_recognise::quote_candidates`, for
    /// recognising to take rather than find again.
    pub quote_candidates: Vec<Span>,
}

/// A sentence's triggers found without tags or dates, and what finding
/// them read of the tags and the dates.
struct UntaggedTriggers {
    triggers: Vec<Trigger>,
    reads: Vec<crate::triggers::Read>,
}

impl UntaggedTriggers {
    /// The triggers of sentence `s` of the tagged `doc` with its dates:
    /// those found before, unless a tag or a date read would have refused
    /// a phrase (tags and dates only take triggers away, so a sentence
    /// with none before has none).
    fn after_tagging(&self, doc: &Doc, kb: &Kb, s: usize) -> Vec<Trigger> {
        if self.triggers.is_empty() {
            return Vec::new();
        }
        match self.reads.iter().any(|r| r.refuses(doc)) {
            true => find_triggers(doc, kb, s),
            false => self.triggers.clone(),
        }
    }
}

/// Words a thread keeps [`WordHeads`] of before starting again.
const MEMO_WORDS: usize = 1 << 17;

thread_local! {
    static WORDS: std::cell::RefCell<WordMemo> = std::cell::RefCell::new(WordMemo {
        owner: (0, 0),
        words: Default::default(),
    });
}

/// [`WordHeads`] by written form, for one knowledge base and lemmatiser.
struct WordMemo {
    owner: (usize, usize),
    words: detente_kb::FastMap<Box<str>, std::rc::Rc<WordHeads>>,
}

/// What the lexicon may make of a written word whatever its tag.
struct WordHeads {
    /// Hashes ([`word_hash`]) of what it may be matched by as an entry's
    /// required word: its form, its lemmas as a verb and a noun, the
    /// knowledge base's lemma of an irregular form, a plural's singular.
    keys: Vec<u64>,
    /// The keys (and stems of the form, as [`may_head_entry`] tries them)
    /// that head entries, as a verb and as a noun.
    heads: [Vec<Box<str>>; 2],
}

impl WordMemo {
    fn get(
        &mut self,
        doc: &Doc,
        kb: &Kb,
        t: usize,
        lemmas: &mut impl FnMut(usize) -> [String; 2],
    ) -> std::rc::Rc<WordHeads> {
        // The parser reads "do" of "don't": a form with a context.
        let contracted = t + 1 < doc.tokens.len() && matches!(doc.token_lower(t + 1), "'t" | "’t");
        if contracted {
            return std::rc::Rc::new(WordHeads::new(kb, doc.token_lower(t), &lemmas(t)));
        }
        if let Some(h) = self.words.get(doc.token_text(t)) {
            return h.clone();
        }
        let h = std::rc::Rc::new(WordHeads::new(kb, doc.token_lower(t), &lemmas(t)));
        self.words.insert(doc.token_text(t).into(), h.clone());
        h
    }
}

impl WordHeads {
    fn new(kb: &Kb, w: &str, lemmas: &[String; 2]) -> WordHeads {
        let irregular = kb.lexicon.verb_form_lemma(w);
        let mut keys = vec![crate::word_hash(w)];
        let mut heads: [Vec<Box<str>>; 2] = Default::default();
        for noun in [false, true] {
            let mut of_tag = vec![lowercase(&lemmas[noun as usize]).into_owned()];
            of_tag.extend(irregular.map(str::to_string));
            if noun {
                of_tag.push(crate::singular(w));
            }
            let found = &mut heads[noun as usize];
            let mut note = |key: &str| {
                if kb.lexicon.entries_for(key, noun).next().is_some()
                    && !found.iter().any(|f| &**f == key)
                {
                    found.push(key.into());
                }
                false
            };
            for k in &of_tag {
                note(k);
                crate::frames::head_key(k, w, noun, &mut note);
            }
            for k in of_tag {
                if !keys.contains(&crate::word_hash(&k)) {
                    keys.push(crate::word_hash(&k));
                }
            }
        }
        WordHeads { keys, heads }
    }
}

/// Whether sentence `s` may hold an event outside quotations (the event
/// stage drops every act inside one): a phrase of the event patterns, or,
/// where the sentence names a possible actor, a word that may head a
/// lexicon entry or a modal of obligation. An act read from the tree needs
/// an actor the tree names (protests excepted: "supporters of the jailed
/// leader blocked roads"), and a demand its two parties.
pub fn may_hold_event(doc: &Doc, kb: &Kb, s: usize) -> bool {
    may_hold_event_given(doc, kb, s, &find_triggers(doc, kb, s))
}

/// [`may_hold_event`] given the sentence's triggers.
fn may_hold_event_given(doc: &Doc, kb: &Kb, s: usize, triggers: &[Trigger]) -> bool {
    let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let quoted = |span: Span| doc.in_quote(span);
    if triggers.iter().any(|t| !quoted(t.span)) {
        return true;
    }
    let actor = names_a_possible_actor(doc, s);
    let unquoted = (first..end).filter(|&t| !quoted(doc.tokens[t].span));
    let words = SentenceWords::new(doc, s);
    for t in unquoted {
        if actor && OBLIGATION_MODALS.contains(&doc.token_lower(t)) {
            return true;
        }
        if may_head_entry(kb, &words, t - first, |e| actor || e.event == "PROTEST") {
            return true;
        }
    }
    false
}

/// The modals `frames::obligations` reads as a demand.
const OBLIGATION_MODALS: &[&str] = &["must", "should"];

/// The words of a sentence as the lexicon's frames compare them: lower-case
/// lemmas and forms, and the tags. The lists of all lemmas and forms are
/// made only when an entry's required words are looked for.
struct SentenceWords<'a> {
    doc: &'a Doc,
    first: usize,
    end: usize,
    all: std::cell::OnceCell<(Vec<Cow<'a, str>>, Vec<&'a str>)>,
}

impl<'a> SentenceWords<'a> {
    fn new(doc: &'a Doc, s: usize) -> SentenceWords<'a> {
        SentenceWords {
            doc,
            first: doc.sentences[s].first_token,
            end: doc.sentences[s].end_token,
            all: std::cell::OnceCell::new(),
        }
    }
    /// The lemma of the sentence's `i`th word, as the frames compare it:
    /// plurals left unlemmatised by their singular ("troops").
    fn lemma(&self, i: usize) -> Cow<'a, str> {
        let t = self.first + i;
        match self.doc.syntax.get(t) {
            Some(x) if x.xpos == "NNS" => crate::noun_key(self.doc, t),
            Some(x) => lowercase(&x.lemma),
            None => Cow::Borrowed(""),
        }
    }
    fn form(&self, i: usize) -> &'a str {
        self.doc.token_lower(self.first + i)
    }
    fn upos(&self, i: usize) -> &'static str {
        self.doc.syntax.get(self.first + i).map_or("", |x| x.upos)
    }
    fn has(&self, w: &str) -> bool {
        let (lemmas, forms) = self.all.get_or_init(|| {
            (
                (0..self.end - self.first).map(|i| self.lemma(i)).collect(),
                (0..self.end - self.first).map(|i| self.form(i)).collect(),
            )
        });
        lemmas.iter().any(|l| l == w) || forms.contains(&w)
    }
}

/// `s` lower-cased, borrowed when it has nothing to lower.
fn lowercase(s: &str) -> Cow<'_, str> {
    match s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        true => Cow::Borrowed(s),
        false => Cow::Owned(s.to_lowercase()),
    }
}

/// Whether the word at `i` of a sentence may head a lexicon entry for
/// which `wanted` holds, as far as the sentence's words tell without a
/// tree. As the frames do, a verb is looked up among the verbs and a noun
/// among the nouns, by its lemma or, where the lexicon lacks it, by a
/// stem of its form ("boycotted" read as "boycot" is "boycott"); here
/// every such key is tried, not only the first the lexicon has. The
/// entry's required words must be in the sentence (as lemmas or forms),
/// and so must the preposition of an entry that says nothing else ("seek
/// from:R").
fn may_head_entry(
    kb: &Kb,
    words: &SentenceWords,
    i: usize,
    wanted: impl Fn(&LexEntry) -> bool,
) -> bool {
    let noun = match words.upos(i) {
        "VERB" => false,
        "NOUN" => true,
        _ => return false,
    };
    let may_fit = |e: &LexEntry| {
        wanted(e)
            && e.words.iter().all(|w| words.has(w))
            && match &e.recipient {
                Slot::Prep(p) if e.words.is_empty() => words.has(p),
                _ => true,
            }
    };
    let fits = |key: &str| kb.lexicon.entries_for(key, noun).any(&may_fit);
    let lemma = words.lemma(i);
    fits(&lemma) || crate::frames::head_key(&lemma, words.form(i), noun, fits).is_some()
}

/// Whether sentence `s` names a possible actor of an act read from the
/// tree: a person, state, body or institution, or a place that may stand
/// for its state.
fn names_a_possible_actor(doc: &Doc, s: usize) -> bool {
    mentions_of(doc, s).any(|m| {
        matches!(
            doc.entities[m.entity].kind,
            EntityKind::Person | EntityKind::State | EntityKind::Body | EntityKind::Institution
        ) || doc.entities[m.entity].kind == EntityKind::Place && m.place.is_some()
    })
}

/// Whether sentence `s` may carry an attribution that asks the tree: the
/// attribution of a statement ("…, the ministry said") asks it only for a
/// speaker that speaks for itself (a state, a body, an institution other
/// than a government office).
fn may_attribute(doc: &Doc, s: usize) -> bool {
    mentions_of(doc, s).any(|m| {
        let e = &doc.entities[m.entity];
        match e.kind {
            EntityKind::State | EntityKind::Body => true,
            EntityKind::Institution => e.sector.as_deref() != Some("GOV"),
            _ => false,
        }
    })
}

/// The mentions that start in sentence `s`.
fn mentions_of(doc: &Doc, s: usize) -> impl Iterator<Item = &Mention> {
    let span = doc.sentences[s].span;
    let from = doc.mentions.partition_point(|m| m.span.start < span.start);
    doc.mentions[from..]
        .iter()
        .take_while(move |m| m.span.start < span.end)
}

/// Whether a sentence after `s` in its block may hold an event.
fn event_later_in_block(doc: &Doc, events: &[bool], s: usize) -> bool {
    let block = doc.sentences[s].block;
    (s + 1..doc.sentences.len())
        .take_while(|&n| doc.sentences[n].block == block)
        .any(|n| events[n])
}
