//! Decoders of the packed blobs RDB values embed: zipmap (2.x hashes), ziplist
//! (lists, hashes and sorted sets up to 6.2) and intset, each validated against its
//! own header and bounded by the blob's length. Listpacks (7.0+) are read by
//! [`super::listpack`].
//!
//! The decoders check what makes the blob walkable and self-consistent (total size,
//! end marker, entry headers inside the blob, the element count when the header holds
//! one, intsets sorted and distinct); a failure is reported as Redis words it
//! ("Hash ziplist integrity check failed."), with the type's name supplied by the
//! caller. None of them allocates: they hand out slices of the blob.

use super::RdbError;

pub use super::listpack::Entry;

/// Calls `f` with the bytes of `e` (an integer in decimal), without allocating.
#[inline]
pub fn with_bytes<R>(e: Entry<'_>, f: impl FnOnce(&[u8]) -> R) -> R {
    match e {
        Entry::Int(v) => f(itoa::Buffer::new().format(v).as_bytes()),
        Entry::Str(s) => f(s),
    }
}

/// Length of the bytes of `e`.
pub fn byte_len(e: Entry<'_>) -> usize {
    match e {
        Entry::Int(v) => itoa::Buffer::new().format(v).len(),
        Entry::Str(s) => s.len(),
    }
}

/// `e` as a double (a zset score stored in a ziplist or listpack): an integer entry
/// converts, a string one is parsed as Redis's `zzlStrtod` does.
pub fn to_f64(e: Entry<'_>) -> Option<f64> {
    match e {
        Entry::Int(v) => Some(v as f64),
        Entry::Str(s) => std::str::from_utf8(s).ok()?.trim().parse::<f64>().ok(),
    }
}

/// The error for a blob of kind `what` (e.g. `"Hash ziplist"`) that fails its checks.
pub fn integrity(what: &str) -> RdbError {
    RdbError::Corrupt(format!("{what} integrity check failed."))
}

/// Reads `N` bytes at `pos` of `buf`.
#[inline]
fn array_at<const N: usize>(buf: &[u8], pos: usize) -> Option<[u8; N]> {
    let s = buf.get(pos..pos.checked_add(N)?)?;
    let mut a = [0u8; N];
    a.copy_from_slice(s);
    Some(a)
}

/// A validated ziplist, walked entry by entry.
///
/// Layout: `zlbytes` (u32 LE, the blob's size), `zltail` (u32 LE, offset of the last
/// entry), `zllen` (u16 LE, 65535 = count it), the entries, then 0xFF. An entry is
/// `prevlen` (1 byte, or 0xFE and a u32 LE), an encoding byte (strings: 6-bit, 14-bit
/// big-endian or 32-bit big-endian lengths; integers: int16/32/64/24/8 little-endian,
/// or 0..=12 in the byte itself), then the data.
#[derive(Debug, Clone)]
pub struct Ziplist<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Entries left to hand out (from the header, or counted by `open`).
    left: usize,
}

/// Header size of a ziplist.
const ZL_HEADER: usize = 10;

impl<'a> Ziplist<'a> {
    /// Checks `blob`'s header and every entry's bounds; `None` if it is malformed.
    pub fn open(blob: &'a [u8]) -> Option<Self> {
        let zlbytes = u32::from_le_bytes(array_at(blob, 0)?) as usize;
        let zltail = u32::from_le_bytes(array_at(blob, 4)?) as usize;
        let zllen = u16::from_le_bytes(array_at(blob, 8)?);
        if zlbytes != blob.len() || zlbytes < ZL_HEADER + 1 || *blob.last()? != 0xFF {
            return None;
        }
        if zltail > zlbytes - 1 {
            return None;
        }
        // Walk once: every entry inside the blob, the last one where `zltail` says.
        let mut pos = ZL_HEADER;
        let mut count = 0usize;
        let mut last = ZL_HEADER;
        let mut prev_len = 0usize;
        while *blob.get(pos)? != 0xFF {
            let (entry_len, prevlen) = entry_at(blob, pos)?;
            if prevlen != prev_len {
                return None;
            }
            last = pos;
            prev_len = entry_len;
            pos += entry_len;
            count += 1;
        }
        if pos != zlbytes - 1 {
            return None;
        }
        if (count > 0 && last != zltail) || (count == 0 && zltail != ZL_HEADER) {
            return None;
        }
        if zllen != u16::MAX && usize::from(zllen) != count {
            return None;
        }
        Some(Ziplist {
            buf: blob,
            pos: ZL_HEADER,
            left: count,
        })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.left
    }

    /// Whether the ziplist has no (more) entries.
    pub fn is_empty(&self) -> bool {
        self.left == 0
    }
}

impl<'a> Iterator for Ziplist<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        if self.left == 0 {
            return None;
        }
        let (len, _) = entry_at(self.buf, self.pos)?;
        let e = decode_entry(self.buf, self.pos)?;
        self.pos += len;
        self.left -= 1;
        Some(e)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Ziplist<'_> {}

/// The parts of the ziplist entry at `pos`: prevlen field size, header (encoding)
/// size, data size.
fn entry_layout(buf: &[u8], pos: usize) -> Option<(usize, usize, usize, usize)> {
    let first = *buf.get(pos)?;
    let (prev_size, prevlen) = if first < 0xFE {
        (1, usize::from(first))
    } else if first == 0xFE {
        (5, u32::from_le_bytes(array_at(buf, pos + 1)?) as usize)
    } else {
        return None;
    };
    let p = pos + prev_size;
    let enc = *buf.get(p)?;
    let (head, data) = match enc >> 6 {
        0 => (1, usize::from(enc & 0x3f)),
        1 => (
            2,
            (usize::from(enc & 0x3f) << 8) | usize::from(*buf.get(p + 1)?),
        ),
        2 => {
            if enc != 0x80 {
                return None;
            }
            (5, u32::from_be_bytes(array_at(buf, p + 1)?) as usize)
        }
        _ => match enc {
            0xC0 => (1, 2),
            0xD0 => (1, 4),
            0xE0 => (1, 8),
            0xF0 => (1, 3),
            0xFE => (1, 1),
            0xF1..=0xFD => (1, 0),
            _ => return None,
        },
    };
    Some((prev_size, head, data, prevlen))
}

/// The total size of the entry at `pos` and its `prevlen`, if it lies inside the
/// blob (before its end marker).
fn entry_at(buf: &[u8], pos: usize) -> Option<(usize, usize)> {
    let (prev_size, head, data, prevlen) = entry_layout(buf, pos)?;
    let len = prev_size.checked_add(head)?.checked_add(data)?;
    // The entry must end before the final 0xFF.
    if pos.checked_add(len)? >= buf.len() {
        return None;
    }
    Some((len, prevlen))
}

/// Decodes the entry at `pos` (already bounds-checked by [`entry_at`]).
fn decode_entry(buf: &[u8], pos: usize) -> Option<Entry<'_>> {
    let (prev_size, head, data, _) = entry_layout(buf, pos)?;
    let p = pos + prev_size;
    let enc = *buf.get(p)?;
    let d = p + head;
    Some(match enc >> 6 {
        0..=2 => Entry::Str(buf.get(d..d + data)?),
        _ => Entry::Int(match enc {
            0xC0 => i64::from(i16::from_le_bytes(array_at(buf, d)?)),
            0xD0 => i64::from(i32::from_le_bytes(array_at(buf, d)?)),
            0xE0 => i64::from_le_bytes(array_at(buf, d)?),
            0xF0 => {
                let [a, b, c] = array_at::<3>(buf, d)?;
                i64::from(i32::from_le_bytes([0, a, b, c]) >> 8)
            }
            0xFE => i64::from(*buf.get(d)? as i8),
            n => i64::from((n & 0x0f) - 1),
        }),
    })
}

/// A validated zipmap (Redis 2.x small hashes), walked pair by pair.
///
/// Layout: a count byte (254 or more: count it), then pairs of `len key len free
/// value` followed by `free` unused bytes, then 0xFF. A length is one byte below 254,
/// or 254 and a u32 LE.
#[derive(Debug, Clone)]
pub struct Zipmap<'a> {
    buf: &'a [u8],
    pos: usize,
    left: usize,
}

impl<'a> Zipmap<'a> {
    /// Checks the whole blob; `None` if it is malformed.
    pub fn open(blob: &'a [u8]) -> Option<Self> {
        let declared = *blob.first()?;
        let mut pos = 1;
        let mut count = 0usize;
        loop {
            if *blob.get(pos)? == 0xFF {
                break;
            }
            let (_, _, next) = zipmap_pair(blob, pos)?;
            pos = next;
            count += 1;
        }
        if pos + 1 != blob.len() {
            return None;
        }
        if declared < 254 && usize::from(declared) != count {
            return None;
        }
        Some(Zipmap {
            buf: blob,
            pos: 1,
            left: count,
        })
    }

    /// Number of pairs.
    pub fn len(&self) -> usize {
        self.left
    }

    /// Whether there are no (more) pairs.
    pub fn is_empty(&self) -> bool {
        self.left == 0
    }
}

impl<'a> Iterator for Zipmap<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        let (k, v, next) = zipmap_pair(self.buf, self.pos)?;
        self.pos = next;
        self.left -= 1;
        Some((k, v))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

/// A zipmap length at `pos`: the length and the position after it.
fn zipmap_len(buf: &[u8], pos: usize) -> Option<(usize, usize)> {
    match *buf.get(pos)? {
        b @ 0..=253 => Some((usize::from(b), pos + 1)),
        254 => Some((
            u32::from_le_bytes(array_at(buf, pos + 1)?) as usize,
            pos + 5,
        )),
        _ => None,
    }
}

/// The pair at `pos`: key, value and where the next pair starts.
fn zipmap_pair(buf: &[u8], pos: usize) -> Option<(&[u8], &[u8], usize)> {
    let (klen, p) = zipmap_len(buf, pos)?;
    let key = buf.get(p..p.checked_add(klen)?)?;
    let (vlen, p) = zipmap_len(buf, p + klen)?;
    let free = usize::from(*buf.get(p)?);
    let p = p + 1;
    let value = buf.get(p..p.checked_add(vlen)?)?;
    let next = p + vlen + free;
    // The free space and the end marker must still be inside the blob.
    if next >= buf.len() {
        return None;
    }
    Some((key, value, next))
}

/// A validated intset: `encoding` (u32 LE: 2, 4 or 8 bytes per member), `length`
/// (u32 LE), then the members little-endian, strictly ascending.
#[derive(Debug, Clone)]
pub struct Intset<'a> {
    /// Bytes per member.
    pub width: usize,
    data: &'a [u8],
}

impl<'a> Intset<'a> {
    /// Checks the blob; `None` if it is malformed (bad width, size, or order).
    pub fn open(blob: &'a [u8]) -> Option<Self> {
        let width = u32::from_le_bytes(array_at(blob, 0)?) as usize;
        let len = u32::from_le_bytes(array_at(blob, 4)?) as usize;
        if !matches!(width, 2 | 4 | 8) || len.checked_mul(width)?.checked_add(8)? != blob.len() {
            return None;
        }
        let set = Intset {
            width,
            data: blob.get(8..)?,
        };
        let mut prev: Option<i64> = None;
        for v in set.iter() {
            if prev.is_some_and(|p| p >= v) {
                return None;
            }
            prev = Some(v);
        }
        Some(set)
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.data.len() / self.width
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The members in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = i64> + '_ {
        let w = self.width;
        self.data.chunks_exact(w).map(move |c| match w {
            2 => i64::from(i16::from_le_bytes([c[0], c[1]])),
            4 => i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])),
            _ => i64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ziplist of `entries` (each `(encoding+data bytes)`), with correct prevlens.
    fn ziplist(entries: &[&[u8]]) -> Vec<u8> {
        let mut body = Vec::new();
        let mut prev = 0usize;
        let mut tail = ZL_HEADER;
        for e in entries {
            tail = ZL_HEADER + body.len();
            let start = body.len();
            if prev < 254 {
                body.push(prev as u8);
            } else {
                body.push(0xFE);
                body.extend_from_slice(&(prev as u32).to_le_bytes());
            }
            body.extend_from_slice(e);
            prev = body.len() - start;
        }
        let total = ZL_HEADER + body.len() + 1;
        let mut out = Vec::new();
        out.extend_from_slice(&(total as u32).to_le_bytes());
        out.extend_from_slice(&(tail as u32).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&body);
        out.push(0xFF);
        out
    }

    #[test]
    fn ziplist_every_encoding() {
        let big = vec![b'x'; 300];
        let mut e14 = vec![0x40 | 1, 44];
        e14.extend_from_slice(&big);
        let zl = ziplist(&[
            b"\x03abc",
            &e14,
            &[0xC0, 0x00, 0x80],
            &[0xD0, 0xFF, 0xFF, 0xFF, 0x7F],
            &[0xE0, 0, 0, 0, 0, 0, 0, 0, 0x80],
            &[0xF0, 0x00, 0x00, 0x80],
            &[0xFE, 0x80],
            &[0xF1],
            &[0xFD],
        ]);
        let got: Vec<_> = Ziplist::open(&zl).unwrap().collect();
        assert_eq!(
            got,
            vec![
                Entry::Str(b"abc"),
                Entry::Str(&big),
                Entry::Int(-32768),
                Entry::Int(i64::from(i32::MAX)),
                Entry::Int(i64::MIN),
                Entry::Int(-8_388_608),
                Entry::Int(-128),
                Entry::Int(0),
                Entry::Int(12),
            ]
        );
    }

    #[test]
    fn ziplist_rejects_damage() {
        let zl = ziplist(&[b"\x03abc", b"\x01z"]);
        assert!(Ziplist::open(&zl).is_some());
        // Wrong size, missing end, wrong count, entry past the end, wrong tail.
        assert!(Ziplist::open(&zl[..zl.len() - 1]).is_none());
        let mut bad = zl.clone();
        *bad.last_mut().unwrap() = 0;
        assert!(Ziplist::open(&bad).is_none());
        let mut bad = zl.clone();
        bad[8] = 3;
        assert!(Ziplist::open(&bad).is_none());
        let mut bad = zl.clone();
        bad[11] = 0x3f;
        assert!(Ziplist::open(&bad).is_none());
        let mut bad = zl.clone();
        bad[4] = 10;
        assert!(Ziplist::open(&bad).is_none());
        assert!(Ziplist::open(b"xxxxx").is_none());
    }

    #[test]
    fn zipmap_pairs() {
        // 2 pairs: "a" -> "1" (1 free byte), "bb" -> "" ; end.
        let zm = b"\x02\x01a\x01\x011\x00\x02bb\x00\x00\xff";
        let got: Vec<_> = Zipmap::open(zm).unwrap().collect();
        assert_eq!(got, vec![(&b"a"[..], &b"1"[..]), (&b"bb"[..], &b""[..])]);
        assert!(Zipmap::open(&zm[..zm.len() - 1]).is_none());
        assert!(Zipmap::open(b"\x03\x01a\x01\x001\xff").is_none());
    }

    #[test]
    fn intset_widths_and_order() {
        let mut b = vec![4, 0, 0, 0, 2, 0, 0, 0];
        b.extend_from_slice(&(-70000i32).to_le_bytes());
        b.extend_from_slice(&70000i32.to_le_bytes());
        let s = Intset::open(&b).unwrap();
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![-70000, 70000]);
        let mut unsorted = b.clone();
        unsorted[8..].rotate_left(4);
        assert!(Intset::open(&unsorted).is_none());
        assert!(Intset::open(&b[..b.len() - 1]).is_none());
        let mut bad_width = b.clone();
        bad_width[0] = 3;
        assert!(Intset::open(&bad_width).is_none());
    }
}
