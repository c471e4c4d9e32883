//! `JSON Validate` (docs/commands/json-validate.md): a JSON Schema
//! validator with 4D's error codes and messages, for the two drafts 4D
//! takes — draft 4 (the default, when `$schema` is absent) and 2020-12.
//!
//! fourd's own validator rather than a crate: 4D reports each failed
//! keyword with its own code and message (the page's table), which a
//! general validator's errors would have to be mapped back to keyword by
//! keyword anyway, and the value checked is fourd's, not serde's. Not
//! there: `unevaluatedProperties`/`unevaluatedItems`, `$dynamicRef`,
//! references outside the schema (4D supports neither `https:` references
//! nor the vocabularies), `content…` keywords (4D neither).

use super::{BResult, Call};
use crate::eval::value::Object;
use crate::eval::{Fault, Interp, Value, display};
use std::rc::Rc;

const DRAFT_4: &str = "http://json-schema.org/draft-04/schema";
const DRAFT_2020: &str = "https://json-schema.org/draft/2020-12/schema";

/// How deep schemas may nest (the stack's bound; a `$ref` that comes back
/// to itself without going deeper into the value is error 38 at once).
const MAX_DEPTH: usize = 4096;

#[derive(Clone, Copy, PartialEq)]
enum Draft {
    Four,
    Y2020,
}

/// One error, as the `errors` collection holds it.
struct Failure {
    code: i64,
    json_path: String,
    message: String,
    schema_path: String,
}

struct Validator<'a> {
    root: &'a Value,
    draft: Draft,
    errors: Vec<Failure>,
    /// The `$ref`s being followed, with the value path each was met at: the
    /// same pair again is a circular reference.
    active_refs: Vec<(String, String)>,
}

fn get<'o>(o: &'o Object, key: &str) -> Option<&'o Value> {
    o.get(key)
}

fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Real(x) => Some(*x),
        _ => None,
    }
}

/// A value as the messages quote it: texts as they are, others as JSON.
fn quote(v: &Value) -> String {
    match v {
        Value::Text(t) => t.as_str().to_string(),
        other => display::to_text(other),
    }
}

/// JSON equality (numbers by value, objects by keys, arrays in order).
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Real(x), Value::Real(y)) => x == y,
        (Value::Text(x), Value::Text(y)) => x.as_str() == y.as_str(),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null | Value::Undefined, Value::Null | Value::Undefined) => true,
        (Value::Collection(x), Value::Collection(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.items.len() == y.items.len()
                && x.items.iter().zip(&y.items).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.props.len() == y.props.len()
                && x.props
                    .iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        (Value::Date(_), _) | (_, Value::Date(_)) => display::to_text(a) == display::to_text(b),
        _ => false,
    }
}

/// Whether a value is of a JSON Schema type.
fn is_type(v: &Value, ty: &str) -> bool {
    match ty {
        "null" => matches!(v, Value::Null | Value::Undefined),
        "boolean" => matches!(v, Value::Bool(_)),
        "object" => matches!(v, Value::Object(_)),
        "array" => matches!(v, Value::Collection(_)),
        "number" => matches!(v, Value::Real(_)),
        "integer" => matches!(v, Value::Real(x) if x.fract() == 0.0),
        "string" => matches!(v, Value::Text(_) | Value::Date(_)),
        _ => false,
    }
}

impl Validator<'_> {
    fn fail(&mut self, code: i64, path: &str, schema: &str, message: String) {
        self.errors.push(Failure {
            code,
            json_path: path.to_string(),
            message,
            schema_path: schema.to_string(),
        });
    }

    /// Whether `v` is valid against `schema`, without keeping the errors.
    fn passes(&mut self, v: &Value, schema: &Value, path: &str, sp: &str, depth: usize) -> bool {
        let before = self.errors.len();
        self.check(v, schema, path, sp, depth);
        let ok = self.errors.len() == before;
        self.errors.truncate(before);
        ok
    }

    /// The schema a `$ref` names in the root schema (`#`, `#/a/b`).
    fn resolve(&self, reference: &str) -> Option<Value> {
        let pointer = reference.strip_prefix('#')?;
        let mut at = self.root.clone();
        for part in pointer.split('/').skip(1) {
            let part = part.replace("~1", "/").replace("~0", "~");
            let next = match &at {
                Value::Object(o) => o.borrow().get(&part).cloned(),
                Value::Collection(c) => part
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| c.borrow().items.get(i).cloned()),
                _ => None,
            };
            at = next?;
        }
        Some(at)
    }

    fn check(&mut self, v: &Value, schema: &Value, path: &str, sp: &str, depth: usize) {
        let o = match schema {
            Value::Object(o) => o.borrow().clone(),
            Value::Bool(true) => return,
            Value::Bool(false) => {
                self.fail(22, path, sp, "The JSON does not match any value.".into());
                return;
            }
            _ => return,
        };
        if depth > MAX_DEPTH {
            self.fail(38, path, sp, "Circular reference detected.".into());
            return;
        }
        if let Some(Value::Text(r)) = get(&o, "$ref") {
            let r = r.as_str().to_string();
            let key = (r.clone(), path.to_string());
            if self.active_refs.contains(&key) {
                self.fail(38, path, sp, "Circular reference detected.".into());
                return;
            }
            match self.resolve(&r) {
                Some(target) => {
                    self.active_refs.push(key);
                    self.check(v, &target, path, &format!("{sp}/$ref"), depth + 1);
                    self.active_refs.pop();
                }
                None => self.fail(37, path, sp, "Reference could not be resolved.".into()),
            }
            if self.draft == Draft::Four {
                return; // In draft 4, $ref replaces its siblings.
            }
        }
        self.generic(v, &o, path, sp, depth);
        match v {
            Value::Real(x) => self.number(*x, &o, path, sp),
            Value::Text(t) => self.string(t.as_str(), &o, path, sp),
            Value::Date(_) => self.string(&display::to_text(v), &o, path, sp),
            Value::Collection(c) => {
                let items = c.borrow().items.clone();
                self.array(&items, &o, path, sp, depth);
            }
            Value::Object(obj) => {
                let obj = obj.borrow().clone();
                self.object(&obj, &o, path, sp, depth);
            }
            _ => {}
        }
    }

    fn generic(&mut self, v: &Value, o: &Object, path: &str, sp: &str, depth: usize) {
        if let Some(ty) = get(o, "type") {
            let types: Vec<String> = match ty {
                Value::Text(t) => vec![t.as_str().to_string()],
                Value::Collection(c) => c.borrow().items.iter().map(quote).collect(),
                _ => Vec::new(),
            };
            if !types.is_empty() && !types.iter().any(|t| is_type(v, t)) {
                let msg = format!("Incorrect type. Expected type is: {}", types.join(", "));
                self.fail(20, path, &format!("{sp}/type"), msg);
            }
        }
        if let Some(Value::Collection(e)) = get(o, "enum")
            && !e.borrow().items.iter().any(|x| json_eq(x, v))
        {
            let msg = format!(
                "Error while validating against 'enum' key. \"{}\" does not match any enum element in the schema.",
                quote(v)
            );
            self.fail(19, path, &format!("{sp}/enum"), msg);
        }
        if let Some(c) = get(o, "const")
            && !json_eq(c, v)
        {
            let msg = format!(
                "Value \"{}\" does not match the 'const' value in the schema.",
                quote(v)
            );
            self.fail(25, path, &format!("{sp}/const"), msg);
        }
        if let Some(Value::Collection(all)) = get(o, "allOf") {
            let all = all.borrow().items.clone();
            for (i, s) in all.iter().enumerate() {
                self.check(v, s, path, &format!("{sp}/allOf/{i}"), depth + 1);
            }
        }
        if let Some(Value::Collection(any)) = get(o, "anyOf") {
            let any = any.borrow().items.clone();
            let sp2 = format!("{sp}/anyOf");
            if !any.iter().any(|s| self.passes(v, s, path, &sp2, depth + 1)) {
                self.fail(22, path, &sp2, "The JSON does not match any value.".into());
            }
        }
        if let Some(Value::Collection(one)) = get(o, "oneOf") {
            let one = one.borrow().items.clone();
            let sp2 = format!("{sp}/oneOf");
            let n = one
                .iter()
                .filter(|s| self.passes(v, s, path, &sp2, depth + 1))
                .count();
            if n == 0 {
                self.fail(22, path, &sp2, "The JSON does not match any value.".into());
            } else if n > 1 {
                self.fail(
                    21,
                    path,
                    &sp2,
                    "The JSON matches more than one value.".into(),
                );
            }
        }
        if let Some(not) = get(o, "not")
            && self.passes(v, not, path, sp, depth + 1)
        {
            let msg = "The JSON is invalid against the value of 'not'.".to_string();
            self.fail(23, path, &format!("{sp}/not"), msg);
        }
        if self.draft == Draft::Y2020
            && let Some(cond) = get(o, "if")
        {
            let branch = if self.passes(v, cond, path, sp, depth + 1) {
                "then"
            } else {
                "else"
            };
            if let Some(s) = get(o, branch) {
                self.check(v, s, path, &format!("{sp}/{branch}"), depth + 1);
            }
        }
    }

    fn number(&mut self, x: f64, o: &Object, path: &str, sp: &str) {
        if let Some(m) = get(o, "multipleOf").and_then(num)
            && m > 0.0
        {
            let q = x / m;
            if (q - q.round()).abs() > 1e-9 {
                let msg = "Error while validating against 'multipleOf' key.".to_string();
                self.fail(2, path, &format!("{sp}/multipleOf"), msg);
            }
        }
        let flag = |k: &str| matches!(get(o, k), Some(Value::Bool(true)));
        let four = self.draft == Draft::Four;
        if let Some(max) = get(o, "maximum").and_then(num) {
            if four && flag("exclusiveMaximum") && x >= max {
                let msg = format!(
                    "The value provided should be less than specified in the schema (\"{}\").",
                    display::to_text(&Value::Real(max))
                );
                self.fail(4, path, &format!("{sp}/exclusiveMaximum"), msg);
            } else if x > max {
                let msg = format!(
                    "The value provided should not be greater than specified in the schema (\"{}\").",
                    display::to_text(&Value::Real(max))
                );
                self.fail(3, path, &format!("{sp}/maximum"), msg);
            }
        }
        if let Some(min) = get(o, "minimum").and_then(num) {
            if four && flag("exclusiveMinimum") && x <= min {
                let msg = format!(
                    "The value provided should be greater than specified in the schema (\"{}\").",
                    display::to_text(&Value::Real(min))
                );
                self.fail(6, path, &format!("{sp}/exclusiveMinimum"), msg);
            } else if x < min {
                let msg = format!(
                    "The value provided should not be less than specified in the schema (\"{}\").",
                    display::to_text(&Value::Real(min))
                );
                self.fail(5, path, &format!("{sp}/minimum"), msg);
            }
        }
        if let Some(max) = get(o, "exclusiveMaximum").and_then(num)
            && x >= max
        {
            let msg = format!(
                "The value provided should be less than specified in the schema (\"{}\").",
                display::to_text(&Value::Real(max))
            );
            self.fail(4, path, &format!("{sp}/exclusiveMaximum"), msg);
        }
        if let Some(min) = get(o, "exclusiveMinimum").and_then(num)
            && x <= min
        {
            let msg = format!(
                "The value provided should be greater than specified in the schema (\"{}\").",
                display::to_text(&Value::Real(min))
            );
            self.fail(6, path, &format!("{sp}/exclusiveMinimum"), msg);
        }
    }

    fn string(&mut self, s: &str, o: &Object, path: &str, sp: &str) {
        let len = s.chars().count() as f64;
        if get(o, "maxLength").and_then(num).is_some_and(|m| len > m) {
            let msg = "The string is longer than specified in the schema.".to_string();
            self.fail(7, path, &format!("{sp}/maxLength"), msg);
        }
        if get(o, "minLength").and_then(num).is_some_and(|m| len < m) {
            let msg = "The string is shorter than specified in the schema.".to_string();
            self.fail(8, path, &format!("{sp}/minLength"), msg);
        }
        if let Some(Value::Text(p)) = get(o, "pattern") {
            let matched = fancy_regex::Regex::new(p.as_str())
                .ok()
                .and_then(|re| re.is_match(s).ok());
            if matched == Some(false) {
                let msg = format!(
                    "The string \"{s}\" does not match the pattern in the schema:{}.",
                    p.as_str()
                );
                self.fail(9, path, &format!("{sp}/pattern"), msg);
            }
        }
        if let Some(Value::Text(f)) = get(o, "format")
            && !format_ok(f.as_str(), s)
        {
            let msg = format!("The string does not match (\"{}\")", f.as_str());
            self.fail(24, path, &format!("{sp}/format"), msg);
        }
    }

    fn array(&mut self, items: &[Value], o: &Object, path: &str, sp: &str, depth: usize) {
        let n = items.len() as f64;
        if get(o, "maxItems").and_then(num).is_some_and(|m| n > m) {
            let msg = "The array contains more items than specified in the schema.".to_string();
            self.fail(11, path, &format!("{sp}/maxItems"), msg);
        }
        if get(o, "minItems").and_then(num).is_some_and(|m| n < m) {
            let msg = "The array contains less items than specified in the schema.".to_string();
            self.fail(12, path, &format!("{sp}/minItems"), msg);
        }
        if matches!(get(o, "uniqueItems"), Some(Value::Bool(true))) {
            for (i, a) in items.iter().enumerate() {
                if items[..i].iter().any(|b| json_eq(a, b)) {
                    let msg = format!(
                        "Error while validating an array. Elements are not unique. Another instance of \"{}\" is already in the array.",
                        quote(a)
                    );
                    self.fail(
                        13,
                        &format!("{path}[{i}]"),
                        &format!("{sp}/uniqueItems"),
                        msg,
                    );
                    break;
                }
            }
        }
        // The schemas of the first items (draft 4's array form of items,
        // 2020's prefixItems), then the one of the rest.
        let (tuple_key, rest_key) = match self.draft {
            Draft::Four => ("items", "additionalItems"),
            Draft::Y2020 => ("prefixItems", "items"),
        };
        let tuple: Vec<Value> = match get(o, tuple_key) {
            Some(Value::Collection(c)) => c.borrow().items.clone(),
            _ => Vec::new(),
        };
        let rest = match (self.draft, get(o, "items")) {
            (Draft::Four, Some(s @ (Value::Object(_) | Value::Bool(_)))) => {
                Some((s.clone(), "items"))
            }
            _ => get(o, rest_key).cloned().map(|s| (s, rest_key)),
        };
        for (i, item) in items.iter().enumerate() {
            let ip = format!("{path}[{i}]");
            match (tuple.get(i), &rest) {
                (Some(s), _) => {
                    self.check(item, s, &ip, &format!("{sp}/{tuple_key}/{i}"), depth + 1)
                }
                (None, Some((Value::Bool(false), key)))
                    if !tuple.is_empty() || *key == "additionalItems" =>
                {
                    let msg = "Error while validating an array. JSON contains more elements than specified in the schema.".to_string();
                    self.fail(10, &ip, &format!("{sp}/{key}"), msg);
                    break;
                }
                (None, Some((s, key))) => {
                    self.check(item, s, &ip, &format!("{sp}/{key}"), depth + 1)
                }
                (None, None) => {}
            }
        }
        if let Some(contains) = get(o, "contains") {
            let sp2 = format!("{sp}/contains");
            let found = items
                .iter()
                .filter(|item| self.passes(item, contains, path, &sp2, depth + 1))
                .count();
            let min = get(o, "minContains").and_then(num);
            let max = get(o, "maxContains").and_then(num);
            if found == 0 && min.is_none_or(|m| m > 0.0) {
                let msg =
                    "Array does not contain any items matching the 'contains' schema.".to_string();
                self.fail(29, path, &sp2, msg);
            } else if let Some(m) = min.filter(|m| (found as f64) < *m) {
                let msg = format!(
                    "Array must contain at least {m} items matching the 'contains' schema, but only {found} were found."
                );
                self.fail(30, path, &format!("{sp}/minContains"), msg);
            }
            if let Some(m) = max.filter(|m| (found as f64) > *m) {
                let msg = format!(
                    "Array must contain at most {m} items matching the 'contains' schema, but {found} were found."
                );
                self.fail(31, path, &format!("{sp}/maxContains"), msg);
            }
        }
    }

    fn object(&mut self, obj: &Object, o: &Object, path: &str, sp: &str, depth: usize) {
        let n = obj.props.len() as f64;
        if get(o, "maxProperties").and_then(num).is_some_and(|m| n > m) {
            let msg =
                "The number of properties is greater than specified in the schema.".to_string();
            self.fail(14, path, &format!("{sp}/maxProperties"), msg);
        }
        if get(o, "minProperties").and_then(num).is_some_and(|m| n < m) {
            let msg = "The number of properties is less than specified in the schema.".to_string();
            self.fail(15, path, &format!("{sp}/minProperties"), msg);
        }
        if let Some(Value::Collection(req)) = get(o, "required") {
            for r in req.borrow().items.iter().map(quote) {
                if obj.get(&r).is_none() {
                    let msg = format!("The required property \"{r}\" is missing.");
                    self.fail(16, path, &format!("{sp}/required"), msg);
                }
            }
        }
        let props = match get(o, "properties") {
            Some(Value::Object(p)) => p.borrow().clone(),
            _ => Object::default(),
        };
        let patterns: Vec<(Rc<str>, Value, Option<fancy_regex::Regex>)> =
            match get(o, "patternProperties") {
                Some(Value::Object(p)) => p
                    .borrow()
                    .props
                    .iter()
                    .map(|(k, s)| (k.clone(), s.clone(), fancy_regex::Regex::new(k).ok()))
                    .collect(),
                _ => Vec::new(),
            };
        let mut extra = Vec::new();
        for (key, value) in &obj.props {
            let kp = format!("{path}.{key}");
            let mut covered = false;
            if let Some(s) = props.get(key) {
                covered = true;
                self.check(value, s, &kp, &format!("{sp}/properties/{key}"), depth + 1);
            }
            for (pat, s, re) in &patterns {
                if re
                    .as_ref()
                    .is_some_and(|re| re.is_match(&**key).unwrap_or(false))
                {
                    covered = true;
                    self.check(
                        value,
                        s,
                        &kp,
                        &format!("{sp}/patternProperties/{pat}"),
                        depth + 1,
                    );
                }
            }
            if !covered {
                extra.push((key.clone(), value.clone()));
            }
        }
        match get(o, "additionalProperties") {
            Some(Value::Bool(false)) if !extra.is_empty() => {
                let names: Vec<&str> = extra.iter().map(|(k, _)| &**k).collect();
                let msg = format!(
                    "No additional properties allowed by the schema. The property(ies) {} should be removed.",
                    names.join(", ")
                );
                self.fail(17, path, &format!("{sp}/additionalProperties"), msg);
            }
            Some(s @ Value::Object(_)) => {
                for (key, value) in &extra {
                    self.check(
                        value,
                        s,
                        &format!("{path}.{key}"),
                        &format!("{sp}/additionalProperties"),
                        depth + 1,
                    );
                }
            }
            _ => {}
        }
        if let Some(names) = get(o, "propertyNames") {
            for key in obj.props.iter().map(|(k, _)| k.clone()) {
                if !self.passes(&Value::text(&*key), names, path, sp, depth + 1) {
                    let msg = format!(
                        "Property name \"{key}\" does not validate against the 'propertyNames' schema."
                    );
                    self.fail(28, path, &format!("{sp}/propertyNames"), msg);
                }
            }
        }
        let deps = ["dependencies", "dependentRequired", "dependentSchemas"];
        for dep_key in deps {
            let Some(Value::Object(d)) = get(o, dep_key) else {
                continue;
            };
            for (key, dep) in d.borrow().props.iter() {
                if obj.get(key).is_none() {
                    continue;
                }
                match dep {
                    Value::Collection(names) => {
                        for other in names.borrow().items.iter().map(quote) {
                            if obj.get(&other).is_none() {
                                let (code, msg) = if dep_key == "dependencies" {
                                    (
                                        18,
                                        format!(
                                            "The property \"{key}\" requires the property \"{other}\"."
                                        ),
                                    )
                                } else {
                                    (
                                        32,
                                        format!(
                                            "The property \"{key}\" requires the property \"{other}\" to be present."
                                        ),
                                    )
                                };
                                self.fail(code, path, &format!("{sp}/{dep_key}/{key}"), msg);
                            }
                        }
                    }
                    schema @ (Value::Object(_) | Value::Bool(_)) => {
                        let whole = Value::Object(Rc::new(std::cell::RefCell::new(obj.clone())));
                        let sp2 = format!("{sp}/{dep_key}/{key}");
                        if dep_key == "dependentSchemas" {
                            if !self.passes(&whole, schema, path, &sp2, depth + 1) {
                                self.fail(
                                    36,
                                    path,
                                    &sp2,
                                    "Validation failed against 'dependentSchemas'.".into(),
                                );
                            }
                        } else {
                            self.check(&whole, schema, path, &sp2, depth + 1);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The `format`s 4D checks; an unknown format passes.
fn format_ok(format: &str, s: &str) -> bool {
    let re = |p: &str| {
        fancy_regex::Regex::new(p)
            .ok()
            .and_then(|r| r.is_match(s).ok())
            .unwrap_or(true)
    };
    match format {
        "date-time" => {
            re(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
        }
        "date" => re(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
        "time" => re(r"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$"),
        "email" => re(r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
        "hostname" => re(
            r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
        ),
        "ipv4" => {
            re(r"^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$")
        }
        "ipv6" => s.parse::<std::net::Ipv6Addr>().is_ok(),
        "uri" => re(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$"),
        "uuid" => {
            re(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
        }
        "regex" => fancy_regex::Regex::new(s).is_ok(),
        _ => true,
    }
}

/// `JSON Validate(vJson; vSchema)`: `{success}` or `{success: false;
/// errors}`, each error `{code; jsonPath; message; schemaPaths}`. A schema
/// that is not an object, or declares another draft, is an error (the
/// command returns Null in 4D).
pub fn json_validate(_: &mut Interp, c: &mut Call) -> BResult {
    let schema = c.value(1).clone();
    let Value::Object(so) = &schema else {
        return Err(Fault::arguments("JSON Validate").into());
    };
    let draft = match so.borrow().get("$schema") {
        None => Draft::Four,
        Some(Value::Text(t)) if t.as_str().trim_end_matches('#') == DRAFT_4 => Draft::Four,
        Some(Value::Text(t)) if t.as_str().trim_end_matches('#') == DRAFT_2020 => Draft::Y2020,
        Some(other) => {
            return Err(Fault::wrong_type(format!(
                "JSON Validate: unsupported schema version {}",
                quote(other)
            ))
            .into());
        }
    };
    let mut v = Validator {
        root: &schema,
        draft,
        errors: Vec::new(),
        active_refs: Vec::new(),
    };
    v.check(c.value(0), &schema, "$", "#", 0);
    let mut props: Vec<(Rc<str>, Value)> =
        vec![(Rc::from("success"), Value::Bool(v.errors.is_empty()))];
    if !v.errors.is_empty() {
        let errors = v
            .errors
            .into_iter()
            .map(|f| {
                Value::new_object(vec![
                    (Rc::from("code"), Value::int(f.code)),
                    (Rc::from("jsonPath"), Value::text(f.json_path)),
                    (Rc::from("message"), Value::text(f.message)),
                    (Rc::from("schemaPaths"), Value::text(f.schema_path)),
                ])
            })
            .collect();
        props.push((Rc::from("errors"), Value::new_collection(errors)));
    }
    Ok(Value::new_object(props))
}
