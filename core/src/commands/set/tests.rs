//! Set command tests through the real parser and dispatch, plus the seeded quickcheck
//! model test against a `BTreeSet` model. Expected replies in the example tests were
//! observed on Redis 7.0.15; the conformance cases under `conformance/cases/sets/`
//! cover the rest.

use std::collections::{BTreeMap, BTreeSet};

use quickcheck::{Arbitrary, Gen, TestResult};

use crate::commands::hash::tests::{Harness, R, bulk, qc_check};
use crate::util::number::parse_i64;

const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

fn int(v: i64) -> R {
    R::Int(v)
}

fn err(s: &str) -> R {
    R::Err(s.to_string())
}

fn arr(items: &[&str]) -> R {
    R::Arr(items.iter().map(|s| bulk(s.as_bytes())).collect())
}

fn sorted(r: R) -> R {
    match r {
        R::Arr(mut v) => {
            v.sort();
            R::Arr(v)
        }
        other => other,
    }
}

// ---------------------------------------------------------------------------------
// Examples (replies observed on Redis 7.0.15)
// ---------------------------------------------------------------------------------

#[test]
fn intsets_reply_sorted_and_strings_convert() {
    let mut h = Harness::new(&[]);
    assert_eq!(h.run("SADD s 3 1 2 1"), int(3));
    assert_eq!(h.run("SMEMBERS s"), arr(&["1", "2", "3"]));
    assert_eq!(h.run("SADD s a"), int(1));
    assert_eq!(sorted(h.run("SMEMBERS s")), arr(&["1", "2", "3", "a"]));
    assert_eq!(h.run("SISMEMBER s 01"), int(0));
    assert_eq!(
        h.run("SMISMEMBER s 1 a z"),
        R::Arr(vec![int(1), int(1), int(0)])
    );
    assert_eq!(
        h.run("SPOP s -1"),
        err("ERR value is out of range, must be positive")
    );
    assert_eq!(
        h.run("SRANDMEMBER s -9223372036854775808"),
        err(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807"
        )
    );
    assert_eq!(h.run("SET str x"), R::Simple("OK".into()));
    assert_eq!(h.run("SINTER nokey str"), err(WRONGTYPE));
    assert_eq!(h.run("SMOVE nokey str x"), int(0));
}

#[test]
fn sintercard_arguments() {
    let mut h = Harness::new(&[]);
    h.run("SADD a 1 2 3");
    h.run("SADD b 2 3 4");
    assert_eq!(h.run("SINTERCARD 2 a b"), int(2));
    assert_eq!(h.run("SINTERCARD 2 a b LIMIT 1"), int(1));
    assert_eq!(h.run("SINTERCARD 1 a LIMIT 0 LIMIT 2"), int(2));
    assert_eq!(
        h.run("SINTERCARD 0 a"),
        err("ERR numkeys should be greater than 0")
    );
    assert_eq!(
        h.run("SINTERCARD 3 a b"),
        err("ERR Number of keys can't be greater than number of args")
    );
    assert_eq!(
        h.run("SINTERCARD 1 a LIMIT -1"),
        err("ERR LIMIT can't be negative")
    );
    assert_eq!(h.run("SINTERCARD 1 a LIMIT"), err("ERR syntax error"));
}

#[test]
fn spop_with_count_removes_exactly_what_it_returns() {
    let mut h = Harness::new(&[]);
    for (n, count) in [(10, 2), (10, 9), (600, 100), (600, 590), (7, 7), (7, 70)] {
        h.run("DEL s");
        let members: Vec<String> = (0..n).map(|i| format!("m{i}")).collect();
        for m in &members {
            h.run(&format!("SADD s {m}"));
        }
        let popped: BTreeSet<R> = h
            .run(&format!("SPOP s {count}"))
            .items()
            .into_iter()
            .collect();
        assert_eq!(popped.len(), count.min(n), "distinct");
        let left: BTreeSet<R> = h.run("SMEMBERS s").items().into_iter().collect();
        assert_eq!(left.len(), n - count.min(n));
        assert!(popped.is_disjoint(&left));
        let all: BTreeSet<R> = members.iter().map(|m| bulk(m.as_bytes())).collect();
        assert_eq!(popped.union(&left).cloned().collect::<BTreeSet<_>>(), all);
    }
    assert_eq!(h.run("EXISTS s"), int(0));
}

#[test]
fn spop_rebuild_reencodes_what_stays() {
    // Redis's third SPOP strategy (used when the members left, times 5, are no more
    // than the count popped) rebuilds the set from the members that stay: all
    // integers, so an intset again (replies sorted), though it was a hashtable.
    let mut h = Harness::new(&[]);
    h.run("SADD s a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20");
    h.run("SREM s a");
    h.run("SPOP s 17");
    let left = h.run("SMEMBERS s").items();
    assert_eq!(left.len(), 3);
    let nums: Vec<i64> = left
        .iter()
        .map(|r| parse_i64(&r.bytes()).unwrap_or(i64::MIN))
        .collect();
    assert!(
        nums.windows(2).all(|w| w[0] < w[1]),
        "an intset replies sorted: {nums:?}"
    );
    assert_eq!(h.run("OBJECT ENCODING s").bytes(), b"intset");
}

#[test]
fn srandmember_samples_are_distinct_members() {
    let mut h = Harness::new(&[]);
    for n in [5usize, 100, 1000] {
        h.run("DEL s");
        for i in 0..n {
            h.run(&format!("SADD s x{i}"));
        }
        for count in [1, 2, n / 3, n / 2, n - 1] {
            let got = h.run(&format!("SRANDMEMBER s {count}")).items();
            let distinct: BTreeSet<R> = got.iter().cloned().collect();
            assert_eq!((got.len(), distinct.len()), (count, count));
        }
        assert_eq!(
            h.run(&format!("SRANDMEMBER s -{}", 2 * n)).items().len(),
            2 * n
        );
    }
}

#[test]
fn sscan_guarantee_holds_across_growth() {
    // Members present for the whole scan are returned even if the set grows between
    // calls (the segmented table keeps Redis's guarantee).
    let mut h = Harness::new(&[]);
    for i in 0..300 {
        h.run(&format!("SADD s k{i}"));
    }
    let mut seen = BTreeSet::new();
    let mut cursor = b"0".to_vec();
    let mut extra = 0;
    for _ in 0..10_000 {
        let r = h
            .cmd(&[&b"SSCAN"[..], b"s", &cursor, b"COUNT", b"5"])
            .items();
        cursor = r[0].bytes();
        seen.extend(r[1].items());
        for _ in 0..20 {
            h.run(&format!("SADD s new{extra}"));
            extra += 1;
        }
        if cursor == b"0" {
            break;
        }
    }
    for i in 0..300 {
        assert!(
            seen.contains(&bulk(format!("k{i}").as_bytes())),
            "k{i} missed"
        );
    }
}

// ---------------------------------------------------------------------------------
// Model test
// ---------------------------------------------------------------------------------

/// Small enough that sequences cross it.
const MAX_INTSET: usize = 4;

const KEYS: [&str; 4] = ["s1", "s2", "s3", "str"];
const MEMBERS: [&str; 10] = [
    "1",
    "2",
    "-5",
    "100",
    "9223372036854775807",
    "a",
    "b",
    "01",
    "",
    "-0",
];

/// One operation of the model test.
#[derive(Clone, Debug)]
enum Op {
    SAdd(usize, Vec<usize>),
    SRem(usize, Vec<usize>),
    SIsMember(usize, usize),
    SMIsMember(usize, Vec<usize>),
    SCard(usize),
    SMembers(usize),
    SPop(usize, Option<u8>),
    SRandMember(usize, i8),
    SMove(usize, usize, usize),
    Algebra(u8, Option<usize>, Vec<usize>),
    SInterCard(Vec<usize>, u8),
    SScan(usize),
    Del(usize),
}

fn pick(g: &mut Gen, n: usize) -> usize {
    usize::arbitrary(g) % n
}

impl Arbitrary for Op {
    fn arbitrary(g: &mut Gen) -> Self {
        let k = pick(g, KEYS.len());
        let m = |g: &mut Gen| pick(g, MEMBERS.len());
        let ks = |g: &mut Gen| (0..1 + pick(g, 3)).map(|_| pick(g, KEYS.len())).collect();
        match pick(g, 16) {
            // Mostly integers, several at once, so intsets fill up and convert.
            0..=2 => Op::SAdd(
                k,
                (0..1 + pick(g, 5))
                    .map(|_| if pick(g, 3) == 0 { m(g) } else { pick(g, 5) })
                    .collect(),
            ),
            3 => Op::SRem(k, (0..1 + pick(g, 2)).map(|_| m(g)).collect()),
            4 => Op::SIsMember(k, m(g)),
            5 => Op::SMIsMember(k, (0..1 + pick(g, 3)).map(|_| m(g)).collect()),
            6 => Op::SCard(k),
            7 => Op::SMembers(k),
            8 => Op::SPop(
                k,
                if bool::arbitrary(g) {
                    Some(u8::arbitrary(g) % 6)
                } else {
                    None
                },
            ),
            9 => Op::SRandMember(k, i8::arbitrary(g) % 7),
            10 => Op::SMove(k, pick(g, KEYS.len()), m(g)),
            11 => {
                let dst = if bool::arbitrary(g) {
                    Some(pick(g, KEYS.len()))
                } else {
                    None
                };
                Op::Algebra(u8::arbitrary(g) % 3, dst, ks(g))
            }
            12 => Op::SInterCard(ks(g), u8::arbitrary(g) % 4),
            13 => Op::SScan(k),
            14 => Op::SPop(k, Some(u8::arbitrary(g) % 12)),
            _ => Op::Del(k),
        }
    }
}

/// The model of one set: its members, and whether Redis would hold it as an intset
/// (replies sorted by value) rather than a hashtable (order unspecified).
#[derive(Clone, Debug, Default)]
struct ModelSet {
    members: BTreeSet<Vec<u8>>,
    intset: bool,
}

impl ModelSet {
    /// Redis's rules for a set built afresh from `members` (setTypeCreate + adds).
    fn fresh(members: BTreeSet<Vec<u8>>) -> Self {
        let intset = members.iter().all(|m| parse_i64(m).is_some()) && members.len() <= MAX_INTSET;
        ModelSet { members, intset }
    }

    fn add(&mut self, m: &[u8]) -> bool {
        let added = self.members.insert(m.to_vec());
        if parse_i64(m).is_none() || self.members.len() > MAX_INTSET {
            self.intset = false;
        }
        added
    }

    /// The members as a reply would list them when ordered: numerically for an intset.
    fn reply(&self) -> R {
        let mut v: Vec<&Vec<u8>> = self.members.iter().collect();
        if self.intset {
            v.sort_by_key(|m| parse_i64(m).unwrap_or(0));
        }
        R::Arr(v.into_iter().map(|m| bulk(m)).collect())
    }
}

/// Sorts an array reply unless the set is an intset (whose order is checked exactly).
fn canon(r: R, intset: bool) -> R {
    if intset { r } else { sorted(r) }
}

#[derive(Default)]
struct Model {
    sets: BTreeMap<usize, ModelSet>,
}

impl Model {
    fn members(&self, k: usize) -> BTreeSet<Vec<u8>> {
        self.sets
            .get(&k)
            .map(|s| s.members.clone())
            .unwrap_or_default()
    }
}

fn run_model(ops: Vec<Op>) -> TestResult {
    let mut h = Harness::new(&[("set-max-intset-entries", "4")]);
    h.run("SET str x");
    let mut m = Model::default();
    let is_str = |k: usize| KEYS[k] == "str";
    let key = |k: usize| KEYS[k].as_bytes();
    for op in ops {
        let wrong = err(WRONGTYPE);
        let (got, want): (R, R) = match &op {
            Op::SAdd(k, ms) => {
                let mut args: Vec<&[u8]> = vec![b"SADD", key(*k)];
                args.extend(ms.iter().map(|i| MEMBERS[*i].as_bytes()));
                let got = h.cmd(&args);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let s = m.sets.entry(*k).or_insert_with(|| ModelSet {
                        members: BTreeSet::new(),
                        intset: parse_i64(MEMBERS[ms[0]].as_bytes()).is_some(),
                    });
                    int(ms.iter().filter(|i| s.add(MEMBERS[**i].as_bytes())).count() as i64)
                };
                (got, want)
            }
            Op::SRem(k, ms) => {
                let mut args: Vec<&[u8]> = vec![b"SREM", key(*k)];
                args.extend(ms.iter().map(|i| MEMBERS[*i].as_bytes()));
                let got = h.cmd(&args);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let mut n = 0;
                    if let Some(s) = m.sets.get_mut(k) {
                        for i in ms {
                            n += i64::from(s.members.remove(MEMBERS[*i].as_bytes()));
                        }
                        if s.members.is_empty() {
                            m.sets.remove(k);
                        }
                    }
                    int(n)
                };
                (got, want)
            }
            Op::SIsMember(k, i) => {
                let got = h.cmd(&[b"SISMEMBER", key(*k), MEMBERS[*i].as_bytes()]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    int(i64::from(m.members(*k).contains(MEMBERS[*i].as_bytes())))
                };
                (got, want)
            }
            Op::SMIsMember(k, ms) => {
                let mut args: Vec<&[u8]> = vec![b"SMISMEMBER", key(*k)];
                args.extend(ms.iter().map(|i| MEMBERS[*i].as_bytes()));
                let got = h.cmd(&args);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let set = m.members(*k);
                    R::Arr(
                        ms.iter()
                            .map(|i| int(i64::from(set.contains(MEMBERS[*i].as_bytes()))))
                            .collect(),
                    )
                };
                (got, want)
            }
            Op::SCard(k) => {
                let got = h.cmd(&[b"SCARD", key(*k)]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    int(m.members(*k).len() as i64)
                };
                (got, want)
            }
            Op::SMembers(k) => {
                let got = h.cmd(&[b"SMEMBERS", key(*k)]);
                if is_str(*k) {
                    (got, wrong)
                } else {
                    let s = m.sets.get(k).cloned().unwrap_or_default();
                    (canon(got, s.intset), canon(s.reply(), s.intset))
                }
            }
            Op::SPop(k, count) => {
                let c = count.map(|c| c.to_string());
                let mut args: Vec<&[u8]> = vec![b"SPOP", key(*k)];
                if let Some(c) = &c {
                    args.push(c.as_bytes());
                }
                let got = h.cmd(&args);
                if is_str(*k) {
                    (got, wrong)
                } else {
                    // Random: the popped members must be real and must leave the model.
                    let popped: Vec<R> = match (&got, count) {
                        (R::Arr(v), Some(_)) => v.clone(),
                        (R::Bulk(_), None) => vec![got.clone()],
                        _ => Vec::new(),
                    };
                    let set = m.members(*k);
                    let want_n = match count {
                        Some(c) => usize::from(*c).min(set.len()),
                        None => usize::from(!set.is_empty()),
                    };
                    let distinct: BTreeSet<Vec<u8>> = popped.iter().map(R::bytes).collect();
                    let ok = popped.len() == want_n
                        && distinct.len() == want_n
                        && distinct.iter().all(|p| set.contains(p))
                        && (want_n > 0 || matches!(got, R::Nil | R::Arr(_)));
                    if let Some(s) = m.sets.get_mut(k) {
                        for p in &distinct {
                            s.members.remove(p);
                        }
                        // The rebuild strategy (few members stay) encodes them afresh.
                        if let Some(c) = count {
                            let (size, c) = (set.len(), usize::from(*c));
                            if c > 0 && c < size && (size - c) * 5 <= c {
                                *s = ModelSet::fresh(s.members.clone());
                            }
                        }
                        if s.members.is_empty() {
                            m.sets.remove(k);
                        }
                    }
                    (int(i64::from(ok)), int(1))
                }
            }
            Op::SRandMember(k, count) => {
                let c = count.to_string();
                let got = h.cmd(&[b"SRANDMEMBER", key(*k), c.as_bytes()]);
                if is_str(*k) {
                    (got, wrong)
                } else {
                    let set = m.members(*k);
                    let items = got.items();
                    let n = if *count >= 0 {
                        (*count as usize).min(set.len())
                    } else if set.is_empty() {
                        0
                    } else {
                        count.unsigned_abs() as usize
                    };
                    let distinct: BTreeSet<Vec<u8>> = items.iter().map(R::bytes).collect();
                    let ok = items.len() == n
                        && distinct.iter().all(|x| set.contains(x))
                        && (*count < 0 || distinct.len() == n);
                    (int(i64::from(ok)), int(1))
                }
            }
            Op::SMove(src, dst, i) => {
                let mem = MEMBERS[*i].as_bytes();
                let got = h.cmd(&[b"SMOVE", key(*src), key(*dst), mem]);
                let want = if !m.sets.contains_key(src) && !is_str(*src) {
                    int(0)
                } else if is_str(*src) || is_str(*dst) {
                    wrong
                } else if src == dst {
                    int(i64::from(m.members(*src).contains(mem)))
                } else {
                    let s = m.sets.get_mut(src).map(|s| s.members.remove(mem));
                    if s == Some(true) {
                        if m.members(*src).is_empty() {
                            m.sets.remove(src);
                        }
                        let d = m.sets.entry(*dst).or_insert_with(|| ModelSet {
                            members: BTreeSet::new(),
                            intset: parse_i64(mem).is_some(),
                        });
                        d.add(mem);
                        int(1)
                    } else {
                        int(0)
                    }
                };
                (got, want)
            }
            Op::Algebra(kind, dst, ks) => {
                let names = ["SINTER", "SUNION", "SDIFF"];
                let name = format!(
                    "{}{}",
                    names[*kind as usize],
                    if dst.is_some() { "STORE" } else { "" }
                );
                let mut args: Vec<&[u8]> = vec![name.as_bytes()];
                if let Some(d) = dst {
                    args.push(key(*d));
                }
                args.extend(ks.iter().map(|k| key(*k)));
                let got = h.cmd(&args);
                if ks.iter().any(|k| is_str(*k)) {
                    (got, wrong)
                } else {
                    let sets: Vec<BTreeSet<Vec<u8>>> = ks.iter().map(|k| m.members(*k)).collect();
                    let result: BTreeSet<Vec<u8>> = match kind {
                        0 => sets[1..].iter().fold(sets[0].clone(), |a, b| &a & b),
                        1 => sets.iter().fold(BTreeSet::new(), |a, b| &a | b),
                        _ => sets[1..].iter().fold(sets[0].clone(), |a, b| &a - b),
                    };
                    let mut fresh = ModelSet::fresh(result.clone());
                    // SDIFF's second algorithm (several small sets to subtract) adds
                    // the whole first set, then removes: its encoding is the first
                    // set's, afresh.
                    let present: Vec<&BTreeSet<Vec<u8>>> = ks
                        .iter()
                        .zip(&sets)
                        .filter(|(k, _)| m.sets.contains_key(k))
                        .map(|(_, s)| s)
                        .collect();
                    let same = ks[1..].contains(&ks[0]);
                    if *kind == 2 && m.sets.contains_key(&ks[0]) && !same {
                        let one = sets[0].len() * present.len() / 2;
                        let two: usize = present.iter().map(|s| s.len()).sum();
                        if one > two {
                            fresh.intset = ModelSet::fresh(sets[0].clone()).intset;
                        }
                    }
                    match dst {
                        Some(d) => {
                            if result.is_empty() {
                                // Deletes the destination, whatever its type.
                                if is_str(*d) {
                                    h.run("SET str x");
                                }
                                m.sets.remove(d);
                            } else if is_str(*d) {
                                // Overwritten: restore the string for the next steps.
                                h.run("SET str x");
                            } else {
                                m.sets.insert(*d, fresh);
                            }
                            (got, int(result.len() as i64))
                        }
                        None => {
                            // SINTER replies in the order of the set it walks, which
                            // may be a hashtable even if the result is all integers.
                            let exact = fresh.intset && *kind != 0;
                            (canon(got, exact), canon(fresh.reply(), exact))
                        }
                    }
                }
            }
            Op::SInterCard(ks, limit) => {
                let n = ks.len().to_string();
                let l = limit.to_string();
                let mut args: Vec<&[u8]> = vec![b"SINTERCARD", n.as_bytes()];
                args.extend(ks.iter().map(|k| key(*k)));
                args.extend([&b"LIMIT"[..], l.as_bytes()]);
                let got = h.cmd(&args);
                let want = if ks.iter().any(|k| is_str(*k)) {
                    wrong
                } else {
                    let sets: Vec<BTreeSet<Vec<u8>>> = ks.iter().map(|k| m.members(*k)).collect();
                    let inter = sets[1..].iter().fold(sets[0].clone(), |a, b| &a & b);
                    let n = inter.len();
                    int(if *limit > 0 {
                        n.min(usize::from(*limit))
                    } else {
                        n
                    } as i64)
                };
                (got, want)
            }
            Op::SScan(k) => {
                let mut cursor = b"0".to_vec();
                let mut seen = BTreeSet::new();
                let mut got = R::Nil;
                for _ in 0..1000 {
                    let r = h.cmd(&[b"SSCAN", key(*k), &cursor, b"COUNT", b"2"]);
                    if let R::Err(_) = r {
                        got = r;
                        break;
                    }
                    let parts = r.items();
                    cursor = parts[0].bytes();
                    seen.extend(parts[1].items().iter().map(R::bytes));
                    if cursor == b"0" {
                        got = R::Arr(seen.iter().map(|x| bulk(x)).collect());
                        break;
                    }
                }
                let want = if is_str(*k) {
                    wrong
                } else {
                    R::Arr(m.members(*k).iter().map(|x| bulk(x)).collect())
                };
                (got, want)
            }
            Op::Del(k) => {
                if is_str(*k) {
                    continue;
                }
                let got = h.cmd(&[b"DEL", key(*k)]);
                (got, int(i64::from(m.sets.remove(k).is_some())))
            }
        };
        if got != want {
            return TestResult::error(format!("{op:?}: core {got:?}, model {want:?}"));
        }
        for (k, name) in KEYS.iter().enumerate().take(3) {
            let want = m
                .sets
                .get(&k)
                .map(|s| if s.intset { "intset" } else { "hashtable" });
            let got = h.encoding(key(k));
            if got != want {
                return TestResult::error(format!(
                    "after {op:?}: {name} is {got:?}, model {want:?}"
                ));
            }
        }
    }
    TestResult::passed()
}

#[test]
fn set_commands_match_a_model() {
    qc_check(
        "set_commands_match_a_model",
        run_model as fn(Vec<Op>) -> TestResult,
    );
}
