//! Reading `Settings/directory.json` (§2) into a [`Directory`].
//!
//! A load either returns a whole directory (with warnings for what it ignored) or the first
//! error, located in the file; nothing is half-loaded. Decisions where the spec is silent:
//! duplicate JSON keys, empty names and wrong types are errors; unknown keys, unknown member
//! names, a group listed in itself and a `remoteDefaultUser` that names nobody are warnings.

use super::constants::remote_granter_plugin;
use super::directory::{ADMINISTRATOR, DESIGNER, Directory};
use super::error::{Spot, StartupError, Warning};
use super::names::{fold, same_name};
use super::secret::Secret;
use crate::json::{self, Json, Member};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Where a project's directory.json is: `Data/Settings/directory.json` takes priority over
/// `Settings/directory.json` when both exist (4D's `docs/Users/overview.md`: the data settings
/// file "takes priority over the file in the user settings folder"). `None`: no file, so only
/// the built-in users (§2.1).
pub fn locate_directory(project_root: &Path) -> Option<PathBuf> {
    [
        project_root
            .join("Data")
            .join("Settings")
            .join("directory.json"),
        project_root.join("Settings").join("directory.json"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// Reads directory.json text; `path` only labels the errors and warnings.
pub fn load_directory(
    text: &str,
    path: Option<&Path>,
) -> Result<(Directory, Vec<Warning>), StartupError> {
    let root = json::parse(text).map_err(|e| {
        StartupError::new(
            Spot::at(path, text, e.span),
            format!("invalid JSON: {}", e.message),
        )
    })?;
    let mut loader = Loader {
        text,
        path,
        warnings: Vec::new(),
    };
    let dir = loader.directory(&root)?;
    Ok((dir, loader.warnings))
}

struct Loader<'a> {
    text: &'a str,
    path: Option<&'a Path>,
    warnings: Vec<Warning>,
}

/// One user entry before ids are given.
struct UserEntry<'j> {
    name: String,
    member: &'j Member,
    password: Secret,
    startup: String,
}

impl<'a> Loader<'a> {
    fn spot(&self, span: &std::ops::Range<usize>) -> Spot {
        Spot::at(self.path, self.text, span.clone())
    }

    fn error(&self, span: &std::ops::Range<usize>, message: impl Into<String>) -> StartupError {
        StartupError::new(self.spot(span), message)
    }

    fn warn(&mut self, span: &std::ops::Range<usize>, message: impl Into<String>) {
        let warning = Warning::new(self.spot(span), message);
        self.warnings.push(warning);
    }

    /// The members of an object value, refusing another type and duplicate keys. With
    /// `fold_case`, keys that differ only by case are duplicates too.
    fn object<'j>(
        &self,
        value: &'j Json,
        what: &dyn Fn() -> String,
        fold_case: bool,
    ) -> Result<&'j [Member], StartupError> {
        let Some(members) = value.as_object() else {
            return Err(self.error(
                &value.span,
                format!("{} must be an object, found {}", what(), value.type_name()),
            ));
        };
        let same = |a: &Member, b: &Member| {
            if fold_case {
                same_name(&a.key, &b.key)
            } else {
                a.key == b.key
            }
        };
        let twice = |m: &Member| {
            self.error(
                &m.key_span,
                format!("{} has the key \"{}\" twice", what(), m.key),
            )
        };
        if members.len() <= 8 {
            // Small objects (one user's properties): a scan is cheaper than a set.
            for (i, m) in members.iter().enumerate() {
                if members[..i].iter().any(|earlier| same(earlier, m)) {
                    return Err(twice(m));
                }
            }
        } else {
            let mut seen = HashSet::with_capacity(members.len());
            for m in members {
                let key = if fold_case {
                    fold(&m.key)
                } else {
                    m.key.clone()
                };
                if !seen.insert(key) {
                    return Err(twice(m));
                }
            }
        }
        Ok(members)
    }

    /// `what` names the value for the error message; it is only called on error, so the
    /// 100,000-user file does not build 100,000 messages it never shows.
    fn string<'j>(
        &self,
        value: &'j Json,
        what: &dyn Fn() -> String,
    ) -> Result<&'j str, StartupError> {
        value.as_str().ok_or_else(|| {
            self.error(
                &value.span,
                format!("{} must be a string, found {}", what(), value.type_name()),
            )
        })
    }

    /// An array of strings, each with its span.
    fn names<'j>(
        &self,
        value: &'j Json,
        what: &dyn Fn() -> String,
    ) -> Result<Vec<&'j Json>, StartupError> {
        let Some(items) = value.as_array() else {
            return Err(self.error(
                &value.span,
                format!(
                    "{} must be an array of names, found {}",
                    what(),
                    value.type_name()
                ),
            ));
        };
        for item in items {
            self.string(item, &|| format!("each name in {}", what()))?;
        }
        Ok(items.iter().collect())
    }

    fn directory(&mut self, root: &Json) -> Result<Directory, StartupError> {
        let top = self.object(root, &|| "directory.json".into(), false)?;
        let mut users = None;
        let mut groups = None;
        let mut granters = None;
        let mut settings = None;
        for m in top {
            match m.key.as_str() {
                "users" => users = Some(&m.value),
                "groups" => groups = Some(&m.value),
                "remoteGranters" => granters = Some(&m.value),
                "settings" => settings = Some(&m.value),
                "sqlSchemaGranters" => {}
                other => self.warn(&m.key_span, format!("unknown key \"{other}\" ignored")),
            }
        }
        let mut dir = Directory::built_ins();
        if let Some(users) = users {
            self.users(users, &mut dir)?;
        }
        if let Some(groups) = groups {
            self.groups(groups, &mut dir)?;
        }
        if let Some(granters) = granters {
            self.granters(granters, &mut dir)?;
        }
        if let Some(settings) = settings {
            self.settings(settings, &mut dir)?;
        }
        Ok(dir)
    }

    /// `users`: the fixed keys `designer` and `administrator` (ids 1 and 2, display name from
    /// `alias`), then every other key a user with ids 3, 4, … in file order.
    fn users(&mut self, value: &Json, dir: &mut Directory) -> Result<(), StartupError> {
        let members = self.object(value, &|| "users".into(), false)?;
        let mut builtin: [Option<UserEntry>; 2] = [None, None];
        let mut others = Vec::with_capacity(members.len());
        for m in members {
            let fixed = match m.key.as_str() {
                "designer" => Some(0),
                "administrator" => Some(1),
                _ => None,
            };
            let entry = self.user_entry(m, fixed.is_some())?;
            match fixed {
                Some(i) => builtin[i] = Some(entry),
                None => others.push(entry),
            }
        }
        // The built-ins get their aliases before other names are checked against them.
        let fresh = dir;
        fresh.reserve(others.len(), 0);
        for (i, entry) in builtin.iter().enumerate() {
            let id = if i == 0 { DESIGNER } else { ADMINISTRATOR };
            if let Some(entry) = entry {
                if let Err(other) = fresh.rename_user(id, &entry.name) {
                    return Err(self.duplicate_user(entry, other, fresh));
                }
                if let Some(user) = fresh.user_mut(id) {
                    user.password = entry.password.clone();
                    user.startup_method = entry.startup.clone();
                }
            }
        }
        for entry in others {
            if entry.name.is_empty() {
                return Err(self.error(&entry.member.key_span, "a user name cannot be empty"));
            }
            if let Err(other) = fresh.add_user(
                &entry.name,
                entry.password.clone(),
                entry.startup.clone(),
                DESIGNER,
            ) {
                return Err(self.duplicate_user(&entry, other, fresh));
            }
        }
        Ok(())
    }

    fn duplicate_user(&self, entry: &UserEntry, other: i64, dir: &Directory) -> StartupError {
        let other_name = dir.user(other).map_or("", |u| u.name.as_str());
        let note = match other {
            DESIGNER => " (the Designer's display name)",
            ADMINISTRATOR => " (the Administrator's display name)",
            _ => "",
        };
        let span = entry
            .member
            .value
            .get("alias")
            .filter(|_| matches!(entry.member.key.as_str(), "designer" | "administrator"))
            .map_or(&entry.member.key_span, |a| &a.span);
        self.error(
            span,
            format!(
                "duplicate user name \"{}\": it matches \"{other_name}\"{note}; user names are compared case-insensitively",
                entry.name
            ),
        )
    }

    fn user_entry<'j>(
        &mut self,
        m: &'j Member,
        builtin: bool,
    ) -> Result<UserEntry<'j>, StartupError> {
        let what = || format!("user \"{}\"", m.key);
        let props = self.object(&m.value, &what, false)?;
        let mut entry = UserEntry {
            name: match m.key.as_str() {
                "designer" => "Designer".to_string(),
                "administrator" => "Administrator".to_string(),
                key => key.to_string(),
            },
            member: m,
            password: Secret::Empty,
            startup: String::new(),
        };
        for p in props {
            match p.key.as_str() {
                "password" => {
                    entry.password = Secret::from_stored(
                        self.string(&p.value, &|| format!("the password of {}", what()))?,
                    );
                }
                "startupMethod" => {
                    entry.startup = self
                        .string(&p.value, &|| format!("the startupMethod of {}", what()))?
                        .to_string();
                }
                "alias" if builtin => {
                    let alias = self.string(&p.value, &|| format!("the alias of {}", what()))?;
                    if !alias.is_empty() {
                        entry.name = alias.to_string();
                    }
                }
                other => self.warn(
                    &p.key_span,
                    format!("unknown key \"{other}\" of {} ignored", what()),
                ),
            }
        }
        Ok(entry)
    }

    /// `groups`: ids 15001, … in file order; members are resolved after every group has an
    /// id, so a group may list one defined further down.
    fn groups(&mut self, value: &Json, dir: &mut Directory) -> Result<(), StartupError> {
        let members = self.object(value, &|| "groups".into(), false)?;
        dir.reserve(0, members.len());
        for m in members {
            if m.key.is_empty() {
                return Err(self.error(&m.key_span, "a group name cannot be empty"));
            }
            if let Err(other) = dir.add_group(&m.key) {
                let other_name = dir.group(other).map_or("", |g| g.name.as_str());
                return Err(self.error(
                    &m.key_span,
                    format!(
                        "duplicate group name \"{}\": it matches \"{other_name}\"; group names are compared case-insensitively",
                        m.key
                    ),
                ));
            }
        }
        for m in members {
            let what = || format!("group \"{}\"", m.key);
            let props = self.object(&m.value, &what, false)?;
            let Some(id) = dir.group_id(&m.key) else {
                continue;
            };
            let mut users = Vec::new();
            let mut groups = Vec::new();
            for p in props {
                match p.key.as_str() {
                    "users" => {
                        for name in self.names(&p.value, &|| format!("the users of {}", what()))? {
                            let text = name.as_str().unwrap_or_default();
                            match dir.user_id(text) {
                                Some(user) => users.push(user),
                                None => self.warn(
                                    &name.span,
                                    format!(
                                        "{} lists \"{text}\", which is no user: ignored",
                                        what()
                                    ),
                                ),
                            }
                        }
                    }
                    "groups" => {
                        for name in self.names(&p.value, &|| format!("the groups of {}", what()))? {
                            let text = name.as_str().unwrap_or_default();
                            match dir.group_id(text) {
                                Some(group) if group == id => self.warn(
                                    &name.span,
                                    format!("{} lists itself as a member: ignored", what()),
                                ),
                                Some(group) => groups.push(group),
                                None => self.warn(
                                    &name.span,
                                    format!(
                                        "{} lists \"{text}\", which is no group: ignored",
                                        what()
                                    ),
                                ),
                            }
                        }
                    }
                    other => self.warn(
                        &p.key_span,
                        format!("unknown key \"{other}\" of {} ignored", what()),
                    ),
                }
            }
            dir.set_group_members(id, users, groups);
        }
        Ok(())
    }

    /// `remoteGranters`: plug-in key → group name; `"*"` or `""` binds nothing.
    fn granters(&mut self, value: &Json, dir: &mut Directory) -> Result<(), StartupError> {
        for m in self.object(value, &|| "remoteGranters".into(), false)? {
            let what = || format!("remoteGranters.{}", m.key);
            let name = self.string(&m.value, &what)?;
            let Some(plugin) = remote_granter_plugin(&m.key) else {
                self.warn(
                    &m.key_span,
                    format!(
                        "unknown remoteGranters key \"{}\" ignored (known: write, view, oci, odbcPro, web, soap)",
                        m.key
                    ),
                );
                continue;
            };
            if name.is_empty() || name == "*" {
                continue;
            }
            match dir.group_id(name) {
                Some(group) => dir.bind(plugin, Some(group)),
                None => self.warn(
                    &m.value.span,
                    format!(
                        "{} names \"{name}\", which is no group: the plug-in stays unbound",
                        what()
                    ),
                ),
            }
        }
        Ok(())
    }

    /// `settings`: only `remoteDefaultUser` is read; keys match case-insensitively.
    fn settings(&mut self, value: &Json, dir: &mut Directory) -> Result<(), StartupError> {
        for m in self.object(value, &|| "settings".into(), true)? {
            if same_name(&m.key, "remoteDefaultUser") {
                let name = self.string(&m.value, &|| "settings.remoteDefaultUser".into())?;
                if !name.is_empty() && dir.user_id(name).is_none() {
                    self.warn(
                        &m.value.span,
                        format!("settings.remoteDefaultUser names \"{name}\", which is no user"),
                    );
                }
                dir.remote_default_user = name.to_string();
            }
        }
        Ok(())
    }
}
