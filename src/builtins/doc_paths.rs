//! The path commands of the System Documents theme (pages in
//! docs/commands/ and docs/commands-legacy/): `Test path name`, `CREATE
//! FOLDER`, `DELETE FOLDER`, `DELETE DOCUMENT`, `COPY DOCUMENT`, `MOVE
//! DOCUMENT`, `DOCUMENT LIST`, `FOLDER LIST`, `GET DOCUMENT PROPERTIES`,
//! the path conversions, `Path to object`/`Object to path`, `Localized
//! document path`, and the dialogs a headless run cannot show. Paths are
//! system paths (POSIX on Linux), absolute or relative to the project
//! folder, and go through the run's sandbox (docs/files.md).

use super::documents::set_ok;
use super::file_objects::file_fault;
use super::folders::files;
use super::outputs::{fill_text_array, store_arg};
use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value};
use crate::files::{DeleteOption, posix_to_system, split_name};
use std::rc::Rc;

/// `Test path name(pathname)`: 1 a document, 0 a folder, else a negative
/// error code (-43: nothing there).
pub fn test_path_name(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    Ok(Value::int(files(it)?.test_path_name(&path)))
}

/// `CREATE FOLDER(folderPath {; *})`: with `*`, the whole hierarchy.
pub fn create_folder(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let hierarchy = c.star;
    files(it)?
        .create_folder(&path, hierarchy)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `DELETE FOLDER(folder {; deleteOption})`.
pub fn delete_folder(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let option = if c.has(1) {
        DeleteOption::from_code(c.int(1)).map_err(file_fault)?
    } else {
        DeleteOption::OnlyIfEmpty
    };
    files(it)?
        .delete_folder(&path, option)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `DELETE DOCUMENT(document)`: `OK` 1, or 0 and the error.
pub fn delete_document(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let result = files(it)?.delete_document(&path);
    set_ok(it, result.is_ok());
    result.map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `COPY DOCUMENT(sourceName; destinationName {; newName} {; *})`: `*`
/// replaces what is there.
pub fn copy_document(it: &mut Interp, c: &mut Call) -> BResult {
    let source = c.text(0).to_string();
    let destination = c.text(1).to_string();
    let new_name = c.get(2).map(|_| c.text(2).to_string());
    let overwrite = c.star;
    files(it)?
        .copy_document(&source, &destination, new_name.as_deref(), overwrite)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `MOVE DOCUMENT(srcPathname; dstPathname)`: moves or renames a document.
pub fn move_document(it: &mut Interp, c: &mut Call) -> BResult {
    let source = c.text(0).to_string();
    let destination = c.text(1).to_string();
    files(it)?
        .move_document(&source, &destination)
        .map_err(file_fault)?;
    Ok(Value::Undefined)
}

/// `DOCUMENT LIST(pathname; documents {; options})`: fills the text array.
pub fn document_list(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let options = if c.has(2) { c.int(2) } else { 0 };
    let names = files(it)?
        .document_list(&path, options)
        .map_err(file_fault)?;
    fill_text_array(it, c, 1, "DOCUMENT LIST", names)?;
    Ok(Value::Undefined)
}

/// `FOLDER LIST(pathname; directories)`: fills the text array.
pub fn folder_list(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let names = files(it)?.folder_list(&path).map_err(file_fault)?;
    fill_text_array(it, c, 1, "FOLDER LIST", names)?;
    Ok(Value::Undefined)
}

/// `GET DOCUMENT PROPERTIES(document; locked; invisible; createdOn;
/// createdAt; modifiedOn; modifiedAt)`.
pub fn get_document_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let p = files(it)?.document_properties(&path).map_err(file_fault)?;
    store_arg(it, c, 1, Value::Bool(p.locked))?;
    store_arg(it, c, 2, Value::Bool(p.invisible))?;
    store_arg(it, c, 3, Value::Date(p.created.date))?;
    store_arg(it, c, 4, Value::Time(p.created.time))?;
    store_arg(it, c, 5, Value::Date(p.modified.date))?;
    store_arg(it, c, 6, Value::Time(p.modified.time))?;
    Ok(Value::Undefined)
}

/// `Convert path system to POSIX(systemPath {; *})`: a relative path is
/// completed with the project folder; `*` %-escapes.
pub fn convert_path_system_to_posix(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let encode = c.star;
    Ok(Value::text(files(it)?.system_to_posix(&path, encode)))
}

/// `Convert path POSIX to system(posixPath {; *})`: the same path on Linux;
/// `*` decodes %-escapes.
pub fn convert_path_posix_to_system(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::text(posix_to_system(c.text(0), c.star)))
}

/// `Path to object(path {; pathType})`: `{parentFolder; name; extension;
/// isFolder}`, read from the text alone (commands-legacy/path-to-object.md).
/// The system syntax is POSIX on Linux, so both path types read `/`.
pub fn path_to_object(_: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0);
    let is_folder = path.ends_with('/') && path.len() > 1;
    let trimmed = if is_folder {
        &path[..path.len() - 1]
    } else {
        path
    };
    let (parent, last) = match trimmed.rfind('/') {
        Some(i) => (&trimmed[..=i], &trimmed[i + 1..]),
        None => ("", trimmed),
    };
    let (name, extension) = if path == "/" {
        ("", "")
    } else {
        split_name(last)
    };
    Ok(Value::new_object(vec![
        (Rc::from("parentFolder"), Value::text(parent)),
        (Rc::from("name"), Value::text(name)),
        (Rc::from("extension"), Value::text(extension)),
        (Rc::from("isFolder"), Value::Bool(is_folder || path == "/")),
    ]))
}

/// `Object to path(pathObject {; pathType})`: parentFolder, name and
/// extension joined, with a separator after a folder
/// (commands-legacy/object-to-path.md).
pub fn object_to_path(_: &mut Interp, c: &mut Call) -> BResult {
    let Value::Object(o) = c.value(0) else {
        return Err(Fault::arguments("Object to path").into());
    };
    let o = o.borrow();
    let text = |key: &str| match o.get(key) {
        Some(Value::Text(t)) => t.as_str().to_string(),
        _ => String::new(),
    };
    let mut path = text("parentFolder");
    if !path.is_empty() && !path.ends_with('/') {
        path.push('/');
    }
    path.push_str(&text("name"));
    path.push_str(&text("extension"));
    if matches!(o.get("isFolder"), Some(Value::Bool(true))) && !path.ends_with('/') {
        path.push('/');
    }
    Ok(Value::text(path))
}

/// `Localized document path(relativePath)`: the document's absolute path
/// in the current language's `.lproj` folder, or the next folder of the
/// page's search order that has it; `""` when none does, or when the path
/// leads out of the sandbox.
pub fn localized_document_path(it: &mut Interp, c: &mut Call) -> BResult {
    let rel = c.text(0).to_string();
    files(it)?;
    let sandbox_check = |it: &Interp, path: &std::path::Path| -> bool {
        let Some(state) = it.native_state.peek::<super::folders::RunFiles>() else {
            return false;
        };
        state.exists(path)
    };
    let mut candidates = Vec::new();
    let _ = super::localize::localized_document_path(it, &rel, &mut |p| {
        candidates.push(p.to_path_buf());
        false
    });
    let found = candidates.into_iter().find(|p| sandbox_check(it, p));
    Ok(Value::text(
        found.map(|p| p.display().to_string()).unwrap_or_default(),
    ))
}

/// `Select document`: a dialog, which a headless run (as tool4d) has no
/// one to answer: `OK` 0 and an error saying so (issue 16).
pub fn select_document(it: &mut Interp, _: &mut Call) -> BResult {
    headless_dialog(it, "Select document")
}

/// `Select folder`: as `Select document`.
pub fn select_folder(it: &mut Interp, _: &mut Call) -> BResult {
    headless_dialog(it, "Select folder")
}

fn headless_dialog(it: &mut Interp, command: &str) -> BResult {
    set_ok(it, false);
    Err(Fail::from(Fault::rt(
        -30012,
        format!("'{command}' opens a dialog: a headless run, like tool4d, has no one to answer it"),
    )))
}

/// `GET DOCUMENT ICON`: refused, a headless run has no icons.
pub fn get_document_icon(_: &mut Interp, _: &mut Call) -> BResult {
    Err(Fail::from(Fault::rt(
        -30012,
        "'GET DOCUMENT ICON' is not available in fourd: a headless run has no icons",
    )))
}
