//! 4D's regular expressions are ICU's (`docs/commands/match-regex.md` points to
//! ICU's user guide). fourd runs them with `fancy-regex`, which has what ICU
//! patterns use beyond the `regex` crate (look-around, back-references,
//! atomic groups and possessive quantifiers, `\G`, `\Z`, `\R`). Where the two
//! syntaxes read the same text differently, the pattern is rewritten first:
//!
//! | ICU | meaning | written for fancy-regex as |
//! |---|---|---|
//! | `$` (outside a class) | end of input, or before a line break that ends it | `(?:$\|(?=…\z))` |
//! | `\h`, `\H` | horizontal white space (tab, `\p{Zs}`) | a class (in fancy-regex `\h` is a hex digit) |
//! | `\v`, `\V` | vertical white space | a class (in the `regex` crate `\v` is U+000B) |
//! | `\Q…\E` | quoted text | each character escaped |
//! | `\cX` | a control character | `\x{..}` |
//! | `\0ooo` | an octal character | `\x{..}` |
//!
//! Not supported (the pattern fails with an error naming them): `\N{name}`,
//! `\X`, the `(?w)` flag, `\H`/`\V` inside a class. The one difference left is
//! `.`, which in ICU stops at every line break (`\r`, U+2028…) and here only
//! at `\n`.

/// ICU's line terminators, as a class body.
const LINE_BREAKS: &str = r"\n\x0B\x0C\r\x{85}\x{2028}\x{2029}";
/// ICU's horizontal white space, as a class body.
const HORIZONTAL: &str = r"\t\p{Zs}";

/// Rewrites an ICU pattern for fancy-regex, or says which ICU feature it
/// uses that fourd does not have.
pub fn translate(pattern: &str) -> Result<String, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut i = 0;
    // Depth of `[…]` classes (ICU nests them: `[a-z&&[^aeiou]]`).
    let mut class = 0usize;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&e) = chars.get(i + 1) else {
                    return Err("a pattern cannot end with \\".into());
                };
                i += 2;
                match e {
                    'h' | 'v' | 'H' | 'V' => {
                        let body = if e.eq_ignore_ascii_case(&'h') {
                            HORIZONTAL
                        } else {
                            LINE_BREAKS
                        };
                        let negated = e.is_ascii_uppercase();
                        match (class > 0, negated) {
                            (true, false) => out.push_str(body),
                            (true, true) => {
                                return Err(format!("\\{e} inside a [set] is not supported"));
                            }
                            (false, false) => out.push_str(&format!("[{body}]")),
                            (false, true) => out.push_str(&format!("[^{body}]")),
                        }
                    }
                    'Q' => {
                        // Quoted up to \E (or the end).
                        while i < chars.len() {
                            if chars[i] == '\\' && chars.get(i + 1) == Some(&'E') {
                                i += 2;
                                break;
                            }
                            push_literal(&mut out, chars[i]);
                            i += 1;
                        }
                    }
                    'E' => {}
                    'c' => {
                        let Some(&x) = chars.get(i) else {
                            return Err("\\c needs a character".into());
                        };
                        i += 1;
                        out.push_str(&format!("\\x{{{:X}}}", (x as u32) & 0x1F));
                    }
                    '0' => {
                        let mut value = 0u32;
                        let mut n = 0;
                        while n < 3 && i < chars.len() && ('0'..='7').contains(&chars[i]) {
                            value = value * 8 + chars[i] as u32 - '0' as u32;
                            i += 1;
                            n += 1;
                        }
                        out.push_str(&format!("\\x{{{value:X}}}"));
                    }
                    'N' if chars.get(i) == Some(&'{') => {
                        return Err("\\N{name} is not supported".into());
                    }
                    'X' => return Err("\\X (grapheme clusters) is not supported".into()),
                    _ => {
                        out.push('\\');
                        out.push(e);
                    }
                }
                continue;
            }
            '[' => {
                class += 1;
                out.push('[');
                // `[^]…]` and `[]…]`: a `]` first is a literal.
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i + 1) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(']');
            }
            '$' if class == 0 => {
                out.push_str(&format!("(?:$|(?=(?:\\r\\n|[{LINE_BREAKS}])\\z))"));
            }
            '(' if class == 0 && chars.get(i + 1) == Some(&'?') => {
                // Flags: ICU's `w` (word boundaries by UAX #29) has no equivalent.
                let flags: String = chars[i + 2..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic() || **c == '-')
                    .collect();
                if flags.contains('w') {
                    return Err("the (?w) flag is not supported".into());
                }
                out.push('(');
            }
            _ => out.push(c),
        }
        i += 1;
    }
    Ok(out)
}

/// A character as a literal of the pattern.
fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_punctuation() || c == ' ' {
        out.push('\\');
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        let re = fancy_regex::Regex::new(&translate(pattern).expect("translates")).expect("valid");
        re.is_match(text).expect("runs")
    }

    #[test]
    fn icu_escapes_mean_what_icu_says() {
        assert!(matches(r"a\hb", "a\tb") && matches(r"a\hb", "a b") && !matches(r"a\hb", "a1b"));
        assert!(matches(r"^\H+$", "abc") && !matches(r"^\H+$", "a c"));
        assert!(matches(r"a\vb", "a\nb") && matches(r"a\vb", "a\u{2028}b"));
        assert!(matches(r"[\h,]+x", " , x"));
        assert!(matches(r"\Qa.b*c\E", "xa.b*c") && !matches(r"\Qa.b*c\E", "aXbbc"));
        assert!(matches(r"\cA", "\u{1}") && matches(r"\0101", "A"));
        assert!(translate(r"\X").is_err() && translate(r"(?w)\b").is_err());
    }

    #[test]
    fn dollar_also_matches_before_a_final_line_break() {
        assert!(matches(r"^abc$", "abc") && matches(r"^abc$", "abc\n"));
        assert!(!matches(r"^abc$", "abc\nx") && matches(r"[$]", "$"));
        assert!(matches(r"(?m)^b$", "a\nb\nc"));
    }

    #[test]
    fn what_fancy_regex_already_shares_with_icu() {
        assert!(matches(r"(\w+) \1", "hello hello"));
        assert!(matches(r"(?<=\$)\d+", "$42") && !matches(r"(?<!\$)\b\d+", "$42"));
        assert!(matches(r"a(?=b)", "ab") && !matches(r"a(?!b)b", "ab"));
        assert!(matches(r"^a++b$", "aab") && !matches(r"^a++a$", "aaa"));
        assert!(matches(r"(?i)ÉTÉ", "été") && matches(r"\x{e9}", "é") && matches(r"\p{Lu}", "É"));
        assert!(matches(r"[a-z&&[^aeiou]]", "b") && !matches(r"^[a-z&&[^aeiou]]$", "a"));
        assert!(matches(r"[]a]", "]") && matches(r"a\Z", "a\n"));
    }
}
