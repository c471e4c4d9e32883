//! The datastore: 4D's database in memory, built from the project's structure.
//!
//! A lower stage beside the session: the interpreter evaluates `QUERY`, `[T]F`, `ds.T.query()`
//! and the rest against it, copying values in and out (a loaded record or entity is a copy,
//! as in 4D). The engine knows nothing of the interpreter's values; its fields hold
//! [`Datum`]s.
//!
//! - [`structure`]: tables, fields, indexes and relations from `catalog.4DCatalog`.
//! - [`error`]: the error value with 4D's codes.
//! - [`datum`]: field values and 4D's rules for fitting and ordering them.
//! - [`storage`]: columns, indexes and bitsets.
//! - [`store`]: the [`Datastore`]: reads, locks, transactions; `write.rs` saves and deletes,
//!   `order.rs` sorts, `selection.rs` sums and extracts.
//! - [`cursor`]: the classic language's state per process (current selection and record
//!   per table, sets, named selections) beside the store: the [`Database`] of a run.
//! - [`fixtures`]: loading and saving the data as JSON.
//! - [`query`]: classic criteria and ORDA query strings, planned and run on the indexes.

pub mod cursor;
pub mod datum;
pub mod error;
pub mod fixtures;
mod isolation;
pub mod lock;
mod order;
pub mod query;
mod selection;
pub mod storage;
pub mod store;
pub mod structure;
mod write;

#[cfg(test)]
mod tests;

pub use cursor::Database;
pub use datum::Datum;
pub use error::{DbError, DbResult, OrdaStatus};
pub use lock::ProcessId;
pub use query::classic::{Conjunction, Criterion, QueryOutput};
pub use query::plan::{QueryArg, QueryParams};
pub use query::{Cmp, OrderKey};
pub use storage::bitset::RecSet;
pub use store::Datastore;
pub use structure::{Field, FieldId, FieldType, Structure, Table, TableId};
