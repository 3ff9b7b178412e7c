//! Replication commands on a master: REPLCONF, PSYNC, SYNC, WAIT and ROLE (its master
//! form). The protocol's state lives in [`crate::repl::master`]; these parse and reply
//! with Redis 7.0.15's texts.

use super::flags::*;
use super::{Command, Ctx, SYNTAX_ERR};
use crate::blocking::TimeoutReply;
use crate::repl::master::{self, SyncReply, Waiter};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new(
        "replconf",
        -1,
        ADMIN | NOSCRIPT | LOADING | STALE | ALLOW_BUSY,
        replconf,
    ),
    Command::new("psync", -3, ADMIN | NOSCRIPT | NO_MULTI, psync),
    Command::new("sync", 1, ADMIN | NOSCRIPT | NO_MULTI, sync),
    Command::new("wait", 3, NOSCRIPT, wait),
    Command::new("role", 1, NOSCRIPT | LOADING | STALE | FAST, role),
];

const NOT_INTEGER: &str = "ERR value is not an integer or out of range";

/// REPLCONF <option> <value> ...: what a replica tells about itself before PSYNC
/// (listening-port, ip-address, capa) and its acknowledgements after (ACK, which is
/// never answered; GETACK, answered by a replica with an ACK).
fn replconf(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len().is_multiple_of(2) {
        ctx.out.error(SYNTAX_ERR);
        return;
    }
    let id = ctx.client.id;
    let mut conf = ctx
        .node
        .repl
        .master
        .handshakes
        .get(&id)
        .cloned()
        .unwrap_or_default();
    for pair in argv[1..].chunks_exact(2) {
        let (opt, value) = (pair[0], pair[1]);
        if opt.eq_ignore_ascii_case(b"listening-port") {
            match parse_i64(value) {
                Some(port) => conf.port = port,
                None => {
                    ctx.out.error(NOT_INTEGER);
                    return;
                }
            }
        } else if opt.eq_ignore_ascii_case(b"ip-address") {
            if value.len() >= 256 {
                ctx.out.error(&format!(
                    "ERR REPLCONF ip-address provided by replica instance is too long: {} bytes",
                    value.len()
                ));
                return;
            }
            conf.ip = Some(String::from_utf8_lossy(value).into_owned());
        } else if opt.eq_ignore_ascii_case(b"capa") {
            if value.eq_ignore_ascii_case(b"eof") {
                conf.capa_eof = true;
            } else if value.eq_ignore_ascii_case(b"psync2") {
                conf.capa_psync2 = true;
            }
        } else if opt.eq_ignore_ascii_case(b"ack") {
            // Replicas only; never answered.
            if let Some(offset) = parse_i64(value).and_then(|o| u64::try_from(o).ok()) {
                let stream = master::ack(ctx.node, id, offset);
                ctx.out.raw().extend_from_slice(&stream);
            }
            return;
        } else if opt.eq_ignore_ascii_case(b"getack") {
            // A replica answers its master with an ACK (the replica side's); a master
            // has nothing to say.
            return;
        } else if opt.eq_ignore_ascii_case(b"rdb-only") {
            match parse_i64(value) {
                Some(0 | 1) => {}
                Some(_) => {
                    ctx.out
                        .error("ERR value is out of range, value must between 0 and 1");
                    return;
                }
                None => {
                    ctx.out.error(NOT_INTEGER);
                    return;
                }
            }
        } else {
            let mut msg = b"ERR Unrecognized REPLCONF option: ".to_vec();
            msg.extend_from_slice(opt);
            ctx.out.error_bytes(&msg);
            return;
        }
    }
    ctx.node.repl.master.handshakes.insert(id, conf);
    ctx.out.ok();
}

/// PSYNC <replid> <offset>: `+CONTINUE` with the backlog from `offset`, or
/// `+FULLRESYNC <replid> <offset>` and a snapshot.
fn psync(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.node.repl.master.replica(ctx.client.id).is_some() {
        // Already a replica: Redis ignores it.
        return;
    }
    if argv
        .get(3)
        .is_some_and(|a| a.eq_ignore_ascii_case(b"failover"))
    {
        // FAILOVER from our master: we are its target and take over first.
        if ctx.node.repl.replica.is_none() {
            ctx.out
                .error("ERR PSYNC FAILOVER can't be sent to a master.");
            return;
        }
        if argv[1] != ctx.node.repl.replid.as_bytes() {
            ctx.out
                .error("ERR PSYNC FAILOVER replid must match my replid.");
            return;
        }
        let from = super::connection::client_info_line(ctx, argv);
        ctx.node.unset_master();
        let text = format!(
            "Failover request received for replid {}, accepting from client {from}",
            String::from_utf8_lossy(argv[1])
        );
        super::persistence::log(ctx.node, crate::util::log::Level::Notice, text);
    }
    let Some(offset) = parse_i64(argv[2]) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    start_sync(ctx, Some((argv[1], offset)));
}

/// SYNC: the legacy full sync (the RDB without a `+FULLRESYNC` line).
fn sync(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    start_sync(ctx, None);
}

fn start_sync(ctx: &mut Ctx<'_>, psync: Option<(&[u8], i64)>) {
    let id = ctx.client.id;
    if ctx.node.repl.master.replica(id).is_some() {
        // Already a replica: Redis ignores it.
        return;
    }
    // Don't let replicas sync with us while we're failing over.
    if ctx.node.repl.failover.is_some() {
        ctx.out.error("NOMASTERLINK Can't SYNC while failing over");
        return;
    }
    // A replica serves its own replicas (a chain) once its link is up.
    if ctx.node.repl.replica.as_ref().is_some_and(|l| !l.is_up()) {
        ctx.out
            .error("NOMASTERLINK Can't SYNC while not connected with my master");
        return;
    }
    let conf = ctx
        .node
        .repl
        .master
        .handshakes
        .remove(&id)
        .unwrap_or_default();
    let peer_ip = match ctx.client.addr.rsplit_once(':') {
        Some((ip, _)) => ip.to_string(),
        None => ctx.client.addr.clone(),
    };
    let psync2 = conf.capa_psync2;
    ctx.client.replica = true;
    match master::sync_request(ctx.node, id, peer_ip, psync, &conf) {
        SyncReply::Continue(bytes) => {
            let line = if psync2 {
                format!("+CONTINUE {}\r\n", ctx.node.repl.replid)
            } else {
                "+CONTINUE\r\n".to_string()
            };
            ctx.out.raw().extend_from_slice(line.as_bytes());
            ctx.out.raw().extend_from_slice(&bytes);
        }
        SyncReply::Full(bytes) => ctx.out.raw().extend_from_slice(&bytes),
    }
}

/// WAIT numreplicas timeout: blocks until `numreplicas` replicas acknowledged the
/// client's last write, or `timeout` ms passed (0: forever); answers how many did.
fn wait(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.node.repl.replica.is_some() {
        ctx.out.error("ERR WAIT cannot be used with replica instances. Please also note that since Redis 4.0 if a replica is configured to be writable (which is not the default) writes to replicas are just local and are not propagated.");
        return;
    }
    let Some(numreplicas) = parse_i64(argv[1]) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    let Some(timeout) = parse_i64(argv[2]) else {
        ctx.out
            .error("ERR timeout is not an integer or out of range");
        return;
    };
    if timeout < 0 {
        ctx.out.error("ERR timeout is negative");
        return;
    }
    let offset = ctx.client.woff;
    let acks = ctx.node.repl.master.count_acks(offset);
    if numreplicas <= 0 || acks >= numreplicas as u64 || !ctx.may_block() {
        ctx.out.int(acks as i64);
        return;
    }
    let deadline = (timeout > 0).then(|| ctx.node.now.mono.add_millis(timeout as u64));
    ctx.node.repl.master.waiters.push(Waiter {
        id: ctx.client.id,
        offset,
        numreplicas: numreplicas as u64,
        deadline,
    });
    ctx.node.repl.master.get_ack = true;
    // The replication side answers (the count) when enough replicas acknowledged
    // or the deadline passed; the blocking layer's own deadline is not used.
    ctx.block(Vec::new(), None, TimeoutReply::NullBulk);
}

/// ROLE on a master: `master`, the offset, and each online replica's ip, port and
/// acknowledged offset; on a replica, its link's form.
fn role(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if let Some(link) = &ctx.node.repl.replica {
        crate::repl::replica::role_reply(link, ctx.out);
        return;
    }
    let offset = master::current_offset(ctx.node);
    let replicas: Vec<(String, i64, u64)> = ctx
        .node
        .repl
        .master
        .replicas
        .iter()
        .filter(|r| r.state == master::ReplicaState::Online)
        .map(|r| (r.ip.clone(), r.port, r.ack_off))
        .collect();
    let out = &mut *ctx.out;
    out.array(3);
    out.bulk(b"master");
    out.int(offset as i64);
    out.array(replicas.len());
    for (ip, port, ack) in replicas {
        out.array(3);
        out.bulk(ip.as_bytes());
        out.bulk(port.to_string().as_bytes());
        out.bulk(ack.to_string().as_bytes());
    }
}
