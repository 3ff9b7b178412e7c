//! Hash commands: Redis's `hash` group (HSET, HSETNX, HMSET, HGET, HMGET, HGETALL,
//! HKEYS, HVALS, HDEL, HLEN, HEXISTS, HSTRLEN, HINCRBY, HINCRBYFLOAT, HRANDFIELD,
//! HSCAN) with Redis 7.0's replies, error texts, order of checks and encodings
//! (`listpack` while small, `hashtable` beyond `hash-max-listpack-*`).
//!
//! Also the pieces the set (and sorted-set) family shares: the count arguments of the
//! random-member commands and the SSCAN/HSCAN/ZSCAN option parser.

#[cfg(test)]
pub(crate) mod tests;

use super::flags::*;
pub(crate) use super::keys::{opt_is, parse_scan_cursor};
use super::{Command, Ctx, NOT_FLOAT, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE};
use crate::client::ClientState;
use crate::commands::Lookup;
use crate::keyspace::Db;
use crate::notify;
use crate::resp::Reply;
use crate::types::Value;
use crate::types::hash::{HashLimits, HashValue};
use crate::util::longdouble::LongDouble;
use crate::util::number::parse_i64;
use crate::util::rng::Rng;

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("hset", -4, WRITE | DENYOOM | FAST, hset).keys(1, 1, 1),
    Command::new("hsetnx", 4, WRITE | DENYOOM | FAST, hsetnx).keys(1, 1, 1),
    Command::new("hmset", -4, WRITE | DENYOOM | FAST, hmset).keys(1, 1, 1),
    Command::new("hget", 3, READONLY | FAST, hget).keys(1, 1, 1),
    Command::new("hmget", -3, READONLY | FAST, hmget).keys(1, 1, 1),
    Command::new("hgetall", 2, READONLY, hgetall).keys(1, 1, 1),
    Command::new("hkeys", 2, READONLY, hkeys).keys(1, 1, 1),
    Command::new("hvals", 2, READONLY, hvals).keys(1, 1, 1),
    Command::new("hdel", -3, WRITE | FAST, hdel).keys(1, 1, 1),
    Command::new("hlen", 2, READONLY | FAST, hlen).keys(1, 1, 1),
    Command::new("hexists", 3, READONLY | FAST, hexists).keys(1, 1, 1),
    Command::new("hstrlen", 3, READONLY | FAST, hstrlen).keys(1, 1, 1),
    Command::new("hincrby", 4, WRITE | DENYOOM | FAST, hincrby).keys(1, 1, 1),
    Command::new("hincrbyfloat", 4, WRITE | DENYOOM | FAST, hincrbyfloat).keys(1, 1, 1),
    Command::new("hrandfield", -2, READONLY, hrandfield).keys(1, 1, 1),
    Command::new("hscan", -3, READONLY, hscan).keys(1, 1, 1),
];

// ---------------------------------------------------------------------------------
// Shared with the set family
// ---------------------------------------------------------------------------------

/// Redis's `getRangeLongFromObjectOrReply(.., -LONG_MAX, LONG_MAX, .., NULL)` error for
/// `i64::MIN` (its odd grammar included).
pub(crate) const COUNT_RANGE_ERR: &str =
    "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807";

/// Redis's `getPositiveLongFromObjectOrReply(.., NULL)` error, which it gives for a
/// negative number and for a non-number alike.
pub(crate) const NOT_POSITIVE_ERR: &str = "ERR value is out of range, must be positive";

/// A random-member reply with repeats (`SRANDMEMBER k -N`, `HRANDFIELD k -N`) stops
/// once the client's output reaches this size, or its `client-output-buffer-limit`
/// hard limit if lower: the client is then dropped with its pending output, as Redis
/// drops a client over its limit. Without it a count near 2^63 would grow memory
/// without bound.
pub(crate) const RANDOM_REPLY_LIMIT: u64 = 1 << 30;

/// The count of HRANDFIELD/SRANDMEMBER: an integer in `-i64::MAX..=i64::MAX`.
pub(crate) fn parse_signed_count(arg: &[u8]) -> Result<i64, &'static str> {
    match parse_i64(arg) {
        None => Err(NOT_INTEGER),
        Some(i64::MIN) => Err(COUNT_RANGE_ERR),
        Some(v) => Ok(v),
    }
}

/// The output size at which a random-member reply with repeats gives up.
pub(crate) fn random_reply_limit(ctx: &Ctx<'_>) -> usize {
    let hard = ctx.node.config.output_limits.normal.hard;
    let limit = if hard > 0 {
        hard.min(RANDOM_REPLY_LIMIT)
    } else {
        RANDOM_REPLY_LIMIT
    };
    usize::try_from(limit).unwrap_or(usize::MAX)
}

/// Drops the client's pending output and closes it (a reply grew past
/// [`random_reply_limit`]).
pub(crate) fn drop_huge_reply(out: &mut Reply, client: &mut ClientState) {
    out.consume(usize::MAX);
    client.close_after_reply = true;
}

/// Options of HSCAN/SSCAN/ZSCAN after the cursor.
pub(crate) struct ScanOptions<'a> {
    /// COUNT (default 10).
    pub count: usize,
    /// MATCH, unless it is `*` (which matches everything).
    pub pattern: Option<&'a [u8]>,
}

/// Parses the options of a collection SCAN from `argv[3..]` as Redis's
/// `scanGenericCommand` does (after the key was found): COUNT must be a positive
/// integer, MATCH takes a pattern, anything else is a syntax error.
pub(crate) fn parse_scan_options<'a>(argv: &[&'a [u8]]) -> Result<ScanOptions<'a>, &'static str> {
    let mut opts = ScanOptions {
        count: 10,
        pattern: None,
    };
    let mut i = 3;
    while i < argv.len() {
        let more = i + 1 < argv.len();
        if more && opt_is(argv[i], "count") {
            let n = parse_i64(argv[i + 1]).ok_or(NOT_INTEGER)?;
            if n < 1 {
                return Err(SYNTAX_ERR);
            }
            opts.count = usize::try_from(n).unwrap_or(usize::MAX);
            i += 2;
        } else if more && opt_is(argv[i], "match") {
            let p = argv[i + 1];
            opts.pattern = (p != b"*").then_some(p);
            i += 2;
        } else {
            return Err(SYNTAX_ERR);
        }
    }
    Ok(opts)
}

/// Writes a SCAN reply: the next cursor (as Redis prints it, through a signed
/// conversion) and the items.
pub(crate) fn write_scan_reply(out: &mut Reply, cursor: u64, items: &[&[u8]]) {
    out.array(2);
    out.bulk_i64(cursor as i64);
    out.array(items.len());
    for item in items {
        out.bulk(item);
    }
}

// ---------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------

/// The thresholds and hasher hash writes use, from the node.
fn limits(ctx: &Ctx<'_>) -> HashLimits {
    HashLimits {
        max_listpack_entries: ctx.node.config.hash_max_listpack_entries,
        max_listpack_value: ctx.node.config.hash_max_listpack_value,
        hasher: ctx.node.hasher,
    }
}

fn lookup<'a>(db: &'a mut Db, key: &[u8], now: i64) -> Lookup<&'a HashValue> {
    Lookup::of(db.get(key, now), |v| match v {
        Value::Hash(h) => Some(h),
        _ => None,
    })
}

/// The hash under `key` for a read, or `None` after replying: `on_missing` for a
/// missing key, WRONGTYPE for another type.
fn read_hash<'a>(
    db: &'a mut Db,
    out: &mut Reply,
    key: &[u8],
    now: i64,
    on_missing: impl FnOnce(&mut Reply),
) -> Option<&'a HashValue> {
    lookup(db, key, now).or_reply(out, on_missing)
}

/// Redis's `hashTypeLookupWriteOrCreate`: the hash under `key`, created empty if the
/// key is missing; `None` after a WRONGTYPE reply. A caller that might leave the new
/// hash empty must delete it ([`drop_if_empty`]).
fn hash_for_write<'a>(
    db: &'a mut Db,
    out: &mut Reply,
    key: &[u8],
    now: i64,
) -> Option<&'a mut HashValue> {
    if db.get(key, now).is_none() {
        db.set(key, Value::Hash(HashValue::new()));
    }
    match db.get_mut(key, now) {
        Some(Value::Hash(h)) => Some(h),
        _ => {
            out.error(WRONGTYPE);
            None
        }
    }
}

/// Deletes `key` if it holds an empty hash (Redis never keeps empty collections).
fn drop_if_empty(db: &mut Db, key: &[u8], now: i64) {
    if let Some(Value::Hash(h)) = db.get(key, now)
        && h.is_empty()
    {
        db.remove(key);
    }
}

// ---------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------

/// HSET and HMSET: sets every field/value pair; replies with the number of new
/// fields (HSET) or OK (HMSET).
fn hset_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], name: &str, reply_ok: bool) {
    if argv.len() % 2 == 1 {
        ctx.out.error(&format!(
            "ERR wrong number of arguments for '{name}' command"
        ));
        return;
    }
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let (db, out) = ctx.db_and_out();
    let Some(h) = hash_for_write(db, out, argv[1], now) else {
        return;
    };
    h.convert_for_args(&argv[2..], &limits);
    let mut created = 0;
    for pair in argv[2..].chunks_exact(2) {
        if h.set(pair[0], pair[1], &limits) {
            created += 1;
        }
    }
    if reply_ok {
        out.ok();
    } else {
        out.int(created);
    }
    ctx.node.dirty += (argv.len() as u64 - 2) / 2;
    // Even when no field changed, as Redis does.
    ctx.notify(notify::HASH, "hset", argv[1]);
}

fn hset(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    hset_generic(ctx, argv, "hset", false);
}

fn hmset(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    hset_generic(ctx, argv, "hmset", true);
}

fn hsetnx(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let (db, out) = ctx.db_and_out();
    let Some(h) = hash_for_write(db, out, argv[1], now) else {
        return;
    };
    if h.contains(argv[2]) {
        out.int(0);
        return;
    }
    h.convert_for_args(&argv[2..4], &limits);
    h.set(argv[2], argv[3], &limits);
    out.int(1);
    ctx.node.dirty += 1;
    ctx.notify(notify::HASH, "hset", argv[1]);
}

fn hdel(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    let h = match db.get_mut(key, now) {
        None => {
            out.int(0);
            return;
        }
        Some(Value::Hash(h)) => h,
        Some(_) => {
            out.error(WRONGTYPE);
            return;
        }
    };
    let mut deleted = 0;
    let mut emptied = false;
    for field in &argv[2..] {
        if h.remove(field) {
            deleted += 1;
            if h.is_empty() {
                emptied = true;
                break;
            }
        }
    }
    if emptied {
        db.remove(key);
    }
    out.int(deleted);
    ctx.node.dirty += deleted as u64;
    if deleted > 0 {
        ctx.notify(notify::HASH, "hdel", key);
        if emptied {
            ctx.notify(notify::GENERIC, "del", key);
        }
    }
}

fn hincrby(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(incr) = parse_i64(argv[3]) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let (db, out) = ctx.db_and_out();
    let Some(h) = hash_for_write(db, out, argv[1], now) else {
        return;
    };
    let current = match h.get(argv[2]) {
        None => 0,
        Some(v) => match parse_i64(v) {
            Some(n) => n,
            None => {
                out.error("ERR hash value is not an integer");
                return;
            }
        },
    };
    let Some(sum) = current.checked_add(incr) else {
        out.error("ERR increment or decrement would overflow");
        drop_if_empty(db, argv[1], now);
        return;
    };
    let mut buf = itoa::Buffer::new();
    h.set(argv[2], buf.format(sum).as_bytes(), &limits);
    out.int(sum);
    ctx.node.dirty += 1;
    ctx.notify(notify::HASH, "hincrby", argv[1]);
}

fn hincrbyfloat(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(incr) = LongDouble::parse(argv[3]) else {
        ctx.out.error(NOT_FLOAT);
        return;
    };
    if !incr.is_finite() {
        ctx.out.error("ERR value is NaN or Infinity");
        return;
    }
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let (db, out) = ctx.db_and_out();
    let Some(h) = hash_for_write(db, out, argv[1], now) else {
        return;
    };
    let current = match h.get(argv[2]) {
        None => LongDouble::zero(),
        Some(v) => match LongDouble::parse(v) {
            Some(x) => x,
            None => {
                out.error("ERR hash value is not a float");
                return;
            }
        },
    };
    let sum = current + incr;
    if !sum.is_finite() {
        out.error("ERR increment would produce NaN or Infinity");
        drop_if_empty(db, argv[1], now);
        return;
    }
    let mut text: smallvec::SmallVec<[u8; 64]> = smallvec::SmallVec::new();
    sum.write_human(&mut text);
    h.set(argv[2], &text, &limits);
    out.bulk(&text);
    ctx.node.dirty += 1;
    ctx.notify(notify::HASH, "hincrbyfloat", argv[1]);
    // The sum, not the increment: float arithmetic may differ on the other side.
    ctx.rewrite_effect(&[b"HSET", argv[1], argv[2], &text]);
}

// ---------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------

fn hget(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let Some(h) = read_hash(db, out, argv[1], now, Reply::null) else {
        return;
    };
    match h.get(argv[2]) {
        Some(v) => out.bulk(v),
        None => out.null(),
    }
}

fn hmget(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let fields = &argv[2..];
    let h = match lookup(db, argv[1], now) {
        Lookup::Found(h) => Some(h),
        Lookup::Missing => None,
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return;
        }
    };
    out.array(fields.len());
    for f in fields {
        match h.and_then(|h| h.get(f)) {
            Some(v) => out.bulk(v),
            None => out.null(),
        }
    }
}

/// Which parts of each pair HGETALL/HKEYS/HVALS reply with.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Parts {
    Keys,
    Values,
    Both,
}

/// Redis's `genericHgetallCommand`.
fn hgetall_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], parts: Parts) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let empty = |out: &mut Reply| {
        if parts == Parts::Both {
            out.map(0);
        } else {
            out.array(0);
        }
    };
    let Some(h) = read_hash(db, out, argv[1], now, empty) else {
        return;
    };
    match parts {
        Parts::Both => out.map(h.len()),
        _ => out.array(h.len()),
    }
    for (f, v) in h.iter() {
        if parts != Parts::Values {
            out.bulk(f);
        }
        if parts != Parts::Keys {
            out.bulk(v);
        }
    }
}

fn hgetall(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    hgetall_generic(ctx, argv, Parts::Both);
}

fn hkeys(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    hgetall_generic(ctx, argv, Parts::Keys);
}

fn hvals(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    hgetall_generic(ctx, argv, Parts::Values);
}

fn hlen(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if let Some(h) = read_hash(db, out, argv[1], now, |o| o.int(0)) {
        out.int(h.len() as i64);
    }
}

fn hexists(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if let Some(h) = read_hash(db, out, argv[1], now, |o| o.int(0)) {
        out.int(i64::from(h.contains(argv[2])));
    }
}

fn hstrlen(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if let Some(h) = read_hash(db, out, argv[1], now, |o| o.int(0)) {
        out.int(h.get(argv[2]).map_or(0, |v| v.len() as i64));
    }
}

// ---------------------------------------------------------------------------------
// HRANDFIELD
// ---------------------------------------------------------------------------------

/// HRANDFIELD key [count [WITHVALUES]].
fn hrandfield(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() >= 3 {
        let count = match parse_signed_count(argv[2]) {
            Ok(c) => c,
            Err(e) => {
                ctx.out.error(e);
                return;
            }
        };
        let with_values = match argv.len() {
            3 => false,
            4 if opt_is(argv[3], "withvalues") => true,
            _ => {
                ctx.out.error(SYNTAX_ERR);
                return;
            }
        };
        if with_values && !(-(i64::MAX / 2)..=i64::MAX / 2).contains(&count) {
            ctx.out.error("ERR value is out of range");
            return;
        }
        hrandfield_with_count(ctx, argv[1], count, with_values);
        return;
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    let db = &mut node.dbs[ctx.client.db];
    let Some(h) = read_hash(db, ctx.out, argv[1], now, Reply::null) else {
        return;
    };
    match h.random_pair(|n| rng.below(n)) {
        Some((f, _)) => ctx.out.bulk(f),
        None => ctx.out.null(),
    }
}

/// Writes one HRANDFIELD element: the field, or (WITHVALUES) the field and its value,
/// as a pair of its own in RESP3.
fn put_field(out: &mut Reply, f: &[u8], v: &[u8], with_values: bool) {
    if with_values && out.is_resp3() {
        out.array(2);
    }
    out.bulk(f);
    if with_values {
        out.bulk(v);
    }
}

/// Redis's `hrandfieldWithCountCommand`.
fn hrandfield_with_count(ctx: &mut Ctx<'_>, key: &[u8], count: i64, with_values: bool) {
    let now = ctx.now_ms();
    let limit = random_reply_limit(ctx);
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    let db = &mut node.dbs[ctx.client.db];
    let out = &mut *ctx.out;
    let Some(h) = read_hash(db, out, key, now, |o| o.array(0)) else {
        return;
    };
    let size = h.len();
    let (uniq, n) = (count >= 0, count.unsigned_abs());
    if n == 0 {
        out.array(0);
        return;
    }
    let resp2_pairs = with_values && !out.is_resp3();
    let header = |out: &mut Reply, n: usize| out.array(if resp2_pairs { n * 2 } else { n });
    if !uniq || n == 1 {
        // CASE 1: independent draws, repeats allowed.
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        header(out, n);
        for _ in 0..n {
            if let Some((f, v)) = h.random_pair(|m| rng.below(m)) {
                put_field(out, f, v, with_values);
            }
            if out.pending_len() > limit {
                drop_huge_reply(out, ctx.client);
                break;
            }
        }
    } else if n >= size as u64 {
        // CASE 2: the whole hash.
        header(out, size);
        for (f, v) in h.iter() {
            put_field(out, f, v, with_values);
        }
    } else {
        // CASES 3 and 4: `n` distinct pairs in random order.
        let n = n as usize;
        header(out, n);
        let picked = distinct_sample(
            || h.iter().collect(),
            size,
            n,
            rng,
            |r| h.random_pair_with_id(|m| r.below(m)),
        );
        for (f, v) in picked {
            put_field(out, f, v, with_values);
        }
    }
}

/// `n` distinct items out of `size` (`n < size`), in random order, as Redis's
/// HRANDFIELD/SRANDMEMBER cases 3 and 4 pick them. When `n` is a large share of
/// `size` (Redis's case 3), a partial Fisher-Yates shuffle of all the items, O(size).
/// Otherwise (case 4), random draws from `draw`, which yields an item and an id that
/// identifies it (not client data, so it cannot be aimed at the dedupe table), until
/// `n` distinct ones came up: O(n) expected, as in Redis.
pub(crate) fn distinct_sample<T>(
    all: impl FnOnce() -> Vec<T>,
    size: usize,
    n: usize,
    rng: &mut Rng,
    mut draw: impl FnMut(&mut Rng) -> Option<(usize, T)>,
) -> Vec<T> {
    if n.saturating_mul(3) <= size {
        let mut seen = crate::util::FastMap::default();
        let mut picked = Vec::with_capacity(n);
        // With n <= size / 3 a draw is new with probability >= 2/3; the bound is
        // never reached in practice but keeps the loop finite whatever `draw` does.
        for _ in 0..n.saturating_mul(64).saturating_add(1024) {
            if picked.len() == n {
                return picked;
            }
            let Some((id, item)) = draw(rng) else { break };
            if seen.insert(id, ()).is_none() {
                picked.push(item);
            }
        }
    }
    let mut all = all();
    let n = n.min(all.len());
    for i in 0..n {
        let j = i + rng.below((all.len() - i) as u64) as usize;
        let last = all.len() - 1;
        all.swap(i, j.min(last));
    }
    all.truncate(n);
    all
}

// ---------------------------------------------------------------------------------
// HSCAN
// ---------------------------------------------------------------------------------

/// HSCAN key cursor [MATCH pattern] [COUNT count]. A listpack hash is returned whole
/// with cursor 0, as Redis does.
fn hscan(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(cursor) = parse_scan_cursor(argv[2]) else {
        ctx.out.error("ERR invalid cursor");
        return;
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let empty = |o: &mut Reply| write_scan_reply(o, 0, &[]);
    let Some(h) = read_hash(db, out, argv[1], now, empty) else {
        return;
    };
    let opts = match parse_scan_options(argv) {
        Ok(o) => o,
        Err(e) => {
            out.error(e);
            return;
        }
    };
    // As Redis: collect first (COUNT bounds what is visited), then filter by MATCH.
    let keep = |f: &[u8]| opts.pattern.is_none_or(|p| glob_matches(p, f));
    let mut items: Vec<&[u8]> = Vec::new();
    let mut visited = 0usize;
    let next = match h {
        HashValue::Listpack(lp) => {
            for (f, v) in lp.iter() {
                if keep(f) {
                    items.push(f);
                    items.push(v);
                }
            }
            0
        }
        HashValue::Table(t) => {
            // Redis counts fields and values, and allows ten steps per wanted item.
            let want = opts.count.saturating_mul(2);
            let mut budget = want.saturating_mul(10);
            let mut cursor = cursor;
            loop {
                cursor = t.scan_step(cursor, |p| {
                    visited += 2;
                    if keep(p.field()) {
                        items.push(p.field());
                        items.push(p.value());
                    }
                });
                if cursor == 0 || budget == 0 || visited >= want {
                    break;
                }
                budget -= 1;
            }
            cursor
        }
    };
    write_scan_reply(out, next, &items);
}

/// SCAN-family MATCH (Redis's `stringmatchlen`).
pub(crate) fn glob_matches(pattern: &[u8], s: &[u8]) -> bool {
    crate::util::glob::matches(pattern, s)
}
