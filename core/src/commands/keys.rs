//! Generic key commands (Redis's `generic` group): DEL, UNLINK, EXISTS, TYPE, KEYS,
//! SCAN, RENAME, RENAMENX, COPY, MOVE, the EXPIRE and TTL families, PERSIST, RANDOMKEY
//! and TOUCH, with Redis 7.0's replies and error texts.

use super::flags::*;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, c_str_trunc};
use crate::keyspace::Db;
use crate::notify;
use crate::util::glob;
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("del", -2, WRITE | SIGNALS_OWN_KEYS, del).keys(1, -1, 1),
    Command::new("unlink", -2, WRITE | FAST | SIGNALS_OWN_KEYS, del).keys(1, -1, 1),
    Command::new("exists", -2, READONLY | FAST, exists).keys(1, -1, 1),
    Command::new("type", 2, READONLY | FAST, type_).keys(1, 1, 1),
    Command::new("keys", 2, READONLY, keys),
    Command::new("scan", -2, READONLY, scan),
    Command::new("rename", 3, WRITE, rename).keys(1, 2, 1),
    Command::new("renamenx", 3, WRITE | FAST, renamenx).keys(1, 2, 1),
    Command::new("copy", -3, WRITE | DENYOOM | SIGNALS_OWN_KEYS, copy).keys(1, 2, 1),
    Command::new("move", 3, WRITE | FAST, move_).keys(1, 1, 1),
    Command::new("expire", -3, WRITE | FAST, expire).keys(1, 1, 1),
    Command::new("pexpire", -3, WRITE | FAST, pexpire).keys(1, 1, 1),
    Command::new("expireat", -3, WRITE | FAST, expireat).keys(1, 1, 1),
    Command::new("pexpireat", -3, WRITE | FAST, pexpireat).keys(1, 1, 1),
    Command::new("ttl", 2, READONLY | FAST, ttl).keys(1, 1, 1),
    Command::new("pttl", 2, READONLY | FAST, pttl).keys(1, 1, 1),
    Command::new("expiretime", 2, READONLY | FAST, expiretime).keys(1, 1, 1),
    Command::new("pexpiretime", 2, READONLY | FAST, pexpiretime).keys(1, 1, 1),
    Command::new("persist", 2, WRITE | FAST, persist).keys(1, 1, 1),
    Command::new("randomkey", 1, READONLY, randomkey),
    Command::new("touch", -2, READONLY | FAST, touch).keys(1, -1, 1),
];

/// Redis's reply when a command needs an existing key.
const NO_SUCH_KEY: &str = "ERR no such key";
/// Redis's reply when source and destination coincide (MOVE, COPY).
const SAME_OBJECT: &str = "ERR source and destination objects are the same";
/// Redis's reply for a DB index outside `0..databases`.
const DB_OUT_OF_RANGE: &str = "ERR DB index is out of range";

/// Redis's `getIntFromObjectOrReply`: a string2ll integer within C `int` range. On
/// failure it replies with `msg` if given, else Redis's default texts.
pub(crate) fn parse_int_or_reply(ctx: &mut Ctx<'_>, arg: &[u8], msg: Option<&str>) -> Option<i32> {
    let err = match parse_i64(arg) {
        Some(v) => match i32::try_from(v) {
            Ok(v) => return Some(v),
            Err(_) => msg.unwrap_or(
                "ERR value is out of range, value must between -2147483648 and 2147483647",
            ),
        },
        None => msg.unwrap_or(NOT_INTEGER),
    };
    ctx.out.error(err);
    None
}

/// Whether the option `arg` is `name` as C's `strcasecmp` sees it: compared without
/// case, up to the first NUL byte (so `"NX\0junk"` is NX, as in Redis).
pub(crate) fn opt_is(arg: &[u8], name: &str) -> bool {
    c_str_trunc(arg, usize::MAX).eq_ignore_ascii_case(name.as_bytes())
}

/// DB `index` as a valid database number (Redis's `selectDb` check).
fn db_index(ctx: &Ctx<'_>, index: i32) -> Option<usize> {
    usize::try_from(index)
        .ok()
        .filter(|&i| i < ctx.node.dbs.len())
}

/// DEL and UNLINK (freeing is never deferred here, so they are the same). Only the
/// keys really deleted are signalled (WATCH, client caches), not every key named.
fn del(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let mut n = 0;
    for key in &argv[1..] {
        let db = ctx.db_and_out().0;
        db.expire_if_needed(key, now);
        if db.remove(key).is_some() {
            n += 1;
            if ctx.node.keys_signal_needed() {
                ctx.node.signal_modified_key(ctx.client.db, key);
            }
            ctx.notify(notify::GENERIC, "del", key);
        }
    }
    ctx.out.int(n);
    ctx.node.dirty += n as u64;
}

/// EXISTS: how many of the arguments exist (a key named twice counts twice).
fn exists(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let n = argv[1..].iter().filter(|k| db.contains(k, now)).count();
    out.int(n as i64);
}

/// TOUCH: how many of the arguments exist, updating their access clocks.
fn touch(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let n = argv[1..]
        .iter()
        .filter(|k| db.get(k, now).is_some())
        .count();
    out.int(n as i64);
}

/// TYPE: the value's type name as a status reply, `none` when missing.
fn type_(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let name = db
        .get_untouched(argv[1], now)
        .map_or("none", |v| v.type_name());
    out.simple(name);
}

/// KEYS: every live key matching the glob. Expired keys are skipped, not deleted
/// (Redis 7.0 uses `keyIsExpired` here).
fn keys(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let pattern = argv[1];
    let all = pattern == b"*";
    let (db, out) = ctx.db_and_out();
    let found: Vec<&[u8]> = db
        .iter()
        .filter(|&(k, _, exp)| {
            (all || glob::matches(pattern, k)) && exp.is_none_or(|when| now <= when)
        })
        .map(|(k, _, _)| k)
        .collect();
    out.bulk_array(found.into_iter());
}

/// A SCAN cursor as Redis reads it with `strtoul`: an optional sign (minus negates
/// modulo 2^64) and decimal digits, then nothing (bytes after a NUL are ignored). A
/// leading space, any other byte, a bare sign or overflow is invalid; the empty
/// string is cursor 0.
pub(crate) fn parse_scan_cursor(arg: &[u8]) -> Option<u64> {
    let s = c_str_trunc(arg, usize::MAX);
    if arg
        .first()
        .is_some_and(|c| c.is_ascii_whitespace() || *c == 0x0b)
    {
        return None;
    }
    if s.is_empty() {
        // strtoul consumed nothing and the end pointer sits on the terminator.
        return Some(0);
    }
    let (neg, digits) = match s[0] {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut v: u64 = 0;
    for &d in digits {
        v = v.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    Some(if neg { v.wrapping_neg() } else { v })
}

/// SCAN cursor [MATCH pattern] [COUNT count] [TYPE type].
fn scan(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(mut cursor) = parse_scan_cursor(argv[1]) else {
        ctx.out.error("ERR invalid cursor");
        return;
    };
    let mut count: i64 = 10;
    let mut pattern: Option<&[u8]> = None;
    let mut type_name: Option<&[u8]> = None;
    let mut i = 2;
    while i < argv.len() {
        let has_value = argv.len() - i >= 2;
        let opt = argv[i];
        if opt_is(opt, "count") && has_value {
            let Some(n) = parse_i64(argv[i + 1]) else {
                ctx.out.error(NOT_INTEGER);
                return;
            };
            if n < 1 {
                ctx.out.error(SYNTAX_ERR);
                return;
            }
            count = n;
        } else if opt_is(opt, "match") && has_value {
            let p = argv[i + 1];
            pattern = (p != b"*").then_some(p);
        } else if opt_is(opt, "type") && has_value {
            type_name = Some(c_str_trunc(argv[i + 1], usize::MAX));
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
        i += 2;
    }

    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let mut found: Vec<Vec<u8>> = Vec::new();
    // Redis: step while the cursor is live, `count * 10` more steps are allowed, and
    // fewer than `count` keys were collected.
    let mut budget = count.saturating_mul(10);
    loop {
        cursor = db.scan_step(cursor, |k, _, _| found.push(k.to_vec()));
        if cursor == 0 || budget == 0 {
            break;
        }
        budget -= 1;
        if found.len() as i64 >= count {
            break;
        }
    }
    found.retain(|key| {
        if let Some(p) = pattern
            && !glob::matches(p, key)
        {
            return false;
        }
        if let Some(t) = type_name {
            // Redis looks the key up (deleting it if expired, which makes its type
            // "none") and only then drops expired keys.
            let actual = db.get(key, now).map_or("none", |v| v.type_name());
            if !t.eq_ignore_ascii_case(actual.as_bytes()) {
                return false;
            }
        }
        !db.expire_if_needed(key, now)
    });
    out.array(2);
    // Redis prints the unsigned cursor through a signed conversion.
    out.bulk_i64(cursor as i64);
    out.bulk_array(found.iter().map(Vec::as_slice));
}

/// RENAME and RENAMENX.
fn rename_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], nx: bool) {
    let (src, dst) = (argv[1], argv[2]);
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if db.get(src, now).is_none() {
        out.error(NO_SUCH_KEY);
        return;
    }
    if src == dst {
        if nx {
            out.int(0)
        } else {
            out.ok()
        }
        return;
    }
    if db.get(dst, now).is_some() {
        if nx {
            out.int(0);
            return;
        }
        db.remove(dst);
    }
    let Some((_, value, expire)) = db.take(src) else {
        out.error(NO_SUCH_KEY);
        return;
    };
    db.insert(dst.into(), value, expire);
    if nx {
        out.int(1)
    } else {
        out.ok()
    }
    ctx.node.dirty += 1;
    ctx.notify(notify::GENERIC, "rename_from", src);
    ctx.notify(notify::GENERIC, "rename_to", dst);
}

fn rename(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    rename_generic(ctx, argv, false);
}

fn renamenx(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    rename_generic(ctx, argv, true);
}

/// MOVE key db.
fn move_(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let key = argv[1];
    let Some(index) = parse_int_or_reply(ctx, argv[2], None) else {
        return;
    };
    let Some(dst) = db_index(ctx, index) else {
        ctx.out.error(DB_OUT_OF_RANGE);
        return;
    };
    let src = ctx.client.db;
    if src == dst {
        ctx.out.error(SAME_OBJECT);
        return;
    }
    let now = ctx.now_ms();
    if ctx.node.dbs[src].get(key, now).is_none() || ctx.node.dbs[dst].get(key, now).is_some() {
        ctx.out.int(0);
        return;
    }
    let Some((k, value, expire)) = ctx.node.dbs[src].take(key) else {
        ctx.out.int(0);
        return;
    };
    ctx.node.dbs[dst].insert(k, value, expire);
    // Dispatch signals the caller's database only; the key also changed in `dst`.
    ctx.node.signal_modified_key(dst, key);
    ctx.node.dirty += 1;
    ctx.out.int(1);
    ctx.notify_in(src, notify::GENERIC, "move_from", key);
    ctx.notify_in(dst, notify::GENERIC, "move_to", key);
}

/// COPY source destination [DB destination-db] [REPLACE].
fn copy(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (key, newkey) = (argv[1], argv[2]);
    let src = ctx.client.db;
    let mut dst = src;
    let mut replace = false;
    let mut j = 3;
    while j < argv.len() {
        let more = argv.len() - j - 1;
        if opt_is(argv[j], "replace") {
            replace = true;
        } else if opt_is(argv[j], "db") && more >= 1 {
            let Some(index) = parse_int_or_reply(ctx, argv[j + 1], None) else {
                return;
            };
            let Some(d) = db_index(ctx, index) else {
                ctx.out.error(DB_OUT_OF_RANGE);
                return;
            };
            dst = d;
            j += 1;
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
        j += 1;
    }
    if src == dst && key == newkey {
        ctx.out.error(SAME_OBJECT);
        return;
    }
    let now = ctx.now_ms();
    let Some(value) = ctx.node.dbs[src].get(key, now).cloned() else {
        ctx.out.int(0);
        return;
    };
    let expire = ctx.node.dbs[src].expire_at(key);
    let target: &mut Db = &mut ctx.node.dbs[dst];
    if target.get(newkey, now).is_some() {
        if !replace {
            ctx.out.int(0);
            return;
        }
        target.remove(newkey);
    }
    target.insert(newkey.into(), value, expire);
    // Only the destination changed (WATCH on the source survives, as in Redis).
    ctx.node.signal_modified_key(dst, newkey);
    ctx.node.dirty += 1;
    ctx.out.int(1);
    ctx.notify_in(dst, notify::GENERIC, "copy_to", newkey);
}

/// EXPIRE/PEXPIRE/EXPIREAT/PEXPIREAT key time [NX|XX|GT|LT ...]. `basetime` is added
/// to the (millisecond) argument: now for relative forms, 0 for absolute ones.
fn expire_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], basetime: i64, seconds: bool, name: &str) {
    let (mut nx, mut xx, mut gt, mut lt) = (false, false, false, false);
    for opt in &argv[3..] {
        if opt_is(opt, "nx") {
            nx = true;
        } else if opt_is(opt, "xx") {
            xx = true;
        } else if opt_is(opt, "gt") {
            gt = true;
        } else if opt_is(opt, "lt") {
            lt = true;
        } else {
            let mut msg = b"ERR Unsupported option ".to_vec();
            msg.extend_from_slice(c_str_trunc(opt, usize::MAX));
            ctx.out.error_bytes(&msg);
            return;
        }
    }
    if nx && (xx || gt || lt) {
        ctx.out
            .error("ERR NX and XX, GT or LT options at the same time are not compatible");
        return;
    }
    if gt && lt {
        ctx.out
            .error("ERR GT and LT options at the same time are not compatible");
        return;
    }
    let Some(mut when) = parse_i64(argv[2]) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    let invalid = || format!("ERR invalid expire time in '{name}' command");
    if seconds {
        if !(i64::MIN / 1000..=i64::MAX / 1000).contains(&when) {
            ctx.out.error(&invalid());
            return;
        }
        when *= 1000;
    }
    if when > i64::MAX - basetime {
        ctx.out.error(&invalid());
        return;
    }
    when += basetime;

    let key = argv[1];
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if db.get(key, now).is_none() {
        out.int(0);
        return;
    }
    let current = db.expire_at(key);
    let refused = (nx && current.is_some())
        || (xx && current.is_none())
        || (gt && current.is_none_or(|c| when <= c))
        || (lt && current.is_some_and(|c| when >= c));
    if refused {
        out.int(0);
        return;
    }
    let event = if when <= now && db.past_time_deletes() {
        // Already in the past: the key goes now, and goes out as a DEL.
        db.remove(key);
        ctx.rewrite_effect(&[b"DEL", key]);
        "del"
    } else {
        db.set_expire(key, when);
        if ctx.propagating() {
            // As an absolute time in ms, keeping the options (Redis rewrites arguments
            // 0 and 2 only).
            let when = itoa::Buffer::new().format(when).as_bytes().to_vec();
            let mut args: smallvec::SmallVec<[&[u8]; 8]> = smallvec::SmallVec::new();
            args.extend_from_slice(&[b"PEXPIREAT", key, &when]);
            args.extend_from_slice(&argv[3..]);
            ctx.rewrite_effect(&args);
        }
        "expire"
    };
    ctx.out.int(1);
    ctx.node.dirty += 1;
    ctx.notify(notify::GENERIC, event, key);
}

fn expire(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    expire_generic(ctx, argv, now, true, "expire");
}

fn pexpire(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    expire_generic(ctx, argv, now, false, "pexpire");
}

fn expireat(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    expire_generic(ctx, argv, 0, true, "expireat");
}

fn pexpireat(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    expire_generic(ctx, argv, 0, false, "pexpireat");
}

/// TTL, PTTL, EXPIRETIME, PEXPIRETIME: -2 when the key is missing, -1 without an
/// expiry; seconds are rounded to the nearest (`(ms + 500) / 1000`). The key's access
/// clock is left alone (Redis's `LOOKUP_NOTOUCH`).
fn ttl_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], millis: bool, absolute: bool) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    if db.get_untouched(argv[1], now).is_none() {
        out.int(-2);
        return;
    }
    let Some(when) = db.expire_at(argv[1]) else {
        out.int(-1);
        return;
    };
    let t = if absolute {
        when
    } else {
        when.saturating_sub(now)
    }
    .max(0);
    if millis {
        out.int(t);
    } else {
        // Computed without overflow, as the C compiler ends up doing.
        out.int(((i128::from(t) + 500) / 1000) as i64);
    }
}

fn ttl(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ttl_generic(ctx, argv, false, false);
}

fn pttl(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ttl_generic(ctx, argv, true, false);
}

fn expiretime(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ttl_generic(ctx, argv, false, true);
}

fn pexpiretime(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ttl_generic(ctx, argv, true, true);
}

/// PERSIST: 1 if an expiry was removed.
fn persist(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let done = db.get(argv[1], now).is_some() && db.persist(argv[1]);
    out.int(i64::from(done));
    ctx.node.dirty += u64::from(done);
    if done {
        ctx.notify(notify::GENERIC, "persist", argv[1]);
    }
}

/// RANDOMKEY: a random live key, or nil.
fn randomkey(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let node = &mut *ctx.node;
    let rng = &mut node.rng;
    match node.dbs[ctx.client.db].random_key(now, |n| rng.below(n)) {
        Some(key) => ctx.out.bulk(&key),
        None => ctx.out.null(),
    }
}

#[cfg(test)]
pub(crate) mod harness {
    //! Drives a real [`Server`] through RESP bytes, as a runtime would.

    use crate::client::ConnId;
    use crate::config::Config;
    use crate::server::{Output, Server};
    use crate::time::{Instant, Now};

    /// One server with one connected client and a virtual clock.
    pub(crate) struct Harness {
        pub server: Server,
        pub conn: ConnId,
        pub now: Now,
    }

    impl Harness {
        /// A default-configured server at 2023-11-14T22:13:20Z.
        pub fn new() -> Self {
            let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1_000));
            let mut server = Server::new(Config::default(), now);
            let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
            let mut h = Harness { server, conn, now };
            h.outputs();
            h
        }

        /// Drains queued outputs (write notifications are implied by the buffer).
        pub fn outputs(&mut self) -> Vec<Output> {
            std::iter::from_fn(|| self.server.poll_output()).collect()
        }

        /// Connects another client.
        pub fn connect(&mut self) -> ConnId {
            let id = self
                .server
                .handle_accept(self.now, "127.0.0.1:40001", "127.0.0.1:6379");
            self.outputs();
            id
        }

        /// Sends one request as a RESP array and returns the raw reply bytes.
        pub fn raw(&mut self, args: &[&[u8]]) -> Vec<u8> {
            self.raw_on(self.conn, args)
        }

        /// [`raw`](Self::raw) on client `conn`.
        pub fn raw_on(&mut self, conn: ConnId, args: &[&[u8]]) -> Vec<u8> {
            let req = crate::resp::encode_request(args);
            self.server.handle_read(self.now, conn, &req);
            let out = self.server.pending_output(conn).to_vec();
            self.server.consume_output(conn, out.len());
            out
        }

        /// Asserts the reply to `line` sent by client `conn` is exactly `want`.
        #[track_caller]
        pub fn check_on(&mut self, conn: ConnId, line: &str, want: &str) {
            let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            let got = String::from_utf8_lossy(&self.raw_on(conn, &args)).into_owned();
            assert_eq!(got, want, "reply to {line:?} on {conn:?}");
        }

        /// Sends a command given as space-separated words; returns the reply as text.
        pub fn q(&mut self, line: &str) -> String {
            let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            String::from_utf8_lossy(&self.raw(&args)).into_owned()
        }

        /// Asserts the reply to `line` is exactly `want`.
        #[track_caller]
        pub fn check(&mut self, line: &str, want: &str) {
            assert_eq!(self.q(line), want, "reply to {line:?}");
        }

        /// Moves both clocks forward.
        pub fn advance(&mut self, ms: u64) {
            self.now = self.now.advance_millis(ms);
        }

        /// Runs due timers (cron) at the current time.
        pub fn tick(&mut self) {
            self.server.handle_timeout(self.now);
        }

        /// Current Unix time in ms.
        pub fn unix_ms(&self) -> i64 {
            self.now.unix_ms()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::harness::Harness;
    use super::parse_scan_cursor;

    #[test]
    fn scan_cursor_parsing_follows_strtoul() {
        // Redis 7.0.15 accepts: "", "+0", "-0", "00", "-1" (wraps), "-18446744073709551615"
        // (1), "18446744073709551615"; rejects " 0", "0x1", "abc", "0 ", "1.5", "-", "+",
        // and "18446744073709551616" (overflow).
        assert_eq!(parse_scan_cursor(b""), Some(0));
        assert_eq!(parse_scan_cursor(b"+0"), Some(0));
        assert_eq!(parse_scan_cursor(b"-0"), Some(0));
        assert_eq!(parse_scan_cursor(b"00"), Some(0));
        assert_eq!(parse_scan_cursor(b"007"), Some(7));
        assert_eq!(parse_scan_cursor(b"-1"), Some(u64::MAX));
        assert_eq!(parse_scan_cursor(b"-18446744073709551615"), Some(1));
        assert_eq!(parse_scan_cursor(b"18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_scan_cursor(b"5\0junk"), Some(5));
        for bad in [
            &b" 0"[..],
            b"0x1",
            b"abc",
            b"0 ",
            b"1.5",
            b"-",
            b"+",
            b"18446744073709551616",
            b"\t1",
        ] {
            assert_eq!(parse_scan_cursor(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn del_unlink_exists_touch_type() {
        let mut t = Harness::new();
        t.check("SET a 1", "+OK\r\n");
        t.check("SET b 2", "+OK\r\n");
        t.check("EXISTS a a b c", ":3\r\n");
        t.check("TOUCH a a b c", ":3\r\n");
        t.check("TYPE a", "+string\r\n");
        t.check("TYPE nope", "+none\r\n");
        t.check("DEL a a c", ":1\r\n");
        t.check("UNLINK b b", ":1\r\n");
        t.check("EXISTS a b", ":0\r\n");
        t.check(
            "DEL",
            "-ERR wrong number of arguments for 'del' command\r\n",
        );
        t.check(
            "TYPE a b",
            "-ERR wrong number of arguments for 'type' command\r\n",
        );
    }

    /// EXPIRE/PEXPIRE/EXPIREAT/PEXPIREAT options, overflow errors, TTL rounding, past times
    /// deleting; replies recorded from Redis 7.0.15 (the clock does not move here).
    #[test]
    fn expire_family_options_errors_and_ttls() {
        let mut t = Harness::new();
        t.check("SET k v", "+OK\r\n");
        t.check(
            "EXPIRE k 100 NX XX",
            "-ERR NX and XX, GT or LT options at the same time are not compatible\r\n",
        );
        t.check(
            "EXPIRE k 100 GT LT",
            "-ERR GT and LT options at the same time are not compatible\r\n",
        );
        t.check(
            "EXPIRE k 100 NX GT",
            "-ERR NX and XX, GT or LT options at the same time are not compatible\r\n",
        );
        t.check(
            "EXPIRE k 100 nx lt",
            "-ERR NX and XX, GT or LT options at the same time are not compatible\r\n",
        );
        t.check(
            "EXPIRE k 100 XX GT LT",
            "-ERR GT and LT options at the same time are not compatible\r\n",
        );
        t.check("EXPIRE k 100 foo", "-ERR Unsupported option foo\r\n");
        t.check("EXPIRE k abc foo", "-ERR Unsupported option foo\r\n");
        t.check(
            "EXPIRE k abc",
            "-ERR value is not an integer or out of range\r\n",
        );
        t.check(
            "EXPIRE k 1.5",
            "-ERR value is not an integer or out of range\r\n",
        );
        t.check(
            "EXPIRE k 9223372036854775807",
            "-ERR invalid expire time in 'expire' command\r\n",
        );
        t.check(
            "EXPIRE k 9223372036854776",
            "-ERR invalid expire time in 'expire' command\r\n",
        );
        t.check(
            "EXPIRE k 9223372036854775",
            "-ERR invalid expire time in 'expire' command\r\n",
        );
        t.check(
            "EXPIRE k -9223372036854775808",
            "-ERR invalid expire time in 'expire' command\r\n",
        );
        t.check(
            "EXPIRE k -9223372036854776",
            "-ERR invalid expire time in 'expire' command\r\n",
        );
        t.check(
            "PEXPIRE k 9223372036854775807",
            "-ERR invalid expire time in 'pexpire' command\r\n",
        );
        t.check(
            "EXPIREAT k 9223372036854775807",
            "-ERR invalid expire time in 'expireat' command\r\n",
        );
        t.check("PEXPIRE k 1 2", "-ERR Unsupported option 2\r\n");
        t.check("EXPIRE nokey 100", ":0\r\n");
        t.check("PERSIST nokey", ":0\r\n");
        t.check("TTL nokey", ":-2\r\n");
        t.check("PTTL nokey", ":-2\r\n");
        t.check("EXPIRETIME nokey", ":-2\r\n");
        t.check("PEXPIRETIME nokey", ":-2\r\n");
        t.check("TTL k", ":-1\r\n");
        t.check("PTTL k", ":-1\r\n");
        t.check("EXPIRETIME k", ":-1\r\n");
        t.check("PEXPIRETIME k", ":-1\r\n");
        t.check("EXPIRE k 100 XX", ":0\r\n");
        t.check("EXPIRE k 100 GT", ":0\r\n");
        t.check("EXPIRE k 100 LT", ":1\r\n");
        t.check("EXPIRE k 100 NX", ":0\r\n");
        t.check("EXPIRE k 100", ":1\r\n");
        t.check("TTL k", ":100\r\n");
        t.check("EXPIRE k 50 GT", ":0\r\n");
        t.check("EXPIRE k 50 gt xx", ":0\r\n");
        t.check("EXPIRE k 200 GT", ":1\r\n");
        t.check("TTL k", ":200\r\n");
        t.check("EXPIRE k 300 LT", ":0\r\n");
        t.check("EXPIRE k 150 LT", ":1\r\n");
        t.check("TTL k", ":150\r\n");
        t.check("EXPIRE k 150 NX", ":0\r\n");
        t.check("EXPIRE k 150 XX", ":1\r\n");
        t.check("PEXPIRE k 20000", ":1\r\n");
        t.check("TTL k", ":20\r\n");
        t.check("PTTL k", ":20000\r\n");
        t.check("PERSIST k", ":1\r\n");
        t.check("PERSIST k", ":0\r\n");
        t.check("TTL k", ":-1\r\n");
        t.check("EXPIRE k 100 LT", ":1\r\n");
        t.check("TTL k", ":100\r\n");
        t.check("PERSIST k", ":1\r\n");
        t.check("EXPIREAT k 4102444800", ":1\r\n");
        t.check("EXPIRETIME k", ":4102444800\r\n");
        t.check("PEXPIRETIME k", ":4102444800000\r\n");
        t.check("PEXPIREAT k 4102444800123", ":1\r\n");
        t.check("EXPIRETIME k", ":4102444800\r\n");
        t.check("PEXPIRETIME k", ":4102444800123\r\n");
        t.check("PEXPIREAT k 4102444800499", ":1\r\n");
        t.check("EXPIRETIME k", ":4102444800\r\n");
        t.check("PEXPIREAT k 4102444800500", ":1\r\n");
        t.check("EXPIRETIME k", ":4102444801\r\n");
        t.check("PEXPIREAT k 9223372036854775807", ":1\r\n");
        t.check("EXPIRETIME k", ":9223372036854776\r\n");
        t.check("PEXPIRETIME k", ":9223372036854775807\r\n");
        t.check("EXPIRE k -1", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("EXPIRE k 0 LT", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("EXPIRE k 0 XX", ":0\r\n");
        t.check("EXISTS k", ":1\r\n");
        t.check("EXPIRE k 0 GT", ":0\r\n");
        t.check("EXISTS k", ":1\r\n");
        t.check("EXPIRE k 0", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("PEXPIRE k -9223372036854775808", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("EXPIREAT k 1", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("PEXPIREAT k 0", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("EXPIREAT k -9223372036854775", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("EXPIRE k 100 NX", ":1\r\n");
        t.check(
            "EXPIRE k",
            "-ERR wrong number of arguments for 'expire' command\r\n",
        );
    }

    /// RENAME/RENAMENX carry the TTL and overwrite; replies recorded from Redis 7.0.15.
    #[test]
    fn rename_and_renamenx() {
        let mut t = Harness::new();
        t.check("RENAME nokey b", "-ERR no such key\r\n");
        t.check("RENAMENX nokey b", "-ERR no such key\r\n");
        t.check("RENAME nokey nokey", "-ERR no such key\r\n");
        t.check("SET a 1", "+OK\r\n");
        t.check("RENAME a a", "+OK\r\n");
        t.check("RENAMENX a a", ":0\r\n");
        t.check("EXPIRE a 100", ":1\r\n");
        t.check("RENAME a b", "+OK\r\n");
        t.check("EXISTS a", ":0\r\n");
        t.check("GET b", "$1\r\n1\r\n");
        t.check("TTL b", ":100\r\n");
        t.check("SET c 3", "+OK\r\n");
        t.check("RENAMENX b c", ":0\r\n");
        t.check("RENAMENX b d", ":1\r\n");
        t.check("TTL d", ":100\r\n");
        t.check("RENAME d c", "+OK\r\n");
        t.check("GET c", "$1\r\n1\r\n");
        t.check("TTL c", ":100\r\n");
        t.check("SET e 5", "+OK\r\n");
        t.check("RENAME e c", "+OK\r\n");
        t.check("TTL c", ":-1\r\n");
        t.check(
            "RENAME c",
            "-ERR wrong number of arguments for 'rename' command\r\n",
        );
        t.check(
            "RENAME a b c",
            "-ERR wrong number of arguments for 'rename' command\r\n",
        );
    }

    /// MOVE; replies recorded from Redis 7.0.15.
    #[test]
    fn move_between_databases() {
        let mut t = Harness::new();
        t.check("SET k v", "+OK\r\n");
        t.check(
            "MOVE k 0",
            "-ERR source and destination objects are the same\r\n",
        );
        t.check("MOVE k 16", "-ERR DB index is out of range\r\n");
        t.check("MOVE k -1", "-ERR DB index is out of range\r\n");
        t.check(
            "MOVE k abc",
            "-ERR value is not an integer or out of range\r\n",
        );
        t.check(
            "MOVE k 4294967296",
            "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n",
        );
        t.check(
            "MOVE k 2147483648",
            "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n",
        );
        t.check("MOVE nokey 1", ":0\r\n");
        t.check("PEXPIRE k 50000", ":1\r\n");
        t.check("MOVE k 1", ":1\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SELECT 1", "+OK\r\n");
        t.check("GET k", "$1\r\nv\r\n");
        t.check("PTTL k", ":50000\r\n");
        t.check("SET k other", "+OK\r\n");
        t.check("SELECT 0", "+OK\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("MOVE k 1", ":0\r\n");
        t.check("GET k", "$1\r\nv\r\n");
        t.check("SELECT 1", "+OK\r\n");
        t.check("GET k", "$5\r\nother\r\n");
        t.check("FLUSHDB", "+OK\r\n");
        t.check("SELECT 0", "+OK\r\n");
    }

    /// COPY with DB and REPLACE; replies recorded from Redis 7.0.15.
    #[test]
    fn copy_with_db_and_replace() {
        let mut t = Harness::new();
        t.check("SET a 1", "+OK\r\n");
        t.check(
            "COPY a a",
            "-ERR source and destination objects are the same\r\n",
        );
        t.check(
            "COPY a a DB 0",
            "-ERR source and destination objects are the same\r\n",
        );
        t.check("COPY a a DB 1", ":1\r\n");
        t.check("COPY nokey b", ":0\r\n");
        t.check("COPY a b foo", "-ERR syntax error\r\n");
        t.check("COPY a b DB", "-ERR syntax error\r\n");
        t.check(
            "COPY a b DB x",
            "-ERR value is not an integer or out of range\r\n",
        );
        t.check("COPY a b DB 16", "-ERR DB index is out of range\r\n");
        t.check("COPY a b DB -1", "-ERR DB index is out of range\r\n");
        t.check(
            "COPY a b DB 99999999999",
            "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n",
        );
        t.check("COPY a b db 0 replace extra", "-ERR syntax error\r\n");
        t.check("COPY a b", ":1\r\n");
        t.check("GET b", "$1\r\n1\r\n");
        t.check("COPY a b", ":0\r\n");
        t.check("SET a 2", "+OK\r\n");
        t.check("COPY a b REPLACE", ":1\r\n");
        t.check("GET b", "$1\r\n2\r\n");
        t.check("PEXPIRE a 70000", ":1\r\n");
        t.check("COPY a c", ":1\r\n");
        t.check("PTTL c", ":70000\r\n");
        t.check("COPY a c DB 3 REPLACE", ":1\r\n");
        t.check("SELECT 3", "+OK\r\n");
        t.check("GET c", "$1\r\n2\r\n");
        t.check("PTTL c", ":70000\r\n");
        t.check("SET d x", "+OK\r\n");
        t.check("SELECT 0", "+OK\r\n");
        t.check("COPY a d DB 3", ":0\r\n");
        t.check("COPY a d REPLACE DB 3", ":1\r\n");
        t.check("SELECT 3", "+OK\r\n");
        t.check("GET d", "$1\r\n2\r\n");
        t.check("FLUSHDB", "+OK\r\n");
        t.check("SELECT 0", "+OK\r\n");
        t.check(
            "COPY a",
            "-ERR wrong number of arguments for 'copy' command\r\n",
        );
    }

    /// Argument errors and one-key replies of KEYS, SCAN, RANDOMKEY; recorded from
    /// Redis 7.0.15.
    #[test]
    fn keys_scan_randomkey_errors_and_small_replies() {
        let mut t = Harness::new();
        t.check("RANDOMKEY", "$-1\r\n");
        t.check(
            "RANDOMKEY x",
            "-ERR wrong number of arguments for 'randomkey' command\r\n",
        );
        t.check("SET only 1", "+OK\r\n");
        t.check("RANDOMKEY", "$4\r\nonly\r\n");
        t.check(
            "KEYS",
            "-ERR wrong number of arguments for 'keys' command\r\n",
        );
        t.check(
            "KEYS a b",
            "-ERR wrong number of arguments for 'keys' command\r\n",
        );
        t.check(
            "SCAN",
            "-ERR wrong number of arguments for 'scan' command\r\n",
        );
        t.check("SCAN x", "-ERR invalid cursor\r\n");
        t.check("SCAN 0 COUNT 0", "-ERR syntax error\r\n");
        t.check("SCAN 0 COUNT -5", "-ERR syntax error\r\n");
        t.check(
            "SCAN 0 COUNT x",
            "-ERR value is not an integer or out of range\r\n",
        );
        t.check("SCAN 0 COUNT", "-ERR syntax error\r\n");
        t.check("SCAN 0 MATCH", "-ERR syntax error\r\n");
        t.check("SCAN 0 TYPE", "-ERR syntax error\r\n");
        t.check("SCAN 0 foo bar", "-ERR syntax error\r\n");
        t.check("SCAN x COUNT 0", "-ERR invalid cursor\r\n");
        t.check("SCAN 0 COUNT 0 MATCH", "-ERR syntax error\r\n");
        t.check("SCAN 0 MATCH * COUNT 0", "-ERR syntax error\r\n");
        t.check("SCAN 0 COUNT 10 COUNT 0", "-ERR syntax error\r\n");
        t.check(
            "SCAN 0 MATCH o* COUNT 5 TYPE string",
            "*2\r\n$1\r\n0\r\n*1\r\n$4\r\nonly\r\n",
        );
        t.check("SCAN 0 MATCH o* TYPE hash", "*2\r\n$1\r\n0\r\n*0\r\n");
        t.check(
            "SCAN 0 TYPE STRING",
            "*2\r\n$1\r\n0\r\n*1\r\n$4\r\nonly\r\n",
        );
        t.check(
            "SCAN 0 COUNT 9223372036854775807",
            "*2\r\n$1\r\n0\r\n*1\r\n$4\r\nonly\r\n",
        );
        t.check(
            "SCAN 0 COUNT 9223372036854775808",
            "-ERR value is not an integer or out of range\r\n",
        );
        t.check("SCAN 18446744073709551616", "-ERR invalid cursor\r\n");
    }

    /// Lazy expiry and TTL rounding as the virtual clock moves. Redis deletes a key once
    /// `now > when`, rounds TTL to the nearest second, and never reports below 0.
    #[test]
    fn expiry_follows_the_clock() {
        let mut t = Harness::new();
        t.check("SET k v PX 100", "+OK\r\n");
        t.advance(100);
        t.check("PTTL k", ":0\r\n");
        t.check("TTL k", ":0\r\n");
        t.check("GET k", "$1\r\nv\r\n");
        t.advance(1);
        t.check("GET k", "$-1\r\n");
        t.check("TTL k", ":-2\r\n");
        t.check("SET k v", "+OK\r\n");
        t.check("EXPIRE k 10", ":1\r\n");
        t.advance(4_500);
        t.check("PTTL k", ":5500\r\n");
        t.check("TTL k", ":6\r\n");
        t.advance(1);
        t.check("TTL k", ":5\r\n");
        let when = t.unix_ms() + 5_499;
        t.check("PEXPIRETIME k", &format!(":{when}\r\n"));
        t.check("EXPIRETIME k", &format!(":{}\r\n", (when + 500) / 1000));
        t.advance(5_500);
        t.check("EXISTS k", ":0\r\n");
        let node = t.server.node();
        assert_eq!(node.dbs[0].expired_keys, 2);
        assert_eq!(node.dbs[0].expires_len(), 0);
    }

    /// Active expiry removes keys nobody reads, driven only by `handle_timeout`.
    #[test]
    fn active_expiry_reclaims_unread_keys() {
        let mut t = Harness::new();
        for i in 0..2_000 {
            t.check(&format!("SET k{i} v PX 100"), "+OK\r\n");
        }
        for i in 0..50 {
            t.check(&format!("SET p{i} v"), "+OK\r\n");
            t.check(&format!("SET f{i} v PX 100000"), "+OK\r\n");
        }
        t.check("DBSIZE", ":2100\r\n");
        // At the deadline itself nothing is due yet.
        t.advance(100);
        t.tick();
        t.check("DBSIZE", ":2100\r\n");
        let mut ticks = 0;
        while t.server.node().dbs[0].len() > 100 && ticks < 20 {
            t.advance(100);
            t.tick();
            ticks += 1;
        }
        t.check("DBSIZE", ":100\r\n");
        assert!(ticks <= 3, "{ticks} cron ticks");
        assert_eq!(t.server.node().dbs[0].expired_keys, 2_000);
        assert!(t.server.node().dbs[0].avg_ttl > 0);
    }

    /// KEYS skips expired keys without deleting them; SCAN deletes them; SCAN TYPE
    /// none returns a key it just expired (all as Redis 7.0.15 does).
    #[test]
    fn keys_and_scan_with_expired_keys() {
        let mut t = Harness::new();
        t.check("SET b 1", "+OK\r\n");
        t.check("SET a 1 PX 10", "+OK\r\n");
        t.advance(11);
        t.check("KEYS *", "*1\r\n$1\r\nb\r\n");
        t.check("DBSIZE", ":2\r\n");
        t.check("SCAN 0 TYPE none", "*2\r\n$1\r\n0\r\n*1\r\n$1\r\na\r\n");
        t.check("DBSIZE", ":1\r\n");
        t.check("SET a 1 PX 10", "+OK\r\n");
        t.advance(11);
        t.check("SCAN 0", "*2\r\n$1\r\n0\r\n*1\r\n$1\r\nb\r\n");
        t.check("DBSIZE", ":1\r\n");
        t.check("SET a 1 PX 10", "+OK\r\n");
        t.advance(11);
        t.check("SCAN 0 TYPE STRING", "*2\r\n$1\r\n0\r\n*1\r\n$1\r\nb\r\n");
        t.check("DBSIZE", ":1\r\n");
    }

    /// Parses a SCAN reply into (cursor, keys).
    fn scan_reply(raw: &[u8]) -> (u64, Vec<Vec<u8>>) {
        let text = raw.to_vec();
        let mut lines = text
            .split(|&b| b == b'\n')
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
        let mut next = || lines.next().unwrap_or_default().to_vec();
        assert_eq!(next(), b"*2");
        next();
        let cursor = String::from_utf8_lossy(&next()).parse().unwrap_or(u64::MAX);
        let n: usize = String::from_utf8_lossy(&next()[1..]).parse().unwrap_or(0);
        let keys = (0..n)
            .map(|_| {
                next();
                next()
            })
            .collect();
        (cursor, keys)
    }

    /// A full SCAN returns every key, MATCH and TYPE filter, COUNT batches; keys
    /// present throughout are returned even while the keyspace grows and shrinks.
    #[test]
    fn scan_iterates_everything_while_keyspace_changes() {
        let mut t = Harness::new();
        for i in 0..300 {
            t.check(&format!("SET user:{i} v"), "+OK\r\n");
        }
        for i in 0..200 {
            t.check(&format!("SET other:{i} v"), "+OK\r\n");
        }
        let mut seen = std::collections::BTreeSet::new();
        let (mut cursor, mut calls) = (0u64, 0);
        loop {
            let (next, keys) =
                scan_reply(&t.raw(&[b"SCAN", cursor.to_string().as_bytes(), b"MATCH", b"user:*"]));
            for k in keys {
                assert!(k.starts_with(b"user:"));
                seen.insert(k);
            }
            // Churn between calls: a burst of inserts (splits) or deletes (merges).
            for j in 0..40 {
                let k = format!("tmp:{calls}:{j}");
                if calls % 2 == 0 {
                    t.check(&format!("SET {k} v"), "+OK\r\n");
                } else {
                    t.q(&format!("DEL tmp:{}:{j}", calls - 1));
                }
            }
            calls += 1;
            cursor = next;
            if cursor == 0 || calls > 10_000 {
                break;
            }
        }
        assert_eq!(seen.len(), 300);
        assert!(calls > 5, "{calls} calls");
        let (cursor, keys) =
            scan_reply(&t.raw(&[b"SCAN", b"0", b"COUNT", b"100000", b"TYPE", b"hash"]));
        assert_eq!((cursor, keys.len()), (0, 0));
        let (cursor, keys) =
            scan_reply(&t.raw(&[b"SCAN", b"0", b"COUNT", b"100000", b"MATCH", b"other:1?"]));
        assert_eq!(cursor, 0);
        let mut keys: Vec<String> = keys
            .iter()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .collect();
        keys.sort();
        let want: Vec<String> = (10..20).map(|i| format!("other:{i}")).collect();
        assert_eq!(keys, want);
    }

    /// KEYS with globs over binary keys.
    #[test]
    fn keys_binary_and_globs() {
        let mut t = Harness::new();
        for k in [&b"a\x00b"[..], b"a\r\nb", b"ab", b"\xff", b"h[e]llo", b""] {
            assert_eq!(t.raw(&[b"SET", k, b"v"]), b"+OK\r\n");
        }
        // Replies recorded from Redis 7.0.15.
        assert_eq!(t.raw(&[b"KEYS", b"a?b"]), b"*1\r\n$3\r\na\x00b\r\n");
        assert_eq!(t.raw(&[b"KEYS", b"a??b"]), b"*1\r\n$4\r\na\r\nb\r\n");
        assert_eq!(t.raw(&[b"KEYS", b"[\xff]"]), b"*1\r\n$1\r\n\xff\r\n");
        assert_eq!(t.raw(&[b"KEYS", b"h\\[e\\]*"]), b"*1\r\n$7\r\nh[e]llo\r\n");
        assert_eq!(t.raw(&[b"KEYS", b"a\x00*"]), b"*1\r\n$3\r\na\x00b\r\n");
        assert_eq!(t.raw(&[b"KEYS", b"nomatch*"]), b"*0\r\n");
        // The lone `*` lists the empty key; `**` does not (Redis 7.0.15).
        assert_eq!(t.raw(&[b"EXISTS", b""]), b":1\r\n");
        let all = t.raw(&[b"KEYS", b"*"]);
        assert!(all.starts_with(b"*6\r\n"));
        assert!(t.raw(&[b"KEYS", b"**"]).starts_with(b"*5\r\n"));
    }

    /// RANDOMKEY returns live keys only, deleting expired ones it meets; nil when empty
    /// (RESP3 null after HELLO 3).
    #[test]
    fn randomkey_skips_expired() {
        let mut t = Harness::new();
        for i in 0..20 {
            t.check(&format!("SET e{i} v PX 5"), "+OK\r\n");
        }
        t.check("SET live v", "+OK\r\n");
        t.advance(6);
        for _ in 0..5 {
            t.check("RANDOMKEY", "$4\r\nlive\r\n");
        }
        t.check("DEL live", ":1\r\n");
        t.check("RANDOMKEY", "$-1\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.q("HELLO 3");
        t.check("RANDOMKEY", "_\r\n");
    }

    /// The dirty counter moves as Redis 7.0.15's `rdb_changes_since_last_save` does
    /// (deltas recorded from it).
    #[test]
    fn dirty_counts_like_redis() {
        let mut t = Harness::new();
        let steps: &[(&str, u64)] = &[
            ("SET a 1", 1),
            ("SET b 2", 1),
            ("DEL a b c", 2),
            ("SET a 1", 1),
            ("EXPIRE a 100", 1),
            ("EXPIRE a 100 NX", 0),
            ("PEXPIRE a 100000", 1),
            ("PERSIST a", 1),
            ("PERSIST a", 0),
            ("EXPIRE a -1", 1),
            ("SET a 1", 1),
            ("RENAME a b", 1),
            ("RENAME b b", 0),
            ("RENAMENX b b", 0),
            ("RENAMENX b c", 1),
            ("COPY c d", 1),
            ("MOVE d 1", 1),
            ("SWAPDB 0 1", 1),
            ("SWAPDB 0 1", 1),
            ("EXISTS c", 0),
            ("TOUCH c", 0),
            ("FLUSHDB", 1),
            ("FLUSHDB", 0),
            ("SET x 1", 1),
            ("SET y 1", 1),
            ("FLUSHALL", 3),
            ("FLUSHALL", 0),
        ];
        for &(line, delta) in steps {
            let before = t.server.node().dirty;
            t.q(line);
            assert_eq!(t.server.node().dirty - before, delta, "{line}");
        }
    }

    /// Flushes, SWAPDB, MOVE and COPY invalidate WATCHes as Redis 7.0.15 does (replies
    /// recorded from it with two clients).
    #[test]
    fn watch_invalidation_by_key_commands() {
        let mut t = Harness::new();
        let a = t.conn;
        let b = t.connect();
        t.check_on(a, "SET k v", "+OK\r\n");
        t.check_on(b, "WATCH k", "+OK\r\n");
        t.check_on(a, "FLUSHDB", "+OK\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "PING", "+QUEUED\r\n");
        t.check_on(b, "EXEC", "*-1\r\n");
        t.check_on(b, "WATCH nokey", "+OK\r\n");
        t.check_on(a, "FLUSHALL", "+OK\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*0\r\n");
        t.check_on(a, "SET k v", "+OK\r\n");
        t.check_on(b, "WATCH k", "+OK\r\n");
        t.check_on(a, "FLUSHALL ASYNC", "+OK\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*-1\r\n");
        t.check_on(b, "SELECT 1", "+OK\r\n");
        t.check_on(b, "SET k v1", "+OK\r\n");
        t.check_on(b, "SELECT 0", "+OK\r\n");
        t.check_on(b, "WATCH k", "+OK\r\n");
        t.check_on(a, "SWAPDB 0 1", "+OK\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*-1\r\n");
        t.check_on(b, "WATCH other", "+OK\r\n");
        t.check_on(a, "SWAPDB 0 1", "+OK\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*0\r\n");
        t.check_on(a, "SET m v", "+OK\r\n");
        t.check_on(b, "SELECT 1", "+OK\r\n");
        t.check_on(b, "WATCH m", "+OK\r\n");
        t.check_on(a, "MOVE m 1", ":1\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*-1\r\n");
        t.check_on(b, "SELECT 0", "+OK\r\n");
        t.check_on(b, "FLUSHDB", "+OK\r\n");
        t.check_on(a, "SET src v", "+OK\r\n");
        t.check_on(b, "SELECT 2", "+OK\r\n");
        t.check_on(b, "WATCH dst", "+OK\r\n");
        t.check_on(a, "COPY src dst DB 2", ":1\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*-1\r\n");
        t.check_on(b, "SELECT 0", "+OK\r\n");
        t.check_on(b, "WATCH src", "+OK\r\n");
        t.check_on(a, "COPY src dst2", ":1\r\n");
        t.check_on(b, "MULTI", "+OK\r\n");
        t.check_on(b, "EXEC", "*0\r\n");
    }
}
