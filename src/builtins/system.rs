//! System Environment: the machine a headless fourd runs on, as fixed,
//! documented values (docs/environment.md), so that a run gives the same
//! output everywhere: a Linux system in US English, without a screen, fonts
//! or a desktop. Commands that show a dialog answer as a cancelled dialog,
//! as tool4d's headless dialogs do.

use super::outputs::{fill_text_array, store_arg};
use super::{BResult, Call};
use crate::eval::{Fault, Interp, Value, VarType};
use std::rc::Rc;

/// The machine's and the user's names in a fourd run.
pub const MACHINE_NAME: &str = "fourd";
pub const USER_NAME: &str = "fourd";

/// `Is macOS`: False (fourd runs as tool4d on Linux).
pub fn is_macos(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Bool(false))
}

/// `Is Windows`: False.
pub fn is_windows(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Bool(false))
}

/// `Current machine`: `"fourd"`.
pub fn current_machine(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::text(MACHINE_NAME))
}

/// `Current system user`: `"fourd"`.
pub fn current_system_user(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::text(USER_NAME))
}

/// `System info`: the properties of system-info.md with fixed values: one
/// core, no network interface, no volume.
pub fn system_info(_: &mut Interp, _: &mut Call) -> BResult {
    let props: Vec<(&str, Value)> = vec![
        ("accountName", Value::text(USER_NAME)),
        ("userName", Value::text(USER_NAME)),
        ("machineName", Value::text(MACHINE_NAME)),
        ("osVersion", Value::text("Linux")),
        ("osLanguage", Value::text(crate::xliff::SYSTEM_LANGUAGE)),
        ("processor", Value::text("fourd")),
        ("cores", Value::int(1)),
        ("cpuThreads", Value::int(1)),
        ("model", Value::text("fourd")),
        ("macRosetta", Value::Bool(false)),
        ("physicalMemory", Value::int(0)),
        ("uptime", Value::int(0)),
        ("networkInterfaces", Value::new_collection(Vec::new())),
        ("volumes", Value::new_collection(Vec::new())),
    ];
    Ok(Value::new_object(
        props.into_iter().map(|(k, v)| (Rc::from(k), v)).collect(),
    ))
}

/// `GET SYSTEM FORMAT(format; value)`: US English's (CLDR `en`) separators,
/// currency and patterns; an unknown format gives `""`.
pub fn get_system_format(it: &mut Interp, c: &mut Call) -> BResult {
    let value = match c.int(0) {
        0 => ".",           // Decimal separator
        1 => ",",           // Thousand separator
        2 => "$",           // Currency symbol
        3 => "h:mm a",      // System time short pattern
        4 => "h:mm:ss a",   // System time medium pattern
        5 => "h:mm:ss a z", // System time long pattern
        6 => "M/d/yy",      // System date short pattern
        7 => "MMM d, y",    // System date medium pattern
        8 => "MMMM d, y",   // System date long pattern
        13 => "/",          // Date separator
        14 => ":",          // Time separator
        15 => "2",          // Short date day position
        16 => "1",          // Short date month position
        17 => "3",          // Short date year position
        18 => "AM",         // System time AM label
        19 => "PM",         // System time PM label
        _ => "",
    };
    store_arg(it, c, 1, Value::text(value))?;
    Ok(Value::Undefined)
}

/// `FONT LIST(fonts{; listType}{; *})`: a headless run has no fonts: empty.
pub fn font_list(it: &mut Interp, c: &mut Call) -> BResult {
    fill_text_array(it, c, 0, "FONT LIST", Vec::new())?;
    Ok(Value::Undefined)
}

/// `FONT STYLE LIST(font; styles)`: no fonts, no styles: empty.
pub fn font_style_list(it: &mut Interp, c: &mut Call) -> BResult {
    fill_text_array(it, c, 1, "FONT STYLE LIST", Vec::new())?;
    Ok(Value::Undefined)
}

/// `Screen width`, `Screen height`, `Count screens`, `Menu bar height`,
/// `Menu bar screen`: a headless run has no screen: 0.
pub fn no_screen(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(0))
}

/// `SCREEN COORDINATES(left; top; right; bottom{; screen}{; *})`: no
/// screen: all 0.
pub fn screen_coordinates(it: &mut Interp, c: &mut Call) -> BResult {
    for i in 0..4 {
        store_arg(it, c, i, Value::int(0))?;
    }
    Ok(Value::Undefined)
}

/// `SCREEN DEPTH(depth; color{; screen})`: no screen: 0 and 0.
pub fn screen_depth(it: &mut Interp, c: &mut Call) -> BResult {
    for i in 0..2 {
        store_arg(it, c, i, Value::int(0))?;
    }
    Ok(Value::Undefined)
}

/// `Select RGB color({default{; message}})`: the dialog is cancelled, as
/// tool4d answers dialogs: -1 and `OK` 0 (select-rgb-color.md, Windows).
pub fn select_rgb_color(it: &mut Interp, _: &mut Call) -> BResult {
    it.set_process("OK", Value::int(0), VarType::Integer);
    Ok(Value::int(-1))
}

/// `OPEN COLOR PICKER`, `OPEN FONT PICKER`: palettes for the form object
/// being edited; a headless run has neither, and nothing happens.
pub fn no_palette(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Undefined)
}

/// A window of 4D's Design environment, which a headless run has not
/// (-30012, naming the command).
fn no_design_window(name: &str) -> BResult {
    Err(Fault::unavailable(&format!(
        "{name} (a headless run has no Design environment window)"
    ))
    .into())
}

/// `OPEN SETTINGS WINDOW`: see [`no_design_window`].
pub fn open_settings_window(_: &mut Interp, _: &mut Call) -> BResult {
    no_design_window("OPEN SETTINGS WINDOW")
}

/// `METHOD OPEN PATH`: see [`no_design_window`].
pub fn method_open_path(_: &mut Interp, _: &mut Call) -> BResult {
    no_design_window("METHOD OPEN PATH")
}

/// `SET MACRO PARAMETER`, `GET MACRO PARAMETER`: macros run in the Method
/// editor, which a headless run has not.
pub fn macro_parameter(_: &mut Interp, _: &mut Call) -> BResult {
    no_design_window("The macro commands")
}
