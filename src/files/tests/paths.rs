//! Paths and the properties computed from them, without the disk: `Concepts/paths.md`,
//! `API/Document.md`, `API/Directory.md`, `commands/folder.md`, `commands/get-4d-folder.md`,
//! `commands/system-folder.md`, `commands/convert-path-*.md`.

use super::Fixture;
use crate::files::{ERR_BAD_NAME, Entry, PathSyntax, posix_to_system, split_name};

#[test]
fn filesystems_designate_project_folders() {
    // `Concepts/paths.md`, "Filesystem pathnames".
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let proj = f.proj();
    for (path, dir) in [
        ("/PACKAGE", proj.clone()),
        ("/PROJECT", proj.join("Project")),
        ("/SOURCES", proj.join("Project/Sources")),
        ("/DATA", proj.join("Data")),
        ("/LOGS", proj.join("Data/Logs")),
        ("/RESOURCES", proj.join("Resources")),
        ("/SETTINGS", proj.join("Settings")),
    ] {
        let folder = f.folder(path);
        assert_eq!(folder.host(sb), dir, "{path}");
        assert_eq!(folder.path(), format!("{path}/"));
        assert_eq!(folder.platform_path(sb), format!("{}/", dir.display()));
    }
}

#[test]
fn constructors_want_absolute_paths() {
    // `Concepts/paths.md`: "Relative pathnames are not supported and will return errors".
    let f = Fixture::new();
    let e = Entry::new_folder("myFolder", PathSyntax::Posix, f.files.sandbox()).unwrap_err();
    assert_eq!(e.code, ERR_BAD_NAME);
    // `.file()`/`.folder()` want relative ones: "Absolute pathnames are not supported".
    let e = f
        .folder("/PACKAGE")
        .child_file("/x.txt", f.files.sandbox())
        .unwrap_err();
    assert_eq!(e.code, ERR_BAD_NAME);
}

#[test]
fn name_extension_full_name() {
    // `API/Document.md`: "An extension always starts with "."".
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let file = f.file("/DATA/Archives/file 2.txt");
    assert_eq!(file.full_name(sb), "file 2.txt");
    assert_eq!(file.name(sb), "file 2");
    assert_eq!(file.extension(sb), ".txt");
    assert_eq!(file.path(), "/DATA/Archives/file 2.txt");
    assert_eq!(split_name("archive.tar.gz"), ("archive.tar", ".gz"));
    assert_eq!(split_name("README"), ("README", ""));
    assert_eq!(split_name(".gitignore"), (".gitignore", ""));
    // A filesystem's root is named after its folder.
    assert_eq!(f.folder("/PACKAGE").full_name(sb), "proj");
    assert_eq!(f.folder("/RESOURCES").name(sb), "Resources");
}

#[test]
fn parent_climbs_filesystems_and_stops_at_the_project() {
    // `API/Document.md#parent`: "If the path represents a system path (e.g., "/DATA/"), the
    // system path is returned"; `API/Directory.md#parent`: null for a root.
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let file = f.file("/DATA/a/b.txt");
    let parent = file.parent(sb).unwrap();
    assert_eq!(parent.path(), "/DATA/a/");
    assert!(parent.is_folder());
    assert_eq!(parent.parent(sb).unwrap().path(), "/DATA/");
    assert_eq!(f.folder("/SOURCES").parent(sb).unwrap().path(), "/PROJECT/");
    assert_eq!(f.folder("/LOGS").parent(sb).unwrap().path(), "/DATA/");
    assert_eq!(f.folder("/DATA").parent(sb).unwrap().path(), "/PACKAGE/");
    assert!(f.folder("/PACKAGE").parent(sb).is_none());
    let temp = Entry::system_folder(sb.temp().to_path_buf());
    assert!(temp.parent(sb).is_none());
}

#[test]
fn file_and_folder_children() {
    // `API/Directory.md#file`, `#folder`: relative POSIX paths from the folder.
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let docs = f.folder("/RESOURCES");
    let file = docs.child_file("Pictures/info.pdf", sb).unwrap();
    assert_eq!(file.path(), "/RESOURCES/Pictures/info.pdf");
    let icons = docs.child_folder("Pictures/../Icons", sb).unwrap();
    assert_eq!(icons.path(), "/RESOURCES/Icons/");
    // Not above the filesystem (`Concepts/paths.md`: "you cannot move up the filesystem").
    let e = docs.child_folder("../Data", sb).unwrap_err();
    assert_eq!(e.code, crate::files::ERR_DENIED);
    assert!(file.child_file("x", sb).is_err());
    assert!(docs.child_file("", sb).is_err());
}

#[test]
fn folder_constants_map_into_the_sandbox() {
    // `commands/folder.md` (constants) and docs/files.md's table.
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let path = |c: i64| Entry::folder_constant(c, sb).unwrap();
    assert_eq!(path(4).path(), "/PACKAGE/");
    assert_eq!(path(9).path(), "/DATA/");
    assert_eq!(path(6).path(), "/RESOURCES/");
    assert_eq!(path(7).path(), "/LOGS/");
    assert_eq!(path(8).path(), "/PACKAGE/WebFolder/");
    assert_eq!(path(10).path(), "/DATA/MobileApps/");
    let temp = sb.temp();
    assert_eq!(path(115).host(sb), temp.join("home/Desktop"));
    assert_eq!(path(117).host(sb), temp.join("home/Documents"));
    assert_eq!(path(118).host(sb), temp.join("home"));
    assert_eq!(path(0).host(sb), temp.join("home/Preferences/4D"));
    assert_eq!(path(100).host(sb), temp.join("System"));
    assert_eq!(path(116).host(sb), temp.join("Applications"));
    assert!(Entry::folder_constant(42, sb).is_none());
    // The desktop exists, as on a desktop machine.
    assert!(crate::files::exists(&path(115), sb).unwrap());
}

#[test]
fn get_4d_folder_and_system_folder() {
    // `commands/get-4d-folder.md`: Resources and Logs are made when missing.
    let f = Fixture::new();
    let proj = f.proj();
    assert_eq!(
        f.files.get_4d_folder(4).unwrap(),
        format!("{}/", proj.display())
    );
    assert_eq!(
        f.files.get_4d_folder(5).unwrap(),
        format!("{}/", proj.display())
    );
    assert!(!proj.join("Data/Logs").exists());
    assert_eq!(
        f.files.get_4d_folder(7).unwrap(),
        format!("{}/", proj.join("Data/Logs").display())
    );
    assert!(proj.join("Data/Logs").is_dir());
    assert!(f.files.get_4d_folder(2).is_none());
    // `commands/system-folder.md`: "Win" constants answer "" elsewhere.
    assert_eq!(f.files.system_folder(12).unwrap(), "");
    let desktop = f.files.system_folder(15).unwrap();
    assert_eq!(
        desktop,
        format!(
            "{}/",
            f.files.sandbox().temp().join("home/Desktop").display()
        )
    );
    assert!(f.files.system_folder(99).is_none());
    assert!(f.files.temporary_folder().ends_with('/'));
}

#[test]
fn path_conversions() {
    // `commands/convert-path-system-to-posix.md`: a relative path is completed with the
    // database folder; `*` escapes ("My folder" becomes "My%20folder").
    let f = Fixture::new();
    let proj = f.proj();
    assert_eq!(f.files.system_to_posix("/file 2.txt", false), "/file 2.txt");
    assert_eq!(
        f.files.system_to_posix("/file 2.txt", true),
        "/file%202.txt"
    );
    assert_eq!(
        f.files.system_to_posix("resources/images", false),
        format!("{}/resources/images", proj.display())
    );
    // `commands/convert-path-posix-to-system.md`: `*` decodes.
    assert_eq!(
        posix_to_system("/Volumes/machd/file%202.txt", true),
        "/Volumes/machd/file 2.txt"
    );
    assert_eq!(posix_to_system("/a%2", true), "/a%2");
    assert_eq!(posix_to_system("/a%+1", true), "/a%+1");
}
