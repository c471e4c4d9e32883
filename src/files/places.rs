//! 4D's named places, mapped into the sandbox: the filesystem prefixes of POSIX paths
//! (`Concepts/paths.md`), the folder constants of `Folder` (`commands/folder.md`), the
//! selectors of `Get 4D folder` (`commands/get-4d-folder.md`) and of `System folder`
//! (`commands/system-folder.md`). Project folders are the project's own; a desktop's folders
//! are inside the run's temporary folder. The table in docs/files.md is this file.

/// A 4D filesystem: a POSIX path starting with `/NAME` designates a folder of the project
/// (`Concepts/paths.md`; `/SETTINGS` is fourd's, for the project's `Settings` folder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filesystem {
    Package,
    Project,
    Sources,
    Data,
    Logs,
    Resources,
    Settings,
}

impl Filesystem {
    pub const ALL: [Filesystem; 7] = [
        Filesystem::Package,
        Filesystem::Project,
        Filesystem::Sources,
        Filesystem::Data,
        Filesystem::Logs,
        Filesystem::Resources,
        Filesystem::Settings,
    ];

    /// The prefix without its slash: `PACKAGE`, `DATA`, …
    pub fn name(self) -> &'static str {
        match self {
            Filesystem::Package => "PACKAGE",
            Filesystem::Project => "PROJECT",
            Filesystem::Sources => "SOURCES",
            Filesystem::Data => "DATA",
            Filesystem::Logs => "LOGS",
            Filesystem::Resources => "RESOURCES",
            Filesystem::Settings => "SETTINGS",
        }
    }

    /// The filesystem named `name` (exact case, as 4D writes them).
    pub fn from_name(name: &str) -> Option<Filesystem> {
        Filesystem::ALL.into_iter().find(|fs| fs.name() == name)
    }

    /// Where it is, relative to the project root (`/PACKAGE`): the layout of a 4D project.
    pub fn relative(self) -> &'static str {
        match self {
            Filesystem::Package => "",
            Filesystem::Project => "Project",
            Filesystem::Sources => "Project/Sources",
            Filesystem::Data => "Data",
            Filesystem::Logs => "Data/Logs",
            Filesystem::Resources => "Resources",
            Filesystem::Settings => "Settings",
        }
    }

    /// The filesystem holding this one's folder (`/SOURCES` is in `/PROJECT`); `None` for
    /// `/PACKAGE`, whose parent is outside the sandbox.
    pub fn parent(self) -> Option<Filesystem> {
        match self {
            Filesystem::Package => None,
            Filesystem::Sources => Some(Filesystem::Project),
            Filesystem::Logs => Some(Filesystem::Data),
            Filesystem::Project
            | Filesystem::Data
            | Filesystem::Resources
            | Filesystem::Settings => Some(Filesystem::Package),
        }
    }
}

/// Where a named place is: a folder under a filesystem, or under the run's temporary folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// `rel` (may be empty) inside a filesystem.
    Fs(Filesystem, &'static str),
    /// `rel` (may be empty: the temporary folder itself) inside the run's temporary folder.
    Temp(&'static str),
}

const HOME: Place = Place::Temp("home");
const DESKTOP: Place = Place::Temp("home/Desktop");
const DOCUMENTS: Place = Place::Temp("home/Documents");
const PREFERENCES_4D: Place = Place::Temp("home/Preferences/4D");
const APPLICATIONS: Place = Place::Temp("Applications");
const LICENSES: Place = Place::Temp("Licenses");
const SYSTEM: Place = Place::Temp("System");
const CLIENT: Place = Place::Temp("Client");
const WEB_ROOT: Place = Place::Fs(Filesystem::Package, "WebFolder");
const MOBILE_APPS: Place = Place::Fs(Filesystem::Data, "MobileApps");

/// `Folder(folderConstant)` (`commands/folder.md`; values in `src/names/constants.tsv`).
pub fn folder_constant(value: i64) -> Option<Place> {
    Some(match value {
        0 => PREFERENCES_4D,                       // fk user preferences folder
        1 => LICENSES,                             // fk licenses folder
        3 => CLIENT,                               // fk remote database folder
        4 => Place::Fs(Filesystem::Package, ""),   // fk database folder
        6 => Place::Fs(Filesystem::Resources, ""), // fk resources folder
        7 => Place::Fs(Filesystem::Logs, ""),      // fk logs folder
        8 => WEB_ROOT,                             // fk web root folder
        9 => Place::Fs(Filesystem::Data, ""),      // fk data folder
        10 => MOBILE_APPS,                         // fk mobileApps folder
        100 => SYSTEM,                             // fk system folder
        115 => DESKTOP,                            // fk desktop folder
        116 => APPLICATIONS,                       // fk applications folder
        117 => DOCUMENTS,                          // fk documents folder
        118 => HOME,                               // fk home folder
        _ => return None,
    })
}

/// `Get 4D folder(selector)` (`commands/get-4d-folder.md`): the place, and whether 4D creates
/// the folder when it is missing (Resources and Logs, as documented).
pub fn get_4d_folder(selector: i64) -> Option<(Place, bool)> {
    Some(match selector {
        0 => (PREFERENCES_4D, false), // Active 4D Folder
        1 => (LICENSES, false),       // Licenses folder
        3 => (CLIENT, false),         // 4D Client database folder
        4 | 5 => (Place::Fs(Filesystem::Package, ""), false), // Database folder (Unix syntax)
        6 => (Place::Fs(Filesystem::Resources, ""), true), // Current resources folder
        7 => (Place::Fs(Filesystem::Logs, ""), true), // Logs folder
        8 => (WEB_ROOT, false),       // HTML Root folder
        9 => (Place::Fs(Filesystem::Data, ""), false), // Data folder
        10 => (MOBILE_APPS, false),   // MobileApps folder
        _ => return None,
    })
}

/// What `System folder(type)` answers (`commands/system-folder.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemFolder {
    /// A folder in the sandbox.
    At(Place),
    /// A Windows-only constant: the empty string, as on macOS.
    WindowsOnly,
}

/// `System folder(type)`; `None` for a value that is no constant of the theme.
pub fn system_folder(kind: i64) -> Option<SystemFolder> {
    use SystemFolder::{At, WindowsOnly};
    Some(match kind {
        0 => At(SYSTEM),                             // System
        1 => At(Place::Temp("System/Fonts")),        // Fonts
        2 => At(Place::Temp("System/Preferences")),  // User preferences_all
        3 => At(Place::Temp("home/Preferences")),    // User preferences_user
        4 | 5 | 8 | 9 | 12 | 13 | 14 => WindowsOnly, // Startup/Start menu/System/Favorites Win
        15 => At(DESKTOP),                           // Desktop
        16 => At(APPLICATIONS),                      // Applications or program files
        17 => At(DOCUMENTS),                         // Documents folder
        18 => At(HOME),                              // Home folder
        _ => return None,
    })
}
