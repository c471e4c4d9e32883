//! 4D's operators by operand type (docs/language.md §5, §8, §9). Any combination the
//! tables do not list is error -30003. Operations on two plain numbers come
//! from the one number table of `numeric.rs`.

use super::numeric::{arith, compare as compare_numbers};
use super::rt_error::{Fault, code};
use super::value::{Text, Value};
use crate::conv;
use crate::syntax::ast::BinOp;
use std::cmp::Ordering;
use std::rc::Rc;

/// Number ∘ number for the common operators, or `None` to take the general
/// path ([`binary`]), which knows every rule and error.
#[inline(always)]
pub fn fast_number_op(op: BinOp, x: f64, y: f64, eps: f64) -> Option<Value> {
    Some(match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod => {
            Value::Real(arith(op, x, y)?)
        }
        BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge | BinOp::Eq | BinOp::NotEq => {
            Value::Bool(compare_numbers(op, x, y, eps)?)
        }
        _ => return None,
    })
}

fn op_error(op: BinOp, a: &Value, b: &Value) -> Fault {
    Fault::operator(op.symbol(), a.type_name(), b.type_name())
}

fn int32(x: f64) -> i32 {
    conv::to_longint(x)
}

/// Applies a binary operator other than `&&` and `||` (which short-circuit and
/// are handled by the evaluator). `eps` is the real comparison level.
pub fn binary(op: BinOp, a: &Value, b: &Value, eps: f64) -> Result<Value, Fault> {
    use BinOp::*;
    use Value as V;
    Ok(match (op, a, b) {
        // Numbers (a Time mixed with a number counts as its seconds).
        (_, V::Real(x), V::Real(y)) => {
            number_op(op, *x, *y, eps).ok_or_else(|| op_error(op, a, b))??
        }
        (Add | Sub | Mul | Div | IntDiv | Mod, V::Time(t), V::Real(y)) => {
            number_op(op, *t as f64, *y, eps).ok_or_else(|| op_error(op, a, b))??
        }
        (Add | Sub | Mul | Div | IntDiv | Mod, V::Real(x), V::Time(t)) => {
            number_op(op, *x, *t as f64, eps).ok_or_else(|| op_error(op, a, b))??
        }
        // Times.
        (Add, V::Time(x), V::Time(y)) => V::Time(x.wrapping_add(*y)),
        (Sub, V::Time(x), V::Time(y)) => V::Time(x.wrapping_sub(*y)),
        (Mul, V::Time(x), V::Time(y)) => V::Time(x.wrapping_mul(*y)),
        (Div, V::Time(x), V::Time(y)) => V::Time(if *y == 0 { 0 } else { x / y }),
        (Mod, V::Time(x), V::Time(y)) => {
            if *y == 0 {
                return Err(Fault::division_by_zero());
            }
            V::Time(x % y)
        }
        (Eq | NotEq | Lt | Gt | Le | Ge, V::Time(x), V::Time(y)) => V::Bool(compare(op, x.cmp(y))),
        // Texts.
        (Add, V::Text(x), V::Text(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            V::Text(Text::new(s))
        }
        (Mul, V::Text(x), V::Real(n)) => {
            let n = if n.is_finite() && *n > 0.0 {
                n.trunc().min(1e9) as usize
            } else {
                0
            };
            let total = x.as_str().len().saturating_mul(n);
            if total > 1 << 30 {
                return Err(Fault::wrong_type("Text too long"));
            }
            V::text(x.as_str().repeat(n))
        }
        (Eq, V::Text(x), V::Text(y)) => V::Bool(conv::text_eq(x.as_str(), y.as_str())),
        (NotEq, V::Text(x), V::Text(y)) => V::Bool(!conv::text_eq(x.as_str(), y.as_str())),
        (Lt | Gt | Le | Ge, V::Text(x), V::Text(y)) => {
            V::Bool(compare(op, conv::text_cmp(x.as_str(), y.as_str())))
        }
        (Mod, V::Text(x), V::Text(y)) => V::Bool(conv::keyword_match(x.as_str(), y.as_str())),
        // Dates.
        (Sub, V::Date(x), V::Date(y)) => V::Real(x.days_between(*y) as f64),
        (Add, V::Date(d), V::Real(n)) => V::Date(d.add_days(n.trunc() as i64)),
        (Sub, V::Date(d), V::Real(n)) => V::Date(d.add_days(-(n.trunc() as i64))),
        (Eq | NotEq | Lt | Gt | Le | Ge, V::Date(x), V::Date(y)) => V::Bool(compare(op, x.cmp(y))),
        // Booleans.
        (BitAnd, V::Bool(x), V::Bool(y)) => V::Bool(*x && *y),
        (BitOr, V::Bool(x), V::Bool(y)) => V::Bool(*x || *y),
        (Eq, V::Bool(x), V::Bool(y)) => V::Bool(x == y),
        (NotEq, V::Bool(x), V::Bool(y)) => V::Bool(x != y),
        // Identity of objects, collections, pointers.
        (Eq | NotEq, V::Object(x), V::Object(y)) => V::Bool(Rc::ptr_eq(x, y) == (op == Eq)),
        (Eq | NotEq, V::Formula(x), V::Formula(y)) => V::Bool(Rc::ptr_eq(x, y) == (op == Eq)),
        (Eq | NotEq, V::Collection(x), V::Collection(y)) => V::Bool(Rc::ptr_eq(x, y) == (op == Eq)),
        (Eq | NotEq, V::Pointer(x), V::Pointer(y)) => V::Bool((x == y) == (op == Eq)),
        // Null and undefined (docs/language.md §8).
        (Eq | NotEq, V::Null | V::Undefined, _) | (Eq | NotEq, _, V::Null | V::Undefined) => {
            V::Bool(null_equal(a, b) == (op == Eq))
        }
        (Lt | Gt | Le | Ge, V::Undefined, V::Text(_) | V::Real(_) | V::Date(_) | V::Time(_))
        | (Lt | Gt | Le | Ge, V::Text(_) | V::Real(_) | V::Date(_) | V::Time(_), V::Undefined) => {
            V::Bool(false)
        }
        _ => return Err(op_error(op, a, b)),
    })
}

fn null_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null | Value::Undefined, Value::Null | Value::Undefined) => true,
        // A null-like variable compares equal to Null (docs/language.md §7).
        (Value::Null | Value::Undefined, _) | (_, Value::Null | Value::Undefined) => false,
        _ => false,
    }
}

fn compare(op: BinOp, ord: Ordering) -> bool {
    match op {
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::NotEq => ord != Ordering::Equal,
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        _ => false,
    }
}

/// Number ∘ number. `None` when the operator does not apply to numbers.
fn number_op(op: BinOp, x: f64, y: f64, eps: f64) -> Option<Result<Value, Fault>> {
    use BinOp::*;
    if let Some(v) = fast_number_op(op, x, y, eps) {
        return Some(Ok(v));
    }
    Some(Ok(match op {
        // `+ - * /` and the comparisons are always in the table above;
        // `&&` and `||` are no number operators.
        Add | Sub | Mul | Div | Eq | NotEq | Lt | Gt | Le | Ge | And | Or => return None,
        // `a\b` is `Int(a/b)` (docs/language.md §5): dividing by zero gives an
        // infinity, as `/` does.
        IntDiv => Value::Real((x / y).floor()),
        // Operands that are not both 32-bit integers: truncated first.
        Mod => {
            let (a, b) = (int32(x) as i64, int32(y) as i64);
            if b == 0 {
                return Some(Err(Fault::division_by_zero()));
            }
            Value::Real((a % b) as f64)
        }
        Pow => Value::Real(x.powf(y)),
        BitAnd => Value::Real((int32(x) & int32(y)) as f64),
        BitOr => Value::Real((int32(x) | int32(y)) as f64),
        BitXor => Value::Real((int32(x) ^ int32(y)) as f64),
        Shl => {
            let n = int32(y);
            Value::Real(if (0..32).contains(&n) {
                ((int32(x) as u32) << n) as i32 as f64
            } else {
                0.0
            })
        }
        Shr => {
            let n = int32(y);
            Value::Real(if (0..32).contains(&n) {
                ((int32(x) as u32) >> n) as i32 as f64
            } else {
                0.0
            })
        }
        BitSet => {
            let n = int32(y);
            Value::Real(if (0..32).contains(&n) {
                (int32(x) | (1 << n)) as f64
            } else {
                x
            })
        }
        BitClear => {
            let n = int32(y);
            Value::Real(if (0..32).contains(&n) {
                (int32(x) & !(1 << n)) as f64
            } else {
                x
            })
        }
        BitTest => {
            let n = int32(y);
            Value::Bool((0..32).contains(&n) && int32(x) & (1 << n) != 0)
        }
    }))
}

/// Equality as collection searches use it (`indexOf`, `countValues`): the `=`
/// rules, text with `@`; values of different kinds are simply unequal.
pub fn search_equal(item: &Value, wanted: &Value, eps: f64) -> bool {
    match (item, wanted) {
        (Value::Text(a), Value::Text(b)) => conv::text_eq(a.as_str(), b.as_str()),
        (Value::Real(a), Value::Real(b)) => conv::real_eq(*a, *b, eps),
        _ => matches!(binary(BinOp::Eq, item, wanted, eps), Ok(Value::Bool(true))),
    }
}

/// The order `.sort()` and `.min()`/`.max()` use: by kind first (null, Booleans,
/// texts, numbers, objects, collections, dates), then by value; objects and
/// collections keep their order.
pub fn sort_order(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Undefined | Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Text(_) => 2,
            Value::Real(_) | Value::Time(_) => 3,
            Value::Object(_) | Value::Formula(_) => 4,
            Value::Collection(_) => 5,
            Value::Date(_) => 6,
            _ => 7,
        }
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => conv::text_order(x.as_str(), y.as_str()),
        (Value::Real(x), Value::Real(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Time(x), Value::Time(y)) => x.cmp(y),
        (Value::Real(x), Value::Time(y)) => x.partial_cmp(&(*y as f64)).unwrap_or(Ordering::Equal),
        (Value::Time(x), Value::Real(y)) => (*x as f64).partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Date(x), Value::Date(y)) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// `-x`
pub fn negate(v: &Value) -> Result<Value, Fault> {
    match v {
        Value::Real(x) => Ok(Value::Real(-x)),
        Value::Time(t) => Ok(Value::Time(-t)),
        other => Err(Fault::rt(
            code::OPERATOR,
            format!("Operator '-' cannot be applied to {}", other.type_name()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64) -> Value {
        Value::Real(x)
    }

    fn num(v: Result<Value, Fault>) -> f64 {
        match v {
            Ok(Value::Real(x)) => x,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn arithmetic_rules() {
        let e = 1e-6;
        assert_eq!(num(binary(BinOp::IntDiv, &n(-7.0), &n(2.0), e)), -4.0);
        assert_eq!(num(binary(BinOp::Mod, &n(-7.0), &n(2.0), e)), -1.0);
        assert_eq!(num(binary(BinOp::Mod, &n(10.5), &n(2.0), e)), 0.0);
        assert_eq!(num(binary(BinOp::Div, &n(1.0), &n(0.0), e)), f64::INFINITY);
        assert_eq!(
            binary(BinOp::Mod, &n(1.0), &n(0.0), e).unwrap_err().code,
            -30013
        );
        assert_eq!(num(binary(BinOp::Shl, &n(1.0), &n(40.0), e)), 0.0);
        assert_eq!(num(binary(BinOp::BitSet, &n(0.0), &n(3.0), e)), 8.0);
    }

    #[test]
    fn mixed_types_fail() {
        let err = binary(BinOp::Add, &Value::Bool(true), &n(2.0), 1e-6).unwrap_err();
        assert_eq!(
            (err.code, err.message.as_str()),
            (
                -30003,
                "Operator '+' cannot be applied to Boolean and Number"
            )
        );
    }

    #[test]
    fn equality_tolerance_and_null() {
        assert!(matches!(
            binary(BinOp::Eq, &n(0.000001), &n(0.000002), 1e-6),
            Ok(Value::Bool(true))
        ));
        assert!(matches!(
            binary(BinOp::Eq, &n(0.00001), &n(0.00002), 1e-6),
            Ok(Value::Bool(false))
        ));
        assert!(matches!(
            binary(BinOp::Eq, &Value::Null, &Value::Undefined, 1e-6),
            Ok(Value::Bool(true))
        ));
        assert!(matches!(
            binary(BinOp::Eq, &Value::Null, &n(42.0), 1e-6),
            Ok(Value::Bool(false))
        ));
        assert!(binary(BinOp::Lt, &Value::Null, &n(1.0), 1e-6).is_err());
        assert!(matches!(
            binary(BinOp::Lt, &Value::Undefined, &n(1.0), 1e-6),
            Ok(Value::Bool(false))
        ));
    }
}
