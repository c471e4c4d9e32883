//! Open documents of the System Documents theme (docs/commands-legacy/
//! create-document.md, open-document.md, append-document.md,
//! close-document.md, send-packet.md, receive-packet.md,
//! get-document-position.md, set-document-position.md,
//! get-document-size.md, set-document-size.md) and the whole-document
//! texts (docs/commands/document-to-text.md, text-to-document.md), over the
//! files engine. A document reference (DocRef) is a Time value, as in 4D;
//! the commands set `OK` and `Document` as docs/files.md tabulates.

use super::file_objects::file_fault;
use super::folders::files;
use super::members::{break_arg, charset_arg};
use super::outputs::place_arg;
use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value, VarType};
use crate::files::{Charset, OpenMode, Opened, Packet, Received, Until};

pub(crate) fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// `OK` and `Document` after an opening; the DocRef as a Time.
fn opened(it: &mut Interp, result: Result<Opened, crate::files::FileError>) -> BResult {
    match result {
        Ok(o) => {
            set_ok(it, o.ok);
            if o.ok {
                it.set_process("Document", Value::text(o.document), VarType::Text);
            }
            Ok(Value::Time(o.doc))
        }
        Err(e) => {
            set_ok(it, false);
            Err(file_fault(e))
        }
    }
}

/// A DocRef argument (a Time, or a number).
fn doc_ref(c: &Call, i: usize) -> i64 {
    match c.value(i) {
        Value::Time(t) => *t,
        _ => c.int(i),
    }
}

/// `Create document(document {; fileType})`: a new, empty document open
/// for reading and writing (an existing one is replaced).
pub fn create_document(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let result = files(it)?.create_document(&path);
    opened(it, result)
}

/// `Open document(document {; fileType}{; mode})`: `Read and Write` by
/// default, `Write Mode`, `Read Mode`, or `Get Pathname` (nothing opened).
pub fn open_document(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    // The mode follows the file type, or takes its place.
    let mode = match (c.get(1), c.get(2)) {
        (_, Some(m)) | (Some(m @ Value::Real(_)), None) => match m {
            Value::Real(x) => OpenMode::from_code(x.trunc() as i64).map_err(file_fault)?,
            _ => return Err(Fault::arguments("Open document").into()),
        },
        _ => OpenMode::ReadWrite,
    };
    let result = files(it)?.open_document(&path, mode);
    opened(it, result)
}

/// `Append document(document {; fileType})`: opened at its end.
pub fn append_document(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let result = files(it)?.append_document(&path);
    opened(it, result)
}

/// `CLOSE DOCUMENT(docRef)`.
pub fn close_document(it: &mut Interp, c: &mut Call) -> BResult {
    let doc = doc_ref(c, 0);
    files(it)?.close_document(doc).map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `SEND PACKET(docRef; packet)`: text (UTF-8, no BOM) or a BLOB at the
/// document's position. The one-argument form writes to a serial port,
/// which a headless run has not.
pub fn send_packet(it: &mut Interp, c: &mut Call) -> BResult {
    if c.len() < 2 {
        return Err(no_serial_port("SEND PACKET"));
    }
    let doc = doc_ref(c, 0);
    let Value::Text(text) = c.value(1).clone() else {
        return Err(Fault::arguments("SEND PACKET").into());
    };
    files(it)?
        .send_packet(doc, Packet::Text(text.as_str()), Charset::Utf8)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `RECEIVE PACKET(docRef; receiveVar; stopChar | numChars)`: reads text
/// up to a stop string (consumed, not returned) or a count of characters;
/// `OK` 0 when nothing was left to read.
pub fn receive_packet(it: &mut Interp, c: &mut Call) -> BResult {
    if c.len() < 3 {
        return Err(no_serial_port("RECEIVE PACKET"));
    }
    let doc = doc_ref(c, 0);
    let place = place_arg(c, 1, "RECEIVE PACKET")?;
    let stop;
    let until = match c.value(2) {
        Value::Text(t) => {
            stop = t.clone();
            Until::Stop(stop.as_str())
        }
        _ => Until::Count(c.int(2)),
    };
    let got = files(it)?
        .receive_packet(doc, until, Some(Charset::Utf8))
        .map_err(file_fault)?;
    let value = match got.data {
        Received::Text(t) => Value::text(t),
        Received::Blob(_) => Value::text(""),
    };
    it.store(&place, value, c.span)?;
    set_ok(it, got.ok);
    Ok(Value::Undefined)
}

fn no_serial_port(command: &str) -> Fail {
    Fault::rt(
        -30012,
        format!("'{command}' without a document reference uses a serial port: fourd has none"),
    )
    .into()
}

/// `Get document position(docRef)`: in bytes from the start.
pub fn get_document_position(it: &mut Interp, c: &mut Call) -> BResult {
    let doc = doc_ref(c, 0);
    let at = files(it)?.document_position(doc).map_err(file_fault)?;
    Ok(Value::Real(at as f64))
}

/// `SET DOCUMENT POSITION(docRef; offset {; anchor})`: from the start (1,
/// default), the end (2) or the current position (3).
pub fn set_document_position(it: &mut Interp, c: &mut Call) -> BResult {
    let doc = doc_ref(c, 0);
    let offset = c.int(1);
    let anchor = if c.has(2) { c.int(2) } else { 1 };
    files(it)?
        .set_document_position(doc, offset, anchor)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `Get document size(document {; *})`: the size of an open document (a
/// DocRef) or of one named by its path, in bytes.
pub fn get_document_size(it: &mut Interp, c: &mut Call) -> BResult {
    let size = match c.value(0).clone() {
        Value::Text(path) => files(it)?.document_size(path.as_str()),
        _ => {
            let doc = doc_ref(c, 0);
            files(it)?.open_document_size(doc)
        }
    }
    .map_err(file_fault)?;
    Ok(Value::Real(size as f64))
}

/// `SET DOCUMENT SIZE(docRef; size)`: cuts or extends the open document.
pub fn set_document_size(it: &mut Interp, c: &mut Call) -> BResult {
    let doc = doc_ref(c, 0);
    let size = u64::try_from(c.int(1))
        .map_err(|_| file_fault(crate::files::FileError::parameter("negative size")))?;
    files(it)?
        .set_document_size(doc, size)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `Document to text(fileName {; charSet {; breakMode}})`.
pub fn document_to_text(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let breaks = break_arg(c.get(2))?;
    let charset = c.get(1).cloned();
    let text = files(it)?
        .document_to_text(&path, charset_arg(charset.as_ref()), breaks)
        .map_err(file_fault)?;
    Ok(Value::text(text))
}

/// `TEXT TO DOCUMENT(fileName; text {; charSet {; breakMode}})`.
pub fn text_to_document(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let text = c.text(1).to_string();
    let breaks = break_arg(c.get(3))?;
    let charset = c.get(2).cloned();
    files(it)?
        .text_to_document(&path, &text, charset_arg(charset.as_ref()), breaks)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}
