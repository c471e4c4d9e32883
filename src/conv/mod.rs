//! 4D's scalar conversions and comparisons as pure functions on `f64`, `&str` and small
//! types of this module; they know nothing of the interpreter's value type.
//!
//! - [`number`]: numbers to text (`String(x)`, `String(x; base)`, `"&x"`, JSON numbers).
//! - [`num`]: text to number (`Num(text{; sep})`).

pub mod num;
pub mod number;

pub use num::parse_num;
pub use number::{format_hex, format_json_number, format_radix, format_real, to_longint};
