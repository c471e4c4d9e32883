//! ORDA's query language (`docs/API/DataClassClass.md`, `.query()`) from text to a syntax
//! tree. A small hand-written lexer and recursive-descent parser: the grammar is a dozen
//! rules with word operators (`and`, `IS NOT`, `order by`) and a raw `eval(…)` body, and a
//! hand parser gives each error its exact byte position without a token-stream adapter.
//!
//! ```text
//! query     := or [ "order by" key { "," key } ]
//! or        := and { ("or" | "|" | "||") and }
//! and       := unary { ("and" | "&" | "&&") unary }
//! unary     := "not" unary | "(" or ")" | condition
//! condition := operand [ comparator value ]        (a lone operand: a formula)
//! operand   := path | placeholder | "eval(" text ")"
//! value     := 'text' | number | true | false | null | word | placeholder | "[" value,… "]"
//! ```
//! `and` binds tighter than `or`; parentheses group. Words are case-insensitive.

use super::Cmp;
use crate::datastore::datum::Datum;
use crate::datastore::error::{DbError, DbResult, ERR_QUERY_SYNTAX};
use std::ops::Range;

/// One segment of an attribute path: a name, maybe followed by `[]`/`[a]` or `{n}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub name: String,
    /// `Some(false)` for `[]`, `Some(true)` for `[a]`.
    pub element: Option<bool>,
}

/// `:1` (1-based) or `:name` with an optional path into the named value (`:extra.name`).
#[derive(Debug, Clone, PartialEq)]
pub enum Placeholder {
    Index(usize),
    Named(Vec<String>),
}

/// The left side of a condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Path(Vec<Segment>),
    Placeholder(Placeholder),
    /// The text inside `eval( … )`.
    Eval(String),
}

/// The right side of a condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Literal(Datum),
    Placeholder(Placeholder),
    List(Vec<Value>),
}

/// A comparator: one of [`Cmp`] or `IN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Cmp(Cmp),
    In,
}

/// A node of the condition tree, with the bytes it was read from.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Condition {
        operand: Operand,
        operand_span: Range<usize>,
        test: Option<(Op, Value, Range<usize>)>,
    },
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
}

/// One `order by` key.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderItem {
    pub operand: Operand,
    pub span: Range<usize>,
    pub descending: bool,
}

/// A whole query string.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub root: Node,
    pub order: Vec<OrderItem>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Number(f64),
    Text(String),
    Placeholder(Placeholder),
    Eval(String),
    Sym(&'static str),
    End,
}

fn syntax(span: Range<usize>, message: impl Into<String>) -> DbError {
    DbError::at(ERR_QUERY_SYNTAX, span, message)
}

/// Splits a query string into tokens with their spans.
fn lex(text: &str) -> DbResult<Vec<(Tok, Range<usize>)>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let tok = if c == '\'' {
            let Some(len) = text[i + 1..].find('\'') else {
                return Err(syntax(start..text.len(), "this quote is never closed"));
            };
            i += len + 2;
            Tok::Text(text[start + 1..i - 1].to_string())
        } else if c == '"' {
            return Err(syntax(
                start..start + 1,
                "use single quotes inside a query string",
            ));
        } else if c == ':' {
            i += 1;
            let word_end = scan_word(text, i);
            if word_end == i {
                return Err(syntax(
                    start..i,
                    "a placeholder needs a number or a name after `:`",
                ));
            }
            let word = &text[i..word_end];
            i = word_end;
            if word.bytes().all(|b| b.is_ascii_digit()) {
                match word.parse::<usize>() {
                    Ok(n) if n >= 1 => Tok::Placeholder(Placeholder::Index(n)),
                    _ => return Err(syntax(start..i, "placeholders are numbered from :1")),
                }
            } else {
                let mut path = vec![word.to_string()];
                while bytes.get(i) == Some(&b'.') {
                    let end = scan_word(text, i + 1);
                    if end == i + 1 {
                        break;
                    }
                    path.push(text[i + 1..end].to_string());
                    i = end;
                }
                Tok::Placeholder(Placeholder::Named(path))
            }
        } else if c.is_ascii_digit()
            || (c == '-'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && value_position(&out))
        {
            i += 1;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || bytes[i] == b'.'
                    || bytes[i] == b'-'
                    || bytes[i] == b':'
                    || bytes[i] == b'T')
            {
                i += 1;
            }
            let raw = &text[start..i];
            match raw.parse::<f64>() {
                Ok(n) => Tok::Number(n),
                // `1970-01-01` and the like: a bare word, typed by the field.
                Err(_) => Tok::Word(raw.to_string()),
            }
        } else if is_word_char(c) {
            i = scan_word(text, i);
            let word = &text[start..i];
            if word.eq_ignore_ascii_case("eval") && bytes.get(i) == Some(&b'(') {
                let body_start = i + 1;
                let mut depth = 1;
                let mut j = body_start;
                let mut in_text = false;
                while j < bytes.len() {
                    match bytes[j] {
                        b'"' => in_text = !in_text,
                        b'(' if !in_text => depth += 1,
                        b')' if !in_text => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if depth != 0 {
                    return Err(syntax(start..text.len(), "this eval( is never closed"));
                }
                i = j + 1;
                Tok::Eval(text[body_start..j].trim().to_string())
            } else {
                Tok::Word(word.to_string())
            }
        } else {
            let rest = &text[i..];
            let sym = [
                "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "=", "#", "<", ">", "%", "&",
                "|", "(", ")", "[", "]", "{", "}", ",", ".",
            ]
            .into_iter()
            .find(|s| rest.starts_with(s));
            let Some(sym) = sym else {
                return Err(syntax(
                    start..start + c.len_utf8(),
                    format!("unexpected character {c:?}"),
                ));
            };
            i += sym.len();
            Tok::Sym(sym)
        };
        out.push((tok, start..i));
    }
    out.push((Tok::End, text.len()..text.len()));
    Ok(out)
}

/// After a comparator or `[`/`,` a `-` starts a negative number.
fn value_position(tokens: &[(Tok, Range<usize>)]) -> bool {
    matches!(
        tokens.last(),
        Some((Tok::Sym(s), _)) if matches!(*s, "=" | "==" | "===" | "#" | "!=" | "!==" | "<" | ">" | "<=" | ">=" | "[" | ",")
    ) || matches!(tokens.last(), Some((Tok::Word(w), _)) if w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("not") || w.eq_ignore_ascii_case("in"))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn scan_word(text: &str, from: usize) -> usize {
    let mut end = from;
    for c in text[from..].chars() {
        if !is_word_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// Parses a query string.
pub fn parse(text: &str) -> DbResult<Query> {
    let tokens = lex(text)?;
    let mut p = Parser {
        tokens,
        at: 0,
        depth: 0,
    };
    if matches!(p.peek(), Tok::End) {
        return Err(syntax(0..text.len(), "the query string is empty"));
    }
    let root = p.or()?;
    let mut order = Vec::new();
    if p.word("order") {
        p.at += 1;
        if !p.word("by") {
            return Err(syntax(p.span(), "expected `by` after `order`"));
        }
        p.at += 1;
        order = p.order_list()?;
    }
    if !matches!(p.peek(), Tok::End) {
        return Err(syntax(
            p.span(),
            "expected `and`, `or`, `order by` or the end of the query",
        ));
    }
    Ok(Query { root, order })
}

/// Parses the text of `entitySelection.orderBy("lastName asc, employer.name desc")`.
pub fn parse_order(text: &str) -> DbResult<Vec<OrderItem>> {
    let tokens = lex(text)?;
    let mut p = Parser {
        tokens,
        at: 0,
        depth: 0,
    };
    if matches!(p.peek(), Tok::End) {
        return Err(syntax(0..text.len(), "the order is empty"));
    }
    let order = p.order_list()?;
    if !matches!(p.peek(), Tok::End) {
        return Err(syntax(
            p.span(),
            "expected `,`, `asc`, `desc` or the end of the order",
        ));
    }
    Ok(order)
}

struct Parser {
    tokens: Vec<(Tok, Range<usize>)>,
    at: usize,
    /// Open parentheses and `not`s around the current point.
    depth: usize,
}

/// The deepest nesting of parentheses and `not` accepted, so that no query string can
/// exhaust the native stack (4D documents no limit; real queries nest a few levels).
pub const MAX_NESTING: usize = 100;

/// The most segments in one attribute path (a self relation could otherwise be followed
/// without end: `manager.manager.manager…`).
pub const MAX_PATH: usize = 32;

impl Parser {
    /// `path [asc|desc] {, path [asc|desc]}`.
    fn order_list(&mut self) -> DbResult<Vec<OrderItem>> {
        let mut order = Vec::new();
        loop {
            let span = self.span();
            let operand = self.operand()?;
            let mut descending = false;
            if self.word("desc") {
                descending = true;
                self.at += 1;
            } else if self.word("asc") {
                self.at += 1;
            }
            order.push(OrderItem {
                operand,
                span,
                descending,
            });
            if self.sym(",") {
                self.at += 1;
                continue;
            }
            return Ok(order);
        }
    }

    fn peek(&self) -> &Tok {
        &self.tokens[self.at.min(self.tokens.len() - 1)].0
    }

    fn span(&self) -> Range<usize> {
        self.tokens[self.at.min(self.tokens.len() - 1)].1.clone()
    }

    fn word(&self, w: &str) -> bool {
        matches!(self.peek(), Tok::Word(x) if x.eq_ignore_ascii_case(w))
    }

    fn sym(&self, s: &str) -> bool {
        matches!(self.peek(), Tok::Sym(x) if *x == s)
    }

    fn or(&mut self) -> DbResult<Node> {
        let mut items = vec![self.and()?];
        while self.word("or") || self.sym("|") || self.sym("||") {
            self.at += 1;
            items.push(self.and()?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Node::Or(items)
        })
    }

    fn and(&mut self) -> DbResult<Node> {
        let mut items = vec![self.unary()?];
        while self.word("and") || self.sym("&") || self.sym("&&") {
            self.at += 1;
            items.push(self.unary()?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Node::And(items)
        })
    }

    fn unary(&mut self) -> DbResult<Node> {
        if self.word("not") || self.sym("(") {
            if self.depth >= MAX_NESTING {
                return Err(syntax(
                    self.span(),
                    format!("the query nests more than {MAX_NESTING} levels"),
                ));
            }
            self.depth += 1;
            let node = self.nested();
            self.depth -= 1;
            return node;
        }
        self.condition()
    }

    /// `not unary` or `( or )`.
    fn nested(&mut self) -> DbResult<Node> {
        if self.word("not") {
            self.at += 1;
            return Ok(Node::Not(Box::new(self.unary()?)));
        }
        let open = self.span();
        self.at += 1;
        let inner = self.or()?;
        if !self.sym(")") {
            return Err(syntax(
                open.start..self.span().end,
                "this parenthesis is never closed",
            ));
        }
        self.at += 1;
        Ok(inner)
    }

    fn condition(&mut self) -> DbResult<Node> {
        let start = self.span().start;
        let operand = self.operand()?;
        let operand_span = start..self.tokens[self.at - 1].1.end;
        let op_span = self.span();
        let op = match self.peek().clone() {
            Tok::Sym(s) => match s {
                "=" | "==" => Some(Op::Cmp(Cmp::Eq)),
                "===" => Some(Op::Cmp(Cmp::StrictEq)),
                "#" | "!=" => Some(Op::Cmp(Cmp::Ne)),
                "!==" => Some(Op::Cmp(Cmp::StrictNe)),
                "<" => Some(Op::Cmp(Cmp::Lt)),
                ">" => Some(Op::Cmp(Cmp::Gt)),
                "<=" => Some(Op::Cmp(Cmp::Le)),
                ">=" => Some(Op::Cmp(Cmp::Ge)),
                "%" => Some(Op::Cmp(Cmp::Keyword)),
                _ => None,
            },
            Tok::Word(w) if w.eq_ignore_ascii_case("in") => Some(Op::In),
            Tok::Word(w) if w.eq_ignore_ascii_case("is") => {
                self.at += 1;
                if self.word("not") {
                    Some(Op::Cmp(Cmp::StrictNe))
                } else {
                    self.at -= 1;
                    Some(Op::Cmp(Cmp::StrictEq))
                }
            }
            _ => None,
        };
        let Some(op) = op else {
            // A lone operand is a formula (`eval(…)` or a Formula placeholder).
            return match operand {
                Operand::Eval(_) | Operand::Placeholder(_) => Ok(Node::Condition {
                    operand,
                    operand_span,
                    test: None,
                }),
                Operand::Path(_) => Err(syntax(
                    op_span,
                    "expected a comparator (=, #, <, >, <=, >=, %, IN…)",
                )),
            };
        };
        self.at += 1;
        let value_start = self.span().start;
        let value = self.value()?;
        let span = value_start..self.tokens[self.at - 1].1.end;
        Ok(Node::Condition {
            operand,
            operand_span,
            test: Some((op, value, span)),
        })
    }

    fn operand(&mut self) -> DbResult<Operand> {
        let span = self.span();
        match self.peek().clone() {
            Tok::Placeholder(p) => {
                self.at += 1;
                Ok(Operand::Placeholder(p))
            }
            Tok::Eval(body) => {
                self.at += 1;
                Ok(Operand::Eval(body))
            }
            Tok::Word(first) => {
                self.at += 1;
                let mut path = vec![self.segment(first)?];
                while self.sym(".") {
                    if path.len() >= MAX_PATH {
                        return Err(syntax(
                            span.start..self.span().end,
                            format!("an attribute path has at most {MAX_PATH} parts"),
                        ));
                    }
                    self.at += 1;
                    match self.peek().clone() {
                        Tok::Word(w) => {
                            self.at += 1;
                            path.push(self.segment(w)?);
                        }
                        _ => {
                            return Err(syntax(
                                self.span(),
                                "expected an attribute name after `.`",
                            ));
                        }
                    }
                }
                Ok(Operand::Path(path))
            }
            _ => Err(syntax(
                span,
                "expected an attribute path, a placeholder or eval(…)",
            )),
        }
    }

    /// A name and its optional `[]`, `[a]` or `{n}` suffix.
    fn segment(&mut self, name: String) -> DbResult<Segment> {
        let mut element = None;
        if self.sym("[") {
            self.at += 1;
            if let Tok::Word(w) = self.peek().clone() {
                if w.chars().count() != 1 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
                    return Err(syntax(
                        self.span(),
                        "a link between collection criteria is one letter",
                    ));
                }
                self.at += 1;
                element = Some(true);
            } else {
                element = Some(false);
            }
            if !self.sym("]") {
                return Err(syntax(self.span(), "expected `]`"));
            }
            self.at += 1;
        } else if self.sym("{") {
            // A class index (`roles.actor{2}.lastName`): a separate reference to the relation.
            self.at += 1;
            if !matches!(self.peek(), Tok::Number(n) if *n >= 1.0) {
                return Err(syntax(self.span(), "a class index is a number from 1"));
            }
            self.at += 1;
            if !self.sym("}") {
                return Err(syntax(self.span(), "expected `}`"));
            }
            self.at += 1;
        }
        Ok(Segment { name, element })
    }

    fn value(&mut self) -> DbResult<Value> {
        let span = self.span();
        let v = match self.peek().clone() {
            Tok::Text(t) => Value::Literal(Datum::text(&t)),
            Tok::Number(n) => Value::Literal(Datum::Real(n)),
            Tok::Placeholder(p) => Value::Placeholder(p),
            Tok::Word(w) if w == "true" => Value::Literal(Datum::Bool(true)),
            Tok::Word(w) if w == "false" => Value::Literal(Datum::Bool(false)),
            Tok::Word(w) if w.eq_ignore_ascii_case("null") => Value::Literal(Datum::Null),
            Tok::Word(w) if !is_keyword(&w) => Value::Literal(Datum::text(&w)),
            Tok::Sym("[") => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.sym("]") {
                    loop {
                        items.push(self.value()?);
                        if self.sym(",") {
                            self.at += 1;
                            continue;
                        }
                        break;
                    }
                }
                if !self.sym("]") {
                    return Err(syntax(
                        self.span(),
                        "expected `,` or `]` in the list of values",
                    ));
                }
                Value::List(items)
            }
            _ => return Err(syntax(span, "expected a value")),
        };
        self.at += 1;
        Ok(v)
    }
}

fn is_keyword(w: &str) -> bool {
    ["and", "or", "not", "order", "in"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k))
}
