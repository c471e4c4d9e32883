//! BLOBs and what is outside them: `VARIABLE TO BLOB`/`BLOB TO VARIABLE`
//! (variable-to-blob.md, blob-to-variable.md) and `DOCUMENT TO BLOB`/`BLOB TO
//! DOCUMENT` (document-to-blob.md, blob-to-document.md).
//!
//! 4D stores a variable "using a 4D internal format" that only `BLOB TO
//! VARIABLE` reads back; fourd's is its own: a marker, a type tag and the
//! value, little-endian, objects and collections walked with their pointers
//! resolved (the page: "their dereferenced values are stored").

use super::blob::{WriteAt, blob_value, change_blob, read_offset};
use super::copy_options::{CK_RESOLVE_POINTERS, copy_with};
use super::db::set_ok;
use super::file_objects::file_fault;
use super::folders::files as files_of;
use super::outputs::place_arg;
use super::{BResult, Call};
use crate::conv::Date4D;
use crate::eval::value::{Array, ArrayKind, Collection, Object};
use crate::eval::{Fault, Interp, Value, code};
use std::cell::RefCell;
use std::rc::Rc;

/// Starts every stored variable: a BLOB that does not start so at the
/// offset holds no variable.
const MARKER: &[u8; 2] = b"fV";

/// Deeper than this, objects are not followed (they cannot be this deep
/// without a cycle).
const MAX_DEPTH: usize = 512;

/// `VARIABLE TO BLOB(variable; blob{; offset | *})`.
pub fn variable_to_blob(it: &mut Interp, c: &mut Call) -> BResult {
    // A pointer variable is refused; pointers inside objects are resolved.
    let value = match c.value(0) {
        p @ Value::Pointer(_) => p.clone(),
        v => copy_with(it, v, CK_RESOLVE_POINTERS, c.span)?,
    };
    let mut data = MARKER.to_vec();
    if let Err(why) = encode(&value, &mut data, 0) {
        set_ok(it, false);
        return Err(Fault::rt(code::WRONG_TYPE, format!("VARIABLE TO BLOB: {why}")).into());
    }
    let at = WriteAt::of(it, c, 2)?;
    let end = change_blob(it, c, 1, "VARIABLE TO BLOB", |b| Ok(at.write(b, &data)))?;
    at.advance(it, c, end)?;
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `BLOB TO VARIABLE(blob; variable{; offset})`.
pub fn blob_to_variable(it: &mut Interp, c: &mut Call) -> BResult {
    let bytes = blob_value(it, c, 0, "BLOB TO VARIABLE")?;
    let target = place_arg(c, 1, "BLOB TO VARIABLE")?;
    let offset = c.place(2).cloned();
    let start = match &offset {
        Some(p) => read_offset(it, c, p)?,
        None => 0,
    };
    let mut r = Reader {
        bytes: &bytes,
        at: start,
    };
    let marked = r.take(2).is_some_and(|m| m == MARKER);
    let value = match marked.then(|| r.value(0)).flatten() {
        Some(v) => v,
        None => {
            set_ok(it, false);
            return Err(Fault::rt(
                code::WRONG_TYPE,
                format!("BLOB TO VARIABLE: no variable stored at offset {start}"),
            )
            .into());
        }
    };
    let end = r.at;
    match value {
        Value::Array(a) => {
            let a = a.borrow();
            let dest = it.ensure_array(&target, a.kind, None, c.span)?;
            let mut d = dest.borrow_mut();
            d.kind = a.kind;
            d.rows = a.rows;
            d.items = a.items.clone();
        }
        v => it.store(&target, v, c.span)?,
    }
    if let Some(p) = offset {
        it.store(&p, Value::int(end as i64), c.span)?;
    }
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `DOCUMENT TO BLOB(document; blob)`.
pub fn document_to_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let read = files_of(it)?.document_to_bytes(&path);
    let bytes = match read {
        Ok(b) => b,
        Err(e) => {
            set_ok(it, false);
            return Err(file_fault(e));
        }
    };
    change_blob(it, c, 1, "DOCUMENT TO BLOB", |b| {
        *b = bytes;
        Ok(())
    })?;
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `BLOB TO DOCUMENT(document; blob)`.
pub fn blob_to_document(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let bytes = blob_value(it, c, 1, "BLOB TO DOCUMENT")?;
    let written = files_of(it)?.bytes_to_document(&path, &bytes);
    set_ok(it, written.is_ok());
    written.map_err(file_fault)?;
    Ok(Value::Undefined)
}

const T_UNDEFINED: u8 = 0;
const T_NULL: u8 = 1;
const T_BOOL: u8 = 2;
const T_REAL: u8 = 3;
const T_TEXT: u8 = 4;
const T_DATE: u8 = 5;
const T_TIME: u8 = 6;
const T_OBJECT: u8 = 7;
const T_COLLECTION: u8 = 8;
const T_BLOB: u8 = 9;
const T_ARRAY: u8 = 10;

const KINDS: [ArrayKind; 11] = [
    ArrayKind::Text,
    ArrayKind::Real,
    ArrayKind::Integer,
    ArrayKind::Boolean,
    ArrayKind::Date,
    ArrayKind::Time,
    ArrayKind::Object,
    ArrayKind::Pointer,
    ArrayKind::Picture,
    ArrayKind::Blob,
    ArrayKind::Collection,
];

fn put_len(out: &mut Vec<u8>, n: usize) -> Result<(), &'static str> {
    let n = u32::try_from(n).map_err(|_| "it is too big for a BLOB")?;
    out.extend_from_slice(&n.to_le_bytes());
    Ok(())
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) -> Result<(), &'static str> {
    put_len(out, b.len())?;
    out.extend_from_slice(b);
    Ok(())
}

/// Appends one value; pointers, pictures and formulas have no stored form
/// (the page: "any type of variable … except Pointer, Array of pointers").
fn encode(v: &Value, out: &mut Vec<u8>, depth: usize) -> Result<(), &'static str> {
    if depth > MAX_DEPTH {
        return Err("it nests too deep");
    }
    match v {
        Value::Undefined => out.push(T_UNDEFINED),
        Value::Null => out.push(T_NULL),
        Value::Bool(b) => out.extend_from_slice(&[T_BOOL, u8::from(*b)]),
        Value::Real(x) => {
            out.push(T_REAL);
            out.extend_from_slice(&x.to_le_bytes());
        }
        Value::Text(t) => {
            out.push(T_TEXT);
            put_bytes(out, t.as_str().as_bytes())?;
        }
        Value::Date(d) => {
            out.push(T_DATE);
            out.extend_from_slice(&d.year.to_le_bytes());
            out.extend_from_slice(&[d.month, d.day]);
        }
        Value::Time(s) => {
            out.push(T_TIME);
            out.extend_from_slice(&s.to_le_bytes());
        }
        Value::Blob(b) => {
            out.push(T_BLOB);
            put_bytes(out, b)?;
        }
        Value::Object(o) => {
            let o = o.borrow();
            out.push(T_OBJECT);
            put_len(out, o.props.len())?;
            for (k, v) in o.props.iter() {
                put_bytes(out, k.as_bytes())?;
                encode(v, out, depth + 1)?;
            }
        }
        Value::Collection(c) => {
            let c = c.borrow();
            out.push(T_COLLECTION);
            put_len(out, c.items.len())?;
            for v in &c.items {
                encode(v, out, depth + 1)?;
            }
        }
        Value::Array(a) => {
            let a = a.borrow();
            if a.kind == ArrayKind::Pointer {
                return Err("an array of pointers cannot be stored in a BLOB");
            }
            let kind = KINDS.iter().position(|k| *k == a.kind).unwrap_or(0) as u8;
            out.extend_from_slice(&[T_ARRAY, kind, u8::from(a.rows)]);
            put_len(out, a.items.len())?;
            for v in &a.items {
                encode(v, out, depth + 1)?;
            }
        }
        Value::Pointer(_) => return Err("a pointer cannot be stored in a BLOB"),
        Value::Formula(_) | Value::Opaque(_) => {
            return Err("fourd stores no formula or picture in a BLOB");
        }
    }
    Ok(())
}

/// Reads values back; `None` at anything that is not what `encode` wrote.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let b = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(b)
    }

    fn byte(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    fn len(&mut self) -> Option<usize> {
        let n = u32::from_le_bytes(self.array()?) as usize;
        // Every element takes a byte at least: a length past the end is damage.
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    fn text(&mut self) -> Option<String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match self.byte()? {
            T_UNDEFINED => Value::Undefined,
            T_NULL => Value::Null,
            T_BOOL => Value::Bool(self.byte()? != 0),
            T_REAL => Value::Real(f64::from_le_bytes(self.array()?)),
            T_TEXT => Value::text(self.text()?.as_str()),
            T_DATE => {
                let year = u16::from_le_bytes(self.array()?);
                let [month, day] = self.array()?;
                Value::Date(Date4D { year, month, day })
            }
            T_TIME => Value::Time(i64::from_le_bytes(self.array()?)),
            T_BLOB => {
                let n = self.len()?;
                Value::Blob(Rc::new(self.take(n)?.to_vec()))
            }
            T_OBJECT => {
                let n = self.len()?;
                let mut o = Object::default();
                for _ in 0..n {
                    let k = self.text()?;
                    let v = self.value(depth + 1)?;
                    o.set(Rc::from(k), v);
                }
                Value::Object(Rc::new(RefCell::new(o)))
            }
            T_COLLECTION => {
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.value(depth + 1))
                    .collect::<Option<Vec<_>>>()?;
                Value::Collection(Rc::new(RefCell::new(Collection {
                    items,
                    shared: false,
                })))
            }
            T_ARRAY => {
                let [kind, rows] = self.array()?;
                let kind = *KINDS.get(kind as usize)?;
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.value(depth + 1))
                    .collect::<Option<Vec<_>>>()?;
                let mut a = Array::new(kind, items);
                a.rows = rows != 0;
                Value::Array(Rc::new(RefCell::new(a)))
            }
            _ => return None,
        })
    }
}
