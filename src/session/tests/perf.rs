//! The benchmark's hot paths must stay well under a microsecond each (in a release build):
//! `SET GROUP ACCESS` with two names, `User in group(Current user; "admin")` and
//! `Get plugin access`, 200,000 times each.

use super::*;
use std::time::Instant;

const ROUNDS: u32 = 200_000;

fn per_call(label: &str, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..ROUNDS {
        f();
    }
    let ns = start.elapsed().as_nanos() as f64 / f64::from(ROUNDS);
    // Debug builds are several times slower; the bound that matters is the release one.
    let limit = if cfg!(debug_assertions) {
        20_000.0
    } else {
        1_000.0
    };
    assert!(ns < limit, "{label}: {ns:.0} ns per call");
    println!("{label}: {ns:.0} ns per call");
    ns
}

#[test]
fn hot_paths_are_fast() {
    let text = r#"{"users": {"Ann": {}}, "groups": {"admin": {"users": ["Ann"]}, "plugins": {"groups": ["admin"]},
        "other": {}}, "remoteGranters": {"write": "plugins"}}"#;
    let o = options(
        ApplicationType::RemoteMode,
        Some(("Ann", "")),
        &[(WRITE, Pool::Count(1)), (VIEW, Pool::Unlimited)],
    );
    let mut s = Session::start(&o, dir_from(text)).unwrap().0;
    let groups = list(&["admin", "plugins"]);
    per_call("SET GROUP ACCESS", || {
        s.set_group_access(Some(&groups)).unwrap()
    });
    let mut yes = 0u32;
    per_call("User in group(Current user; \"admin\")", || {
        let me = s.current_user(USER_ACCOUNT).unwrap();
        yes += u32::from(s.user_in_group(me, "admin").unwrap());
    });
    assert_eq!(yes, ROUNDS);
    let mut len = 0usize;
    per_call("Get plugin access", || {
        len += s.get_plugin_access(WRITE).unwrap().len()
    });
    assert_eq!(len, 7 * ROUNDS as usize);
}
