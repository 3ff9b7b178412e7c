//! `maxmemory` and eviction, as Redis 7.0's `evict.c` does it.
//!
//! - Every key carries a 24-bit access clock ([`AccessClock`]): under an LRU or
//!   non-LFU policy the LRU clock (Unix seconds modulo 2^24) of its last access; under
//!   an `*-lfu` policy 16 bits of Unix minutes of the last decrement and an 8-bit
//!   logarithmic access counter (Redis's `LFULogIncr` / `LFUDecrAndReturn`). The clock
//!   comes from the time of the input being handled, never from a clock read.
//! - Before a command runs ([`check_oom`]), and in the cron, when used memory is over
//!   `maxmemory`, keys are evicted by `maxmemory-policy`: random picks, or Redis's
//!   sampling (`maxmemory-samples` keys per database fed into a pool of the 16 best
//!   candidates kept across calls). A DENYOOM command (or any queued in MULTI) that
//!   still finds memory over the limit is refused with Redis's `-OOM` error.
//! - Used memory is what the runtime last reported ([`crate::Server::handle_memory_report`]),
//!   minus an estimate of what evictions freed since (MEMORY USAGE's estimator), so
//!   one call's loop ends; without a report, the core's own estimate.
//! - Each evicted key: an `evicted` keyspace event, INFO's `evicted_keys`, and the
//!   same signals as a DEL (WATCH, blocked clients, client-side caching).
//!
//! Redis bounds the work of one call by time (`maxmemory-eviction-tenacity`); the core
//! has no clock, so it bounds it by keys (one key per microsecond of Redis's budget)
//! and finishes on the next timeout, which it asks for at once.

use crate::commands::flags::DENYOOM;
use crate::commands::{Command, Ctx, memory};
use crate::server::Node;

/// The largest LRU clock value (24 bits).
pub const LRU_CLOCK_MAX: u32 = (1 << 24) - 1;
/// Milliseconds per LRU clock tick (Redis's `LRU_CLOCK_RESOLUTION`).
pub const LRU_CLOCK_RESOLUTION_MS: i64 = 1000;
/// The counter a key starts with under LFU (Redis's `LFU_INIT_VAL`).
pub const LFU_INIT_VAL: u32 = 5;
/// Candidates kept in the eviction pool (Redis's `EVPOOL_SIZE`).
pub const POOL_SIZE: usize = 16;
/// Redis's reply when a command is refused for memory.
pub const OOM_ERR: &str = "OOM command not allowed when used memory > 'maxmemory'.";

/// `maxmemory-policy`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum Policy {
    /// Refuse DENYOOM commands when over the limit.
    #[default]
    NoEviction,
    /// Least recently used among all keys.
    AllkeysLru,
    /// Least recently used among keys with an expiry.
    VolatileLru,
    /// Least frequently used among all keys.
    AllkeysLfu,
    /// Least frequently used among keys with an expiry.
    VolatileLfu,
    /// Random among all keys.
    AllkeysRandom,
    /// Random among keys with an expiry.
    VolatileRandom,
    /// Nearest expiry first.
    VolatileTtl,
}

impl Policy {
    /// The policy named `name` (as CONFIG GET prints it), if any.
    pub fn from_name(name: &str) -> Option<Policy> {
        Some(match name {
            "noeviction" => Policy::NoEviction,
            "allkeys-lru" => Policy::AllkeysLru,
            "volatile-lru" => Policy::VolatileLru,
            "allkeys-lfu" => Policy::AllkeysLfu,
            "volatile-lfu" => Policy::VolatileLfu,
            "allkeys-random" => Policy::AllkeysRandom,
            "volatile-random" => Policy::VolatileRandom,
            "volatile-ttl" => Policy::VolatileTtl,
            _ => return None,
        })
    }

    /// The name CONFIG GET and INFO print.
    pub fn name(self) -> &'static str {
        match self {
            Policy::NoEviction => "noeviction",
            Policy::AllkeysLru => "allkeys-lru",
            Policy::VolatileLru => "volatile-lru",
            Policy::AllkeysLfu => "allkeys-lfu",
            Policy::VolatileLfu => "volatile-lfu",
            Policy::AllkeysRandom => "allkeys-random",
            Policy::VolatileRandom => "volatile-random",
            Policy::VolatileTtl => "volatile-ttl",
        }
    }

    /// Whether keys' clocks hold LFU data.
    pub fn is_lfu(self) -> bool {
        matches!(self, Policy::AllkeysLfu | Policy::VolatileLfu)
    }

    /// Whether only keys with an expiry may be evicted.
    pub fn is_volatile(self) -> bool {
        matches!(
            self,
            Policy::VolatileLru
                | Policy::VolatileLfu
                | Policy::VolatileRandom
                | Policy::VolatileTtl
        )
    }

    fn is_random(self) -> bool {
        matches!(self, Policy::AllkeysRandom | Policy::VolatileRandom)
    }
}

/// What lookups write into keys' access clocks: the current LRU clock, or the LFU
/// minutes and parameters. One copy per database, kept in step by [`sync_clock`].
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct AccessClock {
    /// Keys hold LFU data (an `*-lfu` policy).
    pub lfu: bool,
    /// The LRU clock now: Unix seconds modulo 2^24.
    pub lru: u32,
    /// Unix minutes modulo 2^16 (LFU's decrement time).
    pub minutes: u32,
    /// `lfu-log-factor`.
    pub log_factor: u32,
    /// `lfu-decay-time` in minutes (0: no decay).
    pub decay_time: u32,
}

impl AccessClock {
    /// The clock at `unix_ms` for keys holding LFU data when `lfu`.
    pub fn at(unix_ms: i64, lfu: bool, log_factor: u32, decay_time: u32) -> AccessClock {
        AccessClock {
            lfu,
            lru: (unix_ms.div_euclid(LRU_CLOCK_RESOLUTION_MS) as u64 & u64::from(LRU_CLOCK_MAX))
                as u32,
            minutes: (unix_ms.div_euclid(60_000) as u64 & 0xffff) as u32,
            log_factor,
            decay_time,
        }
    }

    /// The clock of a key created now (Redis's `createObject`).
    #[inline]
    pub fn fresh(&self) -> u32 {
        if self.lfu {
            (self.minutes << 8) | LFU_INIT_VAL
        } else {
            self.lru
        }
    }

    /// The clock of a key accessed now whose clock was `old` (Redis's `lookupKey`:
    /// the LRU clock, or `updateLFU`). `rng` is the state of the LFU increments.
    #[inline]
    pub fn touched(&self, old: u32, rng: &mut u64) -> u32 {
        if !self.lfu {
            return self.lru;
        }
        let counter = self.lfu_decr(old);
        let counter = lfu_log_incr(counter, self.log_factor, next_unit(rng));
        (self.minutes << 8) | counter
    }

    /// Milliseconds since the access that stamped `access` (Redis's
    /// `estimateObjectIdleTime`, with the 24-bit wrap).
    pub fn idle_ms(&self, access: u32) -> u64 {
        let ticks = if self.lru >= access {
            self.lru - access
        } else {
            self.lru + (LRU_CLOCK_MAX - access)
        };
        u64::from(ticks) * LRU_CLOCK_RESOLUTION_MS as u64
    }

    /// The LFU counter of `access` after the decay due since its last decrement
    /// (Redis's `LFUDecrAndReturn`; OBJECT FREQ).
    pub fn lfu_decr(&self, access: u32) -> u32 {
        let ldt = access >> 8;
        let counter = access & 255;
        let elapsed = if self.minutes >= ldt {
            self.minutes - ldt
        } else {
            65535 - ldt + self.minutes
        };
        let periods = elapsed.checked_div(self.decay_time).unwrap_or(0);
        counter.saturating_sub(periods)
    }
}

/// Redis's `LFULogIncr`: increments `counter` with probability
/// `1 / ((counter - LFU_INIT_VAL) * log_factor + 1)`; `r` is uniform in `[0, 1)`.
pub fn lfu_log_incr(counter: u32, log_factor: u32, r: f64) -> u32 {
    if counter >= 255 {
        return 255;
    }
    let base = f64::from(counter.saturating_sub(LFU_INIT_VAL));
    let p = 1.0 / (base * f64::from(log_factor) + 1.0);
    if r < p { counter + 1 } else { counter }
}

/// The next uniform number in `[0, 1)` from a SplitMix64 state.
fn next_unit(state: &mut u64) -> f64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 / (1u64 << 53) as f64
}

/// One eviction candidate: the higher `idle`, the better to evict.
#[derive(Debug, Clone)]
struct Candidate {
    idle: u64,
    db: usize,
    key: Box<[u8]>,
}

/// Eviction state kept across calls (one field of [`Node`]).
#[derive(Debug, Default)]
pub struct Evictor {
    /// The best candidates seen, by ascending `idle` (Redis's `EvictionPoolLRU`).
    pool: Vec<Candidate>,
    /// The database the next random eviction starts from.
    next_db: usize,
    /// Bytes the evictions since the last memory report are estimated to have freed.
    pub freed_since_report: u64,
    /// A call stopped at its work bound while memory was still over the limit: the
    /// server asks for an immediate timeout to go on.
    pub pending: bool,
    /// The clock last handed to the databases.
    clock: AccessClock,
}

/// Hands the databases the access clock for `node.now` and the configured policy,
/// when it changed (cheap when it did not: called for every input).
#[inline]
pub fn sync_clock(node: &mut Node) {
    let c = &node.config;
    let clock = AccessClock::at(
        node.now.unix_ms(),
        c.maxmemory_policy.is_lfu(),
        c.lfu_log_factor,
        c.lfu_decay_time,
    );
    if clock != node.evict.clock {
        node.evict.clock = clock;
        for db in &mut node.dbs {
            db.clock = clock;
        }
    }
}

/// Used memory as eviction counts it: the runtime's last report minus what was
/// evicted since, or the core's own estimate.
pub fn used_memory(node: &Node) -> u64 {
    match node.introspect.memory.used {
        Some(used) => used.saturating_sub(node.evict.freed_since_report),
        None => memory::figures(node, 0).used,
    }
}

/// The keys one call may evict (Redis's `evictionTimeLimitUs` at one key per µs).
fn keys_per_call(tenacity: u32) -> u64 {
    match tenacity {
        0..=10 => 50 * u64::from(tenacity).max(1),
        11..=99 => (500.0 * 1.15f64.powi(tenacity as i32 - 10)) as u64,
        _ => u64::MAX,
    }
}

/// How an eviction pass ended.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Memory is under the limit (or there is no limit).
    Ok,
    /// Over the limit and nothing (more) can be evicted.
    Fail,
    /// Stopped at the work bound; the next timeout goes on.
    Running,
}

/// Redis's `performEvictions`: evicts keys by policy until used memory is under
/// `maxmemory`. The `evicted` events are logged by the databases; the caller
/// publishes them.
pub fn perform_evictions(node: &mut Node) -> Outcome {
    let outcome = evict_to_limit(node);
    node.propagate_deletions("lazyfree-lazy-eviction");
    outcome
}

/// [`perform_evictions`] before the evicted keys are propagated.
fn evict_to_limit(node: &mut Node) -> Outcome {
    let max = node.config.maxmemory;
    if max == 0 || node.introspect.pause.active(node.now.mono) {
        node.evict.pending = false;
        return Outcome::Ok;
    }
    let used = used_memory(node);
    if used <= max {
        node.evict.pending = false;
        return Outcome::Ok;
    }
    let policy = node.config.maxmemory_policy;
    if policy == Policy::NoEviction {
        node.evict.pending = false;
        return Outcome::Fail;
    }
    let to_free = used - max;
    let limit = keys_per_call(node.config.maxmemory_eviction_tenacity);
    let reported = node.introspect.memory.used.is_some();
    let (mut freed, mut keys) = (0u64, 0u64);
    while freed < to_free {
        let Some((db, key, value)) = evict_one(node, policy) else {
            node.evict.pending = false;
            return Outcome::Fail;
        };
        let bytes = memory::key_usage(&key, &value);
        drop(value);
        if reported {
            node.evict.freed_since_report += bytes;
            freed += bytes;
        } else {
            // The estimate follows the key count: measure it again.
            freed = used.saturating_sub(used_memory(node));
        }
        node.stats.evicted_keys += 1;
        if node.keys_signal_needed() {
            node.signal_modified_key(db, &key);
        }
        keys += 1;
        if keys % 16 == 0 && keys >= limit {
            node.evict.pending = freed < to_free;
            return if node.evict.pending {
                Outcome::Running
            } else {
                Outcome::Ok
            };
        }
    }
    node.evict.pending = false;
    Outcome::Ok
}

/// Picks and removes one key by `policy`: `(db, key, value)`, or `None` when no key
/// can be evicted.
fn evict_one(node: &mut Node, policy: Policy) -> Option<(usize, Box<[u8]>, crate::types::Value)> {
    let volatile = policy.is_volatile();
    let ndbs = node.dbs.len();
    if policy.is_random() {
        for _ in 0..ndbs {
            node.evict.next_db = (node.evict.next_db + 1) % ndbs.max(1);
            let j = node.evict.next_db;
            let Node { dbs, rng, .. } = &mut *node;
            let mut picked: Option<Box<[u8]>> = None;
            dbs[j].sample(
                1,
                volatile,
                |n| rng.below(n),
                |k, _, _| picked = Some(k.into()),
            );
            if let Some(key) = picked {
                let value = node.dbs[j].evict(&key, volatile)?;
                return Some((j, key, value));
            }
        }
        return None;
    }
    // Pool-based policies: refill from every database, then take the best live
    // candidate; a bounded number of rounds in case samples keep going stale.
    for _ in 0..64 {
        let mut total = 0;
        for j in 0..ndbs {
            let size = if volatile {
                node.dbs[j].expires_len()
            } else {
                node.dbs[j].len()
            };
            if size > 0 {
                populate(node, j, policy);
                total += size;
            }
        }
        if total == 0 {
            return None;
        }
        while let Some(c) = node.evict.pool.pop() {
            if let Some(value) = node
                .dbs
                .get_mut(c.db)
                .and_then(|d| d.evict(&c.key, volatile))
            {
                return Some((c.db, c.key, value));
            }
        }
    }
    None
}

/// Redis's `evictionPoolPopulate`: samples `maxmemory-samples` keys of database `db`
/// into the pool.
fn populate(node: &mut Node, db: usize, policy: Policy) {
    let samples = node.config.maxmemory_samples.max(1);
    let Node {
        dbs, rng, evict, ..
    } = node;
    let d = &dbs[db];
    let clock = d.clock;
    d.sample(
        samples,
        policy.is_volatile(),
        |n| rng.below(n),
        |key, access, expire| {
            let idle = match policy {
                Policy::AllkeysLfu | Policy::VolatileLfu => 255 - u64::from(clock.lfu_decr(access)),
                Policy::VolatileTtl => u64::MAX.wrapping_sub(expire.unwrap_or(i64::MAX) as u64),
                _ => clock.idle_ms(access),
            };
            evict.insert(idle, db, key);
        },
    );
}

impl Evictor {
    /// Adds a candidate unless the pool is full of better ones (or already has it).
    fn insert(&mut self, idle: u64, db: usize, key: &[u8]) {
        if self.pool.iter().any(|c| c.db == db && &*c.key == key) {
            return;
        }
        let k = self.pool.partition_point(|c| c.idle < idle);
        if k == 0 && self.pool.len() >= POOL_SIZE {
            return;
        }
        let c = Candidate {
            idle,
            db,
            key: key.into(),
        };
        if self.pool.len() >= POOL_SIZE {
            self.pool.remove(0);
            self.pool.insert(k - 1, c);
        } else {
            self.pool.insert(k, c);
        }
    }

    /// Forgets the candidates (FLUSHALL, a policy change).
    pub fn clear_pool(&mut self) {
        self.pool.clear();
    }
}

/// The OOM check of Redis's `processCommand`, before `cmd` runs for the calling
/// client: evicts if over the limit, then refuses the command with `-OOM` (EXEC with
/// a DENYOOM command queued: `-EXECABORT`) when memory is still over and the command
/// is DENYOOM or is being queued in MULTI. Returns whether it was refused.
pub fn check_oom(ctx: &mut Ctx<'_>, cmd: &Command) -> bool {
    let outcome = perform_evictions(ctx.node);
    ctx.publish_logged_events();
    if outcome != Outcome::Fail {
        return false;
    }
    let name = cmd.name;
    let is_exec = name == "exec" && ctx.client.multi.is_some();
    let denyoom = cmd.flags & DENYOOM != 0 || (is_exec && queued_denyoom(ctx));
    let queueing =
        ctx.client.multi.is_some() && !matches!(name, "exec" | "discard" | "quit" | "reset");
    if !(denyoom || queueing) {
        return false;
    }
    if is_exec {
        crate::commands::transaction::abort(ctx, OOM_ERR);
    } else {
        ctx.out.error(OOM_ERR);
        if ctx.client.multi.is_some() {
            ctx.client.multi_error = true;
        }
    }
    true
}

/// Whether a command queued in the client's transaction is DENYOOM.
fn queued_denyoom(ctx: &Ctx<'_>) -> bool {
    let Some(queue) = &ctx.client.multi else {
        return false;
    };
    queue.iter().any(|argv| {
        let Some(cmd) = argv.first().and_then(|n| ctx.commands.get(n)) else {
            return false;
        };
        let cmd = argv
            .get(1)
            .and_then(|sub| {
                cmd.subcommands
                    .iter()
                    .find(|s| s.name.as_bytes().eq_ignore_ascii_case(sub))
            })
            .unwrap_or(cmd);
        cmd.flags & DENYOOM != 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lru_clock_wraps_at_24_bits() {
        let c = AccessClock::at(5_000, false, 10, 1);
        assert_eq!(c.lru, 5);
        assert_eq!(c.idle_ms(2), 3_000);
        // A key stamped just before the wrap.
        assert_eq!(c.idle_ms(LRU_CLOCK_MAX - 1), 6_000);
        let wrapped = AccessClock::at(i64::from(LRU_CLOCK_MAX + 1) * 1000 + 999, false, 10, 1);
        assert_eq!(wrapped.lru, 0);
    }

    #[test]
    fn lfu_counter_grows_logarithmically() {
        // With the default log factor 10, Redis's table: about 100 hits reach 10 and a
        // thousand hits stay well under 30; the counter never passes 255.
        let mut rng = 42u64;
        let mut counter = LFU_INIT_VAL;
        let mut at = Vec::new();
        for hit in 1..=100_000u32 {
            counter = lfu_log_incr(counter, 10, next_unit(&mut rng));
            if [100, 1_000, 100_000].contains(&hit) {
                at.push(counter);
            }
        }
        assert!((8..=13).contains(&at[0]), "{at:?}");
        assert!((15..=25).contains(&at[1]), "{at:?}");
        assert!((125..=160).contains(&at[2]), "{at:?}");
        // Log factor 0 counts every hit up to the 255 cap.
        let mut c = LFU_INIT_VAL;
        for _ in 0..300 {
            c = lfu_log_incr(c, 0, 0.999);
        }
        assert_eq!(c, 255);
        // Below LFU_INIT_VAL the counter always grows.
        assert_eq!(lfu_log_incr(2, 10, 0.999), 3);
    }

    #[test]
    fn lfu_counter_decays_per_period() {
        let clock = AccessClock::at(60_000 * 100, true, 10, 1);
        let stamped = (95 << 8) | 20;
        assert_eq!(clock.lfu_decr(stamped), 15, "5 minutes, one per minute");
        let slow = AccessClock {
            decay_time: 2,
            ..clock
        };
        assert_eq!(slow.lfu_decr(stamped), 18, "5 minutes, one per 2 minutes");
        let none = AccessClock {
            decay_time: 0,
            ..clock
        };
        assert_eq!(none.lfu_decr(stamped), 20);
        assert_eq!(clock.lfu_decr((10 << 8) | 20), 0, "decays to 0, not below");
        // A touch decays first, then may increment, and restamps the minutes.
        let mut rng = 1;
        let t = clock.touched(stamped, &mut rng);
        assert_eq!(t >> 8, 100);
        assert!((15..=16).contains(&(t & 255)));
        assert_eq!(clock.fresh(), (100 << 8) | LFU_INIT_VAL);
    }

    #[test]
    fn pool_keeps_the_best_sixteen() {
        let mut e = Evictor::default();
        for i in 0..40u64 {
            e.insert((i * 7919) % 101, 0, format!("k{i}").as_bytes());
        }
        assert_eq!(e.pool.len(), POOL_SIZE);
        let idles: Vec<u64> = e.pool.iter().map(|c| c.idle).collect();
        let mut all: Vec<u64> = (0..40u64).map(|i| (i * 7919) % 101).collect();
        all.sort_unstable();
        assert_eq!(idles, all[all.len() - POOL_SIZE..].to_vec());
    }

    /// The command table's DENYOOM flags (what the OOM check reads) match Redis
    /// 7.0.15's `denyoom` flags in the COMMAND docs data.
    #[test]
    fn denyoom_flags_match_redis() {
        use crate::commands::{CommandTable, docs};
        let table = CommandTable::new();
        let mut checked = 0;
        for cmd in table.iter() {
            let mut pairs = vec![(cmd.name.to_string(), cmd)];
            for sub in cmd.subcommands {
                pairs.push((format!("{}|{}", cmd.name, sub.name), sub));
            }
            for (name, c) in pairs {
                let Some(meta) = docs::lookup(name.as_bytes()) else {
                    continue;
                };
                assert_eq!(c.flags & DENYOOM != 0, meta.has_flag("denyoom"), "{name}");
                checked += 1;
            }
        }
        assert!(checked > 200, "{checked}");
    }

    #[test]
    fn tenacity_bounds() {
        assert_eq!(keys_per_call(10), 500);
        assert_eq!(keys_per_call(0), 50);
        assert_eq!(keys_per_call(100), u64::MAX);
        assert!(keys_per_call(50) > 100_000);
    }
}

/// Policies end to end through dispatch: what gets evicted, the OOM refusals, OBJECT
/// IDLETIME / FREQ. Memory is driven by memory reports: with `maxmemory` just under
/// the reported figure, evictions go on until their estimated sizes cover the gap.
#[cfg(test)]
mod policy_tests {
    use crate::commands::hash::tests::{Harness, R};

    const OOM: &str = "OOM command not allowed when used memory > 'maxmemory'.";

    fn keys(h: &mut Harness) -> Vec<String> {
        let mut v: Vec<String> = h
            .run("KEYS *")
            .items()
            .iter()
            .map(|r| String::from_utf8_lossy(&r.bytes()).into_owned())
            .collect();
        v.sort();
        v
    }

    /// Which of the keys `{prefix}00` .. `{prefix}{n-1}` are gone.
    fn evicted(h: &mut Harness, prefix: &str, n: usize) -> Vec<usize> {
        let left = keys(h);
        (0..n)
            .filter(|i| !left.contains(&format!("{prefix}{i:02}")))
            .collect()
    }

    /// Reports `over` bytes above `maxmemory` (10 MB) and runs a PING (not DENYOOM: it
    /// still triggers eviction).
    fn press(h: &mut Harness, over: u64) {
        let now = h.now();
        h.server
            .handle_memory_report(now, 10_000_000 + over, 20_000_000);
        assert_eq!(h.run("PING"), R::Simple("PONG".into()));
    }

    fn info_field(h: &mut Harness, field: &str) -> String {
        let text = String::from_utf8_lossy(&h.run("INFO").bytes()).into_owned();
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{field}:")))
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn noeviction_refuses_denyoom_commands_only() {
        let mut h = Harness::new(&[]);
        assert_eq!(h.run("SET a 1"), R::Simple("OK".into()));
        assert_eq!(h.run("CONFIG SET maxmemory 1"), R::Simple("OK".into()));
        assert_eq!(h.run("SET b 1"), R::Err(OOM.into()));
        assert_eq!(h.run("GET a"), R::Bulk(b"1".to_vec()));
        assert_eq!(h.run("DEL a"), R::Int(1));
        // Inside MULTI every queued command is refused and EXEC aborts.
        assert_eq!(h.run("MULTI"), R::Simple("OK".into()));
        assert_eq!(h.run("GET a"), R::Err(OOM.into()));
        assert_eq!(
            h.run("EXEC"),
            R::Err("EXECABORT Transaction discarded because of previous errors.".into())
        );
        // A transaction queued under the limit, with a DENYOOM command, is refused at
        // EXEC once memory is over.
        assert_eq!(
            h.run("CONFIG SET maxmemory 10000000"),
            R::Simple("OK".into())
        );
        assert_eq!(h.run("MULTI"), R::Simple("OK".into()));
        assert_eq!(h.run("SET x 1"), R::Simple("QUEUED".into()));
        let now = h.now();
        h.server.handle_memory_report(now, 20_000_000, 20_000_000);
        assert_eq!(
            h.run("EXEC"),
            R::Err(format!("EXECABORT Transaction discarded because of: {OOM}"))
        );
        assert_eq!(h.run("EXEC"), R::Err("ERR EXEC without MULTI".into()));
        // Without a DENYOOM command EXEC runs.
        assert_eq!(h.run("MULTI"), R::Simple("OK".into()));
        h.server.handle_memory_report(now, 1, 1);
        assert_eq!(h.run("GET x"), R::Simple("QUEUED".into()));
        h.server.handle_memory_report(now, 20_000_000, 20_000_000);
        assert_eq!(h.run("EXEC"), R::Arr(vec![R::Nil]));
        assert_eq!(info_field(&mut h, "evicted_keys"), "0");
    }

    #[test]
    fn allkeys_random_evicts_everything_under_maxmemory_1() {
        let mut h = Harness::new(&[("maxmemory-policy", "allkeys-random")]);
        for i in 0..100 {
            h.run(&format!("SET k{i} v"));
        }
        h.run("CONFIG SET notify-keyspace-events Ee");
        assert_eq!(h.run("CONFIG SET maxmemory 1"), R::Simple("OK".into()));
        assert_eq!(h.run("DBSIZE"), R::Int(0));
        assert_eq!(info_field(&mut h, "evicted_keys"), "100");
        assert_eq!(h.run("SET a b"), R::Err(OOM.into()));
    }

    #[test]
    fn volatile_policies_never_evict_persistent_keys() {
        for policy in [
            "volatile-lru",
            "volatile-lfu",
            "volatile-random",
            "volatile-ttl",
        ] {
            let mut h = Harness::new(&[("maxmemory-policy", policy)]);
            for i in 0..50 {
                h.run(&format!("SET p{i} v"));
                h.run(&format!("SET v{i} v EX {}", 100 + i));
            }
            assert_eq!(
                h.run("CONFIG SET maxmemory 10000000"),
                R::Simple("OK".into())
            );
            press(&mut h, 1_000_000);
            let left = keys(&mut h);
            assert_eq!(left.len(), 50, "{policy}: {left:?}");
            assert!(left.iter().all(|k| k.starts_with('p')), "{policy}");
            let now = h.now();
            h.server.handle_memory_report(now, 10_500_000, 1);
            assert_eq!(h.run("SET z v"), R::Err(OOM.into()), "{policy}");
        }
    }

    #[test]
    fn volatile_ttl_picks_the_nearest_expiries() {
        let mut h = Harness::new(&[
            ("maxmemory-policy", "volatile-ttl"),
            ("maxmemory-samples", "10"),
        ]);
        for i in 0..40 {
            h.run(&format!("SET v{i:02} v EX {}", 1000 + i));
        }
        h.run("CONFIG SET maxmemory 10000000");
        // Each small string is estimated at 56 bytes: about 10 keys.
        press(&mut h, 500);
        let evicted = evicted(&mut h, "v", 40);
        assert!((8..=10).contains(&evicted.len()), "{evicted:?}");
        assert!(evicted.iter().all(|&i| i < 20), "{evicted:?}");
    }

    #[test]
    fn lru_evicts_idle_keys_and_idletime_reports_them() {
        let mut h = Harness::new(&[
            ("maxmemory-policy", "allkeys-lru"),
            ("maxmemory-samples", "10"),
        ]);
        for i in 0..60 {
            h.run(&format!("SET k{i:02} v"));
        }
        h.advance(100_000);
        for i in 30..60 {
            h.run(&format!("GET k{i:02}"));
        }
        assert_eq!(h.run("OBJECT IDLETIME k00"), R::Int(100));
        assert_eq!(h.run("OBJECT IDLETIME k59"), R::Int(0));
        // TYPE, EXISTS and OBJECT leave the clock alone; TOUCH does not.
        h.run("TYPE k00");
        h.run("EXISTS k00");
        assert_eq!(h.run("OBJECT IDLETIME k00"), R::Int(100));
        h.run("TOUCH k01");
        assert_eq!(h.run("OBJECT IDLETIME k01"), R::Int(0));
        assert_eq!(
            h.run("OBJECT FREQ k00"),
            R::Err("ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.".into())
        );
        h.advance(5_000);
        h.run("CONFIG SET maxmemory 10000000");
        press(&mut h, 560);
        let evicted = evicted(&mut h, "k", 60);
        assert!((9..=11).contains(&evicted.len()), "{evicted:?}");
        assert!(evicted.iter().all(|&i| i < 30 && i != 1), "{evicted:?}");
    }

    #[test]
    fn lfu_counts_accesses_and_evicts_the_least_used() {
        let mut h = Harness::new(&[
            ("maxmemory-policy", "allkeys-lfu"),
            ("maxmemory-samples", "10"),
            ("lfu-log-factor", "0"),
        ]);
        for i in 0..40 {
            h.run(&format!("SET k{i:02} v"));
        }
        assert_eq!(h.run("OBJECT FREQ k00"), R::Int(5));
        for i in 20..40 {
            for _ in 0..i {
                h.run(&format!("GET k{i:02}"));
            }
        }
        // Log factor 0: every access counts.
        assert_eq!(h.run("OBJECT FREQ k25"), R::Int(30));
        assert!(
            matches!(h.run("OBJECT IDLETIME k25"), R::Err(e) if e.contains("LFU maxmemory policy is selected"))
        );
        // One decay period per minute.
        h.advance(3 * 60_000);
        assert_eq!(h.run("OBJECT FREQ k25"), R::Int(27));
        assert_eq!(h.run("OBJECT FREQ k00"), R::Int(2));
        h.run("CONFIG SET maxmemory 10000000");
        press(&mut h, 500);
        let evicted = evicted(&mut h, "k", 40);
        assert!((8..=10).contains(&evicted.len()), "{evicted:?}");
        assert!(evicted.iter().all(|&i| i < 20), "{evicted:?}");
    }
}
