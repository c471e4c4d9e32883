//! The tree the interpreter walks: the syntax tree with every name resolved —
//! locals to frame slots, process variables and methods to indices, commands to
//! table rows — so nothing is looked up by name while code runs.

use super::numeric::NumCode;
use super::value::{Slot, Value, VarType};
use crate::source::{Source, Span};
use crate::syntax::ast::BinOp;
use crate::syntax::attributes::Attributes;
use std::rc::Rc;

/// A member function name as the native tables number it (`$c.push(…)`
/// carries the number of `push`), resolved when compiled.
pub type MemberName = u16;

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Const(Value),
    Local(u32),
    Process(u32),
    Interprocess(u32),
    /// `${n}`
    ParamIndirect(Box<Node>),
    /// `a op b op c…`, strictly left to right; each operator with its right
    /// operand's span (an error spans from `a` to it).
    Chain(Box<Node>, Box<[(BinOp, Span, Node)]>),
    /// One binary operation (the most common chain).
    Binary(BinOp, Box<Node>, Box<Node>),
    /// `$local op number` (`$n-1`, `$i%7`, `$n<2`): the commonest binary
    /// operation, without evaluating two sub-nodes.
    LocalNum(BinOp, u32, f64),
    /// Pure arithmetic on numbers and locals (`numeric.rs`); `general` is the
    /// same expression as ordinary nodes, for when a step is not plain.
    NumExpr {
        code: NumCode,
        general: Box<Node>,
    },
    /// A comparison of two pure arithmetic programs.
    NumCompare {
        op: BinOp,
        left: NumCode,
        right: NumCode,
        general: Box<Node>,
    },
    Neg(Box<Node>),
    Method {
        method: u32,
        args: Box<[Node]>,
    },
    /// A built-in command, by its index in the command table.
    Builtin {
        builtin: u16,
        args: Box<[Node]>,
    },
    /// A command fourd does not implement (error -30012 when run).
    Unimplemented {
        name: Rc<str>,
        number: Option<u32>,
    },
    /// A call of a name that is no method (error -30007 when run).
    UnknownMethod {
        name: Rc<str>,
    },
    Member {
        object: Box<Node>,
        key: Rc<str>,
    },
    MemberCall {
        object: Box<Node>,
        name: Rc<str>,
        /// The name as the native tables know it (`None`: no member function
        /// has it; only a formula property of an object can answer).
        member: Option<MemberName>,
        args: Box<[Node]>,
    },
    Index {
        object: Box<Node>,
        index: Box<Node>,
    },
    Element {
        array: Box<Node>,
        index: Box<Node>,
    },
    CharAt {
        text: Box<Node>,
        index: Box<Node>,
    },
    AddressOf(Box<Node>),
    Deref(Box<Node>),
    Ternary(Box<Node>, Box<Node>, Box<Node>),
    Collection(Box<[Node]>),
    Object(Box<[(Rc<str>, Node)]>),
    Try(Box<Node>),
    CallValue {
        callee: Box<Node>,
        args: Box<[Node]>,
    },
    /// `Formula(expr)`: builds a formula object, capturing locals.
    Formula(Rc<FormulaBody>),
    /// `target := value` or `target op= value` as an expression (a formula's):
    /// assigns, and its value is the value assigned.
    Assign {
        op: Option<BinOp>,
        target: Box<Node>,
        value: Box<Node>,
    },
    /// A bare operator argument (`*`, `>`…); only commands read it.
    Symbol(BinOp),
    /// A table or field reference: fourd has no database.
    Field(Rc<str>),
    /// `Super(args)`: the parent class's constructor, on `This`.
    SuperConstructor(Box<[Node]>),
    /// `Super.name(args)`: a function of the parent class, on `This`.
    SuperCall {
        name: Rc<str>,
        args: Box<[Node]>,
    },
}

/// The compiled body of a formula: its own frame, with the creating method's
/// locals copied into the first slots when the formula object is made.
#[derive(Debug)]
pub struct FormulaBody {
    pub expr: Node,
    /// `(slot in the creating frame, slot in the formula frame)`.
    pub captures: Vec<(u32, u32)>,
    pub frame: FrameLayout,
    /// `Formula(MyMethod)`: the call arguments go to the method.
    pub forwards_to: Option<u32>,
    /// The expression as written (`.source`), as the parser spans it.
    pub source: Rc<str>,
    pub file: Source,
}

/// How a method's (or formula's) locals sit in its frame.
#[derive(Debug, Default, Clone)]
pub struct FrameLayout {
    pub slots: u32,
    pub names: Vec<Rc<str>>,
    /// Slots `0..reserved` hold `$1…$reserved` (named parameters share them).
    pub reserved: u32,
    /// Declared types of the parameters, by position (`#DECLARE`).
    pub param_types: Vec<VarType>,
    /// `... : Type`: the type of extra arguments.
    pub variadic: Option<VarType>,
    pub result: ResultSlot,
    /// The declared type of a named result (`-> $r : Integer`): its slot
    /// starts with that type and its default value.
    pub result_type: Option<VarType>,
    /// What each slot holds when a call starts (parameters not passed, the
    /// named result, other locals), made once so a call copies it instead of
    /// working it out; `None` when a default cannot be shared (an array).
    pub initial: Option<Box<[Slot]>>,
}

impl FrameLayout {
    /// Works out [`FrameLayout::initial`] once the layout is complete.
    pub fn with_initial_slots(mut self) -> FrameLayout {
        let mut slots = vec![Slot::default(); self.slots as usize];
        for (i, slot) in slots.iter_mut().enumerate().take(self.reserved as usize) {
            let ty = self.param_types.get(i).copied().unwrap_or(VarType::Dynamic);
            *slot = Slot {
                value: ty.default_value(),
                ty,
            };
        }
        if let (ResultSlot::Slot(r), Some(ty)) = (self.result, self.result_type)
            && let Some(slot) = slots.get_mut(r as usize)
        {
            *slot = Slot {
                value: ty.default_value(),
                ty,
            };
        }
        let shareable = slots.iter().all(|s| !matches!(s.value, Value::Array(_)));
        self.initial = shareable.then(|| slots.into_boxed_slice());
        self
    }
}

/// Where a method's result comes from when it ends.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub enum ResultSlot {
    /// No declared result: `$0` if used (in `slot`), else undefined.
    #[default]
    None,
    /// `$0` or `-> $r`.
    Slot(u32),
    /// `: Type`: set by `return`.
    Typed(VarType),
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

pub type Block = Box<[Stmt]>;

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Node),
    Assign(Node, Node),
    CompoundAssign(BinOp, Node, Node),
    /// `$t:=$t+piece` on a local: appends in place when nothing else holds the text.
    Append(u32, Node),
    /// `$t:=$t+a+b+…` on a local, the pieces pure: evaluated first (they may
    /// read `$t`'s old value), then appended in place when all are texts.
    AppendChain(u32, Box<[Node]>),
    /// `var`, `C_XXX`: declares variables of one type; `init` for `var $x:=…`.
    Declare {
        targets: Box<[Node]>,
        ty: VarType,
        init: Option<Node>,
    },
    /// `C_TEXT(${n})`: types the parameters from `n` on (legacy: a value of
    /// another type becomes the type's empty value).
    DeclareFrom {
        from: u32,
        ty: VarType,
    },
    If(Node, Block, Block),
    Case(Box<[(Node, Block)]>, Block),
    While(Node, Block),
    Repeat(Block, Node),
    For {
        counter: Node,
        start: Node,
        end: Node,
        step: Option<Node>,
        body: Block,
    },
    ForEach {
        item: Node,
        source: Node,
        begin: Option<Node>,
        end: Option<Node>,
        guard: Option<(bool, Node)>,
        body: Block,
    },
    Use(Node, Block),
    Try(Block, Block),
    Return(Option<Node>),
    Break,
    Continue,
    /// `Begin SQL`: not available in fourd.
    Sql,
}

/// One runnable method.
#[derive(Debug)]
pub struct MethodIr {
    pub name: Rc<str>,
    pub file: Source,
    pub attributes: Attributes,
    pub frame: FrameLayout,
    pub body: Block,
}
