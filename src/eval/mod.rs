//! The interpreter: runs compiled methods (`ir`) against a session.
//!
//! - Values and their rules: `value` (4D values, 16 bytes), `coerce`
//!   (assignment rules by declared type), `ops` (operators), `numeric` (the
//!   number table and pure arithmetic programs), `display` (values to text
//!   and JSON), `rt_error` (runtime errors as values).
//! - The code: `compile` (syntax tree → `ir`, names resolved), `program` (a
//!   project ready to run), `method` (a method and its compiled form),
//!   `closure` (the compiled form), `dump` (the compiled form as text).
//! - The interpreter: `interp` (its state), `frame`, and one file per job:
//!   `exec` (statements, the tree walker), `expr` (expressions), `place`
//!   (assignable places), `call` (methods, formulas, commands), `member`
//!   (member functions), `error_handling` (`Try`, `ON ERR CALL`, `throw`),
//!   `entry` (REPL entries); `limits` bounds a run.
//! - `native`: the one interface to native code — the call protocol,
//!   signatures and the tables of commands and member functions that the
//!   built-ins register and the program is handed.

pub mod coerce;
pub mod compile;
pub mod display;
pub mod ir;
pub mod limits;
pub mod native;
pub mod ops;
pub mod program;
pub mod rt_error;
pub mod value;

mod call;
pub mod class;
mod class_build;
mod closure;
pub mod component;
mod constants;
pub mod dump;
mod entry;
pub mod error_handling;
mod exec;
mod expr;
pub mod field;
mod frame;
mod interp;
mod member;
mod method;
mod numeric;
mod place;
pub mod process;
pub mod props;

pub use coerce::{array_var_type, coerce};
pub use expr::BUILT_IN_PROPERTIES;
pub use interp::{Interp, Output};
pub use limits::Limits;
pub use method::Method;
pub use place::Place;
pub use program::Program;
pub use rt_error::{Fault, Flow, Frame, RtError, Unwind, code};
pub use value::{Slot, Value, VarType};
