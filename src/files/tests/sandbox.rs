//! The sandbox's refusals, one per trick (issue 16, "Files: a sandbox, not the whole disk").
//! The code is -45, "The file is locked or the pathname is not correct"
//! (`commands/delete-folder.md`), for every path leading out.

use super::{Fixture, SECRET, symlink};
use crate::files::{
    BreakMode, CharsetArg, ERR_BAD_NAME, ERR_DENIED, Entry, Files, PathSyntax, SandboxConfig,
};
use std::fs;

fn denied<T: std::fmt::Debug>(result: Result<T, crate::files::FileError>) {
    match result {
        Err(e) => assert_eq!(e.code, ERR_DENIED, "{e}"),
        Ok(v) => panic!("allowed: {v:?}"),
    }
}

#[test]
fn filesystem_paths_cannot_climb_out() {
    // `Concepts/paths.md`: "for security, you cannot move up the filesystem".
    let f = Fixture::new();
    let sb = f.files.sandbox();
    denied(Entry::new_file(
        "/PACKAGE/../outside/secret.txt",
        PathSyntax::Posix,
        sb,
    ));
    denied(Entry::new_file("/DATA/../../x", PathSyntax::Posix, sb));
    // Climbing inside a filesystem is fine.
    let e = Entry::new_file("/PACKAGE/a/../b.txt", PathSyntax::Posix, sb).unwrap();
    assert_eq!(e.path(), "/PACKAGE/b.txt");
}

#[test]
fn absolute_paths_elsewhere_are_refused() {
    let f = Fixture::new();
    let sb = f.files.sandbox();
    denied(Entry::new_file("/etc/passwd", PathSyntax::Posix, sb));
    denied(Entry::new_file("/etc/passwd", PathSyntax::Platform, sb));
    let secret = f.outside().join("secret.txt");
    denied(Entry::new_file(
        &secret.display().to_string(),
        PathSyntax::Platform,
        sb,
    ));
    denied(f.files.document_to_text(
        &secret.display().to_string(),
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
    // A path of the project given as a system path is allowed.
    let inside = f.proj().join("a.txt").display().to_string();
    assert!(Entry::new_file(&inside, PathSyntax::Platform, sb).is_ok());
}

#[test]
fn relative_escapes_of_legacy_paths_are_refused() {
    let f = Fixture::new();
    denied(f.files.document_to_text(
        "../outside/secret.txt",
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
    assert_eq!(
        f.files.test_path_name("../outside/secret.txt"),
        i64::from(ERR_DENIED)
    );
}

#[test]
fn a_symlink_out_is_refused() {
    let f = Fixture::new();
    symlink(f.outside(), f.proj().join("out"));
    symlink(f.outside().join("secret.txt"), f.proj().join("secret.txt"));
    denied(f.files.get_text(
        &f.file("/PACKAGE/out/secret.txt"),
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
    denied(f.files.get_text(
        &f.file("/PACKAGE/secret.txt"),
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
    denied(f.files.set_text(
        &f.file("/PACKAGE/out/new.txt"),
        "x",
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
    assert!(!f.outside().join("new.txt").exists());
}

#[test]
fn dot_dot_after_a_symlink_climbs_from_its_target() {
    // proj/deep -> outside/a/b: "deep/../../secret.txt" is outside/secret.txt for the kernel,
    // though its text stays in the project.
    let f = Fixture::new();
    fs::create_dir_all(f.outside().join("a/b")).unwrap();
    symlink(f.outside().join("a/b"), f.proj().join("deep"));
    denied(f.files.document_to_text(
        "deep/../../secret.txt",
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
    // An object's path applies `..` to its text, as 4D's POSIX paths do: no symlink is
    // climbed out of.
    let file = f.file("/PACKAGE/deep/../x.txt");
    assert_eq!(file.path(), "/PACKAGE/x.txt");
    f.files
        .set_text(&file, "in", CharsetArg::Default, BreakMode::Unchanged)
        .unwrap();
    assert!(f.proj().join("x.txt").is_file());
    assert!(!f.outside().join("a/x.txt").exists());
}

#[test]
fn a_dangling_symlink_out_cannot_be_written_through() {
    let f = Fixture::new();
    symlink(f.outside().join("planted.txt"), f.proj().join("trap.txt"));
    denied(
        f.files
            .text_to_document("trap.txt", "x", CharsetArg::Default, BreakMode::Unchanged),
    );
    denied(f.files.create(&f.file("/PACKAGE/trap.txt")));
    assert!(!f.outside().join("planted.txt").exists());
    // The link itself may be deleted: it is in the project.
    f.files.delete_document("trap.txt").unwrap();
    assert!(fs::symlink_metadata(f.proj().join("trap.txt")).is_err());
}

#[test]
fn a_symlink_planted_after_the_object_was_made_is_caught_at_use() {
    // The object is checked when it is used, not only when it is made.
    let f = Fixture::new();
    let file = f.file("/PACKAGE/later/secret.txt");
    symlink(f.outside(), f.proj().join("later"));
    denied(f.files.get_content(&file));
}

#[test]
fn a_relative_symlink_inside_is_followed() {
    let f = Fixture::new();
    fs::write(f.proj().join("Resources/real.txt"), "inside").unwrap();
    symlink("Resources/real.txt", f.proj().join("alias.txt"));
    let text = f
        .files
        .get_text(
            &f.file("/PACKAGE/alias.txt"),
            CharsetArg::Default,
            BreakMode::Unchanged,
        )
        .unwrap();
    assert_eq!(text, "inside");
}

#[test]
fn nul_long_paths_and_loops_are_bad_names() {
    let f = Fixture::new();
    let sb = f.files.sandbox();
    let bad =
        |r: Result<Entry, crate::files::FileError>| assert_eq!(r.unwrap_err().code, ERR_BAD_NAME);
    bad(Entry::new_file("/PACKAGE/a\0b", PathSyntax::Posix, sb));
    bad(Entry::new_file(
        &format!("/PACKAGE/{}", "a".repeat(300)),
        PathSyntax::Posix,
        sb,
    ));
    bad(Entry::new_file(
        &format!("/PACKAGE{}", "/ab".repeat(2000)),
        PathSyntax::Posix,
        sb,
    ));
    symlink("loop", f.proj().join("loop"));
    let e = f
        .files
        .document_to_text("loop", CharsetArg::Default, BreakMode::Unchanged)
        .unwrap_err();
    assert_eq!(e.code, ERR_BAD_NAME, "{e}");
}

#[test]
fn allow_path_opens_a_folder_read_write() {
    let f = Fixture::with_allow(&["shared"]);
    let shared = fs::canonicalize(f.dir.path().join("shared")).unwrap();
    let path = shared.join("note.txt").display().to_string();
    f.files
        .text_to_document(&path, "hello", CharsetArg::Default, BreakMode::Unchanged)
        .unwrap();
    assert_eq!(
        f.files
            .document_to_text(&path, CharsetArg::Default, BreakMode::Unchanged)
            .unwrap(),
        "hello"
    );
    // Its neighbour stays closed.
    denied(f.files.document_to_text(
        &f.outside().join("secret.txt").display().to_string(),
        CharsetArg::Default,
        BreakMode::Unchanged,
    ));
}

#[test]
fn roots_cannot_be_deleted() {
    let f = Fixture::new();
    denied(f.files.delete(
        &f.folder("/PACKAGE"),
        crate::files::DeleteOption::WithContents,
    ));
    assert!(f.proj().is_dir());
}

#[test]
fn the_temporary_folder_is_removed_unless_kept() {
    let dir = tempfile::tempdir().unwrap();
    let config = SandboxConfig {
        package: dir.path().to_path_buf(),
        temp_parent: Some(dir.path().to_path_buf()),
        ..SandboxConfig::default()
    };
    let files = Files::new(&config).unwrap();
    let temp = files.sandbox().temp().to_path_buf();
    // Made when first used.
    assert!(!temp.exists());
    files.sandbox().resolve(&temp.join("x"), "x").unwrap();
    assert!(temp.join("home/Desktop").is_dir());
    drop(files);
    assert!(!temp.exists());
    let kept = Files::new(&SandboxConfig {
        keep_temp: true,
        ..config
    })
    .unwrap();
    let temp = kept.sandbox().temp().to_path_buf();
    kept.sandbox().resolve(&temp, "").unwrap();
    drop(kept);
    assert!(temp.is_dir());
}

#[test]
fn the_secret_is_never_read() {
    // A last check for the tests above: nothing in the project holds the secret.
    let f = Fixture::new();
    let text = f.files.document_to_text(
        &f.outside().join("secret.txt").display().to_string(),
        CharsetArg::Default,
        BreakMode::Unchanged,
    );
    assert!(text.is_err());
    assert_ne!(text.ok().as_deref(), Some(SECRET));
}
