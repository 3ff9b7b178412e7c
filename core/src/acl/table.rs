//! The command table ACL rules are written against: every command and subcommand of
//! Redis 7.0.15 with its ACL categories, derived once from the recorded COMMAND INFO
//! data (`commands/docs_data.rs`), never typed by hand. Each entry gets an id, the bit
//! it owns in a selector's command bitmap; a container's subcommands follow it.

use std::sync::OnceLock;

use crate::commands::docs::{self, Meta};

/// Redis 7.0's ACL categories, in the order ACL CAT lists them (and the order the rule
/// describer tries them).
pub const CATEGORIES: [&str; 21] = [
    "keyspace",
    "read",
    "write",
    "set",
    "sortedset",
    "list",
    "hash",
    "string",
    "bitmap",
    "hyperloglog",
    "geo",
    "stream",
    "pubsub",
    "admin",
    "fast",
    "slow",
    "blocking",
    "dangerous",
    "connection",
    "transaction",
    "scripting",
];

/// Bits of a selector's command bitmap: Redis's `USER_COMMAND_BITS_COUNT`. The last
/// bit is never a command's: `+@all` sets it, so it records "future commands too".
pub const COMMAND_BITS: usize = 1024;

/// The reserved "future commands" bit.
pub const FUTURE_BIT: usize = COMMAND_BITS - 1;

/// One command or subcommand as ACL sees it.
#[derive(Debug)]
pub struct AclCommand {
    /// Full lower-case name: `get`, or `config|get`.
    pub name: &'static str,
    /// Bit per entry of [`CATEGORIES`].
    pub categories: u32,
    /// The container's id, for a subcommand.
    pub parent: Option<usize>,
    /// Ids of the subcommands (a container's), contiguous after it.
    pub subs: std::ops::Range<usize>,
    /// The recorded metadata (key specs, flags).
    pub meta: &'static Meta,
}

/// Every command, by id.
#[derive(Debug)]
pub struct AclTable {
    /// The commands; the id is the index.
    pub commands: Vec<AclCommand>,
    /// Ids of the top-level commands, sorted by name.
    top: Vec<usize>,
}

/// The table, built on first use.
pub fn table() -> &'static AclTable {
    static TABLE: OnceLock<AclTable> = OnceLock::new();
    TABLE.get_or_init(AclTable::build)
}

/// The category bit of a name (without `@`), case-insensitively; `None` if unknown.
pub fn category_bit(name: &[u8]) -> Option<u32> {
    CATEGORIES
        .iter()
        .position(|c| c.as_bytes().eq_ignore_ascii_case(name))
        .map(|i| 1 << i)
}

fn categories_of(meta: &Meta) -> u32 {
    meta.acl_categories
        .iter()
        .filter_map(|c| category_bit(c.trim_start_matches('@').as_bytes()))
        .fold(0, |a, b| a | b)
}

impl AclTable {
    fn build() -> Self {
        let mut commands = Vec::new();
        let mut top = Vec::new();
        for meta in docs::all() {
            let id = commands.len();
            top.push(id);
            commands.push(AclCommand {
                name: meta.name,
                categories: categories_of(meta),
                parent: None,
                subs: 0..0,
                meta,
            });
            let start = commands.len();
            for sub in meta.subcommands {
                commands.push(AclCommand {
                    name: sub.name,
                    categories: categories_of(sub),
                    parent: Some(id),
                    subs: 0..0,
                    meta: sub,
                });
            }
            let end = commands.len();
            commands[id].subs = start..end;
        }
        // The reserved bit must stay free.
        commands.truncate(FUTURE_BIT);
        AclTable { commands, top }
    }

    /// The top-level command of this name, case-insensitively.
    pub fn top_level(&self, name: &[u8]) -> Option<usize> {
        self.top_level_lower(&name.to_ascii_lowercase())
    }

    /// [`top_level`](Self::top_level) for a name already in lower case (no copy).
    fn top_level_lower(&self, lower: &[u8]) -> Option<usize> {
        self.top
            .binary_search_by(|&id| self.commands[id].name.as_bytes().cmp(lower))
            .ok()
            .map(|i| self.top[i])
    }

    /// The subcommand `sub` of container `parent`, case-insensitively.
    pub fn subcommand(&self, parent: usize, sub: &[u8]) -> Option<usize> {
        let range = self.commands.get(parent)?.subs.clone();
        range.into_iter().find(|&id| {
            self.commands[id]
                .name
                .split_once('|')
                .is_some_and(|(_, s)| s.as_bytes().eq_ignore_ascii_case(sub))
        })
    }

    /// Redis's `lookupCommandBySds` over the original table: `name` or
    /// `container|sub` (only for a container), case-insensitively.
    pub fn lookup(&self, name: &[u8]) -> Option<usize> {
        let mut parts = name.split(|&b| b == b'|');
        let first = parts.next()?;
        let second = parts.next();
        if parts.next().is_some() {
            return None;
        }
        let id = self.top_level(first)?;
        match second {
            None => Some(id),
            Some(sub) => self.subcommand(id, sub),
        }
    }

    /// The id of a command as dispatch found it: its lower-case name and, for a
    /// subcommand, the container's.
    pub fn id_of(&self, container: Option<&str>, name: &str) -> Option<usize> {
        match container {
            None => self.top_level_lower(name.as_bytes()),
            Some(parent) => {
                let parent = self.top_level_lower(parent.as_bytes())?;
                self.subcommand(parent, name.as_bytes())
            }
        }
    }

    /// Ids of the commands in a category (subcommands included), in table order.
    pub fn in_category(&self, bit: u32) -> impl Iterator<Item = usize> + '_ {
        (0..self.commands.len()).filter(move |&id| self.commands[id].categories & bit != 0)
    }

    /// Whether the command can touch keys (Redis's `doesCommandHaveKeys`).
    pub fn has_keys(&self, id: usize) -> bool {
        let meta = self.commands[id].meta;
        docs::has_keys(meta) || meta.has_flag("movablekeys")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_come_from_the_recorded_table() {
        let t = table();
        let get = t.lookup(b"GET").unwrap();
        let bits = t.commands[get].categories;
        for cat in ["read", "string", "fast"] {
            assert_ne!(bits & category_bit(cat.as_bytes()).unwrap(), 0, "{cat}");
        }
        assert_eq!(bits & category_bit(b"write").unwrap(), 0);
        let cfg = t.lookup(b"config|GET").unwrap();
        assert_eq!(t.commands[cfg].name, "config|get");
        assert_eq!(t.commands[cfg].parent, t.lookup(b"config"));
        assert!(t.lookup(b"select|0").is_none());
        assert!(t.lookup(b"config|get|x").is_none());
        assert!(t.commands.len() < FUTURE_BIT);
    }
}
