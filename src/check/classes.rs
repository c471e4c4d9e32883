//! The class checks of `fourd check`, as 4D's compiler and `check syntax`
//! report them (docs/Concepts/classes.md, docs/commands/super.md).
//!
//! Each file is checked on its own first ([`gather`]: a function or property
//! declared twice, `Super` where it cannot be, `This` before `Super()`),
//! keeping the few facts the project-wide pass ([`check_project`]) needs once
//! every file is known: which classes exist, what they extend, the types of
//! their properties, and where code names `cs.X`.

use super::ParsedUnit;
use crate::diag::{Code, Diagnostic};
use crate::names::{self, command_number};
use crate::project::UnitKind;
use crate::source::{Source, Span};
use crate::syntax::ast::*;
use crate::syntax::token::Modifier;
use crate::syntax::visit::{each_expr, each_stmt, each_stmt_expr};
use std::collections::HashMap;

/// `cs`: the user class store.
const CS: u32 = 1710;

/// The classes of 4D's store a user class may name in `Class extends`:
/// 4D.Object and the ORDA classes (classes.md, "Class extends"), and the
/// built-in classes fourd lets a class extend.
const EXTENDABLE: &[&str] = &[
    "Object",
    "DataClass",
    "DataStoreImplementation",
    "Entity",
    "EntitySelection",
    "File",
    "Folder",
];

/// A literal's kind, for a typed property it is assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Literal {
    Text,
    Number,
    Date,
    Boolean,
    Collection,
    Object,
}

impl Literal {
    fn of(e: &Expr) -> Option<Literal> {
        Some(match &e.kind {
            ExprKind::Text(_) => Literal::Text,
            ExprKind::Number(_) => Literal::Number,
            ExprKind::Date(_) => Literal::Date,
            ExprKind::Collection(_) => Literal::Collection,
            ExprKind::Object(_) => Literal::Object,
            ExprKind::Command { command, .. } => match names::command(*command).number {
                command_number::TRUE | command_number::FALSE => Literal::Boolean,
                command_number::NEW_COLLECTION => Literal::Collection,
                command_number::NEW_OBJECT => Literal::Object,
                _ => return None,
            },
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Literal::Text => "a Text",
            Literal::Number => "a number",
            Literal::Date => "a Date",
            Literal::Boolean => "a Boolean",
            Literal::Collection => "a Collection",
            Literal::Object => "an Object",
        }
    }

    /// Whether a property of type `ty` takes this literal. Only the types
    /// whose values are plain are judged; any other takes everything.
    fn fits(self, ty: &TypeKind) -> bool {
        match ty {
            TypeKind::Text => self == Literal::Text,
            TypeKind::Integer | TypeKind::Real => self == Literal::Number,
            TypeKind::Boolean => self == Literal::Boolean,
            TypeKind::Date => self == Literal::Date,
            TypeKind::Collection => self == Literal::Collection,
            TypeKind::Object | TypeKind::Class(_) => self == Literal::Object,
            _ => true,
        }
    }
}

/// What the project-wide class checks need from one file.
#[derive(Debug, Default)]
pub(super) struct ClassFacts {
    /// `Class extends Name` of a class file.
    extends: Option<(Name, Span)>,
    /// The class's constructor is `shared` (or `session singleton`).
    shared: bool,
    /// The class file has a `Class constructor`.
    has_constructor: bool,
    /// Its constructor uses `This` before calling `Super()` (here).
    this_before_super: Option<Span>,
    /// Its constructor never calls `Super()`.
    no_super: Option<Span>,
    /// Declared property types (`property name : Type`).
    properties: Vec<(Name, TypeKind)>,
    /// `cs.Name` read anywhere in the file.
    uses: Vec<(Name, Span)>,
    /// `$v.name:=literal` where `$v` is declared `cs.Class`, or
    /// `This.name:=literal` in a class file (class "").
    assigns: Vec<Assigned>,
}

/// One literal assigned to a property of an object of a known class.
#[derive(Debug)]
struct Assigned {
    class: Name,
    property: Name,
    literal: Literal,
    span: Span,
}

fn error(file: &Source, span: Span, message: String) -> Diagnostic {
    Diagnostic::error(Code::Check("class"), message).at(file, span)
}

fn is_command(e: &Expr, number: u32) -> bool {
    matches!(&e.kind, ExprKind::Command { command, .. } if names::command(*command).number == number)
}

/// Checks one file's class code on its own and keeps what the project-wide
/// pass needs.
pub(super) fn gather(
    file: &Source,
    kind: UnitKind,
    ast: &FileAst,
    out: &mut Vec<Diagnostic>,
) -> ClassFacts {
    let mut facts = ClassFacts::default();
    let is_class = kind == UnitKind::Class;
    if is_class {
        facts.extends = ast.extends.clone();
        declared_once(file, ast, out);
        for p in &ast.properties {
            if let Some(ty) = &p.ty {
                for (n, _) in &p.names {
                    facts.properties.push((n.clone(), ty.kind.clone()));
                }
            }
        }
        if let Some(ctor) = ast
            .functions
            .iter()
            .find(|f| f.kind == FunctionKind::Constructor)
        {
            facts.has_constructor = true;
            facts.shared = ctor.modifiers.contains(&Modifier::Shared)
                || ctor.modifiers.contains(&Modifier::Session);
            if ast.extends.is_some() {
                constructor_order(ctor, &mut facts);
            }
        }
    }
    let mut bodies: Vec<(Option<&FunctionDef>, &Block)> = vec![(None, &ast.body)];
    bodies.extend(ast.functions.iter().map(|f| (Some(f), &f.body)));
    for (function, body) in bodies {
        let mut typed: HashMap<Name, Name> = HashMap::new();
        if let Some(f) = function {
            for p in &f.signature.params {
                if let Some(TypeRef {
                    kind: TypeKind::Class(c),
                    ..
                }) = &p.ty
                {
                    typed.insert(p.name.clone(), Name::from(&**c));
                }
            }
        }
        each_stmt(body, false, &mut |stmt, _| {
            if let StmtKind::Var {
                names,
                ty:
                    Some(TypeRef {
                        kind: TypeKind::Class(c),
                        ..
                    }),
                ..
            } = &stmt.kind
            {
                for v in names {
                    if let ExprKind::Local(n) = &v.kind {
                        typed.insert(n.clone(), Name::from(&**c));
                    }
                }
            }
            if let StmtKind::Assign { target, value } = &stmt.kind
                && let ExprKind::Member { object, name, .. } = &target.kind
                && let Some(literal) = Literal::of(value)
            {
                let class = match &object.kind {
                    ExprKind::Local(n) => typed
                        .get(n)
                        .and_then(|c| c.strip_prefix("cs.").map(Name::from)),
                    _ if is_class && is_command(object, command_number::THIS) => {
                        Some(Name::from(""))
                    }
                    _ => None,
                };
                if let Some(class) = class {
                    facts.assigns.push(Assigned {
                        class,
                        property: name.clone(),
                        literal,
                        span: stmt.span,
                    });
                }
            }
            each_stmt_expr(stmt, &mut |e| {
                each_expr(e, &mut |x| {
                    note_expr(file, x, function, is_class, &mut facts, out);
                });
            });
        });
    }
    facts
}

/// `cs.Name` kept for the project pass; `Super` where it cannot be used.
fn note_expr(
    file: &Source,
    x: &Expr,
    function: Option<&FunctionDef>,
    is_class: bool,
    facts: &mut ClassFacts,
    out: &mut Vec<Diagnostic>,
) {
    match &x.kind {
        ExprKind::Member {
            object,
            name,
            name_span,
        }
        | ExprKind::MemberCall {
            object,
            name,
            name_span,
            ..
        } if is_command(object, CS) => {
            facts.uses.push((name.clone(), *name_span));
        }
        // `Super()` in the constructor of a class without `Class extends`
        // calls 4D.Object's: real projects do it, and 4D accepts it.
        ExprKind::Command { command, .. }
            if names::command(*command).number == command_number::SUPER
                && (!is_class || function.is_none()) =>
        {
            // A warning: super.md gives -10746 when it runs, not a compile error.
            let m = "Super can only be used in a class function or constructor (super.md: error -10746 when it runs)";
            out.push(Diagnostic::warning(Code::Check("class"), m).at(file, x.span));
        }
        _ => {}
    }
}

/// A name declared twice in a class: two functions (or two getters, two
/// setters) of one name, two properties, a property and a function of one
/// name ("properties and functions share the same namespace", classes.md).
fn declared_once(file: &Source, ast: &FileAst, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(&str, FunctionKind, &'static str)> = Vec::new();
    for p in &ast.properties {
        for (n, span) in &p.names {
            if seen.iter().any(|(s, _, _)| *s == &**n) {
                out.push(error(
                    file,
                    *span,
                    format!("property '{n}' is declared twice in this class"),
                ));
            }
            seen.push((n, FunctionKind::Function, "property"));
        }
    }
    for f in &ast.functions {
        if f.kind == FunctionKind::Constructor {
            continue;
        }
        let clash = seen.iter().find(|(s, kind, _)| {
            *s == &*f.name
                && !(matches!(
                    (kind, f.kind),
                    (FunctionKind::Getter, FunctionKind::Setter)
                        | (FunctionKind::Setter, FunctionKind::Getter)
                ))
        });
        // `property x` beside `Function get x`/`set x` is accepted by 4D's
        // compiler: 4D's own components (4D-ViewPro, 4D-AIKit) declare both.
        let clash = clash.filter(|(_, _, what)| {
            !(*what == "property" && matches!(f.kind, FunctionKind::Getter | FunctionKind::Setter))
        });
        if let Some((_, _, what)) = clash {
            let message = if *what == "property" {
                format!(
                    "'{}' is both a property and a function of this class (they share one namespace)",
                    f.name
                )
            } else {
                format!("function '{}' is declared twice in this class", f.name)
            };
            out.push(error(file, f.name_span, message));
        }
        let what = match f.kind {
            FunctionKind::Getter | FunctionKind::Setter => "computed property",
            _ => "function",
        };
        seen.push((&f.name, f.kind, what));
    }
}

/// In the constructor of a derived class: `This` read before the first
/// `Super()`, or no `Super()` at all (judged once the superclass is known).
fn constructor_order(ctor: &FunctionDef, facts: &mut ClassFacts) {
    let mut first_super: Option<Span> = None;
    let mut first_this: Option<Span> = None;
    each_stmt(&ctor.body, false, &mut |stmt, _| {
        each_stmt_expr(stmt, &mut |e| {
            each_expr(e, &mut |x| {
                let ExprKind::Command { command, args } = &x.kind else {
                    return;
                };
                let number = names::command(*command).number;
                let earlier = |s: Option<Span>| s.is_none_or(|s| x.span.start < s.start);
                if number == command_number::SUPER && (!args.is_empty() || is_super_call(stmt, x)) {
                    if earlier(first_super) {
                        first_super = Some(x.span);
                    }
                } else if number == command_number::THIS && earlier(first_this) {
                    first_this = Some(x.span);
                }
            });
        });
    });
    match (first_this, first_super) {
        (Some(t), Some(s)) if t.start < s.start => facts.this_before_super = Some(t),
        (Some(t), None) => facts.this_before_super = Some(t),
        (None, None) => facts.no_super = Some(ctor.name_span),
        _ => {}
    }
}

/// `Super()` with no arguments as a statement of its own (not `Super.f()`).
fn is_super_call(stmt: &Stmt, x: &Expr) -> bool {
    matches!(&stmt.kind, StmtKind::Expr(e) if std::ptr::eq(e, x))
}

/// The checks that need every class of the project: `Class extends` of an
/// unknown class, of itself or in a circle; a shared class extending a
/// class that is not; `cs.X` of no class; `This` before `Super()` where the
/// superclass has a constructor; a literal of the wrong type assigned to a
/// typed property. `tables` are the project's dataclasses (their ORDA
/// classes are in `cs` without a file).
pub fn check_project(units: &mut [ParsedUnit], tables: &[String]) {
    let classes: HashMap<String, usize> = units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.kind == UnitKind::Class)
        .map(|(i, u)| (u.name.clone(), i))
        .collect();
    let parent = |i: usize| -> Option<&str> {
        let (n, _) = units[i].classes.extends.as_ref()?;
        Some(n.strip_prefix("cs.").unwrap_or(n))
    };
    let mut found: Vec<(usize, Diagnostic)> = Vec::new();
    for (name, &i) in &classes {
        let u = &units[i];
        let Some((_, span)) = u.classes.extends.clone() else {
            continue;
        };
        let Some(p) = parent(i) else { continue };
        let mut message = None;
        if p == name {
            message = Some(format!("class '{name}' cannot extend itself"));
        } else if let Some(&pi) = classes.get(p) {
            // Walk up: a circle back to this class is an error here.
            let mut at = Some(pi);
            for _ in 0..=classes.len() {
                let Some(k) = at else { break };
                if k == i {
                    message = Some(format!(
                        "class '{name}' extends '{p}', which extends it back (a circular Class extends)"
                    ));
                    break;
                }
                at = parent(k).and_then(|n| classes.get(n).copied());
            }
            if message.is_none() && u.classes.shared && !units[pi].classes.shared {
                message = Some(format!(
                    "shared class '{name}' cannot extend '{p}', which is not shared"
                ));
            }
        } else {
            let built_in = p.strip_prefix("4D.").unwrap_or(p);
            if !EXTENDABLE.contains(&built_in) && !is_orda_class(p, tables) {
                message = Some(format!(
                    "class '{name}' extends '{p}', which is no class of this project"
                ));
            }
        }
        if let Some(m) = message {
            found.push((i, error(&u.source, span, m)));
        }
    }
    // This before Super(), and a constructor that never calls it, where the
    // superclass chain has a constructor (super.md: -10743, -10748).
    for (name, &i) in &classes {
        let facts = &units[i].classes;
        let owes = chain_has_constructor(i, &classes, units, &parent);
        if !owes {
            continue;
        }
        let file = &units[i].source;
        // Warnings: super.md gives both as errors when the code runs, and
        // a constructor never run never raises them.
        let warning =
            |span: Span, m: String| Diagnostic::warning(Code::Check("class"), m).at(file, span);
        if let Some(span) = facts.this_before_super {
            found.push((i, warning(span, format!("This is used before Super() in the constructor of '{name}' (super.md: error -10743 when it runs)"))));
        } else if let Some(span) = facts.no_super {
            found.push((i, warning(span, format!("the constructor of '{name}' does not call Super(), and its superclass has a constructor (super.md: error -10748 when it runs)"))));
        }
    }
    for (ui, u) in units.iter().enumerate() {
        for (n, span) in &u.classes.uses {
            // A warning: a component's namespace (`cs.Component.Class`) is
            // known only to the component, and `cs.X` of no class reads as
            // undefined when run.
            if !classes.contains_key(&**n) && !is_orda_class(n, tables) {
                let m = format!("cs.{n}: there is no class '{n}' in this project");
                found.push((
                    ui,
                    Diagnostic::warning(Code::Check("class"), m).at(&u.source, *span),
                ));
            }
        }
        for a in &u.classes.assigns {
            let class = if a.class.is_empty() {
                u.name.as_str()
            } else {
                &*a.class
            };
            let Some(ty) = property_type(class, &a.property, &classes, units, &parent) else {
                continue;
            };
            if !a.literal.fits(ty) {
                let m = format!(
                    "property '{}' of class '{class}' is declared {}; it cannot take {}",
                    a.property,
                    ty.name(),
                    a.literal.name()
                );
                found.push((ui, error(&u.source, a.span, m)));
            }
        }
    }
    for (i, d) in found {
        units[i].diagnostics.push(d);
    }
}

/// A class of `cs` that ORDA makes for a project with a structure:
/// `DataStore`, and per dataclass `Name`, `NameEntity`, `NameSelection`.
fn is_orda_class(name: &str, tables: &[String]) -> bool {
    !tables.is_empty() && name == "DataStore"
        || tables.iter().any(|t| {
            name.strip_prefix(t.as_str())
                .is_some_and(|rest| matches!(rest, "" | "Entity" | "Selection"))
        })
}

/// Whether a superclass of class `i` (in the project) has a constructor.
fn chain_has_constructor<'a>(
    i: usize,
    classes: &HashMap<String, usize>,
    units: &'a [ParsedUnit],
    parent: &impl Fn(usize) -> Option<&'a str>,
) -> bool {
    let mut at = parent(i).and_then(|p| classes.get(p).copied());
    for _ in 0..=classes.len() {
        let Some(k) = at else { return false };
        if units[k].classes.has_constructor {
            return true;
        }
        at = parent(k).and_then(|p| classes.get(p).copied());
    }
    false
}

/// The declared type of `property` in `class` or its superclasses.
fn property_type<'a>(
    class: &str,
    property: &str,
    classes: &HashMap<String, usize>,
    units: &'a [ParsedUnit],
    parent: &impl Fn(usize) -> Option<&'a str>,
) -> Option<&'a TypeKind> {
    let mut at = classes.get(class).copied();
    for _ in 0..=classes.len() {
        let k = at?;
        if let Some((_, ty)) = units[k]
            .classes
            .properties
            .iter()
            .find(|(n, _)| &**n == property)
        {
            return Some(ty);
        }
        at = parent(k).and_then(|p| classes.get(p).copied());
    }
    None
}
