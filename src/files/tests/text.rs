//! Text content, charsets and line breaks: `API/Document.md#gettext`,
//! `API/FileClass.md#settext`, `API/FileClass.md#setcontent`, `commands/convert-from-text.md`.

use super::Fixture;
use crate::files::{BreakMode, Charset, CharsetArg, ERR_CHARSET, ERR_PARAMETER, decode, encode};
use std::fs;

const BILLING: &str = "id\tname\tprice\tvat\r\n3\tthé\t1.06€\t19.6\r\n2\tcafé\t1.05€\t19.6";

#[test]
fn get_text_converts_line_breaks() {
    // `API/Document.md#gettext`'s example: the Billing.txt file read with the default mode and
    // with `Document with LF`. fourd's native mode is LF (Linux, as tool4d).
    let f = Fixture::new();
    fs::write(f.proj().join("Data/Billing.txt"), BILLING).unwrap();
    let file = f.file("/DATA/Billing.txt");
    let lf = "id\tname\tprice\tvat\n3\tthé\t1.06€\t19.6\n2\tcafé\t1.05€\t19.6";
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Default, BreakMode::Native)
            .unwrap(),
        lf
    );
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Name("UTF-8"), BreakMode::Lf)
            .unwrap(),
        lf
    );
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Default, BreakMode::Crlf)
            .unwrap(),
        BILLING
    );
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Default, BreakMode::Unchanged)
            .unwrap(),
        BILLING
    );
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Default, BreakMode::Cr)
            .unwrap(),
        BILLING.replace("\r\n", "\r")
    );
    assert_eq!(BreakMode::from_code(5).unwrap_err().code, ERR_PARAMETER);
    assert_eq!(BreakMode::from_code(4).unwrap(), BreakMode::Lf);
}

#[test]
fn set_text_bom_rules() {
    // `API/FileClass.md#settext`: "If you do not specify a character set, by default 4D uses
    // the "UTF-8" character set without BOM"; a named set with a BOM gets it, unless
    // "-no-bom".
    let f = Fixture::new();
    let file = f.file("/DATA/out.txt");
    let bytes = |f: &Fixture| fs::read(f.proj().join("Data/out.txt")).unwrap();
    f.files
        .set_text(&file, "é", CharsetArg::Default, BreakMode::Unchanged)
        .unwrap();
    assert_eq!(bytes(&f), "é".as_bytes());
    f.files
        .set_text(&file, "é", CharsetArg::Name("UTF-8"), BreakMode::Unchanged)
        .unwrap();
    assert_eq!(bytes(&f), b"\xEF\xBB\xBF\xC3\xA9");
    f.files
        .set_text(
            &file,
            "é",
            CharsetArg::Name("UTF-8-no-bom"),
            BreakMode::Unchanged,
        )
        .unwrap();
    assert_eq!(bytes(&f), "é".as_bytes());
    f.files
        .set_text(&file, "é", CharsetArg::Number(106), BreakMode::Unchanged)
        .unwrap();
    assert_eq!(bytes(&f), b"\xEF\xBB\xBF\xC3\xA9");
    f.files
        .set_text(
            &file,
            "é",
            CharsetArg::Name("UTF-16LE"),
            BreakMode::Unchanged,
        )
        .unwrap();
    assert_eq!(bytes(&f), b"\xFF\xFE\xE9\x00");
    f.files
        .set_text(
            &file,
            "é€",
            CharsetArg::Name("ISO-8859-1"),
            BreakMode::Unchanged,
        )
        .unwrap();
    assert_eq!(bytes(&f), b"\xE9?");
    f.files
        .set_text(
            &file,
            "é€",
            CharsetArg::Name("windows-1252"),
            BreakMode::Unchanged,
        )
        .unwrap();
    assert_eq!(bytes(&f), b"\xE9\x80");
    // Line breaks: native by default (LF here).
    f.files
        .set_text(&file, "a\rb\r\nc", CharsetArg::Default, BreakMode::Native)
        .unwrap();
    assert_eq!(bytes(&f), b"a\nb\nc");
    f.files
        .set_text(&file, "a\nb", CharsetArg::Default, BreakMode::Crlf)
        .unwrap();
    assert_eq!(bytes(&f), b"a\r\nb");
}

#[test]
fn a_bom_wins_over_the_charset_asked_for() {
    // `API/Document.md#gettext`: "If the document contains a Byte Order Mark (BOM), 4D uses
    // the character set that it has set instead of the one specified".
    let f = Fixture::new();
    let file = f.file("/DATA/bom.txt");
    fs::write(f.proj().join("Data/bom.txt"), b"\xFF\xFEh\x00\xE9\x00").unwrap();
    assert_eq!(
        f.files
            .get_text(
                &file,
                CharsetArg::Name("windows-1252"),
                BreakMode::Unchanged
            )
            .unwrap(),
        "hé"
    );
    fs::write(f.proj().join("Data/bom.txt"), b"\xEF\xBB\xBFok").unwrap();
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Name("ISO-8859-1"), BreakMode::Unchanged)
            .unwrap(),
        "ok"
    );
    fs::write(f.proj().join("Data/bom.txt"), b"\xE9t\xE9").unwrap();
    assert_eq!(
        f.files
            .get_text(&file, CharsetArg::Number(4), BreakMode::Unchanged)
            .unwrap(),
        "été"
    );
}

#[test]
fn charsets_by_name_and_number() {
    // `commands/convert-from-text.md`'s table: names (aliases) and MIBEnum numbers.
    let sets = [
        ("UTF-16BE", 1013),
        ("UTF-16LE", 1014),
        ("UTF-32LE", 1019),
        ("UTF-32BE", 1018),
        ("US-ASCII", 3),
        ("ISO-8859-1", 4),
        ("ISO-8859-2", 5),
        ("ISO-8859-9", 12),
        ("ISO-8859-15", 111),
        ("windows-1252", 2252),
        ("windows-1251", 2251),
        ("MacRoman", 2027),
        ("Shift_JIS", 17),
        ("EUC-KR", 38),
        ("Big5", 2026),
        ("KOI8-R", 2084),
        ("GBK", 113),
    ];
    for (name, number) in sets {
        let by_name = CharsetArg::Name(name).for_reading(Charset::Utf8).unwrap();
        let by_number = CharsetArg::Number(number)
            .for_reading(Charset::Utf8)
            .unwrap();
        assert_eq!(by_name, by_number, "{name}");
    }
    assert_eq!(
        CharsetArg::Name("latin1")
            .for_reading(Charset::Utf8)
            .unwrap(),
        Charset::Latin1
    );
    assert_eq!(
        CharsetArg::Name("UTF-7")
            .for_reading(Charset::Utf8)
            .unwrap_err()
            .code,
        ERR_CHARSET
    );
    assert_eq!(
        CharsetArg::Number(99999)
            .for_reading(Charset::Utf8)
            .unwrap_err()
            .code,
        ERR_CHARSET
    );
    assert_eq!(
        CharsetArg::Name("replacement")
            .for_reading(Charset::Utf8)
            .unwrap_err()
            .code,
        ERR_CHARSET
    );
}

#[test]
fn round_trips() {
    let text = "Grüße, Ελλάδα, 日本, 😀";
    for (set, lossless) in [
        (Charset::Utf8, true),
        (Charset::Utf16Le, true),
        (Charset::Utf16Be, true),
        (Charset::Utf32Le, true),
        (Charset::Utf32Be, true),
        (Charset::Latin1, false),
        (Charset::Ascii, false),
    ] {
        let back = decode(&encode(text, set, false), set);
        assert_eq!(back == text, lossless, "{set:?}: {back}");
        let with_bom = decode(&encode(text, set, true), Charset::Latin1);
        assert_eq!(
            with_bom == text,
            lossless && set.is_unicode(),
            "{set:?} BOM"
        );
    }
    // ISO-8859-9 keeps the C1 controls windows-1254 would replace.
    let latin5 = CharsetArg::Name("ISO-8859-9")
        .for_reading(Charset::Utf8)
        .unwrap();
    assert_eq!(decode(b"\x80\xF0", latin5), "\u{80}ğ");
    assert_eq!(encode("\u{80}ğ", latin5, false), b"\x80\xF0");
    let sjis = CharsetArg::Name("Shift_JIS")
        .for_reading(Charset::Utf8)
        .unwrap();
    assert_eq!(decode(&encode("日本", sjis, false), sjis), "日本");
}

#[test]
fn set_content_and_get_content() {
    // `API/FileClass.md#setcontent`: "rewrites the entire content of the file".
    let f = Fixture::new();
    let file = f.file("/DATA/Archives/data.bin");
    f.files.set_content(&file, &[0, 1, 2, 255]).unwrap();
    assert_eq!(f.files.get_content(&file).unwrap(), [0, 1, 2, 255]);
    f.files.set_content(&file, b"z").unwrap();
    assert_eq!(f.files.get_content(&file).unwrap(), b"z");
    let missing = f.file("/DATA/none.bin");
    assert_eq!(
        f.files.get_content(&missing).unwrap_err().code,
        crate::files::ERR_NOT_FOUND
    );
}

#[test]
fn packets_count_characters_in_every_charset() {
    // `commands-legacy/receive-packet.md`: "To read a particular number of characters, pass
    // this number in numBytes."
    use crate::files::{OpenMode, Packet, Received, Until};
    let mut f = Fixture::new();
    for name in [
        "UTF-8",
        "UTF-16LE",
        "UTF-16BE",
        "UTF-32LE",
        "ISO-8859-1",
        "Shift_JIS",
        "windows-1252",
    ] {
        let cs = CharsetArg::Name(name).for_reading(Charset::Utf8).unwrap();
        let doc = f.files.create_document("p.txt").unwrap().doc;
        let sample = if name == "Shift_JIS" {
            "日本語テキスト"
        } else {
            "été à la mer"
        };
        f.files.send_packet(doc, Packet::Text(sample), cs).unwrap();
        f.files.close_document(doc).unwrap();
        let doc = f.files.open_document("p.txt", OpenMode::Read).unwrap().doc;
        let first = f
            .files
            .receive_packet(doc, Until::Count(3), Some(cs))
            .unwrap();
        let rest = f
            .files
            .receive_packet(doc, Until::Count(100), Some(cs))
            .unwrap();
        f.files.close_document(doc).unwrap();
        let expected: String = sample.chars().take(3).collect();
        assert_eq!(first.data, Received::Text(expected), "{name}");
        let expected: String = sample.chars().skip(3).collect();
        assert_eq!(rest.data, Received::Text(expected), "{name}");
    }
}
