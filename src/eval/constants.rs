//! Values of 4D constants that 4D's constant list (`src/names/constants.tsv`)
//! leaves blank but the language needs: character codes, math, limits and the
//! options of collection functions. Read once per constant at compile time.

use crate::names::ConstValue;

/// `(lower-case name, value)`. Sources: 4D's "ASCII Codes", "Math", "Limits"
/// and "Objects and collections" constant themes (doc.4d.com, v20).
const KNOWN: &[(&str, ConstValue)] = &[
    // ASCII codes.
    ("ack ascii code", ConstValue::Integer(6)),
    ("at sign", ConstValue::Integer(64)),
    ("backspace", ConstValue::Integer(8)),
    ("bel ascii code", ConstValue::Integer(7)),
    ("bs ascii code", ConstValue::Integer(8)),
    ("can ascii code", ConstValue::Integer(24)),
    ("carriage return", ConstValue::Integer(13)),
    ("cr ascii code", ConstValue::Integer(13)),
    ("dc2 ascii code", ConstValue::Integer(18)),
    ("double quote", ConstValue::Integer(34)),
    ("enter", ConstValue::Integer(3)),
    ("escape", ConstValue::Integer(27)),
    ("ff ascii code", ConstValue::Integer(12)),
    ("lf ascii code", ConstValue::Integer(10)),
    ("line feed", ConstValue::Integer(10)),
    ("quote", ConstValue::Integer(39)),
    ("space", ConstValue::Integer(32)),
    ("tab", ConstValue::Integer(9)),
    ("vt ascii code", ConstValue::Integer(11)),
    // Math.
    ("pi", ConstValue::Real(std::f64::consts::PI)),
    ("degree", ConstValue::Real(std::f64::consts::PI / 180.0)),
    ("radian", ConstValue::Real(180.0 / std::f64::consts::PI)),
    ("e number", ConstValue::Real(std::f64::consts::E)),
    // Limits.
    ("maxint", ConstValue::Integer(32767)),
    ("maxlong", ConstValue::Integer(2_147_483_647)),
    ("maxtextlenbeforev11", ConstValue::Integer(32000)),
    // Objects and collections.
    ("ck ignore null or empty", ConstValue::Integer(1)),
    ("ck keep null", ConstValue::Integer(1)),
    ("ck resolve pointers", ConstValue::Integer(1)),
    ("ck keep empty strings", ConstValue::Integer(2)),
    ("ck disable wildchar", ConstValue::Integer(16)),
    // Not in the v20 table; `.copy()` combines it with `ck resolve pointers`
    // (1), so it is the next bit (decision; 4D docs silent).
    ("ck shared", ConstValue::Integer(2)),
];

/// The value of a constant the name table does not give, if fourd knows it.
pub fn fallback(name: &str) -> Option<&'static ConstValue> {
    KNOWN
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lower_case_and_known_to_4d() {
        for (name, _) in KNOWN {
            assert_eq!(*name, name.to_lowercase());
            assert!(
                crate::names::constant_by_name(name).is_some(),
                "{name} is not a 4D constant"
            );
        }
        assert!(matches!(fallback("Tab"), Some(ConstValue::Integer(9))));
    }
}
