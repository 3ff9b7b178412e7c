//! The keyspace: numbered databases, each a [`Dict`] of keys to values with their
//! expiry times (Unix milliseconds), lazy expiry on access and Redis's active expiry
//! cycle.
//!
//! A key is stored once. Its expiry lives next to its value (one probe answers "is it
//! live?"), and the keys that have one are indexed by their 64-bit hash alone in a
//! [`SegTable`], which the active expiry cycle walks with a SCAN-style cursor, as Redis
//! 7.0 walks its `expires` dict.

pub mod dict;
pub mod segtable;

use crate::notify;
use crate::types::Value;
pub use dict::{Dict, KeyHasher};
pub use segtable::SegTable;

/// Keys examined per active-expiry round (Redis's ACTIVE_EXPIRE_CYCLE_KEYS_PER_LOOP).
pub const ACTIVE_EXPIRE_KEYS_PER_LOOP: usize = 20;
/// Another round runs while more than this percentage of a round had expired
/// (ACTIVE_EXPIRE_CYCLE_ACCEPTABLE_STALE).
pub const ACTIVE_EXPIRE_ACCEPTABLE_STALE: usize = 10;
/// Rounds per database per cron tick: a work bound standing in for Redis's CPU-time
/// limit, since the core never reads a clock (at most 20 * 256 keys examined).
pub const ACTIVE_EXPIRE_MAX_ROUNDS: usize = 256;

/// Marks a key without an expiry.
const NO_EXPIRE: i64 = i64::MIN;

/// What the dict stores per key.
#[derive(Debug, Clone)]
struct Slot {
    value: Value,
    /// Unix ms, or [`NO_EXPIRE`].
    expire: i64,
}

impl Slot {
    /// Whether the key is logically gone at `now_ms` (Redis: `now > when`).
    #[inline]
    fn expired(&self, now_ms: i64) -> bool {
        self.expire != NO_EXPIRE && now_ms > self.expire
    }

    fn expire_opt(&self) -> Option<i64> {
        (self.expire != NO_EXPIRE).then_some(self.expire)
    }
}

/// One logical database (SELECT index).
#[derive(Debug, Clone)]
pub struct Db {
    entries: Dict<Slot>,
    /// One hash per key that has an expiry (duplicates when two such keys collide).
    volatile: SegTable<u64>,
    /// Where the active expiry cycle resumes its walk over `volatile`.
    expire_cursor: u64,
    /// Keys removed because their time passed (INFO's `expired_keys`).
    pub expired_keys: u64,
    /// Running estimate of the TTL of keys with an expiry, in ms (INFO keyspace's
    /// `avg_ttl`), updated by the active expiry cycle as Redis does.
    pub avg_ttl: i64,
    /// Which keyspace events the database logs for the server to publish
    /// ([`notify::EXPIRED`], [`notify::NEW`]); 0 while notifications are off.
    pub log_events: u32,
    /// Logged events, oldest first: the class and the key.
    pub events: Vec<(u32, Box<[u8]>)>,
}

impl Db {
    /// An empty database hashing keys with `hasher`.
    pub fn new(hasher: KeyHasher) -> Self {
        Db {
            entries: Dict::new(hasher),
            volatile: SegTable::new(),
            expire_cursor: 0,
            expired_keys: 0,
            avg_ttl: 0,
            log_events: 0,
            events: Vec::new(),
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
        self.volatile.len()
    }

    fn volatile_add(&mut self, hash: u64) {
        self.volatile.insert_unique(hash, hash, |&h| h);
    }

    fn volatile_remove(&mut self, hash: u64) {
        self.volatile.remove(hash, |&h| h == hash, |&h| h);
    }

    /// Deletes `key` (hash `hash`) because its time passed.
    fn delete_expired(&mut self, hash: u64, key: &[u8]) {
        if let Some((k, _)) = self.entries.remove_entry_hashed(hash, key) {
            self.volatile_remove(hash);
            self.expired_keys += 1;
            self.log(notify::EXPIRED, k);
        }
    }

    /// Logs an event of `class` on `key` if the database logs that class.
    fn log(&mut self, class: u32, key: impl Into<Box<[u8]>>) {
        if self.log_events & class != 0 {
            self.events.push((class, key.into()));
        }
    }

    /// Deletes `key` if its time passed at `now_ms`; returns whether it did.
    pub fn expire_if_needed(&mut self, key: &[u8], now_ms: i64) -> bool {
        if self.volatile.is_empty() {
            return false;
        }
        let h = self.entries.hash(key);
        self.expire_if_needed_hashed(h, key, now_ms)
    }

    fn expire_if_needed_hashed(&mut self, hash: u64, key: &[u8], now_ms: i64) -> bool {
        match self.entries.get_hashed(hash, key) {
            Some(slot) if slot.expired(now_ms) => {
                self.delete_expired(hash, key);
                true
            }
            _ => false,
        }
    }

    /// Whether `key` is stored, live or not (no expiry check, nothing deleted).
    pub fn contains_key(&self, key: &[u8]) -> bool {
        self.entries.get(key).is_some()
    }

    /// Whether `key` is present and its time passed, without deleting it (KEYS, and
    /// Redis's `keyIsExpired`).
    pub fn is_expired(&self, key: &[u8], now_ms: i64) -> bool {
        self.entries
            .get(key)
            .is_some_and(|slot| slot.expired(now_ms))
    }

    /// The live value under `key` (deleting it first if its time passed).
    pub fn get(&mut self, key: &[u8], now_ms: i64) -> Option<&Value> {
        let h = self.entries.hash(key);
        if !self.volatile.is_empty() {
            self.expire_if_needed_hashed(h, key, now_ms);
        }
        self.entries.get_hashed(h, key).map(|s| &s.value)
    }

    /// The value under `key` if it is live at `now_ms`, without deleting anything:
    /// for commands that hold several values at once (SINTER, SUNION, ...) after
    /// looking each key up with [`get`](Self::get).
    pub fn peek(&self, key: &[u8], now_ms: i64) -> Option<&Value> {
        self.entries
            .get(key)
            .filter(|slot| !slot.expired(now_ms))
            .map(|s| &s.value)
    }

    /// The live value under `key`, mutably.
    pub fn get_mut(&mut self, key: &[u8], now_ms: i64) -> Option<&mut Value> {
        let h = self.entries.hash(key);
        if !self.volatile.is_empty() {
            self.expire_if_needed_hashed(h, key, now_ms);
        }
        self.entries.get_mut_hashed(h, key).map(|s| &mut s.value)
    }

    /// Whether `key` exists and is live.
    pub fn contains(&mut self, key: &[u8], now_ms: i64) -> bool {
        self.get(key, now_ms).is_some()
    }

    /// Stores `value` under `key`, clearing any expiry (SET without KEEPTTL).
    pub fn set(&mut self, key: &[u8], value: Value) {
        let h = self.entries.hash(key);
        let slot = Slot {
            value,
            expire: NO_EXPIRE,
        };
        match self.entries.insert_hashed(h, key, slot) {
            Some(old) if old.expire != NO_EXPIRE => self.volatile_remove(h),
            Some(_) => {}
            None => self.log(notify::NEW, key),
        }
    }

    /// Stores `value` under `key`, keeping its expiry if it had one.
    pub fn set_keep_ttl(&mut self, key: &[u8], value: Value) {
        let h = self.entries.hash(key);
        match self.entries.get_mut_hashed(h, key) {
            Some(slot) => slot.value = value,
            None => {
                self.entries.insert_hashed(
                    h,
                    key,
                    Slot {
                        value,
                        expire: NO_EXPIRE,
                    },
                );
                self.log(notify::NEW, key);
            }
        }
    }

    /// Stores `value` under an owned `key` with the given expiry, replacing any previous
    /// value and expiry (RENAME, MOVE, COPY, loading).
    pub fn insert(&mut self, key: Box<[u8]>, value: Value, expire_at: Option<i64>) {
        let h = self.entries.hash(&key);
        let expire = expire_at.unwrap_or(NO_EXPIRE);
        let new_key = (self.log_events & notify::NEW != 0).then(|| key.clone());
        let old = self.entries.insert_boxed(key, Slot { value, expire });
        let had = old.as_ref().is_some_and(|old| old.expire != NO_EXPIRE);
        if let (None, Some(key)) = (old, new_key) {
            self.log(notify::NEW, key);
        }
        match (had, expire != NO_EXPIRE) {
            (true, false) => self.volatile_remove(h),
            (false, true) => self.volatile_add(h),
            _ => {}
        }
    }

    /// Deletes `key` (live or not); returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<Value> {
        self.take(key).map(|(_, v, _)| v)
    }

    /// Deletes `key` (live or not); returns the stored key, its value and its expiry.
    pub fn take(&mut self, key: &[u8]) -> Option<(Box<[u8]>, Value, Option<i64>)> {
        let h = self.entries.hash(key);
        let (k, slot) = self.entries.remove_entry_hashed(h, key)?;
        if slot.expire != NO_EXPIRE {
            self.volatile_remove(h);
        }
        let expire = slot.expire_opt();
        Some((k, slot.value, expire))
    }

    /// The expiry of `key` in Unix milliseconds, if it has one.
    pub fn expire_at(&self, key: &[u8]) -> Option<i64> {
        self.entries.get(key).and_then(Slot::expire_opt)
    }

    /// Sets the expiry of an existing key; returns false if the key is absent.
    pub fn set_expire(&mut self, key: &[u8], when_ms: i64) -> bool {
        let h = self.entries.hash(key);
        let Some(slot) = self.entries.get_mut_hashed(h, key) else {
            return false;
        };
        let had = slot.expire != NO_EXPIRE;
        // NO_EXPIRE is i64::MIN; a key due then is long gone anyway.
        slot.expire = when_ms.max(NO_EXPIRE + 1);
        if !had {
            self.volatile_add(h);
        }
        true
    }

    /// Removes the expiry of `key`; returns whether it had one.
    pub fn persist(&mut self, key: &[u8]) -> bool {
        let h = self.entries.hash(key);
        let Some(slot) = self.entries.get_mut_hashed(h, key) else {
            return false;
        };
        if slot.expire == NO_EXPIRE {
            return false;
        }
        slot.expire = NO_EXPIRE;
        self.volatile_remove(h);
        true
    }

    /// Removes every key; returns how many there were.
    pub fn clear(&mut self) -> usize {
        let n = self.entries.len();
        self.entries.clear();
        self.volatile.clear();
        self.expire_cursor = 0;
        self.avg_ttl = 0;
        n
    }

    /// Every key with its value and expiry (expired ones included; callers filter).
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &Value, Option<i64>)> {
        self.entries
            .iter()
            .map(|(k, s)| (k, &s.value, s.expire_opt()))
    }

    /// One SCAN step over the keys (see [`Dict::scan_step`]): visits a small group of
    /// keys, expired ones included, and returns the next cursor (0 when done).
    pub fn scan_step(&self, cursor: u64, mut visit: impl FnMut(&[u8], &Value, Option<i64>)) -> u64 {
        self.entries
            .scan_step(cursor, |k, s| visit(k, &s.value, s.expire_opt()))
    }

    /// A random live key, or `None` when the database is empty. Expired keys met on
    /// the way are deleted, as Redis's `dbRandomKey` does.
    pub fn random_key(
        &mut self,
        now_ms: i64,
        mut random: impl FnMut(u64) -> u64,
    ) -> Option<Vec<u8>> {
        // Each failed try deletes a key, so this ends within len() + 1 tries.
        for _ in 0..=self.entries.len() {
            let (key, slot) = self.entries.random_entry(&mut random)?;
            let key = key.to_vec();
            if slot.expired(now_ms) {
                let h = self.entries.hash(&key);
                self.delete_expired(h, &key);
                continue;
            }
            return Some(key);
        }
        None
    }

    /// One round of active expiry: examines about `samples` keys with an expiry, in
    /// cursor order, and deletes those whose time passed. Returns (examined, expired).
    /// The randomness is unused: Redis 7.0 walks its expires table with a cursor.
    pub fn active_expire_round(
        &mut self,
        now_ms: i64,
        samples: usize,
        _random: impl FnMut(u64) -> u64,
    ) -> (usize, usize) {
        let mut ttl = (0i64, 0i64);
        self.expire_round(now_ms, samples, &mut ttl)
    }

    /// Redis's active expiry cycle for this database: rounds of
    /// [`ACTIVE_EXPIRE_KEYS_PER_LOOP`] keys, repeated while more than
    /// [`ACTIVE_EXPIRE_ACCEPTABLE_STALE`]% of a round had expired, at most `max_rounds`
    /// rounds. Returns (examined, expired) in total.
    pub fn active_expire_cycle(&mut self, now_ms: i64, max_rounds: usize) -> (usize, usize) {
        let (mut sampled, mut expired) = (0, 0);
        let mut ttl = (0i64, 0i64);
        for _ in 0..max_rounds {
            if self.volatile.is_empty() {
                self.avg_ttl = 0;
                break;
            }
            let (s, e) = self.expire_round(now_ms, ACTIVE_EXPIRE_KEYS_PER_LOOP, &mut ttl);
            sampled += s;
            expired += e;
            if s > 0 && e * 100 / s <= ACTIVE_EXPIRE_ACCEPTABLE_STALE {
                break;
            }
        }
        let (ttl_sum, ttl_samples) = ttl;
        if ttl_samples > 0 {
            // Redis's running average: 2% weight to the new estimate.
            let avg = ttl_sum / ttl_samples;
            if self.avg_ttl == 0 {
                self.avg_ttl = avg;
            }
            self.avg_ttl = (self.avg_ttl / 50) * 49 + avg / 50;
        }
        (sampled, expired)
    }

    /// Examines about `samples` keys with an expiry from the cursor on; deletes the
    /// expired ones and adds live ones' TTLs to `ttl` (sum, count).
    fn expire_round(
        &mut self,
        now_ms: i64,
        samples: usize,
        ttl: &mut (i64, i64),
    ) -> (usize, usize) {
        let num = self.volatile.len().min(samples);
        let (mut sampled, mut expired) = (0, 0);
        let mut steps = 0;
        let mut hashes: smallvec::SmallVec<[u64; 32]> = smallvec::SmallVec::new();
        while sampled < num && steps < num * 20 && !self.volatile.is_empty() {
            steps += 1;
            hashes.clear();
            self.expire_cursor = self
                .volatile
                .scan_step(self.expire_cursor, |&h| hashes.push(h));
            for &h in &hashes {
                sampled += 1;
                while let Some((key, _)) = self
                    .entries
                    .remove_hashed_where(h, |_, s| s.expired(now_ms))
                {
                    self.volatile_remove(h);
                    self.expired_keys += 1;
                    expired += 1;
                    self.log(notify::EXPIRED, key);
                }
                for (_, s) in self.entries.iter_hash(h) {
                    if let Some(when) = s.expire_opt() {
                        let left = when.saturating_sub(now_ms);
                        if left > 0 {
                            ttl.0 = ttl.0.saturating_add(left);
                            ttl.1 += 1;
                        }
                    }
                }
            }
        }
        (sampled, expired)
    }

    /// Checks that the expiry index matches the entries (tests only).
    #[cfg(test)]
    fn check_invariants(&self) {
        let mut want: Vec<u64> = self
            .entries
            .iter()
            .filter(|(_, s)| s.expire != NO_EXPIRE)
            .map(|(k, _)| self.entries.hash(k))
            .collect();
        let mut got: Vec<u64> = self.volatile.iter().copied().collect();
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(want, got);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::StrValue;

    fn db() -> Db {
        Db::new(KeyHasher::new(1, 2))
    }

    fn s(v: &str) -> Value {
        Value::Str(StrValue::new(v.as_bytes()))
    }

    fn val(db: &mut Db, key: &str, now: i64) -> Option<Vec<u8>> {
        db.get(key.as_bytes(), now).map(|v| match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            other => other.type_name().as_bytes().to_vec(),
        })
    }

    #[test]
    fn lazy_expiry_is_strictly_after_the_deadline() {
        let mut d = db();
        d.set(b"k", s("v"));
        assert!(d.set_expire(b"k", 1_000));
        assert_eq!(d.expire_at(b"k"), Some(1_000));
        assert_eq!(val(&mut d, "k", 1_000), Some(b"v".to_vec()));
        assert_eq!(d.expired_keys, 0);
        assert_eq!(val(&mut d, "k", 1_001), None);
        assert_eq!(d.expired_keys, 1);
        assert_eq!(d.len(), 0);
        assert_eq!(d.expires_len(), 0);
        d.check_invariants();
    }

    #[test]
    fn set_clears_and_keep_ttl_keeps_expiry() {
        let mut d = db();
        d.set(b"k", s("a"));
        d.set_expire(b"k", 500);
        d.set_keep_ttl(b"k", s("b"));
        assert_eq!(d.expire_at(b"k"), Some(500));
        d.set(b"k", s("c"));
        assert_eq!(d.expire_at(b"k"), None);
        assert_eq!(d.expires_len(), 0);
        d.set_expire(b"k", 500);
        assert!(d.persist(b"k"));
        assert!(!d.persist(b"k"));
        assert!(!d.set_expire(b"nope", 5));
        d.set_expire(b"k", 700);
        let (k, _, e) = d
            .take(b"k")
            .unwrap_or_else(|| (Box::default(), s(""), None));
        assert_eq!((&*k, e), (&b"k"[..], Some(700)));
        d.insert(k, s("x"), Some(900));
        assert_eq!(d.expire_at(b"k"), Some(900));
        d.insert(b"k".to_vec().into_boxed_slice(), s("y"), None);
        assert_eq!(d.expire_at(b"k"), None);
        d.check_invariants();
    }

    #[test]
    fn active_expiry_reclaims_without_access() {
        let mut d = db();
        for i in 0..10_000 {
            let k = format!("k{i}");
            d.set(k.as_bytes(), s("v"));
            if i % 2 == 0 {
                d.set_expire(k.as_bytes(), 100);
            } else if i % 3 == 0 {
                d.set_expire(k.as_bytes(), 1_000_000);
            }
        }
        // Nothing due yet: one round finds nothing and stops.
        let (sampled, expired) = d.active_expire_cycle(50, ACTIVE_EXPIRE_MAX_ROUNDS);
        assert_eq!(expired, 0);
        assert!((20..60).contains(&sampled), "{sampled}");
        assert!(d.avg_ttl > 0);
        // All due: rounds repeat while mostly expired; a few cycles reclaim them all.
        let mut cycles = 0;
        while d.expired_keys < 5_000 && cycles < 100 {
            d.active_expire_cycle(101, ACTIVE_EXPIRE_MAX_ROUNDS);
            cycles += 1;
        }
        assert_eq!(d.expired_keys, 5_000);
        assert!(cycles <= 3, "{cycles} cycles");
        d.check_invariants();
        // The remaining volatile keys are not due: a cycle stops after one round.
        let (_, expired) = d.active_expire_cycle(101, ACTIVE_EXPIRE_MAX_ROUNDS);
        assert_eq!(expired, 0);
    }

    #[test]
    fn random_key_skips_and_deletes_expired() {
        let mut d = db();
        let mut rng = crate::util::rng::Rng::new(9);
        assert_eq!(d.random_key(0, |n| rng.below(n)), None);
        for i in 0..50 {
            let k = format!("k{i}");
            d.set(k.as_bytes(), s("v"));
            d.set_expire(k.as_bytes(), 10);
        }
        d.set(b"live", s("v"));
        assert_eq!(d.random_key(11, |n| rng.below(n)), Some(b"live".to_vec()));
        d.check_invariants();
        d.remove(b"live");
        for i in 0..50 {
            d.set_expire(format!("k{i}").as_bytes(), 10);
        }
        assert_eq!(d.random_key(11, |n| rng.below(n)), None);
        assert_eq!(d.len(), 0);
    }
}
