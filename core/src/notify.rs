//! Keyspace notifications (`notify-keyspace-events`): the event classes and the
//! messages Redis publishes when keys change.
//!
//! A command that changes a key calls [`Ctx::notify`](crate::commands::Ctx::notify)
//! with the event's class and name after the change, as Redis's
//! `notifyKeyspaceEvent` is called. Enabled classes publish on
//! `__keyspace@<db>__:<key>` (message: the event name) for `K` and on
//! `__keyevent@<db>__:<event>` (message: the key) for `E`, to channel and pattern
//! subscribers alike. Events the keyspace itself causes (a key expiring, a key being
//! created) are logged by the [`Db`](crate::keyspace::Db) while enabled and published
//! by the server right after, so the core pays nothing while notifications are off.

/// `K`: publish on `__keyspace@<db>__:<key>`.
pub const KEYSPACE: u32 = 1;
/// `E`: publish on `__keyevent@<db>__:<event>`.
pub const KEYEVENT: u32 = 1 << 1;
/// `g`: generic commands (DEL, EXPIRE, RENAME, ...).
pub const GENERIC: u32 = 1 << 2;
/// `$`: string commands.
pub const STRING: u32 = 1 << 3;
/// `l`: list commands.
pub const LIST: u32 = 1 << 4;
/// `s`: set commands.
pub const SET: u32 = 1 << 5;
/// `h`: hash commands.
pub const HASH: u32 = 1 << 6;
/// `z`: sorted set commands.
pub const ZSET: u32 = 1 << 7;
/// `x`: a key expired.
pub const EXPIRED: u32 = 1 << 8;
/// `e`: a key was evicted for maxmemory.
pub const EVICTED: u32 = 1 << 9;
/// `t`: stream commands.
pub const STREAM: u32 = 1 << 10;
/// `m`: a read command found a key missing (not part of `A`).
pub const KEY_MISS: u32 = 1 << 11;
/// `d`: module key types.
pub const MODULE: u32 = 1 << 12;
/// `n`: a key was created (not part of `A`).
pub const NEW: u32 = 1 << 14;
/// `A`: every class but `m` and `n`.
pub const ALL: u32 =
    GENERIC | STRING | LIST | SET | HASH | ZSET | EXPIRED | EVICTED | STREAM | MODULE;

/// The class letters in the order Redis prints them (CONFIG GET).
pub const CLASS_LETTERS: &[(char, u32)] = &[
    ('g', GENERIC),
    ('$', STRING),
    ('l', LIST),
    ('s', SET),
    ('h', HASH),
    ('z', ZSET),
    ('x', EXPIRED),
    ('e', EVICTED),
    ('t', STREAM),
    ('d', MODULE),
    ('n', NEW),
];

/// Whether an event of `class` is published under `flags` (some class and some
/// destination, `K` or `E`, enabled).
#[inline]
pub fn enabled(flags: u32, class: u32) -> bool {
    flags & class != 0 && flags & (KEYSPACE | KEYEVENT) != 0
}

/// The channel `__keyspace@<db>__:<key>`.
pub fn keyspace_channel(db: usize, key: &[u8]) -> Vec<u8> {
    let mut channel = format!("__keyspace@{db}__:").into_bytes();
    channel.extend_from_slice(key);
    channel
}

/// The channel `__keyevent@<db>__:<event>`.
pub fn keyevent_channel(db: usize, event: &str) -> Vec<u8> {
    format!("__keyevent@{db}__:{event}").into_bytes()
}
