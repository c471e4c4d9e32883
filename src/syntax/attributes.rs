//! The first-line attributes comment of a method, `//%attributes = {...}`
//! (docs/language.md §2.2). Only `preemptive` changes what fourd does, so it is the
//! one key read; the others (`invisible`, `shared`, `executedOnServer`, …) are
//! skipped.

/// Whether a method may run in a preemptive process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preemptive {
    Capable,
    Incapable,
    #[default]
    Indifferent,
}

/// What fourd reads from a method's attributes line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attributes {
    pub preemptive: Preemptive,
    /// The line was there but its JSON could not be read (a warning; treated as `{}`).
    pub malformed: bool,
}

/// Reads the attributes from the first line of a file, if it is an attributes line.
pub fn read(src: &str) -> Option<Attributes> {
    let first = src.trim_start_matches('\u{feff}').lines().next()?;
    let rest = first
        .trim_start()
        .strip_prefix("//%attributes")?
        .trim_start();
    let json = rest.strip_prefix('=')?.trim_start();
    let mut attrs = Attributes::default();
    match top_level_pairs(json) {
        Some(pairs) => {
            for (key, value) in pairs {
                if key == "preemptive" {
                    attrs.preemptive = match value {
                        "\"capable\"" => Preemptive::Capable,
                        "\"incapable\"" => Preemptive::Incapable,
                        _ => Preemptive::Indifferent,
                    }
                }
            }
        }
        None => attrs.malformed = true,
    }
    Some(attrs)
}

/// The `"key": value` pairs of a one-level JSON object, values as raw text
/// (nested objects and arrays are skipped whole). `None` if it is not one.
fn top_level_pairs(json: &str) -> Option<Vec<(&str, &str)>> {
    let b = json.as_bytes();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < b.len() && (b[*i] as char).is_ascii_whitespace() {
            *i += 1;
        }
    };
    let string_end = |start: usize| -> Option<usize> {
        let mut k = start + 1;
        while k < b.len() {
            match b[k] {
                b'\\' => k += 2,
                b'"' => return Some(k + 1),
                _ => k += 1,
            }
        }
        None
    };
    if b.first() != Some(&b'{') {
        return None;
    }
    i += 1;
    let mut pairs = Vec::new();
    loop {
        skip_ws(&mut i);
        match b.get(i)? {
            b'}' => return Some(pairs),
            b',' if !pairs.is_empty() => {
                i += 1;
                skip_ws(&mut i);
            }
            _ => {}
        }
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let kend = string_end(i)?;
        let key = &json[i + 1..kend - 1];
        i = kend;
        skip_ws(&mut i);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i += 1;
        skip_ws(&mut i);
        let vstart = i;
        match b.get(i)? {
            b'"' => i = string_end(i)?,
            b'{' | b'[' => {
                let mut depth = 0usize;
                while i < b.len() {
                    match b[i] {
                        b'"' => {
                            i = string_end(i)?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => {
                while i < b.len()
                    && !matches!(b[i], b',' | b'}')
                    && !(b[i] as char).is_ascii_whitespace()
                {
                    i += 1;
                }
            }
        }
        pairs.push((key, &json[vstart..i]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_preemptive() {
        let a =
            read("//%attributes = {\"lang\":\"en\",\"preemptive\":\"capable\"} trailing\n$a:=1")
                .unwrap();
        assert_eq!(a.preemptive, Preemptive::Capable);
        assert!(!a.malformed);
        let a = read("//%attributes = {\"folder\":{\"x\":[1,2]},\"invisible\":true}").unwrap();
        assert_eq!(a.preemptive, Preemptive::Indifferent);
        // A nested object is skipped whole: its keys are not the method's.
        let a = read(
            "//%attributes = {\"preemptive\":\"capable\",\"x\":{\"preemptive\":\"incapable\"}}",
        )
        .unwrap();
        assert_eq!(a.preemptive, Preemptive::Capable);
        assert!(read("//%attributes = {oops").unwrap().malformed);
        assert!(read("// just a comment").is_none());
    }
}
