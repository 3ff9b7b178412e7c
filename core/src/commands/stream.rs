//! The stream command family: XADD, XRANGE, XREVRANGE, XLEN, XDEL, XTRIM, XSETID,
//! XREAD, XREADGROUP, XACK, XPENDING, XCLAIM, XAUTOCLAIM, XGROUP and XINFO, with Redis
//! 7.0's replies, errors and checking order.
//!
//! Blocking (XREAD BLOCK, XREADGROUP BLOCK) follows Redis 7.0's "serve on ready key":
//! when a write makes one of the keys ready, the parked command runs again and looks
//! only at that key. XREAD remembers what `$` meant when it blocked (the argv is
//! rewritten with the concrete id); XREADGROUP `>` reads after the group's current
//! last id. A stream served this way replies even if the new ids were deleted since
//! (an empty entry list), exactly as Redis does.

use std::sync::Arc;

use super::Lookup;
use super::flags::*;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE, c_str_trunc};
use crate::blocking::{TimeoutReply, parse_timeout_millis};
use crate::keyspace::Db;
use crate::notify;
use crate::resp::Reply;
use crate::types::Value;
use crate::types::stream::{
    ConsumerGroup, ENTRIES_READ_UNKNOWN, EntryRef, Nack, NodeLimits, Stream, StreamId, StreamValue,
    Trim, TrimStrategy,
};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("xadd", -5, WRITE | DENYOOM | FAST, xadd).keys(1, 1, 1),
    Command::new("xrange", -4, READONLY, xrange).keys(1, 1, 1),
    Command::new("xrevrange", -4, READONLY, xrevrange).keys(1, 1, 1),
    Command::new("xlen", 2, READONLY | FAST, xlen).keys(1, 1, 1),
    Command::new("xdel", -3, WRITE | FAST, xdel).keys(1, 1, 1),
    Command::new("xtrim", -4, WRITE, xtrim).keys(1, 1, 1),
    Command::new(
        "xsetid",
        -3,
        WRITE | DENYOOM | FAST | SIGNALS_OWN_KEYS,
        xsetid,
    )
    .keys(1, 1, 1),
    // XREAD and XREADGROUP have movable keys (after STREAMS): no fixed positions.
    Command::new("xread", -4, READONLY | BLOCKING, xread),
    Command::new("xreadgroup", -7, WRITE | BLOCKING, xreadgroup),
    Command::new("xack", -4, WRITE | FAST | SIGNALS_OWN_KEYS, xack).keys(1, 1, 1),
    Command::new("xpending", -3, READONLY, xpending).keys(1, 1, 1),
    Command::new("xclaim", -6, WRITE | FAST | SIGNALS_OWN_KEYS, xclaim).keys(1, 1, 1),
    Command::new(
        "xautoclaim",
        -6,
        WRITE | FAST | SIGNALS_OWN_KEYS,
        xautoclaim,
    )
    .keys(1, 1, 1),
    Command::new("xgroup", -2, 0, container).with_subcommands(XGROUP),
    Command::new("xinfo", -2, 0, container).with_subcommands(XINFO),
];

/// XGROUP's subcommands. As in Redis 7.0, none of them touches WATCHed keys except
/// CREATE MKSTREAM when it creates the stream, and only DESTROY wakes blocked readers
/// (they answer NOGROUP): their handlers signal what they change themselves.
const XGROUP: &[Command] = &[
    Command::new(
        "create",
        -5,
        WRITE | DENYOOM | SIGNALS_OWN_KEYS,
        xgroup_create,
    )
    .keys(2, 2, 1),
    Command::new(
        "createconsumer",
        5,
        WRITE | DENYOOM | SIGNALS_OWN_KEYS,
        xgroup_createconsumer,
    )
    .keys(2, 2, 1),
    Command::new(
        "delconsumer",
        5,
        WRITE | SIGNALS_OWN_KEYS,
        xgroup_delconsumer,
    )
    .keys(2, 2, 1),
    Command::new("destroy", 4, WRITE | SIGNALS_OWN_KEYS, xgroup_destroy).keys(2, 2, 1),
    Command::new("help", 2, LOADING | STALE, xgroup_help),
    Command::new("setid", -5, WRITE | SIGNALS_OWN_KEYS, xgroup_setid).keys(2, 2, 1),
];

/// XINFO's subcommands.
const XINFO: &[Command] = &[
    Command::new("consumers", 4, READONLY, xinfo_consumers).keys(2, 2, 1),
    Command::new("groups", 3, READONLY, xinfo_groups).keys(2, 2, 1),
    Command::new("help", 2, LOADING | STALE, xinfo_help),
    Command::new("stream", -3, READONLY, xinfo_stream).keys(2, 2, 1),
];

const INVALID_ID: &str = "ERR Invalid stream ID specified as stream command argument";
const NO_SUCH_KEY: &str = "ERR no such key";
/// Entries a blocked XREAD/XREADGROUP without COUNT gets when served
/// (`XREAD_BLOCKED_DEFAULT_COUNT`).
const BLOCKED_DEFAULT_COUNT: usize = 1000;
/// Redis's cap on the bytes of one entry (`STREAM_LISTPACK_MAX_SIZE`).
const MAX_ENTRY_BYTES: u64 = 1 << 30;

// ---------------------------------------------------------------------------------
// Parsing helpers

/// `arg` as C sees it: up to the first NUL.
fn c_str(arg: &[u8]) -> &[u8] {
    c_str_trunc(arg, usize::MAX)
}

/// Whether `arg` is option `name` (case-insensitive, `strcasecmp`).
fn is_opt(arg: &[u8], name: &str) -> bool {
    c_str(arg).eq_ignore_ascii_case(name.as_bytes())
}

/// Redis's `string2ull`: `string2ll` when it succeeds (negatives refused), otherwise
/// `strtoull` over the whole string (leading spaces, a sign, base 10, no overflow).
fn string2ull(s: &[u8]) -> Option<u64> {
    if let Some(v) = parse_i64(s) {
        return u64::try_from(v).ok();
    }
    let mut i = 0;
    while s
        .get(i)
        .is_some_and(|&c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
    {
        i += 1;
    }
    let negative = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = s.get(i..).unwrap_or(&[]);
    if digits.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    Some(if negative { v.wrapping_neg() } else { v })
}

/// Redis's `streamGenericParseIDOrReply`: `ms-seq`, `ms` (sequence `missing_seq`),
/// `-`/`+` unless `strict`, and `ms-*` when `seq_star` (then the bool is false: no
/// sequence given).
fn parse_id_generic(
    arg: &[u8],
    missing_seq: u64,
    strict: bool,
    seq_star: bool,
) -> Option<(StreamId, bool)> {
    if arg.len() > 127 {
        return None;
    }
    let s = c_str(arg);
    if s == b"-" {
        return (!strict).then_some((StreamId::MIN, true));
    }
    if s == b"+" {
        return (!strict).then_some((StreamId::MAX, true));
    }
    let (ms_part, seq_part) = match s.iter().position(|&c| c == b'-') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let ms = string2ull(ms_part)?;
    let (seq, given) = match seq_part {
        Some(b"*") if seq_star => (0, false),
        Some(p) => (string2ull(p)?, true),
        None => (missing_seq, true),
    };
    Some((StreamId::new(ms, seq), given))
}

/// A strict id (no `-`/`+`).
fn parse_strict_id(arg: &[u8]) -> Option<StreamId> {
    parse_id_generic(arg, 0, true, false).map(|(id, _)| id)
}

/// An interval bound: an id, `-`/`+`, or `(id` (exclusive). Returns the id and
/// whether it is exclusive.
fn parse_interval_id(arg: &[u8], missing_seq: u64) -> Option<(StreamId, bool)> {
    if arg.len() > 1 && arg[0] == b'(' {
        parse_id_generic(&arg[1..], missing_seq, true, false).map(|(id, _)| (id, true))
    } else {
        parse_id_generic(arg, missing_seq, false, false).map(|(id, _)| (id, false))
    }
}

/// Parses the start of a range (inclusive after adjusting an exclusive bound).
fn parse_range_start(arg: &[u8]) -> Result<StreamId, &'static str> {
    let (id, exclusive) = parse_interval_id(arg, 0).ok_or(INVALID_ID)?;
    if exclusive {
        return id.next().ok_or("ERR invalid start ID for the interval");
    }
    Ok(id)
}

/// Parses the end of a range (inclusive after adjusting an exclusive bound).
fn parse_range_end(arg: &[u8]) -> Result<StreamId, &'static str> {
    let (id, exclusive) = parse_interval_id(arg, u64::MAX).ok_or(INVALID_ID)?;
    if exclusive {
        return id.prev().ok_or("ERR invalid end ID for the interval");
    }
    Ok(id)
}

/// `streamIncrID` as Redis uses it unchecked: the largest id wraps to `0-0`.
fn incr_wrapping(id: StreamId) -> StreamId {
    id.next().unwrap_or(StreamId::MIN)
}

// ---------------------------------------------------------------------------------
// Lookup and reply helpers

fn lookup<'a>(db: &'a mut Db, key: &[u8], now_ms: i64) -> Lookup<&'a mut StreamValue> {
    Lookup::of(db.get_mut(key, now_ms), |v| match v {
        Value::Stream(s) => Some(s),
        _ => None,
    })
}

fn node_limits(ctx: &Ctx<'_>) -> NodeLimits {
    NodeLimits {
        max_bytes: ctx.node.config.stream_node_max_bytes,
        max_entries: ctx.node.config.stream_node_max_entries,
    }
}

fn reply_id(out: &mut Reply, id: StreamId) {
    let mut buf = [0u8; 41];
    let mut b = itoa::Buffer::new();
    let ms = b.format(id.ms).as_bytes();
    let mut n = ms.len();
    buf[..n].copy_from_slice(ms);
    buf[n] = b'-';
    n += 1;
    let seq = b.format(id.seq).as_bytes();
    buf[n..n + seq.len()].copy_from_slice(seq);
    n += seq.len();
    out.bulk(&buf[..n]);
}

/// The header of an XREAD reply of `n` keys: an array, a map in RESP3.
fn top_header(out: &mut Reply, n: usize) {
    if out.is_resp3() {
        out.map(n);
    } else {
        out.array(n);
    }
}

/// `[id, [field, value, ...]]`.
fn reply_entry(out: &mut Reply, e: &EntryRef<'_>) {
    out.array(2);
    reply_id(out, e.id);
    out.array(e.num_fields() * 2);
    for (f, v) in e.pairs() {
        out.bulk(f);
        out.bulk(v);
    }
}

fn reply_entries(out: &mut Reply, entries: &[EntryRef<'_>]) {
    out.array(entries.len());
    for e in entries {
        reply_entry(out, e);
    }
}

/// Redis's `addReplySubcommandSyntaxError`.
fn subcommand_syntax_error(out: &mut Reply, argv: &[&[u8]]) {
    let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
    msg.extend_from_slice(c_str_trunc(argv[1], 128));
    msg.extend_from_slice(b"'. Try ");
    msg.extend_from_slice(&c_str(argv[0]).to_ascii_uppercase());
    msg.extend_from_slice(b" HELP.");
    out.error_bytes(&msg);
}

fn help(out: &mut Reply, command: &str, lines: &[&str]) {
    out.array(lines.len() + 3);
    out.simple(&format!(
        "{command} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"
    ));
    for line in lines {
        out.simple(line);
    }
    out.simple("HELP");
    out.simple("    Prints this help.");
}

/// The container handler, for `XGROUP`/`XINFO` alone (arity already refused it).
fn container(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() >= 2 {
        subcommand_syntax_error(ctx.out, argv);
    }
}

// ---------------------------------------------------------------------------------
// XADD, XTRIM

/// The options XADD and XTRIM share (`streamParseAddOrTrimArgsOrReply`).
struct AddTrimArgs {
    trim: Trim,
    id: StreamId,
    id_given: bool,
    seq_given: bool,
    no_mkstream: bool,
    /// Index of the id argument (XADD); the fields follow it.
    id_pos: usize,
    /// Index of the MAXLEN/MINID threshold argument (0: none).
    trim_pos: usize,
}

fn parse_add_trim(
    argv: &[&[u8]],
    xadd: bool,
    node_max_entries: usize,
) -> Result<AddTrimArgs, &'static str> {
    let mut args = AddTrimArgs {
        trim: Trim {
            strategy: TrimStrategy::None,
            approx: false,
            limit: 0,
        },
        id: StreamId::MIN,
        id_given: false,
        seq_given: true,
        no_mkstream: false,
        id_pos: 0,
        trim_pos: 0,
    };
    let mut limit: Option<u64> = None;
    let mut i = 2;
    while i < argv.len() {
        let moreargs = argv.len() - 1 - i;
        let opt = argv[i];
        let copt = c_str(opt);
        if xadd && copt == b"*" {
            break;
        } else if (is_opt(opt, "maxlen") || is_opt(opt, "minid")) && moreargs > 0 {
            let maxlen = is_opt(opt, "maxlen");
            if args.trim.strategy != TrimStrategy::None {
                return Err(
                    "ERR syntax error, MAXLEN and MINID options at the same time are not compatible",
                );
            }
            args.trim.approx = false;
            let next = c_str(argv[i + 1]);
            if moreargs >= 2 && next == b"~" {
                args.trim.approx = true;
                i += 1;
            } else if moreargs >= 2 && next == b"=" {
                i += 1;
            }
            args.trim_pos = i + 1;
            if maxlen {
                let n = parse_i64(argv[i + 1]).ok_or(NOT_INTEGER)?;
                if n < 0 {
                    return Err("ERR The MAXLEN argument must be >= 0.");
                }
                args.trim.strategy = TrimStrategy::MaxLen(n as u64);
            } else {
                let id = parse_strict_id(argv[i + 1]).ok_or(INVALID_ID)?;
                args.trim.strategy = TrimStrategy::MinId(id);
            }
            i += 1;
        } else if is_opt(opt, "limit") && moreargs > 0 {
            let n = parse_i64(argv[i + 1]).ok_or(NOT_INTEGER)?;
            if n < 0 {
                return Err("ERR The LIMIT argument must be >= 0.");
            }
            limit = Some(n as u64);
            i += 1;
        } else if xadd && is_opt(opt, "nomkstream") {
            args.no_mkstream = true;
        } else if xadd {
            let (id, seq_given) = parse_id_generic(opt, 0, true, true).ok_or(INVALID_ID)?;
            args.id = id;
            args.seq_given = seq_given;
            args.id_given = true;
            break;
        } else {
            return Err(SYNTAX_ERR);
        }
        i += 1;
    }
    args.id_pos = i;
    if limit.is_some_and(|l| l != 0) && args.trim.strategy == TrimStrategy::None {
        return Err(
            "ERR syntax error, LIMIT cannot be used without specifying a trimming strategy",
        );
    }
    if !xadd && args.trim.strategy == TrimStrategy::None {
        return Err("ERR syntax error, XTRIM must be called with a trimming strategy");
    }
    match limit {
        Some(_) if !args.trim.approx => {
            return Err("ERR syntax error, LIMIT cannot be used without the special ~ option");
        }
        Some(l) => args.trim.limit = l,
        None if args.trim.approx => {
            // 100 nodes' worth, 10000 when nodes are unbounded, at most a million.
            let l = 100u64.saturating_mul(node_max_entries as u64);
            args.trim.limit = if l == 0 { 10000 } else { l.min(1_000_000) };
        }
        None => args.trim.limit = 0,
    }
    Ok(args)
}

fn xadd(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let args = match parse_add_trim(argv, true, ctx.node.config.stream_node_max_entries) {
        Ok(a) => a,
        Err(e) => return ctx.out.error(e),
    };
    let field_pos = args.id_pos + 1;
    let nfv = argv.len().saturating_sub(field_pos);
    if nfv < 2 || nfv % 2 == 1 {
        return ctx
            .out
            .error("ERR wrong number of arguments for 'xadd' command");
    }
    if args.id_given && args.seq_given && args.id.is_zero() {
        return ctx
            .out
            .error("ERR The ID specified in XADD must be greater than 0-0");
    }
    let limits = node_limits(ctx);
    let now = ctx.now_ms();
    let key = argv[1];
    let fv = &argv[field_pos..];
    let node = &mut *ctx.node;
    let db = &mut node.dbs[ctx.client.db];
    let s = match lookup(db, key, now) {
        Lookup::WrongType => return ctx.out.error(WRONGTYPE),
        Lookup::Found(s) => s,
        Lookup::Missing if args.no_mkstream => return ctx.out.null(),
        Lookup::Missing => {
            db.set(key, Value::Stream(StreamValue::new()));
            match db.get_mut(key, now) {
                Some(Value::Stream(s)) => s,
                _ => return,
            }
        }
    };
    let last = s.entries.last_id;
    if last == StreamId::MAX {
        return ctx
            .out
            .error("ERR The stream has exhausted the last possible ID, unable to add more items");
    }
    let too_small =
        "ERR The ID specified in XADD is equal or smaller than the target stream top item";
    let id = if !args.id_given {
        match s.entries.next_auto_id(now.max(0) as u64) {
            Some(id) => id,
            None => return ctx.out.error(too_small),
        }
    } else if args.seq_given {
        args.id
    } else if last.ms == args.id.ms {
        if last.seq == u64::MAX {
            return ctx.out.error(too_small);
        }
        StreamId::new(last.ms, last.seq + 1)
    } else {
        args.id
    };
    if id <= last {
        return ctx.out.error(too_small);
    }
    let total: u64 = fv.iter().map(|a| a.len() as u64).sum();
    if total > MAX_ENTRY_BYTES {
        return ctx.out.error("ERR Elements are too large to be stored");
    }
    s.entries.append(id, fv, limits);
    reply_id(ctx.out, id);
    node.dirty += 1;
    let trimmed = args.trim.strategy != TrimStrategy::None && s.entries.trim(args.trim) > 0;
    let after = trim_outcome(&s.entries);
    ctx.notify(notify::STREAM, "xadd", key);
    if trimmed {
        ctx.notify(notify::STREAM, "xtrim", key);
    }
    let generated = !(args.id_given && args.seq_given);
    if generated || args.trim.approx {
        rewrite_add_trim(ctx, argv, &args, generated.then_some(id), after);
    }
}

/// A stream's length and first id after a trim, as Redis's `streamRewriteTrimArgument`
/// reads them: the first id counts deleted entries still in the first node (which is
/// that node's master id), and is the largest id when no node is left.
fn trim_outcome(entries: &crate::types::stream::Entries) -> (u64, StreamId) {
    let first = entries
        .nodes()
        .next()
        .map_or(StreamId::MAX, |(master, _)| master);
    (entries.len(), first)
}

/// What XADD and XTRIM send to the AOF and replicas: the id XADD generated (`*`,
/// `ms-*`) written out, and an approximate trim (`~`, maybe with LIMIT) as the exact
/// one it amounted to: `=` and the stream's length (MAXLEN) or first id (MINID) after
/// it, so that the other side ends with the same entries whatever its node layout.
fn rewrite_add_trim(
    ctx: &mut Ctx<'_>,
    argv: &[&[u8]],
    args: &AddTrimArgs,
    id: Option<StreamId>,
    (len, first): (u64, StreamId),
) {
    if !ctx.propagating() {
        return;
    }
    let mut out: Vec<Vec<u8>> = argv.iter().map(|a| a.to_vec()).collect();
    if let Some(id) = id
        && let Some(slot) = out.get_mut(args.id_pos)
    {
        *slot = id.to_bytes();
    }
    if args.trim.approx && args.trim_pos >= 1 && args.trim_pos < out.len() {
        out[args.trim_pos - 1] = b"=".to_vec();
        out[args.trim_pos] = match args.trim.strategy {
            TrimStrategy::MinId(_) => first.to_bytes(),
            _ => itoa::Buffer::new().format(len).as_bytes().to_vec(),
        };
    }
    let refs: Vec<&[u8]> = out.iter().map(Vec::as_slice).collect();
    ctx.rewrite_effect(&refs);
}

fn xtrim(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let args = match parse_add_trim(argv, false, ctx.node.config.stream_node_max_entries) {
        Ok(a) => a,
        Err(e) => return ctx.out.error(e),
    };
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    match lookup(&mut node.dbs[ctx.client.db], argv[1], now) {
        Lookup::Missing => ctx.out.int(0),
        Lookup::WrongType => ctx.out.error(WRONGTYPE),
        Lookup::Found(s) => {
            let deleted = s.entries.trim(args.trim);
            let after = trim_outcome(&s.entries);
            node.dirty += deleted;
            // Before the reply, as Redis.
            if deleted > 0 {
                ctx.notify(notify::STREAM, "xtrim", argv[1]);
            }
            ctx.out.int(deleted as i64);
            if args.trim.approx {
                rewrite_add_trim(ctx, argv, &args, None, after);
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// XRANGE, XREVRANGE, XLEN, XDEL, XSETID

fn xrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    xrange_generic(ctx, argv, false);
}

fn xrevrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    xrange_generic(ctx, argv, true);
}

fn xrange_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], rev: bool) {
    let (start_arg, end_arg) = if rev {
        (argv[3], argv[2])
    } else {
        (argv[2], argv[3])
    };
    let start = match parse_range_start(start_arg) {
        Ok(id) => id,
        Err(e) => return ctx.out.error(e),
    };
    let end = match parse_range_end(end_arg) {
        Ok(id) => id,
        Err(e) => return ctx.out.error(e),
    };
    let mut count: i64 = -1;
    let mut j = 4;
    while j < argv.len() {
        let additional = argv.len() - j - 1;
        if is_opt(argv[j], "count") && additional >= 1 {
            match parse_i64(argv[j + 1]) {
                Some(n) => count = n.max(0),
                None => return ctx.out.error(NOT_INTEGER),
            }
            j += 2;
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
    }
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let s = match lookup(db, argv[1], now) {
        Lookup::Missing => return out.array(0),
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Found(s) => s,
    };
    if count == 0 {
        return out.null_array();
    }
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let entries: Vec<EntryRef<'_>> = if rev {
        s.entries.range_rev(start, end).take(limit).collect()
    } else {
        s.entries.range(start, end).take(limit).collect()
    };
    reply_entries(out, &entries);
}

fn xlen(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, argv[1], now) {
        Lookup::Missing => out.int(0),
        Lookup::WrongType => out.error(WRONGTYPE),
        Lookup::Found(s) => out.int(s.entries.len() as i64),
    }
}

fn xdel(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let s = match lookup(&mut node.dbs[ctx.client.db], argv[1], now) {
        Lookup::Missing => return ctx.out.int(0),
        Lookup::WrongType => return ctx.out.error(WRONGTYPE),
        Lookup::Found(s) => s,
    };
    let mut ids = Vec::with_capacity(argv.len() - 2);
    for arg in &argv[2..] {
        match parse_strict_id(arg) {
            Some(id) => ids.push(id),
            None => return ctx.out.error(INVALID_ID),
        }
    }
    let mut deleted = 0;
    for id in ids {
        if s.entries.delete(id) {
            deleted += 1;
        }
    }
    node.dirty += deleted;
    // Before the reply, as Redis.
    if deleted > 0 {
        ctx.notify(notify::STREAM, "xdel", argv[1]);
    }
    ctx.out.int(deleted as i64);
}

fn xsetid(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(id) = parse_strict_id(argv[2]) else {
        return ctx.out.error(INVALID_ID);
    };
    let mut entries_added: Option<u64> = None;
    let mut max_deleted = StreamId::MIN;
    let mut i = 3;
    while i < argv.len() {
        let moreargs = argv.len() - 1 - i;
        if is_opt(argv[i], "entriesadded") && moreargs > 0 {
            match parse_i64(argv[i + 1]) {
                None => return ctx.out.error(NOT_INTEGER),
                Some(n) if n < 0 => return ctx.out.error("ERR entries_added must be positive"),
                Some(n) => entries_added = Some(n as u64),
            }
            i += 2;
        } else if is_opt(argv[i], "maxdeletedid") && moreargs > 0 {
            let Some(m) = parse_strict_id(argv[i + 1]) else {
                return ctx.out.error(INVALID_ID);
            };
            if id < m {
                return ctx.out.error(
                    "ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id",
                );
            }
            max_deleted = m;
            i += 2;
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let s = match lookup(&mut node.dbs[ctx.client.db], argv[1], now) {
        Lookup::Missing => return ctx.out.error(NO_SUCH_KEY),
        Lookup::WrongType => return ctx.out.error(WRONGTYPE),
        Lookup::Found(s) => s,
    };
    if !s.entries.is_empty() {
        let top = s.entries.last_entry_id().unwrap_or(StreamId::MIN);
        if id < top {
            return ctx.out.error(
                "ERR The ID specified in XSETID is smaller than the target stream top item",
            );
        }
        if entries_added.is_some_and(|n| s.entries.len() > n) {
            return ctx.out.error(
                "ERR The entries_added specified in XSETID is smaller than the target stream length",
            );
        }
    }
    s.entries.last_id = id;
    if let Some(n) = entries_added {
        s.entries.entries_added = n;
    }
    if !max_deleted.is_zero() {
        s.entries.max_deleted_id = max_deleted;
    }
    node.dirty += 1;
    ctx.out.ok();
    ctx.notify(notify::STREAM, "xsetid", argv[1]);
}

// ---------------------------------------------------------------------------------
// XREAD, XREADGROUP

/// The options of XREAD/XREADGROUP, before any key is looked at.
struct ReadArgs<'a> {
    /// BLOCK's deadline, if given (`Some(None)`: forever).
    block: Option<Option<crate::time::Instant>>,
    /// COUNT (0: no limit).
    count: usize,
    noack: bool,
    /// GROUP's group and consumer.
    group: Option<(&'a [u8], &'a [u8])>,
    /// Index of the first key.
    streams_arg: usize,
    /// Number of keys.
    nstreams: usize,
}

fn parse_read_args<'a>(
    argv: &[&'a [u8]],
    xreadgroup: bool,
    now: crate::time::Now,
) -> Result<ReadArgs<'a>, &'static str> {
    let mut args = ReadArgs {
        block: None,
        count: 0,
        noack: false,
        group: None,
        streams_arg: 0,
        nstreams: 0,
    };
    let mut i = 1;
    while i < argv.len() {
        let moreargs = argv.len() - i - 1;
        let o = argv[i];
        if is_opt(o, "block") && moreargs > 0 {
            i += 1;
            args.block = Some(parse_timeout_millis(argv[i], now)?);
        } else if is_opt(o, "count") && moreargs > 0 {
            i += 1;
            let n = parse_i64(argv[i]).ok_or(NOT_INTEGER)?;
            args.count = usize::try_from(n.max(0)).unwrap_or(usize::MAX);
        } else if is_opt(o, "streams") && moreargs > 0 {
            args.streams_arg = i + 1;
            let n = argv.len() - args.streams_arg;
            if !n.is_multiple_of(2) {
                return Err(
                    "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
                );
            }
            args.nstreams = n / 2;
            break;
        } else if is_opt(o, "group") && moreargs >= 2 {
            if !xreadgroup {
                return Err(
                    "ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.",
                );
            }
            args.group = Some((argv[i + 1], argv[i + 2]));
            i += 2;
        } else if is_opt(o, "noack") {
            if !xreadgroup {
                return Err(
                    "ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.",
                );
            }
            args.noack = true;
        } else {
            return Err(SYNTAX_ERR);
        }
        i += 1;
    }
    if args.streams_arg == 0 {
        return Err(SYNTAX_ERR);
    }
    if xreadgroup && args.group.is_none() {
        return Err("ERR Missing GROUP option for XREADGROUP");
    }
    Ok(args)
}

fn xread(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    xread_generic(ctx, argv, false);
}

fn xreadgroup(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    xread_generic(ctx, argv, true);
}

/// What a stream argument of XREAD/XREADGROUP asks for.
#[derive(Copy, Clone)]
enum ReadFrom {
    /// Entries after this id.
    After(StreamId),
    /// XREADGROUP `>`: entries never delivered to the group.
    New,
}

fn xread_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], xreadgroup: bool) {
    let args = match parse_read_args(argv, xreadgroup, ctx.node.now) {
        Ok(a) => a,
        Err(e) => return ctx.out.error(e),
    };
    let deadline = args.block;
    let keys = &argv[args.streams_arg..args.streams_arg + args.nstreams];
    let id_args = &argv[args.streams_arg + args.nstreams..];
    if ctx.client.unblocking {
        return serve_ready(ctx, &args, keys, id_args);
    }
    let now = ctx.now_ms();
    // Resolve the ids (and check the keys and groups), in argument order.
    let mut from = Vec::with_capacity(keys.len());
    let mut rewritten = false;
    {
        let (db, out) = ctx.db_and_out();
        for (key, id_arg) in keys.iter().zip(id_args) {
            let s = match lookup(db, key, now) {
                Lookup::WrongType => return out.error(WRONGTYPE),
                Lookup::Missing => None,
                Lookup::Found(s) => Some(&*s),
            };
            if let Some((group, _)) = args.group
                && !s.is_some_and(|s| s.groups.contains_key(group))
            {
                let mut msg = b"NOGROUP No such key '".to_vec();
                msg.extend_from_slice(c_str(key));
                msg.extend_from_slice(b"' or consumer group '");
                msg.extend_from_slice(c_str(group));
                msg.extend_from_slice(b"' in XREADGROUP with GROUP option");
                return out.error_bytes(&msg);
            }
            let id = c_str(id_arg);
            if id == b"$" {
                if xreadgroup {
                    return out.error("ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.");
                }
                from.push(ReadFrom::After(
                    s.map_or(StreamId::MIN, |s| s.entries.last_id),
                ));
                rewritten = true;
            } else if id == b">" {
                if !xreadgroup {
                    return out.error("ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.");
                }
                from.push(ReadFrom::New);
            } else {
                match parse_strict_id(id_arg) {
                    // Redis marks `>` with the largest id, so that id means `>` too.
                    Some(StreamId::MAX) if xreadgroup => from.push(ReadFrom::New),
                    Some(id) => from.push(ReadFrom::After(id)),
                    None => return out.error(INVALID_ID),
                }
            }
        }
    }
    // Serve what can be served now.
    let mut body = Reply::default();
    body.set_resp3(ctx.out.is_resp3());
    let mut served = 0;
    // Keys on which a consumer was created (published after the reply: Redis 7.0
    // publishes in the middle of it).
    let mut created_on: Vec<&[u8]> = Vec::new();
    // What XREADGROUP propagates instead of itself (history reads: nothing).
    let mut effects = (xreadgroup && ctx.propagating()).then(Vec::new);
    for (key, &read_from) in keys.iter().zip(&from) {
        let node = &mut *ctx.node;
        let Lookup::Found(s) = lookup(&mut node.dbs[ctx.client.db], key, now) else {
            continue;
        };
        match (args.group, read_from) {
            (None, ReadFrom::After(gt)) => {
                if s.entries.last_entry_id().is_some_and(|max| max > gt) {
                    served += 1;
                    key_header(&mut body, key);
                    let entries: Vec<_> = s
                        .entries
                        .range(incr_wrapping(gt), StreamId::MAX)
                        .take(limit(args.count))
                        .collect();
                    reply_entries(&mut body, &entries);
                }
            }
            (None, ReadFrom::New) => {}
            (Some((group, consumer)), ReadFrom::After(gt)) => {
                served += 1;
                key_header(&mut body, key);
                if serve_history(
                    &mut body,
                    s,
                    group,
                    consumer,
                    incr_wrapping(gt),
                    args.count,
                    now,
                ) {
                    created_on.push(key);
                }
                node.dirty += 1;
            }
            (Some((group, consumer)), ReadFrom::New) => {
                let Some(g) = s.groups.get(group) else {
                    continue;
                };
                let last = g.last_id;
                if s.entries.last_entry_id().is_some_and(|max| max > last) {
                    served += 1;
                    key_header(&mut body, key);
                    if serve_new(
                        &mut body,
                        s,
                        key,
                        group,
                        consumer,
                        args.count,
                        args.noack,
                        now,
                        effects.as_mut(),
                    ) {
                        created_on.push(key);
                    }
                    node.dirty += 1;
                }
            }
        }
    }
    propagate_instead(ctx, effects);
    if served > 0 {
        top_header(ctx.out, served);
        let bytes = body.pending().to_vec();
        ctx.out.raw().extend_from_slice(&bytes);
        for key in created_on {
            ctx.notify(notify::STREAM, "xgroup-createconsumer", key);
        }
        return;
    }
    let Some(deadline) = deadline else {
        return ctx.out.null_array();
    };
    if !ctx.may_block() {
        return ctx.out.null_array();
    }
    ctx.block(
        keys.iter().map(|k| k.to_vec()).collect(),
        deadline,
        TimeoutReply::NullArray,
    );
    if rewritten {
        // Remember what `$` meant now: later entries are what the client waits for.
        let mut new_argv: Vec<Vec<u8>> = argv.iter().map(|a| a.to_vec()).collect();
        let first_id = args.streams_arg + args.nstreams;
        for (slot, f) in new_argv[first_id..].iter_mut().zip(&from) {
            if let ReadFrom::After(id) = f {
                *slot = id.to_bytes();
            }
        }
        ctx.rewrite_block_argv(new_argv);
    }
}

/// The count limit of a read (0: none).
fn limit(count: usize) -> usize {
    if count == 0 { usize::MAX } else { count }
}

/// The start of one key's part of an XREAD reply (a map entry in RESP3).
fn key_header(out: &mut Reply, key: &[u8]) {
    if !out.is_resp3() {
        out.array(2);
    }
    out.bulk(key);
}

/// The consumer's pending entries after `start` (XREADGROUP with an id): each entry,
/// or `[id, nil]` when it was deleted; delivered ones count as delivered again.
/// Returns whether the consumer was created.
fn serve_history(
    out: &mut Reply,
    s: &mut Stream,
    group: &[u8],
    consumer: &[u8],
    start: StreamId,
    count: usize,
    now: i64,
) -> bool {
    let Some(g) = s.groups.get_mut(group) else {
        out.array(0);
        return false;
    };
    let (name, created) = g.consumer(consumer, now, true);
    let ids: Vec<StreamId> = match g.consumers.get(&name) {
        Some(c) => c.pel.range(start..).take(limit(count)).copied().collect(),
        None => Vec::new(),
    };
    out.array(ids.len());
    for id in ids {
        match s.entries.get(id) {
            Some(e) => {
                reply_entry(out, &e);
                if let Some(nack) = g.pel.get_mut(&id) {
                    nack.delivery_time = now;
                    nack.delivery_count += 1;
                }
            }
            None => {
                out.array(2);
                reply_id(out, id);
                out.null_array();
            }
        }
    }
    created
}

/// New entries for a group (`>`): each is delivered, added to the PEL (unless NOACK)
/// and moves the group's last id and read counter. Returns whether the consumer was
/// created.
#[allow(clippy::too_many_arguments)]
fn serve_new(
    out: &mut Reply,
    s: &mut Stream,
    key: &[u8],
    group: &[u8],
    consumer: &[u8],
    count: usize,
    noack: bool,
    now: i64,
    effects: Option<&mut Vec<Effect>>,
) -> bool {
    let Some(g) = s.groups.get_mut(group) else {
        out.array(0);
        return false;
    };
    let (name, created) = g.consumer(consumer, now, true);
    let start = incr_wrapping(g.last_id);
    let entries: Vec<EntryRef<'_>> = s
        .entries
        .range(start, StreamId::MAX)
        .take(limit(count))
        .collect();
    out.array(entries.len());
    let mut effects = effects;
    for e in &entries {
        if e.id > g.last_id {
            advance_group(&s.entries, g, e.id);
        }
        reply_entry(out, e);
        if !noack {
            g.deliver(e.id, &name, now);
            // Each delivery goes out as the XCLAIM that recreates its pending entry.
            if let Some(fx) = effects.as_deref_mut()
                && let Some(nack) = g.pel.get(&e.id)
            {
                fx.push(xclaim_effect(key, group, e.id, nack, g.last_id));
            }
        }
    }
    if noack
        && !entries.is_empty()
        && let Some(fx) = effects
    {
        // Nothing is pending: the consumer and the group's new last id go out.
        if created {
            fx.push(createconsumer_effect(key, group, consumer));
        }
        fx.push(setid_effect(key, group, g));
    }
    created
}

/// Moves a group's last id forward to `id` (delivered), keeping its read counter
/// exact when it can be.
fn advance_group(entries: &crate::types::stream::Entries, g: &mut ConsumerGroup, id: StreamId) {
    if g.entries_read != ENTRIES_READ_UNKNOWN && !entries.range_has_tombstones(Some(id), None) {
        g.entries_read = g.entries_read.wrapping_add(1);
    } else if entries.entries_added != 0 {
        g.entries_read = entries
            .estimate_distance(id)
            .map_or(ENTRIES_READ_UNKNOWN, |n| n as i64);
    }
    g.last_id = id;
}

/// A parked XREAD/XREADGROUP runs again because `serving_key` was written: serve the
/// client from that key only, as Redis 7.0 does, or keep it parked.
fn serve_ready(ctx: &mut Ctx<'_>, args: &ReadArgs<'_>, keys: &[&[u8]], id_args: &[&[u8]]) {
    let now = ctx.now_ms();
    let serving = ctx.client.ready_key.clone();
    let candidates: Vec<usize> = match &serving {
        Some(k) => keys.iter().position(|key| key == k).into_iter().collect(),
        None => (0..keys.len()).collect(),
    };
    let count = if args.count == 0 {
        BLOCKED_DEFAULT_COUNT
    } else {
        args.count
    };
    for i in candidates {
        let key = keys[i];
        let node = &mut *ctx.node;
        let found = lookup(&mut node.dbs[ctx.client.db], key, now);
        match args.group {
            None => {
                let Lookup::Found(s) = found else {
                    continue;
                };
                let gt = parse_strict_id(id_args[i]).unwrap_or(StreamId::MAX);
                if s.entries.last_id > gt {
                    let out = &mut *ctx.out;
                    top_header(out, 1);
                    key_header(out, key);
                    let entries: Vec<_> = s
                        .entries
                        .range(incr_wrapping(gt), StreamId::MAX)
                        .take(count)
                        .collect();
                    return reply_entries(out, &entries);
                }
            }
            Some((group, consumer)) => {
                let Lookup::Found(s) = found else {
                    return ctx.out.error("UNBLOCKED the stream key no longer exists");
                };
                let Some(g) = s.groups.get(group) else {
                    return ctx.out.error(
                        "NOGROUP the consumer group this client was blocked on no longer exists",
                    );
                };
                if s.entries.last_id > g.last_id {
                    let out = &mut *ctx.out;
                    top_header(out, 1);
                    key_header(out, key);
                    let mut effects = node.effects.is_on().then(Vec::new);
                    let created = serve_new(
                        out,
                        s,
                        key,
                        group,
                        consumer,
                        count,
                        args.noack,
                        now,
                        effects.as_mut(),
                    );
                    if created {
                        ctx.notify(notify::STREAM, "xgroup-createconsumer", key);
                    }
                    propagate_instead(ctx, effects);
                    return;
                }
            }
        }
    }
    ctx.block(
        keys.iter().map(|k| k.to_vec()).collect(),
        None,
        TimeoutReply::NullArray,
    );
}

// ---------------------------------------------------------------------------------
// XACK, XPENDING, XCLAIM, XAUTOCLAIM

fn nogroup_error(out: &mut Reply, key: &[u8], group: &[u8]) {
    let mut msg = b"NOGROUP No such key '".to_vec();
    msg.extend_from_slice(c_str(key));
    msg.extend_from_slice(b"' or consumer group '");
    msg.extend_from_slice(c_str(group));
    msg.push(b'\'');
    out.error_bytes(&msg);
}

fn xack(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let g = match lookup(&mut node.dbs[ctx.client.db], argv[1], now) {
        Lookup::WrongType => return ctx.out.error(WRONGTYPE),
        Lookup::Missing => None,
        Lookup::Found(s) => s.groups.get_mut(argv[2]),
    };
    let Some(g) = g else {
        return ctx.out.int(0);
    };
    let mut ids = Vec::with_capacity(argv.len() - 3);
    for arg in &argv[3..] {
        match parse_strict_id(arg) {
            Some(id) => ids.push(id),
            None => return ctx.out.error(INVALID_ID),
        }
    }
    let mut acked = 0;
    for id in ids {
        if g.ack(id) {
            acked += 1;
            node.dirty += 1;
        }
    }
    ctx.out.int(acked);
}

fn xpending(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let argc = argv.len();
    let justinfo = argc == 3;
    if argc != 3 && !(6..=9).contains(&argc) {
        return ctx.out.error(SYNTAX_ERR);
    }
    let mut start = StreamId::MIN;
    let mut end = StreamId::MAX;
    let mut count: i64 = 0;
    let mut minidle: i64 = 0;
    let mut consumer_name: Option<&[u8]> = None;
    if argc >= 6 {
        let mut startidx = 3;
        if is_opt(argv[3], "idle") {
            match parse_i64(argv[4]) {
                Some(n) => minidle = n,
                None => return ctx.out.error(NOT_INTEGER),
            }
            if argc < 8 {
                return ctx.out.error(SYNTAX_ERR);
            }
            startidx += 2;
        }
        match parse_i64(argv[startidx + 2]) {
            Some(n) => count = n.max(0),
            None => return ctx.out.error(NOT_INTEGER),
        }
        start = match parse_range_start(argv[startidx]) {
            Ok(id) => id,
            Err(e) => return ctx.out.error(e),
        };
        end = match parse_range_end(argv[startidx + 1]) {
            Ok(id) => id,
            Err(e) => return ctx.out.error(e),
        };
        if startidx + 3 < argc {
            consumer_name = Some(argv[startidx + 3]);
        }
    }
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let g = match lookup(db, argv[1], now) {
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Missing => None,
        Lookup::Found(s) => s.groups.get(argv[2]),
    };
    let Some(g) = g else {
        return nogroup_error(out, argv[1], argv[2]);
    };
    if justinfo {
        out.array(4);
        out.int(g.pel.len() as i64);
        match (g.pel.first_key_value(), g.pel.last_key_value()) {
            (Some((first, _)), Some((last, _))) => {
                reply_id(out, *first);
                reply_id(out, *last);
                let owners: Vec<_> = g
                    .consumers
                    .iter()
                    .filter(|(_, c)| !c.pel.is_empty())
                    .collect();
                out.array(owners.len());
                for (name, c) in owners {
                    out.array(2);
                    out.bulk(name);
                    out.bulk_i64(c.pel.len() as i64);
                }
            }
            _ => {
                out.null();
                out.null();
                out.null_array();
            }
        }
        return;
    }
    let ids: Box<dyn Iterator<Item = StreamId> + '_> = match consumer_name {
        Some(name) => match g.consumers.get(name) {
            Some(c) => Box::new(c.pel.range(start..).copied()),
            None => return out.array(0),
        },
        None => Box::new(g.pel.range(start..).map(|(id, _)| *id)),
    };
    let mut rows: Vec<(StreamId, &Nack)> = Vec::new();
    if start <= end {
        for id in ids {
            if count == 0 || id > end {
                break;
            }
            let Some(nack) = g.pel.get(&id) else {
                continue;
            };
            if minidle != 0 && now - nack.delivery_time < minidle {
                continue;
            }
            rows.push((id, nack));
            count -= 1;
        }
    }
    out.array(rows.len());
    for (id, nack) in rows {
        out.array(4);
        reply_id(out, id);
        out.bulk(&nack.consumer);
        out.int((now - nack.delivery_time).max(0));
        out.int(nack.delivery_count as i64);
    }
}

fn xclaim(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let out = &mut *ctx.out;
    let s = match lookup(&mut node.dbs[ctx.client.db], argv[1], now) {
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Missing => None,
        Lookup::Found(s) => Some(s),
    };
    let Some(s) = s.filter(|s| s.groups.contains_key(argv[2])) else {
        return nogroup_error(out, argv[1], argv[2]);
    };
    let Some(minidle) = parse_i64(argv[4]) else {
        return out.error("ERR Invalid min-idle-time argument for XCLAIM");
    };
    let minidle = minidle.max(0);
    // The ids run up to the first argument that is not one; options follow.
    let mut ids = Vec::new();
    let mut j = 5;
    while j < argv.len() {
        match parse_strict_id(argv[j]) {
            Some(id) => ids.push(id),
            None => break,
        }
        j += 1;
    }
    let mut force = false;
    let mut justid = false;
    let mut retrycount: i64 = -1;
    let mut deliverytime: i64 = -1;
    let mut last_id = StreamId::MIN;
    while j < argv.len() {
        let moreargs = argv.len() - 1 - j;
        let opt = argv[j];
        if is_opt(opt, "force") {
            force = true;
        } else if is_opt(opt, "justid") {
            justid = true;
        } else if is_opt(opt, "idle") && moreargs > 0 {
            j += 1;
            match parse_i64(argv[j]) {
                Some(n) => deliverytime = now.wrapping_sub(n),
                None => return out.error("ERR Invalid IDLE option argument for XCLAIM"),
            }
        } else if is_opt(opt, "time") && moreargs > 0 {
            j += 1;
            match parse_i64(argv[j]) {
                Some(n) => deliverytime = n,
                None => return out.error("ERR Invalid TIME option argument for XCLAIM"),
            }
        } else if is_opt(opt, "retrycount") && moreargs > 0 {
            j += 1;
            match parse_i64(argv[j]) {
                Some(n) => retrycount = n,
                None => return out.error("ERR Invalid RETRYCOUNT option argument for XCLAIM"),
            }
        } else if is_opt(opt, "lastid") && moreargs > 0 {
            j += 1;
            match parse_strict_id(argv[j]) {
                Some(id) => last_id = id,
                None => return out.error(INVALID_ID),
            }
        } else {
            let mut msg = b"ERR Unrecognized XCLAIM option '".to_vec();
            msg.extend_from_slice(c_str(opt));
            msg.push(b'\'');
            return out.error_bytes(&msg);
        }
        j += 1;
    }
    let Stream { entries, groups } = &mut **s;
    let Some(g) = groups.get_mut(argv[2]) else {
        return;
    };
    let mut propagate_last_id = false;
    if last_id > g.last_id {
        g.last_id = last_id;
        propagate_last_id = true;
    }
    if deliverytime != -1 {
        if deliverytime < 0 || deliverytime > now {
            deliverytime = now;
        }
    } else {
        deliverytime = now;
    }
    let mut consumer: Option<Arc<[u8]>> = None;
    let mut consumer_created = false;
    let mut body = Reply::default();
    body.set_resp3(out.is_resp3());
    let mut claimed = 0;
    let mut effects = node.effects.is_on().then(Vec::new);
    for id in ids {
        let pending = g.pel.contains_key(&id);
        let Some(entry) = entries.get(id) else {
            if pending {
                // Redis 7.0 propagates the entry's old state, then drops it.
                if let (Some(fx), Some(nack)) = (effects.as_mut(), g.pel.get(&id)) {
                    fx.push(xclaim_effect(argv[1], argv[2], id, nack, g.last_id));
                }
                g.ack(id);
                propagate_last_id = false;
                node.dirty += 1;
            }
            continue;
        };
        let created = force && !pending;
        if !pending && !created {
            continue;
        }
        if !created
            && minidle != 0
            && let Some(nack) = g.pel.get(&id)
            && now - nack.delivery_time < minidle
        {
            continue;
        }
        let name = match &consumer {
            Some(n) => n.clone(),
            None => {
                let (n, new) = g.consumer(argv[3], now, true);
                consumer_created = new;
                consumer = Some(n.clone());
                n
            }
        };
        if created {
            g.pel.insert(
                id,
                Nack {
                    delivery_time: now,
                    delivery_count: 1,
                    consumer: name.clone(),
                },
            );
        }
        g.transfer(id, &name);
        if let Some(nack) = g.pel.get_mut(&id) {
            nack.delivery_time = deliverytime;
            if retrycount >= 0 {
                nack.delivery_count = retrycount as u64;
            } else if !justid {
                nack.delivery_count += 1;
            }
        }
        if let (Some(fx), Some(nack)) = (effects.as_mut(), g.pel.get(&id)) {
            fx.push(xclaim_effect(argv[1], argv[2], id, nack, g.last_id));
        }
        if justid {
            reply_id(&mut body, id);
        } else {
            reply_entry(&mut body, &entry);
        }
        claimed += 1;
        propagate_last_id = false;
        node.dirty += 1;
    }
    if propagate_last_id {
        node.dirty += 1;
        if let Some(fx) = effects.as_mut() {
            fx.push(setid_effect(argv[1], argv[2], g));
        }
    }
    out.array(claimed);
    out.raw().extend_from_slice(body.pending());
    // Redis 7.0 publishes in the middle of the reply; here it follows it.
    if consumer_created {
        ctx.notify(notify::STREAM, "xgroup-createconsumer", argv[1]);
    }
    propagate_instead(ctx, effects);
}

fn xautoclaim(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let out = &mut *ctx.out;
    let Some(minidle) = parse_i64(argv[4]) else {
        return out.error("ERR Invalid min-idle-time argument for XAUTOCLAIM");
    };
    let minidle = minidle.max(0);
    let start = match parse_range_start(argv[5]) {
        Ok(id) => id,
        Err(e) => return out.error(e),
    };
    let mut count: i64 = 100;
    let mut justid = false;
    let mut j = 6;
    while j < argv.len() {
        let moreargs = argv.len() - 1 - j;
        if is_opt(argv[j], "count") && moreargs > 0 {
            // LONG_MAX / max(sizeof(streamID), attempts factor).
            const MAX_COUNT: i64 = i64::MAX / 16;
            match parse_i64(argv[j + 1]) {
                Some(n) if (1..=MAX_COUNT).contains(&n) => count = n,
                _ => return out.error("ERR COUNT must be > 0"),
            }
            j += 1;
        } else if is_opt(argv[j], "justid") {
            justid = true;
        } else {
            return out.error(SYNTAX_ERR);
        }
        j += 1;
    }
    let node = &mut *ctx.node;
    let s = match lookup(&mut node.dbs[ctx.client.db], argv[1], now) {
        Lookup::WrongType => return out.error(WRONGTYPE),
        Lookup::Missing => None,
        Lookup::Found(s) => Some(s),
    };
    let Some(Stream { entries, groups }) = s.map(|s| &mut **s) else {
        return nogroup_error(out, argv[1], argv[2]);
    };
    let Some(g) = groups.get_mut(argv[2]) else {
        return nogroup_error(out, argv[1], argv[2]);
    };
    let mut attempts = count.saturating_mul(10);
    let mut consumer: Option<Arc<[u8]>> = None;
    let mut consumer_created = false;
    let mut body = Reply::default();
    body.set_resp3(out.is_resp3());
    let mut claimed = 0;
    let mut deleted_ids = Vec::new();
    let mut effects = node.effects.is_on().then(Vec::new);
    let mut cursor = start;
    let mut exhausted = false;
    loop {
        if attempts == 0 || count == 0 {
            break;
        }
        attempts -= 1;
        let Some((&id, nack)) = g.pel.range(cursor..).next() else {
            exhausted = true;
            break;
        };
        let delivery_time = nack.delivery_time;
        cursor = incr_wrapping(id);
        let Some(entry) = entries.get(id) else {
            // Redis 7.0 propagates the entry's old state, then drops it.
            if let Some(fx) = effects.as_mut() {
                fx.push(xclaim_effect(argv[1], argv[2], id, nack, g.last_id));
            }
            g.ack(id);
            deleted_ids.push(id);
            node.dirty += 1;
            count -= 1;
            if id == StreamId::MAX {
                exhausted = true;
                break;
            }
            continue;
        };
        if minidle != 0 && now - delivery_time < minidle {
            if id == StreamId::MAX {
                exhausted = true;
                break;
            }
            continue;
        }
        let name = match &consumer {
            Some(n) => n.clone(),
            None => {
                let (n, new) = g.consumer(argv[3], now, true);
                consumer_created = new;
                consumer = Some(n.clone());
                n
            }
        };
        g.transfer(id, &name);
        if let Some(nack) = g.pel.get_mut(&id) {
            nack.delivery_time = now;
            if !justid {
                nack.delivery_count += 1;
            }
        }
        if let (Some(fx), Some(nack)) = (effects.as_mut(), g.pel.get(&id)) {
            fx.push(xclaim_effect(argv[1], argv[2], id, nack, g.last_id));
        }
        if justid {
            reply_id(&mut body, id);
        } else {
            reply_entry(&mut body, &entry);
        }
        claimed += 1;
        count -= 1;
        node.dirty += 1;
        if id == StreamId::MAX {
            exhausted = true;
            break;
        }
    }
    // The cursor is the next pending id, or 0-0 when the PEL was walked to its end.
    let next = if exhausted {
        StreamId::MIN
    } else {
        g.pel
            .range(cursor..)
            .next()
            .map_or(StreamId::MIN, |(id, _)| *id)
    };
    out.array(3);
    reply_id(out, next);
    out.array(claimed);
    out.raw().extend_from_slice(body.pending());
    out.array(deleted_ids.len());
    for id in deleted_ids {
        reply_id(out, id);
    }
    // Redis 7.0 publishes in the middle of the reply; here it follows it.
    if consumer_created {
        ctx.notify(notify::STREAM, "xgroup-createconsumer", argv[1]);
    }
    propagate_instead(ctx, effects);
}

/// A command for the effects stream, owned (consumer-group commands propagate what
/// they did as other commands).
type Effect = Vec<Vec<u8>>;

/// How Redis 7.0 propagates a pending entry's state (`streamPropagateXCLAIM`): an
/// XCLAIM that sets the entry's owner, delivery time and count, and the group's last
/// id, whatever the other side held.
fn xclaim_effect(key: &[u8], group: &[u8], id: StreamId, nack: &Nack, last_id: StreamId) -> Effect {
    let mut n = itoa::Buffer::new();
    let time = n.format(nack.delivery_time).as_bytes().to_vec();
    let count = n.format(nack.delivery_count).as_bytes().to_vec();
    vec![
        b"XCLAIM".to_vec(),
        key.to_vec(),
        group.to_vec(),
        nack.consumer.to_vec(),
        b"0".to_vec(),
        id.to_bytes(),
        b"TIME".to_vec(),
        time,
        b"RETRYCOUNT".to_vec(),
        count,
        b"FORCE".to_vec(),
        b"JUSTID".to_vec(),
        b"LASTID".to_vec(),
        last_id.to_bytes(),
    ]
}

/// How Redis 7.0 propagates a group's last id (`streamPropagateGroupID`).
fn setid_effect(key: &[u8], group: &[u8], g: &ConsumerGroup) -> Effect {
    vec![
        b"XGROUP".to_vec(),
        b"SETID".to_vec(),
        key.to_vec(),
        group.to_vec(),
        g.last_id.to_bytes(),
        b"ENTRIESREAD".to_vec(),
        itoa::Buffer::new()
            .format(g.entries_read)
            .as_bytes()
            .to_vec(),
    ]
}

/// How Redis 7.0 propagates a consumer created by XREADGROUP ... NOACK.
fn createconsumer_effect(key: &[u8], group: &[u8], consumer: &[u8]) -> Effect {
    vec![
        b"XGROUP".to_vec(),
        b"CREATECONSUMER".to_vec(),
        key.to_vec(),
        group.to_vec(),
        consumer.to_vec(),
    ]
}

/// Sends `effects` in place of the running command's own request (XREADGROUP,
/// XCLAIM, XAUTOCLAIM never go out as sent).
fn propagate_instead(ctx: &mut Ctx<'_>, effects: Option<Vec<Effect>>) {
    let Some(effects) = effects else {
        return;
    };
    for e in &effects {
        let refs: Vec<&[u8]> = e.iter().map(Vec::as_slice).collect();
        ctx.also_propagate(&refs);
    }
    ctx.prevent_propagation();
}

// ---------------------------------------------------------------------------------
// XGROUP

const XGROUP_HELP: &[&str] = &[
    "CREATE <key> <groupname> <id|$> [option]",
    "    Create a new consumer group. Options are:",
    "    * MKSTREAM",
    "      Create the empty stream if it does not exist.",
    "    * ENTRIESREAD entries_read",
    "      Set the group's entries_read counter (internal use).",
    "CREATECONSUMER <key> <groupname> <consumer>",
    "    Create a new consumer in the specified group.",
    "DELCONSUMER <key> <groupname> <consumer>",
    "    Remove the specified consumer.",
    "DESTROY <key> <groupname>",
    "    Remove the specified group.",
    "SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]",
    "    Set the current group ID and entries_read counter.",
];

fn xgroup_help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    help(ctx.out, "XGROUP", XGROUP_HELP);
}

/// What XGROUP's common checks found.
struct GroupPrelude {
    mkstream: bool,
    entries_read: i64,
}

/// XGROUP's checks before any subcommand runs: CREATE/SETID options, the key's type
/// and existence, and (for SETID, CREATECONSUMER, DELCONSUMER) the group's existence.
/// Replies and returns `None` on error.
fn xgroup_prelude(ctx: &mut Ctx<'_>, argv: &[&[u8]]) -> Option<GroupPrelude> {
    let sub = argv[1];
    let create = is_opt(sub, "create");
    let setid = is_opt(sub, "setid");
    let mut prelude = GroupPrelude {
        mkstream: false,
        entries_read: ENTRIES_READ_UNKNOWN,
    };
    if create || setid {
        let mut i = 5;
        while i < argv.len() {
            if create && is_opt(argv[i], "mkstream") {
                prelude.mkstream = true;
                i += 1;
            } else if is_opt(argv[i], "entriesread") && i + 1 < argv.len() {
                match parse_i64(argv[i + 1]) {
                    None => {
                        ctx.out.error(NOT_INTEGER);
                        return None;
                    }
                    Some(n) if n < 0 && n != ENTRIES_READ_UNKNOWN => {
                        ctx.out
                            .error("ERR value for ENTRIESREAD must be positive or -1");
                        return None;
                    }
                    Some(n) => prelude.entries_read = n,
                }
                i += 2;
            } else {
                subcommand_syntax_error(ctx.out, argv);
                return None;
            }
        }
    }
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let s = match lookup(db, argv[2], now) {
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return None;
        }
        Lookup::Missing => None,
        Lookup::Found(s) => Some(s),
    };
    if !prelude.mkstream {
        let Some(s) = s else {
            out.error("ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.");
            return None;
        };
        let needs_group = setid || is_opt(sub, "createconsumer") || is_opt(sub, "delconsumer");
        if needs_group && !s.groups.contains_key(argv[3]) {
            let mut msg = b"NOGROUP No such consumer group '".to_vec();
            msg.extend_from_slice(c_str(argv[3]));
            msg.extend_from_slice(b"' for key name '");
            msg.extend_from_slice(c_str(argv[2]));
            msg.push(b'\'');
            out.error_bytes(&msg);
            return None;
        }
    }
    Some(prelude)
}

fn xgroup_create(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(prelude) = xgroup_prelude(ctx, argv) else {
        return;
    };
    if argv.len() > 8 {
        return subcommand_syntax_error(ctx.out, argv);
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let db = &mut node.dbs[ctx.client.db];
    let last = match lookup(db, argv[2], now) {
        Lookup::Found(s) => Some(s.entries.last_id),
        _ => None,
    };
    let id = if c_str(argv[4]) == b"$" {
        last.unwrap_or(StreamId::MIN)
    } else {
        match parse_strict_id(argv[4]) {
            Some(id) => id,
            None => return ctx.out.error(INVALID_ID),
        }
    };
    if last.is_none() {
        db.set(argv[2], Value::Stream(StreamValue::new()));
        node.signal_modified_key(ctx.client.db, argv[2]);
    }
    let db = &mut node.dbs[ctx.client.db];
    let Lookup::Found(s) = lookup(db, argv[2], now) else {
        return;
    };
    if s.groups.contains_key(argv[3]) {
        return ctx
            .out
            .error("BUSYGROUP Consumer Group name already exists");
    }
    s.groups.insert(
        argv[3].to_vec(),
        ConsumerGroup::new(id, prelude.entries_read),
    );
    node.dirty += 1;
    ctx.out.ok();
    ctx.notify(notify::STREAM, "xgroup-create", argv[2]);
}

fn xgroup_setid(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(prelude) = xgroup_prelude(ctx, argv) else {
        return;
    };
    if argv.len() != 5 && argv.len() != 7 {
        return subcommand_syntax_error(ctx.out, argv);
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let Lookup::Found(s) = lookup(&mut node.dbs[ctx.client.db], argv[2], now) else {
        return;
    };
    let id = if c_str(argv[4]) == b"$" {
        s.entries.last_id
    } else {
        match parse_id_generic(argv[4], 0, false, false) {
            Some((id, _)) => id,
            None => return ctx.out.error(INVALID_ID),
        }
    };
    let Some(g) = s.groups.get_mut(argv[3]) else {
        return;
    };
    g.last_id = id;
    g.entries_read = prelude.entries_read;
    node.dirty += 1;
    ctx.out.ok();
    ctx.notify(notify::STREAM, "xgroup-setid", argv[2]);
}

fn xgroup_destroy(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if xgroup_prelude(ctx, argv).is_none() {
        return;
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let Lookup::Found(s) = lookup(&mut node.dbs[ctx.client.db], argv[2], now) else {
        return;
    };
    if s.groups.remove(argv[3]).is_some() {
        node.dirty += 1;
        // Readers blocked on the group answer NOGROUP.
        node.blocking.signal_key(ctx.client.db, argv[2]);
        ctx.out.int(1);
        ctx.notify(notify::STREAM, "xgroup-destroy", argv[2]);
    } else {
        ctx.out.int(0);
    }
}

fn xgroup_createconsumer(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if xgroup_prelude(ctx, argv).is_none() {
        return;
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let Lookup::Found(s) = lookup(&mut node.dbs[ctx.client.db], argv[2], now) else {
        return;
    };
    let Some(g) = s.groups.get_mut(argv[3]) else {
        return;
    };
    let (_, created) = g.consumer(argv[4], now, false);
    if created {
        node.dirty += 1;
        // Before the reply, as Redis.
        ctx.notify(notify::STREAM, "xgroup-createconsumer", argv[2]);
    }
    ctx.out.int(i64::from(created));
}

fn xgroup_delconsumer(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if xgroup_prelude(ctx, argv).is_none() {
        return;
    }
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let Lookup::Found(s) = lookup(&mut node.dbs[ctx.client.db], argv[2], now) else {
        return;
    };
    let Some(g) = s.groups.get_mut(argv[3]) else {
        return;
    };
    let pending = match g.delete_consumer(argv[4]) {
        Some(n) => {
            node.dirty += 1;
            // Before the reply, as Redis.
            ctx.notify(notify::STREAM, "xgroup-delconsumer", argv[2]);
            n
        }
        None => 0,
    };
    ctx.out.int(pending as i64);
}

// ---------------------------------------------------------------------------------
// XINFO

const XINFO_HELP: &[&str] = &[
    "CONSUMERS <key> <groupname>",
    "    Show consumers of <groupname>.",
    "GROUPS <key>",
    "    Show the stream consumer groups.",
    "STREAM <key> [FULL [COUNT <count>]",
    "    Show information about the stream.",
];

fn xinfo_help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    help(ctx.out, "XINFO", XINFO_HELP);
}

/// XINFO's lookup: the stream, or an error reply.
fn xinfo_lookup<'a>(ctx: &'a mut Ctx<'_>, key: &[u8]) -> Option<(&'a Stream, &'a mut Reply, i64)> {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, key, now) {
        Lookup::Missing => {
            out.error(NO_SUCH_KEY);
            None
        }
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            None
        }
        Lookup::Found(s) => Some((s, out, now)),
    }
}

fn xinfo_consumers(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some((s, out, now)) = xinfo_lookup(ctx, argv[2]) else {
        return;
    };
    let Some(g) = s.groups.get(argv[3]) else {
        let mut msg = b"NOGROUP No such consumer group '".to_vec();
        msg.extend_from_slice(c_str(argv[3]));
        msg.extend_from_slice(b"' for key name '");
        msg.extend_from_slice(c_str(argv[2]));
        msg.push(b'\'');
        return out.error_bytes(&msg);
    };
    out.array(g.consumers.len());
    for (name, c) in &g.consumers {
        out.map(3);
        out.bulk(b"name");
        out.bulk(name);
        out.bulk(b"pending");
        out.int(c.pel.len() as i64);
        out.bulk(b"idle");
        out.int((now - c.seen_time).max(0));
    }
}

/// A group's lag, or null when it cannot be known (`streamReplyWithCGLag`).
fn reply_lag(out: &mut Reply, s: &Stream, g: &ConsumerGroup) {
    let e = &s.entries;
    let lag = if e.entries_added == 0 {
        Some(0)
    } else if g.entries_read != ENTRIES_READ_UNKNOWN
        && !e.range_has_tombstones(Some(g.last_id), None)
    {
        Some(e.entries_added as i64 - g.entries_read)
    } else {
        e.estimate_distance(g.last_id)
            .map(|read| e.entries_added as i64 - read as i64)
    };
    match lag {
        Some(n) => out.int(n),
        None => out.null(),
    }
}

fn reply_entries_read(out: &mut Reply, g: &ConsumerGroup) {
    if g.entries_read == ENTRIES_READ_UNKNOWN {
        out.null();
    } else {
        out.int(g.entries_read);
    }
}

fn xinfo_groups(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some((s, out, _)) = xinfo_lookup(ctx, argv[2]) else {
        return;
    };
    out.array(s.groups.len());
    for (name, g) in &s.groups {
        out.map(6);
        out.bulk(b"name");
        out.bulk(name);
        out.bulk(b"consumers");
        out.int(g.consumers.len() as i64);
        out.bulk(b"pending");
        out.int(g.pel.len() as i64);
        out.bulk(b"last-delivered-id");
        reply_id(out, g.last_id);
        out.bulk(b"entries-read");
        reply_entries_read(out, g);
        out.bulk(b"lag");
        reply_lag(out, s, g);
    }
}

fn xinfo_stream(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some((s, out, _)) = xinfo_lookup(ctx, argv[2]) else {
        return;
    };
    let opts = &argv[3..];
    let mut full = true;
    let mut count: i64 = 10;
    if opts.is_empty() {
        full = false;
    } else {
        if (opts.len() != 1 && opts.len() != 3) || !is_opt(opts[0], "full") {
            return subcommand_syntax_error(out, argv);
        }
        if opts.len() == 3 {
            if !is_opt(opts[1], "count") {
                return subcommand_syntax_error(out, argv);
            }
            match parse_i64(opts[2]) {
                Some(n) => count = if n < 0 { 10 } else { n },
                None => return out.error(NOT_INTEGER),
            }
        }
    }
    let e = &s.entries;
    out.map(if full { 9 } else { 10 });
    out.bulk(b"length");
    out.int(e.len() as i64);
    out.bulk(b"radix-tree-keys");
    out.int(e.node_count() as i64);
    out.bulk(b"radix-tree-nodes");
    out.int(e.rax_nodes() as i64);
    out.bulk(b"last-generated-id");
    reply_id(out, e.last_id);
    out.bulk(b"max-deleted-entry-id");
    reply_id(out, e.max_deleted_id);
    out.bulk(b"entries-added");
    out.int(e.entries_added as i64);
    out.bulk(b"recorded-first-entry-id");
    reply_id(out, e.first_id());
    if !full {
        out.bulk(b"groups");
        out.int(s.groups.len() as i64);
        out.bulk(b"first-entry");
        match e.range(StreamId::MIN, StreamId::MAX).next() {
            Some(first) => reply_entry(out, &first),
            None => out.null(),
        }
        out.bulk(b"last-entry");
        match e.range_rev(StreamId::MIN, StreamId::MAX).next() {
            Some(last) => reply_entry(out, &last),
            None => out.null(),
        }
        return;
    }
    let limit = if count == 0 {
        usize::MAX
    } else {
        usize::try_from(count).unwrap_or(usize::MAX)
    };
    out.bulk(b"entries");
    let entries: Vec<_> = e.range(StreamId::MIN, StreamId::MAX).take(limit).collect();
    reply_entries(out, &entries);
    out.bulk(b"groups");
    out.array(s.groups.len());
    for (name, g) in &s.groups {
        out.map(7);
        out.bulk(b"name");
        out.bulk(name);
        out.bulk(b"last-delivered-id");
        reply_id(out, g.last_id);
        out.bulk(b"entries-read");
        reply_entries_read(out, g);
        out.bulk(b"lag");
        reply_lag(out, s, g);
        out.bulk(b"pel-count");
        out.int(g.pel.len() as i64);
        out.bulk(b"pending");
        let n = g.pel.len().min(limit);
        out.array(n);
        for (id, nack) in g.pel.iter().take(n) {
            out.array(4);
            reply_id(out, *id);
            out.bulk(&nack.consumer);
            out.int(nack.delivery_time);
            out.int(nack.delivery_count as i64);
        }
        out.bulk(b"consumers");
        out.array(g.consumers.len());
        for (cname, c) in &g.consumers {
            out.map(4);
            out.bulk(b"name");
            out.bulk(cname);
            out.bulk(b"seen-time");
            out.int(c.seen_time);
            out.bulk(b"pel-count");
            out.int(c.pel.len() as i64);
            out.bulk(b"pending");
            let n = c.pel.len().min(limit);
            out.array(n);
            for id in c.pel.iter().take(n) {
                out.array(3);
                reply_id(out, *id);
                match g.pel.get(id) {
                    Some(nack) => {
                        out.int(nack.delivery_time);
                        out.int(nack.delivery_count as i64);
                    }
                    None => {
                        out.int(0);
                        out.int(0);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! Reply shapes and texts here were observed on Redis 7.0.15 (RESP2, raw bytes);
    //! times come from the virtual clock, so idle times are exact.

    use crate::{Config, ConnId, Instant, Now, Server};

    /// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
    const T0_MS: i64 = 1_700_000_000_000;

    /// A server with connections, driven through the real parser and dispatch.
    struct Harness {
        server: Server,
        conns: Vec<ConnId>,
        now: Now,
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
                conns: Vec::new(),
                now,
            };
            h.connect();
            h
        }

        fn connect(&mut self) -> usize {
            let id = self
                .server
                .handle_accept(self.now, "127.0.0.1:40000", "127.0.0.1:6379");
            self.conns.push(id);
            self.conns.len() - 1
        }

        /// Sends one command on connection `c` and returns what is pending on it.
        fn send(&mut self, c: usize, args: &[&[u8]]) -> String {
            let req = crate::resp::encode_request(args);
            self.server.handle_read(self.now, self.conns[c], &req);
            self.take(c)
        }

        /// Whatever is pending on connection `c`.
        fn take(&mut self, c: usize) -> String {
            while self.server.poll_output().is_some() {}
            let out = self.server.pending_output(self.conns[c]).to_vec();
            self.server.consume_output(self.conns[c], out.len());
            String::from_utf8_lossy(&out).into_owned()
        }

        fn on(&mut self, c: usize, line: &str) -> String {
            let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            self.send(c, &args)
        }

        fn run(&mut self, line: &str) -> String {
            self.on(0, line)
        }

        fn check(&mut self, script: &[(&str, &str)]) {
            for (cmd, want) in script {
                assert_eq!(self.run(cmd), *want, "reply to {cmd:?}");
            }
        }

        fn advance(&mut self, ms: u64) {
            self.now = self.now.advance_millis(ms);
            self.server.handle_timeout(self.now);
        }
    }

    fn bulk(s: &str) -> String {
        format!("${}\r\n{s}\r\n", s.len())
    }

    #[test]
    fn auto_ids_follow_the_clock() {
        let mut h = Harness::new();
        let t0 = T0_MS.to_string();
        assert_eq!(h.run("XADD s * f v"), bulk(&format!("{t0}-0")));
        assert_eq!(h.run("XADD s * f v"), bulk(&format!("{t0}-1")));
        h.advance(5);
        let t5 = (T0_MS + 5).to_string();
        assert_eq!(h.run("XADD s * f v"), bulk(&format!("{t5}-0")));
        // An explicit id ahead of the clock: * keeps counting from it.
        let ahead = format!("{}-7", T0_MS + 1000);
        assert_eq!(h.run(&format!("XADD s {ahead} f v")), bulk(&ahead));
        assert_eq!(h.run("XADD s * f v"), bulk(&format!("{}-8", T0_MS + 1000)));
    }

    #[test]
    fn pending_idle_times_and_claims() {
        let mut h = Harness::new();
        h.check(&[
            ("XADD s 1-1 f v", "$3\r\n1-1\r\n"),
            ("XADD s 1-2 f v", "$3\r\n1-2\r\n"),
            ("XGROUP CREATE s g 0", "+OK\r\n"),
        ]);
        h.run("XREADGROUP GROUP g alice STREAMS s >");
        h.advance(250);
        h.check(&[
            (
                "XPENDING s g - + 10",
                "*2\r\n*4\r\n$3\r\n1-1\r\n$5\r\nalice\r\n:250\r\n:1\r\n\
                 *4\r\n$3\r\n1-2\r\n$5\r\nalice\r\n:250\r\n:1\r\n",
            ),
            ("XPENDING s g IDLE 251 - + 10", "*0\r\n"),
            (
                "XPENDING s g IDLE 250 - + 1 alice",
                "*1\r\n*4\r\n$3\r\n1-1\r\n$5\r\nalice\r\n:250\r\n:1\r\n",
            ),
            // Not idle long enough: nothing claimed.
            ("XCLAIM s g bob 251 1-1", "*0\r\n"),
            ("XCLAIM s g bob 250 1-1 JUSTID", "*1\r\n$3\r\n1-1\r\n"),
            (
                "XCLAIM s g bob 0 1-2 IDLE 5000 RETRYCOUNT 9 JUSTID",
                "*1\r\n$3\r\n1-2\r\n",
            ),
            (
                "XPENDING s g - + 10",
                "*2\r\n*4\r\n$3\r\n1-1\r\n$3\r\nbob\r\n:0\r\n:1\r\n\
                 *4\r\n$3\r\n1-2\r\n$3\r\nbob\r\n:5000\r\n:9\r\n",
            ),
        ]);
        // TIME in the future is taken as now; TIME in the past sets the delivery time.
        let future = (T0_MS + 1_000_000).to_string();
        h.run(&format!("XCLAIM s g bob 0 1-1 TIME {future} JUSTID"));
        let past = (T0_MS + 250 - 40).to_string();
        h.run(&format!("XCLAIM s g bob 0 1-2 TIME {past} JUSTID"));
        h.check(&[(
            "XPENDING s g - + 10",
            "*2\r\n*4\r\n$3\r\n1-1\r\n$3\r\nbob\r\n:0\r\n:1\r\n\
             *4\r\n$3\r\n1-2\r\n$3\r\nbob\r\n:40\r\n:9\r\n",
        )]);
        // XAUTOCLAIM honours the idle time, then resets it.
        h.advance(60);
        h.check(&[
            (
                "XAUTOCLAIM s g carol 61 0 JUSTID",
                "*3\r\n$3\r\n0-0\r\n*1\r\n$3\r\n1-2\r\n*0\r\n",
            ),
            (
                "XPENDING s g - + 10",
                "*2\r\n*4\r\n$3\r\n1-1\r\n$3\r\nbob\r\n:60\r\n:1\r\n\
                 *4\r\n$3\r\n1-2\r\n$5\r\ncarol\r\n:0\r\n:9\r\n",
            ),
        ]);
    }

    #[test]
    fn consumer_idle_and_full_info() {
        let mut h = Harness::new();
        h.run("XADD s 1-1 f v");
        h.run("XGROUP CREATE s g 0");
        h.run("XREADGROUP GROUP g alice STREAMS s >");
        h.advance(30);
        h.run("XGROUP CREATECONSUMER s g bob");
        h.advance(12);
        assert_eq!(
            h.run("XINFO CONSUMERS s g"),
            "*2\r\n*6\r\n$4\r\nname\r\n$5\r\nalice\r\n$7\r\npending\r\n:1\r\n$4\r\nidle\r\n:42\r\n\
             *6\r\n$4\r\nname\r\n$3\r\nbob\r\n$7\r\npending\r\n:0\r\n$4\r\nidle\r\n:12\r\n"
        );
        let t0 = T0_MS.to_string();
        let t30 = (T0_MS + 30).to_string();
        let want = format!(
            "*18\r\n$6\r\nlength\r\n:1\r\n$15\r\nradix-tree-keys\r\n:1\r\n\
             $16\r\nradix-tree-nodes\r\n:2\r\n$17\r\nlast-generated-id\r\n$3\r\n1-1\r\n\
             $20\r\nmax-deleted-entry-id\r\n$3\r\n0-0\r\n$13\r\nentries-added\r\n:1\r\n\
             $23\r\nrecorded-first-entry-id\r\n$3\r\n1-1\r\n\
             $7\r\nentries\r\n*1\r\n*2\r\n$3\r\n1-1\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n\
             $6\r\ngroups\r\n*1\r\n*14\r\n$4\r\nname\r\n$1\r\ng\r\n\
             $17\r\nlast-delivered-id\r\n$3\r\n1-1\r\n$12\r\nentries-read\r\n:1\r\n\
             $3\r\nlag\r\n:0\r\n$9\r\npel-count\r\n:1\r\n\
             $7\r\npending\r\n*1\r\n*4\r\n$3\r\n1-1\r\n$5\r\nalice\r\n:{t0}\r\n:1\r\n\
             $9\r\nconsumers\r\n*2\r\n\
             *8\r\n$4\r\nname\r\n$5\r\nalice\r\n$9\r\nseen-time\r\n:{t0}\r\n\
             $9\r\npel-count\r\n:1\r\n$7\r\npending\r\n*1\r\n*3\r\n$3\r\n1-1\r\n:{t0}\r\n:1\r\n\
             *8\r\n$4\r\nname\r\n$3\r\nbob\r\n$9\r\nseen-time\r\n:{t30}\r\n\
             $9\r\npel-count\r\n:0\r\n$7\r\npending\r\n*0\r\n"
        );
        assert_eq!(h.run("XINFO STREAM s FULL"), want);
    }

    #[test]
    fn blocked_xread_served_once_per_write_and_released_on_close() {
        let mut h = Harness::new();
        let b = h.connect();
        let c = h.connect();
        h.run("XADD s 5-0 f v");
        assert_eq!(h.on(b, "XREAD BLOCK 0 STREAMS s $"), "");
        assert_eq!(h.on(c, "XREAD BLOCK 0 STREAMS s $"), "");
        // The `$` of the first blocker is 5-0 even after the stream is recreated lower.
        h.run("DEL s");
        h.run("XADD s 1-0 f v");
        assert_eq!(h.take(b), "");
        h.run("XADD s 6-0 g w");
        let want = "*1\r\n*2\r\n$1\r\ns\r\n*1\r\n*2\r\n$3\r\n6-0\r\n*2\r\n$1\r\ng\r\n$1\r\nw\r\n";
        assert_eq!(h.take(b), want);
        assert_eq!(h.take(c), want);
        // A client that leaves while blocked leaves no trace.
        assert_eq!(h.on(b, "XREAD BLOCK 0 STREAMS s $"), "");
        let id = h.conns[b];
        h.server.handle_closed(h.now, id);
        h.run("XADD s 7-0 f v");
        assert_eq!(h.take(c), "");
        assert_eq!(h.on(c, "PING"), "+PONG\r\n");
    }

    #[test]
    fn blocked_timeout_in_milliseconds() {
        let mut h = Harness::new();
        let b = h.connect();
        assert_eq!(h.on(b, "XREAD BLOCK 100 STREAMS s $"), "");
        h.advance(99);
        assert_eq!(h.take(b), "");
        h.advance(1);
        assert_eq!(h.take(b), "*-1\r\n");
    }

    // -----------------------------------------------------------------------------
    // Model test: XADD/XRANGE/XREVRANGE/XDEL/XTRIM/XLEN against a BTreeMap.

    use quickcheck::{Arbitrary, Gen, TestResult};
    use std::collections::BTreeMap;

    const KEYS: [&str; 3] = ["s1", "s2", "s3"];
    type Id = (u64, u64);

    #[derive(Clone, Debug)]
    enum IdArg {
        Explicit(Id),
        MsStar(u64),
        Auto,
    }

    #[derive(Clone, Debug)]
    enum Op {
        Add(usize, IdArg, Vec<(u8, Vec<u8>)>),
        Range(usize, Id, Id, Option<u8>, bool),
        Del(usize, Vec<Id>),
        TrimMaxLen(usize, u8, bool),
        TrimMinId(usize, Id, bool),
        Len(usize),
    }

    fn arb_id(g: &mut Gen) -> Id {
        (
            u64::from(u8::arbitrary(g) % 12),
            u64::from(u8::arbitrary(g) % 6),
        )
    }

    impl Arbitrary for Op {
        fn arbitrary(g: &mut Gen) -> Self {
            let k = usize::arbitrary(g) % KEYS.len();
            match u8::arbitrary(g) % 12 {
                0..=4 => {
                    let id = match u8::arbitrary(g) % 4 {
                        0 => IdArg::MsStar(u64::from(u8::arbitrary(g) % 12)),
                        1 => IdArg::Auto,
                        _ => IdArg::Explicit(arb_id(g)),
                    };
                    let n = 1 + usize::arbitrary(g) % 3;
                    let fields = (0..n)
                        .map(|_| {
                            let len = usize::arbitrary(g) % 5;
                            let v = (0..len)
                                .map(|_| *g.choose(b"a1-\0z").unwrap_or(&b'a'))
                                .collect();
                            (u8::arbitrary(g) % 3, v)
                        })
                        .collect();
                    Op::Add(k, id, fields)
                }
                5 | 6 => Op::Range(
                    k,
                    arb_id(g),
                    arb_id(g),
                    if bool::arbitrary(g) {
                        Some(u8::arbitrary(g) % 5)
                    } else {
                        None
                    },
                    bool::arbitrary(g),
                ),
                7 | 8 => Op::Del(
                    k,
                    (0..1 + usize::arbitrary(g) % 3)
                        .map(|_| arb_id(g))
                        .collect(),
                ),
                9 => Op::TrimMaxLen(k, u8::arbitrary(g) % 8, bool::arbitrary(g)),
                10 => Op::TrimMinId(k, arb_id(g), bool::arbitrary(g)),
                _ => Op::Len(k),
            }
        }

        fn shrink(&self) -> Box<dyn Iterator<Item = Self>> {
            Box::new(std::iter::empty())
        }
    }

    type Fields = Vec<(Vec<u8>, Vec<u8>)>;

    #[derive(Default)]
    struct MStream {
        entries: BTreeMap<Id, Fields>,
        last: Id,
    }

    fn id_str(id: Id) -> String {
        format!("{}-{}", id.0, id.1)
    }

    fn field_name(f: u8) -> Vec<u8> {
        vec![b'f', b'0' + f]
    }

    fn model_entry(out: &mut Vec<u8>, id: Id, fv: &[(Vec<u8>, Vec<u8>)]) {
        out.extend_from_slice(b"*2\r\n");
        out.extend_from_slice(bulk(&id_str(id)).as_bytes());
        out.extend_from_slice(format!("*{}\r\n", fv.len() * 2).as_bytes());
        for (f, v) in fv {
            for x in [f, v] {
                out.extend_from_slice(format!("${}\r\n", x.len()).as_bytes());
                out.extend_from_slice(x);
                out.extend_from_slice(b"\r\n");
            }
        }
    }

    /// Runs `op` on the model; approximate trims take the server's reply and check it.
    fn model_apply(
        m: &mut BTreeMap<usize, MStream>,
        op: &Op,
        server_reply: &[u8],
    ) -> Result<Vec<u8>, String> {
        let int = |n: usize| format!(":{n}\r\n").into_bytes();
        Ok(match op {
            Op::Add(k, id, fields) => {
                let fv: Vec<(Vec<u8>, Vec<u8>)> = fields
                    .iter()
                    .map(|(f, v)| (field_name(*f), v.clone()))
                    .collect();
                if let IdArg::Explicit((0, 0)) = id {
                    return Ok(
                        b"-ERR The ID specified in XADD must be greater than 0-0\r\n".to_vec(),
                    );
                }
                let s = m.entry(*k).or_default();
                let new = match id {
                    IdArg::Explicit(id) => *id,
                    IdArg::MsStar(ms) if *ms == s.last.0 => (s.last.0, s.last.1 + 1),
                    IdArg::MsStar(ms) => (*ms, 0),
                    IdArg::Auto => {
                        let now = T0_MS as u64;
                        if now > s.last.0 {
                            (now, 0)
                        } else {
                            (s.last.0, s.last.1 + 1)
                        }
                    }
                };
                if new <= s.last {
                    return Ok(b"-ERR The ID specified in XADD is equal or smaller than the target stream top item\r\n".to_vec());
                }
                s.entries.insert(new, fv);
                s.last = new;
                bulk(&id_str(new)).into_bytes()
            }
            Op::Range(k, a, b, count, rev) => {
                let Some(s) = m.get(k) else {
                    return Ok(b"*0\r\n".to_vec());
                };
                if *count == Some(0) {
                    return Ok(b"*-1\r\n".to_vec());
                }
                let limit = count.map_or(usize::MAX, usize::from);
                let items: Vec<_> = if a > b {
                    Vec::new()
                } else if *rev {
                    s.entries.range(a..=b).rev().take(limit).collect()
                } else {
                    s.entries.range(a..=b).take(limit).collect()
                };
                let mut out = format!("*{}\r\n", items.len()).into_bytes();
                for (id, fv) in items {
                    model_entry(&mut out, *id, fv);
                }
                out
            }
            Op::Del(k, ids) => {
                let Some(s) = m.get_mut(k) else {
                    return Ok(int(0));
                };
                int(ids
                    .iter()
                    .filter(|id| s.entries.remove(id).is_some())
                    .count())
            }
            Op::TrimMaxLen(k, n, approx) => {
                let Some(s) = m.get_mut(k) else {
                    return Ok(int(0));
                };
                let excess = s.entries.len().saturating_sub(usize::from(*n));
                let removed = if *approx {
                    let d = reply_int(server_reply)?;
                    if d > excess {
                        return Err(format!("approximate trim removed {d} > {excess}"));
                    }
                    d
                } else {
                    excess
                };
                for _ in 0..removed {
                    s.entries.pop_first();
                }
                int(removed)
            }
            Op::TrimMinId(k, min, approx) => {
                let Some(s) = m.get_mut(k) else {
                    return Ok(int(0));
                };
                let below = s.entries.range(..min).count();
                let removed = if *approx {
                    let d = reply_int(server_reply)?;
                    if d > below {
                        return Err(format!("approximate trim removed {d} > {below}"));
                    }
                    d
                } else {
                    below
                };
                for _ in 0..removed {
                    s.entries.pop_first();
                }
                int(removed)
            }
            Op::Len(k) => int(m.get(k).map_or(0, |s| s.entries.len())),
        })
    }

    fn reply_int(reply: &[u8]) -> Result<usize, String> {
        std::str::from_utf8(reply)
            .ok()
            .and_then(|s| s.strip_prefix(':'))
            .and_then(|s| s.trim_end().parse().ok())
            .ok_or_else(|| format!("not an integer: {:?}", String::from_utf8_lossy(reply)))
    }

    fn server_apply(h: &mut Harness, op: &Op) -> Vec<u8> {
        let key = |k: &usize| KEYS[*k].as_bytes().to_vec();
        let args: Vec<Vec<u8>> = match op {
            Op::Add(k, id, fields) => {
                let mut a = vec![b"XADD".to_vec(), key(k)];
                a.push(match id {
                    IdArg::Explicit(id) => id_str(*id).into_bytes(),
                    IdArg::MsStar(ms) => format!("{ms}-*").into_bytes(),
                    IdArg::Auto => b"*".to_vec(),
                });
                for (f, v) in fields {
                    a.push(field_name(*f));
                    a.push(v.clone());
                }
                a
            }
            Op::Range(k, a, b, count, rev) => {
                let mut v = if *rev {
                    vec![
                        b"XREVRANGE".to_vec(),
                        key(k),
                        id_str(*b).into_bytes(),
                        id_str(*a).into_bytes(),
                    ]
                } else {
                    vec![
                        b"XRANGE".to_vec(),
                        key(k),
                        id_str(*a).into_bytes(),
                        id_str(*b).into_bytes(),
                    ]
                };
                if let Some(c) = count {
                    v.push(b"COUNT".to_vec());
                    v.push(c.to_string().into_bytes());
                }
                v
            }
            Op::Del(k, ids) => {
                let mut v = vec![b"XDEL".to_vec(), key(k)];
                v.extend(ids.iter().map(|id| id_str(*id).into_bytes()));
                v
            }
            Op::TrimMaxLen(k, n, approx) => {
                let mut v = vec![b"XTRIM".to_vec(), key(k), b"MAXLEN".to_vec()];
                if *approx {
                    v.push(b"~".to_vec());
                }
                v.push(n.to_string().into_bytes());
                v
            }
            Op::TrimMinId(k, id, approx) => {
                let mut v = vec![b"XTRIM".to_vec(), key(k), b"MINID".to_vec()];
                if *approx {
                    v.push(b"~".to_vec());
                }
                v.push(id_str(*id).into_bytes());
                v
            }
            Op::Len(k) => vec![b"XLEN".to_vec(), key(k)],
        };
        let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
        h.send(0, &refs).into_bytes()
    }

    fn prop_matches_model(ops: Vec<Op>, node_entries: u8) -> TestResult {
        let config = Config {
            stream_node_max_entries: usize::from(node_entries % 6),
            stream_node_max_bytes: if node_entries.is_multiple_of(3) {
                60
            } else {
                4096
            },
            ..Config::default()
        };
        let mut h = Harness::with_config(config);
        let mut model = BTreeMap::new();
        for (i, op) in ops.iter().enumerate() {
            let got = server_apply(&mut h, op);
            let want = match model_apply(&mut model, op, &got) {
                Ok(w) => String::from_utf8_lossy(&w).into_owned().into_bytes(),
                Err(e) => return TestResult::error(format!("op #{i} {op:?}: {e}")),
            };
            if got != want {
                return TestResult::error(format!(
                    "op #{i} {op:?}: server {:?}, model {:?}",
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&want)
                ));
            }
        }
        TestResult::passed()
    }

    #[test]
    fn model_stream_commands() {
        crate::testkit::qc_check(
            "model_stream_commands",
            80,
            300,
            prop_matches_model as fn(Vec<Op>, u8) -> TestResult,
        );
    }

    // -----------------------------------------------------------------------------
    // Robustness: arbitrary arguments never panic.

    const WORDS: &[&str] = &[
        "s",
        "t",
        "g",
        "c",
        "*",
        "$",
        ">",
        "-",
        "+",
        "(",
        "(1-1",
        "0",
        "0-0",
        "1-1",
        "1-*",
        "18446744073709551615-18446744073709551615",
        "18446744073709551616",
        "-1",
        "~",
        "=",
        "MAXLEN",
        "MINID",
        "LIMIT",
        "NOMKSTREAM",
        "COUNT",
        "BLOCK",
        "STREAMS",
        "GROUP",
        "NOACK",
        "IDLE",
        "TIME",
        "RETRYCOUNT",
        "FORCE",
        "JUSTID",
        "LASTID",
        "MKSTREAM",
        "ENTRIESREAD",
        "ENTRIESADDED",
        "MAXDELETEDID",
        "FULL",
        "CREATE",
        "SETID",
        "DESTROY",
        "CREATECONSUMER",
        "DELCONSUMER",
        "STREAM",
        "GROUPS",
        "CONSUMERS",
        "HELP",
        "9223372036854775807",
        "-9223372036854775808",
        "x\0y",
        "",
    ];
    const NAMES: &[&str] = &[
        "XADD",
        "XRANGE",
        "XREVRANGE",
        "XLEN",
        "XDEL",
        "XTRIM",
        "XSETID",
        "XREAD",
        "XREADGROUP",
        "XACK",
        "XPENDING",
        "XCLAIM",
        "XAUTOCLAIM",
        "XGROUP",
        "XINFO",
    ];

    #[derive(Clone, Debug)]
    struct Call(Vec<Vec<u8>>);

    impl Arbitrary for Call {
        fn arbitrary(g: &mut Gen) -> Self {
            let mut argv = vec![
                g.choose(NAMES)
                    .copied()
                    .unwrap_or("XADD")
                    .as_bytes()
                    .to_vec(),
            ];
            for _ in 0..usize::arbitrary(g) % 12 {
                argv.push(g.choose(WORDS).copied().unwrap_or("").as_bytes().to_vec());
            }
            Call(argv)
        }
    }

    fn prop_no_panic(calls: Vec<Call>) -> TestResult {
        let mut h = Harness::with_config(Config {
            stream_node_max_entries: 2,
            ..Config::default()
        });
        for setup in [
            "XADD s 1-1 f v",
            "XADD s 1-2 f v",
            "XGROUP CREATE s g 0",
            "XREADGROUP GROUP g c STREAMS s >",
            "XADD t 5-5 a b",
        ] {
            h.run(setup);
        }
        for call in &calls {
            // A throwaway connection, so a parked command does not stall the rest.
            let c = h.connect();
            let argv: Vec<&[u8]> = call.0.iter().map(Vec::as_slice).collect();
            h.send(c, &argv);
            h.advance(1);
        }
        TestResult::passed()
    }

    #[test]
    fn arbitrary_arguments_never_panic() {
        crate::testkit::qc_check(
            "arbitrary_arguments_never_panic",
            40,
            300,
            prop_no_panic as fn(Vec<Call>) -> TestResult,
        );
    }
}
