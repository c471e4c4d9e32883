//! Who is logged in (§3.2) and the passwords of the session file.

use super::*;

fn start(opts: &SessionOptions) -> Result<(Session, Vec<Warning>), StartupError> {
    Session::start(opts, example_dir())
}

fn start_err(opts: &SessionOptions) -> StartupError {
    match start(opts) {
        Ok((s, _)) => panic!("expected a startup error, logged in as {}", s.account()),
        Err(e) => e,
    }
}

#[test]
fn single_user_kinds_are_always_the_designer_even_with_a_designer_password() {
    for app in [
        ApplicationType::LocalMode,
        ApplicationType::VolumeDesktop,
        ApplicationType::Desktop,
        ApplicationType::Tool4d,
    ] {
        let (s, warnings) = start(&options(app, None, &[])).unwrap();
        assert_eq!(s.account(), DESIGNER);
        assert_eq!(s.current_user(0).unwrap(), "Architect");
        assert!(warnings.is_empty());
    }
}

#[test]
fn single_user_ignores_the_session_user_with_a_warning() {
    let o = SessionOptions::from_json(r#"{"user": "Ann", "password": "x"}"#, None).unwrap();
    let (s, warnings) = start(&o).unwrap();
    assert_eq!(s.account(), DESIGNER);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].message.contains("user \"Ann\" ignored"),
        "{}",
        warnings[0].message
    );
    assert_eq!((warnings[0].line, warnings[0].col), (1, 10));
}

#[test]
fn client_server_logs_in_the_given_user_with_its_password() {
    for app in [ApplicationType::RemoteMode, ApplicationType::Server] {
        let (s, _) = start(&options(app, Some(("ann", "ann-pass")), &[])).unwrap();
        assert_eq!(s.current_user(USER_ACCOUNT).unwrap(), "Ann");
    }
    let (s, _) = start(&options(
        ApplicationType::RemoteMode,
        Some(("Bob", "")),
        &[],
    ))
    .unwrap();
    assert_eq!(s.account(), 4);
    // A missing password is the empty password.
    let mut o = options(ApplicationType::RemoteMode, Some(("Cleo", "")), &[]);
    o.password = None;
    assert_eq!(start(&o).unwrap().0.account(), 5);
}

#[test]
fn unknown_or_deleted_login_user_cites_9979() {
    let o = SessionOptions::from_json(r#"{"applicationType": 4, "user": "Zed"}"#, None).unwrap();
    let e = start_err(&o);
    assert!(e.message.contains("\"Zed\""), "{}", e.message);
    assert!(e.message.contains("-9979"), "{}", e.message);
    assert_eq!((e.line, e.col), (1, 32));
}

#[test]
fn wrong_login_password_cites_9978_and_never_shows_the_password() {
    let e = start_err(&options(
        ApplicationType::RemoteMode,
        Some(("Ann", "guess-me")),
        &[],
    ));
    assert!(e.message.contains("-9978"), "{}", e.message);
    assert!(!e.to_string().contains("guess-me"));
    assert!(!format!("{e:?}").contains("guess-me"));
}

#[test]
fn without_user_and_passwords_off_the_designer_logs_in() {
    let s = session_on(
        r#"{"users": {"Ann": {}}}"#,
        ApplicationType::RemoteMode,
        &[],
    );
    assert_eq!(s.account(), DESIGNER);
}

#[test]
fn without_user_and_passwords_on_the_default_user_logs_in() {
    let text = example_text().replace(
        r#""remoteDefaultUser": """#,
        r#""remoteDefaultUser": "cleo""#,
    );
    let (s, _) = Session::start(
        &options(ApplicationType::RemoteMode, None, &[]),
        dir_from(&text),
    )
    .unwrap();
    assert_eq!(s.current_user(0).unwrap(), "Cleo");
}

#[test]
fn without_user_or_default_user_a_login_is_required() {
    let e = start_err(&options(ApplicationType::RemoteMode, None, &[]));
    assert!(
        e.message.starts_with("a login is required"),
        "{}",
        e.message
    );
    assert_eq!(e.span, None);
}

#[test]
fn session_passwords_replace_stored_ones() {
    let mut o = options(ApplicationType::RemoteMode, Some(("Ann", "plain")), &[]);
    o.passwords = vec![
        ("ANN".into(), "plain".into()),
        ("Nobody".into(), "x".into()),
    ];
    let (s, warnings) = start(&o).unwrap();
    assert_eq!(s.account(), 3);
    assert!(
        !s.validate_password(UserRef::Id(3), "ann-pass", false)
            .unwrap()
    );
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("\"Nobody\" is no user"));
    // Replacing the Designer's password with "" turns access control off.
    let mut o = options(ApplicationType::RemoteMode, None, &[]);
    o.passwords = vec![("Architect".into(), String::new())];
    assert_eq!(start(&o).unwrap().0.account(), DESIGNER);
}
