//! What a test run tells: the text report (failures, then the summary line
//! with the time taken), JUnit XML for CI (`--junit FILE`: one testcase per
//! test, the failure's message is its diff) and JSON for tools (`--json`).

use crate::json::write_string;
use std::fmt::Write as _;

/// One test's result.
#[derive(Debug, Clone)]
pub struct TestResult {
    /// The test's path, as found.
    pub name: String,
    pub passed: bool,
    /// Why it failed: diffs, or why its run could not be blessed.
    pub report: String,
    /// Wall-clock seconds the test took.
    pub seconds: f64,
    /// With `--bless`: the expectation files written or removed.
    pub written: Vec<String>,
}

/// The results of a whole run, in the order the tests were found.
#[derive(Debug, Default)]
pub struct Summary {
    pub results: Vec<TestResult>,
    pub seconds: f64,
    pub blessed: bool,
}

impl Summary {
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|r| r.passed).count()
    }

    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }

    /// `78 passed, 1 failed in 2.31s` (`blessed` under `--bless`).
    pub fn line(&self) -> String {
        let verb = if self.blessed { "blessed" } else { "passed" };
        format!(
            "{} {verb}, {} failed in {:.2}s",
            self.passed(),
            self.failed(),
            self.seconds
        )
    }
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            // XML 1.0 has no other control characters.
            c if (c as u32) < 0x20 && c != '\t' && c != '\r' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one `testsuite` named `fourd`, one `testcase` per test (its
/// path), a `failure` whose message and text are the diff.
pub fn junit(summary: &Summary) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let (n, f, t) = (summary.results.len(), summary.failed(), summary.seconds);
    let _ = writeln!(
        out,
        "<testsuites tests=\"{n}\" failures=\"{f}\" errors=\"0\" time=\"{t:.3}\">"
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"fourd\" tests=\"{n}\" failures=\"{f}\" errors=\"0\" skipped=\"0\" time=\"{t:.3}\">"
    );
    for r in &summary.results {
        let name = xml_escape(&r.name);
        let class = std::path::Path::new(&r.name)
            .parent()
            .map(|p| xml_escape(&p.display().to_string()))
            .unwrap_or_default();
        let _ = write!(
            out,
            "    <testcase name=\"{name}\" classname=\"{class}\" time=\"{:.3}\"",
            r.seconds
        );
        if r.passed {
            out.push_str("/>\n");
        } else {
            let message = xml_escape(&r.report);
            let _ = writeln!(
                out,
                ">\n      <failure message=\"{message}\" type=\"mismatch\">{}</failure>\n    </testcase>",
                message.replace("&#10;", "\n")
            );
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn quoted(s: &str) -> String {
    let mut out = String::new();
    write_string(&mut out, s);
    out
}

/// One JSON object: the counts, the time, each test, and the scripts found
/// without expectations.
pub fn json(summary: &Summary, without_expectations: &[String]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\"passed\": {}, \"failed\": {}, \"seconds\": {:.3}, \"tests\": [",
        summary.passed(),
        summary.failed(),
        summary.seconds
    );
    for (i, r) in summary.results.iter().enumerate() {
        let sep = if i == 0 { "\n  " } else { ",\n  " };
        let written: Vec<String> = r.written.iter().map(|w| quoted(w)).collect();
        let _ = write!(
            out,
            "{sep}{{\"name\": {}, \"passed\": {}, \"seconds\": {:.3}, \"report\": {}, \"written\": [{}]}}",
            quoted(&r.name),
            r.passed,
            r.seconds,
            quoted(&r.report),
            written.join(", ")
        );
    }
    out.push_str(if summary.results.is_empty() {
        "]"
    } else {
        "\n]"
    });
    let without: Vec<String> = without_expectations.iter().map(|w| quoted(w)).collect();
    let _ = writeln!(out, ", \"withoutExpectations\": [{}]}}", without.join(", "));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Summary {
        Summary {
            results: vec![
                TestResult {
                    name: "t/a.4dm".into(),
                    passed: true,
                    report: String::new(),
                    seconds: 0.5,
                    written: vec![],
                },
                TestResult {
                    name: "t/b<1>.4dm".into(),
                    passed: false,
                    report: "--- b.out\n- x\n+ y\n".into(),
                    seconds: 0.25,
                    written: vec![],
                },
            ],
            seconds: 1.0,
            blessed: false,
        }
    }

    #[test]
    fn junit_has_one_testcase_per_test_and_the_diff_as_failure() {
        let xml = junit(&sample());
        assert!(xml.contains("<testsuite name=\"fourd\" tests=\"2\" failures=\"1\""));
        assert!(xml.contains("<testcase name=\"t/a.4dm\" classname=\"t\" time=\"0.500\"/>"));
        assert!(xml.contains("<testcase name=\"t/b&lt;1&gt;.4dm\""));
        assert!(xml.contains("message=\"--- b.out&#10;- x&#10;+ y&#10;\""));
        assert!(roxmltree::Document::parse(&xml).is_ok(), "well-formed XML");
    }

    #[test]
    fn json_parses_and_the_line_counts() {
        let s = sample();
        assert_eq!(s.line(), "1 passed, 1 failed in 1.00s");
        let text = json(&s, &["t/new.4dm".to_string()]);
        assert!(crate::json::parse(&text).is_ok(), "{text}");
        assert!(text.contains("\"withoutExpectations\": [\"t/new.4dm\"]"));
    }
}
