//! The session's error values: [`AccessError`] for commands (a 4D error code, ready for
//! `ON ERR CALL`), [`StartupError`] for a bad file, flag or login (exit status 2), and
//! [`Warning`] for what is ignored but worth saying. None of them ever holds a password.

use crate::json::line_col;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// -9979: unknown or deleted user, or a user name already taken.
pub const ERR_UNKNOWN_USER: i32 = -9979;
/// -9978: wrong password.
pub const ERR_WRONG_PASSWORD: i32 = -9978;
/// -9949: the account lacks the privilege (§7, privilege rule).
pub const ERR_PRIVILEGE: i32 = -9949;
/// 67: the command cannot run on 4D Server.
pub const ERR_NOT_ON_SERVER: i32 = 67;
/// -30008: wrong argument count or type.
pub const ERR_BAD_ARGUMENT: i32 = -30008;

/// A command's failure, as 4D reports it: code, signature (`ugmg` for the user/group manager's
/// codes, `4DRT` otherwise) and text. The command has changed nothing. Built-ins do not know
/// where they were called; the interpreter adds the span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessError {
    pub code: i32,
    pub signature: &'static str,
    pub message: String,
}

impl AccessError {
    fn ugmg(code: i32, message: &str) -> AccessError {
        AccessError {
            code,
            signature: "ugmg",
            message: message.to_string(),
        }
    }

    /// -9979 for an account that does not exist or was deleted.
    pub fn unknown_user() -> AccessError {
        AccessError::ugmg(
            ERR_UNKNOWN_USER,
            "The user account does not exist or has been deleted",
        )
    }

    /// -9979 for a user name that is empty or already taken.
    pub fn name_taken() -> AccessError {
        AccessError::ugmg(ERR_UNKNOWN_USER, "A user with this name already exists")
    }

    /// -9978.
    pub fn wrong_password() -> AccessError {
        AccessError::ugmg(ERR_WRONG_PASSWORD, "Invalid password")
    }

    /// -9949.
    pub fn privilege() -> AccessError {
        AccessError::ugmg(ERR_PRIVILEGE, "Access privilege error")
    }

    /// 67, naming the refused command.
    pub fn not_on_server(command: &str) -> AccessError {
        AccessError {
            code: ERR_NOT_ON_SERVER,
            signature: "4DRT",
            message: format!("'{command}' cannot be called on 4D Server"),
        }
    }

    /// -30008, with what was wrong.
    pub fn bad_argument(message: &str) -> AccessError {
        AccessError {
            code: ERR_BAD_ARGUMENT,
            signature: "4DRT",
            message: message.to_string(),
        }
    }
}

impl fmt::Display for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} {})", self.message, self.signature, self.code)
    }
}

impl std::error::Error for AccessError {}

/// Where something was found: a file position, or nothing when it came from a flag or from
/// no file at all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Spot {
    pub path: Option<PathBuf>,
    pub line: usize,
    pub col: usize,
    pub span: Option<Range<usize>>,
}

impl Spot {
    /// A position in `text` (read from `path`).
    pub(crate) fn at(path: Option<&Path>, text: &str, span: Range<usize>) -> Spot {
        let (line, col) = line_col(text, span.start);
        Spot {
            path: path.map(Path::to_path_buf),
            line,
            col,
            span: Some(span),
        }
    }

    /// No position: a flag, or a rule about the whole session.
    pub(crate) fn none() -> Spot {
        Spot::default()
    }
}

/// Why fourd cannot start (exit status 2): a bad directory.json or fourd.json, a bad flag, or
/// a failed client/server login. `line` and `col` are 1-based and 0 when `span` is `None`
/// (the problem has no place in a file, e.g. a flag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartupError {
    pub path: Option<PathBuf>,
    pub line: usize,
    pub col: usize,
    pub span: Option<Range<usize>>,
    pub message: String,
}

/// Something fourd ignored while starting (an unknown member name, a key it does not use),
/// returned beside the value that was loaded so the caller decides how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: Option<PathBuf>,
    pub line: usize,
    pub col: usize,
    pub span: Option<Range<usize>>,
    pub message: String,
}

impl StartupError {
    pub(crate) fn new(spot: Spot, message: impl Into<String>) -> StartupError {
        StartupError {
            path: spot.path,
            line: spot.line,
            col: spot.col,
            span: spot.span,
            message: message.into(),
        }
    }
}

impl Warning {
    pub(crate) fn new(spot: Spot, message: impl Into<String>) -> Warning {
        Warning {
            path: spot.path,
            line: spot.line,
            col: spot.col,
            span: spot.span,
            message: message.into(),
        }
    }
}

/// `path:line:col: message`, leaving out what is unknown.
fn write_located(
    f: &mut fmt::Formatter<'_>,
    path: &Option<PathBuf>,
    line: usize,
    col: usize,
    message: &str,
) -> fmt::Result {
    match (path, line) {
        (Some(path), 0) => write!(f, "{}: {message}", path.display()),
        (Some(path), _) => write!(f, "{}:{line}:{col}: {message}", path.display()),
        (None, 0) => f.write_str(message),
        (None, _) => write!(f, "{line}:{col}: {message}"),
    }
}

impl fmt::Display for StartupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_located(f, &self.path, self.line, self.col, &self.message)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_located(f, &self.path, self.line, self.col, &self.message)
    }
}

impl std::error::Error for StartupError {}
