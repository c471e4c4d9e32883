//! The values of literal tokens: text escapes, `!date!` and `?time?` literals
//! (language.md §3.3–§3.6).

/// A date literal's parts; all zero is 4D's null date `!00-00-00!`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateLit {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Processes 4D's escapes in the text between the quotes: `\n \t \r \\ \"`
/// (either case); a backslash before any other character stays as typed.
pub fn unescape(inner: &str) -> String {
    if !inner.contains('\\') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some('t' | 'T') => out.push('\t'),
            Some('r' | 'R') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// Reads the text between `!…!`: `YYYY-MM-DD` (or `/`, `.` as separator), or
/// month-day-year when the first part is not four digits; two-digit years below
/// 30 are 20xx. `None` for anything that is not a real date.
pub fn parse_date(inner: &str) -> Option<DateLit> {
    let sep = inner.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = inner.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let num = |s: &str| s.parse::<u16>().ok();
    let (y, m, d) = if parts[0].len() == 4 {
        (parts[0], parts[1], parts[2])
    } else {
        (parts[2], parts[0], parts[1])
    };
    if m.len() > 2 || d.len() > 2 || y.len() == 3 {
        return None;
    }
    let ylen = y.len();
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    if y == 0 && m == 0 && d == 0 {
        return Some(DateLit::default());
    }
    let year = if ylen <= 2 {
        if y < 30 { 2000 + y } else { 1900 + y }
    } else {
        y
    };
    let (month, day) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    if month == 0 || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(DateLit { year, month, day })
}

/// Reads the text between `?…?` as a number of seconds: hours (1 or more digits),
/// minutes and seconds (1–2 digits, below 60).
pub fn parse_time(inner: &str) -> Option<f64> {
    let mut parts = inner.split(':');
    let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || m.len() > 2 || s.len() > 2 || h.len() > 9 {
        return None;
    }
    let (h, m, s): (u64, u64, u64) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
    if m >= 60 || s >= 60 {
        return None;
    }
    Some((h * 3600 + m * 60 + s) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(unescape(r#"a\nb\Tc\\d\"e"#), "a\nb\tc\\d\"e");
        assert_eq!(unescape(r"C:\Data"), r"C:\Data");
    }

    #[test]
    fn dates() {
        let d = |y, m, dd| {
            Some(DateLit {
                year: y,
                month: m,
                day: dd,
            })
        };
        assert_eq!(parse_date("2024-01-15"), d(2024, 1, 15));
        assert_eq!(parse_date("00-00-00"), Some(DateLit::default()));
        assert_eq!(parse_date("12/04/98"), d(1998, 12, 4));
        assert_eq!(parse_date("1/2/05"), d(2005, 1, 2));
        assert_eq!(parse_date("2024.02.29"), d(2024, 2, 29));
        assert_eq!(parse_date("2023-02-30"), None);
        assert_eq!(parse_date("2023-13-01"), None);
        assert_eq!(parse_date("hello"), None);
        assert_eq!(parse_date("2023-1/01"), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("13:01:59"), Some(46919.0));
        assert_eq!(parse_time("8:05:30"), Some(29130.0));
        assert_eq!(parse_time("1:60:00"), None);
        assert_eq!(parse_time("596000:00:00"), Some(2_145_600_000.0));
    }
}
