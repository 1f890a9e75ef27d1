//! How wire reports word the day's news, each on sentences written for these
//! tests: an undated report in the lead happened on the news day, unless a
//! word of its sentence points elsewhere in time (read as whole words), and
//! an agreement that is the topic of talks is not one made.

mod common;

use common::{events, first};

#[test]
fn words_that_point_elsewhere_in_time_are_whole_words() {
    // "Pentagon" holds "ago", "concern" holds "once": neither dates a report elsewhere.
    for text in [
        "Pentagon chief Lloyd Austin met his Chinese counterpart in Singapore.",
        "Kenya voiced concern over the clashes and summoned the Ugandan ambassador.",
    ] {
        let evs = events(text, "2024-03-15");
        assert!(!evs.is_empty(), "{text}");
        assert!(
            evs.iter().all(|e| e.date.as_deref() == Some("2024-03-15")),
            "{text}: {evs:#?}"
        );
    }
    // The whole word still does.
    let evs = events(
        "Two years ago, Kenya summoned the Ugandan ambassador.",
        "2024-03-15",
    );
    assert!(
        evs.iter().all(|e| e.date.as_deref() != Some("2024-03-15")),
        "{evs:#?}"
    );
}

#[test]
fn an_agreement_that_talks_are_about_is_not_made() {
    for text in [
        "Iran and Oman hold talks on nuclear deal",
        "Iran and Oman held talks on a new nuclear deal on Monday.",
        "Serbia and Kosovo resumed negotiations over a long-delayed energy agreement.",
    ] {
        let evs = events(text, "2025-03-05");
        assert!(evs.iter().any(|e| e.event == "CONSULT"), "{text}: {evs:#?}");
        assert!(evs.iter().all(|e| e.event != "AGREE"), "{text}: {evs:#?}");
    }
    let evs = events(
        "Iran and Oman signed a nuclear deal on Monday.",
        "2025-03-05",
    );
    assert_eq!(first(&evs, "AGREE").status, "occurred", "{evs:#?}");
}
