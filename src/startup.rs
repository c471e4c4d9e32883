//! Starting a session: the session options every command shares (`--directory`,
//! `--user`, `--password`, `--mode`, …), the fourd session file, the project's
//! `Settings/directory.json`, and the login (docs/session.md §2–§4). A bad file is a
//! located startup error; nothing of it is half-loaded.

use crate::diag::{Code, Diagnostic};
use crate::session::{self, Directory, Session, SessionFlags, SessionOptions, StartupError};
use crate::source::{SourceFile, Span};
use std::path::{Path, PathBuf};

/// The session options of the command line.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct SessionArgs {
    /// The users and groups file (4D's directory.json).
    #[arg(long, value_name = "FILE")]
    pub directory: Option<PathBuf>,
    /// Log in as this user (client/server modes).
    #[arg(long)]
    pub user: Option<String>,
    /// The user's password.
    #[arg(long)]
    pub password: Option<String>,
    /// local (single-user, the default), remote (4D client) or server (4D Server).
    #[arg(long, value_name = "local|remote|server")]
    pub mode: Option<String>,
    /// Application type by number or constant name (overrides --mode).
    #[arg(long, value_name = "N|NAME")]
    pub app_type: Option<String>,
    /// Demonstration mode: every licence check is False.
    #[arg(long)]
    pub demo: bool,
    /// A licence pool: --license "4D Write license=2" (repeatable).
    #[arg(long, value_name = "ID=COUNT")]
    pub license: Vec<String>,
    /// The fourd session file (default: fourd.json in the project root).
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
}

fn located(err: &StartupError, text: Option<&str>) -> Diagnostic {
    let mut d = Diagnostic::error(Code::Startup, err.message.clone());
    match (&err.path, text, &err.span) {
        (Some(path), Some(text), Some(span)) => {
            let file = SourceFile::new(path.clone(), text.to_string());
            d = d.at(&file, Span::new(span.start, span.end));
        }
        (Some(path), _, _) => d.message = format!("{}: {}", path.display(), err.message),
        _ => {}
    }
    d
}

fn read(path: &Path) -> Result<String, Diagnostic> {
    std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::error(
            Code::Startup,
            format!("cannot read {}: {e}", path.display()),
        )
    })
}

/// Starts the session a run uses. `root` is the project (or lone file's)
/// folder, where `fourd.json` and `Settings/directory.json` are looked for.
/// Returns the session and the warnings worth showing.
pub fn start_session(
    args: &SessionArgs,
    root: Option<&Path>,
) -> Result<(Session, Vec<Diagnostic>), Diagnostic> {
    let session_file = args
        .session
        .clone()
        .or_else(|| root.map(|r| r.join("fourd.json")).filter(|p| p.is_file()));
    let mut options = match &session_file {
        Some(path) => {
            let text = read(path)?;
            SessionOptions::from_json(&text, Some(path)).map_err(|e| located(&e, Some(&text)))?
        }
        None => SessionOptions::default(),
    };
    let app_type = args.app_type.clone().or_else(|| {
        args.mode
            .as_deref()
            .map(|m| match m.to_ascii_lowercase().as_str() {
                "local" => "4D Local mode".to_string(),
                "remote" => "4D Remote mode".to_string(),
                "server" => "4D Server".to_string(),
                other => other.to_string(),
            })
    });
    if let Some(m) = &args.mode
        && !matches!(
            m.to_ascii_lowercase().as_str(),
            "local" | "remote" | "server"
        )
    {
        return Err(Diagnostic::error(
            Code::Startup,
            format!("--mode {m}: expected local, remote or server"),
        ));
    }
    let flags = SessionFlags {
        app_type,
        user: args.user.clone(),
        password: args.password.clone(),
        demo: args.demo,
        directory: args.directory.clone(),
        licenses: args.license.clone(),
    };
    options.apply_flags(&flags).map_err(|e| located(&e, None))?;
    let directory_path = options
        .directory
        .clone()
        .or_else(|| root.and_then(session::locate_directory));
    let mut warnings = Vec::new();
    let directory = match &directory_path {
        Some(path) => {
            let text = read(path)?;
            let (dir, w) =
                session::load_directory(&text, Some(path)).map_err(|e| located(&e, Some(&text)))?;
            warnings.extend(
                w.iter()
                    .map(|w| Diagnostic::warning(Code::Startup, w.to_string())),
            );
            dir
        }
        None => Directory::built_ins(),
    };
    let (session, w) = Session::start(&options, directory).map_err(|e| located(&e, None))?;
    warnings.extend(
        w.iter()
            .map(|w| Diagnostic::warning(Code::Startup, w.to_string())),
    );
    Ok((session, warnings))
}
