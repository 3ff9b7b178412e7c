//! Stream values in RDB files, both directions.
//!
//! Read: `STREAM_LISTPACKS` (type 15, Redis 5.0 to 6.2), `STREAM_LISTPACKS_2` (19,
//! 7.0) and `STREAM_LISTPACKS_3` (21, 7.2 and later). Written: type 19, byte for byte
//! as Redis 7.0 lays it out (LZF aside, whose output is not unique).
//!
//! A stream value is:
//! - the radix tree's nodes: a count, then for each node its key (the 16-byte
//!   big-endian master id, as an RDB string) and its listpack (an RDB string);
//! - the length (live entries), the last id (ms, seq); from type 19 on, the first id,
//!   the largest deleted id and the number of entries ever added (all RDB lengths);
//! - the consumer groups: a count, then for each its name, last delivered id, from
//!   type 19 on its read counter (`entries_read`, -1 written as 2^64-1), the global
//!   PEL (count, then 16-byte big-endian id, delivery time as 8 little-endian bytes,
//!   delivery count), and the consumers (count, then name, seen time as 8 bytes, from
//!   type 21 on the active time as 8 bytes, and the ids of the PEL entries it owns).
//!
//! A node's listpack starts with its master entry, `count deleted nfields field... 0`
//! (live and deleted entries, the field names of the node's first entry, a zero
//! terminator), then every entry, deleted ones included:
//! `flags ms-delta seq-delta [nfields (field value)... | value...] lp-count`. The
//! deltas are taken from the master id (modular arithmetic); with the `SAMEFIELDS`
//! flag the entry has the master fields and stores only values; `lp-count` is the
//! number of elements of the entry before it (3 + values, plus fields and 1 when the
//! fields are stored), so the listpack can be walked backwards.
//!
//! Loading keeps each file node as one of our nodes (`types::stream::node`), with its
//! master fields and deleted entries, so trimming by whole nodes and XINFO's
//! `radix-tree-keys` behave after a load as in Redis. Redis trusts the recorded length
//! and first id (XINFO shows them as recorded, also when an old bug left them off);
//! for type 15 the missing fields are derived as Redis does: no deleted id, entries
//! added = length, first id = first live entry (`ffff...-ffff...` for an empty
//! stream), and each group's read counter estimated from its last delivered id.
//! A type 21 consumer's active time is read and dropped: Redis 7.0 has none.
//!
//! Every count is bounded by the bytes actually present (each counted item consumes
//! input, nothing is reserved from a claimed count), and every listpack is validated
//! whole before use.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::RdbError;
use super::listpack::{Builder, Entry, Listpack};
use super::read::Reader;
use super::types;
use super::write::{self, Encoder};
use crate::types::stream::{
    Consumer, ConsumerGroup, ENTRIES_READ_UNKNOWN, Nack, Node, StreamId, StreamValue,
};

/// The entry was deleted.
const FLAG_DELETED: i64 = 1;
/// The entry has the master entry's fields and stores only values.
const FLAG_SAMEFIELDS: i64 = 2;

/// Reads a stream value of RDB type `type_byte` (15, 19 or 21) at `r`'s position
/// (after the type byte and the key).
pub fn read_stream(type_byte: u8, r: &mut Reader<'_>) -> Result<StreamValue, RdbError> {
    let v2 = match type_byte {
        types::STREAM_LISTPACKS => false,
        types::STREAM_LISTPACKS_2 | types::STREAM_LISTPACKS_3 => true,
        t => return Err(RdbError::UnknownType(t)),
    };
    let v3 = type_byte == types::STREAM_LISTPACKS_3;
    let mut value = StreamValue::new();
    let s = &mut *value;

    // The nodes.
    let nodes = r.length()?;
    let mut prev: Option<StreamId> = None;
    let mut scratch = Scratch::default();
    let mut spare = Vec::new();
    for _ in 0..nodes {
        let key = r.string()?;
        let master = id_from_raw(&key)
            .ok_or_else(|| corrupt("Stream node key entry is not the size of a stream ID"))?;
        let lp = r.string()?;
        let node = read_node(master, &lp, &mut prev, &mut scratch, &mut spare)?;
        s.entries.push_node(master, node);
    }
    let live = s.entries.len();

    // The metadata.
    let length = r.length()?;
    let last_id = read_id(r)?;
    s.entries.last_id = last_id;
    if length != 0 && nodes == 0 {
        return Err(corrupt("Stream length inconsistent with rax entries"));
    }
    // Redis keeps a larger recorded length (an old trimming bug wrote such files); a
    // smaller one would make the counters underflow.
    if length < live {
        return Err(corrupt("Stream length inconsistent with rax entries"));
    }
    // New ids must exceed every stored one (deleted ones included).
    if prev.is_some_and(|p| last_id < p) {
        return Err(corrupt("Stream last id smaller than its entries"));
    }
    if v2 {
        let first_id = read_id(r)?;
        s.entries.max_deleted_id = read_id(r)?;
        s.entries.entries_added = r.length()?;
        s.entries.set_recorded(length, first_id);
    } else {
        // As Redis migrates an old stream: the first live entry, or the largest id
        // when there is none (`streamGetEdgeID`).
        let first_id = s
            .entries
            .range(StreamId::MIN, StreamId::MAX)
            .next()
            .map_or(StreamId::MAX, |e| e.id);
        s.entries.max_deleted_id = StreamId::MIN;
        s.entries.entries_added = length;
        s.entries.set_recorded(length, first_id);
    }

    // The consumer groups.
    let groups = r.length()?;
    for _ in 0..groups {
        let name = r.string()?.into_owned();
        let last_delivered = read_id(r)?;
        let entries_read = if v2 {
            r.length()? as i64
        } else {
            s.entries
                .estimate_distance(last_delivered)
                .map_or(ENTRIES_READ_UNKNOWN, |n| n as i64)
        };
        if s.groups.contains_key(&name) {
            return Err(corrupt(format!(
                "Duplicated consumer group name {}",
                String::from_utf8_lossy(&name)
            )));
        }
        let group = read_group(r, v3, last_delivered, entries_read)?;
        s.groups.insert(name, group);
    }
    Ok(value)
}

/// A global PEL entry as read: delivery time, delivery count, and the owner once a
/// consumer's PEL names it.
type PendingNack = (i64, u64, Option<Arc<[u8]>>);

/// Reads one group's PEL and consumers.
fn read_group(
    r: &mut Reader<'_>,
    v3: bool,
    last_id: StreamId,
    entries_read: i64,
) -> Result<ConsumerGroup, RdbError> {
    let mut group = ConsumerGroup::new(last_id, entries_read);
    // The global PEL, whose owners are only known once the consumers are read.
    let mut pel: BTreeMap<StreamId, PendingNack> = BTreeMap::new();
    let n = r.length()?;
    for _ in 0..n {
        let id = read_raw_id(r)?;
        let delivery_time = r.i64_le()?;
        let delivery_count = r.length()?;
        if pel
            .insert(id, (delivery_time, delivery_count, None))
            .is_some()
        {
            return Err(corrupt("Duplicated global PEL entry loaded"));
        }
    }
    let consumers = r.length()?;
    for _ in 0..consumers {
        let name: Arc<[u8]> = Arc::from(&*r.string()?);
        if group.consumers.contains_key(&name) {
            return Err(corrupt("Duplicate stream consumer detected."));
        }
        let seen_time = r.i64_le()?;
        if v3 {
            // The active time (7.2): Redis 7.0 keeps no such thing.
            r.i64_le()?;
        }
        let mut owned = BTreeSet::new();
        let n = r.length()?;
        for _ in 0..n {
            let id = read_raw_id(r)?;
            let Some(nack) = pel.get_mut(&id) else {
                return Err(corrupt("Consumer entry not found in group global PEL"));
            };
            // Redis would let a second consumer take the entry and leave it in the
            // first one's PEL too: an inconsistency we refuse.
            if nack.2.is_some() {
                return Err(corrupt("Duplicated consumer PEL entry  loaded"));
            }
            nack.2 = Some(name.clone());
            owned.insert(id);
        }
        group.consumers.insert(
            name,
            Consumer {
                seen_time,
                pel: owned,
            },
        );
    }
    for (id, (delivery_time, delivery_count, consumer)) in pel {
        let Some(consumer) = consumer else {
            return Err(corrupt("Stream CG PEL entry without consumer"));
        };
        group.pel.insert(
            id,
            Nack {
                delivery_time,
                delivery_count,
                consumer,
            },
        );
    }
    Ok(group)
}

/// Decodes one node's listpack. `prev` is the last entry id seen so far in the stream:
/// ids must grow strictly, within and across nodes, and a node's master id may not
/// exceed its first entry's.
fn read_node(
    master: StreamId,
    lp: &[u8],
    prev: &mut Option<StreamId>,
    scratch: &mut Scratch,
    spare: &mut Vec<&'static [u8]>,
) -> Result<Node, RdbError> {
    let bad = || corrupt("Stream listpack integrity check failed.");
    let lp = Listpack::parse(lp).map_err(|_| bad())?;
    if lp.is_empty() {
        return Err(corrupt("Empty listpack inside stream"));
    }
    if prev.is_some_and(|p| master <= p) {
        return Err(bad());
    }
    let mut it = lp.iter();
    let int = |it: &mut super::listpack::Iter<'_>| -> Result<i64, RdbError> {
        it.next().and_then(Entry::as_i64).ok_or_else(bad)
    };
    // Master entry: count, deleted, fields, terminator. The counts are recomputed
    // from the entries' flags.
    let _count = int(&mut it)?;
    let _deleted = int(&mut it)?;
    let nfields = int(&mut it)?;
    let nfields = usize::try_from(nfields).map_err(|_| bad())?;
    if nfields > it.len() {
        return Err(bad());
    }
    let mut master_fields = Vec::with_capacity(nfields);
    for _ in 0..nfields {
        master_fields.push(it.next().ok_or_else(bad)?.to_vec());
    }
    if int(&mut it)? != 0 {
        return Err(bad());
    }
    let refs: Vec<&[u8]> = master_fields.iter().map(Vec::as_slice).collect();
    let mut node = Node::with_master_fields(master, &refs);
    let mut first = true;
    while it.len() > 0 {
        let flags = int(&mut it)?;
        if !(0..=3).contains(&flags) {
            return Err(bad());
        }
        let ms_delta = int(&mut it)?;
        let seq_delta = int(&mut it)?;
        let id = StreamId::new(
            master.ms.wrapping_add(ms_delta as u64),
            master.seq.wrapping_add(seq_delta as u64),
        );
        if (first && id < master) || prev.is_some_and(|p| id <= p) {
            return Err(bad());
        }
        first = false;
        *prev = Some(id);
        let same = flags & FLAG_SAMEFIELDS != 0;
        scratch.clear();
        let fields = if same {
            nfields
        } else {
            let n = int(&mut it)?;
            usize::try_from(n).map_err(|_| bad())?
        };
        if fields.saturating_mul(if same { 1 } else { 2 }) > it.len() {
            return Err(bad());
        }
        for i in 0..fields {
            if same {
                scratch.push(Entry::Str(master_fields.get(i).ok_or_else(bad)?));
            } else {
                scratch.push(it.next().ok_or_else(bad)?);
            }
            scratch.push(it.next().ok_or_else(bad)?);
        }
        let want = if same { 3 + fields } else { 4 + 2 * fields };
        if int(&mut it)? != want as i64 {
            return Err(bad());
        }
        let mut fv = recycle(std::mem::take(spare));
        fv.extend(scratch.iter());
        node.push_loaded(master, id, &fv, same, flags & FLAG_DELETED != 0);
        *spare = recycle(fv);
    }
    if first {
        // A master entry without entries: Redis never leaves such a node.
        return Err(bad());
    }
    Ok(node)
}

/// Writes `s` as the body of a `STREAM_LISTPACKS_2` value (what follows the type byte
/// and the key), exactly as Redis 7.0 does.
pub fn write_stream(out: &mut Vec<u8>, s: &StreamValue, enc: &mut Encoder) {
    let e = &s.entries;
    write::length(out, e.node_count() as u64);
    for (master, node) in e.nodes() {
        enc.string(out, &raw_id(master));
        enc.string(out, &node_listpack(master, node));
    }
    write::length(out, e.len());
    write_id(out, e.last_id);
    write_id(out, e.first_id());
    write_id(out, e.max_deleted_id);
    write::length(out, e.entries_added);
    write::length(out, s.groups.len() as u64);
    for (name, g) in &s.groups {
        enc.string(out, name);
        write_id(out, g.last_id);
        write::length(out, g.entries_read as u64);
        write::length(out, g.pel.len() as u64);
        for (id, nack) in &g.pel {
            out.extend_from_slice(&raw_id(*id));
            out.extend_from_slice(&nack.delivery_time.to_le_bytes());
            write::length(out, nack.delivery_count);
        }
        write::length(out, g.consumers.len() as u64);
        for (cname, c) in &g.consumers {
            enc.string(out, cname);
            out.extend_from_slice(&c.seen_time.to_le_bytes());
            write::length(out, c.pel.len() as u64);
            for id in &c.pel {
                out.extend_from_slice(&raw_id(*id));
            }
        }
    }
}

/// The listpack Redis keeps for `node` (filed under `master`).
fn node_listpack(master: StreamId, node: &Node) -> Vec<u8> {
    let mut lp = Builder::new();
    lp.push_int(node.live() as i64);
    lp.push_int(node.deleted() as i64);
    let nfields = node.master_fields().count();
    lp.push_int(nfields as i64);
    for f in node.master_fields() {
        lp.push(f);
    }
    lp.push_int(0);
    let mut off = node.start();
    while off < node.end() {
        let (entry, next) = node.entry_at(master, off);
        off = next;
        let same = entry.same_fields();
        let mut flags = 0;
        if entry.is_deleted() {
            flags |= FLAG_DELETED;
        }
        if same {
            flags |= FLAG_SAMEFIELDS;
        }
        lp.push_int(flags);
        lp.push_int(entry.id.ms.wrapping_sub(master.ms) as i64);
        lp.push_int(entry.id.seq.wrapping_sub(master.seq) as i64);
        let n = entry.num_fields();
        if same {
            for (_, v) in entry.pairs() {
                lp.push(v);
            }
            lp.push_int(3 + n as i64);
        } else {
            lp.push_int(n as i64);
            for (f, v) in entry.pairs() {
                lp.push(f);
                lp.push(v);
            }
            lp.push_int(4 + 2 * n as i64);
        }
    }
    lp.finish()
}

/// An entry's field-value strings, gathered in one reused buffer.
#[derive(Default)]
struct Scratch {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Scratch {
    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
    }

    fn push(&mut self, e: Entry<'_>) {
        match e {
            Entry::Str(s) => self.bytes.extend_from_slice(s),
            Entry::Int(v) => self
                .bytes
                .extend_from_slice(itoa::Buffer::new().format(v).as_bytes()),
        }
        self.ends.push(self.bytes.len());
    }

    fn iter(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let s = self.bytes.get(start..end).unwrap_or(&[]);
            start = end;
            s
        })
    }
}

/// An empty vector of slices of any lifetime, reusing `v`'s allocation (collecting
/// from an empty `into_iter` of the same layout keeps the buffer).
fn recycle<'b>(mut v: Vec<&[u8]>) -> Vec<&'b [u8]> {
    v.clear();
    v.into_iter().map(|_| -> &'b [u8] { &[] }).collect()
}

// ---------------------------------------------------------------------------------
// Primitives.

fn corrupt(msg: impl Into<String>) -> RdbError {
    RdbError::Corrupt(msg.into())
}

/// An id as two RDB lengths (ms, seq).
fn read_id(r: &mut Reader<'_>) -> Result<StreamId, RdbError> {
    let ms = r.length()?;
    let seq = r.length()?;
    Ok(StreamId::new(ms, seq))
}

/// An id as 16 raw big-endian bytes.
fn read_raw_id(r: &mut Reader<'_>) -> Result<StreamId, RdbError> {
    let b = r.bytes(16)?;
    id_from_raw(b).ok_or(RdbError::Truncated)
}

fn id_from_raw(b: &[u8]) -> Option<StreamId> {
    let b: &[u8; 16] = b.try_into().ok()?;
    let (ms, seq) = b.split_at(8);
    Some(StreamId::new(
        u64::from_be_bytes(ms.try_into().ok()?),
        u64::from_be_bytes(seq.try_into().ok()?),
    ))
}

fn raw_id(id: StreamId) -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..8].copy_from_slice(&id.ms.to_be_bytes());
    k[8..].copy_from_slice(&id.seq.to_be_bytes());
    k
}

fn write_id(out: &mut Vec<u8>, id: StreamId) {
    write::length(out, id.ms);
    write::length(out, id.seq);
}
