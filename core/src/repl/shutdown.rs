//! A master's shutdown waiting for its replicas (Redis 7.0's `shutdown-timeout`).
//!
//! SHUTDOWN (without NOW), SIGTERM or SIGINT on a master whose replicas have not all
//! acknowledged its whole stream does not stop at once: writes are paused, the replicas
//! are asked for their offsets (`REPLCONF GETACK *`), the SHUTDOWN clients wait, and
//! "Waiting for replicas before shutting down." is logged. The server cron ends the wait
//! once every replica's ACK offset equals `master_repl_offset`, or once
//! `shutdown-timeout` seconds have passed; then the shutdown goes on as usual (the lagging
//! replicas and the in-sync count logged, the final save, exit). `SHUTDOWN ABORT` ends
//! the wait: writes resume and the waiting clients get Redis's error.

use crate::client::ConnId;
use crate::commands::persistence::{self, ShutdownStep};
use crate::introspection::HELD_BY_SHUTDOWN;
use crate::repl::master::{Clients, ReplicaState};
use crate::server::Node;
use crate::time::Instant;
use crate::util::log::Level;

/// The error the waiting SHUTDOWN clients get when the shutdown does not happen.
pub const SHUTDOWN_FAILED: &[u8] = b"-ERR Errors trying to SHUTDOWN. Check logs.\r\n";

/// A shutdown waiting for the replicas to catch up.
#[derive(Debug, Clone, Default)]
pub struct ShutdownWait {
    /// When it stops waiting (`shutdown-timeout` seconds after the request).
    pub deadline: Option<Instant>,
    /// The SHUTDOWN clients, parked until the end.
    pub clients: Vec<ConnId>,
    /// SAVE.
    pub save: bool,
    /// NOSAVE.
    pub nosave: bool,
    /// FORCE.
    pub force: bool,
}

/// How a shutdown was asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flags {
    /// SAVE.
    pub save: bool,
    /// NOSAVE.
    pub nosave: bool,
    /// NOW: do not wait for replicas.
    pub now: bool,
    /// FORCE: exit even if the final save fails.
    pub force: bool,
}

impl Flags {
    /// The flags signal `name` (`SIGINT` or `SIGTERM`) shuts down with:
    /// `shutdown-on-sigint` / `shutdown-on-sigterm` (`save`, `nosave`, `now`, `force`),
    /// as redis-server reads them.
    pub fn for_signal(config: &crate::config::Config, name: &str) -> Flags {
        let directive = if name == "SIGINT" {
            "shutdown-on-sigint"
        } else {
            "shutdown-on-sigterm"
        };
        let text = crate::directives::get_by_name(config, directive).unwrap_or_default();
        let has = |flag: &str| text.split(' ').any(|w| w.eq_ignore_ascii_case(flag));
        Flags {
            save: has("save"),
            nosave: has("nosave"),
            now: has("now"),
            force: has("force"),
        }
    }
}

/// What a shutdown request did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Stop now ([`crate::server::Output::Shutdown`] is queued).
    Exit,
    /// The final save runs; the server answers when it ends.
    Saving,
    /// Waits for the replicas (or joined a shutdown already waiting).
    Waiting,
}

/// Whether a shutdown waits for replicas now.
#[inline]
pub fn waiting(node: &Node) -> bool {
    node.repl.shutdown.is_some()
}

/// Whether every replica acknowledged the whole stream (Redis's `isReadyToShutdown`).
fn replicas_in_sync(node: &Node) -> bool {
    let offset = super::master::current_offset(node);
    node.repl
        .master
        .replicas
        .iter()
        .all(|r| r.ack_off == offset)
}

/// `shutdown-timeout`, in seconds.
fn timeout_secs(node: &Node) -> u64 {
    crate::directives::get_by_name(&node.config, "shutdown-timeout")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10)
}

/// A shutdown asked for by `client` (`None`: a signal): logs it, then waits for the
/// replicas or goes on to the final steps. A shutdown already waiting takes `client`
/// among its waiters.
pub fn request(node: &mut Node, client: Option<ConnId>, flags: Flags) -> Step {
    if let Some(wait) = node.repl.shutdown.as_mut() {
        wait.clients.extend(client);
        return Step::Waiting;
    }
    persistence::log(node, Level::Warning, "User requested shutdown...");
    if !flags.now && timeout_secs(node) != 0 && !replicas_in_sync(node) {
        let now = node.now.mono;
        node.repl.shutdown = Some(ShutdownWait {
            deadline: Some(now.add_millis(timeout_secs(node).saturating_mul(1000))),
            clients: client.into_iter().collect(),
            save: flags.save,
            nosave: flags.nosave,
            force: flags.force,
        });
        if !node.introspect.pause.active(now) {
            node.repl.master.get_ack = true;
        }
        node.introspect.pause.held |= HELD_BY_SHUTDOWN;
        persistence::log(
            node,
            Level::Notice,
            "Waiting for replicas before shutting down.",
        );
        return Step::Waiting;
    }
    match finish(node, client, flags.save, flags.nosave, flags.force) {
        ShutdownStep::Exit => Step::Exit,
        ShutdownStep::Saving => Step::Saving,
    }
}

/// The final steps (Redis's `finishShutdown`): the replicas' state logged, then the
/// final save if any, then exit.
fn finish(
    node: &mut Node,
    client: Option<ConnId>,
    save: bool,
    nosave: bool,
    force: bool,
) -> ShutdownStep {
    log_replicas(node);
    persistence::finish_shutdown(node, client, save, nosave, force)
}

/// Logs each lagging replica and how many are in sync (when there are replicas).
fn log_replicas(node: &mut Node) {
    let offset = super::master::current_offset(node);
    let now = node.now.mono;
    let mut lines = Vec::new();
    let total = node.repl.master.replicas.len();
    let mut lagging = 0;
    for r in &node.repl.master.replicas {
        if r.ack_off == offset {
            continue;
        }
        lagging += 1;
        let (state, lag) = match r.state {
            ReplicaState::WaitStart | ReplicaState::Transfer => ("wait_bgsave", 0),
            ReplicaState::SendBulk => ("send_bulk", 0),
            ReplicaState::WaitAck | ReplicaState::Online => {
                ("online", now.nanos_since(r.ack_time) / 1_000_000_000)
            }
        };
        lines.push(format!(
            "Lagging replica {} reported offset {} behind master, lag={lag}, state={state}.",
            super::master::replica_name(r),
            offset as i64 - r.ack_off as i64,
        ));
    }
    for line in lines {
        persistence::log(node, Level::Warning, line);
    }
    if total > 0 {
        persistence::log(
            node,
            Level::Notice,
            format!(
                "{} of {total} replicas are in sync when shutting down.",
                total - lagging
            ),
        );
    }
}

/// The server cron's part: ends a wait whose replicas caught up or whose time is over,
/// going on with the final steps (what they did is returned; `None`: still waiting).
/// The first waiting client is the one the final save answers if it fails; the
/// others are kept in `shutdown_others`, answered then too.
pub fn cron(node: &mut Node) -> Option<ShutdownStep> {
    let wait = node.repl.shutdown.as_ref()?;
    let over = wait.deadline.is_some_and(|d| node.now.mono >= d);
    if !over && !replicas_in_sync(node) {
        return None;
    }
    let wait = node.repl.shutdown.take()?;
    node.introspect.pause.held &= !HELD_BY_SHUTDOWN;
    let first = wait.clients.first().copied();
    node.repl.shutdown_others = wait.clients.iter().skip(1).copied().collect();
    Some(finish(node, first, wait.save, wait.nosave, wait.force))
}

/// SHUTDOWN ABORT: ends a waiting shutdown (writes resume, its clients get the
/// error); false when none waits.
pub fn abort(node: &mut Node, clients: &mut Clients) -> bool {
    let Some(wait) = node.repl.shutdown.take() else {
        return false;
    };
    node.introspect.pause.held &= !HELD_BY_SHUTDOWN;
    for id in wait.clients {
        fail_waiter(node, clients, id);
    }
    persistence::log(node, Level::Notice, "Shutdown manually aborted.");
    true
}

/// Answers a parked SHUTDOWN client with [`SHUTDOWN_FAILED`].
pub fn fail_waiter(node: &mut Node, clients: &mut Clients, id: ConnId) {
    let Some(c) = clients.get_mut(&id) else {
        return;
    };
    if let Some(blocked) = c.state.blocked.take() {
        node.blocking.unpark(id, &blocked);
        c.reply.raw().extend_from_slice(SHUTDOWN_FAILED);
        node.stats.record_error(SHUTDOWN_FAILED);
        node.blocking.released(id);
        node.pending_writes.push(id);
    }
}

/// Connection `id` closed: it no longer waits.
pub fn closed(node: &mut Node, id: ConnId) {
    if let Some(wait) = node.repl.shutdown.as_mut() {
        wait.clients.retain(|&c| c != id);
    }
    node.repl.shutdown_others.retain(|&c| c != id);
}

#[cfg(test)]
#[path = "shutdown_tests.rs"]
mod tests;
