//! `collection.query()` and `collection.indices()` (docs/API/CollectionClass.md):
//! the query language of `dataClass.query()` — read by the datastore's parser,
//! so both accept the same strings — evaluated over the items of a collection
//! of objects. Placeholders are resolved once, to interpreter values, so an
//! object or collection given in `querySettings.parameters` compares by
//! reference as the docs say.

use super::{collection, like};
use crate::builtins::db::db_fault;
use crate::builtins::{BResult, Call, Fail};
use crate::conv;
use crate::datastore::datum::Datum;
use crate::datastore::error::{DbError, ERR_QUERY_SYNTAX};
use crate::datastore::query::Cmp;
use crate::datastore::query::parse::{self, Node, Op, Operand, Placeholder, Segment};
use crate::eval::ops::sort_order;
use crate::eval::value::ObjRef;
use crate::eval::{Interp, Value};
use std::cmp::Ordering;
use std::ops::Range;
use std::rc::Rc;

/// `.query(queryString{; value…})` or `.query(queryString; querySettings)`:
/// the matching items, a shared collection if the original is.
pub fn query(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let items = coll.borrow().items.clone();
    let found = matching(it, &items, c)?;
    Ok(like(
        coll,
        found.into_iter().map(|i| items[i].clone()).collect(),
    ))
}

/// `.indices(queryString{; value…})`: the indexes of the matching items, ascending.
pub fn indices(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let items = collection(this)?.borrow().items.clone();
    let found = matching(it, &items, c)?;
    Ok(Value::new_collection(
        found.into_iter().map(|i| Value::int(i as i64)).collect(),
    ))
}

/// The placeholder values of one query: `:1`… and the `querySettings`.
struct Params {
    values: Vec<Value>,
    parameters: Option<ObjRef>,
    attributes: Option<ObjRef>,
}

/// A condition with its placeholders resolved.
enum Test {
    Compare {
        path: Vec<Segment>,
        op: Op,
        value: Value,
    },
    And(Vec<Test>),
    Or(Vec<Test>),
    Not(Box<Test>),
}

/// The indexes of the items matching the query string of argument 0.
fn matching(it: &Interp, items: &[Value], c: &Call) -> Result<Vec<usize>, Fail> {
    let Some(Value::Text(text)) = c.get(0) else {
        return Err(super::args_error("query"));
    };
    let parsed = parse::parse(text.as_str()).map_err(db_fault)?;
    let params = params_of(&c.values_from(1));
    let test = resolve(&parsed.root, &params).map_err(db_fault)?;
    let eps = it.epsilon;
    let mut found: Vec<usize> = (0..items.len())
        .filter(|&i| holds(&test, &items[i], eps))
        .collect();
    for key in parsed.order.iter().rev() {
        let path = operand_path(&key.operand, &key.span, &params).map_err(db_fault)?;
        found.sort_by(|&a, &b| {
            let (x, y) = (first_at(&items[a], &path), first_at(&items[b], &path));
            let o = sort_order(&x, &y);
            if key.descending { o.reverse() } else { o }
        });
    }
    Ok(found)
}

/// The values after the query string; a last object holding `parameters` or
/// `attributes` is the `querySettings`.
fn params_of(args: &[Value]) -> Params {
    let mut p = Params {
        values: args.to_vec(),
        parameters: None,
        attributes: None,
    };
    if let Some(Value::Object(o)) = args.last() {
        let (params, attrs) = {
            let b = o.borrow();
            let obj = |k: &str| match b.get(k) {
                Some(Value::Object(x)) => Some(x.clone()),
                _ => None,
            };
            (obj("parameters"), obj("attributes"))
        };
        if params.is_some() || attrs.is_some() {
            p.values.pop();
            p.parameters = params;
            p.attributes = attrs;
        }
    }
    p
}

fn err(span: &Range<usize>, message: impl Into<String>) -> DbError {
    DbError::at(ERR_QUERY_SYNTAX, span.clone(), message)
}

fn resolve(node: &Node, p: &Params) -> Result<Test, DbError> {
    Ok(match node {
        Node::And(n) => Test::And(n.iter().map(|x| resolve(x, p)).collect::<Result<_, _>>()?),
        Node::Or(n) => Test::Or(n.iter().map(|x| resolve(x, p)).collect::<Result<_, _>>()?),
        Node::Not(n) => Test::Not(Box::new(resolve(n, p)?)),
        Node::Condition {
            operand,
            operand_span,
            test,
        } => {
            let Some((op, value, span)) = test else {
                return Err(err(
                    operand_span,
                    "expected a comparator (a collection query takes no formula)",
                ));
            };
            Test::Compare {
                path: operand_path(operand, operand_span, p)?,
                op: *op,
                value: query_value(value, &span.clone(), p)?,
            }
        }
    })
}

/// A placeholder's value: `:1` from the values, `:name` (and `:name.sub`) from
/// `parameters`.
fn placeholder(ph: &Placeholder, span: &Range<usize>, p: &Params) -> Result<Value, DbError> {
    let found = match ph {
        Placeholder::Index(n) => p.values.get(n - 1).cloned(),
        Placeholder::Named(path) => {
            let mut cur = p.parameters.clone().map(Value::Object);
            for key in path {
                cur = match cur {
                    Some(Value::Object(o)) => o.borrow().get(key).cloned(),
                    _ => None,
                };
            }
            cur
        }
    };
    found.ok_or_else(|| {
        let name = match ph {
            Placeholder::Index(n) => n.to_string(),
            Placeholder::Named(path) => path.join("."),
        };
        err(
            span,
            format!("no value is given for the placeholder :{name}"),
        )
    })
}

/// The property path a condition reads: written, or from a placeholder (a
/// text "a.b", or a collection of names; `attributes` first for a name).
fn operand_path(op: &Operand, span: &Range<usize>, p: &Params) -> Result<Vec<Segment>, DbError> {
    let arg = match op {
        Operand::Path(segments) => return Ok(segments.clone()),
        Operand::Eval(_) => return Err(err(span, "a collection query takes no eval()")),
        Operand::Placeholder(Placeholder::Named(path))
            if path.len() == 1
                && p.attributes
                    .as_ref()
                    .is_some_and(|a| a.borrow().get(&path[0]).is_some()) =>
        {
            let attrs = p.attributes.as_ref().expect("checked");
            attrs.borrow().get(&path[0]).cloned().unwrap_or_default()
        }
        Operand::Placeholder(ph) => placeholder(ph, span, p)?,
    };
    let names: Vec<String> = match &arg {
        Value::Text(t) => t.as_str().split('.').map(str::to_string).collect(),
        Value::Collection(c) => c
            .borrow()
            .items
            .iter()
            .map(|v| match v {
                Value::Text(t) => Ok(t.as_str().to_string()),
                _ => Err(err(span, "an attribute path collection holds texts only")),
            })
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(err(
                span,
                "this placeholder must be a property path (a text)",
            ));
        }
    };
    Ok(names
        .into_iter()
        .map(|name| match name.strip_suffix("[]") {
            Some(base) => Segment {
                name: base.to_string(),
                element: Some(false),
            },
            None => Segment {
                name,
                element: None,
            },
        })
        .collect())
}

fn query_value(v: &parse::Value, span: &Range<usize>, p: &Params) -> Result<Value, DbError> {
    Ok(match v {
        parse::Value::Literal(d) => datum_value(d),
        parse::Value::Placeholder(ph) => placeholder(ph, span, p)?,
        parse::Value::List(items) => Value::new_collection(
            items
                .iter()
                .map(|i| query_value(i, span, p))
                .collect::<Result<_, _>>()?,
        ),
    })
}

fn datum_value(d: &Datum) -> Value {
    match d {
        Datum::Null => Value::Null,
        Datum::Bool(b) => Value::Bool(*b),
        Datum::Int(i) => Value::Real(*i as f64),
        Datum::Real(r) => Value::Real(*r),
        Datum::Text(t) => Value::text(t.as_str()),
        Datum::Date(d) => Value::Date(*d),
        Datum::Time(t) => Value::Time(*t),
        _ => Value::Null,
    }
}

fn holds(t: &Test, item: &Value, eps: f64) -> bool {
    match t {
        Test::And(ts) => ts.iter().all(|t| holds(t, item, eps)),
        Test::Or(ts) => ts.iter().any(|t| holds(t, item, eps)),
        Test::Not(t) => !holds(t, item, eps),
        Test::Compare { path, op, value } => {
            let mut leaves = Vec::new();
            values_at(item, path, &mut leaves);
            match op {
                // "Not equal to … equivalent to Not condition applied on a statement".
                Op::Cmp(Cmp::Ne) => !leaves.iter().any(|l| compare(l, Cmp::Eq, value, eps)),
                Op::Cmp(Cmp::StrictNe) => {
                    !leaves.iter().any(|l| compare(l, Cmp::StrictEq, value, eps))
                }
                Op::Cmp(cmp) => leaves.iter().any(|l| compare(l, *cmp, value, eps)),
                Op::In => {
                    let wanted = match value {
                        Value::Collection(c) => c.borrow().items.clone(),
                        v => vec![v.clone()],
                    };
                    leaves
                        .iter()
                        .any(|l| wanted.iter().any(|w| compare(l, Cmp::Eq, w, eps)))
                }
            }
        }
    }
}

/// The values a path reads in an item: `[]` steps give every element; a
/// missing property gives undefined.
fn values_at(v: &Value, path: &[Segment], out: &mut Vec<Value>) {
    let Some((seg, rest)) = path.split_first() else {
        out.push(v.clone());
        return;
    };
    let next = match v {
        Value::Object(o) => o.borrow().get(&seg.name).cloned().unwrap_or_default(),
        _ => Value::Undefined,
    };
    match (seg.element, &next) {
        (Some(_), Value::Collection(c)) => {
            for e in c.borrow().items.iter() {
                values_at(e, rest, out);
            }
        }
        (Some(_), _) => {}
        (None, _) => values_at(&next, rest, out),
    }
}

/// The first value a path reads (for `order by`).
fn first_at(v: &Value, path: &[Segment]) -> Value {
    let mut out = Vec::new();
    values_at(v, path, &mut out);
    out.into_iter().next().unwrap_or_default()
}

/// One property value against a query value: texts with `@` and 4D's
/// collation, numbers with ε, dates (a date against a "YYYY-MM-DD" text
/// too), objects and collections by reference; `null` finds null and
/// undefined; other kinds never match.
fn compare(item: &Value, cmp: Cmp, wanted: &Value, eps: f64) -> bool {
    let ord = match (item, wanted) {
        (Value::Null | Value::Undefined, Value::Null) => Some(Ordering::Equal),
        (_, Value::Null) | (Value::Null | Value::Undefined, _) => None,
        (Value::Text(a), Value::Text(b)) => {
            let (a, b) = (a.as_str(), b.as_str());
            return match cmp {
                Cmp::Eq | Cmp::Ne => conv::text_eq(a, b) == (cmp == Cmp::Eq),
                Cmp::StrictEq => conv::text_order(a, b).is_eq(),
                Cmp::StrictNe => !conv::text_order(a, b).is_eq(),
                Cmp::Keyword => conv::keyword_match(a, b),
                _ => holds_order(cmp, conv::text_cmp(a, b)),
            };
        }
        (Value::Real(a), Value::Real(b)) => Some(if conv::real_eq(*a, *b, eps) {
            Ordering::Equal
        } else {
            a.total_cmp(b)
        }),
        (Value::Time(a), Value::Time(b)) => Some(a.cmp(b)),
        (Value::Real(a), Value::Time(b)) => Some(a.total_cmp(&(*b as f64 * 1000.0))),
        (Value::Bool(a), Value::Bool(b)) => Some(a.cmp(b)),
        (Value::Date(a), Value::Date(b)) => Some(a.cmp(b)),
        (Value::Date(a), Value::Text(b)) => Some(a.cmp(&conv::Date4D::from_text(b.as_str()))),
        (Value::Text(a), Value::Date(b)) => Some(conv::Date4D::from_text(a.as_str()).cmp(b)),
        (Value::Object(a), Value::Object(b)) => Some(if Rc::ptr_eq(a, b) {
            Ordering::Equal
        } else {
            Ordering::Less
        })
        .filter(|_| matches!(cmp, Cmp::Eq | Cmp::Ne | Cmp::StrictEq | Cmp::StrictNe)),
        (Value::Collection(a), Value::Collection(b)) => Some(if Rc::ptr_eq(a, b) {
            Ordering::Equal
        } else {
            Ordering::Less
        })
        .filter(|_| matches!(cmp, Cmp::Eq | Cmp::Ne | Cmp::StrictEq | Cmp::StrictNe)),
        _ => None,
    };
    match ord {
        Some(o) => holds_order(cmp, o),
        None => matches!(cmp, Cmp::Ne | Cmp::StrictNe),
    }
}

fn holds_order(cmp: Cmp, o: Ordering) -> bool {
    match cmp {
        Cmp::Eq | Cmp::StrictEq => o.is_eq(),
        Cmp::Ne | Cmp::StrictNe => !o.is_eq(),
        Cmp::Lt => o.is_lt(),
        Cmp::Gt => o.is_gt(),
        Cmp::Le => o.is_le(),
        Cmp::Ge => o.is_ge(),
        Cmp::Keyword => false,
    }
}
