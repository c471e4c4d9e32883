//! Queries and sorts of the classic language: `QUERY`, `QUERY SELECTION` (their argument
//! grammar `{aTable;}{conjunction;} field comparator value {; *}`, or the field, a
//! comparator as text and the value as three arguments, `commands-legacy/query.md`),
//! `QUERY WITH ARRAY`, `QUERY BY FORMULA`, `QUERY SELECTION BY FORMULA`, and `ORDER BY`
//! (`order-by.md`). A call ending with `*` adds to the table's query (or sort) being built;
//! the call without `*` runs it.

use super::{Ref, db, db_fault, leading_table, query_datum, ref_of, set_ok};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::cursor::CurrentRecord;
use crate::datastore::error::ERR_UNRELATED_FIELD;
use crate::datastore::structure::TableId;
use crate::datastore::{Cmp, Conjunction, Criterion, DbError, OrderKey};
use crate::eval::ir::{Node, NodeKind};
use crate::eval::{Fault, Interp, Value};
use crate::syntax::ast::BinOp;

fn conjunction(op: BinOp) -> Option<Conjunction> {
    match op {
        BinOp::BitAnd | BinOp::And => Some(Conjunction::And),
        BinOp::BitOr | BinOp::Or => Some(Conjunction::Or),
        BinOp::NotEq => Some(Conjunction::Except),
        _ => None,
    }
}

fn comparator(op: BinOp) -> Option<Cmp> {
    Some(match op {
        BinOp::Eq => Cmp::Eq,
        BinOp::NotEq => Cmp::Ne,
        BinOp::Lt => Cmp::Lt,
        BinOp::Gt => Cmp::Gt,
        BinOp::Le => Cmp::Le,
        BinOp::Ge => Cmp::Ge,
        BinOp::Mod => Cmp::Keyword,
        _ => return None,
    })
}

/// A comparator given as text (`query.md`, example 21).
fn comparator_text(s: &str) -> Option<Cmp> {
    Some(match s.trim() {
        "=" => Cmp::Eq,
        "#" => Cmp::Ne,
        "<" => Cmp::Lt,
        ">" => Cmp::Gt,
        "<=" => Cmp::Le,
        ">=" => Cmp::Ge,
        "%" => Cmp::Keyword,
        _ => return None,
    })
}

fn field_of(it: &mut Interp, node: &Node, command: &str) -> Result<(TableId, usize), Fail> {
    match ref_of(it, node)? {
        Some(Ref::Field(t, f)) => Ok((t, f)),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// The query argument from `first` on: `{conjunction;} criterion`, the criterion written as
/// one comparison or as three arguments. `None` when there is none.
fn criterion(
    it: &mut Interp,
    c: &Call,
    first: usize,
    command: &str,
) -> Result<Option<Criterion>, Fail> {
    let mut i = first;
    let mut conj = Conjunction::And;
    if let Some(j) = c.symbol(i).and_then(conjunction) {
        conj = j;
        i += 1;
    }
    let make = |(table, field), cmp, value: &Value| Criterion {
        conjunction: conj,
        table,
        field,
        cmp,
        value: query_datum(value),
    };
    match c.len().saturating_sub(i) {
        0 => Ok(None),
        1 => {
            let node = &c.nodes[i];
            let (field, op, value) = match &node.kind {
                NodeKind::Binary(op, l, r) => (field_of(it, l, command)?, *op, it.eval(r)?),
                NodeKind::Chain(head, rest) if !rest.is_empty() => {
                    let field = field_of(it, head, command)?;
                    let (op, _, operand) = &rest[0];
                    let value = if rest.len() == 1 {
                        it.eval(operand)?
                    } else {
                        let tail = Node {
                            kind: NodeKind::Chain(Box::new(operand.clone()), rest[1..].into()),
                            span: node.span,
                        };
                        it.eval(&tail)?
                    };
                    (field, *op, value)
                }
                _ => return Err(Fault::arguments(command).into()),
            };
            let cmp = comparator(op).ok_or_else(|| Fault::arguments(command))?;
            Ok(Some(make(field, cmp, &value)))
        }
        3 => {
            let field = field_of(it, &c.nodes[i], command)?;
            let cmp = match c.symbol(i + 1) {
                Some(op) => comparator(op),
                None => match super::value_arg(it, c, i + 1)? {
                    Value::Text(t) => comparator_text(t.as_str()),
                    _ => None,
                },
            }
            .ok_or_else(|| Fault::arguments(command))?;
            let value = super::value_arg(it, c, i + 2)?;
            Ok(Some(make(field, cmp, &value)))
        }
        _ => Err(Fault::arguments(command).into()),
    }
}

fn run_query(it: &mut Interp, c: &mut Call, command: &str, in_selection: bool) -> BResult {
    let (t, first) = leading_table(it, c, command)?;
    let crit = criterion(it, c, first, command)?;
    let star = c.star;
    let (db, p) = db(it, command)?;
    let cursor = db.cursor(p, t);
    if let Some(mut crit) = crit {
        if cursor.pending_query.is_empty() {
            crit.conjunction = Conjunction::And;
        }
        cursor.pending_query.push(crit);
    }
    if star {
        return Ok(Value::Undefined);
    }
    let criteria = std::mem::take(&mut cursor.pending_query);
    if criteria.is_empty() {
        // The Query editor: fourd has no interface; nothing is searched.
        return Ok(Value::Undefined);
    }
    let within = in_selection.then(|| cursor.selection.clone());
    let found = db
        .store
        .query_criteria(p, t, &criteria, within.as_deref())
        .map_err(db_fault)?;
    super::destination::deliver(it, c, t, found, command)?;
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `QUERY({aTable}{;}{queryArgument{; *}})`.
pub fn query(it: &mut Interp, c: &mut Call) -> BResult {
    run_query(it, c, "QUERY", false)
}

/// `QUERY SELECTION({aTable}{;}{queryArgument{; *}})`: the same, within the selection.
pub fn query_selection(it: &mut Interp, c: &mut Call) -> BResult {
    run_query(it, c, "QUERY SELECTION", true)
}

/// `QUERY WITH ARRAY(targetField; array)`: the records whose field equals one of the
/// array's values; the field's table gets the selection (`query-with-array.md`).
pub fn query_with_array(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, f) = field_of(it, &c.nodes[0], "QUERY WITH ARRAY")?;
    let values = match super::value_arg(it, c, 1)? {
        Value::Array(a) => a
            .borrow()
            .items
            .iter()
            .skip(1)
            .map(query_datum)
            .collect::<Vec<_>>(),
        _ => return Err(Fault::arguments("QUERY WITH ARRAY").into()),
    };
    let (db, p) = db(it, "QUERY WITH ARRAY")?;
    let found = db
        .store
        .query_with_array(p, t, t, f, &values)
        .map_err(db_fault)?;
    super::destination::deliver(it, c, t, found, "QUERY WITH ARRAY")?;
    Ok(Value::Undefined)
}

fn by_formula(it: &mut Interp, c: &mut Call, command: &str, in_selection: bool) -> BResult {
    let (t, first) = leading_table(it, c, command)?;
    let Some(formula) = c.nodes.get(first).filter(|_| first < c.len()) else {
        return Ok(Value::Undefined);
    };
    let (db, p) = db(it, command)?;
    let candidates = if in_selection {
        db.cursor(p, t).selection.clone()
    } else {
        db.store.all_records_for(p, t)
    };
    // Each candidate is the current record while the formula runs (a copy, never
    // locked); the record that was current comes back afterwards, even after an error.
    let saved = db.cursor(p, t).record.take();
    let found = each_record(it, t, &candidates, command, |it| {
        Ok(it.eval(formula)?.truthy())
    });
    let (db, p) = super::db(it, command)?;
    db.cursor(p, t).record = saved;
    let mut found = found?;
    if !in_selection {
        found.sort_unstable();
    }
    super::destination::deliver(it, c, t, found, command)?;
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// Runs `test` with each record of `records` as the table's current record (a copy, never
/// locked: the formula reads it), and keeps the records it is True for. Records gone are
/// skipped. The caller saves and restores the record that was current.
pub(super) fn each_record(
    it: &mut Interp,
    t: TableId,
    records: &[u32],
    command: &str,
    mut test: impl FnMut(&mut Interp) -> Result<bool, Fail>,
) -> Result<Vec<u32>, Fail> {
    let mut found = Vec::new();
    for &rec in records {
        let (db, p) = super::db(it, command)?;
        let Ok(values) = db.store.read_for(p, t, rec) else {
            continue;
        };
        db.cursor(p, t).record = Some(CurrentRecord {
            rec: Some(rec),
            original: values.clone(),
            values,
            locked: true,
        });
        if test(it)? {
            found.push(rec);
        }
    }
    Ok(found)
}

/// `QUERY BY FORMULA({aTable}{;}{queryFormula})`: the records for which the formula is
/// True, each made the current record while the formula runs (`query-by-formula.md`).
pub fn query_by_formula(it: &mut Interp, c: &mut Call) -> BResult {
    by_formula(it, c, "QUERY BY FORMULA", false)
}

/// `QUERY SELECTION BY FORMULA({aTable}{;}{queryFormula})`.
pub fn query_selection_by_formula(it: &mut Interp, c: &mut Call) -> BResult {
    by_formula(it, c, "QUERY SELECTION BY FORMULA", true)
}

/// `ORDER BY({aTable;}{field{; > or <}{; field2; > or <…}}{; *})`: sorts the selection
/// (ascending unless `<`); a field may belong to a related One table; the first record
/// becomes current (`order-by.md`).
pub fn order_by(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = leading_table(it, c, "ORDER BY")?;
    let mut keys = Vec::new();
    let mut i = first;
    while i < c.len() {
        let (ft, f) = field_of(it, &c.nodes[i], "ORDER BY")?;
        i += 1;
        let descending = match c.symbol(i) {
            Some(BinOp::Gt) => {
                i += 1;
                false
            }
            Some(BinOp::Lt) => {
                i += 1;
                true
            }
            _ => false,
        };
        let (db, _) = db(it, "ORDER BY")?;
        let path = db.store.structure().path_between(t, ft).ok_or_else(|| {
            db_fault(DbError::new(
                ERR_UNRELATED_FIELD,
                "the field belongs to a table not related to the sorted table",
            ))
        })?;
        keys.push(OrderKey {
            path,
            field: f,
            descending,
        });
    }
    let star = c.star;
    let (db, p) = db(it, "ORDER BY")?;
    let cursor = db.cursor(p, t);
    cursor.pending_order.extend(keys);
    if star {
        return Ok(Value::Undefined);
    }
    let keys = std::mem::take(&mut cursor.pending_order);
    if keys.is_empty() {
        // The Order By editor: fourd has no interface.
        return Ok(Value::Undefined);
    }
    let mut selection = cursor.selection.clone();
    db.store
        .order_records(t, &mut selection, &keys)
        .map_err(db_fault)?;
    db.set_selection(p, t, selection);
    set_ok(it, true);
    Ok(Value::Undefined)
}
