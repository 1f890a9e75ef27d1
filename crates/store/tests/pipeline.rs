//! The store over records of the real pipeline (the sample articles).

use detente_extract::{extract, DocMeta, Options, Record};
use detente_store::{EventFilter, Store};

fn samples() -> Vec<Record> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/articles.jsonl");
    let text = std::fs::read_to_string(path).expect("samples/articles.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
            let meta = DocMeta {
                external_id: s("id"),
                url: s("url"),
                title: s("title"),
                published: s("published")
                    .and_then(|p| chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok()),
            };
            extract(
                &s("text").unwrap(),
                &meta,
                detente_kb::builtin(),
                &Options::default(),
            )
        })
        .collect()
}

#[test]
fn sample_articles_are_stored_with_their_sentences() {
    let records = samples();
    assert!(!records.is_empty());
    let mut s = Store::open_in_memory().unwrap();
    for r in &records {
        assert!(s.insert_record(r, None).unwrap().is_inserted());
    }
    let st = s.stats().unwrap();
    let n_events: usize = records.iter().map(|r| r.events.len()).sum();
    assert_eq!(st.documents as usize, records.len());
    assert_eq!(st.event_reports as usize, n_events);
    assert!(st.events as usize <= n_events);
    assert_eq!(s.integrity_check().unwrap(), ["ok"]);

    // The stored sentences are the pipeline's: every mention's sentence
    // index and offsets are those of a stored sentence.
    {
        let c = s.connection();
        let mut st = c
        .prepare(
            "SELECT s.start_char, s.end_char FROM sentences s JOIN documents d ON d.doc = s.doc \
             WHERE d.id = ?1 AND s.idx = ?2",
        )
        .unwrap();
        for r in &records {
            for e in &r.events {
                for m in &e.mentions {
                    let got: (usize, usize) = st
                        .query_row(rusqlite_params(&r.document.id, m.sentence), |x| {
                            Ok((x.get::<_, i64>(0)? as usize, x.get::<_, i64>(1)? as usize))
                        })
                        .unwrap_or((usize::MAX, usize::MAX));
                    assert_eq!(
                        got,
                        (m.start, m.end),
                        "{}: sentence {}",
                        r.document.id,
                        m.sentence
                    );
                }
            }
        }
        let unmapped: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM event_mentions WHERE sid IS NULL",
                [],
                |x| x.get(0),
            )
            .unwrap();
        assert_eq!(unmapped, 0);
    }

    // Every event is found by its own words, and reinserting is a no-op.
    let all = s.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), s.stats().unwrap().events as usize);
    for e in all.iter().take(5) {
        let d = s.event(e.id).unwrap().unwrap();
        assert!(!d.reports.is_empty());
        let sentence = d.reports[0].mentions[0].text.clone().unwrap();
        let word = sentence
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.len() > 5)
            .unwrap();
        let hits = s.search(word).unwrap();
        assert!(hits.iter().any(|h| h.events.contains(&e.id)), "{word}");
    }
    for r in &records {
        assert!(!s.insert_record(r, None).unwrap().is_inserted());
    }
}

fn rusqlite_params(id: &str, idx: usize) -> (String, i64) {
    (id.to_string(), idx as i64)
}

#[test]
fn a_document_comes_back_with_every_span_found_in_it() {
    let records = samples();
    let mut s = Store::open_in_memory().unwrap();
    for r in &records {
        s.insert_record(r, None).unwrap();
    }
    for r in &records {
        let v = s.document(&r.document.id).unwrap().expect("stored");
        assert_eq!(v.text, r.document.text);
        let chars: Vec<char> = v.text.chars().collect();
        let at = |a: i64, b: i64| chars[a as usize..b as usize].iter().collect::<String>();
        assert_eq!(v.events.len(), r.events.len(), "{}", r.document.id);
        for (e, re) in v.events.iter().zip(&r.events) {
            assert_eq!(e.event, re.event);
            assert_eq!(e.mentions.len(), re.mentions.len());
            for m in &e.mentions {
                assert!(m[0] < m[1] && (m[1] as usize) <= chars.len());
            }
        }
        assert_eq!(v.quotes.len(), r.quotes.len());
        for q in &v.quotes {
            assert_eq!(at(q.start, q.end), q.text);
        }
        // Each entity's spans hold one of its names or forms: at least
        // the spans of people end with a word of the name.
        for e in v.entities.iter().filter(|e| e.kind == "person") {
            assert!(!e.spans.is_empty(), "{e:?}");
            let last = e.name.split_whitespace().last().unwrap().to_lowercase();
            assert!(
                e.spans
                    .iter()
                    .any(|&[a, b]| at(a, b).to_lowercase().contains(&last)),
                "{e:?}"
            );
        }
        assert_eq!(v.sentences.first().map(|x| x.idx), Some(0));
    }
    assert!(s.document("no such id").unwrap().is_none());

    // A person: the entries, the events they are party to, their quotes.
    let speaker = records
        .iter()
        .flat_map(|r| &r.quotes)
        .find_map(|q| q.speaker.clone())
        .expect("an attributed quote in the samples");
    let p = s
        .person(&speaker.name.to_uppercase())
        .unwrap()
        .expect("person");
    assert!(p
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() == Some(speaker.name.as_str())));
    assert!(!p.quotes.is_empty());
    assert!(s.person("Nobody Atall").unwrap().is_none());

    // A state: its names, people, events newest first.
    let st = s.state("usa", 20).unwrap().expect("USA");
    assert!(
        st.names.iter().any(|n| n == "United States"),
        "{:?}",
        st.names
    );
    assert!(!st.events.is_empty());
    let keys: Vec<_> = st.events.iter().filter_map(|e| e.date.clone()).collect();
    assert!(keys.windows(2).all(|w| w[0] >= w[1]), "{keys:?}");
    assert!(s.state("ZZZ", 20).unwrap().is_none());

    // Pages are disjoint and together give every document once.
    let all = s.docs().unwrap();
    let mut paged = s.docs_page(3, 0).unwrap();
    paged.extend(s.docs_page(100, 3).unwrap());
    assert_eq!(paged.len(), all.len());
    let mut ids: Vec<_> = paged.iter().map(|d| d.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
    assert_eq!(
        s.quotes_page("", 2, 0).unwrap().len(),
        2.min(s.quotes("").unwrap().len())
    );
    assert_eq!(s.people_page(1000, 0).unwrap(), s.people().unwrap());

    // What comes next: planned, dated, from the day on, soonest first.
    let next = s.upcoming_events("2025-11-01", 10).unwrap();
    assert!(!next.is_empty());
    let dates: Vec<String> = next.iter().map(|e| e.date.clone().unwrap()).collect();
    assert!(dates.iter().all(|d| d.as_str() >= "2025-11"), "{dates:?}");
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert!(next.iter().all(|e| e.status == "planned"));
    // And what happened, up to the day, latest first.
    let recent = s.recent_events("2025-11-01", 10).unwrap();
    let dates: Vec<String> = recent.iter().map(|e| e.date.clone().unwrap()).collect();
    assert!(
        dates.iter().all(|d| d.as_str() <= "2025-11-01"),
        "{dates:?}"
    );
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}
