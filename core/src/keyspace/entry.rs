//! [`Entry`]: one heap block per key holding its value, its name and (only once the key
//! has had one) its expiry, so the keyspace table stores a single pointer per key and a
//! key costs one allocation: with a 12-byte name and a 32-byte string value, one
//! 56-byte block (malloc's 64-byte class) where a boxed name next to an inline value in
//! the table took a 64-byte table entry plus a 32-byte allocation.
//!
//! Block layout (aligned for [`Value`]):
//!
//! | offset | bytes | what |
//! | --- | --- | --- |
//! | 0 | 40 | the [`Value`] |
//! | 40 | 1 | header: bit 0 = expiry slot present, bit 1 = long name, bits 2.. = short name length |
//! | 41 | 3 | access clock: 24 bits, LRU clock or LFU data (see [`crate::evict`]), little endian |
//! | 44 | 8, if long name | name length (`usize`, native endian) |
//! | next | name length | the name's bytes |
//! | next | 8, if expiry slot | expiry, Unix ms, `i64` native endian, unaligned, `i64::MIN` when unset |
//!
//! A short name (up to 63 bytes) always starts at offset 44, so comparing names needs
//! only the header byte. The header byte and the access clock form one 4-byte word at
//! offset 40 (aligned, since the block is aligned for [`Value`]). The expiry slot is added at the end (a `realloc`) the first
//! time a key gets an expiry and kept afterwards, so SET EX over a key that had one
//! does not reallocate.
//!
//! This is the keyspace's only unsafe code; everything else reaches the block through
//! this module's safe methods.

use std::alloc::{Layout, alloc, dealloc, handle_alloc_error, realloc};
use std::mem::{align_of, size_of};
use std::ptr::{self, NonNull};

use crate::types::Value;

/// Asks the CPU to start loading the cache line at `at`: a hint that never faults and
/// changes nothing the program sees, whatever the address (prefetches of a batch of
/// addresses let their memory latencies overlap).
#[inline]
pub(super) fn prefetch_line<V>(at: *const V) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        // SAFETY: a prefetch never faults and reads nothing the program sees.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(at.cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
}

/// The stored expiry of a key that has a slot but no expiry.
const NO_EXPIRE: i64 = i64::MIN;
/// Offset of the header byte.
const HEADER: usize = size_of::<Value>();
/// Header bit: the block has an expiry slot.
const HAS_SLOT: u8 = 1;
/// Header bit: the name's length is stored after the header.
const LONG: u8 = 2;
/// Longest name whose length fits in the header byte.
const SHORT_MAX: usize = (u8::MAX >> 2) as usize;
/// Offset of a short name (after the header byte and the 3-byte access clock).
const NAME: usize = HEADER + 4;
/// The bits of the access clock.
pub const ACCESS_MASK: u32 = (1 << 24) - 1;

/// The variable part of a block's layout.
#[derive(Copy, Clone)]
struct Shape {
    key_len: usize,
    slot: bool,
}

impl Shape {
    fn long(self) -> bool {
        self.key_len > SHORT_MAX
    }

    fn header(self) -> u8 {
        let mut h = if self.slot { HAS_SLOT } else { 0 };
        if self.long() {
            h |= LONG;
        } else {
            h |= (self.key_len as u8) << 2;
        }
        h
    }

    fn key_offset(self) -> usize {
        NAME + if self.long() { size_of::<usize>() } else { 0 }
    }

    fn expire_offset(self) -> usize {
        self.key_offset() + self.key_len
    }

    fn layout(self) -> Layout {
        let slot = if self.slot { size_of::<i64>() } else { 0 };
        match self
            .key_offset()
            .checked_add(self.key_len)
            .and_then(|n| n.checked_add(slot))
            .map(|size| Layout::from_size_align(size, align_of::<Value>()))
        {
            Some(Ok(layout)) => layout,
            // A name this long could not exist in memory to be stored.
            _ => panic!("key too long for the keyspace"),
        }
    }
}

/// A key with its value and expiry, owned like a `Box`.
pub struct Entry {
    /// A live block laid out as the module documents, allocated with `shape().layout()`.
    ptr: NonNull<u8>,
}

// SAFETY: an Entry owns its block exclusively (like a Box<(Value, [u8])>); nothing else
// points into it, so it can move to or be shared with another thread whenever Value can.
unsafe impl Send for Entry {}
// SAFETY: as above; &Entry only hands out shared references to the Value and bytes.
unsafe impl Sync for Entry {}

const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Value>();
};

impl Entry {
    /// A block holding `key`, `value`, `expire` (an expiry slot only if `Some`) and
    /// the 24-bit access clock `access`.
    pub fn new(key: &[u8], value: Value, expire: Option<i64>, access: u32) -> Entry {
        let shape = Shape {
            key_len: key.len(),
            slot: expire.is_some(),
        };
        let ptr = Self::alloc_with(shape, key, access);
        // SAFETY: the block is fresh, aligned for Value and at least HEADER bytes long;
        // the expiry slot exists when `expire` is Some.
        unsafe {
            ptr.as_ptr().cast::<Value>().write(value);
            if let Some(when) = expire {
                Self::write_expire(ptr, shape, when);
            }
        }
        Entry { ptr }
    }

    /// Allocates a block for `shape` and writes its header, access clock and name (not
    /// the value or the expiry).
    fn alloc_with(shape: Shape, key: &[u8], access: u32) -> NonNull<u8> {
        let layout = shape.layout();
        // SAFETY: the layout is never zero-sized (it holds a Value).
        let raw = unsafe { alloc(layout) };
        let Some(ptr) = NonNull::new(raw) else {
            handle_alloc_error(layout)
        };
        // SAFETY: every offset written is inside the `layout.size()` bytes just
        // allocated: the header word at HEADER (4-aligned: HEADER is a multiple of the
        // block's alignment), the length after it when long, the name at
        // key_offset..expire_offset, before the slot (if any) that ends the block.
        unsafe {
            let base = ptr.as_ptr();
            let word = u32::from(shape.header()) | ((access & ACCESS_MASK) << 8);
            base.add(HEADER).cast::<u32>().write(word.to_le());
            if shape.long() {
                base.add(NAME)
                    .cast::<usize>()
                    .write_unaligned(shape.key_len);
            }
            ptr::copy_nonoverlapping(key.as_ptr(), base.add(shape.key_offset()), key.len());
        }
        ptr
    }

    /// Writes the expiry slot of the block at `ptr`.
    ///
    /// SAFETY: `ptr` is a block of `shape` with `shape.slot`.
    unsafe fn write_expire(ptr: NonNull<u8>, shape: Shape, when: i64) {
        debug_assert!(shape.slot);
        // SAFETY: the caller guarantees the slot's 8 bytes are inside the block.
        unsafe {
            ptr.as_ptr()
                .add(shape.expire_offset())
                .cast::<i64>()
                .write_unaligned(when);
        }
    }

    #[inline]
    fn shape(&self) -> Shape {
        // SAFETY: the block is live; its header (and the length after it when the
        // header says so) were written at allocation and change only through
        // `&mut self` (set_expire sets the slot bit).
        unsafe {
            let base = self.ptr.as_ptr();
            let h = base.add(HEADER).read();
            let key_len = if h & LONG != 0 {
                base.add(NAME).cast::<usize>().read_unaligned()
            } else {
                usize::from(h >> 2)
            };
            Shape {
                key_len,
                slot: h & HAS_SLOT != 0,
            }
        }
    }

    /// Asks the CPU to start loading the block's first cache lines (header, name and the
    /// value's inline part), for walks that visit many keys in a row (the snapshot scan):
    /// issued for a group of entries before they are read, the memory latencies
    /// overlap instead of adding up. A hint only: it never faults and changes nothing.
    #[inline]
    pub fn prefetch(&self) {
        let p = self.ptr.as_ptr().cast_const();
        prefetch_line(p);
        prefetch_line(p.wrapping_add(64));
    }

    /// The key's name.
    #[inline]
    pub fn key(&self) -> &[u8] {
        let shape = self.shape();
        // SAFETY: the name's bytes sit at key_offset inside the live block, initialised
        // at allocation; the slice borrows `self`, so the block outlives it.
        unsafe {
            std::slice::from_raw_parts(self.ptr.as_ptr().add(shape.key_offset()), shape.key_len)
        }
    }

    /// Whether the key's name is `key`: the same as `self.key() == key`, but a short
    /// name of another length is rejected from the header byte alone.
    #[inline]
    pub fn key_is(&self, key: &[u8]) -> bool {
        // SAFETY: the header byte of a live block is initialised.
        let h = unsafe { self.ptr.as_ptr().add(HEADER).read() };
        if h & LONG != 0 {
            return self.long_key_is(key);
        }
        if usize::from(h >> 2) != key.len() {
            return false;
        }
        // SAFETY: a short name of `key.len()` bytes sits right after the header word (no
        // length field), inside the live block.
        let name = unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().add(NAME), key.len()) };
        same_bytes(name, key)
    }

    /// `key_is` for a long name (kept out of the lookup loop).
    #[cold]
    #[inline(never)]
    fn long_key_is(&self, key: &[u8]) -> bool {
        self.key() == key
    }

    /// The 24-bit access clock (LRU clock or LFU data, see [`crate::evict`]).
    #[inline]
    pub fn access(&self) -> u32 {
        // SAFETY: the header word at HEADER is initialised and 4-aligned in a live block.
        let word = unsafe { self.ptr.as_ptr().add(HEADER).cast::<u32>().read() };
        u32::from_le(word) >> 8
    }

    /// Sets the 24-bit access clock (higher bits are dropped).
    #[inline]
    pub fn set_access(&mut self, access: u32) {
        // SAFETY: as in `access`; `&mut self` makes the write exclusive, and the header
        // byte (the word's low byte) is written back unchanged.
        unsafe {
            let p = self.ptr.as_ptr().add(HEADER).cast::<u32>();
            let word = u32::from_le(p.read());
            p.write(((word & 0xff) | ((access & ACCESS_MASK) << 8)).to_le());
        }
    }

    /// The value.
    #[inline]
    pub fn value(&self) -> &Value {
        // SAFETY: offset 0 holds an initialised, aligned Value for the block's life.
        unsafe { &*self.ptr.as_ptr().cast::<Value>() }
    }

    /// The value, mutably.
    #[inline]
    pub fn value_mut(&mut self) -> &mut Value {
        // SAFETY: as in `value`; `&mut self` makes the borrow exclusive.
        unsafe { &mut *self.ptr.as_ptr().cast::<Value>() }
    }

    /// The expiry in Unix milliseconds, if the key has one.
    #[inline]
    pub fn expire(&self) -> Option<i64> {
        let shape = self.shape();
        if !shape.slot {
            return None;
        }
        // SAFETY: the header says the slot exists; it was initialised when added.
        let when = unsafe {
            self.ptr
                .as_ptr()
                .add(shape.expire_offset())
                .cast::<i64>()
                .read_unaligned()
        };
        (when != NO_EXPIRE).then_some(when)
    }

    /// Sets or clears the expiry. The first expiry grows the block by a slot (a
    /// `realloc`, which may move it); later changes write in place. `i64::MIN` is stored as `i64::MIN + 1` (a
    /// key due then is long gone anyway).
    pub fn set_expire(&mut self, expire: Option<i64>) {
        let shape = self.shape();
        let when = match expire {
            Some(w) => w.max(NO_EXPIRE + 1),
            None if shape.slot => NO_EXPIRE,
            None => return,
        };
        if shape.slot {
            // SAFETY: the block has a slot.
            unsafe { Self::write_expire(self.ptr, shape, when) };
            return;
        }
        let bigger = Shape {
            slot: true,
            ..shape
        };
        let new_size = bigger.layout().size();
        // SAFETY: the block was allocated with `shape.layout()`; the new size is non-zero
        // and valid for the same alignment (`bigger.layout()` checked it). realloc keeps
        // the old bytes (value, header, name) and may move them, which is fine for a Rust
        // value; only the header and the new slot change.
        let raw = unsafe { realloc(self.ptr.as_ptr(), shape.layout(), new_size) };
        let Some(ptr) = NonNull::new(raw) else {
            handle_alloc_error(bigger.layout())
        };
        // SAFETY: the block at `ptr` is now `bigger`: set the header bit that says so,
        // then write the slot, which ends the new block.
        unsafe {
            ptr.as_ptr().add(HEADER).write(bigger.header());
            Self::write_expire(ptr, bigger, when);
        }
        self.ptr = ptr;
    }

    /// Takes the value and expiry, freeing the block.
    pub fn into_value(self) -> (Value, Option<i64>) {
        let expire = self.expire();
        let shape = self.shape();
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: the Value is read out once and the block freed without dropping it;
        // ManuallyDrop keeps Drop from touching the freed block.
        unsafe {
            let value = this.ptr.as_ptr().cast::<Value>().read();
            dealloc(this.ptr.as_ptr(), shape.layout());
            (value, expire)
        }
    }
}

/// `a == b` for two slices of the same length, without a call to `memcmp` for the
/// 4 to 16-byte names most keyspaces hold: two overlapping word compares.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    debug_assert_eq!(a.len(), b.len());
    if a.len() <= 16 {
        if let (Some(a0), Some(a1), Some(b0), Some(b1)) = (
            a.first_chunk::<8>(),
            a.last_chunk::<8>(),
            b.first_chunk::<8>(),
            b.last_chunk::<8>(),
        ) {
            return a0 == b0 && a1 == b1;
        }
        if let (Some(a0), Some(a1), Some(b0), Some(b1)) = (
            a.first_chunk::<4>(),
            a.last_chunk::<4>(),
            b.first_chunk::<4>(),
            b.last_chunk::<4>(),
        ) {
            return a0 == b0 && a1 == b1;
        }
    }
    a == b
}

impl Drop for Entry {
    fn drop(&mut self) {
        let layout = self.shape().layout();
        // SAFETY: the block is live and holds an initialised Value; after this nothing
        // uses the pointer.
        unsafe {
            ptr::drop_in_place(self.ptr.as_ptr().cast::<Value>());
            dealloc(self.ptr.as_ptr(), layout);
        }
    }
}

impl Clone for Entry {
    fn clone(&self) -> Self {
        Entry::new(
            self.key(),
            self.value().clone(),
            self.expire(),
            self.access(),
        )
    }
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("key", &String::from_utf8_lossy(self.key()))
            .field("value", self.value())
            .field("expire", &self.expire())
            .field("access", &self.access())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{ListValue, StrValue};
    use crate::util::rng::Rng;
    use std::collections::BTreeMap;

    fn s(bytes: &[u8]) -> Value {
        Value::Str(StrValue::new(bytes))
    }

    fn bytes(v: &Value) -> Vec<u8> {
        match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            other => other.type_name().as_bytes().to_vec(),
        }
    }

    #[test]
    fn short_and_long_names_round_trip() {
        for len in [0, 1, 12, SHORT_MAX, SHORT_MAX + 1, 300, 70_000] {
            let key: Vec<u8> = (0..len).map(|i| (i * 7 + len) as u8).collect();
            for expire in [None, Some(5), Some(-7), Some(i64::MAX)] {
                let mut e = Entry::new(&key, s(b"value"), expire, 0x00ab_cdef);
                assert_eq!(e.access(), 0x00ab_cdef);
                e.set_access(0xff12_3456);
                assert_eq!(e.access(), 0x0012_3456);
                assert_eq!(e.key(), &key[..]);
                assert!(e.key_is(&key));
                let mut other = key.clone();
                other.push(0);
                assert!(!e.key_is(&other));
                assert!(key.is_empty() || !e.key_is(&key[1..]));
                if !key.is_empty() {
                    other[0] ^= 1;
                    assert!(!e.key_is(&other[..key.len()]));
                }
                assert_eq!(bytes(e.value()), b"value");
                assert_eq!(e.expire(), expire);
                let c = e.clone();
                drop(e);
                assert_eq!(
                    (c.key(), c.expire(), c.access()),
                    (&key[..], expire, 0x12_3456)
                );
                let (v, x) = c.into_value();
                assert_eq!((bytes(&v), x), (b"value".to_vec(), expire));
            }
        }
    }

    /// The common block (12-byte name, 32-byte inline string, no expiry) stays within
    /// 56 bytes, the largest request glibc, jemalloc and mimalloc serve from 64 bytes.
    #[test]
    fn common_block_fits_its_size_class() {
        let shape = Shape {
            key_len: 12,
            slot: false,
        };
        assert!(shape.layout().size() <= 56, "{}", shape.layout().size());
        assert_eq!(size_of::<Value>(), 40);
    }

    #[test]
    fn same_bytes_is_slice_equality() {
        for len in 0..40usize {
            let a: Vec<u8> = (0..len).map(|i| i as u8).collect();
            assert!(same_bytes(&a, &a.clone()));
            for i in 0..len {
                let mut b = a.clone();
                b[i] ^= 0x80;
                assert!(!same_bytes(&a, &b), "len {len}, byte {i}");
            }
        }
    }

    #[test]
    fn expiry_slot_is_added_once_and_kept() {
        let mut e = Entry::new(b"k", s(b"v"), None, 777);
        e.set_expire(None);
        assert!(!e.shape().slot);
        e.set_expire(Some(10));
        assert_eq!(e.expire(), Some(10));
        let p = e.ptr;
        e.set_expire(None);
        assert_eq!(e.expire(), None);
        e.set_expire(Some(i64::MIN));
        assert_eq!(e.expire(), Some(i64::MIN + 1));
        assert_eq!(e.ptr, p, "no reallocation once the slot exists");
        assert_eq!(e.access(), 777, "the access clock survives the realloc");
        assert_eq!((e.key(), bytes(e.value())), (&b"k"[..], b"v".to_vec()));
    }

    /// Many random operations against a plain model; values with heap memory of their
    /// own (long strings, lists) check that moves and drops keep exactly one owner (the
    /// test allocator would catch a double free; leaks show under valgrind/ASan).
    #[test]
    fn random_operations_match_a_model() {
        let mut rng = Rng::new(77);
        let mut entries: Vec<Entry> = Vec::new();
        let mut model: Vec<(Vec<u8>, Vec<u8>, Option<i64>)> = Vec::new();
        let mut seen = BTreeMap::new();
        for step in 0..20_000u32 {
            let op = rng.below(7);
            if entries.is_empty() || op == 0 {
                let klen = match rng.below(3) {
                    0 => rng.below(8),
                    1 => rng.below(70),
                    _ => rng.below(300),
                } as usize;
                let key: Vec<u8> = (0..klen).map(|_| rng.below(256) as u8).collect();
                let vlen = rng.below(100) as usize;
                let val: Vec<u8> = vec![(step % 251) as u8; vlen];
                let expire = (rng.below(2) == 0).then(|| rng.next_u64() as i64 | 1);
                let expire = expire.map(|w| w.max(i64::MIN + 1));
                entries.push(Entry::new(&key, s(&val), expire, step));
                model.push((key, val, expire));
                continue;
            }
            let i = rng.below(entries.len() as u64) as usize;
            match op {
                1 => {
                    let expire = match rng.below(3) {
                        0 => None,
                        _ => Some(rng.below(1_000_000) as i64),
                    };
                    entries[i].set_expire(expire);
                    model[i].2 = expire;
                }
                2 => {
                    let val = vec![b'x'; rng.below(80) as usize];
                    *entries[i].value_mut() = s(&val);
                    model[i].1 = val;
                }
                3 => {
                    let mut list = ListValue::new();
                    list.push_bytes(crate::types::list::End::Tail, b"elem", -2);
                    *entries[i].value_mut() = Value::List(list);
                    model[i].1 = b"list".to_vec();
                }
                4 => {
                    let e = entries.swap_remove(i);
                    let (key, val, expire) = model.swap_remove(i);
                    assert_eq!(e.key(), &key[..]);
                    let (v, x) = e.into_value();
                    assert_eq!((bytes(&v), x), (val, expire));
                }
                5 => {
                    let c = entries[i].clone();
                    entries.push(c);
                    model.push(model[i].clone());
                }
                _ => {
                    entries.swap_remove(i);
                    model.swap_remove(i);
                }
            }
            *seen.entry(op).or_insert(0) += 1;
        }
        assert_eq!(seen.len(), 6);
        for (e, (key, val, expire)) in entries.iter().zip(&model) {
            assert_eq!(e.key(), &key[..]);
            assert_eq!(&bytes(e.value()), val);
            assert_eq!(e.expire(), *expire);
        }
    }
}
