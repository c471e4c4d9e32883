//! Writing a command's output parameters: a variable that receives a value,
//! or an array that the command sizes and fills (`COMPONENT LIST`, `GET TEXT
//! KEYWORDS`, `Match regex`'s position arrays…), with 4D's assignment rules.

use super::{Call, Fail};
use crate::eval::value::ArrayKind;
use crate::eval::{Fault, Interp, Place, Value, VarType};

/// Whether the place holds (or is declared as) an array.
pub fn holds_array(it: &mut Interp, place: &Place) -> bool {
    match it.slot_mut(place) {
        Some(slot) => matches!(slot.value, Value::Array(_)) || matches!(slot.ty, VarType::Array(_)),
        None => matches!(it.load(place, Default::default()), Ok(Value::Array(_))),
    }
}

/// Sizes the array at `place` to the values and fills elements 1… with them
/// (element 0 is left as it is); a variable that is no array yet becomes
/// one of `kind`.
pub fn fill_array(
    it: &mut Interp,
    c: &Call,
    place: &Place,
    kind: ArrayKind,
    values: Vec<Value>,
) -> Result<(), Fail> {
    let array = it.ensure_array(place, kind, Some(values.len()), c.span)?;
    let kind = array.borrow().kind;
    let ty = crate::eval::array_var_type(kind);
    let mut arr = array.borrow_mut();
    for (i, v) in values.into_iter().enumerate() {
        arr.items[i + 1] = crate::eval::coerce(v, ty)?;
    }
    Ok(())
}

/// Writes argument `i`'s variable, if it was passed.
pub fn store_arg(it: &mut Interp, c: &Call, i: usize, value: Value) -> Result<(), Fail> {
    if let Some(place) = c.place(i).cloned() {
        it.store(&place, value, c.span)?;
    }
    Ok(())
}

/// The place of argument `i`, which must be a variable.
pub fn place_arg(c: &Call, i: usize, command: &str) -> Result<Place, Fail> {
    c.place(i)
        .cloned()
        .ok_or_else(|| Fail::from(Fault::arguments(command)))
}

/// Fills the text array of argument `i`.
pub fn fill_text_array(
    it: &mut Interp,
    c: &Call,
    i: usize,
    command: &str,
    texts: impl IntoIterator<Item = String>,
) -> Result<(), Fail> {
    let place = place_arg(c, i, command)?;
    let values = texts.into_iter().map(Value::text).collect();
    fill_array(it, c, &place, ArrayKind::Text, values)
}
