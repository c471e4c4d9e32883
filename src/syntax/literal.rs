//! The value of text literals: 4D's escapes (docs/language.md §3.3). Date and time
//! literals are read by `conv::date` and `conv::time`.

/// Processes 4D's escapes in the text between the quotes: `\n \t \r \\ \"`
/// (either case); a backslash before any other character stays as typed.
pub fn unescape(inner: &str) -> String {
    if !inner.contains('\\') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some('t' | 'T') => out.push('\t'),
            Some('r' | 'R') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(unescape(r#"a\nb\Tc\\d\"e"#), "a\nb\tc\\d\"e");
        assert_eq!(unescape(r"C:\Data"), r"C:\Data");
    }
}
