//! The BLOB theme (4d/docs docs/Concepts/dt_blob.md and the command pages):
//! a BLOB variable's bytes read and written in place — sizes, numbers in a
//! byte order, copies, insertions. Texts in BLOBs are in `blob_text.rs`,
//! compression in `blob_compress.rs`.
//!
//! A command that changes a BLOB takes the bytes out of the variable,
//! changes them and puts them back, so appending in a loop copies nothing.

use super::outputs::place_arg;
use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Place, Value, VarType};
use std::rc::Rc;

/// The most bytes a BLOB may hold here (2 GB, 4D's own limit for a BLOB).
pub(super) const MAX_BLOB: usize = i32::MAX as usize;

/// The bytes of a BLOB argument (a variable or any BLOB value); an
/// undefined variable is an empty BLOB.
pub(super) fn blob_value(
    it: &mut Interp,
    c: &Call,
    i: usize,
    command: &str,
) -> Result<Rc<Vec<u8>>, Fail> {
    let v = match c.place(i) {
        Some(p) => {
            let p = p.clone();
            if matches!(it.slot_mut(&p), Some(s) if matches!(s.value, Value::Undefined)) {
                return Ok(Rc::default());
            }
            it.load(&p, c.span)?
        }
        None => c.value(i).clone(),
    };
    match v {
        Value::Blob(b) => Ok(b),
        Value::Undefined => Ok(Rc::default()),
        // A 4D.Blob object: commands that read a BLOB take one (dt_blob.md).
        other => {
            super::blob_class::bytes_of(&other).ok_or_else(|| Fault::arguments(command).into())
        }
    }
}

/// Changes the BLOB variable of argument `i` in place with `change`.
pub(super) fn change_blob<R>(
    it: &mut Interp,
    c: &Call,
    i: usize,
    command: &str,
    change: impl FnOnce(&mut Vec<u8>) -> Result<R, Fail>,
) -> Result<R, Fail> {
    let place = place_arg(c, i, command)?;
    let mut bytes = take_blob(it, &place, c, command)?;
    let result = change(Rc::make_mut(&mut bytes));
    it.store(&place, Value::Blob(bytes), c.span)?;
    result
}

/// The variable's bytes, taken out of its slot when it has one (so that
/// they are not shared and change without a copy).
fn take_blob(it: &mut Interp, place: &Place, c: &Call, command: &str) -> Result<Rc<Vec<u8>>, Fail> {
    let v = match it.slot_mut(place) {
        Some(slot) => match (&slot.value, slot.ty) {
            (Value::Blob(_), _) => std::mem::take(&mut slot.value),
            (Value::Undefined, _) => Value::Undefined,
            (_, VarType::Undeclared | VarType::Dynamic | VarType::Variant) => Value::Undefined,
            _ => return Err(Fault::arguments(command).into()),
        },
        None => it.load(place, c.span)?,
    };
    match v {
        Value::Blob(b) => Ok(b),
        Value::Undefined => Ok(Rc::default()),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// A size or offset argument as a byte count, refused past `MAX_BLOB`.
fn byte_count(n: i64) -> Result<usize, Fail> {
    usize::try_from(n)
        .ok()
        .filter(|&n| n <= MAX_BLOB)
        .ok_or_else(|| Fault::rt(-108, format!("A BLOB cannot have {n} bytes")).into())
}

/// `BLOB size(blob)` (blob-size.md): the number of bytes.
pub fn blob_size(it: &mut Interp, c: &mut Call) -> BResult {
    let b = blob_value(it, c, 0, "BLOB size")?;
    Ok(Value::int(b.len() as i64))
}

/// `SET BLOB SIZE(blob; size{; filler})` (set-blob-size.md): new bytes are
/// the filler (0 by default).
pub fn set_blob_size(it: &mut Interp, c: &mut Call) -> BResult {
    let size = byte_count(c.int(1))?;
    let filler = if c.has(2) { c.int(2) as u8 } else { 0 };
    change_blob(it, c, 0, "SET BLOB SIZE", |b| {
        b.resize(size, filler);
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// Where a write goes: the offset variable's value, the end with `*`, or
/// the start (the BLOB then becomes just what is written).
pub(super) enum WriteAt {
    Start,
    End,
    Offset(Place, usize),
}

impl WriteAt {
    /// From argument `i` (an offset variable) or the call's `*`.
    pub(super) fn of(it: &mut Interp, c: &Call, i: usize) -> Result<WriteAt, Fail> {
        if c.star {
            return Ok(WriteAt::End);
        }
        match c.place(i).cloned() {
            Some(p) => {
                let at = read_offset(it, c, &p)?;
                Ok(WriteAt::Offset(p, at))
            }
            None => Ok(WriteAt::Start),
        }
    }

    /// Writes `data` into `b` as 4D's writing commands do: at an offset
    /// the BLOB grows (zeros) to fit; at the start it becomes `data`.
    pub(super) fn write(&self, b: &mut Vec<u8>, data: &[u8]) -> usize {
        let at = match self {
            WriteAt::Start => {
                b.clear();
                0
            }
            WriteAt::End => b.len(),
            WriteAt::Offset(_, at) => *at,
        };
        let end = at + data.len();
        if b.len() < end {
            b.resize(end, 0);
        }
        b[at..end].copy_from_slice(data);
        end
    }

    /// Sets the offset variable past what was written.
    pub(super) fn advance(&self, it: &mut Interp, c: &Call, end: usize) -> Result<(), Fail> {
        if let WriteAt::Offset(p, _) = self {
            it.store(p, Value::int(end as i64), c.span)?;
        }
        Ok(())
    }
}

/// An offset variable's value (0 when it has none yet).
pub(super) fn read_offset(it: &mut Interp, c: &Call, p: &Place) -> Result<usize, Fail> {
    if matches!(it.slot_mut(p), Some(s) if matches!(s.value, Value::Undefined)) {
        return Ok(0);
    }
    match it.load(p, c.span)? {
        Value::Real(x) => byte_count(x.trunc() as i64),
        Value::Undefined => Ok(0),
        _ => Err(Fault::wrong_type("A BLOB offset must be a number").into()),
    }
}

/// Byte order of `INTEGER TO BLOB` and friends: 1 (`Macintosh byte
/// ordering`) is big-endian; 0 (`Native byte ordering`, fourd runs on
/// little-endian machines) and 2 (`PC byte ordering`) are little-endian.
fn big_endian(order: i64) -> bool {
    order == 1
}

fn number_bytes(x: i64, width: usize, big: bool) -> Vec<u8> {
    let le = x.to_le_bytes();
    let mut bytes = le[..width].to_vec();
    if big {
        bytes.reverse();
    }
    bytes
}

fn write_number(it: &mut Interp, c: &mut Call, command: &str, data: Vec<u8>) -> BResult {
    let at = WriteAt::of(it, c, 3)?;
    let end = change_blob(it, c, 1, command, |b| Ok(at.write(b, &data)))?;
    at.advance(it, c, end)?;
    Ok(Value::Undefined)
}

/// `INTEGER TO BLOB(integer; blob; byteOrder{; offset | *})`
/// (integer-to-blob.md): 2 bytes.
pub fn integer_to_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let data = number_bytes(c.int(0), 2, big_endian(c.int(2)));
    write_number(it, c, "INTEGER TO BLOB", data)
}

/// `LONGINT TO BLOB(longint; blob; byteOrder{; offset | *})`
/// (longint-to-blob.md): 4 bytes.
pub fn longint_to_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let data = number_bytes(c.int(0), 4, big_endian(c.int(2)));
    write_number(it, c, "LONGINT TO BLOB", data)
}

/// `REAL TO BLOB(real; blob; realFormat{; offset | *})` (real-to-blob.md):
/// an IEEE double, big-endian for `Macintosh double real format` (2),
/// little-endian for `PC double real format` (3) and `Native real format`
/// (0); `Extended real format` (1) is the 10-byte x87 extended real, in
/// the byte order of the Intel machines it is native to.
pub fn real_to_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let x = c.number(0);
    let data = match c.int(2) {
        2 => x.to_be_bytes().to_vec(),
        1 => to_extended(x).to_vec(),
        _ => x.to_le_bytes().to_vec(),
    };
    write_number(it, c, "REAL TO BLOB", data)
}

/// Reads `width` bytes at the offset (argument 2, advanced), or at 0.
fn read_bytes(it: &mut Interp, c: &mut Call, command: &str, width: usize) -> Result<Vec<u8>, Fail> {
    let b = blob_value(it, c, 0, command)?;
    let offset = c.place(2).cloned();
    let at = match &offset {
        Some(p) => read_offset(it, c, p)?,
        None => 0,
    };
    let bytes = b.get(at..at + width).map(<[u8]>::to_vec).ok_or_else(|| {
        Fail::from(Fault::rt(
            code_out_of_range(),
            format!(
                "{command}: offset {at} is past the BLOB's {} bytes",
                b.len()
            ),
        ))
    })?;
    if let Some(p) = offset {
        it.store(&p, Value::int((at + width) as i64), c.span)?;
    }
    Ok(bytes)
}

fn code_out_of_range() -> i32 {
    crate::eval::code::INDEX_OUT_OF_RANGE
}

fn number_from(mut bytes: Vec<u8>, big: bool) -> i64 {
    if big {
        bytes.reverse();
    }
    let mut le = [0u8; 8];
    le[..bytes.len()].copy_from_slice(&bytes);
    let x = i64::from_le_bytes(le);
    let shift = 64 - 8 * bytes.len() as u32;
    (x << shift) >> shift
}

/// `BLOB to integer(blob; byteOrder{; offset})` (blob-to-integer.md).
pub fn blob_to_integer(it: &mut Interp, c: &mut Call) -> BResult {
    let bytes = read_bytes(it, c, "BLOB to integer", 2)?;
    Ok(Value::int(number_from(bytes, big_endian(c.int(1)))))
}

/// `BLOB to longint(blob; byteOrder{; offset})` (blob-to-longint.md).
pub fn blob_to_longint(it: &mut Interp, c: &mut Call) -> BResult {
    let bytes = read_bytes(it, c, "BLOB to longint", 4)?;
    Ok(Value::int(number_from(bytes, big_endian(c.int(1)))))
}

/// `BLOB to real(blob; realFormat{; offset})` (blob-to-real.md).
pub fn blob_to_real(it: &mut Interp, c: &mut Call) -> BResult {
    if c.int(1) == 1 {
        let bytes = read_bytes(it, c, "BLOB to real", 10)?;
        let mut ten = [0u8; 10];
        ten.copy_from_slice(&bytes);
        return Ok(Value::Real(from_extended(ten)));
    }
    let bytes = read_bytes(it, c, "BLOB to real", 8)?;
    let mut eight = [0u8; 8];
    eight.copy_from_slice(&bytes);
    Ok(Value::Real(if c.int(1) == 2 {
        f64::from_be_bytes(eight)
    } else {
        f64::from_le_bytes(eight)
    }))
}

/// `COPY BLOB(source; destination; srcOffset; dstOffset; len)`
/// (copy-blob.md): the destination grows to take the bytes.
pub fn copy_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let source = blob_value(it, c, 0, "COPY BLOB")?;
    let (from, to, len) = (
        byte_count(c.int(2))?,
        byte_count(c.int(3))?,
        byte_count(c.int(4))?,
    );
    let Some(bytes) = source.get(from..from.saturating_add(len)) else {
        return Err(Fault::rt(
            code_out_of_range(),
            "COPY BLOB: the bytes are past the source's end",
        )
        .into());
    };
    let bytes = bytes.to_vec();
    change_blob(it, c, 1, "COPY BLOB", |b| {
        if b.len() < to + len {
            b.resize(to + len, 0);
        }
        b[to..to + len].copy_from_slice(&bytes);
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// `INSERT IN BLOB(blob; offset; len{; filler})` (insert-in-blob.md).
pub fn insert_in_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let (at, len) = (byte_count(c.int(1))?, byte_count(c.int(2))?);
    let filler = if c.has(3) { c.int(3) as u8 } else { 0 };
    change_blob(it, c, 0, "INSERT IN BLOB", |b| {
        if at > b.len() || b.len() + len > MAX_BLOB {
            return Err(Fault::rt(
                code_out_of_range(),
                "INSERT IN BLOB: the offset is past the BLOB's end",
            )
            .into());
        }
        b.splice(at..at, std::iter::repeat_n(filler, len));
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// `DELETE FROM BLOB(blob; offset; len)` (delete-from-blob.md): bytes
/// past the end are not there to delete.
pub fn delete_from_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let (at, len) = (byte_count(c.int(1))?, byte_count(c.int(2))?);
    change_blob(it, c, 0, "DELETE FROM BLOB", |b| {
        let at = at.min(b.len());
        let end = at.saturating_add(len).min(b.len());
        b.drain(at..end);
        Ok(())
    })?;
    Ok(Value::Undefined)
}

/// An f64 as an 80-bit extended real: 64-bit mantissa with its integer bit,
/// then sign and 15-bit exponent, little-endian.
fn to_extended(x: f64) -> [u8; 10] {
    let bits = x.to_bits();
    let sign = (bits >> 63) as u16;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let mut m = bits & ((1 << 52) - 1);
    let (e15, mant) = match exp {
        0 if m == 0 => (0u16, 0u64),
        0x7ff => (0x7fff, (1 << 63) | (m << 11)),
        0 => {
            let mut e = -1022;
            while m & (1 << 52) == 0 {
                m <<= 1;
                e -= 1;
            }
            ((e + 16383) as u16, m << 11)
        }
        _ => ((exp - 1023 + 16383) as u16, ((1 << 52) | m) << 11),
    };
    let mut out = [0u8; 10];
    out[..8].copy_from_slice(&mant.to_le_bytes());
    out[8..].copy_from_slice(&((sign << 15) | e15).to_le_bytes());
    out
}

/// The f64 nearest an 80-bit extended real.
fn from_extended(b: [u8; 10]) -> f64 {
    let mut m8 = [0u8; 8];
    m8.copy_from_slice(&b[..8]);
    let mant = u64::from_le_bytes(m8);
    let se = u16::from_le_bytes([b[8], b[9]]);
    let sign = if se & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from(se & 0x7fff);
    let x = match e {
        0 if mant == 0 => 0.0,
        0x7fff if mant << 1 == 0 => f64::INFINITY,
        0x7fff => f64::NAN,
        _ => {
            // In two steps, so that a tiny or huge power does not overflow alone.
            let p = e - 16383 - 63;
            mant as f64 * 2f64.powi(p / 2) * 2f64.powi(p - p / 2)
        }
    };
    sign * x
}

#[cfg(test)]
mod tests {
    use super::{from_extended, to_extended};

    #[test]
    fn extended_reals_round_trip() {
        for x in [
            0.0,
            1.0,
            -2.5,
            1e300,
            -1e-310,
            f64::MIN_POSITIVE,
            123456.789,
        ] {
            assert_eq!(from_extended(to_extended(x)), x, "{x}");
        }
        // 1.0: integer bit set, exponent 16383 (0x3FFF).
        assert_eq!(to_extended(1.0), [0, 0, 0, 0, 0, 0, 0, 0x80, 0xff, 0x3f]);
        assert!(from_extended(to_extended(f64::INFINITY)).is_infinite());
    }
}
