//! The command-format AOF base (`aof-use-rdb-preamble no`): the dataset written as the
//! commands that rebuild it, byte for byte as Redis 7.0.15's `rewriteAppendOnlyFileRio`
//! writes them.
//!
//! Layout: a `#TS:` annotation when `aof-timestamp-enabled` (added by the caller), one
//! `FUNCTION LOAD <code>` per library, then per non-empty database `SELECT <n>` and,
//! per key, the commands below followed by `PEXPIREAT <key> <ms>` when the key has a
//! time to live (keys whose time passed but were not reclaimed yet included, as Redis
//! writes its dict). Collections go in commands of at most
//! [`ITEMS_PER_CMD`] items (members, or pairs):
//! - strings: `SET`; lists: `RPUSH` head to tail; sets: `SADD`; sorted sets: `ZADD`
//!   with scores as `%.17g`; hashes: `HMSET`;
//! - streams: `XADD key id field value...` per live entry (an empty stream:
//!   `XADD key MAXLEN 0 0-1 x y`), then `XSETID key last ENTRIESADDED n MAXDELETEDID
//!   id`, then per group `XGROUP CREATE key group last-id ENTRIESREAD n`, and per
//!   consumer one `XCLAIM key group consumer 0 id TIME ms RETRYCOUNT n JUSTID FORCE`
//!   per pending entry it owns, or `XGROUP CREATECONSUMER key group consumer` when it
//!   owns none.
//!
//! Members of hashtable-encoded collections come in our table's order where Redis's
//! come in its dict's: the same contents, not the same bytes.
//!
//! The background snapshot ([`crate::rdb::snapshot`]) calls [`write_key`] for each key
//! record and [`write_select`] for each database run when its format is
//! [`Format::Commands`](crate::rdb::snapshot::Format::Commands), so a rewrite without
//! preamble is as fork-less and point-in-time as one with it.

use crate::types::Value;
use crate::types::list::Elem as ListElem;
use crate::types::set::Elem as SetElem;
use crate::types::stream::{Stream, StreamId};

/// Items (members, or field-value / score-member pairs) per command
/// (`AOF_REWRITE_ITEMS_PER_CMD`).
pub const ITEMS_PER_CMD: usize = 64;

/// `*<n>\r\n`.
fn array(out: &mut Vec<u8>, n: usize) {
    out.push(b'*');
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    out.extend_from_slice(b"\r\n");
}

/// `$<len>\r\n<bytes>\r\n`.
fn bulk(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'$');
    out.extend_from_slice(itoa::Buffer::new().format(bytes.len()).as_bytes());
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\r\n");
}

/// An integer as a bulk string.
fn bulk_int(out: &mut Vec<u8>, v: impl itoa::Integer) {
    bulk(out, itoa::Buffer::new().format(v).as_bytes());
}

/// A score as a bulk string, `%.17g` (Redis 7.0's `rioWriteBulkDouble`).
fn bulk_double(out: &mut Vec<u8>, v: f64, scratch: &mut Vec<u8>) {
    scratch.clear();
    crate::util::number::write_f64_g17(scratch, v);
    bulk(out, scratch);
}

/// A stream id as a bulk string, `ms-seq`.
fn bulk_id(out: &mut Vec<u8>, id: StreamId, scratch: &mut Vec<u8>) {
    scratch.clear();
    id.write(scratch);
    bulk(out, scratch);
}

/// `SELECT <db>`.
pub fn write_select(out: &mut Vec<u8>, db: usize) {
    out.extend_from_slice(b"*2\r\n$6\r\nSELECT\r\n");
    bulk_int(out, db);
}

/// `FUNCTION LOAD <code>` for one library (Redis's `rewriteFunctions`).
pub fn write_function(out: &mut Vec<u8>, code: &[u8]) {
    out.extend_from_slice(b"*3\r\n$8\r\nFUNCTION\r\n$4\r\nLOAD\r\n");
    bulk(out, code);
}

/// Splits a collection's items into commands `name key item...` of at most
/// [`ITEMS_PER_CMD`] items, each item `width` arguments (Redis's count-down: every
/// command's header announces `min(items left, ITEMS_PER_CMD)` items).
struct Batches<'a> {
    name: &'a [u8],
    key: &'a [u8],
    width: usize,
    /// Items not yet written.
    left: usize,
    /// Items written in the current command.
    in_cmd: usize,
}

impl<'a> Batches<'a> {
    fn new(name: &'a [u8], key: &'a [u8], total: usize, width: usize) -> Self {
        Batches {
            name,
            key,
            width,
            left: total,
            in_cmd: 0,
        }
    }

    /// Before one item's arguments: writes the command's header when one starts.
    /// Returns false (write nothing) past the announced total, so that no header
    /// miscounts its arguments.
    fn item(&mut self, out: &mut Vec<u8>) -> bool {
        if self.left == 0 {
            return false;
        }
        if self.in_cmd == 0 {
            array(out, 2 + self.left.min(ITEMS_PER_CMD) * self.width);
            bulk(out, self.name);
            bulk(out, self.key);
        }
        self.left -= 1;
        self.in_cmd += 1;
        if self.in_cmd == ITEMS_PER_CMD {
            self.in_cmd = 0;
        }
        true
    }
}

/// Writes the commands that rebuild `key` with `value` and, when it has one, its
/// expiry (`expire_ms`, Unix ms).
pub fn write_key(out: &mut Vec<u8>, key: &[u8], value: &Value, expire_ms: Option<i64>) {
    let mut scratch = Vec::new();
    match value {
        Value::Str(s) => {
            out.extend_from_slice(b"*3\r\n$3\r\nSET\r\n");
            bulk(out, key);
            bulk(out, s.as_bytes());
        }
        Value::List(l) => {
            let mut b = Batches::new(b"RPUSH", key, l.len(), 1);
            for e in l.iter() {
                if !b.item(out) {
                    break;
                }
                match e {
                    ListElem::Int(v) => bulk_int(out, v),
                    ListElem::Bytes(v) => bulk(out, v),
                }
            }
        }
        Value::Set(s) => {
            let mut b = Batches::new(b"SADD", key, s.len(), 1);
            for e in s.iter() {
                if !b.item(out) {
                    break;
                }
                match e {
                    SetElem::Int(v) => bulk_int(out, v),
                    SetElem::Bytes(v) => bulk(out, v),
                }
            }
        }
        Value::ZSet(z) => {
            let mut b = Batches::new(b"ZADD", key, z.len(), 2);
            z.for_each(|member, score| {
                if b.item(out) {
                    bulk_double(out, score, &mut scratch);
                    bulk(out, member);
                }
            });
        }
        Value::Hash(h) => {
            let mut b = Batches::new(b"HMSET", key, h.len(), 2);
            for (f, v) in h.iter() {
                if !b.item(out) {
                    break;
                }
                bulk(out, f);
                bulk(out, v);
            }
        }
        Value::Stream(s) => write_stream(out, key, s, &mut scratch),
    }
    if let Some(ms) = expire_ms {
        out.extend_from_slice(b"*3\r\n$9\r\nPEXPIREAT\r\n");
        bulk(out, key);
        bulk_int(out, ms);
    }
}

/// A stream's commands (Redis 7.0's `rewriteStreamObject`).
fn write_stream(out: &mut Vec<u8>, key: &[u8], s: &Stream, scratch: &mut Vec<u8>) {
    let entries = &s.entries;
    if entries.is_empty() {
        // The `XADD MAXLEN 0` trick: creates the key with no entry.
        out.extend_from_slice(b"*7\r\n$4\r\nXADD\r\n");
        bulk(out, key);
        out.extend_from_slice(b"$6\r\nMAXLEN\r\n$1\r\n0\r\n$3\r\n0-1\r\n$1\r\nx\r\n$1\r\ny\r\n");
    } else {
        for e in entries.range(StreamId::MIN, StreamId::MAX) {
            array(out, 3 + e.num_fields() * 2);
            bulk(out, b"XADD");
            bulk(out, key);
            bulk_id(out, e.id, scratch);
            for (f, v) in e.pairs() {
                bulk(out, f);
                bulk(out, v);
            }
        }
    }
    out.extend_from_slice(b"*7\r\n$6\r\nXSETID\r\n");
    bulk(out, key);
    bulk_id(out, entries.last_id, scratch);
    bulk(out, b"ENTRIESADDED");
    bulk_int(out, entries.entries_added);
    bulk(out, b"MAXDELETEDID");
    bulk_id(out, entries.max_deleted_id, scratch);
    for (name, group) in &s.groups {
        out.extend_from_slice(b"*7\r\n$6\r\nXGROUP\r\n$6\r\nCREATE\r\n");
        bulk(out, key);
        bulk(out, name);
        bulk_id(out, group.last_id, scratch);
        bulk(out, b"ENTRIESREAD");
        bulk_int(out, group.entries_read);
        for (consumer, c) in &group.consumers {
            if c.pel.is_empty() {
                out.extend_from_slice(b"*5\r\n$6\r\nXGROUP\r\n$14\r\nCREATECONSUMER\r\n");
                bulk(out, key);
                bulk(out, name);
                bulk(out, consumer);
                continue;
            }
            for id in &c.pel {
                // The group's PEL holds every consumer's entries; a missing one
                // would be an inconsistency, written as a fresh delivery.
                let (time, count) = group
                    .pel
                    .get(id)
                    .map_or((0, 0), |n| (n.delivery_time, n.delivery_count));
                out.extend_from_slice(b"*12\r\n$6\r\nXCLAIM\r\n");
                bulk(out, key);
                bulk(out, name);
                bulk(out, consumer);
                bulk(out, b"0");
                bulk_id(out, *id, scratch);
                bulk(out, b"TIME");
                bulk_int(out, time);
                bulk(out, b"RETRYCOUNT");
                bulk_int(out, count);
                bulk(out, b"JUSTID");
                bulk(out, b"FORCE");
            }
        }
    }
}

#[cfg(test)]
mod tests;
