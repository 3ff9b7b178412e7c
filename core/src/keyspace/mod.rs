//! The keyspace: numbered databases, each a dict of keys to values plus a dict of
//! expiry times (Unix milliseconds), with lazy expiry on access.

pub mod dict;

use crate::types::Value;
pub use dict::{Dict, KeyHasher};

/// One logical database (SELECT index).
#[derive(Debug)]
pub struct Db {
    entries: Dict<Value>,
    expires: Dict<i64>,
    /// Keys removed because their time passed (INFO's `expired_keys`).
    pub expired_keys: u64,
}

impl Db {
    /// An empty database hashing keys with `hasher`.
    pub fn new(hasher: KeyHasher) -> Self {
        Db {
            entries: Dict::new(hasher),
            expires: Dict::new(hasher),
            expired_keys: 0,
        }
    }

    /// Number of keys, including ones whose time passed but that were not reclaimed yet.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the database holds no keys.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of keys with an expiry.
    pub fn expires_len(&self) -> usize {
        self.expires.len()
    }

    /// Removes `key` if its expiry is at or before `now_ms`; returns whether it did.
    pub fn expire_if_needed(&mut self, key: &[u8], now_ms: i64) -> bool {
        if self.expires.is_empty() {
            return false;
        }
        match self.expires.get(key) {
            Some(&when) if when <= now_ms => {
                self.entries.remove(key);
                self.expires.remove(key);
                self.expired_keys += 1;
                true
            }
            _ => false,
        }
    }

    /// The live value under `key`.
    pub fn get(&mut self, key: &[u8], now_ms: i64) -> Option<&Value> {
        self.expire_if_needed(key, now_ms);
        self.entries.get(key)
    }

    /// The live value under `key`, mutably.
    pub fn get_mut(&mut self, key: &[u8], now_ms: i64) -> Option<&mut Value> {
        self.expire_if_needed(key, now_ms);
        self.entries.get_mut(key)
    }

    /// Whether `key` exists and is live.
    pub fn contains(&mut self, key: &[u8], now_ms: i64) -> bool {
        self.get(key, now_ms).is_some()
    }

    /// Stores `value` under `key`, clearing any expiry (SET without KEEPTTL).
    pub fn set(&mut self, key: &[u8], value: Value) {
        self.entries.insert(key, value);
        if !self.expires.is_empty() {
            self.expires.remove(key);
        }
    }

    /// Stores `value` under `key`, keeping its expiry if it had one.
    pub fn set_keep_ttl(&mut self, key: &[u8], value: Value) {
        self.entries.insert(key, value);
    }

    /// Deletes `key` (live or not); returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<Value> {
        let v = self.entries.remove(key);
        if v.is_some() && !self.expires.is_empty() {
            self.expires.remove(key);
        }
        v
    }

    /// The expiry of `key` in Unix milliseconds, if it has one.
    pub fn expire_at(&self, key: &[u8]) -> Option<i64> {
        self.expires.get(key).copied()
    }

    /// Sets the expiry of an existing key; returns false if the key is absent.
    pub fn set_expire(&mut self, key: &[u8], when_ms: i64) -> bool {
        if self.entries.get(key).is_none() {
            return false;
        }
        self.expires.insert(key, when_ms);
        true
    }

    /// Removes the expiry of `key`; returns whether it had one.
    pub fn persist(&mut self, key: &[u8]) -> bool {
        self.expires.remove(key).is_some()
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.expires.clear();
    }

    /// All keys and values (expired ones included; callers filter).
    pub fn entries(&self) -> &Dict<Value> {
        &self.entries
    }

    /// All keys with expiries.
    pub fn expires(&self) -> &Dict<i64> {
        &self.expires
    }

    /// A random live key, or `None` when the database is empty.
    pub fn random_key(
        &mut self,
        now_ms: i64,
        mut random: impl FnMut(u64) -> u64,
    ) -> Option<Vec<u8>> {
        // Bounded retries: if every sampled key is expired, reclaim them as we go.
        for _ in 0..100 {
            let key = self.entries.random_entry(&mut random)?.0.to_vec();
            if !self.expire_if_needed(&key, now_ms) {
                return Some(key);
            }
        }
        self.entries
            .random_entry(&mut random)
            .map(|(k, _)| k.to_vec())
    }

    /// One round of active expiry: samples up to `samples` keys with an expiry and
    /// removes those whose time passed. Returns (sampled, expired).
    pub fn active_expire_round(
        &mut self,
        now_ms: i64,
        samples: usize,
        mut random: impl FnMut(u64) -> u64,
    ) -> (usize, usize) {
        let mut sampled = 0;
        let mut expired = 0;
        for _ in 0..samples {
            let Some((key, &when)) = self.expires.random_entry(&mut random) else {
                break;
            };
            sampled += 1;
            if when <= now_ms {
                let key = key.to_vec();
                self.entries.remove(&key);
                self.expires.remove(&key);
                self.expired_keys += 1;
                expired += 1;
            }
        }
        (sampled, expired)
    }
}
