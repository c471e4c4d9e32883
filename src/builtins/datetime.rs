//! Dates and times. The clock is the machine's, in UTC (fourd has no time
//! zone database; a decision, not 4D's behaviour on a local machine).

use super::{BResult, Call};
use crate::conv::{self, Date4D};
use crate::eval::{Interp, Value};
use std::time::{SystemTime, UNIX_EPOCH};

fn now() -> (i64, i64, u128) {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let secs = d.as_secs() as i64;
    (
        secs.div_euclid(86_400),
        secs.rem_euclid(86_400),
        d.as_millis(),
    )
}

pub fn current_date(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Date(Date4D::from_days(now().0)))
}

pub fn current_time(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Time(now().1))
}

pub fn milliseconds(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Real(it.run_millis() as f64))
}

pub fn tickcount(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Real((it.run_millis() * 60 / 1000) as f64))
}

/// `Timestamp`: ISO 8601 with milliseconds, UTC.
pub fn timestamp(_: &mut Interp, _: &mut Call) -> BResult {
    let (days, secs, ms) = now();
    let d = Date4D::from_days(days);
    let (h, m, s) = conv::time::split_hms(secs);
    Ok(Value::text(format!(
        "{:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}.{:03}Z",
        d.year,
        d.month,
        d.day,
        ms % 1000
    )))
}

fn date_arg(c: &Call) -> Date4D {
    match c.value(0) {
        Value::Date(d) => *d,
        _ => Date4D::NULL,
    }
}

pub fn add_to_date(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Date(date_arg(c).add_to_date(
        c.int(1),
        c.int(2),
        c.int(3),
    )))
}

pub fn day_of(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(date_arg(c).day as i64))
}

pub fn month_of(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(date_arg(c).month as i64))
}

pub fn year_of(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(date_arg(c).year as i64))
}

pub fn day_number(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(date_arg(c).day_number() as i64))
}

pub fn time_string(_: &mut Interp, c: &mut Call) -> BResult {
    let secs = match c.value(0) {
        Value::Time(t) => *t,
        Value::Real(x) => *x as i64,
        _ => 0,
    };
    Ok(Value::text(conv::time::time_string(secs)))
}
