//! Case-insensitive name lookup (§1.1, §1.2: user and group names match case-insensitively).
//!
//! Names are stored lower-cased; an ASCII name of up to 64 bytes is lower-cased on the stack
//! for lookup, so the hot paths (`User in group`, `SET GROUP ACCESS`) do not allocate.

use std::collections::HashMap;

/// Lower-cased name → id.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    map: HashMap<String, i64>,
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
            let key = std::str::from_utf8(folded).ok()?;
            self.map.get(key).copied()
        } else {
            self.map.get(&fold(name)).copied()
        }
    }

    /// Registers `name`; returns the id that already holds it, if any (and then changes nothing).
    pub(crate) fn insert(&mut self, name: &str, id: i64) -> Result<(), i64> {
        match self.map.entry(fold(name)) {
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
        if self.map.get(&key) == Some(&id) {
            self.map.remove(&key);
        }
    }
}
