//! Design Object Access, the read-only part: the project's methods by name
//! and by internal path (`METHOD GET NAMES`, `METHOD GET PATHS`, `METHOD Get
//! path`, `Current method path`), their code (`METHOD GET CODE`), attributes
//! and dates. The project's files are read, never written: `METHOD SET CODE`
//! and the other setters fail (-30012), since a run does not change the
//! project it runs.
//!
//! Paths are 4D's: a project method's is its name; the others are
//! `[databaseMethod]/onStartup`, `[class]/Person`, `[trigger]/table_1`,
//! `[projectForm]/form/{formMethod}` and `[projectForm]/form/object`.

use super::outputs::{fill_array, holds_array, store_arg};
use super::{BResult, Call, Fail};
use crate::eval::value::ArrayKind;
use crate::eval::{Fault, Interp, Value, code};
use std::path::PathBuf;

/// The *Design Object Access* method types (bits).
const PROJECT_METHOD: i64 = 1;
const DATABASE_METHOD: i64 = 2;
const PROJECT_FORM: i64 = 4;
const TRIGGER: i64 = 8;
const TABLE_FORM: i64 = 16;
const CLASS: i64 = 32;

/// The database methods 4D knows (method-get-path.md).
const DATABASE_METHODS: &[&str] = &[
    "onStartup",
    "onExit",
    "onDrop",
    "onBackupStartup",
    "onBackupShutdown",
    "onWebConnection",
    "onWebAuthentication",
    "onWebSessionSuspend",
    "onServerStartup",
    "onServerShutdown",
    "onServerOpenConnection",
    "onServerCloseConnection",
    "onSystemEvent",
    "onSqlAuthentication",
    "onHostDatabaseEvent",
    "onRESTAuthentication",
    "onMobileAppAuthentication",
    "onMobileAppAction",
];

/// `Attribute …` constants and the keys of a method's attributes line.
const ATTRIBUTES: &[(i64, &str)] = &[
    (1, "invisible"),
    (2, "publishedWeb"),
    (3, "publishedSoap"),
    (4, "publishedWsdl"),
    (5, "shared"),
    (7, "publishedSql"),
    (8, "executedOnServer"),
];

/// The project's `Project/Sources` folder, if the run is a project's.
fn sources(it: &Interp) -> Option<PathBuf> {
    let dir = it.program.root.as_ref()?.join("Project").join("Sources");
    dir.is_dir().then_some(dir)
}

/// The `.4dm` stems of a folder, in name order.
fn stems(dir: &std::path::Path) -> Vec<String> {
    crate::project::sorted_entries(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "4dm"))
        .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
        .collect()
}

/// The sub-folders of a folder, in name order.
fn folders(dir: &std::path::Path) -> Vec<(String, PathBuf)> {
    crate::project::sorted_entries(dir)
        .into_iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), p)))
        .collect()
}

/// The paths of the methods of the types in `types` (a sum of bits).
fn paths(it: &Interp, types: i64) -> Vec<String> {
    let all = types == -1;
    let has = |bit: i64| all || types & bit != 0;
    let mut out = Vec::new();
    if has(PROJECT_METHOD) {
        out.extend(it.program.project_method_names().map(|n| n.to_string()));
    }
    let Some(src) = sources(it) else {
        return out;
    };
    if has(DATABASE_METHOD) {
        out.extend(
            stems(&src.join("DatabaseMethods"))
                .into_iter()
                .map(|n| format!("[databaseMethod]/{n}")),
        );
    }
    if has(PROJECT_FORM) {
        for (form, dir) in folders(&src.join("Forms")) {
            if dir.join("method.4dm").is_file() {
                out.push(format!("[projectForm]/{form}/{{formMethod}}"));
            }
            for object in stems(&dir.join("ObjectMethods")) {
                out.push(format!("[projectForm]/{form}/{object}"));
            }
        }
    }
    if has(TRIGGER) {
        out.extend(
            stems(&src.join("Triggers"))
                .into_iter()
                .map(|n| format!("[trigger]/{n}")),
        );
    }
    if has(TABLE_FORM) {
        for (table, tdir) in folders(&src.join("TableForms")) {
            for (form, dir) in folders(&tdir).into_iter().flat_map(|(_, k)| folders(&k)) {
                if dir.join("method.4dm").is_file() {
                    out.push(format!("[tableForm]/table_{table}/{form}/{{formMethod}}"));
                }
                for object in stems(&dir.join("ObjectMethods")) {
                    out.push(format!("[tableForm]/table_{table}/{form}/{object}"));
                }
            }
        }
    }
    if has(CLASS) {
        out.extend(
            stems(&src.join("Classes"))
                .into_iter()
                .map(|n| format!("[class]/{n}")),
        );
    }
    out
}

/// The source of the method at a path: a project method as loaded, the
/// others from the project's files.
fn source_of(it: &Interp, path: &str) -> Option<String> {
    source_in(it, path, 0)
}

/// [`source_of`] in the code of `module`: called from a component without
/// `*`, the design commands apply to the component's own methods
/// (method-get-code.md: "If the command is executed from a component, it
/// applies by default to the component methods").
fn source_in(it: &Interp, path: &str, module: u16) -> Option<String> {
    if !path.starts_with('[') {
        let m = it.program.method_in(module, path)?;
        let method = it.program.methods.get(m as usize)?.as_ref()?;
        return Some(method.ir.file.text.clone());
    }
    let src = match it.program.component(module) {
        Some(c) => c.root.join("Project").join("Sources"),
        None => sources(it)?,
    };
    std::fs::read_to_string(file_in(&src, path)?).ok()
}

/// A method's text as 4D's code editor holds it: lines end in a carriage
/// return, whatever the file uses (method-get-code.md's RAW example runs its
/// lines together; code that reads its own source splits on
/// `Char(Carriage return)`).
fn editor_text(text: &str) -> String {
    text.replace("\r\n", "\r").replace('\n', "\r")
}

/// The file of the method at a path.
fn file_of(it: &Interp, path: &str) -> Option<PathBuf> {
    file_in(&sources(it)?, path)
}

/// The file of the method at a path, in a `Sources` folder.
fn file_in(src: &std::path::Path, path: &str) -> Option<PathBuf> {
    let parts: Vec<&str> = path.split('/').collect();
    let file = match parts.as_slice() {
        [name] => src.join("Methods").join(format!("{name}.4dm")),
        ["[databaseMethod]", name] => src.join("DatabaseMethods").join(format!("{name}.4dm")),
        ["[class]", name] => src.join("Classes").join(format!("{name}.4dm")),
        ["[trigger]", name] => src.join("Triggers").join(format!("{name}.4dm")),
        ["[projectForm]", form, "{formMethod}"] => src.join("Forms").join(form).join("method.4dm"),
        ["[projectForm]", form, object] => src
            .join("Forms")
            .join(form)
            .join("ObjectMethods")
            .join(format!("{object}.4dm")),
        _ => return None,
    };
    // A path may not climb out of the project's sources.
    let ok = parts
        .iter()
        .all(|p| !p.is_empty() && *p != ".." && *p != ".");
    (ok && file.is_file()).then_some(file)
}

fn invalid_path(path: &str) -> Fail {
    Fault::rt(
        code::UNKNOWN_METHOD,
        format!("No method has the path \"{path}\""),
    )
    .into()
}

/// `METHOD GET NAMES(names{; filter}{; *})`: the project methods, in name
/// order, those matching `filter` (with `@`) when given; the trash is not
/// listed.
pub fn method_get_names(it: &mut Interp, c: &mut Call) -> BResult {
    let filter = c.has(1).then(|| c.text(1).to_string());
    let mut names: Vec<String> = it
        .program
        .project_method_names()
        .map(|n| n.to_string())
        .filter(|n| filter.as_deref().is_none_or(|f| crate::conv::text_eq(n, f)))
        .collect();
    names.sort();
    super::outputs::fill_text_array(it, c, 0, "METHOD GET NAMES", names)?;
    Ok(Value::Undefined)
}

/// `Current method path`: the path of the running method (a formula's is
/// its method's).
pub fn current_method_path(it: &mut Interp, _: &mut Call) -> BResult {
    let name = it
        .current_method_name()
        .map(|n| n.to_string())
        .unwrap_or_default();
    let is_database_method = it.program.method_by_name(&name).is_none()
        && it
            .program
            .database_methods
            .contains_key(&name.to_lowercase());
    Ok(Value::text(if is_database_method {
        format!("[databaseMethod]/{name}")
    } else {
        name
    }))
}

/// `METHOD GET PATHS({folder;} types; paths{; stamp}{; *})`: the paths of
/// the methods of the types (a sum of `Path …` constants, or `Path all
/// objects`), those of an Explorer folder when one is named (the project's
/// `folders.json`). fourd keeps no modification counter: every method's
/// stamp is 1, which `stamp` receives.
pub fn method_get_paths(it: &mut Interp, c: &mut Call) -> BResult {
    let with_folder = matches!(c.value(0), Value::Text(_));
    let first = usize::from(with_folder);
    // With a folder first, the types and the array still have to follow.
    if !c.has(first + 1) {
        return Err(Fault::arguments("METHOD GET PATHS").into());
    }
    let types = c.int(first);
    let mut list = paths(it, types);
    if with_folder {
        let allowed = folder_contents(it, c.text(0));
        list.retain(|p| allowed.iter().any(|a| a == p));
    }
    let stamp_arg = first + 2;
    if c.has(stamp_arg) {
        if c.number(stamp_arg) > 1.0 {
            list.clear();
        }
        let place = it.place(&c.nodes[stamp_arg])?;
        it.store(&place, Value::int(1), c.span)?;
    }
    let place = it.place(&c.nodes[first + 1])?;
    fill_array(
        it,
        c,
        &place,
        ArrayKind::Text,
        list.into_iter().map(Value::text).collect(),
    )?;
    Ok(Value::Undefined)
}

/// The paths an Explorer folder of `folders.json` holds directly.
fn folder_contents(it: &Interp, folder: &str) -> Vec<String> {
    let Some(text) = sources(it).and_then(|s| std::fs::read_to_string(s.join("folders.json")).ok())
    else {
        return Vec::new();
    };
    let Ok(json) = crate::json::parse(&text) else {
        return Vec::new();
    };
    let Value::Object(all) = crate::eval::display::from_json(&json) else {
        return Vec::new();
    };
    let Some(Value::Object(f)) = all.borrow().get(folder).cloned() else {
        return Vec::new();
    };
    let f = f.borrow();
    let list = |key: &str, prefix: &str| -> Vec<String> {
        match f.get(key) {
            Some(Value::Collection(items)) => items
                .borrow()
                .items
                .iter()
                .map(|v| format!("{prefix}{}", crate::eval::display::to_text(v)))
                .collect(),
            _ => Vec::new(),
        }
    };
    let mut out = list("methods", "");
    out.extend(list("classes", "[class]/"));
    out.extend(
        list("forms", "")
            .into_iter()
            .map(|form| format!("[projectForm]/{form}/{{formMethod}}")),
    );
    out
}

/// `METHOD Get path(type{; table}{; name{; formObject}}{; *})`: a method's
/// path, built without checking that the method exists; an unknown database
/// method name is an error (method-get-path.md).
pub fn method_get_path(_: &mut Interp, c: &mut Call) -> BResult {
    let (name, object) = (c.text(1), c.text(2));
    Ok(Value::text(match c.int(0) {
        PROJECT_METHOD => name.to_string(),
        DATABASE_METHOD => {
            let Some(known) = DATABASE_METHODS
                .iter()
                .find(|d| d.eq_ignore_ascii_case(name))
            else {
                return Err(invalid_path(name));
            };
            format!("[databaseMethod]/{known}")
        }
        PROJECT_FORM if c.has(2) => format!("[projectForm]/{name}/{object}"),
        PROJECT_FORM => format!("[projectForm]/{name}/{{formMethod}}"),
        CLASS => format!("[class]/{name}"),
        _ => return Err(Fault::arguments("METHOD Get path").into()),
    }))
}

/// `METHOD GET CODE(paths; codes{; option}{; *})`: the text of each method,
/// as its `.4dm` file holds it; a text or a text array of paths. An invalid
/// path leaves its code empty and is an error. Option 1 (`Code with
/// tokens`) is not available: fourd keeps the code as written.
pub fn method_get_code(it: &mut Interp, c: &mut Call) -> BResult {
    if c.int(2) == 1 {
        return Err(Fault::unavailable("METHOD GET CODE with tokens (option 1)").into());
    }
    let paths: Vec<String> = match c.value(0) {
        Value::Array(a) => a
            .borrow()
            .items
            .iter()
            .skip(1)
            .map(crate::eval::display::to_text)
            .collect(),
        v => vec![crate::eval::display::to_text(v)],
    };
    let mut codes = Vec::new();
    let mut missing = None;
    let module = if c.star { 0 } else { it.current_module() };
    for p in &paths {
        match source_in(it, p, module) {
            Some(code) => codes.push(editor_text(&code)),
            None => {
                codes.push(String::new());
                missing.get_or_insert(p.clone());
            }
        }
    }
    let place = it.place(&c.nodes[1])?;
    if holds_array(it, &place) || matches!(c.value(0), Value::Array(_)) {
        fill_array(
            it,
            c,
            &place,
            ArrayKind::Text,
            codes.into_iter().map(Value::text).collect(),
        )?;
    } else {
        it.store(&place, Value::text(codes.pop().unwrap_or_default()), c.span)?;
    }
    match missing {
        Some(p) => Err(invalid_path(&p)),
        None => Ok(Value::Undefined),
    }
}

/// `METHOD Get attribute(path; attribute{; *})`: a Boolean attribute of the
/// method's `%attributes` line (invisible, shared, published Web…).
pub fn method_get_attribute(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let Some(key) = ATTRIBUTES
        .iter()
        .find(|(n, _)| *n == c.int(1))
        .map(|(_, k)| *k)
    else {
        return Err(Fault::arguments("METHOD Get attribute").into());
    };
    let source = source_of(it, &path).ok_or_else(|| invalid_path(&path))?;
    let attributes = attributes_of(&source);
    Ok(Value::Bool(matches!(
        attributes.as_ref().and_then(|a| a.get(key)),
        Some(Value::Bool(true))
    )))
}

/// The object of a method's first line, `//%attributes = {…}`.
fn attributes_of(source: &str) -> Option<crate::eval::value::Object> {
    let line = source.lines().next()?.trim_start_matches('\u{feff}');
    let json = line.strip_prefix("//%attributes")?.trim_start();
    let json = json.strip_prefix('=')?.trim();
    match crate::eval::display::from_json(&crate::json::parse(json).ok()?) {
        Value::Object(o) => Some(o.borrow().clone()),
        _ => None,
    }
}

/// `METHOD GET MODIFICATION DATE(path; date; time{; *})`: when the method's
/// file last changed, in UTC (fourd's zone).
pub fn method_get_modification_date(it: &mut Interp, c: &mut Call) -> BResult {
    let path = c.text(0).to_string();
    let modified = file_of(it, &path)
        .and_then(|f| std::fs::metadata(f).ok())
        .and_then(|m| m.modified().ok())
        .ok_or_else(|| invalid_path(&path))?;
    let secs = modified
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let date = crate::conv::Date4D::from_days(secs.div_euclid(86_400));
    store_arg(it, c, 1, Value::Date(date))?;
    store_arg(it, c, 2, Value::Time(secs.rem_euclid(86_400)))?;
    Ok(Value::Undefined)
}

/// `FORM GET NAMES(names{; filter}{; *})`: the project forms, in name
/// order, those matching `filter` (with `@`) when given.
pub fn form_get_names(it: &mut Interp, c: &mut Call) -> BResult {
    let filter = c.has(1).then(|| c.text(1).to_string());
    let names: Vec<String> = sources(it)
        .map(|s| folders(&s.join("Forms")))
        .unwrap_or_default()
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| filter.as_deref().is_none_or(|f| crate::conv::text_eq(n, f)))
        .collect();
    super::outputs::fill_text_array(it, c, 0, "FORM GET NAMES", names)?;
    Ok(Value::Undefined)
}

/// A command that would change the project's code or attributes: a run
/// does not write the project it runs (-30012, naming the command).
fn read_only(name: &str) -> BResult {
    Err(Fault::unavailable(&format!(
        "{name} (a fourd run does not change the project's methods)"
    ))
    .into())
}

/// `METHOD SET CODE`: see [`read_only`].
pub fn method_set_code(_: &mut Interp, _: &mut Call) -> BResult {
    read_only("METHOD SET CODE")
}

/// `METHOD SET ATTRIBUTE`: see [`read_only`].
pub fn method_set_attribute(_: &mut Interp, _: &mut Call) -> BResult {
    read_only("METHOD SET ATTRIBUTE")
}

/// `METHOD SET ATTRIBUTES`: see [`read_only`].
pub fn method_set_attributes(_: &mut Interp, _: &mut Call) -> BResult {
    read_only("METHOD SET ATTRIBUTES")
}

/// `METHOD SET COMMENTS`: see [`read_only`].
pub fn method_set_comments(_: &mut Interp, _: &mut Call) -> BResult {
    read_only("METHOD SET COMMENTS")
}
