//! The replica's state machine over its outbound connection to the master (Redis
//! 7.0.15's `connectWithMaster`, `syncWithMaster`, `readSyncBulkPayload`, the master
//! client and `replicationCron` on a replica). A child module of `server` so that it
//! drives the connection table and the command loop like any client's input.
//!
//! The runtime dials on [`Output::Connect`]; once up, the connection is an ordinary one
//! for reads and writes, except that [`Server::handle_read`] hands its bytes here. The
//! master's commands run through dispatch on a client flagged `is_master`: their
//! replies are dropped, except `REPLCONF GETACK` answered with `REPLCONF ACK <offset>`,
//! and the offset counts the bytes of the commands applied.

use super::*;
use crate::effects::encode_into;
use crate::keyspace::ExpiryMode;
use crate::repl::replica::{self, LinkState, Payload, ReplicaLink};
use crate::resp::Parsed;
use crate::util::log::Level;

/// Period of the replication cron: ACKs, timeouts, reconnection attempts.
const REPL_CRON_MS: u64 = 1000;

/// Logs `text` at `level`.
fn log(node: &mut Node, level: Level, text: impl Into<String>) {
    commands::persistence::log(node, level, text);
}

impl Node {
    /// Sets how every database's lookups treat expired keys.
    pub(crate) fn set_expiry_mode(&mut self, mode: ExpiryMode) {
        for db in &mut self.dbs {
            db.expiry_mode = mode;
        }
    }

    /// Makes this node a replica of `host:port` (REPLICAOF, or `replicaof` at
    /// start-up): the link is dialled by the next replication cron. A link to another
    /// master is closed first; the node's own replid and offset are offered to the
    /// new master for a partial resync, as Redis's cached master.
    pub fn set_master(&mut self, host: String, port: u16) {
        let cached = match self.repl.replica.take() {
            // A master turning replica offers its own history (Redis's
            // replicationCacheMasterUsingMyself).
            None => true,
            Some(old) => {
                if let Some(conn) = old.conn {
                    self.outputs.push_back(Output::Close(conn));
                }
                old.is_up() || old.cached
            }
        };
        // CONFIG GET replicaof (and CONFIG REWRITE) follow the running state.
        let _ = self
            .config
            .apply("replicaof", &[host.clone(), port.to_string()]);
        let mut link = ReplicaLink::new(host, port, self.now.mono, cached);
        link.reploff = self.repl.offset;
        link.read_reploff = self.repl.offset;
        self.repl.replica = Some(link);
        self.set_expiry_mode(ExpiryMode::Hide);
        self.effects.set_proxying(true);
    }

    /// Stops replicating (REPLICAOF NO ONE): closes the link and takes a new replid,
    /// keeping the old one as replid2 up to the current offset (PSYNC2), so that other
    /// replicas of the old master can continue partially from this node.
    pub fn unset_master(&mut self) {
        let Some(link) = self.repl.replica.take() else {
            return;
        };
        if let Some(conn) = link.conn {
            self.outputs.push_back(Output::Close(conn));
        }
        let _ = self
            .config
            .apply("replicaof", &["no".to_string(), "one".to_string()]);
        let repl = &mut self.repl;
        repl.replid2 = std::mem::replace(&mut repl.replid, crate::repl::new_replid(&mut self.rng));
        repl.second_offset = repl.offset as i64 + 1;
        let text = format!(
            "Setting secondary replication ID to {}, valid up to offset: {}. New replication ID is {}",
            repl.replid2, repl.second_offset, repl.replid
        );
        log(self, Level::Notice, text);
        self.set_expiry_mode(ExpiryMode::Delete);
        self.effects.set_proxying(false);
        // The replicas learn the new id by reconnecting; the backlog's TTL counts
        // from now.
        crate::repl::master::disconnect_replicas(self);
        self.repl.master.no_replicas_since = Some(self.now.mono);
    }
}

impl Server {
    /// The role mark of this node's log lines: `S` while it replicates a master, `M`
    /// otherwise (Redis's `M`/`S` after the pid).
    pub fn log_role(&self) -> char {
        if self.node.repl.replica.is_some() {
            'S'
        } else {
            'M'
        }
    }

    /// Whether `conn` is the connection to this node's master.
    #[inline]
    pub(super) fn is_master_link(&self, conn: ConnId) -> bool {
        self.node
            .repl
            .replica
            .as_ref()
            .is_some_and(|l| l.conn == Some(conn))
    }

    /// Asks the runtime to dial the master (Redis's `connectWithMaster`).
    fn replica_dial(&mut self, reconnect: bool) {
        let id = ConnId(self.next_id);
        let now = self.node.now.mono;
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        self.next_id += 1;
        link.state = LinkState::Connecting;
        link.conn = Some(id);
        link.attempt_started = now;
        link.last_io = now;
        link.inbuf.clear();
        link.payload = Payload::Unknown;
        link.rdb = Vec::new();
        link.transfer_read = 0;
        link.full_sync = None;
        let (host, port) = (link.host.clone(), link.port);
        let verb = if reconnect {
            "Reconnecting"
        } else {
            "Connecting"
        };
        log(
            &mut self.node,
            Level::Notice,
            format!("{verb} to MASTER {host}:{port}"),
        );
        log(
            &mut self.node,
            Level::Notice,
            "MASTER <-> REPLICA sync started",
        );
        self.node
            .outputs
            .push_back(Output::Connect { id, host, port });
    }

    /// The runtime's dial of `conn` succeeded: the handshake starts with `PING`.
    pub(super) fn replica_connected(&mut self, conn: ConnId, local: &str) {
        if !self.is_master_link(conn) {
            // An attempt abandoned meanwhile (timeout, REPLICAOF elsewhere).
            self.node.outputs.push_back(Output::Close(conn));
            return;
        }
        let now = self.node.now;
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        link.state = LinkState::ReceivePong;
        link.last_io = now.mono;
        let peer = format!("{}:{}", link.host, link.port);
        let mut client = Box::new(Client::new(conn, peer, local.to_string(), true, now));
        client.state.is_master = true;
        self.clients.insert(conn, client);
        log(
            &mut self.node,
            Level::Notice,
            "Non blocking connect for SYNC fired the event.",
        );
        self.link_send(conn, &[b"PING"]);
    }

    /// The runtime's dial of `conn` failed with `error`: the cron tries again.
    pub(super) fn replica_connect_failed(&mut self, conn: ConnId, error: &str) {
        if !self.is_master_link(conn) {
            return;
        }
        log(
            &mut self.node,
            Level::Warning,
            format!("Error condition on socket for SYNC: {error}"),
        );
        if let Some(link) = self.node.repl.replica.as_mut() {
            link.state = LinkState::Connect;
            link.conn = None;
        }
    }

    /// Writes the command `args` to the master.
    fn link_send(&mut self, conn: ConnId, args: &[&[u8]]) {
        if let Some(c) = self.clients.get_mut(&conn) {
            encode_into(c.reply.raw(), args);
        }
        self.flush_client_outputs(conn);
    }

    /// Closes the master link `conn` (its close is reported later through
    /// `handle_closed`).
    fn close_link(&mut self, conn: ConnId) {
        match self.clients.get_mut(&conn) {
            Some(c) => {
                c.state.close_after_reply = true;
                self.flush_client_outputs(conn);
            }
            None => self.node.outputs.push_back(Output::Close(conn)),
        }
    }

    /// Abandons the handshake or transfer in progress; the cron dials again.
    fn replica_cancel(&mut self) {
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        let conn = link.conn.take();
        link.state = LinkState::Connect;
        link.inbuf = Vec::new();
        link.rdb = Vec::new();
        link.payload = Payload::Unknown;
        link.full_sync = None;
        if let Some(conn) = conn {
            self.close_link(conn);
        }
    }

    /// `conn`, the master link, closed.
    pub(super) fn replica_closed(&mut self, conn: ConnId) {
        if !self.is_master_link(conn) {
            return;
        }
        let now = self.node.now;
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        let state = link.state;
        link.conn = None;
        link.state = LinkState::Connect;
        link.inbuf = Vec::new();
        link.rdb = Vec::new();
        link.proxy_pending.clear();
        match state {
            LinkState::Connected => {
                link.cached = true;
                link.down_since = Some(now.unix_ms() / 1000);
                log(
                    &mut self.node,
                    Level::Warning,
                    "Connection with master lost.",
                );
                log(
                    &mut self.node,
                    Level::Notice,
                    "Caching the disconnected master state.",
                );
                self.replica_dial(true);
            }
            LinkState::Transfer => log(
                &mut self.node,
                Level::Warning,
                "I/O error trying to sync with MASTER: connection lost",
            ),
            _ => log(
                &mut self.node,
                Level::Warning,
                "Master did not respond to command during SYNC handshake",
            ),
        }
    }

    /// Bytes read on the master link.
    pub(super) fn replica_read(&mut self, conn: ConnId, bytes: &[u8]) {
        let now = self.node.now.mono;
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        if link.conn != Some(conn) {
            return; // The link to a former master, closing.
        }
        link.last_io = now;
        if link.state == LinkState::Connected {
            self.apply_master_stream(conn, bytes);
        } else {
            link.inbuf.extend_from_slice(bytes);
            self.replica_advance(conn);
        }
    }

    /// Goes through the handshake replies and the snapshot as far as the bytes read
    /// allow.
    fn replica_advance(&mut self, conn: ConnId) {
        loop {
            let Some(link) = self.node.repl.replica.as_mut() else {
                return;
            };
            if link.conn != Some(conn) {
                return;
            }
            let state = link.state;
            match state {
                LinkState::ReceivePong
                | LinkState::ReceiveAuth
                | LinkState::ReceivePort
                | LinkState::ReceiveIp
                | LinkState::ReceiveCapa
                | LinkState::ReceivePsync => {
                    let Some(line) = link.take_line() else {
                        if link.inbuf.len() > replica::MAX_LINE {
                            log(
                                &mut self.node,
                                Level::Warning,
                                "Master sent an overlong reply during SYNC handshake",
                            );
                            self.replica_cancel();
                        }
                        return;
                    };
                    self.handshake_reply(conn, state, &line);
                }
                LinkState::Transfer => {
                    if !self.replica_transfer(conn) {
                        return;
                    }
                }
                LinkState::Connected => {
                    let rest = std::mem::take(&mut link.inbuf);
                    if !rest.is_empty() {
                        self.apply_master_stream(conn, &rest);
                    }
                    return;
                }
                LinkState::Connect | LinkState::Connecting => return,
            }
        }
    }

    /// One handshake reply `line`, received in `state`.
    fn handshake_reply(&mut self, conn: ConnId, state: LinkState, line: &[u8]) {
        let text = String::from_utf8_lossy(line).into_owned();
        let error = line.first() == Some(&b'-');
        match state {
            LinkState::ReceivePong => {
                let tolerated = ["-NOAUTH", "-NOPERM", "-ERR operation not permitted"]
                    .iter()
                    .any(|p| text.starts_with(p));
                if error && !tolerated {
                    log(
                        &mut self.node,
                        Level::Warning,
                        format!("Error reply to PING from master: '{text}'"),
                    );
                    self.replica_cancel();
                    return;
                }
                log(
                    &mut self.node,
                    Level::Notice,
                    "Master replied to PING, replication can continue...",
                );
                self.send_handshake(conn);
            }
            LinkState::ReceiveAuth => {
                if error {
                    log(
                        &mut self.node,
                        Level::Warning,
                        format!("Unable to AUTH to MASTER: {text}"),
                    );
                    self.replica_cancel();
                    return;
                }
                self.set_link_state(LinkState::ReceivePort);
            }
            LinkState::ReceivePort => {
                if error {
                    log(
                        &mut self.node,
                        Level::Notice,
                        format!(
                            "(Non critical) Master does not understand REPLCONF listening-port: {text}"
                        ),
                    );
                }
                let announce_ip =
                    crate::directives::get_by_name(&self.node.config, "replica-announce-ip");
                self.set_link_state(if announce_ip.is_some_and(|ip| !ip.is_empty()) {
                    LinkState::ReceiveIp
                } else {
                    LinkState::ReceiveCapa
                });
            }
            LinkState::ReceiveIp => {
                if error {
                    log(
                        &mut self.node,
                        Level::Notice,
                        format!(
                            "(Non critical) Master does not understand REPLCONF ip-address: {text}"
                        ),
                    );
                }
                self.set_link_state(LinkState::ReceiveCapa);
            }
            LinkState::ReceiveCapa => {
                if error {
                    log(
                        &mut self.node,
                        Level::Notice,
                        format!("(Non critical) Master does not understand REPLCONF capa: {text}"),
                    );
                }
                self.send_psync(conn);
            }
            LinkState::ReceivePsync => self.psync_reply(line, &text),
            _ => {}
        }
    }

    fn set_link_state(&mut self, state: LinkState) {
        if let Some(link) = self.node.repl.replica.as_mut() {
            link.state = state;
        }
    }

    /// AUTH (when `masterauth` is set), REPLCONF listening-port, REPLCONF ip-address
    /// (when `replica-announce-ip` is set), REPLCONF capa: sent together, their
    /// replies read one by one.
    fn send_handshake(&mut self, conn: ConnId) {
        let config = &self.node.config;
        let get = |name: &str| crate::directives::get_by_name(config, name).unwrap_or_default();
        let auth = get("masterauth");
        let user = get("masteruser");
        let announced = get("replica-announce-port");
        let port = match announced.parse::<u16>() {
            Ok(p) if p != 0 => p,
            _ => config.port,
        };
        let port = port.to_string();
        let announce_ip = get("replica-announce-ip");
        if !auth.is_empty() {
            if user.is_empty() {
                self.link_send(conn, &[b"AUTH", auth.as_bytes()]);
            } else {
                self.link_send(conn, &[b"AUTH", user.as_bytes(), auth.as_bytes()]);
            }
        }
        self.link_send(conn, &[b"REPLCONF", b"listening-port", port.as_bytes()]);
        if !announce_ip.is_empty() {
            self.link_send(conn, &[b"REPLCONF", b"ip-address", announce_ip.as_bytes()]);
        }
        self.link_send(conn, &[b"REPLCONF", b"capa", b"eof", b"capa", b"psync2"]);
        self.set_link_state(if auth.is_empty() {
            LinkState::ReceivePort
        } else {
            LinkState::ReceiveAuth
        });
    }

    /// PSYNC: continue from the cached master's replid and offset, or start over.
    fn send_psync(&mut self, conn: ConnId) {
        let cached = self.node.repl.replica.as_ref().is_some_and(|l| l.cached);
        if cached {
            let replid = self.node.repl.replid.clone();
            let offset = (self.node.repl.offset + 1).to_string();
            log(
                &mut self.node,
                Level::Notice,
                format!("Trying a partial resynchronization (request {replid}:{offset})."),
            );
            if crate::repl::failover::psync_failover(&self.node) {
                self.link_send(
                    conn,
                    &[b"PSYNC", replid.as_bytes(), offset.as_bytes(), b"FAILOVER"],
                );
            } else {
                self.link_send(conn, &[b"PSYNC", replid.as_bytes(), offset.as_bytes()]);
            }
        } else {
            log(
                &mut self.node,
                Level::Notice,
                "Partial resynchronization not possible (no cached master)",
            );
            self.link_send(conn, &[b"PSYNC", b"?", b"-1"]);
        }
        self.set_link_state(LinkState::ReceivePsync);
    }

    /// The master's answer to PSYNC.
    fn psync_reply(&mut self, line: &[u8], text: &str) {
        if line.is_empty() {
            // Newlines keep the link alive while the master prepares its answer.
            return;
        }
        if let Some((replid, offset)) = replica::parse_fullresync(line) {
            crate::repl::failover::psync_answered(&mut self.node, true);
            log(
                &mut self.node,
                Level::Notice,
                format!("Full resync from master: {replid}:{offset}"),
            );
            let Some(link) = self.node.repl.replica.as_mut() else {
                return;
            };
            let was_cached = std::mem::replace(&mut link.cached, false);
            link.full_sync = Some((replid, offset));
            link.state = LinkState::Transfer;
            if was_cached {
                log(
                    &mut self.node,
                    Level::Notice,
                    "Discarding previously cached master state.",
                );
            }
            return;
        }
        if let Some(new_id) = replica::parse_continue(line) {
            crate::repl::failover::psync_answered(&mut self.node, true);
            log(
                &mut self.node,
                Level::Notice,
                "Successful partial resynchronization with master.",
            );
            let repl = &mut self.node.repl;
            if let Some(id) = new_id
                && id != repl.replid
            {
                repl.replid2 = std::mem::replace(&mut repl.replid, id);
                repl.second_offset = repl.offset as i64 + 1;
                let text = format!("Master replication ID changed to {}", repl.replid);
                log(&mut self.node, Level::Warning, text);
                // Sub-replicas must learn the new id.
                crate::repl::master::disconnect_replicas(&mut self.node);
            }
            log(
                &mut self.node,
                Level::Notice,
                "MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.",
            );
            let offset = self.node.repl.offset;
            if let Some(link) = self.node.repl.replica.as_mut() {
                if let Some(c) = link.conn.and_then(|id| self.clients.get_mut(&id)) {
                    c.state.db = link.master_db;
                }
                link.state = LinkState::Connected;
                link.down_since = None;
                link.cached = false;
                link.reploff = offset;
                link.read_reploff = offset;
                link.proxy_pending.clear();
            }
            crate::repl::master::replica_backlog(&mut self.node, false);
            return;
        }
        if text.starts_with("-NOMASTERLINK") || text.starts_with("-LOADING") {
            log(
                &mut self.node,
                Level::Notice,
                format!("Master is currently unable to PSYNC but should be in the future: {text}"),
            );
        } else {
            log(
                &mut self.node,
                Level::Warning,
                format!("Unexpected reply to PSYNC from master: {text}"),
            );
        }
        if crate::repl::failover::psync_failover(&self.node) {
            // The target refused: a master again.
            crate::repl::failover::psync_answered(&mut self.node, false);
            return;
        }
        self.replica_cancel();
    }

    /// Receives the snapshot; returns whether it was loaded (the link is then up and
    /// the rest of the input is stream).
    fn replica_transfer(&mut self, conn: ConnId) -> bool {
        loop {
            let Some(link) = self.node.repl.replica.as_mut() else {
                return false;
            };
            if link.payload != Payload::Unknown {
                break;
            }
            let Some(line) = link.take_line() else {
                if link.inbuf.len() > replica::MAX_LINE {
                    log(
                        &mut self.node,
                        Level::Warning,
                        "Bad protocol from MASTER: overlong line before the payload",
                    );
                    self.replica_cancel();
                }
                return false;
            };
            if line.is_empty() {
                continue; // A keepalive newline while the master prepares the snapshot.
            }
            if let Some(reason) = line.strip_prefix(b"-") {
                let text = format!(
                    "MASTER aborted replication with an error: {}",
                    String::from_utf8_lossy(reason)
                );
                log(&mut self.node, Level::Warning, text);
                self.replica_cancel();
                return false;
            }
            let Some(payload) = replica::parse_payload_line(&line) else {
                let text = format!(
                    "Bad protocol from MASTER, the first byte is not '$' (we received '{}'), are you sure the host and port are right?",
                    String::from_utf8_lossy(&line)
                );
                log(&mut self.node, Level::Warning, text);
                self.replica_cancel();
                return false;
            };
            let text = match &payload {
                Payload::Sized(n) => {
                    format!("MASTER <-> REPLICA sync: receiving {n} bytes from master to disk")
                }
                _ => "MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF to disk"
                    .to_string(),
            };
            link.payload = payload;
            log(&mut self.node, Level::Notice, text);
        }
        let Some(link) = self.node.repl.replica.as_mut() else {
            return false;
        };
        let done = match &link.payload {
            Payload::Sized(n) => {
                let want = n.saturating_sub(link.rdb.len()).min(link.inbuf.len());
                link.rdb.extend(link.inbuf.drain(..want));
                link.transfer_read += want as u64;
                link.rdb.len() == *n
            }
            Payload::Eof(mark) => {
                let taken = link.inbuf.len();
                link.rdb.append(&mut link.inbuf);
                link.transfer_read += taken as u64;
                if link.rdb.ends_with(mark) {
                    let len = link.rdb.len() - mark.len();
                    link.rdb.truncate(len);
                    true
                } else {
                    false
                }
            }
            Payload::Unknown => false,
        };
        done && self.replica_load(conn)
    }

    /// Loads the received snapshot in place of the dataset; the link is then up.
    fn replica_load(&mut self, conn: ConnId) -> bool {
        let Some(link) = self.node.repl.replica.as_mut() else {
            return false;
        };
        let rdb = std::mem::take(&mut link.rdb);
        let full = link.full_sync.take();
        // A new history (Redis's replicationAttachToNewMaster): sub-replicas must
        // resync, and the backlog of the old one cannot serve a PSYNC any more.
        crate::repl::master::disconnect_replicas(&mut self.node);
        log(
            &mut self.node,
            Level::Notice,
            "MASTER <-> REPLICA sync: Flushing old data",
        );
        log(
            &mut self.node,
            Level::Notice,
            "MASTER <-> REPLICA sync: Loading DB in memory",
        );
        let now = self.node.now;
        if let Err(e) = self.load_rdb_with(now, &rdb, true) {
            log(&mut self.node, Level::Warning, e.to_string());
            log(
                &mut self.node,
                Level::Warning,
                "Failed trying to load the MASTER synchronization DB from disk, check server logs.",
            );
            self.node.set_expiry_mode(ExpiryMode::Hide);
            self.replica_cancel();
            return false;
        }
        self.node.set_expiry_mode(ExpiryMode::Hide);
        // The AOF starts again from a base of the loaded dataset.
        crate::aof::rewrite::restart_after_sync(&mut self.node);
        // As a 7.0 replica loading from disk does, the master's snapshot becomes this
        // node's `dbfilename` (written beside it, then renamed over it).
        let tmp = format!("temp-{}.repl.rdb", now.unix_ms() / 1000);
        let target = self.node.config.dbfilename.clone();
        self.node.start_disk_op(
            |token| DiskOp::WriteFile {
                token,
                path: tmp,
                bytes: rdb,
                rename_to: Some(target),
            },
            DiskWait::Cleanup,
        );
        let (replid, offset) = full.unwrap_or_else(|| (self.node.repl.replid.clone(), 0));
        let repl = &mut self.node.repl;
        repl.replid = replid;
        repl.replid2 = "0".repeat(40);
        repl.second_offset = -1;
        repl.offset = offset;
        if let Some(link) = repl.replica.as_mut() {
            link.state = LinkState::Connected;
            link.reploff = offset;
            link.read_reploff = offset;
            link.down_since = None;
            link.cached = false;
            link.proxy_pending.clear();
        }
        crate::repl::master::replica_backlog(&mut self.node, true);
        // Sub-replicas follow this node's new history from a fresh SELECT.
        self.node.effects.repl.reset_selected();
        if let Some(c) = self.clients.get_mut(&conn) {
            c.state.db = 0;
        }
        if let Some(link) = self.node.repl.replica.as_mut() {
            link.master_db = 0;
        }
        log(
            &mut self.node,
            Level::Notice,
            "MASTER <-> REPLICA sync: Finished with success",
        );
        self.send_ack(conn);
        true
    }

    /// `REPLCONF ACK <applied offset>` to the master.
    fn send_ack(&mut self, conn: ConnId) {
        let Some(link) = self.node.repl.replica.as_ref() else {
            return;
        };
        let offset = crate::repl::probe::acked_offset(self.node.repl.bug_ack_ahead, link.reploff)
            .to_string();
        self.link_send(conn, &[b"REPLCONF", b"ACK", offset.as_bytes()]);
    }

    /// Applies `bytes` of the master's stream: each command runs on the master client
    /// with its reply dropped; the offset moves by the bytes of each command applied.
    fn apply_master_stream(&mut self, conn: ConnId, bytes: &[u8]) {
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        link.read_reploff += bytes.len() as u64;
        // Kept whether or not sub-replicas exist now: one that appears in the middle
        // of a command must get the whole command.
        link.proxy_pending.extend_from_slice(bytes);
        let before = link.reploff;
        let Some(mut client) = self.clients.remove(&conn) else {
            return;
        };
        client.parser.feed(bytes);
        let mut parser = std::mem::take(&mut client.parser);
        self.node.set_expiry_mode(ExpiryMode::Keep);
        // Requests left before the stream's next keys are warmed (as a client's are).
        let mut until_prefetch = 0;
        while !client.state.close_after_reply {
            let limits = ParseLimits {
                max_bulk_len: self.node.config.proto_max_bulk_len,
                authenticated: true,
            };
            if until_prefetch == 0 {
                until_prefetch = self.prefetch_keys(&parser, client.state.db);
            }
            until_prefetch -= 1;
            match parser.next(limits) {
                Parsed::Incomplete => break,
                Parsed::Error(e) => {
                    let text = format!(
                        "Protocol error ({}) from client: id={} addr={} (master)",
                        e.message(),
                        conn.0,
                        client.state.addr
                    );
                    log(&mut self.node, Level::Warning, text);
                    client.state.close_after_reply = true;
                }
                Parsed::Request => {
                    let (src, ranges) = parser.args();
                    let mut argv = SmallVec::<[&[u8]; 16]>::new();
                    for &(s, e) in ranges {
                        argv.push(src.get(s..e).unwrap_or_default());
                    }
                    let getack = argv.len() >= 2
                        && argv[0].eq_ignore_ascii_case(b"REPLCONF")
                        && argv[1].eq_ignore_ascii_case(b"GETACK");
                    if getack {
                        // The ACK counts the commands before this one.
                        let applied = self.node.repl.replica.as_ref().map_or(0, |l| l.reploff);
                        let offset =
                            crate::repl::probe::acked_offset(self.node.repl.bug_ack_ahead, applied)
                                .to_string();
                        encode_into(
                            client.reply.raw(),
                            &[b"REPLCONF", b"ACK", offset.as_bytes()],
                        );
                    } else {
                        let mark = client.reply.mark();
                        self.run_request(&mut client, &argv);
                        client.state.block_request = None;
                        client.reply.truncate(mark);
                        // QUIT and errors must not close the link from our side.
                        client.state.close_after_reply = false;
                    }
                    let Some(link) = self.node.repl.replica.as_mut() else {
                        break;
                    };
                    // Inside the master's MULTI nothing is applied until EXEC (Redis's
                    // commandProcessed): a link broken mid-transaction resumes from
                    // the MULTI, not after commands that were only queued.
                    if client.state.multi.is_none() {
                        link.reploff = link
                            .read_reploff
                            .saturating_sub(parser.buffered_len() as u64);
                    }
                }
            }
        }
        client.parser = parser;
        self.node.set_expiry_mode(ExpiryMode::Hide);
        if let Some(link) = self.node.repl.replica.as_mut() {
            link.master_db = client.state.db;
            let applied =
                (link.reploff.saturating_sub(before) as usize).min(link.proxy_pending.len());
            let bytes: Vec<u8> = link.proxy_pending.drain(..applied).collect();
            // Sub-replicas (a backlog) get the master's bytes as they came, and the
            // offset grows as the master side feeds them; without a backlog it
            // follows the bytes applied.
            if self.node.repl.master.backlog.is_some() {
                crate::repl::master::feed_raw(&mut self.node, &bytes);
            } else {
                self.node.repl.offset += bytes.len() as u64;
            }
        }
        self.clients.insert(conn, client);
        self.flush_client_outputs(conn);
        self.flush_pending_writes();
        self.serve_blocked();
    }

    /// The replication cron of a replica, once a second: dial when disconnected,
    /// give up on a handshake, transfer or link silent for `repl-timeout`, ACK the
    /// applied offset.
    pub(super) fn replica_cron(&mut self) {
        let now = self.node.now.mono;
        let timeout_ms = crate::directives::get_by_name(&self.node.config, "repl-timeout")
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(60)
            .saturating_mul(1000);
        let Some(link) = self.node.repl.replica.as_mut() else {
            return;
        };
        if now < link.next_cron {
            return;
        }
        link.next_cron = now.add_millis(REPL_CRON_MS);
        let elapsed_ms = |t: crate::time::Instant| now.nanos_since(t) / 1_000_000;
        let (state, conn) = (link.state, link.conn);
        match state {
            LinkState::Connect => self.replica_dial(false),
            LinkState::Transfer => {
                if elapsed_ms(link.last_io) > timeout_ms {
                    log(
                        &mut self.node,
                        Level::Warning,
                        "Timeout receiving bulk data from MASTER... If the problem persists try to set the 'repl-timeout' parameter in redis.conf to a larger value.",
                    );
                    self.replica_cancel();
                }
            }
            LinkState::Connected => {
                let Some(conn) = conn else {
                    return;
                };
                if elapsed_ms(link.last_io) > timeout_ms {
                    log(
                        &mut self.node,
                        Level::Warning,
                        "MASTER timeout: no data nor PING received...",
                    );
                    self.close_link(conn);
                } else {
                    self.send_ack(conn);
                }
            }
            _ => {
                if elapsed_ms(link.attempt_started) > timeout_ms {
                    log(
                        &mut self.node,
                        Level::Warning,
                        "Timeout connecting to the MASTER...",
                    );
                    self.replica_cancel();
                }
            }
        }
    }
}
