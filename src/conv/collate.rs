//! 4D's text comparison (§9.1–9.3): a collation key that ignores case, accents and
//! ignorable control characters; `=`/`#` with the `@` wildcard; `< > <= >=` with the
//! trailing `@`; and the keyword operator `%`. Pure-ASCII texts are compared byte by
//! byte without allocating, since `If ($t[[$i]]="7")` sits on the interpreter's hot path.

use std::cmp::Ordering;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The wildcard of `=`, `#`, `<=`… (§9.2).
const WILDCARD: char = '@';

/// True for the C0 controls that 4D's comparisons ignore: all of U+0000–U+001F except
/// TAB, LF, VT, FF and CR (`commands-legacy/position.md`, "ignorable characters").
pub fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{e}'..='\u{1f}')
}

fn is_ignorable_byte(b: u8) -> bool {
    matches!(b, 0..=8 | 0x0e..=0x1f)
}

/// Letters that 4D's collation reads as two letters (`Position` documents `æ = ae`,
/// `ß = ss`, `œ` in `"Bœuf"`), plus the other full case foldings that are not simple
/// lower-casing. Checked after canonical decomposition and accent removal.
fn expansion(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'ς' => "σ",
        'ſ' => "s",
        _ => return None,
    })
}

/// Feeds the collation key of one character to `emit`: nothing for an ignorable
/// control or a combining mark, otherwise the canonical decomposition without its
/// marks, lower-cased with full case folding (§9.1). Several key characters may come
/// from one character (`"ß"` → `"ss"`).
pub fn fold_char(c: char, emit: &mut impl FnMut(char)) {
    if c.is_ascii() {
        if !is_ignorable(c) {
            emit(c.to_ascii_lowercase());
        }
        return;
    }
    decompose_canonical(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        match expansion(d) {
            Some(text) => text.chars().for_each(&mut *emit),
            None => d.to_lowercase().for_each(&mut *emit),
        }
    });
}

/// The collation key of a text as a `String`: equal keys mean `=` is True, and keys
/// order like `<`. For callers that sort or index many texts and want to fold once.
pub fn collation_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    text.chars()
        .for_each(|c| fold_char(c, &mut |k| key.push(k)));
    key
}

/// The collation key of a text as an iterator, so that comparisons do not allocate.
struct KeyIter<'a> {
    chars: std::str::Chars<'a>,
    /// Key characters of the current source character not yet returned.
    pending: [char; 12],
    start: usize,
    end: usize,
}

impl<'a> KeyIter<'a> {
    fn new(text: &'a str) -> Self {
        KeyIter {
            chars: text.chars(),
            pending: ['\0'; 12],
            start: 0,
            end: 0,
        }
    }
}

impl Iterator for KeyIter<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        while self.start == self.end {
            let c = self.chars.next()?;
            let (buf, mut n) = (&mut self.pending, 0);
            fold_char(c, &mut |k| {
                // No character folds to more than a few; extra ones are dropped
                // rather than risking an out-of-bounds write.
                if let Some(slot) = buf.get_mut(n) {
                    *slot = k;
                    n += 1;
                }
            });
            self.start = 0;
            self.end = n;
        }
        let k = self.pending.get(self.start).copied();
        self.start += 1;
        k
    }
}

/// Both texts are ASCII without ignorable controls: their keys are their bytes
/// lower-cased, one for one.
fn plain_ascii(a: &str, b: &str) -> bool {
    a.is_ascii() && b.is_ascii() && !a.bytes().chain(b.bytes()).any(is_ignorable_byte)
}

/// `left = right` (§9.1–9.2): case- and accent-insensitive; `@` in `right` (only)
/// matches zero or more characters anywhere, several times; `@@` anywhere in `right`
/// makes the result False. `left # right` is its negation.
pub fn text_eq(left: &str, right: &str) -> bool {
    // One ASCII byte against another (`$t[[$i]]="7"`): equal up to case, and
    // an ignorable control byte still equals only itself or an ignorable one.
    if let ([a], [b]) = (left.as_bytes(), right.as_bytes())
        && a.is_ascii()
        && b.is_ascii()
        && *b != b'@'
    {
        return a.eq_ignore_ascii_case(b) || (is_ignorable_byte(*a) && is_ignorable_byte(*b));
    }
    if !right.as_bytes().contains(&b'@') {
        if left.len() == right.len() && left.eq_ignore_ascii_case(right) {
            return true;
        }
        if plain_ascii(left, right) {
            // Same bytes up to ASCII case would have matched above.
            return false;
        }
        return KeyIter::new(left).eq(KeyIter::new(right));
    }
    if right.contains("@@") {
        return false;
    }
    if plain_ascii(left, right) {
        let mut parts = right.as_bytes().split(|&b| b == b'@');
        let (Some(first), Some(last)) = (parts.next(), parts.next_back()) else {
            return false;
        };
        return glob(left.as_bytes(), first, parts, last, |a, b| {
            a.eq_ignore_ascii_case(b)
        });
    }
    let text: Vec<char> = KeyIter::new(left).collect();
    let keys: Vec<Vec<char>> = right
        .split(WILDCARD)
        .map(|segment| KeyIter::new(segment).collect())
        .collect();
    let (Some((first, rest)), Some(last)) = (keys.split_first(), keys.last()) else {
        return false;
    };
    let middle = rest.iter().take(rest.len().saturating_sub(1));
    glob(&text, first, middle.map(Vec::as_slice), last, |a, b| a == b)
}

/// Matches `text` against a pattern cut at its wildcards (`a@b@c` → first `a`, middle
/// `b`, last `c`; there is at least one wildcard): the first segment is a prefix, the
/// last a suffix, the middle ones are found left to right without overlapping — a
/// greedy search is exact for a zero-or-more wildcard.
fn glob<'p, T: 'p>(
    text: &[T],
    first: &[T],
    middle_segments: impl Iterator<Item = &'p [T]>,
    last: &[T],
    eq: impl Fn(&[T], &[T]) -> bool,
) -> bool {
    if first.len() + last.len() > text.len() {
        return false;
    }
    let (head, tail) = text.split_at(first.len());
    let (mut middle, end) = tail.split_at(tail.len() - last.len());
    if !eq(head, first) || !eq(end, last) {
        return false;
    }
    for segment in middle_segments {
        if segment.is_empty() {
            continue;
        }
        match middle.windows(segment.len()).position(|w| eq(w, segment)) {
            Some(i) => middle = &middle[i + segment.len()..],
            None => return false,
        }
    }
    true
}

/// The ordering behind `< > <= >=` (§9.1–9.2), by the collation key, code point by
/// code point. When `right` ends with a single `@` (not `@@`), `left` is cut to the key
/// length of the rest of `right` before comparing (`"abcd" <= "abc@"` is True); any
/// other `@` is an ordinary character here.
pub fn text_cmp(left: &str, right: &str) -> Ordering {
    let prefix = right
        .strip_suffix(WILDCARD)
        .filter(|rest| !rest.ends_with(WILDCARD));
    if plain_ascii(left, right) {
        let l = left.bytes().map(|b| b.to_ascii_lowercase());
        return match prefix {
            Some(p) => l
                .take(p.len())
                .cmp(p.bytes().map(|b| b.to_ascii_lowercase())),
            None => l.cmp(right.bytes().map(|b| b.to_ascii_lowercase())),
        };
    }
    match prefix {
        Some(p) => {
            let n = KeyIter::new(p).count();
            KeyIter::new(left).take(n).cmp(KeyIter::new(p))
        }
        None => KeyIter::new(left).cmp(KeyIter::new(right)),
    }
}

/// The order of texts when sorting (`.sort()`, `.orderBy()`, `SORT ARRAY`): the
/// collation key without any wildcard meaning, so `"abc@"` sorts as the four
/// characters it has.
pub fn text_order(left: &str, right: &str) -> Ordering {
    if plain_ascii(left, right) {
        let l = left.bytes().map(|b| b.to_ascii_lowercase());
        return l.cmp(right.bytes().map(|b| b.to_ascii_lowercase()));
    }
    KeyIter::new(left).cmp(KeyIter::new(right))
}

/// The order of a diacritical (case- and accent-sensitive) sort, as ICU's
/// tertiary strength gives it: texts that are equal without case and accents
/// are ordered unaccented first, then lower case first (`.distinct(ck
/// diacritical)` lists `"a","A","b","B"`; docs/API/CollectionClass.md).
pub fn text_order_strict(left: &str, right: &str) -> Ordering {
    text_order(left, right)
        .then_with(|| accents(left).cmp(&accents(right)))
        .then_with(|| cases(left).cmp(cases(right)))
        .then_with(|| left.cmp(right))
}

/// `Compare strings(a; b; options)`: the order of two texts under the
/// *Strings* options (docs/commands/compare-strings.md). No option is 4D's
/// `<` (neither case nor accents count); `sk strict` (0) counts both; `sk
/// case insensitive` (2) counts accents only, `sk diacritic insensitive` (4)
/// case only; `sk char codes` (1) compares character codes, with `sk case
/// insensitive` for `a-z` only. `sk kana insensitive` and `sk width
/// insensitive` are ignored, as 4D does outside a Japanese data language.
/// `None` is the default (no options).
pub fn compare_with_options(left: &str, right: &str, options: Option<i64>) -> Ordering {
    const CHAR_CODES: i64 = 1;
    const CASE: i64 = 2;
    const DIACRITIC: i64 = 4;
    let Some(options) = options else {
        return text_order(left, right);
    };
    if options & CHAR_CODES != 0 {
        let units = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        let (mut a, mut b) = (units(left), units(right));
        if options & CASE != 0 {
            for u in a.iter_mut().chain(b.iter_mut()) {
                if (u16::from(b'A')..=u16::from(b'Z')).contains(u) {
                    *u += 32;
                }
            }
        }
        return a.cmp(&b);
    }
    let base = text_order(left, right);
    match options & (CASE | DIACRITIC) {
        m if m == CASE | DIACRITIC => base,
        CASE => base.then_with(|| accents(left).cmp(&accents(right))),
        DIACRITIC => base.then_with(|| cases(left).cmp(cases(right))),
        _ => text_order_strict(left, right),
    }
}

/// The lower-cased canonical decomposition, combining marks kept: `"e"` sorts
/// before `"é"` (`e` then U+0301).
fn accents(text: &str) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    text.to_lowercase().nfd().collect()
}

/// One flag per letter: lower case (0) sorts before upper case (1).
fn cases(text: &str) -> impl Iterator<Item = bool> + '_ {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .map(char::is_uppercase)
}

/// True for characters that stay inside a word in every position (§9.3): letters,
/// digits, and combining marks (so that a decomposed `é` does not split a word).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The words of a text by the rule that stands in for Unicode TR29 (§9.3): maximal runs
/// of letters and digits, where `.` or `,` between two digits and an apostrophe (`'`
/// or `’`) between two letters stay inside the word.
pub fn words(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(_, p)| p);
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let joins = match (prev, next) {
            (Some(p), Some(n)) if matches!(c, '.' | ',') => {
                p.is_numeric() && n.is_numeric() && start.is_some()
            }
            (Some(p), Some(n)) if is_apostrophe(c) => {
                p.is_alphabetic() && n.is_alphabetic() && start.is_some()
            }
            _ => false,
        };
        if is_word_char(c) || joins {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            out.push(&text[s..at]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// `text % word` (§9.3): True when `word` is one whole word of `text`, compared as `=`
/// compares; a single trailing `@` accepts any word that starts with the rest
/// (`"Software and Computers" % "comput@"`). A `word` that is empty, or is not exactly
/// one word (several words, a separator, an `@` elsewhere) gives False.
pub fn keyword_match(text: &str, word: &str) -> bool {
    let (stem, prefix) = match word.strip_suffix(WILDCARD) {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    if words(stem) != [stem] {
        return false;
    }
    let stem_len = KeyIter::new(stem).count();
    words(text).into_iter().any(|candidate| {
        if prefix {
            let mut c = KeyIter::new(candidate);
            KeyIter::new(stem).all(|k| c.next() == Some(k)) && stem_len > 0
        } else {
            KeyIter::new(candidate).eq(KeyIter::new(stem))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering::{Equal, Greater, Less};

    /// docs/commands/compare-strings.md, Example 1, and the options' table.
    #[test]
    fn compare_strings_options() {
        let (a, b) = (
            "alpha Bravo charlie Delta Echo Fox-Trot",
            "Alpha Bravo Charlie Delta Echo Fox-Trot",
        );
        assert_eq!(compare_with_options(a, b, Some(1)), Greater);
        assert_eq!(compare_with_options(a, b, Some(1 + 2)), Equal);
        assert_eq!(compare_with_options(a, b, None), Equal);
        // "A" is the same as "a", but "a" is not the same as "à" (sk case insensitive).
        assert_eq!(compare_with_options("A", "a", Some(2)), Equal);
        assert_ne!(compare_with_options("a", "à", Some(2)), Equal);
        // "a" is the same as "à" (sk diacritic insensitive); case counts.
        assert_eq!(compare_with_options("a", "à", Some(4)), Equal);
        assert_ne!(compare_with_options("a", "A", Some(4)), Equal);
        assert_eq!(compare_with_options("ete", "été", None), Equal);
        assert_ne!(compare_with_options("ete", "été", Some(0)), Equal);
        // Char codes with case insensitivity: only a-z (Alpha = alpha, Alpha # âlphà).
        assert_eq!(compare_with_options("Alpha", "alpha", Some(1 + 2)), Equal);
        assert_ne!(compare_with_options("Alpha", "âlphà", Some(1 + 2)), Equal);
        assert_eq!(compare_with_options("b", "a", None), Greater);
        assert_eq!(compare_with_options("a", "B", Some(0)), Less);
    }

    #[test]
    fn case_and_accents_docs() {
        assert!(text_eq("a", "A"));
        assert!(text_eq("n", "ñ"));
        assert!(text_eq("n", "Ñ"));
        assert!(text_eq("A", "å"));
        assert!(text_eq("abc", "abc"));
        assert!(!text_eq("abc", "abd"));
        assert!(text_eq("Crème brûlée", "CREME BRULEE"));
        // A decomposed accent equals the precomposed one.
        assert!(text_eq("e\u{301}", "é"));
        assert!(text_eq("Straße", "STRASSE"));
        assert!(text_eq("Æon", "aeon"));
        assert!(text_eq("ﬁle", "FILE"));
        assert!(text_eq("ΣΟΦΟΣ", "σοφος"));
        assert!(text_eq("", ""));
        assert!(!text_eq("", "a"));
        assert!(!text_eq("a", ""));
    }

    #[test]
    fn one_ascii_byte_fast_path_agrees_with_the_keys() {
        for a in 0u8..128 {
            for b in (0u8..128).filter(|&b| b != b'@') {
                let (a, b) = ((a as char).to_string(), (b as char).to_string());
                let by_keys = KeyIter::new(&a).eq(KeyIter::new(&b));
                assert_eq!(text_eq(&a, &b), by_keys, "{a:?} = {b:?}");
            }
        }
    }

    #[test]
    fn ignorable_controls() {
        assert!(text_eq("a\u{1}b", "ab"));
        assert!(text_eq("ab", "\u{0}a\u{1f}b"));
        assert!(!text_eq("a\tb", "ab"));
        assert!(!text_eq("a\rb", "ab"));
        assert!(text_eq("ñ\u{1}", "N"));
        assert_eq!(text_cmp("a\u{1}b", "ab"), Equal);
    }

    #[test]
    fn wildcard_docs() {
        assert!(text_eq("abcdefghij", "abc@"));
        assert!(!text_eq("abc@", "abcdefghij"));
        assert!(text_eq("abcdefghij", "abcdefghij@"));
        assert!(text_eq("abcdefghij", "@abcdefghij"));
        assert!(text_eq("abcdefghij", "abcd@efghij"));
        assert!(text_eq("abcdefghij", "@abcdefghij@"));
        assert!(text_eq("abcdefghij", "@abcde@fghij@"));
        assert!(!text_eq("abcdefghij", "abc@@fg"));
        assert!(!text_eq("abc", "@@"));
        // The docs' "last character is @" pitfall: any one character equals "@".
        assert!(text_eq("x", "@"));
        assert!(text_eq("", "@"));
    }

    #[test]
    fn wildcard_edges() {
        assert!(text_eq("ABCDEF", "a@f"));
        assert!(!text_eq("abc", "abc@d"));
        assert!(!text_eq("abab", "ab@ab@ab"));
        assert!(text_eq("ababab", "ab@ab@ab"));
        assert!(text_eq("aXbXc", "@b@"));
        assert!(!text_eq("aXc", "@b@"));
        assert!(text_eq("abc", "a@b@c"));
        assert!(!text_eq("ab", "a@b@c"));
        assert!(text_eq("Ärger", "a@"));
        assert!(text_eq("Ñandú", "@ANDU"));
        assert!(text_eq("Straße", "stras@"));
        assert!(text_eq("a@b", "a@b"));
        assert!(text_eq("a\u{1}bc", "ab@"));
        assert!(!text_eq("bc", "a@"));
        // `@` then an ignorable then `@`: not two consecutive wildcards in the text.
        assert!(text_eq("abc", "a@\u{1}@c"));
    }

    #[test]
    fn ordering_docs() {
        assert_eq!(text_cmp("abd", "abc"), Greater);
        assert_eq!(text_cmp("abc", "abc"), Equal);
        assert_eq!(text_cmp("abc", "abd"), Less);
        assert_ne!(text_cmp("abcd", "abc@"), Greater); // "abcd" <= "abc@"
        assert_eq!(text_cmp("abcd", "abc@"), Equal);
    }

    #[test]
    fn ordering_edges() {
        assert_eq!(text_cmp("a", "B"), Less);
        assert_eq!(text_cmp("B", "a"), Greater);
        assert_eq!(text_cmp("a", "A"), Equal);
        assert_eq!(text_cmp("é", "e"), Equal);
        assert_eq!(text_cmp("é", "f"), Less);
        assert_eq!(text_cmp("", "a"), Less);
        assert_eq!(text_cmp("ab", "abc"), Less);
        assert_eq!(text_cmp("ab", "abc@"), Less);
        assert_eq!(text_cmp("abz", "abc@"), Greater);
        assert_eq!(text_cmp("ÄBZ", "abc@"), Greater);
        assert_eq!(text_cmp("xyz", "@"), Equal);
        // `@@` at the end, or `@` inside, are ordinary characters.
        assert_eq!(text_cmp("abc@@", "abc@@"), Equal);
        assert_eq!(text_cmp("abcd", "abc@@"), Greater);
        assert_eq!(text_cmp("abcd", "ab@d"), Greater);
        assert_eq!(text_cmp("Straßen", "strass@"), Equal);
        assert_eq!(text_cmp("😀", "a"), Greater);
    }

    #[test]
    fn keywords_docs() {
        assert!(keyword_match("Alpha Bravo", "Bravo"));
        assert!(!keyword_match("Alpha Bravo", "ravo"));
        assert!(keyword_match("Alpha Bravo Charlie", "Bravo"));
        assert!(!keyword_match("Alpha Bravo Charlie", "vo"));
        assert!(!keyword_match("Alpha Bravo Charlie", "Alpha Bravo"));
        assert!(keyword_match("Alpha,Bravo,Charlie", "Alpha"));
        assert!(keyword_match("Software and Computers", "comput@"));
    }

    #[test]
    fn keyword_edges() {
        assert!(keyword_match("Today's news", "today's"));
        assert!(!keyword_match("Today's news", "today"));
        assert!(keyword_match("Today’s news", "today’s"));
        assert!(keyword_match("pi is 3.14 and 1,000", "3.14"));
        assert!(keyword_match("pi is 3.14 and 1,000", "1,000"));
        assert!(!keyword_match("pi is 3.14", "3"));
        assert!(keyword_match("end. 3", "3"));
        assert!(keyword_match("well-known", "known"));
        assert!(keyword_match("CAFÉ noir", "cafe"));
        assert!(keyword_match("cafe\u{301} noir", "CAFÉ"));
        assert!(keyword_match("Ñandú", "nandu"));
        assert!(!keyword_match("Alpha", ""));
        assert!(!keyword_match("Alpha", "@"));
        assert!(!keyword_match("Alpha", "@pha"));
        assert!(!keyword_match("Alpha", "Al@ha"));
        assert!(!keyword_match("", "Alpha"));
        assert!(keyword_match("x 😀 y", "y"));
        assert!(!keyword_match("x 😀 y", "😀"));
        assert!(keyword_match("Αλφα βήτα", "ΒΗΤΑ"));
    }

    #[test]
    fn word_splitting() {
        assert_eq!(words("Alpha, Bravo."), ["Alpha", "Bravo"]);
        assert_eq!(words("3.14,x 1,000."), ["3.14", "x", "1,000"]);
        assert_eq!(words("'quoted' it's"), ["quoted", "it's"]);
        assert_eq!(words(""), Vec::<&str>::new());
        assert_eq!(words("..."), Vec::<&str>::new());
    }

    #[test]
    fn keys() {
        assert_eq!(collation_key("Crème Brûlée"), "creme brulee");
        assert_eq!(collation_key("Straße\u{1}"), "strasse");
        assert_eq!(collation_key("İ"), "i");
        assert_eq!(collation_key("Œuvre"), "oeuvre");
        assert_eq!(collation_key("😀A"), "😀a");
        assert_eq!(collation_key("한"), "\u{1112}\u{1161}\u{11ab}");
    }
}
