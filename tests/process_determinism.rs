//! fourd's processes interleave deterministically (docs/processes.md): the
//! golden tests of workers exchanging work through CALL WORKER and a signal
//! give the same output on every run — 100 runs each, compared with the
//! blessed `.out` (itself checked against the docs' examples).

use std::path::Path;
use std::process::Command;

fn same_output_100_times(test: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = root.join("tests/golden/commands/process").join(test);
    let expected = std::fs::read_to_string(file.with_extension("out")).expect("the .out file");
    for run in 0..100 {
        let out = Command::new(env!("CARGO_BIN_EXE_fourd"))
            .args(["run", "--color", "never"])
            .arg(&file)
            .output()
            .expect("fourd runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "run {run}: {out:?}");
        assert_eq!(stdout, expected, "run {run} of {test} differs");
    }
}

#[test]
fn worker_exchange_is_deterministic() {
    same_output_100_times("worker_exchange.4dm");
}

#[test]
fn signal_worker_is_deterministic() {
    same_output_100_times("signal_worker.4dm");
}
