//! Text functions whose positions count UTF-16 code units, as 4D's text type does
//! (§16): `Length`, `Substring`, `t[[i]]`, `Position`, `Replace string`, `Delete string`,
//! `Insert string`.
//!
//! fourd stores text as UTF-8, so a position that falls between the two halves of a
//! surrogate pair (a character outside the BMP, such as an emoji) cannot be kept as is:
//! each half cut off on its own becomes U+FFFD, as a lone surrogate does when 4D's
//! UTF-16 text is converted to UTF-8 (decision). Texts whose scanned part is ASCII take
//! a byte-indexed path that does not allocate.

use super::collate::{fold_char, is_ignorable};
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;

/// What a lone half of a surrogate pair becomes.
const HALF: &str = "\u{FFFD}";

/// `Length(t)`: the number of UTF-16 code units.
pub fn utf16_len(t: &str) -> usize {
    // Every UTF-8 sequence start is one unit; a 4-byte sequence (lead byte ≥ 0xF0) is two.
    t.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// Where a UTF-16 offset falls in the UTF-8 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boundary {
    /// On a character boundary at this byte.
    At(usize),
    /// Between the two halves of the 4-byte character that starts at this byte.
    Inside(usize),
}

/// The byte position of a UTF-16 offset, which must be at most `utf16_len(t)`.
fn boundary(t: &str, units: usize) -> Boundary {
    if t.as_bytes().get(..units).is_some_and(<[u8]>::is_ascii) {
        return Boundary::At(units);
    }
    boundary_from(t, (0, 0), units)
}

/// [`boundary`], scanning from a known character boundary `(byte, unit)` at or
/// before `units` (a [`UnitMarks`] mark, or the start).
fn boundary_from(t: &str, (byte, unit): (usize, usize), units: usize) -> Boundary {
    let mut u = unit;
    for (b, c) in t.get(byte..).unwrap_or("").char_indices() {
        if u == units {
            return Boundary::At(byte + b);
        }
        let w = c.len_utf16();
        if u + w > units {
            return Boundary::Inside(byte + b);
        }
        u += w;
    }
    Boundary::At(t.len())
}

/// How many UTF-16 units apart the marks of [`UnitMarks`] are: a lookup scans at
/// most this many characters.
const MARK_EVERY: usize = 64;

/// Where a non-ASCII text's UTF-16 positions fall in its UTF-8 bytes: the byte and
/// unit of the first character boundary at or after every 64th unit, and the
/// length in units. With it, `$t[[$i]]`, `Substring` and `Length` on a long
/// non-ASCII text cost a short scan instead of one from the start — which made a
/// loop over the text quadratic (issue 21: 50 s for 400,000 `é`). Built once per
/// text value, by whoever first needs it (`eval::value::Text`).
#[derive(Debug)]
pub struct UnitMarks {
    marks: Vec<(usize, usize)>,
    len: usize,
}

impl UnitMarks {
    pub fn new(t: &str) -> UnitMarks {
        let mut marks = Vec::with_capacity(t.len() / MARK_EVERY + 1);
        let mut u = 0;
        for (b, c) in t.char_indices() {
            if u >= marks.len() * MARK_EVERY {
                marks.push((b, u));
            }
            u += c.len_utf16();
        }
        UnitMarks { marks, len: u }
    }

    /// `Length`: the number of UTF-16 units.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A character boundary at or before unit `units`, to scan from.
    fn start_for(&self, units: usize) -> (usize, usize) {
        let k = (units / MARK_EVERY).min(self.marks.len().saturating_sub(1));
        match self.marks.get(k) {
            Some(&(b, u)) if u <= units => (b, u),
            // The mark fell one unit late (a surrogate pair straddles the 64th unit).
            _ => k
                .checked_sub(1)
                .and_then(|k| self.marks.get(k).copied())
                .unwrap_or((0, 0)),
        }
    }

    fn boundary(&self, t: &str, units: usize) -> Boundary {
        boundary_from(t, self.start_for(units), units)
    }
}

/// The text between two UTF-16 offsets (`from` ≤ `to` ≤ length), halves of a split
/// pair becoming U+FFFD.
fn cut(t: &str, from: usize, to: usize) -> Cow<'_, str> {
    cut_marked(t, None, from, to)
}

/// [`cut`], through the text's marks when it has them.
fn cut_marked<'a>(t: &'a str, marks: Option<&UnitMarks>, from: usize, to: usize) -> Cow<'a, str> {
    if from >= to {
        return Cow::Borrowed("");
    }
    let at = |units| match marks {
        Some(m) => m.boundary(t, units),
        None => boundary(t, units),
    };
    let (start, lead) = match at(from) {
        Boundary::At(b) => (b, false),
        Boundary::Inside(b) => (b + 4, true),
    };
    let (end, trail) = match at(to) {
        Boundary::At(b) => (b, false),
        Boundary::Inside(b) => (b, true),
    };
    let middle = t.get(start..end.max(start)).unwrap_or("");
    if !lead && !trail {
        return Cow::Borrowed(middle);
    }
    let mut out = String::with_capacity(middle.len() + 6);
    if lead {
        out.push_str(HALF);
    }
    out.push_str(middle);
    if trail {
        out.push_str(HALF);
    }
    Cow::Owned(out)
}

/// A 1-based position and a count, as the commands take them, to a range of UTF-16
/// offsets within `len`; `None` when the range is empty or starts past the end.
fn unit_range(len: usize, first: i64, count: i64) -> Option<(usize, usize)> {
    if count <= 0 || first > len as i64 {
        return None;
    }
    let from = first.max(1) - 1;
    let to = from.saturating_add(count).min(len as i64);
    Some((from as usize, to as usize))
}

/// `Substring(t; first{; n})`: `n` omitted or past the end gives the rest; `first`
/// past the end gives `""` (documented); `first` < 1 counts from 1 and `n` ≤ 0 gives
/// `""` (§16 decisions).
pub fn substring(t: &str, first: i64, count: Option<i64>) -> Cow<'_, str> {
    substring_marked(t, None, first, count)
}

/// [`substring`], through the text's marks when it has them.
pub fn substring_marked<'a>(
    t: &'a str,
    marks: Option<&UnitMarks>,
    first: i64,
    count: Option<i64>,
) -> Cow<'a, str> {
    let len = marks.map_or_else(|| utf16_len(t), UnitMarks::len);
    match unit_range(len, first, count.unwrap_or(i64::MAX)) {
        Some((from, to)) => cut_marked(t, marks, from, to),
        None => Cow::Borrowed(""),
    }
}

/// `t[[i]]` read through the text's marks: the character at UTF-16 position `i`.
pub fn char_at_marked<'a>(t: &'a str, marks: &UnitMarks, i: i64) -> &'a str {
    let Some(index) = i.checked_sub(1).and_then(|x| usize::try_from(x).ok()) else {
        return "";
    };
    if index >= marks.len() {
        return "";
    }
    match marks.boundary(t, index) {
        Boundary::Inside(_) => HALF,
        Boundary::At(b) => match t.get(b..).and_then(|rest| rest.chars().next()) {
            Some(c) if c.len_utf16() == 2 => HALF,
            Some(c) => t.get(b..b + c.len_utf8()).unwrap_or(""),
            None => "",
        },
    }
}

/// `t[[i]]` read: the character at UTF-16 position `i` as a text, `""` out of range
/// (§16); either half of a surrogate pair reads as U+FFFD.
pub fn char_at(t: &str, i: i64) -> &str {
    let Some(index) = i.checked_sub(1).and_then(|x| usize::try_from(x).ok()) else {
        return "";
    };
    if let Some(prefix) = t.as_bytes().get(..=index)
        && prefix.is_ascii()
    {
        return t.get(index..=index).unwrap_or("");
    }
    let mut u = 0;
    for (b, c) in t.char_indices() {
        let w = c.len_utf16();
        if index < u + w {
            return if w == 2 {
                HALF
            } else {
                t.get(b..b + c.len_utf8()).unwrap_or("")
            };
        }
        u += w;
    }
    ""
}

/// `t[[i]]` read in O(1) when the caller keeps `t.is_ascii()` with the text value
/// (`ascii`), for loops such as `If ($t[[$i]]="7")` on long texts, where
/// [`char_at`]'s scan of the text before `i` would make the loop quadratic. A wrong
/// `ascii` flag gives a wrong character, never a panic.
pub fn char_at_known(t: &str, ascii: bool, i: i64) -> &str {
    if ascii
        && let Some(index) = i.checked_sub(1).and_then(|x| usize::try_from(x).ok())
        && t.as_bytes().get(index).is_some_and(u8::is_ascii)
    {
        return t.get(index..=index).unwrap_or("");
    }
    char_at(t, i)
}

/// `t[[i]]:=c`: the text with the character at UTF-16 position `i` replaced by the
/// first character of `c`; `None` when `i` is out of range or `c` is empty, and the
/// write is then ignored (§16; first-character rule is a decision).
pub fn set_char_at(t: &str, i: i64, c: &str) -> Option<String> {
    let new = c.chars().next()?;
    let len = utf16_len(t);
    let (from, to) = unit_range(len, i, 1).filter(|_| i >= 1)?;
    let mut out = String::with_capacity(t.len() + 4);
    out.push_str(&cut(t, 0, from));
    out.push(new);
    out.push_str(&cut(t, to, len));
    Some(out)
}

/// `Delete string(t; where; n)`: unchanged when `where` is past the end or `n` is 0
/// (documented) or negative (decision); `where` < 1 deletes from the start
/// (documented).
pub fn delete_string(t: &str, at: i64, count: i64) -> Cow<'_, str> {
    let len = utf16_len(t);
    match unit_range(len, at, count) {
        Some((from, to)) => {
            let (head, tail) = (cut(t, 0, from), cut(t, to, len));
            if tail.is_empty() {
                head
            } else {
                Cow::Owned(head.into_owned() + &tail)
            }
        }
        None => Cow::Borrowed(t),
    }
}

/// `Insert string(t; what; where)`: `what` goes before the character at `where`; at the
/// front when `where` < 1, at the end when past it (documented).
pub fn insert_string<'a>(t: &'a str, what: &str, at: i64) -> Cow<'a, str> {
    if what.is_empty() {
        return Cow::Borrowed(t);
    }
    let len = utf16_len(t);
    let split = at.clamp(1, len as i64 + 1) as usize - 1;
    let mut out = String::with_capacity(t.len() + what.len() + 6);
    out.push_str(&cut(t, 0, split));
    out.push_str(what);
    out.push_str(&cut(t, split, len));
    Cow::Owned(out)
}

/// Successive non-overlapping occurrences of `find` in a text, as byte ranges.
enum Finder<'a> {
    /// `*`: code units compared as they are (UTF-8 bytes give the same matches).
    Exact {
        text: &'a str,
        find: &'a str,
        at: usize,
    },
    /// Both texts plain ASCII: bytes compared up to ASCII case, no allocation.
    Ascii {
        text: &'a [u8],
        find: &'a [u8],
        at: usize,
    },
    /// The general case: the collation keys of both texts, each key character tagged
    /// with the source unit (a character and its combining marks) it comes from.
    Folded {
        keys: Vec<(char, usize)>,
        units: Vec<(usize, usize)>,
        find: Vec<char>,
        at: usize,
    },
}

impl<'a> Finder<'a> {
    /// A finder for `find` in `text` from byte `from` (a character boundary).
    fn new(text: &'a str, find: &'a str, from: usize, exact: bool) -> Finder<'a> {
        let plain = |s: &str| s.is_ascii() && !s.bytes().any(|b| is_ignorable(char::from(b)));
        if exact {
            return Finder::Exact {
                text,
                find,
                at: from,
            };
        }
        let rest = text.get(from..).unwrap_or("");
        if plain(find) && plain(rest) {
            return Finder::Ascii {
                text: text.as_bytes(),
                find: find.as_bytes(),
                at: from,
            };
        }
        let mut keys = Vec::with_capacity(rest.len());
        let mut units: Vec<(usize, usize)> = Vec::with_capacity(rest.len());
        for (b, c) in rest.char_indices() {
            let (start, end) = (from + b, from + b + c.len_utf8());
            match units.last_mut() {
                // A combining mark belongs to the character before it.
                Some(last) if is_combining_mark(c) => last.1 = end,
                _ => {
                    let unit = units.len();
                    units.push((start, end));
                    fold_char(c, &mut |k| keys.push((k, unit)));
                }
            }
        }
        let mut find_key = Vec::with_capacity(find.len());
        find.chars()
            .for_each(|c| fold_char(c, &mut |k| find_key.push(k)));
        Finder::Folded {
            keys,
            units,
            find: find_key,
            at: 0,
        }
    }
}

impl Iterator for Finder<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        match self {
            Finder::Exact { text, find, at } => {
                if find.is_empty() {
                    return None;
                }
                let start = *at + text.get(*at..)?.find(*find)?;
                *at = start + find.len();
                Some((start, *at))
            }
            Finder::Ascii { text, find, at } => {
                if find.is_empty() {
                    return None;
                }
                let offset = text
                    .get(*at..)?
                    .windows(find.len())
                    .position(|w| w.eq_ignore_ascii_case(find))?;
                let start = *at + offset;
                *at = start + find.len();
                Some((start, *at))
            }
            Finder::Folded {
                keys,
                units,
                find,
                at,
            } => {
                let m = find.len();
                if m == 0 || keys.len() < m {
                    return None;
                }
                let unit_of = |i: usize| keys.get(i).map(|&(_, u)| u);
                let found = (*at..=keys.len() - m).find(|&i| {
                    keys[i..i + m].iter().map(|&(k, _)| k).eq(find.iter().copied())
                        // The match starts and ends on whole source characters.
                        && (i == 0 || unit_of(i - 1) != unit_of(i))
                        && unit_of(i + m) != unit_of(i + m - 1)
                })?;
                *at = found + m;
                let first = units.get(unit_of(found)?)?;
                let last = units.get(unit_of(found + m - 1)?)?;
                Some((first.0, last.1))
            }
        }
    }
}

/// `Position(find; t{; start{; lengthFound}}{; *})`: the UTF-16 position of the first
/// occurrence of `find` at or after `start`, 0 if none, with the UTF-16 length of what
/// was found. The default comparison is the collation of `=` (case, accents, ignorable
/// controls, `æ` = `ae`, so the length found may differ from `find`'s: `Position("œ";
/// "Bœuf")` finds 2 with length 1); `exact` (`*`) compares code units. `@` is an
/// ordinary character (documented). Empty `find` gives 0 (§16); `start` < 1 counts from
/// 1 (decision).
pub fn position(find: &str, text: &str, start: i64, exact: bool) -> (usize, usize) {
    let len = utf16_len(text);
    if find.is_empty() || start > len as i64 {
        return (0, 0);
    }
    let from_unit = (start.max(1) - 1) as usize;
    let from = match boundary(text, from_unit) {
        Boundary::At(b) => b,
        // A search that starts on a low surrogate starts at the next character.
        Boundary::Inside(b) => b + 4,
    };
    match Finder::new(text, find, from, exact).next() {
        Some((s, e)) => {
            let head = text.get(..s).unwrap_or("");
            let found = text.get(s..e).unwrap_or("");
            (utf16_len(head) + 1, utf16_len(found))
        }
        None => (0, 0),
    }
}

/// `Position(find; t; start; lengthFound; options)`: the second syntax, with the
/// *Strings* options: `sk char codes` (1), `sk case insensitive` (2), `sk
/// diacritic insensitive` (4), `sk whole word` (32); `sk strict` (0) tells case
/// and accents apart (docs/commands-legacy/position.md).
pub fn position_options(find: &str, text: &str, start: i64, options: i64) -> (usize, usize) {
    const CHAR_CODES: i64 = 1;
    const CASE: i64 = 2;
    const DIACRITIC: i64 = 4;
    const WHOLE_WORD: i64 = 32;
    let whole_word = options & WHOLE_WORD != 0;
    let mode = match (options & CHAR_CODES != 0, options & (CASE | DIACRITIC)) {
        (true, m) if m & CASE != 0 => Fold::AsciiCase,
        (true, _) => Fold::Codes,
        (false, m) if m == CASE | DIACRITIC => Fold::Collation,
        (false, CASE) => Fold::Case,
        (false, DIACRITIC) => Fold::Accents,
        (false, _) => Fold::Strict,
    };
    let len = utf16_len(text);
    if find.is_empty() || start > len as i64 {
        return (0, 0);
    }
    let from = match boundary(text, (start.max(1) - 1) as usize) {
        Boundary::At(b) => b,
        Boundary::Inside(b) => b + 4,
    };
    let (keys, units) = fold_units(text.get(from..).unwrap_or(""), from, mode);
    let (wanted, _) = fold_units(find, 0, mode);
    let m = wanted.len();
    if m == 0 || keys.len() < m {
        return (0, 0);
    }
    let unit_of = |i: usize| keys.get(i).map(|&(_, u)| u);
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    for i in 0..=keys.len() - m {
        let same = keys[i..i + m]
            .iter()
            .map(|&(k, _)| k)
            .eq(wanted.iter().map(|&(k, _)| k));
        if !same || (i > 0 && unit_of(i - 1) == unit_of(i)) || unit_of(i + m) == unit_of(i + m - 1)
        {
            continue;
        }
        let (Some(first), Some(last)) = (
            unit_of(i).and_then(|u| units.get(u)),
            unit_of(i + m - 1).and_then(|u| units.get(u)),
        ) else {
            continue;
        };
        let (s, e) = (first.0, last.1);
        if whole_word
            && (is_word(text[..s].chars().next_back()) || is_word(text[e..].chars().next()))
        {
            continue;
        }
        return (utf16_len(&text[..s]) + 1, utf16_len(&text[s..e]));
    }
    (0, 0)
}

/// How `position_options` compares characters.
#[derive(Clone, Copy, PartialEq)]
enum Fold {
    /// Code for code.
    Codes,
    /// Code for code, `a-z` = `A-Z`.
    AsciiCase,
    /// 4D's default collation (no case, no accents).
    Collation,
    /// No case; accents count.
    Case,
    /// No accents; case counts.
    Accents,
    /// Canonical decomposition only: case and accents count.
    Strict,
}

/// The comparison keys of `s` (which starts at byte `offset` of its text),
/// each tagged with its source unit — a character with the combining marks
/// after it — and the units' byte ranges.
#[allow(clippy::type_complexity)]
fn fold_units(s: &str, offset: usize, mode: Fold) -> (Vec<(char, usize)>, Vec<(usize, usize)>) {
    use unicode_normalization::char::decompose_canonical;
    let mut keys = Vec::with_capacity(s.len());
    let mut units: Vec<(usize, usize)> = Vec::with_capacity(s.len());
    for (b, c) in s.char_indices() {
        let (start, end) = (offset + b, offset + b + c.len_utf8());
        let mark = is_combining_mark(c) && !units.is_empty();
        let unit = if mark {
            if let Some(last) = units.last_mut() {
                last.1 = end;
            }
            units.len() - 1
        } else {
            units.push((start, end));
            units.len() - 1
        };
        let mut emit = |k: char| keys.push((k, unit));
        match mode {
            Fold::Codes => emit(c),
            Fold::AsciiCase => emit(c.to_ascii_lowercase()),
            Fold::Collation if !mark => fold_char(c, &mut emit),
            Fold::Collation => {}
            Fold::Case => decompose_canonical(c, |d| d.to_lowercase().for_each(&mut emit)),
            Fold::Accents => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    emit(d)
                }
            }),
            Fold::Strict => decompose_canonical(c, &mut emit),
        }
    }
    (keys, units)
}

/// `Replace string(t; old; new{; howMany}{; *})`: left to right, non-overlapping,
/// matching as [`position`] does; all occurrences when `how_many` is `None`. Empty
/// `old` leaves `t` unchanged (documented); `how_many` ≤ 0 replaces nothing (decision).
pub fn replace_string<'a>(
    t: &'a str,
    old: &str,
    new: &str,
    how_many: Option<i64>,
    exact: bool,
) -> Cow<'a, str> {
    let limit = match how_many {
        None => usize::MAX,
        Some(n) if n <= 0 => return Cow::Borrowed(t),
        Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
    };
    if old.is_empty() {
        return Cow::Borrowed(t);
    }
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (s, e) in Finder::new(t, old, 0, exact).take(limit) {
        let buf = out.get_or_insert_with(|| String::with_capacity(t.len()));
        buf.push_str(t.get(copied..s).unwrap_or(""));
        buf.push_str(new);
        copied = e;
    }
    match out {
        Some(mut buf) => {
            buf.push_str(t.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMOJI: &str = "a😀b"; // units: a, high, low, b

    #[test]
    fn lengths() {
        assert_eq!(utf16_len(""), 0);
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("ñÄß"), 3);
        assert_eq!(utf16_len("€"), 1);
        assert_eq!(utf16_len(EMOJI), 4);
        assert_eq!(utf16_len("e\u{301}"), 2);
    }

    #[test]
    fn substring_docs() {
        assert_eq!(substring("08/04/62", 4, Some(2)), "04");
        assert_eq!(substring("Emergency", 1, Some(6)), "Emerge");
        assert_eq!(substring("Emergency", 2, None), "mergency");
    }

    #[test]
    fn substring_edges() {
        assert_eq!(substring("abc", 4, None), "");
        assert_eq!(substring("abc", 3, Some(10)), "c");
        assert_eq!(substring("abc", 0, Some(2)), "ab");
        assert_eq!(substring("abc", -5, None), "abc");
        assert_eq!(substring("abc", 2, Some(0)), "");
        assert_eq!(substring("abc", 2, Some(-1)), "");
        assert_eq!(substring("abc", i64::MIN, Some(i64::MAX)), "abc");
        assert_eq!(substring("abc", i64::MAX, Some(i64::MAX)), "");
        assert_eq!(substring("", 1, None), "");
        assert_eq!(substring("ñandú", 2, Some(3)), "and");
        assert_eq!(substring("ñandú", 5, None), "ú");
        assert_eq!(substring(EMOJI, 2, Some(2)), "😀");
        assert_eq!(substring(EMOJI, 2, Some(1)), "\u{FFFD}");
        assert_eq!(substring(EMOJI, 3, None), "\u{FFFD}b");
        assert_eq!(substring(EMOJI, 1, Some(2)), "a\u{FFFD}");
        assert!(matches!(substring("ñandú", 2, Some(3)), Cow::Borrowed(_)));
    }

    #[test]
    fn characters() {
        assert_eq!(char_at("abc", 1), "a");
        assert_eq!(char_at("abc", 3), "c");
        assert_eq!(char_at("abc", 0), "");
        assert_eq!(char_at("abc", 4), "");
        assert_eq!(char_at("abc", -1), "");
        assert_eq!(char_at("abc", i64::MIN), "");
        assert_eq!(char_at("abc", i64::MAX), "");
        assert_eq!(char_at("", 1), "");
        assert_eq!(char_at("aÄc", 2), "Ä");
        assert_eq!(char_at("aÄc", 3), "c");
        assert_eq!(char_at(EMOJI, 2), "\u{FFFD}");
        assert_eq!(char_at(EMOJI, 3), "\u{FFFD}");
        assert_eq!(char_at(EMOJI, 4), "b");
        assert_eq!(char_at(EMOJI, 5), "");
    }

    #[test]
    fn characters_with_a_known_layout() {
        let long = "x".repeat(100_000) + "7";
        assert_eq!(char_at_known(&long, true, 100_001), "7");
        assert_eq!(char_at_known(&long, true, 100_002), "");
        assert_eq!(char_at_known(&long, true, 0), "");
        assert_eq!(char_at_known("aÄc", false, 3), "c");
        assert_eq!(char_at_known(EMOJI, false, 4), "b");
        // A wrong flag does not panic: on a non-ASCII byte it falls back to the scan,
        // elsewhere it reads by byte (here "b" where the right answer is "c").
        assert_eq!(char_at_known("Äbc", true, 2), "b");
        assert_eq!(char_at_known("Äbc", true, 3), "b");
    }

    #[test]
    fn character_writes() {
        assert_eq!(set_char_at("hello", 1, "H").as_deref(), Some("Hello"));
        assert_eq!(set_char_at("hello", 5, "O!").as_deref(), Some("hellO"));
        assert_eq!(set_char_at("hello", 6, "x"), None);
        assert_eq!(set_char_at("hello", 0, "x"), None);
        assert_eq!(set_char_at("", 1, "A"), None);
        assert_eq!(set_char_at("hello", 1, ""), None);
        assert_eq!(set_char_at("ñu", 1, "Ñ").as_deref(), Some("Ñu"));
        assert_eq!(set_char_at(EMOJI, 2, "x").as_deref(), Some("ax\u{FFFD}b"));
    }

    #[test]
    fn delete_docs() {
        assert_eq!(delete_string("Lamborghini", 6, 6), "Lambo");
        assert_eq!(delete_string("Indentation", 6, 2), "Indention");
        assert_eq!(delete_string("abcdef", 3, 32000), "ab");
    }

    #[test]
    fn delete_edges() {
        assert_eq!(delete_string("", 1, 1), "");
        assert_eq!(delete_string("abc", 4, 1), "abc");
        assert_eq!(delete_string("abc", 2, 0), "abc");
        assert_eq!(delete_string("abc", 2, -1), "abc");
        assert_eq!(delete_string("abc", 0, 1), "bc");
        assert_eq!(delete_string("abc", -3, 2), "c");
        assert_eq!(delete_string("abc", 1, i64::MAX), "");
        assert_eq!(delete_string("ñandú", 1, 1), "andú");
        assert_eq!(delete_string(EMOJI, 2, 2), "ab");
        assert_eq!(delete_string(EMOJI, 2, 1), "a\u{FFFD}b");
    }

    #[test]
    fn insert_docs() {
        assert_eq!(insert_string("The tree", " green", 4), "The green tree");
        assert_eq!(insert_string("Shut", "o", 3), "Shout");
        assert_eq!(insert_string("Indention", "ta", 6), "Indentation");
    }

    #[test]
    fn insert_edges() {
        assert_eq!(insert_string("abc", "", 2), "abc");
        assert_eq!(insert_string("abc", "x", 0), "xabc");
        assert_eq!(insert_string("abc", "x", i64::MIN), "xabc");
        assert_eq!(insert_string("abc", "x", 4), "abcx");
        assert_eq!(insert_string("abc", "x", i64::MAX), "abcx");
        assert_eq!(insert_string("", "x", 1), "x");
        assert_eq!(insert_string("ñb", "x", 2), "ñxb");
        assert_eq!(insert_string(EMOJI, "x", 4), "a😀xb");
        assert_eq!(insert_string(EMOJI, "x", 3), "a\u{FFFD}x\u{FFFD}b");
    }

    #[test]
    fn position_docs() {
        assert_eq!(position("ll", "Willow", 1, false).0, 3);
        assert_eq!(position("day", "Today is the first day", 1, false).0, 3);
        assert_eq!(position("day", "Today is the first day", 4, false).0, 20);
        assert_eq!(position("DAY", "Today is the first day", 1, true).0, 0);
        assert_eq!(position("œ", "Bœuf", 1, false), (2, 1));
        assert_eq!(position("abc@", "xabcdef", 1, false).0, 0);
        assert_eq!(position("abc@", "xabc@", 1, false), (2, 4));
    }

    #[test]
    fn position_insensitive() {
        assert_eq!(position("DAY", "Today", 1, false), (3, 3));
        assert_eq!(position("e", "Crème", 1, false), (3, 1));
        assert_eq!(position("brulee", "Crème brûlée", 1, false), (7, 6));
        assert_eq!(position("ss", "Straße", 1, false), (5, 1));
        assert_eq!(position("s", "Straße", 2, false), (0, 0));
        assert_eq!(position("ae", "Cæsar", 1, false), (2, 1));
        assert_eq!(position("æ", "Caesar", 1, false), (2, 2));
        assert_eq!(position("bc", "ab\u{1}cd", 1, false), (2, 3));
        // A decomposed accent is found with its base letter.
        assert_eq!(position("e", "cafe\u{301}!", 1, false), (4, 2));
        assert_eq!(position("b", "😀aB", 1, false), (4, 1));
        assert_eq!(position("😀", "a😀b😀", 3, false), (5, 2));
    }

    #[test]
    fn position_edges() {
        assert_eq!(position("", "", 1, false), (0, 0));
        assert_eq!(position("", "abc", 1, false), (0, 0));
        assert_eq!(position("a", "", 1, false), (0, 0));
        assert_eq!(position("a", "abc", 0, false), (1, 1));
        assert_eq!(position("a", "abc", -9, true), (1, 1));
        assert_eq!(position("c", "abc", 4, false), (0, 0));
        assert_eq!(position("c", "abc", i64::MAX, false), (0, 0));
        assert_eq!(position("c", "abc", i64::MIN, false), (3, 1));
        assert_eq!(position("abcd", "abc", 1, false), (0, 0));
        assert_eq!(position("é", "Crème", 1, true), (0, 0));
        assert_eq!(position("è", "Crème", 1, true), (3, 1));
        assert_eq!(position("😀", "a😀b😀", 3, true), (5, 2));
        assert_eq!(position("b", "a😀b", 3, true), (4, 1));
        assert_eq!(position("\u{1}", "ab", 1, false), (0, 0));
        assert_eq!(position("\u{1}", "a\u{1}b", 1, true), (2, 1));
    }

    #[test]
    fn replace_docs() {
        assert_eq!(replace_string("Willow", "ll", "d", None, false), "Widow");
        assert_eq!(replace_string("Shout", "o", "", None, false), "Shut");
        assert_eq!(replace_string("a\tb\tc", "\t", ",", None, true), "a,b,c");
        assert_eq!(
            replace_string("Crème brûlée", "Brulee", "caramel", None, false),
            "Crème caramel"
        );
        assert_eq!(
            replace_string("Crème brûlée", "Brulee", "caramel", None, true),
            "Crème brûlée"
        );
    }

    #[test]
    fn replace_edges() {
        assert_eq!(replace_string("aaaa", "a", "b", Some(2), false), "bbaa");
        assert_eq!(replace_string("aaaa", "aa", "b", None, false), "bb");
        assert_eq!(replace_string("aaa", "aa", "b", None, false), "ba");
        assert_eq!(replace_string("abc", "", "x", None, false), "abc");
        assert_eq!(replace_string("abc", "b", "x", Some(0), false), "abc");
        assert_eq!(replace_string("abc", "b", "x", Some(-1), false), "abc");
        assert_eq!(
            replace_string("abc", "b", "x", Some(i64::MAX), false),
            "axc"
        );
        assert_eq!(replace_string("", "a", "x", None, false), "");
        assert_eq!(replace_string("ABA", "a", "x", None, false), "xBx");
        assert_eq!(replace_string("ABA", "a", "x", None, true), "ABA");
        assert_eq!(replace_string("Straße", "SS", "s", None, false), "Strase");
        assert_eq!(replace_string("x😀y😀", "😀", "-", None, false), "x-y-");
        assert_eq!(replace_string("ñÑn", "N", "_", None, false), "___");
        assert!(matches!(
            replace_string("abc", "z", "x", None, false),
            Cow::Borrowed(_)
        ));
    }
}
