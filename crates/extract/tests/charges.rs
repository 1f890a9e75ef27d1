//! Charges and their answers as real reports word them, each on sentences
//! written for these tests: charges made with other verbs than "accuse",
//! blame laid in a statement, charges dismissed as baseless, relative
//! clauses on the accused, and the date of a charge made in a statement.

mod common;

use common::{codes, events, first, record};

#[test]
fn a_charge_made_with_a_clause_is_an_accusation() {
    for (text, actor, recipient) in [
        (
            "China charged that the United States was meddling in its internal affairs.",
            "CHN",
            "USA",
        ),
        (
            "Namibia complained that Angola had ignored the border accord.",
            "NAM",
            "AGO",
        ),
        (
            "Ethiopia claimed that Egypt was behind the unrest in the border region.",
            "ETH",
            "EGY",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let charge = first(&evs, "ACCUSE");
        assert_eq!(codes(&charge.actor), [actor], "{text}: {evs:#?}");
        assert_eq!(codes(&charge.recipient), [recipient], "{text}: {evs:#?}");
        assert_eq!(charge.status, "occurred", "{text}: {evs:#?}");
    }
    // Riot police charging a crowd with batons accuse nobody.
    let evs = events(
        "Israeli police charged the Palestinian crowd with batons.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
}

#[test]
fn a_charge_is_dated_by_its_statement_whatever_it_alleges() {
    // The perfect belongs to the act alleged, not to the statement: the
    // statement, in the past, is of the news day (the day before
    // publication).
    let evs = events(
        "Russia said Ukraine had violated the ceasefire.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["RUS"], "{evs:#?}");
    assert_eq!(charge.date.as_deref(), Some("2025-03-04"), "{evs:#?}");
    // In the present, of the day itself.
    let evs = events(
        "Russia says Ukraine has violated the ceasefire.",
        "2025-03-05",
    );
    assert_eq!(
        first(&evs, "ACCUSE").date.as_deref(),
        Some("2025-03-05"),
        "{evs:#?}"
    );
    // An accusation told in the perfect is still moved back.
    let evs = events(
        "Russia had accused Ukraine of shelling the plant.",
        "2025-03-05",
    );
    assert_eq!(first(&evs, "ACCUSE").date, None, "{evs:#?}");
}

#[test]
fn calling_a_charge_baseless_rejects_it() {
    for text in [
        "Beijing termed the accusations groundless.",
        "Moscow described the claims as fabricated.",
        "Islamabad on Friday dubbed the allegations baseless.",
    ] {
        let evs = events(text, "2025-03-05");
        assert_eq!(
            codes(&first(&evs, "REJECT").actor).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
    // The one who made the charge is whom it rejects.
    let evs = events(
        "India dismissed Pakistan's allegations as baseless propaganda.",
        "2025-03-05",
    );
    let answer = first(&evs, "REJECT");
    assert_eq!(codes(&answer.actor), ["IND"], "{evs:#?}");
    assert_eq!(codes(&answer.recipient), ["PAK"], "{evs:#?}");
    // Calling talks useful rejects nothing.
    for text in [
        "Kenya described the talks as useful.",
        "The army described the raid as a success.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "REJECT"), "{text}: {evs:#?}");
    }
}

#[test]
fn vengeance_promised_is_a_threat() {
    let evs = events("Iran promised vengeance after the strike.", "2025-03-05");
    assert_eq!(codes(&first(&evs, "THREATEN").actor), ["IRN"], "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "AGREE"), "{evs:#?}");
}

#[test]
fn the_accused_of_a_relative_clause_is_the_noun_it_is_on() {
    for text in [
        "Washington sanctioned Iranian officers it accused of plotting attacks.",
        "The United States sanctioned two Iranian officers whom it accused of plotting attacks.",
    ] {
        let evs = events(text, "2025-03-05");
        let charge = first(&evs, "ACCUSE");
        assert_eq!(codes(&charge.actor), ["USA"], "{text}: {evs:#?}");
        assert_eq!(codes(&charge.recipient), ["IRN"], "{text}: {evs:#?}");
    }
}

#[test]
fn a_common_family_name_alone_names_no_one() {
    // "Pak", "Hu", "Ri" are family names of millions: alone, and with no
    // full name before them, they are nobody the knowledge base knows.
    for text in [
        "Pak terms the accusation baseless.",
        "The delegation met Hu in the capital on Monday.",
        "The talks were useful, Ri said.",
    ] {
        let rec = record(text, "2025-03-05");
        assert!(
            rec.entities
                .iter()
                .all(|e| e.kind != "person" || e.office.is_none()),
            "{text}: {:#?}",
            rec.entities
        );
    }
    // After the full name, the family name is that person.
    let rec = record(
        "Yang Jiechi met the Japanese envoy in Beijing on Monday. Yang said the talks were useful.",
        "2010-03-05",
    );
    let yang = rec
        .entities
        .iter()
        .find(|e| e.name == "Yang Jiechi")
        .unwrap_or_else(|| panic!("{:#?}", rec.entities));
    assert_eq!(yang.mentions, 2, "{yang:#?}");
}

#[test]
fn a_condemnation_of_an_act_told_before_is_aimed_at_its_actor() {
    for text in [
        // A date's possessive stands for "the".
        "Russian forces shelled Kharkiv on Monday. Kyiv condemned Monday's attack.",
        // "the incident": any hostile act told before.
        "Russian coast guards fired on a Ukrainian boat on Monday. Kyiv condemned the incident.",
    ] {
        let evs = events(text, "2025-03-05");
        let charge = first(&evs, "ACCUSE");
        assert_eq!(codes(&charge.actor), ["UKR"], "{text}: {evs:#?}");
        assert_eq!(codes(&charge.recipient), ["RUS"], "{text}: {evs:#?}");
    }
    // "the incident" does not reach back to talks.
    let evs = events(
        "Russian and Ukrainian envoys met in Istanbul on Monday. Kyiv welcomed the incident.",
        "2025-03-05",
    );
    assert!(
        evs.iter()
            .all(|e| e.event != "ACCUSE" && e.event != "SUPPORT" || codes(&e.recipient).is_empty()),
        "{evs:#?}"
    );
}

#[test]
fn a_government_protesting_another_states_act_complains_formally() {
    let evs = events(
        "North Korea fired two ballistic missiles on Monday. Japan strongly protested the launch.",
        "2025-03-05",
    );
    let protest = first(&evs, "ACCUSE");
    assert_eq!(codes(&protest.actor), ["JPN"], "{evs:#?}");
    assert_eq!(codes(&protest.recipient), ["PRK"], "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "PROTEST"), "{evs:#?}");
    // Students protesting a decision are in the street.
    let evs = events(
        "Students protested the decision in Nairobi on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
    assert_eq!(first(&evs, "PROTEST").actor.len(), 1, "{evs:#?}");
}

#[test]
fn penalties_that_hit_someone_are_the_penaltys_act() {
    for text in [
        "New U.S. sanctions target Russian oil exports.",
        "The new U.S. sanctions hit Russian oil exports.",
    ] {
        let evs = events(text, "2025-03-05");
        let sanction = first(&evs, "SANCTION");
        assert_eq!(codes(&sanction.actor), ["USA"], "{text}: {evs:#?}");
        assert_eq!(codes(&sanction.recipient), ["RUS"], "{text}: {evs:#?}");
        assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{text}: {evs:#?}");
    }
    let evs = events(
        "China took countermeasures against nine U.S. defense firms.",
        "2025-03-05",
    );
    assert_eq!(
        codes(&first(&evs, "SANCTION").recipient),
        ["USA"],
        "{evs:#?}"
    );
    // The sanctions lists' word, not an appointment.
    let evs = events(
        "The Treasury Department designated six Iranian firms.",
        "2025-03-05",
    );
    assert_eq!(
        codes(&first(&evs, "SANCTION").recipient),
        ["IRN"],
        "{evs:#?}"
    );
    let evs = events(
        "The president designated a new envoy to Sudan.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "SANCTION"), "{evs:#?}");
}

#[test]
fn an_empty_prepositional_slot_does_not_choose_the_frame() {
    // "staged drills" with nobody "with" it is no joint exercise.
    let evs = events(
        "China staged military drills around Taiwan on Monday.",
        "2025-03-05",
    );
    assert_eq!(codes(&first(&evs, "MOBILIZE").actor), ["CHN"], "{evs:#?}");
    assert!(evs.iter().all(|e| e.event != "COOPERATE"), "{evs:#?}");
    let evs = events(
        "Egypt held joint drills with Sudan on Monday.",
        "2025-03-05",
    );
    assert_eq!(
        codes(&first(&evs, "COOPERATE").recipient),
        ["SDN"],
        "{evs:#?}"
    );
}

#[test]
fn a_threat_its_maker_states_is_made_and_any_act_is_none() {
    let evs = events(
        "Iran said it would respond militarily to any aggression.",
        "2025-03-05",
    );
    let threat = first(&evs, "THREATEN");
    assert_eq!(codes(&threat.actor), ["IRN"], "{evs:#?}");
    assert_eq!(threat.status, "occurred", "{evs:#?}");
    // "any attack" is no attack.
    let evs = events("Iran said it would respond to any attack.", "2025-03-05");
    assert!(evs.iter().all(|e| e.event != "ASSAULT"), "{evs:#?}");
    // Another's refusal reported stays claimed.
    let evs = events(
        "Russia said Ukraine had rejected the proposal.",
        "2025-03-05",
    );
    assert_eq!(first(&evs, "REJECT").status, "claimed", "{evs:#?}");
}

#[test]
fn a_treaty_under_negotiation_is_none_made() {
    let evs = events(
        "Kenya and Somalia have been negotiating a peace treaty since the war ended in 2019.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "AGREE"), "{evs:#?}");
    assert!(evs.iter().any(|e| e.event == "CONSULT"), "{evs:#?}");
    let evs = events(
        "Kenya and Somalia signed a peace treaty on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "AGREE"), "{evs:#?}");
}

#[test]
fn a_withdrawal_is_of_who_withdraws_from_where_they_leave() {
    for (text, actor, recipient) in [
        (
            "Russia began the withdrawal of its forces from Syria.",
            "RUS",
            "SYR",
        ),
        (
            "The withdrawal of Turkish forces from Syria was completed on Friday.",
            "TUR",
            "SYR",
        ),
        (
            "The United States speeded up the withdrawal of some invasion forces from Panama.",
            "USA",
            "PAN",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let retreat = first(&evs, "RETREAT");
        assert_eq!(codes(&retreat.actor), [actor], "{text}: {evs:#?}");
        assert_eq!(codes(&retreat.recipient), [recipient], "{text}: {evs:#?}");
    }
}

#[test]
fn sanctions_on_people_are_not_on_the_sanctioners_own() {
    let evs = events(
        "The United States imposed sanctions on 37 people in 13 countries on Friday, \
         including Iranian officers it accused of plotting attacks.",
        "2025-03-05",
    );
    for e in evs.iter().filter(|e| e.event == "SANCTION") {
        assert!(
            !codes(&e.recipient).contains(&"USA".to_string()),
            "{evs:#?}"
        );
    }
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["USA"], "{evs:#?}");
    assert_eq!(codes(&charge.recipient), ["IRN"], "{evs:#?}");
}

#[test]
fn a_crowd_that_goes_out_to_protest_protests() {
    let evs = events(
        "Thousands of people took to the streets of Tbilisi on Sunday to protest against the government.",
        "2025-03-05",
    );
    let protest = first(&evs, "PROTEST");
    assert_eq!(codes(&protest.actor), ["GEO"], "{evs:#?}");
    // Police dispersing a crowd coerce it.
    let evs = events("Police dispersed the protesters in Nairobi.", "2025-03-05");
    assert_eq!(codes(&first(&evs, "COERCE").actor), ["KEN"], "{evs:#?}");
    // Clouds disperse nobody.
    assert!(events("The clouds dispersed over Nairobi.", "2025-03-05").is_empty());
}

#[test]
fn blame_laid_with_other_words_is_the_speakers_charge() {
    for (text, actor, recipient) in [
        (
            "A senior US official said the Islamic Republic was behind it.",
            "USA",
            "IRN",
        ),
        ("Kyiv said Moscow was involved in the plot.", "UKR", "RUS"),
        (
            "Riyadh said Tehran had a role in the attack on its oil installations.",
            "SAU",
            "IRN",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        let charge = first(&evs, "ACCUSE");
        assert_eq!(codes(&charge.actor), [actor], "{text}: {evs:#?}");
        assert_eq!(codes(&charge.recipient), [recipient], "{text}: {evs:#?}");
    }
    // Without a speaker, being involved is no charge.
    let evs = events(
        "The Kenyan company is involved in the crash investigation.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
}

#[test]
fn rejecting_the_claims_answers_the_charge_against_oneself() {
    let evs = events(
        "Pakistan accused India of backing the militants on Monday. India rejected the claims as baseless.",
        "2025-03-05",
    );
    let answer = first(&evs, "REJECT");
    assert_eq!(codes(&answer.actor), ["IND"], "{evs:#?}");
    assert_eq!(codes(&answer.recipient), ["PAK"], "{evs:#?}");
    // Claims nobody charged it with answer no one.
    let evs = events("India rejected the claims of the farmers.", "2025-03-05");
    assert!(first(&evs, "REJECT").recipient.is_empty(), "{evs:#?}");
}

#[test]
fn a_negation_in_a_relative_clause_does_not_negate_the_main_verb() {
    let evs = events(
        "However, Hamas, which did not take part directly in the Doha negotiations, accused Israel of adding new conditions to the proposal.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["PSE"], "{evs:#?}");
    // The main verb's own negation still holds.
    let evs = events(
        "Hamas did not accuse Israel of adding conditions.",
        "2025-03-05",
    );
    assert!(evs.iter().all(|e| e.event != "ACCUSE"), "{evs:#?}");
}

#[test]
fn a_truce_being_reached_for_is_none_reached() {
    for text in [
        "A Hamas delegation arrived in Cairo on Saturday to discuss efforts toward reaching a ceasefire with Israel.",
        "Israel and Hamas are close to reaching a ceasefire.",
        "Israel and Hamas are close to a deal.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().all(|e| e.event != "AGREE"), "{text}: {evs:#?}");
    }
    let evs = events(
        "Israel and Hamas reached a ceasefire on Monday.",
        "2025-03-05",
    );
    assert!(evs.iter().any(|e| e.event == "AGREE"), "{evs:#?}");
}

#[test]
fn a_warning_threatens_only_harm_the_warner_may_do() {
    for text in [
        "North Korea warned it would take stern action if the drills went ahead.",
        "China warned that it would take resolute countermeasures.",
        "Washington warned that it would impose sanctions on Turkey.",
    ] {
        let evs = events(text, "2025-03-05");
        assert_eq!(first(&evs, "THREATEN").actor.len(), 1, "{text}: {evs:#?}");
    }
    for text in [
        "The IMF warned that growth would slow.",
        "The IMF warned it would cut its growth forecast.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(
            evs.iter().all(|e| e.event != "THREATEN"),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_claim_denied_is_the_deniers_act_on_whose_claim_it_is() {
    let evs = events(
        "India denied Pakistan's claim that it had shot down five jets.",
        "2025-06-11",
    );
    let e = first(&evs, "REJECT");
    assert_eq!(codes(&e.actor), ["IND"], "{evs:#?}");
    assert_eq!(codes(&e.recipient), ["PAK"], "{evs:#?}");
    assert_eq!(e.status, "occurred", "{evs:#?}");
    assert!(e.claimed_by.is_none(), "{evs:#?}");
}

#[test]
fn a_states_army_named_with_its_possessive_claims_what_it_says() {
    let evs = events(
        "Border\n\nThailand's army said Cambodian troops had opened fire on Thai soldiers on Monday.",
        "2024-05-06",
    );
    let e = first(&evs, "ASSAULT");
    assert_eq!(e.status, "claimed", "{evs:#?}");
    assert_eq!(
        e.claimed_by.as_ref().and_then(|c| c.code.as_deref()),
        Some("THA")
    );
}
