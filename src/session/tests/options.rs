//! The fourd session file and flags (§4).

use super::*;
use std::path::{Path, PathBuf};

const SPEC_SESSION_FILE: &str = r#"{
  "applicationType": "4D Remote mode",
  "user": "Ann",
  "password": "ann-pass",
  "demo": false,
  "directory": "Settings/directory.json",
  "plugins": [ { "id": 808464697, "name": "4D Write" }, { "id": 15000, "name": "Acme Charts" } ],
  "licenses": { "4D Write license": 2, "15000": "unlimited", "4D View license": 0 },
  "passwords": { "Bob": "legacy-secret" }
}"#;

fn opts_err(text: &str) -> StartupError {
    match SessionOptions::from_json(text, Some(Path::new("proj/fourd.json"))) {
        Ok(o) => panic!("expected an error, got {o:?}"),
        Err(e) => e,
    }
}

fn flag_err(flags: SessionFlags) -> StartupError {
    match SessionOptions::default().apply_flags(&flags) {
        Ok(()) => panic!("expected an error"),
        Err(e) => e,
    }
}

#[test]
fn the_spec_example_reads_whole() {
    let o =
        SessionOptions::from_json(SPEC_SESSION_FILE, Some(Path::new("proj/fourd.json"))).unwrap();
    assert_eq!(o.application_type, ApplicationType::RemoteMode);
    assert_eq!(o.user.as_deref(), Some("Ann"));
    assert_eq!(o.password.as_deref(), Some("ann-pass"));
    assert!(!o.demo);
    // Relative to the session file's folder.
    assert_eq!(
        o.directory,
        Some(PathBuf::from("proj/Settings/directory.json"))
    );
    assert_eq!(
        o.passwords,
        [("Bob".to_string(), "legacy-secret".to_string())]
    );
    assert_eq!(
        o.installed_plugins(),
        [
            PluginSpec {
                id: 15000,
                name: "Acme Charts".into(),
                pool: Pool::Unlimited
            },
            PluginSpec {
                id: WRITE,
                name: "4D Write".into(),
                pool: Pool::Count(2)
            },
            PluginSpec {
                id: VIEW,
                name: "4D View".into(),
                pool: Pool::Count(0)
            },
        ]
    );
}

#[test]
fn defaults_without_a_file() {
    let o = SessionOptions::default();
    assert_eq!(o.application_type, ApplicationType::LocalMode);
    assert!(o.user.is_none() && o.password.is_none() && !o.demo && o.directory.is_none());
    assert!(o.installed_plugins().is_empty());
}

#[test]
fn plugin_names_default_from_constants_and_pools_to_zero() {
    let o = SessionOptions::from_json(
        r#"{"plugins": [{"id": 15000}, {"id": "4D ODBC Pro license"}], "licenses": {"808465209": 3, "77": 1}}"#,
        None,
    )
    .unwrap();
    let shown: Vec<(i64, String, Pool)> = o
        .installed_plugins()
        .into_iter()
        .map(|p| (p.id, p.name, p.pool))
        .collect();
    assert_eq!(
        shown,
        [
            (77, "Plug-in 77".to_string(), Pool::Count(1)),
            (15000, "Plug-in 15000".to_string(), Pool::Count(0)),
            (808464946, "4D ODBC Pro".to_string(), Pool::Count(0)),
            (808465209, "4D Client Web".to_string(), Pool::Count(3)),
        ]
    );
}

#[test]
fn count_32767_means_unlimited() {
    let o =
        SessionOptions::from_json(r#"{"licenses": {"4D Write license": 32767}}"#, None).unwrap();
    assert_eq!(o.licenses[&WRITE], Pool::Unlimited);
    assert_eq!(Pool::parse("32767"), Some(Pool::Unlimited));
    assert_eq!(Pool::parse("UNLIMITED"), Some(Pool::Unlimited));
    assert_eq!(Pool::parse("-1"), None);
}

#[test]
fn application_type_by_number_or_name() {
    for (text, expected) in [
        (r#"{"applicationType": 5}"#, ApplicationType::Server),
        (r#"{"applicationType": "tool4d"}"#, ApplicationType::Tool4d),
        (
            r#"{"applicationType": "4d volume desktop"}"#,
            ApplicationType::VolumeDesktop,
        ),
        (r#"{"applicationType": "3"}"#, ApplicationType::Desktop),
    ] {
        assert_eq!(
            SessionOptions::from_json(text, None)
                .unwrap()
                .application_type,
            expected
        );
    }
}

#[test]
fn unknown_keys_and_bad_values_are_located_errors() {
    for (text, needle, at) in [
        (
            r#"{"user": "Ann", "usr": "x"}"#,
            "unknown key \"usr\"",
            (1, 17),
        ),
        (
            r#"{"applicationType": 2}"#,
            "applicationType must be one of 0 (4D Local mode)",
            (1, 21),
        ),
        (
            r#"{"applicationType": "5D Server"}"#,
            "applicationType must be one of",
            (1, 21),
        ),
        (
            r#"{"demo": "yes"}"#,
            "demo must be true or false, found a string",
            (1, 10),
        ),
        (
            r#"{"user": 3}"#,
            "user must be a string, found a number",
            (1, 10),
        ),
        (
            r#"{"licenses": {"4D Write license": -1}}"#,
            "expected a whole number ≥ 0 or \"unlimited\"",
            (1, 35),
        ),
        (
            r#"{"licenses": {"4D Write license": 2.5}}"#,
            "whole number",
            (1, 35),
        ),
        (
            r#"{"licenses": {"4D Write license": "lots"}}"#,
            "whole number",
            (1, 35),
        ),
        (
            r#"{"licenses": {"4D Wrte license": 1}}"#,
            "is not a plug-in number nor an \"Is License Available\" constant",
            (1, 15),
        ),
        (
            r#"{"licenses": {"808464697": 1, "4D Write license": 2}}"#,
            "gives plug-in 808464697 twice",
            (1, 31),
        ),
        (
            r#"{"plugins": [{"id": 1, "nme": "x"}]}"#,
            "unknown key \"nme\" in a plugins entry",
            (1, 24),
        ),
        (
            r#"{"plugins": [{"name": "x"}]}"#,
            "needs an \"id\"",
            (1, 14),
        ),
        (
            r#"{"plugins": [{"id": 1}, {"id": 1}]}"#,
            "plug-in 1 is listed twice",
            (1, 25),
        ),
        (
            r#"{"plugins": {"id": 1}}"#,
            "plugins must be an array",
            (1, 13),
        ),
        (
            r#"{"passwords": {"Bob": 1}}"#,
            "each value of passwords must be a string",
            (1, 23),
        ),
        (
            r#"{"user": "a", "user": "b"}"#,
            "has the key \"user\" twice",
            (1, 15),
        ),
        (r#"{"user": "a""#, "invalid JSON", (1, 13)),
    ] {
        let e = opts_err(text);
        assert!(e.message.contains(needle), "{text}: {}", e.message);
        assert_eq!((e.line, e.col), at, "{text}: {}", e.message);
        assert_eq!(e.path.as_deref(), Some(Path::new("proj/fourd.json")));
    }
}

#[test]
fn flags_override_the_file() {
    let mut o = SessionOptions::from_json(SPEC_SESSION_FILE, None).unwrap();
    o.apply_flags(&SessionFlags {
        app_type: Some("5".into()),
        user: Some("Bob".into()),
        password: Some("pw".into()),
        demo: true,
        directory: Some(PathBuf::from("other.json")),
        licenses: vec![
            "4D Write license=unlimited".into(),
            "15000=1".into(),
            "808465209=0".into(),
            "15000=4".into(),
        ],
    })
    .unwrap();
    assert_eq!(o.application_type, ApplicationType::Server);
    assert_eq!(o.user.as_deref(), Some("Bob"));
    assert_eq!(o.password.as_deref(), Some("pw"));
    assert!(o.demo);
    assert_eq!(o.directory, Some(PathBuf::from("other.json")));
    assert_eq!(o.licenses[&WRITE], Pool::Unlimited);
    assert_eq!(o.licenses[&15000], Pool::Count(4));
    // --license installs the plug-in.
    assert!(
        o.installed_plugins()
            .iter()
            .any(|p| p.id == 808465209 && p.name == "4D Client Web")
    );
    let mut o = SessionOptions::default();
    o.apply_flags(&SessionFlags {
        app_type: Some("4D Remote mode".into()),
        ..SessionFlags::default()
    })
    .unwrap();
    assert_eq!(o.application_type, ApplicationType::RemoteMode);
}

#[test]
fn bad_flags_are_startup_errors_naming_the_flag() {
    let e = flag_err(SessionFlags {
        app_type: Some("2".into()),
        ..SessionFlags::default()
    });
    assert!(
        e.message.starts_with("--app-type \"2\": expected one of"),
        "{}",
        e.message
    );
    assert_eq!((e.path.clone(), e.line, e.span.clone()), (None, 0, None));
    for (flag, needle) in [
        (
            "4D Write license",
            "expected <id|constant>=<count|unlimited>",
        ),
        ("Nope=1", "not a plug-in number"),
        ("4D Write license=-2", "the count must be"),
        ("4D Write license=many", "the count must be"),
    ] {
        let e = flag_err(SessionFlags {
            licenses: vec![flag.into()],
            ..SessionFlags::default()
        });
        assert!(
            e.message.starts_with(&format!("--license \"{flag}\"")),
            "{}",
            e.message
        );
        assert!(e.message.contains(needle), "{}", e.message);
    }
}

#[test]
fn license_constants_table_matches_the_spec() {
    assert_eq!(LICENSE_CONSTANTS.len(), 16);
    assert_eq!(license_constant("4D Client SOAP license"), Some(808465465));
    assert_eq!(
        license_constant("4d sql server one conn license"),
        Some(825242165)
    );
    assert_eq!(license_constant("4D Mobile license"), None);
    assert_eq!(license_constant("4D Draw License"), None);
    // Values are 4-character product codes read big-endian ("0019" → 808464697).
    for c in LICENSE_CONSTANTS {
        let bytes = u32::try_from(c.value).unwrap().to_be_bytes();
        assert!(bytes.iter().all(u8::is_ascii_digit), "{}", c.name);
    }
    assert_eq!(default_plugin_name(WRITE), "4D Write");
}
