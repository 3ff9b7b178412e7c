//! WATCH bookkeeping: which clients watch which keys, and which of them saw a watched
//! key change since (their next EXEC must fail). Lives in the node so a write by any
//! client, an expiry or a flush can invalidate another client's transaction without
//! touching that client.

use std::collections::{BTreeMap, BTreeSet};

use crate::client::ConnId;

/// Watched keys and invalidated watchers.
#[derive(Debug, Default)]
pub struct WatchState {
    /// Watchers per (db, key). A BTreeMap: keys come from clients.
    watchers: BTreeMap<(usize, Vec<u8>), Vec<ConnId>>,
    /// Clients a watched key of which was modified.
    invalidated: BTreeSet<ConnId>,
}

impl WatchState {
    /// Whether anyone watches anything (a fast path for writes).
    pub fn is_empty(&self) -> bool {
        self.watchers.is_empty()
    }

    /// `id` starts watching `key` in `db`.
    pub fn watch(&mut self, id: ConnId, db: usize, key: &[u8]) {
        let list = self.watchers.entry((db, key.to_vec())).or_default();
        if !list.contains(&id) {
            list.push(id);
        }
    }

    /// `id` stops watching the given keys, and its invalidation is forgotten.
    pub fn unwatch_all(&mut self, id: ConnId, keys: &[(usize, Vec<u8>)]) {
        for (db, key) in keys {
            let entry = (*db, key.clone());
            if let Some(list) = self.watchers.get_mut(&entry) {
                list.retain(|&c| c != id);
                if list.is_empty() {
                    self.watchers.remove(&entry);
                }
            }
        }
        self.invalidated.remove(&id);
    }

    /// `key` in `db` was modified: every client watching it must fail its EXEC.
    pub fn touch(&mut self, db: usize, key: &[u8]) {
        if self.watchers.is_empty() {
            return;
        }
        if let Some(list) = self.watchers.get(&(db, key.to_vec())) {
            self.invalidated.extend(list.iter().copied());
        }
    }

    /// Every watched key of `db` for which `changed` says yes was modified (FLUSHDB,
    /// FLUSHALL, SWAPDB: Redis invalidates only keys that existed on either side).
    pub fn touch_db(&mut self, db: usize, mut changed: impl FnMut(&[u8]) -> bool) {
        for ((d, key), list) in &self.watchers {
            if *d == db && changed(key) {
                self.invalidated.extend(list.iter().copied());
            }
        }
    }

    /// Whether a key `id` watches was modified.
    pub fn is_invalidated(&self, id: ConnId) -> bool {
        self.invalidated.contains(&id)
    }
}
