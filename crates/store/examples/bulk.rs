//! Fill a database with synthetic events through the real insert path and
//! time the queries that must stay fast: `events --dyad` and `search`.
//!
//! ```sh
//! cargo run --release -p detente-store --example bulk            # 1,000,000 events, temp DB
//! cargo run --release -p detente-store --example bulk -- 100000 /tmp/b.sqlite
//! ```
//!
//! Documents carry 10 events each, one per sentence; parties are drawn
//! from 200 codes with a Zipf law (so USA–RUS is a hot dyad), types from
//! 16 PLOVER types, dates over 2000–2025; 15% of events are undated. The
//! sentences use a Zipf vocabulary of 20,000 words, so searches range from
//! very common to rare words.

use detente_extract::Record;
use detente_store::{EventFilter, Store};
use serde_json::json;
use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Zipf sampler over `n` ranks by inverse CDF.
struct Zipf(Vec<f64>);
impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut acc = 0.0;
        let cdf = (1..=n)
            .map(|k| {
                acc += 1.0 / k as f64;
                acc
            })
            .collect::<Vec<_>>();
        let total = acc;
        Zipf(cdf.into_iter().map(|c| c / total).collect())
    }
    fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.0.partition_point(|&c| c < u).min(self.0.len() - 1)
    }
}

const REAL: [&str; 30] = [
    "USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "TUR", "IRN", "ISR", "IND", "JPN", "PRK",
    "KOR", "SAU", "EGY", "QAT", "PAK", "AFG", "SYR", "IRQ", "BRA", "VEN", "POL", "ARM", "AZE",
    "SRB", "IGO", "UNO", "EUR",
];

fn codes() -> Vec<String> {
    let mut v: Vec<String> = REAL.iter().map(|s| s.to_string()).collect();
    let mut i = 0;
    while v.len() < 200 {
        v.push(format!("X{i:02}"));
        i += 1;
    }
    v
}

fn word(i: usize) -> String {
    const SYL: [&str; 20] = [
        "ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "de", "po", "gu", "ba", "zen", "mor",
        "tal", "vin", "sar", "kel", "dun", "pra",
    ];
    let mut s = String::new();
    let mut x = i + 20;
    while x > 0 {
        s.push_str(SYL[x % 20]);
        x /= 20;
    }
    s
}

fn day(n: i64) -> String {
    // Days since 2000-01-01, formatted.
    let d = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(n);
    d.format("%Y-%m-%d").to_string()
}

struct Gen {
    rng: Rng,
    codes: Vec<String>,
    code_zipf: Zipf,
    vocab: Vec<String>,
    word_zipf: Zipf,
}

impl Gen {
    /// A record, built as JSON (fields the extractor adds later with a
    /// serde default do not break it).
    fn record(&mut self, i: usize, events: usize) -> Record {
        let published = self.rng.below(9490) as i64 + 7;
        let mut text = String::new();
        let mut evs = Vec::with_capacity(events);
        let mut ents: Vec<serde_json::Value> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for k in 0..events {
            let a = self.code_zipf.sample(&mut self.rng);
            let mut b = self.code_zipf.sample(&mut self.rng);
            while b == a {
                b = self.code_zipf.sample(&mut self.rng);
            }
            let (ca, cb) = (self.codes[a].clone(), self.codes[b].clone());
            let types = detente_kb::PLOVER_TYPES;
            let t = types[self.rng.below(types.len())];
            let verb = t.to_lowercase();
            let mut s = format!("State {ca} {verb} state {cb} in doc{i}");
            for _ in 0..12 {
                s.push(' ');
                s.push_str(&self.vocab[self.word_zipf.sample(&mut self.rng)]);
            }
            s.push('.');
            if k > 0 {
                text.push(' ');
            }
            let start = text.chars().count();
            text.push_str(&s);
            let end = text.chars().count();
            let actor = |c: &str| {
                json!({"entity_text": format!("State {c}"), "name": format!("State {c}"),
                       "code": c, "sector": "GOV", "office": null})
            };
            for c in [&ca, &cb] {
                if !seen.contains(c) {
                    seen.push(c.clone());
                    ents.push(
                        json!({"name": format!("State {c}"), "kind": "state", "code": c,
                                     "sector": "GOV", "office": null, "mentions": 1}),
                    );
                }
            }
            let dated = self.rng.below(100) >= 15;
            let date = dated.then(|| day(published - self.rng.below(7) as i64));
            let status = if self.rng.below(10) == 0 {
                "planned"
            } else {
                "occurred"
            };
            let topics: Vec<&str> = if self.rng.below(4) == 0 {
                vec!["sanctions"]
            } else {
                vec![]
            };
            evs.push(json!({
                "id": format!("{i:010}{k:06}"), "event": t, "mode": null, "context": [],
                "status": status, "claimed_by": null, "negated": false,
                "date": date, "enddate": null, "date_text": date,
                "actor": [actor(&ca)], "recipient": [actor(&cb)], "location": null,
                "topics": topics, "event_text": verb,
                "mentions": [{"sentence": k, "start": start, "end": end}]
            }));
        }
        serde_json::from_value(json!({
            "document": {
                "id": format!("{:064x}", i), "external_id": null,
                "url": format!("https://outlet{}.example/{i}", i % 50),
                "title": format!("Document {i}"), "published": day(published),
                "language": "en", "text": text
            },
            "events": evs, "quotes": [], "entities": ents
        }))
        .expect("a record")
    }
}

fn time<T>(label: &str, mut f: impl FnMut() -> T, describe: impl Fn(&T) -> String) -> Duration {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..7 {
        let t = Instant::now();
        let r = f();
        times.push(t.elapsed());
        last = Some(r);
    }
    let first = times[0];
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "{label:<58} first {:>8.2} ms  median {:>8.2} ms  ({})",
        first.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        describe(last.as_ref().unwrap())
    );
    median
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n_events: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let tmp = std::env::temp_dir().join(format!("detente-bulk-{}.sqlite", std::process::id()));
    let path = args
        .get(2)
        .map(std::path::PathBuf::from)
        .unwrap_or(tmp.clone());
    let per_doc = 10;
    let n_docs = n_events.div_ceil(per_doc);
    let codes = codes();
    let mut g = Gen {
        rng: Rng(0x9e37_79b9_7f4a_7c15),
        code_zipf: Zipf::new(codes.len()),
        codes,
        vocab: (0..20_000).map(word).collect(),
        word_zipf: Zipf::new(20_000),
    };

    let mut store = Store::open(&path).expect("open");
    let already = store.stats().expect("stats").documents as usize;
    let t = Instant::now();
    let batch = 5_000;
    let mut i = already;
    while i < n_docs {
        let end = (i + batch).min(n_docs);
        let recs: Vec<Record> = (i..end).map(|k| g.record(k, per_doc)).collect();
        store
            .insert_records(recs.iter().map(|r| (r, None)))
            .expect("insert");
        i = end;
        eprint!(
            "\r{i}/{n_docs} documents, {:.0} s",
            t.elapsed().as_secs_f64()
        );
    }
    eprintln!();
    let fill = t.elapsed();
    let st = store.stats().unwrap();
    println!(
        "filled {} documents, {} events ({} merged), {} reports, {} sentences in {:.1} s",
        st.documents,
        st.events,
        st.merged_events,
        st.event_reports,
        st.sentences,
        fill.as_secs_f64()
    );
    store
        .connection()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
        .unwrap();
    drop(store);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("database {} MB at {}", size / 1_000_000, path.display());

    let s = Store::open(&path).unwrap();
    let n = |v: &Vec<detente_store::EventRow>| format!("{} rows", v.len());
    let dy = |a: &str, b: &str| EventFilter {
        dyad: Some((a.into(), b.into())),
        limit: Some(50),
        ..EventFilter::default()
    };
    let count_dyad = |a: &str, b: &str| -> i64 {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        s.connection()
            .query_row(
                "SELECT COUNT(*) FROM event_dyads WHERE code_a = ?1 AND code_b = ?2",
                [a, b],
                |r| r.get(0),
            )
            .unwrap()
    };
    println!(
        "dyad sizes: USA-RUS {}, CHN-UKR {}, X50-X90 {}",
        count_dyad("USA", "RUS"),
        count_dyad("CHN", "UKR"),
        count_dyad("X50", "X90")
    );
    time(
        "events --dyad USA RUS --limit 50",
        || s.events(&dy("USA", "RUS")).unwrap(),
        n,
    );
    time(
        "events --dyad RUS USA --limit 50 --offset 5000",
        || {
            s.events(&EventFilter {
                offset: 5000,
                ..dy("RUS", "USA")
            })
            .unwrap()
        },
        n,
    );
    time(
        "events --dyad CHN UKR --limit 50",
        || s.events(&dy("CHN", "UKR")).unwrap(),
        n,
    );
    time(
        "events --dyad X50 X90 --limit 50 (rare)",
        || s.events(&dy("X50", "X90")).unwrap(),
        n,
    );
    time(
        "events --dyad USA RUS --type SANCTION --since 2020 --limit 50",
        || {
            s.events(&EventFilter {
                event_type: Some("SANCTION".into()),
                since: Some("2020".into()),
                ..dy("USA", "RUS")
            })
            .unwrap()
        },
        n,
    );
    time(
        "events --dyad USA RUS --text <common word> --limit 50",
        || {
            s.events(&EventFilter {
                text: Some(word(3)),
                ..dy("USA", "RUS")
            })
            .unwrap()
        },
        n,
    );
    time(
        "events --dyad USA RUS --text <rank 3000 word> --limit 50",
        || {
            s.events(&EventFilter {
                text: Some(word(3000)),
                ..dy("USA", "RUS")
            })
            .unwrap()
        },
        n,
    );
    time(
        "events --text <rank 3000 word> --limit 50",
        || {
            s.events(&EventFilter {
                text: Some(word(3000)),
                limit: Some(50),
                ..Default::default()
            })
            .unwrap()
        },
        n,
    );
    time(
        "timeline USA RUS (all rows)",
        || s.timeline("USA", "RUS").unwrap(),
        n,
    );
    time(
        "events --actor USA --limit 50",
        || {
            s.events(&EventFilter {
                actor: Some("USA".into()),
                limit: Some(50),
                ..Default::default()
            })
            .unwrap()
        },
        n,
    );
    let h = |v: &Vec<detente_store::SearchHit>| format!("{} hits", v.len());
    for (label, q) in [
        ("search <rank 5000 word>", word(5000)),
        ("search <rank 500 word>", word(500)),
        ("search <rank 50 word>", word(50)),
        ("search <rank 1 word> (in ~1/4 of sentences)", word(0)),
        (
            "search <rank 20 word> <rank 300 word>",
            format!("{} {}", word(20), word(300)),
        ),
        ("search doc12345 (one document)", "doc12345".to_string()),
    ] {
        time(&format!("{label} [{q}]"), || s.search(&q).unwrap(), h);
    }
    if args.get(2).is_none() {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", tmp.display()));
        }
    }
}
