//! One test per sentence of the three seed pages: SET PLUGIN ACCESS (English and French) and
//! SET GROUP ACCESS.

use super::*;

/// Ann is in Staff; Cleo in Editors; `admin` and `plugins` exist for the documented example;
/// `Writers` contains `Editors` (nesting). 4D Write and 4D View start bound to the empty
/// `admin` group, so nobody takes their licences at session start.
const SEED_DIR: &str = r#"{
  "users": {"Ann": {}, "Bob": {}, "Cleo": {}},
  "remoteGranters": {"write": "admin", "view": "admin"},
  "groups": {
    "Staff": {"users": ["Ann", "Bob"]},
    "Editors": {"users": ["Cleo"]},
    "Writers": {"groups": ["Editors"]},
    "admin": {},
    "plugins": {}
  }
}"#;

const ALL_DOCUMENTED: [(&str, i64); 6] = [
    ("4D Client SOAP license", 808465465),
    ("4D Client Web license", 808465209),
    ("4D for OCI license", 808465208),
    ("4D ODBC Pro license", 808464946),
    ("4D View license", 808465207),
    ("4D Write license", 808464697),
];

fn remote(user: &str, licenses: &[(i64, Pool)]) -> Session {
    Session::start(
        &options(ApplicationType::RemoteMode, Some((user, "")), licenses),
        dir_from(SEED_DIR),
    )
    .unwrap()
    .0
}

fn designer(app: ApplicationType, licenses: &[(i64, Pool)]) -> Session {
    session_on(SEED_DIR, app, licenses)
}

// ----- SET PLUGIN ACCESS (set-plugin-access.en.md / .fr.md) -----

/// "sets, by programming, the user group allowed to use each 'serialized' plug-in".
#[test]
fn set_plugin_access_sets_the_group_allowed_to_use_the_plugin() {
    let mut s = designer(ApplicationType::LocalMode, &[]);
    s.set_plugin_access(WRITE, "Staff").unwrap();
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Staff");
}

/// "This way you can manage how plug-in licenses are used": only the group's users get one.
#[test]
fn set_plugin_access_manages_who_uses_the_licences() {
    let pools = [(WRITE, Pool::Count(5))];
    let mut ann = remote("Ann", &pools);
    ann.change_current_user(UserRef::Name("Designer"), "")
        .unwrap();
    ann.set_plugin_access(WRITE, "Editors").unwrap();
    ann.change_current_user(UserRef::Name("Ann"), "").unwrap();
    assert!(!ann.is_license_available(Some(WRITE)).unwrap());
    ann.change_current_user(UserRef::Name("Cleo"), "").unwrap();
    assert!(ann.is_license_available(Some(WRITE)).unwrap());
}

/// "Pass the number of the plug-in … You can pass one of the following constants".
#[test]
fn set_plugin_access_accepts_every_documented_constant() {
    let mut s = designer(ApplicationType::LocalMode, &[]);
    for (name, value) in ALL_DOCUMENTED {
        assert_eq!(license_constant(name), Some(value), "{name}");
        s.set_plugin_access(value, "Staff").unwrap();
        assert_eq!(s.get_plugin_access(value).unwrap(), "Staff", "{name}");
    }
}

/// "Plug-in licenses include 4D Client Web and SOAP licenses": they are bound and granted
/// like any plug-in.
#[test]
fn client_web_and_soap_licences_are_plugin_licences() {
    let web = 808465209;
    let soap = 808465465;
    let mut s = remote("Cleo", &[(web, Pool::Count(1)), (soap, Pool::Count(1))]);
    assert!(s.is_license_available(Some(web)).unwrap());
    let mut s = remote("Designer", &[(web, Pool::Count(1)), (soap, Pool::Count(1))]);
    s.set_plugin_access(soap, "Staff").unwrap();
    assert!(s.is_license_available(Some(web)).unwrap());
    assert!(!s.is_license_available(Some(soap)).unwrap());
}

/// "Only one group at a time can be allowed to use a plug-in. When this command is executed,
/// if another group had the plug-in access rights, it loses this privilege."
#[test]
fn one_group_per_plugin_and_a_new_call_replaces_the_old_group() {
    let mut s = remote("Designer", &[(WRITE, Pool::Count(10))]);
    s.set_plugin_access(WRITE, "Staff").unwrap();
    s.set_plugin_access(WRITE, "Editors").unwrap();
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Editors");
    // Bob (Staff only) lost the right and never held a licence: not eligible.
    s.change_current_user(UserRef::Name("Bob"), "").unwrap();
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    assert!(s.plugins()[0].holders.is_empty());
}

/// "Used licenses will remain attached to 4D user accounts in group for the whole session,
/// even if they change memberships …"
#[test]
fn licences_stay_attached_when_the_user_changes_memberships() {
    let mut s = remote("Designer", &[(WRITE, Pool::Count(1))]);
    s.set_plugin_access(WRITE, "Staff").unwrap();
    s.change_current_user(UserRef::Name("Ann"), "").unwrap();
    assert!(s.is_license_available(Some(WRITE)).unwrap());
    s.set_group_access(Some(&[])).unwrap();
    assert_eq!(s.plugins()[0].holders, [3]);
    // Still attached: the only licence is not free for Bob.
    s.change_current_user(UserRef::Name("Bob"), "").unwrap();
    assert!(!s.is_license_available(Some(WRITE)).unwrap());
    assert_eq!(s.plugins()[0].holders, [3]);
}

/// "… or if the group loses its plug-in access rights."
#[test]
fn licences_stay_attached_when_the_group_loses_the_plugin() {
    let mut s = remote("Designer", &[(WRITE, Pool::Count(1))]);
    s.set_plugin_access(WRITE, "Staff").unwrap();
    s.change_current_user(UserRef::Name("Ann"), "").unwrap();
    assert_eq!(s.plugins()[0].holders, [3]);
    s.change_current_user(UserRef::Name("Designer"), "")
        .unwrap();
    s.set_plugin_access(WRITE, "Editors").unwrap();
    assert_eq!(s.plugins()[0].holders, [3]);
    s.change_current_user(UserRef::Name("Cleo"), "").unwrap();
    assert!(
        !s.is_license_available(Some(WRITE)).unwrap(),
        "the pool is still used by Ann"
    );
}

/// "Note: This can also be done in the Design environment using the Groups editor": the
/// editor's choice is what directory.json's remoteGranters holds, and the command replaces it.
#[test]
fn the_command_replaces_a_binding_from_the_groups_editor() {
    let mut s = designer(ApplicationType::LocalMode, &[]);
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "admin");
    s.set_plugin_access(WRITE, "Staff").unwrap();
    assert_eq!(s.get_plugin_access(WRITE).unwrap(), "Staff");
}

/// "This command is not thread-safe" is the names table's business; here: the French page
/// says the same as the English one (one group, licences stay with the group's accounts).
#[test]
fn french_page_une_seule_groupe_et_licences_conservees() {
    let mut s = remote("Designer", &[(VIEW, Pool::Count(1))]);
    s.set_plugin_access(VIEW, "Staff").unwrap();
    s.set_plugin_access(VIEW, "Writers").unwrap();
    assert_eq!(s.get_plugin_access(VIEW).unwrap(), "Writers");
    s.change_current_user(UserRef::Name("Cleo"), "").unwrap();
    assert!(s.is_license_available(Some(VIEW)).unwrap());
    s.change_current_user(UserRef::Name("Designer"), "")
        .unwrap();
    s.set_plugin_access(VIEW, "").unwrap();
    assert_eq!(s.plugins()[0].holders, [5]);
}

// ----- SET GROUP ACCESS (set-group-access.en.md) -----

/// "modifies the memberships of the 4D user account for the current session. It resets any
/// former group membership and sets the new memberships to the listed groups."
#[test]
fn set_group_access_resets_and_sets_memberships() {
    let mut s = remote("Ann", &[]);
    assert_eq!(s.get_group_access().unwrap(), ["Staff"]);
    s.set_group_access(Some(&list(&["plugins", "admin"])))
        .unwrap();
    assert_eq!(s.get_group_access().unwrap(), ["admin", "plugins"]);
    assert!(!s.user_in_group("Ann", "Staff").unwrap());
    assert!(s.user_in_group("Ann", "admin").unwrap());
    // Session only: the directory is untouched.
    assert_eq!(s.get_user_properties(3).unwrap().memberships, [15001]);
}

/// "Calling CHANGE CURRENT USER afterwards for example would reset defined memberships."
#[test]
fn change_current_user_resets_the_session_memberships() {
    let mut s = remote("Ann", &[]);
    s.set_group_access(Some(&list(&["admin"]))).unwrap();
    s.change_current_user(UserRef::Name("Ann"), "").unwrap();
    assert_eq!(s.get_group_access().unwrap(), ["Staff"]);
}

/// "This command can only be called from 4D remote or 4D single-user applications. It is not
/// allowed on 4D Server."
#[test]
fn set_group_access_is_refused_on_the_server_and_allowed_elsewhere() {
    let mut server = Session::start(
        &options(ApplicationType::Server, Some(("Ann", "")), &[]),
        dir_from(SEED_DIR),
    )
    .unwrap()
    .0;
    let e = server
        .set_group_access(Some(&list(&["admin"])))
        .unwrap_err();
    assert_eq!((e.code, e.signature), (67, "4DRT"));
    assert_eq!(
        server.get_group_access().unwrap(),
        ["Staff"],
        "nothing changed"
    );
    assert_eq!(server.set_group_access(None).unwrap_err().code, 67);
    for app in [
        ApplicationType::RemoteMode,
        ApplicationType::LocalMode,
        ApplicationType::Tool4d,
    ] {
        let mut s = designer(app, &[]);
        s.set_group_access(Some(&list(&["admin"]))).unwrap();
        assert_eq!(s.get_group_access().unwrap(), ["admin"], "{app}");
    }
}

/// "Pass … a collection of existing group name(s) … (if a group name does not exist, it is
/// ignored)."
#[test]
fn unknown_group_names_are_ignored() {
    let mut s = remote("Ann", &[]);
    s.set_group_access(Some(&list(&["nope", "ADMIN", "admin"])))
        .unwrap();
    assert_eq!(s.get_group_access().unwrap(), ["admin"]);
}

/// "If you pass an empty collection, the 4D user account will no longer belong to any group."
#[test]
fn an_empty_collection_leaves_no_group() {
    let mut s = remote("Cleo", &[]);
    s.set_group_access(Some(&[])).unwrap();
    assert!(s.get_group_access().unwrap().is_empty());
    assert!(!s.user_in_group("Cleo", "Editors").unwrap());
    assert!(!s.user_in_group("Cleo", "Writers").unwrap());
}

/// "If you omit the groups parameter, the memberships of the 4D user account are reset to the
/// group memberships stored on disk."
#[test]
fn omitting_the_parameter_restores_the_stored_memberships() {
    let mut s = remote("Ann", &[]);
    s.set_group_access(Some(&list(&["admin"]))).unwrap();
    s.set_group_access(None).unwrap();
    assert_eq!(s.get_group_access().unwrap(), ["Staff"]);
    assert!(s.user_in_group("Ann", "Staff").unwrap());
}

/// "When a group membership provides access to a 'serialized' feature (e.g. a plug-in), a
/// corresponding license is used and will remain attached … even if the SET GROUP ACCESS
/// command is called and group membership cancelled."
#[test]
fn a_licence_from_a_membership_stays_after_set_group_access_cancels_it() {
    let mut s = remote("Designer", &[(WRITE, Pool::Count(1))]);
    s.set_plugin_access(WRITE, "plugins").unwrap();
    s.change_current_user(UserRef::Name("Bob"), "").unwrap();
    s.set_group_access(Some(&list(&["plugins"]))).unwrap();
    assert_eq!(
        s.plugins()[0].holders,
        [4],
        "the grant point gave Bob the licence"
    );
    s.set_group_access(Some(&[])).unwrap();
    assert_eq!(s.plugins()[0].holders, [4]);
    s.change_current_user(UserRef::Name("Ann"), "").unwrap();
    s.set_group_access(Some(&list(&["plugins"]))).unwrap();
    assert!(
        !s.is_license_available(Some(WRITE)).unwrap(),
        "still attached to Bob"
    );
}

/// The documented example: promote the current user to "admin" and "plugins".
#[test]
fn documented_example_admin_and_plugins() {
    let mut s = remote("Bob", &[]);
    s.set_group_access(Some(&list(&["admin", "plugins"])))
        .unwrap();
    assert!(
        s.user_in_group(s.current_user(USER_ACCOUNT).unwrap(), "admin")
            .unwrap()
    );
    assert_eq!(
        s.get_group_access()
            .unwrap()
            .iter()
            .filter(|g| **g == "plugins")
            .count(),
        1
    );
}

/// Nested groups apply on top of the list (§7.5).
#[test]
fn nested_groups_apply_on_top_of_the_list() {
    let mut s = remote("Bob", &[]);
    s.set_group_access(Some(&list(&["Editors"]))).unwrap();
    assert!(s.user_in_group("Bob", "Writers").unwrap());
    assert_eq!(
        s.get_group_access().unwrap(),
        ["Editors"],
        "direct memberships only"
    );
}
