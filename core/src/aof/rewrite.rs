//! Opening the AOF (at start-up, and when CONFIG SET turns it on) and rewriting it
//! (BGREWRITEAOF, the automatic rewrite) without fork.
//!
//! A rewrite, at one moment between two inputs: the bytes collected so far go to the
//! current incremental file, a new incremental file is opened for what follows (the
//! manifest names it at once), and a point-in-time [`Snapshot`] of the dataset starts.
//! The snapshot is written in slices between inputs (clients keep being served) to a
//! temp file in `appenddirname`, fsynced, renamed to the new base, and the manifest is
//! switched (temp file + rename): the new base, the incremental file opened at the
//! start, and the old files as history, which are then removed and dropped from the
//! manifest. Writes during the rewrite land in the new incremental file only: never
//! lost, never doubled. The snapshot is the one BGSAVE uses, so a rewrite and a save
//! never run at once: one waits for the other, as Redis schedules them.
//!
//! The base is an RDB (`.base.rdb`) under `aof-use-rdb-preamble yes`, else the
//! commands that rebuild the dataset (`.base.aof`, [`super::base`]), written by the same
//! snapshot in its command format; the choice is read when the rewrite starts.

use super::{Aof, Wait, in_dir, log};
use crate::rdb::snapshot::{Format, Snapshot, SnapshotOptions};
use crate::server::{DiskOp, DiskWait, Node, Server};
use crate::util::log::Level;

/// What a rewrite-side disk operation was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A file written while opening the AOF at start-up.
    Open,
    /// The manifest written (its failure fails what wrote it).
    Manifest,
    /// A chunk of the new base (the first creates the temp file).
    Chunk,
    /// The temp base renamed into place.
    Rename,
    /// A history file removed.
    Remove,
}

/// A rewrite in progress.
#[derive(Debug)]
struct Active {
    snapshot: Snapshot,
    /// Temp file of the new base, relative to `dir`.
    temp: String,
    /// Chunks produced and not yet handed over.
    backlog: Vec<u8>,
    /// The temp file was created.
    created: bool,
    /// A chunk (or the rename) is with the disk.
    in_flight: bool,
    /// The rename was asked for.
    renaming: bool,
    /// Wall clock at the start, Unix ms.
    started_ms: i64,
    /// Bytes of the new base handed to the disk.
    written: u64,
    /// The base is an RDB (`.base.rdb`), else commands (`.base.aof`).
    preamble: bool,
}

/// Rewrite state and INFO counters.
#[derive(Debug)]
pub struct RewriteState {
    active: Option<Box<Active>>,
    /// A rewrite was asked for and starts at the end of the input (or after a save).
    pub scheduled: bool,
    /// `aof_rewrite_base_size`: the AOF size after the last rewrite (auto rewrite).
    pub rewrite_base_size: u64,
    /// `aof_rewrites`.
    pub rewrites: u64,
    /// `aof_last_rewrite_time_sec`.
    pub last_secs: i64,
    /// `aof_last_bgrewrite_status`.
    pub last_ok: bool,
    /// `aof_rewrites_consecutive_failures`.
    pub failures: u64,
    /// Turning the AOF on waits for this rewrite's base (`AOF_WAIT_REWRITE`).
    pub turning_on: bool,
    /// The last manifest write failed: the cron writes it again.
    pub manifest_failed: bool,
    /// A retry of the manifest is with the disk.
    manifest_retry: bool,
}

impl Default for RewriteState {
    fn default() -> Self {
        RewriteState {
            active: None,
            scheduled: false,
            rewrite_base_size: 0,
            rewrites: 0,
            last_secs: -1,
            last_ok: true,
            failures: 0,
            turning_on: false,
            manifest_failed: false,
            manifest_retry: false,
        }
    }
}

impl RewriteState {
    /// Whether a failed manifest write is being retried.
    pub fn manifest_pending(&self) -> bool {
        self.manifest_retry
    }

    /// Whether a rewrite runs (`aof_rewrite_in_progress`).
    pub fn running(&self) -> bool {
        self.active.is_some()
    }

    /// Seconds the running rewrite has taken (`aof_current_rewrite_time_sec`).
    pub fn current_secs(&self, now_ms: i64) -> i64 {
        self.active
            .as_ref()
            .map_or(-1, |a| (now_ms - a.started_ms).max(0) / 1000)
    }
}

/// Options of a base file: an RDB (`aof-use-rdb-preamble yes`) or commands.
fn base_options(node: &Node) -> crate::rdb::snapshot::SnapshotOptions {
    let mut opts = crate::commands::persistence::snapshot_options(node);
    opts.aux.aof_base = true;
    if !super::flag(node, "aof-use-rdb-preamble") {
        opts.format = Format::Commands;
    }
    opts
}

/// The first bytes of a base file: the snapshot's header, after a `#TS:` annotation
/// in a command-format base when `aof-timestamp-enabled` (as Redis's
/// `rewriteAppendOnlyFileRio` starts).
fn base_header(node: &Node, opts: &SnapshotOptions, header: Vec<u8>) -> Vec<u8> {
    if opts.format != Format::Commands || !super::flag(node, "aof-timestamp-enabled") {
        return header;
    }
    let secs = node.now.unix_ms().div_euclid(1000);
    let mut out = format!("#TS:{secs}\r\n").into_bytes();
    out.extend_from_slice(&header);
    out
}

/// Writes the manifest (temp file, renamed over the real one); a failure at run time
/// refuses writes until a retry from the cron succeeds.
fn persist_manifest(node: &mut Node) {
    persist_manifest_as(node, Step::Manifest);
}

/// [`persist_manifest`], its completion reported as `step`.
fn persist_manifest_as(node: &mut Node, step: Step) {
    let name = super::filename(node);
    let path = in_dir(node, &format!("temp-{name}.manifest"));
    let to = in_dir(node, &format!("{name}.manifest"));
    let bytes = node.aof.manifest.to_text().into_bytes();
    node.start_disk_op(
        |token| DiskOp::WriteFile {
            token,
            path,
            bytes,
            rename_to: Some(to),
        },
        DiskWait::Aof(Wait::Rewrite(step)),
    );
}

/// `Background append only file rewriting started by pid N` (the server's own pid: the
/// rewrite runs in this process).
fn started_log(node: &mut Node, pid: u32) {
    let text = if pid != 0 {
        format!("Background append only file rewriting started by pid {pid}")
    } else {
        "Background append only file rewriting started".to_string()
    };
    log(node, Level::Notice, text);
}

/// CONFIG SET appendonly: turning it on writes a base first (a rewrite that opens a
/// new incremental file at its start; Redis's `AOF_WAIT_REWRITE`), turning it off
/// stops collecting at once (what was collected still goes to the file, and a running
/// rewrite is dropped).
pub fn config_changed(node: &mut Node) {
    Aof::sync_config(node);
    let want = super::flag(node, "appendonly");
    if want {
        if node.aof.on || node.aof.rw.turning_on {
            return;
        }
        node.aof.rw.turning_on = true;
        node.aof.rw.scheduled = true;
        return;
    }
    stop(node);
}

/// Stops the AOF (CONFIG SET appendonly no, or a replica's full sync): what was
/// collected still goes to the file, a running rewrite is dropped.
fn stop(node: &mut Node) {
    if !node.aof.on && !node.aof.rw.turning_on {
        return;
    }
    node.aof.rw.turning_on = false;
    node.aof.rw.scheduled = false;
    if !node.aof.on {
        return;
    }
    if let Some(active) = node.aof.rw.active.take() {
        Snapshot::abort(&mut node.dbs);
        let path = active.temp.clone();
        node.start_disk_op(
            |token| DiskOp::Remove { token, path },
            DiskWait::Aof(Wait::Rewrite(Step::Remove)),
        );
        log(node, Level::Notice, "Killing running AOF rewrite child");
    }
    let bytes = std::mem::take(&mut node.effects.aof.bytes);
    node.aof.buf.extend_from_slice(&bytes);
    node.aof.on = false;
    node.set_effects_consumer(crate::effects::TO_AOF, false);
}

/// After a replica loaded its master's snapshot (Redis's `restartAOFAfterSYNC`): the
/// AOF stops and starts again, so the new dataset is written as a new base before
/// the master's stream is appended to a new incremental file. Until that base is in
/// the manifest a restart loads the old files (the dataset before the sync), never
/// the old files followed by the new master's stream.
pub fn restart_after_sync(node: &mut Node) {
    if !super::flag(node, "appendonly") || (!node.aof.on && !node.aof.rw.turning_on) {
        return;
    }
    stop(node);
    node.aof.rw.turning_on = true;
    node.aof.rw.scheduled = true;
}

/// Asks for a rewrite (BGREWRITEAOF, auto rewrite): it starts at the end of the input,
/// or once the save running ends. Returns whether it is only scheduled (a save runs).
pub fn request(node: &mut Node) -> bool {
    node.aof.rw.scheduled = true;
    node.persist.saving() || node.repl.master.transfer.is_some()
}

impl Server {
    /// Opens the AOF at start-up, after the load, when `appendonly` is on (Redis's
    /// `aofOpenIfNeededOnServerStart`): with no file at all a base is written first,
    /// then the last incremental file is opened (created if there is none) and the
    /// manifest written if it changed. The disk operations are queued; the runtime runs
    /// them before serving and exits if [`aof_start_failed`](Self::aof_start_failed).
    pub fn aof_open_on_start(&mut self, now: crate::Now, manifest: super::manifest::Manifest) {
        self.node.now = now;
        // Kept with the AOF off too: turning it on later continues its numbering.
        self.node.aof.manifest = manifest;
        Aof::sync_config(&mut self.node);
        if !super::flag(&self.node, "appendonly") {
            return;
        }
        let node = &mut self.node;
        let name = super::filename(node);
        let mut changed = false;
        let had_incr = !node.aof.manifest.incr.is_empty();
        if node.aof.manifest.base.is_none() && !had_incr {
            let opts = base_options(node);
            let base = node
                .aof
                .manifest
                .new_base(&name, opts.format == Format::Rdb);
            changed = true;
            let bytes = crate::rdb::snapshot::save_all(&mut node.dbs, &opts);
            let bytes = base_header(node, &opts, bytes);
            node.aof.base_size = bytes.len() as u64;
            node.aof.current_size = bytes.len() as u64;
            node.aof.rw.rewrite_base_size = bytes.len() as u64;
            let path = in_dir(node, &base);
            node.start_disk_op(
                |token| DiskOp::WriteFile {
                    token,
                    path,
                    bytes,
                    rename_to: None,
                },
                DiskWait::Aof(Wait::Rewrite(Step::Open)),
            );
            log(
                node,
                Level::Notice,
                format!("Creating AOF base file {base} on server start"),
            );
        }
        let incr = node.aof.manifest.last_incr(&name);
        changed |= !had_incr;
        node.aof.incr_path = in_dir(node, &incr);
        let path = node.aof.incr_path.clone();
        let op = move |token| {
            if had_incr {
                DiskOp::Append {
                    token,
                    path,
                    bytes: Vec::new(),
                    fsync: false,
                }
            } else {
                DiskOp::WriteFile {
                    token,
                    path,
                    bytes: Vec::new(),
                    rename_to: None,
                }
            }
        };
        node.start_disk_op(op, DiskWait::Aof(Wait::Rewrite(Step::Open)));
        if changed {
            persist_manifest_as(node, Step::Open);
        }
        let verb = if had_incr { "Opening" } else { "Creating" };
        log(
            node,
            Level::Notice,
            format!("{verb} AOF incr file {incr} on server start"),
        );
        node.aof.on = true;
        node.set_effects_consumer(crate::effects::TO_AOF, true);
    }

    /// Switches on the deliberate bug "AOF reply sent before its fsync" (replies are no
    /// longer held for their append). Only the simulator's self-tests call this: they
    /// prove that the crash checks catch a server that acknowledges undurable writes.
    #[doc(hidden)]
    pub fn set_bug_reply_before_fsync(&mut self, on: bool) {
        self.node.aof.bug_reply_before_fsync = on;
    }

    /// Whether opening the AOF at start-up failed (the runtime exits with status 1).
    pub fn aof_start_failed(&self) -> bool {
        self.node.aof.start_failed
    }

    /// Starts a scheduled rewrite if nothing prevents it, and feeds the running one.
    pub(crate) fn rewrite_tick(&mut self) {
        if self.node.aof.rw.scheduled
            && self.node.aof.rw.active.is_none()
            && !self.node.persist.saving()
            && self.node.repl.master.transfer.is_none()
        {
            self.node.aof.rw.scheduled = false;
            self.start_rewrite();
        }
        self.rewrite_feed();
    }

    /// The switch: what was collected goes to the current incremental file, a new one
    /// takes what follows, and the snapshot starts.
    fn start_rewrite(&mut self) {
        let node = &mut self.node;
        let pid = node.config.process.pid;
        node.aof.rw.rewrites += 1;
        // Bytes from before this moment belong to the file being replaced.
        if !node.aof.buf.is_empty() && !node.aof.incr_path.is_empty() {
            let bytes = std::mem::take(&mut node.aof.buf);
            let batch = node.aof.batch;
            node.aof.batch += 1;
            let fsync = super::fsync_policy(node) == super::Fsync::Always;
            self.start_append(batch, bytes, fsync);
        }
        let node = &mut self.node;
        if node.aof.rw.turning_on {
            node.aof.on = true;
            node.set_effects_consumer(crate::effects::TO_AOF, true);
        }
        let opts = base_options(node);
        let (snapshot, header) = Snapshot::start(&mut node.dbs, &opts);
        let header = base_header(node, &opts, header);
        let temp = in_dir(node, &format!("temp-rewriteaof-bg-{pid}.aof"));
        node.aof.rw.active = Some(Box::new(Active {
            snapshot,
            temp,
            backlog: header,
            created: false,
            in_flight: false,
            renaming: false,
            started_ms: node.now.unix_ms(),
            written: 0,
            preamble: opts.format == Format::Rdb,
        }));
        if !node.aof.on {
            // BGREWRITEAOF with the AOF off writes a base only.
            started_log(node, pid);
            return;
        }
        let name = super::filename(node);
        let incr = node.aof.manifest.new_incr(&name);
        node.aof.incr_path = in_dir(node, &incr);
        node.aof.last_incr_size = 0;
        node.effects.aof.reset_selected();
        let path = node.aof.incr_path.clone();
        // Created empty (a leftover of that name is truncated, as Redis's O_TRUNC).
        node.start_disk_op(
            |token| DiskOp::WriteFile {
                token,
                path,
                bytes: Vec::new(),
                rename_to: None,
            },
            DiskWait::Aof(Wait::Rewrite(Step::Remove)),
        );
        if !node.aof.rw.turning_on {
            // While the AOF is being turned on the manifest names no file until the
            // base exists: a crash meanwhile must not leave an incremental file alone.
            persist_manifest(node);
        }
        log(
            node,
            Level::Notice,
            format!("Creating AOF incr file {incr} on background rewrite"),
        );
        started_log(node, pid);
    }

    /// Hands the running rewrite's next chunk (or its rename) to the disk if nothing
    /// of it is in flight.
    fn rewrite_feed(&mut self) {
        let node = &mut self.node;
        let Some(active) = node.aof.rw.active.as_deref_mut() else {
            return;
        };
        if active.in_flight || active.renaming {
            return;
        }
        if !active.snapshot.is_finished() && (active.backlog.is_empty() || !active.created) {
            let slice = crate::commands::persistence::paced_slice(
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
                        format!("Background AOF rewrite failed: {e}"),
                    );
                    self.end_rewrite(false);
                    return;
                }
            }
        }
        let active = match node.aof.rw.active.as_deref_mut() {
            Some(a) => a,
            None => return,
        };
        let path = active.temp.clone();
        if active.snapshot.is_finished() && active.backlog.is_empty() && active.created {
            // Everything is on disk and synced: the rename.
            active.renaming = true;
            active.in_flight = true;
            let preamble = active.preamble;
            let name = super::filename(node);
            let mut manifest = node.aof.manifest.clone();
            let base = manifest.new_base(&name, preamble);
            let to = in_dir(node, &base);
            node.start_disk_op(
                |token| DiskOp::Rename {
                    token,
                    from: path,
                    to,
                },
                DiskWait::Aof(Wait::Rewrite(Step::Rename)),
            );
            return;
        }
        let bytes = std::mem::take(&mut active.backlog);
        active.in_flight = true;
        active.written += bytes.len() as u64;
        if !active.created {
            active.created = true;
            node.start_disk_op(
                |token| DiskOp::WriteFile {
                    token,
                    path,
                    bytes,
                    rename_to: None,
                },
                DiskWait::Aof(Wait::Rewrite(Step::Chunk)),
            );
        } else {
            let fsync = active.snapshot.is_finished();
            node.start_disk_op(
                |token| DiskOp::Append {
                    token,
                    path,
                    bytes,
                    fsync,
                },
                DiskWait::Aof(Wait::Rewrite(Step::Chunk)),
            );
        }
    }

    /// A rewrite-side disk operation completed.
    pub(crate) fn rewrite_disk_done(&mut self, step: Step, result: Result<(), String>) {
        match (step, result) {
            (Step::Open, Err(e)) => {
                log(
                    &mut self.node,
                    Level::Warning,
                    format!("Can't open the append-only file: {e}"),
                );
                self.node.aof.start_failed = true;
            }
            (Step::Manifest, Err(e)) => {
                // The files on disk no longer match what the manifest says: refuse
                // writes (MISCONF) until the cron writes it again.
                log(
                    &mut self.node,
                    Level::Warning,
                    format!("Error trying to write the temporary AOF manifest file: {e}"),
                );
                self.node.aof.rw.manifest_failed = true;
                self.node.aof.write_error = Some(e);
                crate::commands::gate::disturb(&mut self.node);
            }
            (Step::Manifest, Ok(())) => {
                let rw = &mut self.node.aof.rw;
                if std::mem::take(&mut rw.manifest_retry) && !rw.manifest_failed {
                    self.node.aof.write_error = None;
                    log(
                        &mut self.node,
                        Level::Warning,
                        "AOF write error looks solved, Redis can write again.",
                    );
                    self.aof_flush();
                }
            }
            (Step::Open | Step::Remove, _) => {}
            (Step::Chunk, result) => {
                let Some(active) = self.node.aof.rw.active.as_deref_mut() else {
                    return;
                };
                active.in_flight = false;
                if let Err(e) = result {
                    log(
                        &mut self.node,
                        Level::Warning,
                        format!("Error writing the rewritten AOF base: {e}"),
                    );
                    self.end_rewrite(false);
                    return;
                }
                self.rewrite_feed();
            }
            (Step::Rename, result) => {
                if let Err(e) = result {
                    log(
                        &mut self.node,
                        Level::Warning,
                        format!("Error trying to rename the temporary AOF base file: {e}"),
                    );
                    self.end_rewrite(false);
                    return;
                }
                self.end_rewrite(true);
            }
        }
    }

    /// Ends the running rewrite: on success the manifest switches to the new base and
    /// the history files go; on failure the temp file goes.
    fn end_rewrite(&mut self, ok: bool) {
        let node = &mut self.node;
        let Some(active) = node.aof.rw.active.take() else {
            return;
        };
        Snapshot::abort(&mut node.dbs);
        let secs = (node.now.unix_ms() - active.started_ms).max(0) / 1000;
        node.aof.rw.last_secs = secs;
        if ok {
            let name = super::filename(node);
            let base = node.aof.manifest.new_base(&name, active.preamble);
            if node.aof.on {
                node.aof.manifest.incr_to_history_but_last();
            } else {
                node.aof.manifest.incr_to_history_all();
            }
            persist_manifest(node);
            let base_size = active.written;
            node.aof.base_size = base_size;
            node.aof.current_size = base_size + node.aof.last_incr_size;
            node.aof.rw.rewrite_base_size = node.aof.current_size;
            node.aof.rw.last_ok = true;
            node.aof.rw.failures = 0;
            node.aof.rw.turning_on = false;
            log(
                node,
                Level::Notice,
                "Background AOF rewrite terminated with success",
            );
            let temp = active
                .temp
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string();
            log(
                node,
                Level::Notice,
                format!("Successfully renamed the temporary AOF base file {temp} into {base}"),
            );
            let history = std::mem::take(&mut node.aof.manifest.history);
            if !history.is_empty() {
                for f in history {
                    log(
                        node,
                        Level::Notice,
                        format!("Removing the history file {} in the background", f.name),
                    );
                    let path = in_dir(node, &f.name);
                    node.start_disk_op(
                        |token| DiskOp::Remove { token, path },
                        DiskWait::Aof(Wait::Rewrite(Step::Remove)),
                    );
                }
                persist_manifest(node);
            }
            log(
                node,
                Level::Notice,
                "Background AOF rewrite finished successfully",
            );
        } else {
            node.aof.rw.last_ok = false;
            node.aof.rw.failures += 1;
            log(node, Level::Warning, "Background AOF rewrite failed");
            let path = active.temp.clone();
            node.start_disk_op(
                |token| DiskOp::Remove { token, path },
                DiskWait::Aof(Wait::Rewrite(Step::Remove)),
            );
        }
        crate::commands::persistence::start_queued(node);
    }

    /// The cron's retry of a manifest write that failed.
    pub(crate) fn retry_manifest(&mut self) {
        let rw = &mut self.node.aof.rw;
        if rw.manifest_failed && !rw.manifest_retry {
            rw.manifest_failed = false;
            rw.manifest_retry = true;
            persist_manifest(&mut self.node);
        }
    }

    /// The cron's automatic rewrite (`auto-aof-rewrite-percentage`,
    /// `auto-aof-rewrite-min-size`), as Redis's serverCron decides it.
    pub(crate) fn auto_rewrite(&mut self) {
        let node = &mut self.node;
        if node.aof.rw.running() || node.aof.rw.scheduled || node.persist.saving() {
            return;
        }
        let perc: u64 = crate::directives::get_by_name(&node.config, "auto-aof-rewrite-percentage")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let min: u64 = crate::directives::get_by_name(&node.config, "auto-aof-rewrite-min-size")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let aof: &Aof = &node.aof;
        if perc == 0 || aof.current_size <= min {
            return;
        }
        let base = aof.rw.rewrite_base_size.max(1);
        let growth = (aof.current_size * 100 / base).saturating_sub(100);
        if growth >= perc {
            log(
                node,
                Level::Notice,
                format!("Starting automatic rewriting of AOF on {growth}% growth"),
            );
            node.aof.rw.scheduled = true;
        }
    }
}
