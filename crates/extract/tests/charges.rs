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
fn a_charge_stated_today_is_dated_today_whatever_it_alleges() {
    // The perfect belongs to the act alleged, not to the statement.
    let evs = events(
        "Russia said Ukraine had violated the ceasefire.",
        "2025-03-05",
    );
    let charge = first(&evs, "ACCUSE");
    assert_eq!(codes(&charge.actor), ["RUS"], "{evs:#?}");
    assert_eq!(charge.date.as_deref(), Some("2025-03-05"), "{evs:#?}");
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
