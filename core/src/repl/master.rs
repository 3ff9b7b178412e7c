//! The master's side of replication: connected replicas, the backlog, full and partial
//! resyncs, WAIT.
//!
//! # How a replica is served
//!
//! `PSYNC <replid> <offset>` (or the legacy `SYNC`) registers the connection as a
//! [`Replica`]. If the backlog still holds the stream from the offset asked for (and
//! the id is this node's, or its previous one up to `second_offset`: PSYNC2), the
//! reply is `+CONTINUE` and the backlog's bytes follow at once. Otherwise the replica
//! waits for a full sync ([`ReplicaState::WaitStart`]): a [`Transfer`] starts (at the
//! end of the input for a disk-based sync, after `repl-diskless-sync-delay` or once
//! `repl-diskless-sync-max-replicas` wait for a diskless one), answers every waiting
//! replica `+FULLRESYNC <replid> <offset>` and takes the fork-less snapshot
//! ([`crate::rdb::snapshot`]) of that instant:
//! - diskless (`$EOF:<40 chars>\r\n`, the RDB, the 40 chars again): the snapshot's
//!   slices go straight into the replicas' output buffers, a slice whenever every
//!   target has drained below [`TRANSFER_WATERMARK`]; the stream produced meanwhile
//!   waits in [`Replica::pending`] and is sent after the replica's first `REPLCONF
//!   ACK` (as Redis does: the replica finds the end mark in the last bytes it read);
//! - disk-based (`$<len>\r\n` then the RDB, no CRLF): the length must come first, so
//!   the slices collect in memory (one per input, as a BGSAVE's) and go out whole,
//!   followed at once by the pending stream. No `dump.rdb` is written.
//!
//! Clients keep being served throughout: the snapshot is the BGSAVE mechanism, and it
//! shares the databases' snapshot state with the saves of
//! [`crate::commands::persistence`], so one waits for the other.
//!
//! # The stream
//!
//! The effects stream's replication target ([`crate::effects::Effects::repl`]) is
//! consumed from the first replica on (the backlog is created then, with a new
//! replication id, as Redis does). After each input [`feed`] moves its bytes into the
//! backlog and to every replica, and `node.repl.offset` grows by their length.
//! `PING` (every `repl-ping-replica-period` seconds) and `REPLCONF GETACK *` (once per
//! input after a WAIT) go into the stream without a `SELECT`, as Redis's
//! `replicationFeedSlaves(..., server.slaveseldb, ...)`.

use std::fmt::Write as _;

use super::backlog::Backlog;
use crate::client::{Client, ConnId};
use crate::rdb::snapshot::{Snapshot, SnapshotOptions};
use crate::server::{Node, Output};
use crate::time::Instant;
use crate::util::FastMap;
use crate::util::log::Level;

/// The connections, as the server keeps them.
pub type Clients = FastMap<ConnId, Box<Client>>;

/// A diskless transfer produces the next slice once every target's output buffer
/// holds less than this.
pub const TRANSFER_WATERMARK: usize = 1 << 20;

/// What a master keeps about its replicas and backlog.
#[derive(Debug, Default)]
pub struct MasterSide {
    /// The backlog, from the first replica on (`None`: no replica ever, or the
    /// backlog's TTL passed).
    pub backlog: Option<Backlog>,
    /// Connected replicas, in order of arrival (`slave0`, `slave1`, ...).
    pub replicas: Vec<Replica>,
    /// The full sync running, if any.
    pub transfer: Option<Box<Transfer>>,
    /// Clients blocked in WAIT.
    pub waiters: Vec<Waiter>,
    /// A WAIT asked the replicas for their offsets: `REPLCONF GETACK *` goes out at
    /// the end of the input.
    pub get_ack: bool,
    /// `min-replicas-to-write` is not met: write commands get `-NOREPLICAS`.
    pub refuse_writes: bool,
    /// Replicas online whose last ACK is at most `min-replicas-max-lag` seconds old.
    pub good_replicas: usize,
    /// Since when no replica is connected (the backlog's TTL counts from then).
    pub no_replicas_since: Option<Instant>,
    /// When the replication cron (once a second) last ran.
    pub last_cron: Option<Instant>,
    /// Replication cron runs (the PING period counts them, as Redis does).
    pub cron_loops: u64,
    /// What REPLCONF told about connections that have not sent PSYNC yet.
    pub handshakes: FastMap<ConnId, ReplConf>,
    /// Replicas in [`ReplicaState::SendBulk`] (a cheap check after each write).
    pub sending_bulk: usize,
    /// INFO stats `sync_full`.
    pub sync_full: u64,
    /// INFO stats `sync_partial_ok`.
    pub sync_partial_ok: u64,
    /// INFO stats `sync_partial_err`.
    pub sync_partial_err: u64,
}

/// Where a replica is in its synchronisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplicaState {
    /// Waits for a full sync to start.
    WaitStart,
    /// Receives a snapshot (its stream collects in [`Replica::pending`]).
    Transfer,
    /// Receives a disk-based snapshot, complete in memory ([`Replica::bulk`]).
    SendBulk,
    /// Received its snapshot; waits for its first ACK before the stream flows
    /// (diskless transfers only).
    WaitAck,
    /// Receives the stream.
    Online,
}

/// One replica connection.
#[derive(Debug)]
pub struct Replica {
    /// Its connection.
    pub id: ConnId,
    /// Where it is.
    pub state: ReplicaState,
    /// The address it announced (`REPLCONF ip-address`), else its peer's.
    pub ip: String,
    /// `REPLCONF listening-port`.
    pub port: i64,
    /// `REPLCONF capa eof`: it reads the diskless framing.
    pub capa_eof: bool,
    /// `REPLCONF capa psync2`.
    pub capa_psync2: bool,
    /// It sent SYNC, not PSYNC: no `+FULLRESYNC` line.
    pub pre_psync: bool,
    /// The last offset it acknowledged.
    pub ack_off: u64,
    /// When it last acknowledged (or when it came online).
    pub ack_time: Instant,
    /// The stream produced since its snapshot's instant, not sent yet.
    pub pending: Vec<u8>,
    /// [`ReplicaState::SendBulk`]: the RDB (shared by the transfer's targets) and how
    /// much of it went to the output buffer.
    pub bulk: Option<(std::sync::Arc<Vec<u8>>, usize)>,
}

/// A full sync in progress.
#[derive(Debug)]
pub struct Transfer {
    /// The snapshot being serialized.
    snapshot: Snapshot,
    /// `$EOF:` framing straight to the sockets (else `$<len>` from memory).
    diskless: bool,
    /// The diskless end mark.
    mark: [u8; 40],
    /// The replicas it is for.
    pub targets: Vec<ConnId>,
    /// Disk-based: the RDB so far.
    buf: Vec<u8>,
    /// The offset of the snapshot's instant (`+FULLRESYNC`'s).
    pub offset: u64,
}

/// A client blocked in WAIT.
#[derive(Debug, Clone, Copy)]
pub struct Waiter {
    /// The client.
    pub id: ConnId,
    /// The offset its last write reached.
    pub offset: u64,
    /// How many replicas it waits for.
    pub numreplicas: u64,
    /// When it gives up (`None`: never).
    pub deadline: Option<Instant>,
}

/// A numeric directive's value.
fn directive_i64(node: &Node, name: &str) -> i64 {
    crate::directives::get_by_name(&node.config, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// A yes/no directive's value.
fn directive_flag(node: &Node, name: &str) -> bool {
    crate::directives::get_by_name(&node.config, name).as_deref() == Some("yes")
}

fn log(node: &mut Node, level: Level, text: String) {
    node.outputs.push_back(Output::Log { level, text });
}

impl MasterSide {
    /// Whether any replication work may be pending (a cheap check for the server's
    /// per-input hook).
    #[inline]
    pub fn active(&self) -> bool {
        !self.replicas.is_empty() || self.backlog.is_some() || !self.waiters.is_empty()
    }

    /// The replica on connection `id`, if it is one.
    pub fn replica(&self, id: ConnId) -> Option<&Replica> {
        self.replicas.iter().find(|r| r.id == id)
    }

    fn replica_mut(&mut self, id: ConnId) -> Option<&mut Replica> {
        self.replicas.iter_mut().find(|r| r.id == id)
    }

    /// Replicas online whose acknowledged offset reached `offset`.
    pub fn count_acks(&self, offset: u64) -> u64 {
        self.replicas
            .iter()
            .filter(|r| r.state == ReplicaState::Online && r.ack_off >= offset)
            .count() as u64
    }

    /// The bytes a replica holds against `client-output-buffer-limit replica`, if `id`
    /// is one: its output buffer once online, the stream it waits for before.
    pub fn limited_bytes(&self, id: ConnId, reply_pending: usize) -> Option<usize> {
        if self.replicas.is_empty() {
            return None;
        }
        let r = self.replica(id)?;
        Some(match r.state {
            ReplicaState::Online => reply_pending,
            // The snapshot's bytes do not count (Redis sends its file apart).
            _ => r.pending.len(),
        })
    }
}

/// The current replication offset: bytes produced, including those the effects
/// stream holds not yet moved by [`feed`].
pub fn current_offset(node: &Node) -> u64 {
    node.repl.offset + node.effects.repl.bytes.len() as u64
}

/// A replica's name in log lines: its announced address and listening port.
pub(crate) fn replica_name(r: &Replica) -> String {
    if r.port > 0 {
        format!("{}:{}", r.ip, r.port)
    } else {
        format!("{}:<unknown-replica-port>", r.ip)
    }
}

/// Writes `bytes` to connection `id` (the runtime is told after the input).
fn send(node: &mut Node, clients: &mut Clients, id: ConnId, bytes: &[u8]) {
    if let Some(c) = clients.get_mut(&id) {
        c.reply.raw().extend_from_slice(bytes);
        node.pending_writes.push(id);
    }
}

/// Creates the backlog at the first replica: a new replication id, no previous one,
/// and the effects stream's replication target consumed from now on.
fn ensure_backlog(node: &mut Node) {
    if node.repl.master.backlog.is_some() {
        // A backlog kept from before (a promoted replica's): the stream must flow.
        if node.repl.replica.is_none() && node.effects.consumers() & crate::effects::TO_REPL == 0 {
            node.set_effects_consumer(crate::effects::TO_REPL, true);
        }
        return;
    }
    let size = directive_i64(node, "repl-backlog-size").max(1) as usize;
    node.repl.replid = super::new_replid(&mut node.rng);
    node.repl.replid2 = "0".repeat(40);
    node.repl.second_offset = -1;
    node.repl.master.backlog = Some(Backlog::new(size, node.repl.offset));
    node.set_effects_consumer(crate::effects::TO_REPL, true);
    let text = format!(
        "Replication backlog created, my new replication IDs are '{}' and '{}'",
        node.repl.replid, node.repl.replid2
    );
    log(node, Level::Notice, text);
}

/// A replica keeps a backlog of its master's stream from its first sync on, sub-replicas
/// or not (as Redis's do), so that once promoted (REPLICAOF NO ONE, FAILOVER) the
/// other nodes continue from it by partial resync. `fresh` (after a full sync): the
/// history restarts at the current offset; else an existing backlog is kept.
pub fn replica_backlog(node: &mut Node, fresh: bool) {
    if fresh || node.repl.master.backlog.is_none() {
        let size = directive_i64(node, "repl-backlog-size").max(1) as usize;
        node.effects.repl.bytes.clear();
        node.repl.master.backlog = Some(Backlog::new(size, node.repl.offset));
    }
    if node.effects.consumers() & crate::effects::TO_REPL == 0 {
        node.set_effects_consumer(crate::effects::TO_REPL, true);
    }
}

/// Closes every replica connection (Redis's `disconnectSlaves`): after this node's
/// replication id changed (promotion, a new id from its master) its replicas must
/// reconnect to learn it; PSYNC2 lets them continue partially.
pub fn disconnect_replicas(node: &mut Node) {
    let ids: Vec<ConnId> = node.repl.master.replicas.iter().map(|r| r.id).collect();
    for id in ids {
        node.outputs.push_back(Output::Close(id));
        // Forgotten at once, as Redis frees them: nothing of the new history may
        // reach them before the close.
        closed(node, id);
    }
}

/// What PSYNC / SYNC answered, for the handler.
#[derive(Debug, PartialEq, Eq)]
pub enum SyncReply {
    /// `+CONTINUE`, then these backlog bytes.
    Continue(Vec<u8>),
    /// A full sync: these bytes now (`+FULLRESYNC` when it joined a running
    /// transfer), the rest when the transfer starts or ends.
    Full(Vec<u8>),
}

/// PSYNC `replid` `offset` (`None`: SYNC) from connection `id` at `peer_ip`:
/// registers the replica and decides between a partial and a full resync.
pub fn sync_request(
    node: &mut Node,
    id: ConnId,
    peer_ip: String,
    psync: Option<(&[u8], i64)>,
    conf: &ReplConf,
) -> SyncReply {
    let ip = conf.ip.clone().unwrap_or(peer_ip);
    let now = node.now.mono;
    let replica = Replica {
        id,
        state: ReplicaState::WaitStart,
        ip,
        port: conf.port,
        capa_eof: conf.capa_eof,
        capa_psync2: conf.capa_psync2,
        pre_psync: psync.is_none(),
        ack_off: 0,
        ack_time: now,
        pending: Vec::new(),
        bulk: None,
    };
    let name = replica_name(&replica);
    log(
        node,
        Level::Notice,
        format!("Replica {name} asks for synchronization"),
    );
    if let Some((replid, offset)) = psync {
        if let Some(bytes) = try_partial(node, replid, offset, &name) {
            let histlen = bytes.len();
            let mut replica = replica;
            replica.state = ReplicaState::Online;
            node.repl.master.replicas.push(replica);
            node.repl.master.no_replicas_since = None;
            node.repl.master.sync_partial_ok += 1;
            log(
                node,
                Level::Notice,
                format!(
                    "Partial resynchronization request from {name} accepted. Sending {histlen} bytes of backlog starting from offset {offset}."
                ),
            );
            refresh_good_replicas(node);
            return SyncReply::Continue(bytes);
        }
        if replid != b"?" {
            node.repl.master.sync_partial_err += 1;
        }
    }
    node.repl.master.sync_full += 1;
    node.repl.master.replicas.push(replica);
    node.repl.master.no_replicas_since = None;
    ensure_backlog(node);
    let now_bytes = attach_to_running(node, id).unwrap_or_default();
    if node.repl.master.replica(id).map(|r| r.state) == Some(ReplicaState::WaitStart)
        && directive_flag(node, "repl-diskless-sync")
        && conf.capa_eof
        && directive_i64(node, "repl-diskless-sync-delay") > 0
    {
        log(
            node,
            Level::Notice,
            "Delay next BGSAVE for diskless SYNC".to_string(),
        );
    }
    SyncReply::Full(now_bytes)
}

/// The backlog from `offset` if a replica of `replid` may continue from there
/// (PSYNC2: this node's id, or its previous one up to `second_offset`).
fn try_partial(node: &mut Node, replid: &[u8], offset: i64, name: &str) -> Option<Vec<u8>> {
    let repl = &node.repl;
    let ours = replid == repl.replid.as_bytes();
    let previous = replid == repl.replid2.as_bytes() && offset <= repl.second_offset;
    let reason = if !ours && !previous {
        if replid != b"?" {
            Some(if replid == repl.replid2.as_bytes() {
                format!(
                    "Partial resynchronization not accepted: Requested offset for second ID was {offset}, but I can reply up to {}",
                    repl.second_offset
                )
            } else {
                format!(
                    "Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '{}', my replication IDs are '{}' and '{}')",
                    String::from_utf8_lossy(replid),
                    repl.replid,
                    repl.replid2
                )
            })
        } else {
            log(
                node,
                Level::Notice,
                format!("Full resync requested by replica {name}"),
            );
            None
        }
    } else {
        let from = u64::try_from(offset).ok();
        match (&repl.master.backlog, from) {
            (Some(b), Some(from)) => match b.since(from) {
                Some(bytes) => return Some(bytes),
                None => Some(format!(
                    "Unable to partial resync with replica {name} for lack of backlog (Replica request was: {offset})."
                )),
            },
            _ => Some(format!(
                "Unable to partial resync with replica {name} for lack of backlog (Replica request was: {offset})."
            )),
        }
    };
    if let Some(reason) = reason {
        log(node, Level::Notice, reason);
    }
    None
}

/// A disk-based transfer that runs takes a new replica along: it shares the
/// snapshot, and the stream a fellow target collected since its instant is the
/// newcomer's too (Redis attaches a replica to a running BGSAVE so). Returns the
/// `+FULLRESYNC` line for the newcomer, if it was attached.
fn attach_to_running(node: &mut Node, id: ConnId) -> Option<Vec<u8>> {
    let master = &mut node.repl.master;
    let t = master.transfer.as_deref_mut()?;
    if t.diskless {
        return None;
    }
    let first = *t.targets.first()?;
    let pending = master
        .replicas
        .iter()
        .find(|r| r.id == first)?
        .pending
        .clone();
    t.targets.push(id);
    let offset = t.offset;
    let r = master.replicas.iter_mut().find(|r| r.id == id)?;
    r.state = ReplicaState::Transfer;
    r.pending = pending;
    let line = if r.pre_psync {
        Vec::new()
    } else {
        format!("+FULLRESYNC {} {offset}\r\n", node.repl.replid).into_bytes()
    };
    log(
        node,
        Level::Notice,
        "Waiting for end of BGSAVE for SYNC".to_string(),
    );
    Some(line)
}

/// What REPLCONF told about a connection before its PSYNC.
#[derive(Debug, Clone, Default)]
pub struct ReplConf {
    /// `listening-port`.
    pub port: i64,
    /// `ip-address`.
    pub ip: Option<String>,
    /// `capa eof`.
    pub capa_eof: bool,
    /// `capa psync2`.
    pub capa_psync2: bool,
}

/// Starts a full sync for the replicas waiting for one, if none runs, no save holds
/// the databases' snapshot state, and (diskless) `repl-diskless-sync-delay` seconds
/// passed since the first one arrived or `repl-diskless-sync-max-replicas` wait.
/// Diskless only if every one of them reads the `$EOF:` framing (Redis's `mincapa`).
fn start_transfer(node: &mut Node, clients: &mut Clients) {
    let master = &node.repl.master;
    if master.transfer.is_some() || node.persist.saving() || node.aof.rw.running() {
        return;
    }
    let waiting: Vec<&Replica> = master
        .replicas
        .iter()
        .filter(|r| r.state == ReplicaState::WaitStart)
        .collect();
    if waiting.is_empty() {
        return;
    }
    let diskless = directive_flag(node, "repl-diskless-sync") && waiting.iter().all(|r| r.capa_eof);
    if diskless {
        let delay = directive_i64(node, "repl-diskless-sync-delay").max(0) as u64;
        let max = directive_i64(node, "repl-diskless-sync-max-replicas").max(0) as usize;
        let oldest = waiting
            .iter()
            .map(|r| r.ack_time)
            .min()
            .unwrap_or(node.now.mono);
        let idle_secs = node.now.mono.nanos_since(oldest) / 1_000_000_000;
        let enough = max > 0 && waiting.len() >= max;
        if idle_secs < delay && !enough {
            return;
        }
    }
    // The stream so far belongs before the snapshot's instant.
    feed(node, clients);
    let targets: Vec<ConnId> = waiting_ids(node);
    let offset = node.repl.offset;
    let mut mark = [0u8; 40];
    node.rng.fill_hex(&mut mark);
    log(
        node,
        Level::Notice,
        format!(
            "Starting BGSAVE for SYNC with target: {}",
            if diskless { "replicas sockets" } else { "disk" }
        ),
    );
    let mut opts: SnapshotOptions = crate::commands::persistence::snapshot_options(node);
    opts.aux.repl = Some((0, node.repl.replid.clone(), offset as i64));
    let (snapshot, header) = Snapshot::start(&mut node.dbs, &opts);
    // The replicas' stream starts from a SELECT (Redis's `slaveseldb = -1`).
    node.effects.repl.reset_selected();
    let replid = node.repl.replid.clone();
    for &id in &targets {
        let Some(r) = node.repl.master.replica_mut(id) else {
            continue;
        };
        r.state = ReplicaState::Transfer;
        r.pending.clear();
        let mut first = Vec::new();
        if !r.pre_psync {
            first.extend_from_slice(format!("+FULLRESYNC {replid} {offset}\r\n").as_bytes());
        }
        if diskless {
            first.extend_from_slice(b"$EOF:");
            first.extend_from_slice(&mark);
            first.extend_from_slice(b"\r\n");
            first.extend_from_slice(&header);
        }
        send(node, clients, id, &first);
    }
    node.repl.master.transfer = Some(Box::new(Transfer {
        snapshot,
        diskless,
        mark,
        targets,
        buf: if diskless { Vec::new() } else { header },
        offset,
    }));
}

fn waiting_ids(node: &Node) -> Vec<ConnId> {
    node.repl
        .master
        .replicas
        .iter()
        .filter(|r| r.state == ReplicaState::WaitStart)
        .map(|r| r.id)
        .collect()
}

/// Advances the running transfer: diskless, slices while every target has drained
/// below the watermark; disk-based, one slice. Ends it when the snapshot is done.
pub fn step_transfer(node: &mut Node, clients: &mut Clients) {
    let Some(mut t) = node.repl.master.transfer.take() else {
        return;
    };
    t.targets.retain(|id| clients.contains_key(id));
    if t.targets.is_empty() {
        Snapshot::abort(&mut node.dbs);
        log(
            node,
            Level::Warning,
            "Diskless rdb transfer, last replica dropped, killing fork child.".to_string(),
        );
        crate::commands::persistence::start_queued(node);
        return;
    }
    let budget = node.persist.budget;
    loop {
        if t.snapshot.is_finished() {
            finish_transfer(node, clients, *t);
            crate::commands::persistence::start_queued(node);
            return;
        }
        if t.diskless {
            let low = t.targets.iter().all(|id| {
                clients
                    .get(id)
                    .is_some_and(|c| c.reply.pending_len() < TRANSFER_WATERMARK)
            });
            if !low {
                break;
            }
        }
        match t.snapshot.slice(&mut node.dbs, budget) {
            Ok(chunk) => {
                if t.diskless {
                    for &id in &t.targets {
                        send(node, clients, id, &chunk);
                    }
                } else {
                    t.buf.extend_from_slice(&chunk);
                    if !t.snapshot.is_finished() {
                        // One slice per input, as a BGSAVE.
                        break;
                    }
                }
            }
            Err(e) => {
                log(
                    node,
                    Level::Warning,
                    format!("Write error while sending the RDB to replicas: {e}"),
                );
                for &id in &t.targets {
                    close(node, clients, id);
                }
                crate::commands::persistence::start_queued(node);
                return;
            }
        }
    }
    node.repl.master.transfer = Some(t);
}

/// Whether the running transfer can make progress now (the server then asks to be
/// called again at once).
pub fn transfer_ready(node: &Node, clients: &Clients) -> bool {
    let Some(t) = node.repl.master.transfer.as_deref() else {
        return false;
    };
    !t.diskless
        || t.targets.iter().all(|id| {
            clients
                .get(id)
                .is_none_or(|c| c.reply.pending_len() < TRANSFER_WATERMARK)
        })
}

/// Whether a replica in [`ReplicaState::SendBulk`] has room for more of its file.
pub fn bulk_ready(node: &Node, clients: &Clients) -> bool {
    node.repl.master.sending_bulk != 0
        && node.repl.master.replicas.iter().any(|r| {
            r.state == ReplicaState::SendBulk
                && clients
                    .get(&r.id)
                    .is_some_and(|c| c.reply.pending_len() < TRANSFER_WATERMARK)
        })
}

/// The snapshot is complete: the end mark (diskless) or the whole file (disk-based)
/// goes to every target, which comes online.
fn finish_transfer(node: &mut Node, clients: &mut Clients, mut t: Transfer) {
    log(
        node,
        Level::Notice,
        if t.diskless {
            "Background RDB transfer terminated with success".to_string()
        } else {
            "Background saving terminated with success".to_string()
        },
    );
    let now = node.now.mono;
    let rdb = std::sync::Arc::new(std::mem::take(&mut t.buf));
    for &id in &t.targets {
        let mut out = Vec::new();
        if t.diskless {
            out.extend_from_slice(&t.mark);
        } else {
            out.extend_from_slice(format!("${}\r\n", rdb.len()).as_bytes());
        }
        let Some(r) = node.repl.master.replica_mut(id) else {
            continue;
        };
        r.ack_time = now;
        let name = replica_name(r);
        if t.diskless {
            r.state = ReplicaState::WaitAck;
            send(node, clients, id, &out);
            log(
                node,
                Level::Notice,
                format!(
                    "Streamed RDB transfer with replica {name} succeeded (socket). Waiting for REPLCONF ACK from replica to enable streaming"
                ),
            );
        } else {
            r.state = ReplicaState::SendBulk;
            r.bulk = Some((std::sync::Arc::clone(&rdb), 0));
            node.repl.master.sending_bulk += 1;
            send(node, clients, id, &out);
        }
    }
    pump_bulk(node, clients);
    refresh_good_replicas(node);
}

/// Moves the disk-based snapshots of replicas in [`ReplicaState::SendBulk`] into
/// their output buffers while they drain (the RDB stays out of the output-buffer
/// limits, as Redis's file is); a replica whose file is all out comes online with the
/// stream it missed meanwhile.
pub fn pump_bulk(node: &mut Node, clients: &mut Clients) {
    if node.repl.master.sending_bulk == 0 {
        return;
    }
    for i in 0..node.repl.master.replicas.len() {
        let r = &mut node.repl.master.replicas[i];
        if r.state != ReplicaState::SendBulk {
            continue;
        }
        let Some(client) = clients.get_mut(&r.id) else {
            continue;
        };
        let Some((rdb, pos)) = r.bulk.as_mut() else {
            continue;
        };
        let room = TRANSFER_WATERMARK.saturating_sub(client.reply.pending_len());
        if room == 0 {
            continue;
        }
        let end = (*pos + room).min(rdb.len());
        client
            .reply
            .raw()
            .extend_from_slice(rdb.get(*pos..end).unwrap_or_default());
        *pos = end;
        node.pending_writes.push(r.id);
        if end == rdb.len() {
            r.bulk = None;
            r.state = ReplicaState::Online;
            r.ack_time = node.now.mono;
            let pending = std::mem::take(&mut r.pending);
            client.reply.raw().extend_from_slice(&pending);
            let name = replica_name(r);
            node.repl.master.sending_bulk -= 1;
            log(
                node,
                Level::Notice,
                format!("Synchronization with replica {name} succeeded"),
            );
        }
    }
}

/// Moves the effects stream's replication bytes into the backlog and to the
/// replicas; the offset grows by their length.
pub fn feed(node: &mut Node, clients: &mut Clients) {
    if node.effects.repl.bytes.is_empty() {
        return;
    }
    let bytes = std::mem::take(&mut node.effects.repl.bytes);
    node.repl.offset += bytes.len() as u64;
    if let Some(b) = &mut node.repl.master.backlog {
        b.append(&bytes);
    }
    for i in 0..node.repl.master.replicas.len() {
        let r = &mut node.repl.master.replicas[i];
        match r.state {
            ReplicaState::Online => {
                let id = r.id;
                send(node, clients, id, &bytes);
            }
            ReplicaState::Transfer | ReplicaState::SendBulk | ReplicaState::WaitAck => {
                r.pending.extend_from_slice(&bytes);
                // The server checks its output limit (what waits here counts).
                let id = r.id;
                node.pending_writes.push(id);
            }
            ReplicaState::WaitStart => {}
        }
    }
    // Reuse the allocation.
    let mut bytes = bytes;
    bytes.clear();
    if node.effects.repl.bytes.is_empty() {
        node.effects.repl.bytes = bytes;
    }
}

/// Appends bytes to the replication stream as they are, without a SELECT: PING and
/// GETACK here; a replica forwarding its master's stream to its own replicas can use
/// it too. Nothing happens without a backlog.
pub fn feed_raw(node: &mut Node, cmd: &[u8]) {
    if node.repl.master.backlog.is_none() {
        return;
    }
    node.effects.repl.bytes.extend_from_slice(cmd);
    node.effects.repl.total += cmd.len() as u64;
}

/// `REPLCONF ACK <offset>` from connection `id`; returns the stream to write to it
/// now (what waited for its first ACK after a diskless transfer).
pub fn ack(node: &mut Node, id: ConnId, offset: u64) -> Vec<u8> {
    let now = node.now.mono;
    let Some(r) = node.repl.master.replica_mut(id) else {
        return Vec::new();
    };
    if offset > r.ack_off {
        r.ack_off = offset;
    }
    r.ack_time = now;
    if r.state == ReplicaState::WaitAck {
        r.state = ReplicaState::Online;
        let pending = std::mem::take(&mut r.pending);
        let name = replica_name(r);
        log(
            node,
            Level::Notice,
            format!("Synchronization with replica {name} succeeded"),
        );
        refresh_good_replicas(node);
        return pending;
    }
    refresh_good_replicas(node);
    Vec::new()
}

/// Closes connection `id` (a replica that failed).
fn close(node: &mut Node, clients: &mut Clients, id: ConnId) {
    if let Some(c) = clients.get_mut(&id)
        && !c.state.close_after_reply
    {
        c.state.close_after_reply = true;
        node.outputs.push_back(Output::Close(id));
    }
}

/// Connection `id` closed: forgets it as a replica.
pub fn closed(node: &mut Node, id: ConnId) {
    super::shutdown::closed(node, id);
    let master = &mut node.repl.master;
    master.handshakes.remove(&id);
    master.waiters.retain(|w| w.id != id);
    if let Some(i) = master.replicas.iter().position(|r| r.id == id) {
        let r = master.replicas.remove(i);
        if r.state == ReplicaState::SendBulk {
            master.sending_bulk -= 1;
        }
        let name = replica_name(&r);
        if master.replicas.is_empty() {
            master.no_replicas_since = Some(node.now.mono);
        }
        log(
            node,
            Level::Notice,
            format!("Connection with replica {name} lost."),
        );
        refresh_good_replicas(node);
    }
}

/// Recounts the good replicas and whether writes are refused (`min-replicas-*`).
pub fn refresh_good_replicas(node: &mut Node) {
    let max_lag = directive_i64(node, "min-replicas-max-lag");
    let min = directive_i64(node, "min-replicas-to-write");
    let now = node.now.mono;
    let good = node
        .repl
        .master
        .replicas
        .iter()
        .filter(|r| {
            r.state == ReplicaState::Online
                && (now.nanos_since(r.ack_time) / 1_000_000_000) as i64 <= max_lag
        })
        .count();
    let master = &mut node.repl.master;
    master.good_replicas = good;
    master.refuse_writes =
        node.repl.replica.is_none() && min > 0 && max_lag > 0 && (good as i64) < min;
    crate::commands::gate::disturb(node);
}

/// Work at the end of each input: GETACK for WAIT, the stream, the transfer. Returns
/// the WAIT clients to answer, with their counts.
pub fn before_sleep(node: &mut Node, clients: &mut Clients) -> Vec<(ConnId, u64)> {
    if node.repl.master.get_ack {
        node.repl.master.get_ack = false;
        feed_raw(node, b"*3\r\n$8\r\nREPLCONF\r\n$6\r\nGETACK\r\n$1\r\n*\r\n");
    }
    feed(node, clients);
    pump_bulk(node, clients);
    if node.repl.failover.is_some() {
        super::failover::update(node, clients);
    }
    if node.repl.master.transfer.is_some() {
        step_transfer(node, clients);
    } else if node
        .repl
        .master
        .replicas
        .iter()
        .any(|r| r.state == ReplicaState::WaitStart)
    {
        // A disk-based sync starts at once; a diskless one once its delay is over.
        start_transfer(node, clients);
        step_transfer(node, clients);
    }
    released_waiters(node, None)
}

/// WAIT clients whose count is reached, or whose deadline passed by `now`.
pub fn released_waiters(node: &mut Node, now: Option<Instant>) -> Vec<(ConnId, u64)> {
    if node.repl.master.waiters.is_empty() {
        return Vec::new();
    }
    let waiters = std::mem::take(&mut node.repl.master.waiters);
    let mut done = Vec::new();
    for w in waiters {
        let acks = node.repl.master.count_acks(w.offset);
        let timed_out = matches!((now, w.deadline), (Some(n), Some(d)) if n >= d);
        if acks >= w.numreplicas || timed_out {
            done.push((w.id, acks));
        } else {
            node.repl.master.waiters.push(w);
        }
    }
    done
}

/// CLIENT UNBLOCK ended client `id`'s WAIT: forgets it; returns the replicas that
/// acknowledged its offset (WAIT's timeout reply).
pub fn unblock_wait(node: &mut Node, id: ConnId) -> u64 {
    let master = &mut node.repl.master;
    let Some(i) = master.waiters.iter().position(|w| w.id == id) else {
        return 0;
    };
    let w = master.waiters.remove(i);
    master.count_acks(w.offset)
}

/// The earliest WAIT deadline.
pub fn next_deadline(node: &Node) -> Option<Instant> {
    node.repl
        .master
        .waiters
        .iter()
        .filter_map(|w| w.deadline)
        .min()
}

/// The server cron's part (every tick): a pending full sync's start; once a second,
/// Redis's replicationCron: PING to replicas, replica timeouts, the backlog's TTL,
/// the good replicas' count.
pub fn cron(node: &mut Node, clients: &mut Clients) {
    if node.repl.master.replicas.is_empty() && node.repl.master.backlog.is_none() {
        if node.repl.master.last_cron.is_none() {
            // The first run: min-replicas-* from the configuration.
            node.repl.master.last_cron = Some(node.now.mono);
            refresh_good_replicas(node);
        }
        return;
    }
    let now = node.now.mono;
    if node.repl.master.transfer.is_none() {
        start_transfer(node, clients);
    }
    let due = node
        .repl
        .master
        .last_cron
        .is_none_or(|t| now.nanos_since(t) >= 1_000_000_000);
    if !due {
        return;
    }
    node.repl.master.last_cron = Some(now);
    let loops = node.repl.master.cron_loops;
    node.repl.master.cron_loops += 1;
    let period = directive_i64(node, "repl-ping-replica-period").max(1) as u64;
    super::failover::update(node, clients);
    if loops.is_multiple_of(period)
        && !node.repl.master.replicas.is_empty()
        && node.repl.replica.is_none()
        && !super::failover::quiet_stream(node)
    {
        feed_raw(node, b"*1\r\n$4\r\nPING\r\n");
    }
    // Replicas waiting for a full sync get a newline now and then, which keeps them
    // from timing out (Redis does the same; not inside a diskless payload).
    let transfer_diskless = node
        .repl
        .master
        .transfer
        .as_ref()
        .is_some_and(|t| t.diskless);
    let waiting: Vec<ConnId> = node
        .repl
        .master
        .replicas
        .iter()
        .filter(|r| {
            r.state == ReplicaState::WaitStart
                || (r.state == ReplicaState::Transfer && !transfer_diskless)
        })
        .map(|r| r.id)
        .collect();
    for id in waiting {
        send(node, clients, id, b"\n");
    }
    let timeout = directive_i64(node, "repl-timeout").max(1) as u64;
    let timed_out: Vec<(ConnId, String)> = node
        .repl
        .master
        .replicas
        .iter()
        .filter(|r| {
            matches!(r.state, ReplicaState::Online | ReplicaState::WaitAck)
                && !r.pre_psync
                && now.nanos_since(r.ack_time) / 1_000_000_000 > timeout
        })
        .map(|r| (r.id, replica_name(r)))
        .collect();
    for (id, name) in timed_out {
        log(
            node,
            Level::Warning,
            format!("Disconnecting timedout replica (streaming sync): {name}"),
        );
        close(node, clients, id);
    }
    // A replica that takes no byte of its snapshot for repl-timeout seconds.
    let stalled: Vec<(ConnId, String)> = node
        .repl
        .master
        .replicas
        .iter()
        .filter(|r| matches!(r.state, ReplicaState::Transfer | ReplicaState::SendBulk))
        .filter(|r| {
            clients.get(&r.id).is_some_and(|c| {
                c.reply.pending_len() > 0
                    && now.nanos_since(c.state.last_interaction.mono) / 1_000_000_000 > timeout
            })
        })
        .map(|r| (r.id, replica_name(r)))
        .collect();
    for (id, name) in stalled {
        log(
            node,
            Level::Warning,
            format!("Disconnecting timedout replica (full sync): {name}"),
        );
        close(node, clients, id);
    }
    let ttl = directive_i64(node, "repl-backlog-ttl");
    if let Some(since) = node.repl.master.no_replicas_since
        && ttl > 0
        && node.repl.replica.is_none()
        && node.repl.master.backlog.is_some()
        && now.nanos_since(since) / 1_000_000_000 > ttl as u64
    {
        // A new id: nobody may continue from a history we dropped.
        node.repl.replid2 = "0".repeat(40);
        node.repl.second_offset = -1;
        node.repl.replid = super::new_replid(&mut node.rng);
        node.repl.master.backlog = None;
        node.set_effects_consumer(crate::effects::TO_REPL, false);
        log(
            node,
            Level::Notice,
            format!("Replication backlog freed after {ttl} seconds without connected replicas."),
        );
    }
    if let Some(b) = &mut node.repl.master.backlog {
        let size = crate::directives::get_by_name(&node.config, "repl-backlog-size")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1 << 20);
        if size != b.size() {
            b.resize(size);
        }
    }
    refresh_good_replicas(node);
}

/// INFO replication's master part (from `connected_slaves` to the backlog fields).
pub fn info_fields(node: &Node, s: &mut String) {
    let master = &node.repl.master;
    let now = node.now.mono;
    let _ = write!(s, "connected_slaves:{}\r\n", master.replicas.len());
    for (i, r) in master.replicas.iter().enumerate() {
        let state = match r.state {
            ReplicaState::WaitStart | ReplicaState::Transfer => "wait_bgsave",
            ReplicaState::SendBulk => "send_bulk",
            ReplicaState::WaitAck | ReplicaState::Online => "online",
        };
        let lag = now.nanos_since(r.ack_time) / 1_000_000_000;
        let _ = write!(
            s,
            "slave{i}:ip={},port={},state={state},offset={},lag={lag}\r\n",
            r.ip, r.port, r.ack_off
        );
    }
    let offset = current_offset(node);
    let (active, first, histlen) = match &master.backlog {
        Some(b) => (
            1,
            b.first_offset(),
            b.histlen() + node.effects.repl.bytes.len() as u64,
        ),
        None => (0, 0, 0),
    };
    let size =
        crate::directives::get_by_name(&node.config, "repl-backlog-size").unwrap_or_default();
    let _ = write!(
        s,
        "master_failover_state:{}\r\nmaster_replid:{}\r\nmaster_replid2:{}\r\n\
         master_repl_offset:{offset}\r\nsecond_repl_offset:{}\r\nrepl_backlog_active:{active}\r\n\
         repl_backlog_size:{size}\r\nrepl_backlog_first_byte_offset:{first}\r\n\
         repl_backlog_histlen:{histlen}\r\n",
        super::failover::state_name(node),
        node.repl.replid,
        node.repl.replid2,
        node.repl.second_offset,
    );
}

#[cfg(test)]
#[path = "master_tests.rs"]
mod tests;
