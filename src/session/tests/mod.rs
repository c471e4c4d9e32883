//! Tests of the session model, one per rule of the seed pages and of `session.md`, and the
//! fixtures they share (the §2.4 example directory).

mod commands;
mod licences;
mod load;
mod login;
mod options;
mod privacy;
mod seeds;
mod users_groups;

use super::*;

/// `4D Write license`.
pub(super) const WRITE: i64 = 808464697;
/// `4D View license`.
pub(super) const VIEW: i64 = 808465207;

/// The §2.4 example, verbatim (bcrypt cost 10: slow in debug builds, so used sparingly).
pub(super) const SPEC_EXAMPLE: &str = r#"{
  "users": {
    "designer": {
      "password": "$2y$10$yTIaA2Kxv8bXd8HqKt8LYuiaGd9voKgHZmRqhPPLKJ.XFhKEBj9T6",
      "alias": "Architect"
    },
    "administrator": {},
    "Ann": { "password": "$2y$10$RW4KywhMNVVTgOyXjd9kDuT5IbR7Xe/piQMzcFp2QDX7gIUSLaRuW" },
    "Bob": {},
    "Cleo": { "startupMethod": "Cleo_Start" }
  },
  "groups": {
    "Staff":   { "users": ["Ann", "Bob"] },
    "Editors": { "users": ["Cleo"], "groups": ["Staff"] },
    "Writers": { "groups": ["Editors"] },
    "Audit":   {}
  },
  "remoteGranters": { "write": "Writers", "view": "*" },
  "settings": { "remoteDefaultUser": "" }
}"#;

/// Cost-4 bcrypt hashes of the same passwords (`open sesame`, `ann-pass`), generated for
/// these tests so that every login does not cost a cost-10 bcrypt run.
pub(super) const FAST_DESIGNER_HASH: &str =
    "$2y$04$Xeq2YzM99icznryM15bjh.39U3v/jNOYSk3eJzWgD1UA2UmWBa7FG";
pub(super) const FAST_ANN_HASH: &str =
    "$2y$04$t6bj1pMnkIRE5.y7YThy0eJZ2Xq1HBA0Bs9hN/0s9GSvzqF.au9SK";

/// The §2.4 example with the fast hashes.
pub(super) fn example_text() -> String {
    SPEC_EXAMPLE
        .replace(
            "$2y$10$yTIaA2Kxv8bXd8HqKt8LYuiaGd9voKgHZmRqhPPLKJ.XFhKEBj9T6",
            FAST_DESIGNER_HASH,
        )
        .replace(
            "$2y$10$RW4KywhMNVVTgOyXjd9kDuT5IbR7Xe/piQMzcFp2QDX7gIUSLaRuW",
            FAST_ANN_HASH,
        )
}

/// The §2.4 directory (fast hashes).
pub(super) fn example_dir() -> Directory {
    let (dir, warnings) = load_directory(&example_text(), None).expect("§2.4 loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    dir
}

/// Options for `app`, logging in as `user` (with `password`) when given, with these pools.
pub(super) fn options(
    app: ApplicationType,
    user: Option<(&str, &str)>,
    licenses: &[(i64, Pool)],
) -> SessionOptions {
    let mut options = SessionOptions {
        application_type: app,
        ..SessionOptions::default()
    };
    if let Some((name, password)) = user {
        options.user = Some(name.to_string());
        options.password = Some(password.to_string());
    }
    options.licenses = licenses.iter().copied().collect();
    options
}

/// A session on the §2.4 directory.
pub(super) fn example_session(
    app: ApplicationType,
    user: Option<(&str, &str)>,
    licenses: &[(i64, Pool)],
) -> Session {
    Session::start(&options(app, user, licenses), example_dir())
        .expect("session starts")
        .0
}

/// Remote mode, logged in as Ann.
pub(super) fn remote_as_ann(licenses: &[(i64, Pool)]) -> Session {
    example_session(
        ApplicationType::RemoteMode,
        Some(("Ann", "ann-pass")),
        licenses,
    )
}

/// Remote mode, logged in as the Designer.
pub(super) fn remote_as_designer(licenses: &[(i64, Pool)]) -> Session {
    example_session(
        ApplicationType::RemoteMode,
        Some(("Architect", "open sesame")),
        licenses,
    )
}

/// A directory from inline JSON that must load without warnings.
pub(super) fn dir_from(text: &str) -> Directory {
    let (dir, warnings) = load_directory(text, None).expect("directory loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    dir
}

/// A session whose account is the Designer (passwords off) on `text`, in `app`.
pub(super) fn session_on(text: &str, app: ApplicationType, licenses: &[(i64, Pool)]) -> Session {
    Session::start(&options(app, None, licenses), dir_from(text))
        .expect("session starts")
        .0
}

pub(super) fn strings(v: Vec<&str>) -> Vec<String> {
    v.into_iter().map(str::to_string).collect()
}

pub(super) fn list(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}
