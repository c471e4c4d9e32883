//! 4D's scalar conversions and comparisons as pure functions on `f64`, `&str` and small
//! types of this module; they know nothing of the interpreter's value type.
//!
//! - [`compare`]: number `=`, `<=`, `>=` with 4D's ε (`SET REAL COMPARISON LEVEL`).
//! - [`number_to_text`]: numbers to text (`String(x)`, `String(x; base)`, `"&x"`, JSON numbers).
//! - [`number_format`]: `String(x; "###,##0.00")` and the other text number formats.
//! - [`text_to_number`]: text to number (`Num(text{; sep})`).
//! - [`date`]: the [`Date4D`] value, day arithmetic, `Add to date`, `!…!`, `Date(text)`.
//! - [`date_format`]: dates to text (`String(date{; format})`).
//! - [`date_pattern`]: dates and times with ICU patterns (`String(date; "EEEE d MMMM")`).
//! - [`collate`]: text comparison: `=`/`#` with `@`, `< > <= >=`, keyword `%`.
//! - [`text`]: text functions on UTF-16 positions (`Substring`, `Position`, `[[i]]`…).
//! - [`time`]: times as seconds, `?…?`, `Time string`, `String(time; format)`, `Time(text)`.
//! - [`icu_regex`]: ICU regular expressions (`Match regex`) rewritten for `fancy-regex`.
//!
//! `robustness.rs` holds tests across the module: random input never panics, the
//! functions agree with one another, and ASCII comparisons allocate nothing.

pub mod collate;
pub mod compare;
pub mod date;
pub mod date_format;
pub mod date_pattern;
pub mod icu_regex;
pub mod number_format;
pub mod number_to_text;
mod robustness;
pub mod text;
pub mod text_to_number;
pub mod time;

pub use collate::{collation_key, keyword_match, text_cmp, text_eq, text_order, text_order_strict};
pub use compare::{DEFAULT_EPSILON, real_eq, real_ge, real_le};
pub use date::Date4D;
pub use date_format::DateFormat;
pub use number_format::format_number;
pub use number_to_text::{format_hex, format_json_number, format_radix, format_real, to_longint};
pub use text::{
    UnitMarks, char_at, char_at_known, char_at_marked, delete_string, insert_string, position,
    position_options, replace_string, set_char_at, substring, substring_marked, utf16_len,
};
pub use text_to_number::parse_num;
pub use time::TimeFormat;
