//! `COMPRESS BLOB`, `EXPAND BLOB`, `BLOB PROPERTIES` (compress-blob.md,
//! expand-blob.md, blob-properties.md), with flate2.
//!
//! The GZIP modes (-1 best, -2 fast) write standard gzip, which other
//! tools read (the gzip header's XFL byte tells best from fast, its
//! trailer gives the expanded size). 4D's own modes (1 compact, 2 fast)
//! are 4D's private format; fourd writes its own container for them:
//! `4DZ` then the mode byte, the expanded size (8 bytes, little-endian)
//! and the zlib stream. A BLOB fourd compressed expands in fourd.

use super::blob::{blob_value, change_blob};
use super::outputs::store_arg;
use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value, VarType};
use flate2::Compression;
use flate2::read::{GzDecoder, ZlibDecoder};
use flate2::write::{GzEncoder, ZlibEncoder};
use std::io::{Read, Write};

const MAGIC: &[u8; 3] = b"4DZ";
const HEADER: usize = 3 + 1 + 8;
/// 4D's error for a BLOB that is not compressed, or damaged.
const DAMAGED: i32 = -10600;
/// BLOBs smaller than this are left as they are (compress-blob.md).
const SMALLEST: usize = 255;

/// How a BLOB is compressed (`Is not compressed` 0, `Compact compression
/// mode` 1, `Fast compression mode` 2, `GZIP best compression mode` -1,
/// `GZIP fast compression mode` -2), and its expanded size.
fn properties(b: &[u8]) -> (i64, usize) {
    if b.len() >= HEADER && b.starts_with(MAGIC) && matches!(b[3], 1 | 2) {
        let mut n = [0u8; 8];
        n.copy_from_slice(&b[4..12]);
        return (i64::from(b[3]), u64::from_le_bytes(n) as usize);
    }
    if b.len() >= 18 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 {
        let n = &b[b.len() - 4..];
        let size = u32::from_le_bytes([n[0], n[1], n[2], n[3]]) as usize;
        return (if b[8] == 4 { -2 } else { -1 }, size);
    }
    (0, b.len())
}

fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// `COMPRESS BLOB(blob{; compression})`: OK 1 when compressed; a BLOB under
/// 255 bytes, or one already compressed, is left alone (OK 0).
pub fn compress_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let mode = match if c.has(1) { c.int(1) } else { 1 } {
        m @ (2 | -1 | -2) => m,
        _ => 1,
    };
    let done = change_blob(it, c, 0, "COMPRESS BLOB", |b| {
        if b.len() < SMALLEST || properties(b).0 != 0 {
            return Ok(false);
        }
        let level = if mode == 1 || mode == -1 {
            Compression::best()
        } else {
            Compression::fast()
        };
        let packed = if mode < 0 {
            let mut e = GzEncoder::new(Vec::new(), level);
            e.write_all(b).and_then(|_| e.finish())
        } else {
            let mut out = MAGIC.to_vec();
            out.push(mode as u8);
            out.extend((b.len() as u64).to_le_bytes());
            let mut e = ZlibEncoder::new(out, level);
            e.write_all(b).and_then(|_| e.finish())
        };
        *b = packed.map_err(|e| Fail::from(Fault::rt(DAMAGED, e.to_string())))?;
        Ok(true)
    })?;
    set_ok(it, done);
    Ok(Value::Undefined)
}

/// `EXPAND BLOB(blob)`: error -10600 when the BLOB is not compressed or is
/// damaged.
pub fn expand_blob(it: &mut Interp, c: &mut Call) -> BResult {
    change_blob(it, c, 0, "EXPAND BLOB", |b| {
        let (mode, size) = properties(b);
        let mut out = Vec::with_capacity(size.min(super::blob::MAX_BLOB).min(1 << 26));
        let read = match mode {
            0 => return Err(Fault::rt(DAMAGED, "The BLOB is not compressed").into()),
            m if m < 0 => GzDecoder::new(&b[..])
                .take(super::blob::MAX_BLOB as u64)
                .read_to_end(&mut out),
            _ => ZlibDecoder::new(&b[HEADER..])
                .take(super::blob::MAX_BLOB as u64)
                .read_to_end(&mut out),
        };
        match read {
            Ok(_) => {
                *b = out;
                Ok(())
            }
            Err(e) => Err(Fault::rt(DAMAGED, format!("The BLOB is damaged: {e}")).into()),
        }
    })?;
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `BLOB PROPERTIES(blob; compressed{; expandedSize{; currentSize}})`.
pub fn blob_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let b = blob_value(it, c, 0, "BLOB PROPERTIES")?;
    let (mode, size) = properties(&b);
    store_arg(it, c, 1, Value::int(mode))?;
    store_arg(it, c, 2, Value::int(size as i64))?;
    store_arg(it, c, 3, Value::int(b.len() as i64))?;
    Ok(Value::Undefined)
}
