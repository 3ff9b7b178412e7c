//! Set commands: Redis's `set` group (SADD, SREM, SMEMBERS, SISMEMBER, SMISMEMBER,
//! SCARD, SPOP, SRANDMEMBER, SMOVE, SINTER, SINTERCARD, SINTERSTORE, SUNION,
//! SUNIONSTORE, SDIFF, SDIFFSTORE, SSCAN) with Redis 7.0's replies, error texts, order
//! of checks and encodings (`intset` while small and all integers, else `hashtable`).

#[cfg(test)]
mod tests;

use super::flags::*;
use super::hash::{
    NOT_POSITIVE_ERR, distinct_sample, drop_huge_reply, glob_matches, opt_is, parse_scan_cursor,
    parse_scan_options, parse_signed_count, random_reply_limit, write_scan_reply,
};
use super::{Command, Ctx, SYNTAX_ERR, WRONGTYPE};
use crate::commands::Lookup;
use crate::keyspace::Db;
use crate::notify;
use crate::resp::Reply;
use crate::types::Value;
use crate::types::set::{Elem, SetLimits, SetValue};
use crate::util::number::parse_i64;

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("sadd", -3, WRITE | DENYOOM | FAST, sadd).keys(1, 1, 1),
    Command::new("srem", -3, WRITE | FAST, srem).keys(1, 1, 1),
    Command::new("smembers", 2, READONLY, smembers).keys(1, 1, 1),
    Command::new("sismember", 3, READONLY | FAST, sismember).keys(1, 1, 1),
    Command::new("smismember", -3, READONLY | FAST, smismember).keys(1, 1, 1),
    Command::new("scard", 2, READONLY | FAST, scard).keys(1, 1, 1),
    Command::new("spop", -2, WRITE | FAST, spop).keys(1, 1, 1),
    Command::new("srandmember", -2, READONLY, srandmember).keys(1, 1, 1),
    Command::new("smove", 4, WRITE | FAST | SIGNALS_OWN_KEYS, smove).keys(1, 2, 1),
    Command::new("sinter", -2, READONLY, sinter).keys(1, -1, 1),
    Command::new("sintercard", -3, READONLY, sintercard),
    Command::new(
        "sinterstore",
        -3,
        WRITE | DENYOOM | SIGNALS_OWN_KEYS,
        sinterstore,
    )
    .keys(1, -1, 1),
    Command::new("sunion", -2, READONLY, sunion).keys(1, -1, 1),
    Command::new(
        "sunionstore",
        -3,
        WRITE | DENYOOM | SIGNALS_OWN_KEYS,
        sunionstore,
    )
    .keys(1, -1, 1),
    Command::new("sdiff", -2, READONLY, sdiff).keys(1, -1, 1),
    Command::new(
        "sdiffstore",
        -3,
        WRITE | DENYOOM | SIGNALS_OWN_KEYS,
        sdiffstore,
    )
    .keys(1, -1, 1),
    Command::new("sscan", -3, READONLY, sscan).keys(1, 1, 1),
];

/// Redis's `SPOP_MOVE_STRATEGY_MUL`: SPOP with a count rebuilds the set from the
/// members that stay when fewer than a fifth of the popped count would stay.
const SPOP_MOVE_STRATEGY_MUL: usize = 5;

// ---------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------

/// The threshold and hasher set writes use, from the node.
fn limits(ctx: &Ctx<'_>) -> SetLimits {
    SetLimits {
        max_intset_entries: ctx.node.config.set_max_intset_entries,
        hasher: ctx.node.hasher,
    }
}

fn lookup<'a>(db: &'a mut Db, key: &[u8], now: i64) -> Lookup<&'a SetValue> {
    Lookup::of(db.get(key, now), |v| match v {
        Value::Set(s) => Some(s),
        _ => None,
    })
}

/// The set under `key` for a read, or `None` after replying: `on_missing` for a
/// missing key, WRONGTYPE for another type.
fn read_set<'a>(
    db: &'a mut Db,
    out: &mut Reply,
    key: &[u8],
    now: i64,
    on_missing: impl FnOnce(&mut Reply),
) -> Option<&'a SetValue> {
    lookup(db, key, now).or_reply(out, on_missing)
}

/// Looks every key up as Redis's multi-key set commands do: a missing key is `None`,
/// any key of another type is an error (even after a missing one). Expires keys whose
/// time passed.
fn check_sets(db: &mut Db, keys: &[&[u8]], now: i64) -> Result<(), ()> {
    for k in keys {
        if let Lookup::WrongType = lookup(db, k, now) {
            return Err(());
        }
    }
    Ok(())
}

/// The sets under `keys` (already checked with [`check_sets`]).
fn sets_of<'a>(db: &'a Db, keys: &[&[u8]], now: i64) -> Vec<Option<&'a SetValue>> {
    keys.iter()
        .map(|k| match db.peek(k, now) {
            Some(Value::Set(s)) => Some(s),
            _ => None,
        })
        .collect()
}

/// Publishes set event `event` on `key`, then the generic `del` when the command
/// emptied the set and so deleted the key, in Redis's order.
fn notify_change(ctx: &mut Ctx<'_>, event: &str, key: &[u8], emptied: bool) {
    ctx.notify(notify::SET, event, key);
    if emptied {
        ctx.notify(notify::GENERIC, "del", key);
    }
}

/// An empty set reply (`*0` in RESP2, `~0` in RESP3).
fn empty_set(out: &mut Reply) {
    out.set(0);
}

/// Writes a member as a bulk string.
fn put_elem(out: &mut Reply, e: Elem<'_>) {
    match e {
        Elem::Int(v) => out.bulk_i64(v),
        Elem::Bytes(b) => out.bulk(b),
    }
}

// ---------------------------------------------------------------------------------
// Single-key commands
// ---------------------------------------------------------------------------------

fn sadd(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    match lookup(db, key, now) {
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return;
        }
        Lookup::Missing => {
            db.set(key, Value::Set(SetValue::for_first(argv[2], limits.hasher)));
        }
        Lookup::Found(_) => {}
    }
    let Some(Value::Set(set)) = db.get_mut(key, now) else {
        return;
    };
    let mut added = 0;
    for m in &argv[2..] {
        if set.add(m, &limits) {
            added += 1;
        }
    }
    ctx.node.dirty += added as u64;
    // Redis publishes before it replies (a RESP3 subscriber sees the event first).
    if added > 0 {
        ctx.notify(notify::SET, "sadd", key);
    }
    ctx.out.int(added);
}

fn srem(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    let set = match db.get_mut(key, now) {
        None => {
            out.int(0);
            return;
        }
        Some(Value::Set(s)) => s,
        Some(_) => {
            out.error(WRONGTYPE);
            return;
        }
    };
    let mut deleted = 0;
    let mut emptied = false;
    for m in &argv[2..] {
        if set.remove(m) {
            deleted += 1;
            if set.is_empty() {
                emptied = true;
                break;
            }
        }
    }
    if emptied {
        db.remove(key);
    }
    ctx.node.dirty += deleted as u64;
    if deleted > 0 {
        notify_change(ctx, "srem", key, emptied);
    }
    ctx.out.int(deleted);
}

fn smembers(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if let Some(set) = read_set(db, out, argv[1], now, empty_set) {
        out.set(set.len());
        for e in set.iter() {
            put_elem(out, e);
        }
    }
}

fn sismember(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if let Some(set) = read_set(db, out, argv[1], now, |o| o.int(0)) {
        out.int(i64::from(set.contains(argv[2])));
    }
}

fn smismember(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let set = match lookup(db, argv[1], now) {
        Lookup::Found(s) => Some(s),
        Lookup::Missing => None,
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return;
        }
    };
    out.array(argv.len() - 2);
    for m in &argv[2..] {
        out.int(i64::from(set.is_some_and(|s| s.contains(m))));
    }
}

fn scard(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if let Some(set) = read_set(db, out, argv[1], now, |o| o.int(0)) {
        out.int(set.len() as i64);
    }
}

fn smove(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let (src, dst, member) = (argv[1], argv[2], argv[3]);
    let (db, out) = ctx.db_and_out();
    let src_lookup = match lookup(db, src, now) {
        Lookup::Missing => None,
        Lookup::Found(_) => Some(true),
        Lookup::WrongType => Some(false),
    };
    let dst_lookup = match lookup(db, dst, now) {
        Lookup::Missing => None,
        Lookup::Found(_) => Some(true),
        Lookup::WrongType => Some(false),
    };
    match (src_lookup, dst_lookup) {
        (None, _) => {
            out.int(0);
            return;
        }
        (Some(false), _) | (_, Some(false)) => {
            out.error(WRONGTYPE);
            return;
        }
        _ => {}
    }
    if src == dst {
        let present = matches!(db.peek(src, now), Some(Value::Set(s)) if s.contains(member));
        out.int(i64::from(present));
        return;
    }
    let Some(Value::Set(s)) = db.get_mut(src, now) else {
        return;
    };
    if !s.remove(member) {
        out.int(0);
        return;
    }
    let emptied = s.is_empty();
    if emptied {
        db.remove(src);
    }
    if dst_lookup.is_none() {
        db.set(dst, Value::Set(SetValue::for_first(member, limits.hasher)));
    }
    let added = match db.get_mut(dst, now) {
        Some(Value::Set(d)) => d.add(member, &limits),
        _ => false,
    };
    ctx.node.dirty += 1 + u64::from(added);
    // As Redis: the source always changed, the destination only if it gained.
    let db_index = ctx.client.db;
    ctx.node.signal_modified_key(db_index, src);
    if added {
        ctx.node.signal_modified_key(db_index, dst);
    }
    // Redis publishes the removal (and `del`) before it creates the destination, and
    // all of it before the reply.
    notify_change(ctx, "srem", src, emptied);
    if added {
        ctx.notify(notify::SET, "sadd", dst);
    }
    ctx.out.int(1);
}

// ---------------------------------------------------------------------------------
// SPOP / SRANDMEMBER
// ---------------------------------------------------------------------------------

fn spop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.len() {
        2 => {}
        3 => {
            spop_with_count(ctx, argv);
            return;
        }
        _ => {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
    }
    let now = ctx.now_ms();
    let key = argv[1];
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    let db = &mut node.dbs[ctx.client.db];
    let out = &mut *ctx.out;
    let set = match db.get_mut(key, now) {
        None => {
            out.null();
            return;
        }
        Some(Value::Set(s)) => s,
        Some(_) => {
            out.error(WRONGTYPE);
            return;
        }
    };
    let Some(member) = set.random(|n| rng.below(n)).map(Elem::to_vec) else {
        out.null();
        return;
    };
    set.remove(&member);
    let emptied = set.is_empty();
    if emptied {
        db.remove(key);
    }
    node.dirty += 1;
    // A random pop replays as the removal it made (Redis rewrites it to SREM), so the
    // AOF and replicas remove the same member.
    ctx.rewrite_effect(&[b"SREM", key, &member]);
    // Redis publishes `spop` before the reply and `del` after it.
    ctx.notify(notify::SET, "spop", key);
    ctx.out.bulk(&member);
    if emptied {
        ctx.notify(notify::GENERIC, "del", key);
    }
}

/// Redis's `spopWithCountCommand`.
fn spop_with_count(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let count = match parse_i64(argv[2]) {
        Some(n) if n >= 0 => n as u64,
        _ => {
            ctx.out.error(NOT_POSITIVE_ERR);
            return;
        }
    };
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    match db.get(key, now) {
        None => return empty_set(out),
        Some(Value::Set(_)) => {}
        Some(_) => return out.error(WRONGTYPE),
    }
    if count == 0 {
        return empty_set(out);
    }
    // Redis publishes `spop` before the reply (and `del`, if the set goes, after it).
    ctx.notify(notify::SET, "spop", key);
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    let db = &mut node.dbs[ctx.client.db];
    let out = &mut *ctx.out;
    let Some(Value::Set(set)) = db.get_mut(key, now) else {
        return;
    };
    let size = set.len();
    node.dirty += count;
    if count >= size as u64 {
        // CASE 1: the whole set goes. Redis replies through a fresh copy (SUNION of
        // the one key), whose encoding, and so whose order, follows the members.
        let mut copy = SetValue::default();
        for e in set.iter() {
            copy.add_elem(e, &limits);
        }
        out.set(size);
        for e in copy.iter() {
            put_elem(out, e);
        }
        db.remove(key);
        ctx.notify(notify::GENERIC, "del", key);
        return;
    }
    let count = count as usize;
    let remaining = size - count;
    out.set(count);
    if remaining * SPOP_MOVE_STRATEGY_MUL > count {
        // CASE 2: pop random members one at a time.
        for _ in 0..count {
            let Some(member) = set.random(|n| rng.below(n)).map(Elem::to_vec) else {
                break;
            };
            set.remove(&member);
            out.bulk(&member);
        }
    } else {
        // CASE 3: move the few members that stay into a new set (encoded afresh, as
        // Redis's setTypeCreate does), reply with the rest, and store the new set.
        let mut kept: Option<SetValue> = None;
        for _ in 0..remaining {
            let Some(member) = set.random(|n| rng.below(n)).map(Elem::to_vec) else {
                break;
            };
            let new = kept.get_or_insert_with(|| SetValue::for_first(&member, limits.hasher));
            new.add(&member, &limits);
            set.remove(&member);
        }
        for e in set.iter() {
            put_elem(out, e);
        }
        if let Some(new) = kept {
            *set = new;
        }
    }
}

fn srandmember(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.len() {
        2 => {}
        3 => {
            let count = match parse_signed_count(argv[2]) {
                Ok(c) => c,
                Err(e) => {
                    ctx.out.error(e);
                    return;
                }
            };
            srandmember_with_count(ctx, argv[1], count);
            return;
        }
        _ => {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    let db = &mut node.dbs[ctx.client.db];
    let Some(set) = read_set(db, ctx.out, argv[1], now, Reply::null) else {
        return;
    };
    match set.random(|n| rng.below(n)) {
        Some(e) => put_elem(ctx.out, e),
        None => ctx.out.null(),
    }
}

/// Redis's `srandmemberWithCountCommand`.
fn srandmember_with_count(ctx: &mut Ctx<'_>, key: &[u8], count: i64) {
    let now = ctx.now_ms();
    let limit = random_reply_limit(ctx);
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    let db = &mut node.dbs[ctx.client.db];
    let out = &mut *ctx.out;
    let Some(set) = read_set(db, out, key, now, |o| o.array(0)) else {
        return;
    };
    let size = set.len();
    let (uniq, n) = (count >= 0, count.unsigned_abs());
    if n == 0 {
        out.array(0);
        return;
    }
    if !uniq || n == 1 {
        // CASE 1: independent draws, repeats allowed.
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        out.array(n);
        for _ in 0..n {
            if let Some(e) = set.random(|m| rng.below(m)) {
                put_elem(out, e);
            }
            if out.pending_len() > limit {
                drop_huge_reply(out, ctx.client);
                break;
            }
        }
    } else if n >= size as u64 {
        // CASE 2: the whole set.
        out.array(size);
        for e in set.iter() {
            put_elem(out, e);
        }
    } else {
        // CASES 3 and 4: `n` distinct members in random order.
        let n = n as usize;
        out.array(n);
        let picked = distinct_sample(
            || set.iter().collect(),
            size,
            n,
            rng,
            |r| set.random_with_id(|m| r.below(m)),
        );
        for e in picked {
            put_elem(out, e);
        }
    }
}

// ---------------------------------------------------------------------------------
// Intersection, union, difference
// ---------------------------------------------------------------------------------

/// Where an algebra command's result goes.
#[derive(Copy, Clone)]
enum Target<'a> {
    /// Reply with the members.
    Reply,
    /// Reply with the count only, stopping at `limit` (0: no limit).
    Card(usize),
    /// Store under this key and reply with the count.
    Store(&'a [u8]),
}

/// Stores `result` under `dst` (or deletes `dst` when it is empty, as Redis does)
/// and replies with its size. Publishes `event` (the command's name) for a stored
/// result after the reply, `del` for a removed key after it too, or before it with
/// `del_first` (SINTERSTORE with a missing source, which Redis handles early).
fn store_result(ctx: &mut Ctx<'_>, dst: &[u8], result: SetValue, event: &str, del_first: bool) {
    let len = result.len();
    let db_index = ctx.client.db;
    let db = &mut ctx.node.dbs[db_index];
    let changed = if len > 0 {
        db.set(dst, Value::Set(result));
        true
    } else {
        db.remove(dst).is_some()
    };
    if changed {
        // Only the destination changed (sources stay WATCH-valid, as in Redis).
        ctx.node.dirty += 1;
        ctx.node.signal_modified_key(db_index, dst);
    }
    let del = changed && len == 0;
    if del && del_first {
        ctx.notify(notify::GENERIC, "del", dst);
    }
    ctx.out.int(len as i64);
    if len > 0 {
        ctx.notify(notify::SET, event, dst);
    } else if del && !del_first {
        ctx.notify(notify::GENERIC, "del", dst);
    }
}

/// Redis's `sinterGenericCommand`.
fn sinter_generic(ctx: &mut Ctx<'_>, keys: &[&[u8]], target: Target<'_>) {
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let db = &mut ctx.node.dbs[ctx.client.db];
    if check_sets(db, keys, now).is_err() {
        ctx.out.error(WRONGTYPE);
        return;
    }
    let found = sets_of(db, keys, now);
    let mut sets: Vec<(&[u8], &SetValue)> = Vec::with_capacity(keys.len());
    for (k, s) in keys.iter().zip(&found) {
        match s {
            Some(s) => sets.push((k, s)),
            None => {
                // An intersection with an empty set is empty.
                match target {
                    Target::Store(dst) => {
                        store_result(ctx, dst, SetValue::default(), "sinterstore", true);
                    }
                    Target::Card(_) => ctx.out.int(0),
                    Target::Reply => empty_set(ctx.out),
                }
                return;
            }
        }
    }
    // Walk the smallest set and test each member against the others.
    sets.sort_by_key(|(_, s)| s.len());
    let Some(&(first_key, first)) = sets.first() else {
        return;
    };
    let others: Vec<&SetValue> = sets[1..]
        .iter()
        .filter(|(k, _)| *k != first_key)
        .map(|(_, s)| *s)
        .collect();
    let in_all = |e: Elem<'_>| others.iter().all(|s| s.contains_elem(e));
    match target {
        Target::Card(limit) => {
            let mut n = 0usize;
            for e in first.iter() {
                if in_all(e) {
                    n += 1;
                    if limit != 0 && n >= limit {
                        break;
                    }
                }
            }
            ctx.out.int(n as i64);
        }
        Target::Reply => {
            let members: Vec<Elem<'_>> = first.iter().filter(|&e| in_all(e)).collect();
            ctx.out.set(members.len());
            for e in members {
                put_elem(ctx.out, e);
            }
        }
        Target::Store(dst) => {
            let mut result = SetValue::default();
            for e in first.iter().filter(|&e| in_all(e)) {
                result.add_elem(e, &limits);
            }
            store_result(ctx, dst, result, "sinterstore", false);
        }
    }
}

/// Union or difference.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Op {
    Union,
    Diff,
}

/// Redis's `sunionDiffGenericCommand`: builds the result as a new set (an intset
/// until a member or the size says otherwise), then replies with it or stores it.
fn sunion_diff_generic(ctx: &mut Ctx<'_>, keys: &[&[u8]], dst: Option<&[u8]>, op: Op) {
    let now = ctx.now_ms();
    let limits = limits(ctx);
    let db = &mut ctx.node.dbs[ctx.client.db];
    if check_sets(db, keys, now).is_err() {
        ctx.out.error(WRONGTYPE);
        return;
    }
    let sets = sets_of(db, keys, now);
    let mut result = SetValue::default();
    match op {
        Op::Union => {
            for s in sets.iter().flatten() {
                for e in s.iter() {
                    result.add_elem(e, &limits);
                }
            }
        }
        Op::Diff => {
            // A key repeated after the first subtracts everything.
            let same = keys[1..].contains(&keys[0]);
            if let (Some(first), false) = (sets[0], same) {
                let rest: Vec<&SetValue> = sets[1..].iter().flatten().copied().collect();
                // Redis's choice between its two algorithms, by estimated work.
                let one = (first.len() * (rest.len() + 1)) / 2;
                let two: usize = first.len() + rest.iter().map(|s| s.len()).sum::<usize>();
                if one <= two {
                    for e in first.iter() {
                        if !rest.iter().any(|s| s.contains_elem(e)) {
                            result.add_elem(e, &limits);
                        }
                    }
                } else {
                    for e in first.iter() {
                        result.add_elem(e, &limits);
                    }
                    for s in &rest {
                        for e in s.iter() {
                            e.with_bytes(|b| result.remove(b));
                            if result.is_empty() {
                                break;
                            }
                        }
                    }
                }
            }
        }
    }
    match dst {
        Some(dst) => {
            let event = match op {
                Op::Union => "sunionstore",
                Op::Diff => "sdiffstore",
            };
            store_result(ctx, dst, result, event, false);
        }
        None => {
            ctx.out.set(result.len());
            for e in result.iter() {
                put_elem(ctx.out, e);
            }
        }
    }
}

fn sinter(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sinter_generic(ctx, &argv[1..], Target::Reply);
}

fn sinterstore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sinter_generic(ctx, &argv[2..], Target::Store(argv[1]));
}

/// SINTERCARD numkeys key [key ...] [LIMIT limit].
fn sintercard(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let numkeys = match parse_i64(argv[1]) {
        Some(n) if n >= 1 => n as u64,
        _ => {
            ctx.out.error("ERR numkeys should be greater than 0");
            return;
        }
    };
    if numkeys > (argv.len() - 2) as u64 {
        ctx.out
            .error("ERR Number of keys can't be greater than number of args");
        return;
    }
    let numkeys = numkeys as usize;
    let mut limit = 0usize;
    let mut j = 2 + numkeys;
    while j < argv.len() {
        if opt_is(argv[j], "limit") && j + 1 < argv.len() {
            j += 1;
            match parse_i64(argv[j]) {
                Some(n) if n >= 0 => limit = usize::try_from(n).unwrap_or(usize::MAX),
                _ => {
                    ctx.out.error("ERR LIMIT can't be negative");
                    return;
                }
            }
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
        j += 1;
    }
    sinter_generic(ctx, &argv[2..2 + numkeys], Target::Card(limit));
}

fn sunion(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sunion_diff_generic(ctx, &argv[1..], None, Op::Union);
}

fn sunionstore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sunion_diff_generic(ctx, &argv[2..], Some(argv[1]), Op::Union);
}

fn sdiff(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sunion_diff_generic(ctx, &argv[1..], None, Op::Diff);
}

fn sdiffstore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sunion_diff_generic(ctx, &argv[2..], Some(argv[1]), Op::Diff);
}

// ---------------------------------------------------------------------------------
// SSCAN
// ---------------------------------------------------------------------------------

/// SSCAN key cursor [MATCH pattern] [COUNT count]. An intset is returned whole with
/// cursor 0, as Redis does.
fn sscan(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(cursor) = parse_scan_cursor(argv[2]) else {
        ctx.out.error("ERR invalid cursor");
        return;
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let empty = |o: &mut Reply| write_scan_reply(o, 0, &[]);
    let Some(set) = read_set(db, out, argv[1], now, empty) else {
        return;
    };
    let opts = match parse_scan_options(argv) {
        Ok(o) => o,
        Err(e) => {
            out.error(e);
            return;
        }
    };
    let keep = |m: &[u8]| opts.pattern.is_none_or(|p| glob_matches(p, m));
    match set {
        SetValue::Ints(ints) => {
            let texts: Vec<Vec<u8>> = ints
                .iter()
                .map(|v| itoa::Buffer::new().format(v).as_bytes().to_vec())
                .filter(|t| keep(t))
                .collect();
            let items: Vec<&[u8]> = texts.iter().map(Vec::as_slice).collect();
            write_scan_reply(out, 0, &items);
        }
        SetValue::Table(t) => {
            // As Redis: COUNT bounds what is visited (ten steps per wanted item at
            // most), then MATCH filters.
            let mut items: Vec<&[u8]> = Vec::new();
            let mut visited = 0usize;
            let mut budget = opts.count.saturating_mul(10);
            let mut cursor = cursor;
            loop {
                cursor = t.scan_step(cursor, |m| {
                    visited += 1;
                    if keep(m.as_bytes()) {
                        items.push(m.as_bytes());
                    }
                });
                if cursor == 0 || budget == 0 || visited >= opts.count {
                    break;
                }
                budget -= 1;
            }
            write_scan_reply(out, cursor, &items);
        }
    }
}
