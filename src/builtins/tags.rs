//! `PROCESS 4D TAGS` (docs/commands/process-4d-tags.md, docs/Tags/
//! transformation-tags.md): a template becomes one 4D method, compiled and
//! run with the command's parameters as `$1`…; text is appended to the
//! result (`$0`), each tag becomes code. So every tag shares the template's
//! locals, as the page says ("a dedicated set of local variables"), and
//! `4DIF`, `4DLOOP`, `4DEACH` nest as 4D's blocks do.
//!
//! | tag | code |
//! |---|---|
//! | `4DTEXT e` | `$0:=$0+` e as text, `& < > "` escaped |
//! | `4DHTML e`, `4DEVAL e` | `$0:=$0+` e as text; `4DEVAL` of an assignment runs it |
//! | `4DCODE lines` | the lines |
//! | `4DIF e` … `4DELSEIF e` … `4DELSE` … `4DENDIF` | `Case of` … `End case` |
//! | `4DLOOP (e)` / method / array | `While`, the method called with 0, 1, 2…, `For` over the array's size |
//! | `4DEACH $v in e` | `For each` |
//! | `4DSCRIPT/M/p` | `$0:=$0+M("/p")` |
//! | `4DINCLUDE path`, `4DBASE folder/` | the file's text (its `<body>` when it has one), one level, inside the project folder |
//!
//! Tags are `<!--#4DTAG …-->` (the `#` may be left out) and `$4DTEXT(…)`,
//! `$4DHTML(…)`, `$4DEVAL(…)`. The result of `4DHTML` and `4DEVAL` is read
//! again for tags, as 4D does, unless the template uses the `$` syntax
//! (whose results are never read again). An error in a tag is a runtime
//! error of the command, where 4D writes `## error # code` into the result.

use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Value};

/// How many times a result is read again for the tags its values brought.
const MAX_PASSES: usize = 8;

/// One piece of a template.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    /// A tag: its name (upper case) and what follows it.
    Tag(String, &'a str),
    /// `$4DTEXT(…)` and its kin: the name and the expression.
    Dollar(String, &'a str),
}

/// The pieces of a template.
fn pieces(t: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = t;
    loop {
        let comment = rest.find("<!--").filter(|&i| is_tag(&rest[i + 4..]));
        let dollar = find_dollar(rest);
        let next = match (comment, dollar) {
            (Some(c), Some((d, _))) if d < c => Some((d, true)),
            (Some(c), _) => Some((c, false)),
            (None, Some((d, _))) => Some((d, true)),
            (None, None) => None,
        };
        let Some((at, is_dollar)) = next else {
            if !rest.is_empty() {
                out.push(Piece::Text(rest));
            }
            return out;
        };
        if at > 0 {
            out.push(Piece::Text(&rest[..at]));
        }
        if is_dollar {
            let (_, name) = find_dollar(rest).expect("found above");
            let open = at + 1 + name.len();
            match balanced(&rest[open..]) {
                Some(len) => {
                    out.push(Piece::Dollar(name, &rest[open + 1..open + len - 1]));
                    rest = &rest[open + len..];
                }
                None => {
                    out.push(Piece::Text(&rest[at..open]));
                    rest = &rest[open..];
                }
            }
            continue;
        }
        let body = &rest[at + 4..];
        let Some(end) = body.find("-->") else {
            out.push(Piece::Text(&rest[at..]));
            return out;
        };
        let inner = body[..end].trim_start_matches('#');
        let name_len = inner
            .find(|c: char| c.is_whitespace() || c == '/' || c == '(')
            .unwrap_or(inner.len());
        out.push(Piece::Tag(
            inner[..name_len].to_ascii_uppercase(),
            inner[name_len..].trim(),
        ));
        rest = &body[end + 3..];
    }
}

/// Whether a comment's text starts with a 4D tag (`#4D…` or `4D…`).
fn is_tag(after: &str) -> bool {
    let a = after.trim_start_matches('#');
    a.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("4D"))
}

/// The first `$4DTEXT(`, `$4DHTML(` or `$4DEVAL(` and its name.
fn find_dollar(t: &str) -> Option<(usize, String)> {
    let mut from = 0;
    while let Some(i) = t[from..].find('$') {
        let at = from + i;
        for name in ["4DTEXT", "4DHTML", "4DEVAL"] {
            let tail = &t[at + 1..];
            if tail
                .get(..name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && tail[name.len()..].starts_with('(')
            {
                return Some((at, name.to_string()));
            }
        }
        from = at + 1;
    }
    None
}

/// The length of a parenthesised group at the start of `t`, quotes and
/// nested parentheses matched.
fn balanced(t: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in t.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// A 4D text literal of `s`.
fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `code` is an assignment (`a:=42`), outside strings.
fn is_assignment(code: &str) -> bool {
    let mut quoted = false;
    let b = code.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'"' => quoted = !quoted,
            b':' if !quoted && b.get(i + 1) == Some(&b'=') => return true,
            _ => {}
        }
    }
    false
}

/// Turns a template into the source of a method, reading `4DINCLUDE`d
/// files with `read` (one level).
struct Generator<'r> {
    code: String,
    loops: usize,
    read: &'r mut dyn FnMut(&str) -> Result<String, String>,
    is_method: &'r dyn Fn(&str) -> bool,
    uses_dollar: bool,
    /// The code that closes each open `4DLOOP`, innermost last.
    open_loops: Vec<String>,
}

impl Generator<'_> {
    fn line(&mut self, s: &str) {
        self.code.push_str(s);
        self.code.push('\n');
    }

    fn append(&mut self, expr: &str) {
        self.line(&format!("$0:=$0+String({expr})"));
    }

    fn text_tag(&mut self, expr: &str) {
        let mut e = format!("String({expr})");
        for (from, to) in [
            ("&", "&amp;"),
            ("<", "&lt;"),
            (">", "&gt;"),
            ("\"", "&quot;"),
        ] {
            e = format!("Replace string({e}; {}; {}; *)", literal(from), literal(to));
        }
        self.line(&format!("$0:=$0+{e}"));
    }

    fn template(&mut self, t: &str, base: &str, included: bool) -> Result<(), String> {
        let mut base = base.to_string();
        for piece in pieces(t) {
            match piece {
                Piece::Text(s) => self.line(&format!("$0:=$0+{}", literal(s))),
                Piece::Dollar(name, expr) => {
                    self.uses_dollar = true;
                    self.tag(&name, expr, &mut base, included)?;
                }
                Piece::Tag(name, rest) => self.tag(&name, rest, &mut base, included)?,
            }
        }
        Ok(())
    }

    fn tag(
        &mut self,
        name: &str,
        rest: &str,
        base: &mut String,
        included: bool,
    ) -> Result<(), String> {
        match name {
            "4DTEXT" => self.text_tag(rest),
            "4DHTML" => self.append(rest),
            "4DEVAL" if is_assignment(rest) => self.line(rest),
            "4DEVAL" => self.append(rest),
            "4DCODE" => {
                for l in rest.lines() {
                    self.line(l);
                }
            }
            "4DIF" => {
                self.line("Case of");
                self.line(&format!(": ({rest})"));
            }
            "4DELSEIF" => self.line(&format!(": ({rest})")),
            "4DELSE" => self.line("Else"),
            "4DENDIF" => self.line("End case"),
            "4DLOOP" => {
                self.loops += 1;
                let n = format!("$_4dloop{}", self.loops);
                let close = if rest.starts_with('(') {
                    self.line(&format!("While ({rest})"));
                    "End while".to_string()
                } else if (self.is_method)(rest) {
                    // Called with 0 first, then 1, 2… while it returns True.
                    self.line(&format!("If ({rest}(0))"));
                    self.line(&format!("{n}:=1"));
                    self.line(&format!("While ({rest}({n}))"));
                    format!("{n}:={n}+1\nEnd while\nEnd if")
                } else {
                    self.line(&format!("For ({n}; 1; Size of array({rest}))"));
                    "End for".to_string()
                };
                self.open_loops.push(close);
            }
            "4DENDLOOP" => {
                let close = self.open_loops.pop().ok_or("4DENDLOOP without 4DLOOP")?;
                self.line(&close);
            }
            "4DEACH" => {
                let (var, expr) = rest
                    .split_once(" in ")
                    .ok_or_else(|| format!("4DEACH needs \"variable in expression\": {rest}"))?;
                self.line(&format!("For each ({}; {})", var.trim(), expr.trim()));
            }
            "4DENDEACH" => self.line("End for each"),
            "4DSCRIPT" => {
                let body = rest.trim_start_matches('/');
                let (method, param) = match body.find('/') {
                    Some(i) => (&body[..i], &body[i..]),
                    None => (body, ""),
                };
                self.append(&format!("{method}({})", literal(param)));
            }
            "4DBASE" => {
                *base = if rest.eq_ignore_ascii_case("WEBFOLDER") {
                    String::new()
                } else {
                    format!("{base}{rest}")
                };
            }
            "4DINCLUDE" => {
                if included {
                    return Err("4DINCLUDE inside an included file (one level only)".into());
                }
                let text = (self.read)(&format!("{base}{rest}"))?;
                let body = match (text.find("<body>"), text.rfind("</body>")) {
                    (Some(s), Some(e)) if s + 6 <= e => text[s + 6..e].to_string(),
                    _ => text,
                };
                self.template(&body, "", true)?;
            }
            _ => {}
        }
        Ok(())
    }
}

/// `PROCESS 4D TAGS(input; output{; param…})`.
pub fn process_4d_tags(it: &mut Interp, c: &mut Call) -> BResult {
    let mut text = c.text(0).to_string();
    let params = c.values_from(2);
    for _ in 0..MAX_PASSES {
        let (result, again) = run_template(it, c, &text, params.clone())?;
        let changed = result != text;
        text = result;
        if !again || !changed || !text.to_ascii_uppercase().contains("<!--#4D") {
            break;
        }
    }
    super::outputs::store_arg(it, c, 1, Value::text(text))?;
    Ok(Value::Undefined)
}

/// Runs a template once: its result, and whether it may be read again.
fn run_template(
    it: &mut Interp,
    c: &Call,
    template: &str,
    params: Vec<Value>,
) -> Result<(String, bool), Fail> {
    if !template.contains("<!--") && !template.contains("$4") && !template.contains("$4d") {
        return Ok((template.to_string(), false));
    }
    let root = it.program.root.clone().unwrap_or_else(|| ".".into());
    let mut read = |path: &str| -> Result<String, String> {
        let p = std::path::Path::new(path);
        if p.is_absolute() || p.components().any(|c| c == std::path::Component::ParentDir) {
            return Err(format!("{path}: The document cannot be opened"));
        }
        std::fs::read_to_string(root.join(p))
            .map_err(|_| format!("{path}: The document cannot be opened"))
    };
    let program = &it.program;
    let is_method = |n: &str| program.method_by_name(n.trim()).is_some();
    let mut g = Generator {
        code: String::from("$0:=\"\"\n"),
        loops: 0,
        read: &mut read,
        is_method: &is_method,
        uses_dollar: false,
        open_loops: Vec::new(),
    };
    g.template(template, "", false)
        .map_err(|why| Fault::wrong_type(format!("PROCESS 4D TAGS: {why}")))?;
    if !g.open_loops.is_empty() {
        return Err(Fault::wrong_type("PROCESS 4D TAGS: 4DENDLOOP expected").into());
    }
    let (code, dollar) = (g.code, g.uses_dollar);
    let method = it
        .program
        .compile_text_method("PROCESS 4D TAGS", &code)
        .map_err(|why| Fault::wrong_type(format!("PROCESS 4D TAGS: {why}")))?;
    let result = it.call_method_values(method, params, c.span)?;
    Ok((crate::eval::display::to_text(&result), !dollar))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_into_text_and_tags() {
        assert_eq!(
            pieces("a<!--#4DTEXT $1-->b<!-- plain -->$4DEVAL(String(1)+\"(x)\")c"),
            [
                Piece::Text("a"),
                Piece::Tag("4DTEXT".into(), "$1"),
                Piece::Text("b<!-- plain -->"),
                Piece::Dollar("4DEVAL".into(), "String(1)+\"(x)\""),
                Piece::Text("c"),
            ]
        );
        assert_eq!(
            pieces("<!--4dtext 0xFF-->"),
            [Piece::Tag("4DTEXT".into(), "0xFF")]
        );
        assert_eq!(
            pieces("<!--#4DSCRIPT/M/p-->"),
            [Piece::Tag("4DSCRIPT".into(), "/M/p")]
        );
        assert!(is_assignment("a:=42") && !is_assignment("\"a:=\"+b"));
    }
}
