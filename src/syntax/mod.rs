//! The front end: source text → raw tokens (`token`) → resolved tokens (`lexer`)
//! → syntax tree (`ast`, built by `parser`).

pub mod ast;
pub mod attributes;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod token;
pub mod visit;
