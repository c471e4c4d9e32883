//! Chains of binary operators: pure arithmetic compiled to numeric programs
//! (`numeric.rs`), with the ordinary nodes kept for when a step is not
//! plain; everything else as ordinary nodes.

use super::Compiler;
use crate::eval::ir::{Node, NodeKind};
use crate::eval::numeric::{NumCode, NumOp, is_comparison, is_num_op};
use crate::eval::value::Value;
use crate::source::Span;
use crate::syntax::ast::{self, BinOp, ExprKind};

impl Compiler<'_, '_> {
    /// A chain of binary operators: pure arithmetic as a numeric program (or
    /// a comparison of two), with the ordinary nodes kept for when a step is
    /// not plain; else ordinary nodes. `$x op number` stays one `LocalNum`.
    pub(super) fn numeric_chain(
        &mut self,
        e: &ast::Expr,
        first: &ast::Expr,
        rest: &[(BinOp, Span, ast::Expr)],
        span: Span,
    ) -> NodeKind {
        if is_local_num(first, rest) {
            return self.chain(first, rest);
        }
        let general = |c: &mut Self| {
            Box::new(Node {
                kind: c.chain(first, rest),
                span,
            })
        };
        if let Some(code) = self.num_code(e) {
            return NodeKind::NumExpr {
                code,
                general: general(self),
            };
        }
        let op = rest[rest.len() - 1].0;
        if is_comparison(op)
            && let Some((left, right)) = self.comparison_trees(first, rest)
        {
            return NodeKind::NumCompare {
                op,
                left,
                right,
                general: general(self),
            };
        }
        self.chain(first, rest)
    }

    /// A chain of binary operators as ordinary nodes.
    fn chain(&mut self, first: &ast::Expr, rest: &[(BinOp, Span, ast::Expr)]) -> NodeKind {
        let first = self.expr(first);
        if rest.len() == 1 {
            let (op, _, rhs) = &rest[0];
            let rhs = self.expr(rhs);
            match (&first.kind, &rhs.kind) {
                (NodeKind::Local(s), NodeKind::Const(Value::Real(k)))
                    if !matches!(op, BinOp::And | BinOp::Or) =>
                {
                    NodeKind::LocalNum(*op, *s, *k)
                }
                _ => NodeKind::Binary(*op, Box::new(first), Box::new(rhs)),
            }
        } else {
            let rest = rest
                .iter()
                .map(|(op, _, e)| {
                    let rhs = self.expr(e);
                    (*op, rhs.span, rhs)
                })
                .collect();
            NodeKind::Chain(Box::new(first), rest)
        }
    }

    /// A numeric program for an expression, if it is pure arithmetic:
    /// numbers, locals and `+ - * / %` only (locals are looked up, not created).
    fn num_code(&mut self, e: &ast::Expr) -> Option<NumCode> {
        let mut steps = Vec::new();
        self.num_steps(e, &mut steps)?;
        NumCode::new(steps)
    }

    fn num_steps(&mut self, e: &ast::Expr, out: &mut Vec<NumOp>) -> Option<()> {
        match &e.kind {
            ExprKind::Number(n) => out.push(NumOp::Num(*n)),
            ExprKind::Local(n) => {
                out.push(NumOp::Local(*self.scope.locals.get(&n.to_lowercase())?))
            }
            ExprKind::Param(n) if *n >= 1 && *n <= self.scope.layout.reserved => {
                out.push(NumOp::Local(n - 1))
            }
            ExprKind::Chain { first, rest } if rest.iter().all(|(op, _, _)| is_num_op(*op)) => {
                self.num_steps(first, out)?;
                for (op, _, rhs) in rest {
                    self.num_steps(rhs, out)?;
                    out.push(NumOp::Op(*op));
                }
            }
            _ => return None,
        }
        Some(())
    }

    /// The two sides of `a … op b` where `op` is the last, a comparison, and
    /// both sides are pure arithmetic.
    fn comparison_trees(
        &mut self,
        first: &ast::Expr,
        rest: &[(BinOp, Span, ast::Expr)],
    ) -> Option<(NumCode, NumCode)> {
        let (last, init) = rest.split_last()?;
        if !init.iter().all(|(op, _, _)| is_num_op(*op)) {
            return None;
        }
        let mut steps = Vec::new();
        self.num_steps(first, &mut steps)?;
        for (op, _, rhs) in init {
            self.num_steps(rhs, &mut steps)?;
            steps.push(NumOp::Op(*op));
        }
        let left = NumCode::new(steps)?;
        Some((left, self.num_code(&last.2)?))
    }
}

/// `$x op number`: one `LocalNum` node is best.
pub(super) fn is_local_num(first: &ast::Expr, rest: &[(BinOp, Span, ast::Expr)]) -> bool {
    rest.len() == 1
        && matches!(first.kind, ExprKind::Local(_) | ExprKind::Param(_))
        && matches!(rest[0].2.kind, ExprKind::Number(_))
}
