//! The JSON API over real HTTP, against a database built from the
//! project's own fixtures.

mod common;
use common::*;
use serde_json::Value;

fn items(v: &Value) -> &Vec<Value> {
    v["items"].as_array().expect("a page has items")
}

fn codes(e: &Value) -> Vec<String> {
    let mut c: Vec<String> = ["actors", "recipients"]
        .iter()
        .flat_map(|k| e[*k].as_array().unwrap().iter())
        .filter_map(|p| p["code"].as_str().map(str::to_string))
        .collect();
    c.sort();
    c.dedup();
    c
}

#[test]
fn health_stats_and_openapi() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let h = get(&base, "/api/v1/health");
    assert_eq!(h.status, 200);
    assert!(h.content_type.starts_with("application/json"));
    let v = h.json();
    assert_eq!(v["status"], "ok");
    assert_eq!(v["ingest"], false);
    assert!(v["schema_version"].as_i64().unwrap() >= 2);

    let st = get(&base, "/api/v1/stats").json();
    assert_eq!(st["documents"], 9);
    assert!(st["events"].as_i64().unwrap() > 20);

    let doc = get(&base, "/api/v1/openapi.json");
    assert_eq!(doc.status, 200);
    let doc = doc.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/v1/documents",
        "/api/v1/documents/{id}",
        "/api/v1/events",
        "/api/v1/events/{id}",
        "/api/v1/tracks",
        "/api/v1/tracks/{key}",
        "/api/v1/quotes",
        "/api/v1/people",
        "/api/v1/people/{name}",
        "/api/v1/states/{code}",
        "/api/v1/search",
        "/api/v1/health",
    ] {
        assert!(paths.contains_key(p), "{p} not in the OpenAPI document");
    }
    assert!(paths["/api/v1/documents"]["post"].is_object());
}

#[test]
fn events_filter_page_and_keep_a_stable_order() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let r = get(&base, "/api/v1/events?dyad=RUS-USA&limit=1000");
    assert_eq!(r.status, 200);
    let all = r.json();
    let all = items(&all).clone();
    assert!(all.len() >= 5, "{}", all.len());
    for e in &all {
        let c = codes(e);
        assert!(
            c.contains(&"RUS".into()) && c.contains(&"USA".into()),
            "{e}"
        );
    }
    // Pages of 3 put together are the whole list, in the same order.
    let mut paged = Vec::new();
    let mut offset = Some(0);
    while let Some(o) = offset {
        let p = get(
            &base,
            &format!("/api/v1/events?dyad=usa-rus&limit=3&offset={o}"),
        )
        .json();
        assert_eq!(p["limit"], 3);
        assert_eq!(p["offset"], o);
        paged.extend(items(&p).iter().cloned());
        offset = p["next_offset"].as_u64();
    }
    assert_eq!(paged, all);
    // Every page says how many match in all, and every event its evidence.
    let p = get(&base, "/api/v1/events?dyad=usa-rus&limit=3").json();
    assert_eq!(p["total"].as_u64(), Some(all.len() as u64), "{p}");
    for e in &all {
        assert!(e["sentence"].as_str().is_some_and(|s| !s.is_empty()), "{e}");
        assert!(e["doc_id"].is_string(), "{e}");
        assert!(e["n_reports"].as_i64().unwrap() >= 1, "{e}");
        assert!(e.get("url").is_some() && e.get("source").is_some() && e.get("title").is_some());
    }
    // Ordered by date (undated last), then id.
    let keys: Vec<(String, i64)> = all
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap_or("~").to_string(),
                e["id"].as_i64().unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);

    // Several filters at once.
    let c = get(
        &base,
        "/api/v1/events?dyad=RUS-USA&type=consult&status=occurred",
    )
    .json();
    assert!(!items(&c).is_empty());
    for e in items(&c) {
        assert_eq!(e["event"], "CONSULT");
        assert_eq!(e["status"], "occurred");
    }
    let since = get(&base, "/api/v1/events?actor=RUS&since=2025-12&until=2026").json();
    for e in items(&since) {
        let d = e["date"].as_str().unwrap();
        assert!(("2025-12".."2027").contains(&d), "{d}");
        assert!(codes(e).contains(&"RUS".into()));
    }
}

#[test]
fn errors_are_json_with_the_right_status() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    for (path, status) in [
        ("/api/v1/events?type=PARTY", 400),
        ("/api/v1/events?dyad=RUS", 400),
        ("/api/v1/events?status=perhaps", 400),
        ("/api/v1/events?since=yesterday", 400),
        ("/api/v1/events?limit=0", 400),
        ("/api/v1/events?limit=5000", 400),
        ("/api/v1/events?negated=maybe", 400),
        ("/api/v1/events/abc", 400),
        ("/api/v1/events/99999999", 404),
        ("/api/v1/documents/nope", 404),
        ("/api/v1/tracks/ZZZ-QQQ", 404),
        ("/api/v1/people/Nobody%20Atall", 404),
        ("/api/v1/states/A%27B", 400),
        ("/api/v1/search", 400),
        ("/api/v1/no/such/path", 404),
    ] {
        let r = get(&base, path);
        assert_eq!(r.status, status, "{path}: {}", r.body);
        assert!(r.content_type.starts_with("application/json"), "{path}");
        let v = r.json();
        assert_eq!(v["error"]["status"], status, "{path}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
    // Methods the API does not have.
    let r = post(&base, "/api/v1/events", "text/plain", None, b"x");
    assert_eq!(r.status, 405, "{}", r.body);
}

#[test]
fn an_event_comes_with_every_report_and_its_sentences() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let list = get(&base, "/api/v1/events?type=CONSULT&limit=1").json();
    let id = items(&list)[0]["id"].as_i64().unwrap();
    let e = get(&base, &format!("/api/v1/events/{id}")).json();
    assert_eq!(e["id"], id);
    let reports = e["reports"].as_array().unwrap();
    assert!(!reports.is_empty());
    for r in reports {
        let doc = r["doc_id"].as_str().unwrap();
        let d = get(&base, &format!("/api/v1/documents/{doc}")).json();
        let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
        for m in r["mentions"].as_array().unwrap() {
            let (a, b) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let piece: String = text[a..b].iter().collect();
            assert!(
                m["text"].as_str().unwrap().contains(piece.trim()),
                "{piece}"
            );
        }
        // The document lists the event with the same mentions.
        let de = d["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["event_id"] == id)
            .expect("the document reports the event");
        assert_eq!(
            de["mentions"].as_array().unwrap().len(),
            r["mentions"].as_array().unwrap().len()
        );
    }
}

#[test]
fn documents_people_quotes_states_tracks_and_search() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let docs = get(&base, "/api/v1/documents?limit=100").json();
    assert_eq!(items(&docs).len(), 9);
    assert!(docs["next_offset"].is_null());
    let d = get(&base, &format!("/api/v1/documents/{}", f.hostile_id)).json();
    assert_eq!(d["title"], HOSTILE_TITLE);
    let people = d["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "person")
        .count();
    assert!(people >= 2, "{d}");

    let ppl = get(&base, "/api/v1/people?limit=500").json();
    let vaskova = items(&ppl)
        .iter()
        .find(|p| p["name"].as_str().unwrap().contains("Vaskova"))
        .expect("Vaskova among the people");
    assert_eq!(vaskova["code"], "EST");
    let name = vaskova["name"].as_str().unwrap().replace(' ', "%20");
    let p = get(&base, &format!("/api/v1/people/{name}"));
    assert_eq!(p.status, 200, "{}", p.body);
    let p = p.json();
    assert!(!p["events"].as_array().unwrap().is_empty(), "{p}");

    let q = get(&base, "/api/v1/quotes?speaker=vaskova").json();
    assert!(!items(&q).is_empty());
    for x in items(&q) {
        assert!(x["speaker"].as_str().unwrap().contains("Vaskova"));
    }

    let st = get(&base, "/api/v1/states/est").json();
    assert_eq!(st["code"], "EST");
    assert!(st["names"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n == "Estonia"));

    let tracks = get(&base, "/api/v1/tracks").json();
    let keys: Vec<&str> = tracks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["key"].as_str().unwrap())
        .collect();
    assert!(keys.contains(&"RUS-USA"), "{keys:?}");
    let t = get(&base, "/api/v1/tracks/usa-rus").json();
    assert_eq!(t["key"], "RUS-USA");
    assert!(!t["contacts"].as_array().unwrap().is_empty());

    let hits = get(&base, "/api/v1/search?q=prisoner%20exchange").json();
    assert!(!items(&hits).is_empty());
    for h in items(&hits) {
        let marked = h["highlighted"].as_str().unwrap().to_lowercase();
        assert!(
            marked.contains("**prisoner") && marked.contains("**exchange"),
            "{marked}"
        );
    }
    let none = get(&base, "/api/v1/search?q=prisoner%20exchange&since=2030").json();
    assert!(items(&none).is_empty());
    let src = get(&base, "/api/v1/search?q=prisoner&source=samples").json();
    assert!(!items(&src).is_empty());
}

#[test]
fn lists_download_as_csv() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let json = get(&base, "/api/v1/events?dyad=RUS-USA&limit=1000").json();
    let csv = get(&base, "/api/v1/events?dyad=RUS-USA&format=csv&limit=10000");
    assert_eq!(csv.status, 200);
    assert!(
        csv.content_type.starts_with("text/csv"),
        "{}",
        csv.content_type
    );
    assert!(csv
        .header("content-disposition")
        .unwrap()
        .contains("attachment"));
    let lines: Vec<&str> = csv.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("id,event,mode,status"), "{}", lines[0]);
    // Quoted cells may hold line breaks: count records by their id cell.
    let ids: Vec<String> = items(&json).iter().map(|e| e["id"].to_string()).collect();
    for id in &ids {
        assert!(
            lines.iter().any(|l| l.starts_with(&format!("{id},"))),
            "event {id} missing from the CSV"
        );
    }
    for path in [
        "/api/v1/documents?format=csv",
        "/api/v1/people?format=csv",
        "/api/v1/quotes?format=csv",
        "/api/v1/tracks?format=csv",
        "/api/v1/search?q=talks&format=csv",
    ] {
        let r = get(&base, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.content_type.starts_with("text/csv"), "{path}");
        assert!(r.body.lines().count() >= 2, "{path}: {}", r.body);
    }
}

#[test]
fn ingest_needs_the_flag_and_the_token() {
    let f = fixture();
    let text = b"Foreign Minister Lena Vaskova of Estonia spoke by phone with Finnish Foreign \
Minister Elina Valtonen on Tuesday about energy links across the Gulf of Finland.";

    // Read-only server: refused whatever the token.
    let ro = serve(&f.db, None);
    let r = post(
        &ro.url(),
        "/api/v1/documents",
        "text/plain",
        Some("whatever-token"),
        text,
    );
    assert_eq!(r.status, 403, "{}", r.body);
    assert_eq!(r.json()["error"]["status"], 403);
    drop(ro);

    let token = "test-token-1234";
    let s = serve(&f.db, Some(token));
    let base = s.url();
    assert_eq!(get(&base, "/api/v1/health").json()["ingest"], true);
    let r = post(&base, "/api/v1/documents", "text/plain", None, text);
    assert_eq!(r.status, 401, "{}", r.body);
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    let r = post(
        &base,
        "/api/v1/documents",
        "text/plain",
        Some("wrong-token-0000"),
        text,
    );
    assert_eq!(r.status, 401);

    let r = post(
        &base,
        "/api/v1/documents?published=2025-05-06&source=Test%20Wire",
        "text/plain",
        Some(token),
        text,
    );
    assert_eq!(r.status, 201, "{}", r.body);
    let v = r.json();
    assert_eq!(v["stored"], true);
    assert!(v["events"].as_u64().unwrap() >= 1, "{v}");
    let id = v["id"].as_str().unwrap().to_string();
    let d = get(&base, &format!("/api/v1/documents/{id}")).json();
    assert_eq!(d["published"], "2025-05-06");
    assert_eq!(d["source"], "Test Wire");
    // The same document again: nothing new.
    let again = post(&base, "/api/v1/documents", "text/plain", Some(token), text);
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["stored"], false);

    // JSON and HTML bodies.
    let body = serde_json::json!({
        "html": "<html><head><title>Talks in Vilnius</title></head><body><article><h1>Talks in Vilnius</h1>\
                 <p>Lithuanian Foreign Minister Kestutis Budrys met Polish Foreign Minister Radoslaw Sikorski \
                 in Vilnius on Wednesday to discuss air defence.</p></article></body></html>",
        "published": "2025-05-07",
        "source": "Test Wire"
    });
    let r = post(
        &base,
        "/api/v1/documents",
        "application/json",
        Some(token),
        body.to_string().as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", r.body);

    // Bad bodies.
    let r = post(
        &base,
        "/api/v1/documents",
        "application/json",
        Some(token),
        b"{\"title\": 1}",
    );
    assert_eq!(r.status, 400, "{}", r.body);
    let r = post(
        &base,
        "/api/v1/documents",
        "image/png",
        Some(token),
        b"\x89PNG",
    );
    assert_eq!(r.status, 415, "{}", r.body);
    let r = post(
        &base,
        "/api/v1/documents",
        "text/plain",
        Some(token),
        b"   ",
    );
    assert_eq!(r.status, 422, "{}", r.body);
    let big = vec![b'a'; detente_web::MAX_BODY_BYTES + 10];
    let r = post(&base, "/api/v1/documents", "text/plain", Some(token), &big);
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(r.json()["error"]["status"], 413);

    let st = get(&base, "/api/v1/stats").json();
    assert_eq!(st["documents"], 11);
}

/// A text over the cap on one document (1 MiB, the cap `detente ingest`
/// applies) is refused whichever way it is sent, with an error naming the
/// field, and nothing is stored; the body cap alone (8 MiB) let it through.
#[test]
fn ingest_refuses_a_document_over_the_text_cap() {
    let f = fixture();
    let token = "test-token-5678";
    let s = serve(&f.db, Some(token));
    let base = s.url();
    let before = get(&base, "/api/v1/stats").json()["documents"].clone();
    let sentence = "Kenya and Ethiopia held talks in Nairobi on Monday about the border. ";
    let long = sentence.repeat(detente_text::MAX_TEXT_BYTES / sentence.len() + 10);
    assert!(long.len() > detente_text::MAX_TEXT_BYTES && long.len() < detente_web::MAX_BODY_BYTES);
    // Numbered paragraphs: the page cleaner drops repeated ones.
    let paragraphs: String = (0..long.len() / 1000)
        .map(|i| format!("<p>In round {i}, {}</p>", sentence.repeat(30)))
        .collect();
    let page = format!(
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>{paragraphs}</article></body></html>"
    );

    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "application/json",
            serde_json::json!({"text": long, "published": "2025-05-06"})
                .to_string()
                .into_bytes(),
            "text: ",
        ),
        (
            "application/json",
            serde_json::json!({"html": page}).to_string().into_bytes(),
            "html: the page's article text: ",
        ),
        (
            "text/html",
            page.clone().into_bytes(),
            "body: the page's article text: ",
        ),
        ("text/plain", long.clone().into_bytes(), "body: "),
    ];
    for (ctype, body, field) in cases {
        let r = post(&base, "/api/v1/documents", ctype, Some(token), &body);
        assert_eq!(r.status, 413, "{ctype} {field}: {}", r.body);
        let msg = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(
            msg.starts_with(field) && msg.contains("larger than the cap"),
            "{ctype}: {msg}"
        );
    }
    // Nothing stored; a document within the cap still is.
    assert_eq!(get(&base, "/api/v1/stats").json()["documents"], before);
    let r = post(
        &base,
        "/api/v1/documents",
        "application/json",
        Some(token),
        serde_json::json!({"text": sentence, "published": "2025-05-06"})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", r.body);
}
