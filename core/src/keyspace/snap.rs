//! The database's side of the background snapshot ([`crate::rdb::snapshot`], whose
//! module doc describes the scheme): the write hooks and the scan steps, which need
//! the table's entries.

use super::entry::Entry;
use super::segtable::{SegTable, cursor_position, scan_position};
use super::{Db, KeyHasher};
use crate::evict::AccessClock;
use crate::rdb::snapshot::{DbSnapshot, write_record};

/// A table a `clear` took away from a database while its snapshot ran: the snapshot
/// goes on walking it.
pub struct Frozen(SegTable<Entry>);

/// A database's snapshot state, if one runs. A copy of a database (`Db::clone`) is not
/// part of any snapshot.
#[derive(Default)]
pub(crate) struct SnapSlot(pub(crate) Option<Box<DbSnapshot>>);

impl Clone for SnapSlot {
    fn clone(&self) -> Self {
        SnapSlot(None)
    }
}

impl std::fmt::Debug for SnapSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Writes `e`'s record into `out`.
fn write_entry(out: &mut Vec<u8>, state: &mut DbSnapshot, e: &Entry, clock: &AccessClock) {
    let access = state.access.key_access(clock, e.access());
    write_record(
        state.format,
        out,
        e.key(),
        e.value(),
        e.expire(),
        access,
        &mut state.enc,
    );
    state.keys_written += 1;
}

impl Db {
    /// The snapshot hook before `key` (hash `hash`) changes in any way: called by every
    /// mutation while a snapshot runs (one predictable branch otherwise).
    #[inline(always)]
    pub(super) fn snapshot_touch(&mut self, hash: u64, key: &[u8]) {
        if self.snapshot.0.is_some() {
            self.snapshot_touch_slow(hash, key);
        }
    }

    /// [`snapshot_touch`](Self::snapshot_touch) with a snapshot running: writes the
    /// key's record first if the scan has not reached it and no hook wrote it yet.
    #[cold]
    #[inline(never)]
    fn snapshot_touch_slow(&mut self, hash: u64, key: &[u8]) {
        let Db {
            entries,
            snapshot,
            clock,
            ..
        } = self;
        let Some(state) = snapshot.0.as_deref_mut() else {
            return;
        };
        if !state.wants(hash, key) {
            return;
        }
        if let Some(e) = entries.find(hash, |e| e.key_is(key)) {
            let access = state.access.key_access(clock, e.access());
            state.record_pending(e.key(), e.value(), e.expire(), access);
        }
        state.mark_handled(hash, key);
    }

    /// The snapshot hook after entry `e` (hash `hash`) was taken out of the table
    /// (deletes, expiry, eviction): the same as [`snapshot_touch`](Self::snapshot_touch)
    /// before it, with the entry in hand.
    #[inline(always)]
    pub(super) fn snapshot_removed(&mut self, hash: u64, e: &Entry) {
        if self.snapshot.0.is_some() {
            self.snapshot_removed_slow(hash, e);
        }
    }

    #[cold]
    #[inline(never)]
    fn snapshot_removed_slow(&mut self, hash: u64, e: &Entry) {
        let Db {
            snapshot, clock, ..
        } = self;
        let Some(state) = snapshot.0.as_deref_mut() else {
            return;
        };
        if !state.wants(hash, e.key()) {
            return;
        }
        let access = state.access.key_access(clock, e.access());
        state.record_pending(e.key(), e.value(), e.expire(), access);
        state.mark_handled(hash, e.key());
    }

    /// `clear` while a snapshot runs: the snapshot keeps the old table if its scan is
    /// not over. Returns the table to drop otherwise.
    #[cold]
    #[inline(never)]
    pub(super) fn snapshot_freeze(&mut self) -> bool {
        let Some(state) = self.snapshot.0.as_deref_mut() else {
            return false;
        };
        if state.scan_done || state.frozen.is_some() {
            return false;
        }
        state.frozen = Some(Frozen(std::mem::take(&mut self.entries)));
        true
    }

    /// Attaches a snapshot's state (see [`crate::rdb::snapshot::Snapshot::start`]).
    pub fn snapshot_attach(&mut self, state: Box<DbSnapshot>) {
        debug_assert!(self.snapshot.0.is_none());
        self.snapshot.0 = Some(state);
    }

    /// Detaches and returns this database's snapshot state, if any (done or aborted).
    pub fn snapshot_detach(&mut self) -> Option<Box<DbSnapshot>> {
        self.snapshot.0.take()
    }

    /// This database's snapshot state, if a snapshot runs.
    pub fn snapshot_state(&self) -> Option<&DbSnapshot> {
        self.snapshot.0.as_deref()
    }

    /// [`snapshot_state`](Self::snapshot_state), mutably.
    pub fn snapshot_state_mut(&mut self) -> Option<&mut DbSnapshot> {
        self.snapshot.0.as_deref_mut()
    }

    /// One step of the snapshot's scan: visits one segment of the table (or of the
    /// frozen one), writes into `out` the records of its entries at or past the mark
    /// that no hook handled, and moves the mark. Returns the entries visited, or
    /// `None` when the scan is over (or no snapshot runs).
    pub fn snapshot_scan_step(&mut self, out: &mut Vec<u8>) -> Option<usize> {
        let Db {
            entries,
            snapshot,
            hasher,
            clock,
            ..
        } = self;
        let state = snapshot.0.as_deref_mut()?;
        if state.scan_done {
            return None;
        }
        let frozen = state.frozen.take();
        let table = frozen.as_ref().map_or(&*entries, |f| &f.0);
        let visited = scan_into(table, *hasher, clock, state, out);
        state.frozen = frozen;
        if state.cursor == 0 {
            state.scan_done = true;
            state.frozen = None;
            state.clear_handled();
        }
        Some(visited)
    }
}

/// [`Db::snapshot_scan_step`] over `table`.
fn scan_into(
    table: &SegTable<Entry>,
    hasher: KeyHasher,
    clock: &AccessClock,
    state: &mut DbSnapshot,
    out: &mut Vec<u8>,
) -> usize {
    let mark = state.mark;
    let mut visited = 0;
    let mut due: smallvec::SmallVec<[&Entry; 32]> = smallvec::SmallVec::new();
    let cursor = table.scan_step(state.cursor, |e| {
        visited += 1;
        due.push(e);
    });
    for e in &due {
        e.prefetch();
    }
    for e in due {
        let h = hasher.hash(e.key());
        if scan_position(h) < mark || state.take_handled(h, e.key()) {
            continue;
        }
        write_entry(out, state, e, clock);
    }
    state.cursor = cursor;
    if cursor != 0 {
        state.mark = cursor_position(cursor);
    }
    visited
}
