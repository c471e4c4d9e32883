//! Lines → nested blocks. An explicit stack, not recursion, so block depth costs
//! no native stack; an `End …` that closes the wrong block, or a block left open
//! at the end of the file, is reported at the keyword that opened it.

use super::line::Line;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;

/// Deepest block nesting accepted, 4D's own limit (docs/language.md §12).
pub const MAX_NESTING: usize = 512;

enum Open {
    If {
        cond: Expr,
        then: Option<Block>,
    },
    Case {
        branches: Vec<(Expr, Block)>,
        current: Option<Expr>,
        in_else: bool,
    },
    While(Expr),
    Repeat,
    For {
        counter: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
    },
    ForEach {
        item: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        guard: Option<LoopGuard>,
    },
    Use(Expr),
    Try {
        body: Option<Block>,
    },
}

impl Open {
    fn keyword(&self) -> &'static str {
        match self {
            Open::If { .. } => "If",
            Open::Case { .. } => "Case of",
            Open::While(_) => "While",
            Open::Repeat => "Repeat",
            Open::For { .. } => "For",
            Open::ForEach { .. } => "For each",
            Open::Use(_) => "Use",
            Open::Try { .. } => "Try",
        }
    }

    fn closer(&self) -> &'static str {
        match self {
            Open::If { .. } => "End if",
            Open::Case { .. } => "End case",
            Open::While(_) => "End while",
            Open::Repeat => "Until",
            Open::For { .. } => "End for",
            Open::ForEach { .. } => "End for each",
            Open::Use(_) => "End use",
            Open::Try { .. } => "End try",
        }
    }
}

struct Frame {
    open: Open,
    span: Span,
    /// Where its statements start in [`Builder::pending`].
    start: usize,
}

/// The statements from `start` on, as a block of exactly their number.
fn take(pending: &mut Vec<Stmt>, start: usize) -> Block {
    pending.drain(start..).collect()
}

thread_local! {
    /// [`Builder::pending`], kept from one file to the next.
    static PENDING: std::cell::Cell<Vec<Stmt>> = const { std::cell::Cell::new(Vec::new()) };
}

#[derive(Clone, Copy, PartialEq)]
enum Closer {
    EndIf,
    EndCase,
    EndWhile,
    Until,
    EndFor,
    EndForEach,
    EndUse,
    EndTry,
}

fn closes(closer: Closer, open: &Open) -> bool {
    matches!(
        (closer, open),
        (Closer::EndIf, Open::If { .. })
            | (Closer::EndCase, Open::Case { .. })
            | (Closer::EndWhile, Open::While(_))
            | (Closer::Until, Open::Repeat)
            | (Closer::EndFor, Open::For { .. })
            | (Closer::EndForEach, Open::ForEach { .. })
            | (Closer::EndUse, Open::Use(_))
            | (Closer::EndTry, Open::Try { .. })
    )
}

fn closer_name(c: Closer) -> &'static str {
    match c {
        Closer::EndIf => "End if",
        Closer::EndCase => "End case",
        Closer::EndWhile => "End while",
        Closer::Until => "Until",
        Closer::EndFor => "End for",
        Closer::EndForEach => "End for each",
        Closer::EndUse => "End use",
        Closer::EndTry => "End try",
    }
}

fn opener_name(c: Closer) -> &'static str {
    match c {
        Closer::EndIf => "If",
        Closer::EndCase => "Case of",
        Closer::EndWhile => "While",
        Closer::Until => "Repeat",
        Closer::EndFor => "For",
        Closer::EndForEach => "For each",
        Closer::EndUse => "Use",
        Closer::EndTry => "Try",
    }
}

/// Nests lines into blocks as they come (the fast pass hands them over one by
/// one; [`assemble`] takes the `Rich` pass's list).
pub(super) struct Builder {
    stack: Vec<Frame>,
    /// The statements of every block still open, innermost last: the file's
    /// own, then those of the function being read (from `function_start`),
    /// then those of each open block (from its frame's `start`). A block
    /// leaves it, exactly sized, when it is done.
    pending: Vec<Stmt>,
    function_start: usize,
    file: FileAst,
    function: Option<FunctionDef>,
    errors: Vec<SyntaxError>,
    /// Blocks opened beyond [`MAX_NESTING`], skipped until they close.
    skipped: usize,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            stack: Vec::new(),
            pending: PENDING.with(std::cell::Cell::take),
            function_start: 0,
            file: FileAst::default(),
            function: None,
            errors: Vec::new(),
            skipped: 0,
        }
    }
}

/// Assembles a file's lines into its syntax tree, reporting unbalanced blocks.
pub fn assemble(lines: Vec<(Line, Span)>, errors: &mut Vec<SyntaxError>) -> FileAst {
    let mut b = Builder::default();
    for (line, span) in lines {
        b.line(line, span);
    }
    b.finish(errors)
}

impl Builder {
    /// Closes what is still open and returns the tree; the errors found while
    /// nesting are added to `errors`.
    pub(super) fn finish(mut self, errors: &mut Vec<SyntaxError>) -> FileAst {
        self.close_all(None);
        self.finish_function();
        self.file.body = take(&mut self.pending, 0);
        PENDING.with(|p| p.set(std::mem::take(&mut self.pending)));
        errors.append(&mut self.errors);
        std::mem::take(&mut self.file)
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(SyntaxError::new(span, msg));
    }

    /// Adds a statement to the innermost open block (or function, or file).
    fn push_stmt(&mut self, stmt: Stmt) {
        self.pending.push(stmt);
    }

    fn open(&mut self, open: Open, span: Span) {
        if self.skipped > 0 || self.stack.len() >= MAX_NESTING {
            if self.skipped == 0 {
                self.error(
                    span,
                    format!("blocks nested more than {MAX_NESTING} levels deep (4D's limit)"),
                );
            }
            self.skipped += 1;
            return;
        }
        self.stack.push(Frame {
            open,
            span,
            start: self.pending.len(),
        });
    }

    pub(super) fn line(&mut self, line: Line, span: Span) {
        if self.skipped > 0 {
            match line {
                Line::If(_)
                | Line::CaseOf
                | Line::While(_)
                | Line::Repeat
                | Line::For { .. }
                | Line::ForEach { .. }
                | Line::Use(_)
                | Line::Try => self.skipped += 1,
                Line::EndIf
                | Line::EndCase
                | Line::EndWhile
                | Line::Until(_)
                | Line::EndFor
                | Line::EndForEach
                | Line::EndUse
                | Line::EndTry => self.skipped -= 1,
                _ => {}
            }
            return;
        }
        match line {
            Line::Stmt(kind) => {
                if let Some(Frame {
                    open:
                        Open::Case {
                            current: None,
                            in_else: false,
                            ..
                        },
                    ..
                }) = self.stack.last()
                {
                    self.error(
                        span,
                        "a statement in Case of must follow a ': (condition)' line",
                    );
                }
                self.push_stmt(Stmt { kind, span })
            }
            Line::Error => self.push_stmt(Stmt {
                kind: StmtKind::Error,
                span,
            }),
            Line::If(cond) => self.open(Open::If { cond, then: None }, span),
            Line::CaseOf => self.open(
                Open::Case {
                    branches: Vec::new(),
                    current: None,
                    in_else: false,
                },
                span,
            ),
            Line::While(cond) => self.open(Open::While(cond), span),
            Line::Repeat => self.open(Open::Repeat, span),
            Line::For {
                counter,
                start,
                end,
                step,
            } => self.open(
                Open::For {
                    counter,
                    start,
                    end,
                    step,
                },
                span,
            ),
            Line::ForEach {
                item,
                source,
                begin,
                end,
                guard,
            } => self.open(
                Open::ForEach {
                    item,
                    source,
                    begin,
                    end,
                    guard,
                },
                span,
            ),
            Line::Use(target) => self.open(Open::Use(target), span),
            Line::Try => self.open(Open::Try { body: None }, span),
            Line::Else => self.else_line(span),
            Line::Branch(cond) => self.branch(cond, span),
            Line::Catch => match self.stack.last_mut() {
                Some(Frame {
                    open: Open::Try { body: body @ None },
                    start,
                    ..
                }) => *body = Some(take(&mut self.pending, *start)),
                Some(Frame {
                    open: Open::Try { .. },
                    ..
                }) => self.error(span, "this Try already has a Catch"),
                _ => self.error(span, "Catch without an open Try"),
            },
            Line::EndIf => self.close(Closer::EndIf, None, span),
            Line::EndCase => self.close(Closer::EndCase, None, span),
            Line::EndWhile => self.close(Closer::EndWhile, None, span),
            Line::Until(cond) => self.close(Closer::Until, Some(cond), span),
            Line::EndFor => self.close(Closer::EndFor, None, span),
            Line::EndForEach => self.close(Closer::EndForEach, None, span),
            Line::EndUse => self.close(Closer::EndUse, None, span),
            Line::EndTry => self.close(Closer::EndTry, None, span),
            Line::Function {
                modifiers,
                kind,
                name,
                name_span,
                signature,
            } => {
                self.close_all(Some(span));
                self.finish_function();
                self.function_start = self.pending.len();
                self.function = Some(FunctionDef {
                    modifiers,
                    kind,
                    name,
                    name_span,
                    signature,
                    body: Vec::new(),
                    span,
                });
            }
            Line::Extends(name, name_span) => {
                if self.stack.is_empty() && self.function.is_none() && self.file.extends.is_none() {
                    self.file.extends = Some((name, name_span));
                } else {
                    self.error(span, "Class extends must come once, before any function");
                }
            }
            Line::Alias => {
                if !self.stack.is_empty() || self.function.is_some() {
                    self.error(
                        span,
                        "Alias declarations belong before the class's functions",
                    );
                }
            }
            Line::Property(p) => {
                if self.stack.is_empty() && self.function.is_none() {
                    self.file.properties.push(p);
                } else {
                    self.error(
                        span,
                        "property declarations belong before the class's functions",
                    );
                }
            }
        }
    }

    fn else_line(&mut self, span: Span) {
        match self.stack.last_mut() {
            Some(Frame {
                open: Open::If {
                    then: then @ None, ..
                },
                start,
                ..
            }) => *then = Some(take(&mut self.pending, *start)),
            Some(Frame {
                open:
                    Open::Case {
                        branches,
                        current,
                        in_else: in_else @ false,
                    },
                start,
                ..
            }) => {
                // Statements before the first branch are already reported;
                // they belong to no branch.
                let stmts = take(&mut self.pending, *start);
                if let Some(cond) = current.take() {
                    branches.push((cond, stmts));
                }
                *in_else = true;
            }
            Some(Frame {
                open: Open::If { .. },
                ..
            }) => self.error(span, "this If already has an Else"),
            Some(Frame {
                open: Open::Case { .. },
                ..
            }) => self.error(span, "this Case of already has an Else"),
            _ => self.error(span, "Else without an open If or Case of"),
        }
    }

    fn branch(&mut self, cond: Expr, span: Span) {
        match self.stack.last_mut() {
            Some(Frame {
                open:
                    Open::Case {
                        branches,
                        current,
                        in_else: false,
                    },
                start,
                ..
            }) => {
                let stmts = take(&mut self.pending, *start);
                if let Some(prev) = current.replace(cond) {
                    branches.push((prev, stmts));
                }
            }
            Some(Frame {
                open: Open::Case { in_else: true, .. },
                ..
            }) => self.error(
                span,
                "a ': (condition)' branch cannot follow the Else of a Case of",
            ),
            // A broken line that starts with ':' outside a Case of is already reported.
            _ if cond.kind == ExprKind::Error => {}
            _ => self.error(span, "': (condition)' outside a Case of"),
        }
    }

    fn close(&mut self, closer: Closer, cond: Option<Expr>, span: Span) {
        let Some(pos) = self.stack.iter().rposition(|f| closes(closer, &f.open)) else {
            let what = format!(
                "{} without an open {}",
                closer_name(closer),
                opener_name(closer)
            );
            let mut err = SyntaxError::new(span, what);
            if let Some(top) = self.stack.last() {
                err = err.with_label(
                    top.span,
                    format!("the innermost open block is this {}", top.open.keyword()),
                );
            }
            self.errors.push(err);
            return;
        };
        while self.stack.len() > pos + 1 {
            let frame = self.stack.pop().expect("frame above pos");
            let err = SyntaxError::new(
                frame.span,
                format!(
                    "{} is never closed: {} is missing",
                    frame.open.keyword(),
                    frame.open.closer()
                ),
            )
            .with_label(
                span,
                format!("{} closes an outer block here", closer_name(closer)),
            );
            self.errors.push(err);
            self.finish_frame(frame, None);
        }
        let frame = self.stack.pop().expect("frame at pos");
        self.finish_frame(frame, cond);
    }

    /// Closes every open block (at end of file, or before a new function).
    fn close_all(&mut self, at: Option<Span>) {
        while let Some(frame) = self.stack.pop() {
            let mut err = SyntaxError::new(
                frame.span,
                format!(
                    "{} is never closed: {} is missing",
                    frame.open.keyword(),
                    frame.open.closer()
                ),
            );
            if let Some(at) = at {
                err = err.with_label(at, "the next function starts here");
            }
            self.errors.push(err);
            self.finish_frame(frame, None);
        }
        self.skipped = 0;
    }

    fn finish_frame(&mut self, frame: Frame, until: Option<Expr>) {
        let Frame { open, span, start } = frame;
        let block = take(&mut self.pending, start);
        let kind = match open {
            Open::If { cond, then: None } => StmtKind::If {
                cond,
                then: block,
                otherwise: None,
            },
            Open::If {
                cond,
                then: Some(then),
            } => StmtKind::If {
                cond,
                then,
                otherwise: Some(block),
            },
            Open::Case {
                mut branches,
                current,
                in_else,
            } => {
                if in_else {
                    StmtKind::Case {
                        branches,
                        otherwise: Some(block),
                    }
                } else {
                    if let Some(cond) = current {
                        branches.push((cond, block));
                    }
                    StmtKind::Case {
                        branches,
                        otherwise: None,
                    }
                }
            }
            Open::While(cond) => StmtKind::While { cond, body: block },
            Open::Repeat => {
                let cond = until.unwrap_or_else(|| Expr::new(ExprKind::Error, span));
                StmtKind::Repeat { body: block, cond }
            }
            Open::For {
                counter,
                start,
                end,
                step,
            } => StmtKind::For {
                counter,
                start,
                end,
                step,
                body: block,
            },
            Open::ForEach {
                item,
                source,
                begin,
                end,
                guard,
            } => StmtKind::ForEach {
                item,
                source,
                begin,
                end,
                guard,
                body: block,
            },
            Open::Use(target) => StmtKind::Use {
                target,
                body: block,
            },
            Open::Try { body: None } => StmtKind::Try {
                body: block,
                catch: Vec::new(),
            },
            Open::Try { body: Some(body) } => StmtKind::Try { body, catch: block },
        };
        self.push_stmt(Stmt { kind, span });
    }

    fn finish_function(&mut self) {
        if let Some(mut f) = self.function.take() {
            f.body = take(&mut self.pending, self.function_start);
            self.file.functions.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::names::NameTable;
    use crate::syntax::ast::StmtKind;
    use crate::syntax::{lex, parser};

    #[test]
    fn statements_before_the_first_case_branch_belong_to_no_branch() {
        let src = "Case of\n$a:=1\n: (True)\n$b:=2\nElse\nEnd case\nCase of\n$c:=3\nElse\n$d:=4\nEnd case\n";
        let names = NameTable::default();
        let (ast, errors) = parser::parse(src, lex(src, &names));
        assert_eq!(errors.len(), 2, "{errors:?}");
        let StmtKind::Case { branches, .. } = &ast.body[0].kind else {
            panic!("a Case of: {:?}", ast.body[0]);
        };
        assert_eq!(branches[0].1.len(), 1);
        let StmtKind::Case {
            branches,
            otherwise: Some(otherwise),
        } = &ast.body[1].kind
        else {
            panic!("a Case of with Else: {:?}", ast.body[1]);
        };
        assert!(branches.is_empty());
        assert_eq!(otherwise.len(), 1);
    }
}
