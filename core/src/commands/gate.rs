//! The gate in front of dispatch's rare refusals: one flag, [`Node::quiet`], true
//! while none of the node-wide conditions they test can hold (no `maxmemory`, no
//! failed background save or AOF write, no `min-replicas` refusal, not a replica, no
//! suspended script, no client pause, no key tracking since start-up, no MONITOR,
//! no latency monitor), so an ordinary command on a default server pays one branch for all of
//! them instead of a dozen.
//!
//! The flag is a cache, valid only inside a batch of requests: [`refresh`] computes
//! it when the batch starts and again after any command that might change one of the
//! conditions ([`keeps_quiet`] says which cannot); the batch's end clears it, so
//! every other path (timers, disk completions, the master's stream, AOF loading)
//! runs the full checks. Code that sets one of the conditions while a batch may be
//! running clears it too ([`disturb`]). A stale `false` only costs speed.
//!
//! [`Node::quiet`]: crate::server::Node::quiet

use super::flags::{ADMIN, KEEPS_QUIET, NOSCRIPT, PUBSUB, READONLY, WRITE};
use super::{Command, Ctx, Outcome, flag_transaction, pause, persistence, reject, tracking};
use crate::server::Node;

/// Computes [`Node::quiet`](crate::server::Node::quiet) from the conditions it stands
/// for.
#[inline(never)]
pub fn refresh(node: &mut Node) {
    node.quiet = node.config.maxmemory == 0
        && node.config.latency_monitor_threshold == 0
        && node.persist.last_bgsave_ok
        && !node.repl.master.refuse_writes
        && !crate::aof::write_failed(node)
        && node.repl.replica.is_none()
        && node.scripting.busy.is_none()
        && !node.introspect.pause.active(node.now.mono)
        && node.tracking.tracking_clients() == 0
        && !node.tracking.in_use()
        && node.introspect.monitors.is_empty();
}

/// One of the gated conditions may have started to hold: the checks run again until
/// the next [`refresh`].
#[inline]
pub fn disturb(node: &mut Node) {
    node.quiet = false;
}

/// The flags [`Command::new`] adds to `flags`: [`KEEPS_QUIET`] for a command that
/// reads or writes keys and is neither administrative, nor pub/sub, nor barred from
/// scripts (CONFIG SET, REPLICAOF, CLIENT PAUSE, CLIENT TRACKING, MONITOR, EVAL and
/// FCALL all fall outside).
pub const fn implied_flags(flags: u32) -> u32 {
    if flags & (WRITE | READONLY) != 0 && flags & (ADMIN | NOSCRIPT | PUBSUB) == 0 {
        KEEPS_QUIET
    } else {
        0
    }
}

/// Whether running `cmd` cannot change any gated condition.
#[inline(always)]
pub fn keeps_quiet(cmd: &Command) -> bool {
    cmd.flags & KEEPS_QUIET != 0
}

/// The gated refusals Redis checks before the pub/sub context: `-OOM`, the tracking
/// table's bound, `-MISCONF` (failed background save or AOF write), `-NOREPLICAS`,
/// and a read-only replica's `-READONLY`, in Redis's order.
#[inline(never)]
pub(super) fn before_pubsub(ctx: &mut Ctx<'_>, cmd: &'static Command) -> Option<Outcome> {
    if ctx.node.config.maxmemory != 0
        && !ctx.client.in_exec
        && !ctx.client.is_master
        && !ctx.client.unblocking
        && crate::evict::check_oom(ctx, cmd)
    {
        return Some(Outcome::Rejected(cmd));
    }
    if !ctx.client.in_exec && !ctx.client.unblocking {
        // Redis bounds the tracking table before running each command it reads.
        tracking::limit_table(ctx);
        // A replica applies its master's writes whatever its disk says.
        if ctx.client.is_master {
            if (!ctx.node.persist.last_bgsave_ok && persistence::refuses(ctx, cmd))
                || (crate::aof::write_failed(ctx.node) && persistence::write_like(ctx, cmd))
            {
                crate::repl::replica::apply_despite_disk_error(ctx.node);
            }
        } else if !ctx.node.persist.last_bgsave_ok && persistence::reject_write(ctx, cmd) {
            // stop-writes-on-bgsave-error, after a failed background save.
            return Some(Outcome::Rejected(cmd));
        }
        // min-replicas-to-write is not met.
        if ctx.node.repl.master.refuse_writes
            && cmd.name != "ping"
            && persistence::write_like(ctx, cmd)
        {
            reject(ctx, cmd, "NOREPLICAS Not enough good replicas to write.");
            return Some(Outcome::Rejected(cmd));
        }
        // A failed AOF write refuses writes until the disk works again.
        if !ctx.client.is_master
            && crate::aof::write_failed(ctx.node)
            && crate::aof::command::reject_write(ctx, cmd)
        {
            return Some(Outcome::Rejected(cmd));
        }
    }
    if ctx.node.repl.replica.is_some()
        && let Some(err) = crate::repl::replica::refused_write(ctx.node, ctx.client, cmd)
    {
        ctx.out.error(err);
        flag_transaction(ctx);
        return Some(Outcome::Rejected(cmd));
    }
    None
}

/// The gated refusals Redis checks after the pub/sub context: a replica's
/// `-MASTERDOWN`, `-BUSY` while a script is suspended, and CLIENT PAUSE holding the
/// command back.
#[inline(never)]
pub(super) fn after_pubsub(ctx: &mut Ctx<'_>, cmd: &'static Command) -> Option<Outcome> {
    if ctx.node.repl.replica.is_some()
        && let Some(err) = crate::repl::replica::refused_stale(ctx.node, ctx.client, cmd)
    {
        ctx.out.error(err);
        flag_transaction(ctx);
        return Some(Outcome::Rejected(cmd));
    }
    // A script runs past busy-reply-threshold (suspended): only ALLOW_BUSY commands.
    if let Some(busy) = ctx.node.scripting.busy_error()
        && cmd.flags & super::flags::ALLOW_BUSY == 0
        && !ctx.client.in_exec
    {
        ctx.out.error(busy);
        flag_transaction(ctx);
        return Some(Outcome::Rejected(cmd));
    }
    if pause::postpone(ctx, cmd) {
        return Some(Outcome::Postponed);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::CommandTable;

    #[test]
    fn commands_that_change_a_gated_condition_refresh_the_gate() {
        let table = CommandTable::new();
        let get = |name: &str| table.get(name.as_bytes()).unwrap();
        let sub = |name: &str, s: &str| get(name).subcommands.iter().find(|c| c.name == s).unwrap();
        for cmd in ["get", "set", "incr", "lpush", "lpop", "ping", "echo", "del"] {
            assert!(keeps_quiet(get(cmd)), "{cmd}");
        }
        for cmd in [
            "monitor",
            "replicaof",
            "slaveof",
            "eval",
            "evalsha",
            "eval_ro",
            "fcall",
            "fcall_ro",
            "save",
            "bgsave",
            "debug",
            "multi",
            "exec",
            "subscribe",
            "hello",
            "auth",
            "reset",
            "failover",
            "shutdown",
            "select",
        ] {
            assert!(!keeps_quiet(get(cmd)), "{cmd}");
        }
        for (cmd, s) in [
            ("config", "set"),
            ("client", "pause"),
            ("client", "tracking"),
            ("client", "unpause"),
            ("script", "kill"),
            ("function", "kill"),
            ("function", "load"),
            ("replconf", "ack"),
        ] {
            if get(cmd).subcommands.is_empty() {
                assert!(!keeps_quiet(get(cmd)), "{cmd}");
            } else {
                assert!(!keeps_quiet(sub(cmd, s)), "{cmd} {s}");
            }
        }
    }
}
