//! Character sets for reading and writing text files: the names and MIBEnum numbers of
//! `commands/convert-from-text.md`, the `-no-bom` suffix and the BOM rules of
//! `API/FileClass.md#settext` and `API/Document.md#gettext` (a BOM in a document wins over the
//! charset asked for). The legacy single- and multi-byte sets come from encoding_rs (Firefox's
//! encoding library: maintained, complete for the web's sets, no C code); UTF-16 writing,
//! UTF-32, ISO-8859-1 and US-ASCII are done here, because the WHATWG standard encoding_rs
//! follows reads `iso-8859-1` and `ascii` as windows-1252 and encodes UTF-16 as UTF-8.

use super::error::FileError;
use encoding_rs::{CoderResult, EncoderResult, Encoding};

/// A character set fourd can read and write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
    /// ISO-8859-1: each byte is the code point of the same value.
    Latin1,
    /// US-ASCII: bytes below 128.
    Ascii,
    /// An encoding_rs encoding; `c1` when the set is an ISO one that encoding_rs reads as its
    /// Windows superset (ISO-8859-9 as windows-1254): bytes 0x80–0x9F are then the C1 controls.
    Legacy {
        encoding: &'static Encoding,
        c1: bool,
    },
}

/// The charset argument of a text command: omitted, a name, or a MIBEnum number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetArg<'a> {
    Default,
    Name(&'a str),
    Number(i64),
}

/// A charset to write with, and whether a BOM starts the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteCharset {
    pub charset: Charset,
    pub bom: bool,
}

/// `UTF-8` without BOM: what 4D writes when no charset is given (`API/FileClass.md#settext`).
pub const DEFAULT_WRITE: WriteCharset = WriteCharset {
    charset: Charset::Utf8,
    bom: false,
};

impl Charset {
    /// True for the Unicode sets, which have a BOM.
    pub fn is_unicode(self) -> bool {
        matches!(
            self,
            Charset::Utf8
                | Charset::Utf16Le
                | Charset::Utf16Be
                | Charset::Utf32Le
                | Charset::Utf32Be
        )
    }

    /// The set's byte order mark.
    pub fn bom(self) -> &'static [u8] {
        match self {
            Charset::Utf8 => &[0xEF, 0xBB, 0xBF],
            Charset::Utf16Le => &[0xFF, 0xFE],
            Charset::Utf16Be => &[0xFE, 0xFF],
            Charset::Utf32Le => &[0xFF, 0xFE, 0, 0],
            Charset::Utf32Be => &[0, 0, 0xFE, 0xFF],
            _ => &[],
        }
    }

    /// The set a BOM at the start of `bytes` announces, with the BOM's length.
    pub fn sniff_bom(bytes: &[u8]) -> Option<(Charset, usize)> {
        // UTF-32LE's BOM starts like UTF-16LE's: test it first.
        [
            Charset::Utf32Le,
            Charset::Utf32Be,
            Charset::Utf8,
            Charset::Utf16Le,
            Charset::Utf16Be,
        ]
        .into_iter()
        .find(|c| bytes.starts_with(c.bom()))
        .map(|c| (c, c.bom().len()))
    }
}

impl CharsetArg<'_> {
    /// The charset to read with (`default` when omitted); -10512 for an unknown one.
    pub fn for_reading(self, default: Charset) -> Result<Charset, FileError> {
        Ok(match self {
            CharsetArg::Default => default,
            CharsetArg::Name(name) => by_name(name)?.charset,
            CharsetArg::Number(n) => by_number(n)?,
        })
    }

    /// The charset to write with: UTF-8 without BOM when omitted; a Unicode set named or
    /// numbered gets its BOM unless the name ends with `-no-bom`.
    pub fn for_writing(self) -> Result<WriteCharset, FileError> {
        Ok(match self {
            CharsetArg::Default => DEFAULT_WRITE,
            CharsetArg::Name(name) => by_name(name)?,
            CharsetArg::Number(n) => {
                let charset = by_number(n)?;
                WriteCharset {
                    charset,
                    bom: charset.is_unicode(),
                }
            }
        })
    }
}

/// A charset by name (case-insensitive, with an optional `-no-bom` suffix); -10512 otherwise.
pub fn by_name(name: &str) -> Result<WriteCharset, FileError> {
    let trimmed = name.trim();
    let lower = trimmed.to_ascii_lowercase();
    let (base, no_bom) = match lower.strip_suffix("-no-bom") {
        Some(base) => (base, true),
        None => (lower.as_str(), false),
    };
    let charset = special(base)
        .or_else(|| legacy(base))
        .ok_or_else(|| FileError::charset(trimmed))?;
    Ok(WriteCharset {
        charset,
        bom: charset.is_unicode() && !no_bom,
    })
}

/// A charset by MIBEnum number (`commands/convert-from-text.md`); -10512 otherwise.
pub fn by_number(mib: i64) -> Result<Charset, FileError> {
    let name = match mib {
        106 => "utf-8",
        1013 => "utf-16be",
        1014 => "utf-16le",
        1015 => "utf-16",
        1017 => "utf-32",
        1018 => "utf-32be",
        1019 => "utf-32le",
        3 => "us-ascii",
        4 => "iso-8859-1",
        5 => "iso-8859-2",
        6 => "iso-8859-3",
        7 => "iso-8859-4",
        8 => "iso-8859-5",
        9 => "iso-8859-6",
        10 => "iso-8859-7",
        11 => "iso-8859-8",
        12 => "iso-8859-9",
        13 => "iso-8859-10",
        109 => "iso-8859-13",
        111 => "iso-8859-15",
        17 => "shift_jis",
        38 => "euc-kr",
        39 => "iso-2022-jp",
        57 | 113 | 2025 => "gbk",
        2024 => "windows-31j",
        2026 => "big5",
        2027 => "macintosh",
        2084 => "koi8-r",
        1251 => "x-mac-cyrillic",
        2250..=2257 => return by_name(&format!("windows-{}", mib - 1000)).map(|w| w.charset),
        _ => return Err(FileError::charset(&mib.to_string())),
    };
    by_name(name).map(|w| w.charset)
}

/// The sets fourd handles itself (see the file's note), by lower-case name.
fn special(name: &str) -> Option<Charset> {
    Some(match name {
        "utf-8" | "utf8" => Charset::Utf8,
        // IANA: UTF-16 and UTF-32 without a BOM are big-endian.
        "utf-16" | "utf-16be" => Charset::Utf16Be,
        "utf-16le" => Charset::Utf16Le,
        "utf-32" | "utf-32be" => Charset::Utf32Be,
        "utf-32le" => Charset::Utf32Le,
        "iso-8859-1" | "cp819" | "csisolatin1" | "ibm819" | "iso-ir-100" | "iso_8859-1"
        | "iso_8859-1:1987" | "l1" | "latin1" => Charset::Latin1,
        "us-ascii" | "ansi_x3.4-1968" | "ansi_x3.4-1986" | "ascii" | "cp367" | "csascii"
        | "ibm367" | "iso-ir-6" | "iso_646.irv:1991" | "iso646-us" | "us" => Charset::Ascii,
        "iso-8859-9" | "csisolatin5" | "iso-ir-148" | "iso_8859-9" | "iso_8859-9:1989" | "l5"
        | "latin5" => Charset::Legacy {
            encoding: encoding_rs::WINDOWS_1254,
            c1: true,
        },
        _ => return None,
    })
}

/// An encoding_rs encoding by label, except the ones with no real bytes of their own.
fn legacy(name: &str) -> Option<Charset> {
    let name = match name {
        "x-mac-roman" | "mac" | "macroman" => "macintosh",
        "latin-9" => "iso-8859-15",
        "iso-8859-3:1988" => "iso-8859-3",
        "iso-8859-4:1988" => "iso-8859-4",
        "iso-8859-5:1988" => "iso-8859-5",
        "iso-8859-6:1987" => "iso-8859-6",
        "iso_8859-7:1987" => "iso-8859-7",
        "iso_8859-8:1988" => "iso-8859-8",
        "iso_8859-10:1992" => "iso-8859-10",
        "shift-jis" => "shift_jis",
        "gb_2312-80" => "gb2312",
        "x-mac-chinesesimp" => "gb2312",
        other => other,
    };
    let encoding = Encoding::for_label(name.as_bytes())?;
    let useless = [
        encoding_rs::REPLACEMENT,
        encoding_rs::X_USER_DEFINED,
        encoding_rs::UTF_16LE,
        encoding_rs::UTF_16BE,
        encoding_rs::UTF_8,
    ];
    if useless.contains(&encoding) {
        return None;
    }
    Some(Charset::Legacy {
        encoding,
        c1: false,
    })
}

/// Text from a document's bytes: a BOM, if any, chooses the set (and is dropped); otherwise
/// `charset`. Bytes that are not valid in the set become U+FFFD.
pub fn decode(bytes: &[u8], charset: Charset) -> String {
    match Charset::sniff_bom(bytes) {
        Some((found, len)) => decode_plain(&bytes[len..], found),
        None => decode_plain(bytes, charset),
    }
}

/// Text from bytes in `charset`, no BOM handling.
pub fn decode_plain(bytes: &[u8], charset: Charset) -> String {
    match charset {
        Charset::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Charset::Utf16Le | Charset::Utf16Be => {
            let le = charset == Charset::Utf16Le;
            let units = bytes.chunks(2).map(|pair| match pair {
                [a, b] if le => u16::from_le_bytes([*a, *b]),
                [a, b] => u16::from_be_bytes([*a, *b]),
                _ => 0xFFFD,
            });
            char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect()
        }
        Charset::Utf32Le | Charset::Utf32Be => bytes
            .chunks(4)
            .map(|quad| {
                let code = match (quad, charset) {
                    ([a, b, c, d], Charset::Utf32Le) => u32::from_le_bytes([*a, *b, *c, *d]),
                    ([a, b, c, d], _) => u32::from_be_bytes([*a, *b, *c, *d]),
                    _ => 0xFFFD,
                };
                char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect(),
        Charset::Latin1 => bytes.iter().map(|&b| char::from(b)).collect(),
        Charset::Ascii => bytes
            .iter()
            .map(|&b| {
                if b < 0x80 {
                    char::from(b)
                } else {
                    char::REPLACEMENT_CHARACTER
                }
            })
            .collect(),
        Charset::Legacy { encoding, c1 } => {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            if !c1 {
                return text.into_owned();
            }
            // A single-byte set: one character per byte.
            text.chars()
                .zip(bytes)
                .map(|(c, &b)| {
                    if (0x80..=0x9F).contains(&b) {
                        char::from(b)
                    } else {
                        c
                    }
                })
                .collect()
        }
    }
}

/// Bytes of `text` in `charset`, after a BOM when `bom`. A character the set lacks is
/// written `?`.
pub fn encode(text: &str, charset: Charset, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 4);
    if bom {
        out.extend_from_slice(charset.bom());
    }
    match charset {
        Charset::Utf8 => out.extend_from_slice(text.as_bytes()),
        Charset::Utf16Le => text
            .encode_utf16()
            .for_each(|u| out.extend(u.to_le_bytes())),
        Charset::Utf16Be => text
            .encode_utf16()
            .for_each(|u| out.extend(u.to_be_bytes())),
        Charset::Utf32Le => text
            .chars()
            .for_each(|c| out.extend(u32::from(c).to_le_bytes())),
        Charset::Utf32Be => text
            .chars()
            .for_each(|c| out.extend(u32::from(c).to_be_bytes())),
        Charset::Latin1 => out.extend(text.chars().map(|c| u8::try_from(c).unwrap_or(b'?'))),
        Charset::Ascii => out.extend(
            text.chars()
                .map(|c| if c.is_ascii() { c as u8 } else { b'?' }),
        ),
        Charset::Legacy { encoding, c1 } => encode_legacy(text, encoding, c1, &mut out),
    }
    out
}

fn encode_legacy(text: &str, encoding: &'static Encoding, c1: bool, out: &mut Vec<u8>) {
    let mut encoder = encoding.new_encoder();
    let mut buf = [0u8; 1024];
    let mut rest = text;
    loop {
        if c1
            && let Some(c) = rest
                .chars()
                .next()
                .filter(|c| ('\u{80}'..='\u{9F}').contains(c))
        {
            out.push(c as u8);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let end = if c1 {
            rest.find(|c: char| ('\u{80}'..='\u{9F}').contains(&c))
                .unwrap_or(rest.len())
        } else {
            rest.len()
        };
        let last = end == rest.len();
        let (result, read, written) =
            encoder.encode_from_utf8_without_replacement(&rest[..end], &mut buf, last);
        out.extend_from_slice(&buf[..written]);
        rest = &rest[read..];
        match result {
            EncoderResult::InputEmpty if rest.is_empty() => break,
            EncoderResult::InputEmpty | EncoderResult::OutputFull => {}
            EncoderResult::Unmappable(_) => out.push(b'?'),
        }
    }
}

/// How many bytes at the start of `bytes` make its first `n` characters in `charset` (all of
/// them when there are fewer): `RECEIVE PACKET`'s count of characters.
pub fn prefix_of_chars(bytes: &[u8], charset: Charset, n: usize) -> usize {
    let mut count = 0;
    let mut i = 0;
    match charset {
        Charset::Utf8 => {
            while i < bytes.len() && count < n {
                i += match bytes[i] {
                    0xF0..=0xFF => 4,
                    0xE0..=0xEF => 3,
                    0xC0..=0xDF => 2,
                    _ => 1,
                };
                count += 1;
            }
        }
        Charset::Utf16Le | Charset::Utf16Be => {
            while i + 1 < bytes.len() && count < n {
                let unit = if charset == Charset::Utf16Le {
                    u16::from_le_bytes([bytes[i], bytes[i + 1]])
                } else {
                    u16::from_be_bytes([bytes[i], bytes[i + 1]])
                };
                i += if (0xD800..0xDC00).contains(&unit) {
                    4
                } else {
                    2
                };
                count += 1;
            }
        }
        Charset::Utf32Le | Charset::Utf32Be => i = n.saturating_mul(4),
        Charset::Latin1 | Charset::Ascii => i = n,
        Charset::Legacy { encoding, .. } => {
            let mut decoder = encoding.new_decoder_without_bom_handling();
            let mut units = [0u16; 16];
            while i < bytes.len() && count < n {
                let (result, _, written, _) =
                    decoder.decode_to_utf16(&bytes[i..=i], &mut units, false);
                debug_assert!(matches!(result, CoderResult::InputEmpty));
                count += units[..written]
                    .iter()
                    .filter(|u| !(0xDC00..0xE000).contains(*u))
                    .count();
                i += 1;
            }
        }
    }
    i.min(bytes.len())
}

/// The byte width a search for a stop string must step by in `charset` (a UTF-16 match must
/// start on a character).
pub fn unit_width(charset: Charset) -> usize {
    match charset {
        Charset::Utf16Le | Charset::Utf16Be => 2,
        Charset::Utf32Le | Charset::Utf32Be => 4,
        _ => 1,
    }
}
