//! fourd: an interpreter for the 4D language.
//!
//! The data flows one way, one module per stage:
//! source text → [`names`] (4D's command and constant tables) → tokens → syntax tree
//! → checks → evaluation against a session → output and diagnostics.

pub mod json;
pub mod names;
pub mod session;
