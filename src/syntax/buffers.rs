//! The buffers the front end keeps per thread from one file to the next: the
//! raw tokens (the resolver's input) and the resolved tokens (the parser's,
//! handed back by [`recycle_tokens`]). Reusing them keeps their memory in the
//! caches when a thread reads file after file (`fourd check` on a project).

use super::scan::RawTok;
use super::token::Tok;
use crate::source::Span;
use std::cell::Cell;

/// A buffer grown past this many tokens (a generated file) is dropped rather
/// than kept for the next file.
const KEEP_AT_MOST: usize = 1 << 20;

thread_local! {
    /// A buffer for the raw tokens, kept from one file to the next.
    static RAW_BUFFER: Cell<Vec<RawTok>> = const { Cell::new(Vec::new()) };
    /// The buffer of the tokens, back from the parser ([`recycle_tokens`]).
    static TOKEN_BUFFER: Cell<Vec<(Tok<'static>, Span)>> = const { Cell::new(Vec::new()) };
}

/// An empty buffer for a file's raw tokens: the thread's last one, if kept.
pub(super) fn take_raw() -> Vec<RawTok> {
    let mut raw = RAW_BUFFER.with(Cell::take);
    raw.clear();
    raw
}

/// Keeps the buffer of a file's raw tokens for the thread's next file.
pub(super) fn give_back_raw(mut raw: Vec<RawTok>) {
    if raw.capacity() <= KEEP_AT_MOST {
        raw.clear();
        RAW_BUFFER.with(|b| b.set(raw));
    }
}

/// An empty buffer for a file's tokens: the last one the parser gave back, if any.
pub(super) fn take_tokens<'s>() -> Vec<(Tok<'s>, Span)> {
    let mut out: Vec<(Tok<'s>, Span)> = TOKEN_BUFFER.with(Cell::take);
    out.clear();
    out
}

/// Gives the buffer of a file's tokens back once they are parsed, for the
/// thread's next file: its memory is then still in the caches.
pub fn recycle_tokens(mut tokens: Vec<(Tok<'_>, Span)>) {
    if tokens.capacity() > KEEP_AT_MOST {
        return;
    }
    tokens.clear();
    // Empty, it holds no borrowed text: the same buffer, retyped (the map
    // never runs, and collecting reuses the allocation).
    let empty: Vec<(Tok<'static>, Span)> = tokens
        .into_iter()
        .map(|(_, span)| (Tok::Newline, span))
        .collect();
    TOKEN_BUFFER.with(|b| b.set(empty));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::NameTable;
    use crate::syntax::lex;

    #[test]
    fn the_token_buffer_is_reused() {
        let names = NameTable::default();
        let tokens = lex("$a:=1\n$b:=2", &names).tokens;
        let (ptr, cap) = (tokens.as_ptr() as usize, tokens.capacity());
        recycle_tokens(tokens);
        let again = lex("$c:=3", &names).tokens;
        assert_eq!((again.as_ptr() as usize, again.capacity()), (ptr, cap));
        assert_eq!(again[0].0, Tok::Local("c"));
    }
}
