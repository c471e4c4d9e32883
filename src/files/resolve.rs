//! Where a path really leads: symlinks of the existing prefix resolved one component at a time
//! (as the kernel does, so `..` after a symlink climbs from the link's target), a missing tail
//! kept as plain names. The sandbox checks the result, and every operation then works on the
//! result, never on the script's text, so what was checked is what is touched.

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The most symlinks one resolution follows (Linux's own limit): past it, a loop.
pub const MAX_LINKS: usize = 40;

/// Why a path could not be resolved.
#[derive(Debug)]
pub enum Unresolved {
    /// The path is relative: the sandbox only resolves absolute paths.
    Relative,
    /// More than [`MAX_LINKS`] symlinks (a loop).
    Loop,
    /// The system refused to read a component (permission, I/O).
    Io(io::Error),
}

/// The real path of `path` (absolute): every symlink of the part that exists is replaced by
/// its target, `.` is dropped and `..` climbs from what the previous components really are.
/// With `follow_last` false a symlink in the last place stays (for operations on the link
/// itself: delete, rename, `isAlias`). The missing tail, if any, is appended as it is.
pub fn real_path(path: &Path, follow_last: bool) -> Result<PathBuf, Unresolved> {
    if !path.is_absolute() {
        return Err(Unresolved::Relative);
    }
    // Components still to walk, the next one last.
    let mut pending: Vec<OsString> = Vec::new();
    push_components(&mut pending, path);
    let mut out = PathBuf::from("/");
    // How many of `out`'s last components do not exist on disk (0: `out` exists).
    let mut missing = 0usize;
    let mut links = 0usize;
    while let Some(part) = pending.pop() {
        if part.is_empty() || part == "." {
            continue;
        }
        if part == "/" {
            out = PathBuf::from("/");
            missing = 0;
            continue;
        }
        if part == ".." {
            out.pop();
            missing = missing.saturating_sub(1);
            continue;
        }
        let candidate = out.join(&part);
        if missing > 0 {
            out = candidate;
            missing += 1;
            continue;
        }
        let last = is_last(&pending);
        match fs::symlink_metadata(&candidate) {
            Ok(meta) if meta.file_type().is_symlink() && (follow_last || !last) => {
                links += 1;
                if links > MAX_LINKS {
                    return Err(Unresolved::Loop);
                }
                let target = fs::read_link(&candidate).map_err(Unresolved::Io)?;
                if target.is_absolute() {
                    out = PathBuf::from("/");
                }
                push_components(&mut pending, &target);
            }
            Ok(_) => out = candidate,
            Err(e)
                if e.kind() == io::ErrorKind::NotFound
                    || e.kind() == io::ErrorKind::NotADirectory =>
            {
                out = candidate;
                missing = 1;
            }
            Err(e) => return Err(Unresolved::Io(e)),
        }
    }
    Ok(out)
}

/// Pushes `path`'s components so that the first one is popped first. A root becomes `/`.
fn push_components(pending: &mut Vec<OsString>, path: &Path) {
    let parts: Vec<OsString> = path
        .components()
        .map(|c| match c {
            Component::RootDir | Component::Prefix(_) => OsString::from("/"),
            Component::CurDir => OsString::from("."),
            Component::ParentDir => OsString::from(".."),
            Component::Normal(name) => name.to_os_string(),
        })
        .collect();
    pending.extend(parts.into_iter().rev());
}

/// True when nothing but `.` is left: the component just taken is the path's last one.
fn is_last(pending: &[OsString]) -> bool {
    pending.iter().all(|p| p.is_empty() || p == ".")
}

/// `path` with `.` dropped and `..` applied to the text (no disk access); `None` when `..`
/// would climb above the root.
pub fn lexical(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() || out.as_os_str().is_empty() {
                    return None;
                }
            }
            Component::Normal(name) => out.push(name),
        }
    }
    Some(out)
}
