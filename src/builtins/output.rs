//! Output: `ALERT` and `LOG EVENT` write to the run's stdout/stderr
//! (docs/language.md §20); fourd is headless and never shows a dialog.

use super::{BResult, Call};
use crate::eval::{Interp, Value, display};
use std::io::Write;

/// `Into system standard outputs`.
const STANDARD_OUTPUTS: i64 = 6;
/// `Error message` importance: goes to stderr.
const ERROR_MESSAGE: i64 = 2;

pub fn alert(it: &mut Interp, c: &mut Call) -> BResult {
    let text = display::to_text(c.value(0));
    let _ = writeln!(it.out.stdout, "{text}");
    Ok(Value::Undefined)
}

/// `LOG EVENT({output;} message{; importance})`: writes only for
/// `Into system standard outputs`, as is, without a newline.
pub fn log_event(it: &mut Interp, c: &mut Call) -> BResult {
    let (output, message, importance) = match (c.value(0), c.len()) {
        (Value::Text(_), _) => (0, display::to_text(c.value(0)), c.int(1)),
        (_, 1) => (0, display::to_text(c.value(0)), 0),
        _ => (c.int(0), display::to_text(c.value(1)), c.int(2)),
    };
    if output == STANDARD_OUTPUTS {
        if importance == ERROR_MESSAGE {
            let _ = it.out.stdout.flush();
            let _ = it.out.stderr.write_all(message.as_bytes());
        } else {
            let _ = it.out.stdout.write_all(message.as_bytes());
        }
    }
    Ok(Value::Undefined)
}

/// `TRACE`: there is no debugger to open.
pub fn trace(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Undefined)
}
