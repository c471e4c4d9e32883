//! Opening a run's database: the structure from the project's
//! `Project/Sources/catalog.4DCatalog`, and an empty datastore (as `tool4d --dataless` or a
//! new data file) or the records of a fixtures file (`--data FILE`). A malformed catalog or
//! fixtures file is a startup error at its line and column (exit 2); nothing is
//! half-loaded. A project without a catalog has no tables.

use crate::datastore::fixtures;
use crate::datastore::structure::catalog;
use crate::datastore::{Database, Datastore, DbError};
use crate::diag::{Code, Diagnostic};
use crate::source::{SourceFile, Span};
use std::path::{Path, PathBuf};

/// Where a project keeps its structure.
pub fn catalog_path(root: &Path) -> PathBuf {
    root.join("Project")
        .join("Sources")
        .join("catalog.4DCatalog")
}

fn read(path: &Path) -> Result<String, Diagnostic> {
    std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::error(
            Code::Startup,
            format!("cannot read {}: {e}", path.display()),
        )
    })
}

/// An engine error about a file's text, at its line and column.
fn located(path: &Path, text: String, e: &DbError) -> Diagnostic {
    let file = SourceFile::new(path, text);
    let span = e.span.clone().unwrap_or(0..0);
    let message = format!("{} (error {})", e.message, e.code);
    Diagnostic::error(Code::Startup, message).at(&file, Span::new(span.start, span.end))
}

/// The database of a project rooted at `root`, if it has a catalog; with `data`, the
/// datastore starts with that fixtures file's records (all of them or none).
pub fn open_database(
    root: Option<&Path>,
    data: Option<&Path>,
) -> Result<Option<Database>, Diagnostic> {
    let Some(path) = root.map(catalog_path).filter(|p| p.is_file()) else {
        return match data {
            Some(_) => Err(Diagnostic::error(
                Code::Startup,
                "--data needs a project with a structure (Project/Sources/catalog.4DCatalog)",
            )),
            None => Ok(None),
        };
    };
    let text = read(&path)?;
    let structure = catalog::parse(&text).map_err(|e| located(&path, text, &e))?;
    let store = match data {
        None => Datastore::new(structure),
        Some(data) => {
            let text = read(data)?;
            fixtures::load(structure, &text).map_err(|e| located(data, text, &e))?
        }
    };
    Ok(Some(Database::new(store)))
}

/// `--save-data FILE`: writes the datastore as fixtures (docs/datastore.md, *Fixtures*).
pub fn save_data(db: Option<&Database>, path: &Path) -> Result<(), String> {
    let db = db.ok_or_else(|| {
        "--save-data: the project has no structure (Project/Sources/catalog.4DCatalog)".to_string()
    })?;
    fixtures::save(&db.store, path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The table names of the catalog at `root`, for the lexer; none when there is no catalog
/// or it does not read (the run reports that error).
pub fn table_names(root: &Path) -> Vec<String> {
    std::fs::read_to_string(catalog_path(root))
        .ok()
        .and_then(|text| catalog::parse(&text).ok())
        .map(|s| s.tables.into_iter().map(|t| t.name).collect())
        .unwrap_or_default()
}
