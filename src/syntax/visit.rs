//! Walking the syntax tree: every expression and statement, in source order.
//! Used by the checker; depth is bounded by the parser's limits.

use super::ast::*;

/// Calls `f` on `expr` and every expression inside it, outer first.
pub fn each_expr<'a>(expr: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    f(expr);
    match &expr.kind {
        ExprKind::ParamIndirect(e)
        | ExprKind::Neg(e)
        | ExprKind::AddressOf(e)
        | ExprKind::Deref(e)
        | ExprKind::Try(e) => each_expr(e, f),
        ExprKind::Command { args, .. }
        | ExprKind::Method { args, .. }
        | ExprKind::Unavailable { args, .. }
        | ExprKind::UnknownCall { args, .. }
        | ExprKind::Collection(args) => args.iter().for_each(|a| each_expr(a, f)),
        ExprKind::Chain { first, rest } => {
            each_expr(first, f);
            rest.iter().for_each(|(_, _, e)| each_expr(e, f));
        }
        ExprKind::Member { object, .. } => each_expr(object, f),
        ExprKind::CallValue { callee, args } => {
            each_expr(callee, f);
            args.iter().for_each(|a| each_expr(a, f));
        }
        ExprKind::MemberCall { object, args, .. } => {
            each_expr(object, f);
            args.iter().for_each(|a| each_expr(a, f));
        }
        ExprKind::Index {
            object: a,
            index: b,
        }
        | ExprKind::Element { array: a, index: b }
        | ExprKind::CharAt { text: a, index: b } => {
            each_expr(a, f);
            each_expr(b, f);
        }
        ExprKind::Ternary {
            cond,
            then,
            otherwise,
        } => {
            each_expr(cond, f);
            each_expr(then, f);
            each_expr(otherwise, f);
        }
        ExprKind::Object(pairs) => pairs.iter().for_each(|(_, _, e)| each_expr(e, f)),
        ExprKind::Assign { target, value, .. } => {
            each_expr(target, f);
            each_expr(value, f);
        }
        _ => {}
    }
}

/// Calls `f` on each expression that belongs to a statement itself (not to
/// nested blocks), in source order, without collecting them.
pub fn each_stmt_expr<'a>(stmt: &'a Stmt, f: &mut impl FnMut(&'a Expr)) {
    match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => f(e),
        StmtKind::Assign { target, value } | StmtKind::CompoundAssign { target, value, .. } => {
            f(target);
            f(value);
        }
        StmtKind::Var { init: Some(e), .. } => f(e),
        StmtKind::If { cond, .. }
        | StmtKind::While { cond, .. }
        | StmtKind::Repeat { cond, .. } => f(cond),
        StmtKind::Case { branches, .. } => branches.iter().for_each(|(c, _)| f(c)),
        StmtKind::For {
            counter,
            start,
            end,
            step,
            ..
        } => {
            f(counter);
            f(start);
            f(end);
            step.iter().for_each(f);
        }
        StmtKind::ForEach {
            item,
            source,
            begin,
            end,
            guard,
            ..
        } => {
            f(item);
            f(source);
            begin.iter().for_each(&mut *f);
            end.iter().for_each(&mut *f);
            guard.iter().for_each(|g| f(&g.cond));
        }
        StmtKind::Use { target, .. } => f(target),
        _ => {}
    }
}

/// The expressions that belong to a statement itself (not to nested blocks),
/// collected: [`each_stmt_expr`]'s order.
pub fn stmt_exprs(stmt: &Stmt) -> Vec<&Expr> {
    let mut v = Vec::new();
    each_stmt_expr(stmt, &mut |e| v.push(e));
    v
}

/// Calls `f` on each block nested directly in a statement, in source order,
/// with whether it is a loop body.
pub fn each_stmt_block<'a>(stmt: &'a Stmt, f: &mut impl FnMut(&'a Block, bool)) {
    match &stmt.kind {
        StmtKind::If {
            then, otherwise, ..
        } => {
            f(then, false);
            otherwise.iter().for_each(|b| f(b, false));
        }
        StmtKind::Case {
            branches,
            otherwise,
            ..
        } => {
            branches.iter().for_each(|(_, b)| f(b, false));
            otherwise.iter().for_each(|b| f(b, false));
        }
        StmtKind::While { body, .. }
        | StmtKind::Repeat { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::ForEach { body, .. } => f(body, true),
        StmtKind::Use { body, .. } => f(body, false),
        StmtKind::Try { body, catch } => {
            f(body, false);
            f(catch, false);
        }
        _ => {}
    }
}

/// Calls `f` on every statement of a block and of its nested blocks, with
/// whether the statement lies inside a loop.
pub fn each_stmt<'a>(block: &'a Block, in_loop: bool, f: &mut impl FnMut(&'a Stmt, bool)) {
    for stmt in block {
        f(stmt, in_loop);
        each_stmt_block(stmt, &mut |inner, is_loop| {
            each_stmt(inner, in_loop || is_loop, &mut *f)
        });
    }
}
