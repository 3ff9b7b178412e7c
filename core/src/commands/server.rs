//! Server keyspace commands (part of Redis's `server` group): DBSIZE, FLUSHDB,
//! FLUSHALL, SWAPDB, TIME, SHUTDOWN.

use super::flags::*;
use super::keys::{opt_is, parse_int_or_reply};
use super::{Command, Ctx, SYNTAX_ERR, persistence};
use crate::blocking::TimeoutReply;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("dbsize", 1, READONLY | FAST, dbsize),
    Command::new("flushdb", -1, WRITE, flushdb),
    Command::new("flushall", -1, WRITE, flushall),
    Command::new("swapdb", 3, WRITE | FAST, swapdb),
    Command::new("time", 1, LOADING | STALE | FAST, time),
    Command::new(
        "shutdown",
        -1,
        ADMIN | NOSCRIPT | LOADING | STALE | NO_MULTI | ALLOW_BUSY,
        shutdown,
    ),
];

/// DBSIZE: keys in the selected database (expired ones not yet reclaimed included).
fn dbsize(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let (db, out) = ctx.db_and_out();
    out.int(db.len() as i64);
}

/// The optional `ASYNC`/`SYNC` argument of FLUSHDB/FLUSHALL; false after replying
/// with a syntax error. Freeing is never deferred here, so both mean the same.
fn flush_args_ok(ctx: &mut Ctx<'_>, argv: &[&[u8]]) -> bool {
    let ok = match argv {
        [_] => true,
        [_, mode] => opt_is(mode, "sync") || opt_is(mode, "async"),
        _ => false,
    };
    if !ok {
        ctx.out.error(SYNTAX_ERR);
    }
    ok
}

/// Invalidates WATCHes on keys of `db` that a flush is about to delete (Redis's
/// `touchAllWatchedKeysInDb`: only keys that exist count).
fn touch_watched_before_flush(ctx: &mut Ctx<'_>, db: usize) {
    let node = &mut *ctx.node;
    if !node.watches.is_empty() {
        let data = &node.dbs[db];
        node.watches.touch_db(db, |k| data.contains_key(k));
    }
}

/// FLUSHDB [ASYNC|SYNC].
fn flushdb(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if !flush_args_ok(ctx, argv) {
        return;
    }
    touch_watched_before_flush(ctx, ctx.client.db);
    // Client caches drop every key, whatever the database.
    ctx.node.tracking.invalidate_all_on_flush();
    let removed = ctx.node.dbs[ctx.client.db].clear();
    ctx.node.dirty += removed as u64;
    // Propagated even when the database was empty, as Redis 7.0 does.
    ctx.force_propagation(crate::effects::TO_ALL);
    // XREADGROUP waiters on deleted streams are released with an error.
    ctx.node.blocking.signal_db(ctx.client.db);
    ctx.out.ok();
}

/// FLUSHALL [ASYNC|SYNC]. Counts one change per key removed, as Redis 7.0 does (which
/// still propagates a FLUSHALL of an empty server, by forcing it). A running background
/// save ends; with `save` points the emptied dataset is saved.
fn flushall(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if !flush_args_ok(ctx, argv) {
        return;
    }
    for db in 0..ctx.node.dbs.len() {
        touch_watched_before_flush(ctx, db);
    }
    ctx.node.tracking.invalidate_all_on_flush();
    persistence::before_flushall(ctx.node);
    let removed: usize = ctx.node.dbs.iter_mut().map(|db| db.clear()).sum();
    ctx.node.dirty += removed as u64;
    ctx.force_propagation(crate::effects::TO_ALL);
    persistence::after_flushall(ctx.node);
    // XREADGROUP waiters on deleted streams are released with an error.
    for db in 0..ctx.node.dbs.len() {
        ctx.node.blocking.signal_db(db);
    }
    ctx.out.ok();
}

/// SWAPDB index1 index2: exchanges two databases' contents; clients stay on their index.
fn swapdb(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(a) = parse_int_or_reply(ctx, argv[1], Some("ERR invalid first DB index")) else {
        return;
    };
    let Some(b) = parse_int_or_reply(ctx, argv[2], Some("ERR invalid second DB index")) else {
        return;
    };
    let n = ctx.node.dbs.len();
    let (Ok(a), Ok(b)) = (usize::try_from(a), usize::try_from(b)) else {
        ctx.out.error("ERR DB index is out of range");
        return;
    };
    if a >= n || b >= n {
        ctx.out.error("ERR DB index is out of range");
        return;
    }
    let node = &mut *ctx.node;
    if !node.watches.is_empty() {
        // A watched key changes if it exists on either side (touchAllWatchedKeysInDb).
        let (da, db) = (&node.dbs[a], &node.dbs[b]);
        let either = |k: &[u8]| da.contains_key(k) || db.contains_key(k);
        node.watches.touch_db(a, either);
        node.watches.touch_db(b, either);
    }
    node.dbs.swap(a, b);
    // Clients blocked in either database may now find their keys.
    node.blocking.signal_db(a);
    node.blocking.signal_db(b);
    ctx.node.dirty += 1;
    ctx.out.ok();
}

/// TIME: the wall clock of the input being handled, as [seconds, microseconds] bulk
/// strings.
fn time(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let us = ctx.node.now.unix_us;
    ctx.out.array(2);
    ctx.out.bulk_i64(us.div_euclid(1_000_000));
    ctx.out.bulk_i64(us.rem_euclid(1_000_000));
}

/// SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT]. On success there is no reply: the
/// runtime stops on [`Output::Shutdown`](crate::server::Output::Shutdown). A master
/// whose replicas lag waits for them first (`shutdown-timeout`, not with NOW, nor where
/// the client cannot block: [`crate::repl::shutdown`]); ABORT ends that wait. With
/// `save` points (unless NOSAVE), or SAVE, the final save comes first: the client
/// waits for it and the other clients' input is held; if it fails (and not FORCE) the
/// server goes on and the client gets Redis's error.
fn shutdown(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    use crate::repl::shutdown::{self as wait, Flags, Step};
    let mut flags = Flags::default();
    let (mut other, mut abort) = (false, false);
    for arg in &argv[1..] {
        if opt_is(arg, "nosave") {
            flags.nosave = true;
        } else if opt_is(arg, "save") {
            flags.save = true;
        } else if opt_is(arg, "now") {
            other = true;
            flags.now = true;
        } else if opt_is(arg, "force") {
            other = true;
            flags.force = true;
        } else if opt_is(arg, "abort") {
            abort = true;
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
    }
    if (abort && (flags.nosave || flags.save || other)) || (flags.nosave && flags.save) {
        ctx.out.error(SYNTAX_ERR);
        return;
    }
    if abort {
        if wait::abort(ctx.node, ctx.others) {
            ctx.out.ok();
        } else {
            ctx.out.error("ERR No shutdown in progress.");
        }
        return;
    }
    // A script runs past busy-reply-threshold: only SHUTDOWN NOSAVE, at once.
    let busy = ctx.node.scripting.busy_error();
    if let Some(busy) = busy
        && !flags.nosave
    {
        ctx.out.error(busy);
        return;
    }
    let client = ctx.may_block().then_some(ctx.client.id);
    if client.is_none() || busy.is_some() {
        // Inside MULTI or a script, or while one is busy: no waiting for replicas.
        flags.now = true;
    }
    let step = wait::request(ctx.node, client, flags);
    if step != Step::Exit && client.is_some() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    }
}

#[cfg(test)]
mod tests {
    use crate::commands::keys::harness::Harness;
    use crate::server::Output;

    /// SWAPDB, FLUSHDB, FLUSHALL, DBSIZE and SHUTDOWN argument handling; replies
    /// recorded from Redis 7.0.15.
    #[test]
    fn swapdb_flush_dbsize_shutdown_errors() {
        let mut t = Harness::new();
        t.check("SET a 1", "+OK\r\n");
        t.check("SET b 2", "+OK\r\n");
        t.check("DBSIZE", ":2\r\n");
        t.check("SWAPDB 0 1", "+OK\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.check("GET a", "$-1\r\n");
        t.check("SELECT 1", "+OK\r\n");
        t.check("DBSIZE", ":2\r\n");
        t.check("GET a", "$1\r\n1\r\n");
        t.check("SWAPDB 1 1", "+OK\r\n");
        t.check("DBSIZE", ":2\r\n");
        t.check("SWAPDB 1 0", "+OK\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.check("SELECT 0", "+OK\r\n");
        t.check("DBSIZE", ":2\r\n");
        t.check("SWAPDB a 0", "-ERR invalid first DB index\r\n");
        t.check("SWAPDB 0 a", "-ERR invalid second DB index\r\n");
        t.check("SWAPDB 0 16", "-ERR DB index is out of range\r\n");
        t.check("SWAPDB -1 0", "-ERR DB index is out of range\r\n");
        t.check("SWAPDB 99999999999 0", "-ERR invalid first DB index\r\n");
        t.check("SWAPDB 0 99999999999", "-ERR invalid second DB index\r\n");
        t.check("SWAPDB 0 1.0", "-ERR invalid second DB index\r\n");
        t.check(
            "SWAPDB 0",
            "-ERR wrong number of arguments for 'swapdb' command\r\n",
        );
        t.check("FLUSHDB foo", "-ERR syntax error\r\n");
        t.check("FLUSHDB SYNC extra", "-ERR syntax error\r\n");
        t.check("FLUSHDB async", "+OK\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.check("SET a 1", "+OK\r\n");
        t.check("FLUSHDB Sync", "+OK\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.check("SET a 1", "+OK\r\n");
        t.check("SELECT 5", "+OK\r\n");
        t.check("SET x 1", "+OK\r\n");
        t.check("FLUSHALL ASYNC", "+OK\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.check("SELECT 0", "+OK\r\n");
        t.check("DBSIZE", ":0\r\n");
        t.check("FLUSHALL foo", "-ERR syntax error\r\n");
        t.check("FLUSHALL", "+OK\r\n");
        t.check(
            "DBSIZE x",
            "-ERR wrong number of arguments for 'dbsize' command\r\n",
        );
        t.check(
            "TIME x",
            "-ERR wrong number of arguments for 'time' command\r\n",
        );
        t.check("SHUTDOWN foo", "-ERR syntax error\r\n");
        t.check("SHUTDOWN ABORT", "-ERR No shutdown in progress.\r\n");
        t.check("SHUTDOWN abort nosave", "-ERR syntax error\r\n");
        t.check("SHUTDOWN NOSAVE SAVE", "-ERR syntax error\r\n");
        t.check("SHUTDOWN now force abort", "-ERR syntax error\r\n");
        t.check("SHUTDOWN save nosave", "-ERR syntax error\r\n");
    }

    /// TIME reads the input's wall clock: seconds and microseconds as bulk strings.
    #[test]
    fn time_comes_from_now() {
        let mut t = Harness::new();
        t.check("TIME", "*2\r\n$10\r\n1700000000\r\n$1\r\n0\r\n");
        t.now.unix_us += 1_234_567;
        t.check("TIME", "*2\r\n$10\r\n1700000001\r\n$6\r\n234567\r\n");
    }

    /// SHUTDOWN replies nothing and asks the runtime to stop; with save points (the
    /// default) a plain SHUTDOWN saves first (see the persistence tests).
    #[test]
    fn shutdown_emits_output() {
        let mut t = Harness::new();
        t.check("SHUTDOWN ABORT", "-ERR No shutdown in progress.\r\n");
        assert!(!t.outputs().contains(&Output::Shutdown));
        t.check("SHUTDOWN NOSAVE NOW FORCE", "");
        assert!(t.outputs().contains(&Output::Shutdown));
        t.check("shutdown", "");
        let outputs = t.outputs();
        assert!(!outputs.contains(&Output::Shutdown));
        assert!(outputs.iter().any(|o| matches!(o, Output::Disk(_))));
    }

    /// SWAPDB exchanges contents, expiries included; clients keep their index.
    #[test]
    fn swapdb_moves_expiries_too() {
        let mut t = Harness::new();
        t.check("SET k v PX 5000", "+OK\r\n");
        t.check("SWAPDB 0 9", "+OK\r\n");
        t.check("EXISTS k", ":0\r\n");
        t.check("SELECT 9", "+OK\r\n");
        t.check("PTTL k", ":5000\r\n");
        t.advance(5001);
        t.check("GET k", "$-1\r\n");
    }
}
