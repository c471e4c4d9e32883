//! Golden dumps of the compiled form: `tests/golden-compiled/NAME.4dm` beside
//! `NAME.compiled`, what `fourd ast --compiled NAME.4dm` prints — which
//! specialisation (closure form) every statement and expression of the fast
//! paths gets. A change of specialisation shows here, in review.
//!
//! To update expectations (a new `NAME.4dm`'s first one too), run
//! `FOURD_BLESS=1 cargo test --test golden_compiled` and read the diff.

use std::path::Path;

#[test]
fn compiled_forms_match_their_dumps() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden-compiled");
    let bless = fourd::testing::bless_requested();
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in fourd::project::sorted_entries(&dir) {
        if entry.extension().is_none_or(|e| e != "4dm") {
            continue;
        }
        let expected_path = entry.with_extension("compiled");
        let actual = match fourd::runner::compiled_forms(&entry) {
            Ok(text) => text,
            Err(diags) => {
                let plain: Vec<String> = diags.iter().map(fourd::diag::render_plain).collect();
                failures.push(format!(
                    "{}: does not compile:\n{}",
                    entry.display(),
                    plain.join("\n")
                ));
                continue;
            }
        };
        checked += 1;
        if bless {
            std::fs::write(&expected_path, &actual).expect("write the expected dump");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{} differs from {}:\n--- expected\n{expected}\n--- actual\n{actual}",
                entry.display(),
                expected_path.display()
            ));
        }
    }
    assert!(checked >= 5, "no golden dumps found in {}", dir.display());
    assert!(
        failures.is_empty(),
        "{}\n(update: FOURD_BLESS=1 cargo test --test golden_compiled)",
        failures.join("\n\n")
    );
}
