//! Model tests of the sorted set type against a plain reference (a sorted `Vec` of
//! `(score, member)` plus a `BTreeMap` of member to score), across both encodings.

use std::collections::BTreeMap;

use quickcheck::{Arbitrary, Gen, TestResult};

use super::*;

fn limits(entries: usize, value: usize) -> ZSetLimits {
    ZSetLimits {
        max_listpack_entries: entries,
        max_listpack_value: value,
        hasher: KeyHasher::new(7, 11),
    }
}

/// The reference: member -> score, ordered view computed on demand.
#[derive(Default)]
struct Model {
    scores: BTreeMap<Vec<u8>, f64>,
}

impl Model {
    fn sorted(&self) -> Vec<(Vec<u8>, f64)> {
        let mut v: Vec<_> = self.scores.iter().map(|(m, s)| (m.clone(), *s)).collect();
        v.sort_by(|a, b| cmp_entry(a.1, &a.0, b.1, &b.0));
        v
    }
}

#[derive(Clone, Debug)]
enum Op {
    Add(u8, i8),
    Remove(u8),
    RemoveRanks(u8, u8),
    Score(u8),
    Rank(u8),
    Get(u8),
    Range(u8, u8, bool),
    ScoreSpan(i8, i8, bool, bool),
    LexSpan(u8, u8, bool, bool),
}

fn member(i: u8) -> Vec<u8> {
    // Some members long enough to force the large encoding.
    if i.is_multiple_of(29) {
        vec![b'L'; 20 + usize::from(i % 7)]
    } else {
        format!("m{}", i % 40).into_bytes()
    }
}

impl Arbitrary for Op {
    fn arbitrary(g: &mut Gen) -> Self {
        let k = u8::arbitrary(g);
        match u8::arbitrary(g) % 12 {
            0..=3 => Op::Add(k, i8::arbitrary(g) % 8),
            4 => Op::Remove(k),
            5 => Op::RemoveRanks(u8::arbitrary(g) % 8, u8::arbitrary(g) % 8),
            6 => Op::Score(k),
            7 => Op::Rank(k),
            8 => Op::Get(u8::arbitrary(g) % 64),
            9 => Op::Range(
                u8::arbitrary(g) % 64,
                u8::arbitrary(g) % 64,
                bool::arbitrary(g),
            ),
            10 => Op::ScoreSpan(
                i8::arbitrary(g) % 9,
                i8::arbitrary(g) % 9,
                bool::arbitrary(g),
                bool::arbitrary(g),
            ),
            _ => Op::LexSpan(k, u8::arbitrary(g), bool::arbitrary(g), bool::arbitrary(g)),
        }
    }
}

fn run(ops: &[Op], lim: &ZSetLimits) -> Result<(), String> {
    let mut z = ZSetValue::new();
    let mut m = Model::default();
    for (step, op) in ops.iter().enumerate() {
        let fail = |what: String| Err(format!("step {step} {op:?}: {what}"));
        match op {
            Op::Add(k, s) => {
                let mem = member(*k);
                let s = if *s == 0 { -0.0 } else { f64::from(*s) / 2.0 };
                if m.scores.contains_key(&mem) {
                    z.set_score(&mem, s);
                } else {
                    z.insert(&mem, s, lim);
                }
                m.scores.insert(mem, s);
            }
            Op::Remove(k) => {
                let mem = member(*k);
                if z.remove(&mem) != m.scores.remove(&mem).is_some() {
                    return fail("remove".into());
                }
            }
            Op::RemoveRanks(a, b) => {
                let (lo, hi) = (usize::from(*a), usize::from(*a) + usize::from(*b));
                z.remove_ranks(lo, hi);
                let sorted = m.sorted();
                for (mem, _) in sorted.iter().take(hi).skip(lo) {
                    m.scores.remove(mem);
                }
            }
            Op::Score(k) => {
                let mem = member(*k);
                if z.score(&mem) != m.scores.get(&mem).copied() {
                    return fail(format!("score {:?}", z.score(&mem)));
                }
            }
            Op::Rank(k) => {
                let mem = member(*k);
                let want = m.sorted().iter().position(|(x, _)| *x == mem);
                if z.rank(&mem) != want {
                    return fail(format!("rank {:?} want {want:?}", z.rank(&mem)));
                }
            }
            Op::Get(r) => {
                let sorted = m.sorted();
                let want = sorted.get(usize::from(*r)).map(|(x, s)| (x.clone(), *s));
                let got = z.get(usize::from(*r)).map(|(x, s)| (x.to_vec(), s));
                if got != want {
                    return fail(format!("get {got:?} want {want:?}"));
                }
            }
            Op::Range(a, b, rev) => {
                let (lo, hi) = (usize::from(*a), usize::from(*a) + usize::from(*b));
                let mut got = Vec::new();
                z.visit(lo, hi, *rev, |x, s| got.push((x.to_vec(), s)));
                let sorted = m.sorted();
                let mut want: Vec<_> = sorted.into_iter().take(hi).skip(lo).collect();
                if *rev {
                    want.reverse();
                }
                if got != want {
                    return fail(format!("range {got:?} want {want:?}"));
                }
            }
            Op::ScoreSpan(a, b, min_ex, max_ex) => {
                let r = ScoreRange {
                    min: f64::from(*a) / 2.0,
                    max: f64::from(*b) / 2.0,
                    min_ex: *min_ex,
                    max_ex: *max_ex,
                };
                let (lo, hi) = z.score_span(&r);
                let sorted = m.sorted();
                let inside: Vec<usize> = (0..sorted.len())
                    .filter(|&i| !r.below_min(sorted[i].1) && r.within_max(sorted[i].1))
                    .collect();
                let want = match (inside.first(), inside.last()) {
                    (Some(&f), Some(&l)) => (f, l + 1),
                    _ => (0, 0),
                };
                if hi - lo != want.1 - want.0 || (hi > lo && (lo, hi) != want) {
                    return fail(format!("score span {:?} want {want:?}", (lo, hi)));
                }
            }
            Op::LexSpan(a, b, ia, ib) => {
                // Only meaningful with equal scores: check on a copy where all are 0.
                let mut flat = ZSetValue::new();
                let mut names: Vec<Vec<u8>> = m.scores.keys().cloned().collect();
                names.sort();
                for n in &names {
                    flat.insert(n, 0.0, lim);
                }
                let (x, y) = (member(*a), member(*b));
                let (xb, yb) = (x.as_slice(), y.as_slice());
                let min = match a % 5 {
                    0 => LexBound::Min,
                    1 => LexBound::Max,
                    _ if *ia => LexBound::Incl(xb),
                    _ => LexBound::Excl(xb),
                };
                let max = match b % 5 {
                    0 => LexBound::Max,
                    1 => LexBound::Min,
                    _ if *ib => LexBound::Incl(yb),
                    _ => LexBound::Excl(yb),
                };
                let r = LexRange { min, max };
                let (lo, hi) = flat.lex_span(&r);
                let inside = names
                    .iter()
                    .filter(|n| !r.below_min(n) && r.within_max(n))
                    .count();
                if hi - lo != inside {
                    return fail(format!("lex span {:?} want {inside}", (lo, hi)));
                }
            }
        }
        if z.len() != m.scores.len() {
            return fail(format!("len {} want {}", z.len(), m.scores.len()));
        }
    }
    let mut all = Vec::new();
    z.for_each(|x, s| all.push((x.to_vec(), s)));
    let want = m.sorted();
    if all.len() != want.len() || all.iter().zip(&want).any(|(a, b)| a.0 != b.0 || a.1 != b.1) {
        return Err(format!("final order {all:?} want {want:?}"));
    }
    Ok(())
}

#[test]
fn model_zset_type() {
    let prop = |ops: Vec<Op>| -> TestResult {
        // Small thresholds so runs cross from the compact to the large encoding.
        for lim in [limits(4, 16), limits(128, 64), limits(0, 64)] {
            if let Err(e) = run(&ops, &lim) {
                return TestResult::error(format!("limits {lim:?}: {e}"));
            }
        }
        TestResult::passed()
    };
    crate::testkit::qc_check(
        "model_zset_type",
        200,
        300,
        prop as fn(Vec<Op>) -> TestResult,
    );
}

#[test]
fn encodings_follow_limits() {
    let lim = limits(3, 5);
    let mut z = ZSetValue::new();
    for (i, m) in [b"a", b"b", b"c"].iter().enumerate() {
        z.insert(*m, i as f64, &lim);
    }
    assert_eq!(z.encoding(), "listpack");
    z.insert(b"d", 9.0, &lim);
    assert_eq!(z.encoding(), "skiplist");
    z.remove(b"d");
    z.remove(b"c");
    assert_eq!(z.encoding(), "skiplist", "no conversion back on removal");
    let mut z = ZSetValue::new();
    z.insert(b"abcdef", 1.0, &lim);
    assert_eq!(z.encoding(), "skiplist");
    let mut z = ZSetValue::new();
    z.insert(b"abcde", 1.0, &lim);
    assert_eq!(z.encoding(), "listpack");
}

#[test]
fn negative_zero_kept_only_in_large_encoding() {
    // Redis 7.0: `ZADD k -0 a` then ZSCORE gives "0" in a listpack, "-0" in a skiplist.
    let mut small = ZSetValue::new();
    small.insert(b"a", -0.0, &limits(128, 64));
    assert!(
        small
            .score(b"a")
            .is_some_and(|s| s == 0.0 && s.is_sign_positive())
    );
    let mut big = ZSetValue::new();
    big.insert(b"a", -0.0, &limits(0, 64));
    assert!(
        big.score(b"a")
            .is_some_and(|s| s == 0.0 && s.is_sign_negative())
    );
    // -0 and 0 tie, and the tie goes by member: `ZADD z 0 c -0 d` gives c, d.
    big.insert(b"c", 0.0, &limits(0, 64));
    big.insert(b"d", -0.0, &limits(0, 64));
    let mut order = Vec::new();
    big.for_each(|m, _| order.push(m.to_vec()));
    assert_eq!(order, vec![b"a".to_vec(), b"c".to_vec(), b"d".to_vec()]);
}

#[test]
fn value_stays_small() {
    // A key's value must not grow because of this type.
    assert!(std::mem::size_of::<ZSetValue>() <= 32);
}

#[test]
fn large_set_memory_per_member() {
    // 200k members "member:N" with ascending scores: slab + index + tree, well under
    // Redis 7.0's ~110 bytes a member for the same data.
    let lim = limits(128, 64);
    let mut z = ZSetValue::new();
    for i in 0..200_000u32 {
        let m = format!("member:{i}");
        z.insert(m.as_bytes(), f64::from(i), &lim);
    }
    let per = z.allocated_bytes() / 200_000;
    assert!(per <= 70, "{per} bytes a member");
}

#[test]
fn large_random_history_matches_model() {
    // Deep trees (thousands of members): random adds, score changes, removals and
    // range removals, checked against a BTreeSet of (score, member) as it goes.
    use std::collections::BTreeSet;
    let lim = limits(128, 64);
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n.max(1)
    };
    let mut z = ZSetValue::new();
    let mut by_member: BTreeMap<Vec<u8>, i64> = BTreeMap::new();
    let mut order: BTreeSet<(i64, Vec<u8>)> = BTreeSet::new();
    for step in 0..60_000u64 {
        let mem = format!("k{}", next(6000)).into_bytes();
        let score = next(200) as i64 - 100;
        match next(10) {
            0..=5 => {
                match by_member.insert(mem.clone(), score) {
                    Some(old) => {
                        order.remove(&(old, mem.clone()));
                        z.set_score(&mem, score as f64);
                    }
                    None => z.insert(&mem, score as f64, &lim),
                }
                order.insert((score, mem));
            }
            6 | 7 => {
                let old = by_member.remove(&mem);
                if let Some(old) = old {
                    order.remove(&(old, mem.clone()));
                }
                assert_eq!(z.remove(&mem), old.is_some());
            }
            8 if step % 50 == 0 => {
                let lo = next(z.len() as u64 + 1) as usize;
                let hi = lo + next(40) as usize;
                let gone: Vec<_> = order.iter().take(hi).skip(lo).cloned().collect();
                for (s, x) in gone {
                    order.remove(&(s, x.clone()));
                    by_member.remove(&x);
                }
                z.remove_ranks(lo, hi);
            }
            _ => {
                let want = by_member
                    .get(&mem)
                    .map(|&s| order.range(..(s, mem.clone())).count());
                assert_eq!(z.rank(&mem), want, "step {step}");
                if let Some(r) = want {
                    let got = z.get(r).map(|(x, s)| (x.to_vec(), s));
                    assert_eq!(got, Some((mem.clone(), by_member[&mem] as f64)));
                }
            }
        }
        assert_eq!(z.len(), order.len());
        if step % 5000 == 0 {
            let mut all = Vec::new();
            z.for_each(|x, s| all.push((s as i64, x.to_vec())));
            let want: Vec<_> = order.iter().cloned().collect();
            assert_eq!(all, want, "step {step}");
            let r = ScoreRange {
                min: -10.0,
                max: 20.0,
                min_ex: true,
                max_ex: false,
            };
            let (lo, hi) = z.score_span(&r);
            let inside = all.iter().filter(|(s, _)| *s > -10 && *s <= 20).count();
            assert_eq!(hi - lo, inside);
            assert!(all[..lo].iter().all(|(s, _)| *s <= -10));
        }
    }
    assert_eq!(z.encoding(), "skiplist");
}

#[test]
fn scan_returns_every_member_present_throughout_despite_growth() {
    // Redis's SCAN guarantee: a member present for the whole scan is returned, even
    // if the set grows (or shrinks) between steps.
    let lim = limits(0, 64);
    let mut z = ZSetValue::new();
    for i in 0..2000u32 {
        z.insert(format!("keep{i}").as_bytes(), f64::from(i), &lim);
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut cursor = 0u64;
    let mut step = 0u32;
    loop {
        cursor = z.scan(cursor, 10, |m, _| {
            seen.insert(m.to_vec());
        });
        // Grow a lot, then shrink, while the scan goes on.
        for j in 0..50u32 {
            let m = format!("tmp{step}-{j}");
            if step < 60 {
                z.insert(m.as_bytes(), 0.5, &lim);
            }
        }
        if step >= 60 {
            for j in 0..50u32 {
                z.remove(format!("tmp{}-{j}", step - 60).as_bytes());
            }
        }
        step += 1;
        if cursor == 0 || step > 100_000 {
            break;
        }
    }
    for i in 0..2000u32 {
        assert!(
            seen.contains(format!("keep{i}").as_bytes()),
            "keep{i} missed"
        );
    }
}
