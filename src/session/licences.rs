//! Licences (§6) and the plug-in commands of §7.13–§7.14.
//!
//! A licence is taken at grant points only (session start, `CHANGE CURRENT USER`,
//! `SET GROUP ACCESS`, `SET PLUGIN ACCESS`) and by `Is license available` for its own
//! plug-in; it is never given back, and no pool is ever over-subscribed.

use super::error::AccessError;
use super::state::Session;

impl Session {
    /// Eligible(P): installed, not in demo mode, and P is unbound or the account is
    /// (transitively, from its session groups) in P's group. The Designer has no bypass.
    fn eligible(&self, index: usize) -> bool {
        if self.demo {
            return false;
        }
        match self.dir.binding(self.plugins[index].id) {
            None => true,
            Some(group) => self.in_group(self.account, group),
        }
    }

    /// Grant(P): the account takes a licence if it holds none, is eligible and the pool has
    /// room; otherwise nothing happens.
    fn grant(&mut self, index: usize) {
        let account = self.account;
        let plugin = &self.plugins[index];
        if plugin.holders.contains(&account) || !plugin.pool.has_room(plugin.holders.len()) {
            return;
        }
        if self.eligible(index) {
            self.plugins[index].holders.push(account);
        }
    }

    /// A grant point: Grant for every installed plug-in, ascending number.
    pub(crate) fn grant_point(&mut self) {
        for index in 0..self.plugins.len() {
            self.grant(index);
        }
    }

    fn plugin_index(&self, plugin: i64) -> Option<usize> {
        self.plugins.binary_search_by_key(&plugin, |p| p.id).ok()
    }

    /// `SET PLUGIN ACCESS(plugIn; group)`: binds any plug-in number (installed or not) to
    /// `group`, replacing the previous group; `""` unbinds it; an unknown group changes
    /// nothing. Needs the Designer or the Administrator (-9949). Then a grant point. Licences
    /// already held stay held.
    pub fn set_plugin_access(&mut self, plugin: i64, group: &str) -> Result<(), AccessError> {
        self.require_manager()?;
        let target = if group.is_empty() {
            None
        } else {
            match self.dir.group_id(group) {
                Some(id) => Some(id),
                None => return Ok(()),
            }
        };
        self.dir.bind(plugin, target);
        self.grant_point();
        Ok(())
    }

    /// `Get plugin access(plugIn)`: the bound group's current name, or `""`.
    pub fn get_plugin_access(&self, plugin: i64) -> Result<&str, AccessError> {
        Ok(self
            .dir
            .binding(plugin)
            .and_then(|id| self.dir.group(id))
            .map_or("", |g| g.name.as_str()))
    }

    /// `PLUGIN LIST`: the installed plug-ins' numbers and names, ascending number.
    pub fn plugin_list(&self) -> Result<(Vec<i64>, Vec<&str>), AccessError> {
        Ok(self.plugins.iter().map(|p| (p.id, p.name.as_str())).unzip())
    }

    /// `Is license available{(license)}`: without argument, False only in demo mode; with a
    /// plug-in number, Grant then "eligible and held" (§6). Not installed → False.
    pub fn is_license_available(&mut self, license: Option<i64>) -> Result<bool, AccessError> {
        let Some(plugin) = license else {
            return Ok(!self.demo);
        };
        let Some(index) = self.plugin_index(plugin) else {
            return Ok(false);
        };
        self.grant(index);
        Ok(self.plugins[index].holders.contains(&self.account) && self.eligible(index))
    }
}
