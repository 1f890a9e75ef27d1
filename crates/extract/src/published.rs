//! Guessing an article's publication date from its text, for inputs that
//! carry none (a plain text file has no metadata): a date line in the page
//! header ("Friday 20 February 2026", "Published on 26/09/2024 at 10:42",
//! "27.06.2025, 09:14"), a wire dateline ("GENEVA, March 3, 2025 - …"), or,
//! as a weaker guess, the latest date closing a short line (a photo
//! caption: "… in Geneva, November 18, 2025").
//!
//! Pure string work, no knowledge base: month names are English; numeric
//! dates are day first (`08/03/2024` is 8 March) unless that cannot be.

use chrono::NaiveDate;

/// How a guessed date was found: the command line trusts the first two as
/// the document's own, and only falls back to the last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// A header line that is a date ("Published on …", "Friday 20 February 2026").
    Header,
    /// A dateline opening the first paragraph ("LONDON, 3 March 2025 -").
    Dateline,
    /// The latest date ending a short line (a caption): a weaker guess.
    Caption,
}

/// A guessed publication date, how it was found and the line it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guess {
    pub date: NaiveDate,
    pub how: How,
    pub line: String,
}

impl Guess {
    /// Whether the date is the document's own (a header or dateline), not
    /// only a date it mentions.
    pub fn is_own(&self) -> bool {
        matches!(self.how, How::Header | How::Dateline)
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/// Words a header date line may carry besides the date.
const HEADER_WORDS: [&str; 12] = [
    "published",
    "updated",
    "posted",
    "on",
    "at",
    "last",
    "modified",
    "gmt",
    "utc",
    "am",
    "pm",
    "date",
];

fn month_of(w: &str) -> Option<u32> {
    let l = w.trim_end_matches('.').to_ascii_lowercase();
    if l.len() < 3 {
        return None;
    }
    let i = MONTHS.iter().position(|m| l.starts_with(m))?;
    // "March", "Mar", "Sept": a month word, not "mayor" or "marine".
    let full = detente_doc::date::MONTH_NAMES[i];
    (full.starts_with(&l) || l == "sept").then_some(i as u32 + 1)
}

fn is_weekday(w: &str) -> bool {
    let l = w.trim_end_matches('.').to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .any(|d| l == *d || (l.starts_with(d) && l.ends_with("day")))
        || matches!(l.as_str(), "tues" | "thur" | "thurs")
}

/// Tokens: runs of letters or digits (with `.`, `/`, `-` and `:` kept inside
/// numbers: "27.06.2025", "08/03/2024", "2025-04-07", "09:14").
fn tokens(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let s = i;
            while i < b.len()
                && (b[i].is_ascii_digit()
                    || (matches!(b[i], b'.' | b'/' | b'-' | b':' | b'T')
                        && i + 1 < b.len()
                        && b[i + 1].is_ascii_digit()))
            {
                i += 1;
            }
            // Ordinal suffixes: "3rd", "21st".
            let e = i;
            out.push(&line[s..e]);
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'.') {
                i += 1;
            }
            out.push(line[s..i].trim_end_matches('.'));
        } else if c < 0x80 {
            i += 1;
        } else {
            // A non-ASCII word (another script): one token.
            let s = i;
            i += 1;
            while i < b.len() && (b[i] >= 0x80 || b[i].is_ascii_alphabetic()) {
                i += 1;
            }
            out.push(&line[s..i]);
        }
    }
    out
}

fn ymd(y: i64, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1900..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// A numeric date token: `DD.MM.YYYY`, `DD/MM/YYYY` (`MM/DD/YYYY` when the
/// first number cannot be a month… or the second cannot), `YYYY-MM-DD`
/// (with an optional `THH:MM`).
fn numeric(t: &str) -> Option<NaiveDate> {
    let t = t.split('T').next().unwrap_or(t);
    for sep in ['.', '/', '-'] {
        let parts: Vec<&str> = t.split(sep).collect();
        if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) {
            continue;
        }
        let n: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if n.len() != 3 {
            return None;
        }
        if parts[0].len() == 4 {
            return ymd(n[0], n[1] as u32, n[2] as u32);
        }
        if parts[2].len() != 4 {
            return None;
        }
        let (a, b, y) = (n[0] as u32, n[1] as u32, n[2]);
        return ymd(y, b, a).or_else(|| ymd(y, a, b));
    }
    None
}

fn year_of(t: &str) -> Option<i64> {
    (t.len() == 4)
        .then(|| t.parse::<i64>().ok())
        .flatten()
        .filter(|y| (1900..=2200).contains(y))
}

fn day_of(t: &str) -> Option<u32> {
    (t.len() <= 2)
        .then(|| t.parse::<u32>().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// Dates in a token list: (first token, one past the last, date).
fn dates_in(toks: &[&str]) -> Vec<(usize, usize, NaiveDate)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(d) = numeric(toks[i]) {
            out.push((i, i + 1, d));
            i += 1;
            continue;
        }
        // "20 February 2026"
        if let (Some(d), Some(m), Some(y)) = (
            day_of(toks[i]),
            toks.get(i + 1).and_then(|t| month_of(t)),
            toks.get(i + 2).and_then(|t| year_of(t)),
        ) {
            if let Some(date) = ymd(y, m, d) {
                out.push((i, i + 3, date));
                i += 3;
                continue;
            }
        }
        // "February 20, 2026"
        if let (Some(m), Some(d), Some(y)) = (
            month_of(toks[i]),
            toks.get(i + 1).and_then(|t| day_of(t)),
            toks.get(i + 2).and_then(|t| year_of(t)),
        ) {
            if let Some(date) = ymd(y, m, d) {
                out.push((i, i + 3, date));
                i += 3;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn is_time(t: &str) -> bool {
    let p: Vec<&str> = t.split(':').collect();
    (2..=3).contains(&p.len())
        && p.iter()
            .all(|x| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit()))
}

/// A header line that is a date and little else: the first date in it.
fn header_date(line: &str) -> Option<NaiveDate> {
    let toks = tokens(line);
    let found = dates_in(&toks);
    let (_, _, first) = *found.first()?;
    let mut covered = vec![false; toks.len()];
    for (s, e, _) in &found {
        covered[*s..*e].iter_mut().for_each(|c| *c = true);
    }
    let others = toks
        .iter()
        .zip(&covered)
        .filter(|(t, c)| {
            !**c && !is_time(t)
                && !is_weekday(t)
                && !HEADER_WORDS.contains(&t.to_ascii_lowercase().as_str())
                && !t.bytes().all(|b| b.is_ascii_digit())
        })
        .count();
    // Only the date (and its time, weekday, "Published on"), or a byline
    // or publication note around it: "Talks on 3 May 2025" is a headline.
    let noted = toks.iter().any(|t| {
        matches!(
            t.to_ascii_lowercase().as_str(),
            "published" | "updated" | "posted" | "by"
        )
    });
    (others == 0 || (noted && others <= 4)).then_some(first)
}

/// A dateline opening a paragraph: capitals, a comma, a date, a dash.
fn dateline_date(line: &str) -> Option<NaiveDate> {
    let dash = line
        .char_indices()
        .take(80)
        .find(|(_, c)| matches!(c, '-' | '–' | '—'))
        .map(|(i, _)| i)?;
    let head = &line[..dash];
    let (place, rest) = head.split_once(',')?;
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    let toks = tokens(rest);
    let found = dates_in(&toks);
    found.first().map(|(_, _, d)| *d)
}

/// The line a date closes, if it is short (a caption or credit).
fn caption_date(line: &str) -> Option<NaiveDate> {
    if line.chars().count() > 220 {
        return None;
    }
    let toks = tokens(line);
    let found = dates_in(&toks);
    let &(_, end, d) = found.last()?;
    (end == toks.len()).then_some(d)
}

/// The publication date the text itself gives, if any (see the module).
pub fn guess(text: &str) -> Option<Guess> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // The header: lines before the first paragraph of prose.
    let body = lines
        .iter()
        .position(|l| l.split_whitespace().count() >= 25)
        .unwrap_or(lines.len());
    for l in lines.iter().take(body.min(20)) {
        if let Some(date) = header_date(l) {
            return Some(Guess {
                date,
                how: How::Header,
                line: l.to_string(),
            });
        }
    }
    if let Some(l) = lines.get(body) {
        if let Some(date) = dateline_date(l) {
            return Some(Guess {
                date,
                how: How::Dateline,
                line: l.chars().take(80).collect(),
            });
        }
    }
    lines
        .iter()
        .filter_map(|l| caption_date(l).map(|d| (d, l)))
        .max_by_key(|(d, _)| *d)
        .map(|(date, l)| Guess {
            date,
            how: How::Caption,
            line: l.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn g(text: &str) -> Option<(NaiveDate, How)> {
        guess(text).map(|g| (g.date, g.how))
    }

    const PROSE: &str = "The two foreign ministers met on Tuesday for talks that both of \
them later described as useful, and they said that their deputies would meet again \
next week to settle the remaining questions about the border crossings.";

    #[test]
    fn header_lines() {
        for (head, want) in [
            ("Friday 20 February 2026", "2026-02-20"),
            ("August 14, 2025", "2025-08-14"),
            ("27.06.2025, 09:14", "2025-06-27"),
            ("08/03/2024 - 07:55", "2024-03-08"),
            (
                "Published on 26/09/2024 at 10:42 - Updated on 27/09/2024 at 11:15",
                "2024-09-26",
            ),
            ("04.12.2025 12:20", "2025-12-04"),
            ("2025-04-07T10:00:00Z", "2025-04-07"),
            ("Updated: Mar. 3rd, 2025", "2025-03-03"),
        ] {
            let text = format!("Menu\nA headline about talks\n{head}\n\n{PROSE}\n");
            assert_eq!(g(&text), Some((d(want), How::Header)), "{head}");
        }
    }

    #[test]
    fn datelines() {
        let text = format!("A headline\n\nVIENNA, 3 March 2025 - {PROSE}");
        assert_eq!(g(&text), Some((d("2025-03-03"), How::Dateline)));
        // No year: not a date to trust.
        let text = format!("A headline\n\nVIENNA, March 3 - {PROSE}");
        assert_eq!(g(&text), None);
    }

    #[test]
    fn captions_are_a_weaker_guess() {
        let text = format!(
            "A headline\n\n{PROSE}\n\nThe envoys before their meeting in Vienna, May 4, 2025\n\n{PROSE} \
The previous treaty was signed on 1 June 2021 after long talks between the two sides.\n"
        );
        let got = guess(&text).unwrap();
        assert_eq!((got.date, got.how), (d("2025-05-04"), How::Caption));
        assert!(!got.is_own());
    }

    #[test]
    fn headlines_with_numbers_or_dates_in_prose_are_not_dates() {
        // A headline naming a date among many words is not a date line.
        let text =
            format!("Talks planned for 12 May 2025 in Vienna between the two ministers\n\n{PROSE}");
        assert_eq!(g(&text), None);
        // A short headline ending with a date is at most a weak guess.
        let text = format!("Talks on 3 May 2025\n\n{PROSE}");
        assert!(guess(&text).is_none_or(|g| !g.is_own()));
        // A byline with its date is a date line.
        let text = format!("A headline\nBy Jane Doe, March 3, 2025\n\n{PROSE}");
        assert_eq!(g(&text), Some((d("2025-03-03"), How::Header)));
        assert_eq!(g(PROSE), None);
        assert_eq!(g("The mayor of Marseille spoke."), None);
        assert_eq!(g(""), None);
    }
}
