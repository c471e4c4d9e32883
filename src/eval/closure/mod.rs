//! The compiled form of a method: each statement and expression of its tree
//! (`ir`) becomes a Rust closure, made once, the first time the method runs.
//!
//! Why: the tree walker (`exec`, `expr`) decides at every step which kind of
//! node it holds and which of its fast paths applies; a closure is made for
//! one kind of node, with its operator, slot and constants already chosen,
//! and cheap operands and conditions are evaluated inside the closure that
//! uses them. That took a fifth of the instructions off a call of fib, and
//! a quarter to a third off the loops of sieve and strings
//! (`scripts/bench-core.sh`).
//!
//! The closures cover the nodes that carry the hot paths: locals, process
//! variables, numbers, operators and chains of them, method calls, built-in
//! commands, member calls, `$c[$i]`, `$o.key`, `$t[[$i]]`, and the
//! statements `If`, `Case`, `While`, `Repeat`, `For`, `For each`, `Try`,
//! `Use`, `return`, `break`, `continue`. Any other node keeps its tree and is handed to the
//! tree walker, which is the reference: both call the same helpers for what
//! a node means (reading and assigning a local, an operator on two values, a
//! condition's value, a loop, a call), so they agree by construction. Two
//! tests hold them to it: the golden tests run both ways (`--tree-walk`
//! turns this form off), and `fourd-fuzz` runs every input both ways.
//!
//! Which form each node gets is decided in `form.rs`, which the dump of the
//! compiled form (`eval/dump.rs`, `fourd ast --compiled`) reads too.

pub(crate) mod form;

use super::interp::Interp;
use super::ir::{Node, Stmt};
use super::numeric::{NumCode, compare};
use super::rt_error::{Flow, Unwind};
use super::value::{Value, char_text};
use crate::source::Span;
use crate::syntax::ast::BinOp;
use form::{
    CondForm, ExprForm, OperandForm, StmtForm, cond_form, expr_form, operand_form, stmt_form,
};

type ExprFn = Box<dyn Fn(&mut Interp) -> Result<Value, Unwind>>;
type StmtFn = Box<dyn Fn(&mut Interp) -> Result<Flow, Unwind>>;

/// A compiled block of statements.
pub struct Block {
    stmts: Box<[StmtFn]>,
}

impl std::fmt::Debug for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "compiled block of {} statements", self.stmts.len())
    }
}

impl Block {
    /// Compiles a block of the tree.
    pub fn new(stmts: &[Stmt]) -> Block {
        Block {
            stmts: stmts.iter().map(stmt).collect(),
        }
    }

    /// Runs the block as [`Interp::exec_block`] does: an error raised by one
    /// of its statements is handled here (a handler lets the block go on).
    pub(crate) fn run(&self, it: &mut Interp) -> Result<Flow, Unwind> {
        for s in self.stmts.iter() {
            match s(it) {
                Ok(Flow::Next) => {}
                Ok(flow) => return Ok(flow),
                Err(Unwind::Error(e)) => it.handle_error(e)?,
                Err(other) => return Err(other),
            }
        }
        Ok(Flow::Next)
    }
}

/// Runs a loop body and says whether the loop goes on (`None`) or how the
/// statement ends.
#[inline]
fn loop_step(body: &Block, it: &mut Interp) -> Result<Option<Flow>, Unwind> {
    Ok(match body.run(it)? {
        Flow::Break => Some(Flow::Next),
        Flow::Return => Some(Flow::Return),
        Flow::Next | Flow::Continue => None,
    })
}

fn stmt(s: &Stmt) -> StmtFn {
    let span = s.span;
    match stmt_form(s) {
        StmtForm::Expr(e) => {
            let e = expr(e);
            Box::new(move |it| {
                it.tick(span)?;
                e(it)?;
                Ok(Flow::Next)
            })
        }
        StmtForm::AssignLocal { slot, at, value } => {
            let value = expr(value);
            Box::new(move |it| {
                it.tick(span)?;
                let v = value(it)?;
                it.assign_local(slot, v, at)?;
                Ok(Flow::Next)
            })
        }
        StmtForm::AssignItem {
            slot,
            index,
            index_slot,
            target,
            value,
        } => {
            // `$c[$i]:=v`: the index is evaluated after the value, as the
            // tree walker does.
            let value = expr(value);
            let (index, target) = (expr(index), target.clone());
            Box::new(move |it| {
                it.tick(span)?;
                let v = value(it)?;
                let i = match index_slot {
                    // A local index holding a number is read in place.
                    Some(is) if let Value::Real(x) = it.stack[it.base + is as usize].value => {
                        Value::Real(x)
                    }
                    _ => index(it)?,
                };
                it.assign_in_local(slot, i, v, &target)?;
                Ok(Flow::Next)
            })
        }
        StmtForm::Assign { target, value } => {
            let (value, target) = (expr(value), target.clone());
            Box::new(move |it| {
                it.tick(span)?;
                let v = value(it)?;
                it.assign(&target, v)?;
                Ok(Flow::Next)
            })
        }
        StmtForm::Append { slot, piece } => {
            let piece = expr(piece);
            Box::new(move |it| {
                it.tick(span)?;
                let tail = piece(it)?;
                it.append_value(slot, tail, span)?;
                Ok(Flow::Next)
            })
        }
        StmtForm::AppendChain { slot, pieces } => {
            let pieces: Box<[_]> = pieces.iter().map(expr).collect();
            Box::new(move |it| {
                it.tick(span)?;
                let mut tails = smallvec::SmallVec::<[Value; 4]>::new();
                for piece in pieces.iter() {
                    tails.push(piece(it)?);
                }
                it.append_values(slot, tails, span)?;
                Ok(Flow::Next)
            })
        }
        StmtForm::If(c, then, otherwise) => {
            let (c, then, otherwise) = (Cond::new(c), Block::new(then), Block::new(otherwise));
            Box::new(move |it| {
                it.tick(span)?;
                if c.test(it)? {
                    then.run(it)
                } else {
                    otherwise.run(it)
                }
            })
        }
        StmtForm::Case(branches, otherwise) => {
            let branches: Box<[(Cond, Block)]> = branches
                .iter()
                .map(|(c, body)| (Cond::new(c), Block::new(body)))
                .collect();
            let otherwise = Block::new(otherwise);
            Box::new(move |it| {
                it.tick(span)?;
                for (c, body) in branches.iter() {
                    if c.test(it)? {
                        return body.run(it);
                    }
                }
                otherwise.run(it)
            })
        }
        StmtForm::While(c, body) => {
            let (c, body) = (Cond::new(c), Block::new(body));
            Box::new(move |it| {
                it.tick(span)?;
                while c.test(it)? {
                    it.tick(span)?;
                    if let Some(flow) = loop_step(&body, it)? {
                        return Ok(flow);
                    }
                }
                Ok(Flow::Next)
            })
        }
        StmtForm::Repeat(body, c) => {
            let (body, c) = (Block::new(body), Cond::new(c));
            Box::new(move |it| {
                it.tick(span)?;
                loop {
                    it.tick(span)?;
                    if let Some(flow) = loop_step(&body, it)? {
                        return Ok(flow);
                    }
                    if c.test(it)? {
                        return Ok(Flow::Next);
                    }
                }
            })
        }
        StmtForm::ForLocal {
            slot,
            at,
            start,
            end,
            step,
            body,
        } => {
            let bounds = (start.span, end.span, step.map(|s| s.span));
            let (start, end) = (expr(start), expr(end));
            let step = step.map(expr);
            let body = Block::new(body);
            Box::new(move |it| {
                it.tick(span)?;
                let first = start(it)?;
                let first = it.for_bound(first, bounds.0)?;
                let last = end(it)?;
                let last = it.for_bound(last, bounds.1)?;
                let step = match (&step, bounds.2) {
                    (Some(s), Some(s_span)) => {
                        let v = s(it)?;
                        it.for_bound(v, s_span)?
                    }
                    _ => 1.0,
                };
                let index = it.base + slot as usize;
                it.store_local(index, Value::Real(first), at)?;
                it.exec_for_local(index, last, step, |it| body.run(it), at, span)
            })
        }
        StmtForm::ForEach {
            item,
            source,
            begin,
            end,
            guard,
            body,
        } => {
            let (item, source) = (item.clone(), source.clone());
            let (begin, end, guard) = (begin.cloned(), end.cloned(), guard.cloned());
            let body = Block::new(body);
            Box::new(move |it| {
                it.tick(span)?;
                it.exec_for_each(
                    &item,
                    &source,
                    begin.as_ref(),
                    end.as_ref(),
                    guard.as_ref(),
                    |it| body.run(it),
                    span,
                )
            })
        }
        StmtForm::Use(target, body) => {
            let (target, body) = (expr(target), Block::new(body));
            Box::new(move |it| {
                it.tick(span)?;
                target(it)?;
                it.exec_use(|it| body.run(it))
            })
        }
        StmtForm::Try(body, catch) => {
            let (body, catch) = (Block::new(body), Block::new(catch));
            Box::new(move |it| {
                it.tick(span)?;
                it.exec_try(|it| body.run(it), |it| catch.run(it), span)
            })
        }
        StmtForm::Return(Some(e)) => {
            let at = e.span;
            let e = expr(e);
            Box::new(move |it| {
                it.tick(span)?;
                let v = e(it)?;
                it.set_result(v, at)?;
                Ok(Flow::Return)
            })
        }
        StmtForm::Return(None) => Box::new(move |it| {
            it.tick(span)?;
            Ok(Flow::Return)
        }),
        StmtForm::Break => Box::new(move |it| {
            it.tick(span)?;
            Ok(Flow::Break)
        }),
        StmtForm::Continue => Box::new(move |it| {
            it.tick(span)?;
            Ok(Flow::Continue)
        }),
        StmtForm::Walked => {
            let s = s.clone();
            Box::new(move |it| it.exec_stmt(&s))
        }
    }
}

fn expr(n: &Node) -> ExprFn {
    let span = n.span;
    match expr_form(n) {
        ExprForm::Const(v) => {
            let v = v.clone();
            Box::new(move |_| Ok(v.clone()))
        }
        ExprForm::Local(s) => Box::new(move |it| it.read_local(s, span)),
        ExprForm::LocalNum(op, s, k) => Box::new(move |it| it.local_num(op, s, k, span)),
        ExprForm::LocalCharCompare {
            eq,
            slot,
            index,
            text,
        } => {
            let k = text.clone();
            on_local_char(slot, index, n, move |c| {
                Value::Bool(crate::conv::text_eq(c, k.as_str()) == eq)
            })
        }
        ExprForm::And(a, b) => {
            let (a, b) = (Operand::new(a), Operand::new(b));
            Box::new(move |it| {
                let left = a.eval(it)?;
                if left.truthy() { b.eval(it) } else { Ok(left) }
            })
        }
        ExprForm::Or(a, b) => {
            let (a, b) = (Operand::new(a), Operand::new(b));
            Box::new(move |it| {
                let left = a.eval(it)?;
                if left.truthy() { Ok(left) } else { b.eval(it) }
            })
        }
        ExprForm::Binary(op, a, b) => {
            let (a, b) = (Operand::new(a), Operand::new(b));
            Box::new(move |it| {
                let left = a.eval(it)?;
                let right = b.eval(it)?;
                it.binary_values(op, left, right, span)
            })
        }
        ExprForm::Chain(first, rest) => {
            let (at, first) = (first.span, Operand::new(first));
            let rest: Box<[(BinOp, Span, Operand)]> = rest
                .iter()
                .map(|(op, s, rhs)| (*op, *s, Operand::new(rhs)))
                .collect();
            Box::new(move |it| {
                let acc = first.eval(it)?;
                it.chain(acc, &rest, at, |it, rhs| rhs.eval(it))
            })
        }
        ExprForm::Neg(x) => {
            let x = Operand::new(x);
            Box::new(move |it| {
                let v = x.eval(it)?;
                it.negate(v, span)
            })
        }
        ExprForm::Process(id) => Box::new(move |it| it.read_global(false, id, span)),
        ExprForm::Interprocess(id) => Box::new(move |it| it.read_global(true, id, span)),
        ExprForm::NumExpr(code, general) => {
            let (code, general) = (code.clone(), expr(general));
            Box::new(move |it| match it.num_run(&code) {
                Some(x) => Ok(Value::Real(x)),
                None => general(it),
            })
        }
        ExprForm::NumCompare(op, left, right, general) => {
            let (left, right, general) = (left.clone(), right.clone(), expr(general));
            Box::new(move |it| match it.num_compare(op, &left, &right) {
                Some(b) => Ok(Value::Bool(b)),
                None => general(it),
            })
        }
        ExprForm::Builtin(b, args) => {
            let nodes: Box<[Node]> = args.into();
            let values: Box<[ExprFn]> = args.iter().map(expr).collect();
            Box::new(move |it| it.call_builtin_with(b, &nodes, span, |it, i| values[i](it)))
        }
        ExprForm::LocalChar { slot, index } => on_local_char(slot, index, n, char_text),
        ExprForm::ItemInPlace {
            slot,
            index_slot,
            at,
            index_span,
        } => Box::new(move |it| {
            if let Some(v) = it.item_in_place(slot, index_slot) {
                return Ok(v);
            }
            let i = it.read_local(index_slot, index_span)?;
            it.index_in_local(slot, i, at, span)
        }),
        ExprForm::IndexLocal { slot, index, at } => {
            let index = expr(index);
            Box::new(move |it| {
                let i = index(it)?;
                it.index_in_local(slot, i, at, span)
            })
        }
        ExprForm::MemberInPlace { slot, key } => {
            let (key, general) = (key.clone(), n.clone());
            Box::new(move |it| match it.member_in_place(slot, &key) {
                Some(v) => Ok(v),
                // Not an object: the tree walker reads the local again.
                None => it.eval(&general),
            })
        }
        ExprForm::MemberCall {
            object,
            name,
            member,
            args,
        } => {
            let (object, name) = (expr(object), name.clone());
            let args: Box<[ExprFn]> = args.iter().map(expr).collect();
            Box::new(move |it| {
                let obj = object(it)?;
                it.call_member_with(obj, &name, member, &args, span, |it, a| a(it))
            })
        }
        ExprForm::Method(m, args) => {
            let args = args.iter().map(Operand::new).collect::<Box<[_]>>();
            Box::new(move |it| it.call_method_with(m, &args, span, |it, a| a.eval(it)))
        }
        ExprForm::Walked => {
            let n = n.clone();
            Box::new(move |it| it.eval(&n))
        }
    }
}

/// `$t[[index]]` on local `s` (see `form::local_char`), then `then` on the
/// character, read where it lies. When the local holds no text or the index
/// is no number, the tree walker evaluates the whole node `n` and says why.
fn on_local_char(s: u32, index: &Node, n: &Node, then: impl Fn(&str) -> Value + 'static) -> ExprFn {
    let (index, general) = (expr(index), n.clone());
    Box::new(move |it| {
        if !it.holds_text(s) {
            return it.eval(&general);
        }
        let i = index(it)?;
        match it.local_char(s, &i) {
            Some(c) => Ok(then(c)),
            None => it.eval(&general),
        }
    })
}

/// A condition. `$n<2` and pure arithmetic comparisons are decided in the
/// statement's own closure, without making a Boolean value (and without a
/// call through a closure).
enum Cond {
    LocalCompare(BinOp, u32, f64, Span),
    NumCompare(BinOp, NumCode, NumCode, ExprFn, Span),
    Any(ExprFn, Span),
}

impl Cond {
    fn new(n: &Node) -> Cond {
        let span = n.span;
        match cond_form(n) {
            CondForm::LocalCompare(op, s, k) => Cond::LocalCompare(op, s, k, span),
            CondForm::NumCompare(op, left, right, general) => {
                Cond::NumCompare(op, left.clone(), right.clone(), expr(general), span)
            }
            CondForm::Any(n) => Cond::Any(expr(n), span),
        }
    }

    #[inline(always)]
    fn test(&self, it: &mut Interp) -> Result<bool, Unwind> {
        match self {
            Cond::LocalCompare(op, s, k, span) => {
                if let Value::Real(x) = it.stack[it.base + *s as usize].value
                    && let Some(b) = compare(*op, x, *k, it.epsilon)
                {
                    return Ok(b);
                }
                let v = it.local_num(*op, *s, *k, *span)?;
                it.condition_value(v, *span)
            }
            Cond::NumCompare(op, left, right, general, span) => {
                match it.num_compare(*op, left, right) {
                    Some(b) => Ok(b),
                    None => {
                        let v = general(it)?;
                        it.condition_value(v, *span)
                    }
                }
            }
            Cond::Any(e, span) => {
                let v = e(it)?;
                it.condition_value(v, *span)
            }
        }
    }
}

/// An operand: a local, `$local op number` or a constant is evaluated in
/// place by the closure that uses it; anything else through its own closure.
enum Operand {
    Local(u32, Span),
    LocalNum(BinOp, u32, f64, Span),
    Const(Value),
    Any(ExprFn),
}

impl Operand {
    fn new(n: &Node) -> Operand {
        match operand_form(n) {
            OperandForm::Local(s, span) => Operand::Local(s, span),
            OperandForm::LocalNum(op, s, k, span) => Operand::LocalNum(op, s, k, span),
            OperandForm::Const(v) => Operand::Const(v.clone()),
            OperandForm::Closure(n) => Operand::Any(expr(n)),
        }
    }

    #[inline(always)]
    fn eval(&self, it: &mut Interp) -> Result<Value, Unwind> {
        match self {
            Operand::Local(s, span) => it.read_local(*s, *span),
            Operand::LocalNum(op, s, k, span) => it.local_num(*op, *s, *k, *span),
            Operand::Const(v) => Ok(v.clone()),
            Operand::Any(e) => e(it),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::parse_unit;
    use crate::eval::Value;
    use crate::eval::native::{BResult, Call, CommandRow, Natives};
    use crate::eval::{Interp, Output, Program};
    use crate::project::{Unit, UnitKind};
    use crate::session::{Directory, Session, SessionOptions};
    use crate::source::SourceFile;
    use std::cell::RefCell;
    use std::io::Write;
    use std::rc::Rc;

    /// The two commands the test calls, declared here: the interpreter needs
    /// no built-ins but the rows it is handed.
    fn natives() -> &'static Natives {
        fn alert(it: &mut Interp, c: &mut Call) -> BResult {
            let _ = writeln!(it.out.stdout, "{}", c.text(0));
            Ok(Value::Undefined)
        }
        fn string(_: &mut Interp, c: &mut Call) -> BResult {
            Ok(Value::text(crate::eval::display::to_text(c.value(0))))
        }
        static ROWS: &[CommandRow] = &[
            CommandRow {
                name: "ALERT",
                number: 41,
                on_server: true,
                signature: "message: Text",
                summary: "",
                pure: false,
                run: alert,
            },
            CommandRow {
                name: "String",
                number: 10,
                on_server: true,
                signature: "value: Any -> Text",
                summary: "",
                pure: true,
                run: string,
            },
        ];
        static NATIVES: Natives = Natives::new(ROWS, &[]);
        &NATIVES
    }

    /// What the run printed, shared with the interpreter's output.
    #[derive(Clone, Default)]
    struct Printed(Rc<RefCell<Vec<u8>>>);

    impl std::io::Write for Printed {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Runs `main` (with a method `twice`) and says whether each method was
    /// compiled, and what `main` printed.
    fn run(tree_walk: bool) -> (bool, bool, String) {
        let names = crate::names::NameTable::with_methods(["main", "twice"]);
        let unit = |name: &str, text: &str| {
            let unit = Unit {
                kind: UnitKind::Method,
                name: name.to_string(),
                source: SourceFile::new(format!("{name}.4dm"), text.to_string()),
            };
            parse_unit(&unit, &names)
        };
        let main = unit(
            "main",
            "var $i; $n : Integer\nFor ($i; 1; 3)\n\t$n:=$n+twice($i)\nEnd for\nALERT(String($n))\n",
        );
        let twice = unit(
            "twice",
            "#DECLARE($x : Integer) -> $r : Integer\n$r:=$x*2\n",
        );
        let program = Program::build(natives(), &["main", "twice"], &[main, twice]);
        let methods: Vec<_> = program.methods.iter().flatten().cloned().collect();
        let printed = Printed::default();
        let out = Output {
            stdout: Box::new(printed.clone()),
            stderr: Box::new(std::io::sink()),
        };
        let session = Session::start(&SessionOptions::default(), Directory::built_ins())
            .expect("a built-in session")
            .0;
        let mut it = Interp::new(program, session, out);
        it.tree_walk = tree_walk;
        it.run_method(methods[0].clone(), Vec::new())
            .expect("main runs");
        let printed = String::from_utf8_lossy(&printed.0.borrow()).into_owned();
        (methods[0].is_compiled(), methods[1].is_compiled(), printed)
    }

    #[test]
    fn methods_are_compiled_when_they_first_run_unless_walking_trees() {
        assert_eq!(run(false), (true, true, "12\n".to_string()));
        assert_eq!(run(true), (false, false, "12\n".to_string()));
    }
}
