//! Fixtures and the word-level score shared by the integration tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

pub struct Fixture {
    pub name: String,
    pub html: Vec<u8>,
    /// Expected article text (paragraphs separated by blank lines).
    pub expected: String,
    /// Strings (navigation, cookie banner, footer, ...) the text must not contain.
    pub noise: Vec<String>,
    /// `key=value` lines of `NAME.meta`; an empty value means "expected None".
    pub meta: HashMap<String, String>,
}

impl Fixture {
    pub fn url(&self) -> Option<&str> {
        self.meta
            .get("url")
            .map(String::as_str)
            .filter(|u| !u.is_empty())
    }
}

pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every `tests/fixtures/NAME.html` with its `.txt`, `.noise` and `.meta`.
pub fn fixtures() -> Vec<Fixture> {
    let dir = dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures dir")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "html")
                .then(|| p.file_stem().map(|s| s.to_string_lossy().into_owned()))?
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let read = |ext: &str| std::fs::read_to_string(dir.join(format!("{name}.{ext}")));
            let meta = read("meta")
                .unwrap_or_default()
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect();
            Fixture {
                html: std::fs::read(dir.join(format!("{name}.html"))).expect("fixture html"),
                expected: read("txt").expect("fixture txt"),
                noise: read("noise")
                    .unwrap_or_default()
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
                meta,
                name,
            }
        })
        .collect()
}

/// Lower-cased runs of letters and digits.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Word-level (bag of words) precision, recall and F1 of `got` against `expected`.
pub fn prf(got: &str, expected: &str) -> (f64, f64, f64) {
    let g = words(got);
    let e = words(expected);
    let mut left: HashMap<&str, usize> = HashMap::new();
    for w in &e {
        *left.entry(w).or_default() += 1;
    }
    let mut common = 0usize;
    for w in &g {
        if let Some(n) = left.get_mut(w.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    let p = if g.is_empty() {
        0.0
    } else {
        common as f64 / g.len() as f64
    };
    let r = if e.is_empty() {
        0.0
    } else {
        common as f64 / e.len() as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}
