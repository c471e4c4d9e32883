//! `fourd repl [PROJECT]`: the interactive 4D console.

use super::run::{LimitArgs, report};
use super::sandbox::SandboxArgs;
use crate::repl::{Repl, run_piped, run_terminal};
use crate::startup::SessionArgs;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ReplArgs {
    /// A project, folder or .4dm file whose methods (and directory) to load
    /// (default: the 4D project the current folder is in, if any).
    project: Option<PathBuf>,
    #[command(flatten)]
    session: SessionArgs,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    sandbox: SandboxArgs,
}

pub fn run(args: ReplArgs) -> i32 {
    if let Err(e) = args.sandbox.check() {
        eprintln!("{e}");
        return super::exit::USAGE;
    }
    let mut limits = args.limits.limits();
    // A runaway loop in an entry should not need a kill: bound time by default.
    if limits.timeout.is_none() && limits.max_steps.is_none() {
        limits.max_steps = Some(1_000_000_000);
    }
    // No project named: the one the current folder is in, if any.
    let project = args.project.or_else(super::run::project_here);
    let mut repl = match Repl::new(args.session, limits, project.as_deref()) {
        Ok(r) => r,
        Err(d) => {
            report(&d);
            return super::exit::USAGE;
        }
    };
    repl.set_tree_walk(args.limits.tree_walk);
    repl.set_sandbox(args.sandbox.allow_path.clone(), args.sandbox.keep_temp);
    if std::io::stdin().is_terminal() {
        run_terminal(repl)
    } else {
        run_piped(&mut repl)
    }
}
