//! Language commands about pointers, formulas and the command list:
//! `RESOLVE POINTER`, `Is a variable`, `Self`, `EXECUTE FORMULA`, `Command
//! name`, `GET LAST ERROR STACK`; and `OB GET PROPERTY NAMES`, `OB SET
//! NULL` of the Objects theme.

use super::objects::object_to_set;
use super::outputs::{fill_array, place_arg, store_arg};
use super::{BResult, Call};
use crate::eval::value::{ArrayKind, Target, type_code};
use crate::eval::{Fault, Interp, Value, VarType};
use crate::names::{self, ThreadSafety};
use std::rc::Rc;

/// The name of the variable a target designates, and the element numbers
/// of an array element (row and column of a two-dimensional one).
fn describe(it: &Interp, t: &Target) -> Option<(String, i64, i64)> {
    Some(match t {
        Target::Local { name, .. } => (name.to_string(), -1, -1),
        Target::Process { id } => (
            it.program.process.names.get(*id as usize)?.to_string(),
            -1,
            -1,
        ),
        Target::Interprocess { id } => (
            format!("<>{}", it.program.interprocess.names.get(*id as usize)?),
            -1,
            -1,
        ),
        Target::Element { array, index } => match &**array {
            Target::Element {
                array: base,
                index: row,
            } => (describe(it, base)?.0, *row, *index),
            base => (describe(it, base)?.0, *index, -1),
        },
        Target::Field { .. } => return None,
    })
}

/// `RESOLVE POINTER(aPointer; varName; tableNum; fieldNum)`
/// (resolve-pointer.md): a variable or array gives its name, -1, -1; an
/// element its array's name and number, -1; an element of a two-dimensional
/// array its row and column; a nil pointer "", 0, 0. The page says it does
/// not work with locals; fourd's pointers know their local's name and give
/// it *(fourd's choice)*.
pub fn resolve_pointer(it: &mut Interp, c: &mut Call) -> BResult {
    let (name, table, field) = match c.value(0) {
        Value::Pointer(t) => match describe(it, t) {
            Some(d) => d,
            None => return Err(Fault::unavailable("pointers to tables and fields").into()),
        },
        Value::Null | Value::Undefined => (String::new(), 0, 0),
        _ => return Err(Fault::arguments("RESOLVE POINTER").into()),
    };
    store_arg(it, c, 1, Value::text(name))?;
    store_arg(it, c, 2, Value::int(table))?;
    store_arg(it, c, 3, Value::int(field))?;
    Ok(Value::Undefined)
}

/// `Is a variable(aPointer)` (is-a-variable.md): True for a pointer to a
/// variable (or an array, or an element), False for a nil pointer.
pub fn is_a_variable(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(
        matches!(c.value(0), Value::Pointer(t) if !matches!(**t, Target::Field { .. })),
    ))
}

/// `Self` (self.md): the form object whose method runs; a headless run has
/// no form, so it is always a nil pointer.
pub fn self_pointer(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Null)
}

/// `EXECUTE FORMULA(statement)` (execute-formula.md): runs one line of
/// code (an assignment, a command, a method call) with the process's
/// variables; `""` does nothing.
pub fn execute_formula(it: &mut Interp, c: &mut Call) -> BResult {
    let text = c.text(0).trim().to_string();
    if text.is_empty() {
        return Ok(Value::Undefined);
    }
    let formula = it.formula_from_text(&text)?;
    it.call_callable(&formula, Value::Undefined, Vec::new(), c.span)?;
    Ok(Value::Undefined)
}

/// `Command name(command{; info{; theme}})` (command-name.md): the name of
/// a 4D command by number, bit 0 of `info` set when it is thread-safe,
/// its theme; `OK` 0 and `""` for a number that is no command.
pub fn command_name(it: &mut Interp, c: &mut Call) -> BResult {
    let found = u32::try_from(c.int(0))
        .ok()
        .and_then(names::command_by_number)
        .map(names::command);
    it.set_process(
        "OK",
        Value::int(i64::from(found.is_some())),
        VarType::Integer,
    );
    let Some(info) = found else {
        return Ok(Value::text(""));
    };
    let safe = !matches!(info.thread_safety, ThreadSafety::Unsafe);
    store_arg(it, c, 1, Value::int(i64::from(safe)))?;
    store_arg(it, c, 2, Value::text(info.theme))?;
    Ok(Value::text(info.name))
}

/// `GET LAST ERROR STACK(codesArray; intCompArray; textArray)`
/// (get-last-error-stack.md): the last error and the errors it caused, as
/// `Last errors` gives them.
pub fn get_last_error_stack(it: &mut Interp, c: &mut Call) -> BResult {
    let errors = match it.last_errors_value() {
        Value::Collection(col) => col.borrow().items.clone(),
        _ => Vec::new(),
    };
    let field = |e: &Value, key: &str| match e {
        Value::Object(o) => o.borrow().get(key).cloned().unwrap_or_default(),
        _ => Value::Undefined,
    };
    let codes = errors.iter().map(|e| field(e, "errCode")).collect();
    let components = errors
        .iter()
        .map(|e| field(e, "componentSignature"))
        .collect();
    let texts = errors.iter().map(|e| field(e, "message")).collect();
    for (i, kind, values) in [
        (0, ArrayKind::Integer, codes),
        (1, ArrayKind::Text, components),
        (2, ArrayKind::Text, texts),
    ] {
        let place = place_arg(c, i, "GET LAST ERROR STACK")?;
        fill_array(it, c, &place, kind, values)?;
    }
    Ok(Value::Undefined)
}

/// `OB GET PROPERTY NAMES(object; arrProperties{; arrTypes})`
/// (ob-get-property-names.md): the names, and each value's type (a
/// collection is `Is collection`, null `Is null`).
pub fn ob_get_property_names(it: &mut Interp, c: &mut Call) -> BResult {
    let props: Vec<(Rc<str>, Value)> = match c.value(0) {
        Value::Object(o) => o.borrow().props.to_vec(),
        Value::Null | Value::Undefined => Vec::new(),
        _ => return Err(Fault::arguments("OB GET PROPERTY NAMES").into()),
    };
    let names = props.iter().map(|(k, _)| Value::text(&**k)).collect();
    let place = place_arg(c, 1, "OB GET PROPERTY NAMES")?;
    fill_array(it, c, &place, ArrayKind::Text, names)?;
    if let Some(types_place) = c.place(2).cloned() {
        let types = props
            .iter()
            .map(|(_, v)| {
                Value::int(match v {
                    Value::Null | Value::Undefined => type_code::NULL,
                    v => v.value_type(),
                })
            })
            .collect();
        fill_array(it, c, &types_place, ArrayKind::Integer, types)?;
    }
    Ok(Value::Undefined)
}

/// `OB SET NULL(object; property)` (ob-set-null.md): the property becomes
/// null (and exists).
pub fn ob_set_null(it: &mut Interp, c: &mut Call) -> BResult {
    let o = object_to_set(it, c)?;
    let key: Rc<str> = Rc::from(c.text(1));
    o.borrow_mut().set(key, Value::Null);
    Ok(Value::Undefined)
}
