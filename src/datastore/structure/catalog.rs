//! Reading `catalog.4DCatalog`, 4D's XML description of the structure, into a
//! [`Structure`]. roxmltree reads the XML: it is read-only (we never write the catalog),
//! small, has no unsafe code in its public use, and gives every node's byte range, so a bad
//! catalog is reported at its line and column. Every check runs before the structure is
//! returned: the result is a whole structure or an error, never a half-built one.

use super::{Field, FieldId, FieldType, IndexKind, Relation, Structure, Table, TableId};
use crate::datastore::error::{DbError, DbResult, ERR_INVALID_STRUCTURE};
use roxmltree::{Document, Node};
use std::collections::HashMap;
use std::ops::Range;

/// Reads a catalog's text. Errors carry the byte range at fault (see [`DbError::located`]).
pub fn parse(text: &str) -> DbResult<Structure> {
    // A byte-order mark is common in real catalogs; spans stay offsets into `text`.
    let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let body = &text[bom..];
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = Document::parse_with_options(body, options).map_err(|e| {
        let pos = e.pos();
        let at = offset_of(body, pos.row as usize, pos.col as usize) + bom;
        DbError::at(
            ERR_INVALID_STRUCTURE,
            at..at,
            format!("the catalog is not well-formed XML: {e}"),
        )
    })?;
    let mut reader = Reader {
        uuids: HashMap::new(),
    };
    reader.base(doc.root_element()).map_err(|mut e| {
        if let Some(span) = &mut e.span {
            *span = span.start + bom..span.end + bom;
        }
        e
    })
}

/// The byte offset of a 1-based row and column (columns count characters).
fn offset_of(text: &str, row: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == row {
            let in_line: usize = line
                .chars()
                .take(col.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            return offset + in_line;
        }
        offset += line.len();
    }
    text.len()
}

struct Reader {
    /// Field uuid → (table, field), to resolve index and relation references.
    uuids: HashMap<String, (TableId, FieldId)>,
}

fn err(node: Node, message: impl Into<String>) -> DbError {
    DbError::at(ERR_INVALID_STRUCTURE, node.range(), message)
}

fn attr_span(node: Node, name: &str) -> Range<usize> {
    node.attribute_node(name)
        .map(|a| a.range())
        .unwrap_or_else(|| node.range())
}

fn required<'a>(node: Node<'a, 'a>, name: &str) -> DbResult<&'a str> {
    node.attribute(name).ok_or_else(|| {
        err(
            node,
            format!("<{}> has no `{name}` attribute", node.tag_name().name()),
        )
    })
}

fn boolean(node: Node, name: &str) -> DbResult<bool> {
    match node.attribute(name) {
        None => Ok(false),
        Some(v) if v.eq_ignore_ascii_case("true") => Ok(true),
        Some(v) if v.eq_ignore_ascii_case("false") => Ok(false),
        Some(v) => Err(DbError::at(
            ERR_INVALID_STRUCTURE,
            attr_span(node, name),
            format!("`{name}` must be true or false, not {v:?}"),
        )),
    }
}

fn int_attr(node: Node, name: &str) -> DbResult<Option<i64>> {
    match node.attribute(name) {
        None => Ok(None),
        Some(v) => v.trim().parse::<i64>().map(Some).map_err(|_| {
            DbError::at(
                ERR_INVALID_STRUCTURE,
                attr_span(node, name),
                format!("`{name}` must be a whole number, not {v:?}"),
            )
        }),
    }
}

fn children<'a>(node: Node<'a, 'a>, tag: &'a str) -> impl Iterator<Item = Node<'a, 'a>> {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == tag)
}

impl Reader {
    fn base(&mut self, root: Node) -> DbResult<Structure> {
        if root.tag_name().name() != "base" {
            return Err(err(
                root,
                format!(
                    "the catalog's root element is <{}>, not <base>",
                    root.tag_name().name()
                ),
            ));
        }
        let mut structure = Structure {
            name: root.attribute("name").unwrap_or("").to_string(),
            ..Structure::default()
        };
        let mut pk_refs = Vec::new();
        for node in children(root, "table") {
            let (table, pk) = self.table(node, structure.tables.len())?;
            if let Some(other) = structure.tables.iter().find(|t| t.name == table.name) {
                return Err(DbError::at(
                    ERR_INVALID_STRUCTURE,
                    attr_span(node, "name"),
                    format!("two tables are named {:?}", other.name),
                ));
            }
            if structure.tables.iter().any(|t| t.number == table.number) {
                return Err(DbError::at(
                    ERR_INVALID_STRUCTURE,
                    attr_span(node, "id"),
                    format!("two tables have the number {}", table.number),
                ));
            }
            pk_refs.push(pk);
            structure.tables.push(table);
        }
        for (t, pk) in pk_refs.into_iter().enumerate() {
            if let Some((node_range, uuid, name)) = pk {
                let table = &structure.tables[t];
                let by_uuid = uuid
                    .as_ref()
                    .and_then(|u| table.fields.iter().position(|f| &f.uuid == u));
                let by_name = name.as_ref().and_then(|n| table.field_named(n));
                match by_uuid.or(by_name) {
                    Some(f) => structure.tables[t].primary_key = Some(f),
                    None => {
                        return Err(DbError::at(
                            ERR_INVALID_STRUCTURE,
                            node_range,
                            format!(
                                "the primary key of [{}] names a field the table does not have",
                                table.name
                            ),
                        ));
                    }
                }
            }
        }
        for node in children(root, "index") {
            self.index(node, &mut structure)?;
        }
        for node in children(root, "relation") {
            let relation = self.relation(node, &structure)?;
            structure.relations.push(relation);
        }
        check_relation_names(&structure, root)?;
        Ok(structure)
    }

    #[allow(clippy::type_complexity)]
    fn table(
        &mut self,
        node: Node,
        id: TableId,
    ) -> DbResult<(
        Table,
        Option<(Range<usize>, Option<String>, Option<String>)>,
    )> {
        let name = required(node, "name")?.to_string();
        if name.is_empty() {
            return Err(DbError::at(
                ERR_INVALID_STRUCTURE,
                attr_span(node, "name"),
                "a table has an empty name",
            ));
        }
        let number = int_attr(node, "id")?
            .ok_or_else(|| err(node, format!("table {name:?} has no `id`")))?;
        if number < 1 {
            return Err(DbError::at(
                ERR_INVALID_STRUCTURE,
                attr_span(node, "id"),
                format!("table {name:?} has the number {number}; table numbers start at 1"),
            ));
        }
        let mut table = Table {
            name,
            number,
            uuid: node.attribute("uuid").unwrap_or("").to_string(),
            fields: Vec::new(),
            primary_key: None,
            composite_indexes: Vec::new(),
        };
        for f in children(node, "field") {
            let field = field(f, &table.name)?;
            if table.fields.iter().any(|g| g.name == field.name) {
                return Err(DbError::at(
                    ERR_INVALID_STRUCTURE,
                    attr_span(f, "name"),
                    format!("two fields of [{}] are named {:?}", table.name, field.name),
                ));
            }
            if table.fields.iter().any(|g| g.number == field.number) {
                return Err(DbError::at(
                    ERR_INVALID_STRUCTURE,
                    attr_span(f, "id"),
                    format!(
                        "two fields of [{}] have the number {}",
                        table.name, field.number
                    ),
                ));
            }
            if !field.uuid.is_empty() {
                if self.uuids.contains_key(&field.uuid) {
                    return Err(DbError::at(
                        ERR_INVALID_STRUCTURE,
                        attr_span(f, "uuid"),
                        format!("the uuid of [{}]{} is used twice", table.name, field.name),
                    ));
                }
                self.uuids
                    .insert(field.uuid.clone(), (id, table.fields.len()));
            }
            table.fields.push(field);
        }
        let pk = children(node, "primary_key").next().map(|p| {
            (
                p.range(),
                p.attribute("field_uuid").map(str::to_string),
                p.attribute("field_name").map(str::to_string),
            )
        });
        Ok((table, pk))
    }

    /// Resolves a `<field_ref uuid=… name=…><table_ref …/></field_ref>`.
    fn field_ref(&self, node: Node, structure: &Structure) -> DbResult<(TableId, FieldId)> {
        if let Some(found) = node.attribute("uuid").and_then(|u| self.uuids.get(u)) {
            return Ok(*found);
        }
        // No uuid (or an unknown one): fall back on the names.
        let table_name = children(node, "table_ref")
            .next()
            .and_then(|t| t.attribute("name"));
        let field_name = node.attribute("name");
        if let (Some(tn), Some(fname)) = (table_name, field_name)
            && let Some(t) = structure.table_named(tn)
            && let Some(f) = structure.tables[t].field_named(fname)
        {
            return Ok((t, f));
        }
        Err(err(
            node,
            format!(
                "this reference names a field that does not exist ({}{})",
                table_name.map(|t| format!("[{t}]")).unwrap_or_default(),
                field_name.unwrap_or("?")
            ),
        ))
    }

    fn index(&self, node: Node, structure: &mut Structure) -> DbResult<()> {
        let kind = match (node.attribute("kind"), int_attr(node, "type")?) {
            (Some("keywords"), _) => IndexKind::Keywords,
            (_, Some(1)) => IndexKind::BTree,
            (_, Some(3)) => IndexKind::Cluster,
            (_, Some(7)) | (_, None) => IndexKind::Automatic,
            (_, Some(other)) => {
                return Err(DbError::at(
                    ERR_INVALID_STRUCTURE,
                    attr_span(node, "type"),
                    format!("unknown index type {other} (4D knows 1, 3 and 7)"),
                ));
            }
        };
        let mut fields = Vec::new();
        for r in children(node, "field_ref") {
            fields.push(self.field_ref(r, structure)?);
        }
        match fields.as_slice() {
            [] => Err(err(node, "an index names no field")),
            [(t, f)] => {
                let field = &mut structure.tables[*t].fields[*f];
                if kind == IndexKind::Keywords {
                    field.keyword_index = true;
                } else {
                    field.index = Some(kind);
                }
                Ok(())
            }
            [(t, _), ..] => {
                if fields.iter().any(|(u, _)| u != t) {
                    return Err(err(node, "a composite index spans several tables"));
                }
                let ids = fields.iter().map(|(_, f)| *f).collect();
                structure.tables[*t].composite_indexes.push(ids);
                Ok(())
            }
        }
    }

    fn relation(&self, node: Node, structure: &Structure) -> DbResult<Relation> {
        let mut source = None;
        let mut dest = None;
        for rf in children(node, "related_field") {
            let Some(field_ref) = children(rf, "field_ref").next() else {
                return Err(err(rf, "a related field has no <field_ref>"));
            };
            let resolved = self.field_ref(field_ref, structure)?;
            match rf.attribute("kind") {
                Some("source") => source = Some(resolved),
                Some("destination") => dest = Some(resolved),
                other => {
                    return Err(err(
                        rf,
                        format!(
                            "a related field's kind is {other:?}, not \"source\" or \"destination\""
                        ),
                    ));
                }
            }
        }
        let (Some((st, sf)), Some((dt, df))) = (source, dest) else {
            return Err(err(
                node,
                "a relation needs a source and a destination field",
            ));
        };
        let name = |attr: &str| {
            node.attribute(attr)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
        };
        Ok(Relation {
            source_table: st,
            source_field: sf,
            dest_table: dt,
            dest_field: df,
            name_nto1: name("name_Nto1"),
            name_1ton: name("name_1toN"),
            auto_load_nto1: boolean(node, "auto_load_Nto1")?,
            auto_load_1ton: boolean(node, "auto_load_1toN")?,
            delete_related: node.attribute("integrity") == Some("delete"),
        })
    }
}

fn field(node: Node, table: &str) -> DbResult<Field> {
    let name = required(node, "name")?.to_string();
    if name.is_empty() {
        return Err(DbError::at(
            ERR_INVALID_STRUCTURE,
            attr_span(node, "name"),
            format!("a field of [{table}] has an empty name"),
        ));
    }
    let number =
        int_attr(node, "id")?.ok_or_else(|| err(node, format!("[{table}]{name} has no `id`")))?;
    if number < 1 {
        return Err(DbError::at(
            ERR_INVALID_STRUCTURE,
            attr_span(node, "id"),
            format!("[{table}]{name} has the number {number}; field numbers start at 1"),
        ));
    }
    let limiting_length = number_attr_len(node)?;
    let store_as_uuid = boolean(node, "store_as_UUID")?;
    let type_number = int_attr(node, "type")?
        .ok_or_else(|| err(node, format!("[{table}]{name} has no `type`")))?;
    let kind = FieldType::from_catalog(type_number, limiting_length.is_some() || store_as_uuid)
        .ok_or_else(|| {
            DbError::at(
                ERR_INVALID_STRUCTURE,
                attr_span(node, "type"),
                format!("[{table}]{name} has the unknown field type {type_number}"),
            )
        })?;
    let entry_mandatory = children(node, "field_extra")
        .next()
        .map(|e| boolean(e, "mandatory"))
        .transpose()?
        .unwrap_or(false);
    Ok(Field {
        name,
        number,
        uuid: node.attribute("uuid").unwrap_or("").to_string(),
        kind,
        unique: boolean(node, "unique")?,
        never_null: boolean(node, "never_null")?,
        not_null: boolean(node, "not_null")?,
        entry_mandatory,
        autosequence: boolean(node, "autosequence")?,
        autogenerate: boolean(node, "autogenerate")?,
        limiting_length: if kind == FieldType::Alpha {
            limiting_length
        } else {
            None
        },
        store_as_uuid,
        index: None,
        keyword_index: false,
        hide_in_rest: boolean(node, "hide_in_REST")?,
    })
}

fn number_attr_len(node: Node) -> DbResult<Option<usize>> {
    match int_attr(node, "limiting_length")? {
        None | Some(0) => Ok(None),
        Some(n) if n > 0 => Ok(Some(n as usize)),
        Some(n) => Err(DbError::at(
            ERR_INVALID_STRUCTURE,
            attr_span(node, "limiting_length"),
            format!("a field's limiting_length is {n}"),
        )),
    }
}

/// Relation names become ORDA attributes: one may not repeat a field's name or another
/// relation's name on the same table.
fn check_relation_names(structure: &Structure, root: Node) -> DbResult<()> {
    let mut seen: HashMap<(TableId, &str), ()> = HashMap::new();
    let relation_nodes: Vec<Node> = children(root, "relation").collect();
    for (i, r) in structure.relations.iter().enumerate() {
        let names = [
            (r.source_table, r.name_nto1.as_deref(), "name_Nto1"),
            (r.dest_table, r.name_1ton.as_deref(), "name_1toN"),
        ];
        for (table, name, attr) in names {
            let Some(name) = name else { continue };
            let clash = structure.tables[table].field_named(name).is_some()
                || seen.insert((table, name), ()).is_some();
            if clash {
                return Err(DbError::at(
                    ERR_INVALID_STRUCTURE,
                    attr_span(relation_nodes[i], attr),
                    format!(
                        "[{}] has two attributes named {name:?}",
                        structure.tables[table].name
                    ),
                ));
            }
        }
    }
    Ok(())
}
