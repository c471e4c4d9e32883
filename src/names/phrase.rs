//! Multi-word names: 4D's command, constant and method names contain spaces
//! (`SET PLUGIN ACCESS`, `Into system standard outputs`), so the lexer reads words
//! and keeps the longest phrase that is a known name (docs/language.md §2.4).

use super::{CommandId, ConstantId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hasher for the phrase tables (the multiply-rotate
/// hash of rustc's `FxHasher`). The lexer looks up every word of a file, so
/// SipHash's cost showed; the keys are 4D's own names and project method names.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.hash = fx_fold(self.hash, bytes);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

include!("phrase_hash.rs");

type PhraseMap = HashMap<String, Node, BuildHasherDefault<FxHasher>>;

/// What a complete phrase names. One phrase may name several things; the
/// priority (command, project method, constant) is applied by [`PhraseMatch::kind`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Entry {
    system_variable: bool,
    command: Option<CommandId>,
    method: Option<u32>,
    constant: Option<ConstantId>,
}

/// The kind a resolved name takes, after 4D's priority rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// `OK`, `Error method`, …: a process variable whose name may have spaces.
    SystemVariable,
    Command(CommandId),
    Method(u32),
    Constant(ConstantId),
}

#[derive(Debug, Clone, Copy, Default)]
struct Node {
    /// Some longer entry starts with this phrase.
    is_prefix: bool,
    entry: Entry,
}

/// The result of a longest match: how many words it took, and what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub words: usize,
    pub kind: NameKind,
}

/// Lower-cases a name and collapses runs of blanks, the form names are compared in.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split([' ', '\t']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        push_lower(&mut out, word);
    }
    out
}

fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

fn insert(map: &mut PhraseMap, name: &str, set: impl FnOnce(&mut Entry)) {
    let key = normalize(name);
    if key.is_empty() {
        return;
    }
    for (end, _) in key.match_indices(' ') {
        match map.get_mut(&key[..end]) {
            Some(node) => node.is_prefix = true,
            None => {
                let node = Node {
                    is_prefix: true,
                    ..Node::default()
                };
                map.insert(key[..end].to_string(), node);
            }
        }
    }
    set(&mut map.entry(key).or_default().entry);
}

include!("extra_names.rs");

/// One row of the builtin phrase table that `build.rs` writes: a normalized
/// phrase (or a prefix of one) and what it names.
struct BuiltinPhrase {
    key: &'static str,
    is_prefix: bool,
    system_variable: bool,
    command: Option<CommandId>,
    constant: Option<ConstantId>,
}

include!(concat!(env!("OUT_DIR"), "/builtin_phrases.rs"));

/// 4D's own name (or phrase prefix) `key`, normalized. `build.rs` lays the
/// table out as an open-addressing hash table (`BUILTIN_SLOTS`, linear
/// probing), so nothing is built at run time: hashing its ~6,700 rows into a
/// map at the first lookup cost ~1M instructions, most of an empty run.
fn builtin_name(key: &str) -> Option<Node> {
    let mask = BUILTIN_SLOTS.len() - 1;
    let mut slot = builtin_slot(key, BUILTIN_SLOT_BITS);
    loop {
        let row = BUILTIN_SLOTS[slot];
        if row == u16::MAX {
            return None;
        }
        let p = &BUILTIN_PHRASES[row as usize];
        if p.key == key {
            return Some(Node {
                is_prefix: p.is_prefix,
                entry: Entry {
                    system_variable: p.system_variable,
                    command: p.command,
                    method: None,
                    constant: p.constant,
                },
            });
        }
        slot = (slot + 1) & mask;
    }
}

/// The names the lexer resolves: 4D's commands and constants, plus the project
/// methods of the code being read (they are only known once the project is listed).
#[derive(Debug, Default, Clone)]
pub struct NameTable {
    methods: PhraseMap,
    /// The structure's table names, as written.
    tables: Vec<String>,
}

impl NameTable {
    /// A table with 4D's names and the given project methods (index = position).
    pub fn with_methods<'a>(methods: impl IntoIterator<Item = &'a str>) -> Self {
        let mut table = NameTable::default();
        for (i, m) in methods.into_iter().enumerate() {
            table.add_method(m, i as u32);
        }
        table
    }

    /// Makes a table of the structure known to the lexer (`[People]` alone is then the
    /// table, not a collection holding a variable).
    pub fn add_table(&mut self, name: &str) {
        self.tables.push(name.to_string());
    }

    /// Whether a structure table has this name.
    pub fn is_table(&self, name: &str) -> bool {
        self.tables.iter().any(|t| t == name)
    }

    /// Makes a project method name known to the lexer.
    pub fn add_method(&mut self, name: &str, index: u32) {
        insert(&mut self.methods, name, |e| e.method = Some(index));
    }

    /// The project method index of a name, if it is one.
    pub fn method(&self, name: &str) -> Option<u32> {
        self.methods
            .get(&normalize(name))
            .and_then(|n| n.entry.method)
    }

    fn node(&self, key: &str) -> Option<Node> {
        let builtin = builtin_name(key);
        let method = if self.methods.is_empty() {
            None
        } else {
            self.methods.get(key)
        };
        match (builtin, method) {
            (None, None) => None,
            (Some(b), None) => Some(b),
            (None, Some(m)) => Some(*m),
            (Some(b), Some(m)) => Some(Node {
                is_prefix: b.is_prefix || m.is_prefix,
                entry: Entry {
                    method: m.entry.method,
                    ..b.entry
                },
            }),
        }
    }

    /// The longest phrase made of the leading `words` that is a complete name.
    /// `words` yields the words in order; it is read only as far as a known
    /// prefix reaches.
    pub fn longest_match<'w>(
        &self,
        words: impl IntoIterator<Item = &'w str>,
    ) -> Option<PhraseMatch> {
        // The phrase so far, lower-case: one buffer per thread, not one per call.
        thread_local! {
            static KEY: RefCell<String> = RefCell::new(String::with_capacity(64));
        }
        KEY.with(|key| match key.try_borrow_mut() {
            Ok(mut key) => self.longest_match_in(&mut key, words),
            Err(_) => self.longest_match_in(&mut String::new(), words),
        })
    }

    fn longest_match_in<'w>(
        &self,
        key: &mut String,
        words: impl IntoIterator<Item = &'w str>,
    ) -> Option<PhraseMatch> {
        key.clear();
        let mut best = None;
        for (n, word) in words.into_iter().enumerate() {
            if n > 0 {
                key.push(' ');
            }
            push_lower(key, word);
            let Some(node) = self.node(key) else { break };
            if let Some(kind) = kind_of(&node.entry) {
                best = Some(PhraseMatch { words: n + 1, kind });
            }
            if !node.is_prefix {
                break;
            }
        }
        best
    }
}

fn kind_of(e: &Entry) -> Option<NameKind> {
    if e.system_variable {
        return Some(NameKind::SystemVariable);
    }
    e.command
        .map(NameKind::Command)
        .or(e.method.map(NameKind::Method))
        .or(e.constant.map(NameKind::Constant))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{command, constant};

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').filter(|w| !w.is_empty()).collect()
    }

    /// The table build.rs writes is the one `insert` would build from the data.
    #[test]
    fn builtin_table_is_the_data_normalized() {
        use crate::names::{COMMANDS, CONSTANTS};
        let mut map = PhraseMap::default();
        for (i, c) in COMMANDS.iter().enumerate() {
            insert(&mut map, c.name, |e| e.command = Some(i as CommandId));
        }
        for (i, c) in CONSTANTS.iter().enumerate() {
            insert(&mut map, c.name, |e| e.constant = Some(i as ConstantId));
        }
        for &(name, number) in LEGACY_COMMAND_NAMES {
            let i = COMMANDS.iter().position(|c| c.number == number).unwrap();
            insert(&mut map, name, |e| {
                e.command = e.command.or(Some(i as CommandId))
            });
        }
        for name in SYSTEM_VARIABLES {
            insert(&mut map, name, |e| e.system_variable = true);
        }
        assert_eq!(BUILTIN_PHRASES.len(), map.len());
        for (key, node) in &map {
            let b = builtin_name(key).unwrap_or_else(|| panic!("{key:?} missing"));
            assert_eq!(
                (b.is_prefix, b.entry),
                (node.is_prefix, node.entry),
                "{key:?}"
            );
        }
    }

    #[test]
    fn longest_phrase_wins() {
        let t = NameTable::default();
        let m = t.longest_match(words("SET PLUGIN ACCESS x")).unwrap();
        assert_eq!(m.words, 3);
        let NameKind::Command(c) = m.kind else {
            panic!()
        };
        assert_eq!(command(c).number, 845);
        let m = t.longest_match(words("Current date + 1")).unwrap();
        assert_eq!(m.words, 2);
        assert!(t.longest_match(words("Current")).is_none());
    }

    #[test]
    fn constants_and_methods() {
        let t = NameTable::with_methods(["Progress SET PROGRESS", "fib"]);
        let m = t
            .longest_match(words("into  SYSTEM standard outputs"))
            .unwrap();
        let NameKind::Constant(c) = m.kind else {
            panic!()
        };
        assert_eq!(constant(c).name, "Into system standard outputs");
        assert_eq!(
            t.longest_match(words("Progress SET PROGRESS"))
                .unwrap()
                .kind,
            NameKind::Method(0)
        );
        assert_eq!(
            t.longest_match(words("FIB")).unwrap().kind,
            NameKind::Method(1)
        );
    }
}
