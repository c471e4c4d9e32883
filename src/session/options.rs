//! The fourd session file `fourd.json` (§4): what kind of 4D to pretend to be, who logs in,
//! which plug-ins are installed with how many licences. Unknown keys, bad values and unknown
//! constant names are startup errors, located in the file.

use super::app_type::ApplicationType;
use super::constants::{UNLIMITED_COUNT, default_plugin_name, license_constant};
use super::error::{Spot, StartupError};
use crate::json::{self, Json, JsonKind, Member};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// How many licences of a plug-in the session has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    Count(u32),
    /// `"unlimited"`, or 4D's count 32767.
    Unlimited,
}

impl Pool {
    /// A count as written in the file or a flag: 32767 is 4D's "unlimited".
    pub fn from_count(count: u32) -> Pool {
        if count == UNLIMITED_COUNT {
            Pool::Unlimited
        } else {
            Pool::Count(count)
        }
    }

    /// Is there room for one more holder when `held` accounts hold one?
    pub fn has_room(self, held: usize) -> bool {
        match self {
            Pool::Unlimited => true,
            Pool::Count(n) => held < n as usize,
        }
    }

    /// Reads `unlimited` or a count ≥ 0 (a `--license` value).
    pub fn parse(text: &str) -> Option<Pool> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("unlimited") {
            return Some(Pool::Unlimited);
        }
        text.parse::<u32>().ok().map(Pool::from_count)
    }
}

impl fmt::Display for Pool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pool::Count(n) => write!(f, "{n}"),
            Pool::Unlimited => f.write_str("unlimited"),
        }
    }
}

/// An installed plug-in, as the session starts with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginSpec {
    pub id: i64,
    pub name: String,
    pub pool: Pool,
}

/// Everything the session file and the flags say. Build it with [`SessionOptions::from_json`]
/// (or `default()` without a file), then [`SessionOptions::apply_flags`].
#[derive(Clone, Default)]
pub struct SessionOptions {
    pub application_type: ApplicationType,
    pub user: Option<String>,
    pub password: Option<String>,
    pub demo: bool,
    /// directory.json; a path from the file is already resolved against the file's folder.
    pub directory: Option<PathBuf>,
    /// `plugins` entries: id → name (a name is optional in the file).
    pub plugins: BTreeMap<i64, Option<String>>,
    /// `licenses` entries and `--license` flags: id → pool.
    pub licenses: BTreeMap<i64, Pool>,
    /// Plain passwords that replace the stored ones for the session, by user name.
    pub passwords: Vec<(String, String)>,
    /// Where `user` was given, for a located login error.
    pub(crate) user_spot: Spot,
}

impl fmt::Debug for SessionOptions {
    /// By hand, so that `password` and `passwords` never show.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let users: Vec<&str> = self.passwords.iter().map(|(u, _)| u.as_str()).collect();
        f.debug_struct("SessionOptions")
            .field("application_type", &self.application_type)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("demo", &self.demo)
            .field("directory", &self.directory)
            .field("plugins", &self.plugins)
            .field("licenses", &self.licenses)
            .field("passwords_for", &users)
            .finish()
    }
}

/// Flag values, as the command line gives them; each overrides the session file (§4).
#[derive(Clone, Default)]
pub struct SessionFlags {
    /// `--app-type <n|name>`.
    pub app_type: Option<String>,
    /// `--user <name>`.
    pub user: Option<String>,
    /// `--password <text>`.
    pub password: Option<String>,
    /// `--demo`.
    pub demo: bool,
    /// `--directory <file>`.
    pub directory: Option<PathBuf>,
    /// `--license <id|constant>=<count|unlimited>`, repeatable; a later one wins.
    pub licenses: Vec<String>,
}

impl fmt::Debug for SessionFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionFlags")
            .field("app_type", &self.app_type)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("demo", &self.demo)
            .field("directory", &self.directory)
            .field("licenses", &self.licenses)
            .finish()
    }
}

/// A plug-in id: a number, or an "Is License Available" constant name.
fn plugin_id(text: &str) -> Option<i64> {
    let text = text.trim();
    match text.parse::<i64>() {
        Ok(id) => Some(id),
        Err(_) => license_constant(text),
    }
}

impl SessionOptions {
    /// Reads fourd.json text; `path` labels errors and anchors a relative `directory`.
    pub fn from_json(text: &str, path: Option<&Path>) -> Result<SessionOptions, StartupError> {
        let root = json::parse(text).map_err(|e| {
            StartupError::new(
                Spot::at(path, text, e.span),
                format!("invalid JSON: {}", e.message),
            )
        })?;
        let reader = Reader { text, path };
        let mut options = SessionOptions::default();
        let members = reader.object(&root, "fourd.json")?;
        for m in members {
            let value = &m.value;
            match m.key.as_str() {
                "applicationType" => {
                    let parsed = match &value.kind {
                        JsonKind::Number(n) if n.fract() == 0.0 => {
                            ApplicationType::from_value(*n as i64)
                        }
                        JsonKind::String(s) => ApplicationType::parse(s),
                        _ => None,
                    };
                    options.application_type = parsed.ok_or_else(|| {
                        reader.error(
                            &value.span,
                            format!(
                                "applicationType must be one of {}",
                                ApplicationType::accepted()
                            ),
                        )
                    })?;
                }
                "user" => {
                    options.user = Some(reader.string(value, "user")?.to_string());
                    options.user_spot = Spot::at(path, text, value.span.clone());
                }
                "password" => {
                    options.password = Some(reader.string(value, "password")?.to_string())
                }
                "demo" => match value.kind {
                    JsonKind::Bool(b) => options.demo = b,
                    _ => {
                        return Err(reader.error(
                            &value.span,
                            format!("demo must be true or false, found {}", value.type_name()),
                        ));
                    }
                },
                "directory" => {
                    let dir = PathBuf::from(reader.string(value, "directory")?);
                    let base = path.and_then(Path::parent).unwrap_or(Path::new(""));
                    options.directory = Some(base.join(dir));
                }
                "plugins" => options.plugins = reader.plugins(value)?,
                "licenses" => options.licenses = reader.licenses(value)?,
                "passwords" => {
                    for p in reader.object(value, "passwords")? {
                        let plain = reader.string(&p.value, "each value of passwords")?;
                        options.passwords.push((p.key.clone(), plain.to_string()));
                    }
                }
                other => {
                    return Err(reader.error(
                        &m.key_span,
                        format!(
                            "unknown key \"{other}\" (known: applicationType, user, password, demo, directory, plugins, licenses, passwords)"
                        ),
                    ));
                }
            }
        }
        Ok(options)
    }

    /// Lets the flags override the file. A bad flag value is a startup error naming the flag.
    pub fn apply_flags(&mut self, flags: &SessionFlags) -> Result<(), StartupError> {
        if let Some(text) = &flags.app_type {
            self.application_type = ApplicationType::parse(text).ok_or_else(|| {
                StartupError::new(
                    Spot::none(),
                    format!(
                        "--app-type \"{text}\": expected one of {}",
                        ApplicationType::accepted()
                    ),
                )
            })?;
        }
        if let Some(user) = &flags.user {
            self.user = Some(user.clone());
            self.user_spot = Spot::none();
        }
        if let Some(password) = &flags.password {
            self.password = Some(password.clone());
        }
        if flags.demo {
            self.demo = true;
        }
        if let Some(directory) = &flags.directory {
            self.directory = Some(directory.clone());
        }
        for flag in &flags.licenses {
            let bad =
                |why: &str| StartupError::new(Spot::none(), format!("--license \"{flag}\": {why}"));
            let (id, count) = flag
                .rsplit_once('=')
                .ok_or_else(|| bad("expected <id|constant>=<count|unlimited>"))?;
            let id = plugin_id(id).ok_or_else(|| {
                bad("not a plug-in number nor an \"Is License Available\" constant")
            })?;
            let pool = Pool::parse(count)
                .ok_or_else(|| bad("the count must be a whole number ≥ 0 or \"unlimited\""))?;
            self.licenses.insert(id, pool);
        }
        Ok(())
    }

    /// The installed plug-ins, ascending: every `plugins` entry and every `licenses` entry.
    /// A plug-in without a `licenses` entry has a pool of 0; one without a name gets its
    /// constant's name without ` license`, or `Plug-in <n>`.
    pub fn installed_plugins(&self) -> Vec<PluginSpec> {
        let mut ids: Vec<i64> = self
            .plugins
            .keys()
            .chain(self.licenses.keys())
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .map(|id| PluginSpec {
                id,
                name: self
                    .plugins
                    .get(&id)
                    .cloned()
                    .flatten()
                    .unwrap_or_else(|| default_plugin_name(id)),
                pool: self.licenses.get(&id).copied().unwrap_or(Pool::Count(0)),
            })
            .collect()
    }
}

struct Reader<'a> {
    text: &'a str,
    path: Option<&'a Path>,
}

impl Reader<'_> {
    fn error(&self, span: &std::ops::Range<usize>, message: impl Into<String>) -> StartupError {
        StartupError::new(Spot::at(self.path, self.text, span.clone()), message)
    }

    fn object<'j>(&self, value: &'j Json, what: &str) -> Result<&'j [Member], StartupError> {
        let members = value.as_object().ok_or_else(|| {
            self.error(
                &value.span,
                format!("{what} must be an object, found {}", value.type_name()),
            )
        })?;
        let mut seen = HashSet::with_capacity(members.len());
        for m in members {
            if !seen.insert(m.key.as_str()) {
                return Err(self.error(
                    &m.key_span,
                    format!("{what} has the key \"{}\" twice", m.key),
                ));
            }
        }
        Ok(members)
    }

    fn string<'j>(&self, value: &'j Json, what: &str) -> Result<&'j str, StartupError> {
        value.as_str().ok_or_else(|| {
            self.error(
                &value.span,
                format!("{what} must be a string, found {}", value.type_name()),
            )
        })
    }

    /// `plugins`: an array of `{ "id": n, "name": "…" }`.
    fn plugins(&self, value: &Json) -> Result<BTreeMap<i64, Option<String>>, StartupError> {
        let items = value.as_array().ok_or_else(|| {
            self.error(
                &value.span,
                format!(
                    "plugins must be an array of {{\"id\", \"name\"}} objects, found {}",
                    value.type_name()
                ),
            )
        })?;
        let mut plugins = BTreeMap::new();
        for item in items {
            let mut id = None;
            let mut name = None;
            for m in self.object(item, "each plugins entry")? {
                match m.key.as_str() {
                    "id" => id = Some(self.integer_id(&m.value)?),
                    "name" => name = Some(self.string(&m.value, "a plug-in name")?.to_string()),
                    other => {
                        return Err(self.error(
                            &m.key_span,
                            format!("unknown key \"{other}\" in a plugins entry (known: id, name)"),
                        ));
                    }
                }
            }
            let id = id.ok_or_else(|| self.error(&item.span, "a plugins entry needs an \"id\""))?;
            if plugins.insert(id, name).is_some() {
                return Err(self.error(&item.span, format!("plug-in {id} is listed twice")));
            }
        }
        Ok(plugins)
    }

    /// A plug-in number in a `plugins` entry: an integer, or a constant name.
    fn integer_id(&self, value: &Json) -> Result<i64, StartupError> {
        let id = match &value.kind {
            JsonKind::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Some(*n as i64),
            JsonKind::String(s) => plugin_id(s),
            _ => None,
        };
        id.ok_or_else(|| {
            self.error(
                &value.span,
                "a plug-in id must be a whole number or an \"Is License Available\" constant name",
            )
        })
    }

    /// `licenses`: id or constant name → count ≥ 0 or `"unlimited"`.
    fn licenses(&self, value: &Json) -> Result<BTreeMap<i64, Pool>, StartupError> {
        let mut pools = BTreeMap::new();
        for m in self.object(value, "licenses")? {
            let id = plugin_id(&m.key).ok_or_else(|| {
                self.error(
                    &m.key_span,
                    format!(
                        "licenses key \"{}\" is not a plug-in number nor an \"Is License Available\" constant name",
                        m.key
                    ),
                )
            })?;
            let pool = match &m.value.kind {
                JsonKind::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64 => {
                    Some(Pool::from_count(*n as u32))
                }
                JsonKind::String(s) if s == "unlimited" => Some(Pool::Unlimited),
                _ => None,
            };
            let pool = pool.ok_or_else(|| {
                self.error(
                    &m.value.span,
                    format!(
                        "licenses.{}: expected a whole number ≥ 0 or \"unlimited\"",
                        m.key
                    ),
                )
            })?;
            if pools.insert(id, pool).is_some() {
                return Err(self.error(
                    &m.key_span,
                    format!("licenses gives plug-in {id} twice (\"{}\")", m.key),
                ));
            }
        }
        Ok(pools)
    }
}
