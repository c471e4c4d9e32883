//! The group-management commands (§7.8, §7.10): `GET GROUP LIST`, `GET GROUP PROPERTIES`,
//! `Set group properties`.

use super::directory::FIRST_GROUP_ID;
use super::error::AccessError;
use super::state::Session;

/// What `GET GROUP PROPERTIES` outputs; the owner is always 0 in project databases.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupProperties {
    pub name: String,
    /// Direct members: user ids ascending, then group ids ascending.
    pub members: Vec<i64>,
}

impl Session {
    /// `GET GROUP LIST`: names and ids of every group, ascending id.
    pub fn group_list(&self) -> Result<(Vec<&str>, Vec<i64>), AccessError> {
        Ok(self
            .dir
            .groups()
            .iter()
            .map(|g| (g.name.as_str(), g.id))
            .unzip())
    }

    /// `GET GROUP PROPERTIES(groupID; …)`: an unknown id gives empty outputs, no error
    /// (documented).
    pub fn get_group_properties(&self, id: i64) -> Result<GroupProperties, AccessError> {
        Ok(self
            .dir
            .group(id)
            .map(|g| GroupProperties {
                name: g.name.clone(),
                members: g
                    .member_users
                    .iter()
                    .chain(&g.member_groups)
                    .copied()
                    .collect(),
            })
            .unwrap_or_default())
    }

    /// `Set group properties(groupID; name; owner{; members})` (the owner is ignored).
    ///
    /// -1 or -2 creates a group with the next id; an existing id modifies it; any other value
    /// does nothing and returns 0. A name another group has (or an empty one) does nothing
    /// and returns 0, without error. `members` given: the member list becomes exactly these
    /// ids, below 15001 users and from 15001 groups; unknown, deleted and self ids are
    /// ignored. Needs the Designer or the Administrator (-9949). Returns the group id.
    pub fn set_group_properties(
        &mut self,
        id: i64,
        name: &str,
        members: Option<&[i64]>,
    ) -> Result<i64, AccessError> {
        self.require_manager()?;
        let creating = id == -1 || id == -2;
        if !creating && self.dir.group(id).is_none() {
            return Ok(0);
        }
        if name.is_empty()
            || self
                .dir
                .group_id(name)
                .is_some_and(|other| creating || other != id)
        {
            return Ok(0);
        }
        let id = if creating {
            match self.dir.add_group(name) {
                Ok(id) => id,
                Err(_) => return Ok(0),
            }
        } else {
            if self.dir.rename_group(id, name).is_err() {
                return Ok(0);
            }
            id
        };
        if let Some(members) = members {
            let users = members
                .iter()
                .copied()
                .filter(|&m| m < FIRST_GROUP_ID && self.dir.active_user(m).is_some())
                .collect();
            let groups = members
                .iter()
                .copied()
                .filter(|&m| m >= FIRST_GROUP_ID && m != id && self.dir.group(m).is_some())
                .collect();
            self.dir.set_group_members(id, users, groups);
        }
        Ok(id)
    }
}
