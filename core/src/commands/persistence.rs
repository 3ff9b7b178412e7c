//! Persistence: SAVE, BGSAVE, the `save` points of the cron, the final save of a
//! shutdown and of FLUSHALL, `stop-writes-on-bgsave-error`, INFO persistence and the
//! file side of DEBUG RELOAD (LASTSAVE is with INFO). Replies, errors and log lines
//! are Redis 7.0.15's.
//!
//! Every save is a [`Snapshot`] (see [`crate::rdb::snapshot`]): the point-in-time
//! image of the moment it starts, written in bounded slices between inputs while
//! clients keep being served. The chunks leave as disk operations, one in flight at a
//! time: `WriteFile` of a temp file (the header and first records), `Append`s, the
//! last one fsynced, then `Rename` onto `dbfilename` (the runtime fsyncs the
//! directory). A failed operation ends the save as failed and removes the temp file.
//!
//! Redis's SAVE (and the saves of FLUSHALL, SHUTDOWN and DEBUG RELOAD) block the whole
//! server; ours park only the client that asked and answer it once the file is
//! renamed, which no client can tell from a blocking save: the file holds the data of
//! the moment the command ran. Only the final save of a shutdown stops serving the
//! other clients' input, so that nothing is acknowledged that the file would miss.
//! A save asked for while another foreground save runs is queued and starts when it
//! ends (several such requests share one save, started after all of them).
//!
//! Redis's background save is a child process; ours runs in this one. The log line
//! "Background saving started by pid N" names the server's own process id (the one
//! doing the work; omitted when the runtime did not report it), and the child's
//! "Fork CoW for RDB" line is not written. INFO's copy-on-write fields report the
//! memory the snapshot holds beyond the dataset instead (pending records and the
//! names of keys changed ahead of the scan).

use std::fmt::Write as _;

use super::flags::*;
use super::{Command, Ctx, SYNTAX_ERR};
use crate::blocking::TimeoutReply;
use crate::client::ConnId;
use crate::rdb::save::Aux;
use crate::rdb::snapshot::pace::Pacer;
use crate::rdb::snapshot::{AccessData, Budget, LostState, Snapshot, SnapshotOptions};
use crate::server::{DiskOp, DiskWait, Node, Output};
use crate::util::log::Level;

/// This family's commands (LASTSAVE is with INFO).
pub const COMMANDS: &[Command] = &[
    Command::new("bgsave", -1, ADMIN | NOSCRIPT, bgsave),
    Command::new("save", 1, ADMIN | NOSCRIPT | NO_MULTI, save),
];

/// Redis's refusal of writes after a failed background save
/// (`stop-writes-on-bgsave-error`).
pub const MISCONF: &str = "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";

/// A slice's output budget: the chunk each disk operation carries. With the visit
/// budget it keeps a slice near a millisecond (about 2,000 small keys), the longest
/// the snapshot makes clients wait between two batches of input. While clients are
/// served, slices are shorter still: [`crate::rdb::snapshot::pace`] gives each at
/// most half the time the loop spent on them since the previous slice.
pub const SLICE_BYTES: usize = 64 << 10;
/// A slice's scan budget, in entries visited (bounds the time of a slice whose keys
/// the hooks already wrote).
pub const SLICE_VISITS: usize = 2048;
/// Seconds before the cron retries a failed background save (Redis's
/// `CONFIG_BGSAVE_RETRY_DELAY`).
const BGSAVE_RETRY_DELAY: i64 = 5;

/// Persistence state (one field of [`Node`]).
#[derive(Debug)]
pub struct Persistence {
    /// The save running, if any.
    active: Option<Box<ActiveSave>>,
    /// Foreground saves asked for while one ran: they start when it ends.
    queued: Option<Request>,
    /// Saves ended early (FLUSHALL, SHUTDOWN) whose last operation is still in flight:
    /// their temp file is removed once it completes. (save id, temp path)
    abandoned: Vec<(u64, String)>,
    /// The last background save succeeded (`rdb_last_bgsave_status`); a failed one
    /// refuses writes under `stop-writes-on-bgsave-error`.
    pub last_bgsave_ok: bool,
    /// Unix seconds of the last background save attempt (the cron's retry delay).
    pub last_bgsave_try: i64,
    /// Duration of the last background save in seconds (-1: none yet).
    pub last_bgsave_secs: i64,
    /// SAVE and BGSAVE commands and background saves started (`rdb_saves`).
    pub saves: u64,
    /// Peak extra memory of the last save (`rdb_last_cow_size`).
    pub last_cow_size: u64,
    /// Keys loaded and skipped as expired by the last load
    /// (`rdb_last_load_keys_loaded`, `rdb_last_load_keys_expired`).
    pub last_load_keys: (u64, u64),
    /// A shutdown's final save runs: other clients' input waits.
    pub hold_input: bool,
    /// A DEBUG RELOAD asked for by the command just run, for the server to carry out.
    pub reload: Option<Reload>,
    /// Budget of each slice (tests make it small).
    pub budget: Budget,
    /// How long the next slice may run (of a save or an AOF rewrite: one runs at a
    /// time), from how long the loop served clients since the last one.
    pub pacer: Pacer,
    /// Id of the next save (temp file names, disk waits).
    next_id: u64,
}

impl Default for Persistence {
    fn default() -> Self {
        Persistence {
            active: None,
            queued: None,
            abandoned: Vec::new(),
            last_bgsave_ok: true,
            last_bgsave_try: 0,
            last_bgsave_secs: -1,
            saves: 0,
            last_cow_size: 0,
            last_load_keys: (0, 0),
            hold_input: false,
            reload: None,
            budget: Budget {
                bytes: SLICE_BYTES,
                visits: SLICE_VISITS,
            },
            pacer: Pacer::default(),
            next_id: 1,
        }
    }
}

/// A DEBUG RELOAD waiting for the server (which owns the loader's entry point).
#[derive(Debug, Clone, Copy)]
pub struct Reload {
    /// The client to answer once the file is written (none inside EXEC: answered).
    pub client: Option<ConnId>,
}

/// A shutdown waiting for its final save.
#[derive(Debug, Clone, Copy)]
pub struct ShutdownRequest {
    /// The SHUTDOWN client, parked until the save fails (none: a signal).
    pub client: Option<ConnId>,
    /// FORCE: exit even if the save fails.
    pub force: bool,
}

/// What a save is for.
#[derive(Debug, Default)]
struct Request {
    /// BGSAVE or the cron; false for SAVE, FLUSHALL, shutdown (a failure of those
    /// leaves `rdb_last_bgsave_status` alone).
    background: bool,
    /// SAVE clients to answer when it ends.
    waiters: Vec<ConnId>,
    /// A shutdown waits for it.
    shutdown: Option<ShutdownRequest>,
}

/// A save's disk operations, in order: what comes next, or what is in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Create the temp file with the first chunk.
    Create,
    /// Append a chunk (the last one fsynced).
    Append,
    /// Rename the complete file onto `dbfilename`.
    Rename,
}

/// The save running.
#[derive(Debug)]
struct ActiveSave {
    id: u64,
    request: Request,
    snapshot: Snapshot,
    temp: String,
    target: String,
    stage: Stage,
    /// The operation in flight, if any (one at a time).
    in_flight: Option<Stage>,
    /// Bytes produced but not yet handed to the disk.
    backlog: Vec<u8>,
    /// Wall clock at the start, Unix ms.
    started_ms: i64,
    /// `dirty` at the start: what a success takes off.
    dirty_before: u64,
    /// Peak of the snapshot's extra memory.
    peak_memory: usize,
}

/// How a save ended, for the server to answer its clients.
#[derive(Debug)]
pub struct Finished {
    /// The file is in place.
    pub ok: bool,
    /// SAVE clients to answer (`+OK` or `-ERR`).
    pub waiters: Vec<ConnId>,
    /// The shutdown that waited for it.
    pub shutdown: Option<ShutdownRequest>,
}

/// Writes a line to the server log.
pub fn log(node: &mut Node, level: Level, text: impl Into<String>) {
    node.outputs.push_back(Output::Log {
        level,
        text: text.into(),
    });
}

/// The configured `save` points as (seconds, changes).
pub fn save_points(node: &Node) -> Vec<(i64, u64)> {
    let text = crate::directives::get_by_name(&node.config, "save").unwrap_or_default();
    let nums: Vec<&str> = text.split(' ').filter(|s| !s.is_empty()).collect();
    nums.chunks_exact(2)
        .filter_map(|p| Some((p[0].parse().ok()?, p[1].parse().ok()?)))
        .collect()
}

/// Whether any `save` point is configured.
pub fn has_save_points(node: &Node) -> bool {
    !save_points(node).is_empty()
}

/// A yes/no directive.
fn flag(node: &Node, name: &str) -> bool {
    crate::directives::get_by_name(&node.config, name).as_deref() == Some("yes")
}

/// Unix seconds of the input being handled.
fn now_secs(node: &Node) -> i64 {
    node.now.unix_ms().div_euclid(1000)
}

/// How this server writes RDB files now.
pub fn snapshot_options(node: &Node) -> SnapshotOptions {
    SnapshotOptions {
        aux: Aux {
            ctime_secs: now_secs(node),
            used_mem: crate::evict::used_memory(node),
            repl: None,
            aof_base: false,
        },
        compression: flag(node, "rdbcompression"),
        checksum: flag(node, "rdbchecksum"),
        access: AccessData::for_policy(node.config.maxmemory_policy),
        functions: node.functions.codes().to_vec(),
        format: crate::rdb::snapshot::Format::Rdb,
    }
}

impl Persistence {
    /// Whether any save runs.
    pub fn saving(&self) -> bool {
        self.active.is_some()
    }

    /// Whether a background save runs (`rdb_bgsave_in_progress`, and what BGSAVE
    /// and SAVE refuse).
    pub fn bgsave_running(&self) -> bool {
        self.active.as_ref().is_some_and(|a| a.request.background)
    }

    /// Whether a save runs or waits to.
    pub fn busy(&self) -> bool {
        self.active.is_some() || self.queued.is_some()
    }
}

/// Asks for a save: starts it now, or queues it behind the save running (requests
/// queued together share one save, a foreground one if any of them is).
fn request(node: &mut Node, req: Request) {
    if node.persist.active.is_none() && !replication_snapshot(node) && !node.aof.rw.running() {
        start(node, req);
        return;
    }
    match &mut node.persist.queued {
        Some(q) => {
            q.background &= req.background;
            q.waiters.extend(req.waiters);
            if req.shutdown.is_some() {
                q.shutdown = req.shutdown;
            }
        }
        None => node.persist.queued = Some(req),
    }
}

/// Starts a save now (none may run).
fn start(node: &mut Node, req: Request) {
    debug_assert!(node.persist.active.is_none());
    let id = node.persist.next_id;
    node.persist.next_id += 1;
    if req.background {
        node.persist.last_bgsave_try = now_secs(node);
        let pid = node.config.process.pid;
        let text = if pid != 0 {
            format!("Background saving started by pid {pid}")
        } else {
            "Background saving started".to_string()
        };
        log(node, Level::Notice, text);
    }
    let mut opts = snapshot_options(node);
    // A dump file carries the replication id and offset (an AOF base does not).
    opts.aux.repl = crate::repl::persist::save_info(node);
    let (snapshot, header) = Snapshot::start(&mut node.dbs, &opts);
    let temp = format!("temp-{}-{id}.rdb", node.config.process.pid);
    let target = node.config.dbfilename.clone();
    node.persist.active = Some(Box::new(ActiveSave {
        id,
        request: req,
        snapshot,
        temp,
        target,
        stage: Stage::Create,
        in_flight: None,
        backlog: header,
        started_ms: node.now.unix_ms(),
        dirty_before: node.dirty,
        peak_memory: 0,
    }));
}

/// A full sync to replicas holds the databases' snapshot state (Redis's RDB child
/// for replication): saves wait for it, and BGSAVE and SAVE are refused meanwhile.
fn replication_snapshot(node: &Node) -> bool {
    node.repl.master.transfer.is_some()
}

/// Starts a background save (BGSAVE, the cron); false if a save runs.
pub fn start_background(node: &mut Node) -> bool {
    if node.persist.active.is_some() || replication_snapshot(node) || node.aof.rw.running() {
        return false;
    }
    node.persist.saves += 1;
    start(
        node,
        Request {
            background: true,
            ..Request::default()
        },
    );
    true
}

/// Hands the next chunk of the running save to the runtime if nothing is in flight
/// (called at the end of every input and after each disk completion). `Some` when
/// the save failed here.
pub fn tick(node: &mut Node) -> Option<Finished> {
    let active = node.persist.active.as_deref_mut()?;
    if active.in_flight.is_some() {
        return None;
    }
    if active.stage != Stage::Rename
        && !active.snapshot.is_finished()
        && (active.backlog.is_empty() || active.stage == Stage::Create)
    {
        let memory = active.snapshot.extra_memory(&node.dbs);
        active.peak_memory = active.peak_memory.max(memory);
        let slice = paced_slice(
            &mut node.persist.pacer,
            &mut active.snapshot,
            &mut node.dbs,
            node.persist.budget,
            &node.introspect.clock,
            node.now.mono,
            node.stats.net_input_bytes,
        );
        match slice {
            Ok(chunk) => active.backlog.extend_from_slice(&chunk),
            Err(e) => {
                log(
                    node,
                    Level::Warning,
                    format!("Write error saving DB on disk: {e}"),
                );
                return Some(end(node, false));
            }
        }
    }
    let (id, temp) = (active.id, active.temp.clone());
    let stage = active.stage;
    let op: Box<dyn FnOnce(u64) -> DiskOp> = match stage {
        Stage::Rename => {
            let to = active.target.clone();
            Box::new(move |token| DiskOp::Rename {
                token,
                from: temp,
                to,
            })
        }
        Stage::Create => {
            let bytes = std::mem::take(&mut active.backlog);
            active.stage = Stage::Append;
            Box::new(move |token| DiskOp::WriteFile {
                token,
                path: temp,
                bytes,
                rename_to: None,
            })
        }
        Stage::Append => {
            let bytes = std::mem::take(&mut active.backlog);
            let fsync = active.snapshot.is_finished();
            Box::new(move |token| DiskOp::Append {
                token,
                path: temp,
                bytes,
                fsync,
            })
        }
    };
    active.in_flight = Some(stage);
    node.start_disk_op(op, DiskWait::Snapshot { save: id });
    None
}

/// The next slice of `snapshot`, within `budget` and the time `pacer` allows it
/// (`clock` is the runtime's, `now` the input's time, `inputs` the server's count of
/// bytes read from clients).
pub(crate) fn paced_slice(
    pacer: &mut Pacer,
    snapshot: &mut Snapshot,
    dbs: &mut [crate::keyspace::Db],
    budget: Budget,
    clock: &crate::durations::Clock,
    now: crate::time::Instant,
    inputs: u64,
) -> Result<Vec<u8>, LostState> {
    pacer.run(clock, now, inputs, |over| {
        snapshot.slice_paced(dbs, budget, over)
    })
}

/// A disk operation of save `id` completed: `Some` when the save ended.
pub fn disk_done(node: &mut Node, id: u64, result: Result<(), String>) -> Option<Finished> {
    if let Some(i) = node.persist.abandoned.iter().position(|(s, _)| *s == id) {
        let (_, temp) = node.persist.abandoned.swap_remove(i);
        remove_temp(node, temp);
        return None;
    }
    let active = node.persist.active.as_deref_mut()?;
    if active.id != id {
        return None;
    }
    let op = active.in_flight.take()?;
    match result {
        Err(e) => {
            let (temp, target) = (active.temp.clone(), active.target.clone());
            let dir = node.config.dir.clone();
            let text = match op {
                Stage::Create => format!(
                    "Failed opening the temp RDB file {temp} (in server root dir {dir}) for saving: {e}"
                ),
                Stage::Append => format!("Write error saving DB on disk(write): {e}"),
                Stage::Rename => format!(
                    "Error moving temp DB file {temp} on the final destination {target} (in server root dir {dir}): {e}"
                ),
            };
            log(node, Level::Warning, text);
            Some(end(node, false))
        }
        Ok(()) if op == Stage::Rename => Some(end(node, true)),
        Ok(()) => {
            if active.snapshot.is_finished() && active.backlog.is_empty() {
                active.stage = Stage::Rename;
            }
            None
        }
    }
}

/// Removes a save's temp file (its result does not matter).
fn remove_temp(node: &mut Node, path: String) {
    node.start_disk_op(|token| DiskOp::Remove { token, path }, DiskWait::Cleanup);
}

/// Ends the running save: bookkeeping, log lines, and what the server must answer.
fn end(node: &mut Node, ok: bool) -> Finished {
    let active = node
        .persist
        .active
        .take()
        .expect("a save runs when it ends");
    let ActiveSave {
        request,
        temp,
        started_ms,
        dirty_before,
        peak_memory,
        ..
    } = *active;
    Snapshot::abort(&mut node.dbs);
    let now = now_secs(node);
    let elapsed = (node.now.unix_ms() - started_ms).max(0) / 1000;
    node.persist.last_cow_size = peak_memory as u64;
    if ok {
        node.dirty = node.dirty.saturating_sub(dirty_before);
        node.introspect.lastsave = now;
        node.persist.last_bgsave_ok = true;
        log(node, Level::Notice, "DB saved on disk");
        if request.background {
            log(
                node,
                Level::Notice,
                "Background saving terminated with success",
            );
        }
    } else {
        remove_temp(node, temp);
        if request.background {
            node.persist.last_bgsave_ok = false;
            super::gate::disturb(node);
            log(node, Level::Warning, "Background saving error");
        }
    }
    if request.background {
        node.persist.last_bgsave_secs = elapsed;
    }
    Finished {
        ok,
        waiters: request.waiters,
        shutdown: request.shutdown,
    }
}

/// Starts the save queued behind the one that just ended, if any.
pub fn start_queued(node: &mut Node) {
    if node.persist.active.is_none()
        && !replication_snapshot(node)
        && !node.aof.rw.running()
        && let Some(req) = node.persist.queued.take()
    {
        start(node, req);
    }
}

/// Ends a running background save at once (Redis kills its child): FLUSHALL and
/// shutdown. Foreground saves go on. Returns whether one was ended.
pub fn kill_background(node: &mut Node) -> bool {
    if !node.persist.bgsave_running() {
        return false;
    }
    let Some(active) = node.persist.active.take() else {
        return false;
    };
    Snapshot::abort(&mut node.dbs);
    if active.in_flight.is_some() {
        node.persist.abandoned.push((active.id, active.temp));
    } else {
        remove_temp(node, active.temp);
    }
    node.persist.last_bgsave_secs = (node.now.unix_ms() - active.started_ms).max(0) / 1000;
    start_queued(node);
    true
}

/// Serializes the rest of the running save at once (the databases are about to be
/// replaced): its bytes wait for the disk, no database keeps a snapshot state.
pub fn finish_scan_now(node: &mut Node) {
    if let Some(active) = node.persist.active.as_deref_mut()
        && let Ok(rest) = active.snapshot.finish_now(&mut node.dbs)
    {
        active.backlog.extend_from_slice(&rest);
    }
}

/// The cron's part: starts a background save when a `save` point is reached
/// (Redis's rule: at least `changes` writes, more than `seconds` since the last save,
/// and the last background save succeeded or was tried over 5 seconds ago).
pub fn cron(node: &mut Node) {
    if node.persist.busy() || node.persist.hold_input || replication_snapshot(node) {
        return;
    }
    let now = now_secs(node);
    let since_save = now - node.introspect.lastsave;
    let retry_ok =
        node.persist.last_bgsave_ok || now - node.persist.last_bgsave_try > BGSAVE_RETRY_DELAY;
    if !retry_ok {
        return;
    }
    let due = save_points(node)
        .into_iter()
        .find(|&(secs, changes)| node.dirty >= changes && since_save > secs);
    if let Some((secs, changes)) = due {
        log(
            node,
            Level::Notice,
            format!("{changes} changes in {secs} seconds. Saving..."),
        );
        start_background(node);
    }
}

/// FLUSHALL's part before the databases are emptied: a running background save
/// ends (Redis kills its child; its databases then need no freezing).
pub fn before_flushall(node: &mut Node) {
    if kill_background(node) {
        log(
            node,
            Level::Warning,
            "Background saving terminated by signal 10",
        );
    }
}

/// FLUSHALL's part once the databases are emptied: with `save` points, the empty
/// dataset is saved (after a foreground save that runs, if any).
pub fn after_flushall(node: &mut Node) {
    if has_save_points(node) {
        request(node, Request::default());
    }
}

/// What a shutdown does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShutdownStep {
    /// Stop now ([`Output::Shutdown`] is queued).
    Exit,
    /// The final save runs; the server answers when it ends.
    Saving,
}

/// The last steps of a shutdown (SHUTDOWN, or a signal when `client` is `None`), once
/// the replicas are waited for ([`crate::repl::shutdown`]): ends a running background
/// save, and saves first when `save` points exist and not `nosave`, or when `save`.
/// While the final save runs, other clients' input waits.
pub fn finish_shutdown(
    node: &mut Node,
    client: Option<ConnId>,
    save: bool,
    nosave: bool,
    force: bool,
) -> ShutdownStep {
    if node.persist.bgsave_running() {
        log(
            node,
            Level::Warning,
            "There is a child saving an .rdb. Killing it!",
        );
        kill_background(node);
    }
    if !((has_save_points(node) && !nosave) || save) {
        node.outputs.push_back(Output::Shutdown);
        return ShutdownStep::Exit;
    }
    log(
        node,
        Level::Notice,
        "Saving the final RDB snapshot before exiting.",
    );
    node.persist.hold_input = true;
    request(
        node,
        Request {
            shutdown: Some(ShutdownRequest { client, force }),
            ..Request::default()
        },
    );
    ShutdownStep::Saving
}

/// Whether a shutdown's final save runs or waits.
pub fn shutdown_pending(node: &Node) -> bool {
    let p = &node.persist;
    p.active
        .as_ref()
        .is_some_and(|a| a.request.shutdown.is_some())
        || p.queued.as_ref().is_some_and(|q| q.shutdown.is_some())
}

/// Gives up the final save of a shutdown (a second signal): the temp file goes.
pub fn abandon_shutdown_save(node: &mut Node) {
    node.persist.queued = None;
    if let Some(active) = node.persist.active.take() {
        Snapshot::abort(&mut node.dbs);
        if active.in_flight.is_some() {
            node.persist.abandoned.push((active.id, active.temp));
        } else {
            remove_temp(node, active.temp);
        }
    }
}

/// Answers Redis's MISCONF error and returns true if `stop-writes-on-bgsave-error`
/// refuses `cmd` now (see [`refuses`]); called only after a failed background save.
#[cold]
#[inline(never)]
pub fn reject_write(ctx: &mut Ctx<'_>, cmd: &Command) -> bool {
    if !refuses(ctx, cmd) {
        return false;
    }
    super::reject(ctx, cmd, MISCONF);
    true
}

/// Whether `stop-writes-on-bgsave-error` refuses `argv` now (the last background
/// save failed): write commands, PING, and EXEC of a transaction holding a write.
/// Called only after a failed background save.
#[cold]
#[inline(never)]
pub fn refuses(ctx: &Ctx<'_>, cmd: &Command) -> bool {
    if !flag(ctx.node, "stop-writes-on-bgsave-error") || !has_save_points(ctx.node) {
        return false;
    }
    write_like(ctx, cmd)
}

/// Whether a disk error refuses `cmd` (Redis's rule for MISCONF): write commands,
/// PING, and EXEC of a transaction holding a write.
pub fn write_like(ctx: &Ctx<'_>, cmd: &Command) -> bool {
    if cmd.flags & WRITE != 0 || cmd.name == "ping" {
        return true;
    }
    cmd.name == "exec"
        && ctx.client.multi.as_ref().is_some_and(|queue| {
            queue.iter().any(|argv| {
                argv.first()
                    .and_then(|name| ctx.commands.get(name))
                    .is_some_and(|c| {
                        let c = match argv.get(1) {
                            Some(sub) if !c.subcommands.is_empty() => c
                                .subcommands
                                .iter()
                                .find(|s| s.name.as_bytes().eq_ignore_ascii_case(sub))
                                .unwrap_or(c),
                            _ => c,
                        };
                        c.flags & WRITE != 0
                    })
            })
        })
}

/// Writes INFO's `# Persistence` section.
pub fn info_section(node: &Node, s: &mut String) {
    let p = &node.persist;
    let now_ms = node.now.unix_ms();
    let (mut cow, mut peak, mut done, mut total, mut current) = (0, 0, 0, 0, -1);
    if let Some(a) = &p.active {
        cow = a.snapshot.extra_memory(&node.dbs);
        peak = a.peak_memory.max(cow);
        done = a.snapshot.keys_written(&node.dbs);
        total = a.snapshot.keys_total;
        if a.request.background {
            current = (now_ms - a.started_ms).max(0) / 1000;
        }
    }
    let perc = if total > 0 {
        done as f64 * 100.0 / total as f64
    } else {
        0.0
    };
    let aof = crate::directives::get_by_name(&node.config, "appendonly").unwrap_or_default();
    let _ = write!(
        s,
        "# Persistence\r\nloading:0\r\nasync_loading:0\r\ncurrent_cow_peak:{peak}\r\n\
         current_cow_size:{cow}\r\ncurrent_cow_size_age:0\r\ncurrent_fork_perc:{perc:.2}\r\n\
         current_save_keys_processed:{done}\r\ncurrent_save_keys_total:{total}\r\n\
         rdb_changes_since_last_save:{}\r\nrdb_bgsave_in_progress:{}\r\n\
         rdb_last_save_time:{}\r\nrdb_last_bgsave_status:{}\r\n\
         rdb_last_bgsave_time_sec:{}\r\nrdb_current_bgsave_time_sec:{current}\r\nrdb_saves:{}\r\n\
         rdb_last_cow_size:{}\r\nrdb_last_load_keys_expired:{}\r\n\
         rdb_last_load_keys_loaded:{}\r\naof_enabled:{}\r\naof_rewrite_in_progress:{}\r\n\
         aof_rewrite_scheduled:{}\r\naof_last_rewrite_time_sec:{}\r\n\
         aof_current_rewrite_time_sec:{}\r\naof_last_bgrewrite_status:{}\r\n\
         aof_rewrites:{}\r\naof_rewrites_consecutive_failures:{}\r\n\
         aof_last_write_status:{}\r\naof_last_cow_size:0\r\nmodule_fork_in_progress:0\r\n\
         module_fork_last_cow_size:0\r\n",
        node.dirty,
        u8::from(p.bgsave_running()),
        node.introspect.lastsave,
        if p.last_bgsave_ok { "ok" } else { "err" },
        p.last_bgsave_secs,
        p.saves,
        p.last_cow_size,
        p.last_load_keys.1,
        p.last_load_keys.0,
        u8::from(aof == "yes"),
        u8::from(node.aof.rw.running()),
        u8::from(node.aof.rw.scheduled && !node.aof.rw.running()),
        node.aof.rw.last_secs,
        node.aof.rw.current_secs(now_ms),
        if node.aof.rw.last_ok { "ok" } else { "err" },
        node.aof.rw.rewrites,
        node.aof.rw.failures,
        if node.aof.write_error.is_some() {
            "err"
        } else {
            "ok"
        },
    );
    crate::aof::info_fields(node, s);
}

/// BGSAVE [SCHEDULE]. With no AOF rewrite ever running, SCHEDULE starts at once.
fn bgsave(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 1 && !(argv.len() == 2 && argv[1].eq_ignore_ascii_case(b"schedule")) {
        ctx.out.error(SYNTAX_ERR);
        return;
    }
    let node = &mut *ctx.node;
    if node.persist.bgsave_running() || replication_snapshot(node) {
        ctx.out.error("ERR Background save already in progress");
        return;
    }
    if node.aof.rw.running() {
        if argv.len() == 2 {
            node.persist.saves += 1;
            request(
                node,
                Request {
                    background: true,
                    ..Request::default()
                },
            );
            ctx.out.simple("Background saving scheduled");
        } else {
            ctx.out.error("ERR An AOF log rewriting in progress: can't BGSAVE right now. Use BGSAVE SCHEDULE in order to schedule a BGSAVE whenever possible.");
        }
        return;
    }
    if node.persist.saving() {
        // A foreground save runs: Redis would have finished it before reading this.
        node.persist.saves += 1;
        request(
            node,
            Request {
                background: true,
                ..Request::default()
            },
        );
    } else {
        start_background(node);
    }
    ctx.out.simple("Background saving started");
}

/// SAVE: the client waits for the file (others are served meanwhile).
fn save(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if ctx.node.persist.bgsave_running() || replication_snapshot(ctx.node) {
        ctx.out.error("ERR Background save already in progress");
        return;
    }
    ctx.node.persist.saves += 1;
    let waiters = if ctx.may_block() {
        vec![ctx.client.id]
    } else {
        Vec::new()
    };
    request(
        ctx.node,
        Request {
            waiters,
            ..Request::default()
        },
    );
    if ctx.may_block() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    } else {
        ctx.out.ok();
    }
}

/// Writes a whole RDB file (DEBUG RELOAD): a temp file, then a rename. `wait` is
/// what the completion of each step means.
pub fn write_whole_file(
    node: &mut Node,
    bytes: Vec<u8>,
    client: Option<ConnId>,
    load_error: Option<String>,
) {
    let id = node.persist.next_id;
    node.persist.next_id += 1;
    let temp = format!("temp-{}-{id}.rdb", node.config.process.pid);
    let path = temp.clone();
    let wait = DiskWait::Reload(Box::new(ReloadWait {
        client,
        load_error,
        temp,
        renaming: false,
        dirty_before: node.dirty,
    }));
    node.start_disk_op(
        |token| DiskOp::WriteFile {
            token,
            path,
            bytes,
            rename_to: None,
        },
        wait,
    );
}

/// A DEBUG RELOAD's file being written.
#[derive(Debug)]
pub struct ReloadWait {
    /// The client to answer.
    pub client: Option<ConnId>,
    /// Why the load failed, if it did.
    pub load_error: Option<String>,
    temp: String,
    renaming: bool,
    dirty_before: u64,
}

/// A step of a DEBUG RELOAD's file completed: `Some((client, reply))` when it ended
/// (reply `None`: `+OK`; else the error text).
pub fn reload_disk_done(
    node: &mut Node,
    mut wait: Box<ReloadWait>,
    result: Result<(), String>,
) -> Option<(Option<ConnId>, Option<String>)> {
    match result {
        Ok(()) if !wait.renaming => {
            wait.renaming = true;
            let (from, to) = (wait.temp.clone(), node.config.dbfilename.clone());
            node.start_disk_op(
                |token| DiskOp::Rename { token, from, to },
                DiskWait::Reload(wait),
            );
            None
        }
        Ok(()) => {
            node.dirty = node.dirty.saturating_sub(wait.dirty_before);
            node.introspect.lastsave = now_secs(node);
            node.persist.last_bgsave_ok = true;
            log(node, Level::Notice, "DB saved on disk");
            let reply = wait
                .load_error
                .map(|_| "ERR Error trying to load the RDB dump, check server logs.".to_string());
            Some((wait.client, reply))
        }
        Err(e) => {
            let dir = node.config.dir.clone();
            let text = if wait.renaming {
                format!(
                    "Error moving temp DB file {} on the final destination {} (in server root dir {dir}): {e}",
                    wait.temp, node.config.dbfilename
                )
            } else {
                format!("Write error saving DB on disk(write): {e}")
            };
            log(node, Level::Warning, text);
            remove_temp(node, wait.temp.clone());
            Some((wait.client, Some("ERR".to_string())))
        }
    }
}

#[cfg(test)]
mod tests;
