//! Date expressions, resolved against the publication date.
//!
//! Full dates, day and month without a year, month and year, years, ranges
//! ("April 2 and 3", "from 2 to 4 April"), weekdays, and relative expressions
//! (yesterday, last/this/next week, in the coming days, since March 18, in
//! the last three days, a month ago). What cannot be resolved is kept as
//! text with no value.

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use detente_doc::{date::last_of_month, BlockKind, DateMention, DateValue, Doc, Precision, Span};
use regex::Regex;
use std::sync::OnceLock;

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT?\.?|OCT\.?|NOV\.?|DEC\.?)";
const DAY: &str = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const NUM: &str =
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})";

fn regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pre = r"(?:(?P<pre>[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Oo]n|[Ii]n|[Oo]f|[Ee]arly|[Ll]ate|[Ss]tarting) )?";
        let alts = [
            // 2025-03-18
            r"(?P<iso>(?-u:\b)[0-9]{4}-[0-9]{2}-[0-9]{2}(?-u:\b))".to_string(),
            // from 2 to 4 April (2025)
            format!(r"(?P<dr>(?-u:\b){DAY}) ?(?:-|–|to|and) ?(?P<dr2>{DAY}) (?P<drm>{MONTH})(?:,? (?P<dry>[0-9]{{4}}))?(?-u:\b)"),
            // April 2 and 3 (, 2025) / March 18 (, 2025)
            format!(r"(?P<md>{MONTH}) (?P<mdd>{DAY})(?-u:\b)(?: ?(?:-|–|and|to|through) ?(?P<mdd2>{DAY})(?-u:\b))?(?:,? (?P<mdy>[0-9]{{4}})(?-u:\b))?"),
            // 18 March (2025)
            format!(r"(?P<dm>(?-u:\b){DAY}) (?:of )?(?P<dmm>{MONTH})(?:,? (?P<dmy>[0-9]{{4}}))?(?-u:\b)"),
            // July 2022
            format!(r"(?P<my>{MONTH}),? (?P<myy>[0-9]{{4}})(?-u:\b)"),
                        // in 2017 / since 2014
            r"(?P<yr>(?-u:\b)(?:19|20)[0-9]{2})(?-u:\b)".to_string(),
            // in April, at the end of March, in mid-May
            // last November, next March
            r"(?P<mo>(?P<moq>(?i:last|next|this) )?(?P<mopart>(?i:at the end of|at the beginning of|at the start of|the end of|the beginning of|the middle of|early|mid-?|late) )?(?P<mom>January|February|March|April|May|June|July|August|September|October|November|December))(?-u:\b)".to_string(),
            // (last|next|this) Monday, on Monday
            r"(?P<wdq>(?i:last|next|this) )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)".to_string(),
            // relative words
                        r"(?P<rel>(?i:the day before yesterday|yesterday|last night|last evening|earlier today|this morning|this afternoon|this evening|today|tomorrow|tonight|on the eve|the day before|the previous day))(?-u:\b)".to_string(),
            // the weekend of a wire story: the one just past, this one or the next
            r"(?P<wkend>(?i:last|this|next|over the|at the) weekend)(?-u:\b)".to_string(),
            r"(?P<per>(?i:(?:earlier|later) this|last|this|next|past|coming|the previous|the following) (?i:week|month|year))(?-u:\b)".to_string(),
            format!(r"(?P<comn>(?i:in the (?:coming|next|following) (?:(?:few|{NUM}) )?(?:days|weeks|months)))(?-u:\b)"),
            r"(?P<near>(?i:in the near future|soon))(?-u:\b)".to_string(),
            format!(r"(?P<ago>(?i:{NUM}) (?i:days?|weeks?|months?|years?) ago)(?-u:\b)"),
            format!(r"(?P<last>(?i:(?:in|over|during|for) the (?:last|past) (?:{NUM} )?(?:days?|weeks?|months?|years?)))(?-u:\b)"),
        ];
        let body = alts.join("|");
        Regex::new(&format!(r"{pre}(?:{body})")).expect("date regex compiles")
    })
}

fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.').to_ascii_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    names
        .iter()
        .position(|n| m.starts_with(n))
        .map(|i| i as u32 + 1)
}

fn day_number(d: &str) -> Option<u32> {
    d.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

fn number_word(w: &str) -> Option<i64> {
    let w = w.to_ascii_lowercase();
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    if w == "a" || w == "an" {
        return Some(1);
    }
    if let Some(i) = words.iter().position(|x| *x == w) {
        return Some(i as i64 + 1);
    }
    w.parse().ok()
}

fn week_of(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
    (monday, monday + Duration::days(6))
}

fn add_months(d: NaiveDate, months: i32) -> NaiveDate {
    let total = d.year() * 12 + d.month0() as i32 + months;
    NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1).unwrap_or(d)
}

fn weekday(s: &str) -> Weekday {
    match &s[..3] {
        "Mon" => Weekday::Mon,
        "Tue" => Weekday::Tue,
        "Wed" => Weekday::Wed,
        "Thu" => Weekday::Thu,
        "Fri" => Weekday::Fri,
        "Sat" => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Days after publication within which a day and month without a year is
/// the coming one, whatever the tense: news does not tell last year's "April
/// 10" a week before this year's without saying so ("would impose tariffs
/// from April 10").
const NEAR_DAYS_AHEAD: i64 = 14;

/// Resolve a day and month without a year: the most recent past occurrence,
/// or the coming one when the sentence speaks of the future or the day is
/// only days ahead (`near_ahead`: unless the words look back, "since").
fn resolve_day_month(
    p: NaiveDate,
    month: u32,
    day: u32,
    future: bool,
    near_ahead: bool,
) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(p.year(), month, day)?;
    if future {
        if this < p {
            NaiveDate::from_ymd_opt(p.year() + 1, month, day)
        } else {
            Some(this)
        }
    } else if near_ahead && this > p && (this - p).num_days() <= NEAR_DAYS_AHEAD {
        Some(this)
    } else if this > p {
        NaiveDate::from_ymd_opt(p.year() - 1, month, day)
    } else {
        Some(this)
    }
}

/// The date of a dateline that opens one of the first paragraphs: "MOSCOW,
/// Feb 18 (Agency) —", "GENEVA, 18 February 2025 /Agency/ -", "KYIV, Ukraine,
/// Feb. 18 —". A wire story's weekdays and "yesterday" count from it.
pub fn dateline(doc: &Doc, published: NaiveDate) -> Option<NaiveDate> {
    static LINE: OnceLock<Regex> = OnceLock::new();
    let line = LINE.get_or_init(|| {
        Regex::new(&format!(
            r"^(?:[A-Z][A-Za-zÀ-ɏ.'’ -]{{1,40}}, ){{1,2}}(?P<date>(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:{MONTH} {DAY}|{DAY} {MONTH})(?:,? [0-9]{{4}})?)(?:,? [0-9]{{1,2}}[:.][0-9]{{2}}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{{2,4}})?)? *(?:\([^)]{{1,40}}\) *|/[^/]{{1,40}}/ *)?(?:—|–|-{{1,2}}|:)"
        ))
        .expect("dateline regex compiles")
    });
    let re = regex();
    doc.blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading))
        .take(3)
        .find_map(|b| {
            let text = &doc.text[b.span.start..b.span.end];
            let date = line.captures(text)?.name("date")?.as_str();
            // The date itself, read as any date is read (the last match skips a weekday).
            let c = re
                .captures_iter(date)
                .filter(|c| c.name("wd").is_none())
                .last()?;
            let d = resolve(&c, published, false, false)?;
            (d.precision == Precision::Day && d.start <= published)
                .then_some(d.start)
                .filter(|d| (published - *d).num_days() <= 7)
        })
}

/// A weekday that names the day of a date right after it ("Saturday,
/// October 7, 2023", "Tuesday 18 February") is part of that date.
fn weekday_of_a_date(after: &str) -> bool {
    static NEXT: OnceLock<Regex> = OnceLock::new();
    let next = NEXT.get_or_init(|| {
        Regex::new(&format!(
            r"^,? (?:the )?(?:{DAY}(?: of)? {MONTH}|{MONTH} {DAY}|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})"
        ))
        .expect("weekday regex compiles")
    });
    next.is_match(after)
}

/// For a day and month without a year, the month and year of a full date
/// that ends the range it opens ("30 September and 2 October 2023").
fn year_after(c: &regex::Captures, after: &str) -> Option<(u32, i32)> {
    let yearless = (c.name("md").is_some() && c.name("mdy").is_none())
        || (c.name("dmm").is_some() && c.name("dmy").is_none());
    if !yearless {
        return None;
    }
    static NEXT: OnceLock<Regex> = OnceLock::new();
    let next = NEXT.get_or_init(|| {
        Regex::new(&format!(
            r"^ ?(?:-|–|and|to|until|through) (?:{DAY} (?P<m1>{MONTH})|(?P<m2>{MONTH}) {DAY}),? (?P<y>[0-9]{{4}})(?-u:\b)"
        ))
        .expect("range regex compiles")
    });
    let n = next.captures(after)?;
    let month = month_number(n.name("m1").or(n.name("m2"))?.as_str())?;
    Some((month, n.name("y")?.as_str().parse().ok()?))
}

/// Find and resolve every date expression in `doc`.
pub fn recognise_dates(doc: &mut Doc) {
    let re = regex();
    let mut out = Vec::new();
    // Relative expressions count from the news day: the dateline's date, else publication.
    let reference = doc.published.map(|p| dateline(doc, p).unwrap_or(p));
    for s in 0..doc.sentences.len() {
        let span = doc.sentences[s].span;
        let text = &doc.text[span.start..span.end];
        // The DFA finds matches fast; captures run only where one starts.
        for found in re.find_iter(text) {
            let Some(c) = re.captures_at(&text[..found.end()], found.start()) else {
                continue;
            };
            let m = c.get(0).expect("whole match");
            let lower = &doc.lower[span.start..span.end];
            let future = speaks_of_future(date_clause(lower, m.start(), m.end()));
            let pre = c.name("pre").map(|x| x.as_str().to_ascii_lowercase());
            // A bare year needs a preposition, or it is a number ("2000 troops").
            if c.name("yr").is_some() && pre.is_none() {
                let after = &text[m.end()..];
                if !after.starts_with(',') && !after.starts_with('-') {
                    continue;
                }
            }
            if c.name("near").is_some() && pre.is_some() {
                continue;
            }
            if c.name("wd").is_some() && weekday_of_a_date(&text[m.end()..]) {
                continue;
            }
            // A month alone needs a preposition or a part of the month ("May" is a verb too).
            if c.name("mom").is_some()
                && pre.is_none()
                && c.name("mopart").is_none()
                && c.name("moq").is_none()
            {
                continue;
            }
            // "ahead of Human Rights Day on Sunday": the day of what is
            // ahead is to come.
            let mut from = m.start().saturating_sub(40);
            while !lower.is_char_boundary(from) {
                from += 1;
            }
            let before = &lower[from..m.start()];
            let future = future
                || before
                    .rfind("ahead of ")
                    .is_some_and(|i| !before[i..].contains(','));
            // "Since March 3" looks back whatever the sentence's tense.
            let future = match pre.as_deref() {
                Some("since") => false,
                Some("until") => true,
                _ => future,
            };
            let near_ahead = pre.as_deref() != Some("since");
            let mut value = reference.and_then(|p| resolve(&c, p, future, near_ahead));
            // "between 30 September and 2 October 2023": the first day takes the year of the second.
            if let (Some(v), Some((month, year))) =
                (value.as_mut(), year_after(&c, &text[m.end()..]))
            {
                let y = if v.start.month() > month {
                    year - 1
                } else {
                    year
                };
                if let Some(d) = NaiveDate::from_ymd_opt(y, v.start.month(), v.start.day()) {
                    *v = DateValue::day(d);
                }
            }
            // Keep prepositions that are part of the expression's meaning; drop "on", "in", "of".
            let start = match pre.as_deref() {
                Some(
                    "since" | "from" | "until" | "till" | "by" | "before" | "after" | "early"
                    | "late" | "starting",
                ) => m.start(),
                _ => c.name("pre").map_or(m.start(), |p| p.end() + 1),
            };
            let since =
                matches!(pre.as_deref(), Some("since" | "starting")) || c.name("last").is_some();
            let relative = matches!(
                pre.as_deref(),
                Some("before" | "after" | "until" | "till" | "by")
            );
            out.push(DateMention {
                span: Span::new(span.start + start, span.start + m.end()),
                value: value.map(|mut v| {
                    if since && c.name("last").is_none() {
                        if let Some(p) = doc.published {
                            if p > v.start {
                                v.end = Some(p);
                            }
                        }
                    }
                    v
                }),
                since,
                relative,
            });
        }
    }
    doc.dates = out;
}

/// The clause of a sentence around a date at `start..end`: "On Tuesday the
/// sides agreed on lists of people who will be freed" is a past Tuesday, the
/// "will" belongs to the relative clause.
fn date_clause(lower: &str, start: usize, end: usize) -> &str {
    let breaks = clause_breaks();
    // Where the last break before the date ends (of every break's last
    // occurrence, the one that ends latest).
    let from = breaks
        .all
        .find_overlapping_iter(&lower[..start])
        .map(|m| m.end())
        .max()
        .unwrap_or(0);
    // "said on Wednesday it will not return": the date of a statement in
    // the past ends its clause; what it reports is another.
    // Also "said in a statement on Wednesday", "told reporters on Monday";
    // what comes before the verb of saying is not that clause either.
    let before = &lower[from..start];
    let stated = before
        .split_whitespace()
        .rev()
        .take(6)
        .find(|w| STATED.contains(w))
        .and_then(|w| before.rfind(&format!(" {w} ")).map(|i| from + i + 1));
    if let Some(verb) = stated {
        return &lower[verb..end];
    }
    // Where the first break after the date starts (the leftmost match is
    // the one that starts first).
    let to = breaks
        .first
        .find(&lower[end..])
        .map_or(lower.len(), |m| end + m.start());
    &lower[from..to]
}

/// What ends a date's clause: a relative pronoun, a conjunction after a
/// comma, a semicolon.
const CLAUSE_BREAKS: &[&str] = &[
    " who ",
    " whom ",
    " which ",
    " that ",
    ", and ",
    "; ",
    ", but ",
    ", while ",
    ", although ",
];

/// [`CLAUSE_BREAKS`] as automata: [`date_clause`] asked a string search
/// of each break before and after every date (eighteen searches a date).
struct ClauseBreaks {
    /// Every occurrence, overlapping ones included.
    all: AhoCorasick,
    /// The leftmost occurrence.
    first: AhoCorasick,
}

fn clause_breaks() -> &'static ClauseBreaks {
    static BREAKS: OnceLock<ClauseBreaks> = OnceLock::new();
    BREAKS.get_or_init(|| ClauseBreaks {
        all: AhoCorasick::new(CLAUSE_BREAKS).expect("clause breaks"),
        first: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(CLAUSE_BREAKS)
            .expect("clause breaks"),
    })
}

/// Past verbs of a statement whose date is the statement's.
const STATED: &[&str] = &[
    "said",
    "told",
    "announced",
    "stated",
    "added",
    "confirmed",
    "warned",
    "declared",
    "insisted",
    "wrote",
    "reported",
];

/// Future tense or a plan in the sentence.
pub fn speaks_of_future(lower: &str) -> bool {
    static FUTURE: OnceLock<AhoCorasick> = OnceLock::new();
    FUTURE
        .get_or_init(|| AhoCorasick::new(FUTURE_MARKERS).expect("future markers"))
        .is_match(lower)
        || lower.starts_with("will ")
}

/// Words that put a clause in the future, looked for anywhere in it (one
/// automaton rather than a search for each).
const FUTURE_MARKERS: &[&str] = &[
    " will ",
    " shall ",
    "is expected",
    "are expected",
    "is scheduled",
    "are scheduled",
    "is due ",
    "are due ",
    " plans to ",
    " plan to ",
    "planned for",
    "upcoming",
    " to be held",
    "'ll ",
    "is set to",
    "are set to",
    "will be",
];

fn resolve(c: &regex::Captures, p: NaiveDate, future: bool, near_ahead: bool) -> Option<DateValue> {
    let get = |n: &str| c.name(n).map(|m| m.as_str());
    if let Some(iso) = get("iso") {
        return NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .ok()
            .map(DateValue::day);
    }
    let day_month =
        |month: &str, d1: &str, d2: Option<&str>, year: Option<&str>| -> Option<DateValue> {
            let m = month_number(month)?;
            let d1 = day_number(d1)?;
            let start = match year.and_then(|y| y.parse::<i32>().ok()) {
                Some(y) => NaiveDate::from_ymd_opt(y, m, d1)?,
                None => resolve_day_month(p, m, d1, future, near_ahead)?,
            };
            match d2.and_then(day_number) {
                Some(d2) if d2 > d1 => {
                    let end = NaiveDate::from_ymd_opt(start.year(), m, d2)?;
                    Some(DateValue::range(start, end, Precision::Day))
                }
                _ => Some(DateValue::day(start)),
            }
        };
    if let Some(month) = get("drm") {
        return day_month(month, get("dr")?, get("dr2"), get("dry"));
    }
    if let Some(month) = get("md") {
        return day_month(month, get("mdd")?, get("mdd2"), get("mdy"));
    }
    if let Some(month) = get("dmm") {
        return day_month(month, get("dm")?, None, get("dmy"));
    }
    if let Some(month) = get("my") {
        let m = month_number(month)?;
        let y: i32 = get("myy")?.parse().ok()?;
        return Some(DateValue {
            start: NaiveDate::from_ymd_opt(y, m, 1)?,
            end: None,
            precision: Precision::Month,
        });
    }
    if let Some(month) = get("mom") {
        // A month alone: the latest one, or the coming one in the future.
        let m = month_number(month)?;
        let mut y = p.year();
        // "last November" is the latest before this month, "next March"
        // the first after it, whatever the tense.
        match get("moq").map(|q| q.trim().to_ascii_lowercase()).as_deref() {
            Some("last") if m >= p.month() => y -= 1,
            Some("next") if m <= p.month() => y += 1,
            Some(_) => {}
            None if future && m < p.month() => y += 1,
            None if !future && m > p.month() => y -= 1,
            None => {}
        }
        return Some(DateValue {
            start: NaiveDate::from_ymd_opt(y, m, 1)?,
            end: None,
            precision: Precision::Month,
        });
    }
    if let Some(y) = get("yr") {
        let y: i32 = y.parse().ok()?;
        return Some(DateValue {
            start: NaiveDate::from_ymd_opt(y, 1, 1)?,
            end: None,
            precision: Precision::Year,
        });
    }
    if let Some(wd) = get("wd") {
        let target = weekday(wd);
        let q = get("wdq").map(|q| q.trim().to_ascii_lowercase());
        let back = (p.weekday().num_days_from_monday() as i64
            - target.num_days_from_monday() as i64)
            .rem_euclid(7);
        let d = match q.as_deref() {
            Some("next") => p + Duration::days(if back == 0 { 7 } else { 7 - back }),
            Some("last") => p - Duration::days(if back == 0 { 7 } else { back }),
            Some("this") => week_of(p).0 + Duration::days(target.num_days_from_monday() as i64),
            _ if future => p + Duration::days((7 - back) % 7),
            _ => p - Duration::days(back),
        };
        return Some(DateValue::day(d));
    }
    if let Some(r) = get("rel") {
        let r = r.to_ascii_lowercase();
        let d = match r.as_str() {
            "the day before yesterday" => p - Duration::days(2),
            "yesterday" | "last night" | "last evening" | "on the eve" | "the day before"
            | "the previous day" => p - Duration::days(1),
            "tomorrow" => p + Duration::days(1),
            _ => p,
        };
        return Some(DateValue::day(d));
    }
    if let Some(w) = get("wkend") {
        let w = w.to_ascii_lowercase();
        // Saturday of the current week (Monday-based), then shift.
        let saturday = week_of(p).0 + Duration::days(5);
        let saturday = if w.starts_with("last") {
            // the weekend just past: on a Sunday that is yesterday and today
            if p.weekday() == Weekday::Sun {
                saturday
            } else {
                saturday - Duration::days(7)
            }
        } else if w.starts_with("next") {
            saturday + Duration::days(7)
        } else if future || p.weekday().num_days_from_monday() >= 5 {
            // "will meet this weekend"; on a weekend, this one
            saturday
        } else {
            // "met over the weekend", told on a weekday
            saturday - Duration::days(7)
        };
        return Some(DateValue::range(
            saturday,
            saturday + Duration::days(1),
            Precision::Week,
        ));
    }
    if let Some(per) = get("per") {
        let per = per.to_ascii_lowercase();
        let unit = per.rsplit(' ').next()?;
        let shift: i32 = if per.starts_with("next")
            || per.starts_with("coming")
            || per.starts_with("the following")
        {
            1
        } else if per.starts_with("last")
            || per.starts_with("past")
            || per.starts_with("the previous")
        {
            -1
        } else {
            0
        };
        return Some(match unit {
            "week" => {
                let (mon, sun) = week_of(p + Duration::days(7 * shift as i64));
                DateValue::range(mon, sun, Precision::Week)
            }
            "month" => {
                let d = add_months(p, shift);
                DateValue {
                    start: d,
                    end: None,
                    precision: Precision::Month,
                }
            }
            _ => DateValue {
                start: NaiveDate::from_ymd_opt(p.year() + shift, 1, 1)?,
                end: None,
                precision: Precision::Year,
            },
        });
    }
    if let Some(com) = get("comn") {
        let com = com.to_ascii_lowercase();
        let days = if com.contains("week") {
            21
        } else if com.contains("month") {
            90
        } else {
            7
        };
        return Some(DateValue::range(
            p,
            p + Duration::days(days),
            Precision::Week,
        ));
    }
    if get("near").is_some() {
        return None;
    }
    if let Some(ago) = get("ago") {
        let mut w = ago.split(' ');
        let n = number_word(w.next()?)?;
        let unit = w.next()?;
        return Some(if unit.starts_with("day") {
            DateValue::day(p - Duration::days(n))
        } else if unit.starts_with("week") {
            DateValue {
                start: p - Duration::days(7 * n),
                end: None,
                precision: Precision::Week,
            }
        } else if unit.starts_with("month") {
            // "A month ago" counts back from the day of writing, to the day.
            DateValue::day(p.checked_sub_months(chrono::Months::new(n as u32))?)
        } else {
            DateValue {
                start: NaiveDate::from_ymd_opt(p.year() - n as i32, 1, 1)?,
                end: None,
                precision: Precision::Year,
            }
        });
    }
    if let Some(last) = get("last") {
        let words: Vec<&str> = last.split(' ').collect();
        let unit = words.last()?;
        let n = if words.len() >= 5 {
            number_word(words[3]).unwrap_or(1)
        } else {
            1
        };
        let days = if unit.starts_with("week") {
            7 * n
        } else if unit.starts_with("month") {
            30 * n
        } else if unit.starts_with("year") {
            365 * n
        } else {
            n
        };
        return Some(DateValue::range(
            p - Duration::days(days),
            p,
            Precision::Day,
        ));
    }
    let _ = last_of_month;
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use detente_doc::{Block, BlockKind, Doc};

    fn dates(text: &str, published: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        let mut d = Doc::new(text.into(), Some(p));
        d.blocks = vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }];
        detente_text_split(&mut d);
        recognise_dates(&mut d);
        d.dates
            .iter()
            .map(|m| {
                (
                    d.slice(m.span).to_string(),
                    m.value.map(|v| v.format_start()),
                    m.value.and_then(|v| v.format_end()),
                )
            })
            .collect()
    }

    fn detente_text_split(d: &mut Doc) {
        // One sentence per test text is enough here.
        d.sentences = vec![detente_doc::Sentence {
            span: Span::new(0, d.text.len()),
            block: 0,
            first_token: 0,
            end_token: 0,
        }];
    }

    fn one(text: &str, published: &str) -> (String, Option<String>, Option<String>) {
        let v = dates(text, published);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].clone()
    }

    #[test]
    fn day_and_month_resolve_to_the_most_recent_past() {
        assert_eq!(
            one("The call took place on March 18.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-03-18")
        );
        assert_eq!(
            one("They met on December 20.", "2025-02-01").1.as_deref(),
            Some("2024-12-20")
        );
        assert_eq!(
            one("They met on 20 December.", "2025-02-01").1.as_deref(),
            Some("2024-12-20")
        );
    }

    #[test]
    fn a_day_and_month_days_ahead_is_the_coming_one() {
        // No future marker, but a week ahead: this year's, not last year's.
        let v = one(
            "China said it would impose tariffs on U.S. goods from April 10.",
            "2025-04-04",
        );
        assert_eq!(v.1.as_deref(), Some("2025-04-10"), "{v:?}");
        // Months ahead is still last year's.
        let v = one("They met on June 10.", "2025-04-04");
        assert_eq!(v.1.as_deref(), Some("2024-06-10"), "{v:?}");
    }

    #[test]
    fn a_day_of_what_is_ahead_is_to_come() {
        // Published on a Saturday: the Sunday ahead is the next day.
        let v = one(
            "The sanctions came ahead of Human Rights Day on Sunday.",
            "2023-12-09",
        );
        assert_eq!(v.1.as_deref(), Some("2023-12-10"), "{v:?}");
        // A comma closes the phrase: the strike was on the past Sunday.
        let v = one(
            "Ahead of the talks, drones struck the port on Sunday.",
            "2023-12-09",
        );
        assert_eq!(v.1.as_deref(), Some("2023-12-03"), "{v:?}");
        // Multibyte text before the date does not break the window.
        let v = one(
            "Überraschend — ahead of the vote on Sunday, ministers met.",
            "2023-12-09",
        );
        assert_eq!(v.1.as_deref(), Some("2023-12-10"), "{v:?}");
    }

    #[test]
    fn future_sentences_take_the_coming_date() {
        assert_eq!(
            one("The envoys will meet on January 10.", "2025-12-20")
                .1
                .as_deref(),
            Some("2026-01-10")
        );
    }

    #[test]
    fn full_dates_and_ranges() {
        assert_eq!(
            one("Talks in Riyadh, February 18, 2025", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-02-18")
        );
        assert_eq!(
            one(
                "He visited the United States on April 2 and 3.",
                "2025-04-07"
            ),
            (
                "April 2 and 3".into(),
                Some("2025-04-02".into()),
                Some("2025-04-03".into())
            )
        );
        assert_eq!(
            one("The forum runs from 2 to 4 June.", "2025-05-01"),
            (
                "from 2 to 4 June".into(),
                Some("2024-06-02".into()),
                Some("2024-06-04".into())
            )
        );
        assert_eq!(
            one("It was signed on 2025-01-15.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-01-15")
        );
    }

    #[test]
    fn months_and_years() {
        assert_eq!(
            one("The deal was approved in July 2022.", "2025-04-07")
                .1
                .as_deref(),
            Some("2022-07")
        );
        assert_eq!(
            one("In 2017, the consulate was closed.", "2025-04-07")
                .1
                .as_deref(),
            Some("2017")
        );
        assert!(dates("They sent 2000 troops.", "2025-04-07").is_empty());
    }

    #[test]
    fn nights_parts_of_the_day_and_weekends() {
        // 2025-04-09 is a Wednesday, 2025-04-13 a Sunday.
        let day = |text: &str, p: &str| one(text, p).1;
        assert_eq!(
            day("The two leaders spoke last night.", "2025-04-09").as_deref(),
            Some("2025-04-08")
        );
        assert_eq!(
            day("Rebels shelled the town late last evening.", "2025-04-09").as_deref(),
            Some("2025-04-08")
        );
        assert_eq!(
            day("The envoy landed in Doha this morning.", "2025-04-09").as_deref(),
            Some("2025-04-09")
        );
        let span = |text: &str, p: &str| {
            let (_, start, end) = one(text, p);
            (start.unwrap_or_default(), end.unwrap_or_default())
        };
        let weekend = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            span("The sides agreed a truce last weekend.", "2025-04-09"),
            weekend("2025-04-05", "2025-04-06")
        );
        assert_eq!(
            span("The ministers met over the weekend.", "2025-04-09"),
            weekend("2025-04-05", "2025-04-06")
        );
        assert_eq!(
            span("The ministers will meet at the weekend.", "2025-04-09"),
            weekend("2025-04-12", "2025-04-13")
        );
        assert_eq!(
            span("The ministers met this weekend.", "2025-04-13"),
            weekend("2025-04-12", "2025-04-13")
        );
        assert_eq!(
            span("The talks resume next weekend.", "2025-04-09"),
            weekend("2025-04-19", "2025-04-20")
        );
    }

    #[test]
    fn weeks_and_weekdays() {
        // 2025-04-07 is a Monday.
        assert_eq!(
            one("The delegations will meet this week.", "2025-04-07"),
            (
                "this week".into(),
                Some("2025-04-07".into()),
                Some("2025-04-13".into())
            )
        );
        assert_eq!(
            one("They will meet next week.", "2025-04-06").1.as_deref(),
            Some("2025-04-07")
        );
        assert_eq!(
            one("They met last week.", "2025-04-07").1.as_deref(),
            Some("2025-03-31")
        );
        assert_eq!(
            one("They met on Thursday.", "2025-04-07").1.as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(
            one("They will meet on Thursday.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-04-10")
        );
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(
            one("He arrived yesterday.", "2025-04-07").1.as_deref(),
            Some("2025-04-06")
        );
        assert_eq!(
            one("They will call in the coming days.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-04-07")
        );
        let s = one("Since March 18, strikes have not stopped.", "2025-04-07");
        assert_eq!(
            (s.0.as_str(), s.1.as_deref(), s.2.as_deref()),
            ("Since March 18", Some("2025-03-18"), Some("2025-04-07"))
        );
        assert_eq!(
            one("In the last three days alone, ten attacks.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-04-04")
        );
        assert_eq!(
            one("He resigned a month ago.", "2025-04-07").1.as_deref(),
            Some("2025-03-07")
        );
        assert_eq!(
            one("They met two days ago.", "2025-04-07").1.as_deref(),
            Some("2025-04-05")
        );
    }

    #[test]
    fn unresolvable_dates_are_kept_as_text() {
        let v = one("A call is expected in the near future.", "2025-04-07");
        assert_eq!(v.0, "in the near future");
        assert_eq!(v.1, None);
    }

    #[test]
    fn months_alone_and_the_eve() {
        assert_eq!(
            one("The deal was signed in March.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-03")
        );
        assert_eq!(
            one("Talks ended at the end of November.", "2025-04-07")
                .1
                .as_deref(),
            Some("2024-11")
        );
        assert_eq!(
            one("The next round will be held in December.", "2025-11-19")
                .1
                .as_deref(),
            Some("2025-12")
        );
        assert_eq!(
            one("He arrived on the eve of the summit.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-04-06")
        );
    }

    #[test]
    fn last_and_next_with_a_month() {
        // The latest before this month, the first after it.
        for (text, published, want) in [
            (
                "Turkey downed a jet last November.",
                "2016-01-30",
                "2015-11",
            ),
            ("Turkey downed a jet last January.", "2016-01-30", "2015-01"),
            ("Talks resumed last March.", "2016-06-10", "2016-03"),
            ("Talks will resume next March.", "2016-06-10", "2017-03"),
            ("Talks will resume next July.", "2016-06-10", "2016-07"),
        ] {
            let (t, v, _) = one(text, published);
            assert_eq!(v.as_deref(), Some(want), "{text}");
            assert!(
                t.starts_with("last") || t.starts_with("next"),
                "{text}: {t}"
            );
        }
    }

    #[test]
    fn a_weekday_before_a_full_date_is_part_of_it() {
        assert_eq!(
            dates("Hamas attacked on Saturday, October 7, 2023.", "2025-02-20"),
            vec![("October 7, 2023".into(), Some("2023-10-07".into()), None)]
        );
    }

    #[test]
    fn since_looks_back_in_a_future_sentence() {
        let v = one("Strikes since March 3 will not stop.", "2025-02-20");
        assert_eq!(v.1.as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn upper_case_and_short_months() {
        assert_eq!(
            one("KYIV, FEB. 18, 2025 /Agency/ — Talks began.", "2025-02-19")
                .1
                .as_deref(),
            Some("2025-02-18")
        );
        assert_eq!(
            one("They met on Mar 3.", "2025-04-07").1.as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            one("They met on the 3rd of March.", "2025-04-07")
                .1
                .as_deref(),
            Some("2025-03-03")
        );
    }

    #[test]
    fn a_dateline_is_the_news_day() {
        // Published on Friday 2025-02-21, datelined Tuesday 2025-02-18.
        let v = dates(
            "CAIRO, Feb 18 (Agency) — The ministers met on Monday.",
            "2025-02-21",
        );
        assert_eq!(v[1].1.as_deref(), Some("2025-02-17"), "{v:?}");
        // A dateline more than a week old is not the news day.
        let v = dates(
            "CAIRO, Jan 2 (Agency) — The ministers met on Monday.",
            "2025-02-21",
        );
        assert_eq!(v[1].1.as_deref(), Some("2025-02-17"), "{v:?}");
        let v = dates(
            "CAIRO, Feb 14 (Agency) — The ministers met on Monday.",
            "2025-02-21",
        );
        assert_eq!(v[1].1.as_deref(), Some("2025-02-10"), "{v:?}");
    }

    #[test]
    fn a_range_gives_its_year_to_its_first_day() {
        let v = dates(
            "Talks ran between 30 September and 2 October 2023.",
            "2025-04-07",
        );
        assert_eq!(v[0].1.as_deref(), Some("2023-09-30"), "{v:?}");
        assert_eq!(v[1].1.as_deref(), Some("2023-10-02"), "{v:?}");
        let v = dates(
            "Talks ran from December 30 to January 2, 2024.",
            "2025-04-07",
        );
        assert_eq!(v[0].1.as_deref(), Some("2023-12-30"), "{v:?}");
    }

    #[test]
    fn may_and_march_as_words_are_not_dates() {
        assert!(dates("Officials may march to the square.", "2025-04-07").is_empty());
    }
}
