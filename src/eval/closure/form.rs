//! Which compiled form ("specialisation") each statement, expression,
//! operand and condition gets. The one place these choices are made: the
//! closure builder (`closure/mod.rs`) and the dump of the compiled form
//! (`eval/dump.rs`) both match on what is decided here, so the dump shows
//! exactly what runs.

use crate::eval::ir::{MemberName, Node, NodeKind, Stmt, StmtKind};
use crate::eval::numeric::{NumCode, compare};
use crate::eval::value::{Text, Value};
use crate::source::Span;
use crate::syntax::ast::BinOp;
use std::rc::Rc;

/// The compiled form of a statement.
pub(crate) enum StmtForm<'a> {
    Expr(&'a Node),
    /// `$local:=value`.
    AssignLocal {
        slot: u32,
        at: Span,
        value: &'a Node,
    },
    /// `$c[index]:=value`: written in place in a local collection; a local
    /// index (`index_slot`) is read in place.
    AssignItem {
        slot: u32,
        index: &'a Node,
        index_slot: Option<u32>,
        target: &'a Node,
        value: &'a Node,
    },
    Assign {
        target: &'a Node,
        value: &'a Node,
    },
    /// `$t:=$t+piece`, appended in place.
    Append {
        slot: u32,
        piece: &'a Node,
    },
    /// `$t:=$t+a+b+…`, its pieces evaluated first, then appended in place.
    AppendChain {
        slot: u32,
        pieces: &'a [Node],
    },
    If(&'a Node, &'a [Stmt], &'a [Stmt]),
    Case(&'a [(Node, Box<[Stmt]>)], &'a [Stmt]),
    While(&'a Node, &'a [Stmt]),
    Repeat(&'a [Stmt], &'a Node),
    /// `For` on a local counter, stepped in its slot.
    ForLocal {
        slot: u32,
        at: Span,
        start: &'a Node,
        end: &'a Node,
        step: Option<&'a Node>,
        body: &'a [Stmt],
    },
    /// `For each`: the body compiled; the item, source, bounds and guard
    /// walked.
    ForEach {
        item: &'a Node,
        source: &'a Node,
        begin: Option<&'a Node>,
        end: Option<&'a Node>,
        guard: Option<&'a (bool, Node)>,
        body: &'a [Stmt],
    },
    Use(&'a Node, &'a [Stmt]),
    Try(&'a [Stmt], &'a [Stmt]),
    Return(Option<&'a Node>),
    Break,
    Continue,
    /// Left to the tree walker.
    Walked,
}

/// The form a statement is compiled to.
pub(crate) fn stmt_form(s: &Stmt) -> StmtForm<'_> {
    match &s.kind {
        StmtKind::Expr(e) => StmtForm::Expr(e),
        StmtKind::Assign(target, value) => match &target.kind {
            NodeKind::Local(slot) => StmtForm::AssignLocal {
                slot: *slot,
                at: target.span,
                value,
            },
            NodeKind::Index { object, index } if let NodeKind::Local(slot) = object.kind => {
                StmtForm::AssignItem {
                    slot,
                    index,
                    index_slot: match index.kind {
                        NodeKind::Local(is) => Some(is),
                        _ => None,
                    },
                    target,
                    value,
                }
            }
            _ => StmtForm::Assign { target, value },
        },
        StmtKind::Append(slot, piece) => StmtForm::Append { slot: *slot, piece },
        StmtKind::AppendChain(slot, pieces) => StmtForm::AppendChain {
            slot: *slot,
            pieces,
        },
        StmtKind::If(c, then, otherwise) => StmtForm::If(c, then, otherwise),
        StmtKind::Case(branches, otherwise) => StmtForm::Case(branches, otherwise),
        StmtKind::While(c, body) => StmtForm::While(c, body),
        StmtKind::Repeat(body, c) => StmtForm::Repeat(body, c),
        StmtKind::For {
            counter,
            start,
            end,
            step,
            body,
        } if let NodeKind::Local(slot) = counter.kind => StmtForm::ForLocal {
            slot,
            at: counter.span,
            start,
            end,
            step: step.as_ref(),
            body,
        },
        StmtKind::ForEach {
            item,
            source,
            begin,
            end,
            guard,
            body,
        } => StmtForm::ForEach {
            item,
            source,
            begin: begin.as_ref(),
            end: end.as_ref(),
            guard: guard.as_ref(),
            body,
        },
        StmtKind::Use(target, body) => StmtForm::Use(target, body),
        StmtKind::Try(body, catch) => StmtForm::Try(body, catch),
        StmtKind::Return(value) => StmtForm::Return(value.as_ref()),
        StmtKind::Break => StmtForm::Break,
        StmtKind::Continue => StmtForm::Continue,
        _ => StmtForm::Walked,
    }
}

/// The compiled form of an expression.
pub(crate) enum ExprForm<'a> {
    Const(&'a Value),
    Local(u32),
    /// `$local op number`.
    LocalNum(BinOp, u32, f64),
    /// `$t[[index]]="x"` (or `#`): the character compared where it lies.
    LocalCharCompare {
        eq: bool,
        slot: u32,
        index: &'a Node,
        text: &'a Text,
    },
    And(&'a Node, &'a Node),
    Or(&'a Node, &'a Node),
    Binary(BinOp, &'a Node, &'a Node),
    Chain(&'a Node, &'a [(BinOp, Span, Node)]),
    Neg(&'a Node),
    Process(u32),
    Interprocess(u32),
    /// Pure arithmetic, with the ordinary tree for when a step is not plain.
    NumExpr(&'a NumCode, &'a Node),
    NumCompare(BinOp, &'a NumCode, &'a NumCode, &'a Node),
    Builtin(u16, &'a [Node]),
    /// `$t[[index]]` read where it lies.
    LocalChar {
        slot: u32,
        index: &'a Node,
    },
    /// `$c[$i]` with both locals read in place.
    ItemInPlace {
        slot: u32,
        index_slot: u32,
        at: Span,
        index_span: Span,
    },
    /// `$c[index]` on a local collection.
    IndexLocal {
        slot: u32,
        index: &'a Node,
        at: Span,
    },
    /// `$o.key` read in place.
    MemberInPlace {
        slot: u32,
        key: &'a Rc<str>,
    },
    MemberCall {
        object: &'a Node,
        name: &'a Rc<str>,
        member: Option<MemberName>,
        args: &'a [Node],
    },
    Method(u32, &'a [Node]),
    /// Left to the tree walker.
    Walked,
}

/// The form an expression is compiled to.
pub(crate) fn expr_form(n: &Node) -> ExprForm<'_> {
    match &n.kind {
        NodeKind::Const(v) => ExprForm::Const(v),
        NodeKind::Local(s) => ExprForm::Local(*s),
        NodeKind::LocalNum(op, s, k) => ExprForm::LocalNum(*op, *s, *k),
        NodeKind::Binary(op @ (BinOp::Eq | BinOp::NotEq), a, b)
            if let NodeKind::CharAt { text, index } = &a.kind
                && let Some(slot) = local_char(text, index)
                && let NodeKind::Const(Value::Text(k)) = &b.kind =>
        {
            ExprForm::LocalCharCompare {
                eq: *op == BinOp::Eq,
                slot,
                index,
                text: k,
            }
        }
        NodeKind::Binary(BinOp::And, a, b) => ExprForm::And(a, b),
        NodeKind::Binary(BinOp::Or, a, b) => ExprForm::Or(a, b),
        NodeKind::Binary(op, a, b) => ExprForm::Binary(*op, a, b),
        NodeKind::Chain(first, rest) => ExprForm::Chain(first, rest),
        NodeKind::Neg(x) => ExprForm::Neg(x),
        NodeKind::Process(id) => ExprForm::Process(*id),
        NodeKind::Interprocess(id) => ExprForm::Interprocess(*id),
        NodeKind::NumExpr { code, general } => ExprForm::NumExpr(code, general),
        NodeKind::NumCompare {
            op,
            left,
            right,
            general,
        } => ExprForm::NumCompare(*op, left, right, general),
        NodeKind::Builtin { builtin, args } => ExprForm::Builtin(*builtin, args),
        NodeKind::CharAt { text, index } if let Some(slot) = local_char(text, index) => {
            ExprForm::LocalChar { slot, index }
        }
        NodeKind::Index { object, index } if let NodeKind::Local(slot) = object.kind => {
            match index.kind {
                NodeKind::Local(index_slot) => ExprForm::ItemInPlace {
                    slot,
                    index_slot,
                    at: object.span,
                    index_span: index.span,
                },
                _ => ExprForm::IndexLocal {
                    slot,
                    index,
                    at: object.span,
                },
            }
        }
        NodeKind::Member { object, key } if let NodeKind::Local(slot) = object.kind => {
            ExprForm::MemberInPlace { slot, key }
        }
        NodeKind::MemberCall {
            object,
            name,
            member,
            args,
        } => ExprForm::MemberCall {
            object,
            name,
            member: *member,
            args,
        },
        NodeKind::Method { method, args } => ExprForm::Method(*method, args),
        _ => ExprForm::Walked,
    }
}

/// `$t[[index]]` on a local whose index reads nothing but locals and
/// numbers: the local's slot. Evaluating such an index twice is harmless, so
/// the closure may hand the node to the tree walker when it is not plain.
fn local_char(text: &Node, index: &Node) -> Option<u32> {
    let NodeKind::Local(s) = text.kind else {
        return None;
    };
    matches!(
        index.kind,
        NodeKind::Local(_) | NodeKind::Const(_) | NodeKind::LocalNum(..) | NodeKind::NumExpr { .. }
    )
    .then_some(s)
}

/// How an operand is evaluated: a local, `$local op number` or a constant
/// in place by the closure that uses it; anything else through its own
/// closure.
pub(crate) enum OperandForm<'a> {
    Local(u32, Span),
    LocalNum(BinOp, u32, f64, Span),
    Const(&'a Value),
    Closure(&'a Node),
}

pub(crate) fn operand_form(n: &Node) -> OperandForm<'_> {
    match &n.kind {
        NodeKind::Local(s) => OperandForm::Local(*s, n.span),
        NodeKind::LocalNum(op, s, k) => OperandForm::LocalNum(*op, *s, *k, n.span),
        NodeKind::Const(v) => OperandForm::Const(v),
        _ => OperandForm::Closure(n),
    }
}

/// How a condition is decided: `$n<2` and pure arithmetic comparisons in
/// the statement's own closure, without making a Boolean value.
pub(crate) enum CondForm<'a> {
    LocalCompare(BinOp, u32, f64),
    NumCompare(BinOp, &'a NumCode, &'a NumCode, &'a Node),
    Any(&'a Node),
}

pub(crate) fn cond_form(n: &Node) -> CondForm<'_> {
    match &n.kind {
        NodeKind::LocalNum(op, s, k) if compare(*op, 0.0, 0.0, 0.0).is_some() => {
            CondForm::LocalCompare(*op, *s, *k)
        }
        NodeKind::NumCompare {
            op,
            left,
            right,
            general,
        } => CondForm::NumCompare(*op, left, right, general),
        _ => CondForm::Any(n),
    }
}
