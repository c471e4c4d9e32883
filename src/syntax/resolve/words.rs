//! Runs of words → names: the longest known command, method or constant
//! (`SET PLUGIN ACCESS`), a tokenized name by its number (`ALERT:C41`), a
//! keyword phrase where a statement starts (`End for each`), a table or field
//! name (`[People]Last name`), or a plain identifier.

use super::Resolver;
use crate::names::{self, NameKind, PhraseMatch};
use crate::source::Span;
use crate::syntax::scan::Raw;
use crate::syntax::token::{self, Kw, Tok};

impl<'s> Resolver<'s, '_> {
    /// The run of words starting at `self.i`: consecutive words separated only
    /// by blanks, with the index one past its last word.
    fn word_run(&self) -> usize {
        let mut j = self.i;
        // Numbers belong to a run of words: `Date RFC 1123:K1:11`, `64 bit version:K5:25`.
        while matches!(self.kind(j), Some(Ok(Raw::Word | Raw::Number))) {
            j += 1;
        }
        j
    }

    /// A run of words (and numbers) from `self.i`. A run that starts with a
    /// number is a name only if it reads as one; otherwise the number is a number.
    pub(super) fn words(&mut self) {
        let end = self.word_run();
        if self.kind(self.i) == Some(Ok(Raw::Number))
            && !(self.suffixed(end) && self.tokenized_words(end) >= end - self.i)
            && self.longest_name(self.i, end).is_none()
        {
            let span = self.span(self.i);
            self.i += 1;
            return self.simple(Raw::Number, span);
        }
        while self.i < end {
            if self.kind(self.i) == Some(Ok(Raw::Number))
                && self.i + 1 == end
                && !self.suffixed(end)
            {
                let span = self.span(self.i);
                self.i += 1;
                self.simple(Raw::Number, span);
                continue;
            }
            self.word_group(end);
        }
    }

    /// Does the run end with a token suffix glued to its last word?
    fn suffixed(&self, end: usize) -> bool {
        matches!(
            self.kind(end),
            Some(Ok(Raw::SuffixC(_) | Raw::SuffixK(_) | Raw::SuffixP))
        ) && self.adjacent(end - 1, end)
    }

    /// How many words the tokenized name at the end of the run has, by its
    /// number (`USE SET:C118` is two words, `return This:C1470` ends with one).
    fn tokenized_words(&self, end: usize) -> usize {
        let words = match self.kind(end) {
            Some(Ok(Raw::SuffixC(n))) => names::command_by_number(n).map(names::command_words),
            Some(Ok(Raw::SuffixK((t, p)))) => {
                names::constant_by_token(t, p).map(names::constant_words)
            }
            _ => None,
        };
        words.unwrap_or(end - self.i)
    }

    fn longest_name(&self, from: usize, end: usize) -> Option<PhraseMatch> {
        self.names
            .longest_match((from..end).map(|k| &self.src[self.raw[k].1.range()]))
    }

    /// Resolves the words `self.i..end` from the left, emitting one token and
    /// advancing `self.i` past the words it took.
    fn word_group(&mut self, end: usize) {
        let first = self.span(self.i);
        let suffixed = self.suffixed(end);
        if std::mem::take(&mut self.line.member_next) {
            self.i += 1;
            return self.push(Tok::Ident(self.text(first)), first);
        }
        if self.line.plain_words {
            // Declarations read names and types as written (`cs:C1710.Person` is `cs`).
            if suffixed {
                let name_span = first.to(self.span(end - 1));
                self.i = end + 1;
                return self.push(
                    Tok::Ident(self.text(name_span)),
                    name_span.to(self.span(end)),
                );
            }
            self.i += 1;
            return self.push(Tok::Ident(self.text(first)), first);
        }
        // The longest name from here, once known (it is looked up at most once).
        let mut longest = None;
        if self.line.at_start {
            // A keyword, unless a longer name starts here (`USE SET` is a command).
            let cover = if suffixed {
                // The tokenized name is the run's last words; it competes with a
                // keyword only if it starts where the keyword does.
                let words = self.tokenized_words(end);
                if end.saturating_sub(words) <= self.i {
                    words.max(end - self.i)
                } else {
                    0
                }
            } else {
                let at = self.i;
                let m = self.longest_name(at, end);
                longest = Some((at, m));
                m.map_or(0, |m| m.words)
            };
            if self.keyword(end, cover) {
                return;
            }
        }
        if self.line.keyword == Some(Kw::ForEach)
            && self.line.for_each_closed
            && self.line.depth == 0
        {
            let w = self.text(first);
            let kw = if w.eq_ignore_ascii_case("until") {
                Some(Kw::Until)
            } else if w.eq_ignore_ascii_case("while") {
                Some(Kw::While)
            } else {
                None
            };
            if let Some(kw) = kw {
                self.i += 1;
                return self.push(Tok::Kw(kw), first);
            }
        }
        // A tokenized name: the rest of the run is the name, whatever its text.
        if suffixed {
            let suffix_span = self.span(end);
            let name_span = first.to(self.span(end - 1));
            let name = self.text(name_span);
            let tok = match self.kind(end) {
                Some(Ok(Raw::SuffixC(n))) => names::command_by_number(n)
                    .or_else(|| names::command_by_name(name))
                    .map_or(Tok::Unavailable, Tok::Command),
                Some(Ok(Raw::SuffixK((theme, pos)))) => names::constant_by_token(theme, pos)
                    .or_else(|| names::constant_by_name(name))
                    .map_or(Tok::Unavailable, Tok::Constant),
                _ => Tok::Unavailable,
            };
            self.i = end + 1;
            return self.push(tok, name_span.to(suffix_span));
        }
        let found = match longest {
            // Unless modifiers were read meanwhile, it is the name found above.
            Some((at, m)) if at == self.i => m,
            _ => self.longest_name(self.i, end),
        };
        if let Some(m) = found {
            // A known name followed by words that start no name: the whole run
            // is a name fourd does not know (`Log Writer`, a project constant).
            // So is a project method followed by any word: two names side by
            // side are never valid, but a component's method may start with a
            // project method's name (`Progress New` beside methods `progress`
            // and `new`, vdelachaux/classes).
            let rest = self.i + m.words;
            if rest < end
                && self.kind(rest) == Some(Ok(Raw::Word))
                && (matches!(m.kind, NameKind::Method(_)) || self.longest_name(rest, end).is_none())
            {
                let span = first.to(self.span(end - 1));
                self.i = end;
                return self.push(Tok::Ident(self.text(span)), span);
            }
            let span = first.to(self.span(self.i + m.words - 1));
            self.i += m.words;
            let tok = match m.kind {
                NameKind::SystemVariable => Tok::Ident(self.text(span)),
                NameKind::Command(c) => Tok::Command(c),
                NameKind::Method(i) => Tok::Method(i),
                NameKind::Constant(c) => Tok::Constant(c),
            };
            return self.push(tok, span);
        }
        // Several words that start with an unknown one: one unknown name (a
        // component's method or constant, `SearchPicker SET HELP TEXT`,
        // `OT Is Character`). Two names side by side are never valid otherwise.
        if end - self.i >= 2 {
            let span = first.to(self.span(end - 1));
            self.i = end;
            return self.push(Tok::Ident(self.text(span)), span);
        }
        self.i += 1;
        self.push(Tok::Ident(self.text(first)), first)
    }

    fn word_is(&self, k: usize, end: usize, w: &str) -> bool {
        k < end && self.text(self.span(k)).eq_ignore_ascii_case(w)
    }

    /// Recognises a keyword phrase at the start of a statement, unless a name
    /// of more than `cover` words starts there. Returns whether it emitted one.
    fn keyword(&mut self, end: usize, cover: usize) -> bool {
        // Modifiers count only in front of `Function`, `Class constructor` or
        // `Alias` (`exposed Alias`, 4d/docs docs/ORDA/ordaClasses.md).
        let mut k = self.i;
        let mut mods = Vec::new();
        while k < end {
            match token::modifier(self.text(self.span(k))) {
                Some(m) => mods.push((Kw::Modifier(m), self.span(k))),
                None => break,
            }
            k += 1;
        }
        if !mods.is_empty() {
            let before_function = self.word_is(k, end, "function")
                || (self.word_is(k, end, "class") && self.word_is(k + 1, end, "constructor"))
                || (self.word_is(k, end, "alias") && k + 1 < end);
            if !before_function {
                return false;
            }
            for (kw, span) in mods {
                self.push(Tok::Kw(kw), span);
            }
            self.i = k;
        }
        let first = self.text(self.span(self.i)).as_bytes();
        for &(words, kw) in token::keyword_phrases(first[0]) {
            let n = words.len();
            // The first word's length rules out most phrases at once.
            if first.len() != words[0].len()
                || self.i + n > end
                || !words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.word_is(self.i + j, end, w))
            {
                continue;
            }
            // `Alias name path` needs its words; a lone `Alias` is a variable.
            if (kw == Kw::Alias && self.i + n >= end) || n < cover {
                continue;
            }
            let span = self.span(self.i).to(self.span(self.i + n - 1));
            self.i += n;
            self.line.keyword = Some(kw);
            if matches!(
                kw,
                Kw::Var
                    | Kw::Function
                    | Kw::ClassConstructor
                    | Kw::ClassExtends
                    | Kw::Property
                    | Kw::Alias
            ) {
                self.line.plain_words = true;
            }
            self.push(Tok::Kw(kw), span);
            return true;
        }
        if self.word_is(self.i, end, "begin") && self.word_is(self.i + 1, end, "sql") {
            self.sql_block();
            return true;
        }
        false
    }

    /// `[Table]Field`, `[Table:2]`, `[Table:2]Field:3`: emits the table (and field)
    /// tokens and returns true, or returns false when `[` opens something else.
    pub(super) fn table_reference(&mut self, open: Span) -> bool {
        let start = self.i;
        let end = self.word_run();
        if end == start {
            return false;
        }
        let name_span = self.span(start).to(self.span(end - 1));
        let mut j = end;
        let tokenized =
            self.kind(j) == Some(Ok(Raw::Colon)) && self.kind(j + 1) == Some(Ok(Raw::Number));
        if tokenized {
            j += 2;
        }
        if self.kind(j) != Some(Ok(Raw::RBracket)) {
            return false;
        }
        let close = j;
        let field_follows =
            self.kind(close + 1) == Some(Ok(Raw::Word)) && self.adjacent(close, close + 1);
        if !tokenized && !field_follows && !self.names.is_table(self.text(name_span)) {
            return false;
        }
        self.push(Tok::Table(self.text(name_span)), open.to(self.span(close)));
        self.i = close + 1;
        if field_follows {
            self.i = close + 1;
            let run_end = self.word_run();
            let tokenized_field = self.kind(run_end) == Some(Ok(Raw::Colon))
                && self.kind(run_end + 1) == Some(Ok(Raw::Number))
                && self.adjacent(run_end - 1, run_end);
            // Field names may contain spaces (identifiers.md): take the whole run.
            let mut field_span = self.span(self.i).to(self.span(run_end - 1));
            let mut run_end = run_end;
            // `[Table]Field'Subfield`: a field of a subtable (structures from
            // before 4D v11); the field's name is the whole path.
            if self.kind(run_end) == Some(Ok(Raw::Apostrophe))
                && self.adjacent(run_end - 1, run_end)
                && self.kind(run_end + 1) == Some(Ok(Raw::Word))
                && self.adjacent(run_end, run_end + 1)
            {
                self.i = run_end + 1;
                run_end = self.word_run();
                field_span = field_span.to(self.span(run_end - 1));
            }
            let full = if tokenized_field {
                field_span.to(self.span(run_end + 1))
            } else {
                field_span
            };
            self.push(Tok::Field(self.text(field_span)), full);
            self.i = if tokenized_field {
                run_end + 2
            } else {
                run_end
            };
        }
        true
    }
}
