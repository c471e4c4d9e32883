//! `queryPlan` (`docs/API/DataClassClass.md`, "About queryPlan and queryPath"): a planned
//! query as the object 4D returns, `{And: [{item: "[index : Employee.salary ] < 50000"},
//! {item: "Join on Table : Company : Employee.employerID = Company.ID", subquery: […]}]}`.
//! An indexed comparison says `[index : …]`; a scanned one names the field alone.

use super::{Cmp, PathStep, Pred};
use crate::datastore::datum::Datum;
use crate::datastore::store::Datastore;
use crate::datastore::structure::TableId;
use crate::json::{Json, JsonKind, Member};

impl Datastore {
    /// The `queryPlan` object of a planned condition on `table`.
    pub fn describe_plan(&self, table: TableId, pred: &Pred) -> Json {
        match pred {
            Pred::And(items) => group(
                "And",
                items.iter().map(|p| self.describe_plan(table, p)).collect(),
            ),
            Pred::Or(items) => group(
                "Or",
                items.iter().map(|p| self.describe_plan(table, p)).collect(),
            ),
            Pred::Not(inner) => group("Not", vec![self.describe_plan(table, inner)]),
            Pred::Related { link, sub } => {
                let s = self.structure();
                let (from, here, to, there) = link.ends(s);
                let name = |t: TableId, f: usize| {
                    format!("{}.{}", s.tables[t].name, s.tables[t].fields[f].name)
                };
                object(vec![
                    (
                        "item",
                        text(format!(
                            "Join on Table : {} : {} = {}",
                            s.tables[to].name,
                            name(from, here),
                            name(to, there)
                        )),
                    ),
                    (
                        "subquery",
                        Json::new(JsonKind::Array(vec![self.describe_plan(to, sub)])),
                    ),
                ])
            }
            leaf => object(vec![("item", text(self.describe_leaf(table, leaf)))]),
        }
    }

    fn describe_leaf(&self, table: TableId, pred: &Pred) -> String {
        let s = self.structure();
        let field_name = |f: usize| {
            format!(
                "{}.{}",
                s.tables[table].name, s.tables[table].fields[f].name
            )
        };
        let indexed = |f: usize| self.tables[table].indexes[f].is_some();
        let subject = |f: usize| {
            if indexed(f) {
                format!("[index : {} ]", field_name(f))
            } else {
                field_name(f)
            }
        };
        match pred {
            Pred::All => "all records".to_string(),
            Pred::Field { field, cmp, value } => {
                format!("{} {} {}", subject(*field), symbol(*cmp), show(value))
            }
            Pred::In { field, values } => format!(
                "{} IN [{}]",
                subject(*field),
                values.iter().map(show).collect::<Vec<_>>().join(", ")
            ),
            Pred::Object {
                field,
                path,
                cmp,
                value,
            } => {
                let mut p = field_name(*field);
                for step in path {
                    match step {
                        PathStep::Key(k) => {
                            p.push('.');
                            p.push_str(k);
                        }
                        PathStep::AnyElement { .. } => p.push_str("[]"),
                    }
                }
                format!("{p} {} {}", symbol(*cmp), show(value))
            }
            Pred::Formula(_) => "formula".to_string(),
            _ => String::new(),
        }
    }
}

fn symbol(cmp: Cmp) -> &'static str {
    match cmp {
        Cmp::Eq => "=",
        Cmp::Ne => "#",
        Cmp::StrictEq => "===",
        Cmp::StrictNe => "!==",
        Cmp::Lt => "<",
        Cmp::Gt => ">",
        Cmp::Le => "<=",
        Cmp::Ge => ">=",
        Cmp::Keyword => "%",
    }
}

fn show(d: &Datum) -> String {
    match d {
        Datum::Null => "null".into(),
        Datum::Bool(b) => b.to_string(),
        Datum::Int(i) => i.to_string(),
        Datum::Real(r) => crate::conv::format_real(*r),
        Datum::Text(t) => t.to_string(),
        Datum::Date(d) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        Datum::Time(t) => t.to_string(),
        Datum::Object(_) => "[object]".into(),
        Datum::Blob(_) | Datum::Picture(_) => "[bytes]".into(),
    }
}

fn text(s: String) -> Json {
    Json::new(JsonKind::String(s))
}

fn group(name: &str, items: Vec<Json>) -> Json {
    object(vec![(name, Json::new(JsonKind::Array(items)))])
}

fn object(members: Vec<(&str, Json)>) -> Json {
    Json::new(JsonKind::Object(
        members
            .into_iter()
            .map(|(k, v)| Member {
                key: k.to_string(),
                key_span: 0..0,
                value: v,
            })
            .collect(),
    ))
}
