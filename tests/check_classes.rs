//! `fourd check` on class code: the errors 4D's compiler and `check syntax`
//! report (docs/Concepts/classes.md, docs/commands/super.md), each located.

use std::path::PathBuf;
use std::process::{Command, Output};

fn project(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("fourd-classes-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().expect("a folder")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    root
}

fn check(path: &std::path::Path) -> (bool, String) {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["check", "--color", "never"])
        .arg(path)
        .output()
        .expect("fourd runs");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

const CLASSES: &str = "Project/Sources/Classes";
const METHODS: &str = "Project/Sources/Methods";

/// classes.md, "Class extends": a class cannot extend itself, classes cannot
/// extend each other in a circle, and the class extended must exist —
/// "only the compiler and check syntax will throw an error in this case".
#[test]
fn class_extends_rules() {
    let root = project(
        "extends",
        &[
            (&format!("{CLASSES}/Me.4dm"), "Class extends Me\n"),
            (&format!("{CLASSES}/A.4dm"), "Class extends B\n"),
            (&format!("{CLASSES}/B.4dm"), "Class extends A\n"),
            (&format!("{CLASSES}/C.4dm"), "Class extends Missing\n"),
            (&format!("{CLASSES}/D.4dm"), "Class extends 4D.Object\n"),
            (
                &format!("{CLASSES}/Plain.4dm"),
                "Class constructor\n\tThis.a:=1\n",
            ),
            (
                &format!("{CLASSES}/Sh.4dm"),
                "Class extends Plain\nshared Class constructor\n\tSuper()\n",
            ),
        ],
    );
    let (ok, out) = check(&root);
    assert!(!ok, "{out}");
    assert!(
        out.contains("Me.4dm:1:15") && out.contains("cannot extend itself"),
        "{out}"
    );
    assert!(
        out.contains("A.4dm:1:15") && out.contains("B.4dm:1:15"),
        "{out}"
    );
    assert!(out.contains("circular"), "{out}");
    assert!(
        out.contains("C.4dm:1:15") && out.contains("'Missing', which is no class of this project"),
        "{out}"
    );
    assert!(!out.contains("D.4dm"), "4D.Object may be extended: {out}");
    // classes.md, "Shared classes": a shared class cannot extend a non-shared one.
    assert!(
        out.contains("Sh.4dm:1:15") && out.contains("not shared"),
        "{out}"
    );
}

/// classes.md, "Function" and "property": properties and functions share one
/// namespace; a name declared twice is an error. A getter and a setter of
/// one computed property are one name.
#[test]
fn names_declared_twice() {
    let root = project(
        "twice",
        &[(
            &format!("{CLASSES}/P.4dm"),
            "property age : Integer\nproperty age : Text\nFunction f()\nFunction f()\nFunction age()\nFunction get full() : Text\n\treturn \"\"\nFunction set full($t : Text)\nproperty shown : Text\nFunction get shown() : Text\n\treturn \"\"\n",
        )],
    );
    let (ok, out) = check(&root);
    assert!(!ok, "{out}");
    assert!(
        out.contains("P.4dm:2:10") && out.contains("property 'age' is declared twice"),
        "{out}"
    );
    assert!(
        out.contains("P.4dm:4:10") && out.contains("function 'f' is declared twice"),
        "{out}"
    );
    assert!(
        out.contains("P.4dm:5:10") && out.contains("both a property and a function"),
        "{out}"
    );
    assert!(
        !out.contains("'full'"),
        "get and set of one property: {out}"
    );
    // A declared property beside its own getter: 4D's compiler accepts it
    // (4D's own 4D-ViewPro and 4D-AIKit components declare both).
    assert!(!out.contains("'shown'"), "property with its getter: {out}");
}

/// `cs.X` of a class the project does not have; super.md's Super rules;
/// classes.md's `$o.age:="Smith" //error with check syntax`.
#[test]
fn unknown_classes_super_and_property_types() {
    let root = project(
        "uses",
        &[
            (
                &format!("{CLASSES}/MyClass.4dm"),
                "property name : Text\nproperty age : Integer\nproperty color : Text := \"Blue\"\n\nFunction older()\n\tThis.age:=\"old\"\n",
            ),
            (
                &format!("{CLASSES}/Rect.4dm"),
                "Class constructor($w : Integer)\n\tThis.w:=$w\n",
            ),
            (
                &format!("{CLASSES}/Early.4dm"),
                "Class extends Rect\nClass constructor\n\tThis.a:=1\n\tSuper(1)\n",
            ),
            (
                &format!("{CLASSES}/Never.4dm"),
                "Class extends Rect\nClass constructor\n\tvar $a : Integer\n",
            ),
            (
                &format!("{CLASSES}/Lone.4dm"),
                "Class constructor\n\tSuper()\n",
            ),
            (
                &format!("{METHODS}/main.4dm"),
                "var $o : cs.MyClass\n$o:=cs.MyClass.new()\n$o.name:=\"John\"\n$o.age:=\"Smith\"\n$p:=cs.Nobody.new()\nSuper.f()\n",
            ),
        ],
    );
    let (ok, out) = check(&root);
    assert!(!ok, "{out}");
    assert!(
        out.contains("main.4dm:4:1")
            && out.contains(
                "property 'age' of class 'MyClass' is declared Integer; it cannot take a Text"
            ),
        "{out}"
    );
    assert!(
        !out.contains("main.4dm:3:1"),
        "a Text into a Text property: {out}"
    );
    assert!(
        out.contains("MyClass.4dm:6:2") && out.contains("it cannot take a Text"),
        "{out}"
    );
    assert!(
        out.contains("main.4dm:5:8") && out.contains("cs.Nobody"),
        "{out}"
    );
    assert!(
        out.contains("main.4dm:6:1") && out.contains("Super can only be used in a class"),
        "{out}"
    );
    assert!(
        out.contains("Early.4dm:3:2") && out.contains("-10743"),
        "{out}"
    );
    assert!(out.contains("Never.4dm") && out.contains("-10748"), "{out}");
    // Super() with no Class extends calls 4D.Object's constructor: accepted
    // (vdelachaux/4DPop's env class does it).
    assert!(!out.contains("Lone.4dm"), "{out}");
}

/// A project whose classes follow the rules checks clean.
#[test]
fn clean_classes_check_clean() {
    let root = project(
        "clean",
        &[
            (
                &format!("{CLASSES}/Rect.4dm"),
                "property w : Integer\nClass constructor($w : Integer)\n\tThis.w:=$w\nFunction area() : Integer\n\treturn This.w*This.w\n",
            ),
            (
                &format!("{CLASSES}/Square.4dm"),
                "Class extends Rect\nClass constructor($s : Integer)\n\tSuper($s)\n\tThis.w:=$s\nFunction description() : Text\n\treturn \"sq \"+String(Super.area())\n",
            ),
            (
                &format!("{METHODS}/main.4dm"),
                "var $s : cs.Square\n$s:=cs.Square.new(2)\n$s.w:=3\nALERT($s.description())\n",
            ),
        ],
    );
    let (ok, out) = check(&root);
    assert!(ok, "{out}");
}
