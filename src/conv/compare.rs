//! Number comparison with 4D's epsilon (§9.4, `SET REAL COMPARISON LEVEL`): `=` and
//! `#` tolerate a difference up to ε; `<` and `>` compare exactly (plain `f64`
//! operators); `<=` and `>=` are the exact order or ε-equality.

/// ε until `SET REAL COMPARISON LEVEL` changes it: 10^-6 (documented).
pub const DEFAULT_EPSILON: f64 = 1e-6;

/// `a = b` for numbers: `Abs(a-b)` not greater than `epsilon`
/// (`commands-legacy/set-real-comparison-level.md`). Equal infinities are equal; NaN
/// equals nothing (decisions). The difference is the binary one, as the docs' formula
/// reads: `1.000001=1.000002` is False because it comes out a hair above 10^-6.
pub fn real_eq(a: f64, b: f64, epsilon: f64) -> bool {
    if a == b {
        return true;
    }
    (a - b).abs() <= epsilon
}

/// `a <= b` for numbers: `a < b` or ε-equal (§9.4 decision: the docs say ε affects
/// equality only, and `<=` is read as "less or equal"). False when either is NaN.
pub fn real_le(a: f64, b: f64, epsilon: f64) -> bool {
    a < b || real_eq(a, b, epsilon)
}

/// `a >= b` for numbers: `a > b` or ε-equal, as [`real_le`].
pub fn real_ge(a: f64, b: f64, epsilon: f64) -> bool {
    a > b || real_eq(a, b, epsilon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_examples() {
        assert!(!real_eq(0.00001, 0.00002, DEFAULT_EPSILON));
        assert!(real_eq(0.000001, 0.000002, DEFAULT_EPSILON));
        assert!(!real_eq(0.000001, 0.000003, DEFAULT_EPSILON));
        assert!(real_eq(10.0, 10.0, DEFAULT_EPSILON));
        assert!(!real_eq(10.0, 11.0, DEFAULT_EPSILON));
    }

    #[test]
    fn epsilon_and_specials() {
        assert!(real_eq(0.1 + 0.2, 0.3, DEFAULT_EPSILON));
        assert!(!real_eq(0.1 + 0.2, 0.3, 0.0));
        assert!(real_eq(1.0, 1.4, 0.5));
        assert!(real_eq(f64::INFINITY, f64::INFINITY, DEFAULT_EPSILON));
        assert!(!real_eq(f64::INFINITY, f64::NEG_INFINITY, DEFAULT_EPSILON));
        assert!(!real_eq(f64::NAN, f64::NAN, DEFAULT_EPSILON));
        assert!(!real_eq(f64::MAX, f64::INFINITY, DEFAULT_EPSILON));
        assert!(real_eq(0.0, -0.0, 0.0));
        assert!(!real_eq(1.000001, 1.000002, DEFAULT_EPSILON));
        assert!(real_eq(100.000001, 100.000002, DEFAULT_EPSILON));
    }

    #[test]
    fn orderings() {
        let (a, b) = (1.0, 1.000_000_5);
        // `<` is exact while `=` tolerates ε, so both hold here.
        assert!(a < b && real_eq(a, b, DEFAULT_EPSILON));
        assert!(real_le(a, b, DEFAULT_EPSILON) && real_ge(a, b, DEFAULT_EPSILON));
        assert!(real_le(10.0, 11.0, DEFAULT_EPSILON));
        assert!(!real_le(11.0, 10.0, DEFAULT_EPSILON));
        assert!(real_ge(11.0, 10.0, DEFAULT_EPSILON));
        assert!(!real_ge(10.0, 11.0, DEFAULT_EPSILON));
        assert!(!real_le(f64::NAN, 1.0, DEFAULT_EPSILON));
        assert!(!real_ge(1.0, f64::NAN, DEFAULT_EPSILON));
        assert!(real_le(f64::NEG_INFINITY, -1e308, DEFAULT_EPSILON));
    }
}
