//! Forms that real reports of violence, protest and talks take and that
//! the extractor got wrong, each on sentences written for these tests:
//! acts by people named only by what they are, an act's manner read as a
//! second act, reported clauses the parser misread, datelines without a
//! comma, accidents, and the mode the lexicon knows for a pattern's word.

mod common;

use common::{codes, events, first, parties, record};

#[test]
fn a_group_named_by_what_it_is_acts_unnamed() {
    for text in [
        "Rebels kidnapped two Indian engineers near the border on Tuesday.",
        "Masked gunmen abducted three Turkish truck drivers on Sunday.",
    ] {
        let evs = events(text, "2025-03-05");
        let act = first(&evs, "ASSAULT");
        assert!(act.actor.is_empty(), "{text}: {act:#?}");
        assert_eq!(act.recipient.len(), 1, "{text}: {act:#?}");
        assert_eq!(act.mode.as_deref(), Some("abduct"), "{text}: {act:#?}");
    }
    // A group acting on nobody named gives nothing to code.
    assert!(events("Rebels kidnapped two engineers on Tuesday.", "2025-03-05").is_empty());
}

#[test]
fn the_manner_of_an_act_is_not_a_second_act() {
    let evs = events(
        "Separatist fighters wounded three Indian soldiers in an ambush on Tuesday.",
        "2025-03-05",
    );
    let assaults: Vec<_> = evs.iter().filter(|e| e.event == "ASSAULT").collect();
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert!(assaults[0].actor.is_empty(), "{evs:#?}");
    assert_eq!(codes(&assaults[0].recipient), ["IND"], "{evs:#?}");
    // With no act of its own around it, the ambush is the act.
    let evs = events(
        "Rebels killed two Malian soldiers in an ambush on Tuesday.",
        "2025-03-05",
    );
    assert_eq!(
        evs.iter().filter(|e| e.event == "ASSAULT").count(),
        1,
        "{evs:#?}"
    );
}

#[test]
fn a_reported_past_tense_after_its_subject_is_the_act() {
    let evs = events(
        "Rebels kidnapped three Indian engineers on Tuesday, police said.",
        "2025-03-05",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(codes(&act.recipient), ["IND"], "{act:#?}");
}

#[test]
fn a_dateline_in_capitals_or_before_a_colon_is_no_party() {
    for text in [
        "NAIROBI - Unidentified gunmen attacked a Somali police post on Tuesday.",
        "Nairobi, Kenya: Unidentified gunmen attacked a Somali police post on Tuesday.",
    ] {
        let evs = events(text, "2025-03-05");
        for e in &evs {
            assert!(
                !codes(&e.actor).contains(&"KEN".to_string()),
                "{text}: {e:#?}"
            );
        }
    }
}

#[test]
fn vehicles_in_accidents_are_no_attackers() {
    for text in [
        "A cyclist was killed when he was struck by a lorry in Nairobi on Tuesday.",
        "Four Kenyan tourists were killed when their bus plunged into a ravine on Tuesday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{text}: {evs:#?}");
    }
    // A vehicle that carries the bomb is still an attack.
    let evs = events(
        "A car bomb killed nine Somali soldiers in Mogadishu on Tuesday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_patterns_act_takes_the_mode_the_lexicon_gives_its_word() {
    let evs = events(
        "Kenyan police detained thirty students in Nairobi on Tuesday.",
        "2025-03-05",
    );
    let arrest = first(&evs, "COERCE");
    assert_eq!(arrest.mode.as_deref(), Some("arrest"), "{arrest:#?}");
}

#[test]
fn nights_and_weekends_date_the_act() {
    // 2025-03-05 is a Wednesday.
    let evs = events("Georgia and Armenia held talks last night.", "2025-03-05");
    assert_eq!(
        first(&evs, "CONSULT").date.as_deref(),
        Some("2025-03-04"),
        "{evs:#?}"
    );
    let evs = events(
        "Georgia and Russia agreed a truce over the weekend.",
        "2025-03-05",
    );
    assert_eq!(
        first(&evs, "AGREE").date.as_deref(),
        Some("2025-03-01"),
        "{evs:#?}"
    );
}

#[test]
fn security_forces_act_for_their_state_and_rebel_forces_do_not() {
    let evs = events(
        "Security forces arrested two students in Kano on Tuesday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "COERCE").actor), ["NGA"], "{evs:#?}");
    let evs = events(
        "Rebel forces attacked a Nigerian army post on Tuesday.",
        "2025-03-05",
    );
    let attack = first(&evs, "ASSAULT");
    assert!(attack.actor.is_empty(), "{attack:#?}");
    assert_eq!(codes(&attack.recipient), ["NGA"], "{attack:#?}");
}

#[test]
fn plurals_the_lemmatiser_leaves_and_british_doubled_ls_still_find_their_entries() {
    // "troops" keeps its form as lemma; the tables list "troop".
    let evs = events(
        "The troops arrested two Nigerian students in Kano on Tuesday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "COERCE").actor), ["NGA"], "{evs:#?}");
    let evs = events(
        "Myanmar troops levelled a Karen village on Tuesday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "ASSAULT").actor), ["MMR"], "{evs:#?}");
}

#[test]
fn who_says_another_broke_a_promise_accuses_it() {
    for text in [
        "The Georgian defence ministry said on Sunday that Russia violated the truce.",
        "Russia violated the truce, the Georgian defence ministry said on Sunday.",
        "The Kenyan foreign minister said that Somalia violated the border agreement.",
    ] {
        let evs = events(text, "2025-03-05");
        let charge = first(&evs, "ACCUSE");
        assert_eq!(
            codes(&charge.actor)[0],
            if text.contains("Kenyan") {
                "KEN"
            } else {
                "GEO"
            },
            "{text}: {charge:#?}"
        );
        assert_eq!(charge.status, "occurred", "{text}: {charge:#?}");
    }
    // An outlet reporting the charge makes none.
    let evs = events(
        "Russia violated the truce, the BBC reported on Sunday.",
        "2025-03-05",
    );
    for e in &evs {
        assert!(e.actor.is_empty(), "{e:#?}");
    }
}

#[test]
fn a_states_office_named_by_what_it_is_claims_for_the_state() {
    let evs = events(
        "The Georgian government said that Russian troops attacked a border village.",
        "2025-03-05",
    );
    let attack = first(&evs, "ASSAULT");
    assert_eq!(attack.status, "claimed", "{attack:#?}");
}

#[test]
fn a_crowd_acted_on_is_the_target_not_a_protest() {
    let evs = events(
        "Kenyan police detained thirty protesters in Nairobi on Tuesday.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "PROTEST"), "{evs:#?}");
    assert_eq!(
        first(&evs, "COERCE").mode.as_deref(),
        Some("arrest"),
        "{evs:#?}"
    );
    // A crowd doing something is still a protest.
    let evs = events(
        "Thousands of protesters gathered in Nairobi on Tuesday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "PROTEST"), "{evs:#?}");
}

#[test]
fn workers_who_strike_no_one_are_on_strike() {
    for text in [
        "Thousands of Kenyan dock workers are striking for higher pay.",
        "French rail workers struck on Thursday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{text}: {evs:#?}");
        assert_eq!(
            first(&evs, "PROTEST").mode.as_deref(),
            Some("strike"),
            "{text}: {evs:#?}"
        );
    }
    let evs = events(
        "Palestinian prisoners launched a hunger strike on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
    assert_eq!(
        first(&evs, "PROTEST").mode.as_deref(),
        Some("hunger"),
        "{evs:#?}"
    );
    // Air strikes stay attacks.
    let evs = events(
        "Israel launched air strikes on Gaza on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_people_named_by_its_plural_demonym_protests_as_civilians() {
    let evs = events(
        "Hundreds of ethnic Turks began a hunger strike in Stockholm on Monday to protest against Sweden's asylum rules.",
        "2025-03-05",
    );
    let protest = first(&evs, "PROTEST");
    assert!(
        protest.actor[0].name.starts_with("Civilians"),
        "{protest:#?}"
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
}

#[test]
fn a_government_and_its_own_rebels_are_two_sides() {
    for (text, kind) in [
        ("The Ethiopian government and the TPLF signed a peace agreement in Pretoria on Wednesday.", "AGREE"),
        ("The Sudanese army and the RSF agreed to a ceasefire on Saturday.", "AGREE"),
        ("The Colombian government and the ELN rebels held peace talks in Caracas on Monday.", "CONSULT"),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, kind);
        assert_eq!(e.actor.len(), 1, "{text}: {e:#?}");
        assert_eq!(e.recipient.len(), 1, "{text}: {e:#?}");
        assert_ne!(e.actor[0].name, e.recipient[0].name, "{text}: {e:#?}");
    }
}

#[test]
fn a_nationality_title_and_name_are_one_side_of_a_meeting() {
    let evs = events(
        "A meeting between Egyptian President Abdel Fattah al-Sisi and Israeli Prime Minister Benjamin Netanyahu took place in Cairo on Friday.",
        "2017-07-08",
    );
    let meeting = first(&evs, "CONSULT");
    assert!(
        codes(&meeting.actor).iter().all(|c| c == "EGY"),
        "{meeting:#?}"
    );
    assert!(!meeting.recipient.is_empty(), "{meeting:#?}");
    assert!(
        codes(&meeting.recipient).iter().all(|c| c == "ISR"),
        "{meeting:#?}"
    );
    // Three parties in a list stay three.
    let evs = events(
        "Talks between Russia, Ukraine and Turkey resumed in Istanbul on Friday.",
        "2017-07-08",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(
        codes(&talks.actor).len() + codes(&talks.recipient).len(),
        3,
        "{talks:#?}"
    );
}

#[test]
fn a_name_in_an_apposition_does_not_replace_the_party_it_describes() {
    let evs = events(
        "Chile, a close Argentine ally in the region, has refused to send troops to Bolivia.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "REJECT").actor), ["CHL"], "{evs:#?}");
    // An uncoded person still takes the state the apposition names.
    let evs = events(
        "John Smith, Britain's ambassador, met Iranian officials on Monday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "CONSULT").actor), ["GBR"], "{evs:#?}");
}

#[test]
fn a_described_person_sentenced_is_on_the_receiving_end() {
    let evs = events(
        "Belarusian activist Ivan Petrovsky was sentenced to ten days in jail on Tuesday.",
        "2025-03-05",
    );
    let sentence = first(&evs, "COERCE");
    assert!(sentence.actor.is_empty(), "{sentence:#?}");
    assert_eq!(codes(&sentence.recipient), ["BLR"], "{sentence:#?}");
}

#[test]
fn a_protest_that_is_the_purpose_of_an_act_is_made() {
    let evs = events(
        "Thousands of Georgians took to the streets of Tbilisi on Sunday to protest against the law.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "PROTEST").actor), ["GEO"], "{evs:#?}");
    // A state's protest is a complaint, with no street mode.
    let evs = events(
        "Peru recalled its ambassador to protest against the ruling.",
        "2025-03-05",
    );
    let complaint = first(&evs, "ACCUSE");
    assert_eq!(codes(&complaint.actor), ["PER"], "{complaint:#?}");
    assert_ne!(complaint.mode.as_deref(), Some("demo"), "{complaint:#?}");
    assert!(evs.iter().all(|e| e.event != "PROTEST"), "{evs:#?}");
}

#[test]
fn a_deal_reached_is_one_act_and_a_diplomats_title_none() {
    let evs = events(
        "Kenya, Uganda and Ethiopia reached a ceasefire deal on Sunday.",
        "2025-03-05",
    );
    assert_eq!(
        evs.iter().filter(|e| e.event == "AGREE").count(),
        1,
        "{evs:#?}"
    );
    let evs = events(
        "Canada on Tuesday expelled Omar Said, charge d'affaires at the Syrian embassy in Ottawa.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "COERCE"), "{evs:#?}");
    assert!(evs.iter().any(|e| e.event == "SANCTION"), "{evs:#?}");
}

#[test]
fn a_visit_that_is_a_copulas_predicate_is_its_subjects() {
    let evs = events(
        "Tanzanian President Samia Suluhu Hassan is on a three-day state visit to Kenya.",
        "2025-03-05",
    );
    let visit = first(&evs, "CONSULT");
    assert!(
        codes(&visit.actor).contains(&"TZA".to_string()),
        "{visit:#?}"
    );
    assert_eq!(codes(&visit.recipient), ["KEN"], "{visit:#?}");
}

#[test]
fn an_exchange_of_fire_is_an_attack_by_both_sides() {
    let evs = events(
        "Indian and Pakistani troops exchanged heavy gunfire in Kashmir overnight.",
        "2025-03-05",
    );
    let clash = first(&evs, "ASSAULT");
    let mut both = codes(&clash.actor);
    both.extend(codes(&clash.recipient));
    both.sort();
    assert_eq!(both, ["IND", "PAK"], "{clash:#?}");
}

#[test]
fn what_happens_during_an_act_is_dated_with_it() {
    // 2025-03-05 is a Wednesday.
    let evs = events(
        "Russian police detained Alexei Navalny during a protest staged by about 200 people in central Moscow on Saturday.",
        "2025-03-05",
    );
    assert_eq!(
        first(&evs, "COERCE").date.as_deref(),
        Some("2025-03-01"),
        "{evs:#?}"
    );
}

#[test]
fn what_is_discussed_is_no_party() {
    let evs = events(
        "Macron and Scholz discussed Libya and Mali on Wednesday.",
        "2025-03-05",
    );
    for e in &evs {
        let mut all = codes(&e.actor);
        all.extend(codes(&e.recipient));
        assert!(
            !all.contains(&"LBY".to_string()) && !all.contains(&"MLI".to_string()),
            "{e:#?}"
        );
    }
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["FRA"], "{talks:#?}");
    assert_eq!(codes(&talks.recipient), ["DEU"], "{talks:#?}");
}

#[test]
fn a_pattern_word_read_as_an_adjective_or_adverb_is_no_act() {
    let evs = events(
        "Nigerian troops attacked insurgents in the Sambisa forest, which lies close to the Cameroonian border.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "SANCTION"), "{evs:#?}");
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
    let evs = events(
        "Sweden decided to send the asylum seekers back to Bulgaria.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "SUPPORT"), "{evs:#?}");
}

#[test]
fn a_region_says_whose_ground_an_act_is_on() {
    let evs = events(
        "Gunmen killed 23 villagers in Zamfara state overnight, local officials said.",
        "2025-03-05",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(codes(&act.recipient), ["NGA"], "{act:#?}");
    let place = act.location.as_ref().expect("a place");
    assert_eq!(place.country_code.as_deref(), Some("NGA"), "{place:#?}");
    // The gazetteer gives a region no pin: none is made up.
    assert!(place.lat.is_none() && place.lon.is_none(), "{place:#?}");
    let evs = events(
        "Ukrainian drones struck a fuel depot in the Bryansk region overnight.",
        "2025-03-05",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(
        (codes(&act.actor), codes(&act.recipient)),
        (vec!["UKR".to_string()], vec!["RUS".to_string()]),
        "{act:#?}"
    );
}

#[test]
fn a_place_that_ends_a_name_is_its_surname() {
    // Wardak is also a province of Afghanistan.
    let rec = record(
        "Interior Minister Karim Wardak met the British ambassador in Kabul on Monday.",
        "2025-03-05",
    );
    let act = first(&rec.events, "CONSULT");
    assert_eq!(act.actor.len(), 1, "{act:#?}");
    assert_eq!(act.actor[0].name, "Karim Wardak", "{act:#?}");
    assert!(
        rec.entities.iter().all(|e| e.name != "Wardak"),
        "{:#?}",
        rec.entities
    );
    // Where no name comes before it, it is the place.
    let evs = events(
        "Militants attacked a police post in Wardak on Monday.",
        "2025-03-05",
    );
    assert_eq!(
        codes(&first(&evs, "ASSAULT").recipient),
        ["AFG"],
        "{evs:#?}"
    );
}

#[test]
fn a_crowd_counted_alone_takes_to_the_streets() {
    for text in [
        "Tens of thousands took to the streets of Tbilisi on Sunday.",
        "Thousands marched through central Tbilisi on Sunday.",
    ] {
        let evs = events(text, "2025-03-05");
        let protest = first(&evs, "PROTEST");
        assert_eq!(codes(&protest.actor), ["GEO"], "{text}: {protest:#?}");
    }
}

#[test]
fn a_group_reached_by_a_groups_act_is_of_the_place() {
    let evs = events(
        "A mob lynched two villagers in Madagascar on Friday.",
        "2025-03-05",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(parties(act), ["MDG"], "{act:#?}");
    // With no place, nobody is named.
    assert!(events("A mob lynched two villagers on Friday.", "2025-03-05").is_empty());
}

#[test]
fn staff_walking_out_of_their_workplace_strike() {
    let evs = events(
        "Nurses in Kenya walked out of public hospitals on Monday over unpaid wages.",
        "2025-03-05",
    );
    let strike = first(&evs, "PROTEST");
    assert_eq!(strike.mode.as_deref(), Some("strike"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "SANCTION"), "{evs:#?}");
    // A delegation leaving a hall walks out of talks.
    let evs = events(
        "The Iranian delegation walked out of the conference hall on Monday.",
        "2025-03-05",
    );
    assert!(
        evs.iter().all(|e| e.mode.as_deref() != Some("strike")),
        "{evs:#?}"
    );
}

#[test]
fn clashes_that_break_out_are_between_whom_their_verb_says() {
    // The parser hangs "between" on the verb here, not on the clashes.
    let evs = events(
        "Clashes erupted between Thai and Cambodian troops on Monday.",
        "2025-03-05",
    );
    assert_eq!(parties(first(&evs, "ASSAULT")), ["KHM", "THA"], "{evs:#?}");
    // Armed groups that clash where a place is named are its people.
    let evs = events("Rival militias clashed in Tripoli on Monday.", "2025-03-05");
    let act = first(&evs, "ASSAULT");
    assert_eq!(parties(act), ["LBY"], "{act:#?}");
    // A state's agents doing something to nobody named give no event.
    assert!(
        events("Police fired tear gas in Lagos on Monday.", "2025-03-05")
            .iter()
            .all(|e| e.event != "ASSAULT")
    );
}

#[test]
fn force_used_on_a_crowd_is_an_assault() {
    for text in [
        "Riot police in Georgia fired rubber bullets at demonstrators on Sunday.",
        "Security forces in Iran used pellets on the crowd in Zahedan on Friday.",
        "Riot police in Peru used batons outside Congress on Monday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{text}: {evs:#?}");
    }
    // The crowd it is used against is its target, not a protest of its own.
    let evs = events(
        "Police used rubber bullets against protesters in Dhaka on Sunday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "PROTEST"), "{evs:#?}");
    // Using a means of talking is no force.
    let evs = events(
        "Police in Peru used loudspeakers outside Congress on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_body_whose_one_word_name_ends_a_persons_name_is_the_surname() {
    // "Wagner" alone is also the Wagner Group's name.
    let rec = record(
        "Foreign Minister Therese Kayikwamba Wagner met Marco Rubio in Washington on Monday.",
        "2025-04-26",
    );
    assert!(
        rec.events
            .iter()
            .all(|e| !codes(&e.actor).contains(&"RUS".to_string())
                && !codes(&e.recipient).contains(&"RUS".to_string())),
        "{:#?}",
        rec.events
    );
    assert!(
        rec.entities
            .iter()
            .any(|e| e.name == "Therese Kayikwamba Wagner"),
        "{:#?}",
        rec.entities
    );
    // Alone it is still the group.
    let evs = events(
        "Wagner fighters attacked a village in Mali on Monday.",
        "2024-05-24",
    );
    assert_eq!(codes(&first(&evs, "ASSAULT").actor), ["RUS"], "{evs:#?}");
}

#[test]
fn a_plural_the_lemmatiser_cuts_wrong_takes_its_listed_lemma() {
    // "levies" read as "levie" matched no frame of `@sanction`.
    let evs = events("Beijing imposed levies on American soybeans.", "2025-04-10");
    let levy = first(&evs, "SANCTION");
    assert_eq!(
        (codes(&levy.actor), codes(&levy.recipient)),
        (vec!["CHN".to_string()], vec!["USA".to_string()]),
        "{levy:#?}"
    );
}

#[test]
fn an_attack_told_by_its_weapon_reaches_the_places_people() {
    for (text, code) in [
        ("A drone strike killed six civilians in Idlib.", "SYR"),
        (
            "A car bomb killed four civilians in Mogadishu on Monday.",
            "SOM",
        ),
        (
            "A car bomb exploded near a checkpoint in Mogadishu, killing at least six people.",
            "SOM",
        ),
    ] {
        let evs = events(text, "2025-04-10");
        let act = first(&evs, "ASSAULT");
        assert!(act.actor.is_empty(), "{text}: {act:#?}");
        assert_eq!(codes(&act.recipient), [code], "{text}: {act:#?}");
    }
    // With no place, nobody is named.
    assert!(events("A drone strike killed six civilians.", "2025-04-10").is_empty());
}

#[test]
fn fighting_that_breaks_out_is_between_whom_its_verb_says() {
    // "Fighting" opening the sentence was tagged a gerund, and "broke out"
    // made no act concrete.
    let evs = events(
        "Fighting broke out between Thai and Cambodian troops on Monday.",
        "2025-03-05",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(parties(act), ["KHM", "THA"], "{act:#?}");
    // Talks that break down are not fighting.
    let evs = events(
        "Talks between Thai and Cambodian officials broke down on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn people_who_fight_a_states_agents_fight_that_state() {
    // Neither side is named by a state: the place gives both.
    for (text, code) in [
        (
            "Opposition supporters clashed with police in Dhaka on Sunday.",
            "BGD",
        ),
        (
            "Villagers clashed with soldiers in Kashmir on Tuesday.",
            "IND",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let act = first(&evs, "ASSAULT");
        assert_eq!(codes(&act.actor), [code], "{text}: {act:#?}");
        assert_eq!(codes(&act.recipient), [code], "{text}: {act:#?}");
    }
    // Students who clash are not on strike.
    let evs = events(
        "Students clashed with security forces at the university in Tehran.",
        "2025-03-05",
    );
    assert!(
        evs.iter().all(|e| e.mode.as_deref() != Some("strike")),
        "{evs:#?}"
    );
    assert_eq!(first(&evs, "ASSAULT").mode, None, "{evs:#?}");
    // Students who strike are.
    let evs = events("Teachers struck on Thursday in Chile.", "2025-03-08");
    assert_eq!(
        first(&evs, "PROTEST").mode.as_deref(),
        Some("strike"),
        "{evs:#?}"
    );
}

#[test]
fn force_used_on_hundreds_of_a_crowd_reaches_the_crowd() {
    // "hundreds" stood between the act and the group it counts; and before
    // a closing attribution "fired" was read as a participle.
    for text in [
        "Police in Lilongwe fired tear gas at hundreds of marchers on Tuesday.",
        "Police in the Malawian capital fired tear gas at hundreds of marchers gathered near the stadium, witnesses said.",
    ] {
        let evs = events(text, "2025-03-05");
        let act = first(&evs, "ASSAULT");
        assert_eq!(codes(&act.actor), ["MWI"], "{text}: {act:#?}");
        assert_eq!(codes(&act.recipient), ["MWI"], "{text}: {act:#?}");
        assert_eq!(act.recipient[0].sector.as_deref(), Some("CVL"), "{text}: {act:#?}");
    }
}

#[test]
fn a_subject_behind_a_relative_clause_acts_in_and_after_it() {
    for text in [
        "Croatian and Slovenian negotiators who held talks in Vienna on Monday agreed to meet again.",
        "Croatian and Slovenian negotiators, who held talks in Vienna on Monday, agreed to meet again.",
    ] {
        let evs = events(text, "2025-03-12");
        for kind in ["CONSULT", "AGREE"] {
            let e = first(&evs, kind);
            assert_eq!(parties(e), ["HRV", "SVN"], "{text}: {e:#?}");
        }
        assert_eq!(first(&evs, "CONSULT").date.as_deref(), Some("2025-03-10"));
    }
    // A name inside the clause is not the subject.
    let text = "Serbian officials who met their Hungarian counterparts in Budapest on Monday agreed to reopen the border crossing.";
    let evs = events(text, "2025-03-12");
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["SRB"], "{talks:#?}");
    assert_eq!(codes(&talks.recipient), ["HUN"], "{talks:#?}");
    assert_eq!(codes(&first(&evs, "AGREE").actor), ["SRB"], "{evs:#?}");
}

#[test]
fn a_source_asking_for_anonymity_demands_nothing() {
    for text in [
        "Romanian officials who asked not to be named said the talks had been put off.",
        "A senior Bulgarian official, who asked not to be identified, said the talks would resume.",
        "A Moldovan diplomat who requested anonymity said the envoys had left.",
    ] {
        let evs = events(text, "2025-03-12");
        assert!(evs.iter().all(|e| e.event != "REQUEST"), "{text}: {evs:#?}");
    }
    // A request to be something else still is one.
    let evs = events("Egypt asked Israel to be restrained.", "2025-03-12");
    assert_eq!(parties(first(&evs, "REQUEST")), ["EGY", "ISR"], "{evs:#?}");
}

#[test]
fn what_talks_are_about_is_neither_a_side_nor_their_place() {
    for text in [
        "Chile and Peru held talks on Bolivia in Lima on Monday.",
        "Chile held talks over Bolivia with Peru in Lima on Monday.",
        "Chilean and Peruvian diplomats held talks about Bolivia in Lima on Monday.",
    ] {
        let evs = events(text, "2025-03-12");
        let talks = first(&evs, "CONSULT");
        assert_eq!(parties(talks), ["CHL", "PER"], "{text}: {talks:#?}");
        let place = talks.location.as_ref().map(|l| l.name.as_str());
        assert_eq!(place, Some("Lima"), "{text}: {talks:#?}");
    }
    // A place the talks are about is not where they are held.
    let evs = events(
        "Malaysia and Brunei will hold a new round of talks on the South China Sea in Kuala Lumpur next month.",
        "2025-03-12",
    );
    let talks = first(&evs, "CONSULT");
    let place = talks.location.as_ref().map(|l| l.name.as_str());
    assert_eq!(place, Some("Kuala Lumpur"), "{talks:#?}");
    // Nor is one that names a common noun's place ("the situation in …").
    let evs = events(
        "The UN Security Council will hold an emergency meeting on the situation in Darfur on Wednesday.",
        "2025-03-12",
    );
    let meeting = first(&evs, "CONSULT");
    assert!(meeting.location.is_none(), "{meeting:#?}");
    // Sanctions on a state still reach it.
    let evs = events(
        "The European Union imposed sanctions on Belarus on Monday.",
        "2025-03-12",
    );
    assert_eq!(
        codes(&first(&evs, "SANCTION").recipient),
        ["BLR"],
        "{evs:#?}"
    );
}

#[test]
fn a_states_embassy_is_not_where_it_stands() {
    // "UK" in place position was the protest's place and its people's state.
    for text in [
        "Protesters gathered outside the UK embassy in Ankara on Friday.",
        "Protesters who gathered outside the UK embassy in Ankara burned British flags.",
    ] {
        let evs = events(text, "2025-03-12");
        let protest = first(&evs, "PROTEST");
        assert_eq!(codes(&protest.actor), ["TUR"], "{text}: {protest:#?}");
        assert_eq!(codes(&protest.recipient), ["GBR"], "{text}: {protest:#?}");
        let place = protest.location.as_ref().map(|l| l.name.as_str());
        assert_eq!(place, Some("Ankara"), "{text}: {protest:#?}");
    }
}

#[test]
fn a_joint_acts_sides_are_one_acting_and_the_other_reached() {
    // With a closing attribution by a third state, the sides came out both
    // as actors and nobody reached.
    let evs = events(
        "Serbia and Kosovo will hold a new round of talks in Brussels on Friday, Norway's foreign minister said.",
        "2025-05-20",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(talks.actor.len(), 1, "{talks:#?}");
    assert_eq!(talks.recipient.len(), 1, "{talks:#?}");
    assert_eq!(parties(talks), ["SRB", "XKX"], "{talks:#?}");
}

#[test]
fn what_talks_are_about_is_no_act_of_its_own() {
    for text in [
        "The Kenyan and Somali presidents spoke by telephone on Monday about a prisoner exchange.",
        "The Kremlin said on Monday it was too early to talk about a summit between the two presidents.",
        "The dispute between Kenya and Somalia over a prisoner exchange goes back years.",
        "Kenya voiced support for Somalia's proposal on a prisoner exchange.",
    ] {
        let evs = events(text, "2025-05-20");
        assert!(
            evs.iter().all(|e| e.event != "COOPERATE" && e.event_text != "summit"),
            "{text}: {evs:#?}"
        );
    }
    // The call itself is one.
    let evs = events(
        "The Kenyan and Somali presidents spoke by telephone on Monday about a prisoner exchange.",
        "2025-05-20",
    );
    assert_eq!(parties(first(&evs, "CONSULT")), ["KEN", "SOM"], "{evs:#?}");
    // An exchange agreed on is still an accord's content.
    let evs = events(
        "Kenya and Somalia agreed on a prisoner exchange on Monday.",
        "2025-05-20",
    );
    assert!(!evs.is_empty(), "{evs:#?}");
}

#[test]
fn the_day_a_plan_is_told_is_not_the_day_it_is_for() {
    let evs = events(
        "Iran said on Monday it would hold talks with Oman.",
        "2025-05-20",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(talks.status, "planned", "{talks:#?}");
    // It was dated the next Monday.
    assert_eq!(talks.date, None, "{talks:#?}");
    // A plan's own day stays.
    let evs = events("Iran will hold talks with Oman on Monday.", "2025-05-20");
    assert_eq!(
        first(&evs, "CONSULT").date.as_deref(),
        Some("2025-05-26"),
        "{evs:#?}"
    );
}

#[test]
fn violence_told_in_the_forms_of_wire_copy() {
    // "shot" before "dead" was read as a noun ("police shot"), before a
    // closing attribution the whole statement a noun phrase.
    let evs = events(
        "Ugandan police shot dead two protesters during anti-government demonstrations in Kampala on Tuesday, rights groups said.",
        "2025-03-20",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(parties(act), ["UGA"], "{act:#?}");
    assert_eq!(act.recipient[0].sector.as_deref(), Some("CVL"), "{act:#?}");
    // An attack joined to the light verb's object is still its subject's.
    let evs = events(
        "Russian forces launched a massive drone and missile attack on Ukraine overnight.",
        "2025-03-20",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(codes(&act.actor), ["RUS"], "{act:#?}");
    assert_eq!(codes(&act.recipient), ["UKR"], "{act:#?}");
    // Men described by their arms are an armed group; "Congo" alone is the
    // Democratic Republic.
    let evs = events(
        "Armed men killed at least 40 worshippers in eastern Congo.",
        "2025-03-20",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(act.actor[0].sector.as_deref(), Some("REB"), "{act:#?}");
    assert_eq!(codes(&act.recipient), ["COD"], "{act:#?}");
    assert_eq!(act.recipient[0].sector.as_deref(), Some("CVL"), "{act:#?}");
}

#[test]
fn a_fire_that_kills_is_no_attack_but_fire_from_a_side_is() {
    for text in [
        "A fire at a nightclub in Montenegro killed 59 people.",
        "Five people were killed in a fire at a hotel in Istanbul.",
        // Nor a blast of what a mine or a plant holds, nor a collapse.
        "A gas explosion at a coal mine in Kazakhstan killed 46 workers.",
        "The collapse of a building in Lagos killed at least 10 people.",
    ] {
        let evs = events(text, "2025-03-20");
        assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{text}: {evs:#?}");
    }
    for text in [
        "Israeli fire killed five Palestinians in Gaza on Monday.",
        "Tank fire killed two civilians in Kharkiv.",
        "A chemical attack killed dozens of people in Douma.",
    ] {
        let evs = events(text, "2025-03-20");
        assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{text}: {evs:#?}");
    }
}

#[test]
fn an_envoy_ordered_to_leave_is_expelled() {
    for text in [
        "Niger ordered the Belgian ambassador to leave the country within 48 hours.",
        "Bolivia asked the Peruvian diplomats to leave the country on Monday.",
    ] {
        let evs = events(text, "2025-03-20");
        let act = first(&evs, "SANCTION");
        assert_eq!(act.mode.as_deref(), Some("expel"), "{text}: {act:#?}");
        assert!(evs.iter().all(|e| e.event != "REQUEST"), "{text}: {evs:#?}");
    }
    // Troops told to leave an area are asked, not expelled.
    let evs = events(
        "Egypt ordered its troops to leave the border area.",
        "2025-03-20",
    );
    assert!(evs.iter().all(|e| e.event != "SANCTION"), "{evs:#?}");
}

#[test]
fn force_used_to_disperse_a_crowd_is_the_police_states_and_dated() {
    for text in [
        "Police used water cannon to disperse demonstrators in Kolkata on Tuesday.",
        "Riot police fired tear gas and water cannon to disperse thousands of rock-throwing demonstrators in the eastern Indian city of Kolkata on Tuesday.",
    ] {
        let evs = events(text, "2024-08-28");
        let act = first(&evs, "COERCE");
        assert_eq!(codes(&act.actor), ["IND"], "{text}: {act:#?}");
        assert_eq!(act.date.as_deref(), Some("2024-08-27"), "{text}: {act:#?}");
    }
}

#[test]
fn what_one_stops_short_of_is_not_done() {
    for text in [
        "Latvia stopped short of directly accusing Belarus of undermining regional security.",
        "Taiwan stopped short of endorsing Malaysia's plan, saying it needed more time.",
    ] {
        let evs = events(text, "2025-03-20");
        assert!(
            evs.iter()
                .all(|e| !matches!(e.event.as_str(), "ACCUSE" | "SUPPORT")),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_states_possession_is_the_more_exact_place() {
    let evs = events(
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight.",
        "2025-09-10",
    );
    let act = first(&evs, "ASSAULT");
    let place = act.location.as_ref().map(|l| l.name.as_str());
    assert_eq!(place, Some("Saratov"), "{act:#?}");
    assert_eq!(codes(&act.recipient), ["RUS"], "{act:#?}");
}

#[test]
fn a_verb_glued_to_a_noun_by_a_hyphen_describes() {
    let evs = events(
        "India sent 50 tonnes of relief supplies to earthquake-hit Myanmar.",
        "2025-09-10",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
    assert_eq!(parties(first(&evs, "AID")), ["IND", "MMR"], "{evs:#?}");
}

#[test]
fn brokers_of_an_accord_reach_its_sides_and_are_not_split() {
    let evs = events(
        "Egypt, Qatar and the United States brokered a ceasefire between Israel and Hamas.",
        "2025-09-10",
    );
    let m = first(&evs, "CONSULT");
    assert_eq!(m.mode.as_deref(), Some("mediate"), "{m:#?}");
    let mut actors = codes(&m.actor);
    actors.sort();
    assert_eq!(actors, ["EGY", "QAT", "USA"], "{m:#?}");
    let mut sides = codes(&m.recipient);
    sides.sort();
    assert_eq!(sides, ["ISR", "PSE"], "{m:#?}");
}

#[test]
fn agreements_signed_in_the_plural_are_agreements() {
    let evs = events(
        "Laos and Vietnam signed 20 agreements worth $1.5 billion during the visit.",
        "2025-09-10",
    );
    assert_eq!(parties(first(&evs, "AGREE")), ["LAO", "VNM"], "{evs:#?}");
}

#[test]
fn a_participle_hung_on_the_subject_is_the_subjects_act() {
    // The parser hung "killing" on "Police": the killing had no actor.
    let evs = events(
        "Police fired tear gas, killing two protesters in Nairobi.",
        "2025-09-10",
    );
    let act = first(&evs, "ASSAULT");
    assert_eq!(codes(&act.actor), ["KEN"], "{act:#?}");
    assert_eq!(codes(&act.recipient), ["KEN"], "{act:#?}");
}

#[test]
fn every_act_a_charge_names_is_its_content() {
    // The second of two joined gerunds was an act of its own.
    let evs = events(
        "Manila accused Beijing of blocking the resupply mission and firing water cannon at its boats.",
        "2025-09-10",
    );
    assert_eq!(parties(first(&evs, "ACCUSE")), ["CHN", "PHL"], "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "COERCE"), "{evs:#?}");
}

#[test]
fn blame_traded_goes_each_way() {
    let evs = events(
        "Laos and Vietnam traded blame for the border clash on Monday.",
        "2025-09-10",
    );
    let charges: Vec<_> = evs.iter().filter(|e| e.event == "ACCUSE").collect();
    assert_eq!(charges.len(), 2, "{evs:#?}");
    for c in charges {
        assert_eq!(c.actor.len(), 1, "{c:#?}");
        assert_eq!(c.recipient.len(), 1, "{c:#?}");
    }
}

#[test]
fn a_body_that_votes_to_demand_or_condemn_does_so() {
    for (text, kind) in [
        (
            "The UN General Assembly voted overwhelmingly to demand an immediate ceasefire in Darfur.",
            "REQUEST",
        ),
        (
            "The European Parliament voted to condemn Azerbaijan over the offensive.",
            "ACCUSE",
        ),
    ] {
        let evs = events(text, "2025-09-10");
        assert_eq!(first(&evs, kind).status, "occurred", "{text}: {evs:#?}");
    }
    // A vote still to come makes nothing yet.
    let evs = events(
        "The European Parliament will vote next week to condemn Azerbaijan.",
        "2025-09-10",
    );
    assert!(evs.iter().all(|e| e.status != "occurred"), "{evs:#?}");
}

#[test]
fn force_used_to_disperse_a_crowd_is_done_to_the_crowd() {
    // The purpose's crowd is whom the force reaches, whether the parser
    // hangs the infinitive on the verb or on the weapon.
    for (text, state) in [
        ("Police fired tear gas to disperse protesters in Maputo on Monday.", "MOZ"),
        (
            "Riot police fired tear gas to disperse thousands of demonstrators in Harare on Saturday.",
            "ZWE",
        ),
        ("Police used batons to disperse students in Kathmandu on Sunday.", "NPL"),
    ] {
        let evs = events(text, "2025-03-10");
        let act = evs
            .iter()
            .find(|e| matches!(e.event.as_str(), "ASSAULT" | "COERCE"))
            .unwrap_or_else(|| panic!("{text}: {evs:#?}"));
        assert_eq!(codes(&act.actor), [state], "{text}: {act:#?}");
        assert_eq!(codes(&act.recipient), [state], "{text}: {act:#?}");
    }
    // Force whose purpose names no crowd, by nobody named, is nobody's act.
    assert!(events(
        "Police fired tear gas to clear the road on Monday.",
        "2025-03-10"
    )
    .is_empty());
}

#[test]
fn a_states_agents_acting_on_its_own_people_act_for_it() {
    // The demonym before a described force names its state even where the
    // people it acts on are that state's too.
    for (text, state) in [
        (
            "Malawian riot police fired tear gas at demonstrators in Lilongwe on Monday.",
            "MWI",
        ),
        (
            "Zambian riot police fired tear gas at hundreds of students in Lusaka on Friday.",
            "ZMB",
        ),
    ] {
        let evs = events(text, "2025-03-10");
        let act = first(&evs, "ASSAULT");
        assert_eq!(codes(&act.actor), [state], "{text}: {act:#?}");
        assert_eq!(codes(&act.recipient), [state], "{text}: {act:#?}");
    }
}

#[test]
fn talks_a_state_is_ready_for_or_opens_are_its_own() {
    let evs = events(
        "Moldova is ready for talks on a transit deal with Romania, its foreign minister said.",
        "2025-03-10",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["MDA"], "{talks:#?}");
    assert_eq!(codes(&talks.recipient), ["ROU"], "{talks:#?}");
    assert_eq!(talks.status, "planned", "{talks:#?}");
    let evs = events("Moldova is open to talks with Romania.", "2025-03-10");
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["MDA"], "{talks:#?}");
    assert_eq!(codes(&talks.recipient), ["ROU"], "{talks:#?}");
    let evs = events(
        "Albania opened talks with Montenegro on Monday.",
        "2025-03-10",
    );
    let talks = first(&evs, "CONSULT");
    assert_eq!(codes(&talks.actor), ["ALB"], "{talks:#?}");
    assert_eq!(codes(&talks.recipient), ["MNE"], "{talks:#?}");
    assert_eq!(talks.status, "occurred", "{talks:#?}");
}

#[test]
fn going_back_on_a_pledge_is_a_rejection_and_going_back_in_time_is_not() {
    // The parser may hang the pledge on the particle, not on the verb.
    for text in [
        "Mali's junta went back on its pledge to hold elections this year.",
        "Iran went back on its commitments under the nuclear deal.",
    ] {
        let evs = events(text, "2025-03-05");
        assert_eq!(
            evs.iter().filter(|e| e.event == "REJECT").count(),
            1,
            "{text}: {evs:#?}"
        );
    }
    for text in [
        "The quarrel between Chile and Bolivia goes back decades.",
        "Iran went back to the negotiating table on Monday.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "REJECT"), "{text}: {evs:#?}");
    }
}

#[test]
fn whose_proposal_is_taken_or_refused_receives_the_answer() {
    for (text, kind, to) in [
        (
            "Greece accepted a Turkish proposal to resume talks on the islands.",
            "AGREE",
            "TUR",
        ),
        (
            "Israel rejected the Egyptian truce proposal on Sunday.",
            "REJECT",
            "EGY",
        ),
        (
            "Hungary's parliament ratified Finland's application for NATO membership.",
            "SUPPORT",
            "FIN",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, kind);
        assert_eq!(codes(&e.recipient), [to], "{text}: {e:#?}");
    }
}

#[test]
fn a_request_with_its_day_between_the_asked_and_the_act_is_made() {
    // The parser reads the one asked as an indirect object and the act as
    // an adverbial clause once a day stands between them.
    for text in [
        "Chad asked the United States on Monday to halt its drone flights in the border areas.",
        "Chad's foreign minister, Amina Dobe, asked the United States on Monday to halt its drone flights in the border areas.",
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, "REQUEST");
        assert_eq!(codes(&e.actor), ["TCD"], "{text}: {e:#?}");
        assert_eq!(codes(&e.recipient), ["USA"], "{text}: {e:#?}");
    }
}

#[test]
fn shows_of_force_and_curbs_named_through_their_nouns() {
    for (text, kind) in [
        // A count of a count of the troops, and a formation named by its kind.
        (
            "Armenia called up tens of thousands of reservists on Friday.",
            "MOBILIZE",
        ),
        (
            "Britain sent a carrier group into the Black Sea on Monday.",
            "MOBILIZE",
        ),
        // A test is a show of force, not an attack.
        (
            "Pakistan test-fired a cruise missile over the Arabian Sea on Monday.",
            "MOBILIZE",
        ),
        // The utility named by the modifier of what is shut down.
        (
            "Myanmar shut down mobile internet access in Rakhine on Friday.",
            "COERCE",
        ),
        (
            "A Belarusian court ordered the dissolution of the independent union.",
            "COERCE",
        ),
        // A strike given up is a concession.
        (
            "Ghana's nurses called off a planned nationwide strike on Monday.",
            "CONCEDE",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().any(|e| e.event == kind), "{text}: {evs:#?}");
        assert!(
            evs.iter()
                .all(|e| e.event != "ASSAULT" && e.event != "PROTEST"),
            "{text}: {evs:#?}"
        );
    }
    // A carrier strike group is a formation, not a strike.
    let evs = events(
        "France moved a carrier strike group to the eastern Mediterranean.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn open_questions_counterfactuals_and_no_comment_are_no_acts() {
    for text in [
        "It is not clear whether the Indian foreign minister will travel to Dhaka next week.",
        "Japan has not decided whether to send a destroyer to the Red Sea.",
        "Whether Tbilisi will accept the protesters' demands remains unclear.",
        "Had Egypt accepted the proposal, the crossing would have opened in March.",
        "A spokesman for the Nigerien foreign ministry declined to comment on the report.",
        "Officials in Rabat refused to say when the talks would resume.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // What is done about an open question is done.
    let evs = events(
        "Qatar and Egypt discussed whether to resume talks with Hamas on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "CONSULT"), "{evs:#?}");
    // A refusal to act is still one.
    let evs = events(
        "Poland declined to sign the joint statement on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "REJECT"), "{evs:#?}");
}

#[test]
fn a_caution_to_a_state_and_a_strait_closed_are_threat_and_coercion() {
    let evs = events(
        "Greece cautioned Turkey against any attack on its survey ships.",
        "2025-03-05",
    );
    let e = first(&evs, "THREATEN");
    assert_eq!(
        (codes(&e.actor), codes(&e.recipient)),
        (vec!["GRC".to_string()], vec!["TUR".to_string()]),
        "{evs:#?}"
    );
    let evs = events(
        "The Houthis closed the Bab el-Mandeb strait for two days.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "COERCE"), "{evs:#?}");
    // Closing a strait if another acts is a threat.
    let evs = events(
        "Iran vowed to close the Strait of Hormuz if the United States seized its tankers.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "THREATEN"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "AGREE"), "{evs:#?}");
}

#[test]
fn forces_sent_to_or_pulled_from_a_border_face_the_state_across_it() {
    for (text, kind, across) in [
        ("Hungary moved another 2,000 soldiers to its border with Serbia on Sunday.", "MOBILIZE", "SRB"),
        (
            "Cambodia pulled its tanks back from the disputed part of its border with Thailand on Friday.",
            "RETREAT",
            "THA",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, kind);
        assert_eq!(codes(&e.recipient), [across], "{text}: {e:#?}");
    }
}

#[test]
fn aid_and_call_ups_named_by_what_is_sent_or_called() {
    for (text, kind, to) in [
        (
            "Berlin delivered a new batch of air defence interceptors to Kyiv this week.",
            "AID",
            Some("UKR"),
        ),
        (
            "Cuba sent 300 health workers to Haiti after the storm.",
            "AID",
            Some("HTI"),
        ),
        (
            "Armenia called up three reserve battalions on Friday.",
            "MOBILIZE",
            None,
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, kind);
        if let Some(to) = to {
            assert_eq!(codes(&e.recipient), [to], "{text}: {e:#?}");
        }
        assert!(evs.iter().all(|e| e.event != "REQUEST"), "{text}: {evs:#?}");
    }
}

#[test]
fn every_state_of_a_list_with_an_article_acts() {
    let evs = events(
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday.",
        "2025-03-05",
    );
    let e = first(&evs, "SANCTION");
    let mut got = codes(&e.actor);
    got.sort();
    assert_eq!(got, ["ARE", "BHR", "EGY", "SAU"], "{e:#?}");
    assert_eq!(codes(&e.recipient), ["QAT"], "{e:#?}");
}

#[test]
fn troops_pulled_out_of_a_place_leave_it() {
    // "out" read as the first word of "out of"; "troops" keeps its plural
    // as its lemma in the treebank the parser learnt from.
    for (text, from) in [
        ("Russia pulled its troops out of Syria on Monday.", "SYR"),
        ("Israel pulled its soldiers out of Jenin on Monday.", "PSE"),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, "RETREAT");
        assert_eq!(codes(&e.recipient), [from], "{text}: {e:#?}");
    }
}

#[test]
fn irregular_pasts_after_a_name_the_tagger_does_not_know_are_verbs() {
    // The tagger reads the rare past as a noun after a name it does not
    // know; once the name is a proper noun the past is the verb, with its
    // irregular lemma.
    for (text, kind, to) in [
        (
            "Senegal froze diplomatic ties with Mali on Saturday.",
            "SANCTION",
            "MLI",
        ),
        ("Britain lent funds to Jordan on Sunday.", "AID", "JOR"),
        (
            "Japan unfroze Iranian assets on Thursday.",
            "RETREAT",
            "IRN",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, kind);
        assert_eq!(codes(&e.recipient), [to], "{text}: {e:#?}");
    }
}

#[test]
fn an_act_whose_object_is_none_did_not_happen() {
    for text in [
        "Serbia and Kosovo reached no agreement in Brussels on Monday.",
        "Chad held no talks with Sudan last week.",
        "Ghana's foreign minister said his government had received no request from Togo to reopen the border.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // An object with an article is an act.
    let evs = events("Chad held talks with Sudan last week.", "2025-03-05");
    assert!(evs.iter().any(|e| e.event == "CONSULT"), "{evs:#?}");
}

#[test]
fn a_body_whose_name_ends_in_an_adjective_is_the_subject_of_its_verb() {
    // The tagger read "International urged" as two adjectives of the
    // object: the request was lost.
    for (text, to) in [
        (
            "CAIRO, March 3 - Amnesty International urged Egyptian authorities to free dozens of people detained over online posts.",
            "EGY",
        ),
        (
            "TUNIS, March 3 - Amnesty International urged Tunisian authorities to release the activists held since May.",
            "TUN",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let e = first(&evs, "REQUEST");
        assert_eq!(codes(&e.recipient), [to], "{text}: {evs:#?}");
        assert!(!e.actor.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn a_past_with_its_particle_before_its_object_after_a_capital_is_the_act() {
    // Once "Beijing" is a proper noun, "ruled out any …" is its past tense,
    // not a participle describing it with the closing attribution's verb
    // for the statement's.
    let text = "TAIPEI, March 3 - Beijing ruled out any dialogue with Taiwan's ruling party, a spokesman for the Taiwan Affairs Office said.";
    let evs = events(text, "2025-03-05");
    let e = first(&evs, "REJECT");
    assert_eq!(codes(&e.actor), ["CHN"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["TWN"], "{evs:#?}");
}

#[test]
fn where_a_statement_was_issued_is_not_who_claims() {
    let evs = events(
        "Honduras established diplomatic relations with China on Sunday, according to a joint statement issued in Beijing.",
        "2025-03-05",
    );
    let e = evs
        .iter()
        .find(|e| codes(&e.actor) == ["HND"])
        .unwrap_or_else(|| panic!("{evs:#?}"));
    assert_eq!(codes(&e.recipient), ["CHN"], "{e:#?}");
}

#[test]
fn standing_behind_a_state_backs_it() {
    let evs = events(
        "Iran stands firmly behind the Lebanese government, the foreign ministry said on Monday.",
        "2025-03-05",
    );
    let e = first(&evs, "SUPPORT");
    assert_eq!(codes(&e.recipient), ["LBN"], "{evs:#?}");
    // Standing by one's own words backs nobody.
    assert!(events("The minister stood by his remarks on Monday.", "2025-03-05").is_empty());
}

#[test]
fn the_one_held_accountable_is_the_object_of_a_small_clause() {
    // The parser reads "the United States accountable" as a clause of
    // its own, the state its subject.
    let evs = events(
        "Mexico held the United States accountable for the shooting of its citizens.",
        "2025-03-05",
    );
    let e = first(&evs, "ACCUSE");
    assert_eq!(codes(&e.recipient), ["USA"], "{evs:#?}");
}

#[test]
fn a_verb_with_a_prefix_joined_by_a_hyphen_is_its_entry_or_its_words() {
    // "re-" and "co-" stay with their word: its entry without the hyphen, or
    // the word's own, gives the act; the border's far side is its recipient
    // wherever the parser hangs "with".
    let evs = events(
        "Kuwait re-established diplomatic ties with Iraq on Monday.",
        "2025-03-05",
    );
    let e = first(&evs, "SUPPORT");
    assert_eq!(codes(&e.actor), ["KWT"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["IRQ"], "{evs:#?}");
    let evs = events(
        "Ghana and Togo re-opened their shared border after two years.",
        "2025-03-05",
    );
    let e = first(&evs, "RETREAT");
    assert_eq!(codes(&e.actor), ["GHA", "TGO"], "{evs:#?}");
    let evs = events(
        "Russia re-deployed troops to the border with Finland.",
        "2025-03-05",
    );
    let e = first(&evs, "MOBILIZE");
    assert_eq!(e.mode.as_deref(), Some("troops"), "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["FIN"], "{evs:#?}");
}

#[test]
fn what_has_not_happened_gives_no_act() {
    for (text, kind) in [
        // Any subject of the clause may be the hazard, even read as two.
        (
            "A powerful magnitude 7.1 earthquake hit western Nepal on Sunday, killing 40 people.",
            "ASSAULT",
        ),
        // Still to come.
        (
            "Armenia has yet to ratify the border treaty with Azerbaijan.",
            "SUPPORT",
        ),
        // Feared, not done.
        (
            "Oil prices climbed on Monday as traders in London feared an attack by Iran on shipping.",
            "ASSAULT",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != kind), "{text}: {evs:#?}");
    }
    // Done, it is an act.
    let evs = events(
        "Armenia has ratified the border treaty with Azerbaijan.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "SUPPORT").actor), ["ARM"], "{evs:#?}");
}

#[test]
fn a_subject_that_names_nobody_does_not_borrow_a_name_from_elsewhere() {
    // The name is in another clause, or in the subject's own clause.
    for text in [
        "The Japanese yen rose against the dollar on Tuesday as investors sought safety.",
        "The number of tourists visiting Egypt hit a record last year.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
    // A subject that stands for a side named before keeps the name.
    let evs = events(
        "Washington's sanctions on Venezuela were eased after the government signed an electoral agreement in Barbados.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| codes(&e.actor) == ["VEN"]), "{evs:#?}");
}

#[test]
fn a_clause_reported_by_a_closing_said_is_the_news() {
    // The patterns read only the killing, which names nobody; the clause
    // "police said" reports is the sentence's act all the same.
    let evs = events(
        "A suicide bomber blew himself up near the Iraqi parliament, killing five people, police said.",
        "2025-03-05",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(e.mode.as_deref(), Some("suicide-attack"), "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["IRQ"], "{evs:#?}");
}

#[test]
fn a_frame_word_may_be_any_object_of_a_list() {
    let evs = events(
        "Beijing shipped engineers and rockets to Myanmar.",
        "2025-03-05",
    );
    let e = first(&evs, "AID");
    assert_eq!(codes(&e.actor), ["CHN"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["MMR"], "{evs:#?}");
    // A past read as a preposition after its subject is still the verb.
    let evs = events(
        "The Arab League froze Syria's membership on Saturday.",
        "2025-03-05",
    );
    assert_eq!(
        codes(&first(&evs, "SANCTION").recipient),
        ["SYR"],
        "{evs:#?}"
    );
}

#[test]
fn an_act_only_discussed_or_weighed_has_not_happened() {
    let evs = events(
        "Ghana's foreign minister met his Togolese counterpart to discuss delivering food aid to Burkina Faso.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "AID"), "{evs:#?}");
    assert_eq!(
        codes(&first(&evs, "CONSULT").recipient),
        ["TGO"],
        "{evs:#?}"
    );
    for text in [
        "Delegates from Chile and Peru debated imposing tariffs on Chinese steel.",
        "Britain considered expelling Russian diplomats after the poisoning.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(
            evs.iter().all(|e| e.event != "SANCTION"),
            "{text}: {evs:#?}"
        );
    }
    // Shown, not marched for; support lost is none given.
    let evs = events(
        "The vote demonstrated that Serbia had lost support in Brussels.",
        "2025-03-05",
    );
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn those_killed_in_a_clash_were_killed_by_the_side_they_fought() {
    let evs = events(
        "Two Georgian policemen were killed in a gunfight with Russian troops near the boundary line.",
        "2025-03-05",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["RUS"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["GEO"], "{evs:#?}");
    // The side named in a phrase of the clash, not the wounded subject.
    let evs = events(
        "Two Thai soldiers were wounded in an exchange of fire with Cambodian troops.",
        "2025-03-05",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["KHM"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["THA"], "{evs:#?}");
    // An act named by the phrase of "died" reaches those who died, not
    // the state whose border is near.
    let evs = events(
        "Three Afghan policemen died in a drone strike near the border with Pakistan.",
        "2025-03-05",
    );
    assert_eq!(
        codes(&first(&evs, "ASSAULT").recipient),
        ["AFG"],
        "{evs:#?}"
    );
}

#[test]
fn an_unnamed_ministry_is_the_one_of_the_state_the_report_was_filed_from() {
    let text = "Lisbon recalls its envoy from Caracas\n\nLISBON, May 6 (Wire) - Portugal and Venezuela traded blame on Tuesday after Venezuelan police detained two Portuguese nationals in Caracas.\n\nThe ministry said it had summoned the Venezuelan ambassador to protest. The ministry also said a Venezuelan diplomat was summoned on Monday.";
    let evs = events(text, "2025-05-06");
    // Both summonings: the one told in the passive too, by the ministry
    // that says so.
    let summoned: Vec<_> = evs
        .iter()
        .filter(|e| e.event == "ACCUSE" && e.event_text.contains("summoned"))
        .collect();
    assert_eq!(summoned.len(), 2, "{evs:#?}");
    for e in summoned {
        assert_eq!(codes(&e.actor), ["PRT"], "{e:#?}");
        assert_eq!(codes(&e.recipient), ["VEN"], "{e:#?}");
    }
}

#[test]
fn a_subject_that_is_an_act_or_a_speakers_clause_keeps_its_actor() {
    // An act as the subject is no kind of person: the sides it was
    // between stay.
    let evs = events(
        "Serbia and Kosovo agreed on Monday to reopen the crossing, weeks after clashes killed two policemen.",
        "2025-10-15",
    );
    assert!(evs.iter().any(|e| e.event == "ASSAULT"), "{evs:#?}");
    // Who says the clause is the one who threatens.
    let evs = events("Iran said countermeasures would follow.", "2025-10-15");
    assert_eq!(codes(&first(&evs, "THREATEN").actor), ["IRN"], "{evs:#?}");
}

#[test]
fn a_visit_named_by_its_place_goes_there_and_is_its_light_verbs_subjects() {
    for (text, actor, recipient) in [
        (
            "Kenyan President William Ruto began a three-day China visit on Monday.",
            "KEN",
            "CHN",
        ),
        (
            "Brazil's president ended his Angola visit on Friday.",
            "BRA",
            "AGO",
        ),
    ] {
        let evs = events(text, "2025-03-10");
        let e = first(&evs, "CONSULT");
        assert_eq!(codes(&e.actor), [actor], "{text}: {evs:#?}");
        assert_eq!(codes(&e.recipient), [recipient], "{text}: {evs:#?}");
    }
}

#[test]
fn police_act_for_their_state_on_its_own_people() {
    // The article's state is also on the receiving end: police act on
    // their own people all the same (a ministry summoning its own state's
    // envoy would not).
    let text = "Protests in Nepal\n\nPolice in riot gear fired tear gas on Saturday to disperse activists who protested King Gyanendra's seizure of power.";
    let evs = events(text, "2006-01-21");
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["NPL"], "{evs:#?}");
}

#[test]
fn what_only_a_government_does_in_the_passive_is_done_by_the_one_that_says_so() {
    let evs = events(
        "Tokyo said new tariffs were imposed on Chinese steel on Monday.",
        "2025-03-10",
    );
    let e = first(&evs, "SANCTION");
    assert_eq!(codes(&e.actor), ["JPN"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["CHN"], "{evs:#?}");
    // Not an act anyone may suffer.
    let evs = events(
        "Tokyo said two Japanese sailors were killed off the coast of Somalia.",
        "2025-03-10",
    );
    assert!(evs.iter().all(|e| codes(&e.actor) != ["JPN"]), "{evs:#?}");
}

#[test]
fn a_vehicle_that_people_are_taken_from_is_no_accident() {
    let evs = events(
        "Armed men abducted 14 Nigerien traders from a minibus in Tillaberi on Thursday.",
        "2025-03-10",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.recipient), ["NER"], "{evs:#?}");
    // A vehicle that crashes still kills by accident.
    let evs = events(
        "Eleven Nigerien traders were killed in Tillaberi on Thursday when their minibus overturned.",
        "2025-03-10",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn money_counted_in_a_currency_is_funds() {
    for text in [
        "Qatar gave 300 million dollars to Lebanon's army on Monday.",
        "Qatar provided $300 million to Lebanon on Monday.",
        "Qatar has provided €300 million to Lebanon since the war began.",
    ] {
        let evs = events(text, "2025-03-10");
        let e = first(&evs, "AID");
        assert_eq!(parties(e), ["LBN", "QAT"], "{text}: {evs:#?}");
        assert_eq!(e.mode.as_deref(), Some("economic"), "{text}: {evs:#?}");
    }
}

#[test]
fn a_protest_at_an_act_nobody_is_told_to_have_done_is_against_the_authorities() {
    let evs = events(
        "Thousands of Chilean students marched in Valparaiso on Thursday to protest the arrest of a student leader.",
        "2025-03-07",
    );
    let e = first(&evs, "PROTEST");
    assert_eq!(codes(&e.actor), ["CHL"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["CHL"], "{evs:#?}");
}

#[test]
fn a_crowd_in_a_sentence_that_names_no_place_is_of_the_dateline() {
    let evs = events(
        "SANTIAGO, Chile — Protesters marched through the capital on Thursday, police said.",
        "2025-03-07",
    );
    let e = first(&evs, "PROTEST");
    assert_eq!(codes(&e.actor), ["CHL"], "{evs:#?}");
    assert_eq!(e.date.as_deref(), Some("2025-03-06"), "{evs:#?}");
    // A heading's bare noun is nobody's protest.
    let evs = record(
        "Protest and rejection\n\nSANTIAGO, Chile — The ministry summoned the Peruvian ambassador on Thursday.",
        "2025-03-07",
    );
    assert!(evs.events.iter().all(|e| e.event != "PROTEST"), "{evs:#?}");
}

#[test]
fn a_walkout_in_a_strike_that_officials_report_is_the_news() {
    let evs = events(
        "Dock workers at ports across Chile walked off the job on Thursday in a strike over wages, \
         the port authority said.",
        "2025-03-07",
    );
    let e = first(&evs, "PROTEST");
    assert_eq!(e.mode.as_deref(), Some("strike"), "{evs:#?}");
    assert_eq!(codes(&e.actor), ["CHL"], "{evs:#?}");
}

#[test]
fn a_word_of_a_bodys_name_is_no_act() {
    // "Support" in the name had been read as an act of support, which kept
    // the reported clause's own act from being the news.
    let evs = events(
        "The Sudanese army moved reinforcements to the city of Kosti as the Rapid Support Forces \
         closed in from the south, officials said.",
        "2025-03-07",
    );
    assert!(evs.iter().all(|e| e.event != "SUPPORT"), "{evs:#?}");
    assert_eq!(codes(&first(&evs, "MOBILIZE").actor), ["SDN"], "{evs:#?}");
}

#[test]
fn an_act_its_own_modifier_puts_ahead_is_not_yet_done() {
    for text in [
        "The next round of talks between Armenia and Azerbaijan has not yet been scheduled.",
        "Future talks between Armenia and Azerbaijan could take place in Abu Dhabi.",
    ] {
        let evs = events(text, "2025-05-17");
        let talks = first(&evs, "CONSULT");
        assert_eq!(talks.status, "planned", "{text}: {evs:#?}");
        assert_eq!(talks.date, None, "{text}: {evs:#?}");
    }
    // One only thought of is none.
    let evs = events(
        "A possible summit between Armenia and Azerbaijan would take months to prepare.",
        "2025-05-17",
    );
    assert!(evs.iter().all(|e| e.event != "CONSULT"), "{evs:#?}");
    // "Next" in a story told in the past is the one after.
    let evs = events(
        "The next meeting of the Armenian and Azerbaijani delegations took place in Abu Dhabi on March 24.",
        "2025-05-17",
    );
    assert_eq!(first(&evs, "CONSULT").status, "occurred", "{evs:#?}");
}

#[test]
fn those_killed_by_a_second_participle_are_of_the_side_struck() {
    let evs = events(
        "Russian missiles struck Odesa on Tuesday, hitting a grain terminal and killing at least four people.",
        "2025-03-10",
    );
    for e in evs.iter().filter(|e| e.event == "ASSAULT") {
        assert_eq!(codes(&e.actor), ["RUS"], "{evs:#?}");
        assert_eq!(codes(&e.recipient), ["UKR"], "{evs:#?}");
    }
}

#[test]
fn a_states_attack_on_a_place_of_its_own_is_coded_on_itself() {
    let evs = events(
        "Ethiopian army drones bombed a village in the Amhara region on Sunday, residents said.",
        "2025-03-10",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["ETH"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["ETH"], "{evs:#?}");
    // A place of another state is that state.
    let evs = events(
        "Ethiopian army drones bombed a market in Kassala on Sunday.",
        "2025-03-10",
    );
    assert_eq!(
        codes(&first(&evs, "ASSAULT").recipient),
        ["SDN"],
        "{evs:#?}"
    );
}

#[test]
fn an_attack_noun_names_its_own_agent_in_a_passive_killing() {
    let evs = events(
        "Three Nigerien soldiers were killed in an ambush by armed men near Tillaberi on Tuesday.",
        "2025-03-10",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(codes(&e.actor), ["NER"], "{evs:#?}");
    assert_eq!(e.actor[0].sector.as_deref(), Some("REB"), "{evs:#?}");
}
