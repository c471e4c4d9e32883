//! `String(number; format)` with a text format: placeholder patterns such as
//! `"###,##0.00"`, the positive;negative;zero sections, scientific `&n`, hexadecimal
//! `&x`/`&$`, `&xml`, and `&/n` (a number shown as a time). The rules and every example
//! come from the *Number Format* section of `FormObjects/properties_Display.md`.

use super::number_to_text::{format_hex, format_real, round_significant};
use super::time::{TimeFormat, format_time, seconds_from_real};

/// `String(x; format)` for a text `format`. `None` for a custom style (`"|name"`) or an
/// unknown `&` format, which fourd does not know (the caller decides). An empty format
/// is the default format; NaN and infinities print as in the default format (decision).
pub fn format_number(x: f64, format: &str) -> Option<String> {
    if format.is_empty() || !x.is_finite() {
        return Some(format_real(x));
    }
    if format.starts_with('|') {
        return None;
    }
    if let Some(rest) = format.strip_prefix('&') {
        return format_ampersand(x, rest);
    }
    Some(format_pattern(x, format))
}

/// The `&…` formats.
fn format_ampersand(x: f64, rest: &str) -> Option<String> {
    match rest {
        "x" | "X" => Some(format_hex(x, false)),
        "$" => Some(format_hex(x, true)),
        _ if rest.eq_ignore_ascii_case("xml") => Some(format_real(x)),
        _ => {
            if let Some(code) = rest.strip_prefix('/') {
                let (format, blank) = TimeFormat::from_code(code.parse().ok()?)?;
                return Some(format_time(seconds_from_real(x), format, blank));
            }
            let digits: usize = rest.parse().ok()?;
            Some(format_scientific(x, digits))
        }
    }
}

/// `&n`: `n` significant digits in exponent form, rounded (`&3` shows 759.62 as
/// `7.60e+2`, `&2` shows 1234.5 as `1.2e+3` and 0 as `0.0e+0`). The docs' `&5` row
/// (`1.23450e+3`, and `0.00000` for zero) disagrees with both; fourd follows the
/// other examples. At least 1 digit and at most 40 (decision).
fn format_scientific(x: f64, digits: usize) -> String {
    let decimals = digits.clamp(1, 40) - 1;
    let text = format!("{:.*e}", decimals, x);
    match text.split_once('e') {
        Some((mantissa, exp)) if exp.starts_with('-') => format!("{mantissa}e{exp}"),
        Some((mantissa, exp)) => format!("{mantissa}e+{exp}"),
        None => text,
    }
}

/// One piece of a placeholder section.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// `#`, `0`, `^` or `*`: one digit, or what the placeholder shows instead.
    Digit(char),
    /// `,` between two placeholders of the integer part: a thousands separator.
    Comma,
    /// Any other character, shown as it is.
    Literal(char),
}

/// What a placeholder shows where there is no significant digit: `#` nothing, `0` a
/// zero, `^` a space, `*` an asterisk.
fn fill(placeholder: char) -> Option<char> {
    match placeholder {
        '0' => Some('0'),
        '^' => Some(' '),
        '*' => Some('*'),
        _ => None,
    }
}

fn is_placeholder(c: char) -> bool {
    matches!(c, '#' | '0' | '^' | '*')
}

/// Placeholder formats with up to three sections, positive;negative;zero. One section
/// serves every number, with a minus sign taking a placeholder before the digits; with
/// two, the second shows negative numbers (without a sign of its own); the third is
/// shown as it is for zero. Digits past the format's decimals are cut, not rounded
/// (documented: only `&n` rounds), after rounding to 13 significant digits as the
/// default format does, so that 0.29 keeps its `29` (decision).
fn format_pattern(x: f64, format: &str) -> String {
    let sections: Vec<&str> = format.splitn(3, ';').collect();
    let (section, minus) = match sections.as_slice() {
        [_, negative, ..] if x < 0.0 => (*negative, false),
        [_, _, zero] if x == 0.0 => return (*zero).to_string(),
        [positive, ..] => (*positive, x < 0.0),
        [] => return format_real(x),
    };
    render_section(x.abs(), section, minus)
}

/// Splits a section at its decimal point: the first `.` next to a placeholder.
fn split_point(section: &[char]) -> (Vec<char>, Option<Vec<char>>) {
    let point = (0..section.len()).find(|&i| {
        section[i] == '.'
            && (i
                .checked_sub(1)
                .and_then(|p| section.get(p))
                .is_some_and(|&c| is_placeholder(c))
                || section.get(i + 1).is_some_and(|&c| is_placeholder(c)))
    });
    match point {
        Some(i) => (section[..i].to_vec(), Some(section[i + 1..].to_vec())),
        None => (section.to_vec(), None),
    }
}

/// The integer part's pieces: a `,` counts as a separator only between placeholders.
fn integer_pieces(chars: &[char]) -> Vec<Piece> {
    (0..chars.len())
        .map(|i| match chars[i] {
            c if is_placeholder(c) => Piece::Digit(c),
            ',' if i > 0
                && is_placeholder(chars[i - 1])
                && chars.get(i + 1).is_some_and(|&c| is_placeholder(c)) =>
            {
                Piece::Comma
            }
            c => Piece::Literal(c),
        })
        .collect()
}

/// The integer digits (no leading zeros, empty below 1) and exactly `decimals`
/// fraction digits of `value` (≥ 0, finite), cut after 13 significant digits.
fn decimal_digits(value: f64, decimals: usize) -> (String, String) {
    if value == 0.0 {
        return (String::new(), "0".repeat(decimals));
    }
    let (digits, exp) = round_significant(value, 13);
    let (mut int, mut frac) = if exp >= 0 {
        let int_len = exp as usize + 1;
        let mut int: String = digits.chars().take(int_len).collect();
        while int.len() < int_len {
            int.push('0');
        }
        (int, digits.chars().skip(int_len).collect::<String>())
    } else {
        let zeros = "0".repeat(((-exp - 1) as usize).min(decimals));
        (String::new(), zeros + &digits)
    };
    frac.truncate(decimals);
    while frac.len() < decimals {
        frac.push('0');
    }
    let trimmed = int.trim_start_matches('0').len();
    int.drain(..int.len() - trimmed);
    (int, frac)
}

/// Renders `value` (≥ 0) in one section; `minus` asks for a sign in a placeholder.
fn render_section(value: f64, section: &str, minus: bool) -> String {
    let chars: Vec<char> = section.chars().collect();
    if !chars.iter().any(|&c| is_placeholder(c)) {
        return section.to_string();
    }
    let (int_chars, frac_chars) = split_point(&chars);
    let int_pieces = integer_pieces(&int_chars);
    let frac_chars = frac_chars.unwrap_or_default();
    let decimals = frac_chars.iter().filter(|&&c| is_placeholder(c)).count();
    let (int_digits, frac_digits) = decimal_digits(value, decimals);
    // A value that shows as zero takes no sign.
    let minus = minus && (!int_digits.is_empty() || frac_digits.bytes().any(|b| b != b'0'));
    let slots = int_pieces
        .iter()
        .filter(|p| matches!(p, Piece::Digit(_)))
        .count();
    let needed = int_digits.len() + usize::from(minus);
    if needed > slots {
        return "<".repeat(slots.max(1));
    }
    let mut out = render_integer(&int_pieces, &int_digits, minus);
    out.push_str(&render_fraction(&frac_chars, &frac_digits));
    out
}

/// The integer part: digits from the right, then the minus sign, then fills; a comma
/// shows only after a digit, else it shows what the placeholder before it shows.
fn render_integer(pieces: &[Piece], digits: &str, minus: bool) -> String {
    let mut digits = digits.chars().rev();
    let mut minus = minus;
    // What each placeholder shows, right to left.
    let mut shown: Vec<Option<char>> = Vec::with_capacity(pieces.len());
    for piece in pieces.iter().rev() {
        shown.push(match piece {
            Piece::Digit(p) => match digits.next() {
                Some(d) => Some(d),
                None if minus => {
                    minus = false;
                    Some('-')
                }
                None => fill(*p),
            },
            _ => None,
        });
    }
    shown.reverse();
    let mut out = String::new();
    let mut left: Option<(char, Option<char>)> = None;
    for (piece, shown) in pieces.iter().zip(shown) {
        match piece {
            Piece::Digit(p) => {
                out.extend(shown);
                left = Some((*p, shown));
            }
            Piece::Comma => match left {
                Some((_, Some(c))) if c.is_ascii_digit() => out.push(','),
                Some((_, Some('-'))) => {}
                Some((p, _)) => out.extend(fill(p).filter(|&c| c != '0')),
                None => {}
            },
            Piece::Literal(c) => out.push(*c),
        }
    }
    out
}

/// The fraction part: its digits left to right; trailing zeros show as the
/// placeholder's fill; the point shows only when a digit follows it.
fn render_fraction(chars: &[char], digits: &str) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let last_significant = digits.iter().rposition(|&d| d != '0');
    let mut body = String::new();
    let mut any_digit = false;
    let mut next = 0;
    for &c in chars {
        if !is_placeholder(c) {
            body.push(c);
            continue;
        }
        let d = digits.get(next).copied().unwrap_or('0');
        let significant = last_significant.is_some_and(|last| next <= last);
        next += 1;
        let shown = if significant { Some(d) } else { fill(c) };
        any_digit |= shown.is_some_and(|s| s.is_ascii_digit());
        body.extend(shown);
    }
    if any_digit { format!(".{body}") } else { body }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The docs' table: 1234.50, -1234.50 and 0 in each format.
    fn row(format: &str) -> [String; 3] {
        [1234.5, -1234.5, 0.0].map(|x| format_number(x, format).unwrap_or_default())
    }

    #[test]
    fn string_command_examples() {
        let pi = 1f64.atan() * 4.0;
        assert_eq!(
            format_number(32768.0, "###,##0 Inhabitants").as_deref(),
            Some("32,768 Inhabitants")
        );
        assert_eq!(
            format_number(1.0 / 3.0, "##0.00000").as_deref(),
            Some("0.33333")
        );
        assert_eq!(format_number(pi, "##0.00").as_deref(), Some("3.14"));
        assert_eq!(format_number(-1.0, "&x").as_deref(), Some("0xFFFFFFFF"));
        assert_eq!(format_number(-1.0, "&$").as_deref(), Some("$FFFFFFFF"));
        assert_eq!(format_number(128.0, "&x").as_deref(), Some("0x0080"));
        assert_eq!(format_number(50.3, "&xml").as_deref(), Some("50.3"));
        assert_eq!(format_number(1.0, "True;;False").as_deref(), Some("True"));
        assert_eq!(format_number(0.0, "True;;False").as_deref(), Some("False"));
        assert_eq!(format_number((-1f64).ln(), "##0").as_deref(), Some(""));
        assert_eq!(format_number(f64::INFINITY, "##0").as_deref(), Some("INF"));
    }

    #[test]
    fn display_table_plain() {
        assert_eq!(row("###"), ["<<<", "<<<", ""]);
        assert_eq!(row("####"), ["1234", "<<<<", ""]);
        assert_eq!(row("#######"), ["1234", "-1234", ""]);
        assert_eq!(row("#####.##"), ["1234.5", "-1234.5", ""]);
        assert_eq!(row("####0.00"), ["1234.50", "-1234.50", "0.00"]);
        assert_eq!(row("#####0"), ["1234", "-1234", "0"]);
        assert_eq!(row("###,##0"), ["1,234", "-1,234", "0"]);
        assert_eq!(row("##,##0.00"), ["1,234.50", "-1,234.50", "0.00"]);
    }

    #[test]
    fn display_table_sections() {
        assert_eq!(row("+#####0;–#####0;0"), ["+1234", "–1234", "0"]);
        assert_eq!(row("#####0DB;#####0CR;0"), ["1234DB", "1234CR", "0"]);
        assert_eq!(row("#####0;(#####0)"), ["1234", "(1234)", "0"]);
        assert_eq!(
            row("$###,##0.00;($###,##0.00);"),
            ["$1,234.50", "($1,234.50)", ""]
        );
        assert_eq!(
            row("$###,##0.00;($###,##0.00)"),
            ["$1,234.50", "($1,234.50)", "$0.00"]
        );
        assert_eq!(format_number(5.0, "###;###;#").as_deref(), Some("5"));
        assert_eq!(format_number(0.0, "###;###;#").as_deref(), Some("#"));
    }

    #[test]
    fn display_table_fills() {
        assert_eq!(row("^^^^^^^"), ["   1234", "  -1234", "       "]);
        assert_eq!(row("^^^^^^0"), ["   1234", "  -1234", "      0"]);
        assert_eq!(row("^^^,^^0"), ["  1,234", " -1,234", "      0"]);
        // The docs table loses leading spaces: `^` shows one for each unused place.
        assert_eq!(row("^^,^^0.00"), [" 1,234.50", "-1,234.50", "     0.00"]);
        assert_eq!(row("*******"), ["***1234", "**-1234", "*******"]);
        assert_eq!(row("******0"), ["***1234", "**-1234", "******0"]);
        assert_eq!(row("***,**0"), ["**1,234", "*-1,234", "******0"]);
        assert_eq!(row("**,**0.00"), ["*1,234.50", "-1,234.50", "*****0.00"]);
        assert_eq!(
            row("$*,**0.00;–$*,**0.00"),
            ["$1,234.50", "–$1,234.50", "$****0.00"]
        );
        assert_eq!(row("$^^^^0"), ["$ 1234", "$-1234", "$    0"]);
        assert_eq!(row("$^^^0;–$^^^0"), ["$1234", "–$1234", "$   0"]);
        assert_eq!(row("$^^^0 ;($^^^0)"), ["$1234 ", "($1234)", "$   0 "]);
        assert_eq!(
            row("$^,^^0.00 ;($^,^^0.00)"),
            ["$1,234.50 ", "($1,234.50)", "$    0.00 "]
        );
    }

    #[test]
    fn scientific_and_time() {
        assert_eq!(format_number(759.62, "&3").as_deref(), Some("7.60e+2"));
        assert_eq!(row("&2"), ["1.2e+3", "-1.2e+3", "0.0e+0"]);
        assert_eq!(row("&xml"), ["1234.5", "-1234.5", "0"]);
        assert_eq!(format_number(0.00012, "&2").as_deref(), Some("1.2e-4"));
        assert_eq!(format_number(1234.5, "&0").as_deref(), Some("1e+3"));
        assert_eq!(format_number(25000.0, "&/5").as_deref(), Some("6:56 AM"));
        assert_eq!(format_number(3723.0, "&/1").as_deref(), Some("01:02:03"));
        assert_eq!(format_number(1.0, "&/99"), None);
        assert_eq!(format_number(1.0, "&q"), None);
        assert_eq!(format_number(1.0, "|Money"), None);
    }

    #[test]
    fn pattern_edges() {
        assert_eq!(format_number(1.0, "").as_deref(), Some("1"));
        assert_eq!(format_number(0.29, "0.00").as_deref(), Some("0.29"));
        assert_eq!(format_number(2.999, "0.00").as_deref(), Some("2.99"));
        assert_eq!(format_number(-0.001, "##0.00").as_deref(), Some("0.00"));
        assert_eq!(format_number(0.5, "#.##").as_deref(), Some(".5"));
        assert_eq!(format_number(1e300, "#").as_deref(), Some("<"));
        assert_eq!(format_number(1e-300, "0.00").as_deref(), Some("0.00"));
        assert_eq!(
            format_number(1234567.0, "#,###,##0").as_deref(),
            Some("1,234,567")
        );
        assert_eq!(
            format_number(7.0, "Total: ##0 €").as_deref(),
            Some("Total: 7 €")
        );
        assert_eq!(format_number(-7.0, "abc").as_deref(), Some("abc"));
        assert_eq!(format_number(-7.0, "#;").as_deref(), Some(""));
        assert_eq!(format_number(5.5, ".00").as_deref(), Some("<"));
        assert_eq!(format_number(0.5, ".00").as_deref(), Some(".50"));
    }
}
