//! Listpack, the packed list Redis 7 embeds in RDB values (hashes, sorted sets and
//! sets when small, quicklist nodes, stream nodes), read and written from its
//! description in Redis's `listpack.md`.
//!
//! Layout: a 4-byte total length and a 2-byte element count (65535: "count it"), both
//! little-endian, then the entries, then `0xFF`. Each entry is an encoding byte (and
//! its data), then a "backlen": the entry's own length (encoding plus data) in 1 to 5
//! bytes of 7 bits, written so that it reads right to left. Integers take the smallest
//! form that holds them (7-bit unsigned; 13, 16, 24, 32 or 64-bit signed); strings
//! carry a 6, 12 or 32-bit length.
//!
//! [`Listpack::parse`] validates a whole blob up front (header length, every entry's
//! bounds and backlen, the terminator, the count) so that iterating afterwards cannot
//! fail; [`Builder`] writes entries as Redis would encode them.

/// One element of a listpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    /// An integer-encoded element.
    Int(i64),
    /// A string element.
    Str(&'a [u8]),
}

impl Entry<'_> {
    /// The element as Redis replies it: integers in decimal.
    pub fn to_vec(self) -> Vec<u8> {
        match self {
            Entry::Int(v) => v.to_string().into_bytes(),
            Entry::Str(s) => s.to_vec(),
        }
    }

    /// The element as an integer, if it is one (or a string holding a canonical one).
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Entry::Int(v) => Some(v),
            Entry::Str(s) => crate::util::number::parse_i64(s),
        }
    }
}

/// Why a blob is not a valid listpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListpackError(pub &'static str);

impl std::fmt::Display for ListpackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid listpack: {}", self.0)
    }
}

/// Header size: total bytes (u32) and element count (u16).
const HEADER: usize = 6;
/// The terminator byte.
const END: u8 = 0xFF;
/// The count field's "unknown" value.
const COUNT_UNKNOWN: u16 = u16::MAX;

/// A validated listpack blob.
#[derive(Debug, Clone, Copy)]
pub struct Listpack<'a> {
    bytes: &'a [u8],
    len: usize,
}

impl<'a> Listpack<'a> {
    /// Checks `bytes` whole and returns the listpack, or why it is malformed.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, ListpackError> {
        let header = bytes
            .get(..HEADER)
            .ok_or(ListpackError("shorter than its header"))?;
        let total = u32::from_le_bytes([header[0], header[1], header[2], header[3]]) as usize;
        if total != bytes.len() {
            return Err(ListpackError("total length differs from the blob's"));
        }
        let count = u16::from_le_bytes([header[4], header[5]]);
        let mut pos = HEADER;
        let mut len = 0usize;
        loop {
            let b = *bytes.get(pos).ok_or(ListpackError("no terminator"))?;
            if b == END {
                if pos + 1 != bytes.len() {
                    return Err(ListpackError("bytes after the terminator"));
                }
                break;
            }
            let (_, size) = decode_entry(&bytes[pos..])?;
            let back_len = backlen_size(size);
            let backlen = bytes
                .get(pos + size..pos + size + back_len)
                .ok_or(ListpackError("entry past the end"))?;
            if decode_backlen(backlen) != Some(size) {
                return Err(ListpackError("backlen does not match the entry"));
            }
            pos += size + back_len;
            len += 1;
        }
        if count != COUNT_UNKNOWN && usize::from(count) != len {
            return Err(ListpackError("element count differs from the header"));
        }
        Ok(Listpack { bytes, len })
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether it holds no element.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The elements in order.
    pub fn iter(&self) -> Iter<'a> {
        Iter {
            rest: self.bytes.get(HEADER..).unwrap_or(&[]),
            left: self.len,
        }
    }
}

/// Iterator over a validated listpack's elements.
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    rest: &'a [u8],
    left: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        if self.left == 0 {
            return None;
        }
        // Validated by `parse`: decoding cannot fail here.
        let (entry, size) = decode_entry(self.rest).ok()?;
        let step = size + backlen_size(size);
        self.rest = self.rest.get(step..)?;
        self.left -= 1;
        Some(entry)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

/// Decodes the entry at the start of `p`: the element and the size of its encoding
/// byte(s) plus data (without the backlen).
fn decode_entry(p: &[u8]) -> Result<(Entry<'_>, usize), ListpackError> {
    let short = ListpackError("entry past the end");
    let b = *p.first().ok_or(short)?;
    let take = |from: usize, n: usize| p.get(from..from + n).ok_or(short);
    let signed = |uval: u64, bits: u32| -> i64 {
        // Two's complement in `bits` bits.
        if bits < 64 && uval >= 1 << (bits - 1) {
            (uval as i64) - (1i64 << bits)
        } else {
            uval as i64
        }
    };
    let le = |s: &[u8]| s.iter().rev().fold(0u64, |acc, &x| acc << 8 | u64::from(x));
    if b & 0x80 == 0 {
        return Ok((Entry::Int(i64::from(b & 0x7f)), 1));
    }
    if b & 0xC0 == 0x80 {
        let n = usize::from(b & 0x3f);
        return Ok((Entry::Str(take(1, n)?), 1 + n));
    }
    if b & 0xE0 == 0xC0 {
        let lo = *p.get(1).ok_or(short)?;
        let uval = u64::from(b & 0x1f) << 8 | u64::from(lo);
        return Ok((Entry::Int(signed(uval, 13)), 2));
    }
    if b & 0xF0 == 0xE0 {
        let lo = *p.get(1).ok_or(short)?;
        let n = usize::from(b & 0x0f) << 8 | usize::from(lo);
        return Ok((Entry::Str(take(2, n)?), 2 + n));
    }
    match b {
        0xF0 => {
            let n = le(take(1, 4)?) as usize;
            Ok((Entry::Str(take(5, n)?), 5 + n))
        }
        0xF1 => Ok((Entry::Int(signed(le(take(1, 2)?), 16)), 3)),
        0xF2 => Ok((Entry::Int(signed(le(take(1, 3)?), 24)), 4)),
        0xF3 => Ok((Entry::Int(signed(le(take(1, 4)?), 32)), 5)),
        0xF4 => Ok((Entry::Int(le(take(1, 8)?) as i64), 9)),
        _ => Err(ListpackError("unknown entry encoding")),
    }
}

/// Bytes the backlen of an entry of `size` bytes takes.
fn backlen_size(size: usize) -> usize {
    match size {
        0..=127 => 1,
        128..=16382 => 2,
        16383..=2_097_150 => 3,
        2_097_151..=268_435_454 => 4,
        _ => 5,
    }
}

/// Reads a backlen laid out left to right as written (most significant group first,
/// every byte but the first with its high bit set).
fn decode_backlen(b: &[u8]) -> Option<usize> {
    let (first, rest) = b.split_first()?;
    if first & 0x80 != 0 || rest.iter().any(|x| x & 0x80 == 0) {
        return None;
    }
    Some(
        b.iter()
            .fold(0usize, |acc, &x| acc << 7 | usize::from(x & 0x7f)),
    )
}

/// Appends the backlen of an entry of `size` bytes.
fn encode_backlen(out: &mut Vec<u8>, size: usize) {
    let n = backlen_size(size);
    for i in (0..n).rev() {
        let group = ((size >> (7 * i)) & 0x7f) as u8;
        out.push(if i == n - 1 { group } else { group | 0x80 });
    }
}

/// Writes a listpack entry by entry, choosing each entry's encoding as Redis does: a
/// string that is the canonical decimal text of an `i64` is stored as an integer.
#[derive(Debug, Clone)]
pub struct Builder {
    buf: Vec<u8>,
    len: usize,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    /// An empty listpack.
    pub fn new() -> Self {
        let mut buf = Vec::with_capacity(64);
        buf.extend_from_slice(&[0; HEADER]);
        Builder { buf, len: 0 }
    }

    /// Number of elements so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no element was added.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends `s`, integer-encoded when it is the canonical text of an `i64`.
    pub fn push(&mut self, s: &[u8]) {
        if s.len() <= 20
            && let Some(v) = crate::util::number::parse_i64(s)
        {
            self.push_int(v);
        } else {
            self.push_str(s);
        }
    }

    /// Appends an integer in its smallest encoding.
    pub fn push_int(&mut self, v: i64) {
        let start = self.buf.len();
        let out = &mut self.buf;
        if (0..=127).contains(&v) {
            out.push(v as u8);
        } else if (-4096..=4095).contains(&v) {
            let u = (v as u64) & 0x1fff;
            out.push(0xC0 | (u >> 8) as u8);
            out.push(u as u8);
        } else if let Ok(x) = i16::try_from(v) {
            out.push(0xF1);
            out.extend_from_slice(&x.to_le_bytes());
        } else if (-(1 << 23)..(1 << 23)).contains(&v) {
            out.push(0xF2);
            out.extend_from_slice(&(v as i32).to_le_bytes()[..3]);
        } else if let Ok(x) = i32::try_from(v) {
            out.push(0xF3);
            out.extend_from_slice(&x.to_le_bytes());
        } else {
            out.push(0xF4);
            out.extend_from_slice(&v.to_le_bytes());
        }
        let size = self.buf.len() - start;
        encode_backlen(&mut self.buf, size);
        self.len += 1;
    }

    /// Appends `s` as a string entry (never integer-encoded).
    pub fn push_str(&mut self, s: &[u8]) {
        let start = self.buf.len();
        let out = &mut self.buf;
        let n = s.len();
        if n < 64 {
            out.push(0x80 | n as u8);
        } else if n < 4096 {
            out.push(0xE0 | (n >> 8) as u8);
            out.push(n as u8);
        } else {
            out.push(0xF0);
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        out.extend_from_slice(s);
        let size = self.buf.len() - start;
        encode_backlen(&mut self.buf, size);
        self.len += 1;
    }

    /// Bytes the finished listpack will take.
    pub fn byte_len(&self) -> usize {
        self.buf.len() + 1
    }

    /// The finished blob: header filled in, terminator added.
    pub fn finish(mut self) -> Vec<u8> {
        self.buf.push(END);
        let total = self.buf.len() as u32;
        let count = u16::try_from(self.len).unwrap_or(COUNT_UNKNOWN);
        self.buf[..4].copy_from_slice(&total.to_le_bytes());
        self.buf[4..6].copy_from_slice(&count.to_le_bytes());
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quickcheck::QuickCheck;

    #[test]
    fn encodings_follow_the_spec() {
        // Hand-assembled from listpack.md: each entry's bytes, then its backlen.
        let cases: &[(i64, &[u8])] = &[
            (0, &[0x00, 0x01]),
            (127, &[0x7f, 0x01]),
            (128, &[0xC0, 0x80, 0x02]),
            (-1, &[0xDF, 0xFF, 0x02]),
            (-4096, &[0xD0, 0x00, 0x02]),
            (4095, &[0xCF, 0xFF, 0x02]),
            (4096, &[0xF1, 0x00, 0x10, 0x03]),
            (-32768, &[0xF1, 0x00, 0x80, 0x03]),
            (32768, &[0xF2, 0x00, 0x80, 0x00, 0x04]),
            (1 << 23, &[0xF3, 0x00, 0x00, 0x80, 0x00, 0x05]),
            (1 << 31, &[0xF4, 0, 0, 0, 0x80, 0, 0, 0, 0, 0x09]),
        ];
        for (v, bytes) in cases {
            let mut b = Builder::new();
            b.push_int(*v);
            let lp = b.finish();
            assert_eq!(&lp[HEADER..lp.len() - 1], *bytes, "{v}");
            let parsed = Listpack::parse(&lp).unwrap();
            assert_eq!(parsed.iter().collect::<Vec<_>>(), vec![Entry::Int(*v)]);
        }
        let mut b = Builder::new();
        b.push(b"abc");
        b.push(b"12");
        b.push(b"012");
        let lp = b.finish();
        // 6-byte header: total 19, count 3; "abc" as a 6-bit string; 12 as 7-bit uint;
        // "012" is not canonical, so a string.
        assert_eq!(
            lp,
            vec![
                19, 0, 0, 0, 3, 0, 0x83, b'a', b'b', b'c', 4, 12, 1, 0x83, b'0', b'1', b'2', 4,
                0xFF
            ]
        );
    }

    #[test]
    fn same_bytes_as_redis() {
        // redis-server 7.0.15: `HSET h a 1 b hello c -5000 d 100000 e 5000000000`, then
        // `DUMP h`: the listpack inside the payload.
        let redis: &[u8] = b"2\x00\x00\x00\n\x00\x81a\x02\x01\x01\x81b\x02\x85hello\x06\x81c\x02\xf1x\xec\x03\x81d\x02\xf2\xa0\x86\x01\x04\x81e\x02\xf4\x00\xf2\x05*\x01\x00\x00\x00\t\xff";
        let parsed = Listpack::parse(redis).unwrap();
        let items: Vec<Vec<u8>> = parsed.iter().map(Entry::to_vec).collect();
        let want: Vec<&[u8]> = vec![
            b"a",
            b"1",
            b"b",
            b"hello",
            b"c",
            b"-5000",
            b"d",
            b"100000",
            b"e",
            b"5000000000",
        ];
        assert_eq!(items, want);
        let mut b = Builder::new();
        for w in &want {
            b.push(w);
        }
        assert_eq!(b.finish(), redis);
    }

    #[test]
    fn long_strings_and_backlens() {
        for n in [63usize, 64, 127, 128, 4095, 4096, 20_000] {
            let s = vec![b'x'; n];
            let mut b = Builder::new();
            b.push(&s);
            b.push(b"-7");
            let lp = b.finish();
            let parsed = Listpack::parse(&lp).unwrap();
            let items: Vec<_> = parsed.iter().collect();
            assert_eq!(items, vec![Entry::Str(&s), Entry::Int(-7)], "{n}");
        }
    }

    #[test]
    fn round_trip_and_garbage() {
        fn prop(items: Vec<Vec<u8>>, ints: Vec<i64>) -> bool {
            let mut b = Builder::new();
            for i in &items {
                b.push_str(i);
            }
            for v in &ints {
                b.push_int(*v);
            }
            let lp = b.finish();
            let Ok(parsed) = Listpack::parse(&lp) else {
                return false;
            };
            let want: Vec<Entry<'_>> = items
                .iter()
                .map(|i| Entry::Str(i))
                .chain(ints.iter().map(|v| Entry::Int(*v)))
                .collect();
            parsed.iter().collect::<Vec<_>>() == want
        }
        QuickCheck::new()
            .tests(300)
            .quickcheck(prop as fn(Vec<Vec<u8>>, Vec<i64>) -> bool);
        fn garbage(bytes: Vec<u8>) -> bool {
            if let Ok(lp) = Listpack::parse(&bytes) {
                lp.iter().count() == lp.len()
            } else {
                true
            }
        }
        QuickCheck::new()
            .tests(2000)
            .quickcheck(garbage as fn(Vec<u8>) -> bool);
        // Corruptions of a valid blob are refused, not misread.
        let mut b = Builder::new();
        b.push(b"hello");
        let lp = b.finish();
        let mut bad = lp.clone();
        bad[0] += 1;
        assert!(Listpack::parse(&bad).is_err());
        let mut bad = lp.clone();
        bad[4] = 2;
        assert!(Listpack::parse(&bad).is_err());
        let mut bad = lp.clone();
        *bad.iter_mut().rev().nth(1).unwrap() = 9;
        assert!(Listpack::parse(&bad).is_err());
    }
}
