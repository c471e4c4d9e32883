//! The commands about who the session is (§7.1–§7.7, §7.12): application type, current user,
//! change of user, alias, session group memberships, `User in group`, `Validate password`.

use super::app_type::ApplicationType;
use super::directory::{ADMINISTRATOR, DESIGNER};
use super::error::AccessError;
use super::state::Session;

/// A user named by its account name (matched case-insensitively) or by its id, as
/// `CHANGE CURRENT USER` and `Validate password` accept both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserRef<'a> {
    Name(&'a str),
    Id(i64),
}

/// `Current user` selectors (§7.2).
pub const USER_ALIAS_OR_ACCOUNT: i64 = 0;
/// `4D user account`.
pub const USER_ACCOUNT: i64 = 1;
/// `4D user alias`.
pub const USER_ALIAS: i64 = 2;

impl Session {
    /// The active user `user` refers to.
    pub(crate) fn resolve(&self, user: UserRef<'_>) -> Option<i64> {
        match user {
            UserRef::Name(name) => self.dir.user_id(name),
            UserRef::Id(id) => self.dir.active_user(id).map(|u| u.id),
        }
    }

    /// The privilege rule: only the Designer and the Administrator may change the directory.
    pub(crate) fn require_manager(&self) -> Result<(), AccessError> {
        if self.account == DESIGNER || self.account == ADMINISTRATOR {
            Ok(())
        } else {
            Err(AccessError::privilege())
        }
    }

    fn refuse_on_server(&self, command: &str) -> Result<(), AccessError> {
        if self.app_type == ApplicationType::Server {
            Err(AccessError::not_on_server(command))
        } else {
            Ok(())
        }
    }

    /// `Application type`: the value of §3.1 (`4D Remote mode` = 4, …).
    pub fn application_type(&self) -> Result<i64, AccessError> {
        Ok(self.app_type.value())
    }

    /// The application type as an enum, for callers that branch on it.
    pub fn kind(&self) -> ApplicationType {
        self.app_type
    }

    /// `Current user{(selector)}`: 1 the account name, 2 the alias (or `""`), anything else
    /// the alias if set, else the account name. A deleted current account keeps its name.
    pub fn current_user(&self, selector: i64) -> Result<&str, AccessError> {
        let account = self.dir.user(self.account).map_or("", |u| u.name.as_str());
        Ok(match selector {
            USER_ACCOUNT => account,
            USER_ALIAS => &self.alias,
            _ if self.alias.is_empty() => account,
            _ => &self.alias,
        })
    }

    /// `CHANGE CURRENT USER(user; password)`. Single-user kinds: no effect at all. Otherwise
    /// an unknown or deleted user is -9979 and a wrong password -9978, changing nothing; on
    /// success the alias and the `SET GROUP ACCESS` list are cleared, then a grant point.
    /// Licences held by the previous account stay held. (No arguments shows a dialog in 4D,
    /// which headless fourd skips: the interpreter simply does not call this.)
    pub fn change_current_user(
        &mut self,
        user: UserRef<'_>,
        password: &str,
    ) -> Result<(), AccessError> {
        if self.app_type.is_single_user() {
            return Ok(());
        }
        let id = self.resolve(user).ok_or_else(AccessError::unknown_user)?;
        let matches = self
            .dir
            .user(id)
            .is_some_and(|u| u.password.matches(password));
        if !matches {
            return Err(AccessError::wrong_password());
        }
        self.account = id;
        self.alias.clear();
        self.session_groups = None;
        self.grant_point();
        Ok(())
    }

    /// `SET USER ALIAS(alias)`: the session's display name for the account; `""` removes it.
    /// Refused on 4D Server (67). Not checked for uniqueness; the directory is untouched.
    pub fn set_user_alias(&mut self, alias: &str) -> Result<(), AccessError> {
        self.refuse_on_server("SET USER ALIAS")?;
        alias.clone_into(&mut self.alias);
        Ok(())
    }

    /// `SET GROUP ACCESS{(groups)}`: with a list, the account's memberships for this session
    /// become exactly the named groups (case-insensitive; unknown names ignored; an empty list
    /// means no group); without, the directory's memberships come back. Nested groups still
    /// apply. Refused on 4D Server (67). Then a grant point; licences already taken stay.
    pub fn set_group_access(&mut self, groups: Option<&[String]>) -> Result<(), AccessError> {
        self.refuse_on_server("SET GROUP ACCESS")?;
        match groups {
            None => self.session_groups = None,
            Some(names) => {
                // Reuse the previous list's memory: this runs in tight loops.
                let mut ids = self.session_groups.take().unwrap_or_default();
                ids.clear();
                ids.extend(names.iter().filter_map(|name| self.dir.group_id(name)));
                ids.sort_unstable();
                ids.dedup();
                self.session_groups = Some(ids);
            }
        }
        self.grant_point();
        Ok(())
    }

    /// `Get group access`: the names of the account's session groups (the `SET GROUP ACCESS`
    /// list, or its direct groups in the directory), direct memberships only, ascending id.
    pub fn get_group_access(&self) -> Result<Vec<&str>, AccessError> {
        Ok(self
            .session_group_ids()
            .into_iter()
            .filter_map(|id| self.dir.group(id).map(|g| g.name.as_str()))
            .collect())
    }

    /// `User in group(user; group)`: is the active account named `user` (an account name,
    /// never an alias) transitively in `group`? For the current account the walk starts from
    /// its session groups. Unknown user or group: False, no error.
    pub fn user_in_group(&self, user: &str, group: &str) -> Result<bool, AccessError> {
        let (Some(user), Some(group)) = (self.dir.user_id(user), self.dir.group_id(group)) else {
            return Ok(false);
        };
        Ok(self.in_group(user, group))
    }

    /// `Validate password(user; password{; digest})`: does `password` match the account's?
    /// With `digest`, it is compared verbatim with the stored hash text. Unknown or deleted
    /// user: False, no error.
    pub fn validate_password(
        &self,
        user: UserRef<'_>,
        password: &str,
        digest: bool,
    ) -> Result<bool, AccessError> {
        let Some(user) = self.resolve(user).and_then(|id| self.dir.user(id)) else {
            return Ok(false);
        };
        Ok(if digest {
            user.password.matches_digest(password)
        } else {
            user.password.matches(password)
        })
    }
}
