//! Numbers to text: `String(x)`'s default format, `String(x; base)`, the `"&x"`/`"&$"`
//! hexadecimal formats and the number form `JSON Stringify` writes.

/// Significant digits of `String(x)`'s default format (4D docs, `commands/string.md`).
const SIGNIFICANT: usize = 13;

/// `String(x)` with no format: 13 significant digits, trailing zeros and a trailing `.`
/// removed, `INF`/`-INF`, NaN as `""` (documented). Exponent form (`1.5e+20`, `1e-6`)
/// for a decimal exponent ≥ 15 or < -5 and `-0` as `0` are fourd decisions (§16).
pub fn format_real(x: f64) -> String {
    // Integers (the common case) print without going through the decimal
    // expansion: 13 significant digits cover every integer below 10^13.
    if x.fract() == 0.0 && x.abs() < 1e13 {
        return (x as i64).to_string();
    }
    if x.is_nan() {
        return String::new();
    }
    if x.is_infinite() {
        return if x > 0.0 { "INF" } else { "-INF" }.to_string();
    }
    if x == 0.0 {
        return "0".to_string();
    }
    let (digits, exp) = round_significant(x.abs(), SIGNIFICANT);
    let mut out = String::with_capacity(24);
    if x < 0.0 {
        out.push('-');
    }
    if !(-5..15).contains(&exp) {
        push_exponent_form(&mut out, &digits, exp);
    } else {
        push_plain(&mut out, &digits, exp);
    }
    out
}

/// The digits of `x` (> 0, finite) rounded to `n` significant digits, without trailing
/// zeros, and the decimal exponent of the first digit. Rust's `{:e}` rounds exactly.
pub(super) fn round_significant(x: f64, n: usize) -> (String, i32) {
    let text = format!("{:.*e}", n.saturating_sub(1), x);
    split_exponent_text(&text)
}

/// Splits Rust's `d.ddde±n` text into significant digits (trailing zeros removed) and
/// the exponent.
fn split_exponent_text(text: &str) -> (String, i32) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp.parse().unwrap_or(0))
}

/// `d.ddde+n` / `d.ddde-n`: one digit before the point, the exponent's sign always written.
pub(super) fn push_exponent_form(out: &mut String, digits: &str, exp: i32) {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    out.push_str(first);
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&exp.unsigned_abs().to_string());
}

/// Positional notation for a first-digit exponent `exp`, padding with zeros as needed.
fn push_plain(out: &mut String, digits: &str, exp: i32) {
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
        return;
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        out.push_str(digits);
        for _ in digits.len()..int_len {
            out.push('0');
        }
    } else {
        let (int_part, frac) = digits.split_at(int_len);
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac);
    }
}

/// The number form of `JSON Stringify`: an integral value that fits in 64 bits is
/// written with all its digits and never in `e` form (§16); other numbers as
/// [`format_real`]. JSON has no NaN or infinity, so those become `null` (decision).
pub fn format_json_number(x: f64) -> String {
    if !x.is_finite() {
        return "null".to_string();
    }
    // 2^63: every integral f64 below it converts to i64 exactly.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if x.fract() == 0.0 && x.abs() < LIMIT {
        return (x as i64).to_string();
    }
    format_real(x)
}

/// A number as the 32-bit Longint that 4D's bitwise operators and hexadecimal
/// formats see: truncated toward zero, then wrapped modulo 2^32; NaN and infinities
/// give 0 (decision; §5 and the 4D docs only say "evaluated as a Long").
pub fn to_longint(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    let wrapped = x.trunc().rem_euclid(4_294_967_296.0);
    // `wrapped` is an integer in [0, 2^32), so the conversion is exact.
    (wrapped as u64 as u32) as i32
}

/// `String(x; "&x")` and `String(x; "&$")`: the Longint in upper-case hexadecimal.
/// `"&x"` writes `0x` and 4 digits when the value fits in 16 bits, else 8
/// (`String(0 ?+ 7; "&x")` = `"0x0080"`, `String(-1; "&x")` = `"0xFFFFFFFF"`);
/// `"&$"` writes `$` and no leading zeros (`"$80"`) — both documented in `string.md`.
pub fn format_hex(x: f64, dollar: bool) -> String {
    let value = to_longint(x) as u32;
    if dollar {
        format!("${value:X}")
    } else if value <= 0xFFFF {
        format!("0x{value:04X}")
    } else {
        format!("0x{value:08X}")
    }
}

/// `String(x; base)` (4D 21): the number in radix `base` as EcmaScript's
/// `Number.prototype.toString(radix)` writes it, as `commands/string.md` says; lower-case
/// digits, sign kept (`String(-10; 2)` = `"-1010"`). NaN and both infinities give `"NaN"`
/// (documented, unlike EcmaScript's `"Infinity"`). Base 0 means 10 (the docs' "0x" rule
/// applies to text, not numbers — decision). Any other base outside 2–36 gives `None`:
/// the caller raises the error.
pub fn format_radix(x: f64, base: i64) -> Option<String> {
    let radix = match base {
        0 => 10,
        2..=36 => base as u32,
        _ => return None,
    };
    if !x.is_finite() {
        return Some("NaN".to_string());
    }
    if x == 0.0 {
        return Some("0".to_string());
    }
    Some(if radix == 10 {
        ecma_decimal(x)
    } else {
        ecma_radix(x, radix)
    })
}

/// EcmaScript's Number::toString for radix 10: the shortest digits that read back as
/// `x`, exponent form when the exponent is ≥ 21 or ≤ -7.
fn ecma_decimal(x: f64) -> String {
    let (digits, exp) = split_exponent_text(&format!("{:e}", x.abs()));
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    if !(-7 + 1..21).contains(&exp) {
        push_exponent_form(&mut out, &digits, exp);
    } else {
        push_plain(&mut out, &digits, exp);
    }
    out
}

const RADIX_DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The digit for a value below the radix; out-of-range values (impossible by
/// construction) give `'0'` rather than a panic.
fn radix_digit(d: u32) -> char {
    RADIX_DIGITS.get(d as usize).map_or('0', |&b| b as char)
}

/// EcmaScript's toString for a radix other than 10, following the widely used V8
/// algorithm: fraction digits only up to the precision of the double, rounded to even.
fn ecma_radix(x: f64, radix: u32) -> String {
    let r = f64::from(radix);
    let value = x.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Half the distance to the next double: digits below that are noise.
    let next = f64::from_bits(value.to_bits() + 1);
    let mut delta = (0.5 * (next - value)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u32> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction.floor() as u32;
            frac_digits.push(digit);
            fraction -= f64::from(digit);
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, carrying into earlier digits and maybe the integer part.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(d) if d + 1 < radix => {
                            frac_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits; beyond 2^53 the low digits are not represented and print as 0.
    let mut int_digits: Vec<char> = Vec::new();
    while integer / r >= 9_007_199_254_740_992.0 {
        integer /= r;
        int_digits.push('0');
    }
    loop {
        let rem = integer % r;
        int_digits.push(radix_digit(rem as u32));
        integer = (integer - rem) / r;
        if integer < 1.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if x < 0.0 {
        out.push('-');
    }
    out.extend(int_digits.iter().rev());
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| radix_digit(d)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_examples_default_format() {
        assert_eq!(format_real(2f64.powi(15)), "32768");
        assert_eq!(format_real(1.0 / 3.0), "0.3333333333333");
        assert_eq!(format_real(1f64.atan() * 4.0), "3.14159265359");
        assert_eq!(format_real(f64::INFINITY), "INF");
        assert_eq!(format_real(f64::NEG_INFINITY), "-INF");
        assert_eq!(format_real((-1f64).ln()), "");
        assert_eq!(format_real(f64::NAN), "");
    }

    #[test]
    fn default_format_edges() {
        assert_eq!(format_real(0.0), "0");
        assert_eq!(format_real(-0.0), "0");
        assert_eq!(format_real(-2.5), "-2.5");
        assert_eq!(format_real(123.76), "123.76");
        assert_eq!(format_real(0.0076), "0.0076");
        assert_eq!(format_real(0.1 + 0.2), "0.3");
        assert_eq!(format_real(100.0), "100");
        assert_eq!(format_real(1e14), "100000000000000");
        assert_eq!(format_real(123_456_789_012_345.0), "123456789012300");
        assert_eq!(format_real(1e15), "1e+15");
        assert_eq!(format_real(1.5e20), "1.5e+20");
        assert_eq!(format_real(-1.5e20), "-1.5e+20");
        assert_eq!(format_real(0.00001), "0.00001");
        assert_eq!(format_real(0.000001), "1e-6");
        assert_eq!(format_real(-0.0000015), "-1.5e-6");
        assert_eq!(format_real(f64::MAX), "1.797693134862e+308");
        assert_eq!(format_real(f64::MIN_POSITIVE), "2.225073858507e-308");
        assert_eq!(format_real(5e-324), "4.940656458412e-324");
        // Rounding that carries into a new leading digit.
        assert_eq!(format_real(9.99999999999999), "10");
        assert_eq!(format_real(999_999_999_999_999.0), "1e+15");
        assert_eq!(format_real(2f64.powi(53)), "9.007199254741e+15");
    }

    #[test]
    fn json_numbers() {
        assert_eq!(format_json_number(120.0), "120");
        assert_eq!(format_json_number(-0.0), "0");
        assert_eq!(format_json_number(2f64.powi(53)), "9007199254740992");
        assert_eq!(format_json_number(1e18), "1000000000000000000");
        assert_eq!(format_json_number(-9.2e18), "-9200000000000000000");
        assert_eq!(format_json_number(1e19), "1e+19");
        assert_eq!(format_json_number(0.5), "0.5");
        assert_eq!(format_json_number(1.0 / 3.0), "0.3333333333333");
        assert_eq!(format_json_number(f64::NAN), "null");
        assert_eq!(format_json_number(f64::INFINITY), "null");
    }

    #[test]
    fn hex_formats_from_docs() {
        assert_eq!(format_hex(-1.0, false), "0xFFFFFFFF");
        assert_eq!(format_hex(-1.0, true), "$FFFFFFFF");
        assert_eq!(format_hex(128.0, false), "0x0080");
        assert_eq!(format_hex(128.0, true), "$80");
        assert_eq!(format_hex(16384.0, false), "0x4000");
        assert_eq!(format_hex(16384.0, true), "$4000");
        assert_eq!(format_hex(0.0, false), "0x0000");
        assert_eq!(format_hex(0.0, true), "$0");
        assert_eq!(format_hex(65536.0, false), "0x00010000");
        assert_eq!(format_hex(255.9, true), "$FF");
        assert_eq!(format_hex(f64::NAN, true), "$0");
        assert_eq!(format_hex(1e300, true), "$0");
    }

    #[test]
    fn longint_wraps() {
        assert_eq!(to_longint(4_294_967_295.0), -1);
        assert_eq!(to_longint(2_147_483_648.0), i32::MIN);
        assert_eq!(to_longint(-7.9), -7);
        assert_eq!(to_longint(f64::INFINITY), 0);
        assert_eq!(to_longint(-4_294_967_297.0), -1);
    }

    #[test]
    fn radix_docs_examples() {
        assert_eq!(format_radix(10.0, 2).as_deref(), Some("1010"));
        assert_eq!(format_radix(-10.0, 2).as_deref(), Some("-1010"));
        assert_eq!(format_radix(254.0, 16).as_deref(), Some("fe"));
        assert_eq!(format_radix(-16_523_461.0, 16).as_deref(), Some("-fc20c5"));
        assert_eq!(format_radix(f64::NAN, 10).as_deref(), Some("NaN"));
        assert_eq!(format_radix(f64::INFINITY, 10).as_deref(), Some("NaN"));
        assert_eq!(format_radix(f64::NEG_INFINITY, 10).as_deref(), Some("NaN"));
    }

    #[test]
    fn radix_edges() {
        assert_eq!(format_radix(255.0, 1), None);
        assert_eq!(format_radix(255.0, 37), None);
        assert_eq!(format_radix(255.0, -16), None);
        assert_eq!(format_radix(255.0, 0).as_deref(), Some("255"));
        assert_eq!(format_radix(35.0, 36).as_deref(), Some("z"));
        assert_eq!(format_radix(-0.0, 2).as_deref(), Some("0"));
        assert_eq!(format_radix(0.5, 2).as_deref(), Some("0.1"));
        assert_eq!(format_radix(-255.5, 16).as_deref(), Some("-ff.8"));
        assert_eq!(format_radix(0.1, 10).as_deref(), Some("0.1"));
        assert_eq!(format_radix(1e21, 10).as_deref(), Some("1e+21"));
        assert_eq!(
            format_radix(123e18, 10).as_deref(),
            Some("123000000000000000000")
        );
        assert_eq!(format_radix(1e-7, 10).as_deref(), Some("1e-7"));
        assert_eq!(format_radix(0.000001, 10).as_deref(), Some("0.000001"));
        assert_eq!(format_radix(2f64.powi(60), 2).map(|s| s.len()), Some(61));
        // Huge and tiny values terminate and keep their sign.
        let huge = format_radix(-f64::MAX, 2).unwrap_or_default();
        assert!(huge.starts_with("-1") && huge.len() == 1025);
        let tiny = format_radix(5e-324, 2).unwrap_or_default();
        assert!(tiny.starts_with("0.000") && tiny.ends_with('1'));
    }
}
