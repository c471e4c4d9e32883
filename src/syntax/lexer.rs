//! The lexer's old path, kept while code outside the front end (`eval`, `repl`)
//! still imports from here: the raw lexer is now `scan.rs`, the token
//! vocabulary `token.rs` and the name resolver `resolve/`.

pub use super::resolve::lex;
pub use super::token::Tok;
