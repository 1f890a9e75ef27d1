//! People, states, bodies, institutions and places: the mentions of the
//! document and the entities they refer to.
//!
//! States, bodies, media and places come from the gazetteer. People come
//! from the knowledge base when it knows them, else from their context: a
//! given name, an office or role before the name ("American expert Jeremy
//! Kuzmarov"), an appositive after it ("Kirill Dmitriev, head of the Russian
//! Direct Investment Fund"), a delegation ("Moscow was represented by …").
//! Later bare surnames, descriptions ("the diplomat", "the head of Russian
//! diplomacy") and pronouns are resolved to the person they refer to.

use detente_doc::{Doc, Entity, EntityKind, Geo, Mention, MentionForm, Span, TokenKind};
use detente_kb::{name_key, Kb, Target};
use std::collections::HashMap;

/// Entities by identity, so every mention of one thing shares one entity.
#[derive(Default)]
struct Registry {
    by_key: HashMap<String, usize>,
}

impl Registry {
    fn get_or_add(&mut self, doc: &mut Doc, key: String, make: impl FnOnce() -> Entity) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        doc.entities.push(make());
        let i = doc.entities.len() - 1;
        self.by_key.insert(key, i);
        i
    }
}

fn entity(name: &str, kind: EntityKind, code: Option<&str>, sector: Option<&str>) -> Entity {
    Entity {
        name: name.to_string(),
        kind,
        code: code.filter(|c| !c.is_empty()).map(String::from),
        sector: sector.filter(|c| !c.is_empty()).map(String::from),
        office: None,
        roles: Vec::new(),
        geo: None,
        affiliations: Vec::new(),
        mentions: 0,
    }
}

/// Grammar words (articles, pronouns, prepositions, conjunctions, sentence
/// adverbs, numerals) that open sentences or titles but are never names.
/// Every other word that is no name (titles, calendar words, page furniture,
/// outlets) is data: `kb/name_words.tsv`, [`Kb::not_names`].
const GRAMMAR_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "With",
    "After",
    "Before",
    "Since",
    "During",
    "However",
    "Thus",
    "Earlier",
    "Later",
    "Meanwhile",
    "According",
    "Following",
    "Despite",
    "Although",
    "While",
    "When",
    "Where",
    "What",
    "Who",
    "How",
    "Why",
    "If",
    "But",
    "And",
    "Or",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "Yes",
    "No",
    "Both",
    "Some",
    "Many",
    "Most",
    "All",
    "Each",
    "One",
    "Two",
    "Three",
    "Also",
    "Still",
    "Then",
    "There",
    "Here",
    "Next",
    "Last",
    "First",
    "Second",
    "New",
];

/// A capitalised word that is never a word of a person's name.
fn not_name(kb: &Kb, w: &str) -> bool {
    GRAMMAR_WORDS.contains(&w) || kb.not_names.contains(w)
}

/// Whether token `t` is a title written short, its full stop right after
/// it and a word after that ("Sen. Graham"; not "Hun Sen." at a sentence's end).
fn short_title(doc: &Doc, kb: &Kb, t: usize) -> bool {
    kb.short_titles.contains(doc.token_text(t))
        && t + 2 < doc.tokens.len()
        && doc.token_text(t + 1) == "."
        && doc.tokens[t].span.end == doc.tokens[t + 1].span.start
        && doc.tokens[t + 2].kind == TokenKind::Word
}

const PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "el", "de", "del", "della", "da", "dos", "van", "von", "der", "la", "le",
    "du", "di", "ben", "abu", "bint",
];

/// Head nouns that end the name of a national institution.
const INSTITUTION_HEADS: &[(&str, &str)] = &[
    ("Ministry", "GOV"),
    ("Department", "GOV"),
    ("Government", "GOV"),
    ("Administration", "GOV"),
    ("Embassy", "GOV"),
    ("Office", "GOV"),
    ("Service", "GOV"),
    ("Agency", "GOV"),
    ("Cabinet", "GOV"),
    ("Council", "GOV"),
    ("Committee", "GOV"),
    ("Commission", "GOV"),
    ("Presidency", "GOV"),
    ("Forces", "MIL"),
    ("Army", "MIL"),
    ("Navy", "MIL"),
    ("Force", "MIL"),
    ("Guard", "MIL"),
    ("Command", "MIL"),
    ("Staff", "MIL"),
    ("Fleet", "MIL"),
    ("Fund", "BUS"),
    ("Bank", "BUS"),
    ("Company", "BUS"),
    ("Corporation", "BUS"),
    ("Parliament", "LEG"),
    ("Assembly", "LEG"),
    ("Senate", "LEG"),
    ("Congress", "LEG"),
    ("Duma", "LEG"),
    ("Court", "JUD"),
    ("Prosecutor", "JUD"),
    ("Police", "COP"),
    ("Intelligence", "SPY"),
];

fn is_cap_word(doc: &Doc, t: usize) -> bool {
    let tok = doc.tokens[t];
    tok.kind == TokenKind::Word
        && doc
            .slice(tok.span)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// What the gazetteer says about each token, as (hit index) per token.
struct TokenHits<'k> {
    hits: Vec<(Span, &'k [Target])>,
    by_token: Vec<Option<usize>>,
}

impl<'k> TokenHits<'k> {
    fn new(doc: &Doc, kb: &'k Kb) -> TokenHits<'k> {
        let hits: Vec<(Span, &[Target])> = kb
            .gazetteer
            .find(&doc.text, &doc.lower)
            .into_iter()
            // "Washington-based", "Moscow-headquartered": where someone or
            // something sits, not whom they belong to or act for.
            .filter(|h| {
                let rest = &doc.lower[h.end..];
                // "pro-Russian rebels" back Russia; they are not Russia's.
                let backer = doc.lower[..h.start].ends_with("pro-");
                !(rest.starts_with("-based") || rest.starts_with("-headquartered") || backer)
            })
            .map(|h| (Span::new(h.start, h.end), h.targets))
            .collect();
        let mut by_token = vec![None; doc.tokens.len()];
        for (hi, (span, _)) in hits.iter().enumerate() {
            for t in doc.tokens_in(*span) {
                by_token[t] = Some(hi);
            }
        }
        TokenHits { hits, by_token }
    }

    fn targets(&self, t: usize) -> &'k [Target] {
        self.by_token
            .get(t)
            .copied()
            .flatten()
            .map_or(&[], |h| self.hits[h].1)
    }

    fn has(&self, t: usize, pred: impl Fn(&Target) -> bool) -> bool {
        self.targets(t).iter().any(pred)
    }
}

fn is_office(t: &Target) -> bool {
    matches!(t, Target::Office(_))
}
fn is_person_target(t: &Target) -> bool {
    matches!(t, Target::Person(_) | Target::Surname(_))
}
fn is_non_person(t: &Target) -> bool {
    !is_person_target(t)
}

/// Recognise every actor and place mention of `doc` and its entities.
pub fn recognise_actors(doc: &mut Doc, kb: &Kb) {
    let th = TokenHits::new(doc, kb);
    let mut reg = Registry::default();
    let mut mentions: Vec<Mention> = Vec::new();

    // 1. Gazetteer mentions of states, bodies, media, institutions, places.
    let mut hi = 0;
    while hi < th.hits.len() {
        let (span, targets) = th.hits[hi];
        hi += 1;
        // A person's name wins over everything else it may spell.
        if targets.iter().any(is_person_target)
            && !targets.iter().any(|t| {
                matches!(
                    t,
                    Target::State(_) | Target::StateAdjective(_) | Target::Body(_)
                )
            })
        {
            continue;
        }
        let mut state = None;
        let mut form = MentionForm::Name;
        let mut place = None;
        let mut other = None;
        // A name several places bear ("Tripoli") is the capital, else the
        // most populous, unless the text says otherwise.
        let best_place = targets
            .iter()
            .filter_map(|t| match *t {
                Target::Place(i) => Some(i),
                _ => None,
            })
            .rev()
            .max_by_key(|&i| (kb.places[i].kind == "capital", kb.places[i].population));
        for t in targets {
            match *t {
                Target::State(i) => {
                    state = state.or(Some(i));
                    let s = &kb.states[i];
                    place = place.or_else(|| {
                        Some(reg.get_or_add(doc, format!("SP:{}", s.code), || {
                            let mut e = entity(&s.name, EntityKind::Place, Some(&s.code), None);
                            e.geo = Some(Geo {
                                country: s.code.clone(),
                                lat: Some(s.lat),
                                lon: Some(s.lon),
                            });
                            e
                        }))
                    });
                }
                Target::StateAdjective(i) if state.is_none() => {
                    state = Some(i);
                    form = MentionForm::Adjective;
                }
                Target::Metonym(i) => {
                    let m = &kb.metonyms[i];
                    if let Some(si) = kb.state_index(&m.code) {
                        if state.is_none() {
                            state = Some(si);
                            form = MentionForm::Metonym;
                        }
                        // "Brasília" is the capital "Brasilia", accent or not.
                        let capital = name_key(&kb.states[si].capital) == name_key(&m.phrase);
                        if m.sector != "GOV" || !capital {
                            // An institution, not a capital: it acts in its own sector.
                            let name = m.phrase.clone();
                            other = Some(reg.get_or_add(
                                doc,
                                format!("I:{}", name.to_lowercase()),
                                || {
                                    entity(
                                        &name,
                                        EntityKind::Institution,
                                        Some(&m.code),
                                        Some(&m.sector),
                                    )
                                },
                            ));
                        }
                    }
                }
                Target::Place(i) => {
                    let p = &kb.places[i];
                    if place.is_none() && best_place == Some(i) {
                        place = Some(reg.get_or_add(doc, format!("P:{i}"), || {
                            let mut e = entity(&p.name, EntityKind::Place, Some(&p.country), None);
                            e.geo = Some(Geo {
                                country: p.country.clone(),
                                lat: p.lat,
                                lon: p.lon,
                            });
                            e
                        }));
                    }
                }
                Target::Body(i) => {
                    let b = &kb.bodies[i];
                    other = other.or_else(|| {
                        Some(reg.get_or_add(doc, format!("B:{i}"), || {
                            entity(&b.name, EntityKind::Body, Some(&b.code), Some(&b.sector))
                        }))
                    });
                }
                Target::Outlet(i) => {
                    let o = &kb.outlets[i];
                    other = other.or_else(|| {
                        Some(reg.get_or_add(doc, format!("M:{i}"), || {
                            entity(&o.name, EntityKind::Media, Some(&o.code), Some("MED"))
                        }))
                    });
                }
                _ => {}
            }
        }
        // "Russian Direct Investment Fund": an adjective opening an institution's name.
        if let (Some(si), MentionForm::Adjective | MentionForm::Name) = (state, form) {
            if let Some((end, sector)) = institution_after(doc, &th, span) {
                let name = doc.text[span.start..end].to_string();
                let code = kb.states[si].code.clone();
                let e = reg.get_or_add(doc, format!("I:{}", name.to_lowercase()), || {
                    entity(&name, EntityKind::Institution, Some(&code), Some(sector))
                });
                mentions.push(Mention {
                    span: Span::new(span.start, end),
                    entity: e,
                    form: MentionForm::Name,
                    place: None,
                });
                while hi < th.hits.len() && th.hits[hi].0.start < end {
                    hi += 1;
                }
                continue;
            }
        }
        let e = match (other, state) {
            (Some(o), _) => Some(o),
            (None, Some(si)) => {
                let s = &kb.states[si];
                Some(reg.get_or_add(doc, format!("S:{}", s.code), || {
                    entity(&s.name, EntityKind::State, Some(&s.code), Some("GOV"))
                }))
            }
            (None, None) => place,
        };
        if let Some(e) = e {
            let place = if form == MentionForm::Adjective {
                None
            } else {
                place
            };
            // "BEIRUT (Reuters) -": a capital opening a dateline is where the
            // report was filed, not its government acting.
            let (e, form) = match place {
                Some(p) if form == MentionForm::Metonym && opens_a_dateline(doc, span) => {
                    (p, MentionForm::Dateline)
                }
                _ => (e, form),
            };
            // "Vietnamese-led forces", "the Saudi-led coalition": the troops a
            // state leads act for it, so the mention reaches their noun.
            let span = match (state, other) {
                (Some(_), None) => led_by(doc, span).unwrap_or(span),
                _ => span,
            };
            mentions.push(Mention {
                span,
                entity: e,
                form,
                place,
            });
        }
    }

    // 2. People.
    let mut people = recognise_people(doc, kb, &th, &mut reg);
    // "Shahid Wardak", "Therese Kayikwamba Wagner": a place or a body read
    // inside a person's name is the name's.
    mentions.retain(|m| {
        !matches!(
            doc.entities[m.entity].kind,
            EntityKind::Place | EntityKind::Body
        ) || !people
            .iter()
            .any(|p| p.span != m.span && p.span.contains(m.span))
    });
    mentions.append(&mut people);
    mentions.sort_by_key(|m| m.span.start);

    // 3. Attributes of people from their context, then from the knowledge base.
    doc.mentions = mentions;
    attribute_people(doc, kb, &th);
    delegations(doc, kb, &th);
    // 4. Descriptions and pronouns that point back to people.
    descriptions(doc, kb, &th, &mut reg);
    body_descriptions(doc, kb);
    for m in &doc.mentions {
        doc.entities[m.entity].mentions += 1;
    }
    // 5. People go by the fullest name this text gives them ("Vassily Nebenzia",
    // not the knowledge base's "Vasily Nebenzya"): that is what readers search for.
    let mut fullest: HashMap<usize, &str> = HashMap::new();
    for m in doc.mentions.iter().filter(|m| m.form == MentionForm::Name) {
        if doc.entities[m.entity].kind != EntityKind::Person {
            continue;
        }
        let text = doc.slice(m.span);
        if text.split_whitespace().count() >= 2
            && fullest.get(&m.entity).is_none_or(|f| text.len() > f.len())
        {
            fullest.insert(m.entity, text);
        }
    }
    let renames: Vec<(usize, String)> = fullest
        .into_iter()
        .map(|(e, n)| (e, n.to_string()))
        .collect();
    for (e, n) in renames {
        doc.entities[e].name = n;
    }
}

/// End of an institution name that starts at `span` (an adjective or state).
fn institution_after(doc: &Doc, th: &TokenHits, span: Span) -> Option<(usize, &'static str)> {
    let first = doc.token_at(span.end);
    let sentence = doc.sentence_at(span.start)?;
    let end_tok = doc.sentences[sentence].end_token;
    let mut t = first;
    let mut best = None;
    while t < end_tok && t < first + 5 && is_cap_word(doc, t) {
        if th.has(t, |x| {
            matches!(x, Target::State(_) | Target::StateAdjective(_))
        }) {
            break;
        }
        let w = doc.token_text(t);
        if let Some((_, sector)) = INSTITUTION_HEADS.iter().find(|(h, _)| *h == w) {
            let text = doc.lower_slice(Span::new(span.end, doc.tokens[t].span.end));
            let sector = if text.contains("defen") {
                "MIL"
            } else {
                sector
            };
            best = Some((doc.tokens[t].span.end, sector));
        }
        t += 1;
    }
    best
}

/// Find person names and link them to known people or new entities.
/// "The Liberian Peace Council", "the Joint Verification Commission": a
/// capitalised run that ends with a word of organisations and names nothing
/// the gazetteer knows is a body of its own. It is coded with the state its
/// name names, else as a non-governmental body (NGO), as event data codes an
/// organisation it cannot place.
fn unlisted_body(
    doc: &mut Doc,
    kb: &Kb,
    th: &TokenHits,
    reg: &mut Registry,
    seq: std::ops::Range<usize>,
    sentence_end: usize,
) -> Option<(Mention, usize)> {
    if !kb.org_ends.contains(doc.token_text(seq.end - 1)) {
        return None;
    }
    // "Association of African Jurists", "Union for the Total Independence
    // of Angola": the name goes on through "of" or "for" and capitalised words.
    let mut end = seq.end;
    if end + 1 < sentence_end && matches!(doc.token_lower(end), "of" | "for") {
        let mut j = end + 1;
        if doc.token_lower(j) == "the" {
            j += 1;
        }
        let from = j;
        while j < sentence_end
            && (is_cap_word(doc, j)
                || j > from
                    && j + 1 < sentence_end
                    && matches!(doc.token_lower(j), "of" | "and" | "for")
                    && is_cap_word(doc, j + 1))
        {
            j += 1;
        }
        // "the Permanent Council of the Organization of American States" is
        // an organ of a body the gazetteer knows: that body acts.
        if (from..j).any(|t| th.has(t, |x| matches!(x, Target::Body(_)))) {
            return None;
        }
        if j > from {
            end = j;
        }
    }
    // Known states, bodies, outlets and institutions are the gazetteer's.
    if seq.clone().any(|t| {
        th.has(t, |x| {
            !matches!(x, Target::StateAdjective(_)) && !is_person_target(x)
        })
    }) {
        return None;
    }
    // "The", "Sunday's": the name starts at its first word that may be one.
    let start = seq
        .clone()
        .find(|&t| !GRAMMAR_WORDS.contains(&doc.token_text(t)) && !th.has(t, is_person_target))?;
    if end - start < 2 {
        return None;
    }
    let country = (start..end)
        .find_map(|t| {
            th.targets(t).iter().find_map(|x| match *x {
                Target::StateAdjective(i) => Some(kb.states[i].code.clone()),
                Target::State(i) if t >= seq.end => Some(kb.states[i].code.clone()),
                _ => None,
            })
        })
        // "Myanmar's State Administration Council": the state that owns it.
        .or_else(|| {
            let s = start.checked_sub(2)?;
            if !matches!(doc.token_lower(s + 1), "'s" | "’s") {
                return None;
            }
            th.targets(s).iter().find_map(|x| match *x {
                Target::State(i) => Some(kb.states[i].code.clone()),
                _ => None,
            })
        });
    let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
    let name = doc.slice(span).to_string();
    let code = country.unwrap_or_else(|| "NGO".to_string());
    // "Union of Teachers", "Federation of Journalists": whom the body is of
    // tells its sector (`groups.tsv`), else it is a non-governmental body.
    let sector = (seq.end..end)
        .find_map(|t| {
            let w = doc.token_lower(t);
            let singular = w.strip_suffix('s').filter(|_| !w.ends_with("ss"));
            kb.group_sectors
                .get(w)
                .or_else(|| singular.and_then(|w| kb.group_sectors.get(w)))
        })
        .map_or("NGO", String::as_str)
        .to_string();
    let e = reg.get_or_add(doc, format!("O:{}", name.to_lowercase()), || {
        entity(&name, EntityKind::Body, Some(&code), Some(&sector))
    });
    Some((
        Mention {
            span,
            entity: e,
            form: MentionForm::Name,
            place: None,
        },
        end,
    ))
}

fn recognise_people(doc: &mut Doc, kb: &Kb, th: &TokenHits, reg: &mut Registry) -> Vec<Mention> {
    let mut out = Vec::new();
    // Surname key -> entity, for later bare surnames.
    let mut surnames: HashMap<String, usize> = HashMap::new();
    for s in 0..doc.sentences.len() {
        let (a, b) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
        let mut i = a;
        while i < b {
            if !is_cap_word(doc, i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < b {
                if is_cap_word(doc, j) {
                    j += 1;
                } else if j + 2 < b
                    && PARTICLES.contains(&doc.token_lower(j))
                    && doc.token_text(j + 1) == "-"
                    && is_cap_word(doc, j + 2)
                {
                    j += 3;
                } else if j + 1 < b
                    && j - i >= 2
                    && !not_name(kb, doc.token_text(j - 2))
                    && hyphen_syllable(doc, th, j)
                {
                    // "Hwang Joon-kook", "Ban Ki-moon": a given name of two
                    // syllables joined by a hyphen, the second in lower case.
                    j += 2;
                    break;
                } else if j + 1 < b
                    && is_cap_word(doc, j + 1)
                    && (PARTICLES.contains(&doc.token_lower(j))
                        || (doc.token_text(j) == "-"
                            && doc.tokens[j].span.start == doc.tokens[j - 1].span.end))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let seq = i..j;
            i = j;
            // "Sabina Shoal", "Bartholomew County", "Conservative Party": a run
            // ending with a word of places and things names no person.
            if !seq.clone().any(|t| th.has(t, is_person_target)) {
                if let Some((m, end)) = unlisted_body(doc, kb, th, reg, seq.clone(), b) {
                    out.push(m);
                    i = i.max(end);
                    continue;
                }
            }
            if seq.len() >= 2
                && kb.not_person_ends.contains(doc.token_text(seq.end - 1))
                && !seq.clone().any(|t| th.has(t, is_person_target))
            {
                continue;
            }
            // The name is what follows the last title, office, state or place word.
            // A place or a body's one-word name that ends the run right
            // after a given name, or after a name an office opens, is a
            // surname ("Foreign Minister Shahid Wardak", Wardak a province
            // of Afghanistan; "Therese Kayikwamba Wagner", not the Wagner
            // Group).
            let surname_place = |t: usize| {
                let g = t.wrapping_sub(1);
                t + 1 == seq.end
                    && t > seq.start
                    && th
                        .targets(t)
                        .iter()
                        .all(|x| matches!(x, Target::Place(_) | Target::Body(_)))
                    && !th.has(g, is_non_person)
                    && !not_name(kb, doc.token_text(g))
                    && (kb.given_names.contains(doc.token_text(g))
                        || (seq.start..g).any(|u| th.has(u, is_office))
                        || seq.start > 0 && th.has(seq.start - 1, is_office))
            };
            let mut n0 = seq.start;
            for t in seq.clone() {
                let w = doc.token_text(t);
                if th.has(t, is_non_person) && !th.has(t, is_person_target) && !surname_place(t)
                    || not_name(kb, w.trim_end_matches('.'))
                    || short_title(doc, kb, t)
                    || (w.chars().any(char::is_alphabetic)
                        && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
                {
                    n0 = t + 1;
                }
            }
            if n0 >= seq.end {
                continue;
            }
            // "Yesterday Lina Al-Tamimi": a capitalised word before a given name is not the name.
            while seq.end - n0 >= 3
                && !kb.given_names.contains(doc.token_text(n0))
                && kb.given_names.contains(doc.token_text(n0 + 1))
                && !th.has(n0, is_person_target)
            {
                n0 += 1;
            }
            let name_toks = n0..seq.end;
            let span = Span::new(doc.tokens[n0].span.start, doc.tokens[seq.end - 1].span.end);
            let name = doc.slice(span).to_string();
            let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
            let surname = words.last().copied().unwrap_or("");
            let skey = name_key(surname);
            // Known people first.
            let kb_person = name_toks
                .clone()
                .flat_map(|t| th.targets(t).iter())
                .find_map(|t| match *t {
                    Target::Person(p) => Some(p),
                    _ => None,
                })
                .or_else(|| {
                    let cands: Vec<usize> = th
                        .targets(seq.end - 1)
                        .iter()
                        .filter_map(|t| match *t {
                            Target::Surname(p) => Some(p),
                            _ => None,
                        })
                        .collect();
                    if words.len() > 1 {
                        // A full name whose surname we know must match the given name too.
                        let first = name_key(words[0]);
                        return cands.into_iter().find(|&p| {
                            std::iter::once(&kb.people[p].name)
                                .chain(&kb.people[p].aliases)
                                .any(|n| n.split(' ').next().is_some_and(|f| name_key(f) == first))
                        });
                    }
                    // Else someone who held office before ("Obama said" in
                    // 2020), not one who had not yet ("Mr Kim" in 2007 is
                    // no later head of the World Bank) unless an office
                    // is named with the surname ("President Obama").
                    let had_office = |p: usize, d: chrono::NaiveDate| {
                        kb.people[p]
                            .terms
                            .iter()
                            .any(|t| t.start.is_none_or(|s| s <= d))
                    };
                    let titled =
                        (seq.start..n0).any(|t| kb.role_words.contains(doc.token_lower(t)));
                    cands
                        .iter()
                        .copied()
                        .find(|&p| doc.published.is_none_or(|d| kb.people[p].in_office(d)))
                        .or_else(|| {
                            cands
                                .iter()
                                .copied()
                                .find(|&p| doc.published.is_none_or(|d| had_office(p, d)))
                        })
                        .or(cands.first().copied().filter(|_| titled))
                });
            // "the Mohmand tribal region": a bare name between an article
            // and a word in lower case modifies what that word names; it is
            // not someone named before.
            let modifies = words.len() == 1
                && n0 > 0
                && matches!(doc.token_lower(n0 - 1), "the" | "a" | "an")
                && seq.end < doc.tokens.len()
                && doc
                    .token_text(seq.end)
                    .starts_with(|c: char| c.is_lowercase());
            if modifies && kb_person.is_none() {
                continue;
            }
            // A bare surname is first someone this text has already named.
            let named_before = (words.len() == 1)
                .then(|| surnames.get(&skey).copied())
                .flatten();
            // "Power was cut to the city": a bare surname opening a sentence, never
            // named before and with no title, is as likely an ordinary word.
            let opens_sentence = n0 == a && seq.start == a;
            // Leaders go by their surname alone, even opening a sentence ("Lula said").
            let leader = kb_person.is_some_and(|p| {
                kb.people[p].term_at(doc.published).is_some_and(|t| {
                    matches!(
                        t.office.as_str(),
                        "President"
                            | "Prime Minister"
                            | "Chancellor"
                            | "Minister of Foreign Affairs"
                            | "Secretary of State"
                            | "Secretary-General"
                            | "King"
                            | "Supreme Leader"
                    )
                })
            });
            let kb_person =
                if named_before.is_some() || words.len() == 1 && opens_sentence && !leader {
                    None
                } else {
                    kb_person
                };
            let e = if let Some(e) = named_before {
                Some(e)
            } else if let Some(p) = kb_person {
                Some(reg.get_or_add(doc, format!("K:{p}"), || {
                    entity(&kb.people[p].name, EntityKind::Person, None, None)
                }))
            } else if words.len() == 1
                || words.len() == 2
                    && PARTICLES.contains(&words[0].to_lowercase().as_str())
                    && surnames.contains_key(&skey)
            {
                surnames.get(&skey).copied()
            } else if looks_like_person(doc, kb, th, seq.start, n0, seq.end, &words)
                || listed_with_person(doc, &out, n0)
                || after_role_phrase(doc, n0) && words.len() >= 2
            {
                let key = format!("N:{}", skey);
                Some(reg.get_or_add(doc, key, || entity(&name, EntityKind::Person, None, None)))
            } else {
                None
            };
            if let Some(e) = e {
                surnames.insert(skey, e);
                // "Sheikh Mohammed bin Salman" is later "Sheikh Mohammed".
                if words.len() > 2
                    && words
                        .iter()
                        .any(|w| matches!(w.to_lowercase().as_str(), "bin" | "ibn" | "bint"))
                {
                    surnames.entry(name_key(words[0])).or_insert(e);
                }
                // "Geng Shuang", "Hwang Joon-kook": family name first when the
                // first word is no given name.
                let parts: Vec<&str> = name.split(' ').collect();
                let syllables = parts.len() == 2
                    && parts[1]
                        .split_once('-')
                        .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
                // Known people too ("Xi Jinping" is later "Xi"), unless the
                // first word is a grammar word ("To Lam": not every "To").
                if (words.len() == 2 || syllables)
                    && !kb.given_names.contains(words[0])
                    && !GRAMMAR_WORDS.contains(&words[0])
                {
                    surnames.entry(name_key(words[0])).or_insert(e);
                }
                if let Some(kp) = kb_person {
                    for n in std::iter::once(&kb.people[kp].name).chain(&kb.people[kp].aliases) {
                        if let Some(last) = n.rsplit(' ').next() {
                            surnames.insert(name_key(last), e);
                        }
                    }
                }
                out.push(Mention {
                    span,
                    entity: e,
                    form: MentionForm::Name,
                    place: None,
                });
            }
        }
    }
    out
}

/// Whether the name at `span` opens one of the first paragraphs as a
/// dateline: the place a report was filed from, then perhaps its country, a
/// date and an agency, then a dash or a colon ("BEIRUT (Reuters) -",
/// "Kyiv, March 3 -", "Donetsk: …").
fn opens_a_dateline(doc: &Doc, span: Span) -> bool {
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let after = AFTER.get_or_init(|| {
        let month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
        let weekday = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
        regex::Regex::new(&format!(
            "^(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\
             (?:,? (?:{weekday},? )?(?:{month} [0-9]{{1,2}}|[0-9]{{1,2}} {month})(?:,? [0-9]{{4}})?)?\
             \\s*(?:\\([^)]{{1,40}}\\)\\s*)?(?:—|–|-{{1,2}}|:)(?:\\s|$)"
        ))
        .expect("dateline regex compiles")
    });
    doc.blocks
        .iter()
        .take(3)
        .any(|b| b.span.start == span.start)
        && after.is_match(&doc.text[span.end..])
}

/// A word that opens a clause (a relative word, a conjunction that joins
/// clauses, "by" of a passive) or a finite verb: no part of a noun phrase.
fn clause_word(doc: &Doc, p: usize) -> bool {
    if matches!(
        doc.token_lower(p),
        "who" | "whom" | "whose" | "which" | "where" | "when" | "while" | "whereas" | "that" | "by"
    ) {
        return true;
    }
    doc.syntax
        .get(p)
        .is_some_and(|x| x.upos == "AUX" || matches!(x.xpos, "VBD" | "VBZ" | "VBP" | "MD"))
}

/// A hyphen at `j` joining the capitalised word before it to a short
/// lower-case syllable ("Joon-kook", "Jong-un"), all written together: the
/// second half of a given name, not a compound word ("Kremlin-backed",
/// "Trump-era", whose first half the gazetteer knows, or "peace-loving").
fn hyphen_syllable(doc: &Doc, th: &TokenHits, j: usize) -> bool {
    if doc.token_text(j) != "-" || j == 0 || j + 1 >= doc.tokens.len() {
        return false;
    }
    let (prev, hy, next) = (doc.tokens[j - 1], doc.tokens[j], doc.tokens[j + 1]);
    let w = doc.token_text(j + 1);
    prev.span.end == hy.span.start
        && hy.span.end == next.span.start
        && next.kind == TokenKind::Word
        && is_cap_word(doc, j - 1)
        // a known name spelt so ("Kim Jong-un"), or a word the gazetteer does not know
        && (th.by_token[j + 1].is_some() && th.by_token[j + 1] == th.by_token[j - 1]
            || th.targets(j - 1).is_empty())
        && (1..=6).contains(&w.chars().count())
        && w.chars().all(|c| c.is_lowercase())
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        // English compounds: "Bush-era", "Soviet-style", "Nato-like"
        && !matches!(w, "era" | "style" | "like" | "type" | "wide" | "free" | "proof" | "made")
        // the next word must not go on the compound: "Kim Jong-un's" is fine
        && !(j + 2 < doc.tokens.len()
            && doc.token_text(j + 2) == "-"
            && doc.tokens[j + 2].span.start == next.span.end)
}

/// "A and B", "A, B": a name listed right after a person's name.
fn listed_with_person(doc: &Doc, found: &[Mention], n0: usize) -> bool {
    n0 >= 2
        && matches!(doc.token_lower(n0 - 1), "and" | ",")
        && found
            .last()
            .is_some_and(|m| m.span.end == doc.tokens[n0 - 2].span.end)
}

/// "represented by A", "led by A": only people follow.
fn after_role_phrase(doc: &Doc, n0: usize) -> bool {
    n0 >= 2
        && doc.token_lower(n0 - 1) == "by"
        && matches!(
            doc.token_lower(n0 - 2),
            "represented"
                | "led"
                | "headed"
                | "chaired"
                | "accompanied"
                | "received"
                | "hosted"
                | "signed"
                | "confirmed"
                | "stated"
                | "announced"
        )
}

fn looks_like_person(
    doc: &Doc,
    kb: &Kb,
    th: &TokenHits,
    seq_start: usize,
    n0: usize,
    end: usize,
    words: &[&str],
) -> bool {
    let particles = words
        .iter()
        .filter(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
        .count();
    if words.len() > 4 + particles
        || words
            .iter()
            .any(|w| w.chars().count() < 2 && !w.ends_with('.'))
    {
        return false;
    }
    if kb.given_names.contains(words[0]) {
        return true;
    }
    // "his Guyanese counterpart Hugh Todd": a noun only for people.
    if n0 > 0 && n0 == seq_start && kb.person_nouns.contains(doc.token_lower(n0 - 1)) {
        return true;
    }
    // An office, title or role right before the name.
    if n0 > seq_start || (n0 > 0 && th.has(n0 - 1, is_office)) {
        let prev = doc.token_text(n0 - 1);
        if th.has(n0 - 1, is_office) || not_name(kb, prev) {
            return true;
        }
    }
    // A title written short, its full stop between: "Gov. Kathy Hochul", "Mr. Hale".
    if n0 >= 2
        && n0 == seq_start
        && doc.token_text(n0 - 1) == "."
        && (short_title(doc, kb, n0 - 2) || not_name(kb, doc.token_text(n0 - 2)))
    {
        return true;
    }
    // An office, then the name set off by commas: "China's deputy ambassador, Geng Shuang,",
    // "the Ethiopian ambassador in Mogadishu, Mekdes Haile".
    if n0 >= 2
        && doc.token_text(n0 - 1) == ","
        && (n0.saturating_sub(5)..n0 - 1).any(|t| th.has(t, is_office))
    {
        return true;
    }
    // An appositive: "X Y, head of …".
    if end + 1 < doc.tokens.len() && doc.token_text(end) == "," {
        let next = doc.token_lower(end + 1);
        if th.has(end + 1, is_office)
            || [
                "head",
                "chief",
                "director",
                "chairman",
                "chairwoman",
                "ceo",
                "adviser",
                "advisor",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "member",
                "leader",
                "deputy",
                "former",
                "a",
                "an",
            ]
                        .contains(&next)
            // ", the Omani foreign minister", ", UNICEF's regional director"
            || (end + 1..(end + 6).min(doc.tokens.len()))
                .take_while(|&t| !matches!(doc.token_text(t), "," | "." | ";"))
                .any(|t| th.has(t, is_office))
        {
            return true;
        }
    }
    false
}

/// Offices, codes and sectors of people from the words around their names.
fn attribute_people(doc: &mut Doc, kb: &Kb, th: &TokenHits) {
    // The office the text itself gives a person ("US Secretary of State Marco
    // Rubio"): it wins over the knowledge base's office for this report.
    let mut text_office: HashMap<usize, String> = HashMap::new();
    for mi in 0..doc.mentions.len() {
        let m = doc.mentions[mi].clone();
        if doc.entities[m.entity].kind != EntityKind::Person {
            continue;
        }
        let first_tok = doc.token_at(m.span.start);
        let (mut office, mut code, mut sector) = (None::<String>, None::<String>, None::<String>);
        let mut affiliations: Vec<usize> = Vec::new();
        // Before the name: "Russian Deputy Foreign Minister", "Trump's special envoy",
        // or set off by a comma: "the Ethiopian ambassador in Mogadishu, Mekdes Haile".
        let mut t = first_tok;
        if t >= 2 && doc.token_text(t - 1) == "," {
            t -= 1;
        }
        let mut loose_words = 0;
        // Whether the office is the text's own title for the name ("US Secretary
        // of State Marco Rubio", ", head of …"), and whether it was a former one.
        let mut titled = false;
        let mut two_titles = false;
        let mut former = false;
        let sent_start = doc
            .sentence_at(m.span.start)
            .map_or(0, |s| doc.sentences[s].first_token);
        while t > sent_start {
            let p = t - 1;
            let w = doc.token_lower(p);
            let targets = th.targets(p);
            if let Some(&Target::Office(o)) = targets.iter().find(|x| is_office(x)) {
                if office.is_none() || two_titles {
                    office = Some(kb.offices[o].office.clone());
                    sector = Some(kb.offices[o].sector.clone());
                    titled = true;
                    two_titles = false;
                }
            } else if w == "and" && office.is_some() && p > sent_start && th.has(p - 1, is_office) {
                // "Prime Minister and Foreign Minister X": the first title named.
                two_titles = true;
            } else if let Some(c) = code_of_targets(kb, targets) {
                // "ambassador in Mogadishu", "envoy to the United States",
                // "special envoy for Sudan": where, not whose.
                let hit_start = th.by_token[p].map_or(p, |h| doc.tokens_in(th.hits[h].0).start);
                let mut q = hit_start;
                while q > sent_start && doc.token_lower(q - 1) == "the" {
                    q -= 1;
                }
                let placed = office.is_none()
                    && q > sent_start
                    && matches!(doc.token_lower(q - 1), "in" | "to" | "at" | "for");
                if !placed {
                    code.get_or_insert(c.0);
                    if sector.is_none() && c.1 != "GOV" {
                        sector = Some(c.1);
                    }
                }
            } else if matches!(w, "in" | "to" | "at" | "for")
                && office.is_none()
                && code.is_none()
                && code_of_targets(kb, th.targets(p + 1))
                    .or_else(|| code_of_targets(kb, th.targets(p + 2)))
                    .is_some()
            {
                // the "in X" of a title: go on to the office's own words
            } else if matches!(w, "former" | "ex" | "then" | "erstwhile" | "late") {
                // "former Senator Marco Rubio": a past title, not this report's office
                former = true;
            } else if office.is_some()
                && loose_words < 2
                && w.chars().all(char::is_alphabetic)
                && ![
                    "said",
                    "says",
                    "told",
                    "and",
                    "or",
                    "with",
                    "by",
                    "for",
                    "from",
                    "that",
                    "who",
                    "which",
                    "according",
                    "was",
                    "is",
                    "were",
                    "are",
                    "has",
                    "had",
                    "have",
                    "will",
                    "met",
                    "after",
                    "before",
                    "when",
                ]
                .contains(&w)
            {
                // "Ukrainian military spokeswoman": words inside the title
                loose_words += 1;
            } else if w == "'s" || w == "’s" {
                // The possessor: a person or a state.
                if p > 0 {
                    if let Some(pm) = doc
                        .mentions
                        .iter()
                        .find(|x| x.span.end == doc.tokens[p - 1].span.end)
                    {
                        if let Some(c) = &doc.entities[pm.entity].code {
                            // "Japan's U.N. ambassador": the body in the title is the
                            // posting; the possessing state is whom the person acts for.
                            if doc.entities[pm.entity].kind == EntityKind::State {
                                code = Some(c.clone());
                            } else {
                                code.get_or_insert(c.clone());
                            }
                        } else if let Some(c) = kb_code(doc, kb, pm.entity) {
                            code.get_or_insert(c);
                        }
                    }
                }
                break;
            } else if ![
                "the",
                "of",
                "head",
                "chief",
                "former",
                "acting",
                "then",
                "newly",
                "appointed",
            ]
            .contains(&w)
                && !is_cap_word(doc, p)
            {
                break;
            }
            if let Some(im) = doc.mentions.iter().find(|x| {
                x.span.contains(doc.tokens[p].span)
                    && doc.entities[x.entity].kind == EntityKind::Institution
            }) {
                affiliations.push(im.entity);
                let e = &doc.entities[im.entity];
                if let Some(c) = &e.code {
                    code.get_or_insert(c.clone());
                }
                if office.is_none()
                    && doc.lower[..m.span.start]
                        .trim_end()
                        .ends_with(&e.name.to_ascii_lowercase())
                {
                    sector = sector.or(e.sector.clone());
                    if doc.lower[..im.span.start]
                        .trim_end()
                        .ends_with("head of the")
                    {
                        office = Some(format!("Head of the {}", e.name));
                    }
                }
            }
            t = p;
        }
        // "UN envoy Diego Cordovez", "EU mediator X": a title that names a
        // body inside an office's words and that no state claims is the
        // body's own official ("Russia's UN envoy" is Russia's, above).
        let name_token = doc.token_at(m.span.start);
        if code.is_none() {
            let body = (t..name_token).find_map(|k| kb.body_with_alias(doc.token_text(k)));
            if let Some(b) = body {
                code = Some(b.code.clone());
                sector = Some(if b.sector.is_empty() {
                    "IGO".into()
                } else {
                    b.sector.clone()
                });
            }
        }
        // After the name: ", head of the Russian Direct Investment Fund".
        let after = doc.token_at(m.span.end);
        if after + 1 < doc.tokens.len() && doc.token_text(after) == "," {
            let sent_end = doc
                .sentence_at(m.span.start)
                .map_or(doc.tokens.len(), |s| doc.sentences[s].end_token);
            let mut e = after + 1;
            while e < sent_end
                && e < after + 14
                && !matches!(
                    doc.token_text(e),
                    "," | "." | ";" | "(" | ":" | "—" | "\"" | "”"
                )
            {
                e += 1;
            }
            // An appositive is a noun phrase: it ends where a clause begins
            // ("…, a doctor at the hospital where the patients were treated").
            if doc.token_lower(after + 1) != "who" {
                if let Some(c) = (after + 2..e).find(|&p| clause_word(doc, p)) {
                    e = c;
                }
            }
            if e <= after + 1 {
                e = after + 1;
            }
            let app = if e > after + 1 {
                Span::new(doc.tokens[after + 1].span.start, doc.tokens[e - 1].span.end)
            } else {
                Span::new(doc.tokens[after].span.end, doc.tokens[after].span.end)
            };
            let app_lower = doc.lower_slice(app).to_string();
            let first = app_lower.split(' ').next().unwrap_or("");
            // ", and Caracas was represented by …", ", while …": another clause.
            let clause = clause_word(doc, after + 1) && first != "who"
                || matches!(first, "and" | "or" | "but" | "nor" | "so" | "yet" | "as");
            let starts_role = !clause && app_lower.split(' ').next().is_some_and(|w| {
                [
                    "head",
                    "chief",
                    "director",
                    "chairman",
                    "chairwoman",
                    "ceo",
                    "adviser",
                    "advisor",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "member",
                    "leader",
                    "deputy",
                    "the",
                    "a",
                    "an",
                    "secretary",
                    "president",
                    "minister",
                    "ambassador",
                    "envoy",
                    "commander",
                    "former",
                ]
                .contains(&w)
            }) || (after + 1..e.min(after + 7)).any(|p| th.has(p, is_office))
                                // "who speaks for the Georgian Foreign Ministry", "who teaches at Lagos University"
                || app_lower.starts_with("who ") && ["speaks", "represents", "heads", "leads", "chairs", "works", "teaches", "serves", "advises"].iter().any(|v| app_lower[4..].starts_with(v))
                // "UNICEF's regional director": a body or state owns the role.
                || (after + 2 < e && matches!(doc.token_lower(after + 2), "'s" | "’s") && code_of_targets(kb, th.targets(after + 1)).is_some());
            if starts_role {
                for p in after + 1..e {
                    if let Some(&Target::Office(o)) = th.targets(p).iter().find(|x| is_office(x)) {
                        if office.is_none() {
                            titled = true;
                            former = former || first == "former";
                        }
                        office.get_or_insert(kb.offices[o].office.clone());
                        sector.get_or_insert(kb.offices[o].sector.clone());
                    }
                    if let Some(c) = code_of_targets(kb, th.targets(p)) {
                        if code.is_none() {
                            code = Some(c.0);
                            if c.1 != "GOV" {
                                sector = Some(c.1);
                            }
                        }
                    }
                }
                for x in doc.mentions.iter().filter(|x| app.contains(x.span)) {
                    let ent = &doc.entities[x.entity];
                    if matches!(ent.kind, EntityKind::Institution | EntityKind::Body) {
                        affiliations.push(x.entity);
                    }
                    if matches!(ent.kind, EntityKind::Institution | EntityKind::Body)
                        && code.is_none()
                    {
                        code = ent.code.clone();
                        sector = ent.sector.clone().or(sector);
                    }
                }
                // "who teaches at Lagos University": the place tells the country.
                if code.is_none()
                    && (app_lower.starts_with("who teaches") || app_lower.starts_with("who works"))
                {
                    code = doc
                        .mentions
                        .iter()
                        .filter(|x| app.contains(x.span))
                        .find_map(|x| {
                            x.place
                                .or((doc.entities[x.entity].kind == EntityKind::Place)
                                    .then_some(x.entity))
                        })
                        .and_then(|pl| doc.entities[pl].geo.as_ref().map(|g| g.country.clone()))
                        .filter(|c| !c.is_empty());
                }
                let role_of_clause = if app_lower.starts_with("who speaks") {
                    Some("Spokesperson")
                } else if app_lower.starts_with("who teaches") {
                    Some("Expert")
                } else {
                    None
                };
                if let Some(o) = role_of_clause.and_then(|r| kb.office_named(r)) {
                    office.get_or_insert(o.office.clone());
                    sector.get_or_insert(o.sector.clone());
                }
                // A title the knowledge base lacks, in the text's own words:
                // "head of research at …", "director of the … Institute".
                if office.is_none()
                    && matches!(
                        first,
                        "head"
                            | "chief"
                            | "director"
                            | "chairman"
                            | "chairwoman"
                            | "chairperson"
                            | "ceo"
                            | "deputy"
                            | "adviser"
                            | "advisor"
                            | "commander"
                    )
                    && app_lower.split(' ').count() <= 10
                {
                    let text = doc.slice(app);
                    let mut o = text.to_string();
                    if let Some(f) = o.get_mut(0..1) {
                        f.make_ascii_uppercase();
                    }
                    office = Some(o);
                }
            }
        }
        // "Foreign Minister Lena Vaskova of Estonia": a titled name, then
        // "of" and a state or body.
        if code.is_none() && office.is_some() {
            let after = doc.token_at(m.span.end);
            if after + 1 < doc.tokens.len() && doc.token_lower(after) == "of" {
                let mut p = after + 1;
                if p + 1 < doc.tokens.len() && doc.token_lower(p) == "the" {
                    p += 1;
                }
                if let Some(c) = code_of_targets(kb, th.targets(p)) {
                    code = Some(c.0);
                    if c.1 != "GOV" {
                        sector = Some(c.1);
                    }
                }
            }
        }
        if titled && !former {
            if let Some(o) = &office {
                text_office.entry(m.entity).or_insert_with(|| o.clone());
            }
        }
        let ent = &mut doc.entities[m.entity];
        for a in affiliations {
            if !ent.affiliations.contains(&a) {
                ent.affiliations.push(a);
            }
        }
        if ent.office.is_none() {
            ent.office = office;
        }
        if ent.code.is_none() {
            ent.code = code;
        }
        if ent.sector.is_none() {
            ent.sector = sector;
        }
    }
    // Known people: their office on the publication date.
    for (ei, e) in doc
        .entities
        .iter_mut()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
    {
        if let Some(p) = kb.person_named(&e.name) {
            let said = text_office.get(&ei);
            // The text names one of the person's offices: that term, in force
            // on the day if several are.
            let named_term = said.and_then(|o| {
                let of = p.terms.iter().filter(|t| &t.office == o);
                let d = doc.published;
                of.clone()
                    .filter(|t| {
                        d.is_none_or(|d| {
                            t.start.is_none_or(|s| s <= d) && t.end.is_none_or(|x| d <= x)
                        })
                    })
                    .max_by_key(|t| t.start)
                    .or_else(|| of.max_by_key(|t| t.start))
            });
            // A specific title the knowledge base does not list for them
            // (not a word every office shares, like "official" or "diplomat").
            let own_title =
                said.filter(|o| named_term.is_none() && !kb.role_words.contains(&o.to_lowercase()));
            if let Some(term) = named_term {
                e.code = Some(term.code.clone());
                e.office = Some(term.office.clone());
                e.sector = Some(term.sector.clone())
                    .filter(|s| !s.is_empty())
                    .or(e.sector.take());
            } else if let Some(o) = own_title {
                if let Some(term) = p.term_at(doc.published) {
                    e.code = Some(term.code.clone());
                }
                e.office = Some(o.clone());
                if let Some(office) = kb.office_named(o) {
                    e.sector = Some(office.sector.clone());
                }
            } else if let Some(term) = p.term_at(doc.published) {
                e.code = Some(term.code.clone());
                let in_office = doc.published.is_none_or(|d| p.in_office(d));
                if in_office || e.office.is_none() {
                    e.office = Some(term.office.clone());
                    e.sector = Some(term.sector.clone())
                        .filter(|s| !s.is_empty())
                        .or(e.sector.take());
                }
            }
        }
        if let Some(o) = e.office.as_ref().and_then(|o| kb.office_named(o)) {
            e.roles = o.roles.clone();
            if e.sector.is_none() {
                e.sector = Some(o.sector.clone());
            }
        }
        if e.sector.is_none() && e.code.is_some() {
            e.sector = Some("GOV".into());
        }
    }
    // "President Levy Mwanawasa … the Zambian people": a titled person the
    // knowledge base does not know acts for the one state their sentences name.
    for ei in 0..doc.entities.len() {
        let e = &doc.entities[ei];
        if e.kind != EntityKind::Person || e.code.is_some() || e.office.is_none() {
            continue;
        }
        let own: Vec<Span> = doc
            .mentions
            .iter()
            .filter(|m| m.entity == ei)
            .map(|m| m.span)
            .collect();
        let sentences: Vec<usize> = own
            .iter()
            .filter_map(|span| doc.sentence_at(span.start))
            .collect();
        // "General Ivan Petrov met Turkish officials": a state named after
        // a verb of meeting the person's mention comes before is the other
        // side, not theirs.
        let met = |m: &Mention| {
            own.iter().any(|p| {
                p.end <= m.span.start
                    && doc.sentence_at(p.start) == doc.sentence_at(m.span.start)
                    && (doc.token_at(p.end)..doc.token_at(m.span.start)).any(|t| {
                        doc.syntax.get(t).is_some_and(|x| {
                            x.upos == "VERB" && kb.lexicon.in_class("encounter", &x.lemma)
                        })
                    })
            })
        };
        let mut codes: Vec<&str> = doc
            .mentions
            .iter()
            .filter(|m| {
                doc.sentence_at(m.span.start)
                    .is_some_and(|s| sentences.contains(&s))
                    && !met(m)
            })
            .filter_map(|m| {
                let o = &doc.entities[m.entity];
                match o.kind {
                    EntityKind::State => o.code.as_deref(),
                    EntityKind::Place => o.geo.as_ref().map(|g| g.country.as_str()),
                    _ => None,
                }
            })
            .filter(|c| c.len() == 3)
            .collect();
        codes.sort_unstable();
        codes.dedup();
        if let [only] = codes[..] {
            let only = only.to_string();
            let e = &mut doc.entities[ei];
            e.code = Some(only);
            if e.sector.is_none() {
                e.sector = Some("GOV".into());
            }
        }
    }
}

/// The span of "X-led forces" from the span of "X": the state's name,
/// a hyphen, "led" and the noun it leads.
fn led_by(doc: &Doc, span: Span) -> Option<Span> {
    let t = doc.token_at(span.end);
    if t + 2 >= doc.tokens.len()
        || doc.token_text(t) != "-"
        || doc.tokens[t].span.start != span.end
        || !matches!(doc.token_lower(t + 1), "led" | "commanded")
    {
        return None;
    }
    let noun = doc.token_text(t + 2);
    noun.chars()
        .all(|c| c.is_alphabetic() && c.is_lowercase())
        .then(|| Span::new(span.start, doc.tokens[t + 2].span.end))
}

fn kb_code(doc: &Doc, kb: &Kb, e: usize) -> Option<String> {
    let name = &doc.entities[e].name;
    kb.person_named(name)
        .and_then(|p| p.term_at(doc.published))
        .map(|t| t.code.clone())
}

/// The state code (and sector) that gazetteer targets name, if any.
fn code_of_targets(kb: &Kb, targets: &[Target]) -> Option<(String, String)> {
    targets.iter().find_map(|t| match *t {
        Target::Body(i) => Some((
            kb.bodies[i].code.clone(),
            if kb.bodies[i].sector.is_empty() {
                "IGO".to_string()
            } else {
                kb.bodies[i].sector.clone()
            },
        )),
        Target::State(i) | Target::StateAdjective(i) => {
            Some((kb.states[i].code.clone(), "GOV".to_string()))
        }
        Target::Metonym(i) => Some((kb.metonyms[i].code.clone(), kb.metonyms[i].sector.clone())),
        _ => None,
    })
}

/// "Moscow was represented by A, B and C, and Washington by D": A, B and C act for Moscow.
/// The text's own words say whom a person acts for: they win over the knowledge
/// base and over any state named near the name.
fn delegations(doc: &mut Doc, kb: &Kb, th: &TokenHits) {
    // "The Israeli delegation, led by A": A acts for Israel.
    for s in 0..doc.sentences.len() {
        let span = doc.sentences[s].span;
        if !doc.lower_slice(span).contains("delegation") {
            continue;
        }
        let lower = doc.lower_slice(span).to_string();
        for phrase in [
            "delegation led by ",
            "delegation, led by ",
            "delegation headed by ",
            "delegation, headed by ",
        ] {
            let mut from = 0;
            while let Some(k) = lower[from..].find(phrase) {
                let at = span.start + from + k;
                from += k + phrase.len();
                let side = doc
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.span.end <= at && m.span.start + 40 >= at && m.span.start >= span.start
                    })
                    .rfind(|m| doc.entities[m.entity].kind != EntityKind::Person)
                    .and_then(|m| doc.entities[m.entity].code.clone());
                if let Some(code) = side {
                    for p in listed_people(doc, th, span.start + from, span.end) {
                        doc.entities[p].code = Some(code.clone());
                    }
                }
            }
        }
    }
    for s in 0..doc.sentences.len() {
        let span = doc.sentences[s].span;
        if !doc.lower_slice(span).contains("represented by") {
            continue;
        }
        // Each side: a state followed by "was represented by" or, elided, "by".
        let sides: Vec<(usize, String)> = doc
            .mentions
            .iter()
            .filter(|m| span.contains(m.span))
            .filter(|m| {
                matches!(
                    doc.entities[m.entity].kind,
                    EntityKind::State | EntityKind::Institution | EntityKind::Body
                )
            })
            .filter_map(|m| {
                let mut after = doc.lower[m.span.end..span.end].trim_start();
                // "Moscow's delegation was represented by", "the Russian side was …"
                for w in ["'s ", "’s "] {
                    after = after.strip_prefix(w).unwrap_or(after);
                }
                let mut group = false;
                for w in ["delegation ", "side ", "team ", "government "] {
                    if let Some(rest) = after.strip_prefix(w) {
                        after = rest;
                        group = true;
                    }
                }
                if m.form == MentionForm::Adjective && !group {
                    return None;
                }
                let by = [
                    "was represented by ",
                    "were represented by ",
                    "is represented by ",
                    "will be represented by ",
                    "by ",
                ]
                .iter()
                .find(|p| after.starts_with(**p))?;
                let region = span.end - after.len() + by.len();
                Some((region, doc.entities[m.entity].code.clone()?))
            })
            .collect();
        for (i, (from, code)) in sides.iter().enumerate() {
            let to = sides.get(i + 1).map_or(span.end, |(next, _)| *next);
            for p in listed_people(doc, th, *from, to) {
                doc.entities[p].code = Some(code.clone());
            }
        }
    }
    // "A represented Baku", "A, who heads the Armenian delegation", "A speaks
    // for the Kremlin": the state or body A acts for.
    let n = doc.tokens.len();
    let people: Vec<(usize, usize)> = doc
        .mentions
        .iter()
        .filter(|m| m.form == MentionForm::Name)
        .filter(|m| doc.entities[m.entity].kind == EntityKind::Person)
        .map(|m| (m.entity, doc.token_at(m.span.end)))
        .collect();
    for (p, mut t) in people {
        // ", who leads …" is about A; ", leading …" may be about the subject.
        if t + 1 < n && doc.token_text(t) == "," {
            if doc.token_lower(t + 1) != "who" {
                continue;
            }
            t += 1;
        }
        if t < n && doc.token_lower(t) == "who" {
            t += 1;
        }
        if t >= n {
            continue;
        }
        let leads = match doc.token_lower(t) {
            "represents" | "represented" | "representing" | "represent" => false,
            "leads" | "led" | "leading" | "heads" | "headed" | "heading" => true,
            "speaks" | "spoke" | "speaking" if t + 1 < n && doc.token_lower(t + 1) == "for" => {
                t += 1;
                false
            }
            _ => continue,
        };
        t += 1;
        if t < n && doc.token_lower(t) == "the" {
            t += 1;
        }
        if t >= n {
            continue;
        }
        let Some(hit) = th.by_token[t] else { continue };
        let hit_span = th.hits[hit].0;
        if hit_span.start != doc.tokens[t].span.start {
            continue;
        }
        let Some((code, _)) = code_of_targets(kb, th.hits[hit].1) else {
            continue;
        };
        // "led the Russian delegation", "heads Moscow's team": an adjective or
        // a lead verb needs the group it leads.
        let adjective = th.hits[hit]
            .1
            .iter()
            .all(|x| matches!(x, Target::StateAdjective(_) | Target::Office(_)));
        let mut u = doc.tokens_in(hit_span).end;
        let possessive = u < n && matches!(doc.token_lower(u), "'s" | "’s");
        if possessive {
            u += 1;
        }
        let group = u < n
            && matches!(
                doc.token_lower(u),
                "delegation" | "side" | "team" | "government" | "mission" | "negotiators"
            );
        if (adjective || possessive || leads && u < n && is_cap_word(doc, u)) && !group {
            continue;
        }
        doc.entities[p].code = Some(code);
    }
}

/// The people listed from `from` on, before `to`: "Foreign Minister A, his
/// deputy B and C". The list ends where a clause begins ("…, who met D").
fn listed_people(doc: &Doc, th: &TokenHits, from: usize, to: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = from;
    let mut t = doc.token_at(from);
    while t < doc.tokens.len() && doc.tokens[t].span.start < to {
        let tok = doc.tokens[t];
        if let Some(m) = doc.mentions.iter().find(|m| {
            m.span.start == tok.span.start && doc.entities[m.entity].kind == EntityKind::Person
        }) {
            out.push(m.entity);
            pos = m.span.end;
            t = doc.token_at(pos);
            continue;
        }
        let w = doc.token_lower(t);
        let title_word = !th.targets(t).is_empty()
            || is_cap_word(doc, t)
            || matches!(
                w,
                "," | "and" | "the" | "his" | "her" | "its" | "their" | "'s" | "’s"
            );
        if !title_word || clause_word(doc, t) || tok.span.start > pos + 80 {
            break;
        }
        t += 1;
    }
    out
}

/// "Viktor Orban, a close ally of Trump, said he would not attend": the
/// person named before an aside set off by commas, whose verb of saying
/// comes right after it, is the "he" of the statement (not the last person
/// the aside names). `t` is the pronoun's token.
fn speaker_before_aside(doc: &Doc, t: usize) -> Option<usize> {
    if t < 4
        || doc.token_lower(t - 2) != ","
        || !matches!(
            doc.token_lower(t - 1),
            "said" | "says" | "told" | "added" | "insisted" | "stressed" | "warned"
        )
    {
        return None;
    }
    let first = doc
        .sentence_at(doc.tokens[t].span.start)
        .map_or(0, |s| doc.sentences[s].first_token);
    let open = (first..t - 2)
        .rev()
        .take(12)
        .find(|&k| doc.token_lower(k) == ",")?;
    let before = doc.tokens[open].span.start;
    doc.mentions
        .iter()
        .find(|m| m.span.end == before && doc.entities[m.entity].kind == EntityKind::Person)
        .map(|m| m.entity)
}

/// "the diplomat", "the head of Russian diplomacy", "Putin's special envoy",
/// "he": mentions of people already named (or known to hold the office).
fn descriptions(doc: &mut Doc, kb: &Kb, th: &TokenHits, reg: &mut Registry) {
    let role_words = &kb.role_words;
    let office_by_pattern = &kb.office_by_pattern;
    let mut new_mentions = Vec::new();
    let n = doc.tokens.len();
    let mut t = 0;
    while t < n {
        let w = doc.token_lower(t);
        // Pronouns: the latest person mentioned before.
        if matches!(w, "he" | "she" | "his" | "her" | "him") {
            let speaker = matches!(w, "he" | "she")
                .then(|| speaker_before_aside(doc, t))
                .flatten();
            let latest = || latest_person(doc, &new_mentions, doc.tokens[t].span.start, |_| true);
            if let Some(e) = speaker.or_else(latest) {
                new_mentions.push(Mention {
                    span: doc.tokens[t].span,
                    entity: e,
                    form: MentionForm::Pronoun,
                    place: None,
                });
            }
            t += 1;
            continue;
        }
        let possessor = t >= 2 && matches!(doc.token_lower(t - 1), "'s" | "’s");
        if !(w == "the" || possessor) {
            t += 1;
            continue;
        }
        // Words of the description: "the [Russian] head of [Russian] diplomacy".
        let start = if possessor { t } else { t + 1 };
        let mut end = start;
        let mut reduced: Vec<&str> = Vec::new();
        let mut code = None;
        let mut office = None;
        let mut role = None;
        // A body the office phrase names ("the IAEA chief", "the UN
        // envoy"): whom its holder works for.
        let mut body = None;
        while end < n && end < start + 7 {
            let targets = th.targets(end);
            let lw = doc.token_lower(end);
            if let Some(&Target::Office(o)) = targets.iter().find(|x| is_office(x)) {
                office = Some(o);
                // Skip the rest of the office phrase.
                let hit = th.by_token[end].expect("office hit");
                let words = doc.tokens_in(th.hits[hit].0);
                body = body.or_else(|| body_named_in(doc, kb, words.clone()));
                end = words.end;
                continue;
            }
            if let Some(c) = code_of_targets(kb, targets) {
                if targets
                    .iter()
                    .any(|x| matches!(x, Target::StateAdjective(_) | Target::State(_)))
                {
                    code = Some(c.0);
                    let hit = th.by_token[end].expect("state hit");
                    end = doc.tokens_in(th.hits[hit].0).end;
                    continue;
                }
            }
            // "the head of …" goes on: the role is in what follows.
            let goes_on = end + 1 < n && doc.token_lower(end + 1) == "of";
            if role_words.contains(lw) && office.is_none() && !goes_on {
                role = Some(lw.to_string());
                end += 1;
                break;
            }
            // Office phrases split by a state word: "head of [Russian] diplomacy".
            reduced.push(lw);
            if let Some(&o) = office_by_pattern.get(reduced.join(" ").as_str()) {
                office = Some(o);
                role = kb.offices[o].roles.first().cloned();
                end += 1;
                break;
            }
            if matches!(lw, "of" | "the") || LEADS.contains(&lw) {
                end += 1;
                continue;
            }
            break;
        }
        // "the head of the Russian Direct Investment Fund": whoever the text tied to it.
        if office.is_none()
            && role.is_none()
            && end > start
            && LEADS.contains(&doc.token_lower(start))
        {
            let pos = doc.tokens[end.min(n - 1)].span.start;
            if let Some(inst) = doc.mentions.iter().find(|m| {
                m.span.start <= pos
                    && pos < m.span.end
                    && matches!(
                        doc.entities[m.entity].kind,
                        EntityKind::Institution | EntityKind::Body
                    )
            }) {
                let (inst_e, inst_end) = (inst.entity, inst.span.end);
                let span = Span::new(doc.tokens[start].span.start, inst_end);
                let follows_name = {
                    let after = doc.token_at(inst_end);
                    after < n
                        && doc.mentions.iter().any(|m| {
                            m.span.start == doc.tokens[after].span.start
                                && doc.entities[m.entity].kind == EntityKind::Person
                        })
                };
                if !follows_name {
                    // Nobody of it named before: the body acts through
                    // its head.
                    let e = latest_person(doc, &new_mentions, span.start, |e| {
                        doc.entities[e].affiliations.contains(&inst_e)
                    })
                    .unwrap_or(inst_e);
                    new_mentions.push(Mention {
                        span,
                        entity: e,
                        form: MentionForm::Description,
                        place: None,
                    });
                }
                t = doc.token_at(inst_end).max(t + 1);
                continue;
            }
        }
        if office.is_none() && role.is_none() {
            t += 1;
            continue;
        }
        // A name right after means this is a title, not a description.
        if end < n
            && is_cap_word(doc, end)
            && doc.mentions.iter().any(|m| {
                m.span.start == doc.tokens[end].span.start
                    && doc.entities[m.entity].kind == EntityKind::Person
            })
        {
            t = end;
            continue;
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        let possessor_entity = if possessor {
            doc.mentions
                .iter()
                .find(|m| m.span.end == doc.tokens[t - 2].span.end)
                .map(|m| m.entity)
        } else {
            None
        };
        // "Qatar's prime minister": a state that owns the office is its code.
        let code = code.or_else(|| {
            possessor_entity
                .filter(|&p| doc.entities[p].kind == EntityKind::State)
                .and_then(|p| doc.entities[p].code.clone())
        });
        // "the EU's foreign policy chief", "the IAEA chief": the body's.
        let body_entity = possessor_entity
            .filter(|&p| doc.entities[p].kind == EntityKind::Body)
            .or_else(|| {
                body.map(|i| {
                    let b = &kb.bodies[i];
                    reg.get_or_add(doc, format!("B:{i}"), || {
                        entity(&b.name, EntityKind::Body, Some(&b.code), Some(&b.sector))
                    })
                })
            });
        let code = code.or_else(|| body_entity.and_then(|b| doc.entities[b].code.clone()));
        let office_name = office.map(|o| kb.offices[o].office.clone());
        let office_roles: Vec<String> = office
            .map(|o| kb.offices[o].roles.clone())
            .unwrap_or_default();
        let matches = |e: &Entity| -> bool {
            if Some(e.office.as_deref().unwrap_or("")) == office_name.as_deref()
                && office_name.is_some()
            {
                return code.is_none() || e.code == code;
            }
            let rl = role.as_deref().or(office_roles.first().map(String::as_str));
            rl.is_some_and(|r| e.roles.iter().any(|x| x == r)) && (code.is_none() || e.code == code)
        };
        let found = latest_person(doc, &new_mentions, span.start, |e| {
            Some(e) != possessor_entity && matches(&doc.entities[e])
        })
        .or_else(|| {
            // Nobody named yet: the holder of that office on the day, if known
            // and the office is one a state has one of at a time.
            let o = office_name.as_ref()?;
            if office.is_some_and(|i| kb.offices[i].many_holders) {
                return None;
            }
            let c = code
                .clone()
                .or_else(|| possessor_entity.and_then(|p| doc.entities[p].code.clone()))?;
            let p = kb.people.iter().position(|p| {
                p.terms.iter().any(|term| {
                    &term.office == o
                        && term.code == c
                        && doc.published.is_none_or(|d| {
                            term.start.is_none_or(|s| s <= d) && term.end.is_none_or(|x| d <= x)
                        })
                })
            })?;
            let person = &kb.people[p];
            let term = person.term_at(doc.published)?.clone();
            let roles = kb
                .office_named(&term.office)
                .map(|o| o.roles.clone())
                .unwrap_or_default();
            Some(reg.get_or_add(doc, format!("K:{p}"), || {
                let mut e = entity(
                    &person.name,
                    EntityKind::Person,
                    Some(&term.code),
                    Some(&term.sector),
                );
                e.office = Some(term.office.clone());
                e.roles = roles;
                e
            }))
        })
        .or_else(|| {
            // "Putin's special envoy": someone else named just before.
            possessor_entity?;
            latest_person(doc, &new_mentions, span.start, |e| {
                Some(e) != possessor_entity
            })
        })
        // Nobody known holds it: the body itself acts through its officer
        // ("the UN envoy urged …" is the UN's request).
        .or(body_entity.filter(|_| office.is_some()));
        if let Some(e) = found {
            new_mentions.push(Mention {
                span,
                entity: e,
                form: MentionForm::Description,
                place: None,
            });
        }
        t = end.max(t + 1);
    }
    doc.mentions.extend(new_mentions);
    doc.mentions.sort_by_key(|m| m.span.start);
}

/// Words of one who leads a body: "the head of the Russian Direct
/// Investment Fund", "the chairperson of the African Union Commission".
const LEADS: &[&str] = &[
    "head",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "ceo",
];

/// The body that capitalised words of an office phrase name, the longest
/// run first: "IAEA" in "IAEA chief", "African Union Commission" in
/// "chairperson of the African Union Commission".
fn body_named_in(doc: &Doc, kb: &Kb, words: std::ops::Range<usize>) -> Option<usize> {
    let body = |from: usize, to: usize| {
        let span = Span::new(doc.tokens[from].span.start, doc.tokens[to - 1].span.end);
        kb.gazetteer
            .lookup(doc.slice(span))
            .iter()
            .find_map(|x| match *x {
                Target::Body(i) => Some(i),
                _ => None,
            })
    };
    let mut t = words.start;
    while t < words.end {
        if !is_cap_word(doc, t) {
            t += 1;
            continue;
        }
        let run_end = (t..words.end)
            .find(|&u| !is_cap_word(doc, u))
            .unwrap_or(words.end);
        for from in t..run_end {
            if let Some(i) = (from + 1..=run_end).rev().find_map(|to| body(from, to)) {
                return Some(i);
            }
        }
        t = run_end;
    }
    None
}

/// "the bloc", "the 27-nation bloc", "the Western alliance", "the
/// kingdom": a body or state named before, by what the knowledge base says
/// news calls it (`called` in `bodies.tsv` and `states.tsv`); the latest
/// named before that is called so.
fn body_descriptions(doc: &mut Doc, kb: &Kb) {
    let body_called = |b: &detente_kb::Body, w: &str| b.called.iter().any(|c| c == w);
    let state_called = |s: &detente_kb::State, w: &str| s.called.iter().any(|c| c == w);
    // The words, gathered once a document rather than asked of every "the".
    let called_words: std::collections::HashSet<&str> = kb
        .bodies
        .iter()
        .flat_map(|b| &b.called)
        .chain(kb.states.iter().flat_map(|s| &s.called))
        .map(String::as_str)
        .collect();
    let called_so = |w: &str| called_words.contains(w);
    let is_called = |e: &detente_doc::Entity, w: &str| match e.kind {
        EntityKind::Body => kb
            .bodies
            .iter()
            .any(|b| b.name == e.name && body_called(b, w)),
        EntityKind::State => kb
            .states
            .iter()
            .any(|s| Some(&s.code) == e.code.as_ref() && state_called(s, w)),
        _ => false,
    };
    if called_words.is_empty() {
        return;
    }
    let n = doc.tokens.len();
    let mut new_mentions = Vec::new();
    for t in 0..n {
        if doc.token_lower(t) != "the" {
            continue;
        }
        // Modifiers between: "27-nation", "Western", "military".
        let modifier = |k: usize| {
            doc.syntax
                .get(k)
                .is_some_and(|x| matches!(x.upos, "ADJ" | "NUM"))
                || matches!(doc.token_lower(k), "-" | "nation" | "member" | "country")
        };
        let Some(k) = (t + 1..n.min(t + 6)).find(|&k| !modifier(k)) else {
            continue;
        };
        let w = doc.token_lower(k);
        if !called_so(w) {
            continue;
        }
        let span = Span::new(doc.tokens[t].span.start, doc.tokens[k].span.end);
        if doc.mentions.iter().any(|m| m.span.overlaps(span)) {
            continue;
        }
        let latest = doc
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= span.start && m.form == MentionForm::Name)
            .find(|m| is_called(&doc.entities[m.entity], w));
        if let Some(m) = latest {
            new_mentions.push(Mention {
                span,
                entity: m.entity,
                form: MentionForm::Description,
                place: None,
            });
        }
    }
    if !new_mentions.is_empty() {
        doc.mentions.extend(new_mentions);
        doc.mentions.sort_by_key(|m| m.span.start);
    }
}

/// The latest person mentioned before `pos` (in this or the previous blocks)
/// that `accept` takes.
fn latest_person(
    doc: &Doc,
    extra: &[Mention],
    pos: usize,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    let block_of = |p: usize| {
        doc.sentence_at(p)
            .map(|s| doc.sentences[s].block)
            .unwrap_or(0)
    };
    let here = block_of(pos);
    let pick = |m: &Mention| -> Option<(usize, usize)> {
        (m.span.end <= pos
            && doc.entities[m.entity].kind == EntityKind::Person
            && accept(m.entity)
            && block_of(m.span.start) + 3 >= here)
            .then_some((m.span.start, m.entity))
    };
    doc.mentions
        .iter()
        .filter_map(pick)
        .chain(extra.iter().filter_map(pick))
        .max_by_key(|x| x.0)
        .map(|x| x.1)
}

/// For every token, whether it is a capitalised word of a name recognised
/// in `doc` (a person's, "Xi", "Jinping"; a state's, a place's or a
/// body's, "Beijing"): the parse stage reads them as proper nouns whatever
/// its tagger guessed. A word the tagger took for a function word ("To
/// Lam") only inside a longer name, not opening a sentence.
pub fn name_tokens(doc: &Doc) -> Vec<bool> {
    let mut out = vec![false; doc.tokens.len()];
    let opens_sentence = |t: usize| {
        doc.sentence_at(doc.tokens[t].span.start)
            .is_some_and(|s| doc.sentences[s].first_token == t)
    };
    for m in &doc.mentions {
        if !matches!(m.form, MentionForm::Name | MentionForm::Metonym) {
            continue;
        }
        let words = doc.tokens_in(m.span);
        let long = words.len() >= 2;
        // Other names only where the tagger took a word for a verb or a
        // particle ("Beijing slammed …" read as a verb): their common
        // nouns and adjectives ("World Food Programme") are the treebank's.
        // People and states are proper nouns word by word ("Sri Lanka",
        // "Saudi Arabia", as the treebank tags them).
        let person = matches!(
            doc.entities[m.entity].kind,
            EntityKind::Person | EntityKind::State
        );
        let last = words.end.saturating_sub(1);
        for t in words {
            // A one-word name read as an adjective ("Hungary voiced …",
            // "Sweden sent …") is no modifier: the parser would hang the
            // verb on it. Nor is a name's last word ("Amnesty International
            // urged …"): a name ends with its noun.
            let adjective = doc.syntax.get(t).is_some_and(|x| x.upos == "ADJ");
            let lone_adjective = adjective && (!long || t == last);
            if !person
                && !lone_adjective
                && doc
                    .syntax
                    .get(t)
                    .is_none_or(|x| matches!(x.upos, "NOUN" | "ADJ" | "PROPN" | "NUM"))
            {
                continue;
            }
            let capital = doc
                .token_text(t)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let function_word = doc.syntax.get(t).is_some_and(|x| {
                matches!(
                    x.upos,
                    "ADP" | "DET" | "PRON" | "AUX" | "CCONJ" | "PART" | "NUM"
                )
            });
            out[t] = capital && (!function_word || long && !opens_sentence(t));
        }
    }
    out
}
