//! The append-only file, Redis 7.0's multi-part layout: a manifest naming a base file
//! (an RDB preamble or commands) and incremental files of commands, in `appenddirname`.
//!
//! - [`manifest`]: the manifest's format.
//! - [`load`]: start-up replays the base and each incremental file through the command
//!   dispatch with a fake client.
//! - This module: the writer. While `appendonly` is on, the effects stream's AOF sink
//!   ([`crate::effects`]) collects what write commands did; at the end of each input
//!   its bytes join the batch waiting for the disk, and one `Append` at a time carries
//!   everything collected since the last one (group commit; fsynced under `appendfsync
//!   always`). Durability before acknowledgement: the replies a client received while
//!   AOF bytes were not yet on disk are held back ([`Hold`]) until the append covering
//!   them completes, so no reply acknowledges a write the file may not have.
//! - [`rewrite`]: BGREWRITEAOF without fork, from the point-in-time snapshot.
//! - [`base`]: the command-format base (`aof-use-rdb-preamble no`).
//!
//! A failed append keeps its bytes, refuses write commands with Redis's `MISCONF
//! Errors writing to the AOF file` error, and is retried by the cron until it works.

pub mod base;
pub mod command;
pub mod load;
pub mod manifest;
pub mod rewrite;

use std::collections::VecDeque;

use crate::client::ConnId;
use crate::server::{DiskOp, DiskWait, Node, Output, Server};
use crate::time::Instant;
use crate::util::log::Level;
use manifest::Manifest;

/// `appendfsync`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fsync {
    /// Fsync after every batch, before its replies leave.
    Always,
    /// Fsync at most once a second.
    #[default]
    Everysec,
    /// Leave flushing to the OS.
    No,
}

/// One append handed to the disk.
#[derive(Debug)]
struct InFlight {
    /// The batch it carries.
    batch: u64,
    /// A copy of its bytes, appended again if it fails.
    bytes: Vec<u8>,
    /// Whether it was fsynced.
    fsync: bool,
}

/// The replies of a client held until AOF batches are durable: everything from
/// `released` on stays in the core; each entry says up to where the output may go
/// once its batch is on disk.
#[derive(Debug, Default)]
pub struct Hold {
    /// Absolute buffer position up to which output may be written.
    pub released: usize,
    /// (batch, buffer position it covers), in batch order.
    waits: VecDeque<(u64, usize)>,
}

impl Hold {
    /// The reply buffer was written out in full and restarted at position 0
    /// ([`crate::resp::Reply::consume`]): positions move back by the old length
    /// (everything held was within it, so nothing new is released).
    pub fn rebase(&mut self, shift: usize) {
        self.released = self.released.saturating_sub(shift);
        for w in &mut self.waits {
            w.1 = w.1.saturating_sub(shift);
        }
    }
}

/// What a disk operation of the AOF is for.
#[derive(Debug)]
pub enum Wait {
    /// An append of batch bytes.
    Append,
    /// A once-a-second fsync (`everysec`).
    Fsync,
    /// A step of the start-up or of a rewrite (see [`rewrite`]).
    Rewrite(rewrite::Step),
}

/// The AOF's state (one field of [`Node`]).
#[derive(Debug, Default)]
pub struct Aof {
    /// `appendonly` is on and the files are open for appending.
    pub on: bool,
    /// The files of the AOF.
    pub manifest: Manifest,
    /// Path (relative to `dir`) of the incremental file appended to.
    pub incr_path: String,
    /// Bytes collected and not yet handed to the disk.
    buf: Vec<u8>,
    /// The batch `buf` belongs to.
    batch: u64,
    /// Appends handed to the disk, oldest first.
    in_flight: VecDeque<InFlight>,
    /// Clients touched by the input being handled (their outputs wait for its end).
    pub touched: Vec<ConnId>,
    /// Clients with held replies.
    held: Vec<ConnId>,
    /// `aof_current_size`.
    pub current_size: u64,
    /// `aof_base_size`.
    pub base_size: u64,
    /// Bytes appended to the current incremental file.
    pub last_incr_size: u64,
    /// Appended without fsync since the last fsync (`everysec`).
    unsynced: bool,
    /// When the last fsync was asked for.
    last_fsync: Option<Instant>,
    /// The last append failed with this OS error (writes are refused).
    pub write_error: Option<String>,
    /// Rewrite state and counters.
    pub rw: rewrite::RewriteState,
    /// Start-up failed (the runtime exits with status 1).
    pub start_failed: bool,
    /// `appendfsync`, `aof-timestamp-enabled` as last read ([`Aof::sync_config`]).
    policy: Fsync,
    timestamps: bool,
    /// `no-appendfsync-on-rewrite`: no fsync while a rewrite runs.
    no_fsync_on_rewrite: bool,
    /// Unix seconds of the last `#TS:` annotation written.
    last_ts: i64,
    /// Deliberate bug for the simulator's self-test (never set outside tests): replies
    /// are not held for their append, so a reply may leave before its fsync.
    pub bug_reply_before_fsync: bool,
}

/// The policy in force.
pub fn fsync_policy(node: &Node) -> Fsync {
    match crate::directives::get_by_name(&node.config, "appendfsync").as_deref() {
        Some("always") => Fsync::Always,
        Some("no") => Fsync::No,
        _ => Fsync::Everysec,
    }
}

/// A yes/no directive.
pub fn flag(node: &Node, name: &str) -> bool {
    crate::directives::get_by_name(&node.config, name).as_deref() == Some("yes")
}

/// `appendfilename`.
pub fn filename(node: &Node) -> String {
    crate::directives::get_by_name(&node.config, "appendfilename").unwrap_or_default()
}

/// `appenddirname`.
pub fn dirname(node: &Node) -> String {
    crate::directives::get_by_name(&node.config, "appenddirname").unwrap_or_default()
}

/// `name` inside `appenddirname`, relative to `dir`.
pub fn in_dir(node: &Node, name: &str) -> String {
    format!("{}/{name}", dirname(node))
}

/// Writes a log line.
pub fn log(node: &mut Node, level: Level, text: impl Into<String>) {
    node.outputs.push_back(Output::Log {
        level,
        text: text.into(),
    });
}

impl Aof {
    /// Reads the directives the writer uses on every batch (at start-up and after
    /// CONFIG SET of any AOF directive).
    pub fn sync_config(node: &mut Node) {
        node.aof.policy = fsync_policy(node);
        node.aof.timestamps = flag(node, "aof-timestamp-enabled");
        node.aof.no_fsync_on_rewrite = flag(node, "no-appendfsync-on-rewrite");
    }

    /// The batch whose durability the replies of this input wait for, if any AOF
    /// bytes are not yet on disk.
    fn undurable(&self) -> Option<u64> {
        if !self.buf.is_empty() {
            Some(self.batch)
        } else {
            self.in_flight.back().map(|f| f.batch)
        }
    }

    /// `no-appendfsync-on-rewrite yes` while a rewrite runs: appends are not fsynced
    /// (Redis's trade of durability for latency during a rewrite).
    fn fsync_paused(&self) -> bool {
        self.no_fsync_on_rewrite && self.rw.running()
    }

    /// Bytes waiting for the disk (`aof_buffer_length`).
    pub fn buffer_len(&self) -> usize {
        self.buf.len()
    }
}

impl Server {
    /// Whether a client's output must wait for the end of the input (the AOF is on).
    #[inline]
    pub(crate) fn aof_defers(&mut self, conn: ConnId) -> bool {
        if self.node.aof.on {
            self.node.aof.touched.push(conn);
            true
        } else {
            false
        }
    }

    /// The end of an input while the AOF is on: the AOF bytes it produced join the
    /// batch, the clients it wrote to are held until that batch is durable, and the
    /// next append starts if none is in flight.
    pub(crate) fn aof_end_input(&mut self) {
        let aof = &self.node.aof;
        if !aof.on && aof.touched.is_empty() && aof.buf.is_empty() && !aof.rw.scheduled {
            return;
        }
        let bytes = std::mem::take(&mut self.node.effects.aof.bytes);
        let produced = !bytes.is_empty();
        if produced && self.node.aof.timestamps {
            // Redis's `#TS:<unix seconds>` annotation when the second changed.
            let secs = self.node.now.unix_ms().div_euclid(1000);
            if secs > self.node.aof.last_ts {
                self.node.aof.last_ts = secs;
                self.node
                    .aof
                    .buf
                    .extend_from_slice(format!("#TS:{secs}\r\n").as_bytes());
            }
        }
        if produced {
            let aof = &mut self.node.aof;
            if aof.buf.is_empty() {
                aof.buf = bytes;
            } else {
                aof.buf.extend_from_slice(&bytes);
            }
        }
        let undurable = if self.node.aof.bug_reply_before_fsync {
            None
        } else {
            self.node.aof.undurable()
        };
        // While the disk fails, an input that wrote nothing and was answered only
        // with errors (the MISCONF refusals) is answered at once; any other reply, a
        // read included, may show a write that is not on disk and waits with the rest.
        let refusals_pass = self.node.aof.write_error.is_some() && !produced;
        let touched = std::mem::take(&mut self.node.aof.touched);
        for id in touched {
            if let Some(batch) = undurable
                && !(refusals_pass && self.new_output_is_errors(id))
            {
                self.hold(id, batch);
            }
            self.flush_now(id);
        }
        if self.node.aof.in_flight.is_empty() && self.node.aof.write_error.is_none() {
            self.aof_flush();
        }
        if self.node.aof.on || self.node.aof.rw.scheduled {
            self.rewrite_tick();
        }
        if self.node.aof.on && self.node.outputs.contains(&Output::Shutdown) {
            self.fsync_for_shutdown();
        }
    }

    /// The process stops: what is collected goes to the file and is fsynced (Redis's
    /// `Calling fsync() on the AOF file.`); the runtime finishes the disk work queued
    /// before it exits.
    #[cold]
    fn fsync_for_shutdown(&mut self) {
        if self.node.aof.write_error.is_none() && !self.node.aof.buf.is_empty() {
            let bytes = std::mem::take(&mut self.node.aof.buf);
            let batch = self.node.aof.batch;
            self.node.aof.batch += 1;
            self.start_append(batch, bytes, true);
        } else if !self.node.aof.incr_path.is_empty() {
            // Also covers appends still with the disk (fdatasync syncs the file).
            let path = self.node.aof.incr_path.clone();
            self.node.start_disk_op(
                |token| DiskOp::Append {
                    token,
                    path,
                    bytes: Vec::new(),
                    fsync: true,
                },
                DiskWait::Aof(Wait::Fsync),
            );
        }
        self.node.aof.unsynced = false;
        log(
            &mut self.node,
            Level::Notice,
            "Calling fsync() on the AOF file.",
        );
    }

    /// Whether `id`'s output since what is already held (or sent) is nothing but
    /// error replies (an error line cannot hold a CRLF, so frames split exactly).
    #[cold]
    fn new_output_is_errors(&self, id: ConnId) -> bool {
        let Some(client) = self.clients.get(&id) else {
            return true;
        };
        let sent = client.reply.mark() - client.reply.pending_len();
        let from = client
            .held
            .as_ref()
            .and_then(|h| h.waits.back().map(|w| w.1))
            .unwrap_or(sent);
        let mut rest = client.reply.pending().get(from - sent..).unwrap_or(&[]);
        while let Some((&b'-', line)) = rest.split_first() {
            let Some(end) = line.windows(2).position(|w| w == b"\r\n") else {
                return false;
            };
            rest = &line[end + 2..];
        }
        rest.is_empty()
    }

    /// Holds `id`'s output written so far until `batch` is durable.
    fn hold(&mut self, id: ConnId, batch: u64) {
        let Some(client) = self.clients.get_mut(&id) else {
            return;
        };
        let end = client.reply.mark();
        let sent = end - client.reply.pending_len();
        if end == sent {
            return;
        }
        let hold = match &mut client.held {
            Some(h) => h,
            None => {
                self.node.aof.held.push(id);
                client.held.insert(Box::new(Hold {
                    released: sent,
                    waits: VecDeque::new(),
                }))
            }
        };
        match hold.waits.back_mut() {
            Some((b, pos)) if *b == batch => *pos = end,
            _ => hold.waits.push_back((batch, end)),
        }
    }

    /// Hands the collected bytes to the disk as one append.
    pub(crate) fn aof_flush(&mut self) {
        let aof = &mut self.node.aof;
        if aof.buf.is_empty() || aof.incr_path.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut aof.buf);
        let batch = aof.batch;
        aof.batch += 1;
        let fsync = self.node.aof.policy == Fsync::Always && !self.node.aof.fsync_paused();
        self.start_append(batch, bytes, fsync);
    }

    pub(crate) fn start_append(&mut self, batch: u64, bytes: Vec<u8>, fsync: bool) {
        let path = self.node.aof.incr_path.clone();
        self.node.aof.in_flight.push_back(InFlight {
            batch,
            bytes: bytes.clone(),
            fsync,
        });
        self.node.start_disk_op(
            |token| DiskOp::Append {
                token,
                path,
                bytes,
                fsync,
            },
            DiskWait::Aof(Wait::Append),
        );
    }

    /// A disk operation of the AOF completed.
    pub(crate) fn aof_disk_done(&mut self, wait: Wait, result: Result<(), String>) {
        match wait {
            Wait::Append => self.append_done(result),
            Wait::Fsync => {
                if let Err(e) = result {
                    log(
                        &mut self.node,
                        Level::Warning,
                        format!("Fail to fsync the AOF file: {e}"),
                    );
                    self.node.aof.write_error = Some(e);
                    crate::commands::gate::disturb(&mut self.node);
                }
            }
            Wait::Rewrite(step) => self.rewrite_disk_done(step, result),
        }
    }

    fn append_done(&mut self, result: Result<(), String>) {
        let Some(done) = self.node.aof.in_flight.pop_front() else {
            return;
        };
        match result {
            Ok(()) => {
                let aof = &mut self.node.aof;
                let n = done.bytes.len() as u64;
                aof.current_size += n;
                aof.last_incr_size += n;
                if done.fsync {
                    aof.last_fsync = Some(self.node.now.mono);
                } else if !done.bytes.is_empty() {
                    aof.unsynced = true;
                }
                if aof.write_error.take().is_some() {
                    log(
                        &mut self.node,
                        Level::Warning,
                        "AOF write error looks solved, Redis can write again.",
                    );
                }
                self.release(done.batch);
                if self.node.aof.in_flight.is_empty() {
                    self.aof_flush();
                }
            }
            Err(e) => {
                if self.node.aof.write_error.is_none() {
                    log(
                        &mut self.node,
                        Level::Warning,
                        format!("Error writing to the AOF file: {e}"),
                    );
                }
                self.node.aof.write_error = Some(e);
                crate::commands::gate::disturb(&mut self.node);
                // The bytes go again, ahead of what came since (the runtime cut the
                // file back to where it was).
                let aof = &mut self.node.aof;
                let mut bytes = done.bytes;
                bytes.extend_from_slice(&aof.buf);
                aof.buf = bytes;
                // Its clients wait for the batch now collecting (one append is in
                // flight at a time, so nothing after it was handed over).
                let current = aof.batch;
                for id in aof.held.clone() {
                    if let Some(h) = self.clients.get_mut(&id).and_then(|c| c.held.as_mut()) {
                        for w in h.waits.iter_mut() {
                            w.0 = w.0.max(current);
                        }
                    }
                }
            }
        }
    }

    /// Batches up to `batch` are durable: the replies they held go out.
    fn release(&mut self, batch: u64) {
        let held = std::mem::take(&mut self.node.aof.held);
        let mut still = Vec::with_capacity(held.len());
        for id in held {
            let Some(client) = self.clients.get_mut(&id) else {
                continue;
            };
            let Some(hold) = client.held.as_mut() else {
                continue;
            };
            let mut moved = false;
            while let Some(&(b, pos)) = hold.waits.front() {
                if b > batch {
                    break;
                }
                hold.released = pos;
                hold.waits.pop_front();
                moved = true;
            }
            if hold.waits.is_empty() {
                client.held = None;
            } else {
                still.push(id);
            }
            if moved {
                client.write_notified = false;
                self.flush_now(id);
            }
        }
        self.node.aof.held.extend(still);
    }

    /// The AOF's part of the cron: the once-a-second fsync, the retry of a failed
    /// append, the automatic rewrite.
    pub(crate) fn aof_cron(&mut self) {
        if !self.node.aof.on {
            return;
        }
        let now = self.node.now.mono;
        self.retry_manifest();
        if self.node.aof.write_error.is_some()
            && !self.node.aof.rw.manifest_failed
            && !self.node.aof.rw.manifest_pending()
            && self.node.aof.in_flight.is_empty()
        {
            self.aof_flush();
        }
        let aof = &self.node.aof;
        let due = aof
            .last_fsync
            .is_none_or(|t| now.nanos_since(t) >= 1_000_000_000);
        if aof.unsynced && due && aof.policy == Fsync::Everysec && !aof.fsync_paused() {
            self.node.aof.unsynced = false;
            self.node.aof.last_fsync = Some(now);
            let path = self.node.aof.incr_path.clone();
            self.node.start_disk_op(
                |token| DiskOp::Append {
                    token,
                    path,
                    bytes: Vec::new(),
                    fsync: true,
                },
                DiskWait::Aof(Wait::Fsync),
            );
        }
        self.auto_rewrite();
    }

    /// Output of `conn` the runtime may write now (held replies excluded).
    #[inline]
    pub(crate) fn visible(reply: &crate::resp::Reply, held: Option<&Hold>) -> usize {
        match held {
            None => reply.pending_len(),
            Some(h) => {
                let sent = reply.mark() - reply.pending_len();
                h.released.min(reply.mark()).saturating_sub(sent)
            }
        }
    }
}

/// Whether the last AOF write failed: write commands (and PING) get [`misconf`].
#[inline]
pub fn write_failed(node: &Node) -> bool {
    node.aof.write_error.is_some()
}

/// Redis's refusal while the AOF cannot be written.
pub fn misconf(node: &Node) -> String {
    format!(
        "MISCONF Errors writing to the AOF file: {}",
        node.aof.write_error.as_deref().unwrap_or("")
    )
}

/// INFO persistence's AOF fields after `aof_last_cow_size` (Redis adds them while the
/// AOF is on).
pub fn info_fields(node: &Node, s: &mut String) {
    use std::fmt::Write as _;
    if !node.aof.on {
        return;
    }
    let aof = &node.aof;
    let _ = write!(
        s,
        "aof_current_size:{}\r\naof_base_size:{}\r\naof_pending_rewrite:0\r\n\
         aof_buffer_length:{}\r\naof_pending_bio_fsync:0\r\naof_delayed_fsync:0\r\n",
        aof.current_size,
        aof.base_size,
        aof.buffer_len(),
    );
}
