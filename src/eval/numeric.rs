//! Pure arithmetic on plain numbers: an expression made only of numbers,
//! locals and arithmetic or comparison operators (`(($i%7)*($i%7))%7`,
//! `($i*$i)<$n`) is compiled to a few stack operations on `f64`s, computed
//! without making a value per node. If a local is not a number, or a step needs
//! 4D's general rules (a `%` of non-integers, a division by zero…), the same
//! expression is evaluated the ordinary way instead — safe to do, because
//! reading locals has no effects.
//!
//! It also holds the one table of number operations ([`arith`], [`compare`]):
//! the numeric programs, the evaluator's fast paths (`ops::fast_number_op`)
//! and 4D's general operator rules (`ops::binary`) all read it.

use crate::syntax::ast::BinOp;

/// Deepest operand stack a numeric program may need (a power of two: the
/// stack is indexed through a mask, so no index can leave it).
pub const MAX_DEPTH: usize = 16;
const MASK: usize = MAX_DEPTH - 1;

/// One step of a numeric program (postfix order, left to right).
#[derive(Debug, Clone, Copy)]
pub enum NumOp {
    Num(f64),
    Local(u32),
    Op(BinOp),
    /// `Num(k)` then `Op(op)`, fused: the top of the stack `op` k.
    OpNum(BinOp, f64),
    /// `Local(s)` then `Op(op)`, fused.
    OpLocal(BinOp, u32),
}

/// A numeric program, checked and with its common step pairs fused.
#[derive(Debug, Clone)]
pub struct NumCode {
    steps: Box<[NumOp]>,
}

impl NumCode {
    /// Checks that `steps` leave exactly one number within [`MAX_DEPTH`]
    /// (`None` otherwise), then fuses `x, op` pairs.
    pub fn new(steps: Vec<NumOp>) -> Option<NumCode> {
        let (mut d, mut max) = (0usize, 0usize);
        for s in &steps {
            match s {
                NumOp::Num(_) | NumOp::Local(_) => d += 1,
                NumOp::Op(_) => d = d.checked_sub(1)?,
                NumOp::OpNum(..) | NumOp::OpLocal(..) => {
                    d.checked_sub(1)?;
                }
            }
            max = max.max(d);
        }
        if d != 1 || max > MAX_DEPTH {
            return None;
        }
        let mut fused: Vec<NumOp> = Vec::with_capacity(steps.len());
        for step in steps {
            match (fused.last().copied(), step) {
                // Fusing needs something below the operand on the stack.
                (Some(NumOp::Num(k)), NumOp::Op(op)) if fused.len() >= 2 => {
                    *fused.last_mut().expect("checked") = NumOp::OpNum(op, k);
                }
                (Some(NumOp::Local(s)), NumOp::Op(op)) if fused.len() >= 2 => {
                    *fused.last_mut().expect("checked") = NumOp::OpLocal(op, s);
                }
                _ => fused.push(step),
            }
        }
        Some(NumCode {
            steps: fused.into_boxed_slice(),
        })
    }

    /// Runs the program, reading locals through `local` (`None` when a local
    /// holds no number); `None` when a step is not plain arithmetic.
    #[inline(always)]
    pub fn run(&self, local: impl Fn(u32) -> Option<f64>) -> Option<f64> {
        let mut stack = [0f64; MAX_DEPTH];
        // `sp` is the number of values on the stack; `NumCode::new` made sure
        // the program never takes more than it pushed.
        let mut sp = 0usize;
        for step in self.steps.iter() {
            match *step {
                NumOp::Num(x) => {
                    stack[sp & MASK] = x;
                    sp += 1;
                }
                NumOp::Local(s) => {
                    stack[sp & MASK] = local(s)?;
                    sp += 1;
                }
                NumOp::Op(op) => {
                    sp = sp.wrapping_sub(1);
                    let y = stack[sp & MASK];
                    let x = &mut stack[sp.wrapping_sub(1) & MASK];
                    *x = arith(op, *x, y)?;
                }
                NumOp::OpNum(op, y) => {
                    let x = &mut stack[sp.wrapping_sub(1) & MASK];
                    *x = arith(op, *x, y)?;
                }
                NumOp::OpLocal(op, s) => {
                    let y = local(s)?;
                    let x = &mut stack[sp.wrapping_sub(1) & MASK];
                    *x = arith(op, *x, y)?;
                }
            }
        }
        Some(stack[0])
    }

    /// The steps, for the dump of the compiled form.
    pub fn steps(&self) -> &[NumOp] {
        &self.steps
    }
}

/// `x` as a 32-bit integer when it is exactly one. Cheaper than `fract()`,
/// which is a library call on baseline x86-64.
#[inline(always)]
pub fn as_int32(x: f64) -> Option<i32> {
    let i = x as i32;
    (i as f64 == x).then_some(i)
}

/// `x op y` for an arithmetic operator whose result on plain numbers needs
/// no 4D rule: `+ - * /`, and `%` of two 32-bit integers with a divisor
/// other than 0. `None` for any other operator or operands: 4D's general
/// rules (`ops::binary`) decide those.
#[inline(always)]
pub fn arith(op: BinOp, x: f64, y: f64) -> Option<f64> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_or_too_deep_programs_are_refused() {
        assert!(NumCode::new(vec![NumOp::Op(BinOp::Add)]).is_none());
        assert!(NumCode::new(vec![NumOp::Num(1.0), NumOp::Num(2.0)]).is_none());
        assert!(NumCode::new(vec![NumOp::OpNum(BinOp::Add, 1.0)]).is_none());
        let deep = (0..=MAX_DEPTH)
            .map(|_| NumOp::Num(1.0))
            .chain((0..MAX_DEPTH).map(|_| NumOp::Op(BinOp::Add)));
        assert!(NumCode::new(deep.collect()).is_none());
    }

    #[test]
    fn operand_and_operator_pairs_are_fused() {
        // (($1%7)*($1%7))%7 → $1 %7 $1 %7 * %7
        let steps = vec![
            NumOp::Local(0),
            NumOp::Num(7.0),
            NumOp::Op(BinOp::Mod),
            NumOp::Local(0),
            NumOp::Num(7.0),
            NumOp::Op(BinOp::Mod),
            NumOp::Op(BinOp::Mul),
            NumOp::Num(7.0),
            NumOp::Op(BinOp::Mod),
        ];
        let code = NumCode::new(steps).expect("a valid program");
        let shape: Vec<String> = code.steps.iter().map(|s| format!("{s:?}")).collect();
        assert_eq!(
            shape,
            [
                "Local(0)",
                "OpNum(Mod, 7.0)",
                "Local(0)",
                "OpNum(Mod, 7.0)",
                "Op(Mul)",
                "OpNum(Mod, 7.0)"
            ]
        );
        // A lone operand is never fused with the operator that needs it below.
        let code = NumCode::new(vec![
            NumOp::Num(2.0),
            NumOp::Local(1),
            NumOp::Op(BinOp::Sub),
        ])
        .expect("valid");
        assert!(matches!(
            code.steps[..],
            [NumOp::Num(_), NumOp::OpLocal(BinOp::Sub, 1)]
        ));
    }
}
