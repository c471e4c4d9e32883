//! The folders 4D names: `Get 4D folder`, `Temporary folder`, `System folder`
//! (docs/commands/get-4d-folder.md, temporary-folder.md, system-folder.md),
//! answered by the files engine's sandbox (`crate::files`, docs/files.md):
//! project folders are the project's own, a desktop's folders are inside the
//! run's temporary folder. Paths are system paths ending with `/`.
//!
//! The sandbox is made the first time a file command runs and lives as long
//! as the interpreter (its temporary folder is removed with it); every file
//! command, `File`/`Folder` object and document shares it ([`files`]).

use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value, VarType};
use crate::files::{Files, Place, Sandbox, SandboxConfig, SystemFolder};

/// The run's files (its sandbox and open documents), made on first use.
#[derive(Default)]
pub struct RunFiles {
    files: Option<Files>,
}

impl RunFiles {
    /// Whether something is at `path` and the sandbox lets the run reach it.
    pub fn exists(&self, path: &std::path::Path) -> bool {
        let Some(files) = &self.files else {
            return false;
        };
        let shown = path.display().to_string();
        files
            .sandbox()
            .resolve(path, &shown)
            .is_ok_and(|real| real.exists())
    }
}

/// The run's files: the sandbox of the project folder (or the running
/// file's folder), the run's temporary folder and the `--allow-path`
/// folders, with the documents the run has open. Every file command and
/// `File`/`Folder` member goes through this one value.
pub fn files(it: &mut Interp) -> Result<&mut Files, Fail> {
    let root = it.program.root.clone().unwrap_or_else(|| ".".into());
    let allow = it.allow_paths.clone();
    let keep_temp = it.keep_temp;
    let state = it.native_state.get::<RunFiles>();
    if state.files.is_none() {
        let config = SandboxConfig {
            package: std::path::absolute(&root).unwrap_or(root),
            allow,
            keep_temp,
            ..SandboxConfig::default()
        };
        let made = Files::new(&config).map_err(|e| Fault::rt(e.code, e.to_string()))?;
        state.files = Some(made);
    }
    Ok(state.files.as_mut().expect("made above"))
}

/// The run's sandbox (see [`files`]).
pub fn sandbox(it: &mut Interp) -> Result<&Sandbox, Fail> {
    Ok(files(it)?.sandbox())
}

/// A place's folder as a system path ending with `/`, made first when
/// `create` (or when it is inside the temporary folder, which is made with
/// its standard folders when first used).
fn folder_path(it: &mut Interp, place: Place, create: bool) -> Result<String, Fail> {
    let sandbox = sandbox(it)?;
    let dir = sandbox.place_dir(place);
    let shown = dir.display().to_string();
    if create {
        std::fs::create_dir_all(&dir).map_err(|e| Fault::rt(-36, format!("{shown}: {e}")))?;
    }
    // Resolving a path inside the temporary folder makes that folder.
    let resolved = sandbox
        .resolve(&dir, &shown)
        .map_err(|e| Fault::rt(e.code, e.message))?;
    let mut text = resolved.display().to_string();
    if !text.ends_with('/') {
        text.push('/');
    }
    Ok(text)
}

fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// `Get 4D folder({folder}{; *})`: the folder's path (`Active 4D Folder`
/// when omitted); an unknown selector gives `""` and `OK` 0. The resources
/// and logs folders are made when missing, as documented.
pub fn get_4d_folder(it: &mut Interp, c: &mut Call) -> BResult {
    let selector = if c.has(0) { c.int(0) } else { 0 };
    let Some((place, create)) = crate::files::get_4d_folder(selector) else {
        set_ok(it, false);
        return Ok(Value::text(""));
    };
    let path = folder_path(it, place, create)?;
    set_ok(it, true);
    Ok(Value::text(path))
}

/// `Temporary folder`: the run's temporary folder.
pub fn temporary_folder(it: &mut Interp, _: &mut Call) -> BResult {
    let temp = Place::Temp("");
    Ok(Value::text(folder_path(it, temp, false)?))
}

/// `System folder({type})`: a desktop's folder, inside the run's temporary
/// folder (`System` when omitted); the Windows-only types give `""`, as on
/// macOS; an unknown type is -30008.
pub fn system_folder(it: &mut Interp, c: &mut Call) -> BResult {
    let kind = if c.has(0) { c.int(0) } else { 0 };
    match crate::files::system_folder(kind) {
        Some(SystemFolder::At(place)) => Ok(Value::text(folder_path(it, place, false)?)),
        Some(SystemFolder::WindowsOnly) => Ok(Value::text("")),
        None => Err(Fault::arguments("System folder").into()),
    }
}
