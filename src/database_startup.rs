//! Opening a run's database: the structure from the project's
//! `Project/Sources/catalog.4DCatalog`, and an empty datastore (as `tool4d --dataless` or a
//! new data file). A malformed catalog is a startup error at its line and column (exit 2);
//! nothing is half-loaded. A project without a catalog has no tables.

use crate::datastore::structure::catalog;
use crate::datastore::{Database, Datastore};
use crate::diag::{Code, Diagnostic};
use crate::source::{SourceFile, Span};
use std::path::{Path, PathBuf};

/// Where a project keeps its structure.
pub fn catalog_path(root: &Path) -> PathBuf {
    root.join("Project")
        .join("Sources")
        .join("catalog.4DCatalog")
}

/// The database of a project rooted at `root`, if it has a catalog.
pub fn open_database(root: Option<&Path>) -> Result<Option<Database>, Diagnostic> {
    let Some(path) = root.map(catalog_path).filter(|p| p.is_file()) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Diagnostic::error(
            Code::Startup,
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    match catalog::parse(&text) {
        Ok(structure) => Ok(Some(Database::new(Datastore::new(structure)))),
        Err(e) => {
            let file = SourceFile::new(path, text);
            let span = e.span.clone().unwrap_or(0..0);
            let message = format!("{} (error {})", e.message, e.code);
            Err(Diagnostic::error(Code::Startup, message)
                .at(&file, Span::new(span.start, span.end)))
        }
    }
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
