//! `File` and `Folder` (docs/commands/file.md, folder.md): `4D.File` and
//! `4D.Folder` objects over the files engine (`crate::files`, docs/files.md).
//! An object is an instance of the built-in class carrying the engine's
//! [`Entry`] (what it designates) as its native data. The properties that
//! follow from its path alone (`name`, `extension`, `fullName`, `path`,
//! `platformPath`, `isFile`, `isFolder`, `hidden`) are its own, so that
//! collection functions (`.extract("name")`, `.orderBy("fullName")`) and
//! JSON see them; those the disk answers are computed when read
//! (`members::file_props`); its functions are member rows
//! (`members::file_fns`). Every path goes through the run's sandbox.

use super::classes::built_in_class;
use super::folders::files;
use super::{BResult, Call, Fail};
use crate::eval::value::Object;
use crate::eval::{Fault, Interp, Value};
use crate::files::{Entry, FileError, Kind, PathSyntax};
use std::cell::RefCell;
use std::rc::Rc;

/// A file error as 4D reports it: its code, its text and the path as the
/// script wrote it.
pub(crate) fn file_fault(e: FileError) -> Fail {
    let message = match &e.path {
        Some(path) => format!("{}: {path}", e.message),
        None => e.message.clone(),
    };
    Fault::rt(e.code, message).into()
}

/// A `4D.File` or `4D.Folder` object designating `entry`.
pub(crate) fn entry_value(it: &mut Interp, entry: Entry) -> BResult {
    let name = match entry.kind {
        Kind::File => "File",
        Kind::Folder => "Folder",
    };
    let Some(class) = built_in_class(it, name) else {
        return Err(Fault::rt(-10737, format!("Unknown class 4D.{name}")).into());
    };
    let sandbox = files(it)?.sandbox();
    let folder = entry.is_folder();
    let props: Vec<(Rc<str>, Value)> = vec![
        (Rc::from("name"), Value::text(entry.name(sandbox))),
        (Rc::from("extension"), Value::text(entry.extension(sandbox))),
        (Rc::from("fullName"), Value::text(entry.full_name(sandbox))),
        (Rc::from("path"), Value::text(entry.path())),
        (
            Rc::from("platformPath"),
            Value::text(entry.platform_path(sandbox)),
        ),
        (Rc::from("isFile"), Value::Bool(!folder)),
        (Rc::from("isFolder"), Value::Bool(folder)),
        (
            Rc::from("hidden"),
            Value::Bool(entry.full_name(sandbox).starts_with('.')),
        ),
    ];
    let mut object = Object::of_class(class, Some(Rc::new(entry)));
    object.props = props.into();
    Ok(Value::Object(Rc::new(RefCell::new(object))))
}

/// An optional object: the entry's object, or Null (`.parent` of
/// `/PACKAGE/`).
pub(crate) fn entry_or_null(it: &mut Interp, entry: Option<Entry>) -> BResult {
    match entry {
        Some(entry) => entry_value(it, entry),
        None => Ok(Value::Null),
    }
}

/// The entry a `File` or `Folder` object designates (-10721-like wrong
/// type for anything else).
pub(crate) fn entry_of(value: &Value) -> Result<Rc<Entry>, Fail> {
    if let Value::Object(o) = value
        && let Some(entry) = o.borrow().native_rc::<Entry>()
    {
        return Ok(entry);
    }
    Err(Fault::wrong_type(format!(
        "A {} is not a 4D.File or a 4D.Folder",
        value.type_name()
    ))
    .into())
}

/// The folder a function's argument designates (`copyTo`, `moveTo`):
/// a `4D.Folder`, else -30008 naming the function.
pub(crate) fn folder_arg(value: &Value, function: &str) -> Result<Rc<Entry>, Fail> {
    match entry_of(value) {
        Ok(entry) if entry.is_folder() => Ok(entry),
        _ => Err(Fault::arguments(&format!(".{function}()")).into()),
    }
}

/// `File(path {; pathType}{; *})` or `File(fileConstant {; *})`.
pub fn file(it: &mut Interp, c: &mut Call) -> BResult {
    match c.value(0) {
        // 4D's own files (logs, settings, backups): fourd keeps none, and
        // "if the target fileConstant does not exist, a null object is
        // returned. No errors are raised." (file.md).
        Value::Real(_) => Ok(Value::Null),
        _ => {
            let entry = parse(it, c, Kind::File)?;
            entry_value(it, entry)
        }
    }
}

/// `Folder(path {; pathType}{; *})` or `Folder(folderConstant {; *})`.
pub fn folder(it: &mut Interp, c: &mut Call) -> BResult {
    match c.value(0) {
        Value::Real(_) => {
            let constant = c.int(0);
            let entry = Entry::folder_constant(constant, super::folders::sandbox(it)?);
            match entry {
                Some(entry) => entry_value(it, entry),
                None => Err(file_fault(FileError::parameter(&format!(
                    "folder constant {constant}"
                )))),
            }
        }
        _ => {
            let entry = parse(it, c, Kind::Folder)?;
            entry_value(it, entry)
        }
    }
}

/// The entry of `File(path; pathType)` or `Folder(path; pathType)`.
fn parse(it: &mut Interp, c: &Call, kind: Kind) -> Result<Entry, Fail> {
    let Value::Text(path) = c.value(0) else {
        let name = if kind == Kind::File { "File" } else { "Folder" };
        return Err(Fault::arguments(name).into());
    };
    let syntax = if c.has(1) {
        PathSyntax::from_code(c.int(1)).map_err(file_fault)?
    } else {
        PathSyntax::Posix
    };
    let sandbox = files(it)?.sandbox();
    let made = match kind {
        Kind::File => Entry::new_file(path.as_str(), syntax, sandbox),
        Kind::Folder => Entry::new_folder(path.as_str(), syntax, sandbox),
    };
    made.map_err(file_fault)
}
