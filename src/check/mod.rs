//! Static checks: everything fourd can say about code without running it.
//! Syntax errors come from the parser; this module adds misplaced `break`,
//! `continue` and `#DECLARE`, statements that do nothing, bad assignment targets,
//! unknown names, 4D's preemptive rule across a whole project (`preemptive.rs`)
//! and the class rules (`classes.rs`).

mod classes;
mod one_file;
mod preemptive;
mod project;

use preemptive::Hazards;
pub use preemptive::check_preemptive;
pub use project::{check_sets, check_sets_findings};

use crate::diag::{Code, Diagnostic};
use crate::names::NameTable;
use crate::project::{Unit, UnitKind};
use crate::source::{Source, Span};
use crate::syntax::ast::*;
use crate::syntax::attributes::{self, Attributes};
use crate::syntax::visit::{each_expr, each_stmt, each_stmt_expr};
use crate::syntax::{lex, parser};

/// One file after the front end: its tree, attributes and findings.
#[derive(Debug)]
pub struct ParsedUnit {
    pub kind: UnitKind,
    pub name: String,
    pub source: Source,
    pub ast: FileAst,
    pub attributes: Attributes,
    /// `//%T-` … `//%T+` regions.
    pub unchecked: Vec<Span>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the project-wide preemptive check needs from this file, found
    /// while it is checked (in parallel with the other files).
    hazards: Hazards,
    /// What the project-wide class checks need from this file.
    classes: classes::ClassFacts,
}

impl ParsedUnit {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Lexes, parses and checks one file on its own.
pub fn parse_unit(unit: &Unit, names: &NameTable) -> ParsedUnit {
    let src = unit.source.text.as_str();
    let lexed = lex(src, names);
    let unchecked = lexed.unchecked_regions.clone();
    let (ast, errors) = parser::parse(src, lexed);
    let mut diagnostics: Vec<Diagnostic> = errors
        .iter()
        .map(|e| Diagnostic::syntax(&unit.source, e))
        .collect();
    let attributes = attributes::read(src).unwrap_or_default();
    if attributes.malformed {
        diagnostics.push(
            Diagnostic::warning(
                Code::Check("attributes"),
                "the //%attributes line is not valid JSON; it is ignored",
            )
            .at(
                &unit.source,
                Span::new(0, src.lines().next().map_or(0, str::len)),
            ),
        );
    }
    let mut hazards = Hazards::new(&unchecked);
    check_file(
        &unit.source,
        unit.kind,
        &ast,
        &mut diagnostics,
        &mut hazards,
    );
    let classes = classes::gather(&unit.source, unit.kind, &ast, &mut diagnostics);
    ParsedUnit {
        kind: unit.kind,
        name: unit.name.clone(),
        source: unit.source.clone(),
        ast,
        attributes,
        unchecked,
        diagnostics,
        hazards,
        classes,
    }
}

fn check_file(
    file: &Source,
    kind: UnitKind,
    ast: &FileAst,
    out: &mut Vec<Diagnostic>,
    hazards: &mut Hazards,
) {
    if kind == UnitKind::Class {
        if let Some(first) = ast.body.iter().find(|s| !matches!(s.kind, StmtKind::Error)) {
            out.push(
                Diagnostic::error(
                    Code::Check("class"),
                    "code in a class file must be inside a Function or Class constructor",
                )
                .at(file, first.span),
            );
        }
    } else {
        let span = ast
            .functions
            .first()
            .map(|f| f.span)
            .or(ast.properties.first().map(|p| p.span))
            .or(ast.extends.as_ref().map(|e| e.1));
        if let Some(span) = span {
            out.push(
                Diagnostic::error(Code::Check("class"), "only class files (in Sources/Classes) can declare functions, properties or Class extends")
                    .at(file, span),
            );
        }
    }
    check_body(file, &ast.body, kind != UnitKind::Class, out, Some(hazards));
    let declared = ast.body.iter().find_map(|s| match &s.kind {
        StmtKind::Declare(sig) => Some(sig),
        _ => None,
    });
    if let Some(sig) = declared {
        check_parameters(file, sig, &ast.body, out);
    }
    for f in &ast.functions {
        check_body(file, &f.body, false, out, None);
        check_parameters(file, &f.signature, &f.body, out);
    }
    // docs/language.md §18: at most one Class constructor.
    let constructors = ast
        .functions
        .iter()
        .filter(|f| f.kind == FunctionKind::Constructor);
    for extra in constructors.skip(1) {
        out.push(
            Diagnostic::error(
                Code::Check("class"),
                "a class has at most one Class constructor",
            )
            .at(file, extra.span),
        );
    }
}

/// The names a signature declares (parameters, then a named result) are
/// declared once in the signature (docs/language.md §11.3: a name may not be both
/// input and output). `var` on a parameter with the same type is accepted —
/// real projects that 4D compiles do it (`#DECLARE($onFlag : Boolean)` then
/// `var $onFlag : Boolean`) — but with another type it is an error (§11.1).
fn check_parameters(file: &Source, sig: &Signature, body: &Block, out: &mut Vec<Diagnostic>) {
    let mut names: Vec<&Param> = sig.params.iter().collect();
    if let Some(ResultDecl::Named(r)) = &sig.result {
        names.push(r);
    }
    // Compared as lower case, without making lower-case copies.
    let same = |a: &str, b: &str| {
        a.len() == b.len() && a.eq_ignore_ascii_case(b)
            || a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase))
    };
    for (i, p) in names.iter().enumerate() {
        if names[..i].iter().any(|q| same(&q.name, &p.name)) {
            out.push(
                Diagnostic::error(
                    Code::Check("declaration"),
                    format!("${} is declared twice in this signature", p.name),
                )
                .at(file, p.span),
            );
        }
    }
    let kind = |t: Option<&TypeRef>| t.map(|t| t.kind.clone());
    each_stmt(body, false, &mut |stmt, _| {
        if let StmtKind::Var {
            names: vars, ty, ..
        } = &stmt.kind
        {
            for v in vars {
                if let ExprKind::Local(n) = &v.kind
                    && let Some(p) = names.iter().find(|p| same(&p.name, n))
                    && kind(p.ty.as_ref()) != kind(ty.as_ref())
                {
                    out.push(
                        Diagnostic::error(
                            Code::Check("declaration"),
                            format!(
                                "${n} is a parameter of another type; var cannot change its type"
                            ),
                        )
                        .at(file, v.span),
                    );
                }
            }
        }
    });
}

/// Checks one method or function body; for the body of the file itself, also
/// notes what the preemptive check needs, in the same walk.
fn check_body(
    file: &Source,
    body: &Block,
    declare_allowed: bool,
    out: &mut Vec<Diagnostic>,
    mut hazards: Option<&mut Hazards>,
) {
    let first_code = body.iter().position(|s| !matches!(s.kind, StmtKind::Error));
    each_stmt(body, false, &mut |stmt, in_loop| {
        let err = |msg: &str| Diagnostic::error(Code::Check("statement"), msg).at(file, stmt.span);
        match &stmt.kind {
            StmtKind::Break | StmtKind::Continue if !in_loop => {
                let word = if matches!(stmt.kind, StmtKind::Break) {
                    "break"
                } else {
                    "continue"
                };
                out.push(err(&format!("{word} outside a loop")));
            }
            StmtKind::Declare(_) => {
                let is_first = first_code.is_some_and(|i| std::ptr::eq(&body[i], stmt));
                if !declare_allowed {
                    out.push(err("#DECLARE is only allowed in a method; a function declares its parameters on its Function line"));
                } else if !is_first {
                    out.push(err("#DECLARE must be the first line of code of the method"));
                }
            }
            StmtKind::Expr(e) => check_expr_statement(file, e, out),
            StmtKind::Assign { target, .. } => check_target(file, target, false, out),
            StmtKind::CompoundAssign { target, .. } => check_target(file, target, true, out),
            StmtKind::For { counter, .. } => check_target(file, counter, false, out),
            StmtKind::ForEach { item, .. } => check_target(file, item, false, out),
            _ => {}
        }
        each_stmt_expr(stmt, &mut |e| {
            each_expr(e, &mut |x| {
                if let Some(h) = hazards.as_deref_mut() {
                    h.note(x);
                }
                if let ExprKind::Assign { op, target, .. } = &x.kind {
                    check_target(file, target, op.is_some(), out);
                }
                if let ExprKind::Process(name) = &x.kind
                    && unknown_phrase(name)
                {
                    out.push(
                        Diagnostic::warning(
                            Code::Check("unknown-name"),
                            format!(
                                "'{}' is not a known command, constant or method",
                                shown(name)
                            ),
                        )
                        .at(file, x.span),
                    );
                }
                if let ExprKind::UnknownCall { name, .. } = &x.kind
                    && !name.eq_ignore_ascii_case("try")
                {
                    out.push(
                        Diagnostic::warning(
                            Code::Check("unknown-name"),
                            format!(
                                "'{}' is not a 4D command nor a method of this project",
                                shown(name)
                            ),
                        )
                        .at(file, x.span),
                    );
                }
            });
        });
    });
}

/// Several words that the lexer kept together as one name, though they do not
/// all belong to a known name (`OT New`, `Current date foo`): a component's or
/// plug-in's name, or a mistake. System variables (`Error method`) are known.
fn unknown_phrase(name: &str) -> bool {
    let words = name.split_whitespace().count();
    words > 1
        && NameTable::default()
            .longest_match(name.split_whitespace())
            .is_none_or(|m| m.words < words)
}

/// A name as a message shows it: a generated run of words can be megabytes long.
fn shown(name: &str) -> String {
    const MAX_CHARS: usize = 60;
    match name.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &name[..cut]),
        None => name.to_string(),
    }
}

/// A statement that is an expression must call something: `$a=1` alone does nothing.
fn check_expr_statement(file: &Source, e: &Expr, out: &mut Vec<Diagnostic>) {
    match &e.kind {
        ExprKind::Command { .. }
        | ExprKind::Method { .. }
        | ExprKind::MemberCall { .. }
        | ExprKind::CallValue { .. }
        | ExprKind::Unavailable { .. }
        | ExprKind::UnknownCall { .. }
        | ExprKind::Try(_)
        | ExprKind::Error => {}
        // A phrase of unknown words is reported by the walk over every expression.
        ExprKind::Process(name) if unknown_phrase(name) => {}
        ExprKind::Process(name) => out.push(
            Diagnostic::warning(
                Code::Check("unknown-name"),
                format!(
                    "'{}' is not a 4D command nor a method of this project",
                    shown(name)
                ),
            )
            .at(file, e.span),
        ),
        _ => out.push(
            Diagnostic::error(
                Code::Check("statement"),
                "this expression does nothing: a statement is an assignment or a call",
            )
            .at(file, e.span),
        ),
    }
}

fn check_target(file: &Source, target: &Expr, compound: bool, out: &mut Vec<Diagnostic>) {
    let ok = match &target.kind {
        ExprKind::Local(_)
        | ExprKind::Param(_)
        | ExprKind::ParamIndirect(_)
        | ExprKind::Process(_)
        | ExprKind::Interprocess(_)
        | ExprKind::Member { .. }
        | ExprKind::Index { .. }
        | ExprKind::Element { .. }
        | ExprKind::Deref(_)
        | ExprKind::Field { .. }
        | ExprKind::Error => true,
        ExprKind::CharAt { .. } => !compound,
        _ => false,
    };
    if !ok {
        let msg = if compound && matches!(target.kind, ExprKind::CharAt { .. }) {
            "compound assignment is not allowed on a character reference [[i]]"
        } else {
            "this expression cannot be assigned to"
        };
        out.push(Diagnostic::error(Code::Check("assignment"), msg).at(file, target.span));
    }
}
