//! Finding the components a project loads, as 4D v20 does
//! (4d/docs docs/Project/components.md, "Loading components"): first the
//! project's `Components/` folder (`Name.4dbase` or `Name` folders holding a
//! `Project/`), then the names of `Project/Sources/dependencies.json`, each
//! found at the path `environment4d.json` gives it (relative to that file,
//! which lies in the project folder or one of its parents) or else beside the
//! project's package folder. A component already found keeps its place (the
//! Components folder comes first). What cannot be loaded — a compiled
//! `.4DZ`, a GitHub dependency with no local copy, a missing folder — is a
//! warning, and the run goes on without it.

use crate::diag::{Code, Diagnostic};
use crate::json::{self, Json, JsonKind};
use std::path::{Path, PathBuf};

/// One component to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentDir {
    /// Its name: the folder's, without `.4dbase`.
    pub name: String,
    /// Its project root (holds `Project/Sources`).
    pub root: PathBuf,
    /// "Component namespace in the class store" from its settings: its
    /// classes are `cs.<namespace>.Name` in the host.
    pub namespace: Option<String>,
}

/// The components of the project at `root`, in loading order, and warnings
/// for those that cannot be loaded.
pub fn discover(root: &Path) -> (Vec<ComponentDir>, Vec<Diagnostic>) {
    let mut found: Vec<ComponentDir> = Vec::new();
    let mut warnings = Vec::new();
    for entry in crate::project::sorted_entries(&root.join("Components")) {
        let file_name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = file_name
            .strip_suffix(".4dbase")
            .unwrap_or(&file_name)
            .to_string();
        if entry.join("Project").join("Sources").is_dir() {
            add(&mut found, name, entry);
        } else if entry.is_dir() || is_4dz(&entry) {
            warnings.push(warning(format!(
                "component {file_name}: no Project/ folder (a compiled .4DZ component cannot be run by fourd); not loaded"
            )));
        }
    }
    let sources = root.join("Project").join("Sources");
    let Some(dependencies) = read_json(&sources.join("dependencies.json"), &mut warnings) else {
        return (found, warnings);
    };
    let environment = find_environment(root);
    let env_json = environment
        .as_ref()
        .and_then(|p| read_json(p, &mut warnings));
    for (name, declared) in entries(&dependencies, "dependencies") {
        if found.iter().any(|c| c.name.eq_ignore_ascii_case(&name)) {
            continue;
        }
        let from_env = env_json
            .as_ref()
            .and_then(|e| {
                entries(e, "dependencies")
                    .into_iter()
                    .find(|(n, _)| *n == name)
            })
            .map(|(_, v)| v);
        let local = match (from_env.as_ref().map(|j| &j.kind), &environment) {
            (Some(JsonKind::String(path)), Some(env)) => Some(resolve(env, path)),
            _ => None,
        };
        let github = [from_env.as_ref(), Some(&declared)]
            .into_iter()
            .flatten()
            .any(|v| v.get("github").is_some());
        let candidates: Vec<PathBuf> = match local {
            Some(path) => vec![path],
            None => {
                let beside = root.parent().unwrap_or(Path::new(".."));
                vec![beside.join(&name), beside.join(format!("{name}.4dbase"))]
            }
        };
        match candidates.into_iter().find(|c| c.join("Project").join("Sources").is_dir()) {
            Some(dir) => add(&mut found, name, dir),
            None if github => warnings.push(warning(format!(
                "component {name}: a GitHub dependency with no local copy (fourd downloads nothing); not loaded"
            ))),
            None => warnings.push(warning(format!(
                "component {name} (dependencies.json): not found beside the project nor in environment4d.json; not loaded"
            ))),
        }
    }
    (found, warnings)
}

fn add(found: &mut Vec<ComponentDir>, name: String, root: PathBuf) {
    let namespace = namespace_of(&root);
    found.push(ComponentDir {
        name,
        root,
        namespace,
    });
}

fn is_4dz(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("4DZ"))
}

fn warning(message: String) -> Diagnostic {
    Diagnostic::warning(Code::Startup, message)
}

/// A JSON file, if it exists; a malformed one is a warning.
fn read_json(path: &Path, warnings: &mut Vec<Diagnostic>) -> Option<Json> {
    let text = std::fs::read_to_string(path).ok()?;
    match json::parse(text.trim_start_matches('\u{feff}')) {
        Ok(v) => Some(v),
        Err(e) => {
            warnings.push(warning(format!(
                "{}: not JSON ({e}); ignored",
                path.display()
            )));
            None
        }
    }
}

/// The members of the object `key` of a JSON object, in order.
fn entries(json: &Json, key: &str) -> Vec<(String, Json)> {
    match json.get(key).map(|j| &j.kind) {
        Some(JsonKind::Object(members)) => members
            .iter()
            .map(|m| (m.key.clone(), m.value.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// `environment4d.json` in the project folder or the nearest parent.
fn find_environment(root: &Path) -> Option<PathBuf> {
    let start = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    start
        .ancestors()
        .map(|d| d.join("environment4d.json"))
        .find(|p| p.is_file())
}

/// A path of environment4d.json: POSIX, relative to the file, or a
/// `file://` URL.
fn resolve(env: &Path, path: &str) -> PathBuf {
    if let Some(abs) = path.strip_prefix("file://") {
        return PathBuf::from(abs);
    }
    let p = Path::new(path);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        env.parent().unwrap_or(Path::new(".")).join(p)
    }
}

/// The namespace a component declares: `component_classStore_name` of the
/// `general` settings (4d/docs docs/settings/general.md, "Component
/// namespace in the class store").
pub fn namespace_of(root: &Path) -> Option<String> {
    let settings = root
        .join("Project")
        .join("Sources")
        .join("settings.4DSettings");
    let text = std::fs::read_to_string(settings).ok()?;
    let key = "component_classStore_name=\"";
    let at = text.find(key)? + key.len();
    let value = &text[at..];
    let value = &value[..value.find('"')?];
    (!value.trim().is_empty()).then(|| value.trim().to_string())
}
