//! Commands that answer a folder's path as text: `Get 4D folder` (`commands/get-4d-folder.md`),
//! `System folder` (`commands/system-folder.md`), `Temporary folder`
//! (`commands/temporary-folder.md`), and the path conversions `Convert path system to POSIX`
//! and `Convert path POSIX to system` (`commands/convert-path-*.md`). On Linux the system's
//! syntax is POSIX, so a conversion only completes a relative path and (un)escapes.

use super::places::{self, SystemFolder};
use super::space::Files;
use std::fs;
use std::path::Path;

impl Files {
    /// `Get 4D folder({folder})` (selector 0, the active 4D folder, when omitted): the
    /// folder's system path ending with `/`. The Resources and Logs folders are made when
    /// missing, as documented. `None` for an unknown selector (the caller sets `OK` to 0 and
    /// answers "").
    pub fn get_4d_folder(&self, selector: i64) -> Option<String> {
        let (place, make) = places::get_4d_folder(selector)?;
        let dir = self.sandbox.place_dir(place);
        if make && let Ok(real) = self.sandbox.resolve(&dir, "") {
            let _ = fs::create_dir_all(real);
        }
        Some(folder_text(&dir))
    }

    /// `System folder({type})` (`System`, 0, when omitted): the folder's path ending with
    /// `/`, "" for a Windows-only constant, `None` for an unknown one.
    pub fn system_folder(&self, kind: i64) -> Option<String> {
        match places::system_folder(kind)? {
            SystemFolder::At(place) => Some(folder_text(&self.sandbox.place_dir(place))),
            SystemFolder::WindowsOnly => Some(String::new()),
        }
    }

    /// `Temporary folder`: the run's temporary folder, ending with `/`.
    pub fn temporary_folder(&self) -> String {
        folder_text(self.sandbox.temp())
    }

    /// `Convert path system to POSIX(systemPath {; *})`: an absolute POSIX path (a relative
    /// one is completed with the database folder); with `*` (`encode`) special characters are
    /// %-escaped ("My folder" → "My%20folder").
    pub fn system_to_posix(&self, path: &str, encode: bool) -> String {
        let absolute = if path.starts_with('/') {
            path.to_string()
        } else {
            self.sandbox.package().join(path).display().to_string()
        };
        if encode {
            percent_encode(&absolute)
        } else {
            absolute
        }
    }
}

/// `Convert path POSIX to system(posixPath {; *})`: the path (POSIX is Linux's syntax), its
/// %-escapes decoded when `decode` (`*`).
pub fn posix_to_system(path: &str, decode: bool) -> String {
    if decode {
        percent_decode(path)
    } else {
        path.to_string()
    }
}

fn folder_text(dir: &Path) -> String {
    let mut text = dir.display().to_string();
    if !text.ends_with('/') {
        text.push('/');
    }
    text
}

/// %-escapes every byte but letters, digits, `-._~` and `/`.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; a `%` not followed by two hex digits stays as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(value)) => {
                out.push(value);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
