//! Dates and status as the user meets them: whole texts through the extract
//! pipeline with a publication date. Every sentence here is invented.

mod common;
use common::{events, first, one};

#[test]
fn a_dateline_is_the_news_day_of_its_weekdays() {
    // Published on Friday 2025-02-21; the dateline says Tuesday, February 18.
    let text = "Ministers meet in Cairo\n\n\
        CAIRO, Feb 18 (Agency) — The foreign ministers of Egypt and Jordan met in Cairo on Monday.\n\n\
        The two ministers spoke by phone yesterday with the Saudi foreign minister.\n";
    let evs = events(text, "2025-02-21");
    let consults: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert_eq!(consults.len(), 2, "{evs:#?}");
    for e in consults {
        assert_eq!(e.date.as_deref(), Some("2025-02-17"), "{e:#?}");
        assert_eq!(e.status, "occurred");
    }
}

#[test]
fn an_upper_case_dateline_with_a_year() {
    let text = "Border deal\n\n\
        ADDIS ABABA, FEB. 18, 2025 /Agency/ — Ethiopia and Somalia signed a border agreement on Sunday.\n";
    let e = one(&events(text, "2025-02-19"), "AGREE").clone();
    assert_eq!(e.date.as_deref(), Some("2025-02-16"), "{e:#?}");
}

#[test]
fn a_date_at_the_start_of_a_paragraph_governs_it() {
    let text = "Ministers talk\n\n\
        On 18 February the foreign ministers of Egypt and Jordan discussed the crisis by telephone. \
        The ministers agreed to meet again.\n";
    let evs = events(text, "2025-03-02");
    let e = one(&evs, "CONSULT");
    assert_eq!(e.date.as_deref(), Some("2025-02-18"), "{e:#?}");
    assert_eq!(e.status, "occurred");
}

#[test]
fn news_day_words_count_from_publication() {
    // 2025-04-10 is a Thursday.
    for (text, date) in [
        (
            "Turkey and Greece signed a maritime accord on Tuesday.",
            "2025-04-08",
        ),
        (
            "Turkey and Greece signed a maritime accord yesterday.",
            "2025-04-09",
        ),
        (
            "Turkey and Greece signed a maritime accord last Thursday.",
            "2025-04-03",
        ),
    ] {
        let e = one(&events(text, "2025-04-10"), "AGREE").clone();
        assert_eq!(e.date.as_deref(), Some(date), "{text}: {e:#?}");
        assert_eq!(e.status, "occurred", "{text}");
    }
    let e = one(
        &events(
            "Turkey and Greece signed a maritime accord last week.",
            "2025-04-10",
        ),
        "AGREE",
    )
    .clone();
    assert_eq!(e.date.as_deref(), Some("2025-03-31"), "{e:#?}");
}

#[test]
fn a_date_with_its_year_keeps_its_year() {
    for text in [
        "The envoys met a year after the October 7, 2023 attack by Hamas on Israel.",
        "Hamas attacked Israel on the 7th of October 2023.",
        "Hamas attacked Israel on Saturday, October 7, 2023, officials said.",
        "Hamas attacked Israel on 7 Oct. 2023.",
    ] {
        let evs = events(text, "2025-02-20");
        let e = one(&evs, "ASSAULT");
        assert_eq!(e.date.as_deref(), Some("2023-10-07"), "{text}: {e:#?}");
        assert_eq!(e.status, "occurred", "{text}");
    }
}

#[test]
fn since_a_day_without_a_year_is_the_latest_past_one() {
    let e = one(
        &events(
            "Since Sept. 11, Russian forces have shelled Ukrainian towns every night.",
            "2020-05-01",
        ),
        "ASSAULT",
    )
    .clone();
    assert_eq!(e.date.as_deref(), Some("2019-09-11"), "{e:#?}");
    // The future tense of the sentence does not move it ahead.
    let e = one(
        &events(
            "Russian forces, shelling Ukrainian towns since March 3, will not stop.",
            "2025-02-20",
        ),
        "ASSAULT",
    )
    .clone();
    assert_eq!(e.date.as_deref(), Some("2024-03-03"), "{e:#?}");
}

#[test]
fn an_outlet_reporting_a_fact_is_a_source() {
    for text in [
        "Turkey and Greece signed a maritime accord on Tuesday, according to Reuters.",
        "According to the newspaper, Turkey and Greece signed a maritime accord on Tuesday.",
        "Izvestia reports that Turkey and Greece signed a maritime accord on Tuesday.",
        "The newspaper reported that Turkey and Greece signed a maritime accord on Tuesday.",
        "A state-owned Egyptian newspaper said Turkey and Greece signed a maritime accord on Tuesday.",
        "According to a state news agency in Ankara, Turkey and Greece signed a maritime accord on Tuesday.",
    ] {
        let evs = events(text, "2025-04-10");
        let e = one(&evs, "AGREE");
        assert_eq!(e.status, "occurred", "{text}: {e:#?}");
        assert!(e.claimed_by.is_none(), "{text}: {e:#?}");
    }
}

#[test]
fn a_party_stating_what_happened_claims_it() {
    let evs = events(
        "Russia said it had shot down three Ukrainian drones over Belgorod.",
        "2025-04-10",
    );
    let e = one(&evs, "ASSAULT");
    assert_eq!(e.status, "claimed", "{e:#?}");
    assert_eq!(
        e.claimed_by.as_ref().and_then(|c| c.code.as_deref()),
        Some("RUS")
    );
    for text in [
        "According to the Russian Defence Ministry, Ukrainian drones struck an oil depot in Bryansk.",
        "Ukrainian drones struck an oil depot in Bryansk overnight, the Russian Defence Ministry said.",
    ] {
        let evs = events(text, "2025-04-10");
        let e = one(&evs, "ASSAULT");
        assert_eq!(e.status, "claimed", "{text}: {e:#?}");
        assert_eq!(
            e.claimed_by.as_ref().and_then(|c| c.code.as_deref()),
            Some("RUS"),
            "{text}"
        );
    }
    // Anonymous sources of a newspaper are still a claim.
    let evs = events(
        "According to the newspaper's sources, Russia and Ukraine exchanged prisoners on Tuesday.",
        "2025-04-10",
    );
    assert!(evs.iter().all(|e| e.status == "claimed"), "{evs:#?}");
}

#[test]
fn a_statement_governs_only_its_own_clause() {
    let evs = events(
        "Russian forces shelled Kharkiv on Tuesday, and the Kremlin said it would talk.",
        "2025-04-10",
    );
    assert_eq!(one(&evs, "ASSAULT").status, "occurred", "{evs:#?}");
}

#[test]
fn plans_are_planned() {
    for text in [
        "Russia and Ukraine are planning talks in Geneva.",
        "The foreign ministers of France and Germany are to meet in Paris.",
        "Talks between Russia and Ukraine are to take place in Geneva.",
        "A meeting of the Egyptian and Jordanian foreign ministers is planned for next month.",
    ] {
        let evs = events(text, "2025-04-10");
        let e = one(&evs, "CONSULT");
        assert_eq!(e.status, "planned", "{text}: {e:#?}");
    }
    // Whatever "will establish contact" yields, none of it has occurred.
    let evs = events(
        "Saudi Arabia and Iran will establish contact through Oman next week.",
        "2025-04-10",
    );
    assert!(evs.iter().all(|e| e.status != "occurred"), "{evs:#?}");
    // Held talks stay held.
    let evs = events(
        "Talks between Iran and Iraq took place in Baghdad and a new round is to begin.",
        "2025-04-10",
    );
    assert!(
        evs.iter()
            .any(|e| e.event == "CONSULT" && e.status == "occurred"),
        "{evs:#?}"
    );
}

#[test]
fn an_undated_report_happened_on_the_news_day() {
    // No date anywhere: the lead's report in the past is of the day before
    // publication (a story of a day's events comes out the next morning),
    // in the present or the present perfect of the day itself; a title's
    // present tells the past.
    let evs = events(
        "Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara, \
         the presidency said.\n\nThe two countries share a long border.",
        "2025-03-05",
    );
    assert_eq!(
        one(&evs, "CONSULT").date.as_deref(),
        Some("2025-03-04"),
        "{evs:#?}"
    );
    for (text, day) in [
        (
            "Ghanaian President John Mahama has held talks with Ivorian President Alassane Ouattara.",
            "2025-03-05",
        ),
        (
            "Ghana and Togo\n\nGhana accuses Togo of backing the rebels, the minister says.",
            "2025-03-05",
        ),
        (
            "Ghana accuses Togo of backing rebels\n\nThe two countries share a long border.",
            "2025-03-04",
        ),
    ] {
        let evs = events(text, "2025-03-05");
        assert_eq!(first(&evs, if text.contains("accuses") { "ACCUSE" } else { "CONSULT" }).date.as_deref(), Some(day), "{text}: {evs:#?}");
    }
    // A dateline's day is the news day, under a headline too.
    let evs = events(
        "Ghana and Ivory Coast talk trade\n\nACCRA, March 3 (Wire) - Ghanaian President John \
         Mahama held talks with Ivorian President Alassane Ouattara.",
        "2025-03-05",
    );
    assert_eq!(
        one(&evs, "CONSULT").date.as_deref(),
        Some("2025-03-03"),
        "{evs:#?}"
    );
    // Deep in the story too, as event data dates a story's reports; a
    // report in the past perfect is earlier.
    let evs = events(
        "Ghana and Togo share a long border.\n\nTrade has grown.\n\nPrices rose.\n\n\
         Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara.",
        "2025-03-05",
    );
    assert_eq!(
        one(&evs, "CONSULT").date.as_deref(),
        Some("2025-03-04"),
        "{evs:#?}"
    );
    let evs = events(
        "Ghanaian President John Mahama had held talks with Ivorian President Alassane Ouattara.",
        "2025-03-05",
    );
    assert_eq!(one(&evs, "CONSULT").date, None, "{evs:#?}");
    // Violence too, in the lead or deep in the story; a sentence with a
    // date of something else is dated by it or not at all.
    for text in [
        "Gunmen killed five Ghanaian soldiers near the border, the army said.",
        "Ghana and Togo share a long border.\n\nTrade has grown.\n\nPrices rose.\n\n\
         Gunmen killed five Ghanaian soldiers near the border, the army said.",
    ] {
        let evs = events(text, "2025-03-05");
        assert_eq!(
            one(&evs, "ASSAULT").date.as_deref(),
            Some("2025-03-04"),
            "{evs:#?}"
        );
    }
    let evs = events(
        "Ghana sent military aid to Togo after the border clashes of March 2021.",
        "2025-03-05",
    );
    assert_eq!(one(&evs, "AID").date, None, "{evs:#?}");
}

#[test]
fn the_previous_day_is_the_day_before_the_news_day() {
    let evs = events(
        "Ghanaian President John Mahama met Ivorian President Alassane Ouattara the previous day.",
        "2025-03-05",
    );
    assert_eq!(
        one(&evs, "CONSULT").date.as_deref(),
        Some("2025-03-04"),
        "{evs:#?}"
    );
}

#[test]
fn an_act_of_the_same_sides_told_as_the_same_occasion_takes_its_day() {
    // The lead's day is Thursday; the talks were on Wednesday.
    let lead = "Ghana closed its border with Burkina Faso on Thursday, officials said.\n\n\
                Ghana's foreign minister held talks with his Togolese counterpart on Wednesday.\n\n";
    let evs = events(
        &format!("{lead}The two ministers also agreed to reopen the border crossing at Aflao."),
        "2025-03-07",
    );
    let agree = first(&evs, "AGREE");
    assert_eq!(agree.date.as_deref(), Some("2025-03-05"), "{evs:#?}");
    // Without a word that points back, the story's day.
    let evs = events(
        &format!("{lead}Ghana agreed to reopen the border crossing with Togo at Aflao."),
        "2025-03-07",
    );
    assert_eq!(
        first(&evs, "AGREE").date.as_deref(),
        Some("2025-03-06"),
        "{evs:#?}"
    );
}

#[test]
fn a_day_closing_the_sentence_in_a_participle_on_the_acts_phrase_is_the_acts() {
    let evs = events(
        "Kenyan police fired tear gas at hundreds of protesters demanding the president's resignation on Tuesday.",
        "2023-03-22",
    );
    assert!(!evs.is_empty(), "{evs:#?}");
    assert!(
        evs.iter().all(|e| e.date.as_deref() == Some("2023-03-21")),
        "{evs:#?}"
    );
}

#[test]
fn an_act_told_a_week_after_or_before_another_is_dated_from_it() {
    let evs = common::events(
        "Kenya and Somalia signed a security pact on Friday, two days after militants attacked a border post in Kenya.",
        "2025-03-08",
    );
    let attack = evs
        .iter()
        .find(|e| e.event == "ASSAULT")
        .expect("the attack");
    assert_eq!(attack.date.as_deref(), Some("2025-03-05"), "{evs:#?}");
    let pact = evs.iter().find(|e| e.event == "AGREE").expect("the pact");
    assert_eq!(pact.date.as_deref(), Some("2025-03-07"), "{evs:#?}");
    // A gap the words do not count leaves the day the other act's no more.
    let evs = common::events(
        "Armenia and Azerbaijan agreed on Tuesday to resume border talks, months after clashes killed four soldiers.",
        "2025-10-15",
    );
    let clash = evs
        .iter()
        .find(|e| e.event == "ASSAULT")
        .expect("the clash");
    assert_ne!(clash.date.as_deref(), Some("2025-10-14"), "{evs:#?}");
}

#[test]
fn the_first_meeting_since_a_date_is_not_dated_by_it() {
    // (Its host a side of its own, the meeting was told again, dated
    // February to June.)
    let text = "Leaders meet in Abu Dhabi\n\n\
        CHAD, June 14 (Wire) - The presidents of Chad and Sudan met in Abu Dhabi on Friday and agreed to reopen the border, officials said.\n\n\
        The meeting, hosted by the president of the United Arab Emirates, Mohamed bin Zayed Al Nahyan, was the first between the two leaders since February.\n";
    let evs = events(text, "2025-06-14");
    let talks: Vec<_> = evs.iter().filter(|e| e.event == "CONSULT").collect();
    assert!(!talks.is_empty(), "{evs:#?}");
    for e in &talks {
        assert_eq!(e.date.as_deref(), Some("2025-06-13"), "{e:#?}");
    }
    // A verb's "since" still dates what has gone on since.
    let evs = events(
        "Chadian and Sudanese troops have clashed along the border since Monday.",
        "2025-06-14",
    );
    assert!(
        first(&evs, "ASSAULT")
            .date
            .as_deref()
            .is_some_and(|d| d.starts_with("2025-06-09")),
        "{evs:#?}"
    );
}
