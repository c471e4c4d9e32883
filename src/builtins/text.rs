//! Text functions (docs/language.md §16). Positions count UTF-16 code units, as
//! 4D's text type does; the work is done by `conv::text`.

use super::{BResult, Call};
use crate::conv;
use crate::eval::{Interp, Value};

/// `sk ignore empty strings` and `sk trim spaces` for `Split string`.
const SK_IGNORE_EMPTY: i64 = 1;
const SK_TRIM_SPACES: i64 = 2;

pub fn length(_: &mut Interp, c: &mut Call) -> BResult {
    if let Value::Text(t) = c.value(0) {
        return Ok(Value::int(t.len_units() as i64));
    }
    Ok(Value::int(conv::utf16_len(c.text(0)) as i64))
}

pub fn substring(_: &mut Interp, c: &mut Call) -> BResult {
    let n = if c.has(2) { Some(c.int(2)) } else { None };
    let first = c.int(1);
    if let Value::Text(t) = c.value(0) {
        return Ok(Value::text(t.substring(first, n).into_owned()));
    }
    Ok(Value::text(
        conv::substring(c.text(0), first, n).into_owned(),
    ))
}

/// `Position(find; text{; start{; lengthFound}}{; *})`, or with the options
/// of the second syntax: `Position(find; text; start; lengthFound; options)`.
pub fn position(it: &mut Interp, c: &mut Call) -> BResult {
    let start = if c.has(2) { c.int(2) } else { 1 };
    let (pos, len) = if c.has(4) {
        conv::position_options(c.text(0), c.text(1), start, c.int(4))
    } else {
        conv::position(c.text(0), c.text(1), start, c.star)
    };
    if let Some(place) = c.place(3).cloned() {
        it.store(&place, Value::int(len as i64), c.span)?;
    }
    Ok(Value::int(pos as i64))
}

/// `Replace string(text; old; new{; howMany}{; *})`
pub fn replace_string(_: &mut Interp, c: &mut Call) -> BResult {
    let how_many = if c.has(3) { Some(c.int(3)) } else { None };
    Ok(Value::text(
        conv::replace_string(c.text(0), c.text(1), c.text(2), how_many, c.star).into_owned(),
    ))
}

pub fn delete_string(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::text(
        conv::delete_string(c.text(0), c.int(1), c.int(2)).into_owned(),
    ))
}

pub fn insert_string(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::text(
        conv::insert_string(c.text(0), c.text(1), c.int(2)).into_owned(),
    ))
}

/// `Change string(source; new; where)`: overwrites characters from `where`.
pub fn change_string(_: &mut Interp, c: &mut Call) -> BResult {
    let (source, new, at) = (c.text(0), c.text(1), c.int(2));
    let len = conv::utf16_len(source) as i64;
    if at < 1 || at > len {
        return Ok(Value::text(source));
    }
    let head = conv::substring(source, 1, Some(at - 1));
    let tail = conv::substring(source, at + conv::utf16_len(new) as i64, None);
    let middle = conv::substring(new, 1, Some(len - at + 1));
    Ok(Value::text(format!("{head}{middle}{tail}")))
}

/// `Uppercase(t{; *})`: without `*`, accented letters lose their accents
/// (`Uppercase("hélène")` is `"HELENE"`, docs/commands/uppercase.md).
pub fn uppercase(_: &mut Interp, c: &mut Call) -> BResult {
    let t = c.text(0);
    Ok(Value::text(if c.star || t.is_ascii() {
        t.to_uppercase()
    } else {
        without_accents(t).to_uppercase()
    }))
}

/// `Lowercase(t{; *})`: without `*`, accented letters lose their accents
/// (`Lowercase("DÉJÀ VU")` is `"deja vu"`, docs/commands/lowercase.md).
pub fn lowercase(_: &mut Interp, c: &mut Call) -> BResult {
    let t = c.text(0);
    Ok(Value::text(if c.star || t.is_ascii() {
        t.to_lowercase()
    } else {
        without_accents(t).to_lowercase()
    }))
}

/// The text with the accents of its letters removed: each character is
/// decomposed and its combining diacritical marks (U+0300–U+036F, the accents
/// of Latin, Greek and Cyrillic letters) dropped; other marks, such as the
/// Japanese voicing marks, are kept, since they are not accents *(fourd's
/// choice: the pages speak of accents only)*.
fn without_accents(t: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    t.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .nfc()
        .collect()
}

/// `Character code(c)`: the UTF-16 code of the first character; `""` gives 0.
pub fn character_code(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(
        c.text(0).encode_utf16().next().map_or(0, i64::from),
    ))
}

pub fn char(_: &mut Interp, c: &mut Call) -> BResult {
    let code = c.int(0);
    let s = u16::try_from(code)
        .ok()
        .and_then(|u| String::from_utf16(&[u]).ok())
        .or_else(|| {
            u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .map(String::from)
        })
        .unwrap_or_default();
    Ok(Value::text(s))
}

/// `Split string(text; separator{; options})`
pub fn split_string(_: &mut Interp, c: &mut Call) -> BResult {
    let (text, sep, options) = (c.text(0), c.text(1), c.int(2));
    let mut parts: Vec<String> = if sep.is_empty() {
        text.chars().map(String::from).collect()
    } else if text.is_empty() {
        // An empty text has no parts: `Split string("";" ")` is `[]` in the
        // docs' `.map()`/`.flatMap()` examples (CollectionClass.md).
        Vec::new()
    } else {
        text.split(sep).map(String::from).collect()
    };
    if options & SK_TRIM_SPACES != 0 {
        parts = parts
            .into_iter()
            .map(|p| p.trim_matches(' ').to_string())
            .collect();
    }
    if options & SK_IGNORE_EMPTY != 0 {
        parts.retain(|p| !p.is_empty());
    }
    Ok(Value::new_collection(
        parts.into_iter().map(Value::text).collect(),
    ))
}

/// `Trim(text)` (4D 21): removes blanks at both ends.
pub fn trim(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::text(c.text(0).trim()))
}

/// `Generate UUID{(version)}` (docs/commands/generate-uuid.md): 32
/// upper-case hexadecimal digits of a version 4 UUID (random), or of a
/// version 7 UUID (a millisecond timestamp first, so that later UUIDs sort
/// after earlier ones; within one millisecond the run's last one is
/// counted up). The version and variant bits are RFC 9562's.
pub fn generate_uuid(it: &mut Interp, c: &mut Call) -> BResult {
    let version = if c.has(0) { c.int(0) } else { 4 };
    let mut bytes = [0u8; 16];
    for chunk in bytes.chunks_mut(8) {
        let mut x = it.random_state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        it.random_state = x;
        chunk.copy_from_slice(&x.to_be_bytes());
    }
    match version {
        4 => {}
        7 => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64);
            let last = it.native_state.get::<LastUuid7>();
            // Later UUIDs sort after earlier ones, even within a millisecond.
            let stamp = now.max(last.0 + 1);
            last.0 = stamp;
            bytes[..6].copy_from_slice(&stamp.to_be_bytes()[2..]);
        }
        _ => return Err(crate::eval::Fault::arguments("Generate UUID").into()),
    }
    bytes[6] = (bytes[6] & 0x0F) | ((version as u8) << 4);
    bytes[8] = (bytes[8] & 0x3F) | 0x80;
    Ok(Value::text(
        bytes.iter().map(|b| format!("{b:02X}")).collect::<String>(),
    ))
}

/// The timestamp of the run's last version 7 UUID.
#[derive(Default)]
struct LastUuid7(u64);

/// `Compare strings(a; b{; options})`: -1, 0 or 1 (docs/commands/compare-strings.md).
pub fn compare_strings(_: &mut Interp, c: &mut Call) -> BResult {
    let options = c.has(2).then(|| c.int(2));
    Ok(Value::int(
        match conv::collate::compare_with_options(c.text(0), c.text(1), options) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        },
    ))
}

/// `GET TEXT KEYWORDS(text; keywords{; *})`: the words of the text, by the
/// rule of the keyword operator `%` (docs/language.md §9.3), which stands in for
/// ICU's word boundaries; style tags of styled text are skipped; with `*`,
/// each word once (compared as `=` compares). The French and Italian
/// apostrophe rule of the page applies to those data languages only, and
/// fourd's is English.
pub fn get_text_keywords(it: &mut Interp, c: &mut Call) -> BResult {
    let text = without_style_tags(c.text(0));
    let mut seen = std::collections::HashSet::new();
    let words: Vec<String> = conv::collate::words(&text)
        .into_iter()
        .filter(|w| !c.star || seen.insert(conv::collation_key(w)))
        .map(str::to_string)
        .collect();
    super::outputs::fill_text_array(it, c, 1, "GET TEXT KEYWORDS", words)?;
    Ok(Value::Undefined)
}

/// The text without the `<span …>`, `</span>` and `<br/>` tags of 4D's
/// styled text.
fn without_style_tags(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains("<span") && !t.contains("<br") {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let is_style = ["<span", "</span", "<br"].iter().any(|p| {
            tag.get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        });
        match tag.find('>') {
            Some(end) if is_style => {
                if tag[..end].starts_with("<br") {
                    out.push('\n');
                }
                rest = &tag[end + 1..];
            }
            _ => {
                out.push('<');
                rest = &tag[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}
