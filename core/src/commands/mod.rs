//! The command table and dispatch. Each family of commands lives in its own file, as
//! Redis groups them, and exports a `COMMANDS` table; dispatch looks a name up, checks
//! arity and authentication with Redis's error texts, then calls the handler.

pub mod acl;
pub mod bitmap;
pub mod cluster;
pub mod config_cmd;
pub mod connection;
pub mod debug;
pub mod docs;
pub mod dump;
#[rustfmt::skip]
mod docs_data;
#[cfg(test)]
#[rustfmt::skip]
mod docs_fixtures;
pub mod failover;
pub mod function;
pub mod gate;
pub mod geo;
pub mod geohash;
pub mod hash;
pub mod hyperloglog;
pub mod info;
pub mod keys;
pub mod latency;
pub mod list;
pub mod lolwut;
pub mod memory;
pub mod module;
pub mod monitor;
pub mod object;
pub mod pause;
pub mod persistence;
pub mod pqsort;
pub mod pubsub;
pub mod replicaof;
pub mod replication;
pub mod scripting;
pub mod server;
pub mod set;
pub mod slowlog;
pub mod sort;
pub mod stream;
pub mod string;
pub mod tracking;
pub mod transaction;
pub mod zset;

use crate::util::FastMap as HashMap;
use smallvec::SmallVec;

use crate::blocking::{BlockRequest, TimeoutReply};
use crate::client::{Client, ClientState, ConnId};
use crate::keyspace::{Db, ReadCount};
use crate::notify;
use crate::resp::Reply;
use crate::server::Node;
use crate::time::Instant;

/// What a command handler gets: the node, the calling client, its output buffer, and
/// the other clients (CLIENT LIST/KILL, pub/sub, blocking wake-ups).
pub struct Ctx<'a> {
    /// Databases, configuration, counters, PRNG, time.
    pub node: &'a mut Node,
    /// The calling client.
    pub client: &'a mut ClientState,
    /// The calling client's output buffer.
    pub out: &'a mut Reply,
    /// Every client except the caller.
    pub others: &'a mut HashMap<ConnId, Box<Client>>,
    /// The command table (EXEC runs queued commands through it).
    pub commands: &'a CommandTable,
}

impl Ctx<'_> {
    /// The client's selected database and its output buffer, borrowed together.
    pub fn db_and_out(&mut self) -> (&mut Db, &mut Reply) {
        (&mut self.node.dbs[self.client.db], &mut *self.out)
    }

    /// Current wall-clock time in Unix milliseconds.
    pub fn now_ms(&self) -> i64 {
        self.node.now.unix_ms()
    }

    /// Publishes keyspace event `event` of `class` on `key` in the client's database, if
    /// `notify-keyspace-events` enables it: called by a command after each change, as
    /// Redis's `notifyKeyspaceEvent`.
    pub fn notify(&mut self, class: u32, event: &str, key: &[u8]) {
        let db = self.client.db;
        self.notify_in(db, class, event, key);
    }

    /// [`notify`](Self::notify) for a key in database `db` (MOVE, COPY ... DB).
    pub fn notify_in(&mut self, db: usize, class: u32, event: &str, key: &[u8]) {
        let flags = self.node.config.notify_keyspace_events;
        if !notify::enabled(flags, class) {
            return;
        }
        // Events the keyspace logged during this command (a key expired on access, a
        // key created) happened first.
        self.node.note_logged_expiries();
        let (mut publisher, dbs, flags) = self.publisher();
        publisher.logged_events(flags, dbs);
        publisher.keyspace_event(flags, db, event, key);
    }

    /// Publishes what the databases logged while the command ran (see
    /// [`notify`](crate::notify)).
    #[inline]
    pub(crate) fn publish_logged_events(&mut self) {
        self.node.note_logged_expiries();
        if self.node.config.notify_keyspace_events != 0 {
            let (mut publisher, dbs, flags) = self.publisher();
            publisher.logged_events(flags, dbs);
        }
    }

    /// A [`pubsub::Publisher`] for this command, with the databases and the
    /// `notify-keyspace-events` flags beside it.
    pub fn publisher(&mut self) -> (pubsub::Publisher<'_>, &mut [Db], u32) {
        let node = &mut *self.node;
        let publisher = pubsub::Publisher {
            pubsub: &node.pubsub,
            caller: Some((self.client.id, &mut *self.out)),
            caller_muted: self.client.reply_off || self.client.reply_skip,
            others: &mut *self.others,
            pending_writes: &mut node.pending_writes,
        };
        (publisher, &mut node.dbs, node.config.notify_keyspace_events)
    }

    /// Whether the effects stream has a consumer (the AOF, replicas): a command builds
    /// a rewritten request for it only then.
    #[inline]
    pub fn propagating(&self) -> bool {
        self.node.effects.is_on()
    }

    /// The running command goes to the AOF and replicas as `args` instead of as sent
    /// (`SET k v EX 10` as `SET k v PXAT <ms>`), if it changed the dataset.
    pub fn rewrite_effect(&mut self, args: &[&[u8]]) {
        if self.propagating() {
            self.node.effects.rewrite(args);
        }
    }

    /// Propagates `args` in the client's database now, ahead of the running command's
    /// own request (Redis's `alsoPropagate`).
    pub fn also_propagate(&mut self, args: &[&[u8]]) {
        if self.propagating() {
            self.node.deletions_into_unit();
            self.node.effects.also(self.client.db, args);
        }
    }

    /// The running command's own request is not propagated (its effects went out with
    /// [`also_propagate`](Self::also_propagate), or it has none to send).
    pub fn prevent_propagation(&mut self) {
        if self.propagating() {
            self.node.effects.prevent();
        }
    }

    /// The running command is propagated even if it changed nothing (FLUSHALL of an
    /// empty server), to the targets in `targets` (`crate::effects::TO_*`).
    pub fn force_propagation(&mut self, targets: u8) {
        if self.propagating() {
            self.node.effects.force(targets);
        }
    }

    /// Whether a blocking command may park the client now: not inside EXEC, where it
    /// must behave as its non-blocking twin.
    pub fn may_block(&self) -> bool {
        !self.client.in_exec
    }

    /// Writes to client `id`'s output (the caller's own when `id` is the caller) and has
    /// the server tell the runtime. Unknown ids are ignored.
    pub fn deliver(&mut self, id: ConnId, write: impl FnOnce(&mut Reply)) {
        if id == self.client.id {
            write(self.out);
        } else if let Some(other) = self.others.get_mut(&id) {
            write(&mut other.reply);
            self.node.pending_writes.push(id);
        }
    }

    /// Parks the client instead of replying: the command runs again, with the same
    /// arguments, when a write touches one of `keys` (first blocked, first served), and
    /// `on_timeout` is replied at `deadline`. While the command runs again,
    /// `ctx.client.unblocking` is set, and calling `block` again keeps the client's place.
    pub fn block(
        &mut self,
        keys: Vec<Vec<u8>>,
        deadline: Option<Instant>,
        on_timeout: TimeoutReply,
    ) {
        self.client.block_request = Some(BlockRequest {
            keys,
            deadline,
            on_timeout,
            argv: None,
        });
    }

    /// After [`block`](Self::block): runs `argv` again instead of the arguments sent
    /// (the command remembers what it blocked for; XREAD turns `$` into an id). Also
    /// valid when blocking again during a re-run.
    pub fn rewrite_block_argv(&mut self, argv: Vec<Vec<u8>>) {
        if let Some(request) = &mut self.client.block_request {
            request.argv = Some(argv);
        }
    }
}

/// A command handler. `argv[0]` is the command name as sent.
pub type Handler = fn(&mut Ctx<'_>, &[&[u8]]);

/// Command flags (a subset of Redis's, as COMMAND INFO reports them).
pub mod flags {
    /// May modify the keyspace.
    pub const WRITE: u32 = 1 << 0;
    /// Only reads.
    pub const READONLY: u32 = 1 << 1;
    /// May increase memory use.
    pub const DENYOOM: u32 = 1 << 2;
    /// Administrative.
    pub const ADMIN: u32 = 1 << 3;
    /// Allowed while subscribed in RESP2.
    pub const PUBSUB: u32 = 1 << 4;
    /// Not allowed in scripts.
    pub const NOSCRIPT: u32 = 1 << 5;
    /// Blocking.
    pub const BLOCKING: u32 = 1 << 6;
    /// Allowed while loading.
    pub const LOADING: u32 = 1 << 7;
    /// Allowed on a stale replica.
    pub const STALE: u32 = 1 << 8;
    /// Allowed before authentication.
    pub const NO_AUTH: u32 = 1 << 9;
    /// O(1) or O(log n).
    pub const FAST: u32 = 1 << 10;
    /// Not propagated to replicas/AOF on its own.
    pub const NO_MULTI: u32 = 1 << 11;
    /// Allowed in the middle of a replica's busy state.
    pub const ALLOW_BUSY: u32 = 1 << 12;
    /// Not logged by SLOWLOG.
    pub const SKIP_SLOWLOG: u32 = 1 << 13;
    /// Allowed while a RESP2 client is subscribed (SUBSCRIBE family, PING, QUIT, RESET).
    pub const PUBSUB_CONTEXT: u32 = 1 << 14;
    /// Internal: the command's own request is never propagated, only the commands it
    /// runs (EXEC, EVAL, FCALL).
    pub const PROPAGATES_INNER: u32 = 1 << 16;
    /// Internal: the handler signals the keys it modified itself (COPY touches only its
    /// destination, possibly in another database), so dispatch does not.
    pub const SIGNALS_OWN_KEYS: u32 = 1 << 15;
    /// Not fed to MONITOR by dispatch: EVAL and FCALL feed themselves before the
    /// commands their script runs, as Redis does.
    pub const SKIP_MONITOR: u32 = 1 << 20;
    /// Internal: running the command cannot change any condition [`super::gate`]
    /// stands for. Implied for key commands ([`super::gate::implied_flags`]); given
    /// by hand to PING and ECHO.
    pub const KEEPS_QUIET: u32 = 1 << 21;
}

/// A command's metadata and handler.
#[derive(Debug)]
pub struct Command {
    /// Lower-case name (`get`), or the subcommand's (`setname`).
    pub name: &'static str,
    /// Redis arity: exact if positive, minimum (negated) if negative.
    pub arity: i32,
    /// `flags::*` bits.
    pub flags: u32,
    /// First key position (0: no keys).
    pub first_key: i32,
    /// Last key position (-1: the last argument).
    pub last_key: i32,
    /// Step between keys.
    pub key_step: i32,
    /// The handler; for a container command, called only when it has no subcommands.
    pub handler: Handler,
    /// Subcommands (CLIENT SETNAME, ...), empty for plain commands.
    pub subcommands: &'static [Command],
}

impl Command {
    /// A plain command with no keys.
    pub const fn new(name: &'static str, arity: i32, flags: u32, handler: Handler) -> Self {
        Command {
            name,
            arity,
            flags: flags | gate::implied_flags(flags),
            first_key: 0,
            last_key: 0,
            key_step: 0,
            handler,
            subcommands: &[],
        }
    }

    /// The same command with key positions.
    pub const fn keys(mut self, first: i32, last: i32, step: i32) -> Self {
        self.first_key = first;
        self.last_key = last;
        self.key_step = step;
        self
    }

    /// The same command with subcommands.
    pub const fn with_subcommands(mut self, subs: &'static [Command]) -> Self {
        self.subcommands = subs;
        self
    }

    /// The key arguments of `argv` by this command's first/last/step positions.
    pub fn key_args<'a>(&self, argv: &'a [&'a [u8]]) -> impl Iterator<Item = &'a [u8]> + 'a {
        let argc = argv.len() as i64;
        let first = i64::from(self.first_key);
        let last = match i64::from(self.last_key) {
            l if l < 0 => argc + l,
            l => l,
        };
        let step = i64::from(self.key_step).max(1) as usize;
        let range = if first <= 0 || last < first {
            0..0
        } else {
            first as usize..(last.min(argc - 1) + 1).max(first) as usize
        };
        argv.get(range).unwrap_or(&[]).iter().step_by(step).copied()
    }

    /// Whether `argc` arguments (name included) satisfy the arity.
    pub fn arity_ok(&self, argc: usize) -> bool {
        let argc = argc as i64;
        let arity = i64::from(self.arity);
        if arity >= 0 {
            argc == arity
        } else {
            argc >= -arity
        }
    }
}

/// Every family's table, in the order COMMAND lists them.
pub const FAMILIES: &[&[Command]] = &[
    connection::COMMANDS,
    string::COMMANDS,
    bitmap::COMMANDS,
    hyperloglog::COMMANDS,
    keys::COMMANDS,
    dump::COMMANDS,
    server::COMMANDS,
    persistence::COMMANDS,
    transaction::COMMANDS,
    pubsub::COMMANDS,
    list::COMMANDS,
    hash::COMMANDS,
    set::COMMANDS,
    zset::COMMANDS,
    sort::COMMANDS,
    geo::COMMANDS,
    stream::COMMANDS,
    info::COMMANDS,
    config_cmd::COMMANDS,
    object::COMMANDS,
    slowlog::COMMANDS,
    function::COMMANDS,
    scripting::COMMANDS,
    latency::COMMANDS,
    memory::COMMANDS,
    monitor::COMMANDS,
    debug::COMMANDS,
    lolwut::COMMANDS,
    module::COMMANDS,
    cluster::COMMANDS,
    acl::COMMANDS,
    replication::COMMANDS,
    crate::aof::command::COMMANDS,
    replicaof::COMMANDS,
    failover::COMMANDS,
];

/// Longest command name the table can hold.
const NAME_MAX: usize = 32;

/// Name lookup over every family, case-insensitive: an open-addressed hash table
/// keyed by the name's first 8 bytes with bit 0x20 set (so `GET`, `get` and `Get`
/// land on the same slot) and its length. A lookup hashes one word and mostly compares
/// against one slot: cheaper than hashing the whole name, on a path every command
/// takes.
#[derive(Debug)]
pub struct CommandTable {
    /// [`TABLE_SIZE`] slots, at most a quarter of them used.
    slots: Box<[Option<Slot>; TABLE_SIZE]>,
    /// Every command, in family order.
    all: Vec<&'static Command>,
}

/// Slots in the lookup table (a power of two, four times the commands and more).
const TABLE_SIZE: usize = 1024;

/// A command in the table, with its name ready for a word-wide comparison when it is
/// at most 8 bytes long.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The lower-case name's first 8 bytes, little-endian, zero-padded ([`name_word`]).
    word: u64,
    /// 0x20 in the bytes where the name has a letter: a request byte ORed with it
    /// equals the name's byte exactly when it is that letter in either case.
    case_mask: u64,
    /// The name's length.
    len: usize,
    /// The command.
    cmd: &'static Command,
}

impl Slot {
    fn new(cmd: &'static Command) -> Self {
        let name = cmd.name.as_bytes();
        let mut case_mask = 0u64;
        for (i, c) in name.iter().take(8).enumerate() {
            if c.is_ascii_alphabetic() {
                case_mask |= 0x20 << (8 * i);
            }
        }
        Slot {
            word: name_word(name),
            case_mask,
            len: name.len(),
            cmd,
        }
    }

    /// Whether `name` (whose first word is `word`) names this command, in any case.
    #[inline]
    fn matches(&self, name: &[u8], word: u64) -> bool {
        self.len == name.len() && word | self.case_mask == self.word && {
            name.len() <= 8 || self.cmd.name.as_bytes().eq_ignore_ascii_case(name)
        }
    }
}

/// The first 8 bytes of `name`, little-endian, zero-padded (one 8-byte load for long
/// names, two overlapping 4-byte loads for names of 4 to 8 bytes, three byte loads
/// for shorter ones).
#[inline]
fn name_word(name: &[u8]) -> u64 {
    if let Some(w) = name.first_chunk::<8>() {
        return u64::from_le_bytes(*w);
    }
    if let (Some(lo), Some(hi)) = (name.first_chunk::<4>(), name.last_chunk::<4>()) {
        let lo = u64::from(u32::from_le_bytes(*lo));
        let hi = u64::from(u32::from_le_bytes(*hi));
        return lo | hi << ((name.len() - 4) * 8);
    }
    // Bytes 0, len/2 and len-1 cover names of 1 to 3 bytes.
    let byte = |i: usize| u64::from(name.get(i).copied().unwrap_or(0)) << (8 * i);
    let n = name.len();
    byte(0) | byte(n / 2) | byte(n.saturating_sub(1))
}

/// The first slot to probe for a name of `len` (at least 1) bytes whose first word
/// is `word`: letters fold to lower case (so do a few other bytes, which only costs a
/// probe).
#[inline]
fn slot_of(word: u64, len: usize) -> usize {
    let fold = 0x2020_2020_2020_2020u64 >> (8 * 8usize.saturating_sub(len).min(7));
    let key = (word | fold) ^ (len as u64).rotate_right(8);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_SIZE.trailing_zeros())) as usize
}

impl Default for CommandTable {
    fn default() -> Self {
        Self::new()
    }
}

impl CommandTable {
    /// The table of every command Cinnabar implements.
    pub fn new() -> Self {
        let mut slots = Box::new([None; TABLE_SIZE]);
        let mut all = Vec::new();
        for family in FAMILIES {
            for cmd in family.iter() {
                let name = cmd.name.as_bytes();
                assert!(
                    (1..=NAME_MAX).contains(&name.len()),
                    "command name length: {}",
                    cmd.name
                );
                assert!(
                    !name.iter().any(u8::is_ascii_uppercase),
                    "command name not lower-case: {}",
                    cmd.name
                );
                let slot = Slot::new(cmd);
                let mut i = slot_of(slot.word, slot.len);
                while slots[i].is_some() {
                    i = (i + 1) % TABLE_SIZE;
                }
                slots[i] = Some(slot);
                all.push(cmd);
            }
        }
        assert!(all.len() * 4 <= TABLE_SIZE, "TABLE_SIZE too small");
        CommandTable { slots, all }
    }

    /// Looks a command up by name, case-insensitively.
    #[inline]
    pub fn get(&self, name: &[u8]) -> Option<&'static Command> {
        if name.len() > 8 || name.is_empty() {
            return self.get_long(name);
        }
        let word = name_word(name);
        let mut i = slot_of(word, name.len());
        // The table is at most a quarter full: an empty slot ends every probe.
        loop {
            let slot = self.slots.get(i % TABLE_SIZE)?.as_ref()?;
            if slot.len == name.len() && word | slot.case_mask == slot.word {
                return Some(slot.cmd);
            }
            i += 1;
        }
    }

    /// [`get`](Self::get) for names longer than 8 bytes (or empty).
    #[inline(never)]
    fn get_long(&self, name: &[u8]) -> Option<&'static Command> {
        if name.len() > NAME_MAX || name.is_empty() {
            return None;
        }
        let word = name_word(name);
        let mut i = slot_of(word, name.len());
        loop {
            let slot = self.slots.get(i % TABLE_SIZE)?.as_ref()?;
            if slot.matches(name, word) {
                return Some(slot.cmd);
            }
            i += 1;
        }
    }

    /// Every command.
    pub fn iter(&self) -> impl Iterator<Item = &'static Command> + '_ {
        self.all.iter().copied()
    }

    /// Number of top-level commands.
    pub fn len(&self) -> usize {
        self.all.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.all.is_empty()
    }
}

/// Runs one request: lookup, arity, authentication, then the handler. Replies are
/// dropped while the client asked for silence (CLIENT REPLY OFF/SKIP). The caller of a
/// top-level request closes its effects unit ([`Node::end_effects_unit`]); EXEC and
/// scripts call this for the commands they run, inside their own unit.
///
/// [`Node::end_effects_unit`]: crate::server::Node::end_effects_unit
pub fn execute(table: &CommandTable, ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mark = ctx.out.mark();
    let outer = ctx.node.current_client.replace(ctx.client.id);
    execute_unmuted(table, ctx, argv);
    ctx.node.current_client = outer;
    if ctx.client.reply_off || ctx.client.reply_skip {
        // Pub/sub pushes still reach a muted client, as in Redis.
        ctx.out.truncate_keeping(mark);
    }
    // CLIENT REPLY SKIP silences the command after it.
    ctx.client.reply_skip = std::mem::take(&mut ctx.client.reply_skip_next);
}

/// How dispatch ended, for the statistics, MONITOR and the slow log.
#[derive(Copy, Clone)]
enum Outcome {
    /// Nothing to run (empty request).
    Nothing,
    /// Unknown command or subcommand: only the error counts.
    Unknown,
    /// Refused before running (arity, authentication, context).
    Rejected(&'static Command),
    /// Queued inside MULTI.
    Queued,
    /// Held back by CLIENT PAUSE: it runs when the pause ends.
    Postponed,
    /// Ran its handler.
    Called(&'static Command),
}

/// [`execute`] without the CLIENT REPLY filter: dispatch, then the bookkeeping
/// (commandstats, errorstats, MONITOR, durations, the slow log).
fn execute_unmuted(table: &CommandTable, ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mark = ctx.out.mark();
    let started = ctx.node.introspect.clock.start(ctx.node.now.mono);
    let outcome = dispatch(table, ctx, argv);
    let errored = ctx
        .out
        .raw()
        .get(mark..)
        .is_some_and(|r| r.first() == Some(&b'-'))
        && !debug::is_raw_error(argv);
    if errored {
        let reply = ctx.out.raw().get(mark..).unwrap_or(&[]);
        let end = reply
            .iter()
            .position(|&c| c == b'\n')
            .map_or(reply.len(), |i| i + 1);
        let reply = reply[..end].to_vec();
        ctx.node.stats.record_error(&reply);
    }
    match outcome {
        Outcome::Called(cmd) => {
            let ended = ctx.node.introspect.clock.stop(ctx.node.now.mono);
            let call_us = ended.nanos_since(started) / 1000;
            ctx.node.stats.commands_processed += 1;
            let parent = ctx.client.last_subcommand.map(|_| ctx.client.last_command);
            let unblocking = ctx.client.unblocking;
            // A command that blocked is timed, logged and counted in the histogram
            // when it is served (or times out), its first run included, as Redis does.
            let blocked = ctx.client.block_request.is_some();
            let total_us = ctx.client.duration_us + call_us;
            ctx.client.duration_us = if blocked { total_us } else { 0 };
            let tracking = ctx.node.config.latency_tracking;
            let stats = ctx.node.stats.command(cmd, parent);
            if !unblocking {
                stats.calls += 1;
            }
            if errored {
                stats.failed_calls += 1;
            }
            if !blocked {
                stats.usec += total_us;
                if tracking {
                    stats.histogram.record_ns(total_us.saturating_mul(1000));
                }
            }
            // MONITOR and the latency monitor are gated conditions.
            if !ctx.node.quiet {
                if !unblocking && cmd.flags & flags::SKIP_MONITOR == 0 {
                    monitor::feed(ctx, cmd, argv);
                }
                latency_sample(ctx, cmd, unblocking, call_us);
            }
            if !blocked {
                slowlog::record(ctx, cmd, argv, total_us);
            }
        }
        Outcome::Rejected(cmd) => {
            let parent = ctx.client.last_subcommand.map(|_| ctx.client.last_command);
            ctx.node.stats.command(cmd, parent).rejected_calls += 1;
        }
        Outcome::Nothing | Outcome::Unknown | Outcome::Queued | Outcome::Postponed => {}
    }
}

/// The latency monitor's sample for a command that ran `call_us` (Redis's
/// `command` / `fast-command` events, `command-unblocking` for serving a blocked
/// client).
#[inline]
fn latency_sample(ctx: &mut Ctx<'_>, cmd: &Command, unblocking: bool, call_us: u64) {
    let threshold = ctx.node.config.latency_monitor_threshold;
    if threshold == 0 || call_us / 1000 < threshold {
        return;
    }
    let event = if unblocking {
        "command-unblocking"
    } else if cmd.flags & flags::FAST != 0 {
        "fast-command"
    } else {
        "command"
    };
    let time = ctx.node.now.unix_us.div_euclid(1_000_000);
    ctx.node
        .introspect
        .latency
        .add_if_needed(threshold, event, time, call_us / 1000);
}

/// A parked client's wait ended without it being served (timeout, CLIENT UNBLOCK,
/// the end of DEBUG SLEEP): its command, in `argv`, gets its duration so far in
/// INFO commandstats, the latency histogram and the slow log, as Redis's
/// `updateStatsOnUnblock` does.
pub fn record_unblocked(table: &CommandTable, ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let total_us = std::mem::take(&mut ctx.client.duration_us);
    let Some(cmd) = argv.first().and_then(|name| table.get(name)) else {
        return;
    };
    let (cmd, parent) = match argv.get(1) {
        Some(sub) if !cmd.subcommands.is_empty() => match cmd
            .subcommands
            .iter()
            .find(|s| s.name.as_bytes().eq_ignore_ascii_case(sub))
        {
            Some(s) => (s, Some(cmd.name)),
            None => return,
        },
        _ => (cmd, None),
    };
    let tracking = ctx.node.config.latency_tracking;
    let stats = ctx.node.stats.command(cmd, parent);
    stats.usec += total_us;
    if tracking {
        stats.histogram.record_ns(total_us.saturating_mul(1000));
    }
    slowlog::record(ctx, cmd, argv, total_us);
}

/// Lookup, checks and the handler (or queueing inside MULTI).
fn dispatch(table: &CommandTable, ctx: &mut Ctx<'_>, argv: &[&[u8]]) -> Outcome {
    let Some(&name) = argv.first() else {
        return Outcome::Nothing;
    };
    let found = table.get(name);
    if let Some(quit) = found
        && quit.name == "quit"
    {
        // Redis 7.0 answers QUIT before any check.
        ctx.out.ok();
        ctx.client.close_after_reply = true;
        return Outcome::Called(quit);
    }
    // Redis records the command (CLIENT LIST `cmd=`) as soon as it is looked up, before
    // arity and authentication checks; an unknown one shows as NULL.
    ctx.client.last_subcommand = None;
    let Some(cmd) = found else {
        ctx.client.last_command = "NULL";
        ctx.out.error_bytes(&unknown_command_message(argv));
        flag_transaction(ctx);
        return Outcome::Unknown;
    };
    let cmd = if cmd.subcommands.is_empty() || argv.len() < 2 {
        ctx.client.last_command = cmd.name;
        cmd
    } else {
        let sub = argv[1];
        match cmd
            .subcommands
            .iter()
            .find(|s| s.name.as_bytes().eq_ignore_ascii_case(sub))
        {
            Some(s) => {
                ctx.client.last_command = cmd.name;
                ctx.client.last_subcommand = Some(s.name);
                if !s.arity_ok(argv.len()) {
                    ctx.out.error(&format!(
                        "ERR wrong number of arguments for '{}|{}' command",
                        cmd.name, s.name
                    ));
                    flag_transaction(ctx);
                    return Outcome::Rejected(s);
                }
                s
            }
            None => {
                ctx.client.last_command = "NULL";
                let mut msg = b"ERR unknown subcommand '".to_vec();
                msg.extend_from_slice(c_str_trunc(sub, 128));
                msg.extend_from_slice(
                    format!("'. Try {} HELP.", cmd.name.to_ascii_uppercase()).as_bytes(),
                );
                ctx.out.error_bytes(&msg);
                flag_transaction(ctx);
                return Outcome::Unknown;
            }
        }
    };
    if !cmd.arity_ok(argv.len()) {
        ctx.out.error(&format!(
            "ERR wrong number of arguments for '{}' command",
            cmd.name
        ));
        flag_transaction(ctx);
        return Outcome::Rejected(cmd);
    }
    if let Some(err) = debug::refused(ctx, cmd) {
        ctx.out.error(err);
        flag_transaction(ctx);
        return Outcome::Rejected(cmd);
    }
    if !ctx.client.authenticated && cmd.flags & flags::NO_AUTH == 0 && ctx.node.acl.auth_required()
    {
        ctx.out.error("NOAUTH Authentication required.");
        flag_transaction(ctx);
        return Outcome::Rejected(cmd);
    }
    // One branch for a user allowed everything (the default user).
    if ctx.client.acl_restricted && !ctx.client.unblocking && !acl::permitted(ctx, cmd, argv) {
        flag_transaction(ctx);
        return Outcome::Rejected(cmd);
    }
    // One branch for the rare refusals on an ordinary server (see [`gate`]).
    let quiet = ctx.node.quiet;
    if !quiet && let Some(outcome) = gate::before_pubsub(ctx, cmd) {
        return outcome;
    }
    if ctx.client.is_subscribed() && !ctx.out.is_resp3() && cmd.flags & flags::PUBSUB_CONTEXT == 0 {
        let name = match ctx.client.last_subcommand {
            Some(sub) => format!("{}|{}", ctx.client.last_command, sub),
            None => cmd.name.to_string(),
        };
        ctx.out.error(&format!(
            "ERR Can't execute '{name}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context"
        ));
        flag_transaction(ctx);
        return Outcome::Rejected(cmd);
    }
    if !quiet && let Some(outcome) = gate::after_pubsub(ctx, cmd) {
        return outcome;
    }
    if let Some(queue) = &mut ctx.client.multi
        && !transaction::runs_inside_multi(cmd.name)
    {
        if cmd.flags & flags::NO_MULTI != 0 {
            ctx.out
                .error("ERR Command not allowed inside a transaction");
            ctx.client.multi_error = true;
            return Outcome::Rejected(cmd);
        }
        queue.push(argv.iter().map(|a| a.to_vec()).collect());
        ctx.out.simple("QUEUED");
        return Outcome::Queued;
    }
    let dirty_before = ctx.node.dirty;
    // MEMORY USAGE reads the dictionary directly in Redis and counts neither.
    let counted = if cmd.flags & flags::READONLY != 0 && cmd.first_key > 0 && cmd.name != "usage" {
        arm_keyspace_count(ctx, cmd, argv)
    } else {
        None
    };
    let outer_effects = ctx
        .node
        .effects
        .is_on()
        .then(|| ctx.node.effects.begin_command());
    (cmd.handler)(ctx, argv);
    if quiet && cmd.flags & flags::KEEPS_QUIET == 0 {
        // The command may have turned on a gated condition (CONFIG SET, MONITOR...).
        gate::refresh(ctx.node);
    }
    if let Some(outer) = outer_effects {
        end_command_effects(ctx, cmd, argv, dirty_before, outer);
    }
    if let Some((db, key, outer)) = counted {
        take_keyspace_count(ctx, db, key, outer);
    }
    // Quiet: no client tracks keys (nor ever did), so only keyspace events publish.
    if !ctx.node.quiet || ctx.node.config.notify_keyspace_events != 0 {
        ctx.publish_logged_events();
    }
    if cmd.flags & flags::WRITE != 0
        && cmd.flags & flags::SIGNALS_OWN_KEYS == 0
        && ctx.node.dirty != dirty_before
        && ctx.node.keys_signal_needed()
    {
        // A write that changed something invalidates WATCHes and client caches of the
        // keys it names and may serve clients blocked on them.
        let db = ctx.client.db;
        for key in cmd.key_args(argv) {
            ctx.node.signal_modified_key(db, key);
        }
    }
    if cmd.flags & flags::READONLY != 0 && !ctx.client.unblocking && !ctx.node.quiet {
        tracking::remember_keys(ctx, cmd, argv);
    }
    Outcome::Called(cmd)
}

/// After a command's handler, while the effects stream is on: the keys it found
/// expired, then its own request if it changed the dataset (see [`crate::effects`]).
#[inline(never)]
fn end_command_effects(
    ctx: &mut Ctx<'_>,
    cmd: &Command,
    argv: &[&[u8]],
    dirty_before: u64,
    outer: crate::effects::Outer,
) {
    if matches!(cmd.name, "keys" | "scan" | "randomkey") {
        // Commands that meet arbitrary keys send their lazy expiries on their own, as
        // Redis 7.0 does.
        ctx.node.propagate_deletions("lazyfree-lazy-expire");
    }
    ctx.node.deletions_into_unit();
    let changed = ctx.node.dirty != dirty_before && cmd.flags & flags::PROPAGATES_INNER == 0;
    ctx.node
        .effects
        .end_command(outer, argv, ctx.client.db, changed);
}

/// Before a read command runs: INFO's `keyspace_hits` / `keyspace_misses` (and the
/// `keymiss` events), which Redis counts inside its read lookups. A command naming one
/// key has its handler's own lookup counted ([`ReadCount`], then
/// [`take_keyspace_count`]); one naming several keys, or any read while `keymiss`
/// events are on (they go out ahead of the reply), has its keys checked here.
/// Returns the database, the key and the count it replaced (a command run by another)
/// when the handler's lookup is to be counted.
#[inline(always)]
fn arm_keyspace_count<'a>(
    ctx: &mut Ctx<'_>,
    cmd: &Command,
    argv: &[&'a [u8]],
) -> Option<(usize, &'a [u8], ReadCount)> {
    let single = cmd.last_key == cmd.first_key
        && !notify::enabled(ctx.node.config.notify_keyspace_events, notify::KEY_MISS);
    if let (true, Ok(pos)) = (single, usize::try_from(cmd.first_key)) {
        let key = argv.get(pos)?;
        let db = ctx.client.db;
        let slot = &mut ctx.node.dbs.get_mut(db)?.read_count;
        let outer = std::mem::replace(slot, ReadCount::Armed);
        return Some((db, key, outer));
    }
    count_keyspace_lookups(ctx, cmd, argv);
    None
}

/// After a read command armed by [`arm_keyspace_count`]: adds its lookup's hit or
/// miss, checking `key` itself when the handler made no counted lookup (it failed
/// first, or read the key some other way), and puts back the `outer` count.
#[inline(always)]
fn take_keyspace_count(ctx: &mut Ctx<'_>, db: usize, key: &[u8], outer: ReadCount) {
    let now = ctx.node.now.unix_ms();
    let Some(d) = ctx.node.dbs.get_mut(db) else {
        return;
    };
    let hit = match std::mem::take(&mut d.read_count) {
        ReadCount::Hit => Some(true),
        ReadCount::Miss => Some(false),
        ReadCount::Armed => Some(uncounted_lookup(d, key, now)),
        ReadCount::Off => None,
    };
    d.read_count = outer;
    let Some(hit) = hit else {
        return;
    };
    if hit {
        ctx.node.stats.keyspace_hits += 1;
    } else {
        ctx.node.stats.keyspace_misses += 1;
    }
}

/// Whether `key` is live, for a read command whose handler made no counted lookup.
#[inline(never)]
fn uncounted_lookup(db: &mut Db, key: &[u8], now: i64) -> bool {
    db.contains(key, now)
}

/// INFO's `keyspace_hits` / `keyspace_misses` and the `keymiss` events of the keys a
/// read command names, checked before it runs (see [`arm_keyspace_count`]).
#[inline(never)]
fn count_keyspace_lookups(ctx: &mut Ctx<'_>, cmd: &Command, argv: &[&[u8]]) {
    let now = ctx.node.now.unix_ms();
    let db = &mut ctx.node.dbs[ctx.client.db];
    let (mut hits, mut misses) = (0, 0);
    let notify_misses = notify::enabled(ctx.node.config.notify_keyspace_events, notify::KEY_MISS);
    let mut missing = SmallVec::<[&[u8]; 4]>::new();
    for key in cmd.key_args(argv) {
        if db.contains(key, now) {
            hits += 1;
        } else {
            misses += 1;
            if notify_misses {
                missing.push(key);
            }
        }
    }
    ctx.node.stats.keyspace_hits += hits;
    ctx.node.stats.keyspace_misses += misses;
    for key in missing {
        ctx.notify(notify::KEY_MISS, "keymiss", key);
    }
}

/// The handler of a container command (CONFIG, SLOWLOG, ...) called without a
/// subcommand; dispatch's arity check answers first, so this only guards.
pub fn container(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut msg = b"ERR wrong number of arguments for '".to_vec();
    msg.extend_from_slice(&argv[0].to_ascii_lowercase());
    msg.extend_from_slice(b"' command");
    ctx.out.error_bytes(&msg);
}

/// Refuses `cmd` with `error` as Redis's `rejectCommand` does: EXEC discards its
/// transaction and answers `-EXECABORT Transaction discarded because of: <error>`;
/// any other command answers the error and, inside MULTI, makes EXEC abort.
pub fn reject(ctx: &mut Ctx<'_>, cmd: &Command, error: &str) {
    if cmd.name == "exec" && ctx.client.multi.is_some() {
        transaction::abort(ctx, error);
    } else {
        ctx.out.error(error);
        flag_transaction(ctx);
    }
}

/// A command rejected while queueing in MULTI makes EXEC abort.
fn flag_transaction(ctx: &mut Ctx<'_>) {
    if ctx.client.multi.is_some() {
        ctx.client.multi_error = true;
    }
}

/// Redis's "unknown command" text: the name and the first arguments, each cut at 128
/// bytes (and at a NUL, as C's `%s` does).
fn unknown_command_message(argv: &[&[u8]]) -> Vec<u8> {
    let mut args = Vec::new();
    for arg in argv.iter().skip(1) {
        if args.len() >= 128 {
            break;
        }
        let room = 128 - args.len();
        args.push(b'\'');
        args.extend_from_slice(c_str_trunc(arg, room));
        args.extend_from_slice(b"' ");
    }
    let mut msg = b"ERR unknown command '".to_vec();
    msg.extend_from_slice(c_str_trunc(argv[0], 128));
    msg.extend_from_slice(b"', with args beginning with: ");
    msg.extend_from_slice(&args);
    msg
}

/// `bytes` as C's `%.<max>s` prints it: up to `max` bytes, stopping at a NUL.
pub fn c_str_trunc(bytes: &[u8], max: usize) -> &[u8] {
    let end = bytes
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(bytes.len())
        .min(max);
    &bytes[..end]
}

/// What a key holds, from the point of view of a command on one value type; `T` is a
/// reference (shared or mutable) to that type's value.
pub enum Lookup<T> {
    /// No live key.
    Missing,
    /// The key holds the command's type.
    Found(T),
    /// The key holds another type (the command replies WRONGTYPE).
    WrongType,
}

impl<T> Lookup<T> {
    /// Classifies a keyspace lookup: `pick` returns the value when it has the
    /// command's type.
    pub fn of<V>(value: Option<V>, pick: impl FnOnce(V) -> Option<T>) -> Self {
        match value {
            None => Lookup::Missing,
            Some(v) => pick(v).map_or(Lookup::WrongType, Lookup::Found),
        }
    }

    /// The value, or `None` after replying: `on_missing` for a missing key, WRONGTYPE
    /// for another type.
    pub fn or_reply(self, out: &mut Reply, on_missing: impl FnOnce(&mut Reply)) -> Option<T> {
        match self {
            Lookup::Found(v) => Some(v),
            Lookup::Missing => {
                on_missing(out);
                None
            }
            Lookup::WrongType => {
                out.error(WRONGTYPE);
                None
            }
        }
    }
}

/// Redis's reply for a wrong-type operation.
pub const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";
/// Redis's reply for a syntax error.
pub const SYNTAX_ERR: &str = "ERR syntax error";
/// Redis's reply when an argument is not an integer.
pub const NOT_INTEGER: &str = "ERR value is not an integer or out of range";
/// Redis's reply when an argument is not a float.
pub const NOT_FLOAT: &str = "ERR value is not a valid float";

#[cfg(test)]
mod tests {
    use super::*;

    /// What the table must answer: the command whose name equals `name` ignoring ASCII
    /// case.
    fn by_scan(table: &CommandTable, name: &[u8]) -> Option<&'static str> {
        table
            .iter()
            .find(|c| c.name.as_bytes().eq_ignore_ascii_case(name))
            .map(|c| c.name)
    }

    #[test]
    fn lookup_matches_a_case_insensitive_scan() {
        let table = CommandTable::new();
        let names: Vec<&str> = table.iter().map(|c| c.name).collect();
        for name in names {
            let upper = name.to_ascii_uppercase();
            assert_eq!(table.get(upper.as_bytes()).map(|c| c.name), Some(name));
            // Every byte of the name (and one past it) replaced by every value.
            let bytes = name.as_bytes();
            for pos in 0..=bytes.len() {
                for b in 0..=255u8 {
                    let mut probe = upper.as_bytes().to_vec();
                    if pos < probe.len() {
                        probe[pos] = b;
                    } else {
                        probe.push(b);
                    }
                    assert_eq!(
                        table.get(&probe).map(|c| c.name),
                        by_scan(&table, &probe),
                        "{probe:?}"
                    );
                }
            }
        }
        assert!(table.get(b"").is_none());
        assert!(table.get(&[b'g'; 40]).is_none());
    }
}
