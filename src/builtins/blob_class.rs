//! `4D.Blob` (docs/API/BlobClass.md, docs/Concepts/dt_blob.md): an object
//! holding bytes that never change — `4D.Blob.new()`, `.size`, `.slice()`,
//! what `File.getContent()` returns. The bytes are the object's native
//! payload, shared with a BLOB value made from it (`Value::Blob` shares its
//! bytes until one copy changes), so nothing is copied to read them.

use super::classes::built_in_class;
use super::{BResult, Call, Fail};
use crate::eval::value::Object;
use crate::eval::{Fault, Interp, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A new `4D.Blob` object over `bytes`.
pub fn blob_object(it: &mut Interp, bytes: Rc<Vec<u8>>) -> BResult {
    let Some(class) = built_in_class(it, "Blob") else {
        return Err(Fault::rt(-10737, "Unknown class 4D.Blob").into());
    };
    let native: Rc<dyn std::any::Any> = bytes;
    Ok(Value::Object(Rc::new(RefCell::new(Object::of_class(
        class,
        Some(native),
    )))))
}

/// The bytes of a BLOB value or of a `4D.Blob` object ("4D commands that
/// take a BLOB accept a 4D.Blob", dt_blob.md).
pub fn bytes_of(v: &Value) -> Option<Rc<Vec<u8>>> {
    match v {
        Value::Blob(b) => Some(b.clone()),
        Value::Object(o) => {
            let o = o.borrow();
            if o.class().is_some_and(|c| c.built_in && &*c.name == "Blob") {
                o.native_rc::<Vec<u8>>()
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `4D.Blob.new({blob})`: empty, or a copy of a BLOB's or a `4D.Blob`'s bytes.
pub fn new_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let bytes = match c.get(0) {
        None | Some(Value::Undefined) => Rc::default(),
        Some(v) => bytes_of(v).ok_or_else(|| Fail::from(Fault::arguments("4D.Blob.new")))?,
    };
    blob_object(it, bytes)
}

/// The bytes of the `4D.Blob` a member is read on.
fn this_bytes(this: &Value) -> Result<Rc<Vec<u8>>, Fail> {
    bytes_of(this).ok_or_else(|| Fault::wrong_type("This is not a 4D.Blob").into())
}

/// `.size`: the number of bytes.
pub fn size(_: &mut Interp, this: &Value) -> BResult {
    Ok(Value::int(this_bytes(this)?.len() as i64))
}

/// An index of `.slice()`: negative counts from the end; clamped to the size.
fn index(v: Option<&Value>, default: usize, len: usize) -> usize {
    match v {
        Some(Value::Real(x)) => {
            let i = x.trunc() as i64;
            let i = if i < 0 { i + len as i64 } else { i };
            i.clamp(0, len as i64) as usize
        }
        _ => default,
    }
}

/// `.slice({start{; end}})`: a new `4D.Blob` of the bytes from `start` up to
/// (not including) `end`; the original is not altered.
pub fn slice(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let bytes = this_bytes(this)?;
    let len = bytes.len();
    let from = index(c.get(0), 0, len);
    let to = index(c.get(1), len, len);
    let part = if from < to {
        bytes[from..to].to_vec()
    } else {
        Vec::new()
    };
    blob_object(it, Rc::new(part))
}
