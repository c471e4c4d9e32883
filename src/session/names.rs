//! Case-insensitive name lookup (§1.1, §1.2: user and group names match case-insensitively).
//!
//! Names are stored lower-cased; an ASCII name of up to 64 bytes is lower-cased on the stack
//! for lookup, so the hot paths (`User in group`, `SET GROUP ACCESS`) do not allocate.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Lower-cased name (its bytes) → id.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    map: HashMap<Box<[u8]>, i64, BuildHasherDefault<NameHasher>>,
}

/// FNV-1a over a name's bytes: names are short and come from the project's
/// own directory and code, so the flooding resistance of the standard
/// hasher buys nothing here, and it was a tenth of the time of a loop of
/// `User in group` / `SET GROUP ACCESS` calls (callgrind, session benchmark).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameHasher(u64);

impl Default for NameHasher {
    fn default() -> Self {
        NameHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The lower-cased form names are compared in.
pub(crate) fn fold(name: &str) -> String {
    if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.to_lowercase()
    }
}

/// Do two names match case-insensitively?
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        fold(a) == fold(b)
    }
}

impl NameIndex {
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.map.reserve(additional);
    }

    /// The id registered under `name`, whatever its case.
    pub(crate) fn get(&self, name: &str) -> Option<i64> {
        const STACK: usize = 64;
        if name.len() <= STACK && name.is_ascii() {
            let mut buf = [0u8; STACK];
            let folded = &mut buf[..name.len()];
            folded.copy_from_slice(name.as_bytes());
            folded.make_ascii_lowercase();
            self.map.get(&*folded).copied()
        } else {
            self.map.get(fold(name).as_bytes()).copied()
        }
    }

    /// Registers `name`; returns the id that already holds it, if any (and then changes nothing).
    pub(crate) fn insert(&mut self, name: &str, id: i64) -> Result<(), i64> {
        match self.map.entry(fold(name).into_bytes().into_boxed_slice()) {
            std::collections::hash_map::Entry::Occupied(e) => Err(*e.get()),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(id);
                Ok(())
            }
        }
    }

    /// Forgets `name` if it is registered to `id`.
    pub(crate) fn remove(&mut self, name: &str, id: i64) {
        let key = fold(name);
        if self.map.get(key.as_bytes()) == Some(&id) {
            self.map.remove(key.as_bytes());
        }
    }
}
