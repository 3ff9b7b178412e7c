//! Bitmap commands: Redis's `bitmap` group (SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP,
//! BITFIELD, BITFIELD_RO), operating on string values with Redis 7.0's replies, error
//! texts and order of checks.
//!
//! A string is a bit array whose bit 0 is the most significant bit of its first byte;
//! reads past the end see zeros, and writes grow the string with zero bytes. Offsets
//! are refused when their byte would reach `proto-max-bulk-len` (512 MB by default),
//! before anything is allocated. Integer-encoded strings are read as their decimal
//! digits, and a write leaves the value `raw`, as Redis's `dbUnshareStringValue` does.

use smallvec::SmallVec;

use super::flags::*;
use super::keys::opt_is;
use super::string::{as_str, as_str_mut, lookup};
use super::{Command, Ctx, Lookup, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE};
use crate::notify;
use crate::types::{StrValue, Value};
use crate::util::number::parse_i64;

/// This family's commands, with Redis 7.0's arities, flags and key positions.
pub const COMMANDS: &[Command] = &[
    Command::new("setbit", 4, WRITE | DENYOOM, setbit).keys(1, 1, 1),
    Command::new("getbit", 3, READONLY | FAST, getbit).keys(1, 1, 1),
    Command::new("bitcount", -2, READONLY, bitcount).keys(1, 1, 1),
    Command::new("bitpos", -3, READONLY, bitpos).keys(1, 1, 1),
    // BITOP signals only its destination: its sources are read, not modified.
    Command::new("bitop", -4, WRITE | DENYOOM | SIGNALS_OWN_KEYS, bitop).keys(2, -1, 1),
    Command::new("bitfield", -2, WRITE | DENYOOM, bitfield).keys(1, 1, 1),
    Command::new("bitfield_ro", -2, READONLY | FAST, bitfield_ro).keys(1, 1, 1),
];

/// Redis's reply for a bad bit offset (not an integer, negative, or past the limit).
const BIT_OFFSET_ERR: &str = "ERR bit offset is not an integer or out of range";
/// Redis's reply for a SETBIT value other than 0 or 1.
const BIT_VALUE_ERR: &str = "ERR bit is not an integer or out of range";
/// Redis's reply for a bad BITFIELD type.
const BITFIELD_TYPE_ERR: &str = "ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.";

/// Redis's `getBitOffsetFromArgument`: a bit offset, or with `hash_bits` > 0 also
/// `#n` meaning `n * hash_bits` (BITFIELD). `None` when it is not an integer, is
/// negative, or addresses a byte at or past `limit`.
fn bit_offset(arg: &[u8], hash_bits: u32, limit: i64) -> Option<u64> {
    let (digits, multiply) = match arg.split_first() {
        Some((b'#', rest)) if hash_bits > 0 => (rest, true),
        _ => (arg, false),
    };
    let mut offset = parse_i64(digits)?;
    if multiply {
        // Redis multiplies in C's signed arithmetic; a product that overflows wraps.
        offset = offset.wrapping_mul(i64::from(hash_bits));
    }
    if offset < 0 || (offset >> 3) >= limit {
        return None;
    }
    u64::try_from(offset).ok()
}

/// Makes `s` at least `len` bytes long (zero-filled) and `raw`, as Redis's
/// `dbUnshareStringValue` plus `sdsgrowzero`. Returns whether the length changed.
fn grow(s: &mut StrValue, len: usize) -> bool {
    let before = s.len();
    s.set_range(len, &[]);
    s.len() != before
}

/// Counts a read lookup of `key` made by a write command (BITOP's sources, BITFIELD's
/// read-only form, PFMERGE's sources) in INFO's `keyspace_hits` / `keyspace_misses`, with the `keymiss`
/// event, as Redis's `lookupKeyRead` does.
pub(super) fn count_read(ctx: &mut Ctx<'_>, key: &[u8], hit: bool) {
    if hit {
        ctx.node.stats.keyspace_hits += 1;
    } else {
        ctx.node.stats.keyspace_misses += 1;
        ctx.notify(notify::KEY_MISS, "keymiss", key);
    }
}

// ---------------------------------------------------------------------------------
// SETBIT, GETBIT
// ---------------------------------------------------------------------------------

/// SETBIT key offset 0|1: replies with the bit's previous value. The key changes
/// (event, dirty, WATCH) only when the bit flips or the string grows.
fn setbit(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let limit = ctx.node.config.proto_max_bulk_len;
    let Some(offset) = bit_offset(argv[2], 0, limit) else {
        ctx.out.error(BIT_OFFSET_ERR);
        return;
    };
    let on = match parse_i64(argv[3]) {
        Some(v @ (0 | 1)) => v as u8,
        _ => {
            ctx.out.error(BIT_VALUE_ERR);
            return;
        }
    };
    // Below `limit`, which is an i64, so the byte index fits in usize.
    let Ok(byte) = usize::try_from(offset >> 3) else {
        ctx.out.error(BIT_OFFSET_ERR);
        return;
    };
    let shift = 7 - (offset & 7) as u32;
    let key = argv[1];
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let (old, changed) = match db.get_mut(key, now) {
        None => {
            let mut s = StrValue::new_raw(b"");
            s.set_range(byte, &[on << shift]);
            db.set(key, Value::Str(s));
            (0, true)
        }
        Some(v) => {
            let Some(s) = as_str_mut(v) else {
                out.error(WRONGTYPE);
                return;
            };
            let grew = grow(s, byte + 1);
            let current = s.as_bytes().get(byte).copied().unwrap_or(0);
            let old = (current >> shift) & 1;
            if grew || old != on {
                let new = (current & !(1 << shift)) | (on << shift);
                s.set_range(byte, &[new]);
            }
            (old, grew || old != on)
        }
    };
    out.int(i64::from(old));
    if changed {
        ctx.node.dirty += 1;
        ctx.notify(notify::STRING, "setbit", key);
    }
}

/// GETBIT key offset: 0 past the end of the string or for a missing key.
fn getbit(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let limit = ctx.node.config.proto_max_bulk_len;
    let Some(offset) = bit_offset(argv[2], 0, limit) else {
        ctx.out.error(BIT_OFFSET_ERR);
        return;
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match lookup(db, argv[1], now) {
        Lookup::Missing => out.int(0),
        Lookup::WrongType => out.error(WRONGTYPE),
        Lookup::Found(s) => out.int(i64::from(bit_at(s.as_bytes(), offset))),
    }
}

/// Bit `offset` of `bytes` (0 past the end).
fn bit_at(bytes: &[u8], offset: u64) -> u8 {
    let byte = usize::try_from(offset >> 3).unwrap_or(usize::MAX);
    bytes.get(byte).map_or(0, |b| (b >> (7 - (offset & 7))) & 1)
}

// ---------------------------------------------------------------------------------
// BITCOUNT, BITPOS
// ---------------------------------------------------------------------------------

/// A range's unit: BYTE (the default) or BIT.
fn parse_unit(arg: &[u8]) -> Option<bool> {
    if opt_is(arg, "bit") {
        Some(true)
    } else if opt_is(arg, "byte") {
        Some(false)
    } else {
        None
    }
}

/// Clamps an inclusive `start..=end` range (negative values counted from the end) to
/// `0..total`, as Redis's BITCOUNT and BITPOS do. `None` for an empty range.
fn clamp_range(mut start: i64, mut end: i64, total: i64) -> Option<(u64, u64)> {
    if start < 0 {
        start = start.saturating_add(total);
    }
    if end < 0 {
        end = end.saturating_add(total);
    }
    start = start.max(0);
    end = end.max(0).min(total - 1);
    if start > end {
        return None;
    }
    Some((u64::try_from(start).ok()?, u64::try_from(end).ok()?))
}

/// The number of set bits in bits `start..=end` of `bytes` (both within it).
fn count_bits(bytes: &[u8], start: u64, end: u64) -> u64 {
    let (first, last) = ((start >> 3) as usize, (end >> 3) as usize);
    let Some(span) = bytes.get(first..=last) else {
        return 0;
    };
    let mut count = popcount(span);
    // Take away the bits of the first and last bytes that are outside the range.
    let head = span.first().copied().unwrap_or(0) & !(0xffu8 >> (start & 7));
    let tail = span.last().copied().unwrap_or(0) & (0xffu16 >> ((end & 7) + 1)) as u8;
    count -= u64::from(head.count_ones() + tail.count_ones());
    count
}

/// The number of set bits in `bytes`, eight bytes at a time.
fn popcount(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0u64;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        count += u64::from(u64::from_ne_bytes(word).count_ones());
    }
    for b in chunks.remainder() {
        count += u64::from(b.count_ones());
    }
    count
}

/// BITCOUNT key [start end [BYTE|BIT]].
fn bitcount(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let s = match lookup(db, argv[1], now) {
        Lookup::Missing => {
            out.int(0);
            return;
        }
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return;
        }
        Lookup::Found(s) => s.as_bytes(),
    };
    let len = s.len() as i64;
    let (start, end, is_bit) = match argv.len() {
        2 => (0, len - 1, false),
        4 | 5 => {
            let (Some(start), Some(end)) = (parse_i64(argv[2]), parse_i64(argv[3])) else {
                out.error(NOT_INTEGER);
                return;
            };
            if start < 0 && end < 0 && start > end {
                out.int(0);
                return;
            }
            let is_bit = match argv.get(4) {
                None => false,
                Some(unit) => match parse_unit(unit) {
                    Some(b) => b,
                    None => {
                        out.error(SYNTAX_ERR);
                        return;
                    }
                },
            };
            (start, end, is_bit)
        }
        _ => {
            out.error(SYNTAX_ERR);
            return;
        }
    };
    let count = if is_bit {
        clamp_range(start, end, len * 8).map_or(0, |(a, b)| count_bits(s, a, b))
    } else {
        clamp_range(start, end, len).map_or(0, |(a, b)| count_bits(s, a * 8, b * 8 + 7))
    };
    out.int(count as i64);
}

/// The first bit equal to `bit` within bits `start..=end` of `bytes` (both within
/// it), if any.
fn find_bit(bytes: &[u8], bit: u8, start: u64, end: u64) -> Option<u64> {
    let skip = if bit == 1 { 0u8 } else { 0xff };
    let mut pos = start;
    while pos <= end {
        let index = (pos >> 3) as usize;
        if pos & 7 == 0 && end - pos >= 7 {
            // Skip the whole bytes without the bit in one scan.
            let whole = ((end - pos + 1) >> 3) as usize;
            let span = bytes.get(index..index + whole).unwrap_or(&[]);
            match span.iter().position(|&b| b != skip) {
                Some(i) => pos += 8 * i as u64,
                None => {
                    pos += 8 * whole as u64;
                    continue;
                }
            }
        }
        let byte = bytes.get((pos >> 3) as usize).copied().unwrap_or(0);
        if (byte >> (7 - (pos & 7))) & 1 == bit {
            return Some(pos);
        }
        pos += 1;
    }
    None
}

/// BITPOS key 0|1 [start [end [BYTE|BIT]]]: the first clear or set bit. Without an
/// explicit end, a string without a clear bit is taken as followed by zeros.
fn bitpos(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let bit = match parse_i64(argv[2]) {
        Some(b @ (0 | 1)) => b as u8,
        Some(_) => {
            ctx.out.error("ERR The bit argument must be 1 or 0.");
            return;
        }
        None => {
            ctx.out.error(NOT_INTEGER);
            return;
        }
    };
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let s = match lookup(db, argv[1], now) {
        Lookup::Missing => {
            out.int(if bit == 1 { -1 } else { 0 });
            return;
        }
        Lookup::WrongType => {
            out.error(WRONGTYPE);
            return;
        }
        Lookup::Found(s) => s.as_bytes(),
    };
    let len = s.len() as i64;
    let (start, end, is_bit, end_given) = match argv.len() {
        3 => (0, None, false, false),
        4..=6 => {
            let Some(start) = parse_i64(argv[3]) else {
                out.error(NOT_INTEGER);
                return;
            };
            let is_bit = match argv.get(5) {
                None => false,
                Some(unit) => match parse_unit(unit) {
                    Some(b) => b,
                    None => {
                        out.error(SYNTAX_ERR);
                        return;
                    }
                },
            };
            let end = match argv.get(4) {
                None => None,
                Some(arg) => match parse_i64(arg) {
                    Some(e) => Some(e),
                    None => {
                        out.error(NOT_INTEGER);
                        return;
                    }
                },
            };
            (start, end, is_bit, end.is_some())
        }
        _ => {
            out.error(SYNTAX_ERR);
            return;
        }
    };
    let total = if is_bit { len * 8 } else { len };
    let end = end.unwrap_or(total - 1);
    let Some((start, end)) = clamp_range(start, end, total) else {
        out.int(-1);
        return;
    };
    let (first, last) = if is_bit {
        (start, end)
    } else {
        (start * 8, end * 8 + 7)
    };
    let pos = match find_bit(s, bit, first, last) {
        Some(p) => p as i64,
        // No clear bit and no explicit end: the bit just past the range's last byte.
        None if bit == 0 && !end_given => ((last >> 3) as i64 + 1) * 8,
        None => -1,
    };
    out.int(pos);
}

// ---------------------------------------------------------------------------------
// BITOP
// ---------------------------------------------------------------------------------

/// A BITOP operation.
#[derive(Copy, Clone, PartialEq, Eq)]
enum BitOp {
    And,
    Or,
    Xor,
    Not,
}

/// BITOP AND|OR|XOR|NOT destkey key [key ...]: stores the operation over the sources
/// (missing ones empty, shorter ones zero-padded) and replies with its length; an
/// empty result deletes the destination.
fn bitop(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let name = argv[1];
    let op = if opt_is(name, "and") {
        BitOp::And
    } else if opt_is(name, "or") {
        BitOp::Or
    } else if opt_is(name, "xor") {
        BitOp::Xor
    } else if opt_is(name, "not") {
        BitOp::Not
    } else {
        ctx.out.error(SYNTAX_ERR);
        return;
    };
    if op == BitOp::Not && argv.len() != 4 {
        ctx.out
            .error("ERR BITOP NOT must be called with a single source key.");
        return;
    }
    let target = argv[2];
    let sources = &argv[3..];
    let now = ctx.now_ms();
    // First pass: each source looked up (expiring it, checking its type) as Redis's
    // `lookupKeyRead`, and the longest length.
    let mut max_len = 0usize;
    for key in sources {
        let db = ctx.db_and_out().0;
        let found = match lookup(db, key, now) {
            Lookup::Missing => None,
            Lookup::Found(s) => Some(s.len()),
            Lookup::WrongType => {
                ctx.out.error(WRONGTYPE);
                return;
            }
        };
        count_read(ctx, key, found.is_some());
        max_len = max_len.max(found.unwrap_or(0));
    }
    let db = ctx.db_and_out().0;
    if max_len > 0 {
        let mut result = vec![0u8; max_len];
        for (i, key) in sources.iter().enumerate() {
            let src = db
                .peek(key, now)
                .and_then(as_str)
                .map_or(&[][..], |s| s.as_bytes());
            combine(&mut result, src, op, i == 0);
        }
        db.set(target, Value::Str(StrValue::new_raw(&result)));
        ctx.node.dirty += 1;
        ctx.node.signal_modified_key(ctx.client.db, target);
        ctx.notify(notify::STRING, "set", target);
    } else if db.remove(target).is_some() {
        ctx.node.dirty += 1;
        ctx.node.signal_modified_key(ctx.client.db, target);
        ctx.notify(notify::GENERIC, "del", target);
    }
    ctx.out.int(max_len as i64);
}

/// Folds `src` (zero-padded to `acc`'s length) into `acc`; the `first` source is
/// copied (or inverted, for NOT).
fn combine(acc: &mut [u8], src: &[u8], op: BitOp, first: bool) {
    let padded = src.iter().copied().chain(std::iter::repeat(0));
    if first {
        for (a, b) in acc.iter_mut().zip(padded) {
            *a = if op == BitOp::Not { !b } else { b };
        }
        return;
    }
    match op {
        BitOp::And => {
            let n = src.len().min(acc.len());
            let (head, tail) = acc.split_at_mut(n);
            head.iter_mut().zip(src).for_each(|(a, b)| *a &= b);
            tail.fill(0);
        }
        BitOp::Or => acc.iter_mut().zip(src).for_each(|(a, b)| *a |= b),
        BitOp::Xor => acc.iter_mut().zip(src).for_each(|(a, b)| *a ^= b),
        BitOp::Not => {}
    }
}

// ---------------------------------------------------------------------------------
// BITFIELD
// ---------------------------------------------------------------------------------

/// How BITFIELD treats a value that does not fit its field.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Overflow {
    /// Keep the low bits (two's complement for signed fields).
    Wrap,
    /// Clamp to the field's minimum or maximum.
    Sat,
    /// Write nothing and reply null.
    Fail,
}

/// A BITFIELD field type: signedness and width (1-64 signed, 1-63 unsigned).
#[derive(Copy, Clone, Debug)]
pub struct FieldType {
    /// Signed (`i`) or unsigned (`u`).
    pub signed: bool,
    /// Width in bits.
    pub bits: u32,
}

/// One parsed BITFIELD operation.
#[derive(Copy, Clone, Debug)]
enum FieldOp {
    Get,
    Set(i64),
    IncrBy(i64),
}

/// One operation with its field and the overflow mode in force.
#[derive(Copy, Clone, Debug)]
struct Op {
    op: FieldOp,
    ty: FieldType,
    offset: u64,
    overflow: Overflow,
}

/// Redis's `getBitfieldTypeFromArgument`: `i1`..`i64` or `u1`..`u63`.
fn parse_type(arg: &[u8]) -> Option<FieldType> {
    let (&sign, digits) = arg.split_first()?;
    let signed = match sign {
        b'i' => true,
        b'u' => false,
        _ => return None,
    };
    let bits = parse_i64(digits)?;
    let max = if signed { 64 } else { 63 };
    if !(1..=max).contains(&bits) {
        return None;
    }
    Some(FieldType {
        signed,
        bits: bits as u32,
    })
}

/// Reads the `bits`-wide field at bit `offset` of `bytes` (zeros past the end), as an
/// unsigned value.
pub fn get_unsigned(bytes: &[u8], offset: u64, bits: u32) -> u64 {
    let (window, shift) = load_window(bytes, offset, bits);
    ((window >> shift) as u64) & mask(bits)
}

/// Reads the field at `offset` as a signed (two's complement) value.
pub fn get_signed(bytes: &[u8], offset: u64, bits: u32) -> i64 {
    let raw = get_unsigned(bytes, offset, bits);
    if bits < 64 && raw >> (bits - 1) & 1 == 1 {
        (raw | !mask(bits)) as i64
    } else {
        raw as i64
    }
}

/// The low `bits` bits set.
fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// The nine bytes from the field's first byte (zero-padded), big-endian in the low 72
/// bits of a u128, and the shift that brings the field down to bit 0.
fn load_window(bytes: &[u8], offset: u64, bits: u32) -> (u128, u32) {
    let first = usize::try_from(offset >> 3).unwrap_or(usize::MAX);
    let mut window = 0u128;
    for i in 0..9 {
        let b = first
            .checked_add(i)
            .and_then(|j| bytes.get(j))
            .copied()
            .unwrap_or(0);
        window = window << 8 | u128::from(b);
    }
    (window, 72 - (offset & 7) as u32 - bits)
}

/// Writes the low `bits` bits of `value` at bit `offset` of `s`, which the caller has
/// grown to hold the field.
fn set_field(s: &mut StrValue, offset: u64, bits: u32, value: u64) {
    let (window, shift) = load_window(s.as_bytes(), offset, bits);
    let field = u128::from(mask(bits)) << shift;
    let window = (window & !field) | (u128::from(value & mask(bits)) << shift);
    let bytes = window.to_be_bytes();
    // The window is the last nine bytes of the u128; the field touches the first ones.
    let touched = ((offset & 7) as usize + bits as usize).div_ceil(8);
    if let (Ok(first), Some(src)) = (usize::try_from(offset >> 3), bytes.get(7..7 + touched)) {
        s.set_range(first, src);
    }
}

/// Redis's `checkUnsignedBitfieldOverflow`: whether `value + incr` overflows (1) or
/// underflows (-1) an unsigned `bits`-wide field, with the value to store under WRAP
/// or SAT. A `value` beyond the field (SET with a negative or large number) counts as
/// an overflow, as in Redis.
fn unsigned_overflow(value: u64, incr: i64, bits: u32, mode: Overflow) -> (i32, u64) {
    let max = mask(bits);
    let max_incr = max.wrapping_sub(value) as i64;
    let min_incr = value.wrapping_neg() as i64;
    let wrapped = value.wrapping_add(incr as u64) & max;
    if value > max || (incr > 0 && incr > max_incr) {
        (1, if mode == Overflow::Sat { max } else { wrapped })
    } else if incr < 0 && incr < min_incr {
        (-1, if mode == Overflow::Sat { 0 } else { wrapped })
    } else {
        (0, wrapped)
    }
}

/// Redis's `checkSignedBitfieldOverflow`, with its exact conditions (including how a
/// SET value far below the field's minimum is taken for an overflow).
fn signed_overflow(value: i64, incr: i64, bits: u32, mode: Overflow) -> (i32, i64) {
    let max = if bits == 64 {
        i64::MAX
    } else {
        (1i64 << (bits - 1)) - 1
    };
    let min = -max - 1;
    let max_incr = (max as u64).wrapping_sub(value as u64) as i64;
    let min_incr = min.wrapping_sub(value);
    let mut wrapped = (value as u64).wrapping_add(incr as u64);
    if bits < 64 {
        let high = u64::MAX << bits;
        if wrapped >> (bits - 1) & 1 == 1 {
            wrapped |= high;
        } else {
            wrapped &= !high;
        }
    }
    let wrapped = wrapped as i64;
    if value > max || (bits != 64 && incr > max_incr) || (value >= 0 && incr > 0 && incr > max_incr)
    {
        (1, if mode == Overflow::Sat { max } else { wrapped })
    } else if value < min
        || (bits != 64 && incr < min_incr)
        || (value < 0 && incr < 0 && incr < min_incr)
    {
        (-1, if mode == Overflow::Sat { min } else { wrapped })
    } else {
        (0, wrapped)
    }
}

/// The result of one SET or INCRBY on a field: the reply (`None` for a FAIL) and the
/// value written with whether it differs from the old one.
struct FieldWrite {
    reply: Option<i64>,
    write: Option<(u64, bool)>,
}

/// Computes a SET or INCRBY on the field at `op.offset` of `bytes`.
fn field_write(bytes: &[u8], op: &Op) -> FieldWrite {
    let FieldType { signed, bits } = op.ty;
    let (arg, incr) = match op.op {
        FieldOp::Set(v) => (v, false),
        FieldOp::IncrBy(v) => (v, true),
        FieldOp::Get => {
            return FieldWrite {
                reply: None,
                write: None,
            };
        }
    };
    let (overflow, old, new, reply) = if signed {
        let old = get_signed(bytes, op.offset, bits);
        if incr {
            let (o, wrapped) = signed_overflow(old, arg, bits, op.overflow);
            let new = if o != 0 {
                wrapped
            } else {
                old.wrapping_add(arg)
            };
            (o, old as u64, new as u64, new)
        } else {
            let (o, wrapped) = signed_overflow(arg, 0, bits, op.overflow);
            let new = if o != 0 { wrapped } else { arg };
            (o, old as u64, new as u64, old)
        }
    } else {
        let old = get_unsigned(bytes, op.offset, bits);
        if incr {
            let (o, wrapped) = unsigned_overflow(old, arg, bits, op.overflow);
            let new = if o != 0 {
                wrapped
            } else {
                old.wrapping_add(arg as u64)
            };
            (o, old, new, new as i64)
        } else {
            let (o, wrapped) = unsigned_overflow(arg as u64, 0, bits, op.overflow);
            let new = if o != 0 { wrapped } else { arg as u64 };
            (o, old, new, old as i64)
        }
    };
    if overflow != 0 && op.overflow == Overflow::Fail {
        FieldWrite {
            reply: None,
            write: None,
        }
    } else {
        FieldWrite {
            reply: Some(reply),
            write: Some((new, old != new)),
        }
    }
}

/// Parses BITFIELD's operations, replying with the first error.
fn parse_ops(ctx: &mut Ctx<'_>, argv: &[&[u8]]) -> Option<SmallVec<[Op; 4]>> {
    let limit = ctx.node.config.proto_max_bulk_len;
    let mut ops = SmallVec::new();
    let mut overflow = Overflow::Wrap;
    let mut j = 2;
    while let Some(&name) = argv.get(j) {
        let remaining = argv.len() - j - 1;
        let kind = if opt_is(name, "get") && remaining >= 2 {
            0
        } else if opt_is(name, "set") && remaining >= 3 {
            1
        } else if opt_is(name, "incrby") && remaining >= 3 {
            2
        } else if opt_is(name, "overflow") && remaining >= 1 {
            let mode = argv[j + 1];
            overflow = if opt_is(mode, "wrap") {
                Overflow::Wrap
            } else if opt_is(mode, "sat") {
                Overflow::Sat
            } else if opt_is(mode, "fail") {
                Overflow::Fail
            } else {
                ctx.out.error("ERR Invalid OVERFLOW type specified");
                return None;
            };
            j += 2;
            continue;
        } else {
            ctx.out.error(SYNTAX_ERR);
            return None;
        };
        let Some(ty) = parse_type(argv[j + 1]) else {
            ctx.out.error(BITFIELD_TYPE_ERR);
            return None;
        };
        let Some(offset) = bit_offset(argv[j + 2], ty.bits, limit) else {
            ctx.out.error(BIT_OFFSET_ERR);
            return None;
        };
        let op = if kind == 0 {
            FieldOp::Get
        } else {
            let Some(v) = parse_i64(argv[j + 3]) else {
                ctx.out.error(NOT_INTEGER);
                return None;
            };
            if kind == 1 {
                FieldOp::Set(v)
            } else {
                FieldOp::IncrBy(v)
            }
        };
        ops.push(Op {
            op,
            ty,
            offset,
            overflow,
        });
        j += if kind == 0 { 3 } else { 4 };
    }
    Some(ops)
}

/// BITFIELD key [GET type offset] [SET type offset value] [INCRBY type offset incr]
/// [OVERFLOW WRAP|SAT|FAIL] ...
fn bitfield(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    bitfield_generic(ctx, argv, false);
}

/// BITFIELD_RO key [GET type offset] ...: BITFIELD with only GET.
fn bitfield_ro(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    bitfield_generic(ctx, argv, true);
}

/// Redis's `bitfieldGeneric`: every operation is parsed before any runs; a call with
/// only GETs reads the key, any other grows it to the farthest bit written (creating
/// it if missing) and then runs the operations in order.
fn bitfield_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], read_only: bool) {
    let Some(ops) = parse_ops(ctx, argv) else {
        return;
    };
    let key = argv[1];
    let now = ctx.now_ms();
    let highest = ops
        .iter()
        .filter(|o| !matches!(o.op, FieldOp::Get))
        .map(|o| o.offset + u64::from(o.ty.bits) - 1)
        .max();
    let Some(highest) = highest else {
        // Only GETs: a read.
        let (db, _) = ctx.db_and_out();
        let found = match lookup(db, key, now) {
            Lookup::Missing => false,
            Lookup::Found(_) => true,
            Lookup::WrongType => {
                ctx.out.error(WRONGTYPE);
                return;
            }
        };
        if !read_only {
            count_read(ctx, key, found);
        }
        let (db, out) = ctx.db_and_out();
        let bytes = db
            .peek(key, now)
            .and_then(as_str)
            .map_or(&[][..], |s| s.as_bytes());
        out.array(ops.len());
        for op in &ops {
            if op.ty.signed {
                out.int(get_signed(bytes, op.offset, op.ty.bits));
            } else {
                out.int(get_unsigned(bytes, op.offset, op.ty.bits) as i64);
            }
        }
        return;
    };
    if read_only {
        ctx.out
            .error("ERR BITFIELD_RO only supports the GET subcommand");
        return;
    }
    // Below the byte limit plus eight bytes, which fits in usize.
    let Ok(len) = usize::try_from((highest >> 3) + 1) else {
        ctx.out.error(BIT_OFFSET_ERR);
        return;
    };
    let (db, out) = ctx.db_and_out();
    let (s, grew) = match db.get_mut(key, now) {
        None => {
            let mut s = StrValue::new_raw(b"");
            grow(&mut s, len);
            db.set(key, Value::Str(s));
            match db.get_mut(key, now).and_then(as_str_mut) {
                Some(s) => (s, true),
                None => return,
            }
        }
        Some(v) => {
            let Some(s) = as_str_mut(v) else {
                out.error(WRONGTYPE);
                return;
            };
            let grew = grow(s, len);
            (s, grew)
        }
    };
    out.array(ops.len());
    let mut changes = 0u64;
    for op in &ops {
        if let FieldOp::Get = op.op {
            let bytes = s.as_bytes();
            if op.ty.signed {
                out.int(get_signed(bytes, op.offset, op.ty.bits));
            } else {
                out.int(get_unsigned(bytes, op.offset, op.ty.bits) as i64);
            }
            continue;
        }
        let result = field_write(s.as_bytes(), op);
        match result.reply {
            Some(v) => out.int(v),
            None => out.null(),
        }
        if let Some((value, differs)) = result.write {
            set_field(s, op.offset, op.ty.bits, value);
            if grew || differs {
                changes += 1;
            }
        }
    }
    if changes > 0 {
        ctx.node.dirty += changes;
        ctx.notify(notify::STRING, "setbit", key);
    }
}

#[cfg(test)]
mod tests;
