//! The application types of §3.1 and which of them are single-user.

use std::fmt;

/// What kind of 4D the session pretends to be. It decides who is logged in (§3.2) and which
/// commands are refused (`4D Server` refuses `SET GROUP ACCESS` and `SET USER ALIAS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ApplicationType {
    #[default]
    LocalMode,
    VolumeDesktop,
    Desktop,
    RemoteMode,
    Server,
    Tool4d,
}

/// Every type with its `Application type` value and constant name.
const TYPES: &[(ApplicationType, i64, &str)] = &[
    (ApplicationType::LocalMode, 0, "4D Local mode"),
    (ApplicationType::VolumeDesktop, 1, "4D Volume desktop"),
    (ApplicationType::Desktop, 3, "4D Desktop"),
    (ApplicationType::RemoteMode, 4, "4D Remote mode"),
    (ApplicationType::Server, 5, "4D Server"),
    (ApplicationType::Tool4d, 6, "tool4d"),
];

impl ApplicationType {
    /// The value `Application type` returns.
    pub fn value(self) -> i64 {
        TYPES.iter().find(|t| t.0 == self).map_or(0, |t| t.1)
    }

    /// The 4D constant name (`4D Remote mode`).
    pub fn name(self) -> &'static str {
        TYPES
            .iter()
            .find(|t| t.0 == self)
            .map_or("4D Local mode", |t| t.2)
    }

    /// The type whose `Application type` value is `value`.
    pub fn from_value(value: i64) -> Option<ApplicationType> {
        TYPES.iter().find(|t| t.1 == value).map(|t| t.0)
    }

    /// Reads `--app-type` or `applicationType`: a number or a constant name, case-insensitive.
    pub fn parse(text: &str) -> Option<ApplicationType> {
        let text = text.trim();
        if let Ok(value) = text.parse::<i64>() {
            return ApplicationType::from_value(value);
        }
        TYPES
            .iter()
            .find(|t| t.2.eq_ignore_ascii_case(text))
            .map(|t| t.0)
    }

    /// Single-user kinds (0, 1, 3, 6): everyone is the Designer and `CHANGE CURRENT USER` does
    /// nothing. The others are client/server, where login and access control apply.
    pub fn is_single_user(self) -> bool {
        !matches!(self, ApplicationType::RemoteMode | ApplicationType::Server)
    }

    /// The accepted spellings, for error messages.
    pub fn accepted() -> String {
        TYPES
            .iter()
            .map(|t| format!("{} ({})", t.1, t.2))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for ApplicationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
