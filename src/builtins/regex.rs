//! `Match regex` (docs/commands/match-regex.md): ICU regular expressions, run
//! by `fancy-regex` after `conv::icu_regex` rewrites what the two read
//! differently. Positions and lengths count UTF-16 code units from 1, as
//! every 4D text position does.

use super::outputs::{fill_array, holds_array};
use super::{BResult, Call, Fail};
use crate::eval::value::ArrayKind;
use crate::eval::{Fault, Interp, Place, Value};
use std::collections::HashMap;
use std::rc::Rc;

/// fourd's code for a pattern that is not a valid regular expression (4D's
/// pages give no code; docs/language.md §19.2).
pub const BAD_PATTERN: i32 = -30022;

/// Most patterns a run keeps compiled: loops call `Match regex` with the same
/// pattern again and again.
const CACHE_SIZE: usize = 128;

/// Backtracking steps one match may take before it fails (a catastrophic
/// pattern must not hang the run).
const BACKTRACK_LIMIT: usize = 10_000_000;

/// The compiled patterns of a run, by (pattern, whole-text form).
#[derive(Default)]
struct Compiled {
    patterns: HashMap<(String, bool), Rc<fancy_regex::Regex>>,
}

/// The pattern compiled; `whole` anchors it to the whole text (the two-
/// argument form: "complete equality").
fn compile(it: &mut Interp, pattern: &str, whole: bool) -> Result<Rc<fancy_regex::Regex>, Fail> {
    let cache = it.native_state.get::<Compiled>();
    if let Some(re) = cache.patterns.get(&(pattern.to_string(), whole)) {
        return Ok(re.clone());
    }
    let translated =
        crate::conv::icu_regex::translate(pattern).map_err(|why| bad(pattern, &why))?;
    let source = if whole {
        format!(r"\A(?:{translated})\z")
    } else {
        translated
    };
    let re = fancy_regex::RegexBuilder::new(&source)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(|e| bad(pattern, &e.to_string()))?;
    let re = Rc::new(re);
    if cache.patterns.len() >= CACHE_SIZE {
        cache.patterns.clear();
    }
    cache
        .patterns
        .insert((pattern.to_string(), whole), re.clone());
    Ok(re)
}

fn bad(pattern: &str, why: &str) -> Fail {
    Fault::rt(
        BAD_PATTERN,
        format!("Invalid regular expression \"{pattern}\": {why}"),
    )
    .into()
}

/// The byte offset of a UTF-16 position (0-based); `None` past the end. A
/// position inside a surrogate pair moves to the character's end.
fn byte_of_unit(t: &str, unit: usize) -> Option<usize> {
    let mut u = 0;
    for (b, ch) in t.char_indices() {
        if u >= unit {
            return Some(b);
        }
        u += ch.len_utf16();
    }
    (u >= unit).then_some(t.len())
}

/// The UTF-16 length of a byte range.
fn units(t: &str, from: usize, to: usize) -> usize {
    crate::conv::utf16_len(t.get(from..to).unwrap_or(""))
}

/// `Match regex(pattern; text)` (the whole text must match), or
/// `Match regex(pattern; text; start{; pos; len}{; *})`: the first match from
/// `start`, or with `*` only one that begins at `start`. `pos` and `len`
/// receive the match's position and length; as arrays, element 0 gets the
/// match and elements 1… the capture groups (0 and 0 for a group that took
/// no part).
pub fn match_regex(it: &mut Interp, c: &mut Call) -> BResult {
    let (pattern, text) = (c.text(0).to_string(), c.text(1).to_string());
    if !c.has(2) {
        let re = compile(it, &pattern, true)?;
        return Ok(Value::Bool(run(&re, &text, 0)?.is_some()));
    }
    let re = compile(it, &pattern, false)?;
    let start = c.int(2).max(1) as usize - 1;
    let Some(from) = byte_of_unit(&text, start) else {
        return Ok(Value::Bool(false));
    };
    let found = match run(&re, &text, from)? {
        Some(groups)
            if !c.star
                || groups
                    .first()
                    .is_some_and(|g| g.is_some_and(|(s, _)| s == from)) =>
        {
            groups
        }
        _ => return Ok(Value::Bool(false)),
    };
    let spans: Vec<(i64, i64)> = found
        .iter()
        .map(|g| match g {
            Some((s, e)) => (
                (units(&text, 0, *s) + 1) as i64,
                units(&text, *s, *e) as i64,
            ),
            None => (0, 0),
        })
        .collect();
    for (arg, pick) in [(3, 0), (4, 1)] {
        let Some(place) = c.place(arg).cloned() else {
            continue;
        };
        let values: Vec<i64> = spans
            .iter()
            .map(|s| if pick == 0 { s.0 } else { s.1 })
            .collect();
        write(it, c, &place, &values)?;
    }
    Ok(Value::Bool(true))
}

/// A position or length: a variable gets the match's, an array the match's
/// in element 0 and the groups' after it.
fn write(it: &mut Interp, c: &Call, place: &Place, values: &[i64]) -> Result<(), Fail> {
    if holds_array(it, place) {
        let groups = values.iter().skip(1).map(|&v| Value::int(v)).collect();
        fill_array(it, c, place, ArrayKind::Integer, groups)?;
        if let Ok(Value::Array(a)) = it.load(place, c.span) {
            a.borrow_mut().items[0] = Value::int(values[0]);
        }
        return Ok(());
    }
    it.store(place, Value::int(values[0]), c.span)?;
    Ok(())
}

/// The byte ranges of the match and of each group, searching from `from`.
#[allow(clippy::type_complexity)]
fn run(
    re: &fancy_regex::Regex,
    text: &str,
    from: usize,
) -> Result<Option<Vec<Option<(usize, usize)>>>, Fail> {
    match re.captures_from_pos(text, from) {
        Ok(Some(caps)) => Ok(Some(
            (0..caps.len())
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect(),
        )),
        Ok(None) => Ok(None),
        Err(e) => Err(Fault::rt(BAD_PATTERN, format!("Regular expression failed: {e}")).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_positions_and_byte_offsets() {
        let t = "é😀a";
        assert_eq!(byte_of_unit(t, 0), Some(0));
        assert_eq!(byte_of_unit(t, 1), Some(2));
        assert_eq!(byte_of_unit(t, 3), Some(6));
        assert_eq!(byte_of_unit(t, 4), Some(7));
        assert_eq!(byte_of_unit(t, 5), None);
        assert_eq!(units(t, 2, 7), 3);
    }
}
