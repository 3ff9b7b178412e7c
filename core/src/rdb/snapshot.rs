//! The background snapshot: a point-in-time RDB image taken without fork and without
//! stopping the world.
//!
//! # The scheme
//!
//! Redis forks and lets the kernel's copy-on-write keep the child's view still. We are
//! one process, so the core keeps the point-in-time view itself: it serializes the
//! keyspace in bounded *slices* between inputs, and a write to a key the slices have
//! not reached yet first serializes that key's old record ("copy on write" per key,
//! not per page). We chose this over the alternatives because it costs nothing when
//! no snapshot runs, and during one it costs work only in proportion to the keys
//! written, never a copy of the dataset:
//! - freezing the tables and redirecting writes to a side table would make every read
//!   look in two places for the whole snapshot;
//! - persistent (shared-structure) values would tax every write, always;
//! - copying the keyspace up front is a pause and twice the memory.
//!
//! Per database the state is a [`DbSnapshot`] in `Db::snapshot` (`None` normally: the
//! hot path pays one predictable branch per write, the body is out of line and cold).
//!
//! **Scan order and the mark.** The table ([`SegTable`](crate::keyspace::SegTable))
//! is walked with its SCAN cursor, which visits segments in reverse-binary order of a
//! hash's directory bits. [`scan_position`] maps a hash to that order and
//! [`cursor_position`] a cursor: once a step returns cursor `c`, every key present
//! since the start with a position below `position(c)` has been visited, whatever
//! splits and merges happened (a merged segment may show keys below the mark again).
//! Each database keeps a monotone high-water mark `H`, the position the scan reached.
//!
//! **Before any mutation** of key `k` (hash `h`) while the snapshot is active — a
//! value changed through `get_mut`, `set`/`set_keep_ttl`/`insert`, `remove`/`take`,
//! `set_expire`/`persist`, eviction, lazy and active expiry, `random_key`'s deletes —
//! the database calls the hook: if `position(h) >= H` and `k` is not in `handled`,
//! then, if `k` exists (even logically expired, as Redis's fork would write it), its
//! record (value, expiry, access data) is serialized into `pending`; either way `k`
//! goes into `handled`, so that a key created during the snapshot is skipped when the
//! scan reaches it.
//!
//! **A scan slice** runs steps: each visited entry with `position >= H` is skipped and
//! dropped from `handled` if it is there, else serialized; then `H` moves to the new
//! cursor's position. Keys below `H` are never looked at again: the scan wrote them,
//! or a hook did, before any change.
//!
//! So every key of the snapshot's instant is written exactly once, as it was then:
//! unchanged keys by the scan, changed or deleted ones by the hook of their first
//! change; keys created later are in `handled` before the scan can meet them.
//!
//! **Emptying a database** (`clear`: FLUSHDB, FLUSHALL) while its snapshot runs moves
//! the old table into the snapshot (`frozen`), which the scan goes on walking; the
//! hooks do nothing for that database from then on. **SWAPDB** needs nothing: the
//! state travels with the `Db` value and remembers the index it was taken under. A
//! database's keys may therefore be written in several runs, each after a SELECTDB
//! (Redis's loader accepts that); RESIZEDB is written once per database, at its first
//! run, with its sizes at the start.
//!
//! **Output.** [`Snapshot::start`] attaches a state to every non-empty database and
//! returns the header (`REDIS0010`, the AUX fields, function libraries);
//! [`Snapshot::slice`] returns the next chunk (every database's pending records, then
//! scan output up to a byte and a key budget), and the EOF opcode with the CRC-64 of
//! everything (0 when `rdbchecksum` is off) once all databases are done. The caller
//! ([`crate::commands::persistence`]) hands chunks to the runtime as disk operations,
//! one in flight at a time: a temp file, appends, the last one fsynced, a rename.
//!
//! **Formats.** The same scheme writes an AOF base of commands
//! ([`Format::Commands`], `aof-use-rdb-preamble no`): the records are the commands of
//! [`crate::aof::base`], each database run starts with `SELECT`, and there is no RDB
//! header, RESIZEDB, EOF or CRC (function libraries become `FUNCTION LOAD`).
//!
//! **Costs.** Memory beyond the dataset: the records of keys changed before the scan
//! reached them (until the next slice hands them to the disk) and the names of those
//! keys (until the scan passes them) — Redis's fork pays a whole page per changed
//! key instead. Time: a write to a key not yet reached serializes its old value once;
//! a large collection written during a snapshot is serialized in that write, as the
//! fork would copy its pages. Access data (IDLE/FREQ) is the key's at the time its
//! record is written, a read does not count as a change.

use hashbrown::HashTable;

use super::crc64::Running;
use super::opcodes;
use super::save::{self, Aux, KeyAccess};
use super::write::Encoder;
use crate::evict::{AccessClock, Policy};
use crate::keyspace::Db;
pub use crate::keyspace::segtable::{cursor_position, scan_position};
use crate::types::Value;

/// What the access clocks of keys mean for the file: Redis writes IDLE (seconds since
/// last access) under an LRU policy and FREQ (the LFU counter) under an LFU one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AccessData {
    /// Neither.
    #[default]
    None,
    /// IDLE before each key.
    Lru,
    /// FREQ before each key.
    Lfu,
}

impl AccessData {
    /// What Redis writes under `policy`.
    pub fn for_policy(policy: Policy) -> Self {
        match policy {
            Policy::AllkeysLru | Policy::VolatileLru => AccessData::Lru,
            Policy::AllkeysLfu | Policy::VolatileLfu => AccessData::Lfu,
            _ => AccessData::None,
        }
    }

    /// The record's access data for a key whose clock is `access`.
    pub fn key_access(self, clock: &AccessClock, access: u32) -> KeyAccess {
        match self {
            AccessData::None => KeyAccess::None,
            AccessData::Lru => KeyAccess::Idle(clock.idle_ms(access) / 1000),
            AccessData::Lfu => KeyAccess::Freq(clock.lfu_decr(access).min(255) as u8),
        }
    }
}

/// What a snapshot's records are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// An RDB file (BGSAVE, a full sync, an AOF base with `aof-use-rdb-preamble yes`).
    #[default]
    Rdb,
    /// The commands that rebuild the dataset, as an AOF base without preamble
    /// ([`crate::aof::base`]): no RDB header, AUX fields, RESIZEDB, trailer or CRC.
    Commands,
}

/// Writes one key's record in `format` into `out`.
#[inline]
pub(crate) fn write_record(
    format: Format,
    out: &mut Vec<u8>,
    key: &[u8],
    value: &Value,
    expire: Option<i64>,
    access: KeyAccess,
    enc: &mut Encoder,
) {
    match format {
        Format::Rdb => save::write_key_value(out, key, value, expire, access, enc),
        Format::Commands => crate::aof::base::write_key(out, key, value, expire),
    }
}

/// One database's part of a running snapshot (kept in the `Db`; see the module doc).
pub struct DbSnapshot {
    /// The database index at the start (SELECTDB of every run).
    pub(crate) index: usize,
    /// Keys and keys with an expiry at the start (RESIZEDB).
    pub(crate) sizes: (usize, usize),
    /// The scan's cursor.
    pub(crate) cursor: u64,
    /// `H`: the scan-order position the scan has reached.
    pub(crate) mark: u64,
    /// The scan is over: every key of the start is written or pending.
    pub(crate) scan_done: bool,
    /// Keys at or past the mark whose record the hooks wrote (or that did not exist):
    /// the scan skips them. Each with its keyspace hash.
    handled: HashTable<(u64, Box<[u8]>)>,
    /// Bytes of the names in `handled`.
    handled_bytes: usize,
    /// Records written by the hooks, not yet handed to the writer.
    pub(crate) pending: Vec<u8>,
    /// String encoding (its LZF state is this database's).
    pub(crate) enc: Encoder,
    /// Whether to write IDLE or FREQ before each key.
    pub(crate) access: AccessData,
    /// What the records are.
    pub(crate) format: Format,
    /// The table a `clear` took away while the scan ran: the scan walks it instead.
    pub(crate) frozen: Option<crate::keyspace::Frozen>,
    /// Records written so far (hooks and scan).
    pub(crate) keys_written: u64,
}

impl std::fmt::Debug for DbSnapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DbSnapshot")
            .field("index", &self.index)
            .field("mark", &self.mark)
            .field("scan_done", &self.scan_done)
            .field("handled", &self.handled.len())
            .field("pending", &self.pending.len())
            .field("frozen", &self.frozen.is_some())
            .finish()
    }
}

impl DbSnapshot {
    /// The state of database `index`, holding `sizes` (keys, keys with an expiry).
    pub(crate) fn new(
        index: usize,
        sizes: (usize, usize),
        compression: bool,
        access: AccessData,
        format: Format,
    ) -> Self {
        DbSnapshot {
            index,
            sizes,
            cursor: 0,
            mark: 0,
            scan_done: false,
            handled: HashTable::new(),
            handled_bytes: 0,
            pending: Vec::new(),
            enc: Encoder::new(compression),
            access,
            format,
            frozen: None,
            keys_written: 0,
        }
    }

    /// Whether a change to the key `key` (hash `hash`) must first write its record:
    /// the scan has not passed it, no hook wrote it yet, and the live table is still
    /// the one being saved.
    #[inline]
    pub(crate) fn wants(&self, hash: u64, key: &[u8]) -> bool {
        !self.scan_done
            && self.frozen.is_none()
            && scan_position(hash) >= self.mark
            && self
                .handled
                .find(hash, |(h, k)| *h == hash && &**k == key)
                .is_none()
    }

    /// Remembers that `key` is written (or must not be): the scan will skip it.
    pub(crate) fn mark_handled(&mut self, hash: u64, key: &[u8]) {
        self.handled_bytes += key.len();
        self.handled
            .insert_unique(hash, (hash, key.into()), |(h, _)| *h);
    }

    /// If the hooks handled `key`, forgets it and returns true (the scan skips it).
    pub(crate) fn take_handled(&mut self, hash: u64, key: &[u8]) -> bool {
        if self.handled.is_empty() {
            return false;
        }
        match self
            .handled
            .find_entry(hash, |(h, k)| *h == hash && &**k == key)
        {
            Ok(entry) => {
                let ((_, k), _) = entry.remove();
                self.handled_bytes -= k.len();
                true
            }
            Err(_) => false,
        }
    }

    /// Forgets every handled key (the scan is over).
    pub(crate) fn clear_handled(&mut self) {
        self.handled = HashTable::new();
        self.handled_bytes = 0;
    }

    /// Writes a record into `pending` (a hook).
    pub(crate) fn record_pending(
        &mut self,
        key: &[u8],
        value: &Value,
        expire: Option<i64>,
        access: KeyAccess,
    ) {
        write_record(
            self.format,
            &mut self.pending,
            key,
            value,
            expire,
            access,
            &mut self.enc,
        );
        self.keys_written += 1;
    }

    /// Memory this state holds beyond the dataset (pending records, handled names),
    /// in bytes: our counterpart of the fork's copy-on-write size.
    pub(crate) fn extra_memory(&self) -> usize {
        self.pending.capacity()
            + self.handled.allocation_size()
            + self.handled_bytes
            + self.handled.len() * std::mem::size_of::<usize>()
    }
}

/// How to write a snapshot.
#[derive(Debug, Clone, Default)]
pub struct SnapshotOptions {
    /// The header's AUX fields.
    pub aux: Aux,
    /// `rdbcompression`: LZF for strings over 20 bytes.
    pub compression: bool,
    /// `rdbchecksum`: a CRC-64 trailer (0 when off).
    pub checksum: bool,
    /// IDLE / FREQ before each key.
    pub access: AccessData,
    /// Function libraries (their code), written after the header.
    pub functions: Vec<Vec<u8>>,
    /// RDB, or commands (an AOF base without preamble).
    pub format: Format,
}

/// The writer of a running snapshot: what was written, the CRC, which database the
/// output is in. The per-database states live in the databases.
#[derive(Debug)]
pub struct Snapshot {
    crc: Running,
    checksum: bool,
    format: Format,
    /// The database index of the last SELECTDB written.
    current_db: Option<usize>,
    /// Database indexes whose RESIZEDB is written.
    resized: Vec<usize>,
    /// Records of one database's slice, before its SELECTDB is known to be needed.
    scratch: Vec<u8>,
    /// The trailer is written.
    finished: bool,
    /// Keys in the attached databases at the start.
    pub keys_total: u64,
    /// Records of databases already detached.
    keys_detached: u64,
    /// Database states attached at the start and not yet detached.
    attached: usize,
    /// Bytes produced so far.
    pub bytes: u64,
}

/// The budget of one slice.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Stop scanning once the chunk holds this many bytes.
    pub bytes: usize,
    /// Stop scanning once this many entries were visited.
    pub visits: usize,
}

impl Budget {
    /// No limit: the rest of the snapshot at once.
    pub const UNLIMITED: Budget = Budget {
        bytes: usize::MAX,
        visits: usize::MAX,
    };
}

impl Snapshot {
    /// Starts a snapshot of `dbs` as they are now: attaches a [`DbSnapshot`] to every
    /// non-empty database and returns the writer with the file's first bytes (header,
    /// AUX fields, function libraries). No database may have a snapshot attached.
    pub fn start(dbs: &mut [Db], opts: &SnapshotOptions) -> (Snapshot, Vec<u8>) {
        let mut header = Vec::with_capacity(256);
        match opts.format {
            Format::Rdb => {
                let mut enc = Encoder::new(opts.compression);
                save::write_header(&mut header, &opts.aux, &mut enc);
                for code in &opts.functions {
                    save::write_function(&mut header, code, &mut enc);
                }
            }
            Format::Commands => {
                for code in &opts.functions {
                    crate::aof::base::write_function(&mut header, code);
                }
            }
        }
        let mut keys_total = 0;
        let mut attached = 0;
        for (index, db) in dbs.iter_mut().enumerate() {
            if db.is_empty() {
                continue;
            }
            keys_total += db.len() as u64;
            let state = DbSnapshot::new(
                index,
                (db.len(), db.expires_len()),
                opts.compression,
                opts.access,
                opts.format,
            );
            db.snapshot_attach(Box::new(state));
            attached += 1;
        }
        let mut crc = Running::new();
        crc.update(&header);
        let snapshot = Snapshot {
            crc,
            checksum: opts.checksum,
            format: opts.format,
            current_db: None,
            resized: Vec::new(),
            scratch: Vec::new(),
            finished: false,
            keys_total,
            keys_detached: 0,
            attached,
            bytes: header.len() as u64,
        };
        (snapshot, header)
    }

    /// Whether the trailer has been produced (the last chunk was returned).
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Records written so far.
    pub fn keys_written(&self, dbs: &[Db]) -> u64 {
        self.keys_detached
            + dbs
                .iter()
                .filter_map(Db::snapshot_state)
                .map(|s| s.keys_written)
                .sum::<u64>()
    }

    /// Memory the running snapshot holds beyond the dataset, in bytes.
    pub fn extra_memory(&self, dbs: &[Db]) -> usize {
        self.scratch.capacity()
            + dbs
                .iter()
                .filter_map(Db::snapshot_state)
                .map(DbSnapshot::extra_memory)
                .sum::<usize>()
    }

    /// The next chunk of the file: every database's pending records, then scan output
    /// until `budget` is spent; with the trailer once every database is done (then
    /// [`is_finished`](Self::is_finished)). Databases whose part is complete are
    /// detached. Fails if a database's state is gone (the databases were replaced
    /// without [`finish_now`](Self::finish_now) first): the file would miss keys.
    pub fn slice(&mut self, dbs: &mut [Db], budget: Budget) -> Result<Vec<u8>, LostState> {
        self.slice_paced(dbs, budget, &mut || false)
    }

    /// [`slice`](Self::slice) that also stops scanning once `over` says the slice's
    /// time is up (it is asked after each scan step, so a slice makes at least one;
    /// see [`pace`]).
    pub fn slice_paced(
        &mut self,
        dbs: &mut [Db],
        budget: Budget,
        over: &mut dyn FnMut() -> bool,
    ) -> Result<Vec<u8>, LostState> {
        let mut out = Vec::new();
        if self.finished {
            return Ok(out);
        }
        let found = dbs.iter().filter(|d| d.snapshot_state().is_some()).count();
        if found != self.attached {
            return Err(LostState);
        }
        let mut visits = 0usize;
        let mut out_of_time = false;
        let mut remaining = 0;
        for db in dbs.iter_mut() {
            let Some(state) = db.snapshot_state_mut() else {
                continue;
            };
            let (index, sizes) = (state.index, state.sizes);
            let mut scratch = std::mem::take(&mut self.scratch);
            scratch.clear();
            scratch.append(&mut state.pending);
            while !out_of_time && out.len() + scratch.len() < budget.bytes && visits < budget.visits
            {
                match db.snapshot_scan_step(&mut scratch) {
                    Some(n) => visits += n.max(1),
                    None => break,
                }
                out_of_time = over();
            }
            if !scratch.is_empty() {
                self.select(index, sizes, &mut out);
                out.extend_from_slice(&scratch);
            }
            self.scratch = scratch;
            let state = db.snapshot_state_mut();
            if state.is_some_and(|s| s.scan_done && s.pending.is_empty()) {
                if let Some(state) = db.snapshot_detach() {
                    self.keys_detached += state.keys_written;
                    self.attached -= 1;
                }
            } else {
                remaining += 1;
            }
        }
        if self.scratch.capacity() > budget.bytes.min(1 << 20) {
            self.scratch = Vec::new();
        }
        if remaining == 0 && self.format == Format::Commands {
            self.finished = true;
        } else if remaining == 0 {
            out.push(opcodes::EOF);
            self.crc.update(&out);
            let crc = if self.checksum { self.crc.value() } else { 0 };
            out.extend_from_slice(&crc.to_le_bytes());
            self.finished = true;
        } else if self.format == Format::Rdb {
            self.crc.update(&out);
        }
        self.bytes += out.len() as u64;
        Ok(out)
    }

    /// Writes SELECTDB `index` if the output is in another database, and RESIZEDB the
    /// first time.
    fn select(&mut self, index: usize, sizes: (usize, usize), out: &mut Vec<u8>) {
        if self.current_db == Some(index) {
            return;
        }
        self.current_db = Some(index);
        if self.format == Format::Commands {
            crate::aof::base::write_select(out, index);
        } else if self.resized.contains(&index) {
            out.push(opcodes::SELECTDB);
            super::write::length(out, index as u64);
        } else {
            self.resized.push(index);
            save::write_db_start(out, index, sizes.0, sizes.1);
        }
    }

    /// Ends a snapshot early: detaches every database's state (the hooks stop).
    pub fn abort(dbs: &mut [Db]) {
        for db in dbs {
            db.snapshot_detach();
        }
    }

    /// Serializes the rest of the snapshot at once (the databases are about to be
    /// replaced, or the caller cannot wait): returns the remaining bytes, trailer
    /// included.
    pub fn finish_now(&mut self, dbs: &mut [Db]) -> Result<Vec<u8>, LostState> {
        self.slice(dbs, Budget::UNLIMITED)
    }
}

/// A database's snapshot state disappeared before its part was written (the
/// databases were replaced under a running snapshot).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LostState;

impl std::fmt::Display for LostState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the databases were replaced during the save")
    }
}

/// A whole RDB file of `dbs` at once (SAVE-like needs that need no slicing: DEBUG
/// RELOAD). `dbs` must have no snapshot attached.
pub fn save_all(dbs: &mut [Db], opts: &SnapshotOptions) -> Vec<u8> {
    let (mut snapshot, mut out) = Snapshot::start(dbs, opts);
    // Nothing runs between the start and the end: no state can be lost.
    if let Ok(rest) = snapshot.finish_now(dbs) {
        out.extend_from_slice(&rest);
    }
    out
}

pub mod pace;

#[cfg(test)]
pub(crate) mod tests;
