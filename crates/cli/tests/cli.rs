//! The `detente` binary end to end: inputs, errors, exit status, formats.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_detente"))
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("detente-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

const ARTICLE: &str = "Kenya and Ethiopia held talks in Nairobi on Monday. The ministers agreed to reopen the border.\n";

#[test]
fn bad_files_get_one_line_errors_and_the_rest_is_processed() {
    let good = tmp("good.txt", ARTICLE.as_bytes());
    let empty = tmp("empty.txt", b"");
    let binary = tmp(
        "binary.bin",
        &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    );
    let missing = Path::new("/nonexistent/detente/article.txt").to_path_buf();
    let out = bin()
        .args(["extract", "--published", "2025-03-05"])
        .args([&empty, &good, &binary, &missing])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status says not every input was read"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].contains("empty.txt") && lines[0].contains("empty"),
        "{stderr}"
    );
    assert!(
        lines[1].contains("binary.bin") && lines[1].contains("binary"),
        "{stderr}"
    );
    assert!(
        lines[2].contains("/nonexistent/detente/article.txt"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    let rec: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert!(rec["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["event"] == "CONSULT"));
}

#[test]
fn every_input_read_means_exit_zero() {
    let good = tmp("good2.txt", ARTICLE.as_bytes());
    let out = bin()
        .args(["extract", "--published", "2025-03-05"])
        .arg(&good)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn huge_files_are_refused_without_reading_them_whole() {
    let big = std::env::temp_dir().join(format!("detente-cli-{}-huge.txt", std::process::id()));
    {
        let mut f = std::fs::File::create(&big).unwrap();
        let line = ARTICLE.repeat(64);
        let mut written = 0;
        while written < 50 * 1024 * 1024 {
            f.write_all(line.as_bytes()).unwrap();
            written += line.len();
        }
    }
    let good = tmp("good3.txt", ARTICLE.as_bytes());
    let out = bin()
        .args(["extract", "--published", "2025-03-05"])
        .arg(&big)
        .arg(&good)
        .output()
        .unwrap();
    std::fs::remove_file(&big).ok();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("huge.txt") && stderr.contains("larger than"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn legacy_cyrillic_encodings_are_decoded() {
    let text = "Сергей Лавров провёл переговоры в Анкаре. Talks between Russia and Turkey were held in Ankara on Monday.";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
    let f = tmp("cp1251.txt", &bytes);
    let out = bin()
        .args(["extract", "--published", "2025-03-05"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rec["document"]["text"].as_str().unwrap().contains("Лавров"));
}

#[test]
fn standard_input_and_table_format() {
    let mut child = bin()
        .args([
            "extract",
            "--published",
            "2025-03-05",
            "--format",
            "table",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ARTICLE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    let mut lines = table.lines();
    assert!(lines.next().unwrap().starts_with("DATE"));
    let row = lines.find(|l| l.contains("CONSULT")).expect("a talks row");
    assert!(
        row.starts_with("2025-03-03")
            && row.contains("ETH")
            && row.contains("KEN")
            && row.contains("Nairobi"),
        "{row}"
    );
}

#[test]
fn jsonl_input_keeps_order_ids_and_reports_bad_lines() {
    let input = format!(
        "{}\n{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE, "published": "2025-03-05"}),
        serde_json::json!({"id": 7, "text": "Chile and Peru signed an agreement on Friday.", "published": "2025-03-05"}),
        serde_json::json!({"id": "c", "text": ""}),
    );
    let f = tmp("in.jsonl", input.as_bytes());
    let out = bin()
        .args(["extract", "--input-format", "jsonl"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("in.jsonl:3") && stderr.contains("in.jsonl:4"),
        "{stderr}"
    );
    let recs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["document"]["external_id"], "a");
    assert_eq!(recs[1]["document"]["external_id"], "7");
    assert_eq!(recs[1]["document"]["published"], "2025-03-05");
}

#[test]
fn same_input_same_ids() {
    let f = tmp("same.txt", ARTICLE.as_bytes());
    let run = || {
        bin()
            .args(["extract", "--published", "2025-03-05"])
            .arg(&f)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn help_teaches_the_main_command() {
    let out = bin().args(["extract", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("--published")
            && help.contains("--input-format")
            && help.contains("Examples")
    );
}

/// The seed article of the project scores at the bars (needs ../shared and python3).
#[test]
fn seed_article_meets_the_bars() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let seed = shared.join("seed/000_14606a0439afa351.txt");
    let python = Command::new("python3").arg("--version").output();
    if !seed.exists() || python.is_err() {
        eprintln!("skipping: {} or python3 not available", seed.display());
        return;
    }
    let out = bin()
        .args(["extract", "--published", "2025-04-07"])
        .arg(&seed)
        .output()
        .unwrap();
    assert!(out.status.success());
    let jsonl = tmp("seed.jsonl", &out.stdout);
    let score = Command::new("python3")
        .arg(shared.join("bin/score_events.py"))
        .arg(shared.join("seed/expected.toml"))
        .arg(&jsonl)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&score.stdout);
    assert!(score.status.success(), "{report}");
    let last = report.lines().last().unwrap();
    assert!(
        last.contains("recall 15/15")
            && last.contains("quotes 7/7")
            && last.contains("people 16/16"),
        "{last}"
    );
}

#[test]
fn html_pages_are_read_as_articles_with_their_date() {
    let page = r#"<!doctype html><html lang="en"><head><title>Talks in Nairobi</title>
<meta property="article:published_time" content="2025-03-05T10:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/africa">Africa</a></nav>
<div class="cookie-banner">We use cookies on this site. Accept all cookies?</div>
<article><h1>Kenya and Ethiopia hold talks in Nairobi</h1>
<p>Kenya and Ethiopia held talks in Nairobi on Monday, the first such meeting in a year, officials said.</p>
<p>The foreign ministers of the two countries agreed to reopen the border crossing at Moyale next month.</p>
<p>Both delegations said they would meet again in Addis Ababa before the end of the year.</p></article>
<footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"#;
    let f = tmp("page.html", page.as_bytes());
    let out = bin().arg("extract").arg(&f).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = rec["document"]["text"].as_str().unwrap();
    assert!(text.contains("held talks in Nairobi"), "{text}");
    assert!(
        !text.contains("cookies") && !text.contains("Copyright"),
        "{text}"
    );
    assert_eq!(rec["document"]["published"], "2025-03-05");
    let talks = rec["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "CONSULT")
        .expect("talks");
    assert_eq!(talks["date"], "2025-03-03");
}

/// The bundled sample articles keep at least their current scores (a guard
/// against regressions; needs python3 and ../shared/bin/score_events.py).
#[test]
fn sample_articles_do_not_regress() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let scorer = root.join("../shared/bin/score_events.py");
    if !scorer.exists() || Command::new("python3").arg("--version").output().is_err() {
        eprintln!("skipping: scorer or python3 not available");
        return;
    }
    // (sample, least required events found, least correct extracted events)
    let floors = [
        ("01_geneva_prisoner_swap", 9, 9),
        ("02_gaza_truce_cairo", 8, 10),
        ("03_ecowas_abuja_niger", 7, 7),
        ("04_sabina_shoal_water_cannon", 6, 6),
        ("05_armenia_azerbaijan_washington", 7, 9),
        ("06_essequibo_brasilia_talks", 10, 11),
        ("07_kharkiv_energy_strike", 9, 10),
        ("08_unsc_north_korea_veto", 8, 11),
    ];
    for (name, recall_floor, correct_floor) in floors {
        let text = root.join(format!("samples/{name}.txt"));
        let expected = root.join(format!("samples/{name}.expected.toml"));
        let gold = std::fs::read_to_string(&expected).unwrap();
        let published = gold
            .lines()
            .find_map(|l| l.strip_prefix("published = \""))
            .unwrap()
            .trim_end_matches('"');
        let out = bin()
            .args(["extract", "--published", published])
            .arg(&text)
            .output()
            .unwrap();
        let jsonl = tmp(&format!("{name}.jsonl"), &out.stdout);
        let score = Command::new("python3")
            .arg(&scorer)
            .arg(&expected)
            .arg(&jsonl)
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&score.stdout);
        let last = report.lines().last().unwrap_or_default().to_string();
        let num = |after: &str| -> usize {
            let i = last.find(after).unwrap_or_else(|| panic!("{name}: {last}")) + after.len();
            last[i..].split('/').next().unwrap().trim().parse().unwrap()
        };
        assert!(num("recall ") >= recall_floor, "{name}: {last}");
        assert!(num("precision ") >= correct_floor, "{name}: {last}");
    }
}

#[test]
fn no_events_gives_the_same_names_without_events() {
    let text = "Foreign Minister Lena Vaskova of Estonia met Latvian Foreign Minister Ilze \
                Berzina in Riga on Monday. \"We agreed on the border,\" Vaskova said.";
    let f = tmp("no_events.txt", text.as_bytes());
    let run = |extra: &[&str]| -> serde_json::Value {
        let out = bin()
            .args(["extract", "--published", "2025-04-08"])
            .args(extra)
            .arg(&f)
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let full = run(&[]);
    let names = run(&["--no-events"]);
    assert!(!full["events"].as_array().unwrap().is_empty());
    assert!(names["events"].as_array().unwrap().is_empty());
    let people = |r: &serde_json::Value| -> Vec<String> {
        r["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "person")
            .map(|e| format!("{} {}", e["name"], e["code"]))
            .collect()
    };
    assert_eq!(people(&full), people(&names));
    assert_eq!(full["quotes"], names["quotes"]);
    assert_eq!(full["dates"], names["dates"]);
}

/// The cap on one document's text (1 MiB, as `detente ingest` applies it)
/// holds for every kind of input: a text file, a page's article text and a
/// JSON line's `text` over it are refused with an error naming the file
/// (and line), and the other documents are still extracted.
#[test]
fn documents_over_the_text_cap_are_refused_and_the_rest_is_extracted() {
    let cap = detente_text::MAX_TEXT_BYTES;
    let sentence = "Chile and Peru held talks in Lima on Friday about fishing rights. ";
    let long = sentence.repeat(cap / sentence.len() + 10);
    assert!(long.len() > cap);
    // Numbered paragraphs: the page cleaner drops repeated ones.
    let paragraphs: String = (0..long.len() / 1000)
        .map(|i| format!("<p>In round {i}, {}</p>", sentence.repeat(30)))
        .collect();
    let page = format!(
        "<html><head><title>Talks</title></head><body><article><h1>Talks</h1>{paragraphs}</article></body></html>"
    );
    let big_text = tmp("big-text.txt", long.as_bytes());
    let big_page = tmp("big-page.html", page.as_bytes());
    let good = tmp("good-cap.txt", ARTICLE.as_bytes());
    let out = bin()
        .args(["extract", "--published", "2025-03-05"])
        .args([&big_text, &good, &big_page])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].contains("big-text.txt") && lines[0].contains("larger than the cap"),
        "{stderr}"
    );
    assert!(
        lines[1].contains("big-page.html")
            && lines[1].contains("article text")
            && lines[1].contains("larger than the cap"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);

    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE, "published": "2025-03-05"}),
        serde_json::json!({"id": "big", "text": long, "published": "2025-03-05"}),
        serde_json::json!({"id": "c", "text": ARTICLE, "published": "2025-03-06"}),
    );
    let f = tmp("cap.jsonl", input.as_bytes());
    let out = bin()
        .args(["extract", "--input-format", "jsonl"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cap.jsonl:2") && stderr.contains("larger than the cap"),
        "{stderr}"
    );
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["document"]["external_id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "c"]);
}

/// `detente parse --names` shows the trees the event stage reads: the
/// words of recognised names are proper nouns there, whatever the tagger
/// made of them, and every sentence is still parsed.
#[test]
fn parse_with_names_tags_recognised_names_as_proper_nouns() {
    let p = tmp(
        "names.txt",
        b"Beijing termed the accusations groundless. Xi Jinping met Sergei Lavrov on Monday.\n",
    );
    let parse = |names: bool| {
        let mut cmd = bin();
        cmd.arg("parse");
        if names {
            cmd.arg("--names");
        }
        let out = cmd.arg(&p).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    // (form, UPOS, head) of every word.
    let rows = |text: &str| -> Vec<(String, String, String)> {
        text.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c[1].to_string(), c[3].to_string(), c[6].to_string())
            })
            .collect()
    };
    let tag = |rows: &[(String, String, String)], w: &str| {
        rows.iter()
            .find(|r| r.0 == w)
            .unwrap_or_else(|| panic!("{w}"))
            .1
            .clone()
    };
    let (plain, named) = (parse(false), parse(true));
    // The tagger alone reads the capital as a verb; the names make it one.
    assert_ne!(tag(&rows(&plain), "Beijing"), "PROPN", "{plain}");
    let named_rows = rows(&named);
    for name in ["Beijing", "Xi", "Jinping", "Sergei", "Lavrov"] {
        assert_eq!(tag(&named_rows, name), "PROPN", "{name}: {named}");
    }
    // Every sentence is parsed: one root each.
    assert_eq!(
        named_rows.iter().filter(|r| r.2 == "0").count(),
        2,
        "{named}"
    );
}
