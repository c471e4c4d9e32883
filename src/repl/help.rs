//! `:help`: what the REPL offers, and what fourd knows of a command — the same
//! row of the command table the dispatcher and the checker use.

use crate::builtins::{self, Signature};
use crate::names::{self, ConstValue, ThreadSafety};

/// The lines `:help [NAME]` prints.
pub fn help(topic: &str) -> Vec<String> {
    let topic = topic.trim();
    if topic.is_empty() {
        return [
            "Type 4D code: an expression prints its value; a statement runs.",
            "Blocks (If, For each, Case of, Try…) and open brackets continue on the next lines.",
            ":help NAME        a command: signature, number, thread safety, where allowed",
            ":session          current user, alias, groups, plug-in bindings, licences",
            ":user NAME [PW]   CHANGE CURRENT USER (the password is not kept in the history)",
            ":load PATH        load a .4dm file, a folder or a 4D project's methods",
            ":reset            a fresh session and no variables (loaded methods stay)",
            ":quit             leave (Ctrl-D too); Ctrl-C cancels the entry or stops a run",
        ]
        .map(String::from)
        .to_vec();
    }
    if let Some(b) = builtins::by_name(topic) {
        let sig = Signature::parse(b.signature).display(b.name);
        return vec![
            sig,
            format!(
                "  command {} · {} · {}",
                b.number,
                if b.thread_safe {
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
    vec![format!("no command or constant named '{topic}'")]
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
}
