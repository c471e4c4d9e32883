//! 4D's preemptive rule (docs/session.md §8.1): a method whose attributes say
//! `"preemptive":"capable"` must not reach, through its calls, a command that is
//! not thread-safe, a method declared `"incapable"`, or an interprocess variable.
//! Code between `//%T-` and `//%T+` is not checked.

use super::ParsedUnit;
use crate::diag::{Code, Diagnostic};
use crate::names::{self, ThreadSafety};
use crate::project::UnitKind;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::attributes::Preemptive;

/// What makes code unsafe, found at one place.
#[derive(Clone, Debug)]
enum Hazard {
    Command(names::CommandId),
    Method(u32),
    Interprocess(Name),
}

/// What the rule needs from one unit, gathered while the unit is checked:
/// its hazards in source order, and the literal method names given to
/// `ON ERR CALL`, outside `//%T-` regions. Only the unit's own body counts.
#[derive(Debug, Default)]
pub(super) struct Hazards {
    unchecked: Vec<Span>,
    found: Vec<(Hazard, Span)>,
    /// `ON ERR CALL("name")`: resolved to a method once the project is known.
    handlers: Vec<(Name, Span)>,
}

impl Hazards {
    pub(super) fn new(unchecked: &[Span]) -> Hazards {
        Hazards {
            unchecked: unchecked.to_vec(),
            ..Hazards::default()
        }
    }

    fn skipped(&self, span: Span) -> bool {
        self.unchecked
            .iter()
            .any(|r| r.start <= span.start && span.start < r.end)
    }

    /// Looks at one expression of the unit's body (every one, outer first).
    pub(super) fn note(&mut self, e: &Expr) {
        let hazard = match &e.kind {
            ExprKind::Command { command, args } => {
                if names::command(*command).number == names::command_number::ON_ERR_CALL
                    && let Some(Expr {
                        kind: ExprKind::Text(name),
                        span,
                    }) = args.first()
                    && !self.skipped(*span)
                {
                    self.handlers.push((name.clone(), *span));
                }
                if names::command(*command).thread_safety != ThreadSafety::Unsafe {
                    return;
                }
                Hazard::Command(*command)
            }
            ExprKind::Method { method, .. } => Hazard::Method(*method),
            ExprKind::Interprocess(name) => Hazard::Interprocess(name.clone()),
            _ => return,
        };
        if !self.skipped(e.span) {
            self.found.push((hazard, e.span));
        }
    }
}

/// Checks the rule across a project. `units` are all the project's parsed units;
/// method `i` of the project is `units[methods[i]]`.
pub fn check_preemptive(
    units: &[ParsedUnit],
    methods: &[usize],
    handler_of: impl Fn(&str) -> Option<u32>,
) -> Vec<Diagnostic> {
    let all: Vec<Vec<(Hazard, Span)>> =
        units
            .iter()
            .map(|u| {
                let mut h = u.hazards.found.clone();
                // Literal ON ERR CALL handlers count as calls of that method.
                h.extend(u.hazards.handlers.iter().filter_map(|(name, span)| {
                    handler_of(name).map(|m| (Hazard::Method(m), *span))
                }));
                h
            })
            .collect();

    // Why a method is unsafe, memoised; `None` = safe. A method in the middle of
    // being examined counts as safe, so cycles end.
    let mut verdict: Vec<Option<Option<String>>> = vec![None; methods.len()];
    fn unsafe_reason(
        m: usize,
        units: &[ParsedUnit],
        methods: &[usize],
        all: &[Vec<(Hazard, Span)>],
        verdict: &mut Vec<Option<Option<String>>>,
    ) -> Option<String> {
        if let Some(v) = &verdict[m] {
            return v.clone();
        }
        verdict[m] = Some(None);
        let unit = &units[methods[m]];
        let reason = if unit.attributes.preemptive == Preemptive::Incapable {
            Some(format!(
                "'{}' is declared incapable of running preemptively",
                unit.name
            ))
        } else {
            all[methods[m]].iter().find_map(|(h, span)| {
                let (line, _) = unit.source.line_col(span.start);
                match h {
                    Hazard::Command(c) => {
                        let info = names::command(*c);
                        Some(format!(
                            "'{}' calls {} ({}) at line {line}",
                            unit.name, info.name, info.number
                        ))
                    }
                    Hazard::Interprocess(n) => Some(format!(
                        "'{}' uses the interprocess variable <>{n} at line {line}",
                        unit.name
                    )),
                    Hazard::Method(callee) => {
                        let callee = *callee as usize;
                        (callee < methods.len())
                            .then(|| unsafe_reason(callee, units, methods, all, verdict))
                            .flatten()
                    }
                }
            })
        };
        verdict[m] = Some(reason.clone());
        reason
    }

    let mut out = Vec::new();
    for (ui, unit) in units.iter().enumerate() {
        if unit.kind != UnitKind::Method || unit.attributes.preemptive != Preemptive::Capable {
            continue;
        }
        for (h, span) in &all[ui] {
            let message = match h {
                Hazard::Command(c) => {
                    let info = names::command(*c);
                    format!(
                        "command '{}' ({}) is not thread-safe; '{}' is declared preemptive-capable",
                        info.name, info.number, unit.name
                    )
                }
                Hazard::Interprocess(n) => {
                    format!(
                        "interprocess variable <>{n} cannot be used in preemptive code; '{}' is declared preemptive-capable",
                        unit.name
                    )
                }
                Hazard::Method(callee) => {
                    let c = *callee as usize;
                    if c >= methods.len() {
                        continue;
                    }
                    match unsafe_reason(c, units, methods, &all, &mut verdict) {
                        Some(reason) => format!(
                            "method '{}' is not thread-safe ({reason}); '{}' is declared preemptive-capable",
                            units[methods[c]].name, unit.name
                        ),
                        None => continue,
                    }
                }
            };
            out.push(Diagnostic::error(Code::Check("preemptive"), message).at(&unit.source, *span));
        }
    }
    out
}

impl Hazards {
    /// The methods this unit calls (and names as literal `ON ERR CALL`
    /// handlers), by method index: what the preemptive check of one file must
    /// read next.
    pub(super) fn callees(&self, handler_of: impl Fn(&str) -> Option<u32>) -> Vec<u32> {
        let called = self.found.iter().filter_map(|(h, _)| match h {
            Hazard::Method(m) => Some(*m),
            _ => None,
        });
        let handlers = self.handlers.iter().filter_map(|(n, _)| handler_of(n));
        called.chain(handlers).collect()
    }
}
