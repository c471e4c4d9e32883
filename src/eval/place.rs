//! Assignable places (as rhai's `target.rs`): what an assignment, an output
//! argument or a pointer designates — a variable, a `${i}` parameter, a
//! property, a collection item, an array element, a character of a text —
//! and how one is resolved, read and written with 4D's assignment rules.

use super::coerce::{array_var_type, coerce, reset_by_type};
use super::display::to_text;
use super::interp::Interp;
use super::ir::{Node, NodeKind};
use super::numeric::as_int32;
use super::ops;
use super::rt_error::{Fault, Unwind, code};
use super::value::{
    Array, ArrayKind, CollRef, ObjRef, Slot, Target, Value, VarType, char_text, element_default,
    stored, to_integer,
};
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
    /// `[Table]Field` of the current record (`field` is `None` for a table: commands
    /// take it as an argument; it cannot be read or written).
    Field {
        table: crate::datastore::TableId,
        field: Option<crate::datastore::FieldId>,
    },
    /// `$blob{i}`: byte i (from 0) of the BLOB in the inner place.
    Byte(Box<Place>, i64),
}

impl Interp {
    /// Resolves an assignable expression to a place.
    pub(crate) fn place(&mut self, node: &Node) -> Result<Place, Unwind> {
        Ok(match &node.kind {
            NodeKind::Local(s) => Place::Local(self.base + *s as usize),
            NodeKind::Process(id) => self.global_place(false, *id),
            NodeKind::Interprocess(id) => {
                self.interprocess_allowed(*id, node.span)?;
                self.global_place(true, *id)
            }
            NodeKind::ParamIndirect(n) => {
                let i = match self.eval(n)? {
                    Value::Real(x) if x >= 1.0 => x.trunc() as usize,
                    other => {
                        return Err(self.fail(
                            Fault::wrong_type(format!(
                                "${{…}} needs a parameter number ≥ 1, not {}",
                                to_text(&other)
                            )),
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
                        Fault::wrong_type("A formula's properties cannot be changed"),
                        node.span,
                    ));
                }
                Value::Null | Value::Undefined => {
                    return Err(self.fail(Fault::null_access(), node.span));
                }
                other => {
                    return Err(self.fail(
                        Fault::wrong_type(format!("A {} has no properties", other.type_name())),
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
                    (a, b) => return Err(self.fail(Fault::cannot_index(&a, &b), node.span)),
                }
            }
            NodeKind::Element { array, index } => {
                let arr = self.eval(array)?;
                let i = self.eval(index)?;
                match (arr, i) {
                    (Value::Array(a), Value::Real(x)) => Place::Element(a, x.trunc() as i64),
                    (Value::Blob(_), Value::Real(x)) => {
                        Place::Byte(Box::new(self.place(array)?), x.trunc() as i64)
                    }
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
                        return Err(self.fail(
                            Fault::rt(code::NULL_ACCESS, "The pointer is Null"),
                            node.span,
                        ));
                    }
                    other => return Err(self.wrong_type("-> needs a pointer", &other, p.span)),
                }
            }
            NodeKind::Field(name) => {
                let (table, field) = self
                    .resolve_field(name)
                    .map_err(|f| self.fail(f, node.span))?;
                Place::Field { table, field }
            }
            _ => {
                return Err(self.fail(
                    Fault::wrong_type("This expression cannot be assigned to"),
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
                            Fault::rt(
                                code::NULL_ACCESS,
                                format!("The pointer to {name} outlived its method"),
                            ),
                            span,
                        ));
                    }
                }
            }
            Target::Process { id } => self.global_place(false, *id),
            Target::Interprocess { id } => self.global_place(true, *id),
            Target::Element { array, index } => {
                let base = self.target_place(array, span)?;
                match self.load(&base, span)? {
                    Value::Array(a) => Place::Element(a, *index),
                    other => {
                        return Err(self.fail(
                            Fault::wrong_type(format!(
                                "The pointer's base is a {}, not an array",
                                other.type_name()
                            )),
                            span,
                        ));
                    }
                }
            }
            Target::Field { name } => {
                let (table, field) = self.resolve_field(name).map_err(|f| self.fail(f, span))?;
                Place::Field { table, field }
            }
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
            Place::Property(o, k) => {
                let found = {
                    let b = o.borrow();
                    match b.get(k) {
                        Some(v) => Some(v.clone()),
                        None if b.meta.is_some() => None,
                        None => Some(Value::default()),
                    }
                };
                match found {
                    Some(v) => Ok(v),
                    None => self.class_property(o, k, span),
                }
            }
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
            Place::Byte(inner, i) => match self.load(inner, span)? {
                Value::Blob(b) => match usize::try_from(*i).ok().and_then(|i| b.get(i)) {
                    Some(byte) => Ok(Value::int(i64::from(*byte))),
                    None => Err(self.fail(Fault::index(*i, b.len()), span)),
                },
                other => Err(self.wrong_type("{…} needs an array or a BLOB", &other, span)),
            },
            Place::Char(inner, i) => match self.load(inner, span)? {
                Value::Text(t) => Ok(char_text(t.char_at(*i))),
                other => Err(self.wrong_type("[[…]] needs a text", &other, span)),
            },
            Place::Field { table, field } => self.load_field(*table, *field, span),
        }
    }

    /// An assignment as an expression (a formula's, `Formula($1.n+=1)`): as
    /// the statement does it, then the value assigned is the result.
    pub(super) fn assign_expr(
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
                    if let Value::Real(x) = self.stack[self.base + is as usize].value =>
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
            (&self.stack[self.base + s as usize].value, &i)
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
        let index = self.base + s as usize;
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

    /// A shared object or collection may change only inside `Use`
    /// (error -30011, docs/language.md §12.3).
    pub(crate) fn may_change(&self, shared: bool) -> Result<(), Fault> {
        if shared && self.use_depth == 0 {
            return Err(Fault::shared_outside_use());
        }
        Ok(())
    }

    /// Whether `o` is the object `Storage` returns.
    fn is_storage(&self, o: &ObjRef) -> bool {
        matches!(&self.storage, Some(Value::Object(s)) if Rc::ptr_eq(s, o))
    }

    fn check_shared(&self, shared: bool, span: Span) -> Result<(), Unwind> {
        self.may_change(shared).map_err(|f| self.fail(f, span))
    }

    /// Writes a place, with 4D's assignment rules (docs/language.md §7, §8, §14.2).
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
                        Fault::wrong_type(format!("Cannot assign a {v} to an array")),
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
                if o.borrow().meta.is_some() && self.store_in_class(o, k, &value, span)? {
                    return Ok(());
                }
                let shared = o.borrow().shared;
                self.check_shared(shared, span)?;
                if shared && self.is_storage(o) && !is_shared_ref(&value) {
                    // storage.md: "Trying to add other kinds of values (non-shared objects or
                    // collections, null, scalar values) will generate an error."
                    return Err(self.fail(
                        Fault::wrong_type(format!(
                            "Storage holds only shared objects and collections, not a {}",
                            value.type_name()
                        )),
                        span,
                    ));
                }
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
            Place::Byte(inner, i) => {
                let Value::Real(x) = value else {
                    return Err(self.fail(Fault::assign(value.type_name(), "byte"), span));
                };
                // Taken out of its variable, so that the bytes are not shared
                // and change in place; always put back.
                let current = match self.slot_mut(inner) {
                    Some(slot) if matches!(slot.value, Value::Blob(_)) => {
                        std::mem::take(&mut slot.value)
                    }
                    _ => self.load(inner, span)?,
                };
                let Value::Blob(mut b) = current else {
                    return Err(self.fail(Fault::wrong_type("{…} needs an array or a BLOB"), span));
                };
                let at = usize::try_from(*i).ok().filter(|&at| at < b.len());
                if let Some(at) = at {
                    Rc::make_mut(&mut b)[at] = x as i64 as u8;
                }
                let len = b.len();
                self.store(inner, Value::Blob(b), span)?;
                match at {
                    Some(_) => Ok(()),
                    None => Err(self.fail(Fault::index(*i, len), span)),
                }
            }
            Place::Char(inner, i) => {
                let current = self.load(inner, span)?;
                let Value::Text(t) = current else {
                    return Err(self.fail(Fault::wrong_type("[[…]] needs a text"), span));
                };
                let Value::Text(c) = value else {
                    return Err(self.fail(Fault::assign(value.type_name(), "character"), span));
                };
                match conv::set_char_at(t.as_str(), *i, c.as_str()) {
                    Some(s) => self.store(inner, Value::text(s), span),
                    None => Ok(()),
                }
            }
            Place::Field { table, field } => self.store_field(*table, *field, value, span),
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
                        Fault::wrong_type(format!("A {ty} variable cannot become an array")),
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
                    if arr.kind != kind || arr.rows {
                        arr.kind = kind;
                        arr.rows = false;
                        let n = arr.items.len();
                        arr.items = vec![element_default(kind); n];
                    }
                }
                a
            }
            None => {
                let a = Rc::new(RefCell::new(Array::new(kind, vec![element_default(kind)])));
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

    /// The place of a process (or interprocess) variable, its slot made if
    /// the variable is new to this run.
    fn global_place(&mut self, interprocess: bool, id: u32) -> Place {
        let vars = if interprocess {
            &mut self.interprocess
        } else {
            &mut self.process
        };
        if vars.len() <= id as usize {
            vars.resize(id as usize + 1, Slot::default());
        }
        if interprocess {
            Place::Interprocess(id)
        } else {
            Place::Process(id)
        }
    }

    /// What a process variable named `name` (or, `<>name`, an interprocess
    /// one) designates, the name known to the program from now on
    /// (`Get pointer`).
    pub fn variable_target(&mut self, name: &str) -> Target {
        match name.strip_prefix("<>") {
            Some(n) => Target::Interprocess {
                id: self.program.interprocess.intern(n),
            },
            None => Target::Process {
                id: self.program.process.intern(name),
            },
        }
    }

    /// Writes the slot at `index` of the value stack (a local of a running
    /// frame), with the assignment rules.
    pub(crate) fn store_local(&mut self, index: usize, v: Value, span: Span) -> Result<(), Unwind> {
        self.store(&Place::Local(index), v, span)
    }
}

/// A shared object or collection: what `Storage` may hold.
fn is_shared_ref(v: &Value) -> bool {
    match v {
        Value::Object(o) => o.borrow().shared,
        Value::Collection(c) => c.borrow().shared,
        _ => false,
    }
}
