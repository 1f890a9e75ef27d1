mod common;

use common::*;
use detente_store::{EventFilter, InsertOutcome, Store};

const LAVROV: &str = "Sergey Lavrov";

fn lavrov() -> detente_extract::ActorRecord {
    person(LAVROV, "RUS", "Minister of Foreign Affairs")
}

fn rubio() -> detente_extract::ActorRecord {
    person("Marco Rubio", "USA", "Secretary of State")
}

/// Reuters, published 2025-02-19: Lavrov and Rubio met on 2025-02-18
/// (no place given).
fn reuters_meeting() -> detente_extract::Record {
    let text =
        "Lavrov and Rubio met for talks on Tuesday. The two sides agreed to restore embassies.";
    let mut e = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02-18",
    );
    e.mode = Some("meet".into());
    e.topics = vec!["embassy-operations".into()];
    doc(
        text,
        Some("2025-02-19"),
        Some("https://www.reuters.com/world/lavrov-rubio"),
        vec![e],
    )
}

/// TASS, published 2025-02-18 (earlier): the same meeting, in Riyadh.
fn tass_meeting() -> detente_extract::Record {
    let text = "Russian and American diplomats held talks in Riyadh on February 18. \
                Sergey Lavrov led the Russian delegation.";
    let mut e = dated(
        ev(
            "CONSULT",
            "held talks",
            vec![state("Russia", "RUS")],
            vec![state("United States", "USA")],
        ),
        "2025-02-18",
    );
    e.location = Some(place("Riyadh", "SAU", 24.69, 46.72));
    e.topics = vec!["sanctions".into()];
    let r = doc(
        text,
        Some("2025-02-18"),
        Some("https://tass.ru/politika/1"),
        vec![e],
    );
    quote(r, &lavrov(), "Sergey Lavrov led the Russian delegation")
}

#[test]
fn schema_is_migrated_and_reopening_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.sqlite");
    let r = reuters_meeting();
    {
        let mut s = Store::open(&path).unwrap();
        assert_eq!(
            s.schema_version().unwrap(),
            detente_store::schema_version_known()
        );
        let mode: String = s
            .connection()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = s
            .connection()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let out = s.insert_record(&r, None).unwrap();
        assert_eq!(
            out,
            InsertOutcome::Inserted {
                doc_id: r.document.id.clone()
            }
        );
    }
    let mut s = Store::open(&path).unwrap();
    let before = s.stats().unwrap();
    let out = s.insert_record(&r, Some("Reuters")).unwrap();
    assert_eq!(
        out,
        InsertOutcome::Duplicate {
            doc_id: r.document.id.clone()
        }
    );
    assert!(!out.is_inserted());
    assert_eq!(s.stats().unwrap(), before);
    assert_eq!(before.documents, 1);
    assert_eq!(before.events, 1);
    assert_eq!(before.event_reports, 1);
    assert_eq!(s.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn too_new_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.sqlite");
    {
        let s = Store::open(&path).unwrap();
        s.connection()
            .pragma_update(None, "user_version", 999)
            .unwrap();
    }
    match Store::open(&path) {
        Err(detente_store::StoreError::TooNew { found: 999, .. }) => {}
        Err(e) => panic!("wrong error {e}"),
        Ok(_) => panic!("opened a newer schema"),
    }
}

#[test]
fn two_sources_of_one_meeting_are_one_event() {
    let mut s = Store::open_in_memory().unwrap();
    s.insert_record(&reuters_meeting(), None).unwrap();
    s.insert_record(&tass_meeting(), Some("TASS")).unwrap();
    let evs = s.events(&EventFilter::default()).unwrap();
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let e = &evs[0];
    assert_eq!(e.n_documents, 2);
    assert_eq!(e.n_sources, 2);
    assert_eq!(e.first_reported.as_deref(), Some("2025-02-18"));
    assert_eq!(e.date.as_deref(), Some("2025-02-18"));
    assert_eq!(e.mode.as_deref(), Some("meet"));
    // The later-inserted report added the place.
    assert_eq!(e.location.as_ref().map(|l| l.name.as_str()), Some("Riyadh"));
    assert_eq!(e.topics, ["embassy-operations", "sanctions"]);
    let mut names: Vec<&str> = e.actors.iter().map(|p| p.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Russia", LAVROV]);

    let d = s.event(e.id).unwrap().unwrap();
    assert_eq!(d.reports.len(), 2);
    // Earliest report first, and marked as the first.
    assert_eq!(d.reports[0].source.as_deref(), Some("TASS"));
    assert!(d.reports[0].first);
    assert!(!d.reports[1].first);
    assert_eq!(d.reports[1].source.as_deref(), Some("reuters.com"));
    // Each report keeps what its source said.
    assert!(d.reports[1].location.is_none());
    assert_eq!(d.reports[0].location.as_ref().unwrap().name, "Riyadh");
    assert_eq!(d.reports[1].actors[0].name, LAVROV);
    assert_eq!(d.reports[0].mentions.len(), 1);
    assert_eq!(
        d.reports[0].mentions[0].text.as_deref(),
        Some("Russian and American diplomats held talks in Riyadh on February 18.")
    );
    assert_eq!(d.reports[0].mentions[0].sentence, 0);
    assert!(s.event(12345).unwrap().is_none());
    assert_eq!(s.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn the_same_source_twice_counts_one_source() {
    let mut s = Store::open_in_memory().unwrap();
    s.insert_record(&reuters_meeting(), Some("Reuters"))
        .unwrap();
    s.insert_record(&tass_meeting(), Some("Reuters")).unwrap();
    let e = &s.events(&EventFilter::default()).unwrap()[0];
    assert_eq!((e.n_documents, e.n_sources), (2, 1));
}

#[test]
fn two_meetings_on_different_days_stay_two() {
    let mut s = Store::open_in_memory().unwrap();
    let text1 = "Lavrov and Rubio met in Riyadh on Tuesday.";
    let e1 = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02-18",
    );
    let text2 = "Lavrov and Rubio met again in Istanbul on Thursday.";
    let e2 = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02-27",
    );
    s.insert_record(&doc(text1, Some("2025-02-19"), None, vec![e1]), None)
        .unwrap();
    s.insert_record(&doc(text2, Some("2025-02-28"), None, vec![e2]), None)
        .unwrap();
    let evs = s.events(&EventFilter::default()).unwrap();
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[0].date.as_deref(), Some("2025-02-18"));
    assert_eq!(evs[1].date.as_deref(), Some("2025-02-27"));
    assert!(evs.iter().all(|e| e.n_documents == 1));
}

#[test]
fn different_types_modes_or_parties_do_not_merge() {
    let mut s = Store::open_in_memory().unwrap();
    let mk = |t: &str, kind: &str, mode: Option<&str>, b: detente_extract::ActorRecord| {
        let mut e = dated(ev(kind, "talked", vec![lavrov()], vec![b]), "2025-02-18");
        e.mode = mode.map(str::to_string);
        doc(t, Some("2025-02-19"), None, vec![e])
    };
    s.insert_record(
        &mk(
            "Lavrov talked with Rubio.",
            "CONSULT",
            Some("phone"),
            rubio(),
        ),
        None,
    )
    .unwrap();
    s.insert_record(
        &mk("Lavrov talked to Rubio.", "CONSULT", Some("meet"), rubio()),
        None,
    )
    .unwrap();
    s.insert_record(
        &mk("Lavrov talked of Rubio.", "ACCUSE", None, rubio()),
        None,
    )
    .unwrap();
    let wang = person("Wang Yi", "CHN", "Minister of Foreign Affairs");
    s.insert_record(
        &mk("Lavrov talked with Wang.", "CONSULT", Some("phone"), wang),
        None,
    )
    .unwrap();
    // Same type, parties and day, no mode: joins the first compatible one.
    s.insert_record(
        &mk("Lavrov talked, with Rubio.", "CONSULT", None, rubio()),
        None,
    )
    .unwrap();
    let evs = s.events(&EventFilter::default()).unwrap();
    assert_eq!(evs.len(), 4, "{evs:#?}");
    assert_eq!(evs.iter().map(|e| e.n_documents).sum::<i64>(), 5);
}

#[test]
fn undated_reports_match_within_two_weeks_of_publication() {
    let mut s = Store::open_in_memory().unwrap();
    let meeting = |t: &str, date: Option<&str>, published: &str| {
        let mut e = ev("CONSULT", "met", vec![lavrov()], vec![rubio()]);
        if let Some(d) = date {
            e = dated(e, d);
        }
        doc(t, Some(published), None, vec![e])
    };
    s.insert_record(
        &meeting(
            "Lavrov and Rubio met in Riyadh.",
            Some("2025-02-18"),
            "2025-02-18",
        ),
        None,
    )
    .unwrap();
    // Undated, published 10 days later: the same meeting.
    s.insert_record(
        &meeting("Lavrov and Rubio met recently.", None, "2025-02-28"),
        None,
    )
    .unwrap();
    // Undated, published 40 days later: another one.
    s.insert_record(
        &meeting("Lavrov and Rubio met, officials said.", None, "2025-03-30"),
        None,
    )
    .unwrap();
    // A dated report within two weeks of that undated one joins it and dates it.
    s.insert_record(
        &meeting(
            "Lavrov and Rubio met on Monday.",
            Some("2025-03-24"),
            "2025-03-25",
        ),
        None,
    )
    .unwrap();
    let evs = s.events(&EventFilter::default()).unwrap();
    assert_eq!(evs.len(), 2, "{evs:#?}");
    assert_eq!(evs[0].n_documents, 2);
    assert_eq!(evs[1].n_documents, 2);
    assert_eq!(evs[1].date.as_deref(), Some("2025-03-24"));
    // The dated event is found by date now (its date keys moved).
    let march = s
        .events(&EventFilter {
            dyad: Some(("USA".into(), "RUS".into())),
            since: Some("2025-03".into()),
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(march.len(), 1);
    assert_eq!(march[0].id, evs[1].id);
}

#[test]
fn planned_then_occurred_on_that_day_becomes_occurred() {
    let mut s = Store::open_in_memory().unwrap();
    let mut planned = dated(
        ev("CONSULT", "will meet", vec![lavrov()], vec![rubio()]),
        "2025-02-18",
    );
    planned.status = "planned".into();
    s.insert_record(
        &doc(
            "Lavrov and Rubio will meet on Tuesday.",
            Some("2025-02-15"),
            None,
            vec![planned],
        ),
        None,
    )
    .unwrap();
    let occurred = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02-18",
    );
    s.insert_record(
        &doc(
            "Lavrov and Rubio met on Tuesday.",
            Some("2025-02-19"),
            None,
            vec![occurred],
        ),
        None,
    )
    .unwrap();
    let evs = s.events(&EventFilter::default()).unwrap();
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].status, "occurred");
    assert_eq!(evs[0].first_reported.as_deref(), Some("2025-02-15"));
    let d = s.event(evs[0].id).unwrap().unwrap();
    assert_eq!(d.reports[0].status, "planned");
    assert_eq!(d.reports[1].status, "occurred");

    // Planned for "next week" (a range) does not merge with a day.
    let mut week = ev("CONSULT", "will talk", vec![lavrov()], vec![rubio()]);
    week.status = "planned".into();
    week.date = Some("2025-03-03".into());
    week.enddate = Some("2025-03-09".into());
    s.insert_record(
        &doc(
            "Lavrov and Rubio will talk next week.",
            Some("2025-02-27"),
            None,
            vec![week],
        ),
        None,
    )
    .unwrap();
    let day = dated(
        ev("CONSULT", "talked", vec![lavrov()], vec![rubio()]),
        "2025-03-05",
    );
    s.insert_record(
        &doc(
            "Lavrov and Rubio talked on Wednesday.",
            Some("2025-03-06"),
            None,
            vec![day],
        ),
        None,
    )
    .unwrap();
    let evs = s
        .events(&EventFilter {
            since: Some("2025-03-01".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(evs.len(), 2, "{evs:#?}");
    assert_eq!(evs[0].status, "planned");
    assert_eq!(evs[1].status, "occurred");
}

#[test]
fn a_more_precise_date_refines_the_event() {
    let mut s = Store::open_in_memory().unwrap();
    let month = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02",
    );
    s.insert_record(
        &doc(
            "Lavrov and Rubio met in February.",
            Some("2025-03-01"),
            None,
            vec![month],
        ),
        None,
    )
    .unwrap();
    let day = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02-18",
    );
    s.insert_record(
        &doc(
            "Lavrov and Rubio met on February 18.",
            Some("2025-03-02"),
            None,
            vec![day],
        ),
        None,
    )
    .unwrap();
    let evs = s.timeline("RUS", "USA").unwrap();
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].date.as_deref(), Some("2025-02-18"));
    let d = s.event(evs[0].id).unwrap().unwrap();
    assert_eq!(d.reports[0].date.as_deref(), Some("2025-02"));
    // A month report after that still merges (it overlaps the day).
    let month2 = dated(
        ev("CONSULT", "met", vec![lavrov()], vec![rubio()]),
        "2025-02",
    );
    s.insert_record(
        &doc(
            "In February Lavrov and Rubio met.",
            Some("2025-03-03"),
            None,
            vec![month2],
        ),
        None,
    )
    .unwrap();
    let evs = s
        .events(&EventFilter {
            since: Some("2025-02-18".into()),
            until: Some("2025-02-18".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].n_documents, 3);
    assert_eq!(evs[0].date.as_deref(), Some("2025-02-18"));
}

fn filter_fixture() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    let fra = state("France", "FRA");
    let deu = state("Germany", "DEU");
    let ukr = state("Ukraine", "UKR");
    let rus = state("Russia", "RUS");
    let mut a = dated(
        ev("CONSULT", "met", vec![fra.clone()], vec![deu.clone()]),
        "2025-01-10",
    );
    a.topics = vec!["energy".into()];
    let b = dated(
        ev("ACCUSE", "accused", vec![ukr.clone()], vec![rus.clone()]),
        "2025-01-05",
    );
    let mut c = dated(
        ev("ACCUSE", "blamed", vec![rus.clone()], vec![ukr.clone()]),
        "2025-02-01",
    );
    c.topics = vec!["energy".into(), "grain".into()];
    let mut d = dated(
        ev(
            "CONSULT",
            "will hold",
            vec![deu.clone(), ukr.clone()],
            vec![],
        ),
        "2025-03-01",
    );
    d.status = "planned".into();
    let e = ev("AID", "sent", vec![deu.clone()], vec![ukr.clone()]);
    let text1 =
        "France and Germany met over gas prices. Ukraine accused Russia of shelling the plant.";
    let text2 =
        "Russia blamed Ukraine for the grain corridor. Germany and Ukraine will hold talks. \
                 Germany sent generators to Ukraine.";
    s.insert_record(
        &doc(
            text1,
            Some("2025-01-11"),
            Some("https://a.example/1"),
            vec![a, b],
        ),
        None,
    )
    .unwrap();
    s.insert_record(
        &doc(
            text2,
            Some("2025-02-02"),
            Some("https://b.example/2"),
            vec![c, d, e],
        ),
        None,
    )
    .unwrap();
    s
}

fn types(rows: &[detente_store::EventRow]) -> Vec<(String, Option<String>)> {
    rows.iter()
        .map(|r| (r.event.clone(), r.date.clone()))
        .collect()
}

#[test]
fn filters_and_ordering() {
    let s = filter_fixture();
    let all = s.events(&EventFilter::default()).unwrap();
    // Date order, undated last.
    assert_eq!(
        types(&all),
        [
            ("ACCUSE".into(), Some("2025-01-05".into())),
            ("CONSULT".into(), Some("2025-01-10".into())),
            ("ACCUSE".into(), Some("2025-02-01".into())),
            ("CONSULT".into(), Some("2025-03-01".into())),
            ("AID".into(), None),
        ]
    );
    let q = |f: EventFilter| types(&s.events(&f).unwrap());
    let d = EventFilter::default;
    // Dyad in either direction and either role.
    let ur = q(EventFilter {
        dyad: Some(("UKR".into(), "RUS".into())),
        ..d()
    });
    assert_eq!(ur.len(), 2);
    assert_eq!(
        ur,
        q(EventFilter {
            dyad: Some(("RUS".into(), "UKR".into())),
            ..d()
        })
    );
    assert_eq!(s.timeline("RUS", "UKR").unwrap().len(), 2);
    assert_eq!(
        q(EventFilter {
            dyad: Some(("DEU".into(), "UKR".into())),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            dyad: Some(("FRA".into(), "UKR".into())),
            ..d()
        })
        .len(),
        0
    );
    // Actor: any role.
    assert_eq!(
        q(EventFilter {
            actor: Some("UKR".into()),
            ..d()
        })
        .len(),
        4
    );
    assert_eq!(
        q(EventFilter {
            actor: Some("UKR".into()),
            event_type: Some("ACCUSE".into()),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            dyad: Some(("UKR".into(), "DEU".into())),
            actor: Some("DEU".into()),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            event_type: Some("CONSULT".into()),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            status: Some("planned".into()),
            ..d()
        }),
        [("CONSULT".into(), Some("2025-03-01".into()))]
    );
    assert_eq!(
        q(EventFilter {
            topic: Some("energy".into()),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            topic: Some("grain".into()),
            ..d()
        })
        .len(),
        1
    );
    // Dates: partial dates, undated left out.
    assert_eq!(
        q(EventFilter {
            since: Some("2025-02".into()),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            until: Some("2025-01".into()),
            ..d()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            since: Some("2025-01-06".into()),
            until: Some("2025-02-01".into()),
            ..d()
        })
        .len(),
        2
    );
    // Text: words of the sentences that mention the event.
    assert_eq!(
        q(EventFilter {
            text: Some("gas".into()),
            ..d()
        }),
        [("CONSULT".into(), Some("2025-01-10".into()))]
    );
    assert_eq!(
        q(EventFilter {
            text: Some("GRAIN corridor".into()),
            ..d()
        })
        .len(),
        1
    );
    assert_eq!(
        q(EventFilter {
            text: Some("generat*".into()),
            ..d()
        })
        .len(),
        1
    );
    assert_eq!(
        q(EventFilter {
            text: Some("gas grain".into()),
            ..d()
        })
        .len(),
        0
    );
    assert_eq!(
        q(EventFilter {
            text: Some("\"".into()),
            ..d()
        })
        .len(),
        0
    );
    // Limit and offset page through the same order.
    let page: Vec<_> = (0..5)
        .flat_map(|i| {
            q(EventFilter {
                limit: Some(1),
                offset: i,
                ..d()
            })
        })
        .collect();
    assert_eq!(page, types(&all));
    assert_eq!(
        q(EventFilter {
            actor: Some("UKR".into()),
            limit: Some(2),
            offset: 1,
            ..d()
        })
        .len(),
        2
    );
}

#[test]
fn both_plans_of_the_text_filter_agree() {
    let mut s = filter_fixture();
    let filters = [
        EventFilter {
            text: Some("ukraine".into()),
            actor: Some("RUS".into()),
            ..Default::default()
        },
        EventFilter {
            text: Some("ukraine".into()),
            dyad: Some(("UKR".into(), "DEU".into())),
            ..Default::default()
        },
        EventFilter {
            text: Some("grain".into()),
            dyad: Some(("RUS".into(), "UKR".into())),
            ..Default::default()
        },
        EventFilter {
            text: Some("gas".into()),
            actor: Some("UKR".into()),
            ..Default::default()
        },
        EventFilter {
            text: Some("germany".into()),
            actor: Some("DEU".into()),
            limit: Some(1),
            offset: 1,
            ..Default::default()
        },
    ];
    let few: Vec<_> = filters
        .iter()
        .map(|f| types(&s.events(f).unwrap()))
        .collect();
    s.set_text_probe_from(0);
    let many: Vec<_> = filters
        .iter()
        .map(|f| types(&s.events(f).unwrap()))
        .collect();
    assert_eq!(few, many);
    assert_eq!(
        few.iter().map(Vec::len).collect::<Vec<_>>(),
        [2, 2, 1, 0, 1]
    );
}

#[test]
fn full_text_search_finds_sentences_and_their_events() {
    let s = filter_fixture();
    let hits = s.search("gas prices").unwrap();
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.text, "France and Germany met over gas prices.");
    assert_eq!(
        h.highlighted,
        "France and Germany met over **gas** **prices**."
    );
    assert!(h.snippet.contains("**gas**"));
    assert_eq!(h.url.as_deref(), Some("https://a.example/1"));
    assert_eq!(
        h.title.as_deref(),
        Some("France and Germany met over gas prices")
    );
    assert_eq!((h.sentence, h.start, h.end), (0, 0, 39));
    assert_eq!(h.events.len(), 1);
    let e = s.event(h.events[0]).unwrap().unwrap();
    assert_eq!(e.event.event, "CONSULT");

    // Case-insensitive; every word must occur; no FTS syntax leaks.
    assert_eq!(s.search("UKRAINE").unwrap().len(), 4);
    assert_eq!(s.search("ukraine russia").unwrap().len(), 2);
    assert!(s.search("NOT OR AND (").unwrap().is_empty());
    assert!(s.search("").unwrap().is_empty());
    assert_eq!(s.search_page("ukraine", 2, 3).unwrap().len(), 1);
    // A sentence without events.
    let text = "Nothing happened at the border today. Observers were calm.";
    let mut s = s;
    s.insert_record(&doc(text, None, None, vec![]), None)
        .unwrap();
    let h = s.search("observers").unwrap();
    assert_eq!(h.len(), 1);
    assert!(h[0].events.is_empty());
    assert_eq!(h[0].sentence, 1);
}

#[test]
fn near_duplicates_share_a_story() {
    let mut s = Store::open_in_memory().unwrap();
    let base = "The foreign ministers of Turkey and Egypt met in Vienna on Monday to discuss \
        the grain corridor. They agreed to meet again next month in Cairo, officials said, \
        and to ask the United Nations to help with inspections of ships in the Black Sea.";
    let copy = format!("{base} Reporting by Jane Doe.");
    let other = "The defence ministers of India and China held talks in Moscow on Friday, the \
        first such meeting since the clashes in the Galwan valley three years ago.";
    let a = doc(
        base,
        Some("2025-03-03"),
        Some("https://a.example/x"),
        vec![],
    );
    let b = doc(
        &copy,
        Some("2025-03-03"),
        Some("https://b.example/y"),
        vec![],
    );
    let c = doc(other, Some("2025-03-04"), None, vec![]);
    for r in [&a, &b, &c] {
        assert!(s.insert_record(r, None).unwrap().is_inserted());
    }
    let docs = s.docs().unwrap();
    assert_eq!(docs.len(), 3);
    let story = |id: &str| docs.iter().find(|d| d.id == id).unwrap().story_id.clone();
    assert_eq!(story(&a.document.id), a.document.id);
    assert_eq!(story(&b.document.id), a.document.id);
    assert_eq!(story(&c.document.id), c.document.id);
    assert_eq!(s.stats().unwrap().stories, 2);
}

#[test]
fn quotes_people_docs_errors_and_stats() {
    let mut s = Store::open_in_memory().unwrap();
    s.insert_record(&reuters_meeting(), None).unwrap();
    s.insert_record(&tass_meeting(), None).unwrap();
    s.record_error("bad.bin", "binary input").unwrap();

    let q = s.quotes("lavrov").unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some(LAVROV));
    assert_eq!(q[0].text, "Sergey Lavrov led the Russian delegation");
    assert_eq!(q[0].start, 68);
    assert!(s.quotes("rubio").unwrap().is_empty());
    assert_eq!(s.quotes("").unwrap().len(), 1);

    let people = s.people().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!(people[0].name, LAVROV);
    assert_eq!(people[0].documents, 2);
    assert_eq!(people[0].quotes, 1);
    assert_eq!(
        people[0].office.as_deref(),
        Some("Minister of Foreign Affairs")
    );
    assert_eq!(people[1].name, "Marco Rubio");
    assert_eq!((people[1].documents, people[1].quotes), (1, 0));

    let docs = s.docs().unwrap();
    assert_eq!(docs[0].source.as_deref(), Some("tass.ru"));
    assert_eq!(docs[0].n_events, 1);
    assert_eq!(docs[0].n_quotes, 1);
    assert!(s
        .document_text(&docs[0].id)
        .unwrap()
        .unwrap()
        .contains("Riyadh"));

    let errs = s.ingest_errors().unwrap();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].reason, "binary input");

    let st = s.stats().unwrap();
    assert_eq!(st.documents, 2);
    assert_eq!(st.events, 1);
    assert_eq!(st.merged_events, 1);
    assert_eq!(st.event_reports, 2);
    assert_eq!(st.quotes, 1);
    assert_eq!(st.people, 2);
    assert_eq!(st.ingest_errors, 1);
    assert_eq!(st.sentences, 4);
    assert_eq!(st.first_event_date.as_deref(), Some("2025-02-18"));
    // Everything serialises.
    let json = serde_json::to_string(&s.event(1).unwrap()).unwrap();
    assert!(json.contains("\"n_documents\":2"));
}

#[test]
fn bulk_insert_is_one_transaction_with_the_same_rules() {
    let mut s = Store::open_in_memory().unwrap();
    let r1 = reuters_meeting();
    let r2 = tass_meeting();
    let out = s
        .insert_records([(&r1, None), (&r2, Some("TASS")), (&r1, None)])
        .unwrap();
    assert!(out[0].is_inserted() && out[1].is_inserted());
    assert_eq!(
        out[2],
        InsertOutcome::Duplicate {
            doc_id: r1.document.id.clone()
        }
    );
    assert_eq!(s.stats().unwrap().merged_events, 1);
}
