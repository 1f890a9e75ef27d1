//! A database built from the project's own sample articles plus one
//! article full of HTML-injection attempts, served on a free loopback port.
#![allow(dead_code)]

use detente_extract::{extract, DocMeta, Options};
use detente_store::Store;
use detente_web::{ServeConfig, Server};
use std::path::{Path, PathBuf};

pub const TODAY: &str = "2026-03-01";

/// An article written for these tests: markup and script in its text,
/// title, address and source must all be shown as text.
pub const HOSTILE_TEXT: &str =
    "Foreign Minister Lena Vaskova of Estonia met Latvian Foreign Minister \
Ilze Berzina in Riga on Monday <script>alert('pwned')</script> to discuss border crossings.\n\n\
Vaskova said the talks were \"<img src=x onerror=alert(1)> useful and frank\" and that the \
two ministers would meet again in Tallinn next month.\n\n\
A joint statement \" onmouseover=\"alert(2)\" x=\" was published after the meeting.";
pub const HOSTILE_TITLE: &str = "Baltic ministers meet <script>alert('title')</script>";
pub const HOSTILE_URL: &str = "javascript:alert('url')";
pub const HOSTILE_SOURCE: &str = "<b onclick=alert(3)>Wire</b>";

fn samples() -> Vec<(String, DocMeta)> {
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
            (s("text").unwrap(), meta)
        })
        .collect()
}

/// Fill a new database at `path`; answers the id of the hostile article.
pub fn build_db(path: &Path) -> String {
    let kb = detente_kb::builtin();
    let mut store = Store::open(path).unwrap();
    for (text, meta) in samples() {
        let r = extract(&text, &meta, kb, &Options::default());
        store.insert_record(&r, Some("samples")).unwrap();
    }
    let meta = DocMeta {
        external_id: Some("hostile".into()),
        url: Some(HOSTILE_URL.into()),
        title: Some(HOSTILE_TITLE.into()),
        published: chrono::NaiveDate::from_ymd_opt(2025, 4, 7),
    };
    let r = extract(HOSTILE_TEXT, &meta, kb, &Options::default());
    store.insert_record(&r, Some(HOSTILE_SOURCE)).unwrap();
    r.document.id
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub hostile_id: String,
}

pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("web.db");
    let hostile_id = build_db(&db);
    Fixture {
        dir,
        db,
        hostile_id,
    }
}

pub fn serve(db: &Path, token: Option<&str>) -> Server {
    Server::start(ServeConfig {
        db: db.to_path_buf(),
        addr: "127.0.0.1:0".parse().unwrap(),
        ingest_token: token.map(str::to_string),
        kb: None,
        today: chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").ok(),
    })
    .unwrap()
}

/// A plain HTTP client that reports every status instead of failing.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(60)))
        .build()
        .into()
}

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn reply(mut r: ureq::http::Response<ureq::Body>) -> Reply {
    let status = r.status().as_u16();
    let headers: Vec<(String, String)> = r
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let content_type = headers
        .iter()
        .find(|(k, _)| k == "content-type")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let body = r.body_mut().read_to_string().unwrap_or_default();
    Reply {
        status,
        content_type,
        headers,
        body,
    }
}

pub fn get(base: &str, path: &str) -> Reply {
    reply(agent().get(format!("{base}{path}")).call().unwrap())
}

pub fn post(base: &str, path: &str, ctype: &str, token: Option<&str>, body: &[u8]) -> Reply {
    let mut req = agent()
        .post(format!("{base}{path}"))
        .header("content-type", ctype);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    reply(req.send(body).unwrap())
}
