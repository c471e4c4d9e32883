//! Member functions: a formula stored in an object property (`$o.f()`), a
//! formula's `.call()` and `.apply()`, and the collection functions of
//! language.md §14.4 with their callback protocol.

use super::display;
use super::interp::Interp;
use super::ir::Node;
use super::ops::{search_equal, sort_order};
use super::rt_error::{Fault, Unwind};
use super::value::{CollRef, ObjRef, Value, stored};
use crate::conv;
use crate::source::Span;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

/// `ck diacritical` and `ck count values` (option flags of `.distinct()`).
const CK_DIACRITICAL: i64 = 8;
const CK_COUNT_VALUES: i64 = 32;
/// `ck ignore null or empty` for `.join()`.
const CK_IGNORE_NULL_OR_EMPTY: i64 = 1;
/// `ck keep null` for `.extract()`.
const CK_KEEP_NULL: i64 = 1;

fn args_error(name: &str) -> Fault {
    Fault::arguments(&format!(".{name}()"))
}

/// Reads `a.b.c` from a value (undefined when a step is missing).
pub fn path_get(v: &Value, path: &str) -> Value {
    let mut cur = v.clone();
    for step in path.split('.') {
        cur = match &cur {
            Value::Object(o) => o.borrow().get(step).cloned().unwrap_or_default(),
            _ => return Value::Undefined,
        };
    }
    cur
}

/// A stable merge sort whose comparison may fail (a callback may raise).
fn merge_sort(
    items: Vec<Value>,
    less: &mut dyn FnMut(&Value, &Value) -> Result<bool, Unwind>,
) -> Result<Vec<Value>, Unwind> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect::<Vec<_>>();
    let left = merge_sort(left, less)?;
    let right = merge_sort(right, less)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        // Stable: take from the right only when it is strictly less.
        if less(b, a)? {
            out.push(r.next().expect("peeked"));
        } else {
            out.push(l.next().expect("peeked"));
        }
    }
    out.extend(l);
    out.extend(r);
    Ok(out)
}

impl Interp {
    /// `object.name(args)`.
    pub(crate) fn call_member(
        &mut self,
        obj: Value,
        name: &str,
        args: &[Node],
        span: Span,
    ) -> Result<Value, Unwind> {
        self.call_member_with(obj, name, args, span, Self::eval)
    }

    /// `obj.name(args)` whatever form the arguments take (tree nodes, or
    /// compiled closures): each is evaluated by `eval`, left to right.
    #[inline]
    pub(crate) fn call_member_with<A>(
        &mut self,
        obj: Value,
        name: &str,
        args: &[A],
        span: Span,
        eval: impl Fn(&mut Self, &A) -> Result<Value, Unwind>,
    ) -> Result<Value, Unwind> {
        // `.push(v)` on a regular collection, the commonest call: no argument
        // vector, no lookup by name.
        if let (Value::Collection(c), "push", [arg]) = (&obj, name, args) {
            let v = eval(self, arg)?;
            let mut coll = c.borrow_mut();
            if !coll.shared && !matches!(v, Value::Time(_)) {
                coll.items.push(v);
                drop(coll);
                return Ok(obj);
            }
            drop(coll);
            let c = c.clone();
            return self.collection_function(&c, name, vec![v], span);
        }
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.push(eval(self, a)?);
        }
        self.call_member_values(obj, name, values, span)
    }

    /// `obj.name(values)`: the member functions of collections, objects
    /// and formulas.
    fn call_member_values(
        &mut self,
        obj: Value,
        name: &str,
        values: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        match &obj {
            Value::Collection(c) => {
                let c = c.clone();
                self.collection_function(&c, name, values, span)
            }
            Value::Object(o) => {
                let f = o.borrow().get(name).cloned();
                match f {
                    Some(f @ Value::Formula(_)) => {
                        self.call_callable(&f, obj.clone(), values, span)
                    }
                    Some(_) => Err(self.fail(
                        Fault::wrong_type(format!("'{name}' is not a function of this object")),
                        span,
                    )),
                    None => Err(self.fail(Fault::unknown_member(name), span)),
                }
            }
            Value::Formula(_) => match name {
                "call" => {
                    let mut it = values.into_iter();
                    let this = it.next().unwrap_or_default();
                    self.call_callable(&obj, this, it.collect(), span)
                }
                "apply" => {
                    let mut it = values.into_iter();
                    let this = it.next().unwrap_or_default();
                    let params = match it.next() {
                        Some(Value::Collection(c)) => c.borrow().items.clone(),
                        None | Some(Value::Null | Value::Undefined) => Vec::new(),
                        Some(_) => return Err(self.fail(args_error("apply"), span)),
                    };
                    self.call_callable(&obj, this, params, span)
                }
                _ => Err(self.fail(Fault::unknown_member(name), span)),
            },
            Value::Null | Value::Undefined => Err(self.fail(Fault::null_access(), span)),
            other => Err(self.fail(
                Fault::wrong_type(format!(
                    "A {} has no member function '{name}'",
                    other.type_name()
                )),
                span,
            )),
        }
    }

    /// Runs a callback with `$1` = `param` and extra arguments; returns its
    /// result (a formula's value, or `$1.result`) and whether it set `$1.stop`.
    fn callback(
        &mut self,
        f: &Value,
        param: &ObjRef,
        extra: &[Value],
        span: Span,
    ) -> Result<(Value, bool), Unwind> {
        let mut args = Vec::with_capacity(extra.len() + 1);
        args.push(Value::Object(param.clone()));
        args.extend(extra.iter().cloned());
        let returned = self.call_callable(f, Value::Undefined, args, span)?;
        let p = param.borrow();
        let result = match returned {
            Value::Undefined => p.get("result").cloned().unwrap_or_default(),
            v => v,
        };
        let stop = matches!(p.get("stop"), Some(Value::Bool(true)));
        Ok((result, stop))
    }

    fn callback_param(value: Value) -> ObjRef {
        Rc::new(RefCell::new(super::value::Object {
            props: vec![(Rc::from("value"), value)],
            ..Default::default()
        }))
    }

    fn is_callable(v: &Value) -> bool {
        matches!(v, Value::Formula(_) | Value::Text(_))
    }

    #[allow(clippy::too_many_lines)]
    fn collection_function(
        &mut self,
        c: &CollRef,
        name: &str,
        mut args: Vec<Value>,
        span: Span,
    ) -> Result<Value, Unwind> {
        // Values stored into the collection: a time becomes milliseconds.
        if args.iter().any(|a| matches!(a, Value::Time(_)))
            && matches!(
                name,
                "push" | "unshift" | "insert" | "fill" | "resize" | "concat"
            )
        {
            for a in args.iter_mut() {
                *a = stored(std::mem::take(a));
            }
        }
        let eps = self.epsilon;
        let len = c.borrow().items.len() as i64;
        // A start index: negative counts from the end, then clamps at 0.
        let start = |v: Option<&Value>, default: i64| -> i64 {
            match v {
                Some(Value::Real(x)) => {
                    let i = x.trunc() as i64;
                    if i < 0 { (i + len).max(0) } else { i }
                }
                _ => default,
            }
        };
        let arg_int = |v: Option<&Value>| match v {
            Some(Value::Real(x)) => Some(x.trunc() as i64),
            _ => None,
        };
        let new = |items: Vec<Value>| Value::new_collection(items);
        // `.slice()`, `.filter()`, `.orderBy()`, `.orderByMethod()`,
        // `.reverse()`: "If the original collection is a shared collection,
        // the returned collection is also a shared collection" (the docs).
        let shared = c.borrow().shared;
        let like = move |items: Vec<Value>| {
            Value::Collection(Rc::new(RefCell::new(super::value::Collection {
                items,
                shared,
            })))
        };
        let this = Value::Collection(c.clone());
        Ok(match name {
            "push" => {
                c.borrow_mut().items.extend(args);
                this
            }
            "pop" => c.borrow_mut().items.pop().unwrap_or_default(),
            "shift" => {
                let mut c = c.borrow_mut();
                if c.items.is_empty() {
                    Value::Undefined
                } else {
                    c.items.remove(0)
                }
            }
            "unshift" => {
                c.borrow_mut().items.splice(0..0, args);
                this
            }
            "insert" => {
                if args.len() < 2 {
                    return Err(self.fail(args_error(name), span));
                }
                let i = start(args.first(), 0).min(len) as usize;
                c.borrow_mut().items.insert(i, args.swap_remove(1));
                this
            }
            "remove" => {
                let i = start(args.first(), 0);
                let n = arg_int(args.get(1)).unwrap_or(1).max(0);
                if i < len {
                    let end = (i + n).min(len) as usize;
                    c.borrow_mut().items.drain(i as usize..end);
                }
                this
            }
            "clear" => {
                c.borrow_mut().items.clear();
                this
            }
            "resize" => {
                let n = arg_int(args.first()).unwrap_or(0).clamp(0, 100_000_000) as usize;
                let fill = args.get(1).cloned().unwrap_or(Value::Null);
                c.borrow_mut().items.resize(n, fill);
                this
            }
            "fill" => {
                let v = args.first().cloned().unwrap_or_default();
                let from = start(args.get(1), 0).min(len) as usize;
                let to = args.get(2).map_or(len, |e| start(Some(e), len)).min(len) as usize;
                if from < to {
                    c.borrow_mut().items[from..to]
                        .iter_mut()
                        .for_each(|x| *x = v.clone());
                }
                this
            }
            "combine" => {
                let other = match args.first() {
                    Some(Value::Collection(o)) => o.borrow().items.clone(),
                    _ => return Err(self.fail(args_error(name), span)),
                };
                let at = args.get(1).map_or(len, |v| start(Some(v), len)).min(len) as usize;
                c.borrow_mut().items.splice(at..at, other);
                this
            }
            "sort" => {
                let items = std::mem::take(&mut c.borrow_mut().items);
                let sorted = match args.first() {
                    Some(f) if Self::is_callable(f) => {
                        let f = f.clone();
                        let extra = args[1..].to_vec();
                        let mut less = |a: &Value, b: &Value| -> Result<bool, Unwind> {
                            let p = Self::callback_param(a.clone());
                            p.borrow_mut().set(Rc::from("value2"), b.clone());
                            let (r, _) = self.callback(&f, &p, &extra, span)?;
                            Ok(matches!(r, Value::Bool(true)))
                        };
                        match merge_sort(items.clone(), &mut less) {
                            Ok(s) => s,
                            Err(e) => {
                                c.borrow_mut().items = items;
                                return Err(e);
                            }
                        }
                    }
                    _ => {
                        let mut items = items;
                        let descending = matches!(args.first(), Some(Value::Real(x)) if *x == 1.0);
                        items.sort_by(|a, b| {
                            if descending {
                                sort_order(b, a)
                            } else {
                                sort_order(a, b)
                            }
                        });
                        items
                    }
                };
                c.borrow_mut().items = sorted;
                this
            }
            "orderBy" => {
                let items = c.borrow().items.clone();
                like(self.order_by(items, args.first(), span)?)
            }
            "orderByMethod" => {
                let f = args.first().cloned().unwrap_or_default();
                let extra = args.get(1..).map(<[Value]>::to_vec).unwrap_or_default();
                let items = c.borrow().items.clone();
                let mut less = |a: &Value, b: &Value| -> Result<bool, Unwind> {
                    let p = Self::callback_param(a.clone());
                    p.borrow_mut().set(Rc::from("value2"), b.clone());
                    let (r, _) = self.callback(&f, &p, &extra, span)?;
                    Ok(matches!(r, Value::Bool(true)))
                };
                like(merge_sort(items, &mut less)?)
            }
            "concat" => {
                let mut items = c.borrow().items.clone();
                for a in args {
                    match a {
                        Value::Collection(o) => items.extend(o.borrow().items.iter().cloned()),
                        v => items.push(v),
                    }
                }
                new(items)
            }
            "copy" => this.deep_copy(),
            "slice" => {
                let from = start(args.first(), 0).min(len);
                let to = args.get(1).map_or(len, |v| start(Some(v), len)).min(len);
                let items = if from < to {
                    c.borrow().items[from as usize..to as usize].to_vec()
                } else {
                    Vec::new()
                };
                like(items)
            }
            "reverse" => {
                let copy = this.deep_copy();
                if let Value::Collection(r) = &copy {
                    let mut r = r.borrow_mut();
                    r.items.reverse();
                    r.shared = shared;
                }
                copy
            }
            "flat" => {
                let depth = arg_int(args.first()).unwrap_or(1);
                new(flatten(&c.borrow().items, depth))
            }
            "indexOf" | "includes" => {
                let wanted = args.first().cloned().unwrap_or_default();
                let from = start(args.get(1), 0);
                let found = (from..len)
                    .find(|&i| search_equal(&c.borrow().items[i as usize], &wanted, eps));
                if name == "includes" {
                    Value::Bool(found.is_some())
                } else {
                    Value::int(found.unwrap_or(-1))
                }
            }
            "lastIndexOf" => {
                let wanted = args.first().cloned().unwrap_or_default();
                // The docs: start 0 searches nothing; a negative start counts
                // from the end, and a negative result searches nothing.
                let from = match args.get(1) {
                    Some(Value::Real(x)) => {
                        let i = x.trunc() as i64;
                        match i {
                            0 => -1,
                            i if i < 0 => i + len,
                            i => i.min(len - 1),
                        }
                    }
                    _ => len - 1,
                };
                let found = (0..=from)
                    .rev()
                    .find(|&i| i >= 0 && search_equal(&c.borrow().items[i as usize], &wanted, eps));
                Value::int(found.unwrap_or(-1))
            }
            "countValues" => {
                let wanted = args.first().cloned().unwrap_or_default();
                let path = match args.get(1) {
                    Some(Value::Text(p)) => Some(p.as_str().to_string()),
                    _ => None,
                };
                let n = c
                    .borrow()
                    .items
                    .iter()
                    .filter(|v| match &path {
                        Some(p) => search_equal(&path_get(v, p), &wanted, eps),
                        None => search_equal(v, &wanted, eps),
                    })
                    .count();
                Value::int(n as i64)
            }
            "at" => {
                let i = arg_int(args.first()).unwrap_or(0);
                let i = if i < 0 { i + len } else { i };
                if (0..len).contains(&i) {
                    c.borrow().items[i as usize].clone()
                } else {
                    Value::Undefined
                }
            }
            "first" => c.borrow().items.first().cloned().unwrap_or_default(),
            "last" => c.borrow().items.last().cloned().unwrap_or_default(),
            "join" => {
                let sep = match args.first() {
                    Some(Value::Text(t)) => t.as_str().to_string(),
                    _ => return Err(self.fail(args_error(name), span)),
                };
                let skip = arg_int(args.get(1)).unwrap_or(0) & CK_IGNORE_NULL_OR_EMPTY != 0;
                let parts: Vec<String> = c
                    .borrow()
                    .items
                    .iter()
                    .filter(|v| {
                        !(skip
                            && (v.is_null_or_undefined()
                                || matches!(v, Value::Text(t) if t.as_str().is_empty())))
                    })
                    .map(display::to_text)
                    .collect();
                Value::text(parts.join(&sep))
            }
            "sum" | "average" => {
                let path = text_arg(args.first());
                let mut total = 0.0;
                let mut count = 0usize;
                for v in c.borrow().items.iter() {
                    if let Value::Real(x) = at_path(v, path.as_deref()) {
                        total += x;
                        count += 1;
                    }
                }
                if name == "sum" {
                    Value::Real(total)
                } else if count == 0 {
                    Value::Undefined
                } else {
                    Value::Real(total / count as f64)
                }
            }
            "min" | "max" => {
                let path = text_arg(args.first());
                let values = defined_values(c, path.as_deref());
                // The first (min) or last (max) element of the stable `.sort()`
                // order: among equal ones (objects), the first or the last.
                let min = name == "min";
                values
                    .into_iter()
                    .reduce(|a, b| {
                        let ord = sort_order(&b, &a);
                        let take_b = if min {
                            ord == Ordering::Less
                        } else {
                            ord != Ordering::Less
                        };
                        if take_b { b } else { a }
                    })
                    .unwrap_or_default()
            }
            "count" => {
                let path = text_arg(args.first());
                let n = c
                    .borrow()
                    .items
                    .iter()
                    .filter(|v| match &path {
                        Some(p) => !path_get(v, p).is_null_or_undefined(),
                        None => !v.is_null_or_undefined(),
                    })
                    .count();
                Value::int(n as i64)
            }
            "distinct" => {
                let (path, options) = match (args.first(), args.get(1)) {
                    (Some(Value::Text(p)), o) => {
                        (Some(p.as_str().to_string()), arg_int(o).unwrap_or(0))
                    }
                    (Some(Value::Real(o)), _) => (None, *o as i64),
                    _ => (None, 0),
                };
                let diacritical = options & CK_DIACRITICAL != 0;
                let mut values = defined_values(c, path.as_deref());
                if diacritical {
                    values.sort_by(|a, b| match (a, b) {
                        (Value::Text(x), Value::Text(y)) => {
                            conv::text_order_strict(x.as_str(), y.as_str())
                        }
                        _ => sort_order(a, b),
                    });
                } else {
                    values.sort_by(sort_order);
                }
                let same = |a: &Value, b: &Value| match (a, b) {
                    (Value::Text(x), Value::Text(y)) if diacritical => x.as_str() == y.as_str(),
                    (Value::Text(x), Value::Text(y)) => {
                        conv::text_order(x.as_str(), y.as_str()) == Ordering::Equal
                    }
                    (Value::Object(x), Value::Object(y)) => Rc::ptr_eq(x, y),
                    (Value::Collection(x), Value::Collection(y)) => Rc::ptr_eq(x, y),
                    _ => sort_order(a, b) == Ordering::Equal && a.value_type() == b.value_type(),
                };
                let mut out: Vec<(Value, i64)> = Vec::new();
                for v in values {
                    match out.last_mut() {
                        Some((last, n)) if same(last, &v) => *n += 1,
                        _ => out.push((v, 1)),
                    }
                }
                if options & CK_COUNT_VALUES != 0 {
                    new(out
                        .into_iter()
                        .map(|(v, n)| {
                            Value::new_object(vec![
                                (Rc::from("value"), v),
                                (Rc::from("count"), Value::int(n)),
                            ])
                        })
                        .collect())
                } else {
                    new(out.into_iter().map(|(v, _)| v).collect())
                }
            }
            "equal" => {
                let other = match args.first() {
                    Some(Value::Collection(o)) => o.clone(),
                    _ => return Err(self.fail(args_error(name), span)),
                };
                let strict = arg_int(args.get(1)).unwrap_or(0) & CK_DIACRITICAL != 0;
                Value::Bool(deep_equal(&this, &Value::Collection(other), strict, eps, 0))
            }
            "extract" if matches!(args.get(1), Some(Value::Text(_))) => {
                // `.extract(path; target{; path2; target2…})`: objects with the
                // target properties; undefined values are left out, nulls kept,
                // and an element that would give `{}` is skipped (the docs' example).
                let mut pairs = Vec::new();
                for pair in args.chunks(2) {
                    match pair {
                        [Value::Text(p), Value::Text(t)] => {
                            pairs.push((p.as_str().to_string(), Rc::<str>::from(t.as_str())))
                        }
                        _ => return Err(self.fail(args_error(name), span)),
                    }
                }
                let out = c
                    .borrow()
                    .items
                    .iter()
                    .filter_map(|v| {
                        let props: Vec<(Rc<str>, Value)> = pairs
                            .iter()
                            .filter_map(|(p, t)| match path_get(v, p) {
                                Value::Undefined => None,
                                x => Some((t.clone(), x)),
                            })
                            .collect();
                        (!props.is_empty()).then(|| Value::new_object(props))
                    })
                    .collect();
                new(out)
            }
            "extract" => {
                let Some(path) = text_arg(args.first()) else {
                    return Err(self.fail(args_error(name), span));
                };
                let keep_null = arg_int(args.get(1)).unwrap_or(0) & CK_KEEP_NULL != 0;
                let out = c
                    .borrow()
                    .items
                    .iter()
                    .map(|v| path_get(v, &path))
                    .filter_map(|v| {
                        if v.is_null_or_undefined() {
                            keep_null.then_some(Value::Null)
                        } else {
                            Some(v)
                        }
                    })
                    .collect();
                new(out)
            }
            "map" | "filter" | "find" | "findIndex" | "every" | "some" | "flatMap" => {
                let (from, f_index) = match args.first() {
                    Some(Value::Real(_))
                        if matches!(name, "find" | "findIndex" | "every" | "some") =>
                    {
                        (start(args.first(), 0), 1)
                    }
                    _ => (0, 0),
                };
                let Some(f) = args.get(f_index).cloned().filter(Self::is_callable) else {
                    return Err(self.fail(args_error(name), span));
                };
                let extra = args[f_index + 1..].to_vec();
                let mut out = Vec::new();
                let mut found: Option<(i64, Value)> = None;
                let mut all = true;
                let mut any = false;
                let mut i = from;
                while i < c.borrow().items.len() as i64 {
                    let item = c.borrow().items[i as usize].clone();
                    let p = Self::callback_param(item.clone());
                    let (r, stop) = self.callback(&f, &p, &extra, span)?;
                    let yes = matches!(r, Value::Bool(true));
                    match name {
                        "map" => out.push(if matches!(r, Value::Undefined) {
                            Value::Null
                        } else {
                            r
                        }),
                        "flatMap" => match r {
                            Value::Collection(x) => out.extend(x.borrow().items.iter().cloned()),
                            v => out.push(v),
                        },
                        "filter" if yes => out.push(item),
                        "find" | "findIndex" if yes => {
                            found = Some((i, item));
                            break;
                        }
                        "every" if !yes => {
                            all = false;
                            break;
                        }
                        "some" if yes => {
                            any = true;
                            break;
                        }
                        _ => {}
                    }
                    if stop {
                        break;
                    }
                    i += 1;
                }
                match name {
                    "filter" => like(out),
                    "map" | "flatMap" => new(out),
                    "find" => found.map(|(_, v)| v).unwrap_or_default(),
                    "findIndex" => Value::int(found.map_or(-1, |(i, _)| i)),
                    "every" => Value::Bool(from < len && all),
                    _ => Value::Bool(any),
                }
            }
            "reduce" | "reduceRight" => {
                let Some(f) = args.first().cloned().filter(Self::is_callable) else {
                    return Err(self.fail(args_error(name), span));
                };
                let mut acc = args.get(1).cloned().unwrap_or_default();
                let extra = args.get(2..).map(<[Value]>::to_vec).unwrap_or_default();
                let order: Vec<i64> = if name == "reduce" {
                    (0..len).collect()
                } else {
                    (0..len).rev().collect()
                };
                for i in order {
                    let Some(item) = c.borrow().items.get(i as usize).cloned() else {
                        break;
                    };
                    let p = Self::callback_param(item);
                    p.borrow_mut().set(Rc::from("accumulator"), acc.clone());
                    let (r, stop) = self.callback(&f, &p, &extra, span)?;
                    acc = match r {
                        Value::Undefined => {
                            p.borrow().get("accumulator").cloned().unwrap_or_default()
                        }
                        v => v,
                    };
                    if stop {
                        break;
                    }
                }
                acc
            }
            "query" | "indices" | "multiSort" => {
                return Err(self.fail(Fault::unavailable(&format!("collection.{name}()")), span));
            }
            _ => {
                return Err(self.fail(Fault::unknown_member(name), span));
            }
        })
    }

    /// `.orderBy()`: criteria as text (`"name desc, id"`), as a collection of
    /// `{propertyPath; descending}`, or `ck ascending`/`ck descending` for scalars.
    fn order_by(
        &mut self,
        mut items: Vec<Value>,
        criteria: Option<&Value>,
        span: Span,
    ) -> Result<Vec<Value>, Unwind> {
        let mut keys: Vec<(String, bool)> = Vec::new();
        let mut scalar_desc = false;
        match criteria {
            None | Some(Value::Undefined) => {}
            Some(Value::Real(x)) => scalar_desc = *x == 1.0,
            Some(Value::Text(t)) => {
                for part in t.as_str().split(',') {
                    let mut words = part.split_whitespace();
                    let Some(path) = words.next() else { continue };
                    let desc = words.next().is_some_and(|w| w.eq_ignore_ascii_case("desc"));
                    keys.push((path.to_string(), desc));
                }
            }
            Some(Value::Collection(c)) => {
                for crit in c.borrow().items.iter() {
                    let path = display::to_text(&path_get(crit, "propertyPath"));
                    let desc = matches!(path_get(crit, "descending"), Value::Bool(true));
                    keys.push((path, desc));
                }
            }
            Some(_) => return Err(self.fail(args_error("orderBy"), span)),
        }
        items.sort_by(|a, b| {
            if keys.is_empty() {
                return if scalar_desc {
                    sort_order(b, a)
                } else {
                    sort_order(a, b)
                };
            }
            for (path, desc) in &keys {
                let ord = sort_order(&path_get(a, path), &path_get(b, path));
                let ord = if *desc { ord.reverse() } else { ord };
                if ord != Ordering::Equal {
                    return ord;
                }
            }
            Ordering::Equal
        });
        Ok(items)
    }
}

/// An item, or its property at `path` (`"address.city"`) when one is given.
fn at_path(v: &Value, path: Option<&str>) -> Value {
    match path {
        Some(p) => path_get(v, p),
        None => v.clone(),
    }
}

/// The items of a collection, or their property at `path`, without the null
/// and undefined ones (`min`, `max`, `distinct`).
fn defined_values(c: &CollRef, path: Option<&str>) -> Vec<Value> {
    c.borrow()
        .items
        .iter()
        .map(|v| at_path(v, path))
        .filter(|v| !v.is_null_or_undefined())
        .collect()
}

fn text_arg(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::Text(t)) => Some(t.as_str().to_string()),
        _ => None,
    }
}

fn flatten(items: &[Value], depth: i64) -> Vec<Value> {
    let mut out = Vec::new();
    for v in items {
        match v {
            Value::Collection(c) if depth > 0 => out.extend(flatten(&c.borrow().items, depth - 1)),
            v => out.push(v.clone()),
        }
    }
    out
}

/// `.equal()`: deep equality; texts ignore case and accents unless `strict`.
pub fn deep_equal(a: &Value, b: &Value, strict: bool, eps: f64, depth: usize) -> bool {
    if depth > 256 {
        return false;
    }
    match (a, b) {
        (Value::Collection(x), Value::Collection(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(&y.items)
                    .all(|(p, q)| deep_equal(p, q, strict, eps, depth + 1))
        }
        (Value::Object(x), Value::Object(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.props.len() == y.props.len()
                && x.props.iter().all(|(k, v)| {
                    y.get(k)
                        .is_some_and(|w| deep_equal(v, w, strict, eps, depth + 1))
                })
        }
        (Value::Text(x), Value::Text(y)) if strict => x.as_str() == y.as_str(),
        (Value::Text(x), Value::Text(y)) => {
            conv::text_cmp(x.as_str(), y.as_str()) == Ordering::Equal
        }
        _ => search_equal(a, b, eps) && a.value_type() == b.value_type(),
    }
}
