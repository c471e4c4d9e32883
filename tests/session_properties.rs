//! Access control cannot be bypassed (issue 8): property tests over random
//! sequences of session commands, users and modes, checking the invariants of
//! session.md after every step.

use fourd::session::{
    ApplicationType, DescribeFormat, Pool, Session, SessionFlags, SessionOptions, UserRef,
    load_directory,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const DIRECTORY: &str = r#"{
  "users": { "designer": { "alias": "Architect" }, "administrator": {},
             "Ann": {}, "Bob": {}, "Cleo": {}, "Dan": {} },
  "groups": {
    "Staff":   { "users": ["Ann", "Bob"] },
    "Editors": { "users": ["Cleo"], "groups": ["Staff"] },
    "Writers": { "groups": ["Editors"] },
    "Audit":   { "users": ["Dan"] },
    "Loop1":   { "groups": ["Loop2"] },
    "Loop2":   { "groups": ["Loop1"], "users": ["Dan"] }
  },
  "remoteGranters": { "write": "Writers" }
}"#;

const USERS: &[&str] = &[
    "Architect",
    "Administrator",
    "Ann",
    "Bob",
    "Cleo",
    "Dan",
    "Nobody",
];
const GROUPS: &[&str] = &[
    "Staff", "Editors", "Writers", "Audit", "Loop1", "Loop2", "Missing",
];
const PLUGINS: &[i64] = &[808464697, 808465207];

#[derive(Debug, Clone)]
enum Op {
    SetGroupAccess(Option<Vec<usize>>),
    ChangeUser(usize, bool),
    SetPluginAccess(usize, usize),
    SetAlias(String),
    IsLicenseAvailable(usize),
    DeleteUser(i64),
    CreateUser(usize),
    SetGroupMembers(usize, Vec<usize>),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        proptest::option::of(proptest::collection::vec(0..GROUPS.len(), 0..4))
            .prop_map(Op::SetGroupAccess),
        (0..USERS.len(), any::<bool>()).prop_map(|(u, ok)| Op::ChangeUser(u, ok)),
        (0..PLUGINS.len(), 0..GROUPS.len()).prop_map(|(p, g)| Op::SetPluginAccess(p, g)),
        "[a-z]{0,3}".prop_map(Op::SetAlias),
        (0..PLUGINS.len()).prop_map(Op::IsLicenseAvailable),
        (0i64..9).prop_map(Op::DeleteUser),
        (0..USERS.len()).prop_map(Op::CreateUser),
        (0..GROUPS.len(), proptest::collection::vec(0..9usize, 0..3))
            .prop_map(|(g, m)| Op::SetGroupMembers(g, m)),
    ]
}

fn start(kind: ApplicationType, user: &str) -> Session {
    let (directory, _) = load_directory(DIRECTORY, None).expect("fixture");
    let mut options = SessionOptions::default();
    let flags = SessionFlags {
        app_type: Some(kind.name().to_string()),
        user: (!kind.is_single_user()).then(|| user.to_string()),
        password: (!kind.is_single_user()).then(|| format!("{}-pw", user.to_lowercase())),
        licenses: vec!["4D Write license=1".into(), "4D View license=2".into()],
        ..SessionFlags::default()
    };
    options.apply_flags(&flags).expect("flags");
    options.passwords = USERS
        .iter()
        .map(|u| (u.to_string(), format!("{}-pw", u.to_lowercase())))
        .collect();
    Session::start(&options, directory).expect("login").0
}

fn holders(s: &Session) -> BTreeMap<i64, BTreeSet<i64>> {
    s.plugins()
        .iter()
        .map(|p| (p.id, p.holders.iter().copied().collect()))
        .collect()
}

/// The groups a user is in, transitively, from a set of direct groups
/// (the reference walk of docs/session.md §1.2, cycles allowed).
fn closure(s: &Session, start: &[i64]) -> BTreeSet<i64> {
    let dir = s.directory();
    let mut seen = BTreeSet::new();
    let mut todo: Vec<i64> = start.to_vec();
    while let Some(g) = todo.pop() {
        if !seen.insert(g) {
            continue;
        }
        // Groups that contain g contain its members too.
        for parent in dir.groups() {
            if parent.member_groups.contains(&g) && parent.id != g {
                todo.push(parent.id);
            }
        }
    }
    seen
}

fn apply(s: &mut Session, op: &Op) -> bool {
    match op {
        Op::SetGroupAccess(None) => s.set_group_access(None).is_ok(),
        Op::SetGroupAccess(Some(list)) => {
            let names: Vec<String> = list.iter().map(|&g| GROUPS[g].to_string()).collect();
            s.set_group_access(Some(&names)).is_ok()
        }
        Op::ChangeUser(u, right) => {
            let pw = if *right {
                format!("{}-pw", USERS[*u].to_lowercase())
            } else {
                "wrong".to_string()
            };
            s.change_current_user(UserRef::Name(USERS[*u]), &pw).is_ok()
        }
        Op::SetPluginAccess(p, g) => s.set_plugin_access(PLUGINS[*p], GROUPS[*g]).is_ok(),
        Op::SetAlias(a) => s.set_user_alias(a).is_ok(),
        Op::IsLicenseAvailable(p) => s.is_license_available(Some(PLUGINS[*p])).is_ok(),
        Op::DeleteUser(id) => s.delete_user(*id).is_ok(),
        Op::CreateUser(u) => s
            .set_user_properties(-1, &format!("{}2", USERS[*u]), "", "x", None)
            .is_ok(),
        Op::SetGroupMembers(g, members) => match s.directory().group_id(GROUPS[*g]) {
            Some(id) => {
                let ids: Vec<i64> = members
                    .iter()
                    .map(|&m| {
                        if m < 7 {
                            m as i64 + 1
                        } else {
                            15000 + m as i64 - 6
                        }
                    })
                    .collect();
                s.set_group_properties(id, GROUPS[*g], Some(&ids)).is_ok()
            }
            None => true,
        },
    }
}

fn check_invariants(
    s: &mut Session,
    kind: ApplicationType,
    before_holders: &BTreeMap<i64, BTreeSet<i64>>,
) -> Result<(), TestCaseError> {
    // A licence once held is never released; a pool is never over-subscribed.
    let now = holders(s);
    for (plugin, held) in before_holders {
        prop_assert!(
            held.is_subset(&now[plugin]),
            "a licence of {plugin} was released"
        );
    }
    for p in s.plugins() {
        if let Pool::Count(n) = p.pool {
            prop_assert!(
                p.holders.len() <= n as usize,
                "pool of {} over-subscribed",
                p.id
            );
        }
    }
    // The current account is in exactly the groups its session groups reach.
    let account = s.account();
    let names = s
        .get_group_access()
        .expect("read")
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>();
    let direct: Vec<i64> = names
        .iter()
        .filter_map(|n| s.directory().group_id(n))
        .collect();
    let expected = closure(s, &direct);
    let account_name = s.current_user(1).expect("read").to_string();
    if !s
        .directory()
        .active_user(account)
        .is_some_and(|u| u.deleted)
    {
        for g in s
            .directory()
            .groups()
            .iter()
            .map(|g| (g.id, g.name.clone()))
            .collect::<Vec<_>>()
        {
            let is_in = s.user_in_group(&account_name, &g.1).expect("read");
            prop_assert_eq!(
                is_in,
                expected.contains(&g.0),
                "{} in {}",
                account_name,
                g.1
            );
        }
    }
    // On a server, SET GROUP ACCESS and SET USER ALIAS never take effect.
    if kind == ApplicationType::Server {
        prop_assert_eq!(s.current_user(2).expect("read"), "");
        let on_disk: Vec<String> = s
            .directory()
            .direct_groups(account)
            .map(|g| g.name.clone())
            .collect();
        prop_assert_eq!(names, on_disk);
    }
    Ok(())
}

fn kinds() -> impl Strategy<Value = ApplicationType> {
    prop_oneof![
        Just(ApplicationType::LocalMode),
        Just(ApplicationType::RemoteMode),
        Just(ApplicationType::Server)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn access_control_invariants(kind in kinds(), first in 0..6usize, ops in proptest::collection::vec(op(), 1..40)) {
        let mut s = start(kind, USERS[first]);
        for op in &ops {
            let before = s.describe(DescribeFormat::Json);
            let before_holders = holders(&s);
            let ok = apply(&mut s, op);
            if !ok {
                // A failed call changes nothing.
                prop_assert_eq!(&s.describe(DescribeFormat::Json), &before, "{:?} failed but changed the session", op);
            }
            check_invariants(&mut s, kind, &before_holders)?;
        }
    }

    #[test]
    fn no_password_in_any_description_or_error(kind in kinds(), ops in proptest::collection::vec(op(), 1..20)) {
        let mut s = start(kind, "Ann");
        for op in &ops {
            apply(&mut s, op);
            let text = s.describe(DescribeFormat::Text) + &s.describe(DescribeFormat::Json);
            for u in USERS {
                let pw = format!("{}-pw", u.to_lowercase());
                prop_assert!(!text.contains(&pw), "a password appears in the description");
            }
            if let Err(e) = s.change_current_user(UserRef::Name("Ann"), "secret-attempt") {
                prop_assert!(!e.message.contains("secret-attempt"));
            }
        }
    }
}
