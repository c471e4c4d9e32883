//! Dates and times with a pattern: `String(date; "EEEE d MMMM y")`,
//! `String(time; "hh:mm aa")` (4d/docs docs/Project/date-time-formats.md, the
//! ICU symbols). fourd runs in English and UTC: zones print as GMT/Z. Weeks
//! follow the docs' examples (`w` of 1954-03-17 is 11, `e` of a Tuesday is
//! 2): they start on Monday and week 1 holds the year's first Thursday.

use super::date::Date4D;
use super::date_format::{MONTHS, WEEKDAYS};

/// Formats `date` (may be null) and `seconds` (the time of day) with an ICU
/// pattern. Letters between quotes are literal, `''` is a quote; other
/// letters that are no pattern symbol are kept as they are; leading and
/// trailing blanks of the pattern are dropped (the docs).
pub fn format_pattern(date: Date4D, seconds: i64, pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    // Blanks at both ends of the pattern (outside quotes) are trimmed.
    let first = chars.iter().position(|c| *c != ' ').unwrap_or(chars.len());
    let last = chars
        .iter()
        .rposition(|c| *c != ' ')
        .map_or(first, |i| i + 1);
    let f = Fields::new(date, seconds);
    let mut i = first;
    while i < last {
        let c = chars[i];
        if c == '\'' {
            // `''` is one quote; otherwise a quoted literal up to the next quote.
            if chars.get(i + 1) == Some(&'\'') {
                out.push('\'');
                i += 2;
                continue;
            }
            // Inside quotes, `''` is a quote too (`'o''clock'`).
            i += 1;
            while i < chars.len() {
                if chars[i] == '\'' {
                    if chars.get(i + 1) == Some(&'\'') {
                        out.push('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                out.push(chars[i]);
                i += 1;
            }
            i += 1;
            continue;
        }
        if !c.is_ascii_alphabetic() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = chars[i..last].iter().take_while(|x| **x == c).count();
        f.symbol(c, n, &mut out);
        i += n;
    }
    out
}

/// The parts of a date and time a pattern reads.
struct Fields {
    year: i64,
    month: usize,
    day: i64,
    /// 0 = Sunday.
    weekday: usize,
    day_of_year: i64,
    seconds: i64,
}

impl Fields {
    fn new(d: Date4D, seconds: i64) -> Fields {
        let weekday = if d.is_null() {
            0
        } else {
            (d.day_number() as usize + 6) % 7
        };
        let day_of_year = if d.is_null() {
            0
        } else {
            Date4D::new(d.year as i64, 1, 1).map_or(0, |jan1| d.days_between(jan1) + 1)
        };
        Fields {
            year: d.year as i64,
            month: d.month as usize,
            day: d.day as i64,
            weekday,
            day_of_year,
            seconds: seconds.rem_euclid(86_400),
        }
    }

    /// ISO 8601 week number and week-based year.
    fn iso_week(&self) -> (i64, i64) {
        if self.month == 0 {
            return (0, 0);
        }
        // Monday = 1 … Sunday = 7.
        let iso_day = ((self.weekday + 6) % 7 + 1) as i64;
        let week = (self.day_of_year - iso_day + 10) / 7;
        let weeks_in = |y: i64| {
            let p = |y: i64| (y + y / 4 - y / 100 + y / 400) % 7;
            if p(y) == 4 || p(y - 1) == 3 { 53 } else { 52 }
        };
        if week < 1 {
            (self.year - 1, weeks_in(self.year - 1))
        } else if week > weeks_in(self.year) {
            (self.year + 1, 1)
        } else {
            (self.year, week)
        }
    }

    fn symbol(&self, c: char, n: usize, out: &mut String) {
        let (h, m, s) = (
            self.seconds / 3600,
            self.seconds / 60 % 60,
            self.seconds % 60,
        );
        let month_name = MONTHS
            .get(self.month.wrapping_sub(1))
            .copied()
            .unwrap_or("");
        let day_name = WEEKDAYS[self.weekday];
        let num = |out: &mut String, v: i64, width: usize| out.push_str(&format!("{v:0width$}"));
        match c {
            'G' => out.push_str(match n {
                4 => "Anno Domini",
                5 => "A",
                _ => "AD",
            }),
            'y' | 'Y' | 'u' => {
                let year = if c == 'Y' {
                    self.iso_week().0
                } else {
                    self.year
                };
                if n == 2 {
                    num(out, year % 100, 2);
                } else {
                    num(out, year, n);
                }
            }
            'Q' | 'q' => {
                let q = (self.month.max(1) as i64 - 1) / 3 + 1;
                match n {
                    1 | 5 => num(out, q, 1),
                    2 => num(out, q, 2),
                    3 => out.push_str(&format!("Q{q}")),
                    _ => out.push_str(["1st", "2nd", "3rd", "4th"][(q - 1) as usize % 4]),
                }
                if n == 4 {
                    out.push_str(" quarter");
                }
            }
            'M' | 'L' => match n {
                1 | 2 => num(out, self.month as i64, n),
                3 => out.push_str(month_name.get(..3).unwrap_or("")),
                5 => out.push_str(month_name.get(..1).unwrap_or("")),
                _ => out.push_str(month_name),
            },
            'w' => num(out, self.iso_week().1, n.min(2)),
            'd' => num(out, self.day, n),
            'D' => num(out, self.day_of_year, n),
            'E' | 'e' | 'c' => {
                if c != 'E' && n <= 2 {
                    // Local day of week: Monday is 1 (the docs' examples).
                    num(out, ((self.weekday + 6) % 7 + 1) as i64, n);
                    return;
                }
                match n {
                    4 => out.push_str(day_name),
                    5 => out.push_str(&day_name[..1]),
                    6 => out.push_str(&day_name[..2]),
                    _ => out.push_str(&day_name[..3]),
                }
            }
            'a' | 'b' | 'B' => {
                let pm = h >= 12;
                match (c, n) {
                    ('a', 5) => out.push(if pm { 'p' } else { 'a' }),
                    ('a', _) => out.push_str(if pm { "PM" } else { "AM" }),
                    ('b', _) if self.seconds == 0 => out.push_str("midnight"),
                    ('b', _) if self.seconds == 12 * 3600 => out.push_str("noon"),
                    ('b', _) => out.push_str(if pm { "PM" } else { "AM" }),
                    _ => out.push_str(match h {
                        6..=11 => "in the morning",
                        12..=17 => "in the afternoon",
                        18..=20 => "in the evening",
                        _ => "at night",
                    }),
                }
            }
            'h' => num(out, if h % 12 == 0 { 12 } else { h % 12 }, n),
            'H' => num(out, h, n),
            'K' => num(out, h % 12, n),
            'k' => num(out, if h == 0 { 24 } else { h }, n),
            'm' => num(out, m, n),
            's' => num(out, s, n),
            'S' => num(out, 0, n),
            // fourd's zone is UTC.
            'X' => out.push('Z'),
            'x' => out.push_str(match n {
                1 => "+00",
                2 | 4 => "+0000",
                _ => "+00:00",
            }),
            'O' => out.push_str("GMT"),
            'z' | 'Z' | 'v' | 'V' => out.push_str(if n >= 4 { "GMT" } else { "UTC" }),
            other => (0..n).for_each(|_| out.push(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i64, m: i64, day: i64) -> Date4D {
        Date4D::new(y, m, day).unwrap()
    }

    #[test]
    fn docs_examples() {
        let nov27 = d(2023, 11, 27);
        assert_eq!(
            format_pattern(nov27, 0, "EEEE d MMMM y GGGG"),
            "Monday 27 November 2023 Anno Domini"
        );
        assert_eq!(format_pattern(d(2000, 6, 15), 0, "QQQQ"), "2nd quarter");
        assert_eq!(format_pattern(d(2001, 3, 17), 0, "D"), "76");
        assert_eq!(format_pattern(d(1954, 3, 17), 0, "w"), "11");
        assert_eq!(format_pattern(d(1954, 3, 17), 0, "eeee"), "Wednesday");
        assert_eq!(format_pattern(Date4D::NULL, 15 * 3600, "a"), "PM");
        assert_eq!(format_pattern(Date4D::NULL, 18 * 3600, "K a"), "6 PM");
        assert_eq!(
            format_pattern(Date4D::NULL, 13 * 3600 + 30 * 60 + 15, "hh:mm aa O"),
            "01:30 PM GMT"
        );
        assert_eq!(
            format_pattern(
                Date4D::NULL,
                15 * 3600 + 30 * 60,
                "HH 'hours and' mm 'minutes'"
            ),
            "15 hours and 30 minutes"
        );
        assert_eq!(
            format_pattern(Date4D::NULL, 9 * 3600 + 10 * 60 + 25, " HH : mm : ss "),
            "09 : 10 : 25"
        );
        assert_eq!(
            format_pattern(Date4D::NULL, 9 * 3600 + 10 * 60 + 25, "' 'HH : mm : ss' '"),
            " 09 : 10 : 25 "
        );
        assert_eq!(
            format_pattern(d(1996, 7, 2), 0, "yyyyyy yy MMM MMMMM"),
            "001996 96 Jul J"
        );
        assert_eq!(
            format_pattern(Date4D::NULL, 5 * 3600, "h 'o''clock'"),
            "5 o'clock"
        );
    }

    #[test]
    fn odd_patterns_do_not_panic() {
        for p in ["'", "''", "'abc", "EEEEEEEE", "", "   ", "é@'x'y"] {
            let _ = format_pattern(Date4D::NULL, -5, p);
            let _ = format_pattern(d(2024, 2, 29), 100_000, p);
        }
    }
}
