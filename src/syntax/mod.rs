//! The front end: source text → raw tokens (`scan`, logos) → resolved tokens
//! (`resolve`: names joined and looked up, keywords recognised; the vocabulary
//! is `token`, the operators `op`) → syntax tree (`ast`, built by `parser`).

pub mod ast;
pub mod attributes;
mod buffers;
pub mod dump;
pub mod error;
pub mod literal;
pub mod op;
pub mod parser;
pub mod resolve;
pub mod scan;
pub mod token;
pub mod visit;

pub use buffers::recycle_tokens;
pub use resolve::{Lexed, lex};
