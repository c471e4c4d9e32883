//! The user-management commands (§7.8, §7.9, §7.11): `GET USER LIST`, `GET USER PROPERTIES`,
//! `Set user properties`, `DELETE USER`, `Is user deleted`.

use super::directory::{ADMINISTRATOR, DESIGNER, FIRST_GROUP_ID};
use super::error::AccessError;
use super::secret::Secret;
use super::state::Session;

/// What `GET USER PROPERTIES` outputs. The password output is always `""` (documented), and
/// the binary-database fields are 0 / the null date, so they are left to the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserProperties {
    pub name: String,
    pub startup_method: String,
    /// Direct group ids in the directory (not the session override), ascending.
    pub memberships: Vec<i64>,
}

impl Session {
    /// `GET USER LIST`: names and ids of every active user, Designer and Administrator
    /// included under their display names, ascending id.
    pub fn user_list(&self) -> Result<(Vec<&str>, Vec<i64>), AccessError> {
        Ok(self
            .dir
            .users()
            .iter()
            .filter(|u| !u.deleted)
            .map(|u| (u.name.as_str(), u.id))
            .unzip())
    }

    /// `GET USER PROPERTIES(userID; …)`: unknown or deleted id → -9979.
    pub fn get_user_properties(&self, id: i64) -> Result<UserProperties, AccessError> {
        let user = self
            .dir
            .active_user(id)
            .ok_or_else(AccessError::unknown_user)?;
        Ok(UserProperties {
            name: user.name.clone(),
            startup_method: user.startup_method.clone(),
            memberships: self.dir.direct_groups(id).map(|g| g.id).collect(),
        })
    }

    /// `Set user properties(userID; name; startup; password; …{; memberships})`.
    ///
    /// -1 or -2 creates a user (created by the account); an active id modifies it; a positive
    /// id that is unknown or deleted is -9979; any other value does nothing and returns 0.
    /// An empty or taken name is -9979. `password` is plain text, `"*"` keeps the current one
    /// and `""` empties it. `memberships` given: the direct groups become exactly these ids
    /// (unknown ignored). Needs the Designer or the Administrator, and the Administrator may
    /// not modify the Designer (-9949). Returns the user id. No grant point.
    pub fn set_user_properties(
        &mut self,
        id: i64,
        name: &str,
        startup_method: &str,
        password: &str,
        memberships: Option<&[i64]>,
    ) -> Result<i64, AccessError> {
        self.require_manager()?;
        let creating = id == -1 || id == -2;
        if !creating {
            if id <= 0 {
                return Ok(0);
            }
            self.dir
                .active_user(id)
                .ok_or_else(AccessError::unknown_user)?;
            if id == DESIGNER && self.account == ADMINISTRATOR {
                return Err(AccessError::privilege());
            }
        }
        if name.is_empty() {
            return Err(AccessError::name_taken());
        }
        if self
            .dir
            .user_id(name)
            .is_some_and(|other| creating || other != id)
        {
            return Err(AccessError::name_taken());
        }
        // Checks are done: from here on nothing can fail, so nothing is half-changed.
        let id = if creating {
            let secret = if password == "*" {
                Secret::Empty
            } else {
                Secret::plain(password)
            };
            self.dir
                .add_user(name, secret, startup_method.to_string(), self.account)
                .map_err(|_| AccessError::name_taken())?
        } else {
            self.dir
                .rename_user(id, name)
                .map_err(|_| AccessError::name_taken())?;
            if let Some(user) = self.dir.user_mut(id) {
                startup_method.clone_into(&mut user.startup_method);
                if password != "*" {
                    user.password = Secret::plain(password);
                }
            }
            id
        };
        if let Some(groups) = memberships {
            let groups: Vec<i64> = groups
                .iter()
                .copied()
                .filter(|&g| g >= FIRST_GROUP_ID)
                .collect();
            self.dir.set_user_groups(id, &groups);
        }
        Ok(id)
    }

    /// `DELETE USER(userID)`: marks the user deleted and takes it out of every group. Needs the
    /// Designer or the Administrator; ids 1 and 2 cannot be deleted, and the Administrator
    /// cannot delete a user the Designer created (-9949). Unknown or already deleted → -9979.
    /// The session stays on a deleted current account; licences it holds stay held.
    pub fn delete_user(&mut self, id: i64) -> Result<(), AccessError> {
        self.require_manager()?;
        let user = self
            .dir
            .active_user(id)
            .ok_or_else(AccessError::unknown_user)?;
        if id == DESIGNER || id == ADMINISTRATOR {
            return Err(AccessError::privilege());
        }
        if self.account == ADMINISTRATOR && user.created_by == DESIGNER {
            return Err(AccessError::privilege());
        }
        self.dir.delete_user(id);
        Ok(())
    }

    /// `Is user deleted(userID)`: True when deleted or never existed.
    pub fn is_user_deleted(&self, id: i64) -> Result<bool, AccessError> {
        Ok(self.dir.active_user(id).is_none())
    }
}
