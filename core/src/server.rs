//! [`Server`]: the whole node as one sans-IO state machine.
//!
//! Inputs arrive through `handle_*` methods, each with the current [`Now`]. Outputs
//! leave through [`Server::poll_output`] (drain until `None`) and
//! [`Server::poll_timeout`] (the next deadline). Reply bytes stay in each connection's
//! buffer: the runtime reads them with [`Server::pending_output`] and acknowledges what
//! it wrote with [`Server::consume_output`].

use std::collections::VecDeque;

use crate::util::FastMap as HashMap;

use smallvec::SmallVec;

use crate::blocking::{Blocked, BlockingState};
use crate::client::{Client, ConnId};
use crate::commands::pubsub::Publisher;
use crate::commands::{self, CommandTable, Ctx};
use crate::config::Config;
use crate::introspection::Introspection;
use crate::keyspace::{Db, KeyHasher};
use crate::notify;
use crate::pubsub::PubSubState;
use crate::resp::{ParseLimits, Parsed, RequestParser};
use crate::time::{Instant, Now};
use crate::tracking::{Sink, Tracking};
use crate::util::rng::Rng;
use crate::watch::WatchState;

#[path = "repl/replica_link.rs"]
mod replica_link;

/// Something the core wants the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Bytes are waiting in this connection's buffer ([`Server::pending_output`]). Emitted
    /// once until the buffer has been drained completely.
    Write(ConnId),
    /// Write what is pending on this connection, then close it and report
    /// [`Server::handle_closed`].
    Close(ConnId),
    /// Open an outbound connection (a replica dialling its master); report the result
    /// with [`Server::handle_connected`] or [`Server::handle_connect_failed`].
    Connect {
        /// The id the connection will have once up.
        id: ConnId,
        /// Host to dial.
        host: String,
        /// Port to dial.
        port: u16,
    },
    /// Disk work; report completion with [`Server::handle_disk_done`].
    Disk(DiskOp),
    /// Listen on `bind` at `port` instead of the current addresses (CONFIG SET port /
    /// bind): close the current listeners, open the new ones, and if that fails,
    /// reopen the old ones. Report with [`Server::handle_listen_done`].
    Listen {
        /// Identifies this request in [`Server::handle_listen_done`].
        token: u64,
        /// Addresses, as the `bind` directive lists them (`-` prefix: optional).
        bind: Vec<String>,
        /// The port.
        port: u16,
    },
    /// Stop the process (SHUTDOWN, or a signal passed in with [`Server::handle_shutdown`]).
    Shutdown,
    /// A line for the server log (Redis's log lines: saves, loads, replication).
    Log {
        /// Redis's level mark.
        level: crate::util::log::Level,
        /// The message, without time or pid.
        text: String,
    },
}

/// A disk operation for the runtime to carry out, identified by `token`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiskOp {
    /// Write `bytes` to `path` (truncating), fsync it, and rename it to `rename_to` if
    /// given (atomic snapshot replacement).
    WriteFile {
        /// Identifies this operation in [`Server::handle_disk_done`].
        token: u64,
        /// Path relative to the configured `dir`.
        path: String,
        /// Full contents.
        bytes: Vec<u8>,
        /// Rename target once written and synced.
        rename_to: Option<String>,
    },
    /// Append `bytes` to `path`, fsyncing afterwards if `fsync`.
    Append {
        /// Identifies this operation in [`Server::handle_disk_done`].
        token: u64,
        /// Path relative to the configured `dir`.
        path: String,
        /// Bytes to append.
        bytes: Vec<u8>,
        /// Fsync after the append.
        fsync: bool,
    },
    /// Rename `from` to `to` (replacing it), then fsync the directory: the atomic
    /// switch to a new snapshot.
    Rename {
        /// Identifies this operation in [`Server::handle_disk_done`].
        token: u64,
        /// Path relative to the configured `dir`.
        from: String,
        /// Path relative to the configured `dir`.
        to: String,
    },
    /// Delete `path` (a temp file of an abandoned snapshot); a missing file is success.
    Remove {
        /// Identifies this operation in [`Server::handle_disk_done`].
        token: u64,
        /// Path relative to the configured `dir`.
        path: String,
    },
    /// Read the whole of `path` (ACL LOAD's `aclfile`); the bytes come back through
    /// [`Server::handle_disk_read`].
    ReadFile {
        /// Identifies this operation in [`Server::handle_disk_read`].
        token: u64,
        /// Path relative to the configured `dir`.
        path: String,
    },
}

impl DiskOp {
    /// The token [`Server::handle_disk_done`] reports this operation with.
    pub fn token(&self) -> u64 {
        match self {
            DiskOp::WriteFile { token, .. }
            | DiskOp::Append { token, .. }
            | DiskOp::Rename { token, .. }
            | DiskOp::Remove { token, .. }
            | DiskOp::ReadFile { token, .. } => *token,
        }
    }
}

/// Server-wide counters reported by INFO (reset by CONFIG RESETSTAT).
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Connections accepted.
    pub connections_received: u64,
    /// Connections refused at maxclients.
    pub rejected_connections: u64,
    /// Commands executed.
    pub commands_processed: u64,
    /// Bytes read from clients (`total_net_input_bytes`).
    pub net_input_bytes: u64,
    /// Bytes written to clients (`total_net_output_bytes`).
    pub net_output_bytes: u64,
    /// Bytes written to replicas (`total_net_repl_output_bytes`; not in
    /// `net_output_bytes`, as Redis counts them).
    pub net_repl_output_bytes: u64,
    /// Reads handed to the core (`total_reads_processed`).
    pub reads_processed: u64,
    /// Writes the runtime acknowledged (`total_writes_processed`).
    pub writes_processed: u64,
    /// Key lookups by read commands that found the key.
    pub keyspace_hits: u64,
    /// Key lookups by read commands that did not.
    pub keyspace_misses: u64,
    /// Error replies sent (`total_error_replies`).
    pub total_error_replies: u64,
    /// Per-command counters (INFO commandstats), in order of first use.
    pub commands: Vec<CommandStats>,
    /// The position in `commands` of each command's counters, keyed by its address.
    command_slots: HashMap<usize, usize>,
    /// The address and slot of the command counted last: a pipeline of one command
    /// finds its counters without hashing.
    last_command: (usize, usize),
    /// Error replies per error code (INFO errorstats).
    pub errors: std::collections::BTreeMap<String, u64>,
    /// Keys evicted for maxmemory (`evicted_keys`).
    pub evicted_keys: u64,
}

/// One command's counters, as INFO commandstats reports them.
#[derive(Debug, Default, Clone)]
pub struct CommandStats {
    /// Full name (`get`, `config|set`).
    pub name: String,
    /// Times it ran.
    pub calls: u64,
    /// Microseconds spent.
    pub usec: u64,
    /// Durations, for LATENCY HISTOGRAM and INFO latencystats (`latency-tracking`).
    pub histogram: crate::durations::Histogram,
    /// Times it was refused before running (arity, authentication, context).
    pub rejected_calls: u64,
    /// Times it ran and replied an error.
    pub failed_calls: u64,
}

/// Distinct error codes INFO errorstats tracks; further codes are not recorded.
const ERROR_CODES_MAX: usize = 128;

impl Stats {
    /// The counters of `cmd` (a subcommand of `parent` if given), created on first use.
    #[inline]
    pub fn command(
        &mut self,
        cmd: &'static commands::Command,
        parent: Option<&str>,
    ) -> &mut CommandStats {
        let addr = cmd as *const commands::Command as usize;
        let (last, slot) = self.last_command;
        if last == addr && slot < self.commands.len() {
            return &mut self.commands[slot];
        }
        self.command_slow(addr, cmd, parent)
    }

    /// [`command`](Self::command) for another command than the last one.
    #[inline(never)]
    fn command_slow(
        &mut self,
        addr: usize,
        cmd: &'static commands::Command,
        parent: Option<&str>,
    ) -> &mut CommandStats {
        let commands = &mut self.commands;
        let slot = *self.command_slots.entry(addr).or_insert_with(|| {
            commands.push(CommandStats {
                name: match parent {
                    Some(p) => format!("{p}|{}", cmd.name),
                    None => cmd.name.to_string(),
                },
                ..CommandStats::default()
            });
            commands.len() - 1
        });
        self.last_command = (addr, slot);
        &mut self.commands[slot]
    }

    /// Counts an error reply: `reply` is its encoding (`-CODE message\r\n`).
    pub fn record_error(&mut self, reply: &[u8]) {
        self.total_error_replies += 1;
        let body = reply.get(1..).unwrap_or(&[]);
        let end = body
            .iter()
            .take(32)
            .position(|&c| c == b' ' || c == b'\r')
            .unwrap_or(body.len().min(32));
        let code = String::from_utf8_lossy(&body[..end]);
        if let Some(n) = self.errors.get_mut(code.as_ref()) {
            *n += 1;
        } else if self.errors.len() < ERROR_CODES_MAX {
            self.errors.insert(code.into_owned(), 1);
        }
    }
}

/// Everything a command may touch except the connection table: databases,
/// configuration, counters, the PRNG, the current time.
#[derive(Debug)]
pub struct Node {
    /// Active configuration.
    pub config: Config,
    /// The numbered databases.
    pub dbs: Vec<Db>,
    /// The core's PRNG.
    pub rng: Rng,
    /// Time of the input being handled.
    pub now: Now,
    /// Inside a batch of requests, none of the rare per-command refusals can apply
    /// (see [`commands::gate`]): dispatch skips them with one branch.
    pub quiet: bool,
    /// When the server started.
    pub started: Now,
    /// 40-hex-digit run id.
    pub run_id: String,
    /// Counters.
    pub stats: Stats,
    /// Writes since the last save.
    pub dirty: u64,
    /// What write commands did, for the AOF and replicas.
    pub effects: crate::effects::Effects,
    /// Replication identity and state (both roles).
    pub repl: crate::repl::Repl,
    /// Outputs queued by commands (closing other clients, shutdown).
    pub outputs: VecDeque<Output>,
    /// Clients parked by blocking commands.
    pub blocking: BlockingState,
    /// WATCHed keys and invalidated transactions.
    pub watches: WatchState,
    /// Pub/sub subscriptions.
    pub pubsub: PubSubState,
    /// Clients other than the caller whose output buffers a command wrote into
    /// (pub/sub messages): the server notifies their runtimes after the command.
    pub pending_writes: Vec<ConnId>,
    /// The keyed hash of the keyspace, for collections keyed by client data (hash
    /// fields, set members) that need the same HashDoS resistance.
    pub hasher: KeyHasher,
    /// Client-side caching: keys clients may cache, BCAST prefixes, messages due.
    pub tracking: Tracking,
    /// The client whose command is running (Redis's `server.current_client`): who
    /// modified a key, for NOLOOP.
    pub current_client: Option<ConnId>,
    /// Next time the periodic cron (active expiry) runs.
    cron_due: Instant,
    /// Slow log, MONITOR, CLIENT PAUSE, DEBUG switches, memory figures, metrics.
    pub introspect: Introspection,
    /// Disk operations handed to the runtime and who waits for each, by token.
    pub disk_waits: HashMap<u64, DiskWait>,
    /// The token of the next disk operation.
    next_disk_token: u64,
    /// maxmemory eviction: the candidate pool, the access clock, work left.
    pub evict: crate::evict::Evictor,
    /// Saves (SAVE, BGSAVE, save points, shutdown), their statuses and counters.
    pub persist: commands::persistence::Persistence,
    /// Function libraries, kept as code (loaded from RDB, FUNCTION RESTORE).
    pub functions: crate::commands::function::Libraries,
    /// CONFIG SETs waiting for the runtime to listen on new addresses, by token.
    pub listen_waits: Vec<(u64, commands::config_cmd::ListenWait)>,
    /// ACL users and the ACL LOG.
    pub acl: crate::acl::Acl,
    /// The append-only file: its files, the batch waiting for the disk, held replies.
    pub aof: crate::aof::Aof,
    /// The Lua interpreter (made on first use), its script cache and compiled functions.
    pub scripting: crate::scripting::Scripting,
}

/// What a disk operation in flight is for.
#[derive(Debug)]
pub enum DiskWait {
    /// CONFIG REWRITE: `client` waits for `+OK`; `text` becomes the file's known text.
    ConfigRewrite {
        /// The client parked on the rewrite (none inside EXEC, which answered at once).
        client: Option<ConnId>,
        /// The new contents of the config file.
        text: String,
    },
    /// A step of the running save (see [`commands::persistence`]).
    Snapshot {
        /// Which save.
        save: u64,
    },
    /// The removal of an abandoned save's temp file: nothing waits for it.
    Cleanup,
    /// DEBUG RELOAD's file being written.
    Reload(Box<commands::persistence::ReloadWait>),
    /// ACL SAVE: the client waits for `+OK` (none inside EXEC).
    AclSave(Option<ConnId>),
    /// ACL LOAD: the file is being read for the client (none inside EXEC).
    AclLoad(Option<ConnId>),
    /// An operation of the append-only file.
    Aof(crate::aof::Wait),
}

impl Node {
    /// `key` in `db` was modified: invalidates WATCHes on it, lets clients blocked on
    /// it try again and tells clients that may cache it (Redis's `signalModifiedKey`
    /// plus `signalKeyAsReady`).
    pub fn signal_modified_key(&mut self, db: usize, key: &[u8]) {
        self.watches.touch(db, key);
        self.blocking.signal_key(db, key);
        self.tracking.invalidate_key(key, self.current_client, true);
    }

    /// Whether a write must signal the keys it modified: someone WATCHes, blocks or
    /// tracks keys.
    pub fn keys_signal_needed(&self) -> bool {
        self.blocking.has_waiters() || !self.watches.is_empty() || self.tracking.in_use()
    }

    /// Tells every database which keyspace events to log for publishing (keys expired,
    /// keys created), from `notify-keyspace-events`; called whenever it may change.
    pub fn sync_event_logging(&mut self) {
        let flags = self.config.notify_keyspace_events;
        let logged = notify::EXPIRED | notify::NEW | notify::EVICTED;
        let mut log = if notify::enabled(flags, logged) {
            flags & logged
        } else {
            0
        };
        if self.tracking.in_use() {
            // Expired keys invalidate client caches.
            log |= notify::EXPIRED;
        }
        let log_deletions = self.effects.is_on();
        for db in &mut self.dbs {
            db.log_events = log;
            db.log_deletions = log_deletions;
        }
    }

    /// Starts or stops feeding the effects stream's `target` ([`crate::effects::TO_AOF`],
    /// [`crate::effects::TO_REPL`]); the databases log deletions while anyone consumes it.
    pub fn set_effects_consumer(&mut self, target: u8, on: bool) {
        self.effects.set_consumer(target, on);
        self.sync_event_logging();
    }

    /// Moves the keys the databases deleted on lookup into the running unit of the
    /// effects stream, as `DEL`s (Redis propagates a lazy expiry where it happens).
    pub fn deletions_into_unit(&mut self) {
        if self.dbs.iter().all(|db| db.deletions.is_empty()) {
            return;
        }
        let verb = self.deletion_verb("lazyfree-lazy-expire");
        for (i, db) in self.dbs.iter_mut().enumerate() {
            for key in db.deletions.drain(..) {
                self.effects.also(i, &[verb, &key]);
            }
        }
    }

    /// How a removal goes out: `UNLINK` when the `lazyfree-lazy-*` directive `flag` is
    /// on, `DEL` otherwise (Redis's `propagateDeletion`).
    fn deletion_verb(&self, flag: &str) -> &'static [u8] {
        match crate::directives::get_by_name(&self.config, flag).as_deref() {
            Some("yes") => b"UNLINK",
            _ => b"DEL",
        }
    }

    /// Closes the effects unit of a top-level command: what it caused goes out as one
    /// unit (see [`crate::effects`]). `woff` is the client's WAIT offset (Redis's
    /// `c->woff`): it moves to the stream's end if the unit reached the replicas.
    #[inline]
    pub fn end_effects_unit(&mut self, woff: &mut u64) {
        // A suspended script's unit stays open until it ends (other clients' commands
        // meanwhile are refused with -BUSY and add nothing).
        if self.effects.is_on() && self.scripting.busy.is_none() {
            self.deletions_into_unit();
            let before = self.effects.repl.total;
            self.effects.end_unit();
            if self.effects.repl.total != before {
                *woff = crate::repl::master::current_offset(self);
            }
        }
    }

    /// Propagates the keys the databases deleted outside any command (the active
    /// expiry cycle, eviction), each `DEL` on its own; `flag` is the `lazyfree-lazy-*`
    /// directive that makes them `UNLINK`s.
    pub fn propagate_deletions(&mut self, flag: &str) {
        if !self.effects.is_on() || self.dbs.iter().all(|db| db.deletions.is_empty()) {
            return;
        }
        let verb = self.deletion_verb(flag);
        for (i, db) in self.dbs.iter_mut().enumerate() {
            if !db.deletions.is_empty() {
                self.effects
                    .standalone_deletions(i, verb, db.deletions.drain(..));
            }
        }
    }

    /// Tells client caches about keys the databases logged as expired. The log is then
    /// the keyspace-event publisher's to drain, or cleared when notifications are off.
    #[inline]
    pub fn note_logged_expiries(&mut self) {
        if self.tracking.in_use() {
            self.note_logged_expiries_tracked();
        }
    }

    /// [`note_logged_expiries`](Self::note_logged_expiries) while tracking is in use.
    #[inline(never)]
    fn note_logged_expiries_tracked(&mut self) {
        self.tracking.note_expired(&self.dbs);
        if self.config.notify_keyspace_events == 0 {
            for db in &mut self.dbs {
                db.events.clear();
            }
        }
    }

    /// Hands `op` (built for a fresh token) to the runtime; `wait` is what its
    /// completion means.
    pub fn start_disk_op(&mut self, op: impl FnOnce(u64) -> DiskOp, wait: DiskWait) {
        let token = self.next_disk_token;
        self.next_disk_token += 1;
        self.outputs.push_back(Output::Disk(op(token)));
        self.disk_waits.insert(token, wait);
    }

    /// A fresh token for an [`Output::Listen`] (drawn from the disk operations' tokens,
    /// so no two requests share one).
    pub fn next_listen_token(&mut self) -> u64 {
        let token = self.next_disk_token;
        self.next_disk_token += 1;
        token
    }

    /// A uniform random number in `0..n`.
    pub fn random_below(&mut self, n: u64) -> u64 {
        self.rng.below(n)
    }
}

/// The node: every client, every database, every decision.
#[derive(Debug)]
pub struct Server {
    pub(crate) node: Node,
    pub(crate) clients: HashMap<ConnId, Box<Client>>,
    pub(crate) commands: CommandTable,
    next_id: u64,
}

impl Server {
    /// A server started at `now` with `config`, its randomness drawn from
    /// `config.seed`.
    pub fn new(config: Config, now: Now) -> Self {
        let mut rng = Rng::new(config.seed);
        let hasher = KeyHasher::new(rng.next_u64(), rng.next_u64());
        let dbs = (0..config.databases).map(|_| Db::new(hasher)).collect();
        let mut run_id = [0u8; 40];
        rng.fill_hex(&mut run_id);
        let repl = crate::repl::Repl::new(&mut rng);
        let cron_due = now.mono.add_millis(cron_period_ms(&config));
        let mut server = Server {
            node: Node {
                config,
                dbs,
                rng,
                now,
                quiet: false,
                started: now,
                run_id: String::from_utf8_lossy(&run_id).into_owned(),
                stats: Stats::default(),
                dirty: 0,
                effects: crate::effects::Effects::default(),
                repl,
                outputs: VecDeque::new(),
                blocking: BlockingState::default(),
                watches: WatchState::default(),
                pubsub: PubSubState::default(),
                pending_writes: Vec::new(),
                hasher,
                tracking: Tracking::new(hasher),
                current_client: None,
                cron_due,
                introspect: Introspection::new(now),
                disk_waits: HashMap::default(),
                next_disk_token: 1,
                evict: crate::evict::Evictor::default(),
                persist: commands::persistence::Persistence::default(),
                functions: crate::commands::function::Libraries::new(),
                listen_waits: Vec::new(),
                acl: crate::acl::Acl::new(),
                aof: crate::aof::Aof::default(),
                scripting: crate::scripting::Scripting::default(),
            },
            clients: HashMap::default(),
            commands: CommandTable::new(),
            next_id: 1,
        };
        server.node.sync_event_logging();
        crate::evict::sync_clock(&mut server.node);
        crate::commands::acl::load_configured_users(&mut server.node);
        crate::aof::Aof::sync_config(&mut server.node);
        if let Some((host, port)) = crate::repl::replica::configured_master(&server.node.config) {
            // `replicaof` at start-up: no cached master, the first cron dials.
            server.node.set_master(host, port);
            if let Some(link) = server.node.repl.replica.as_mut() {
                link.cached = false;
            }
        }
        server
    }

    /// Hands the core the runtime's monotonic clock (at start-up): it is read before
    /// and after each command, for SLOWLOG, INFO commandstats and latencystats, LATENCY.
    /// Without one, commands take no time.
    pub fn set_clock(&mut self, read: impl Fn() -> Instant + Send + 'static) {
        self.node.introspect.clock = crate::durations::Clock::new(read);
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.node.config
    }

    /// A connection was accepted from `peer` on local address `local` (both
    /// `ip:port`). Returns the id the runtime uses for it from now on.
    pub fn handle_accept(&mut self, now: Now, peer: &str, local: &str) -> ConnId {
        self.node.now = now;
        let id = ConnId(self.next_id);
        self.next_id += 1;
        let authenticated = !self.node.acl.auth_required();
        let mut client = Box::new(Client::new(
            id,
            peer.to_string(),
            local.to_string(),
            authenticated,
            now,
        ));
        client.state.acl_restricted = self.node.acl.restricted(crate::acl::DEFAULT_USER);
        if self.clients.len() >= self.node.config.maxclients {
            self.node.stats.rejected_connections += 1;
            client.reply.error("ERR max number of clients reached");
            client.state.close_after_reply = true;
        } else if crate::acl::protected_mode_refuses(&self.node, peer) {
            self.node.stats.rejected_connections += 1;
            client
                .reply
                .raw()
                .extend_from_slice(crate::acl::DENIED.as_bytes());
            client.state.close_after_reply = true;
        } else {
            self.node.stats.connections_received += 1;
        }
        self.clients.insert(id, client);
        self.flush_client_outputs(id);
        self.aof_end_input();
        id
    }

    /// Bytes were read on `conn`.
    pub fn handle_read(&mut self, now: Now, conn: ConnId, bytes: &[u8]) {
        self.node.now = now;
        crate::evict::sync_clock(&mut self.node);
        self.node.stats.net_input_bytes += bytes.len() as u64;
        self.node.stats.reads_processed += 1;
        self.end_pause_if_over();
        let Some(client) = self.clients.get_mut(&conn) else {
            return;
        };
        if client.state.close_after_reply {
            return; // Redis ignores input from a client it is closing.
        }
        if client.state.is_master {
            self.replica_read(conn, bytes);
            self.process_released();
            self.before_sleep();
            return;
        }
        // Every read counts as interaction (Redis's `lastinteraction`), not only a
        // complete command: a slow sender of a big request is not idle.
        client.state.last_interaction = now;
        let big = client.parser.big_arg_pending().map(|(_, left)| left);
        (client.state.query_buffer).on_read(client.parser.buffered_len(), big);
        client.parser.feed(bytes);
        if client.parser.buffered_len() > self.node.config.client_query_buffer_limit {
            // Redis closes such a client without a reply.
            client.state.close_after_reply = true;
            client.reply.consume(usize::MAX);
            self.node.outputs.push_back(Output::Close(conn));
            return;
        }
        self.process_input(conn);
        self.end_pause_if_over();
        self.process_released();
        self.before_sleep();
    }

    /// `conn` is gone (closed by the peer, by an error, or after [`Output::Close`]).
    pub fn handle_closed(&mut self, now: Now, conn: ConnId) {
        self.node.now = now;
        let master_link = self.is_master_link(conn);
        if let Some(client) = self.clients.remove(&conn) {
            if let Some(blocked) = &client.state.blocked {
                self.node.blocking.unpark(conn, blocked);
            }
            let mut client = client;
            commands::pubsub::unsubscribe_all(&mut self.node, &mut client.state);
            self.node.tracking.disable(conn);
            self.node.introspect.monitors.retain(|&m| m != conn);
            self.node.introspect.pause.postponed.retain(|&m| m != conn);
            let watched: Vec<(usize, Vec<u8>)> = client
                .state
                .watched
                .iter()
                .map(|w| (w.db, w.key.clone()))
                .collect();
            self.node.watches.unwatch_all(conn, &watched);
        }
        crate::repl::master::closed(&mut self.node, conn);
        if master_link {
            self.replica_closed(conn);
        }
    }

    /// An outbound connection the core asked for is up.
    pub fn handle_connected(&mut self, now: Now, conn: ConnId, local: &str) {
        self.node.now = now;
        self.replica_connected(conn, local);
    }

    /// An outbound connection the core asked for could not be made.
    pub fn handle_connect_failed(&mut self, now: Now, conn: ConnId, error: &str) {
        self.node.now = now;
        self.replica_connect_failed(conn, error);
    }

    /// A disk operation finished (`Ok`) or failed (`Err` with the OS error text).
    pub fn handle_disk_done(&mut self, now: Now, token: u64, result: Result<(), String>) {
        self.node.now = now;
        match self.node.disk_waits.remove(&token) {
            Some(DiskWait::ConfigRewrite { client, text }) => {
                if result.is_ok()
                    && let Some(file) = &mut self.node.config.config_file
                {
                    file.text = text;
                }
                if let Some(client) = client {
                    self.finish_parked(client, |out| match &result {
                        Ok(()) => out.ok(),
                        Err(e) => out.error(&format!("ERR Rewriting config file: {e}")),
                    });
                }
                self.process_released();
            }
            Some(DiskWait::Snapshot { save }) => {
                if let Some(done) = commands::persistence::disk_done(&mut self.node, save, result) {
                    self.save_finished(done);
                }
                self.process_released();
            }
            Some(DiskWait::Reload(wait)) => {
                if let Some((client, reply)) =
                    commands::persistence::reload_disk_done(&mut self.node, wait, result)
                    && let Some(client) = client
                {
                    self.finish_parked(client, |out| match &reply {
                        None => out.ok(),
                        Some(e) => out.error(e),
                    });
                }
                self.process_released();
            }
            Some(DiskWait::AclSave(client)) => {
                if let Some(client) = client {
                    self.finish_parked(client, |out| match result {
                        Ok(()) => out.ok(),
                        Err(_) => out.error(commands::acl::SAVE_FAILED),
                    });
                }
                self.process_released();
            }
            Some(DiskWait::AclLoad(client)) => {
                // A runtime that cannot read files reports the read as done, without
                // bytes.
                let result = result.and(Err("no data read".to_string()));
                self.acl_load_done(client, result);
            }
            Some(DiskWait::Aof(wait)) => {
                self.aof_disk_done(wait, result);
                self.process_released();
            }
            Some(DiskWait::Cleanup) | None => {}
        }
        self.before_sleep();
    }

    /// The runtime carried out (`Ok`) or failed (`Err` with the OS error text) an
    /// [`Output::Listen`]: the CONFIG SET that asked for it is answered, its parameters
    /// rolled back on failure.
    pub fn handle_listen_done(&mut self, now: Now, token: u64, result: Result<(), String>) {
        self.node.now = now;
        let Some(i) = self.node.listen_waits.iter().position(|(t, _)| *t == token) else {
            return;
        };
        let (_, wait) = self.node.listen_waits.remove(i);
        let error = commands::config_cmd::listen_done(&mut self.node, &wait, result);
        if let Some(client) = wait.client {
            self.finish_parked(client, |out| match &error {
                None => out.ok(),
                Some(e) => out.error(e),
            });
        }
        self.process_released();
        self.before_sleep();
    }

    /// A [`DiskOp::ReadFile`] finished: the file's bytes, or the OS error text.
    pub fn handle_disk_read(&mut self, now: Now, token: u64, result: Result<Vec<u8>, String>) {
        self.node.now = now;
        if let Some(DiskWait::AclLoad(client)) = self.node.disk_waits.remove(&token) {
            self.acl_load_done(client, result);
        }
        self.before_sleep();
    }

    /// ACL LOAD's file was read (or not): the users are replaced and the client
    /// answered.
    fn acl_load_done(&mut self, client: Option<ConnId>, result: Result<Vec<u8>, String>) {
        let reply = commands::acl::load_done(&mut self.node, &mut self.clients, client, result);
        if let Some(client) = client {
            self.finish_parked(client, |out| match &reply {
                Ok(()) => out.ok(),
                Err(e) => out.error_bytes(e.as_bytes()),
            });
        }
        self.process_released();
    }

    /// Loads the `aclfile` the runtime read at start-up, before any client (`Err`:
    /// the OS error text of the read). `Err` with Redis's description of what is
    /// wrong, for the runtime to log before exiting.
    pub fn load_acl_file(&mut self, read: Result<Vec<u8>, String>) -> Result<(), String> {
        commands::acl::load_at_startup(&mut self.node, read)
    }

    /// A save ended: answers the SAVE clients, ends or resumes a shutdown that waited
    /// for it, and starts the save queued behind it.
    fn save_finished(&mut self, done: commands::persistence::Finished) {
        use crate::util::log::Level;
        let ok = done.ok;
        for id in done.waiters {
            self.finish_parked(id, |out| if ok { out.ok() } else { out.error("ERR") });
        }
        if let Some(shutdown) = done.shutdown {
            let log = |node: &mut Node, text: &str| {
                commands::persistence::log(node, Level::Warning, text)
            };
            if ok || shutdown.force {
                if !ok {
                    log(&mut self.node, "Error trying to save the DB. Exit anyway.");
                }
                self.node.outputs.push_back(Output::Shutdown);
                return;
            }
            log(&mut self.node, "Error trying to save the DB, can't exit.");
            log(
                &mut self.node,
                "Errors trying to shut down the server. Check the logs for more information.",
            );
            match shutdown.client {
                Some(id) => self.finish_parked(id, |out| {
                    out.error("ERR Errors trying to SHUTDOWN. Check logs.");
                }),
                None => log(
                    &mut self.node,
                    "SIGTERM received but errors trying to shut down the server, check the logs for more information",
                ),
            }
            for id in std::mem::take(&mut self.node.repl.shutdown_others) {
                self.finish_parked(id, |out| {
                    out.error("ERR Errors trying to SHUTDOWN. Check logs.");
                });
            }
            self.resume_input();
        }
        commands::persistence::start_queued(&mut self.node);
    }

    /// A shutdown's final save failed: serves again the input the other clients sent
    /// meanwhile.
    fn resume_input(&mut self) {
        if commands::persistence::shutdown_pending(&self.node) {
            return;
        }
        self.node.persist.hold_input = false;
        let ids: Vec<ConnId> = self.clients.keys().copied().collect();
        for id in ids {
            self.process_input(id);
        }
        self.end_pause_if_over();
        self.process_released();
    }

    /// The process was asked to stop (SIGINT/SIGTERM): the core finishes its duties
    /// (a final save, when configured) and emits [`Output::Shutdown`].
    pub fn handle_shutdown(&mut self, now: Now) {
        self.shutdown_with(now, crate::repl::shutdown::Flags::default());
    }

    /// [`handle_shutdown`](Self::handle_shutdown) for signal `name` (`SIGINT` or
    /// `SIGTERM`), with the flags `shutdown-on-sigint` / `shutdown-on-sigterm` give it
    /// (`save`, `nosave`, `now`, `force`), as redis-server does.
    pub fn handle_shutdown_signal(&mut self, now: Now, name: &str) {
        let flags = crate::repl::shutdown::Flags::for_signal(&self.node.config, name);
        self.shutdown_with(now, flags);
    }

    fn shutdown_with(&mut self, now: Now, flags: crate::repl::shutdown::Flags) {
        self.node.now = now;
        if commands::persistence::shutdown_pending(&self.node)
            || crate::repl::shutdown::waiting(&self.node)
        {
            // Asked again while saving or waiting for replicas: Redis's answer to a
            // second SIGINT.
            commands::persistence::log(
                &mut self.node,
                crate::util::log::Level::Warning,
                "You insist... exiting now.",
            );
            commands::persistence::abandon_shutdown_save(&mut self.node);
            self.node.outputs.push_back(Output::Shutdown);
            return;
        }
        crate::repl::shutdown::request(&mut self.node, None, flags);
        self.before_sleep();
    }

    /// The deadline from [`poll_timeout`](Self::poll_timeout) has passed (calling it
    /// early is harmless).
    pub fn handle_timeout(&mut self, now: Now) {
        self.node.now = now;
        crate::evict::sync_clock(&mut self.node);
        if self.node.scripting.busy.is_some() {
            // A script past busy-reply-threshold runs one more slice; nothing else
            // (cron, expiry, timeouts) touches the dataset until it ends.
            self.resume_script();
            if self.node.scripting.busy.is_some() {
                self.before_sleep();
                return;
            }
        }
        if self.node.evict.pending {
            self.evict_and_publish();
        }
        if now.mono >= self.node.cron_due {
            self.cron();
            self.node.cron_due = now.mono.add_millis(cron_period_ms(&self.node.config));
        }
        for id in self.node.blocking.expired(now.mono) {
            self.finish_parked(id, |_| {});
        }
        if !self.node.repl.master.waiters.is_empty() {
            let done = crate::repl::master::released_waiters(&mut self.node, Some(now.mono));
            self.answer_waiters(done);
        }
        self.end_pause_if_over();
        self.process_released();
        self.before_sleep();
    }

    /// Ends the wait of parked client `id`: `reply` is written (nothing: the
    /// command's timeout reply), and its buffered input runs at the next
    /// [`process_released`](Self::process_released).
    fn finish_parked(&mut self, id: ConnId, reply: impl FnOnce(&mut crate::resp::Reply)) {
        let Some(mut client) = self.clients.remove(&id) else {
            return;
        };
        if let Some(blocked) = client.state.blocked.take() {
            self.node.blocking.unpark(id, &blocked);
            let mark = client.reply.mark();
            reply(&mut client.reply);
            if client.reply.mark() == mark {
                blocked.on_timeout.write(&mut client.reply);
            }
            self.node.blocking.released(id);
            let argv: SmallVec<[&[u8]; 16]> = blocked.argv.iter().map(|a| &a[..]).collect();
            let mut ctx = Ctx {
                node: &mut self.node,
                client: &mut client.state,
                out: &mut client.reply,
                others: &mut self.clients,
                commands: &self.commands,
            };
            commands::record_unblocked(&self.commands, &mut ctx, &argv);
        }
        self.clients.insert(id, client);
        self.flush_client_outputs(id);
    }

    /// The earliest instant at which [`handle_timeout`](Self::handle_timeout) has work.
    pub fn poll_timeout(&self) -> Option<Instant> {
        let mut next = match self.node.blocking.next_deadline() {
            Some(t) => t.min(self.node.cron_due),
            None => self.node.cron_due,
        };
        if let Some(end) = self.node.introspect.pause.next_deadline() {
            next = next.min(end);
        }
        if self.node.evict.pending || self.node.scripting.busy.is_some() {
            // Eviction stopped at its work bound, or a script past busy-reply-threshold
            // waits for its next slice: go on at once.
            next = self.node.now.mono;
        }
        if self.node.repl.master.active() {
            if let Some(t) = crate::repl::master::next_deadline(&self.node) {
                next = next.min(t);
            }
            if crate::repl::master::transfer_ready(&self.node, &self.clients)
                || crate::repl::master::bulk_ready(&self.node, &self.clients)
            {
                // A full sync can send its next slices.
                next = self.node.now.mono;
            }
        }
        Some(next)
    }

    /// Memory figures read by the runtime from its allocator (bytes allocated and
    /// resident set size), for INFO memory, MEMORY STATS and `maxmemory`. Runtimes that
    /// can read them call this periodically (say every 100 ms); without it the core
    /// estimates from what it holds.
    pub fn handle_memory_report(&mut self, now: Now, used_bytes: u64, rss_bytes: u64) {
        self.node.now = now;
        let m = &mut self.node.introspect.memory;
        m.used = Some(used_bytes);
        m.rss = Some(rss_bytes);
        m.peak = m.peak.max(used_bytes);
        self.node.evict.freed_since_report = 0;
    }

    /// Evicts keys if memory is over `maxmemory` and publishes their `evicted` events
    /// (the cron, and the rest of an eviction that stopped at its work bound).
    fn evict_and_publish(&mut self) {
        if self.node.config.maxmemory == 0 || crate::repl::replica::ignores_maxmemory(&self.node) {
            self.node.evict.pending = false;
            return;
        }
        crate::evict::perform_evictions(&mut self.node);
        self.publish_db_events();
        self.serve_blocked();
    }

    /// Publishes the events the databases logged outside any command (expired,
    /// evicted) and notifies the runtime of the subscribers' output.
    fn publish_db_events(&mut self) {
        let flags = self.node.config.notify_keyspace_events;
        if flags != 0 {
            let node = &mut self.node;
            let mut publisher = Publisher {
                pubsub: &node.pubsub,
                caller: None,
                caller_muted: false,
                others: &mut self.clients,
                pending_writes: &mut node.pending_writes,
            };
            publisher.logged_events(flags, &mut node.dbs);
        } else {
            for db in &mut self.node.dbs {
                db.events.clear();
            }
        }
        self.flush_pending_writes();
    }

    /// The next thing the runtime must do, or `None` when there is nothing left.
    pub fn poll_output(&mut self) -> Option<Output> {
        self.node.outputs.pop_front()
    }

    /// Reply bytes waiting to be written on `conn` (empty for an unknown id).
    pub fn pending_output(&self, conn: ConnId) -> &[u8] {
        self.clients.get(&conn).map_or(&[], |c| match &c.held {
            None => c.reply.pending(),
            Some(h) => {
                let visible = Server::visible(&c.reply, Some(h));
                c.reply.pending().get(..visible).unwrap_or(&[])
            }
        })
    }

    /// Everything the core has produced for `conn` and not yet had written, including
    /// replies held back until their AOF append is durable (which
    /// [`pending_output`](Self::pending_output) does not show yet). For the simulator,
    /// which attributes replies in the order the commands executed.
    pub fn produced_output(&self, conn: ConnId) -> &[u8] {
        self.clients.get(&conn).map_or(&[], |c| c.reply.pending())
    }

    /// The runtime wrote the first `n` bytes of [`pending_output`](Self::pending_output).
    pub fn consume_output(&mut self, conn: ConnId, n: usize) {
        if let Some(c) = self.clients.get_mut(&conn) {
            let n = n.min(c.reply.pending_len());
            if c.state.replica {
                self.node.stats.net_repl_output_bytes += n as u64;
            } else {
                self.node.stats.net_output_bytes += n as u64;
            }
            self.node.stats.writes_processed += 1;
            c.state.last_interaction = self.node.now;
            let len = c.reply.mark();
            c.reply.consume(n);
            if let Some(held) = c.held.as_mut()
                && c.reply.mark() < len
            {
                // The buffer restarted: held positions follow it.
                held.rebase(len);
            }
            if c.reply.pending_len() == 0 {
                c.write_notified = false;
            }
        }
        let master = &self.node.repl.master;
        if master.transfer.is_some() || master.sending_bulk != 0 {
            // A replica took the snapshot's bytes: the next ones follow.
            crate::repl::master::pump_bulk(&mut self.node, &mut self.clients);
            crate::repl::master::step_transfer(&mut self.node, &mut self.clients);
            self.flush_pending_writes();
        }
    }

    /// Loads an RDB file's bytes (start-up, before any client): into fresh databases
    /// that replace the current ones on success. Logs Redis 7.0's lines about it
    /// ([`Output::Log`], drained by the runtime before it serves): the loader's notes
    /// (the AUX fields' lines: `Loading RDB produced by version ...`, `RDB age ...
    /// seconds`, `RDB memory usage when created ... Mb`; what it dropped), then `Done
    /// loading RDB, keys loaded: N, keys expired: M.`, and records the counts for INFO
    /// persistence (`rdb_last_load_keys_*`). `DB loaded from disk: ... seconds` is the
    /// runtime's (it needs a clock read), and so are the lines for a file refused at
    /// start-up (which end with the process exiting; DEBUG RELOAD does not exit). On
    /// error the databases are left as they were and nothing is logged.
    pub fn load_rdb(
        &mut self,
        now: Now,
        bytes: &[u8],
    ) -> Result<crate::rdb::load::LoadReport, crate::rdb::RdbError> {
        self.load_rdb_with(now, bytes, false)
    }

    /// After the dump file loaded at start-up (and `DB loaded from disk` logged): takes
    /// back the replication id and offset it holds, so that this node's master or
    /// replicas can continue partially ([`crate::repl::persist::restore`]).
    pub fn restore_replication(&mut self, report: &crate::rdb::load::LoadReport) {
        crate::repl::persist::restore(&mut self.node, report);
    }

    /// [`load_rdb`](Self::load_rdb), keeping keys already expired if `keep_expired`
    /// (a replica loading its master's snapshot: the master's DELs remove them; an
    /// AOF's RDB preamble, whose commands may still touch them).
    pub(crate) fn load_rdb_with(
        &mut self,
        now: Now,
        bytes: &[u8],
        keep_expired: bool,
    ) -> Result<crate::rdb::load::LoadReport, crate::rdb::RdbError> {
        self.node.now = now;
        // The access clock first, so that loaded keys' LRU/LFU data is relative to now.
        crate::evict::sync_clock(&mut self.node);
        let clock = self.node.dbs.first().map(|d| d.clock).unwrap_or_default();
        let mut dbs: Vec<Db> = (0..self.node.config.databases)
            .map(|_| {
                let mut db = Db::new(self.node.hasher);
                db.clock = clock;
                db
            })
            .collect();
        let opts = crate::rdb::load::LoadOptions {
            config: &self.node.config,
            hasher: self.node.hasher,
            now_ms: now.unix_ms(),
            keep_expired,
        };
        let loaded = crate::rdb::load::load(bytes, &mut dbs, &opts).and_then(|report| {
            // Redis fails the whole load on a library it cannot create.
            crate::commands::function::Libraries::from_codes(report.functions.clone())
                .map(|functions| (report, functions))
                .map_err(|e| crate::rdb::RdbError::Corrupt(format!("Failed loading library, {e}")))
        });
        let (report, functions) = loaded?;
        if functions.is_empty() {
            self.node.scripting.functions.clear();
        } else {
            crate::commands::function::install_all(&mut self.node, &functions).map_err(|e| {
                crate::rdb::RdbError::Corrupt(format!("Failed loading library, {e}"))
            })?;
        }
        self.node.dbs = dbs;
        self.node.functions = functions;
        // The loader's notes (the AUX fields' lines in file order), its warnings, Done.
        use crate::util::log::Level;
        for text in &report.notes {
            self.node.outputs.push_back(Output::Log {
                level: Level::Notice,
                text: text.clone(),
            });
        }
        for text in &report.warnings {
            self.node.outputs.push_back(Output::Log {
                level: Level::Warning,
                text: text.clone(),
            });
        }
        let (text, warn) = report.done_line();
        self.node.outputs.push_back(Output::Log {
            level: if warn { Level::Warning } else { Level::Notice },
            text,
        });
        self.node.sync_event_logging();
        crate::evict::sync_clock(&mut self.node);
        self.node.persist.last_load_keys = (report.keys_loaded, report.keys_expired);
        Ok(report)
    }

    /// Starts or stops feeding the effects stream's `target` (`effects::TO_AOF`,
    /// `effects::TO_REPL`) without an AOF or replicas: drivers and tests that read the
    /// stream with [`take_effects`](Self::take_effects).
    pub fn set_effects_consumer(&mut self, target: u8, on: bool) {
        self.node.set_effects_consumer(target, on);
    }

    /// Takes the bytes the effects stream collected for `target` (`effects::TO_AOF` or
    /// `effects::TO_REPL`) since the last call.
    pub fn take_effects(&mut self, target: u8) -> Vec<u8> {
        let sink = if target == crate::effects::TO_REPL {
            &mut self.node.effects.repl
        } else {
            &mut self.node.effects.aof
        };
        std::mem::take(&mut sink.bytes)
    }

    /// Number of connected clients.
    pub fn client_count(&self) -> usize {
        self.clients.len()
    }

    /// The node's state, for tests that check counters (dirty, expired keys).
    #[cfg(test)]
    pub(crate) fn node(&self) -> &Node {
        &self.node
    }

    /// The node's state, mutable, for tests that plant values in the keyspace.
    #[cfg(test)]
    pub(crate) fn node_mut(&mut self) -> &mut Node {
        &mut self.node
    }

    /// Runs `argv` as a top-level request of `client` (out of the client table while it
    /// runs) and closes the request's effects unit.
    #[inline]
    pub(crate) fn run_request(&mut self, client: &mut Client, argv: &[&[u8]]) {
        let mut ctx = Ctx {
            node: &mut self.node,
            client: &mut client.state,
            out: &mut client.reply,
            others: &mut self.clients,
            commands: &self.commands,
        };
        commands::execute(&self.commands, &mut ctx, argv);
        self.node.end_effects_unit(&mut client.state.woff);
    }

    /// Runs every complete request buffered for `conn`, until its input runs out or a
    /// command parks it.
    pub(crate) fn process_input(&mut self, conn: ConnId) {
        if self.node.persist.hold_input {
            // A shutdown's final save runs: the input waits (served again if it fails).
            return;
        }
        let Some(mut client) = self.clients.remove(&conn) else {
            return;
        };
        let mut parser = std::mem::take(&mut client.parser);
        // The requests of this input time each other with one clock reading apiece.
        self.node.introspect.clock.begin_batch(self.node.now.mono);
        commands::gate::refresh(&mut self.node);
        // Requests left before the pipeline's next keys are warmed (see `prefetch_keys`).
        let mut until_prefetch = 0;
        while !client.state.close_after_reply
            && client.state.blocked.is_none()
            && self
                .node
                .scripting
                .busy
                .as_ref()
                .is_none_or(|b| b.caller != conn)
        {
            let limits = ParseLimits {
                max_bulk_len: self.node.config.proto_max_bulk_len,
                authenticated: client.state.authenticated || !self.node.acl.auth_required(),
            };
            if until_prefetch == 0 {
                until_prefetch = self.prefetch_keys(&parser, client.state.db);
            }
            until_prefetch -= 1;
            match parser.next(limits) {
                Parsed::Incomplete => break,
                Parsed::Error(e) => {
                    let mark = client.reply.mark();
                    client.reply.error(&e.message());
                    self.node
                        .stats
                        .record_error(client.reply.raw().get(mark..).unwrap_or(&[]));
                    client.state.close_after_reply = true;
                }
                Parsed::Request => {
                    let (src, ranges) = parser.args();
                    // Filled in place: collecting would build it and then move it.
                    let mut argv = SmallVec::<[&[u8]; 16]>::new();
                    for &(s, e) in ranges {
                        argv.push(src.get(s..e).unwrap_or_default());
                    }
                    self.run_request(&mut client, &argv);
                    if let Some(request) = client.state.block_request.take() {
                        park(&mut self.node, conn, &mut client.state, request, &argv);
                    }
                    self.after_command(&mut client);
                    self.flush_pending_writes();
                    self.serve_blocked();
                    // Tracking messages of the clients just served: this client is
                    // still apart from the others.
                    self.deliver_tracking(Some(&mut client));
                    self.flush_pending_writes();
                }
            }
        }
        self.node.introspect.clock.end_batch();
        self.node.quiet = false;
        if let Some(len) = parser.take_big_arg() {
            client.state.query_buffer.on_big_arg(len);
        }
        client.parser = parser;
        self.clients.insert(conn, client);
        if self.node.persist.reload.is_some() {
            // DEBUG RELOAD parked its client (or ran inside EXEC): nothing of that
            // client ran since, and no other client's command.
            self.debug_reload();
        }
        self.flush_client_outputs(conn);
    }

    /// Warms the CPU caches for the keys of the next pipelined requests in `parser`
    /// (database `db`), so that in a keyspace larger than the caches their lookups'
    /// memory loads overlap instead of following one another
    /// ([`Db::prefetch`](crate::keyspace::Db::prefetch)). Returns how many requests
    /// to run before warming the next ones.
    #[inline]
    pub(crate) fn prefetch_keys(&self, parser: &RequestParser, db: usize) -> usize {
        if let Some(db) = self.node.dbs.get(db) {
            db.prefetch(parser.upcoming_keys());
        }
        crate::keyspace::segtable::PREFETCH_MAX
    }

    /// Runs again the commands of clients parked on keys that writes made ready, in
    /// blocking order. Released clients are queued for [`process_released`].
    ///
    /// [`process_released`]: Self::process_released
    #[inline]
    pub(crate) fn serve_blocked(&mut self) {
        if self.node.blocking.has_ready() && self.node.scripting.busy.is_none() {
            self.serve_ready_keys();
        }
    }

    /// [`serve_blocked`](Self::serve_blocked) once a key is ready.
    #[inline(never)]
    fn serve_ready_keys(&mut self) {
        while let Some((db, key, waiters)) = self.node.blocking.next_ready() {
            // A key already gone when serving starts (DEL, FLUSHDB, RENAME) still lets
            // every waiter react (XREADGROUP answers an error); one that goes away
            // while serving (the last element popped) serves nobody further down.
            let existed = self
                .node
                .dbs
                .get_mut(db)
                .is_some_and(|d| d.contains(&key, self.node.now.unix_ms()));
            for id in waiters {
                let Some(mut client) = self.clients.remove(&id) else {
                    continue;
                };
                let Some(blocked) = client.state.blocked.take() else {
                    self.clients.insert(id, client);
                    continue;
                };
                let argv: SmallVec<[&[u8]; 16]> = blocked.argv.iter().map(|a| &a[..]).collect();
                client.state.unblocking = true;
                client.state.ready_key = Some(key.clone());
                self.run_request(&mut client, &argv);
                drop(argv);
                // Tracking messages wait in the outbox: the client that wrote the key
                // may be apart from the others while it is served.
                self.node.tracking.clear_caching(id);
                client.state.unblocking = false;
                client.state.ready_key = None;
                let request = client.state.block_request.take();
                let still_blocked = request.is_some();
                if let Some(request) = request {
                    let mut blocked = blocked;
                    if let Some(argv) = request.argv {
                        blocked.argv = argv;
                    }
                    client.state.blocked = Some(blocked);
                } else {
                    self.node.blocking.unpark(id, &blocked);
                    self.node.blocking.released(id);
                }
                self.clients.insert(id, client);
                self.flush_client_outputs(id);
                self.flush_pending_writes();
                if still_blocked
                    && existed
                    && !self
                        .node
                        .dbs
                        .get_mut(db)
                        .is_some_and(|d| d.contains(&key, self.node.now.unix_ms()))
                {
                    // The key is gone: nobody further down the queue can be served by it.
                    break;
                }
            }
        }
    }

    /// After a top-level command of `client` (apart from the other clients): CLIENT
    /// CACHING lasts for one command, or one transaction, unless the command was
    /// another CLIENT subcommand; then the tracking messages the command caused are
    /// delivered (Redis 7.0.15 writes them after the reply).
    #[inline(always)]
    pub(crate) fn after_command(&mut self, client: &mut Client) {
        let state = &client.state;
        let client_subcommand = state.last_command == "client" && state.last_subcommand.is_some();
        if !client_subcommand && state.multi.is_none() {
            self.node.tracking.clear_caching(state.id);
        }
        self.deliver_tracking(Some(client));
    }

    /// Writes the tracking messages waiting in the outbox. `caller` is the client
    /// taken apart from the others while its command runs, if any.
    pub(crate) fn deliver_tracking(&mut self, caller: Option<&mut Client>) {
        let node = &mut self.node;
        if !node.tracking.has_outbox() {
            return;
        }
        let mut sink = Sink {
            caller: caller.map(|c| {
                let Client { state, reply, .. } = c;
                (&*state, reply)
            }),
            others: &mut self.clients,
            pending_writes: &mut node.pending_writes,
        };
        node.tracking.deliver(&mut sink);
    }

    /// Work at the end of each input, as Redis's `beforeSleep`: BCAST invalidations of
    /// the keys modified meanwhile, and any tracking message still waiting.
    fn before_sleep(&mut self) {
        if self.node.persist.saving() {
            self.save_slice();
        }
        if self.node.repl.master.active() {
            self.repl_before_sleep();
        }
        if self.node.tracking.in_use() {
            self.node.tracking.broadcast();
            self.deliver_tracking(None);
            self.flush_pending_writes();
        }
        // Last: the AOF bytes of this input go to the disk, and the replies that
        // depend on them wait for it.
        self.aof_end_input();
    }

    /// The master's work after an input: the stream to the backlog and replicas, the
    /// full sync's next slices, WAIT clients whose replicas acknowledged.
    #[inline(never)]
    fn repl_before_sleep(&mut self) {
        let done = crate::repl::master::before_sleep(&mut self.node, &mut self.clients);
        self.flush_pending_writes();
        self.answer_waiters(done);
    }

    /// Answers WAIT clients with their replica counts and runs their buffered input.
    fn answer_waiters(&mut self, done: Vec<(ConnId, u64)>) {
        if done.is_empty() {
            return;
        }
        for (id, acks) in done {
            // Only a client still parked on its WAIT (CLIENT UNBLOCK may have ended it
            // and the client blocked on something else since).
            let on_wait = self.clients.get(&id).is_some_and(|c| {
                c.state
                    .blocked
                    .as_ref()
                    .and_then(|b| b.argv.first())
                    .is_some_and(|name| name.eq_ignore_ascii_case(b"wait"))
            });
            if on_wait {
                self.finish_parked(id, |out| out.int(acks as i64));
            }
        }
        self.process_released();
    }

    /// The running save's next slice, if its last disk operation completed.
    #[inline(never)]
    fn save_slice(&mut self) {
        if let Some(done) = commands::persistence::tick(&mut self.node) {
            self.save_finished(done);
            self.save_slice();
        }
    }

    /// DEBUG RELOAD, asked for by the command just run: the rest of a running save is
    /// serialized first (its states live in the databases about to be replaced); the
    /// dataset is serialized, loaded back into fresh databases that replace the
    /// current ones, and written to `dbfilename`; the client is answered once the
    /// file is in place.
    #[inline(never)]
    fn debug_reload(&mut self) {
        use crate::util::log::Level;
        let Some(reload) = self.node.persist.reload.take() else {
            return;
        };
        commands::persistence::finish_scan_now(&mut self.node);
        let mut opts = commands::persistence::snapshot_options(&self.node);
        opts.aux.repl = crate::repl::persist::save_info(&self.node);
        let bytes = crate::rdb::snapshot::save_all(&mut self.node.dbs, &opts);
        let now = self.node.now;
        let load_error = match self.load_rdb(now, &bytes) {
            Ok(_) => {
                commands::persistence::log(
                    &mut self.node,
                    Level::Warning,
                    "DB reloaded by DEBUG RELOAD",
                );
                None
            }
            Err(e) => {
                let text = e.to_string();
                commands::persistence::log(&mut self.node, Level::Warning, text.clone());
                Some(text)
            }
        };
        commands::persistence::write_whole_file(&mut self.node, bytes, reload.client, load_error);
    }

    /// Processes the input that released clients buffered while they were parked.
    pub(crate) fn process_released(&mut self) {
        while let Some(id) = self.node.blocking.next_released() {
            self.process_input(id);
        }
    }

    /// Notifies the runtime of output that commands wrote for other clients.
    #[inline]
    pub(crate) fn flush_pending_writes(&mut self) {
        if !self.node.pending_writes.is_empty() {
            self.flush_pending_writes_now();
        }
    }

    /// [`flush_pending_writes`](Self::flush_pending_writes) when some are pending.
    #[inline(never)]
    fn flush_pending_writes_now(&mut self) {
        for id in std::mem::take(&mut self.node.pending_writes) {
            self.flush_client_outputs(id);
        }
    }

    /// Queues the outputs `conn`'s state calls for: a write notification, a close.
    /// While the AOF is on, this waits for the end of the input
    /// ([`Server::aof_end_input`]), which holds what depends on AOF bytes not yet on
    /// disk.
    #[inline]
    fn flush_client_outputs(&mut self, conn: ConnId) {
        if self.aof_defers(conn) {
            return;
        }
        self.flush_now(conn);
    }

    /// [`flush_client_outputs`](Self::flush_client_outputs) at once.
    pub(crate) fn flush_now(&mut self, conn: ConnId) {
        let Some(client) = self.clients.get_mut(&conn) else {
            return;
        };
        client.publish_queued = false;
        if !client.state.close_after_reply
            && over_output_limit(&self.node, &mut client.state, client.reply.pending_len())
        {
            // Redis frees such a client at once: its pending output is dropped.
            client.reply.consume(usize::MAX);
            client.state.close_after_reply = true;
            client.held = None;
        }
        if client.held.is_some() {
            // Replies wait for the AOF: what may go now is written, a close waits.
            if Server::visible(&client.reply, client.held.as_deref()) > 0 && !client.write_notified
            {
                client.write_notified = true;
                self.node.outputs.push_back(Output::Write(conn));
            }
        } else if client.state.close_after_reply {
            self.node.outputs.push_back(Output::Close(conn));
        } else if client.reply.pending_len() > 0 && !client.write_notified {
            client.write_notified = true;
            self.node.outputs.push_back(Output::Write(conn));
        }
    }

    /// Periodic work: active expiry, idle-client timeouts.
    fn cron(&mut self) {
        let now_ms = self.node.now.unix_ms();
        commands::info::cron(&mut self.node, &self.clients);
        commands::persistence::cron(&mut self.node);
        if crate::repl::shutdown::waiting(&self.node) {
            // A shutdown waits for the replicas: over once they caught up or in time.
            crate::repl::shutdown::cron(&mut self.node);
        }
        if self.node.persist.hold_input {
            // A shutdown's final save runs (Redis's is synchronous): the dataset and
            // the replication stream stay as the file has them (no PING, no expiry).
            self.aof_cron();
            return;
        }
        crate::repl::master::cron(&mut self.node, &mut self.clients);
        self.flush_pending_writes();
        self.aof_cron();
        if self.node.repl.replica.is_some() {
            self.replica_cron();
        }
        // DEBUG SET-ACTIVE-EXPIRE 0 and CLIENT PAUSE stop active expiry.
        let pause = &self.node.introspect.pause;
        // A replica leaves expiry to its master's DELs.
        let expire = self.node.introspect.active_expire
            && !pause.active(self.node.now.mono)
            && self.node.repl.replica.is_none();
        for db in self.node.dbs.iter_mut().filter(|_| expire) {
            db.active_expire_cycle(now_ms, crate::keyspace::ACTIVE_EXPIRE_MAX_ROUNDS);
        }
        self.node.propagate_deletions("lazyfree-lazy-expire");
        self.evict_and_publish();
        self.node.note_logged_expiries();
        self.publish_db_events();
        // As Redis's serverCron: a tracking-table-max-keys lowered by CONFIG SET takes
        // effect even while every client is idle (before_sleep sends the invalidations).
        if self.node.tracking.tracking_clients() != 0 {
            let node = &mut self.node;
            node.tracking
                .limit_used_slots(node.config.tracking_table_max_keys, &mut node.rng);
        }
        self.resize_query_buffers();
        let timeout = self.node.config.timeout;
        if timeout > 0 {
            let now = self.node.now.mono;
            for (id, c) in self.clients.iter_mut() {
                // Blocked and subscribed clients are spared, as Redis's
                // clientsCronHandleTimeout spares them, and so are clients whose
                // replies wait for the AOF: they wait for us, not we for them.
                if c.state.blocked.is_some()
                    || c.held.is_some()
                    || c.state.is_subscribed()
                    || c.state.replica
                    || c.state.is_master
                {
                    continue;
                }
                let idle = now.nanos_since(c.state.last_interaction.mono) / 1_000_000_000;
                if idle > timeout && !c.state.close_after_reply {
                    c.state.close_after_reply = true;
                    self.node.outputs.push_back(Output::Close(*id));
                }
            }
        }
    }
}

impl Server {
    /// Redis's `clientsCronResizeQueryBuffer` for every client: buffers wasting space
    /// are trimmed (all of it after 2 idle seconds), so an idle client does not keep
    /// the buffer of a big request.
    fn resize_query_buffers(&mut self) {
        let now = self.node.now.unix_us.div_euclid(1_000_000);
        for c in self.clients.values_mut() {
            let idle = now - c.state.last_interaction.unix_us.div_euclid(1_000_000);
            let held = c.parser.buffered_len();
            let bulk = c.parser.big_arg_pending().map(|(len, _)| len);
            let idle = u64::try_from(idle).unwrap_or(0);
            if let Some(size) = c.state.query_buffer.cron(held, bulk, idle) {
                c.parser.trim_to(size);
            }
        }
    }
}

/// Parks `conn` on the command in `argv` as its handler asked ([`Ctx::block`]).
fn park(
    node: &mut Node,
    conn: ConnId,
    state: &mut crate::client::ClientState,
    request: crate::blocking::BlockRequest,
    argv: &[&[u8]],
) {
    let blocked = Blocked {
        db: state.db,
        keys: request.keys,
        deadline: request.deadline,
        on_timeout: request.on_timeout,
        argv: request
            .argv
            .unwrap_or_else(|| argv.iter().map(|a| a.to_vec()).collect()),
    };
    node.blocking.park(conn, &blocked);
    state.blocked = Some(blocked);
}

impl Server {
    /// Ends CLIENT PAUSE once its time is over (or CLIENT UNPAUSE lifted it) and runs
    /// the commands it held back, in arrival order.
    fn end_pause_if_over(&mut self) {
        if self.node.persist.hold_input {
            return;
        }
        let pause = &mut self.node.introspect.pause;
        let now = self.node.now.mono;
        if pause.mode != crate::introspection::PauseMode::None && now >= pause.end {
            pause.mode = crate::introspection::PauseMode::None;
        }
        if pause.stall_end.is_some_and(|end| now >= end) {
            pause.stall_end = None;
        }
        if pause.mode != crate::introspection::PauseMode::None
            || pause.stall_end.is_some()
            || pause.held != 0
            || pause.postponed.is_empty()
        {
            return;
        }
        let ids: Vec<ConnId> = pause.postponed.drain(..).collect();
        for id in ids {
            let Some(mut client) = self.clients.remove(&id) else {
                continue;
            };
            let Some(blocked) = client.state.blocked.take() else {
                self.clients.insert(id, client);
                continue;
            };
            self.node.blocking.unpark(id, &blocked);
            let argv: SmallVec<[&[u8]; 16]> = blocked.argv.iter().map(|a| &a[..]).collect();
            self.run_request(&mut client, &argv);
            match client.state.block_request.take() {
                Some(request) => park(&mut self.node, id, &mut client.state, request, &argv),
                None => self.node.blocking.released(id),
            }
            drop(argv);
            self.after_command(&mut client);
            self.clients.insert(id, client);
            if self.node.persist.reload.is_some() {
                self.debug_reload();
            }
            self.flush_client_outputs(id);
            self.flush_pending_writes();
            self.serve_blocked();
        }
    }
}

/// Whether `client`'s pending output breaks its class's `client-output-buffer-limit`
/// (hard limit now, or soft limit for too long).
fn over_output_limit(node: &Node, client: &mut crate::client::ClientState, pending: usize) -> bool {
    let limits = &node.config.output_limits;
    let (limit, pending) = if client.replica {
        let bytes = node.repl.master.limited_bytes(client.id, pending);
        (limits.replica, bytes.unwrap_or(pending))
    } else if client.is_subscribed() {
        (limits.pubsub, pending)
    } else {
        (limits.normal, pending)
    };
    let pending = pending as u64;
    if limit.hard > 0 && pending > limit.hard {
        return true;
    }
    if limit.soft == 0 || pending <= limit.soft {
        client.soft_limit_since = None;
        return false;
    }
    let since = *client.soft_limit_since.get_or_insert(node.now.mono);
    node.now.mono.nanos_since(since) / 1_000_000_000 >= limit.soft_seconds
}

fn cron_period_ms(config: &Config) -> u64 {
    u64::from(1000 / config.hz.max(1))
}
