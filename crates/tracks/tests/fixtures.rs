//! Bar 2: original multi-article fixtures (tests/fixtures/*.txt) through
//! the real pipeline.

mod common;

use common::{day, fixture, store_with};
use detente_store::Store;
use detente_tracks::*;

const F1: &str = "01_istanbul_first_round.txt";
const F2: &str = "02_istanbul_other_outlet.txt";
const F3: &str = "03_istanbul_second_round.txt";
const F4: &str = "04_call_washington_moscow.txt";
const F5: &str = "05_sidelines_antalya.txt";
const F6: &str = "06_witkoff_moscow_june.txt";
const ALL5: [&str; 5] = [F1, F2, F3, F4, F5];

fn ports(t: &Track) -> &Commitment {
    t.commitments
        .iter()
        .find(|k| k.terms.contains("sea ports"))
        .expect("the ports truce")
}

#[test]
fn rounds_reported_differently_do_not_double() {
    let store = store_with(&ALL5);
    let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
    let t = find_track(&tracks, "RUS-UKR").unwrap();
    println!("{}", render_text(t));
    let rounds: Vec<(Option<u32>, Option<&str>)> = t
        .contacts
        .iter()
        .map(|c| (c.round, c.date.as_deref()))
        .collect();
    assert_eq!(
        rounds,
        [(Some(1), Some("2025-05-16")), (Some(2), Some("2025-05-23"))]
    );
    let first = &t.contacts[0];
    // Two documents, three stored events (one with the host among the
    // parties): one round.
    assert!(first.event_ids.len() >= 2, "{:?}", first.event_ids);
    let docs: std::collections::BTreeSet<&str> =
        first.sources.iter().map(|s| s.doc_id.as_str()).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(first.hosts, ["TUR"]);
    assert_eq!(first.venue.as_ref().unwrap().name, "Istanbul");
    assert!(first.called.iter().any(|c| c == "first round"));
    assert_eq!(t.contacts[1].source_ordinal, Some(2));
    // The host is not a party of the track; its set is gathered in it.
    assert_eq!(
        t.parties
            .iter()
            .map(|p| p.code.as_str())
            .collect::<Vec<_>>(),
        ["RUS", "UKR"]
    );
    assert!(t.party_sets.contains(&"RUS-TUR-UKR".to_string()));
    for c in &t.contacts {
        let rus: Vec<&str> = c
            .delegations
            .iter()
            .filter(|d| d.code.as_deref() == Some("RUS"))
            .flat_map(|d| d.people.iter().map(|p| p.name.as_str()))
            .collect();
        let ukr: Vec<&str> = c
            .delegations
            .iter()
            .filter(|d| d.code.as_deref() == Some("UKR"))
            .flat_map(|d| d.people.iter().map(|p| p.name.as_str()))
            .collect();
        assert_eq!(rus, ["Vladimir Medinsky"]);
        assert_eq!(ukr, ["Rustem Umerov"]);
    }
    // The same prisoner exchange, reported by both documents (as two stored
    // events): one commitment.
    let swaps: Vec<&Commitment> = t
        .commitments
        .iter()
        .filter(|k| k.terms.contains("prisoners"))
        .collect();
    assert_eq!(swaps.len(), 1, "{swaps:#?}");
    assert_eq!(swaps[0].sources.len(), 2);
    assert_eq!(swaps[0].event_ids.len(), 2);
    // The round's agreement is tied to it.
    let out = &first.outcomes;
    assert!(out.iter().any(|o| o.commitments.contains(&ports(t).id)));
}

#[test]
fn a_commitment_runs_is_claimed_broken_and_expires() {
    // Before the accusation is reported.
    let store = store_with(&[F1, F2]);
    let tracks = build_tracks_at(&store, day("2025-05-18")).unwrap();
    let k = ports(find_track(&tracks, "RUS-UKR").unwrap()).clone();
    assert_eq!(k.start.as_deref(), Some("2025-05-16"));
    assert_eq!(k.duration.as_ref().unwrap().text, "for 14 days");
    assert_eq!(k.end.as_deref(), Some("2025-05-30"));
    assert_eq!(k.status, CommitmentStatus::InForce);
    let g = k.guarantor.as_ref().expect("a guarantor");
    assert_eq!(
        (g.name.as_str(), g.code.as_deref()),
        ("Turkey", Some("TUR"))
    );
    assert_eq!(k.topics, ["black-sea-shipping"]);
    assert!(k.violations.is_empty());

    // Ukraine's accusation, inside the window.
    let store = store_with(&ALL5);
    let tracks = build_tracks_at(&store, day("2025-05-25")).unwrap();
    let t = find_track(&tracks, "RUS-UKR").unwrap();
    let k = ports(t);
    assert_eq!(k.status, CommitmentStatus::ReportedBroken);
    assert_eq!(k.violations.len(), 1);
    let v = &k.violations[0];
    assert_eq!(v.event, "ACCUSE");
    assert_eq!(v.accused, ["RUS"]);
    assert_eq!(v.claimed_by.as_deref(), Some("Ukraine"));
    assert_eq!(v.date.as_deref(), Some("2025-05-20"));
    // The prisoner exchange is another matter.
    let swap = t
        .commitments
        .iter()
        .find(|k| k.terms.contains("prisoners"))
        .unwrap();
    assert!(swap.violations.is_empty());
    assert_eq!(swap.status, CommitmentStatus::InForce);

    // After its end.
    let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
    let k = ports(find_track(&tracks, "RUS-UKR").unwrap());
    assert_eq!(k.status, CommitmentStatus::Expired);
    assert_eq!(k.violations.len(), 1, "claims stay listed");
}

#[test]
fn a_planned_round_is_confirmed_by_a_later_report() {
    let planned = |store: &Store, today: &str| {
        let tracks = build_tracks_at(store, day(today)).unwrap();
        let t = find_track(&tracks, "RUS-UKR").unwrap().clone();
        assert_eq!(t.planned.len(), 1, "{:#?}", t.planned);
        t.planned[0].clone()
    };
    let store = store_with(&[F1, F2]);
    let p = planned(&store, "2025-05-18");
    assert_eq!(p.kind, ContactKind::Round);
    assert_eq!(p.round, Some(2));
    assert_eq!(
        (p.date.as_deref(), p.enddate.as_deref()),
        (Some("2025-05-19"), Some("2025-05-25"))
    );
    assert_eq!(p.date_text.as_deref(), Some("next week"));
    assert_eq!(p.confirmation, Confirmation::Pending);
    // Nothing reported by the end of the window.
    assert_eq!(
        planned(&store, "2025-05-27").confirmation,
        Confirmation::Lapsed
    );

    let store = store_with(&[F1, F2, F3]);
    let p = planned(&store, "2025-05-27");
    match &p.confirmation {
        Confirmation::Held { date, kind, .. } => {
            assert_eq!(date.as_deref(), Some("2025-05-23"));
            assert_eq!(*kind, ContactKind::Round);
        }
        other => panic!("not held: {other:?}"),
    }
    let tracks = build_tracks_at(&store, day("2025-05-27")).unwrap();
    let s = find_track(&tracks, "RUS-UKR").unwrap().summary();
    assert_eq!(s.next_planned, None);
    assert_eq!(s.last_contact.as_deref(), Some("2025-05-23"));
}

#[test]
fn russia_us_and_russia_ukraine_stay_apart() {
    let store = store_with(&[F1, F2, F3, F4, F5, F6]);
    let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
    let keys: Vec<&str> = tracks.iter().map(|t| t.key.as_str()).collect();
    assert!(
        keys.contains(&"RUS-USA") && keys.contains(&"RUS-UKR"),
        "{keys:?}"
    );
    let us = find_track(&tracks, "RUS-USA").unwrap();
    let ua = find_track(&tracks, "RUS-UKR").unwrap();
    println!("{}", render_text(us));
    assert!(!std::ptr::eq(us, ua));
    let kinds: Vec<(ContactKind, &str)> = us
        .contacts
        .iter()
        .map(|c| (c.kind, c.date.as_deref().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            (ContactKind::Call, "2025-05-19"),
            (ContactKind::Sidelines, "2025-05-21"),
            (ContactKind::Visit, "2025-06-05"),
        ]
    );
    // The call discussed the Istanbul talks: it did not take place there,
    // and those talks are not Russia–US rounds.
    assert!(us.contacts[0].venue.is_none());
    assert!(us.contacts.iter().all(|c| c.round.is_none()));
    assert_eq!(us.contacts[1].venue.as_ref().unwrap().name, "Antalya");
    assert!(ua.contacts.iter().all(|c| c.kind == ContactKind::Round));
    assert!(us.parties.iter().all(|p| p.code != "UKR"));
    assert!(ua.parties.iter().all(|p| p.code != "USA"));
    // The Ukrainian accusation is not a violation of a Russia–US promise.
    assert!(us.commitments.iter().all(|k| k.violations.is_empty()));
    // June 5: Witkoff in Moscow; Ushakov and Dmitriev "took part".
    let jun5 = &us.contacts[2];
    let names: Vec<&str> = jun5
        .delegations
        .iter()
        .flat_map(|d| d.people.iter().map(|p| p.name.as_str()))
        .collect();
    for n in [
        "Steve Witkoff",
        "Vladimir Putin",
        "Yuri Ushakov",
        "Kirill Dmitriev",
    ] {
        assert!(names.contains(&n), "{n} in {names:?}");
    }
    // A ministers' meeting planned for June is not confirmed by the envoy's
    // visit (other people).
    let june = us
        .planned
        .iter()
        .find(|p| p.date.as_deref() == Some("2025-06"))
        .unwrap();
    assert_eq!(june.confirmation, Confirmation::Pending);
    let rows = summaries(&tracks);
    let row = rows.iter().find(|r| r.key == "RUS-USA").unwrap();
    assert_eq!(row.contacts, 3);
    assert_eq!(row.last_contact.as_deref(), Some("2025-06-05"));
    assert_eq!(
        row.next_planned.as_deref(),
        Some("2025-06 delegation round")
    );
    assert!(render_summaries(&rows).contains("RUS-UKR"));
}

#[test]
fn manual_name_and_merge_survive_rebuilds() {
    let dir = std::env::temp_dir().join(format!("detente-tracks-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("edits.db");
    let _ = std::fs::remove_file(&path);
    {
        let mut store = Store::open(&path).unwrap();
        for f in ALL5 {
            store.insert_record(&fixture(f), None).unwrap();
        }
        assert!(list_edits(&store).unwrap().is_empty());
        name_track(&store, "ukr-rus", "Istanbul talks").unwrap();
        // A name is one track's.
        assert!(matches!(
            name_track(&store, "RUS-USA", "istanbul TALKS"),
            Err(TrackError::NameTaken { .. })
        ));
        assert!(matches!(
            merge_tracks(&store, "Istanbul talks", "RUS-UKR"),
            Err(TrackError::SameTrack(_))
        ));
        assert!(matches!(
            merge_tracks(&store, "Istanbul talks", "CHN-IND"),
            Err(TrackError::NoSuchTrack(_))
        ));
        merge_tracks(&store, "Istanbul talks", "RUS-USA").unwrap();
        let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
        let t = find_track(&tracks, "Istanbul talks").unwrap();
        assert_eq!(t.key, "RUS-UKR");
        assert_eq!(
            t.parties
                .iter()
                .map(|p| p.code.as_str())
                .collect::<Vec<_>>(),
            ["RUS", "UKR", "USA"]
        );
        assert_eq!(t.contacts.len(), 4);
        // Rounds stay numbered over the merged track's rounds.
        assert_eq!(t.contacts.iter().filter(|c| c.round.is_some()).count(), 2);
        assert!(std::ptr::eq(find_track(&tracks, "RUS-USA").unwrap(), t));
        assert!(!tracks.iter().any(|x| x.key == "RUS-USA"));
    }
    // Reopened, with a new document ingested: rebuilt, still merged.
    {
        let mut store = Store::open(&path).unwrap();
        store.insert_record(&fixture(F6), None).unwrap();
        let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
        let t = find_track(&tracks, "istanbul talks").unwrap();
        assert_eq!(t.name.as_deref(), Some("Istanbul talks"));
        assert_eq!(t.contacts.len(), 5);
        assert!(t
            .contacts
            .iter()
            .any(|c| c.kind == ContactKind::Visit && c.date.as_deref() == Some("2025-06-05")));
        assert!(render_text(t).starts_with("TRACK Istanbul talks (RUS-UKR: "));
        assert_eq!(list_edits(&store).unwrap().len(), 2);

        // Split the Russia–US set out again; the name stays.
        split_track(&store, "Istanbul talks", "USA-RUS").unwrap();
        let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
        let us = find_track(&tracks, "RUS-USA").unwrap();
        let ua = find_track(&tracks, "Istanbul talks").unwrap();
        assert_eq!(us.key, "RUS-USA");
        assert_eq!(us.name, None);
        assert_eq!(ua.key, "RUS-UKR");
        assert_eq!(us.contacts.len(), 3);
        assert_eq!(ua.contacts.len(), 2);
        assert!(matches!(
            split_track(&store, "RUS-USA", "RUS-USA"),
            Err(TrackError::NothingToSplit(_))
        ));

        // Undo the name: the key is the label again.
        let id = list_edits(&store).unwrap()[0].id;
        assert!(remove_edit(&store, id).unwrap());
        let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
        assert_eq!(find_track(&tracks, "RUS-UKR").unwrap().name, None);
        assert!(find_track(&tracks, "Istanbul talks").is_none());
        assert_eq!(store.integrity_check().unwrap(), ["ok"]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_host_folded_in_can_be_split_out() {
    let store = store_with(&ALL5);
    split_track(&store, "RUS-UKR", "RUS-TUR-UKR").unwrap();
    let tracks = build_tracks_at(&store, day("2025-06-10")).unwrap();
    let tri = find_track(&tracks, "RUS-TUR-UKR").unwrap();
    assert_eq!(tri.key, "RUS-TUR-UKR");
    assert_eq!(tri.contacts.len(), 1);
    assert!(tri.contacts[0].hosts.is_empty());
    let ua = find_track(&tracks, "RUS-UKR").unwrap();
    assert_eq!(
        ua.contacts.len(),
        2,
        "the round is still reported by its own events"
    );
}

#[test]
fn builds_are_deterministic_and_read_only() {
    let store = store_with(&ALL5);
    let a = build_tracks_at(&store, day("2025-06-10")).unwrap();
    let b = build_tracks_at(&store, day("2025-06-10")).unwrap();
    assert_eq!(a, b);
    // No table was created by building.
    let n: i64 = store
        .connection()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'track_edits'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
    let json = serde_json::to_value(&a).unwrap();
    assert!(json.as_array().unwrap().len() >= 2);
}

#[test]
fn reports_escape_untrusted_text() {
    let text = "Russian and Ukrainian delegations held talks in Istanbul on May 16 <script>alert(1)</script>. \
                As a result of the talks, Russia and Ukraine agreed to stop strikes on <b>ports</b> for 14 days.";
    let rec = common::record(
        text,
        "2025-05-17",
        Some("<img src=x onerror=alert(1)> & [link](javascript:alert(2))"),
        Some("javascript:alert(3)"),
    );
    let mut store = Store::open_in_memory().unwrap();
    store.insert_record(&rec, None).unwrap();
    let tracks = build_tracks_at(&store, day("2025-05-20")).unwrap();
    let t = find_track(&tracks, "RUS-UKR").expect("a track");
    let html = render_html(t);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>"));
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp;"));
    let md = render_markdown(t);
    assert!(!md.contains("<script") && !md.contains("<img"));
    // The brackets are escaped, so no link is made.
    assert!(!md.replace("\\]", "").contains("](javascript"), "{md}");
    assert!(md.contains("\\[link\\]"), "{md}");
    assert!(md.contains("&lt;img"));
}
