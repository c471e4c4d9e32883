//! Open documents and packets: `commands-legacy/create-document.md`, `open-document.md`,
//! `append-document.md`, `close-document.md`, `send-packet.md`, `receive-packet.md`,
//! `get-document-position.md`, `set-document-position.md`, `commands/get-document-size.md`.

use super::Fixture;
use crate::files::{
    Charset, ERR_BAD_REFERENCE, ERR_BUSY, ERR_MODE, ERR_NOT_FOUND, ERR_POSITION, OpenMode, Packet,
    Received, Until,
};
use std::fs;

fn text(r: &crate::files::ReceivedPacket) -> &str {
    match &r.data {
        Received::Text(t) => t,
        Received::Blob(_) => panic!("a BLOB"),
    }
}

#[test]
fn create_send_close() {
    // `create-document.md`, Example 1: "Note.txt" holds "Hello"; OK 1, Document the full path.
    let mut f = Fixture::new();
    let opened = f.files.create_document("Note.txt").unwrap();
    assert!(opened.ok && opened.doc == 1);
    assert_eq!(
        opened.document,
        f.proj().join("Note.txt").display().to_string()
    );
    f.files
        .send_packet(opened.doc, Packet::Text("Hello"), Charset::Utf8)
        .unwrap();
    f.files.close_document(opened.doc).unwrap();
    assert_eq!(
        fs::read_to_string(f.proj().join("Note.txt")).unwrap(),
        "Hello"
    );
    assert_eq!(
        f.files.close_document(opened.doc).unwrap_err().code,
        ERR_BAD_REFERENCE
    );
    // An existing document is overwritten.
    let again = f.files.create_document("Note.txt").unwrap();
    assert_eq!(again.doc, 2);
    f.files.close_document(again.doc).unwrap();
    assert_eq!(fs::read_to_string(f.proj().join("Note.txt")).unwrap(), "");
}

#[test]
fn open_overwrites_from_the_start_and_append_adds() {
    // `open-document.md`, Example 1 ("Good-bye" over the content) and `append-document.md`'s
    // example ("Good-bye and so long" followed by a carriage return).
    let mut f = Fixture::new();
    fs::write(f.proj().join("Note.txt"), "Hello there").unwrap();
    let doc = f
        .files
        .open_document("Note.txt", OpenMode::ReadWrite)
        .unwrap()
        .doc;
    f.files
        .send_packet(doc, Packet::Text("Good-bye"), Charset::Utf8)
        .unwrap();
    f.files.close_document(doc).unwrap();
    assert_eq!(
        fs::read_to_string(f.proj().join("Note.txt")).unwrap(),
        "Good-byeere"
    );
    fs::write(f.proj().join("Note.txt"), "Good-bye").unwrap();
    let doc = f.files.append_document("Note.txt").unwrap().doc;
    f.files
        .send_packet(doc, Packet::Text(" and so long\r"), Charset::Utf8)
        .unwrap();
    f.files.close_document(doc).unwrap();
    assert_eq!(
        fs::read_to_string(f.proj().join("Note.txt")).unwrap(),
        "Good-bye and so long\r"
    );
}

#[test]
fn open_rules() {
    // `open-document.md`: a missing document is an error; a second writer gets -43; a reader
    // is always allowed; `Get Pathname` opens nothing but sets Document and OK.
    let mut f = Fixture::new();
    assert_eq!(
        f.files
            .open_document("none.txt", OpenMode::Read)
            .unwrap_err()
            .code,
        ERR_NOT_FOUND
    );
    fs::write(f.proj().join("PassFile"), "p").unwrap();
    let first = f
        .files
        .open_document("PassFile", OpenMode::ReadWrite)
        .unwrap();
    assert_eq!(
        f.files
            .open_document("PassFile", OpenMode::Write)
            .unwrap_err()
            .code,
        ERR_NOT_FOUND
    );
    let reader = f.files.open_document("PassFile", OpenMode::Read).unwrap();
    assert!(reader.ok && reader.doc != first.doc);
    let path = f
        .files
        .open_document("PassFile", OpenMode::GetPathname)
        .unwrap();
    assert_eq!((path.doc, path.ok), (0, true));
    assert_eq!(
        path.document,
        f.proj().join("PassFile").display().to_string()
    );
    // A document open is locked for Create document and TEXT TO DOCUMENT.
    assert_eq!(
        f.files.create_document("PassFile").unwrap_err().code,
        ERR_BUSY
    );
    // Headless, the dialog of an empty name is cancelled: DocRef 0, OK 0.
    let cancelled = f.files.create_document("").unwrap();
    assert!(!cancelled.ok && cancelled.dialog_cancelled && cancelled.doc == 0);
    // Modes: no writing in Read Mode, no reading in Write Mode.
    assert_eq!(
        f.files
            .send_packet(reader.doc, Packet::Text("x"), Charset::Utf8)
            .unwrap_err()
            .code,
        ERR_MODE
    );
    f.files.close_document(first.doc).unwrap();
    let writer = f.files.open_document("PassFile", OpenMode::Write).unwrap();
    assert_eq!(
        f.files
            .receive_packet(writer.doc, Until::Count(1), Some(Charset::Utf8))
            .unwrap_err()
            .code,
        ERR_MODE
    );
    assert_eq!(OpenMode::from_code(3).unwrap(), OpenMode::GetPathname);
    assert!(OpenMode::from_code(4).is_err());
}

#[test]
fn receive_packet_by_count_and_stop_string() {
    // `receive-packet.md`: Example 2 reads to a carriage return (not returned); a count reads
    // characters; past the end, the data so far with OK 1, then "" with OK 0.
    let mut f = Fixture::new();
    fs::write(f.proj().join("people.txt"), "Éric\rMarie\rlast").unwrap();
    let doc = f
        .files
        .open_document("people.txt", OpenMode::Read)
        .unwrap()
        .doc;
    let utf8 = Some(Charset::Utf8);
    let r = f
        .files
        .receive_packet(doc, Until::Stop("\r"), utf8)
        .unwrap();
    assert_eq!((text(&r), r.ok), ("Éric", true));
    let r = f.files.receive_packet(doc, Until::Count(3), utf8).unwrap();
    assert_eq!(text(&r), "Mar");
    let r = f
        .files
        .receive_packet(doc, Until::Stop("\r"), utf8)
        .unwrap();
    assert_eq!(text(&r), "ie");
    let r = f
        .files
        .receive_packet(doc, Until::Stop("\r"), utf8)
        .unwrap();
    assert_eq!((text(&r), r.ok), ("last", true));
    let r = f
        .files
        .receive_packet(doc, Until::Stop("\r"), utf8)
        .unwrap();
    assert_eq!((text(&r), r.ok), ("", false));
}

#[test]
fn blob_packets_round_trip() {
    // `send-packet.md`, Example 2: bytes sent as a BLOB come back unchanged.
    let mut f = Fixture::new();
    let doc = f.files.create_document("blob.test").unwrap().doc;
    let blob = [b'a', 0, 1, 2, 3, 0, 255];
    f.files
        .send_packet(doc, Packet::Blob(&blob), Charset::Utf8)
        .unwrap();
    f.files.close_document(doc).unwrap();
    let doc = f
        .files
        .open_document("blob.test", OpenMode::ReadWrite)
        .unwrap()
        .doc;
    let r = f
        .files
        .receive_packet(doc, Until::Count(65536), None)
        .unwrap();
    assert_eq!(r.data, Received::Blob(blob.to_vec()));
    assert!(r.ok);
}

#[test]
fn a_bom_is_skipped_and_chooses_the_charset() {
    // `receive-packet.md`, Notes: with a Unicode charset a BOM is filtered out and its
    // charset used.
    let mut f = Fixture::new();
    fs::write(f.proj().join("u16.txt"), b"\xFF\xFEa\x00b\x00;\x00c\x00").unwrap();
    let doc = f
        .files
        .open_document("u16.txt", OpenMode::Read)
        .unwrap()
        .doc;
    let r = f
        .files
        .receive_packet(doc, Until::Stop(";"), Some(Charset::Utf8))
        .unwrap();
    assert_eq!(text(&r), "ab");
    let r = f
        .files
        .receive_packet(doc, Until::Count(5), Some(Charset::Utf8))
        .unwrap();
    assert_eq!(text(&r), "c");
}

#[test]
fn positions_and_sizes() {
    // `set-document-position.md`: anchors 1 (start), 2 (end), 3 (current);
    // `get-document-position.md`; `commands/get-document-size.md` with a DocRef or a name.
    let mut f = Fixture::new();
    fs::write(f.proj().join("n.txt"), "0123456789").unwrap();
    let doc = f
        .files
        .open_document("n.txt", OpenMode::ReadWrite)
        .unwrap()
        .doc;
    assert_eq!(f.files.document_position(doc).unwrap(), 0);
    f.files.set_document_position(doc, -3, 2).unwrap();
    assert_eq!(f.files.document_position(doc).unwrap(), 7);
    f.files.set_document_position(doc, -2, 3).unwrap();
    let r = f
        .files
        .receive_packet(doc, Until::Count(2), Some(Charset::Utf8))
        .unwrap();
    assert_eq!(text(&r), "56");
    assert_eq!(
        f.files.set_document_position(doc, -1, 1).unwrap_err().code,
        ERR_POSITION
    );
    assert!(f.files.set_document_position(doc, 0, 4).is_err());
    assert_eq!(f.files.open_document_size(doc).unwrap(), 10);
    f.files.set_document_size(doc, 4).unwrap();
    assert_eq!(f.files.document_size("n.txt").unwrap(), 4);
    assert_eq!(f.files.open_documents(), vec![doc]);
    f.files.close_all();
    assert!(f.files.open_documents().is_empty());
}
