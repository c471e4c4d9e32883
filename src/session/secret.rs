//! Stored passwords. A [`Secret`] never shows its content: not in `Debug`, not in `Display`,
//! not in any error, so a test log or `fourd session` output cannot leak one.

use std::fmt;

/// What the session knows of one account's password.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    /// No password: only the empty text matches.
    Empty,
    /// A bcrypt hash from directory.json (`$2a$`, `$2b$`, `$2y$`), checked with bcrypt.
    Bcrypt(String),
    /// Any other stored value: 4D's legacy digest, which fourd cannot check, so nothing
    /// matches it unless the session file's `passwords` supplies the plain text.
    Legacy(String),
    /// A plain password given for this session (`passwords` in fourd.json, or
    /// `Set user properties`); nothing is written back to disk, so it is never hashed.
    Plain(String),
}

impl Secret {
    /// Reads a directory.json `password` value: empty, a bcrypt hash, or a legacy digest.
    pub fn from_stored(stored: &str) -> Secret {
        if stored.is_empty() {
            Secret::Empty
        } else if ["$2a$", "$2b$", "$2y$"]
            .iter()
            .any(|p| stored.starts_with(p))
        {
            Secret::Bcrypt(stored.to_string())
        } else {
            Secret::Legacy(stored.to_string())
        }
    }

    /// A plain password; the empty text is no password.
    pub fn plain(password: &str) -> Secret {
        if password.is_empty() {
            Secret::Empty
        } else {
            Secret::Plain(password.to_string())
        }
    }

    /// Is there a password at all? The Designer having one turns access control on (§3.2).
    pub fn is_set(&self) -> bool {
        !matches!(self, Secret::Empty)
    }

    /// Does `candidate` (plain text, compared exactly: passwords are case-sensitive) match?
    /// A malformed bcrypt hash matches nothing rather than failing.
    pub fn matches(&self, candidate: &str) -> bool {
        match self {
            Secret::Empty => candidate.is_empty(),
            Secret::Bcrypt(hash) => bcrypt::verify(candidate, hash).unwrap_or(false),
            Secret::Legacy(_) => false,
            Secret::Plain(plain) => plain == candidate,
        }
    }

    /// `Validate password` in digest mode: the candidate is compared verbatim with the stored
    /// hash text. A plain session password has no hash text, so no digest matches it.
    pub fn matches_digest(&self, digest: &str) -> bool {
        match self {
            Secret::Empty => digest.is_empty(),
            Secret::Bcrypt(stored) | Secret::Legacy(stored) => stored == digest,
            Secret::Plain(_) => false,
        }
    }

    /// What kind of secret this is, without its content.
    pub fn kind(&self) -> &'static str {
        match self {
            Secret::Empty => "none",
            Secret::Bcrypt(_) => "bcrypt hash",
            Secret::Legacy(_) => "legacy digest",
            Secret::Plain(_) => "session password",
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.kind())
    }
}
