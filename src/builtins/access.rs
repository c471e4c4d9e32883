//! Users, groups, plug-ins and licences (docs/session.md §7): each command converts
//! its arguments and calls the session; the session's errors become 4D's.

use super::{BResult, Call, Fail};
use crate::eval::value::ArrayKind;
use crate::eval::{Fault, Interp, Value};
use crate::session::{AccessError, UserRef};

impl From<AccessError> for Fail {
    fn from(e: AccessError) -> Fail {
        Fail::Fault(Fault::with_signature(e.code, e.signature, e.message))
    }
}

/// Fills an output array argument (created or resized) with values.
fn fill_array(
    it: &mut Interp,
    c: &Call,
    i: usize,
    kind: ArrayKind,
    values: Vec<Value>,
) -> Result<(), Fail> {
    let Some(place) = c.place(i).cloned() else {
        return Err(Fault::arguments("array").into());
    };
    let array = it.ensure_array(&place, kind, Some(0), c.span)?;
    array.borrow_mut().items.extend(values);
    Ok(())
}

/// Reads an input array argument of numbers (`memberships`, `members`);
/// `None` when the argument is absent.
fn number_array(it: &mut Interp, c: &Call, i: usize) -> Result<Option<Vec<i64>>, Fail> {
    let Some(place) = c.place(i).cloned() else {
        return Ok(None);
    };
    match it.load(&place, c.span)? {
        Value::Array(a) => Ok(Some(
            a.borrow()
                .items
                .iter()
                .skip(1)
                .map(|v| match v {
                    Value::Real(x) => *x as i64,
                    _ => 0,
                })
                .collect(),
        )),
        _ => Err(Fault::arguments("array").into()),
    }
}

/// The id argument of `Set user/group properties`: a variable (the new id is
/// written back into it) or a plain number.
fn id_argument(it: &mut Interp, c: &Call, command: &str) -> Result<i64, Fail> {
    let Some(place) = c.place(0).cloned() else {
        return Ok(c.int(0));
    };
    match it.load(&place, c.span)? {
        Value::Real(x) => Ok(x as i64),
        _ => Err(Fault::arguments(command).into()),
    }
}

fn store(it: &mut Interp, c: &Call, i: usize, v: Value) -> Result<(), Fail> {
    if let Some(place) = c.place(i).cloned() {
        it.store(&place, v, c.span)?;
    }
    Ok(())
}

pub fn set_plugin_access(it: &mut Interp, c: &mut Call) -> BResult {
    it.session.set_plugin_access(c.int(0), c.text(1))?;
    Ok(Value::Undefined)
}

pub fn get_plugin_access(it: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::text(it.session.get_plugin_access(c.int(0))?))
}

pub fn plugin_list(it: &mut Interp, c: &mut Call) -> BResult {
    let (numbers, names) = it.session.plugin_list()?;
    let numbers = numbers.into_iter().map(Value::int).collect();
    let names = names.into_iter().map(Value::text).collect();
    fill_array(it, c, 0, ArrayKind::Integer, numbers)?;
    fill_array(it, c, 1, ArrayKind::Text, names)?;
    Ok(Value::Undefined)
}

pub fn is_license_available(it: &mut Interp, c: &mut Call) -> BResult {
    let license = if c.has(0) { Some(c.int(0)) } else { None };
    Ok(Value::Bool(it.session.is_license_available(license)?))
}

/// `SET GROUP ACCESS{(groups)}`: text elements name groups; others are ignored.
pub fn set_group_access(it: &mut Interp, c: &mut Call) -> BResult {
    if !c.has(0) {
        it.session.set_group_access(None)?;
        return Ok(Value::Undefined);
    }
    let names: Vec<String> = match c.value(0) {
        Value::Collection(col) => col
            .borrow()
            .items
            .iter()
            .filter_map(|v| match v {
                Value::Text(t) => Some(t.as_str().to_string()),
                _ => None,
            })
            .collect(),
        _ => return Err(Fault::arguments("SET GROUP ACCESS").into()),
    };
    it.session.set_group_access(Some(&names))?;
    Ok(Value::Undefined)
}

pub fn get_group_access(it: &mut Interp, _: &mut Call) -> BResult {
    let names = it
        .session
        .get_group_access()?
        .into_iter()
        .map(Value::text)
        .collect();
    Ok(Value::new_collection(names))
}

/// `CHANGE CURRENT USER{(user; password)}`: no arguments shows 4D's login
/// dialog, which headless fourd skips; exactly one is an error.
pub fn change_current_user(it: &mut Interp, c: &mut Call) -> BResult {
    match c.len() {
        0 => Ok(Value::Undefined),
        1 => Err(Fault::arguments("CHANGE CURRENT USER").into()),
        _ => {
            let password = c.text(1).to_string();
            let user = match c.value(0) {
                Value::Text(t) => UserRef::Name(t.as_str()),
                Value::Real(x) => UserRef::Id(*x as i64),
                _ => return Err(Fault::arguments("CHANGE CURRENT USER").into()),
            };
            it.session.change_current_user(user, &password)?;
            Ok(Value::Undefined)
        }
    }
}

pub fn current_user(it: &mut Interp, c: &mut Call) -> BResult {
    let selector = if c.has(0) { c.int(0) } else { 0 };
    Ok(Value::text(it.session.current_user(selector)?))
}

pub fn set_user_alias(it: &mut Interp, c: &mut Call) -> BResult {
    it.session.set_user_alias(c.text(0))?;
    Ok(Value::Undefined)
}

pub fn user_in_group(it: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(it.session.user_in_group(c.text(0), c.text(1))?))
}

pub fn get_user_list(it: &mut Interp, c: &mut Call) -> BResult {
    let (names, ids) = it.session.user_list()?;
    let names = names.into_iter().map(Value::text).collect();
    let ids = ids.into_iter().map(Value::int).collect();
    fill_array(it, c, 0, ArrayKind::Text, names)?;
    fill_array(it, c, 1, ArrayKind::Integer, ids)?;
    Ok(Value::Undefined)
}

pub fn get_group_list(it: &mut Interp, c: &mut Call) -> BResult {
    let (names, ids) = it.session.group_list()?;
    let names = names.into_iter().map(Value::text).collect();
    let ids = ids.into_iter().map(Value::int).collect();
    fill_array(it, c, 0, ArrayKind::Text, names)?;
    fill_array(it, c, 1, ArrayKind::Integer, ids)?;
    Ok(Value::Undefined)
}

/// `GET USER PROPERTIES(id; name; startup; password; nbLogin; lastLogin{; memberships{; groupOwner}})`
pub fn get_user_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let p = it.session.get_user_properties(c.int(0))?;
    store(it, c, 1, Value::text(p.name.as_str()))?;
    store(it, c, 2, Value::text(p.startup_method.as_str()))?;
    store(it, c, 3, Value::text(""))?;
    store(it, c, 4, Value::int(0))?;
    store(it, c, 5, Value::Date(crate::conv::Date4D::NULL))?;
    if c.has(6) {
        fill_array(
            it,
            c,
            6,
            ArrayKind::Integer,
            p.memberships.into_iter().map(Value::int).collect(),
        )?;
    }
    store(it, c, 7, Value::int(0))?;
    Ok(Value::Undefined)
}

/// `Set user properties(id; name; startup; password; nbLogin; lastLogin{; memberships{; groupOwner}})`
pub fn set_user_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let memberships = number_array(it, c, 6)?;
    let id = id_argument(it, c, "Set user properties")?;
    let (name, startup, password) = (
        c.text(1).to_string(),
        c.text(2).to_string(),
        c.text(3).to_string(),
    );
    let new_id =
        it.session
            .set_user_properties(id, &name, &startup, &password, memberships.as_deref())?;
    if new_id != 0 {
        store(it, c, 0, Value::int(new_id))?;
    }
    Ok(Value::int(new_id))
}

/// `GET GROUP PROPERTIES(id; name; owner{; members})`
pub fn get_group_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let p = it.session.get_group_properties(c.int(0))?;
    store(it, c, 1, Value::text(p.name.as_str()))?;
    store(it, c, 2, Value::int(0))?;
    if c.has(3) {
        fill_array(
            it,
            c,
            3,
            ArrayKind::Integer,
            p.members.into_iter().map(Value::int).collect(),
        )?;
    }
    Ok(Value::Undefined)
}

/// `Set group properties(id; name; owner{; members})`
pub fn set_group_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let members = number_array(it, c, 3)?;
    let id = id_argument(it, c, "Set group properties")?;
    let name = c.text(1).to_string();
    let new_id = it
        .session
        .set_group_properties(id, &name, members.as_deref())?;
    if new_id != 0 {
        store(it, c, 0, Value::int(new_id))?;
    }
    Ok(Value::int(new_id))
}

pub fn delete_user(it: &mut Interp, c: &mut Call) -> BResult {
    it.session.delete_user(c.int(0))?;
    Ok(Value::Undefined)
}

pub fn is_user_deleted(it: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(it.session.is_user_deleted(c.int(0))?))
}

/// `Validate password(user; password{; digest})`
pub fn validate_password(it: &mut Interp, c: &mut Call) -> BResult {
    let user = match c.value(0) {
        Value::Text(t) => UserRef::Name(t.as_str()),
        Value::Real(x) => UserRef::Id(*x as i64),
        _ => return Err(Fault::arguments("Validate password").into()),
    };
    let digest = matches!(c.value(2), Value::Bool(true));
    let password = c.text(1).to_string();
    Ok(Value::Bool(
        it.session.validate_password(user, &password, digest)?,
    ))
}

pub fn application_type(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(it.session.application_type()?))
}
