//! `:help` for what the user's own code defines: a project method (its
//! `#DECLARE` line and the comment lines that open it), a user class (its
//! `Class extends`, constructor and functions) and a class function
//! (`:help cs.Person.greet`, `:help Person.greet`). Read from the sources the
//! REPL loaded, so it is always what the code says; built-in commands,
//! constants and member functions come from the native tables (`help.rs`).

use crate::project::{Unit, UnitKind};
use crate::source::Source;

/// A method or class the REPL loaded.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: UnitKind,
    pub name: String,
    pub source: Source,
}

/// Records the methods and classes of loaded units (a reload replaces them).
pub fn add_items(items: &mut Vec<Item>, units: &[Unit]) {
    for u in units {
        if !matches!(u.kind, UnitKind::Method | UnitKind::Class) {
            continue;
        }
        items.retain(|i| !(i.kind == u.kind && i.name.eq_ignore_ascii_case(&u.name)));
        items.push(Item {
            kind: u.kind,
            name: u.name.clone(),
            source: u.source.clone(),
        });
    }
}

/// The lines `:help TOPIC` prints: the user's code first (a project method
/// may not share a command's name), then the native tables.
pub fn help(items: &[Item], topic: &str) -> Vec<String> {
    let topic = topic.trim();
    if !topic.is_empty()
        && let Some(lines) = lookup(items, topic)
    {
        return lines;
    }
    super::help::help(topic)
}

fn lookup(items: &[Item], topic: &str) -> Option<Vec<String>> {
    let find = |kind: UnitKind, name: &str| {
        items
            .iter()
            .find(|i| i.kind == kind && i.name.eq_ignore_ascii_case(name))
    };
    let path = topic.strip_prefix("cs.").unwrap_or(topic);
    if let Some(m) = find(UnitKind::Method, topic) {
        return Some(method_help(m));
    }
    if let Some(c) = find(UnitKind::Class, path) {
        return Some(class_help(c));
    }
    let (class, function) = path.rsplit_once('.')?;
    let c = find(UnitKind::Class, class)?;
    let function = function.trim_end_matches("()");
    let lines = lines_of(&c.source.text);
    let at = lines
        .iter()
        .position(|l| function_name(l).is_some_and(|n| n.eq_ignore_ascii_case(function)))?;
    let mut out = vec![format!("cs.{}: {}", c.name, lines[at].trim())];
    out.extend(comments_before(&lines, at));
    out.push(format!("  function of the user class cs.{}", c.name));
    Some(out)
}

fn lines_of(text: &str) -> Vec<&str> {
    text.trim_start_matches('\u{feff}').lines().collect()
}

/// `Function greet($who : Text) -> $r : Text` → `greet`; also the
/// constructor and computed properties (`Function get fullName`).
fn function_name(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("class constructor") {
        return Some("constructor");
    }
    let rest = t.get(..9).filter(|p| p.eq_ignore_ascii_case("function "))?;
    let rest = t[rest.len()..].trim_start();
    let rest = ["get ", "set "]
        .iter()
        .find_map(|p| {
            rest.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|h| rest[h.len()..].trim_start())
        })
        .unwrap_or(rest);
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The `//` comment lines just above line `at`, as help text.
fn comments_before(lines: &[&str], at: usize) -> Vec<String> {
    let mut out: Vec<String> = lines[..at]
        .iter()
        .rev()
        .map(|l| l.trim())
        .take_while(|l| l.starts_with("//"))
        .map(|l| format!("  {}", l.trim_start_matches('/').trim()))
        .collect();
    out.reverse();
    out
}

/// A method: its name and `#DECLARE`, then its opening comment lines.
fn method_help(m: &Item) -> Vec<String> {
    let lines = lines_of(&m.source.text);
    let declare = lines.iter().find(|l| {
        l.trim_start()
            .get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("#declare"))
    });
    let mut out = vec![match declare {
        Some(d) => format!("{} {}", m.name, d.trim()["#DECLARE".len()..].trim()),
        None => format!("{} (no #DECLARE)", m.name),
    }];
    out.push(format!("  project method ({})", m.source.path.display()));
    out.extend(
        lines
            .iter()
            .map(|l| l.trim())
            .skip_while(|l| l.is_empty() || l.starts_with('#'))
            .take_while(|l| l.starts_with("//"))
            .map(|l| format!("  {}", l.trim_start_matches('/').trim())),
    );
    out
}

/// A class: what it extends, then its constructor and functions.
fn class_help(c: &Item) -> Vec<String> {
    let lines = lines_of(&c.source.text);
    let extends = lines.iter().find_map(|l| {
        let t = l.trim();
        t.get(..14)
            .filter(|p| p.eq_ignore_ascii_case("class extends "))
            .map(|_| t[14..].trim().to_string())
    });
    let mut out = vec![match extends {
        Some(parent) => format!("cs.{} extends {parent}", c.name),
        None => format!("cs.{}", c.name),
    }];
    out.push(format!("  user class ({})", c.source.path.display()));
    out.extend(
        lines
            .iter()
            .filter(|l| function_name(l).is_some() || is_property(l))
            .map(|l| format!("  {}", l.trim())),
    );
    out
}

/// A `property name : Type` line of a class.
fn is_property(line: &str) -> bool {
    line.trim_start()
        .get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case("property "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn item(kind: UnitKind, name: &str, text: &str) -> Item {
        Item {
            kind,
            name: name.to_string(),
            source: SourceFile::new(format!("{name}.4dm"), text.to_string()),
        }
    }

    #[test]
    fn methods_classes_and_functions() {
        let items = vec![
            item(
                UnitKind::Method,
                "Show_Access",
                "#DECLARE($user : Text) -> $ok : Boolean\n// Prints what USER may do.\n// Second line.\n$ok:=True\n",
            ),
            item(
                UnitKind::Class,
                "Person",
                "Class extends Entity\nproperty name : Text\nClass constructor($name : Text)\n\tThis.name:=$name\n// Says hello.\nFunction greet($who : Text) -> $r : Text\n\t$r:=\"Hi\"\n",
            ),
        ];
        assert_eq!(
            help(&items, "show_access"),
            [
                "Show_Access ($user : Text) -> $ok : Boolean",
                "  project method (Show_Access.4dm)",
                "  Prints what USER may do.",
                "  Second line."
            ]
        );
        assert_eq!(
            help(&items, "cs.Person"),
            [
                "cs.Person extends Entity",
                "  user class (Person.4dm)",
                "  property name : Text",
                "  Class constructor($name : Text)",
                "  Function greet($who : Text) -> $r : Text"
            ]
        );
        assert_eq!(
            help(&items, "cs.Person.greet"),
            [
                "cs.Person: Function greet($who : Text) -> $r : Text",
                "  Says hello.",
                "  function of the user class cs.Person"
            ]
        );
        assert!(help(&items, "Length")[0].starts_with("Length"));
    }
}
