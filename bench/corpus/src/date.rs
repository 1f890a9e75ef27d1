//! Civil calendar arithmetic (proleptic Gregorian) and English date wording.

use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Date {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const MONTHS_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    pub fn new(y: i32, m: u32, d: u32) -> Self {
        Date { y, m, d }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = if self.m <= 2 {
            self.y as i64 - 1
        } else {
            self.y as i64
        };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (self.m as i64 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Self {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        Date { y, m, d }
    }

    pub fn add_days(self, n: i64) -> Self {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        (self.days() + 3).rem_euclid(7) as usize
    }

    pub fn weekday_name(self) -> &'static str {
        WEEKDAYS[self.weekday()]
    }

    pub fn month_name(self) -> &'static str {
        MONTHS[self.m as usize - 1]
    }

    /// Monday of this date's week.
    pub fn week_start(self) -> Self {
        self.add_days(-(self.weekday() as i64))
    }

    pub fn days_in_month(y: i32, m: u32) -> u32 {
        let next = if m == 12 {
            Date::new(y + 1, 1, 1)
        } else {
            Date::new(y, m + 1, 1)
        };
        (next.days() - Date::new(y, m, 1).days()) as u32
    }

    /// First day of the month `k` months away (negative = earlier).
    pub fn month_offset(self, k: i32) -> Self {
        let idx = self.y * 12 + self.m as i32 - 1 + k;
        Date::new(idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32, 1)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    pub fn ym(self) -> String {
        format!("{:04}-{:02}", self.y, self.m)
    }

    /// "March 18" or "18 March".
    pub fn month_day(self, uk: bool) -> String {
        if uk {
            format!("{} {}", self.d, self.month_name())
        } else {
            format!("{} {}", self.month_name(), self.d)
        }
    }

    /// "March 18, 2025" or "18 March 2025".
    pub fn long(self, uk: bool) -> String {
        if uk {
            format!("{} {} {}", self.d, self.month_name(), self.y)
        } else {
            format!("{} {}, {}", self.month_name(), self.d, self.y)
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        let d = Date::new(2025, 3, 18);
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.weekday_name(), "Tuesday");
        assert_eq!(Date::new(1970, 1, 1).days(), 0);
        assert_eq!(Date::new(2024, 2, 28).add_days(1), Date::new(2024, 2, 29));
        assert_eq!(Date::new(2024, 12, 31).add_days(1), Date::new(2025, 1, 1));
        assert_eq!(Date::days_in_month(2023, 2), 28);
        assert_eq!(
            Date::new(2025, 1, 15).month_offset(-1),
            Date::new(2024, 12, 1)
        );
        assert_eq!(Date::new(2025, 3, 20).week_start(), Date::new(2025, 3, 17));
    }
}
