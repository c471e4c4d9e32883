//! Calls: project methods (arguments pushed straight into the callee's frame),
//! built-in commands (arguments checked against the command's signature), and
//! formulas.

use super::coerce::coerce;
use super::frame::{CallFrame, Code, FrameCold};
use super::interp::Interp;
use super::ir::{FormulaBody, FrameLayout, Node, NodeKind, ResultSlot};
use super::method::Method;
use super::native::{Arg, ArgMode, ArgVec, Call, Fail};
use super::numeric::as_int32;
use super::rt_error::{Fault, Unwind, code};
use super::value::{Formula, Slot, Value, VarType};
use crate::source::Span;
use std::rc::Rc;

/// Stack a method call may use before fourd grows it; calls nest deep.
const RED_ZONE: usize = 256 * 1024;
const GROWTH: usize = 8 * 1024 * 1024;

impl Interp {
    /// Checks the depth before a call, and records where the caller is: the
    /// call chain shows each frame at its call.
    #[inline]
    fn depth_check(&mut self, span: Span) -> Result<(), Unwind> {
        if let Some(f) = self.frames.last_mut() {
            f.current = span;
        }
        if self.frames.len() >= self.limits.max_depth {
            return Err(self.too_deep(span));
        }
        Ok(())
    }

    /// -30010: the call would nest deeper than `--max-depth`.
    #[cold]
    fn too_deep(&self, span: Span) -> Unwind {
        let limit = self.limits.max_depth;
        self.fail(
            Fault::rt(
                code::TOO_DEEP,
                format!("Too many nested calls (more than {limit})"),
            ),
            span,
        )
    }

    /// `MyMethod(args)`.
    pub(crate) fn call_method(
        &mut self,
        m: u32,
        args: &[Node],
        span: Span,
    ) -> Result<Value, Unwind> {
        self.call_method_with(m, args, span, Self::eval)
    }

    /// `MyMethod(args)`, whatever form the arguments take (tree nodes, or
    /// compiled closures): each is evaluated by `eval`, left to right,
    /// straight into the callee's frame.
    #[inline]
    pub(crate) fn call_method_with<A>(
        &mut self,
        m: u32,
        args: &[A],
        span: Span,
        eval: impl Fn(&mut Self, &A) -> Result<Value, Unwind>,
    ) -> Result<Value, Unwind> {
        let Some(method) = self.program.methods.get(m as usize).cloned().flatten() else {
            let name = self
                .program
                .method_names
                .get(m as usize)
                .map_or("?", |n| n)
                .to_string();
            let fault = match self.program.broken.get(&m) {
                Some(why) => Fault::rt(
                    code::UNKNOWN_METHOD,
                    format!("Method '{name}' cannot run: {why}"),
                ),
                None => Fault::unknown_method(&name),
            };
            return Err(self.fail(fault, span));
        };
        self.depth_check(span)?;
        let base = self.stack.len();
        for a in args {
            match eval(self, a) {
                Ok(v) => self.stack.push(Slot {
                    value: v,
                    ty: VarType::Dynamic,
                }),
                Err(e) => {
                    self.stack.truncate(base);
                    return Err(e);
                }
            }
        }
        self.enter(Code::Method(method), base, args.len(), None, span)
    }

    /// Calls a method with values already computed (entry points, handlers,
    /// callbacks given by name).
    pub(crate) fn call_method_values(
        &mut self,
        method: Rc<Method>,
        args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        self.depth_check(span)?;
        let base = self.stack.len();
        let n = args.len();
        self.stack.extend(args.into_iter().map(|value| Slot {
            value,
            ty: VarType::Dynamic,
        }));
        self.enter(Code::Method(method), base, n, None, span)
    }

    /// Calls a method with values already computed and `This` bound to
    /// `this` (class functions, constructors, accessors). Kept out of line:
    /// the project-method call path stays as it was.
    #[inline(never)]
    pub(crate) fn call_method_with_this(
        &mut self,
        method: Rc<Method>,
        this: Value,
        args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        self.depth_check(span)?;
        let base = self.stack.len();
        let n = args.len();
        self.stack.extend(args.into_iter().map(|value| Slot {
            value,
            ty: VarType::Dynamic,
        }));
        let cold = FrameCold::with_this(this);
        // Not through `enter`: one more caller there changes how the
        // project-method path is inlined (fib ran 2 % more instructions).
        stacker::maybe_grow(RED_ZONE, GROWTH, || {
            self.enter_inner(Code::Method(method), base, n, cold, span)
        })
    }

    /// Runs `code` with its `nargs` arguments already pushed at `base`.
    fn enter(
        &mut self,
        code: Code,
        base: usize,
        nargs: usize,
        cold: Option<Box<FrameCold>>,
        span: Span,
    ) -> Result<Value, Unwind> {
        // Checking the stack costs a little; every eighth level is enough for
        // the red zone to cover the levels in between.
        if self.frames.len() & 7 == 0
            && stacker::remaining_stack().is_some_and(|left| left < RED_ZONE)
        {
            return self.enter_on_new_stack(code, base, nargs, cold, span);
        }
        self.enter_inner(code, base, nargs, cold, span)
    }

    /// [`Interp::enter`] when the native stack runs low: the call continues
    /// on a new segment.
    #[cold]
    #[inline(never)]
    fn enter_on_new_stack(
        &mut self,
        code: Code,
        base: usize,
        nargs: usize,
        cold: Option<Box<FrameCold>>,
        span: Span,
    ) -> Result<Value, Unwind> {
        stacker::grow(GROWTH, || self.enter_inner(code, base, nargs, cold, span))
    }

    #[inline(always)]
    fn enter_inner(
        &mut self,
        code: Code,
        base: usize,
        nargs: usize,
        cold: Option<Box<FrameCold>>,
        span: Span,
    ) -> Result<Value, Unwind> {
        let layout = code.layout();
        let reserved = layout.reserved as usize;
        if nargs > reserved || layout.variadic.is_some() {
            return self.enter_with_extra(code, base, nargs, cold, span);
        }
        // Named parameters take their declared types (a wrong type is -30004).
        let typed = nargs.min(layout.param_types.len());
        for i in 0..typed {
            let ty = layout.param_types[i];
            // The usual case needs no conversion: a whole number for an
            // Integer, any number for a Real.
            let slot = &mut self.stack[base + i];
            let fits = match (ty, &slot.value) {
                (VarType::Integer, Value::Real(x)) => as_int32(*x).is_some(),
                (VarType::Real, Value::Real(_)) | (VarType::Variant | VarType::Dynamic, _) => true,
                (VarType::Text, Value::Text(_))
                | (VarType::Object, Value::Object(_))
                | (VarType::Collection, Value::Collection(_)) => true,
                _ => false,
            };
            if fits {
                slot.ty = ty;
            } else {
                self.coerce_parameter(&code, base, i, span)?;
            }
        }
        self.push_initial_slots(layout, base, nargs);
        self.run_frame(code, base, nargs, cold, span)
    }

    /// The frame's slots after its `fixed` arguments: parameters not passed,
    /// the result, the other locals, copied from the layout's template.
    #[inline(always)]
    fn push_initial_slots(&mut self, layout: &FrameLayout, base: usize, fixed: usize) {
        match &layout.initial {
            Some(initial) if initial.len() == layout.slots as usize => {
                for slot in &initial[fixed..] {
                    // Spelled out for the usual defaults, which then copy
                    // as whole words.
                    let value = match &slot.value {
                        Value::Real(x) => Value::Real(*x),
                        Value::Undefined => Value::Undefined,
                        other => other.clone(),
                    };
                    self.stack.push(Slot { value, ty: slot.ty });
                }
            }
            _ => self.initial_slots_by_hand(layout, base, fixed),
        }
    }

    /// Converts argument `i` to its parameter's declared type, or fails with
    /// -30004 (the frame's slots are dropped).
    #[cold]
    #[inline(never)]
    fn coerce_parameter(
        &mut self,
        code: &Code,
        base: usize,
        i: usize,
        span: Span,
    ) -> Result<(), Unwind> {
        let ty = code.layout().param_types[i];
        let v = std::mem::take(&mut self.stack[base + i].value);
        match coerce(v, ty) {
            Ok(value) => {
                self.stack[base + i] = Slot { value, ty };
                Ok(())
            }
            Err(f) => {
                self.stack.truncate(base);
                Err(self.fail(
                    Fault::wrong_type(format!(
                        "Parameter {} of '{}': {}",
                        i + 1,
                        code.name(),
                        f.message
                    )),
                    span,
                ))
            }
        }
    }

    /// [`Interp::enter_inner`] when arguments go beyond `$1…$reserved` (they
    /// live apart, for `${i}`) or the method declares variadic parameters.
    #[cold]
    #[inline(never)]
    fn enter_with_extra(
        &mut self,
        code: Code,
        base: usize,
        nargs: usize,
        cold: Option<Box<FrameCold>>,
        span: Span,
    ) -> Result<Value, Unwind> {
        let layout = code.layout();
        let reserved = layout.reserved as usize;
        let extra: Vec<Value> = if nargs > reserved {
            self.stack
                .drain(base + reserved..)
                .map(|s| s.value)
                .collect()
        } else {
            Vec::new()
        };
        let fixed = nargs.min(reserved);
        for i in 0..fixed.min(layout.param_types.len()) {
            self.coerce_parameter(&code, base, i, span)?;
        }
        self.push_initial_slots(layout, base, fixed);
        let extra = match layout.variadic {
            Some(vt) if vt != VarType::Variant => {
                let mut checked = Vec::with_capacity(extra.len());
                for v in extra {
                    match coerce(v, vt) {
                        Ok(v) => checked.push(v),
                        Err(f) => {
                            self.stack.truncate(base);
                            return Err(self.fail(f, span));
                        }
                    }
                }
                checked
            }
            _ => extra,
        };
        let mut cold = cold;
        if !extra.is_empty() {
            cold.get_or_insert_with(Box::default).extra = extra;
        }
        self.run_frame(code, base, nargs, cold, span)
    }

    /// The slow way to [`FrameLayout::initial`]: when a default cannot be
    /// shared (an array is made new for each call).
    #[cold]
    fn initial_slots_by_hand(&mut self, layout: &FrameLayout, base: usize, fixed: usize) {
        let reserved = layout.reserved as usize;
        self.stack
            .resize(base + (layout.slots as usize).max(fixed), Slot::default());
        for i in fixed..reserved {
            let ty = layout
                .param_types
                .get(i)
                .copied()
                .unwrap_or(VarType::Dynamic);
            self.stack[base + i] = Slot {
                value: ty.default_value(),
                ty,
            };
        }
        if let (ResultSlot::Slot(r), Some(ty)) = (layout.result, layout.result_type)
            && let Some(slot) = self.stack.get_mut(base + r as usize)
        {
            *slot = Slot {
                value: ty.default_value(),
                ty,
            };
        }
    }

    #[inline(always)]
    fn run_frame(
        &mut self,
        code: Code,
        base: usize,
        nargs: usize,
        cold: Option<Box<FrameCold>>,
        span: Span,
    ) -> Result<Value, Unwind> {
        self.serial += 1;
        let saved_base = std::mem::replace(&mut self.base, base);
        self.frames.push(CallFrame::new(
            code.clone(),
            base,
            nargs,
            self.serial,
            span,
            cold,
        ));
        let outcome = match &code {
            Code::Method(m) if self.tree_walk => self.exec_block(&m.body).map(|_| ()),
            Code::Method(m) => m.compiled().run(self).map(|_| ()),
            Code::Formula(f) => match self.eval(&f.body.expr) {
                Ok(v) => {
                    self.frames.last_mut().expect("frame").result = Some(v);
                    Ok(())
                }
                Err(Unwind::Error(e)) => self.handle_error(e),
                Err(other) => Err(other),
            },
        };
        let mut frame = self.frames.pop().expect("the frame just pushed");
        self.base = saved_base;
        let result = match outcome {
            Ok(()) => Ok(match code.layout().result {
                ResultSlot::Slot(s) => {
                    let slot = std::mem::take(&mut self.stack[base + s as usize]);
                    slot.value
                }
                ResultSlot::Typed(ty) => frame.result.take().unwrap_or_else(|| ty.default_value()),
                ResultSlot::None => frame.result.take().unwrap_or(Value::Undefined),
            }),
            Err(e) => Err(e),
        };
        self.stack.truncate(base);
        if frame.deferred_len() > 0 && result.is_ok() {
            // Raised in the caller, at the call statement; a method with no
            // caller raises them where they were thrown.
            let e = self.deferred_event(
                frame.take_deferred(0),
                (!self.frames.is_empty()).then_some(span),
            );
            return Err(Unwind::Error(Box::new(e)));
        }
        frame.finish();
        result
    }

    /// `Formula(expr)`: a formula object with the locals it names copied in.
    pub(crate) fn make_formula(&mut self, body: &Rc<FormulaBody>) -> Value {
        let base = self.frames.last().map_or(0, |f| f.base);
        let captured = body
            .captures
            .iter()
            .map(|&(outer, inner)| {
                (
                    inner,
                    self.stack
                        .get(base + outer as usize)
                        .cloned()
                        .unwrap_or_default(),
                )
            })
            .collect::<Vec<_>>();
        let mut slots = vec![Slot::default(); body.frame.slots as usize];
        for (inner, slot) in captured {
            if let Some(s) = slots.get_mut(inner as usize) {
                *s = slot;
            }
        }
        Value::Formula(Rc::new(Formula {
            source: body.source.clone(),
            body: body.clone(),
            captured: slots,
        }))
    }

    /// Calls a formula (or, given a method name as text, that method) with
    /// `This` and argument values: `.call()`, `.apply()`, callbacks.
    pub(crate) fn call_callable(
        &mut self,
        callee: &Value,
        this: Value,
        args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        match callee {
            Value::Formula(f) => {
                if let Some(m) = f.body.forwards_to {
                    let Some(method) = self.program.methods.get(m as usize).cloned().flatten()
                    else {
                        return Err(self.fail(Fault::unknown_method("?"), span));
                    };
                    // The method runs as the formula would: `This` is the
                    // object the formula was called through.
                    self.depth_check(span)?;
                    let base = self.stack.len();
                    let n = args.len();
                    self.stack.extend(args.into_iter().map(|value| Slot {
                        value,
                        ty: VarType::Dynamic,
                    }));
                    return self.enter(
                        Code::Method(method),
                        base,
                        n,
                        FrameCold::with_this(this),
                        span,
                    );
                }
                self.depth_check(span)?;
                let base = self.stack.len();
                let n = args.len();
                let reserved = f.body.frame.reserved as usize;
                // The frame: captured locals in their slots, arguments in `$1…`.
                self.stack.extend(f.captured.iter().cloned());
                let mut extra = Vec::new();
                for (i, v) in args.into_iter().enumerate() {
                    if i < reserved && base + i < self.stack.len() {
                        self.stack[base + i] = Slot {
                            value: v,
                            ty: VarType::Dynamic,
                        };
                    } else {
                        extra.push(v);
                    }
                }
                for i in n.min(reserved)..reserved {
                    self.stack[base + i] = Slot {
                        value: Value::Undefined,
                        ty: VarType::Dynamic,
                    };
                }
                stacker::maybe_grow(RED_ZONE, GROWTH, || {
                    let mut cold = FrameCold::with_this(this);
                    if !extra.is_empty() {
                        cold.get_or_insert_with(Box::default).extra = extra;
                    }
                    self.run_frame(Code::Formula(f.clone()), base, n, cold, span)
                })
            }
            Value::Text(name) => match self
                .program
                .method_in(self.current_module(), name.as_str())
                .and_then(|m| self.program.methods[m as usize].clone())
            {
                Some(method) => self.call_method_values(method, args, span),
                None => Err(self.fail(Fault::unknown_method(name.as_str()), span)),
            },
            other => Err(self.fail(
                Fault::wrong_type(format!("A {} cannot be called", other.type_name())),
                span,
            )),
        }
    }

    /// `$o[$k](args)`
    pub(crate) fn call_value(
        &mut self,
        f: Value,
        this: Value,
        args: &[Node],
        span: Span,
    ) -> Result<Value, Unwind> {
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.push(self.eval(a)?);
        }
        self.call_callable(&f, this, values, span)
    }

    /// A built-in command: arguments evaluated as its signature asks, checked,
    /// then the command runs; its fault gets the call's span.
    pub(crate) fn call_builtin(
        &mut self,
        b: u16,
        nodes: &[Node],
        span: Span,
    ) -> Result<Value, Unwind> {
        self.call_builtin_with(b, nodes, span, |it, i| it.eval(&nodes[i]))
    }

    /// A built-in command whose argument values `value(i)` gives (from the
    /// tree, or from compiled closures); arguments passed as variables are
    /// read from `nodes`.
    #[inline]
    pub(crate) fn call_builtin_with(
        &mut self,
        b: u16,
        nodes: &[Node],
        span: Span,
        value: impl Fn(&mut Self, usize) -> Result<Value, Unwind>,
    ) -> Result<Value, Unwind> {
        let command = self.program.natives.command(b);
        if self.preemptive && !command.thread_safe {
            let what = format!("'{}'", command.row.name);
            return Err(self.fail(Fault::not_thread_safe(&what), span));
        }
        if !command.row.on_server && self.session.kind() == crate::session::ApplicationType::Server
        {
            let msg = format!("'{}' cannot be executed on 4D Server", command.row.name);
            return Err(self.fail(Fault::rt(67, msg), span));
        }
        let sig = &command.signature;
        let mut args = ArgVec::new();
        for (i, n) in nodes.iter().enumerate() {
            let arg = match (&n.kind, sig.mode(i)) {
                (NodeKind::Symbol(op), _) => Arg::Symbol(*op),
                (_, ArgMode::Place) => Arg::Place(self.place(n)?),
                (_, ArgMode::Raw) => Arg::Raw,
                (_, ArgMode::Lenient) => Arg::Value(match value(self, i) {
                    Ok(v) => v,
                    Err(Unwind::Error(e)) if e.fault.code == code::UNDEFINED_VARIABLE => {
                        Value::Undefined
                    }
                    Err(e) => return Err(e),
                }),
                (_, ArgMode::Value) => Arg::Value(value(self, i)?),
            };
            args.push(arg);
        }
        let mut call = Call {
            args,
            nodes,
            span,
            star: false,
        };
        if let Err(f) = call.check(command.row.name, sig) {
            return Err(self.fail(f, span));
        }
        match (command.row.run)(self, &mut call) {
            Ok(v) => Ok(v),
            Err(Fail::Fault(f)) => Err(self.fail(f, span)),
            Err(Fail::Unwind(u)) => Err(u),
        }
    }
}

impl Interp {
    /// `Formula from string(text)`: reads the text as an expression of the
    /// project (its methods' names known) and makes a formula of it.
    pub(crate) fn formula_from_text(&mut self, text: &str) -> Result<Value, Fault> {
        let file = crate::source::SourceFile::new("<formula>", text.to_string());
        let lexed = crate::syntax::lex(&file.text, &self.program.names);
        let (ast, errors) = crate::syntax::parser::parse(&file.text, lexed);
        let expr = match (errors.first(), ast.body.as_slice()) {
            // An expression, or an assignment (`$1.n+=1`).
            (None, [stmt]) => match stmt.formula_expr() {
                Some(e) => e,
                None => return Err(Fault::wrong_type("Formula from string needs an expression")),
            },
            (Some(e), _) => {
                return Err(Fault::wrong_type(format!(
                    "Formula from string: {}",
                    e.message
                )));
            }
            _ => {
                return Err(Fault::wrong_type(
                    "Formula from string needs one expression",
                ));
            }
        };
        let body = self.program.compile_formula(&expr, &file);
        let slots = vec![Slot::default(); body.frame.slots as usize];
        Ok(Value::Formula(Rc::new(Formula {
            source: Rc::from(text),
            body: Rc::new(body),
            captured: slots,
        })))
    }
}

/// What built-ins may ask about the running call.
impl Interp {
    /// `Count parameters`: the arguments the running method was passed.
    pub fn parameter_count(&self) -> usize {
        self.frames.last().map_or(0, |f| f.nargs)
    }

    /// `Current method name`: the innermost running method (formulas skipped).
    pub fn current_method_name(&self) -> Option<Rc<str>> {
        self.frames
            .iter()
            .rev()
            .find(|f| !f.is_formula())
            .map(|f| f.code.name())
    }

    /// Whose code is running: the module of the innermost method (0, the
    /// host, when none runs or it is the host's; see `component.rs`).
    pub fn current_module(&self) -> u16 {
        self.frames
            .iter()
            .rev()
            .find_map(|f| match &f.code {
                super::frame::Code::Method(m) => Some(m.module),
                super::frame::Code::Formula(_) => None,
            })
            .unwrap_or(0)
    }

    /// `This`: the object the innermost formula or class function was called
    /// through (Null when there is none).
    pub fn this_value(&self) -> Value {
        self.frames
            .iter()
            .rev()
            .find_map(|f| f.this())
            .map_or(Value::Null, Value::clone)
    }
}
