//! ORDA query strings from the language (`docs/API/DataClassClass.md`, query()): the
//! placeholder values and `querySettings` of a `.query()` call, and the formulas a query
//! may hold — `eval(…)` texts and `Formula` objects passed as placeholders — run with
//! `This` set to each entity (`querySettings.args` is their `$1`), and `orderByFormula`
//! (`EntitySelectionClass.md`).
//!
//! The engine asks a callback about a formula per record while it holds the datastore, so
//! the interpreter cannot run then. The formulas are run first, on every record the query
//! may look at, and the engine reads their answers.

use super::{SelectionData, entity_of, native, selection_value};
use crate::builtins::db::{db, db_fault, query_datum};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::query::plan::EVAL_BASE;
use crate::datastore::structure::TableId;
use crate::datastore::{DbError, QueryArg, QueryParams, RecSet};
use crate::eval::ops::sort_order;
use crate::eval::value::ObjRef;
use crate::eval::{Fault, Interp, Value};
use std::collections::HashMap;

/// The placeholder values of a `.query()` (`:1`, `:2`…); a last object argument is the
/// `querySettings` (`parameters`, `attributes`, `allowFormulas`, `args`). `Formula`
/// objects among the values are numbered into `formulas`.
pub fn query_params(args: &[Value], formulas: &mut Vec<Value>) -> (QueryParams, Value) {
    fn arg(v: &Value, formulas: &mut Vec<Value>) -> QueryArg {
        match v {
            Value::Formula(_) => {
                formulas.push(v.clone());
                QueryArg::Formula(formulas.len() - 1)
            }
            Value::Collection(c) => {
                QueryArg::List(c.borrow().items.iter().map(|v| arg(v, formulas)).collect())
            }
            Value::Object(o) => QueryArg::Object(
                o.borrow()
                    .props
                    .iter()
                    .map(|(k, v)| (k.to_string(), arg(v, formulas)))
                    .collect(),
            ),
            v => QueryArg::Value(query_datum(v)),
        }
    }
    let mut params = QueryParams::default();
    let mut formula_args = Value::Undefined;
    let mut values = args;
    let is_settings = |o: &ObjRef| {
        let o = o.borrow();
        o.class().is_none()
            && ["parameters", "attributes", "allowFormulas", "args"]
                .iter()
                .any(|k| o.get(k).is_some())
    };
    if let Some((Value::Object(settings), rest)) = values.split_last()
        && is_settings(settings)
    {
        let s = settings.borrow();
        if let Some(Value::Object(p)) = s.get("parameters") {
            params.parameters = p
                .borrow()
                .props
                .iter()
                .map(|(k, v)| (k.to_string(), arg(v, formulas)))
                .collect();
        }
        if let Some(Value::Object(a)) = s.get("attributes") {
            params.attributes = a
                .borrow()
                .props
                .iter()
                .map(|(k, v)| {
                    let path = match v {
                        Value::Text(t) => t.as_str().split('.').map(str::to_string).collect(),
                        Value::Collection(c) => c
                            .borrow()
                            .items
                            .iter()
                            .map(crate::eval::display::to_text)
                            .collect(),
                        _ => Vec::new(),
                    };
                    (k.to_string(), path)
                })
                .collect();
        }
        params.forbid_formulas = matches!(s.get("allowFormulas"), Some(Value::Bool(false)));
        formula_args = s.get("args").cloned().unwrap_or(Value::Undefined);
        values = rest;
    }
    params.values = values.iter().map(|v| arg(v, formulas)).collect();
    (params, formula_args)
}

/// Runs a formula with `This` = the entity of each record, `$1` = `args` when given;
/// the records for which it is True.
fn formula_set(
    it: &mut Interp,
    t: TableId,
    formula: &Value,
    args: &Value,
    records: &[u32],
) -> Result<RecSet, Fail> {
    let mut found = RecSet::new();
    let params = match args {
        Value::Undefined => Vec::new(),
        v => vec![v.clone()],
    };
    for &rec in records {
        let entity = entity_of(it, t, rec)?;
        let v = it.call_callable(formula, entity, params.clone(), Default::default())?;
        if v.truthy() {
            found.insert(rec);
        }
    }
    Ok(found)
}

/// Runs an ORDA query string on a table (or within records), its formulas included.
pub fn run_query(
    it: &mut Interp,
    t: TableId,
    text: &str,
    args: &[Value],
    within: Option<&[u32]>,
) -> Result<crate::datastore::QueryOutput, Fail> {
    let mut formulas = Vec::new();
    let (params, formula_args) = query_params(args, &mut formulas);
    let (db, p) = db(it, "query")?;
    let planned = db.store.query_plan(t, text, &params).map_err(db_fault)?;
    let scope: Vec<u32> = match within {
        Some(recs) => recs
            .iter()
            .copied()
            .filter(|&r| db.store.exists_for(p, t, r))
            .collect(),
        None => db.store.all_records_for(p, t),
    };
    // The answers of every formula the query names, by the number the engine asks with.
    let mut answers: HashMap<usize, RecSet> = HashMap::new();
    if !planned.eval_texts.is_empty() || !formulas.is_empty() {
        for (i, source) in planned.eval_texts.iter().enumerate() {
            let f = it.formula_from_text(source)?;
            let set = formula_set(it, t, &f, &formula_args, &scope)?;
            answers.insert(EVAL_BASE + i, set);
        }
        for (i, f) in formulas.iter().enumerate() {
            let set = formula_set(it, t, f, &formula_args, &scope)?;
            answers.insert(i, set);
        }
    }
    let (db, p) = crate::builtins::db::db(it, "query")?;
    let mut lookup = |n: usize, table: TableId, rec: u32| match answers.get(&n) {
        Some(set) if table == t => Ok(set.contains(rec)),
        _ => Err(DbError::new(
            crate::datastore::error::ERR_QUERY_SYNTAX,
            "a formula in a query applies to the queried dataclass only",
        )),
    };
    db.store
        .run_planned(p, t, &planned, within, &mut lookup)
        .map_err(|e| db_fault(e).into())
}

/// `.orderByFormula(formulaString | formulaObj {; sortOrder}{; settings})`: a new ordered
/// selection sorted on the formula's value for each entity (`This`), ascending unless
/// `sortOrder` is `dk descending` (1); `settings.args` is the formula's `$1`.
pub fn order_by_formula(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let (_, s) = native::<SelectionData>(this, "an entity selection")?;
    let formula = match c.value(0) {
        Value::Text(t) => it.formula_from_text(t.as_str())?,
        f @ Value::Formula(_) => f.clone(),
        _ => return Err(Fault::arguments("orderByFormula").into()),
    };
    let mut descending = false;
    let mut settings = Value::Undefined;
    for i in 1..c.len() {
        match c.value(i) {
            Value::Real(x) => descending = *x == 1.0,
            v @ Value::Object(_) => settings = v.clone(),
            _ => {}
        }
    }
    let args = match &settings {
        Value::Object(o) => o.borrow().get("args").cloned().unwrap_or(Value::Undefined),
        _ => Value::Undefined,
    };
    let params = match args {
        Value::Undefined => Vec::new(),
        v => vec![v],
    };
    let mut keyed = Vec::with_capacity(s.records.len());
    for &rec in &s.records {
        let entity = entity_of(it, s.table, rec)?;
        let v = it.call_callable(&formula, entity, params.clone(), c.span)?;
        keyed.push((rec, v));
    }
    keyed.sort_by(|(_, a), (_, b)| {
        let o = sort_order(a, b);
        if descending { o.reverse() } else { o }
    });
    let records = keyed.into_iter().map(|(r, _)| r).collect();
    Ok(selection_value(s.table, records, true))
}
