//! Math: 4D's numeric functions. Numbers are 64-bit reals.

use super::{BResult, Call};
use crate::eval::{Fault, Interp, Value};

fn real(x: f64) -> BResult {
    Ok(Value::Real(x))
}

pub fn int(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).floor())
}

pub fn abs(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).abs())
}

/// `Trunc(n; places)`: always toward negative infinity, so `Trunc(-216.897; 1)`
/// is -216.9 (docs/commands/trunc.md); on the number's decimal digits.
pub fn trunc(_: &mut Interp, c: &mut Call) -> BResult {
    real(round_decimal(
        c.number(0),
        c.int(1),
        |negative, _, dropped| negative && dropped,
    ))
}

/// `Round(n; places)`: by the digit after `places`: 5 to 9 rounds away from
/// zero, 0 to 4 toward it (docs/commands/round.md: `Round(29.8725; 3)` is
/// 29.873, whatever the binary value of 29.8725 is).
pub fn round(_: &mut Interp, c: &mut Call) -> BResult {
    real(round_decimal(c.number(0), c.int(1), |_, first, _| {
        first >= 5
    }))
}

/// Cuts `x` to `places` decimals (negative: left of the point) on its
/// shortest decimal form, as a person reads it; `up(negative, first dropped
/// digit, any dropped digit not 0)` says whether the kept part grows by one
/// unit away from zero.
fn round_decimal(x: f64, places: i64, up: impl Fn(bool, u8, bool) -> bool) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let places = places.clamp(-400, 400);
    let text = format!("{}", x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let keep = int.len() as i64 + places;
    if keep >= digits.len() as i64 {
        return x;
    }
    let (kept, dropped): (&[u8], &[u8]) = if keep <= 0 {
        (&[], &digits)
    } else {
        digits.split_at(keep as usize)
    };
    let first = if keep < 0 {
        0
    } else {
        dropped.first().copied().unwrap_or(0)
    };
    let mut kept = kept.to_vec();
    if up(x < 0.0, first, dropped.iter().any(|&d| d != 0)) {
        // One unit more on the kept digits.
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let mantissa: String = kept.iter().map(|d| char::from(b'0' + d)).collect();
    let mantissa = if mantissa.is_empty() {
        "0".to_string()
    } else {
        mantissa
    };
    let value: f64 = format!("{mantissa}e{}", -places).parse().unwrap_or(0.0);
    if x < 0.0 { -value } else { value }
}

/// `Mod(a; b)`: the remainder of a 32-bit integer division; real arguments
/// are rounded first, halves away from zero, so `Mod(3.5; 2)` is 0
/// (docs/commands/mod.md).
pub fn modulo(_: &mut Interp, c: &mut Call) -> BResult {
    let (a, b) = (
        crate::conv::to_longint(c.number(0).round()) as i64,
        crate::conv::to_longint(c.number(1).round()) as i64,
    );
    if b == 0 {
        return Err(Fault::division_by_zero().into());
    }
    real((a % b) as f64)
}

pub fn dec(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).fract())
}

pub fn square_root(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).sqrt())
}

pub fn exp(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).exp())
}

pub fn log(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).ln())
}

pub fn sin(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).sin())
}

pub fn cos(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).cos())
}

pub fn tan(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).tan())
}

pub fn arctan(_: &mut Interp, c: &mut Call) -> BResult {
    real(c.number(0).atan())
}

/// `Random`: 0…32767, from a generator seeded per run (xorshift; tests do not
/// depend on its values).
pub fn random(it: &mut Interp, _: &mut Call) -> BResult {
    let mut x = it.random_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    it.random_state = x;
    real((x % 32768) as f64)
}

#[cfg(test)]
mod tests {
    use super::round_decimal;

    fn round(x: f64, p: i64) -> f64 {
        round_decimal(x, p, |_, first, _| first >= 5)
    }

    fn trunc(x: f64, p: i64) -> f64 {
        round_decimal(x, p, |negative, _, dropped| negative && dropped)
    }

    /// docs/commands/round.md and trunc.md, their examples.
    #[test]
    fn the_pages_examples() {
        assert_eq!(round(16.857, 2), 16.86);
        assert_eq!(round(32345.67, -3), 32000.0);
        assert_eq!(round(29.8725, 3), 29.873);
        assert_eq!(round(-1.5, 0), -2.0);
        assert_eq!(trunc(216.897, 1), 216.8);
        assert_eq!(trunc(216.897, -1), 210.0);
        assert_eq!(trunc(-216.897, 1), -216.9);
        assert_eq!(trunc(-216.897, -1), -220.0);
    }

    #[test]
    fn edges() {
        assert_eq!(round(9.99, 1), 10.0);
        assert_eq!(round(0.4, 0), 0.0);
        assert_eq!(round(500.0, -3), 1000.0);
        assert_eq!(round(499.0, -3), 0.0);
        assert_eq!(round(49.0, -3), 0.0);
        assert_eq!(trunc(-0.5, 0), -1.0);
        assert_eq!(trunc(-7.0, 0), -7.0);
        assert_eq!(trunc(-49.0, -3), -1000.0);
        assert_eq!(trunc(2.3, 1), 2.3);
        assert_eq!(round(1e300, 2), 1e300);
        assert_eq!(round(1.25e-7, 7), 1e-7);
        assert!(round(f64::NAN, 2).is_nan());
    }
}
