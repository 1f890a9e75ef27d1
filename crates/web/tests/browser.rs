//! End to end in a real headless Chromium (Debian's `chromium` and
//! `chromium-driver`, installed by `.ci/run`), driven over WebDriver with
//! fantoccini: overview → track → event → the highlighted sentence in its
//! article → search. A screenshot of the track page is kept in
//! `target/tmp/e2e/`.
//!
//! Without a browser these tests are skipped with a loud notice, so that
//! `cargo test --workspace` passes on a fresh machine; `.ci/run` installs
//! the browser and sets `DETENTE_REQUIRE_BROWSER=1`, under which a missing
//! browser is a failure. `DETENTE_SKIP_BROWSER=1` skips them always.

mod common;
use common::*;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_driver() -> (Driver, u16) {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{CHROMEDRIVER}: {e} (install chromium-driver)"));
    let driver = Driver(child);
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (driver, port)
}

async fn browser(port: u16, profile: &std::path::Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "chrome".into());
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.display()),
            ]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session in headless Chromium")
}

/// Whether the browser tests run here: a missing browser skips them with a
/// notice, unless `DETENTE_REQUIRE_BROWSER` is set (CI), where it fails.
fn browser_here(test: &str) -> bool {
    if std::env::var_os("DETENTE_SKIP_BROWSER").is_some() {
        eprintln!("DETENTE_SKIP_BROWSER is set: browser test {test} skipped");
        return false;
    }
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|p| !std::path::Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        return true;
    }
    let why = format!(
        "{} missing: install Debian's chromium and chromium-driver (`.ci/run` does)",
        missing.join(" and ")
    );
    if std::env::var_os("DETENTE_REQUIRE_BROWSER").is_some() {
        panic!("DETENTE_REQUIRE_BROWSER is set and {why}");
    }
    // Straight to the process's standard error: the test harness captures
    // `eprintln!` of passing tests, and this notice must be seen.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "\n************************************************************\n\
         * SKIPPED browser test {test}:\n\
         * {why}.\n\
         * The other tests ran; run `.ci/run` to run this one too.\n\
         ************************************************************\n"
    );
    false
}

#[test]
fn analyst_follows_a_track_to_the_sentence_and_searches() {
    if !browser_here("analyst_follows_a_track_to_the_sentence_and_searches") {
        return;
    }
    let f = fixture();
    let server = serve(&f.db, None);
    let base = server.url();
    let (_driver, port) = start_driver();
    let profile = f.dir.path().join("chromium-profile");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let c = browser(port, &profile).await;
        let result = journey(&c, &base).await;
        let _ = c.close().await;
        result
    })
    .unwrap();
}

async fn journey(c: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    // Overview: the active tracks.
    c.goto(&format!("{base}/")).await?;
    let h1 = c.find(Locator::Css("main h1")).await?.text().await?;
    assert_eq!(h1, "Negotiations");
    // Follow the RUS–USA track.
    c.find(Locator::Css("a[href='/tracks/RUS-USA']"))
        .await?
        .click()
        .await?;
    c.wait().for_element(Locator::Css("svg.timeline")).await?;
    assert!(c.current_url().await?.path().ends_with("/tracks/RUS-USA"));
    let marks = c.find_all(Locator::Css("svg.timeline a.contact")).await?;
    assert!(!marks.is_empty(), "no contact on the timeline");
    let png = c.screenshot().await?;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e");
    std::fs::create_dir_all(&dir).unwrap();
    let shot = dir.join("track-RUS-USA.png");
    std::fs::write(&shot, &png).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "screenshot"
    );
    eprintln!("screenshot: {}", shot.display());

    // Open the first round's event.
    c.find(Locator::Css("ol.contacts li .head a"))
        .await?
        .click()
        .await?;
    c.wait().for_element(Locator::Css("dl.facts")).await?;
    let path = c.current_url().await?.path().to_string();
    assert!(path.starts_with("/events/"), "{path}");
    let event_id: i64 = path.trim_start_matches("/events/").parse().unwrap();

    // From its evidence to the sentence in the article.
    let evidence = c.find(Locator::Css("blockquote.evidence a")).await?;
    let sentence_text = evidence.text().await?;
    evidence.click().await?;
    c.wait().for_element(Locator::Css("div.article")).await?;
    let url = c.current_url().await?;
    let anchor = url.fragment().expect("a sentence anchor").to_string();
    assert!(anchor.starts_with("s-"), "{anchor}");
    let target = c.find(Locator::Css(&format!("#{anchor}"))).await?;
    let target_text = target.text().await?;
    assert!(
        target_text.trim() == sentence_text.trim()
            || sentence_text.contains(target_text.trim())
            || target_text.contains(sentence_text.trim()),
        "{target_text:?} vs {sentence_text:?}"
    );
    let marked = target
        .find(Locator::Css("mark.ev.focus"))
        .await
        .expect("the event is highlighted in its sentence");
    let events = marked.attr("data-events").await?.unwrap_or_default();
    assert!(
        events.split(' ').any(|e| e == event_id.to_string()),
        "{events} does not name event {event_id}"
    );
    // The sentence is on screen.
    let visible: serde_json::Value = c
        .execute(
            "const r = document.getElementById(arguments[0]).getBoundingClientRect(); \
             return r.top >= 0 && r.top < window.innerHeight;",
            vec![serde_json::json!(anchor)],
        )
        .await?;
    assert_eq!(
        visible,
        serde_json::json!(true),
        "the sentence is not in view"
    );

    // The toggle hides the sentences without events (script) …
    let before = c.find_all(Locator::Css(".article .s")).await?.len();
    c.find(Locator::Id("toggle-events")).await?.click().await?;
    let hidden: serde_json::Value = c
        .execute(
            "return [...document.querySelectorAll('.article .s:not(.has-ev)')]\
             .filter(e => e.offsetParent !== null).length;",
            vec![],
        )
        .await?;
    assert_eq!(hidden, serde_json::json!(0), "plain sentences still shown");
    assert!(before > 0);

    // Search from the header.
    let q = c.find(Locator::Css("header form.search input")).await?;
    q.send_keys("prisoner exchange\n").await?;
    c.wait().for_element(Locator::Css("ol.hits li")).await?;
    let hits = c.find_all(Locator::Css("ol.hits li")).await?;
    assert!(!hits.is_empty());
    let first = hits[0].find(Locator::Css("mark")).await?.text().await?;
    assert!(
        ["prisoner", "exchange"].contains(&first.to_lowercase().as_str()),
        "{first}"
    );
    // A hit leads to its sentence.
    hits[0]
        .find(Locator::Css("a.sentence"))
        .await?
        .click()
        .await?;
    c.wait().for_element(Locator::Css("div.article")).await?;
    let frag = c.current_url().await?.fragment().unwrap_or("").to_string();
    assert!(frag.starts_with("s-"), "{frag}");
    c.find(Locator::Css(&format!("#{frag}"))).await?;

    // No script of the article ran, no console of errors: the only script
    // element is ours.
    let scripts: serde_json::Value = c
        .execute(
            "return [...document.scripts].map(s => s.getAttribute('src'));",
            vec![],
        )
        .await?;
    assert_eq!(scripts, serde_json::json!(["/static/app.js"]));
    Ok(())
}

#[test]
fn hostile_article_runs_no_script_in_the_browser() {
    if !browser_here("hostile_article_runs_no_script_in_the_browser") {
        return;
    }
    let f = fixture();
    let server = serve(&f.db, None);
    let base = server.url();
    let (_driver, port) = start_driver();
    let profile = f.dir.path().join("chromium-profile-2");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let c = browser(port, &profile).await;
        c.goto(&format!("{base}/documents/{}", f.hostile_id))
            .await
            .unwrap();
        // Any payload that ran would have opened an alert or added an image.
        let alert = c.get_alert_text().await;
        assert!(alert.is_err(), "an alert opened: {alert:?}");
        let imgs = c.find_all(Locator::Css("img")).await.unwrap();
        assert!(imgs.is_empty());
        let text = c
            .find(Locator::Css("div.article"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(text.contains("<script>alert('pwned')</script>"), "{text}");
        assert!(text.contains("<img src=x onerror=alert(1)>"), "{text}");
        let title = c.title().await.unwrap();
        assert!(title.contains("<script>alert('title')</script>"), "{title}");
        let _ = c.close().await;
    });
}
