//! Licences (§6, §7.13, §7.14): eligibility, grant points, pools, demo mode.

use super::*;

fn holders(s: &Session, plugin: i64) -> Vec<i64> {
    s.plugins()
        .iter()
        .find(|p| p.id == plugin)
        .map(|p| p.holders.clone())
        .unwrap_or_default()
}

/// §6's worked example: Remote mode, pool of 4D Write = 1.
#[test]
fn worked_example_two_accounts_compete_for_one_licence() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(1))]);
    // Ann logs in: grant point, Ann (Staff ⊂ Editors ⊂ Writers) takes the only licence.
    assert_eq!(holders(&s, WRITE), [3]);
    s.change_current_user(UserRef::Name("Cleo"), "").unwrap();
    // Cleo is eligible but the pool is used up.
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    s.change_current_user(UserRef::Name("Ann"), "ann-pass")
        .unwrap();
    assert!(s.is_license_available(Some(WRITE)).unwrap());
    assert_eq!(holders(&s, WRITE), [3]);
}

#[test]
fn pools_are_never_over_subscribed() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(2))]);
    for user in ["Bob", "Cleo", "Ann", "Bob", "Cleo"] {
        let password = if user == "Ann" { "ann-pass" } else { "" };
        s.change_current_user(UserRef::Name(user), password)
            .unwrap();
        let _ = s.is_license_available(Some(WRITE)).unwrap();
        assert!(holders(&s, WRITE).len() <= 2);
    }
    assert_eq!(holders(&s, WRITE), [3, 4]);
}

#[test]
fn unlimited_pools_serve_everyone() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Unlimited)]);
    s.change_current_user(UserRef::Name("Bob"), "").unwrap();
    s.change_current_user(UserRef::Name("Cleo"), "").unwrap();
    assert_eq!(holders(&s, WRITE), [3, 4, 5]);
}

#[test]
fn a_pool_of_zero_never_grants() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(0))]);
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    assert!(holders(&s, WRITE).is_empty());
}

#[test]
fn demo_mode_answers_false_everywhere() {
    let mut o = options(
        ApplicationType::RemoteMode,
        Some(("Ann", "ann-pass")),
        &[(WRITE, Pool::Unlimited)],
    );
    o.demo = true;
    let mut s = Session::start(&o, example_dir()).unwrap().0;
    assert!(s.is_demo());
    assert!(!s.is_license_available(None).unwrap());
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    assert!(holders(&s, WRITE).is_empty());
}

#[test]
fn without_argument_true_unless_demo() {
    let mut s = remote_as_ann(&[]);
    assert!(s.is_license_available(None).unwrap());
}

#[test]
fn a_plugin_that_is_not_installed_is_never_available() {
    let mut s = remote_as_ann(&[]);
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    assert!(!s.is_license_available(Some(123)).unwrap());
}

#[test]
fn an_unbound_plugin_is_open_to_every_account() {
    let mut s = remote_as_ann(&[(VIEW, Pool::Count(5))]);
    assert!(s.is_license_available(Some(VIEW)).unwrap());
    s.change_current_user(UserRef::Id(2), "").unwrap();
    assert!(s.is_license_available(Some(VIEW)).unwrap());
}

#[test]
fn the_designer_has_no_bypass() {
    let mut s = remote_as_designer(&[(WRITE, Pool::Count(5))]);
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    let mut s = example_session(ApplicationType::LocalMode, None, &[(WRITE, Pool::Count(5))]);
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
}

#[test]
fn held_but_no_longer_eligible_answers_false_and_still_counts() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(1))]);
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    assert_eq!(holders(&s, WRITE), [3]);
    s.set_group_access(None).unwrap();
    assert!(s.is_license_available(Some(WRITE)).unwrap());
}

#[test]
fn eligibility_follows_nested_groups_from_the_session_groups() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(0)), (VIEW, Pool::Count(3))]);
    s.change_current_user(UserRef::Name("Architect"), "open sesame")
        .unwrap();
    s.set_plugin_access(VIEW, "Writers").unwrap();
    s.change_current_user(UserRef::Name("Bob"), "").unwrap();
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    assert!(!s.is_license_available(Some(VIEW)).unwrap());
    s.set_group_access(Some(&list(&["Staff"]))).unwrap();
    assert!(
        s.is_license_available(Some(VIEW)).unwrap(),
        "Staff ⊂ Editors ⊂ Writers"
    );
}

#[test]
fn cycles_in_groups_do_not_hang_eligibility() {
    let text = r#"{"users": {"Ann": {}}, "groups": {"A": {"groups": ["B"]}, "B": {"groups": ["A"]}, "C": {"users": ["Ann"]}},
        "remoteGranters": {"write": "A"}}"#;
    let o = options(
        ApplicationType::RemoteMode,
        Some(("Ann", "")),
        &[(WRITE, Pool::Count(1))],
    );
    let mut s = Session::start(&o, dir_from(text)).unwrap().0;
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
}

/// Grant points: session start, CHANGE CURRENT USER, SET GROUP ACCESS, SET PLUGIN ACCESS;
/// `Set user properties` is not one, but `Is license available` grants its own plug-in.
#[test]
fn licences_are_taken_exactly_at_the_grant_points() {
    let pools = [(WRITE, Pool::Count(5)), (VIEW, Pool::Count(5))];
    // Start.
    let s = remote_as_ann(&pools);
    assert_eq!(holders(&s, WRITE), [3]);
    assert_eq!(holders(&s, VIEW), [3]);
    // CHANGE CURRENT USER.
    let mut s = remote_as_ann(&pools);
    s.change_current_user(UserRef::Name("Cleo"), "").unwrap();
    assert_eq!(holders(&s, WRITE), [3, 5]);
    // SET PLUGIN ACCESS (as the Designer, who is in no group: unbinding makes it eligible).
    let mut s = remote_as_designer(&pools);
    assert_eq!(holders(&s, WRITE), Vec::<i64>::new());
    s.set_plugin_access(WRITE, "").unwrap();
    assert_eq!(holders(&s, WRITE), [1]);
    // SET GROUP ACCESS.
    let mut s = remote_as_designer(&pools);
    s.set_group_access(Some(&list(&["Writers"]))).unwrap();
    assert_eq!(holders(&s, WRITE), [1]);
    // Set user properties: no grant point; Is license available grants.
    let mut s = remote_as_designer(&pools);
    s.set_user_properties(1, "Architect", "", "*", Some(&[15003]))
        .unwrap();
    assert_eq!(holders(&s, WRITE), Vec::<i64>::new());
    assert!(s.is_license_available(Some(WRITE)).unwrap());
    assert_eq!(holders(&s, WRITE), [1]);
}

#[test]
fn a_failed_change_of_user_is_not_a_grant_point() {
    let mut s = remote_as_designer(&[(WRITE, Pool::Count(5))]);
    s.set_plugin_access(WRITE, "Audit").unwrap();
    // Now eligible through the directory, but Set user properties is no grant point.
    s.set_user_properties(1, "Architect", "", "*", Some(&[15004]))
        .unwrap();
    assert!(
        s.change_current_user(UserRef::Name("Ann"), "wrong")
            .is_err()
    );
    assert!(s.change_current_user(UserRef::Name("Nobody"), "").is_err());
    assert!(holders(&s, WRITE).is_empty());
    assert!(s.is_license_available(Some(WRITE)).unwrap());
}

#[test]
fn nothing_releases_a_licence() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(1))]);
    s.change_current_user(UserRef::Name("Architect"), "open sesame")
        .unwrap();
    s.set_plugin_access(WRITE, "Audit").unwrap();
    s.set_plugin_access(WRITE, "").unwrap();
    s.set_user_properties(3, "Ann", "", "*", Some(&[])).unwrap();
    s.delete_user(4).unwrap();
    s.set_group_access(Some(&[])).unwrap();
    assert_eq!(holders(&s, WRITE), [3]);
    // The Designer, now eligible (unbound), finds the pool used up.
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
}

#[test]
fn a_deleted_holder_keeps_its_licence() {
    let mut s = remote_as_ann(&[(WRITE, Pool::Count(1))]);
    s.change_current_user(UserRef::Id(1), "open sesame")
        .unwrap();
    s.delete_user(3).unwrap();
    assert_eq!(holders(&s, WRITE), [3]);
}

#[test]
fn plugin_list_is_the_installed_plugins_in_ascending_order() {
    let s = remote_as_ann(&[
        (WRITE, Pool::Count(1)),
        (15000, Pool::Unlimited),
        (VIEW, Pool::Count(0)),
    ]);
    let (numbers, names) = s.plugin_list().unwrap();
    assert_eq!(numbers, [15000, WRITE, VIEW]);
    assert_eq!(names, ["Plug-in 15000", "4D Write", "4D View"]);
}

#[test]
fn set_plugin_access_details() {
    let mut s = remote_as_designer(&[]);
    // Any number is accepted, installed or not.
    s.set_plugin_access(42, "Audit").unwrap();
    assert_eq!(s.get_plugin_access(42).unwrap(), "Audit");
    // An unknown group changes nothing, without error.
    s.set_plugin_access(42, "Ghost").unwrap();
    assert_eq!(s.get_plugin_access(42).unwrap(), "Audit");
    // "" removes the binding.
    s.set_plugin_access(42, "").unwrap();
    assert_eq!(s.get_plugin_access(42).unwrap(), "");
    // Names match case-insensitively; Get plugin access gives the group's current name.
    s.set_plugin_access(42, "audit").unwrap();
    s.set_group_properties(15004, "Auditors", None).unwrap();
    assert_eq!(s.get_plugin_access(42).unwrap(), "Auditors");
}

#[test]
fn set_plugin_access_needs_the_designer_or_the_administrator() {
    let mut s = remote_as_ann(&[]);
    let e = s.set_plugin_access(WRITE, "Audit").unwrap_err();
    assert_eq!(
        (e.code, e.signature, e.message.as_str()),
        (-9949, "ugmg", "Access privilege error")
    );
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Writers");
    s.change_current_user(UserRef::Name("Administrator"), "")
        .unwrap();
    s.set_plugin_access(WRITE, "Audit").unwrap();
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Audit");
}
