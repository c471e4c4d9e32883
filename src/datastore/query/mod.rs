//! Queries: the classic criteria of `QUERY`/`QUERY SELECTION`/`QUERY WITH ARRAY`
//! ([`classic`]), ORDA's query language (`ds.T.query()`, [`parse`] then [`plan`]), both
//! planned into one [`Pred`] tree over a table and evaluated set-at-a-time with the
//! indexes ([`exec`]).

pub mod classic;
mod describe;
pub mod exec;
pub mod parse;
pub mod plan;
#[cfg(test)]
mod tests;

use super::datum::Datum;
use super::structure::{FieldId, Link};

/// A comparison of a field with a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    /// `=`, `==`: `@` is a wildcard in text.
    Eq,
    /// `#`, `!=`: not `=`.
    Ne,
    /// `===`, `IS`: `@` is an ordinary character.
    StrictEq,
    /// `!==`, `IS NOT`.
    StrictNe,
    Lt,
    Gt,
    Le,
    Ge,
    /// `%`: contains the keyword.
    Keyword,
}

/// One step into an object field's value (`info.address.city`, `hobbies[].name`).
#[derive(Debug, Clone, PartialEq)]
pub enum PathStep {
    Key(String),
    /// `[]` or `[a]`: any element of a collection. `linked` for `[a]` (then `!=` means
    /// "some element differs", `docs/API/DataClassClass.md`).
    AnyElement {
        linked: bool,
    },
}

/// A planned condition over the records of one table.
#[derive(Debug, Clone, PartialEq)]
pub enum Pred {
    /// Every record in scope.
    All,
    /// A field compared with a value already converted to the field's type.
    Field {
        field: FieldId,
        cmp: Cmp,
        value: Datum,
    },
    /// A field equal to one of several values (`IN`).
    In {
        field: FieldId,
        values: Vec<Datum>,
    },
    /// A path into an object field compared with a value.
    Object {
        field: FieldId,
        path: Vec<PathStep>,
        cmp: Cmp,
        value: Datum,
    },
    /// The records related through `link` to at least one record matching `sub` (ORDA's
    /// relation paths: "any of", `docs/API/DataClassClass.md`).
    Related {
        link: Link,
        sub: Box<Pred>,
    },
    /// A formula the caller evaluates per record (`eval(…)`, a `Formula` placeholder,
    /// `QUERY BY FORMULA`); the number picks it among the caller's formulas.
    Formula(usize),
    And(Vec<Pred>),
    Or(Vec<Pred>),
    Not(Box<Pred>),
}

/// One level of an order: a field (possibly of a related One table, through `path`) and
/// the direction.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderKey {
    pub path: Vec<Link>,
    pub field: FieldId,
    pub descending: bool,
}
