//! REPLICAOF / SLAVEOF (make this node a replica of a master, or a master again with
//! `NO ONE`), with Redis 7.0.15's replies. The link itself is
//! [`crate::repl::replica`]'s; ROLE is in `replication.rs` (a replica's form from
//! [`crate::repl::replica::role_reply`]).

use super::flags::*;
use super::{Command, Ctx};
use crate::util::log::Level;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("replicaof", 3, ADMIN | NOSCRIPT | STALE, replicaof),
    Command::new("slaveof", 3, ADMIN | NOSCRIPT | STALE, replicaof),
];

/// How Redis's log names the client that asked (its CLIENT INFO's first fields).
fn requester(ctx: &Ctx<'_>) -> String {
    format!(
        "id={} addr={} laddr={}",
        ctx.client.id.0, ctx.client.addr, ctx.client.laddr
    )
}

/// REPLICAOF host port | NO ONE.
fn replicaof(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.node.repl.failover.is_some() {
        ctx.out
            .error("ERR REPLICAOF not allowed while failing over.");
        return;
    }
    if argv[1].eq_ignore_ascii_case(b"no") && argv[2].eq_ignore_ascii_case(b"one") {
        if ctx.node.repl.replica.is_some() {
            ctx.node.unset_master();
            let text = format!(
                "MASTER MODE enabled (user request from '{}')",
                requester(ctx)
            );
            super::persistence::log(ctx.node, Level::Notice, text);
        }
        ctx.out.ok();
        return;
    }
    let port = crate::util::number::parse_i64(argv[2]).filter(|p| (0..=65535).contains(p));
    let Some(port) = port else {
        ctx.out.error("ERR Invalid master port");
        return;
    };
    let port = port as u16;
    let host = String::from_utf8_lossy(argv[1]).into_owned();
    if let Some(link) = &ctx.node.repl.replica
        && link.host.eq_ignore_ascii_case(&host)
        && link.port == port
    {
        super::persistence::log(
            ctx.node,
            Level::Notice,
            "REPLICAOF would result into synchronization with the master we are already connected with. No operation performed.",
        );
        ctx.out.simple("OK Already connected to specified master");
        return;
    }
    crate::repl::replica::disconnect_blocked(ctx.node, ctx.others);
    ctx.node.set_master(host.clone(), port);
    let text = format!(
        "REPLICAOF {host}:{port} enabled (user request from '{}')",
        requester(ctx)
    );
    super::persistence::log(ctx.node, Level::Notice, text);
    ctx.out.ok();
}
