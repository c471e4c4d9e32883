//! Copying a folder's tree for `folder.copyTo()` and `COPY DOCUMENT` on folders. Symlinks are
//! copied as links (their target text unchanged), never followed, so a copy cannot read out of
//! the sandbox; a symlink already in the destination is replaced, never written through.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Why a copy stopped: something already there it may not replace, or the system's error.
#[derive(Debug)]
pub enum CopyError {
    Exists,
    Io(io::Error),
}

/// Copies the tree `from` into `to` (made if missing), merging with what `to` holds. A file
/// that exists in `to` is replaced when `overwrite`, else the copy stops with
/// [`CopyError::Exists`]. Both paths are real (resolved, inside the sandbox), `to` not inside
/// `from`.
pub fn copy_tree(from: &Path, to: &Path, overwrite: bool) -> Result<(), CopyError> {
    let mut stack = vec![(from.to_path_buf(), to.to_path_buf())];
    while let Some((src, dst)) = stack.pop() {
        make_real_dir(&dst)?;
        let mut children: Vec<_> = fs::read_dir(&src)
            .map_err(CopyError::Io)?
            .filter_map(Result::ok)
            .collect();
        children.sort_by_key(|c| c.file_name());
        for child in children {
            let from_child = child.path();
            let to_child = dst.join(child.file_name());
            let kind = child.file_type().map_err(CopyError::Io)?;
            if kind.is_dir() {
                stack.push((from_child, to_child));
            } else {
                clear_target(&to_child, overwrite)?;
                if kind.is_symlink() {
                    copy_link(&from_child, &to_child)?;
                } else {
                    fs::copy(&from_child, &to_child).map_err(CopyError::Io)?;
                }
            }
        }
    }
    Ok(())
}

/// Makes `dir` a real folder: a symlink there is removed first (it could lead anywhere).
fn make_real_dir(dir: &Path) -> Result<(), CopyError> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::remove_file(dir).map_err(CopyError::Io)?;
        }
        Ok(_) => return Err(CopyError::Exists),
        Err(_) => {}
    }
    fs::create_dir(dir).map_err(CopyError::Io)
}

/// Frees `target` for a new file: refused when something is there and not `overwrite`; a
/// file or symlink there is removed (a folder is refused: a file does not replace a folder).
fn clear_target(target: &Path, overwrite: bool) -> Result<(), CopyError> {
    match fs::symlink_metadata(target) {
        Err(_) => Ok(()),
        Ok(meta) if meta.is_dir() || !overwrite => Err(CopyError::Exists),
        Ok(_) => fs::remove_file(target).map_err(CopyError::Io),
    }
}

#[cfg(unix)]
fn copy_link(from: &Path, to: &Path) -> Result<(), CopyError> {
    let target = fs::read_link(from).map_err(CopyError::Io)?;
    std::os::unix::fs::symlink(target, to).map_err(CopyError::Io)
}

#[cfg(not(unix))]
fn copy_link(_from: &Path, _to: &Path) -> Result<(), CopyError> {
    Err(CopyError::Io(io::Error::new(
        io::ErrorKind::Unsupported,
        "symbolic links",
    )))
}

/// The first file of the tree `from` that `to` already has (a file where a folder is needed
/// counts too): `COPY DOCUMENT` checks a folder's contents before it copies anything.
pub fn first_conflict(from: &Path, to: &Path) -> Option<PathBuf> {
    let mut stack = vec![(from.to_path_buf(), to.to_path_buf())];
    while let Some((src, dst)) = stack.pop() {
        let Ok(children) = fs::read_dir(&src) else {
            continue;
        };
        for child in children.filter_map(Result::ok) {
            let to_child = dst.join(child.file_name());
            let Ok(there) = fs::symlink_metadata(&to_child) else {
                continue;
            };
            let is_dir = child.file_type().is_ok_and(|t| t.is_dir());
            if is_dir && there.is_dir() {
                stack.push((child.path(), to_child));
            } else {
                return Some(to_child);
            }
        }
    }
    None
}
