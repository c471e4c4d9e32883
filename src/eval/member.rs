//! Member calls (`obj.name(args)`): a formula stored in an object property
//! (`$o.f()`, with `This` the object), else the declared member function of
//! the receiver's class (`native` rows: collections, formulas, class
//! objects, built-in classes…), looked up by class and then superclasses.

use super::interp::Interp;
use super::ir::Node;
use super::native::{Arg, ArgVec, Call, Fail, MemberName, MemberRow};
use super::rt_error::{Fault, Unwind};
use super::value::Value;
use crate::source::Span;

impl Interp {
    /// `object.name(args)`; `member` is the name as the compiler resolved it
    /// (`None`: no member function has this name).
    pub(crate) fn call_member(
        &mut self,
        obj: Value,
        name: &str,
        member: Option<MemberName>,
        args: &[Node],
        span: Span,
    ) -> Result<Value, Unwind> {
        self.call_member_with(obj, name, member, args, span, Self::eval)
    }

    /// `obj.name(args)` whatever form the arguments take (tree nodes, or
    /// compiled closures): each is evaluated by `eval`, left to right.
    #[inline]
    pub(crate) fn call_member_with<A>(
        &mut self,
        obj: Value,
        name: &str,
        member: Option<MemberName>,
        args: &[A],
        span: Span,
        eval: impl Fn(&mut Self, &A) -> Result<Value, Unwind>,
    ) -> Result<Value, Unwind> {
        // `.push(v)` on a regular collection, the commonest call: no argument
        // vector, no table.
        if let (Value::Collection(c), "push", [arg]) = (&obj, name, args) {
            let v = eval(self, arg)?;
            let mut coll = c.borrow_mut();
            if !coll.shared && !matches!(v, Value::Time(_)) {
                coll.items.push(v);
                drop(coll);
                return Ok(obj);
            }
            drop(coll);
            let mut values = ArgVec::new();
            values.push(Arg::Value(v));
            return self.call_member_values(obj, name, member, values, span);
        }
        let mut values = ArgVec::new();
        for a in args {
            values.push(Arg::Value(eval(self, a)?));
        }
        self.call_member_values(obj, name, member, values, span)
    }

    /// `obj.name(values)`: an object's own formula property first, then the
    /// member function of its class.
    fn call_member_values(
        &mut self,
        obj: Value,
        name: &str,
        member: Option<MemberName>,
        args: ArgVec,
        span: Span,
    ) -> Result<Value, Unwind> {
        match &obj {
            Value::Object(o) => {
                let f = o.borrow().get(name).cloned();
                match f {
                    Some(f @ Value::Formula(_)) => {
                        return self.call_callable(&f, obj.clone(), args.into_values(), span);
                    }
                    Some(_) => {
                        let message = format!("'{name}' is not a function of this object");
                        return Err(self.fail(Fault::wrong_type(message), span));
                    }
                    None => {
                        if let Some((f, shared)) = self.class_function_of(&obj, name) {
                            let args = args.into_values();
                            return self.call_class_function(f, obj, args, shared, span);
                        }
                    }
                }
            }
            Value::Collection(_) | Value::Formula(_) => {}
            Value::Null | Value::Undefined => return Err(self.fail(Fault::null_access(), span)),
            other => {
                let message = format!("A {} has no member function '{name}'", other.type_name());
                return Err(self.fail(Fault::wrong_type(message), span));
            }
        }
        let Some(m) = member.and_then(|m| self.member_of(&obj, m)) else {
            return Err(self.fail(Fault::unknown_member(name), span));
        };
        if self.preemptive && !m.thread_safe {
            let what = format!("'.{name}()'");
            return Err(self.fail(Fault::not_thread_safe(&what), span));
        }
        let mut call = Call::of_values(args, span);
        match (m.run)(self, &obj, &mut call) {
            Ok(v) => Ok(v),
            Err(Fail::Fault(f)) => Err(self.fail(f, span)),
            Err(Fail::Unwind(u)) => Err(u),
        }
    }

    /// The member function `name` of a value's class, or of the nearest
    /// superclass that has one; every object is a `4D.Object` last.
    fn member_of(&self, obj: &Value, name: MemberName) -> Option<&'static MemberRow> {
        let natives = self.program.natives;
        match obj {
            Value::Collection(_) => natives.member(name, "Collection"),
            Value::Formula(_) => natives
                .member(name, "Function")
                .or_else(|| natives.member(name, "Object")),
            Value::Object(o) => {
                let o = o.borrow();
                let mut class = o.class();
                while let Some(c) = class {
                    if c.built_in
                        && let Some(m) = natives.member(name, &c.name)
                    {
                        return Some(m);
                    }
                    class = c.superclass.as_ref();
                }
                natives.member(name, "Object")
            }
            _ => None,
        }
    }
}
