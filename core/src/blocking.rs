//! The waiting room of blocking commands (BLPOP, BLMOVE, BZPOPMIN, XREAD BLOCK, ...).
//!
//! A handler that finds nothing to serve calls [`Ctx::block`](crate::commands::Ctx::block)
//! instead of replying. The server parks the client: it stops reading its further input
//! (which stays buffered), remembers the command's arguments and queues the client on
//! each key, first blocked first served. When a write command touches a key with
//! waiters the key is marked ready; after that command the server runs each waiter's
//! command again, in order. A waiter whose command blocks again keeps its place; one that
//! replies is released, and its buffered input is processed once the current input is
//! done, as Redis does. A deadline releases a waiter with its timeout reply.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::client::ConnId;
use crate::resp::Reply;
use crate::time::{Instant, Now};

/// What a blocked command replies when its timeout passes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TimeoutReply {
    /// The null array (`*-1`; `_` in RESP3): BLPOP, BZPOPMIN, BLMPOP, XREAD.
    NullArray,
    /// The null bulk string (`$-1`; `_` in RESP3): BLMOVE, BRPOPLPUSH.
    NullBulk,
    /// `+OK`: DEBUG SLEEP, whose wait always ends by its deadline.
    Ok,
}

impl TimeoutReply {
    /// Writes this reply.
    pub fn write(self, out: &mut Reply) {
        match self {
            TimeoutReply::NullArray => out.null_array(),
            TimeoutReply::NullBulk => out.null(),
            TimeoutReply::Ok => out.ok(),
        }
    }
}

/// What a handler asks for when it blocks.
#[derive(Clone, Debug)]
pub struct BlockRequest {
    /// Keys (in the client's database) whose writes may serve the command.
    pub keys: Vec<Vec<u8>>,
    /// When to give up (`None`: never).
    pub deadline: Option<Instant>,
    /// The reply sent at the deadline.
    pub on_timeout: TimeoutReply,
    /// Arguments to run again instead of the ones sent, when the command must remember
    /// something from the time it blocked (XREAD's `$` becomes the stream's last id).
    /// Set with [`Ctx::rewrite_block_argv`](crate::commands::Ctx::rewrite_block_argv).
    pub argv: Option<Vec<Vec<u8>>>,
}

/// A parked client's command.
#[derive(Clone, Debug)]
pub struct Blocked {
    /// Database the keys live in.
    pub db: usize,
    /// Keys it waits on.
    pub keys: Vec<Vec<u8>>,
    /// When it gives up.
    pub deadline: Option<Instant>,
    /// Reply at the deadline.
    pub on_timeout: TimeoutReply,
    /// The command, run again when a key is ready.
    pub argv: Vec<Vec<u8>>,
}

/// Every parked client, by key and by deadline.
#[derive(Debug, Default)]
pub struct BlockingState {
    /// Waiters per (db, key), in blocking order. A BTreeMap: keys come from clients, so
    /// no hash a client could aim at.
    waiters: BTreeMap<(usize, Vec<u8>), VecDeque<ConnId>>,
    /// Deadlines, earliest first.
    deadlines: BTreeSet<(Instant, ConnId)>,
    /// Keys written since the last serving pass, in the order they became ready.
    ready: VecDeque<(usize, Vec<u8>)>,
    /// Clients released since their input was last processed.
    released: VecDeque<ConnId>,
    /// Number of parked clients (INFO's `blocked_clients`).
    blocked_clients: usize,
}

impl BlockingState {
    /// Whether any client waits on any key.
    pub fn has_waiters(&self) -> bool {
        !self.waiters.is_empty()
    }

    /// Number of parked clients.
    pub fn blocked_clients(&self) -> usize {
        self.blocked_clients
    }

    /// Marks `key` in `db` ready if anyone waits on it (called after writes).
    pub fn signal_key(&mut self, db: usize, key: &[u8]) {
        if self.waiters.is_empty() {
            return;
        }
        let entry = (db, key.to_vec());
        if self.waiters.contains_key(&entry) && !self.ready.contains(&entry) {
            self.ready.push_back(entry);
        }
    }

    /// Marks every waited-on key of `db` ready (FLUSHDB, SWAPDB and the like).
    pub fn signal_db(&mut self, db: usize) {
        let keys: Vec<_> = self
            .waiters
            .keys()
            .filter(|(d, _)| *d == db)
            .cloned()
            .collect();
        for (d, k) in keys {
            self.signal_key(d, &k);
        }
    }

    /// Parks `id` on `blocked`'s keys.
    pub fn park(&mut self, id: ConnId, blocked: &Blocked) {
        for key in &blocked.keys {
            let queue = self.waiters.entry((blocked.db, key.clone())).or_default();
            if !queue.contains(&id) {
                queue.push_back(id);
            }
        }
        if let Some(deadline) = blocked.deadline {
            self.deadlines.insert((deadline, id));
        }
        self.blocked_clients += 1;
    }

    /// Removes `id` from every queue it is in.
    pub fn unpark(&mut self, id: ConnId, blocked: &Blocked) {
        for key in &blocked.keys {
            let entry = (blocked.db, key.clone());
            if let Some(queue) = self.waiters.get_mut(&entry) {
                queue.retain(|&c| c != id);
                if queue.is_empty() {
                    self.waiters.remove(&entry);
                }
            }
        }
        if let Some(deadline) = blocked.deadline {
            self.deadlines.remove(&(deadline, id));
        }
        self.blocked_clients = self.blocked_clients.saturating_sub(1);
    }

    /// Whether a write made a key ready since the last [`next_ready`](Self::next_ready)
    /// returned `None`.
    #[inline]
    pub fn has_ready(&self) -> bool {
        !self.ready.is_empty()
    }

    /// The next ready key and a snapshot of its waiters, in order.
    pub fn next_ready(&mut self) -> Option<(usize, Vec<u8>, Vec<ConnId>)> {
        while let Some((db, key)) = self.ready.pop_front() {
            if let Some(queue) = self.waiters.get(&(db, key.clone())) {
                let ids = queue.iter().copied().collect();
                return Some((db, key, ids));
            }
        }
        None
    }

    /// The earliest deadline.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.deadlines.first().map(|&(t, _)| t)
    }

    /// Clients whose deadline is at or before `now`, earliest first.
    pub fn expired(&self, now: Instant) -> Vec<ConnId> {
        self.deadlines
            .iter()
            .take_while(|&&(t, _)| t <= now)
            .map(|&(_, id)| id)
            .collect()
    }

    /// Records that `id` was released and its buffered input should be processed.
    pub fn released(&mut self, id: ConnId) {
        self.released.push_back(id);
    }

    /// The next released client whose input is still to be processed.
    pub fn next_released(&mut self) -> Option<ConnId> {
        self.released.pop_front()
    }
}

/// Parses a blocking timeout in seconds (BLPOP, BZPOPMIN, ...) as Redis 7.0 does: a
/// decimal number of seconds, rounded up to whole milliseconds; 0 means forever (and so
/// does a tiny negative that rounds up to 0). Returns the deadline.
///
/// Redis 7.0 converts the milliseconds to a `long long` unchecked: a value out of that
/// range (`1e16`, `inf`) becomes LLONG_MIN on x86 and is refused as negative, and a
/// deadline past the end of time never fires (7.0.15 has no "out of range" check here).
pub fn parse_timeout_secs(arg: &[u8], now: Now) -> Result<Option<Instant>, &'static str> {
    let secs =
        crate::util::number::parse_f64(arg).ok_or("ERR timeout is not a float or out of range")?;
    let ms = (secs * 1000.0).ceil();
    // 2^63 is exact as an f64.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    let ms = if (-LIMIT..LIMIT).contains(&ms) {
        ms as i64
    } else {
        i64::MIN
    };
    if ms < 0 {
        return Err("ERR timeout is negative");
    }
    if ms == 0 {
        return Ok(None);
    }
    Ok(Some(now.mono.add_millis(ms as u64)))
}

/// Parses a blocking timeout in milliseconds (XREAD BLOCK, WAIT) as Redis 7.0 does.
pub fn parse_timeout_millis(arg: &[u8], now: Now) -> Result<Option<Instant>, &'static str> {
    let ms = crate::util::number::parse_i64(arg)
        .ok_or("ERR timeout is not an integer or out of range")?;
    timeout_from_millis(ms as f64, now)
}

fn timeout_from_millis(ms: f64, now: Now) -> Result<Option<Instant>, &'static str> {
    if ms > i64::MAX as f64 || ms.is_nan() {
        return Err("ERR timeout is out of range");
    }
    if ms < 0.0 {
        return Err("ERR timeout is negative");
    }
    if ms == 0.0 {
        return Ok(None);
    }
    if ms > (i64::MAX - now.unix_ms()) as f64 {
        return Err("ERR timeout is out of range");
    }
    Ok(Some(now.mono.add_millis(ms as u64)))
}
