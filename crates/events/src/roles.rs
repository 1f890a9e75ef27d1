//! Who acts and who is acted upon, and where.

use crate::triggers::Trigger;
use detente_doc::{Doc, EntityKind, MentionForm, Party, Span};
use detente_kb::{EventPattern, Kb, Role};

pub(crate) struct Roles {
    pub actor: Vec<Party>,
    pub recipient: Vec<Party>,
    /// Mentions (indices) of the sentence that stand in place position.
    pub places: Vec<usize>,
    /// "the delegations", "the leaders", "both sides": the parties are the
    /// document's main pair.
    pub group_anaphor: bool,
    /// "the meeting", "this call": a definite reference to an earlier event.
    pub definite: bool,
    /// "the main result was the decision to …": an outcome of the meeting before.
    pub outcome: bool,
    /// "following his visit": the event is only a reference point in time.
    pub backreference: bool,
    pub skip: bool,
}

const PLACE_PREPS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "into",
    "from",
    "via",
    "towards",
    "toward",
];
const GROUP_NOUNS: &[&str] = &[
    "delegations",
    "leaders",
    "sides",
    "parties",
    "negotiators",
    "presidents",
    "countries",
    "capitals",
    "governments",
    "heads",
    "ministers",
    "envoys",
    "delegates",
];
const CLAUSE_WORDS: &[&str] = &[
    "where", "which", "who", "whom", "whose", "that", "while", "whereas", "because", "although",
    "though", "if", "unless", "when",
];
const DEFINITE: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "such",
];
const MODIFIERS: &[&str] = &[
    "next",
    "first",
    "second",
    "third",
    "last",
    "latest",
    "new",
    "previous",
    "recent",
    "successful",
    "upcoming",
    "planned",
    "expected",
    "bilateral",
    "trilateral",
    "direct",
    "face",
    "to",
    "-",
    "—",
    "–",
    "one",
    "initial",
    "final",
    "closed",
    "closed-door",
    "peace",
    "high-level",
    "official",
    "working",
];

fn is_party_kind(k: EntityKind) -> bool {
    matches!(
        k,
        EntityKind::Person | EntityKind::State | EntityKind::Body | EntityKind::Institution
    )
}

/// Mentions of the sentence that can be parties, outermost only.
fn sentence_mentions(doc: &Doc, s: usize) -> Vec<usize> {
    let span = doc.sentences[s].span;
    let idx: Vec<usize> = (0..doc.mentions.len())
        .filter(|&i| span.contains(doc.mentions[i].span))
        .collect();
    idx.iter()
        .copied()
        .filter(|&i| {
            !idx.iter().any(|&j| {
                j != i
                    && doc.mentions[j].span.contains(doc.mentions[i].span)
                    && doc.mentions[j].span != doc.mentions[i].span
            })
        })
        .collect()
}

/// Words that name a part of the place after them ("central Mali").
const REGION_WORDS: &[&str] = &[
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "-",
    "rural",
    "remote",
    "far",
    "coastal",
    "upper",
    "lower",
];

pub(crate) fn in_place_position(doc: &Doc, m: usize) -> bool {
    let men = &doc.mentions[m];
    let e = &doc.entities[men.entity];
    if e.kind == EntityKind::Place {
        return true;
    }
    if men.place.is_none() {
        return false;
    }
    let t = doc.token_at(men.span.start);
    let mut p = t;
    // "in the north of", no; "in central Mali", "in north-eastern Nigeria": yes.
    while p > 0
        && (doc.token_lower(p - 1) == "the" || REGION_WORDS.contains(&doc.token_lower(p - 1)))
    {
        p -= 1;
    }
    if p == 0 {
        return false;
    }
    // "outside the US embassy in Ankara": a state naming whose building or
    // body it is is not where it stands ("in the Russian capital", "on
    // Turkish soil" are).
    let after = doc.token_at(men.span.end.saturating_sub(1)) + 1;
    if after < doc.tokens.len() && BUILDING_NOUNS.contains(&doc.token_lower(after)) {
        return false;
    }
    let prev = doc.token_lower(p - 1);
    // "negotiators from Russia": people from a state act for it.
    if prev == "from" && p >= 2 && OFFICIAL_NOUNS.contains(&doc.token_lower(p - 2)) {
        return false;
    }
    // "Geneva, Switzerland": a state after a town names where the town is; after
    // another state ("Russia, China and Iran") it goes on a list of parties.
    PLACE_PREPS.contains(&prev)
        || (prev == ","
            && p >= 2
            && doc.mentions.iter().any(|x| {
                x.place.is_some()
                    && doc.entities[x.entity].kind == EntityKind::Place
                    && x.span.end == doc.tokens[p - 2].span.end
            }))
}

/// Nouns of a state's buildings and missions abroad, which a state's name
/// before them owns rather than locates.
const BUILDING_NOUNS: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "mission",
    "legation",
    "base",
    "bases",
    "warship",
    "warships",
];

/// Token index where the clause of token `t` starts (within sentence `s`).
fn clause_start(doc: &Doc, s: usize, t: usize) -> usize {
    let a = doc.sentences[s].first_token;
    let mut k = t;
    while k > a {
        let w = doc.token_lower(k - 1);
        // ", whose country has offered to host talks," is an aside, not the clause.
        let aside =
            k >= 2 && doc.token_lower(k - 2) == "," && (k..t).any(|x| doc.token_lower(x) == ",");
        if w == ";" || CLAUSE_WORDS.contains(&w) && k - 1 > a && !aside {
            return k;
        }
        k -= 1;
    }
    a
}

fn clause_end(doc: &Doc, s: usize, t: usize, stop_at_comma: bool) -> usize {
    let b = doc.sentences[s].end_token;
    let mut k = t;
    while k < b {
        let w = doc.token_lower(k);
        if w == ";" || w == "." {
            return k;
        }
        if w == ","
            && (stop_at_comma
                || k + 1 < b
                    && (CLAUSE_WORDS.contains(&doc.token_lower(k + 1))
                        || matches!(
                            doc.token_lower(k + 1),
                            "and"
                                | "but"
                                | "while"
                                | "after"
                                | "before"
                                | "as"
                                | "according"
                                // "held talks in Cairo, with Egyptian mediators
                                // moving between the rooms": a circumstance.
                                | "with"
                        )))
        {
            return k;
        }
        k += 1;
    }
    b
}

fn to_party(doc: &Doc, m: usize) -> Party {
    Party {
        entity: doc.mentions[m].entity,
        span: doc.mentions[m].span,
    }
}

/// Only coordination words between two mentions: "A and B", "A, B".
fn coordinated(doc: &Doc, left_end: usize, right_start: usize) -> bool {
    let mut a = doc.token_at(left_end);
    let b = doc.token_at(right_start);
    // "the Ethiopian government and the TPLF": the noun a nationality
    // modifies is part of its side.
    let parsed = doc.syntax.len() == doc.tokens.len();
    while parsed
        && a > 0
        && a < b
        && doc.syntax[a].upos == "NOUN"
        && doc.syntax[a - 1].head == Some(a)
    {
        a += 1;
    }
    if b < a {
        return false;
    }
    let between: Vec<&str> = (a..b).map(|t| doc.token_lower(t)).collect();
    !between.is_empty()
        && between.len() <= 4
        && between.iter().all(|w| {
            matches!(
                *w,
                "and"
                    | ","
                    | "as"
                    | "well"
                    | "together"
                    | "with"
                    | "the"
                    | "-"
                    | "–"
                    | "—"
                    | "also"
                    | "a"
                    | "an"
                    // "Cho and his Japanese counterpart"
                    | "his"
                    | "her"
                    // "Dar and visiting Turkish Foreign Minister Hakan Fidan"
                    | "visiting"
            )
        })
        && between
            .iter()
            .any(|w| matches!(*w, "and" | "," | "-" | "–" | "with"))
}

/// Both a comma and "and" between two mentions: "A, B, and C" ends a list, but
/// with no list before it "handed to the Red Cross, and Venezuela released"
/// joins two clauses, not two parties.
fn comma_and(doc: &Doc, left_end: usize, right_start: usize) -> bool {
    let a = doc.token_at(left_end);
    let b = doc.token_at(right_start);
    b > a && {
        let between: Vec<&str> = (a..b).map(|t| doc.token_lower(t)).collect();
        between.contains(&",") && between.contains(&"and")
    }
}

/// "the Israeli delegation, led by Mossad chief X": between the side `m` and the
/// person `cur` heading it only the group noun, "led|headed by" and title words.
fn led_by_link(doc: &Doc, m: usize, cur: usize) -> bool {
    let a = doc.token_at(doc.mentions[m].span.end);
    let b = doc.token_at(doc.mentions[cur].span.start);
    if b <= a || b - a > 10 || doc.entities[doc.mentions[cur].entity].kind != EntityKind::Person {
        return false;
    }
    let mut k = a;
    while k < b && k < a + 2 && OFFICIAL_NOUNS.contains(&doc.token_lower(k)) {
        k += 1;
    }
    if k == a {
        return false;
    }
    if k < b && doc.token_lower(k) == "," {
        k += 1;
    }
    if k + 1 >= b
        || !matches!(doc.token_lower(k), "led" | "headed" | "chaired")
        || doc.token_lower(k + 1) != "by"
    {
        return false;
    }
    (k + 2..b).all(|t| {
        doc.tokens[t].kind == detente_doc::TokenKind::Word
            && !matches!(doc.token_lower(t), "and" | "or" | "with" | "of")
    })
}

/// A person heading a side in a side clause: "…, led by Mossad chief X, and".
fn heads_a_side(doc: &Doc, m: usize) -> bool {
    let t = doc.token_at(doc.mentions[m].span.start);
    (1..=5).any(|back| {
        t > back + 1
            && doc.token_lower(t - back) == "by"
            && matches!(doc.token_lower(t - back - 1), "led" | "headed" | "chaired")
            && doc.token_lower(t.saturating_sub(back + 2)) == ","
    })
}

/// Only a comma between two coordinated mentions: "A, B".
fn comma_only(doc: &Doc, left_end: usize, right_start: usize) -> bool {
    coordinated(doc, left_end, right_start) && !comma_and(doc, left_end, right_start) && {
        let a = doc.token_at(left_end);
        let b = doc.token_at(right_start);
        (a..b).any(|t| doc.token_lower(t) == ",")
    }
}

/// Only title words between a state word and a name: "Russian Deputy Foreign
/// Minister Sergei Ryabkov", "American expert Jeremy Kuzmarov".
fn title_between(doc: &Doc, from: usize, to: usize) -> bool {
    let toks = doc.tokens_in(Span::new(from, to));
    toks.len() <= 5
        && toks.clone().all(|t| {
            let w = doc.token_lower(t);
            doc.tokens[t].kind == detente_doc::TokenKind::Word
                && !matches!(
                    w,
                    "to" | "in"
                        | "at"
                        | "on"
                        | "and"
                        | "with"
                        | "for"
                        | "by"
                        | "from"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "said"
                        | "says"
                        | "told"
                        | "met"
                        | "visited"
                        | "called"
                        | "that"
                        | "who"
                        | "which"
                        | "it"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                )
        })
}

/// A person's title words are not separate parties: "Russian Deputy Foreign Minister X".
fn drop_titles(doc: &Doc, group: &mut Vec<usize>) {
    let g = group.clone();
    group.retain(|&m| {
        let men = &doc.mentions[m];
        let e = &doc.entities[men.entity];
        if e.kind == EntityKind::Person {
            return true;
        }
        !g.iter().any(|&o| {
            let om = &doc.mentions[o];
            let oe = &doc.entities[om.entity];
            oe.kind == EntityKind::Person
                && om.form == MentionForm::Name
                && om.span.start > men.span.end
                && title_between(doc, men.span.end, om.span.start)
        })
    });
}

/// The group of mentions nearest before token `t` within the clause.
/// The parties of the list the word at token `at` opens ("between A and
/// B", "among A, B and C"), up to the end of its phrase (token returned).
fn list_after(doc: &Doc, ms: &[usize], at: usize, end: usize) -> (Vec<usize>, usize) {
    let stop = phrase_end(doc, at + 1, end);
    let parties = ms
        .iter()
        .copied()
        .filter(|&m| {
            doc.mentions[m].span.start >= doc.tokens[at].span.end
                && doc.mentions[m].span.end <= tok_start(doc, stop)
        })
        .filter(|&m| {
            is_party_kind(doc.entities[doc.mentions[m].entity].kind) && !in_place_position(doc, m)
        })
        .collect();
    (parties, stop)
}

/// "between Egyptian President X and Israeli Prime Minister Y": the first
/// side runs up to the first "and" or comma between two mentions (a
/// nationality, a title and a name are one side), the rest is the other.
fn split_sides(doc: &Doc, parties: &[usize], r: &mut Roles) {
    let first_side = (1..parties.len())
        .find(|&i| {
            let a = doc.token_at(doc.mentions[parties[i - 1]].span.end);
            let b = doc.token_at(doc.mentions[parties[i]].span.start);
            (a..b).any(|t| matches!(doc.token_lower(t), "and" | "," | "&"))
        })
        .unwrap_or(1);
    let (one, other) = parties.split_at(first_side.min(parties.len()));
    r.actor.extend(one.iter().map(|&m| to_party(doc, m)));
    r.recipient.extend(other.iter().map(|&m| to_party(doc, m)));
}

/// Whether the verb trigger `trig` is a participle standing before the
/// noun it describes ("the visiting Kenyan president held talks",
/// "Visiting Prime Minister X met"): then the end of that noun phrase and
/// the verb of its clause, if any. Not a participle's own clause
/// ("Visiting Kabul, the minister said"), which a comma closes.
fn prenominal_participle(
    doc: &Doc,
    kb: &Kb,
    ms: &[usize],
    trig: &Trigger,
    b: usize,
) -> Option<(usize, Option<usize>)> {
    if trig.end != trig.first + 1 || !doc.token_lower(trig.first).ends_with("ing") {
        return None;
    }
    let s = doc.sentence_at(doc.tokens[trig.first].span.start)?;
    let a = doc.sentences[s].first_token;
    let opens = trig.first == a
        || matches!(
            doc.token_lower(trig.first - 1),
            "the"
                | "a"
                | "an"
                | ","
                | "\""
                | "“"
                | "and"
                | "with"
                | "his"
                | "her"
                | "their"
                | "its"
        );
    let next = trig.end;
    if !opens || next >= b {
        return None;
    }
    let capital = doc
        .token_text(next)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let tagged_verb = |t: usize| {
        doc.syntax
            .get(t)
            .is_some_and(|x| matches!(x.upos, "VERB" | "AUX"))
    };
    let nominal = doc
        .syntax
        .get(next)
        .is_some_and(|x| matches!(x.upos, "NOUN" | "ADJ" | "PROPN"));
    if !(capital || nominal) || tagged_verb(next) {
        return None;
    }
    // Not a place: "Visiting Kabul, …" names where, not who.
    if ms.iter().any(|&m| {
        doc.mentions[m].span.start == doc.tokens[next].span.start
            && doc.entities[doc.mentions[m].entity].kind == EntityKind::Place
    }) {
        return None;
    }
    let mut t = next;
    // Someone who can visit or act: a person or a title ("Shelling
    // Ukrainian villages has killed …" is a gerund with its object).
    let mut someone = false;
    // After an article or a possessive the participle is surely before its
    // noun ("the visiting delegation"); opening a sentence it may be a
    // gerund ("Arming Ukrainian forces remains a priority").
    let determined = trig.first > a
        && matches!(
            doc.token_lower(trig.first - 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        );
    while t < b && !tagged_verb(t) {
        if matches!(doc.token_lower(t), "," | ";" | ":" | "(" | "—") {
            return None;
        }
        someone |= kb.state_role_words.contains(doc.token_lower(t))
            || determined && OFFICIAL_NOUNS.contains(&doc.token_lower(t))
            || ms.iter().any(|&m| {
                doc.entities[doc.mentions[m].entity].kind == EntityKind::Person
                    && doc.mentions[m].span.contains(doc.tokens[t].span)
            });
        t += 1;
    }
    someone.then_some((t, (t < b).then_some(t)))
}

/// "pushed for a ceasefire deal", "talks toward a deal", "working on an
/// agreement", "negotiating a treaty", "under the accord": the noun trigger `trig` (an agreement's)
/// is what another act seeks, discusses or refers to, not one made here.
pub(crate) fn agreement_sought(doc: &Doc, kb: &Kb, s: usize, trig: &Trigger) -> bool {
    let a = doc.sentences[s].first_token;
    let mut k = trig.first;
    // The noun's own premodifiers: "a final", "the new nuclear", "a peace".
    let premodifier = |t: usize| {
        doc.syntax.get(t).is_some_and(|x| {
            x.head.is_some_and(|h| h > t && h < trig.end)
                && matches!(
                    x.deprel,
                    "amod" | "compound" | "det" | "nummod" | "nmod:poss"
                )
                && (matches!(x.upos, "ADJ" | "NOUN" | "PROPN" | "DET" | "NUM")
                    // "the stalled truce deal"
                    || x.upos == "VERB" && x.deprel == "amod")
        })
    };
    while k > a
        && (MODIFIERS.contains(&doc.token_lower(k - 1))
            || DEFINITE.contains(&doc.token_lower(k - 1))
            || matches!(
                doc.token_lower(k - 1),
                "a" | "an" | "new" | "possible" | "final"
            )
            || premodifier(k - 1))
    {
        k -= 1;
    }
    if k <= a {
        return false;
    }
    // "negotiating a peace treaty", "drafting an accord", "advance a
    // hostage deal": still to be made.
    if doc
        .syntax
        .get(k - 1)
        .is_some_and(|x| x.upos == "VERB" && kb.lexicon.in_class("unmade", &x.lemma.to_lowercase()))
    {
        return true;
    }
    // "close to reaching a truce", "aimed at brokering a deal".
    let before_prev = if k >= a + 2 {
        doc.token_lower(k - 2)
    } else {
        ""
    };
    match doc.token_lower(k - 1) {
        "to" if matches!(before_prev, "close" | "closer" | "near" | "nearer") => true,
        "at" if matches!(before_prev, "aimed" | "aiming" | "aim") => true,
        "for" | "toward" | "towards" => true,
        // "talks on a deal", "working on an agreement"; not "settled on a
        // deal", "agreed on a truce".
        "on" | "over" | "about" => {
            k >= a + 2
                && doc.syntax.get(k - 2).is_some_and(|x| {
                    x.upos == "NOUN" && x.lemma != "day" || matches!(x.lemma.as_str(), "work")
                })
        }
        _ => false,
    }
}

/// Mention `m` names where a title before it serves: "Kenya's ambassador
/// to China", "the U.N. envoy for Syria" (the posting, not a side).
fn posting_of_title(doc: &Doc, kb: &Kb, m: usize) -> bool {
    let mut p = doc.token_at(doc.mentions[m].span.start);
    while p > 0 && doc.token_lower(p - 1) == "the" {
        p -= 1;
    }
    p >= 2
        && matches!(doc.token_lower(p - 1), "to" | "for" | "in" | "at")
        && kb.posting_titles.contains(
            doc.token_lower(p - 2)
                .strip_suffix('s')
                .unwrap_or(doc.token_lower(p - 2)),
        )
}

fn left_group(
    doc: &Doc,
    kb: &Kb,
    ms: &[usize],
    floor: usize,
    t: usize,
    skip_places: bool,
) -> Vec<usize> {
    let limit = doc.tokens[t].span.start;
    let floor_pos = doc.tokens[floor].span.start;
    let cands: Vec<usize> = ms
        .iter()
        .copied()
        .filter(|&m| doc.mentions[m].span.end <= limit && doc.mentions[m].span.start >= floor_pos)
        .filter(|&m| is_party_kind(doc.entities[doc.mentions[m].entity].kind))
        .filter(|&m| !(skip_places && in_place_position(doc, m)))
        .filter(|&m| !after_of_by_person(doc, m) && !is_claimer(doc, m))
        .filter(|&m| !posting_of_title(doc, kb, m))
        .collect();
    // "Chile, a close Argentine ally, refused": a name inside an apposition
    // describes the coded party it stands beside, and is not another one.
    let cands: Vec<usize> = cands
        .iter()
        .copied()
        .filter(|&m| {
            appositive_head(doc, m).is_none_or(|h| {
                !cands.iter().any(|&o| {
                    o != m
                        && doc.mentions[o].span.contains(doc.tokens[h].span)
                        && doc.entities[doc.mentions[o].entity].code.is_some()
                })
            })
        })
        .collect();
    let Some(&last) = cands.last() else {
        return Vec::new();
    };
    let mut group = vec![last];
    let mut cur = last;
    for (i, &m) in cands.iter().enumerate().rev().skip(1) {
        let list_before = heads_a_side(doc, m)
            || i > 0
                && comma_only(
                    doc,
                    doc.mentions[cands[i - 1]].span.end,
                    doc.mentions[m].span.start,
                );
        if coordinated(doc, doc.mentions[m].span.end, doc.mentions[cur].span.start)
            && (list_before
                || !comma_and(doc, doc.mentions[m].span.end, doc.mentions[cur].span.start))
            || adjacent_title(doc, m, cur)
            || led_by_link(doc, m, cur)
        {
            group.push(m);
            cur = m;
        } else {
            break;
        }
    }
    group.reverse();
    drop_titles(doc, &mut group);
    group
}

/// The token an apposition or a relative clause holding mention `m`
/// describes ("Chile" in "Chile, a close Argentine ally", "Hassan" in
/// "Hassan, who is on a visit to Kenya,"), from the parse.
fn appositive_head(doc: &Doc, m: usize) -> Option<usize> {
    if doc.syntax.len() != doc.tokens.len() {
        return None;
    }
    let mut t = doc.token_at(doc.mentions[m].span.start);
    for _ in 0..6 {
        let h = doc.syntax[t].head?;
        if matches!(doc.syntax[t].deprel, "appos" | "acl:relcl") {
            return Some(h);
        }
        t = h;
    }
    None
}

/// In "S V1 O and V2", the token of V1 when `group` is O and the trigger V2
/// follows it after "and" (and adverbs only).
fn shared_subject_verb(doc: &Doc, group: &[usize], floor: usize, t: usize) -> Option<usize> {
    let first = *group.first()?;
    let last = *group.last()?;
    let after = doc.token_at(doc.mentions[last].span.end);
    let between: Vec<&str> = (after..t).map(|k| doc.token_lower(k)).collect();
    if between.first() != Some(&"and")
        || !between[1..]
            .iter()
            .all(|w| matches!(*w, "later" | "also" | "then" | "again" | "subsequently"))
    {
        return None;
    }
    let mut v = doc.token_at(doc.mentions[first].span.start);
    // Back over the person's title ("Bolivian President"), then determiners.
    while v > floor && doc.token_text(v - 1).starts_with(char::is_uppercase) {
        v -= 1;
    }
    while v > floor
        && matches!(
            doc.token_lower(v - 1),
            "the" | "his" | "her" | "its" | "their"
        )
    {
        v -= 1;
    }
    if v <= floor {
        return None;
    }
    let w = doc.token_lower(v - 1);
    let is_verb = doc.tokens[v - 1].kind == detente_doc::TokenKind::Word
        && !doc.token_text(v - 1).starts_with(char::is_uppercase)
        && !matches!(
            w,
            "and"
                | "or"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "from"
                | "by"
                | "with"
                | "for"
                | "between"
                | "against"
                | "as"
                | "than"
                | "both"
                | "that"
                | "who"
                | "which"
                | "said"
                | "says"
                | "told"
                | "whom"
        )
        && (w.ends_with("ed")
            || w.ends_with('s')
            || w.ends_with("ing")
            || IRREGULAR_PAST.contains(&w));
    is_verb.then_some(v - 1)
}

/// Common irregular past forms of verbs that take a party as object.
const IRREGULAR_PAST: &[&str] = &[
    "met", "saw", "told", "sent", "hit", "struck", "left", "won", "beat", "fought", "brought",
    "gave", "took", "sought", "held", "shot", "drew",
];

/// "Russian Defense Minister Andrei Belousov": the adjective belongs to the name.
fn adjacent_title(doc: &Doc, m: usize, person: usize) -> bool {
    let pm = &doc.mentions[person];
    doc.entities[pm.entity].kind == EntityKind::Person
        && pm.form == MentionForm::Name
        && doc.mentions[m].span.end <= pm.span.start
        && title_between(doc, doc.mentions[m].span.end, pm.span.start)
}

/// A state named inside a person's appositive or "of" phrase after a person
/// ("Kirill Dmitriev, head of the Russian Direct Investment Fund") is not a party.
fn after_of_by_person(doc: &Doc, m: usize) -> bool {
    let men = &doc.mentions[m];
    if doc.entities[men.entity].kind == EntityKind::Person {
        return false;
    }
    let before = &doc.lower[..men.span.start];
    let tail: String = before
        .chars()
        .rev()
        .take(60)
        .collect::<String>()
        .chars()
        .rev()
        .collect();
    if let Some(c) = tail.rfind(", ") {
        let app = &tail[c + 2..];
        let role = [
            "head of",
            "chief of",
            "director of",
            "ceo of",
            "adviser to",
            "advisor to",
            "chairman of",
            "member of",
            "spokesman for",
            "spokeswoman for",
            "spokesperson for",
            "deputy head of",
        ];
        if role.iter().any(|r| app.starts_with(r)) && !app.contains(',') {
            // Only when a person stands right before the comma.
            let abs = men.span.start - (tail.len() - c);
            return doc
                .mentions
                .iter()
                .any(|p| doc.entities[p.entity].kind == EntityKind::Person && p.span.end == abs);
        }
    }
    false
}

/// "According to the Armenian Defence Ministry": the source of a claim, not a
/// party; "talks hosted by Kenya": a third party.
fn is_claimer(doc: &Doc, m: usize) -> bool {
    const OPENERS: [&str; 9] = [
        "according to",
        "sources in",
        "sources of",
        "hosted by",
        "mediated by",
        "brokered by",
        "facilitated by",
        "mediation of",
        "chaired by",
    ];
    let mut start = doc.mentions[m].span.start;
    // "mediated by the United States and Qatar": back over the names
    // listed before this one to the words that open the list. A comma
    // steps back only inside a list ("by Egypt, Qatar and …"), not after
    // the phrase ("According to the ministry, Azerbaijani units …").
    let after = doc.lower[doc.mentions[m].span.end..].trim_start();
    let mut in_list = after.starts_with(',') || after.starts_with("and ");
    for _ in 0..4 {
        let before = doc.lower[..start].trim_end();
        let before = before.strip_suffix("the").unwrap_or(before).trim_end();
        if OPENERS.iter().any(|p| before.ends_with(p)) {
            return true;
        }
        let and = before.strip_suffix("and").filter(|r| r.ends_with(' '));
        in_list |= and.is_some();
        let Some(rest) = and.or_else(|| before.strip_suffix(',').filter(|_| in_list)) else {
            return false;
        };
        let end = rest.trim_end().len();
        // Mentions are sorted by start: the one ending there starts before.
        let upto = doc.mentions.partition_point(|x| x.span.start < end);
        match doc.mentions[..upto]
            .iter()
            .rev()
            .take(8)
            .find(|x| x.span.end == end)
        {
            Some(x) => start = x.span.start,
            None => return false,
        }
    }
    false
}

/// Whether the name at `span` follows "anti" ("anti-American protests",
/// "anti-Russian sanctions"): what is against it has it as its target.
pub(crate) fn opposed(doc: &Doc, span: Span) -> bool {
    let t = doc.token_at(span.start);
    t >= 2 && doc.token_lower(t - 1) == "-" && doc.token_lower(t - 2) == "anti"
        || t >= 1 && doc.token_lower(t - 1) == "anti"
}

/// "met on the sidelines of the G20 summit", "met at the NATO summit": a
/// body naming the gathering where others met is the setting, no party.
fn names_a_venue(doc: &Doc, m: usize) -> bool {
    let span = doc.mentions[m].span;
    let after = doc.token_at(span.end);
    let mut before = doc.token_at(span.start);
    while before > 0 && doc.token_lower(before - 1) == "the" {
        before -= 1;
    }
    // "on the sidelines of the UN General Assembly": the gathering named whole.
    if before >= 2
        && doc.token_lower(before - 1) == "of"
        && matches!(
            doc.token_lower(before - 2),
            "sidelines" | "margins" | "sideline"
        )
    {
        return true;
    }
    after < doc.tokens.len()
        && doc.tokens[after].span.start >= span.end
        && matches!(
            doc.token_lower(after),
            "summit" | "summits" | "meeting" | "conference" | "forum" | "session" | "ministerial"
        )
        && before > 0
        && matches!(
            doc.token_lower(before - 1),
            "at" | "during" | "of" | "ahead" | "before" | "after" | "on"
        )
}

/// "Rebels shelled the village, the Syrian Observatory said": the speaker
/// of a closing statement after a comma is its source, no party of the act
/// before it.
fn closing_speaker(doc: &Doc, m: usize) -> bool {
    let span = doc.mentions[m].span;
    let first = doc.token_at(span.start);
    let after = doc.token_at(span.end);
    let mut before = first;
    while before > 0 && doc.token_lower(before - 1) == "the" {
        before -= 1;
    }
    before > 0
        && doc.token_lower(before - 1) == ","
        && after < doc.tokens.len()
        && doc.tokens[after].span.start >= span.end
        && matches!(
            doc.token_lower(after),
            "said" | "says" | "reported" | "reports" | "told" | "added" | "stated" | "claimed"
        )
}

/// The group of mentions first after token `t`, up to `end`.
fn right_group(doc: &Doc, ms: &[usize], t: usize, end: usize, keep_places: bool) -> Vec<usize> {
    let from = doc.tokens[t.min(doc.tokens.len() - 1)].span.start;
    let to = if end < doc.tokens.len() {
        doc.tokens[end].span.start
    } else {
        doc.text.len()
    };
    let cands: Vec<usize> = ms
        .iter()
        .copied()
        .filter(|&m| doc.mentions[m].span.start >= from && doc.mentions[m].span.end <= to)
        .filter(|&m| {
            is_party_kind(doc.entities[doc.mentions[m].entity].kind)
                || keep_places && doc.mentions[m].place.is_some()
        })
        .filter(|&m| keep_places || !in_place_position(doc, m))
        .filter(|&m| !after_of_by_person(doc, m) && !is_claimer(doc, m))
        .filter(|&m| !closing_speaker(doc, m) && !names_a_venue(doc, m))
        .collect();
    // "meet his Japanese counterpart": the possessive stands for the counterpart's
    // side only when no party is named right after it ("rejected his proposal").
    let cands: Vec<usize> = cands
        .iter()
        .copied()
        .filter(|&m| {
            let men = &doc.mentions[m];
            let possessive = men.form == MentionForm::Pronoun
                && matches!(doc.lower_slice(men.span), "his" | "her" | "its" | "their");
            !possessive
                || !cands.iter().any(|&n| {
                    doc.token_at(doc.mentions[n].span.start) == doc.token_at(men.span.end)
                })
        })
        .collect();
    let Some(&first) = cands.first() else {
        return Vec::new();
    };
    let mut group = vec![first];
    let mut cur = first;
    let mut listed = false;
    for &m in cands.iter().skip(1) {
        if coordinated(doc, doc.mentions[cur].span.end, doc.mentions[m].span.start)
            && (listed || !comma_and(doc, doc.mentions[cur].span.end, doc.mentions[m].span.start))
            || adjacent_title(doc, cur, m)
        {
            listed |= comma_only(doc, doc.mentions[cur].span.end, doc.mentions[m].span.start);
            group.push(m);
            cur = m;
        } else {
            break;
        }
    }
    drop_titles(doc, &mut group);
    group
}

fn has_group_noun(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|t| {
        let w = doc.token_lower(t);
        GROUP_NOUNS.contains(&w)
            && (w != "heads" || t + 2 < to && doc.token_lower(t + 2) == "state")
            || (w == "both" || w == "two")
                && t + 1 < to
                && matches!(
                    doc.token_lower(t + 1),
                    "sides"
                        | "countries"
                        | "leaders"
                        | "presidents"
                        | "parties"
                        | "nations"
                        | "neighbours"
                        | "neighbors"
                        | "governments"
                        | "ministers"
                        | "diplomats"
                        | "delegations"
                )
            // "The three are expected to discuss …": a number standing
            // for the people just named.
            || matches!(w, "two" | "three" | "four")
                && t > 0
                && doc.token_lower(t - 1) == "the"
                && doc
                    .syntax
                    .get(t)
                    .is_some_and(|x| matches!(x.deprel, "nsubj" | "nsubj:pass"))
    })
}

/// Nouns after a state adjective that make it an actor: "Israeli officials".
const OFFICIAL_NOUNS: &[&str] = &[
    "armed",
    "units",
    "special",
    "security",
    "border",
    "guards",
    "naval",
    "air",
    "ground",
    "militia",
    "militants",
    "fighters",
    "rebels",
    "side",
    "positions",
    "batteries",
    "delegation",
    "delegations",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "envoy",
    "envoys",
    "negotiator",
    "negotiators",
    "mediator",
    "mediators",
    "lawmakers",
    "legislators",
    "experts",
    "leader",
    "leaders",
    "leadership",
    "minister",
    "ministers",
    "president",
    "side",
    "government",
    "authorities",
    "counterpart",
    "counterparts",
    "team",
    "administration",
    "representatives",
    "representative",
    "forces",
    "troops",
    "army",
    "military",
    "navy",
    "soldiers",
    "police",
    "prime",
    "foreign",
    "defence",
    "defense",
    "state",
    "coast",
    "warships",
    "vessels",
    "ships",
    "boats",
    "helicopters",
    "planes",
    "jets",
    "aircraft",
    "drones",
    "missiles",
    "artillery",
    "tanks",
];

pub(crate) fn roles(doc: &Doc, kb: &Kb, s: usize, trig: &Trigger, p: &EventPattern) -> Roles {
    let mut ms = sentence_mentions(doc, s);
    // "China and Japan held talks on Taiwan": what a joint act is about is
    // no side of it.
    if matches!(p.event.as_str(), "CONSULT" | "AGREE" | "COOPERATE") {
        ms.retain(|&m| !subject_matter_of_act(doc, s, trig, m));
    }
    // "Released Palestinian prisoners arrive": an adjective acts only through officials or forces.
    if matches!(
        p.event.as_str(),
        "CONSULT" | "ASSAULT" | "MOBILIZE" | "COERCE"
    ) {
        let adjectives: Vec<Span> = ms
            .iter()
            .map(|&m| &doc.mentions[m])
            .filter(|m| m.form == MentionForm::Adjective)
            .map(|m| m.span)
            .collect();
        ms.retain(|&m| {
            let men = &doc.mentions[m];
            if men.form != MentionForm::Adjective || men.span.end > trig.span.start {
                return true;
            }
            let mut next = doc.token_at(men.span.end);
            // "Indian and Pakistani troops": the noun the coordinated
            // adjectives share.
            while next + 1 < trig.first
                && (matches!(doc.token_lower(next), "and" | "," | "or")
                    || adjectives.iter().any(|a| a.contains(doc.tokens[next].span)))
            {
                next += 1;
            }
            // Pre-modifiers of the trigger itself: "Russian-American negotiations".
            let premodifier = (next..trig.first).all(|t| {
                let w = doc.token_lower(t);
                matches!(w, "-" | "–" | "and" | "," | "/")
                    || MODIFIERS.contains(&w)
                    || doc
                        .token_text(t)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            });
            // "the Russian ambassador met": a title acts for its state.
            premodifier
                || next < doc.tokens.len()
                    && (OFFICIAL_NOUNS.contains(&doc.token_lower(next))
                        || kb.state_role_words.contains(doc.token_lower(next)))
        });
    }
    let places: Vec<usize> = ms
        .iter()
        .copied()
        .filter(|&m| in_place_position(doc, m))
        .collect();
    let (a, b) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let mut r = Roles {
        actor: vec![],
        recipient: vec![],
        places,
        group_anaphor: false,
        definite: false,
        outcome: false,
        backreference: false,
        skip: false,
    };
    let floor = clause_start(doc, s, trig.first);
    let prev = |k: usize| {
        if trig.first >= a + k {
            doc.token_lower(trig.first - k)
        } else {
            ""
        }
    };
    // (Words, as the tokens have them: no search of the sentence's text for each.)
    r.outcome = (a..b).any(|k| {
        matches!(
            doc.token_lower(k),
            "result" | "outcome" | "outcomes" | "resulted" | "culminated"
        )
    });

    // Infinitives: "to meet" counts only after a verb of planning.
    if prev(1) == "to" && p.kind == "verb" {
        let gov: Vec<&str> = (trig.first.saturating_sub(4).max(a)..trig.first - 1)
            .map(|t| doc.token_lower(t))
            .collect();
        let planning = gov.iter().any(|w| {
            [
                "prepar", "plan", "expect", "intend", "going", "set", "due", "ready", "hope",
                "schedul", "agree", "decid", "want", "seek", "aim", "vot", "resolv", "opt",
            ]
            .iter()
            .any(|x| w.starts_with(x))
        });
        // "Ministers are to meet next month": be + to is a plan.
        let be_to = trig.first >= a + 2
            && matches!(
                doc.token_lower(trig.first - 2),
                "is" | "are" | "was" | "were"
            );
        // "attempted to assassinate", "continued to send arms": the act was done.
        let carried_out = crate::status::carried_out(doc, a, trig.first - 1);
        if !planning && !be_to && !carried_out {
            r.skip = true;
            return r;
        }
    }

    if p.kind == "noun" {
        let end = clause_end(doc, s, trig.end, false);
        // "following his visit", "after the talks": a point of reference in time.
        let mut k = trig.first;
        while k > a
            && (MODIFIERS.contains(&doc.token_lower(k - 1))
                || DEFINITE.contains(&doc.token_lower(k - 1))
                || matches!(doc.token_lower(k - 1), "his" | "her" | "'s" | "’s"))
        {
            k -= 1;
        }
        // "the sidelines of the NATO summit": past the name before the noun.
        let mut lead_at = k;
        while lead_at > a
            && (DEFINITE.contains(&doc.token_lower(lead_at - 1))
                || MODIFIERS.contains(&doc.token_lower(lead_at - 1))
                || ms
                    .iter()
                    .any(|&m| doc.mentions[m].span.contains(doc.tokens[lead_at - 1].span)))
        {
            lead_at -= 1;
        }
        // Possessor: "Dmitriev's visit", "his visit".
        let mut possessor = None;
        if k < trig.first {
            for q in k..trig.first {
                let w = doc.token_lower(q);
                // A possessive that opens the sentence has no possessor.
                if matches!(w, "'s" | "’s") && q == a {
                    continue;
                }
                if matches!(w, "'s" | "’s" | "his" | "her") {
                    let at = if w.ends_with('s') && w.len() == 2
                        || w.ends_with('s') && w.starts_with('’')
                    {
                        doc.tokens[q - 1].span.end
                    } else {
                        doc.tokens[q].span.end
                    };
                    possessor = ms.iter().copied().find(|&m| doc.mentions[m].span.end == at);
                }
            }
        }
        // "at talks hosted by Kenya", "capping months of negotiations", "on the
        // sidelines of a summit", "for a two-day visit": the setting of another event.
        let lead = |k: usize, n: usize| {
            if k >= a + n {
                doc.token_lower(k - n)
            } else {
                ""
            }
        };
        // ("ready for talks": what a readiness is for is the act, planned.)
        // ("flew to Doha for talks": so is a journey's.)
        let readiness = lead(k, 1) == "for"
            && (crate::frames::READY.contains(&lead(k, 2))
                || crate::frames::travelled_for_act(doc, s, k));
        if k > a
            && !readiness
            && (matches!(
                lead(k, 1),
                "following"
                    | "after"
                    | "since"
                    | "before"
                    | "ahead"
                    | "during"
                    | "at"
                    | "amid"
                    | "for"
                    | "capping"
                    | "concluding"
                    | "ending"
            ) || lead(k, 1) == "of"
                && matches!(
                    lead(k, 2),
                    "sidelines"
                        | "months"
                        | "weeks"
                        | "days"
                        | "years"
                        | "hours"
                        | "rounds"
                        | "margins"
                        | "outcome"
                        | "outcomes"
                        | "result"
                        | "results"
                        | "end"
                        | "start"
                ))
        {
            r.backreference = true;
        }
        // "on the sidelines of the NATO summit": the gathering named by its
        // body is the setting of another event too. (Not every phrase past
        // a name: "the groundwork for the Geneva meeting" still tells it.)
        if lead_at > a
            && lead(lead_at, 1) == "of"
            && matches!(
                lead(lead_at, 2),
                "sidelines" | "margins" | "fringes" | "sideline"
            )
        {
            r.backreference = true;
        }
        // "offered to host further talks": the object of an intention, not an event.
        let mut q = k;
        while q > a && q + 3 > k {
            if doc.token_lower(q - 1) == "to" {
                let gov = if q >= a + 2 {
                    doc.token_lower(q - 2)
                } else {
                    ""
                };
                let planning = [
                    "prepar", "plan", "expect", "schedul", "agree", "decid", "set", "due", "going",
                ]
                .iter()
                .any(|x| gov.starts_with(x));
                // "returned to the Geneva talks": who goes back to talks
                // takes part in them.
                let rejoined = (gov.starts_with("return") || gov == "back")
                    && doc.syntax.len() == doc.tokens.len()
                    && matches!(doc.syntax[q].upos, "DET" | "PROPN" | "ADJ" | "NUM" | "PRON");
                if !planning && q < k && !rejoined {
                    r.skip = true;
                    return r;
                }
                break;
            }
            q -= 1;
        }
        let det = k > a && DEFINITE.contains(&doc.token_lower(k - 1))
            || (k < trig.first && DEFINITE.contains(&doc.token_lower(k)));
        // "The EU extended its sanctions against Russia": a state's own
        // measures are its act, not a reference back to another's.
        let own_measures = p.event == "SANCTION"
            && [k.checked_sub(1), Some(k)]
                .into_iter()
                .flatten()
                .any(|t| t >= a && t < trig.first && matches!(doc.token_lower(t), "its" | "their"));
        let det = det && !own_measures;
        // Pre-modifiers: "Russian-American negotiations", "the Russian and US delegations".
        let pre: Vec<usize> = ms
            .iter()
            .copied()
            .filter(|&m| {
                let men = &doc.mentions[m];
                men.form == MentionForm::Adjective
                    && (trig.span.contains(men.span)
                        || men.span.end <= doc.tokens[trig.first].span.start && {
                            let gap = doc.tokens_in(Span::new(
                                men.span.end,
                                doc.tokens[trig.first].span.start,
                            ));
                            gap.len() <= 4
                                && gap.clone().all(|t| {
                                    matches!(
                                        doc.token_lower(t),
                                        "-" | "–" | "—" | "and" | "," | "/"
                                    ) || MODIFIERS.contains(&doc.token_lower(t))
                                        || ms.iter().any(|&o| {
                                            doc.mentions[o].form == MentionForm::Adjective
                                                && doc.mentions[o].span.contains(doc.tokens[t].span)
                                        })
                                })
                        })
            })
            .collect();
        let next = if trig.end < b {
            doc.token_lower(trig.end)
        } else {
            ""
        };
        let mut parties: Vec<usize> = Vec::new();
        let mut with: Vec<usize> = Vec::new();
        if next == "between" || next == "of" && p.symmetric || next == "among" {
            let stop;
            (parties, stop) = list_after(doc, &ms, trig.end, end);
            if has_group_noun(doc, trig.end, stop) {
                r.group_anaphor = true;
            }
        }
        // "with X", "by X", "on X", "against X", "to X" after the noun.
        let mut q = trig.end;
        while q < end {
            let w = doc.token_lower(q);
            // "a call to discuss a truce between A and B": an infinitive's
            // "to" opens a purpose, not whom the act reaches.
            let infinitive = w == "to" && doc.syntax.get(q).is_some_and(|x| x.upos == "PART");
            if matches!(w, "with" | "by" | "on" | "against" | "to" | "at") && !infinitive {
                let stop = phrase_end(doc, q + 1, end);
                let grp = right_group(
                    doc,
                    &ms,
                    q + 1,
                    stop,
                    w == "to" && p.mode.as_deref() == Some("visit"),
                );
                if !grp.is_empty() {
                    if w == "by" {
                        r.actor.extend(grp.iter().map(|&m| to_party(doc, m)));
                    } else if w == "at" {
                        // "at the invitation of", "at the White House": not a party.
                    } else {
                        with.extend(grp);
                    }
                }
            }
            q += 1;
        }
        if !parties.is_empty() {
            split_sides(doc, &parties, &mut r);
        } else if !pre.is_empty() || possessor.is_some() {
            // "anti-Russian sanctions": the adjective names the target.
            let (anti, pre): (Vec<usize>, Vec<usize>) = pre
                .into_iter()
                .partition(|&m| opposed(doc, doc.mentions[m].span));
            r.recipient.extend(anti.iter().map(|&m| to_party(doc, m)));
            let mut all: Vec<usize> = possessor.into_iter().chain(pre).collect();
            all.dedup();
            let mut it = all.into_iter();
            r.actor.extend(it.next().map(|m| to_party(doc, m)));
            r.recipient.extend(it.map(|m| to_party(doc, m)));
        }
        if !with.is_empty() {
            r.recipient
                .extend(with.into_iter().map(|m| to_party(doc, m)));
        }
        if r.actor.is_empty() && r.recipient.is_empty() && !det && !r.backreference {
            // The noun is the object of a verb: "Russia and the US will hold a round of talks".
            let g = left_group(doc, kb, &ms, floor, k.max(floor), true);
            r.actor.extend(g.iter().map(|&m| to_party(doc, m)));
            if has_group_noun(doc, floor, trig.first) {
                r.group_anaphor = true;
            }
        }
        if r.actor.is_empty() && r.recipient.is_empty() {
            // "the next round", "a new meeting": a further contact of the same sides.
            let further = (k..trig.end).any(|t| {
                matches!(
                    doc.token_lower(t),
                    "next" | "new" | "upcoming" | "another" | "further"
                )
            });
            if (k..trig.first).any(|t| doc.token_lower(t) == "bilateral")
                || has_group_noun(doc, trig.end, end.min(trig.end + 4))
                || further && p.symmetric
            {
                r.group_anaphor = true;
            } else if det && !r.group_anaphor {
                r.definite = true;
            }
        }
    } else {
        // Verbs. Passive voice swaps the subject to the receiving end.
        let passive = trig.first > a && {
            let mut k = trig.first;
            let mut found = false;
            for _ in 0..3 {
                if k == a {
                    break;
                }
                k -= 1;
                let w = doc.token_lower(k);
                if matches!(w, "was" | "were" | "been" | "being" | "be" | "is" | "are") {
                    found = true;
                    break;
                }
                if !w.ends_with("ly") && !matches!(w, "not" | "also" | "already") {
                    break;
                }
            }
            found && !doc.token_lower(trig.first).ends_with("ing")
        } || matches!(
            doc.token_lower(trig.first),
            "was" | "were" | "been" | "be" | "is" | "are"
        );
        let passive = passive && !doc.lower_slice(trig.span).contains(" by");
        // "Visiting Prime Minister X of Laos met President Y": a participle
        // before a noun is the act of what the noun names, and reaches
        // whom that noun's clause reaches.
        if let Some((np_end, verb)) = prenominal_participle(doc, kb, &ms, trig, b) {
            let subject = right_group(doc, &ms, trig.end, np_end, false);
            let object = verb
                .map(|v| {
                    let end = clause_end(doc, s, v + 1, false);
                    right_group(doc, &ms, v + 1, end, false)
                })
                .unwrap_or_default();
            let mut put = |group: &[usize], role: Role| match role {
                Role::Actor => r.actor.extend(group.iter().map(|&m| to_party(doc, m))),
                Role::Recipient => r.recipient.extend(group.iter().map(|&m| to_party(doc, m))),
                Role::None => {}
            };
            put(&subject, p.subject);
            put(&object, p.object);
            r.recipient
                .retain(|x| !r.actor.iter().any(|y| y.entity == x.entity));
            return r;
        }
        let mut subject = left_group(doc, kb, &ms, floor, trig.first, true);
        // "Ali visited Brasília and asked Lula for support": the object of the first
        // verb is not the subject of the second; both verbs share the first subject.
        if let Some(v) = shared_subject_verb(doc, &subject, floor, trig.first) {
            let first = left_group(doc, kb, &ms, floor, v, true);
            if !first.is_empty() {
                subject = first;
            }
        }
        if has_group_noun(doc, floor, trig.first) {
            r.group_anaphor = true;
        }
        let end = clause_end(doc, s, trig.end, false);
        let object = if p.object == Role::None && !passive {
            Vec::new()
        } else {
            // A gap in the phrase may hold the object: "expels French ambassador",
            // "asked the American side to".
            let gap_start = if trig.end > trig.first + 2 {
                trig.first + 1
            } else {
                trig.end
            };
            // "held a meeting to discuss North Korean issues": a joint act's
            // purpose names what it is about, not who takes part.
            let end = if p.symmetric {
                (trig.end..end)
                    .find(|&t| {
                        doc.token_lower(t) == "to"
                            && doc.syntax.get(t).is_some_and(|x| x.upos == "PART")
                    })
                    .unwrap_or(end)
            } else {
                end
            };
            right_group(doc, &ms, gap_start, end, p.place_is_recipient)
        };
        // Passive agent: "by X".
        let by_agent: Vec<usize> = if passive {
            (trig.end..end)
                .find(|&t| doc.token_lower(t) == "by")
                .map(|t| right_group(doc, &ms, t + 1, end, false))
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let (subj_role, obj_role) = if passive {
            (Role::Recipient, Role::None)
        } else {
            (p.subject, p.object)
        };
        let put = |group: &[usize], role: Role, r: &mut Roles| match role {
            Role::Actor => r.actor.extend(group.iter().map(|&m| to_party(doc, m))),
            Role::Recipient => r.recipient.extend(group.iter().map(|&m| to_party(doc, m))),
            Role::None => {}
        };
        // "A truce was agreed between Sudan and South Sudan": a joint act
        // in the passive names its sides in its list.
        let between = (passive && p.symmetric && by_agent.is_empty())
            .then(|| {
                (trig.end..end.min(trig.end + 4))
                    .find(|&t| matches!(doc.token_lower(t), "between" | "among"))
            })
            .flatten()
            .map(|t| list_after(doc, &ms, t, end).0)
            .filter(|ps| ps.len() >= 2);
        if let Some(ps) = between {
            split_sides(doc, &ps, &mut r);
        } else {
            put(&subject, subj_role, &mut r);
        }
        if passive {
            put(&by_agent, Role::Actor, &mut r);
        } else {
            put(&object, obj_role, &mut r);
        }
        // "called Bangladesh's position premature": naming, not calling.
        if p.needs_object {
            if let Some(&first) = object.first() {
                if doc.token_at(doc.mentions[first].span.start) > trig.end + 1 {
                    r.skip = true;
                }
            }
            if let Some(&last) = object.last() {
                let after = doc.token_at(doc.mentions[last].span.end);
                if after < b
                    && (matches!(
                        doc.token_lower(after),
                        "'s" | "’s" | "a" | "an" | "\"" | "“"
                    ) || doc.tokens[after].span.start == doc.mentions[last].span.end
                        && doc.token_text(after).starts_with('\''))
                {
                    r.skip = true;
                }
            }
        }
        if p.needs_object && object.is_empty() && subject.len() < 2 && !r.group_anaphor {
            let next = if trig.end < b {
                doc.token_lower(trig.end)
            } else {
                ""
            };
            if !matches!(
                next,
                "again"
                    | "each"
                    | "one"
                    | "back"
                    | "twice"
                    | "later"
                    | "earlier"
                    | "today"
                    | "yesterday"
                    | "in"
                    | "on"
                    | "last"
                    | "this"
                    | "."
                    | ","
            ) || subject.is_empty()
            {
                r.skip = true;
            }
        }
    }
    // Symmetric events with one side named nearby: the other side is earlier in the clause.
    if p.symmetric && !r.skip {
        let mut codes: Vec<&str> = r
            .actor
            .iter()
            .chain(&r.recipient)
            .filter_map(|x| doc.entities[x.entity].code.as_deref())
            .collect();
        codes.sort();
        codes.dedup();
        if codes.len() == 1 {
            let limit = doc.tokens[trig.first].span.start;
            let floor_pos = doc.tokens[floor].span.start;
            let extra: Vec<usize> = ms
                .iter()
                .copied()
                .filter(|&m| {
                    doc.mentions[m].span.end <= limit && doc.mentions[m].span.start >= floor_pos
                })
                .filter(|&m| {
                    is_party_kind(doc.entities[doc.mentions[m].entity].kind)
                        && !in_place_position(doc, m)
                        && !after_of_by_person(doc, m)
                        && !is_claimer(doc, m)
                })
                .collect();
            for m in extra {
                let code = doc.entities[doc.mentions[m].entity].code.clone();
                if code.is_some()
                    && !r
                        .actor
                        .iter()
                        .chain(&r.recipient)
                        .any(|x| doc.entities[x.entity].code == code)
                {
                    r.recipient.push(to_party(doc, m));
                }
            }
        }
    }
    // One entity never plays both roles; a symmetric event with one group splits it.
    r.recipient
        .retain(|x| !r.actor.iter().any(|y| y.entity == x.entity));
    if p.symmetric {
        split_joint(doc, &mut r.actor, &mut r.recipient);
    }
    r
}

/// A joint act whose sides are all in `actor`: the first side stays, the
/// rest receive. "The Israeli delegation, led by X, and a Hamas
/// delegation": the first side keeps its head (no code of its own) and
/// other mentions of its state.
fn split_joint(doc: &Doc, actor: &mut Vec<Party>, recipient: &mut Vec<Party>) {
    if !recipient.is_empty() || actor.len() < 2 {
        return;
    }
    let code = |x: &Party| doc.entities[x.entity].code.as_deref();
    let first = code(&actor[0]);
    let run = if first.is_some() {
        actor
            .iter()
            .take_while(|x| code(x).is_none() || code(x) == first)
            .count()
    } else {
        1
    };
    let at = if run < actor.len() { run } else { 1 };
    *recipient = actor.split_off(at);
}

fn tok_start(doc: &Doc, t: usize) -> usize {
    if t < doc.tokens.len() {
        doc.tokens[t].span.start
    } else {
        doc.text.len()
    }
}

/// End (token) of a noun phrase of parties: up to a preposition that starts
/// something else ("on trade", "in Riyadh", "to stop attacks").
fn phrase_end(doc: &Doc, from: usize, end: usize) -> usize {
    let mut t = from;
    while t < end {
        let w = doc.token_lower(t);
        if matches!(
            w,
            "on" | "in"
                | "at"
                | "to"
                | "over"
                | "about"
                | "for"
                | "after"
                | "before"
                | "since"
                | "during"
                | "which"
                | "that"
                | "who"
                | "was"
                | "were"
                | "is"
                | "are"
                | "took"
                | "will"
                | "has"
                | "have"
                | "had"
                | "can"
                | "could"
                | ";"
                | "("
                | "—"
        ) {
            return t;
        }
        t += 1;
    }
    end
}

/// Where the event happened: a place in place position in its clause.
/// Whether place mention `m` is part of what a word act is about, not where
/// it happens: "discussed the conflict in Ukraine", "agreed to fight the
/// group in Syria" (the place hangs, through a noun, on the act's object or
/// clause). Acts on the ground happen where their object is ("shelled a
/// hospital in Kharkiv"), and a party in the object keeps its place ("met
/// the Ukrainian envoy in Kyiv").
fn in_topic(doc: &Doc, s: usize, trig: &Trigger, p: &EventPattern, m: usize) -> bool {
    if !matches!(p.event.as_str(), "CONSULT" | "AGREE" | "ACCUSE" | "SUPPORT")
        || p.mode.as_deref() == Some("visit")
        || doc.syntax.len() != doc.tokens.len()
    {
        return false;
    }
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let inside = |k: usize| (trig.first..trig.end).contains(&k);
    let name_start = doc.token_at(doc.mentions[m].span.start);
    // "talks on the South China Sea in Hanoi", "a meeting on the situation
    // in Gaza": a place hung, through nouns, on the act's own noun by a
    // preposition of subject matter is what it is about.
    if let Some(head) = mention_head(doc, s, m) {
        let mut k = head;
        let mut about = false;
        for _ in 0..4 {
            if doc.syntax[k].deprel != "nmod" {
                break;
            }
            about |= of_subject_matter(doc, s, k);
            match doc.syntax[k].head {
                Some(h) if inside(h) => {
                    if about && doc.syntax[h].upos == "NOUN" {
                        return true;
                    }
                    break;
                }
                // "in Hanoi" hung on "the South China Sea": a name's
                // phrase may be the parser's guess for the act's.
                Some(h) if !about && doc.syntax[h].upos == "PROPN" => break,
                Some(h) => k = h,
                None => break,
            }
        }
    }
    let mut t = name_start;
    // The first noun the walk up meets through an object or a clause.
    let mut argument: Option<usize> = None;
    for _ in 0..8 {
        let Some(h) = doc.syntax[t].head.filter(|h| (lo..hi).contains(h)) else {
            return false;
        };
        let rel = doc.syntax[t].deprel;
        if matches!(rel, "obj" | "xcomp" | "ccomp") && argument.is_none() {
            argument = Some(t);
        }
        if inside(h) {
            let Some(a) = argument else { return false };
            // A party named in the object keeps the place its own.
            let place_at = doc.mentions[m].span.start;
            let party = doc.mentions.iter().any(|x| {
                x.span.start >= trig.span.end
                    && x.span.end <= place_at
                    && matches!(
                        doc.entities[x.entity].kind,
                        EntityKind::Person | EntityKind::State | EntityKind::Body
                    )
                    && x.place.is_none()
            });
            return !party && doc.syntax[a].upos != "PROPN";
        }
        t = h;
    }
    false
}

/// The token of mention `m` (in sentence `s`) that heads it in the tree:
/// "Sea" of "the South China Sea".
fn mention_head(doc: &Doc, s: usize, m: usize) -> Option<usize> {
    let span = doc.mentions[m].span;
    (doc.token_at(span.start)..doc.sentences[s].end_token)
        .take_while(|&k| doc.tokens[k].span.end <= span.end)
        .find(|&k| {
            doc.syntax[k]
                .head
                .is_none_or(|h| !span.contains(doc.tokens[h].span))
        })
}

/// Whether the phrase headed by token `k` (in sentence `s`) opens with a
/// preposition of subject matter: "on", "about", "over" …
fn of_subject_matter(doc: &Doc, s: usize, k: usize) -> bool {
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    (lo..hi).any(|c| {
        doc.syntax[c].head == Some(k)
            && doc.syntax[c].deprel == "case"
            && matches!(
                doc.token_lower(c),
                "on" | "about" | "over" | "regarding" | "concerning"
            )
    })
}

/// Whether mention `m` is what the act of `trig` is about: a name after
/// the trigger whose phrase of subject matter ("on", "about", "over" …)
/// hangs on a word of the trigger ("talks on Taiwan", "an agreement over
/// the Nile") or on a party named right after it ("talks with Japan on
/// Taiwan").
pub(crate) fn subject_matter_of_act(doc: &Doc, s: usize, trig: &Trigger, m: usize) -> bool {
    if doc.syntax.len() != doc.tokens.len() || doc.mentions[m].span.start < trig.span.end {
        return false;
    }
    let Some(head) = mention_head(doc, s, m) else {
        return false;
    };
    let about = of_subject_matter(doc, s, head);
    if !about || !matches!(doc.syntax[head].deprel, "nmod" | "obl") {
        return false;
    }
    let Some(h) = doc.syntax[head].head else {
        return false;
    };
    let hung_on_party = doc.syntax[h].upos == "PROPN"
        && doc.syntax[h].deprel.starts_with("obl")
        && doc.syntax[h]
            .head
            .is_some_and(|g| (trig.first..trig.end).contains(&g));
    (trig.first..trig.end).contains(&h) && doc.syntax[h].upos == "NOUN" || hung_on_party
}

pub(crate) fn location(
    doc: &Doc,
    s: usize,
    trig: &Trigger,
    p: &EventPattern,
    places: &[usize],
) -> (Option<usize>, Option<String>) {
    let place_of = |m: usize| -> Option<usize> {
        let men = &doc.mentions[m];
        men.place
            .or((doc.entities[men.entity].kind == EntityKind::Place).then_some(men.entity))
    };
    let end = clause_end(doc, s, trig.end, false);
    // "the first meeting … since the minister took office in Tokyo": a
    // clause of its own after the trigger tells another act's place.
    let end = (trig.end..end)
        .find(|&k| {
            doc.syntax.get(k).is_some_and(|x| x.deprel == "mark")
                && matches!(
                    doc.token_lower(k),
                    "since" | "after" | "before" | "when" | "while" | "until" | "because" | "once"
                )
        })
        .unwrap_or(end);
    let end_pos = tok_start(doc, end);
    let visit = p.mode.as_deref() == Some("visit");
    // Visits: the place visited.
    if visit {
        let ms = sentence_mentions(doc, s);
        if let Some(m) = ms.iter().copied().find(|&m| {
            doc.mentions[m].span.start >= trig.span.end
                && doc.mentions[m].span.end <= end_pos
                && place_of(m).is_some()
        }) {
            return (
                place_of(m),
                Some(doc.slice(doc.mentions[m].span).to_string()),
            );
        }
    }
    let after = places.iter().copied().find(|&m| {
        doc.mentions[m].span.start >= trig.span.end
            && doc.mentions[m].span.end <= end_pos
            && !in_topic(doc, s, trig, p, m)
    });
    // "blew himself up at a market in Mogadishu, killing 12 people": a
    // participle's act is where the verb it follows is done.
    let governing = doc
        .syntax
        .get(trig.first)
        .filter(|x| x.deprel == "advcl" && x.xpos == "VBG")
        .and_then(|x| x.head)
        .filter(|&h| h < trig.first);
    let before = places.iter().copied().rfind(|&m| {
        doc.mentions[m].span.end <= trig.span.start
            && (!doc.text[doc.mentions[m].span.end..trig.span.start].contains([',', ';'])
                || governing.is_some_and(|h| doc.mentions[m].span.start >= doc.tokens[h].span.end))
    });
    // "In Lagos, about a thousand traders marched": a place that opens the
    // sentence sets the scene for all of it, like an opening date.
    let first = doc.sentences[s].first_token;
    let opening = places.iter().copied().find(|&m| {
        doc.token_at(doc.mentions[m].span.start) == first + 1
            && matches!(doc.token_lower(first), "in" | "at")
    });
    // "Rashad, who stayed in Cairo, met the envoys there": "there" is the place
    // named earlier in the sentence (not the existential "there was").
    let there = (trig.end..end).any(|t| {
        doc.token_lower(t) == "there"
            && !(t + 1 < end
                && matches!(
                    doc.token_lower(t + 1),
                    "is" | "are" | "was" | "were" | "will" | "would" | "has" | "have" | "had"
                ))
    });
    let earlier = there
        .then(|| {
            places
                .iter()
                .copied()
                .rfind(|&m| doc.mentions[m].span.end <= trig.span.start)
        })
        .flatten();
    let pick = after.or(before).or(earlier).or(opening);
    // "in Russia's Saratov region": the state's possession is the more
    // exact place named after it.
    let pick = pick.map(|m| {
        let end = doc.mentions[m].span.end;
        let possessive = matches!(doc.text.get(end..end + 2), Some("'s"))
            || doc.text.get(end..).is_some_and(|r| r.starts_with("’s"));
        places
            .iter()
            .copied()
            .find(|&n| {
                possessive
                    && doc.mentions[n].span.start > end
                    && doc.mentions[n].span.start <= end + 5
                    && place_of(n).is_some()
            })
            .unwrap_or(m)
    });
    match pick.and_then(|m| place_of(m).map(|pl| (pl, m))) {
        Some((pl, m)) => {
            // "in Riyadh, Saudi Arabia": the city is the more exact.
            (Some(pl), Some(doc.slice(doc.mentions[m].span).to_string()))
        }
        None => (None, None),
    }
}
