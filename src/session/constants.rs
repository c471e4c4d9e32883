//! The small tables the session needs from 4D: the "Is License Available" constants (§9.1),
//! the `remoteGranters` keys of directory.json (§2.2) and 4D's "unlimited" licence count.
//!
//! They are hard-coded here rather than read from `names` so that the session model stays a
//! pure layer with no dependency on the language tables.

/// 4D's licence count that means "no limit" (§4).
pub const UNLIMITED_COUNT: u32 = 32767;

/// One constant of the "Is License Available" theme: its name and value (a 4-character product
/// code read as a big-endian 32-bit integer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LicenseConstant {
    pub name: &'static str,
    pub value: i64,
}

/// The "Is License Available" constants of §9.1, documented and undocumented alike, in the
/// order of that table. `4D Mobile license` and `4D Draw License` are not defined (no value).
pub const LICENSE_CONSTANTS: &[LicenseConstant] = &[
    LicenseConstant {
        name: "4D Write license",
        value: 808464697,
    },
    LicenseConstant {
        name: "4D Web license",
        value: 808464945,
    },
    LicenseConstant {
        name: "4D View license",
        value: 808465207,
    },
    LicenseConstant {
        name: "4D for OCI license",
        value: 808465208,
    },
    LicenseConstant {
        name: "4D Client Web license",
        value: 808465209,
    },
    LicenseConstant {
        name: "4D Client SOAP license",
        value: 808465465,
    },
    LicenseConstant {
        name: "4D SOAP license",
        value: 808465464,
    },
    LicenseConstant {
        name: "4D ODBC Pro license",
        value: 808464946,
    },
    LicenseConstant {
        name: "4D REST Test license",
        value: 808465719,
    },
    LicenseConstant {
        name: "4D Web local license",
        value: 808530481,
    },
    LicenseConstant {
        name: "4D Web one connection license",
        value: 825242161,
    },
    LicenseConstant {
        name: "4D SOAP local license",
        value: 808531000,
    },
    LicenseConstant {
        name: "4D SOAP one connection license",
        value: 825242680,
    },
    LicenseConstant {
        name: "4D SQL Server license",
        value: 808464949,
    },
    LicenseConstant {
        name: "4D SQL Server local license",
        value: 808530485,
    },
    LicenseConstant {
        name: "4D SQL Server one conn license",
        value: 825242165,
    },
];

/// The value of an "Is License Available" constant named `name` (case-insensitive, as 4D
/// matches constant names), for `licenses` keys and `--license`.
pub fn license_constant(name: &str) -> Option<i64> {
    LICENSE_CONSTANTS
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(name.trim()))
        .map(|c| c.value)
}

/// The constant whose value is `value`, to name a plug-in that the session file installs
/// without giving a name.
pub fn license_constant_name(value: i64) -> Option<&'static str> {
    LICENSE_CONSTANTS
        .iter()
        .find(|c| c.value == value)
        .map(|c| c.name)
}

/// The name a plug-in gets when the session file gives none (§4): the constant name without
/// ` license` (`4D Write`), or `Plug-in <n>`.
pub fn default_plugin_name(id: i64) -> String {
    match license_constant_name(id) {
        Some(name) => name.strip_suffix(" license").unwrap_or(name).to_string(),
        None => format!("Plug-in {id}"),
    }
}

/// `remoteGranters` keys of directory.json and the plug-in each binds (§2.2).
pub const REMOTE_GRANTER_KEYS: &[(&str, i64)] = &[
    ("write", 808464697),
    ("view", 808465207),
    ("oci", 808465208),
    ("odbcPro", 808464946),
    ("web", 808465209),
    ("soap", 808465465),
];

/// The plug-in a `remoteGranters` key binds; keys are matched exactly, as 4D writes them.
pub fn remote_granter_plugin(key: &str) -> Option<i64> {
    REMOTE_GRANTER_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, id)| *id)
}
