//! Access control, as Redis 7.0's ACL: users with passwords and selectors, the
//! permission check run before each command, and the ACL LOG of refusals.
//!
//! Clients hold a [`UserId`] and a `acl_restricted` flag: the check runs only for a
//! client whose user is not allowed everything, so the default user costs one branch.

pub mod file;
pub mod log;
pub mod table;
pub mod user;

use std::collections::BTreeMap;

use crate::commands::docs;
pub use log::{AclLog, LogContext, LogEntry};
use table::table;
pub use user::{RuleError, User};

/// A cheap handle on a user: its slot in [`Acl`]. Slot 0 is `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserId(pub u32);

/// The default user's handle.
pub const DEFAULT_USER: UserId = UserId(0);

/// Why a command was refused (Redis's `ACL_DENIED_*`, in their order of importance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Denied {
    /// The command (or subcommand) is not allowed.
    Command,
    /// The key at this argument index is not allowed.
    Key(usize),
    /// The channel at this argument index is not allowed.
    Channel(usize),
}

impl Denied {
    fn rank(self) -> u8 {
        match self {
            Denied::Command => 1,
            Denied::Key(_) => 2,
            Denied::Channel(_) => 4,
        }
    }

    fn pos(self) -> usize {
        match self {
            Denied::Command => 0,
            Denied::Key(p) | Denied::Channel(p) => p,
        }
    }
}

/// The users and the log.
#[derive(Debug)]
pub struct Acl {
    /// Users by slot; freed slots are `None`.
    users: Vec<Option<User>>,
    /// Names to slots, in byte order (ACL USERS / LIST order).
    by_name: BTreeMap<Vec<u8>, UserId>,
    /// ACL LOG.
    pub log: AclLog,
    /// Cached: the default user needs a password (or is off), so a client that has
    /// not authenticated gets NOAUTH.
    auth_required: bool,
}

impl Default for Acl {
    fn default() -> Self {
        Self::new()
    }
}

impl Acl {
    /// Only the `default` user, allowed everything, with no password.
    pub fn new() -> Self {
        let mut acl = Acl {
            users: vec![Some(User::new_default())],
            by_name: BTreeMap::new(),
            log: AclLog::default(),
            auth_required: false,
        };
        acl.by_name.insert(b"default".to_vec(), DEFAULT_USER);
        acl.refresh();
        acl
    }

    fn refresh(&mut self) {
        let d = self.default_user();
        self.auth_required = d.flags & user::FLAG_NOPASS == 0 || d.flags & user::FLAG_DISABLED != 0;
    }

    /// Whether a client that has not authenticated must (Redis's `authRequired`).
    #[inline]
    pub fn auth_required(&self) -> bool {
        self.auth_required
    }

    /// The default user.
    pub fn default_user(&self) -> &User {
        self.get(DEFAULT_USER)
            .unwrap_or_else(|| unreachable_default())
    }

    /// A user by handle.
    pub fn get(&self, id: UserId) -> Option<&User> {
        self.users.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// A user's name (`default` for a stale handle).
    pub fn name(&self, id: UserId) -> &[u8] {
        self.get(id).map_or(b"default", |u| &u.name)
    }

    /// A user by name.
    pub fn find(&self, name: &[u8]) -> Option<UserId> {
        self.by_name.get(name).copied()
    }

    /// Every user, in name order.
    pub fn users(&self) -> impl Iterator<Item = (UserId, &User)> {
        self.by_name
            .values()
            .filter_map(|&id| self.get(id).map(|u| (id, u)))
    }

    /// Whether clients of this user need the permission check.
    pub fn restricted(&self, id: UserId) -> bool {
        self.get(id).is_none_or(|u| !u.unrestricted())
    }

    /// Creates or replaces user `name` with `user` (its name is set to `name`).
    pub fn put(&mut self, name: &[u8], mut user: User) -> UserId {
        user.name = name.to_vec();
        let id = match self.find(name) {
            Some(id) => id,
            None => {
                let slot = self.users.iter().position(Option::is_none);
                let id = match slot {
                    Some(i) => UserId(i as u32),
                    None => {
                        self.users.push(None);
                        UserId((self.users.len() - 1) as u32)
                    }
                };
                self.by_name.insert(name.to_vec(), id);
                id
            }
        };
        if let Some(slot) = self.users.get_mut(id.0 as usize) {
            *slot = Some(user);
        }
        self.refresh();
        id
    }

    /// Removes a user (never `default`); returns its handle if it existed.
    pub fn remove(&mut self, name: &[u8]) -> Option<UserId> {
        if name == b"default" {
            return None;
        }
        let id = self.by_name.remove(name)?;
        if let Some(slot) = self.users.get_mut(id.0 as usize) {
            *slot = None;
        }
        Some(id)
    }

    /// Replaces every user by `users` (ACL LOAD); `default` keeps its handle and
    /// gets the rules of the `default` in `users` (or a fresh default's).
    pub fn replace_all(&mut self, users: Vec<User>) {
        let mut default = User::new_default();
        self.users.truncate(1);
        self.by_name.clear();
        self.by_name.insert(b"default".to_vec(), DEFAULT_USER);
        for u in users {
            if u.name == b"default" {
                default = u;
            } else {
                let name = u.name.clone();
                self.put(&name, u);
            }
        }
        self.users[0] = Some(default);
        self.refresh();
    }

    /// `requirepass`: the default user's password (`None`: nopass), as Redis's
    /// `ACLUpdateDefaultUserPassword`.
    pub fn set_default_password(&mut self, pass: Option<&[u8]>) {
        if let Some(Some(d)) = self.users.get_mut(0) {
            let _ = d.apply(b"resetpass", false);
            match pass {
                Some(p) => {
                    let mut op = b">".to_vec();
                    op.extend_from_slice(p);
                    let _ = d.apply(&op, false);
                }
                None => {
                    let _ = d.apply(b"nopass", false);
                }
            }
        }
        self.refresh();
    }

    /// Checks credentials: the user's handle when they are right.
    pub fn authenticate(&self, name: &[u8], pass: &[u8]) -> Option<UserId> {
        let id = self.find(name)?;
        self.get(id)?.password_ok(pass).then_some(id)
    }
}

/// What protected mode answers a refused connection, before closing it.
pub const DENIED: &str = "-DENIED Redis is running in protected mode because protected mode is \
enabled and no password is set for the default user. In this mode connections are only accepted \
from the loopback interface. If you want to connect from external computers to Redis you may \
adopt one of the following solutions: 1) Just disable protected mode sending the command 'CONFIG \
SET protected-mode no' from the loopback interface by connecting to Redis from the same host the \
server is running, however MAKE SURE Redis is not publicly accessible from internet if you do so. \
Use CONFIG REWRITE to make this change permanent. 2) Alternatively you can just disable the \
protected mode by editing the Redis configuration file, and setting the protected mode option to \
'no', and then restarting the server. 3) If you started the server manually just for testing, \
restart it with the '--protected-mode no' option. 4) Setup a an authentication password for the \
default user. NOTE: You only need to do one of the above things in order for the server to start \
accepting connections from the outside.\r\n";

/// Whether `protected-mode` refuses a connection from `peer` (`ip:port`): it is on,
/// the default user needs no password, and the peer is not a loopback address.
pub fn protected_mode_refuses(node: &crate::server::Node, peer: &str) -> bool {
    let default = node.acl.default_user();
    if default.flags & user::FLAG_NOPASS == 0 {
        return false;
    }
    if crate::directives::get_by_name(&node.config, "protected-mode").as_deref() != Some("yes") {
        return false;
    }
    let host = peer.rsplit_once(':').map_or(peer, |(h, _)| h);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    !(host.starts_with("127.") || host == "::1")
}

fn unreachable_default() -> &'static User {
    // The default user is never removed; this is only a type-level fallback.
    static FALLBACK: std::sync::OnceLock<User> = std::sync::OnceLock::new();
    FALLBACK.get_or_init(User::new_default)
}

/// Which argument of a pub/sub command is a channel, and how it is matched.
fn channel_args(name: &str, argc: usize) -> Option<(std::ops::Range<usize>, bool)> {
    match name {
        "publish" | "spublish" => Some((1..2.min(argc), false)),
        "subscribe" | "ssubscribe" => Some((1..argc, false)),
        "psubscribe" => Some((1..argc, true)),
        _ => None,
    }
}

/// Whether `user` may run command `id` (of the ACL table) with `argv` (Redis's
/// `ACLCheckAllUserCommandPerm`). `None` as id: a command Redis does not have, which
/// only a selector with every command allows.
pub fn check(user: &User, id: Option<usize>, argv: &[&[u8]]) -> Result<(), Denied> {
    let t = table();
    let mut relevant = Denied::Command;
    let mut keys: Option<Vec<docs::KeyRef>> = None;
    for sel in &user.selectors {
        let result = check_selector(sel, t, id, argv, &mut keys);
        let Err(denied) = result else {
            return Ok(());
        };
        if denied.rank() > relevant.rank()
            || (denied.rank() == relevant.rank() && denied.pos() > relevant.pos())
        {
            relevant = denied;
        }
    }
    Err(relevant)
}

fn check_selector(
    sel: &user::Selector,
    t: &table::AclTable,
    id: Option<usize>,
    argv: &[&[u8]],
    keys: &mut Option<Vec<docs::KeyRef>>,
) -> Result<(), Denied> {
    let Some(id) = id else {
        return if sel.all_commands {
            Ok(())
        } else {
            Err(Denied::Command)
        };
    };
    let cmd = &t.commands[id];
    if !sel.all_commands && !cmd.meta.has_flag("no_auth") && !sel.command_allowed(t, id, argv) {
        return Err(Denied::Command);
    }
    if !sel.all_keys && t.has_keys(id) {
        let keys = keys.get_or_insert_with(|| docs::get_keys(cmd.meta, argv));
        for k in keys.iter() {
            let mut need = 0;
            for f in k.flags {
                match *f {
                    "access" => need |= user::KEY_READ,
                    "insert" | "delete" | "update" => need |= user::KEY_WRITE,
                    _ => {}
                }
            }
            let key = argv.get(k.pos).copied().unwrap_or_default();
            if !sel.key_allowed(key, need) {
                return Err(Denied::Key(k.pos));
            }
        }
    }
    if !sel.all_channels
        && let Some((range, literal)) = channel_args(cmd.name, argv.len())
    {
        for j in range {
            if !sel.channel_allowed(argv[j], literal) {
                return Err(Denied::Channel(j));
            }
        }
    }
    Ok(())
}

/// Whether `user` may use `channel` (pattern `literal`ly for PSUBSCRIBE); used to
/// find subscriptions a rule change revokes.
pub fn channel_allowed(user: &User, channel: &[u8], literal: bool) -> bool {
    user.selectors
        .iter()
        .any(|s| s.channel_allowed(channel, literal))
}

#[cfg(test)]
mod tests;
