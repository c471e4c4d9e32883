//! The in-memory 4D session (spec `session.md`): users, groups, plug-ins and their licences,
//! loaded from `directory.json` and the fourd session file, with one method per command of the
//! users/groups/plug-ins theme. Pure Rust: no interpreter types, so the interpreter converts
//! its values to plain arguments and attaches spans to the [`AccessError`]s it gets back.
//!
//! The way in: [`SessionOptions::from_json`] (fourd.json) and [`SessionOptions::apply_flags`],
//! [`load_directory`] (directory.json, or [`Directory::built_ins`] without one), then
//! [`Session::start`], which logs in and runs the first licence grant point.

mod access;
mod app_type;
mod constants;
mod describe;
mod directory;
mod error;
mod groups;
mod licences;
mod load;
mod names;
mod options;
mod secret;
mod state;
mod users;
mod walk;

#[cfg(test)]
mod tests;

pub use access::{USER_ACCOUNT, USER_ALIAS, USER_ALIAS_OR_ACCOUNT, UserRef};
pub use app_type::ApplicationType;
pub use constants::{
    LICENSE_CONSTANTS, LicenseConstant, REMOTE_GRANTER_KEYS, UNLIMITED_COUNT, default_plugin_name,
    license_constant, license_constant_name, remote_granter_plugin,
};
pub use describe::DescribeFormat;
pub use directory::{ADMINISTRATOR, DESIGNER, Directory, FIRST_GROUP_ID, Group, User};
pub use error::{
    AccessError, ERR_BAD_ARGUMENT, ERR_NOT_ON_SERVER, ERR_PRIVILEGE, ERR_UNKNOWN_USER,
    ERR_WRONG_PASSWORD, StartupError, Warning,
};
pub use groups::GroupProperties;
pub use load::{load_directory, locate_directory};
pub use options::{PluginSpec, Pool, SessionFlags, SessionOptions};
pub use state::{InstalledPlugin, Session};
pub use users::UserProperties;
