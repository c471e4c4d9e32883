//! From an ORDA query's syntax tree to a [`Pred`] over one table: attribute paths resolved
//! to fields, relations and object paths; placeholders replaced by the caller's values
//! (`:1`… and `:name`, also for attribute paths); values converted to each field's type.
//! Errors point into the query string.

use super::parse::{Node, Op, Operand, Placeholder, Query, Segment, Value};
use super::{Cmp, OrderKey, PathStep, Pred};
use crate::datastore::datum::{Datum, to_query_value};
use crate::datastore::error::{
    DbError, DbResult, ERR_FORMULA_NOT_ALLOWED, ERR_QUERY_SYNTAX, ERR_UNRELATED_FIELD,
};
use crate::datastore::structure::{Direction, FieldType, Link, Structure, TableId};
use std::ops::Range;

/// A value the caller passes for a placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryArg {
    Value(Datum),
    /// A collection (for `IN`, or an attribute path as a list of names).
    List(Vec<QueryArg>),
    /// An object (a named parameter reached by `:name.property`).
    Object(Vec<(String, QueryArg)>),
    /// A `Formula` object: the number the caller's formula callback receives.
    Formula(usize),
}

/// The placeholders' values and settings of one `.query()` call.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryParams {
    /// `:1`, `:2`… in order.
    pub values: Vec<QueryArg>,
    /// `querySettings.parameters`.
    pub parameters: Vec<(String, QueryArg)>,
    /// `querySettings.attributes`: names to attribute paths.
    pub attributes: Vec<(String, Vec<String>)>,
    /// `querySettings.allowFormulas` is false.
    pub forbid_formulas: bool,
}

/// A planned query: the condition, the order keys, and the `eval(…)` texts the formula
/// callback is asked about (`Pred::Formula(n)` with `n` ≥ 1000 names `eval_texts[n-1000]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub pred: Pred,
    pub order: Vec<OrderKey>,
    pub eval_texts: Vec<String>,
}

/// The number `Pred::Formula` uses for the first `eval(…)` text.
pub const EVAL_BASE: usize = 1000;

/// Plans a parsed query on `table`.
pub fn plan(
    structure: &Structure,
    table: TableId,
    query: &Query,
    params: &QueryParams,
) -> DbResult<Planned> {
    let mut p = Planner {
        structure,
        params,
        eval_texts: Vec::new(),
    };
    let pred = p.node(table, &query.root)?;
    let mut order = Vec::new();
    for item in &query.order {
        let names = p.operand_path(&item.operand, &item.span)?;
        order.push(p.order_key(table, &names, item.descending, &item.span)?);
    }
    Ok(Planned {
        pred,
        order,
        eval_texts: p.eval_texts,
    })
}

fn err(span: &Range<usize>, message: impl Into<String>) -> DbError {
    DbError::at(ERR_QUERY_SYNTAX, span.clone(), message)
}

struct Planner<'a> {
    structure: &'a Structure,
    params: &'a QueryParams,
    eval_texts: Vec<String>,
}

impl Planner<'_> {
    fn node(&mut self, table: TableId, node: &Node) -> DbResult<Pred> {
        Ok(match node {
            Node::And(items) => Pred::And(
                items
                    .iter()
                    .map(|n| self.node(table, n))
                    .collect::<DbResult<_>>()?,
            ),
            Node::Or(items) => Pred::Or(
                items
                    .iter()
                    .map(|n| self.node(table, n))
                    .collect::<DbResult<_>>()?,
            ),
            Node::Not(inner) => Pred::Not(Box::new(self.node(table, inner)?)),
            Node::Condition {
                operand,
                operand_span,
                test,
            } => match test {
                None => self.formula(operand, operand_span)?,
                Some((op, value, value_span)) => {
                    let names = self.operand_path(operand, operand_span)?;
                    let value = self.value(value, value_span)?;
                    self.condition(table, &names, *op, value, operand_span, value_span)?
                }
            },
        })
    }

    fn formula(&mut self, operand: &Operand, span: &Range<usize>) -> DbResult<Pred> {
        if self.params.forbid_formulas {
            return Err(DbError::at(
                ERR_FORMULA_NOT_ALLOWED,
                span.clone(),
                "Formula not allowed in this member method",
            ));
        }
        match operand {
            Operand::Eval(text) => {
                self.eval_texts.push(text.clone());
                Ok(Pred::Formula(EVAL_BASE + self.eval_texts.len() - 1))
            }
            Operand::Placeholder(p) => match self.placeholder(p, span)? {
                QueryArg::Formula(n) => Ok(Pred::Formula(n)),
                _ => Err(err(
                    span,
                    "this placeholder is not a formula; expected a comparator after it",
                )),
            },
            Operand::Path(_) => Err(err(span, "expected a comparator")),
        }
    }

    fn placeholder(&self, p: &Placeholder, span: &Range<usize>) -> DbResult<QueryArg> {
        match p {
            Placeholder::Index(n) => self
                .params
                .values
                .get(n - 1)
                .cloned()
                .ok_or_else(|| err(span, format!("no value is given for the placeholder :{n}"))),
            Placeholder::Named(path) => {
                let mut found = self
                    .params
                    .parameters
                    .iter()
                    .find(|(k, _)| *k == path[0])
                    .map(|(_, v)| v.clone());
                for key in &path[1..] {
                    found = match found {
                        Some(QueryArg::Object(members)) => {
                            members.into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
                        }
                        _ => None,
                    };
                }
                found.ok_or_else(|| {
                    err(
                        span,
                        format!("no value is given for the placeholder :{}", path.join(".")),
                    )
                })
            }
        }
    }

    /// The names of an attribute path, from the text or from a placeholder.
    fn operand_path(&self, operand: &Operand, span: &Range<usize>) -> DbResult<Vec<Segment>> {
        match operand {
            Operand::Path(segments) => Ok(segments.clone()),
            Operand::Eval(_) => Err(err(
                span,
                "eval(…) cannot be compared; it is a condition by itself",
            )),
            Operand::Placeholder(Placeholder::Named(path)) if path.len() == 1 => {
                if let Some((_, names)) = self.params.attributes.iter().find(|(k, _)| *k == path[0])
                {
                    return Ok(names
                        .iter()
                        .map(|n| Segment {
                            name: n.clone(),
                            element: None,
                        })
                        .collect());
                }
                self.path_arg(
                    self.placeholder(&Placeholder::Named(path.clone()), span)?,
                    span,
                )
            }
            Operand::Placeholder(p) => self.path_arg(self.placeholder(p, span)?, span),
        }
    }

    fn path_arg(&self, arg: QueryArg, span: &Range<usize>) -> DbResult<Vec<Segment>> {
        let names: Vec<String> = match arg {
            QueryArg::Value(Datum::Text(t)) => t.split('.').map(str::to_string).collect(),
            QueryArg::List(items) => items
                .into_iter()
                .map(|i| match i {
                    QueryArg::Value(Datum::Text(t)) => Ok(t.to_string()),
                    _ => Err(err(span, "an attribute path collection holds texts only")),
                })
                .collect::<DbResult<_>>()?,
            _ => {
                return Err(err(
                    span,
                    "this placeholder must be an attribute path (a text)",
                ));
            }
        };
        Ok(names
            .into_iter()
            .map(|name| match name.strip_suffix("[]") {
                Some(base) => Segment {
                    name: base.to_string(),
                    element: Some(false),
                },
                None => Segment {
                    name,
                    element: None,
                },
            })
            .collect())
    }

    fn value(&self, value: &Value, span: &Range<usize>) -> DbResult<QueryArg> {
        Ok(match value {
            Value::Literal(d) => QueryArg::Value(d.clone()),
            Value::Placeholder(p) => self.placeholder(p, span)?,
            Value::List(items) => QueryArg::List(
                items
                    .iter()
                    .map(|v| self.value(v, span))
                    .collect::<DbResult<_>>()?,
            ),
        })
    }

    /// `path op value` on `table`: through relations, into object fields, or on a field.
    fn condition(
        &self,
        table: TableId,
        path: &[Segment],
        op: Op,
        value: QueryArg,
        span: &Range<usize>,
        value_span: &Range<usize>,
    ) -> DbResult<Pred> {
        let t = &self.structure.tables[table];
        let Some(first) = path.first() else {
            return Err(err(span, "empty attribute path"));
        };
        if path.len() > super::parse::MAX_PATH {
            return Err(err(
                span,
                format!(
                    "an attribute path has at most {} parts",
                    super::parse::MAX_PATH
                ),
            ));
        }
        if let Some(link) = self.structure.link_named(table, &first.name) {
            let (_, _, other, _) = link.ends(self.structure);
            if path.len() == 1 {
                return Err(err(
                    span,
                    format!("{} is a relation; name one of its attributes", first.name),
                ));
            }
            let sub = self.condition(other, &path[1..], op, value, span, value_span)?;
            // `relation.attr # v` is "not (any related record has attr = v)".
            return Ok(match sub {
                Pred::Not(inner) => Pred::Not(Box::new(Pred::Related { link, sub: inner })),
                sub => Pred::Related {
                    link,
                    sub: Box::new(sub),
                },
            });
        }
        let Some(field) = t.field_named(&first.name) else {
            return Err(err(
                span,
                format!("{:?} is not an attribute of {}", first.name, t.name),
            ));
        };
        let kind = t.fields[field].kind;
        if kind == FieldType::Object {
            let mut steps = Vec::new();
            if let Some(linked) = first.element {
                steps.push(PathStep::AnyElement { linked });
            }
            for s in &path[1..] {
                steps.push(PathStep::Key(s.name.clone()));
                if let Some(linked) = s.element {
                    steps.push(PathStep::AnyElement { linked });
                }
            }
            return self.object_condition(field, steps, op, value, value_span);
        }
        if path.len() > 1 {
            return Err(err(
                span,
                format!("{} is not an object or a relation", first.name),
            ));
        }
        let convert = |d: &Datum| {
            to_query_value(kind, d).ok_or_else(|| {
                err(
                    value_span,
                    format!("{} cannot be compared with {}", first.name, d.kind_name()),
                )
            })
        };
        match (op, value) {
            (Op::In, QueryArg::List(items)) => {
                let values = items
                    .iter()
                    .map(|i| match i {
                        QueryArg::Value(d) => convert(d),
                        _ => Err(err(value_span, "IN takes a collection of values")),
                    })
                    .collect::<DbResult<_>>()?;
                Ok(Pred::In { field, values })
            }
            (Op::In, QueryArg::Value(d)) => Ok(Pred::In {
                field,
                values: vec![convert(&d)?],
            }),
            (Op::Cmp(cmp), QueryArg::Value(d)) => {
                let value = convert(&d)?;
                Ok(match cmp {
                    Cmp::Ne => Pred::Not(Box::new(Pred::Field {
                        field,
                        cmp: Cmp::Eq,
                        value,
                    })),
                    Cmp::StrictNe => Pred::Not(Box::new(Pred::Field {
                        field,
                        cmp: Cmp::StrictEq,
                        value,
                    })),
                    cmp => Pred::Field { field, cmp, value },
                })
            }
            (Op::Cmp(Cmp::Eq), QueryArg::List(items)) => {
                self.condition(table, path, Op::In, QueryArg::List(items), span, value_span)
            }
            _ => Err(err(
                value_span,
                "this value cannot be used with this comparator",
            )),
        }
    }

    fn object_condition(
        &self,
        field: usize,
        path: Vec<PathStep>,
        op: Op,
        value: QueryArg,
        span: &Range<usize>,
    ) -> DbResult<Pred> {
        let linked = path
            .iter()
            .any(|s| matches!(s, PathStep::AnyElement { linked: true }));
        match (op, value) {
            (Op::Cmp(cmp), QueryArg::Value(value)) => Ok(match cmp {
                // `coll[].v != x`: no element equals x; `coll[a].v != x`: some element differs.
                Cmp::Ne if !linked => Pred::Not(Box::new(Pred::Object {
                    field,
                    path,
                    cmp: Cmp::Eq,
                    value,
                })),
                Cmp::StrictNe if !linked => Pred::Not(Box::new(Pred::Object {
                    field,
                    path,
                    cmp: Cmp::StrictEq,
                    value,
                })),
                cmp => Pred::Object {
                    field,
                    path,
                    cmp,
                    value,
                },
            }),
            (Op::In, QueryArg::List(items)) | (Op::Cmp(Cmp::Eq), QueryArg::List(items)) => {
                let mut any = Vec::new();
                for i in items {
                    let QueryArg::Value(value) = i else {
                        return Err(err(span, "IN takes a collection of values"));
                    };
                    any.push(Pred::Object {
                        field,
                        path: path.clone(),
                        cmp: Cmp::Eq,
                        value,
                    });
                }
                Ok(Pred::Or(any))
            }
            _ => Err(err(span, "this value cannot be used with this comparator")),
        }
    }

    fn order_key(
        &self,
        table: TableId,
        path: &[Segment],
        descending: bool,
        span: &Range<usize>,
    ) -> DbResult<OrderKey> {
        let mut links = Vec::new();
        let mut at = table;
        for (i, seg) in path.iter().enumerate() {
            if let Some(link) = self.structure.link_named(at, &seg.name) {
                if link.direction != Direction::ManyToOne {
                    return Err(DbError::at(
                        ERR_UNRELATED_FIELD,
                        span.clone(),
                        format!(
                            "{} is a to-many relation; order by follows to-one relations only",
                            seg.name
                        ),
                    ));
                }
                at = link.ends(self.structure).2;
                links.push(link);
                continue;
            }
            let t = &self.structure.tables[at];
            match t.field_named(&seg.name) {
                Some(field) if i + 1 == path.len() => {
                    return Ok(OrderKey {
                        path: links,
                        field,
                        descending,
                    });
                }
                _ => {
                    return Err(err(
                        span,
                        format!("{:?} is not an attribute of {}", seg.name, t.name),
                    ));
                }
            }
        }
        Err(err(span, "order by needs an attribute"))
    }
}

/// The keys of an `orderBy()` text on `table` (`"lastName asc, employer.name desc"`,
/// `docs/API/EntitySelectionClass.md`).
pub fn plan_order(structure: &Structure, table: TableId, text: &str) -> DbResult<Vec<OrderKey>> {
    let items = super::parse::parse_order(text)?;
    let params = QueryParams::default();
    let p = Planner {
        structure,
        params: &params,
        eval_texts: Vec::new(),
    };
    items
        .iter()
        .map(|item| {
            let names = p.operand_path(&item.operand, &item.span)?;
            p.order_key(table, &names, item.descending, &item.span)
        })
        .collect()
}

/// The key of one attribute path (`"employer.name"`), for `orderBy()` with a collection of
/// `{propertyPath; descending}` objects.
pub fn order_key_for_path(
    structure: &Structure,
    table: TableId,
    path: &str,
    descending: bool,
) -> DbResult<OrderKey> {
    let params = QueryParams::default();
    let p = Planner {
        structure,
        params: &params,
        eval_texts: Vec::new(),
    };
    let names: Vec<Segment> = path
        .split('.')
        .map(|n| Segment {
            name: n.to_string(),
            element: None,
        })
        .collect();
    p.order_key(table, &names, descending, &(0..path.len()))
}

/// A path of relation links as text for messages (`employer.name`).
pub fn describe_links(structure: &Structure, links: &[Link]) -> String {
    links
        .iter()
        .map(|l| {
            let r = &structure.relations[l.relation];
            match l.direction {
                Direction::ManyToOne => r.name_nto1.clone().unwrap_or_default(),
                Direction::OneToMany => r.name_1ton.clone().unwrap_or_default(),
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}
