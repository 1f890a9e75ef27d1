//! Roles read from the parse on sentences written for these tests: the
//! object of a surface trigger, a state's own groups on the receiving end,
//! promises read through their clause, and charges that are not acts.

mod common;

use common::{codes, events, first, parties};

fn names(v: &[detente_extract::ActorRecord]) -> Vec<String> {
    v.iter().map(|a| a.name.clone()).collect()
}

#[test]
fn a_states_own_opposition_is_on_the_receiving_end() {
    let evs = events(
        "The Kenyan government has banned opposition candidates from the regional vote.",
        "2025-03-04",
    );
    let ban = first(&evs, "COERCE");
    assert_eq!(codes(&ban.actor), ["KEN"]);
    assert_eq!(codes(&ban.recipient), ["KEN"], "{ban:#?}");
    assert!(
        names(&ban.recipient)
            .iter()
            .any(|n| n.starts_with("Opposition")),
        "{ban:#?}"
    );
}

#[test]
fn a_named_group_of_a_state_keeps_that_states_code() {
    let evs = events(
        "Police in Chile arrested dozens of Chilean students outside the ministry on Tuesday.",
        "2025-03-04",
    );
    let arrest = first(&evs, "COERCE");
    assert_eq!(codes(&arrest.recipient), ["CHL"], "{arrest:#?}");
}

#[test]
fn a_state_is_still_not_on_the_receiving_end_of_its_own_demand() {
    let evs = events(
        "France demanded the release of French aid workers held in the Sahel.",
        "2025-03-04",
    );
    for e in evs.iter().filter(|e| e.event == "REQUEST") {
        assert!(!codes(&e.recipient).contains(&"FRA".to_string()), "{e:#?}");
    }
}

#[test]
fn an_offer_reaches_whom_the_offered_act_reaches() {
    let evs = events(
        "Norway has offered to hand over the seized archive to Iceland, officials said.",
        "2025-03-04",
    );
    let offer = first(&evs, "AGREE");
    assert_eq!(codes(&offer.actor), ["NOR"]);
    assert_eq!(codes(&offer.recipient), ["ISL"], "{offer:#?}");
}

#[test]
fn readiness_to_act_is_a_promise() {
    let evs = events(
        "Chile says it is willing to withdraw its troops from the border area.",
        "2025-03-04",
    );
    let promise = first(&evs, "AGREE");
    assert_eq!(codes(&promise.actor), ["CHL"]);
    assert!(evs.iter().all(|e| e.event != "RETREAT"), "{evs:#?}");
}

#[test]
fn the_act_a_charge_names_is_not_the_accusers() {
    let evs = events(
        "Moldova accused Russia of shelling the bridge near the border on Sunday.",
        "2025-03-04",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["MDA"]);
    assert!(
        evs.iter()
            .filter(|e| e.event == "ASSAULT")
            .all(|e| !codes(&e.actor).contains(&"MDA".to_string())),
        "{evs:#?}"
    );
}

#[test]
fn failing_to_agree_is_a_rejection_that_happened() {
    let evs = events(
        "Chile and Peru failed to reach an agreement on the maritime border on Sunday.",
        "2025-03-04",
    );
    let no = first(&evs, "REJECT");
    assert_eq!(codes(&no.actor), ["CHL", "PER"]);
    assert_eq!(no.status, "occurred");
    assert!(evs.iter().all(|e| e.event != "AGREE"), "{evs:#?}");
}

#[test]
fn saying_another_party_must_act_is_a_demand_on_it() {
    let evs = events(
        "Norway said on Friday that Denmark must return the seized trawler.",
        "2025-03-04",
    );
    let demand = first(&evs, "REQUEST");
    assert_eq!(codes(&demand.actor), ["NOR"]);
    assert_eq!(codes(&demand.recipient), ["DNK"]);
}

#[test]
fn a_protest_with_no_target_named_is_against_the_authorities() {
    let evs = events(
        "Thousands of Peruvians marched through Lima on Saturday to protest against rising fuel prices.",
        "2025-03-04",
    );
    let march = first(&evs, "PROTEST");
    assert_eq!(codes(&march.recipient), ["PER"], "{march:#?}");
    // The protesters are Peru's people, not its government.
    assert!(
        march
            .actor
            .iter()
            .all(|a| a.code.as_deref() != Some("PER") || a.name.starts_with("Civilians")),
        "{march:#?}"
    );
}

#[test]
fn a_threat_reaches_whom_the_threatened_act_reaches() {
    let evs = events(
        "The Kenyan government has threatened to ban opposition rallies in Nairobi.",
        "2025-03-04",
    );
    let threat = first(&evs, "THREATEN");
    assert_eq!(codes(&threat.actor), ["KEN"]);
    assert_eq!(codes(&threat.recipient), ["KEN"], "{threat:#?}");
}

#[test]
fn a_date_inside_another_clause_is_not_the_events() {
    let evs = events(
        "Chile and Peru agreed to respect the fishing limits set in the treaty that was signed on 4 March 2019.",
        "2025-03-06",
    );
    let deal = first(&evs, "AGREE");
    assert_ne!(deal.date.as_deref(), Some("2019-03-04"), "{deal:#?}");
}

#[test]
fn an_act_stopped_or_forbidden_did_not_happen() {
    let evs = events(
        "Georgia rejected a proposal for a moratorium on strikes on power plants.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "REJECT"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn who_is_left_out_is_no_party() {
    let evs = events(
        "Serbia and Kosovo met in Brussels without American mediation on Tuesday.",
        "2025-03-04",
    );
    let talks = first(&evs, "CONSULT");
    let mut all = codes(&talks.actor);
    all.extend(codes(&talks.recipient));
    assert!(!all.contains(&"USA".to_string()), "{talks:#?}");
    assert!(all.contains(&"SRB".to_string()), "{talks:#?}");
}

#[test]
fn a_participle_read_as_the_missing_main_verb_has_its_subject() {
    // The tagger's commonest slip: "shelled" as a participle after two nouns.
    let evs = events(
        "Turkish helicopters and tanks shelled positions of the Kurdish militia near the town of Afrin.",
        "2025-03-04",
    );
    let attack = first(&evs, "ASSAULT");
    assert_eq!(codes(&attack.actor), ["TUR"], "{attack:#?}");
}

#[test]
fn calling_talks_something_is_no_call_for_talks() {
    let evs = events(
        "Ryabkov called the Vienna talks \"useful, frank and free of posturing\".",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "REQUEST"), "{evs:#?}");
}

#[test]
fn an_amount_stands_for_what_it_measures() {
    let evs = events(
        "Norwegian volunteers handed over 300 kg of medicine to the Red Cross in Mosul on Tuesday.",
        "2025-03-04",
    );
    let aid = first(&evs, "AID");
    assert_eq!(codes(&aid.actor), ["NOR"], "{aid:#?}");
    assert!(evs.iter().all(|e| e.event != "CONCEDE"), "{evs:#?}");
}

#[test]
fn a_future_act_with_a_trailing_attribution_is_a_promise() {
    let evs = events(
        "Sweden will send 20,000 tonnes of wheat to Kenya over the next two years, the Swedish foreign ministry said on Monday.",
        "2025-03-04",
    );
    let promise = first(&evs, "AGREE");
    assert_eq!(codes(&promise.actor), ["SWE"], "{promise:#?}");
    assert!(evs.iter().all(|e| e.event != "AID"), "{evs:#?}");
}

#[test]
fn the_main_act_counts_beside_a_background_one() {
    // "killed" in the relative clause fires a surface pattern; the sentence's
    // own act is still read from the tree.
    let evs = events(
        "Serbia lifted a night curfew in the province where 28 people have been killed in riots this year.",
        "2025-03-04",
    );
    let eased = first(&evs, "RETREAT");
    assert_eq!(codes(&eased.actor), ["SRB"], "{eased:#?}");
}

#[test]
fn an_attempted_act_was_carried_out() {
    let evs = events(
        "Gunmen attempted to assassinate the Nigerian governor of Kano on Sunday, police said.",
        "2025-03-04",
    );
    let attack = first(&evs, "ASSAULT");
    assert_eq!(attack.status, "occurred", "{attack:#?}");
}

#[test]
fn a_governments_protest_to_another_state_is_an_accusation() {
    let evs = events(
        "Hanoi protests to Beijing over the seizure of a fishing boat near the Paracels",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "PROTEST"), "{evs:#?}");
    let complaint = first(&evs, "ACCUSE");
    assert_eq!(codes(&complaint.actor), ["VNM"], "{complaint:#?}");
    assert_eq!(codes(&complaint.recipient), ["CHN"], "{complaint:#?}");
}

#[test]
fn a_statement_inside_a_relative_clause_claims_nothing_else() {
    let evs = events(
        "Vietnam lodged a diplomatic protest with China on Monday over the incidents that Japan said it was following closely.",
        "2025-03-04",
    );
    let complaint = first(&evs, "ACCUSE");
    assert_eq!(complaint.status, "occurred", "{complaint:#?}");
}

#[test]
fn easing_rules_in_a_province_reaches_its_state() {
    let evs = events(
        "Serbia eased emergency measures on Wednesday in the Kosovo province after weeks of unrest.",
        "2025-03-04",
    );
    let eased = evs
        .iter()
        .find(|e| matches!(e.event.as_str(), "CONCEDE" | "RETREAT"))
        .unwrap_or_else(|| panic!("no easing: {evs:#?}"));
    assert_eq!(codes(&eased.actor), ["SRB"], "{eased:#?}");
    assert!(!eased.recipient.is_empty(), "{eased:#?}");
}

#[test]
fn what_an_act_rejects_or_protests_is_not_an_event() {
    let evs = events(
        "Bangladesh rejected an Indian proposal for signing a free trade agreement on Monday.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "REJECT"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "AGREE"), "{evs:#?}");
}

#[test]
fn a_crowd_blocking_roads_for_a_demand_is_one_protest_of_the_places_people() {
    let evs = events(
        "About 300 supporters of the jailed opposition leader blocked roads in the capital city of Nairobi demanding his release.",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "REQUEST"), "{evs:#?}");
    let protest = first(&evs, "PROTEST");
    assert_eq!(codes(&protest.actor), ["KEN"], "{protest:#?}");
    let evs = events(
        "Hundreds of thousands of people blocked streets in Nairobi to demand electoral reforms.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "PROTEST"), "{evs:#?}");
}

#[test]
fn a_vow_to_fight_is_a_threat_and_a_vow_to_open_a_promise() {
    let evs = events(
        "Malian rebels vowed to fight on until the government steps down, officials in Bamako said.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "THREATEN"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "AGREE"), "{evs:#?}");
    let evs = events(
        "The Chilean government vowed to reopen the border crossings with Bolivia within a month.",
        "2025-03-04",
    );
    let promise = first(&evs, "AGREE");
    assert_eq!(codes(&promise.actor), ["CHL"], "{promise:#?}");
}

#[test]
fn holding_people_as_shields_is_read_past_the_object() {
    let evs = events(
        "The Sudanese army has been holding hundreds of villagers as human shields near the front.",
        "2025-03-04",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["SDN"], "{e:#?}");
}

#[test]
fn police_preventing_a_march_is_coercion() {
    let evs = events(
        "Egyptian police prevented a march by students near the university in Cairo on Sunday.",
        "2025-03-04",
    );
    let e = first(&evs, "COERCE");
    assert_eq!(codes(&e.actor), ["EGY"], "{e:#?}");
}

#[test]
fn an_act_reaches_whom_its_purpose_reaches() {
    let evs = events(
        "Kenyan police opened fire to disperse opposition supporters in Kisumu on Monday, witnesses said.",
        "2025-03-04",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["KEN"], "{e:#?}");
    assert_eq!(codes(&e.recipient), ["KEN"], "{e:#?}");
}

#[test]
fn a_states_act_on_its_own_territory_is_coded_on_itself() {
    let evs = events(
        "Turkish police prevented a march by students in Ankara on Sunday.",
        "2025-03-04",
    );
    let e = first(&evs, "COERCE");
    assert_eq!(codes(&e.actor), ["TUR"], "{e:#?}");
    assert_eq!(codes(&e.recipient), ["TUR"], "{e:#?}");
}

#[test]
fn an_apology_is_support_and_receiving_observers_is_access() {
    let evs = events(
        "Peru has apologised to Ecuador for one of its patrol boats boarding an Ecuadorian trawler.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "SUPPORT"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "CONCEDE"), "{evs:#?}");
    let evs = events(
        "The Moldovan prime minister received a team of observers from the OSCE on Monday.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "RETREAT"), "{evs:#?}");
}

#[test]
fn a_clause_joined_to_a_passive_keeps_its_grammatical_subject() {
    let evs = events(
        "Serbia's prime minister has been indicted by the UN war crimes court and will resign.",
        "2025-03-04",
    );
    let e = first(&evs, "RETREAT");
    assert_eq!(codes(&e.actor), ["SRB"], "{e:#?}");
}

#[test]
fn telling_reporters_a_quotation_is_no_request() {
    let evs = events(
        "\"The embargo will stay until the talks resume,\" the Greek envoy told reporters after the vote.",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "REQUEST"), "{evs:#?}");
}

#[test]
fn an_act_the_text_refers_back_to_is_not_done_again() {
    let evs = events(
        "The Bolivian ambassador said the vetoes would not change the council's existing obligations.",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "REJECT"), "{evs:#?}");
}

#[test]
fn a_trip_within_ones_own_state_is_no_visit() {
    let evs = events(
        "Freed Kenyan prisoners arrived in Nairobi on Tuesday.",
        "2025-03-04",
    );
    assert!(
        evs.iter()
            .all(|e| !(e.event == "CONSULT" && e.mode.as_deref() == Some("visit"))),
        "{evs:#?}"
    );
    let evs = events(
        "The Kenyan foreign minister arrived in Kampala on Tuesday for talks.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "CONSULT"), "{evs:#?}");
}

#[test]
fn a_light_verbs_noun_reaches_whom_its_phrase_names() {
    let evs = events(
        "A Chilean judge opened an investigation against the Peruvian ambassador on Monday.",
        "2025-03-04",
    );
    let probe = first(&evs, "ACCUSE");
    assert_eq!(codes(&probe.recipient), ["PER"], "{probe:#?}");
    let evs = events(
        "The African Union commission has completed its inquiry into claims by Ghana's army.",
        "2025-03-04",
    );
    let inquiry = first(&evs, "ACCUSE");
    assert_eq!(codes(&inquiry.recipient), ["GHA"], "{inquiry:#?}");
}

#[test]
fn what_a_noun_act_is_of_carries_its_receiving_phrase() {
    let evs = events(
        "Portugal announced a suspension of rail links with Spain on Friday.",
        "2025-03-04",
    );
    let suspension = first(&evs, "SANCTION");
    assert_eq!(codes(&suspension.actor), ["PRT"]);
    assert_eq!(codes(&suspension.recipient), ["ESP"], "{suspension:#?}");
}

#[test]
fn a_speakers_group_threatens_its_own_state_through_they() {
    let evs = events(
        "Angry Spanish fishermen said on Monday they would blockade Madrid next week.",
        "2025-03-04",
    );
    let threat = first(&evs, "THREATEN");
    assert_eq!(codes(&threat.actor), ["ESP"], "{threat:#?}");
    assert!(
        names(&threat.actor)
            .iter()
            .any(|n| n.starts_with("Civilians")),
        "{threat:#?}"
    );
    assert_eq!(codes(&threat.recipient), ["ESP"], "{threat:#?}");
}

#[test]
fn a_leaders_threat_on_a_city_of_his_own_is_coded_on_his_state() {
    let evs = events(
        "President Lula da Silva threatened to impose a curfew in Recife after days of looting.",
        "2025-03-04",
    );
    let threat = first(&evs, "THREATEN");
    assert_eq!(codes(&threat.actor), ["BRA"], "{threat:#?}");
    assert_eq!(codes(&threat.recipient), ["BRA"], "{threat:#?}");
}

#[test]
fn demonstrators_as_the_trigger_are_their_states_people_facing_their_leader() {
    let evs = events(
        "Peruvian demonstrators rioted after a rally calling for the resignation of President Dina Boluarte.",
        "2025-03-04",
    );
    let riot = first(&evs, "PROTEST");
    assert!(
        names(&riot.actor)
            .iter()
            .any(|n| n.starts_with("Civilians")),
        "{riot:#?}"
    );
    assert_eq!(codes(&riot.actor), ["PER"], "{riot:#?}");
    assert_eq!(codes(&riot.recipient), ["PER"], "{riot:#?}");
}

#[test]
fn supporters_of_a_leader_are_people_of_his_state_not_he() {
    for text in [
        "About 300 supporters of the jailed opposition leader Kizza Besigye blocked roads in Kampala on Monday.",
        "Besigye's supporters blocked roads in Kampala on Monday.",
    ] {
        let evs = events(text, "2025-03-04");
        let protest = first(&evs, "PROTEST");
        assert!(
            !names(&protest.actor).iter().any(|n| n.contains("Besigye")),
            "{text}: {protest:#?}"
        );
        assert_eq!(codes(&protest.actor), ["UGA"], "{text}: {protest:#?}");
        assert_eq!(codes(&protest.recipient), ["UGA"], "{text}: {protest:#?}");
    }
}

#[test]
fn calling_off_a_strike_after_talks_concedes_and_attacks_nobody() {
    let evs = events(
        "The Kenya National Union of Teachers announced Thursday that it has called off a four-day strike after talks with the Kenyan government.",
        "2025-03-04",
    );
    let concession = first(&evs, "CONCEDE");
    assert_eq!(codes(&concession.actor), ["KEN"], "{concession:#?}");
    for e in &evs {
        assert!(
            !matches!(e.event.as_str(), "ASSAULT" | "SANCTION"),
            "the strike is a stoppage of work, the talks its circumstance: {e:#?}"
        );
    }
}

#[test]
fn a_strike_of_hours_is_a_stoppage_of_work_however_it_is_split() {
    let evs = events(
        "A 48-hour strike by nurses shut hospitals across Ghana on Monday.",
        "2025-03-04",
    );
    first(&evs, "PROTEST");
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_group_based_somewhere_acts_for_that_places_state() {
    let evs = events(
        "A rights group based in Nairobi accused Ugandan police of torturing detainees.",
        "2025-03-04",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["KEN"], "{charge:#?}");
    assert_eq!(codes(&charge.recipient), ["UGA"], "{charge:#?}");
}

#[test]
fn a_meeting_offered_on_a_condition_is_an_offer() {
    let evs = events(
        "Ethiopian rebel leaders said they would meet the African Union envoy if he guaranteed their safety.",
        "2025-03-04",
    );
    let offer = first(&evs, "AGREE");
    assert_eq!(codes(&offer.actor), ["ETH"], "{offer:#?}");
    assert!(evs.iter().all(|e| e.event != "CONSULT"), "{evs:#?}");
}

#[test]
fn a_boycott_announced_unless_a_demand_is_met_is_a_threat() {
    let evs = events(
        "The Algerian opposition said it will boycott the elections unless the president resigns.",
        "2025-03-04",
    );
    let threat = first(&evs, "THREATEN");
    assert_eq!(codes(&threat.actor), ["DZA"], "{threat:#?}");
}

#[test]
fn a_verb_the_lemmatiser_misspells_is_still_found_in_the_lexicon() {
    // "boycotted" is lemmatised "boycot".
    let evs = events(
        "The Algerian opposition boycotted the elections.",
        "2025-03-04",
    );
    let boycott = first(&evs, "REJECT");
    assert_eq!(codes(&boycott.actor), ["DZA"], "{boycott:#?}");
}

#[test]
fn giving_a_state_a_loan_is_one_act_that_reaches_it() {
    let evs = events("Norway gave Malawi a loan on Monday.", "2025-03-04");
    let aid: Vec<_> = evs.iter().filter(|e| e.event == "AID").collect();
    assert_eq!(
        aid.len(),
        1,
        "the loan is the giving, not a second act: {evs:#?}"
    );
    assert_eq!(codes(&aid[0].actor), ["NOR"], "{evs:#?}");
    assert_eq!(codes(&aid[0].recipient), ["MWI"], "{evs:#?}");
}

#[test]
fn observers_received_from_a_body_are_let_in_for_that_body() {
    let evs = events(
        "Armenia received a mission of monitors from the European Union on Friday.",
        "2025-03-04",
    );
    let access = first(&evs, "RETREAT");
    assert_eq!(codes(&access.actor), ["ARM"], "{access:#?}");
    assert_eq!(codes(&access.recipient), ["EUR"], "{access:#?}");
}

#[test]
fn aid_handed_to_the_red_crescent_reaches_the_red_crescent() {
    let evs = events(
        "Austrian volunteers handed over 500 tents to the Red Crescent in Herat on Tuesday.",
        "2025-03-04",
    );
    let aid = first(&evs, "AID");
    assert!(
        names(&aid.recipient)
            .iter()
            .any(|n| n.contains("Red Crescent")),
        "{aid:#?}"
    );
}

#[test]
fn a_kind_of_troops_or_weapons_is_no_act() {
    let evs = events(
        "Russia sent attack helicopters to Syria on Monday.",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
    first(&evs, "AID");
    let evs = events(
        "Washington sped up the withdrawal of its invasion forces from Grenada on Friday.",
        "2025-03-04",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_state_led_force_acts_for_that_state() {
    let evs = events(
        "Saudi-led forces struck rebel positions near Sanaa on Monday.",
        "2025-03-04",
    );
    let strike = first(&evs, "ASSAULT");
    assert_eq!(codes(&strike.actor), ["SAU"], "{strike:#?}");
}

#[test]
fn talks_at_two_places_in_the_same_week_are_two_rounds() {
    let evs = events(
        "Talks between Armenia and Azerbaijan are due to resume in Geneva next week. \
         Negotiations on a prisoner exchange are expected to begin in Istanbul on Monday.",
        "2025-02-20",
    );
    let talks: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(talks.len(), 2, "{talks:#?}");
    let places: Vec<_> = talks
        .iter()
        .map(|e| e.location.as_ref().map(|l| l.name.clone()))
        .collect();
    assert!(places.contains(&Some("Geneva".into())), "{places:?}");
    assert!(places.contains(&Some("Istanbul".into())), "{places:?}");
    // The opening plural is the talks, not a verb: the round is dated.
    let geneva = talks
        .iter()
        .find(|e| e.location.as_ref().is_some_and(|l| l.name == "Geneva"))
        .unwrap();
    assert_eq!(geneva.date.as_deref(), Some("2025-02-24"), "{geneva:#?}");
    assert_eq!(codes(&geneva.actor), ["ARM"]);
    assert_eq!(codes(&geneva.recipient), ["AZE"]);
}

#[test]
fn a_second_verb_acts_for_the_first_verbs_subject_not_its_object() {
    let evs = events(
        "Greece blamed Turkey for the collision and threatened to cut trade ties.",
        "2024-05-06",
    );
    let threat = first(&evs, "THREATEN");
    assert_eq!(codes(&threat.actor), ["GRC"], "{threat:#?}");
    let evs = events(
        "Secretary of State Antony Blinken called Sergei Lavrov on Monday and urged Russia to free the reporter.",
        "2024-05-06",
    );
    let request = first(&evs, "REQUEST");
    assert_eq!(codes(&request.actor), ["USA"], "{request:#?}");
    assert_eq!(codes(&request.recipient), ["RUS"], "{request:#?}");
    // With an auxiliary between ("and has hit"), whatever its tag.
    let evs = events(
        "The U.S. is providing advanced weaponry to Ukraine and has hit Russia with sanctions.",
        "2023-10-06",
    );
    let sanction = first(&evs, "SANCTION");
    assert_eq!(codes(&sanction.actor), ["USA"], "{sanction:#?}");
}

#[test]
fn police_and_troops_named_by_what_they_are_act_for_their_state() {
    // The state of the place where they act.
    let evs = events(
        "Police fired tear gas at students in Nairobi on Sunday.",
        "2024-03-13",
    );
    let e = evs
        .iter()
        .find(|e| e.event == "ASSAULT" || e.event == "COERCE")
        .expect("the tear gas");
    assert_eq!(codes(&e.actor), ["KEN"], "{e:#?}");
    // Else the one state the article is about.
    let evs = events(
        "Protests swept Tanzania last week. Police arrested forty protesters on Monday.",
        "2024-03-13",
    );
    let arrest = first(&evs, "COERCE");
    assert_eq!(codes(&arrest.actor), ["TZA"], "{arrest:#?}");
    assert_eq!(codes(&arrest.recipient), ["TZA"], "{arrest:#?}");
    // Two states with as much claim: nobody is guessed.
    let evs = events(
        "Kenya and Uganda traded charges over the border. Police arrested forty traders on Monday.",
        "2024-03-13",
    );
    assert!(
        evs.iter()
            .filter(|e| e.event == "COERCE")
            .all(|e| e.actor.is_empty()),
        "{evs:#?}"
    );
}

#[test]
fn one_group_of_a_states_people_attacks_another_in_a_region_of_it() {
    let evs = events(
        "Gunmen killed nine herders in central Mali on Tuesday.",
        "2024-03-13",
    );
    let attack = first(&evs, "ASSAULT");
    assert_eq!(
        attack.location.as_ref().map(|l| l.name.as_str()),
        Some("Mali"),
        "{attack:#?}"
    );
    // Armed men of no named side against the herders: both Mali's people,
    // neither its government.
    assert_eq!(codes(&attack.actor), ["MLI"], "{attack:#?}");
    assert_eq!(codes(&attack.recipient), ["MLI"], "{attack:#?}");
    assert!(names(&attack.actor)[0].starts_with("Rebels"), "{attack:#?}");
    assert!(
        names(&attack.recipient)[0].starts_with("Civilians"),
        "{attack:#?}"
    );
}

#[test]
fn a_dateline_is_neither_party_nor_date_and_soldiers_are_their_states() {
    let evs = events(
        "MOPTI, Mali, March 10 (Wire) - Gunmen killed five soldiers near the town of Mopti on Tuesday, the army said.",
        "2024-03-10",
    );
    let attack = first(&evs, "ASSAULT");
    // Tuesday before the dateline's Sunday, not the dateline's date.
    assert_eq!(attack.date.as_deref(), Some("2024-03-05"), "{attack:#?}");
    assert!(names(&attack.actor)[0].starts_with("Rebels"), "{attack:#?}");
    assert_eq!(names(&attack.recipient), ["Mali"], "{attack:#?}");
    // An undated report is of the dateline's day (the story's news day).
    let evs = events(
        "Gunmen kill soldiers in central Mali\n\nMOPTI, Mali, March 9 (Wire) - Gunmen killed five soldiers near the town of Mopti, the army said.",
        "2024-03-10",
    );
    let attack = first(&evs, "ASSAULT");
    assert_eq!(attack.date.as_deref(), Some("2024-03-09"), "{attack:#?}");
}

#[test]
fn a_call_to_discuss_a_truce_between_others_is_between_the_callers() {
    let evs = events(
        "Japanese Foreign Minister Yoko Kamikawa and Indian Foreign Minister Subrahmanyam Jaishankar held a phone call on Tuesday to discuss a truce between Armenia and Azerbaijan.",
        "2024-03-11",
    );
    let call = first(&evs, "CONSULT");
    assert_eq!(parties(call), ["IND", "JPN"], "{call:#?}");
}

#[test]
fn the_ministers_who_agree_are_the_two_sides_not_the_ministry_that_says_so() {
    let evs = events(
        "Australia and Indonesia held talks in Jakarta on Monday. \
         The ministers agreed to keep in close contact, the Australian ministry said.",
        "2024-03-11",
    );
    let agree = first(&evs, "AGREE");
    assert_eq!(parties(agree), ["AUS", "IDN"], "{agree:#?}");
    assert!(!agree.actor.is_empty(), "{agree:#?}");
}

#[test]
fn an_agreement_said_to_be_far_away_or_close_is_no_agreement() {
    for text in [
        "An agreement with Kosovo is still far away, Serbian officials said on Monday.",
        "A deal with Iran is close, the French foreign minister said.",
    ] {
        let evs = events(text, "2024-03-11");
        assert!(evs.iter().all(|e| e.event != "AGREE"), "{text}: {evs:#?}");
    }
    // Said to be something else than possible, it happened.
    let evs = events(
        "An Israeli airstrike on a hospital in Gaza was a war crime, the UN said.",
        "2024-03-11",
    );
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
    // The talks that were held are there, whatever is said of them.
    let evs = events(
        "The talks between France and Iran were productive, the French minister said.",
        "2024-03-11",
    );
    assert!(evs.iter().any(|e| e.event == "CONSULT"), "{evs:#?}");
}

#[test]
fn a_protest_lodged_by_summoning_an_envoy_is_made_on_his_state() {
    let evs = events(
        "Ankara summoned Lars Wahlund, Sweden's ambassador, on Monday to lodge a protest.",
        "2024-03-11",
    );
    let protest = first(&evs, "ACCUSE");
    assert_eq!(codes(&protest.actor), ["TUR"], "{protest:#?}");
    assert!(
        codes(&protest.recipient).contains(&"SWE".to_string()),
        "{protest:#?}"
    );
    assert_eq!(protest.status, "occurred", "{protest:#?}");
    // A purpose that is an act of force stays an intention.
    let evs = events(
        "Kenya sent troops to the border on Monday to attack the rebels.",
        "2024-03-11",
    );
    assert!(
        evs.iter()
            .filter(|e| e.event == "ASSAULT")
            .all(|e| e.status != "occurred"),
        "{evs:#?}"
    );
}

#[test]
fn a_hazard_named_through_its_clause_is_no_attacker() {
    for text in [
        "A powerful earthquake that struck southern Peru on Monday killed four people.",
        "The cyclone hit the coast of Mozambique on Sunday, killing twelve villagers.",
    ] {
        let evs = events(text, "2024-03-11");
        assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{text}: {evs:#?}");
    }
    let evs = events(
        "Rebels attacked the town of Goma on Sunday, killing twelve villagers.",
        "2024-03-11",
    );
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
}

#[test]
fn dates_of_other_acts_do_not_date_this_one() {
    // A date in the phrase of a noun that names another act.
    let evs = events(
        "Japan sent military aid to the Philippines after the Chinese blockade of March 2021.",
        "2024-03-11",
    );
    let aid = first(&evs, "AID");
    assert_eq!(aid.date, None, "{aid:#?}");
    assert_eq!(aid.mode.as_deref(), Some("military"), "{aid:#?}");
    // An act said to be earlier is not dated by the report's day.
    let evs = events(
        "Poland expelled a Belarusian diplomat after Minsk earlier expelled two Polish diplomats, the ministry said on Friday.",
        "2024-03-11",
    );
    let minsk = evs
        .iter()
        .find(|e| e.event == "SANCTION" && codes(&e.actor) == ["BLR"])
        .expect("Minsk's expulsion");
    assert_eq!(minsk.date, None, "{minsk:#?}");
    let warsaw = evs
        .iter()
        .find(|e| e.event == "SANCTION" && codes(&e.actor) == ["POL"])
        .expect("Warsaw's expulsion");
    assert_eq!(warsaw.date.as_deref(), Some("2024-03-08"), "{warsaw:#?}");
}

#[test]
fn a_planned_trip_on_a_weekday_is_on_the_next_one() {
    // Published on Monday 11 March 2024.
    let evs = events(
        "Foreign Minister Penny Wong is all set to travel to Indonesia on Thursday for a regional conference.",
        "2024-03-11",
    );
    let visit = first(&evs, "CONSULT");
    assert_eq!(visit.status, "planned", "{visit:#?}");
    assert_eq!(visit.date.as_deref(), Some("2024-03-14"), "{visit:#?}");
}

#[test]
fn telling_someone_that_something_is_so_asks_nothing() {
    let evs = events(
        "Kenya's ambassador told the UN General Assembly that the complaint was baseless.",
        "2024-03-11",
    );
    assert!(evs.iter().all(|e| e.event != "REQUEST"), "{evs:#?}");
    for text in [
        "South Korea told Japan to hand over the suspects.",
        "Egypt demanded that Israel withdraw its troops from the corridor.",
        "Egypt demanded that Israel should withdraw its troops.",
    ] {
        let evs = events(text, "2024-03-11");
        assert!(evs.iter().any(|e| e.event == "REQUEST"), "{text}: {evs:#?}");
    }
}

#[test]
fn a_round_of_sanctions_announced_is_imposed_not_talks_nor_a_claim() {
    let evs = events(
        "The EU announced a new round of sanctions against Russia on Monday.",
        "2024-03-11",
    );
    assert!(evs.iter().all(|e| e.event != "CONSULT"), "{evs:#?}");
    let sanction = first(&evs, "SANCTION");
    assert_eq!(sanction.status, "occurred", "{sanction:#?}");
    // A round of talks is still talks.
    let evs = events(
        "The next round of talks between Armenia and Azerbaijan will be held in Geneva on Monday.",
        "2024-03-11",
    );
    assert!(evs.iter().any(|e| e.event == "CONSULT"), "{evs:#?}");
}

#[test]
fn a_second_participle_of_a_passive_is_passive_too() {
    let evs = events(
        "Several Indian soldiers were detained and later released by Chinese troops on Tuesday.",
        "2024-03-11",
    );
    let release = first(&evs, "CONCEDE");
    assert_eq!(codes(&release.actor), ["CHN"], "{release:#?}");
    assert_eq!(codes(&release.recipient), ["IND"], "{release:#?}");
}

#[test]
fn an_arrival_for_a_state_visit_is_one_visit() {
    let evs = events(
        "Indonesian President Joko Widodo arrived in Colombo on Wednesday for a two-day state visit.",
        "2024-03-11",
    );
    let visits: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!(codes(&visits[0].recipient), ["LKA"], "{visits:#?}");
}

#[test]
fn a_present_participle_that_names_a_kind_of_thing_is_no_act() {
    let evs = events(
        "Kenya brought the dispute to the WTO's dispute settlement body, the highest trade negotiating forum.",
        "2024-03-11",
    );
    assert!(evs.iter().all(|e| e.event != "CONSULT"), "{evs:#?}");
}

#[test]
fn who_pays_a_visit_makes_it_and_who_announces_a_deal_is_not_its_party() {
    let evs = events(
        "In 2016, Sri Lankan President Maithripala Sirisena paid a state visit to Indonesia.",
        "2018-01-24",
    );
    let visit = first(&evs, "CONSULT");
    assert!(
        codes(&visit.actor).contains(&"LKA".to_string()),
        "{visit:#?}"
    );
    assert_eq!(codes(&visit.recipient), ["IDN"], "{visit:#?}");
    let evs = events(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani announced the agreement between Israel and Hamas on Tuesday.",
        "2026-02-20",
    );
    let deal = first(&evs, "AGREE");
    assert!(
        !codes(&deal.actor).contains(&"QAT".to_string()),
        "{deal:#?}"
    );
}

#[test]
fn a_summit_named_as_a_landmark_lends_the_meeting_neither_date_nor_parties() {
    let evs = events(
        "Egypt and Qatar will meet ahead of Saturday's summit in Riyadh.",
        "2024-03-11",
    );
    let meeting = evs
        .iter()
        .find(|e| e.event == "CONSULT" && parties(e) == ["EGY", "QAT"])
        .expect("the meeting");
    assert_ne!(meeting.date.as_deref(), Some("2024-03-16"), "{evs:#?}");
    assert!(
        meeting.location.as_ref().is_none_or(|l| l.name != "Riyadh"),
        "{evs:#?}"
    );
}

#[test]
fn who_reports_a_call_is_not_on_its_receiving_end() {
    let evs = events(
        "A ceasefire in Gaza was the focus of a phone call between Foreign Ministers Sergey Lavrov of Russia and Badr Abdelatty of Egypt, the Turkish foreign ministry said.",
        "2024-08-04",
    );
    let call = first(&evs, "CONSULT");
    assert!(!parties(call).contains(&"TUR".to_string()), "{call:#?}");
    assert!(parties(call).contains(&"EGY".to_string()), "{call:#?}");
}

#[test]
fn whom_a_state_accuses_in_a_relative_clause_is_the_noun_it_stands_for() {
    let evs = events(
        "Ecuador said on Monday that it was expelling two Mexican diplomats whom it accused of working with a Colombian cartel.",
        "2024-03-11",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["ECU"], "{charge:#?}");
    assert_eq!(codes(&charge.recipient), ["MEX"], "{charge:#?}");
}

#[test]
fn the_call_one_side_initiated_is_the_call_of_that_day() {
    let evs = events(
        "Lavrov and Abdelatty spoke by phone on Sunday. The call was initiated by the Egyptian side.",
        "2024-08-04",
    );
    let calls: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(calls.len(), 1, "{calls:#?}");
    assert_eq!(parties(calls[0]), ["EGY", "RUS"], "{calls:#?}");
}
