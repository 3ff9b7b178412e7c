//! FAILOVER: a coordinated switch of roles between this master and one of its
//! replicas, as Redis 7.0.15 does it.
//!
//! `FAILOVER [TO host port [FORCE]] [TIMEOUT ms]` pauses writes and waits
//! (`waiting-for-sync`) until the target replica (or, without TO, any replica) has
//! acknowledged this node's whole stream. Then (`failover-in-progress`) this node
//! becomes a replica of the target and asks it `PSYNC <replid> <offset+1> FAILOVER`;
//! the target, seeing its own replication id, turns master first and answers
//! `+CONTINUE`, after which the failover is over and writes resume (refused now: this
//! node is a replica). The timeout aborts the wait, or with FORCE starts the switch
//! anyway. `FAILOVER ABORT`, a target that rejects the PSYNC, or the timeout end it:
//! a node that had already turned replica becomes a master again.
//! INFO replication's `master_failover_state` shows where it stands.

use crate::introspection::HELD_BY_FAILOVER;
use crate::repl::master::ReplicaState;
use crate::server::Node;
use crate::time::Instant;
use crate::util::log::Level;

/// Where a failover stands (Redis's `failover_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Writes are paused; waiting for the target to catch up.
    WaitForSync,
    /// This node is a replica of the target, its PSYNC FAILOVER not answered yet.
    InProgress,
}

/// A failover under way.
#[derive(Debug, Clone)]
pub struct Failover {
    /// Where it stands.
    pub state: State,
    /// The target replica's address, once known (TO, or the first replica found in
    /// sync).
    pub target: Option<(String, i64)>,
    /// When the wait for sync ends (TIMEOUT).
    pub end: Option<Instant>,
    /// FORCE: at the timeout, switch anyway.
    pub force: bool,
}

/// INFO's `master_failover_state`.
pub fn state_name(node: &Node) -> &'static str {
    match node.repl.failover.as_ref().map(|f| f.state) {
        None => "no-failover",
        Some(State::WaitForSync) => "waiting-for-sync",
        Some(State::InProgress) => "failover-in-progress",
    }
}

/// Whether a failover runs with a timeout (the replication cron sends no PING then,
/// as Redis 7.0's does not during a manual failover with writes paused).
pub fn quiet_stream(node: &Node) -> bool {
    node.repl.failover.as_ref().is_some_and(|f| f.end.is_some())
}

/// What FAILOVER asked for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// TO host port.
    pub to: Option<(String, i64)>,
    /// TIMEOUT, in ms (> 0).
    pub timeout_ms: Option<u64>,
    /// FORCE.
    pub force: bool,
}

/// Starts a failover; `Err` with Redis's error text when it cannot.
pub fn start(node: &mut Node, req: Request) -> Result<(), &'static str> {
    if node.repl.failover.is_some() {
        return Err("ERR FAILOVER already in progress.");
    }
    if node.repl.replica.is_some() {
        return Err("ERR FAILOVER is not valid when server is a replica.");
    }
    if node.repl.master.replicas.is_empty() {
        return Err("ERR FAILOVER requires connected replicas.");
    }
    if req.force && (req.timeout_ms.is_none() || req.to.is_none()) {
        return Err(
            "ERR FAILOVER with force option requires both a timeout and target HOST and IP.",
        );
    }
    if let Some((host, port)) = &req.to {
        let Some(r) = find_replica(node, host, *port) else {
            return Err("ERR FAILOVER target HOST and PORT is not a replica.");
        };
        if !matches!(r.state, ReplicaState::Online | ReplicaState::WaitAck) {
            return Err("ERR FAILOVER target replica is not online.");
        }
        log(node, format!("FAILOVER requested to {host}:{port}."));
    } else {
        log(node, "FAILOVER requested to any replica.".to_string());
    }
    let end = req.timeout_ms.map(|ms| node.now.mono.add_millis(ms));
    node.repl.failover = Some(Failover {
        state: State::WaitForSync,
        target: req.to,
        end,
        force: req.force,
    });
    node.introspect.pause.held |= HELD_BY_FAILOVER;
    Ok(())
}

/// The replica at `host:port` (its announced or peer address, its listening port).
fn find_replica<'a>(
    node: &'a Node,
    host: &str,
    port: i64,
) -> Option<&'a crate::repl::master::Replica> {
    node.repl
        .master
        .replicas
        .iter()
        .find(|r| r.ip.eq_ignore_ascii_case(host) && r.port == port)
}

fn log(node: &mut Node, text: String) {
    crate::commands::persistence::log(node, Level::Notice, text);
}

/// The end of the failover (done or aborted): writes resume.
fn clear(node: &mut Node) {
    node.repl.failover = None;
    node.introspect.pause.held &= !HELD_BY_FAILOVER;
}

/// Aborts the failover for `reason` (FAILOVER ABORT, the timeout, a rejected PSYNC):
/// a node already switched to replica becomes a master again.
pub fn abort(node: &mut Node, reason: &str) {
    let Some(f) = node.repl.failover.take() else {
        return;
    };
    let text = match &f.target {
        Some((host, port)) => format!("FAILOVER to {host}:{port} aborted: {reason}"),
        None => format!("FAILOVER to any replica aborted: {reason}"),
    };
    log(node, text);
    if f.state == State::InProgress {
        node.unset_master();
    }
    clear(node);
}

/// Checks a waiting failover (each replication cron and after each input, Redis's
/// `updateFailoverStatus`): the timeout aborts it or, with FORCE, starts the switch;
/// a target that acknowledged the whole stream starts it.
pub fn update(node: &mut Node, clients: &mut super::master::Clients) {
    let Some(f) = node.repl.failover.clone() else {
        return;
    };
    if f.state != State::WaitForSync {
        return;
    }
    if f.end.is_some_and(|end| node.now.mono >= end) {
        if f.force {
            let (host, port) = f.target.unwrap_or_default();
            log(
                node,
                format!("FAILOVER to {host}:{port} time out exceeded, failing over."),
            );
            switch(node, clients, host, port);
        } else {
            abort(node, "Replica never caught up before timeout");
        }
        return;
    }
    let offset = super::master::current_offset(node);
    let target = match &f.target {
        Some((host, port)) => find_replica(node, host, *port)
            .filter(|r| r.ack_off == offset)
            .map(|_| (host.clone(), *port)),
        None => node
            .repl
            .master
            .replicas
            .iter()
            .find(|r| r.ack_off == offset)
            .map(|r| (r.ip.clone(), r.port)),
    };
    if let Some((host, port)) = target {
        log(
            node,
            format!("Failover target {host}:{port} is synced, failing over."),
        );
        switch(node, clients, host, port);
    }
}

/// Becomes a replica of the target; the handshake's PSYNC carries FAILOVER.
fn switch(node: &mut Node, clients: &mut super::master::Clients, host: String, port: i64) {
    if let Some(f) = node.repl.failover.as_mut() {
        f.state = State::InProgress;
        f.target = Some((host.clone(), port));
    }
    super::replica::disconnect_blocked(node, clients);
    node.set_master(host, u16::try_from(port).unwrap_or(0));
}

/// Whether the replica's PSYNC must carry FAILOVER.
pub fn psync_failover(node: &Node) -> bool {
    node.repl
        .failover
        .as_ref()
        .is_some_and(|f| f.state == State::InProgress)
}

/// The target answered the PSYNC FAILOVER: `accepted` (`+CONTINUE` or
/// `+FULLRESYNC`) ends the failover; anything else aborts it.
pub fn psync_answered(node: &mut Node, accepted: bool) {
    if !psync_failover(node) {
        return;
    }
    if accepted {
        clear(node);
    } else {
        abort(node, "Failover target rejected psync request");
    }
}

#[cfg(test)]
#[path = "failover_tests.rs"]
mod tests;
