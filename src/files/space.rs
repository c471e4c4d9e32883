//! [`Files`]: a run's files, the sandbox and the open documents together, the one value the
//! interpreter keeps for every file command and `File`/`Folder` member. Its operations are in
//! `objects.rs`, `content.rs`, `listing.rs`, `documents.rs`, `packets.rs`, `legacy.rs` and
//! `system_paths.rs`; here are the helpers they share.

use super::documents::Documents;
use super::entry::Entry;
use super::error::FileError;
use super::sandbox::{Sandbox, SandboxConfig, check_path_text};
use std::path::{Path, PathBuf};

/// A run's files: what it may reach, and the documents it has open.
#[derive(Debug)]
pub struct Files {
    pub(crate) sandbox: Sandbox,
    pub(crate) documents: Documents,
}

impl Files {
    /// The run's sandbox (see [`Sandbox::new`] for the errors).
    pub fn new(config: &SandboxConfig) -> Result<Files, FileError> {
        Ok(Files {
            sandbox: Sandbox::new(config)?,
            documents: Documents::default(),
        })
    }

    /// What the run may reach (paths for `Entry` methods, the temporary folder).
    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    /// For `--keep-temp` decided late.
    pub fn sandbox_mut(&mut self) -> &mut Sandbox {
        &mut self.sandbox
    }

    /// The real path of an object, all symlinks followed (-45 out of the sandbox).
    pub(crate) fn real(&self, entry: &Entry) -> Result<PathBuf, FileError> {
        self.sandbox
            .resolve(&entry.host(&self.sandbox), &entry.path())
    }

    /// The real path of an object, a symlink in the last place kept.
    pub(crate) fn real_link(&self, entry: &Entry) -> Result<PathBuf, FileError> {
        self.sandbox
            .resolve_link(&entry.host(&self.sandbox), &entry.path())
    }

    /// True when `real` is one of the sandbox's roots: those are never deleted, moved or
    /// renamed by a script.
    pub(crate) fn is_root(&self, real: &Path) -> bool {
        self.sandbox.roots().iter().any(|root| root == real)
    }

    /// A legacy command's path (`commands/document-to-text.md`): absolute in the system's
    /// syntax (POSIX), or relative to the database folder (`/PACKAGE`). Returns the system
    /// path (not resolved) and whether the text ends with a folder separator.
    pub(crate) fn legacy_path(&self, text: &str) -> Result<(PathBuf, bool), FileError> {
        if text.is_empty() {
            return Err(FileError::bad_name(text, "empty path"));
        }
        let path = if text.starts_with('/') {
            PathBuf::from(text)
        } else {
            self.sandbox.package().join(text)
        };
        check_path_text(&path, text)?;
        Ok((path, text.ends_with('/')))
    }

    /// A legacy path resolved through the sandbox, symlinks followed.
    pub(crate) fn legacy_real(&self, text: &str) -> Result<PathBuf, FileError> {
        let (path, _) = self.legacy_path(text)?;
        self.sandbox.resolve(&path, text)
    }
}
