//! Expressions, and the places values are assigned to: variables, properties,
//! elements, characters, and what a pointer points to.

use super::ir::{Node, NodeKind};
use super::rt_error::{Fault, Unwind};
use super::value::as_int32;
use super::value::{
    Array, ArrayKind, CollRef, ObjRef, Target, Text, Value, VarType, element_default, stored,
    to_integer,
};
use super::{Interp, Slot, ops};
use crate::conv;
use crate::source::Span;
use crate::syntax::ast::BinOp;
use std::cell::RefCell;
use std::rc::Rc;

/// Where an assignment goes.
#[derive(Debug, Clone)]
pub enum Place {
    /// An absolute index into the value stack.
    Local(usize),
    /// `${i}` beyond the reserved parameters: index into the frame's extras.
    Extra(usize),
    Process(u32),
    Interprocess(u32),
    Property(ObjRef, Rc<str>),
    Item(CollRef, i64),
    Element(Rc<RefCell<Array>>, i64),
    Char(Box<Place>, i64),
}

thread_local! {
    /// One-character ASCII texts, shared: `$t[[$i]]` allocates nothing.
    static ASCII_CHARS: Vec<Text> = (0u8..128).map(|b| Text::from((b as char).to_string())).collect();
}

pub(crate) fn char_text(s: &str) -> Value {
    if s.len() == 1 && s.as_bytes()[0] < 128 {
        return ASCII_CHARS.with(|t| Value::Text(t[s.as_bytes()[0] as usize].clone()));
    }
    Value::text(s)
}

/// Number ∘ number for the common operators, or `None` to take the general
/// path (`ops::binary`), which knows every rule and error.
#[inline(always)]
pub(crate) fn fast_number_op(op: BinOp, x: f64, y: f64, eps: f64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Real(x + y),
        BinOp::Sub => Value::Real(x - y),
        BinOp::Mul => Value::Real(x * y),
        BinOp::Div => Value::Real(x / y),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Eq => Value::Bool(conv::real_eq(x, y, eps)),
        BinOp::NotEq => Value::Bool(!conv::real_eq(x, y, eps)),
        BinOp::Le => Value::Bool(conv::real_le(x, y, eps)),
        BinOp::Ge => Value::Bool(conv::real_ge(x, y, eps)),
        // `%` on values already 32-bit integers (the usual case).
        BinOp::Mod if as_int32(x).is_some() && as_int32(y).is_some_and(|d| d != 0) => {
            Value::Real((x as i64 % y as i64) as f64)
        }
        _ => return None,
    })
}

/// Converts a value for a variable of type `ty` (language.md §7), or says why not.
pub fn coerce(v: Value, ty: VarType) -> Result<Value, Fault> {
    use VarType as T;
    match (ty, v) {
        (T::Undeclared | T::Dynamic | T::Variant, v) => Ok(v),
        (ty, Value::Undefined) => Ok(ty.default_value()),
        (T::Real, Value::Real(x)) => Ok(Value::Real(x)),
        (T::Integer, Value::Real(x)) => Ok(Value::Real(to_integer(x))),
        (T::Real, Value::Time(t)) => Ok(Value::Real(t as f64)),
        (T::Integer, Value::Time(t)) => Ok(Value::Real(to_integer(t as f64))),
        (T::Time, Value::Time(t)) => Ok(Value::Time(t)),
        (T::Time, Value::Real(x)) => Ok(Value::Time(conv::time::seconds_from_real(x))),
        (T::Text, v @ Value::Text(_)) => Ok(v),
        (T::Boolean, v @ Value::Bool(_)) => Ok(v),
        (T::Date, v @ Value::Date(_)) => Ok(v),
        (T::Object, v @ (Value::Object(_) | Value::Formula(_) | Value::Null)) => Ok(v),
        (T::Collection, v @ (Value::Collection(_) | Value::Null)) => Ok(v),
        (T::Pointer, v @ (Value::Pointer(_) | Value::Null)) => Ok(v),
        (T::Picture | T::Blob, v @ Value::Opaque(_)) => Ok(v),
        (ty, v) => Err(Fault::assign(v.type_name(), ty.name())),
    }
}

impl Interp {
    #[inline]
    fn base(&self) -> usize {
        self.base
    }

    fn slot_name(&self, index: usize) -> String {
        let Some(frame) = self.frames.iter().rev().find(|f| f.base <= index) else {
            return "?".into();
        };
        frame
            .code
            .layout()
            .names
            .get(index - frame.base)
            .map_or_else(|| "?".into(), |n| n.to_string())
    }

    /// Evaluates an expression. The hot kinds are handled here; the rest in
    /// `eval_cold`, so this function stays small (its prologue runs for every
    /// node).
    #[inline]
    pub(crate) fn eval(&mut self, node: &Node) -> Result<Value, Unwind> {
        match &node.kind {
            NodeKind::Const(v) => Ok(v.clone()),
            NodeKind::Local(s) => self.read_local(*s, node.span),
            NodeKind::LocalNum(op, s, k) => self.local_num(*op, *s, *k, node.span),
            NodeKind::Binary(op, a, b) => self.binary(*op, a, b, node.span),
            NodeKind::NumExpr { code, general } => match self.num_run(code) {
                Some(x) => Ok(Value::Real(x)),
                None => self.eval(general),
            },
            NodeKind::NumCompare {
                op,
                left,
                right,
                general,
            } => match self.num_compare(*op, left, right) {
                Some(b) => Ok(Value::Bool(b)),
                None => self.eval(general),
            },
            NodeKind::Method { method, args } => self.call_method(*method, args, node.span),
            NodeKind::Builtin { builtin, args } => self.call_builtin(*builtin, args, node.span),
            NodeKind::Index { object, index } => {
                // `$c[$i]` on a local collection: read in place, no reference copied.
                if let NodeKind::Local(s) = object.kind {
                    // `$c[$i]`: the index too is read in place.
                    if let NodeKind::Local(is) = index.kind
                        && let Some(v) = self.item_in_place(s, is)
                    {
                        return Ok(v);
                    }
                    let i = self.eval(index)?;
                    return self.index_in_local(s, i, object.span, node.span);
                }
                let obj = self.eval(object)?;
                let i = self.eval(index)?;
                self.index(obj, i, is_variable(object), node.span)
            }
            NodeKind::Member { object, key } => {
                if let NodeKind::Local(s) = object.kind
                    && let Some(v) = self.member_in_place(s, key)
                {
                    return Ok(v);
                }
                let obj = self.eval(object)?;
                self.member(obj, key, is_variable(object), node.span)
            }
            NodeKind::MemberCall { object, name, args } => {
                let obj = self.eval(object)?;
                self.call_member(obj, name, args, node.span)
            }
            NodeKind::CharAt { text, index } => self.char_at(text, index),
            _ => self.eval_cold(node),
        }
    }

    /// `text[[index]]`. A local text whose index has no side effect is read in
    /// place (no reference taken); one ASCII character is a shared text.
    fn char_at(&mut self, text: &Node, index: &Node) -> Result<Value, Unwind> {
        if let NodeKind::Local(s) = text.kind
            && matches!(self.stack[self.base() + s as usize].value, Value::Text(_))
            && matches!(
                index.kind,
                NodeKind::Local(_)
                    | NodeKind::Const(_)
                    | NodeKind::LocalNum(..)
                    | NodeKind::NumExpr { .. }
            )
            && let Value::Real(x) = self.eval(index)?
            && let Value::Text(t) = &self.stack[self.base() + s as usize].value
        {
            return Ok(char_text(conv::char_at_known(
                t.as_str(),
                t.is_ascii(),
                x.trunc() as i64,
            )));
        }
        let t = self.eval(text)?;
        let i = self.eval(index)?;
        match (&t, &i) {
            (Value::Text(t), Value::Real(x)) => Ok(char_text(conv::char_at_known(
                t.as_str(),
                t.is_ascii(),
                x.trunc() as i64,
            ))),
            (Value::Text(_), other) => {
                Err(self.wrong_type("A character index must be a number", other, index.span))
            }
            (other, _) => Err(self.wrong_type("[[…]] needs a text", other, text.span)),
        }
    }

    /// Whether local `s` holds a text.
    #[inline]
    pub(crate) fn holds_text(&self, s: u32) -> bool {
        matches!(self.stack[self.base() + s as usize].value, Value::Text(_))
    }

    /// The character at `index` of the text in local `s` (`$t[[$i]]`), or
    /// `None` when the local holds no text or the index is no number.
    #[inline]
    pub(crate) fn local_char(&self, s: u32, index: &Value) -> Option<&str> {
        match (&self.stack[self.base() + s as usize].value, index) {
            (Value::Text(t), Value::Real(x)) => Some(conv::char_at_known(
                t.as_str(),
                t.is_ascii(),
                x.trunc() as i64,
            )),
            _ => None,
        }
    }

    /// -30004 for an operand of the wrong type: "`what`, not a `got`".
    #[cold]
    pub(crate) fn wrong_type(&self, what: &str, got: &Value, span: Span) -> Unwind {
        self.fail(
            Fault::rt(-30004, format!("{what}, not a {}", got.type_name())),
            span,
        )
    }

    #[cold]
    fn local_num_slow(
        &mut self,
        op: BinOp,
        index: usize,
        k: f64,
        span: Span,
    ) -> Result<Value, Unwind> {
        let left = self.load(&Place::Local(index), span)?;
        ops::binary(op, &left, &Value::Real(k), self.epsilon).map_err(|f| self.fail(f, span))
    }

    #[inline(never)]
    fn eval_cold(&mut self, node: &Node) -> Result<Value, Unwind> {
        match &node.kind {
            NodeKind::Const(_)
            | NodeKind::Local(_)
            | NodeKind::LocalNum(..)
            | NodeKind::Binary(..)
            | NodeKind::NumExpr { .. }
            | NodeKind::NumCompare { .. }
            | NodeKind::Method { .. }
            | NodeKind::Builtin { .. }
            | NodeKind::Index { .. }
            | NodeKind::Member { .. }
            | NodeKind::MemberCall { .. }
            | NodeKind::CharAt { .. } => self.eval(node),
            NodeKind::Process(id) => self.read_global(false, *id, node.span),
            NodeKind::Interprocess(id) => self.read_global(true, *id, node.span),
            NodeKind::Chain(first, rest) => {
                let acc = self.eval(first)?;
                self.chain(acc, rest, first.span, Self::eval)
            }
            NodeKind::Neg(x) => {
                let v = self.eval(x)?;
                self.negate(v, node.span)
            }
            NodeKind::ParamIndirect(_) => {
                let place = self.place(node)?;
                self.load(&place, node.span)
            }
            NodeKind::Unimplemented { name, number } => {
                let message = match number {
                    Some(n) => format!("'{name}' (command {n}) is not available in fourd"),
                    None => format!("'{name}' is not available in fourd"),
                };
                Err(self.fail(Fault::rt(-30012, message), node.span))
            }
            NodeKind::UnknownMethod { name } => {
                Err(self.fail(Fault::unknown_method(name), node.span))
            }
            NodeKind::Field(name) => Err(self.fail(Fault::unavailable(name), node.span)),
            NodeKind::Element { array, index } => {
                let arr = self.eval(array)?;
                let i = self.eval(index)?;
                match (&arr, &i) {
                    (Value::Array(a), Value::Real(x)) => {
                        let a = a.borrow();
                        let i = x.trunc() as i64;
                        match usize::try_from(i).ok().and_then(|i| a.items.get(i)) {
                            Some(v) => Ok(v.clone()),
                            None => Err(self
                                .fail(Fault::index(i, a.items.len().saturating_sub(1)), node.span)),
                        }
                    }
                    // `$blob{$i}` and friends: fourd has no blobs.
                    (Value::Opaque(_), _) => {
                        Err(self.fail(Fault::unavailable("BLOB bytes"), node.span))
                    }
                    (Value::Array(_), other) => {
                        Err(self.wrong_type("An array index must be a number", other, index.span))
                    }
                    (other, _) => Err(self.wrong_type("{…} needs an array", other, array.span)),
                }
            }
            NodeKind::AddressOf(target) => self.address_of(target),
            NodeKind::Deref(_) => {
                let place = self.place(node)?;
                self.load(&place, node.span)
            }
            NodeKind::Ternary(c, a, b) => {
                if self.eval(c)?.truthy() {
                    self.eval(a)
                } else {
                    self.eval(b)
                }
            }
            NodeKind::Collection(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    let v = self.eval(item)?;
                    out.push(if matches!(v, Value::Undefined) {
                        Value::Null
                    } else {
                        stored(v)
                    });
                }
                Ok(Value::new_collection(out))
            }
            NodeKind::Object(pairs) => {
                let mut props = Vec::with_capacity(pairs.len());
                for (k, v) in pairs.iter() {
                    let v = self.eval(v)?;
                    props.push((k.clone(), stored(v)));
                }
                Ok(Value::new_object(props))
            }
            NodeKind::Try(inner) => self.eval_try(inner),
            NodeKind::CallValue { callee, args } => {
                // `$o["f"]()`: like `$o.f()`, `This` is the object.
                if let NodeKind::Index { object, index } = &callee.kind {
                    let obj = self.eval(object)?;
                    let i = self.eval(index)?;
                    let f = self.index(obj.clone(), i, is_variable(object), callee.span)?;
                    let this = match obj {
                        Value::Object(_) => obj,
                        _ => Value::Undefined,
                    };
                    return self.call_value(f, this, args, node.span);
                }
                let f = self.eval(callee)?;
                self.call_value(f, Value::Undefined, args, node.span)
            }
            NodeKind::Formula(body) => Ok(self.make_formula(body, node.span)),
            NodeKind::Assign { op, target, value } => {
                self.assign_expr(*op, target, value, node.span)
            }
            NodeKind::Symbol(op) => Err(self.fail(
                Fault::rt(
                    -30003,
                    format!("'{}' is only allowed as a command argument", op.symbol()),
                ),
                node.span,
            )),
        }
    }

    /// A local variable's value (reading one never declared nor assigned is
    /// an error).
    #[inline(always)]
    pub(crate) fn read_local(&self, s: u32, span: Span) -> Result<Value, Unwind> {
        let index = self.base() + s as usize;
        let slot = &self.stack[index];
        if slot.ty == VarType::Undeclared && matches!(slot.value, Value::Undefined) {
            return Err(self.fail(Fault::undefined_variable(&self.slot_name(index)), span));
        }
        Ok(slot.value.clone())
    }

    /// `$local op number`, read in place when the local holds a number.
    #[inline(always)]
    pub(crate) fn local_num(
        &mut self,
        op: BinOp,
        s: u32,
        k: f64,
        span: Span,
    ) -> Result<Value, Unwind> {
        let index = self.base() + s as usize;
        if let Value::Real(x) = self.stack[index].value
            && let Some(v) = fast_number_op(op, x, k, self.epsilon)
        {
            return Ok(v);
        }
        self.local_num_slow(op, index, k, span)
    }

    fn binary(&mut self, op: BinOp, a: &Node, b: &Node, span: Span) -> Result<Value, Unwind> {
        let left = self.eval(a)?;
        match op {
            BinOp::And if !left.truthy() => return Ok(left),
            BinOp::Or if left.truthy() => return Ok(left),
            BinOp::And | BinOp::Or => return self.eval(b),
            _ => {}
        }
        let right = self.eval(b)?;
        self.binary_values(op, left, right, span)
    }

    /// `left op right` once both sides are evaluated (`And` and `Or` are
    /// decided before the right side is).
    #[inline]
    pub(crate) fn binary_values(
        &mut self,
        op: BinOp,
        left: Value,
        right: Value,
        span: Span,
    ) -> Result<Value, Unwind> {
        // The hot path: two numbers.
        if let (&Value::Real(x), &Value::Real(y)) = (&left, &right)
            && let Some(v) = fast_number_op(op, x, y, self.epsilon)
        {
            return Ok(v);
        }
        // Then text equality (`$t[[$i]]="7"`), without the general dispatch.
        if let (Value::Text(x), Value::Text(y), BinOp::Eq | BinOp::NotEq) = (&left, &right, op) {
            let eq = conv::text_eq(x.as_str(), y.as_str());
            return Ok(Value::Bool(eq == (op == BinOp::Eq)));
        }
        // `text + text` where the left text is a fresh value (`String($i)+","`):
        // the right one is appended to it in place.
        let left = match (op, left, &right) {
            (BinOp::Add, Value::Text(mut t), Value::Text(u)) => {
                if t.try_push_str(u.as_str()).is_some() {
                    return Ok(Value::Text(t));
                }
                Value::Text(t)
            }
            (_, left, _) => left,
        };
        ops::binary(op, &left, &right, self.epsilon).map_err(|f| self.fail(f, span))
    }

    /// `Try(expr)`: an error becomes undefined, described by `Last errors`.
    fn eval_try(&mut self, inner: &Node) -> Result<Value, Unwind> {
        self.errors.last.clear();
        self.errors.last_event = None;
        self.set_process("Error", Value::int(0), VarType::Integer);
        self.errors.tries.push(self.errors.handler_generation);
        let depth = self.frames.len();
        let r = match self.eval(inner) {
            Err(Unwind::Error(e)) => self.handle_error(e).map(|_| Value::Undefined),
            other => other,
        };
        self.errors.tries.pop();
        match r {
            Err(Unwind::ToTry(e)) => {
                debug_assert_eq!(self.frames.len(), depth);
                self.record_event(&e);
                Ok(Value::Undefined)
            }
            other => other,
        }
    }

    /// The rest of `a op b op c…` once `a` is `acc`: strictly left to
    /// right, `And`/`Or` skipping their right side when the left decides.
    /// `rest` holds each operator with its operand in any form (tree nodes
    /// or compiled closures), which `eval` evaluates.
    #[inline]
    pub(crate) fn chain<A>(
        &mut self,
        mut acc: Value,
        rest: &[(BinOp, Span, A)],
        first: Span,
        eval: impl Fn(&mut Self, &A) -> Result<Value, Unwind>,
    ) -> Result<Value, Unwind> {
        for (op, rhs_span, rhs) in rest {
            acc = match op {
                BinOp::And if !acc.truthy() => continue,
                BinOp::Or if acc.truthy() => continue,
                BinOp::And | BinOp::Or => eval(self, rhs)?,
                _ => {
                    let b = eval(self, rhs)?;
                    ops::binary(*op, &acc, &b, self.epsilon)
                        .map_err(|f| self.fail(f, first.to(*rhs_span)))?
                }
            };
        }
        Ok(acc)
    }

    /// `-value`.
    pub(crate) fn negate(&self, v: Value, span: Span) -> Result<Value, Unwind> {
        ops::negate(&v).map_err(|f| self.fail(f, span))
    }

    pub(crate) fn read_global(
        &mut self,
        interprocess: bool,
        id: u32,
        span: Span,
    ) -> Result<Value, Unwind> {
        if interprocess && self.preemptive {
            let name = self.program.interprocess.names[id as usize].clone();
            return Err(self.fail(
                Fault::rt(-30021, format!("'<>{name}' is not thread-safe")),
                span,
            ));
        }
        let vars = if interprocess {
            &self.interprocess
        } else {
            &self.process
        };
        match vars.get(id as usize) {
            Some(slot)
                if !(slot.ty == VarType::Undeclared && matches!(slot.value, Value::Undefined)) =>
            {
                Ok(slot.value.clone())
            }
            _ => {
                let names = if interprocess {
                    &self.program.interprocess
                } else {
                    &self.program.process
                };
                let prefix = if interprocess { "<>" } else { "" };
                Err(self.fail(
                    Fault::undefined_variable(&format!("{prefix}{}", names.names[id as usize])),
                    span,
                ))
            }
        }
    }

    /// `obj.key`. A property of undefined is undefined; of a Null that a
    /// variable holds (a declared, unassigned object) too; of any other Null,
    /// error -30006.
    pub(crate) fn member(
        &mut self,
        obj: Value,
        key: &str,
        from_variable: bool,
        span: Span,
    ) -> Result<Value, Unwind> {
        match obj {
            Value::Object(o) => Ok(o.borrow().get(key).cloned().unwrap_or(Value::Undefined)),
            Value::Collection(c) if key == "length" => {
                Ok(Value::int(c.borrow().items.len() as i64))
            }
            Value::Formula(f) if key == "source" => Ok(Value::text(&*f.source)),
            Value::Undefined => Ok(Value::Undefined),
            Value::Null if from_variable => Ok(if key == "length" {
                Value::int(0)
            } else {
                Value::Undefined
            }),
            Value::Null => Err(self.fail(Fault::null_access(), span)),
            Value::Collection(_) | Value::Formula(_) => Ok(Value::Undefined),
            other => Err(self.fail(
                Fault::rt(
                    -30004,
                    format!("A {} has no property '{key}'", other.type_name()),
                ),
                span,
            )),
        }
    }

    fn index(
        &mut self,
        obj: Value,
        i: Value,
        from_variable: bool,
        span: Span,
    ) -> Result<Value, Unwind> {
        match (&obj, &i) {
            (Value::Collection(c), Value::Real(x)) => {
                let c = c.borrow();
                let i = x.trunc() as i64;
                match usize::try_from(i).ok().and_then(|i| c.items.get(i)) {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.fail(Fault::index(i, c.items.len()), span)),
                }
            }
            (
                Value::Object(_) | Value::Formula(_) | Value::Null | Value::Undefined,
                Value::Text(k),
            ) => self.member(obj.clone(), k.as_str(), from_variable, span),
            (Value::Null | Value::Undefined, Value::Real(_)) if from_variable => {
                Err(self.fail(Fault::index(0, 0), span))
            }
            (Value::Null, _) => Err(self.fail(Fault::null_access(), span)),
            (a, b) => Err(self.fail(
                Fault::rt(
                    -30004,
                    format!("Cannot index a {} with a {}", a.type_name(), b.type_name()),
                ),
                span,
            )),
        }
    }

    /// `->target`
    fn address_of(&mut self, target: &Node) -> Result<Value, Unwind> {
        let t = self.target_of(target)?;
        Ok(Value::Pointer(Rc::new(t)))
    }

    /// What `->node` designates.
    fn target_of(&mut self, node: &Node) -> Result<Target, Unwind> {
        Ok(match &node.kind {
            NodeKind::Local(s) => {
                let frame = self.frames.last().expect("a running frame");
                let name = frame
                    .code
                    .layout()
                    .names
                    .get(*s as usize)
                    .cloned()
                    .unwrap_or_else(|| Rc::from("$?"));
                Target::Local {
                    frame: frame.serial,
                    slot: *s,
                    name,
                }
            }
            NodeKind::Process(id) => Target::Process { id: *id },
            NodeKind::Interprocess(id) => Target::Interprocess { id: *id },
            NodeKind::Element { array, index } => {
                let base = self.target_of(array)?;
                let i = match self.eval(index)? {
                    Value::Real(x) => x.trunc() as i64,
                    other => {
                        return Err(self.wrong_type(
                            "An array index must be a number",
                            &other,
                            index.span,
                        ));
                    }
                };
                Target::Element {
                    array: Box::new(base),
                    index: i,
                }
            }
            NodeKind::Deref(p) => match self.eval(p)? {
                Value::Pointer(p) => (*p).clone(),
                other => return Err(self.wrong_type("-> needs a pointer", &other, p.span)),
            },
            NodeKind::Field(name) => Target::Field { name: name.clone() },
            _ => {
                return Err(self.fail(
                    Fault::rt(-30004, "-> needs a variable, an array element or a field"),
                    node.span,
                ));
            }
        })
    }

    /// Resolves an assignable expression to a place.
    pub(crate) fn place(&mut self, node: &Node) -> Result<Place, Unwind> {
        Ok(match &node.kind {
            NodeKind::Local(s) => Place::Local(self.base() + *s as usize),
            NodeKind::Process(id) => {
                if self.process.len() <= *id as usize {
                    self.process.resize(*id as usize + 1, Slot::default());
                }
                Place::Process(*id)
            }
            NodeKind::Interprocess(id) => {
                if self.preemptive {
                    let name = self.program.interprocess.names[*id as usize].clone();
                    return Err(self.fail(
                        Fault::rt(-30021, format!("'<>{name}' is not thread-safe")),
                        node.span,
                    ));
                }
                if self.interprocess.len() <= *id as usize {
                    self.interprocess.resize(*id as usize + 1, Slot::default());
                }
                Place::Interprocess(*id)
            }
            NodeKind::ParamIndirect(n) => {
                let i = match self.eval(n)? {
                    Value::Real(x) if x >= 1.0 => x.trunc() as usize,
                    other => {
                        return Err(self.fail(
                            Fault::rt(
                                -30004,
                                format!(
                                    "${{…}} needs a parameter number ≥ 1, not {}",
                                    super::display::to_text(&other)
                                ),
                            ),
                            n.span,
                        ));
                    }
                };
                let frame = self.frames.last().expect("a running frame");
                let reserved = frame.code.layout().reserved as usize;
                if i <= reserved {
                    Place::Local(frame.base + i - 1)
                } else {
                    Place::Extra(i - reserved - 1)
                }
            }
            NodeKind::Member { object, key } => match self.eval(object)? {
                Value::Object(o) => Place::Property(o, key.clone()),
                Value::Formula(_) => {
                    return Err(self.fail(
                        Fault::rt(-30004, "A formula's properties cannot be changed"),
                        node.span,
                    ));
                }
                Value::Null | Value::Undefined => {
                    return Err(self.fail(Fault::null_access(), node.span));
                }
                other => {
                    return Err(self.fail(
                        Fault::rt(-30004, format!("A {} has no properties", other.type_name())),
                        object.span,
                    ));
                }
            },
            NodeKind::Index { object, index } => {
                let obj = self.eval(object)?;
                let i = self.eval(index)?;
                match (obj, i) {
                    (Value::Collection(c), Value::Real(x)) => Place::Item(c, x.trunc() as i64),
                    (Value::Object(o), Value::Text(k)) => Place::Property(o, Rc::from(k.as_str())),
                    (Value::Null | Value::Undefined, _) => {
                        return Err(self.fail(Fault::null_access(), node.span));
                    }
                    (a, b) => {
                        return Err(self.fail(
                            Fault::rt(
                                -30004,
                                format!(
                                    "Cannot index a {} with a {}",
                                    a.type_name(),
                                    b.type_name()
                                ),
                            ),
                            node.span,
                        ));
                    }
                }
            }
            NodeKind::Element { array, index } => {
                let arr = self.eval(array)?;
                let i = self.eval(index)?;
                match (arr, i) {
                    (Value::Array(a), Value::Real(x)) => Place::Element(a, x.trunc() as i64),
                    (a, _) => return Err(self.wrong_type("{…} needs an array", &a, array.span)),
                }
            }
            NodeKind::CharAt { text, index } => {
                let inner = self.place(text)?;
                let i = match self.eval(index)? {
                    Value::Real(x) => x.trunc() as i64,
                    other => {
                        return Err(self.wrong_type(
                            "A character index must be a number",
                            &other,
                            index.span,
                        ));
                    }
                };
                Place::Char(Box::new(inner), i)
            }
            NodeKind::Deref(p) => {
                let ptr = self.eval(p)?;
                match ptr {
                    Value::Pointer(t) => self.target_place(&t, node.span)?,
                    Value::Null | Value::Undefined => {
                        return Err(self.fail(Fault::rt(-30006, "The pointer is Null"), node.span));
                    }
                    other => return Err(self.wrong_type("-> needs a pointer", &other, p.span)),
                }
            }
            _ => {
                return Err(self.fail(
                    Fault::rt(-30004, "This expression cannot be assigned to"),
                    node.span,
                ));
            }
        })
    }

    /// The place a pointer designates.
    pub(crate) fn target_place(&mut self, t: &Target, span: Span) -> Result<Place, Unwind> {
        Ok(match t {
            Target::Local { frame, slot, name } => {
                match self.frames.iter().find(|f| f.serial == *frame) {
                    Some(f) => Place::Local(f.base + *slot as usize),
                    None => {
                        return Err(self.fail(
                            Fault::rt(-30006, format!("The pointer to {name} outlived its method")),
                            span,
                        ));
                    }
                }
            }
            Target::Process { id } => {
                if self.process.len() <= *id as usize {
                    self.process.resize(*id as usize + 1, Slot::default());
                }
                Place::Process(*id)
            }
            Target::Interprocess { id } => {
                if self.interprocess.len() <= *id as usize {
                    self.interprocess.resize(*id as usize + 1, Slot::default());
                }
                Place::Interprocess(*id)
            }
            Target::Element { array, index } => {
                let base = self.target_place(array, span)?;
                match self.load(&base, span)? {
                    Value::Array(a) => Place::Element(a, *index),
                    other => {
                        return Err(self.fail(
                            Fault::rt(
                                -30004,
                                format!(
                                    "The pointer's base is a {}, not an array",
                                    other.type_name()
                                ),
                            ),
                            span,
                        ));
                    }
                }
            }
            Target::Field { name } => return Err(self.fail(Fault::unavailable(name), span)),
        })
    }

    pub(crate) fn slot_mut(&mut self, place: &Place) -> Option<&mut Slot> {
        match place {
            Place::Local(i) => self.stack.get_mut(*i),
            Place::Process(id) => self.process.get_mut(*id as usize),
            Place::Interprocess(id) => self.interprocess.get_mut(*id as usize),
            _ => None,
        }
    }

    /// Reads a place (an undefined variable is error -30002).
    pub(crate) fn load(&mut self, place: &Place, span: Span) -> Result<Value, Unwind> {
        match place {
            Place::Local(i) => {
                let slot = &self.stack[*i];
                if slot.ty == VarType::Undeclared && matches!(slot.value, Value::Undefined) {
                    return Err(self.fail(Fault::undefined_variable(&self.slot_name(*i)), span));
                }
                Ok(slot.value.clone())
            }
            Place::Extra(i) => Ok(self
                .frames
                .last()
                .and_then(|f| f.extra().get(*i).cloned())
                .unwrap_or_default()),
            Place::Process(id) => self.read_global(false, *id, span),
            Place::Interprocess(id) => self.read_global(true, *id, span),
            Place::Property(o, k) => Ok(o.borrow().get(k).cloned().unwrap_or_default()),
            Place::Item(c, i) => {
                let c = c.borrow();
                match usize::try_from(*i).ok().and_then(|i| c.items.get(i)) {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.fail(Fault::index(*i, c.items.len()), span)),
                }
            }
            Place::Element(a, i) => {
                let a = a.borrow();
                match usize::try_from(*i).ok().and_then(|i| a.items.get(i)) {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.fail(Fault::index(*i, a.items.len().saturating_sub(1)), span)),
                }
            }
            Place::Char(inner, i) => match self.load(inner, span)? {
                Value::Text(t) => Ok(char_text(conv::char_at_known(t.as_str(), t.is_ascii(), *i))),
                other => Err(self.wrong_type("[[…]] needs a text", &other, span)),
            },
        }
    }

    /// An assignment as an expression (a formula's, `Formula($1.n+=1)`): as
    /// the statement does it, then the value assigned is the result.
    fn assign_expr(
        &mut self,
        op: Option<BinOp>,
        target: &Node,
        value: &Node,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some(op) = op else {
            let v = self.eval(value)?;
            self.assign(target, v.clone())?;
            return Ok(v);
        };
        let place = self.place(target)?;
        let current = self.load(&place, target.span)?;
        let rhs = self.eval(value)?;
        let v = ops::binary(op, &current, &rhs, self.epsilon).map_err(|f| self.fail(f, span))?;
        self.store(&place, v.clone(), target.span)?;
        Ok(v)
    }

    pub(crate) fn assign(&mut self, target: &Node, value: Value) -> Result<(), Unwind> {
        // The fast path: a local.
        if let NodeKind::Local(s) = target.kind {
            return self.assign_local(s, value, target.span);
        }
        // `$c[$i]:=v` inside a local collection that is not shared.
        if let NodeKind::Index { object, index } = &target.kind
            && let NodeKind::Local(s) = object.kind
        {
            let i = match index.kind {
                // A local index is read in place (no undeclared check needed
                // for a number).
                NodeKind::Local(is)
                    if let Value::Real(x) = self.stack[self.base() + is as usize].value =>
                {
                    Value::Real(x)
                }
                _ => self.eval(index)?,
            };
            return self.assign_in_local(s, i, value, target);
        }
        let place = self.place(target)?;
        self.store(&place, value, target.span)
    }

    /// `$c[$i]` with both locals read in place, when `$c` holds a collection
    /// and `$i` the number of one of its items.
    #[inline(always)]
    pub(crate) fn item_in_place(&self, s: u32, is: u32) -> Option<Value> {
        if let Value::Real(x) = self.stack[self.base() + is as usize].value
            && let Value::Collection(c) = &self.stack[self.base() + s as usize].value
            && as_int32(x).is_some_and(|i| i >= 0)
        {
            return c.borrow().items.get(x as usize).cloned();
        }
        None
    }

    /// `$o.key` read in place when local `s` holds an object.
    #[inline(always)]
    pub(crate) fn member_in_place(&self, s: u32, key: &str) -> Option<Value> {
        match &self.stack[self.base() + s as usize].value {
            Value::Object(o) => Some(o.borrow().get(key).cloned().unwrap_or(Value::Undefined)),
            _ => None,
        }
    }

    /// `$c[i]` once `i` is evaluated: an item of a local collection is read
    /// in place (no reference to the collection copied).
    #[inline]
    pub(crate) fn index_in_local(
        &mut self,
        s: u32,
        i: Value,
        object_span: Span,
        span: Span,
    ) -> Result<Value, Unwind> {
        if let (Value::Collection(c), Value::Real(x)) =
            (&self.stack[self.base() + s as usize].value, &i)
            && as_int32(*x).is_some_and(|i| i >= 0)
            && let Some(v) = c.borrow().items.get(*x as usize)
        {
            return Ok(v.clone());
        }
        let obj = self.read_local(s, object_span)?;
        self.index(obj, i, true, span)
    }

    /// `$c[i]:=value` once `i` is evaluated: written in place inside a local
    /// collection that is not shared (`target` is the whole `$c[…]`).
    #[inline(always)]
    pub(crate) fn assign_in_local(
        &mut self,
        s: u32,
        i: Value,
        value: Value,
        target: &Node,
    ) -> Result<(), Unwind> {
        if let (Value::Collection(c), Value::Real(x)) =
            (&self.stack[self.base() + s as usize].value, &i)
            && as_int32(*x).is_some_and(|i| i >= 0)
        {
            let mut c = c.borrow_mut();
            let i = *x as usize;
            if !c.shared && i < c.items.len() && !matches!(value, Value::Undefined | Value::Time(_))
            {
                c.items[i] = value;
                return Ok(());
            }
        }
        let at = match &target.kind {
            NodeKind::Index { object, .. } => object.span,
            _ => target.span,
        };
        let obj = self.read_local(s, at)?;
        let place = match (obj, i) {
            (Value::Collection(c), Value::Real(x)) => Place::Item(c, x.trunc() as i64),
            (Value::Object(o), Value::Text(k)) => Place::Property(o, Rc::from(k.as_str())),
            _ => self.place(target)?,
        };
        self.store(&place, value, target.span)
    }

    /// `$local:=value`: a number into a numeric local is stored without the
    /// general assignment rules.
    #[inline]
    pub(crate) fn assign_local(&mut self, s: u32, value: Value, span: Span) -> Result<(), Unwind> {
        let index = self.base() + s as usize;
        let slot = &mut self.stack[index];
        let x = match (slot.ty, &value) {
            (VarType::Real | VarType::Dynamic | VarType::Variant, Value::Real(x)) => *x,
            (VarType::Integer, Value::Real(x)) => to_integer(*x),
            _ => return self.store(&Place::Local(index), value, span),
        };
        // A number over a number: nothing to drop.
        match &mut slot.value {
            Value::Real(old) => *old = x,
            other => *other = Value::Real(x),
        }
        Ok(())
    }

    fn check_shared(&self, shared: bool, span: Span) -> Result<(), Unwind> {
        if shared && self.use_depth == 0 {
            return Err(self.fail(
                Fault::rt(-30011, "Shared object modified outside Use"),
                span,
            ));
        }
        Ok(())
    }

    /// Writes a place, with 4D's assignment rules (language.md §7, §8, §14.2).
    pub(crate) fn store(&mut self, place: &Place, value: Value, span: Span) -> Result<(), Unwind> {
        match place {
            Place::Local(_) | Place::Process(_) | Place::Interprocess(_) => {
                let Some(slot) = self.slot_mut(place) else {
                    return Ok(());
                };
                let ty = slot.ty;
                if let VarType::Array(_) = ty {
                    let v = value.type_name();
                    return Err(self.fail(
                        Fault::rt(-30004, format!("Cannot assign a {v} to an array")),
                        span,
                    ));
                }
                let undefined = matches!(value, Value::Undefined);
                let v = match coerce(value, ty) {
                    Ok(v) => v,
                    Err(f) => return Err(self.fail(f, span)),
                };
                let slot = self.slot_mut(place).expect("slot");
                // An undeclared variable becomes typeless; undefined clears a
                // declared one to its default (done by `coerce`).
                slot.value = if undefined && ty == VarType::Undeclared {
                    Value::Undefined
                } else {
                    v
                };
                if ty == VarType::Undeclared {
                    slot.ty = VarType::Dynamic;
                }
                Ok(())
            }
            Place::Extra(i) => {
                if let Some(f) = self.frames.last_mut() {
                    let extra = f.extra_mut();
                    if extra.len() <= *i {
                        extra.resize(*i + 1, Value::Undefined);
                    }
                    extra[*i] = value;
                }
                Ok(())
            }
            Place::Property(o, k) => {
                self.check_shared(o.borrow().shared, span)?;
                let mut obj = o.borrow_mut();
                if matches!(value, Value::Undefined) {
                    // Undefined resets an existing property by its type (§8).
                    if let Some(v) = obj.get_mut(k) {
                        *v = reset_by_type(v);
                    }
                    return Ok(());
                }
                obj.set(k.clone(), stored(value));
                Ok(())
            }
            Place::Item(c, i) => {
                self.check_shared(c.borrow().shared, span)?;
                let mut c = c.borrow_mut();
                let Ok(i) = usize::try_from(*i) else {
                    let len = c.items.len();
                    drop(c);
                    return Err(self.fail(Fault::index(*i, len), span));
                };
                if i > 10_000_000 + c.items.len() {
                    let len = c.items.len();
                    drop(c);
                    return Err(self.fail(Fault::index(i as i64, len), span));
                }
                if i >= c.items.len() {
                    c.items.resize(i + 1, Value::Null);
                }
                c.items[i] = if matches!(value, Value::Undefined) {
                    Value::Null
                } else {
                    stored(value)
                };
                Ok(())
            }
            Place::Element(a, i) => {
                let mut a = a.borrow_mut();
                let size = a.items.len();
                let kind = a.kind;
                match usize::try_from(*i).ok().filter(|&i| i < size) {
                    Some(i) => {
                        let v = coerce(value, array_var_type(kind));
                        match v {
                            Ok(v) => {
                                a.items[i] = v;
                                Ok(())
                            }
                            Err(f) => {
                                drop(a);
                                Err(self.fail(f, span))
                            }
                        }
                    }
                    None => {
                        drop(a);
                        Err(self.fail(Fault::index(*i, size.saturating_sub(1)), span))
                    }
                }
            }
            Place::Char(inner, i) => {
                let current = self.load(inner, span)?;
                let Value::Text(t) = current else {
                    return Err(self.fail(Fault::rt(-30004, "[[…]] needs a text"), span));
                };
                let Value::Text(c) = value else {
                    return Err(self.fail(Fault::assign(value.type_name(), "character"), span));
                };
                match conv::set_char_at(t.as_str(), *i, c.as_str()) {
                    Some(s) => self.store(inner, Value::text(s), span),
                    None => Ok(()),
                }
            }
        }
    }

    /// Makes sure a variable holds an array of `kind` with `size` elements
    /// (`ARRAY TEXT`, output arrays of `GET USER LIST` …).
    pub(crate) fn ensure_array(
        &mut self,
        place: &Place,
        kind: ArrayKind,
        size: Option<usize>,
        span: Span,
    ) -> Result<Rc<RefCell<Array>>, Unwind> {
        let existing = match self.slot_mut(place) {
            Some(slot) => match (&slot.value, slot.ty) {
                (Value::Array(a), _) => Some(a.clone()),
                (
                    _,
                    VarType::Undeclared | VarType::Dynamic | VarType::Variant | VarType::Array(_),
                ) => None,
                (_, ty) => {
                    let ty = ty.name();
                    return Err(self.fail(
                        Fault::rt(-30004, format!("A {ty} variable cannot become an array")),
                        span,
                    ));
                }
            },
            None => match self.load(place, span)? {
                Value::Array(a) => Some(a),
                other => return Err(self.wrong_type("An array was expected", &other, span)),
            },
        };
        let array = match existing {
            Some(a) => {
                {
                    let mut arr = a.borrow_mut();
                    if arr.kind != kind {
                        arr.kind = kind;
                        let n = arr.items.len();
                        arr.items = vec![element_default(kind); n];
                    }
                }
                a
            }
            None => {
                let a = Rc::new(RefCell::new(Array {
                    kind,
                    items: vec![element_default(kind)],
                }));
                if let Some(slot) = self.slot_mut(place) {
                    slot.ty = VarType::Array(kind);
                    slot.value = Value::Array(a.clone());
                }
                a
            }
        };
        if let Some(n) = size {
            array
                .borrow_mut()
                .items
                .resize(n + 1, element_default(kind));
        }
        Ok(array)
    }
}

/// The type an array's elements are assigned with.
pub fn array_var_type(kind: ArrayKind) -> VarType {
    match kind {
        ArrayKind::Text => VarType::Text,
        ArrayKind::Real => VarType::Real,
        ArrayKind::Integer => VarType::Integer,
        ArrayKind::Boolean => VarType::Boolean,
        ArrayKind::Date => VarType::Date,
        ArrayKind::Time => VarType::Time,
        ArrayKind::Object => VarType::Object,
        ArrayKind::Pointer => VarType::Pointer,
        ArrayKind::Picture => VarType::Picture,
        ArrayKind::Blob => VarType::Blob,
        ArrayKind::Collection => VarType::Collection,
    }
}

/// What assigning undefined to an existing property leaves (language.md §8).
fn reset_by_type(v: &Value) -> Value {
    match v {
        Value::Object(_) | Value::Collection(_) | Value::Pointer(_) | Value::Formula(_) => {
            Value::Null
        }
        Value::Bool(_) => Value::Bool(false),
        Value::Text(_) => Value::text(""),
        Value::Real(_) => Value::Real(0.0),
        Value::Date(_) => Value::Date(crate::conv::Date4D::NULL),
        Value::Time(_) => Value::Time(0),
        other => other.clone(),
    }
}

fn is_variable(n: &Node) -> bool {
    matches!(
        n.kind,
        NodeKind::Local(_) | NodeKind::Process(_) | NodeKind::Interprocess(_)
    )
}
