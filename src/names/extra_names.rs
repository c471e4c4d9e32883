// Names the data tables do not hold. This file is included both by
// `build.rs` (which puts them in the builtin phrase table) and by
// `src/names/phrase.rs` (which exports them), so the two cannot drift apart.

/// Former names of renamed commands, which untokenized older code still uses
/// (listed in `src/names/README` of the data: the table holds current names only).
pub const LEGACY_COMMAND_NAMES: &[(&str, u32)] = &[
    ("Get action info", 1442),
    ("Get application info", 1599),
    ("Get call chain", 1662),
    ("Get last field number", 255),
    ("Get last table number", 254),
    ("Get localized document path", 1105),
    ("Get localized string", 991),
    ("GET MEMORY STATISTICS", 1118),
    ("GET MOUSE", 468),
    ("Get system info", 1571),
    ("WEB Servers list", 1716),
    ("FORM Windows theme", 1832),
];

/// 4D's system variables (docs/language.md §3.2); some have spaces in their names.
pub const SYSTEM_VARIABLES: &[&str] = &[
    "OK",
    "Document",
    "Error",
    "Error method",
    "Error line",
    "Error formula",
    "FldDelimit",
    "RecDelimit",
    "KeyCode",
    "Modifiers",
    "MouseDown",
    "MouseX",
    "MouseY",
    "MouseProc",
];
