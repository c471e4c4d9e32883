//! 4D Environment: what 4D says about itself and the project it runs —
//! `Application version`, `Application info`, `Version type`, `Structure
//! file`, `Data file`, `Application file`, `COMPONENT LIST`, `QUIT 4D`, and the
//! database parameters. fourd answers as a headless 4D 21 on Linux would
//! (tool4d), with values that do not change from run to run where 4D's would
//! (docs/environment.md lists them).

use super::outputs::{fill_text_array, store_arg};
use super::{BResult, Call};
use crate::eval::{Fault, Interp, Value};
use crate::session::ApplicationType;
use std::collections::HashMap;
use std::rc::Rc;

/// The 4D version fourd follows: 4D 21 (`"2100"`: version 21, R0, revision 0).
pub const SHORT_VERSION: &str = "2100";
/// `Application version(*)`: a final version ("F"), internal number 000.
pub const LONG_VERSION: &str = "F0002100";

/// `Application version({buildNum}{; *})`: `"2100"`, or `"F0002100"` with `*`;
/// `buildNum` gets 0 (fourd has no 4D build).
pub fn application_version(it: &mut Interp, c: &mut Call) -> BResult {
    store_arg(it, c, 0, Value::int(0))?;
    Ok(Value::text(if c.star {
        LONG_VERSION
    } else {
        SHORT_VERSION
    }))
}

/// `Version type`: `64 bit version` (1), neither demo nor merged.
pub fn version_type(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(1))
}

/// `Application info`: the properties of application-info.md for the
/// session's kind of application; no load, no network traffic, headless.
pub fn application_info(it: &mut Interp, _: &mut Call) -> BResult {
    let kind = it.session.kind();
    let uptime = it.started.elapsed().as_secs() as i64;
    let allowed = !it.native_state.get::<RemoteConnections>().rejected;
    let mut props: Vec<(&str, Value)> = vec![
        ("launchedAsService", Value::Bool(false)),
        ("cpuUsage", Value::int(0)),
        ("uptime", Value::int(uptime)),
        ("headless", Value::Bool(true)),
        ("pid", Value::int(i64::from(std::process::id()))),
        ("networkInputThroughput", Value::int(0)),
        ("networkOutputThroughput", Value::int(0)),
        ("SDIMode", Value::Bool(false)),
        ("useFluentUI", Value::Bool(false)),
        ("canUseFluentUI", Value::Bool(false)),
    ];
    if matches!(kind, ApplicationType::RemoteMode | ApplicationType::Server) {
        props.push(("portID", Value::int(19813)));
        props.push(("TLSEnabled", Value::Bool(false)));
        props.push(("useLegacyNetworkLayer", Value::Bool(false)));
    }
    if kind == ApplicationType::Server {
        props.push(("useQUICNetworkLayer", Value::Bool(false)));
        props.push(("newConnectionsAllowed", Value::Bool(allowed)));
        props.push(("IPAddressesToListen", Value::new_collection(Vec::new())));
        props.push(("IPAddressesAllowDeny", Value::new_collection(Vec::new())));
    }
    Ok(Value::new_object(
        props.into_iter().map(|(k, v)| (Rc::from(k), v)).collect(),
    ))
}

/// Whether `REJECT NEW REMOTE CONNECTIONS(True)` ran.
#[derive(Default)]
struct RemoteConnections {
    rejected: bool,
}

/// `REJECT NEW REMOTE CONNECTIONS(reject)`: recorded, and shown by
/// `Application info` on 4D Server; fourd accepts no connections anyway.
pub fn reject_new_remote_connections(it: &mut Interp, c: &mut Call) -> BResult {
    it.native_state.get::<RemoteConnections>().rejected = matches!(c.value(0), Value::Bool(true));
    Ok(Value::Undefined)
}

/// The project's root folder, or the folder of the file that runs.
fn root(it: &Interp) -> std::path::PathBuf {
    it.program
        .root
        .clone()
        .map(|r| std::path::absolute(&r).unwrap_or(r))
        .unwrap_or_default()
}

/// Only the name of a file in remote mode (structure-file.md, data-file.md).
fn path_or_name(it: &Interp, path: std::path::PathBuf) -> Value {
    let text = if it.session.kind() == ApplicationType::RemoteMode {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        path.to_string_lossy().into_owned()
    };
    Value::text(text)
}

/// `Structure file({*})`: the project's `Project/NAME.4DProject` (the first
/// one there; for a file or folder that is no project, `Project/FOLDER.4DProject`
/// under its folder, which need not exist *(fourd's choice)*); the name only
/// in remote mode. fourd loads no components, so `*` changes nothing.
pub fn structure_file(it: &mut Interp, _: &mut Call) -> BResult {
    let root = root(it);
    let project = root.join("Project");
    let found = crate::project::sorted_entries(&project)
        .into_iter()
        .find(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("4DProject"))
        });
    let path = found.unwrap_or_else(|| {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "project".into());
        project.join(format!("{name}.4DProject"))
    });
    Ok(path_or_name(it, path))
}

/// `Data file`: `Data/data.4DD` in the project folder, a project's default
/// data file; fourd opens none (the database is in memory), so it need not
/// exist. The name only in remote mode.
pub fn data_file(it: &mut Interp, _: &mut Call) -> BResult {
    let path = root(it).join("Data").join("data.4DD");
    Ok(path_or_name(it, path))
}

/// `Application file`: the fourd program that runs.
pub fn application_file(it: &mut Interp, _: &mut Call) -> BResult {
    let exe = std::env::current_exe().unwrap_or_default();
    Ok(path_or_name(it, exe))
}

/// `COMPONENT LIST(names)`: fourd loads no components: the array is empty.
pub fn component_list(it: &mut Interp, c: &mut Call) -> BResult {
    fill_text_array(it, c, 0, "COMPONENT LIST", Vec::new())?;
    Ok(Value::Undefined)
}

/// `Is data file locked`: False; fourd's data is in memory and writable.
pub fn is_data_file_locked(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Bool(false))
}

/// `QUIT 4D({time})`: the method that called it runs to its end; then the
/// run stops, `On Exit` runs (if it has not yet), and fourd exits with status
/// 0, as tool4d does (quit-4d.md). `time` is for 4D Server and ignored.
pub fn quit_4d(it: &mut Interp, _: &mut Call) -> BResult {
    it.request_quit();
    Ok(Value::Undefined)
}

/// A command that would change or restart the application: a run of fourd
/// is one project run once; -30012, naming the command.
fn not_in_a_run(name: &str) -> BResult {
    Err(Fault::unavailable(&format!(
        "{name} (a fourd run cannot restart, reopen or build the application)"
    ))
    .into())
}

/// `RESTART 4D`: see [`not_in_a_run`].
pub fn restart_4d(_: &mut Interp, _: &mut Call) -> BResult {
    not_in_a_run("RESTART 4D")
}

/// `OPEN DATABASE`: see [`not_in_a_run`].
pub fn open_database(_: &mut Interp, _: &mut Call) -> BResult {
    not_in_a_run("OPEN DATABASE")
}

/// `RELOAD PROJECT`: see [`not_in_a_run`].
pub fn reload_project(_: &mut Interp, _: &mut Call) -> BResult {
    not_in_a_run("RELOAD PROJECT")
}

/// `BUILD APPLICATION`: see [`not_in_a_run`] (it needs 4D's compiler too).
pub fn build_application(_: &mut Interp, _: &mut Call) -> BResult {
    not_in_a_run("BUILD APPLICATION")
}

/// `SET UPDATE FOLDER`: see [`not_in_a_run`].
pub fn set_update_folder(_: &mut Interp, _: &mut Call) -> BResult {
    not_in_a_run("SET UPDATE FOLDER")
}

/// `OPEN DATA FILE`: see [`not_in_a_run`].
pub fn open_data_file(_: &mut Interp, _: &mut Call) -> BResult {
    not_in_a_run("OPEN DATA FILE")
}

// ---------------------------------------------------------------------------
// Database parameters

/// A database parameter fourd knows: its selector, its value when nothing
/// set it, and whether `SET DATABASE PARAMETER` may change it.
struct Param {
    selector: i64,
    default: Default,
    settable: bool,
}

enum Default {
    Number(f64),
    Text(&'static str),
}

const fn num(selector: i64, default: f64) -> Param {
    Param {
        selector,
        default: Default::Number(default),
        settable: true,
    }
}

const fn text(selector: i64, default: &'static str) -> Param {
    Param {
        selector,
        default: Default::Text(default),
        settable: true,
    }
}

const fn read_only(selector: i64, default: f64) -> Param {
    Param {
        selector,
        default: Default::Number(default),
        settable: false,
    }
}

/// Selectors of the *Database Parameters* theme with their documented
/// defaults (docs/commands/get-database-parameter.md). Logs, servers and
/// caches do not exist in fourd: their values are kept and returned, and
/// change nothing.
const PARAMS: &[Param] = &[
    num(13, 0.0),          // 4D Server timeout
    num(14, 0.0),          // 4D Remote mode timeout
    num(15, 80.0),         // Port ID
    num(22, 80.0),         // Client port ID
    num(28, 0.0),          // 4D Server log recording
    num(30, 0.0),          // Client Web log recording
    num(34, 0.0),          // Debug log recording
    num(35, 19813.0),      // Client Server port ID
    num(39, 443.0),        // HTTPS Port ID
    num(40, 443.0),        // Client HTTPS port ID
    num(43, 0.0),          // SQL Autocommit
    num(44, 1.0),          // SQL Engine case sensitivity
    num(45, 0.0),          // Client log recording
    num(46, 0.0),          // Query by formula on server
    num(47, 0.0),          // Order by formula on server
    num(48, 0.0),          // Auto synchro resources folder
    num(49, 0.0),          // Query by formula joins
    num(54, 20.0),         // Idle connections timeout
    text(55, "127.0.0.1"), // PHP interpreter IP address
    num(56, 8002.0),       // PHP interpreter port
    text(64, ""),          // SSL cipher list
    num(66, 0.0),          // Cache unload minimum size
    num(69, 3.0),          // Direct2D status (Direct2D software)
    read_only(74, 0.0),    // Direct2D get active status: none on Linux
    num(79, 0.0),          // Diagnostic log recording
    text(80, ""),          // Log command list
    num(81, 0.0),          // Spellchecker
    num(85, 2.0),          // Dates inside objects: Date type
    num(87, 0.0),          // Use legacy network layer
    num(88, 19812.0),      // SQL Server Port ID
    num(90, 50.0),         // Circular log limitation
    num(92, 0.0),          // Number of formulas in cache
    Param {
        selector: 94,
        default: Default::Text(""),
        settable: false,
    }, // OpenSSL version
    num(95, 0.0),          // Cache flush periodicity
    num(98, 172800.0),     // Remote connection sleep timeout
    num(101, 1.0),         // Tips enabled
    num(102, 45.0),        // Tips delay (ticks)
    num(103, 720.0),       // Tips duration (ticks)
    num(110, 0.0),         // SMTP Log
    num(111, 0.0),         // Current process debug log recording
    read_only(112, 1.0),   // Is current database a project
    read_only(113, 1.0),   // Is host database a project
    Param {
        selector: 114,
        default: Default::Text(""),
        settable: false,
    }, // Libldap version
    Param {
        selector: 115,
        default: Default::Text(""),
        settable: false,
    }, // Libsasl version
    num(116, 0.0),         // POP3 Log
    read_only(117, 1.0),   // Is host database writable
    num(119, 0.0),         // IMAP Log
    Param {
        selector: 120,
        default: Default::Text(""),
        settable: false,
    }, // Libzip version
    num(121, 0.0),         // Pause logging
];

/// `User param value`: the `--user-param` text.
const USER_PARAM_VALUE: i64 = 108;
/// `Dates inside objects` and `Times inside objects`: fourd keeps dates as
/// dates and times as milliseconds in objects (docs/language.md §14), and cannot
/// do otherwise.
const DATES_INSIDE_OBJECTS: i64 = 85;
const TIMES_INSIDE_OBJECTS: i64 = 109;
const TIMES_IN_MILLISECONDS: f64 = 1.0;

/// The values `SET DATABASE PARAMETER` gave.
#[derive(Default)]
struct Parameters {
    set: HashMap<i64, Value>,
}

/// `Get database parameter({table;} selector{; stringValue})`: the value,
/// as a number, with a text value in `stringValue` (0 is returned then); an
/// unknown selector gives 0.
pub fn get_database_parameter(it: &mut Interp, c: &mut Call) -> BResult {
    let selector = c.int(0);
    let value = if selector == USER_PARAM_VALUE {
        Value::text(it.user_param.as_str())
    } else if selector == TIMES_INSIDE_OBJECTS {
        Value::Real(TIMES_IN_MILLISECONDS)
    } else if let Some(v) = it.native_state.get::<Parameters>().set.get(&selector) {
        v.clone()
    } else {
        match PARAMS
            .iter()
            .find(|p| p.selector == selector)
            .map(|p| &p.default)
        {
            Some(Default::Number(x)) => Value::Real(*x),
            Some(Default::Text(t)) => Value::text(*t),
            None => Value::Real(0.0),
        }
    };
    match value {
        Value::Text(_) => {
            store_arg(it, c, 1, value)?;
            Ok(Value::Real(0.0))
        }
        v => Ok(v),
    }
}

/// `SET DATABASE PARAMETER({table;} selector; value)`: keeps the value for
/// `Get database parameter`. `User param value` is for the next session
/// (the page), so it does not change this one's; read-only selectors are
/// left as they are; asking dates or times inside objects to be stored
/// otherwise than fourd stores them is -30012.
pub fn set_database_parameter(it: &mut Interp, c: &mut Call) -> BResult {
    let selector = c.int(0);
    let value = c.value(1).clone();
    let fixed = match selector {
        DATES_INSIDE_OBJECTS => Some(2.0),
        TIMES_INSIDE_OBJECTS => Some(TIMES_IN_MILLISECONDS),
        _ => None,
    };
    if let Some(f) = fixed {
        if !matches!(value, Value::Real(x) if x == f) {
            return Err(
                Fault::unavailable("storing dates or times inside objects another way").into(),
            );
        }
        return Ok(Value::Undefined);
    }
    let settable = PARAMS
        .iter()
        .find(|p| p.selector == selector)
        .is_none_or(|p| p.settable);
    if selector != USER_PARAM_VALUE && settable {
        it.native_state
            .get::<Parameters>()
            .set
            .insert(selector, value);
    }
    Ok(Value::Undefined)
}
