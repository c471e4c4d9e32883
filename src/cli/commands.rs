//! `fourd commands [--json] [PATTERN]`: the 4D commands fourd implements —
//! every row of the command table and what the compiler handles itself
//! (`True`, `Formula`, the `C_XXX` declarations…) — with their number, theme
//! (4D's), thread safety, signature and one line of help. For people (which
//! commands can my code use?) and for tools (`--json`).

use crate::json::write_string;
use std::io::Write;

#[derive(clap::Args)]
pub struct CommandsArgs {
    /// Print a JSON array of objects (name, number, theme, threadSafe,
    /// signature, summary, implementedBy) instead of text.
    #[arg(long)]
    json: bool,
    /// Only the commands whose name contains this text (any case), or
    /// matches it with 4D's `@` wildcard when it has one.
    pattern: Option<String>,
}

/// One command fourd implements.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub name: &'static str,
    pub number: u32,
    pub theme: &'static str,
    pub thread_safe: bool,
    pub signature: String,
    pub summary: &'static str,
    /// `"native"` (a row of the command table) or `"compiler"`.
    pub implemented_by: &'static str,
}

/// Every command fourd implements, by theme then name.
pub fn listed() -> Vec<Listed> {
    use crate::names;
    let natives = crate::builtins::natives();
    let mut out: Vec<Listed> = natives
        .commands()
        .filter_map(|c| {
            let info = names::command(names::command_by_number(c.row.number)?);
            Some(Listed {
                name: info.name,
                number: c.row.number,
                theme: info.theme,
                thread_safe: c.thread_safe,
                signature: c.signature.display(info.name),
                summary: c.row.summary,
                implemented_by: "native",
            })
        })
        .collect();
    for (number, summary) in crate::eval::compile::compiler_commands() {
        if natives.command_index_of(number).is_some() {
            continue;
        }
        let Some(id) = names::command_by_number(number) else {
            continue;
        };
        let info = names::command(id);
        out.push(Listed {
            name: info.name,
            number,
            theme: info.theme,
            thread_safe: info.thread_safety != names::ThreadSafety::Unsafe,
            signature: info.name.to_string(),
            summary,
            implemented_by: "compiler",
        });
    }
    out.sort_by(|a, b| (a.theme, a.name).cmp(&(b.theme, b.name)));
    out
}

/// Whether a name matches the pattern: `@` as 4D's wildcard, else a
/// substring, case ignored.
fn matches(name: &str, pattern: &str) -> bool {
    if pattern.contains('@') {
        return crate::conv::text_eq(name, pattern);
    }
    name.to_lowercase().contains(&pattern.to_lowercase())
}

/// The list as JSON.
pub fn to_json(list: &[Listed]) -> String {
    let mut out = String::from("[");
    for (i, c) in list.iter().enumerate() {
        out.push_str(if i == 0 { "\n  {" } else { ",\n  {" });
        let fields: [(&str, String); 7] = [
            ("name", quoted(c.name)),
            ("number", c.number.to_string()),
            ("theme", quoted(c.theme)),
            ("threadSafe", c.thread_safe.to_string()),
            ("signature", quoted(&c.signature)),
            ("summary", quoted(c.summary)),
            ("implementedBy", quoted(c.implemented_by)),
        ];
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("\"{k}\": {v}"))
            .collect();
        out.push_str(&body.join(", "));
        out.push('}');
    }
    out.push_str(if list.is_empty() { "]" } else { "\n]" });
    out
}

fn quoted(s: &str) -> String {
    let mut out = String::new();
    write_string(&mut out, s);
    out
}

/// The list as text: one command a line, `Name (number)`, its signature and
/// help, grouped under each theme.
pub fn to_text(list: &[Listed]) -> String {
    let mut out = String::new();
    let mut theme = None;
    for c in list {
        if theme != Some(c.theme) {
            theme = Some(c.theme);
            out.push_str(&format!(
                "\n{}\n",
                if c.theme.is_empty() {
                    "(no theme)"
                } else {
                    c.theme
                }
            ));
        }
        let safety = if c.thread_safe {
            ""
        } else {
            " [not thread-safe]"
        };
        out.push_str(&format!(
            "  {} ({}){safety}\n      {}\n      {}\n",
            c.name, c.number, c.signature, c.summary
        ));
    }
    let plural = if list.len() == 1 { "" } else { "s" };
    out.push_str(&format!("\n{} command{plural}\n", list.len()));
    out.trim_start().to_string()
}

pub fn run(args: CommandsArgs) -> i32 {
    let list: Vec<Listed> = listed()
        .into_iter()
        .filter(|c| args.pattern.as_deref().is_none_or(|p| matches(c.name, p)))
        .collect();
    let text = if args.json {
        to_json(&list) + "\n"
    } else {
        to_text(&list)
    };
    let _ = std::io::stdout().write_all(text.as_bytes());
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_native_rows_and_what_the_compiler_handles() {
        let all = listed();
        let by_name = |n: &str| all.iter().find(|c| c.name == n).cloned();
        let regex = by_name("Match regex").expect("a native row");
        assert_eq!(
            (regex.number, regex.theme, regex.implemented_by),
            (1019, "String", "native")
        );
        assert!(regex.signature.starts_with("Match regex ( pattern : Text"));
        let formula = by_name("Formula").expect("the compiler handles it");
        assert_eq!((formula.number, formula.implemented_by), (1597, "compiler"));
        assert!(by_name("C_TEXT").is_some() && by_name("True").is_some());
        assert!(
            all.iter().filter(|c| c.name == "New collection").count() == 1,
            "a command that is both a row and compiled is listed once"
        );
        assert!(
            by_name("ADD RECORD").is_none(),
            "not implemented, not listed"
        );
    }

    /// Each command the list says the compiler handles runs (no -30012).
    #[test]
    fn every_compiler_command_runs() {
        use crate::eval::{Interp, Output, Program};
        use crate::session::{Directory, Session, SessionOptions};
        let session = Session::start(&SessionOptions::default(), Directory::built_ins())
            .expect("a built-in session")
            .0;
        let out = Output {
            stdout: Box::new(std::io::sink()),
            stderr: Box::new(std::io::sink()),
        };
        let mut it = Interp::new(Program::empty(crate::builtins::natives()), session, out);
        let compiled: Vec<Listed> = listed()
            .into_iter()
            .filter(|c| c.implemented_by == "compiler")
            .collect();
        assert!(
            compiled.len() > 10,
            "True, False, Null, Formula and the C_ declarations"
        );
        for c in compiled {
            let code = match c.number {
                214 | 215 | 1517 => format!("$v:={}", c.name),
                1597 => "$f:=Formula(1)".to_string(),
                _ => format!("{}($x{})", c.name, c.number),
            };
            let result = crate::repl::eval_entry(&mut it, &code, "<test>");
            assert!(
                !matches!(result, crate::repl::EntryResult::Errors(..)),
                "{code}"
            );
        }
    }

    #[test]
    fn patterns_and_json() {
        assert!(matches("Match regex", "REGEX") && matches("Match regex", "match@"));
        assert!(!matches("Match regex", "@string"));
        let list: Vec<Listed> = listed()
            .into_iter()
            .filter(|c| c.name == "Is macOS")
            .collect();
        let json = to_json(&list);
        let parsed = crate::json::parse(&json).expect("valid JSON");
        let crate::eval::Value::Collection(items) = crate::eval::display::from_json(&parsed) else {
            panic!("an array");
        };
        let items = items.borrow();
        let crate::eval::Value::Object(o) = &items.items[0] else {
            panic!("objects");
        };
        let o = o.borrow();
        assert_eq!(
            crate::eval::display::to_text(o.get("name").expect("name")),
            "Is macOS"
        );
        assert_eq!(
            crate::eval::display::to_text(o.get("number").expect("number")),
            "1572"
        );
        assert_eq!(
            crate::eval::display::to_text(o.get("theme").expect("theme")),
            "System Environment"
        );
        assert_eq!(to_json(&[]), "[]");
    }
}
