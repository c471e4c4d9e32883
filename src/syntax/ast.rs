//! The syntax tree. Every node carries its span, so later stages can point at
//! the exact code an error comes from.
//!
//! Binary operators form a flat [`ExprKind::Chain`]: 4D has no precedence and
//! evaluates strictly left to right (`3+4*5` is 35), and a chain says exactly
//! that — it also keeps a long expression from becoming a deep tree.

pub use super::op::BinOp;
use super::token::Modifier;
pub use crate::conv::date::Date4D;
use crate::names::{CommandId, ConstantId};
use crate::source::Span;

/// A name as written (without `$`, `<>`), case preserved.
pub type Name = Box<str>;

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Number(f64),
    Text(Box<str>),
    Date(Date4D),
    /// Seconds.
    Time(f64),
    /// `$name`
    Local(Name),
    /// `$1`…, and `$0`.
    Param(u32),
    /// `${expr}`
    ParamIndirect(Box<Expr>),
    /// A plain word that names no command, method or constant.
    Process(Name),
    /// `<>name`
    Interprocess(Name),
    /// A 4D command, with its arguments (none when called without parentheses).
    Command {
        command: CommandId,
        args: Vec<Expr>,
    },
    /// A project method call, by its index in the project's method list.
    Method {
        method: u32,
        args: Vec<Expr>,
    },
    Constant(ConstantId),
    /// A tokenized name fourd cannot know (plug-in command, unknown token).
    Unavailable {
        name: Name,
        args: Vec<Expr>,
    },
    Table(Name),
    Field {
        table: Name,
        field: Name,
    },
    /// `first op₁ e₁ op₂ e₂ …`, applied strictly left to right.
    Chain {
        first: Box<Expr>,
        rest: Vec<(BinOp, Span, Expr)>,
    },
    /// `-e`
    Neg(Box<Expr>),
    /// `->e`: a pointer to a variable, element or field.
    AddressOf(Box<Expr>),
    /// `e->`: what a pointer points to.
    Deref(Box<Expr>),
    /// `e.name`
    Member {
        object: Box<Expr>,
        name: Name,
        name_span: Span,
    },
    /// `e.name(args)`: a member function call.
    MemberCall {
        object: Box<Expr>,
        name: Name,
        name_span: Span,
        args: Vec<Expr>,
    },
    /// `e[index]`: collection element or object property by text.
    Index {
        object: Box<Expr>,
        index: Box<Expr>,
    },
    /// `e{index}`: array element.
    Element {
        array: Box<Expr>,
        index: Box<Expr>,
    },
    /// `e[[index]]`: one character of a text.
    CharAt {
        text: Box<Expr>,
        index: Box<Expr>,
    },
    /// `c ? a : b`
    Ternary {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `[a; b; c]`
    Collection(Vec<Expr>),
    /// `{a: 1; "b c": 2}`
    Object(Vec<(Name, Span, Expr)>),
    /// `Try(expr)`
    Try(Box<Expr>),
    /// A call of an unknown name with parentheses: reported by the checker.
    UnknownCall {
        name: Name,
        args: Vec<Expr>,
    },
    /// A bare operator as an argument: `*` (`Position(a; b; *)`), `>` and `<`
    /// (sort order), `|`, `&`, `#` (query conjunctions), `=`, `%`, … (query
    /// comparators).
    Symbol(BinOp),
    /// `e(args)` where `e` is not a name: `$o[$name]()` calls a formula.
    CallValue {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `target := value`, or `target op= value` with `op`: only as the
    /// expression of a formula (`Formula($1.accumulator*=$1.value)`, and the
    /// text of `Formula from string`). Its value is the value assigned.
    Assign {
        op: Option<BinOp>,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// Where a syntax error was; already reported.
    Error,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

/// A type in a declaration: `Text`, `Integer`, `cs.Person`, `4D.File`, …
#[derive(Debug, Clone, PartialEq)]
pub struct TypeRef {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeKind {
    Text,
    Real,
    Integer,
    Boolean,
    Date,
    Time,
    Object,
    Collection,
    Pointer,
    Picture,
    Blob,
    Variant,
    /// `cs.Name`, `4D.Name`: an object of that class.
    Class(Box<str>),
}

impl TypeKind {
    /// Reads a type name as written after `:` (case-insensitive for 4D's types).
    pub fn from_name(name: &str) -> Option<TypeKind> {
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_str() {
            "text" | "string" => TypeKind::Text,
            "real" | "number" => TypeKind::Real,
            "integer" | "longint" => TypeKind::Integer,
            "boolean" => TypeKind::Boolean,
            "date" => TypeKind::Date,
            "time" => TypeKind::Time,
            "object" => TypeKind::Object,
            "collection" => TypeKind::Collection,
            "pointer" => TypeKind::Pointer,
            "picture" => TypeKind::Picture,
            "blob" => TypeKind::Blob,
            "variant" => TypeKind::Variant,
            _ if lower.starts_with("cs.") || lower.starts_with("4d.") => {
                TypeKind::Class(name.into())
            }
            _ => return None,
        })
    }

    pub fn name(&self) -> &str {
        match self {
            TypeKind::Text => "Text",
            TypeKind::Real => "Real",
            TypeKind::Integer => "Integer",
            TypeKind::Boolean => "Boolean",
            TypeKind::Date => "Date",
            TypeKind::Time => "Time",
            TypeKind::Object => "Object",
            TypeKind::Collection => "Collection",
            TypeKind::Pointer => "Pointer",
            TypeKind::Picture => "Picture",
            TypeKind::Blob => "Blob",
            TypeKind::Variant => "Variant",
            TypeKind::Class(name) => name,
        }
    }
}

/// One declared parameter or result: `$name : Type`.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Name,
    pub span: Span,
    pub ty: Option<TypeRef>,
}

/// The parameters and result of `#DECLARE`, `Function` or `Class constructor`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Signature {
    pub params: Vec<Param>,
    /// `... : Type` at the end: more arguments of that type may follow.
    pub variadic: Option<(Option<TypeRef>, Span)>,
    pub result: Option<ResultDecl>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResultDecl {
    /// `-> $r : Type`
    Named(Param),
    /// `: Type`, returned with `return`.
    Typed(TypeRef),
}

/// A `For each` suffix: `Until (c)` is tested after each pass, `While (c)` before.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopGuard {
    pub until: bool,
    pub cond: Expr,
}

pub type Block = Vec<Stmt>;

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

impl Stmt {
    /// The statement as the expression of a formula (`Formula from string`):
    /// an expression statement, or an assignment as [`ExprKind::Assign`].
    pub fn formula_expr(&self) -> Option<Expr> {
        let (op, target, value) = match &self.kind {
            StmtKind::Expr(e) => return Some(e.clone()),
            StmtKind::Assign { target, value } => (None, target, value),
            StmtKind::CompoundAssign { op, target, value } => (Some(*op), target, value),
            _ => return None,
        };
        let kind = ExprKind::Assign {
            op,
            target: Box::new(target.clone()),
            value: Box::new(value.clone()),
        };
        Some(Expr::new(kind, target.span.to(value.span)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// A call whose result is discarded.
    Expr(Expr),
    Assign {
        target: Expr,
        value: Expr,
    },
    CompoundAssign {
        op: BinOp,
        target: Expr,
        value: Expr,
    },
    /// `var $a; $b : Type := init`; each name is a `Local` or `Process` expression.
    Var {
        names: Vec<Expr>,
        ty: Option<TypeRef>,
        init: Option<Expr>,
    },
    Declare(Signature),
    If {
        cond: Expr,
        then: Block,
        otherwise: Option<Block>,
    },
    Case {
        branches: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    While {
        cond: Expr,
        body: Block,
    },
    Repeat {
        body: Block,
        cond: Expr,
    },
    For {
        counter: Expr,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
        body: Block,
    },
    ForEach {
        item: Expr,
        source: Expr,
        begin: Option<Expr>,
        end: Option<Expr>,
        guard: Option<LoopGuard>,
        body: Block,
    },
    Use {
        target: Expr,
        body: Block,
    },
    Try {
        body: Block,
        catch: Block,
    },
    Sql(Box<str>),
    Return(Option<Expr>),
    Break,
    Continue,
    /// A line that did not parse; its error is already reported.
    Error,
}

/// `Function` or `Class constructor` in a class file, with its body.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub modifiers: Vec<Modifier>,
    pub kind: FunctionKind,
    /// `"constructor"` for a constructor; `"query x"` and `"orderBy x"` for
    /// ORDA's query and sort handlers of the computed attribute `x`.
    pub name: Name,
    pub name_span: Span,
    pub signature: Signature,
    pub body: Block,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    Constructor,
    Function,
    Getter,
    Setter,
}

/// `property a; b : Type := value`
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyDecl {
    pub names: Vec<(Name, Span)>,
    pub ty: Option<TypeRef>,
    pub init: Option<Expr>,
    pub span: Span,
}

/// One parsed `.4dm` file: a method body, or a class's parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileAst {
    /// The statements of a method (for a class file, statements outside any
    /// function, which the checker refuses).
    pub body: Block,
    pub extends: Option<(Name, Span)>,
    pub properties: Vec<PropertyDecl>,
    pub functions: Vec<FunctionDef>,
}
