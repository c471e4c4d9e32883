//! `fourd session [PATH] [--json]`: the session a run would start with.

use crate::project::{self, Target};
use crate::session::DescribeFormat;
use crate::startup::{SessionArgs, start_session};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct SessionCmdArgs {
    /// A project folder or a .4dm file (default: the current folder).
    path: Option<PathBuf>,
    #[command(flatten)]
    session: SessionArgs,
    /// Print JSON for tools.
    #[arg(long)]
    json: bool,
}

pub fn run(args: SessionCmdArgs) -> i32 {
    let path = args.path.unwrap_or_else(|| PathBuf::from("."));
    let root = match project::classify(&path) {
        Ok(Target::Project(root)) => Some(root),
        Ok(Target::File(f)) => f.parent().map(|p| {
            if p.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                p.to_path_buf()
            }
        }),
        Ok(Target::Folder(dir)) => Some(dir),
        Err(d) => {
            super::run::report(&[d]);
            return 2;
        }
    };
    match start_session(&args.session, root.as_deref()) {
        Ok((session, warnings)) => {
            super::run::report(&warnings);
            let format = if args.json {
                DescribeFormat::Json
            } else {
                DescribeFormat::Text
            };
            print!("{}", session.describe(format));
            0
        }
        Err(d) => {
            super::run::report(&[d]);
            2
        }
    }
}
