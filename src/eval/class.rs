//! User classes at run time (docs/Concepts/classes.md): what a class file
//! defines ([`UserClass`]), and how the interpreter makes instances
//! (`new()`, `.me`), finds a function or computed property up the chain of
//! superclasses, and runs them with `This` bound to the instance.
//!
//! Functions live on the class, never in the instance (its prototype): an
//! object's own properties are looked at first, the class only when a name
//! is missing, so plain objects pay nothing.

use super::interp::Interp;
use super::ir::{FormulaBody, FrameLayout, Node, NodeKind};
use super::method::Method;
use super::rt_error::{Fault, Unwind, code};
use super::value::{ClassRef, Formula, ObjRef, Object, Value};
use crate::source::Span;
use crate::syntax::ast::{self, FunctionKind};
use std::cell::RefCell;
use std::rc::Rc;

/// -10746: `Super` called out of a class function, or a class that cannot
/// be made (docs/commands/super.md).
pub const SUPER_SCOPE: i32 = -10746;
/// -10743: `This` used in a constructor before its `Super()` (super.md).
pub const THIS_BEFORE_SUPER: i32 = -10743;
/// -10748: a constructor ended without calling its superclass's (super.md).
pub const SUPER_NOT_CALLED: i32 = -10748;

/// A constructor running: whether its class has a superclass constructor
/// to call and whether `Super()` has called it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Construction {
    /// The frame depth the constructor runs at (`This` deeper is not its).
    depth: usize,
    owes_super: bool,
    super_called: bool,
}

/// What a class file defines. Functions are methods of the program, by
/// index (compiled and run as project methods are).
#[derive(Debug, Default)]
pub struct UserClass {
    pub constructor: Option<u32>,
    pub functions: Vec<(Rc<str>, u32)>,
    /// `Function get name`: computed properties read.
    pub getters: Vec<(Rc<str>, u32)>,
    /// `Function set name`: computed properties written.
    pub setters: Vec<(Rc<str>, u32)>,
    /// `property name := value` lines, as one method run on `This` by
    /// `new()` before the constructor.
    pub init: Option<u32>,
    /// Declared properties (`property name : Type`), with their type's name.
    pub properties: Vec<(Rc<str>, Option<Rc<str>>)>,
    /// `shared Class constructor`: instances are shared objects.
    pub shared: bool,
    pub singleton: bool,
    pub session_singleton: bool,
    /// `shared Function`: runs inside an implicit `Use` of `This`.
    pub shared_functions: Vec<Rc<str>>,
    /// Why the class cannot be instantiated (its `Class extends` loops).
    pub broken: Option<String>,
    /// Function objects (`$o.fn` read without a call), made once each so
    /// that two reads are the same object.
    values: RefCell<Vec<(u32, Value)>>,
}

/// What a name means on an instance, from the nearest class of the chain
/// that defines it.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ClassMember {
    pub function: Option<u32>,
    pub getter: Option<u32>,
    pub setter: Option<u32>,
    /// The function is `shared` (an implicit `Use`).
    pub shared: bool,
}

fn find(list: &[(Rc<str>, u32)], name: &str) -> Option<u32> {
    list.iter().find(|(n, _)| &**n == name).map(|&(_, i)| i)
}

/// `name` looked up in `class`, then its superclasses.
pub(crate) fn lookup(class: &ClassRef, name: &str) -> Option<ClassMember> {
    let mut at = Some(class);
    // A chain is acyclic by construction; the bound is a guard only.
    for _ in 0..1024 {
        let c = at?;
        if let Some(user) = &c.user {
            let m = ClassMember {
                function: find(&user.functions, name),
                getter: find(&user.getters, name),
                setter: find(&user.setters, name),
                shared: user.shared && user.shared_functions.iter().any(|n| &**n == name),
            };
            if m.function.is_some() || m.getter.is_some() || m.setter.is_some() {
                return Some(m);
            }
        }
        at = c.superclass.as_ref();
    }
    None
}

/// The `property name := value` lines as statements `This.name:=value`.
pub fn initializer_body(properties: &[ast::PropertyDecl]) -> Option<ast::Block> {
    let this = crate::names::command_by_number(crate::names::command_number::THIS)?;
    let body: ast::Block = properties
        .iter()
        .filter_map(|p| {
            let init = p.init.clone()?;
            let (name, name_span) = p.names.first()?.clone();
            let object = ast::Expr::new(
                ast::ExprKind::Command {
                    command: this,
                    args: Vec::new(),
                },
                name_span,
            );
            let target = ast::Expr::new(
                ast::ExprKind::Member {
                    object: Box::new(object),
                    name,
                    name_span,
                },
                name_span,
            );
            Some(ast::Stmt {
                kind: ast::StmtKind::Assign {
                    target,
                    value: init,
                },
                span: p.span,
            })
        })
        .collect();
    (!body.is_empty()).then_some(body)
}

impl Interp {
    /// The method of a class function, by its index.
    fn class_method(&self, index: u32) -> Option<Rc<Method>> {
        self.program.methods.get(index as usize).cloned().flatten()
    }

    /// Runs class function `index` with `This` bound to `this`; a shared
    /// function of a shared class runs inside an implicit `Use`.
    pub(crate) fn call_class_function(
        &mut self,
        index: u32,
        this: Value,
        args: Vec<Value>,
        shared: bool,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some(method) = self.class_method(index) else {
            return Err(self.fail(Fault::unknown_method("?"), span));
        };
        if shared {
            self.use_depth += 1;
            let r = self.call_method_with_this(method, this, args, span);
            self.use_depth -= 1;
            return r;
        }
        self.call_method_with_this(method, this, args, span)
    }

    /// `cs.Name.new(args)`: a new instance, its declared properties set
    /// (parent classes first), then its constructor run. A singleton class
    /// keeps its instance: `new()` makes it the first time only.
    pub(crate) fn instantiate(
        &mut self,
        class: &ClassRef,
        args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some(user) = &class.user else {
            let message = format!("Class '{}' cannot be instantiated", class.name);
            return Err(self.fail(Fault::rt(SUPER_SCOPE, message), span));
        };
        if let Some(why) = &user.broken {
            return Err(self.fail(Fault::rt(SUPER_SCOPE, why.clone()), span));
        }
        if user.singleton
            && let Some(v) = self.singleton(&class.name)
        {
            return Ok(v);
        }
        let mut object = Object::of_class(class.clone(), None);
        object.shared = user.shared;
        let this = Value::Object(Rc::new(RefCell::new(object)));
        // The instance is being made: a shared one may change meanwhile.
        if user.shared {
            self.use_depth += 1;
        }
        let made = self
            .initialize(class, &this, span)
            .and_then(|()| self.construct(class, &this, args, span));
        if user.shared {
            self.use_depth -= 1;
        }
        made?;
        if user.singleton {
            self.set_singleton(&class.name, this.clone());
        }
        Ok(this)
    }

    /// Sets the declared properties of every class of the chain, the
    /// topmost first (docs/Concepts/classes.md, "property").
    fn initialize(&mut self, class: &ClassRef, this: &Value, span: Span) -> Result<(), Unwind> {
        let mut chain = Vec::new();
        let mut at = Some(class);
        while let Some(c) = at
            && chain.len() < 1024
        {
            if let Some(init) = c.user.as_ref().and_then(|u| u.init) {
                chain.push(init);
            }
            at = c.superclass.as_ref();
        }
        for init in chain.into_iter().rev() {
            self.call_class_function(init, this.clone(), Vec::new(), false, span)?;
        }
        // In a shared class, an object or a collection initialized in its
        // declaration line becomes shared (classes.md, "property").
        if let Value::Object(o) = this
            && o.borrow().shared
        {
            for (_, v) in o.borrow().props.iter() {
                share(v, 0);
            }
        }
        Ok(())
    }

    /// Runs the constructor of `class` on `this` — or, for a class that
    /// has none, its nearest ancestor's, with the same arguments. A
    /// constructor whose superclasses have one must call `Super()` before
    /// `This` (-10743) and before it ends (-10748; super.md).
    pub(crate) fn construct(
        &mut self,
        class: &ClassRef,
        this: &Value,
        args: Vec<Value>,
        span: Span,
    ) -> Result<(), Unwind> {
        let mut at = Some(class);
        for _ in 0..1024 {
            let Some(c) = at else { break };
            if let Some(ctor) = c.user.as_ref().and_then(|u| u.constructor) {
                let owes_super = c.superclass.as_ref().is_some_and(has_constructor);
                self.constructions.push(Construction {
                    depth: self.frames.len() + 1,
                    owes_super,
                    super_called: false,
                });
                let ran = self.call_class_function(ctor, this.clone(), args, false, span);
                let done = self.constructions.pop();
                ran?;
                if owes_super && done.is_some_and(|d| !d.super_called) {
                    let message = format!(
                        "Class constructor of '{}' ended without calling Super()",
                        c.name
                    );
                    return Err(self.fail(Fault::rt(SUPER_NOT_CALLED, message), span));
                }
                return Ok(());
            }
            at = c.superclass.as_ref();
        }
        Ok(())
    }

    /// `This` in a constructor that has not yet called the constructor of
    /// its superclass: error -10743 (super.md).
    pub(crate) fn this_allowed(&self) -> Result<(), Fault> {
        match self.constructions.last() {
            Some(c) if c.owes_super && !c.super_called && c.depth == self.frames.len() => {
                Err(Fault::rt(
                    THIS_BEFORE_SUPER,
                    "This cannot be used in a constructor before Super() is called",
                ))
            }
            _ => Ok(()),
        }
    }

    /// The class whose function is running (the innermost frame of a class
    /// function), and what kind of function it is.
    fn running_class(&self) -> Option<(ClassRef, FunctionKind)> {
        let frame = self.frames.last()?;
        let super::frame::Code::Method(m) = &frame.code else {
            return None;
        };
        let owner = m.owner?;
        let name = self.program.class_names.get(owner.class as usize)?;
        Some((self.program.class(name)?, owner.kind))
    }

    /// `Super(args)` in a constructor: the parent class's constructor runs
    /// on `This` (docs/commands/super.md). Elsewhere, error -10746.
    pub(crate) fn super_constructor(
        &mut self,
        args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some((class, FunctionKind::Constructor)) = self.running_class() else {
            let f = Fault::rt(
                SUPER_SCOPE,
                "Super can only be called in a class constructor",
            );
            return Err(self.fail(f, span));
        };
        // Super() of the running constructor: called once (-10746).
        let depth = self.frames.len();
        if let Some(c) = self.constructions.last_mut()
            && c.depth == depth
        {
            if c.super_called {
                let f = Fault::rt(
                    SUPER_SCOPE,
                    "Super() was already called in this constructor",
                );
                return Err(self.fail(f, span));
            }
            c.super_called = true;
        }
        let this = self.this_value();
        if let Some(parent) = &class.superclass {
            self.construct(parent, &this, args, span)?;
        }
        Ok(Value::Undefined)
    }

    /// `Super.name(args)`: function `name` of the parent class hierarchy,
    /// run on `This`.
    pub(crate) fn super_call(
        &mut self,
        name: &str,
        args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some((class, _)) = self.running_class() else {
            let f = Fault::rt(SUPER_SCOPE, "Super can only be used in a class function");
            return Err(self.fail(f, span));
        };
        let found = class
            .superclass
            .as_ref()
            .and_then(|p| lookup(p, name))
            .and_then(|m| m.function.map(|f| (f, m.shared)));
        let Some((function, shared)) = found else {
            return Err(self.fail(Fault::unknown_member(name), span));
        };
        let this = self.this_value();
        self.call_class_function(function, this, args, shared, span)
    }

    /// `obj.key` when the object has no property `key` but has a class: a
    /// computed property (its getter runs), a function (as a function
    /// object), a class object's `me`; else undefined.
    #[cold]
    pub(crate) fn class_property(
        &mut self,
        o: &ObjRef,
        key: &str,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some(class) = o.borrow().class().cloned() else {
            return Ok(Value::Undefined);
        };
        if class.built_in {
            if &*class.name == "Class" && key == "me" {
                return self.singleton_of(o, span);
            }
            return Ok(Value::Undefined);
        }
        let Some(m) = lookup(&class, key) else {
            return Ok(Value::Undefined);
        };
        if let Some(getter) = m.getter {
            return self.call_class_function(
                getter,
                Value::Object(o.clone()),
                Vec::new(),
                m.shared,
                span,
            );
        }
        match m.function {
            Some(f) => Ok(self.function_value(&class, f, key)),
            // Only a setter: reading gives undefined (classes.md).
            None => Ok(Value::Undefined),
        }
    }

    /// A class function as a `4D.Function` object: a formula that runs the
    /// function, with `This` the object it is called on.
    fn function_value(&self, class: &ClassRef, index: u32, name: &str) -> Value {
        let Some(owner) = owner_of(class, index) else {
            return Value::Undefined;
        };
        let Some(user) = owner.user.as_ref() else {
            return Value::Undefined;
        };
        if let Some((_, v)) = user.values.borrow().iter().find(|(i, _)| *i == index) {
            return v.clone();
        }
        let Some(method) = self.class_method(index) else {
            return Value::Undefined;
        };
        let body = FormulaBody {
            expr: Node {
                kind: NodeKind::Const(Value::Undefined),
                span: Span::new(0, 0),
            },
            captures: Vec::new(),
            frame: FrameLayout::default(),
            forwards_to: Some(index),
            source: Rc::from(format!("{}.{name}", owner.name)),
            file: method.file.clone(),
        };
        let value = Value::Formula(Rc::new(Formula {
            source: body.source.clone(),
            body: Rc::new(body),
            captured: Vec::new(),
        }));
        user.values.borrow_mut().push((index, value.clone()));
        value
    }

    /// `obj.key:=value` on an object of a user class: a computed property's
    /// setter runs (`Ok(true)`); a computed property with no setter is
    /// read-only (an error); any other name is stored as usual (`Ok(false)`).
    #[cold]
    pub(crate) fn store_in_class(
        &mut self,
        o: &ObjRef,
        key: &str,
        value: &Value,
        span: Span,
    ) -> Result<bool, Unwind> {
        let Some(class) = o.borrow().class().cloned() else {
            return Ok(false);
        };
        if class.user.is_none() {
            return Ok(false);
        }
        let Some(m) = lookup(&class, key) else {
            return Ok(false);
        };
        match (m.setter, m.getter) {
            (Some(setter), _) => {
                let arg = match value {
                    // Undefined clears the value and keeps its type: the
                    // getter gives the type (classes.md).
                    Value::Undefined => match m.getter {
                        Some(g) => {
                            let current = self.call_class_function(
                                g,
                                Value::Object(o.clone()),
                                Vec::new(),
                                m.shared,
                                span,
                            )?;
                            super::coerce::reset_by_type(&current)
                        }
                        None => Value::Undefined,
                    },
                    v => v.clone(),
                };
                self.call_class_function(
                    setter,
                    Value::Object(o.clone()),
                    vec![arg],
                    m.shared,
                    span,
                )?;
                Ok(true)
            }
            (None, Some(_)) => {
                let message = format!("The computed property '{key}' is read-only");
                Err(self.fail(Fault::rt(code::WRONG_TYPE, message), span))
            }
            // A function of the class: the instance gets its own property.
            (None, None) => Ok(false),
        }
    }

    /// `obj.name(args)` where the object has no property `name`: the class
    /// function, if its class chain has one (`None`: it has not).
    pub(crate) fn class_function_of(&self, obj: &Value, name: &str) -> Option<(u32, bool)> {
        let Value::Object(o) = obj else { return None };
        let o = o.borrow();
        let class = o.class()?;
        class.user.as_ref()?;
        let m = lookup(class, name)?;
        m.function.map(|f| (f, m.shared))
    }

    /// `cs.Name.me`: the singleton instance, made (with no arguments) the
    /// first time; undefined for a class that is no singleton.
    fn singleton_of(&mut self, class_object: &ObjRef, span: Span) -> Result<Value, Unwind> {
        let Some(class) = class_object.borrow().native_rc::<super::value::Class>() else {
            return Ok(Value::Undefined);
        };
        if !class.user.as_ref().is_some_and(|u| u.singleton) {
            return Ok(Value::Undefined);
        }
        self.instantiate(&class, Vec::new(), span)
    }
}

/// The functions and computed properties an instance of `class` has from
/// its class chain, nearest first, each once (the REPL's completion).
pub fn member_names(class: &ClassRef) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut at = Some(class);
    for _ in 0..1024 {
        let Some(c) = at else { break };
        if let Some(u) = &c.user {
            let names = u.functions.iter().chain(&u.getters).chain(&u.setters);
            for (n, _) in names {
                if !out.iter().any(|o| o == &**n) {
                    out.push(n.to_string());
                }
            }
        }
        at = c.superclass.as_ref();
    }
    out
}

/// Marks an object or a collection, and those inside it, shared (values
/// just made by a class's property lines; nesting past 512 is left as is).
fn share(v: &Value, depth: usize) {
    if depth > 512 {
        return;
    }
    // A value already shared (the instance itself, a shared object) is
    // left alone: that also ends a cycle, and no borrow is taken twice.
    match v {
        Value::Object(o) => {
            let Ok(mut o) = o.try_borrow_mut() else {
                return;
            };
            if o.shared {
                return;
            }
            o.shared = true;
            for (_, v) in o.props.iter() {
                share(v, depth + 1);
            }
        }
        Value::Collection(c) => {
            let Ok(mut c) = c.try_borrow_mut() else {
                return;
            };
            if c.shared {
                return;
            }
            c.shared = true;
            for v in &c.items {
                share(v, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether `class` or one of its superclasses has a constructor.
fn has_constructor(class: &ClassRef) -> bool {
    let mut at = Some(class);
    for _ in 0..1024 {
        let Some(c) = at else { return false };
        if c.user.as_ref().is_some_and(|u| u.constructor.is_some()) {
            return true;
        }
        at = c.superclass.as_ref();
    }
    false
}

/// The class of the chain that defines function `index`.
fn owner_of(class: &ClassRef, index: u32) -> Option<ClassRef> {
    let mut at = Some(class);
    for _ in 0..1024 {
        let c = at?;
        if let Some(u) = &c.user
            && (u.functions.iter().any(|&(_, i)| i == index))
        {
            return Some(c.clone());
        }
        at = c.superclass.as_ref();
    }
    None
}
