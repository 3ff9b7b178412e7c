//! Server keyspace commands (part of Redis's `server` group): DBSIZE, FLUSHDB,
//! FLUSHALL, SWAPDB, TIME, SHUTDOWN.

use super::flags::*;
use super::keys::parse_int_or_reply;
use super::{Command, Ctx, SYNTAX_ERR};
use crate::server::Output;

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
        [_, mode] => mode.eq_ignore_ascii_case(b"sync") || mode.eq_ignore_ascii_case(b"async"),
        _ => false,
    };
    if !ok {
        ctx.out.error(SYNTAX_ERR);
    }
    ok
}

/// FLUSHDB [ASYNC|SYNC].
fn flushdb(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if !flush_args_ok(ctx, argv) {
        return;
    }
    let removed = ctx.node.dbs[ctx.client.db].clear();
    ctx.node.dirty += removed as u64;
    ctx.out.ok();
}

/// FLUSHALL [ASYNC|SYNC]. Counts as one change more than the keys it removed, so that
/// it is propagated even on an empty server.
fn flushall(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if !flush_args_ok(ctx, argv) {
        return;
    }
    let removed: usize = ctx.node.dbs.iter_mut().map(|db| db.clear()).sum();
    ctx.node.dirty += removed as u64 + 1;
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
    ctx.node.dbs.swap(a, b);
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
/// runtime stops on [`Output::Shutdown`]. Nothing is saved yet, and no shutdown is
/// ever left in progress (there are no replicas to wait for), so ABORT always fails.
fn shutdown(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (mut nosave, mut save, mut other, mut abort) = (false, false, false, false);
    for arg in &argv[1..] {
        if arg.eq_ignore_ascii_case(b"nosave") {
            nosave = true;
        } else if arg.eq_ignore_ascii_case(b"save") {
            save = true;
        } else if arg.eq_ignore_ascii_case(b"now") || arg.eq_ignore_ascii_case(b"force") {
            other = true;
        } else if arg.eq_ignore_ascii_case(b"abort") {
            abort = true;
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
    }
    if (abort && (nosave || save || other)) || (nosave && save) {
        ctx.out.error(SYNTAX_ERR);
        return;
    }
    if abort {
        ctx.out.error("ERR No shutdown in progress.");
        return;
    }
    ctx.node.outputs.push_back(Output::Shutdown);
}
