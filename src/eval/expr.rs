//! Expressions: reading variables, properties, items and characters,
//! operators, pointers. The evaluator's hot kinds are handled in `eval`
//! itself; where values are written is `place.rs`.

use super::interp::Interp;
use super::ir::{Node, NodeKind};
use super::native::Fail;
use super::numeric::{NumCode, as_int32, compare};
use super::ops::{self, fast_number_op};
use super::place::Place;
use super::rt_error::{Fault, Unwind, code};
use super::value::{Target, Value, VarType, char_text, stored};
use crate::conv;
use crate::source::Span;
use crate::syntax::ast::BinOp;
use std::rc::Rc;

/// A collection's `length`.
const LENGTH: &str = "length";
/// A formula's `source`.
const SOURCE: &str = "source";

/// The properties the interpreter answers itself (no object stores them),
/// by receiver class: REPL completion lists them beside the member functions.
pub const BUILT_IN_PROPERTIES: &[(&str, &str)] = &[("Collection", LENGTH), ("Function", SOURCE)];

impl Interp {
    pub(super) fn slot_name(&self, index: usize) -> String {
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
            NodeKind::MemberCall {
                object,
                name,
                member,
                args,
            } => {
                let obj = self.eval(object)?;
                self.call_member(obj, name, *member, args, node.span)
            }
            NodeKind::CharAt { text, index } => self.char_at(text, index),
            _ => self.eval_cold(node),
        }
    }

    /// `text[[index]]`. A local text whose index has no side effect is read in
    /// place (no reference taken); one ASCII character is a shared text.
    fn char_at(&mut self, text: &Node, index: &Node) -> Result<Value, Unwind> {
        if let NodeKind::Local(s) = text.kind
            && matches!(self.stack[self.base + s as usize].value, Value::Text(_))
            && matches!(
                index.kind,
                NodeKind::Local(_)
                    | NodeKind::Const(_)
                    | NodeKind::LocalNum(..)
                    | NodeKind::NumExpr { .. }
            )
            && let Value::Real(x) = self.eval(index)?
            && let Value::Text(t) = &self.stack[self.base + s as usize].value
        {
            return Ok(char_text(t.char_at(x.trunc() as i64)));
        }
        let t = self.eval(text)?;
        let i = self.eval(index)?;
        match (&t, &i) {
            (Value::Text(t), Value::Real(x)) => Ok(char_text(t.char_at(x.trunc() as i64))),
            (Value::Text(_), other) => {
                Err(self.wrong_type("A character index must be a number", other, index.span))
            }
            (other, _) => Err(self.wrong_type("[[…]] needs a text", other, text.span)),
        }
    }

    /// Whether local `s` holds a text.
    #[inline]
    pub(crate) fn holds_text(&self, s: u32) -> bool {
        matches!(self.stack[self.base + s as usize].value, Value::Text(_))
    }

    /// The character at `index` of the text in local `s` (`$t[[$i]]`), or
    /// `None` when the local holds no text or the index is no number.
    #[inline]
    pub(crate) fn local_char(&self, s: u32, index: &Value) -> Option<&str> {
        match (&self.stack[self.base + s as usize].value, index) {
            (Value::Text(t), Value::Real(x)) => Some(t.char_at(x.trunc() as i64)),
            _ => None,
        }
    }

    /// -30004 for an operand of the wrong type: "`what`, not a `got`".
    #[cold]
    pub(crate) fn wrong_type(&self, what: &str, got: &Value, span: Span) -> Unwind {
        self.fail(
            Fault::wrong_type(format!("{what}, not a {}", got.type_name())),
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
                Err(self.fail(Fault::rt(code::UNAVAILABLE, message), node.span))
            }
            NodeKind::UnknownMethod { name } => {
                Err(self.fail(Fault::unknown_method(name), node.span))
            }
            NodeKind::Field(name) => {
                let (table, field) = self
                    .resolve_field(name)
                    .map_err(|f| self.fail(f, node.span))?;
                self.load_field(table, field, node.span)
            }
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
                    // `$blob{$i}`: a byte, from 0.
                    (Value::Blob(b), Value::Real(x)) => {
                        let i = x.trunc() as i64;
                        match usize::try_from(i).ok().and_then(|i| b.get(i)) {
                            Some(byte) => Ok(Value::int(i64::from(*byte))),
                            None => Err(self.fail(Fault::index(i, b.len()), node.span)),
                        }
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
            NodeKind::Formula(body) => Ok(self.make_formula(body)),
            NodeKind::SuperConstructor(args) => {
                let args = self.eval_values(args)?;
                self.super_constructor(args, node.span)
            }
            NodeKind::SuperCall { name, args } => {
                let args = self.eval_values(args)?;
                self.super_call(name, args, node.span)
            }
            NodeKind::Assign { op, target, value } => {
                self.assign_expr(*op, target, value, node.span)
            }
            NodeKind::Symbol(op) => Err(self.fail(
                Fault::rt(
                    code::OPERATOR,
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
        let index = self.base + s as usize;
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
        let index = self.base + s as usize;
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

    /// Interprocess variables are not thread-safe: reading or writing one in
    /// a preemptive process is error -30021.
    #[inline]
    pub(crate) fn interprocess_allowed(&self, id: u32, span: Span) -> Result<(), Unwind> {
        if !self.preemptive {
            return Ok(());
        }
        let name = &self.program.interprocess.names[id as usize];
        Err(self.fail(Fault::not_thread_safe(&format!("'<>{name}'")), span))
    }

    pub(crate) fn read_global(
        &mut self,
        interprocess: bool,
        id: u32,
        span: Span,
    ) -> Result<Value, Unwind> {
        if interprocess {
            self.interprocess_allowed(id, span)?;
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

    /// The values of argument nodes, left to right.
    fn eval_values(&mut self, args: &[Node]) -> Result<Vec<Value>, Unwind> {
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.push(self.eval(a)?);
        }
        Ok(values)
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
            Value::Object(ref o) => {
                let found = {
                    let b = o.borrow();
                    match b.get(key) {
                        Some(v) => Some(v.clone()),
                        None if b.meta.is_some() => None,
                        None => Some(Value::Undefined),
                    }
                };
                match found {
                    Some(v) => Ok(v),
                    // Not the object's own: a built-in class computes it
                    // (a declared PropertyRow), a user class may define it.
                    None if o.borrow().class().is_some_and(|c| c.built_in) => {
                        self.computed_property(&obj, key, span)
                    }
                    None => self.class_property(o, key, span),
                }
            }
            Value::Collection(c) if key == LENGTH => Ok(Value::int(c.borrow().items.len() as i64)),
            Value::Formula(f) if key == SOURCE => Ok(Value::text(&*f.source)),
            Value::Undefined => Ok(Value::Undefined),
            Value::Null if from_variable => Ok(if key == LENGTH {
                Value::int(0)
            } else {
                Value::Undefined
            }),
            Value::Null => Err(self.fail(Fault::null_access(), span)),
            Value::Collection(_) | Value::Formula(_) => Ok(Value::Undefined),
            other => Err(self.fail(
                Fault::wrong_type(format!("A {} has no property '{key}'", other.type_name())),
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
            (Value::Object(o), Value::Real(_))
                if o.borrow().class().is_some_and(|c| c.built_in) =>
            {
                self.keyed_member(&obj, &i, span).and_then(|v| match v {
                    Value::Undefined => Err(self.fail(Fault::cannot_index(&obj, &i), span)),
                    v => Ok(v),
                })
            }
            (Value::Null | Value::Undefined, Value::Real(_)) if from_variable => {
                Err(self.fail(Fault::index(0, 0), span))
            }
            (Value::Null, _) => Err(self.fail(Fault::null_access(), span)),
            (a, b) => Err(self.fail(Fault::cannot_index(a, b), span)),
        }
    }

    /// `->target`
    fn address_of(&mut self, target: &Node) -> Result<Value, Unwind> {
        let t = self.target_of(target)?;
        Ok(Value::Pointer(Rc::new(t)))
    }

    /// What `->node` designates.
    pub(crate) fn target_of(&mut self, node: &Node) -> Result<Target, Unwind> {
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
                    Fault::wrong_type("-> needs a variable, an array element or a field"),
                    node.span,
                ));
            }
        })
    }

    /// Runs a numeric program on the running frame's locals; `None` when a
    /// step is not plain arithmetic.
    #[inline]
    pub(crate) fn num_run(&self, code: &NumCode) -> Option<f64> {
        let locals = self.stack.get(self.base..)?;
        code.run(|s| match locals.get(s as usize)?.value {
            Value::Real(x) => Some(x),
            _ => None,
        })
    }

    /// A comparison of two numeric programs, if both are plain numbers.
    #[inline]
    pub(crate) fn num_compare(&self, op: BinOp, a: &NumCode, b: &NumCode) -> Option<bool> {
        let x = self.num_run(a)?;
        let y = self.num_run(b)?;
        compare(op, x, y, self.epsilon)
    }

    /// `$c[$i]` with both locals read in place, when `$c` holds a collection
    /// and `$i` the number of one of its items.
    #[inline(always)]
    pub(crate) fn item_in_place(&self, s: u32, is: u32) -> Option<Value> {
        if let Value::Real(x) = self.stack[self.base + is as usize].value
            && let Value::Collection(c) = &self.stack[self.base + s as usize].value
            && as_int32(x).is_some_and(|i| i >= 0)
        {
            return c.borrow().items.get(x as usize).cloned();
        }
        None
    }

    /// `$o.key` read in place when local `s` holds an object; `None` (read
    /// it the general way) when it holds no object, or an instance of a
    /// class lacking the property, which may compute it.
    #[inline(always)]
    pub(crate) fn member_in_place(&self, s: u32, key: &str) -> Option<Value> {
        match &self.stack[self.base + s as usize].value {
            Value::Object(o) => {
                let o = o.borrow();
                match o.get(key) {
                    Some(v) => Some(v.clone()),
                    // The class may define it: the general path looks.
                    None if o.meta.is_some() => None,
                    None => Some(Value::Undefined),
                }
            }
            _ => None,
        }
    }

    /// A property an object lacks: the computed property of its built-in
    /// class (or of the nearest superclass that has one), else undefined.
    #[cold]
    fn computed_property(&mut self, obj: &Value, key: &str, span: Span) -> Result<Value, Unwind> {
        let Value::Object(o) = obj else {
            return Ok(Value::Undefined);
        };
        let natives = self.program.natives;
        let row = {
            let o = o.borrow();
            let mut class = o.class();
            let mut found = None;
            while let Some(c) = class {
                if let Some(row) = natives.property(&c.name, key) {
                    found = Some(row);
                    break;
                }
                class = c.superclass.as_ref();
            }
            found
        };
        let Some(row) = row else {
            // An ORDA object's relation attributes and projections (a keyed row);
            // `cs.Name.me` (a class object's singleton) and nothing else.
            if self.keyed_row(obj).is_some() {
                return self.keyed_member(obj, &Value::text(key), span);
            }
            return self.class_property(o, key, span);
        };
        match (row.run)(self, obj) {
            Ok(v) => Ok(v),
            Err(Fail::Fault(f)) => Err(self.fail(f, span)),
            Err(Fail::Unwind(u)) => Err(u),
        }
    }

    /// A key an object of a built-in class lacks, answered by its class's keyed row
    /// (or the nearest superclass's): `employee.employer`, `employees[0]`. Undefined
    /// when no class answers.
    #[cold]
    fn keyed_member(&mut self, obj: &Value, key: &Value, span: Span) -> Result<Value, Unwind> {
        let Some(row) = self.keyed_row(obj) else {
            return Ok(Value::Undefined);
        };
        match (row.run)(self, obj, key) {
            Ok(v) => Ok(v),
            Err(Fail::Fault(f)) => Err(self.fail(f, span)),
            Err(Fail::Unwind(u)) => Err(u),
        }
    }

    /// The keyed row of the object's class, or of the nearest superclass that has one.
    fn keyed_row(&self, obj: &Value) -> Option<&'static crate::eval::native::KeyedRow> {
        let Value::Object(o) = obj else {
            return None;
        };
        let natives = self.program.natives;
        let o = o.borrow();
        let mut class = o.class();
        while let Some(c) = class {
            if let Some(row) = natives.keyed(&c.name) {
                return Some(row);
            }
            class = c.superclass.as_ref();
        }
        None
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
            (&self.stack[self.base + s as usize].value, &i)
            && as_int32(*x).is_some_and(|i| i >= 0)
            && let Some(v) = c.borrow().items.get(*x as usize)
        {
            return Ok(v.clone());
        }
        let obj = self.read_local(s, object_span)?;
        self.index(obj, i, true, span)
    }
}

fn is_variable(n: &Node) -> bool {
    matches!(
        n.kind,
        NodeKind::Local(_) | NodeKind::Process(_) | NodeKind::Interprocess(_)
    )
}
