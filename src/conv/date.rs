//! 4D dates: the `Date4D` value with its null date, day arithmetic, `Add to date`,
//! date literals `!…!` and `Date(text)`. Formatting lives in `date_format.rs`.

/// A 4D date. All three fields zero is the null date `!00-00-00!`, which sorts below
/// every other date (§9.4); the derived ordering (year, month, day) gives exactly that.
/// Fields are public for cheap reading; build checked values with [`Date4D::new`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date4D {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// 4D's date range, 1/1/100 to 12/31/32767 (`Concepts/dt_date.md`).
pub const MIN_YEAR: u16 = 100;
pub const MAX_YEAR: u16 = 32767;

/// The pivot of two-digit years: below it 20xx, from it 19xx (documented default of
/// `SET DEFAULT CENTURY`, `commands-legacy/date.md`).
pub const CENTURY_PIVOT: u16 = 30;

/// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar, the offset of
/// the civil-from-days algorithm below.
const EPOCH_SHIFT: i64 = 719_468;

/// The ordinal of 0000-12-31, so that 0001-01-01 is day 1 and the null date can be day 0.
const ORDINAL_ZERO: i64 = -719_163;

impl Date4D {
    /// The null date `!00-00-00!`, the default value of a Date variable.
    pub const NULL: Date4D = Date4D {
        year: 0,
        month: 0,
        day: 0,
    };

    /// A checked date: `None` outside 4D's range or for an impossible day
    /// (`2023-02-30`). Use [`Date4D::NULL`] for the null date.
    pub fn new(year: i64, month: i64, day: i64) -> Option<Date4D> {
        let y = u16::try_from(year).ok()?;
        let m = u8::try_from(month).ok()?;
        let d = u8::try_from(day).ok()?;
        let date = Date4D {
            year: y,
            month: m,
            day: d,
        };
        date.is_valid().then_some(date)
    }

    /// True for the null date.
    pub fn is_null(self) -> bool {
        self == Date4D::NULL
    }

    /// True for a real calendar date in 4D's range (the null date is not valid here:
    /// test it with [`Date4D::is_null`]).
    pub fn is_valid(self) -> bool {
        (MIN_YEAR..=MAX_YEAR).contains(&self.year)
            && (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(i64::from(self.year), self.month)
    }

    /// Days since 1970-01-01 (negative before), or `None` for the null date or a date
    /// that is not valid.
    pub fn to_days(self) -> Option<i64> {
        self.is_valid()
            .then(|| days_from_civil(i64::from(self.year), self.month, self.day))
    }

    /// The date `days` after 1970-01-01; the null date when that falls outside 4D's range.
    pub fn from_days(days: i64) -> Date4D {
        let Some((y, m, d)) = civil_from_days(days) else {
            return Date4D::NULL;
        };
        Date4D::new(y, i64::from(m), i64::from(d)).unwrap_or(Date4D::NULL)
    }

    /// A day count where the null date is 0 and 0001-01-01 is 1, so that differences
    /// keep the null date below every date (decision; the docs do not define
    /// arithmetic on the null date).
    pub fn ordinal(self) -> i64 {
        self.to_days().map_or(0, |d| d - ORDINAL_ZERO)
    }

    /// `date + n` / `date - n` (§5). The null date stays null and a result outside
    /// 4D's range is the null date (decisions; the docs are silent).
    pub fn add_days(self, n: i64) -> Date4D {
        match self.to_days().and_then(|d| d.checked_add(n)) {
            Some(days) => Date4D::from_days(days),
            None => Date4D::NULL,
        }
    }

    /// `date - date` in days: `!2017-01-20!-!2017-01-01!` = 19. A null operand counts
    /// as day 0 of [`Date4D::ordinal`] (decision).
    pub fn days_between(self, earlier: Date4D) -> i64 {
        self.ordinal() - earlier.ordinal()
    }

    /// `Add to date(date; years; months; days)`: years and months first, the day
    /// clamped to the end of the resulting month, then the days. 4D's knowledge base
    /// (kb.4d.com asset 15366) gives `Add to date(!2000-01-31!; 0; 1; 0)` = 2000-02-29.
    /// A null date stays null and a result outside the range is null (decisions).
    pub fn add_to_date(self, years: i64, months: i64, days: i64) -> Date4D {
        if !self.is_valid() {
            return Date4D::NULL;
        }
        let shifted = (|| {
            let total = (i64::from(self.year) * 12 + i64::from(self.month) - 1)
                .checked_add(years.checked_mul(12)?)?
                .checked_add(months)?;
            let year = total.div_euclid(12);
            let month = (total.rem_euclid(12) + 1) as u8;
            if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&year) {
                return None;
            }
            let day = self.day.min(days_in_month(year, month));
            Date4D::new(year, i64::from(month), i64::from(day))
        })();
        match shifted {
            Some(date) => date.add_days(days),
            None => Date4D::NULL,
        }
    }

    /// `Day number(date)`: 1 for Sunday … 7 for Saturday; 2 for the null date
    /// (documented in `commands-legacy/day-number.md`).
    pub fn day_number(self) -> u8 {
        match self.to_days() {
            // 1970-01-01 was a Thursday (5).
            Some(days) => ((days + 4).rem_euclid(7) + 1) as u8,
            None => 2,
        }
    }

    /// Parses the text between `!…!` (§3.5): `YYYY-MM-DD` when the first part has 4–5
    /// digits, otherwise month-day-year as in `!12/04/98!`; separators `-`, `/` or `.`,
    /// the same one twice; 1–2 digit month and day; a 1–2 digit year below 30 is 20xx,
    /// else 19xx. All-zero parts give the null date. `None` for anything else,
    /// including an impossible date (a check error for the caller).
    pub fn parse_literal(inner: &str) -> Option<Date4D> {
        let sep = inner.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
        let mut parts = inner.split(sep);
        let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || ![a, b, c].iter().all(|p| is_digits(p, 1, 5)) {
            return None;
        }
        if [a, b, c].iter().all(|p| p.bytes().all(|d| d == b'0')) {
            return Some(Date4D::NULL);
        }
        let (year, month, day) = match a.len() {
            4 | 5 => (number(a)?, b, c),
            1 | 2 => (literal_year(c)?, a, b),
            _ => return None,
        };
        if month.len() > 2 || day.len() > 2 {
            return None;
        }
        Date4D::new(year, number(month)?, number(day)?)
    }

    /// `Date(text)` (`commands-legacy/date.md`): ISO `YYYY-MM-DD`, alone or followed by
    /// `T` and a time (ignored, as is a zone suffix: fourd's local zone is UTC —
    /// decision), else the US short system format: the first three runs of digits are
    /// month, day and year, whatever separates them (`"It was the 6/30, we were in
    /// 2016"` → 2016-06-30); a 1–2 digit year uses the century pivot. Invalid text
    /// (`"40/40/94"`, `"aa/12/94"`) gives the null date.
    pub fn from_text(text: &str) -> Date4D {
        if let Some(date) = parse_iso_prefix(text) {
            return date;
        }
        let mut runs = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty());
        let (Some(m), Some(d), Some(y)) = (runs.next(), runs.next(), runs.next()) else {
            return Date4D::NULL;
        };
        let year = if y.len() <= 2 {
            number(y).map(expand_year)
        } else {
            number(y)
        };
        match (year, number(m), number(d)) {
            (Some(y), Some(m), Some(d)) => Date4D::new(y, m, d).unwrap_or(Date4D::NULL),
            _ => Date4D::NULL,
        }
    }
}

/// `YYYY-MM-DD` at the start of `text` (5 year digits for years past 9999), then the
/// end or `T…`.
fn parse_iso_prefix(text: &str) -> Option<Date4D> {
    let year_len = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(4..=5).contains(&year_len) {
        return None;
    }
    let rest = text.get(year_len..)?.as_bytes();
    if rest.len() < 6 || rest[0] != b'-' || rest[3] != b'-' {
        return None;
    }
    if !matches!(rest.get(6), None | Some(b'T')) {
        return None;
    }
    let (y, m, d) = (
        text.get(..year_len)?,
        text.get(year_len + 1..year_len + 3)?,
        text.get(year_len + 4..year_len + 6)?,
    );
    if ![m, d].iter().all(|p| is_digits(p, 2, 2)) {
        return None;
    }
    if [y, m, d].iter().all(|p| p.bytes().all(|c| c == b'0')) {
        return Some(Date4D::NULL);
    }
    Some(Date4D::new(number(y)?, number(m)?, number(d)?).unwrap_or(Date4D::NULL))
}

/// A year part of a literal: 1–2 digits use the century pivot, 4 digits are taken as
/// written, 3 digits are refused (decision).
fn literal_year(text: &str) -> Option<i64> {
    match text.len() {
        1 | 2 => number(text).map(expand_year),
        4 | 5 => number(text),
        _ => None,
    }
}

/// A two-digit year to a full year by [`CENTURY_PIVOT`].
fn expand_year(y: i64) -> i64 {
    if y < i64::from(CENTURY_PIVOT) {
        2000 + y
    } else {
        1900 + y
    }
}

/// True when `text` is `min..=max` ASCII digits.
fn is_digits(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// A run of ASCII digits as a number; `None` when too long to matter (over 9 digits).
fn number(text: &str) -> Option<i64> {
    if text.len() > 9 {
        return None;
    }
    text.parse().ok()
}

/// True for a leap year of the proleptic Gregorian calendar.
pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month (1–12) of a year; 0 for a month out of range.
pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let m = i64::from(month);
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - EPOCH_SHIFT
}

/// The inverse of [`days_from_civil`]; `None` when the year would be absurdly large.
fn civil_from_days(days: i64) -> Option<(i64, u8, u8)> {
    // Far outside 4D's range already; the bound keeps the arithmetic from overflowing.
    if days.unsigned_abs() > 1 << 40 {
        return None;
    }
    let z = days + EPOCH_SHIFT;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i64, m: i64, day: i64) -> Date4D {
        Date4D::new(y, m, day).expect("valid test date")
    }

    #[test]
    fn validity() {
        assert!(d(2024, 2, 29).is_valid());
        assert_eq!(Date4D::new(2023, 2, 29), None);
        assert_eq!(Date4D::new(1900, 2, 29), None);
        assert!(Date4D::new(2000, 2, 29).is_some());
        assert_eq!(Date4D::new(2023, 13, 1), None);
        assert_eq!(Date4D::new(2023, 4, 31), None);
        assert_eq!(Date4D::new(99, 12, 31), None);
        assert!(Date4D::new(100, 1, 1).is_some());
        assert!(Date4D::new(32767, 12, 31).is_some());
        assert_eq!(Date4D::new(32768, 1, 1), None);
        assert_eq!(Date4D::new(-1, 1, 1), None);
        assert_eq!(Date4D::new(i64::MAX, 1, 1), None);
        assert!(!Date4D::NULL.is_valid());
        assert!(Date4D::NULL.is_null());
        assert_eq!(Date4D::default(), Date4D::NULL);
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d(1970, 1, 1).to_days(), Some(0));
        assert_eq!(d(2000, 3, 1).to_days(), Some(11_017));
        assert_eq!(Date4D::from_days(11_017), d(2000, 3, 1));
        for date in [
            d(100, 1, 1),
            d(1600, 2, 29),
            d(2023, 12, 31),
            d(32767, 12, 31),
        ] {
            assert_eq!(date.to_days().map(Date4D::from_days), Some(date));
        }
        assert_eq!(Date4D::NULL.to_days(), None);
        assert_eq!(Date4D::from_days(i64::MAX), Date4D::NULL);
        assert_eq!(Date4D::from_days(i64::MIN), Date4D::NULL);
        assert_eq!(days_from_civil(1, 1, 1) - ORDINAL_ZERO, 1);
        assert_eq!(d(100, 1, 1).ordinal(), 36_160);
        assert_eq!(Date4D::NULL.ordinal(), 0);
    }

    #[test]
    fn docs_operators() {
        assert_eq!(d(2017, 1, 20).days_between(d(2017, 1, 1)), 19);
        assert_eq!(d(2017, 1, 20).add_days(9), d(2017, 1, 29));
        assert_eq!(d(2017, 1, 20).add_days(-9), d(2017, 1, 11));
        assert!(d(2017, 1, 20) > d(2017, 1, 1));
        assert!(d(2017, 1, 1) < d(2017, 1, 20));
        assert!(Date4D::NULL < d(100, 1, 1));
    }

    #[test]
    fn day_arithmetic_edges() {
        assert_eq!(d(2023, 12, 31).add_days(1), d(2024, 1, 1));
        assert_eq!(d(2024, 2, 28).add_days(1), d(2024, 2, 29));
        assert_eq!(Date4D::NULL.add_days(1), Date4D::NULL);
        assert_eq!(d(32767, 12, 31).add_days(1), Date4D::NULL);
        assert_eq!(d(2000, 1, 1).add_days(i64::MAX), Date4D::NULL);
        assert_eq!(d(2000, 1, 1).add_days(i64::MIN), Date4D::NULL);
        assert_eq!(d(2000, 1, 1).days_between(d(2000, 1, 1)), 0);
        assert!(d(100, 1, 1).days_between(Date4D::NULL) > 0);
        assert!(Date4D::NULL.days_between(d(2024, 5, 5)) < 0);
    }

    #[test]
    fn add_to_date_clamps_the_day() {
        assert_eq!(d(2000, 1, 31).add_to_date(0, 1, 0), d(2000, 2, 29));
        assert_eq!(d(2023, 1, 31).add_to_date(0, 1, 0), d(2023, 2, 28));
        assert_eq!(d(2024, 2, 29).add_to_date(1, 0, 0), d(2025, 2, 28));
        assert_eq!(d(2024, 2, 29).add_to_date(1, 0, 15), d(2025, 3, 15));
        assert_eq!(d(2023, 3, 31).add_to_date(0, -1, 0), d(2023, 2, 28));
        assert_eq!(d(2023, 11, 15).add_to_date(0, 14, 0), d(2025, 1, 15));
        assert_eq!(d(2023, 1, 15).add_to_date(0, -13, 0), d(2021, 12, 15));
        assert_eq!(d(2023, 1, 15).add_to_date(0, 0, 1), d(2023, 1, 16));
        assert_eq!(d(2023, 1, 15).add_to_date(1, 0, 0), d(2024, 1, 15));
        assert_eq!(d(2023, 1, 15).add_to_date(0, 0, 0), d(2023, 1, 15));
    }

    #[test]
    fn add_to_date_edges() {
        assert_eq!(Date4D::NULL.add_to_date(1, 1, 1), Date4D::NULL);
        assert_eq!(d(2023, 1, 15).add_to_date(i64::MAX, 0, 0), Date4D::NULL);
        assert_eq!(d(2023, 1, 15).add_to_date(0, i64::MIN, 0), Date4D::NULL);
        assert_eq!(d(2023, 1, 15).add_to_date(40_000, 0, 0), Date4D::NULL);
        assert_eq!(d(2023, 1, 15).add_to_date(0, 0, i64::MAX), Date4D::NULL);
    }

    #[test]
    fn day_number_sunday_is_one() {
        assert_eq!(d(2023, 11, 27).day_number(), 2); // Monday
        assert_eq!(d(2006, 12, 29).day_number(), 6); // Friday
        assert_eq!(d(2024, 3, 17).day_number(), 1); // Sunday
        assert_eq!(d(2024, 3, 16).day_number(), 7); // Saturday
        assert_eq!(d(1970, 1, 1).day_number(), 5); // Thursday
        assert_eq!(d(1969, 12, 28).day_number(), 1); // Sunday, before the epoch
        assert_eq!(Date4D::NULL.day_number(), 2);
    }

    #[test]
    fn literals() {
        assert_eq!(Date4D::parse_literal("2024-01-15"), Some(d(2024, 1, 15)));
        assert_eq!(Date4D::parse_literal("1976-01-01"), Some(d(1976, 1, 1)));
        assert_eq!(Date4D::parse_literal("00-00-00"), Some(Date4D::NULL));
        assert_eq!(Date4D::parse_literal("0000-00-00"), Some(Date4D::NULL));
        assert_eq!(Date4D::parse_literal("12/04/98"), Some(d(1998, 12, 4)));
        assert_eq!(Date4D::parse_literal("12/04/29"), Some(d(2029, 12, 4)));
        assert_eq!(Date4D::parse_literal("12/04/30"), Some(d(1930, 12, 4)));
        assert_eq!(Date4D::parse_literal("1/2/3"), Some(d(2003, 1, 2)));
        assert_eq!(Date4D::parse_literal("2024.1.5"), Some(d(2024, 1, 5)));
        assert_eq!(Date4D::parse_literal("2024/01/05"), Some(d(2024, 1, 5)));
        assert_eq!(Date4D::parse_literal("12.25.2023"), Some(d(2023, 12, 25)));
        assert_eq!(Date4D::parse_literal("12-25-23"), Some(d(2023, 12, 25)));
        assert_eq!(Date4D::parse_literal("10001-04-16"), Some(d(10001, 4, 16)));
        assert_eq!(Date4D::parse_literal("4/16/10001"), Some(d(10001, 4, 16)));
    }

    #[test]
    fn bad_literals() {
        for text in [
            "2023-02-30",
            "2023-13-01",
            "2023-00-10",
            "2023-01-00",
            "2023-01",
            "2023-01-01-01",
            "2023/01-01",
            "",
            "!",
            "abcd-ef-gh",
            "2023-001-01",
            "12/04/198",
            "123/04/98",
            "0099-01-01",
            " 2023-01-01",
            "2023-1é-01",
            "99999-01-01",
            "123456-01-01",
            "13/04/98",
        ] {
            assert_eq!(Date4D::parse_literal(text), None, "{text:?}");
        }
    }

    #[test]
    fn date_command_docs_examples() {
        assert_eq!(Date4D::from_text("12/25/94"), d(1994, 12, 25));
        assert_eq!(Date4D::from_text("40/40/94"), Date4D::NULL);
        assert_eq!(Date4D::from_text("13/35/94"), Date4D::NULL);
        assert_eq!(Date4D::from_text("aa/12/94"), Date4D::NULL);
        assert_eq!(
            Date4D::from_text("It was the 6/30, we were in 2016"),
            d(2016, 6, 30)
        );
        assert_eq!(
            Date4D::from_text("2020-11-17T00:00:00.0000"),
            d(2020, 11, 17)
        );
        assert_eq!(Date4D::from_text("2013-06-05T20:00:00"), d(2013, 6, 5));
        assert_eq!(
            Date4D::from_text("2013-11-20T10:20:00.9854"),
            d(2013, 11, 20)
        );
        assert_eq!(Date4D::from_text("2013-08-23T00:00:00Z"), d(2013, 8, 23));
        assert_eq!(Date4D::from_text("2013-08-23"), d(2013, 8, 23));
        assert_eq!(Date4D::from_text("10001-04-16"), d(10001, 4, 16));
        assert_eq!(Date4D::from_text("2013-8-23"), Date4D::NULL);
    }

    #[test]
    fn date_command_edges() {
        assert_eq!(Date4D::from_text(""), Date4D::NULL);
        assert_eq!(Date4D::from_text("12/25"), Date4D::NULL);
        assert_eq!(Date4D::from_text("11/27/2023"), d(2023, 11, 27));
        assert_eq!(Date4D::from_text("1.2.3"), d(2003, 1, 2));
        assert_eq!(Date4D::from_text("1 2 1999"), d(1999, 1, 2));
        assert_eq!(Date4D::from_text("1,2,1999"), d(1999, 1, 2));
        assert_eq!(Date4D::from_text("1-2-1999"), d(1999, 1, 2));
        assert_eq!(Date4D::from_text("00/00/00"), Date4D::NULL);
        assert_eq!(Date4D::from_text("2023-02-30"), Date4D::NULL);
        assert_eq!(Date4D::from_text("0000-00-00"), Date4D::NULL);
        assert_eq!(Date4D::from_text("99999999999999999999/1/1"), Date4D::NULL);
        assert_eq!(Date4D::from_text("é12/25/94ñ"), d(1994, 12, 25));
        assert_eq!(Date4D::from_text("２０２３-01-01"), Date4D::NULL);
    }
}
