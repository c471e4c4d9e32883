//! rustyline glue: completion of command names (multi-word: `SET PL<tab>`),
//! constants, variables in scope and members of an object value; a hint with the
//! signature of the command being called; syntax highlighting with fourd's lexer.

use super::state::Repl;
use crate::builtins;
use crate::eval::native::Command;
use crate::eval::{BUILT_IN_PROPERTIES, Value};
use crate::names::{self, COMMANDS, CONSTANTS};
use crate::syntax::token::Tok;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hint, Hinter};
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

pub struct FourdHelper {
    pub repl: Rc<RefCell<Repl>>,
    pub color: bool,
}

const META: &[&str] = &[
    ":help", ":session", ":user", ":load", ":data", ":reset", ":quit",
];

/// The start of the (possibly multi-word) name that ends at `pos`.
fn name_start(line: &str, pos: usize) -> usize {
    line[..pos]
        .rfind(|c: char| {
            !(c.is_alphanumeric() || c == '_' || c == ' ' || c == '$' || c == '<' || c == '>')
        })
        .map_or(0, |i| i + 1)
}

fn candidates(repl: &Repl, line: &str, pos: usize) -> (usize, Vec<Pair>) {
    let pair = |s: &str| Pair {
        display: s.to_string(),
        replacement: s.to_string(),
    };
    if line.trim_start().starts_with(':') && !line[..pos].contains(' ') {
        let start = line.find(':').unwrap_or(0);
        let word = &line[start..pos];
        return (
            start,
            META.iter()
                .filter(|m| m.starts_with(word))
                .map(|m| pair(m))
                .collect(),
        );
    }
    // Members of an object: `$o.na<tab>`; classes: `cs.Pe<tab>`, `cs.Person.gr<tab>`.
    let before = &line[..pos];
    if let Some(dot) = before.rfind('.') {
        let partial = &before[dot + 1..];
        if partial.chars().all(|c| c.is_alphanumeric() || c == '_') {
            let path = before[..dot]
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
                .next()
                .unwrap_or("");
            let object = path.rsplit('.').next().unwrap_or("");
            let keys = match class_path_names(repl, path) {
                Some(names) => names,
                None => member_names(repl, object),
            };
            let found = keys
                .into_iter()
                .filter(|k| k.starts_with(partial))
                .map(|k| pair(&k))
                .collect();
            return (dot + 1, found);
        }
    }
    // Names: try the last 1…4 words, longest first, so `SET PL` completes
    // `SET PLUGIN ACCESS`.
    let start = name_start(line, pos);
    let text = &line[start..pos];
    let words: Vec<(usize, &str)> =
        text.match_indices(|c: char| !c.is_whitespace())
            .fold(Vec::new(), |mut acc, (i, _)| {
                if i == 0 || text[..i].ends_with(char::is_whitespace) {
                    acc.push((i, &text[i..]));
                }
                acc
            });
    for &(offset, partial) in words.iter().take(4) {
        let partial = partial.trim_start();
        if partial.is_empty() {
            continue;
        }
        let lower = partial.to_lowercase();
        let mut found: Vec<Pair> = Vec::new();
        if partial.starts_with('$') {
            found.extend(
                repl.interp
                    .program
                    .entry_scope
                    .names()
                    .iter()
                    .filter(|n| n.to_lowercase().starts_with(&lower))
                    .map(|n| pair(n)),
            );
        } else {
            let names = COMMANDS
                .iter()
                .map(|c| c.name)
                .chain(CONSTANTS.iter().map(|c| c.name));
            found.extend(
                names
                    .filter(|n| n.to_lowercase().starts_with(&lower))
                    .map(pair),
            );
            found.extend(
                repl.variable_names()
                    .iter()
                    .filter(|n| n.to_lowercase().starts_with(&lower))
                    .map(|n| pair(n)),
            );
        }
        if !found.is_empty() {
            found.sort_by(|a, b| {
                a.display
                    .len()
                    .cmp(&b.display.len())
                    .then(a.display.cmp(&b.display))
            });
            found.dedup_by(|a, b| a.display == b.display);
            found.truncate(100);
            return (start + offset, found);
        }
    }
    (pos, Vec::new())
}

/// `cs` → the names of the project's classes; `cs.Name` → what the class
/// object offers (ClassClass.md) and the functions and computed properties of
/// its instances; None for any other path.
fn class_path_names(repl: &Repl, path: &str) -> Option<Vec<String>> {
    let program = &repl.interp.program;
    if path == "cs" {
        return Some(program.classes.iter().map(|c| c.name.to_string()).collect());
    }
    let class = program.class(path.strip_prefix("cs.")?)?;
    let mut names: Vec<String> = [
        "new",
        "name",
        "superclass",
        "isShared",
        "isSingleton",
        "isSessionSingleton",
        "me",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    names.extend(crate::eval::class::member_names(&class));
    Some(names)
}

/// Property names of a local's object value, or a collection's functions.
fn member_names(repl: &Repl, variable: &str) -> Vec<String> {
    let Some(name) = variable.strip_prefix('$') else {
        return Vec::new();
    };
    let scope = repl.interp.program.entry_scope.names();
    let Some(slot) = scope
        .iter()
        .position(|n| n.trim_start_matches('$').eq_ignore_ascii_case(name))
    else {
        return Vec::new();
    };
    // The receiver's class as the member tables name it, and its own
    // properties.
    let (class, mut names): (String, Vec<String>) = match repl.interp.local_value(slot) {
        Some(Value::Object(o)) => {
            let o = o.borrow();
            let props = o.props.iter().map(|(k, _)| k.to_string()).collect();
            match o.class() {
                Some(c) if c.built_in => (c.name.to_string(), props),
                Some(c) => {
                    let mut props = props;
                    props.extend(crate::eval::class::member_names(c));
                    ("Object".to_string(), props)
                }
                None => ("Object".to_string(), props),
            }
        }
        Some(Value::Collection(_)) => ("Collection".to_string(), Vec::new()),
        Some(Value::Formula(_)) => ("Function".to_string(), Vec::new()),
        _ => return Vec::new(),
    };
    names.extend(
        BUILT_IN_PROPERTIES
            .iter()
            .filter(|(c, _)| *c == class.as_str())
            .map(|(_, p)| p.to_string()),
    );
    names.extend(
        builtins::natives()
            .members_of(&class)
            .map(|m| m.name.to_string()),
    );
    names
}

impl Completer for FourdHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        match self.repl.try_borrow() {
            Ok(repl) => Ok(candidates(&repl, line, pos)),
            Err(_) => Ok((pos, Vec::new())),
        }
    }
}

/// A signature shown after the cursor; never inserted.
pub struct SignatureHint(String);

impl Hint for SignatureHint {
    fn display(&self) -> &str {
        &self.0
    }
    fn completion(&self) -> Option<&str> {
        None
    }
}

/// The command whose argument list is open at the cursor.
fn open_call(line: &str, pos: usize) -> Option<&'static Command> {
    let names = names::NameTable::default();
    let lexed = crate::syntax::lex(&line[..pos], &names);
    let mut stack: Vec<Option<names::CommandId>> = Vec::new();
    let mut last_command = None;
    for (tok, _) in &lexed.tokens {
        match tok {
            Tok::LParen => stack.push(last_command.take()),
            Tok::RParen => {
                stack.pop();
            }
            Tok::Command(c) => last_command = Some(*c),
            _ => last_command = None,
        }
    }
    let id = stack.iter().rev().flatten().next().copied()?;
    let natives = builtins::natives();
    natives
        .command_index_of(names::command(id).number)
        .map(|i| natives.command(i))
}

impl Hinter for FourdHelper {
    type Hint = SignatureHint;

    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<SignatureHint> {
        if pos < line.len() || line.trim_start().starts_with(':') {
            return None;
        }
        let c = open_call(line, pos)?;
        Some(SignatureHint(format!(
            "   {}",
            c.signature.display(c.row.name)
        )))
    }
}

impl Highlighter for FourdHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color || line.trim_start().starts_with(':') {
            return Cow::Borrowed(line);
        }
        let names = self
            .repl
            .try_borrow()
            .map(|r| r.interp.program.names.clone())
            .unwrap_or_default();
        let lexed = crate::syntax::lex(line, &names);
        let mut out = String::with_capacity(line.len() * 2);
        let mut at = 0;
        for (tok, span) in &lexed.tokens {
            let (s, e) = (span.start as usize, span.end as usize);
            if s < at || e > line.len() || s >= e {
                continue;
            }
            out.push_str(&line[at..s]);
            let color = match tok {
                Tok::Kw(_) | Tok::Declare => "\x1b[1;34m",
                Tok::Command(_) | Tok::Method(_) => "\x1b[36m",
                Tok::Constant(_) => "\x1b[35m",
                Tok::Text(_) => "\x1b[32m",
                Tok::Number(_) | Tok::Date(_) | Tok::Time(_) => "\x1b[33m",
                Tok::Local(_) | Tok::Param(_) | Tok::Interprocess(_) => "\x1b[1m",
                Tok::Error => "\x1b[31m",
                _ => "",
            };
            if color.is_empty() {
                out.push_str(&line[s..e]);
            } else {
                out.push_str(color);
                out.push_str(&line[s..e]);
                out.push_str("\x1b[0m");
            }
            at = e;
        }
        out.push_str(&line[at..]);
        Cow::Owned(out)
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

impl Validator for FourdHelper {}

impl Helper for FourdHelper {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Limits;
    use crate::startup::SessionArgs;

    fn names(repl: &Repl, line: &str) -> Vec<String> {
        let (_, found) = candidates(repl, line, line.len());
        let mut names: Vec<String> = found.into_iter().map(|p| p.display).collect();
        names.sort();
        names
    }

    /// `cs.` completes the loaded classes, `cs.Square.` a class's functions
    /// (its own and its superclass's) beside the class object's members
    /// (docs/API/ClassClass.md), and an instance's variable its functions.
    #[test]
    fn completes_classes_and_their_functions() {
        let dir = std::env::temp_dir().join(format!("fourd-complete-{}", std::process::id()));
        let classes = dir.join("Classes");
        std::fs::create_dir_all(&classes).expect("temp folder");
        let write = |name: &str, text: &str| {
            std::fs::write(classes.join(name), text).expect("class file");
        };
        write(
            "Rectangle.4dm",
            "Class constructor($h : Integer)\n\tThis.h:=$h\nFunction getArea() : Integer\n\treturn This.h\n",
        );
        write(
            "Square.4dm",
            "Class extends Rectangle\nFunction get side() : Integer\n\treturn This.h\nFunction describe() : Text\n\treturn \"square\"\n",
        );
        std::fs::write(dir.join("main.4dm"), "").expect("main");
        let mut repl = Repl::new(SessionArgs::default(), Limits::default(), None).expect("repl");
        let reply = repl.handle(&format!(":load {}", dir.display()));
        assert!(
            reply.diagnostics.iter().all(|d| !d.is_error()),
            "{:?}",
            reply.diagnostics
        );
        assert_eq!(names(&repl, "$x:=cs.Sq"), ["Square"]);
        assert_eq!(names(&repl, "cs."), ["Rectangle", "Square"]);
        let members = names(&repl, "cs.Square.");
        for wanted in ["describe", "getArea", "side", "new", "superclass", "me"] {
            assert!(
                members.iter().any(|m| m == wanted),
                "{wanted} in {members:?}"
            );
        }
        repl.handle("$sq:=cs.Square.new(3)");
        assert_eq!(names(&repl, "$sq.desc"), ["describe"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
