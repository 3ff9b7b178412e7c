//! Per-connection state: the query parser, the output buffer and what commands see of
//! the client (selected db, name, protocol, authentication, flags).

use crate::resp::{Reply, RequestParser};
use crate::time::Now;

/// Identifier of a connection, assigned by the core on accept. It is also the client's
/// `CLIENT ID`: unique and increasing for the life of the server.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConnId(pub u64);

/// What commands may read and change about the client that sent them.
#[derive(Debug)]
pub struct ClientState {
    /// CLIENT ID.
    pub id: ConnId,
    /// Peer address as `ip:port`.
    pub addr: String,
    /// Local address as `ip:port`.
    pub laddr: String,
    /// Selected database.
    pub db: usize,
    /// CLIENT SETNAME.
    pub name: Option<Vec<u8>>,
    /// CLIENT SETINFO LIB-NAME.
    pub lib_name: Option<Vec<u8>>,
    /// CLIENT SETINFO LIB-VER.
    pub lib_ver: Option<Vec<u8>>,
    /// Whether AUTH succeeded, or the default user needed no password when the
    /// client connected (Redis's `c->authenticated`).
    pub authenticated: bool,
    /// The ACL user the client is authenticated as (`default` until AUTH).
    pub user: crate::acl::UserId,
    /// The user is not allowed everything: dispatch runs the permission check.
    pub acl_restricted: bool,
    /// When the connection was accepted.
    pub created: Now,
    /// When the client last sent a command.
    pub last_interaction: Now,
    /// Close once the pending output is written (QUIT, protocol errors, CLIENT KILL).
    pub close_after_reply: bool,
    /// The name of the last command run (CLIENT LIST `cmd=`); for a subcommand, its
    /// container's name.
    pub last_command: &'static str,
    /// The subcommand of the last command, if it was one (`list` for CLIENT LIST).
    pub last_subcommand: Option<&'static str>,
    /// CLIENT REPLY OFF: drop every reply.
    pub reply_off: bool,
    /// CLIENT REPLY SKIP took effect: drop the current command's reply.
    pub reply_skip: bool,
    /// CLIENT REPLY SKIP was just run: skip the next command's reply.
    pub reply_skip_next: bool,
    /// CLIENT NO-EVICT ON.
    pub no_evict: bool,
    /// Set by a handler that wants to block ([`crate::commands::Ctx::block`]).
    pub block_request: Option<crate::blocking::BlockRequest>,
    /// The command this client is parked on, if any.
    pub blocked: Option<crate::blocking::Blocked>,
    /// Microseconds the current command has run so far (Redis's `c->duration`): a
    /// blocked command's first run, added to its serving when it is unblocked.
    pub duration_us: u64,
    /// The parked command is being run again because a key it waits on was written.
    pub unblocking: bool,
    /// While [`unblocking`](Self::unblocking): the key whose write woke the command.
    /// Redis 7.0 serves a waiter from that key, not from the first non-empty key of
    /// its arguments (`BLPOP a b` woken by a push to `b` inside MULTI pops `b`).
    pub ready_key: Option<Vec<u8>>,
    /// The client is running the commands of EXEC: blocking commands must not block.
    pub in_exec: bool,
    /// Commands queued since MULTI (`None`: not in a transaction).
    pub multi: Option<Vec<Vec<Vec<u8>>>>,
    /// A command was rejected while queueing: EXEC must abort.
    pub multi_error: bool,
    /// Keys this client WATCHes.
    pub watched: Vec<WatchedKey>,
    /// Since when the pending output has been above the soft output limit.
    pub soft_limit_since: Option<crate::time::Instant>,
    /// Channels subscribed with SUBSCRIBE, in order.
    pub sub_channels: Vec<Vec<u8>>,
    /// Patterns subscribed with PSUBSCRIBE, in order.
    pub sub_patterns: Vec<Vec<u8>>,
    /// Shard channels subscribed with SSUBSCRIBE, in order.
    pub sub_shard_channels: Vec<Vec<u8>>,
    /// The replication offset right after this client's last write that was
    /// propagated (Redis's `woff`): what WAIT waits for.
    pub woff: u64,
    /// The connection is a replica of this node (it sent PSYNC or SYNC): flag `S`,
    /// type `replica`, the replica output-buffer limits, spared by `timeout`.
    pub replica: bool,
    /// The query buffer's size as Redis accounts it (CLIENT LIST `qbuf-free`).
    pub query_buffer: crate::resp::query_buffer::QueryBuffer,
}

impl ClientState {
    /// Whether the client has any subscription (RESP2 then only takes pub/sub commands).
    pub fn is_subscribed(&self) -> bool {
        !(self.sub_channels.is_empty()
            && self.sub_patterns.is_empty()
            && self.sub_shard_channels.is_empty())
    }
}

/// A key a client WATCHes.
#[derive(Clone, Debug)]
pub struct WatchedKey {
    /// Its database.
    pub db: usize,
    /// The key.
    pub key: Vec<u8>,
    /// Its expiry (Unix ms) when WATCH ran, if it had one and was still live: reaching
    /// it before EXEC fails the transaction, whether or not the key was reclaimed.
    pub expires_at: Option<i64>,
}

/// One connection.
#[derive(Debug)]
pub struct Client {
    /// What commands see.
    pub state: ClientState,
    /// Encoded replies waiting for the runtime.
    pub reply: Reply,
    /// Buffered input and the parse in progress.
    pub parser: RequestParser,
    /// A write notification was emitted and not yet fully drained.
    pub write_notified: bool,
    /// Publishing already queued this client in the node's `pending_writes`, so one
    /// PUBLISH batch to many subscribers queues each of them once.
    pub publish_queued: bool,
    /// Replies held until AOF bytes they depend on are on disk (see [`crate::aof`]).
    pub held: Option<Box<crate::aof::Hold>>,
}

impl Client {
    /// A new client accepted at `now`.
    pub fn new(id: ConnId, addr: String, laddr: String, authenticated: bool, now: Now) -> Self {
        Client {
            state: ClientState {
                id,
                addr,
                laddr,
                db: 0,
                name: None,
                lib_name: None,
                lib_ver: None,
                authenticated,
                user: crate::acl::DEFAULT_USER,
                acl_restricted: false,
                created: now,
                last_interaction: now,
                close_after_reply: false,
                block_request: None,
                blocked: None,
                duration_us: 0,
                unblocking: false,
                ready_key: None,
                in_exec: false,
                multi: None,
                multi_error: false,
                watched: Vec::new(),
                soft_limit_since: None,
                sub_channels: Vec::new(),
                sub_patterns: Vec::new(),
                sub_shard_channels: Vec::new(),
                woff: 0,
                replica: false,
                query_buffer: Default::default(),
                last_command: "NULL",
                last_subcommand: None,
                reply_off: false,
                reply_skip: false,
                reply_skip_next: false,
                no_evict: false,
            },
            reply: Reply::default(),
            parser: RequestParser::default(),
            write_notified: false,
            publish_queued: false,
            held: None,
        }
    }
}
