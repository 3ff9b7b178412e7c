//! One stream node: a run of consecutive entries packed in a single buffer, the way
//! Redis keeps one listpack per radix-tree node.
//!
//! Redis's node boundaries are visible to clients: `MAXLEN ~` and `MINID ~` only drop
//! whole nodes, and XINFO STREAM counts them. So a node here opens and closes exactly
//! where Redis's would: it tracks the byte size the equivalent listpack would have
//! (`stream-node-max-bytes`) and its live and deleted entry counts
//! (`stream-node-max-entries`). The bytes themselves use a leaner encoding of our own.
//!
//! Buffer layout: the master fields (the first entry's field names), then the entries.
//! ```text
//! master:  nfields  (len name)*
//! entry:   flags  ms-delta  seq  [nfields (len field len value)* | (len value)*]  trailer
//! ```
//! Integers are LEB128 varints. `ms-delta` is the entry's ms minus the node's first id's;
//! `seq` is relative to the first id's sequence when the ms are equal, absolute
//! otherwise. Entries whose field names equal the master fields (flag `SAMEFIELDS`)
//! store only their values. The trailer is the entry's length as a varint written
//! backwards, so entries can be walked from the end (XREVRANGE). Deleting an entry
//! only sets its `DELETED` flag, as Redis does.

use super::StreamId;

/// The entry was deleted (XDEL, exact trimming); it stays in the buffer.
const FLAG_DELETED: u8 = 1;
/// The entry has the master entry's field names and stores only values.
const FLAG_SAMEFIELDS: u8 = 2;

/// Listpack header (total bytes, element count) plus its end marker.
const LP_EMPTY: u64 = 7;
/// Redis's cap on a stream listpack (`STREAM_LISTPACK_MAX_SIZE`).
const STREAM_LISTPACK_MAX_SIZE: u64 = 1 << 30;

/// A node: entries sharing one buffer, with Redis's listpack bookkeeping.
#[derive(Clone, Debug)]
pub struct Node {
    buf: Vec<u8>,
    /// Offset of the first entry (after the master fields).
    entries_start: u32,
    /// Entries not deleted.
    live: u32,
    /// Entries flagged deleted.
    deleted: u32,
    /// Bytes of the equivalent listpack, except its live/deleted counters.
    lp_fixed: u64,
    /// Id of the last entry stored (deleted or not).
    last: StreamId,
}

/// A decoded entry, borrowing the node's buffer.
#[derive(Clone, Copy, Debug)]
pub struct EntryRef<'a> {
    /// The entry's id.
    pub id: StreamId,
    deleted: bool,
    nfields: usize,
    /// Master field names (cursor at the first name) when the entry has the same fields.
    master: Option<&'a [u8]>,
    /// The entry's data: `(field value)*` pairs, or values only with `master`.
    data: &'a [u8],
}

impl<'a> EntryRef<'a> {
    /// Number of field-value pairs.
    pub fn num_fields(&self) -> usize {
        self.nfields
    }

    /// The field-value pairs, in the order they were added.
    pub fn pairs(&self) -> Pairs<'a> {
        Pairs {
            master: self.master,
            data: self.data,
            left: self.nfields,
        }
    }
}

/// Iterator over an entry's field-value pairs.
#[derive(Clone, Debug)]
pub struct Pairs<'a> {
    master: Option<&'a [u8]>,
    data: &'a [u8],
    left: usize,
}

impl<'a> Iterator for Pairs<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let field = match &mut self.master {
            Some(m) => take_bytes(m),
            None => take_bytes(&mut self.data),
        };
        let value = take_bytes(&mut self.data);
        Some((field, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Pairs<'_> {}

impl Node {
    /// A node whose first entry is `id` with `fv` (field, value, field, value, ...).
    pub fn new(id: StreamId, fv: &[&[u8]]) -> Node {
        let nfields = fv.len() / 2;
        let data_len: usize = fv.iter().map(|a| a.len() + 2).sum();
        let mut buf = Vec::with_capacity(16 + data_len + data_len / 2);
        put_varint(&mut buf, nfields as u64);
        let mut lp_fixed = LP_EMPTY + lp_int_el(nfields as i64) + lp_int_el(0);
        for field in fv.iter().step_by(2) {
            put_bytes(&mut buf, field);
            lp_fixed += lp_str_el(field);
        }
        let mut node = Node {
            entries_start: buf.len() as u32,
            buf,
            live: 0,
            deleted: 0,
            lp_fixed,
            last: id,
        };
        node.push_entry(id, id, fv, true);
        node
    }

    /// A node without entries whose master entry lists `fields`: a node read from an
    /// RDB file, whose master fields are those of the first entry it ever held (maybe
    /// deleted since). Entries follow with [`push_loaded`](Self::push_loaded).
    pub fn with_master_fields(master: StreamId, fields: &[&[u8]]) -> Node {
        let mut buf = Vec::with_capacity(16);
        put_varint(&mut buf, fields.len() as u64);
        let mut lp_fixed = LP_EMPTY + lp_int_el(fields.len() as i64) + lp_int_el(0);
        for field in fields {
            put_bytes(&mut buf, field);
            lp_fixed += lp_str_el(field);
        }
        Node {
            entries_start: buf.len() as u32,
            buf,
            live: 0,
            deleted: 0,
            lp_fixed,
            last: master,
        }
    }

    /// Appends entry `id` as a file stores it: with `same`, `fv`'s field names are the
    /// master fields and only the values are kept; `deleted` flags it deleted. `id`
    /// must exceed every id stored here.
    pub fn push_loaded(
        &mut self,
        master: StreamId,
        id: StreamId,
        fv: &[&[u8]],
        same: bool,
        deleted: bool,
    ) {
        let off = self.buf.len();
        self.push_entry(master, id, fv, same);
        if deleted {
            self.mark_deleted(off);
        }
    }

    /// The master entry's field names.
    pub fn master_fields(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let mut master = self.buf.get(..self.entries_start as usize).unwrap_or(&[]);
        let n = take_varint(&mut master);
        (0..n).map(move |_| take_bytes(&mut master))
    }

    /// Entries flagged deleted.
    pub fn deleted(&self) -> u64 {
        u64::from(self.deleted)
    }

    /// Whether Redis would append an entry of `fv` to this node rather than start a new
    /// one (the checks of `streamAppendItem`).
    pub fn accepts(&self, fv: &[&[u8]], max_bytes: usize, max_entries: usize) -> bool {
        let mut max_bytes = max_bytes as u64;
        if max_bytes == 0 || max_bytes > STREAM_LISTPACK_MAX_SIZE {
            max_bytes = STREAM_LISTPACK_MAX_SIZE;
        }
        let total: u64 = fv.iter().map(|a| a.len() as u64).sum();
        if self.lp_bytes() + total >= max_bytes {
            return false;
        }
        max_entries == 0 || u64::from(self.live) + u64::from(self.deleted) < max_entries as u64
    }

    /// Appends entry `id` (greater than every id here) to this node, whose first id is
    /// `master`.
    pub fn push(&mut self, master: StreamId, id: StreamId, fv: &[&[u8]]) {
        let same = self.same_fields(fv);
        self.push_entry(master, id, fv, same);
    }

    fn push_entry(&mut self, master: StreamId, id: StreamId, fv: &[&[u8]], same: bool) {
        let nfields = fv.len() / 2;
        let start = self.buf.len();
        let flags = if same { FLAG_SAMEFIELDS } else { 0 };
        self.buf.push(flags);
        let ms_delta = id.ms.wrapping_sub(master.ms);
        put_varint(&mut self.buf, ms_delta);
        let seq = if ms_delta == 0 {
            id.seq.wrapping_sub(master.seq)
        } else {
            id.seq
        };
        put_varint(&mut self.buf, seq);
        // The listpack entry: flags, ms and seq deltas, [nfields, fields], values, count.
        let mut lp = lp_int_el(i64::from(flags))
            + lp_int_el(ms_delta as i64)
            + lp_int_el(id.seq.wrapping_sub(master.seq) as i64);
        let mut lp_count = nfields as i64 + 3;
        if same {
            for value in fv.iter().skip(1).step_by(2) {
                put_bytes(&mut self.buf, value);
                lp += lp_str_el(value);
            }
        } else {
            put_varint(&mut self.buf, nfields as u64);
            lp += lp_int_el(nfields as i64);
            for pair in fv.chunks_exact(2) {
                put_bytes(&mut self.buf, pair[0]);
                put_bytes(&mut self.buf, pair[1]);
                lp += lp_str_el(pair[0]) + lp_str_el(pair[1]);
            }
            lp_count += nfields as i64 + 1;
        }
        lp += lp_int_el(lp_count);
        let len = (self.buf.len() - start) as u64;
        put_varint_rev(&mut self.buf, len);
        self.lp_fixed += lp;
        self.live += 1;
        self.last = id;
    }

    /// Whether `fv`'s field names are exactly the master fields.
    fn same_fields(&self, fv: &[&[u8]]) -> bool {
        let mut master = &self.buf[..self.entries_start as usize];
        let n = take_varint(&mut master);
        if n != (fv.len() / 2) as u64 {
            return false;
        }
        fv.iter().step_by(2).all(|f| take_bytes(&mut master) == *f)
    }

    /// Bytes of the equivalent Redis listpack.
    pub fn lp_bytes(&self) -> u64 {
        self.lp_fixed + lp_int_el(i64::from(self.live)) + lp_int_el(i64::from(self.deleted))
    }

    /// Entries not deleted.
    pub fn live(&self) -> u64 {
        u64::from(self.live)
    }

    /// Id of the last entry stored here, deleted or not.
    pub fn last_id(&self) -> StreamId {
        self.last
    }

    /// Offset of the first entry.
    pub fn start(&self) -> usize {
        self.entries_start as usize
    }

    /// Offset just past the last entry.
    pub fn end(&self) -> usize {
        self.buf.len()
    }

    /// Drops spare capacity (the node will not grow any more).
    pub fn shrink(&mut self) {
        self.buf.shrink_to_fit();
    }

    /// Decodes the entry at `off` (from [`start`](Self::start) or a previous call);
    /// returns it, whether it is deleted, and the offset of the next entry.
    pub fn entry_at(&self, master: StreamId, off: usize) -> (EntryRef<'_>, usize) {
        let mut rest = self.buf.get(off..).unwrap_or(&[]);
        let total = rest.len();
        let flags = take_u8(&mut rest);
        let ms_delta = take_varint(&mut rest);
        let seq = take_varint(&mut rest);
        let id = if ms_delta == 0 {
            StreamId::new(master.ms, master.seq.wrapping_add(seq))
        } else {
            StreamId::new(master.ms.wrapping_add(ms_delta), seq)
        };
        let (nfields, master_fields) = if flags & FLAG_SAMEFIELDS != 0 {
            let mut m = self.buf.get(..self.entries_start as usize).unwrap_or(&[]);
            let n = take_varint(&mut m) as usize;
            (n, Some(m))
        } else {
            (take_varint(&mut rest) as usize, None)
        };
        let data = rest;
        // Skip the data to find the trailer.
        let mut skip = rest;
        let per_field = if master_fields.is_some() { 1 } else { 2 };
        for _ in 0..nfields * per_field {
            take_bytes(&mut skip);
        }
        take_varint_rev_forward(&mut skip);
        let next = off + (total - skip.len());
        let entry = EntryRef {
            id,
            deleted: flags & FLAG_DELETED != 0,
            nfields,
            master: master_fields,
            data,
        };
        (entry, next)
    }

    /// The offset of the entry that ends at `end` (walking backwards).
    pub fn entry_before(&self, end: usize) -> usize {
        let head = self.buf.get(..end).unwrap_or(&[]);
        let mut pos = head.len();
        let mut len: u64 = 0;
        let mut shift = 0;
        while pos > 0 {
            pos -= 1;
            let b = head[pos];
            len |= u64::from(b & 0x7f) << shift.min(63);
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        pos.saturating_sub(len as usize)
    }

    /// Whether the entry at `off` is deleted.
    pub fn is_deleted(&self, off: usize) -> bool {
        self.buf.get(off).is_some_and(|f| f & FLAG_DELETED != 0)
    }

    /// Flags the live entry at `off` deleted.
    pub fn mark_deleted(&mut self, off: usize) {
        if let Some(flags) = self.buf.get_mut(off)
            && *flags & FLAG_DELETED == 0
        {
            *flags |= FLAG_DELETED;
            self.live -= 1;
            self.deleted += 1;
        }
    }
}

impl EntryRef<'_> {
    /// Whether the entry is flagged deleted.
    pub fn is_deleted(&self) -> bool {
        self.deleted
    }

    /// Whether the entry has the master entry's field names (and stores only values).
    pub fn same_fields(&self) -> bool {
        self.master.is_some()
    }
}

// ---------------------------------------------------------------------------------
// Listpack sizes (Redis 7.0's `lpEncodeGetType` and `lpEncodeBacklen`).

/// Bytes of a listpack element holding the integer `v`, back-length included.
pub(super) fn lp_int_el(v: i64) -> u64 {
    let enc: u64 = if (0..=127).contains(&v) {
        1
    } else if (-4096..=4095).contains(&v) {
        2
    } else if (-32768..=32767).contains(&v) {
        3
    } else if (-8_388_608..=8_388_607).contains(&v) {
        4
    } else if (i64::from(i32::MIN)..=i64::from(i32::MAX)).contains(&v) {
        5
    } else {
        9
    };
    enc + lp_backlen(enc)
}

/// Bytes of a listpack element holding `s` (stored as an integer when it is one).
pub(super) fn lp_str_el(s: &[u8]) -> u64 {
    if let Some(v) = crate::util::number::parse_i64(s) {
        return lp_int_el(v);
    }
    let len = s.len() as u64;
    let enc = if len < 64 {
        1 + len
    } else if len < 4096 {
        2 + len
    } else {
        5 + len
    };
    enc + lp_backlen(enc)
}

fn lp_backlen(l: u64) -> u64 {
    if l <= 127 {
        1
    } else if l < 16383 {
        2
    } else if l < 2_097_151 {
        3
    } else if l < 268_435_455 {
        4
    } else {
        5
    }
}

// ---------------------------------------------------------------------------------
// Varints. The buffer is only ever written by this module, so decoding trusts it; it
// still never indexes out of bounds.

fn put_varint(buf: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        buf.push((v as u8) | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

/// A varint whose bytes are stored in reverse order (readable from the end).
fn put_varint_rev(buf: &mut Vec<u8>, v: u64) {
    let start = buf.len();
    put_varint(buf, v);
    buf[start..].reverse();
}

fn put_bytes(buf: &mut Vec<u8>, b: &[u8]) {
    put_varint(buf, b.len() as u64);
    buf.extend_from_slice(b);
}

fn take_u8(rest: &mut &[u8]) -> u8 {
    match rest.split_first() {
        Some((&b, tail)) => {
            *rest = tail;
            b
        }
        None => 0,
    }
}

fn take_varint(rest: &mut &[u8]) -> u64 {
    let mut v: u64 = 0;
    let mut shift = 0u32;
    loop {
        let Some((&b, tail)) = rest.split_first() else {
            return v;
        };
        *rest = tail;
        if shift < 64 {
            v |= u64::from(b & 0x7f) << shift;
        }
        shift += 7;
        if b & 0x80 == 0 {
            return v;
        }
    }
}

/// Skips a reversed varint when reading forwards: reversed, the byte without the
/// continuation bit comes first and the following ones all have it (an entry's first
/// byte, its flags, never does).
fn take_varint_rev_forward(rest: &mut &[u8]) {
    take_u8(rest);
    while rest.first().is_some_and(|b| b & 0x80 != 0) {
        take_u8(rest);
    }
}

fn take_bytes<'a>(rest: &mut &'a [u8]) -> &'a [u8] {
    let n = take_varint(rest) as usize;
    let n = n.min(rest.len());
    let (head, tail) = rest.split_at(n);
    *rest = tail;
    head
}
