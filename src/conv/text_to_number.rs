//! Text to number: the `Num(text{; separator})` command, whose reader skips letters
//! instead of failing (4D docs `commands-legacy/num.md`).

/// `Num(text{; sep})`. Documented: letters are ignored (`"A1B2C3"` → 123), a `-` before
/// the digits negates, a `-` after them ends the number (`"123-456"` → 123), `e`/`E`
/// after digits starts an exponent that may take a `-` (`"123e-2"` → 1.23), the decimal
/// separator is `sep` when given (one or more characters) and `.` otherwise, and every
/// other character is skipped (`Num("33,333.33"; ".")` = 33333.33). Text with no digit
/// gives 0.
///
/// Decisions where the docs are silent: a second decimal separator is skipped like any
/// other character (`"1.2.3"` → 1.23); a separator before the first digit still starts
/// the fraction (`".5"` → 0.5); `+` is skipped; an `e` that starts no exponent (before
/// any digit, or a second `e`) is a skipped letter (`"1e3e2"` → 1e32); `0x` hexadecimal is not recognised (`x` is a
/// letter); an empty `sep` means `.`; the result is never `-0`.
pub fn parse_num(text: &str, sep: Option<&str>) -> f64 {
    let sep = match sep {
        Some(s) if !s.is_empty() => s,
        _ => ".",
    };
    let mut reader = Reader::default();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with(sep) {
            reader.separator();
            rest = &rest[sep.len()..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if !reader.char(c) {
            break;
        }
    }
    reader.value()
}

/// Where the reader is in a number.
#[derive(Default, PartialEq, Eq, Clone, Copy)]
enum Part {
    /// No digit seen yet.
    #[default]
    Before,
    Integer,
    Fraction,
    /// Just after `e`: a `-` here is the exponent's sign.
    ExponentStart,
    Exponent,
}

/// The digits read so far, kept as text so that the final conversion is exactly rounded.
#[derive(Default)]
struct Reader {
    part: Part,
    negative: bool,
    int_digits: String,
    frac_digits: String,
    exp_negative: bool,
    /// Saturates far beyond any double's range, so huge exponents cannot overflow.
    exponent: i64,
}

impl Reader {
    fn separator(&mut self) {
        if matches!(self.part, Part::Before | Part::Integer) {
            self.part = Part::Fraction;
        }
    }

    /// Takes one character other than the separator; false ends the number.
    fn char(&mut self, c: char) -> bool {
        match (c, self.part) {
            ('0'..='9', Part::Before | Part::Integer) => {
                self.part = Part::Integer;
                self.int_digits.push(c);
            }
            ('0'..='9', Part::Fraction) => self.frac_digits.push(c),
            ('0'..='9', Part::ExponentStart | Part::Exponent) => {
                self.part = Part::Exponent;
                let d = i64::from(c as u8 - b'0');
                self.exponent = (self.exponent * 10 + d).min(1_000_000);
            }
            ('-', Part::Before) => self.negative = true,
            ('-', Part::ExponentStart) => self.exp_negative = true,
            ('-', _) => return false,
            ('e' | 'E', Part::Integer | Part::Fraction) if self.has_digits() => {
                self.part = Part::ExponentStart;
            }
            _ => {}
        }
        true
    }

    fn has_digits(&self) -> bool {
        !self.int_digits.is_empty() || !self.frac_digits.is_empty()
    }

    fn value(&self) -> f64 {
        if !self.has_digits() {
            return 0.0;
        }
        let int = if self.int_digits.is_empty() {
            "0"
        } else {
            &self.int_digits
        };
        let exp = if self.exp_negative {
            -self.exponent
        } else {
            self.exponent
        };
        let frac = if self.frac_digits.is_empty() {
            "0"
        } else {
            &self.frac_digits
        };
        let text = format!("{int}.{frac}e{exp}");
        let magnitude: f64 = text.parse().unwrap_or(0.0);
        if self.negative && magnitude != 0.0 {
            -magnitude
        } else {
            magnitude
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_examples() {
        assert_eq!(parse_num("ABCD", None), 0.0);
        assert_eq!(parse_num("A1B2C3", None), 123.0);
        assert_eq!(parse_num("a1b2c3", None), 123.0);
        assert_eq!(parse_num("123", None), 123.0);
        assert_eq!(parse_num("123.4", None), 123.4);
        assert_eq!(parse_num("-123", None), -123.0);
        assert_eq!(parse_num("-123e2", None), -12300.0);
        assert_eq!(parse_num("123-456", None), 123.0);
        assert_eq!(parse_num("-9", None), -9.0);
        assert_eq!(parse_num("123e-2", None), 1.23);
        assert_eq!(parse_num("33,333.33", Some(",")), 33.33333);
        assert_eq!(parse_num("33,333.33", Some(".")), 33333.33);
    }

    #[test]
    fn empty_and_letters() {
        assert_eq!(parse_num("", None), 0.0);
        assert_eq!(parse_num("-", None), 0.0);
        assert_eq!(parse_num("e5", None), 5.0);
        assert_eq!(parse_num("ñ7ß", None), 7.0);
        assert_eq!(parse_num("😀4😀2", None), 42.0);
        assert!(parse_num("-0", None).is_sign_positive());
    }

    #[test]
    fn separators() {
        assert_eq!(parse_num("1.2.3", None), 1.23);
        assert_eq!(parse_num(".5", None), 0.5);
        assert_eq!(parse_num("-.5", None), -0.5);
        assert_eq!(parse_num("1,5", Some(",")), 1.5);
        assert_eq!(parse_num("1::5", Some("::")), 1.5);
        assert_eq!(parse_num("1.5", Some("")), 1.5);
        assert_eq!(parse_num("1 000 000", None), 1_000_000.0);
        assert_eq!(parse_num("+42", None), 42.0);
        assert_eq!(parse_num("0x1F", None), 1.0);
    }

    #[test]
    fn exponents() {
        // A second `e` is a skipped letter: its digits go on with the exponent.
        assert_eq!(parse_num("1e3e2", None), 1e32);
        assert_eq!(parse_num("12e", None), 12.0);
        assert_eq!(parse_num("1.5E3", None), 1500.0);
        assert_eq!(parse_num("2e-3-4", None), 0.002);
        assert_eq!(parse_num("1e99999999999999999999999", None), f64::INFINITY);
        assert_eq!(parse_num("1e-99999999999999999999999", None), 0.0);
        assert_eq!(parse_num("-1e400", None), f64::NEG_INFINITY);
    }

    #[test]
    fn long_digit_runs() {
        let many = "9".repeat(400);
        assert_eq!(parse_num(&many, None), f64::INFINITY);
        let precise = format!("0.{}1", "0".repeat(1000));
        assert_eq!(parse_num(&precise, None), 0.0);
        assert_eq!(
            parse_num("12345678901234567890", None),
            1.2345678901234567e19
        );
    }
}
