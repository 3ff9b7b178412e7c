//! HyperLogLog commands: Redis's `hyperloglog` group (PFADD, PFCOUNT, PFMERGE, PFDEBUG,
//! PFSELFTEST), with Redis 7.0's representation byte for byte, so that an HLL written
//! here and one written by Redis are the same string (and DUMP payloads interchange).
//!
//! An HLL is a string: a 16-byte header (`HYLL`, the encoding byte, three unused
//! bytes, the cached cardinality as a little-endian u64 whose top bit marks it stale)
//! then 16384 registers, either *dense* (6 bits each, 12288 bytes, least significant
//! bits first) or *sparse* (run-length opcodes: ZERO `00xxxxxx` for 1-64 zero
//! registers, XZERO `01xxxxxx yyyyyyyy` for 1-16384, VAL `1vvvvvxx` for 1-4 registers
//! of value 1-32). Elements are hashed with MurmurHash64A; the low 14 bits pick the
//! register and the run of zeros above them (plus one) is its candidate value. The
//! cardinality is Ertl's improved estimator over the register histogram, as Redis's.
//!
//! A sparse HLL turns dense when a register needs a value above 32 or the sparse form
//! would grow past `hll-sparse-max-bytes` (3000 bytes by default).

use super::bitmap::count_read;
use super::flags::*;
use super::keys::opt_is;
use super::string::{as_str, as_str_mut};
use super::{Command, Ctx, WRONGTYPE};
use crate::keyspace::Db;
use crate::notify;
use crate::types::string::Encoding;
use crate::types::{StrValue, Value};

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("pfadd", -2, WRITE | DENYOOM | FAST, pfadd).keys(1, 1, 1),
    Command::new("pfcount", -2, READONLY, pfcount).keys(1, -1, 1),
    // PFMERGE signals only its destination; PFDEBUG's conversions signal nothing,
    // as in Redis.
    Command::new("pfmerge", -2, WRITE | DENYOOM | SIGNALS_OWN_KEYS, pfmerge).keys(1, -1, 1),
    Command::new(
        "pfdebug",
        3,
        WRITE | DENYOOM | ADMIN | SIGNALS_OWN_KEYS,
        pfdebug,
    )
    .keys(2, 2, 1),
    Command::new("pfselftest", 1, ADMIN, pfselftest),
];

/// Registers: 2^14.
pub const REGISTERS: usize = 1 << P;
/// Bits of the hash that pick the register.
const P: u32 = 14;
/// Bits of the hash left for the run of zeros.
const Q: usize = 64 - P as usize;
/// Header length.
pub const HDR: usize = 16;
/// Length of a dense HLL: header plus 16384 six-bit registers.
pub const DENSE_SIZE: usize = HDR + (REGISTERS * 6).div_ceil(8);
/// Encoding byte of a dense HLL.
const DENSE: u8 = 0;
/// Encoding byte of a sparse HLL.
const SPARSE: u8 = 1;
/// Redis's default `hll-sparse-max-bytes`.
const SPARSE_MAX_BYTES: usize = 3000;

/// `hll-sparse-max-bytes`: kept as text among the directives the configuration has no
/// field for, read when a sparse HLL may grow.
fn sparse_max_bytes(ctx: &Ctx<'_>) -> usize {
    ctx.node
        .config
        .other
        .get("hll-sparse-max-bytes")
        .and_then(|t| t.parse().ok())
        .unwrap_or(SPARSE_MAX_BYTES)
}
/// Largest value a sparse VAL opcode holds.
const VAL_MAX_VALUE: u8 = 32;
/// Longest run of a VAL opcode.
const VAL_MAX_LEN: usize = 4;
/// Longest run of a ZERO opcode.
const ZERO_MAX_LEN: usize = 64;
/// Longest run of an XZERO opcode.
const XZERO_MAX_LEN: usize = 16384;

/// Redis's reply for a string that is not an HLL.
const NOT_HLL: &str = "WRONGTYPE Key is not a valid HyperLogLog string value.";
/// Redis's reply for an HLL whose registers do not decode.
const INVALID_HLL: &str = "INVALIDOBJ Corrupted HLL object detected";

// ---------------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------------

/// MurmurHash2, 64-bit version (MurmurHash64A), reading words little-endian as Redis
/// does on every architecture.
pub fn murmur64a(key: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    // Redis passes the length as a C int.
    let len = key.len() as i32 as i64 as u64;
    let mut h = seed ^ len.wrapping_mul(M);
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mut k = u64::from_le_bytes(word);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate().rev() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// Redis's `hllPatLen`: the register `element` falls in and the length of the run of
/// zeros (plus the final one) in the rest of its hash, 1 to 51.
pub fn pattern(element: &[u8]) -> (usize, u8) {
    let hash = murmur64a(element, 0xadc8_3b19);
    let index = (hash & (REGISTERS as u64 - 1)) as usize;
    let rest = (hash >> P) | 1 << Q;
    (index, 1 + rest.trailing_zeros() as u8)
}

// ---------------------------------------------------------------------------------
// Dense registers
// ---------------------------------------------------------------------------------

/// Register `i` of dense `registers` (the bytes after the header).
fn dense_get(registers: &[u8], i: usize) -> u8 {
    let byte = i * 6 / 8;
    let fb = (i * 6) & 7;
    let b0 = u16::from(registers.get(byte).copied().unwrap_or(0));
    let b1 = u16::from(registers.get(byte + 1).copied().unwrap_or(0));
    (((b0 >> fb) | (b1 << (8 - fb))) & 63) as u8
}

/// Every register of dense `registers`, in order: four six-bit values from each three
/// bytes.
fn dense_all(registers: &[u8]) -> impl Iterator<Item = u8> + '_ {
    registers
        .chunks_exact(3)
        .flat_map(|c| {
            let &[b0, b1, b2] = c else { return [0; 4] };
            [
                b0 & 63,
                (b0 >> 6 | b1 << 2) & 63,
                (b1 >> 4 | b2 << 4) & 63,
                b2 >> 2,
            ]
        })
        .take(REGISTERS)
}

/// The one or two bytes starting at register `i`'s first byte once it holds `value`,
/// with that byte's index.
fn dense_bytes_for(registers: &[u8], i: usize, value: u8) -> (usize, [u8; 2], usize) {
    let byte = i * 6 / 8;
    let fb = (i * 6) & 7;
    let v = u16::from(value & 63);
    let b0 = registers.get(byte).copied().unwrap_or(0);
    let b1 = registers.get(byte + 1).copied().unwrap_or(0);
    let n0 = (u16::from(b0) & !(63u16 << fb) | (v << fb)) as u8;
    let n1 = (u16::from(b1) & !(63u16 >> (8 - fb)) | (v >> (8 - fb))) as u8;
    let n = if byte + 1 < registers.len() { 2 } else { 1 };
    (byte, [n0, n1], n)
}

/// Sets register `i` of dense `registers` to `value`.
fn dense_set(registers: &mut [u8], i: usize, value: u8) {
    let (byte, new, n) = dense_bytes_for(registers, i, value);
    if let Some(dst) = registers.get_mut(byte..byte + n) {
        dst.copy_from_slice(&new[..n]);
    }
}

// ---------------------------------------------------------------------------------
// Representation
// ---------------------------------------------------------------------------------

/// A new, empty HLL: sparse, one XZERO opcode per 16384 registers, cache valid (0).
pub fn new_hll() -> Vec<u8> {
    let mut v = Vec::with_capacity(HDR + 2);
    v.extend_from_slice(b"HYLL");
    v.push(SPARSE);
    v.extend_from_slice(&[0; 11]);
    let mut left = REGISTERS;
    while left > 0 {
        let run = left.min(XZERO_MAX_LEN);
        push_xzero(&mut v, run);
        left -= run;
    }
    v
}

fn push_xzero(v: &mut Vec<u8>, run: usize) {
    let l = run - 1;
    v.push((l >> 8) as u8 | 0x40);
    v.push((l & 0xff) as u8);
}

fn is_zero(op: u8) -> bool {
    op & 0xc0 == 0
}

fn is_xzero(op: u8) -> bool {
    op & 0xc0 == 0x40
}

fn is_val(op: u8) -> bool {
    op & 0x80 != 0
}

fn zero_len(op: u8) -> usize {
    usize::from(op & 0x3f) + 1
}

/// The run of the XZERO opcode at `p` (a missing second byte reads as 0, as the
/// terminator of Redis's string would).
fn xzero_len(hll: &[u8], p: usize) -> usize {
    let hi = usize::from(hll.get(p).copied().unwrap_or(0) & 0x3f);
    let lo = usize::from(hll.get(p + 1).copied().unwrap_or(0));
    ((hi << 8) | lo) + 1
}

fn val_value(op: u8) -> u8 {
    ((op >> 2) & 0x1f) + 1
}

fn val_len(op: u8) -> usize {
    usize::from(op & 3) + 1
}

fn val_op(value: u8, len: usize) -> u8 {
    ((value - 1) << 2) | (len as u8 - 1) | 0x80
}

/// Whether `s` is an HLL as Redis's `isHLLObjectOrReply` checks it: not an integer,
/// long enough for the header, `HYLL`, a known encoding, and a dense one of exactly
/// the dense length.
fn is_hll(s: &StrValue) -> bool {
    let b = s.as_bytes();
    s.encoding() != Encoding::Int
        && b.len() >= HDR
        && b.starts_with(b"HYLL")
        && b.get(4).is_some_and(|&e| e <= SPARSE)
        && (b.get(4) != Some(&DENSE) || b.len() == DENSE_SIZE)
}

/// Redis's `hllSparseToDense`: the dense form of a sparse HLL (the header copied, the
/// encoding changed), or `None` if the opcodes do not cover exactly 16384 registers.
fn sparse_to_dense(hll: &[u8]) -> Option<Vec<u8>> {
    let mut dense = vec![0u8; DENSE_SIZE];
    dense[..HDR].copy_from_slice(hll.get(..HDR)?);
    dense[4] = DENSE;
    let registers = &mut dense[HDR..];
    let mut idx = 0usize;
    let mut p = HDR;
    while let Some(&op) = hll.get(p) {
        if is_zero(op) {
            idx += zero_len(op);
            p += 1;
        } else if is_xzero(op) {
            idx += xzero_len(hll, p);
            p += 2;
        } else {
            let run = val_len(op);
            if idx + run > REGISTERS {
                break;
            }
            for i in idx..idx + run {
                dense_set(registers, i, val_value(op));
            }
            idx += run;
            p += 1;
        }
    }
    (idx == REGISTERS).then_some(dense)
}

/// Redis's `hllSparseSet`: raises register `index` of the sparse `hll` to `count` if
/// it is lower, splitting and merging opcodes exactly as Redis does, and turning the
/// HLL dense when needed. `Some(true)` if the register changed, `None` if the HLL is
/// corrupt.
fn sparse_set(hll: &mut Vec<u8>, index: usize, count: u8, max_bytes: usize) -> Option<bool> {
    if count > VAL_MAX_VALUE {
        return promote(hll, index, count);
    }
    // Step 1: find the opcode covering `index`.
    let end = hll.len();
    let mut p = HDR;
    let mut first = 0usize;
    let mut prev = None;
    let mut span = 0usize;
    while p < end {
        let op = hll[p];
        let mut oplen = 1;
        if is_zero(op) {
            span = zero_len(op);
        } else if is_val(op) {
            span = val_len(op);
        } else {
            span = xzero_len(hll, p);
            oplen = 2;
        }
        if index < first + span {
            break;
        }
        prev = Some(p);
        p += oplen;
        first += span;
    }
    if span == 0 || p >= end {
        return None;
    }
    let op = hll[p];
    let (zero, xzero, val) = (is_zero(op), is_xzero(op), is_val(op));
    let runlen = if zero {
        zero_len(op)
    } else if xzero {
        xzero_len(hll, p)
    } else {
        val_len(op)
    };
    // Step 2: the cases that update the opcode in place.
    let mut in_place = false;
    if val {
        if val_value(op) >= count {
            return Some(false);
        }
        if runlen == 1 {
            in_place = true;
        }
    }
    if zero && runlen == 1 {
        in_place = true;
    }
    if in_place {
        hll[p] = val_op(count, 1);
    } else {
        // The general case: split the opcode into up to three.
        let mut seq: Vec<u8> = Vec::with_capacity(5);
        let last = first + span - 1;
        if zero || xzero {
            let push_zeros = |seq: &mut Vec<u8>, len: usize| {
                if len > ZERO_MAX_LEN {
                    push_xzero(seq, len);
                } else {
                    seq.push((len - 1) as u8);
                }
            };
            if index != first {
                push_zeros(&mut seq, index - first);
            }
            seq.push(val_op(count, 1));
            if index != last {
                push_zeros(&mut seq, last - index);
            }
        } else {
            let current = val_value(op);
            if index != first {
                seq.push(val_op(current, index - first));
            }
            seq.push(val_op(count, 1));
            if index != last {
                seq.push(val_op(current, last - index));
            }
        }
        // Step 3: put the new sequence in place of the old opcode.
        let oldlen = if xzero { 2 } else { 1 };
        if seq.len() > oldlen && hll.len() + seq.len() - oldlen > max_bytes {
            return promote(hll, index, count);
        }
        let old_end = (p + oldlen).min(hll.len());
        hll.splice(p..old_end, seq);
    }
    // Step 4: merge adjacent VAL opcodes of the same value, scanning up to five
    // opcodes from the one before the change.
    let mut p = prev.unwrap_or(HDR);
    let mut scan = 5;
    while p < hll.len() && scan > 0 {
        scan -= 1;
        let op = hll[p];
        if is_xzero(op) {
            p += 2;
            continue;
        }
        if is_zero(op) {
            p += 1;
            continue;
        }
        if let Some(&next) = hll.get(p + 1)
            && is_val(next)
            && val_value(op) == val_value(next)
        {
            let len = val_len(op) + val_len(next);
            if len <= VAL_MAX_LEN {
                hll[p + 1] = val_op(val_value(op), len);
                hll.remove(p);
                continue;
            }
        }
        p += 1;
    }
    invalidate(hll);
    Some(true)
}

/// Turns the sparse `hll` dense and sets the register there.
fn promote(hll: &mut Vec<u8>, index: usize, count: u8) -> Option<bool> {
    *hll = sparse_to_dense(hll)?;
    let registers = hll.get_mut(HDR..)?;
    if count > dense_get(registers, index) {
        dense_set(registers, index, count);
    }
    Some(true)
}

/// Marks the cached cardinality stale.
fn invalidate(hll: &mut [u8]) {
    if let Some(b) = hll.get_mut(15) {
        *b |= 0x80;
    }
}

/// Raises register `index` of `hll` (either encoding) to `count`: `Some(true)` if it
/// changed, `None` if the HLL is corrupt. A sparse HLL longer than `max_bytes` after
/// the change turns dense.
fn hll_set(hll: &mut Vec<u8>, index: usize, count: u8, max_bytes: usize) -> Option<bool> {
    match hll.get(4) {
        Some(&DENSE) => {
            let registers = hll.get_mut(HDR..)?;
            if count > dense_get(registers, index) {
                dense_set(registers, index, count);
                Some(true)
            } else {
                Some(false)
            }
        }
        Some(&SPARSE) => sparse_set(hll, index, count, max_bytes),
        _ => None,
    }
}

/// Redis's `hllMerge`: raises each of `max`'s registers to the HLL's; `false` if a
/// sparse HLL does not decode.
fn merge_into(max: &mut [u8], hll: &[u8]) -> bool {
    let body = hll.get(HDR..).unwrap_or(&[]);
    if hll.get(4) == Some(&DENSE) {
        for (m, r) in max.iter_mut().zip(dense_all(body)) {
            *m = (*m).max(r);
        }
        return true;
    }
    let mut i = 0usize;
    let mut p = HDR;
    while let Some(&op) = hll.get(p) {
        if is_zero(op) {
            i += zero_len(op);
            p += 1;
        } else if is_xzero(op) {
            i += xzero_len(hll, p);
            p += 2;
        } else {
            let run = val_len(op);
            if i + run > REGISTERS {
                break;
            }
            for m in max.iter_mut().skip(i).take(run) {
                *m = (*m).max(val_value(op));
            }
            i += run;
            p += 1;
        }
    }
    i == REGISTERS
}

// ---------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------

/// Ertl's sigma.
fn sigma(mut x: f64) -> f64 {
    if x == 1.0 {
        return f64::INFINITY;
    }
    let mut y = 1.0;
    let mut z = x;
    loop {
        x *= x;
        let previous = z;
        z += x * y;
        y += y;
        if previous == z {
            return z;
        }
    }
}

/// Ertl's tau.
fn tau(mut x: f64) -> f64 {
    if x == 0.0 || x == 1.0 {
        return 0.0;
    }
    let mut y = 1.0;
    let mut z = 1.0 - x;
    loop {
        x = x.sqrt();
        let previous = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
        if previous == z {
            return z / 3.0;
        }
    }
}

/// The cardinality estimate from the histogram of register values, as Redis's
/// `hllCount`.
fn estimate(histogram: &[u64; 64]) -> u64 {
    const ALPHA_INF: f64 = 0.721_347_520_444_481_7;
    let m = REGISTERS as f64;
    let mut z = m * tau((m - histogram[Q + 1] as f64) / m);
    for j in (1..=Q).rev() {
        z += histogram[j] as f64;
        z *= 0.5;
    }
    z += m * sigma(histogram[0] as f64 / m);
    (ALPHA_INF * m * m / z).round() as u64
}

/// The estimate of an HLL, or `None` for a sparse one whose runs do not add up to
/// 16384 registers.
pub fn count(hll: &[u8]) -> Option<u64> {
    let mut histogram = [0u64; 64];
    let body = hll.get(HDR..).unwrap_or(&[]);
    if hll.get(4) == Some(&DENSE) {
        for r in dense_all(body) {
            histogram[usize::from(r)] += 1;
        }
    } else {
        let mut idx = 0usize;
        let mut p = HDR;
        while let Some(&op) = hll.get(p) {
            if is_zero(op) {
                let run = zero_len(op);
                idx += run;
                histogram[0] += run as u64;
                p += 1;
            } else if is_xzero(op) {
                let run = xzero_len(hll, p);
                idx += run;
                histogram[0] += run as u64;
                p += 2;
            } else {
                let run = val_len(op);
                idx += run;
                histogram[usize::from(val_value(op))] += run as u64;
                p += 1;
            }
        }
        if idx != REGISTERS {
            return None;
        }
    }
    Some(estimate(&histogram))
}

/// The estimate from raw registers, one byte each (PFCOUNT over several keys).
fn count_raw(registers: &[u8]) -> u64 {
    let mut histogram = [0u64; 64];
    for &r in registers {
        histogram[usize::from(r & 63)] += 1;
    }
    estimate(&histogram)
}

// ---------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------

/// An HLL found under a key: the string, or the error replied.
enum Found<'a> {
    Missing,
    Hll(&'a mut StrValue),
    Error(&'static str),
}

/// Looks `key` up for an HLL command: WRONGTYPE for another type, Redis's "not a
/// valid HyperLogLog" error for a string that is not one. With `unshare` the value is
/// made `raw`, as Redis's `dbUnshareStringValue` does before a write.
fn find<'a>(db: &'a mut Db, key: &[u8], now: i64, unshare: bool) -> Found<'a> {
    match db.get_mut(key, now) {
        None => Found::Missing,
        Some(v) => match as_str_mut(v) {
            None => Found::Error(WRONGTYPE),
            Some(s) if !is_hll(s) => Found::Error(NOT_HLL),
            Some(s) => {
                if unshare {
                    let len = s.len();
                    s.set_range(len, &[]);
                }
                Found::Hll(s)
            }
        },
    }
}

/// PFADD key [element ...]: 1 if the HLL was created or a register changed.
fn pfadd(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let key = argv[1];
    let now = ctx.now_ms();
    let max_bytes = sparse_max_bytes(ctx);
    let (db, out) = ctx.db_and_out();
    let mut updated = 0u64;
    let s = match find(db, key, now, true) {
        Found::Error(e) => {
            out.error(e);
            return;
        }
        Found::Hll(s) => s,
        Found::Missing => {
            db.set(key, Value::Str(StrValue::new_raw(&new_hll())));
            updated += 1;
            match db.get_mut(key, now).and_then(as_str_mut) {
                Some(s) => s,
                None => return,
            }
        }
    };
    let mut corrupt = false;
    if s.as_bytes().get(4) == Some(&DENSE) {
        // Dense: each changed register rewrites its one or two bytes in place.
        for element in &argv[2..] {
            let (index, count) = pattern(element);
            let registers = s.as_bytes().get(HDR..).unwrap_or(&[]);
            if count > dense_get(registers, index) {
                let (byte, new, n) = dense_bytes_for(registers, index, count);
                s.set_range(HDR + byte, &new[..n]);
                updated += 1;
            }
        }
    } else {
        let mut hll = s.as_bytes().to_vec();
        for element in &argv[2..] {
            let (index, count) = pattern(element);
            match hll_set(&mut hll, index, count, max_bytes) {
                Some(true) => updated += 1,
                Some(false) => {}
                None => {
                    corrupt = true;
                    break;
                }
            }
        }
        if hll != s.as_bytes() {
            *s = StrValue::new_raw(&hll);
        }
    }
    if corrupt {
        out.error(INVALID_HLL);
        return;
    }
    if updated > 0 {
        if let Some(&b) = s.as_bytes().get(15) {
            s.set_range(15, &[b | 0x80]);
        }
        out.int(1);
        ctx.node.dirty += updated;
        ctx.notify(notify::STRING, "pfadd", key);
    } else {
        out.int(0);
    }
}

/// PFCOUNT key [key ...]: the estimate for one HLL (cached in its header), or for the
/// union of several.
fn pfcount(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    if argv.len() > 2 {
        let mut max = vec![0u8; REGISTERS];
        for key in &argv[1..] {
            let (db, out) = ctx.db_and_out();
            match find(db, key, now, false) {
                Found::Missing => {}
                Found::Error(e) => {
                    out.error(e);
                    return;
                }
                Found::Hll(s) => {
                    if !merge_into(&mut max, s.as_bytes()) {
                        out.error(INVALID_HLL);
                        return;
                    }
                }
            }
        }
        ctx.out.int(count_raw(&max) as i64);
        return;
    }
    let key = argv[1];
    let (db, out) = ctx.db_and_out();
    let s = match find(db, key, now, true) {
        Found::Missing => {
            out.int(0);
            return;
        }
        Found::Error(e) => {
            out.error(e);
            return;
        }
        Found::Hll(s) => s,
    };
    let bytes = s.as_bytes();
    if let Some(cached) = bytes.get(8..HDR)
        && cached[7] & 0x80 == 0
    {
        let mut card = [0u8; 8];
        card.copy_from_slice(cached);
        out.int(u64::from_le_bytes(card) as i64);
        return;
    }
    let Some(card) = count(bytes) else {
        out.error(INVALID_HLL);
        return;
    };
    s.set_range(8, &card.to_le_bytes());
    out.int(card as i64);
    // Caching the estimate rewrites the value: a change as far as WATCH and client
    // caches go.
    ctx.node.dirty += 1;
    if ctx.node.keys_signal_needed() {
        ctx.node.signal_modified_key(ctx.client.db, key);
    }
}

/// PFMERGE destkey [sourcekey ...]: the destination becomes the union of itself and
/// the sources (dense if any of them is).
fn pfmerge(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let mut max = vec![0u8; REGISTERS];
    let mut use_dense = false;
    for key in &argv[1..] {
        let (db, out) = ctx.db_and_out();
        let found = match find(db, key, now, false) {
            Found::Missing => false,
            Found::Error(e) => {
                out.error(e);
                return;
            }
            Found::Hll(s) => {
                use_dense |= s.as_bytes().get(4) == Some(&DENSE);
                if !merge_into(&mut max, s.as_bytes()) {
                    out.error(INVALID_HLL);
                    return;
                }
                true
            }
        };
        count_read(ctx, key, found);
    }
    let key = argv[1];
    let max_bytes = sparse_max_bytes(ctx);
    let (db, out) = ctx.db_and_out();
    let mut hll = match db.peek(key, now).and_then(as_str) {
        Some(s) => s.as_bytes().to_vec(),
        None => new_hll(),
    };
    if use_dense && hll.get(4) == Some(&SPARSE) {
        match sparse_to_dense(&hll) {
            Some(dense) => hll = dense,
            None => {
                out.error(INVALID_HLL);
                return;
            }
        }
    }
    if use_dense {
        if let Some(registers) = hll.get_mut(HDR..) {
            for (i, &m) in max.iter().enumerate() {
                dense_set(registers, i, m);
            }
        }
    } else {
        for (i, &m) in max.iter().enumerate() {
            if m != 0 {
                // The destination was checked while merging.
                let _ = hll_set(&mut hll, i, m, max_bytes);
            }
        }
    }
    invalidate(&mut hll);
    match db.get_mut(key, now).and_then(as_str_mut) {
        Some(s) => *s = StrValue::new_raw(&hll),
        None => db.set(key, Value::Str(StrValue::new_raw(&hll))),
    }
    out.ok();
    ctx.node.dirty += 1;
    ctx.node.signal_modified_key(ctx.client.db, key);
    ctx.notify(notify::STRING, "pfadd", key);
}

/// PFDEBUG GETREG|DECODE|ENCODING|TODENSE key.
fn pfdebug(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (sub, key) = (argv[1], argv[2]);
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let s = match find(db, key, now, true) {
        Found::Missing => {
            out.error("ERR The specified key does not exist");
            return;
        }
        Found::Error(e) => {
            out.error(e);
            return;
        }
        Found::Hll(s) => s,
    };
    let sparse = s.as_bytes().get(4) == Some(&SPARSE);
    let mut converted = false;
    if opt_is(sub, "getreg") || opt_is(sub, "todense") {
        if sparse {
            let Some(dense) = sparse_to_dense(s.as_bytes()) else {
                out.error(INVALID_HLL);
                return;
            };
            *s = StrValue::new_raw(&dense);
            converted = true;
        }
        if opt_is(sub, "getreg") {
            let registers = s.as_bytes().get(HDR..).unwrap_or(&[]);
            out.array(REGISTERS);
            for i in 0..REGISTERS {
                out.int(i64::from(dense_get(registers, i)));
            }
        } else {
            out.int(i64::from(converted));
        }
    } else if opt_is(sub, "decode") {
        if !sparse {
            out.error("ERR HLL encoding is not sparse");
            return;
        }
        let hll = s.as_bytes();
        let mut text = String::new();
        let mut p = HDR;
        while let Some(&op) = hll.get(p) {
            if !text.is_empty() {
                text.push(' ');
            }
            if is_zero(op) {
                text.push_str(&format!("z:{}", zero_len(op)));
                p += 1;
            } else if is_xzero(op) {
                text.push_str(&format!("Z:{}", xzero_len(hll, p)));
                p += 2;
            } else {
                text.push_str(&format!("v:{},{}", val_value(op), val_len(op)));
                p += 1;
            }
        }
        out.bulk(text.as_bytes());
    } else if opt_is(sub, "encoding") {
        out.simple(if sparse { "sparse" } else { "dense" });
    } else {
        let mut msg = b"ERR Unknown PFDEBUG subcommand '".to_vec();
        msg.extend_from_slice(super::c_str_trunc(sub, usize::MAX));
        msg.push(b'\'');
        out.error_bytes(&msg);
    }
    if converted {
        ctx.node.dirty += 1;
    }
}

/// PFSELFTEST: checks the dense register accessors against a plain byte array, then
/// adds distinct elements to a dense and a sparse HLL side by side, checking at each
/// power of ten that both agree, that small ones stay sparse, and that the estimate is
/// within six standard errors. Redis goes to ten million elements; debug builds stop
/// at a hundred thousand.
fn pfselftest(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let max_bytes = sparse_max_bytes(ctx);
    let reply = selftest(&mut ctx.node.rng, max_bytes);
    match reply {
        Ok(()) => ctx.out.ok(),
        Err(e) => ctx.out.error(&e),
    }
}

/// The body of [`pfselftest`].
fn selftest(rng: &mut crate::util::rng::Rng, max_bytes: usize) -> Result<(), String> {
    let cycles = if cfg!(debug_assertions) { 20 } else { 1000 };
    let elements: u64 = if cfg!(debug_assertions) {
        100_000
    } else {
        10_000_000
    };
    let mut dense = vec![0u8; DENSE_SIZE - HDR];
    let mut bytes = vec![0u8; REGISTERS];
    for _ in 0..cycles {
        for (i, b) in bytes.iter_mut().enumerate() {
            let r = (rng.next_u64() & 63) as u8;
            *b = r;
            dense_set(&mut dense, i, r);
        }
        for (i, &b) in bytes.iter().enumerate() {
            let got = dense_get(&dense, i);
            if got != b {
                return Err(format!(
                    "TESTFAILED Register {i} should be {b} but is {got}"
                ));
            }
        }
    }
    let mut dense = vec![0u8; DENSE_SIZE];
    dense[..4].copy_from_slice(b"HYLL");
    let mut sparse = new_hll();
    let relerr = 1.04 / (REGISTERS as f64).sqrt();
    let seed = rng.next_u64();
    let mut checkpoint = 1u64;
    for j in 1..=elements {
        let element = (j ^ seed).to_le_bytes();
        let (index, run) = pattern(&element);
        hll_set(&mut dense, index, run, max_bytes);
        if hll_set(&mut sparse, index, run, max_bytes).is_none() {
            return Err("TESTFAILED sparse representation corrupted".to_string());
        }
        if j != checkpoint {
            continue;
        }
        if j < max_bytes as u64 / 2 && sparse.get(4) != Some(&SPARSE) {
            return Err("TESTFAILED sparse encoding not used".to_string());
        }
        let estimate = count(&dense).unwrap_or(0);
        if Some(estimate) != count(&sparse) {
            return Err("TESTFAILED dense/sparse disagree".to_string());
        }
        let abserr = checkpoint.abs_diff(estimate);
        let maxerr = if j == 10 {
            1
        } else {
            (relerr * 6.0 * checkpoint as f64).ceil() as u64
        };
        if abserr > maxerr {
            return Err(format!(
                "TESTFAILED Too big error. card:{checkpoint} abserr:{abserr}"
            ));
        }
        checkpoint *= 10;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
