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
    // Database Parameters (docs/commands/get-database-parameter.md).
    ("4d server timeout", ConstValue::Integer(13)),
    ("4d remote mode timeout", ConstValue::Integer(14)),
    ("port id", ConstValue::Integer(15)),
    ("character set", ConstValue::Integer(17)),
    ("max concurrent web processes", ConstValue::Integer(18)),
    ("client port id", ConstValue::Integer(22)),
    ("client character set", ConstValue::Integer(24)),
    ("client max concurrent web proc", ConstValue::Integer(25)),
    ("maximum web requests size", ConstValue::Integer(27)),
    ("4d server log recording", ConstValue::Integer(28)),
    ("client web log recording", ConstValue::Integer(30)),
    ("table sequence number", ConstValue::Integer(31)),
    ("debug log recording", ConstValue::Integer(34)),
    ("client server port id", ConstValue::Integer(35)),
    ("https port id", ConstValue::Integer(39)),
    ("client https port id", ConstValue::Integer(40)),
    ("sql autocommit", ConstValue::Integer(43)),
    ("sql engine case sensitivity", ConstValue::Integer(44)),
    ("client log recording", ConstValue::Integer(45)),
    ("query by formula on server", ConstValue::Integer(46)),
    ("order by formula on server", ConstValue::Integer(47)),
    ("auto synchro resources folder", ConstValue::Integer(48)),
    ("query by formula joins", ConstValue::Integer(49)),
    ("http compression level", ConstValue::Integer(50)),
    ("http compression threshold", ConstValue::Integer(51)),
    ("server base process stack size", ConstValue::Integer(53)),
    ("idle connections timeout", ConstValue::Integer(54)),
    ("php interpreter ip address", ConstValue::Integer(55)),
    ("php interpreter port", ConstValue::Integer(56)),
    ("ssl cipher list", ConstValue::Integer(64)),
    ("cache unload minimum size", ConstValue::Integer(66)),
    ("direct2d status", ConstValue::Integer(69)),
    ("direct2d get active status", ConstValue::Integer(74)),
    ("diagnostic log recording", ConstValue::Integer(79)),
    ("log command list", ConstValue::Integer(80)),
    ("spellchecker", ConstValue::Integer(81)),
    ("dates inside objects", ConstValue::Integer(85)),
    ("diagnostic log level", ConstValue::Integer(86)),
    ("use legacy network layer", ConstValue::Integer(87)),
    ("sql server port id", ConstValue::Integer(88)),
    ("circular log limitation", ConstValue::Integer(90)),
    ("number of formulas in cache", ConstValue::Integer(92)),
    ("openssl version", ConstValue::Integer(94)),
    ("cache flush periodicity", ConstValue::Integer(95)),
    ("remote connection sleep timeout", ConstValue::Integer(98)),
    ("tips enabled", ConstValue::Integer(101)),
    ("tips delay", ConstValue::Integer(102)),
    ("tips duration", ConstValue::Integer(103)),
    ("min tls version", ConstValue::Integer(105)),
    ("user param value", ConstValue::Integer(108)),
    ("times inside objects", ConstValue::Integer(109)),
    ("smtp log", ConstValue::Integer(110)),
    (
        "current process debug log recording",
        ConstValue::Integer(111),
    ),
    ("is current database a project", ConstValue::Integer(112)),
    ("is host database a project", ConstValue::Integer(113)),
    ("libldap version", ConstValue::Integer(114)),
    ("libsasl version", ConstValue::Integer(115)),
    ("pop3 log", ConstValue::Integer(116)),
    ("is host database writable", ConstValue::Integer(117)),
    ("imap log", ConstValue::Integer(119)),
    ("libzip version", ConstValue::Integer(120)),
    ("pause logging", ConstValue::Integer(121)),
    // Their values (the same page) and METHOD GET CODE's option (method-get-code.md).
    ("string type without time zone", ConstValue::Integer(0)),
    ("string type with time zone", ConstValue::Integer(1)),
    ("date type", ConstValue::Integer(2)),
    ("times in seconds", ConstValue::Integer(0)),
    ("times in milliseconds", ConstValue::Integer(1)),
    ("direct2d disabled", ConstValue::Integer(0)),
    ("direct2d hardware", ConstValue::Integer(1)),
    ("direct2d software", ConstValue::Integer(3)),
    ("code with tokens", ConstValue::Integer(1)),
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
