//! The computed properties of `4D.File` and `4D.Folder` (docs/API/FileClass.md,
//! FolderClass.md, and the shared Document.md and Directory.md): those the
//! disk answers, through the sandbox (`exists`, `size`, dates…), read each
//! time so that they follow what the script does to the file, and `parent`
//! and `original`, objects made when asked for. The properties that follow
//! from the path alone are the object's own (`file_objects.rs`).

use crate::builtins::BResult;
use crate::builtins::file_objects::{entry_of, entry_or_null, entry_value, file_fault};
use crate::builtins::folders::files;
use crate::eval::native::{PropertyFn, PropertyRow, Receiver};
use crate::eval::{Interp, Value};
use crate::files::{Info, info, is_alias, original};

const fn prop(
    receiver: Receiver,
    name: &'static str,
    ty: &'static str,
    run: PropertyFn,
    summary: &'static str,
) -> PropertyRow {
    PropertyRow {
        receiver,
        name,
        ty,
        summary,
        run,
    }
}

const FILE: Receiver = Receiver::BuiltIn("File");
const FOLDER: Receiver = Receiver::BuiltIn("Folder");
const BLOB: Receiver = Receiver::BuiltIn("Blob");

#[rustfmt::skip]
pub static PROPERTIES: &[PropertyRow] = &[
    // 4D.File (Document.md, FileClass.md)
    prop(FILE, "creationDate", "Date", creation_date, "The date the file was created (null date when missing)"),
    prop(FILE, "creationTime", "Time", creation_time, "The time the file was created"),
    prop(FILE, "exists", "Boolean", exists, "True if the file exists on disk"),
    prop(FILE, "isAlias", "Boolean", alias, "True if the file is a symbolic link"),
    prop(FILE, "isWritable", "Boolean", writable, "True if the file exists and can be written"),
    prop(FILE, "modificationDate", "Date", modification_date, "The date the file was last changed"),
    prop(FILE, "modificationTime", "Time", modification_time, "The time the file was last changed"),
    prop(FILE, "original", "4D.File", original_entry, "The target of a symbolic link, else the file itself"),
    prop(FILE, "parent", "4D.Folder", parent, "The folder holding the file"),
    prop(FILE, "size", "Real", size, "The size in bytes (0 when missing)"),
    // 4D.Folder (Directory.md, FolderClass.md)
    prop(FOLDER, "creationDate", "Date", creation_date, "The date the folder was created (null date when missing)"),
    prop(FOLDER, "creationTime", "Time", creation_time, "The time the folder was created"),
    prop(FOLDER, "exists", "Boolean", exists, "True if the folder exists on disk"),
    prop(FOLDER, "isAlias", "Boolean", no, "Always False for a folder"),
    prop(FOLDER, "isPackage", "Boolean", no, "False: Linux has no packages"),
    prop(FOLDER, "modificationDate", "Date", modification_date, "The date the folder was last changed"),
    prop(FOLDER, "modificationTime", "Time", modification_time, "The time the folder was last changed"),
    prop(FOLDER, "original", "4D.Folder", original_entry, "The folder itself (a folder is never an alias)"),
    prop(FOLDER, "parent", "4D.Folder", parent, "The folder holding it; Null above /PACKAGE/"),
    // 4D.Signal (SignalClass.md): its state, read each time
    prop(Receiver::BuiltIn("Signal"), "signaled", "Boolean", crate::builtins::process_signal::signaled, "True once .trigger() was called"),
    // 4D.Blob (BlobClass.md)
    prop(BLOB, "size", "Real", crate::builtins::blob_class::size, "The number of bytes"),
];

/// What the disk says of the object.
fn disk(it: &mut Interp, this: &Value) -> Result<Info, crate::builtins::Fail> {
    let entry = entry_of(this)?;
    let files = files(it)?;
    info(&entry, files.sandbox()).map_err(file_fault)
}

fn exists(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Bool(disk(it, this)?.exists))
}

fn size(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Real(disk(it, this)?.size as f64))
}

fn writable(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Bool(disk(it, this)?.writable))
}

fn creation_date(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Date(disk(it, this)?.created.date))
}

fn creation_time(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Time(disk(it, this)?.created.time))
}

fn modification_date(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Date(disk(it, this)?.modified.date))
}

fn modification_time(it: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Time(disk(it, this)?.modified.time))
}

fn alias(it: &mut Interp, this: &Value) -> BResult {
    let entry = entry_of(this)?;
    let files = files(it)?;
    Ok(Value::Bool(
        is_alias(&entry, files.sandbox()).map_err(file_fault)?,
    ))
}

fn no(_: &mut Interp, _: &Value) -> BResult {
    Ok(Value::Bool(false))
}

fn parent(it: &mut Interp, this: &Value) -> BResult {
    let entry = entry_of(this)?;
    let parent = entry.parent(files(it)?.sandbox());
    entry_or_null(it, parent)
}

fn original_entry(it: &mut Interp, this: &Value) -> BResult {
    let entry = entry_of(this)?;
    let target = original(&entry, files(it)?.sandbox()).map_err(file_fault)?;
    entry_value(it, target)
}
