//! The compiled form as text (`fourd ast --compiled FILE`): for every
//! statement and expression, the form ("specialisation") the closure
//! compiler gives it — read from the same choices (`closure::form`) the
//! compiler makes, so the dump is what runs. Golden dumps of the fast paths
//! (`tests/golden-compiled/`) make a change of specialisation show in review,
//! as starlark's bytecode dumps do.
//!
//! One line per compiled item, nested by indentation; a statement starts
//! with its line number. `inline` marks an operand evaluated inside the
//! closure that uses it; `walked` marks what the tree walker runs.

use super::closure::form::{
    CondForm, ExprForm, OperandForm, StmtForm, cond_form, expr_form, operand_form, stmt_form,
};
use super::ir::{FrameLayout, MethodIr, Node, NodeKind, ResultSlot, Stmt, StmtKind};
use super::native::ArgMode;
use super::numeric::{NumCode, NumOp};
use super::program::Program;
use super::value::Value;
use crate::conv;
use crate::source::Source;
use std::fmt::Write as _;

/// The compiled form of one method of `program`.
pub fn compiled_form(program: &Program, method: &MethodIr) -> String {
    let mut d = Dump {
        program,
        frame: &method.frame,
        file: &method.file,
        out: String::new(),
        depth: 0,
    };
    d.header(method);
    d.depth = 1;
    d.block(&method.body);
    d.out
}

struct Dump<'a> {
    program: &'a Program,
    frame: &'a FrameLayout,
    file: &'a Source,
    out: String,
    depth: usize,
}

impl Dump<'_> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A line, then `nested` one level deeper.
    fn nest(&mut self, text: &str, nested: impl FnOnce(&mut Self)) {
        self.line(text);
        self.depth += 1;
        nested(self);
        self.depth -= 1;
    }

    fn header(&mut self, m: &MethodIr) {
        let params: Vec<String> = (0..m.frame.reserved as usize)
            .map(|i| self.slot(i as u32))
            .collect();
        let result = match m.frame.result {
            ResultSlot::None => String::new(),
            ResultSlot::Slot(s) => format!(" -> {}", self.slot(s)),
            ResultSlot::Typed(ty) => format!(" -> {}", ty.name()),
        };
        let slots = m.frame.slots;
        let text = format!(
            "method {}({}){result} · {slots} slot{}",
            m.name,
            params.join("; "),
            if slots == 1 { "" } else { "s" }
        );
        self.line(&text);
    }

    fn slot(&self, s: u32) -> String {
        self.frame
            .names
            .get(s as usize)
            .map_or_else(|| format!("${s}?"), |n| n.to_string())
    }

    fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    /// A labelled block, when it has statements.
    fn labelled_block(&mut self, label: &str, stmts: &[Stmt]) {
        if !stmts.is_empty() {
            self.nest(label, |d| d.block(stmts));
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let at = self.file.line_col(s.span.start).0;
        let line = |what: String| format!("{at} {what}");
        match stmt_form(s) {
            StmtForm::Expr(e) => self.nest(&line("Expr".into()), |d| d.expr(e)),
            StmtForm::AssignLocal { slot, value, .. } => {
                let text = line(format!("AssignLocal {}", self.slot(slot)));
                self.nest(&text, |d| d.expr(value));
            }
            StmtForm::AssignItem {
                slot,
                index,
                index_slot,
                value,
                ..
            } => {
                let text = line(format!("AssignItem {}[…]", self.slot(slot)));
                self.nest(&text, |d| {
                    d.expr(value);
                    match index_slot {
                        Some(is) => d.line(&format!("index inline Local {}", d.slot(is))),
                        None => d.nest("index", |d| d.expr(index)),
                    }
                });
            }
            StmtForm::Assign { value, .. } => {
                self.nest(&line("Assign (target walked)".into()), |d| d.expr(value))
            }
            StmtForm::Append { slot, piece } => {
                let text = line(format!("Append {}", self.slot(slot)));
                self.nest(&text, |d| d.expr(piece));
            }
            StmtForm::AppendChain { slot, pieces } => {
                let text = line(format!("AppendChain {}", self.slot(slot)));
                self.nest(&text, |d| pieces.iter().for_each(|p| d.expr(p)));
            }
            StmtForm::If(c, then, otherwise) => self.nest(&line("If".into()), |d| {
                d.cond(c);
                d.labelled_block("then", then);
                d.labelled_block("else", otherwise);
            }),
            StmtForm::Case(branches, otherwise) => self.nest(&line("Case".into()), |d| {
                for (c, body) in branches {
                    d.cond(c);
                    d.labelled_block("then", body);
                }
                d.labelled_block("else", otherwise);
            }),
            StmtForm::While(c, body) => self.nest(&line("While".into()), |d| {
                d.cond(c);
                d.labelled_block("do", body);
            }),
            StmtForm::Repeat(body, c) => self.nest(&line("Repeat".into()), |d| {
                d.labelled_block("do", body);
                d.cond(c);
            }),
            StmtForm::ForLocal {
                slot,
                start,
                end,
                step,
                body,
                ..
            } => {
                let text = line(format!("ForLocal {}", self.slot(slot)));
                self.nest(&text, |d| {
                    d.expr(start);
                    d.expr(end);
                    if let Some(step) = step {
                        d.expr(step);
                    }
                    d.labelled_block("do", body);
                });
            }
            StmtForm::ForEach { body, .. } => {
                let text = line("ForEach (item, source, bounds walked)".into());
                self.nest(&text, |d| d.labelled_block("do", body));
            }
            StmtForm::Use(target, body) => self.nest(&line("Use".into()), |d| {
                d.expr(target);
                d.labelled_block("do", body);
            }),
            StmtForm::Try(body, catch) => self.nest(&line("Try".into()), |d| {
                d.labelled_block("do", body);
                d.labelled_block("catch", catch);
            }),
            StmtForm::Return(Some(e)) => self.nest(&line("Return".into()), |d| d.expr(e)),
            StmtForm::Return(None) => self.line(&line("Return".into())),
            StmtForm::Break => self.line(&line("Break".into())),
            StmtForm::Continue => self.line(&line("Continue".into())),
            StmtForm::Walked => self.line(&line(format!("walked {}", stmt_kind(&s.kind)))),
        }
    }

    fn cond(&mut self, n: &Node) {
        match cond_form(n) {
            CondForm::LocalCompare(op, s, k) => {
                let text = format!(
                    "cond LocalCompare {} {} {}",
                    self.slot(s),
                    op.symbol(),
                    num(k)
                );
                self.line(&text);
            }
            CondForm::NumCompare(op, left, right, general) => {
                let text = format!(
                    "cond NumCompare ({}) {} ({})",
                    self.program_text(left),
                    op.symbol(),
                    self.program_text(right)
                );
                self.nest(&text, |d| d.nest("else", |d| d.expr(general)));
            }
            CondForm::Any(n) => self.nest("cond", |d| d.expr(n)),
        }
    }

    fn operand(&mut self, n: &Node) {
        match operand_form(n) {
            OperandForm::Local(s, _) => {
                let text = format!("inline Local {}", self.slot(s));
                self.line(&text);
            }
            OperandForm::LocalNum(op, s, k, _) => {
                let text = format!(
                    "inline LocalNum {} {} {}",
                    self.slot(s),
                    op.symbol(),
                    num(k)
                );
                self.line(&text);
            }
            OperandForm::Const(v) => self.line(&format!("inline Const {}", constant(v))),
            OperandForm::Closure(n) => self.expr(n),
        }
    }

    fn expr(&mut self, n: &Node) {
        match expr_form(n) {
            ExprForm::Const(v) => self.line(&format!("Const {}", constant(v))),
            ExprForm::Local(s) => {
                let text = format!("Local {}", self.slot(s));
                self.line(&text);
            }
            ExprForm::LocalNum(op, s, k) => {
                let text = format!("LocalNum {} {} {}", self.slot(s), op.symbol(), num(k));
                self.line(&text);
            }
            ExprForm::LocalCharCompare {
                eq,
                slot,
                index,
                text,
            } => {
                let op = if eq { "=" } else { "#" };
                let line = format!(
                    "LocalCharCompare {}[[…]] {op} {}",
                    self.slot(slot),
                    constant(&Value::Text(text.clone()))
                );
                self.nest(&line, |d| d.expr(index));
            }
            ExprForm::And(a, b) => self.nest("And", |d| {
                d.operand(a);
                d.operand(b);
            }),
            ExprForm::Or(a, b) => self.nest("Or", |d| {
                d.operand(a);
                d.operand(b);
            }),
            ExprForm::Binary(op, a, b) => self.nest(&format!("Binary {}", op.symbol()), |d| {
                d.operand(a);
                d.operand(b);
            }),
            ExprForm::Chain(first, rest) => {
                let ops: Vec<&str> = rest.iter().map(|(op, _, _)| op.symbol()).collect();
                self.nest(&format!("Chain {}", ops.join(" ")), |d| {
                    d.operand(first);
                    for (_, _, rhs) in rest {
                        d.operand(rhs);
                    }
                });
            }
            ExprForm::Neg(x) => self.nest("Neg", |d| d.operand(x)),
            ExprForm::Process(id) => {
                let name = self.program.process.names.get(id as usize).cloned();
                self.line(&format!("Process {}", name.as_deref().unwrap_or("?")));
            }
            ExprForm::Interprocess(id) => {
                let name = self.program.interprocess.names.get(id as usize).cloned();
                self.line(&format!(
                    "Interprocess <>{}",
                    name.as_deref().unwrap_or("?")
                ));
            }
            ExprForm::NumExpr(code, general) => {
                let text = format!("NumExpr {}", self.program_text(code));
                self.nest(&text, |d| d.nest("else", |d| d.expr(general)));
            }
            ExprForm::NumCompare(op, left, right, general) => {
                let text = format!(
                    "NumCompare ({}) {} ({})",
                    self.program_text(left),
                    op.symbol(),
                    self.program_text(right)
                );
                self.nest(&text, |d| d.nest("else", |d| d.expr(general)));
            }
            ExprForm::Builtin(b, args) => {
                let command = self.program.natives.command(b);
                self.nest(&format!("Command {}", command.row.name), |d| {
                    // As `call_builtin_with` takes them: a bare operator as
                    // is, an output variable as a place, a value compiled.
                    for (i, a) in args.iter().enumerate() {
                        match (&a.kind, command.signature.mode(i)) {
                            (NodeKind::Symbol(op), _) => d.line(&format!("symbol {}", op.symbol())),
                            (_, ArgMode::Place) => d.line("place (walked)"),
                            (_, ArgMode::Raw) => d.line("raw (read by the command)"),
                            _ => d.expr(a),
                        }
                    }
                });
            }
            ExprForm::LocalChar { slot, index } => {
                let text = format!("LocalChar {}[[…]]", self.slot(slot));
                self.nest(&text, |d| d.expr(index));
            }
            ExprForm::ItemInPlace {
                slot, index_slot, ..
            } => {
                let text = format!("ItemInPlace {}[{}]", self.slot(slot), self.slot(index_slot));
                self.line(&text);
            }
            ExprForm::IndexLocal { slot, index, .. } => {
                let text = format!("IndexLocal {}[…]", self.slot(slot));
                self.nest(&text, |d| d.expr(index));
            }
            ExprForm::MemberInPlace { slot, key } => {
                let text = format!("MemberInPlace {}.{key}", self.slot(slot));
                self.line(&text);
            }
            ExprForm::MemberCall {
                object,
                name,
                member,
                args,
            } => {
                let resolved = match member {
                    Some(_) => "declared",
                    None => "no row: object properties only",
                };
                self.nest(&format!("MemberCall .{name} ({resolved})"), |d| {
                    d.expr(object);
                    for a in args {
                        d.expr(a);
                    }
                });
            }
            ExprForm::Method(m, args) => {
                let name = self.program.method_names.get(m as usize).cloned();
                self.nest(&format!("Method {}", name.as_deref().unwrap_or("?")), |d| {
                    for a in args {
                        d.operand(a);
                    }
                });
            }
            ExprForm::Walked => self.line(&format!("walked {}", node_kind(&n.kind))),
        }
    }

    /// A numeric program in postfix order: `$i 7 % *$j`.
    fn program_text(&self, code: &NumCode) -> String {
        let mut out = String::new();
        for step in code.steps() {
            if !out.is_empty() {
                out.push(' ');
            }
            let _ = match *step {
                NumOp::Num(x) => write!(out, "{}", num(x)),
                NumOp::Local(s) => write!(out, "{}", self.slot(s)),
                NumOp::Op(op) => write!(out, "{}", op.symbol()),
                NumOp::OpNum(op, x) => write!(out, "{}{}", op.symbol(), num(x)),
                NumOp::OpLocal(op, s) => write!(out, "{}{}", op.symbol(), self.slot(s)),
            };
        }
        out
    }
}

fn num(x: f64) -> String {
    conv::format_real(x)
}

fn constant(v: &Value) -> String {
    match v {
        Value::Real(x) => num(*x),
        Value::Text(t) => format!("{:?}", t.as_str()),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        other => other.type_name().to_string(),
    }
}

/// What the tree walker runs, by its node's kind.
fn node_kind(kind: &NodeKind) -> &'static str {
    match kind {
        NodeKind::Const(_) => "Const",
        NodeKind::Local(_) => "Local",
        NodeKind::Process(_) => "Process",
        NodeKind::Interprocess(_) => "Interprocess",
        NodeKind::ParamIndirect(_) => "ParamIndirect",
        NodeKind::Chain(..) => "Chain",
        NodeKind::Binary(..) => "Binary",
        NodeKind::LocalNum(..) => "LocalNum",
        NodeKind::NumExpr { .. } => "NumExpr",
        NodeKind::NumCompare { .. } => "NumCompare",
        NodeKind::Neg(_) => "Neg",
        NodeKind::Method { .. } => "Method",
        NodeKind::Builtin { .. } => "Command",
        NodeKind::Unimplemented { .. } => "Unimplemented",
        NodeKind::UnknownMethod { .. } => "UnknownMethod",
        NodeKind::Member { .. } => "Member",
        NodeKind::MemberCall { .. } => "MemberCall",
        NodeKind::Index { .. } => "Index",
        NodeKind::Element { .. } => "Element",
        NodeKind::CharAt { .. } => "CharAt",
        NodeKind::AddressOf(_) => "AddressOf",
        NodeKind::Deref(_) => "Deref",
        NodeKind::Ternary(..) => "Ternary",
        NodeKind::Collection(_) => "Collection",
        NodeKind::Object(_) => "Object",
        NodeKind::Try(_) => "Try",
        NodeKind::CallValue { .. } => "CallValue",
        NodeKind::Formula(_) => "Formula",
        NodeKind::Assign { .. } => "Assign",
        NodeKind::Symbol(_) => "Symbol",
        NodeKind::Field(_) => "Field",
        NodeKind::SuperConstructor(_) => "SuperConstructor",
        NodeKind::SuperCall { .. } => "SuperCall",
    }
}

/// What the tree walker runs, by its statement's kind.
fn stmt_kind(kind: &StmtKind) -> &'static str {
    match kind {
        StmtKind::Expr(_) => "Expr",
        StmtKind::Assign(..) => "Assign",
        StmtKind::CompoundAssign(..) => "CompoundAssign",
        StmtKind::Append(..) => "Append",
        StmtKind::AppendChain(..) => "AppendChain",
        StmtKind::Declare { .. } => "Declare",
        StmtKind::DeclareFrom { .. } => "DeclareFrom",
        StmtKind::If(..) => "If",
        StmtKind::Case(..) => "Case",
        StmtKind::While(..) => "While",
        StmtKind::Repeat(..) => "Repeat",
        StmtKind::For { .. } => "For",
        StmtKind::ForEach { .. } => "ForEach",
        StmtKind::Use(..) => "Use",
        StmtKind::Try(..) => "Try",
        StmtKind::Return(_) => "Return",
        StmtKind::Break => "Break",
        StmtKind::Continue => "Continue",
        StmtKind::Sql => "Sql",
    }
}
