//! fourd: an interpreter for the 4D language.
//!
//! The data flows one way, one module per stage:
//! source text → [`names`] (4D's command and constant tables) → tokens → syntax tree
//! → checks → evaluation against a session → output and diagnostics.

pub mod builtins;
pub mod check;
pub mod cli;
pub mod conv;
pub mod database_startup;
pub mod datastore;
pub mod diag;
pub mod eval;
pub mod files;
pub mod json;
pub mod names;
pub mod project;
pub mod repl;
pub mod rng;
pub mod runner;
pub mod session;
pub mod source;
pub mod startup;
pub mod syntax;
pub mod testing;
pub mod xliff;
