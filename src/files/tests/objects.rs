//! The `File` and `Folder` functions that touch the disk: `API/FileClass.md`,
//! `API/FolderClass.md`, `API/Document.md`, `API/Directory.md`.

use super::{Fixture, symlink};
use crate::files::{
    DeleteOption, ERR_BAD_NAME, ERR_BUSY, ERR_EXISTS, ERR_FOLDER_NOT_FOUND, ListOptions, exists,
    info, is_alias, original,
};
use std::fs;

#[test]
fn file_create_makes_the_folders_above() {
    // `API/FileClass.md#create`: "If necessary, the function creates the folder hierachy";
    // "If the file already exists on disk, the function does nothing ... and returns false."
    let f = Fixture::new();
    let file = f.file("/PACKAGE/SpecialPrefs/Designer.myPrefs");
    assert!(!exists(&file, f.files.sandbox()).unwrap());
    assert!(f.files.create(&file).unwrap());
    assert!(f.proj().join("SpecialPrefs/Designer.myPrefs").is_file());
    assert!(!f.files.create(&file).unwrap());
    assert!(exists(&file, f.files.sandbox()).unwrap());
}

#[test]
fn folder_create_and_exists_by_kind() {
    // `API/FolderClass.md#create`, Example 2: the "/Archives2019/January/" hierarchy.
    let f = Fixture::new();
    let folder = f.folder("/PACKAGE/Archives2019/January");
    assert!(f.files.create(&folder).unwrap());
    assert!(!f.files.create(&folder).unwrap());
    // `.exists` of a File object on a folder is false.
    assert!(!exists(&f.file("/PACKAGE/Archives2019/January"), f.files.sandbox()).unwrap());
    assert!(exists(&folder, f.files.sandbox()).unwrap());
}

#[test]
fn file_delete_does_nothing_when_missing() {
    // `API/FileClass.md#delete`: "If the file does not exist on disk, the function does
    // nothing (no error is generated)."
    let f = Fixture::new();
    let file = f.file("/PACKAGE/gone.txt");
    f.files.delete(&file, DeleteOption::OnlyIfEmpty).unwrap();
    fs::write(f.proj().join("gone.txt"), "x").unwrap();
    f.files.delete(&file, DeleteOption::OnlyIfEmpty).unwrap();
    assert!(!f.proj().join("gone.txt").exists());
}

#[test]
fn folder_delete_options() {
    // `API/FolderClass.md#delete`: -47 when not empty, -120 when missing (only if empty);
    // with contents everything goes, and a missing folder is no error.
    let f = Fixture::new();
    let folder = f.folder("/PACKAGE/Tmp");
    assert_eq!(
        f.files
            .delete(&folder, DeleteOption::OnlyIfEmpty)
            .unwrap_err()
            .code,
        ERR_FOLDER_NOT_FOUND
    );
    f.files.delete(&folder, DeleteOption::WithContents).unwrap();
    fs::create_dir_all(f.proj().join("Tmp/sub")).unwrap();
    fs::write(f.proj().join("Tmp/sub/a.txt"), "a").unwrap();
    assert_eq!(
        f.files
            .delete(&folder, DeleteOption::OnlyIfEmpty)
            .unwrap_err()
            .code,
        ERR_BUSY
    );
    // Contents behind a symlink are not touched.
    fs::write(f.outside().join("keep.txt"), "k").unwrap();
    symlink(f.outside(), f.proj().join("Tmp/link"));
    f.files.delete(&folder, DeleteOption::WithContents).unwrap();
    assert!(!f.proj().join("Tmp").exists());
    assert!(f.outside().join("keep.txt").is_file());
    assert_eq!(
        DeleteOption::from_code(1).unwrap(),
        DeleteOption::WithContents
    );
    assert!(DeleteOption::from_code(2).is_err());
}

#[test]
fn copy_to_with_and_without_overwrite() {
    // `API/Document.md#copyto`: the destination must exist; a name taken is an error unless
    // `fk overwrite`; `newName` renames the copy.
    let f = Fixture::new();
    let sb = f.files.sandbox();
    fs::write(f.proj().join("Resources/photo.png"), "png").unwrap();
    let source = f.file("/RESOURCES/photo.png");
    let package = f.folder("/PACKAGE");
    let copy = f.files.copy_to(&source, &package, None, false).unwrap();
    assert_eq!(copy.path(), "/PACKAGE/photo.png");
    assert_eq!(
        fs::read_to_string(f.proj().join("photo.png")).unwrap(),
        "png"
    );
    assert_eq!(
        f.files
            .copy_to(&source, &package, None, false)
            .unwrap_err()
            .code,
        ERR_EXISTS
    );
    fs::write(f.proj().join("Resources/photo.png"), "png2").unwrap();
    f.files.copy_to(&source, &package, None, true).unwrap();
    assert_eq!(
        fs::read_to_string(f.proj().join("photo.png")).unwrap(),
        "png2"
    );
    let renamed = f
        .files
        .copy_to(&source, &package, Some("p.png"), false)
        .unwrap();
    assert_eq!(renamed.full_name(sb), "p.png");
    let missing = f.folder("/PACKAGE/nowhere");
    assert_eq!(
        f.files
            .copy_to(&source, &missing, None, false)
            .unwrap_err()
            .code,
        ERR_FOLDER_NOT_FOUND
    );
    assert_eq!(
        f.files
            .copy_to(&source, &package, Some("a/b"), false)
            .unwrap_err()
            .code,
        ERR_BAD_NAME
    );
}

#[test]
fn folder_copy_to() {
    // `API/Directory.md#copyto`: a folder and all it holds.
    let f = Fixture::new();
    fs::create_dir_all(f.proj().join("Pictures/sub")).unwrap();
    fs::write(f.proj().join("Pictures/sub/a.png"), "a").unwrap();
    let pictures = f.folder("/PACKAGE/Pictures");
    let copy = f
        .files
        .copy_to(&pictures, &f.folder("/DATA"), None, false)
        .unwrap();
    assert_eq!(copy.path(), "/DATA/Pictures/");
    assert_eq!(
        fs::read_to_string(f.proj().join("Data/Pictures/sub/a.png")).unwrap(),
        "a"
    );
    assert_eq!(
        f.files
            .copy_to(&pictures, &f.folder("/DATA"), None, false)
            .unwrap_err()
            .code,
        ERR_EXISTS
    );
    f.files
        .copy_to(&pictures, &f.folder("/DATA"), None, true)
        .unwrap();
    assert!(
        f.files
            .copy_to(&pictures, &f.folder("/PACKAGE/Pictures/sub"), None, false)
            .is_err()
    );
}

#[test]
fn move_to_and_rename() {
    // `API/FileClass.md#moveto` (example: into Archives as "Infos_old.txt") and `#rename`:
    // "If a file with the same name already exists, an error is returned."
    let f = Fixture::new();
    let sb = f.files.sandbox();
    fs::create_dir_all(f.proj().join("Current")).unwrap();
    fs::create_dir_all(f.proj().join("Archives")).unwrap();
    fs::write(f.proj().join("Current/Infos.txt"), "i").unwrap();
    let file = f.file("/PACKAGE/Current/Infos.txt");
    let moved = f
        .files
        .move_to(&file, &f.folder("/PACKAGE/Archives"), Some("Infos_old.txt"))
        .unwrap();
    assert_eq!(moved.path(), "/PACKAGE/Archives/Infos_old.txt");
    assert!(f.proj().join("Archives/Infos_old.txt").is_file());
    assert!(!f.proj().join("Current/Infos.txt").exists());
    // `API/FileClass.md#rename` example: ReadMe.txt to ReadMe_new.txt.
    fs::write(f.proj().join("Archives/ReadMe.txt"), "r").unwrap();
    let readme = f.file("/PACKAGE/Archives/ReadMe.txt");
    let new_name = format!("{}_new{}", readme.name(sb), readme.extension(sb));
    let renamed = f.files.rename(&readme, &new_name).unwrap();
    assert_eq!(renamed.path(), "/PACKAGE/Archives/ReadMe_new.txt");
    assert_eq!(
        f.files.rename(&moved, "ReadMe_new.txt").unwrap_err().code,
        ERR_EXISTS
    );
    // `API/FolderClass.md#rename` example: Pictures to Images.
    fs::create_dir_all(f.proj().join("Resources/Pictures")).unwrap();
    let images = f
        .files
        .rename(&f.folder("/RESOURCES/Pictures"), "Images")
        .unwrap();
    assert_eq!(images.path(), "/RESOURCES/Images/");
    assert!(f.proj().join("Resources/Images").is_dir());
}

#[test]
fn files_and_folders_listing() {
    // `API/Directory.md#files`: first level by default, invisible files included; `fk
    // recursive` (1) and `fk ignore invisible` (8).
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let base = f.proj().join("Data");
    fs::create_dir_all(base.join("b/c")).unwrap();
    fs::create_dir_all(base.join(".hidden")).unwrap();
    for file in [
        "z.txt",
        "a.txt",
        ".dot",
        "b/in_b.txt",
        "b/c/in_c.txt",
        ".hidden/h.txt",
    ] {
        fs::write(base.join(file), "x").unwrap();
    }
    let data = f.folder("/DATA");
    let names = |v: Vec<crate::files::Entry>| v.iter().map(|e| e.path()).collect::<Vec<_>>();
    assert_eq!(
        names(f.files.files(&data, ListOptions::from_code(0)).unwrap()),
        ["/DATA/.dot", "/DATA/a.txt", "/DATA/z.txt"]
    );
    assert_eq!(
        names(f.files.files(&data, ListOptions::from_code(8)).unwrap()),
        ["/DATA/a.txt", "/DATA/z.txt"]
    );
    assert_eq!(
        names(f.files.files(&data, ListOptions::from_code(1 + 8)).unwrap()),
        [
            "/DATA/a.txt",
            "/DATA/z.txt",
            "/DATA/b/in_b.txt",
            "/DATA/b/c/in_c.txt"
        ]
    );
    assert_eq!(
        names(f.files.folders(&data, ListOptions::from_code(0)).unwrap()),
        ["/DATA/.hidden/", "/DATA/b/"]
    );
    assert_eq!(
        names(
            f.files
                .folders(&data, ListOptions::from_code(1 + 8))
                .unwrap()
        ),
        ["/DATA/b/", "/DATA/b/c/"]
    );
    // A symlink is listed as a file, not followed.
    symlink(f.outside(), base.join("out"));
    let listed = names(f.files.files(&data, ListOptions::from_code(1)).unwrap());
    assert!(listed.contains(&"/DATA/out".to_string()));
    assert!(!listed.iter().any(|p| p.contains("secret")));
    assert!(
        f.files
            .files(&f.folder("/DATA/none"), ListOptions::default())
            .unwrap()
            .is_empty()
    );
    assert!(listed.iter().all(|p| p.starts_with("/DATA/")));
    let _ = sb;
}

#[test]
fn info_of_a_file() {
    // `API/Document.md`: size, hidden, isAlias, original, dates and times.
    let f = Fixture::new();
    let sb = f.files.sandbox();
    fs::write(f.proj().join("Data/a.txt"), "hello").unwrap();
    let file = f.file("/DATA/a.txt");
    let i = info(&file, sb).unwrap();
    assert!(i.exists && i.writable && !i.hidden && !i.is_alias && !i.locked);
    assert_eq!(i.size, 5);
    assert!(i.modified.date.is_valid() && (0..86_400).contains(&i.modified.time));
    assert!(i.created.date.is_valid());
    // `.size`: "If the file does not exist on disk, the size is 0."
    let missing = info(&f.file("/DATA/none.txt"), sb).unwrap();
    assert!(!missing.exists && missing.size == 0 && missing.modified.date.is_null());
    assert!(info(&f.file("/DATA/.env"), sb).unwrap().hidden);
    symlink("a.txt", f.proj().join("Data/alias.txt"));
    let alias = f.file("/DATA/alias.txt");
    assert!(is_alias(&alias, sb).unwrap());
    assert!(info(&alias, sb).unwrap().is_alias);
    assert_eq!(
        original(&alias, sb).unwrap().host(sb),
        f.proj().join("Data/a.txt")
    );
    // "For non-alias files, the property returns the same file object as the file."
    assert_eq!(original(&file, sb).unwrap(), file);
    // `API/Directory.md#isalias`: always false for a folder.
    assert!(!is_alias(&f.folder("/DATA"), sb).unwrap());
}

#[test]
fn a_link_out_is_an_alias_but_has_no_original() {
    let f = Fixture::new();
    let sb = f.files.sandbox();
    symlink(f.outside().join("secret.txt"), f.proj().join("Data/s.txt"));
    let file = f.file("/DATA/s.txt");
    assert!(is_alias(&file, sb).unwrap());
    assert_eq!(
        original(&file, sb).unwrap_err().code,
        crate::files::ERR_DENIED
    );
    assert_eq!(info(&file, sb).unwrap_err().code, crate::files::ERR_DENIED);
}

#[test]
fn stamps_are_utc_dates_and_seconds() {
    // `API/Document.md#modificationtime`: "expressed as a number of seconds beginning at
    // 00:00"; fourd's zone is UTC.
    use crate::conv::date::Date4D;
    use crate::files::Stamp;
    use std::time::{Duration, UNIX_EPOCH};
    let t = UNIX_EPOCH + Duration::from_secs(365 * 86_400 + 3_661);
    let s = Stamp::from_system(t);
    assert_eq!(s.date, Date4D::new(1971, 1, 1).unwrap());
    assert_eq!(s.time, 3_661);
    let before = UNIX_EPOCH - Duration::from_secs(1);
    let s = Stamp::from_system(before);
    assert_eq!(s.date, Date4D::new(1969, 12, 31).unwrap());
    assert_eq!(s.time, 86_399);
}

#[cfg(unix)]
#[test]
fn locked_and_writable() {
    // `API/Document.md#iswritable`: "checks the ability of the 4D application to write";
    // `commands/get-document-properties.md`: "locked returns True if the document is locked".
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    let path = f.proj().join("Data/ro.txt");
    fs::write(&path, "x").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let i = info(&f.file("/DATA/ro.txt"), f.files.sandbox()).unwrap();
    assert!(i.locked);
    // Root may write a read-only file: writable says what fourd can do.
    let can = fs::OpenOptions::new().append(true).open(&path).is_ok();
    assert_eq!(i.writable, can);
    assert!(f.files.document_properties("Data/ro.txt").unwrap().locked);
}

#[test]
fn original_of_a_link_to_a_folder_is_a_folder() {
    // `API/Document.md#original`: "The target element can be a file object or a folder
    // object".
    let f = Fixture::new();
    let sb = f.files.sandbox();
    symlink("Resources", f.proj().join("res"));
    let target = original(&f.file("/PACKAGE/res"), sb).unwrap();
    assert!(target.is_folder());
    assert_eq!(target.host(sb), f.proj().join("Resources"));
    // `API/Directory.md#original`: a folder's is the folder itself.
    let folder = f.folder("/RESOURCES");
    assert_eq!(original(&folder, sb).unwrap(), folder);
}
