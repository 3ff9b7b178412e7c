//! [`IntSet`]: the compact encoding of a small set of integers, as Redis's intset: the
//! members sorted in one array of the narrowest width that holds them all (16, 32 or
//! 64 bits), so lookups are binary searches and replies come out sorted. Like Redis's,
//! the width only ever grows.

/// Sorted distinct integers, stored at the narrowest width that holds them all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntSet {
    /// Every member fits in 16 bits.
    W16(Vec<i16>),
    /// Every member fits in 32 bits.
    W32(Vec<i32>),
    /// Any 64-bit members.
    W64(Vec<i64>),
}

impl Default for IntSet {
    fn default() -> Self {
        IntSet::W16(Vec::new())
    }
}

/// Runs `$body` with `$v` bound to the inner vector, whatever its width.
macro_rules! with_vec {
    ($set:expr, $v:ident => $body:expr) => {
        match $set {
            IntSet::W16($v) => $body,
            IntSet::W32($v) => $body,
            IntSet::W64($v) => $body,
        }
    };
}

/// Releases spare capacity once a vector is mostly empty.
fn maybe_shrink<T>(v: &mut Vec<T>) {
    if v.capacity() > 16 && v.len() * 4 < v.capacity() {
        v.shrink_to(v.len() * 2);
    }
}

/// Inserts `x` into the sorted `v` unless present; returns whether it was added.
fn insert_sorted<T: Ord + Copy>(v: &mut Vec<T>, x: T) -> bool {
    match v.binary_search(&x) {
        Ok(_) => false,
        Err(i) => {
            v.insert(i, x);
            true
        }
    }
}

/// Removes `x` from the sorted `v`; returns whether it was there.
fn remove_sorted<T: Ord + Copy>(v: &mut Vec<T>, x: T) -> bool {
    match v.binary_search(&x) {
        Ok(i) => {
            v.remove(i);
            maybe_shrink(v);
            true
        }
        Err(_) => false,
    }
}

impl IntSet {
    /// An empty intset (16-bit wide).
    pub fn new() -> Self {
        IntSet::default()
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        with_vec!(self, v => v.len())
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Heap bytes held.
    pub fn allocation_size(&self) -> usize {
        match self {
            IntSet::W16(v) => v.capacity() * 2,
            IntSet::W32(v) => v.capacity() * 4,
            IntSet::W64(v) => v.capacity() * 8,
        }
    }

    /// Whether `x` is a member.
    pub fn contains(&self, x: i64) -> bool {
        match self {
            IntSet::W16(v) => i16::try_from(x).is_ok_and(|x| v.binary_search(&x).is_ok()),
            IntSet::W32(v) => i32::try_from(x).is_ok_and(|x| v.binary_search(&x).is_ok()),
            IntSet::W64(v) => v.binary_search(&x).is_ok(),
        }
    }

    /// Adds `x`, widening the array first if `x` needs more bits; returns whether it
    /// was added.
    pub fn insert(&mut self, x: i64) -> bool {
        if let IntSet::W16(v) = self
            && i16::try_from(x).is_err()
        {
            *self = IntSet::W32(v.iter().map(|&e| i32::from(e)).collect());
        }
        if let IntSet::W32(v) = self
            && i32::try_from(x).is_err()
        {
            *self = IntSet::W64(v.iter().map(|&e| i64::from(e)).collect());
        }
        match self {
            IntSet::W16(v) => i16::try_from(x).is_ok_and(|x| insert_sorted(v, x)),
            IntSet::W32(v) => i32::try_from(x).is_ok_and(|x| insert_sorted(v, x)),
            IntSet::W64(v) => insert_sorted(v, x),
        }
    }

    /// Removes `x`; returns whether it was a member.
    pub fn remove(&mut self, x: i64) -> bool {
        match self {
            IntSet::W16(v) => i16::try_from(x).is_ok_and(|x| remove_sorted(v, x)),
            IntSet::W32(v) => i32::try_from(x).is_ok_and(|x| remove_sorted(v, x)),
            IntSet::W64(v) => remove_sorted(v, x),
        }
    }

    /// The `i`-th smallest member.
    pub fn get(&self, i: usize) -> Option<i64> {
        match self {
            IntSet::W16(v) => v.get(i).map(|&x| i64::from(x)),
            IntSet::W32(v) => v.get(i).map(|&x| i64::from(x)),
            IntSet::W64(v) => v.get(i).copied(),
        }
    }

    /// Every member in ascending order.
    pub fn iter(&self) -> Iter<'_> {
        Iter { set: self, pos: 0 }
    }
}

/// Ascending iterator over an [`IntSet`].
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    set: &'a IntSet,
    pos: usize,
}

impl Iterator for Iter<'_> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        let x = self.set.get(self.pos)?;
        self.pos += 1;
        Some(x)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.set.len().saturating_sub(self.pos);
        (n, Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widens_and_stays_sorted() {
        let mut s = IntSet::new();
        assert!(s.insert(5));
        assert!(s.insert(-3));
        assert!(!s.insert(5));
        assert!(matches!(s, IntSet::W16(_)));
        assert!(s.insert(70_000));
        assert!(matches!(s, IntSet::W32(_)));
        assert!(s.insert(i64::MIN));
        assert!(matches!(s, IntSet::W64(_)));
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![i64::MIN, -3, 5, 70_000]);
        assert!(s.contains(70_000) && !s.contains(4));
        assert!(s.remove(i64::MIN));
        assert!(!s.remove(i64::MIN));
        // Removing never narrows, as in Redis.
        assert!(matches!(s, IntSet::W64(_)));
        let mut small = IntSet::new();
        small.insert(1);
        assert!(!small.contains(1 << 40));
        assert!(!small.remove(1 << 40));
    }
}
