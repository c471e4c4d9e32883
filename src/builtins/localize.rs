//! Localization: `Localized string`, `Get database localization`, `SET
//! DATABASE LOCALIZATION`, over the project's XLIFF files (`crate::xliff`),
//! read the first time code asks for a string.

use super::{BResult, Call};
use crate::eval::{Interp, Value, VarType};
use crate::xliff::{Resources, SYSTEM_LANGUAGE, Strings};
use std::collections::HashMap;

/// `Get database localization`'s *languageType* constants.
const DEFAULT_LOCALIZATION: i64 = 0;
const CURRENT_LOCALIZATION: i64 = 1;

/// The project's language folders, the current language and the strings
/// read so far, made on first use.
#[derive(Default)]
struct Localization {
    resources: Option<Resources>,
    /// Set by `SET DATABASE LOCALIZATION`; else the default language.
    current: Option<String>,
    strings: HashMap<String, Strings>,
}

fn localization(it: &mut Interp) -> &mut Localization {
    let root = it.program.root.clone();
    let loc = it.native_state.get::<Localization>();
    if loc.resources.is_none() {
        loc.resources = Some(Resources::scan(root.as_deref()));
    }
    loc
}

impl Localization {
    fn resources(&self) -> &Resources {
        static NONE: std::sync::OnceLock<Resources> = std::sync::OnceLock::new();
        self.resources
            .as_ref()
            .unwrap_or_else(|| NONE.get_or_init(Resources::default))
    }

    fn current(&self) -> String {
        self.current
            .clone()
            .unwrap_or_else(|| self.resources().default_language())
    }
}

fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// `Localized string(resName)`: the string of the current language's XLIFF
/// files (then those at the top of `Resources`); `""` and `OK` 0 when no unit
/// has that resname (localized-string.md).
pub fn localized_string(it: &mut Interp, c: &mut Call) -> BResult {
    let resname = c.text(0).to_string();
    let loc = localization(it);
    let language = loc.current();
    if !loc.strings.contains_key(&language) {
        let strings = loc.resources().strings(&language);
        loc.strings.insert(language.clone(), strings);
    }
    let found = loc
        .strings
        .get(&language)
        .and_then(|s| s.get(&resname))
        .map(str::to_string);
    set_ok(it, found.is_some());
    Ok(Value::text(found.unwrap_or_default()))
}

/// `Get database localization({languageType}{; *})`: the default language
/// (0, and when omitted), the current one (1), the user's system language
/// (2) and 4D's internal one (3), which are English in fourd.
pub fn get_database_localization(it: &mut Interp, c: &mut Call) -> BResult {
    let kind = if c.has(0) {
        c.int(0)
    } else {
        DEFAULT_LOCALIZATION
    };
    let loc = localization(it);
    Ok(Value::text(match kind {
        DEFAULT_LOCALIZATION => loc.resources().default_language(),
        CURRENT_LOCALIZATION => loc.current(),
        _ => SYSTEM_LANGUAGE.to_string(),
    }))
}

/// `SET DATABASE LOCALIZATION(languageCode{; *})`: the language whose
/// `.lproj` folder `Localized string` reads, for the rest of the run; `OK` is
/// 0, and nothing changes, when the project has no folder for it *(fourd's
/// choice: the page says only "OK is 0 otherwise")*.
pub fn set_database_localization(it: &mut Interp, c: &mut Call) -> BResult {
    let code = crate::xliff::folder_code(c.text(0));
    let loc = localization(it);
    let known = loc.resources().has_language(&code);
    if known {
        loc.current = Some(code);
    }
    set_ok(it, known);
    Ok(Value::Undefined)
}

/// `Localized document path(relativePath)`: the document in the folder of
/// the current language, else of the default one, else the first `.lproj`
/// folder, else the top of `Resources`; `""` when none has it
/// (commands-legacy/localized-document-path.md). `exists` says whether a
/// path is there (the caller checks it through the run's sandbox).
pub fn localized_document_path(
    it: &mut Interp,
    relative: &str,
    exists: &mut dyn FnMut(&std::path::Path) -> bool,
) -> String {
    let loc = localization(it);
    let codes = [loc.current(), loc.resources().default_language()];
    let rel = relative.trim_start_matches('/');
    loc.resources()
        .document_folders(&codes)
        .into_iter()
        .map(|dir| dir.join(rel))
        .find(|path| exists(path))
        .map(|path| path.display().to_string())
        .unwrap_or_default()
}
