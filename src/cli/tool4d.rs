//! tool4d's command line on `fourd run` (4d/docs docs/Admin/cli.md, "Launch a
//! 4D application" and "tool4d"), so that a CI job swaps `tool4d` for `fourd
//! run` and keeps its arguments. Each option either takes tool4d's meaning
//! or, when it cannot apply to fourd, is accepted with one line on stderr
//! saying so, and the run goes on, as tool4d ignores what it does not use.
//! docs/tool4d.md has the table.

use std::ffi::OsString;
use std::path::PathBuf;

/// The options of tool4d that `fourd run` takes beside its own.
#[derive(clap::Args, Clone, Default)]
pub struct Tool4dArgs {
    /// The project to open: its `.4DProject` file or its folder (tool4d's `--project`).
    #[arg(long, value_name = "PATH")]
    pub project: Option<PathBuf>,
    /// Skip the On Startup and On Exit database methods (tool4d's `--skip-onstartup`).
    #[arg(long)]
    pub skip_onstartup: bool,
    /// Open no data file, even one named by --data (tool4d's `--dataless`).
    #[arg(long)]
    pub dataless: bool,
    /// When --data FILE does not exist, start with an empty datastore and write it there at the end.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub create_data: Option<bool>,
    /// interpreted or compiled: fourd checks the whole project, then interprets it.
    #[arg(long, value_name = "MODE")]
    pub opening_mode: Option<String>,
    /// Accepted: fourd always runs headless.
    #[arg(long)]
    pub headless: bool,
    /// 4D Server's utility mode: fourd runs the same sequence without it.
    #[arg(long)]
    pub utility: bool,
    /// WebAdmin options, which tool4d does not have: accepted and ignored.
    #[arg(long, value_name = "FILE")]
    pub webadmin_settings_file: Option<String>,
    #[arg(long, value_name = "KEY", hide = true)]
    pub webadmin_access_key: Option<String>,
    #[arg(long, value_name = "BOOL", hide = true)]
    pub webadmin_auto_start: Option<String>,
    #[arg(long, hide = true)]
    pub webadmin_store_settings: bool,
}

impl Tool4dArgs {
    /// The lines saying which options do not apply (one each; the run goes on).
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(mode) = &self.opening_mode {
            match mode.to_ascii_lowercase().as_str() {
                "interpreted" => {}
                "compiled" => notes.push(
                    "fourd: --opening-mode compiled: fourd checks the whole project before it runs (as 4D compiles it), then interprets it".to_string(),
                ),
                other => notes.push(format!(
                    "fourd: --opening-mode {other}: not interpreted or compiled; ignored"
                )),
            }
        }
        if self.utility {
            notes.push(
                "fourd: --utility is 4D Server's; fourd runs the same sequence without it"
                    .to_string(),
            );
        }
        let webadmin = self.webadmin_settings_file.is_some()
            || self.webadmin_access_key.is_some()
            || self.webadmin_auto_start.is_some()
            || self.webadmin_store_settings;
        if webadmin {
            notes.push(
                "fourd: --webadmin-* options are ignored (tool4d has no WebAdmin server either)"
                    .to_string(),
            );
        }
        notes
    }
}

/// The project or file to run: PATH or `--project PATH` (one of them, or
/// both naming the same thing).
pub fn target(path: Option<PathBuf>, project: Option<PathBuf>) -> Result<PathBuf, String> {
    match (path, project) {
        (Some(p), Some(q)) if p != q => Err(format!(
            "fourd run: both PATH ({}) and --project ({}) name what to run; give one",
            p.display(),
            q.display()
        )),
        (Some(p), _) | (None, Some(p)) => Ok(p),
        (None, None) => Err("fourd run: nothing to run: give a PATH or --project PATH".to_string()),
    }
}

/// What the data options make of `--data` and `--save-data`: the fixtures
/// to start from and the file to write at the end, plus a note when one
/// does not apply. `--dataless` opens no data (cli.md: "No file containing
/// data is opened, even if specified in the command line"); `--create-data`
/// with a `--data` file that does not exist starts empty and creates it
/// when the run ends, as 4D creates the data file it names.
pub fn data_files(
    args: &Tool4dArgs,
    data: Option<PathBuf>,
    save_data: Option<PathBuf>,
) -> (Option<PathBuf>, Option<PathBuf>, Vec<String>) {
    let mut notes = Vec::new();
    if args.dataless {
        if let Some(d) = &data {
            notes.push(format!(
                "fourd: --dataless: {} is not opened; the datastore starts empty",
                d.display()
            ));
        }
        return (None, save_data, notes);
    }
    if args.create_data == Some(true)
        && let Some(d) = &data
        && !d.exists()
    {
        let save = save_data.or_else(|| Some(d.clone()));
        return (None, save, notes);
    }
    (data, save_data, notes)
}

/// tool4d's examples write `--create-data true`; clap would take a value
/// after a space for a PATH. The two words are joined into
/// `--create-data=true` before parsing, so either spelling works.
pub fn join_boolean_values(args: Vec<OsString>) -> Vec<OsString> {
    let mut out: Vec<OsString> = Vec::with_capacity(args.len());
    let mut iter = args.into_iter().peekable();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            out.push(arg);
            out.extend(iter);
            break;
        }
        let joins = arg == "--create-data"
            && iter.peek().is_some_and(|next| {
                let next = next.to_string_lossy().to_ascii_lowercase();
                next == "true" || next == "false"
            });
        match iter.next_if(|_| joins) {
            Some(value) => {
                let mut joined = arg;
                joined.push("=");
                joined.push(value);
                out.push(joined);
            }
            None => out.push(arg),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn create_data_true_after_a_space_is_its_value() {
        // 4d/docs docs/Admin/cli.md: "--opening-mode compiled --create-data true".
        assert_eq!(
            join_boolean_values(os(&["run", "--create-data", "true", "p"])),
            os(&["run", "--create-data=true", "p"])
        );
        assert_eq!(
            join_boolean_values(os(&["run", "--create-data", "p"])),
            os(&["run", "--create-data", "p"])
        );
        assert_eq!(
            join_boolean_values(os(&["run", "p", "--", "--create-data", "true"])),
            os(&["run", "p", "--", "--create-data", "true"])
        );
    }

    #[test]
    fn path_and_project_name_one_target() {
        assert_eq!(target(None, Some("a".into())).unwrap(), PathBuf::from("a"));
        assert_eq!(target(Some("a".into()), None).unwrap(), PathBuf::from("a"));
        assert!(target(Some("a".into()), Some("b".into())).is_err());
        assert!(target(None, None).is_err());
    }

    #[test]
    fn dataless_opens_no_data_and_create_data_creates_the_named_file() {
        let dataless = Tool4dArgs {
            dataless: true,
            ..Default::default()
        };
        let (data, save, notes) = data_files(&dataless, Some("x.json".into()), None);
        assert!(data.is_none() && save.is_none());
        assert_eq!(notes.len(), 1);
        let create = Tool4dArgs {
            create_data: Some(true),
            ..Default::default()
        };
        let missing = PathBuf::from("/nonexistent/fourd/data.json");
        let (data, save, notes) = data_files(&create, Some(missing.clone()), None);
        assert_eq!((data, save), (None, Some(missing)));
        assert!(notes.is_empty());
    }
}
