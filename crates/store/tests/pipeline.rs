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
