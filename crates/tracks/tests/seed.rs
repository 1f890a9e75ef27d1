//! Bar 1: the seed article alone, through the real pipeline.

mod common;

use detente_tracks::*;

fn people(c: &Contact, code: &str) -> Vec<String> {
    c.delegations
        .iter()
        .filter(|d| d.code.as_deref() == Some(code))
        .flat_map(|d| d.people.iter().map(|p| p.name.clone()))
        .collect()
}

fn has(names: &[String], surname: &str) -> bool {
    names.iter().any(|n| n.ends_with(surname))
}

fn contact<'a>(t: &'a Track, date: &str) -> &'a Contact {
    t.contacts
        .iter()
        .find(|c| c.date.as_deref() == Some(date))
        .unwrap_or_else(|| panic!("a contact on {date}"))
}

#[test]
fn seed_article_gives_the_russia_us_track() {
    let Some(store) = common::seed_store() else {
        return;
    };
    let tracks = build_tracks_at(&store, common::day("2025-04-07")).unwrap();
    let t = find_track(&tracks, "RUS-USA").expect("a RUS-USA track");
    assert_eq!(find_track(&tracks, "usa rus").map(|x| &x.key), Some(&t.key));
    assert_eq!(t.key, "RUS-USA");
    println!("{}", render_text(t));

    // Leaders' calls.
    let calls: Vec<&str> = t
        .contacts
        .iter()
        .filter(|c| c.kind == ContactKind::Call)
        .filter_map(|c| c.date.as_deref())
        .collect();
    assert_eq!(calls, ["2025-02-12", "2025-03-18"]);
    let feb12 = contact(t, "2025-02-12");
    assert!(has(&people(feb12, "RUS"), "Putin") && has(&people(feb12, "USA"), "Trump"));

    // Delegation rounds, numbered, with venues.
    let rounds: Vec<(u32, &str, &str)> = t
        .contacts
        .iter()
        .filter(|c| c.kind == ContactKind::Round)
        .map(|c| {
            (
                c.round.unwrap(),
                c.date.as_deref().unwrap(),
                c.venue.as_ref().map_or("", |v| v.name.as_str()),
            )
        })
        .collect();
    assert_eq!(
        rounds,
        [
            (1, "2025-02-18", "Riyadh"),
            (2, "2025-02-27", "Istanbul"),
            (3, "2025-03-24", "Saudi Arabia")
        ]
    );
    let feb18 = contact(t, "2025-02-18");
    let (rus, usa) = (people(feb18, "RUS"), people(feb18, "USA"));
    for s in ["Lavrov", "Ushakov", "Dmitriev"] {
        assert!(has(&rus, s), "{s} in the Russian delegation: {rus:?}");
    }
    for s in ["Rubio", "Waltz", "Witkoff"] {
        assert!(has(&usa, s), "{s} in the US delegation: {usa:?}");
    }
    assert_eq!(rus.len() + usa.len(), 6, "{rus:?} {usa:?}");
    assert!(feb18.called.iter().any(|c| c.starts_with("first")));
    // The office comes with the person.
    let ushakov = feb18
        .delegations
        .iter()
        .flat_map(|d| &d.people)
        .find(|p| p.name.ends_with("Ushakov"))
        .unwrap();
    assert_eq!(ushakov.office.as_deref(), Some("Presidential Aide"));
    let feb27 = contact(t, "2025-02-27");
    assert_eq!(feb27.source_ordinal, Some(2));
    assert!(feb27.called.iter().any(|c| c == "second round"));
    assert!(feb27.topics.iter().any(|x| x == "embassy-operations"));
    let mar24 = contact(t, "2025-03-24");
    let rus = people(mar24, "RUS");
    assert!(has(&rus, "Karasin") && has(&rus, "Beseda"), "{rus:?}");

    // Visits.
    let mar14 = contact(t, "2025-03-14");
    assert_eq!(mar14.kind, ContactKind::Visit);
    assert_eq!(mar14.venue.as_ref().unwrap().name, "Moscow");
    assert!(has(&people(mar14, "USA"), "Witkoff"));
    let apr2 = contact(t, "2025-04-02");
    assert_eq!(apr2.kind, ContactKind::Visit);
    assert_eq!(apr2.enddate.as_deref(), Some("2025-04-03"));
    assert_eq!(apr2.venue.as_ref().unwrap().name, "Washington");
    assert!(has(&people(apr2, "RUS"), "Dmitriev"));
    // "On behalf of the president": Putin sent him, he was not there.
    assert!(!has(&people(apr2, "RUS"), "Putin"));
    // The talks he held there are the same contact, not a fourth round.
    assert!(apr2.event_ids.len() >= 2);

    // The decision to resume the Black Sea initiative came out of Mar 24.
    let black_sea = mar24
        .outcomes
        .iter()
        .find(|o| o.event == "AGREE" && o.text.contains("Black Sea"))
        .expect("the Black Sea decision");
    assert_eq!(black_sea.parties, ["RUS", "USA"]);
    let k = t
        .commitments
        .iter()
        .find(|k| black_sea.commitments.contains(&k.id))
        .unwrap();
    assert_eq!(k.terms, "resume the Black Sea initiative");
    assert_eq!(
        k.guarantor.as_ref().and_then(|g| g.code.as_deref()),
        Some("USA")
    );

    // The 30-day energy commitment: an outcome of the Mar 18 call.
    let mar18 = t
        .contacts
        .iter()
        .find(|c| c.kind == ContactKind::Call && c.date.as_deref() == Some("2025-03-18"))
        .unwrap();
    let energy_outcome = mar18
        .outcomes
        .iter()
        .find(|o| o.event == "AGREE")
        .expect("the agreement of the call");
    assert_eq!(energy_outcome.parties, ["RUS", "UKR"]);
    assert_eq!(energy_outcome.link, Some(OutcomeLink::SameSentence));
    let energy = t
        .commitments
        .iter()
        .find(|k| energy_outcome.commitments.contains(&k.id))
        .unwrap();
    assert_eq!(
        energy
            .parties
            .iter()
            .map(|p| p.code.as_str())
            .collect::<Vec<_>>(),
        ["RUS", "UKR"]
    );
    assert!(energy.terms.contains("energy infrastructure"));
    assert_eq!(energy.start.as_deref(), Some("2025-03-18"));
    assert_eq!(energy.end.as_deref(), Some("2025-04-17"));
    assert_eq!(energy.duration.as_ref().and_then(|d| d.days), Some(30));
    assert_eq!(
        energy.reached_in.as_ref().map(|r| r.track.as_str()),
        Some("RUS-USA")
    );
    assert_eq!(energy.status, CommitmentStatus::ReportedBroken);
    // The Defence Ministry's claims of Ukrainian strikes, in the window.
    let assaults: Vec<&Violation> = energy
        .violations
        .iter()
        .filter(|v| v.event == "ASSAULT")
        .collect();
    assert_eq!(assaults.len(), 2, "{:#?}", energy.violations);
    for v in &assaults {
        assert_eq!(v.accused, ["UKR"]);
        assert_eq!(v.claimed_by.as_deref(), Some("Russian Defense Ministry"));
        assert_eq!(v.status, "claimed");
        let d = v.date.as_deref().unwrap();
        assert!(("2025-03-18"..="2025-04-17").contains(&d), "{d}");
    }
    // Not a violation of the Black Sea decision (Ukraine is no party of it).
    assert!(k.violations.is_empty());

    // Listed under a Russia–Ukraine track too.
    let ru_ua = find_track(&tracks, "RUS-UKR").expect("a RUS-UKR track");
    assert!(ru_ua.commitments.iter().any(|x| x.id == energy.id));
    assert!(ru_ua.contacts.is_empty());

    // Expired after its end.
    let later = build_tracks_at(&store, common::day("2025-04-20")).unwrap();
    let t2 = find_track(&later, "RUS-USA").unwrap();
    let e2 = t2.commitments.iter().find(|x| x.id == energy.id).unwrap();
    assert_eq!(e2.status, CommitmentStatus::Expired);

    // What comes next: a round the week of April 7.
    let next = t
        .planned
        .iter()
        .find(|p| p.kind == ContactKind::Round)
        .expect("a planned round");
    assert_eq!(next.date.as_deref(), Some("2025-04-07"));
    assert_eq!(next.enddate.as_deref(), Some("2025-04-13"));
    assert_eq!(next.round, Some(4));
    assert_eq!(next.confirmation, Confirmation::Pending);
    // "Politico says the heads of state will call": an outlet is a source,
    // not a party claiming the call.
    assert!(t
        .planned
        .iter()
        .any(|p| p.kind == ContactKind::Call && p.claimed_by.as_deref() != Some("Politico")));
    let s = t.summary();
    assert_eq!(s.rounds, 3);
    assert_eq!(s.last_contact.as_deref(), Some("2025-04-02..2025-04-03"));
    assert_eq!(
        s.next_planned.as_deref(),
        Some("2025-04-07..2025-04-13 delegation round")
    );

    // The reports.
    let text = render_text(t);
    assert!(text.contains("delegation round 1 — Riyadh (SAU)"));
    assert!(text.contains("source: Russia and the United States will hold a new round of talks this week. — 2025-04-07"));
    assert!(text.contains("[reported broken]"));
    let md = render_markdown(t);
    // Escaped only where Markdown would read it.
    assert!(
        md.starts_with("# Track RUS-USA: Russia – United States"),
        "{md}"
    );
    let html = render_html(t);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>") && !html.contains("<script"));
    assert!(html.contains("not for promises, but for concrete actions.&quot;"));
    serde_json::to_string(&tracks).unwrap();
}
