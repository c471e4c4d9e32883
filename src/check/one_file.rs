//! Checking one file of a big project (`fourd check FILE`): the file is parsed
//! against the project's method listing, and only when it is a method declared
//! preemptive-capable are the methods it reaches read, transitively, for 4D's
//! preemptive rule. A project of thousands of methods costs a folder listing.

use super::{ParsedUnit, check_preemptive, parse_unit};
use crate::names::NameTable;
use crate::project::{MethodListing, Unit, UnitKind, read_source};
use crate::source::SourceFile;
use crate::syntax::attributes::Preemptive;

/// Checks `units[0]` of a project known by its listing; returns it first, then
/// any method read for the preemptive rule (their own findings are not asked for).
pub(super) fn check_one(
    units: &[Unit],
    listing: &MethodListing,
    names: &NameTable,
) -> Vec<ParsedUnit> {
    let Some(first) = units.first() else {
        return Vec::new();
    };
    let mut parsed = vec![parse_unit(first, names)];
    let handler_of = |name: &str| {
        listing
            .names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))
            .map(|i| i as u32)
    };
    // Method index → index in `parsed`.
    let mut loaded: Vec<Option<usize>> = vec![None; listing.names.len()];
    if first.kind == UnitKind::Method
        && let Some(own) = handler_of(&first.name)
    {
        loaded[own as usize] = Some(0);
    }
    if first.kind != UnitKind::Method || parsed[0].attributes.preemptive != Preemptive::Capable {
        return parsed;
    }
    let mut next = 0;
    while next < parsed.len() {
        for callee in parsed[next].hazards.callees(handler_of) {
            let m = callee as usize;
            if m >= loaded.len() || loaded[m].is_some() {
                continue;
            }
            let path = &listing.paths[m];
            // A method that cannot be read is no hazard here: its own check says why.
            let source = read_source(path, path.to_path_buf())
                .unwrap_or_else(|_| SourceFile::new(path.to_path_buf(), String::new()));
            let unit = Unit {
                kind: UnitKind::Method,
                name: listing.names[m].clone(),
                source,
            };
            loaded[m] = Some(parsed.len());
            parsed.push(parse_unit(&unit, names));
        }
        next += 1;
    }
    // Every method the rule can reach is loaded; the others are never looked at.
    let methods: Vec<usize> = loaded.iter().map(|l| l.unwrap_or(0)).collect();
    let found = check_preemptive(&parsed[..], &methods, handler_of);
    let own = parsed[0].source.clone();
    parsed[0].diagnostics.extend(found.into_iter().filter(|d| {
        d.file
            .as_ref()
            .is_some_and(|f| std::sync::Arc::ptr_eq(f, &own))
    }));
    parsed[0].diagnostics.sort_by_key(|d| d.span.start);
    parsed
}
