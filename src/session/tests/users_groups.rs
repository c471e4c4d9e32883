//! User and group management (§7.8–§7.11) and the privilege rule.

use super::*;

fn code(r: Result<impl std::fmt::Debug, AccessError>) -> i32 {
    r.unwrap_err().code
}

#[test]
fn user_and_group_lists_in_id_order_with_display_names() {
    let mut s = remote_as_designer(&[]);
    let (names, ids) = s.user_list().unwrap();
    assert_eq!(names, ["Architect", "Administrator", "Ann", "Bob", "Cleo"]);
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    s.delete_user(4).unwrap();
    assert_eq!(s.user_list().unwrap().1, [1, 2, 3, 5]);
    let (names, ids) = s.group_list().unwrap();
    assert_eq!(names, ["Staff", "Editors", "Writers", "Audit"]);
    assert_eq!(ids, [15001, 15002, 15003, 15004]);
}

#[test]
fn get_user_properties_reads_the_directory_not_the_session() {
    let mut s = remote_as_ann(&[]);
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    let p = s.get_user_properties(3).unwrap();
    assert_eq!(
        p,
        UserProperties {
            name: "Ann".into(),
            startup_method: String::new(),
            memberships: vec![15001]
        }
    );
    assert_eq!(
        s.get_user_properties(5).unwrap().startup_method,
        "Cleo_Start"
    );
    assert_eq!(s.get_user_properties(1).unwrap().name, "Architect");
    let e = s.get_user_properties(42).unwrap_err();
    assert_eq!((e.code, e.signature), (-9979, "ugmg"));
}

#[test]
fn set_user_properties_creates_with_minus_one_or_minus_two() {
    let mut s = remote_as_designer(&[]);
    assert_eq!(
        s.set_user_properties(-1, "Dan", "Dan_Start", "pw", None)
            .unwrap(),
        6
    );
    assert_eq!(
        s.set_user_properties(-2, "Eve", "", "", Some(&[15001, 15004, 999, 3]))
            .unwrap(),
        7
    );
    let dan = s.directory().user(6).unwrap();
    assert_eq!(
        (
            dan.name.as_str(),
            dan.startup_method.as_str(),
            dan.created_by
        ),
        ("Dan", "Dan_Start", 1)
    );
    assert!(s.validate_password(UserRef::Id(6), "pw", false).unwrap());
    // A new user without memberships is in no group; unknown group ids are ignored.
    assert!(s.get_user_properties(6).unwrap().memberships.is_empty());
    assert_eq!(
        s.get_user_properties(7).unwrap().memberships,
        [15001, 15004]
    );
    assert!(s.user_in_group("Eve", "Writers").unwrap());
}

#[test]
fn set_user_properties_modifies_an_existing_user() {
    let mut s = remote_as_designer(&[]);
    assert_eq!(
        s.set_user_properties(3, "Anne", "Go", "*", None).unwrap(),
        3
    );
    let p = s.get_user_properties(3).unwrap();
    assert_eq!(
        (p.name.as_str(), p.startup_method.as_str(), p.memberships),
        ("Anne", "Go", vec![15001])
    );
    // "*" kept the password; memberships omitted kept the groups.
    assert!(
        s.validate_password(UserRef::Name("Anne"), "ann-pass", false)
            .unwrap()
    );
    assert!(
        !s.user_in_group("Ann", "Staff").unwrap(),
        "the old name is gone"
    );
    // "" empties the password; an empty array removes every membership.
    s.set_user_properties(3, "Anne", "Go", "", Some(&[]))
        .unwrap();
    assert!(s.validate_password(UserRef::Id(3), "", false).unwrap());
    assert!(s.get_user_properties(3).unwrap().memberships.is_empty());
    // Case-only renames of oneself are fine; renaming user 1 changes its display name.
    s.set_user_properties(3, "ANNE", "", "*", None).unwrap();
    s.set_user_properties(1, "Chief", "", "*", None).unwrap();
    assert_eq!(s.current_user(0).unwrap(), "Chief");
}

#[test]
fn set_user_properties_name_clashes_and_empty_names_are_9979() {
    let mut s = remote_as_designer(&[]);
    for (id, name) in [(-1, "bob"), (3, "BOB"), (3, ""), (-1, ""), (2, "architect")] {
        let e = s.set_user_properties(id, name, "", "*", None).unwrap_err();
        assert_eq!((e.code, e.signature), (-9979, "ugmg"), "{id} {name:?}");
        assert_eq!(e.message, "A user with this name already exists");
    }
    assert_eq!(
        s.user_list().unwrap().1,
        [1, 2, 3, 4, 5],
        "nothing was created"
    );
    assert_eq!(s.get_user_properties(3).unwrap().name, "Ann");
    // The name of a deleted user is free again.
    s.delete_user(4).unwrap();
    assert_eq!(s.set_user_properties(-1, "Bob", "", "", None).unwrap(), 6);
}

#[test]
fn set_user_properties_other_ids() {
    let mut s = remote_as_designer(&[]);
    // Not -1, -2 nor a valid id: nothing done, 0.
    assert_eq!(s.set_user_properties(0, "X", "", "", None).unwrap(), 0);
    assert_eq!(s.set_user_properties(-3, "X", "", "", None).unwrap(), 0);
    // An unknown or deleted positive id: -9979.
    assert_eq!(code(s.set_user_properties(99, "X", "", "", None)), -9979);
    s.delete_user(5).unwrap();
    assert_eq!(code(s.set_user_properties(5, "Cleo", "", "", None)), -9979);
    // Deleted ids are not reused.
    assert_eq!(s.set_user_properties(-1, "Fay", "", "", None).unwrap(), 6);
    assert!(s.is_user_deleted(5).unwrap());
}

#[test]
fn privilege_rule_for_user_and_group_changes() {
    let mut s = remote_as_ann(&[]);
    assert_eq!(code(s.set_user_properties(-1, "Zed", "", "", None)), -9949);
    assert_eq!(
        code(s.set_user_properties(3, "Ann", "", "x", None)),
        -9949,
        "not even oneself"
    );
    assert_eq!(code(s.set_group_properties(-1, "New", None)), -9949);
    assert_eq!(code(s.delete_user(4)), -9949);
    assert_eq!(code(s.set_plugin_access(WRITE, "")), -9949);
    let e = s.delete_user(4).unwrap_err();
    assert_eq!(
        (e.signature, e.message.as_str()),
        ("ugmg", "Access privilege error")
    );
    assert_eq!(s.user_list().unwrap().1, [1, 2, 3, 4, 5]);
    assert_eq!(s.group_list().unwrap().1.len(), 4);
    assert!(
        s.validate_password(UserRef::Id(3), "ann-pass", false)
            .unwrap()
    );
    // Reading needs no privilege.
    assert!(s.get_user_properties(1).is_ok());
    assert!(s.get_group_properties(15001).is_ok());
}

#[test]
fn the_administrator_may_not_modify_the_designer() {
    let mut s = remote_as_ann(&[]);
    s.change_current_user(UserRef::Id(ADMINISTRATOR), "")
        .unwrap();
    assert_eq!(code(s.set_user_properties(1, "Boss", "", "*", None)), -9949);
    assert_eq!(s.get_user_properties(1).unwrap().name, "Architect");
    // Other users, itself and groups are fine.
    assert_eq!(s.set_user_properties(3, "Ann", "", "new", None).unwrap(), 3);
    assert_eq!(s.set_user_properties(2, "Admin", "", "*", None).unwrap(), 2);
    assert_eq!(
        s.set_group_properties(-1, "Ops", Some(&[2])).unwrap(),
        15005
    );
}

#[test]
fn delete_user_rules() {
    let mut s = remote_as_designer(&[]);
    s.delete_user(4).unwrap();
    assert!(s.is_user_deleted(4).unwrap());
    assert_eq!(
        s.get_group_properties(15001).unwrap().members,
        [3],
        "removed from every group"
    );
    assert_eq!(code(s.delete_user(4)), -9979, "already deleted");
    assert_eq!(code(s.delete_user(77)), -9979, "unknown");
    assert_eq!(code(s.delete_user(1)), -9949);
    assert_eq!(code(s.delete_user(2)), -9949);
    assert_eq!(code(s.get_user_properties(4)), -9979);
}

#[test]
fn the_administrator_cannot_delete_a_user_the_designer_created() {
    let mut s = remote_as_designer(&[]);
    s.set_user_properties(-1, "ByDesigner", "", "", None)
        .unwrap();
    s.change_current_user(UserRef::Id(ADMINISTRATOR), "")
        .unwrap();
    let by_admin = s.set_user_properties(-1, "ByAdmin", "", "", None).unwrap();
    assert_eq!(
        s.directory().user(by_admin).unwrap().created_by,
        ADMINISTRATOR
    );
    // Users loaded from disk count as the Designer's.
    assert_eq!(code(s.delete_user(3)), -9949);
    assert_eq!(code(s.delete_user(6)), -9949);
    s.delete_user(by_admin).unwrap();
    assert!(s.is_user_deleted(by_admin).unwrap());
}

/// §7.11 says deleting the current account leaves the session on it; only ids 1 and 2 may
/// delete and they cannot be deleted, so the case cannot arise. What can: deleting another
/// user leaves the account, alias and session groups alone.
#[test]
fn deleting_a_user_leaves_the_session_alone() {
    let mut s = remote_as_designer(&[]);
    s.change_current_user(UserRef::Id(ADMINISTRATOR), "")
        .unwrap();
    s.set_user_alias("ops").unwrap();
    s.set_group_access(Some(&list(&["Audit"]))).unwrap();
    let temp = s
        .set_user_properties(-1, "Temp", "", "", Some(&[15004]))
        .unwrap();
    s.delete_user(temp).unwrap();
    assert_eq!(s.current_user(USER_ACCOUNT).unwrap(), "Administrator");
    assert_eq!(s.current_user(0).unwrap(), "ops");
    assert_eq!(s.get_group_access().unwrap(), ["Audit"]);
    assert!(s.get_group_properties(15004).unwrap().members.is_empty());
}

#[test]
fn is_user_deleted_for_deleted_and_never_existing() {
    let mut s = remote_as_designer(&[]);
    assert!(!s.is_user_deleted(3).unwrap());
    assert!(s.is_user_deleted(0).unwrap());
    assert!(s.is_user_deleted(9999).unwrap());
    assert!(s.is_user_deleted(-1).unwrap());
    s.delete_user(3).unwrap();
    assert!(s.is_user_deleted(3).unwrap());
}

#[test]
fn get_group_properties_lists_users_then_groups() {
    let s = remote_as_designer(&[]);
    assert_eq!(
        s.get_group_properties(15002).unwrap(),
        GroupProperties {
            name: "Editors".into(),
            members: vec![5, 15001]
        }
    );
    // Unknown id: empty outputs, no error.
    assert_eq!(
        s.get_group_properties(1).unwrap(),
        GroupProperties::default()
    );
    assert_eq!(
        s.get_group_properties(20000).unwrap(),
        GroupProperties::default()
    );
}

#[test]
fn set_group_properties_creates_and_modifies() {
    let mut s = remote_as_designer(&[]);
    assert_eq!(s.set_group_properties(-1, "Ops", None).unwrap(), 15005);
    assert_eq!(
        s.set_group_properties(-2, "Ops2", Some(&[3, 15005]))
            .unwrap(),
        15006
    );
    // A new group has no members unless given; the Administrator is not added.
    assert!(s.get_group_properties(15005).unwrap().members.is_empty());
    // Members: users below 15001, groups from 15001; unknown, deleted and self ignored.
    s.delete_user(4).unwrap();
    let id = s
        .set_group_properties(15005, "Ops", Some(&[15001, 4, 3, 99, 15005, 16000, 1, 3]))
        .unwrap();
    assert_eq!(id, 15005);
    assert_eq!(
        s.get_group_properties(15005).unwrap().members,
        [1, 3, 15001]
    );
    // Omitted members: unchanged; renaming works and keeps memberships.
    s.set_group_properties(15005, "Operations", None).unwrap();
    assert_eq!(
        s.get_group_properties(15005).unwrap().members,
        [1, 3, 15001]
    );
    assert!(s.user_in_group("Architect", "operations").unwrap());
    // An empty array removes every member.
    s.set_group_properties(15005, "Operations", Some(&[]))
        .unwrap();
    assert!(s.get_group_properties(15005).unwrap().members.is_empty());
}

#[test]
fn set_group_properties_name_clash_or_bad_id_does_nothing_and_returns_0() {
    let mut s = remote_as_designer(&[]);
    assert_eq!(s.set_group_properties(-1, "staff", None).unwrap(), 0);
    assert_eq!(
        s.set_group_properties(15002, "STAFF", Some(&[])).unwrap(),
        0
    );
    assert_eq!(
        s.get_group_properties(15002).unwrap().members,
        [5, 15001],
        "unchanged"
    );
    assert_eq!(s.set_group_properties(-1, "", None).unwrap(), 0);
    assert_eq!(s.set_group_properties(3, "X", None).unwrap(), 0);
    assert_eq!(s.set_group_properties(0, "X", None).unwrap(), 0);
    assert_eq!(s.set_group_properties(99999, "X", None).unwrap(), 0);
    assert_eq!(s.group_list().unwrap().1.len(), 4);
    // Renaming a group to itself with another case is fine.
    assert_eq!(s.set_group_properties(15001, "STAFF", None).unwrap(), 15001);
}

#[test]
fn renaming_a_group_keeps_its_plugin_binding() {
    let mut s = remote_as_designer(&[]);
    s.set_group_properties(15003, "Authors", None).unwrap();
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Authors");
}

#[test]
fn memberships_changed_by_set_user_properties_apply_to_user_in_group() {
    let mut s = remote_as_designer(&[]);
    s.set_user_properties(4, "Bob", "", "*", Some(&[15004]))
        .unwrap();
    assert!(!s.user_in_group("Bob", "Writers").unwrap());
    assert!(s.user_in_group("Bob", "Audit").unwrap());
    assert_eq!(s.get_group_properties(15001).unwrap().members, [3]);
}
