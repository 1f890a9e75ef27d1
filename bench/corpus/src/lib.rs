//! detente-corpus: a deterministic generator of synthetic diplomatic news,
//! with ground truth, for benchmarking and scoring `detente`.
//!
//! What it generates. Document `i` of corpus `seed` is an invented English
//! news article (8–20 paragraphs, about 4–6 KB of text) about diplomacy or
//! conflict somewhere in the world: meetings, phone calls, visits,
//! agreements, accusations, threats, protests, sanctions and expulsions,
//! troop movements, strikes, aid, ceasefires, rejections, plus negated and
//! hypothetical sentences and eventless background. People are invented
//! from regional name pools (with a few real office holders, used only
//! within their terms). Dates take many forms ("on Tuesday", "last week",
//! "from 2 to 4 June", "in July 2022", "next week") and are resolved against
//! the publication date (2019–2026). Each document comes in three shapes:
//! a full HTML page from one of six invented site layouts (nav, cookie
//! banner, ads, figures with photo credits, "Read also", newsletter box,
//! footer, Open Graph and JSON-LD metadata), a plain-text version, and a
//! JSON truth record.
//!
//! Principal types and flow.
//! - [`rng::Rng`]: SplitMix64; [`rng::Rng::for_doc`] gives each document an
//!   independent stream, so any document can be generated alone and in any
//!   order (the binary uses this to work in parallel).
//! - [`data`]: static tables (countries, name pools, real office holders,
//!   sites, word lists).
//! - [`article::write`] picks a story (kind, country pair, mediator, third
//!   party) and writes headline and paragraphs from templates; every person,
//!   date expression, event and quote it plants is recorded at the moment it
//!   is written, so the truth never has to be parsed back out of the text.
//! - [`html::render`] wraps the article in a site layout.
//! - [`generate`] ties it together and returns a [`GeneratedDoc`] (HTML,
//!   text, truth as `serde_json::Value`), entirely in memory.
//!
//! Truth conventions (see `truth` in [`GeneratedDoc`]): the truth describes
//! `main_text` (the body paragraphs and crossheads; not the headline and not
//! photo captions). `events` lists every event sentence planted, including
//! negated ones (`negated: true`); hypothetical and background sentences are
//! not events. An event's `date` is the resolved value of the date
//! expression attached to its clause (or null), with `enddate` for ranges and
//! weeks (weeks run Monday to Sunday). `status` is "claimed" when the text
//! reports the event only on a party's word ("X said Y's missiles hit…").
//! Symmetric events (talks between A and B, joint agreements) carry
//! `symmetric: true`; their parties are actor ∪ recipient. Accusations are
//! recorded as ACCUSE only (the alleged act is not a separate event).

pub mod article;
pub mod data;
pub mod date;
pub mod html;
pub mod rng;

use date::Date;
use rng::Rng;
use serde_json::{json, Value};

/// One generated document.
#[derive(Clone, Debug)]
pub struct GeneratedDoc {
    /// Zero-padded document number, "000042".
    pub id: String,
    /// Publication date, "YYYY-MM-DD".
    pub published: String,
    pub title: String,
    pub url: String,
    /// The full web page.
    pub html: String,
    /// Plain text: headline, blank line, blocks separated by blank lines
    /// (photo captions on their own lines where the figures stand).
    pub text: String,
    /// The article body only (paragraphs and crossheads, blank-line separated).
    pub main_text: String,
    /// The truth record written to truth.jsonl.
    pub truth: Value,
}

/// First and last publication dates.
pub const FIRST_DAY: (i32, u32, u32) = (2019, 1, 1);
pub const LAST_DAY: (i32, u32, u32) = (2026, 12, 31);

/// Generate document `i` of the corpus with seed `seed`.
pub fn generate(seed: u64, i: usize) -> GeneratedDoc {
    let mut r = Rng::for_doc(seed, i);
    let site = r.pick(data::SITES);
    let start = Date::new(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).days();
    let end = Date::new(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2).days();
    let published = Date::from_days(start + r.below((end - start + 1) as usize) as i64);
    let art = article::write(Rng::new(r.next_u64()), site, published);

    let id = format!("{i:06}");
    let url = format!(
        "https://{}/{}/{}/{:02}/{:02}/{}-{}",
        site.domain,
        art.section,
        published.y,
        published.m,
        published.d,
        html::slug(&art.title),
        id
    );
    let mut hr = Rng::new(r.next_u64());
    let info = html::page_info(&art, &mut hr, &id, &url);
    let page = html::render(&art, &info, &mut hr);

    let mut main_text = String::with_capacity(6000);
    let mut text = String::with_capacity(6400);
    text.push_str(&art.title);
    for (k, p) in art.paras.iter().enumerate() {
        for c in art.captions.iter().filter(|c| c.before == k) {
            text.push_str("\n\n");
            text.push_str(&c.text);
            text.push(' ');
            text.push_str(&c.credit);
        }
        text.push_str("\n\n");
        text.push_str(&p.text);
        if k > 0 {
            main_text.push_str("\n\n");
        }
        main_text.push_str(&p.text);
    }
    for c in art.captions.iter().filter(|c| c.before >= art.paras.len()) {
        text.push_str("\n\n");
        text.push_str(&c.text);
        text.push(' ');
        text.push_str(&c.credit);
    }
    text.push('\n');

    let published_s = published.iso();
    let truth = json!({
        "id": id,
        "published": published_s,
        "title": art.title,
        "url": url,
        "site": site.name,
        "people": art.people,
        "dates": art.dates,
        "events": art.events,
        "quotes": art.quotes,
        "main_text": main_text,
    });
    GeneratedDoc {
        id,
        published: published_s,
        title: art.title,
        url,
        html: page,
        text,
        main_text,
        truth,
    }
}

/// The JSON Lines record for `detente extract --input-format jsonl`.
pub fn jsonl_record(doc: &GeneratedDoc) -> String {
    json!({
        "id": doc.id,
        "text": doc.text,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(seed: u64, n: usize) -> Vec<GeneratedDoc> {
        (0..n).map(|i| generate(seed, i)).collect()
    }

    #[test]
    fn same_seed_same_output() {
        for i in [0, 1, 17, 999] {
            let a = generate(42, i);
            let b = generate(42, i);
            assert_eq!(a.html, b.html);
            assert_eq!(a.text, b.text);
            assert_eq!(a.truth, b.truth);
        }
    }

    #[test]
    fn different_seeds_differ() {
        let a = docs(1, 5);
        let b = docs(2, 5);
        for (x, y) in a.iter().zip(&b) {
            assert_ne!(x.text, y.text);
        }
        // Different documents of one corpus differ too.
        assert_ne!(a[0].text, a[1].text);
    }

    #[test]
    fn truth_dates_occur_in_text() {
        for d in docs(7, 300) {
            for dt in d.truth["dates"].as_array().unwrap() {
                let t = dt["text"].as_str().unwrap();
                assert!(
                    d.main_text.contains(t),
                    "doc {}: date {t:?} not in text",
                    d.id
                );
                assert!(d.text.contains(t));
                let v = dt["value"].as_str().unwrap();
                assert!(matches!(v.len(), 4 | 7 | 10), "bad value {v}");
            }
        }
    }

    #[test]
    fn truth_people_occur_in_text() {
        for d in docs(8, 300) {
            for p in d.truth["people"].as_array().unwrap() {
                let n = p["name"].as_str().unwrap();
                assert!(
                    d.main_text.contains(n),
                    "doc {}: person {n:?} not in text",
                    d.id
                );
                assert_eq!(p["code"].as_str().unwrap().len(), 3);
            }
        }
    }

    #[test]
    fn quotes_occur_in_text_and_speakers_are_people() {
        for d in docs(9, 300) {
            let people: Vec<&str> = d.truth["people"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            for q in d.truth["quotes"].as_array().unwrap() {
                let t = q["text"].as_str().unwrap();
                assert!(
                    d.main_text.contains(t),
                    "doc {}: quote {t:?} not in text",
                    d.id
                );
                let s = q["speaker"].as_str().unwrap();
                assert!(
                    people.contains(&s),
                    "doc {}: speaker {s} not among people",
                    d.id
                );
            }
        }
    }

    #[test]
    fn events_are_well_formed_and_their_sentences_occur() {
        const TYPES: [&str; 16] = [
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT",
        ];
        let mut seen = std::collections::HashSet::new();
        for d in docs(10, 300) {
            let evs = d.truth["events"].as_array().unwrap();
            assert!(!evs.is_empty());
            for e in evs {
                let t = e["event"].as_str().unwrap();
                assert!(TYPES.contains(&t));
                seen.insert(t.to_string());
                assert!(["occurred", "planned", "claimed"].contains(&e["status"].as_str().unwrap()));
                assert!(d.main_text.contains(e["sentence"].as_str().unwrap()));
                assert!(!e["actor"].as_array().unwrap().is_empty());
                if let Some(dt) = e["date_text"].as_str() {
                    assert!(d.main_text.contains(dt));
                }
            }
        }
        assert_eq!(
            seen.len(),
            TYPES.len(),
            "not every event type appears: {seen:?}"
        );
    }

    #[test]
    fn html_contains_escaped_paragraphs_and_metadata() {
        for d in docs(11, 200) {
            let site = data::SITES
                .iter()
                .find(|s| s.name == d.truth["site"].as_str().unwrap())
                .unwrap();
            for p in d.main_text.split("\n\n") {
                let e = html::escape(p, site.escape);
                assert!(
                    d.html.contains(&e),
                    "doc {}: paragraph not in HTML: {p}",
                    d.id
                );
            }
            assert!(d.html.contains("<h1"));
            assert!(d.html.contains("og:title"));
            assert!(d.html.contains("article:published_time"));
            assert!(d.html.contains("\"@type\":\"NewsArticle\""));
            assert!(d.html.contains("rel=\"canonical\""));
            assert!(d.html.contains("Advertisement"));
        }
    }

    #[test]
    fn text_layout_and_sizes() {
        let ds = docs(12, 400);
        let mut total = 0usize;
        for d in &ds {
            assert!(d.text.starts_with(&d.title));
            assert!(d.text[d.title.len()..].starts_with("\n\n"));
            let paras = d.main_text.split("\n\n").count();
            assert!(
                (8..=22).contains(&paras),
                "doc {} has {paras} paragraphs",
                d.id
            );
            total += d.main_text.len();
            let p = &d.published;
            assert!(p.as_str() >= "2019-01-01" && p.as_str() <= "2026-12-31");
        }
        let avg = total / ds.len();
        assert!((3500..=6500).contains(&avg), "average text size {avg}");
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        for d in docs(13, 300) {
            let p = &d.published;
            let pd = Date::new(
                p[..4].parse().unwrap(),
                p[5..7].parse().unwrap(),
                p[8..].parse().unwrap(),
            );
            for dt in d.truth["dates"].as_array().unwrap() {
                let t = dt["text"].as_str().unwrap().to_lowercase();
                let v = dt["value"].as_str().unwrap();
                if t == "yesterday" {
                    assert_eq!(v, pd.add_days(-1).iso());
                }
                if t == "tomorrow" {
                    assert_eq!(v, pd.add_days(1).iso());
                }
                if t == "next week" {
                    assert_eq!(v, pd.week_start().add_days(7).iso());
                }
                if let Some(wd) = t.strip_prefix("on ") {
                    if let Some(k) = date::WEEKDAYS.iter().position(|w| w.to_lowercase() == wd) {
                        let vd = Date::new(
                            v[..4].parse().unwrap(),
                            v[5..7].parse().unwrap(),
                            v[8..].parse().unwrap(),
                        );
                        assert_eq!(vd.weekday(), k);
                        assert!((vd.days() - pd.days()).abs() <= 6 && vd != pd);
                    }
                }
            }
        }
    }

    /// Throughput check: `cargo test --release -p detente-corpus -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn throughput() {
        let t0 = std::time::Instant::now();
        let (mut text, mut html) = (0usize, 0usize);
        for i in 0..3000 {
            let d = generate(1, i);
            text += d.text.len();
            html += d.html.len();
        }
        let s = t0.elapsed().as_secs_f64();
        println!(
            "3000 docs in {s:.2}s: {:.1} MB/s of text ({:.1} MB/s of HTML)",
            text as f64 / 1e6 / s,
            html as f64 / 1e6 / s
        );
    }

    #[test]
    fn jsonl_record_round_trips() {
        let d = generate(3, 5);
        let v: Value = serde_json::from_str(&jsonl_record(&d)).unwrap();
        assert_eq!(v["text"].as_str().unwrap(), d.text);
        assert_eq!(v["id"], "000005");
        assert_eq!(v["published"].as_str().unwrap(), d.published);
    }
}
