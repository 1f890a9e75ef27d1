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
    // ID, then DATE.
    assert_eq!(
        out.lines().nth(1).unwrap().split_whitespace().nth(1),
        Some("2025-06-10"),
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

/// An ingest killed with SIGKILL at random points, then resumed, stores every
/// document exactly once and leaves the database intact.
#[test]
fn killed_ingest_resumes_to_every_document_once() {
    let d = dir("kill");
    let docs = d.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let states = [
        "Kenya", "Ethiopia", "Ghana", "Senegal", "Peru", "Chile", "Norway", "Poland", "Japan",
        "Egypt",
    ];
    let n = 600;
    for i in 0..n {
        let (a, b) = (states[i % 10], states[(i / 10 + 1 + i) % 10]);
        let text = format!(
            "{a} and {b} held talks in Geneva on March {} about trade route number {i}. \
             The ministers of {a} agreed to meet again, officials said after round {i}.\n",
            1 + i % 28
        );
        std::fs::write(docs.join(format!("{i:04}.txt")), text).unwrap();
    }
    let db = d.join("k.db");
    let mut seed = std::process::id() as u64;
    for _ in 0..6 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let wait = 20 + (seed >> 33) % 250;
        let mut child = bin()
            .args(["ingest", "--db"])
            .arg(&db)
            .args(["--published", "2025-04-01"])
            .arg(&docs)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
    }
    let (code, _, err) = run(
        &db,
        &[
            "ingest",
            "--published",
            "2025-04-01",
            docs.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let store = detente_store::Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
    let stored = store.docs().unwrap();
    assert_eq!(stored.len(), n, "every document stored exactly once");
    let mut ids: Vec<&str> = stored.iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    // A last run finds nothing new.
    let (code, _, err) = run(
        &db,
        &[
            "ingest",
            "--published",
            "2025-04-01",
            docs.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0);
    assert!(
        err.contains(&format!("0 stored, {n} already stored")),
        "{err}"
    );
}

#[test]
fn tracks_list_report_and_a_name_that_survives_new_documents() {
    let d = dir("tracks");
    let db = d.join("t.db");
    let a = d.join("a.txt");
    std::fs::write(&a, "Serbia and Kosovo held talks in Brussels on March 4. The next round of talks is expected next week.\n").unwrap();
    let (code, _, err) = run(
        &db,
        &["ingest", "--published", "2025-03-06", a.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = run(&db, &["tracks", "--today", "2025-03-06"]);
    assert!(
        out.lines()
            .any(|l| l.starts_with("Serbia – Kosovo") && l.contains("SRB-XKX")),
        "{out}"
    );
    let (code, out, err) = run(
        &db,
        &[
            "track",
            "SRB-XKX",
            "--name",
            "Belgrade-Pristina dialogue",
            "--today",
            "2025-03-06",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Belgrade-Pristina dialogue")
            && out.contains("2025-03-04")
            && out.contains("Brussels"),
        "{out}"
    );
    // A new document rebuilds the tracks; the name stays.
    let b = d.join("b.txt");
    std::fs::write(
        &b,
        "Serbia and Kosovo held talks in Brussels on March 12, the second round this month.\n",
    )
    .unwrap();
    run(
        &db,
        &["ingest", "--published", "2025-03-13", b.to_str().unwrap()],
    );
    let (code, out, _) = run(
        &db,
        &[
            "track",
            "Belgrade-Pristina dialogue",
            "--format",
            "html",
            "--today",
            "2025-03-13",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        out.starts_with("<!DOCTYPE html") || out.starts_with("<!doctype html"),
        "{}",
        &out[..out.len().min(200)]
    );
    assert!(
        out.contains("2025-03-12") && !out.contains("<script"),
        "{out}"
    );
}
