//! The commands about who the session is (§7.1–§7.7, §7.12).

use super::*;

#[test]
fn application_type_returns_the_constant_values() {
    for (app, value) in [
        (ApplicationType::LocalMode, 0),
        (ApplicationType::VolumeDesktop, 1),
        (ApplicationType::Desktop, 3),
        (ApplicationType::RemoteMode, 4),
        (ApplicationType::Server, 5),
        (ApplicationType::Tool4d, 6),
    ] {
        let s = example_session(app, Some(("Bob", "")), &[]);
        assert_eq!(s.application_type().unwrap(), value);
        assert_eq!(s.kind(), app);
        assert_eq!(ApplicationType::from_value(value), Some(app));
        assert_eq!(ApplicationType::parse(app.name()), Some(app));
    }
    assert!(ApplicationType::parse("2").is_none());
}

#[test]
fn current_user_selectors() {
    let mut s = remote_as_ann(&[]);
    assert_eq!(s.current_user(USER_ALIAS_OR_ACCOUNT).unwrap(), "Ann");
    assert_eq!(s.current_user(USER_ACCOUNT).unwrap(), "Ann");
    assert_eq!(s.current_user(USER_ALIAS).unwrap(), "");
    s.set_user_alias("Annie (desk 4)").unwrap();
    assert_eq!(
        s.current_user(USER_ALIAS_OR_ACCOUNT).unwrap(),
        "Annie (desk 4)"
    );
    assert_eq!(s.current_user(USER_ACCOUNT).unwrap(), "Ann");
    assert_eq!(s.current_user(USER_ALIAS).unwrap(), "Annie (desk 4)");
    // Any other selector acts as 0.
    assert_eq!(s.current_user(7).unwrap(), "Annie (desk 4)");
    assert_eq!(s.current_user(-1).unwrap(), "Annie (desk 4)");
}

#[test]
fn single_user_current_user_is_the_designer_display_name() {
    let s = example_session(ApplicationType::LocalMode, None, &[]);
    assert_eq!(s.current_user(0).unwrap(), "Architect");
    let s = session_on("{}", ApplicationType::Desktop, &[]);
    assert_eq!(s.current_user(1).unwrap(), "Designer");
}

#[test]
fn change_current_user_has_no_effect_in_single_user_kinds() {
    let mut s = example_session(ApplicationType::LocalMode, None, &[]);
    s.change_current_user(UserRef::Name("Ann"), "wrong")
        .unwrap();
    s.change_current_user(UserRef::Name("Nobody"), "").unwrap();
    s.set_user_alias("x").unwrap();
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    s.change_current_user(UserRef::Name("Bob"), "").unwrap();
    assert_eq!(s.account(), DESIGNER);
    assert_eq!(
        s.current_user(0).unwrap(),
        "x",
        "not even the alias is reset"
    );
    assert_eq!(s.get_group_access().unwrap(), ["Audit"]);
}

#[test]
fn change_current_user_by_name_or_id() {
    let mut s = remote_as_ann(&[]);
    s.change_current_user(UserRef::Name("bOB"), "").unwrap();
    assert_eq!(s.account(), 4);
    s.change_current_user(UserRef::Id(5), "").unwrap();
    assert_eq!(s.current_user(0).unwrap(), "Cleo");
    s.change_current_user(UserRef::Id(1), "open sesame")
        .unwrap();
    assert_eq!(s.current_user(0).unwrap(), "Architect");
}

#[test]
fn change_current_user_unknown_or_deleted_is_9979_and_changes_nothing() {
    let mut s = remote_as_designer(&[]);
    s.delete_user(4).unwrap();
    s.set_user_alias("me").unwrap();
    for user in [
        UserRef::Name("Zed"),
        UserRef::Name("Bob"),
        UserRef::Id(4),
        UserRef::Id(99),
        UserRef::Id(-1),
    ] {
        let e = s.change_current_user(user, "").unwrap_err();
        assert_eq!((e.code, e.signature), (-9979, "ugmg"), "{user:?}");
        assert_eq!(
            e.message,
            "The user account does not exist or has been deleted"
        );
    }
    assert_eq!(s.account(), DESIGNER);
    assert_eq!(s.current_user(0).unwrap(), "me");
}

#[test]
fn change_current_user_wrong_password_is_9978_and_changes_nothing() {
    let mut s = remote_as_ann(&[]);
    s.set_user_alias("desk").unwrap();
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    for (user, password) in [("Architect", "Open Sesame"), ("Ann", ""), ("Bob", "x")] {
        let e = s
            .change_current_user(UserRef::Name(user), password)
            .unwrap_err();
        assert_eq!(
            (e.code, e.signature, e.message.as_str()),
            (-9978, "ugmg", "Invalid password")
        );
    }
    assert_eq!(s.current_user(0).unwrap(), "desk");
    assert_eq!(s.get_group_access().unwrap(), ["Audit"]);
}

#[test]
fn change_current_user_clears_alias_and_session_groups_even_for_the_same_account() {
    let mut s = remote_as_ann(&[]);
    s.set_user_alias("desk").unwrap();
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    s.change_current_user(UserRef::Name("Ann"), "ann-pass")
        .unwrap();
    assert_eq!(s.current_user(USER_ALIAS).unwrap(), "");
    assert_eq!(s.get_group_access().unwrap(), ["Staff"]);
}

#[test]
fn set_user_alias_rules() {
    let mut s = remote_as_ann(&[]);
    s.set_user_alias("Front desk").unwrap();
    // Not reset by SET GROUP ACCESS; no uniqueness check; the directory is untouched.
    s.set_group_access(None).unwrap();
    assert_eq!(s.current_user(0).unwrap(), "Front desk");
    s.set_user_alias("Bob").unwrap();
    assert_eq!(
        s.user_list().unwrap().0,
        ["Architect", "Administrator", "Ann", "Bob", "Cleo"]
    );
    // "" removes it.
    s.set_user_alias("").unwrap();
    assert_eq!(s.current_user(0).unwrap(), "Ann");
    // Refused on 4D Server.
    let mut server = example_session(ApplicationType::Server, Some(("Ann", "ann-pass")), &[]);
    let e = server.set_user_alias("x").unwrap_err();
    assert_eq!((e.code, e.signature), (67, "4DRT"));
    assert_eq!(server.current_user(USER_ALIAS).unwrap(), "");
}

#[test]
fn get_group_access_lists_direct_session_groups_in_id_order() {
    let mut s = remote_as_designer(&[]);
    assert!(s.get_group_access().unwrap().is_empty());
    s.set_user_properties(1, "Architect", "", "*", Some(&[15004, 15001]))
        .unwrap();
    assert_eq!(s.get_group_access().unwrap(), ["Staff", "Audit"]);
    s.set_group_access(Some(&list(&["Audit", "Writers", "Staff"])))
        .unwrap();
    assert_eq!(s.get_group_access().unwrap(), ["Staff", "Writers", "Audit"]);
    // The documented idiom.
    let groups = strings(s.get_group_access().unwrap());
    assert_eq!(groups.iter().filter(|g| *g == "Writers").count(), 1);
}

#[test]
fn user_in_group_examples_of_the_spec() {
    let s = remote_as_ann(&[]);
    assert!(s.user_in_group("Ann", "Writers").unwrap());
    assert!(!s.user_in_group("Architect", "Staff").unwrap());
    // Names are matched case-insensitively.
    assert!(s.user_in_group("ann", "WRITERS").unwrap());
}

#[test]
fn user_in_group_takes_account_names_never_aliases() {
    let mut s = remote_as_ann(&[]);
    s.set_user_alias("Annie").unwrap();
    assert!(
        !s.user_in_group(s.current_user(0).unwrap(), "Staff")
            .unwrap()
    );
    assert!(
        s.user_in_group(s.current_user(USER_ACCOUNT).unwrap(), "Staff")
            .unwrap()
    );
}

#[test]
fn user_in_group_unknown_or_deleted_is_false_without_error() {
    let mut s = remote_as_designer(&[]);
    assert!(!s.user_in_group("Nobody", "Staff").unwrap());
    assert!(!s.user_in_group("Ann", "Nothing").unwrap());
    s.delete_user(3).unwrap();
    assert!(!s.user_in_group("Ann", "Staff").unwrap());
}

#[test]
fn user_in_group_uses_the_session_groups_only_for_the_current_account() {
    let mut s = remote_as_ann(&[]);
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    assert!(!s.user_in_group("Ann", "Staff").unwrap());
    assert!(s.user_in_group("Ann", "Audit").unwrap());
    // Bob is judged by the directory.
    assert!(s.user_in_group("Bob", "Staff").unwrap());
    assert!(!s.user_in_group("Bob", "Audit").unwrap());
}

#[test]
fn validate_password_rules() {
    let mut s = remote_as_designer(&[]);
    assert!(
        s.validate_password(UserRef::Name("ann"), "ann-pass", false)
            .unwrap()
    );
    assert!(
        s.validate_password(UserRef::Id(3), "ann-pass", false)
            .unwrap()
    );
    // Passwords are compared exactly.
    assert!(
        !s.validate_password(UserRef::Id(3), "ANN-PASS", false)
            .unwrap()
    );
    assert!(
        s.validate_password(UserRef::Name("Bob"), "", false)
            .unwrap()
    );
    assert!(
        !s.validate_password(UserRef::Name("Bob"), "x", false)
            .unwrap()
    );
    // Unknown or deleted: False, no error.
    assert!(
        !s.validate_password(UserRef::Name("Zed"), "", false)
            .unwrap()
    );
    s.delete_user(4).unwrap();
    assert!(!s.validate_password(UserRef::Id(4), "", false).unwrap());
    // Digest mode compares with the stored hash text verbatim.
    assert!(
        s.validate_password(UserRef::Id(3), FAST_ANN_HASH, true)
            .unwrap()
    );
    assert!(
        !s.validate_password(UserRef::Id(3), "ann-pass", true)
            .unwrap()
    );
    // A password set in the session has no hash text.
    s.set_user_properties(5, "Cleo", "", "new", None).unwrap();
    assert!(s.validate_password(UserRef::Id(5), "new", false).unwrap());
    assert!(!s.validate_password(UserRef::Id(5), "new", true).unwrap());
}

#[test]
fn error_values_display_code_and_signature() {
    let e = AccessError::privilege();
    assert_eq!(e.to_string(), "Access privilege error (ugmg -9949)");
    assert_eq!(
        AccessError::not_on_server("SET USER ALIAS").code,
        ERR_NOT_ON_SERVER
    );
    let e = AccessError::bad_argument("SET GROUP ACCESS expects a collection");
    assert_eq!((e.code, e.signature), (ERR_BAD_ARGUMENT, "4DRT"));
    assert_eq!(AccessError::name_taken().code, ERR_UNKNOWN_USER);
    assert_eq!(AccessError::wrong_password().code, ERR_WRONG_PASSWORD);
    assert_eq!(AccessError::privilege().code, ERR_PRIVILEGE);
}
