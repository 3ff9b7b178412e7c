//! DUMP and RESTORE: one key's value as a self-checking RDB payload, and back
//! (payload format in [`crate::rdb::dump`]). Payloads are interchangeable with Redis
//! 7.0's in both directions.
//!
//! RESTORE follows Redis 7.0's `restoreCommand` step by step, which fixes which error
//! wins when several apply: options first (syntax, IDLETIME/FREQ values), then BUSYKEY,
//! then the TTL, then the payload's version and checksum, then its contents. A TTL of 0
//! means no expiry; a relative TTL becomes an absolute time; a time already past stores
//! nothing (deleting the old key under REPLACE, as a DEL). IDLETIME sets the key's LRU
//! clock unless the policy is LFU, FREQ its LFU counter only under an LFU policy.

use super::flags::*;
use super::keys::opt_is;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR};
use crate::config::Config;
use crate::evict::{LRU_CLOCK_MAX, LRU_CLOCK_RESOLUTION_MS};
use crate::notify;
use crate::rdb::dump::{create_payload, restore_value};
use crate::rdb::load::LoadOptions;
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("dump", 2, READONLY, dump).keys(1, 1, 1),
    Command::new("restore", -4, WRITE | DENYOOM, restore).keys(1, 1, 1),
    // RESTORE as a cluster's MIGRATE sends it (the ASKING flag matters only in a
    // cluster).
    Command::new("restore-asking", -4, WRITE | DENYOOM, restore).keys(1, 1, 1),
];

/// `rdbcompression` (on unless set to `no`).
pub fn rdb_compression(config: &Config) -> bool {
    config
        .other
        .get("rdbcompression")
        .is_none_or(|v| !v.eq_ignore_ascii_case("no"))
}

/// DUMP key: the payload, or a null reply for a missing key.
fn dump(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let compression = rdb_compression(&ctx.node.config);
    let (db, out) = ctx.db_and_out();
    match db.get(argv[1], now) {
        Some(value) => out.bulk(&create_payload(value, compression)),
        None => out.null(),
    }
}

/// RESTORE key ttl payload [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency].
fn restore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let key = argv[1];
    let (mut replace, mut absttl) = (false, false);
    let (mut lru_idle, mut lfu_freq) = (None::<i64>, None::<i64>);
    let mut j = 4;
    while j < argv.len() {
        let more = argv.len() - j - 1;
        if opt_is(argv[j], "replace") {
            replace = true;
        } else if opt_is(argv[j], "absttl") {
            absttl = true;
        } else if opt_is(argv[j], "idletime") && more >= 1 && lfu_freq.is_none() {
            let Some(v) = parse_i64(argv[j + 1]) else {
                return ctx.out.error(NOT_INTEGER);
            };
            if v < 0 {
                return ctx.out.error("ERR Invalid IDLETIME value, must be >= 0");
            }
            lru_idle = Some(v);
            j += 1;
        } else if opt_is(argv[j], "freq") && more >= 1 && lru_idle.is_none() {
            let Some(v) = parse_i64(argv[j + 1]) else {
                return ctx.out.error(NOT_INTEGER);
            };
            if !(0..=255).contains(&v) {
                return ctx
                    .out
                    .error("ERR Invalid FREQ value, must be >= 0 and <= 255");
            }
            lfu_freq = Some(v);
            j += 1;
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
        j += 1;
    }

    let now = ctx.now_ms();
    let dbi = ctx.client.db;
    if !replace && ctx.node.dbs[dbi].contains(key, now) {
        return ctx.out.error("BUSYKEY Target key name already exists.");
    }
    let Some(mut ttl) = parse_i64(argv[2]) else {
        return ctx.out.error(NOT_INTEGER);
    };
    if ttl < 0 {
        return ctx.out.error("ERR Invalid TTL value, must be >= 0");
    }

    let opts = LoadOptions {
        config: &ctx.node.config,
        hasher: ctx.node.hasher,
        now_ms: now,
        keep_expired: true,
    };
    let value = match restore_value(argv[3], false, &opts) {
        Ok(v) => v,
        Err(e) => return ctx.out.error(e.reply()),
    };

    let db = &mut ctx.node.dbs[dbi];
    let deleted = replace && db.remove(key).is_some();
    if ttl != 0 && !absttl {
        ttl = ttl.saturating_add(now);
    }
    // Redis's checkAlreadyExpired (a master, not loading): the key would be gone at
    // once, so it is not stored.
    if ttl != 0 && ttl <= now && db.past_time_deletes() {
        if deleted {
            ctx.node.dirty += 1;
            ctx.out.ok();
            ctx.notify(notify::GENERIC, "del", key);
            // What it did was delete the key it replaced.
            ctx.rewrite_effect(&[b"DEL", key]);
        } else {
            ctx.out.ok();
        }
        return;
    }
    db.insert(key.into(), value, (ttl != 0).then_some(ttl));
    let clock = db.clock;
    if clock.lfu {
        if let Some(freq) = lfu_freq {
            // (LFUGetTimeInMinutes() << 8) | freq
            db.set_key_access(key, (clock.minutes << 8) | freq as u32);
        }
    } else if let Some(idle) = lru_idle {
        // The idle time in seconds, in LRU clock ticks (1 s each), back from now; a
        // time before the clock's start wraps to half its range ahead, which reads as
        // the largest idle time.
        let ticks = idle.saturating_mul(1000) / LRU_CLOCK_RESOLUTION_MS;
        let now_ticks = i64::from(clock.lru);
        let mut abs = now_ticks - ticks;
        if abs < 0 {
            abs = (now_ticks + i64::from(LRU_CLOCK_MAX / 2)) % i64::from(LRU_CLOCK_MAX);
        }
        db.set_key_access(key, abs as u32);
    }
    ctx.node.dirty += 1;
    ctx.out.ok();
    ctx.notify(notify::GENERIC, "restore", key);
    if ttl != 0 && !absttl && ctx.propagating() {
        // A relative TTL goes out as the absolute time it ends at.
        let mut at = itoa::Buffer::new();
        let mut args: Vec<&[u8]> = argv.to_vec();
        args[2] = at.format(ttl).as_bytes();
        args.push(b"ABSTTL");
        ctx.rewrite_effect(&args);
    }
}
