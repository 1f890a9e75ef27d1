//! Record dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) as day ranges.

use chrono::{Datelike, Duration, NaiveDate};

/// Days either side of a document's publication date within which an
/// undated report may match an event.
pub(crate) const UNDATED_WINDOW_DAYS: i64 = 14;

/// Whether `s` is a date filter the queries understand: `YYYY`, `YYYY-MM`
/// or `YYYY-MM-DD`, each a real date. The CLI and the web API both check
/// their filters with it.
pub fn is_date_filter(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        }
        _ => false,
    }
}

/// The first day a record date can mean.
pub(crate) fn lo(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    match s.len() {
        10 => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
        7 => NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok(),
        4 => NaiveDate::from_ymd_opt(s.parse().ok()?, 1, 1),
        _ => None,
    }
}

/// The last day a record date can mean.
pub(crate) fn hi(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    match s.len() {
        10 => lo(s),
        7 => {
            let first = lo(s)?;
            let (y, m) = if first.month() == 12 {
                (first.year() + 1, 1)
            } else {
                (first.year(), first.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).map(|d| d - Duration::days(1))
        }
        4 => NaiveDate::from_ymd_opt(s.parse().ok()?, 12, 31),
        _ => None,
    }
}

/// The day range of a report's `date` and `enddate`; `None` when undated
/// or unreadable.
pub(crate) fn range(date: Option<&str>, enddate: Option<&str>) -> Option<(NaiveDate, NaiveDate)> {
    let l = lo(date?)?;
    let h = enddate.and_then(hi).or_else(|| hi(date?))?;
    Some((l, h.max(l)))
}

pub(crate) fn fmt(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

pub(crate) fn widen(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        d - Duration::days(UNDATED_WINDOW_DAYS),
        d + Duration::days(UNDATED_WINDOW_DAYS),
    )
}

/// Today (UTC) and now as RFC 3339, from the system clock.
pub(crate) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            range(Some("2025-02"), None),
            Some((d("2025-02-01"), d("2025-02-28")))
        );
        assert_eq!(
            range(Some("2024-12"), None),
            Some((d("2024-12-01"), d("2024-12-31")))
        );
        assert_eq!(
            range(Some("2025"), None),
            Some((d("2025-01-01"), d("2025-12-31")))
        );
        assert_eq!(
            range(Some("2025-04-07"), Some("2025-04-13")),
            Some((d("2025-04-07"), d("2025-04-13")))
        );
        assert_eq!(range(Some("soon"), None), None);
        assert_eq!(range(None, Some("2025")), None);
        assert!(now_utc().ends_with('Z'));
    }
}
