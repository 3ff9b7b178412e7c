//! The cluster commands of a standalone node: ASKING, READONLY, READWRITE and every
//! CLUSTER subcommand answer Redis 7.0's "cluster support disabled" error, as
//! redis-server does without `cluster-enabled` (client libraries probe them to tell a
//! cluster from a single node).

use super::flags::*;
use super::{Command, Ctx, container};

/// Redis's reply to a cluster command on a standalone node.
const DISABLED: &str = "ERR This instance has cluster support disabled";

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("asking", 1, FAST, disabled),
    Command::new("readonly", 1, LOADING | STALE | FAST, disabled),
    Command::new("readwrite", 1, LOADING | STALE | FAST, disabled),
    Command::new("cluster", -2, 0, container).with_subcommands(SUBCOMMANDS),
];

/// CLUSTER's subcommands with Redis 7.0.15's arities and flags.
const SUBCOMMANDS: &[Command] = &[
    Command::new("addslots", -3, ADMIN | STALE, disabled),
    Command::new("addslotsrange", -4, ADMIN | STALE, disabled),
    Command::new("bumpepoch", 2, ADMIN | STALE, disabled),
    Command::new("count-failure-reports", 3, ADMIN | STALE, disabled),
    Command::new("countkeysinslot", 3, STALE, disabled),
    Command::new("delslots", -3, ADMIN | STALE, disabled),
    Command::new("delslotsrange", -4, ADMIN | STALE, disabled),
    Command::new("failover", -2, ADMIN | STALE, disabled),
    Command::new("flushslots", 2, ADMIN | STALE, disabled),
    Command::new("forget", 3, ADMIN | STALE, disabled),
    Command::new("getkeysinslot", 4, STALE, disabled),
    Command::new("help", 2, LOADING | STALE, disabled),
    Command::new("info", 2, STALE, disabled),
    Command::new("keyslot", 3, STALE, disabled),
    Command::new("links", 2, STALE, disabled),
    Command::new("meet", -4, ADMIN | STALE, disabled),
    Command::new("myid", 2, STALE, disabled),
    Command::new("nodes", 2, STALE, disabled),
    Command::new("replicas", 3, ADMIN | STALE, disabled),
    Command::new("replicate", 3, ADMIN | STALE, disabled),
    Command::new("reset", -2, ADMIN | NOSCRIPT | STALE, disabled),
    Command::new("saveconfig", 2, ADMIN | STALE, disabled),
    Command::new("set-config-epoch", 3, ADMIN | STALE, disabled),
    Command::new("setslot", -4, ADMIN | STALE, disabled),
    Command::new("shards", 2, STALE, disabled),
    Command::new("slaves", 3, ADMIN | STALE, disabled),
    Command::new("slots", 2, STALE, disabled),
];

fn disabled(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.error(DISABLED);
}
