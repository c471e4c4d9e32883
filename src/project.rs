//! Finding and loading 4D code: a lone `.4dm` file, a folder of them, or a 4D
//! project folder (`Project/Sources/Methods`, `Classes`, database methods, form
//! methods, triggers). Method names come from file names (`Max of.4dm` is the
//! method `Max of`), and every file is read before any is lexed, because the lexer
//! must know all method names to read multi-word calls.

use crate::diag::{Code, Diagnostic};
use crate::source::{self, Source, SourceFile};
use std::path::{Path, PathBuf};

/// What a `.4dm` file is, by where it lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// A project method (`Sources/Methods/`, or any loose `.4dm` file).
    Method,
    /// A user class (`Sources/Classes/`).
    Class,
    /// `Sources/DatabaseMethods/` (`onStartup`, `onExit`, …).
    DatabaseMethod,
    /// Form and object methods.
    FormMethod,
    Trigger,
}

/// One loaded `.4dm` file.
#[derive(Debug, Clone)]
pub struct Unit {
    pub kind: UnitKind,
    /// The method, class or database-method name (file name without `.4dm`).
    pub name: String,
    pub source: Source,
}

/// A set of files read together: they share one method namespace.
#[derive(Debug, Default)]
pub struct Project {
    /// The project root (holding `Project/` and `Settings/`), or the folder of a
    /// lone file.
    pub root: Option<PathBuf>,
    /// True when `root` is a real 4D project folder.
    pub is_project: bool,
    pub units: Vec<Unit>,
    /// The table names of the project's structure (`catalog.4DCatalog`), so the lexer
    /// reads `[People]` as a table rather than a collection.
    pub table_names: Vec<String>,
    /// `.4dm` files of `Project/Trash/` left out (4D does not compile them).
    pub trashed: usize,
    /// When only one file of a project is loaded (`fourd check FILE`): the
    /// project's methods as its folder lists them, unread.
    pub listing: Option<MethodListing>,
}

/// A project's methods as its `Methods/` folder lists them, not read: checking
/// one file of a project of thousands of methods needs their names, and the
/// text of only those its preemptive check reaches.
#[derive(Debug, Default, Clone)]
pub struct MethodListing {
    /// Method names, in path order (the order [`load_project`] gives).
    pub names: Vec<String>,
    pub paths: Vec<PathBuf>,
}

/// Lists the methods of the project at `root` (one `read_dir`, no file read).
pub fn method_listing(root: &Path) -> MethodListing {
    let dir = root.join("Project").join("Sources").join("Methods");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
                .map(|e| e.path())
                .filter(|p| is_4dm(p))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    MethodListing {
        names: paths.iter().map(|p| stem(p)).collect(),
        paths,
    }
}

impl Project {
    /// The names of the project methods, in unit order; a method's index in
    /// this list is its index everywhere else.
    pub fn method_names(&self) -> Vec<&str> {
        if let Some(listing) = &self.listing {
            return listing.names.iter().map(String::as_str).collect();
        }
        self.units
            .iter()
            .filter(|u| u.kind == UnitKind::Method)
            .map(|u| u.name.as_str())
            .collect()
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_4dm(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("4dm"))
}

/// Reads one file; invalid UTF-8 is a located error (docs/language.md §2.1).
pub fn read_source(path: &Path, display: PathBuf) -> Result<Source, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            Code::Startup,
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    match source::decode(bytes) {
        Ok(text) => Ok(SourceFile::new(display, text)),
        Err(valid_up_to) => {
            let bytes = std::fs::read(path).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes[..valid_up_to.min(bytes.len())]).into_owned();
            let file = SourceFile::new(display, text);
            let end = file.text.len();
            Err(Diagnostic::error(
                Code::Check("encoding"),
                format!("invalid UTF-8 at byte {valid_up_to}"),
            )
            .at(&file, crate::source::Span::new(end, end)))
        }
    }
}

/// The root of the 4D project a path lies in, if any: the folder that holds
/// `Project/Sources`.
fn project_root_of(path: &Path) -> Option<PathBuf> {
    let start = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()?.to_path_buf()
    };
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        if d.join("Project").join("Sources").is_dir() {
            return Some(d.to_path_buf());
        }
        if d.file_name().is_some_and(|n| n == "Project") && d.join("Sources").is_dir() {
            return d.parent().map(Path::to_path_buf);
        }
        dir = d.parent();
    }
    None
}

/// The entries of a folder, sorted (so every walk is in a stable order);
/// none when it cannot be read.
pub fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    entries
}

/// Every `.4dm` file under a folder, at any depth, in a stable order.
pub fn all_4dm_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    files_in(dir, true, &mut out);
    out
}

fn files_in(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    for p in sorted_entries(dir) {
        if p.is_dir() {
            if recursive {
                files_in(&p, true, out);
            }
        } else if is_4dm(&p) {
            out.push(p);
        }
    }
}

fn kind_in_project(sources: &Path, path: &Path) -> UnitKind {
    let rel = path.strip_prefix(sources).unwrap_or(path);
    let top = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    match top.as_str() {
        "Methods" => UnitKind::Method,
        "Classes" => UnitKind::Class,
        "DatabaseMethods" => UnitKind::DatabaseMethod,
        "Triggers" => UnitKind::Trigger,
        _ => UnitKind::FormMethod,
    }
}

fn display_path(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .or_else(|_| path.strip_prefix("."))
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Loads a whole 4D project from its root. Errors are per file; the rest loads.
/// Deleted items wait in `Project/Trash/`, which 4D does not compile: they are
/// left out and counted ([`Project::trashed`]); naming one checks it alone.
pub fn load_project(root: &Path, display_base: &Path) -> (Project, Vec<Diagnostic>) {
    let sources = root.join("Project").join("Sources");
    let mut paths = Vec::new();
    files_in(&sources, true, &mut paths);
    let mut trashed = Vec::new();
    files_in(&root.join("Project").join("Trash"), true, &mut trashed);
    let mut project = Project {
        root: Some(root.to_path_buf()),
        is_project: true,
        units: Vec::new(),
        table_names: crate::database_startup::table_names(root),
        trashed: trashed.len(),
        listing: None,
    };
    let mut errors = Vec::new();
    for p in paths {
        let kind = kind_in_project(&sources, &p);
        let name = match kind {
            UnitKind::FormMethod => display_path(&p, &sources)
                .with_extension("")
                .display()
                .to_string(),
            _ => stem(&p),
        };
        match read_source(&p, display_path(&p, display_base)) {
            Ok(source) => project.units.push(Unit { kind, name, source }),
            Err(d) => errors.push(d),
        }
    }
    (project, errors)
}

/// Loads the methods of a plain folder (not a project): every `.4dm` file in it
/// is a project method named after its file.
pub fn load_folder(dir: &Path, recursive: bool, display_base: &Path) -> (Project, Vec<Diagnostic>) {
    load_folder_reporting(dir, recursive, display_base, |_| true)
}

/// [`load_folder`], reporting only the read errors of the files `report`
/// names: the others are left out of the project silently.
fn load_folder_reporting(
    dir: &Path,
    recursive: bool,
    display_base: &Path,
    report: impl Fn(&Path) -> bool,
) -> (Project, Vec<Diagnostic>) {
    let mut paths = Vec::new();
    files_in(dir, recursive, &mut paths);
    // A lone file or folder gets its classes from a `Classes` folder beside
    // it (a recursive walk finds them already).
    let classes = dir.join("Classes");
    if !recursive && classes.is_dir() {
        files_in(&classes, false, &mut paths);
    }
    let mut project = Project {
        root: Some(dir.to_path_buf()),
        is_project: false,
        units: Vec::new(),
        table_names: Vec::new(),
        trashed: 0,
        listing: None,
    };
    let mut errors = Vec::new();
    for p in paths {
        let in_classes = p
            .parent()
            .and_then(Path::file_name)
            .is_some_and(|n| n == "Classes");
        let kind = if in_classes {
            UnitKind::Class
        } else {
            UnitKind::Method
        };
        match read_source(&p, display_path(&p, display_base)) {
            Ok(source) => project.units.push(Unit {
                kind,
                name: stem(&p),
                source,
            }),
            Err(d) if report(&p) => errors.push(d),
            Err(_) => {}
        }
    }
    (project, errors)
}

/// What a command-line PATH names.
pub enum Target {
    /// A 4D project: run its `On Startup` (or `--startup-method`).
    Project(PathBuf),
    /// A `.4dm` file, with the folder its sibling methods come from.
    File(PathBuf),
    /// A folder of `.4dm` files that is not a project.
    Folder(PathBuf),
}

/// Classifies a PATH given on the command line.
/// The root of the project a `.4DProject` file opens (the file lies in
/// `ROOT/Project/`), as 4D and tool4d take `--project ROOT/Project/Name.4DProject`.
fn project_of_4dproject(path: &Path) -> Option<PathBuf> {
    let is_project_file = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("4DProject"));
    let folder = path.parent()?;
    if !is_project_file || !folder.join("Sources").is_dir() && !folder.as_os_str().is_empty() {
        return None;
    }
    let root = folder.parent().filter(|r| !r.as_os_str().is_empty());
    if folder.as_os_str().is_empty() {
        // `Name.4DProject` named from inside `Project/`.
        return Path::new("Sources").is_dir().then(|| PathBuf::from(".."));
    }
    Some(root.map_or_else(|| PathBuf::from("."), Path::to_path_buf))
}

pub fn classify(path: &Path) -> Result<Target, Diagnostic> {
    if !path.exists() {
        return Err(Diagnostic::error(
            Code::Startup,
            format!("{}: no such file or folder", path.display()),
        ));
    }
    if path.is_file() {
        return Ok(match project_of_4dproject(path) {
            Some(root) => Target::Project(root),
            None => Target::File(path.to_path_buf()),
        });
    }
    if path.join("Project").join("Sources").is_dir() {
        return Ok(Target::Project(path.to_path_buf()));
    }
    if path.file_name().is_some_and(|n| n == "Project") && path.join("Sources").is_dir() {
        return Ok(Target::Project(path.parent().unwrap_or(path).to_path_buf()));
    }
    Ok(Target::Folder(path.to_path_buf()))
}

/// Loads what a run of one file needs: the project it belongs to, or its sibling
/// `.4dm` files (docs/language.md §1). A file of a project's `Project/Tests/`
/// folder is a test of the project: it joins the project's methods.
/// Paths are shown relative to `display_base`.
pub fn load_for_file(file: &Path, display_base: &Path) -> (Project, Vec<Diagnostic>) {
    let cwd = display_base;
    let parent_name = file.parent().and_then(Path::file_name);
    let in_methods = parent_name.is_some_and(|n| n == "Methods");
    if in_methods && let Some(root) = project_root_of(file) {
        return load_project(&root, cwd);
    }
    if let Some(root) = crate::testing::project_of_test(file) {
        let (mut project, mut errors) = load_project(&root, cwd);
        let name = stem(file);
        // Method names ignore case: a test named like a method would be it.
        if let Some(u) = project
            .units
            .iter()
            .find(|u| u.kind == UnitKind::Method && u.name.eq_ignore_ascii_case(&name))
        {
            errors.push(Diagnostic::error(
                Code::Startup,
                format!(
                    "the test '{name}' has the name of the project method '{}': rename the test",
                    u.name
                ),
            ));
            return (project, errors);
        }
        match read_source(file, display_path(file, cwd)) {
            Ok(source) => project.units.push(Unit {
                kind: UnitKind::Method,
                name: stem(file),
                source,
            }),
            Err(d) => errors.push(d),
        }
        return (project, errors);
    }
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // A sibling that cannot be read (not UTF-8, say) is simply not one of the
    // file's methods: only the file's own reading error stops it.
    load_folder_reporting(dir, false, cwd, |p| p.file_name() == file.file_name())
}

/// One file of a 4D project, for `fourd check FILE`: the file alone, with the
/// project's tables and the listing of its methods ([`Project::listing`]), so
/// that a project of thousands of methods is not read for one file. The file
/// resolves against its project (`Methods/`, tables), never against the other
/// files of its folder (form object methods beside it). `None` when the file
/// is not under a project's `Project/` folder.
fn load_one_of_project(file: &Path, cwd: &Path) -> Option<(Project, Vec<Diagnostic>)> {
    let root = project_root_of(file)?;
    let absolute = std::fs::canonicalize(file).ok()?;
    let project_dir = std::fs::canonicalize(root.join("Project")).ok()?;
    let sources = project_dir.join("Sources");
    if !absolute.starts_with(&project_dir) {
        return None;
    }
    let kind = if absolute.starts_with(&sources) {
        kind_in_project(&sources, &absolute)
    } else {
        UnitKind::Method
    };
    let name = match kind {
        UnitKind::FormMethod => display_path(&absolute, &sources)
            .with_extension("")
            .display()
            .to_string(),
        _ => stem(file),
    };
    let mut project = Project {
        root: Some(root.clone()),
        is_project: true,
        units: Vec::new(),
        table_names: crate::database_startup::table_names(&root),
        trashed: 0,
        listing: Some(method_listing(&root)),
    };
    let mut errors = Vec::new();
    match read_source(file, display_path(file, cwd)) {
        Ok(source) => project.units.push(Unit { kind, name, source }),
        Err(d) => errors.push(d),
    }
    Some((project, errors))
}

/// A project to check, and which of its units to check (all, or one file).
pub struct CheckSet {
    pub project: Project,
    pub only: Option<usize>,
}

/// Finds everything to check under a path: each 4D project inside it is loaded
/// as one project; `.4dm` files outside any project are grouped by folder; a
/// lone file is checked with its siblings' method names known.
pub fn discover(path: &Path) -> (Vec<CheckSet>, Vec<Diagnostic>) {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut sets = Vec::new();
    let mut errors = Vec::new();
    match classify(path) {
        Err(d) => errors.push(d),
        Ok(Target::File(f)) => {
            if let Some((project, e)) = load_one_of_project(&f, &cwd) {
                errors.extend(e);
                if !project.units.is_empty() {
                    sets.push(CheckSet {
                        project,
                        only: Some(0),
                    });
                }
                return (sets, errors);
            }
            let (mut project, e) = load_for_file(&f, &cwd);
            errors.extend(e);
            let want = std::fs::canonicalize(&f).ok();
            let only = project.units.iter().position(|u| {
                let p = if u.source.path.is_absolute() {
                    u.source.path.clone()
                } else {
                    cwd.join(&u.source.path)
                };
                std::fs::canonicalize(p).ok() == want
            });
            let only = match only {
                Some(i) => i,
                // The file could not be read: its error is already there.
                None if !errors.is_empty() => return (sets, errors),
                None => match read_source(&f, display_path(&f, &cwd)) {
                    Ok(source) => {
                        project.units.push(Unit {
                            kind: UnitKind::Method,
                            name: stem(&f),
                            source,
                        });
                        project.units.len() - 1
                    }
                    Err(d) => {
                        errors.push(d);
                        return (sets, errors);
                    }
                },
            };
            sets.push(CheckSet {
                project,
                only: Some(only),
            });
        }
        Ok(Target::Project(root)) => {
            let (project, e) = load_project(&root, &cwd);
            sets.push(CheckSet {
                project,
                only: None,
            });
            errors.extend(e);
        }
        Ok(Target::Folder(dir)) => walk(&dir, &cwd, &mut sets, &mut errors),
    }
    (sets, errors)
}

fn walk(dir: &Path, cwd: &Path, sets: &mut Vec<CheckSet>, errors: &mut Vec<Diagnostic>) {
    let is_project = dir.join("Project").join("Sources").is_dir();
    let (project, e) = if is_project {
        load_project(dir, cwd)
    } else {
        load_folder(dir, false, cwd)
    };
    if !project.units.is_empty() {
        sets.push(CheckSet {
            project,
            only: None,
        });
    }
    errors.extend(e);
    for sub in sorted_entries(dir).into_iter().filter(|p| p.is_dir()) {
        // A project's own folder is loaded above; other folders may hold more projects.
        if !(is_project && sub.file_name().is_some_and(|n| n == "Project")) {
            walk(&sub, cwd, sets, errors);
        }
    }
}
