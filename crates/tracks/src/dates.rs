//! Record dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) as day ranges.

use chrono::{Datelike, Days, NaiveDate};

/// A range of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Span {
    pub lo: NaiveDate,
    pub hi: NaiveDate,
}

impl Span {
    pub fn day(d: NaiveDate) -> Span {
        Span { lo: d, hi: d }
    }
    pub fn overlaps(&self, o: &Span) -> bool {
        self.lo <= o.hi && o.lo <= self.hi
    }
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.lo <= d && d <= self.hi
    }
    pub fn union(&self, o: &Span) -> Span {
        Span {
            lo: self.lo.min(o.lo),
            hi: self.hi.max(o.hi),
        }
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

/// The last day of a month.
pub(crate) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// The last day a record date can mean.
pub(crate) fn hi(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    match s.len() {
        10 => lo(s),
        7 => {
            let first = lo(s)?;
            month_end(first.year(), first.month())
        }
        4 => NaiveDate::from_ymd_opt(s.parse().ok()?, 12, 31),
        _ => None,
    }
}

/// The day range of a `date` and `enddate`; `None` when undated.
pub(crate) fn range(date: Option<&str>, enddate: Option<&str>) -> Option<Span> {
    let l = lo(date?)?;
    let h = enddate.and_then(hi).or_else(|| hi(date?))?;
    Some(Span {
        lo: l,
        hi: h.max(l),
    })
}

pub(crate) fn fmt(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new((-n) as u64)).unwrap_or(d)
    }
}

/// Today (UTC) from the system clock.
pub(crate) fn today_utc() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
    add_days(epoch, (secs / 86_400) as i64)
}
