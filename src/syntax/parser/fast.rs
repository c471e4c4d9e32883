//! The fast pass's reading of the common lines: statements, assignments and the
//! block keywords with their expressions, read straight from the token slice.
//!
//! It runs inside the chumsky line parser of the fast pass (`line.rs`), which
//! still drives the file: the repetition of lines, their ends and the recovery.
//! It follows the chumsky grammar of `expr.rs` and `line.rs` alternative by
//! alternative and builds the same tree with the same spans, but only along the
//! way where every step succeeds: at the first thing it does not expect (a
//! mistake, a construct it leaves to chumsky, or a choice where chumsky would
//! backtrack) it gives up and the line is read by the chumsky parsers instead.
//! So a line it accepts is one chumsky accepts, read the same way; a line it
//! gives up on costs a second reading, nothing else. `parser::tests` checks the
//! two against each other on every golden file.

use super::expr::{MAX_CHAIN, Post, apply, boxed, is_conjunction, takes_statement};
use super::line::{Line, plain_name};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::literal::unescape;
use crate::syntax::token::{Kw, Tok};

/// Nesting of expressions read here before giving up: deeper ones are left to
/// chumsky, which grows its stack as it needs.
const MAX_DEPTH: usize = 64;

/// Stack this reader leaves unused: below it, it gives up and chumsky, which
/// grows its stack, reads the line.
const STACK_RESERVE: usize = 128 * 1024;

/// A reader at one position of a file's tokens. `None` from any method means
/// "give up on this line".
pub(super) struct Fast<'t, 's> {
    toks: &'t [(Tok<'s>, Span)],
    src: &'s str,
    pub(super) pos: usize,
    depth: usize,
}

impl<'t, 's> Fast<'t, 's> {
    pub(super) fn new(toks: &'t [(Tok<'s>, Span)], src: &'s str, pos: usize) -> Self {
        Fast {
            toks,
            src,
            pos,
            depth: 0,
        }
    }

    #[inline]
    fn peek(&self) -> Option<Tok<'s>> {
        self.toks.get(self.pos).map(|t| t.0)
    }

    #[inline]
    fn peek_at(&self, ahead: usize) -> Option<Tok<'s>> {
        self.toks.get(self.pos + ahead).map(|t| t.0)
    }

    /// The span of the token at `pos`, which must exist.
    #[inline]
    fn tok_span(&self, pos: usize) -> Span {
        self.toks[pos].1
    }

    /// What chumsky gives `e.span()` for the tokens from `start` to here: from
    /// the start of the first to the end of the last (at least one is read).
    #[inline]
    fn span_from(&self, start: usize) -> Span {
        Span {
            start: self.toks[start].1.start,
            end: self.toks[self.pos - 1].1.end,
        }
    }

    /// Takes the next token if `is` accepts it.
    #[inline]
    fn eat(&mut self, is: impl Fn(Tok<'s>) -> bool) -> Option<()> {
        match self.peek() {
            Some(t) if is(t) => {
                self.pos += 1;
                Some(())
            }
            _ => None,
        }
    }

    fn at_line_end(&self) -> bool {
        matches!(self.peek(), None | Some(Tok::Newline))
    }

    /// One line without its end, as `line::line` reads it; `None` when it is
    /// one to leave to chumsky.
    pub(super) fn line(&mut self) -> Option<Line> {
        let kw = match self.peek()? {
            Tok::Kw(k) => k,
            Tok::Colon => {
                self.pos += 1;
                return Some(Line::Branch(self.expr()?));
            }
            Tok::Sql(s) => {
                self.pos += 1;
                return Some(Line::Stmt(StmtKind::Sql(s.into())));
            }
            Tok::Declare => return None,
            _ => return self.simple(),
        };
        let bare = |line: Line, f: &mut Self| {
            f.pos += 1;
            Some(line)
        };
        match kw {
            Kw::If => {
                self.pos += 1;
                Some(Line::If(self.expr()?))
            }
            Kw::Else => bare(Line::Else, self),
            Kw::EndIf => bare(Line::EndIf, self),
            Kw::CaseOf => bare(Line::CaseOf, self),
            Kw::EndCase => bare(Line::EndCase, self),
            Kw::While => {
                self.pos += 1;
                Some(Line::While(self.expr()?))
            }
            Kw::EndWhile => bare(Line::EndWhile, self),
            Kw::Repeat => bare(Line::Repeat, self),
            Kw::Until => {
                self.pos += 1;
                Some(Line::Until(self.expr()?))
            }
            Kw::EndFor => bare(Line::EndFor, self),
            Kw::EndForEach => bare(Line::EndForEach, self),
            Kw::Use => {
                self.pos += 1;
                Some(Line::Use(self.expr()?))
            }
            Kw::EndUse => bare(Line::EndUse, self),
            // `Try` alone opens a block; `Try(…)` is an expression statement.
            Kw::Try if matches!(self.peek_at(1), None | Some(Tok::Newline)) => {
                bare(Line::Try, self)
            }
            Kw::Try => self.simple(),
            Kw::Catch => bare(Line::Catch, self),
            Kw::EndTry => bare(Line::EndTry, self),
            Kw::For => self.for_loop(),
            Kw::ForEach => self.for_each(),
            Kw::Var => self.var(),
            Kw::Return => {
                self.pos += 1;
                let value = if self.at_line_end() {
                    None
                } else {
                    Some(self.expr()?)
                };
                Some(Line::Stmt(StmtKind::Return(value)))
            }
            Kw::Break => bare(Line::Stmt(StmtKind::Break), self),
            Kw::Continue => bare(Line::Stmt(StmtKind::Continue), self),
            // Declarations of classes: rare enough to leave to chumsky.
            Kw::Property
            | Kw::Function
            | Kw::ClassConstructor
            | Kw::ClassExtends
            | Kw::Alias
            | Kw::Modifier(_) => None,
        }
    }

    /// An expression statement or an assignment.
    fn simple(&mut self) -> Option<Line> {
        let target = self.expr()?;
        let op = match self.peek() {
            Some(Tok::Assign) => None,
            Some(Tok::CompoundAssign(op)) => Some(op),
            _ => return Some(Line::Stmt(StmtKind::Expr(target))),
        };
        self.pos += 1;
        let value = self.expr()?;
        Some(Line::Stmt(match op {
            None => StmtKind::Assign { target, value },
            Some(op) => StmtKind::CompoundAssign { op, target, value },
        }))
    }

    /// `( e; e; … )` as the `For` lines read them: expressions only, none allowed.
    fn paren_exprs(&mut self) -> Option<Vec<Expr>> {
        self.eat(|t| matches!(t, Tok::LParen))?;
        let mut items = Vec::new();
        if self.eat(|t| matches!(t, Tok::RParen)).is_some() {
            return Some(items);
        }
        loop {
            items.push(self.expr()?);
            if !self.list_goes_on()? {
                return Some(items);
            }
        }
    }

    /// After an item of a parenthesised list: `;` goes on (true), `)` ends
    /// it (false); anything else is not for the fast pass (None).
    fn list_goes_on(&mut self) -> Option<bool> {
        let more = match self.peek()? {
            Tok::Semi => true,
            Tok::RParen => false,
            _ => return None,
        };
        self.pos += 1;
        Some(more)
    }

    fn for_loop(&mut self) -> Option<Line> {
        self.pos += 1;
        let args = self.paren_exprs()?;
        if !(3..=4).contains(&args.len()) {
            return None;
        }
        let mut it = args.into_iter();
        Some(Line::For {
            counter: it.next()?,
            start: it.next()?,
            end: it.next()?,
            step: it.next(),
        })
    }

    fn for_each(&mut self) -> Option<Line> {
        self.pos += 1;
        let args = self.paren_exprs()?;
        let guard = match self.peek() {
            Some(Tok::Kw(k @ (Kw::Until | Kw::While))) => {
                self.pos += 1;
                Some(LoopGuard {
                    until: k == Kw::Until,
                    cond: self.expr()?,
                })
            }
            _ => None,
        };
        if !(2..=4).contains(&args.len()) {
            return None;
        }
        let mut it = args.into_iter();
        Some(Line::ForEach {
            item: it.next()?,
            source: it.next()?,
            begin: it.next(),
            end: it.next(),
            guard,
        })
    }

    /// `var $a; $b : Type := init`.
    fn var(&mut self) -> Option<Line> {
        self.pos += 1;
        let mut names = Vec::new();
        loop {
            let span = self.toks.get(self.pos)?.1;
            let kind = match self.peek()? {
                Tok::Local(n) => ExprKind::Local(n.into()),
                Tok::Param(n) => ExprKind::Param(n),
                Tok::Ident(n) => ExprKind::Process(n.into()),
                Tok::Interprocess(n) => ExprKind::Interprocess(n.into()),
                _ => return None,
            };
            self.pos += 1;
            names.push(Expr::new(kind, span));
            if self.eat(|t| matches!(t, Tok::Semi | Tok::Comma)).is_none() {
                break;
            }
        }
        let ty = if self.eat(|t| matches!(t, Tok::Colon)).is_some() {
            Some(self.type_ref()?)
        } else {
            None
        };
        let init = if self.eat(|t| matches!(t, Tok::Assign)).is_some() {
            Some(self.expr()?)
        } else {
            None
        };
        if init.is_some() && names.len() > 1 {
            return None;
        }
        Some(Line::Stmt(StmtKind::Var { names, ty, init }))
    }

    /// `Text`, `cs.Person`, `4D.File` after `:`.
    fn type_ref(&mut self) -> Option<TypeRef> {
        let start = self.pos;
        self.eat(|t| matches!(t, Tok::Ident(_)))?;
        while matches!(self.peek(), Some(Tok::Dot)) {
            if !matches!(self.peek_at(1), Some(Tok::Ident(_))) {
                return None;
            }
            self.pos += 2;
        }
        let span = self.span_from(start);
        let kind = TypeKind::from_name(&plain_name(&self.src[span.range()]))?;
        Some(TypeRef { kind, span })
    }

    /// An expression: a chain of operands, then an optional ternary.
    fn expr(&mut self) -> Option<Expr> {
        self.depth += 1;
        // Deep nesting, or a thread short of stack: chumsky grows its stack.
        if self.depth > MAX_DEPTH
            || stacker::remaining_stack().is_some_and(|left| left < STACK_RESERVE)
        {
            return None;
        }
        let start = self.pos;
        let cond = self.chain()?;
        let e = if matches!(self.peek(), Some(Tok::Question)) {
            self.pos += 1;
            let then = self.expr()?;
            self.eat(|t| matches!(t, Tok::Colon))?;
            let otherwise = self.expr()?;
            Expr::new(
                ExprKind::Ternary {
                    cond: boxed(cond),
                    then: boxed(then),
                    otherwise: boxed(otherwise),
                },
                self.span_from(start),
            )
        } else {
            cond
        };
        self.depth -= 1;
        Some(e)
    }

    fn chain(&mut self) -> Option<Expr> {
        let start = self.pos;
        let first = self.unary()?;
        let Some(Tok::Op(_)) = self.peek() else {
            return Some(first);
        };
        let mut rest = Vec::new();
        while let Some(Tok::Op(op)) = self.peek() {
            let op_span = self.tok_span(self.pos);
            self.pos += 1;
            rest.push((op, op_span, self.unary()?));
        }
        Some(Expr::new(
            ExprKind::Chain {
                first: boxed(first),
                rest,
            },
            self.span_from(start),
        ))
    }

    /// Prefix `-` and `->`, then an operand with its postfixes.
    fn unary(&mut self) -> Option<Expr> {
        let mut prefixes = Vec::new();
        loop {
            let neg = match self.peek() {
                Some(Tok::Op(BinOp::Sub)) => true,
                Some(Tok::Arrow) => false,
                _ => break,
            };
            prefixes.push((neg, self.tok_span(self.pos)));
            self.pos += 1;
        }
        if prefixes.len() > MAX_CHAIN {
            return None;
        }
        let operand = self.postfix()?;
        Some(super::expr::with_prefixes(prefixes, operand))
    }

    fn postfix(&mut self) -> Option<Expr> {
        let mut acc = self.atom()?;
        let mut count = 0;
        loop {
            let start = self.pos;
            let post = match self.peek() {
                Some(Tok::Dot) => {
                    self.pos += 1;
                    let Some(Tok::Ident(name)) = self.peek() else {
                        return None;
                    };
                    let name_span = self.tok_span(self.pos);
                    self.pos += 1;
                    let args = self.args_opt()?;
                    Post::Member(name.into(), name_span, args)
                }
                Some(Tok::LBracket) if matches!(self.peek_at(1), Some(Tok::LBracket)) => {
                    // `[[i]]`; a `[[` that is not one (an index by a
                    // collection) is left to chumsky, which backtracks.
                    self.pos += 2;
                    let index = self.expr()?;
                    self.eat(|t| matches!(t, Tok::RBracket))?;
                    self.eat(|t| matches!(t, Tok::RBracket))?;
                    Post::CharAt(index)
                }
                Some(Tok::LBracket) => {
                    self.pos += 1;
                    let index = self.expr()?;
                    self.eat(|t| matches!(t, Tok::RBracket))?;
                    Post::Index(index)
                }
                Some(Tok::LParen) => {
                    // `$o[$name](…)`: only an indexed value can be called this way.
                    if !matches!(acc.kind, ExprKind::Index { .. }) {
                        return None;
                    }
                    Post::Call(self.args()?)
                }
                Some(Tok::LBrace) => {
                    self.pos += 1;
                    let index = self.expr()?;
                    self.eat(|t| matches!(t, Tok::RBrace))?;
                    Post::Element(index)
                }
                Some(Tok::Arrow) => {
                    self.pos += 1;
                    match self.peek() {
                        Some(Tok::Ident(name)) => {
                            let span = self.tok_span(self.pos);
                            self.pos += 1;
                            let args = self.args_opt()?;
                            Post::Deref(Some((name.into(), span, args)))
                        }
                        _ => Post::Deref(None),
                    }
                }
                _ => return Some(acc),
            };
            count += 1;
            if count > MAX_CHAIN {
                return None;
            }
            let span = self.span_from(start);
            acc = apply(acc, post, span);
        }
    }

    /// Arguments in parentheses, if a `(` follows.
    fn args_opt(&mut self) -> Option<Option<Vec<Expr>>> {
        if matches!(self.peek(), Some(Tok::LParen)) {
            Some(Some(self.args()?))
        } else {
            Some(None)
        }
    }

    /// `( a; b; … )`, where an argument may also be a bare operator (`*`, `>`).
    fn args(&mut self) -> Option<Vec<Expr>> {
        self.args_with(false)
    }

    /// Arguments; with `assign`, those of `Formula`, where an expression may
    /// be followed by `:=` or `op=` and a value.
    fn args_with(&mut self, assign: bool) -> Option<Vec<Expr>> {
        self.eat(|t| matches!(t, Tok::LParen))?;
        let mut items = Vec::new();
        if self.eat(|t| matches!(t, Tok::RParen)).is_some() {
            return Some(items);
        }
        loop {
            let item = match self.peek()? {
                Tok::Op(
                    op @ (BinOp::Mul
                    | BinOp::Gt
                    | BinOp::Lt
                    | BinOp::Ge
                    | BinOp::Le
                    | BinOp::Eq
                    | BinOp::NotEq
                    | BinOp::Mod
                    | BinOp::BitOr
                    | BinOp::BitAnd),
                ) => {
                    let span = self.tok_span(self.pos);
                    self.pos += 1;
                    let symbol = Expr::new(ExprKind::Symbol(op), span);
                    // `& [T]F=v`: a conjunction glued to its query argument.
                    if !assign
                        && is_conjunction(op)
                        && !matches!(self.peek()?, Tok::Semi | Tok::RParen)
                    {
                        items.push(symbol);
                        self.expr()?
                    } else {
                        symbol
                    }
                }
                _ => 'arg: {
                    let start = self.pos;
                    let target = self.expr()?;
                    let op = match self.peek() {
                        Some(Tok::Assign) if assign => None,
                        Some(Tok::CompoundAssign(op)) if assign => Some(op),
                        _ => break 'arg target,
                    };
                    self.pos += 1;
                    let value = self.expr()?;
                    let kind = ExprKind::Assign {
                        op,
                        target: boxed(target),
                        value: boxed(value),
                    };
                    Expr::new(kind, self.span_from(start))
                }
            };
            items.push(item);
            if !self.list_goes_on()? {
                return Some(items);
            }
        }
    }

    fn atom(&mut self) -> Option<Expr> {
        let start = self.pos;
        let span = self.toks.get(start)?.1;
        let simple = |kind: ExprKind, f: &mut Self| {
            f.pos += 1;
            Some(Expr::new(kind, span))
        };
        match self.peek()? {
            Tok::Number(n) => simple(ExprKind::Number(n), self),
            Tok::Text(t) => simple(ExprKind::Text(unescape(t).into()), self),
            Tok::Date(d) => simple(ExprKind::Date(d), self),
            Tok::Time(t) => simple(ExprKind::Time(t), self),
            Tok::Local(n) => simple(ExprKind::Local(n.into()), self),
            Tok::Param(n) => simple(ExprKind::Param(n), self),
            Tok::Interprocess(n) => simple(ExprKind::Interprocess(n.into()), self),
            Tok::Constant(c) => simple(ExprKind::Constant(c), self),
            Tok::Command(command) => {
                self.pos += 1;
                let args = if takes_statement(command) && matches!(self.peek(), Some(Tok::LParen)) {
                    self.args_with(true)?
                } else {
                    self.args_opt()?.unwrap_or_default()
                };
                let kind = ExprKind::Command { command, args };
                Some(Expr::new(kind, self.span_from(start)))
            }
            Tok::Method(method) => {
                self.pos += 1;
                let args = self.args_opt()?.unwrap_or_default();
                let kind = ExprKind::Method { method, args };
                Some(Expr::new(kind, self.span_from(start)))
            }
            Tok::Ident(name) => {
                self.pos += 1;
                let kind = match self.args_opt()? {
                    None => ExprKind::Process(name.into()),
                    Some(mut args) if name.eq_ignore_ascii_case("try") => {
                        if args.len() != 1 {
                            return None;
                        }
                        ExprKind::Try(boxed(args.pop()?))
                    }
                    Some(args) => ExprKind::UnknownCall {
                        name: name.into(),
                        args,
                    },
                };
                Some(Expr::new(kind, self.span_from(start)))
            }
            Tok::LParen => {
                self.pos += 1;
                let inner = self.expr()?;
                self.eat(|t| matches!(t, Tok::RParen))?;
                Some(Expr {
                    span: self.span_from(start),
                    ..inner
                })
            }
            Tok::LBracket => {
                self.pos += 1;
                let mut items = Vec::new();
                while self.eat(|t| matches!(t, Tok::RBracket)).is_none() {
                    items.push(self.expr()?);
                    if self.eat(|t| matches!(t, Tok::Semi)).is_none() {
                        self.eat(|t| matches!(t, Tok::RBracket))?;
                        break;
                    }
                }
                Some(Expr::new(
                    ExprKind::Collection(items),
                    self.span_from(start),
                ))
            }
            Tok::LBrace => self.object(),
            Tok::DollarBrace => {
                self.pos += 1;
                let index = self.expr()?;
                self.eat(|t| matches!(t, Tok::RBrace))?;
                Some(Expr::new(
                    ExprKind::ParamIndirect(boxed(index)),
                    self.span_from(start),
                ))
            }
            Tok::Table(table) => {
                self.pos += 1;
                let kind = match self.peek() {
                    Some(Tok::Field(field)) => {
                        self.pos += 1;
                        ExprKind::Field {
                            table: table.into(),
                            field: field.into(),
                        }
                    }
                    _ => ExprKind::Table(table.into()),
                };
                Some(Expr::new(kind, self.span_from(start)))
            }
            Tok::Unavailable => {
                self.pos += 1;
                let text = &self.src[span.range()];
                let name = text.split(':').next().unwrap_or(text).trim().into();
                let args = self.args_opt()?.unwrap_or_default();
                Some(Expr::new(
                    ExprKind::Unavailable { name, args },
                    self.span_from(start),
                ))
            }
            Tok::Kw(Kw::Try) => {
                self.pos += 1;
                self.eat(|t| matches!(t, Tok::LParen))?;
                let inner = self.expr()?;
                self.eat(|t| matches!(t, Tok::RParen))?;
                Some(Expr::new(
                    ExprKind::Try(boxed(inner)),
                    self.span_from(start),
                ))
            }
            _ => None,
        }
    }

    /// `{key: value; …}`; a key is a text literal or a name as written.
    fn object(&mut self) -> Option<Expr> {
        let start = self.pos;
        self.pos += 1;
        let mut pairs = Vec::new();
        while self.eat(|t| matches!(t, Tok::RBrace)).is_none() {
            let key_span = self.toks.get(self.pos)?.1;
            let key: Name = match self.peek()? {
                Tok::Text(t) => unescape(t).into_boxed_str(),
                Tok::Ident(_)
                | Tok::Command(_)
                | Tok::Constant(_)
                | Tok::Method(_)
                | Tok::Unavailable
                | Tok::Kw(_) => self.src[key_span.range()].into(),
                _ => return None,
            };
            self.pos += 1;
            self.eat(|t| matches!(t, Tok::Colon))?;
            pairs.push((key, key_span, self.expr()?));
            if self.eat(|t| matches!(t, Tok::Semi)).is_none() {
                self.eat(|t| matches!(t, Tok::RBrace))?;
                break;
            }
        }
        Some(Expr::new(ExprKind::Object(pairs), self.span_from(start)))
    }
}
