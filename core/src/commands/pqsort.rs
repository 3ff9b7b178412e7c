//! Redis's `pqsort`: a partial quicksort (Bentley and McIlroy's, as in NetBSD's qsort)
//! that only finishes the partitions overlapping a range of positions. SORT ... BY with
//! a LIMIT and the geo searches with COUNT use it, and it is not stable: elements that
//! compare equal end up in the order its swaps leave them, which this port reproduces
//! step by step so replies list ties as Redis does.

use std::cmp::Ordering;

/// Sorts `v` enough that positions `lrange..=rrange` hold what a full sort would put
/// there, swapping exactly as Redis's `pqsort` does.
pub fn pqsort<T>(v: &mut [T], cmp: &impl Fn(&T, &T) -> Ordering, lrange: usize, rrange: usize) {
    partial(v, 0, v.len(), cmp, lrange, rrange);
}

/// Insertion sort of `v[base..base + n]`.
fn insertion<T>(v: &mut [T], base: usize, n: usize, cmp: &impl Fn(&T, &T) -> Ordering) {
    for pm in base + 1..base + n {
        let mut pl = pm;
        while pl > base && cmp(&v[pl - 1], &v[pl]) == Ordering::Greater {
            v.swap(pl, pl - 1);
            pl -= 1;
        }
    }
}

/// The median of three positions.
fn med3<T>(v: &[T], a: usize, b: usize, c: usize, cmp: &impl Fn(&T, &T) -> Ordering) -> usize {
    use Ordering::{Greater, Less};
    if cmp(&v[a], &v[b]) == Less {
        if cmp(&v[b], &v[c]) == Less {
            b
        } else if cmp(&v[a], &v[c]) == Less {
            c
        } else {
            a
        }
    } else if cmp(&v[b], &v[c]) == Greater {
        b
    } else if cmp(&v[a], &v[c]) == Less {
        a
    } else {
        c
    }
}

/// Swaps `n` elements at `a` with `n` at `b`, pairwise.
fn vecswap<T>(v: &mut [T], a: usize, b: usize, n: usize) {
    for i in 0..n {
        v.swap(a + i, b + i);
    }
}

/// Whether the positions `lo..=hi` overlap the wanted range.
fn wanted(lo: usize, hi: usize, l: usize, r: usize) -> bool {
    !((l < lo && r < lo) || (l > hi && r > hi))
}

/// `_pqsort` on `v[base..base + n]`.
fn partial<T>(
    v: &mut [T],
    mut base: usize,
    mut n: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
    l: usize,
    r: usize,
) {
    loop {
        if n < 7 {
            return insertion(v, base, n, cmp);
        }
        let mut pm = base + n / 2;
        if n > 7 {
            let mut pl = base;
            let mut pn = base + n - 1;
            if n > 40 {
                let d = n / 8;
                pl = med3(v, pl, pl + d, pl + 2 * d, cmp);
                pm = med3(v, pm - d, pm, pm + d, cmp);
                pn = med3(v, pn - 2 * d, pn - d, pn, cmp);
            }
            pm = med3(v, pl, pm, pn, cmp);
        }
        v.swap(base, pm);
        let mut swapped = false;
        let (mut pa, mut pb) = (base + 1, base + 1);
        let (mut pc, mut pd) = (base + n - 1, base + n - 1);
        loop {
            while pb <= pc {
                let c = cmp(&v[pb], &v[base]);
                if c == Ordering::Greater {
                    break;
                }
                if c == Ordering::Equal {
                    swapped = true;
                    v.swap(pa, pb);
                    pa += 1;
                }
                pb += 1;
            }
            while pb <= pc {
                let c = cmp(&v[pc], &v[base]);
                if c == Ordering::Less {
                    break;
                }
                if c == Ordering::Equal {
                    swapped = true;
                    v.swap(pc, pd);
                    pd -= 1;
                }
                pc -= 1;
            }
            if pb > pc {
                break;
            }
            v.swap(pb, pc);
            swapped = true;
            pb += 1;
            pc -= 1;
        }
        if !swapped {
            return insertion(v, base, n, cmp);
        }
        let pn = base + n;
        let s = (pa - base).min(pb - pa);
        vecswap(v, base, pb - s, s);
        let s = (pd - pc).min(pn - pd - 1);
        vecswap(v, pb, pn - s, s);
        // The two partitions are disjoint and sorted independently, so the smaller
        // one is recursed into and the larger one looped on: the stack stays
        // logarithmic whatever the input (Redis recurses on the left one).
        let left = pb - pa;
        let right = pd - pc;
        let parts = [(base, left), (pn - right, right)];
        let mut todo = parts
            .into_iter()
            .filter(|&(b, len)| len > 1 && wanted(b, b + len - 1, l, r));
        let (first, second) = (todo.next(), todo.next());
        match (first, second) {
            (Some(a), Some(b)) => {
                let (small, large) = if a.1 <= b.1 { (a, b) } else { (b, a) };
                partial(v, small.0, small.1, cmp, l, r);
                (base, n) = large;
            }
            (Some(only), None) => (base, n) = only,
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::qc_check;

    #[test]
    fn sorted_and_reversed_inputs_of_many_ties_sort() {
        let mut v: Vec<u32> = (0..100_000).map(|i| i % 3).collect();
        let last = v.len() - 1;
        pqsort(&mut v, &|a: &u32, b: &u32| a.cmp(b), 0, last);
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
        let mut v: Vec<u32> = (0..100_000).rev().collect();
        pqsort(&mut v, &|a: &u32, b: &u32| a.cmp(b), 10, 20);
        assert_eq!(&v[10..=20], &(10..=20).collect::<Vec<u32>>()[..]);
    }

    #[test]
    fn the_wanted_range_is_sorted() {
        fn prop(v: Vec<u8>, a: usize, b: usize) -> bool {
            if v.is_empty() {
                return true;
            }
            let (l, r) = (a % v.len(), b % v.len());
            let (l, r) = (l.min(r), l.max(r));
            let mut got = v.clone();
            pqsort(&mut got, &|x: &u8, y: &u8| x.cmp(y), l, r);
            let mut want = v;
            want.sort_unstable();
            got[l..=r] == want[l..=r]
        }
        qc_check(
            "the_wanted_range_is_sorted",
            200,
            300,
            prop as fn(Vec<u8>, usize, usize) -> bool,
        );
    }
}
