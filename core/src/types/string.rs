//! The string value type: bytes, with the integer view INCR and friends need and the
//! encoding Redis would report for the same history (OBJECT ENCODING).
//!
//! Values up to [`INLINE`] bytes (every integer, and the short strings most keyspaces
//! hold) live inside the value itself, with no heap allocation; longer ones in one heap
//! buffer that later writes reuse (SET over an existing string, APPEND, SETRANGE)
//! instead of reallocating. A `StrValue` is 40 bytes and leaves its first byte's spare
//! values free, so a [`Value`](super::Value) holding one is 40 bytes too.

use crate::util::number::parse_i64;

/// Bytes stored inline before a value moves to the heap.
pub const INLINE: usize = 37;

/// Redis's `OBJ_ENCODING_EMBSTR_SIZE_LIMIT`: strings up to this length are `embstr`.
pub const EMBSTR_SIZE_LIMIT: usize = 44;

/// How Redis would encode this string (what OBJECT ENCODING reports). Redis's choice
/// depends on how the value was written, not only on its bytes: `APPEND k 1` to a
/// missing key gives `int`, a second APPEND gives `raw`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// A 64-bit integer in canonical form (`OBJ_ENCODING_INT`).
    Int,
    /// A short string allocated with its object (`OBJ_ENCODING_EMBSTR`).
    Embstr,
    /// A growable string (`OBJ_ENCODING_RAW`).
    Raw,
}

impl Encoding {
    /// The name OBJECT ENCODING replies with.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Int => "int",
            Encoding::Embstr => "embstr",
            Encoding::Raw => "raw",
        }
    }
}

/// Where the bytes are. The enum's tag is its first byte (values 0 and 1), so the
/// enclosing `Value` can keep its own tag in that byte's other values.
#[derive(Clone)]
enum Repr {
    /// `len` (at most [`INLINE`]) bytes at the start of `buf`.
    Inline {
        encoding: Encoding,
        len: u8,
        buf: [u8; INLINE],
    },
    /// Longer values.
    Heap { encoding: Encoding, bytes: Vec<u8> },
}

/// A string value.
#[derive(Clone)]
pub struct StrValue {
    repr: Repr,
}

impl std::fmt::Debug for StrValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StrValue")
            .field("bytes", &String::from_utf8_lossy(self.as_bytes()))
            .field("encoding", &self.encoding())
            .finish()
    }
}

impl PartialEq for StrValue {
    /// Equal when the bytes are; the encoding is bookkeeping.
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for StrValue {}

/// The encoding Redis's `tryObjectEncoding` picks for a value written by SET, MSET,
/// GETSET and friends: `int` for a canonical integer of at most 20 characters, else
/// `embstr` up to 44 bytes, else `raw`.
fn encoding_for_set(bytes: &[u8]) -> Encoding {
    if bytes.len() <= 20 && parse_i64(bytes).is_some() {
        Encoding::Int
    } else {
        sized_encoding(bytes.len())
    }
}

/// `embstr` or `raw` by length, as Redis's `createStringObject` chooses.
fn sized_encoding(len: usize) -> Encoding {
    if len <= EMBSTR_SIZE_LIMIT {
        Encoding::Embstr
    } else {
        Encoding::Raw
    }
}

/// The representation of `bytes`: inline when they fit, else an exact heap buffer.
fn repr_of(bytes: &[u8], encoding: Encoding) -> Repr {
    if bytes.len() <= INLINE {
        let mut buf = [0u8; INLINE];
        buf[..bytes.len()].copy_from_slice(bytes);
        Repr::Inline {
            encoding,
            len: bytes.len() as u8,
            buf,
        }
    } else {
        Repr::Heap {
            encoding,
            bytes: bytes.to_vec(),
        }
    }
}

impl StrValue {
    /// A string holding `bytes`, encoded as a value written by SET would be.
    pub fn new(bytes: &[u8]) -> Self {
        StrValue {
            repr: repr_of(bytes, encoding_for_set(bytes)),
        }
    }

    /// A string holding `bytes` with the `raw` encoding (SETRANGE on a new key).
    pub fn new_raw(bytes: &[u8]) -> Self {
        StrValue {
            repr: repr_of(bytes, Encoding::Raw),
        }
    }

    /// A string holding the decimal form of `v` (`int` encoded).
    pub fn from_i64(v: i64) -> Self {
        let mut b = itoa::Buffer::new();
        StrValue {
            repr: repr_of(b.format(v).as_bytes(), Encoding::Int),
        }
    }

    /// The bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.repr {
            Repr::Inline { len, buf, .. } => &buf[..usize::from(*len).min(INLINE)],
            Repr::Heap { bytes, .. } => bytes,
        }
    }

    /// The value as an integer, if it is one by Redis's rules (`string2ll`).
    pub fn as_i64(&self) -> Option<i64> {
        parse_i64(self.as_bytes())
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The encoding Redis would report for this value.
    pub fn encoding(&self) -> Encoding {
        match &self.repr {
            Repr::Inline { encoding, .. } | Repr::Heap { encoding, .. } => *encoding,
        }
    }

    fn set_encoding(&mut self, to: Encoding) {
        match &mut self.repr {
            Repr::Inline { encoding, .. } | Repr::Heap { encoding, .. } => *encoding = to,
        }
    }

    /// Bytes held by the heap buffer (0 when the value is inline): for memory reports.
    pub fn heap_capacity(&self) -> usize {
        match &self.repr {
            Repr::Inline { .. } => 0,
            Repr::Heap { bytes, .. } => bytes.capacity(),
        }
    }

    /// Replaces the contents as SET does (same encoding rules as [`new`](Self::new)),
    /// reusing the buffer when the value fits and the buffer is not much too big.
    #[inline]
    pub fn assign(&mut self, bytes: &[u8]) {
        self.replace_bytes(bytes, encoding_for_set(bytes));
    }

    /// Replaces the contents with bytes produced by a command (INCRBYFLOAT's result):
    /// `embstr` up to 44 bytes, else `raw`, as Redis's `createStringObject`.
    pub fn assign_created(&mut self, bytes: &[u8]) {
        self.replace_bytes(bytes, sized_encoding(bytes.len()));
    }

    /// Replaces the contents with the decimal form of `v` (`int` encoded), writing
    /// in place: INCR allocates nothing.
    pub fn set_i64(&mut self, v: i64) {
        let mut b = itoa::Buffer::new();
        self.replace_bytes(b.format(v).as_bytes(), Encoding::Int);
    }

    /// Appends `tail` (APPEND). The result is `raw`, as Redis unshares the value.
    pub fn append(&mut self, tail: &[u8]) {
        let start = self.len();
        let end = start.saturating_add(tail.len());
        if let Some(dst) = self.grow_to(end).get_mut(start..end) {
            dst.copy_from_slice(tail);
        }
        self.set_encoding(Encoding::Raw);
    }

    /// Overwrites from `offset` with `data`, zero-padding any gap (SETRANGE). The
    /// caller has checked that `offset + data.len()` is within the size limit. The
    /// result is `raw`.
    pub fn set_range(&mut self, offset: usize, data: &[u8]) {
        let end = offset.saturating_add(data.len());
        let len = self.len().max(end);
        if let Some(dst) = self.grow_to(len).get_mut(offset..end) {
            dst.copy_from_slice(data);
        }
        self.set_encoding(Encoding::Raw);
    }

    /// Replaces the bytes: inline when they fit; otherwise into the current heap buffer
    /// when it is big enough and not more than twice what is needed (so a huge old value
    /// does not pin memory), else into a fresh exact buffer.
    #[inline]
    fn replace_bytes(&mut self, new: &[u8], to: Encoding) {
        match &mut self.repr {
            Repr::Inline { encoding, len, buf } if new.len() <= INLINE => {
                buf[..new.len()].copy_from_slice(new);
                *len = new.len() as u8;
                *encoding = to;
            }
            Repr::Heap { encoding, bytes }
                if new.len() > INLINE
                    && new.len() <= bytes.capacity()
                    && bytes.capacity() <= (2 * new.len()).max(64) =>
            {
                bytes.clear();
                bytes.extend_from_slice(new);
                *encoding = to;
            }
            _ => self.repr = repr_of(new, to),
        }
    }

    /// Makes the value `len` bytes long (not shorter than now), zero-filling new
    /// bytes, and returns all of them. Room is made the way Redis's `sdsMakeRoomFor`
    /// does: double the needed size below 1MB, else add 1MB, so appends stay amortised
    /// O(1) without doubling very large strings.
    fn grow_to(&mut self, len: usize) -> &mut [u8] {
        const MAX_PREALLOC: usize = 1024 * 1024;
        let target = if len < MAX_PREALLOC {
            len.saturating_mul(2)
        } else {
            len.saturating_add(MAX_PREALLOC)
        };
        let encoding = self.encoding();
        if let Repr::Inline { len: n, buf, .. } = &self.repr
            && len > INLINE
        {
            let mut bytes = Vec::with_capacity(target);
            bytes.extend_from_slice(&buf[..usize::from(*n).min(INLINE)]);
            self.repr = Repr::Heap { encoding, bytes };
        }
        match &mut self.repr {
            Repr::Inline { len: n, buf, .. } => {
                let old = usize::from(*n).min(INLINE);
                let new = len.clamp(old, INLINE);
                buf[old..new].fill(0);
                *n = new as u8;
                &mut buf[..new]
            }
            Repr::Heap { bytes, .. } => {
                if len > bytes.capacity() {
                    bytes.reserve_exact(target - bytes.len());
                }
                if len > bytes.len() {
                    bytes.resize(len, 0);
                }
                bytes
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_follow_redis_rules() {
        // OBJECT ENCODING on Redis 7.0.15 after SET of each value.
        assert_eq!(StrValue::new(b"12345").encoding(), Encoding::Int);
        assert_eq!(
            StrValue::new(b"-9223372036854775808").encoding(),
            Encoding::Int
        );
        assert_eq!(
            StrValue::new(b"9223372036854775808").encoding(),
            Encoding::Embstr
        );
        assert_eq!(StrValue::new(b"007").encoding(), Encoding::Embstr);
        assert_eq!(StrValue::new(&[b'a'; 44]).encoding(), Encoding::Embstr);
        assert_eq!(StrValue::new(&[b'a'; 45]).encoding(), Encoding::Raw);
        let mut v = StrValue::new(b"1");
        v.append(b"2");
        assert_eq!(v.encoding(), Encoding::Raw);
        assert_eq!(v.as_bytes(), b"12");
        v.set_i64(-42);
        assert_eq!((v.as_bytes(), v.encoding()), (&b"-42"[..], Encoding::Int));
    }

    #[test]
    fn buffers_are_reused_and_trimmed() {
        let mut v = StrValue::new(&[b'x'; 100]);
        let cap = v.heap_capacity();
        assert!(cap >= 100);
        v.assign(&[b'y'; 60]);
        assert_eq!(v.heap_capacity(), cap, "a fitting value reuses the buffer");
        v.assign(b"short");
        assert_eq!(
            v.heap_capacity(),
            0,
            "a much smaller value frees the buffer"
        );
        assert_eq!(v.as_bytes(), b"short");
        v.set_range(8, b"ab");
        assert_eq!(v.as_bytes(), b"short\0\0\0ab");
        v.set_range(1, b"HO");
        assert_eq!(v.as_bytes(), b"sHOrt\0\0\0ab");
    }

    #[test]
    fn inline_up_to_the_limit_then_heap() {
        assert_eq!(StrValue::new(&[b'a'; INLINE]).heap_capacity(), 0);
        assert!(StrValue::new(&[b'a'; INLINE + 1]).heap_capacity() > INLINE);
        let mut v = StrValue::new(&[b'a'; INLINE - 1]);
        v.append(b"b");
        assert_eq!(v.heap_capacity(), 0);
        v.append(b"c");
        assert!(v.heap_capacity() >= 2 * (INLINE + 1), "greedy growth");
        let mut want = vec![b'a'; INLINE - 1];
        want.extend_from_slice(b"bc");
        assert_eq!(v.as_bytes(), &want[..]);
        assert_eq!(v.encoding(), Encoding::Raw);
        v.set_i64(i64::MIN);
        assert_eq!((v.heap_capacity(), v.encoding()), (0, Encoding::Int));
        let mut w = StrValue::new(b"");
        w.set_range(INLINE + 3, b"z");
        assert_eq!(w.len(), INLINE + 4);
        assert!(w.as_bytes()[..INLINE + 3].iter().all(|&b| b == 0));
    }

    /// Random writes of every kind, with lengths around the inline limit, against a
    /// plain `Vec<u8>`.
    #[test]
    fn random_writes_match_a_vec() {
        let mut rng = crate::util::rng::Rng::new(31);
        let mut v = StrValue::new(b"");
        let mut model: Vec<u8> = Vec::new();
        for step in 0..50_000u32 {
            let len = match rng.below(3) {
                0 => rng.below(8),
                1 => INLINE as u64 - 4 + rng.below(8),
                _ => rng.below(200),
            } as usize;
            let data: Vec<u8> = (0..len).map(|i| (step as usize + i) as u8).collect();
            match rng.below(6) {
                0 => {
                    v.assign(&data);
                    model = data;
                }
                1 => {
                    v.assign_created(&data);
                    assert_eq!(v.encoding(), sized_encoding(data.len()));
                    model = data;
                }
                2 => {
                    let n = rng.next_u64() as i64 >> rng.below(64);
                    v.set_i64(n);
                    model = n.to_string().into_bytes();
                    assert_eq!(v.as_i64(), Some(n));
                }
                3 => {
                    v.append(&data);
                    model.extend_from_slice(&data);
                }
                4 => {
                    let off = rng.below(model.len() as u64 + 10) as usize;
                    v.set_range(off, &data);
                    if model.len() < off + data.len() {
                        model.resize(off + data.len(), 0);
                    }
                    model[off..off + data.len()].copy_from_slice(&data);
                }
                _ => {
                    if model.len() > 1_000 {
                        v = StrValue::new(b"");
                        model.clear();
                    }
                }
            }
            assert_eq!(v.as_bytes(), &model[..], "step {step}");
            assert_eq!(v.heap_capacity() == 0, model.len() <= INLINE);
            assert_eq!(v.clone(), v);
        }
    }
}
