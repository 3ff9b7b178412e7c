//! The keyspace: numbered databases, each a table of keys to values with their
//! expiry times (Unix milliseconds), lazy expiry on access and Redis's active expiry
//! cycle.
//!
//! A key is one heap block ([`Entry`]: value, name and, once it has had one, expiry),
//! and the table ([`SegTable`]) stores one pointer per key. The expiry lives in the
//! block (one probe answers "is it live?"), and the keys that have one are indexed by
//! their 64-bit hash alone in a second [`SegTable`], which the active expiry cycle
//! walks with a SCAN-style cursor, as Redis 7.0 walks its `expires` dict.
//!
//! Each key also carries a 24-bit access clock (an LRU clock or LFU data, see
//! [`crate::evict`]): stamped when the key is created, updated by [`Db::get`] and
//! [`Db::get_mut`] (Redis's `lookupKey`), left alone by the `*_untouched` lookups and
//! [`Db::contains`] (Redis's `LOOKUP_NOTOUCH`).

pub mod dict;
mod entry;
#[cfg(test)]
mod prefetch_tests;
pub mod segtable;
mod snap;

use crate::evict::AccessClock;
use crate::notify;
use crate::types::Value;
pub use dict::{Dict, KeyHasher};
use entry::Entry;
pub use segtable::SegTable;
pub use snap::Frozen;

/// Below this many keys a database's table and entries mostly stay in the CPU caches,
/// and [`Db::prefetch`] would only cost.
pub const PREFETCH_MIN_KEYS: usize = 32_768;
/// Keys examined per active-expiry round (Redis's ACTIVE_EXPIRE_CYCLE_KEYS_PER_LOOP).
pub const ACTIVE_EXPIRE_KEYS_PER_LOOP: usize = 20;
/// Another round runs while more than this percentage of a round had expired
/// (ACTIVE_EXPIRE_CYCLE_ACCEPTABLE_STALE).
pub const ACTIVE_EXPIRE_ACCEPTABLE_STALE: usize = 10;
/// Rounds per database per cron tick: a work bound standing in for Redis's CPU-time
/// limit, since the core never reads a clock (at most 20 * 256 keys examined).
pub const ACTIVE_EXPIRE_MAX_ROUNDS: usize = 256;

/// Whether `e` is logically gone at `now_ms` (Redis: `now > when`).
#[inline]
fn expired(e: &Entry, now_ms: i64) -> bool {
    e.expire().is_some_and(|when| now_ms > when)
}

/// How a database's lookups treat a key whose time passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExpiryMode {
    /// Delete it and report it missing (a master, Redis's default).
    #[default]
    Delete,
    /// Report it missing but keep it: a replica's clients, whose master's `DEL`
    /// removes it (Redis 7.0's `expireIfNeeded` on a replica).
    Hide,
    /// Report it present: the commands of a replica's master, which decides expiry.
    Keep,
}

/// One logical database (SELECT index).
#[derive(Debug, Clone)]
pub struct Db {
    /// One entry per key.
    entries: SegTable<Entry>,
    /// The keyed hash of key names.
    hasher: KeyHasher,
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
    /// Whether keys removed by expiry or eviction are logged in [`deletions`] for the
    /// effects stream (while the AOF or replication consumes it).
    ///
    /// [`deletions`]: Self::deletions
    pub log_deletions: bool,
    /// Keys removed by expiry or eviction, oldest first, for the effects stream to
    /// propagate as `DEL`.
    pub deletions: Vec<Box<[u8]>>,
    /// Whether the next read lookup counts as a keyspace hit or miss (see
    /// [`ReadCount`]).
    pub read_count: ReadCount,
    /// What lookups write into keys' access clocks (the time, LRU or LFU), kept in
    /// step by [`crate::evict::sync_clock`].
    pub clock: AccessClock,
    /// How lookups treat keys whose time passed: a replica leaves their deletion to its
    /// master's `DEL` ([`ExpiryMode`]).
    pub expiry_mode: ExpiryMode,
    /// State of the LFU counter's random increments.
    lfu_rng: u64,
    /// The running background snapshot's state for this database (`None` normally;
    /// see [`crate::rdb::snapshot`]). Every mutation checks it first.
    snapshot: snap::SnapSlot,
}

/// The keyspace hit or miss of a read command's lookup (INFO's `keyspace_hits` /
/// `keyspace_misses`), taken by the lookup itself so that the key is hashed and probed
/// once: dispatch arms it before a read command's handler runs, the first
/// [`Db::get`] or [`Db::get_mut`] records whether it found the key, and dispatch takes
/// the outcome after the handler (counting the key itself if no such lookup ran).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReadCount {
    /// Nothing to count.
    #[default]
    Off,
    /// The next lookup counts.
    Armed,
    /// The counted lookup found a live key.
    Hit,
    /// The counted lookup found no live key.
    Miss,
}

impl ReadCount {
    /// Records the outcome of a lookup if armed.
    #[inline]
    fn note(&mut self, found: bool) {
        if *self == ReadCount::Armed {
            *self = if found {
                ReadCount::Hit
            } else {
                ReadCount::Miss
            };
        }
    }
}

impl Db {
    /// An empty database hashing keys with `hasher`.
    pub fn new(hasher: KeyHasher) -> Self {
        Db {
            entries: SegTable::new(),
            hasher,
            volatile: SegTable::new(),
            expire_cursor: 0,
            expired_keys: 0,
            avg_ttl: 0,
            log_events: 0,
            events: Vec::new(),
            log_deletions: false,
            deletions: Vec::new(),
            read_count: ReadCount::Off,
            clock: AccessClock::default(),
            expiry_mode: ExpiryMode::Delete,
            lfu_rng: 0x9e37_79b9_7f4a_7c15,
            snapshot: snap::SnapSlot::default(),
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

    #[inline]
    fn hash(&self, key: &[u8]) -> u64 {
        self.hasher.hash(key)
    }

    /// The entry of `key`, whose hash is `hash`.
    #[inline]
    fn find(&self, hash: u64, key: &[u8]) -> Option<&Entry> {
        self.entries.find(hash, |e| e.key_is(key))
    }

    /// Adds an entry for a key known to be absent, logging its `new` event.
    fn insert_new(&mut self, hash: u64, entry: Entry) {
        if self.log_events & notify::NEW != 0 {
            self.events.push((notify::NEW, entry.key().into()));
        }
        let hasher = self.hasher;
        self.entries
            .insert_unique_with(hash, entry, |e| hasher.hash(e.key()), Entry::prefetch);
    }

    /// Removes the entry of `key` (hash `hash`), keeping the expiry index in step.
    fn remove_entry(&mut self, hash: u64, key: &[u8]) -> Option<Entry> {
        let hasher = self.hasher;
        let e = self
            .entries
            .remove(hash, |e| e.key_is(key), |e| hasher.hash(e.key()))?;
        self.snapshot_removed(hash, &e);
        if e.expire().is_some() {
            self.volatile_remove(hash);
        }
        Some(e)
    }

    fn volatile_add(&mut self, hash: u64) {
        self.volatile.insert_unique(hash, hash, |&h| h);
    }

    fn volatile_remove(&mut self, hash: u64) {
        self.volatile.remove(hash, |&h| h == hash, |&h| h);
    }

    /// Deletes `key` (hash `hash`) because its time passed (out of line: rare next to
    /// the lookups that call it).
    #[inline(never)]
    fn delete_expired(&mut self, hash: u64, key: &[u8]) {
        if let Some(e) = self.remove_entry(hash, key) {
            self.expired_keys += 1;
            self.log(notify::EXPIRED, e.key());
            self.log_deletion(e.key());
        }
    }

    /// Logs the removal of `key` for the effects stream if it is on.
    fn log_deletion(&mut self, key: &[u8]) {
        if self.log_deletions {
            self.deletions.push(key.into());
        }
    }

    /// Logs an event of `class` on `key` if the database logs that class.
    fn log(&mut self, class: u32, key: impl Into<Box<[u8]>>) {
        if self.log_events & class != 0 {
            self.events.push((class, key.into()));
        }
    }

    /// Whether a time already past deletes a key at once (Redis's
    /// `checkAlreadyExpired`): on a master that is not loading; a replica and a load
    /// keep the key with its past time (the master's DEL, or the end of the load,
    /// removes it).
    #[inline]
    pub fn past_time_deletes(&self) -> bool {
        self.expiry_mode == ExpiryMode::Delete
    }

    /// Deletes `key` if its time passed at `now_ms`; returns whether it did.
    pub fn expire_if_needed(&mut self, key: &[u8], now_ms: i64) -> bool {
        if self.volatile.is_empty() {
            return false;
        }
        let h = self.hash(key);
        self.expire_if_needed_hashed(h, key, now_ms)
    }

    #[inline]
    fn expire_if_needed_hashed(&mut self, hash: u64, key: &[u8], now_ms: i64) -> bool {
        match self.find(hash, key) {
            Some(e) if expired(e, now_ms) => match self.expiry_mode {
                ExpiryMode::Delete => {
                    self.delete_expired(hash, key);
                    true
                }
                ExpiryMode::Hide => true,
                ExpiryMode::Keep => false,
            },
            _ => false,
        }
    }

    /// A fresh access clock for a key created now.
    #[inline]
    fn fresh_access(&self) -> u32 {
        self.clock.fresh()
    }

    /// Warms the CPU caches for the lookups of `keys` that a pipeline is about to make
    /// (at most [`segtable::PREFETCH_MAX`] of them), so that their memory latencies
    /// overlap: in a table much larger than the caches each lookup otherwise waits for
    /// three or four memory loads in a row, the next one only after the last. Does
    /// nothing in a table small enough to stay cached. A hint: changes nothing.
    pub fn prefetch<'k>(&self, keys: impl IntoIterator<Item = &'k [u8]>) {
        if self.entries.len() < PREFETCH_MIN_KEYS {
            return;
        }
        let mut hashes = [0u64; segtable::PREFETCH_MAX];
        let mut n = 0;
        for (slot, key) in hashes.iter_mut().zip(keys) {
            *slot = self.hash(key);
            n += 1;
        }
        self.entries
            .prefetch(hashes.get(..n).unwrap_or_default(), Entry::prefetch);
    }

    /// Whether `key` is stored, live or not (no expiry check, nothing deleted).
    pub fn contains_key(&self, key: &[u8]) -> bool {
        self.find(self.hash(key), key).is_some()
    }

    /// Whether `key` is present and its time passed, without deleting it (KEYS, and
    /// Redis's `keyIsExpired`).
    pub fn is_expired(&self, key: &[u8], now_ms: i64) -> bool {
        self.find(self.hash(key), key)
            .is_some_and(|e| expired(e, now_ms))
    }

    /// The live value under `key` (deleting it first if its time passed), updating its
    /// access clock.
    #[inline]
    pub fn get(&mut self, key: &[u8], now_ms: i64) -> Option<&Value> {
        let h = self.hash(key);
        self.lookup_touched(h, key, now_ms).map(|v| &*v)
    }

    /// The live value under `key` (deleting it first if its time passed) without
    /// updating its access clock (TYPE, OBJECT, MEMORY USAGE: Redis's
    /// `LOOKUP_NOTOUCH`).
    #[inline]
    pub fn get_untouched(&mut self, key: &[u8], now_ms: i64) -> Option<&Value> {
        let h = self.hash(key);
        if !self.volatile.is_empty()
            && self.expire_if_needed_hashed(h, key, now_ms)
            && self.expiry_mode == ExpiryMode::Hide
        {
            self.read_count.note(false);
            return None;
        }
        let found = self.entries.find(h, |e| e.key_is(key));
        self.read_count.note(found.is_some());
        found.map(Entry::value)
    }

    /// The access clock of `key` (live or not), as stored.
    pub fn access_of(&self, key: &[u8]) -> Option<u32> {
        self.find(self.hash(key), key).map(Entry::access)
    }

    /// The value under `key` if it is live at `now_ms`, without deleting anything:
    /// for commands that hold several values at once (SINTER, SUNION, ...) after
    /// looking each key up with [`get`](Self::get).
    pub fn peek(&self, key: &[u8], now_ms: i64) -> Option<&Value> {
        self.find(self.hash(key), key)
            .filter(|e| !expired(e, now_ms))
            .map(Entry::value)
    }

    /// The live value under `key`, mutably, updating its access clock.
    #[inline]
    pub fn get_mut(&mut self, key: &[u8], now_ms: i64) -> Option<&mut Value> {
        let h = self.hash(key);
        self.snapshot_touch(h, key);
        self.lookup_touched(h, key, now_ms)
    }

    /// The live value under `key` (hash `h`), mutably, deleting it first if its time
    /// passed and updating its access clock. The caller decides whether the lookup is
    /// a change ([`get_mut`](Self::get_mut)) or a read ([`get`](Self::get)).
    #[inline]
    fn lookup_touched(&mut self, h: u64, key: &[u8], now_ms: i64) -> Option<&mut Value> {
        if !self.volatile.is_empty()
            && self.expire_if_needed_hashed(h, key, now_ms)
            && self.expiry_mode == ExpiryMode::Hide
        {
            self.read_count.note(false);
            return None;
        }
        let Db {
            entries,
            clock,
            lfu_rng,
            read_count,
            ..
        } = self;
        let found = entries.find_mut(h, |e| e.key_is(key));
        read_count.note(found.is_some());
        found.map(|e| {
            e.set_access(clock.touched(e.access(), lfu_rng));
            e.value_mut()
        })
    }

    /// Whether `key` exists and is live (its access clock is left alone).
    pub fn contains(&mut self, key: &[u8], now_ms: i64) -> bool {
        self.get_untouched(key, now_ms).is_some()
    }

    /// Stores `value` under `key`, clearing any expiry (SET without KEEPTTL).
    pub fn set(&mut self, key: &[u8], value: Value) {
        self.store(key, value, true);
    }

    /// Stores `value` under `key`, keeping its expiry if it had one.
    pub fn set_keep_ttl(&mut self, key: &[u8], value: Value) {
        self.store(key, value, false);
    }

    /// Stores `value` under `key` (touching its access clock if it existed), clearing
    /// its expiry if `clear_expire`.
    #[inline]
    fn store(&mut self, key: &[u8], value: Value, clear_expire: bool) {
        let h = self.hash(key);
        self.snapshot_touch(h, key);
        let access = self.fresh_access();
        let Db {
            entries,
            clock,
            lfu_rng,
            ..
        } = self;
        match entries.find_mut(h, |e| e.key_is(key)) {
            Some(e) => {
                e.set_access(clock.touched(e.access(), lfu_rng));
                *e.value_mut() = value;
                if clear_expire && e.expire().is_some() {
                    e.set_expire(None);
                    self.volatile_remove(h);
                }
            }
            None => self.insert_new(h, Entry::new(key, value, None, access)),
        }
    }

    /// Stores `value` under an owned `key` with the given expiry, replacing any previous
    /// value and expiry (RENAME, MOVE, COPY, loading).
    pub fn insert(&mut self, key: Box<[u8]>, value: Value, expire_at: Option<i64>) {
        let h = self.hash(&key);
        self.snapshot_touch(h, &key);
        let access = self.fresh_access();
        let had = match self.entries.find_mut(h, |e| e.key_is(&key)) {
            Some(e) => {
                let had = e.expire().is_some();
                *e.value_mut() = value;
                e.set_expire(expire_at);
                e.set_access(access);
                had
            }
            None => {
                self.insert_new(h, Entry::new(&key, value, expire_at, access));
                false
            }
        };
        match (had, expire_at.is_some()) {
            (true, false) => self.volatile_remove(h),
            (false, true) => self.volatile_add(h),
            _ => {}
        }
    }

    /// Overwrites the access clock of `key` (an LRU clock or LFU data, see
    /// [`crate::evict`]): RESTORE's IDLETIME/FREQ and a load's IDLE/FREQ opcodes.
    /// Returns whether the key exists.
    pub fn set_key_access(&mut self, key: &[u8], access: u32) -> bool {
        let h = self.hash(key);
        match self.entries.find_mut(h, |e| e.key_is(key)) {
            Some(e) => {
                e.set_access(access);
                true
            }
            None => false,
        }
    }

    /// Deletes `key` (live or not); returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<Value> {
        let h = self.hash(key);
        self.remove_entry(h, key).map(|e| e.into_value().0)
    }

    /// Deletes `key` (live or not); returns the key, its value and its expiry.
    pub fn take(&mut self, key: &[u8]) -> Option<(Box<[u8]>, Value, Option<i64>)> {
        let h = self.hash(key);
        let e = self.remove_entry(h, key)?;
        let name: Box<[u8]> = e.key().into();
        let (value, expire) = e.into_value();
        Some((name, value, expire))
    }

    /// The expiry of `key` in Unix milliseconds, if it has one.
    pub fn expire_at(&self, key: &[u8]) -> Option<i64> {
        self.find(self.hash(key), key).and_then(Entry::expire)
    }

    /// Sets the expiry of an existing key; returns false if the key is absent.
    pub fn set_expire(&mut self, key: &[u8], when_ms: i64) -> bool {
        let h = self.hash(key);
        self.snapshot_touch(h, key);
        let Some(e) = self.entries.find_mut(h, |e| e.key_is(key)) else {
            return false;
        };
        let had = e.expire().is_some();
        e.set_expire(Some(when_ms));
        if !had {
            self.volatile_add(h);
        }
        true
    }

    /// Removes the expiry of `key`; returns whether it had one.
    pub fn persist(&mut self, key: &[u8]) -> bool {
        let h = self.hash(key);
        self.snapshot_touch(h, key);
        let Some(e) = self.entries.find_mut(h, |e| e.key_is(key)) else {
            return false;
        };
        if e.expire().is_none() {
            return false;
        }
        e.set_expire(None);
        self.volatile_remove(h);
        true
    }

    /// Removes every key; returns how many there were.
    pub fn clear(&mut self) -> usize {
        let n = self.entries.len();
        if self.snapshot.0.is_none() || !self.snapshot_freeze() {
            self.entries.clear();
        }
        self.volatile.clear();
        self.expire_cursor = 0;
        self.avg_ttl = 0;
        n
    }

    /// Every key with its value and expiry (expired ones included; callers filter).
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &Value, Option<i64>)> {
        self.entries
            .iter()
            .map(|e| (e.key(), e.value(), e.expire()))
    }

    /// Every key with its value, expiry and access clock (LRU clock or LFU data, see
    /// [`crate::evict`]), expired ones included: what an RDB save writes.
    pub fn iter_with_access(&self) -> impl Iterator<Item = (&[u8], &Value, Option<i64>, u32)> {
        self.entries
            .iter()
            .map(|e| (e.key(), e.value(), e.expire(), e.access()))
    }

    /// One SCAN step over the keys (see [`SegTable::scan_step`]): visits a small group
    /// of keys, expired ones included, and returns the next cursor (0 when done).
    /// Every key present for the whole scan is visited at least once, however the
    /// table grows or shrinks between steps.
    pub fn scan_step(&self, cursor: u64, mut visit: impl FnMut(&[u8], &Value, Option<i64>)) -> u64 {
        self.entries
            .scan_step(cursor, |e| visit(e.key(), e.value(), e.expire()))
    }

    /// A random live key, or `None` when the database is empty. Expired keys met on
    /// the way are deleted, as Redis's `dbRandomKey` does.
    pub fn random_key(
        &mut self,
        now_ms: i64,
        mut random: impl FnMut(u64) -> u64,
    ) -> Option<Vec<u8>> {
        // Each failed try deletes a key, so this ends within len() + 1 tries. A
        // replica deletes nothing: after 100 expired keys it answers one of them, as
        // Redis 7.0 does.
        let tries = match self.expiry_mode {
            ExpiryMode::Delete => self.entries.len(),
            _ => 100,
        };
        for _ in 0..=tries {
            let e = self.entries.random(&mut random)?;
            let key = e.key().to_vec();
            if expired(e, now_ms) {
                if self.expiry_mode != ExpiryMode::Delete {
                    if self.expiry_mode == ExpiryMode::Keep {
                        return Some(key);
                    }
                    continue;
                }
                let h = self.hash(&key);
                self.delete_expired(h, &key);
                continue;
            }
            return Some(key);
        }
        if self.expiry_mode == ExpiryMode::Delete {
            return None;
        }
        self.entries.random(&mut random).map(|e| e.key().to_vec())
    }

    /// Eviction's sampling (Redis's `dictGetSomeKeys` on the main or expires dict):
    /// visits up to `count` random keys (only keys with an expiry when `volatile`),
    /// with their access clock and expiry. A key may be visited twice.
    pub fn sample(
        &self,
        count: usize,
        volatile: bool,
        mut random: impl FnMut(u64) -> u64,
        mut visit: impl FnMut(&[u8], u32, Option<i64>),
    ) {
        for _ in 0..count {
            if volatile {
                let Some(&h) = self.volatile.random(&mut random) else {
                    return;
                };
                let hasher = self.hasher;
                if let Some(e) = self
                    .entries
                    .iter_hash(h)
                    .find(|e| e.expire().is_some() && hasher.hash(e.key()) == h)
                {
                    visit(e.key(), e.access(), e.expire());
                }
            } else {
                let Some(e) = self.entries.random(&mut random) else {
                    return;
                };
                visit(e.key(), e.access(), e.expire());
            }
        }
    }

    /// Removes `key` for maxmemory (only if it has an expiry when `volatile`), logging
    /// its `evicted` event; returns its value.
    pub fn evict(&mut self, key: &[u8], volatile: bool) -> Option<Value> {
        let h = self.hash(key);
        if volatile && self.find(h, key)?.expire().is_none() {
            return None;
        }
        let e = self.remove_entry(h, key)?;
        self.log(notify::EVICTED, e.key());
        self.log_deletion(e.key());
        Some(e.into_value().0)
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
        let (mut sampled, mut n_expired) = (0, 0);
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
                let hasher = self.hasher;
                while let Some(e) = self.entries.remove(
                    h,
                    |e| expired(e, now_ms) && hasher.hash(e.key()) == h,
                    |e| hasher.hash(e.key()),
                ) {
                    self.snapshot_removed(h, &e);
                    self.volatile_remove(h);
                    self.expired_keys += 1;
                    n_expired += 1;
                    self.log(notify::EXPIRED, e.key());
                    self.log_deletion(e.key());
                }
                let same_hash = self
                    .entries
                    .iter_hash(h)
                    .filter(|e| hasher.hash(e.key()) == h);
                for e in same_hash {
                    if let Some(when) = e.expire() {
                        let left = when.saturating_sub(now_ms);
                        if left > 0 {
                            ttl.0 = ttl.0.saturating_add(left);
                            ttl.1 += 1;
                        }
                    }
                }
            }
        }
        (sampled, n_expired)
    }

    /// Checks that the expiry index matches the entries (tests only).
    #[cfg(test)]
    fn check_invariants(&self) {
        let mut want: Vec<u64> = self
            .entries
            .iter()
            .filter(|e| e.expire().is_some())
            .map(|e| self.hash(e.key()))
            .collect();
        let mut got: Vec<u64> = self.volatile.iter().copied().collect();
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(want, got);
        let hasher = self.hasher;
        self.entries.check_invariants(|e| hasher.hash(e.key()));
    }

    /// Sizes an empty database for `keys` keys, `expires` of them volatile (an RDB
    /// file's RESIZEDB), so that loading does not grow the tables step by step.
    pub fn reserve_for_load(&mut self, keys: usize, expires: usize) {
        self.entries.reserve_empty(keys);
        self.volatile.reserve_empty(expires);
    }

    /// Adds a key read from an RDB file, unless the name is taken (returns false: the
    /// file is corrupt). `idle_secs` (IDLE) sets the LRU clock and `freq` (FREQ) the
    /// LFU counter, whichever the eviction policy uses, as Redis's
    /// `objectSetLRUOrLFU`; without them the key is stamped as new. Hashes the name
    /// once.
    pub fn insert_loaded(
        &mut self,
        key: &[u8],
        value: Value,
        expire_at: Option<i64>,
        idle_secs: Option<u64>,
        freq: Option<u8>,
    ) -> bool {
        let h = self.hash(key);
        if self.find(h, key).is_some() {
            return false;
        }
        self.snapshot_touch(h, key);
        let access = match (self.clock.lfu, freq, idle_secs) {
            (true, Some(f), _) => (self.clock.minutes << 8) | u32::from(f),
            (false, _, Some(idle)) => {
                let max = u64::from(crate::evict::LRU_CLOCK_MAX);
                let ticks =
                    idle.saturating_mul(1000) / crate::evict::LRU_CLOCK_RESOLUTION_MS as u64;
                // The clock wraps: an access before its zero is counted from the top.
                (i128::from(self.clock.lru) - i128::from(ticks)).rem_euclid(i128::from(max)) as u32
            }
            _ => self.fresh_access(),
        };
        self.insert_new(h, Entry::new(key, value, expire_at, access));
        if expire_at.is_some() {
            self.volatile_add(h);
        }
        true
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

    /// Random operations of every kind against a plain model, with expiries due and
    /// not due, long and short names and values, checking the expiry index, SCAN
    /// (every key once when nothing changes) and the table's invariants as it goes.
    #[test]
    fn random_operations_match_a_model() {
        use std::collections::BTreeMap;
        let mut d = db();
        let mut model: BTreeMap<Vec<u8>, (Vec<u8>, Option<i64>)> = BTreeMap::new();
        let mut rng = crate::util::rng::Rng::new(2024);
        let mut now = 1_000i64;
        for step in 0..60_000u32 {
            let id = rng.below(if step < 30_000 { 4_000 } else { 500 });
            let key = if id.is_multiple_of(7) {
                format!("a-much-longer-key-name-that-does-not-fit-the-short-header:{id}")
            } else {
                format!("k{id}")
            }
            .into_bytes();
            let value = vec![b'a' + (step % 26) as u8; rng.below(60) as usize];
            // Keys whose time passed are gone for every reader; drop them from the model.
            let live = |m: &BTreeMap<Vec<u8>, (Vec<u8>, Option<i64>)>, k: &[u8], now: i64| {
                m.get(k)
                    .filter(|(_, e)| e.is_none_or(|w| now <= w))
                    .map(|(v, _)| v.clone())
            };
            match rng.below(10) {
                0 | 1 => {
                    d.set(&key, s(std::str::from_utf8(&value).unwrap_or("")));
                    model.insert(key, (value, None));
                }
                2 => {
                    let old = model.get(&key).and_then(|(_, e)| *e);
                    d.set_keep_ttl(&key, s(std::str::from_utf8(&value).unwrap_or("")));
                    model.insert(key, (value, old));
                }
                3 => {
                    let when = (rng.below(2) == 0).then(|| now + rng.below(200) as i64);
                    let boxed: Box<[u8]> = key.clone().into();
                    d.insert(boxed, s(std::str::from_utf8(&value).unwrap_or("")), when);
                    model.insert(key, (value, when));
                }
                4 => {
                    let got = d.take(&key).map(|(k, v, e)| {
                        assert_eq!(&*k, &key[..]);
                        (val_of(&v), e)
                    });
                    assert_eq!(got, model.remove(&key));
                }
                5 => {
                    let when = now + rng.below(300) as i64 - 50;
                    let ok = d.set_expire(&key, when);
                    assert_eq!(ok, model.contains_key(&key));
                    if let Some(m) = model.get_mut(&key) {
                        m.1 = Some(when);
                    }
                }
                6 => {
                    let had = model.get(&key).is_some_and(|(_, e)| e.is_some());
                    assert_eq!(d.persist(&key), had);
                    if let Some(m) = model.get_mut(&key) {
                        m.1 = None;
                    }
                }
                7 => {
                    let want = live(&model, &key, now);
                    assert_eq!(
                        val(&mut d, std::str::from_utf8(&key).unwrap_or(""), now),
                        want
                    );
                    if want.is_none() {
                        model.remove(&key);
                    }
                    assert_eq!(d.expire_at(&key), model.get(&key).and_then(|(_, e)| *e));
                }
                8 => {
                    now += rng.below(20) as i64;
                    d.active_expire_cycle(now, 4);
                    model.retain(|k, (_, e)| e.is_none_or(|w| now <= w) || d.contains_key(k));
                }
                _ => {
                    let got = d.remove(&key).map(|v| val_of(&v));
                    assert_eq!(got, model.remove(&key).map(|(v, _)| v));
                }
            }
            assert_eq!(d.len(), model.len(), "step {step}");
            if step.is_multiple_of(5_000) {
                d.check_invariants();
                let mut seen: Vec<Vec<u8>> = Vec::new();
                let mut cursor = 0;
                loop {
                    cursor = d.scan_step(cursor, |k, _, _| seen.push(k.to_vec()));
                    if cursor == 0 {
                        break;
                    }
                }
                seen.sort();
                let keys: Vec<Vec<u8>> = model.keys().cloned().collect();
                assert_eq!(seen, keys);
            }
        }
        d.check_invariants();
        let all: BTreeMap<Vec<u8>, (Vec<u8>, Option<i64>)> = d
            .iter()
            .map(|(k, v, e)| (k.to_vec(), (val_of(v), e)))
            .collect();
        assert_eq!(all, model);
        let copy = d.clone();
        assert_eq!(copy.len(), d.len());
        d.clear();
        assert!(d.is_empty() && d.expires_len() == 0);
        assert_eq!(copy.iter().count(), model.len());
    }

    fn val_of(v: &Value) -> Vec<u8> {
        match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            other => other.type_name().as_bytes().to_vec(),
        }
    }
}
