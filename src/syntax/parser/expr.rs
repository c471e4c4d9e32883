//! Expressions. One level for every binary operator (4D has no precedence),
//! prefix `-` and `->`, postfix chains (`.name`, `[i]`, `[[i]]`, `{i}`, `->`) and
//! the ternary, which is looser than every binary operator.

use super::{ParseError, TokInput};
use crate::names::{self, CommandId};
use crate::source::Span;
use crate::syntax::ast::{BinOp, Expr, ExprKind, Name};
use crate::syntax::literal::unescape;
use crate::syntax::token::{Kw, Tok};
use chumsky::prelude::*;

/// Longest postfix or prefix chain accepted on one operand; longer ones are
/// refused rather than building a tree too deep to walk.
pub const MAX_CHAIN: usize = 256;

pub(super) enum Post {
    Member(Name, Span, Option<Vec<Expr>>),
    Index(Expr),
    CharAt(Expr),
    Element(Expr),
    /// `->`, or `->name` / `->name(args)` (a member of what the pointer points to).
    Deref(Option<(Name, Span, Option<Vec<Expr>>)>),
    Call(Vec<Expr>),
}

pub(super) fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

pub(super) fn apply(base: Expr, post: Post, span: Span) -> Expr {
    let span = base.span.to(span);
    let kind = match post {
        Post::Member(name, name_span, None) => ExprKind::Member {
            object: boxed(base),
            name,
            name_span,
        },
        Post::Member(name, name_span, Some(args)) => ExprKind::MemberCall {
            object: boxed(base),
            name,
            name_span,
            args,
        },
        Post::Index(i) => ExprKind::Index {
            object: boxed(base),
            index: boxed(i),
        },
        Post::CharAt(i) => ExprKind::CharAt {
            text: boxed(base),
            index: boxed(i),
        },
        Post::Element(i) => ExprKind::Element {
            array: boxed(base),
            index: boxed(i),
        },
        Post::Deref(None) => ExprKind::Deref(boxed(base)),
        Post::Call(args) => ExprKind::CallValue {
            callee: boxed(base),
            args,
        },
        Post::Deref(Some((name, name_span, args))) => {
            let deref = Expr::new(
                ExprKind::Deref(boxed(base)),
                span.to(Span {
                    start: name_span.start,
                    end: name_span.start,
                }),
            );
            match args {
                None => ExprKind::Member {
                    object: boxed(deref),
                    name,
                    name_span,
                },
                Some(args) => ExprKind::MemberCall {
                    object: boxed(deref),
                    name,
                    name_span,
                    args,
                },
            }
        }
    };
    Expr::new(kind, span)
}

/// The commands whose argument is a statement, which may be an assignment:
/// `Formula($1.accumulator*=$1.value)` (4d/docs docs/commands/formula.md) and
/// `APPLY TO SELECTION([T]; [T]F:=v)` (docs/commands/apply-to-selection.md).
pub(super) fn takes_statement(c: CommandId) -> bool {
    use names::command_number::{APPLY_TO_SELECTION, FORMULA};
    matches!(names::command(c).number, FORMULA | APPLY_TO_SELECTION)
}

/// The query conjunctions, which may start a query argument without their own
/// `;`: `QUERY([T]; & [T]F<=v)` reads as `QUERY([T]; &; [T]F<=v)`
/// (4d/docs docs/commands/query.md, "Specifying the Query Argument").
pub(super) fn is_conjunction(op: BinOp) -> bool {
    matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::NotEq)
}

/// A token that names something, read back as its source text (object keys).
pub(super) fn name_text<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    src: &'s str,
) -> impl Parser<'t, I, (&'s str, Span), extra::Err<E>> + Clone {
    any()
        .filter(|t: &Tok| {
            matches!(
                t,
                Tok::Ident(_)
                    | Tok::Command(_)
                    | Tok::Constant(_)
                    | Tok::Method(_)
                    | Tok::Unavailable
                    | Tok::Kw(_)
            )
        })
        .map_with(move |_, e| {
            let span: Span = e.span();
            (&src[span.range()], span)
        })
        .labelled("name")
}

/// The parser of one expression.
pub fn expr<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    src: &'s str,
) -> impl Parser<'t, I, Expr, extra::Err<E>> + Clone {
    recursive(move |expr| {
        let spanned = |kind: ExprKind, span: Span| Expr::new(kind, span);

        let symbol = select! {
            Tok::Op(op @ (BinOp::Mul | BinOp::Gt | BinOp::Lt | BinOp::Ge | BinOp::Le | BinOp::Eq | BinOp::NotEq
                | BinOp::Mod | BinOp::BitOr | BinOp::BitAnd)) => op,
        }
        .map_with(move |op, e| spanned(ExprKind::Symbol(op), e.span()));
        // A conjunction glued to the query argument it starts: two arguments.
        let conjunction = select! { Tok::Op(op) if is_conjunction(op) => op }
            .map_with(move |op, e| spanned(ExprKind::Symbol(op), e.span()))
            .then(expr.clone())
            .map(|(conj, e)| vec![conj, e]);
        let arg = conjunction
            .or(expr.clone().map(|e| vec![e]))
            .or(symbol.map(|s| vec![s]));
        let args = arg
            .separated_by(just(Tok::Semi))
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LParen), just(Tok::RParen))
            .map(|args: Vec<Vec<Expr>>| args.into_iter().flatten().collect::<Vec<_>>())
            .labelled("arguments")
            .boxed();

        let literal = select! {
            Tok::Number(n) => ExprKind::Number(n),
            Tok::Text(t) => ExprKind::Text(unescape(t).into()),
            Tok::Date(d) => ExprKind::Date(d),
            Tok::Time(t) => ExprKind::Time(t),
            Tok::Local(n) => ExprKind::Local(n.into()),
            Tok::Param(n) => ExprKind::Param(n),
            Tok::Interprocess(n) => ExprKind::Interprocess(n.into()),
            Tok::Constant(c) => ExprKind::Constant(c),
        }
        .map_with(move |k, e| spanned(k, e.span()));

        // `Formula(…)`, `APPLY TO SELECTION(…)`: an argument may be an
        // assignment, which the command makes when it runs.
        let assign_op = just(Tok::Assign)
            .to(None)
            .or(select! { Tok::CompoundAssign(op) => Some(op) });
        let formula_arg = expr
            .clone()
            .then(assign_op.then(expr.clone()).or_not())
            .map_with(|(target, assign), e| match assign {
                None => target,
                Some((op, value)) => Expr::new(
                    ExprKind::Assign {
                        op,
                        target: boxed(target),
                        value: boxed(value),
                    },
                    e.span(),
                ),
            });
        let formula = select! { Tok::Command(c) if takes_statement(c) => c }
            .then(
                formula_arg
                    .or(symbol)
                    .separated_by(just(Tok::Semi))
                    .collect::<Vec<_>>()
                    .delimited_by(just(Tok::LParen), just(Tok::RParen))
                    .labelled("arguments")
                    .or_not(),
            )
            .map_with(move |(command, args), e| {
                spanned(
                    ExprKind::Command {
                        command,
                        args: args.unwrap_or_default(),
                    },
                    e.span(),
                )
            })
            .boxed();
        let command = select! { Tok::Command(c) => c }
            .then(args.clone().or_not())
            .map_with(move |(command, args), e| {
                spanned(
                    ExprKind::Command {
                        command,
                        args: args.unwrap_or_default(),
                    },
                    e.span(),
                )
            });
        let method = select! { Tok::Method(m) => m }
            .then(args.clone().or_not())
            .map_with(move |(method, args), e| {
                spanned(
                    ExprKind::Method {
                        method,
                        args: args.unwrap_or_default(),
                    },
                    e.span(),
                )
            });
        let unavailable = just(Tok::Unavailable)
            .map_with(move |_, e| {
                let span: Span = e.span();
                let text = &src[span.range()];
                text.split(':').next().unwrap_or(text).trim().into()
            })
            .then(args.clone().or_not())
            .map_with(move |(name, args), e| {
                spanned(
                    ExprKind::Unavailable {
                        name,
                        args: args.unwrap_or_default(),
                    },
                    e.span(),
                )
            });
        let ident = select! { Tok::Ident(s) => s }
            .then(args.clone().or_not())
            .validate(move |(name, args): (&str, Option<Vec<Expr>>), e, emitter| {
                let span: Span = e.span();
                let kind = match args {
                    None => ExprKind::Process(name.into()),
                    Some(mut args) if name.eq_ignore_ascii_case("try") => {
                        if args.len() != 1 {
                            emitter.emit(E::custom(span, "Try(…) takes exactly one expression"));
                        }
                        match args.pop() {
                            Some(a) => ExprKind::Try(boxed(a)),
                            None => ExprKind::Error,
                        }
                    }
                    Some(args) => ExprKind::UnknownCall {
                        name: name.into(),
                        args,
                    },
                };
                spanned(kind, span)
            });
        let try_kw = just(Tok::Kw(Kw::Try))
            .ignore_then(
                expr.clone()
                    .delimited_by(just(Tok::LParen), just(Tok::RParen)),
            )
            .map_with(move |inner, e| spanned(ExprKind::Try(boxed(inner)), e.span()));
        let table = select! { Tok::Table(t) => t }
            .then(select! { Tok::Field(f) => f }.or_not())
            .map_with(move |(table, field), e| {
                let kind = match field {
                    Some(field) => ExprKind::Field {
                        table: table.into(),
                        field: field.into(),
                    },
                    None => ExprKind::Table(table.into()),
                };
                spanned(kind, e.span())
            });
        let paren = expr
            .clone()
            .delimited_by(just(Tok::LParen), just(Tok::RParen))
            .map_with(move |inner: Expr, e| Expr {
                span: e.span(),
                ..inner
            });
        let indirect = expr
            .clone()
            .delimited_by(just(Tok::DollarBrace), just(Tok::RBrace))
            .map_with(move |n, e| spanned(ExprKind::ParamIndirect(boxed(n)), e.span()));
        let collection = expr
            .clone()
            .separated_by(just(Tok::Semi))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LBracket), just(Tok::RBracket))
            .map_with(move |items, e| spanned(ExprKind::Collection(items), e.span()));
        let key = select! { Tok::Text(t) => t }
            .map_with(|t, e| (unescape(t).into_boxed_str(), e.span()))
            .or(name_text(src).map(|(t, span)| (Box::<str>::from(t), span)));
        let object = key
            .then_ignore(just(Tok::Colon))
            .then(expr.clone())
            .map(|((k, span), v)| (k, span, v))
            .separated_by(just(Tok::Semi))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map_with(move |pairs, e| spanned(ExprKind::Object(pairs), e.span()));

        let atom = if E::FAST {
            // Every kind of operand starts with its own token.
            custom(move |inp| match inp.peek() {
                Some(Tok::Command(c)) if takes_statement(c) => inp.parse(&formula),
                Some(Tok::Command(_)) => inp.parse(&command),
                Some(Tok::Method(_)) => inp.parse(&method),
                Some(Tok::Ident(_)) => inp.parse(&ident),
                Some(Tok::LParen) => inp.parse(&paren),
                Some(Tok::LBracket) => inp.parse(&collection),
                Some(Tok::LBrace) => inp.parse(&object),
                Some(Tok::DollarBrace) => inp.parse(&indirect),
                Some(Tok::Table(_)) => inp.parse(table),
                Some(Tok::Unavailable) => inp.parse(&unavailable),
                Some(Tok::Kw(Kw::Try)) => inp.parse(&try_kw),
                _ => inp.parse(literal),
            })
            .boxed()
        } else {
            choice((
                literal,
                formula,
                command,
                method,
                ident,
                paren,
                collection,
                object,
                indirect,
                table,
                unavailable,
                try_kw,
            ))
            .labelled("expression")
            .boxed()
        };

        let member_name = select! { Tok::Ident(s) => s }.map_with(|s, e| (Name::from(s), e.span()));
        let member = just(Tok::Dot)
            .ignore_then(member_name.labelled("member name"))
            .then(args.clone().or_not())
            .map(|((n, sp), a)| Post::Member(n, sp, a));
        let char_at = just(Tok::LBracket)
            .then(just(Tok::LBracket))
            .ignore_then(expr.clone())
            .then_ignore(just(Tok::RBracket))
            .then_ignore(just(Tok::RBracket))
            .map(Post::CharAt);
        let index = expr
            .clone()
            .delimited_by(just(Tok::LBracket), just(Tok::RBracket))
            .map(Post::Index);
        // `$o[$name](…)`: only an indexed value can be called this way.
        let call = args.clone().map(Post::Call);
        let element = expr
            .clone()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map(Post::Element);
        let deref = just(Tok::Arrow)
            .ignore_then(member_name.then(args.clone().or_not()).or_not())
            .map(|m| Post::Deref(m.map(|((n, sp), a)| (n, sp, a))));
        let post = if E::FAST {
            let bracket = char_at.or(index);
            custom(move |inp| match inp.peek() {
                Some(Tok::LBracket) => inp.parse(&bracket),
                Some(Tok::LParen) => inp.parse(&call),
                Some(Tok::LBrace) => inp.parse(&element),
                Some(Tok::Arrow) => inp.parse(&deref),
                _ => inp.parse(&member),
            })
            .boxed()
        } else {
            choice((member, char_at, index, call, element, deref)).boxed()
        }
        .map_with(|p, e| (p, e.span()));
        let postfix =
            atom.then(post.repeated().collect::<Vec<_>>())
                .validate(|(base, posts), e, emitter| {
                    if posts.len() > MAX_CHAIN {
                        emitter.emit(E::custom(
                            e.span(),
                            format!("more than {MAX_CHAIN} member accesses in a row"),
                        ));
                        return Expr::new(ExprKind::Error, e.span());
                    }
                    posts.into_iter().fold(base, |acc, (p, span)| {
                        if matches!(p, Post::Call(_)) && !matches!(acc.kind, ExprKind::Index { .. })
                        {
                            emitter.emit(E::custom(
                                span,
                                "only an element reached with [...] can be called this way",
                            ));
                        }
                        apply(acc, p, span)
                    })
                });

        let prefix = choice((
            just(Tok::Op(BinOp::Sub)).to(true),
            just(Tok::Arrow).to(false),
        ))
        .map_with(|neg, e| (neg, e.span()))
        .repeated()
        .collect::<Vec<_>>();
        let unary = prefix.then(postfix).validate(
            |(prefixes, operand): (Vec<(bool, Span)>, Expr), e, emitter| {
                if prefixes.len() > MAX_CHAIN {
                    emitter.emit(E::custom(
                        e.span(),
                        format!("more than {MAX_CHAIN} prefix operators in a row"),
                    ));
                    return Expr::new(ExprKind::Error, e.span());
                }
                with_prefixes(prefixes, operand)
            },
        );

        let op = select! { Tok::Op(op) => op }.map_with(|op, e| (op, e.span()));
        let chain = unary
            .clone()
            .then(
                op.then(unary)
                    .map(|((op, span), rhs)| (op, span, rhs))
                    .repeated()
                    .collect::<Vec<_>>(),
            )
            .map_with(|(first, rest), e| {
                if rest.is_empty() {
                    first
                } else {
                    Expr::new(
                        ExprKind::Chain {
                            first: boxed(first),
                            rest,
                        },
                        e.span(),
                    )
                }
            })
            .boxed();

        chain
            .then(
                just(Tok::Question)
                    .ignore_then(expr.clone())
                    .then_ignore(just(Tok::Colon))
                    .then(expr)
                    .or_not(),
            )
            .map_with(|(cond, branches), e| match branches {
                None => cond,
                Some((then, otherwise)) => Expr::new(
                    ExprKind::Ternary {
                        cond: boxed(cond),
                        then: boxed(then),
                        otherwise: boxed(otherwise),
                    },
                    e.span(),
                ),
            })
    })
}

/// Wraps `operand` in its prefix operators (`-`: true, `->`: false), the
/// innermost last: both parser passes build unary operators this way.
pub(super) fn with_prefixes(prefixes: Vec<(bool, Span)>, operand: Expr) -> Expr {
    prefixes
        .into_iter()
        .rev()
        .fold(operand, |acc, (neg, span)| {
            let span = span.to(acc.span);
            let kind = if neg {
                ExprKind::Neg(boxed(acc))
            } else {
                ExprKind::AddressOf(boxed(acc))
            };
            Expr::new(kind, span)
        })
}
