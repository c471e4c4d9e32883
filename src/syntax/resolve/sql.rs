//! `Begin SQL` … `End SQL`: the body is one opaque token, not 4D code.

use super::Resolver;
use crate::source::Span;
use crate::syntax::scan::scan;
use crate::syntax::token::Tok;

impl Resolver<'_, '_> {
    /// `Begin SQL` … `End SQL`: the body is kept as opaque text.
    pub(super) fn sql_block(&mut self) {
        let begin = self.span(self.i).to(self.span(self.i + 1));
        let body_start = begin.end as usize;
        let rest = &self.src[body_start..];
        let mut offset = 0;
        let mut found = None;
        for line in rest.split_inclusive(['\n', '\r']) {
            let trimmed = line.trim_start_matches([' ', '\t']);
            let mut words = trimmed.split([' ', '\t']).filter(|w| !w.is_empty());
            let (a, b) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let b = b.trim_end_matches(['\r', '\n']);
            if offset > 0
                && a.eq_ignore_ascii_case("end")
                && b.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("sql"))
            {
                let end_line = body_start + offset + line.trim_end_matches(['\r', '\n']).len();
                found = Some((body_start + offset, end_line));
                break;
            }
            offset += line.len();
        }
        let (body_end, resume) = match found {
            Some(f) => f,
            None => {
                self.error(begin, "Begin SQL without End SQL");
                (self.src.len(), self.src.len())
            }
        };
        let body = Span::new(body_start, body_end);
        self.push(
            Tok::Sql(self.text(body)),
            begin.to(Span::new(resume, resume)),
        );
        // Skip the raw tokens of the body; re-read if one straddles the end.
        while self.i < self.raw.len() && (self.raw[self.i].1.start as usize) < resume {
            if self.raw[self.i].1.end as usize > resume {
                self.raw.truncate(self.i);
                scan(self.src, resume, &mut self.raw);
                break;
            }
            self.i += 1;
        }
    }
}
