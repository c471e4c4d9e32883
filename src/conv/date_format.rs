//! Dates to text: `String(date)`, `String(date; format{; time})` with the *Date Display
//! Formats* constants, and the `YYYY-MM-DD` form of JSON. fourd's "system" is a US
//! English one in UTC (decision, §16), so system and internal formats coincide.

use super::date::{CENTURY_PIVOT, Date4D};
use super::time::split_hms;

pub(super) const MONTHS: [&str; 12] = [
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

pub(super) const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// The *Date Display Formats* constants of `String(date; format)` (`commands/string.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFormat {
    /// 1: `12/29/2006`.
    SystemShort,
    /// 2: `Fri, Dec 29, 2006`.
    SystemAbbreviated,
    /// 3: `Friday, December 29, 2006`.
    SystemLong,
    /// 4: `12/29/06`, but `12/29/1896` or `12/29/2096` outside the two-digit window.
    InternalShortSpecial,
    /// 5: `December 29, 2006`.
    InternalLong,
    /// 6: `Dec 29, 2006`.
    InternalAbbreviated,
    /// 7: `12/29/2006`.
    InternalShort,
    /// 8: `2006-12-29T00:00:00`.
    Iso,
    /// 9: `2010-09-13T16:11:53Z` (UTC is fourd's local zone).
    IsoGmt,
    /// 10: `Fri, 10 Sep 2010 13:07:20 GMT`.
    Rfc1123,
}

impl DateFormat {
    /// The format for a constant's value, and whether *Blank if null date* (+100) was
    /// added; `None` for a value that names no format.
    pub fn from_code(code: i64) -> Option<(DateFormat, bool)> {
        let (base, blank) = if (100..=199).contains(&code) {
            (code - 100, true)
        } else {
            (code, false)
        };
        let format = match base {
            1 => DateFormat::SystemShort,
            2 => DateFormat::SystemAbbreviated,
            3 => DateFormat::SystemLong,
            4 => DateFormat::InternalShortSpecial,
            5 => DateFormat::InternalLong,
            6 => DateFormat::InternalAbbreviated,
            7 => DateFormat::InternalShort,
            8 => DateFormat::Iso,
            9 => DateFormat::IsoGmt,
            10 => DateFormat::Rfc1123,
            _ => return None,
        };
        Some((format, blank))
    }
}

/// `String(date)`: `MM/DD/YYYY` (`"11/27/2023"`, documented example), the null date as
/// `"00/00/00"` (§16).
pub fn format_default(d: Date4D) -> String {
    if !d.is_valid() {
        return "00/00/00".to_string();
    }
    format!("{:02}/{:02}/{:04}", d.month, d.day, d.year)
}

/// `String(date; ISO date)`: `"2023-11-27T00:00:00"`; the null date keeps its zeros
/// (`"0000-00-00T00:00:00"`, decision after the documented `ISO time` form).
pub fn format_iso(d: Date4D) -> String {
    format_iso_with_time(d, 0)
}

/// `String(date; ISO date; time)`: the date followed by `THH:MM:SS` of `seconds`
/// (taken modulo one day: the docs only show times of day — decision).
pub fn format_iso_with_time(d: Date4D, seconds: i64) -> String {
    let (h, m, s) = time_of_day(seconds);
    format!("{}T{h:02}:{m:02}:{s:02}", format_ymd(d))
}

/// `YYYY-MM-DD`, the form `JSON Stringify` writes a date in (§16); the null date is
/// `"0000-00-00"` (decision).
pub fn format_ymd(d: Date4D) -> String {
    if !d.is_valid() {
        return "0000-00-00".to_string();
    }
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// `String(date; format{; time})` for the predefined formats. A null date gives `""`
/// when `blank_if_null`, else `"00/00/00"` (the ISO forms keep theirs) — decision.
pub fn format_date(d: Date4D, format: DateFormat, blank_if_null: bool, seconds: i64) -> String {
    if !d.is_valid() {
        return match format {
            _ if blank_if_null => String::new(),
            DateFormat::Iso => format_iso_with_time(d, seconds),
            DateFormat::IsoGmt => format!("{}Z", format_iso_with_time(d, seconds)),
            _ => "00/00/00".to_string(),
        };
    }
    let month = MONTHS[usize::from(d.month - 1)];
    let weekday = WEEKDAYS[usize::from(d.day_number() - 1)];
    let (h, m, s) = time_of_day(seconds);
    match format {
        DateFormat::SystemShort | DateFormat::InternalShort => format_default(d),
        DateFormat::SystemAbbreviated => {
            format!("{}, {} {}, {}", &weekday[..3], &month[..3], d.day, d.year)
        }
        DateFormat::SystemLong => format!("{weekday}, {month} {}, {}", d.day, d.year),
        DateFormat::InternalShortSpecial => {
            let window = 1900 + CENTURY_PIVOT..2000 + CENTURY_PIVOT;
            if window.contains(&d.year) {
                format!("{:02}/{:02}/{:02}", d.month, d.day, d.year % 100)
            } else {
                format_default(d)
            }
        }
        DateFormat::InternalLong => format!("{month} {}, {}", d.day, d.year),
        DateFormat::InternalAbbreviated => format!("{} {}, {}", &month[..3], d.day, d.year),
        DateFormat::Iso => format_iso_with_time(d, seconds),
        DateFormat::IsoGmt => format!("{}Z", format_iso_with_time(d, seconds)),
        DateFormat::Rfc1123 => format!(
            "{}, {:02} {} {:04} {h:02}:{m:02}:{s:02} GMT",
            &weekday[..3],
            d.day,
            &month[..3],
            d.year
        ),
    }
}

/// Hours, minutes, seconds of a time taken modulo one day.
fn time_of_day(seconds: i64) -> (i64, i64, i64) {
    split_hms(seconds.rem_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i64, m: i64, day: i64) -> Date4D {
        Date4D::new(y, m, day).expect("valid test date")
    }

    fn fmt(date: Date4D, code: i64) -> String {
        let (format, blank) = DateFormat::from_code(code).expect("known format");
        format_date(date, format, blank, 0)
    }

    #[test]
    fn docs_examples() {
        assert_eq!(format_default(d(2023, 11, 27)), "11/27/2023");
        assert_eq!(fmt(d(2023, 11, 27), 5), "November 27, 2023");
        assert_eq!(format_iso(d(2010, 9, 13)), "2010-09-13T00:00:00");
        assert_eq!(
            format_iso_with_time(d(2010, 9, 13), 18 * 3600 + 11 * 60 + 53),
            "2010-09-13T18:11:53"
        );
        assert_eq!(fmt(d(2006, 12, 29), 6), "Dec 29, 2006");
        assert_eq!(fmt(d(2006, 12, 29), 5), "December 29, 2006");
        assert_eq!(fmt(d(2006, 12, 29), 7), "12/29/2006");
        assert_eq!(fmt(d(2006, 12, 29), 1), "12/29/2006");
        assert_eq!(fmt(d(2006, 12, 29), 4), "12/29/06");
        assert_eq!(fmt(d(1896, 12, 29), 4), "12/29/1896");
        assert_eq!(fmt(d(2096, 12, 29), 4), "12/29/2096");
        assert_eq!(fmt(d(2006, 12, 29), 8), "2006-12-29T00:00:00");
        // The docs print "Sun"/"Sunday" here, but 2006-12-29 was a Friday.
        assert_eq!(fmt(d(2006, 12, 29), 2), "Fri, Dec 29, 2006");
        assert_eq!(fmt(d(2006, 12, 29), 3), "Friday, December 29, 2006");
        let (rfc, _) = DateFormat::from_code(10).expect("known format");
        assert_eq!(
            format_date(d(2010, 9, 10), rfc, false, 13 * 3600 + 7 * 60 + 20),
            "Fri, 10 Sep 2010 13:07:20 GMT"
        );
        let (gmt, _) = DateFormat::from_code(9).expect("known format");
        assert_eq!(
            format_date(d(2010, 9, 13), gmt, false, 16 * 3600 + 11 * 60 + 53),
            "2010-09-13T16:11:53Z"
        );
    }

    #[test]
    fn null_dates() {
        assert_eq!(format_default(Date4D::NULL), "00/00/00");
        assert_eq!(format_iso(Date4D::NULL), "0000-00-00T00:00:00");
        assert_eq!(format_ymd(Date4D::NULL), "0000-00-00");
        assert_eq!(fmt(Date4D::NULL, 5), "00/00/00");
        assert_eq!(fmt(Date4D::NULL, 105), "");
        assert_eq!(fmt(Date4D::NULL, 108), "");
        assert_eq!(fmt(Date4D::NULL, 8), "0000-00-00T00:00:00");
        assert_eq!(fmt(d(2023, 1, 2), 101), "01/02/2023");
        // A hand-built invalid date formats like the null date, without panicking.
        let bad = Date4D {
            year: 2023,
            month: 14,
            day: 40,
        };
        assert_eq!(fmt(bad, 3), "00/00/00");
        assert_eq!(format_default(bad), "00/00/00");
    }

    #[test]
    fn other_values() {
        assert_eq!(format_ymd(d(2023, 1, 5)), "2023-01-05");
        assert_eq!(format_default(d(150, 1, 5)), "01/05/0150");
        assert_eq!(fmt(d(2023, 3, 1), 6), "Mar 1, 2023");
        assert_eq!(
            format_iso_with_time(d(2023, 3, 1), -1),
            "2023-03-01T23:59:59"
        );
        assert_eq!(
            format_iso_with_time(d(2023, 3, 1), i64::MAX),
            "2023-03-01T15:30:07"
        );
        assert_eq!(DateFormat::from_code(0), None);
        assert_eq!(DateFormat::from_code(11), None);
        assert_eq!(DateFormat::from_code(100), None);
        assert_eq!(DateFormat::from_code(-1), None);
        assert_eq!(DateFormat::from_code(108), Some((DateFormat::Iso, true)));
    }
}
