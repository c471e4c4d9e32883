//! Statements: assignments, declarations, and every block of docs/language.md §12.

use super::coerce::{coerce, inferred_type};
use super::interp::Interp;
use super::ir::{Block, Node, NodeKind, ResultSlot, Stmt, StmtKind};
use super::limits::Exceeded;
use super::numeric::compare;
use super::ops;
use super::place::Place;
use super::rt_error::{Fault, Flow, Unwind, code};
use super::value::{CollRef, Text, Value, VarType, to_integer};
use crate::source::Span;
use crate::syntax::ast::BinOp;
use std::rc::Rc;

impl Interp {
    /// Runs a block; an error raised by one of its statements is handled here
    /// (a handler lets the block go on with the next statement).
    pub(crate) fn exec_block(&mut self, mut block: &[Stmt]) -> Result<Flow, Unwind> {
        'block: loop {
            let Some((last, init)) = block.split_last() else {
                return Ok(Flow::Next);
            };
            for stmt in init {
                match self.exec_stmt(stmt) {
                    Ok(Flow::Next) => {}
                    Ok(flow) => return Ok(flow),
                    Err(Unwind::Error(e)) => self.handle_error(e)?,
                    Err(other) => return Err(other),
                }
            }
            // A block ending with `If` goes on with the branch taken, in this
            // same loop: a method whose body is one `If` costs one call less.
            if let StmtKind::If(cond, then, otherwise) = &last.kind {
                let taken = self.tick(last.span).and_then(|()| self.condition(cond));
                match taken {
                    Ok(c) => {
                        block = if c { then } else { otherwise };
                        continue 'block;
                    }
                    Err(Unwind::Error(e)) => {
                        self.handle_error(e)?;
                        return Ok(Flow::Next);
                    }
                    Err(other) => return Err(other),
                }
            }
            return match self.exec_stmt(last) {
                Ok(flow) => Ok(flow),
                Err(Unwind::Error(e)) => self.handle_error(e).map(|()| Flow::Next),
                Err(other) => Err(other),
            };
        }
    }

    /// Counts a step against the limits.
    #[inline]
    pub(crate) fn tick(&mut self, span: Span) -> Result<(), Unwind> {
        match self.limits.tick() {
            Ok(()) => Ok(()),
            Err(Exceeded::Quit) => self.quit_if_returned(span),
            Err(why) => Err(self.limit_error(why, span)),
        }
    }

    /// -30004: a `For` counter that no longer holds a number.
    #[cold]
    fn bad_counter(&self, v: &Value, span: Span) -> Unwind {
        self.fail(
            Fault::wrong_type(format!("the For counter holds a {}", v.type_name())),
            span,
        )
    }

    #[cold]
    fn limit_error(&self, why: Exceeded, span: Span) -> Unwind {
        let fault = match why {
            Exceeded::Steps => Fault::rt(
                code::STEP_LIMIT,
                format!(
                    "Step limit reached ({} steps)",
                    self.limits.max_steps.unwrap_or(0)
                ),
            ),
            Exceeded::Time => Fault::rt(code::TIME_LIMIT, "Time limit reached"),
            Exceeded::Interrupted => Fault::rt(code::INTERRUPTED, "Interrupted"),
            Exceeded::Quit => Fault::rt(code::QUIT, "QUIT 4D"),
        };
        // Limits are not 4D errors: nothing may catch them.
        Unwind::Uncaught(Box::new(self.located(fault, span)))
    }

    pub(crate) fn exec_stmt(&mut self, stmt: &Stmt) -> Result<Flow, Unwind> {
        self.tick(stmt.span)?;
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.eval(e)?;
            }
            StmtKind::Assign(target, value) => {
                let v = self.eval(value)?;
                self.assign(target, v)?;
            }
            StmtKind::Append(slot, piece) => self.append(*slot, piece, stmt.span)?,
            StmtKind::AppendChain(slot, pieces) => {
                let mut tails = smallvec::SmallVec::<[Value; 4]>::new();
                for piece in pieces.iter() {
                    tails.push(self.eval(piece)?);
                }
                self.append_values(*slot, tails, stmt.span)?
            }
            StmtKind::CompoundAssign(op, target, value) => {
                let place = self.place(target)?;
                let current = self.load(&place, target.span)?;
                let rhs = self.eval(value)?;
                let v = ops::binary(*op, &current, &rhs, self.epsilon)
                    .map_err(|f| self.fail(f, stmt.span))?;
                self.store(&place, v, target.span)?;
            }
            StmtKind::Declare { targets, ty, init } => {
                for t in targets.iter() {
                    self.declare(t, *ty)?;
                }
                if let (Some(init), Some(t)) = (init, targets.first()) {
                    let v = self.eval(init)?;
                    if *ty == VarType::Dynamic {
                        // `var $x:=value`: the type is the value's.
                        let inferred = inferred_type(&v);
                        self.declare(t, inferred)?;
                    }
                    self.assign(t, v)?;
                }
            }
            StmtKind::DeclareFrom { from, ty } => self.declare_from(*from as usize, *ty),
            StmtKind::If(cond, then, otherwise) => {
                return if self.condition(cond)? {
                    self.exec_block(then)
                } else {
                    self.exec_block(otherwise)
                };
            }
            StmtKind::Case(branches, otherwise) => {
                for (cond, body) in branches.iter() {
                    if self.condition(cond)? {
                        return self.exec_block(body);
                    }
                }
                return self.exec_block(otherwise);
            }
            StmtKind::While(cond, body) => {
                while self.condition(cond)? {
                    self.tick(stmt.span)?;
                    match self.exec_block(body)? {
                        Flow::Break => break,
                        Flow::Return => return Ok(Flow::Return),
                        Flow::Next | Flow::Continue => {}
                    }
                }
            }
            StmtKind::Repeat(body, cond) => loop {
                self.tick(stmt.span)?;
                match self.exec_block(body)? {
                    Flow::Break => break,
                    Flow::Return => return Ok(Flow::Return),
                    Flow::Next | Flow::Continue => {}
                }
                if self.condition(cond)? {
                    break;
                }
            },
            StmtKind::For {
                counter,
                start,
                end,
                step,
                body,
            } => return self.exec_for(counter, start, end, step.as_ref(), body, stmt.span),
            StmtKind::ForEach {
                item,
                source,
                begin,
                end,
                guard,
                body,
            } => {
                return self.exec_for_each(
                    item,
                    source,
                    begin.as_ref(),
                    end.as_ref(),
                    guard.as_ref(),
                    |it| it.exec_block(body),
                    stmt.span,
                );
            }
            StmtKind::Use(target, body) => {
                self.eval(target)?;
                return self.exec_use(|it| it.exec_block(body));
            }
            StmtKind::Try(body, catch) => {
                return self.exec_try(
                    |it| it.exec_block(body),
                    |it| it.exec_block(catch),
                    stmt.span,
                );
            }
            StmtKind::Return(value) => {
                if let Some(e) = value {
                    let v = self.eval(e)?;
                    self.set_result(v, e.span)?;
                }
                return Ok(Flow::Return);
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Sql => return Err(self.fail(Fault::unavailable("Begin SQL"), stmt.span)),
        }
        Ok(Flow::Next)
    }

    /// A condition must be Boolean; undefined and Null count as False.
    #[inline]
    pub(crate) fn condition(&mut self, cond: &Node) -> Result<bool, Unwind> {
        match &cond.kind {
            NodeKind::NumCompare {
                op, left, right, ..
            } => {
                if let Some(b) = self.num_compare(*op, left, right) {
                    return Ok(b);
                }
            }
            // `$n<2`: the local is read in place.
            NodeKind::LocalNum(op, s, k) => {
                if let Value::Real(x) = self.stack[self.base + *s as usize].value
                    && let Some(b) = compare(*op, x, *k, self.epsilon)
                {
                    return Ok(b);
                }
            }
            _ => {}
        }
        let v = self.eval(cond)?;
        self.condition_value(v, cond.span)
    }

    /// What a condition's value means: undefined and Null count as False,
    /// anything but a Boolean is an error.
    #[inline]
    pub(crate) fn condition_value(&self, v: Value, span: Span) -> Result<bool, Unwind> {
        match v {
            Value::Bool(b) => Ok(b),
            Value::Undefined | Value::Null => Ok(false),
            _ => Err(self.fail(Fault::boolean_expected(), span)),
        }
    }

    /// `return value`: stores the method's result where its declaration says.
    pub(crate) fn set_result(&mut self, v: Value, span: Span) -> Result<(), Unwind> {
        let Some(frame) = self.frames.last() else {
            return Ok(());
        };
        match frame.code.layout().result {
            ResultSlot::Slot(slot) => {
                let place = Place::Local(frame.base + slot as usize);
                self.store(&place, v, span)
            }
            ResultSlot::Typed(ty) => {
                let v = coerce(v, ty).map_err(|f| self.fail(f, span))?;
                self.frames.last_mut().expect("frame").result = Some(v);
                Ok(())
            }
            ResultSlot::None => {
                self.frames.last_mut().expect("frame").result = Some(v);
                Ok(())
            }
        }
    }

    fn append(&mut self, slot: u32, piece: &Node, span: Span) -> Result<(), Unwind> {
        let tail = self.eval(piece)?;
        self.append_value(slot, tail, span)
    }

    /// `$t:=$t+tail` (or `$n:=$n+tail`) on a local, in place when it can be.
    pub(crate) fn append_value(
        &mut self,
        slot: u32,
        tail: Value,
        span: Span,
    ) -> Result<(), Unwind> {
        let index = self.base + slot as usize;
        let target = &mut self.stack[index];
        match (&mut target.value, &tail) {
            (Value::Text(t), Value::Text(p))
                if matches!(
                    target.ty,
                    VarType::Text | VarType::Dynamic | VarType::Variant
                ) =>
            {
                t.push_str(p.as_str());
                Ok(())
            }
            // `$sum:=$sum+n`: numbers add in place too.
            (Value::Real(a), Value::Real(b))
                if matches!(
                    target.ty,
                    VarType::Real | VarType::Integer | VarType::Dynamic | VarType::Variant
                ) =>
            {
                let sum = *a + *b;
                target.value = Value::Real(if target.ty == VarType::Integer {
                    to_integer(sum)
                } else {
                    sum
                });
                Ok(())
            }
            _ => {
                let place = Place::Local(index);
                let current = self.load(&place, span)?;
                let v = ops::binary(BinOp::Add, &current, &tail, self.epsilon)
                    .map_err(|f| self.fail(f, span))?;
                self.store(&place, v, span)
            }
        }
    }

    /// `$t:=$t+a+b+…` once its pieces are evaluated: texts appended to a text
    /// in place — linear in what is appended, where building `$t+a`, then
    /// `+b`, copied `$t` once per piece — else added one by one, as written.
    pub(crate) fn append_values(
        &mut self,
        slot: u32,
        tails: smallvec::SmallVec<[Value; 4]>,
        span: Span,
    ) -> Result<(), Unwind> {
        let index = self.base + slot as usize;
        let target = &mut self.stack[index];
        if let Value::Text(t) = &mut target.value
            && matches!(
                target.ty,
                VarType::Text | VarType::Dynamic | VarType::Variant
            )
            && tails.iter().all(|v| matches!(v, Value::Text(_)))
        {
            for tail in &tails {
                if let Value::Text(p) = tail {
                    t.push_str(p.as_str());
                }
            }
            return Ok(());
        }
        let place = Place::Local(index);
        let mut sum = self.load(&place, span)?;
        for tail in &tails {
            sum = ops::binary(BinOp::Add, &sum, tail, self.epsilon)
                .map_err(|f| self.fail(f, span))?;
        }
        self.store(&place, sum, span)
    }

    fn exec_for(
        &mut self,
        counter: &Node,
        start: &Node,
        end: &Node,
        step: Option<&Node>,
        body: &Block,
        span: Span,
    ) -> Result<Flow, Unwind> {
        let place = self.place(counter)?;
        let first = self.eval(start)?;
        let first = self.for_bound(first, start.span)?;
        let last = self.eval(end)?;
        let last = self.for_bound(last, end.span)?;
        let step = match step {
            Some(s) => {
                let v = self.eval(s)?;
                self.for_bound(v, s.span)?
            }
            None => 1.0,
        };
        self.store(&place, Value::Real(first), counter.span)?;
        if let Place::Local(index) = place {
            return self.exec_for_local(
                index,
                last,
                step,
                |it| it.exec_block(body),
                counter.span,
                span,
            );
        }
        loop {
            self.tick(span)?;
            let current = match self.load(&place, counter.span)? {
                Value::Real(x) => x,
                Value::Time(t) => t as f64,
                other => return Err(self.bad_counter(&other, counter.span)),
            };
            let go_on = if step >= 0.0 {
                current <= last
            } else {
                current >= last
            };
            if !go_on {
                break;
            }
            match self.exec_block(body)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                Flow::Next | Flow::Continue => {}
            }
            let now = match self.load(&place, counter.span)? {
                Value::Real(x) => x,
                Value::Time(t) => t as f64,
                _ => current,
            };
            self.store(&place, Value::Real(now + step), counter.span)?;
        }
        Ok(Flow::Next)
    }

    /// A bound or the step of a `For`: a number (or a time, in seconds).
    pub(crate) fn for_bound(&self, v: Value, span: Span) -> Result<f64, Unwind> {
        match v {
            Value::Real(x) => Ok(x),
            Value::Time(t) => Ok(t as f64),
            other => Err(self.wrong_type("For needs numbers", &other, span)),
        }
    }

    /// The common `For` whose counter is a local: the counter is read and
    /// written in its slot directly (the loop's hot path). `body` runs the
    /// loop's block (walked, or compiled).
    pub(crate) fn exec_for_local(
        &mut self,
        index: usize,
        last: f64,
        step: f64,
        body: impl Fn(&mut Self) -> Result<Flow, Unwind>,
        at: Span,
        span: Span,
    ) -> Result<Flow, Unwind> {
        loop {
            self.tick(span)?;
            let slot = &self.stack[index];
            let current = match slot.value {
                Value::Real(x) => x,
                Value::Time(t) => t as f64,
                _ => return Err(self.bad_counter(&slot.value, at)),
            };
            if if step >= 0.0 {
                current > last
            } else {
                current < last
            } {
                return Ok(Flow::Next);
            }
            match body(self)? {
                Flow::Break => return Ok(Flow::Next),
                Flow::Return => return Ok(Flow::Return),
                Flow::Next | Flow::Continue => {}
            }
            let slot = &mut self.stack[index];
            // The usual counter: a number, stepped in place (nothing to drop).
            match (slot.ty, &mut slot.value) {
                (VarType::Integer, Value::Real(x)) => {
                    *x = to_integer(*x + step);
                    continue;
                }
                (VarType::Real | VarType::Dynamic | VarType::Variant, Value::Real(x)) => {
                    *x += step;
                    continue;
                }
                _ => {}
            }
            let now = match slot.value {
                Value::Real(x) => x,
                Value::Time(t) => t as f64,
                _ => current,
            };
            match slot.ty {
                VarType::Integer => slot.value = Value::Real(to_integer(now + step)),
                VarType::Real | VarType::Dynamic | VarType::Variant => {
                    slot.value = Value::Real(now + step)
                }
                _ => {
                    let place = Place::Local(index);
                    self.store(&place, Value::Real(now + step), at)?;
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn exec_for_each(
        &mut self,
        item: &Node,
        source: &Node,
        begin: Option<&Node>,
        end: Option<&Node>,
        guard: Option<&(bool, Node)>,
        body: impl Fn(&mut Self) -> Result<Flow, Unwind>,
        span: Span,
    ) -> Result<Flow, Unwind> {
        let place = self.place(item)?;
        let src = self.eval(source)?;
        let bound = |this: &mut Self, n: Option<&Node>| -> Result<Option<i64>, Unwind> {
            match n {
                None => Ok(None),
                Some(n) => match this.eval(n)? {
                    Value::Real(x) => Ok(Some(x.trunc() as i64)),
                    other => Err(this.fail(
                        Fault::arguments(&format!("For each bound ({})", other.type_name())),
                        n.span,
                    )),
                },
            }
        };
        let b = bound(self, begin)?;
        let e = bound(self, end)?;
        enum Source {
            Items(CollRef, usize, usize),
            Names(Vec<Rc<str>>),
        }
        let iter = match &src {
            Value::Collection(c) => {
                let len = c.borrow().items.len() as i64;
                let adjust = |x: i64| if x < 0 { (x + len).max(0) } else { x.min(len) };
                let from = b.map_or(0, adjust) as usize;
                let to = e.map_or(len, adjust) as usize;
                Source::Items(c.clone(), from, to)
            }
            Value::Object(o) => {
                Source::Names(o.borrow().props.iter().map(|(k, _)| k.clone()).collect())
            }
            Value::Null | Value::Undefined => return Ok(Flow::Next),
            other => {
                return Err(self.fail(
                    Fault::wrong_type(format!("For each cannot walk a {}", other.type_name())),
                    source.span,
                ));
            }
        };
        let count = match &iter {
            Source::Items(_, from, to) => to.saturating_sub(*from),
            Source::Names(n) => n.len(),
        };
        for k in 0..count {
            self.tick(span)?;
            let value = match &iter {
                Source::Items(c, from, _) => match c.borrow().items.get(from + k) {
                    Some(v) => v.clone(),
                    None => break,
                },
                Source::Names(names) => Value::Text(Text::from(&*names[k])),
            };
            self.store(&place, value, item.span)?;
            if let Some((false, cond)) = guard
                && !self.condition(cond)?
            {
                break;
            }
            match body(self)? {
                Flow::Break => break,
                Flow::Return => return Ok(Flow::Return),
                Flow::Next | Flow::Continue => {}
            }
            if let Some((true, cond)) = guard
                && self.condition(cond)?
            {
                break;
            }
        }
        Ok(Flow::Next)
    }

    /// The block of `Use … End use` (`body`, walked or compiled): shared
    /// objects may change inside it.
    pub(crate) fn exec_use(
        &mut self,
        body: impl Fn(&mut Self) -> Result<Flow, Unwind>,
    ) -> Result<Flow, Unwind> {
        self.use_depth += 1;
        let r = body(self);
        self.use_depth -= 1;
        r
    }

    /// `Try … Catch … End try` (docs/language.md §19.5), its blocks walked or
    /// compiled.
    pub(crate) fn exec_try(
        &mut self,
        body: impl Fn(&mut Self) -> Result<Flow, Unwind>,
        catch: impl Fn(&mut Self) -> Result<Flow, Unwind>,
        span: Span,
    ) -> Result<Flow, Unwind> {
        self.errors.last.clear();
        self.errors.last_event = None;
        self.set_process("Error", Value::int(0), VarType::Integer);
        self.errors.tries.push(self.errors.handler_generation);
        let depth = self.frames.len();
        let queued = self.frames.last().map_or(0, |f| f.deferred_len());
        let result = body(self);
        self.errors.tries.pop();
        // Deferred errors thrown directly in the block: the block has
        // finished, `Catch` is skipped, and they are raised as the `Try`
        // statement's error, outside the `Try` (docs/language.md §19.6).
        if matches!(result, Ok(Flow::Next))
            && let Some(frame) = self.frames.last_mut()
            && frame.deferred_len() > queued
        {
            let errors = frame.take_deferred(queued);
            let e = self.deferred_event(errors, Some(span));
            return Err(Unwind::Error(Box::new(e)));
        }
        match result {
            Err(Unwind::ToTry(e)) => {
                // The error may come from a method called in the block: its frames
                // are gone; the stack is cut back by the call that unwound.
                debug_assert!(self.frames.len() == depth);
                self.record_event(&e);
                catch(self)
            }
            other => other,
        }
    }

    /// `C_TEXT(${from})`: each passed parameter from `from` on takes the type;
    /// a value of another type becomes the type's empty value (legacy rule).
    fn declare_from(&mut self, from: usize, ty: VarType) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let (base, reserved, nargs) = (
            frame.base,
            frame.code.layout().reserved as usize,
            frame.nargs,
        );
        let convert = |v: Value| coerce(v, ty).unwrap_or_else(|_| ty.default_value());
        // `extra[k]` is parameter `reserved + 1 + k`.
        for (k, extra) in frame.extra_mut().iter_mut().enumerate() {
            if reserved + 1 + k >= from {
                *extra = convert(std::mem::take(extra));
            }
        }
        for i in from.max(1)..=nargs.min(reserved) {
            if let Some(slot) = self.stack.get_mut(base + i - 1)
                && matches!(slot.ty, VarType::Dynamic | VarType::Undeclared)
            {
                slot.value = convert(std::mem::take(&mut slot.value));
                slot.ty = ty;
            }
        }
    }

    /// Declares a variable (`var`, `C_XXX`): a new name gets its type's default;
    /// an existing variable of the same type keeps its value; another type is -30004.
    fn declare(&mut self, target: &Node, ty: VarType) -> Result<(), Unwind> {
        let place = match &target.kind {
            NodeKind::Local(_)
            | NodeKind::Process(_)
            | NodeKind::Interprocess(_)
            | NodeKind::ParamIndirect(_) => self.place(target)?,
            _ => return Ok(()),
        };
        let slot = self.slot_mut(&place);
        let Some(slot) = slot else { return Ok(()) };
        match slot.ty {
            VarType::Undeclared => {
                slot.ty = ty;
                slot.value = ty.default_value();
            }
            VarType::Dynamic => {
                // Assigned before being declared (a parameter): convert its value.
                let v = std::mem::take(&mut slot.value);
                slot.ty = ty;
                slot.value = coerce(v, ty).unwrap_or_else(|_| ty.default_value());
            }
            current if current == ty || ty == VarType::Variant || ty == VarType::Dynamic => {}
            current => {
                let (a, b) = (current.name(), ty.name());
                return Err(self.fail(
                    Fault::wrong_type(format!("Cannot declare a {a} variable as {b}")),
                    target.span,
                ));
            }
        }
        Ok(())
    }
}
