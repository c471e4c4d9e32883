//! The call chain of an uncaught error, as the notes of its diagnostic: one
//! line per call, innermost first — with repeats collapsed, so a runaway
//! recursion of 2,000 calls prints a few lines, not 4,000
//! (`… 1,997 more calls of Rec`).

/// How many times a repeated block of calls must occur to be collapsed.
const MIN_REPEATS: usize = 3;
/// The longest cycle looked for (A calls B calls A… is a cycle of 2).
const MAX_PERIOD: usize = 4;

/// One call of the chain: the method's name and its `in NAME (file:line)` line.
pub struct Call {
    pub name: String,
    pub line: String,
}

/// The note lines for a chain: each call, and in place of a block of calls
/// repeated `MIN_REPEATS` times or more, the block once and a count of the rest.
pub fn notes(chain: &[Call]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chain.len() {
        let mut best: Option<(usize, usize)> = None;
        for period in 1..=MAX_PERIOD.min(chain.len() - i) {
            let repeats = repeats_at(chain, i, period);
            if repeats >= MIN_REPEATS && best.is_none_or(|(p, r)| period * repeats > p * r) {
                best = Some((period, repeats));
            }
        }
        match best {
            Some((period, repeats)) => {
                out.extend(chain[i..i + period].iter().map(|c| c.line.clone()));
                let mut names: Vec<&str> = Vec::new();
                for c in &chain[i..i + period] {
                    if !names.contains(&c.name.as_str()) {
                        names.push(&c.name);
                    }
                }
                out.push(format!(
                    "… {} more calls of {}",
                    thousands((repeats - 1) * period),
                    names.join(", ")
                ));
                i += period * repeats;
            }
            None => {
                out.push(chain[i].line.clone());
                i += 1;
            }
        }
    }
    out
}

/// How many times `chain[at..at + period]` occurs in a row from `at`.
fn repeats_at(chain: &[Call], at: usize, period: usize) -> usize {
    let block = &chain[at..at + period];
    let mut n = 1;
    while chain.len() >= at + (n + 1) * period
        && chain[at + n * period..at + (n + 1) * period]
            .iter()
            .zip(block)
            .all(|(a, b)| a.line == b.line)
    {
        n += 1;
    }
    n
}

/// 1995 → `1,995`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, line: u32) -> Call {
        Call {
            name: name.to_string(),
            line: format!("in {name} ({name}.4dm:{line})"),
        }
    }

    #[test]
    fn a_runaway_recursion_is_a_few_lines() {
        let mut chain: Vec<Call> = (0..1999).map(|_| call("Rec", 2)).collect();
        chain.push(call("main", 1));
        assert_eq!(
            notes(&chain),
            [
                "in Rec (Rec.4dm:2)",
                "… 1,998 more calls of Rec",
                "in main (main.4dm:1)"
            ]
        );
    }

    #[test]
    fn cycles_collapse_and_short_chains_stay() {
        let mut chain = Vec::new();
        for _ in 0..10 {
            chain.push(call("A", 3));
            chain.push(call("B", 5));
        }
        assert_eq!(
            notes(&chain),
            [
                "in A (A.4dm:3)",
                "in B (B.4dm:5)",
                "… 18 more calls of A, B"
            ]
        );
        let short = [call("A", 1), call("A", 1), call("main", 1)];
        assert_eq!(notes(&short).len(), 3);
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }
}
