//! Tracks that tell the truth, on sentences written for these tests: the
//! agreement restated is no breach of it, a caption is no agreement, and a
//! commitment is "reported broken" only when a sentence says one side broke
//! it after it began.

mod common;

use common::{day, record};
use detente_store::Store;
use detente_tracks::*;

const TALKS: &str = "Serbia and Kosovo held talks in Brussels on May 5. As a result of the \
talks, Serbia and Kosovo agreed to exchange detained citizens within two weeks.

Serbia and Kosovo have agreed on an exchange of detained citizens, and the handover itself \
should take place next week, a Serbian negotiator said on Tuesday.

Volunteers deal with the damage at a border crossing near Jarinje, May 6, 2025
";

const BREACH: &str = "On Friday, Kosovo accused Serbia of violating the agreement on the \
exchange of detained citizens by holding back two of the detainees, a week after the talks in \
Brussels.
";

fn swap(t: &Track) -> &Commitment {
    t.commitments
        .iter()
        .find(|k| k.terms.contains("detained citizens"))
        .expect("the exchange of detainees")
}

#[test]
fn the_agreement_told_again_is_not_a_breach_and_a_caption_is_no_agreement() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .insert_record(&record(TALKS, "2025-05-07", None, None), None)
        .unwrap();
    let tracks = build_tracks_at(&store, day("2025-05-08")).unwrap();
    let t = find_track(&tracks, "SRB-XKX").expect("the track");
    let k = swap(t);
    // The second paragraph restates the deal (the pipeline reads an act by
    // both sides into it): not a violation.
    assert!(k.violations.is_empty(), "{:?}", k.violations);
    assert_eq!(k.status, CommitmentStatus::InForce);
    // "Volunteers deal with the damage …, May 6, 2025" (a caption): no
    // commitment, no outcome.
    assert_eq!(t.commitments.len(), 1, "{:?}", t.commitments);
    let outcomes: Vec<&Outcome> = t
        .contacts
        .iter()
        .flat_map(|c| &c.outcomes)
        .chain(&t.other_outcomes)
        .collect();
    assert!(
        outcomes.iter().all(|o| !o.text.contains("Volunteers")),
        "{outcomes:?}"
    );
    // The text report says so in English.
    let text = render_text(t);
    assert!(
        text.contains("1 commitment, no claimed violations."),
        "{text}"
    );
    assert!(text.contains("(1 delegation round)"), "{text}");
}

#[test]
fn one_side_accused_of_breaking_it_afterwards_is_reported_broken() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .insert_record(&record(TALKS, "2025-05-07", None, None), None)
        .unwrap();
    store
        .insert_record(&record(BREACH, "2025-05-10", None, None), None)
        .unwrap();
    let tracks = build_tracks_at(&store, day("2025-05-10")).unwrap();
    let t = find_track(&tracks, "SRB-XKX").unwrap();
    let k = swap(t);
    assert_eq!(k.status, CommitmentStatus::ReportedBroken);
    assert!(!k.violations.is_empty());
    // One claim in one sentence is one violation, by Serbia, claimed by Kosovo.
    assert_eq!(k.violations.len(), 1, "{:?}", k.violations);
    let v = &k.violations[0];
    assert_eq!(v.accused, ["SRB"]);
    assert_eq!(v.claimed_by_code.as_deref(), Some("XKX"));
    assert_eq!(v.date.as_deref(), Some("2025-05-09"));
    // The report names the parties, not their codes.
    let text = render_text(t);
    assert!(
        text.contains(": exchange detained citizens within two weeks [reported broken]"),
        "{text}"
    );
    assert!(
        text.contains("Serbia, Kosovo: exchange") || text.contains("Kosovo, Serbia: exchange"),
        "{text}"
    );
    assert!(text.contains("ACCUSE by Serbia"), "{text}");
    // Before the accusation was published, the same commitment was in force.
    let mut store = Store::open_in_memory().unwrap();
    store
        .insert_record(&record(TALKS, "2025-05-07", None, None), None)
        .unwrap();
    let tracks = build_tracks_at(&store, day("2025-05-10")).unwrap();
    assert_eq!(
        swap(find_track(&tracks, "SRB-XKX").unwrap()).status,
        CommitmentStatus::InForce
    );
}
