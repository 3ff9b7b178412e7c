//! The string value type: bytes, with the integer view INCR and friends need and the
//! encoding Redis would report for the same history (OBJECT ENCODING).
//!
//! Short values (up to 16 bytes, which covers every integer below 10^16) live inline,
//! with no heap allocation; longer ones in one heap buffer that later writes reuse
//! (SET over an existing string, INCR, APPEND, SETRANGE) instead of reallocating.

use smallvec::SmallVec;

use crate::util::number::parse_i64;

/// Bytes stored inline before a value spills to the heap.
const INLINE: usize = 16;

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

/// A string value.
#[derive(Clone, Debug)]
pub struct StrValue {
    bytes: SmallVec<[u8; INLINE]>,
    encoding: Encoding,
}

impl PartialEq for StrValue {
    /// Equal when the bytes are; the encoding is bookkeeping.
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
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

impl StrValue {
    /// A string holding `bytes`, encoded as a value written by SET would be.
    pub fn new(bytes: &[u8]) -> Self {
        StrValue {
            bytes: SmallVec::from_slice(bytes),
            encoding: encoding_for_set(bytes),
        }
    }

    /// A string holding `bytes` with the `raw` encoding (SETRANGE on a new key).
    pub fn new_raw(bytes: &[u8]) -> Self {
        StrValue {
            bytes: SmallVec::from_slice(bytes),
            encoding: Encoding::Raw,
        }
    }

    /// A string holding the decimal form of `v` (`int` encoded).
    pub fn from_i64(v: i64) -> Self {
        let mut b = itoa::Buffer::new();
        StrValue {
            bytes: SmallVec::from_slice(b.format(v).as_bytes()),
            encoding: Encoding::Int,
        }
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The value as an integer, if it is one by Redis's rules (`string2ll`).
    pub fn as_i64(&self) -> Option<i64> {
        parse_i64(&self.bytes)
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The encoding Redis would report for this value.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Bytes held by the heap buffer (0 when the value is inline): for memory reports.
    pub fn heap_capacity(&self) -> usize {
        if self.bytes.spilled() {
            self.bytes.capacity()
        } else {
            0
        }
    }

    /// Replaces the contents as SET does (same encoding rules as [`new`](Self::new)),
    /// reusing the buffer when the value fits and the buffer is not much too big.
    pub fn assign(&mut self, bytes: &[u8]) {
        self.replace_bytes(bytes);
        self.encoding = encoding_for_set(bytes);
    }

    /// Replaces the contents with bytes produced by a command (INCRBYFLOAT's result):
    /// `embstr` up to 44 bytes, else `raw`, as Redis's `createStringObject`.
    pub fn assign_created(&mut self, bytes: &[u8]) {
        self.replace_bytes(bytes);
        self.encoding = sized_encoding(bytes.len());
    }

    /// Replaces the contents with the decimal form of `v` (`int` encoded), writing
    /// into the existing buffer: INCR in the steady state allocates nothing.
    pub fn set_i64(&mut self, v: i64) {
        let mut b = itoa::Buffer::new();
        self.replace_bytes(b.format(v).as_bytes());
        self.encoding = Encoding::Int;
    }

    /// Appends `tail` (APPEND). The result is `raw`, as Redis unshares the value.
    pub fn append(&mut self, tail: &[u8]) {
        self.reserve_greedy(tail.len());
        self.bytes.extend_from_slice(tail);
        self.encoding = Encoding::Raw;
    }

    /// Overwrites from `offset` with `data`, zero-padding any gap (SETRANGE). The
    /// caller has checked that `offset + data.len()` is within the size limit. The
    /// result is `raw`.
    pub fn set_range(&mut self, offset: usize, data: &[u8]) {
        let end = offset.saturating_add(data.len());
        if end > self.bytes.len() {
            self.reserve_greedy(end - self.bytes.len());
            self.bytes.resize(end, 0);
        }
        if let Some(dst) = self.bytes.get_mut(offset..end) {
            dst.copy_from_slice(data);
        }
        self.encoding = Encoding::Raw;
    }

    /// Replaces the bytes, keeping the current buffer when it is big enough and not
    /// more than twice what is needed (so a huge old value does not pin memory).
    fn replace_bytes(&mut self, bytes: &[u8]) {
        let cap = self.bytes.capacity();
        let fits = bytes.len() <= cap;
        let oversized = self.bytes.spilled() && cap > (2 * bytes.len()).max(64);
        if fits && !oversized {
            self.bytes.clear();
            self.bytes.extend_from_slice(bytes);
        } else {
            self.bytes = SmallVec::from_slice(bytes);
        }
    }

    /// Makes room for `additional` more bytes the way Redis's `sdsMakeRoomFor` does:
    /// double the needed size below 1MB, else add 1MB. Appends stay amortised O(1)
    /// without doubling very large strings.
    fn reserve_greedy(&mut self, additional: usize) {
        const MAX_PREALLOC: usize = 1024 * 1024;
        let len = self.bytes.len();
        let needed = len.saturating_add(additional);
        if needed <= self.bytes.capacity() {
            return;
        }
        let target = if needed < MAX_PREALLOC {
            needed * 2
        } else {
            needed.saturating_add(MAX_PREALLOC)
        };
        self.bytes.reserve_exact(target - len);
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
}
