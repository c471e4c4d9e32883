//! `:help`: what the REPL offers, and what fourd knows of a command or a
//! member function (`:help $c.orderBy`) — the same rows of the native tables
//! the dispatcher and the checker use.

use crate::builtins;
use crate::names::{self, ConstValue, ThreadSafety};

/// The lines `:help [NAME]` prints.
pub fn help(topic: &str) -> Vec<String> {
    let topic = topic.trim();
    if topic.is_empty() {
        return [
            "Type 4D code: an expression prints its value; a statement runs.",
            "Blocks (If, For each, Case of, Try…) and a line ending in \\ continue on the next lines;",
            "  an unclosed bracket is an error, and an error inside a block keeps the block open.",
            ":help NAME        a command, constant or member function (signature, number, thread",
            "                  safety), or a loaded project method, class or class function",
            ":session          current user, alias, groups, plug-in bindings, licences",
            ":user NAME [PW]   CHANGE CURRENT USER (the password is not kept in the history)",
            ":load PATH        load a .4dm file, a folder or a 4D project's methods (and its structure)",
            ":data             the tables of the loaded project's structure and their record counts",
            ":reset            a fresh session and no variables (loaded methods stay)",
            ":quit             leave (Ctrl-D too); Ctrl-C cancels the entry or stops a run",
        ]
        .map(String::from)
        .to_vec();
    }
    let natives = builtins::natives();
    if let Some(c) = natives.command_by_name(topic) {
        let b = c.row;
        return vec![
            c.signature.display(b.name),
            format!(
                "  command {} · {} · {}",
                b.number,
                if c.thread_safe {
                    "thread-safe"
                } else {
                    "not thread-safe"
                },
                if b.on_server {
                    "allowed on 4D Server"
                } else {
                    "refused on 4D Server (error 67)"
                }
            ),
            format!("  {}", b.summary),
        ];
    }
    if let Some(id) = names::command_by_name(topic) {
        let c = names::command(id);
        let safety = match c.thread_safety {
            ThreadSafety::Safe => "thread-safe",
            ThreadSafety::Unsafe => "not thread-safe",
            ThreadSafety::Unknown => "thread safety not documented",
        };
        let theme = if c.theme.is_empty() {
            String::new()
        } else {
            format!(" · theme {}", c.theme)
        };
        return vec![
            format!("{} · command {} · {safety}{theme}", c.name, c.number),
            "  not implemented in fourd: running it is error -30012".to_string(),
        ];
    }
    if let Some(id) = names::constant_by_name(topic) {
        let c = names::constant(id);
        let value = match c.value {
            ConstValue::Integer(n) => n.to_string(),
            ConstValue::Real(x) => x.to_string(),
            ConstValue::Text(t) => format!("{t:?}"),
            ConstValue::Unknown => "(value not documented)".to_string(),
        };
        let theme = if c.theme.is_empty() {
            String::new()
        } else {
            format!(" · theme {}", c.theme)
        };
        return vec![format!("{} = {value} (constant{theme})", c.name)];
    }
    let members = member_help(topic);
    if !members.is_empty() {
        return members;
    }
    vec![format!("no command or constant named '{topic}'")]
}

/// `:help $c.orderBy`, `:help Collection.orderBy`, `:help orderBy`: the
/// member functions of that name (of the class named before the dot, if one
/// is).
fn member_help(topic: &str) -> Vec<String> {
    let (before, name) = match topic.rsplit_once('.') {
        Some((before, name)) => (before.trim(), name.trim()),
        None => ("", topic),
    };
    let name = name.trim_end_matches("()");
    let class = before.strip_prefix("4D.").unwrap_or(before);
    let mut lines = Vec::new();
    for m in builtins::natives().members_named(name) {
        let receiver = m.receiver.class_name();
        let named = !class.is_empty() && !class.starts_with('$');
        if named && !class.eq_ignore_ascii_case(receiver) {
            continue;
        }
        lines.push(m.signature().display(&format!("{receiver}.{}", m.name)));
        lines.push(format!(
            "  member function of 4D.{receiver} · {}",
            if m.thread_safe {
                "thread-safe"
            } else {
                "not thread-safe"
            }
        ));
        lines.push(format!("  {}", m.summary));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_reads_the_command_table() {
        let lines = help("set group access");
        assert_eq!(lines[0], "SET GROUP ACCESS ( {groups : Collection} )");
        assert!(lines[1].contains("1737") && lines[1].contains("refused on 4D Server"));
        assert!(help("4D Write license")[0].starts_with("4D Write license = 808464697"));
        assert!(help("PRINT RECORD")[1].contains("not implemented"));
    }

    /// `.orderBy()` of 4D.Collection (docs/API/CollectionClass.md: "The
    /// .orderBy() function returns a new collection"), found whatever names
    /// the receiver.
    #[test]
    fn help_reads_the_member_rows() {
        let lines = help("$c.orderBy");
        assert_eq!(
            lines[0],
            "Collection.orderBy ( {criteria : Any} ) : Collection"
        );
        assert_eq!(lines[1], "  member function of 4D.Collection · thread-safe");
        // Entity selections have an `.orderBy()` too: an unnamed receiver lists both.
        assert_eq!(help("Collection.orderBy"), lines[..3]);
        assert_eq!(help("orderBy"), lines);
        assert_eq!(
            help("EntitySelection.orderBy")[1],
            "  member function of 4D.EntitySelection · thread-safe"
        );
        assert_eq!(
            help("Function.call")[1],
            "  member function of 4D.Function · thread-safe"
        );
        assert!(help("Function.orderBy")[0].starts_with("no command"));
    }
}
