use chrono::{Datelike, NaiveDate};

/// How exact a date is; it decides how the date is written out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]

pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

/// A resolved date or period: `start` to `end` inclusive, at a precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateValue {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub precision: Precision,
}

impl DateValue {
    pub fn day(d: NaiveDate) -> DateValue {
        DateValue {
            start: d,
            end: None,
            precision: Precision::Day,
        }
    }

    pub fn range(start: NaiveDate, end: NaiveDate, precision: Precision) -> DateValue {
        DateValue {
            start,
            end: (end != start).then_some(end),
            precision,
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` after the precision.
    pub fn format_start(&self) -> String {
        format_at(self.start, self.precision)
    }

    pub fn format_end(&self) -> Option<String> {
        self.end.map(|e| match self.precision {
            Precision::Week => format_at(e, Precision::Day),
            p => format_at(e, p),
        })
    }

    /// The last day the value covers.
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(match self.precision {
            Precision::Day | Precision::Week => self.start,
            Precision::Month => last_of_month(self.start.year(), self.start.month()),
            Precision::Year => {
                NaiveDate::from_ymd_opt(self.start.year(), 12, 31).unwrap_or(self.start)
            }
        })
    }

    /// Whether the value is a span of more than a month ("since 2010"):
    /// one that holds many acts and dates none of them.
    pub fn spans_months(&self) -> bool {
        self.end.is_some_and(|e| (e - self.start).num_days() > 31)
    }

    /// Whether two values can describe the same day or period.
    pub fn compatible(&self, other: &DateValue) -> bool {
        if self.precision == Precision::Day && other.precision == Precision::Day {
            return self.start == other.start;
        }
        self.start <= other.last_day() && other.start <= self.last_day()
    }
}

fn format_at(d: NaiveDate, p: Precision) -> String {
    match p {
        Precision::Day | Precision::Week => d.format("%Y-%m-%d").to_string(),
        Precision::Month => d.format("%Y-%m").to_string(),
        Precision::Year => d.format("%Y").to_string(),
    }
}

pub fn last_of_month(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MIN)
}

/// English month names, lower case, January first: the one list the
/// stages that read dates share (other languages' forms join them here).
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English weekday names, lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
