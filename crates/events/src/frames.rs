//! Events read from the dependency parse with the lexicon of `kb/lexicon/`.
//!
//! A token whose lemma heads a lexicon entry, with the entry's required
//! dependents and clause complement, triggers the entry's event. Roles come
//! from the tree: the actor is the subject (through passives, control verbs,
//! coordination and relative clauses), the recipient the object or the noun
//! of the frame's preposition; a noun event takes its parties from its own
//! modifiers ("talks between A and B", "Russian strikes on Kyiv"). Negation
//! and modality are read from the verb's own dependents, so "did not meet"
//! and "would invoke" are what they say. An event verb inside the clause of
//! another event verb that takes a clause ("agreed to cooperate", "urged X
//! to withdraw") is part of that event, not one of its own.

use std::borrow::Cow;
use std::rc::Rc;

use detente_doc::{Doc, EntityKind, Party, Span, Status};
use detente_kb::{EventPattern, Kb, LexEntry, Role, Slot};

use crate::triggers::Trigger;

/// An event found in the parse, with what the tree says of it.
pub(crate) struct FrameEvent {
    pub trigger: Trigger,
    pub pattern: EventPattern,
    pub actor: Vec<Party>,
    pub recipient: Vec<Party>,
    pub negated: bool,
    /// `None` when the event is only hypothetical ("would", "if").
    pub status: Option<Status>,
    /// Surface-pattern triggers inside this event's clause ("offered to
    /// *hand over*"): part of this event, not events of their own.
    pub owns: Vec<Span>,
    /// The type of the sentence's surface pattern this event stands in for:
    /// kept only if that pattern gives no event of its type ("exchanged
    /// calls with …", where the pattern on "calls" finds no parties).
    pub stand_in_for: Option<String>,
}

/// The sentence's tokens as a tree: children of each token, by offset.
struct Tree<'a> {
    doc: &'a Doc,
    first: usize,
    kids: Rc<Kids>,
    /// Lower-case lemmas, made once: frames compare them many times.
    lower: Rc<Lower>,
}

/// The lower-case lemma of each token of a sentence: `None` where it is
/// the lemma itself (most words), so that only the others are copied.
type Lower = [Option<Box<str>>];

/// The parts of the trees made while [`TreeCache`] lives, by sentence:
/// the event stage asks for a sentence's tree once per trigger and rule.
#[derive(Default)]
struct Trees {
    armed: bool,
    made: Vec<Option<(Rc<Kids>, Rc<Lower>)>>,
}

thread_local! {
    static TREES: std::cell::RefCell<Trees> = std::cell::RefCell::default();
}

/// While it lives, each sentence's tree is made once and then shared
/// ([`Tree::new`]); it is held by `extract_events` over one document,
/// whose syntax does not change meanwhile. Dropped, it forgets them.
pub(crate) struct TreeCache(());

impl TreeCache {
    pub(crate) fn arm() -> TreeCache {
        TREES.with(|t| {
            let mut t = t.borrow_mut();
            t.armed = true;
            t.made.clear();
        });
        TreeCache(())
    }
}

impl Drop for TreeCache {
    fn drop(&mut self) {
        TREES.with(|t| {
            let mut t = t.borrow_mut();
            t.armed = false;
            t.made.clear();
        });
    }
}

/// The children of each token of a sentence, in text order, in one flat
/// list (`list[start[i]..start[i + 1]]` for the sentence's `i`th token):
/// two allocations per tree instead of one per token.
struct Kids {
    start: Vec<u32>,
    list: Vec<usize>,
}

impl Kids {
    /// Number of tokens of the sentence.
    fn len(&self) -> usize {
        self.start.len() - 1
    }
}

/// `s` lower-cased, borrowed when it has nothing to lower.
fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

impl<'a> Tree<'a> {
    fn new(doc: &'a Doc, s: usize) -> Tree<'a> {
        let first = doc.sentences[s].first_token;
        let cached = TREES.with(|t| {
            let t = t.borrow();
            t.armed.then(|| t.made.get(s).cloned().flatten()).flatten()
        });
        let (kids, lower) = match cached {
            Some(parts) => parts,
            None => {
                let parts = (Rc::new(Tree::kids_of(doc, s)), Tree::lower_of(doc, s));
                TREES.with(|t| {
                    let mut t = t.borrow_mut();
                    if t.armed {
                        if t.made.len() <= s {
                            t.made.resize(s + 1, None);
                        }
                        t.made[s] = Some(parts.clone());
                    }
                });
                parts
            }
        };
        Tree {
            doc,
            first,
            kids,
            lower,
        }
    }
    fn kids_of(doc: &Doc, s: usize) -> Kids {
        let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
        let n = end - first;
        let head_of = |t: usize| {
            doc.syntax[t]
                .head
                .filter(|h| (first..end).contains(h))
                .map(|h| h - first)
        };
        let mut start = vec![0u32; n + 1];
        for t in first..end {
            if let Some(h) = head_of(t) {
                start[h + 1] += 1;
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill: Vec<u32> = start[..n].to_vec();
        let mut list = vec![0usize; start[n] as usize];
        for t in first..end {
            if let Some(h) = head_of(t) {
                list[fill[h] as usize] = t;
                fill[h] += 1;
            }
        }
        Kids { start, list }
    }
    fn lower_of(doc: &Doc, s: usize) -> Rc<Lower> {
        let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
        (first..end)
            .map(|t| {
                let lemma = doc.syntax[t].lemma.as_str();
                let w = match doc.syntax[t].xpos {
                    "NNS" => crate::noun_key(doc, t),
                    _ => lowercase(lemma),
                };
                match w {
                    Cow::Borrowed(w) if std::ptr::eq(w, lemma) => None,
                    w => Some(Box::from(w.as_ref())),
                }
            })
            .collect()
    }
    fn kids(&self, t: usize) -> &[usize] {
        let i = t - self.first;
        &self.kids.list[self.kids.start[i] as usize..self.kids.start[i + 1] as usize]
    }
    fn rel(&self, t: usize) -> &'static str {
        self.doc.syntax[t].deprel
    }
    fn lower_lemma(&self, t: usize) -> &str {
        match &self.lower[t - self.first] {
            Some(w) => w,
            None => &self.doc.syntax[t].lemma,
        }
    }
    fn head(&self, t: usize) -> Option<usize> {
        self.doc.syntax[t].head
    }
    /// The syntactic head of tokens `first..end`: the one whose own head is
    /// outside them.
    fn head_of(&self, first: usize, end: usize) -> Option<usize> {
        let inside = |k: usize| (first..end).contains(&k);
        (first..end).find(|&t| self.head(t).is_none_or(|x| !inside(x)))
    }
    /// The first and last tokens of the subtree of `t`, without the clauses
    /// under it when `clauses` is false.
    fn extent(&self, t: usize, clauses: bool) -> (usize, usize) {
        let (mut lo, mut hi) = (t, t);
        let mut stack = vec![t];
        while let Some(x) = stack.pop() {
            lo = lo.min(x);
            hi = hi.max(x);
            for &k in self.kids(x) {
                if clauses || !CLAUSAL.contains(&self.rel(k)) {
                    stack.push(k);
                }
            }
        }
        (lo, hi)
    }
    /// Whether the noun `h` is named as a landmark in time ("after the
    /// blockade", "ahead of Saturday's summit").
    fn is_landmark(&self, h: usize) -> bool {
        self.doc.syntax[h].upos == "NOUN"
            && self.kids(h).iter().any(|&k| {
                self.rel(k) == "case"
                    && matches!(
                        self.doc.token_lower(k),
                        "ahead" | "before" | "after" | "following" | "since" | "prior"
                    )
            })
    }
    fn kid_with(&self, t: usize, rel: &str) -> Option<usize> {
        self.kids(t).iter().copied().find(|&k| self.rel(k) == rel)
    }
    /// The preposition (`case` dependent) of a nominal, lower case.
    fn case_of(&self, t: usize) -> Option<&str> {
        self.kids(t)
            .iter()
            .find(|&&k| self.rel(k) == "case")
            .map(|&k| self.lower_lemma(k))
    }
    fn passive(&self, t: usize) -> bool {
        self.passive_at(t, 0)
    }

    /// "were detained and later released by Chinese troops": a participle
    /// joined to a passive, with no subject or auxiliary of its own, is one.
    fn passive_at(&self, t: usize, depth: usize) -> bool {
        let kids = self.kids(t);
        let participle = self.doc.syntax[t].xpos == "VBN";
        if kids.iter().any(|&k| {
            matches!(self.rel(k), "aux:pass" | "nsubj:pass")
                || participle && self.rel(k) == "obl:agent"
        }) {
            return true;
        }
        // "two diplomats accused of spying": a participle hung on a noun
        // with no subject of its own is a reduced passive relative.
        if participle
            && self.rel(t) == "acl"
            && !kids.iter().any(|&k| self.rel(k).starts_with("nsubj"))
        {
            return true;
        }
        depth < 4
            && self.rel(t) == "conj"
            && participle
            && !kids.iter().any(|&k| {
                self.rel(k).starts_with("nsubj")
                    || self.rel(k).starts_with("aux")
                    || self.rel(k) == "obj"
            })
            && self.head(t).is_some_and(|h| self.passive_at(h, depth + 1))
    }
}

/// Relations whose subtrees are clauses of their own: an argument's
/// entities are not looked for there.
const CLAUSAL: &[&str] = &[
    "acl",
    "acl:relcl",
    "advcl",
    "advcl:relcl",
    "ccomp",
    "xcomp",
    "csubj",
    "parataxis",
    "punct",
    "list",
    "dislocated",
];

/// Verbs whose clause reports what someone said: the event inside is the
/// reported one, and a future act of the speaker's own is a commitment.
const SPEECH: &[&str] = &[
    "say",
    "tell",
    "announce",
    "state",
    "declare",
    "report",
    "add",
    "insist",
    "confirm",
    "mention",
    "note",
    "stress",
    "explain",
    "emphasise",
    "emphasize",
    "reiterate",
];
/// Verbs whose clause is a charge or claim of their subject ("Iran
/// complained that it had been attacked"): its speaker, like SPEECH's, but
/// not a report that states.
const CHARGE: &[&str] = &[
    "claim", "allege", "charge", "complain", "argue", "assert", "contend", "maintain", "warn",
    "stress", "note", "point",
];
/// Whether `lemma` (lower case) is a verb that says or charges what its
/// clause holds.
pub(crate) fn says_or_charges(lemma: &str) -> bool {
    SPEECH.contains(&lemma) || CHARGE.contains(&lemma)
}
/// Verbs that put the act in their clause in the future.
const INTENT: &[&str] = &[
    "plan", "intend", "expect", "hope", "want", "aim", "seek", "prepare", "decide", "schedule",
    "try", "attempt", "wish", "set", "mean", "resolve",
];
const HYPOTHETICAL: &[&str] = &[
    "would", "could", "might", "may", "should", "must", "can", "ought",
];
// "won" + "'t": the splitter's halves of "won't" (the parser reads them as "wo" + "n't").
const FUTURE: &[&str] = &["will", "shall", "'ll", "wo", "won"];
const NEGATORS: &[&str] = &["not", "n't", "'t", "’t", "never", "no", "neither", "nor"];

/// Mentions of actors inside the argument headed by `t` (without its clauses).
fn parties(tree: &Tree, t: usize) -> Vec<Party> {
    let doc = tree.doc;
    // "Russia, Armenia's traditional ally": whose ally a named party is
    // says what it is to another, not who acts with it.
    // (Mentions are sorted by start: only those that can cover `t`.)
    let at = doc.tokens[t].span.start;
    let coded_head = doc.mentions[doc
        .mentions
        .partition_point(|m| m.span.start < at.saturating_sub(512))..]
        .iter()
        .take_while(|m| m.span.start <= at)
        .any(|m| at < m.span.end && doc.entities[m.entity].code.is_some());
    let relation_of = |x: usize, k: usize| {
        coded_head
            && tree.rel(k) == "nmod:poss"
            && tree.rel(x) == "appos"
            && tree.head(x) == Some(t)
    };
    let mut toks = Vec::new();
    let mut stack = vec![t];
    while let Some(x) = stack.pop() {
        toks.push(x);
        for &k in tree.kids(x) {
            if relation_of(x, k) {
                continue;
            }
            // "a newspaper based in Beirut", "a Geneva-based group": where a
            // group is based says whose it is.
            let based = tree.rel(k) == "acl" && tree.lower_lemma(k) == "base";
            // "spoke with Fidan about the war in Gaza", the topic hung on
            // the name: what they spoke about is not who.
            let topic = tree.rel(k) == "nmod" && tree.case_of(k) == Some("about");
            // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt":
            // names the parser read as a list are coordinated.
            let listed = tree.rel(k) == "list"
                && doc.syntax[k].upos == "PROPN"
                && doc.mentions.iter().any(|m| {
                    m.span.contains(doc.tokens[k].span)
                        && doc.entities[m.entity].kind == EntityKind::State
                });
            if (!CLAUSAL.contains(&tree.rel(k)) || based || listed) && !topic {
                stack.push(k);
            }
        }
    }
    toks.sort_unstable();
    let mut out: Vec<Party> = Vec::new();
    let (lo, hi) = (
        doc.tokens[toks[0]].span.start,
        doc.tokens[*toks.last().unwrap()].span.end,
    );
    // Mentions are sorted by start: look only at those that can overlap.
    let from = doc
        .mentions
        .partition_point(|m| m.span.start < lo.saturating_sub(512));
    for m in &doc.mentions[from..] {
        if m.span.start >= hi {
            break;
        }
        if m.span.end <= lo {
            continue;
        }
        let inside = doc
            .tokens_in(m.span)
            .any(|k| toks.binary_search(&k).is_ok())
            && !names_a_backer(doc, m.span);
        let e = &doc.entities[m.entity];
        let actorish = matches!(
            e.kind,
            EntityKind::Person | EntityKind::State | EntityKind::Body | EntityKind::Institution
        ) || (e.kind == EntityKind::Place && m.place.is_some());
        if inside && actorish && !out.iter().any(|p| p.entity == m.entity) {
            out.push(Party {
                entity: m.entity,
                span: m.span,
            });
        }
    }
    // "the Nigerian Union of Teachers": a state named inside a coded
    // name is that name's, not a party of its own.
    let within_coded_name = |p: &Party| {
        out.iter().any(|q| {
            q.span != p.span && q.span.contains(p.span) && doc.entities[q.entity].code.is_some()
        })
    };
    let nested: Vec<bool> = out.iter().map(within_coded_name).collect();
    let mut nested = nested.into_iter();
    out.retain(|_| !nested.next().unwrap_or(false));
    // "talked with Blinken in New Delhi", "Malaysian diplomats in Tokyo":
    // where a party of its own state stands is no party (a capital also
    // stands for its state: either reading goes).
    let where_phrases: Vec<(usize, usize)> = tree
        .kids(t)
        .iter()
        .filter(|&&k| tree.rel(k) == "nmod" && matches!(tree.case_of(k), Some("in" | "at")))
        .map(|&k| tree.extent(k, true))
        .collect();
    let located = |p: &Party| {
        doc.tokens_in(p.span)
            .any(|u| where_phrases.iter().any(|&(lo, hi)| (lo..=hi).contains(&u)))
    };
    let placed: Vec<bool> = out
        .iter()
        .map(|p| {
            matches!(
                doc.entities[p.entity].kind,
                EntityKind::Place | EntityKind::State
            ) && located(p)
                && out
                    .iter()
                    .any(|q| !located(q) && doc.entities[q.entity].code.is_some())
        })
        .collect();
    let mut placed = placed.into_iter();
    out.retain(|_| !placed.next().unwrap_or(false));
    out
}

/// "Shells were fired at a border post from Russian territory", "rockets
/// fired at Sderot from the direction of Gaza": the parties of a "from"
/// phrase on an attack verb, or on the phrase of what it hit, are where the
/// attack came from, not whom it reached.
pub(crate) fn attack_origin(doc: &Doc, s: usize, first: usize, end: usize) -> Vec<Party> {
    let Some((tree, h)) = parsed_head(doc, s, first, end) else {
        return Vec::new();
    };
    let from = |k: usize| tree.case_of(k) == Some("from");
    let on_verb = tree
        .kids(h)
        .iter()
        .copied()
        .filter(|&k| tree.rel(k).starts_with("obl") && from(k));
    let on_target = tree
        .kids(h)
        .iter()
        .copied()
        .filter(|&k| matches!(tree.rel(k), "obj" | "obl"))
        .flat_map(|k| tree.kids(k).iter().copied())
        .filter(|&g| tree.rel(g) == "nmod" && from(g));
    on_verb
        .chain(on_target)
        .flat_map(|k| parties(&tree, k))
        .collect()
}

/// "trade accusations of shelling", "allegations of attacks on aid
/// convoys": an act named as what an allegation (`@allegation`) is of is
/// alleged, not reported as done; the allegation is the event.
pub(crate) fn alleged_in_noun(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, h)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    let of_noun = matches!(tree.rel(h), "acl" | "nmod")
        && tree
            .kids(h)
            .iter()
            .any(|&k| matches!(tree.rel(k), "mark" | "case") && tree.doc.token_lower(k) == "of");
    of_noun
        && tree
            .head(h)
            .is_some_and(|n| kb.lexicon.in_class("allegation", tree.lower_lemma(n)))
}

/// "Russian-backed rebels", "a US-brokered truce": the state before such a
/// hyphenated modifier backs, brokers or arms the noun's party; it is not
/// that party.
pub(crate) fn names_a_backer(doc: &Doc, span: detente_doc::Span) -> bool {
    const BACKING: &[&str] = &[
        "-backed",
        "-brokered",
        "-sponsored",
        "-funded",
        "-supported",
        "-mediated",
        "-armed",
        "-trained",
        "-supplied",
        "-made",
        "-built",
        "-allied",
        "-aligned",
        "-leaning",
    ];
    let rest = &doc.lower[span.end..];
    BACKING.iter().any(|b| rest.starts_with(b))
}

/// The subject of the clause of `t`, through passives, control, coordination
/// and relative clauses. Returns the subject token.
fn subject(tree: &Tree, t: usize, depth: usize) -> Option<usize> {
    if depth > 6 {
        return None;
    }
    if tree.passive(t) {
        return tree
            .kids(t)
            .iter()
            .copied()
            .find(|&k| tree.rel(k) == "obl:agent")
            // "were imposed on Iran by the EU": the parser may hang the
            // agent on the phrase before it.
            .or_else(|| {
                tree.kids(t)
                    .iter()
                    .filter(|&&k| tree.rel(k) == "obl" && tree.doc.syntax[k].upos == "PROPN")
                    .flat_map(|&k| tree.kids(k).iter().copied())
                    .find(|&g| tree.rel(g) == "nmod" && tree.case_of(g) == Some("by"))
            });
    }
    if let Some(s) = tree
        .kids(t)
        .iter()
        .copied()
        .find(|&k| matches!(tree.rel(k), "nsubj" | "nsubj:outer" | "csubj"))
    {
        // "the envoy who visited Cairo": the relative pronoun stands for the noun.
        if tree.rel(t) == "acl:relcl" && matches!(tree.lower_lemma(s), "who" | "which" | "that") {
            return tree.head(t);
        }
        // "Washington sanctioned officers it accused of spying": a pronoun
        // in a relative clause stands for the subject of the verb whose
        // phrase holds the noun.
        if tree.rel(t) == "acl:relcl"
            && matches!(tree.lower_lemma(s), "it" | "they" | "he" | "she" | "we")
        {
            // Up from the noun ("sanctions on people, including officers
            // it accused of …") to the verb whose phrase it is in.
            let mut v = tree
                .head(t)
                .filter(|&n| matches!(tree.doc.syntax[n].upos, "NOUN" | "PROPN"));
            for _ in 0..4 {
                match v {
                    Some(u) if tree.doc.syntax[u].upos != "VERB" => v = tree.head(u),
                    _ => break,
                }
            }
            if let Some(main) = v
                .filter(|&u| tree.doc.syntax[u].upos == "VERB")
                .and_then(|u| subject(tree, u, depth + 1))
                .filter(|&k| tree.doc.syntax[k].upos != "PRON")
            {
                return Some(main);
            }
        }
        return Some(s);
    }
    let h = tree.head(t)?;
    match tree.rel(t) {
        // "Libya offered to hand over": the controller's subject.
        "xcomp" => {
            // "urged Iran to withdraw": an object controls the clause.
            if let Some(o) = tree.kid_with(h, "obj").or_else(|| tree.kid_with(h, "iobj")) {
                return Some(o);
            }
            subject(tree, h, depth + 1)
        }
        // "visited Cairo and met the envoys": the first verb's subject;
        // "was indicted by the court and will resign": its grammatical one.
        "conj" if tree.passive(h) && !tree.passive(t) => tree.kid_with(h, "nsubj:pass"),
        "conj" => subject(tree, h, depth + 1),
        "acl:relcl" | "acl" => Some(h),
        // ("Police fired tear gas, killing two": a participle the parser
        // hung on the subject itself is that subject's.)
        "advcl"
            if tree.doc.syntax[t].xpos == "VBG"
                && matches!(tree.doc.syntax[h].upos, "NOUN" | "PROPN")
                && tree.rel(h).starts_with("nsubj") =>
        {
            Some(h)
        }
        "advcl" if tree.doc.syntax[t].xpos == "VBG" => subject(tree, h, depth + 1),
        // "voted on Tuesday to extend sanctions": the parser's clause of
        // purpose after a verb of deciding is what was decided.
        "advcl" if purpose(tree, t) && DECIDING.contains(&tree.lower_lemma(h)) => {
            subject(tree, h, depth + 1)
        }
        _ => None,
    }
}

/// Verbs of deciding, whose infinitive the parser may read as a clause of
/// purpose ("voted on Tuesday to impose …").
const DECIDING: &[&str] = &["agree", "decide", "vote"];

/// Whether the clause at `t` is an infinitive of purpose ("… to lodge a
/// protest").
fn purpose(tree: &Tree, t: usize) -> bool {
    tree.rel(t) == "advcl"
        && tree
            .kids(t)
            .iter()
            .any(|&k| tree.rel(k) == "mark" && tree.doc.token_lower(k) == "to")
}

/// The subject of the speech verb whose reported clause holds `t`.
fn speaker_of(tree: &Tree, t: usize) -> Option<usize> {
    let mut cur = t;
    for _ in 0..6 {
        let h = tree.head(cur)?;
        match tree.rel(cur) {
            "ccomp" | "parataxis" if says_or_charges(tree.lower_lemma(h)) => {
                return tree
                    .kids(h)
                    .iter()
                    .copied()
                    .find(|&k| matches!(tree.rel(k), "nsubj" | "nsubj:outer"));
            }
            "conj" | "xcomp" | "ccomp" => cur = h,
            // "said it was expelling diplomats whom it accused of …": up
            // through a relative clause to the noun and its clause.
            "acl" | "acl:relcl" if tree.doc.syntax[h].upos == "NOUN" => cur = h,
            // "said it will not return to negotiations": a noun act in
            // the reported verb's phrase.
            "obj" | "nsubj:pass" | "obl" if tree.doc.syntax[cur].upos == "NOUN" => cur = h,
            _ => return None,
        }
    }
    None
}

/// The places of the words of a frame headed by `t` (see
/// [`word_place_tokens`]), with what [`frame_words`] compares there.
fn word_places<'t>(tree: &'t Tree, kb: &Kb, t: usize) -> WordPlaces<'t> {
    let places = word_place_tokens(tree, kb, t);
    let words: Vec<(&str, &str)> = places
        .iter()
        .map(|&k| (tree.lower_lemma(k), joined_lower(tree.doc, k)))
        .collect();
    // "handed over 300 kg": a particle right after its verb, put under the
    // amount by the parser, is still the verb's (see `frame_words`).
    let next = t + 1;
    let particle_after = (next < tree.first + tree.kids.len()
        && matches!(tree.doc.syntax[next].upos, "ADV" | "ADP" | "PART"))
    .then(|| (next, tree.doc.token_lower(next)));
    // (A name the parser made a complement is an object all the same.)
    let has_object = tree.kids(t).iter().any(|&k| {
        tree.rel(k) == "obj"
            || tree.rel(k) == "xcomp" && matches!(tree.doc.syntax[k].upos, "NOUN" | "PROPN")
    });
    let purpose = places
        .iter()
        .map(|&k| has_object && tree.case_of(k) == Some("for"))
        .collect();
    let mut hashes: Vec<u64> = words
        .iter()
        .flat_map(|&(lemma, lower)| [crate::word_hash(lemma), crate::word_hash(lower)])
        .chain(particle_after.map(|(_, lower)| crate::word_hash(lower)))
        .collect();
    hashes.sort_unstable();
    WordPlaces {
        places,
        words,
        purpose,
        particle_after,
        hashes,
    }
}

/// Token `k` in lower case, with the words joined to it by hyphens
/// ("sit-in", which the splitter cuts in three): a frame's word may be one.
fn joined_lower(doc: &Doc, k: usize) -> &str {
    let mut end = k;
    while end + 2 < doc.tokens.len() && crate::triggers::joining_hyphen(doc, end + 1) {
        end += 2;
    }
    if end == k {
        return doc.token_lower(k);
    }
    &doc.lower[doc.tokens[k].span.start..doc.tokens[end].span.end]
}

/// The tokens where a frame's required words may stand ([`word_places`]),
/// with their lemmas and lower-case forms read once: [`frame_words`] looks
/// each word of every entry of a head for them, some five entries a head.
struct WordPlaces<'t> {
    places: Vec<usize>,
    /// Lemma (as [`Tree::lower_lemma`]) and lower-case form of each place.
    words: Vec<(&'t str, &'t str)>,
    /// Whether each place is a phrase of "for" beside the head's object:
    /// the reason or purpose of what is done to the object ("hosted him for
    /// talks" hosts talks no more than "hosted him for dinner"), a required
    /// word only of a request ("pressed Iran for talks") or of a frame that
    /// has "for".
    purpose: Vec<bool>,
    /// The token after the head, with its lower-case form, if it is a
    /// particle, an adverb or a preposition.
    particle_after: Option<(usize, &'t str)>,
    /// Hashes of every lemma and form above, sorted: most entries of a head
    /// want a word that is nowhere, told without comparing words.
    hashes: Vec<u64>,
}

/// The tokens where the words of a frame headed by `t` may stand: its
/// children (an amount read through to what it measures), then the phrases
/// the parser put under its object ("holding refugees as human shields").
fn word_place_tokens(tree: &Tree, kb: &Kb, t: usize) -> Vec<usize> {
    let kids = tree.kids(t);
    let beside_object = kids
        .iter()
        .copied()
        .filter(|&k| tree.rel(k) == "obj")
        .flat_map(|o| tree.kids(o).iter().copied().map(move |g| (o, g)))
        // "termed the accusations groundless": a predicate put after the
        // object as its modifier; "ordered the ambassador to leave": the
        // object's infinitive, put under it.
        .filter(|&(o, g)| {
            tree.rel(g) == "nmod"
                || tree.rel(g) == "amod" && g > o
                || tree.rel(g) == "acl" && g > o && marked_by_to(tree, g)
        })
        .map(|(_, g)| g);
    // "went back on its pledge": a phrase the parser put under the verb's
    // particle is the verb's.
    let under_particle = kids
        .iter()
        .copied()
        .filter(|&k| matches!(tree.rel(k), "compound:prt" | "advmod") && k > t)
        .flat_map(|p| tree.kids(p).iter().copied().filter(move |&g| g > p))
        .filter(|&g| matches!(tree.rel(g), "obl" | "nmod"));
    // "pulled its troops out of Jenin": a particle the parser read as the
    // first word of a phrase's preposition ("out of") is the verb's.
    let particle_in_phrase = kids
        .iter()
        .copied()
        .filter(|&k| k > t && tree.rel(k) == "obl")
        .flat_map(|k| {
            tree.kids(k).iter().copied().filter(move |&c| {
                c < k
                    && tree.rel(c) == "case"
                    && matches!(
                        tree.doc.token_lower(c),
                        "out" | "back" | "off" | "away" | "down"
                    )
            })
        });
    // "sent an aircraft carrier group", "shut down internet access": the
    // modifier that names the object's kind.
    let kind_modifiers = kids
        .iter()
        .copied()
        .filter(|&k| {
            k > t
                && matches!(tree.rel(k), "obj" | "obl")
                && kb.lexicon.in_class("kindbymodifier", tree.lower_lemma(k))
        })
        .flat_map(|k| {
            tree.kids(k)
                .iter()
                .copied()
                .filter(move |&g| g < k && tree.rel(g) == "compound")
        });
    // "sent instructors and attack helicopters": any object of a list.
    let object_conjuncts = kids
        .iter()
        .copied()
        .filter(|&k| tree.rel(k) == "obj")
        .flat_map(|o| {
            tree.kids(o)
                .iter()
                .copied()
                .filter(move |&g| g > o && tree.rel(g) == "conj")
        });
    kids.iter()
        .copied()
        .map(|k| through_quantity(tree, kb, k))
        .chain(beside_object)
        .chain(object_conjuncts)
        .chain(under_particle)
        .chain(particle_in_phrase)
        .chain(kind_modifiers)
        .filter(|&k| may_be_frame_word(tree, k))
        .collect()
}

/// Whether `k` may stand for a frame's required word: a frame's words are
/// its particles and nouns, not a clause or the subject ("called the talks
/// useful" parsed as a clause), nor the circumstance of the act ("called off
/// the strike after talks with the government"). Asked once a place, in
/// [`word_places`], not once an entry and word.
fn may_be_frame_word(tree: &Tree, k: usize) -> bool {
    // (A conjunct is another clause's, unless it is one of a list of objects.)
    let object_conjunct =
        || tree.rel(k) == "conj" && tree.head(k).is_some_and(|o| tree.rel(o) == "obj");
    (!matches!(
        tree.rel(k),
        "nsubj" | "csubj" | "ccomp" | "advcl" | "parataxis" | "conj"
    ) || object_conjunct()
        || predicate_as(tree, k)
        || tree
            .head(k)
            .and_then(|h| small_clause(tree, h))
            .is_some_and(|(p, _)| p == k))
        && !tree.case_of(k).is_some_and(|c| CIRCUMSTANCE.contains(&c))
}

/// Prepositions of a phrase that tells when or despite what an act is done.
const CIRCUMSTANCE: &[&str] = &[
    "after",
    "before",
    "during",
    "despite",
    "following",
    "amid",
    "since",
    "until",
    "ahead",
];

/// "held the United States accountable", "deemed the drills provocative":
/// the parser may read a verb's object and the adjective said of it as a
/// clause of their own, the object its subject. Returns (the adjective,
/// its subject).
fn small_clause(tree: &Tree, t: usize) -> Option<(usize, usize)> {
    tree.kids(t).iter().copied().find_map(|k| {
        (k > t
            && matches!(tree.rel(k), "ccomp" | "xcomp")
            && tree.doc.syntax[k].upos == "ADJ"
            && !tree
                .kids(k)
                .iter()
                .any(|&a| matches!(tree.rel(a), "cop" | "aux" | "mark")))
        .then(|| tree.kid_with(k, "nsubj"))
        .flatten()
        .filter(|&subject| subject > t)
        .map(|subject| (k, subject))
    })
}

/// "described the claims as fabricated": a subjectless clause with "as"
/// that says what the object is called, not a circumstance.
fn predicate_as(tree: &Tree, k: usize) -> bool {
    tree.rel(k) == "advcl"
        && tree
            .kids(k)
            .iter()
            .any(|&a| matches!(tree.rel(a), "mark" | "case") && tree.doc.token_lower(a) == "as")
        && !tree
            .kids(k)
            .iter()
            .any(|&a| matches!(tree.rel(a), "nsubj" | "nsubj:pass" | "aux"))
}

/// The tokens of `t`'s phrase that stand for the frame's required words
/// (particles and nouns), or `None` when one is missing.
fn frame_words(places: &WordPlaces, e: &LexEntry) -> Option<Vec<usize>> {
    if e.words
        .iter()
        .any(|w| places.hashes.binary_search(&crate::word_hash(w)).is_err())
    {
        return None;
    }
    let mut required = Vec::new();
    let with_for = e.event == "REQUEST" || e.words.iter().any(|w| w == "for");
    for w in e.words.iter().map(String::as_str) {
        let k = places
            .words
            .iter()
            .zip(&places.purpose)
            // The places are those that may be a frame's word
            // (`may_be_frame_word`).
            .position(|(&(lemma, lower), &purpose)| {
                (lemma == w || lower == w) && (with_for || !purpose)
            })
            .map(|i| places.places[i])
            .or_else(|| {
                // "handed over 300 kg": a particle right after its verb, put
                // under the amount by the parser, is still the verb's.
                places
                    .particle_after
                    .and_then(|(next, lower)| (lower == w).then_some(next))
            })?;
        required.push(k);
    }
    Some(required)
}

/// "ordered the former president to appear on 16 October": the parser may
/// read an infinitive right after a verb's object as one of purpose (on
/// the verb) or as the object's modifier; there it is still the clause the
/// object is asked to do. (The object may be read as an indirect one:
/// "asked the United States on Wednesday to halt …".) Returns the
/// infinitive.
fn infinitive_after_object(tree: &Tree, t: usize) -> Option<usize> {
    let object = tree
        .kids(t)
        .iter()
        .copied()
        .find(|&o| o > t && matches!(tree.rel(o), "obj" | "iobj"))?;
    let infinitive = |k: usize| {
        tree.doc.syntax[k].xpos == "VB"
            && tree.kids(k).first().is_some_and(|&m| {
                m < k && tree.rel(m) == "mark" && tree.doc.token_lower(m) == "to"
            })
            // Nothing set off between: "ordered two frigates, to patrol".
            && !(object..k).any(|w| tree.doc.syntax[w].upos == "PUNCT")
    };
    tree.kids(t)
        .iter()
        .copied()
        .find(|&k| k > object && tree.rel(k) == "advcl" && infinitive(k))
        .or_else(|| {
            tree.kids(object)
                .iter()
                .copied()
                .find(|&k| k > object && tree.rel(k) == "acl" && infinitive(k))
        })
}

/// Whether `k` is a phrase that preposition `p` opens, not a date ("on
/// Thursday" is when, not on whom).
fn receiving_phrase(tree: &Tree, k: usize, p: &str) -> bool {
    (tree.rel(k).starts_with("obl") || tree.rel(k).starts_with("nmod"))
        && tree.case_of(k) == Some(p)
        && !in_a_date(tree.doc, k)
}

/// Whether token `k` is part of a date ("on Thursday").
pub(crate) fn in_a_date(doc: &Doc, k: usize) -> bool {
    doc.dates
        .iter()
        .any(|d| d.span.contains(doc.tokens[k].span))
}

/// "extradited suspected smuggler Peter Banda to Zambia": however the
/// parser builds the object's phrase (a name in apposition, a participle
/// as a complement), a phrase of preposition `p` inside it, a few steps
/// down and in no clause of its own, is the verb's.
fn phrase_below_object(tree: &Tree, t: usize, p: &str) -> Option<usize> {
    let through = |k: usize| {
        matches!(
            tree.rel(k),
            "obj" | "obl:unmarked" | "appos" | "nmod" | "nmod:desc" | "flat" | "compound"
        ) || tree.rel(k) == "xcomp"
            // A participle read as a complement ("suspected"), not a clause.
            && tree.doc.syntax[k].xpos == "VBN"
            && !tree
                .kids(k)
                .iter()
                .any(|&c| tree.rel(c).starts_with("nsubj"))
    };
    let mut level: Vec<usize> = tree
        .kids(t)
        .iter()
        .copied()
        .filter(|&k| k > t && matches!(tree.rel(k), "obj" | "obl:unmarked" | "xcomp") && through(k))
        .collect();
    for _ in 0..3 {
        let mut next = Vec::new();
        for &h in &level {
            for &k in tree.kids(h) {
                if receiving_phrase(tree, k, p) {
                    return Some(k);
                }
                if through(k) {
                    next.push(k);
                }
            }
        }
        level = next;
    }
    None
}

/// Whether the frame's required words and clause are there, and how well
/// its recipient slot is filled: `Some((score, recipient token))`.
fn fit(
    tree: &Tree,
    kb: &Kb,
    t: usize,
    places: &WordPlaces,
    e: &LexEntry,
) -> Option<(usize, Option<usize>)> {
    let kids = tree.kids(t);
    let required = frame_words(places, e)?;
    // "called the talks useful", "called the talks a success": a noun with
    // a predicate after it is named, not asked for.
    if e.event == "REQUEST"
        && required.iter().any(|&k| {
            tree.kids(k)
                .iter()
                .any(|&g| g > k && matches!(tree.rel(g), "amod" | "nmod:unmarked"))
        })
    {
        return None;
    }
    // The clause of "urged Iran to withdraw" follows its verb; a quotation
    // before "… , he told reporters" is what was said, not what was asked.
    // A request's "that" clause asks only in the subjunctive or with
    // "should"/"must" ("demanded that Israel withdraw"); "told the
    // assembly that the complaint was baseless" states.
    let asks = |k: usize| {
        e.event != "REQUEST"
            || tree.rel(k) == "xcomp"
            || tree.doc.syntax[k].xpos == "VB"
                && !tree.kids(k).iter().any(|&a| {
                    matches!(tree.rel(a), "aux" | "cop") && {
                        !matches!(tree.doc.token_lower(a), "should" | "must" | "be" | "to")
                    }
                })
            || tree.kids(k).iter().any(|&a| {
                tree.rel(a) == "aux" && matches!(tree.doc.token_lower(a), "should" | "must")
            })
    };
    // "called a ceasefire", "called an election": what such a verb asks
    // for it takes with "for" ("called for a ceasefire"); its object is
    // declared or convened, not asked for.
    if e.event == "REQUEST"
        && in_class(kb, "askingfor", tree.lower_lemma(t))
        && required
            .iter()
            .any(|&k| tree.head(k) == Some(t) && tree.rel(k) == "obj")
    {
        return None;
    }
    // "conceded that progress was slow": a concession is an act done, not a
    // proposition granted; a bare frame's verb with a "that" clause states.
    // ("demonstrated that the talks had failed": shown, not marched for.)
    if (e.event == "CONCEDE" || e.event == "PROTEST" && e.mode.as_deref() == Some("demo"))
        && !e.clause
        && kids.iter().any(|&k| {
            k > t
                && tree.rel(k) == "ccomp"
                && tree
                    .kids(k)
                    .iter()
                    .any(|&m| tree.rel(m) == "mark" && tree.doc.token_lower(m) == "that")
        })
    {
        return None;
    }
    if e.clause
        && !kids
            .iter()
            .any(|&k| k > t && matches!(tree.rel(k), "xcomp" | "ccomp") && asks(k))
        && !infinitive_after_object(tree, t).is_some_and(asks)
    {
        return None;
    }
    let recipient = match &e.recipient {
        Slot::None => None,
        Slot::Object if tree.passive(t) && !e.noun => tree.kid_with(t, "nsubj:pass"),
        Slot::Object => {
            let iobj = tree.kid_with(t, "iobj");
            let obj = kids
                .iter()
                .copied()
                .find(|&k| tree.rel(k) == "obj" && !required.contains(&k));
            // "the officers it accused of spying": the noun the relative
            // clause is on is its object.
            let relativised = || {
                (tree.rel(t) == "acl:relcl"
                    && tree.kids(t).iter().any(|&k| {
                        tree.rel(k) == "nsubj"
                            && !matches!(tree.lower_lemma(k), "who" | "which" | "that")
                    }))
                .then(|| tree.head(t))
                .flatten()
            };
            // "slammed the United States" read as a bare oblique: a name
            // right after the verb with no preposition is its object.
            let bare_name = || {
                kids.iter().copied().find(|&k| {
                    k > t
                        && tree.rel(k) == "obl"
                        && tree.doc.syntax[k].upos == "PROPN"
                        && tree.case_of(k).is_none()
                        && (t + 1..k).all(|j| tree.head(j) == Some(k))
                })
            };
            iobj.or(obj)
                .or_else(relativised)
                .or_else(bare_name)
                .or_else(|| small_clause(tree, t).map(|(_, subject)| subject))
        }
        // "delivered tents to Haiti" with the phrase put under the object
        // (or under the name in apposition to it: "extradited the banker
        // John Smith to Britain"): the object's own receiving phrase is the
        // verb's too.
        Slot::Prep(p) => std::iter::once(t)
            .chain(required.iter().copied())
            // "imposed an asset freeze and a travel ban on Russia": the
            // phrase hung on the last of the coordinated nouns.
            .chain(required.iter().flat_map(|&k| {
                tree.kids(k)
                    .iter()
                    .copied()
                    .filter(|&c| tree.rel(c) == "conj")
            }))
            .chain(
                kids.iter()
                    .copied()
                    .filter(|&k| tree.rel(k) == "obj")
                    .flat_map(|k| {
                        let named = tree
                            .kids(k)
                            .iter()
                            .copied()
                            .filter(|&a| tree.rel(a) == "appos");
                        [k, through_quantity(tree, kb, k)].into_iter().chain(named)
                    }),
            )
            .find_map(|h| {
                tree.kids(h)
                    .iter()
                    .copied()
                    .find(|&k| receiving_phrase(tree, k, p))
            })
            .or_else(|| phrase_below_object(tree, t, p)),
    };
    // "seek from:R" says nothing but its preposition: without it, any
    // "sought" would match.
    if recipient.is_none() && e.words.is_empty() && matches!(e.recipient, Slot::Prep(_)) {
        return None;
    }
    // A visit goes somewhere: "led a delegation to Mexico" is one, "the
    // delegation was led by Umerov" only says who led it.
    if recipient.is_none()
        && matches!(e.recipient, Slot::Prep(_))
        && e.mode.as_deref() == Some("visit")
    {
        return None;
    }
    // A preposition's slot that finds nothing pins nothing down: "staged
    // drills around Taiwan" is no exercise "with" anyone, and the frame
    // without the slot wins.
    let unfilled = recipient.is_none() && matches!(e.recipient, Slot::Prep(_));
    let score = 10 * e.specificity() + if recipient.is_some() { 5 } else { 0 }
        - if unfilled { 25 } else { 0 };
    // "opened investigations against 28 officials", "completed its inquiry
    // into an allegation": a light verb's frame that names no recipient
    // still reaches whom its noun's (or its own) receiving phrase names.
    let recipient = recipient.or_else(|| {
        let nouns: Vec<usize> = required
            .iter()
            .copied()
            .filter(|&k| tree.doc.syntax[k].upos == "NOUN")
            .collect();
        if e.noun || nouns.is_empty() {
            return None;
        }
        // "The Russian ambassador was summoned": a passive's subject that
        // is the frame's own noun is whom the act reaches, as its object,
        // where no phrase is the frame's recipient ("supplies from Nigeria
        // were cut off" reach whom "to" names).
        if tree.passive(t) && e.recipient == Slot::None {
            if let Some(k) = nouns
                .iter()
                .copied()
                .find(|&k| tree.rel(k) == "nsubj:pass" && tree.head(k) == Some(t))
            {
                return Some(k);
            }
        }
        let phrase = |h: usize, preps: &[&str]| {
            tree.kids(h).iter().copied().find(|&k| {
                (tree.rel(k).starts_with("obl") || tree.rel(k).starts_with("nmod"))
                    && tree.case_of(k).is_some_and(|c| preps.contains(&c))
            })
        };
        // "received observers from the OSCE", "pulled troops out from":
        // what one yields or withdraws from is on the receiving end.
        let retreat = e.event == "RETREAT";
        let from = |h: usize| if retreat { phrase(h, &["from"]) } else { None };
        // "brokered a ceasefire between Israel and Hamas": a mediator
        // reaches the sides of what it brokers.
        let between = |h: usize| {
            (e.mode.as_deref() == Some("mediate"))
                .then(|| phrase(h, &["between"]))
                .flatten()
        };
        // "gave Tanzania a grant": the indirect object first.
        tree.kid_with(t, "iobj")
            .or_else(|| nouns.iter().find_map(|&n| phrase(n, LIGHT_NOUN_RECEIVING)))
            .or_else(|| nouns.iter().find_map(|&n| between(n)))
            .or_else(|| phrase(t, LIGHT_VERB_RECEIVING))
            .or_else(|| nouns.iter().find_map(|&n| from(n)))
            .or_else(|| from(t))
            // "froze the assets of twelve businessmen", "revoked the visas
            // of ten officials": whose they are is whom the sanction hits.
            .or_else(|| {
                (e.event == "SANCTION")
                    .then(|| nouns.iter().find_map(|&n| phrase(n, &["of"])))
                    .flatten()
            })
            // "banned Chinese apps", "froze Russian assets": whose they are,
            // told by a modifier, is whom the ban or the freeze hits.
            .or_else(|| {
                matches!(e.event.as_str(), "SANCTION" | "COERCE")
                    .then(|| {
                        nouns.iter().copied().find(|&n| {
                            tree.kids(n).iter().any(|&m| {
                                matches!(tree.rel(m), "amod" | "compound" | "nmod:poss")
                                    && !parties(tree, m).is_empty()
                            })
                        })
                    })
                    .flatten()
            })
            // "blocked Sweden's bid", "rejected Iran's proposal": whose the
            // bid or the proposal is is whom the answer reaches.
            .or_else(|| {
                matches!(e.event.as_str(), "REJECT" | "SUPPORT" | "ACCUSE")
                    .then(|| {
                        nouns.iter().copied().find(|&n| {
                            tree.kids(n).iter().any(|&m| {
                                tree.rel(m) == "nmod:poss" && !parties(tree, m).is_empty()
                            })
                        })
                    })
                    .flatten()
            })
    });
    Some((score, recipient.map(|k| through_pledge(tree, kb, k))))
}

/// "reneged on his commitment to the Zambian people", "broke its promise
/// to the strikers": a pledge (`@pledge` in the lexicon's classes) stands
/// for whom it was made to, when its "to" phrase names them.
fn through_pledge(tree: &Tree, kb: &Kb, k: usize) -> usize {
    through_class_noun(tree, kb, k, "pledge", "to")
}

/// Prepositions whose noun receives the act of a light verb's noun
/// ("investigation against", "aid to") or of the verb itself.
const LIGHT_NOUN_RECEIVING: &[&str] = &["against", "into", "on", "with", "to", "toward", "towards"];
const LIGHT_VERB_RECEIVING: &[&str] = &["against", "into", "toward", "towards"];

/// "handed over 700 kg of medicine", "a shipment of arms": an amount
/// stands for what it measures (`@quantity` in the lexicon's classes).
fn through_quantity(tree: &Tree, kb: &Kb, k: usize) -> usize {
    through_class_noun(tree, kb, k, "quantity", "of")
}

/// The noun a word of the lexicon's noun class `class` at `k` stands for:
/// the one its `prep` phrase names, else `k` itself.
/// Read through more than one ("tens of thousands of reservists").
fn through_class_noun(tree: &Tree, kb: &Kb, k: usize, class: &str, prep: &str) -> usize {
    let mut k = k;
    for _ in 0..3 {
        if !kb.lexicon.in_class(class, tree.lower_lemma(k)) {
            return k;
        }
        match tree
            .kids(k)
            .iter()
            .copied()
            .find(|&g| tree.rel(g) == "nmod" && tree.case_of(g) == Some(prep))
        {
            Some(g) => k = g,
            None => return k,
        }
    }
    k
}

fn synthetic_pattern(e: &LexEntry) -> EventPattern {
    EventPattern {
        event: e.event.clone(),
        mode: e.mode.clone(),
        context: Vec::new(),
        kind: if e.noun { "noun".into() } else { "verb".into() },
        phrases: Vec::new(),
        subject: Role::Actor,
        object: Role::Recipient,
        symmetric: matches!(e.event.as_str(), "CONSULT" | "AGREE" | "COOPERATE")
            && e.recipient != Slot::Object,
        requires_before: Vec::new(),
        not_after: Vec::new(),
        not_before: Vec::new(),
        needs_object: false,
        place_is_recipient: e.event == "CONSULT" && e.mode.as_deref() == Some("visit"),
        needs_speaker: false,
        compiled: Vec::new(),
    }
}

/// The lemma a word is looked up by in the lexicon: its lemma, or where
/// the lexicon has no such head a key tried from its form (see
/// [`head_key`]).
fn lexicon_lemma<'a>(kb: &Kb, lemma: &'a str, form: &str, noun: bool) -> std::borrow::Cow<'a, str> {
    if kb.lexicon.has_head(lemma, noun) {
        return lemma.into();
    }
    head_key(lemma, form, noun, |key| kb.lexicon.has_head(key, noun))
        .map_or(lemma.into(), Into::into)
}

/// The first key for a word's head that `found` accepts, after its lemma:
/// the lemma with its last letter doubled (a lemma "boycot" for
/// "boycotted"), then the form without an ending (-ed, -d, -ing, -s, -es),
/// with an "e", or with a doubled consonant undone ("levelled", "banning"). The event
/// stage and the choice of sentences to parse (`trees`) share it, so both
/// find the same heads.
pub(crate) fn head_key(
    lemma: &str,
    form: &str,
    noun: bool,
    mut found: impl FnMut(&str) -> bool,
) -> Option<String> {
    // "re-opened", "co-hosted": a word with a prefix joined by a hyphen is
    // its entry without the hyphen ("reopen"), or, for a prefix that only
    // repeats or shares the act, the word's own ("host"). ("de-", "mis-"
    // undo or spoil it: no fallback.)
    if let Some((prefix, base)) = lemma.split_once('-') {
        let whole = format!("{prefix}{base}");
        if found(&whole) {
            return Some(whole);
        }
        if matches!(prefix, "re" | "co") && !base.is_empty() {
            if found(base) {
                return Some(base.to_string());
            }
            let form_base = form.split_once('-').map_or(form, |(_, b)| b);
            return head_key(base, form_base, noun, found);
        }
    }
    let endings: &[&str] = if noun {
        &["s", "es"]
    } else {
        &["ed", "d", "ing", "s", "es"]
    };
    // Most words have no entry at all: candidates are tried in one buffer,
    // and only a hit is kept.
    let mut buf = String::with_capacity(form.len() + 2);
    let mut hit = |parts: &[&str]| {
        buf.clear();
        parts.iter().for_each(|p| buf.push_str(p));
        found(&buf)
    };
    if let Some(last) = lemma.char_indices().last().map(|(i, _)| &lemma[i..]) {
        if hit(&[lemma, last]) {
            return Some(buf);
        }
    }
    for end in endings {
        if let Some(stem) = form.strip_suffix(end).filter(|s| s.len() > 2) {
            // "levelled", "banning" (a lemma "bann"): a doubled last consonant undone.
            let b = stem.as_bytes();
            let undoubled = (b.len() > 3
                && b[b.len() - 1] == b[b.len() - 2]
                && b[b.len() - 1].is_ascii_lowercase()
                && !matches!(b[b.len() - 1], b'a' | b'e' | b'i' | b'o' | b'u' | b's'))
            .then(|| &stem[..stem.len() - 1]);
            if hit(&[stem]) || hit(&[stem, "e"]) || undoubled.is_some_and(|u| hit(&[u])) {
                return Some(buf);
            }
        }
    }
    None
}

/// The best-fitting entry for token `t`, if any.
fn best_entry<'k>(tree: &Tree, kb: &'k Kb, t: usize) -> Option<(&'k LexEntry, Option<usize>)> {
    let syn = &tree.doc.syntax[t];
    let noun = match syn.upos {
        // "the seized archive": a participle describing a noun is no act.
        "VERB"
            if syn.deprel == "amod"
                && (t == 0
                    || !matches!(tree.doc.syntax[t - 1].upos, "NOUN" | "PROPN" | "PRON")) =>
        {
            return None
        }
        "VERB" => false,
        "NOUN" => true,
        _ => return None,
    };
    let lemma = lexicon_lemma(kb, tree.lower_lemma(t), tree.doc.token_lower(t), noun);
    let mut best: Option<(usize, &LexEntry, Option<usize>)> = None;
    let mut places = None;
    for e in kb.lexicon.entries_for(&lemma, noun) {
        let places = places.get_or_insert_with(|| word_places(tree, kb, t));
        if let Some((score, r)) = fit(tree, kb, t, places, e) {
            if best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, e, r));
            }
        }
    }
    best.map(|(_, e, r)| (e, r))
}

/// Negation of `t`: its own "not", "never", "no", or a negated verb that
/// governs it ("refused to meet" is handled by the lexicon as REJECT).
fn negated(tree: &Tree, t: usize) -> bool {
    tree.kids(t).iter().any(|&k| {
        matches!(tree.rel(k), "advmod" | "det" | "neg" | "cc:preconj")
            && NEGATORS.contains(&tree.doc.token_lower(k))
    }) || not_yet_done(tree, t)
}

/// "has yet to sign", "are yet to meet": an act still to come is not done.
fn not_yet_done(tree: &Tree, t: usize) -> bool {
    let yet = |v: usize| {
        tree.kids(v)
            .iter()
            .any(|&k| tree.rel(k) == "advmod" && tree.doc.token_lower(k) == "yet")
    };
    tree.rel(t) == "xcomp"
        && marked_by_to(tree, t)
        && tree
            .head(t)
            .is_some_and(|h| matches!(tree.lower_lemma(h), "have" | "be") && (yet(h) || yet(t)))
}

/// Planned, occurred or only hypothetical, from the verb's auxiliaries and
/// the verbs that govern it.
fn modality(tree: &Tree, kb: &Kb, t: usize) -> Option<Status> {
    let mut planned = false;
    let mut cur = t;
    for depth in 0..4 {
        for &k in tree.kids(cur) {
            let w = tree.doc.token_lower(k);
            if tree.rel(k) == "aux" {
                if FUTURE.contains(&w) {
                    planned = true;
                } else if HYPOTHETICAL.contains(&w) {
                    // "said it would release": reported future, not a hypothesis.
                    let reported = tree
                        .head(cur)
                        .is_some_and(|h| SPEECH.contains(&tree.lower_lemma(h)));
                    if !(reported && w == "would") {
                        return None;
                    }
                    planned = true;
                }
            }
            // "has not decided whether to move a carrier": an open
            // question is no act either.
            if tree.rel(k) == "mark" && matches!(w, "if" | "unless" | "whether") {
                return None;
            }
        }
        if depth == 0 && tree.rel(cur) == "xcomp" {
            if let Some(h) = tree.head(cur) {
                // "plans to meet", "is ready to resume talks": not yet held.
                if INTENT.contains(&tree.lower_lemma(h)) || READY.contains(&tree.lower_lemma(h)) {
                    planned = true;
                }
            }
        }
        if aim_of(tree, kb, cur) {
            return None;
        }
        match tree.rel(cur) {
            "xcomp" | "conj" => cur = tree.head(cur)?,
            _ => break,
        }
    }
    Some(if planned {
        Status::Planned
    } else {
        Status::Occurred
    })
}

/// Whether the event at `t` is part of another event's words: the clause of
/// a verb that takes one ("agreed to cooperate", "urged X to withdraw"), or
/// what a trigger acts on ("demanded the return of", "the decision to stop").
fn governed(
    tree: &Tree,
    t: usize,
    found: &[(usize, &LexEntry, Option<usize>)],
    taken: &[Span],
) -> bool {
    let Some(h) = tree.head(t) else { return false };
    let is_trigger = |u: usize| taken.iter().any(|x| x.overlaps(tree.doc.tokens[u].span));
    match tree.rel(t) {
        "xcomp" | "ccomp" => found.iter().any(|&(u, f, _)| u == h && f.clause) || is_trigger(h),
        // "accused Russia of striking the port": the act charged is the
        // charge's content, not an event of its own.
        "advcl" | "acl" | "obj" | "nmod"
            if tree.rel(t) != "advcl"
                || tree.kids(t).iter().any(|&k| {
                    matches!(tree.rel(k), "mark" | "case")
                        && matches!(tree.doc.token_lower(k), "of" | "for")
                }) =>
        {
            is_trigger(h)
                || found
                    .iter()
                    .any(|&(u, f, _)| u == h && (f.clause || f.noun))
        }
        _ => false,
    }
}

/// Light verbs whose subject does the act their object names ("paid a
/// visit", "launched an offensive"); not those of speaking about it
/// ("announced the agreement", "called the shelling a violation").
const DOING_VERBS: &[&str] = &[
    "pay", "hold", "have", "make", "conduct", "launch", "carry", "stage", "mount", "begin",
    "start", "resume", "reach", "conclude", "sign", "impose", "lodge", "file", "host", "attend",
    "join", "continue", "complete", "finish", "organise", "organize", "break", "hand", "deliver",
    "issue", "fire", "use", "deploy", "unleash", "open", "reopen", "wrap", "end",
];

/// Whether token `k` is the pronoun "it".
fn is_it(doc: &Doc, k: usize) -> bool {
    doc.syntax[k].upos == "PRON" && doc.token_lower(k) == "it"
}

/// What a subject "it" of sentence `s` stands for: the state, body or
/// institution that is the subject of the nearest sentence before it, up to
/// three back, that has a named subject; nothing when that subject is a
/// person or something else ("The EU announced sanctions on Monday. A
/// notice said they took effect at once. It also froze …").
pub(crate) fn it_antecedent(doc: &Doc, s: usize) -> Vec<Party> {
    // Sentences whose subject is "it" again pass it on and are not counted.
    let mut looked = 0;
    for p in (s.saturating_sub(8)..s).rev() {
        if looked == 3 {
            break;
        }
        looked += 1;
        let (first, end) = (doc.sentences[p].first_token, doc.sentences[p].end_token);
        if doc.syntax[first..end].iter().all(|x| x.deprel == "dep") {
            continue;
        }
        let tree = Tree::new(doc, p);
        let Some(subj) = (first..end)
            .find(|&t| tree.rel(t) == "root")
            .and_then(|r| tree.kid_with(r, "nsubj"))
        else {
            continue;
        };
        if is_it(doc, subj) {
            looked -= 1;
            continue;
        }
        // The subject's own name and what stands before it, not a phrase
        // after it ("A notice in Brussels").
        let (lo, _) = tree.extent(subj, false);
        let (from, to) = (doc.tokens[lo].span.start, doc.tokens[subj].span.end);
        let all = parties(&tree, subj);
        // "President William Ruto" is a "he", whatever his state.
        if all
            .iter()
            .any(|x| doc.entities[x.entity].kind == EntityKind::Person)
        {
            return Vec::new();
        }
        let found: Vec<Party> = all
            .into_iter()
            .filter(|x| x.span.start >= from && x.span.end <= to)
            .collect();
        if found.is_empty() {
            continue;
        }
        let standing = found.iter().all(|x| {
            matches!(
                doc.entities[x.entity].kind,
                EntityKind::State | EntityKind::Body | EntityKind::Institution
            )
        });
        return if standing { found } else { Vec::new() };
    }
    Vec::new()
}

const PARTAKING_VERBS: &[&str] = &[
    "return",
    "participate",
    "engage",
    "take",
    "come",
    "go",
    "head",
    "sit",
];

/// The verb of going (or of being expected or due somewhere) that the
/// noun at `h` is the purpose of ("flew to Doha for talks").
fn travelled_for(tree: &Tree, h: usize) -> Option<usize> {
    if tree.rel(h) != "obl" || tree.case_of(h) != Some("for") {
        return None;
    }
    tree.head(h).filter(|&v| {
        TRAVEL_VERBS.contains(&tree.lower_lemma(v))
            || tree.lower_lemma(v) == "expect" && tree.passive(v)
            || tree.lower_lemma(v) == "due" && tree.doc.syntax[v].upos == "ADJ"
    })
}

/// Whether the noun at token `t` of sentence `s` is what someone travels,
/// or is expected somewhere, for: the act itself, not its setting.
pub(crate) fn travelled_for_act(doc: &Doc, s: usize, t: usize) -> bool {
    doc.syntax.len() == doc.tokens.len() && travelled_for(&Tree::new(doc, s), t).is_some()
}

/// Verbs of going somewhere, for a purpose that a noun act names ("flew
/// to Doha for talks").
const TRAVEL_VERBS: &[&str] = &[
    "arrive", "travel", "fly", "come", "go", "head", "leave", "return", "land", "gather",
];

/// Light verbs that make a noun an event that takes place ("held talks",
/// "launched an offensive", "signed an agreement").
const SUPPORT_VERBS: &[&str] = &[
    "hold",
    "have",
    "begin",
    "start",
    "resume",
    "conduct",
    "launch",
    "carry",
    "stage",
    "sign",
    "reach",
    "conclude",
    "open",
    "host",
    "attend",
    "join",
    "make",
    "give",
    "pay",
    "impose",
    "announce",
    "declare",
    "mount",
    "call",
    "end",
    "complete",
    "finish",
    "organise",
    "organize",
    "lead",
    "take",
    "issue",
    "lodge",
    "file",
    "deliver",
    "send",
    "provide",
    "order",
    "step",
    "continue",
    "break",
    "speed",
    "accelerate",
    "hasten",
    "expedite",
    "implement",
    // "renewed its threat", "reiterated calls for": the act made again.
    "renew",
    "repeat",
    "reiterate",
];

/// The amount a noun act is counted in, when that amount is the verb's
/// object: "pledged $4 billion in aid" (the parser hangs "in aid" on the
/// amount or on the verb), "sent 500 tonnes of food".
fn amount_of(tree: &Tree, t: usize) -> Option<usize> {
    let amount = |a: usize| {
        let x = &tree.doc.syntax[a];
        tree.rel(a) == "obj"
            && (x.upos == "NUM"
                || matches!(tree.doc.token_text(a), "$" | "€" | "£" | "¥")
                || tree.kids(a).iter().any(|&k| tree.rel(k) == "nummod"))
    };
    match (tree.rel(t), tree.case_of(t)) {
        ("nmod", Some("in" | "of")) => tree.head(t).filter(|&a| amount(a)),
        ("obl", Some("in")) => tree
            .head(t)
            .and_then(|h| tree.kids(h).iter().copied().find(|&k| amount(k))),
        _ => None,
    }
}

/// A noun event is a concrete act, not a topic: it is done by a light verb,
/// takes place ("the talks took place", "the strike began"), is dated, or has
/// its own parties.
fn concrete_noun_event(tree: &Tree, t: usize) -> bool {
    // "announced $250 million in aid": the act stands where its amount does.
    if let Some(a) = amount_of(tree, t) {
        let verb = tree.head(a).filter(|&h| tree.doc.syntax[h].upos == "VERB");
        if verb.is_some_and(|v| SUPPORT_VERBS.contains(&tree.lower_lemma(v))) {
            return true;
        }
    }
    let kids = tree.kids(t);
    let dated = kids.iter().any(|&k| {
        tree.rel(k).ends_with(":tmod")
            || (tree.rel(k).starts_with("nmod")
                && tree
                    .doc
                    .dates
                    .iter()
                    .any(|d| d.span.overlaps(tree.doc.tokens[k].span)))
    });
    let parties = kids.iter().any(|&k| {
        let rel = tree.rel(k);
        (rel == "nmod:poss"
            || rel == "amod"
            || rel == "compound"
            || (rel == "nmod"
                && matches!(
                    tree.case_of(k),
                    Some("between" | "with" | "by" | "on" | "against")
                )))
            && !parties(tree, k).is_empty()
    });
    let head_verb = tree
        .head(t)
        .filter(|&h| tree.doc.syntax[h].upos == "VERB")
        .map(|h| tree.lower_lemma(h));
    let supported = match (tree.rel(t), head_verb) {
        ("obj", Some(v)) => SUPPORT_VERBS.contains(&v),
        ("nsubj" | "nsubj:pass", Some(v)) => matches!(
            v,
            "take"
                | "begin"
                | "start"
                | "end"
                | "continue"
                | "resume"
                | "hold"
                | "open"
                | "close"
                | "kill"
                | "wound"
                | "hit"
                | "damage"
                | "destroy"
                | "complete"
                | "finish"
                | "conclude"
                | "implement"
                // "Clashes erupted …", "fighting left 27 people dead"
                | "erupt"
                | "flare"
                | "rage"
                | "intensify"
                | "escalate"
                | "leave"
        ),
        _ => false,
    };
    // "Fighting broke out between …" (not "talks broke down").
    let broke_out = tree.rel(t) == "nsubj"
        && tree.head(t).is_some_and(|h| {
            tree.lower_lemma(h) == "break"
                && tree
                    .kids(h)
                    .iter()
                    .any(|&k| tree.rel(k) == "compound:prt" && tree.doc.token_lower(k) == "out")
        });
    let generic = kids.iter().any(|&k| {
        tree.rel(k) == "det" && matches!(tree.doc.token_lower(k), "any" | "no" | "every" | "such")
    });
    !generic && (supported || broke_out || (parties && dated))
}

/// Whether word `k` is an infinitive marked by "to" ("to disperse").
fn marked_by_to(tree: &Tree, k: usize) -> bool {
    tree.kids(k)
        .iter()
        .any(|&m| tree.rel(m) == "mark" && tree.doc.token_lower(m) == "to")
}

/// Adjectives that make their clause a stated readiness ("is willing to withdraw").
pub(crate) const READY: &[&str] = &[
    "open",
    "willing",
    "prepared",
    "ready",
    "committed",
    "determined",
    "eager",
];
/// Verbs of fighting that the lexicon leaves to their objects ("fight on",
/// "fight until they gain control"): promised, they are threats.
const HOSTILE_VERBS: &[&str] = &[
    "fight",
    "retaliate",
    "resist",
    "avenge",
    "strike",
    "attack",
    "kill",
    "destroy",
];
/// Types that hurt their recipient: announced in the future, they are threats.
const HOSTILE: &[&str] = &["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"];

/// PLOVER codes an actor's announced future act as a commitment: a promise
/// to do something (AGREE) or, when the act is hostile or made conditional
/// ("unless"), a threat. "Syria says it will withdraw" is AGREE; "the
/// farmers said they would blockade Paris" is THREATEN. Returns the type the
/// event becomes, if it is one.
fn commitment(tree: &Tree, t: usize, event: &str) -> Option<&'static str> {
    let kids = tree.kids(t);
    let conditional_on = |marks: &[&str]| {
        kids.iter().any(|&k| {
            tree.rel(k) == "advcl"
                && tree
                    .kids(k)
                    .iter()
                    .any(|&m| tree.rel(m) == "mark" && marks.contains(&tree.doc.token_lower(m)))
        })
    };
    // A meeting or a refusal announced for later is a plan, unless it is
    // put as a condition: "would meet the mediator if he gave them a veto"
    // is an offer, "will boycott the elections unless the president steps
    // down" a threat.
    let offer = event == "CONSULT" && conditional_on(&["if", "unless", "provided"]);
    let refusal_threat = event == "REJECT" && conditional_on(&["unless"]);
    if matches!(
        event,
        "CONSULT" | "AGREE" | "REQUEST" | "ACCUSE" | "THREATEN" | "REJECT"
    ) && !offer
        && !refusal_threat
    {
        return None;
    }
    let future = kids.iter().any(|&k| {
        tree.rel(k) == "aux"
            && matches!(tree.doc.token_lower(k), "will" | "would" | "'ll" | "shall")
    });
    let head = tree.head(t);
    // "X said it will …", or "X will …, a statement said".
    let reported = future
        && (tree.rel(t) == "ccomp" && head.is_some_and(|h| SPEECH.contains(&tree.lower_lemma(h)))
            || kids
                .iter()
                .any(|&k| tree.rel(k) == "parataxis" && SPEECH.contains(&tree.lower_lemma(k)))
            || trailing_attribution(tree, t));
    let ready =
        tree.rel(t) == "xcomp" && head.is_some_and(|h| READY.contains(&tree.lower_lemma(h)));
    // "The party will boycott the elections unless the president resigns":
    // an act announced on a condition is a threat, whoever reports it.
    let ultimatum = future && conditional_on(&["unless"]) && !offer;
    if !reported && !ready && !ultimatum {
        return None;
    }
    if offer {
        return Some("AGREE");
    }
    Some(if conditional_on(&["unless"]) || HOSTILE.contains(&event) {
        "THREATEN"
    } else {
        "AGREE"
    })
}

/// The state across a border that a phrase of `t` names ("to its border
/// with Belarus", "back from the disputed stretch of its border with
/// Cambodia", "closed its borders with Guinea"): the noun of "with" on a
/// border noun in the verb's object or phrases, two levels down at most.
fn across_border(tree: &Tree, t: usize) -> Vec<Party> {
    const BORDER: &[&str] = &["border", "frontier", "boundary", "borderline", "front"];
    let mut todo: Vec<(usize, usize)> = tree
        .kids(t)
        .iter()
        .copied()
        .filter(|&k| matches!(tree.rel(k), "obj" | "obl" | "advmod" | "compound:prt"))
        .map(|k| (k, 0))
        .collect();
    while let Some((k, depth)) = todo.pop() {
        if BORDER.contains(&tree.lower_lemma(k)) {
            // (The parser may hang "with Belarus" beside the border noun,
            // or on the verb.)
            let beside = tree.head(k).map_or(&[][..], |h| tree.kids(h));
            if let Some(w) = tree
                .kids(k)
                .iter()
                .chain(
                    beside
                        .iter()
                        .chain(tree.kids(t))
                        .filter(|&&g| g > k && g <= k + 4),
                )
                .copied()
                .find(|&g| matches!(tree.rel(g), "nmod" | "obl") && tree.case_of(g) == Some("with"))
            {
                return parties(tree, w);
            }
        }
        if depth < 2 {
            todo.extend(
                tree.kids(k)
                    .iter()
                    .copied()
                    .filter(|&g| matches!(tree.rel(g), "nmod" | "obl"))
                    .map(|g| (g, depth + 1)),
            );
        }
    }
    Vec::new()
}

/// "…, a statement said", "…, said a spokesman": a speech verb after a
/// comma that follows the act, however the parser attached it.
fn trailing_attribution(tree: &Tree, t: usize) -> bool {
    let end = tree.first + tree.kids.len();
    let Some(comma) = (t + 1..end).find(|&u| tree.doc.token_lower(u) == ",") else {
        return false;
    };
    (comma + 1..end).any(|u| {
        tree.doc.syntax[u].upos == "VERB"
            && SPEECH.contains(&tree.lower_lemma(u))
            && !matches!(tree.rel(u), "acl" | "acl:relcl" | "xcomp")
            && (u + 1..end).all(|v| tree.doc.syntax[v].upos != "VERB" || tree.rel(v) != "ccomp")
    })
}

/// Whether the word at byte offset `at` of sentence `s` stands in a relative
/// or participial clause ("the talks that Russia said would resume").
pub(crate) fn in_relative_clause(doc: &Doc, s: usize, at: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return false;
    }
    let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let Some(mut t) = (first..end).find(|&t| doc.tokens[t].span.end > at) else {
        return false;
    };
    // "the incidents that Japan said …", however the parser attached it.
    let relativiser = (t.saturating_sub(5).max(first + 1)..t)
        .rev()
        .find(|&w| matches!(doc.token_lower(w), "that" | "which" | "who" | "whom"));
    if let Some(w) = relativiser {
        let subject_between = (w + 1..t).all(|k| {
            matches!(
                doc.syntax[k].upos,
                "PROPN" | "NOUN" | "DET" | "ADJ" | "PRON"
            )
        });
        if subject_between && matches!(doc.syntax[w - 1].upos, "NOUN" | "PROPN") {
            return true;
        }
    }
    for _ in 0..8 {
        if matches!(doc.syntax[t].deprel, "acl" | "acl:relcl") {
            return true;
        }
        match doc.syntax[t].head {
            Some(h) if (first..end).contains(&h) => t = h,
            _ => return false,
        }
    }
    false
}

/// Whether the killing or destruction at `trigger` has a natural hazard or an
/// accident as its cause ("floods killed twelve", "were killed in a
/// landslide"): then it is no attack.
pub(crate) fn natural_cause(doc: &Doc, kb: &Kb, s: usize, trigger: Span) -> bool {
    if doc.syntax.len() != doc.tokens.len() || kb.hazards.is_empty() {
        return false;
    }
    let tree = Tree::new(doc, s);
    // "A fire at a nightclub killed 59 people": a fire with an article and
    // nobody's weapon or side on it ("tank fire", "Israeli fire" are acts).
    let blaze = |k: usize| {
        tree.lower_lemma(k) == "fire"
            && tree
                .kids(k)
                .iter()
                .any(|&c| tree.rel(c) == "det" && matches!(doc.token_lower(c), "a" | "an" | "the"))
            && !tree.kids(k).iter().any(|&c| {
                tree.rel(c) == "compound"
                    || tree.rel(c) == "amod"
                        && doc.token_text(c).starts_with(|ch: char| ch.is_uppercase())
            })
    };
    // "A gas explosion at a coal mine killed 51 workers": a blast of what
    // a mine, a plant or a home holds, not of a weapon.
    let industrial_blast = |k: usize| {
        matches!(tree.lower_lemma(k), "explosion" | "blast" | "fire")
            && tree.kids(k).iter().any(|&c| {
                tree.rel(c) == "compound"
                    && matches!(
                        tree.lower_lemma(c),
                        "gas"
                            | "boiler"
                            | "methane"
                            | "firework"
                            | "fireworks"
                            | "fuel"
                            | "chemical"
                    )
                    && !tree
                        .kids(c)
                        .iter()
                        .any(|&m| matches!(tree.lower_lemma(m), "tear" | "nerve" | "poison"))
            })
    };
    let is_hazard = |k: usize| {
        let lemma = tree.lower_lemma(k);
        kb.hazards.contains(lemma)
            || blaze(k)
            || industrial_blast(k)
            || tree.kids(k).iter().any(|&c| {
                tree.rel(c) == "compound"
                    && kb.hazards.contains(tree.lower_lemma(c))
                    && !matches!(
                        lemma,
                        "bomb" | "bombing" | "bomber" | "attack" | "explosion" | "blast"
                    )
            })
    };
    doc.tokens_in(trigger).any(|t| {
        let noun_cause = doc.syntax[t].upos == "NOUN" && is_hazard(t);
        // "an earthquake that struck the coast", "the storm hit the town,
        // killing four": the subject the tree reads through the clause.
        // (Any subject of that clause: "A magnitude 6.8 earthquake" may be
        // read as two.)
        let clause_cause = doc.syntax[t].upos == "VERB"
            && subject(&tree, t, 0).is_some_and(|s| {
                is_hazard(s)
                    || tree.head(s).is_some_and(|v| {
                        tree.kids(v)
                            .iter()
                            .any(|&c| tree.rel(c) == "nsubj" && is_hazard(c))
                    })
            });
        noun_cause
            || clause_cause
            || tree.kids(t).iter().any(|&k| match tree.rel(k) {
                "nsubj" | "obl:agent" | "csubj" => is_hazard(k),
                // "were killed when their bus plunged into a ravine"
                "advcl" => subject(&tree, k, 0).is_some_and(is_hazard),
                // (Not beside an object: "abducted 30 passengers from a
                // bus" tells whence, the subject did it.)
                "obl" => {
                    matches!(
                        tree.case_of(k),
                        Some("in" | "by" | "during" | "from" | "after")
                    ) && is_hazard(k)
                        && !tree.kids(t).iter().any(|&o| tree.rel(o) == "obj")
                }
                _ => false,
            })
    })
}

/// Whether a verb of `trigger` has a subject for which `holds(tree, verb,
/// subject)` is true.
fn verb_with_subject(
    doc: &Doc,
    s: usize,
    trigger: Span,
    holds: impl Fn(&Tree, usize, usize) -> bool,
) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return false;
    }
    let tree = Tree::new(doc, s);
    doc.tokens_in(trigger).any(|t| {
        doc.syntax[t].upos == "VERB" && subject(&tree, t, 0).is_some_and(|k| holds(&tree, t, k))
    })
}

/// Whether the killing at `trigger` is a long conflict's (class
/// `longconflict`: "the five-year war that has killed 250,000 people"), or
/// the count so far of a campaign (class `campaign`, in the perfect:
/// "Israel's offensive in Gaza has killed more than 50,000"): a toll told
/// as background, no attack of its own.
pub(crate) fn war_toll(doc: &Doc, kb: &Kb, s: usize, trigger: Span) -> bool {
    verb_with_subject(doc, s, trigger, |tree, t, k| {
        let lemma = tree.lower_lemma(k);
        in_class(kb, "longconflict", lemma)
            || in_class(kb, "campaign", lemma)
                && tree
                    .kids(t)
                    .iter()
                    .any(|&a| tree.rel(a) == "aux" && matches!(tree.lower_lemma(a), "have"))
    })
}

/// Whether the verb "threaten" at `trigger` has a state of affairs or an
/// act as its subject (classes `situation`, `longconflict`: "the fighting
/// threatened to drag Turkey into the war"): a risk told, no one's threat.
pub(crate) fn said_of_a_situation(doc: &Doc, kb: &Kb, s: usize, trigger: Span) -> bool {
    verb_with_subject(doc, s, trigger, |tree, t, k| {
        let lemma = tree.lower_lemma(k);
        tree.lower_lemma(t) == "threaten"
            && doc.syntax[k].upos == "NOUN"
            && (in_class(kb, "situation", lemma) || in_class(kb, "longconflict", lemma))
    })
}

/// Whether the acts at tokens `first..end` are the subject of a count going
/// down (class `waning`: "attacks have lessened since the accord"): a trend,
/// no act.
pub(crate) fn waning(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    doc.syntax[t].upos == "NOUN"
        && tree.rel(t) == "nsubj"
        && tree
            .head(t)
            .is_some_and(|v| in_class(kb, "waning", tree.lower_lemma(v)))
}

/// Whether tree events are also read in sentences where the surface
/// patterns fired. Off: there they merged with the patterns' contacts and
/// changed delegations and rounds the tracks are built from (tested in
/// detente-tracks); on again once the tree reads those sentences whole.
const OWN_CLAUSES_IN_PATTERN_SENTENCES: bool = true;

/// Events of sentence `s` read from its parse; tokens inside `taken`
/// (already triggers of the surface patterns) are left to those.
pub(crate) fn frame_events(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    taken: &[Span],
    taken_types: &[&str],
) -> Vec<FrameEvent> {
    if doc.syntax.len() != doc.tokens.len() || kb.lexicon.entries.is_empty() {
        return Vec::new();
    }
    // Where the surface patterns fired, the parse adds only events it reads
    // whole: a type they did not find, with both actor and recipient.
    let strict = taken_types.iter().any(|&t| t != detente_kb::NO_EVENT);
    if strict && !OWN_CLAUSES_IN_PATTERN_SENTENCES {
        return Vec::new();
    }
    // A sentence the pipeline did not parse (`trees::choose_sentences`: no
    // lexicon head with its words where an actor is named) has only the
    // placeholder tree, each word its own root with relation "dep": its
    // tree is not read, so it has no frame events to find.
    let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    if doc.syntax[first..end].iter().all(|x| x.deprel == "dep") {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    let found: Vec<(usize, &LexEntry, Option<usize>)> = (first..end)
        .filter_map(|t| best_entry(&tree, kb, t).map(|(e, r)| (t, e, r)))
        .collect();
    let mut out = Vec::new();
    for &(t, e, r) in &found {
        let span = doc.tokens[t].span;
        // "Washington hit Rosneft with sanctions", "withdrew from the nuclear
        // deal": a verb's frame that reads a required noun the surface
        // pattern on the verb did not see ("hit", "withdrew from") knows
        // better what the verb does, and takes the pattern's place.
        let mut displaced: Vec<Span> = Vec::new();
        let unseen_words = |x: &Span| {
            !e.noun
                && frame_words(&word_places(&tree, kb, t), e).is_some_and(|w| {
                    // (Or a verb: "asked the diplomats to leave".)
                    w.iter().any(|&k| {
                        matches!(doc.syntax[k].upos, "NOUN" | "VERB")
                            && !x.contains(doc.tokens[k].span)
                    })
                })
        };
        for (x, &ty) in taken.iter().zip(taken_types) {
            if !x.overlaps(span) {
                continue;
            }
            // An accord reached or signed: the patterns' AGREE stands over
            // the lexicon's SUPPORT (PLOVER's "sign formal agreement").
            let accord = matches!(
                (ty, e.event.as_str()),
                ("AGREE", "SUPPORT") | ("SUPPORT", "AGREE")
            );
            if e.words.is_empty()
                || ty == e.event
                || ty == detente_kb::NO_EVENT
                || accord
                || !unseen_words(x)
            {
                displaced.clear();
                break;
            }
            displaced.push(*x);
        }
        if displaced.is_empty() && taken.iter().any(|x| x.overlaps(span)) {
            continue;
        }
        if governed(&tree, t, &found, taken) {
            continue;
        }
        // "gave Tanzania a grant", "held talks": a noun that a verb's frame
        // requires is that verb's event, not one of its own.
        if e.noun {
            let head_frame = tree
                .head(t)
                .and_then(|h| found.iter().find(|&&(u, f, _)| u == h && !f.noun));
            if let Some(&(h, f, _)) = head_frame {
                let words = frame_words(&word_places(&tree, kb, h), f);
                if words.is_some_and(|w| w.contains(&t)) {
                    continue;
                }
            }
        }
        // "retaliated by banning the president from entering": a bare verb
        // whose means is told by a clause of its own is that act.
        if !e.noun
            && e.words.is_empty()
            && tree.kids(t).iter().any(|&k| {
                tree.rel(k) == "advcl"
                    && tree.kids(k).iter().any(|&m| {
                        matches!(tree.rel(m), "mark" | "case") && tree.doc.token_lower(m) == "by"
                    })
            })
        {
            continue;
        }
        // "the rebels who overran the village", "a jet carrying monitors": an
        // act told to describe someone is background, not the news.
        if !e.noun && matches!(tree.rel(t), "acl" | "acl:relcl") {
            continue;
        }
        // "talked with reporters": briefing the press is no meeting.
        if e.event == "CONSULT"
            && r.is_some_and(|k| {
                kb.group_sectors
                    .get(&*crate::noun_key(tree.doc, k))
                    .is_some_and(|sector| sector == "MED")
            })
        {
            continue;
        }
        if e.noun && !concrete_noun_event(&tree, t) {
            continue;
        }
        let mut actor = Vec::new();
        let mut recipient = r.map(|r| parties(&tree, r)).unwrap_or_default();
        if let Some(p) = &e.actor_prep {
            // "received aid from Canada": the giver acts, the subject receives.
            // The parser may hang "from Canada" on the aid itself.
            let words = frame_words(&word_places(&tree, kb, t), e).unwrap_or_default();
            let giver = tree
                .kids(t)
                .iter()
                .copied()
                .find(|&k| tree.rel(k).starts_with("obl") && tree.case_of(k) == Some(p))
                .or_else(|| {
                    words.iter().find_map(|&w| {
                        tree.kids(w)
                            .iter()
                            .copied()
                            .find(|&k| tree.rel(k) == "nmod" && tree.case_of(k) == Some(p))
                    })
                });
            actor = giver.map(|g| parties(&tree, g)).unwrap_or_default();
            recipient = tree
                .kid_with(t, "nsubj")
                .map(|k| parties(&tree, k))
                .unwrap_or_default();
        } else if e.noun {
            // "the withdrawal of Turkish forces from Syria": who withdraws
            // is what the withdrawal is of, and "from" is whom it leaves.
            let leaving = e.event == "RETREAT";
            for &k in tree.kids(t) {
                let case = tree.case_of(k);
                match (tree.rel(k), case) {
                    ("nmod", Some("from")) if leaving && r.is_none() => {
                        recipient.extend(parties(&tree, k))
                    }
                    ("nmod", Some("of")) if leaving => {
                        let from: Vec<Party> = tree
                            .kids(k)
                            .iter()
                            .filter(|&&g| tree.case_of(g) == Some("from"))
                            .flat_map(|&g| parties(&tree, g))
                            .collect();
                        actor.extend(
                            parties(&tree, k)
                                .into_iter()
                                .filter(|p| !from.iter().any(|f| f.entity == p.entity)),
                        );
                        if r.is_none() {
                            recipient.extend(from);
                        }
                    }
                    ("nmod:poss" | "amod" | "compound", _)
                    | ("nmod", Some("by" | "between" | "among" | "from")) => {
                        actor.extend(parties(&tree, k))
                    }
                    ("nmod", Some("with" | "against" | "on" | "to" | "for" | "into"))
                        if r.is_none() =>
                    {
                        recipient.extend(parties(&tree, k))
                    }
                    // "a suspension of air links with Serbia": what the act
                    // is of reaches whom its own phrase names.
                    // "the closure of the Russian consulate", "the expulsion
                    // of Syrian diplomats": what a sanction is of is its target.
                    ("nmod", Some("of")) if r.is_none() && e.event == "SANCTION" => {
                        recipient.extend(parties(&tree, k))
                    }
                    ("nmod", Some("of")) if r.is_none() => {
                        for &g in tree.kids(k) {
                            if tree.rel(g) == "nmod"
                                && tree
                                    .case_of(g)
                                    .is_some_and(|c| matches!(c, "with" | "against" | "to"))
                            {
                                recipient.extend(parties(&tree, g));
                            }
                        }
                    }
                    _ => {}
                }
            }
            // "Clashes erupted between Thai and Cambodian troops": who an act
            // that breaks out is between may be told by the verb's phrase.
            if actor.is_empty() && tree.rel(t) == "nsubj" {
                if let Some(h) = tree.head(t).filter(|&h| {
                    matches!(tree.lower_lemma(h), "erupt" | "flare" | "rage" | "break")
                }) {
                    for &k in tree.kids(h) {
                        if tree.rel(k) == "obl"
                            && matches!(tree.case_of(k), Some("between" | "among"))
                        {
                            actor.extend(parties(&tree, k));
                        }
                    }
                }
            }
            // "Russia launched strikes on Kyiv": the verb's subject owns its object's act
            // (or the act its object counts: "pledged $4 billion in aid").
            let counted = amount_of(&tree, t);
            if actor.is_empty()
                && (matches!(tree.rel(t), "obj" | "nsubj:pass") || counted.is_some())
            {
                let object = counted.unwrap_or(t);
                if let Some(subj) = tree.head(object).and_then(|h| subject(&tree, h, 0)) {
                    actor = parties(&tree, subj);
                }
            }
        } else if let Some(subj) = subject(&tree, t, 0) {
            actor = parties(&tree, subj);
            if actor.is_empty() && is_it(doc, subj) && speaker_of(&tree, t).is_none() {
                actor = it_antecedent(doc, s);
            }
        } else if tree.passive(t) {
            // "The ambassador was summoned to the Foreign Ministry": an
            // agentless passive's act is the institution's that the one
            // acted on is brought to.
            actor = tree
                .kids(t)
                .iter()
                .copied()
                .filter(|&k| tree.rel(k) == "obl" && tree.case_of(k) == Some("to") && Some(k) != r)
                .flat_map(|k| {
                    // A body ("the Polish foreign ministry"), not a state
                    // or place the act goes to ("were sent to Ukraine").
                    let body = tree.doc.syntax[k].upos == "NOUN";
                    parties(&tree, k).into_iter().filter(move |p| {
                        let kind = doc.entities[p.entity].kind;
                        kind == EntityKind::Institution || body && kind == EntityKind::State
                    })
                })
                .collect();
        }
        // "Libya offered to hand over the suspects to Britain": who a
        // promise or demand is about is who the promised act reaches.
        // "a French threat to suspend aid to Togo", "its offer to mediate":
        // a noun's infinitive is its content, as a verb's clause is.
        let content_rel = |k: usize| {
            if e.noun {
                tree.rel(k) == "acl" && marked_by_to(&tree, k)
            } else {
                matches!(tree.rel(k), "xcomp" | "ccomp")
            }
        };
        let takes_clause = e.clause || e.noun && tree.kids(t).iter().any(|&k| content_rel(k));
        if takes_clause && recipient.is_empty() {
            if let Some(c) = tree.kids(t).iter().copied().find(|&k| content_rel(k)) {
                let objects: Vec<usize> = tree.kids(c).to_vec();
                recipient = receiving_parties(&tree, c, &objects).1;
            }
        }
        // "accepted a Turkish proposal", "rejected Ukraine's bid", "spurned
        // an offer from the government", "unfroze Chinese assets": whose
        // the thing taken, refused or acted on is, is on the receiving end
        // of a frame that names nobody there.
        if recipient.is_empty()
            && !e.noun
            && e.recipient == Slot::None
            && matches!(
                e.event.as_str(),
                "AGREE" | "REJECT" | "SUPPORT" | "CONCEDE" | "SANCTION" | "RETREAT" | "COERCE"
            )
        {
            if let Some(o) = tree.kid_with(t, "obj") {
                for &k in tree.kids(o) {
                    let owner = matches!(tree.rel(k), "nmod:poss" | "amod" | "compound") && k < o
                        || tree.rel(k) == "nmod" && matches!(tree.case_of(k), Some("from" | "by"));
                    if owner {
                        recipient.extend(parties(&tree, k));
                    }
                }
            }
        }
        // "moved 5,000 soldiers to its border with Belarus", "pulled
        // artillery back from its border with Cambodia": forces massed at
        // or withdrawn from a border face the state across it.
        if recipient.is_empty()
            && !e.noun
            && matches!(
                e.event.as_str(),
                "MOBILIZE" | "RETREAT" | "SANCTION" | "COERCE"
            )
        {
            recipient = across_border(&tree, t);
        }
        // "pulled its troops out of Syria": whom forces leave.
        if recipient.is_empty() && !e.noun && e.event == "RETREAT" {
            if let Some(k) = tree.kids(t).iter().copied().find(|&k| {
                k > t
                    && tree.rel(k) == "obl"
                    && tree.kids(k).iter().any(|&c| {
                        tree.rel(c) == "case"
                            && c > 0
                            && tree.doc.token_lower(c) == "of"
                            && tree.doc.token_lower(c - 1) == "out"
                    })
            }) {
                recipient = parties(&tree, k);
            }
        }
        // "between A and B": both sides are actors of a joint act.
        recipient.retain(|p| !actor.iter().any(|a| a.entity == p.entity));
        // "Libya offered to hand over …": the pattern's act in the clause is this event's.
        let mut owns: Vec<Span> = displaced;
        owns.extend(if takes_clause {
            taken
                .iter()
                .copied()
                .filter(|x| {
                    doc.tokens_in(*x)
                        .any(|u| tree.head(u) == Some(t) && content_rel(u))
                })
                .collect()
        } else {
            Vec::new()
        });
        // "hosted the president for talks": an act of the frame's own type
        // named as the purpose of its verb is this event, when the verb
        // names whom it reaches.
        // (The parser may hang the phrase inside the object: "will host
        // his Angolan counterpart, President Joao Lourenco, for a state visit".)
        if !e.noun && !recipient.is_empty() {
            let under_verb = |mut k: usize| {
                for _ in 0..4 {
                    match tree.head(k) {
                        Some(h) if h == t => return true,
                        Some(h) => k = h,
                        None => return false,
                    }
                }
                false
            };
            owns.extend(taken.iter().zip(taken_types).filter_map(|(x, &ty)| {
                (ty == e.event
                    && doc.tokens_in(*x).any(|k| {
                        tree.case_of(k) == Some("for")
                            && tree
                                .head(k)
                                .is_some_and(|h| !x.contains(doc.tokens[h].span))
                            && under_verb(k)
                    }))
                .then_some(*x)
            }));
        }
        // "called off a four-day strike", "threatened strikes": a pattern's
        // act of another type that is the frame's own required noun is what
        // the frame is about (of the same type, the pattern reads it better).
        if !e.words.is_empty() {
            let words = frame_words(&word_places(&tree, kb, t), e).unwrap_or_default();
            let theirs: Vec<Span> = taken
                .iter()
                .zip(taken_types)
                .filter(|&(_, &ty)| ty != e.event && ty != detente_kb::NO_EVENT)
                .map(|(x, _)| *x)
                .filter(|x| {
                    !owns.contains(x)
                        && words.iter().any(|&w| {
                            tree.doc.syntax[w].upos == "NOUN" && x.overlaps(doc.tokens[w].span)
                        })
                })
                .collect();
            owns.extend(theirs);
            // "traded accusations of violating the ceasefire": the charge's
            // content, hung on the frame's noun of charging, is the charge.
            if e.event == "ACCUSE" {
                let content: Vec<Span> = taken
                    .iter()
                    .copied()
                    .filter(|x| {
                        !owns.contains(x)
                            && doc.tokens_in(*x).any(|u| {
                                matches!(tree.rel(u), "acl" | "nmod")
                                    && tree.head(u).is_some_and(|h| {
                                        words.contains(&h) && doc.syntax[h].upos == "NOUN"
                                    })
                            })
                    })
                    .collect();
                owns.extend(content);
            }
        }
        // "Russia said it had shot down …": a pronoun subject in reported
        // speech is the speaker.
        if actor.is_empty() && subject(&tree, t, 0).is_some_and(|k| doc.syntax[k].upos == "PRON") {
            actor = speaker_of(&tree, t)
                .map(|k| parties(&tree, k))
                .unwrap_or_default();
        }
        // Who acts must be in the tree: an act with only a target is a guess.
        // A group named by what it is acts all the same, unnamed: "supporters
        // of the jailed leader blocked roads" (its place's people's protest),
        // "gunmen kidnapped two Indian engineers" (an attack on India by
        // nobody the text names).
        // So do a state's agents named by what they are ("police shot dead
        // three demonstrators"): the event stage finds their state.
        let group = |k: usize| {
            // "hundreds of thousands of people"
            let k = through_quantity(&tree, kb, through_quantity(&tree, kb, k));
            let noun = crate::noun_key(tree.doc, k);
            kb.group_sectors.contains_key(&*noun)
                || kb.agent_sectors.contains_key(&*noun)
                || kb.lexicon.in_class("crowd", tree.lower_lemma(k))
        };
        let group_subject = subject(&tree, t, 0).is_some_and(group);
        // "Rival militias clashed in Tripoli": people, not a state's agents.
        let people_subject = subject(&tree, t, 0).is_some_and(|k| {
            group(k)
                && !kb
                    .agent_sectors
                    .contains_key(&*crate::noun_key(tree.doc, k))
        });
        // "A mob lynched two villagers in X": a group reached by a group's
        // act is its place's people, as in the surface patterns.
        let group_object = r.is_some_and(|k| {
            group(k)
                && !kb
                    .agent_sectors
                    .contains_key(&*crate::noun_key(tree.doc, k))
        });
        // "Opposition supporters clashed with police in Dhaka": people
        // acting on a state's agents named by what they are; the event stage
        // finds the state of both.
        let agent_object = people_subject
            && r.is_some_and(|k| {
                kb.agent_sectors
                    .contains_key(&*crate::noun_key(tree.doc, k))
            });
        // "Police fired tear gas to disperse protesters": people the act's
        // purpose reaches are those it is done to (as `trigger_roles` reads
        // them), unless a phrase of the patterns tells the act ("used water
        // cannon to disperse": its own coding stands).
        // (The infinitive may be read as the object's modifier.)
        let purposes = tree
            .kids(t)
            .iter()
            .copied()
            .filter(|&c| {
                tree.doc.syntax[c].upos == "VERB"
                    && matches!(tree.rel(c), "advcl" | "xcomp")
                    && marked_by_to(&tree, c)
            })
            .chain(infinitive_after_object(&tree, t));
        let told_by_pattern = tree.kids(t).iter().any(|&k| {
            matches!(tree.rel(k), "obj" | "iobj")
                && taken.iter().any(|x| x.overlaps(doc.tokens[k].span))
        });
        let purpose_object = !e.noun
            && !told_by_pattern
            && purposes.into_iter().any(|c| {
                tree.kids(c).iter().any(|&o| {
                    tree.rel(o) == "obj"
                        && group(o)
                        && !kb
                            .agent_sectors
                            .contains_key(&*crate::noun_key(tree.doc, o))
                })
            });
        // "A drone strike killed six civilians in Idlib": an attack named by
        // its weapon, by nobody the text names, on a place's people.
        let weapon_subject = e.event == "ASSAULT"
            && subject(&tree, t, 0).is_some_and(|k| weapon_word(kb, tree.lower_lemma(k)));
        // "The Russian ambassador was summoned": an agentless passive whose
        // subject is the frame's own noun names only whom the act reaches;
        // who did it is for the report to tell.
        let agentless = !e.noun
            && tree.passive(t)
            && subject(&tree, t, 0).is_none()
            && tree
                .kid_with(t, "nsubj:pass")
                .is_some_and(|k| e.words.iter().any(|w| tree.lower_lemma(k) == *w));
        if actor.is_empty()
            && !((group_subject || agentless)
                && (e.event == "PROTEST"
                    || !recipient.is_empty()
                    || group_object
                    || agent_object
                    || purpose_object
                    || people_subject && e.event == "ASSAULT" && e.recipient == Slot::None)
                || weapon_subject && group_object)
        {
            continue;
        }
        // The sentence's own main verb is its news, whoever it reaches; so
        // is the clause a closing "officials said" reports, unless the
        // patterns read an act of another type there (not in a phrase or a
        // clause of the verb's own: "walked off the job in a strike", "sent
        // reinforcements as the rebels closed in").
        let own_phrase = |x: &Span| {
            doc.tokens_in(*x).any(|mut k| {
                for _ in 0..16 {
                    match tree.head(k) {
                        Some(h) if h == t => {
                            return tree.rel(k) == "advcl"
                                || tree.rel(k) == "obl" && tree.case_of(k) == Some("in");
                        }
                        Some(h) => k = h,
                        None => return false,
                    }
                }
                false
            })
        };
        let main_act = !e.noun
            && (tree.rel(t) == "root"
                || tree.rel(t) == "ccomp"
                    && tree.head(t).is_some_and(|h| {
                        tree.rel(h) == "root" && h > t && SPEECH.contains(&tree.lower_lemma(h))
                    })
                    && taken.iter().zip(taken_types).all(|(x, &ty)| {
                        ty == e.event || ty == detente_kb::NO_EVENT || own_phrase(x)
                    }));
        let reads_whole = !recipient.is_empty() || !owns.is_empty() || main_act;
        if strict && !reads_whole {
            continue;
        }
        let stand_in_for = (strict && owns.is_empty() && taken_types.contains(&e.event.as_str()))
            .then(|| e.event.clone());
        let mut status = modality(&tree, kb, t);
        let mut pattern = synthetic_pattern(e);
        let mut negated = negated(&tree, t);
        // "vowed to fight on", "pledged to retaliate": a promise of harm is a threat.
        if e.clause && e.event == "AGREE" {
            let hostile_content = tree.kids(t).iter().any(|&k| {
                matches!(tree.rel(k), "xcomp" | "ccomp")
                    && (tree.doc.syntax[k].upos == "VERB"
                        && HOSTILE_VERBS.contains(&tree.lower_lemma(k))
                        || found
                            .iter()
                            .any(|&(u, f, _)| u == k && HOSTILE.contains(&f.event.as_str())))
            });
            if hostile_content {
                pattern.event = "THREATEN".into();
                pattern.mode = None;
            }
        }
        // "failed to reach an agreement", "declined to meet": a cooperative
        // act not done by choice or failure is a rejection.
        if tree.rel(t) == "xcomp"
            && matches!(
                e.event.as_str(),
                "AGREE" | "SUPPORT" | "COOPERATE" | "CONSULT"
            )
            && tree
                .head(t)
                .is_some_and(|h| FAILED.contains(&tree.lower_lemma(h)))
        {
            pattern.event = "REJECT".into();
            pattern.mode = None;
            pattern.symmetric = false;
            status = Some(Status::Occurred);
            negated = false;
        }
        if let Some(kind) = commitment(&tree, t, &e.event) {
            // The promise or threat was made; what it promises is its content.
            // "Russia would never withdraw its troops": a promise refused is
            // a rejection; a harm refused stays an act not done.
            let refused = negated && kind == "AGREE" && !HOSTILE.contains(&e.event.as_str());
            if !negated || refused {
                pattern.event = if refused { "REJECT" } else { kind }.to_string();
                pattern.mode = None;
                pattern.symmetric = false;
                status = Some(Status::Occurred);
                negated = false;
            }
        }
        out.push(FrameEvent {
            trigger: Trigger {
                pattern: usize::MAX,
                first: t,
                end: t + 1,
                span,
            },
            pattern,
            actor,
            recipient,
            negated,
            status,
            owns,
            stand_in_for,
        });
    }
    out.extend(obligations(&tree, first, end, taken));
    out
}

/// Verbs whose failure or refusal to act is a rejection.
const FAILED: &[&str] = &["fail", "refuse", "decline", "unable"];
/// Verbs that report a finding or a statement.
const STATING: &[&str] = &[
    "say", "announce", "state", "declare", "insist", "conclude", "stress", "tell", "add",
];

/// "Russia said Sudan must return the helicopter": a statement that another
/// party must act is a demand on it (REQUEST), whatever the act.
fn obligations(tree: &Tree, first: usize, end: usize, taken: &[Span]) -> Vec<FrameEvent> {
    let doc = tree.doc;
    let mut out = Vec::new();
    for t in first..end {
        if !matches!(tree.rel(t), "ccomp" | "parataxis") {
            continue;
        }
        let Some(h) = tree.head(t) else { continue };
        if !STATING.contains(&tree.lower_lemma(h)) {
            continue;
        }
        let Some(modal) = tree
            .kids(t)
            .iter()
            .copied()
            .find(|&k| tree.rel(k) == "aux" && matches!(doc.token_lower(k), "must" | "should"))
        else {
            continue;
        };
        if negated(tree, t) || taken.iter().any(|x| x.overlaps(doc.tokens[modal].span)) {
            continue;
        }
        let actor = subject(tree, h, 0)
            .map(|k| parties(tree, k))
            .unwrap_or_default();
        let mut recipient = subject(tree, t, 0)
            .map(|k| parties(tree, k))
            .unwrap_or_default();
        recipient.retain(|p| !actor.iter().any(|a| a.entity == p.entity));
        if actor.is_empty() || recipient.is_empty() {
            continue;
        }
        let pattern = EventPattern {
            event: "REQUEST".into(),
            mode: None,
            context: Vec::new(),
            kind: "verb".into(),
            phrases: Vec::new(),
            subject: Role::Actor,
            object: Role::Recipient,
            symmetric: false,
            requires_before: Vec::new(),
            not_after: Vec::new(),
            not_before: Vec::new(),
            needs_object: false,
            place_is_recipient: false,
            needs_speaker: false,
            compiled: Vec::new(),
        };
        out.push(FrameEvent {
            trigger: Trigger {
                pattern: usize::MAX,
                first: modal,
                end: modal + 1,
                span: doc.tokens[modal].span,
            },
            pattern,
            actor,
            recipient,
            negated: false,
            status: Some(Status::Occurred),
            owns: Vec::new(),
            stand_in_for: None,
        });
    }
    out
}

/// Prepositions whose noun is on the receiving end of an act.
const RECEIVING: &[&str] = &[
    "against", "with", "to", "on", "at", "into", "from", "for", "toward", "towards",
];

/// A verb's subject that is a common noun, as tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CommonSubject {
    /// Its phrase without its clauses ("The number of foreign tourists").
    pub own: (usize, usize),
    /// With them ("… visiting Morocco").
    pub whole: (usize, usize),
    /// It names a kind of thing or person that no state, group or body
    /// is ("investors", "the number"), not one that stands for a side
    /// named before ("the government", "the rebels", "the minister"), nor
    /// an act ("clashes killed four soldiers", "measures would follow").
    pub nobodys: bool,
    /// Who says the clause, if anyone: "Russia said retaliatory measures
    /// would follow" is Russia's threat.
    pub speaker: Option<(usize, usize)>,
}

impl CommonSubject {
    /// Whether a name at token `t` is not who acts: it is in the
    /// subject's clauses, or anywhere outside a subject that is nobody's
    /// but in the phrase of the one who says the clause.
    pub fn excludes(&self, t: usize) -> bool {
        let inside = |(lo, hi): (usize, usize)| (lo..=hi).contains(&t);
        !inside(self.own)
            && !self.speaker.is_some_and(inside)
            && (self.nobodys || inside(self.whole))
    }
}

/// What the tree says of a trigger's roles: the parties of its subject and
/// of its object (or of the receiving preposition's noun), and the head
/// tokens of those two phrases.
#[derive(Default)]
pub(crate) struct TreeRoles {
    pub actor: Vec<Party>,
    pub recipient: Vec<Party>,
    pub actor_head: Option<usize>,
    pub recipient_head: Option<usize>,
    /// The actor is the subject of another verb the trigger's verb is
    /// coordinated with or controlled by ("blamed Turkey and threatened …").
    pub inherited_actor: bool,
    /// The trigger is an infinitive of purpose ("summoned the ambassador
    /// to lodge a protest").
    pub purpose: bool,
    /// The trigger is a noun act after which the clause's subject did
    /// something else ("Lavrov said after talks with Safadi"): the
    /// subject's own act, told once.
    pub subjects_prior_act: bool,
    /// That clause is in the future ("will speak to reporters after
    /// talks"): so are the talks.
    pub prior_act_ahead: bool,
    /// The actor is the speaker a possessive "its" or "their" on the
    /// subject stands for ("Hamas said its team met …").
    pub speakers_own: bool,
    /// The recipient is the noun a relative pronoun object stands for
    /// ("diplomats whom it accused of …").
    pub relative_object: bool,
    /// A relative or participial clause stands between the subject and
    /// the verb, or the verb is that clause's ("officials who held talks
    /// in Doha agreed …"): the surface sees no subject before the verb.
    pub subject_behind_clause: bool,
    /// The verb's own subject when it is a common noun: a name the
    /// surface finds outside it may not be who acts.
    pub common_subject: Option<CommonSubject>,
    /// The act is an agentless passive only a government does, and the
    /// actor is who says it ("Tokyo said new tariffs were imposed on …").
    pub speaker_acts: bool,
    /// A noun act a light verb takes as its object, done by that verb's
    /// subject ("began a three-day China visit"): its own phrase, as
    /// tokens.
    pub done_by_light_verb: Option<(usize, usize)>,
}

/// The heads of the phrases that may be on the receiving end of the act of
/// `h`, among its dependents `objects`, best first: the passive subject,
/// the direct object, the noun of a receiving preposition, then such a noun
/// one level down ("hand over the archive to Iceland" with "to Iceland"
/// attached to the archive).
/// "diplomats whom it accused of …": the noun a relative pronoun object
/// of the verb `h` stands for.
fn relative_antecedent(tree: &Tree, h: usize, objects: &[usize]) -> Option<usize> {
    let relative = tree.doc.syntax[h].upos == "VERB"
        && matches!(tree.rel(h), "acl" | "acl:relcl")
        && objects.iter().any(|&k| {
            matches!(tree.rel(k), "obj" | "iobj" | "obl")
                && matches!(tree.doc.token_lower(k), "whom" | "who" | "which")
                && !tree.kids(k).iter().any(|&c| tree.rel(c) == "case")
        });
    // "the officers it accused of spying": a relative clause with a subject
    // of its own and no object or pronoun is on its object.
    let bare = tree.doc.syntax[h].upos == "VERB"
        && tree.rel(h) == "acl:relcl"
        && !tree.passive(h)
        && tree.kids(h).iter().any(|&k| {
            tree.rel(k) == "nsubj" && !matches!(tree.lower_lemma(k), "who" | "which" | "that")
        })
        && !tree.kids(h).iter().any(|&k| {
            matches!(tree.rel(k), "obj" | "iobj")
                || matches!(
                    tree.doc.token_lower(k),
                    "whom" | "who" | "which" | "that" | "where"
                )
        });
    // "two diplomats accused of spying": the noun of a reduced passive.
    let reduced = tree.doc.syntax[h].upos == "VERB"
        && tree.rel(h) == "acl"
        && tree.passive(h)
        && !objects
            .iter()
            .any(|&k| matches!(tree.rel(k), "obj" | "iobj"));
    (relative || bare || reduced)
        .then(|| tree.head(h))
        .flatten()
}

fn receiving(tree: &Tree, h: usize, objects: &[usize]) -> Vec<usize> {
    let verb = tree.doc.syntax[h].upos == "VERB";
    let mut out = Vec::new();
    out.extend(relative_antecedent(tree, h, objects));
    if verb && tree.passive(h) {
        // "were detained and later released": the shared passive subject.
        let mut v = h;
        for _ in 0..4 {
            if let Some(k) = tree.kid_with(v, "nsubj:pass") {
                out.push(k);
                break;
            }
            match tree.head(v) {
                Some(up) if tree.rel(v) == "conj" => v = up,
                _ => break,
            }
        }
    }
    // ("on Monday" is when, not on whom.)
    let receiving_prep = |k: usize| {
        (tree.rel(k).starts_with("obl") || tree.rel(k).starts_with("nmod"))
            && tree.case_of(k).is_some_and(|c| RECEIVING.contains(&c))
            && !in_a_date(tree.doc, k)
    };
    out.extend(
        objects
            .iter()
            .copied()
            .filter(|&k| verb && matches!(tree.rel(k), "obj" | "iobj")),
    );
    out.extend(objects.iter().copied().filter(|&k| receiving_prep(k)));
    for &k in objects {
        if matches!(tree.rel(k), "obj" | "iobj" | "obl") {
            out.extend(tree.kids(k).iter().copied().filter(|&m| receiving_prep(m)));
        }
    }
    // "investigated abuses by Sudanese troops" with "by" hung on the verb:
    // an active verb's "by" names who did what its object names, whom the
    // act is about. Last, so any other phrase that names a party wins.
    if verb && !tree.passive(h) && objects.iter().any(|&k| tree.rel(k) == "obj") {
        out.extend(objects.iter().copied().filter(|&k| {
            tree.rel(k) == "obl"
                && tree.case_of(k) == Some("by")
                && matches!(tree.doc.syntax[k].upos, "NOUN" | "PROPN")
        }));
    }
    out
}

/// The parties of the first receiving phrase that names any, with its head.
fn receiving_parties(tree: &Tree, h: usize, objects: &[usize]) -> (Option<usize>, Vec<Party>) {
    let heads = receiving(tree, h, objects);
    for &k in &heads {
        let p = parties(tree, k);
        if !p.is_empty() {
            return (Some(k), p);
        }
    }
    (heads.first().copied(), Vec::new())
}

/// The tree's roles of a trigger (tokens `first..end` of sentence `s`);
/// empty when the sentence has no parse.
pub(crate) fn trigger_roles(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> TreeRoles {
    let mut out = TreeRoles::default();
    if doc.syntax.len() != doc.tokens.len() {
        return out;
    }
    let tree = Tree::new(doc, s);
    let inside = |k: usize| (first..end).contains(&k);
    // The trigger's syntactic head: the token whose head is outside it.
    let Some(h) = tree.head_of(first, end) else {
        return out;
    };
    let verb = doc.syntax[h].upos == "VERB";
    let mut objects: Vec<usize> = (first..end)
        .flat_map(|t| tree.kids(t).iter().copied())
        .filter(|&k| !inside(k))
        .collect();
    // "approved new sanctions on Iranian drone makers" with "on …" hung on
    // the verb: a receiving phrase right after a noun act that is the
    // verb's object is the noun's.
    if !verb && tree.rel(h) == "obj" {
        if let Some(v) = tree.head(h) {
            objects.extend(tree.kids(v).iter().copied().filter(|&k| {
                k > h
                    && tree.rel(k).starts_with("obl")
                    && tree.case_of(k).is_some_and(|c| RECEIVING.contains(&c))
                    && tree.extent(k, false).0 == tree.extent(h, false).1 + 1
            }));
        }
    }
    (out.recipient_head, out.recipient) = receiving_parties(&tree, h, &objects);
    // "Hamas attacked Israel on Saturday, killing 1,200 people": those a
    // participle's act reaches, named by no party, are of the side the verb
    // it follows reaches.
    // (Also the second of two such participles: "struck Yerevan, hitting a
    // depot and killing seven people".)
    let participle = |k: usize| tree.rel(k) == "advcl" && doc.syntax[k].xpos == "VBG";
    let first_participle = match tree.rel(h) {
        "conj" => tree.head(h).filter(|&p| participle(p)),
        _ => Some(h).filter(|&p| participle(p)),
    };
    if verb
        && out.recipient.is_empty()
        && doc.syntax[h].xpos == "VBG"
        && first_participle.is_some()
        && objects.iter().any(|&k| tree.rel(k) == "obj")
    {
        if let Some(g) = first_participle
            .and_then(|p| tree.head(p))
            .filter(|&g| g < h && doc.syntax[g].upos == "VERB")
        {
            let theirs: Vec<usize> = tree
                .kids(g)
                .iter()
                .copied()
                .filter(|&k| tree.rel(k) == "obj")
                .collect();
            let (_, parties) = receiving_parties(&tree, g, &theirs);
            if parties.iter().all(|p| {
                matches!(
                    doc.entities[p.entity].kind,
                    EntityKind::State | EntityKind::Place
                )
            }) {
                out.recipient = parties;
            }
        }
    }
    out.relative_object = out.recipient_head.is_some()
        && out.recipient_head == relative_antecedent(&tree, h, &objects);
    // "his commitment to the Zambian people": whom the pledge was made to
    // heads the phrase, for the group reading of its parties.
    out.recipient_head = out.recipient_head.map(|k| through_pledge(&tree, kb, k));
    // "threatened to ban Ugandan opposition candidates": a verb that takes a
    // clause reaches whom the clause's act reaches.
    if out.recipient.is_empty() {
        if let Some(c) = objects
            .iter()
            .copied()
            .find(|&k| {
                tree.doc.syntax[k].upos == "VERB"
                    && (tree.rel(k) == "xcomp"
                        // "opened fire to disperse the demonstrators": whom
                        // the act's purpose reaches.
                        || matches!(tree.rel(k), "advcl" | "acl")
                            && marked_by_to(&tree, k))
            })
            // (Or read as the modifier of the object: "fired tear gas to
            // disperse the protesters".)
            .or_else(|| infinitive_after_object(&tree, h).filter(|_| verb))
        {
            let (head, parties) = receiving_parties(&tree, c, tree.kids(c));
            if !parties.is_empty() || out.recipient_head.is_none() {
                (out.recipient_head, out.recipient) = (head, parties);
            }
        }
    }
    // "summoned the ambassador to lodge a protest": a purpose that names
    // nobody reaches whom the act it is the purpose of reaches.
    out.purpose = purpose(&tree, h);
    if out.recipient.is_empty() && out.purpose {
        if let Some(main) = tree.head(h) {
            let objects: Vec<usize> = tree
                .kids(main)
                .iter()
                .copied()
                .filter(|&k| {
                    matches!(tree.rel(k), "obj" | "iobj")
                        || tree.rel(k) == "obl" && matches!(tree.case_of(k), Some("with" | "to"))
                })
                .collect();
            let (head, parties) = receiving_parties(&tree, main, &objects);
            if !parties.is_empty() {
                (out.recipient_head, out.recipient) = (head, parties);
            }
        }
    }
    // "Sirisena paid a state visit to Indonesia": a noun act that a light
    // verb takes as its object is done by that verb's subject ("launched a
    // drone and missile attack": also when joined to that object).
    let object = match tree.head(h) {
        Some(o) if tree.rel(h) == "conj" && tree.rel(o) == "obj" => o,
        _ => h,
    };
    if !verb && tree.rel(object) == "obj" {
        if let Some(v) = tree
            .head(object)
            .filter(|&v| DOING_VERBS.contains(&tree.lower_lemma(v)))
        {
            out.actor_head = subject(&tree, v, 0);
            out.done_by_light_verb = out.actor_head.map(|_| tree.extent(h, false));
        }
    }
    // "Iran will not return to negotiations", "took part in the talks": a
    // noun act that a verb of joining takes as its place is its subject's.
    if !verb && tree.rel(h) == "obl" && matches!(tree.case_of(h), Some("to" | "in" | "at")) {
        if let Some(v) = tree
            .head(h)
            .filter(|&v| PARTAKING_VERBS.contains(&tree.lower_lemma(v)))
        {
            out.actor_head = subject(&tree, v, 0);
        }
    }
    // "Yemen is ready for talks with Saudi Arabia", "open to talks": so is
    // one a subject is ready or open for (planned: `status` reads the
    // readiness).
    if !verb && tree.rel(h) == "obl" && matches!(tree.case_of(h), Some("for" | "to")) {
        if let Some(a) = tree
            .head(h)
            .filter(|&a| doc.syntax[a].upos == "ADJ" && READY.contains(&tree.lower_lemma(a)))
        {
            out.actor_head = subject(&tree, a, 0);
        }
    }
    // "Lavrov told reporters after talks with Safadi": talks after which
    // the subject did something else are the subject's own.
    if !verb
        && out.actor_head.is_none()
        && matches!(tree.rel(h), "obl" | "advcl")
        && matches!(tree.case_of(h), Some("after" | "following"))
    {
        if let Some(v) = tree.head(h).filter(|&v| doc.syntax[v].upos == "VERB") {
            // (Someone, not an act: "the negotiation process began after a
            // call between Putin and Trump".)
            out.actor_head = subject(&tree, v, 0).filter(|&k| {
                matches!(doc.syntax[k].upos, "PROPN" | "PRON")
                    || kb.agent_sectors.contains_key(tree.lower_lemma(k))
                    || matches!(
                        tree.lower_lemma(k),
                        "minister" | "delegation" | "envoy" | "team"
                    )
            });
            out.subjects_prior_act = out.actor_head.is_some();
            out.prior_act_ahead = tree.kids(v).iter().any(|&a| {
                tree.rel(a) == "aux" && matches!(doc.token_lower(a), "will" | "shall" | "'ll")
            });
        }
    }
    // "A Ukrainian delegation arrived in Riyadh for talks with U.S.
    // officials", "Rubio is due in Riyadh for talks": talks one travels
    // or is expected somewhere for are the traveller's.
    if !verb {
        if let Some(v) = travelled_for(&tree, h) {
            if out.actor_head.is_none() {
                out.actor_head = match tree.passive(v) {
                    true => tree.kid_with(v, "nsubj:pass"),
                    false => subject(&tree, v, 0),
                };
            }
        }
    }
    // "The EU added the ministers to its blacklist": a noun act the object
    // is put under is the subject's, done to the object.
    if !verb
        && tree.rel(h) == "obl"
        && matches!(tree.case_of(h), None | Some("to" | "on" | "under"))
    {
        if let Some(v) = tree
            .head(h)
            .filter(|&v| in_class(kb, "placing", tree.lower_lemma(v)))
        {
            out.actor_head = subject(&tree, v, 0);
            if let Some(o) = tree.kid_with(v, "obj") {
                out.recipient_head = Some(o);
                out.recipient = parties(&tree, o);
            }
        }
    }
    // "Hassan is on a state visit to Kenya", "the two sides are in talks":
    // a noun act that is the predicate of a copula is its subject's.
    if doc.syntax[h].upos == "NOUN"
        && out.actor_head.is_none()
        && tree.kids(h).iter().any(|&k| tree.rel(k) == "cop")
    {
        out.actor_head = tree.kid_with(h, "nsubj");
    }
    if verb {
        out.actor_head = subject(&tree, h, 0);
        // "summoned the ambassador to lodge a protest": a purpose is the
        // main subject's.
        if out.actor_head.is_none() && out.purpose {
            out.actor_head = tree.head(h).and_then(|m| subject(&tree, m, 1));
        }
        // Only where nothing that could be its own subject stands right
        // before it ("… and threatened", "… to impose"; not a headline's
        // "as Niamey expels" the parser hung elsewhere).
        let before = (tree.first..h).rev().find(|&k| {
            !matches!(doc.syntax[k].upos, "ADV" | "AUX" | "PART")
                && !matches!(tree.rel(k), "aux" | "aux:pass" | "advmod")
        });
        let joined = before.is_none_or(|k| {
            matches!(doc.syntax[k].upos, "CCONJ" | "PUNCT") || doc.token_lower(k) == "to"
        }) || before.is_some_and(|k| k + 1 < h && doc.token_lower(k + 1) == "to");
        out.inherited_actor = joined && out.actor_head.is_some_and(|k| tree.head(k) != Some(h))
            || out.actor_head.is_some_and(|k| {
                tree.head(k) == Some(h) && tree.rel(k) == "obl:agent" && tree.passive(h)
            });
    }
    out.common_subject = out
        .actor_head
        .filter(|&k| {
            verb && tree.head(k) == Some(h)
                && tree.rel(k) == "nsubj"
                && doc.syntax[k].upos == "NOUN"
        })
        .map(|k| {
            let lemma = tree.lower_lemma(k);
            // (A bare singular is more likely a misread word, "in turn".)
            let determined = doc.syntax[k].xpos == "NNS"
                || tree
                    .kids(k)
                    .iter()
                    .any(|&c| matches!(tree.rel(c), "det" | "nmod:poss"));
            let sides = kb.agent_sectors.contains_key(lemma)
                || kb.group_sectors.contains_key(lemma)
                || kb.role_words.contains(lemma)
                || kb.person_nouns.contains(lemma);
            let act = kb.lexicon.has_head(lemma, true)
                || ["reprisal", "clash", "hostility"]
                    .iter()
                    .any(|c| in_class(kb, c, lemma));
            CommonSubject {
                own: tree.extent(k, false),
                whole: tree.extent(k, true),
                nobodys: determined && !sides && !act,
                speaker: speaker_of(&tree, h).map(|sp| tree.extent(sp, false)),
            }
        });
    // (A common noun, whose sides its modifiers name: a person's clause
    // may say whom the person speaks for, "Hala Osman, who speaks for the
    // Omani ministry, urged …".)
    out.subject_behind_clause = verb
        && out.actor_head.is_some_and(|k| {
            k < h
                && doc.syntax[k].upos == "NOUN"
                && (tree.rel(h) == "acl:relcl" && tree.head(h) == Some(k)
                    || tree
                        .kids(k)
                        .iter()
                        .any(|&c| c > k && c < h && matches!(tree.rel(c), "acl:relcl" | "acl")))
        });
    out.actor = out
        .actor_head
        .map(|k| parties(&tree, k))
        .unwrap_or_default();
    // "Hamas said its negotiating team met …": whose team "its" means is
    // the speaker's, a body or state that names itself so.
    let owned_by_its = out.actor_head.is_some_and(|k| {
        tree.kids(k)
            .iter()
            .any(|&p| tree.rel(p) == "nmod:poss" && matches!(doc.token_lower(p), "its" | "their"))
    });
    if out.actor.is_empty() && owned_by_its {
        if let Some(sp) = speaker_of(&tree, h) {
            out.speakers_own = true;
            out.actor = parties(&tree, sp)
                .into_iter()
                .filter(|p| {
                    matches!(
                        doc.entities[p.entity].kind,
                        EntityKind::State | EntityKind::Body
                    )
                })
                .collect();
        }
    }
    // "Four soldiers were killed in Pakistani shelling": a passive with no
    // agent is done by whose fire its "in" or "by" phrase names.
    if verb && out.actor.is_empty() && out.actor_head.is_none() && tree.passive(h) {
        if let Some(k) = tree.kids(h).iter().copied().find(|&k| {
            tree.rel(k).starts_with("obl")
                && matches!(tree.case_of(k), Some("in" | "by"))
                && in_class(kb, "armedact", tree.lower_lemma(k))
        }) {
            out.actor = tree
                .kids(k)
                .iter()
                .copied()
                .filter(|&m| matches!(tree.rel(m), "amod" | "compound" | "nmod:poss"))
                .flat_map(|m| parties(&tree, m))
                .collect();
            // "killed in an ambush by armed men": the act's own agent.
            if out.actor.is_empty() {
                if let Some(m) = tree
                    .kids(k)
                    .iter()
                    .copied()
                    .find(|&m| tree.rel(m) == "nmod" && tree.case_of(m) == Some("by"))
                {
                    out.actor = parties(&tree, m);
                    out.actor_head = Some(m);
                }
            }
        }
    }
    // "The ministry said the Dutch ambassador was summoned", "Washington
    // said sanctions will be imposed on …": only a government summons an
    // envoy or imposes, and the one that says so does.
    if verb
        && out.actor.is_empty()
        && out.actor_head.is_none()
        && tree.passive(h)
        && matches!(tree.lower_lemma(h), "summon" | "impose")
    {
        out.actor_head = speaker_of(&tree, h);
        out.actor = out
            .actor_head
            .map(|k| parties(&tree, k))
            .unwrap_or_default();
        out.speaker_acts = !out.actor.is_empty();
    }
    // "French farmers said they would blockade Paris": a pronoun subject in
    // reported speech is the speaker, whose phrase says who they are.
    if out.actor.is_empty() && out.actor_head.is_some_and(|k| doc.syntax[k].upos == "PRON") {
        if let Some(k) = speaker_of(&tree, h) {
            out.actor_head = Some(k);
            out.actor = parties(&tree, k);
        }
    }
    // "The EU announced new sanctions … It froze the assets of …": the
    // state or body the story was last about.
    if out.actor.is_empty() && out.actor_head.is_some_and(|k| is_it(doc, k)) {
        out.actor = it_antecedent(doc, s);
    }
    let actor = &out.actor;
    out.recipient
        .retain(|p| !actor.iter().any(|a| a.entity == p.entity));
    out
}

/// For a surface trigger whose act has not happened (tokens `first..end`
/// of sentence `s`): the commitment it is, if the tree shows one — "Syria
/// says it is willing to withdraw" is a promise (AGREE), "they said they
/// would blockade Paris" a threat. Also the tree's actor, with a pronoun
/// subject in reported speech read as the speaker.
pub(crate) fn pattern_commitment(
    doc: &Doc,
    s: usize,
    first: usize,
    end: usize,
    event: &str,
) -> Option<(&'static str, Vec<Party>)> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    if doc.syntax[h].upos != "VERB" {
        return None;
    }
    let mut kind = commitment(&tree, h, event)?;
    // "Russia would never withdraw its troops": a promise refused is a
    // rejection; a harm refused is no act.
    if negated(&tree, h) {
        if kind != "AGREE" || HOSTILE.contains(&event) {
            return None;
        }
        kind = "REJECT";
    }
    let subj = subject(&tree, h, 0);
    let mut actor = subj.map(|k| parties(&tree, k)).unwrap_or_default();
    if actor.is_empty() && subj.is_some_and(|k| doc.syntax[k].upos == "PRON") {
        actor = speaker_of(&tree, h)
            .map(|k| parties(&tree, k))
            .unwrap_or_default();
    }
    Some((kind, actor))
}

/// Verbs of getting ready for an act (lemmas).
const PREPARING: &[&str] = &["prepare", "ready", "gear"];

/// "The army prepared to resume shelling", "Israel is preparing a ground
/// offensive": an attack that is what its actor gets ready for (the clause
/// or object of "prepare", through "resume", "launch" and the like) is not
/// made. Returns the status of the preparing itself: under way now, or
/// announced for later; `None` when the attack is no such thing.
pub(crate) fn attack_prepared(
    doc: &Doc,
    s: usize,
    first: usize,
    end: usize,
) -> Option<crate::status::StatusOf> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    let mut cur = h;
    for _ in 0..3 {
        let up = tree.head(cur)?;
        if !matches!(tree.rel(cur), "xcomp" | "obj") || tree.doc.syntax[up].upos != "VERB" {
            return None;
        }
        if PREPARING.contains(&tree.lower_lemma(up)) {
            let later = tree
                .kids(up)
                .iter()
                .any(|&k| tree.rel(k) == "aux" && FUTURE.contains(&doc.token_lower(k)));
            return Some(crate::status::StatusOf {
                status: if later {
                    Status::Planned
                } else {
                    Status::Occurred
                },
                negated: negated(&tree, up),
            });
        }
        cur = up;
    }
    None
}

/// "The Iranian minister called on President Erdogan": calling on a
/// person with nothing asked of them (no clause, no "for" phrase, no
/// "to" infinitive) is a courtesy call, a meeting, not a request.
pub(crate) fn courtesy_call(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, h)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    if tree.lower_lemma(h) != "call" {
        return false;
    }
    let kids = tree.kids(h);
    let called = kids.iter().copied().find(|&k| {
        tree.rel(k).starts_with("obl") && matches!(tree.case_of(k), Some("on" | "upon"))
    });
    let Some(person) = called else {
        return false;
    };
    let asks = kids.iter().any(|&k| {
        matches!(tree.rel(k), "xcomp" | "ccomp")
            || tree.rel(k) == "advcl"
                && marked_by_to(&tree, k)
            || tree.rel(k).starts_with("obl") && tree.case_of(k) == Some("for")
    }) || tree.kids(person).iter().any(|&k| {
        matches!(tree.rel(k), "acl" | "acl:relcl")
            || tree.rel(k) == "nmod" && tree.case_of(k) == Some("for")
    }) || infinitive_after_object(&tree, h).is_some()
        // "called on President X, who …, to resign" with the infinitive
        // hung elsewhere: any "to" and a bare verb after the call.
        || (h + 1..tree.doc.sentences[s].end_token.saturating_sub(1)).any(|k| {
            tree.doc.token_lower(k) == "to" && tree.doc.syntax[k + 1].xpos == "VB"
        });
    // Whom one visits is someone: a name, or an office before one.
    let someone = parties(&tree, person)
        .iter()
        .any(|p| tree.doc.entities[p.entity].kind == detente_doc::EntityKind::Person);
    !asks && someone
}

/// Whether a one-word verb trigger is a noun the text refers back with
/// ("said the vetoes would not change …"): an act named, not done.
pub(crate) fn named_act(doc: &Doc, first: usize, end: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() || end != first + 1 {
        return false;
    }
    let (lo, hi) = doc
        .sentence_at(doc.tokens[first].span.start)
        .map_or((first, end), |s| {
            (doc.sentences[s].first_token, doc.sentences[s].end_token)
        });
    doc.syntax[first].upos == "NOUN"
        && (lo..hi).any(|k| {
            doc.syntax[k].head == Some(first)
                && doc.syntax[k].deprel == "det"
                && matches!(
                    doc.token_lower(k),
                    "the" | "this" | "that" | "these" | "those"
                )
        })
}

/// For a noun act named as a landmark in time ("ahead of Saturday's summit
/// in Riyadh", "after the talks") or as the cause of another ("over the
/// attack"), the span of its own phrase: only what that phrase names are
/// its parties.
pub(crate) fn landmark_phrase(doc: &Doc, s: usize, first: usize, end: usize) -> Option<Span> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    // "summoned the envoy over the attack": the act another is over, its
    // cause, names its own parties too.
    let cause = doc.syntax[h].upos == "NOUN" && tree.case_of(h) == Some("over");
    if !matches!(tree.rel(h), "obl" | "nmod") || !(tree.is_landmark(h) || cause) {
        return None;
    }
    let (lo, hi) = tree.extent(h, true);
    Some(Span::new(
        doc.tokens[lo].span.start,
        doc.tokens[hi].span.end,
    ))
}

/// The phrases of sentence `s` that name other acts as landmarks in time,
/// not holding the act at tokens `first..end`: where the act is, is not
/// in them ("will meet ahead of Saturday's summit in Riyadh").
pub(crate) fn other_landmarks(doc: &Doc, s: usize, first: usize, end: usize) -> Vec<Span> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    (lo..hi)
        .filter(|&h| matches!(tree.rel(h), "obl" | "nmod") && tree.is_landmark(h))
        .map(|h| tree.extent(h, true))
        .filter(|&(a, b)| !(a..=b).any(|t| (first..end).contains(&t)))
        .map(|(a, b)| Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end))
        .collect()
}

/// The phrases of sentence `s` that name who speaks ("…, the Russian
/// foreign ministry said"): the subjects of its verbs of saying that do
/// not hold the act at tokens `first..end` themselves.
pub(crate) fn speaker_phrases(doc: &Doc, s: usize, first: usize, end: usize) -> Vec<Span> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let mut out = Vec::new();
    for v in lo..hi {
        if doc.syntax[v].upos != "VERB"
            || !matches!(
                tree.lower_lemma(v),
                "say" | "add" | "state" | "report" | "confirm"
            )
            || (first..end).contains(&v)
        {
            continue;
        }
        for &k in tree.kids(v) {
            if tree.rel(k) != "nsubj" || (first..end).contains(&k) {
                continue;
            }
            let (a, b) = tree.extent(k, true);
            if !(a..=b).any(|x| (first..end).contains(&x)) {
                out.push(Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end));
            }
        }
    }
    out
}

/// Whether the act at tokens `first..end` is what a verb of announcing
/// takes as its object ("announced a new round of sanctions", "unveiled an
/// aid package"): announcing it is doing it.
pub(crate) fn announced_act(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, mut t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    // "announced $250 million in aid": the act its amount counts.
    if let Some(a) = amount_of(&tree, t) {
        t = a;
    }
    for _ in 0..3 {
        let Some(h) = tree.head(t) else { return false };
        if tree.rel(t) == "obj"
            && matches!(
                tree.lower_lemma(h),
                "announce" | "unveil" | "impose" | "declare"
            )
        {
            return true;
        }
        // "a new round of sanctions": through the noun that counts it.
        if !(tree.rel(t) == "nmod" && doc.syntax[h].upos == "NOUN") {
            return false;
        }
        t = h;
    }
    false
}

/// Whether a warning whose clause follows ("warned that …", "warned it
/// would …"; tokens `first..end`) warns of harm the warner may do: its
/// clause holds a hostile act of the lexicon, a verb of fighting or a word
/// of reprisal. "Warned that growth would slow" is no threat. A clause the
/// parse did not find is given the benefit of the doubt.
pub(crate) fn warns_of_harm(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return true;
    }
    let tree = Tree::new(doc, s);
    let Some(h) = tree.head_of(first, end) else {
        return true;
    };
    let Some(c) = tree
        .kids(h)
        .iter()
        .copied()
        .find(|&k| matches!(tree.rel(k), "ccomp" | "parataxis"))
    else {
        return true;
    };
    let (a, z) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let in_clause = |mut t: usize| {
        for _ in 0..12 {
            if t == c {
                return true;
            }
            match tree.head(t) {
                Some(u) => t = u,
                None => return false,
            }
        }
        false
    };
    // Words that say the warner will act (the lexicon's `reprisal` class).
    let reprisal = kb
        .lexicon
        .classes
        .get("reprisal")
        .map_or(&[][..], Vec::as_slice);
    let clause: Vec<usize> = (a..z).filter(|&t| in_clause(t)).collect();
    let lemmas: Vec<&str> = clause.iter().map(|&t| tree.lower_lemma(t)).collect();
    clause.iter().zip(&lemmas).any(|(&t, &lemma)| {
        let noun = doc.syntax[t].upos == "NOUN";
        HOSTILE_VERBS.contains(&lemma)
            || reprisal.iter().any(|w| w == lemma)
            || matches!(doc.syntax[t].upos, "VERB" | "NOUN")
                && kb.lexicon.entries_for(lemma, noun).any(|e| {
                    (HOSTILE.contains(&e.event.as_str()) || e.event == "THREATEN")
                        // "cut its growth forecast" is no "cut aid".
                        && e.words.iter().all(|w| lemmas.contains(&w.as_str()))
                })
    })
}

/// Whether a noun trigger (tokens `first..end`) is an act spoken of as
/// possible, not one that took place: any act of its kind, or an indefinite noun that is the
/// subject of a predicate of being ("an agreement with Kosovo is still far
/// away", "a deal is close", "no ceasefire is in sight"); one in place or
/// in force is there.
/// Whether the clause at `t` is what a noun of aiming (or the verb "aim")
/// names: "met with the aim of signing a deal", "in a bid to reach a
/// truce", "talks aimed at ending the war". An act aimed at has not happened.
fn aim_of(tree: &Tree, kb: &Kb, t: usize) -> bool {
    matches!(tree.rel(t), "acl" | "advcl")
        && tree.head(t).is_some_and(|h| {
            let lemma = tree.lower_lemma(h);
            (tree.doc.syntax[h].upos == "NOUN" || lemma == "aim") && in_class(kb, "aim", lemma)
        })
}

/// Whether the act at tokens `first..end` is only aimed at (see [`aim_of`]),
/// itself or as the object of the verb whose clause is: "with the goal of
/// reaching an agreement".
pub(crate) fn aimed_at(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, mut cur)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    for _ in 0..4 {
        if aim_of(&tree, kb, cur) {
            return true;
        }
        match tree.rel(cur) {
            "xcomp" | "conj" | "obj" => match tree.head(cur) {
                Some(h) => cur = h,
                None => return false,
            },
            _ => return false,
        }
    }
    false
}

/// The parties of the side fought in a clash that the act at `t` happened
/// in ("were killed in clashes with Azerbaijani forces", "died during a
/// firefight with Indian border guards"): the noun of the class `clash`
/// in a phrase of "in", "during" or "amid" of the verb, and its "with".
fn fought_with(tree: &Tree, kb: &Kb, t: usize) -> Vec<Party> {
    tree.kids(t)
        .iter()
        .copied()
        .filter(|&k| {
            tree.rel(k).starts_with("obl")
                && matches!(tree.case_of(k), Some("in" | "during" | "amid"))
        })
        // ("during an hours-long clash", where the parser may make the
        // clash stand beside "hours".)
        .flat_map(|k| {
            std::iter::once(k).chain(
                tree.kids(k)
                    .iter()
                    .copied()
                    .filter(|&a| tree.rel(a) == "appos"),
            )
        })
        .filter(|&k| in_class(kb, "clash", tree.lower_lemma(k)))
        .flat_map(|k| {
            // ("an exchange of fire with …": the "with" may hang on the "of".)
            let of = tree
                .kids(k)
                .iter()
                .copied()
                .filter(|&g| tree.rel(g) == "nmod" && tree.case_of(g) == Some("of"));
            std::iter::once(k)
                .chain(of)
                .flat_map(|h| tree.kids(h).iter().copied())
                .find(|&g| tree.rel(g) == "nmod" && tree.case_of(g) == Some("with"))
        })
        .flat_map(|g| parties(tree, g))
        .collect()
}

/// For an act of harm at tokens `first..end` of sentence `s` done to the
/// subject of a passive or of "die" in a clash ("were killed in clashes
/// with Azerbaijani forces", "wounded in an exchange of fire with Cambodian
/// troops", the trigger the verb or the clash): (who fought them, them).
pub(crate) fn killed_in_clash(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    end: usize,
) -> Option<(Vec<Party>, Vec<Party>)> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    // The act may be named by a noun of the verb's phrase ("died in an
    // air strike", "and an air strike" joined to it).
    let phrase = |k: usize| {
        tree.rel(k).starts_with("obl") && matches!(tree.case_of(k), Some("in" | "during" | "amid"))
    };
    let noun = doc.syntax[h].upos == "NOUN";
    let v = if noun && phrase(h) {
        tree.head(h)?
    } else if noun && tree.rel(h) == "conj" {
        tree.head(h)
            .filter(|&c| phrase(c))
            .and_then(|c| tree.head(c))?
    } else {
        h
    };
    if doc.syntax[v].upos != "VERB" || !(tree.passive(v) || tree.lower_lemma(v) == "die") {
        return None;
    }
    let fought = fought_with(&tree, kb, v);
    // (The verb's own act takes a side only from the clash.)
    if fought.is_empty() && v == h {
        return None;
    }
    let victims = tree
        .kids(v)
        .iter()
        .copied()
        .find(|&k| matches!(tree.rel(k), "nsubj:pass" | "nsubj"))
        .map(|k| parties(&tree, k))
        .unwrap_or_default();
    Some((fought, victims))
}

/// "traders feared an attack", "talks to avert a strike", "an invitation to
/// discuss reaching a ceasefire and delivering aid": an act feared, warded
/// off or only discussed (the object or complement of a verb of the class
/// `unrealised`, or a word of one, through lists and the phrases of the
/// act) has not happened. Not through a clause of its own ("discussed the
/// raid, which killed 12"; "… after troops attacked").
fn under_unrealised(tree: &Tree, kb: &Kb, t: usize) -> bool {
    let mut k = t;
    for _ in 0..5 {
        let Some(h) = tree.head(k) else {
            return false;
        };
        let unmarked_clause =
            tree.rel(k) == "advcl" && !tree.kids(k).iter().any(|&m| tree.rel(m) == "mark");
        if !(matches!(
            tree.rel(k),
            "obj" | "xcomp" | "conj" | "obl" | "amod" | "nmod"
        ) || unmarked_clause)
        {
            return false;
        }
        if matches!(tree.rel(k), "obj" | "xcomp")
            && tree.doc.syntax[h].upos == "VERB"
            && in_class(kb, "unrealised", tree.lower_lemma(h))
        {
            return true;
        }
        k = h;
    }
    false
}

pub(crate) fn possible_act(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    if under_unrealised(&tree, kb, t) {
        return true;
    }
    if doc.syntax[t].upos != "NOUN" {
        return false;
    }
    // "would respond to any attack", "warned against any escalation": an
    // act of any kind is none in particular.
    if tree
        .kids(t)
        .iter()
        .any(|&k| tree.rel(k) == "det" && matches!(doc.token_lower(k), "any" | "every"))
    {
        return true;
    }
    if tree.rel(t) != "nsubj" {
        return false;
    }
    let indefinite = tree
        .kids(t)
        .iter()
        .any(|&k| tree.rel(k) == "det" && matches!(doc.token_lower(k), "a" | "an" | "no" | "any"));
    let Some(p) = tree.head(t) else {
        return false;
    };
    let copular = tree.kids(p).iter().any(|&k| tree.rel(k) == "cop")
        || matches!(tree.lower_lemma(p), "remain" | "seem" | "appear" | "look");
    // Only predicates of possibility: "an airstrike on a hospital was a
    // war crime" is an airstrike.
    let possibility = |k: usize| {
        matches!(
            doc.token_lower(k),
            "close"
                | "near"
                | "far"
                | "away"
                | "possible"
                | "likely"
                | "unlikely"
                | "imminent"
                | "sight"
                | "reach"
                | "distant"
                | "elusive"
                | "impossible"
                | "achievable"
                | "closer"
        )
    };
    let possible = possibility(p) || tree.kids(p).iter().any(|&k| possibility(k));
    indefinite && copular && possible
}

/// Whether a surface trigger (tokens `first..end`) is a participle that
/// only describes a thing: "the seized archive", "the disputed border". On
/// people it tells what was done to them ("released prisoners"), so it stays.
pub(crate) fn describes_a_noun(doc: &Doc, kb: &Kb, first: usize, end: usize) -> bool {
    doc.syntax.len() == doc.tokens.len()
        && end == first + 1
        && doc.syntax[first].upos == "VERB"
        && (doc.syntax[first].deprel == "amod"
            || doc.syntax[first].deprel == "compound" && doc.syntax[first].xpos == "VBG")
        // "tanks shelled positions": after a noun it is the verb, whatever the
        // tag; not a present participle ("the trade negotiating forum").
        && (first == 0
            || doc.syntax[first].xpos == "VBG"
            || !matches!(doc.syntax[first - 1].upos, "NOUN" | "PROPN" | "PRON"))
        && doc.syntax[first].head.is_some_and(|h| {
            h > first && !kb.group_sectors.contains_key(&*crate::noun_key(doc, h))
        })
}

/// "India alleged that Pakistan armed the militants": the parties of the
/// subject of the clause the trigger `first..end` takes as its content.
pub(crate) fn content_subject_parties(doc: &Doc, s: usize, first: usize, end: usize) -> Vec<Party> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    // "made accusations that Kosovo is persecuting Serbs": the content
    // clause of the charge's noun, where the verb has none.
    let noun_content = |n: usize| {
        tree.kids(n).iter().copied().find(|&c| {
            matches!(tree.rel(c), "acl" | "acl:relcl")
                && tree
                    .kids(c)
                    .iter()
                    .any(|&m| tree.rel(m) == "mark" && tree.doc.token_lower(m) == "that")
        })
    };
    tree.head_of(first, end)
        .and_then(|h| {
            tree.kid_with(h, "ccomp").or_else(|| {
                std::iter::once(h)
                    .chain(
                        tree.kids(h)
                            .iter()
                            .copied()
                            .filter(|&o| tree.rel(o) == "obj"),
                    )
                    .find_map(noun_content)
            })
        })
        .and_then(|c| {
            tree.kid_with(c, "nsubj")
                .or_else(|| tree.kid_with(c, "nsubj:pass"))
        })
        .map(|k| parties(&tree, k))
        .unwrap_or_default()
}

/// Who says the clause of tokens `first..end` ("the Kenyan foreign minister
/// said that Somalia violated the deal"): the parties of the subject of the
/// verb of speech it hangs on, media excluded.
pub(crate) fn speaker_parties(doc: &Doc, s: usize, first: usize, end: usize) -> Vec<Party> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    let Some(t) = tree.head_of(first, end) else {
        return Vec::new();
    };
    speaker_of(&tree, t)
        .map(|k| parties(&tree, k))
        .unwrap_or_default()
        .into_iter()
        .filter(|p| doc.entities[p.entity].kind != EntityKind::Media)
        .collect()
}

/// "police beat protesters", "detained 30 demonstrators": a crowd's noun
/// found as a protest where it is what another act (in the lexicon, or
/// another trigger (`acts`: first token, end, type)) is done to tells that act's
/// target, not a protest of its own.
pub(crate) fn acted_on_crowd(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    acts: &[(usize, usize, &str)],
) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return false;
    }
    let syn = &doc.syntax[first];
    // "used rubber bullets against protesters": the crowd hung on what the
    // act's verb used on it.
    let through_object = syn.deprel == "nmod"
        && syn.head.is_some_and(|o| doc.syntax[o].deprel == "obj")
        && (first.saturating_sub(3)..first).any(|k| {
            doc.syntax[k].deprel == "case" && matches!(doc.token_lower(k), "against" | "at" | "on")
        });
    if syn.upos != "NOUN"
        || !(matches!(syn.deprel, "obj" | "iobj" | "nsubj:pass" | "obl") || through_object)
    {
        return false;
    }
    let head = match through_object {
        true => syn.head.and_then(|o| doc.syntax[o].head),
        false => syn.head,
    };
    let Some(h) = head.filter(|&h| doc.syntax[h].upos == "VERB") else {
        return false;
    };
    acts.iter().any(|&(t, _, ty)| t == h && ty != "PROTEST")
        || best_entry(&Tree::new(doc, s), kb, h).is_some_and(|(e, _)| e.event != "PROTEST")
}

/// "Thousands of dock workers are striking", "Teachers struck on
/// Thursday": a blow with no target struck by workers, teachers or
/// students (labour and education groups of `groups.tsv`) is a strike.
/// Only a strike is: students who clash with police fight.
pub(crate) fn labour_stoppage(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return false;
    }
    let tree = Tree::new(doc, s);
    let Some(t) = tree
        .head_of(first, end)
        .filter(|&t| doc.syntax[t].upos == "VERB" && tree.lower_lemma(t) == "strike")
    else {
        return false;
    };
    if tree
        .kids(t)
        .iter()
        .any(|&k| matches!(tree.rel(k), "obj" | "iobj"))
    {
        return false;
    }
    subject(&tree, t, 0).is_some_and(|k| {
        let k = through_quantity(&tree, kb, through_quantity(&tree, kb, k));
        kb.group_sectors
            .get(&*crate::noun_key(doc, k))
            .is_some_and(|sector| matches!(sector.as_str(), "LAB" | "EDU"))
    })
}

/// The lexicon's best frame of type `event` for the word of a surface
/// trigger (tokens `first..end`) of sentence `s`, with its recipient token.
fn trigger_frame<'k>(
    tree: &Tree,
    kb: &'k Kb,
    first: usize,
    end: usize,
    event: &str,
) -> Option<(&'k LexEntry, Option<usize>)> {
    (first..end).find_map(|t| best_entry(tree, kb, t).filter(|(e, _)| e.event == event))
}

/// The mode the lexicon gives the word of a surface trigger (tokens
/// `first..end`) for the same type: "detained 30 protesters" is an arrest
/// although the pattern that found it names no mode.
pub(crate) fn lexicon_mode(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    end: usize,
    event: &str,
) -> Option<String> {
    if doc.syntax.len() != doc.tokens.len() {
        return None;
    }
    let tree = Tree::new(doc, s);
    trigger_frame(&tree, kb, first, end, event).and_then(|(e, _)| e.mode.clone())
}

/// Whom the lexicon's frame for a surface pattern's word names through its
/// preposition, where the frame is of the pattern's type: "sought refuge
/// in Chad" (the pattern reads "sought", the frame `seek refuge in:R`).
pub(crate) fn lexicon_recipient(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    end: usize,
    event: &str,
) -> Vec<Party> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    trigger_frame(&tree, kb, first, end, event)
        .filter(|(e, _)| matches!(e.recipient, Slot::Prep(_)))
        .and_then(|(_, r)| r)
        .map(|r| parties(&tree, r))
        .unwrap_or_default()
}

/// "called off the strike after talks with the government": whom a
/// concession or a withdrawal with no one on its receiving end was agreed
/// with, named by the talks (`@talk`) after which it was made, up to two
/// steps below the trigger's head.
pub(crate) fn partner_in_talks_before(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    end: usize,
) -> Vec<Party> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    let Some(h) = tree.head_of(first, end) else {
        return Vec::new();
    };
    let below: Vec<usize> = tree
        .kids(h)
        .iter()
        .copied()
        .flat_map(|k| std::iter::once(k).chain(tree.kids(k).iter().copied()))
        .collect();
    below
        .into_iter()
        .filter(|&k| {
            matches!(tree.case_of(k), Some("after" | "following"))
                && kb.lexicon.in_class("talk", tree.lower_lemma(k))
        })
        .find_map(|k| {
            tree.kids(k)
                .iter()
                .copied()
                .find(|&w| tree.rel(w) == "nmod" && tree.case_of(w) == Some("with"))
        })
        .map(|w| parties(&tree, w))
        .unwrap_or_default()
}

/// "the forest, which lies close to the border": a verb pattern whose
/// word the parse reads as an adjective or adverb ("close") names no act.
/// An adjective after a copula is the passive it looks like ("the
/// consulate was closed").
pub(crate) fn not_a_verb(doc: &Doc, first: usize, end: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return false;
    }
    let outside = |t: usize| {
        doc.syntax[t]
            .head
            .is_none_or(|h| !(first..end).contains(&h))
    };
    let Some(h) = (first..end).find(|&t| outside(t)) else {
        return false;
    };
    // Its dependents are in its sentence.
    let Some(s) = doc.sentence_at(doc.tokens[h].span.start) else {
        return false;
    };
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let after_copula = (lo..hi).any(|k| {
        doc.syntax[k].head == Some(h) && matches!(doc.syntax[k].deprel, "cop" | "aux" | "aux:pass")
    });
    matches!(doc.syntax[h].upos, "ADJ" | "ADV") && doc.syntax[h].xpos != "VBN" && !after_copula
}

/// Whether the noun at `t` is the object of a verb inside another trigger
/// (`first`, `end`, type) of the same type: "reached a ceasefire deal",
/// where "reached a ceasefire" is the act and "deal" its object.
pub(crate) fn object_of_same_act(
    doc: &Doc,
    t: usize,
    event: &str,
    triggers: &[(usize, usize, &str)],
) -> bool {
    if doc.syntax.len() != doc.tokens.len() || doc.syntax[t].deprel != "obj" {
        return false;
    }
    let Some(h) = doc.syntax[t].head else {
        return false;
    };
    triggers
        .iter()
        .any(|&(a, b, ty)| ty == event && (a..b).contains(&h) && !(a..b).contains(&t))
}

/// The verb, inside another trigger of the same type (`acts`), whose
/// subject is the noun act at tokens `first..end`: "a U.S. drone strike in
/// Baghdad killed the general" is one attack, told by the verb.
pub(crate) fn subject_of_same_act(
    doc: &Doc,
    s: usize,
    first: usize,
    end: usize,
    event: &str,
    acts: &[(usize, usize, &str)],
) -> Option<usize> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    if doc.syntax[h].upos != "NOUN" || tree.rel(h) != "nsubj" {
        return None;
    }
    let v = tree.head(h)?;
    acts.iter()
        .any(|&(a, b, ty)| ty == event && (a..b).contains(&v) && !(a..b).contains(&h))
        .then_some(v)
}

/// "wounded three soldiers in an ambush", "killed two men during a raid":
/// a verb-pattern word the parser reads as a noun in the circumstance of a
/// verb that is itself an act of that type (in the lexicon, or another
/// trigger (`acts`: first token, end, type)) tells how that act was done,
/// not another. Returns that verb.
pub(crate) fn manner_of_act(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    event: &str,
    acts: &[(usize, usize, &str)],
) -> Option<usize> {
    if doc.syntax.len() != doc.tokens.len() {
        return None;
    }
    // "in a bomb attack": the weapon's word modifies the act's noun.
    let mut n = first;
    if doc.syntax[n].deprel == "compound" {
        match doc.syntax[n].head {
            Some(up) if up > n && doc.syntax[up].upos == "NOUN" => n = up,
            _ => return None,
        }
    }
    let syn = &doc.syntax[n];
    if syn.upos != "NOUN" {
        return None;
    }
    let verb = |h: usize| (doc.syntax[h].upos == "VERB").then_some(h);
    // The parser may hang the phrase on the verb's object ("wounded two
    // policemen in a bomb attack").
    let h = if syn.deprel.starts_with("obl") {
        syn.head.and_then(verb)
    } else if syn.deprel == "nmod" {
        syn.head
            .filter(|&o| doc.syntax[o].deprel == "obj")
            .and_then(|o| doc.syntax[o].head)
            .and_then(verb)
    } else {
        None
    };
    let h = h?;
    let tree = Tree::new(doc, s);
    if !tree
        .case_of(n)
        .is_some_and(|c| matches!(c, "in" | "during" | "with"))
    {
        return None;
    }
    (acts.iter().any(|&(t, _, ty)| t == h && ty == event)
        || best_entry(&tree, kb, h).is_some_and(|(e, _)| e.event == event && !e.noun))
    .then_some(h)
}

/// "the withdrawal of invasion forces", "attack helicopters": an act's noun
/// that only says what kind of troops or weapons (the lexicon's `troop` and
/// `weapon` classes) its head noun names is no act.
pub(crate) fn names_a_kind_of_force(doc: &Doc, kb: &Kb, first: usize, end: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() || end != first + 1 {
        return false;
    }
    let syn = &doc.syntax[first];
    let noun_modifier = syn.upos == "NOUN" && syn.deprel == "compound";
    let Some(h) = syn.head.filter(|&h| h >= end && noun_modifier) else {
        return false;
    };
    let lemma = doc.syntax[h].lemma.to_lowercase();
    ["troop", "weapon"].iter().any(|class| {
        kb.lexicon
            .classes
            .get(*class)
            .is_some_and(|words| words.contains(&lemma))
    })
}

/// Whether a surface trigger (tokens `first..end`) is the act in the clause
/// of "fail", "refuse" or "decline": "failed to reach an agreement".
pub(crate) fn failed_act(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, h)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    tree.rel(h) == "xcomp"
        && tree
            .head(h)
            .is_some_and(|g| FAILED.contains(&tree.lower_lemma(g)))
}

/// Relations that open a clause of its own: a date inside one is that
/// clause's date, not the date of an act outside it.
/// Complements ("agreed to exchange prisoners in the coming weeks") are not
/// among them: the act they name is what the commitment dates.
const CLAUSE_HEADS: &[&str] = &[
    "acl",
    "acl:relcl",
    "advcl",
    "advcl:relcl",
    "csubj",
    "parataxis",
];

/// Whether the date at `date` can be the date of the act at tokens
/// `first..end` of sentence `s`: "agreed at a meeting here that troops
/// should leave the line set by the truce signed on 19 September" — the
/// date belongs to the signing, not to the agreement. True without a parse.
pub(crate) fn date_in_scope(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    date: Span,
    first: usize,
    end: usize,
) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return true;
    }
    let tree = Tree::new(doc, s);
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let inside = |k: usize| (first..end).contains(&k);
    let Some(h) = tree.head_of(first, end) else {
        return true;
    };
    let Some(d) = doc.tokens_in(date).next().filter(|t| (lo..hi).contains(t)) else {
        return true;
    };
    // "in response to its blockade in March 2021": a date in the phrase of
    // a noun that names another act is that act's date. From the date's
    // own head ("next month": "month"), which is no act.
    let in_date = |k: usize| date.contains(doc.tokens[k].span);
    let mut a = doc
        .tokens_in(date)
        .filter(|t| (lo..hi).contains(t))
        .find(|&t| tree.head(t).is_none_or(|x| !in_date(x)))
        .unwrap_or(d);
    for _ in 0..16 {
        let Some(up) = tree.head(a).filter(|&x| (lo..hi).contains(&x)) else {
            break;
        };
        if inside(up) || doc.syntax[up].upos != "NOUN" {
            break;
        }
        // "a candidate in the April 3 elections": a date written before a
        // noun as its modifier is that noun's, unless the noun is what the
        // act is done to ("signed the March 3 accord").
        if a < up
            && matches!(tree.rel(a), "compound" | "amod" | "nummod" | "nmod:tmod")
            // "on Tuesday morning": a part of the day is the date's own.
            && !matches!(
                tree.lower_lemma(up),
                "morning" | "afternoon" | "evening" | "night" | "day" | "week" | "weekend"
                    | "midday" | "noon" | "midnight" | "dawn" | "time" | "hour"
            )
            && !(tree.head(up) == Some(h) && matches!(tree.rel(up), "obj" | "iobj"))
        {
            return false;
        }
        if !matches!(
            tree.rel(a),
            "nmod"
                | "nmod:tmod"
                | "nmod:unmarked"
                | "nmod:poss"
                | "obl"
                | "compound"
                | "amod"
                | "nummod"
                | "flat"
        ) {
            break;
        }
        // "violating the ceasefire on July 5": a date hung on a verb's
        // object is as often the verb's (the parser's attachment); only a
        // possessor ("Saturday's summit") is surely the noun's.
        // The same for a phrase of the verb that is no landmark in time
        // ("met for talks on Monday"; but "after the blockade of March").
        let core = matches!(tree.rel(up), "obj" | "iobj" | "nsubj" | "nsubj:pass")
            || tree.rel(up).starts_with("obl") && !tree.is_landmark(up);
        if core && tree.rel(a) != "nmod:poss" {
            break;
        }
        if kb
            .lexicon
            .entries_for(tree.lower_lemma(up), true)
            .next()
            .is_some()
        {
            return false;
        }
        a = up;
    }
    // "after Minsk earlier expelled two diplomats, the ministry said on
    // Friday": an act said to be earlier is not dated by another clause.
    let dominated = |mut k: usize| {
        for _ in 0..64 {
            if k == h {
                return true;
            }
            match tree.head(k) {
                Some(x) if (lo..hi).contains(&x) => k = x,
                _ => return false,
            }
        }
        false
    };
    let earlier = |k: usize| matches!(doc.token_lower(k), "earlier" | "previously");
    if !dominated(d)
        && ((first..end).any(|t| {
            tree.kids(t)
                .iter()
                .any(|&k| tree.rel(k) == "advmod" && earlier(k))
        }) || first > lo && earlier(first - 1))
    {
        return false;
    }
    // The head of the clause a word is in (none in the main clause).
    let clause_of = |mut k: usize| {
        for _ in 0..64 {
            if CLAUSE_HEADS.contains(&tree.rel(k)) {
                return Some(k);
            }
            match tree.head(k) {
                Some(x) if (lo..hi).contains(&x) => k = x,
                _ => return None,
            }
        }
        None
    };
    // The main clause's date governs the whole sentence.
    let Some(c) = clause_of(d) else {
        return true;
    };
    // "accused Russia of striking the port on 20 May": the charge's content
    // is a complement too, and dates the charge's subject matter.
    if tree.rel(c) == "advcl"
        && tree.head(c).is_some_and(inside)
        && tree.kids(c).iter().any(|&k| {
            matches!(tree.rel(k), "mark" | "case") && matches!(doc.token_lower(k), "of" | "for")
        })
    {
        return true;
    }
    // "detained him during a protest staged in Moscow on Saturday": what
    // happens during the act is dated with it.
    if matches!(tree.rel(c), "acl" | "acl:relcl")
        && tree.head(c).is_some_and(|n| {
            tree.rel(n).starts_with("obl")
                && tree.case_of(n) == Some("during")
                && tree.head(n).is_some_and(|v| v == h || inside(v))
        })
    {
        return true;
    }
    // "fired tear gas at protesters demanding his resignation on Tuesday":
    // a day closing the sentence inside a present participle on the act's
    // own phrase (or on its verb, as the parser may hang it) is the act's
    // (news puts the act's day last).
    let closing = doc
        .tokens_in(date)
        .last()
        .is_some_and(|l| (l + 1..hi).all(|k| doc.syntax[k].upos == "PUNCT"));
    let on_the_act = |v: usize| v == h || inside(v);
    if closing
        && doc.syntax[c].xpos == "VBG"
        && match tree.rel(c) {
            "acl" => tree
                .head(c)
                .and_then(|n| tree.head(n))
                .is_some_and(on_the_act),
            // Or on the act's verb itself, the participle read as its clause.
            "advcl" => {
                tree.head(c).is_some_and(on_the_act)
                    && !tree.kids(c).iter().any(|&k| {
                        matches!(tree.rel(k), "mark" | "nsubj")
                            || tree.rel(k) == "advmod"
                                && matches!(doc.token_lower(k), "earlier" | "later" | "previously")
                    })
            }
            _ => false,
        }
    {
        return true;
    }
    // "used water cannon to disperse demonstrators on Tuesday": a day
    // closing an infinitive of purpose on the act's clause is the act's
    // (the purpose is pursued then).
    if closing
        && matches!(tree.rel(c), "advcl" | "acl")
        && doc.syntax[c].xpos == "VB"
        && tree
            .kids(c)
            .iter()
            .any(|&k| tree.rel(k) == "mark" && doc.token_lower(k) == "to")
        && tree
            .head(c)
            .is_some_and(|v| inside(v) || clause_of(v) == clause_of(h))
    {
        return true;
    }
    // In scope when that clause holds the act (or is the act's own).
    let mut t = h;
    for _ in 0..64 {
        if t == c {
            return true;
        }
        match tree.head(t) {
            Some(x) if (lo..hi).contains(&x) => t = x,
            _ => return false,
        }
    }
    false
}

/// Nouns and verbs that stop or forbid the act they govern: "a moratorium
/// on strikes", "halted the attacks" name no attack.
const STOPPERS: &[&str] = &[
    "moratorium",
    "ban",
    "halt",
    "end",
    "cessation",
    "stop",
    "pause",
    "suspension",
    "freeze",
    "prohibition",
    "renunciation",
    "ceasefire",
    "truce",
    "cease",
    "suspend",
    "forbid",
    "prohibit",
    "renounce",
    "call off",
    "cancel",
];

/// Whether the surface trigger (tokens `first..end`) is the act a stopper
/// governs, up to two steps up the tree.
pub(crate) fn stopped_act(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    governed_by(doc, s, first, end, |w| STOPPERS.contains(&w))
}

/// The tree of sentence `s` and the head of tokens `first..end` in it, when
/// the document was parsed.
fn parsed_head(doc: &Doc, s: usize, first: usize, end: usize) -> Option<(Tree<'_>, usize)> {
    if doc.syntax.len() != doc.tokens.len() {
        return None;
    }
    let tree = Tree::new(doc, s);
    let h = tree.head_of(first, end)?;
    Some((tree, h))
}

/// What a noun act's own modifier says of when it is: `Some(true)` for
/// one still to come ("the next round of talks", "future negotiations",
/// "the upcoming summit"), `Some(false)` for one only thought of ("a
/// possible meeting", "potential talks"). The modifier may stand on the
/// round or session the act is counted in.
pub(crate) fn act_yet_to_be(doc: &Doc, s: usize, first: usize, end: usize) -> Option<bool> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    if !matches!(doc.syntax[h].upos, "NOUN" | "PROPN") {
        return None;
    }
    let mut nouns = vec![h];
    // "the next round of talks": the count's noun, the act under it.
    if tree.rel(h) == "nmod" && tree.case_of(h) == Some("of") {
        nouns.extend(tree.head(h).filter(|&r| {
            matches!(
                tree.lower_lemma(r),
                "round" | "session" | "series" | "stage" | "phase"
            )
        }));
    }
    // "The next meeting … took place on March 24": told in the simple
    // past, "next" is the one after, in the story.
    let told_past = |n: usize| {
        tree.head(n).is_some_and(|v| {
            doc.syntax[v].xpos == "VBD"
                || tree
                    .kids(v)
                    .iter()
                    .any(|&a| tree.rel(a).starts_with("aux") && doc.syntax[a].xpos == "VBD")
        })
    };
    let top = *nouns.last().unwrap_or(&h);
    nouns.iter().find_map(|&n| {
        tree.kids(n)
            .iter()
            .filter(|&&k| tree.rel(k) == "amod")
            .find_map(|&k| match tree.lower_lemma(k) {
                "next" => (!told_past(top)).then_some(true),
                "future" | "upcoming" | "forthcoming" | "planned" | "proposed" | "prospective" => {
                    Some(true)
                }
                "possible" | "potential" | "eventual" | "hypothetical" => Some(false),
                _ => None,
            })
    })
}

/// Whether the act at tokens `first..end` is told as one more (class
/// `further`: "It also froze the assets of two banks"): an act of its own,
/// not the retelling of one before it.
pub(crate) fn told_as_further(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, h)| {
        tree.kids(h)
            .iter()
            .any(|&k| tree.rel(k) == "advmod" && in_class(kb, "further", tree.lower_lemma(k)))
    })
}

/// When the act at tokens `first..end` is told in a clause of "after" or
/// "before" ("agreed on Tuesday to resume talks, a week after clashes
/// killed four soldiers"): the clause's tokens (first, last), whether it is
/// "after", and the days between the two acts where the words before the
/// conjunction say ("a week": 7, "two days": 2, "hours": 0); `None` days
/// where they do not ("days after", "months after").
pub(crate) fn told_relative_to(
    doc: &Doc,
    s: usize,
    first: usize,
    end: usize,
) -> Option<RelativeTime> {
    let (tree, t) = parsed_head(doc, s, first, end)?;
    let mut cur = t;
    for _ in 0..4 {
        let marker = tree.kids(cur).iter().copied().find(|&k| {
            matches!(tree.rel(k), "mark" | "case")
                && matches!(tree.doc.token_lower(k), "after" | "before")
        });
        if let Some(m) = marker {
            // (A clause with its "after" the parser joined as a conjunct is
            // subordinate all the same.)
            if !matches!(
                tree.rel(cur),
                "advcl" | "obl" | "acl" | "nmod" | "conj" | "parataxis"
            ) {
                return None;
            }
            let after = tree.doc.token_lower(m) == "after";
            let (lo, hi) = tree.extent(cur, true);
            let (lo, hi) = (lo.min(m), hi.max(m));
            let (days, gap) = days_before_marker(doc, m);
            return Some(RelativeTime {
                clause: (lo, hi),
                after,
                days,
                words: (m - gap, m),
            });
        }
        match tree.head(cur) {
            Some(h) if matches!(tree.rel(cur), "nsubj" | "obj" | "compound" | "amod") => cur = h,
            _ => return None,
        }
    }
    None
}

/// An act told in a clause of "after" or "before" ([`told_relative_to`]).
pub(crate) struct RelativeTime {
    /// The clause's first and last tokens, its conjunction included.
    pub clause: (usize, usize),
    pub after: bool,
    /// Days between the two acts, where the words say.
    pub days: Option<i64>,
    /// The gap's words and the conjunction: first and last token.
    pub words: (usize, usize),
}

/// The days the words right before "after" or "before" at `m` count: "a
/// week" 7, "two days" 2, "hours" and "shortly" 0; `None` for a vague or
/// long gap ("days", "months"). With how many words before `m` say so.
fn days_before_marker(doc: &Doc, m: usize) -> (Option<i64>, usize) {
    let w = |k: usize| doc.token_lower(k);
    if m == 0 {
        return (None, 0);
    }
    let unit = w(m - 1);
    let count = if m >= 2 {
        match w(m - 2) {
            "a" | "an" | "one" => Some(1),
            "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            "six" => Some(6),
            "seven" => Some(7),
            x => x.parse::<i64>().ok().filter(|n| (1..=60).contains(n)),
        }
    } else {
        None
    };
    let counted = |days: Option<i64>| match days {
        Some(d) => (Some(d), 2),
        None => (None, 1),
    };
    match unit {
        "hours" | "hour" | "minutes" | "moments" | "shortly" | "just" | "soon" | "immediately" => {
            (Some(0), 1)
        }
        "day" | "days" => counted(count),
        "week" | "weeks" => counted(count.map(|n| 7 * n)),
        _ => (None, 0),
    }
}

/// Whether `word` is a lemma of the lexicon's class `class` (`classes.tsv`).
fn in_class(kb: &Kb, class: &str, word: &str) -> bool {
    kb.lexicon.in_class(class, word)
}

/// Whether the talks at tokens `first..end` are put off by the verb or noun
/// that governs them (class `postponing`: "suspended trade talks" reports
/// no talks, "ended their talks" does).
pub(crate) fn talks_put_off(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    governed_by(doc, s, first, end, |w| in_class(kb, "postponing", w))
}

/// What the verb of an act's taking place says of the noun act at tokens
/// `first..end`, its subject (class `happening`): whether it is negated
/// ("the summit would not go ahead", "talks never took place") and whether
/// it is still to come ("the talks will be held in Oslo", "would resume").
pub(crate) struct Happening {
    pub negated: bool,
    pub future: bool,
}

pub(crate) fn happening(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    end: usize,
) -> Option<Happening> {
    let (tree, t) = parsed_head(doc, s, first, end)?;
    if doc.syntax[t].upos != "NOUN" || !matches!(tree.rel(t), "nsubj" | "nsubj:pass") {
        return None;
    }
    let v = tree.head(t)?;
    let lemma = tree.lower_lemma(v);
    // The verb with the word that completes it: "go ahead", "take place".
    let completed = tree.kids(v).iter().any(|&k| {
        matches!(tree.rel(k), "compound:prt" | "advmod" | "obj")
            && in_class(kb, "happening", &format!("{lemma}-{}", doc.token_lower(k)))
    });
    if !completed && !in_class(kb, "happening", lemma) {
        return None;
    }
    // "hold" only as "the talks will be held".
    if lemma == "hold" && tree.rel(t) != "nsubj:pass" {
        return None;
    }
    let said = |words: &[&str]| {
        tree.kids(v)
            .iter()
            .any(|&k| words.contains(&doc.token_lower(k)))
    };
    Some(Happening {
        negated: said(&["not", "n't", "never"]),
        future: said(&["will", "would", "shall", "'ll"]),
    })
    .filter(|h| h.negated || h.future)
}

/// Whether the noun act at tokens `first..end` is what a verb keeps or breaks
/// ("violated the 2003 ceasefire accord", "ending a days-old agreement",
/// "pledged to respect the truce").
pub(crate) fn kept_or_broken(
    doc: &Doc,
    kb: &Kb,
    s: usize,
    first: usize,
    end: usize,
    event: &str,
) -> bool {
    let Some((tree, t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    let by_verb = |t: usize| {
        tree.head(t).is_some_and(|h| {
            let lemma = tree.lower_lemma(h);
            doc.syntax[h].upos == "VERB"
                && in_class(kb, "keeping", lemma)
                // "ended their talks in Geneva": talks ended were held.
                && !(event == "CONSULT" && lemma == "end")
        })
    };
    doc.syntax[t].upos == "NOUN"
        && (matches!(tree.rel(t), "obj" | "nsubj:pass") && by_verb(t)
            // "abide by the accord"
            || tree.rel(t) == "obl" && tree.case_of(t) == Some("by") && by_verb(t))
}

/// Whether the weapon named at tokens `first..end` (a pattern's attack:
/// "bomb") is
/// what a verb's lexicon frame of another type takes as its own word:
/// "tested a hydrogen bomb" is a weapons test, not a bombing.
pub(crate) fn weapon_of_other_act(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, h)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    let lemma = tree.lower_lemma(h);
    if !in_class(kb, "weapon", lemma) || tree.rel(h) != "obj" {
        return false;
    }
    tree.head(h).is_some_and(|v| {
        best_entry(&tree, kb, v).is_some_and(|(e, _)| {
            !e.noun && e.event != "ASSAULT" && e.words.iter().any(|w| w == lemma)
        })
    })
}

/// Whether the act at tokens `first..end` is done to "each other" or "one
/// another": "China and Japan accused each other" is each side's act on the
/// other.
pub(crate) fn reciprocal(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, h)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    // The pair is hung by its first word ("each", "other" fixed) or its
    // second ("each" its determiner).
    let pair = |a: usize| {
        a + 1 < tree.first + tree.kids.len()
            && matches!(
                (doc.token_lower(a), doc.token_lower(a + 1)),
                ("each", "other") | ("one", "another")
            )
    };
    // ("traded blame": the noun the sides trade, as their verb.)
    let traded = traded_in(&tree, h)
        || tree.rel(h) == "obj" && tree.head(h).is_some_and(|v| traded_in(&tree, v));
    // Right after the verb, however the parser hung it ("accused each
    // other on Saturday" read with "each" on the day).
    traded
        || pair(end)
        || tree
            .kids(h)
            .iter()
            .any(|&k| pair(k) || k > tree.first && pair(k - 1))
}

/// "Armenia and Azerbaijan traded accusations", "Israel and Hezbollah
/// exchanged fire": what two sides trade or exchange, their subject, with no
/// one named goes each way.
fn traded_in(tree: &Tree, h: usize) -> bool {
    matches!(tree.lower_lemma(h), "trade" | "exchange")
        && tree.kid_with(h, "obj").is_some()
        && !tree
            .kids(h)
            .iter()
            .any(|&k| tree.case_of(k) == Some("with"))
        && tree
            .kid_with(h, "nsubj")
            .is_some_and(|n| tree.kid_with(n, "conj").is_some())
}

/// Whether the agreement at tokens `first..end` is one on measures against
/// someone ("the EU agreed a new package of sanctions against Russia"): the
/// measures are the news, and no one agreed anything with their target.
pub(crate) fn agreed_measures(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    let measure = |k: usize| in_class(kb, "sanction", tree.lower_lemma(k));
    let measures = |v: usize| {
        tree.kids(v).iter().any(|&o| {
            tree.rel(o) == "obj"
                && (measure(o)
                    || tree.kids(o).iter().any(|&m| {
                        tree.rel(m) == "nmod" && tree.case_of(m) == Some("of") && measure(m)
                    }))
        })
    };
    // Or to take them: "agreed to sanction drone makers", "agreed to
    // impose new sanctions".
    doc.syntax[t].upos == "VERB"
        && (measures(t)
            || tree.kids(t).iter().any(|&x| {
                // (The parser may read the infinitive as one of purpose.)
                (tree.rel(x) == "xcomp" || purpose(&tree, x))
                    && (measure(x) && doc.syntax[x].upos == "VERB" || measures(x))
            }))
}

/// Whether the measures at tokens `first..end` (a sanction) are what their
/// actor agreed or decided to take ("the EU agreed to impose sanctions"):
/// deciding them takes them.
pub(crate) fn decided_measures(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    decided_by(doc, s, first, end, DECIDING)
}

/// Whether the demand or charge at tokens `first..end` is what a body
/// voted to make ("the General Assembly voted to demand an immediate
/// ceasefire"): the vote makes it.
pub(crate) fn voted_for(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    decided_by(doc, s, first, end, &["vote"])
}

/// Whether the act at tokens `first..end` is the clause of one of the
/// `verbs` of deciding.
fn decided_by(doc: &Doc, s: usize, first: usize, end: usize, verbs: &[&str]) -> bool {
    let Some((tree, t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    // The verb of the measures: the trigger, or the verb it is the object of.
    let v = if doc.syntax[t].upos == "VERB" {
        Some(t)
    } else {
        (tree.rel(t) == "obj").then(|| tree.head(t)).flatten()
    };
    // The parser may read "voted to impose" as a clause of purpose.
    v.is_some_and(|v| {
        (tree.rel(v) == "xcomp" || purpose(&tree, v))
            && tree
                .head(v)
                .is_some_and(|h| verbs.contains(&tree.lower_lemma(h)))
    })
}

/// A weapon or an armed act's noun ("bomb", "drone strike", "shelling"):
/// what an attack by nobody named is told by.
fn weapon_word(kb: &Kb, lemma: &str) -> bool {
    kb.lexicon.in_class("explosive", lemma)
        || kb.lexicon.in_class("weapon", lemma) && !matches!(lemma, "arm" | "equipment")
        || kb
            .lexicon
            .entries_for(lemma, true)
            .any(|x| x.event == "ASSAULT")
}

/// Whether the verb act at tokens `first..end` has a weapon or an armed
/// act as its subject ("A car bomb killed six civilians").
pub(crate) fn weapon_subject(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, t)| {
        subject(&tree, t, 0).is_some_and(|k| {
            weapon_word(kb, tree.lower_lemma(k))
                // "Debris from a Russian drone landed in Romania".
                || tree.kids(k).iter().any(|&g| {
                    tree.rel(g) == "nmod"
                        && matches!(tree.case_of(g), Some("from" | "of"))
                        && weapon_word(kb, tree.lower_lemma(g))
                })
        })
    })
}

/// "reached no agreement", "held no talks", "received no request", "no
/// talks were held": an act whose object, or whose own noun, takes the
/// determiner "no" did not happen.
pub(crate) fn none_of_it(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() {
        return false;
    }
    let (a, b) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let no_on = |n: usize| {
        (a..b).any(|k| {
            doc.syntax[k].head == Some(n)
                && doc.syntax[k].deprel == "det"
                && doc.token_lower(k) == "no"
        })
    };
    (first..end).any(|t| {
        no_on(t)
            || doc.syntax[t].upos == "VERB"
                && (a..b).any(|o| {
                    doc.syntax[o].head == Some(t) && doc.syntax[o].deprel == "obj" && no_on(o)
                })
    })
}

/// Whether the noun act at tokens `first..end` is the subject of a negated
/// predicate: "a meeting between Putin and Zelensky was not on the
/// agenda" (the parser may read the act as the object of the verb of
/// saying, and the predicate as its complement).
pub(crate) fn negated_predicate(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    copular_predicate(doc, s, first, end).is_some_and(|(negated, _)| negated)
}

/// Whether the noun act at tokens `first..end` is the subject of a
/// predicate of what may yet be ("a meeting … was possible", "is
/// expected", "is due"): a prospect, not an act done.
pub(crate) fn prospective_predicate(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    copular_predicate(doc, s, first, end).is_some_and(|(negated, lemma)| {
        !negated
            && matches!(
                lemma.as_str(),
                "possible" | "likely" | "expected" | "due" | "scheduled" | "planned" | "imminent"
            )
    })
}

/// The copular predicate a noun act is the subject of: whether it is
/// negated, and its lemma.
fn copular_predicate(doc: &Doc, s: usize, first: usize, end: usize) -> Option<(bool, String)> {
    let (tree, t) = parsed_head(doc, s, first, end)?;
    if doc.syntax[t].upos != "NOUN" {
        return None;
    }
    let p = match (tree.rel(t), tree.head(t)) {
        ("nsubj" | "nsubj:pass", h) => h,
        ("obj", Some(v)) if SPEECH.contains(&tree.lower_lemma(v)) => tree
            .kids(v)
            .iter()
            .copied()
            .find(|&k| k > t && tree.rel(k) == "ccomp"),
        _ => None,
    }?;
    let kids = tree.kids(p);
    kids.iter().any(|&k| tree.rel(k) == "cop").then(|| {
        let negated = kids
            .iter()
            .any(|&k| tree.rel(k) == "advmod" && NEGATORS.contains(&doc.token_lower(k)));
        (negated, tree.lower_lemma(p).to_string())
    })
}

/// Whether the noun act at tokens `first..end` is what someone is ready
/// for ("is open to talks with Trump", "ready for negotiations"): a
/// readiness told, the act not yet done.
pub(crate) fn readiness_for(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, t)| {
        doc.syntax[t].upos == "NOUN"
            && tree.rel(t) == "obl"
            && matches!(tree.case_of(t), Some("to" | "for"))
            && tree
                .head(t)
                .is_some_and(|h| READY.contains(&tree.lower_lemma(h)))
    })
}

/// Whether the noun act at tokens `first..end` is what talks are about
/// ("spoke by telephone about a prisoner exchange", "ready for talks on a
/// prisoner swap", "too early to talk about a summit", "discussed a
/// meeting of the two leaders"): a subject of talk, not an act done.
pub(crate) fn subject_of_talk(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, t)| {
        let Some(h) = tree.head(t) else {
            return false;
        };
        let head = tree.lower_lemma(h);
        // ("the question of a prisoner exchange")
        let of_question = tree.case_of(t) == Some("of")
            && matches!(
                head,
                "question" | "issue" | "prospect" | "possibility" | "idea"
            );
        let about = matches!(tree.rel(t), "obl" | "nmod")
            && (matches!(
                tree.case_of(t),
                Some("about" | "on" | "over" | "regarding" | "concerning")
            ) || of_question)
            && match doc.syntax[h].upos {
                "VERB" => in_class(kb, "talking", head),
                "NOUN" => in_class(kb, "talkedabout", head),
                _ => false,
            };
        let discussed = tree.rel(t) == "obj"
            && doc.syntax[h].upos == "VERB"
            && matches!(head, "discuss" | "debate" | "mention");
        doc.syntax[t].upos == "NOUN" && (about || discussed)
    })
}

/// Whether the trigger at tokens `first..end` is a gerund introduced by
/// "from": what someone was barred, kept or refrained from doing ("banned
/// them from travelling to the UK").
pub(crate) fn kept_from(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, t)| {
        // "stopped short of accusing Belarus": what one stops short of is
        // not done.
        let short_of = tree.head(t).is_some_and(|h| tree.lower_lemma(h) == "short")
            && tree
                .kids(t)
                .iter()
                .any(|&k| matches!(tree.rel(k), "mark" | "case") && doc.token_lower(k) == "of");
        doc.syntax[t].xpos == "VBG"
            && (short_of
                || tree.kids(t).iter().any(|&k| {
                    tree.rel(k) == "mark"
                        && doc.token_lower(k) == "from"
                        // "Apart from meeting Putin, he …" adds an act.
                        && !(k > 0 && matches!(doc.token_lower(k - 1), "apart" | "aside"))
                }))
    })
}

/// Whether the verb at tokens `first..end` is a clause that describes a
/// noun ("firms supporting the junta", "a bank that provides support to
/// them"): background, as the lexicon's frames read it.
pub(crate) fn clause_on_a_noun(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, t)| {
        // "that provides support": the noun act's light verb.
        let t = match tree.head(t) {
            Some(h) if doc.syntax[t].upos == "NOUN" && tree.rel(t) == "obj" => h,
            _ => t,
        };
        doc.syntax[t].upos == "VERB"
            && match tree.rel(t) {
                "acl" => matches!(doc.syntax[t].xpos, "VBG" | "VBN"),
                // With its relative pronoun: a finite verb hung on a noun
                // without one is more often the parser's slip.
                "acl:relcl" => tree.kids(t).iter().any(|&k| {
                    tree.rel(k).starts_with("nsubj")
                        && matches!(tree.lower_lemma(k), "who" | "which" | "that")
                }),
                _ => false,
            }
    })
}

/// Whether the trigger at tokens `first..end` is a participle hung on a
/// noun as a reduced passive relative ("two diplomats accused of spying").
pub(crate) fn reduced_passive(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    parsed_head(doc, s, first, end).is_some_and(|(tree, t)| tree.rel(t) == "acl" && tree.passive(t))
}

/// Whether the trigger at tokens `first..end` is in a clause that tells the
/// time since when something holds ("fighting along the border since the
/// two countries agreed to the accord"), with no date of its own: background,
/// not the news.
pub(crate) fn in_since_clause(doc: &Doc, s: usize, first: usize, end: usize) -> bool {
    let Some((tree, mut t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    for _ in 0..3 {
        let since = || {
            tree.kids(t)
                .iter()
                .any(|&m| matches!(tree.rel(m), "mark" | "case") && doc.token_lower(m) == "since")
        };
        // Also the phrase the parser makes of it ("since the two countries
        // agreed …" read as a noun with a participle).
        if (tree.rel(t) == "advcl" || tree.rel(t).starts_with("obl")) && since() {
            // One that gives its own date is still told ("since Azerbaijan
            // took Karabakh in September 2023").
            let (lo, hi) = tree.extent(t, true);
            let span = Span {
                start: doc.tokens[lo].span.start,
                end: doc.tokens[hi].span.end,
            };
            let dated = doc
                .dates
                .iter()
                .any(|d| span.contains(d.span) && d.value.is_some());
            return !dated;
        }
        match tree.head(t) {
            Some(h) => t = h,
            None => return false,
        }
    }
    false
}

/// The date of the statement that makes the spoken act at tokens
/// `first..end`: "Russia will give a strong response …, the ministry said
/// in a statement on Wednesday" threatens on Wednesday. The verb of saying
/// heads the act's clause, or hangs beside it with its own subject (as the
/// parser often reads a closing "…, X said"); the date hangs on that verb
/// or on a noun under it.
pub(crate) fn statement_date_of(doc: &Doc, s: usize, first: usize, end: usize) -> Option<Span> {
    let (tree, h) = parsed_head(doc, s, first, end)?;
    let saying = |v: usize| {
        doc.syntax[v].upos == "VERB"
            && matches!(
                tree.lower_lemma(v),
                "say" | "tell" | "announce" | "state" | "declare" | "add" | "stress" | "warn"
            )
    };
    let mut says = Vec::new();
    let mut t = h;
    for _ in 0..3 {
        for &k in tree.kids(t) {
            if matches!(tree.rel(k), "advcl" | "parataxis")
                && saying(k)
                && !(first..end).contains(&k)
            {
                says.push(k);
            }
        }
        if !matches!(tree.rel(t), "ccomp" | "parataxis" | "xcomp") {
            break;
        }
        let Some(up) = tree.head(t) else { break };
        if saying(up) {
            says.push(up);
            break;
        }
        t = up;
    }
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    doc.dates
        .iter()
        .filter(|d| d.value.is_some() && !d.relative)
        .find(|d| {
            let toks = doc.tokens_in(d.span);
            let Some(mut a) = toks
                .clone()
                .filter(|t| (lo..hi).contains(t))
                .find(|&t| tree.head(t).is_none_or(|x| !toks.contains(&x)))
            else {
                return false;
            };
            for _ in 0..3 {
                match tree.head(a) {
                    Some(x) if says.contains(&x) => return true,
                    Some(x) if (lo..hi).contains(&x) && doc.syntax[x].upos == "NOUN" => a = x,
                    _ => return false,
                }
            }
            false
        })
        .map(|d| d.span)
}

/// Whether a word of `stoppers` governs the trigger, up to two steps up.
fn governed_by(
    doc: &Doc,
    s: usize,
    first: usize,
    end: usize,
    stopper: impl Fn(&str) -> bool,
) -> bool {
    let Some((tree, mut t)) = parsed_head(doc, s, first, end) else {
        return false;
    };
    for _ in 0..2 {
        // "stopped fighting": a gerund the parser takes as the stopper's
        // complement is governed the same.
        // ("walked away from the talks": the particle the parser made
        // the phrase's head is the verb's.)
        let governed_rel = matches!(
            tree.rel(t),
            "nmod" | "obj" | "obl" | "compound" | "nsubj:pass" | "xcomp"
        );
        let particle = tree.rel(t) == "advmod" && tree.doc.syntax[t].upos == "ADV";
        if !(governed_rel || particle) {
            return false;
        }
        let Some(h) = tree.head(t) else { return false };
        if stopper(tree.lower_lemma(h)) {
            return true;
        }
        // A phrasal verb is its lemma and particle: "called off the strike".
        if let Some(prt) = tree.kid_with(h, "compound:prt") {
            let phrase = format!("{} {}", tree.lower_lemma(h), tree.doc.token_lower(prt));
            if stopper(&phrase) {
                return true;
            }
        }
        t = h;
    }
    false
}

/// Whether the noun act at tokens `first..end` is what its verb readies
/// (class `readying`: "prepared a new round of talks", "scheduled a
/// summit"): an act still to come.
pub(crate) fn act_readied(doc: &Doc, kb: &Kb, s: usize, first: usize, end: usize) -> bool {
    governed_by(doc, s, first, end, |w| in_class(kb, "readying", w))
}

/// Types of acts whose object is their content: what is rejected, demanded,
/// protested, threatened or supported has not happened by that act.
pub(crate) const CONTENT_TAKING: &[&str] = &[
    "REJECT", "REQUEST", "ACCUSE", "PROTEST", "THREATEN", "SUPPORT",
];

/// Whether the trigger at tokens `first..end` is part of what another act of
/// the sentence (`acts`: token ranges of triggers of [`CONTENT_TAKING`]
/// types) takes as its object: "rejected a proposal for signing a free trade
/// agreement", "protested against the decision to send them back". Clauses
/// joined beside it ("rejected the plan and met the envoy") stay events.
pub(crate) fn content_of_act(
    doc: &Doc,
    s: usize,
    first: usize,
    end: usize,
    acts: &[(usize, usize)],
) -> bool {
    if doc.syntax.len() != doc.tokens.len() || acts.is_empty() {
        return false;
    }
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let inside = |k: usize| (first..end).contains(&k);
    let Some(mut t) = (first..end).find(|&t| doc.syntax[t].head.is_none_or(|x| !inside(x))) else {
        return false;
    };
    // "rejected a proposal for signing …" read as a clause of the verb.
    let is_content_clause = |t: usize| {
        matches!(doc.syntax[t].deprel, "advcl" | "acl")
            && (lo..hi).any(|k| {
                doc.syntax[k].head == Some(t)
                    && doc.syntax[k].deprel == "mark"
                    && matches!(doc.token_lower(k), "for" | "of")
            })
    };
    for _ in 0..6 {
        let rel = doc.syntax[t].deprel;
        let content_clause = is_content_clause(t);
        // "accused them of ramming and firing water cannon": a gerund
        // joined to such a clause is content too.
        let joined_content = rel == "conj"
            && doc.syntax[t].head.is_some_and(|h| {
                (lo..hi).contains(&h) && doc.syntax[h].xpos == "VBG" && is_content_clause(h)
            });
        if joined_content {
            t = doc.syntax[t].head.unwrap_or(t);
            continue;
        }
        if matches!(rel, "conj" | "parataxis" | "root" | "nsubj" | "csubj")
            || rel.starts_with("advcl") && !content_clause
        {
            return false;
        }
        let Some(h) = doc.syntax[t].head.filter(|h| (lo..hi).contains(h)) else {
            return false;
        };
        if acts
            .iter()
            .any(|&(a, b)| (a..b).contains(&h) && !(a..b).contains(&t))
        {
            return true;
        }
        t = h;
    }
    false
}

/// Spans of the phrases the sentence names as left out: "without American
/// mediation", "excluding Russia". Who is named there is no party.
pub(crate) fn excluded_spans(doc: &Doc, s: usize) -> Vec<Span> {
    if doc.syntax.len() != doc.tokens.len() {
        return Vec::new();
    }
    let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    // Most sentences have none of the words: no tree needed.
    if !(first..end).any(|k| {
        matches!(
            doc.token_lower(k),
            "without" | "excluding" | "except" | "barring"
        )
    }) {
        return Vec::new();
    }
    let tree = Tree::new(doc, s);
    let mut out = Vec::new();
    for t in first..end {
        let excluded = tree.kids(t).iter().any(|&k| {
            tree.rel(k) == "case"
                && matches!(
                    doc.token_lower(k),
                    "without" | "excluding" | "except" | "barring"
                )
        });
        if !excluded {
            continue;
        }
        // The phrase's extent: its subtree, without clauses.
        let (lo, hi) = tree.extent(t, false);
        out.push(Span {
            start: doc.tokens[lo].span.start,
            end: doc.tokens[hi].span.end,
        });
    }
    out
}
