//! The command line: `run`, `check`, `test`, `repl`, `eval`, `session`, `commands`, `ast`.
//! Each subcommand lives in its own file; this one parses arguments and
//! dispatches.

mod ast;
mod check;
mod commands;
pub mod exit;
mod repl;
mod run;
mod sandbox;
mod session;
mod test;
mod tool4d;

use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

/// Stack size of the thread that runs fourd (virtual memory; pages are only
/// used as deep code needs them).
pub const STACK_SIZE: usize = 1 << 30;

#[derive(Parser)]
#[command(
    name = "fourd",
    version,
    about = "Run, check and test 4D code without a 4D server"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to colour reports and diffs: auto (on a terminal, unless NO_COLOR
    /// is set), always (CI logs), never.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

/// `--color`'s values.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Run a .4dm file, a folder (its main.4dm) or a 4D project (On Startup).
    Run(Box<run::RunArgs>),
    /// The interactive 4D console (piped input: one result per line).
    Repl(repl::ReplArgs),
    /// Print the value of one 4D expression (or run one line).
    Eval(run::EvalArgs),
    /// Check 4D code without running it: syntax, blocks, the preemptive rule.
    Check(check::CheckArgs),
    /// Print the session a run would start with: users, groups, plug-ins, licences.
    Session(session::SessionCmdArgs),
    /// Run golden-file tests: NAME.4dm beside NAME.out (stdout) and/or NAME.err (diagnostics).
    Test(test::TestArgs),
    /// List the 4D commands fourd implements (--json for tools).
    Commands(commands::CommandsArgs),
    /// Print the syntax tree of a `.4dm` file (for debugging fourd itself).
    Ast {
        /// The file to parse (with --compiled: a file, folder or project).
        file: PathBuf,
        /// Print the compiled form instead: the specialisation each statement
        /// and expression got.
        #[arg(long)]
        compiled: bool,
    },
}

/// Runs the command line; returns the process exit status.
pub fn main(args: Vec<OsString>) -> i32 {
    let cli = match Cli::try_parse_from(tool4d::join_boolean_values(args)) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return code;
        }
    };
    crate::diag::set_color_choice(match cli.color {
        Color::Auto => crate::diag::ColorChoice::Auto,
        Color::Always => crate::diag::ColorChoice::Always,
        Color::Never => crate::diag::ColorChoice::Never,
    });
    match cli.command {
        Command::Run(args) => run::run(*args),
        Command::Eval(args) => run::eval(args),
        Command::Repl(args) => repl::run(args),
        Command::Check(args) => check::run(args),
        Command::Test(args) => test::run(args),
        Command::Session(args) => session::run(args),
        Command::Commands(args) => commands::run(args),
        Command::Ast {
            file,
            compiled: true,
        } => ast::compiled(&file),
        Command::Ast { file, .. } => check::ast(&file),
    }
}
