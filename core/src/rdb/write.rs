//! RDB primitives written into a `Vec<u8>`: lengths, strings (integer-encoded when
//! Redis would, LZF-compressed over 20 bytes when `rdbcompression` is on), millisecond
//! times, binary doubles and intset blobs. Listpack blobs are built by
//! [`super::listpack::Builder`].

use super::lzf::Compressor;
use crate::types::set::IntSet;
use crate::util::number::parse_i64;

/// Writes `n` in RDB's length encoding (6, 14, 32 or 64 bits).
pub fn length(out: &mut Vec<u8>, n: u64) {
    if n < 1 << 6 {
        out.push(n as u8);
    } else if n < 1 << 14 {
        out.push(0x40 | (n >> 8) as u8);
        out.push(n as u8);
    } else if n <= u64::from(u32::MAX) {
        out.push(0x80);
        out.extend_from_slice(&(n as u32).to_be_bytes());
    } else {
        out.push(0x81);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

/// String encoding state: the LZF compressor (kept between strings) and whether to
/// compress at all (`rdbcompression`).
#[derive(Debug, Default)]
pub struct Encoder {
    lzf: Option<Box<Compressor>>,
    /// `rdbcompression`.
    pub compression: bool,
}

impl Encoder {
    /// An encoder that compresses strings over 20 bytes when `compression`.
    pub fn new(compression: bool) -> Self {
        Encoder {
            lzf: None,
            compression,
        }
    }

    /// Writes `s` as an RDB string: as an integer when it is the canonical text of
    /// one that fits in 32 bits, else LZF-compressed when that saves at least 4 bytes
    /// of a string over 20, else raw.
    pub fn string(&mut self, out: &mut Vec<u8>, s: &[u8]) {
        if s.len() <= 11
            && let Some(v) = parse_i64(s)
            && int_encoded(out, v)
        {
            return;
        }
        if self.compression && s.len() > 20 {
            let lzf = self.lzf.get_or_insert_with(Default::default);
            // Header: 0xC3, compressed length, original length; then the stream.
            let mark = out.len();
            out.push(0xC3);
            let mut packed = Vec::with_capacity(s.len());
            if let Some(n) = lzf.compress(s, s.len() - 4, &mut packed) {
                length(out, n as u64);
                length(out, s.len() as u64);
                out.extend_from_slice(&packed);
                return;
            }
            out.truncate(mark);
        }
        length(out, s.len() as u64);
        out.extend_from_slice(s);
    }
}

/// Writes `v` int-encoded (8, 16 or 32 bits) if it fits; false otherwise.
pub fn int_encoded(out: &mut Vec<u8>, v: i64) -> bool {
    if let Ok(b) = i8::try_from(v) {
        out.push(0xC0);
        out.extend_from_slice(&b.to_le_bytes());
    } else if let Ok(h) = i16::try_from(v) {
        out.push(0xC1);
        out.extend_from_slice(&h.to_le_bytes());
    } else if let Ok(w) = i32::try_from(v) {
        out.push(0xC2);
        out.extend_from_slice(&w.to_le_bytes());
    } else {
        return false;
    }
    true
}

/// Writes `ms` as the 8 little-endian bytes of EXPIRETIME_MS (Redis's
/// `rdbSaveMillisecondTime`).
pub fn millis(out: &mut Vec<u8>, ms: i64) {
    out.extend_from_slice(&ms.to_le_bytes());
}

/// Writes `v` as RDB 8+'s binary double: the IEEE 754 bits, little-endian
/// (`rdbSaveBinaryDoubleValue`; ZSET_2 scores).
pub fn binary_double(out: &mut Vec<u8>, v: f64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Appends the bytes of Redis's intset holding `set`: the element width in bytes (2, 4
/// or 8) and the count, both u32 little-endian, then the sorted members at that width,
/// little-endian. The width is the set's own, which (as in Redis) only ever grows.
pub fn intset_bytes(out: &mut Vec<u8>, set: &IntSet) {
    match set {
        IntSet::W16(v) => intset_words(out, 2, v.len(), v.iter().map(|x| x.to_le_bytes())),
        IntSet::W32(v) => intset_words(out, 4, v.len(), v.iter().map(|x| x.to_le_bytes())),
        IntSet::W64(v) => intset_words(out, 8, v.len(), v.iter().map(|x| x.to_le_bytes())),
    }
}

/// The intset header and `len` members of `width` bytes each.
fn intset_words<const N: usize>(
    out: &mut Vec<u8>,
    width: u32,
    len: usize,
    words: impl Iterator<Item = [u8; N]>,
) {
    out.reserve(8 + len * N);
    out.extend_from_slice(&width.to_le_bytes());
    // An intset holds at most 2^30 members (`set-max-intset-entries` is capped there).
    out.extend_from_slice(&(len as u32).to_le_bytes());
    for w in words {
        out.extend_from_slice(&w);
    }
}

/// Redis's `double2ll`: `d` as an integer when it is one within ±`LLONG_MAX / 2`
/// (sorted-set listpacks then store the score as an integer entry).
pub fn double_to_i64(d: f64) -> Option<i64> {
    const LIMIT: f64 = (i64::MAX / 2) as f64;
    if !(-LIMIT..=LIMIT).contains(&d) {
        return None;
    }
    let ll = d as i64;
    (ll as f64 == d).then_some(ll)
}
