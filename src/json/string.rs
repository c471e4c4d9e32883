//! JSON string literals: escapes (surrogate pairs included) and the characters RFC 8259 forbids.

use super::JsonError;

/// Reads the string literal whose opening quote is at byte `start`; returns its value and the
/// byte just after the closing quote.
pub(super) fn read_string(text: &str, start: usize) -> Result<(String, usize), JsonError> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut pos = start + 1;
    loop {
        // Copy the longest run that needs no attention in one go.
        let run_start = pos;
        while let Some(&b) = bytes.get(pos) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            pos += 1;
        }
        // `pos` stops only on ASCII bytes (or the end), so the run ends on a char boundary.
        out.push_str(&text[run_start..pos]);
        match bytes.get(pos) {
            None => {
                return Err(JsonError {
                    span: start..text.len(),
                    message: "unterminated string: the closing `\"` is missing".to_string(),
                });
            }
            Some(b'"') => return Ok((out, pos + 1)),
            Some(b'\\') => pos = escape(text, pos, &mut out)?,
            Some(&b) => {
                return Err(JsonError {
                    span: pos..pos + 1,
                    message: format!(
                        "control character U+{b:04X} in a string: write it as an escape ({})",
                        suggested_escape(b)
                    ),
                });
            }
        }
    }
}

fn suggested_escape(b: u8) -> String {
    match b {
        b'\n' => "\\n".to_string(),
        b'\r' => "\\r".to_string(),
        b'\t' => "\\t".to_string(),
        0x08 => "\\b".to_string(),
        0x0C => "\\f".to_string(),
        _ => format!("\\u{b:04X}"),
    }
}

/// Reads the escape whose backslash is at `pos`, appends what it means, returns the next byte.
fn escape(text: &str, pos: usize, out: &mut String) -> Result<usize, JsonError> {
    let bytes = text.as_bytes();
    let simple = match bytes.get(pos + 1) {
        Some(b'"') => '"',
        Some(b'\\') => '\\',
        Some(b'/') => '/',
        Some(b'b') => '\u{8}',
        Some(b'f') => '\u{C}',
        Some(b'n') => '\n',
        Some(b'r') => '\r',
        Some(b't') => '\t',
        Some(b'u') => return unicode_escape(text, pos, out),
        Some(_) => {
            let c = text[pos + 1..].chars().next().unwrap_or('?');
            return Err(JsonError {
                span: pos..pos + 1 + c.len_utf8(),
                message: format!("invalid escape `\\{c}` in a string"),
            });
        }
        None => {
            return Err(JsonError {
                span: pos..pos + 1,
                message: "unterminated string: it ends with a lone `\\`".to_string(),
            });
        }
    };
    out.push(simple);
    Ok(pos + 2)
}

/// `\uXXXX`, and the `\uXXXX` low half that must follow a high surrogate.
fn unicode_escape(text: &str, pos: usize, out: &mut String) -> Result<usize, JsonError> {
    let first = hex4(text, pos)?;
    match first {
        0xD800..=0xDBFF => {
            let low_at = pos + 6;
            let low = if text[low_at..].starts_with("\\u") {
                Some(hex4(text, low_at)?)
            } else {
                None
            };
            match low {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let code = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00);
                    out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                    Ok(low_at + 6)
                }
                _ => Err(JsonError {
                    span: pos..low_at,
                    message: format!(
                        "lone surrogate `\\u{first:04X}`: a high surrogate must be followed by a `\\uDC00`–`\\uDFFF` escape"
                    ),
                }),
            }
        }
        0xDC00..=0xDFFF => Err(JsonError {
            span: pos..pos + 6,
            message: format!(
                "lone surrogate `\\u{first:04X}`: a low surrogate must follow a high one"
            ),
        }),
        _ => {
            out.push(char::from_u32(first).unwrap_or('\u{FFFD}'));
            Ok(pos + 6)
        }
    }
}

/// The four hex digits of the `\u` escape whose backslash is at `pos`.
fn hex4(text: &str, pos: usize) -> Result<u32, JsonError> {
    let digits = text
        .get(pos + 2..pos + 6)
        .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
    match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
        Some(value) => Ok(value),
        None => {
            // Point at the escape and the characters that should have been hex digits.
            let end = text[pos + 2..]
                .char_indices()
                .take(4)
                .take_while(|(_, c)| *c != '"')
                .last()
                .map_or(pos + 2, |(i, c)| pos + 2 + i + c.len_utf8());
            Err(JsonError {
                span: pos..end,
                message: "invalid escape: `\\u` must be followed by four hex digits".to_string(),
            })
        }
    }
}
