//! Passwords never show (Debug, Display, errors, describe), failed calls change nothing, and
//! `describe` renders the whole session.

use super::*;

const SECRETS: [&str; 6] = [
    "open sesame",
    "ann-pass",
    FAST_DESIGNER_HASH,
    FAST_ANN_HASH,
    "legacy-secret",
    "$2y$04$",
];

fn assert_no_secret(text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{secret:?} leaked in:\n{text}");
    }
}

#[test]
fn no_password_in_debug_display_or_describe() {
    let mut o = options(
        ApplicationType::RemoteMode,
        Some(("Ann", "ann-pass")),
        &[(WRITE, Pool::Count(1))],
    );
    o.passwords = vec![("Bob".into(), "legacy-secret".into())];
    let (s, warnings) = Session::start(&o, example_dir()).unwrap();
    assert_no_secret(&format!("{o:?}"));
    assert_no_secret(&format!("{s:?}"));
    assert_no_secret(&format!("{:?}", s.directory()));
    assert_no_secret(&format!("{warnings:?}"));
    assert_no_secret(&s.describe(DescribeFormat::Text));
    assert_no_secret(&s.describe(DescribeFormat::Json));
    let flags = SessionFlags {
        password: Some("ann-pass".into()),
        ..SessionFlags::default()
    };
    assert_no_secret(&format!("{flags:?}"));
    assert!(format!("{:?}", s.directory().user(3).unwrap()).contains("Secret(bcrypt hash)"));
}

#[test]
fn no_password_in_errors() {
    let mut s = remote_as_ann(&[]);
    let e = s
        .change_current_user(UserRef::Name("Architect"), "open sesam")
        .unwrap_err();
    assert!(!e.to_string().contains("open sesam") && !format!("{e:?}").contains("open sesam"));
    let e = Session::start(
        &options(
            ApplicationType::RemoteMode,
            Some(("Ann", "open sesame")),
            &[],
        ),
        example_dir(),
    )
    .unwrap_err();
    assert_no_secret(&format!("{e} {e:?}"));
}

#[test]
fn failed_calls_change_nothing() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(1))]);
    s.set_user_alias("desk").unwrap();
    let before = s.describe(DescribeFormat::Json);
    assert!(s.change_current_user(UserRef::Name("Zed"), "").is_err());
    assert!(s.change_current_user(UserRef::Name("Bob"), "nope").is_err());
    assert!(s.set_user_properties(-1, "New", "", "", None).is_err());
    assert!(s.set_group_properties(-1, "New", None).is_err());
    assert!(s.delete_user(4).is_err());
    assert!(s.set_plugin_access(WRITE, "Audit").is_err());
    assert_eq!(s.describe(DescribeFormat::Json), before);

    let mut server = example_session(ApplicationType::Server, Some(("Ann", "ann-pass")), &[]);
    let before = server.describe(DescribeFormat::Json);
    assert!(server.set_group_access(Some(&[])).is_err());
    assert!(server.set_user_alias("x").is_err());
    assert_eq!(server.describe(DescribeFormat::Json), before);
}

#[test]
fn describe_json_has_the_whole_session() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(1)), (15000, Pool::Unlimited)]);
    s.set_user_alias("desk").unwrap();
    let text = s.describe(DescribeFormat::Json);
    let json = crate::json::parse(&text).unwrap();
    let app = json.get("applicationType").unwrap();
    assert_eq!(
        app.get("value").unwrap().kind,
        crate::json::JsonKind::Number(4.0)
    );
    assert_eq!(app.get("name").unwrap().as_str(), Some("4D Remote mode"));
    let current = json.get("currentUser").unwrap();
    assert_eq!(current.get("account").unwrap().as_str(), Some("Ann"));
    assert_eq!(current.get("alias").unwrap().as_str(), Some("desk"));
    assert_eq!(json.get("users").unwrap().as_array().unwrap().len(), 5);
    let groups = json.get("groups").unwrap().as_array().unwrap();
    let writers = &groups[2];
    assert_eq!(writers.get("name").unwrap().as_str(), Some("Writers"));
    let names = |key: &str| -> Vec<String> {
        writers
            .get(key)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|j| j.as_str().unwrap().to_string())
            .collect()
    };
    assert!(names("users").is_empty());
    assert_eq!(names("groups"), ["Editors"]);
    assert_eq!(names("effectiveUsers"), ["Ann", "Bob", "Cleo"]);
    let plugins = json.get("plugins").unwrap().as_array().unwrap();
    assert_eq!(plugins.len(), 2);
    assert_eq!(plugins[1].get("group").unwrap().as_str(), Some("Writers"));
    assert_eq!(
        plugins[1].get("heldBy").unwrap().as_array().unwrap()[0].as_str(),
        Some("Ann")
    );
    assert_eq!(plugins[0].get("pool").unwrap().as_str(), Some("unlimited"));
}

#[test]
fn describe_text_reads_well() {
    let s = remote_as_ann(&[(WRITE, Pool::Count(1))]);
    let text = s.describe(DescribeFormat::Text);
    for line in [
        "Application type: 4D Remote mode (4)",
        "Access control: on (the Designer has a password)",
        "Current user: Ann (id 3)",
        "Session groups (directory): Staff",
        "      1  Architect  (Designer)",
        "      5  Cleo  (startup method Cleo_Start; groups: Editors)",
        "  15003  Writers",
        "         effective users: Ann, Bob, Cleo",
        "  808464697  4D Write  group: Writers  pool: 1  licences held by: Ann",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
}

#[test]
fn describe_shows_bound_plugins_that_are_not_installed() {
    let s = example_session(ApplicationType::LocalMode, None, &[]);
    assert!(
        s.describe(DescribeFormat::Text)
            .contains("808464697  (not installed)  group: Writers")
    );
}
