//! Sorted set commands: Redis 7.0's `sorted_set` group (ZADD and ZINCRBY with every
//! option, ZREM, the score/rank readers, the ZRANGE family with BYSCORE/BYLEX/REV/LIMIT
//! and ZRANGESTORE, the pops including the blocking BZPOPMIN/BZPOPMAX/BZMPOP,
//! ZRANDMEMBER, the ZREMRANGEBY* removals, ZUNION/ZINTER/ZDIFF and their STORE forms,
//! ZINTERCARD and ZSCAN), with Redis's replies, error texts and order of checks.
//!
//! Range queries are computed as rank intervals first (the value answers
//! "how many members lie below this bound" in O(log n)), so every reply knows its
//! length before it is written and walks only the members it returns.

use super::flags::*;
use super::{Command, Ctx, NOT_FLOAT, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE, c_str_trunc};
use crate::blocking::{TimeoutReply, parse_timeout_secs};
use crate::keyspace::{Db, Dict};
use crate::notify;
use crate::resp::Reply;
use crate::types::zset::{LexBound, LexRange, ScoreRange, ZSetLimits, cmp_entry, limit_window};
use crate::types::{SetValue, Value, ZSetValue};
use crate::util::number::{parse_f64, parse_i64, write_f64_g17};

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("zadd", -4, WRITE | DENYOOM | FAST, zadd).keys(1, 1, 1),
    Command::new("zincrby", 4, WRITE | DENYOOM | FAST, zincrby).keys(1, 1, 1),
    Command::new("zrem", -3, WRITE | FAST, zrem).keys(1, 1, 1),
    Command::new("zcard", 2, READONLY | FAST, zcard).keys(1, 1, 1),
    Command::new("zscore", 3, READONLY | FAST, zscore).keys(1, 1, 1),
    Command::new("zmscore", -3, READONLY | FAST, zmscore).keys(1, 1, 1),
    Command::new("zrank", 3, READONLY | FAST, zrank).keys(1, 1, 1),
    Command::new("zrevrank", 3, READONLY | FAST, zrevrank).keys(1, 1, 1),
    Command::new("zcount", 4, READONLY | FAST, zcount).keys(1, 1, 1),
    Command::new("zlexcount", 4, READONLY | FAST, zlexcount).keys(1, 1, 1),
    Command::new("zrange", -4, READONLY, zrange).keys(1, 1, 1),
    Command::new("zrangestore", -5, WRITE | DENYOOM, zrangestore).keys(1, 2, 1),
    Command::new("zrangebyscore", -4, READONLY, zrangebyscore).keys(1, 1, 1),
    Command::new("zrevrangebyscore", -4, READONLY, zrevrangebyscore).keys(1, 1, 1),
    Command::new("zrangebylex", -4, READONLY, zrangebylex).keys(1, 1, 1),
    Command::new("zrevrangebylex", -4, READONLY, zrevrangebylex).keys(1, 1, 1),
    Command::new("zrevrange", -4, READONLY, zrevrange).keys(1, 1, 1),
    Command::new("zpopmin", -2, WRITE | FAST, zpopmin).keys(1, 1, 1),
    Command::new("zpopmax", -2, WRITE | FAST, zpopmax).keys(1, 1, 1),
    Command::new("zmpop", -4, WRITE, zmpop),
    Command::new("zrandmember", -2, READONLY, zrandmember).keys(1, 1, 1),
    Command::new("zremrangebyrank", 4, WRITE, zremrangebyrank).keys(1, 1, 1),
    Command::new("zremrangebyscore", 4, WRITE, zremrangebyscore).keys(1, 1, 1),
    Command::new("zremrangebylex", 4, WRITE, zremrangebylex).keys(1, 1, 1),
    Command::new("zunion", -3, READONLY, zunion),
    Command::new("zinter", -3, READONLY, zinter),
    Command::new("zdiff", -3, READONLY, zdiff),
    Command::new("zunionstore", -4, WRITE | DENYOOM, zunionstore).keys(1, 1, 1),
    Command::new("zinterstore", -4, WRITE | DENYOOM, zinterstore).keys(1, 1, 1),
    Command::new("zdiffstore", -4, WRITE | DENYOOM, zdiffstore).keys(1, 1, 1),
    Command::new("zintercard", -3, READONLY, zintercard),
    Command::new("zscan", -3, READONLY, zscan).keys(1, 1, 1),
    Command::new("bzpopmin", -3, WRITE | NOSCRIPT | BLOCKING | FAST, bzpopmin).keys(1, -2, 1),
    Command::new("bzpopmax", -3, WRITE | NOSCRIPT | BLOCKING | FAST, bzpopmax).keys(1, -2, 1),
    Command::new("bzmpop", -5, WRITE | BLOCKING, bzmpop),
];

const NAN_ERR: &str = "ERR resulting score is not a number (NaN)";
const RANGE_NOT_FLOAT: &str = "ERR min or max is not a float";
const LEX_NOT_VALID: &str = "ERR min or max not valid string range item";
const NOT_POSITIVE: &str = "ERR value is out of range, must be positive";

/// Most elements ZRANDMEMBER with a negative count (repetitions allowed) replies with.
/// Redis has no cap and would build a reply of up to 2^63 elements until memory runs
/// out; Cinnabar refuses counts past this with "value is out of range".
const RANDMEMBER_MAX_REPEATS: u64 = 1 << 26;

// ---------------------------------------------------------------------------------
// Lookup and small helpers
// ---------------------------------------------------------------------------------

/// A key holds another type.
struct WrongType;

/// The sorted set at `key`, `None` if absent.
fn zset_ref<'a>(db: &'a mut Db, key: &[u8], now: i64) -> Result<Option<&'a ZSetValue>, WrongType> {
    match db.get(key, now) {
        None => Ok(None),
        Some(Value::ZSet(z)) => Ok(Some(z)),
        Some(_) => Err(WrongType),
    }
}

/// The sorted set at `key` mutably, `None` if absent.
fn zset_mut<'a>(
    db: &'a mut Db,
    key: &[u8],
    now: i64,
) -> Result<Option<&'a mut ZSetValue>, WrongType> {
    match db.get_mut(key, now) {
        None => Ok(None),
        Some(Value::ZSet(z)) => Ok(Some(z)),
        Some(_) => Err(WrongType),
    }
}

/// The encoding limits from the configuration, and the node's member hash key.
fn limits(ctx: &Ctx<'_>) -> ZSetLimits {
    ZSetLimits {
        max_listpack_entries: ctx.node.config.zset_max_listpack_entries,
        max_listpack_value: ctx.node.config.zset_max_listpack_value,
        hasher: ctx.node.hasher,
    }
}

/// Whether `arg` is the option `name` as C's `strcasecmp` sees it (up to a NUL byte).
fn opt_is(arg: &[u8], name: &str) -> bool {
    c_str_trunc(arg, usize::MAX).eq_ignore_ascii_case(name.as_bytes())
}

/// A score argument (ZADD, ZINCRBY, WEIGHTS): strtod's syntax, the whole argument, no
/// leading space, no NaN, no overflow.
fn parse_score(arg: &[u8]) -> Option<f64> {
    parse_f64(arg).filter(|v| !v.is_nan())
}

/// A bare `strtod` as Redis's range parser calls it: leading white space skipped,
/// parsing stops at a NUL byte (C string), overflow gives an infinity, an empty string
/// gives 0, NaN is refused.
fn parse_range_double(arg: &[u8]) -> Option<f64> {
    let s = c_str_trunc(arg, usize::MAX);
    if s.is_empty() {
        // No conversion, and the end pointer sits on the terminating NUL.
        return Some(0.0);
    }
    let start = s
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))?;
    let body = &s[start..];
    let v = match parse_f64(body) {
        Some(v) => v,
        // Out of range for the strict parser: strtod still converts (to inf or 0).
        None => std::str::from_utf8(body).ok()?.parse::<f64>().ok()?,
    };
    (!v.is_nan()).then_some(v)
}

/// One end of a score interval: `(x` exclusive, `x` inclusive.
fn parse_score_bound(arg: &[u8]) -> Option<(f64, bool)> {
    match arg.first() {
        Some(b'(') => Some((parse_range_double(&arg[1..])?, true)),
        _ => Some((parse_range_double(arg)?, false)),
    }
}

/// Redis's `zslParseRange`.
fn parse_score_range(min: &[u8], max: &[u8]) -> Option<ScoreRange> {
    let (min, min_ex) = parse_score_bound(min)?;
    let (max, max_ex) = parse_score_bound(max)?;
    Some(ScoreRange {
        min,
        max,
        min_ex,
        max_ex,
    })
}

/// One end of a lexicographic interval: `-`, `+`, `[x` or `(x`.
fn parse_lex_bound(arg: &[u8]) -> Option<LexBound<'_>> {
    // `+` and `-` must stand alone; C sees a NUL right after them as the end.
    let alone = matches!(arg.get(1), None | Some(0));
    match *arg.first()? {
        b'+' if alone => Some(LexBound::Max),
        b'-' if alone => Some(LexBound::Min),
        b'(' => Some(LexBound::Excl(&arg[1..])),
        b'[' => Some(LexBound::Incl(&arg[1..])),
        _ => None,
    }
}

/// Redis's `zslParseLexRange`.
fn parse_lex_range<'a>(min: &'a [u8], max: &'a [u8]) -> Option<LexRange<'a>> {
    Some(LexRange {
        min: parse_lex_bound(min)?,
        max: parse_lex_bound(max)?,
    })
}

/// Writes members of ranks `lo..hi` of `z` (descending if `rev`) as an array, with
/// scores if asked: flat in RESP2, `[member, score]` pairs in RESP3.
fn reply_ranks(out: &mut Reply, z: &ZSetValue, lo: usize, hi: usize, rev: bool, scores: bool) {
    let n = hi.saturating_sub(lo);
    let pairs = scores && out.is_resp3();
    out.array(if scores && !pairs { 2 * n } else { n });
    z.visit(lo, hi, rev, |m, s| {
        if pairs {
            out.array(2);
        }
        out.bulk(m);
        if scores {
            out.double(s);
        }
    });
}

/// Writes `(member, score)` items as [`reply_ranks`] does.
fn reply_items(out: &mut Reply, items: &[(&[u8], f64)], scores: bool) {
    let pairs = scores && out.is_resp3();
    out.array(if scores && !pairs {
        2 * items.len()
    } else {
        items.len()
    });
    for &(m, s) in items {
        if pairs {
            out.array(2);
        }
        out.bulk(m);
        if scores {
            out.double(s);
        }
    }
}

/// Deletes `key` if its set became empty (Redis never keeps an empty collection);
/// returns whether it did.
fn delete_if_empty(db: &mut Db, key: &[u8], now: i64) -> bool {
    let empty = matches!(db.get(key, now), Some(Value::ZSet(z)) if z.is_empty());
    if empty {
        db.remove(key);
    }
    empty
}

/// Publishes sorted set event `event` on `key`, then the generic `del` when the
/// command emptied the set and so deleted the key, in Redis's order.
fn notify_change(ctx: &mut Ctx<'_>, event: &str, key: &[u8], emptied: bool) {
    ctx.notify(notify::ZSET, event, key);
    if emptied {
        ctx.notify(notify::GENERIC, "del", key);
    }
}

/// The event a pop from the low (`zpopmin`) or high (`zpopmax`) end publishes.
fn pop_event(max: bool) -> &'static str {
    if max { "zpopmax" } else { "zpopmin" }
}

// ---------------------------------------------------------------------------------
// ZADD / ZINCRBY
// ---------------------------------------------------------------------------------

fn zadd(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zadd_generic(ctx, argv, false);
}

fn zincrby(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zadd_generic(ctx, argv, true);
}

/// Redis's `zaddGenericCommand`. ZINCRBY is ZADD with INCR forced on; like Redis, it
/// still reads option words at its score position (`ZINCRBY k nx m` is a syntax error).
fn zadd_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], incr_cmd: bool) {
    let (mut nx, mut xx, mut ch, mut incr, mut gt, mut lt) =
        (false, false, false, incr_cmd, false, false);
    let mut idx = 2;
    while let Some(&o) = argv.get(idx) {
        if opt_is(o, "nx") {
            nx = true;
        } else if opt_is(o, "xx") {
            xx = true;
        } else if opt_is(o, "ch") {
            ch = true;
        } else if opt_is(o, "incr") {
            incr = true;
        } else if opt_is(o, "gt") {
            gt = true;
        } else if opt_is(o, "lt") {
            lt = true;
        } else {
            break;
        }
        idx += 1;
    }
    let pairs = &argv[idx..];
    if pairs.is_empty() || !pairs.len().is_multiple_of(2) {
        ctx.out.error(SYNTAX_ERR);
        return;
    }
    if xx && nx {
        ctx.out
            .error("ERR XX and NX options at the same time are not compatible");
        return;
    }
    if (nx && (gt || lt)) || (gt && lt) {
        ctx.out
            .error("ERR GT, LT, and/or NX options at the same time are not compatible");
        return;
    }
    if incr && pairs.len() > 2 {
        ctx.out
            .error("ERR INCR option supports a single increment-element pair");
        return;
    }
    // Every score first: the command applies fully or not at all.
    let mut scores: smallvec::SmallVec<[f64; 8]> =
        smallvec::SmallVec::with_capacity(pairs.len() / 2);
    for pair in pairs.chunks_exact(2) {
        match parse_score(pair[0]) {
            Some(s) => scores.push(s),
            None => {
                ctx.out.error(NOT_FLOAT);
                return;
            }
        }
    }
    let key = argv[1];
    let now = ctx.now_ms();
    let lim = limits(ctx);
    let (db, out) = ctx.db_and_out();
    let (mut added, mut updated, mut processed) = (0i64, 0i64, 0i64);
    let mut last_score = 0.0;
    let mut nan = false;
    let exists = match zset_ref(db, key, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(z) => z.is_some(),
    };
    if exists || !xx {
        if !exists {
            db.set(key, Value::ZSet(ZSetValue::new()));
        }
        let Ok(Some(z)) = zset_mut(db, key, now) else {
            return;
        };
        for (pair, &score) in pairs.chunks_exact(2).zip(&scores) {
            let member = pair[1];
            match z.score(member) {
                Some(cur) => {
                    if nx {
                        continue;
                    }
                    let mut new = score;
                    if incr {
                        new += cur;
                        if new.is_nan() {
                            nan = true;
                            break;
                        }
                    }
                    if (lt && new >= cur) || (gt && new <= cur) {
                        continue;
                    }
                    last_score = new;
                    processed += 1;
                    if new != cur {
                        z.set_score(member, new);
                        updated += 1;
                    }
                }
                None => {
                    if xx {
                        continue;
                    }
                    z.insert(member, score, &lim);
                    last_score = score;
                    added += 1;
                    processed += 1;
                }
            }
        }
    }
    if nan {
        out.error(NAN_ERR);
        delete_if_empty(db, key, now);
        return;
    }
    if incr {
        if processed > 0 {
            out.double(last_score);
        } else {
            out.null();
        }
    } else {
        out.int(if ch { added + updated } else { added });
    }
    ctx.node.dirty += (added + updated) as u64;
    // A score set to the value it had changes nothing and publishes nothing.
    if added + updated > 0 {
        let event = if incr { "zincr" } else { "zadd" };
        ctx.notify(notify::ZSET, event, key);
    }
}

// ---------------------------------------------------------------------------------
// ZREM, ZCARD, ZSCORE, ZMSCORE, ZRANK, ZREVRANK, ZCOUNT, ZLEXCOUNT
// ---------------------------------------------------------------------------------

fn zrem(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let key = argv[1];
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let mut deleted = 0u64;
    let mut emptied = false;
    match zset_mut(db, key, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(None) => {}
        Ok(Some(z)) => {
            for m in &argv[2..] {
                if z.remove(m) {
                    deleted += 1;
                }
                if z.is_empty() {
                    break;
                }
            }
            emptied = delete_if_empty(db, key, now);
        }
    }
    ctx.node.dirty += deleted;
    // Redis publishes before it replies (a RESP3 subscriber sees the events first).
    if deleted > 0 {
        notify_change(ctx, "zrem", key, emptied);
    }
    ctx.out.int(deleted as i64);
}

fn zcard(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match zset_ref(db, argv[1], now) {
        Err(WrongType) => out.error(WRONGTYPE),
        Ok(z) => out.int(z.map_or(0, |z| z.len() as i64)),
    }
}

fn zscore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match zset_ref(db, argv[1], now) {
        Err(WrongType) => out.error(WRONGTYPE),
        Ok(z) => match z.and_then(|z| z.score(argv[2])) {
            Some(s) => out.double(s),
            None => out.null(),
        },
    }
}

fn zmscore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match zset_ref(db, argv[1], now) {
        Err(WrongType) => out.error(WRONGTYPE),
        Ok(z) => {
            out.array(argv.len() - 2);
            for m in &argv[2..] {
                match z.and_then(|z| z.score(m)) {
                    Some(s) => out.double(s),
                    None => out.null(),
                }
            }
        }
    }
}

fn zrank(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    rank_generic(ctx, argv, false);
}

fn zrevrank(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    rank_generic(ctx, argv, true);
}

fn rank_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], rev: bool) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match zset_ref(db, argv[1], now) {
        Err(WrongType) => out.error(WRONGTYPE),
        Ok(None) => out.null(),
        Ok(Some(z)) => match z.rank(argv[2]) {
            Some(r) if rev => out.int((z.len() - 1 - r) as i64),
            Some(r) => out.int(r as i64),
            None => out.null(),
        },
    }
}

fn zcount(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(range) = parse_score_range(argv[2], argv[3]) else {
        return ctx.out.error(RANGE_NOT_FLOAT);
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match zset_ref(db, argv[1], now) {
        Err(WrongType) => out.error(WRONGTYPE),
        Ok(z) => out.int(z.map_or(0, |z| {
            let (lo, hi) = z.score_span(&range);
            (hi - lo) as i64
        })),
    }
}

fn zlexcount(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(range) = parse_lex_range(argv[2], argv[3]) else {
        return ctx.out.error(LEX_NOT_VALID);
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match zset_ref(db, argv[1], now) {
        Err(WrongType) => out.error(WRONGTYPE),
        Ok(z) => out.int(z.map_or(0, |z| {
            let (lo, hi) = z.lex_span(&range);
            (hi - lo) as i64
        })),
    }
}

// ---------------------------------------------------------------------------------
// The ZRANGE family
// ---------------------------------------------------------------------------------

/// How a ZRANGE-style command reads its `min max` arguments.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum RangeType {
    /// Not fixed by the command: ZRANGE picks it with BYSCORE/BYLEX, else by rank.
    Auto,
    Rank,
    Score,
    Lex,
}

/// Which way a ZRANGE-style command walks.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Direction {
    /// Not fixed by the command: ZRANGE walks forward unless REV is given.
    Auto,
    Forward,
    Reverse,
}

fn zrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, None, RangeType::Auto, Direction::Auto);
}

fn zrangestore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, Some(argv[1]), RangeType::Auto, Direction::Auto);
}

fn zrangebyscore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, None, RangeType::Score, Direction::Forward);
}

fn zrevrangebyscore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, None, RangeType::Score, Direction::Reverse);
}

fn zrangebylex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, None, RangeType::Lex, Direction::Forward);
}

fn zrevrangebylex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, None, RangeType::Lex, Direction::Reverse);
}

fn zrevrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zrange_generic(ctx, argv, None, RangeType::Rank, Direction::Reverse);
}

/// Redis's `zrangeGenericCommand`: options, their conflicts, the range, then the key.
/// `store` is ZRANGESTORE's destination (the source key then moves to argv[2]).
fn zrange_generic(
    ctx: &mut Ctx<'_>,
    argv: &[&[u8]],
    store: Option<&[u8]>,
    mut rangetype: RangeType,
    mut direction: Direction,
) {
    let key_idx = if store.is_some() { 2 } else { 1 };
    let key = argv[key_idx];
    let (mut min_idx, mut max_idx) = (key_idx + 1, key_idx + 2);
    let mut withscores = false;
    let (mut offset, mut limit) = (0i64, -1i64);
    let mut j = key_idx + 3;
    while j < argv.len() {
        let o = argv[j];
        let left = argv.len() - j - 1;
        if store.is_none() && opt_is(o, "withscores") {
            withscores = true;
        } else if opt_is(o, "limit") && left >= 2 {
            match (parse_i64(argv[j + 1]), parse_i64(argv[j + 2])) {
                (Some(o), Some(l)) => (offset, limit) = (o, l),
                _ => return ctx.out.error(NOT_INTEGER),
            }
            j += 2;
        } else if direction == Direction::Auto && opt_is(o, "rev") {
            direction = Direction::Reverse;
        } else if rangetype == RangeType::Auto && opt_is(o, "bylex") {
            rangetype = RangeType::Lex;
        } else if rangetype == RangeType::Auto && opt_is(o, "byscore") {
            rangetype = RangeType::Score;
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
        j += 1;
    }
    if direction == Direction::Auto {
        direction = Direction::Forward;
    }
    if rangetype == RangeType::Auto {
        rangetype = RangeType::Rank;
    }
    if limit != -1 && rangetype == RangeType::Rank {
        return ctx.out.error(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        );
    }
    if withscores && rangetype == RangeType::Lex {
        return ctx
            .out
            .error("ERR syntax error, WITHSCORES not supported in combination with BYLEX");
    }
    let rev = direction == Direction::Reverse;
    if rev && rangetype != RangeType::Rank {
        // Given as `max min`.
        std::mem::swap(&mut min_idx, &mut max_idx);
    }
    enum Spec<'a> {
        Rank(i64, i64),
        Score(ScoreRange),
        Lex(LexRange<'a>),
    }
    let spec = match rangetype {
        RangeType::Score => match parse_score_range(argv[min_idx], argv[max_idx]) {
            Some(r) => Spec::Score(r),
            None => return ctx.out.error(RANGE_NOT_FLOAT),
        },
        RangeType::Lex => match parse_lex_range(argv[min_idx], argv[max_idx]) {
            Some(r) => Spec::Lex(r),
            None => return ctx.out.error(LEX_NOT_VALID),
        },
        _ => match (parse_i64(argv[min_idx]), parse_i64(argv[max_idx])) {
            (Some(a), Some(b)) => Spec::Rank(a, b),
            _ => return ctx.out.error(NOT_INTEGER),
        },
    };
    let now = ctx.now_ms();
    let lim = limits(ctx);
    let (db, out) = ctx.db_and_out();
    let z = match zset_ref(db, key, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(z) => z,
    };
    // The ranks to return, walked upwards or (rev) downwards.
    let (lo, hi) = match (z, &spec) {
        (None, _) => (0, 0),
        (Some(z), Spec::Rank(start, end)) => rank_window(z.len(), *start, *end, rev),
        (Some(z), Spec::Score(r)) => limit_window(z.score_span(r), offset, limit, rev),
        (Some(z), Spec::Lex(r)) => z.lex_window(r, offset, limit, rev),
    };
    let Some(dst) = store else {
        match z {
            Some(z) => reply_ranks(out, z, lo, hi, rev, withscores),
            None => out.array(0),
        }
        return;
    };
    let mut items: Vec<(Vec<u8>, f64)> = Vec::with_capacity(hi.saturating_sub(lo));
    if let Some(z) = z {
        z.visit(lo, hi, false, |m, s| items.push((m.to_vec(), s)));
    }
    store_result(ctx, dst, &items, &lim, "zrangestore");
}

/// Ranks `lo..hi` for a rank range `start..=end` (negative counts from the end),
/// clamped as Redis does; with `rev` the indexes count from the highest score.
fn rank_window(len: usize, start: i64, end: i64, rev: bool) -> (usize, usize) {
    let llen = len as i64;
    let mut start = if start < 0 { llen + start } else { start };
    let mut end = if end < 0 { llen + end } else { end };
    if start < 0 {
        start = 0;
    }
    if start > end || start >= llen {
        return (0, 0);
    }
    if end >= llen {
        end = llen - 1;
    }
    if rev {
        ((llen - 1 - end) as usize, (llen - start) as usize)
    } else {
        (start as usize, (end + 1) as usize)
    }
}

/// Stores `items` (sorted, distinct) at `dst` as a new sorted set and replies with
/// its size, publishing `event` (the command's name); an empty result deletes `dst`
/// instead, publishing `del` if it existed (ZRANGESTORE, Z*STORE).
fn store_result(
    ctx: &mut Ctx<'_>,
    dst: &[u8],
    items: &[(Vec<u8>, f64)],
    lim: &ZSetLimits,
    event: &str,
) {
    let (db, out) = ctx.db_and_out();
    if items.is_empty() {
        out.int(0);
        if db.remove(dst).is_some() {
            ctx.node.dirty += 1;
            ctx.notify(notify::GENERIC, "del", dst);
        }
        return;
    }
    let z = ZSetValue::from_sorted(items.iter().map(|(m, s)| (&m[..], *s)), lim);
    db.set(dst, Value::ZSet(z));
    out.int(items.len() as i64);
    ctx.node.dirty += 1;
    ctx.notify(notify::ZSET, event, dst);
}

// ---------------------------------------------------------------------------------
// ZREMRANGEBYRANK / ZREMRANGEBYSCORE / ZREMRANGEBYLEX
// ---------------------------------------------------------------------------------

fn zremrangebyrank(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (Some(start), Some(end)) = (parse_i64(argv[2]), parse_i64(argv[3])) else {
        return ctx.out.error(NOT_INTEGER);
    };
    remrange(ctx, argv[1], "zremrangebyrank", |z| {
        rank_window(z.len(), start, end, false)
    });
}

fn zremrangebyscore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(range) = parse_score_range(argv[2], argv[3]) else {
        return ctx.out.error(RANGE_NOT_FLOAT);
    };
    remrange(ctx, argv[1], "zremrangebyscore", |z| z.score_span(&range));
}

fn zremrangebylex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(range) = parse_lex_range(argv[2], argv[3]) else {
        return ctx.out.error(LEX_NOT_VALID);
    };
    remrange(ctx, argv[1], "zremrangebylex", |z| z.lex_span(&range));
}

/// Removes the ranks `span` picks and replies with how many went, publishing `event`
/// (the command's name) when some did.
fn remrange(
    ctx: &mut Ctx<'_>,
    key: &[u8],
    event: &str,
    span: impl FnOnce(&ZSetValue) -> (usize, usize),
) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let (removed, emptied) = match zset_mut(db, key, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(None) => (0, false),
        Ok(Some(z)) => {
            let (lo, hi) = span(z);
            let n = hi.saturating_sub(lo);
            let emptied = n == z.len();
            if emptied {
                db.remove(key);
            } else if n > 0 {
                z.remove_ranks(lo, hi);
            }
            (n, emptied)
        }
    };
    ctx.node.dirty += removed as u64;
    // Before the reply, as Redis.
    if removed > 0 {
        notify_change(ctx, event, key, emptied);
    }
    ctx.out.int(removed as i64);
}

// ---------------------------------------------------------------------------------
// Pops: ZPOPMIN/ZPOPMAX, ZMPOP, and the blocking BZPOPMIN/BZPOPMAX/BZMPOP
// ---------------------------------------------------------------------------------

/// The shape of a pop's reply.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum PopReply {
    /// ZPOPMIN/ZPOPMAX: a flat `member score ...` array (pairs in RESP3 with COUNT).
    Plain { pairs: bool },
    /// BZPOPMIN/BZPOPMAX: `[key, member, score]`.
    WithKey,
    /// ZMPOP/BZMPOP: `[key, [[member, score], ...]]`.
    Nested,
}

/// Pops up to `count` members of the set at `key` (which must exist) from the low end,
/// or the high end if `max`, and writes the reply. Returns how many were popped and
/// whether that emptied (and so deleted) the key.
fn pop_from(
    db: &mut Db,
    out: &mut Reply,
    key: &[u8],
    now: i64,
    count: usize,
    max: bool,
    shape: PopReply,
) -> (usize, bool) {
    let Ok(Some(z)) = zset_mut(db, key, now) else {
        return (0, false);
    };
    let n = count.min(z.len());
    let (lo, hi) = if max { (z.len() - n, z.len()) } else { (0, n) };
    match shape {
        PopReply::Plain { pairs: true } => reply_ranks_pairs(out, z, lo, hi, max),
        PopReply::Plain { pairs: false } => {
            out.array(2 * n);
            z.visit(lo, hi, max, |m, s| {
                out.bulk(m);
                out.double(s);
            });
        }
        PopReply::WithKey => {
            out.array(2 * n + 1);
            out.bulk(key);
            z.visit(lo, hi, max, |m, s| {
                out.bulk(m);
                out.double(s);
            });
        }
        PopReply::Nested => {
            out.array(2);
            out.bulk(key);
            reply_ranks_pairs(out, z, lo, hi, max);
        }
    }
    let emptied = n == z.len();
    if emptied {
        db.remove(key);
    } else {
        z.remove_ranks(lo, hi);
    }
    (n, emptied)
}

/// Ranks `lo..hi` as an array of `[member, score]` arrays (both protocols).
fn reply_ranks_pairs(out: &mut Reply, z: &ZSetValue, lo: usize, hi: usize, rev: bool) {
    out.array(hi - lo);
    z.visit(lo, hi, rev, |m, s| {
        out.array(2);
        out.bulk(m);
        out.double(s);
    });
}

/// The first of `keys` holding a sorted set (missing keys are skipped); a key of
/// another type met first is an error.
fn first_zset<'k>(db: &mut Db, keys: &[&'k [u8]], now: i64) -> Result<Option<&'k [u8]>, WrongType> {
    for &k in keys {
        match db.get(k, now) {
            None => continue,
            Some(Value::ZSet(_)) => return Ok(Some(k)),
            Some(_) => return Err(WrongType),
        }
    }
    Ok(None)
}

fn zpopmin(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zpop(ctx, argv, false);
}

fn zpopmax(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    zpop(ctx, argv, true);
}

/// ZPOPMIN/ZPOPMAX key [count].
fn zpop(ctx: &mut Ctx<'_>, argv: &[&[u8]], max: bool) {
    if argv.len() > 3 {
        return ctx.out.error(SYNTAX_ERR);
    }
    let count = match argv.get(2) {
        None => None,
        Some(a) => match parse_i64(a) {
            Some(c) if c >= 0 => Some(c as u64),
            _ => return ctx.out.error(NOT_POSITIVE),
        },
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let key = argv[1];
    match zset_ref(db, key, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(None) => return out.array(0),
        Ok(Some(_)) => {}
    }
    if count == Some(0) {
        return out.array(0);
    }
    let pairs = count.is_some() && out.is_resp3();
    let n = usize::try_from(count.unwrap_or(1)).unwrap_or(usize::MAX);
    let (popped, emptied) = pop_from(db, out, key, now, n, max, PopReply::Plain { pairs });
    ctx.node.dirty += popped as u64;
    notify_change(ctx, pop_event(max), key, emptied);
}

/// Parsed `numkeys key... MIN|MAX [COUNT n]` of ZMPOP and BZMPOP.
struct MpopArgs<'a> {
    keys: &'a [&'a [u8]],
    max: bool,
    count: u64,
}

/// Redis's `zmpopGenericCommand` argument parsing from `numkeys_idx`.
fn parse_mpop<'a>(argv: &'a [&'a [u8]], numkeys_idx: usize) -> Result<MpopArgs<'a>, &'static str> {
    let numkeys = parse_i64(argv[numkeys_idx])
        .filter(|&n| n >= 1)
        .ok_or("ERR numkeys should be greater than 0")?;
    let where_idx = usize::try_from(numkeys)
        .ok()
        .and_then(|n| n.checked_add(numkeys_idx + 1))
        .filter(|&w| w < argv.len())
        .ok_or(SYNTAX_ERR)?;
    let max = if opt_is(argv[where_idx], "min") {
        false
    } else if opt_is(argv[where_idx], "max") {
        true
    } else {
        return Err(SYNTAX_ERR);
    };
    let mut count = None;
    let mut j = where_idx + 1;
    while j < argv.len() {
        if count.is_none() && opt_is(argv[j], "count") && j + 1 < argv.len() {
            j += 1;
            count = Some(
                parse_i64(argv[j])
                    .filter(|&c| c >= 1)
                    .ok_or("ERR count should be greater than 0")? as u64,
            );
        } else {
            return Err(SYNTAX_ERR);
        }
        j += 1;
    }
    Ok(MpopArgs {
        keys: &argv[numkeys_idx + 1..where_idx],
        max,
        count: count.unwrap_or(1),
    })
}

fn zmpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let args = match parse_mpop(argv, 1) {
        Ok(a) => a,
        Err(e) => return ctx.out.error(e),
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let key = match first_zset(db, args.keys, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(None) => return out.null_array(),
        Ok(Some(key)) => key,
    };
    let n = usize::try_from(args.count).unwrap_or(usize::MAX);
    let (popped, emptied) = pop_from(db, out, key, now, n, args.max, PopReply::Nested);
    ctx.node.dirty += popped as u64;
    notify_change(ctx, pop_event(args.max), key, emptied);
    propagate_pop(ctx, key, args.max, Some(popped));
}

/// A pop among several keys (ZMPOP, BZPOPMIN/MAX, BZMPOP) goes to the AOF and replicas
/// as the ZPOPMIN/ZPOPMAX of the key it popped from: with the number popped when
/// `popped` is given (the MPOP forms), without a count otherwise, as Redis 7.0 does.
fn propagate_pop(ctx: &mut Ctx<'_>, key: &[u8], max: bool, popped: Option<usize>) {
    if !ctx.propagating() {
        return;
    }
    let name: &[u8] = if max { b"ZPOPMAX" } else { b"ZPOPMIN" };
    match popped {
        Some(n) => {
            let mut number = itoa::Buffer::new();
            ctx.rewrite_effect(&[name, key, number.format(n).as_bytes()]);
        }
        None => ctx.rewrite_effect(&[name, key]),
    }
}

fn bzpopmin(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    bzpop(ctx, argv, false);
}

fn bzpopmax(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    bzpop(ctx, argv, true);
}

/// BZPOPMIN/BZPOPMAX key [key ...] timeout.
fn bzpop(ctx: &mut Ctx<'_>, argv: &[&[u8]], max: bool) {
    let deadline = match parse_timeout_secs(argv[argv.len() - 1], ctx.node.now) {
        Ok(d) => d,
        Err(e) => return ctx.out.error(e),
    };
    let keys = &argv[1..argv.len() - 1];
    blocking_pop(ctx, keys, deadline, max, 1, PopReply::WithKey);
}

fn bzmpop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let args = match parse_mpop(argv, 2) {
        Ok(a) => a,
        Err(e) => return ctx.out.error(e),
    };
    let deadline = match parse_timeout_secs(argv[1], ctx.node.now) {
        Ok(d) => d,
        Err(e) => return ctx.out.error(e),
    };
    let count = usize::try_from(args.count).unwrap_or(usize::MAX);
    blocking_pop(ctx, args.keys, deadline, args.max, count, PopReply::Nested);
}

/// Redis's `blockingGenericZpopCommand`: pops from the first key holding a sorted
/// set, or parks the client. A parked client woken by a write is served from the key
/// that was written, and only if it now holds a sorted set; otherwise it keeps
/// waiting (Redis 7.0 does not answer a waiter whose key got another type).
fn blocking_pop(
    ctx: &mut Ctx<'_>,
    keys: &[&[u8]],
    deadline: Option<crate::time::Instant>,
    max: bool,
    count: usize,
    shape: PopReply,
) {
    let now = ctx.now_ms();
    let ready = if ctx.client.unblocking {
        ctx.client.ready_key.clone()
    } else {
        None
    };
    let (db, out) = ctx.db_and_out();
    let target = match &ready {
        Some(r) => keys
            .iter()
            .copied()
            .find(|k| *k == &r[..])
            .filter(|k| matches!(db.get(k, now), Some(Value::ZSet(_)))),
        None => match first_zset(db, keys, now) {
            Err(WrongType) => return out.error(WRONGTYPE),
            Ok(t) => t,
        },
    };
    if let Some(key) = target {
        let counted = matches!(shape, PopReply::Nested);
        let (popped, emptied) = pop_from(db, out, key, now, count, max, shape);
        ctx.node.dirty += popped as u64;
        notify_change(ctx, pop_event(max), key, emptied);
        propagate_pop(ctx, key, max, counted.then_some(popped));
        return;
    }
    if !ctx.may_block() {
        // Inside MULTI/EXEC: an empty wait is an immediate timeout.
        return ctx.out.null_array();
    }
    let keys = keys.iter().map(|k| k.to_vec()).collect();
    ctx.block(keys, deadline, TimeoutReply::NullArray);
}

// ---------------------------------------------------------------------------------
// ZRANDMEMBER
// ---------------------------------------------------------------------------------

fn zrandmember(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let key = argv[1];
    if argv.len() == 2 {
        let now = ctx.now_ms();
        let node = &mut *ctx.node;
        let db = &mut node.dbs[ctx.client.db];
        match zset_ref(db, key, now) {
            Err(WrongType) => ctx.out.error(WRONGTYPE),
            Ok(None) => ctx.out.null(),
            Ok(Some(z)) => {
                let r = node.rng.below(z.len() as u64) as usize;
                match z.get(r) {
                    Some((m, _)) => ctx.out.bulk(m),
                    None => ctx.out.null(),
                }
            }
        }
        return;
    }
    let Some(l) = parse_i64(argv[2]) else {
        return ctx.out.error(NOT_INTEGER);
    };
    if l == i64::MIN {
        return ctx.out.error(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
        );
    }
    let withscores = match argv.len() {
        3 => false,
        4 if opt_is(argv[3], "withscores") => true,
        _ => return ctx.out.error(SYNTAX_ERR),
    };
    if withscores && !(-(i64::MAX / 2)..=i64::MAX / 2).contains(&l) {
        return ctx.out.error("ERR value is out of range");
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let db = &mut node.dbs[ctx.client.db];
    let out = &mut *ctx.out;
    let z = match zset_ref(db, key, now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(None) => return out.array(0),
        Ok(Some(z)) => z,
    };
    let (count, unique) = (l.unsigned_abs(), l >= 0);
    if count == 0 {
        return out.array(0);
    }
    let size = z.len() as u64;
    let pairs = withscores && out.is_resp3();
    let header = |out: &mut Reply, n: u64| {
        out.array((if withscores && !pairs { 2 * n } else { n }) as usize);
    };
    let emit = |out: &mut Reply, m: &[u8], s: f64| {
        if pairs {
            out.array(2);
        }
        out.bulk(m);
        if withscores {
            out.double(s);
        }
    };
    if !unique || count == 1 {
        // Repetitions allowed: independent draws.
        if count > RANDMEMBER_MAX_REPEATS {
            return out.error("ERR value is out of range");
        }
        header(out, count);
        for _ in 0..count {
            let r = node.rng.below(size) as usize;
            if let Some((m, s)) = z.get(r) {
                emit(out, m, s);
            }
        }
        return;
    }
    if count >= size {
        // The whole set; Redis 7.0 lists it from the highest rank down.
        header(out, size);
        z.visit(0, z.len(), true, |m, s| emit(out, m, s));
        return;
    }
    // Distinct members. Asking for most of the set: a partial Fisher-Yates shuffle of
    // the ranks; asking for few: draws until enough distinct ranks came up (expected
    // O(count), as Redis's case 4).
    let count = count as usize;
    let ranks: Vec<usize> = if count * 3 > z.len() {
        let mut all: Vec<usize> = (0..z.len()).collect();
        for i in 0..count {
            let j = i + node.rng.below((all.len() - i) as u64) as usize;
            all.swap(i, j);
        }
        all.truncate(count);
        all
    } else {
        let mut seen = std::collections::BTreeSet::new();
        let mut picked = Vec::with_capacity(count);
        while picked.len() < count {
            let r = node.rng.below(size) as usize;
            if seen.insert(r) {
                picked.push(r);
            }
        }
        picked
    };
    header(out, count as u64);
    for &r in &ranks {
        if let Some((m, s)) = z.get(r) {
            emit(out, m, s);
        }
    }
}

// ---------------------------------------------------------------------------------
// ZUNION / ZINTER / ZDIFF, their STORE forms, ZINTERCARD
// ---------------------------------------------------------------------------------

/// Which set operation.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum SetOp {
    Union,
    Inter,
    Diff,
}

/// How scores of the same member combine.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Aggregate {
    Sum,
    Min,
    Max,
}

impl Aggregate {
    /// Redis's `zunionInterAggregate`: inf + -inf gives 0, not NaN.
    fn apply(self, acc: f64, v: f64) -> f64 {
        match self {
            Aggregate::Sum => {
                let r = acc + v;
                if r.is_nan() { 0.0 } else { r }
            }
            Aggregate::Min => acc.min(v),
            Aggregate::Max => acc.max(v),
        }
    }
}

/// One input of a set operation: a sorted set, a plain set (every score 1), or a
/// missing key (empty).
#[derive(Copy, Clone)]
enum Src<'a> {
    Missing,
    ZSet(&'a ZSetValue),
    Set(&'a SetValue),
}

impl Src<'_> {
    fn len(&self) -> usize {
        match self {
            Src::Missing => 0,
            Src::ZSet(z) => z.len(),
            Src::Set(s) => s.len(),
        }
    }

    /// The score of `member` in this input.
    fn score(&self, member: &[u8]) -> Option<f64> {
        match self {
            Src::Missing => None,
            Src::ZSet(z) => z.score(member),
            Src::Set(s) => s.contains(member).then_some(1.0),
        }
    }

    fn for_each(&self, mut f: impl FnMut(&[u8], f64)) {
        match self {
            Src::Missing => {}
            Src::ZSet(z) => z.for_each(f),
            Src::Set(s) => s.iter().for_each(|e| e.with_bytes(|m| f(m, 1.0))),
        }
    }
}

fn zunion(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, None, 1, SetOp::Union, false);
}

fn zinter(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, None, 1, SetOp::Inter, false);
}

fn zdiff(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, None, 1, SetOp::Diff, false);
}

fn zunionstore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, Some(argv[1]), 2, SetOp::Union, false);
}

fn zinterstore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, Some(argv[1]), 2, SetOp::Inter, false);
}

fn zdiffstore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, Some(argv[1]), 2, SetOp::Diff, false);
}

fn zintercard(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    setop_generic(ctx, argv, None, 1, SetOp::Inter, true);
}

/// Redis's `zunionInterDiffGenericCommand`: numkeys, then the inputs' types, then the
/// options (WEIGHTS, AGGREGATE, WITHSCORES, LIMIT), then the operation.
fn setop_generic(
    ctx: &mut Ctx<'_>,
    argv: &[&[u8]],
    dst: Option<&[u8]>,
    numkeys_idx: usize,
    op: SetOp,
    cardinality_only: bool,
) {
    let Some(numkeys) = parse_i64(argv[numkeys_idx]) else {
        return ctx.out.error(NOT_INTEGER);
    };
    if numkeys < 1 {
        let name = String::from_utf8_lossy(argv[0]).to_ascii_lowercase();
        return ctx.out.error(&format!(
            "ERR at least 1 input key is needed for '{name}' command"
        ));
    }
    let first_key = numkeys_idx + 1;
    let numkeys = match usize::try_from(numkeys) {
        Ok(n) if n <= argv.len() - first_key => n,
        _ => return ctx.out.error(SYNTAX_ERR),
    };
    let keys = &argv[first_key..first_key + numkeys];
    let now = ctx.now_ms();
    {
        let db = &mut ctx.node.dbs[ctx.client.db];
        for k in keys {
            if matches!(db.get(k, now), Some(v) if !matches!(v, Value::ZSet(_) | Value::Set(_))) {
                return ctx.out.error(WRONGTYPE);
            }
        }
    }
    let mut weights = vec![1.0f64; numkeys];
    let mut aggregate = Aggregate::Sum;
    let mut withscores = false;
    let mut limit = 0u64;
    let mut j = first_key + numkeys;
    while j < argv.len() {
        let remaining = argv.len() - j;
        let o = argv[j];
        if op != SetOp::Diff && remaining > numkeys && opt_is(o, "weights") {
            for (i, w) in weights.iter_mut().enumerate() {
                match parse_score(argv[j + 1 + i]) {
                    Some(v) => *w = v,
                    None => return ctx.out.error("ERR weight value is not a float"),
                }
            }
            j += numkeys;
        } else if op != SetOp::Diff && remaining >= 2 && opt_is(o, "aggregate") {
            j += 1;
            aggregate = if opt_is(argv[j], "sum") {
                Aggregate::Sum
            } else if opt_is(argv[j], "min") {
                Aggregate::Min
            } else if opt_is(argv[j], "max") {
                Aggregate::Max
            } else {
                return ctx.out.error(SYNTAX_ERR);
            };
        } else if dst.is_none() && !cardinality_only && opt_is(o, "withscores") {
            withscores = true;
        } else if cardinality_only && remaining >= 2 && opt_is(o, "limit") {
            j += 1;
            match parse_i64(argv[j]) {
                Some(l) if l >= 0 => limit = l as u64,
                _ => return ctx.out.error("ERR LIMIT can't be negative"),
            }
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
        j += 1;
    }
    let lim = limits(ctx);
    let hasher = ctx.node.hasher;
    let db = &ctx.node.dbs[ctx.client.db];
    let mut srcs: Vec<(Src<'_>, f64)> = keys
        .iter()
        .zip(&weights)
        .map(|(k, &w)| {
            let src = match db.peek(k, now) {
                Some(Value::ZSet(z)) => Src::ZSet(z),
                Some(Value::Set(s)) => Src::Set(s),
                _ => Src::Missing,
            };
            (src, w)
        })
        .collect();
    if op != SetOp::Diff {
        // Smallest first (a stable sort, as glibc's qsort is here): it drives the
        // intersection and fixes the order in which sums are added up.
        srcs.sort_by_key(|(s, _)| s.len());
    }
    let weighted = |w: f64, v: f64| {
        let r = w * v;
        if r.is_nan() { 0.0 } else { r }
    };
    if cardinality_only {
        let mut n = 0u64;
        if let Some(((first, _), rest)) = srcs.split_first() {
            let mut done = false;
            first.for_each(|m, _| {
                if done || !rest.iter().all(|(s, _)| s.score(m).is_some()) {
                    return;
                }
                n += 1;
                if limit > 0 && n >= limit {
                    done = true;
                }
            });
        }
        return ctx.out.int(n as i64);
    }
    let mut acc: Dict<f64> = Dict::new(hasher);
    match op {
        SetOp::Union => {
            for (src, w) in &srcs {
                src.for_each(|m, v| {
                    let v = weighted(*w, v);
                    match acc.get_mut(m) {
                        Some(a) => *a = aggregate.apply(*a, v),
                        None => {
                            acc.insert(m, v);
                        }
                    }
                });
            }
        }
        SetOp::Inter => {
            if let Some(((first, w0), rest)) = srcs.split_first()
                && !rest.iter().any(|(s, _)| s.len() == 0)
            {
                first.for_each(|m, v| {
                    let mut score = weighted(*w0, v);
                    for (src, w) in rest {
                        match src.score(m) {
                            Some(v) => score = aggregate.apply(score, weighted(*w, v)),
                            None => return,
                        }
                    }
                    acc.insert(m, score);
                });
            }
        }
        SetOp::Diff => {
            if let Some(((first, _), rest)) = srcs.split_first() {
                first.for_each(|m, v| {
                    if !rest.iter().any(|(s, _)| s.score(m).is_some()) {
                        acc.insert(m, v);
                    }
                });
            }
        }
    }
    let mut items: Vec<(&[u8], f64)> = acc.iter().map(|(m, &s)| (m, s)).collect();
    items.sort_by(|a, b| cmp_entry(a.1, a.0, b.1, b.0));
    match dst {
        None => reply_items(ctx.out, &items, withscores),
        Some(dst) => {
            let owned: Vec<(Vec<u8>, f64)> = items.iter().map(|(m, s)| (m.to_vec(), *s)).collect();
            drop(items);
            drop(srcs);
            let event = match op {
                SetOp::Union => "zunionstore",
                SetOp::Inter => "zinterstore",
                SetOp::Diff => "zdiffstore",
            };
            store_result(ctx, dst, &owned, &lim, event);
        }
    }
}

// ---------------------------------------------------------------------------------
// ZSCAN
// ---------------------------------------------------------------------------------

/// Redis's `parseScanCursorOrReply`: `strtoul` rules (a leading `-` wraps), the
/// whole argument, no leading space, no overflow.
fn parse_cursor(arg: &[u8]) -> Option<u64> {
    let s = c_str_trunc(arg, usize::MAX);
    if s.len() != arg.len() && !s.is_empty() {
        return None;
    }
    if let Some(&c) = s.first()
        && c.is_ascii_whitespace()
    {
        return None;
    }
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    Some(if neg { v.wrapping_neg() } else { v })
}

fn zscan(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(cursor) = parse_cursor(argv[2]) else {
        return ctx.out.error("ERR invalid cursor");
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let z = match zset_ref(db, argv[1], now) {
        Err(WrongType) => return out.error(WRONGTYPE),
        Ok(None) => {
            out.array(2);
            out.bulk(b"0");
            return out.array(0);
        }
        Ok(Some(z)) => z,
    };
    let mut count = 10usize;
    let mut pattern: Option<&[u8]> = None;
    let mut i = 3;
    while i < argv.len() {
        let more = argv.len() - i >= 2;
        if more && opt_is(argv[i], "count") {
            match parse_i64(argv[i + 1]) {
                None => return out.error(NOT_INTEGER),
                Some(c) if c < 1 => return out.error(SYNTAX_ERR),
                Some(c) => count = usize::try_from(c).unwrap_or(usize::MAX),
            }
            i += 2;
        } else if more && opt_is(argv[i], "match") {
            let p = argv[i + 1];
            pattern = (p != b"*").then_some(p);
            i += 2;
        } else {
            return out.error(SYNTAX_ERR);
        }
    }
    let mut found: Vec<(&[u8], f64)> = Vec::new();
    let next = z.scan(cursor, count, |m, s| {
        if pattern.is_none_or(|p| crate::util::glob::matches(p, m)) {
            found.push((m, s));
        }
    });
    out.array(2);
    let mut cur = itoa::Buffer::new();
    out.bulk(cur.format(next).as_bytes());
    out.array(2 * found.len());
    let mut num = Vec::with_capacity(24);
    for (m, s) in found {
        out.bulk(m);
        num.clear();
        write_f64_g17(&mut num, s);
        out.bulk(&num);
    }
}

#[cfg(test)]
mod tests;
