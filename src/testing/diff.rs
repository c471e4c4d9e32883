//! Line diffs between expected and actual output: what a failed test shows
//! (coloured on a terminal: `-` expected in red, `+` actual in green).

/// A line diff: `-` expected, `+` actual, ` ` both (longest common subsequence).
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    if a.len() * b.len() > 4_000_000 {
        return format!(
            "(too long to diff: {} lines expected, {} actual)\n",
            a.len(),
            b.len()
        );
    }
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    let line = |mark: char, s: &str| {
        let s = s
            .strip_suffix('\n')
            .map_or_else(|| format!("{s}⏎ (no newline)"), str::to_string);
        format!("{mark} {s}\n")
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&line(' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&line('-', a[i]));
            i += 1;
        } else {
            out.push_str(&line('+', b[j]));
            j += 1;
        }
    }
    out
}

/// Colours a report's diff lines for a terminal: `-`/`---` red, `+`/`+++` green.
pub fn colorize(report: &str) -> String {
    report
        .split_inclusive('\n')
        .map(|l| {
            let (body, nl) = l.strip_suffix('\n').map_or((l, ""), |b| (b, "\n"));
            if l.starts_with('-') {
                format!("\x1b[31m{body}\x1b[0m{nl}")
            } else if l.starts_with('+') {
                format!("\x1b[32m{body}\x1b[0m{nl}")
            } else {
                l.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changes() {
        assert_eq!(diff("a\nb\nc\n", "a\nx\nc\n"), "  a\n- b\n+ x\n  c\n");
        assert_eq!(diff("a", "a\n"), "- a⏎ (no newline)\n+ a\n");
    }

    #[test]
    fn colours_only_changed_lines() {
        assert_eq!(
            colorize("  a\n- b\n+ x\n"),
            "  a\n\x1b[31m- b\x1b[0m\n\x1b[32m+ x\x1b[0m\n"
        );
    }
}
