//! The replica's side of replication: the link to its master (REPLICAOF, the handshake,
//! loading the snapshot, applying the stream), as Redis 7.0.15 does it.
//!
//! This file holds the link's state and what reads it (INFO replication's replica
//! fields, ROLE); the state machine that drives it over the outbound connection lives
//! in `replica_link.rs` (it needs the server's connection table).
//!
//! The handshake, as a 7.0.15 replica sends it: `PING`; then in one write `AUTH
//! [masteruser] masterauth` (when `masterauth` is set), `REPLCONF listening-port
//! <port>`, `REPLCONF capa eof capa psync2`; each reply read in turn; then `PSYNC
//! <replid> <offset+1>` (a cached master: a broken link, or a master turned replica)
//! or `PSYNC ? -1`. `+FULLRESYNC <replid> <offset>` is followed by the snapshot
//! (`$<len>\r\n` and the bytes, or `$EOF:<40-byte mark>\r\n`, the bytes and the mark),
//! `+CONTINUE [<replid>]` by the stream itself.

use crate::client::ConnId;
use crate::time::Instant;

/// Where the link to the master stands (Redis's `repl_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    /// Not connected: the next replication cron dials.
    Connect,
    /// Dialling (waiting for the runtime's `handle_connected`).
    Connecting,
    /// `PING` sent.
    ReceivePong,
    /// `AUTH` sent.
    ReceiveAuth,
    /// `REPLCONF listening-port` sent.
    ReceivePort,
    /// `REPLCONF ip-address` sent (`replica-announce-ip` set).
    ReceiveIp,
    /// `REPLCONF capa` sent.
    ReceiveCapa,
    /// `PSYNC` sent.
    ReceivePsync,
    /// Receiving the snapshot.
    Transfer,
    /// Applying the master's stream.
    Connected,
}

impl LinkState {
    /// The state as ROLE names it.
    pub fn role_name(self) -> &'static str {
        match self {
            LinkState::Connect => "connect",
            LinkState::Connecting => "connecting",
            LinkState::Transfer => "sync",
            LinkState::Connected => "connected",
            _ => "handshake",
        }
    }
}

/// How the snapshot being received is framed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    /// The `$...` line has not arrived yet.
    Unknown,
    /// `$<len>`: that many bytes.
    Sized(usize),
    /// `$EOF:<mark>`: bytes until the 40-byte mark.
    Eof(Vec<u8>),
}

/// Length of the end mark of a diskless snapshot.
pub const EOF_MARK_LEN: usize = 40;

/// The link to this node's master.
#[derive(Debug)]
pub struct ReplicaLink {
    /// The master's host, as REPLICAOF named it.
    pub host: String,
    /// The master's port.
    pub port: u16,
    /// Where the link stands.
    pub state: LinkState,
    /// The outbound connection (dialling or up).
    pub conn: Option<ConnId>,
    /// Bytes read during the handshake and the transfer, not used yet.
    pub inbuf: Vec<u8>,
    /// The snapshot's framing.
    pub payload: Payload,
    /// The snapshot received so far.
    pub rdb: Vec<u8>,
    /// Bytes of the snapshot read (INFO's `master_sync_read_bytes`).
    pub transfer_read: u64,
    /// The replid and offset of `+FULLRESYNC`, applied once the snapshot is loaded.
    pub full_sync: Option<(String, u64)>,
    /// PSYNC may ask to continue from the node's replid and offset (Redis's cached
    /// master: the link broke, or this node was a master until REPLICAOF).
    pub cached: bool,
    /// Bytes of the master's stream applied (`slave_repl_offset`).
    pub reploff: u64,
    /// Bytes of the master's stream read (`slave_read_repl_offset`).
    pub read_reploff: u64,
    /// The last time the master sent something.
    pub last_io: Instant,
    /// When the warning that the master's writes are applied despite a disk error was
    /// last logged (Unix ms; Redis logs it at most every 10 s).
    pub disk_error_logged_ms: i64,
    /// When the link went down (Unix seconds), once it was up.
    pub down_since: Option<i64>,
    /// When the replication cron (ACKs, timeouts, reconnects) runs next.
    pub next_cron: Instant,
    /// When the current connection attempt started (connect and handshake timeout).
    pub attempt_started: Instant,
    /// The database the master's stream last selected: kept across a broken link, as
    /// Redis's cached master keeps it (a partial resync does not SELECT again).
    pub master_db: usize,
    /// Stream bytes read and not applied yet: once applied, sub-replicas get them.
    pub proxy_pending: Vec<u8>,
}

impl ReplicaLink {
    /// A link to `host:port`, to be dialled by the next replication cron at `now`.
    pub fn new(host: String, port: u16, now: Instant, cached: bool) -> Self {
        ReplicaLink {
            host,
            port,
            state: LinkState::Connect,
            conn: None,
            inbuf: Vec::new(),
            payload: Payload::Unknown,
            rdb: Vec::new(),
            transfer_read: 0,
            full_sync: None,
            cached,
            reploff: 0,
            read_reploff: 0,
            last_io: now,
            disk_error_logged_ms: i64::MIN,
            down_since: None,
            next_cron: now,
            attempt_started: now,
            master_db: 0,
            proxy_pending: Vec::new(),
        }
    }

    /// Whether the link is up and applying the stream.
    pub fn is_up(&self) -> bool {
        self.state == LinkState::Connected
    }

    /// Takes one line (without `\r\n` or `\n`) from the front of `inbuf`, if a whole
    /// one is there.
    pub fn take_line(&mut self) -> Option<Vec<u8>> {
        let end = self.inbuf.iter().position(|&b| b == b'\n')?;
        let mut line: Vec<u8> = self.inbuf.drain(..=end).collect();
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Some(line)
    }
}

/// The master's write arrived while this replica's disk fails (a failed AOF write,
/// or a failed save under `stop-writes-on-bgsave-error`): it is applied all the same,
/// so the dataset keeps following the master's offsets, and a warning is logged at
/// most every 10 s. Redis 7.0 does this under `replica-ignore-disk-write-errors yes`
/// and otherwise exits ("Replica was unable to write command to disk."); refusing the
/// write, as a client's is refused, would count its bytes as applied without it.
#[cold]
#[inline(never)]
pub fn apply_despite_disk_error(node: &mut crate::server::Node) {
    let now = node.now.unix_ms();
    let Some(link) = node.repl.replica.as_mut() else {
        return;
    };
    if link.disk_error_logged_ms != i64::MIN && now - link.disk_error_logged_ms <= 10_000 {
        return;
    }
    link.disk_error_logged_ms = now;
    crate::commands::persistence::log(
        node,
        crate::util::log::Level::Warning,
        "Replica is applying a command even though it is unable to write to disk.",
    );
}

/// `-READONLY` for a client's write on a read-only replica (Redis's
/// `processCommand`); the master's own commands pass.
pub fn refused_write(
    node: &crate::server::Node,
    client: &crate::client::ClientState,
    cmd: &crate::commands::Command,
) -> Option<&'static str> {
    use crate::commands::flags;
    node.repl.replica.as_ref()?;
    let read_only = || {
        crate::directives::get_by_name(&node.config, "replica-read-only").as_deref() == Some("yes")
    };
    (!client.is_master && cmd.flags & flags::WRITE != 0 && read_only())
        .then_some("READONLY You can't write against a read only replica.")
}

/// `-MASTERDOWN` for a command that needs fresh data while the link is down and
/// `replica-serve-stale-data` is off (checked after the pub/sub context, as Redis
/// does).
pub fn refused_stale(
    node: &crate::server::Node,
    client: &crate::client::ClientState,
    cmd: &crate::commands::Command,
) -> Option<&'static str> {
    use crate::commands::flags;
    let link = node.repl.replica.as_ref()?;
    let serve_stale = || {
        crate::directives::get_by_name(&node.config, "replica-serve-stale-data").as_deref()
            != Some("no")
    };
    (!client.is_master && !link.is_up() && cmd.flags & flags::STALE == 0 && !serve_stale())
        .then_some(
            "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
        )
}

/// Whether this node is a replica that leaves eviction to its master
/// (`replica-ignore-maxmemory yes`, the default): the master's DELs free memory.
pub fn ignores_maxmemory(node: &crate::server::Node) -> bool {
    node.repl.replica.is_some()
        && crate::directives::get_by_name(&node.config, "replica-ignore-maxmemory").as_deref()
            == Some("yes")
}

/// The master named by the `replicaof` directive, if any.
pub fn configured_master(config: &crate::Config) -> Option<(String, u16)> {
    let value = crate::directives::get_by_name(config, "replicaof")?;
    let (host, port) = value.rsplit_once(' ')?;
    Some((host.to_string(), port.parse().ok()?))
}

/// Longest handshake or `$` line accepted from a master before it counts as garbage.
pub const MAX_LINE: usize = 64 * 1024;

/// The snapshot framing line (`$<len>` or `$EOF:<mark>`), or `None` if malformed.
pub fn parse_payload_line(line: &[u8]) -> Option<Payload> {
    let rest = line.strip_prefix(b"$")?;
    if let Some(mark) = rest.strip_prefix(b"EOF:") {
        return (mark.len() == EOF_MARK_LEN).then(|| Payload::Eof(mark.to_vec()));
    }
    let len = std::str::from_utf8(rest).ok()?.parse::<usize>().ok()?;
    Some(Payload::Sized(len))
}

/// `+FULLRESYNC <replid> <offset>`'s replid and offset.
pub fn parse_fullresync(line: &[u8]) -> Option<(String, u64)> {
    let text = std::str::from_utf8(line.strip_prefix(b"+FULLRESYNC ")?).ok()?;
    let mut parts = text.split(' ');
    let replid = parts.next()?;
    let offset = parts.next()?.parse::<u64>().ok()?;
    (replid.len() == 40).then(|| (replid.to_string(), offset))
}

/// `+CONTINUE [<replid>]`'s new replid, if it names one: `Some(None)` for a bare
/// `+CONTINUE`, `None` if the line is not a CONTINUE.
pub fn parse_continue(line: &[u8]) -> Option<Option<String>> {
    let rest = line.strip_prefix(b"+CONTINUE")?;
    let id = std::str::from_utf8(rest).ok()?.trim();
    Some((id.len() == 40).then(|| id.to_string()))
}

/// The replica's fields of INFO replication (from `role:slave` to
/// `replica_announced`), as Redis 7.0.15 prints them.
pub fn info_fields(node: &crate::server::Node, link: &ReplicaLink, out: &mut String) {
    use std::fmt::Write;
    let config = &node.config;
    let get = |name: &str| crate::directives::get_by_name(config, name).unwrap_or_default();
    let now = node.now;
    let secs_since = |t: Instant| (now.mono.nanos_since(t) / 1_000_000_000) as i64;
    let up = link.is_up();
    let (reploff, read_reploff) = if up || link.cached {
        (link.reploff, link.read_reploff)
    } else {
        (1, 1)
    };
    let _ = write!(
        out,
        "role:slave\r\nmaster_host:{}\r\nmaster_port:{}\r\nmaster_link_status:{}\r\n\
         master_last_io_seconds_ago:{}\r\nmaster_sync_in_progress:{}\r\n\
         slave_read_repl_offset:{read_reploff}\r\nslave_repl_offset:{reploff}\r\n",
        link.host,
        link.port,
        if up { "up" } else { "down" },
        if up { secs_since(link.last_io) } else { -1 },
        u8::from(link.state == LinkState::Transfer),
    );
    if link.state == LinkState::Transfer {
        let total = match link.payload {
            Payload::Sized(n) => n as i64,
            _ => -1,
        };
        let read = link.transfer_read as i64;
        let perc = if total > 0 {
            read as f64 * 100.0 / total as f64
        } else {
            0.0
        };
        let _ = write!(
            out,
            "master_sync_total_bytes:{total}\r\nmaster_sync_read_bytes:{read}\r\n\
             master_sync_left_bytes:{}\r\nmaster_sync_perc:{perc:.2}\r\n\
             master_sync_last_io_seconds_ago:{}\r\n",
            total - read,
            secs_since(link.last_io),
        );
    }
    if !up {
        let since = link.down_since.map_or(-1, |t| now.unix_ms() / 1000 - t);
        let _ = write!(out, "master_link_down_since_seconds:{since}\r\n");
    }
    let _ = write!(
        out,
        "slave_priority:{}\r\nslave_read_only:{}\r\nreplica_announced:{}\r\n",
        get("replica-priority"),
        u8::from(get("replica-read-only") == "yes"),
        u8::from(get("replica-announced") == "yes"),
    );
}

/// ROLE on a replica: `slave`, host, port, the link's state, the applied offset (-1
/// while the link is not up).
pub fn role_reply(link: &ReplicaLink, out: &mut crate::resp::Reply) {
    out.array(5);
    out.bulk(b"slave");
    out.bulk(link.host.as_bytes());
    out.int(i64::from(link.port));
    out.bulk(link.state.role_name().as_bytes());
    out.int(if link.is_up() {
        link.reploff as i64
    } else {
        -1
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framing_lines() {
        assert_eq!(parse_payload_line(b"$89"), Some(Payload::Sized(89)));
        let mark = [b'a'; 40];
        let mut line = b"$EOF:".to_vec();
        line.extend_from_slice(&mark);
        assert_eq!(parse_payload_line(&line), Some(Payload::Eof(mark.to_vec())));
        assert_eq!(parse_payload_line(b"$EOF:short"), None);
        assert_eq!(parse_payload_line(b"$-1"), None);
        assert_eq!(parse_payload_line(b"+OK"), None);
        let id = "1".repeat(40);
        assert_eq!(
            parse_fullresync(format!("+FULLRESYNC {id} 100").as_bytes()),
            Some((id.clone(), 100))
        );
        assert_eq!(parse_fullresync(b"+FULLRESYNC x 1"), None);
        assert_eq!(parse_continue(b"+CONTINUE"), Some(None));
        assert_eq!(
            parse_continue(format!("+CONTINUE {id}").as_bytes()),
            Some(Some(id))
        );
        assert_eq!(parse_continue(b"+FULLRESYNC"), None);
    }
}

#[cfg(test)]
#[path = "replica_tests.rs"]
mod link_tests;

/// The error a client blocked on a master gets when the node turns replica.
const UNBLOCKED_ROLE: &[u8] =
    b"-UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)\r\n";

/// A master turning replica (REPLICAOF host port, a FAILOVER's switch) ends every
/// blocking command in progress (BLPOP, XREAD BLOCK, WAIT, ...) with Redis's
/// `-UNBLOCKED` error and closes those clients after it, as Redis's
/// `disconnectAllBlockedClients`; commands held by a pause are spared (they run,
/// or are refused, once it ends).
pub fn disconnect_blocked(
    node: &mut crate::server::Node,
    clients: &mut crate::repl::master::Clients,
) {
    let ids: Vec<ConnId> = clients
        .iter()
        .filter(|(id, c)| {
            c.state.blocked.is_some()
                && !c.state.is_master
                && !node.introspect.pause.postponed.contains(id)
        })
        .map(|(id, _)| *id)
        .collect();
    for id in ids {
        let Some(c) = clients.get_mut(&id) else {
            continue;
        };
        let Some(blocked) = c.state.blocked.take() else {
            continue;
        };
        node.blocking.unpark(id, &blocked);
        crate::repl::master::unblock_wait(node, id);
        c.reply.raw().extend_from_slice(UNBLOCKED_ROLE);
        c.state.close_after_reply = true;
        node.stats.record_error(UNBLOCKED_ROLE);
        node.blocking.released(id);
        node.pending_writes.push(id);
    }
}
