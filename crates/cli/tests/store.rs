//! `detente ingest` and the query commands against a real database file.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("detente-store-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    let out = bin()
        .arg(args[0])
        .arg("--db")
        .arg(db)
        .args(&args[1..])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const PAGE: &str = r#"<!doctype html><html><head><title>Envoys meet in Geneva</title>
<meta property="article:published_time" content="2025-06-12"><meta property="og:site_name" content="Alpine Wire"></head>
<body><nav>Home | World | Europe</nav><article>
<p>Serbia and Kosovo held talks in Geneva on June 10, the first meeting of the two delegations this year.</p>
<p>"We agreed to keep talking about licence plates," Serbian negotiator Petar Petkovic told reporters.</p>
<p>The next round is expected in Brussels next week, officials said.</p></article>
<footer>Copyright Alpine Wire</footer></body></html>"#;

const TEXT: &str =
    "Kosovo and Serbia held talks in Geneva on June 10, officials in Pristina said on Wednesday. \
The talks lasted five hours and focused on licence plates and energy.\n";

#[test]
fn ingest_stores_once_merges_across_sources_and_answers_queries() {
    let d = dir("ingest");
    std::fs::write(d.join("page.html"), PAGE).unwrap();
    std::fs::write(d.join("copy.html"), PAGE).unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    let db = d.join("t.db");

    let (code, _, err) = run(&db, &["ingest", d.to_str().unwrap()]);
    assert_eq!(code, 1, "a bad file makes the exit status 1: {err}");
    assert!(err.contains("binary.txt"), "{err}");
    assert!(
        err.contains("1 stored, 1 already stored, 1 errors"),
        "{err}"
    );

    // A second source reports the same talks: one event, two documents.
    let text = d.join("wire.txt");
    std::fs::write(&text, TEXT).unwrap();
    let (code, _, err) = run(
        &db,
        &[
            "ingest",
            "--published",
            "2025-06-12",
            "--source",
            "Balkan Desk",
            text.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");

    let (code, out, _) = run(
        &db,
        &[
            "events", "--dyad", "SRB-XKX", "--type", "CONSULT", "--format", "json",
        ],
    );
    assert_eq!(code, 0);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let talks: Vec<&serde_json::Value> =
        rows.iter().filter(|r| r["date"] == "2025-06-10").collect();
    assert_eq!(talks.len(), 1, "{out}");
    assert_eq!(talks[0]["n_documents"], 2);
    assert_eq!(talks[0]["n_sources"], 2);
    assert_eq!(talks[0]["location"]["name"], "Geneva");

    let (_, out, _) = run(&db, &["search", "licence plates", "--format", "jsonl"]);
    assert!(out.lines().count() >= 2, "{out}");
    let (_, out, _) = run(&db, &["quotes", "--speaker", "Petkovic"]);
    assert!(out.contains("keep talking about licence plates"), "{out}");
    let (_, out, _) = run(&db, &["timeline", "SRB", "XKX"]);
    assert!(
        out.lines().nth(1).unwrap().starts_with("2025-06-10"),
        "{out}"
    );
    let (_, out, _) = run(&db, &["events", "--status", "planned", "--format", "ics"]);
    assert!(
        out.starts_with("BEGIN:VCALENDAR")
            && out.contains("BEGIN:VEVENT")
            && out.contains("DTSTART;VALUE=DATE:20250616"),
        "{out}"
    );
    let (_, out, _) = run(&db, &["events", "--format", "csv"]);
    assert!(out.starts_with("id,date,enddate,event"), "{out}");
    let (_, out, _) = run(&db, &["events", "--format", "plover"]);
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert!(first["event_type"].is_string() && first.get("event_loc").is_some());
    let (_, out, _) = run(&db, &["docs"]);
    assert!(out.contains("Envoys meet in Geneva"), "{out}");
    let (_, out, _) = run(&db, &["people", "--format", "csv"]);
    assert!(out.contains("Petar Petkovic"), "{out}");
}
