//! Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH.
//!
//! While a client is in MULTI, dispatch queues its commands (replying `+QUEUED`) instead
//! of running them; a command rejected at queue time (unknown, arity, auth) marks the
//! transaction so EXEC aborts with EXECABORT. EXEC runs the queue with blocking turned
//! off, unless a watched key changed (or expired) since WATCH, in which case it replies
//! the null array.

use smallvec::SmallVec;

use super::flags::*;
use super::{Command, Ctx, execute};

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new(
        "multi",
        1,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        multi,
    ),
    Command::new(
        "exec",
        1,
        NOSCRIPT | LOADING | STALE | SKIP_SLOWLOG | PROPAGATES_INNER,
        exec,
    ),
    Command::new(
        "discard",
        1,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        discard,
    ),
    Command::new(
        "watch",
        -2,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        watch,
    )
    .keys(1, -1, 1),
    Command::new(
        "unwatch",
        1,
        NOSCRIPT | LOADING | STALE | FAST | ALLOW_BUSY,
        unwatch,
    ),
];

/// Whether dispatch runs `name` at once even inside MULTI (the rest is queued).
pub fn runs_inside_multi(name: &str) -> bool {
    matches!(
        name,
        "exec" | "discard" | "multi" | "watch" | "quit" | "reset"
    )
}

fn multi(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if ctx.client.multi.is_some() {
        ctx.out.error("ERR MULTI calls can not be nested");
        return;
    }
    ctx.client.multi = Some(Vec::new());
    ctx.client.multi_error = false;
    ctx.out.ok();
}

fn exec(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let Some(queued) = ctx.client.multi.take() else {
        ctx.out.error("ERR EXEC without MULTI");
        return;
    };
    let aborted = std::mem::take(&mut ctx.client.multi_error);
    let watch_failed = ctx.node.watches.is_invalidated(ctx.client.id) || watched_key_expired(ctx);
    unwatch_all(ctx);
    if aborted {
        ctx.out
            .error("EXECABORT Transaction discarded because of previous errors.");
        return;
    }
    if watch_failed {
        ctx.out.null_array();
        return;
    }
    ctx.out.array(queued.len());
    ctx.client.in_exec = true;
    let table = ctx.commands;
    for argv in &queued {
        let argv: SmallVec<[&[u8]; 16]> = argv.iter().map(|a| &a[..]).collect();
        execute(table, ctx, &argv);
    }
    ctx.client.in_exec = false;
}

/// Ends the client's transaction without running it, replying `-EXECABORT` with
/// `reason` (Redis's `execCommandAbort`: EXEC refused for memory).
pub fn abort(ctx: &mut Ctx<'_>, reason: &str) {
    ctx.client.multi = None;
    ctx.client.multi_error = false;
    unwatch_all(ctx);
    ctx.out.error(&format!(
        "EXECABORT Transaction discarded because of: {reason}"
    ));
}

fn discard(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if ctx.client.multi.take().is_none() {
        ctx.out.error("ERR DISCARD without MULTI");
        return;
    }
    ctx.client.multi_error = false;
    unwatch_all(ctx);
    ctx.out.ok();
}

fn watch(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.client.multi.is_some() {
        ctx.out.error("ERR WATCH inside MULTI is not allowed");
        return;
    }
    let db = ctx.client.db;
    let now = ctx.now_ms();
    for key in &argv[1..] {
        if ctx
            .client
            .watched
            .iter()
            .any(|w| w.db == db && w.key == *key)
        {
            continue;
        }
        // Remember when a live key expires: only a key that expires after WATCH fails
        // the transaction.
        let expires_at = ctx.node.dbs[db].expire_at(key).filter(|&t| t >= now);
        ctx.client.watched.push(crate::client::WatchedKey {
            db,
            key: key.to_vec(),
            expires_at,
        });
        ctx.node.watches.watch(ctx.client.id, db, key);
    }
    ctx.out.ok();
}

fn unwatch(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    unwatch_all(ctx);
    ctx.out.ok();
}

/// Forgets every key the client watches.
pub fn unwatch_all(ctx: &mut Ctx<'_>) {
    let keys: Vec<(usize, Vec<u8>)> = ctx
        .client
        .watched
        .drain(..)
        .map(|w| (w.db, w.key))
        .collect();
    ctx.node.watches.unwatch_all(ctx.client.id, &keys);
}

/// Whether a watched key that was live at WATCH time has expired since.
fn watched_key_expired(ctx: &Ctx<'_>) -> bool {
    let now = ctx.now_ms();
    ctx.client
        .watched
        .iter()
        .any(|w| w.expires_at.is_some_and(|t| t < now))
}
