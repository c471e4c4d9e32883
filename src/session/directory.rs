//! The in-memory directory (§1): users, groups and plug-in bindings, with O(1) lookups by id
//! and case-insensitive lookups by name. It starts as the loaded directory.json and takes the
//! changes of the Set/DELETE/SET PLUGIN commands; nothing is written back to disk.

use super::names::NameIndex;
use super::secret::Secret;
use super::walk::Scratch;
use std::collections::BTreeMap;
use std::fmt;

/// The Designer's id, whatever its display name.
pub const DESIGNER: i64 = 1;
/// The Administrator's id.
pub const ADMINISTRATOR: i64 = 2;
/// The first group id; ids below it are users (`Set group properties` members rely on this).
pub const FIRST_GROUP_ID: i64 = 15001;

/// One account. Deleted users are kept (their id is never reused and `Current user` still
/// names a deleted current account), but they leave every name lookup and every group.
#[derive(Clone)]
pub struct User {
    pub id: i64,
    /// The account name; for ids 1 and 2 the display name (`alias` in directory.json).
    pub name: String,
    pub(crate) password: Secret,
    /// Stored only: fourd never runs it.
    pub startup_method: String,
    /// 1 or 2: who created the account. Users read from disk count as the Designer's, which
    /// matters because the Administrator may not delete them.
    pub created_by: i64,
    pub deleted: bool,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("password", &self.password)
            .field("startup_method", &self.startup_method)
            .field("created_by", &self.created_by)
            .field("deleted", &self.deleted)
            .finish()
    }
}

/// One group and its direct members, both lists sorted by id without duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub member_users: Vec<i64>,
    pub member_groups: Vec<i64>,
}

/// Users, groups and plug-in bindings.
#[derive(Debug, Clone)]
pub struct Directory {
    /// Index `id - 1`: ids are dense because they are never reused.
    users: Vec<User>,
    /// Index `id - FIRST_GROUP_ID`: groups cannot be deleted.
    groups: Vec<Group>,
    user_names: NameIndex,
    group_names: NameIndex,
    /// Plug-in number → bound group id. Kept by id so a renamed group keeps its plug-ins.
    bindings: BTreeMap<i64, i64>,
    /// `settings.remoteDefaultUser`, used only by client/server login.
    pub remote_default_user: String,
}

impl Default for Directory {
    fn default() -> Directory {
        Directory::built_ins()
    }
}

impl Directory {
    /// What a project without directory.json has: Designer and Administrator, no password,
    /// no groups, no bindings (§2.1).
    pub fn built_ins() -> Directory {
        let mut dir = Directory {
            users: Vec::new(),
            groups: Vec::new(),
            user_names: NameIndex::default(),
            group_names: NameIndex::default(),
            bindings: BTreeMap::new(),
            remote_default_user: String::new(),
        };
        // The two names are distinct, so these cannot clash.
        let _ = dir.add_user("Designer", Secret::Empty, String::new(), DESIGNER);
        let _ = dir.add_user("Administrator", Secret::Empty, String::new(), DESIGNER);
        dir
    }

    /// Makes room before a bulk load, so 100,000 users do not rehash the index repeatedly.
    pub(crate) fn reserve(&mut self, users: usize, groups: usize) {
        self.users.reserve(users);
        self.groups.reserve(groups);
        self.user_names.reserve(users);
        self.group_names.reserve(groups);
    }

    // ----- users -----

    /// The user with this id, deleted or not.
    pub fn user(&self, id: i64) -> Option<&User> {
        let index = usize::try_from(id.checked_sub(1)?).ok()?;
        self.users.get(index)
    }

    pub(crate) fn user_mut(&mut self, id: i64) -> Option<&mut User> {
        let index = usize::try_from(id.checked_sub(1)?).ok()?;
        self.users.get_mut(index)
    }

    /// The user with this id unless it is deleted.
    pub fn active_user(&self, id: i64) -> Option<&User> {
        self.user(id).filter(|u| !u.deleted)
    }

    /// The id of the active user named `name` (case-insensitive).
    pub fn user_id(&self, name: &str) -> Option<i64> {
        self.user_names.get(name)
    }

    /// Every user, deleted ones included, in id order.
    pub fn users(&self) -> &[User] {
        &self.users
    }

    /// Adds a user with the next id; refuses a name an active user already has.
    pub(crate) fn add_user(
        &mut self,
        name: &str,
        password: Secret,
        startup_method: String,
        created_by: i64,
    ) -> Result<i64, i64> {
        let id = self.users.len() as i64 + 1;
        self.user_names.insert(name, id)?;
        self.users.push(User {
            id,
            name: name.to_string(),
            password,
            startup_method,
            created_by,
            deleted: false,
        });
        Ok(id)
    }

    /// Renames an active user; refuses a name another active user has.
    pub(crate) fn rename_user(&mut self, id: i64, name: &str) -> Result<(), i64> {
        let Some(old) = self.active_user(id).map(|u| u.name.clone()) else {
            return Err(0);
        };
        match self.user_names.get(name) {
            Some(other) if other != id => return Err(other),
            _ => {}
        }
        self.user_names.remove(&old, id);
        let _ = self.user_names.insert(name, id);
        if let Some(user) = self.user_mut(id) {
            user.name = name.to_string();
        }
        Ok(())
    }

    /// Marks a user deleted, frees its name and takes it out of every group.
    pub(crate) fn delete_user(&mut self, id: i64) {
        let Some(user) = self.user_mut(id) else {
            return;
        };
        user.deleted = true;
        let name = user.name.clone();
        self.user_names.remove(&name, id);
        self.set_user_groups(id, &[]);
    }

    /// The groups that list `user` directly, ascending id.
    pub fn direct_groups(&self, user: i64) -> impl Iterator<Item = &Group> {
        self.groups
            .iter()
            .filter(move |g| g.member_users.binary_search(&user).is_ok())
    }

    /// Makes `groups` (ids, unknown ones ignored) exactly the user's direct groups.
    pub(crate) fn set_user_groups(&mut self, user: i64, groups: &[i64]) {
        for group in &mut self.groups {
            let wanted = groups.contains(&group.id);
            match group.member_users.binary_search(&user) {
                Ok(at) if !wanted => {
                    group.member_users.remove(at);
                }
                Err(at) if wanted => group.member_users.insert(at, user),
                _ => {}
            }
        }
    }

    // ----- groups -----

    /// The group with this id.
    pub fn group(&self, id: i64) -> Option<&Group> {
        let index = usize::try_from(id.checked_sub(FIRST_GROUP_ID)?).ok()?;
        self.groups.get(index)
    }

    pub(crate) fn group_mut(&mut self, id: i64) -> Option<&mut Group> {
        let index = usize::try_from(id.checked_sub(FIRST_GROUP_ID)?).ok()?;
        self.groups.get_mut(index)
    }

    /// The id of the group named `name` (case-insensitive).
    pub fn group_id(&self, name: &str) -> Option<i64> {
        self.group_names.get(name)
    }

    /// Every group, in id order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Adds an empty group with the next id; refuses a name another group has.
    pub(crate) fn add_group(&mut self, name: &str) -> Result<i64, i64> {
        let id = FIRST_GROUP_ID + self.groups.len() as i64;
        self.group_names.insert(name, id)?;
        self.groups.push(Group {
            id,
            name: name.to_string(),
            member_users: Vec::new(),
            member_groups: Vec::new(),
        });
        Ok(id)
    }

    /// Renames a group; refuses a name another group has.
    pub(crate) fn rename_group(&mut self, id: i64, name: &str) -> Result<(), i64> {
        let Some(old) = self.group(id).map(|g| g.name.clone()) else {
            return Err(0);
        };
        match self.group_names.get(name) {
            Some(other) if other != id => return Err(other),
            _ => {}
        }
        self.group_names.remove(&old, id);
        let _ = self.group_names.insert(name, id);
        if let Some(group) = self.group_mut(id) {
            group.name = name.to_string();
        }
        Ok(())
    }

    /// Sets a group's direct members; the caller has already dropped unknown, deleted and
    /// self ids. Lists are kept sorted and without duplicates.
    pub(crate) fn set_group_members(&mut self, id: i64, mut users: Vec<i64>, mut groups: Vec<i64>) {
        users.sort_unstable();
        users.dedup();
        groups.sort_unstable();
        groups.dedup();
        if let Some(group) = self.group_mut(id) {
            group.member_users = users;
            group.member_groups = groups;
        }
    }

    // ----- plug-in bindings -----

    /// The group bound to `plugin`, if any.
    pub fn binding(&self, plugin: i64) -> Option<i64> {
        self.bindings.get(&plugin).copied()
    }

    /// Every binding, by plug-in number.
    pub fn bindings(&self) -> &BTreeMap<i64, i64> {
        &self.bindings
    }

    /// Binds `plugin` to `group`, or unbinds it with `None`; one group per plug-in.
    pub(crate) fn bind(&mut self, plugin: i64, group: Option<i64>) {
        match group {
            Some(group) => self.bindings.insert(plugin, group),
            None => self.bindings.remove(&plugin),
        };
    }

    // ----- membership -----

    /// Is `user` (transitively) in `group`? The walk starts from `start` when given (a
    /// `SET GROUP ACCESS` list) and from the directory's direct memberships otherwise.
    pub(crate) fn is_member(
        &self,
        user: i64,
        group: i64,
        start: Option<&[i64]>,
        scratch: &mut Scratch,
    ) -> bool {
        let Some(index) = self.group_index(group) else {
            return false;
        };
        scratch.any_reachable(&self.groups, index, |g| match start {
            Some(list) => list.contains(&g.id),
            None => g.member_users.binary_search(&user).is_ok(),
        })
    }

    /// Every user in `group` directly or through nested groups, ascending id.
    pub(crate) fn effective_users(&self, group: i64, scratch: &mut Scratch) -> Vec<i64> {
        let mut users = Vec::new();
        if let Some(index) = self.group_index(group) {
            scratch.any_reachable(&self.groups, index, |g| {
                users.extend_from_slice(&g.member_users);
                false
            });
        }
        users.sort_unstable();
        users.dedup();
        users
    }

    fn group_index(&self, id: i64) -> Option<usize> {
        let index = usize::try_from(id.checked_sub(FIRST_GROUP_ID)?).ok()?;
        (index < self.groups.len()).then_some(index)
    }

    /// Is access control on? The Designer has a password (§3.2).
    pub fn passwords_active(&self) -> bool {
        self.user(DESIGNER).is_some_and(|d| d.password.is_set())
    }
}
