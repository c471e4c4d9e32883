//! `fourd check` over a 4D project, as 4D's compiler sees it (issue 20).

use std::path::PathBuf;
use std::process::{Command, Output};

fn project(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("fourd-check-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().expect("a folder")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    root
}

fn check(path: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("check")
        .arg(path)
        .output()
        .expect("fourd runs")
}

#[test]
fn methods_in_the_trash_are_skipped_and_counted() {
    // A deleted method waits in Project/Trash/; 4D does not compile it.
    let root = project(
        "trash",
        &[
            ("Project/Sources/Methods/Kept.4dm", "ALERT(\"kept\")\n"),
            ("Project/Trash/Deleted.4dm", "If (True)\n"),
            ("Project/Trash/Old form/method.4dm", "$a:=\n"),
        ],
    );
    let out = check(&root);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("checked 1 file: 1 ok"), "{stdout}");
    assert!(
        stdout.contains("skipped 2 files in Project/Trash/"),
        "{stdout}"
    );
    // Named by its path, a file of the trash is checked.
    let out = check(&root.join("Project/Trash/Deleted.4dm"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    assert!(stdout.contains("Deleted.4dm:1:1"), "{stdout}");
}
