//! Member functions as declared rows, like commands: one row per function —
//! receiver (a built-in class), name, signature, function, one line of
//! help, thread safety. The dispatcher (`eval/member.rs`), REPL completion
//! and `:help` read these rows; nothing else lists the names.
//!
//! Functions live beside their receiver: `collection` and `callback`
//! (collections, docs/API/CollectionClass.md), `function` (formula objects,
//! docs/API/FunctionClass.md).

mod callback;
mod coll_multisort;
mod coll_query;
mod collection;
mod file_fns;
mod file_props;
mod function;

pub(crate) use file_fns::{break_arg, charset_arg};
pub use file_props::PROPERTIES;

use crate::builtins::{Call, Fail};
use crate::eval::native::{Arg, MemberFn, MemberRow, Receiver};
use crate::eval::value::{CollRef, Collection, stored};
use crate::eval::{Fault, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// May run in a preemptive process (every collection and formula function is
/// thread-safe in 4D).
const SAFE: bool = true;

const fn row(
    receiver: Receiver,
    name: &'static str,
    signature: &'static str,
    run: MemberFn,
    summary: &'static str,
) -> MemberRow {
    MemberRow {
        receiver,
        name,
        signature,
        summary,
        thread_safe: SAFE,
        run,
    }
}

use crate::builtins::orda::{dataclass as od, entity as oe, selection as os};
use Receiver::{Class as K, Collection as C, Function as F};
const DS: Receiver = Receiver::BuiltIn("DataStore");
const DC: Receiver = Receiver::BuiltIn("DataClass");
const EN: Receiver = Receiver::BuiltIn("Entity");
const ES: Receiver = Receiver::BuiltIn("EntitySelection");
use callback as cb;
use collection as co;
use file_fns as ff;

/// `4D.File` and `4D.Folder`.
const FI: Receiver = Receiver::BuiltIn("File");
const FO: Receiver = Receiver::BuiltIn("Folder");
/// `4D.Signal`.
const SG: Receiver = Receiver::BuiltIn("Signal");
/// `4D.Blob`.
const BL: Receiver = Receiver::BuiltIn("Blob");

#[rustfmt::skip]
pub static MEMBERS: &[MemberRow] = &[
    // Collections: changed in place
    row(C, "push", "value: Any... -> Collection", co::push, "Adds values at the end; returns the collection"),
    row(C, "pop", "-> Any", co::pop, "Removes and returns the last item"),
    row(C, "shift", "-> Any", co::shift, "Removes and returns the first item"),
    row(C, "unshift", "value: Any... -> Collection", co::unshift, "Adds values at the start"),
    row(C, "insert", "index: Integer; element: Any -> Collection", co::insert, "Inserts an item at an index"),
    row(C, "remove", "index: Integer; howMany: Integer? -> Collection", co::remove, "Removes items from an index"),
    row(C, "clear", "-> Collection", co::clear, "Removes every item"),
    row(C, "resize", "size: Integer; defaultValue: Any? -> Collection", co::resize, "Sets the number of items (new ones are Null or the default)"),
    row(C, "fill", "value: Any; startFrom: Integer?; end: Integer? -> Collection", co::fill, "Sets items (from startFrom to end) to a value"),
    row(C, "combine", "col2: Collection; index: Integer? -> Collection", co::combine, "Inserts another collection's items"),
    row(C, "sort", "formula: Any?; param: Any...? -> Collection", cb::sort, "Sorts in place (ascending, ck descending, or by a formula)"),
    // Collections: new collections
    row(C, "orderBy", "criteria: Any? -> Collection", cb::order_by, "A sorted copy, by property paths (\"name desc, id\") or ck ascending/descending"),
    row(C, "orderByMethod", "formula: Formula; param: Any...? -> Collection", cb::order_by_method, "A sorted copy, compared by a formula ($1.value, $1.value2)"),
    row(C, "concat", "value: Any... -> Collection", co::concat, "A copy with the values (or a collection's items) added"),
    row(C, "copy", "option: Any? -> Collection", co::copy, "A deep copy"),
    row(C, "slice", "startFrom: Integer; end: Integer? -> Collection", co::slice, "The items from startFrom to end (not included)"),
    row(C, "reverse", "-> Collection", co::reverse, "A deep copy in reverse order"),
    row(C, "flat", "depth: Integer? -> Collection", co::flat, "The items with sub-collections flattened (depth 1 by default)"),
    row(C, "extract", "propertyPath: Text; option: Any?; more: Any...? -> Collection", co::extract, "The values of a property path (or objects of target properties)"),
    // Collections: reading
    row(C, "indexOf", "toSearch: Any; startFrom: Integer? -> Integer", co::index_of, "Index of the first equal item, or -1"),
    row(C, "lastIndexOf", "toSearch: Any; startFrom: Integer? -> Integer", co::last_index_of, "Index of the last equal item, or -1"),
    row(C, "includes", "toSearch: Any; startFrom: Integer? -> Boolean", co::includes, "Whether an equal item exists"),
    row(C, "countValues", "value: Any; propertyPath: Text? -> Integer", co::count_values, "How many items (or properties) equal the value"),
    row(C, "at", "index: Integer -> Any", co::at, "The item at an index (negative: from the end)"),
    row(C, "first", "-> Any", co::first, "The first item"),
    row(C, "last", "-> Any", co::last, "The last item"),
    row(C, "join", "delimiter: Text; option: Integer? -> Text", co::join, "The items as text, separated by the delimiter"),
    row(C, "sum", "propertyPath: Text? -> Real", co::sum, "The sum of the numbers"),
    row(C, "average", "propertyPath: Text? -> Any", co::average, "The mean of the numbers (undefined if none)"),
    row(C, "min", "propertyPath: Text? -> Any", co::min, "The smallest item in .sort() order"),
    row(C, "max", "propertyPath: Text? -> Any", co::max, "The largest item in .sort() order"),
    row(C, "count", "propertyPath: Text? -> Integer", co::count, "How many items (or properties) are neither null nor undefined"),
    row(C, "distinct", "propertyPath: Any?; options: Integer? -> Collection", co::distinct, "The distinct values, sorted (ck count values: with their counts)"),
    row(C, "equal", "collection2: Collection; option: Integer? -> Boolean", co::equal, "Deep equality (ck diacritical: exact texts)"),
    // Collections: with a callback ($1.value, $1.result, $1.stop)
    row(C, "map", "formula: Formula; param: Any...? -> Collection", cb::map, "The callback's result for each item"),
    row(C, "flatMap", "formula: Formula; param: Any...? -> Collection", cb::flat_map, "The callback's results, collections flattened one level"),
    row(C, "filter", "formula: Formula; param: Any...? -> Collection", cb::filter, "The items for which the callback is True"),
    row(C, "find", "startFrom: Integer?; formula: Formula?; param: Any...? -> Any", cb::find, "The first item for which the callback is True"),
    row(C, "findIndex", "startFrom: Integer?; formula: Formula?; param: Any...? -> Integer", cb::find_index, "Index of the first item for which the callback is True, or -1"),
    row(C, "every", "startFrom: Integer?; formula: Formula?; param: Any...? -> Boolean", cb::every, "Whether the callback is True for every item"),
    row(C, "some", "startFrom: Integer?; formula: Formula?; param: Any...? -> Boolean", cb::some, "Whether the callback is True for some item"),
    row(C, "reduce", "formula: Formula; initValue: Any?; param: Any...? -> Any", cb::reduce, "Folds the items, first to last, into $1.accumulator"),
    row(C, "reduceRight", "formula: Formula; initValue: Any?; param: Any...? -> Any", cb::reduce_right, "Folds the items, last to first, into $1.accumulator"),
    // Collections: queries (dataClass.query()'s language) and synchronized sorts
    row(C, "query", "queryString: Text; value: Any...? -> Collection", coll_query::query, "The items matching a query string (:1 and :name placeholders, querySettings)"),
    row(C, "indices", "queryString: Text; value: Any...? -> Collection", coll_query::indices, "The indexes of the items matching a query string, ascending"),
    row(C, "multiSort", "formula: Any?; colsToSort: Any...? -> Collection", coll_multisort::multi_sort, "Sorts in place, moving the items of other collections along (each a further level)"),
    // Formula objects
    row(F, "call", "thisObj: Any?; param: Any...? -> Any", function::call, "Runs the formula with This set to thisObj"),
    row(F, "apply", "thisObj: Any?; params: Collection? -> Any", function::apply, "Runs the formula with This set and the parameters as a collection"),
    // ORDA (docs/API/DataStoreClass.md, DataClassClass.md, EntityClass.md, EntitySelectionClass.md)
    row(DS, "startTransaction", "", od::start_transaction, "Opens a transaction"),
    row(DS, "validateTransaction", "", od::validate_transaction, "Keeps the transaction's changes"),
    row(DS, "cancelTransaction", "", od::cancel_transaction, "Undoes the transaction's changes"),
    row(DS, "transactionInProgress", "-> Boolean", od::transaction_in_progress, "True inside a transaction"),
    row(DC, "new", "-> Object", od::new, "A new entity, not saved"),
    row(DC, "all", "-> Object", od::all, "Every entity of the dataclass"),
    row(DC, "get", "primaryKey: Any -> Object", od::get, "The entity with this primary key, or Null"),
    row(DC, "query", "queryString: Text; value: Any...? -> Object", od::query, "The entities that match a query string"),
    row(DC, "getInfo", "-> Object", od::get_info, "{name; primaryKey; tableNumber}"),
    row(EN, "save", "mode: Integer? -> Object", oe::save, "Saves the entity; a status object"),
    row(EN, "drop", "mode: Integer? -> Object", oe::drop, "Deletes the entity's record; a status object"),
    row(EN, "reload", "-> Object", oe::reload, "Reads the record again"),
    row(EN, "getKey", "mode: Integer? -> Any", oe::get_key, "The primary key's value"),
    row(EN, "toObject", "filter: Any? -> Object", oe::to_object, "The attributes as an object"),
    row(EN, "isNew", "-> Boolean", oe::is_new, "True if the entity was never saved"),
    row(EN, "getStamp", "-> Integer", oe::get_stamp, "The entity's stamp"),
    row(ES, "first", "-> Object", os::first, "The first entity, or Null"),
    row(ES, "last", "-> Object", os::last, "The last entity, or Null"),
    row(ES, "at", "index: Integer -> Object", os::at, "The entity at a position, or Null"),
    row(ES, "toCollection", "filter: Any? -> Collection", os::to_collection, "One object per entity"),
    row(ES, "extract", "attributePath: Text -> Collection", os::extract, "The values of an attribute"),
    row(ES, "orderBy", "pathString: Text -> Object", os::order_by, "A sorted entity selection"),
    row(ES, "orderByFormula", "formula: Any; sortOrder: Any?; settings: Object? -> Object", crate::builtins::orda::query::order_by_formula, "A selection sorted on a formula's value for each entity"),
    row(ES, "query", "queryString: Text; value: Any...? -> Object", os::query, "The entities of the selection that match"),
    row(ES, "sum", "attributePath: Text -> Real", os::sum, "The sum of an attribute"),
    row(ES, "average", "attributePath: Text -> Real", os::average, "The average of an attribute"),
    row(ES, "min", "attributePath: Text -> Any", os::min, "The smallest value of an attribute"),
    row(ES, "max", "attributePath: Text -> Any", os::max, "The largest value of an attribute"),
    row(ES, "count", "attributePath: Text -> Integer", os::count, "The entities whose attribute is not null"),
    row(ES, "distinct", "attributePath: Text -> Collection", os::distinct, "The different values of an attribute"),
    row(ES, "slice", "startFrom: Integer; end: Integer? -> Object", os::slice, "Part of the selection"),
    row(ES, "isOrdered", "-> Boolean", os::is_ordered, "True if the selection is ordered"),
    row(ES, "contains", "entity: Object -> Boolean", os::contains, "True if the entity is in the selection"),
    row(ES, "and", "entities: Object -> Object", os::and, "The entities in both"),
    row(ES, "or", "entities: Object -> Object", os::or, "The entities in either"),
    row(ES, "minus", "entities: Object -> Object", os::minus, "The entities not in the other"),
    // 4D.File (docs/API/FileClass.md)
    row(FI, "copyTo", "destinationFolder: Object; newName: Text?; overwrite: Integer? -> Object", ff::copy_to, "Copies the file into a folder; returns the copy"),
    row(FI, "create", "-> Boolean", ff::create, "Creates the file (and its folders); False if it existed"),
    row(FI, "createAlias", "destinationFolder: Object; aliasName: Text; aliasType: Integer? -> Object", ff::create_alias, "Not available in fourd: scripts make no links"),
    row(FI, "delete", "", ff::delete, "Deletes the file (a link itself, not its target)"),
    row(FI, "getContent", "-> Object", ff::get_content, "The file's bytes as a 4D.Blob"),
    row(FI, "getIcon", "size: Integer? -> Any", ff::get_icon, "Not available headless"),
    row(FI, "getText", "charSet: Any?; breakMode: Integer? -> Text", ff::get_text, "The file's text (a BOM chooses the charset; UTF-8 by default)"),
    row(FI, "moveTo", "destinationFolder: Object; newName: Text? -> Object", ff::move_to, "Moves the file into a folder; returns it"),
    row(FI, "rename", "newName: Text -> Object", ff::rename, "Renames the file in its folder; returns it"),
    row(FI, "setContent", "content: Any", ff::set_content, "Replaces the file's bytes with a BLOB's or a 4D.Blob's (makes the file)"),
    row(FI, "setText", "text: Text; charSet: Any?; breakMode: Integer?", ff::set_text, "Writes the file's text (UTF-8 without BOM by default)"),
    // 4D.Folder (docs/API/FolderClass.md)
    row(FO, "copyTo", "destinationFolder: Object; newName: Text?; overwrite: Integer? -> Object", ff::copy_to, "Copies the folder and its contents into a folder; returns the copy"),
    row(FO, "create", "-> Boolean", ff::create, "Creates the folder (and those above); False if it existed"),
    row(FO, "createAlias", "destinationFolder: Object; aliasName: Text; aliasType: Integer? -> Object", ff::create_alias, "Not available in fourd: scripts make no links"),
    row(FO, "delete", "option: Integer?", ff::delete, "Deletes the folder (Delete with contents: and all it holds)"),
    row(FO, "file", "path: Text -> Object", ff::file, "The file at a relative path below the folder"),
    row(FO, "files", "options: Integer? -> Collection", ff::files_of, "Its files (fk recursive, fk ignore invisible), sorted by name"),
    row(FO, "folder", "path: Text -> Object", ff::folder, "The folder at a relative path below the folder"),
    row(FO, "folders", "options: Integer? -> Collection", ff::folders_of, "Its subfolders (fk recursive, fk ignore invisible), sorted by name"),
    row(FO, "getIcon", "size: Integer? -> Any", ff::get_icon, "Not available headless"),
    row(FO, "moveTo", "destinationFolder: Object; newName: Text? -> Object", ff::move_to, "Moves the folder into a folder; returns it"),
    row(FO, "rename", "newName: Text -> Object", ff::rename, "Renames the folder; returns it"),
    // 4D.Blob (docs/API/BlobClass.md)
    row(BL, "slice", "start: Integer?; end: Integer? -> Object", crate::builtins::blob_class::slice, "A new 4D.Blob of the bytes from start up to end (not included)"),
    // Class objects (docs/API/ClassClass.md)
    row(K, "new", "param: Any...? -> Object", crate::builtins::classes::class_new, "A new instance of the class, its constructor run with the parameters"),
    // 4D.Signal (docs/API/SignalClass.md)
    row(SG, "wait", "timeout: Real? -> Boolean", crate::builtins::process_signal::wait, "Waits (other processes run) until triggered or the timeout passes"),
    row(SG, "trigger", "", crate::builtins::process_signal::trigger, "Sets .signaled to True and wakes the waiting processes"),
];

/// The collection a collection function is called on.
fn collection(this: &Value) -> Result<&CollRef, Fault> {
    match this {
        Value::Collection(c) => Ok(c),
        other => Err(Fault::wrong_type(format!(
            "A {} is not a collection",
            other.type_name()
        ))),
    }
}

fn len_of(c: &CollRef) -> i64 {
    c.borrow().items.len() as i64
}

/// -30008 for a member function: `.name()`.
fn args_error(name: &str) -> Fail {
    Fault::arguments(&format!(".{name}()")).into()
}

/// A start index: negative counts from the end (of `len` items), then
/// clamps at 0; `default` when the argument is no number.
fn start(v: Option<&Value>, default: i64, len: i64) -> i64 {
    match v {
        Some(Value::Real(x)) => {
            let i = x.trunc() as i64;
            if i < 0 { (i + len).max(0) } else { i }
        }
        _ => default,
    }
}

fn arg_int(v: Option<&Value>) -> Option<i64> {
    match v {
        Some(Value::Real(x)) => Some(x.trunc() as i64),
        _ => None,
    }
}

fn text_arg(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::Text(t)) => Some(t.as_str().to_string()),
        _ => None,
    }
}

/// Values stored into a collection: a time becomes its milliseconds.
fn stored_args(c: &mut Call) {
    for i in 0..c.len() {
        if let Some(Arg::Value(v)) = c.args.get_mut(i) {
            *v = stored(std::mem::take(v));
        }
    }
}

/// A new collection of `items`, shared if `c` is: `.slice()`, `.filter()`,
/// `.orderBy()`, `.orderByMethod()` — "If the original collection is a
/// shared collection, the returned collection is also a shared collection"
/// (the docs).
fn like(c: &CollRef, items: Vec<Value>) -> Value {
    let shared = c.borrow().shared;
    Value::Collection(Rc::new(RefCell::new(Collection { items, shared })))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each receiver declares a name once, and every row's signature parses
    /// to named parameters.
    #[test]
    fn rows_are_unique_and_signatures_parse() {
        let mut seen = std::collections::HashSet::new();
        for m in MEMBERS {
            assert!(
                seen.insert((m.receiver.class_name(), m.name)),
                "{}.{} declared twice",
                m.receiver.class_name(),
                m.name
            );
            let sig = crate::eval::native::Signature::parse(m.signature);
            assert!(sig.params.iter().all(|p| !p.name.is_empty()), "{}", m.name);
        }
    }

    /// The collection functions of docs/API/CollectionClass.md that REPL
    /// completion once missed are declared.
    #[test]
    fn completion_names_come_from_the_rows() {
        let natives = crate::builtins::natives();
        let names: Vec<&str> = natives.members_of("Collection").map(|m| m.name).collect();
        for name in [
            "combine",
            "fill",
            "flatMap",
            "lastIndexOf",
            "orderByMethod",
            "reduceRight",
            "resize",
        ] {
            assert!(names.contains(&name), "{name}");
        }
    }
}
