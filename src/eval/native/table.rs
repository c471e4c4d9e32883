//! The tables of native code the interpreter calls: one declared row per
//! command and per member function, registered by the built-ins and handed
//! to the [`Program`](crate::eval::Program), indexed once so that nothing is
//! looked up by name while code runs.

use super::call::{KeyedFn, MemberFn, NativeFn, PropertyFn};
use super::signature::Signature;
use crate::eval::compile::NativeNames;
pub use crate::eval::ir::MemberName;
use crate::names::{self, ThreadSafety};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One command, as the built-ins declare it. Its thread safety is 4D's, read
/// from the names table (`src/names/commands.tsv`): stated once.
pub struct CommandRow {
    pub name: &'static str,
    /// 4D's command number (`ALERT:C41`).
    pub number: u32,
    /// Whether 4D Server runs it (error 67 on 4D Server when not).
    pub on_server: bool,
    /// `"text: Text; start: Integer; count: Integer? -> Text"` (see `signature.rs`).
    pub signature: &'static str,
    /// One line on what the command does, for `:help`.
    pub summary: &'static str,
    /// Evaluating it changes no variable (the `$t:=$t+…` in-place append may
    /// evaluate it first).
    pub pure: bool,
    pub run: NativeFn,
}

/// What 4D's command list says of a command's thread safety (found by
/// number, without building the name indexes).
fn listed_thread_safety(number: u32) -> Option<ThreadSafety> {
    names::command_by_number(number).map(|id| names::command(id).thread_safety)
}

/// A command ready to call: its row, its parsed signature and its thread
/// safety.
pub struct Command {
    pub row: &'static CommandRow,
    pub signature: Signature,
    /// 4D's documentation says it may run in a preemptive process (a command
    /// the docs say nothing about counts as thread-safe, docs/language.md §21).
    pub thread_safe: bool,
}

/// What a member function is called on. Each receiver is one of 4D's
/// built-in classes, by its name in the `4D` class store: a row for a new
/// built-in class (`4D.File`, `4D.Entity`…) needs no change to the dispatcher,
/// which looks rows up by the receiver's class and then its superclasses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receiver {
    /// Collections (`4D.Collection`).
    Collection,
    /// Any object (`4D.Object`, every object's ancestor), looked at last.
    Object,
    /// Formula objects (`4D.Function`): `call`, `apply`…
    Function,
    /// Class objects (`4D.Class`): `new`…
    Class,
    /// Instances of another built-in class, by its name in the `4D` store
    /// (`"File"` for `4D.File`, `"EntitySelection"`…).
    BuiltIn(&'static str),
}

impl Receiver {
    /// The receiver's class name in the `4D` store.
    pub fn class_name(self) -> &'static str {
        match self {
            Receiver::Collection => "Collection",
            Receiver::Object => "Object",
            Receiver::Function => "Function",
            Receiver::Class => "Class",
            Receiver::BuiltIn(name) => name,
        }
    }
}

/// One member function, as the built-ins declare it.
pub struct MemberRow {
    pub receiver: Receiver,
    pub name: &'static str,
    /// As for commands; shown by `:help`. Member functions check their own
    /// arguments, as 4D's do (most are lenient).
    pub signature: &'static str,
    /// One line on what it does, for `:help`.
    pub summary: &'static str,
    /// May run in a preemptive process.
    pub thread_safe: bool,
    pub run: MemberFn,
}

impl MemberRow {
    /// The parsed signature (for `:help`; the dispatcher does not need it).
    pub fn signature(&self) -> Signature {
        Signature::parse(self.signature)
    }
}

/// One property of a built-in class, computed each time it is read
/// (`file.exists`, `file.size`): 4D's built-in objects answer from what they
/// designate, which may change between two reads. An own property of the
/// object, if any, is read first.
pub struct PropertyRow {
    pub receiver: Receiver,
    pub name: &'static str,
    /// The value's type, for `:help` (`"Boolean"`).
    pub ty: &'static str,
    /// One line on what it is, for `:help`.
    pub summary: &'static str,
    pub run: PropertyFn,
}

/// Properties and positions a built-in class computes from the key itself, for the
/// names no [`PropertyRow`] declares: an entity's relation attributes
/// (`employee.employer`), an entity selection's projections (`employees.lastName`) and
/// entities (`employees[0]`). The names depend on the data (a project's dataclasses), so
/// one row per class answers for all of them.
pub struct KeyedRow {
    pub receiver: Receiver,
    /// One line on what it answers, for `:help`.
    pub summary: &'static str,
    pub run: KeyedFn,
}

/// Every command and member function native code provides. Made as a
/// constant (`static`): its indexes are built the first time code needs
/// them, so a run that calls no native code pays nothing for them.
pub struct Natives {
    command_rows: &'static [CommandRow],
    member_rows: &'static [MemberRow],
    property_rows: &'static [PropertyRow],
    keyed_rows: &'static [KeyedRow],
    commands: OnceLock<CommandIndex>,
    members: OnceLock<MemberIndex>,
}

struct CommandIndex {
    /// Each command made ready (its signature parsed) the first time it is
    /// compiled or called: parsing all of them at the first command cost half
    /// an empty run, for a program that calls three.
    commands: Box<[OnceLock<Command>]>,
    by_number: HashMap<u32, u16>,
}

struct MemberIndex {
    /// Member function names, each once; a [`MemberName`] indexes it.
    names: Vec<&'static str>,
    ids: HashMap<&'static str, MemberName>,
    /// For each member name, the rows (indices in `member_rows`) of that name.
    rows_by_name: Vec<Box<[u16]>>,
}

impl Natives {
    /// The tables of these declared rows.
    pub const fn new(commands: &'static [CommandRow], members: &'static [MemberRow]) -> Natives {
        Natives::with_properties(commands, members, &[])
    }

    /// The tables with the computed properties of built-in classes too.
    pub const fn with_properties(
        commands: &'static [CommandRow],
        members: &'static [MemberRow],
        properties: &'static [PropertyRow],
    ) -> Natives {
        Natives {
            command_rows: commands,
            member_rows: members,
            property_rows: properties,
            keyed_rows: &[],
            commands: OnceLock::new(),
            members: OnceLock::new(),
        }
    }

    /// The tables with the keyed rows of built-in classes too.
    pub const fn with_keyed(mut self, keyed: &'static [KeyedRow]) -> Natives {
        self.keyed_rows = keyed;
        self
    }

    /// The keyed row of class `class`: what answers for a key its objects lack.
    pub fn keyed(&self, class: &str) -> Option<&'static KeyedRow> {
        let rows: &'static [KeyedRow] = self.keyed_rows;
        rows.iter().find(|k| k.receiver.class_name() == class)
    }

    /// The computed property `name` of class `class` (a few dozen rows,
    /// read only when an object of a built-in class lacks an own property).
    pub fn property(&self, class: &str, name: &str) -> Option<&'static PropertyRow> {
        let rows: &'static [PropertyRow] = self.property_rows;
        rows.iter()
            .find(|p| p.name == name && p.receiver.class_name() == class)
    }

    /// Every computed property row.
    pub fn properties(&self) -> &'static [PropertyRow] {
        self.property_rows
    }

    /// No commands, no member functions (a program that calls no native code).
    pub fn none() -> &'static Natives {
        static NONE: Natives = Natives::new(&[], &[]);
        &NONE
    }

    /// The commands, indexed by number; each is made ready at its first use.
    fn command_index(&self) -> &CommandIndex {
        self.commands.get_or_init(|| {
            let commands = self.command_rows.iter().map(|_| OnceLock::new()).collect();
            let by_number = self
                .command_rows
                .iter()
                .enumerate()
                .map(|(i, row)| (row.number, i as u16))
                .collect();
            CommandIndex {
                commands,
                by_number,
            }
        })
    }

    fn member_index(&self) -> &MemberIndex {
        self.members.get_or_init(|| {
            let mut index = MemberIndex {
                names: Vec::new(),
                ids: HashMap::new(),
                rows_by_name: Vec::new(),
            };
            let mut rows: Vec<Vec<u16>> = Vec::new();
            for (i, m) in self.member_rows.iter().enumerate() {
                let id = *index.ids.entry(m.name).or_insert_with(|| {
                    index.names.push(m.name);
                    rows.push(Vec::new());
                    (index.names.len() - 1) as MemberName
                });
                rows[id as usize].push(i as u16);
            }
            index.rows_by_name = rows.into_iter().map(Vec::into_boxed_slice).collect();
            index
        })
    }

    /// The row index of the command with this 4D number, if fourd has it.
    pub fn command_index_of(&self, number: u32) -> Option<u16> {
        self.command_index().by_number.get(&number).copied()
    }

    /// The command at a row index (from [`Natives::command_index_of`]).
    #[inline]
    pub fn command(&self, i: u16) -> &Command {
        self.command_index().commands[i as usize].get_or_init(|| {
            let row = &self.command_rows[i as usize];
            Command {
                row,
                signature: Signature::parse(row.signature),
                thread_safe: listed_thread_safety(row.number) != Some(ThreadSafety::Unsafe),
            }
        })
    }

    /// Every command, in declaration order (`fourd commands`, `:help`).
    pub fn commands(&self) -> impl Iterator<Item = &Command> {
        (0..self.command_rows.len()).map(|i| self.command(i as u16))
    }

    /// A command by name (case-insensitive, as 4D's names table reads it).
    pub fn command_by_name(&self, name: &str) -> Option<&Command> {
        let id = names::command_by_name(name)?;
        self.command_index_of(names::command(id).number)
            .map(|i| self.command(i))
    }

    /// The number of a member function name, if any row has it.
    pub fn member_name(&self, name: &str) -> Option<MemberName> {
        self.member_index().ids.get(name).copied()
    }

    /// A member function name by its number (for the compiled form's dump).
    pub fn member_name_text(&self, name: MemberName) -> &'static str {
        self.member_index()
            .names
            .get(name as usize)
            .copied()
            .unwrap_or("?")
    }

    /// The member function named `name` for a receiver of class `class`.
    #[inline]
    pub fn member(&self, name: MemberName, class: &str) -> Option<&'static MemberRow> {
        let rows: &'static [MemberRow] = self.member_rows;
        self.member_index()
            .rows_by_name
            .get(name as usize)?
            .iter()
            .map(|&i| &rows[i as usize])
            .find(|m| m.receiver.class_name() == class)
    }

    /// Every member function row.
    pub fn members(&self) -> &'static [MemberRow] {
        self.member_rows
    }

    /// The member functions of a receiver class, in declaration order
    /// (REPL completion).
    pub fn members_of<'a>(&self, class: &'a str) -> impl Iterator<Item = &'static MemberRow> + 'a {
        self.member_rows
            .iter()
            .filter(move |m| m.receiver.class_name() == class)
    }

    /// The rows of a member function name, for every receiver (`:help`).
    pub fn members_named<'a>(
        &self,
        name: &'a str,
    ) -> impl Iterator<Item = &'static MemberRow> + 'a {
        self.member_rows.iter().filter(move |m| m.name == name)
    }
}

/// What the compiler asks of the tables.
impl NativeNames for Natives {
    fn command(&self, number: u32) -> Option<(u16, bool)> {
        let i = self.command_index_of(number)?;
        Some((i, self.command_rows[i as usize].pure))
    }

    fn member(&self, name: &str) -> Option<MemberName> {
        self.member_name(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary search of [`listed_thread_safety`] needs 4D's command list
    /// in number order.
    #[test]
    fn command_list_is_in_number_order() {
        assert!(
            names::COMMANDS
                .windows(2)
                .all(|w| w[0].number < w[1].number)
        );
        assert_eq!(listed_thread_safety(845), Some(ThreadSafety::Unsafe));
    }
}
