//! Tests across the module: no function panics on awkward input, the functions agree
//! with each other, and comparisons of ASCII texts do not allocate.
#![cfg(test)]

use super::*;
use crate::rng::Rng;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::cmp::Ordering;

thread_local! {
    /// Allocations made by the current thread (const-initialised: reading it never
    /// allocates, so the allocator below may use it).
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// The system allocator, counting allocations per thread for [`allocations_in`].
struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to `System`; the counter has no effect on
// the memory handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// How many allocations `f` makes on this thread.
fn allocations_in(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn the_counter_sees_allocations() {
    let n = allocations_in(|| {
        let key = collation_key("Crème");
        assert_eq!(key, "creme");
    });
    assert!(n > 0);
}

#[test]
fn ascii_comparisons_do_not_allocate() {
    let (long, other) = ("x".repeat(1000), "X".repeat(1000));
    let n = allocations_in(|| {
        assert!(text_eq("7", "7"));
        assert!(!text_eq("7", "8"));
        assert!(text_eq("Hello", "hELLO"));
        assert!(!text_eq("Hello", "Help"));
        assert!(text_eq(&long, &other));
        assert!(text_eq("abcdefghij", "@abcde@fghij@"));
        assert!(!text_eq("abcdefghij", "abc@@fg"));
        assert_eq!(text_cmp("abcd", "abc@"), Ordering::Equal);
        assert_eq!(text_cmp("abc", "ABD"), Ordering::Less);
        assert_eq!(char_at("hello", 2), "e");
        assert_eq!(utf16_len("hello"), 5);
        assert_eq!(position("DAY", "Today is the first day", 4, false), (20, 3));
        assert_eq!(position("day", "Today is the first day", 1, true), (3, 3));
        assert_eq!(substring("Emergency", 1, Some(6)), "Emerge");
        assert_eq!(replace_string("abc", "z", "y", None, false), "abc");
    });
    assert_eq!(n, 0);
}

#[test]
fn non_ascii_equality_does_not_allocate() {
    let n = allocations_in(|| {
        assert!(text_eq("Crème brûlée", "CREME BRULEE"));
        assert!(!text_eq("Ñandú", "nandi"));
        assert_eq!(text_cmp("é", "f"), Ordering::Less);
        assert_eq!(char_at("aÄc", 2), "Ä");
    });
    assert_eq!(n, 0);
}

/// Random inputs for the conversions.
impl Rng {
    fn text(&mut self) -> String {
        const ALPHABET: &[char] = &[
            'a', 'B', 'e', 'E', '@', '@', 'ñ', 'Ä', 'ß', 'æ', '😀', '\u{301}', '\u{1}', '.', ',',
            '\'', '-', '+', '1', '9', '0', ' ', ':', '/', 'T', 'Z', 'ﬃ', 'İ', 'ς', 'P',
        ];
        let len = self.next_u64() % 9;
        (0..len).map(|_| *self.pick(ALPHABET)).collect()
    }

    /// A text made mostly of number-format characters.
    fn number_format(&mut self) -> String {
        const ALPHABET: &[char] = &[
            '#', '0', '^', '*', ',', '.', ';', '&', 'x', '$', '/', '5', '1', 'e', '|', ' ', 'é',
        ];
        let len = self.next_u64() % 10;
        (0..len).map(|_| *self.pick(ALPHABET)).collect()
    }
}

const POSITIONS: &[i64] = &[i64::MIN, -1, 0, 1, 2, 3, 4, 5, 9, i64::MAX];

#[test]
fn text_functions_never_panic_and_agree() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let (a, b) = (rng.text(), rng.text());
        let (p, q) = (*rng.pick(POSITIONS), *rng.pick(POSITIONS));
        let len = utf16_len(&a);
        assert_eq!(len, a.encode_utf16().count(), "{a:?}");
        assert_eq!(substring(&a, 1, None), a.as_str());
        assert!(utf16_len(&substring(&a, p, Some(q))) <= len);
        assert!(utf16_len(char_at(&a, p)) <= 1);
        let _ = set_char_at(&a, p, &b);
        let _ = delete_string(&a, p, q);
        let inserted = insert_string(&a, &b, p);
        assert_eq!(utf16_len(&inserted), len + utf16_len(&b), "{a:?} {b:?} {p}");
        for exact in [false, true] {
            let (pos, found) = position(&b, &a, p, exact);
            assert!(
                pos == 0 || pos + found - 1 <= len,
                "{b:?} in {a:?} from {p}"
            );
            let _ = replace_string(&a, &b, "~", Some(q), exact);
        }
        for options in [0, 1, 2, 3, 4, 6, 32, 38, 39] {
            let (pos, found) = crate::conv::position_options(&b, &a, p, options);
            assert!(
                pos == 0 || pos + found - 1 <= len,
                "{b:?} in {a:?} {options}"
            );
        }
        // The default options are the default comparison.
        assert_eq!(
            crate::conv::position_options(&b, &a, p, 6),
            position(&b, &a, p, false),
            "{b:?} in {a:?} from {p}"
        );
        if !a.contains('@') && !b.contains('@') {
            assert_eq!(text_eq(&a, &b), text_cmp(&a, &b) == Ordering::Equal);
            assert_eq!(text_cmp(&a, &b), text_cmp(&b, &a).reverse());
            assert!(text_eq(&a, &a));
            assert_eq!(
                text_eq(&a, &b),
                collation_key(&a) == collation_key(&b),
                "{a:?} {b:?}"
            );
        } else {
            let _ = (text_eq(&a, &b), text_cmp(&a, &b));
        }
        let _ = keyword_match(&a, &b);
    }
}

/// Reads through a text's UTF-16 marks (`UnitMarks`, kept for long non-ASCII
/// texts) give what a scan from the start gives, at every position of long
/// texts mixing one- and two-unit characters, so the marks' 64-unit steps fall
/// inside surrogate pairs too.
#[test]
fn marked_reads_agree_with_scans() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..40 {
        let a: String = (0..rng.next_u64() % 300).map(|_| rng.text()).collect();
        let marks = crate::conv::UnitMarks::new(&a);
        let len = utf16_len(&a);
        assert_eq!(marks.len(), len);
        for i in -1..=len as i64 + 2 {
            assert_eq!(
                crate::conv::char_at_marked(&a, &marks, i),
                char_at(&a, i),
                "{a:?} at {i}"
            );
            let n = Some((i * 7) % 90);
            assert_eq!(
                crate::conv::substring_marked(&a, Some(&marks), i, n),
                substring(&a, i, n),
                "{a:?} from {i}"
            );
        }
    }
}

#[test]
fn conversions_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..20_000 {
        let t = rng.text();
        let _ = parse_num(&t, None);
        let _ = parse_num(&t, Some(","));
        let _ = Date4D::parse_literal(&t);
        let _ = Date4D::from_text(&t);
        let _ = time::parse_literal(&t);
        let _ = time::from_text(&t);
        let x = f64::from_bits(rng.next_u64());
        let _ = (format_real(x), format_json_number(x), format_hex(x, false));
        let _ = format_radix(x, *rng.pick(&[0, 1, 2, 7, 10, 16, 36, 37]));
        let y = *rng.pick(&[x, 0.0, -0.0, 1234.5, -1234.5, 0.29, 1e300, -1e-300]);
        let _ = format_number(y, &rng.number_format());
        let seconds = rng.next_u64() as i64;
        let _ = time::time_string(seconds);
        for code in 0..=12 {
            if let Some((format, blank)) = TimeFormat::from_code(code) {
                let _ = time::format_time(seconds, format, blank);
            }
        }
        let date = Date4D::from_days((rng.next_u64() % 12_000_000) as i64 - 6_000_000);
        let n = *rng.pick(POSITIONS);
        let _ = (
            date.add_days(n),
            date.add_to_date(n, n, n),
            date.days_between(date),
        );
        for code in 0..=12 {
            if let Some((format, blank)) = DateFormat::from_code(code) {
                let _ = date_format::format_date(date, format, blank, seconds);
            }
        }
    }
}

#[test]
fn formats_read_back() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    for _ in 0..5_000 {
        let x = f64::from_bits(rng.next_u64());
        if !x.is_finite() {
            continue;
        }
        let back = parse_num(&format_real(x), None);
        let tolerance = x.abs() * 1e-12;
        // 13 significant digits; subnormals keep fewer.
        assert!(
            (back - x).abs() <= tolerance || x.abs() < 1e-300,
            "{x:e} → {} → {back:e}",
            format_real(x)
        );
        let json = format_json_number(x);
        let back: f64 = json.parse().unwrap_or(f64::NAN);
        assert!((back - x).abs() <= tolerance || x.abs() < 1e-300, "{json}");
    }
    for days in (-600_000..4_000_000).step_by(997) {
        let date = Date4D::from_days(days);
        if date.is_valid() {
            assert_eq!(Date4D::from_text(&date_format::format_ymd(date)), date);
            assert_eq!(Date4D::from_text(&date_format::format_default(date)), date);
            assert_eq!(
                Date4D::parse_literal(&date_format::format_ymd(date)),
                Some(date)
            );
        }
    }
    for seconds in (0..=time::MAX_SECONDS).step_by(7_919_993) {
        let text = time::time_string(seconds);
        assert_eq!(time::parse_literal(&text), Some(seconds), "{text}");
        assert_eq!(time::from_text(&text), seconds, "{text}");
    }
}
