//! [`Listpack`]: the compact encoding of a small hash, as Redis's listpack: every field
//! and value in one contiguous buffer, in insertion order, each prefixed by its length
//! (LEB128, one byte below 128). Lookups scan the buffer, which is fast while the hash
//! stays under `hash-max-listpack-entries` pairs of at most `hash-max-listpack-value`
//! bytes, and costs about two bytes per element on top of the data.

/// Field/value pairs packed into one buffer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listpack {
    buf: Vec<u8>,
    pairs: u32,
}

/// Where a pair sits in the buffer: the value's bytes and the end of the pair.
#[derive(Copy, Clone, Debug)]
struct PairAt {
    /// Offset of the field's length prefix.
    start: usize,
    /// The value's data range.
    value: (usize, usize),
}

/// Appends `len` as LEB128.
fn put_len(buf: &mut Vec<u8>, len: usize) {
    let mut tmp = [0u8; 10];
    let n = encode_len(&mut tmp, len);
    buf.extend_from_slice(&tmp[..n]);
}

/// Writes `len` as LEB128 into `out`; returns the number of bytes.
fn encode_len(out: &mut [u8; 10], mut len: usize) -> usize {
    let mut n = 0;
    while len >= 0x80 && n < 9 {
        out[n] = (len as u8 & 0x7f) | 0x80;
        len >>= 7;
        n += 1;
    }
    out[n] = len as u8;
    n + 1
}

/// Bytes `put_len` writes for `len`.
fn len_size(len: usize) -> usize {
    let bits = usize::BITS - len.leading_zeros();
    (bits as usize).div_ceil(7).max(1)
}

/// The element whose length prefix starts at `pos`: its data range, or `None` past the
/// end (or on a malformed buffer, which the encoder never writes).
fn element(buf: &[u8], pos: usize) -> Option<(usize, usize)> {
    let mut len = 0usize;
    let mut shift = 0u32;
    let mut p = pos;
    loop {
        let b = *buf.get(p)?;
        p += 1;
        len |= usize::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    let end = p.checked_add(len)?;
    (end <= buf.len()).then_some((p, end))
}

impl Listpack {
    /// An empty listpack.
    pub fn new() -> Self {
        Listpack::default()
    }

    /// Number of pairs.
    pub fn len(&self) -> usize {
        self.pairs as usize
    }

    /// Whether there are no pairs.
    pub fn is_empty(&self) -> bool {
        self.pairs == 0
    }

    /// Size of the buffer in bytes (Redis caps a listpack's size too).
    pub fn byte_len(&self) -> usize {
        self.buf.len()
    }

    /// Heap bytes held.
    pub fn allocation_size(&self) -> usize {
        self.buf.capacity()
    }

    /// The pair whose field is `field`.
    fn find(&self, field: &[u8]) -> Option<PairAt> {
        let buf = &self.buf[..];
        let mut pos = 0;
        while let Some((fs, fe)) = element(buf, pos) {
            let value = element(buf, fe)?;
            if &buf[fs..fe] == field {
                return Some(PairAt { start: pos, value });
            }
            pos = value.1;
        }
        None
    }

    /// The value of `field`.
    pub fn get(&self, field: &[u8]) -> Option<&[u8]> {
        self.find(field).map(|p| &self.buf[p.value.0..p.value.1])
    }

    /// Sets `field` to `value`, in place if the field exists (keeping its position),
    /// else appended at the end. Returns whether the field is new.
    pub fn set(&mut self, field: &[u8], value: &[u8]) -> bool {
        match self.find(field) {
            Some(at) => {
                let (start, end) = at.value;
                if end - start == value.len() {
                    // Same length (a counter, a rewrite): overwrite in place.
                    self.buf[start..end].copy_from_slice(value);
                } else {
                    let prefix = start - len_size(end - start);
                    let mut len = [0u8; 10];
                    let n = encode_len(&mut len, value.len());
                    let bytes = len[..n].iter().chain(value).copied();
                    self.buf.splice(prefix..end, bytes);
                }
                false
            }
            None => {
                self.buf.reserve(
                    len_size(field.len()) + field.len() + len_size(value.len()) + value.len(),
                );
                put_len(&mut self.buf, field.len());
                self.buf.extend_from_slice(field);
                put_len(&mut self.buf, value.len());
                self.buf.extend_from_slice(value);
                self.pairs += 1;
                true
            }
        }
    }

    /// Appends a pair whose field the caller knows is absent.
    pub fn push(&mut self, field: &[u8], value: &[u8]) {
        put_len(&mut self.buf, field.len());
        self.buf.extend_from_slice(field);
        put_len(&mut self.buf, value.len());
        self.buf.extend_from_slice(value);
        self.pairs += 1;
    }

    /// Removes `field`; returns whether it was there.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        match self.find(field) {
            Some(at) => {
                self.buf.drain(at.start..at.value.1);
                self.pairs -= 1;
                if self.buf.capacity() > 64 && self.buf.len() * 4 < self.buf.capacity() {
                    self.buf.shrink_to(self.buf.len() * 2);
                }
                true
            }
            None => false,
        }
    }

    /// Every pair in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            buf: &self.buf,
            pos: 0,
        }
    }
}

/// Iterator over a listpack's pairs, in order.
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let (fs, fe) = element(self.buf, self.pos)?;
        let (vs, ve) = element(self.buf, fe)?;
        self.pos = ve;
        Some((&self.buf[fs..fe], &self.buf[vs..ve]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_insertion_order_and_updates_in_place() {
        let mut lp = Listpack::new();
        assert!(lp.set(b"a", b"1"));
        assert!(lp.set(b"b", b"2"));
        assert!(lp.set(b"c", b"3"));
        assert!(!lp.set(b"a", &[b'x'; 300]));
        assert!(lp.remove(b"b"));
        assert!(!lp.remove(b"b"));
        assert!(lp.set(b"b", b""));
        let pairs: Vec<_> = lp.iter().collect();
        assert_eq!(
            pairs,
            vec![(&b"a"[..], &[b'x'; 300][..]), (b"c", b"3"), (b"b", b"")]
        );
        assert_eq!(lp.len(), 3);
        assert_eq!(lp.get(b"c"), Some(&b"3"[..]));
        assert_eq!(lp.get(b"zz"), None);
        assert!(!lp.set(b"a", b"short"));
        assert_eq!(lp.get(b"a"), Some(&b"short"[..]));
    }

    #[test]
    fn length_prefix_sizes() {
        for len in [0usize, 1, 127, 128, 16383, 16384, 1 << 21, usize::MAX] {
            let mut v = Vec::new();
            put_len(&mut v, len);
            assert_eq!(v.len(), len_size(len), "{len}");
        }
    }
}
