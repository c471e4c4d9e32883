//! Pure arithmetic on plain numbers: an expression made only of numbers,
//! locals and arithmetic or comparison operators (`(($i%7)*($i%7))%7`,
//! `($i*$i)<$n`) is compiled to a few stack operations on `f64`s, computed
//! without making a value per node. If a local is not a number, or a step needs
//! 4D's general rules (a `%` of non-integers, a division by zero…), the same
//! expression is evaluated the ordinary way instead — safe to do, because
//! reading locals has no effects.

use super::Interp;
use super::value::{Value, as_int32};
use crate::syntax::ast::BinOp;

/// Deepest operand stack a numeric program may need.
pub const MAX_DEPTH: usize = 16;

/// One step of a numeric program (postfix order, left to right).
#[derive(Debug, Clone, Copy)]
pub enum NumOp {
    Num(f64),
    Local(u32),
    Op(BinOp),
}

/// A numeric program: its steps, and whether it ends with a comparison.
#[derive(Debug)]
pub struct NumCode {
    pub steps: Box<[NumOp]>,
}

impl NumCode {
    /// The stack depth the program needs (`None` if it is malformed).
    pub fn depth(steps: &[NumOp]) -> Option<usize> {
        let (mut d, mut max) = (0usize, 0usize);
        for s in steps {
            match s {
                NumOp::Num(_) | NumOp::Local(_) => d += 1,
                NumOp::Op(_) => d = d.checked_sub(1)?,
            }
            max = max.max(d);
        }
        (d == 1).then_some(max)
    }
}

#[inline(always)]
fn apply(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::Div => Some(x / y),
        BinOp::Mod => match (as_int32(x), as_int32(y)) {
            (Some(a), Some(b)) if b != 0 => Some((a as i64 % b as i64) as f64),
            _ => None,
        },
        _ => None,
    }
}

impl Interp {
    /// Runs a numeric program; `None` when a step is not plain arithmetic.
    #[inline]
    pub(crate) fn num_run(&self, code: &NumCode) -> Option<f64> {
        let mut stack = [0f64; MAX_DEPTH];
        let mut sp = 0usize;
        for step in code.steps.iter() {
            match *step {
                NumOp::Num(x) => {
                    *stack.get_mut(sp)? = x;
                    sp += 1;
                }
                NumOp::Local(s) => match self.stack.get(self.base + s as usize)?.value {
                    Value::Real(x) => {
                        *stack.get_mut(sp)? = x;
                        sp += 1;
                    }
                    _ => return None,
                },
                NumOp::Op(op) => {
                    sp = sp.checked_sub(1)?;
                    let y = stack[sp];
                    let x = stack.get_mut(sp.checked_sub(1)?)?;
                    *x = apply(op, *x, y)?;
                }
            }
        }
        stack.first().copied()
    }

    /// A comparison of two numeric programs, if both are plain numbers.
    #[inline]
    pub(crate) fn num_compare(&self, op: BinOp, a: &NumCode, b: &NumCode) -> Option<bool> {
        let x = self.num_run(a)?;
        let y = self.num_run(b)?;
        compare(op, x, y, self.epsilon)
    }
}

/// `x op y` for a comparison operator (`None` for any other), with 4D's
/// real comparison level `eps`.
#[inline(always)]
pub fn compare(op: BinOp, x: f64, y: f64, eps: f64) -> Option<bool> {
    Some(match op {
        BinOp::Lt => x < y,
        BinOp::Gt => x > y,
        BinOp::Le => crate::conv::real_le(x, y, eps),
        BinOp::Ge => crate::conv::real_ge(x, y, eps),
        BinOp::Eq => crate::conv::real_eq(x, y, eps),
        BinOp::NotEq => !crate::conv::real_eq(x, y, eps),
        _ => return None,
    })
}

/// Operators a numeric program may contain (comparisons only at its root).
pub fn is_num_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod
    )
}

pub fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::Eq | BinOp::NotEq
    )
}
