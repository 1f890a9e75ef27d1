//! The event stage: from a recognised [`Doc`] to its [`Event`]s.
//!
//! For each sentence, [`triggers`] finds the phrases of the event-pattern
//! knowledge base ([`EventPattern`](detente_kb::EventPattern)); [`roles`]
//! finds who acts and who is acted upon (subject and object, "between A and
//! B", "A's meeting with B", "the A and B delegations", passives); [`status`]
//! decides whether the event occurred, is planned, is claimed by someone,
//! is negated, or is only hypothetical (then it is no event); the date and
//! place come from the clause, else from the paragraph. Finally
//! [`merge`] folds the several reports of one real-world event (paragraph,
//! caption, recap, "this call") into one event with several mentions.

mod frames;
mod merge;
mod roles;
mod status;
pub mod trees;
mod triggers;

use detente_doc::{Doc, EntityKind, Event, EventMention, MentionForm, Party, Span, Status};
use detente_kb::Kb;
use std::collections::HashMap;

pub use triggers::{find_triggers, Trigger};

/// Choices of the event stage.
#[derive(Clone, Debug, Default)]
pub struct EventOptions {
    /// Keep events the text says did not happen (`negated: true`).
    pub include_negated: bool,
}

/// A candidate event before merging, with what merging needs to know.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub event: Event,
    /// Its date is the day a statement reported it ("…, the ministry said
    /// Friday"): a report that dates the act itself wins over it.
    pub said_date: bool,
    /// "the meeting", "this call": a report of an event told before.
    pub anaphoric: bool,
    /// The event's parties came from the document's main pair, not its words.
    pub guessed_parties: bool,
    /// The document's main pair, for a reference to talks never reported before.
    pub fallback: Vec<Party>,
    /// Told as one more act ("It also froze …"): no retelling of an act of
    /// another sentence.
    pub further: bool,
}

/// Event types where one side does something to the other against its will.
const HOSTILE: &[&str] = &["ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"];

/// Acts a state does on its own territory that are coded on itself.
const DOMESTIC_ON_PLACE: &[&str] = &[
    "COERCE", "THREATEN", "RETREAT", "CONCEDE", "MOBILIZE", "ASSAULT",
];

/// Find the events of `doc`.
pub fn extract_events(doc: &mut Doc, kb: &Kb, opts: &EventOptions) {
    extract_events_with(doc, kb, opts, None);
}

/// [`extract_events`] given each sentence's triggers as [`find_triggers`]
/// finds them (`trees::TreeChoice::triggers`, found once to choose the
/// sentences to parse), or `None` to find them here.
pub fn extract_events_with(
    doc: &mut Doc,
    kb: &Kb,
    opts: &EventOptions,
    mut found: Option<Vec<Vec<Trigger>>>,
) {
    // Each sentence's tree made once for all the questions asked of it.
    let _trees = frames::TreeCache::arm();
    let dyad = main_dyad(doc);
    let home = main_state(doc);
    let home_by_places = main_place_state(doc);
    let mut cands: Vec<Candidate> = Vec::new();
    let quote_spans: Vec<Span> = doc.quotes.iter().map(|q| q.span).collect();
    let mut carried_claim: Option<(usize, Option<usize>)> = None; // (block, claimer)
    for s in 0..doc.sentences.len() {
        let sent = doc.sentences[s].clone();
        let block = sent.block;
        if doc.slice(sent.span).trim_end().ends_with('?') {
            continue;
        }
        // Attribution in this sentence, or carried from the report before it.
        let claim_here = status::attribution(doc, kb, s);
        if let Some(c) = claim_here {
            carried_claim = Some((block, c.claimer));
        } else if carried_claim.is_some_and(|(b, _)| b != block) {
            carried_claim = None;
        }
        let mut triggers = match found.as_mut() {
            Some(found) => std::mem::take(&mut found[s]),
            None => find_triggers(doc, kb, s),
        };
        // "the Rapid Support Forces", "the Committee to Protect
        // Journalists": a word of a body's name is no act.
        triggers.retain(|t| {
            !doc.mentions.iter().any(|m| {
                m.form == MentionForm::Name
                    && m.span.contains(t.span)
                    && !matches!(
                        doc.entities[m.entity].kind,
                        EntityKind::State | EntityKind::Place
                    )
            })
        });
        // Each trigger's tokens and type, for the tests below ("reached a
        // ceasefire deal": a noun of an act that another trigger of its type
        // already spans the verb of is that act).
        let acts: Vec<(usize, usize, &str)> = triggers
            .iter()
            .map(|t| {
                (
                    t.first,
                    t.end,
                    kb.patterns.patterns[t.pattern].event.as_str(),
                )
            })
            .collect();
        // "spoke with Fidan during a telephone call", "In a phone call,
        // Blinken told Fidan …": the call is how the talk was held.
        let phone_manner = |t: &Trigger| {
            let p = &kb.patterns.patterns[t.pattern];
            (p.kind == "noun" && p.event == "CONSULT" && p.mode.as_deref() == Some("phone"))
                .then(|| frames::manner_of_act(doc, kb, s, t.end - 1, "CONSULT", &acts))
                .flatten()
        };
        let manners: Vec<usize> = triggers
            .iter()
            .filter(|t| {
                let p = &kb.patterns.patterns[t.pattern];
                let single = t.end == t.first + 1;
                p.kind == "verb"
                    && single
                    && (frames::manner_of_act(doc, kb, s, t.first, &p.event, &acts).is_some()
                        || p.event == "PROTEST"
                            && frames::acted_on_crowd(doc, kb, s, t.first, &acts))
                    || p.kind == "noun"
                        && single
                        && frames::object_of_same_act(doc, t.first, &p.event, &acts)
                    || p.event == "ASSAULT"
                        && frames::subject_of_same_act(doc, s, t.first, t.end, &p.event, &acts)
                            .is_some()
                    // (Also a verb pattern's word read as a noun: "bomb".)
                    || p.event == "ASSAULT"
                        && frames::weapon_of_other_act(doc, kb, s, t.first, t.end)
                    || p.kind == "verb" && frames::not_a_verb(doc, t.first, t.end)
                    || phone_manner(t).is_some()
            })
            .map(|t| t.first)
            .collect();
        // The weapon a noun attack names is the mode of the verb it is the
        // subject or the circumstance of ("a drone strike killed …",
        // "wounded two soldiers in a bomb attack").
        let subject_modes: Vec<(usize, String)> = triggers
            .iter()
            .filter_map(|t| {
                if let Some(v) = phone_manner(t) {
                    return Some((v, "phone".to_string()));
                }
                let p = &kb.patterns.patterns[t.pattern];
                if p.event != "ASSAULT" || !manners.contains(&t.first) {
                    return None;
                }
                let mode = p
                    .mode
                    .clone()
                    .or_else(|| frames::lexicon_mode(doc, kb, s, t.first, t.end, &p.event))?;
                frames::subject_of_same_act(doc, s, t.first, t.end, &p.event, &acts)
                    .or_else(|| frames::manner_of_act(doc, kb, s, t.first, &p.event, &acts))
                    .map(|v| (v, mode))
            })
            .collect();
        triggers.retain(|t| !manners.contains(&t.first));
        let taken: Vec<Span> = triggers.iter().map(|t| t.span).collect();
        let taken_types: Vec<&str> = triggers
            .iter()
            .map(|t| kb.patterns.patterns[t.pattern].event.as_str())
            .collect();
        let frame_events = frames::frame_events(doc, kb, s, &taken, &taken_types);
        let excluded = frames::excluded_spans(doc, s);
        let attribution = closing_attribution(doc, s);
        let protest_here = triggers
            .iter()
            .any(|t| kb.patterns.patterns[t.pattern].event == "PROTEST")
            || frame_events
                .iter()
                .any(|f| f.pattern.event == "PROTEST" && f.stand_in_for.is_none());
        let content_acts: Vec<(usize, usize)> = triggers
            .iter()
            .map(|t| (t, kb.patterns.patterns[t.pattern].event.as_str()))
            .chain(
                frame_events
                    .iter()
                    .filter(|f| f.stand_in_for.is_none())
                    .map(|f| (&f.trigger, f.pattern.event.as_str())),
            )
            .filter(|(_, ty)| frames::CONTENT_TAKING.contains(ty))
            .map(|(t, _)| (t.first, t.end))
            .collect();
        let items = triggers
            .iter()
            .map(|t| (t, None))
            .chain(frame_events.iter().map(|f| (&f.trigger, Some(f))));
        let cands_before = cands.len();
        for (ti, (trig, frame)) in items.enumerate() {
            let trig = trig.clone();
            // The surface pattern it stood in for gave its event.
            if let Some(ty) = frame.and_then(|f| f.stand_in_for.as_deref()) {
                if cands[cands_before..].iter().any(|c| c.event.event == ty) {
                    continue;
                }
            }
            // A phrase that only looks like an event has taken its words.
            if frame.is_none() && kb.patterns.patterns[trig.pattern].event == detente_kb::NO_EVENT {
                continue;
            }
            if doc.in_quote(trig.span) {
                continue;
            }
            // "Russian-backed rebels", "a US-brokered truce", "Chinese-made
            // drones": a verb of backing glued by a hyphen to the word before
            // it is a compound modifier that describes, and reports no act.
            if trig.end == trig.first + 1
                && glued_after_hyphen(doc, trig.first)
                && frames::names_a_backer(doc, doc.tokens[trig.first - 2].span)
            {
                continue;
            }
            // "earthquake-hit Myanmar", "flood-hit villages", "crisis-hit
            // economies": a verb glued by a hyphen to a common noun before
            // it describes what it is glued to (whatever its tag).
            if frame.is_none()
                && kb.patterns.patterns[trig.pattern].kind == "verb"
                && trig.end == trig.first + 1
                && hyphen_before(doc, trig.first)
                && doc
                    .token_text(trig.first - 2)
                    .chars()
                    .all(|c| c.is_lowercase())
            {
                continue;
            }
            if frame.is_none() && frame_events.iter().any(|f| f.owns.contains(&trig.span)) {
                continue;
            }
            let pattern = match frame {
                Some(f) => &f.pattern,
                None => &kb.patterns.patterns[trig.pattern],
            };
            if pattern.event == "ASSAULT"
                && frames::alleged_in_noun(doc, kb, s, trig.first, trig.end)
            {
                continue;
            }
            // "Egypt demanded that Iraq hand over the suspects", "threatened to impose
            // sanctions": what is demanded, threatened or refused has not happened.
            let governed = frame.is_none()
                && triggers[..ti].iter().any(|g| {
                    let gp = &kb.patterns.patterns[g.pattern];
                    matches!(
                        gp.event.as_str(),
                        "REQUEST" | "THREATEN" | "REJECT" | "AGREE"
                    ) && gp.kind == "verb"
                        && gp.event != pattern.event
                        && trig.first <= g.end + 8
                        && (g.end.saturating_sub(1)..trig.first)
                            .any(|t| matches!(doc.token_lower(t), "to" | "that"))
                        && status::same_clause(doc, g.span.end, trig.span.start)
                        // "agreed to impose new sanctions": the measures
                        // agreed on are the act.
                        && !(gp.event == "AGREE"
                            && frames::agreed_measures(doc, kb, s, g.first, g.end))
                });
            // "rejected a proposal for signing a trade agreement": what another
            // act takes as its object is that act's content.
            if frames::content_of_act(doc, s, trig.first, trig.end, &content_acts) {
                continue;
            }
            // "blocked roads demanding his return", "a rally calling for
            // elections": the demand a protest is made for is that protest.
            if protest_here
                && pattern.event == "REQUEST"
                && doc
                    .syntax
                    .get(trig.first)
                    .is_some_and(|t| matches!(t.xpos, "VBG" | "MD"))
            {
                continue;
            }
            // "rejected a moratorium on strikes", "halted the attacks", "called
            // off the strike": an act stopped or forbidden is not one that
            // happened.
            if (HOSTILE.contains(&pattern.event.as_str()) || pattern.event == "PROTEST")
                && frames::stopped_act(doc, s, trig.first, trig.end)
            {
                continue;
            }
            if frames::in_since_clause(doc, s, trig.first, trig.end) {
                continue;
            }
            // "The EU agreed new sanctions against Russia": an agreement on
            // measures is those measures, not an accord with their target.
            if pattern.event == "AGREE" && frames::agreed_measures(doc, kb, s, trig.first, trig.end)
            {
                continue;
            }
            // "France's decision to expel 35 diplomats": a decision to take
            // a measure against another is no agreement with it; the noun
            // mostly names a measure decided before the news (the verb,
            // "decided to expel", tells the act).
            if pattern.event == "AGREE"
                && frame.is_none()
                && trig.end > trig.first
                && doc.token_lower(trig.end - 1) == "to"
                && triggers.iter().any(|g| {
                    g.first == trig.end
                        && matches!(
                            kb.patterns.patterns[g.pattern].event.as_str(),
                            "SANCTION" | "COERCE" | "ASSAULT" | "THREATEN" | "MOBILIZE"
                        )
                })
            {
                continue;
            }
            // "Pakistani troops violated the ceasefire accord": an accord
            // kept or broken is not made.
            if matches!(pattern.event.as_str(), "AGREE" | "RETREAT" | "CONSULT")
                && frames::kept_or_broken(doc, kb, s, trig.first, trig.end, &pattern.event)
            {
                continue;
            }
            // "suspended trade talks with India": talks put off are no talks.
            if pattern.event == "CONSULT"
                && pattern.kind == "noun"
                && frames::talks_put_off(doc, kb, s, trig.first, trig.end)
            {
                continue;
            }
            if governed
                || frame.is_none()
                    && pattern.kind == "verb"
                    && (frames::describes_a_noun(doc, kb, trig.first, trig.end)
                        || frames::named_act(doc, trig.first, trig.end))
                || frame.is_none() && frames::names_a_kind_of_force(doc, kb, trig.first, trig.end)
                || frames::possible_act(doc, kb, s, trig.first, trig.end)
                || frames::aimed_at(doc, kb, s, trig.first, trig.end)
            {
                continue;
            }
            let st = match frame {
                Some(f) => f.status.map(|status| status::StatusOf {
                    status,
                    negated: f.negated,
                }),
                None => status::status_of(doc, s, &trig, pattern),
            };
            // "Syria says it is willing to withdraw its troops": an act not
            // done but promised or threatened is that commitment, made now.
            let mut committed: Option<(&'static str, Vec<Party>)> = None;
            let st = st.or_else(|| {
                committed =
                    frames::pattern_commitment(doc, s, trig.first, trig.end, &pattern.event);
                committed.as_ref().map(|_| status::StatusOf {
                    status: Status::Occurred,
                    negated: false,
                })
            });
            let Some(mut st) = st else {
                continue;
            };
            // "is open to talks with Trump": talks someone is ready for are
            // not yet held.
            if st.status == Status::Occurred && frames::readiness_for(doc, s, trig.first, trig.end)
            {
                st.status = Status::Planned;
            }
            // "spoke about a prisoner exchange": what talks are about is
            // no act of its own.
            if pattern.kind == "noun" && frames::subject_of_talk(doc, kb, s, trig.first, trig.end) {
                continue;
            }
            // "a meeting between Putin and Zelensky was not on the agenda".
            if frames::negated_predicate(doc, s, trig.first, trig.end)
                || frames::none_of_it(doc, s, trig.first, trig.end)
            {
                st.negated = true;
            } else if st.status == Status::Occurred
                && frames::prospective_predicate(doc, s, trig.first, trig.end)
            {
                st.status = Status::Planned;
            }
            // "the next round of talks", "future negotiations": still to
            // come; "a possible meeting": only thought of.
            if pattern.kind == "noun" && st.status == Status::Occurred && !st.negated {
                match frames::act_yet_to_be(doc, s, trig.first, trig.end) {
                    Some(true) => st.status = Status::Planned,
                    Some(false) => continue,
                    None => {}
                }
            }
            // "barred the envoy from visiting Gaza": an act kept from
            // happening is none.
            if frames::kept_from(doc, s, trig.first, trig.end) {
                continue;
            }
            // "The EU agreed to sanction drone makers": deciding measures
            // takes them.
            if pattern.event == "SANCTION"
                && st.status == Status::Planned
                && !st.negated
                && frames::decided_measures(doc, s, trig.first, trig.end)
            {
                st.status = Status::Occurred;
            }
            // "The General Assembly voted to demand a ceasefire": the vote
            // makes the demand (or the charge).
            if matches!(pattern.event.as_str(), "REQUEST" | "ACCUSE")
                && st.status == Status::Planned
                && !st.negated
                && frames::voted_for(doc, s, trig.first, trig.end)
            {
                st.status = Status::Occurred;
            }
            // "said a summit with Russia would not go ahead": a noun act's
            // status is its verb of taking place's.
            if frame.is_none() {
                if let Some(h) = frames::happening(doc, kb, s, trig.first, trig.end) {
                    st.negated |= h.negated;
                    if h.future {
                        st.status = Status::Planned;
                    }
                }
                // "prepared a new round of talks": talks being readied are
                // still to come.
                if pattern.kind == "noun"
                    && pattern.event != "ASSAULT"
                    && frames::act_readied(doc, kb, s, trig.first, trig.end)
                {
                    st.status = Status::Planned;
                }
            }
            // "Finland will give Tanzania a grant, a statement said": an act
            // its actor announces for the future is a promise made now.
            if frame.is_none() && committed.is_none() && st.status == Status::Planned && !st.negated
            {
                committed =
                    frames::pattern_commitment(doc, s, trig.first, trig.end, &pattern.event);
                if committed.is_some() {
                    st.status = Status::Occurred;
                }
            }
            // "Venezuela does not recognise the court's jurisdiction": not
            // supporting or accepting is rejecting.
            let mut event_type = match &committed {
                Some((kind, _)) => kind.to_string(),
                None => pattern.event.clone(),
            };
            // Only the verb itself negated: "does not want to recognise" stays a negated event.
            let directly_negated = (1..=2).any(|k| {
                trig.first >= k
                    && matches!(
                        doc.token_lower(trig.first - k),
                        "not" | "n't" | "'t" | "’t" | "never"
                    )
            });
            // "failed to reach an agreement", "refused to meet": the same.
            let failed = frame.is_none()
                && matches!(
                    pattern.event.as_str(),
                    "SUPPORT" | "AGREE" | "COOPERATE" | "CONSULT"
                )
                && frames::failed_act(doc, s, trig.first, trig.end);
            if st.negated
                && (directly_negated && pattern.kind == "verb" || failed)
                && matches!(
                    pattern.event.as_str(),
                    "SUPPORT" | "AGREE" | "COOPERATE" | "CONSULT"
                )
                && (failed || matches!(pattern.event.as_str(), "SUPPORT" | "AGREE"))
            {
                event_type = "REJECT".into();
                st.negated = false;
                if failed {
                    st.status = Status::Occurred;
                }
            }
            // "Iran will not return to negotiations", "Hamas won't release
            // the hostages": a cooperative act refused for the future is a
            // refusal made now, by whoever refuses (no one named, none).
            let refusal = st.negated
                && st.status == Status::Planned
                && matches!(
                    pattern.event.as_str(),
                    "CONSULT" | "COOPERATE" | "CONCEDE" | "RETREAT"
                )
                && {
                    // A will said not to act ("will not", "won't", "would
                    // never"), not the absence of a plan ("has no plans to").
                    let from = trig.first.saturating_sub(6).max(sent.first_token);
                    (from..trig.first).any(|k| {
                        matches!(
                            doc.token_lower(k),
                            "will" | "would" | "shall" | "won" | "wo"
                        ) && k + 1 < trig.first
                            && matches!(
                                doc.token_lower(k + 1),
                                "not" | "n't" | "'t" | "’t" | "never"
                            )
                    })
                };
            if refusal {
                event_type = "REJECT".into();
                st.negated = false;
                st.status = Status::Occurred;
            }
            // A mode the rules below decide (a strike, a state's complaint).
            let mut set_mode = None;
            if event_type == "ASSAULT"
                && pattern.kind == "verb"
                && frames::labour_stoppage(doc, kb, s, trig.first, trig.end)
            {
                event_type = "PROTEST".into();
                set_mode = Some("strike".to_string());
            }
            // "The army prepared to resume shelling the villages": an attack
            // prepared is not made; the preparing shows force (MOBILIZE).
            if event_type == "ASSAULT" {
                if let Some(prepared) = frames::attack_prepared(doc, s, trig.first, trig.end) {
                    event_type = "MOBILIZE".into();
                    set_mode = Some("troops".to_string());
                    st = prepared;
                }
            }
            if event_type == "REQUEST" && frames::courtesy_call(doc, s, trig.first, trig.end) {
                event_type = "CONSULT".into();
                set_mode = Some("meet".to_string());
            }
            // "warned that growth would slow" threatens nothing.
            if event_type == "THREATEN"
                && frame.is_none()
                && doc
                    .syntax
                    .get(trig.first)
                    .is_some_and(|x| x.lemma.eq_ignore_ascii_case("warn"))
                && trig.end > trig.first + 1
                && matches!(doc.token_lower(trig.end - 1), "that" | "would" | "will")
                && !frames::warns_of_harm(doc, kb, s, trig.first, trig.end)
            {
                continue;
            }
            // "Floods killed twelve people": a hazard or an accident is no attacker.
            if event_type == "ASSAULT" && frames::natural_cause(doc, kb, s, trig.span) {
                continue;
            }
            // "the war that has killed 250,000", "attacks have lessened":
            // a toll and a trend are no act.
            if event_type == "ASSAULT"
                && (frames::war_toll(doc, kb, s, trig.span)
                    || frames::waning(doc, kb, s, trig.first, trig.end))
            {
                continue;
            }
            // "efforts toward reaching a ceasefire": sought, not reached.
            if event_type == "AGREE"
                && doc
                    .syntax
                    .get(trig.first)
                    .is_some_and(|x| x.upos == "NOUN" || x.xpos == "VBG")
                && roles::agreement_sought(doc, kb, s, &trig)
            {
                continue;
            }
            if st.negated && !opts.include_negated {
                continue;
            }
            let mut r = roles::roles(doc, kb, s, &trig, pattern);
            if let Some(f) = frame.filter(|f| !f.actor.is_empty() || !f.recipient.is_empty()) {
                // The tree's roles win over the surface guess.
                r.actor = f.actor.clone();
                r.recipient = f.recipient.clone();
                r.skip = false;
            }
            // "Syria is willing to withdraw": an infinitive the surface
            // reading drops is kept when the tree shows it promised.
            if r.skip && frame.is_none() && committed.is_none() {
                committed =
                    frames::pattern_commitment(doc, s, trig.first, trig.end, &pattern.event);
                if let Some((kind, _)) = &committed {
                    event_type = kind.to_string();
                    st.status = Status::Occurred;
                }
            }
            if let Some((_, tree_actor)) = committed.as_ref().filter(|(_, a)| !a.is_empty()) {
                r.actor = tree_actor.clone();
                r.skip = false;
            }
            // Whom the lexicon's frame for the trigger's word has receive it
            // (a phrase the surface pattern does not read), the actor aside.
            let frame_recipient = |r: &roles::Roles| -> Vec<Party> {
                frames::lexicon_recipient(doc, kb, s, trig.first, trig.end, &pattern.event)
                    .into_iter()
                    .filter(|p| !r.actor.iter().any(|a| a.entity == p.entity))
                    .collect()
            };
            // "Syria is willing to withdraw its troops from Lebanon": a
            // commitment to an act reaches whom the act would.
            if committed.is_some() && frame.is_none() && r.recipient.is_empty() {
                r.recipient = frame_recipient(&r);
            }
            let tree = frames::trigger_roles(doc, kb, s, trig.first, trig.end);
            // "Chile and Peru failed to reach an agreement": the tree names who failed.
            if r.skip && failed && !tree.actor.is_empty() {
                r.actor = tree.actor.clone();
                r.recipient = tree.recipient.clone();
                r.skip = false;
            }
            // "summoned the ambassador to lodge a protest", "called Rome to
            // demand …", "took to the streets to protest": a charge, demand
            // or protest made by the act it is the purpose of is made.
            if r.skip
                && frame.is_none()
                && tree.purpose
                && matches!(pattern.event.as_str(), "ACCUSE" | "REQUEST" | "PROTEST")
                // A crowd nobody names protests all the same ("thousands of
                // people took to the streets to protest"): read below.
                && (!tree.actor.is_empty() || pattern.event == "PROTEST" && tree.actor_head.is_some())
            {
                r.actor = tree.actor.clone();
                r.recipient = tree.recipient.clone();
                r.skip = false;
                if st.status == Status::Planned {
                    st.status = Status::Occurred;
                }
            }
            // "Lavrov told reporters after talks with Safadi": talks told
            // only as what came before the clause's act are its subject's,
            // with whom their phrase names; an act of its own (the merge
            // joins it to the same talks told before).
            if frame.is_none()
                && pattern.event == "CONSULT"
                && tree.subjects_prior_act
                && !tree.actor.is_empty()
                && r.actor.iter().all(|a| {
                    let code = &doc.entities[a.entity].code;
                    tree.actor.iter().any(|t| {
                        t.entity == a.entity
                            || code.is_some() && doc.entities[t.entity].code == *code
                    })
                })
                && (!tree.recipient.is_empty() || !r.recipient.is_empty())
            {
                let sides = std::mem::take(&mut r.recipient);
                r.recipient = if tree.recipient.is_empty() {
                    sides
                } else {
                    tree.recipient.clone()
                };
                r.actor = tree.actor.clone();
                r.recipient
                    .retain(|p| !tree.actor.iter().any(|a| a.entity == p.entity));
                r.backreference = false;
                r.skip = r.recipient.is_empty();
                if tree.prior_act_ahead {
                    st.status = Status::Planned;
                }
            }
            if r.skip {
                continue;
            }
            // "Tokyo said new tariffs were imposed on Chinese steel": the
            // speaker did what only a government does.
            if r.actor.is_empty() && tree.speaker_acts {
                r.actor = tree.actor.clone();
            }
            // "Two Armenian soldiers were killed in clashes with Azerbaijani
            // forces": who fought those killed did the killing.
            if pattern.event == "ASSAULT" {
                if let Some((fought, victims)) =
                    frames::killed_in_clash(doc, kb, s, trig.first, trig.end)
                {
                    if !fought.is_empty() {
                        r.actor = fought;
                    }
                    if !victims.is_empty() {
                        r.recipient = victims;
                    }
                }
            }
            // "The franc rose as investors sought safety": the verb's own
            // subject names nobody, so a name outside it is not who acts.
            if let Some(subject) = tree
                .common_subject
                .filter(|_| pattern.kind == "verb" && tree.actor.is_empty())
            {
                let excluded = |p: &Party| {
                    let t = doc.tokens.partition_point(|k| k.span.end <= p.span.start);
                    subject.excludes(t)
                };
                if !r.actor.is_empty() && r.actor.iter().all(excluded) {
                    r.actor.clear();
                }
            }
            // "Greece blamed Turkey and threatened to cut ties": the verb's
            // subject in the tree (through coordination and control) is the
            // one who acts, not the nearest name before the verb.
            let code = |p: &Party| doc.entities[p.entity].code.as_deref();
            let same_side = |a: &Party, t: &Party| {
                a.entity == t.entity || code(a).is_some() && code(a) == code(t)
            };
            // The tree and the surface each name an actor, with no side
            // in common.
            let sides_differ = |surface: &[Party]| {
                !tree.actor.is_empty()
                    && !surface.is_empty()
                    && !surface
                        .iter()
                        .any(|a| tree.actor.iter().any(|t| same_side(a, t)))
            };
            if frame.is_none()
                && pattern.kind == "verb"
                && tree.inherited_actor
                && sides_differ(&r.actor)
            {
                r.actor = tree.actor.clone();
                r.recipient
                    .retain(|p| !tree.actor.iter().any(|a| a.entity == p.entity));
            }
            // "Ruto began a three-day China visit": a noun act a light
            // verb takes is that verb's subject's, whatever name is
            // nearest; a name in the noun's own phrase is whom it reaches.
            // (Meetings and visits: "anti-American protests" names whom a
            // protest is against, read elsewhere.)
            if let Some((lo, hi)) = tree
                .done_by_light_verb
                .filter(|_| pattern.event == "CONSULT" && sides_differ(&r.actor))
            {
                let phrase = doc.tokens[lo].span.start..doc.tokens[hi].span.end;
                let surface = std::mem::replace(&mut r.actor, tree.actor.clone());
                if r.recipient.is_empty() {
                    r.recipient = surface
                        .into_iter()
                        .filter(|p| phrase.contains(&p.span.start))
                        .collect();
                }
            }
            // "Hamas said its team met Qatar's prime minister": the team is
            // the speaker's.
            if frame.is_none() && r.actor.is_empty() && tree.speakers_own {
                r.actor = tree.actor.clone();
                r.recipient
                    .retain(|p| !tree.actor.iter().any(|a| a.entity == p.entity));
            }
            // "Cho and his Japanese counterpart, Takeshi Iwaya, held talks":
            // the tree's subject holds the surface's and the sides it joined
            // (a named person, or a side joined to the surface's).
            let named_person = |p: &Party| {
                doc.entities[p.entity].kind == EntityKind::Person
                    && mention_at(doc, p).is_some_and(|m| doc.mentions[m].form == MentionForm::Name)
            };
            if frame.is_none()
                && tree.actor.len() > r.actor.len()
                && !r.actor.is_empty()
                && r.actor
                    .iter()
                    .all(|a| tree.actor.iter().any(|t| t.entity == a.entity))
                && {
                    let extra: Vec<&Party> = tree
                        .actor
                        .iter()
                        .filter(|t| !r.actor.iter().any(|a| a.entity == t.entity))
                        .collect();
                    // "Israeli and Hamas delegations": a side the tree
                    // joined to the surface's by a conjunction.
                    let joined = |t: &Party| {
                        r.actor.iter().any(|a| {
                            let (ta, tt) = (doc.tokens_in(a.span), doc.tokens_in(t.span));
                            let under = |x: usize, other: &std::ops::Range<usize>| {
                                doc.syntax[x].deprel == "conj"
                                    && doc.syntax[x].head.is_some_and(|h| other.contains(&h))
                            };
                            tt.clone().any(|x| under(x, &ta)) || ta.clone().any(|x| under(x, &tt))
                        })
                    };
                    extra.iter().any(|t| named_person(t) || joined(t))
                        && !extra
                            .iter()
                            .any(|t| r.recipient.iter().any(|p| p.entity == t.entity))
                }
            {
                r.actor = tree.actor.clone();
                r.recipient
                    .retain(|p| !r.actor.iter().any(|a| same_side(a, p)));
            }
            // "Armenian and Azerbaijani officials who held talks in Abu Dhabi
            // agreed …": a relative clause between the subject and the verb
            // hides the subject from the surface; the tree's names it. Sides
            // joined in it are the act's two sides, as the surface splits
            // them.
            // (Where the surface took a name inside the clause for the
            // subject, the tree's subject acts all the same.)
            if frame.is_none()
                && pattern.kind == "verb"
                && tree.subject_behind_clause
                && !tree.actor.is_empty()
                && !r
                    .actor
                    .iter()
                    .any(|a| tree.actor.iter().any(|t| same_side(a, t)))
            {
                if pattern.symmetric
                    && r.recipient.is_empty()
                    && tree.recipient.is_empty()
                    && tree.actor.len() >= 2
                {
                    r.actor = tree.actor[..1].to_vec();
                    r.recipient = tree.actor[1..].to_vec();
                } else {
                    r.actor = tree.actor.clone();
                    if !tree.recipient.is_empty() {
                        r.recipient = tree.recipient.clone();
                    }
                    r.recipient
                        .retain(|p| !tree.actor.iter().any(|a| same_side(a, p)));
                }
            }
            // "The EU added Syria's interior minister to its blacklist": the
            // name the surface took for the noun act's owner is on the
            // receiving end of the verb the act hangs on.
            if frame.is_none()
                && (pattern.kind == "noun"
                    || doc.syntax.get(trig.first).is_some_and(|x| x.upos == "NOUN"))
                && !tree.actor.is_empty()
                && !r.actor.is_empty()
                && r.actor.iter().all(|a| {
                    !tree.actor.iter().any(|t| same_side(a, t))
                        && tree.recipient.iter().any(|t| same_side(a, t))
                })
            {
                r.actor = tree.actor.clone();
                r.recipient = tree.recipient.clone();
            }
            // "diplomats whom it accused of working with a cartel": the
            // noun the relative pronoun stands for, not a name after it.
            if frame.is_none() && tree.relative_object && !tree.recipient.is_empty() {
                r.recipient = tree.recipient.clone();
                // The name before the verb was the noun's: the tree's
                // subject acts, or nobody the surface found.
                if !tree.actor.is_empty() {
                    r.actor = tree.actor.clone();
                }
                r.actor
                    .retain(|a| !r.recipient.iter().any(|p| same_side(a, p)));
            }
            // "Italy suspended air links with Serbia": where the surface
            // guess names nobody on the receiving end, the tree's object does.
            // For a joint act only a direct object counts ("visited Russia",
            // "extradited the suspect to Britain" is the object's phrase).
            // So does the owner of the object ("accepted a Turkish
            // proposal", "ratified Sweden's application").
            let joint_ok = !pattern.symmetric
                || !r.actor.is_empty()
                    && tree.recipient_head.is_some_and(|k| {
                        let object = |k: usize| {
                            matches!(doc.syntax[k].deprel, "obj" | "iobj")
                                || doc.syntax[k].deprel.starts_with("obl")
                        };
                        object(k)
                            || matches!(doc.syntax[k].deprel, "amod" | "compound" | "nmod:poss")
                                && doc.syntax[k]
                                    .head
                                    .is_some_and(|h| doc.syntax[h].deprel == "obj")
                    });
            if frame.is_none() && r.recipient.is_empty() && joint_ok {
                r.recipient = tree
                    .recipient
                    .iter()
                    .filter(|p| !r.actor.iter().any(|a| a.entity == p.entity))
                    .cloned()
                    .collect();
            }
            // "sought refuge in Chad": a phrase only the lexicon's frame for
            // the word calls receiving; "extradited the suspect John Smith
            // to Britain": a state it names also outranks a person of no
            // state's, in a joint act's pattern too.
            let uncoded = |r: &roles::Roles| {
                !r.recipient.is_empty()
                    && r.recipient
                        .iter()
                        .all(|p| doc.entities[p.entity].code.is_none())
            };
            if frame.is_none() && uncoded(&r) {
                let mut named = frame_recipient(&r);
                named.retain(|p| doc.entities[p.entity].code.is_some());
                if !named.is_empty() {
                    r.recipient = named;
                }
            }
            if frame.is_none() && r.recipient.is_empty() && !pattern.symmetric {
                r.recipient = frame_recipient(&r);
            }
            // "Israeli helicopters and tanks shelled positions": the same for
            // the one who acts.
            if frame.is_none()
                && r.actor.is_empty()
                && (!pattern.symmetric && pattern.kind == "verb"
                    // Crowds have their own reading below.
                    || pattern.kind == "noun"
                        && pattern.event != "PROTEST"
                        && tree.actor_head.is_some())
            {
                if pattern.kind == "noun" {
                    // "Iran returned to the talks with the United States":
                    // the subject of the verb the noun act hangs on joins
                    // it, wherever the surface reading put it.
                    r.recipient
                        .retain(|p| !tree.actor.iter().any(|a| a.entity == p.entity));
                    r.actor = tree.actor.clone();
                } else {
                    let kept: Vec<Party> = tree
                        .actor
                        .iter()
                        .filter(|p| !r.recipient.iter().any(|a| a.entity == p.entity))
                        .cloned()
                        .collect();
                    // "Kenyan riot police fired tear gas at demonstrators
                    // in Nairobi": a state acting on people of its own,
                    // whom the surface took for the state itself.
                    let on_its_people = kept.is_empty()
                        && tree
                            .recipient_head
                            .is_some_and(|k| names_people(doc, kb, s, k));
                    r.actor = if on_its_people {
                        tree.actor.clone()
                    } else {
                        kept
                    };
                }
            }
            let mut actor = r.actor;
            let mut recipient = r.recipient;
            if event_type == "THREATEN" && frames::said_of_a_situation(doc, kb, s, trig.span) {
                continue;
            }
            // "sanctioned firms supporting the junta": backing told to
            // describe someone is background.
            if frame.is_none()
                && matches!(event_type.as_str(), "SUPPORT" | "COOPERATE" | "AID")
                && frames::clause_on_a_noun(doc, s, trig.first, trig.end)
            {
                continue;
            }
            // "expelled two diplomats accused of spying": a charge by nobody
            // named that only describes a noun is background.
            if event_type == "ACCUSE"
                && actor.is_empty()
                && frames::reduced_passive(doc, s, trig.first, trig.end)
            {
                continue;
            }
            // "the Geneva talks", "the Minsk agreements": a city that names
            // a noun act is where it is held, not a party.
            actor.retain(|p| !names_the_venue(doc, kb, p));
            recipient.retain(|p| !names_the_venue(doc, kb, p));
            actor.retain(|p| !frames::names_a_backer(doc, p.span));
            recipient.retain(|p| !frames::names_a_backer(doc, p.span));
            if event_type == "ASSAULT" {
                let origin = frames::attack_origin(doc, s, trig.first, trig.end);
                recipient.retain(|p| !origin.iter().any(|o| o.entity == p.entity));
                if actor.is_empty() {
                    actor = origin;
                }
            }
            if recipient.is_empty() && matches!(event_type.as_str(), "CONCEDE" | "RETREAT") {
                recipient = frames::partner_in_talks_before(doc, kb, s, trig.first, trig.end);
                recipient.retain(|p| !actor.iter().any(|a| a.entity == p.entity));
            }
            // "a phone call between A and B, the Russian foreign ministry
            // said": who says so is not on the receiving end.
            let speakers = frames::speaker_phrases(doc, s, trig.first, trig.end);
            recipient.retain(|p| !speakers.iter().any(|sp| sp.contains(p.span)));
            let mut guessed = false;
            if pattern.symmetric && distinct_codes(doc, &actor, &recipient) < 2 && r.group_anaphor {
                // "Both sides agreed": the pair of the last act told, else
                // the article's main pair.
                if let Some((a, b)) = recent_pair(doc, &cands, s).or(dyad) {
                    let have: Vec<&str> = actor
                        .iter()
                        .chain(&recipient)
                        .filter_map(|p| doc.entities[p.entity].code.as_deref())
                        .collect();
                    for e in [a, b] {
                        let code = doc.entities[e].code.as_deref().unwrap_or("");
                        if !have.contains(&code) {
                            if actor.is_empty() {
                                actor.push(Party {
                                    entity: e,
                                    span: trig.span,
                                });
                            } else {
                                recipient.push(Party {
                                    entity: e,
                                    span: trig.span,
                                });
                            }
                        }
                    }
                    guessed = true;
                }
            }
            // "Protesters rallied in Lagos": the crowd is the civilians of the
            // place; where the sentence names none, of the place the report
            // was filed from ("KHARTOUM — Protesters marched through the
            // capital"), else of the one state the report's places are in.
            if actor.is_empty() && pattern.event == "PROTEST" {
                let (loc, _) = roles::location(doc, s, &trig, pattern, &r.places);
                if let Some(country) = loc
                    .and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                    .filter(|c| !c.is_empty())
                    .or_else(|| {
                        // (Only for people named as such, in a sentence
                        // that names no place: a heading's bare "Protest" is
                        // nobody's.)
                        let sentence = doc.sentences[s].span;
                        let place_named = doc.mentions.iter().any(|m| {
                            sentence.contains(m.span)
                                && m.form != MentionForm::Dateline
                                && (m.place.is_some()
                                    || doc.entities[m.entity].kind == EntityKind::Place)
                        });
                        let people = tree
                            .actor_head
                            .or(Some(trig.first))
                            .is_some_and(|k| names_people(doc, kb, s, k));
                        let people = people && !place_named;
                        people.then(|| filed_state(doc).or_else(|| main_place_state(doc)))?
                    })
                {
                    let e = civilians(doc, &country);
                    actor.push(Party {
                        entity: e,
                        span: trig.span,
                    });
                }
            }
            // "The talks were held … Baku was represented by A, Yerevan by B": the
            // sides come from the delegations named next.
            if pattern.event == "CONSULT" && distinct_codes(doc, &actor, &recipient) < 2 {
                for side in delegation_sides(doc, s) {
                    let code = doc.entities[side.entity].code.clone();
                    if !actor
                        .iter()
                        .chain(&recipient)
                        .any(|p| doc.entities[p.entity].code == code)
                    {
                        if actor.is_empty() {
                            actor.push(side);
                        } else {
                            recipient.push(side);
                        }
                    }
                }
            }
            let anaphoric =
                r.definite && actor.is_empty() && recipient.is_empty() || r.backreference;
            // "An exchange of prisoners is planned for next week": a joint act
            // with nobody named is the article's main pair's.
            let concrete = doc
                .dates
                .iter()
                .any(|d| sent.span.contains(d.span) && d.value.is_some());
            if actor.is_empty()
                && recipient.is_empty()
                && !anaphoric
                && pattern.symmetric
                && pattern.kind == "noun"
                && concrete
            {
                if let Some((a, b)) = dyad {
                    actor.push(Party {
                        entity: a,
                        span: trig.span,
                    });
                    recipient.push(Party {
                        entity: b,
                        span: trig.span,
                    });
                    guessed = true;
                }
            }
            // "will meet ahead of Saturday's summit in Riyadh": an act named
            // as a landmark in time has only the parties its phrase names.
            // (A verb pattern's word read as a noun too: "over attack".)
            // (Not the subject whose own earlier act it is: "Lavrov said
            // after talks with Safadi".)
            if let Some(own) = frames::landmark_phrase(doc, s, trig.first, trig.end) {
                if !tree.subjects_prior_act || r.backreference {
                    actor.retain(|p| own.contains(p.span));
                }
                recipient.retain(|p| own.contains(p.span));
            }
            // "…, Matthew Miller, a spokesman for the State Department, said":
            // who reports the act is its source, not a party to it.
            // (A state its adjective names there still says where: "Saudi
            // jets shelled the village, the Yemeni army said".)
            if let Some(x) = attribution.filter(|x| trig.span.end <= x.start) {
                let source = |p: &Party| {
                    x.contains(p.span)
                        && mention_at(doc, p)
                            .is_none_or(|m| doc.mentions[m].form != MentionForm::Adjective)
                };
                actor.retain(|p| !source(p));
                recipient.retain(|p| !source(p));
            }
            // "met without American mediation": who is left out is no party.
            if !excluded.is_empty() {
                let out = |p: &Party| excluded.iter().any(|x| x.contains(p.span));
                actor.retain(|p| !out(p));
                recipient.retain(|p| !out(p));
            }
            // A place that stands for no state ("the Black Sea") is where, not who.
            let stateless_place = |p: &Party| {
                let e = &doc.entities[p.entity];
                e.kind == EntityKind::Place
                    && e.code.is_none()
                    && e.geo.as_ref().is_none_or(|g| g.country.is_empty())
            };
            actor.retain(|p| !stateless_place(p));
            recipient.retain(|p| !stateless_place(p));
            // "anti-American protests": what they are against is their target.
            let against = |p: &Party| roles::opposed(doc, p.span);
            if actor.iter().any(against) {
                let (targets, kept): (Vec<Party>, Vec<Party>) =
                    std::mem::take(&mut actor).into_iter().partition(against);
                actor = kept;
                for p in targets {
                    if !recipient.iter().any(|r| r.entity == p.entity) {
                        recipient.push(p);
                    }
                }
            }
            // "shelling from Ukrainian forces in central Donetsk": a town or a
            // region beside a party of its own state adds nothing to it.
            for side in [&mut actor, &mut recipient] {
                let codes: Vec<Option<String>> = side
                    .iter()
                    .filter(|p| doc.entities[p.entity].kind != EntityKind::Place)
                    .map(|p| doc.entities[p.entity].code.clone())
                    .collect();
                side.retain(|p| {
                    let e = &doc.entities[p.entity];
                    e.kind != EntityKind::Place || e.code.is_none() || !codes.contains(&e.code)
                });
            }
            // "Police arrested forty protesters", "troops shelled the
            // village": a state's agents, named by what they are, are those
            // of the state where they act, else of the one state the
            // article is about.
            // (The party, and whether it is the article's state rather than
            // the place's.)
            // "The ministry condemned the attack in Quetta": a government's
            // word is its own state's, not the place's it speaks of.
            let spoken = matches!(
                event_type.as_str(),
                "ACCUSE" | "REQUEST" | "REJECT" | "THREATEN" | "AGREE" | "SUPPORT"
            );
            let agent_state = |doc: &mut Doc, k: usize| -> Option<(Party, bool)> {
                let government = kb
                    .agent_sectors
                    .get(&*noun_key(doc, k))
                    .is_some_and(|sector| sector == "GOV");
                let (loc, _) = roles::location(doc, s, &trig, pattern, &r.places);
                // "two military units in Myanmar": where its own phrase puts
                // them comes before where the act is (a dateline's city).
                let placed = placed_in_phrase(doc, s, k)
                    .or_else(|| {
                        loc.and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                    })
                    .filter(|c| !(c.is_empty() || spoken && government && home.is_some()));
                let from_home = placed.is_none();
                // With no state named as a party more than another, they
                // are those of the state of the places named.
                let country = placed
                    .or_else(|| home.clone())
                    .or_else(|| home_by_places.clone())?;
                let entity = state_entity(doc, kb, &country)?;
                let span = doc.tokens[k].span;
                Some((Party { entity, span }, from_home))
            };
            // Not "rebel forces", "the opposition's militia": a group's own.
            let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
            let is_agent = |doc: &Doc, k: usize| {
                kb.agent_sectors.contains_key(&*noun_key(doc, k))
                    && !(lo..hi).any(|c| {
                        let x = &doc.syntax[c];
                        x.head == Some(k)
                            && matches!(x.deprel, "compound" | "amod" | "nmod:poss")
                            && kb.group_sectors.contains_key(&*noun_key(doc, c))
                    })
            };
            if actor.is_empty() && !pattern.symmetric {
                if let Some(k) = tree
                    .actor_head
                    .filter(|&k| tree.actor.is_empty() && is_agent(doc, k))
                {
                    // "The Foreign Ministry summoned the Chinese ambassador":
                    // not the state on the receiving end; then, the state
                    // the report was filed from.
                    let receiving: Vec<Option<String>> = recipient
                        .iter()
                        .map(|p| doc.entities[p.entity].code.clone())
                        .collect();
                    // (Police act on their own state's people: "Police
                    // fired tear gas at activists who protested the king's
                    // seizure of power".)
                    let police = kb
                        .agent_sectors
                        .get(&*noun_key(doc, k))
                        .is_some_and(|sector| sector == "COP");
                    let st = agent_state(doc, k)
                        .filter(|(st, from_home)| {
                            police
                                || !from_home
                                || !receiving.contains(&doc.entities[st.entity].code)
                        })
                        .map(|(st, _)| st);
                    let st = match st {
                        Some(st) => Some(st),
                        None => filed_state(doc)
                            .filter(|c| !receiving.contains(&Some(c.clone())))
                            .and_then(|c| state_entity(doc, kb, &c))
                            .map(|entity| Party {
                                entity,
                                span: doc.tokens[k].span,
                            }),
                    };
                    actor.extend(st);
                }
            }
            // "killed five soldiers near Gao": the same for those acted on,
            // where the phrase names no one but a place.
            if !pattern.symmetric {
                let only_places = recipient.iter().chain(&tree.recipient).all(|p| {
                    doc.entities[p.entity].kind == EntityKind::Place
                        || mention_at(doc, p).is_some_and(|mi| roles::in_place_position(doc, mi))
                });
                if let Some(k) = tree
                    .recipient_head
                    .filter(|&k| only_places && is_agent(doc, k))
                {
                    if let Some((st, _)) = agent_state(doc, k) {
                        recipient = vec![st];
                    }
                }
            }
            // "At least 200 people were arrested in Kathmandu": an arrest in
            // the passive with no one named is the state's, where it happens
            // (else the article's state), on its people.
            if actor.is_empty()
                && recipient.is_empty()
                && event_type == "COERCE"
                && (pattern.mode.as_deref() == Some("arrest")
                    || frames::lexicon_mode(doc, kb, s, trig.first, trig.end, &event_type)
                        .as_deref()
                        == Some("arrest"))
                && passive_without_agent(doc, s, trig.first)
            {
                let (loc, _) = roles::location(doc, s, &trig, pattern, &r.places);
                let country = loc
                    .and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                    .filter(|c| !c.is_empty())
                    .or_else(|| home.clone());
                if let Some(country) = country {
                    if let Some(st) = state_entity(doc, kb, &country) {
                        actor.push(Party {
                            entity: st,
                            span: trig.span,
                        });
                        let people = civilians(doc, &country);
                        recipient.push(Party {
                            entity: people,
                            span: trig.span,
                        });
                    }
                }
            }
            // "A suicide bomber blew himself up in Mogadishu, killing 12
            // people": a group named by what it is, where the act is done,
            // is that place's (below).
            let placed_group = || {
                !pattern.symmetric
                    && (tree
                        .actor_head
                        .is_some_and(|k| kb.group_sectors.contains_key(&*noun_key(doc, k)))
                        // "A drone strike killed six civilians in Idlib".
                        || tree
                            .recipient_head
                            .is_some_and(|k| kb.group_sectors.contains_key(&*noun_key(doc, k)))
                            && frames::weapon_subject(doc, kb, s, trig.first, trig.end))
                    && roles::location(doc, s, &trig, pattern, &r.places)
                        .0
                        .is_some()
            };
            // An event read from the tree names its parties there, or is none
            // (a group named by what it is counts, where the act is done).
            if frame.is_some() && actor.is_empty() && recipient.is_empty() && !placed_group() {
                continue;
            }
            if actor.is_empty()
                && recipient.is_empty()
                && !anaphoric
                && !r.outcome
                && !placed_group()
            {
                continue; // an event with no parties tells nobody anything
            }
            let (date, date_text, said_date) = match r.backreference {
                true => (None, None, false),
                false => status::event_date(doc, kb, s, &trig, &quote_spans),
            };
            // "Russia will give a strong response …, the ministry said in
            // a statement on Wednesday": a spoken act is made the day it is said.
            let (mut date, mut date_text) = match (date, date_text) {
                (None, _)
                    if !r.backreference
                        && matches!(
                            event_type.as_str(),
                            "THREATEN" | "ACCUSE" | "REQUEST" | "REJECT"
                        ) =>
                {
                    match frames::statement_date_of(doc, s, trig.first, trig.end)
                        .and_then(|span| doc.dates.iter().find(|d| d.span == span))
                    {
                        Some(d) => (d.value, Some(doc.slice(d.span).to_string())),
                        None => (None, None),
                    }
                }
                other => other,
            };
            // "agreed on Tuesday …, a week after clashes killed four
            // soldiers": a date outside the clause of "after" is the other
            // act's; this one is that many days before it.
            if let (Some(d), Some(text)) = (date, date_text.clone()) {
                if let Some(rel) = frames::told_relative_to(doc, s, trig.first, trig.end) {
                    let (lo, hi) = rel.clause;
                    let sent = doc.sentences[s].span;
                    let outside = doc.dates.iter().any(|m| {
                        sent.contains(m.span)
                            && doc.slice(m.span) == text
                            && doc.tokens_in(m.span).all(|k| k < lo || k > hi)
                    });
                    if outside {
                        date = match rel.days {
                            Some(n) if d.precision == detente_doc::Precision::Day => {
                                let shift = chrono::Duration::days(if rel.after { -n } else { n });
                                Some(detente_doc::DateValue::day(d.start + shift))
                            }
                            _ => None,
                        };
                        // The evidence is both: the gap and the day it counts
                        // from; or the gap alone, which gives no day.
                        let gap = doc.slice(Span::new(
                            doc.tokens[rel.words.0].span.start,
                            doc.tokens[rel.words.1].span.end,
                        ));
                        date_text = Some(match date {
                            Some(_) => format!("{gap} … {text}"),
                            None => gap.to_string(),
                        });
                    }
                }
            }
            let mut status = st.status;
            // "Iran said on Monday it would hold talks": the day a plan is
            // told is not the day it is for.
            if status == Status::Planned && said_date {
                (date, date_text) = (None, None);
            }
            // "is all set to travel to Jakarta on Thursday": a plan's bare
            // weekday is the next one, not the last.
            if status == Status::Planned {
                if let (Some(d), Some(text), Some(p)) = (date.as_mut(), &date_text, doc.published) {
                    // Its own weekday, not a governing date of the paragraph.
                    let bare_weekday = detente_doc::date::WEEKDAY_NAMES
                        .contains(&text.trim().to_lowercase().as_str())
                        && doc.slice(sent.span).contains(text.trim());
                    if bare_weekday && d.start < p && (p - d.start).num_days() < 7 {
                        d.start += chrono::Duration::days(7);
                    }
                }
            }
            if status == Status::Occurred
                && date.is_some_and(|d| doc.published.is_some_and(|p| d.start > p))
            {
                status = Status::Planned;
            }
            let mut claimed_by = None;
            let claim = match claim_here {
                Some(c) if c.covers(doc, trig.span) => Some(c.claimer),
                Some(_) => None,
                None => carried_claim.map(|(_, c)| c),
            };
            // "The EU announced a new round of sanctions against Russia": an
            // act its actor announces is done by announcing it, not claimed.
            let claim = claim.filter(|c| {
                let own = c.is_some_and(|c| {
                    let code = &doc.entities[c].code;
                    code.is_some() && actor.iter().any(|a| doc.entities[a.entity].code == *code)
                });
                !(own && frames::announced_act(doc, s, trig.first, trig.end))
            });
            if let Some(c) = claim {
                if status == Status::Occurred {
                    status = Status::Claimed;
                }
                claimed_by = c;
            }
            // "Rebels shelled the village, the Syrian Observatory said", the
            // speaker read into the object's phrase: the source of a closing
            // statement is no party of the act before it.
            if let Some(c) = claimed_by {
                recipient.retain(|p| !(p.entity == c && p.span.start >= trig.span.end));
            }
            // "The Georgian defence ministry said that Russia violated the
            // truce": who says another broke a promise accuses it. Not the
            // press, which reports the charge.
            if event_type == "ACCUSE" && actor.is_empty() {
                if let Some(c) = claimed_by.filter(|&c| {
                    let e = &doc.entities[c];
                    e.kind != EntityKind::Media
                        && e.code.is_some()
                        && !recipient
                            .iter()
                            .any(|p| doc.entities[p.entity].code == e.code)
                }) {
                    // Mentions are sorted by start: only this sentence's.
                    let sent = doc.sentences[s].span;
                    let from = doc.mentions.partition_point(|m| m.span.start < sent.start);
                    let span = doc.mentions[from..]
                        .iter()
                        .take_while(|m| m.span.start < sent.end)
                        .find(|m| m.entity == c)
                        .map_or(trig.span, |m| m.span);
                    actor.push(Party { entity: c, span });
                    status = Status::Occurred;
                    claimed_by = None;
                }
            }
            // "India alleged that Pakistan …": an accuser's own charge is
            // made, whatever it charges; so are a threat, a demand and a
            // refusal its maker states ("Iran said it would respond").
            if matches!(
                event_type.as_str(),
                "ACCUSE" | "THREATEN" | "REQUEST" | "REJECT" | "AGREE" | "SANCTION"
            ) && status == Status::Claimed
            {
                if let Some(c) = claimed_by {
                    let code = &doc.entities[c].code;
                    if actor.iter().any(|p| {
                        p.entity == c || code.is_some() && doc.entities[p.entity].code == *code
                    }) {
                        status = Status::Occurred;
                        claimed_by = None;
                    }
                }
            }
            if event_type == "ACCUSE" && recipient.is_empty() && !actor.is_empty() {
                let code = |p: &Party| doc.entities[p.entity].code.clone();
                recipient = frames::content_subject_parties(doc, s, trig.first, trig.end)
                    .into_iter()
                    .filter(|p| code(p).is_some() && !actor.iter().any(|a| code(a) == code(p)))
                    .collect();
            }
            if event_type == "ACCUSE" && actor.is_empty() {
                let code = |p: &Party| doc.entities[p.entity].code.clone();
                actor = frames::speaker_parties(doc, s, trig.first, trig.end)
                    .into_iter()
                    .filter(|p| code(p).is_some() && !recipient.iter().any(|r| code(r) == code(p)))
                    .collect();
            }
            if (pattern.needs_speaker || refusal) && actor.is_empty() {
                continue;
            }
            // "According to the Russian Defence Ministry, the Ukrainian side has not
            // stopped strikes": a state reporting attacks reports attacks on itself.
            if recipient.is_empty() && HOSTILE.contains(&pattern.event.as_str()) {
                if let Some(c) = claimed_by {
                    let code = doc.entities[c].code.clone();
                    let own = actor.iter().any(|p| doc.entities[p.entity].code == code);
                    // A monitor or a rights group reports others' attacks
                    // ("…, the Syrian Observatory said").
                    let monitor = doc.entities[c].kind == EntityKind::Media
                        || matches!(
                            doc.entities[c].sector.as_deref(),
                            Some("NGO" | "MED" | "IGO")
                        )
                        || matches!(code.as_deref(), Some("NGO" | "IGO" | "UNO"));
                    if code.is_some() && !own && !monitor {
                        let span = doc
                            .mentions
                            .iter()
                            .rfind(|m| m.entity == c && m.span.end <= trig.span.start)
                            .map_or(trig.span, |m| m.span);
                        recipient.push(Party { entity: c, span });
                    }
                }
            }
            let (mut location, mut location_text) =
                roles::location(doc, s, &trig, pattern, &r.places);
            // "will meet ahead of Saturday's summit in Riyadh": the place of
            // another act named as a landmark is not this one's.
            if let (Some(l), Some(text)) = (location, &location_text) {
                let landmarks = frames::other_landmarks(doc, s, trig.first, trig.end);
                let from = doc
                    .mentions
                    .partition_point(|m| m.span.start < sent.span.start);
                let in_landmark = doc.mentions[from..]
                    .iter()
                    .take_while(|m| m.span.start < sent.span.end)
                    .any(|m| {
                        (m.entity == l || m.place == Some(l))
                            && doc.slice(m.span) == text
                            && landmarks.iter().any(|x| x.contains(m.span))
                    });
                if in_landmark {
                    (location, location_text) = (None, None);
                }
            }
            let mut place_state: Option<usize> = None;
            // "Tanks shelled houses east of Khan Younis": the place's state
            // is on the receiving end; so is the host of a visit there.
            if recipient.is_empty()
                && (HOSTILE.contains(&pattern.event.as_str())
                    || matches!(pattern.event.as_str(), "AID" | "RETREAT" | "CONCEDE")
                    || pattern.mode.as_deref() == Some("visit") && !actor.is_empty())
            {
                if let Some(country) =
                    location.and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                {
                    let own = actor
                        .iter()
                        .any(|p| doc.entities[p.entity].code.as_deref() == Some(country.as_str()));
                    // "Algeria threatened a curfew in Algiers", "Serbia eased
                    // emergency rule in Vojvodina": a state's act on its own
                    // territory is coded on itself, as PLOVER codes domestic events.
                    let domestic = own && DOMESTIC_ON_PLACE.contains(&pattern.event.as_str());
                    let st = match own && !domestic {
                        true => None,
                        false => state_entity(doc, kb, &country),
                    };
                    if let Some(st) = st {
                        if domestic {
                            place_state = Some(st);
                        }
                        recipient.push(Party {
                            entity: st,
                            span: trig.span,
                        });
                    }
                }
            }
            // "Museveni banned Ugandan opposition candidates", "police
            // dispersed demonstrators": a group of people named by what they
            // are is that group of its state, not the state.
            if !pattern.symmetric {
                let place_country = location
                    .and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                    .filter(|c| !c.is_empty());
                // "Egyptian demonstrators rioted" with the noun as the trigger:
                // the group is the trigger itself, its state its modifier.
                let trigger_group = (trig.first..trig.end)
                    .find(|&t| kb.group_sectors.contains_key(&*noun_key(doc, t)))
                    .filter(|_| tree.actor_head.is_none());
                let (group_head, group_named) = match trigger_group {
                    Some(t) => (Some(t), actor.clone()),
                    None => (tree.actor_head, tree.actor.clone()),
                };
                if let Some(g) = group_party(
                    doc,
                    kb,
                    group_head,
                    &group_named,
                    &[],
                    place_country.as_deref(),
                    trig.span,
                ) {
                    actor = vec![g];
                }
                // Penalties and help go abroad: "sanctions on 37 people" are
                // not on the sanctioner's own people.
                let outward = matches!(event_type.as_str(), "SANCTION" | "AID");
                if let Some(g) = group_party(
                    doc,
                    kb,
                    tree.recipient_head,
                    &tree.recipient,
                    if outward { &[] } else { &actor },
                    place_country.as_deref(),
                    trig.span,
                ) {
                    recipient = vec![g];
                }
            }
            // "Venezuela's opposition demanded that the government free the
            // activists", "the union threatened a strike unless the government
            // raises wages": a state's own people acting on an unnamed
            // government act on their own state's, where the sentence names
            // no other state.
            if recipient.is_empty() && !pattern.symmetric && event_type != "PROTEST" {
                if let Some(code) = domestic_code(doc, kb, &actor) {
                    let (lo, hi) = (sent.first_token, sent.end_token);
                    let other_state = doc.mentions.iter().any(|m| {
                        sent.span.contains(m.span)
                            && doc.entities[m.entity]
                                .code
                                .as_deref()
                                .is_some_and(|c| c != code && c.len() == 3 && !c.starts_with("IG"))
                    });
                    let unnamed_government = (lo..hi).find(|&k| {
                        doc.syntax[k].upos == "NOUN"
                            && kb
                                .agent_sectors
                                .get(&*noun_key(doc, k))
                                .is_some_and(|sector| sector == "GOV")
                            && doc
                                .mentions
                                .iter()
                                .all(|m| !m.span.contains(doc.tokens[k].span))
                            && !actor.iter().any(|p| p.span.contains(doc.tokens[k].span))
                            // (Not "the Kenyan government": named, it is
                            // read where it stands.)
                            && !(lo..hi).any(|c| {
                                doc.syntax[c].head == Some(k)
                                    && matches!(
                                        doc.syntax[c].deprel,
                                        "amod" | "compound" | "nmod:poss" | "nmod"
                                    )
                                    && doc.mentions.iter().any(|m| m.span.contains(doc.tokens[c].span))
                            })
                    });
                    if let Some(k) = unnamed_government.filter(|_| !other_state) {
                        let code = code.to_string();
                        if let Some(st) = state_entity(doc, kb, &code) {
                            recipient.push(Party {
                                entity: st,
                                span: doc.tokens[k].span,
                            });
                        }
                    }
                }
            }
            // "Ethnic Turks began a hunger strike", "Palestinians marched": a
            // people named by its plural demonym protesting is that state's
            // civilians, not its government.
            if event_type == "PROTEST" && actor.len() == 1 {
                let e = &doc.entities[actor[0].entity];
                let demonym_plural = tree.actor_head.is_some_and(|k| {
                    matches!(doc.syntax[k].xpos, "NNPS" | "NNS")
                        && !doc.token_text(k).eq_ignore_ascii_case(&e.name)
                });
                if e.kind == EntityKind::State && demonym_plural {
                    if let Some(code) = e.code.clone() {
                        let span = actor[0].span;
                        actor = vec![Party {
                            entity: domestic_group(doc, &code, "CVL"),
                            span,
                        }];
                    }
                }
            }
            // "Manila protests to Beijing": a government's protest to another
            // state is a formal complaint (ACCUSE), not dissent in the street.
            // So is one to nobody named ("recalled its ambassador to protest").
            if event_type == "PROTEST"
                && !actor.is_empty()
                && actor.iter().all(|p| governing(kb, &doc.entities[p.entity]))
                && (recipient.is_empty() && tree.purpose
                    || recipient.iter().any(|p| {
                        let e = &doc.entities[p.entity];
                        e.kind == EntityKind::State
                            && !actor.iter().any(|a| doc.entities[a.entity].code == e.code)
                    }))
            {
                event_type = "ACCUSE".into();
            }
            // "Supporters of the jailed leader blocked roads in Nairobi": a
            // crowd nobody names is the place's people.
            if event_type == "PROTEST" && actor.is_empty() {
                if let Some(country) = location
                    .and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                    .filter(|c| !c.is_empty())
                    .or_else(|| {
                        recipient
                            .iter()
                            .map(|p| &doc.entities[p.entity])
                            .find(|e| e.kind == EntityKind::State)
                            .and_then(|e| e.code.clone())
                    })
                {
                    actor.push(Party {
                        entity: civilians(doc, &country),
                        span: trig.span,
                    });
                }
            }
            // "Thousands of Nigerians rallied in Lagos": a protest with no
            // target named is one of a state's people against its authorities.
            // "protested against the expulsion" answers an earlier act, whose
            // actor is found once all events are read (`answered_events`).
            let answers = answered_heads(doc, s, trig.span)
                .iter()
                .any(|h| names_an_act(kb, h));
            // "China protested strongly", "Kenya protested": a state named
            // by its name protests as a government, a formal complaint with
            // its target left untold (its people are named by a demonym,
            // read above).
            let government_protest = actor.iter().any(|p| {
                let e = &doc.entities[p.entity];
                e.kind == EntityKind::State
                    && governing(kb, e)
                    && mention_at(doc, p).is_some_and(|m| doc.mentions[m].form == MentionForm::Name)
            });
            if event_type == "PROTEST" && recipient.is_empty() && government_protest {
                event_type = "ACCUSE".into();
                set_mode = Some("disapprove".to_string());
            }
            if event_type == "PROTEST" && recipient.is_empty() && !answers {
                let country = location
                    .and_then(|l| doc.entities[l].geo.as_ref().map(|g| g.country.clone()))
                    .filter(|c| !c.is_empty())
                    .or_else(|| {
                        actor
                            .iter()
                            .find_map(|p| doc.entities[p.entity].code.clone())
                            .filter(|c| c.len() == 3 && !c.starts_with("IG"))
                    });
                if let Some(country) = country {
                    // Its people, not the state, are the protesters.
                    for p in actor.iter_mut() {
                        let e = &doc.entities[p.entity];
                        if e.kind == EntityKind::State && e.code.as_deref() == Some(&country) {
                            p.entity = civilians(doc, &country);
                        }
                    }
                    if let Some(st) = state_entity(doc, kb, &country) {
                        recipient.push(Party {
                            entity: st,
                            span: trig.span,
                        });
                    }
                }
            }
            // "threatened to institute a curfew in Algiers": a state's act on a
            // place of its own is coded on itself, as on its territory above.
            if DOMESTIC_ON_PLACE.contains(&event_type.as_str()) {
                let home: Vec<String> = actor
                    .iter()
                    .filter_map(|p| doc.entities[p.entity].code.clone())
                    .collect();
                for p in recipient.iter_mut() {
                    let e = &doc.entities[p.entity];
                    let Some(code) = e.code.clone().filter(|c| home.contains(c)) else {
                        continue;
                    };
                    // The city itself, or its state read from the city's name.
                    let named_place = e.kind == EntityKind::Place
                        || doc
                            .mentions
                            .iter()
                            .any(|m| m.entity == p.entity && m.span == p.span && m.place.is_some());
                    if !named_place || !matches!(e.kind, EntityKind::Place | EntityKind::State) {
                        continue;
                    }
                    if let Some(st) = state_entity(doc, kb, &code) {
                        p.entity = st;
                        place_state = Some(st);
                    }
                }
            }
            // "Macron demanded the release of French hostages": a state is not
            // on the receiving end of its own act.
            // Its own opposition, rebels or courts are: "Museveni banned
            // Ugandan opposition candidates" is Uganda's act on Ugandans; and
            // one group of a state's people acts on another ("gunmen killed
            // herders").
            let group =
                |e: &detente_doc::Entity| e.sector.clone().filter(|_| non_government(kb, e));
            let own: Vec<(Option<String>, Option<String>)> = actor
                .iter()
                .map(|p| &doc.entities[p.entity])
                .filter(|e| {
                    e.code
                        .as_deref()
                        .is_some_and(|c| c.len() == 3 && c != "IGO")
                })
                .map(|e| (e.code.clone(), group(e)))
                .collect();
            if !pattern.symmetric {
                recipient.retain(|p| {
                    let e = &doc.entities[p.entity];
                    Some(p.entity) == place_state || !own.contains(&(e.code.clone(), group(e)))
                });
            }
            // "Released prisoners arrive in Ramallah": a trip within one's own
            // state is no visit.
            if event_type == "CONSULT" && pattern.mode.as_deref() == Some("visit") {
                let code = |p: &Party| doc.entities[p.entity].code.clone();
                let home: Vec<Option<String>> = actor.iter().map(code).collect();
                if !recipient.is_empty() && recipient.iter().all(|p| home.contains(&code(p))) {
                    continue;
                }
            }
            let mut context = pattern.context.clone();
            let topics = topics_of(doc, kb, s, &mut context);
            // A mode of the type found; where the type changed (a state's
            // protest is a complaint), only one the lexicon gives that type.
            // Not for contacts: how two sides met (a call, a visit) is told
            // by the patterns, and merging reads it.
            let own_mode = pattern.mode.clone().filter(|_| event_type == pattern.event);
            // "spoke with … during a telephone call": the call says how.
            let by_phone = (event_type == "CONSULT"
                && subject_modes
                    .iter()
                    .any(|(v, m)| m == "phone" && (trig.first..trig.end).contains(v)))
            .then(|| "phone".to_string());
            let mode = set_mode
                .or(by_phone)
                .or(own_mode)
                .or_else(|| match frame {
                    None if event_type != "CONSULT" => {
                        frames::lexicon_mode(doc, kb, s, trig.first, trig.end, &event_type)
                    }
                    _ => None,
                })
                .or_else(|| {
                    subject_modes
                        .iter()
                        .find(|(v, _)| (trig.first..trig.end).contains(v))
                        .filter(|_| event_type == "ASSAULT")
                        .map(|(_, m)| m.clone())
                });
            // "Iran and the United States will hold talks …, Oman's foreign
            // minister said": a joint act's sides are told as the surface
            // tells them, the first acting and the others reached, however
            // the roles were found.
            let (actor, recipient) = if pattern.symmetric
                && matches!(event_type.as_str(), "CONSULT" | "AGREE" | "COOPERATE")
                && mode.as_deref() != Some("mediate")
                && recipient.is_empty()
                && actor.len() >= 2
                && distinct_codes(doc, &actor, &[]) >= 2
            {
                // (Every name of the first side's state on that side.)
                let first = doc.entities[actor[0].entity].code.clone();
                actor
                    .into_iter()
                    .partition(|p| first.is_some() && doc.entities[p.entity].code == first)
            } else {
                (actor, recipient)
            };
            // "Russian drones arrived in Poland": a weapon makes no visit.
            if event_type == "CONSULT"
                && mode.as_deref() == Some("visit")
                && frames::weapon_subject(doc, kb, s, trig.first, trig.end)
            {
                continue;
            }
            // "Moscow barred the British prime minister from entering
            // Russia", "banned Chinese apps": a ban one state or body puts on
            // another state's people or goods is a sanction, not repression
            // at home.
            let (event_type, mode) = if event_type == "COERCE"
                && matches!(mode.as_deref(), Some("ban" | "restrict" | "censor"))
                && foreign_target(doc, &actor, &recipient)
            {
                ("SANCTION".to_string(), None)
            } else {
                (event_type, mode)
            };
            let event = Event {
                event: event_type,
                mode,
                context,
                status,
                claimed_by,
                negated: st.negated,
                date,
                date_text,
                actor,
                recipient,
                location,
                location_text,
                topics,
                trigger: trig.span,
                mentions: vec![EventMention {
                    sentence: s,
                    span: sent.span,
                }],
            };
            let fallback = match (anaphoric && pattern.symmetric, dyad) {
                (true, Some((a, b))) => vec![
                    Party {
                        entity: a,
                        span: trig.span,
                    },
                    Party {
                        entity: b,
                        span: trig.span,
                    },
                ],
                _ => Vec::new(),
            };
            // "China and Japan accused each other": each side's act on the
            // others.
            // ("Russia and Ukraine exchanged prisoners": whose prisoners
            // they are is one of the sides, not a third.)
            let within_sides = event.recipient.iter().all(|r| {
                event.actor.iter().any(|a| {
                    a.entity == r.entity
                        || doc.entities[a.entity].code.is_some()
                            && doc.entities[a.entity].code == doc.entities[r.entity].code
                })
            });
            let each: Vec<Event> = if within_sides
                && event.actor.len() >= 2
                && !pattern.symmetric
                && frames::reciprocal(doc, s, trig.first, trig.end)
            {
                event
                    .actor
                    .iter()
                    .map(|a| {
                        let mut one = event.clone();
                        one.actor = vec![a.clone()];
                        one.recipient = event
                            .actor
                            .iter()
                            .filter(|b| b.entity != a.entity)
                            .cloned()
                            .collect();
                        one
                    })
                    .collect()
            } else {
                vec![event]
            };
            let further = frames::told_as_further(doc, kb, s, trig.first, trig.end);
            for event in each {
                cands.push(Candidate {
                    event,
                    said_date,
                    anaphoric,
                    guessed_parties: guessed,
                    fallback: fallback.clone(),
                    further,
                });
            }
            if r.outcome {
                let i = cands.len() - 1;
                merge::inherit_outcome(doc, &mut cands, i);
            }
        }
    }
    let mut events = merge::merge(doc, cands);
    let unanswered = answered_events(doc, kb, &mut events);
    // "Farmers drove tractors into Berlin to protest the cuts": a protest
    // at an act told of nobody is, as any protest with no target named,
    // one of a state's people against its authorities.
    for (i, code) in unanswered {
        if let Some(st) = state_entity(doc, kb, &code) {
            let span = events[i].trigger;
            events[i].recipient.push(Party { entity: st, span });
        }
    }
    news_day(doc, &mut events);
    doc.events = events;
}

/// "China rejected the protest", "France protested against the expulsion": an
/// act aimed at an earlier event is aimed at that event's actor.
/// Returns the protests by a state's people that answer no act found, with
/// the state.
fn answered_events(doc: &Doc, kb: &Kb, events: &mut [Event]) -> Vec<(usize, String)> {
    let mut unanswered = Vec::new();
    let code = |p: &Party| doc.entities[p.entity].code.clone();
    let class = |name: &str| kb.lexicon.classes.get(name).map_or(&[][..], Vec::as_slice);
    let (incident, allegation) = (class("incident"), class("allegation"));
    for i in 0..events.len() {
        if !events[i].recipient.is_empty() || events[i].actor.is_empty() {
            continue;
        }
        let heads = answered_heads(doc, events[i].mentions[0].sentence, events[i].trigger);
        if heads.is_empty() {
            continue;
        }
        let own: Vec<Option<String>> = events[i].actor.iter().map(code).collect();
        let at = events[i].trigger.start;
        let earlier = events.iter().enumerate().rev().find(|(j, e)| {
            *j != i
                && e.trigger.end <= at
                && e.actor
                    .iter()
                    .any(|p| code(p).is_some() && !own.contains(&code(p)))
                && heads.iter().any(|h| {
                    // "lodged a protest … rejected the protest": any word of the act's.
                    doc.lower[e.trigger.start..e.trigger.end]
                        .split_whitespace()
                        .any(|word| same_stem(h, word))
                        || kb.patterns.by_first_word.get(*h).is_some_and(|c| {
                            c.iter()
                                .any(|&(pi, _)| kb.patterns.patterns[pi].event == e.event)
                        })
                        // "protested against the expulsion" of "Niger expels …":
                        // an event noun of the lexicon of the act's type.
                        || kb
                            .lexicon
                            .entries_for(h, true)
                            .any(|x| x.words.is_empty() && x.event == e.event)
                        // "condemned the incident": any hostile act.
                        || HOSTILE.contains(&e.event.as_str()) && incident.iter().any(|w| w == h)
                        // "rejected the claims": a charge against the one
                        // who answers it.
                        || e.event == "ACCUSE"
                            && e.recipient.iter().any(|p| own.contains(&code(p)))
                            && allegation.iter().any(|w| same_stem(w, h))
                })
        });
        if let Some((_, e)) = earlier {
            let to: Vec<Party> = e
                .actor
                .iter()
                .filter(|p| code(p).is_some() && !own.contains(&code(p)))
                .cloned()
                .collect();
            events[i].recipient = to;
            // "Japan protested the launch": a government's protest at
            // another state's act is a formal complaint.
            let governments = events[i]
                .actor
                .iter()
                .all(|p| governing(kb, &doc.entities[p.entity]));
            if events[i].event == "PROTEST" && governments && !events[i].recipient.is_empty() {
                events[i].event = "ACCUSE".into();
                events[i].mode = Some("disapprove".into());
            }
        } else if events[i].event == "PROTEST" {
            let people = events[i].actor.iter().all(|p| {
                let e = &doc.entities[p.entity];
                !governing(kb, e)
                    && e.code
                        .as_deref()
                        .is_some_and(|c| c.len() == 3 && c != "IGO")
            });
            if let Some(c) = own
                .first()
                .cloned()
                .flatten()
                .filter(|_| people && own.len() == 1)
            {
                unanswered.push((i, c));
            }
        }
    }
    unanswered
}

/// "protest" and "protests", "accusation" and "accused": one word, two forms.
/// "rejected the protest", "protested against the expulsion": the words
/// that may head the noun an act answers (right after the determiner, or
/// after one modifier); none when the act names no earlier one.
fn answered_heads(doc: &Doc, s: usize, trigger: Span) -> Vec<&str> {
    let end = doc.sentences[s].end_token;
    let mut t = doc.token_at(trigger.end);
    if t < end && matches!(doc.token_lower(t), "against" | "over") {
        t += 1;
    }
    // "condemned Monday's attack": a date's possessive stands for "the".
    let dated = t + 1 < end && doc.token_lower(t + 1) == "'s" && {
        // Dates are in text order: the one that starts at or before it.
        let word = doc.tokens[t].span;
        let i = doc.dates.partition_point(|d| d.span.start <= word.start);
        i > 0 && doc.dates[i - 1].span.contains(word)
    };
    if dated {
        t += 1;
    } else if !(t < end && matches!(doc.token_lower(t), "the" | "this" | "that")) {
        return Vec::new();
    }
    (t + 1..(t + 3).min(end))
        .map(|k| doc.token_lower(k))
        .collect()
}

/// Whether `word` names an act: a pattern's first word or an event noun.
fn names_an_act(kb: &Kb, word: &str) -> bool {
    kb.patterns.by_first_word.contains_key(word)
        || kb.lexicon.entries_for(word, true).next().is_some()
}

/// Whether party `p` is a place named between a determiner and the noun
/// of an act ("the Geneva talks", "the Minsk agreements"): its venue.
fn names_the_venue(doc: &Doc, kb: &Kb, p: &Party) -> bool {
    let first = doc.token_at(p.span.start);
    let next = doc.token_at(p.span.end.saturating_sub(1)) + 1;
    first > 0
        && next < doc.tokens.len()
        && matches!(
            doc.token_lower(first - 1),
            "the" | "a" | "an" | "this" | "that" | "these" | "those" | "last" | "latest"
        )
        // A noun of the lexicon, whatever the tag: the tagger may read "the
        // Geneva talks" as a name and a verb.
        && {
            let w = doc.token_lower(next);
            let singular = w.strip_suffix('s').unwrap_or(w);
            [w, singular]
                .iter()
                .any(|x| kb.lexicon.entries_for(x, true).next().is_some())
        }
        // A city, not a state by its name ("a US offer"). Mentions are
        // sorted by start: only those of the party's span are read.
        && {
            let at = doc.mentions.partition_point(|m| m.span.start < p.span.start);
            let here: Vec<&detente_doc::Mention> = doc.mentions[at..]
                .iter()
                .take_while(|m| m.span.start == p.span.start)
                .filter(|m| m.span == p.span)
                .collect();
            here.iter().any(|m| {
                matches!(m.form, MentionForm::Name | MentionForm::Metonym)
                    && (m.place.is_some() || doc.entities[m.entity].kind == EntityKind::Place)
            }) && !here.iter().any(|m| {
                m.form == MentionForm::Name && doc.entities[m.entity].kind == EntityKind::State
            })
        }
}

/// Whether token `t` is glued by a hyphen to the word before it
/// ("Russian-backed": "Russian", "-", "backed" with no space between).
fn glued_after_hyphen(doc: &Doc, t: usize) -> bool {
    hyphen_before(doc, t)
        && doc
            .syntax
            .get(t)
            .is_none_or(|a| matches!(a.xpos, "VBN" | "VBD" | "JJ"))
}

/// Whether a hyphen glues token `t` to the word before it, whatever its tag.
fn hyphen_before(doc: &Doc, t: usize) -> bool {
    t >= 2
        && doc.token_text(t - 1) == "-"
        && doc.tokens[t - 1].span.end == doc.tokens[t].span.start
        && doc.tokens[t - 2].span.end == doc.tokens[t - 1].span.start
}

fn same_stem(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 || common >= 4 && a.len().min(b.len()) == common
}

/// States that "X was represented by …, Y by …" names in sentence `s` or the
/// next one of its paragraph.
fn delegation_sides(doc: &Doc, s: usize) -> Vec<Party> {
    let block = doc.sentences[s].block;
    let mut out = Vec::new();
    for t in s..(s + 2).min(doc.sentences.len()) {
        if doc.sentences[t].block != block {
            break;
        }
        let span = doc.sentences[t].span;
        if !doc.lower_slice(span).contains("represented by") {
            continue;
        }
        for m in doc.mentions.iter().filter(|m| span.contains(m.span)) {
            let e = &doc.entities[m.entity];
            let after = doc.lower[m.span.end..span.end].trim_start();
            if e.kind == EntityKind::State
                && m.form != MentionForm::Adjective
                && (after.starts_with("was represented")
                    || after.starts_with("were represented")
                    || after.starts_with("by "))
                && !out.iter().any(|p: &Party| p.entity == m.entity)
            {
                out.push(Party {
                    entity: m.entity,
                    span: m.span,
                });
            }
        }
    }
    out
}

/// A wire story reports the day's events: an undated report in it happened
/// on the news day — the date of the first dated event of its first two
/// paragraphs, if that is within a week before publication, else the day of
/// its dateline, else the day before publication for what it tells in the
/// past and the day itself for what it tells in the present — unless its
/// sentence points elsewhere in time. (Event data dates a story's events by the story, as GDELT, ICEWS
/// and POLECAT do; a report of violence deep in a story dated so was
/// measured more often right than left undated.)
fn news_day(doc: &Doc, events: &mut [Event]) {
    let Some(p) = doc.published else { return };
    let paragraphs: Vec<usize> = (0..doc.blocks.len())
        .filter(|&b| {
            matches!(
                doc.blocks[b].kind,
                detente_doc::BlockKind::Paragraph | detente_doc::BlockKind::Title
            )
        })
        .take(3)
        .collect();
    let day = events.iter().find_map(|e| {
        let s = e.mentions[0].sentence;
        let d = e.date?;
        (paragraphs.contains(&doc.sentences[s].block)
            && e.status != Status::Planned
            && d.precision == detente_doc::Precision::Day
            && d.end.is_none()
            && d.start <= p
            && (p - d.start).num_days() <= 7)
            .then_some(d)
    });
    // Else the story reports the day it is published (or its dateline's
    // day), where the sentence names no date of something else.
    // A story dated only by its publication tells in the past what
    // happened the day before it came out (most stories of a day's events
    // appear the next morning or overnight), in the present or present
    // perfect what happens the day it came out.
    let (day, day_before, lead_only) = match day {
        Some(d) => (d, d, false),
        None => match detente_recognise::dateline(doc, p) {
            Some(d) => (
                detente_doc::DateValue::day(d),
                detente_doc::DateValue::day(d),
                true,
            ),
            None => (
                detente_doc::DateValue::day(p),
                detente_doc::DateValue::day(p - chrono::Duration::days(1)),
                true,
            ),
        },
    };
    const ELSEWHERE: &[&str] = &[
        "earlier",
        "previously",
        "before",
        "ago",
        "since",
        "last year",
        "last month",
        "used to",
        "former",
        "once",
        "history",
        "first time",
    ];
    // "held talks with Lavrov on Wednesday … The two ministers also
    // agreed …": an act of the same sides told right after a dated one is
    // of its day.
    let sides = |e: &Event| {
        let mut c: Vec<&str> = e
            .actor
            .iter()
            .chain(&e.recipient)
            .filter_map(|p| doc.entities[p.entity].code.as_deref())
            .collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    let same_occasion: Vec<Option<detente_doc::DateValue>> = (0..events.len())
        .map(|i| {
            let e = &events[i];
            let s = e.mentions[0].sentence;
            let mine = sides(e);
            // Told as the same occasion: "also", or the sides named again
            // by a word that points back.
            let lower = doc.lower_slice(doc.sentences[s].span);
            let points_back = ["also", "the two", "both", "they"]
                .iter()
                .any(|w| contains_keyword(lower, w));
            if e.date.is_some() || mine.len() < 2 || !points_back {
                return None;
            }
            events[..i].iter().rev().find_map(|f| {
                let t = f.mentions[0].sentence;
                let d = f.date?;
                (t <= s
                    && s - t <= 2
                    && f.status != Status::Planned
                    && d.precision == detente_doc::Precision::Day
                    && d.end.is_none()
                    && sides(f) == mine)
                    .then_some(d)
            })
        })
        .collect();
    for (e, inherited) in events.iter_mut().zip(same_occasion) {
        // (A time told that gives no day, "months after …", is kept so.)
        if e.date.is_some() || e.date_text.is_some() || e.status == Status::Planned {
            continue;
        }
        // Only where nothing else dates it: not a sentence that names a
        // date of something else ("after the blockade of March 2021"), and
        // not violence, which reports often tell days after ("gunmen
        // killed five soldiers, the army said").
        if lead_only {
            let sent = doc.sentences[e.mentions[0].sentence].span;
            // Dates are in text order.
            let i = doc.dates.partition_point(|d| d.span.start < sent.start);
            if doc.dates.get(i).is_some_and(|d| sent.contains(d.span)) {
                continue;
            }
        }
        let lower = doc.lower_slice(doc.sentences[e.mentions[0].sentence].span);
        // Whole words: "concern" holds "once", "Pentagon" "ago".
        if ELSEWHERE.iter().any(|w| contains_keyword(lower, w)) {
            continue;
        }
        // The perfect moves the event itself back only when it is the event's own
        // tense ("had met"), not a clause's ("denied that Russia had received … and blamed").
        let trig = e.trigger.start;
        let first = doc.sentences[e.mentions[0].sentence].first_token;
        // "had a phone call with …": a verb of having is no perfect.
        let lead = (first..doc.token_at(trig))
            .rev()
            .take(3)
            .filter(|&k| {
                !matches!(doc.token_lower(k), "had" | "has" | "have")
                    || doc
                        .syntax
                        .get(k)
                        .is_none_or(|a| a.deprel.starts_with("aux"))
            })
            .map(|k| doc.token_lower(k))
            .collect::<Vec<_>>();
        // "Russia said Ukraine had violated the truce": an accusation made
        // in a statement, of the subject of the clause, is dated by the
        // statement, not by the act it alleges ("the minister said Peru had
        // criticised Chile" is Peru's earlier charge).
        let stated = e.event == "ACCUSE" && e.recipient.iter().any(|p| p.span.end <= trig) && {
            let first = doc.sentences[e.mentions[0].sentence].first_token;
            (first..doc.token_at(trig)).any(|k| {
                doc.syntax.get(k).is_some_and(|a| {
                    a.upos == "VERB" && frames::says_or_charges(&a.lemma.to_lowercase())
                })
            })
        };
        // "Moscow has threatened retaliation" opening a story is its news:
        // the present perfect of a title or a first sentence is today's.
        let opening = e.mentions[0].sentence < 2
            && !lead
                .iter()
                .any(|w| matches!(*w, "had" | "repeatedly" | "long" | "already"));
        if !stated
            && !opening
            && lead
                .iter()
                .any(|w| matches!(*w, "had" | "has" | "have" | "been"))
        {
            continue;
        }
        // A title's present tells the past ("Israel strikes Gaza"); the
        // body's present and the present perfect tell today.
        let in_title = doc.blocks[doc.sentences[e.mentions[0].sentence].block].kind
            == detente_doc::BlockKind::Title;
        let present = !in_title
            && doc
                .syntax
                .get(doc.token_at(trig))
                .is_some_and(|a| matches!(a.xpos, "VBZ" | "VBP"));
        let perfect = lead.iter().any(|w| matches!(*w, "has" | "have"));
        e.date = Some(inherited.unwrap_or(if present || perfect { day } else { day_before }));
        e.date_text = None;
    }
}

/// The mention a party was read from: mentions are in text order, so a
/// binary search finds those that start where it does.
/// The state of the place an "in" phrase under the noun at token `k` (up
/// to three steps down) names: "units in Myanmar", "police in Kano".
fn placed_in_phrase(doc: &Doc, s: usize, k: usize) -> Option<String> {
    if doc.syntax.len() != doc.tokens.len() {
        return None;
    }
    let (lo, hi) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let under_k = |mut c: usize| {
        for _ in 0..3 {
            match doc.syntax[c].head {
                Some(h) if h == k => return true,
                Some(h) if (lo..hi).contains(&h) && h != c => c = h,
                _ => return false,
            }
        }
        false
    };
    (lo..hi).find_map(|c| {
        let x = &doc.syntax[c];
        if !x.deprel.starts_with("nmod") || !under_k(c) {
            return None;
        }
        let by_in = (lo..hi).any(|m| {
            doc.syntax[m].head == Some(c)
                && doc.syntax[m].deprel == "case"
                && doc.token_lower(m) == "in"
        });
        if !by_in {
            return None;
        }
        let span = doc.tokens[c].span;
        doc.mentions
            .iter()
            .filter(|m| m.span.contains(span))
            .find_map(|m| {
                let e = &doc.entities[m.entity];
                match e.kind {
                    EntityKind::State => e.code.clone(),
                    EntityKind::Place => e.geo.as_ref().map(|g| g.country.clone()),
                    _ => None,
                }
            })
            .filter(|c| !c.is_empty())
    })
}

fn mention_at(doc: &Doc, p: &Party) -> Option<usize> {
    let from = doc
        .mentions
        .partition_point(|m| m.span.start < p.span.start);
    (from..doc.mentions.len())
        .take_while(|&i| doc.mentions[i].span.start == p.span.start)
        .find(|&i| doc.mentions[i].entity == p.entity && doc.mentions[i].span == p.span)
}

/// The lower-case lemma of the noun at token `t`, for the knowledge base's
/// noun lists. A plural that opens a sentence is often tagged as a name
/// ("Gunmen killed …", lemma "Gunmen"): its singular is guessed from its
/// spelling.
pub(crate) fn noun_key(doc: &Doc, t: usize) -> std::borrow::Cow<'_, str> {
    let a = &doc.syntax[t];
    let opens = a.upos == "PROPN"
        && doc
            .sentence_at(doc.tokens[t].span.start)
            .is_some_and(|s| doc.sentences[s].first_token == t);
    // A plural the lemmatiser left as it was ("troops", learnt so from
    // the treebank) is looked up by its singular, as tables list nouns.
    let unlemmatised_plural = a.xpos == "NNS"
        && a.lemma.len() > 3
        && a.lemma.ends_with('s')
        && !a.lemma.ends_with("ss")
        && !a.lemma.ends_with("us")
        && !a.lemma.ends_with("is")
        && a.lemma.eq_ignore_ascii_case(doc.token_text(t));
    if !(opens || unlemmatised_plural) {
        return match a.lemma.chars().any(char::is_uppercase) {
            true => a.lemma.to_lowercase().into(),
            false => a.lemma.as_str().into(),
        };
    }
    singular(doc.token_lower(t)).into()
}

/// A word's hash, the same in every run: words compared by hash before
/// (or instead of) by their letters, where a hash two words share only
/// lets more through.
pub(crate) fn word_hash(w: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::default().hash_one(w)
}

/// Whether token `k` of sentence `s` names people by what they are, or a
/// number of them ("demonstrators", "thousands of students").
fn names_people(doc: &Doc, kb: &Kb, s: usize, k: usize) -> bool {
    let people = |k: usize| {
        let n = noun_key(doc, k);
        kb.group_sectors.contains_key(&*n) || kb.lexicon.in_class("crowd", &n)
    };
    let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    people(k)
        || (first..end)
            .any(|c| doc.syntax[c].head == Some(k) && doc.syntax[c].deprel == "nmod" && people(c))
}

/// The singular of a lower-case plural by its spelling ("troops", "militiamen", "parties").
pub(crate) fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("men") {
        format!("{stem}man")
    } else if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["ses", "xes", "ches", "shes"]
        .iter()
        .any(|x| w.ends_with(x))
    {
        w[..w.len() - 2].to_string()
    } else if w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// The party for a group of people the tree names by a noun of
/// `groups.tsv` at `head` ("opposition candidates", "rebels"): that group of
/// the state its phrase names, else of the place of the event, else of the
/// other side's state. `None` when the phrase is no such group.
#[allow(clippy::too_many_arguments)]
fn group_party(
    doc: &mut Doc,
    kb: &Kb,
    head: Option<usize>,
    named: &[Party],
    other_side: &[Party],
    place_country: Option<&str>,
    trigger: Span,
) -> Option<Party> {
    let h = head?;
    // "hundreds of demonstrators": an amount stands for what it counts.
    let h = if kb.lexicon.in_class("quantity", &noun_key(doc, h)) {
        (h + 1..doc.syntax.len().min(h + 4))
            .find(|&k| {
                doc.syntax[k].head == Some(h)
                    && doc.syntax[k].deprel == "nmod"
                    && (h + 1..k).any(|c| doc.token_lower(c) == "of")
            })
            .unwrap_or(h)
    } else {
        h
    };
    let sector_of = |t: usize| kb.group_sectors.get(&*noun_key(doc, t));
    // "opposition rallies", "the rebels' positions": the group in front.
    let sector = sector_of(h)
        .or_else(|| {
            (h.saturating_sub(4)..h).rev().find_map(|k| {
                (doc.syntax[k].head == Some(h)
                    && matches!(doc.syntax[k].deprel, "compound" | "nmod:poss"))
                .then(|| sector_of(k))
                .flatten()
            })
        })?
        .clone();
    // "Armed men", "masked youths": people described by their arms are an
    // armed group, not civilians.
    let armed = (h.saturating_sub(3)..h).any(|k| {
        doc.syntax[k].head == Some(h)
            && doc.syntax[k].deprel == "amod"
            && matches!(doc.token_lower(k), "armed" | "masked")
    });
    let sector = if armed && sector == "CVL" {
        "REB".to_string()
    } else {
        sector
    };
    // A person, a body or a named institution in the phrase is the party
    // itself, unless the group is of them ("supporters of Ben Bella",
    // "Besigye's supporters" are people of his state, not he).
    let of_phrase = |p: &Party| {
        let mut t = doc.token_at(p.span.start);
        for _ in 0..8 {
            match doc.syntax[t].head {
                Some(up) if up == h => return doc.syntax[t].deprel.starts_with("nmod"),
                Some(up) => t = up,
                None => return false,
            }
        }
        false
    };
    if named
        .iter()
        .any(|p| doc.entities[p.entity].kind != EntityKind::State && !of_phrase(p))
    {
        return None;
    }
    let country = named
        .iter()
        .find_map(|p| doc.entities[p.entity].code.clone())
        .or_else(|| place_country.map(str::to_string))
        .or_else(|| {
            other_side
                .iter()
                .find_map(|p| doc.entities[p.entity].code.clone())
                .filter(|c| c.len() == 3 && !c.starts_with("IG"))
        })?;
    let span = named.first().map_or(trigger, |p| p.span);
    let entity = domestic_group(doc, &country, &sector);
    Some(Party { entity, span })
}

/// The state whose own people (a sector of `groups.tsv`) every party of
/// `actor` is, if one.
fn domestic_code<'d>(doc: &'d Doc, kb: &Kb, actor: &[Party]) -> Option<&'d str> {
    let mut code = None;
    for p in actor {
        let e = &doc.entities[p.entity];
        let c = e
            .code
            .as_deref()
            .filter(|c| c.len() == 3 && !c.starts_with("IG"))?;
        if !non_government(kb, e) || code.is_some_and(|x| x != c) {
            return None;
        }
        code = Some(c);
    }
    code
}

/// Whether an entity stands for a part of its state's people other than
/// its government (a sector of `groups.tsv`).
/// A state, or a person or office that speaks for its government.
fn governing(kb: &Kb, e: &detente_doc::Entity) -> bool {
    e.code.is_some()
        && !non_government(kb, e)
        && (e.kind == EntityKind::State || e.sector.as_deref() == Some("GOV"))
}

fn non_government(kb: &Kb, e: &detente_doc::Entity) -> bool {
    e.sector
        .as_deref()
        .is_some_and(|s| kb.group_sectors.values().any(|g| g == s))
}

/// The entity for a group of a country's people with a sector
/// (civilians, opposition, rebels …).
fn domestic_group(doc: &mut Doc, country: &str, sector: &str) -> usize {
    let what = match sector {
        "OPP" => "Opposition",
        "REB" => "Rebels",
        "JUD" => "Judiciary",
        "LEG" => "Legislators",
        "MED" => "Media",
        "BUS" => "Business",
        "LAB" => "Labour",
        "EDU" => "Students",
        "REL" => "Clergy",
        "HRI" => "Rights groups",
        "REF" => "Refugees",
        _ => "Civilians",
    };
    let name = format!("{what} ({country})");
    match doc.entities.iter().position(|e| e.name == name) {
        Some(i) => i,
        None => added_entity(doc, name, EntityKind::Body, country, sector, 1),
    }
}

/// The document's entity for the state with `code`, added from the
/// knowledge base when the text has not named it.
fn state_entity(doc: &mut Doc, kb: &Kb, code: &str) -> Option<usize> {
    if let Some(i) = doc
        .entities
        .iter()
        .position(|e| e.kind == EntityKind::State && e.code.as_deref() == Some(code))
    {
        return Some(i);
    }
    let name = kb.states.iter().find(|s| s.code == code)?.name.clone();
    Some(added_entity(doc, name, EntityKind::State, code, "GOV", 0))
}

/// Token `t` is a verb in the passive with no agent ("were arrested",
/// "had been detained"), in sentence `s`.
fn passive_without_agent(doc: &Doc, s: usize, t: usize) -> bool {
    let (a, b) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    t > a
        && matches!(
            doc.token_lower(t - 1),
            "was" | "were" | "been" | "being" | "be"
        )
        && !(t + 1..b).any(|k| doc.token_lower(k) == "by")
}

/// The closing attribution of sentence `s`, from the comma that opens it to
/// its verb of saying: "…, Matthew Miller, a spokesman for the State
/// Department, said in a statement." Only names, their descriptions and
/// commas stand between (no verb), and only phrases of time and manner after.
fn closing_attribution(doc: &Doc, s: usize) -> Option<Span> {
    if doc.syntax.len() != doc.tokens.len() {
        return None;
    }
    let (first, end) = (doc.sentences[s].first_token, doc.sentences[s].end_token);
    let verb = (first..end).rev().find(|&t| doc.syntax[t].upos == "VERB")?;
    if !matches!(
        doc.token_lower(verb),
        "said" | "says" | "told" | "added" | "stated" | "noted" | "reported"
    ) || (verb + 1..end).any(|t| doc.syntax[t].upos == "AUX")
    {
        return None;
    }
    // The earliest comma with nothing verbal between it and the verb, at
    // most three back ("Gaza, Matthew Miller, a spokesman …, said").
    let mut open = None;
    let mut commas = 0;
    for t in (first + 1..verb).rev() {
        if matches!(doc.syntax[t].upos, "VERB" | "AUX") || doc.token_lower(t) == "that" {
            break;
        }
        if doc.token_lower(t) == "," {
            commas += 1;
            if commas > 3 {
                break;
            }
            // The words right after it name someone.
            if matches!(
                doc.syntax.get(t + 1).map(|x| x.upos),
                Some("PROPN" | "DET" | "NOUN" | "ADJ")
            ) {
                open = Some(t);
            }
        }
    }
    let open = open?;
    // A comma right before the verb alone ("…, said Miller" has the verb
    // first): the speaker must come between.
    (verb > open + 1).then(|| Span::new(doc.tokens[open].span.start, doc.tokens[verb].span.end))
}

/// The entity for the civilians of a country (protesters, crowds).
fn civilians(doc: &mut Doc, country: &str) -> usize {
    domestic_group(doc, country, "CVL")
}

/// An entity the event stage adds (not named in the text as such).
fn added_entity(
    doc: &mut Doc,
    name: String,
    kind: EntityKind,
    code: &str,
    sector: &str,
    mentions: usize,
) -> usize {
    doc.entities.push(detente_doc::Entity {
        name,
        kind,
        code: Some(code.to_string()),
        sector: Some(sector.to_string()),
        office: None,
        roles: Vec::new(),
        geo: None,
        affiliations: Vec::new(),
        mentions,
    });
    doc.entities.len() - 1
}

/// Whether every party on the receiving end is a state other than any
/// coded actor's, and some actor is coded.
fn foreign_target(doc: &Doc, actor: &[Party], recipient: &[Party]) -> bool {
    let code = |p: &Party| doc.entities[p.entity].code.as_deref();
    let own: Vec<&str> = actor.iter().filter_map(code).collect();
    !own.is_empty()
        && !recipient.is_empty()
        && recipient.iter().all(|p| {
            code(p).is_some_and(|c| {
                !own.contains(&c)
                    && doc.entities[p.entity].kind != EntityKind::Body
                    && c.len() == 3
                    && c != "IGO"
            })
        })
}

fn distinct_codes(doc: &Doc, a: &[Party], b: &[Party]) -> usize {
    let mut codes: Vec<&str> = a
        .iter()
        .chain(b)
        .filter_map(|p| doc.entities[p.entity].code.as_deref())
        .collect();
    codes.sort();
    codes.dedup();
    codes.len()
}

/// The two sides (entities of two codes) of the latest meeting or call
/// told from its own words in sentence `s` or the three before it.
fn recent_pair(doc: &Doc, cands: &[Candidate], s: usize) -> Option<(usize, usize)> {
    cands
        .iter()
        .rev()
        .take_while(|c| c.event.mentions[0].sentence + 3 >= s)
        .filter(|c| {
            !c.guessed_parties && c.event.event == "CONSULT" && c.event.mentions[0].sentence <= s
        })
        .find_map(|c| {
            // States and people before the bodies that host them.
            let principal = |p: &&&Party| {
                matches!(
                    doc.entities[p.entity].kind,
                    EntityKind::State | EntityKind::Person
                )
            };
            let sides: Vec<&Party> = c
                .event
                .actor
                .iter()
                .chain(&c.event.recipient)
                .filter(|p| doc.entities[p.entity].code.is_some())
                .collect();
            let a = sides.iter().find(principal).or(sides.first())?;
            let code = &doc.entities[a.entity].code;
            let other: Vec<&&Party> = sides
                .iter()
                .filter(|p| doc.entities[p.entity].code != *code)
                .collect();
            let b = other.iter().find(|p| principal(p)).or(other.first())?;
            Some((a.entity, b.entity))
        })
}

/// The two states the document is most about: their entities.
fn main_dyad(doc: &Doc) -> Option<(usize, usize)> {
    let v = state_counts(doc);
    // The second party must stand out: named twice, or more than any third.
    if v.len() < 2 || v[1].1 < 2 && v.get(2).is_some_and(|third| third.1 >= v[1].1) {
        return None;
    }
    let state = |code: &str| {
        doc.entities
            .iter()
            .position(|e| e.kind == EntityKind::State && e.code.as_deref() == Some(code))
    };
    Some((state(v[0].0)?, state(v[1].0)?))
}

/// The one state the document is most about: named more than any other.
/// The state the report was filed in ("MOSCOW, March 30 -", "Moscow:")
/// comes first when it is named nearly as often as the most named (three
/// quarters as often): an unnamed "the ministry" in a report from Moscow
/// about a quarrel with Brussels is Russia's; one from a bureau that
/// covers a neighbour ("BEIRUT - … Syrian troops …") names that neighbour
/// far more.
fn main_state(doc: &Doc) -> Option<String> {
    let counts = state_counts(doc);
    let top = counts.first().map_or(0, |c| c.1);
    let filed = filed_state(doc).filter(|c| {
        counts
            .iter()
            .any(|&(k, n)| k == c && n > 0 && 4 * n >= 3 * top)
    });
    filed.or_else(|| single_top(counts))
}

/// The state of the place a report was filed from, by its dateline.
fn filed_state(doc: &Doc) -> Option<String> {
    doc.mentions
        .iter()
        .find(|m| m.form == MentionForm::Dateline)
        .and_then(|m| {
            let e = &doc.entities[m.entity];
            e.geo.as_ref().map(|g| g.country.clone()).or(e.code.clone())
        })
        .filter(|c| c.len() == 3)
}

/// The one state the places the document names are in more than any other
/// ("clashes in northwest Syria … government forces"), a dateline's city
/// aside.
fn main_place_state(doc: &Doc) -> Option<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for m in doc
        .mentions
        .iter()
        .filter(|m| m.form != MentionForm::Dateline)
    {
        let place = m
            .place
            .or_else(|| (doc.entities[m.entity].kind == EntityKind::Place).then_some(m.entity));
        if let Some(g) = place.and_then(|p| doc.entities[p].geo.as_ref()) {
            if g.country.len() == 3 {
                *count.entry(g.country.as_str()).or_default() += 1;
            }
        }
    }
    let mut places: Vec<(&str, usize)> = count.into_iter().collect();
    places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    single_top(places)
}

/// The first code of counts sorted most first, when no other has as many.
fn single_top(v: Vec<(&str, usize)>) -> Option<String> {
    let (top, n) = *v.first()?;
    (v.get(1).is_none_or(|second| second.1 < n)).then(|| top.to_string())
}

/// States (codes) by how often the document names them or their people as
/// parties, most first.
fn state_counts(doc: &Doc) -> Vec<(&str, usize)> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for (mi, m) in doc.mentions.iter().enumerate() {
        // "in Brussels" is where, not who.
        if roles::in_place_position(doc, mi) {
            continue;
        }
        let e = &doc.entities[m.entity];
        if matches!(
            e.kind,
            EntityKind::State | EntityKind::Person | EntityKind::Institution
        ) && m.form != MentionForm::Pronoun
        {
            if let Some(c) = e.code.as_deref() {
                if c.len() == 3
                    && c != "IGO"
                    && c != "UNO"
                    && c != "EUR"
                    && c != "NGO"
                    && c != "MNC"
                {
                    *count.entry(c).or_default() += 1;
                }
            }
        }
    }
    let mut v: Vec<(&str, usize)> = count.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

/// Topics whose keywords occur in the sentence; their contexts join the event's.
fn topics_of(doc: &Doc, kb: &Kb, s: usize, context: &mut Vec<String>) -> Vec<String> {
    let lower = doc.lower_slice(doc.sentences[s].span);
    let mut out = Vec::new();
    for ti in kb.topic_matcher.topics_in(lower) {
        let t = &kb.topics[ti];
        {
            out.push(t.id.clone());
            if let Some(c) = &t.context {
                if !context.contains(c) {
                    context.push(c.clone());
                }
            }
        }
    }
    out
}

/// Whether `text` has `keyword` on word boundaries; a final `*` matches any ending.
pub fn contains_keyword(text: &str, keyword: &str) -> bool {
    let (k, prefix) = match keyword.strip_suffix('*') {
        Some(k) => (k, true),
        None => (keyword, false),
    };
    let mut from = 0;
    while let Some(i) = text[from..].find(k) {
        let s = from + i;
        let e = s + k.len();
        let before_ok = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = prefix
            || text[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = e;
    }
    false
}
