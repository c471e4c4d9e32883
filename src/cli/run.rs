//! `fourd run PATH [-- PARAMS...]` and `fourd eval EXPR` (in the project of
//! the current folder, if there is one).

use super::exit::{FAILED, OK, USAGE};
use super::sandbox::SandboxArgs;
use super::tool4d::{self, Tool4dArgs};
use crate::diag::{self, Diagnostic};
use crate::eval::{Limits, Output};
use crate::runner::{self, Outcome, RunOptions};
use crate::startup::SessionArgs;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
pub struct LimitArgs {
    /// Stop after this many statements (and loop passes).
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u64>,
    /// Stop after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Deepest call nesting allowed (4D's stack is finite too).
    #[arg(long, value_name = "N", default_value_t = crate::eval::limits::DEFAULT_MAX_DEPTH)]
    pub max_depth: usize,
    /// Run by walking the syntax tree, without compiling methods (slower;
    /// the reference the compiled form is tested against).
    #[arg(long)]
    pub tree_walk: bool,
}

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        let mut limits = Limits::default();
        limits.max_steps = self.max_steps;
        limits.timeout = self
            .timeout
            .filter(|t| t.is_finite() && *t > 0.0)
            .map(Duration::from_secs_f64);
        limits.max_depth = self.max_depth.max(1);
        limits
    }
}

#[derive(clap::Args)]
pub struct RunArgs {
    /// A .4dm file, a folder of them (runs main.4dm), a 4D project folder or
    /// its .4DProject file (or name it with --project, as tool4d does).
    path: Option<PathBuf>,
    #[command(flatten)]
    tool4d: Tool4dArgs,
    #[command(flatten)]
    session: SessionArgs,
    /// Run this project method (after On Startup), as tool4d does.
    #[arg(long, value_name = "NAME")]
    startup_method: Option<String>,
    /// What Get database parameter(User param value) returns.
    #[arg(long, value_name = "TEXT", default_value = "")]
    user_param: String,
    /// Let the script start programs (LAUNCH EXTERNAL PROCESS); refused otherwise.
    #[arg(long)]
    allow_exec: bool,
    /// Start the datastore from this fixtures file (JSON; see docs/datastore.md).
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,
    /// Write the datastore to this file (same format) when the run ends.
    #[arg(long, value_name = "FILE")]
    save_data: Option<PathBuf>,
    #[command(flatten)]
    sandbox: SandboxArgs,
    #[command(flatten)]
    limits: LimitArgs,
    /// Parameters passed to the method ($1, … / #DECLARE).
    #[arg(last = true)]
    params: Vec<String>,
}

/// Prints diagnostics to stderr, as ariadne reports on a terminal.
pub fn report(diags: &[Diagnostic]) {
    let color = diag::use_color(&std::io::stderr());
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for d in diags {
        let _ = writeln!(err, "{}", diag::render_report(d, color).trim_end());
    }
}

pub fn run(args: RunArgs) -> i32 {
    if let Err(e) = args.sandbox.check() {
        eprintln!("{e}");
        return USAGE;
    }
    let path = match tool4d::target(args.path, args.tool4d.project.clone()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return USAGE;
        }
    };
    let (data, save_data, data_notes) = tool4d::data_files(&args.tool4d, args.data, args.save_data);
    for note in args.tool4d.notes().iter().chain(&data_notes) {
        eprintln!("{note}");
    }
    let options = RunOptions {
        skip_onstartup: args.tool4d.skip_onstartup,
        startup_method: args.startup_method,
        user_param: args.user_param,
        params: args.params,
        limits: args.limits.limits(),
        tree_walk: args.limits.tree_walk,
        allow_exec: args.allow_exec,
        display_base: None,
        data,
        save_data,
        allow_paths: args.sandbox.allow_path.clone(),
        keep_temp: args.sandbox.keep_temp,
    };
    let mut prepared = match runner::prepare(&path, &args.session, &options, Output::std()) {
        Ok(p) => p,
        Err(diags) => {
            report(&diags);
            return USAGE;
        }
    };
    report(&prepared.warnings);
    let outcome = runner::run(&mut prepared, &options.params);
    if let Outcome::Failed(e) = &outcome {
        report(&[runner::error_diagnostic(e)]);
    }
    runner::exit_code(&outcome)
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// A 4D expression (its value is printed) or one line of code.
    expr: String,
    #[command(flatten)]
    session: SessionArgs,
    #[command(flatten)]
    sandbox: SandboxArgs,
    #[command(flatten)]
    limits: LimitArgs,
}

/// The 4D project the current folder is in (it or one of its parents holds
/// `Project/Sources`): `fourd eval` and `fourd repl` use it, as `fourd
/// session` does, when no project is named.
/// The path is relative (`.`, `..`, …), so what is shown of it stays short.
pub fn project_here() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let up = cwd
        .ancestors()
        .position(|dir| dir.join("Project").join("Sources").is_dir())?;
    Some(if up == 0 {
        PathBuf::from(".")
    } else {
        (0..up).map(|_| "..").collect()
    })
}

pub fn eval(args: EvalArgs) -> i32 {
    if let Err(e) = args.sandbox.check() {
        eprintln!("{e}");
        return USAGE;
    }
    let project = project_here();
    let limits = args.limits.limits();
    let mut repl = match crate::repl::Repl::new(args.session, limits, project.as_deref()) {
        Ok(r) => r,
        Err(d) => {
            report(&d);
            return USAGE;
        }
    };
    repl.set_tree_walk(args.limits.tree_walk);
    repl.set_sandbox(args.sandbox.allow_path.clone(), args.sandbox.keep_temp);
    match crate::repl::eval_entry(&mut repl.interp, &args.expr, "<eval>") {
        crate::repl::EntryResult::Value(text) => {
            println!("{text}");
            OK
        }
        crate::repl::EntryResult::Done => OK,
        crate::repl::EntryResult::Aborted => FAILED,
        crate::repl::EntryResult::Incomplete => {
            eprintln!(
                "fourd: the expression is incomplete (an open block, or a line ending in \\)"
            );
            USAGE
        }
        crate::repl::EntryResult::Errors(diags, runtime) => {
            report(&diags);
            if runtime { FAILED } else { USAGE }
        }
    }
}
