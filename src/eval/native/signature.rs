//! Command signatures as data: `"find: Text; text: Text; start: Integer?; *? -> Integer"`.
//! A `?` marks an optional parameter, `...` a repeated one, `*?` an optional
//! trailing `*` flag; the text after `->` names the result for `:help`.

use crate::eval::value::Value;

/// How an argument is evaluated before the command runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgMode {
    Value,
    /// An output variable: the command writes it (`GET USER LIST($names; $ids)`).
    Place,
    /// A value, where an undefined variable is not an error (`Undefined($x)`).
    Lenient,
    /// Not evaluated: the command reads the argument's node itself (a table, a field, a
    /// query criterion `[T]F="x"`).
    Raw,
}

/// What a parameter accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    Any,
    Text,
    /// Any number (a Time counts as its seconds).
    Number,
    Integer,
    Boolean,
    Date,
    Time,
    Object,
    Collection,
    Pointer,
    /// A formula object, or a method name as text.
    Formula,
    /// An output variable the command writes.
    Var,
    /// A value where an undefined variable is no error (`Undefined($x)`).
    Lenient,
    /// A bare operator (`>` or `<` for a sort order).
    Symbol,
    /// An argument the command reads from its node (`Raw`): a table, a field, a criterion.
    Raw,
}

impl ParamType {
    fn parse(s: &str) -> ParamType {
        match s {
            "Text" => ParamType::Text,
            "Number" | "Real" => ParamType::Number,
            "Integer" => ParamType::Integer,
            "Boolean" => ParamType::Boolean,
            "Date" => ParamType::Date,
            "Time" => ParamType::Time,
            "Object" => ParamType::Object,
            "Collection" => ParamType::Collection,
            "Pointer" => ParamType::Pointer,
            "Formula" => ParamType::Formula,
            "Var" => ParamType::Var,
            "Lenient" => ParamType::Lenient,
            "Symbol" => ParamType::Symbol,
            "Raw" | "Table" | "Field" => ParamType::Raw,
            _ => ParamType::Any,
        }
    }

    /// Does a value fit this parameter?
    pub fn accepts(self, v: &Value) -> bool {
        match self {
            ParamType::Any | ParamType::Var | ParamType::Lenient | ParamType::Raw => true,
            ParamType::Text => matches!(v, Value::Text(_)),
            ParamType::Number | ParamType::Integer => matches!(v, Value::Real(_) | Value::Time(_)),
            ParamType::Boolean => matches!(v, Value::Bool(_)),
            ParamType::Date => matches!(v, Value::Date(_)),
            ParamType::Time => matches!(v, Value::Time(_) | Value::Real(_)),
            ParamType::Object => matches!(v, Value::Object(_) | Value::Formula(_) | Value::Null),
            ParamType::Collection => matches!(v, Value::Collection(_) | Value::Null),
            ParamType::Pointer => matches!(v, Value::Pointer(_) | Value::Null),
            ParamType::Formula => matches!(v, Value::Formula(_) | Value::Text(_)),
            ParamType::Symbol => false,
        }
    }

    /// What an undefined argument becomes for this parameter, if anything.
    pub fn empty_value(self) -> Option<Value> {
        Some(match self {
            ParamType::Text => Value::text(""),
            ParamType::Number | ParamType::Integer => Value::Real(0.0),
            ParamType::Boolean => Value::Bool(false),
            ParamType::Date => Value::Date(crate::conv::Date4D::NULL),
            ParamType::Time => Value::Time(0),
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct ParamSpec {
    pub name: String,
    pub ty: ParamType,
    pub type_name: String,
    pub optional: bool,
    pub repeated: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Signature {
    pub params: Vec<ParamSpec>,
    /// Minimum and maximum argument counts (`None`: any number).
    pub min: usize,
    pub max: Option<usize>,
    /// Accepts a trailing `*`.
    pub star: bool,
    pub result: Option<String>,
}

impl Signature {
    pub fn parse(text: &str) -> Signature {
        let (params, result) = match text.split_once("->") {
            Some((p, r)) => (p, Some(r.trim().to_string())),
            None => (text, None),
        };
        let mut sig = Signature {
            result,
            ..Signature::default()
        };
        for part in params.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            if part == "*?" || part == "*" {
                sig.star = true;
                continue;
            }
            let (name, ty) = part.split_once(':').unwrap_or((part, "Any"));
            let mut ty = ty.trim();
            let optional = ty.ends_with('?');
            ty = ty.trim_end_matches('?');
            let repeated = ty.ends_with("...");
            ty = ty.trim_end_matches("...");
            sig.params.push(ParamSpec {
                name: name.trim().to_string(),
                ty: ParamType::parse(ty),
                type_name: ty.to_string(),
                optional,
                repeated,
            });
        }
        sig.min = sig
            .params
            .iter()
            .filter(|p| !p.optional && !p.repeated)
            .count();
        sig.max = if sig.params.iter().any(|p| p.repeated) {
            None
        } else {
            Some(sig.params.len())
        };
        sig
    }

    /// How argument `i` is evaluated.
    #[inline]
    pub fn mode(&self, i: usize) -> ArgMode {
        match self.param(i).map(|p| p.ty) {
            Some(ParamType::Var) => ArgMode::Place,
            Some(ParamType::Lenient) => ArgMode::Lenient,
            Some(ParamType::Raw) => ArgMode::Raw,
            _ => ArgMode::Value,
        }
    }

    /// The parameter that argument `i` binds to.
    pub fn param(&self, i: usize) -> Option<&ParamSpec> {
        self.params
            .get(i)
            .or_else(|| self.params.last().filter(|p| p.repeated))
    }

    /// The signature as 4D's documentation writes it: `Name ( a ; b {; c} ) : T`.
    pub fn display(&self, name: &str) -> String {
        let mut out = String::from(name);
        if !self.params.is_empty() || self.star {
            out.push_str(" ( ");
            let mut first = true;
            for p in &self.params {
                let piece = format!("{} : {}", p.name, p.type_name);
                let piece = if p.repeated {
                    format!("{piece} {{; …}}")
                } else {
                    piece
                };
                if p.optional {
                    out.push_str(&if first {
                        format!("{{{piece}}}")
                    } else {
                        format!(" {{; {piece}}}")
                    });
                } else {
                    out.push_str(&if first { piece } else { format!(" ; {piece}") });
                }
                first = false;
            }
            if self.star {
                out.push_str(if first { "{*}" } else { " {; *}" });
            }
            out.push_str(" )");
        }
        if let Some(r) = &self.result {
            out.push_str(&format!(" : {r}"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_optional_star_and_repeats() {
        let s = Signature::parse("find: Text; text: Text; start: Integer?; *? -> Integer");
        assert_eq!((s.min, s.max, s.star), (2, Some(3), true));
        assert_eq!(
            s.display("Position"),
            "Position ( find : Text ; text : Text {; start : Integer} {; *} ) : Integer"
        );
        let v = Signature::parse("value: Any...? -> Collection");
        assert_eq!((v.min, v.max), (0, None));
        assert!(v.param(7).is_some());
    }
}
