//! directory.json loading (§1, §2): the §2.4 example, and malformed files.

use super::*;

fn load_err(text: &str) -> StartupError {
    match load_directory(text, Some(std::path::Path::new("Settings/directory.json"))) {
        Ok((dir, _)) => panic!("expected an error, loaded {dir:?}"),
        Err(e) => e,
    }
}

fn warnings(text: &str) -> Vec<String> {
    load_directory(text, None)
        .expect("loads")
        .1
        .into_iter()
        .map(|w| w.message)
        .collect()
}

#[test]
fn example_ids_follow_file_order_with_fixed_builtins() {
    let dir = example_dir();
    let users: Vec<(i64, &str)> = dir
        .users()
        .iter()
        .map(|u| (u.id, u.name.as_str()))
        .collect();
    assert_eq!(
        users,
        [
            (1, "Architect"),
            (2, "Administrator"),
            (3, "Ann"),
            (4, "Bob"),
            (5, "Cleo")
        ]
    );
    let groups: Vec<(i64, &str)> = dir
        .groups()
        .iter()
        .map(|g| (g.id, g.name.as_str()))
        .collect();
    assert_eq!(
        groups,
        [
            (15001, "Staff"),
            (15002, "Editors"),
            (15003, "Writers"),
            (15004, "Audit")
        ]
    );
    assert_eq!(dir.user(5).unwrap().startup_method, "Cleo_Start");
    assert!(
        dir.users()
            .iter()
            .all(|u| u.created_by == DESIGNER && !u.deleted)
    );
}

#[test]
fn example_memberships_are_resolved_through_nesting() {
    let s = example_session(ApplicationType::LocalMode, None, &[]);
    for (user, group, expected) in [
        ("Ann", "Staff", true),
        ("Ann", "Editors", true),
        ("Ann", "Writers", true),
        ("Ann", "Audit", false),
        ("Bob", "Writers", true),
        ("Cleo", "Editors", true),
        ("Cleo", "Writers", true),
        ("Cleo", "Staff", false),
        ("Architect", "Staff", false),
        ("Administrator", "Writers", false),
    ] {
        assert_eq!(
            s.user_in_group(user, group).unwrap(),
            expected,
            "{user} in {group}"
        );
    }
}

#[test]
fn example_bindings_write_to_writers_and_view_unbound() {
    let s = example_session(ApplicationType::LocalMode, None, &[]);
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Writers");
    assert_eq!(s.get_plugin_access(VIEW).unwrap(), "");
    assert_eq!(s.directory().remote_default_user, "");
}

#[test]
fn example_hashes_match_the_documented_passwords() {
    // §2.4 says the Designer's password is `open sesame` and Ann's `ann-pass`: checked with
    // the verbatim cost-10 hashes.
    let (dir, _) = load_directory(SPEC_EXAMPLE, None).unwrap();
    let s = Session::start(
        &options(ApplicationType::RemoteMode, None, &[]),
        dir.clone(),
    )
    .map(|(s, _)| s);
    // Passwords are active and there is no default user: a login is required.
    assert!(s.is_err());
    let s = Session::start(
        &options(ApplicationType::RemoteMode, Some(("Ann", "ann-pass")), &[]),
        dir,
    )
    .unwrap()
    .0;
    assert!(
        s.validate_password(UserRef::Id(1), "open sesame", false)
            .unwrap()
    );
    assert!(
        s.validate_password(UserRef::Name("Ann"), "ann-pass", false)
            .unwrap()
    );
    assert!(
        !s.validate_password(UserRef::Name("Ann"), "Ann-pass", false)
            .unwrap()
    );
}

#[test]
fn no_file_means_designer_and_administrator_only() {
    let dir = Directory::built_ins();
    let names: Vec<&str> = dir.users().iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["Designer", "Administrator"]);
    assert!(dir.groups().is_empty());
    assert!(dir.bindings().is_empty());
    assert!(!dir.passwords_active());
    assert_eq!(load_directory("{}", None).unwrap().0.users().len(), 2);
}

#[test]
fn aliases_rename_the_builtins_and_default_when_empty() {
    let dir =
        dir_from(r#"{"users": {"administrator": {"alias": "Boss"}, "designer": {"alias": ""}}}"#);
    assert_eq!(dir.user(1).unwrap().name, "Designer");
    assert_eq!(dir.user(2).unwrap().name, "Boss");
    // Group member lists use display names.
    let dir = dir_from(
        r#"{"users": {"designer": {"alias": "Arch"}}, "groups": {"G": {"users": ["arch"]}}}"#,
    );
    assert_eq!(dir.group(15001).unwrap().member_users, [1]);
}

#[test]
fn truncated_json_is_a_located_error() {
    let text = "{\n  \"users\": {\n    \"Ann\": {";
    let e = load_err(text);
    assert_eq!(
        e.path.as_deref(),
        Some(std::path::Path::new("Settings/directory.json"))
    );
    assert_eq!((e.line, e.col), (3, 13));
    assert!(
        e.message
            .starts_with("invalid JSON: unexpected end of input"),
        "{}",
        e.message
    );
    assert!(
        e.to_string()
            .starts_with("Settings/directory.json:3:13: invalid JSON")
    );
}

#[test]
fn wrong_types_are_located_errors() {
    for (text, needle, at) in [
        (
            r#"[]"#,
            "directory.json must be an object, found an array",
            (1, 1),
        ),
        (
            r#"{"users": []}"#,
            "users must be an object, found an array",
            (1, 11),
        ),
        (
            r#"{"users": {"Ann": 3}}"#,
            "user \"Ann\" must be an object, found a number",
            (1, 19),
        ),
        (
            r#"{"users": {"Ann": {"password": 5}}}"#,
            "the password of user \"Ann\" must be a string, found a number",
            (1, 32),
        ),
        (
            r#"{"groups": {"G": {"users": "Ann"}}}"#,
            "must be an array of names, found a string",
            (1, 28),
        ),
        (
            r#"{"groups": {"G": {"groups": [1]}}}"#,
            "each name in the groups of group \"G\" must be a string",
            (1, 30),
        ),
        (
            r#"{"remoteGranters": {"write": 1}}"#,
            "remoteGranters.write must be a string",
            (1, 30),
        ),
        (
            r#"{"settings": {"remoteDefaultUser": null}}"#,
            "settings.remoteDefaultUser must be a string, found null",
            (1, 36),
        ),
        (r#"{"settings": 1}"#, "settings must be an object", (1, 14)),
    ] {
        let e = load_err(text);
        assert!(e.message.contains(needle), "{text}: {}", e.message);
        assert_eq!((e.line, e.col), at, "{text}: {}", e.message);
    }
}

#[test]
fn duplicate_user_names_are_errors_case_insensitively() {
    let e = load_err(r#"{"users": {"Ann": {}, "ANN": {}}}"#);
    assert!(
        e.message
            .contains("duplicate user name \"ANN\": it matches \"Ann\""),
        "{}",
        e.message
    );
    assert_eq!((e.line, e.col), (1, 23));
    // A user clashing with a built-in's display name, default or alias.
    let e = load_err(r#"{"users": {"designer": {}, "Designer": {}}}"#);
    assert!(
        e.message.contains("the Designer's display name"),
        "{}",
        e.message
    );
    let e = load_err(r#"{"users": {"arch": {}, "designer": {"alias": "Arch"}}}"#);
    assert!(
        e.message.contains("duplicate user name \"arch\""),
        "{}",
        e.message
    );
    let e = load_err(r#"{"users": {"designer": {"alias": "administrator"}}}"#);
    assert!(
        e.message.contains("the Administrator's display name"),
        "{}",
        e.message
    );
    assert_eq!((e.line, e.col), (1, 34));
}

#[test]
fn duplicate_group_names_and_keys_are_errors() {
    let e = load_err(r#"{"groups": {"Staff": {}, "staff": {}}}"#);
    assert!(
        e.message
            .contains("duplicate group name \"staff\": it matches \"Staff\"")
    );
    let e = load_err(r#"{"users": {}, "users": {}}"#);
    assert!(e.message.contains("has the key \"users\" twice"));
    let e = load_err(r#"{"users": {"Ann": {"password": "", "password": "x"}}}"#);
    assert!(e.message.contains("has the key \"password\" twice"));
    let e = load_err(r#"{"settings": {"remoteDefaultUser": "", "RemoteDefaultUser": ""}}"#);
    assert!(e.message.contains("twice"));
}

#[test]
fn empty_names_are_errors() {
    assert!(
        load_err(r#"{"users": {"": {}}}"#)
            .message
            .contains("user name cannot be empty")
    );
    assert!(
        load_err(r#"{"groups": {"": {}}}"#)
            .message
            .contains("group name cannot be empty")
    );
}

#[test]
fn a_group_listed_in_itself_is_ignored_with_a_warning() {
    let text =
        r#"{"users": {"Ann": {}}, "groups": {"G": {"users": ["Ann"], "groups": ["G", "g"]}}}"#;
    assert_eq!(
        warnings(text),
        [
            "group \"G\" lists itself as a member: ignored",
            "group \"G\" lists itself as a member: ignored"
        ]
    );
    let (dir, _) = load_directory(text, None).unwrap();
    assert!(dir.group(15001).unwrap().member_groups.is_empty());
}

#[test]
fn unknown_members_are_ignored_with_located_warnings() {
    let text = r#"{"groups": {"G": {"users": ["Nobody"], "groups": ["Ghost"]}}}"#;
    let (dir, warnings) = load_directory(text, None).unwrap();
    assert_eq!(warnings.len(), 2);
    assert_eq!(
        warnings[0].message,
        "group \"G\" lists \"Nobody\", which is no user: ignored"
    );
    assert_eq!((warnings[0].line, warnings[0].col), (1, 29));
    assert_eq!(
        warnings[1].message,
        "group \"G\" lists \"Ghost\", which is no group: ignored"
    );
    assert!(dir.group(15001).unwrap().member_users.is_empty());
}

#[test]
fn unknown_keys_and_granters_warn() {
    let w = warnings(
        r#"{"extra": 1, "sqlSchemaGranters": {}, "users": {"Ann": {"pasword": "x"}},
            "groups": {"G": {"members": []}}, "remoteGranters": {"chart": "G", "web": "Nope"}}"#,
    );
    assert_eq!(
        w,
        [
            "unknown key \"extra\" ignored",
            "unknown key \"pasword\" of user \"Ann\" ignored",
            "unknown key \"members\" of group \"G\" ignored",
            "unknown remoteGranters key \"chart\" ignored (known: write, view, oci, odbcPro, web, soap)",
            "remoteGranters.web names \"Nope\", which is no group: the plug-in stays unbound",
        ]
    );
}

#[test]
fn granter_keys_map_to_their_plugins() {
    let dir = dir_from(
        r#"{"groups": {"G": {}}, "remoteGranters": {"write": "G", "view": "g", "oci": "G",
            "odbcPro": "G", "web": "G", "soap": "G"}}"#,
    );
    let bound: Vec<i64> = dir.bindings().keys().copied().collect();
    assert_eq!(
        bound,
        [
            808464697, 808464946, 808465207, 808465208, 808465209, 808465465
        ]
    );
    let dir = dir_from(r#"{"groups": {"G": {}}, "remoteGranters": {"write": "", "view": "*"}}"#);
    assert!(dir.bindings().is_empty());
}

#[test]
fn cycles_load_and_membership_walks_terminate() {
    let text = r#"{"users": {"Ann": {}, "Bob": {}},
        "groups": {"A": {"users": ["Ann"], "groups": ["B"]}, "B": {"users": ["Bob"], "groups": ["A"]},
                   "C": {"groups": ["C2"]}, "C2": {"groups": ["C"]}}}"#;
    let s = session_on(text, ApplicationType::LocalMode, &[]);
    assert!(s.user_in_group("Ann", "B").unwrap());
    assert!(s.user_in_group("Bob", "A").unwrap());
    assert!(!s.user_in_group("Ann", "C").unwrap());
}

#[test]
fn groups_may_name_groups_defined_later() {
    let dir = dir_from(r#"{"groups": {"Outer": {"groups": ["Inner"]}, "Inner": {}}}"#);
    assert_eq!(dir.group(15001).unwrap().member_groups, [15002]);
}

#[test]
fn settings_keys_match_case_insensitively() {
    let dir = dir_from(
        r#"{"users": {"Guest": {}}, "settings": {"RemoteDefaultUser": "Guest", "Other": 1}}"#,
    );
    assert_eq!(dir.remote_default_user, "Guest");
    assert_eq!(
        warnings(r#"{"settings": {"remoteDefaultUser": "Ghost"}}"#),
        ["settings.remoteDefaultUser names \"Ghost\", which is no user"]
    );
}

#[test]
fn password_values_bcrypt_legacy_or_empty() {
    let text = format!(
        r#"{{"users": {{"A": {{"password": "{FAST_ANN_HASH}"}}, "L": {{"password": "md5:abcdef"}}, "E": {{"password": ""}}}}}}"#
    );
    let s = session_on(&text, ApplicationType::LocalMode, &[]);
    assert!(
        s.validate_password(UserRef::Name("A"), "ann-pass", false)
            .unwrap()
    );
    // A legacy digest cannot be checked: nothing matches it, not even its own text.
    assert!(
        !s.validate_password(UserRef::Name("L"), "md5:abcdef", false)
            .unwrap()
    );
    assert!(!s.validate_password(UserRef::Name("L"), "", false).unwrap());
    assert!(s.validate_password(UserRef::Name("E"), "", false).unwrap());
    // ... unless the session file supplies the plain password.
    let mut opts = options(ApplicationType::LocalMode, None, &[]);
    opts.passwords = vec![("l".to_string(), "legacy-secret".to_string())];
    let s = Session::start(&opts, dir_from(&text)).unwrap().0;
    assert!(
        s.validate_password(UserRef::Name("L"), "legacy-secret", false)
            .unwrap()
    );
}

#[test]
fn hostile_files_are_errors_not_panics() {
    let deep = format!("{{\"users\": {}", "[".repeat(100_000));
    assert!(load_err(&deep).message.contains("nested more than 512"));
    assert!(load_err("").message.contains("invalid JSON"));
    assert!(load_err("\u{FEFF}").message.contains("invalid JSON"));
    assert!(
        load_err(r#"{"users": {"Ann": {}},}"#)
            .message
            .contains("trailing comma")
    );
    assert!(
        load_err("{\"users\": {} /* c */}")
            .message
            .contains("invalid JSON")
    );
}

#[test]
fn a_hundred_thousand_users_load() {
    let mut text = String::from("{\"users\": {");
    for i in 0..100_000 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!("\"user{i}\": {{\"startupMethod\": \"m{i}\"}}"));
    }
    text.push_str("}, \"groups\": {\"All\": {\"users\": [");
    for i in 0..100_000 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!("\"USER{i}\""));
    }
    text.push_str("]}}}");
    let (dir, warnings) = load_directory(&text, None).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(dir.users().len(), 100_002);
    assert_eq!(dir.user_id("User99999"), Some(100_002));
    assert_eq!(dir.group(15001).unwrap().member_users.len(), 100_000);
}

#[test]
fn mutated_directory_and_session_files_never_panic() {
    let sources = [example_text(), r#"{"applicationType": "4D Remote mode", "user": "Ann", "plugins": [{"id": 1, "name": "x"}],
        "licenses": {"4D Write license": 2, "15000": "unlimited"}, "passwords": {"Bob": "s"}, "demo": false}"#.to_string()];
    let mut seed = 3u64;
    let mut next = |below: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % below.max(1)
    };
    for source in &sources {
        let chars: Vec<char> = source.chars().collect();
        for _ in 0..2_000 {
            let mut c = chars.clone();
            let at = next(c.len());
            match next(4) {
                0 => {
                    c.remove(at);
                }
                1 => c.insert(at, ['"', '[', '{', ',', '1'][next(5)]),
                2 => c[at] = ['x', 'A', '0', ' '][next(4)],
                _ => c.truncate(at),
            }
            let text: String = c.into_iter().collect();
            if let Ok((dir, _)) = load_directory(&text, None) {
                let _ = Session::start(&SessionOptions::default(), dir);
            }
            if let Ok(o) = SessionOptions::from_json(&text, None) {
                let _ = Session::start(&o, example_dir());
            }
        }
    }
}

#[test]
fn the_data_settings_directory_takes_priority() {
    let root = std::env::temp_dir().join(format!("fourd-locate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    assert_eq!(locate_directory(&root), None, "no file: built-ins only");
    std::fs::create_dir_all(root.join("Settings")).unwrap();
    std::fs::write(root.join("Settings/directory.json"), "{}").unwrap();
    assert_eq!(
        locate_directory(&root),
        Some(root.join("Settings/directory.json"))
    );
    std::fs::create_dir_all(root.join("Data/Settings")).unwrap();
    std::fs::write(root.join("Data/Settings/directory.json"), "{}").unwrap();
    assert_eq!(
        locate_directory(&root),
        Some(root.join("Data/Settings/directory.json"))
    );
    let _ = std::fs::remove_dir_all(&root);
}
