//! What `fourd session` shows: the state a run would start with, as text for people and as
//! JSON for tools. Passwords never appear, not even whether a user has one: only whether
//! access control is on (the Designer has a password), which decides how login works.

use super::directory::{ADMINISTRATOR, DESIGNER};
use super::state::Session;
use crate::json::{self, Json, JsonKind, Member};
use std::fmt::Write;

/// Which rendering [`Session::describe`] produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescribeFormat {
    Text,
    Json,
}

fn j(kind: JsonKind) -> Json {
    Json::new(kind)
}

fn text(s: &str) -> Json {
    j(JsonKind::String(s.to_string()))
}

fn number(n: i64) -> Json {
    j(JsonKind::Number(n as f64))
}

fn texts<'a>(items: impl IntoIterator<Item = &'a str>) -> Json {
    j(JsonKind::Array(items.into_iter().map(text).collect()))
}

fn object(members: Vec<(&str, Json)>) -> Json {
    j(JsonKind::Object(
        members
            .into_iter()
            .map(|(key, value)| Member {
                key: key.to_string(),
                key_span: 0..0,
                value,
            })
            .collect(),
    ))
}

impl Session {
    /// The session as text or as JSON (pretty-printed), for `fourd session`.
    pub fn describe(&self, format: DescribeFormat) -> String {
        match format {
            DescribeFormat::Json => json::to_string_pretty(&self.describe_json()),
            DescribeFormat::Text => self.describe_text(),
        }
    }

    fn user_name(&self, id: i64) -> &str {
        self.dir.user(id).map_or("?", |u| u.name.as_str())
    }

    fn group_name(&self, id: i64) -> &str {
        self.dir.group(id).map_or("?", |g| g.name.as_str())
    }

    /// Plug-ins to show: the installed ones, then bound numbers that are not installed.
    fn shown_plugins(&self) -> Vec<(i64, Option<usize>)> {
        let mut shown: Vec<(i64, Option<usize>)> = self
            .plugins
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, Some(i)))
            .collect();
        for &plugin in self.dir.bindings().keys() {
            if !self.plugins.iter().any(|p| p.id == plugin) {
                shown.push((plugin, None));
            }
        }
        shown
    }

    fn effective_users(&self, group: i64) -> Vec<i64> {
        self.dir
            .effective_users(group, &mut self.scratch.borrow_mut())
    }

    fn describe_json(&self) -> Json {
        let session_groups = self.session_group_ids();
        let users = self
            .dir
            .users()
            .iter()
            .map(|u| {
                let kind = match u.id {
                    DESIGNER => "Designer",
                    ADMINISTRATOR => "Administrator",
                    _ => "User",
                };
                object(vec![
                    ("id", number(u.id)),
                    ("name", text(&u.name)),
                    ("kind", text(kind)),
                    ("startupMethod", text(&u.startup_method)),
                    ("createdBy", number(u.created_by)),
                    ("deleted", j(JsonKind::Bool(u.deleted))),
                    (
                        "groups",
                        texts(self.dir.direct_groups(u.id).map(|g| g.name.as_str())),
                    ),
                ])
            })
            .collect();
        let groups = self
            .dir
            .groups()
            .iter()
            .map(|g| {
                object(vec![
                    ("id", number(g.id)),
                    ("name", text(&g.name)),
                    (
                        "users",
                        texts(g.member_users.iter().map(|&u| self.user_name(u))),
                    ),
                    (
                        "groups",
                        texts(g.member_groups.iter().map(|&m| self.group_name(m))),
                    ),
                    (
                        "effectiveUsers",
                        texts(
                            self.effective_users(g.id)
                                .into_iter()
                                .map(|u| self.user_name(u)),
                        ),
                    ),
                ])
            })
            .collect();
        let plugins = self
            .shown_plugins()
            .into_iter()
            .map(|(id, installed)| {
                let bound = self
                    .dir
                    .binding(id)
                    .map_or(j(JsonKind::Null), |g| text(self.group_name(g)));
                match installed.map(|i| &self.plugins[i]) {
                    Some(p) => object(vec![
                        ("id", number(p.id)),
                        ("name", text(&p.name)),
                        ("installed", j(JsonKind::Bool(true))),
                        ("group", bound),
                        (
                            "pool",
                            match p.pool {
                                super::options::Pool::Count(n) => number(i64::from(n)),
                                super::options::Pool::Unlimited => text("unlimited"),
                            },
                        ),
                        (
                            "heldBy",
                            texts(p.holders.iter().map(|&u| self.user_name(u))),
                        ),
                    ]),
                    None => object(vec![
                        ("id", number(id)),
                        ("installed", j(JsonKind::Bool(false))),
                        ("group", bound),
                    ]),
                }
            })
            .collect();
        object(vec![
            (
                "applicationType",
                object(vec![
                    ("value", number(self.app_type.value())),
                    ("name", text(self.app_type.name())),
                ]),
            ),
            ("demo", j(JsonKind::Bool(self.demo))),
            (
                "passwordsActive",
                j(JsonKind::Bool(self.dir.passwords_active())),
            ),
            (
                "currentUser",
                object(vec![
                    ("id", number(self.account)),
                    ("account", text(self.user_name(self.account))),
                    ("alias", text(&self.alias)),
                    (
                        "sessionGroups",
                        texts(session_groups.iter().map(|&g| self.group_name(g))),
                    ),
                    (
                        "sessionGroupsFrom",
                        text(if self.session_groups.is_some() {
                            "SET GROUP ACCESS"
                        } else {
                            "directory"
                        }),
                    ),
                ]),
            ),
            ("users", j(JsonKind::Array(users))),
            ("groups", j(JsonKind::Array(groups))),
            ("plugins", j(JsonKind::Array(plugins))),
        ])
    }

    fn describe_text(&self) -> String {
        let mut out = String::new();
        let list = |names: Vec<&str>| {
            if names.is_empty() {
                "-".to_string()
            } else {
                names.join(", ")
            }
        };
        let _ = writeln!(
            out,
            "Application type: {} ({})",
            self.app_type.name(),
            self.app_type.value()
        );
        let _ = writeln!(out, "Demo mode: {}", if self.demo { "yes" } else { "no" });
        let _ = writeln!(
            out,
            "Access control: {}",
            if self.dir.passwords_active() {
                "on (the Designer has a password)"
            } else {
                "off"
            }
        );
        let alias = if self.alias.is_empty() {
            String::new()
        } else {
            format!(", alias \"{}\"", self.alias)
        };
        let _ = writeln!(
            out,
            "Current user: {} (id {}){alias}",
            self.user_name(self.account),
            self.account
        );
        let groups: Vec<&str> = self
            .session_group_ids()
            .into_iter()
            .map(|g| self.group_name(g))
            .collect();
        let from = if self.session_groups.is_some() {
            "SET GROUP ACCESS"
        } else {
            "directory"
        };
        let _ = writeln!(out, "Session groups ({from}): {}", list(groups));

        let _ = writeln!(out, "\nUsers:");
        for u in self.dir.users() {
            let mut notes = Vec::new();
            match u.id {
                DESIGNER => notes.push("Designer".to_string()),
                ADMINISTRATOR => notes.push("Administrator".to_string()),
                _ => {}
            }
            if u.deleted {
                notes.push("deleted".to_string());
            }
            if !u.startup_method.is_empty() {
                notes.push(format!("startup method {}", u.startup_method));
            }
            let groups: Vec<&str> = self
                .dir
                .direct_groups(u.id)
                .map(|g| g.name.as_str())
                .collect();
            if !groups.is_empty() {
                notes.push(format!("groups: {}", groups.join(", ")));
            }
            let notes = if notes.is_empty() {
                String::new()
            } else {
                format!("  ({})", notes.join("; "))
            };
            let _ = writeln!(out, "  {:>5}  {}{notes}", u.id, u.name);
        }

        let _ = writeln!(out, "\nGroups:");
        if self.dir.groups().is_empty() {
            let _ = writeln!(out, "  (none)");
        }
        for g in self.dir.groups() {
            let _ = writeln!(out, "  {:>5}  {}", g.id, g.name);
            let users: Vec<&str> = g.member_users.iter().map(|&u| self.user_name(u)).collect();
            let nested: Vec<&str> = g
                .member_groups
                .iter()
                .map(|&m| self.group_name(m))
                .collect();
            let effective: Vec<&str> = self
                .effective_users(g.id)
                .into_iter()
                .map(|u| self.user_name(u))
                .collect();
            let _ = writeln!(out, "         direct users: {}", list(users));
            let _ = writeln!(out, "         direct groups: {}", list(nested));
            let _ = writeln!(out, "         effective users: {}", list(effective));
        }

        let _ = writeln!(out, "\nPlug-ins:");
        let shown = self.shown_plugins();
        if shown.is_empty() {
            let _ = writeln!(out, "  (none installed)");
        }
        for (id, installed) in shown {
            let group = self
                .dir
                .binding(id)
                .map_or("(no group)", |g| self.group_name(g));
            match installed.map(|i| &self.plugins[i]) {
                Some(p) => {
                    let holders: Vec<&str> = p.holders.iter().map(|&u| self.user_name(u)).collect();
                    let _ = writeln!(
                        out,
                        "  {id}  {}  group: {group}  pool: {}  licences held by: {}",
                        p.name,
                        p.pool,
                        list(holders)
                    );
                }
                None => {
                    let _ = writeln!(out, "  {id}  (not installed)  group: {group}");
                }
            }
        }
        out
    }
}
