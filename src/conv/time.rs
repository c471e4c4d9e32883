//! 4D times: time literals `?…?`, `Time string`, `String(time{; format})`, `Time(text)`
//! and the millisecond form times take inside collections and objects.
//!
//! A time is an `i64` count of seconds: 4D keeps times as whole seconds in a Longint
//! (`Concepts/dt_time.md`: "the number of seconds since midnight"), so integer seconds
//! make the `HH:MM:SS` split exact and leave no fraction to decide about when printing;
//! `i64` rather than `i32` so that arithmetic in the caller cannot overflow.

/// The largest time a literal or `Time(text)` accepts: the Longint limit,
/// 596523:14:07. The docs round it to "596,000:00:00" (`Concepts/dt_time.md`).
pub const MAX_SECONDS: i64 = i32::MAX as i64;

/// A Real (from arithmetic, `Time(number)`, or an assignment) as a time: rounded to the
/// nearest second, halves away from zero, like a Real assigned to an Integer (§7);
/// NaN gives 0 and infinities saturate.
pub fn seconds_from_real(x: f64) -> i64 {
    // `as` saturates and maps NaN to 0.
    x.round() as i64
}

/// A time as the milliseconds stored for it in a collection or object (§14.1).
pub fn to_millis(seconds: i64) -> f64 {
    seconds as f64 * 1000.0
}

/// Milliseconds read back from a collection or object as a time, to the nearest second.
pub fn from_millis(ms: f64) -> i64 {
    seconds_from_real(ms / 1000.0)
}

/// Hours, minutes and seconds of a non-negative time.
pub fn split_hms(seconds: i64) -> (i64, i64, i64) {
    (seconds / 3600, seconds / 60 % 60, seconds % 60)
}

/// Parses the text between `?…?` (§3.6): `H:M:S` with 1 or more hour digits and 1–2
/// digits below 60 for minutes and seconds; `None` otherwise, or beyond [`MAX_SECONDS`].
pub fn parse_literal(inner: &str) -> Option<i64> {
    let mut parts = inner.split(':');
    let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let digits = |p: &str, max: usize| {
        !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(m, 2) || !digits(s, 2) || h.is_empty() || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Leading zeros do not count toward the size of the hours.
    let h = h.trim_start_matches('0');
    if h.len() > 12 {
        return None;
    }
    let hours: i64 = if h.is_empty() { 0 } else { h.parse().ok()? };
    let (minutes, secs): (i64, i64) = (m.parse().ok()?, s.parse().ok()?);
    if minutes >= 60 || secs >= 60 {
        return None;
    }
    let total = hours.checked_mul(3600)?.checked_add(minutes * 60 + secs)?;
    (total <= MAX_SECONDS).then_some(total)
}

/// `Time string(seconds)` and `String(time)`: `HH:MM:SS`, hours on at least 2 digits and
/// going past 24 (`Time string(86401)` = `"24:00:01"`, documented). A negative time is
/// written as `-` and its magnitude (`"-00:00:01"`, decision).
pub fn time_string(seconds: i64) -> String {
    let (sign, h, m, s) = signed_hms(seconds);
    format!("{sign}{h:02}:{m:02}:{s:02}")
}

/// `String(time)` with no format; the same text as [`time_string`].
pub fn format_default(seconds: i64) -> String {
    time_string(seconds)
}

/// The sign prefix and the hours, minutes, seconds of the magnitude.
fn signed_hms(seconds: i64) -> (&'static str, u64, u64, u64) {
    let sign = if seconds < 0 { "-" } else { "" };
    let mag = seconds.unsigned_abs();
    (sign, mag / 3600, mag / 60 % 60, mag % 60)
}

/// `Time(text)`, reading the US system formats (decision: `commands-legacy/time.md` only
/// says "one of the 4D standard time formats"): the first three runs of digits are
/// hours, minutes and seconds, missing ones are 0 (`"13:00"` → 13:00:00); `AM`/`PM`
/// after them moves the hour to 24-hour time; a `-` before the first digit negates.
/// No digits, or a value past [`MAX_SECONDS`], gives the null time 0.
pub fn from_text(text: &str) -> i64 {
    let first_digit = text.find(|c: char| c.is_ascii_digit());
    let Some(start) = first_digit else {
        return 0;
    };
    let negative = text[..start].contains('-');
    let bytes = text.as_bytes();
    let mut parts = [0i64; 3];
    let (mut count, mut i, mut end) = (0, start, start);
    while count < parts.len() && i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - run_start > 9 {
            return 0;
        }
        // Both ends sit next to ASCII digits, so they are character boundaries.
        parts[count] = text[run_start..i].parse().unwrap_or(0);
        count += 1;
        end = i;
    }
    let [mut h, m, s] = parts;
    let suffix = text[end..].trim_start().as_bytes();
    match suffix.first().map(u8::to_ascii_lowercase) {
        Some(b'p') if h < 12 => h += 12,
        Some(b'a') if h == 12 => h = 0,
        _ => {}
    }
    let total = h * 3600 + m * 60 + s;
    if total > MAX_SECONDS {
        return 0;
    }
    if negative { -total } else { total }
}

/// The *Time Display Formats* constants of `String(time; format)` (`commands/string.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeFormat {
    /// 1: `01:02:03`.
    HhMmSs,
    /// 2: `01:02`.
    HhMm,
    /// 3: `1 hour 2 minutes 3 seconds`.
    HourMinSec,
    /// 4: `1 hour 2 minutes`.
    HourMin,
    /// 5: `1:02 AM`.
    HhMmAmPm,
    /// 6: `62:03`.
    MmSs,
    /// 7: `62 minutes 3 seconds`.
    MinSec,
    /// 8: `0000-00-00T01:02:03`.
    IsoTime,
    /// 9: `01:02:03`.
    SystemShort,
    /// 10: `1:02:03 AM` (the docs show a Mac-only `1•02•03 AM`).
    SystemLongAbbreviated,
    /// 11: `1:02:03 AM` (the docs add a Mac-only zone name, `HNEC`).
    SystemLong,
}

impl TimeFormat {
    /// The format for a constant's value, and whether *Blank if null time* (+100) was
    /// added; `None` for a value that names no format.
    pub fn from_code(code: i64) -> Option<(TimeFormat, bool)> {
        let (base, blank) = if (100..=199).contains(&code) {
            (code - 100, true)
        } else {
            (code, false)
        };
        let format = match base {
            1 => TimeFormat::HhMmSs,
            2 => TimeFormat::HhMm,
            3 => TimeFormat::HourMinSec,
            4 => TimeFormat::HourMin,
            5 => TimeFormat::HhMmAmPm,
            6 => TimeFormat::MmSs,
            7 => TimeFormat::MinSec,
            8 => TimeFormat::IsoTime,
            9 => TimeFormat::SystemShort,
            10 => TimeFormat::SystemLongAbbreviated,
            11 => TimeFormat::SystemLong,
            _ => return None,
        };
        Some((format, blank))
    }
}

/// `String(time; format)` for the predefined formats. Unit words are singular up to 1,
/// as in the docs' `"13 hours 0 minute"`; a negative time is `-` and its magnitude; the
/// 12-hour forms take the hour modulo 24 (decisions).
pub fn format_time(seconds: i64, format: TimeFormat, blank_if_null: bool) -> String {
    if seconds == 0 && blank_if_null {
        return String::new();
    }
    let (sign, h, m, s) = signed_hms(seconds);
    let unit = |n: u64, word: &str| {
        if n > 1 {
            format!("{n} {word}s")
        } else {
            format!("{n} {word}")
        }
    };
    let twelve = |h: u64| {
        let h24 = h % 24;
        let suffix = if h24 < 12 { "AM" } else { "PM" };
        let h12 = if h24.is_multiple_of(12) { 12 } else { h24 % 12 };
        (h12, suffix)
    };
    match format {
        TimeFormat::HhMmSs | TimeFormat::SystemShort => format!("{sign}{h:02}:{m:02}:{s:02}"),
        TimeFormat::HhMm => format!("{sign}{h:02}:{m:02}"),
        TimeFormat::HourMinSec => format!(
            "{sign}{} {} {}",
            unit(h, "hour"),
            unit(m, "minute"),
            unit(s, "second")
        ),
        TimeFormat::HourMin => format!("{sign}{} {}", unit(h, "hour"), unit(m, "minute")),
        TimeFormat::HhMmAmPm => {
            let (h12, suffix) = twelve(h);
            format!("{sign}{h12}:{m:02} {suffix}")
        }
        TimeFormat::MmSs => format!("{sign}{:02}:{s:02}", h * 60 + m),
        TimeFormat::MinSec => format!("{sign}{} {}", unit(h * 60 + m, "minute"), unit(s, "second")),
        TimeFormat::IsoTime => format!("{sign}0000-00-00T{h:02}:{m:02}:{s:02}"),
        TimeFormat::SystemLongAbbreviated | TimeFormat::SystemLong => {
            let (h12, suffix) = twelve(h);
            format!("{sign}{h12}:{m:02}:{s:02} {suffix}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(seconds: i64, code: i64) -> String {
        let (format, blank) = TimeFormat::from_code(code).expect("known format");
        format_time(seconds, format, blank)
    }

    const T_010203: i64 = 3600 + 2 * 60 + 3;
    const T_173045: i64 = 17 * 3600 + 30 * 60 + 45;

    #[test]
    fn literals() {
        assert_eq!(parse_literal("00:00:00"), Some(0));
        assert_eq!(parse_literal("09:30:00"), Some(34_200));
        assert_eq!(parse_literal("13:01:59"), Some(46_919));
        assert_eq!(parse_literal("8:05:30"), Some(29_130));
        assert_eq!(parse_literal("0:0:0"), Some(0));
        assert_eq!(parse_literal("000:00:01"), Some(1));
        assert_eq!(parse_literal("596000:00:00"), Some(2_145_600_000));
        assert_eq!(parse_literal("596523:14:07"), Some(MAX_SECONDS));
    }

    #[test]
    fn bad_literals() {
        for text in [
            "",
            "12:00",
            "12:00:00:00",
            "12:60:00",
            "12:00:60",
            "12:000:00",
            ":00:00",
            "12::00",
            "1a:00:00",
            "-1:00:00",
            "+1:00:00",
            " 1:00:00",
            "596523:14:08",
            "99999999999999999999999:00:00",
            "１:00:00",
        ] {
            assert_eq!(parse_literal(text), None, "{text:?}");
        }
    }

    #[test]
    fn time_string_docs() {
        assert_eq!(time_string(46_800), "13:00:00");
        assert_eq!(time_string(86_401), "24:00:01");
        assert_eq!(time_string(10_000), "02:46:40");
        assert_eq!(time_string(0), "00:00:00");
        assert_eq!(time_string(360_000), "100:00:00");
        assert_eq!(time_string(-1), "-00:00:01");
        assert_eq!(time_string(-3661), "-01:01:01");
        assert_eq!(time_string(i64::MIN), "-2562047788015215:30:08");
        assert_eq!(format_default(T_010203), "01:02:03");
    }

    #[test]
    fn display_formats_docs() {
        assert_eq!(fmt(T_010203, 2), "01:02");
        assert_eq!(fmt(T_010203, 5), "1:02 AM");
        assert_eq!(fmt(T_010203, 1), "01:02:03");
        assert_eq!(fmt(T_010203, 4), "1 hour 2 minutes");
        assert_eq!(fmt(T_010203, 3), "1 hour 2 minutes 3 seconds");
        assert_eq!(fmt(T_010203, 8), "0000-00-00T01:02:03");
        assert_eq!(fmt(T_010203, 7), "62 minutes 3 seconds");
        assert_eq!(fmt(T_010203, 6), "62:03");
        assert_eq!(fmt(T_010203, 9), "01:02:03");
        assert_eq!(fmt(T_010203, 10), "1:02:03 AM");
        assert_eq!(fmt(T_173045, 5), "5:30 PM");
        assert_eq!(fmt(T_173045, 3), "17 hours 30 minutes 45 seconds");
        assert_eq!(fmt(from_text("13:00:00"), 4), "13 hours 0 minute");
    }

    #[test]
    fn display_format_edges() {
        assert_eq!(fmt(0, 101), "");
        assert_eq!(fmt(0, 1), "00:00:00");
        assert_eq!(fmt(1, 101), "00:00:01");
        assert_eq!(fmt(0, 5), "12:00 AM");
        assert_eq!(fmt(12 * 3600, 5), "12:00 PM");
        assert_eq!(fmt(25 * 3600, 5), "1:00 AM");
        assert_eq!(fmt(-60, 6), "-01:00");
        assert!(fmt(i64::MIN, 7).starts_with('-'));
        assert_eq!(TimeFormat::from_code(0), None);
        assert_eq!(TimeFormat::from_code(12), None);
        assert_eq!(
            TimeFormat::from_code(111),
            Some((TimeFormat::SystemLong, true))
        );
    }

    #[test]
    fn time_command() {
        assert_eq!(from_text("13:00:00"), 46_800);
        assert_eq!(from_text("02:46:40"), 10_000);
        assert_eq!(from_text("13:00"), 46_800);
        assert_eq!(from_text("1:02 AM"), T_010203 - 3);
        assert_eq!(from_text("5:30 PM"), 17 * 3600 + 1800);
        assert_eq!(from_text("12:15 am"), 15 * 60);
        assert_eq!(from_text("12:15 PM"), 12 * 3600 + 15 * 60);
        assert_eq!(from_text("-01:00:00"), -3600);
        assert_eq!(from_text("100:00:00"), 360_000);
        assert_eq!(from_text(""), 0);
        assert_eq!(from_text("abc"), 0);
        assert_eq!(from_text("99999999999:00:00"), 0);
        assert_eq!(from_text("999999:00:00"), 0);
        assert_eq!(from_text("ñ1:00:00ñ"), 3600);
    }

    #[test]
    fn reals_and_millis() {
        assert_eq!(seconds_from_real(3692.0), 3692);
        assert_eq!(seconds_from_real(2.5), 3);
        assert_eq!(seconds_from_real(-2.5), -3);
        assert_eq!(seconds_from_real(f64::NAN), 0);
        assert_eq!(seconds_from_real(f64::INFINITY), i64::MAX);
        assert_eq!(to_millis(72_000), 72_000_000.0);
        assert_eq!(from_millis(72_000_000.0), 72_000);
        assert_eq!(from_millis(1_499.0), 1);
        assert_eq!(split_hms(T_010203), (1, 2, 3));
    }
}
