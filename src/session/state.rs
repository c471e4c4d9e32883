//! The per-session state of §5 and how a session starts (§3.2: who is logged in).

use super::app_type::ApplicationType;
use super::directory::{DESIGNER, Directory};
use super::error::{ERR_UNKNOWN_USER, ERR_WRONG_PASSWORD, Spot, StartupError, Warning};
use super::options::{Pool, SessionOptions};
use super::secret::Secret;
use super::walk::Scratch;
use std::cell::RefCell;

/// An installed plug-in, its licence pool and the accounts holding one of its licences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPlugin {
    pub id: i64,
    pub name: String,
    pub pool: Pool,
    /// User ids in the order they took a licence. It never shrinks (§6: never released).
    pub holders: Vec<i64>,
}

/// A running 4D session: the directory as changed so far, who is logged in, the session-only
/// overrides (alias, `SET GROUP ACCESS` list) and the licences taken. Every command of §7 is
/// a method; a failed call changes nothing.
#[derive(Debug)]
pub struct Session {
    pub(crate) app_type: ApplicationType,
    pub(crate) demo: bool,
    pub(crate) dir: Directory,
    /// The logged-in account's user id.
    pub(crate) account: i64,
    /// `SET USER ALIAS`; empty when none.
    pub(crate) alias: String,
    /// `SET GROUP ACCESS` list (group ids, ascending, no duplicates); `None` means the
    /// account's direct groups in the directory.
    pub(crate) session_groups: Option<Vec<i64>>,
    /// Ascending plug-in number, so grant points run in that order.
    pub(crate) plugins: Vec<InstalledPlugin>,
    /// Reused by group walks so that reads allocate nothing.
    pub(crate) scratch: RefCell<Scratch>,
}

impl Session {
    /// Starts a session on `directory` as `options` say: plain passwords from the session file
    /// replace stored ones, the account is chosen (§3.2), then the first grant point runs.
    /// Warnings say what was ignored; a failed client/server login is a startup error.
    pub fn start(
        options: &SessionOptions,
        mut directory: Directory,
    ) -> Result<(Session, Vec<Warning>), StartupError> {
        let mut warnings = Vec::new();
        for (name, plain) in &options.passwords {
            match directory
                .user_id(name)
                .and_then(|id| directory.user_mut(id))
            {
                Some(user) => user.password = Secret::plain(plain),
                None => warnings.push(Warning::new(
                    Spot::none(),
                    format!("passwords: \"{name}\" is no user; its password is ignored"),
                )),
            }
        }
        let app_type = options.application_type;
        let account = if app_type.is_single_user() {
            if let Some(user) = &options.user {
                warnings.push(Warning::new(
                    options.user_spot.clone(),
                    format!(
                        "user \"{user}\" ignored: in {app_type} (single-user) the account is always the Designer"
                    ),
                ));
            }
            DESIGNER
        } else {
            login(options, &directory)?
        };
        let plugins = options
            .installed_plugins()
            .into_iter()
            .map(|p| InstalledPlugin {
                id: p.id,
                name: p.name,
                pool: p.pool,
                holders: Vec::new(),
            })
            .collect();
        let mut session = Session {
            app_type,
            demo: options.demo,
            dir: directory,
            account,
            alias: String::new(),
            session_groups: None,
            plugins,
            scratch: RefCell::new(Scratch::default()),
        };
        session.grant_point();
        Ok((session, warnings))
    }

    /// The directory as it is now (loaded file plus the changes made by commands).
    pub fn directory(&self) -> &Directory {
        &self.dir
    }

    /// The logged-in account's user id.
    pub fn account(&self) -> i64 {
        self.account
    }

    /// The installed plug-ins with their pools and holders, ascending number.
    pub fn plugins(&self) -> &[InstalledPlugin] {
        &self.plugins
    }

    /// Demonstration mode: every licence check answers False.
    pub fn is_demo(&self) -> bool {
        self.demo
    }

    /// The account's session groups: the `SET GROUP ACCESS` list, or its direct groups.
    pub(crate) fn session_group_ids(&self) -> Vec<i64> {
        match &self.session_groups {
            Some(list) => list.clone(),
            None => self.dir.direct_groups(self.account).map(|g| g.id).collect(),
        }
    }

    /// Is `user` (transitively) in `group`, starting from the session groups when `user` is
    /// the current account and from the directory otherwise (§7.7)?
    pub(crate) fn in_group(&self, user: i64, group: i64) -> bool {
        let start = if user == self.account {
            self.session_groups.as_deref()
        } else {
            None
        };
        self.dir
            .is_member(user, group, start, &mut self.scratch.borrow_mut())
    }
}

/// Client/server login (§3.2): the given user with its password; else the Designer when
/// passwords are off; else `remoteDefaultUser`; else a login is required.
fn login(options: &SessionOptions, dir: &Directory) -> Result<i64, StartupError> {
    if let Some(name) = &options.user {
        let Some(id) = dir.user_id(name) else {
            return Err(StartupError::new(
                options.user_spot.clone(),
                format!(
                    "cannot log in as \"{name}\": the user account does not exist or has been deleted (error {ERR_UNKNOWN_USER})"
                ),
            ));
        };
        let password = options.password.as_deref().unwrap_or("");
        let matches = dir.user(id).is_some_and(|u| u.password.matches(password));
        if !matches {
            return Err(StartupError::new(
                options.user_spot.clone(),
                format!(
                    "cannot log in as \"{name}\": invalid password (error {ERR_WRONG_PASSWORD})"
                ),
            ));
        }
        return Ok(id);
    }
    if !dir.passwords_active() {
        return Ok(DESIGNER);
    }
    let default_user = &dir.remote_default_user;
    if !default_user.is_empty()
        && let Some(id) = dir.user_id(default_user)
    {
        return Ok(id);
    }
    Err(StartupError::new(
        Spot::none(),
        format!(
            "a login is required: the Designer has a password in {}. Give --user and --password (or \"user\" and \"password\" in fourd.json), or set settings.remoteDefaultUser in directory.json",
            options.application_type
        ),
    ))
}
