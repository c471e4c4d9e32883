//! Syntax tree → runnable tree. Every `$local` gets a frame slot (`$1…$n` first,
//! named parameters sharing them), process and interprocess variables get
//! program-wide ids, commands get their row in the command table. A few commands
//! that are really declarations (`C_TEXT`, `Formula`, `True`) become their own
//! nodes here.

mod arith;
mod scope;

pub use scope::{EntryScope, Globals, Interner, NativeNames, name_key, var_type};

use super::ir::*;
use super::value::{Value, VarType};
use crate::names::{self, command_number as command};
use crate::source::{Source, Span};
use crate::syntax::ast::{self, BinOp, ExprKind, StmtKind as S};
use scope::{Scope, declaration_type};
use std::rc::Rc;

/// The 4D commands the compiler itself handles, not a native row: `True`,
/// `False`, `Null`, `Formula(…)` and the `C_XXX` declarations (with their
/// `_O_` forms), each with one line of help. `fourd commands` lists them
/// beside the native rows; a test runs each one.
pub fn compiler_commands() -> Vec<(u32, &'static str)> {
    let mut out: Vec<(u32, &'static str)> = vec![
        (command::TRUE, "The Boolean True"),
        (command::FALSE, "The Boolean False"),
        (command::NULL, "The Null value"),
        (command::FORMULA, "A formula object of an expression"),
    ];
    for c in names::COMMANDS {
        if declaration_type(c.name).is_some() {
            out.push((c.number, "Declares variables (or parameters) of its type"));
        }
    }
    out
}

/// Compiles one method body.
pub fn compile_method(
    name: &str,
    file: &Source,
    ast: &ast::FileAst,
    attributes: crate::syntax::attributes::Attributes,
    globals: &mut Globals,
) -> MethodIr {
    let mut c = Compiler {
        scope: Scope::new(),
        globals,
        file: file.clone(),
    };
    c.reserve_params(&ast.body, None);
    let body = c.block(&ast.body);
    MethodIr {
        name: Rc::from(name),
        file: file.clone(),
        attributes,
        frame: c.finish(),
        body,
    }
}

/// Compiles a class function (constructor, function, accessor): its
/// parameters come from its declaration line, not a `#DECLARE`.
pub fn compile_function(
    name: &str,
    file: &Source,
    def: &ast::FunctionDef,
    globals: &mut Globals,
) -> MethodIr {
    let mut c = Compiler {
        scope: Scope::new(),
        globals,
        file: file.clone(),
    };
    c.reserve_params(&def.body, Some(&def.signature));
    let body = c.block(&def.body);
    MethodIr {
        name: Rc::from(name),
        file: file.clone(),
        attributes: Default::default(),
        frame: c.finish(),
        body,
    }
}

/// Compiles a block of statements as the body of a one-off method (the REPL's
/// entries, `fourd eval`): locals live in `scope_names`, kept between entries.
pub fn compile_entry(
    body: &ast::Block,
    file: &Source,
    keep: &mut EntryScope,
    globals: &mut Globals,
) -> MethodIr {
    let mut scope = Scope::new();
    scope.locals = keep.locals.clone();
    scope.layout.slots = keep.names.len() as u32;
    scope.layout.names = keep.names.clone();
    let mut c = Compiler {
        scope,
        globals,
        file: file.clone(),
    };
    let mut compiled: Vec<Stmt> = Vec::with_capacity(body.len());
    for (i, stmt) in body.iter().enumerate() {
        // The entry's last line, when it is a bare name, is read as a
        // variable (`fourd eval 'OK'`), not called as an unknown method.
        if i + 1 == body.len()
            && let S::Expr(e) = &stmt.kind
            && matches!(e.kind, ExprKind::Process(_))
        {
            compiled.push(Stmt {
                kind: StmtKind::Expr(c.expr(e)),
                span: stmt.span,
            });
            continue;
        }
        compiled.extend(c.stmt(stmt));
    }
    let body: Block = compiled.into_boxed_slice();
    keep.locals = c.scope.locals.clone();
    keep.names = c.scope.layout.names.clone();
    MethodIr {
        name: Rc::from("entry"),
        file: file.clone(),
        attributes: Default::default(),
        frame: c.finish(),
        body,
    }
}

/// Compiles a stand-alone formula expression (no creating method to copy from).
pub fn compile_formula(e: &ast::Expr, file: &Source, globals: &mut Globals) -> FormulaBody {
    let mut c = Compiler {
        scope: Scope::new(),
        globals,
        file: file.clone(),
    };
    c.formula(e)
}

struct Compiler<'g, 'a> {
    scope: Scope,
    globals: &'g mut Globals<'a>,
    file: Source,
}

fn max_param(body: &ast::Block) -> u32 {
    let mut max = 0;
    let mut visit = |e: &ast::Expr| {
        if let ExprKind::Param(n) = e.kind {
            max = max.max(n);
        }
    };
    crate::syntax::visit::each_stmt(body, false, &mut |stmt, _| {
        if let S::Var { names, .. } = &stmt.kind {
            names
                .iter()
                .for_each(|n| crate::syntax::visit::each_expr(n, &mut visit));
        }
        for e in crate::syntax::visit::stmt_exprs(stmt) {
            crate::syntax::visit::each_expr(e, &mut visit);
        }
    });
    max
}

impl Compiler<'_, '_> {
    fn finish(&mut self) -> FrameLayout {
        let mut layout = std::mem::take(&mut self.scope.layout);
        if layout.result == ResultSlot::None
            && let Some(z) = self.scope.zero
        {
            layout.result = ResultSlot::Slot(z);
        }
        layout.with_initial_slots()
    }

    /// Reserves `$1…$n` and binds `#DECLARE`'s (or a function's) parameters.
    fn reserve_params(&mut self, body: &ast::Block, signature: Option<&ast::Signature>) {
        let declared = signature.or_else(|| {
            body.iter().find_map(|s| match &s.kind {
                S::Declare(sig) => Some(sig),
                _ => None,
            })
        });
        let named = declared.map_or(0, |s| s.params.len() as u32);
        let reserved = named.max(max_param(body));
        self.scope.layout.reserved = reserved;
        self.scope.layout.slots = reserved;
        self.scope.layout.names = (1..=reserved).map(|k| Rc::from(format!("${k}"))).collect();
        if let Some(sig) = declared {
            for (i, p) in sig.params.iter().enumerate() {
                self.scope.locals.insert(p.name.to_lowercase(), i as u32);
                self.scope.layout.names[i] = Rc::from(format!("${}", p.name));
                self.scope.layout.param_types.push(
                    p.ty.as_ref()
                        .map_or(VarType::Variant, |t| var_type(&t.kind)),
                );
            }
            self.scope.layout.variadic = sig
                .variadic
                .as_ref()
                .map(|(t, _)| t.as_ref().map_or(VarType::Variant, |t| var_type(&t.kind)));
            match &sig.result {
                Some(ast::ResultDecl::Named(p)) => {
                    let slot = self.scope.slot(&p.name);
                    self.scope.layout.result = ResultSlot::Slot(slot);
                    self.scope.layout.result_type = p.ty.as_ref().map(|t| var_type(&t.kind));
                }
                Some(ast::ResultDecl::Typed(t)) => {
                    self.scope.layout.result = ResultSlot::Typed(var_type(&t.kind))
                }
                None => {}
            }
        }
    }

    fn block(&mut self, block: &[ast::Stmt]) -> Block {
        block.iter().filter_map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, stmt: &ast::Stmt) -> Option<Stmt> {
        let span = stmt.span;
        let kind = match &stmt.kind {
            S::Expr(e) => self.expr_stmt(e)?,
            S::Assign { target, value } => self.assign(target, value),
            S::CompoundAssign { op, target, value } => {
                StmtKind::CompoundAssign(*op, self.expr(target), self.expr(value))
            }
            // `var ${2} : Text`: the parameters from 2 on, like `C_TEXT(${2})`.
            S::Var {
                names,
                ty: Some(ty),
                init: None,
            } if let [n] = names.as_slice()
                && let ExprKind::ParamIndirect(from) = &n.kind
                && let ExprKind::Number(from) = from.kind =>
            {
                StmtKind::DeclareFrom {
                    from: from.max(1.0) as u32,
                    ty: var_type(&ty.kind),
                }
            }
            S::Var { names, ty, init } => StmtKind::Declare {
                targets: names.iter().map(|n| self.expr(n)).collect(),
                ty: ty.as_ref().map_or_else(
                    || {
                        if init.is_some() {
                            VarType::Dynamic
                        } else {
                            VarType::Variant
                        }
                    },
                    |t| var_type(&t.kind),
                ),
                init: init.as_ref().map(|e| self.expr(e)),
            },
            // Parameters are bound when the method is called.
            S::Declare(_) => return None,
            S::If {
                cond,
                then,
                otherwise,
            } => StmtKind::If(
                self.expr(cond),
                self.block(then),
                otherwise
                    .as_ref()
                    .map_or_else(Box::default, |b| self.block(b)),
            ),
            S::Case {
                branches,
                otherwise,
            } => StmtKind::Case(
                branches
                    .iter()
                    .map(|(c, b)| (self.expr(c), self.block(b)))
                    .collect(),
                otherwise
                    .as_ref()
                    .map_or_else(Box::default, |b| self.block(b)),
            ),
            S::While { cond, body } => StmtKind::While(self.expr(cond), self.block(body)),
            S::Repeat { body, cond } => StmtKind::Repeat(self.block(body), self.expr(cond)),
            S::For {
                counter,
                start,
                end,
                step,
                body,
            } => StmtKind::For {
                counter: self.expr(counter),
                start: self.expr(start),
                end: self.expr(end),
                step: step.as_ref().map(|s| self.expr(s)),
                body: self.block(body),
            },
            S::ForEach {
                item,
                source,
                begin,
                end,
                guard,
                body,
            } => StmtKind::ForEach {
                item: self.expr(item),
                source: self.expr(source),
                begin: begin.as_ref().map(|e| self.expr(e)),
                end: end.as_ref().map(|e| self.expr(e)),
                guard: guard.as_ref().map(|g| (g.until, self.expr(&g.cond))),
                body: self.block(body),
            },
            S::Use { target, body } => StmtKind::Use(self.expr(target), self.block(body)),
            S::Try { body, catch } => StmtKind::Try(self.block(body), self.block(catch)),
            S::Sql(_) => StmtKind::Sql,
            S::Return(e) => StmtKind::Return(e.as_ref().map(|e| self.expr(e))),
            S::Break => StmtKind::Break,
            S::Continue => StmtKind::Continue,
            S::Error => return None,
        };
        Some(Stmt { kind, span })
    }

    /// A call statement; `C_XXX(…)` declarations become `Declare`.
    fn expr_stmt(&mut self, e: &ast::Expr) -> Option<StmtKind> {
        match &e.kind {
            ExprKind::Command { command, args } => {
                let info = names::command(*command);
                if let Some(ty) = declaration_type(info.name) {
                    // Only variables are declared; method names (compiler
                    // declarations) and `${n}` ranges are skipped.
                    let mut args: &[ast::Expr] = args;
                    if info.name.eq_ignore_ascii_case("_O_C_STRING") && !args.is_empty() {
                        args = &args[1..];
                    }
                    // `C_TEXT(${2})`: the parameters from 2 on.
                    if let [arg] = args
                        && let ExprKind::ParamIndirect(n) = &arg.kind
                        && let ExprKind::Number(from) = n.kind
                        && from >= 1.0
                    {
                        return Some(StmtKind::DeclareFrom {
                            from: from as u32,
                            ty,
                        });
                    }
                    let targets: Box<[Node]> = args
                        .iter()
                        .filter(|a| {
                            matches!(
                                a.kind,
                                ExprKind::Local(_)
                                    | ExprKind::Param(_)
                                    | ExprKind::Process(_)
                                    | ExprKind::Interprocess(_)
                            )
                        })
                        .map(|a| self.expr(a))
                        .collect();
                    return Some(StmtKind::Declare {
                        targets,
                        ty,
                        init: None,
                    });
                }
                Some(StmtKind::Expr(self.expr(e)))
            }
            // A bare name alone on a line is a call of a method fourd does not know.
            ExprKind::Process(name) => Some(StmtKind::Expr(Node {
                kind: NodeKind::UnknownMethod {
                    name: Rc::from(&**name),
                },
                span: e.span,
            })),
            _ => Some(StmtKind::Expr(self.expr(e))),
        }
    }

    fn assign(&mut self, target: &ast::Expr, value: &ast::Expr) -> StmtKind {
        // `$t:=$t+piece`: append in place (the piece is evaluated first, which
        // is safe when it cannot change `$t`).
        if let (ExprKind::Local(name), ExprKind::Chain { first, rest }) =
            (&target.kind, &value.kind)
            && rest.len() == 1
            && rest[0].0 == BinOp::Add
            && matches!(&first.kind, ExprKind::Local(n) if n.eq_ignore_ascii_case(name))
            && is_pure(&rest[0].2, self.globals.natives)
        {
            let slot = self.scope.slot(name);
            return StmtKind::Append(slot, self.expr(&rest[0].2));
        }
        // `$t:=$t+a+b+…`: the same, every piece evaluated before the append.
        if let (ExprKind::Local(name), ExprKind::Chain { first, rest }) =
            (&target.kind, &value.kind)
            && rest.len() > 1
            && rest
                .iter()
                .all(|(op, _, piece)| *op == BinOp::Add && is_pure(piece, self.globals.natives))
            && matches!(&first.kind, ExprKind::Local(n) if n.eq_ignore_ascii_case(name))
        {
            let slot = self.scope.slot(name);
            let pieces = rest.iter().map(|(_, _, piece)| self.expr(piece)).collect();
            return StmtKind::AppendChain(slot, pieces);
        }
        StmtKind::Assign(self.expr(target), self.expr(value))
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> Box<[Node]> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn expr(&mut self, e: &ast::Expr) -> Node {
        let span = e.span;
        let kind = match &e.kind {
            ExprKind::Number(n) => NodeKind::Const(Value::Real(*n)),
            ExprKind::Text(t) => NodeKind::Const(Value::text(&**t)),
            ExprKind::Date(d) => NodeKind::Const(Value::Date(*d)),
            ExprKind::Time(t) => NodeKind::Const(Value::Time(*t as i64)),
            ExprKind::Local(n) => NodeKind::Local(self.scope.slot(n)),
            ExprKind::Param(n) => NodeKind::Local(self.scope.param(*n)),
            ExprKind::ParamIndirect(n) => NodeKind::ParamIndirect(Box::new(self.expr(n))),
            ExprKind::Process(n) => NodeKind::Process(self.globals.process.intern(n)),
            ExprKind::Interprocess(n) => {
                NodeKind::Interprocess(self.globals.interprocess.intern(n))
            }
            ExprKind::Command { command, args } => return self.command(*command, args, span),
            // The lexer numbers a project's methods from 0; a component's
            // (or a REPL :load's) come after the host's in the program.
            ExprKind::Method { method, args } => NodeKind::Method {
                method: *method + self.globals.method_offset,
                args: self.exprs(args),
            },
            ExprKind::Constant(c) => {
                let info = names::constant(*c);
                let value = match info.value {
                    names::ConstValue::Unknown => super::constants::fallback(info.name)
                        .copied()
                        .unwrap_or(names::ConstValue::Unknown),
                    v => v,
                };
                match value {
                    names::ConstValue::Integer(n) => NodeKind::Const(Value::Real(n as f64)),
                    names::ConstValue::Real(x) => NodeKind::Const(Value::Real(x)),
                    names::ConstValue::Text(t) => NodeKind::Const(Value::text(t)),
                    names::ConstValue::Unknown => NodeKind::Unimplemented {
                        name: Rc::from(info.name),
                        number: None,
                    },
                }
            }
            ExprKind::Unavailable { name, .. } => NodeKind::Unimplemented {
                name: Rc::from(&**name),
                number: None,
            },
            ExprKind::Table(t) => NodeKind::Field(Rc::from(format!("[{t}]"))),
            ExprKind::Field { table, field } => {
                NodeKind::Field(Rc::from(format!("[{table}]{field}")))
            }
            ExprKind::Chain { first, rest } => self.numeric_chain(e, first, rest, span),
            ExprKind::Neg(x) => match &x.kind {
                ExprKind::Number(n) => NodeKind::Const(Value::Real(-n)),
                _ => NodeKind::Neg(Box::new(self.expr(x))),
            },
            ExprKind::AddressOf(x) => NodeKind::AddressOf(Box::new(self.expr(x))),
            ExprKind::Deref(x) => NodeKind::Deref(Box::new(self.expr(x))),
            ExprKind::Member { object, name, .. } => NodeKind::Member {
                object: Box::new(self.expr(object)),
                key: Rc::from(&**name),
            },
            ExprKind::MemberCall {
                object, name, args, ..
            } if is_super(object) => NodeKind::SuperCall {
                name: Rc::from(&**name),
                args: self.exprs(args),
            },
            ExprKind::MemberCall {
                object, name, args, ..
            } => NodeKind::MemberCall {
                object: Box::new(self.expr(object)),
                name: Rc::from(&**name),
                member: self.globals.natives.member(name),
                args: self.exprs(args),
            },
            ExprKind::Index { object, index } => NodeKind::Index {
                object: Box::new(self.expr(object)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::Element { array, index } => NodeKind::Element {
                array: Box::new(self.expr(array)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::CharAt { text, index } => NodeKind::CharAt {
                text: Box::new(self.expr(text)),
                index: Box::new(self.expr(index)),
            },
            ExprKind::Ternary {
                cond,
                then,
                otherwise,
            } => NodeKind::Ternary(
                Box::new(self.expr(cond)),
                Box::new(self.expr(then)),
                Box::new(self.expr(otherwise)),
            ),
            ExprKind::Collection(items) => NodeKind::Collection(self.exprs(items)),
            ExprKind::Object(pairs) => NodeKind::Object(
                pairs
                    .iter()
                    .map(|(k, _, v)| (Rc::from(&**k), self.expr(v)))
                    .collect(),
            ),
            ExprKind::Try(x) => NodeKind::Try(Box::new(self.expr(x))),
            ExprKind::UnknownCall { name, .. } => NodeKind::UnknownMethod {
                name: Rc::from(&**name),
            },
            ExprKind::CallValue { callee, args } => NodeKind::CallValue {
                callee: Box::new(self.expr(callee)),
                args: self.exprs(args),
            },
            ExprKind::Symbol(op) => NodeKind::Symbol(*op),
            ExprKind::Assign { op, target, value } => NodeKind::Assign {
                op: *op,
                target: Box::new(self.expr(target)),
                value: Box::new(self.expr(value)),
            },
            ExprKind::Error => NodeKind::Const(Value::Undefined),
        };
        Node { kind, span }
    }

    fn command(&mut self, command: names::CommandId, args: &[ast::Expr], span: Span) -> Node {
        let info = names::command(command);
        let kind = match info.number {
            command::TRUE if args.is_empty() => NodeKind::Const(Value::Bool(true)),
            command::FALSE if args.is_empty() => NodeKind::Const(Value::Bool(false)),
            command::NULL if args.is_empty() => NodeKind::Const(Value::Null),
            command::FORMULA if args.len() == 1 => {
                NodeKind::Formula(Rc::new(self.formula(&args[0])))
            }
            // `New collection(…)` is a collection literal.
            command::NEW_COLLECTION => NodeKind::Collection(self.exprs(args)),
            command::SUPER => NodeKind::SuperConstructor(self.exprs(args)),
            // `New object("a"; v; "b"; w)` with constant, distinct names is an
            // object literal: its property names are made once, not per call.
            command::NEW_OBJECT if constant_keys(args) => NodeKind::Object(
                args.chunks(2)
                    .map(|kv| {
                        let key: Rc<str> = match &kv[0].kind {
                            ExprKind::Text(k) => Rc::from(&**k),
                            _ => Rc::from(""),
                        };
                        (key, self.expr(&kv[1]))
                    })
                    .collect(),
            ),
            _ => match self.globals.natives.command(info.number) {
                Some((builtin, _)) => NodeKind::Builtin {
                    builtin,
                    args: self.exprs(args),
                },
                None => NodeKind::Unimplemented {
                    name: Rc::from(info.name),
                    number: Some(info.number),
                },
            },
        };
        Node { kind, span }
    }

    /// `Formula(expr)`: compiled in a scope of its own; the locals it names are
    /// copied from the creating method when the formula is made.
    fn formula(&mut self, e: &ast::Expr) -> FormulaBody {
        let forwards_to = match &e.kind {
            ExprKind::Method { method, args } if args.is_empty() => {
                Some(*method + self.globals.method_offset)
            }
            _ => None,
        };
        let mut inner = Compiler {
            scope: Scope::new(),
            globals: self.globals,
            file: self.file.clone(),
        };
        let wrapper = vec![ast::Stmt {
            kind: S::Expr(e.clone()),
            span: e.span,
        }];
        inner.reserve_params(&wrapper, None);
        let expr = inner.expr(e);
        let mut captures = Vec::new();
        let reserved = inner.scope.layout.reserved;
        for (key, &inner_slot) in &inner.scope.locals {
            if inner_slot >= reserved && key.parse::<u32>().is_err() {
                let outer = self.scope.slot(key);
                captures.push((outer, inner_slot));
            }
        }
        captures.sort_unstable();
        let frame = inner.finish();
        FormulaBody {
            expr,
            captures,
            frame,
            forwards_to,
            source: Rc::from(self.file.slice(e.span)),
            file: self.file.clone(),
        }
    }
}

/// `Super` alone (the receiver of `Super.name(…)`).
fn is_super(e: &ast::Expr) -> bool {
    matches!(&e.kind, ExprKind::Command { command, args }
        if args.is_empty() && names::command(*command).number == command::SUPER)
}

/// `New object` arguments whose names are all constant texts, each once.
fn constant_keys(args: &[ast::Expr]) -> bool {
    if !args.len().is_multiple_of(2) {
        return false;
    }
    let keys: Vec<&str> = args
        .chunks(2)
        .filter_map(|kv| match &kv[0].kind {
            ExprKind::Text(k) => Some(&**k),
            _ => None,
        })
        .collect();
    keys.len() == args.len() / 2 && keys.iter().enumerate().all(|(i, k)| !keys[..i].contains(k))
}

/// Can evaluating this expression change a local variable? Calls of methods,
/// formulas and member functions, and pointers, might.
fn is_pure(e: &ast::Expr, natives: &dyn NativeNames) -> bool {
    let mut pure = true;
    crate::syntax::visit::each_expr(e, &mut |x| {
        if matches!(
            x.kind,
            ExprKind::Method { .. }
                | ExprKind::MemberCall { .. }
                | ExprKind::CallValue { .. }
                | ExprKind::Deref(_)
                | ExprKind::AddressOf(_)
                | ExprKind::UnknownCall { .. }
                | ExprKind::Try(_)
        ) {
            pure = false;
        }
        if let ExprKind::Command { command, .. } = x.kind
            && !natives
                .command(names::command(command).number)
                .is_some_and(|(_, pure)| pure)
        {
            pure = false;
        }
    });
    pure
}
