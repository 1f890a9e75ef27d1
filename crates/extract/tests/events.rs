//! Event rules on sentences written for these tests.

mod common;
use common::*;

#[test]
fn talks_between_two_states_with_date_and_venue() {
    let evs = events(
        "On March 3, talks between Egypt and Ethiopia were held in Khartoum.",
        "2025-03-10",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["EGY", "ETH"]);
    assert_eq!(e.date.as_deref(), Some("2025-03-03"));
    assert_eq!(e.status, "occurred");
    assert_eq!(
        e.location.as_ref().and_then(|l| l.country_code.as_deref()),
        Some("SDN")
    );
}

#[test]
fn phone_call_by_coordinated_leaders() {
    let evs = events(
        "On Friday, Macron and Scholz called again to discuss gas prices.",
        "2024-05-06",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(e.mode.as_deref(), Some("phone"));
    assert_eq!(parties(e), ["DEU", "FRA"]);
    assert_eq!(e.date.as_deref(), Some("2024-05-03"));
}

#[test]
fn telephone_conversation_between_named_people() {
    let evs = events("The thaw began after a telephone conversation between Xi Jinping and Joe Biden on November 15.", "2023-12-01");
    let e = one(&evs, "CONSULT");
    assert_eq!(e.mode.as_deref(), Some("phone"));
    assert_eq!(parties(e), ["CHN", "USA"]);
    assert_eq!(e.date.as_deref(), Some("2023-11-15"));
}

#[test]
fn compound_adjectives_name_both_parties() {
    let evs = events("On June 4, Indian-Chinese negotiations on the border were held in a closed format in Moscow.", "2024-06-10");
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["CHN", "IND"]);
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Moscow"));
}

#[test]
fn visit_makes_the_host_the_recipient() {
    let evs = events(
        "On May 9, Hakan Fidan visited Cairo, where he was received by the Egyptian president.",
        "2024-05-20",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(e.mode.as_deref(), Some("visit"));
    assert!(codes(&e.actor).contains(&"TUR".to_string()), "{e:#?}");
    assert!(codes(&e.recipient).contains(&"EGY".to_string()), "{e:#?}");
    assert_eq!(
        e.location.as_ref().and_then(|l| l.country_code.as_deref()),
        Some("EGY")
    );
}

#[test]
fn delegations_meeting_takes_the_main_pair_of_the_article() {
    let text = "Serbia and Kosovo resumed their dialogue. Serbia accused Kosovo of stalling.\n\n\
        The next meeting of the delegations took place in Brussels on March 4.";
    let evs = events(text, "2024-03-10");
    let e = evs
        .iter()
        .find(|e| e.event == "CONSULT")
        .expect("a meeting");
    assert_eq!(parties(e), ["SRB", "XKX"]);
    assert_eq!(e.date.as_deref(), Some("2024-03-04"));
}

#[test]
fn future_tense_and_next_week_make_a_planned_event() {
    let evs = events(
        "Japan and South Korea will hold a new round of talks next week.",
        "2025-04-06",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(e.status, "planned");
    assert_eq!(e.date.as_deref(), Some("2025-04-07"));
    assert_eq!(e.enddate.as_deref(), Some("2025-04-13"));
}

#[test]
fn preparing_to_meet_is_planned_and_purpose_infinitive_is_no_event() {
    let evs = events(
        "Brazil and Argentina are preparing to meet again this week.",
        "2025-04-07",
    );
    assert_eq!(one(&evs, "CONSULT").status, "planned");
    let evs = events(
        "The purpose of the trip by the Kenyan envoy was mainly to discuss trade with Uganda.",
        "2025-04-07",
    );
    assert!(evs.iter().all(|e| e.event_text != "discuss"), "{evs:#?}");
}

#[test]
fn attribution_makes_a_claim_and_carries_to_the_next_sentence() {
    let text = "According to the Armenian Defence Ministry, Azerbaijani forces shelled Armenian positions near Sotk. \
        In the last two days, Azerbaijani troops carried out several attacks on Armenian villages.";
    let evs = events(text, "2024-02-14");
    let assaults: Vec<_> = evs.iter().filter(|e| e.event == "ASSAULT").collect();
    assert_eq!(assaults.len(), 2, "{evs:#?}");
    for a in assaults {
        assert_eq!(a.status, "claimed");
        assert_eq!(codes(&a.actor), ["AZE"]);
        assert_eq!(
            a.claimed_by.as_ref().and_then(|c| c.code.as_deref()),
            Some("ARM")
        );
    }
}

#[test]
fn passive_closure_without_agent_keeps_an_empty_actor() {
    let evs = events(
        "In 2019, the Consulate General of Canada in Riyadh was closed.",
        "2024-01-01",
    );
    let e = one(&evs, "SANCTION");
    assert!(e.actor.is_empty(), "{e:#?}");
    assert_eq!(codes(&e.recipient), ["CAN"]);
    assert_eq!(e.date.as_deref(), Some("2019"));
}

#[test]
fn anti_adjective_names_the_target_of_sanctions() {
    let evs = events(
        "In 2014, the Kremlin responded to anti-Russian sanctions with a food embargo.",
        "2024-01-01",
    );
    let s = evs
        .iter()
        .find(|e| e.event == "SANCTION" && e.event_text.ends_with("sanctions"))
        .expect("sanctions");
    assert!(codes(&s.recipient).contains(&"RUS".to_string()), "{s:#?}");
}

#[test]
fn negated_events_are_left_out_unless_asked_for() {
    let text = "Brazil was not included in the list of countries against which Washington imposes tariffs.";
    assert!(events(text, "2025-04-07")
        .iter()
        .all(|e| e.event != "SANCTION"));
    let meta = detente_extract::DocMeta {
        published: chrono::NaiveDate::from_ymd_opt(2025, 4, 7),
        ..Default::default()
    };
    let opts = detente_extract::Options {
        events: detente_extract::EventOptions {
            include_negated: true,
        },
        ..Default::default()
    };
    let rec = detente_extract::extract(text, &meta, detente_kb::builtin(), &opts);
    let s = rec
        .events
        .iter()
        .find(|e| e.event == "SANCTION")
        .expect("negated sanction kept on request");
    assert!(s.negated);
}

#[test]
fn hypotheticals_and_opinions_are_not_events() {
    for text in [
        "If Iran enriches more uranium, Israel would strike its facilities.",
        "Analysts say Turkey could mediate between the two sides.",
        "Pakistan did not meet Indian officials in Geneva.",
        "Washington does not want to recognize the new government in Niamey.",
    ] {
        let evs = events(text, "2025-04-07");
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn stop_attacks_inside_an_agreement_is_not_an_attack() {
    let evs = events("On March 18, Sudan and South Sudan reached an agreement to stop attacks on oil pipelines for 30 days.", "2025-04-07");
    assert_eq!(parties(one(&evs, "AGREE")), ["SDN", "SSD"]);
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn outcome_takes_parties_and_date_of_the_meeting() {
    let text = "The delegations of Greece and Turkey met in Athens on May 2. The main result was the decision to resume flights between the two countries.";
    let evs = events(text, "2025-05-10");
    let agree = one(&evs, "AGREE");
    assert_eq!(parties(agree), ["GRC", "TUR"]);
    assert_eq!(agree.date.as_deref(), Some("2025-05-02"));
}

#[test]
fn one_event_reported_twice_is_merged_and_two_days_stay_two() {
    let text = "Egypt and Israel held talks in Cairo on February 18.\n\n\
        Talks between Egypt and Israel in Cairo, February 18, 2025\n\n\
        Egypt and Israel held talks again on February 27 in Cairo.";
    let evs = events(text, "2025-03-01");
    let talks: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(talks.len(), 2, "{evs:#?}");
    assert_eq!(talks[0].mentions.len(), 2);
    assert_eq!(talks[0].date.as_deref(), Some("2025-02-18"));
    assert_eq!(talks[1].date.as_deref(), Some("2025-02-27"));
}

#[test]
fn this_call_is_the_call_just_reported() {
    let text = "On March 18, Erdogan and Putin called again, and the main outcome of this call was an agreement to extend the grain corridor.";
    let evs = events(text, "2025-04-07");
    let call = one(&evs, "CONSULT");
    assert_eq!(call.mode.as_deref(), Some("phone"));
    assert_eq!(parties(call), ["RUS", "TUR"]);
}

#[test]
fn conflict_and_cooperation_anywhere() {
    let cases: &[(&str, &str)] = &[
        ("Protesters rallied in Lagos against Nigerian fuel prices on Monday.", "PROTEST"),
        ("Serbian artillery shelled villages near Sarajevo in 1993.", "ASSAULT"),
        ("Jordan delivered humanitarian aid to Baghdad on Sunday.", "AID"),
        ("Russia massed troops on the Ukrainian border in 2021.", "MOBILIZE"),
        ("Ghana expelled the Burkinabe ambassador from Accra on Friday.", "SANCTION"),
        ("Venezuela rejected the proposal of Guyana on Tuesday.", "REJECT"),
        ("Ethiopia accused Egypt of interfering in its affairs on Monday.", "ACCUSE"),
        ("The United Nations called for an immediate ceasefire in Sudan on Monday.", "REQUEST"),
        ("China threatened Taiwan with new military drills on Monday.", "THREATEN"),
        ("Chinese coast guard ships fired water cannon at Philippine vessels on Monday.", "COERCE"),
        ("Israel withdrew its troops from southern Lebanon in 2000.", "RETREAT"),
        ("Hamas released four hostages to Israel on Saturday.", "CONCEDE"),
        ("Russia and Ukraine exchanged prisoners of war on Friday.", "COOPERATE"),
        ("Germany supported the French proposal on Monday.", "SUPPORT"),
        ("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday.", "AGREE"),
        ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.", "CONSULT"),
    ];
    for (text, want) in cases {
        let evs = events(text, "2025-04-07");
        assert!(
            evs.iter().any(|e| e.event == *want && !e.actor.is_empty()),
            "{text}: want {want}, got {evs:#?}"
        );
    }
}

#[test]
fn not_recognising_is_rejecting() {
    let evs = events(
        "Venezuela does not recognise the jurisdiction of the International Court of Justice.",
        "2024-03-08",
    );
    let e = one(&evs, "REJECT");
    assert_eq!(codes(&e.actor), ["VEN"]);
    assert!(!e.negated);
}

#[test]
fn due_to_visit_is_a_planned_visit_to_the_host() {
    let evs = events(
        "Lula is due to visit Georgetown in the coming days.",
        "2024-03-08",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(e.mode.as_deref(), Some("visit"));
    assert_eq!(e.status, "planned");
    assert_eq!(parties(e), ["BRA", "GUY"]);
}

#[test]
fn a_month_ago_counts_back_to_the_day() {
    let evs = events(
        "A month ago, Kenyan President William Ruto visited Addis Ababa.",
        "2024-03-08",
    );
    assert_eq!(one(&evs, "CONSULT").date.as_deref(), Some("2024-02-08"));
}

#[test]
fn contents_of_demands_and_threats_are_not_events() {
    let evs = events(
        "Egypt demanded on Monday that Iraq hand over the suspects.",
        "2024-03-08",
    );
    assert!(evs.iter().all(|e| e.event != "CONCEDE"), "{evs:#?}");
    assert_eq!(one(&evs, "REQUEST").date.as_deref(), Some("2024-03-04"));
}

#[test]
fn a_dated_joint_act_with_nobody_named_belongs_to_the_main_pair() {
    let text = "Russia and Ukraine traded accusations over the strikes. Kyiv said Russia had attacked Kharkiv.\n\n\
        An exchange of prisoners of war is planned for next week, officials said.";
    let evs = events(text, "2025-12-04");
    let e = one(&evs, "COOPERATE");
    assert_eq!(parties(e), ["RUS", "UKR"]);
    assert_eq!(e.status, "planned");
}

#[test]
fn undated_reports_of_a_wire_story_happened_on_its_news_day() {
    let text = "UNITED NATIONS, Feb 16 - Russia and China on Thursday vetoed a draft resolution on North Korea.\n\n\
        The U.S. ambassador accused Moscow of shielding Pyongyang.\n\n\
        North Korea was first sanctioned in 2006, long before the latest launches.";
    let evs = events(text, "2024-02-16");
    assert_eq!(one(&evs, "ACCUSE").date.as_deref(), Some("2024-02-15"));
}

#[test]
fn artillery_shells_are_not_shelling() {
    let evs = events(
        "Iran sold artillery shells and drones to Russia in 2023.",
        "2024-02-16",
    );
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn request_verbs_followed_by_a_determiner_or_that() {
    // What is asked for often starts with "the", "a" or "that".
    let evs = events(
        "On Monday, Kenya urged the Ethiopian government to reopen the border.",
        "2025-03-12",
    );
    let e = one(&evs, "REQUEST");
    assert_eq!(codes(&e.actor), ["KEN"]);
    assert_eq!(codes(&e.recipient), ["ETH"]);
    let evs = events(
        "Turkey demanded that Greece withdraw its troops.",
        "2025-03-12",
    );
    let e = one(&evs, "REQUEST");
    assert_eq!(parties(e), ["GRC", "TUR"]);
    let evs = events("Chile called for a ceasefire on Tuesday.", "2025-03-12");
    assert_eq!(codes(&one(&evs, "REQUEST").actor), ["CHL"]);
    let evs = events("Peru asked Bolivia for more time.", "2025-03-12");
    assert_eq!(parties(one(&evs, "REQUEST")), ["BOL", "PER"]);
    // "Sought to" is an attempt, and "call it off" no request.
    let evs = events("Kenya sought to keep Ethiopia on its side.", "2025-03-12");
    assert!(evs.iter().all(|e| e.event != "REQUEST"), "{evs:#?}");
    let evs = events("Kenya called it off after Ethiopia objected.", "2025-03-12");
    assert!(evs.iter().all(|e| e.event != "REQUEST"), "{evs:#?}");
}

#[test]
fn a_state_is_not_the_recipient_of_its_own_demand() {
    let evs = events(
        "Austria demanded the release of Austrian aid workers held in Yemen.",
        "2025-03-12",
    );
    let e = one(&evs, "REQUEST");
    assert_eq!(codes(&e.actor), ["AUT"]);
    assert!(!codes(&e.recipient).contains(&"AUT".to_string()));
}

#[test]
fn a_clause_in_the_pluperfect_does_not_move_the_main_event() {
    let text = "Norway and Peru on Thursday signed a fisheries agreement.\n\n\
        The Peruvian envoy denied that Lima had exceeded its quota in the southern fishing zone and blamed Chile for the dispute.\n\n\
        Separately, the Norwegian minister said Peru had criticised Chile.";
    let evs = events(text, "2025-03-14");
    let blame: Vec<_> = evs.iter().filter(|e| e.event == "ACCUSE").collect();
    let recent = blame
        .iter()
        .find(|e| codes(&e.recipient) == ["CHL"] && e.date.as_deref() == Some("2025-03-13"));
    assert!(recent.is_some(), "{evs:#?}");
    // An event in the pluperfect itself is not dated to the news day.
    assert!(
        blame
            .iter()
            .filter(|e| e.event_text == "criticised")
            .all(|e| e.date.is_none()),
        "{evs:#?}"
    );
}

#[test]
fn future_in_a_relative_clause_does_not_move_the_date() {
    // Published on a Wednesday: the Tuesday of the agreement is the day before.
    let evs = events(
        "On Tuesday, Kenya and Uganda agreed on the names of the detainees who will be freed.",
        "2025-03-12",
    );
    let e = one(&evs, "AGREE");
    assert_eq!(e.date.as_deref(), Some("2025-03-11"));
    assert_eq!(e.status, "occurred");
    // The future in the date's own clause still points forward.
    let evs = events(
        "Officials said that the foreign ministers of Kenya and Uganda will meet on Tuesday.",
        "2025-03-12",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(e.date.as_deref(), Some("2025-03-18"));
    assert_eq!(e.status, "planned");
}

#[test]
fn meeting_his_counterparts_names_their_states() {
    let evs = events(
        "Kenyan Foreign Minister Joseph Mwangi will meet his Ugandan and Rwandan counterparts in Arusha next week.",
        "2025-03-12",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["KEN", "RWA", "UGA"]);
    assert_eq!(e.status, "planned");
    // A possessive with no state after it still stands for its owner.
    let evs = events(
        "Bolivian President Luis Arce wrote to Lima on Sunday. Peru rejected his proposal on Monday.",
        "2025-03-12",
    );
    assert_eq!(codes(&one(&evs, "REJECT").recipient), ["BOL"], "{evs:#?}");
}

#[test]
fn coordinated_verbs_share_the_first_subject() {
    let evs = events(
        "Peruvian President Ana Quispe visited La Paz and later asked Bolivia for support.",
        "2025-03-12",
    );
    let e = one(&evs, "REQUEST");
    assert_eq!(codes(&e.actor), ["PER"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["BOL"], "{evs:#?}");
    let evs = events(
        "Peruvian President Ana Quispe met Bolivian President Jorge Mamani and criticised Chile.",
        "2025-03-12",
    );
    let e = one(&evs, "ACCUSE");
    assert_eq!(codes(&e.actor), ["PER"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["CHL"], "{evs:#?}");
    // Two states as one subject stay the subject.
    let evs = events(
        "Mexico and Canada condemned the raid on Monday.",
        "2025-03-12",
    );
    assert_eq!(codes(&one(&evs, "ACCUSE").actor), ["CAN", "MEX"]);
}

#[test]
fn be_to_infinitive_is_a_plan() {
    let evs = events(
        "The foreign ministers of Kenya and Uganda are to meet in Arusha next month.",
        "2025-08-14",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["KEN", "UGA"]);
    assert_eq!(e.status, "planned");
    assert_eq!(e.date.as_deref(), Some("2025-09"));
    // A bare purpose infinitive is still no event.
    let evs = events(
        "Kenya sent a letter to Uganda in order to meet the deadline.",
        "2025-08-14",
    );
    assert!(evs.iter().all(|e| e.event != "CONSULT"), "{evs:#?}");
}

#[test]
fn calling_an_act_hostile_is_an_accusation() {
    let evs = events(
        "On Monday, Serbia called the arrest a provocation by Kosovo.",
        "2025-08-14",
    );
    let e = one(&evs, "ACCUSE");
    assert_eq!(codes(&e.actor), ["SRB"]);
    assert_eq!(codes(&e.recipient), ["XKX"]);
    let evs = events(
        "Kosovo's president described the Serbian drills as an act of aggression.",
        "2025-08-14",
    );
    assert_eq!(parties(one(&evs, "ACCUSE")), ["SRB", "XKX"]);
    // Praise or a phone call is no accusation.
    let evs = events(
        "Serbia called the meeting with Kosovo a success.",
        "2025-08-14",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
    let evs = events(
        "Serbian President Milan Petrovic called Kosovo on Monday.",
        "2025-08-14",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
}

#[test]
fn expecting_a_party_to_act_is_a_request() {
    let evs = events("Kenya expects Uganda to withdraw its troops.", "2025-08-14");
    let e = one(&evs, "REQUEST");
    assert_eq!(codes(&e.actor), ["KEN"]);
    assert_eq!(codes(&e.recipient), ["UGA"]);
    // Being expected to act, or expecting to act oneself, asks nothing of anyone.
    for text in [
        "Kenyan President Samuel Otieno is expected to visit Uganda.",
        "Kenya expects to sign a deal with Uganda.",
    ] {
        let evs = events(text, "2025-08-14");
        assert!(evs.iter().all(|e| e.event != "REQUEST"), "{text}: {evs:#?}");
    }
}

#[test]
fn a_territorial_claim_is_no_attribution() {
    let evs = events(
        "The Kenyan minister said Kenya expects Uganda to drop the claim to the island.",
        "2025-08-14",
    );
    assert_eq!(one(&evs, "REQUEST").status, "occurred");
    // The verb still attributes.
    let evs = events(
        "Uganda claims that Kenyan troops attacked a border post on Monday.",
        "2025-08-14",
    );
    assert_eq!(one(&evs, "ASSAULT").status, "claimed");
}

#[test]
fn aid_approved_with_a_long_amount_phrase() {
    let evs = events(
        "On Monday, EU finance ministers approved the disbursement of a €2.5 billion tranche for Moldova.",
        "2025-08-14",
    );
    let e = one(&evs, "AID");
    assert_eq!(codes(&e.actor), ["EUR"]);
    assert_eq!(codes(&e.recipient), ["MDA"]);
    assert_eq!(e.date.as_deref(), Some("2025-08-11"));
}

#[test]
fn rejecting_an_earlier_act_answers_its_actor() {
    let text = "Ghana lodged a protest with Togo on Monday over the border closure.\n\n\
        On Tuesday, Togo rejected the protest.";
    let evs = events(text, "2025-08-14");
    let e = one(&evs, "REJECT");
    assert_eq!(codes(&e.actor), ["TGO"]);
    assert_eq!(codes(&e.recipient), ["GHA"]);
    // An act named after no earlier event stays without a recipient.
    let text = "Ghana lodged a protest with Togo on Monday.\n\n\
        On Tuesday, Togo rejected the plan for a new customs post.";
    let evs = events(text, "2025-08-14");
    assert!(one(&evs, "REJECT").recipient.is_empty(), "{evs:#?}");
}

#[test]
fn two_sides_acting_in_turn_are_two_events() {
    let evs = events(
        "On Wednesday, Colombia handed two Venezuelan soldiers over to the Red Cross, and Venezuela released five Colombian fishermen.",
        "2025-08-14",
    );
    let concede: Vec<_> = evs.iter().filter(|e| e.event == "CONCEDE").collect();
    assert_eq!(concede.len(), 2, "{evs:#?}");
    assert!(concede.iter().any(|e| codes(&e.actor) == ["COL"]));
    assert!(concede
        .iter()
        .any(|e| codes(&e.actor).contains(&"VEN".to_string())));
    // One act reported twice in a sentence stays one event.
    let evs = events(
        "On Wednesday, Colombia released two Venezuelan soldiers and freed a Venezuelan pilot.",
        "2025-08-14",
    );
    assert_eq!(
        evs.iter().filter(|e| e.event == "CONCEDE").count(),
        1,
        "{evs:#?}"
    );
}

#[test]
fn a_place_opening_the_sentence_sets_the_scene() {
    let evs = events(
        "In Accra, several hundred farmers marched on Saturday to demand lower fuel prices.",
        "2025-08-14",
    );
    let e = one(&evs, "PROTEST");
    assert_eq!(codes(&e.actor), ["GHA"]);
    assert_eq!(
        e.location.as_ref().and_then(|l| l.country_code.as_deref()),
        Some("GHA")
    );
}

#[test]
fn spoke_with_someone_by_phone_is_a_phone_call_between_them() {
    let evs = events(
        "Ruto spoke with Tinubu by phone on Monday to seek support for the peace plan.",
        "2025-06-11",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(e.mode.as_deref(), Some("phone"));
    assert_eq!(parties(e), ["KEN", "NGA"]);
    assert_eq!(e.date.as_deref(), Some("2025-06-09"));
    let evs = events(
        "The Spanish prime minister talked with Meloni over the phone on Friday.",
        "2025-06-11",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["ESP", "ITA"]);
    // Speaking with reporters about a phone call is no call between states.
    let evs = events(
        "Ruto spoke with reporters in Nairobi on Monday about the phone records.",
        "2025-06-11",
    );
    assert!(evs.iter().all(|e| e.event != "CONSULT"), "{evs:#?}");
}

#[test]
fn comma_and_without_a_list_joins_clauses_not_parties() {
    let evs = events(
        "The detainees were handed over to the Red Cross, and Ethiopia freed two Eritrean soldiers on Friday.",
        "2025-06-11",
    );
    let e = one(&evs, "CONCEDE");
    assert_eq!(codes(&e.actor), ["ETH"]);
    // A real list with a serial comma keeps every member.
    let evs = events(
        "Kenya, Uganda, and Rwanda condemned the coup on Friday.",
        "2025-06-11",
    );
    let e = one(&evs, "ACCUSE");
    assert_eq!(codes(&e.actor), ["KEN", "RWA", "UGA"]);
}

#[test]
fn a_state_after_a_state_is_a_list_not_a_location() {
    let evs = events(
        "The foreign ministers of Egypt, Jordan and Qatar met Blinken on Friday.",
        "2025-06-11",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["EGY", "JOR", "QAT", "USA"]);
    assert!(e.location.is_none(), "{e:#?}");
    // A state after a town still names where the town is.
    let evs = events("Russia shelled Kherson, Ukraine, on Friday.", "2025-06-11");
    let e = one(&evs, "ASSAULT");
    assert_eq!(
        e.location.as_ref().map(|l| l.name.as_str()),
        Some("Kherson")
    );
}

#[test]
fn with_after_a_comma_is_a_circumstance_not_the_other_side() {
    // Both delegations, each with a side clause naming its head, are the parties;
    // the mediators in ", with ... mediators shuttling" are not.
    let evs = events(
        "The Sudanese army delegation, led by General Omar Idris, and an RSF delegation headed by Ali Salih held indirect talks in Jeddah from 3 to 5 March, with Saudi and American mediators shuttling between the rooms.",
        "2025-03-10",
    );
    let e = one(&evs, "CONSULT");
    let p = parties(e);
    assert!(p.contains(&"SDN".to_string()), "{e:#?}");
    assert!(!p.contains(&"SAU".to_string()), "{e:#?}");
    assert!(!p.contains(&"USA".to_string()), "{e:#?}");
    // A "with" right after the talks still names the other side.
    let evs = events(
        "Egypt held talks with Ethiopia in Cairo on Tuesday.",
        "2025-03-10",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["EGY", "ETH"]);
}

#[test]
fn both_delegations_with_side_clauses_are_parties() {
    let evs = events(
        "A Hamas team, led by senior official Karim Nasser, and an Israeli team headed by Avi Levin held indirect negotiations in Doha on Monday.",
        "2025-04-08",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["ISR", "PSE"]);
    assert_eq!(e.date.as_deref(), Some("2025-04-07"));
    let evs = events(
        "The Armenian delegation, led by Deputy Prime Minister Arman Sarkisyan, and an Azerbaijani delegation held talks in Tbilisi on Tuesday.",
        "2025-04-10",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(parties(e), ["ARM", "AZE"]);
    assert_eq!(codes(&e.actor), ["ARM"]);
    assert_eq!(codes(&e.recipient), ["AZE"]);
}

#[test]
fn there_is_the_place_named_earlier_in_the_sentence() {
    let evs = events(
        "Ruto, who stayed in Addis Ababa after the summit, met the Ethiopian prime minister there on Thursday.",
        "2025-04-08",
    );
    let e = one(&evs, "CONSULT");
    assert_eq!(
        e.location.as_ref().map(|l| l.name.as_str()),
        Some("Addis Ababa")
    );
    // The existential "there was" names no place.
    let evs = events(
        "Ruto met Abiy Ahmed on Thursday, but there was no progress on the port deal.",
        "2025-04-08",
    );
    let e = one(&evs, "CONSULT");
    assert!(e.location.is_none(), "{e:#?}");
}

#[test]
fn a_hunger_strike_or_a_general_strike_is_a_protest_not_an_attack() {
    for text in [
        "A jailed Bolivian activist began a hunger strike in La Paz on Monday.",
        "Unions in Chile called a general strike against the pension law on Monday.",
    ] {
        let evs = events(text, "2025-03-04");
        assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{text}: {evs:#?}");
        assert!(evs.iter().any(|e| e.event == "PROTEST"), "{text}: {evs:#?}");
    }
}

#[test]
fn a_strike_that_lasts_hours_or_days_is_a_stoppage_of_work() {
    let evs = events(
        "Nurses in Nairobi began a 48-hour strike on Monday over unpaid wages.",
        "2025-03-04",
    );
    assert!(evs.iter().any(|e| e.event == "PROTEST"), "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
}

#[test]
fn a_protest_against_an_earlier_act_named_by_its_noun_answers_its_actor() {
    let text = "Senegal expelled the Gambian ambassador on Monday.\n\n\
        The next day, the Gambian foreign ministry protested against the expulsion.";
    let evs = events(text, "2025-08-14");
    let answer = evs
        .iter()
        .find(|e| matches!(e.event.as_str(), "PROTEST" | "ACCUSE") && codes(&e.actor) == ["GMB"])
        .unwrap_or_else(|| panic!("no protest by Gambia: {evs:#?}"));
    assert_eq!(codes(&answer.recipient), ["SEN"], "{answer:#?}");
}
