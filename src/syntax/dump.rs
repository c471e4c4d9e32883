//! A readable text form of the syntax tree, one statement per line, for the
//! parser's golden tests and `fourd ast`. Binary chains print flat, so the
//! left-to-right reading of 4D is visible: `(chain 3 + 4 * 5)`.

use super::ast::*;
use crate::names;
use crate::source::SourceFile;
use std::fmt::Write as _;

/// Dumps a whole file. Statements carry their line number.
pub fn dump_file(file: &SourceFile, ast: &FileAst) -> String {
    let mut d = Dumper {
        file,
        out: String::new(),
    };
    if let Some((name, _)) = &ast.extends {
        let _ = writeln!(d.out, "extends {name}");
    }
    for p in &ast.properties {
        let names: Vec<&str> = p.names.iter().map(|(n, _)| &**n).collect();
        let _ = write!(d.out, "property {}", names.join("; "));
        if let Some(t) = &p.ty {
            let _ = write!(d.out, " : {}", t.kind.name());
        }
        if let Some(e) = &p.init {
            let _ = write!(d.out, " := {}", d.expr(e));
        }
        d.out.push('\n');
    }
    d.block(&ast.body, 0);
    for f in &ast.functions {
        let mods: Vec<String> = f
            .modifiers
            .iter()
            .map(|m| format!("{m:?}").to_lowercase())
            .collect();
        let kind = match f.kind {
            FunctionKind::Constructor => "constructor",
            FunctionKind::Function => "function",
            FunctionKind::Getter => "getter",
            FunctionKind::Setter => "setter",
        };
        let line = file.line_col(f.span.start).0;
        let sig = d.signature(&f.signature);
        let _ = writeln!(
            d.out,
            "{line:>3}: {}{kind} {}{sig}",
            mods.iter().map(|m| format!("{m} ")).collect::<String>(),
            f.name
        );
        d.block(&f.body, 1);
    }
    d.out
}

struct Dumper<'a> {
    file: &'a SourceFile,
    out: String,
}

impl Dumper<'_> {
    fn line(&mut self, stmt: &Stmt, depth: usize, text: String) {
        let line = self.file.line_col(stmt.span.start).0;
        let _ = writeln!(self.out, "{line:>3}: {}{text}", "  ".repeat(depth));
    }

    fn label(&mut self, depth: usize, text: &str) {
        let _ = writeln!(self.out, "     {}{text}", "  ".repeat(depth));
    }

    fn block(&mut self, block: &Block, depth: usize) {
        for stmt in block {
            self.stmt(stmt, depth);
        }
    }

    fn signature(&self, s: &Signature) -> String {
        let mut parts: Vec<String> = s.params.iter().map(|p| self.param(p)).collect();
        if let Some((ty, _)) = &s.variadic {
            parts.push(match ty {
                Some(t) => format!("... : {}", t.kind.name()),
                None => "...".to_string(),
            });
        }
        let mut out = format!("({})", parts.join("; "));
        match &s.result {
            Some(ResultDecl::Named(p)) => {
                let _ = write!(out, " -> {}", self.param(p));
            }
            Some(ResultDecl::Typed(t)) => {
                let _ = write!(out, " : {}", t.kind.name());
            }
            None => {}
        }
        out
    }

    fn param(&self, p: &Param) -> String {
        match &p.ty {
            Some(t) => format!("${} : {}", p.name, t.kind.name()),
            None => format!("${}", p.name),
        }
    }

    fn stmt(&mut self, stmt: &Stmt, depth: usize) {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                let t = self.expr(e);
                self.line(stmt, depth, t)
            }
            StmtKind::Assign { target, value } => {
                let t = format!("{} := {}", self.expr(target), self.expr(value));
                self.line(stmt, depth, t)
            }
            StmtKind::CompoundAssign { op, target, value } => {
                let t = format!(
                    "{} {}= {}",
                    self.expr(target),
                    op.symbol(),
                    self.expr(value)
                );
                self.line(stmt, depth, t)
            }
            StmtKind::Var { names, ty, init } => {
                let names: Vec<String> = names.iter().map(|n| self.expr(n)).collect();
                let mut t = format!("var {}", names.join("; "));
                if let Some(ty) = ty {
                    let _ = write!(t, " : {}", ty.kind.name());
                }
                if let Some(e) = init {
                    let _ = write!(t, " := {}", self.expr(e));
                }
                self.line(stmt, depth, t)
            }
            StmtKind::Declare(sig) => {
                let t = format!("#DECLARE{}", self.signature(sig));
                self.line(stmt, depth, t)
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let t = format!("if {}", self.expr(cond));
                self.line(stmt, depth, t);
                self.block(then, depth + 1);
                if let Some(o) = otherwise {
                    self.label(depth, "else");
                    self.block(o, depth + 1);
                }
            }
            StmtKind::Case {
                branches,
                otherwise,
            } => {
                self.line(stmt, depth, "case".to_string());
                for (cond, body) in branches {
                    let t = format!(": {}", self.expr(cond));
                    self.label(depth, &t);
                    self.block(body, depth + 1);
                }
                if let Some(o) = otherwise {
                    self.label(depth, "else");
                    self.block(o, depth + 1);
                }
            }
            StmtKind::While { cond, body } => {
                let t = format!("while {}", self.expr(cond));
                self.line(stmt, depth, t);
                self.block(body, depth + 1);
            }
            StmtKind::Repeat { body, cond } => {
                self.line(stmt, depth, "repeat".to_string());
                self.block(body, depth + 1);
                let t = format!("until {}", self.expr(cond));
                self.label(depth, &t);
            }
            StmtKind::For {
                counter,
                start,
                end,
                step,
                body,
            } => {
                let mut t = format!(
                    "for {}; {}; {}",
                    self.expr(counter),
                    self.expr(start),
                    self.expr(end)
                );
                if let Some(s) = step {
                    let _ = write!(t, "; {}", self.expr(s));
                }
                self.line(stmt, depth, t);
                self.block(body, depth + 1);
            }
            StmtKind::ForEach {
                item,
                source,
                begin,
                end,
                guard,
                body,
            } => {
                let mut t = format!("for each {}; {}", self.expr(item), self.expr(source));
                for b in [begin, end].into_iter().flatten() {
                    let _ = write!(t, "; {}", self.expr(b));
                }
                if let Some(g) = guard {
                    let _ = write!(
                        t,
                        " {} {}",
                        if g.until { "until" } else { "while" },
                        self.expr(&g.cond)
                    );
                }
                self.line(stmt, depth, t);
                self.block(body, depth + 1);
            }
            StmtKind::Use { target, body } => {
                let t = format!("use {}", self.expr(target));
                self.line(stmt, depth, t);
                self.block(body, depth + 1);
            }
            StmtKind::Try { body, catch } => {
                self.line(stmt, depth, "try".to_string());
                self.block(body, depth + 1);
                self.label(depth, "catch");
                self.block(catch, depth + 1);
            }
            StmtKind::Sql(text) => self.line(stmt, depth, format!("sql {:?}", text.trim())),
            StmtKind::Return(e) => {
                let t = match e {
                    Some(e) => format!("return {}", self.expr(e)),
                    None => "return".to_string(),
                };
                self.line(stmt, depth, t)
            }
            StmtKind::Break => self.line(stmt, depth, "break".to_string()),
            StmtKind::Continue => self.line(stmt, depth, "continue".to_string()),
            StmtKind::Error => self.line(stmt, depth, "<error>".to_string()),
        }
    }

    /// `(what arg; arg)`, or `(what)` without arguments.
    fn call(&self, what: &str, args: &[Expr]) -> String {
        if args.is_empty() {
            format!("({what})")
        } else {
            format!("({what} {})", self.args(args))
        }
    }

    fn args(&self, args: &[Expr]) -> String {
        args.iter()
            .map(|a| self.expr(a))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn expr(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Number(n) => format!("{n}"),
            ExprKind::Text(t) => format!("{t:?}"),
            ExprKind::Date(d) => format!("!{:04}-{:02}-{:02}!", d.year, d.month, d.day),
            ExprKind::Time(t) => format!("?{t}s?"),
            ExprKind::Local(n) => format!("${n}"),
            ExprKind::Param(n) => format!("${n}"),
            ExprKind::ParamIndirect(e) => format!("${{{}}}", self.expr(e)),
            ExprKind::Process(n) => format!("(var {n})"),
            ExprKind::Interprocess(n) => format!("<>{n}"),
            ExprKind::Command { command, args } => {
                let c = names::command(*command);
                self.call(&format!("cmd {}:{}", c.name, c.number), args)
            }
            ExprKind::Method { method, args } => self.call(&format!("method #{method}"), args),
            ExprKind::Constant(c) => format!("(const {})", names::constant(*c).name),
            ExprKind::Unavailable { name, args } => self.call(&format!("unavailable {name}"), args),
            ExprKind::Table(t) => format!("[{t}]"),
            ExprKind::Field { table, field } => format!("[{table}]{field}"),
            ExprKind::Chain { first, rest } => {
                let mut s = format!("(chain {}", self.expr(first));
                for (op, _, e) in rest {
                    let _ = write!(s, " {} {}", op.symbol(), self.expr(e));
                }
                s.push(')');
                s
            }
            ExprKind::Neg(e) => format!("(neg {})", self.expr(e)),
            ExprKind::AddressOf(e) => format!("(-> {})", self.expr(e)),
            ExprKind::Deref(e) => format!("({} ->)", self.expr(e)),
            ExprKind::Member { object, name, .. } => format!("{}.{name}", self.expr(object)),
            ExprKind::MemberCall {
                object, name, args, ..
            } => format!("{}.{name}({})", self.expr(object), self.args(args)),
            ExprKind::Index { object, index } => {
                format!("{}[{}]", self.expr(object), self.expr(index))
            }
            ExprKind::Element { array, index } => {
                format!("{}{{{}}}", self.expr(array), self.expr(index))
            }
            ExprKind::CharAt { text, index } => {
                format!("{}[[{}]]", self.expr(text), self.expr(index))
            }
            ExprKind::Ternary {
                cond,
                then,
                otherwise,
            } => {
                format!(
                    "(? {} {} {})",
                    self.expr(cond),
                    self.expr(then),
                    self.expr(otherwise)
                )
            }
            ExprKind::Collection(items) => format!("[{}]", self.args(items)),
            ExprKind::Object(pairs) => {
                let p: Vec<String> = pairs
                    .iter()
                    .map(|(k, _, v)| format!("{}: {}", key(k), self.expr(v)))
                    .collect();
                format!("{{{}}}", p.join("; "))
            }
            ExprKind::Try(e) => format!("(try {})", self.expr(e)),
            ExprKind::UnknownCall { name, args } => self.call(&format!("unknown {name}"), args),
            ExprKind::Symbol(op) => op.symbol().to_string(),
            ExprKind::CallValue { callee, args } => {
                format!("{}({})", self.expr(callee), self.args(args))
            }
            ExprKind::Assign { op, target, value } => format!(
                "({} {}= {})",
                self.expr(target),
                op.map_or(":", BinOp::symbol),
                self.expr(value)
            ),
            ExprKind::Error => "<error>".to_string(),
        }
    }
}

/// An object-literal key as written: bare when it is a name, quoted otherwise
/// (`{"a b": 1}`, `{"": 2}`).
fn key(k: &str) -> String {
    let mut chars = k.chars();
    let bare = chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_');
    if bare {
        k.to_string()
    } else {
        format!("{k:?}")
    }
}
