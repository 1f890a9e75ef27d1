//! The pages over real HTTP: each answers, links where it should, and shows
//! untrusted article text as text.

mod common;
use common::*;

fn page(base: &str, path: &str) -> String {
    let r = get(base, path);
    assert_eq!(r.status, 200, "{path}: {}", r.body);
    assert!(r.content_type.starts_with("text/html"), "{path}");
    let csp = r.header("content-security-policy").unwrap_or("");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    r.body
}

/// Every `<tag …>` of the page, lower-cased.
fn tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let Some(j) = rest[i..].find('>') else { break };
        out.push(rest[i..i + j + 1].to_lowercase());
        rest = &rest[i + j + 1..];
    }
    out
}

#[test]
fn hostile_article_text_is_shown_as_text() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let ev = get(&base, &format!("/api/v1/documents/{}", f.hostile_id)).json()["events"][0]
        ["event_id"]
        .as_i64()
        .expect("the hostile article reports an event");
    let name = "Lena%20Vaskova";
    for path in [
        format!("/documents/{}", f.hostile_id),
        format!("/documents/{}?only=events", f.hostile_id),
        format!("/events/{ev}"),
        format!("/people/{name}"),
        "/states/EST".to_string(),
        "/quotes?speaker=vaskova".to_string(),
        "/search?q=alert".to_string(),
        "/search?q=%3Cscript%3E%22%27".to_string(),
        "/documents".to_string(),
        "/events?text=%3Cscript%3E&dyad=%22%3E%3Cb%3E".to_string(),
    ] {
        let r = get(&base, &path);
        assert!(r.status == 200 || r.status == 400, "{path}: {}", r.status);
        let html = r.body;
        for t in tags(&html) {
            assert!(
                !t.starts_with("<script") || t == "<script src=\"/static/app.js\" defer>",
                "{path}: a script tag {t}"
            );
            assert!(
                !t.starts_with("<img") && !t.starts_with("<b "),
                "{path}: {t}"
            );
            assert!(
                !t.contains("onerror") && !t.contains("onmouseover") && !t.contains("onclick"),
                "{path}: an event handler in {t}"
            );
            assert!(!t.contains("javascript:"), "{path}: {t}");
        }
    }
    // The words are there, escaped.
    let html = page(&base, &format!("/documents/{}", f.hostile_id));
    assert!(
        html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;")
            || html.contains("&lt;script&gt;alert('pwned')&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(
        html.contains("Baltic ministers meet &lt;script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&lt;b onclick=alert(3)&gt;Wire&lt;/b&gt;"),
        "{html}"
    );
    let search = page(&base, "/search?q=alert");
    assert!(search.contains("<mark>alert</mark>"), "{search}");
}

#[test]
fn every_page_answers_and_links_to_its_evidence() {
    let f = fixture();
    let s = serve(&f.db, None);
    let base = s.url();
    let home = page(&base, "/");
    assert!(home.contains("href=\"/tracks/RUS-USA\""), "{home}");
    assert!(home.contains("Latest events") && home.contains("Coming up"));

    let track = page(&base, "/tracks/RUS-USA");
    assert!(track.contains("<svg class=\"timeline\""), "{track}");
    assert!(track.contains("Rounds and contacts") && track.contains("What comes next"));
    assert!(page(&base, "/tracks/usa-rus").contains("<svg"));
    let tracks = page(&base, "/tracks");
    assert!(tracks.contains("RUS-USA"));
    // Tracks by their parties' names, with their state.
    assert!(tracks.contains("Russia – United States"), "{tracks}");
    assert!(
        tracks.contains("badge active") || tracks.contains("badge dormant"),
        "{tracks}"
    );
    // Rounds numbered as rounds, commitment bars labelled.
    assert!(track.contains(">R1<"), "{track}");
    assert!(track.contains("class=\"bar-label"), "{track}");

    // An event page links each mention to its sentence in the article.
    let list = get(&base, "/api/v1/events?dyad=RUS-USA&type=CONSULT&limit=1").json();
    let id = list["items"][0]["id"].as_i64().unwrap();
    let ev = page(&base, &format!("/events/{id}"));
    let detail = get(&base, &format!("/api/v1/events/{id}")).json();
    let r0 = &detail["reports"][0];
    let link = format!(
        "/documents/{}?event={id}#s-{}",
        r0["doc_id"].as_str().unwrap(),
        r0["mentions"][0]["sentence"]
    );
    assert!(
        ev.contains(&link.replace('&', "&amp;")),
        "{link} not in {ev}"
    );
    // The article marks that event's mentions and has the sentence anchor.
    let doc = page(&base, link.split('#').next().unwrap());
    assert!(doc.contains(&format!("id=\"s-{}\"", r0["mentions"][0]["sentence"])));
    assert!(doc.contains("<mark class=\"ev focus\""), "no focused mark");
    let only = page(
        &base,
        &format!("{}&only=events", link.split('#').next().unwrap()),
    );
    assert!(only.matches("class=\"s has-ev\"").count() >= 1);
    assert!(
        !only.contains("class=\"s\" id="),
        "plain sentences in the events-only view"
    );

    for path in [
        "/events",
        "/events?dyad=RUS-USA&type=CONSULT",
        "/documents",
        "/people",
        "/quotes",
        "/quotes?speaker=ryabkov",
        "/search?q=prisoner",
        "/search",
        "/states/RUS",
    ] {
        let html = page(&base, path);
        assert!(html.contains("<main>"), "{path}");
    }
    let events = page(&base, "/events?dyad=RUS-USA");
    assert!(
        events.contains("format=csv") && events.contains("format=json"),
        "exports"
    );

    // Errors are pages too.
    for (path, status) in [
        ("/events/99999999", 404),
        ("/nowhere", 404),
        ("/events?type=NOPE", 400),
    ] {
        let r = get(&base, path);
        assert_eq!(r.status, status, "{path}");
        assert!(r.content_type.starts_with("text/html"), "{path}");
    }
    let css = get(&base, "/static/app.css");
    assert!(css.content_type.starts_with("text/css"));
}
