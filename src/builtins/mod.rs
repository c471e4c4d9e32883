//! Built-in commands and member functions: native code, registered into the
//! interpreter's one interface (`eval::native`) as declared rows.
//!
//! - `table.rs`: one row per command — name, 4D number, whether 4D Server
//!   allows it, parameter signature, the Rust function, one line of help
//!   (thread safety is 4D's own, from `src/names/commands.tsv`).
//! - `members/`: one row per member function — receiver (a built-in class),
//!   name, signature, function, help, thread safety.
//!
//! The dispatcher, the checker, the REPL's completion and `:help` all read
//! the same rows. Adding a command is one row and one function.
//!
//! Command functions live by theme: `language` (`language_more`: pointers,
//! `EXECUTE FORMULA`, `Command name`, the error stack), `text`, `math`, `output`,
//! `objects`, `arrays` (`array_search`: counting, binary search, multi-level
//! sorts; `array_convert`: to and from collections and properties), `errors`, `access` (users, groups, plug-ins),
//! `datetime`, `classes` (class stores, `OB Instance of`), `regex` (`Match
//! regex`), `localize` (XLIFF strings), `tools` (Base64, digests, password
//! hashes), `external` (environment variables, external programs),
//! `blob`, `blob_text`, `blob_compress` (the BLOB theme), `json_arrays`, `json_schema` (`JSON Validate`), `environment` (4D
//! Environment, database parameters), `system` (System Environment, headless answers), `folders` (`Get 4D
//! folder` and friends, over the files sandbox), `design` (Design
//! Object Access, read-only), `tags` (`PROCESS 4D TAGS`), `db` (the classic database commands over the
//! datastore), `orda` (`ds`, dataclasses, entities and entity selections),
//! `file_objects` (`File`, `Folder`: `4D.File`/`4D.Folder` objects), `process`
//! (the Processes theme), `process_comm` (workers, semaphores), `process_signal`
//! (`New signal`, `4D.Signal`), `process_vars` (another process's variables);
//! `outputs` writes
//! output parameters.

mod access;
mod array_convert;
mod array_search;
mod arrays;
mod blob;
pub(crate) mod blob_class;
mod blob_compress;
mod blob_text;
mod blob_variables;
mod classes;
mod copy_options;
mod datetime;
pub mod db;
mod design;
mod doc_paths;
mod documents;
mod environment;
mod errors;
mod external;
mod file_objects;
mod folders;
mod json_arrays;
mod json_schema;
mod language;
mod language_more;
mod localize;
mod math;
pub mod members;
mod ob_copy;
mod objects;
pub mod orda;
mod output;
mod outputs;
mod process;
mod process_comm;
mod process_signal;
mod process_vars;
mod regex;
mod system;
mod table;
mod tags;
mod text;
mod tools;

pub use table::TABLE;

use crate::eval::native::Natives;

pub(crate) use crate::eval::native::{BResult, Call, Fail};

/// The tables of every command and member function, indexed once: what the
/// runner hands to a program.
pub fn natives() -> &'static Natives {
    static NATIVES: Natives =
        Natives::with_properties(TABLE, members::MEMBERS, members::PROPERTIES)
            .with_keyed(orda::relation::KEYED);
    &NATIVES
}
