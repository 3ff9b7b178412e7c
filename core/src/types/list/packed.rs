//! The packed entry format of a list node: entries laid end to end in one byte buffer,
//! walkable in both directions, with integers stored in binary (as Redis's listpack
//! does, so `"12345"` costs 4 bytes, not 7).
//!
//! An entry is a header byte, optional header/data bytes, then a *back-length* that
//! lets a reader standing at the entry's end find its start. Header byte:
//!
//! | header | entry | total size |
//! | --- | --- | --- |
//! | `0xxxxxxx` | integer 0..=127 | 1 (no back-length: the top bit 0 says so) |
//! | `10LLLLLL` | string of 0..=63 bytes | 2 + len |
//! | `110xxxxx` + 1 | 13-bit signed integer | 3 |
//! | `1110LLLL` + 1 | string of up to 4095 bytes | 3 + len (+1 from 62 bytes on) |
//! | `11110xxx` + 2 | 19-bit signed integer | 4 |
//! | `111110xx` + 3 | 26-bit signed integer | 5 |
//! | `0xFC` + 4 / `0xFD` + 8 | i32 / i64, little-endian | 6 / 10 |
//! | `0xFE` + u32 / `0xFF` + u64 | longer strings | 5 or 9 + len + back-length |
//!
//! The back-length stores the size of header plus data in 6-bit groups, lowest group
//! last: each byte is `1 c vvvvvv`, `c` set when another group precedes it. Its last
//! byte always has the top bit set, which is what tells it apart from a 1-byte integer
//! entry when walking backwards.
//!
//! A string is stored as an integer exactly when Redis's `string2ll` accepts it (the
//! canonical decimal form of an i64), so reading an entry back gives the same bytes.

use crate::resp::Reply;
use crate::util::number::parse_i64;

/// One list element as stored: an integer (canonical decimal string) or bytes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Elem<'a> {
    /// A string that is the canonical decimal form of this integer.
    Int(i64),
    /// Any other string.
    Bytes(&'a [u8]),
}

impl<'a> Elem<'a> {
    /// Classifies `bytes`: an integer when it is one in canonical form.
    pub fn from_bytes(bytes: &'a [u8]) -> Self {
        match parse_i64(bytes) {
            Some(v) => Elem::Int(v),
            None => Elem::Bytes(bytes),
        }
    }

    /// The element's bytes, owned.
    pub fn to_vec(self) -> Vec<u8> {
        match self {
            Elem::Int(v) => itoa::Buffer::new().format(v).as_bytes().to_vec(),
            Elem::Bytes(b) => b.to_vec(),
        }
    }

    /// Writes the element as a bulk string.
    pub fn write_bulk(self, out: &mut Reply) {
        match self {
            Elem::Int(v) => out.bulk_i64(v),
            Elem::Bytes(b) => out.bulk(b),
        }
    }

    /// Whether the element equals `needle` (byte-wise, as Redis compares).
    pub fn matches(self, needle: &Elem<'_>) -> bool {
        match (self, *needle) {
            (Elem::Int(a), Elem::Int(b)) => a == b,
            (Elem::Bytes(a), Elem::Bytes(b)) => a == b,
            // A canonical integer string is always stored as an integer, so an integer
            // entry never equals a non-integer string and vice versa.
            _ => false,
        }
    }

    /// An owned copy.
    pub fn to_owned_item(self) -> Item {
        match self {
            Elem::Int(v) => Item::Int(v),
            Elem::Bytes(b) => Item::Bytes(b.to_vec()),
        }
    }
}

/// An element taken out of a list (LPOP, LMOVE): owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// An integer element.
    Int(i64),
    /// A string element.
    Bytes(Vec<u8>),
}

impl Item {
    /// A view of the element.
    pub fn as_elem(&self) -> Elem<'_> {
        match self {
            Item::Int(v) => Elem::Int(*v),
            Item::Bytes(b) => Elem::Bytes(b),
        }
    }

    /// The element's bytes.
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            Item::Int(v) => itoa::Buffer::new().format(v).as_bytes().to_vec(),
            Item::Bytes(b) => b,
        }
    }
}

/// An entry ready to be written: its header, its data, its back-length.
pub struct Encoded<'a> {
    head: [u8; 9],
    head_len: u8,
    data: &'a [u8],
    back: [u8; 11],
    back_len: u8,
}

/// Number of bytes of the back-length of an entry whose header and data take `len`.
fn back_len_size(len: usize) -> usize {
    let mut n = 1;
    let mut rest = len >> 6;
    while rest != 0 {
        n += 1;
        rest >>= 6;
    }
    n
}

impl<'a> Encoded<'a> {
    /// Encodes `elem`.
    pub fn new(elem: Elem<'a>) -> Self {
        let mut e = Encoded {
            head: [0; 9],
            head_len: 0,
            data: &[],
            back: [0; 11],
            back_len: 0,
        };
        match elem {
            Elem::Int(v) => {
                if (0..=127).contains(&v) {
                    e.head[0] = v as u8;
                    e.head_len = 1;
                    return e; // no back-length
                }
                if (-4096..=4095).contains(&v) {
                    e.head[0] = 0xC0 | ((v >> 8) as u8 & 0x1F);
                    e.head[1] = v as u8;
                    e.head_len = 2;
                } else if (-(1 << 18)..(1 << 18)).contains(&v) {
                    e.head[0] = 0xF0 | ((v >> 16) as u8 & 0x07);
                    e.head[1] = (v >> 8) as u8;
                    e.head[2] = v as u8;
                    e.head_len = 3;
                } else if (-(1 << 25)..(1 << 25)).contains(&v) {
                    e.head[0] = 0xF8 | ((v >> 24) as u8 & 0x03);
                    e.head[1] = (v >> 16) as u8;
                    e.head[2] = (v >> 8) as u8;
                    e.head[3] = v as u8;
                    e.head_len = 4;
                } else {
                    let (tag, n) = if i64::from(v as i32) == v {
                        (0xFC, 4)
                    } else {
                        (0xFD, 8)
                    };
                    e.head[0] = tag;
                    e.head[1..1 + n].copy_from_slice(&v.to_le_bytes()[..n]);
                    e.head_len = 1 + n as u8;
                }
            }
            Elem::Bytes(b) => {
                let len = b.len();
                if len <= 63 {
                    e.head[0] = 0x80 | len as u8;
                    e.head_len = 1;
                } else if len <= 4095 {
                    e.head[0] = 0xE0 | (len >> 8) as u8;
                    e.head[1] = len as u8;
                    e.head_len = 2;
                } else if let Ok(l32) = u32::try_from(len) {
                    e.head[0] = 0xFE;
                    e.head[1..5].copy_from_slice(&l32.to_le_bytes());
                    e.head_len = 5;
                } else {
                    e.head[0] = 0xFF;
                    e.head[1..9].copy_from_slice(&(len as u64).to_le_bytes());
                    e.head_len = 9;
                }
                e.data = b;
            }
        }
        let body = usize::from(e.head_len) + e.data.len();
        let n = back_len_size(body);
        // Group i (lowest first) goes i bytes before the end.
        for i in 0..n {
            let group = ((body >> (6 * i)) & 0x3F) as u8;
            let more = if i + 1 < n { 0x40 } else { 0 };
            e.back[n - 1 - i] = 0x80 | more | group;
        }
        e.back_len = n as u8;
        e
    }

    /// Total size of the entry in bytes (never zero).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        usize::from(self.head_len) + self.data.len() + usize::from(self.back_len)
    }

    /// Writes the entry into `dst`, which must be exactly [`len`](Self::len) bytes.
    pub fn write_to(&self, dst: &mut [u8]) {
        let h = usize::from(self.head_len);
        let d = self.data.len();
        dst[..h].copy_from_slice(&self.head[..h]);
        dst[h..h + d].copy_from_slice(self.data);
        dst[h + d..].copy_from_slice(&self.back[..usize::from(self.back_len)]);
    }

    /// Appends the entry to `buf`.
    pub fn append_to(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&self.head[..usize::from(self.head_len)]);
        buf.extend_from_slice(self.data);
        buf.extend_from_slice(&self.back[..usize::from(self.back_len)]);
    }
}

/// Little-endian signed integer of `bytes.len()` bytes (1..=8).
fn read_int_le(bytes: &[u8]) -> i64 {
    let mut raw = [0u8; 8];
    let n = bytes.len().min(8);
    raw[..n].copy_from_slice(&bytes[..n]);
    let shift = 64 - 8 * n as u32;
    (i64::from_le_bytes(raw) << shift) >> shift
}

/// Little-endian unsigned length.
fn read_len_le(bytes: &[u8]) -> usize {
    let mut raw = [0u8; 8];
    let n = bytes.len().min(8);
    raw[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(raw) as usize
}

/// Decodes the entry starting at `off`: the element and the entry's total size.
/// `buf` must hold well-formed entries (only [`Encoded`] writes them).
pub fn decode(buf: &[u8], off: usize) -> (Elem<'_>, usize) {
    let h = buf[off];
    let (elem, body) = match h {
        0x00..=0x7F => return (Elem::Int(i64::from(h)), 1),
        0x80..=0xBF => {
            let len = usize::from(h & 0x3F);
            (Elem::Bytes(&buf[off + 1..off + 1 + len]), 1 + len)
        }
        0xC0..=0xDF => {
            let raw = (i64::from(h & 0x1F) << 8) | i64::from(buf[off + 1]);
            ((Elem::Int((raw << 51) >> 51)), 2)
        }
        0xE0..=0xEF => {
            let len = (usize::from(h & 0x0F) << 8) | usize::from(buf[off + 1]);
            (Elem::Bytes(&buf[off + 2..off + 2 + len]), 2 + len)
        }
        0xF0..=0xF7 => {
            let raw = (i64::from(h & 0x07) << 16)
                | (i64::from(buf[off + 1]) << 8)
                | i64::from(buf[off + 2]);
            (Elem::Int((raw << 45) >> 45), 3)
        }
        0xF8..=0xFB => {
            let raw = (i64::from(h & 0x03) << 24)
                | (i64::from(buf[off + 1]) << 16)
                | (i64::from(buf[off + 2]) << 8)
                | i64::from(buf[off + 3]);
            (Elem::Int((raw << 38) >> 38), 4)
        }
        0xFC | 0xFD => {
            let n = if h == 0xFC { 4 } else { 8 };
            (Elem::Int(read_int_le(&buf[off + 1..off + 1 + n])), 1 + n)
        }
        _ => {
            let n = if h == 0xFE { 4 } else { 8 };
            let len = read_len_le(&buf[off + 1..off + 1 + n]);
            let start = off + 1 + n;
            (Elem::Bytes(&buf[start..start + len]), 1 + n + len)
        }
    };
    (elem, body + back_len_size(body))
}

/// The start of the entry that ends at `end` (walking backwards).
pub fn prev_start(buf: &[u8], end: usize) -> usize {
    let last = buf[end - 1];
    if last & 0x80 == 0 {
        return end - 1;
    }
    let mut p = end;
    let mut body = 0usize;
    let mut shift = 0;
    loop {
        let b = buf[p - 1];
        p -= 1;
        body |= usize::from(b & 0x3F) << shift;
        shift += 6;
        if b & 0x40 == 0 {
            break;
        }
    }
    p - body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(elem: Elem<'_>) {
        let enc = Encoded::new(elem);
        let mut buf = vec![0xAA];
        enc.append_to(&mut buf);
        buf.push(5);
        let (got, size) = decode(&buf, 1);
        assert_eq!(got, elem);
        assert_eq!(size, enc.len());
        assert_eq!(prev_start(&buf, 1 + size), 1, "{elem:?}");
    }

    #[test]
    fn integers_and_strings_round_trip() {
        for v in [
            0,
            1,
            127,
            128,
            -1,
            -4096,
            4095,
            4096,
            -4097,
            32767,
            -32768,
            32768,
            (1 << 18) - 1,
            -(1 << 18),
            1 << 18,
            -(1 << 18) - 1,
            (1 << 23) - 1,
            -(1 << 23),
            1 << 23,
            (1 << 25) - 1,
            -(1 << 25),
            1 << 25,
            -(1 << 25) - 1,
            i64::from(i32::MAX),
            i64::from(i32::MIN),
            i64::from(i32::MAX) + 1,
            i64::MAX,
            i64::MIN,
        ] {
            roundtrip(Elem::Int(v));
        }
        for len in [0, 1, 61, 62, 63, 64, 4094, 4095, 4096, 70_000] {
            let data = vec![b'x'; len];
            roundtrip(Elem::Bytes(&data));
        }
    }

    #[test]
    fn every_integer_width_boundary_round_trips() {
        for k in 0..63 {
            for base in [1i64 << k, -(1i64 << k)] {
                for d in -2..=2 {
                    roundtrip(Elem::Int(base.wrapping_add(d)));
                }
            }
        }
        for v in (-300_000..300_000).step_by(7) {
            roundtrip(Elem::Int(v));
        }
    }

    #[test]
    fn sizes_are_compact() {
        assert_eq!(Encoded::new(Elem::Int(5)).len(), 1);
        assert_eq!(Encoded::new(Elem::Int(-5)).len(), 3);
        assert_eq!(Encoded::new(Elem::Int(123_456)).len(), 4);
        assert_eq!(Encoded::new(Elem::Int(999_999)).len(), 5);
        assert_eq!(Encoded::new(Elem::Int(-33_554_432)).len(), 5);
        assert_eq!(Encoded::new(Elem::Int(1 << 40)).len(), 10);
        assert_eq!(Encoded::new(Elem::Bytes(b"abc")).len(), 5);
    }

    #[test]
    fn classification_follows_string2ll() {
        assert_eq!(Elem::from_bytes(b"12"), Elem::Int(12));
        assert_eq!(Elem::from_bytes(b"-0"), Elem::Bytes(b"-0"));
        assert_eq!(Elem::from_bytes(b"012"), Elem::Bytes(b"012"));
        assert_eq!(Elem::from_bytes(b"+1"), Elem::Bytes(b"+1"));
        assert_eq!(Elem::from_bytes(b" 1"), Elem::Bytes(b" 1"));
        assert_eq!(
            Elem::from_bytes(b"-9223372036854775808"),
            Elem::Int(i64::MIN)
        );
        assert_eq!(
            Elem::from_bytes(b"9223372036854775808"),
            Elem::Bytes(b"9223372036854775808")
        );
    }
}
