//! Running code end to end: find the files, check them (nothing runs if a check
//! fails), start the session, compile, run the entry method, and turn the
//! outcome into diagnostics and an exit status. `fourd run`, `fourd test` and
//! the REPL's `:load` all go through here.

use crate::check::{ParsedUnit, check_sets};
use crate::diag::{Code, Diagnostic};
use crate::eval::{Interp, Limits, Output, Program, RtError};
use crate::project::{self, CheckSet, Project, Target, UnitKind};
use crate::startup::{self, SessionArgs};
use crate::syntax::attributes::Preemptive;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

mod chain;
pub mod components;
mod params;

/// What to run in a project.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `--startup-method NAME`.
    pub startup_method: Option<String>,
    /// `--skip-onstartup`: neither On Startup nor On Exit runs (tool4d's option).
    pub skip_onstartup: bool,
    /// `--user-param TEXT`.
    pub user_param: String,
    /// Arguments after `--`, passed to the entry method as texts.
    pub params: Vec<String>,
    pub limits: Limits,
    /// Run every method by walking its tree (`--tree-walk`).
    pub tree_walk: bool,
    /// `--allow-exec`: scripts may start programs (`LAUNCH EXTERNAL PROCESS`).
    pub allow_exec: bool,
    /// The folder file paths are shown relative to (default: the current
    /// one); `fourd test` uses the test's root, so expectations hold from any
    /// folder.
    pub display_base: Option<std::path::PathBuf>,
    /// `--data FILE`: fixtures the datastore starts with (docs/datastore.md).
    pub data: Option<std::path::PathBuf>,
    /// `--save-data FILE`: where the datastore is written when the run ends.
    pub save_data: Option<std::path::PathBuf>,
    /// `--allow-path DIR`: more folders file commands may use.
    pub allow_paths: Vec<std::path::PathBuf>,
    /// `--keep-temp`: the run's temporary folder stays after the run.
    pub keep_temp: bool,
}

/// How a run ended.
#[derive(Debug)]
pub enum Outcome {
    Finished,
    /// An uncaught runtime error (exit 1).
    Failed(Box<RtError>),
    /// `ABORT` (exit 1, no message).
    Aborted,
}

/// A project loaded, checked and compiled, with its session: ready to run.
pub struct Prepared {
    pub interp: Interp,
    /// The methods to run, in order (`onStartup`, the startup method, `onExit`).
    pub entries: Vec<Rc<crate::eval::Method>>,
    /// Which entry is the startup method (it gets the parameters, and runs
    /// preemptively when it is declared capable).
    pub main: Option<usize>,
    /// Which entry is `On Exit`: after `QUIT 4D`, it is the one that still runs.
    pub on_exit: Option<usize>,
    /// Warnings found while preparing (shown on stderr).
    pub warnings: Vec<Diagnostic>,
    /// `--save-data FILE`.
    pub save_data: Option<std::path::PathBuf>,
}

/// The exit status of a finished run (docs/language.md §1).
pub fn exit_code(outcome: &Outcome) -> i32 {
    match outcome {
        Outcome::Finished => 0,
        Outcome::Failed(_) | Outcome::Aborted => 1,
    }
}

/// The runtime error as a diagnostic, with the call chain as notes.
pub fn error_diagnostic(e: &RtError) -> Diagnostic {
    let mut d = Diagnostic::error(
        Code::Runtime {
            code: e.fault.code,
            signature: e.fault.signature.to_string().into_boxed_str(),
        },
        e.fault.message.clone(),
    )
    .at(&e.file, e.span);
    if e.chain.len() > 1 {
        let calls: Vec<chain::Call> = e
            .chain
            .iter()
            .map(|f| {
                let (line, _) = f.file.line_col(f.span.start);
                chain::Call {
                    name: f.name.to_string(),
                    line: format!("in {} ({}:{line})", f.name, f.file.path.display()),
                }
            })
            .collect();
        for note in chain::notes(&calls) {
            d = d.with_note(note);
        }
    }
    for more in &e.more {
        d = d.with_note(format!(
            "also {} ({}): {}",
            more.code, more.signature, more.message
        ));
    }
    d
}

/// Loads the files a PATH needs; returns them and the name of the method to
/// run for a lone file (or a folder's `main`).
fn load(
    path: &Path,
    display_base: Option<&Path>,
) -> Result<(Project, Option<String>), Vec<Diagnostic>> {
    let target = project::classify(path).map_err(|d| vec![d])?;
    let cwd = std::env::current_dir().unwrap_or_default();
    let base = display_base.unwrap_or(&cwd);
    let (project, errors, entry) = match target {
        Target::Project(root) => {
            let (p, e) = project::load_project(&root, base);
            (p, e, None)
        }
        Target::File(f) => {
            let (p, e) = project::load_for_file(&f, base);
            let name = f.file_stem().map(|s| s.to_string_lossy().into_owned());
            (p, e, name)
        }
        Target::Folder(dir) => {
            let (p, e) = project::load_folder(&dir, false, base);
            (p, e, Some("main".to_string()))
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((project, entry))
}

/// Loads, checks, starts the session and compiles. Check errors, startup
/// errors and a missing entry method come back as diagnostics (exit status 2).
pub fn prepare(
    path: &Path,
    session: &SessionArgs,
    options: &RunOptions,
    out: Output,
) -> Result<Prepared, Vec<Diagnostic>> {
    let (project, entry_name) = load(path, options.display_base.as_deref())?;
    let cwd = std::env::current_dir().unwrap_or_default();
    let base = options.display_base.clone().unwrap_or(cwd);
    let (component_dirs, component_warnings) = match (&project.root, project.is_project) {
        (Some(root), true) => components::discover(root),
        _ => (Vec::new(), Vec::new()),
    };
    let mut sets = vec![CheckSet {
        project,
        only: None,
    }];
    for dir in &component_dirs {
        let (component, errors) = project::load_project(&dir.root, &base);
        if !errors.is_empty() {
            return Err(errors);
        }
        sets.push(CheckSet {
            project: component,
            only: None,
        });
    }
    let mut parsed = check_sets(&sets, false, None).into_iter();
    let mut sets = sets.into_iter();
    let project = sets.next().map(|s| s.project).unwrap_or_default();
    let units: Vec<ParsedUnit> = parsed.next().unwrap_or_default();
    let component_sets: Vec<(Project, Vec<ParsedUnit>)> =
        sets.map(|s| s.project).zip(parsed).collect();
    let component_errors: Vec<Diagnostic> = component_sets
        .iter()
        .flat_map(|(_, units)| units.iter())
        .flat_map(|u| u.diagnostics.iter().filter(|d| d.is_error()).cloned())
        .collect();
    if !component_errors.is_empty() {
        return Err(component_errors);
    }
    // A project must be free of errors to run (as 4D compiles it). A lone file
    // or folder runs when its entry method is: a sibling with errors is only
    // an error if it is called (a folder of scripts is not one program).
    let blocks = |u: &ParsedUnit| {
        project.is_project
            || u.kind != UnitKind::Method
            || entry_name
                .as_deref()
                .is_none_or(|e| e.eq_ignore_ascii_case(&u.name))
    };
    let errors: Vec<Diagnostic> = units
        .iter()
        .filter(|u| blocks(u))
        .flat_map(|u| u.diagnostics.iter().filter(|d| d.is_error()).cloned())
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let (session, mut warnings) =
        startup::start_session(session, project.root.as_deref()).map_err(|d| vec![d])?;
    warnings.extend(component_warnings);
    let names = project.method_names();
    let mut program = Program::build(crate::builtins::natives(), &names, &units);
    program.set_aside_broken(0, &units);
    for (dir, (component, units)) in component_dirs.iter().zip(&component_sets) {
        program.add_component(crate::eval::component::ComponentSource {
            name: &dir.name,
            namespace: dir.namespace.as_deref(),
            root: dir.root.clone(),
            method_names: &component.method_names(),
            units,
        });
    }
    program.root = project.root.clone();
    for t in &project.table_names {
        program.names.add_table(t);
    }
    let mut entries = Vec::new();
    let mut main = None;
    let mut on_exit = None;
    let method = |name: &str| -> Result<Rc<crate::eval::Method>, Vec<Diagnostic>> {
        program
            .method_by_name(name)
            .and_then(|m| program.methods[m as usize].clone())
            .ok_or_else(|| {
                vec![Diagnostic::error(
                    Code::Startup,
                    format!("no method named '{name}' to run"),
                )]
            })
    };
    match (&entry_name, project.is_project) {
        (Some(name), false) | (Some(name), true) if options.startup_method.is_none() => {
            main = Some(entries.len());
            entries.push(method(name)?);
        }
        _ => {
            let automatic = |name: &str| {
                (!options.skip_onstartup)
                    .then(|| program.database_methods.get(name).cloned())
                    .flatten()
            };
            if let Some(m) = automatic("onstartup") {
                entries.push(m);
            }
            if let Some(name) = &options.startup_method {
                main = Some(entries.len());
                entries.push(method(name)?);
            }
            if let Some(m) = automatic("onexit") {
                on_exit = Some(entries.len());
                entries.push(m);
            }
            if entries.is_empty() && !options.skip_onstartup {
                warnings.push(Diagnostic::warning(
                    Code::Startup,
                    "the project has no On Startup method and no --startup-method: nothing to run",
                ));
            }
        }
    }
    let database =
        crate::database_startup::open_database(project.root.as_deref(), options.data.as_deref())
            .map_err(|d| vec![d])?;
    let mut interp = Interp::new(program, session, out);
    interp.db = database.map(Box::new);
    interp.user_param = options.user_param.clone();
    interp.limits = options.limits.clone();
    interp.tree_walk = options.tree_walk;
    interp.allow_exec = options.allow_exec;
    interp.allow_paths = options.allow_paths.clone();
    interp.keep_temp = options.keep_temp;
    Ok(Prepared {
        interp,
        entries,
        main,
        on_exit,
        warnings,
        save_data: options.save_data.clone(),
    })
}

/// The compiled form of the code at PATH (`fourd ast --compiled`): a lone
/// file's own method, or every method of a folder or project (database
/// methods last). Code with errors is not compiled: its diagnostics come back.
pub fn compiled_forms(path: &Path) -> Result<String, Vec<Diagnostic>> {
    let (project, _) = load(path, None)?;
    let only = path
        .is_file()
        .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .flatten();
    let wanted = |name: &str| only.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(name));
    let sets = vec![CheckSet {
        project,
        only: None,
    }];
    let units: Vec<ParsedUnit> = check_sets(&sets, false, None).pop().unwrap_or_default();
    let errors: Vec<Diagnostic> = units
        .iter()
        .filter(|u| wanted(&u.name))
        .flat_map(|u| u.diagnostics.iter().filter(|d| d.is_error()).cloned())
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let names = sets[0].project.method_names();
    let program = Program::build(crate::builtins::natives(), &names, &units);
    let mut database: Vec<_> = program.database_methods.values().collect();
    database.sort_by(|a, b| a.name.cmp(&b.name));
    let methods = program.methods.iter().flatten().chain(database);
    Ok(methods
        .filter(|m| wanted(&m.name))
        .map(|m| crate::eval::dump::compiled_form(&program, m))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Runs the prepared entry methods in order; stops at the first failure.
/// After `QUIT 4D` only `On Exit` still runs (once), and the run finishes.
pub fn run(prepared: &mut Prepared, params: &[String]) -> Outcome {
    let outcome = run_entries(prepared, params);
    if let Some(path) = prepared.save_data.clone()
        && let Err(message) =
            crate::database_startup::save_data(prepared.interp.db.as_deref(), &path)
    {
        let _ = writeln!(prepared.interp.out.stderr, "{message}");
    }
    outcome
}

fn run_entries(prepared: &mut Prepared, params: &[String]) -> Outcome {
    let entries = prepared.entries.clone();
    let mut quitting = false;
    for (i, m) in entries.into_iter().enumerate() {
        if quitting {
            if prepared.on_exit != Some(i) {
                continue;
            }
            prepared.interp.clear_quit();
        }
        // Only the startup method (or a lone file) gets the parameters, and
        // only it may run preemptively; database methods are cooperative
        // (docs/session.md §8.2).
        let is_main = prepared.main == Some(i);
        let args = if is_main {
            match params::convert(&m, params) {
                Ok(args) => args,
                Err(e) => return Outcome::Failed(e),
            }
        } else {
            Vec::new()
        };
        prepared.interp.preemptive = is_main && m.attributes.preemptive == Preemptive::Capable;
        let mut r = prepared.interp.run_method(m, args);
        prepared.interp.preemptive = false;
        // The main method has ended: the other processes run out
        // (docs/processes.md).
        if is_main && r.is_ok() && !prepared.interp.quit_requested() {
            r = prepared
                .interp
                .run_pending_processes()
                .map(|()| Default::default());
        }
        let quit = match &r {
            Err(e) => Interp::is_quit(e),
            Ok(_) => prepared.interp.quit_requested(),
        };
        if quit {
            if quitting || prepared.on_exit == Some(i) {
                break;
            }
            quitting = true;
            continue;
        }
        if let Err(e) = r {
            prepared.interp.flush();
            return if Interp::is_abort(&e) {
                Outcome::Aborted
            } else {
                Outcome::Failed(e)
            };
        }
    }
    prepared.interp.flush();
    Outcome::Finished
}
