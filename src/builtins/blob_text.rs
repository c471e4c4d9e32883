//! Texts in BLOBs: `TEXT TO BLOB` and `BLOB to text` in 4D's seven text
//! formats (text-to-blob.md), and `CONVERT FROM TEXT`/`Convert to text` in
//! any character set of convert-from-text.md (the files engine's table).

use super::blob::{WriteAt, blob_value, change_blob, read_offset};
use super::outputs::place_arg;
use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value, VarType};
use crate::files::{Charset, CharsetArg};
use encoding_rs::MACINTOSH;
use std::rc::Rc;

/// `Mac C string` … `UTF8 text without length`: 0 to 6.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextFormat {
    CString,
    Pascal,
    WithLength,
    WithoutLength,
}

/// The format and whether it is UTF-8 (4…6) or Mac Roman (0…3).
fn text_format(n: i64) -> Result<(TextFormat, bool), Fail> {
    Ok(match n {
        0 => (TextFormat::CString, false),
        1 => (TextFormat::Pascal, false),
        2 => (TextFormat::WithLength, false),
        3 => (TextFormat::WithoutLength, false),
        4 => (TextFormat::CString, true),
        5 => (TextFormat::WithLength, true),
        6 => (TextFormat::WithoutLength, true),
        _ => return Err(Fault::arguments("TEXT TO BLOB").into()),
    })
}

fn mac_roman(text: &str) -> Vec<u8> {
    MACINTOSH.encode(text).0.into_owned()
}

/// A text's bytes in a format, as text-to-blob.md's table shows them:
/// `"Café"` is `43 61 66 C3 A9 00` as a UTF-8 C string, `00 00 00 05 43 61 66
/// C3 A9` as UTF-8 text with length (4 bytes, big-endian), `04 43 61 66 8E`
/// as a Mac Pascal string, `00 04 …` as Mac text with length (2 bytes).
fn encode(text: &str, format: TextFormat, utf8: bool) -> Vec<u8> {
    let mut chars = if utf8 {
        text.as_bytes().to_vec()
    } else {
        mac_roman(text)
    };
    match (format, utf8) {
        (TextFormat::CString, _) => {
            // A C string ends at its first NUL.
            if let Some(nul) = chars.iter().position(|&b| b == 0) {
                chars.truncate(nul);
            }
            chars.push(0);
            chars
        }
        (TextFormat::Pascal, _) => {
            chars.truncate(255);
            let mut out = vec![chars.len() as u8];
            out.extend(chars);
            out
        }
        (TextFormat::WithLength, true) => {
            let mut out = (chars.len() as u32).to_be_bytes().to_vec();
            out.extend(chars);
            out
        }
        (TextFormat::WithLength, false) => {
            chars.truncate(u16::MAX as usize);
            let mut out = (chars.len() as u16).to_be_bytes().to_vec();
            out.extend(chars);
            out
        }
        (TextFormat::WithoutLength, _) => chars,
    }
}

/// `TEXT TO BLOB(text; blob{; textFormat{; offset | *}})`
/// (text-to-blob.md): `Mac C string` when no format is given.
pub fn text_to_blob(it: &mut Interp, c: &mut Call) -> BResult {
    let (format, utf8) = text_format(if c.has(2) { c.int(2) } else { 0 })?;
    let data = encode(c.text(0), format, utf8);
    let at = WriteAt::of(it, c, 3)?;
    let end = change_blob(it, c, 1, "TEXT TO BLOB", |b| Ok(at.write(b, &data)))?;
    at.advance(it, c, end)?;
    Ok(Value::Undefined)
}

/// `BLOB to text(blob; textFormat{; offset{; textLength}})`
/// (blob-to-text.md): the text at the offset (0 when none is passed); the
/// formats without length read `textLength` characters (to the end when
/// it is omitted). The offset variable moves past the bytes read.
pub fn blob_to_text(it: &mut Interp, c: &mut Call) -> BResult {
    let b = blob_value(it, c, 0, "BLOB to text")?;
    let (format, utf8) = text_format(c.int(1))?;
    let offset = c.place(2).cloned();
    let at = match &offset {
        Some(p) => read_offset(it, c, p)?,
        None => 0,
    };
    let rest = b.get(at..).unwrap_or_default();
    let (start, len) = match format {
        TextFormat::CString => (0, rest.iter().position(|&b| b == 0).unwrap_or(rest.len())),
        TextFormat::Pascal => (1, rest.first().map_or(0, |&n| usize::from(n))),
        TextFormat::WithLength if utf8 => match rest.get(..4) {
            Some(n) => (4, u32::from_be_bytes([n[0], n[1], n[2], n[3]]) as usize),
            None => (rest.len(), 0),
        },
        TextFormat::WithLength => match rest.get(..2) {
            Some(n) => (2, usize::from(u16::from_be_bytes([n[0], n[1]]))),
            None => (rest.len(), 0),
        },
        TextFormat::WithoutLength => {
            let chars = if c.has(3) {
                c.int(3).max(0) as usize
            } else {
                usize::MAX
            };
            let body = rest;
            let n = if utf8 {
                utf8_prefix(body, chars)
            } else {
                chars.min(body.len())
            };
            (0, n)
        }
    };
    let start = start.min(rest.len());
    let body = &rest[start..(start + len).min(rest.len())];
    let text = if utf8 {
        String::from_utf8_lossy(body).into_owned()
    } else {
        MACINTOSH.decode_without_bom_handling(body).0.into_owned()
    };
    let read = start
        + body.len()
        + usize::from(format == TextFormat::CString && start + body.len() < rest.len());
    if let Some(p) = offset {
        it.store(&p, Value::int((at + read) as i64), c.span)?;
    }
    Ok(Value::text(text))
}

fn charset_arg(v: &Value) -> CharsetArg<'_> {
    match v {
        Value::Text(t) => CharsetArg::Name(t.as_str()),
        Value::Real(x) => CharsetArg::Number(x.trunc() as i64),
        _ => CharsetArg::Default,
    }
}

fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// `CONVERT FROM TEXT(4Dtext; charSet; convertedBLOB)`
/// (convert-from-text.md): the text's bytes in the set named or numbered
/// (no byte order mark); `OK` 0 and an empty BLOB for an unknown set.
pub fn convert_from_text(it: &mut Interp, c: &mut Call) -> BResult {
    let place = place_arg(c, 2, "CONVERT FROM TEXT")?;
    let (bytes, ok) = match charset_arg(c.value(1)).for_writing() {
        Ok(w) => (crate::files::encode(c.text(0), w.charset, false), true),
        Err(_) => (Vec::new(), false),
    };
    it.store(&place, Value::Blob(Rc::new(bytes)), c.span)?;
    set_ok(it, ok);
    Ok(Value::Undefined)
}

/// `Convert to text(blob; charSet)` (convert-to-text.md): the BLOB's bytes
/// read in the set (a byte order mark chooses the Unicode set); `OK` 0 and
/// `""` for an unknown set.
pub fn convert_to_text(it: &mut Interp, c: &mut Call) -> BResult {
    let b = blob_value(it, c, 0, "Convert to text")?;
    match charset_arg(c.value(1)).for_reading(Charset::Utf8) {
        Ok(charset) => {
            set_ok(it, true);
            Ok(Value::text(crate::files::decode(&b, charset)))
        }
        Err(_) => {
            set_ok(it, false);
            Ok(Value::text(""))
        }
    }
}

/// How many bytes make the first `n` characters of UTF-8 `bytes` (a
/// character starts at each byte that is not a continuation byte).
fn utf8_prefix(bytes: &[u8], n: usize) -> usize {
    let mut starts = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| (**b & 0xC0) != 0x80)
        .map(|(i, _)| i);
    starts.nth(n).unwrap_or(bytes.len())
}
