//! Files in a sandbox (issue 16): the engine of 4D's `File`/`Folder` commands and classes and
//! of the System Documents theme, as plain Rust values and [`FileError`]s carrying 4D's codes.
//! Pure Rust, no interpreter types: the interpreter converts its values, calls [`Files`], sets
//! `OK` and `Document` from the results and attaches spans to the errors. docs/files.md says
//! what a script can reach and how 4D's paths map into the sandbox.
//!
//! The way in: [`Files::new`] with a [`SandboxConfig`] (the project folder, `--allow-path`
//! folders); `File`/`Folder` objects are [`Entry`] values ([`Entry::new_file`],
//! [`Entry::folder_constant`], …) whose disk operations are [`Files`] methods.

mod breaks;
mod charset;
mod content;
mod copy;
mod documents;
mod entry;
mod error;
mod info;
mod legacy;
mod listing;
mod location;
mod objects;
mod packets;
mod places;
mod resolve;
mod run_temp;
mod sandbox;
mod space;
mod system_paths;

#[cfg(test)]
mod tests;

pub use breaks::BreakMode;
pub use charset::{Charset, CharsetArg, DEFAULT_WRITE, WriteCharset, decode, encode};
pub use documents::{OpenMode, Opened};
pub use entry::{Entry, Kind, PathSyntax, place_location, split_name};
pub use error::{
    ERR_BAD_NAME, ERR_BAD_REFERENCE, ERR_BUSY, ERR_CHARSET, ERR_DENIED, ERR_EXISTS,
    ERR_FOLDER_NOT_FOUND, ERR_IO, ERR_LOCKED, ERR_MODE, ERR_NOT_FOUND, ERR_PARAMETER, ERR_POSITION,
    FileError,
};
pub use info::{Info, Stamp, exists, info, is_alias, original};
pub use legacy::DocumentProperties;
pub use listing::ListOptions;
pub use location::{Location, check_name};
pub use objects::DeleteOption;
pub use packets::{Packet, Received, ReceivedPacket, Until};
pub use places::{Filesystem, Place, SystemFolder, folder_constant, get_4d_folder, system_folder};
pub use run_temp::STANDARD_FOLDERS;
pub use sandbox::{MAX_NAME_BYTES, MAX_PATH_BYTES, Sandbox, SandboxConfig};
pub use space::Files;
pub use system_paths::posix_to_system;
