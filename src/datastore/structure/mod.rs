//! The database structure read from `Project/Sources/catalog.4DCatalog`: tables, fields with
//! their types and constraints, indexes and relations. Built once at startup by
//! [`catalog::parse`]; immutable afterwards, so every later stage can hold references into it.

pub mod catalog;
#[cfg(test)]
mod tests;

/// A table's position in [`Structure::tables`] (not its 4D number).
pub type TableId = usize;
/// A field's position in [`Table::fields`] (not its 4D number).
pub type FieldId = usize;

/// 4D's field types, with the catalog's `type` numbers and the `Is …` constants that
/// `GET FIELD PROPERTIES` and `Value type` report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// Alpha: catalog type 10 with a `limiting_length` (or `store_as_UUID`).
    Alpha,
    /// Text: catalog type 10 without a length.
    Text,
    Boolean,
    /// 16-bit integer (catalog 3).
    Integer,
    /// 32-bit integer (catalog 4).
    Longint,
    /// 64-bit integer (catalog 5).
    Integer64,
    Real,
    Date,
    Time,
    Picture,
    Blob,
    Object,
}

impl FieldType {
    /// The type of a catalog `type` number; `None` for numbers fourd does not know.
    /// Type 10 is Alpha or Text depending on the length, decided by the caller.
    pub fn from_catalog(number: i64, has_length: bool) -> Option<FieldType> {
        Some(match number {
            1 => FieldType::Boolean,
            3 => FieldType::Integer,
            4 => FieldType::Longint,
            5 => FieldType::Integer64,
            6 => FieldType::Real,
            8 => FieldType::Date,
            9 => FieldType::Time,
            10 if has_length => FieldType::Alpha,
            10 => FieldType::Text,
            12 => FieldType::Picture,
            18 => FieldType::Blob,
            21 => FieldType::Object,
            _ => return None,
        })
    }

    /// The catalog's `type` number, for writing a structure back.
    pub fn catalog_number(self) -> i64 {
        match self {
            FieldType::Boolean => 1,
            FieldType::Integer => 3,
            FieldType::Longint => 4,
            FieldType::Integer64 => 5,
            FieldType::Real => 6,
            FieldType::Date => 8,
            FieldType::Time => 9,
            FieldType::Alpha | FieldType::Text => 10,
            FieldType::Picture => 12,
            FieldType::Blob => 18,
            FieldType::Object => 21,
        }
    }

    /// The `Is …` constant (`Is alpha field` 0, `Is real` 1, `Is text` 2, `Is picture` 3,
    /// `Is date` 4, `Is boolean` 6, `Is integer` 8, `Is longint` 9, `Is time` 11,
    /// `Is integer 64 bits` 25, `Is BLOB` 30, `Is object` 38), as `GET FIELD PROPERTIES`
    /// returns it (`docs/commands-legacy/get-field-properties.md`).
    pub fn is_constant(self) -> i64 {
        match self {
            FieldType::Alpha => 0,
            FieldType::Real => 1,
            FieldType::Text => 2,
            FieldType::Picture => 3,
            FieldType::Date => 4,
            FieldType::Boolean => 6,
            FieldType::Integer => 8,
            FieldType::Longint => 9,
            FieldType::Time => 11,
            FieldType::Integer64 => 25,
            FieldType::Blob => 30,
            FieldType::Object => 38,
        }
    }

    /// The ORDA attribute `type` (`docs/API/DataClassClass.md`, attribute objects).
    pub fn orda_type(self) -> &'static str {
        match self {
            FieldType::Alpha | FieldType::Text => "string",
            FieldType::Boolean => "bool",
            FieldType::Date => "date",
            FieldType::Picture => "image",
            FieldType::Blob => "blob",
            FieldType::Object => "object",
            _ => "number",
        }
    }

    /// A text type (Alpha or Text).
    pub fn is_text(self) -> bool {
        matches!(self, FieldType::Alpha | FieldType::Text)
    }

    /// A numeric type stored as an integer.
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            FieldType::Integer | FieldType::Longint | FieldType::Integer64
        )
    }

    /// A type whose values can be indexed and ordered.
    pub fn is_indexable(self) -> bool {
        !matches!(
            self,
            FieldType::Picture | FieldType::Blob | FieldType::Object
        )
    }
}

/// The kind of an index, from the catalog's `<index type=…>` (1 B-tree, 3 cluster B-tree,
/// 7 automatic) and `kind` ("regular" or "keywords").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexKind {
    BTree,
    Cluster,
    Automatic,
    Keywords,
}

/// One field of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    /// 4D's field number (`id` in the catalog), as `Field` and `Field name` use it.
    pub number: i64,
    pub uuid: String,
    pub kind: FieldType,
    /// "Unique": no two records share a value (nulls included, as blanks are).
    pub unique: bool,
    /// "Map NULL values to blank values" (`never_null`): a null stored becomes blank.
    pub never_null: bool,
    /// "Reject NULL value input" (`not_null`): saving a null is an error. ORDA calls it
    /// `mandatory` (`docs/API/DataClassClass.md`).
    pub not_null: bool,
    /// The form-level "Mandatory" entry control (`field_extra mandatory`); not checked by
    /// the engine, as in 4D it only governs data entry.
    pub entry_mandatory: bool,
    /// "Autoincrement": filled from the table's sequence when saved without a value.
    pub autosequence: bool,
    /// "Auto UUID": filled with a new UUID when saved without a value.
    pub autogenerate: bool,
    /// An Alpha field's maximum length in characters.
    pub limiting_length: Option<usize>,
    pub store_as_uuid: bool,
    /// The index on this field alone, if any.
    pub index: Option<IndexKind>,
    /// A keyword index on this field, if any.
    pub keyword_index: bool,
    /// Hidden from REST (`hide_in_REST`); reported by `getInfo`, not enforced.
    pub hide_in_rest: bool,
}

/// One table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    /// 4D's table number (`id` in the catalog).
    pub number: i64,
    pub uuid: String,
    pub fields: Vec<Field>,
    /// The primary key field, if the table has one.
    pub primary_key: Option<FieldId>,
    /// Composite indexes (two fields or more), as field ids in order.
    pub composite_indexes: Vec<Vec<FieldId>>,
}

impl Table {
    /// The field called `name` (exact, as 4D's names are case-sensitive in ORDA).
    pub fn field_named(&self, name: &str) -> Option<FieldId> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// `Get last field number`: the highest field number (0 for a table without fields).
    pub fn last_field_number(&self) -> i64 {
        self.fields.iter().map(|f| f.number).max().unwrap_or(0)
    }

    /// The field whose 4D number is `number`.
    pub fn field_numbered(&self, number: i64) -> Option<FieldId> {
        self.fields.iter().position(|f| f.number == number)
    }
}

/// A Many-to-One relation: `source` (the Many field) points at `destination` (the One field).
/// `name_nto1` names the related entity on the Many side (`manager`), `name_1ton` the related
/// entity selection on the One side (`directReports`).
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub source_table: TableId,
    pub source_field: FieldId,
    pub dest_table: TableId,
    pub dest_field: FieldId,
    pub name_nto1: Option<String>,
    pub name_1ton: Option<String>,
    pub auto_load_nto1: bool,
    pub auto_load_1ton: bool,
    /// `integrity="delete"`: deleting a One record deletes its Many records.
    pub delete_related: bool,
}

/// The whole structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Structure {
    pub name: String,
    pub tables: Vec<Table>,
    pub relations: Vec<Relation>,
}

/// Which way a relation is followed from a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From the Many table to its One record (`employee.manager`).
    ManyToOne,
    /// From the One table to its Many records (`company.employees`).
    OneToMany,
}

/// A relation attribute of a table, as ORDA sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub relation: usize,
    pub direction: Direction,
}

impl Link {
    /// The table this step starts from, the field there, the table it reaches and the field
    /// there, for a relation of `structure`.
    pub fn ends(self, structure: &Structure) -> (TableId, FieldId, TableId, FieldId) {
        let r = &structure.relations[self.relation];
        match self.direction {
            Direction::ManyToOne => (r.source_table, r.source_field, r.dest_table, r.dest_field),
            Direction::OneToMany => (r.dest_table, r.dest_field, r.source_table, r.source_field),
        }
    }
}

impl Structure {
    /// The table called `name` (exact).
    pub fn table_named(&self, name: &str) -> Option<TableId> {
        self.tables.iter().position(|t| t.name == name)
    }

    /// The table whose 4D number is `number`.
    pub fn table_numbered(&self, number: i64) -> Option<TableId> {
        self.tables.iter().position(|t| t.number == number)
    }

    /// `Last table number`: the highest table number.
    pub fn last_table_number(&self) -> i64 {
        self.tables.iter().map(|t| t.number).max().unwrap_or(0)
    }

    /// The relation attribute called `name` on `table`: a Many-to-One name on the Many
    /// table, or a One-to-Many name on the One table.
    pub fn link_named(&self, table: TableId, name: &str) -> Option<Link> {
        self.relations.iter().enumerate().find_map(|(i, r)| {
            if r.source_table == table && r.name_nto1.as_deref() == Some(name) {
                Some(Link {
                    relation: i,
                    direction: Direction::ManyToOne,
                })
            } else if r.dest_table == table && r.name_1ton.as_deref() == Some(name) {
                Some(Link {
                    relation: i,
                    direction: Direction::OneToMany,
                })
            } else {
                None
            }
        })
    }

    /// The shortest chain of relations from `from` to `to`, following Many-to-One links
    /// first (as 4D's `QUERY` does for a field of a related One table) and then any
    /// direction (`commands-legacy/query.md`, example 18). Empty when `from == to`.
    pub fn path_between(&self, from: TableId, to: TableId) -> Option<Vec<Link>> {
        if from == to {
            return Some(Vec::new());
        }
        for many_to_one_only in [true, false] {
            let mut previous: Vec<Option<(TableId, Link)>> = vec![None; self.tables.len()];
            let mut seen = vec![false; self.tables.len()];
            seen[from] = true;
            let mut queue = std::collections::VecDeque::from([from]);
            while let Some(t) = queue.pop_front() {
                for (i, r) in self.relations.iter().enumerate() {
                    let mut steps = Vec::new();
                    if r.source_table == t {
                        steps.push((r.dest_table, Direction::ManyToOne));
                    }
                    if r.dest_table == t && !many_to_one_only {
                        steps.push((r.source_table, Direction::OneToMany));
                    }
                    for (next, direction) in steps {
                        if seen[next] {
                            continue;
                        }
                        seen[next] = true;
                        previous[next] = Some((
                            t,
                            Link {
                                relation: i,
                                direction,
                            },
                        ));
                        queue.push_back(next);
                    }
                }
            }
            if seen[to] {
                let mut path = Vec::new();
                let mut at = to;
                while let Some((back, link)) = previous[at] {
                    path.push(link);
                    at = back;
                }
                path.reverse();
                return Some(path);
            }
        }
        None
    }
}
