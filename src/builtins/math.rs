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
/// is -216.9 (docs/commands/trunc.md). A product that is a whole number but
/// for the last bits of binary rounding (`2.3*10` = 22.999999999999996) counts
/// as that whole number.
pub fn trunc(_: &mut Interp, c: &mut Call) -> BResult {
    let scale = 10f64.powi(c.int(1).clamp(-300, 300) as i32);
    let scaled = c.number(0) * scale;
    let nearest = scaled.round();
    let whole = if (scaled - nearest).abs() <= nearest.abs().max(1.0) * 1e-12 {
        nearest
    } else {
        scaled.floor()
    };
    real(whole / scale)
}

/// `Round(n; places)`: halves away from zero.
pub fn round(_: &mut Interp, c: &mut Call) -> BResult {
    let scale = 10f64.powi(c.int(1).clamp(-300, 300) as i32);
    real((c.number(0) * scale).round() / scale)
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
