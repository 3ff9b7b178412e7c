//! List commands: Redis's `list` group (LPUSH/RPUSH and the X variants, LPOP/RPOP with
//! COUNT, LLEN, LRANGE, LINDEX, LSET, LINSERT, LREM, LTRIM, LPOS, LMOVE, RPOPLPUSH,
//! LMPOP) and the blocking ones (BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP), with Redis
//! 7.0's replies, error texts and order of checks.
//!
//! Blocking follows Redis 7.0: a first run serves from the first non-empty key in
//! argument order, or parks the client ([`Ctx::block`]) when every key is empty. When a
//! write makes a key ready, the server runs the command again with
//! `ctx.client.unblocking` set and `ctx.client.ready_key` naming that key: the waiter
//! is then served from that key only (as 7.0's `serveClientsBlockedOnListKey` does),
//! or blocks again, keeping its place, if the key holds no list. Inside EXEC
//! ([`Ctx::may_block`] false) an empty key gives the non-blocking twin's null reply.

use super::Lookup;
use super::flags::*;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE};
use crate::blocking::{TimeoutReply, parse_timeout_secs};
use crate::keyspace::Db;
use crate::notify;
use crate::resp::Reply;
use crate::time::Instant;
use crate::types::list::{Elem, End};
use crate::types::{ListValue, Value};
use crate::util::number::parse_i64;

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("lpush", -3, WRITE | DENYOOM | FAST, lpush).keys(1, 1, 1),
    Command::new("rpush", -3, WRITE | DENYOOM | FAST, rpush).keys(1, 1, 1),
    Command::new("lpushx", -3, WRITE | DENYOOM | FAST, lpushx).keys(1, 1, 1),
    Command::new("rpushx", -3, WRITE | DENYOOM | FAST, rpushx).keys(1, 1, 1),
    Command::new("lpop", -2, WRITE | FAST, lpop).keys(1, 1, 1),
    Command::new("rpop", -2, WRITE | FAST, rpop).keys(1, 1, 1),
    Command::new("llen", 2, READONLY | FAST, llen).keys(1, 1, 1),
    Command::new("lrange", 4, READONLY, lrange).keys(1, 1, 1),
    Command::new("lindex", 3, READONLY, lindex).keys(1, 1, 1),
    Command::new("lset", 4, WRITE | DENYOOM, lset).keys(1, 1, 1),
    Command::new("linsert", 5, WRITE | DENYOOM, linsert).keys(1, 1, 1),
    Command::new("lrem", 4, WRITE, lrem).keys(1, 1, 1),
    Command::new("ltrim", 4, WRITE, ltrim).keys(1, 1, 1),
    Command::new("lpos", -3, READONLY, lpos).keys(1, 1, 1),
    Command::new("lmove", 5, WRITE | DENYOOM, lmove).keys(1, 2, 1),
    Command::new("rpoplpush", 3, WRITE | DENYOOM, rpoplpush).keys(1, 2, 1),
    // Movable keys: COMMAND reports 0 0 0, and pops never make a key ready.
    Command::new("lmpop", -4, WRITE, lmpop),
    Command::new("blpop", -3, WRITE | NOSCRIPT | BLOCKING, blpop).keys(1, -2, 1),
    Command::new("brpop", -3, WRITE | NOSCRIPT | BLOCKING, brpop).keys(1, -2, 1),
    Command::new("blmove", 6, WRITE | DENYOOM | NOSCRIPT | BLOCKING, blmove).keys(1, 2, 1),
    Command::new(
        "brpoplpush",
        4,
        WRITE | DENYOOM | NOSCRIPT | BLOCKING,
        brpoplpush,
    )
    .keys(1, 2, 1),
    Command::new("blmpop", -5, WRITE | BLOCKING, blmpop),
];

/// Redis's reply when a count must be positive (LPOP/RPOP COUNT).
const MUST_BE_POSITIVE: &str = "ERR value is out of range, must be positive";
/// LSET on a missing key.
const NO_SUCH_KEY: &str = "ERR no such key";
/// LSET past either end.
const INDEX_OUT_OF_RANGE: &str = "ERR index out of range";
/// LMPOP/BLMPOP with a bad key count.
const NUMKEYS_ERR: &str = "ERR numkeys should be greater than 0";
/// LMPOP/BLMPOP with a bad COUNT.
const COUNT_ERR: &str = "ERR count should be greater than 0";

fn lookup<'a>(db: &'a mut Db, key: &[u8], now: i64) -> Lookup<&'a mut ListValue> {
    Lookup::of(db.get_mut(key, now), |v| match v {
        Value::List(l) => Some(l),
        _ => None,
    })
}

/// `list-max-listpack-size`.
fn fill(ctx: &Ctx<'_>) -> i64 {
    ctx.node.config.list_max_listpack_size
}

/// LEFT / RIGHT, case-insensitively (Redis's `getListPositionFromObjectOrReply`).
fn parse_end(arg: &[u8]) -> Option<End> {
    if arg.eq_ignore_ascii_case(b"left") {
        Some(End::Head)
    } else if arg.eq_ignore_ascii_case(b"right") {
        Some(End::Tail)
    } else {
        None
    }
}

/// An integer in `min..=i64::MAX` (Redis's `getRangeLongFromObjectOrReply`).
fn parse_at_least(arg: &[u8], min: i64) -> Option<i64> {
    parse_i64(arg).filter(|&v| v >= min)
}

/// The event a push at `end` publishes (`lpush` / `rpush`).
fn push_event(end: End) -> &'static str {
    match end {
        End::Head => "lpush",
        End::Tail => "rpush",
    }
}

/// The event a pop at `end` publishes (`lpop` / `rpop`).
fn pop_event(end: End) -> &'static str {
    match end {
        End::Head => "lpop",
        End::Tail => "rpop",
    }
}

/// Publishes list event `event` on `key`, then the generic `del` when the command
/// emptied the list and so deleted the key, in Redis's order.
fn notify_change(ctx: &mut Ctx<'_>, event: &str, key: &[u8], emptied: bool) {
    ctx.notify(notify::LIST, event, key);
    if emptied {
        ctx.notify(notify::GENERIC, "del", key);
    }
}

/// Writes the `n` elements at `end` (outermost first) as bulk strings and removes
/// them.
fn pop_into(list: &mut ListValue, end: End, n: usize, out: &mut Reply) {
    let len = list.len();
    let n = n.min(len);
    match end {
        End::Head => {
            for e in list.range(0, n) {
                e.write_bulk(out);
            }
            list.remove_front(n);
        }
        End::Tail => {
            for e in list.range(len - n, n).rev() {
                e.write_bulk(out);
            }
            list.remove_back(n);
        }
    }
}

// ---------------------------------------------------------------------------------
// Pushes
// ---------------------------------------------------------------------------------

/// LPUSH/RPUSH/LPUSHX/RPUSHX: pushes every value in order; the X forms only onto an
/// existing list.
fn push_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], end: End, existing_only: bool) {
    let now = ctx.now_ms();
    let fill = fill(ctx);
    let (key, values) = (argv[1], &argv[2..]);
    let (db, out) = ctx.db_and_out();
    let len = match lookup(db, key, now) {
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Missing if existing_only => return out.int(0),
        Lookup::Found(l) => {
            for v in values {
                l.push_bytes(end, v, fill);
            }
            l.len()
        }
        Lookup::Missing => {
            let mut l = ListValue::new();
            for v in values {
                l.push_bytes(end, v, fill);
            }
            let n = l.len();
            db.set(key, Value::List(l));
            n
        }
    };
    out.int(len as i64);
    ctx.node.dirty += values.len() as u64;
    ctx.notify(notify::LIST, push_event(end), key);
}

fn lpush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    push_generic(ctx, argv, End::Head, false);
}

fn rpush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    push_generic(ctx, argv, End::Tail, false);
}

fn lpushx(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    push_generic(ctx, argv, End::Head, true);
}

fn rpushx(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    push_generic(ctx, argv, End::Tail, true);
}

// ---------------------------------------------------------------------------------
// Pops and reads
// ---------------------------------------------------------------------------------

/// LPOP/RPOP key [count]: one element as a bulk string, or with a count an array of
/// up to that many (null array for a missing key, empty array for count 0).
fn pop_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], end: End, name: &str) {
    if argv.len() > 3 {
        return ctx.out.error(&format!(
            "ERR wrong number of arguments for '{name}' command"
        ));
    }
    let count = match argv.get(2) {
        None => None,
        Some(arg) => match parse_at_least(arg, 0) {
            Some(c) => Some(usize::try_from(c).unwrap_or(usize::MAX)),
            None => return ctx.out.error(MUST_BE_POSITIVE),
        },
    };
    let now = ctx.now_ms();
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    let list = match lookup(db, key, now) {
        Lookup::Missing if count.is_some() => return out.null_array(),
        Lookup::Missing => return out.null(),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    let popped = match count {
        None => {
            pop_into(list, end, 1, out);
            1
        }
        Some(0) => return out.array(0),
        Some(c) => {
            let n = c.min(list.len());
            out.array(n);
            pop_into(list, end, n, out);
            n
        }
    };
    let emptied = list.is_empty();
    if emptied {
        db.remove(key);
    }
    ctx.node.dirty += popped as u64;
    notify_change(ctx, pop_event(end), key, emptied);
}

fn lpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    pop_generic(ctx, argv, End::Head, "lpop");
}

fn rpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    pop_generic(ctx, argv, End::Tail, "rpop");
}

fn llen(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, argv[1], now) {
        Lookup::Missing => out.int(0),
        Lookup::WrongType => out.error(WRONGTYPE),
        Lookup::Found(l) => out.int(l.len() as i64),
    }
}

/// Resolves a possibly negative index against `len`.
fn resolve_index(index: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if index < 0 { len + index } else { index };
    (0..len).contains(&i).then_some(i as usize)
}

/// LRANGE and LTRIM's range rule: `Some((start, count))` of the kept elements, or
/// `None` when the range is empty.
fn clamp_range(start: i64, end: i64, len: usize) -> Option<(usize, usize)> {
    let llen = len as i64;
    let start = if start < 0 { llen + start } else { start }.max(0);
    let end = if end < 0 { llen + end } else { end };
    if start > end || start >= llen {
        return None;
    }
    let end = end.min(llen - 1);
    Some((start as usize, (end - start + 1) as usize))
}

fn lrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (Some(start), Some(end)) = (parse_i64(argv[2]), parse_i64(argv[3])) else {
        return ctx.out.error(NOT_INTEGER);
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, argv[1], now) {
        Lookup::Missing => out.array(0),
        Lookup::WrongType => out.error(WRONGTYPE),
        Lookup::Found(l) => match clamp_range(start, end, l.len()) {
            None => out.array(0),
            Some((start, n)) => {
                out.array(n);
                for e in l.range(start, n) {
                    e.write_bulk(out);
                }
            }
        },
    }
}

fn lindex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let l = match lookup(db, argv[1], now) {
        Lookup::Missing => return out.null(),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    let Some(index) = parse_i64(argv[2]) else {
        return out.error(NOT_INTEGER);
    };
    match resolve_index(index, l.len()).and_then(|i| l.get(i)) {
        Some(e) => e.write_bulk(out),
        None => out.null(),
    }
}

fn lset(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let fill = fill(ctx);
    let (db, out) = ctx.db_and_out();
    let l = match lookup(db, argv[1], now) {
        Lookup::Missing => return out.error(NO_SUCH_KEY),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    let Some(index) = parse_i64(argv[2]) else {
        return out.error(NOT_INTEGER);
    };
    match resolve_index(index, l.len()) {
        Some(i) if l.set(i, argv[3], fill) => {
            out.ok();
            ctx.node.dirty += 1;
            ctx.notify(notify::LIST, "lset", argv[1]);
        }
        _ => out.error(INDEX_OUT_OF_RANGE),
    }
}

fn linsert(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let after = if argv[2].eq_ignore_ascii_case(b"after") {
        true
    } else if argv[2].eq_ignore_ascii_case(b"before") {
        false
    } else {
        return ctx.out.error(SYNTAX_ERR);
    };
    let now = ctx.now_ms();
    let fill = fill(ctx);
    let (db, out) = ctx.db_and_out();
    let l = match lookup(db, argv[1], now) {
        Lookup::Missing => return out.int(0),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    if l.insert(argv[3], argv[4], after, fill) {
        let len = l.len();
        ctx.node.dirty += 1;
        // Redis publishes before it replies (a RESP3 subscriber sees the event first).
        ctx.notify(notify::LIST, "linsert", argv[1]);
        ctx.out.int(len as i64);
    } else {
        out.int(-1);
    }
}

fn lrem(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(count) = parse_i64(argv[2]) else {
        return ctx.out.error(NOT_INTEGER);
    };
    let now = ctx.now_ms();
    let fill = fill(ctx);
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    let l = match lookup(db, key, now) {
        Lookup::Missing => return out.int(0),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    let removed = l.remove_matching(argv[3], count, fill);
    let emptied = l.is_empty();
    if emptied {
        db.remove(key);
    }
    ctx.node.dirty += removed as u64;
    if removed > 0 {
        notify_change(ctx, "lrem", key, emptied);
    }
    ctx.out.int(removed as i64);
}

fn ltrim(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (Some(start), Some(end)) = (parse_i64(argv[2]), parse_i64(argv[3])) else {
        return ctx.out.error(NOT_INTEGER);
    };
    let now = ctx.now_ms();
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    let l = match lookup(db, key, now) {
        Lookup::Missing => return out.ok(),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    let len = l.len();
    let (front, back) = match clamp_range(start, end, len) {
        None => (len, 0),
        Some((start, n)) => (start, len - start - n),
    };
    l.remove_front(front);
    l.remove_back(back);
    let emptied = l.is_empty();
    if emptied {
        db.remove(key);
    }
    ctx.node.dirty += (front + back) as u64;
    // Published even when the range kept every element, as Redis does, and before the
    // reply.
    notify_change(ctx, "ltrim", key, emptied);
    ctx.out.ok();
}

/// LPOS's RANK zero error.
const RANK_ZERO: &str = "ERR RANK can't be zero: use 1 to start from the first match, 2 from \
                         the second ... or use negative to start from the end of the list";

/// LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len].
fn lpos(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut rank: i64 = 1;
    let mut count: Option<u64> = None;
    let mut maxlen: u64 = 0;
    let mut j = 3;
    while j < argv.len() {
        let opt = argv[j];
        let has_value = j + 1 < argv.len();
        if opt.eq_ignore_ascii_case(b"rank") && has_value {
            j += 1;
            match parse_i64(argv[j]) {
                None => return ctx.out.error(NOT_INTEGER),
                Some(0) => return ctx.out.error(RANK_ZERO),
                Some(r) => rank = r,
            }
        } else if opt.eq_ignore_ascii_case(b"count") && has_value {
            j += 1;
            match parse_at_least(argv[j], 0) {
                Some(c) => count = Some(c as u64),
                None => return ctx.out.error("ERR COUNT can't be negative"),
            }
        } else if opt.eq_ignore_ascii_case(b"maxlen") && has_value {
            j += 1;
            match parse_at_least(argv[j], 0) {
                Some(m) => maxlen = m as u64,
                None => return ctx.out.error("ERR MAXLEN can't be negative"),
            }
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
        j += 1;
    }
    // A negative rank scans from the tail. Redis negates it unchecked, so RANK
    // LLONG_MIN stays negative: every match then reaches the rank, and the COUNT test
    // (`matches-rank+1 >= count`) overflows and never stops the scan.
    let from_tail = rank < 0;
    let wrapped = rank == i64::MIN;
    let rank = if wrapped { 1 } else { rank.unsigned_abs() };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let l = match lookup(db, argv[1], now) {
        Lookup::Missing if count.is_some() => return out.array(0),
        Lookup::Missing => return out.null(),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(l) => l,
    };
    let needle = Elem::from_bytes(argv[2]);
    let len = l.len();
    let limit = match usize::try_from(maxlen) {
        Ok(0) => len,
        Ok(m) => m.min(len),
        Err(_) => len,
    };
    let mut hits: Vec<usize> = Vec::new();
    let mut matches: u64 = 0;
    let mut scan = |i: usize, e: Elem<'_>| -> bool {
        if !e.matches(&needle) {
            return true;
        }
        matches += 1;
        if matches < rank {
            return true;
        }
        hits.push(if from_tail { len - 1 - i } else { i });
        match count {
            None => false,
            Some(c) => c == 0 || wrapped || (hits.len() as u64) < c,
        }
    };
    if from_tail {
        for (i, e) in l.iter().rev().take(limit).enumerate() {
            if !scan(i, e) {
                break;
            }
        }
    } else {
        for (i, e) in l.iter().take(limit).enumerate() {
            if !scan(i, e) {
                break;
            }
        }
    }
    match count {
        Some(_) => {
            out.array(hits.len());
            for h in hits {
                out.int(h as i64);
            }
        }
        None => match hits.first() {
            Some(&h) => out.int(h as i64),
            None => out.null(),
        },
    }
}

// ---------------------------------------------------------------------------------
// Moves
// ---------------------------------------------------------------------------------

/// Redis's `lmoveGenericCommand`: pops from `src` at `from`, pushes onto `dst` at `to`,
/// replies with the element (null bulk when `src` is missing). Publishes the push on
/// `dst`, replies, then publishes the pop on `src` and `del` if `src` was emptied, as
/// Redis does.
fn lmove_generic(ctx: &mut Ctx<'_>, src: &[u8], dst: &[u8], from: End, to: End) {
    let now = ctx.now_ms();
    let fill = fill(ctx);
    let (db, out) = ctx.db_and_out();
    match lookup(db, src, now) {
        Lookup::Missing => return out.null(),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(_) => {}
    }
    if matches!(lookup(db, dst, now), Lookup::WrongType) {
        return out.error(WRONGTYPE);
    }
    let Lookup::Found(list) = lookup(db, src, now) else {
        return out.null();
    };
    let Some(item) = list.pop(from) else {
        return out.null();
    };
    let mut emptied = false;
    if src == dst {
        // A rotation: the key is never emptied, so it keeps its TTL.
        list.push(to, item.as_elem(), fill);
    } else {
        if list.is_empty() {
            db.remove(src);
            emptied = true;
        }
        match lookup(db, dst, now) {
            Lookup::Found(l) => l.push(to, item.as_elem(), fill),
            _ => {
                let mut l = ListValue::new();
                l.push(to, item.as_elem(), fill);
                db.set(dst, Value::List(l));
            }
        }
    }
    ctx.node.dirty += 1;
    ctx.notify(notify::LIST, push_event(to), dst);
    item.as_elem().write_bulk(ctx.out);
    notify_change(ctx, pop_event(from), src, emptied);
}

fn lmove(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (Some(from), Some(to)) = (parse_end(argv[3]), parse_end(argv[4])) else {
        return ctx.out.error(SYNTAX_ERR);
    };
    lmove_generic(ctx, argv[1], argv[2], from, to);
}

fn rpoplpush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    lmove_generic(ctx, argv[1], argv[2], End::Tail, End::Head);
}

// ---------------------------------------------------------------------------------
// LMPOP
// ---------------------------------------------------------------------------------

/// The parsed `numkeys key [key ...] LEFT|RIGHT [COUNT count]` of LMPOP/BLMPOP.
struct MpopArgs<'a> {
    keys: &'a [&'a [u8]],
    end: End,
    count: usize,
}

/// Parses LMPOP's arguments from `argv[numkeys_idx]` on, replying with Redis's error.
fn parse_mpop<'a>(
    out: &mut Reply,
    argv: &'a [&'a [u8]],
    numkeys_idx: usize,
) -> Option<MpopArgs<'a>> {
    let Some(numkeys) = parse_at_least(argv[numkeys_idx], 1) else {
        out.error(NUMKEYS_ERR);
        return None;
    };
    let first_key = numkeys_idx + 1;
    let where_idx = usize::try_from(numkeys)
        .ok()
        .and_then(|n| first_key.checked_add(n))
        .filter(|&w| w < argv.len());
    let Some(where_idx) = where_idx else {
        out.error(SYNTAX_ERR);
        return None;
    };
    let Some(end) = parse_end(argv[where_idx]) else {
        out.error(SYNTAX_ERR);
        return None;
    };
    let mut count = None;
    let mut j = where_idx + 1;
    while j < argv.len() {
        if count.is_none() && argv[j].eq_ignore_ascii_case(b"count") && j + 1 < argv.len() {
            j += 1;
            match parse_at_least(argv[j], 1) {
                Some(c) => count = Some(usize::try_from(c).unwrap_or(usize::MAX)),
                None => {
                    out.error(COUNT_ERR);
                    return None;
                }
            }
        } else {
            out.error(SYNTAX_ERR);
            return None;
        }
        j += 1;
    }
    Some(MpopArgs {
        keys: &argv[first_key..where_idx],
        end,
        count: count.unwrap_or(1),
    })
}

/// The outcome of a multi-key pop.
enum Serve {
    /// Served (reply written).
    Done,
    /// Every key is empty.
    Empty,
    /// A key holds another type (WRONGTYPE written).
    WrongType,
}

/// Pops from the first non-empty list among `keys`, replying `[key, element]` (BLPOP)
/// or, with `count`, `[key, [elements...]]` (LMPOP). With `skip_wrong_type` (a waiter
/// run again) keys of other types are passed over instead of failing.
fn pop_first_nonempty(
    ctx: &mut Ctx<'_>,
    keys: &[&[u8]],
    end: End,
    count: Option<usize>,
    skip_wrong_type: bool,
) -> Serve {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    for &key in keys {
        let list = match lookup(db, key, now) {
            Lookup::Missing => continue,
            Lookup::WrongType if skip_wrong_type => continue,
            Lookup::WrongType => {
                out.error(WRONGTYPE);
                return Serve::WrongType;
            }
            Lookup::Found(l) if l.is_empty() => continue,
            Lookup::Found(l) => l,
        };
        out.array(2);
        out.bulk(key);
        let popped = match count {
            None => {
                pop_into(list, end, 1, out);
                1
            }
            Some(c) => {
                let n = c.min(list.len());
                out.array(n);
                pop_into(list, end, n, out);
                n
            }
        };
        let emptied = list.is_empty();
        if emptied {
            db.remove(key);
        }
        ctx.node.dirty += popped as u64;
        // Whichever key and form served, the effect is a plain pop of that key (with
        // the number popped for the COUNT forms).
        let pop: &[u8] = match end {
            End::Head => b"LPOP",
            End::Tail => b"RPOP",
        };
        match count {
            None => ctx.rewrite_effect(&[pop, key]),
            Some(_) => {
                let n = itoa::Buffer::new().format(popped).as_bytes().to_vec();
                ctx.rewrite_effect(&[pop, key, &n]);
            }
        }
        notify_change(ctx, pop_event(end), key, emptied);
        return Serve::Done;
    }
    Serve::Empty
}

fn lmpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(args) = parse_mpop(ctx.out, argv, 1) else {
        return;
    };
    if let Serve::Empty = pop_first_nonempty(ctx, args.keys, args.end, Some(args.count), false) {
        ctx.out.null_array();
    }
}

// ---------------------------------------------------------------------------------
// Blocking
// ---------------------------------------------------------------------------------

/// The keys a waiter run again may be served from: the one that woke it when it is
/// among `keys` (Redis 7.0), else all of them in order.
fn wake_keys<'a>(ctx: &Ctx<'_>, keys: &'a [&'a [u8]]) -> &'a [&'a [u8]] {
    let Some(ready) = &ctx.client.ready_key else {
        return keys;
    };
    match keys.iter().position(|k| *k == ready.as_slice()) {
        Some(i) => &keys[i..=i],
        None => keys,
    }
}

/// Parks the client on `keys`, or (inside EXEC) writes the null reply of the
/// non-blocking twin. A waiter run again keeps its original deadline.
fn block_or_null(
    ctx: &mut Ctx<'_>,
    keys: &[&[u8]],
    deadline: Option<Instant>,
    on_timeout: TimeoutReply,
    twin_null: TimeoutReply,
) {
    if ctx.client.unblocking || ctx.may_block() {
        ctx.block(
            keys.iter().map(|k| k.to_vec()).collect(),
            deadline,
            on_timeout,
        );
    } else {
        twin_null.write(ctx.out);
    }
}

/// Parses the timeout of a first run (a waiter run again keeps its deadline); `None`
/// after replying with the error.
fn timeout(ctx: &mut Ctx<'_>, arg: &[u8]) -> Option<Option<Instant>> {
    if ctx.client.unblocking {
        return Some(None);
    }
    match parse_timeout_secs(arg, ctx.node.now) {
        Ok(deadline) => Some(deadline),
        Err(e) => {
            ctx.out.error(e);
            None
        }
    }
}

/// BLPOP/BRPOP key [key ...] timeout.
fn blocking_pop(ctx: &mut Ctx<'_>, argv: &[&[u8]], end: End) {
    let Some(deadline) = timeout(ctx, argv[argv.len() - 1]) else {
        return;
    };
    let keys = &argv[1..argv.len() - 1];
    let rerun = ctx.client.unblocking;
    let candidates = if rerun { wake_keys(ctx, keys) } else { keys };
    if let Serve::Empty = pop_first_nonempty(ctx, candidates, end, None, rerun) {
        block_or_null(
            ctx,
            keys,
            deadline,
            TimeoutReply::NullArray,
            TimeoutReply::NullArray,
        );
    }
}

fn blpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    blocking_pop(ctx, argv, End::Head);
}

fn brpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    blocking_pop(ctx, argv, End::Tail);
}

/// BLMPOP timeout numkeys key [key ...] LEFT|RIGHT [COUNT count]: the arguments are
/// checked before the timeout, as Redis does.
fn blmpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(args) = parse_mpop(ctx.out, argv, 2) else {
        return;
    };
    let Some(deadline) = timeout(ctx, argv[1]) else {
        return;
    };
    let rerun = ctx.client.unblocking;
    let candidates = if rerun {
        wake_keys(ctx, args.keys)
    } else {
        args.keys
    };
    if let Serve::Empty = pop_first_nonempty(ctx, candidates, args.end, Some(args.count), rerun) {
        block_or_null(
            ctx,
            args.keys,
            deadline,
            TimeoutReply::NullArray,
            TimeoutReply::NullArray,
        );
    }
}

/// BLMOVE/BRPOPLPUSH: LMOVE once the source has elements. Redis 7.0 answers a timeout
/// with the null *array*, but the non-blocking twin inside EXEC with the null bulk.
fn blmove_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], from: End, to: End, timeout_arg: &[u8]) {
    let Some(deadline) = timeout(ctx, timeout_arg) else {
        return;
    };
    let (src, dst) = (argv[1], argv[2]);
    let now = ctx.now_ms();
    let rerun = ctx.client.unblocking;
    let (db, out) = ctx.db_and_out();
    match lookup(db, src, now) {
        Lookup::Found(l) if !l.is_empty() => {
            lmove_generic(ctx, src, dst, from, to);
            // The non-blocking twin: with the ends as sent on a first run, in lower case
            // once served after blocking (as Redis's serveClientBlockedOnList writes them).
            let end_name = |end: End| -> &'static [u8] {
                match end {
                    End::Head => b"left",
                    End::Tail => b"right",
                }
            };
            match argv {
                [_, _, _, _, _, _] if rerun => {
                    ctx.rewrite_effect(&[b"LMOVE", src, dst, end_name(from), end_name(to)]);
                }
                [_, _, _, wherefrom, whereto, _] => {
                    ctx.rewrite_effect(&[b"LMOVE", src, dst, wherefrom, whereto]);
                }
                _ => ctx.rewrite_effect(&[b"RPOPLPUSH", src, dst]),
            }
        }
        Lookup::WrongType if !rerun => out.error(WRONGTYPE),
        _ => block_or_null(
            ctx,
            &argv[1..2],
            deadline,
            TimeoutReply::NullArray,
            TimeoutReply::NullBulk,
        ),
    }
}

fn blmove(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (Some(from), Some(to)) = (parse_end(argv[3]), parse_end(argv[4])) else {
        return ctx.out.error(SYNTAX_ERR);
    };
    blmove_generic(ctx, argv, from, to, argv[5]);
}

fn brpoplpush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    blmove_generic(ctx, argv, End::Tail, End::Head, argv[3]);
}

#[cfg(test)]
mod tests {
    //! Every expected reply here was observed on Redis 7.0.15 (RESP2, raw bytes).

    use std::collections::VecDeque;

    use quickcheck::{Arbitrary, Gen, TestResult};

    use crate::{Config, ConnId, Instant, Now, Server};

    /// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
    const T0_MS: i64 = 1_700_000_000_000;

    /// A server with any number of connections, driven through the real parser,
    /// dispatch and blocking machinery, on a virtual clock.
    struct Harness {
        server: Server,
        now: Now,
        main: ConnId,
    }

    impl Harness {
        fn new() -> Self {
            Self::with_config(Config::default())
        }

        fn with_config(config: Config) -> Self {
            let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
            let server = Server::new(config, now);
            let mut h = Harness {
                server,
                now,
                main: ConnId(0),
            };
            h.main = h.connect();
            h
        }

        fn connect(&mut self) -> ConnId {
            self.server
                .handle_accept(self.now, "127.0.0.1:40000", "127.0.0.1:6379")
        }

        /// Sends one command on `conn` without reading.
        fn send_on(&mut self, conn: ConnId, args: &[&[u8]]) {
            self.server
                .handle_read(self.now, conn, &crate::resp::encode_request(args));
            while self.server.poll_output().is_some() {}
        }

        /// Everything written to `conn` so far, consumed.
        fn take(&mut self, conn: ConnId) -> String {
            while self.server.poll_output().is_some() {}
            let out = self.server.pending_output(conn).to_vec();
            self.server.consume_output(conn, out.len());
            String::from_utf8_lossy(&out).into_owned()
        }

        /// Sends a command given as space-separated words on `conn`; returns its reply.
        fn on(&mut self, conn: ConnId, line: &str) -> String {
            let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            self.send_on(conn, &args);
            self.take(conn)
        }

        fn run(&mut self, line: &str) -> String {
            let main = self.main;
            self.on(main, line)
        }

        fn run_bytes(&mut self, args: &[&[u8]]) -> String {
            let main = self.main;
            self.send_on(main, args);
            self.take(main)
        }

        /// Runs `(command, expected reply)` pairs in order on the main connection.
        fn check(&mut self, script: &[(&str, &str)]) {
            for (cmd, want) in script {
                assert_eq!(self.run(cmd), *want, "reply to {cmd:?}");
            }
        }

        /// Lets `ms` pass on the virtual clock, firing deadlines.
        fn advance(&mut self, ms: u64) {
            self.now = self.now.advance_millis(ms);
            self.server.handle_timeout(self.now);
        }
    }

    const WRONGTYPE: &str =
        "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";
    const NOT_INT: &str = "-ERR value is not an integer or out of range\r\n";
    const SYNTAX: &str = "-ERR syntax error\r\n";
    const POSITIVE: &str = "-ERR value is out of range, must be positive\r\n";
    const NULL: &str = "$-1\r\n";
    const NULL_ARRAY: &str = "*-1\r\n";
    const EMPTY: &str = "*0\r\n";
    const OK: &str = "+OK\r\n";

    #[test]
    fn push_pop_and_counts() {
        let mut h = Harness::new();
        h.check(&[
            ("RPUSH l a b c d e a b", ":7\r\n"),
            ("LPOP l 0", EMPTY),
            ("LPOP l -1", POSITIVE),
            ("LPOP nokey 0", NULL_ARRAY),
            ("LPOP nokey -1", POSITIVE),
            ("LPOP l 2", "*2\r\n$1\r\na\r\n$1\r\nb\r\n"),
            ("LPOP nokey 2", NULL_ARRAY),
            ("LPOP nokey", NULL),
            ("LPOP l abc", POSITIVE),
            (
                "LPOP l 1 2",
                "-ERR wrong number of arguments for 'lpop' command\r\n",
            ),
            ("RPOP l", "$1\r\nb\r\n"),
            (
                "RPOP l 10",
                "*4\r\n$1\r\na\r\n$1\r\ne\r\n$1\r\nd\r\n$1\r\nc\r\n",
            ),
            ("EXISTS l", ":0\r\n"),
            ("LPUSH l 1 2 3", ":3\r\n"),
            ("LRANGE l 0 -1", "*3\r\n$1\r\n3\r\n$1\r\n2\r\n$1\r\n1\r\n"),
            ("LPUSHX nokey a b", ":0\r\n"),
            ("RPUSHX l x y", ":5\r\n"),
            ("LLEN l", ":5\r\n"),
            ("LLEN nokey", ":0\r\n"),
            ("SET s x", OK),
            ("LPUSH s a", WRONGTYPE),
            ("LPUSHX s a", WRONGTYPE),
            ("LPOP s", WRONGTYPE),
            ("LPOP s 0", WRONGTYPE),
            ("LPOP s -1", POSITIVE),
            ("LLEN s", WRONGTYPE),
            (
                "RPUSH l",
                "-ERR wrong number of arguments for 'rpush' command\r\n",
            ),
        ]);
    }

    #[test]
    fn index_range_set() {
        let mut h = Harness::new();
        h.check(&[
            ("RPUSH l a b c a d a", ":6\r\n"),
            ("SET s x", OK),
            ("LRANGE nokey 0 1", EMPTY),
            ("LRANGE l x 1", NOT_INT),
            ("LRANGE s x 1", NOT_INT),
            ("LRANGE s 0 1", WRONGTYPE),
            (
                "LRANGE l -100 100",
                "*6\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n$1\r\nd\r\n$1\r\na\r\n",
            ),
            ("LRANGE l 2 1", EMPTY),
            ("LRANGE l -1 -2", EMPTY),
            ("LRANGE l 6 10", EMPTY),
            ("LRANGE l -2 -1", "*2\r\n$1\r\nd\r\n$1\r\na\r\n"),
            ("LINDEX l x", NOT_INT),
            ("LINDEX s 0", WRONGTYPE),
            ("LINDEX nokey x", NULL),
            ("LINDEX l 100", NULL),
            ("LINDEX l -1", "$1\r\na\r\n"),
            ("LINDEX l -6", "$1\r\na\r\n"),
            ("LINDEX l -7", NULL),
            ("LSET nokey x y", "-ERR no such key\r\n"),
            ("LSET s 0 x", WRONGTYPE),
            ("LSET l x y", NOT_INT),
            ("LSET l 100 x", "-ERR index out of range\r\n"),
            ("LSET l -7 x", "-ERR index out of range\r\n"),
            ("LSET l -1 Z", OK),
            ("LINDEX l 5", "$1\r\nZ\r\n"),
        ]);
    }

    #[test]
    fn insert_remove_trim() {
        let mut h = Harness::new();
        h.check(&[
            ("RPUSH l a b c a d a", ":6\r\n"),
            ("SET s x", OK),
            ("LINSERT l before a X", ":7\r\n"),
            ("LINSERT l after a Y", ":8\r\n"),
            ("LINSERT l middle a Y", SYNTAX),
            ("LINSERT l before zz Y", ":-1\r\n"),
            ("LINSERT nokey before a Y", ":0\r\n"),
            ("LINSERT s before a Y", WRONGTYPE),
            ("LINSERT s middle a Y", SYNTAX),
            ("LREM l 0 a", ":3\r\n"),
            ("LREM l -1 a", ":0\r\n"),
            ("LREM l x a", NOT_INT),
            ("LREM nokey x a", NOT_INT),
            ("LREM nokey 1 a", ":0\r\n"),
            ("LREM s 1 a", WRONGTYPE),
            (
                "LRANGE l 0 -1",
                "*5\r\n$1\r\nX\r\n$1\r\nY\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\nd\r\n",
            ),
            ("LTRIM l x 1", NOT_INT),
            ("LTRIM nokey 0 1", OK),
            ("LTRIM s 0 1", WRONGTYPE),
            ("LTRIM l 1 -2", OK),
            ("LRANGE l 0 -1", "*3\r\n$1\r\nY\r\n$1\r\nb\r\n$1\r\nc\r\n"),
            ("LTRIM l 5 2", OK),
            ("EXISTS l", ":0\r\n"),
            ("RPUSH l 1 2 1 2 1", ":5\r\n"),
            ("LREM l -2 1", ":2\r\n"),
            ("LRANGE l 0 -1", "*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n2\r\n"),
            ("LREM l 0 2", ":2\r\n"),
            ("LREM l 1 1", ":1\r\n"),
            ("EXISTS l", ":0\r\n"),
        ]);
    }

    #[test]
    fn lpos_options() {
        let mut h = Harness::new();
        h.check(&[
            ("RPUSH l a b c a d a", ":6\r\n"),
            ("SET s x", OK),
            ("LPOS l a", ":0\r\n"),
            ("LPOS l a RANK 2", ":3\r\n"),
            ("LPOS l a RANK -1", ":5\r\n"),
            ("LPOS l a RANK -1 MAXLEN 2", ":5\r\n"),
            ("LPOS l a RANK 2 COUNT 2 MAXLEN 4", "*1\r\n:3\r\n"),
            ("LPOS l a COUNT 0", "*3\r\n:0\r\n:3\r\n:5\r\n"),
            ("LPOS l a COUNT 0 RANK -2", "*2\r\n:3\r\n:0\r\n"),
            ("LPOS l a RANK -9223372036854775808 COUNT 2", "*3\r\n:5\r\n:3\r\n:0\r\n"),
            ("LPOS l a RANK -9223372036854775808", ":5\r\n"),
            ("LPOS l zz", NULL),
            ("LPOS l zz COUNT 1", EMPTY),
            ("LPOS nokey a", NULL),
            ("LPOS nokey a COUNT 1", EMPTY),
            ("LPOS s a", WRONGTYPE),
            (
                "LPOS s a COUNT 0 RANK 0",
                "-ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list\r\n",
            ),
            ("LPOS l a COUNT -1", "-ERR COUNT can't be negative\r\n"),
            ("LPOS l a MAXLEN -1", "-ERR MAXLEN can't be negative\r\n"),
            ("LPOS l a RANK x", NOT_INT),
            ("LPOS l a FOO 1", SYNTAX),
            ("LPOS l a RANK", SYNTAX),
        ]);
    }

    #[test]
    fn moves_and_mpop() {
        let mut h = Harness::new();
        h.check(&[
            ("SET s x", OK),
            ("LMOVE nokey l left right", NULL),
            ("LMOVE s l left right", WRONGTYPE),
            ("RPUSH l a b c", ":3\r\n"),
            ("LMOVE l s left right", WRONGTYPE),
            ("LMOVE l l2 middle right", SYNTAX),
            ("LMOVE l l2 left up", SYNTAX),
            ("LMOVE l l2 LEFT right", "$1\r\na\r\n"),
            ("LMOVE l l left right", "$1\r\nb\r\n"),
            ("LRANGE l 0 -1", "*2\r\n$1\r\nc\r\n$1\r\nb\r\n"),
            ("RPOPLPUSH l l", "$1\r\nb\r\n"),
            ("LRANGE l 0 -1", "*2\r\n$1\r\nb\r\n$1\r\nc\r\n"),
            ("RPOPLPUSH s l", WRONGTYPE),
            ("RPOPLPUSH l s", WRONGTYPE),
            ("RPOPLPUSH l l2", "$1\r\nc\r\n"),
            ("RPOPLPUSH l l2", "$1\r\nb\r\n"),
            ("EXISTS l", ":0\r\n"),
            ("LRANGE l2 0 -1", "*3\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n"),
            (
                "LMPOP 0 l left",
                "-ERR numkeys should be greater than 0\r\n",
            ),
            (
                "LMPOP -1 l left",
                "-ERR numkeys should be greater than 0\r\n",
            ),
            (
                "LMPOP abc l left",
                "-ERR numkeys should be greater than 0\r\n",
            ),
            ("LMPOP 1 l middle", SYNTAX),
            ("LMPOP 2 l left", SYNTAX),
            ("LMPOP 9223372036854775807 a left", SYNTAX),
            (
                "LMPOP 1 l left count 0",
                "-ERR count should be greater than 0\r\n",
            ),
            ("LMPOP 1 l left count 1 count 2", SYNTAX),
            ("LMPOP 1 l left count", SYNTAX),
            ("LMPOP 1 l left foo", SYNTAX),
            ("LMPOP 1 nokey left", NULL_ARRAY),
            ("LMPOP 2 nokey s left", WRONGTYPE),
            (
                "LMPOP 2 nokey l2 right COUNT 2",
                "*2\r\n$2\r\nl2\r\n*2\r\n$1\r\na\r\n$1\r\nc\r\n",
            ),
            (
                "LMPOP 1 l2 left COUNT 5",
                "*2\r\n$2\r\nl2\r\n*1\r\n$1\r\nb\r\n",
            ),
            ("EXISTS l2", ":0\r\n"),
        ]);
    }

    #[test]
    fn lmove_onto_itself_keeps_the_ttl() {
        let mut h = Harness::new();
        assert_eq!(h.run("RPUSH l a b"), ":2\r\n");
        // PEXPIRE and PTTL belong to the keys family: check the TTL once they exist.
        let has_ttl = h.run("PEXPIRE l 100000") == ":1\r\n";
        assert_eq!(h.run("LMOVE l l left right"), "$1\r\na\r\n");
        assert_eq!(h.run("LRANGE l 0 -1"), "*2\r\n$1\r\nb\r\n$1\r\na\r\n");
        if has_ttl {
            assert_eq!(h.run("PTTL l"), ":100000\r\n");
        }
    }

    #[test]
    fn blocking_errors_and_immediate_serving() {
        let mut h = Harness::new();
        h.check(&[
            ("BLPOP a b -1", "-ERR timeout is negative\r\n"),
            (
                "BLPOP a b x",
                "-ERR timeout is not a float or out of range\r\n",
            ),
            ("BLPOP a 1e16", "-ERR timeout is negative\r\n"),
            ("BLPOP a inf", "-ERR timeout is negative\r\n"),
            ("BLMOVE a b left x -1", SYNTAX),
            (
                "BLMOVE a b left right x",
                "-ERR timeout is not a float or out of range\r\n",
            ),
            (
                "BRPOPLPUSH a b x",
                "-ERR timeout is not a float or out of range\r\n",
            ),
            (
                "BLMPOP x 1 nokey left",
                "-ERR timeout is not a float or out of range\r\n",
            ),
            (
                "BLMPOP 0 x nokey left",
                "-ERR numkeys should be greater than 0\r\n",
            ),
            ("BLMPOP x 1 nokey middle", SYNTAX),
            (
                "BLMPOP x 1 nokey left count 0",
                "-ERR count should be greater than 0\r\n",
            ),
            ("SET s x", OK),
            ("RPUSH b 1 2", ":2\r\n"),
            // The first non-empty key in argument order; a wrong type before it fails.
            ("BLPOP a s b 0", WRONGTYPE),
            ("BLPOP a b s 0", "*2\r\n$1\r\nb\r\n$1\r\n1\r\n"),
            ("BRPOP a b 0", "*2\r\n$1\r\nb\r\n$1\r\n2\r\n"),
            ("EXISTS b", ":0\r\n"),
            ("RPUSH b 1 2 3", ":3\r\n"),
            (
                "BLMPOP 0 2 a b right COUNT 2",
                "*2\r\n$1\r\nb\r\n*2\r\n$1\r\n3\r\n$1\r\n2\r\n",
            ),
            ("BLMOVE b s left right 0", WRONGTYPE),
            ("BLMOVE s b left right 0", WRONGTYPE),
            ("BLMOVE b c left right 0", "$1\r\n1\r\n"),
            ("BRPOPLPUSH c b 0", "$1\r\n1\r\n"),
            ("LRANGE b 0 -1", "*1\r\n$1\r\n1\r\n"),
        ]);
    }

    #[test]
    fn timeouts_reply_null_arrays() {
        let mut h = Harness::new();
        let c = [h.connect(), h.connect(), h.connect(), h.connect()];
        assert_eq!(h.on(c[0], "BLPOP q 0.5"), "");
        assert_eq!(h.on(c[1], "BLMOVE q d left right 0.5"), "");
        assert_eq!(h.on(c[2], "BRPOPLPUSH q d 0.5"), "");
        assert_eq!(h.on(c[3], "BLMPOP 0.5 1 q left"), "");
        h.advance(499);
        for &id in &c {
            assert_eq!(h.take(id), "");
        }
        h.advance(2);
        for &id in &c {
            // Redis 7.0 answers every list timeout, BLMOVE's included, with *-1.
            assert_eq!(h.take(id), NULL_ARRAY);
        }
        // A fractional timeout rounds up to whole milliseconds; a tiny negative is 0.
        assert_eq!(h.on(c[0], "BLPOP q 0.0001"), "");
        h.advance(1);
        assert_eq!(h.take(c[0]), NULL_ARRAY);
        assert_eq!(h.on(c[0], "BLPOP q -0.0001"), "");
        h.advance(100_000);
        assert_eq!(h.take(c[0]), "");
        h.run("RPUSH q x");
        assert_eq!(h.take(c[0]), "*2\r\n$1\r\nq\r\n$1\r\nx\r\n");
    }

    #[test]
    fn waiters_are_served_in_blocking_order() {
        let mut h = Harness::new();
        let a = h.connect();
        let b = h.connect();
        assert_eq!(h.on(a, "BLPOP q 0"), "");
        assert_eq!(h.on(b, "BRPOP q 0"), "");
        assert_eq!(h.run("RPUSH q 1 2 3"), ":3\r\n");
        assert_eq!(h.take(a), "*2\r\n$1\r\nq\r\n$1\r\n1\r\n");
        assert_eq!(h.take(b), "*2\r\n$1\r\nq\r\n$1\r\n3\r\n");
        assert_eq!(h.run("LRANGE q 0 -1"), "*1\r\n$1\r\n2\r\n");
    }

    #[test]
    fn blmove_chains_within_one_pass() {
        let mut h = Harness::new();
        let a = h.connect();
        let b = h.connect();
        assert_eq!(h.on(a, "BLMOVE s d left right 0"), "");
        assert_eq!(h.on(b, "BLPOP d 0"), "");
        assert_eq!(h.run("RPUSH s v1 v2"), ":2\r\n");
        assert_eq!(h.take(a), "$2\r\nv1\r\n");
        assert_eq!(h.take(b), "*2\r\n$1\r\nd\r\n$2\r\nv1\r\n");
        assert_eq!(h.run("LRANGE s 0 -1"), "*1\r\n$2\r\nv2\r\n");
        assert_eq!(h.run("EXISTS d"), ":0\r\n");
    }

    #[test]
    fn blmove_to_a_wrong_type_fails_the_waiter_and_serves_the_next() {
        let mut h = Harness::new();
        let a = h.connect();
        let b = h.connect();
        h.run("SET str x");
        assert_eq!(h.on(a, "BLMOVE q str left right 0"), "");
        assert_eq!(h.on(b, "BLPOP q 0"), "");
        assert_eq!(h.run("RPUSH q 1"), ":1\r\n");
        assert_eq!(h.take(a), WRONGTYPE);
        assert_eq!(h.take(b), "*2\r\n$1\r\nq\r\n$1\r\n1\r\n");
    }

    #[test]
    fn a_key_of_another_type_keeps_waiters_blocked() {
        let mut h = Harness::new();
        let a = h.connect();
        assert_eq!(h.on(a, "BLPOP q 0"), "");
        assert_eq!(h.run("SET q x"), OK);
        assert_eq!(h.take(a), "");
        assert_eq!(h.run("DEL q"), ":1\r\n");
        assert_eq!(h.run("LPUSH q y"), ":1\r\n");
        assert_eq!(h.take(a), "*2\r\n$1\r\nq\r\n$1\r\ny\r\n");
    }

    #[test]
    fn a_push_in_exec_serves_from_the_ready_key_after_exec() {
        let mut h = Harness::new();
        let a = h.connect();
        assert_eq!(h.on(a, "BLPOP a b 0"), "");
        h.check(&[
            ("MULTI", OK),
            ("RPUSH b x", "+QUEUED\r\n"),
            ("RPUSH a y", "+QUEUED\r\n"),
            ("RPUSH c z", "+QUEUED\r\n"),
            ("LPOP c", "+QUEUED\r\n"),
        ]);
        assert_eq!(h.take(a), "");
        assert_eq!(h.run("EXEC"), "*4\r\n:1\r\n:1\r\n:1\r\n$1\r\nz\r\n");
        // b became ready first: Redis 7.0 serves the waiter from b, not from a.
        assert_eq!(h.take(a), "*2\r\n$1\r\nb\r\n$1\r\nx\r\n");
        assert_eq!(h.run("LRANGE a 0 -1"), "*1\r\n$1\r\ny\r\n");
        // A key pushed then emptied inside EXEC serves nobody.
        assert_eq!(h.on(a, "BLPOP c 0"), "");
        h.check(&[
            ("MULTI", OK),
            ("RPUSH c z", "+QUEUED\r\n"),
            ("DEL c", "+QUEUED\r\n"),
            ("EXEC", "*2\r\n:1\r\n:1\r\n"),
        ]);
        assert_eq!(h.take(a), "");
        assert_eq!(h.run("RPUSH c w"), ":1\r\n");
        assert_eq!(h.take(a), "*2\r\n$1\r\nc\r\n$1\r\nw\r\n");
    }

    #[test]
    fn blocking_commands_inside_exec_act_as_their_twins() {
        let mut h = Harness::new();
        h.check(&[
            ("MULTI", OK),
            ("BLPOP q 0", "+QUEUED\r\n"),
            ("BLMOVE q x left left 0", "+QUEUED\r\n"),
            ("BRPOPLPUSH q x 0", "+QUEUED\r\n"),
            ("BLMPOP 0 1 q left", "+QUEUED\r\n"),
            ("RPUSH q 1 2 3", "+QUEUED\r\n"),
            ("BRPOP q 0", "+QUEUED\r\n"),
            ("BLMOVE q x left left 0", "+QUEUED\r\n"),
            (
                "EXEC",
                "*7\r\n*-1\r\n$-1\r\n$-1\r\n*-1\r\n:3\r\n*2\r\n$1\r\nq\r\n$1\r\n3\r\n$1\r\n1\r\n",
            ),
            ("PING", "+PONG\r\n"),
        ]);
    }

    #[test]
    fn a_disconnected_waiter_leaves_no_trace() {
        let mut h = Harness::new();
        let a = h.connect();
        let b = h.connect();
        assert_eq!(h.on(a, "BLPOP q 0"), "");
        assert_eq!(h.on(b, "BLPOP q 1"), "");
        h.server.handle_closed(h.now, a);
        assert_eq!(h.run("RPUSH q x y"), ":2\r\n");
        assert_eq!(h.take(b), "*2\r\n$1\r\nq\r\n$1\r\nx\r\n");
        assert_eq!(h.run("LRANGE q 0 -1"), "*1\r\n$1\r\ny\r\n");
        // b's old deadline fires into nothing.
        h.advance(2000);
        assert_eq!(h.take(b), "");
    }

    #[test]
    fn pipelined_commands_run_after_the_waiter_is_served() {
        let mut h = Harness::new();
        let a = h.connect();
        let mut req = crate::resp::encode_request(&[b"BLPOP", b"q", b"0"]);
        req.extend_from_slice(&crate::resp::encode_request(&[b"LLEN", b"q"]));
        h.server.handle_read(h.now, a, &req);
        assert_eq!(h.take(a), "");
        assert_eq!(h.run("RPUSH q x y"), ":2\r\n");
        assert_eq!(h.take(a), "*2\r\n$1\r\nq\r\n$1\r\nx\r\n:1\r\n");
    }

    /// The done-when check: 1,000 clients blocked on one key, served in blocking order
    /// by 1,000 pushes from another client, each getting exactly its element.
    #[test]
    fn thousand_waiters_served_in_order() {
        let mut h = Harness::new();
        let waiters: Vec<ConnId> = (0..1000).map(|_| h.connect()).collect();
        for &w in &waiters {
            h.send_on(w, &[b"BLPOP", b"q", b"0"]);
        }
        for &w in &waiters {
            assert_eq!(h.take(w), "");
        }
        let pusher = h.connect();
        for i in 0..1000 {
            let v = format!("e{i}");
            h.send_on(pusher, &[b"LPUSH", b"q", v.as_bytes()]);
            assert_eq!(h.take(pusher), ":1\r\n");
            // Only the next waiter in line was served.
            let want = format!("*2\r\n$1\r\nq\r\n${}\r\n{v}\r\n", v.len());
            assert_eq!(h.take(waiters[i]), want, "waiter {i}");
            if let Some(&next) = waiters.get(i + 1) {
                assert_eq!(h.take(next), "", "waiter {} served early", i + 1);
            }
        }
        assert_eq!(h.run("EXISTS q"), ":0\r\n");
    }

    #[test]
    fn command_table_matches_redis_metadata() {
        for cmd in super::COMMANDS {
            let meta = super::super::docs::lookup(cmd.name.as_bytes())
                .unwrap_or_else(|| panic!("{} has no recorded metadata", cmd.name));
            assert_eq!(meta.arity, cmd.arity, "{} arity", cmd.name);
            for (bit, flag) in [
                (super::WRITE, "write"),
                (super::READONLY, "readonly"),
                (super::DENYOOM, "denyoom"),
                (super::FAST, "fast"),
                (super::BLOCKING, "blocking"),
                (super::NOSCRIPT, "noscript"),
            ] {
                assert_eq!(
                    cmd.flags & bit != 0,
                    meta.has_flag(flag),
                    "{} flag {flag}",
                    cmd.name
                );
            }
        }
    }

    #[test]
    fn big_and_integer_elements_round_trip() {
        let mut h = Harness::with_config(Config {
            list_max_listpack_size: -1,
            ..Config::default()
        });
        let big = vec![b'z'; 20_000];
        let values: Vec<Vec<u8>> = vec![
            b"-9223372036854775808".to_vec(),
            b"9223372036854775807".to_vec(),
            b"9223372036854775808".to_vec(),
            b"007".to_vec(),
            b"-0".to_vec(),
            b"".to_vec(),
            big.clone(),
            b"\x00\r\n".to_vec(),
        ];
        for v in &values {
            h.run_bytes(&[b"RPUSH", b"l", v]);
        }
        for (i, v) in values.iter().enumerate() {
            let got = h.run_bytes(&[b"LINDEX", b"l", i.to_string().as_bytes()]);
            let mut want = format!("${}\r\n", v.len()).into_bytes();
            want.extend_from_slice(v);
            want.extend_from_slice(b"\r\n");
            assert_eq!(got.as_bytes(), &want[..], "element {i}");
        }
        assert_eq!(h.run("LPOS l 7"), NULL);
        assert_eq!(h.run("LPOS l 007"), ":3\r\n");
        assert_eq!(h.run("LREM l 0 9223372036854775807"), ":1\r\n");
    }

    // -----------------------------------------------------------------------------
    // Model test: random command sequences against the server and a VecDeque model.
    // -----------------------------------------------------------------------------

    const KEYS: [&str; 2] = ["a", "b"];

    #[derive(Clone, Debug)]
    enum Op {
        Push(usize, bool, Vec<Vec<u8>>),
        Pop(usize, bool, Option<u8>),
        Len(usize),
        Range(usize, i8, i8),
        Index(usize, i8),
        Set(usize, i8, Vec<u8>),
        Insert(usize, bool, Vec<u8>, Vec<u8>),
        Rem(usize, i8, Vec<u8>),
        Trim(usize, i8, i8),
        Pos(usize, Vec<u8>, Option<i8>, Option<u8>, Option<u8>),
        Move(usize, usize, bool, bool),
        Mpop(bool, Option<u8>),
    }

    fn value(g: &mut Gen) -> Vec<u8> {
        match u8::arbitrary(g) % 8 {
            0 => vec![b'x'; usize::from(u8::arbitrary(g)) * 4],
            1 => i64::arbitrary(g).to_string().into_bytes(),
            2 => (i64::from(i16::arbitrary(g))).to_string().into_bytes(),
            _ => vec![b'a' + u8::arbitrary(g) % 3],
        }
    }

    impl Arbitrary for Op {
        fn arbitrary(g: &mut Gen) -> Self {
            let k = usize::from(u8::arbitrary(g) % 2);
            let small = |g: &mut Gen| i8::arbitrary(g) % 12;
            match u8::arbitrary(g) % 14 {
                0..=2 => {
                    let n = 1 + usize::from(u8::arbitrary(g) % 4);
                    Op::Push(k, bool::arbitrary(g), (0..n).map(|_| value(g)).collect())
                }
                3 => Op::Pop(
                    k,
                    bool::arbitrary(g),
                    Option::<u8>::arbitrary(g).map(|c| c % 5),
                ),
                4 => Op::Len(k),
                5 => Op::Range(k, small(g), small(g)),
                6 => Op::Index(k, small(g)),
                7 => Op::Set(k, small(g), value(g)),
                8 => Op::Insert(k, bool::arbitrary(g), value(g), value(g)),
                9 => Op::Rem(k, i8::arbitrary(g) % 3, value(g)),
                10 => Op::Trim(k, small(g), small(g)),
                11 => Op::Pos(
                    k,
                    value(g),
                    Option::<i8>::arbitrary(g).map(|r| if r % 4 == 0 { 1 } else { r % 4 }),
                    Option::<u8>::arbitrary(g).map(|c| c % 3),
                    Option::<u8>::arbitrary(g).map(|m| m % 6),
                ),
                12 => Op::Move(
                    k,
                    usize::from(u8::arbitrary(g) % 2),
                    bool::arbitrary(g),
                    bool::arbitrary(g),
                ),
                _ => Op::Mpop(
                    bool::arbitrary(g),
                    Option::<u8>::arbitrary(g).map(|c| 1 + c % 4),
                ),
            }
        }
    }

    fn side(left: bool) -> &'static str {
        if left { "LEFT" } else { "RIGHT" }
    }

    fn args(op: &Op) -> Vec<Vec<u8>> {
        let s = |x: &str| x.as_bytes().to_vec();
        let n = |x: i64| x.to_string().into_bytes();
        let mut v: Vec<Vec<u8>> = Vec::new();
        match op {
            Op::Push(k, left, vals) => {
                v.push(s(if *left { "LPUSH" } else { "RPUSH" }));
                v.push(s(KEYS[*k]));
                v.extend(vals.iter().cloned());
            }
            Op::Pop(k, left, count) => {
                v.push(s(if *left { "LPOP" } else { "RPOP" }));
                v.push(s(KEYS[*k]));
                if let Some(c) = count {
                    v.push(n(i64::from(*c)));
                }
            }
            Op::Len(k) => v.extend([s("LLEN"), s(KEYS[*k])]),
            Op::Range(k, a, b) => {
                v.extend([s("LRANGE"), s(KEYS[*k]), n(i64::from(*a)), n(i64::from(*b))])
            }
            Op::Index(k, i) => v.extend([s("LINDEX"), s(KEYS[*k]), n(i64::from(*i))]),
            Op::Set(k, i, val) => v.extend([s("LSET"), s(KEYS[*k]), n(i64::from(*i)), val.clone()]),
            Op::Insert(k, after, pivot, val) => v.extend([
                s("LINSERT"),
                s(KEYS[*k]),
                s(if *after { "AFTER" } else { "BEFORE" }),
                pivot.clone(),
                val.clone(),
            ]),
            Op::Rem(k, c, val) => v.extend([s("LREM"), s(KEYS[*k]), n(i64::from(*c)), val.clone()]),
            Op::Trim(k, a, b) => {
                v.extend([s("LTRIM"), s(KEYS[*k]), n(i64::from(*a)), n(i64::from(*b))])
            }
            Op::Pos(k, val, rank, count, maxlen) => {
                v.extend([s("LPOS"), s(KEYS[*k]), val.clone()]);
                if let Some(r) = rank {
                    v.extend([s("RANK"), n(i64::from(*r))]);
                }
                if let Some(c) = count {
                    v.extend([s("COUNT"), n(i64::from(*c))]);
                }
                if let Some(m) = maxlen {
                    v.extend([s("MAXLEN"), n(i64::from(*m))]);
                }
            }
            Op::Move(a, b, from_left, to_left) => v.extend([
                s("LMOVE"),
                s(KEYS[*a]),
                s(KEYS[*b]),
                s(side(*from_left)),
                s(side(*to_left)),
            ]),
            Op::Mpop(left, count) => {
                v.extend([s("LMPOP"), s("2"), s("a"), s("b"), s(side(*left))]);
                if let Some(c) = count {
                    v.extend([s("COUNT"), n(i64::from(*c))]);
                }
            }
        }
        v
    }

    fn bulk(v: &[u8]) -> Vec<u8> {
        let mut r = format!("${}\r\n", v.len()).into_bytes();
        r.extend_from_slice(v);
        r.extend_from_slice(b"\r\n");
        r
    }

    fn int(v: i64) -> Vec<u8> {
        format!(":{v}\r\n").into_bytes()
    }

    fn array(items: impl IntoIterator<Item = Vec<u8>>) -> Vec<u8> {
        let items: Vec<Vec<u8>> = items.into_iter().collect();
        let mut r = format!("*{}\r\n", items.len()).into_bytes();
        for i in items {
            r.extend_from_slice(&i);
        }
        r
    }

    /// Redis's index rule, written out independently of the server's.
    fn norm(i: i64, len: usize) -> Option<usize> {
        let i = if i < 0 { len as i64 + i } else { i };
        (i >= 0 && (i as usize) < len).then_some(i as usize)
    }

    /// Redis's LRANGE/LTRIM rule as (start, end-exclusive).
    fn span(a: i64, b: i64, len: usize) -> (usize, usize) {
        let l = len as i64;
        let a = if a < 0 { (l + a).max(0) } else { a };
        let b = if b < 0 { l + b } else { b };
        if a > b || a >= l {
            (0, 0)
        } else {
            (a as usize, (b.min(l - 1) + 1) as usize)
        }
    }

    fn model(m: &mut [VecDeque<Vec<u8>>; 2], op: &Op) -> Vec<u8> {
        match op {
            Op::Push(k, left, vals) => {
                for val in vals {
                    if *left {
                        m[*k].push_front(val.clone());
                    } else {
                        m[*k].push_back(val.clone());
                    }
                }
                int(m[*k].len() as i64)
            }
            Op::Pop(k, left, count) => {
                let l = &mut m[*k];
                let mut pop = || if *left { l.pop_front() } else { l.pop_back() };
                match count {
                    None => pop().map_or(NULL.as_bytes().to_vec(), |v| bulk(&v)),
                    Some(c) => {
                        if l_is_empty(&m[*k]) {
                            return NULL_ARRAY.as_bytes().to_vec();
                        }
                        let l = &mut m[*k];
                        let mut out = Vec::new();
                        for _ in 0..*c {
                            let v = if *left { l.pop_front() } else { l.pop_back() };
                            match v {
                                Some(v) => out.push(bulk(&v)),
                                None => break,
                            }
                        }
                        array(out)
                    }
                }
            }
            Op::Len(k) => int(m[*k].len() as i64),
            Op::Range(k, a, b) => {
                let (s, e) = span(i64::from(*a), i64::from(*b), m[*k].len());
                array(m[*k].range(s..e).map(|v| bulk(v)))
            }
            Op::Index(k, i) => match norm(i64::from(*i), m[*k].len()) {
                Some(i) => bulk(&m[*k][i]),
                None => NULL.as_bytes().to_vec(),
            },
            Op::Set(k, i, val) => {
                if m[*k].is_empty() {
                    return b"-ERR no such key\r\n".to_vec();
                }
                match norm(i64::from(*i), m[*k].len()) {
                    Some(i) => {
                        m[*k][i] = val.clone();
                        OK.as_bytes().to_vec()
                    }
                    None => b"-ERR index out of range\r\n".to_vec(),
                }
            }
            Op::Insert(k, after, pivot, val) => {
                if m[*k].is_empty() {
                    return int(0);
                }
                match m[*k].iter().position(|e| e == pivot) {
                    Some(p) => {
                        m[*k].insert(if *after { p + 1 } else { p }, val.clone());
                        int(m[*k].len() as i64)
                    }
                    None => int(-1),
                }
            }
            Op::Rem(k, c, val) => {
                let l = &mut m[*k];
                let limit = if *c == 0 {
                    usize::MAX
                } else {
                    c.unsigned_abs() as usize
                };
                let mut idx: Vec<usize> = (0..l.len()).filter(|&i| &l[i] == val).collect();
                if *c < 0 {
                    idx.reverse();
                }
                idx.truncate(limit);
                idx.sort_unstable();
                for &i in idx.iter().rev() {
                    l.remove(i);
                }
                int(idx.len() as i64)
            }
            Op::Trim(k, a, b) => {
                let (s, e) = span(i64::from(*a), i64::from(*b), m[*k].len());
                let kept: VecDeque<Vec<u8>> = m[*k].range(s..e).cloned().collect();
                m[*k] = kept;
                OK.as_bytes().to_vec()
            }
            Op::Pos(k, val, rank, count, maxlen) => {
                let l = &m[*k];
                let rank = i64::from(rank.unwrap_or(1));
                let maxlen = usize::from(maxlen.unwrap_or(0));
                let order: Vec<usize> = if rank < 0 {
                    (0..l.len()).rev().collect()
                } else {
                    (0..l.len()).collect()
                };
                let scanned = if maxlen == 0 {
                    order.len()
                } else {
                    maxlen.min(order.len())
                };
                let hits: Vec<usize> = order[..scanned]
                    .iter()
                    .copied()
                    .filter(|&i| &l[i] == val)
                    .skip(rank.unsigned_abs() as usize - 1)
                    .collect();
                match count {
                    None => hits
                        .first()
                        .map_or(NULL.as_bytes().to_vec(), |&i| int(i as i64)),
                    Some(c) => {
                        let take = if *c == 0 { hits.len() } else { usize::from(*c) };
                        array(hits.iter().take(take).map(|&i| int(i as i64)))
                    }
                }
            }
            Op::Move(a, b, from_left, to_left) => {
                let v = if *from_left {
                    m[*a].pop_front()
                } else {
                    m[*a].pop_back()
                };
                match v {
                    None => NULL.as_bytes().to_vec(),
                    Some(v) => {
                        if *to_left {
                            m[*b].push_front(v.clone());
                        } else {
                            m[*b].push_back(v.clone());
                        }
                        bulk(&v)
                    }
                }
            }
            Op::Mpop(left, count) => {
                let Some(k) = (0..2).find(|&k| !m[k].is_empty()) else {
                    return NULL_ARRAY.as_bytes().to_vec();
                };
                let c = usize::from(count.unwrap_or(1));
                let mut out = Vec::new();
                for _ in 0..c {
                    let v = if *left {
                        m[k].pop_front()
                    } else {
                        m[k].pop_back()
                    };
                    match v {
                        Some(v) => out.push(bulk(&v)),
                        None => break,
                    }
                }
                array([bulk(KEYS[k].as_bytes()), array(out)])
            }
        }
    }

    fn l_is_empty(l: &VecDeque<Vec<u8>>) -> bool {
        l.is_empty()
    }

    fn prop(fill_pick: u8, ops: Vec<Op>) -> TestResult {
        let mut h = Harness::with_config(Config {
            list_max_listpack_size: [1, 2, 3, -1, -2, 0][usize::from(fill_pick % 6)],
            ..Config::default()
        });
        let mut m: [VecDeque<Vec<u8>>; 2] = [VecDeque::new(), VecDeque::new()];
        for (i, op) in ops.iter().enumerate() {
            let want = model(&mut m, op);
            let want = String::from_utf8_lossy(&want).into_owned();
            let argv = args(op);
            let argv: Vec<&[u8]> = argv.iter().map(|a| &a[..]).collect();
            let got = h.run_bytes(&argv);
            if got != want {
                return TestResult::error(format!(
                    "op #{i} {op:?}: server {got:?}, model {want:?}"
                ));
            }
        }
        for (k, l) in KEYS.iter().zip(&m) {
            let exists = h.run(&format!("EXISTS {k}"));
            if exists != format!(":{}\r\n", i64::from(!l.is_empty())) {
                return TestResult::error(format!("{k}: EXISTS {exists:?} with {l:?}"));
            }
        }
        TestResult::passed()
    }

    /// Arbitrary arguments, drawn from tokens that reach every branch, never panic:
    /// each command runs on a fresh connection that is then dropped (blocked or not),
    /// with the time moving on.
    fn prop_no_panic(ops: Vec<(u8, Vec<u8>)>) -> bool {
        const NAMES: [&str; 22] = [
            "LPUSH",
            "RPUSH",
            "LPUSHX",
            "RPUSHX",
            "LPOP",
            "RPOP",
            "LLEN",
            "LRANGE",
            "LINDEX",
            "LSET",
            "LINSERT",
            "LREM",
            "LTRIM",
            "LPOS",
            "LMOVE",
            "RPOPLPUSH",
            "LMPOP",
            "BLPOP",
            "BRPOP",
            "BLMOVE",
            "BRPOPLPUSH",
            "BLMPOP",
        ];
        const TOKENS: [&str; 24] = [
            "a",
            "b",
            "s",
            "",
            "0",
            "1",
            "2",
            "-1",
            "-2",
            "3",
            "9223372036854775807",
            "-9223372036854775808",
            "LEFT",
            "RIGHT",
            "COUNT",
            "RANK",
            "MAXLEN",
            "BEFORE",
            "AFTER",
            "0.5",
            "inf",
            "nan",
            "x",
            "1e300",
        ];
        let mut h = Harness::with_config(Config {
            list_max_listpack_size: 2,
            ..Config::default()
        });
        h.run("SET s v");
        let mut waiters = Vec::new();
        for (name, arg_picks) in &ops {
            let mut argv: Vec<&[u8]> = vec![NAMES[usize::from(*name) % NAMES.len()].as_bytes()];
            argv.extend(
                arg_picks
                    .iter()
                    .take(7)
                    .map(|t| TOKENS[usize::from(*t) % TOKENS.len()].as_bytes()),
            );
            let c = h.connect();
            h.send_on(c, &argv);
            if h.take(c).is_empty() {
                waiters.push(c);
                if waiters.len() > 3 {
                    let gone = waiters.remove(0);
                    h.server.handle_closed(h.now, gone);
                }
            } else {
                h.server.handle_closed(h.now, c);
            }
            h.advance(100);
        }
        h.run("LLEN a").starts_with(':') && h.run("LLEN b").starts_with(':')
    }

    #[test]
    fn garbage_arguments_never_panic() {
        run_seeded(
            "garbage_arguments_never_panic",
            200,
            prop_no_panic as fn(Vec<(u8, Vec<u8>)>) -> bool,
        );
    }

    /// Runs a seeded quickcheck property (see [`crate::testkit::qc_check`]).
    fn run_seeded<A: quickcheck::Testable>(name: &str, default_tests: u64, prop: A) {
        crate::testkit::qc_check(name, 80, default_tests, prop);
    }

    #[test]
    fn model_list_commands() {
        run_seeded(
            "model_list_commands",
            200,
            prop as fn(u8, Vec<Op>) -> TestResult,
        );
    }
}
