//! Path-based System Documents commands: pages in `commands/` (`document-to-text.md`,
//! `text-to-document.md`, `test-path-name.md`, `create-folder.md`, `document-list.md`,
//! `folder-list.md`, `delete-document.md`, `delete-folder.md`, `copy-document.md`,
//! `move-document.md`, `get-document-properties.md`).

use super::Fixture;
use crate::files::{
    BreakMode, CharsetArg, DeleteOption, ERR_BUSY, ERR_EXISTS, ERR_FOLDER_NOT_FOUND, ERR_NOT_FOUND,
    OpenMode,
};
use std::fs;

#[test]
fn text_to_document_and_back() {
    // `text-to-document.md`, Example 1, and `document-to-text.md`'s example (tabs, CRLF).
    let mut f = Fixture::new();
    f.files
        .text_to_document(
            "myTest.txt",
            "This is a test",
            CharsetArg::Default,
            BreakMode::Native,
        )
        .unwrap();
    assert_eq!(
        fs::read(f.proj().join("myTest.txt")).unwrap(),
        b"This is a test"
    );
    fs::write(
        f.proj().join("products.txt"),
        "id\tname\tprice\tvat\r\n3\t4D Tags\t99 \t19.6",
    )
    .unwrap();
    let text = f
        .files
        .document_to_text("products.txt", CharsetArg::Default, BreakMode::Crlf)
        .unwrap();
    assert_eq!(text, "id\tname\tprice\tvat\r\n3\t4D Tags\t99 \t19.6");
    assert_eq!(
        f.files
            .document_to_text("none.txt", CharsetArg::Default, BreakMode::Native)
            .unwrap_err()
            .code,
        ERR_NOT_FOUND
    );
    // "except if it is already open, in which case, its contents are locked and an error is
    // generated".
    let doc = f
        .files
        .open_document("myTest.txt", OpenMode::Read)
        .unwrap()
        .doc;
    let e = f
        .files
        .text_to_document("myTest.txt", "x", CharsetArg::Default, BreakMode::Native)
        .unwrap_err();
    assert_eq!(e.code, ERR_BUSY);
    f.files.close_document(doc).unwrap();
    // The folder must exist.
    let e = f
        .files
        .text_to_document("no/dir.txt", "x", CharsetArg::Default, BreakMode::Native)
        .unwrap_err();
    assert_eq!(e.code, ERR_FOLDER_NOT_FOUND);
}

#[test]
fn test_path_name_codes() {
    // `test-path-name.md`: 1 a document, 0 a folder, -43 nothing.
    let f = Fixture::new();
    fs::write(f.proj().join("Journal"), "").unwrap();
    assert_eq!(f.files.test_path_name("Journal"), 1);
    assert_eq!(f.files.test_path_name("Resources"), 0);
    assert_eq!(f.files.test_path_name("Resources/"), 0);
    assert_eq!(f.files.test_path_name("Nothing"), -43);
    assert_eq!(
        f.files
            .test_path_name(&f.proj().join("Journal").display().to_string()),
        1
    );
}

#[test]
fn create_folder_with_and_without_hierarchy() {
    // `create-folder.md`, Examples 1, 2, 4 and 5 (with `/` for `\`).
    let f = Fixture::new();
    f.files.create_folder("Archives", false).unwrap();
    f.files.create_folder("Archives/January", false).unwrap();
    assert!(f.proj().join("Archives/January").is_dir());
    assert_eq!(
        f.files
            .create_folder("Archives/2011/January", false)
            .unwrap_err()
            .code,
        ERR_FOLDER_NOT_FOUND
    );
    f.files
        .create_folder("Archives/2011/January/", true)
        .unwrap();
    assert!(f.proj().join("Archives/2011/January").is_dir());
    f.files
        .create_folder("Archives/2011/February/Doc.txt", true)
        .unwrap();
    assert!(f.proj().join("Archives/2011/February").is_dir());
    assert!(!f.proj().join("Archives/2011/February/Doc.txt").exists());
    assert_eq!(
        f.files.create_folder("Archives", false).unwrap_err().code,
        ERR_EXISTS
    );
    f.files.create_folder("Archives/", true).unwrap();
}

#[test]
fn document_list_options() {
    // `document-list.md`, Examples 1, 3, 4, 5 (Linux paths: `/` separators).
    let f = Fixture::new();
    let root = f.proj().join("MyFolder");
    for dir in ["Folder1", "Folder2/Folder3"] {
        fs::create_dir_all(root.join(dir)).unwrap();
    }
    for file in [
        "Text1.txt",
        "Text2.txt",
        "Folder1/Text3.txt",
        "Folder2/Folder3/Picture1.png",
        ".hidden",
    ] {
        fs::write(root.join(file), "").unwrap();
    }
    let abs = root.display().to_string();
    let list = |options| f.files.document_list(&format!("{abs}/"), options).unwrap();
    assert_eq!(list(0), [".hidden", "Text1.txt", "Text2.txt"]);
    assert_eq!(list(8), ["Text1.txt", "Text2.txt"]);
    assert_eq!(
        list(1 + 8),
        [
            "Text1.txt",
            "Text2.txt",
            "/Folder1/Text3.txt",
            "/Folder2/Folder3/Picture1.png"
        ]
    );
    assert_eq!(
        list(1 + 4 + 8),
        [
            "Text1.txt",
            "Text2.txt",
            "Folder1/Text3.txt",
            "Folder2/Folder3/Picture1.png"
        ]
    );
    assert_eq!(list(1 + 2 + 8)[2], format!("{abs}/Folder1/Text3.txt"));
    assert_eq!(f.files.folder_list(&abs).unwrap(), ["Folder1", "Folder2"]);
    assert_eq!(
        f.files.document_list("Nowhere", 0).unwrap_err().code,
        ERR_NOT_FOUND
    );
}

#[test]
fn delete_document_and_folder() {
    // `delete-document.md`: an error for a wrong name; `delete-folder.md`: -47 / -120.
    let f = Fixture::new();
    fs::write(f.proj().join("Note"), "").unwrap();
    f.files.delete_document("Note").unwrap();
    assert_eq!(
        f.files.delete_document("Note").unwrap_err().code,
        ERR_NOT_FOUND
    );
    assert_eq!(
        f.files.delete_document("Resources").unwrap_err().code,
        ERR_NOT_FOUND
    );
    fs::create_dir_all(f.proj().join("Old/sub")).unwrap();
    let e = f
        .files
        .delete_folder("Old", DeleteOption::OnlyIfEmpty)
        .unwrap_err();
    assert_eq!((e.code, e.path.as_deref()), (-47, Some("Old")));
    f.files
        .delete_folder("Old/sub", DeleteOption::OnlyIfEmpty)
        .unwrap();
    f.files
        .delete_folder("Old", DeleteOption::WithContents)
        .unwrap();
    assert_eq!(
        f.files
            .delete_folder("Old", DeleteOption::OnlyIfEmpty)
            .unwrap_err()
            .code,
        -120
    );
    f.files
        .delete_folder("Old", DeleteOption::WithContents)
        .unwrap();
}

#[test]
fn copy_document_cases() {
    // `copy-document.md`, Example 8 (in the database folder; "folder2" must exist).
    let f = Fixture::new();
    let p = f.proj();
    fs::create_dir_all(p.join("folder1")).unwrap();
    fs::create_dir_all(p.join("folder2")).unwrap();
    fs::write(p.join("folder1/name1"), "1").unwrap();
    f.files
        .copy_document("folder1/name1", "folder2/", None, false)
        .unwrap();
    assert!(p.join("folder2/name1").is_file());
    f.files
        .copy_document("folder1/name1", "folder2/", Some("new"), false)
        .unwrap();
    assert!(p.join("folder2/new").is_file());
    f.files
        .copy_document("folder1/name1", "folder2/name2", None, false)
        .unwrap();
    assert!(p.join("folder2/name2").is_file());
    f.files
        .copy_document("folder1/name1", "folder2/name2", Some("new2"), false)
        .unwrap();
    assert!(p.join("folder2/new2").is_file());
    f.files
        .copy_document("folder1/", "folder2/", None, false)
        .unwrap();
    assert!(p.join("folder2/folder1/name1").is_file());
    f.files
        .copy_document("folder1/", "folder2/", Some("new"), false)
        .unwrap_err();
    f.files
        .copy_document("folder1/", "folder2/", Some("newdir"), false)
        .unwrap();
    assert!(p.join("folder2/newdir/name1").is_file());
    // "An error is generated if there is already a document named destinationName unless *".
    assert_eq!(
        f.files
            .copy_document("folder1/name1", "folder2/name2", None, false)
            .unwrap_err()
            .code,
        ERR_EXISTS
    );
    fs::write(p.join("folder1/name1"), "2").unwrap();
    f.files
        .copy_document("folder1/name1", "folder2/name2", None, true)
        .unwrap();
    assert_eq!(fs::read_to_string(p.join("folder2/name2")).unwrap(), "2");
    // A folder merged into one that has the file: an error unless `*`.
    assert_eq!(
        f.files
            .copy_document("folder1/", "folder2/", None, false)
            .unwrap_err()
            .code,
        ERR_EXISTS
    );
    f.files
        .copy_document("folder1/", "folder2/", None, true)
        .unwrap();
    assert_eq!(
        fs::read_to_string(p.join("folder2/folder1/name1")).unwrap(),
        "2"
    );
}

#[test]
fn move_document_renames_and_moves() {
    // `move-document.md`, Examples 1 to 3; the destination folder must exist.
    let f = Fixture::new();
    let p = f.proj();
    fs::create_dir_all(p.join("FOLDER1")).unwrap();
    fs::create_dir_all(p.join("FOLDER2")).unwrap();
    fs::write(p.join("FOLDER1/DocName"), "d").unwrap();
    f.files
        .move_document("FOLDER1/DocName", "FOLDER1/NewDocName")
        .unwrap();
    f.files
        .move_document("FOLDER1/NewDocName", "FOLDER2/DocName")
        .unwrap();
    assert!(p.join("FOLDER2/DocName").is_file());
    assert_eq!(
        f.files
            .move_document("FOLDER2/DocName", "FOLDER3/DocName")
            .unwrap_err()
            .code,
        ERR_FOLDER_NOT_FOUND
    );
    fs::write(p.join("FOLDER1/other"), "o").unwrap();
    assert_eq!(
        f.files
            .move_document("FOLDER1/other", "FOLDER2/DocName")
            .unwrap_err()
            .code,
        ERR_EXISTS
    );
}

#[test]
fn document_properties() {
    // `get-document-properties.md`: locked, invisible, created and modified.
    let f = Fixture::new();
    fs::write(f.proj().join("doc.htm"), "x").unwrap();
    let props = f.files.document_properties("doc.htm").unwrap();
    assert!(!props.locked && !props.invisible);
    assert!(props.modified.date.is_valid());
    fs::write(f.proj().join(".doc"), "x").unwrap();
    assert!(f.files.document_properties(".doc").unwrap().invisible);
    assert_eq!(
        f.files.document_properties("none").unwrap_err().code,
        ERR_NOT_FOUND
    );
}
