//! String commands: Redis's `string` group (GET, SET and its variants, MGET/MSET,
//! APPEND, STRLEN, GETRANGE/SETRANGE, the INCR family, INCRBYFLOAT, GETDEL, GETEX, LCS),
//! with Redis 7.0's replies, error texts and order of checks.
//!
//! Writes reuse the stored value's buffer where they can (SET over an existing string,
//! INCR, APPEND, SETRANGE), so the steady state of GET/SET/INCR on existing keys does
//! not allocate.

use smallvec::SmallVec;

use super::Lookup;
use super::flags::*;
use super::{Command, Ctx, NOT_FLOAT, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE, c_str_trunc};
use crate::keyspace::Db;
use crate::keyspace::segtable::PREFETCH_MAX;
use crate::notify;
use crate::resp::Reply;
use crate::types::{StrValue, Value};
use crate::util::longdouble::LongDouble;
use crate::util::number::parse_i64;

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("get", 2, READONLY | FAST, get).keys(1, 1, 1),
    Command::new("set", -3, WRITE | DENYOOM, set).keys(1, 1, 1),
    Command::new("setnx", 3, WRITE | DENYOOM | FAST, setnx).keys(1, 1, 1),
    Command::new("setex", 4, WRITE | DENYOOM, setex).keys(1, 1, 1),
    Command::new("psetex", 4, WRITE | DENYOOM, psetex).keys(1, 1, 1),
    Command::new("getset", 3, WRITE | DENYOOM | FAST, getset).keys(1, 1, 1),
    Command::new("getdel", 2, WRITE | FAST, getdel).keys(1, 1, 1),
    Command::new("getex", -2, WRITE | FAST, getex).keys(1, 1, 1),
    Command::new("mget", -2, READONLY | FAST, mget).keys(1, -1, 1),
    Command::new("mset", -3, WRITE | DENYOOM, mset).keys(1, -1, 2),
    Command::new("msetnx", -3, WRITE | DENYOOM, msetnx).keys(1, -1, 2),
    Command::new("append", 3, WRITE | DENYOOM | FAST, append).keys(1, 1, 1),
    Command::new("strlen", 2, READONLY | FAST, strlen).keys(1, 1, 1),
    Command::new("getrange", 4, READONLY, getrange).keys(1, 1, 1),
    Command::new("substr", 4, READONLY, getrange).keys(1, 1, 1),
    Command::new("setrange", 4, WRITE | DENYOOM, setrange).keys(1, 1, 1),
    Command::new("incr", 2, WRITE | DENYOOM | FAST, incr).keys(1, 1, 1),
    Command::new("decr", 2, WRITE | DENYOOM | FAST, decr).keys(1, 1, 1),
    Command::new("incrby", 3, WRITE | DENYOOM | FAST, incrby).keys(1, 1, 1),
    Command::new("decrby", 3, WRITE | DENYOOM | FAST, decrby).keys(1, 1, 1),
    Command::new("incrbyfloat", 3, WRITE | DENYOOM | FAST, incrbyfloat).keys(1, 1, 1),
    Command::new("lcs", -3, READONLY, lcs).keys(1, 2, 1),
];

/// The string inside `v`, or `None` for any other type (a WRONGTYPE case). Shared
/// by the families that work on strings (bitmaps, HyperLogLog).
#[allow(unreachable_patterns)]
pub(super) fn as_str(v: &Value) -> Option<&StrValue> {
    match v {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// The string inside `v` mutably, or `None` for any other type.
#[allow(unreachable_patterns)]
pub(super) fn as_str_mut(v: &mut Value) -> Option<&mut StrValue> {
    match v {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// The string at `key` (a read lookup: hit/miss counted, access clock touched).
pub(super) fn lookup<'a>(db: &'a mut Db, key: &[u8], now: i64) -> Lookup<&'a StrValue> {
    Lookup::of(db.get(key, now), as_str)
}

// ---------------------------------------------------------------------------------
// GET / SET and variants
// ---------------------------------------------------------------------------------

/// Redis's `getGenericCommand`: replies with the value (or null); `false` after a
/// WRONGTYPE error.
fn get_generic(db: &mut Db, out: &mut Reply, key: &[u8], now: i64) -> bool {
    match lookup(db, key, now) {
        Lookup::Missing => out.null(),
        Lookup::Found(s) => out.bulk(s.as_bytes()),
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return false;
        }
    }
    true
}

fn get(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    get_generic(db, out, argv[1], now);
}

/// SET/GETEX option bits (Redis's `OBJ_*` flags).
mod opt {
    pub const NX: u32 = 1 << 0;
    pub const XX: u32 = 1 << 1;
    pub const EX: u32 = 1 << 2;
    pub const PX: u32 = 1 << 3;
    pub const KEEPTTL: u32 = 1 << 4;
    pub const GET: u32 = 1 << 5;
    pub const EXAT: u32 = 1 << 6;
    pub const PXAT: u32 = 1 << 7;
    pub const PERSIST: u32 = 1 << 8;
    /// Any expiry option.
    pub const ANY_EXPIRE: u32 = EX | PX | EXAT | PXAT;
}

/// Options parsed from SET's or GETEX's arguments.
struct ExtArgs<'a> {
    flags: u32,
    expire: Option<&'a [u8]>,
}

/// Whether the option `arg` is `name` as C's `strcasecmp` sees it (up to a NUL byte).
fn opt_is(arg: &[u8], name: &str) -> bool {
    c_str_trunc(arg, usize::MAX).eq_ignore_ascii_case(name.as_bytes())
}

/// Redis's `parseExtendedStringArgumentsOrReply`: SET options from argv[3] (`for_set`)
/// or GETEX options from argv[2]. Conflicting or unknown options are a syntax error.
fn parse_ext_args<'a>(argv: &[&'a [u8]], for_set: bool) -> Option<ExtArgs<'a>> {
    use opt::*;
    let mut flags = 0u32;
    let mut expire = None;
    let mut j = if for_set { 3 } else { 2 };
    while j < argv.len() {
        let o = argv[j];
        let next = argv.get(j + 1).copied();
        let cur = flags;
        let has = |f: u32| cur & f != 0;
        if for_set && opt_is(o, "nx") && !has(XX) {
            flags |= NX;
        } else if for_set && opt_is(o, "xx") && !has(NX) {
            flags |= XX;
        } else if for_set && opt_is(o, "get") {
            flags |= GET;
        } else if for_set && opt_is(o, "keepttl") && !has(PERSIST | ANY_EXPIRE) {
            flags |= KEEPTTL;
        } else if !for_set && opt_is(o, "persist") && !has(ANY_EXPIRE | KEEPTTL) {
            flags |= PERSIST;
        } else if let Some((bit, conflicts)) = expire_option(o)
            && !has(conflicts)
            && next.is_some()
        {
            flags |= bit;
            expire = next;
            j += 1;
        } else {
            return None;
        }
        j += 1;
    }
    Some(ExtArgs { flags, expire })
}

/// For EX/PX/EXAT/PXAT: its bit and the bits it conflicts with (repeating the same
/// option is allowed; the last value wins).
fn expire_option(o: &[u8]) -> Option<(u32, u32)> {
    use opt::*;
    let base = KEEPTTL | PERSIST;
    if opt_is(o, "ex") {
        Some((EX, base | EXAT | PX | PXAT))
    } else if opt_is(o, "px") {
        Some((PX, base | EX | EXAT | PXAT))
    } else if opt_is(o, "exat") {
        Some((EXAT, base | EX | PX | PXAT))
    } else if opt_is(o, "pxat") {
        Some((PXAT, base | EX | EXAT | PX))
    } else {
        None
    }
}

/// Redis's `getExpireMillisecondsOrReply`: the absolute expiry in Unix ms for an
/// EX/PX/EXAT/PXAT argument, or the error text to reply with. `cmd` names the command
/// in "invalid expire time in '<cmd>' command".
fn expire_ms(arg: &[u8], flags: u32, now: i64, cmd: &str) -> Result<i64, String> {
    let Some(mut ms) = parse_i64(arg) else {
        return Err(NOT_INTEGER.to_string());
    };
    let seconds = flags & (opt::EX | opt::EXAT) != 0;
    let invalid = || format!("ERR invalid expire time in '{cmd}' command");
    if ms <= 0 || (seconds && ms > i64::MAX / 1000) {
        return Err(invalid());
    }
    if seconds {
        ms *= 1000;
    }
    if flags & (opt::EX | opt::PX) != 0 {
        ms = ms.checked_add(now).ok_or_else(invalid)?;
    }
    if ms <= 0 {
        return Err(invalid());
    }
    Ok(ms)
}

/// Stores `val` under `key` as SET does, reusing the old string's buffer; keeps the
/// TTL only when `keep_ttl`.
fn store(db: &mut Db, key: &[u8], val: &[u8], keep_ttl: bool, now: i64) {
    match db.get_mut(key, now) {
        Some(v) => {
            match as_str_mut(v) {
                Some(s) => s.assign(val),
                None => *v = Value::Str(StrValue::new(val)),
            }
            if !keep_ttl && db.expires_len() > 0 {
                db.persist(key);
            }
        }
        None => db.set(key, Value::Str(StrValue::new(val))),
    }
}

/// What a SET variant replies on success and when NX/XX stops it.
#[derive(Copy, Clone, PartialEq, Eq)]
enum SetReplies {
    /// `+OK` / null (SET, SETEX, PSETEX).
    OkNull,
    /// `:1` / `:0` (SETNX).
    OneZero,
}

/// Redis's `setGenericCommand`.
#[allow(clippy::too_many_arguments)]
fn set_generic(
    ctx: &mut Ctx<'_>,
    flags: u32,
    key: &[u8],
    val: &[u8],
    expire: Option<&[u8]>,
    cmd: &str,
    replies: SetReplies,
) {
    let now = ctx.now_ms();
    let when = match expire {
        Some(arg) => match expire_ms(arg, flags, now, cmd) {
            Ok(ms) => Some(ms),
            Err(msg) => {
                ctx.out.error(&msg);
                return;
            }
        },
        None => None,
    };
    let (db, out) = ctx.db_and_out();
    let with_get = flags & opt::GET != 0;
    if with_get && !get_generic(db, out, key, now) {
        return;
    }
    let conditional = flags & (opt::NX | opt::XX) != 0;
    let found = conditional && db.contains(key, now);
    if conditional && (flags & opt::NX != 0) == found {
        if !with_get {
            match replies {
                SetReplies::OkNull => out.null(),
                SetReplies::OneZero => out.int(0),
            }
        }
        return;
    }
    // With a new expiry coming, leave the old one to be overwritten in place.
    let keep_ttl = flags & opt::KEEPTTL != 0 || when.is_some();
    store(db, key, val, keep_ttl, now);
    if let Some(ms) = when {
        db.set_expire(key, ms);
    }
    if !with_get {
        match replies {
            SetReplies::OkNull => out.ok(),
            SetReplies::OneZero => out.int(1),
        }
    }
    ctx.node.dirty += 1;
    if let Some(ms) = when
        && ctx.propagating()
    {
        // Any expiry goes out as an absolute time in ms and nothing else, as Redis 7.0
        // sends it.
        let ms = itoa::Buffer::new().format(ms).as_bytes().to_vec();
        ctx.rewrite_effect(&[b"SET", key, val, b"PXAT", &ms]);
    }
    ctx.notify(notify::STRING, "set", key);
    if when.is_some() {
        ctx.notify(notify::GENERIC, "expire", key);
    }
}

fn set(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if let &[_, key, val] = argv {
        // No options: set_generic's work without its option checks (the common SET).
        let now = ctx.now_ms();
        let (db, out) = ctx.db_and_out();
        store(db, key, val, false, now);
        out.ok();
        ctx.node.dirty += 1;
        ctx.notify(notify::STRING, "set", key);
        return;
    }
    let Some(args) = parse_ext_args(argv, true) else {
        ctx.out.error(SYNTAX_ERR);
        return;
    };
    if args.flags & opt::GET != 0 && args.expire.is_none() && ctx.propagating() {
        // The GET options go out dropped: they change nothing.
        let kept: SmallVec<[&[u8]; 8]> = argv
            .iter()
            .enumerate()
            .filter(|&(i, a)| i < 3 || !opt_is(a, "get"))
            .map(|(_, a)| *a)
            .collect();
        ctx.rewrite_effect(&kept);
    }
    set_generic(
        ctx,
        args.flags,
        argv[1],
        argv[2],
        args.expire,
        "set",
        SetReplies::OkNull,
    );
}

fn setnx(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    set_generic(
        ctx,
        opt::NX,
        argv[1],
        argv[2],
        None,
        "setnx",
        SetReplies::OneZero,
    );
}

fn setex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    set_generic(
        ctx,
        opt::EX,
        argv[1],
        argv[3],
        Some(argv[2]),
        "setex",
        SetReplies::OkNull,
    );
}

fn psetex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    set_generic(
        ctx,
        opt::PX,
        argv[1],
        argv[3],
        Some(argv[2]),
        "psetex",
        SetReplies::OkNull,
    );
}

fn getset(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if !get_generic(db, out, argv[1], now) {
        return;
    }
    store(db, argv[1], argv[2], false, now);
    ctx.node.dirty += 1;
    ctx.rewrite_effect(&[b"SET", argv[1], argv[2]]);
    ctx.notify(notify::STRING, "set", argv[1]);
}

fn getdel(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, argv[1], now) {
        Lookup::Missing => out.null(),
        Lookup::WrongType => out.error(WRONGTYPE),
        Lookup::Found(s) => {
            out.bulk(s.as_bytes());
            db.remove(argv[1]);
            ctx.node.dirty += 1;
            ctx.rewrite_effect(&[b"DEL", argv[1]]);
            ctx.notify(notify::GENERIC, "del", argv[1]);
        }
    }
}

fn getex(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(args) = parse_ext_args(argv, false) else {
        ctx.out.error(SYNTAX_ERR);
        return;
    };
    let now = ctx.now_ms();
    let key = argv[1];
    // The expiry is validated only once the key is known to hold a string.
    let when = args
        .expire
        .map(|arg| expire_ms(arg, args.flags, now, "getex"))
        .transpose();
    let (db, out) = ctx.db_and_out();
    let when = match (lookup(db, key, now), when) {
        (Lookup::Missing, _) => {
            out.null();
            return;
        }
        (Lookup::WrongType, _) => {
            out.error(WRONGTYPE);
            return;
        }
        (Lookup::Found(_), Err(msg)) => {
            out.error(&msg);
            return;
        }
        (Lookup::Found(s), Ok(when)) => {
            out.bulk(s.as_bytes());
            when
        }
    };
    let absolute = args.flags & (opt::EXAT | opt::PXAT) != 0;
    let event = match when {
        Some(ms) if absolute && ms <= now && db.past_time_deletes() => {
            // An absolute time already past deletes the key.
            db.remove(key);
            ctx.rewrite_effect(&[b"DEL", key]);
            "del"
        }
        Some(ms) => {
            db.set_expire(key, ms);
            if ctx.propagating() {
                let ms = itoa::Buffer::new().format(ms).as_bytes().to_vec();
                ctx.rewrite_effect(&[b"PEXPIREAT", key, &ms]);
            }
            "expire"
        }
        None if args.flags & opt::PERSIST != 0 && db.persist(key) => {
            ctx.rewrite_effect(&[b"PERSIST", key]);
            "persist"
        }
        None => return,
    };
    ctx.node.dirty += 1;
    ctx.notify(notify::GENERIC, event, key);
}

// ---------------------------------------------------------------------------------
// Multi-key
// ---------------------------------------------------------------------------------

fn mget(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    out.array(argv.len() - 1);
    for keys in argv[1..].chunks(PREFETCH_MAX) {
        db.prefetch(keys.iter().copied());
        for key in keys {
            match lookup(db, key, now) {
                Lookup::Found(s) => out.bulk(s.as_bytes()),
                Lookup::Missing | Lookup::WrongType => out.null(),
            }
        }
    }
}

/// Redis's `msetGenericCommand`; with `nx`, nothing is set if any key exists.
fn mset_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], nx: bool) {
    if argv.len().is_multiple_of(2) {
        let name = if nx { "msetnx" } else { "mset" };
        ctx.out.error(&format!(
            "ERR wrong number of arguments for '{name}' command"
        ));
        return;
    }
    let now = ctx.now_ms();
    let db = ctx.db_and_out().0;
    if nx && argv[1..].iter().step_by(2).any(|k| db.contains(k, now)) {
        ctx.out.int(0);
        return;
    }
    for pairs in argv[1..].chunks(2 * PREFETCH_MAX) {
        ctx.db_and_out()
            .0
            .prefetch(pairs.iter().step_by(2).copied());
        for pair in pairs.chunks_exact(2) {
            store(ctx.db_and_out().0, pair[0], pair[1], false, now);
            // Per key, after its (logged) `new` event, as Redis interleaves them.
            ctx.notify(notify::STRING, "set", pair[0]);
        }
    }
    if nx {
        ctx.out.int(1);
    } else {
        ctx.out.ok();
    }
    ctx.node.dirty += ((argv.len() - 1) / 2) as u64;
}

fn mset(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    mset_generic(ctx, argv, false);
}

fn msetnx(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    mset_generic(ctx, argv, true);
}

// ---------------------------------------------------------------------------------
// APPEND, STRLEN, GETRANGE, SETRANGE
// ---------------------------------------------------------------------------------

/// Redis's `checkStringLength`: whether a string of `size + append` bytes is within
/// `proto-max-bulk-len`; replies with the error when it is not.
fn check_string_length(out: &mut Reply, size: i64, append: i64, limit: i64) -> bool {
    match size.checked_add(append) {
        Some(total) if total <= limit => true,
        _ => {
            out.error("ERR string exceeds maximum allowed size (proto-max-bulk-len)");
            false
        }
    }
}

fn append(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let limit = ctx.node.config.proto_max_bulk_len;
    let (key, tail) = (argv[1], argv[2]);
    let (db, out) = ctx.db_and_out();
    let total = match db.get_mut(key, now) {
        None => {
            db.set(key, Value::Str(StrValue::new(tail)));
            tail.len()
        }
        Some(v) => {
            let Some(s) = as_str_mut(v) else {
                out.error(WRONGTYPE);
                return;
            };
            if !check_string_length(out, s.len() as i64, tail.len() as i64, limit) {
                return;
            }
            s.append(tail);
            s.len()
        }
    };
    out.int(total as i64);
    ctx.node.dirty += 1;
    ctx.notify(notify::STRING, "append", key);
}

fn strlen(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, argv[1], now) {
        Lookup::Missing => out.int(0),
        Lookup::Found(s) => out.int(s.len() as i64),
        Lookup::WrongType => out.error(WRONGTYPE),
    }
}

/// GETRANGE (and its old name SUBSTR): inclusive `start..=end`, negative indexes
/// counted from the end, clamped to the string.
fn getrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (Some(mut start), Some(mut end)) = (parse_i64(argv[2]), parse_i64(argv[3])) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let s = match lookup(db, argv[1], now) {
        Lookup::Missing => {
            out.bulk(b"");
            return;
        }
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return;
        }
        Lookup::Found(s) => s.as_bytes(),
    };
    if start < 0 && end < 0 && start > end {
        out.bulk(b"");
        return;
    }
    let len = s.len() as i64;
    if start < 0 {
        start += len;
    }
    if end < 0 {
        end += len;
    }
    start = start.max(0);
    end = end.max(0);
    if end >= len {
        end = len - 1;
    }
    if start > end || len == 0 {
        out.bulk(b"");
    } else {
        out.bulk(s.get(start as usize..=end as usize).unwrap_or_default());
    }
}

fn setrange(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(offset) = parse_i64(argv[2]) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    if offset < 0 {
        ctx.out.error("ERR offset is out of range");
        return;
    }
    let (key, data) = (argv[1], argv[3]);
    let now = ctx.now_ms();
    let limit = ctx.node.config.proto_max_bulk_len;
    let (db, out) = ctx.db_and_out();
    let new_len = match db.get_mut(key, now) {
        None => {
            if data.is_empty() {
                // Setting nothing on a missing key creates nothing.
                out.int(0);
                return;
            }
            if !check_string_length(out, offset, data.len() as i64, limit) {
                return;
            }
            // Within proto-max-bulk-len, so the offset fits in usize.
            let mut s = StrValue::new_raw(b"");
            s.set_range(offset as usize, data);
            let len = s.len();
            db.set(key, Value::Str(s));
            len
        }
        Some(v) => {
            let Some(s) = as_str_mut(v) else {
                out.error(WRONGTYPE);
                return;
            };
            if data.is_empty() {
                out.int(s.len() as i64);
                return;
            }
            if !check_string_length(out, offset, data.len() as i64, limit) {
                return;
            }
            s.set_range(offset as usize, data);
            s.len()
        }
    };
    out.int(new_len as i64);
    ctx.node.dirty += 1;
    ctx.notify(notify::STRING, "setrange", key);
}

// ---------------------------------------------------------------------------------
// Counters
// ---------------------------------------------------------------------------------

/// Redis's `incrDecrCommand`: adds `incr` to the integer stored at `key` (0 if
/// missing), keeping its TTL. An existing value is rewritten in place.
fn incr_decr(ctx: &mut Ctx<'_>, key: &[u8], incr: i64) {
    const OVERFLOW: &str = "ERR increment or decrement would overflow";
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let value = match db.get_mut(key, now) {
        None => {
            // 0 + incr cannot overflow.
            db.set(key, Value::Str(StrValue::from_i64(incr)));
            incr
        }
        Some(v) => {
            let Some(s) = as_str_mut(v) else {
                out.error(WRONGTYPE);
                return;
            };
            let Some(old) = s.as_i64() else {
                out.error(NOT_INTEGER);
                return;
            };
            let Some(value) = old.checked_add(incr) else {
                out.error(OVERFLOW);
                return;
            };
            s.set_i64(value);
            value
        }
    };
    out.int(value);
    ctx.node.dirty += 1;
    ctx.notify(notify::STRING, "incrby", key);
}

fn incr(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    incr_decr(ctx, argv[1], 1);
}

fn decr(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    incr_decr(ctx, argv[1], -1);
}

fn incrby(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match parse_i64(argv[2]) {
        Some(incr) => incr_decr(ctx, argv[1], incr),
        None => ctx.out.error(NOT_INTEGER),
    }
}

fn decrby(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match parse_i64(argv[2]) {
        // Negating i64::MIN would overflow.
        Some(i64::MIN) => ctx.out.error("ERR decrement would overflow"),
        Some(decr) => incr_decr(ctx, argv[1], -decr),
        None => ctx.out.error(NOT_INTEGER),
    }
}

/// INCRBYFLOAT: long-double addition, stored and replied as `%.17Lf` with trailing
/// zeros trimmed (see [`crate::util::longdouble`]). Keeps the TTL.
fn incrbyfloat(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let key = argv[1];
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let slot = match db.get_mut(key, now) {
        None => None,
        Some(v) => match as_str_mut(v) {
            Some(s) => Some(s),
            None => {
                out.error(WRONGTYPE);
                return;
            }
        },
    };
    let value = match &slot {
        None => Some(LongDouble::zero()),
        Some(s) => LongDouble::parse(s.as_bytes()),
    };
    let (Some(value), Some(incr)) = (value, LongDouble::parse(argv[2])) else {
        out.error(NOT_FLOAT);
        return;
    };
    let sum = value + incr;
    if !sum.is_finite() {
        out.error("ERR increment would produce NaN or Infinity");
        return;
    }
    let mut text: SmallVec<[u8; 64]> = SmallVec::new();
    sum.write_human(&mut text);
    match slot {
        Some(s) => s.assign_created(&text),
        None => {
            let mut s = StrValue::new_raw(b"");
            s.assign_created(&text);
            db.set(key, Value::Str(s));
        }
    }
    out.bulk(&text);
    ctx.node.dirty += 1;
    // The result goes out, not the increment: replaying must not depend on float
    // rounding.
    ctx.rewrite_effect(&[b"SET", key, &text, b"KEEPTTL"]);
    ctx.notify(notify::STRING, "incrbyfloat", key);
}

// ---------------------------------------------------------------------------------
// LCS
// ---------------------------------------------------------------------------------

/// LCS key1 key2 [LEN] [IDX] [MINMATCHLEN n] [WITHMATCHLEN]: the longest common
/// subsequence by the classic dynamic-programming table, with Redis's backtracking
/// order for the IDX ranges (last match first).
fn lcs(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let db = &mut ctx.node.dbs[ctx.client.db];
    let a: Vec<u8> = match lookup(db, argv[1], now) {
        Lookup::Found(s) => s.as_bytes().to_vec(),
        Lookup::Missing => Vec::new(),
        Lookup::WrongType => {
            ctx.out
                .error("ERR The specified keys must contain string values");
            return;
        }
    };
    let b: Vec<u8> = match lookup(db, argv[2], now) {
        Lookup::Found(s) => s.as_bytes().to_vec(),
        Lookup::Missing => Vec::new(),
        Lookup::WrongType => {
            ctx.out
                .error("ERR The specified keys must contain string values");
            return;
        }
    };
    let (mut getlen, mut getidx, mut withmatchlen) = (false, false, false);
    let mut minmatchlen: i64 = 0;
    let mut j = 3;
    while j < argv.len() {
        let o = argv[j];
        let more = j + 1 < argv.len();
        if opt_is(o, "idx") {
            getidx = true;
        } else if opt_is(o, "len") {
            getlen = true;
        } else if opt_is(o, "withmatchlen") {
            withmatchlen = true;
        } else if opt_is(o, "minmatchlen") && more {
            let Some(n) = parse_i64(argv[j + 1]) else {
                ctx.out.error(NOT_INTEGER);
                return;
            };
            minmatchlen = n.max(0);
            j += 1;
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
        j += 1;
    }
    if getidx && getlen {
        ctx.out
            .error("ERR If you want both the length and indexes, please just use IDX.");
        return;
    }
    if a.len() as u64 >= u64::from(u32::MAX - 1) || b.len() as u64 >= u64::from(u32::MAX - 1) {
        ctx.out.error("ERR String too long for LCS");
        return;
    }
    let (alen, blen) = (a.len(), b.len());
    // Redis allocates the whole (alen+1)*(blen+1) table of u32 and refuses beyond
    // proto-max-bulk-len; keep the same limit (and the same error) even where a
    // smaller table would do.
    let table_bytes = (alen as u128 + 1) * (blen as u128 + 1) * 4;
    if table_bytes > ctx.node.config.proto_max_bulk_len.max(0) as u128 {
        ctx.out
            .error("ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
        return;
    }
    let out = &mut *ctx.out;
    if getlen {
        out.int(i64::from(lcs_len(&a, &b)));
        return;
    }
    let width = blen + 1;
    let mut table = vec![0u32; (alen + 1) * width];
    for i in 1..=alen {
        for j in 1..=blen {
            table[i * width + j] = if a[i - 1] == b[j - 1] {
                table[(i - 1) * width + j - 1] + 1
            } else {
                table[(i - 1) * width + j].max(table[i * width + j - 1])
            };
        }
    }
    let total = table[alen * width + blen];
    let mut result = vec![0u8; total as usize];
    let mut idx = total as usize;
    // Ranges found while walking back: (a_start, a_end, b_start, b_end).
    let mut ranges: Vec<(usize, usize, usize, usize)> = Vec::new();
    let unset = alen;
    let (mut a_start, mut a_end, mut b_start, mut b_end) = (unset, 0, 0, 0);
    let (mut i, mut j) = (alen, blen);
    while i > 0 && j > 0 {
        let mut emit = false;
        if a[i - 1] == b[j - 1] {
            if let Some(slot) = result.get_mut(idx.wrapping_sub(1)) {
                *slot = a[i - 1];
            }
            if a_start == unset {
                (a_start, a_end, b_start, b_end) = (i - 1, i - 1, j - 1, j - 1);
            } else if a_start == i && b_start == j {
                a_start -= 1;
                b_start -= 1;
            } else {
                emit = true;
            }
            if a_start == 0 || b_start == 0 {
                emit = true;
            }
            idx = idx.saturating_sub(1);
            i -= 1;
            j -= 1;
        } else {
            if table[(i - 1) * width + j] > table[i * width + j - 1] {
                i -= 1;
            } else {
                j -= 1;
            }
            if a_start != unset {
                emit = true;
            }
        }
        if emit {
            let match_len = (a_end + 1).wrapping_sub(a_start);
            if minmatchlen == 0 || match_len as i64 >= minmatchlen {
                ranges.push((a_start, a_end, b_start, b_end));
            }
            a_start = unset;
        }
    }
    if !getidx {
        out.bulk(&result);
        return;
    }
    out.map(2);
    out.bulk(b"matches");
    out.array(ranges.len());
    for &(a0, a1, b0, b1) in &ranges {
        out.array(if withmatchlen { 3 } else { 2 });
        out.array(2);
        out.int(a0 as i64);
        out.int(a1 as i64);
        out.array(2);
        out.int(b0 as i64);
        out.int(b1 as i64);
        if withmatchlen {
            out.int((a1 + 1 - a0) as i64);
        }
    }
    out.bulk(b"len");
    out.int(i64::from(total));
}

/// The LCS length alone, with two rows of the table.
fn lcs_len(a: &[u8], b: &[u8]) -> u32 {
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for &ca in a {
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = if ca == cb {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    //! Every expected reply here was observed on Redis 7.0.15 (RESP2, raw bytes).

    use crate::{Config, ConnId, Instant, Now, Server};

    /// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
    const T0_MS: i64 = 1_700_000_000_000;

    /// A server with one connection, driven through the real parser and dispatch.
    struct Harness {
        server: Server,
        conn: ConnId,
        now: Now,
    }

    impl Harness {
        fn new() -> Self {
            Self::with_config(Config::default())
        }

        fn with_config(config: Config) -> Self {
            let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
            let mut server = Server::new(config, now);
            let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
            Harness { server, conn, now }
        }

        /// Sends one command and returns its raw reply.
        fn run_bytes(&mut self, args: &[&[u8]]) -> String {
            let req = crate::resp::encode_request(args);
            self.server.handle_read(self.now, self.conn, &req);
            while self.server.poll_output().is_some() {}
            let out = self.server.pending_output(self.conn).to_vec();
            self.server.consume_output(self.conn, out.len());
            String::from_utf8_lossy(&out).into_owned()
        }

        /// Sends a command given as space-separated words.
        fn run(&mut self, line: &str) -> String {
            let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            self.run_bytes(&args)
        }

        /// Runs `(command, expected reply)` pairs in order.
        fn check(&mut self, script: &[(&str, &str)]) {
            for (cmd, want) in script {
                assert_eq!(self.run(cmd), *want, "reply to {cmd:?}");
            }
        }

        fn advance(&mut self, ms: u64) {
            self.now = self.now.advance_millis(ms);
        }
    }

    const WRONG_ARGS_MSET: &str = "-ERR wrong number of arguments for 'mset' command\r\n";
    const NOT_INT: &str = "-ERR value is not an integer or out of range\r\n";
    const NOT_FLOAT: &str = "-ERR value is not a valid float\r\n";
    const SYNTAX: &str = "-ERR syntax error\r\n";
    const BAD_SET_EXPIRE: &str = "-ERR invalid expire time in 'set' command\r\n";
    const NULL: &str = "$-1\r\n";
    const OK: &str = "+OK\r\n";

    #[test]
    fn set_options() {
        let mut h = Harness::new();
        h.check(&[
            ("SET k v NX GET", NULL),
            ("SET k v2 NX GET", "$1\r\nv\r\n"),
            ("GET k", "$1\r\nv\r\n"),
            ("SET k v3 XX GET", "$1\r\nv\r\n"),
            ("GET k", "$2\r\nv3\r\n"),
            ("SET k v ex 10 ex 20", OK),
            ("SET k v EX 10 PX 100", SYNTAX),
            ("SET k v KEEPTTL EX 10", SYNTAX),
            ("SET k v PX 10 KEEPTTL", SYNTAX),
            ("SET k v EXAT 10 PXAT 10", SYNTAX),
            ("SET k v EX", SYNTAX),
            ("SET k v NX XX", SYNTAX),
            ("SET k v XX NX", SYNTAX),
            ("SET k v PERSIST", SYNTAX),
            ("SET k v foo", SYNTAX),
            ("SET k v foo EX 0", SYNTAX),
            ("SET k v EX 0 foo", SYNTAX),
            ("SET k v GET GET", "$1\r\nv\r\n"),
            ("SET k v Get", "$1\r\nv\r\n"),
            ("SET k v KeepTtl", OK),
            ("SET k v nx", NULL),
            ("SET new v xx", NULL),
            ("GET new", NULL),
        ]);
        // Options are compared as C strings: "nx\0zz" is NX.
        assert_eq!(h.run_bytes(&[b"SET", b"k", b"v", b"nx\0zz"]), NULL);
    }

    #[test]
    fn set_expire_errors() {
        let mut h = Harness::new();
        h.check(&[
            ("SET k v EX 0", BAD_SET_EXPIRE),
            ("SET k v EX -1", BAD_SET_EXPIRE),
            ("SET k v EX abc", NOT_INT),
            ("SET k v EX 9223372036854775", BAD_SET_EXPIRE),
            ("SET k v EX 9223372036854776", BAD_SET_EXPIRE),
            ("SET k v PX 9223372036854775807", BAD_SET_EXPIRE),
            ("SET k v PX 9223372036854775000", BAD_SET_EXPIRE),
            ("SET k v EXAT 9223372036854775", OK),
            ("SET k v EXAT 9223372036854776", BAD_SET_EXPIRE),
            ("SET k v PXAT 9223372036854775807", OK),
            ("SET k v PXAT 0", BAD_SET_EXPIRE),
            (
                "SETEX k 0 v",
                "-ERR invalid expire time in 'setex' command\r\n",
            ),
            (
                "SETEX k -5 v",
                "-ERR invalid expire time in 'setex' command\r\n",
            ),
            ("SETEX k abc v", NOT_INT),
            (
                "PSETEX k 0 v",
                "-ERR invalid expire time in 'psetex' command\r\n",
            ),
            (
                "PSETEX k 9223372036854775807 v",
                "-ERR invalid expire time in 'psetex' command\r\n",
            ),
            (
                "SETEX k 9223372036854775807 v",
                "-ERR invalid expire time in 'setex' command\r\n",
            ),
            // The expiry is checked before GET's type check and before NX.
            ("SET k v NX EX 0", BAD_SET_EXPIRE),
        ]);
    }

    #[test]
    fn expiry_and_ttl_keeping() {
        let mut h = Harness::new();
        h.check(&[("SET k v PX 100", OK)]);
        h.advance(100);
        // Redis expires a key once `now > when`: still there at the deadline itself.
        h.check(&[("GET k", "$1\r\nv\r\n")]);
        h.advance(1);
        h.check(&[("GET k", NULL)]);

        // An absolute time in the past: the key is set, then gone.
        h.check(&[("SET k v EXAT 1", OK), ("GET k", NULL)]);
        h.check(&[("SET k v PXAT 1700000000000", OK), ("GET k", NULL)]);

        // SET without KEEPTTL clears the TTL; with KEEPTTL it stays.
        h.check(&[("SET a v EX 1", OK), ("SET a v2", OK)]);
        h.check(&[("SET b v EX 1", OK), ("SET b v2 KEEPTTL", OK)]);
        // INCR, APPEND, SETRANGE, INCRBYFLOAT keep the TTL; GETSET, MSET and SET GET
        // clear it; a SETNX that does nothing leaves it.
        h.check(&[
            ("SET c 1 PX 1000", OK),
            ("INCR c", ":2\r\n"),
            ("APPEND c 1", ":2\r\n"),
            ("SETRANGE c 0 9", ":2\r\n"),
            ("INCRBYFLOAT c 1.5", "$4\r\n92.5\r\n"),
            ("SET d 1 PX 1000", OK),
            ("GETSET d 5", "$1\r\n1\r\n"),
            ("SET e 1 PX 1000", OK),
            ("MSET e 1", OK),
            ("SET f 1 PX 1000", OK),
            ("SET f 2 GET", "$1\r\n1\r\n"),
            ("SET g 1 PX 1000", OK),
            ("SETNX g 3", ":0\r\n"),
            ("SETEX s 1 v", OK),
            ("PSETEX p 1000 v", OK),
        ]);
        h.advance(1001);
        h.check(&[
            ("GET a", "$2\r\nv2\r\n"),
            ("GET b", NULL),
            ("GET c", NULL),
            ("GET d", "$1\r\n5\r\n"),
            ("GET e", "$1\r\n1\r\n"),
            ("GET f", "$1\r\n2\r\n"),
            ("GET g", NULL),
            ("GET s", NULL),
            ("GET p", NULL),
        ]);
    }

    #[test]
    fn getex() {
        let mut h = Harness::new();
        h.check(&[
            ("GETEX nokey EX 0", NULL),
            ("GETEX nokey foo", SYNTAX),
            ("SET k v", OK),
            (
                "GETEX k EX 0",
                "-ERR invalid expire time in 'getex' command\r\n",
            ),
            (
                "GETEX k PX 0",
                "-ERR invalid expire time in 'getex' command\r\n",
            ),
            (
                "GETEX k EXAT 0",
                "-ERR invalid expire time in 'getex' command\r\n",
            ),
            ("GETEX k EX abc", NOT_INT),
            ("GETEX k PERSIST EX 1", SYNTAX),
            ("GETEX k EX 1 PERSIST", SYNTAX),
            ("GETEX k NX", SYNTAX),
            ("GETEX k KEEPTTL", SYNTAX),
            ("GETEX k", "$1\r\nv\r\n"),
            ("GETEX k PX 100", "$1\r\nv\r\n"),
            ("GETEX k PERSIST", "$1\r\nv\r\n"),
        ]);
        h.advance(200);
        h.check(&[
            ("GETEX k PX 100", "$1\r\nv\r\n"),
            ("GETEX k PERSIST PERSIST", "$1\r\nv\r\n"),
        ]);
        h.advance(200);
        h.check(&[
            ("GETEX k PX 100", "$1\r\nv\r\n"),
            ("GETEX k", "$1\r\nv\r\n"),
        ]);
        h.advance(101);
        h.check(&[("GET k", NULL)]);
        // An absolute time in the past deletes the key after replying.
        h.check(&[
            ("SET k v", OK),
            ("GETEX k PXAT 1", "$1\r\nv\r\n"),
            ("EXISTS k", ":0\r\n"),
        ]);
    }

    #[test]
    fn get_set_family() {
        let mut h = Harness::new();
        h.check(&[
            ("SETNX a 1", ":1\r\n"),
            ("SETNX a 2", ":0\r\n"),
            ("GET a", "$1\r\n1\r\n"),
            ("GETSET a 3", "$1\r\n1\r\n"),
            ("GETSET nn 1", NULL),
            ("GETSET nn 2", "$1\r\n1\r\n"),
            ("GETDEL nn", "$1\r\n2\r\n"),
            ("GETDEL nn", NULL),
            ("MSET a", WRONG_ARGS_MSET),
            ("MSET a 1 b", WRONG_ARGS_MSET),
            (
                "MSETNX a 1 b",
                "-ERR wrong number of arguments for 'msetnx' command\r\n",
            ),
            ("MSET a 1 b 2", OK),
            ("MSETNX a 1 c 3", ":0\r\n"),
            ("GET c", NULL),
            ("MSETNX c 3 d 4", ":1\r\n"),
            ("MSETNX e 1 e 2", ":1\r\n"),
            ("GET e", "$1\r\n2\r\n"),
            (
                "MGET a b nokey c e",
                "*5\r\n$1\r\n1\r\n$1\r\n2\r\n$-1\r\n$1\r\n3\r\n$1\r\n2\r\n",
            ),
            (
                "GET",
                "-ERR wrong number of arguments for 'get' command\r\n",
            ),
            (
                "SET k",
                "-ERR wrong number of arguments for 'set' command\r\n",
            ),
            (
                "MGET",
                "-ERR wrong number of arguments for 'mget' command\r\n",
            ),
        ]);
        // Binary-safe values, and an overwrite that grows past the inline size.
        assert_eq!(h.run_bytes(&[b"SET", b"bin", b"a\0\r\n\xff"]), OK);
        assert_eq!(h.run("GET bin"), "$5\r\na\0\r\n\u{fffd}\r\n");
        let long = "x".repeat(100);
        h.check(&[
            (&format!("SET bin {long}"), OK),
            ("STRLEN bin", ":100\r\n"),
            ("SET bin y", OK),
            ("GET bin", "$1\r\ny\r\n"),
        ]);
    }

    #[test]
    fn append_strlen_getrange() {
        let mut h = Harness::new();
        h.check(&[
            ("APPEND s hello", ":5\r\n"),
            ("APPEND s _world", ":11\r\n"),
            ("APPEND s ", ":11\r\n"),
            ("APPEND new ", ":0\r\n"),
            ("EXISTS new", ":1\r\n"),
            ("STRLEN s", ":11\r\n"),
            ("STRLEN nokey", ":0\r\n"),
            ("GETRANGE s 0 -1", "$11\r\nhello_world\r\n"),
            ("GETRANGE s -3 -1", "$3\r\nrld\r\n"),
            ("GETRANGE s 5 2", "$0\r\n\r\n"),
            ("GETRANGE s 0 100", "$11\r\nhello_world\r\n"),
            ("GETRANGE s -100 -100", "$1\r\nh\r\n"),
            ("GETRANGE s -100 0", "$1\r\nh\r\n"),
            ("GETRANGE s -1 -5", "$0\r\n\r\n"),
            ("GETRANGE s 5 -100", "$0\r\n\r\n"),
            (
                "GETRANGE s -9223372036854775808 -1",
                "$11\r\nhello_world\r\n",
            ),
            (
                "GETRANGE s 9223372036854775807 9223372036854775807",
                "$0\r\n\r\n",
            ),
            ("GETRANGE s 10 10", "$1\r\nd\r\n"),
            ("GETRANGE s 11 11", "$0\r\n\r\n"),
            ("GETRANGE nokey 0 1", "$0\r\n\r\n"),
            ("GETRANGE s a 1", NOT_INT),
            ("GETRANGE nokey 1 a", NOT_INT),
            ("GETRANGE s 9999999999999999999 1", NOT_INT),
            ("SUBSTR s 0 2", "$3\r\nhel\r\n"),
            ("SUBSTR s -2 -1", "$2\r\nld\r\n"),
            ("SET empty ", OK),
            ("GETRANGE empty 0 -1", "$0\r\n\r\n"),
            ("GETRANGE empty -1 0", "$0\r\n\r\n"),
        ]);
    }

    #[test]
    fn setrange_and_size_limit() {
        let mut h = Harness::new();
        h.check(&[
            ("SET s hello_world", OK),
            ("SETRANGE s -1 x", "-ERR offset is out of range\r\n"),
            ("SETRANGE s abc x", NOT_INT),
            ("SETRANGE s 0 ", ":11\r\n"),
            ("SETRANGE nokey 0 ", ":0\r\n"),
            ("SETRANGE nokey 5 ", ":0\r\n"),
            ("EXISTS nokey", ":0\r\n"),
            ("SETRANGE s 536870911 ", ":11\r\n"),
            (
                "SETRANGE s 536870912 x",
                "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n",
            ),
            (
                "SETRANGE s 9223372036854775807 x",
                "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n",
            ),
            ("SETRANGE s 9223372036854775807 ", ":11\r\n"),
            ("SETRANGE n2 3 abc", ":6\r\n"),
            ("GET n2", "$6\r\n\0\0\0abc\r\n"),
            ("SETRANGE n2 1 XYZWV", ":6\r\n"),
            ("GET n2", "$6\r\n\0XYZWV\r\n"),
            ("SETRANGE n2 0 q", ":6\r\n"),
            ("GET n2", "$6\r\nqXYZWV\r\n"),
        ]);
        // proto-max-bulk-len 1mb: the limit is the configured one.
        let mut h = Harness::with_config(Config {
            proto_max_bulk_len: 1024 * 1024,
            ..Config::default()
        });
        let a600 = "a".repeat(600);
        h.check(&[
            (&format!("SET la {a600}"), OK),
            (
                "SETRANGE la 1048576 x",
                "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n",
            ),
            ("SETRANGE la 1048575 x", ":1048576\r\n"),
            (
                &format!("APPEND la {a600}"),
                "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n",
            ),
            ("STRLEN la", ":1048576\r\n"),
        ]);
    }

    #[test]
    fn counters() {
        let mut h = Harness::new();
        let overflow = "-ERR increment or decrement would overflow\r\n";
        h.check(&[
            ("INCR n", ":1\r\n"),
            ("INCRBY n 10", ":11\r\n"),
            ("DECR n", ":10\r\n"),
            ("DECRBY n 5", ":5\r\n"),
            ("GET n", "$1\r\n5\r\n"),
            ("INCRBY n abc", NOT_INT),
            ("INCRBY n 1.5", NOT_INT),
            ("INCRBY n ", NOT_INT),
            ("INCRBY n -0", NOT_INT),
            ("INCRBY n +1", NOT_INT),
            ("SET m 9223372036854775807", OK),
            ("INCR m", overflow),
            ("INCRBY m 0", ":9223372036854775807\r\n"),
            ("INCRBY m -1", ":9223372036854775806\r\n"),
            ("SET m -9223372036854775808", OK),
            ("DECR m", overflow),
            ("DECRBY m 1", overflow),
            (
                "DECRBY x -9223372036854775808",
                "-ERR decrement would overflow\r\n",
            ),
            ("INCRBY x -9223372036854775808", ":-9223372036854775808\r\n"),
            ("DECRBY x 9223372036854775807", overflow),
            ("DECRBY x -1", ":-9223372036854775807\r\n"),
            ("SET z 007", OK),
            ("INCR z", NOT_INT),
            ("SET z 12345678901234567890", OK),
            ("INCR z", NOT_INT),
            ("SET q abc", OK),
            ("INCR q", NOT_INT),
        ]);
        assert_eq!(h.run_bytes(&[b"SET", b"sp", b" 1"]), OK);
        assert_eq!(h.run("INCR sp"), NOT_INT);
        assert_eq!(h.run_bytes(&[b"SET", b"z", b"1\x002"]), OK);
        assert_eq!(h.run("INCR z"), NOT_INT);
    }

    #[test]
    fn incrbyfloat() {
        let mut h = Harness::new();
        let nan_inf = "-ERR increment would produce NaN or Infinity\r\n";
        h.check(&[
            ("INCRBYFLOAT nokey abc", NOT_FLOAT),
            ("EXISTS nokey", ":0\r\n"),
            ("SET f 10.5", OK),
            ("INCRBYFLOAT f 0.1", "$4\r\n10.6\r\n"),
            ("GET f", "$4\r\n10.6\r\n"),
            ("SET f 5.0e3", OK),
            ("INCRBYFLOAT f 2.0e2", "$4\r\n5200\r\n"),
            ("INCRBYFLOAT g 3.0e3", "$4\r\n3000\r\n"),
            ("INCRBYFLOAT g 1.23e-5", "$22\r\n3000.00001230000000008\r\n"),
            ("INCRBYFLOAT h2 inf", nan_inf),
            ("INCRBYFLOAT h3 nan", NOT_FLOAT),
            ("INCRBYFLOAT h4 1e5000", NOT_FLOAT),
            ("INCRBYFLOAT h5 1e-5000", NOT_FLOAT),
            ("INCRBYFLOAT h6 1e-4940", "$1\r\n0\r\n"),
            ("INCRBYFLOAT h7 0x10", "$2\r\n16\r\n"),
            ("INCRBYFLOAT h8 0x1p-3", "$5\r\n0.125\r\n"),
            ("INCRBYFLOAT h11 +1.5", "$3\r\n1.5\r\n"),
            ("INCRBYFLOAT h12 -0", "$1\r\n0\r\n"),
            ("INCRBYFLOAT h13 .5", "$3\r\n0.5\r\n"),
            ("INCRBYFLOAT h14 5.", "$1\r\n5\r\n"),
            ("INCRBYFLOAT h15 1e", NOT_FLOAT),
            ("INCRBYFLOAT h16 0x", NOT_FLOAT),
            (
                "INCRBYFLOAT h17 0.000003814697265625",
                "$19\r\n0.00000381469726562\r\n",
            ),
            ("INCRBYFLOAT h18 -1e-20", "$1\r\n0\r\n"),
            ("INCRBYFLOAT h22 infinity", nan_inf),
            ("INCRBYFLOAT h23 -inf", nan_inf),
            ("INCRBYFLOAT h28 ", NOT_FLOAT),
            ("SET i inf", OK),
            ("INCRBYFLOAT i 1", nan_inf),
            ("SET i 1", OK),
            ("INCRBYFLOAT i 1.1", "$3\r\n2.1\r\n"),
            ("INCRBYFLOAT i 2", "$3\r\n4.1\r\n"),
            ("INCRBYFLOAT i -4.1", "$1\r\n0\r\n"),
            ("SET big 9223372036854775807", OK),
            ("INCRBYFLOAT big 1", "$19\r\n9223372036854775808\r\n"),
            ("INCRBYFLOAT big 0.1", "$19\r\n9223372036854775808\r\n"),
            ("SET q abc", OK),
            ("INCRBYFLOAT q 1", NOT_FLOAT),
        ]);
        for bad in [&b" 1"[..], b"1 ", b"1.5\x00abc", b"\x00abc"] {
            assert_eq!(h.run_bytes(&[b"INCRBYFLOAT", b"x", bad]), NOT_FLOAT);
        }
        // 1e308 + 1e308 is finite in long double: Redis prints all 309 digits.
        h.check(&[("SET h 1e308", OK)]);
        let reply = h.run("INCRBYFLOAT h 1e308");
        assert!(reply.starts_with("$309\r\n1999999999999999999933717593116912913211"));
        assert!(reply.ends_with("456510092687857156096\r\n"));
    }

    #[test]
    fn lcs() {
        let mut h = Harness::new();
        h.check(&[
            ("MSET key1 ohmytext key2 mynewtext", OK),
            ("LCS key1 key2", "$6\r\nmytext\r\n"),
            ("LCS key1 key2 LEN", ":6\r\n"),
            (
                "LCS key1 key2 IDX",
                "*4\r\n$7\r\nmatches\r\n*2\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n\
                 *2\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n$3\r\nlen\r\n:6\r\n",
            ),
            (
                "LCS key1 key2 IDX MINMATCHLEN 4 WITHMATCHLEN",
                "*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n\
                 $3\r\nlen\r\n:6\r\n",
            ),
            (
                "LCS key1 key2 idx withmatchlen",
                "*4\r\n$7\r\nmatches\r\n*2\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n\
                 *3\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n:2\r\n$3\r\nlen\r\n:6\r\n",
            ),
            (
                "LCS key1 key2 LEN IDX",
                "-ERR If you want both the length and indexes, please just use IDX.\r\n",
            ),
            ("LCS key1 key2 MINMATCHLEN", SYNTAX),
            ("LCS key1 key2 MINMATCHLEN abc", NOT_INT),
            ("LCS key1 key2 foo", SYNTAX),
            ("LCS key1 nokey", "$0\r\n\r\n"),
            (
                "LCS nokey nokey2 IDX",
                "*4\r\n$7\r\nmatches\r\n*0\r\n$3\r\nlen\r\n:0\r\n",
            ),
            ("LCS key1 key2 LEN WITHMATCHLEN", ":6\r\n"),
            ("MSET x1 abcabcabcXYZ x2 zzabcqqabcXYZabc", OK),
            ("LCS x1 x2", "$9\r\nabcabcXYZ\r\n"),
            (
                "LCS x1 x2 IDX WITHMATCHLEN",
                "*4\r\n$7\r\nmatches\r\n*2\r\n*3\r\n*2\r\n:6\r\n:11\r\n*2\r\n:7\r\n:12\r\n:6\r\n\
                 *3\r\n*2\r\n:3\r\n:5\r\n*2\r\n:2\r\n:4\r\n:3\r\n$3\r\nlen\r\n:9\r\n",
            ),
        ]);
        let mut h = Harness::with_config(Config {
            proto_max_bulk_len: 1024 * 1024,
            ..Config::default()
        });
        let a600 = "a".repeat(600);
        let too_big =
            "-ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len\r\n";
        h.check(&[
            (&format!("MSET la {a600} lb {a600}"), OK),
            ("LCS la lb LEN", too_big),
            ("LCS la lb", too_big),
        ]);
    }

    // ---- model test -------------------------------------------------------------

    use quickcheck::{Arbitrary, Gen, TestResult};
    use std::collections::BTreeMap;

    const KEYS: [&str; 4] = ["a", "b", "c", "d"];

    /// One command of a random history.
    #[derive(Clone, Debug)]
    enum Op {
        Set(usize, Vec<u8>),
        Get(usize),
        Append(usize, Vec<u8>),
        IncrBy(usize, i64),
        Del(usize),
        Strlen(usize),
        GetRange(usize, i64, i64),
        SetRange(usize, u8, Vec<u8>),
    }

    fn arb_value(g: &mut Gen) -> Vec<u8> {
        match u8::arbitrary(g) % 4 {
            0 => i64::from(i8::arbitrary(g) % 20).to_string().into_bytes(),
            1 => g
                .choose(&[
                    "9223372036854775807",
                    "-9223372036854775808",
                    "9223372036854775806",
                    "0",
                    "-0",
                    "007",
                    "",
                ])
                .map_or(Vec::new(), |s| s.as_bytes().to_vec()),
            _ => {
                let len = usize::arbitrary(g) % 24;
                (0..len)
                    .map(|_| *g.choose(b"ab01-\0\xff9").unwrap_or(&b'a'))
                    .collect()
            }
        }
    }

    fn arb_index(g: &mut Gen) -> i64 {
        match u8::arbitrary(g) % 5 {
            0 => *g.choose(&[i64::MIN, i64::MAX, -1, 0]).unwrap_or(&0),
            _ => i64::from(i8::arbitrary(g)) % 30,
        }
    }

    impl Arbitrary for Op {
        fn arbitrary(g: &mut Gen) -> Self {
            let k = usize::arbitrary(g) % KEYS.len();
            match u8::arbitrary(g) % 8 {
                0 => Op::Set(k, arb_value(g)),
                1 => Op::Get(k),
                2 => Op::Append(k, arb_value(g)),
                3 => Op::IncrBy(
                    k,
                    match u8::arbitrary(g) % 4 {
                        0 => *g.choose(&[i64::MIN, i64::MAX, 1, -1]).unwrap_or(&1),
                        _ => i64::from(i8::arbitrary(g) % 20),
                    },
                ),
                4 => Op::Del(k),
                5 => Op::Strlen(k),
                6 => Op::GetRange(k, arb_index(g), arb_index(g)),
                _ => Op::SetRange(k, u8::arbitrary(g) % 40, arb_value(g)),
            }
        }
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

    /// A canonical decimal i64, independently of the server's parser.
    fn model_int(v: &[u8]) -> Option<i64> {
        let n: i64 = std::str::from_utf8(v).ok()?.parse().ok()?;
        (n.to_string().as_bytes() == v).then_some(n)
    }

    /// The reply a plain map model gives, updating the model.
    fn model_apply(m: &mut BTreeMap<Vec<u8>, Vec<u8>>, op: &Op) -> Vec<u8> {
        let key = |k: &usize| KEYS[*k].as_bytes().to_vec();
        match op {
            Op::Set(k, v) => {
                m.insert(key(k), v.clone());
                b"+OK\r\n".to_vec()
            }
            Op::Get(k) => m.get(&key(k)).map_or(b"$-1\r\n".to_vec(), |v| bulk(v)),
            Op::Append(k, v) => {
                let e = m.entry(key(k)).or_default();
                e.extend_from_slice(v);
                int(e.len() as i64)
            }
            Op::IncrBy(k, by) => {
                let cur = m.get(&key(k)).cloned();
                let old = match cur {
                    None => 0,
                    Some(v) => match model_int(&v) {
                        Some(n) => n,
                        None => return NOT_INT.as_bytes().to_vec(),
                    },
                };
                match old.checked_add(*by) {
                    Some(n) => {
                        m.insert(key(k), n.to_string().into_bytes());
                        int(n)
                    }
                    None => b"-ERR increment or decrement would overflow\r\n".to_vec(),
                }
            }
            Op::Del(k) => int(i64::from(m.remove(&key(k)).is_some())),
            Op::Strlen(k) => int(m.get(&key(k)).map_or(0, |v| v.len() as i64)),
            Op::GetRange(k, start, end) => {
                let v = m.get(&key(k)).cloned().unwrap_or_default();
                let len = v.len() as i128;
                let (s, e) = (i128::from(*start), i128::from(*end));
                if s < 0 && e < 0 && s > e {
                    return bulk(b"");
                }
                let s = if s < 0 { (len + s).max(0) } else { s };
                let e = if e < 0 { (len + e).max(0) } else { e }.min(len - 1);
                if len == 0 || s > e {
                    bulk(b"")
                } else {
                    bulk(&v[s as usize..=e as usize])
                }
            }
            Op::SetRange(k, off, data) => {
                let off = usize::from(*off);
                let existing = m.get(&key(k)).cloned();
                if data.is_empty() {
                    return int(existing.map_or(0, |v| v.len() as i64));
                }
                let mut v = existing.unwrap_or_default();
                if v.len() < off + data.len() {
                    v.resize(off + data.len(), 0);
                }
                v[off..off + data.len()].copy_from_slice(data);
                let n = v.len() as i64;
                m.insert(key(k), v);
                int(n)
            }
        }
    }

    fn server_apply(h: &mut Harness, op: &Op) -> Vec<u8> {
        let kb = |k: &usize| KEYS[*k].as_bytes();
        let reply = match op {
            Op::Set(k, v) => h.run_bytes(&[b"SET", kb(k), v]),
            Op::Get(k) => h.run_bytes(&[b"GET", kb(k)]),
            Op::Append(k, v) => h.run_bytes(&[b"APPEND", kb(k), v]),
            Op::IncrBy(k, by) => h.run_bytes(&[b"INCRBY", kb(k), by.to_string().as_bytes()]),
            Op::Del(k) => h.run_bytes(&[b"DEL", kb(k)]),
            Op::Strlen(k) => h.run_bytes(&[b"STRLEN", kb(k)]),
            Op::GetRange(k, s, e) => h.run_bytes(&[
                b"GETRANGE",
                kb(k),
                s.to_string().as_bytes(),
                e.to_string().as_bytes(),
            ]),
            Op::SetRange(k, off, v) => {
                h.run_bytes(&[b"SETRANGE", kb(k), off.to_string().as_bytes(), v])
            }
        };
        reply.into_bytes()
    }

    fn prop_matches_model(ops: Vec<Op>) -> TestResult {
        let mut h = Harness::new();
        let mut model = BTreeMap::new();
        for (i, op) in ops.iter().enumerate() {
            let want = model_apply(&mut model, op);
            // Harness replies are lossy-UTF-8 strings; compare them the same way.
            let want = String::from_utf8_lossy(&want).into_owned().into_bytes();
            let got = server_apply(&mut h, op);
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
    fn model_string_commands() {
        crate::testkit::qc_check(
            "model_string_commands",
            60,
            300,
            prop_matches_model as fn(Vec<Op>) -> TestResult,
        );
    }
}
