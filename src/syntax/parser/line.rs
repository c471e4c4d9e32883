//! One logical line. 4D is line-oriented: each line is a statement, or a
//! keyword that opens, continues or closes a block (`If`, `Else`, `End if`, …).
//! `blocks.rs` assembles the lines into nested blocks.

use super::expr::expr;
use super::{ParseError, TokInput};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::token::{Kw, Modifier, Tok};
use chumsky::prelude::*;

/// What one line says.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Stmt(StmtKind),
    If(Expr),
    Else,
    EndIf,
    CaseOf,
    Branch(Expr),
    EndCase,
    While(Expr),
    EndWhile,
    Repeat,
    Until(Expr),
    For {
        counter: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
    },
    EndFor,
    ForEach {
        item: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        guard: Option<LoopGuard>,
    },
    EndForEach,
    Use(Expr),
    EndUse,
    Try,
    Catch,
    EndTry,
    Function {
        modifiers: Vec<Modifier>,
        kind: FunctionKind,
        name: Name,
        name_span: Span,
        signature: Signature,
    },
    Extends(Name, Span),
    /// `Alias name path` (ORDA): accepted in class files, not modelled.
    Alias,
    Property(PropertyDecl),
    /// A line that did not parse; its error is already reported.
    Error,
}

/// What a line that did not parse still says. One that starts with a block
/// keyword opens, continues or closes its block as if it had parsed, with
/// error expressions, so a mistake inside `If (…)` is reported once and not
/// again as 'End if without an open If'. Its error is already reported.
pub fn broken(first: Tok<'_>, second: Option<Tok<'_>>, span: Span) -> Line {
    let err = || Expr::new(ExprKind::Error, span);
    // `If:=0` is an assignment to a reserved word, not a broken `If`.
    if matches!(second, Some(Tok::Assign | Tok::CompoundAssign(_))) {
        return Line::Error;
    }
    let Tok::Kw(k) = first else {
        return match first {
            Tok::Colon => Line::Branch(err()),
            _ => Line::Error,
        };
    };
    match k {
        Kw::If => Line::If(err()),
        Kw::Else => Line::Else,
        Kw::EndIf => Line::EndIf,
        Kw::CaseOf => Line::CaseOf,
        Kw::EndCase => Line::EndCase,
        Kw::While => Line::While(err()),
        Kw::EndWhile => Line::EndWhile,
        Kw::Repeat => Line::Repeat,
        Kw::Until => Line::Until(err()),
        Kw::For => Line::For {
            counter: err(),
            start: err(),
            end: err(),
            step: None,
        },
        Kw::EndFor => Line::EndFor,
        Kw::ForEach => Line::ForEach {
            item: err(),
            source: err(),
            begin: None,
            end: None,
            guard: None,
        },
        Kw::EndForEach => Line::EndForEach,
        Kw::Use => Line::Use(err()),
        Kw::EndUse => Line::EndUse,
        // `Try(…)` is an expression; `Try` alone opens a block.
        Kw::Try if second != Some(Tok::LParen) => Line::Try,
        Kw::Catch => Line::Catch,
        Kw::EndTry => Line::EndTry,
        _ => Line::Error,
    }
}

/// A dotted name as written, without blanks or token suffixes: `cs:C1710.Person`
/// reads `cs.Person`.
pub(super) fn plain_name(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == ':' && rest[1..].starts_with(|d: char| d.is_ascii_uppercase()) {
            let digits = rest[2..]
                .find(|d: char| !d.is_ascii_digit() && d != ':')
                .map_or(rest.len(), |n| n + 2);
            rest = &rest[digits..];
            continue;
        }
        if !c.is_whitespace() {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn kw<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    k: Kw,
) -> impl Parser<'t, I, Tok<'s>, extra::Err<E>> + Clone {
    just(Tok::Kw(k))
}

/// A type after `:` — `Text`, `cs.Person`, `4D.File` — read from its source text.
fn type_ref<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    src: &'s str,
) -> impl Parser<'t, I, TypeRef, extra::Err<E>> + Clone {
    let word = select! { Tok::Ident(_) => () };
    word.then(just(Tok::Dot).then(word).repeated())
        .to_span()
        .validate(move |span: Span, _, emitter| {
            let text = plain_name(&src[span.range()]);
            let kind = TypeKind::from_name(&text).unwrap_or_else(|| {
                emitter.emit(E::custom(span, format!("unknown type '{text}'")));
                TypeKind::Variant
            });
            TypeRef { kind, span }
        })
        .labelled("type")
}

fn signature<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    src: &'s str,
) -> impl Parser<'t, I, Signature, extra::Err<E>> + Clone {
    let local = select! { Tok::Local(n) => Name::from(n) }.map_with(|n, e| (n, e.span()));
    let typed = just(Tok::Colon).ignore_then(type_ref(src));
    let param = local
        .then(typed.clone().or_not())
        .map(|((name, span), ty)| Param { name, span, ty });
    let variadic = just(Tok::Dot)
        .then(just(Tok::Dot))
        .then(just(Tok::Dot))
        .to_span()
        .then(typed.clone().or_not())
        .map(|(span, ty)| (ty, span));
    #[derive(Clone)]
    enum Item {
        P(Param),
        V((Option<TypeRef>, Span)),
    }
    let items = choice((param.clone().map(Item::P), variadic.map(Item::V)))
        .separated_by(just(Tok::Semi))
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .validate(|items: Vec<Item>, _, emitter| {
            let mut params = Vec::new();
            let mut variadic = None;
            for item in items {
                match item {
                    Item::P(p) if variadic.is_none() => params.push(p),
                    Item::P(p) => {
                        emitter.emit(E::custom(p.span, "a parameter cannot follow '...'"))
                    }
                    Item::V(v) => variadic = Some(v),
                }
            }
            (params, variadic)
        });
    let result = choice((
        just(Tok::Arrow).ignore_then(param).map(ResultDecl::Named),
        typed.map(ResultDecl::Typed),
    ));
    items.or_not().then(result.or_not()).map(|(items, result)| {
        let (params, variadic) = items.unwrap_or_default();
        Signature {
            params,
            variadic,
            result,
        }
    })
}

/// The parser of one line, without its line end.
pub fn line<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    src: &'s str,
) -> impl Parser<'t, I, Line, extra::Err<E>> + Clone {
    let expr = expr(src).boxed();
    let paren_args = expr
        .clone()
        .separated_by(just(Tok::Semi))
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen));

    let if_line = kw(Kw::If).ignore_then(expr.clone()).map(Line::If);
    let else_line = kw(Kw::Else).to(Line::Else);
    let end_if = kw(Kw::EndIf).to(Line::EndIf);
    let case_of = kw(Kw::CaseOf).to(Line::CaseOf);
    let branch = just(Tok::Colon).ignore_then(expr.clone()).map(Line::Branch);
    let end_case = kw(Kw::EndCase).to(Line::EndCase);
    let while_line = kw(Kw::While).ignore_then(expr.clone()).map(Line::While);
    let end_while = kw(Kw::EndWhile).to(Line::EndWhile);
    let repeat = kw(Kw::Repeat).to(Line::Repeat);
    let until = kw(Kw::Until).ignore_then(expr.clone()).map(Line::Until);
    let end_for = kw(Kw::EndFor).to(Line::EndFor);
    let end_for_each = kw(Kw::EndForEach).to(Line::EndForEach);
    let use_line = kw(Kw::Use).ignore_then(expr.clone()).map(Line::Use);
    let end_use = kw(Kw::EndUse).to(Line::EndUse);
    let try_line = kw(Kw::Try)
        .then(end().or(just(Tok::Newline).rewind().ignored()))
        .to(Line::Try);
    let catch = kw(Kw::Catch).to(Line::Catch);
    let end_try = kw(Kw::EndTry).to(Line::EndTry);

    // A wrong number of arguments is reported, but the line still opens its
    // loop, so its `End for` is not reported too.
    let for_loop =
        kw(Kw::For)
            .ignore_then(paren_args.clone())
            .validate(|args: Vec<Expr>, e, emitter| {
                let span: Span = e.span();
                if !(3..=4).contains(&args.len()) {
                    emitter.emit(E::custom(
                    span,
                    "For takes a counter, a start, an end and an optional step: For ($i; 1; 10)",
                ));
                }
                let mut it = args.into_iter();
                let mut next = || it.next().unwrap_or(Expr::new(ExprKind::Error, span));
                Line::For {
                    counter: next(),
                    start: next(),
                    end: next(),
                    step: it.next(),
                }
            });
    let guard = choice((kw(Kw::Until).to(true), kw(Kw::While).to(false)))
        .then(expr.clone())
        .map(|(until, cond)| LoopGuard { until, cond });
    let for_each = kw(Kw::ForEach)
        .ignore_then(paren_args.clone())
        .then(guard.or_not())
        .validate(
            |(args, guard): (Vec<Expr>, Option<LoopGuard>), e, emitter| {
                let span: Span = e.span();
                if !(2..=4).contains(&args.len()) {
                    emitter.emit(E::custom(
                        span,
                        "For each takes an item, a source and optional bounds: For each ($e; $col)",
                    ));
                }
                let mut it = args.into_iter();
                let err = || Expr::new(ExprKind::Error, span);
                Line::ForEach {
                    item: it.next().unwrap_or_else(err),
                    source: it.next().unwrap_or_else(err),
                    begin: it.next(),
                    end: it.next(),
                    guard,
                }
            },
        );

    let separator = just(Tok::Semi).or(just(Tok::Comma));
    let var_name = select! {
        Tok::Local(n) => ExprKind::Local(n.into()),
        Tok::Param(n) => ExprKind::Param(n),
        Tok::Ident(n) => ExprKind::Process(n.into()),
        Tok::Interprocess(n) => ExprKind::Interprocess(n.into()),
    }
    .map_with(|k, e| Expr::new(k, e.span()));
    // `var ${2} : Text`: the parameters from 2 on, like `C_TEXT(${2})`.
    let variadic = select! { Tok::Number(n) => n }
        .map_with(|n, e| Expr::new(ExprKind::Number(n), e.span()))
        .delimited_by(just(Tok::DollarBrace), just(Tok::RBrace))
        .map_with(|n, e| Expr::new(ExprKind::ParamIndirect(Box::new(n)), e.span()));
    let var_name = var_name.or(variadic).labelled("variable name");
    let var_names = var_name
        .separated_by(separator)
        .at_least(1)
        .collect::<Vec<_>>();
    let name = select! { Tok::Ident(n) => Name::from(n) }.map_with(|n, e| (n, e.span()));
    let names = name.separated_by(separator).at_least(1).collect::<Vec<_>>();
    let typed = just(Tok::Colon).ignore_then(type_ref(src));
    let init = just(Tok::Assign).ignore_then(expr.clone());
    let var = kw(Kw::Var)
        .ignore_then(var_names)
        .then(typed.clone().or_not())
        .then(init.clone().or_not())
        .validate(|((names, ty), init), e, emitter| {
            if init.is_some() && names.len() > 1 {
                emitter.emit(E::custom(
                    e.span(),
                    "only one variable can be declared with an initial value",
                ));
            }
            Line::Stmt(StmtKind::Var { names, ty, init })
        });
    let property = kw(Kw::Property)
        .ignore_then(names)
        .then(typed.or_not())
        .then(init.or_not())
        .map_with(|((names, ty), init), e| {
            Line::Property(PropertyDecl {
                names,
                ty,
                init,
                span: e.span(),
            })
        });
    let declare = just(Tok::Declare)
        .ignore_then(signature(src))
        .map(|s| Line::Stmt(StmtKind::Declare(s)));

    let modifier = select! { Tok::Kw(Kw::Modifier(m)) => m };
    let ident = select! { Tok::Ident(n) => n }.map_with(|n, e| (Name::from(n), e.span()));
    // `Function get x`, `Function set x`.
    let accessor = select! {
        Tok::Ident(n) if n.eq_ignore_ascii_case("get") => FunctionKind::Getter,
        Tok::Ident(n) if n.eq_ignore_ascii_case("set") => FunctionKind::Setter,
    };
    // ORDA's `Function query x` / `Function orderBy x` handle queries and sorts on
    // the computed attribute `x`; they are not a function `x`, so they keep
    // both words as their name ("query x"), which no member access can reach.
    // ORDA's entity events, `Function event touched {attribute}(…)` (4d/docs
    // docs/ORDA/orda-events.md), are called by 4D only: their name keeps every word.
    let event = select! { Tok::Ident(n) if n.eq_ignore_ascii_case("event") => n }
        .then(ident)
        .then(ident.or_not())
        .map_with(|((word, (event, _)), attribute), e| {
            let name = match attribute {
                Some((a, _)) => format!("{word} {event} {a}"),
                None => format!("{word} {event}"),
            };
            (FunctionKind::Function, (Name::from(name), e.span()))
        });
    let orda = select! {
        Tok::Ident(n) if n.eq_ignore_ascii_case("query") || n.eq_ignore_ascii_case("orderBy") => n,
    }
    .then(ident)
    .map_with(|(word, (name, _)), e| {
        (
            FunctionKind::Function,
            (Name::from(format!("{word} {name}")), e.span()),
        )
    });
    let function_name = choice((
        event,
        orda,
        accessor.then(ident),
        ident.map(|n| (FunctionKind::Function, n)),
    ));
    let function = modifier
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(kw(Kw::Function))
        .then(function_name)
        .then(signature(src))
        .map(
            |((modifiers, (kind, (name, name_span))), signature)| Line::Function {
                modifiers,
                kind,
                name,
                name_span,
                signature,
            },
        );
    let constructor = modifier
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(kw(Kw::ClassConstructor))
        .then(signature(src))
        .map_with(|(modifiers, signature), e| Line::Function {
            modifiers,
            kind: FunctionKind::Constructor,
            name: "constructor".into(),
            name_span: e.span(),
            signature,
        });
    let dotted = select! { Tok::Ident(_) => () }
        .then(
            just(Tok::Dot)
                .then(select! { Tok::Ident(_) => () })
                .repeated(),
        )
        .to_span()
        .map(move |span: Span| (Name::from(plain_name(&src[span.range()])), span))
        .labelled("class name");
    let extends = kw(Kw::ClassExtends)
        .ignore_then(dotted)
        .map(|(n, s)| Line::Extends(n, s));

    // `exposed Alias name path` (4d/docs docs/ORDA/ordaClasses.md, "Alias attributes").
    let alias = modifier
        .repeated()
        .then(kw(Kw::Alias))
        .ignore_then(any().and_is(just(Tok::Newline).not()).repeated())
        .to(Line::Alias);
    let returning = kw(Kw::Return)
        .ignore_then(expr.clone().or_not())
        .map(|e| Line::Stmt(StmtKind::Return(e)));
    let jumps = choice((
        kw(Kw::Break).to(Line::Stmt(StmtKind::Break)),
        kw(Kw::Continue).to(Line::Stmt(StmtKind::Continue)),
        select! { Tok::Sql(s) => Line::Stmt(StmtKind::Sql(s.into())) },
    ));

    let assign_op = just(Tok::Assign)
        .to(None)
        .or(select! { Tok::CompoundAssign(op) => Some(op) });
    let simple = expr
        .clone()
        .then(assign_op.then(expr).or_not())
        .map(|(target, assign)| match assign {
            None => Line::Stmt(StmtKind::Expr(target)),
            Some((None, value)) => Line::Stmt(StmtKind::Assign { target, value }),
            Some((Some(op), value)) => Line::Stmt(StmtKind::CompoundAssign { op, target, value }),
        });

    if E::FAST {
        // Each kind of line starts with its own token; only `Try` (a block, or
        // `Try(…)` called as a statement) and a modifier (before `Function` or
        // `Class constructor`) leave two to try, in the order of the choice below.
        custom(move |inp| {
            let Some(Tok::Kw(k)) = inp.peek() else {
                return match inp.peek() {
                    Some(Tok::Colon) => inp.parse(&branch),
                    Some(Tok::Declare) => inp.parse(&declare),
                    Some(Tok::Sql(_)) => inp.parse(&jumps),
                    _ => inp.parse(&simple),
                };
            };
            match k {
                Kw::If => inp.parse(&if_line),
                Kw::Else => inp.parse(&else_line),
                Kw::EndIf => inp.parse(&end_if),
                Kw::CaseOf => inp.parse(&case_of),
                Kw::EndCase => inp.parse(&end_case),
                Kw::While => inp.parse(&while_line),
                Kw::EndWhile => inp.parse(&end_while),
                Kw::Repeat => inp.parse(&repeat),
                Kw::Until => inp.parse(&until),
                Kw::For => inp.parse(&for_loop),
                Kw::EndFor => inp.parse(&end_for),
                Kw::ForEach => inp.parse(&for_each),
                Kw::EndForEach => inp.parse(&end_for_each),
                Kw::Use => inp.parse(&use_line),
                Kw::EndUse => inp.parse(&end_use),
                Kw::Try => {
                    let before = inp.save();
                    match inp.parse(&try_line) {
                        Ok(line) => Ok(line),
                        Err(_) => {
                            inp.rewind(before);
                            inp.parse(&simple)
                        }
                    }
                }
                Kw::Catch => inp.parse(&catch),
                Kw::EndTry => inp.parse(&end_try),
                Kw::Return => inp.parse(&returning),
                Kw::Break | Kw::Continue => inp.parse(&jumps),
                Kw::Var => inp.parse(&var),
                Kw::Property => inp.parse(&property),
                Kw::Function => inp.parse(&function),
                Kw::ClassConstructor => inp.parse(&constructor),
                Kw::ClassExtends => inp.parse(&extends),
                Kw::Alias => inp.parse(&alias),
                Kw::Modifier(_) => {
                    let before = inp.save();
                    match inp.parse(&function) {
                        Ok(line) => Ok(line),
                        Err(_) => {
                            inp.rewind(before.clone());
                            match inp.parse(&constructor) {
                                Ok(line) => Ok(line),
                                Err(_) => {
                                    inp.rewind(before);
                                    inp.parse(&alias)
                                }
                            }
                        }
                    }
                }
            }
        })
        .boxed()
    } else {
        let blocks = choice((
            if_line,
            else_line,
            end_if,
            case_of,
            branch,
            end_case,
            while_line,
            end_while,
            repeat,
            until,
            end_for,
            end_for_each,
            use_line,
            end_use,
            try_line,
            catch,
            end_try,
        ));
        choice((
            blocks,
            for_each,
            for_loop,
            var,
            property,
            declare,
            function,
            constructor,
            extends,
            alias,
            returning,
            jumps,
            simple,
        ))
        .boxed()
    }
}
