//! The REPL's state: one interpreter and one session for all entries, and the
//! `:` commands. Line editing is elsewhere (`terminal.rs`), so this is what the
//! transcript tests drive.

use super::entry::{EntryResult, eval_entry};
use crate::diag::{self, Diagnostic};
use crate::eval::{Interp, Limits, Output, Program};
use crate::project::{self, Target, UnitKind};
use crate::startup::{SessionArgs, start_session};
use std::path::{Path, PathBuf};

/// What the REPL shows after an entry or a command.
#[derive(Debug, Default)]
pub struct Reply {
    /// Lines to print (values, command output).
    pub lines: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// `:quit`.
    pub quit: bool,
    /// The entry failed (an error or `ABORT`): piped input then exits with 1.
    pub failed: bool,
}

impl Reply {
    fn line(s: impl Into<String>) -> Reply {
        Reply {
            lines: vec![s.into()],
            ..Reply::default()
        }
    }
}

pub struct Repl {
    pub interp: Interp,
    session_args: SessionArgs,
    limits: Limits,
    /// `--tree-walk` (kept for `:reset`).
    tree_walk: bool,
    /// `--allow-path` folders and `--keep-temp` (kept for `:reset`).
    sandbox: (Vec<PathBuf>, bool),
    /// Projects or files loaded (kept for `:reset`).
    loaded: Vec<PathBuf>,
    /// The folder whose `Settings/directory.json` and `fourd.json` apply.
    root: Option<PathBuf>,
    entries: usize,
    /// The loaded methods and classes, for `:help NAME`.
    pub(super) items: Vec<super::project_help::Item>,
}

impl Repl {
    /// Starts a REPL session, optionally on a project (its methods and directory).
    pub fn new(
        session_args: SessionArgs,
        limits: Limits,
        project: Option<&Path>,
    ) -> Result<Repl, Vec<Diagnostic>> {
        let root = match project {
            None => None,
            Some(p) => match project::classify(p).map_err(|d| vec![d])? {
                Target::Project(root) | Target::Folder(root) => Some(root),
                Target::File(f) => f.parent().map(Path::to_path_buf),
            },
        };
        let (session, warnings) =
            start_session(&session_args, root.as_deref()).map_err(|d| vec![d])?;
        let mut interp = Interp::new(
            Program::empty(crate::builtins::natives()),
            session,
            Output::std(),
        );
        interp.limits = limits.clone();
        let mut repl = Repl {
            interp,
            session_args,
            limits,
            tree_walk: false,
            sandbox: (Vec::new(), false),
            loaded: Vec::new(),
            root,
            entries: 0,
            items: Vec::new(),
        };
        let mut warnings = warnings;
        if let Some(p) = project {
            let reply = repl.load(p);
            if reply.diagnostics.iter().any(Diagnostic::is_error) {
                return Err(reply.diagnostics);
            }
            warnings.extend(reply.diagnostics);
        }
        if !warnings.is_empty() {
            eprintln!(
                "{}",
                warnings
                    .iter()
                    .map(diag::render_plain)
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        Ok(repl)
    }

    /// Runs every entry by walking its tree (`--tree-walk`).
    pub fn set_tree_walk(&mut self, on: bool) {
        self.tree_walk = on;
        self.interp.tree_walk = on;
    }

    /// `--allow-path` folders and `--keep-temp`, for file commands.
    pub fn set_sandbox(&mut self, allow: Vec<PathBuf>, keep_temp: bool) {
        self.interp.allow_paths = allow.clone();
        self.interp.keep_temp = keep_temp;
        self.sandbox = (allow, keep_temp);
    }

    /// Replaces where script output goes (transcript tests capture it).
    pub fn set_output(&mut self, out: Output) {
        self.interp.out = out;
    }

    /// Runs one complete entry (or `:` command).
    pub fn handle(&mut self, text: &str) -> Reply {
        let trimmed = text.trim();
        if let Some(cmd) = trimmed.strip_prefix(':') {
            return self.command(cmd);
        }
        if trimmed.is_empty() {
            return Reply::default();
        }
        self.entries += 1;
        let name = format!("<entry {}>", self.entries);
        self.run_entry(text, &name)
    }

    /// Runs one entry of 4D code, naming it `name` in diagnostics.
    pub fn run_entry(&mut self, text: &str, name: &str) -> Reply {
        let (reply, failed) = match eval_entry(&mut self.interp, text, name) {
            EntryResult::Value(v) => (Reply::line(v), false),
            EntryResult::Done => (Reply::default(), false),
            EntryResult::Aborted => (Reply::default(), true),
            EntryResult::Incomplete => (
                Reply {
                    diagnostics: vec![incomplete()],
                    ..Reply::default()
                },
                true,
            ),
            EntryResult::Errors(diags, _) => (
                Reply {
                    diagnostics: diags,
                    ..Reply::default()
                },
                true,
            ),
        };
        Reply { failed, ..reply }
    }

    fn command(&mut self, cmd: &str) -> Reply {
        let mut words = cmd.split_whitespace();
        let name = words.next().unwrap_or("");
        let rest: Vec<&str> = words.collect();
        match name {
            "q" | "quit" | "exit" => Reply {
                quit: true,
                ..Reply::default()
            },
            "h" | "help" => Reply {
                lines: super::project_help::help(&self.items, &rest.join(" ")),
                ..Reply::default()
            },
            "session" => Reply {
                lines: self.session_lines(),
                ..Reply::default()
            },
            "user" => self.change_user(&rest),
            "load" => match rest.first() {
                Some(_) => self.load(Path::new(&rest.join(" "))),
                None => Reply::line("usage: :load FILE-OR-PROJECT"),
            },
            "reset" => self.reset(),
            "data" => Reply {
                lines: self.data_lines(),
                ..Reply::default()
            },
            other => Reply {
                failed: true,
                ..Reply::line(format!("unknown command :{other} (try :help)"))
            },
        }
    }

    /// `:user NAME [PASSWORD]`: `CHANGE CURRENT USER`, without putting the password
    /// in the entry (nor in the history).
    fn change_user(&mut self, args: &[&str]) -> Reply {
        let Some(user) = args.first() else {
            return Reply::line("usage: :user NAME [PASSWORD]");
        };
        let password = args.get(1..).map(|p| p.join(" ")).unwrap_or_default();
        let user_ref = match user.parse::<i64>() {
            Ok(id) => crate::session::UserRef::Id(id),
            Err(_) => crate::session::UserRef::Name(user),
        };
        match self.interp.session.change_current_user(user_ref, &password) {
            Ok(()) if self.interp.session.kind().is_single_user() => Reply::line(
                "single-user mode: CHANGE CURRENT USER has no effect (the account is always the Designer)",
            ),
            Ok(()) => Reply {
                lines: self.session_lines(),
                ..Reply::default()
            },
            Err(e) => Reply::line(format!("error {} ({}): {}", e.code, e.signature, e.message)),
        }
    }

    /// `:session`: who is logged in, their groups, the plug-ins and licences.
    pub fn session_lines(&mut self) -> Vec<String> {
        let s = &self.interp.session;
        let mut lines = Vec::new();
        let account = s.current_user(1).unwrap_or_default().to_string();
        let alias = s.current_user(2).unwrap_or_default().to_string();
        lines.push(format!("application: {}", s.kind().name()));
        lines.push(if alias.is_empty() {
            format!("user: {account}")
        } else {
            format!("user: {account} (alias {alias})")
        });
        let groups = s.get_group_access().unwrap_or_default().join(", ");
        lines.push(format!(
            "groups: {}",
            if groups.is_empty() {
                "(none)"
            } else {
                groups.as_str()
            }
        ));
        let account_id = s.account();
        for p in s.plugins() {
            let group = s.get_plugin_access(p.id).unwrap_or_default();
            let held = if p.holders.contains(&account_id) {
                "held"
            } else {
                "not held"
            };
            let group = if group.is_empty() {
                "(any group)"
            } else {
                group
            };
            let pool = match p.pool {
                crate::session::Pool::Count(n) => n.to_string(),
                crate::session::Pool::Unlimited => "unlimited".to_string(),
            };
            lines.push(format!(
                "plug-in {} {}: group {group}, pool {pool}, licence {held}",
                p.id, p.name
            ));
        }
        if s.plugins().is_empty() {
            lines.push("plug-ins: none installed".to_string());
        }
        lines
    }

    /// `:load PATH`: makes a file's (or project's) methods callable.
    fn load(&mut self, path: &Path) -> Reply {
        let target = match project::classify(path) {
            Ok(t) => t,
            Err(d) => {
                return Reply {
                    diagnostics: vec![d],
                    ..Reply::default()
                };
            }
        };
        let cwd = std::env::current_dir().unwrap_or_default();
        // As `fourd run`: a project loads only when all of it checks clean; a
        // file's or a folder's methods load when they do, and one with errors
        // is named in a warning and fails when called.
        let lenient = !matches!(target, Target::Project(_));
        let (project, errors) = match target {
            Target::Project(root) => project::load_project(&root, &cwd),
            Target::File(f) => project::load_for_file(&f, &cwd),
            Target::Folder(dir) => project::load_folder(&dir, false, &cwd),
        };
        let mut warnings = Vec::new();
        if !errors.is_empty() {
            if !lenient {
                return Reply {
                    diagnostics: errors,
                    ..Reply::default()
                };
            }
            warnings.extend(errors.iter().map(|d| {
                Diagnostic::warning(
                    d.code.clone(),
                    format!("not loaded: {}", diag::render_plain(d)),
                )
            }));
        }
        let sets = vec![project::CheckSet {
            project,
            only: None,
        }];
        let parsed = crate::check::check_sets(&sets, false, None);
        let units = parsed.into_iter().next().unwrap_or_default();
        let blocking: Vec<Diagnostic> = units
            .iter()
            .filter(|u| !lenient || u.kind != UnitKind::Method)
            .flat_map(|u| u.diagnostics.iter().filter(|d| d.is_error()).cloned())
            .collect();
        if !blocking.is_empty() {
            return Reply {
                diagnostics: blocking,
                ..Reply::default()
            };
        }
        // A project brings its structure: an empty datastore, and table names the
        // entries' lexer knows (`[People]`).
        if sets[0].project.is_project && self.interp.db.is_none() {
            match crate::database_startup::open_database(sets[0].project.root.as_deref(), None) {
                Ok(db) => self.interp.db = db.map(Box::new),
                Err(d) => {
                    return Reply {
                        diagnostics: vec![d],
                        ..Reply::default()
                    };
                }
            }
            for t in &sets[0].project.table_names {
                self.interp.program.names.add_table(t);
            }
        }
        let names = sets[0].project.method_names();
        let count = names.len();
        super::project_help::add_items(&mut self.items, &sets[0].project.units);
        let program = &mut self.interp.program;
        let offset = program.methods.len();
        program.add_methods(&names, &units);
        for (name, first) in program.set_aside_broken(offset, &units) {
            let why = diag::render_plain(first);
            warnings.push(Diagnostic::warning(
                first.code.clone(),
                format!("method '{name}' has errors and fails when called: {why}"),
            ));
        }
        if !self.loaded.iter().any(|p| p == path) {
            self.loaded.push(path.to_path_buf());
        }
        Reply {
            diagnostics: warnings,
            ..Reply::line(format!("loaded {count} method(s) from {}", path.display()))
        }
    }

    /// `:data`: each table of the structure with its record count.
    fn data_lines(&mut self) -> Vec<String> {
        let p = self.interp.db_process();
        let Some(db) = self.interp.db.as_deref() else {
            return vec!["no structure: :load a 4D project with a catalog.4DCatalog".to_string()];
        };
        let structure = db.store.structure().clone();
        structure
            .tables
            .iter()
            .enumerate()
            .map(|(t, table)| {
                let n = db.store.records_in_table_for(p, t);
                format!("[{}] ({}): {n} record(s)", table.name, table.number)
            })
            .collect()
    }

    /// `:reset`: a fresh session and no variables; loaded methods stay.
    fn reset(&mut self) -> Reply {
        match start_session(&self.session_args, self.root.as_deref()) {
            Ok((session, _)) => {
                let out = std::mem::replace(&mut self.interp.out, Output::std());
                let mut interp =
                    Interp::new(Program::empty(crate::builtins::natives()), session, out);
                interp.limits = self.limits.clone();
                interp.tree_walk = self.tree_walk;
                interp.allow_paths = self.sandbox.0.clone();
                interp.keep_temp = self.sandbox.1;
                self.interp = interp;
                for p in self.loaded.clone() {
                    self.load(&p);
                }
                Reply::line("session reset")
            }
            Err(d) => Reply {
                diagnostics: vec![d],
                ..Reply::default()
            },
        }
    }

    /// Names in scope, for completion: locals, process variables, methods.
    pub fn variable_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .interp
            .program
            .entry_scope
            .names()
            .iter()
            .map(|n| n.to_string())
            .collect();
        names.extend(
            self.interp
                .program
                .process
                .names
                .iter()
                .map(|n| n.to_string()),
        );
        names.extend(
            self.interp
                .program
                .project_method_names()
                .map(|n| n.to_string()),
        );
        names
    }
}

fn incomplete() -> Diagnostic {
    Diagnostic::error(
        crate::diag::Code::Check("syntax"),
        "the entry is incomplete (an open block, or a line ending in \\)",
    )
}

/// Where the REPL keeps its history: `$XDG_DATA_HOME/fourd/history`, else
/// `~/.local/share/fourd/history`.
pub fn history_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share"))
        })?;
    Some(base.join("fourd").join("history"))
}

/// Entries that may carry a password are not kept in the history.
pub fn may_hold_password(entry: &str) -> bool {
    let lower = entry.to_lowercase();
    lower.trim_start().starts_with(":user")
        || [
            "change current user",
            "validate password",
            "set user properties",
            "password",
        ]
        .iter()
        .any(|w| lower.contains(w))
}
