//! What comes next: a plan reported again, and a plan the store merged into
//! the contact that followed it.

mod common;

use common::{day, record};
use detente_store::Store;
use detente_tracks::*;

const PLAN: &str = "Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio will meet in Riyadh on May 30, the State Department said.";
const AGAIN: &str =
    "Lavrov and Rubio are due to meet in Riyadh on May 30, Russian diplomats confirmed.";
const HELD: &str =
    "Sergey Lavrov and Marco Rubio met in Riyadh on May 30 for three hours of talks.";

fn store(docs: &[(&str, &str)]) -> Store {
    let mut s = Store::open_in_memory().unwrap();
    for (i, (text, published)) in docs.iter().enumerate() {
        let title = format!("Report {}", i + 1);
        s.insert_record(&record(text, published, Some(&title), None), None)
            .unwrap();
    }
    s
}

#[test]
fn a_plan_reported_again_is_reconfirmed() {
    let s = store(&[(PLAN, "2025-05-25"), (AGAIN, "2025-05-27")]);
    let tracks = build_tracks_at(&s, day("2025-05-28")).unwrap();
    let t = find_track(&tracks, "RUS-USA").unwrap();
    assert_eq!(t.planned.len(), 1, "{:#?}", t.planned);
    let p = &t.planned[0];
    assert_eq!(p.date.as_deref(), Some("2025-05-30"));
    assert_eq!(p.venue.as_ref().unwrap().name, "Riyadh");
    assert_eq!(p.announced.as_deref(), Some("2025-05-25"));
    match &p.confirmation {
        Confirmation::Reconfirmed { source } => {
            assert_eq!(source.published.as_deref(), Some("2025-05-27"));
            assert_eq!(source.title.as_deref(), Some("Report 2"));
        }
        other => panic!("not reconfirmed: {other:?}"),
    }
    assert!(t.contacts.is_empty());
    assert_eq!(
        t.summary().next_planned.as_deref(),
        Some("2025-05-30 delegation round")
    );
}

#[test]
fn a_plan_merged_into_its_meeting_shows_as_held() {
    let s = store(&[(PLAN, "2025-05-25"), (HELD, "2025-05-31")]);
    let tracks = build_tracks_at(&s, day("2025-06-01")).unwrap();
    let t = find_track(&tracks, "RUS-USA").unwrap();
    assert_eq!(t.contacts.len(), 1);
    let c = &t.contacts[0];
    assert_eq!((c.date.as_deref(), c.round), (Some("2025-05-30"), Some(1)));
    assert_eq!(t.planned.len(), 1, "{:#?}", t.planned);
    let p = &t.planned[0];
    assert_eq!(p.announced.as_deref(), Some("2025-05-25"));
    assert!(matches!(
        &p.confirmation,
        Confirmation::Held { date: Some(d), .. } if d == "2025-05-30"
    ));
    assert_eq!(t.summary().next_planned, None);
}

#[test]
fn a_later_ceasefire_supersedes_an_earlier_one() {
    let s = store(&[
        (
            "Russian and Ukrainian delegations met in Geneva on June 1 and agreed to a ceasefire along the front line.",
            "2025-06-02",
        ),
        (
            "Russian and Ukrainian delegations met in Geneva on July 1 and agreed to a new ceasefire until July 31.",
            "2025-07-02",
        ),
        (
            "Ukraine accused Russia of violating the ceasefire on July 5.",
            "2025-07-06",
        ),
    ]);
    let at = |today: &str| {
        let tracks = build_tracks_at(&s, day(today)).unwrap();
        let t = find_track(&tracks, "RUS-UKR").unwrap().clone();
        assert_eq!(t.contacts.len(), 2);
        assert_eq!(t.commitments.len(), 2, "{:#?}", t.commitments);
        t
    };
    let t = at("2025-07-10");
    let (old, new) = (&t.commitments[0], &t.commitments[1]);
    assert_eq!(old.start.as_deref(), Some("2025-06-01"));
    assert_eq!(old.end, None);
    assert_eq!(old.superseded_by.as_deref(), Some(new.id.as_str()));
    assert_eq!(old.status, CommitmentStatus::Superseded);
    assert!(
        old.violations.is_empty(),
        "the claim falls after it was replaced"
    );
    assert_eq!(new.duration.as_ref().unwrap().text, "until July 31");
    assert_eq!(new.end.as_deref(), Some("2025-07-31"));
    assert_eq!(new.status, CommitmentStatus::ReportedBroken);
    assert!(new
        .violations
        .iter()
        .all(|v| v.accused == ["RUS"] && v.date.as_deref() == Some("2025-07-05")));
    assert!(new
        .violations
        .iter()
        .any(|v| v.claimed_by.as_deref() == Some("Ukraine")));
    // Each is the outcome of its round.
    assert_eq!(t.contacts[0].outcomes[0].commitments, [old.id.as_str()]);
    assert_eq!(t.contacts[1].outcomes[0].commitments, [new.id.as_str()]);
    let t = at("2025-08-05");
    assert_eq!(t.commitments[1].status, CommitmentStatus::Expired);
}
