//! The functions of `4D.File` and `4D.Folder` (docs/API/FileClass.md,
//! FolderClass.md, Document.md, Directory.md), over the files engine: each
//! reads its arguments as 4D's page lists them and calls one engine
//! operation, which goes through the sandbox.

use super::args_error;
use crate::builtins::file_objects::{entry_of, entry_value, file_fault, folder_arg};
use crate::builtins::folders::files;
use crate::builtins::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value};
use crate::files::{BreakMode, CharsetArg, DeleteOption, Entry, ListOptions};

/// `fk overwrite` (docs/API/Document.md#copyto).
const FK_OVERWRITE: i64 = 4;

/// A charset argument (a name or a MIBEnum number), omitted when absent.
pub(crate) fn charset_arg(v: Option<&Value>) -> CharsetArg<'_> {
    match v {
        Some(Value::Text(t)) => CharsetArg::Name(t.as_str()),
        Some(Value::Real(x)) => CharsetArg::Number(x.trunc() as i64),
        _ => CharsetArg::Default,
    }
}

/// A break mode argument: `Document with native format` when absent.
pub(crate) fn break_arg(v: Option<&Value>) -> Result<BreakMode, Fail> {
    match v {
        Some(Value::Real(x)) => BreakMode::from_code(x.trunc() as i64).map_err(file_fault),
        _ => Ok(BreakMode::Native),
    }
}

/// `.create()`: True when made, False when it already existed.
pub fn create(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let made = files(it)?.create(&entry).map_err(file_fault)?;
    Ok(Value::Bool(made))
}

/// `File.delete()`; `Folder.delete({option})` with `Delete only if empty`
/// (default) or `Delete with contents`.
pub fn delete(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let option = match c.get(0) {
        Some(Value::Real(x)) if entry.is_folder() => {
            DeleteOption::from_code(x.trunc() as i64).map_err(file_fault)?
        }
        _ => DeleteOption::OnlyIfEmpty,
    };
    files(it)?.delete(&entry, option).map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `.copyTo(destinationFolder {; newName} {; overwrite})`: the copy.
pub fn copy_to(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let destination = folder_arg(c.value(0), "copyTo")?;
    let (name, overwrite) = match (c.get(1), c.get(2)) {
        (Some(Value::Text(n)), Some(Value::Real(o))) => (Some(n.as_str()), *o as i64),
        (Some(Value::Text(n)), None) => (Some(n.as_str()), 0),
        (Some(Value::Real(o)), None) => (None, *o as i64),
        (None, None) => (None, 0),
        _ => return Err(args_error("copyTo")),
    };
    let overwrite = overwrite & FK_OVERWRITE != 0;
    let copy = files(it)?
        .copy_to(&entry, &destination, name, overwrite)
        .map_err(file_fault)?;
    entry_value(it, copy)
}

/// `.moveTo(destinationFolder {; newName})`: the moved object.
pub fn move_to(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let destination = folder_arg(c.value(0), "moveTo")?;
    let name = match c.get(1) {
        Some(Value::Text(n)) => Some(n.as_str()),
        None => None,
        Some(_) => return Err(args_error("moveTo")),
    };
    let moved = files(it)?
        .move_to(&entry, &destination, name)
        .map_err(file_fault)?;
    entry_value(it, moved)
}

/// `.rename(newName)`: the renamed object.
pub fn rename(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let Some(Value::Text(name)) = c.get(0) else {
        return Err(args_error("rename"));
    };
    let renamed = files(it)?
        .rename(&entry, name.as_str())
        .map_err(file_fault)?;
    entry_value(it, renamed)
}

/// `.getText({charSet {; breakMode}})`: the file's text.
pub fn get_text(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let breaks = break_arg(c.get(1))?;
    let text = files(it)?
        .get_text(&entry, charset_arg(c.get(0)), breaks)
        .map_err(file_fault)?;
    Ok(Value::text(text))
}

/// `.setText(text {; charSet {; breakMode}})`.
pub fn set_text(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let Some(Value::Text(text)) = c.get(0) else {
        return Err(args_error("setText"));
    };
    let breaks = break_arg(c.get(2))?;
    files(it)?
        .set_text(&entry, text.as_str(), charset_arg(c.get(1)), breaks)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `folder.file(path)`: the file at a relative POSIX path below the folder.
pub fn file(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    child(it, this, c, "file", Entry::child_file)
}

/// `folder.folder(path)`: the folder at a relative POSIX path below it.
pub fn folder(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    child(it, this, c, "folder", Entry::child_folder)
}

type ChildFn = fn(&Entry, &str, &crate::files::Sandbox) -> Result<Entry, crate::files::FileError>;

fn child(it: &mut Interp, this: &Value, c: &Call, name: &str, make: ChildFn) -> BResult {
    let entry = entry_of(this)?;
    let Some(Value::Text(rel)) = c.get(0) else {
        return Err(args_error(name));
    };
    let child = make(&entry, rel.as_str(), files(it)?.sandbox()).map_err(file_fault)?;
    entry_value(it, child)
}

/// `folder.files({options})`: a collection of its files (`fk recursive`,
/// `fk ignore invisible`).
pub fn files_of(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    list(it, this, c, false)
}

/// `folder.folders({options})`: a collection of its subfolders.
pub fn folders_of(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    list(it, this, c, true)
}

fn list(it: &mut Interp, this: &Value, c: &Call, folders: bool) -> BResult {
    let entry = entry_of(this)?;
    let options = match c.get(0) {
        Some(Value::Real(x)) => ListOptions::from_code(x.trunc() as i64),
        _ => ListOptions::default(),
    };
    let engine = files(it)?;
    let found = if folders {
        engine.folders(&entry, options)
    } else {
        engine.files(&entry, options)
    }
    .map_err(file_fault)?;
    let mut items = Vec::with_capacity(found.len());
    for entry in found {
        items.push(entry_value(it, entry)?);
    }
    Ok(Value::new_collection(items))
}

/// `.createAlias()`: refused — a script may not make links (a link is how a
/// path leaves the sandbox; docs/files.md).
pub fn create_alias(_: &mut Interp, _: &Value, _: &mut Call) -> BResult {
    Err(Fault::rt(
        -30012,
        "'.createAlias()' is not available in fourd: a script may not make symbolic links",
    )
    .into())
}

/// `.getIcon()`: refused, as a headless tool4d has no icons to give.
pub fn get_icon(_: &mut Interp, _: &Value, _: &mut Call) -> BResult {
    Err(Fault::rt(
        -30012,
        "'.getIcon()' is not available in fourd: a headless run has no icons",
    )
    .into())
}

/// `.getContent()`: the file's bytes as a `4D.Blob`.
pub fn get_content(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let bytes = files(it)?.get_content(&entry).map_err(file_fault)?;
    crate::builtins::blob_class::blob_object(it, std::rc::Rc::new(bytes))
}

/// `.setContent(content)`: a BLOB or a `4D.Blob` becomes the file's content.
pub fn set_content(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let entry = entry_of(this)?;
    let Some(bytes) = crate::builtins::blob_class::bytes_of(c.value(0)) else {
        return Err(args_error("setContent"));
    };
    files(it)?.set_content(&entry, &bytes).map_err(file_fault)?;
    Ok(Value::Undefined)
}
