//! The set value type, with Redis 7.0's two encodings (7.0 has no listpack sets):
//!
//! - `intset` ([`IntSet`]): sorted integers, while every member is an integer by
//!   Redis's rules (`string2ll`: no `+`, no leading zeros, no `-0`) and there are at
//!   most `set-max-intset-entries` of them. Replies list it in ascending order.
//! - `hashtable` ([`KeyedTable`] of [`Member`]): otherwise. A set never converts back
//!   on its own; only commands that build a fresh set (SPOP's rebuild, the *STORE
//!   commands, SMOVE into a new key) start again from the rules above.

pub mod intset;

use smallvec::SmallVec;

use crate::keyspace::KeyHasher;
use crate::types::table::{Either, Keyed, KeyedTable};
use crate::util::number::parse_i64;
pub use intset::IntSet;

/// Bytes of a member stored inline in the table slot; longer members go to the heap.
const MEMBER_INLINE: usize = 16;

/// Redis caps `set-max-intset-entries` at 2^30 (intset internals).
const INTSET_HARD_MAX: usize = 1 << 30;

/// A member of a hashtable-encoded set. Up to [`MEMBER_INLINE`] bytes need no
/// allocation of their own.
#[derive(Clone, Debug)]
pub struct Member(SmallVec<[u8; MEMBER_INLINE]>);

impl Member {
    /// A member holding `bytes`.
    pub fn new(bytes: &[u8]) -> Self {
        Member(SmallVec::from_slice(bytes))
    }

    /// The member's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl Keyed for Member {
    fn key(&self) -> &[u8] {
        &self.0
    }
}

/// A member as a set hands it out: an intset's integer or a hashtable's bytes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Elem<'a> {
    /// A member of an intset.
    Int(i64),
    /// A member of a hashtable set.
    Bytes(&'a [u8]),
}

impl Elem<'_> {
    /// Calls `f` with the member's bytes (an integer in its decimal form).
    pub fn with_bytes<R>(self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Elem::Int(v) => f(itoa::Buffer::new().format(v).as_bytes()),
            Elem::Bytes(b) => f(b),
        }
    }

    /// The member's bytes, owned.
    pub fn to_vec(self) -> Vec<u8> {
        self.with_bytes(<[u8]>::to_vec)
    }
}

/// The threshold and hasher a write needs (from the node's config).
#[derive(Copy, Clone, Debug)]
pub struct SetLimits {
    /// `set-max-intset-entries`.
    pub max_intset_entries: usize,
    /// The keyed hash for a hashtable encoding.
    pub hasher: KeyHasher,
}

/// A set value.
#[derive(Clone, Debug)]
pub enum SetValue {
    /// Small and all integers: sorted.
    Ints(IntSet),
    /// Otherwise: a hash table of members.
    Table(Box<KeyedTable<Member>>),
}

impl Default for SetValue {
    fn default() -> Self {
        SetValue::Ints(IntSet::new())
    }
}

impl SetValue {
    /// Redis's `setTypeCreate`: an empty set in the encoding its first member `first`
    /// calls for (an intset for an integer, else a hashtable).
    pub fn for_first(first: &[u8], hasher: KeyHasher) -> Self {
        if parse_i64(first).is_some() {
            SetValue::Ints(IntSet::new())
        } else {
            SetValue::Table(Box::new(KeyedTable::new(hasher)))
        }
    }

    /// [`for_first`](Self::for_first) for a member handed out by another set.
    pub fn for_first_elem(first: Elem<'_>, hasher: KeyHasher) -> Self {
        match first {
            Elem::Int(_) => SetValue::Ints(IntSet::new()),
            Elem::Bytes(b) => Self::for_first(b, hasher),
        }
    }

    /// The name OBJECT ENCODING replies with.
    pub fn encoding(&self) -> &'static str {
        match self {
            SetValue::Ints(_) => "intset",
            SetValue::Table(_) => "hashtable",
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        match self {
            SetValue::Ints(s) => s.len(),
            SetValue::Table(t) => t.len(),
        }
    }

    /// Whether the set has no members (never true of a stored set).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `member` is in the set.
    pub fn contains(&self, member: &[u8]) -> bool {
        match self {
            SetValue::Ints(s) => parse_i64(member).is_some_and(|v| s.contains(v)),
            SetValue::Table(t) => t.contains(member),
        }
    }

    /// Whether a member handed out by another set is in this one.
    pub fn contains_elem(&self, e: Elem<'_>) -> bool {
        match (self, e) {
            (SetValue::Ints(s), Elem::Int(v)) => s.contains(v),
            _ => e.with_bytes(|b| self.contains(b)),
        }
    }

    /// Redis's `setTypeAdd`: adds `member`, converting to a hashtable when it is not
    /// an integer or the intset grows past its limit. Returns whether it was added.
    pub fn add(&mut self, member: &[u8], limits: &SetLimits) -> bool {
        match self {
            SetValue::Ints(s) => match parse_i64(member) {
                Some(v) => {
                    if !s.insert(v) {
                        return false;
                    }
                    if s.len() > limits.max_intset_entries.min(INTSET_HARD_MAX) {
                        self.convert(limits.hasher);
                    }
                    true
                }
                None => {
                    self.convert(limits.hasher);
                    self.add(member, limits)
                }
            },
            SetValue::Table(t) => t.upsert(member, || Member::new(member), |_| {}),
        }
    }

    /// [`add`](Self::add) for a member handed out by another set.
    pub fn add_elem(&mut self, e: Elem<'_>, limits: &SetLimits) -> bool {
        match (&mut *self, e) {
            (SetValue::Ints(s), Elem::Int(v)) => {
                if !s.insert(v) {
                    return false;
                }
                if s.len() > limits.max_intset_entries.min(INTSET_HARD_MAX) {
                    self.convert(limits.hasher);
                }
                true
            }
            _ => e.with_bytes(|b| self.add(b, limits)),
        }
    }

    /// Removes `member`; returns whether it was there.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match self {
            SetValue::Ints(s) => parse_i64(member).is_some_and(|v| s.remove(v)),
            SetValue::Table(t) => t.remove(member).is_some(),
        }
    }

    /// Converts to the hashtable encoding (a no-op if already there).
    pub fn convert(&mut self, hasher: KeyHasher) {
        if let SetValue::Ints(s) = self {
            let mut t = KeyedTable::new(hasher);
            let mut buf = itoa::Buffer::new();
            for v in s.iter() {
                t.insert_new(Member::new(buf.format(v).as_bytes()));
            }
            *self = SetValue::Table(Box::new(t));
        }
    }

    /// Every member: ascending for an intset, table order for a hashtable.
    pub fn iter(&self) -> impl Iterator<Item = Elem<'_>> + '_ {
        match self {
            SetValue::Ints(s) => Either::Left(s.iter().map(Elem::Int)),
            SetValue::Table(t) => Either::Right(t.iter().map(|m| Elem::Bytes(m.as_bytes()))),
        }
    }

    /// [`random`](Self::random), with an id that tells members apart (a position or
    /// an address, never client data): for sampling without repeats.
    pub fn random_with_id(&self, mut random: impl FnMut(u64) -> u64) -> Option<(usize, Elem<'_>)> {
        match self {
            SetValue::Ints(s) => {
                if s.is_empty() {
                    return None;
                }
                let i = random(s.len() as u64) as usize;
                s.get(i).map(|v| (i, Elem::Int(v)))
            }
            SetValue::Table(t) => t
                .random(random)
                .map(|m| (m as *const Member as usize, Elem::Bytes(m.as_bytes()))),
        }
    }

    /// A uniformly chosen member (`None` when empty). `random(n)` gives a uniform
    /// value in `0..n`.
    pub fn random(&self, mut random: impl FnMut(u64) -> u64) -> Option<Elem<'_>> {
        match self {
            SetValue::Ints(s) => {
                if s.is_empty() {
                    return None;
                }
                s.get(random(s.len() as u64) as usize).map(Elem::Int)
            }
            SetValue::Table(t) => t.random(random).map(|m| Elem::Bytes(m.as_bytes())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max: usize) -> SetLimits {
        SetLimits {
            max_intset_entries: max,
            hasher: KeyHasher::new(3, 4),
        }
    }

    #[test]
    fn intset_until_a_string_or_too_many() {
        let l = limits(3);
        let mut s = SetValue::for_first(b"1", l.hasher);
        assert!(s.add(b"1", &l));
        assert!(s.add(b"-2", &l));
        assert!(!s.add(b"1", &l));
        assert_eq!(s.encoding(), "intset");
        // Not integers by string2ll: leading zero, plus sign, -0.
        for m in [&b"01"[..], b"+1", b"-0"] {
            let mut t = s.clone();
            assert!(!t.contains(m));
            assert!(t.add(m, &l));
            assert_eq!(t.encoding(), "hashtable");
            assert!(t.contains(m) && t.contains(b"1"));
        }
        assert!(s.add(b"3", &l));
        assert_eq!(s.encoding(), "intset");
        assert!(s.add(b"4", &l));
        assert_eq!(s.encoding(), "hashtable");
        assert!(s.remove(b"4") && s.remove(b"3"));
        assert_eq!(s.encoding(), "hashtable");
        let mut members: Vec<Vec<u8>> = s.iter().map(Elem::to_vec).collect();
        members.sort();
        assert_eq!(members, vec![b"-2".to_vec(), b"1".to_vec()]);
    }

    #[test]
    fn value_type_stays_small() {
        assert!(std::mem::size_of::<SetValue>() <= 32);
        assert_eq!(std::mem::size_of::<Member>(), 24);
    }
}
