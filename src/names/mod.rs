//! 4D's own names: every command and constant, compiled in from `commands.tsv` and
//! `constants.tsv` (see `build.rs`). The lexer needs all of them to read real code,
//! whether or not fourd implements the command behind a name.

mod phrase;

pub use phrase::{NameKind, NameTable, PhraseMatch, SYSTEM_VARIABLES, normalize as normalize_name};

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// What 4D's documentation says about running a command in a preemptive process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThreadSafety {
    Safe,
    Unsafe,
    /// The docs do not say; fourd treats these as thread-safe (docs/language.md §21).
    Unknown,
}

/// One row of 4D's command list.
#[derive(Debug)]
pub struct CommandInfo {
    pub number: u32,
    pub name: &'static str,
    pub thread_safety: ThreadSafety,
    pub theme: &'static str,
}

/// The value of a 4D constant, where the documentation gives one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstValue {
    Integer(i64),
    Real(f64),
    Text(&'static str),
    Unknown,
}

/// One row of 4D's constant list.
#[derive(Debug)]
pub struct ConstantInfo {
    pub name: &'static str,
    /// `(theme id, position)` as written in tokenized source (`:K8:3`).
    pub token: Option<(u32, u32)>,
    pub value: ConstValue,
    pub theme: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/name_tables.rs"));

/// Index of a command in [`COMMANDS`].
pub type CommandId = u16;
/// Index of a constant in [`CONSTANTS`].
pub type ConstantId = u16;

/// The 4D numbers of the commands fourd's code singles out, by their names (the
/// number is what tokenized source writes: `Formula:C1597`), so that code says
/// which command it means. A test checks each against the command table.
pub mod command_number {
    /// `ON ERR CALL`: the preemptive check follows the method it installs.
    pub const ON_ERR_CALL: u32 = 155;
    /// `Formula`: its argument is code, which may be an assignment.
    pub const FORMULA: u32 = 1597;
    /// `APPLY TO SELECTION`: its statement may be an assignment too.
    pub const APPLY_TO_SELECTION: u32 = 70;
    /// `True`, `False`, `Null`: constants the compiler folds.
    pub const TRUE: u32 = 214;
    pub const FALSE: u32 = 215;
    pub const NULL: u32 = 1517;
    /// `New collection`, `New object`: literals the compiler builds.
    pub const NEW_COLLECTION: u32 = 1472;
    pub const NEW_OBJECT: u32 = 1471;
    /// `This`: the object a class function or formula runs on.
    pub const THIS: u32 = 1470;
    /// `Super`: the parent class's constructor, or its functions.
    pub const SUPER: u32 = 1706;
}

/// Numbers that tokenized source uses for a command besides its own: `Super`
/// was `:C1705` before it became 1706, and both appear in saved code.
const COMMAND_ALIASES: &[(u32, u32)] = &[(1705, 1706)];

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<phrase::FxHasher>>;

struct Indexes {
    constant_by_token: FxMap<(u32, u32), ConstantId>,
    command_by_name: FxMap<String, CommandId>,
    constant_by_name: FxMap<String, ConstantId>,
    /// How many words each command's name has (`USE SET` has two).
    command_words: Vec<u8>,
    constant_words: Vec<u8>,
}

fn word_count(name: &str) -> u8 {
    name.split_whitespace().count().min(255) as u8
}

fn indexes() -> &'static Indexes {
    static INDEXES: OnceLock<Indexes> = OnceLock::new();
    INDEXES.get_or_init(|| {
        let mut command_by_name =
            FxMap::with_capacity_and_hasher(COMMANDS.len(), Default::default());
        for (i, c) in COMMANDS.iter().enumerate() {
            command_by_name.insert(phrase::normalize(c.name), i as CommandId);
        }
        for &(name, number) in phrase::LEGACY_COMMAND_NAMES {
            if let Some(id) = command_by_number(number) {
                command_by_name.entry(phrase::normalize(name)).or_insert(id);
            }
        }
        let mut constant_by_name =
            FxMap::with_capacity_and_hasher(CONSTANTS.len(), Default::default());
        let mut constant_by_token =
            FxMap::with_capacity_and_hasher(CONSTANTS.len(), Default::default());
        for (i, c) in CONSTANTS.iter().enumerate() {
            constant_by_name.insert(phrase::normalize(c.name), i as ConstantId);
            if let Some(token) = c.token {
                constant_by_token.insert(token, i as ConstantId);
            }
        }
        Indexes {
            constant_by_token,
            command_by_name,
            constant_by_name,
            command_words: COMMANDS.iter().map(|c| word_count(c.name)).collect(),
            constant_words: CONSTANTS.iter().map(|c| word_count(c.name)).collect(),
        }
    })
}

/// The command with this 4D number (`ALERT:C41` → 41). The list is in number
/// order: a binary search, so that asking builds none of the name indexes
/// (building them costs more than a whole empty run).
pub fn command_by_number(number: u32) -> Option<CommandId> {
    let find = |n: u32| {
        COMMANDS
            .binary_search_by_key(&n, |c| c.number)
            .ok()
            .map(|i| i as CommandId)
    };
    find(number).or_else(|| {
        let &(_, target) = COMMAND_ALIASES.iter().find(|&&(a, _)| a == number)?;
        find(target)
    })
}

/// The command with this name, compared as 4D does (case-insensitive, blanks collapsed).
pub fn command_by_name(name: &str) -> Option<CommandId> {
    indexes()
        .command_by_name
        .get(&phrase::normalize(name))
        .copied()
}

/// The constant a `:K<theme>:<position>` token names, whatever the text before it.
pub fn constant_by_token(theme: u32, position: u32) -> Option<ConstantId> {
    indexes().constant_by_token.get(&(theme, position)).copied()
}

/// The constant with this name, compared as 4D does.
pub fn constant_by_name(name: &str) -> Option<ConstantId> {
    indexes()
        .constant_by_name
        .get(&phrase::normalize(name))
        .copied()
}

/// How many blank-separated words the name of a command has.
pub fn command_words(id: CommandId) -> usize {
    indexes().command_words[id as usize] as usize
}

/// How many blank-separated words the name of a constant has.
pub fn constant_words(id: ConstantId) -> usize {
    indexes().constant_words[id as usize] as usize
}

/// The table row of a command.
pub fn command(id: CommandId) -> &'static CommandInfo {
    &COMMANDS[id as usize]
}

/// The table row of a constant.
pub fn constant(id: ConstantId) -> &'static ConstantInfo {
    &CONSTANTS[id as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_hold_the_documented_rows() {
        assert_eq!(COMMANDS.len(), 1445);
        assert_eq!(CONSTANTS.len(), 2436);
        assert_eq!(command_by_number(1705), command_by_number(1706));
        assert_eq!(
            constant_by_token(44, 2),
            constant_by_name("4D Write license")
        );
        let alert = command(command_by_number(41).unwrap());
        assert_eq!(alert.name, "ALERT");
        let spa = command(command_by_name("set  plugin ACCESS").unwrap());
        assert_eq!((spa.number, spa.thread_safety), (845, ThreadSafety::Unsafe));
        let w = constant(constant_by_name("4D Write license").unwrap());
        assert_eq!(w.value, ConstValue::Integer(808464697));
        assert_eq!(w.token, Some((44, 2)));
        let out = constant(constant_by_name("into system standard outputs").unwrap());
        assert_eq!(out.value, ConstValue::Integer(6));
    }

    #[test]
    fn named_command_numbers_are_the_commands_they_name() {
        // docs/commands-legacy/on-err-call.md and docs/commands/formula.md give the numbers.
        for (name, number) in [
            ("ON ERR CALL", command_number::ON_ERR_CALL),
            ("Formula", command_number::FORMULA),
            ("APPLY TO SELECTION", command_number::APPLY_TO_SELECTION),
            ("True", command_number::TRUE),
            ("False", command_number::FALSE),
            ("Null", command_number::NULL),
            ("New collection", command_number::NEW_COLLECTION),
            ("New object", command_number::NEW_OBJECT),
        ] {
            assert_eq!(command(command_by_number(number).unwrap()).name, name);
        }
    }
}
