//! The classic query commands (`commands-legacy/query.md`, `query-selection.md`,
//! `query-with-array.md`) and the entry points the interpreter calls for queries.
//!
//! A classic query is a list of criteria `{conjunction ;} field comparator value`, run left
//! to right: `&` keeps the records of the result so far that also match, `|` adds the
//! records that match, `#` (except) removes them. A field of another table is reached
//! through the relations ("the field may belong to another table if it belongs to a One
//! table related to aTable", and example 18 for the other direction).

use super::exec::FormulaFn;
use super::parse::parse;
use super::plan::{Planned, QueryParams, plan};
use super::{Cmp, Pred};
use crate::datastore::datum::{Datum, to_query_value};
use crate::datastore::error::{DbError, DbResult, ERR_QUERY_SYNTAX, ERR_UNRELATED_FIELD};
use crate::datastore::lock::ProcessId;
use crate::datastore::storage::bitset::RecSet;
use crate::datastore::store::Datastore;
use crate::datastore::structure::{FieldId, FieldType, TableId};

/// How a criterion joins the result of the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conjunction {
    And,
    Or,
    /// `#`: except.
    Except,
}

/// One `QUERY` argument: `[Table]Field comparator value`, with its conjunction (ignored on
/// the first criterion). `field` may belong to a related table.
#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub conjunction: Conjunction,
    pub table: TableId,
    pub field: FieldId,
    pub cmp: Cmp,
    pub value: Datum,
}

/// The result of an ORDA query: the records and whether `order by` ordered them.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryOutput {
    pub records: Vec<u32>,
    pub ordered: bool,
}

impl Datastore {
    /// The records of `table` that `process` sees, as a set.
    fn visible(&self, process: ProcessId, table: TableId) -> RecSet {
        let mut set = self.tables[table].alive.clone();
        self.adjust_scope(process, table, &mut set);
        set
    }

    /// `QUERY` (`within` = None: the whole table) or `QUERY SELECTION` (`within` = the
    /// current selection). Returns the matching records in record-number order.
    pub fn query_criteria(
        &self,
        process: ProcessId,
        table: TableId,
        criteria: &[Criterion],
        within: Option<&[u32]>,
    ) -> DbResult<Vec<u32>> {
        let scope = match within {
            Some(recs) => RecSet::from_recs(
                recs.iter()
                    .copied()
                    .filter(|&r| self.exists_for(process, table, r)),
            ),
            None => self.visible(process, table),
        };
        let mut no_formula = |_: usize, _: TableId, _: u32| Ok(false);
        let mut result: Option<RecSet> = None;
        for c in criteria {
            let pred = self.criterion_pred(table, c)?;
            result = Some(match (result, c.conjunction) {
                (None, _) => self.eval_for(process, table, &pred, &scope, &mut no_formula)?,
                (Some(r), Conjunction::And) => {
                    self.eval_for(process, table, &pred, &r, &mut no_formula)?
                }
                (Some(mut r), Conjunction::Or) => {
                    r.union_with(&self.eval_for(process, table, &pred, &scope, &mut no_formula)?);
                    r
                }
                (Some(mut r), Conjunction::Except) => {
                    r.subtract(&self.eval_for(process, table, &pred, &scope, &mut no_formula)?);
                    r
                }
            });
        }
        Ok(result.unwrap_or(scope).to_vec())
    }

    /// `QUERY WITH ARRAY`: the records whose field equals one of `values`.
    pub fn query_with_array(
        &self,
        process: ProcessId,
        table: TableId,
        field_table: TableId,
        field: FieldId,
        values: &[Datum],
    ) -> DbResult<Vec<u32>> {
        let criteria: Vec<Criterion> = values
            .iter()
            .map(|v| Criterion {
                conjunction: Conjunction::Or,
                table: field_table,
                field,
                cmp: Cmp::Eq,
                value: v.clone(),
            })
            .collect();
        if criteria.is_empty() {
            return Ok(Vec::new());
        }
        self.query_criteria(process, table, &criteria, None)
    }

    /// `QUERY BY FORMULA` / `QUERY SELECTION BY FORMULA`: `formula(0, table, rec)` decides.
    pub fn query_by_formula(
        &self,
        process: ProcessId,
        table: TableId,
        within: Option<&[u32]>,
        formula: &mut FormulaFn,
    ) -> DbResult<Vec<u32>> {
        let scope = match within {
            Some(recs) => RecSet::from_recs(
                recs.iter()
                    .copied()
                    .filter(|&r| self.exists_for(process, table, r)),
            ),
            None => self.visible(process, table),
        };
        Ok(self
            .eval_for(process, table, &Pred::Formula(0), &scope, formula)?
            .to_vec())
    }

    fn criterion_pred(&self, table: TableId, c: &Criterion) -> DbResult<Pred> {
        let structure = self.structure().clone();
        let field = &structure.tables[c.table].fields[c.field];
        let value = to_query_value(field.kind, &c.value).ok_or_else(|| {
            DbError::new(
                ERR_QUERY_SYNTAX,
                format!(
                    "[{}]{} cannot be compared with {}",
                    structure.tables[c.table].name,
                    field.name,
                    c.value.kind_name()
                ),
            )
        })?;
        if matches!(field.kind, FieldType::Picture | FieldType::Blob) {
            return Err(DbError::new(
                ERR_QUERY_SYNTAX,
                format!(
                    "[{}]{} cannot be queried",
                    structure.tables[c.table].name, field.name
                ),
            ));
        }
        let mut pred = match c.cmp {
            Cmp::Ne => Pred::Not(Box::new(Pred::Field {
                field: c.field,
                cmp: Cmp::Eq,
                value,
            })),
            cmp => Pred::Field {
                field: c.field,
                cmp,
                value,
            },
        };
        let path = structure.path_between(table, c.table).ok_or_else(|| {
            DbError::new(
                ERR_UNRELATED_FIELD,
                format!(
                    "[{}]{} is not a field of [{}] nor of a table related to it",
                    structure.tables[c.table].name, field.name, structure.tables[table].name
                ),
            )
        })?;
        for link in path.into_iter().rev() {
            pred = Pred::Related {
                link,
                sub: Box::new(pred),
            };
        }
        Ok(pred)
    }

    /// `ds.T.query(queryString; …)` or `entitySelection.query(…)` (`within`): parses and plans
    /// the string, runs it, and applies its `order by`. `formula(n, table, rec)` answers for
    /// `eval(…)` texts (`n` from [`super::plan::EVAL_BASE`], see [`Datastore::query_plan`]) and
    /// `Formula` placeholders (`n` as the caller numbered them in `params`).
    pub fn query_orda(
        &self,
        process: ProcessId,
        table: TableId,
        text: &str,
        params: &QueryParams,
        within: Option<&[u32]>,
        formula: &mut FormulaFn,
    ) -> DbResult<QueryOutput> {
        let planned = self.query_plan(table, text, params)?;
        self.run_planned(process, table, &planned, within, formula)
    }

    /// Parses and plans a query string without running it (the `eval(…)` texts are in the
    /// result, for the caller to compile once).
    pub fn query_plan(
        &self,
        table: TableId,
        text: &str,
        params: &QueryParams,
    ) -> DbResult<Planned> {
        let query = parse(text)?;
        plan(self.structure(), table, &query, params)
    }

    /// Runs a planned query.
    pub fn run_planned(
        &self,
        process: ProcessId,
        table: TableId,
        planned: &Planned,
        within: Option<&[u32]>,
        formula: &mut FormulaFn,
    ) -> DbResult<QueryOutput> {
        let scope = match within {
            Some(recs) => RecSet::from_recs(
                recs.iter()
                    .copied()
                    .filter(|&r| self.exists_for(process, table, r)),
            ),
            None => self.visible(process, table),
        };
        let mut records = self
            .eval_for(process, table, &planned.pred, &scope, formula)?
            .to_vec();
        let ordered = !planned.order.is_empty();
        if ordered {
            self.order_records(table, &mut records, &planned.order)?;
        }
        Ok(QueryOutput { records, ordered })
    }
}
