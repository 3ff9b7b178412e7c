//! Hash command tests through the real parser and dispatch, plus the seeded
//! quickcheck model test (random operation sequences against the core and a plain
//! model, same replies). Expected replies in the example tests were observed on Redis
//! 7.0.15; the conformance cases under `conformance/cases/hashes/` cover the rest.
//!
//! Also the harness the set tests share: a server with one connection and a small
//! RESP2 reply reader.

use std::collections::{BTreeMap, BTreeSet};

use quickcheck::{Arbitrary, Gen, TestResult};

use crate::types::Value;
use crate::{Config, ConnId, Instant, Now, Output, Server};

/// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
const T0_MS: i64 = 1_700_000_000_000;

/// A RESP2 reply, parsed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum R {
    Simple(String),
    Err(String),
    Int(i64),
    Bulk(Vec<u8>),
    Nil,
    Arr(Vec<R>),
}

impl R {
    /// The elements of an array reply (empty for anything else).
    pub(crate) fn items(&self) -> Vec<R> {
        match self {
            R::Arr(v) => v.clone(),
            _ => Vec::new(),
        }
    }

    /// The bytes of a bulk reply.
    pub(crate) fn bytes(&self) -> Vec<u8> {
        match self {
            R::Bulk(b) => b.clone(),
            _ => Vec::new(),
        }
    }
}

/// A bulk reply.
pub(crate) fn bulk(b: &[u8]) -> R {
    R::Bulk(b.to_vec())
}

/// Parses one reply from `buf` at `*pos`.
fn parse(buf: &[u8], pos: &mut usize) -> Option<R> {
    let line_end = buf[*pos..].windows(2).position(|w| w == b"\r\n")? + *pos;
    let kind = buf[*pos];
    let text = String::from_utf8_lossy(&buf[*pos + 1..line_end]).into_owned();
    *pos = line_end + 2;
    Some(match kind {
        b'+' => R::Simple(text),
        b'-' => R::Err(text),
        b':' => R::Int(text.parse().ok()?),
        b'$' => {
            let n: i64 = text.parse().ok()?;
            if n < 0 {
                R::Nil
            } else {
                let n = n as usize;
                let b = buf.get(*pos..*pos + n)?.to_vec();
                *pos += n + 2;
                R::Bulk(b)
            }
        }
        b'*' => {
            let n: i64 = text.parse().ok()?;
            if n < 0 {
                R::Nil
            } else {
                let mut v = Vec::new();
                for _ in 0..n {
                    v.push(parse(buf, pos)?);
                }
                R::Arr(v)
            }
        }
        _ => return None,
    })
}

/// A server with one connection, driven through the real parser and dispatch.
pub(crate) struct Harness {
    pub(crate) server: Server,
    pub(crate) conn: ConnId,
    now: Now,
}

impl Harness {
    /// A server with Redis's default configuration plus `options` (name, value).
    pub(crate) fn new(options: &[(&str, &str)]) -> Self {
        let mut config = Config::default();
        for (name, value) in options {
            let values: Vec<String> = value.split(' ').map(str::to_string).collect();
            if let Err(e) = config.apply(name, &values) {
                panic!("bad test option {name}: {e}");
            }
        }
        let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
        let mut server = Server::new(config, now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        Harness { server, conn, now }
    }

    /// Sends one command and returns its raw reply, and whether the server asked to
    /// close the connection.
    pub(crate) fn raw(&mut self, args: &[&[u8]]) -> (Vec<u8>, bool) {
        let req = crate::resp::encode_request(args);
        self.server.handle_read(self.now, self.conn, &req);
        let mut closed = false;
        while let Some(o) = self.server.poll_output() {
            closed |= matches!(o, Output::Close(c) if c == self.conn);
        }
        let out = self.server.pending_output(self.conn).to_vec();
        self.server.consume_output(self.conn, out.len());
        (out, closed)
    }

    /// Sends one command and parses its reply.
    pub(crate) fn cmd(&mut self, args: &[&[u8]]) -> R {
        let (out, _) = self.raw(args);
        let mut pos = 0;
        let r = parse(&out, &mut pos).unwrap_or_else(|| panic!("bad reply {out:?}"));
        assert_eq!(pos, out.len(), "one reply expected to {args:?}");
        r
    }

    /// The encoding of the hash or set under `key` in db 0 (what OBJECT ENCODING
    /// would say), `None` if there is no such key.
    pub(crate) fn encoding(&self, key: &[u8]) -> Option<&'static str> {
        match self.server.node().dbs[0].peek(key, T0_MS)? {
            Value::Hash(h) => Some(h.encoding()),
            Value::Set(s) => Some(s.encoding()),
            _ => Some("other"),
        }
    }

    /// Moves the virtual clocks `ms` milliseconds on.
    pub(crate) fn advance(&mut self, ms: u64) {
        self.now = self.now.advance_millis(ms);
    }

    /// The time commands run at.
    pub(crate) fn now(&self) -> Now {
        self.now
    }

    /// Sends a command given as space-separated words.
    pub(crate) fn run(&mut self, line: &str) -> R {
        let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        self.cmd(&args)
    }
}

/// Runs a seeded quickcheck property (see [`crate::testkit::qc_check`]).
pub(crate) fn qc_check<A: quickcheck::Testable>(name: &str, prop: A) {
    crate::testkit::qc_check(name, 40, 200, prop);
}

fn int(v: i64) -> R {
    R::Int(v)
}

fn err(s: &str) -> R {
    R::Err(s.to_string())
}

fn arr(items: &[&str]) -> R {
    R::Arr(items.iter().map(|s| bulk(s.as_bytes())).collect())
}

const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

// ---------------------------------------------------------------------------------
// Examples (replies observed on Redis 7.0.15)
// ---------------------------------------------------------------------------------

#[test]
fn hset_hget_hgetall_in_insertion_order() {
    let mut h = Harness::new(&[]);
    assert_eq!(h.run("HSET h f v f2 v2"), int(2));
    assert_eq!(h.run("HSET h f x g y"), int(1));
    assert_eq!(h.run("HGETALL h"), arr(&["f", "x", "f2", "v2", "g", "y"]));
    assert_eq!(
        h.run("HSET h f"),
        err("ERR wrong number of arguments for 'hset' command")
    );
    assert_eq!(h.run("HMSET h a 1"), R::Simple("OK".into()));
    assert_eq!(h.run("SET s x"), R::Simple("OK".into()));
    assert_eq!(h.run("HGET s f"), err(WRONGTYPE));
    assert_eq!(
        h.run("HINCRBY s f x"),
        err("ERR value is not an integer or out of range")
    );
}

#[test]
fn hincrbyfloat_uses_long_double() {
    let mut h = Harness::new(&[]);
    assert_eq!(h.run("HINCRBYFLOAT h f 10.5"), bulk(b"10.5"));
    assert_eq!(h.run("HINCRBYFLOAT h f 0.1"), bulk(b"10.6"));
    assert_eq!(h.run("HINCRBYFLOAT h n 1.5e3"), bulk(b"1500"));
    assert_eq!(
        h.run("HINCRBYFLOAT h f inf"),
        err("ERR value is NaN or Infinity")
    );
    assert_eq!(h.run("HSET h s abc"), int(1));
    assert_eq!(
        h.run("HINCRBYFLOAT h s 1"),
        err("ERR hash value is not a float")
    );
    assert_eq!(
        h.run("HINCRBY h s 1"),
        err("ERR hash value is not an integer")
    );
    assert_eq!(h.run("HSET h big 1e4932"), int(1));
    assert_eq!(
        h.run("HINCRBYFLOAT h big 1e4932"),
        err("ERR increment would produce NaN or Infinity")
    );
}

#[test]
fn hincrby_overflow_and_empty_key_cleanup() {
    let mut h = Harness::new(&[]);
    assert_eq!(h.run("HSET h n 9223372036854775807"), int(1));
    assert_eq!(
        h.run("HINCRBY h n 1"),
        err("ERR increment or decrement would overflow")
    );
    assert_eq!(h.run("HINCRBY h n -1"), int(9223372036854775806));
    assert_eq!(h.run("HDEL h n"), int(1));
    assert_eq!(h.run("EXISTS h"), int(0));
}

#[test]
fn hrandfield_samples_distinct_fields_and_repeats_when_negative() {
    let mut h = Harness::new(&[("hash-max-listpack-entries", "8")]);
    for big in [false, true] {
        let n = if big { 40 } else { 6 };
        h.run("DEL h");
        for i in 0..n {
            h.run(&format!("HSET h f{i} v{i}"));
        }
        for count in 1..n {
            let got = h.run(&format!("HRANDFIELD h {count} WITHVALUES")).items();
            assert_eq!(got.len(), 2 * count);
            let fields: BTreeSet<Vec<u8>> = got.chunks(2).map(|p| p[0].bytes()).collect();
            assert_eq!(fields.len(), count, "distinct fields");
            for p in got.chunks(2) {
                let (f, v) = (p[0].bytes(), p[1].bytes());
                assert_eq!(f[1..], v[1..], "value belongs to its field");
            }
        }
        let got = h.run(&format!("HRANDFIELD h -{}", 3 * n)).items();
        assert_eq!(got.len(), 3 * n);
        let distinct: BTreeSet<R> = got.into_iter().collect();
        assert!(distinct.len() < 3 * n);
    }
}

#[test]
fn huge_negative_counts_stop_at_the_output_limit() {
    let mut h = Harness::new(&[("client-output-buffer-limit", "normal 1mb 0 0")]);
    h.run("HSET h f v");
    let (out, closed) = h.raw(&[b"HRANDFIELD", b"h", b"-9223372036854775807"]);
    assert!(closed, "the client is dropped");
    assert!(out.len() < 2 << 20, "bounded output: {}", out.len());
    let mut h = Harness::new(&[("client-output-buffer-limit", "normal 1mb 0 0")]);
    h.run("SADD s a");
    let (_, closed) = h.raw(&[b"SRANDMEMBER", b"s", b"-9223372036854775807"]);
    assert!(closed);
}

#[test]
fn hscan_of_a_hashtable_visits_everything_with_small_counts() {
    let mut h = Harness::new(&[]);
    for i in 0..1000 {
        h.run(&format!("HSET h f{i} v{i}"));
    }
    let mut seen = BTreeMap::new();
    let mut cursor = b"0".to_vec();
    let mut calls = 0;
    loop {
        let r = h.cmd(&[b"HSCAN", b"h", &cursor, b"COUNT", b"7"]).items();
        calls += 1;
        cursor = r[0].bytes();
        for p in r[1].items().chunks(2) {
            seen.insert(p[0].bytes(), p[1].bytes());
        }
        if cursor == b"0" || calls > 10_000 {
            break;
        }
    }
    assert!(calls > 1, "a hashtable is scanned in steps");
    assert_eq!(seen.len(), 1000);
    assert_eq!(seen.get(&b"f999"[..]), Some(&b"v999".to_vec()));
}

// ---------------------------------------------------------------------------------
// Model test
// ---------------------------------------------------------------------------------

/// Thresholds small enough that sequences cross them.
const MAX_ENTRIES: usize = 4;
const MAX_VALUE: usize = 6;

const KEYS: [&str; 3] = ["h1", "h2", "str"];
const FIELDS: [&str; 6] = ["a", "b", "c", "n", "longfield", ""];
const VALUES: [&str; 7] = ["1", "-7", "x", "", "12345678", "9223372036854775807", "0.5"];

/// One operation of the model test.
#[derive(Clone, Debug)]
enum Op {
    HSet(usize, Vec<(usize, usize)>),
    HSetNx(usize, usize, usize),
    HDel(usize, Vec<usize>),
    HGet(usize, usize),
    HMGet(usize, Vec<usize>),
    HGetAll(usize),
    HKeys(usize),
    HVals(usize),
    HLen(usize),
    HExists(usize, usize),
    HStrLen(usize, usize),
    HIncrBy(usize, usize, i64),
    HRandField(usize, i64, bool),
    HScan(usize),
    Del(usize),
}

fn pick(g: &mut Gen, n: usize) -> usize {
    usize::arbitrary(g) % n
}

impl Arbitrary for Op {
    fn arbitrary(g: &mut Gen) -> Self {
        let k = pick(g, KEYS.len());
        let f = |g: &mut Gen| pick(g, FIELDS.len());
        let v = |g: &mut Gen| pick(g, VALUES.len());
        match pick(g, 16) {
            0..=2 => {
                let n = 1 + pick(g, 3);
                Op::HSet(k, (0..n).map(|_| (f(g), v(g))).collect())
            }
            3 => Op::HSetNx(k, f(g), v(g)),
            4 => Op::HDel(k, (0..1 + pick(g, 2)).map(|_| f(g)).collect()),
            5 => Op::HGet(k, f(g)),
            6 => Op::HMGet(k, (0..1 + pick(g, 3)).map(|_| f(g)).collect()),
            7 => Op::HGetAll(k),
            8 => {
                if bool::arbitrary(g) {
                    Op::HKeys(k)
                } else {
                    Op::HVals(k)
                }
            }
            9 => Op::HLen(k),
            10 => Op::HExists(k, f(g)),
            11 => Op::HStrLen(k, f(g)),
            12 => {
                let by = *g.choose(&[1, -3, 100, i64::MAX, i64::MIN]).unwrap_or(&1);
                Op::HIncrBy(k, f(g), by)
            }
            13 => Op::HRandField(k, i64::from(i8::arbitrary(g) % 8), bool::arbitrary(g)),
            14 => Op::HScan(k),
            _ => Op::Del(k),
        }
    }
}

/// The model of one hash: pairs in insertion order, and whether it became big
/// (a hashtable, whose order is unspecified).
#[derive(Clone, Debug, Default)]
struct ModelHash {
    pairs: Vec<(Vec<u8>, Vec<u8>)>,
    big: bool,
}

impl ModelHash {
    fn get(&self, f: &[u8]) -> Option<&Vec<u8>> {
        self.pairs.iter().find(|(k, _)| k == f).map(|(_, v)| v)
    }

    fn set(&mut self, f: &[u8], v: &[u8]) -> bool {
        if f.len() > MAX_VALUE || v.len() > MAX_VALUE {
            self.big = true;
        }
        let new = match self.pairs.iter_mut().find(|(k, _)| k == f) {
            Some(p) => {
                p.1 = v.to_vec();
                false
            }
            None => {
                self.pairs.push((f.to_vec(), v.to_vec()));
                true
            }
        };
        if self.pairs.len() > MAX_ENTRIES {
            self.big = true;
        }
        new
    }

    fn as_map(&self) -> BTreeMap<Vec<u8>, Vec<u8>> {
        self.pairs.iter().cloned().collect()
    }
}

/// The model keyspace: `str` holds a string, `h1`/`h2` hashes.
#[derive(Default)]
struct Model {
    hashes: BTreeMap<usize, ModelHash>,
}

/// Sorts an array reply's elements (or pairs, `by_pairs`) when the hash is big.
fn canon(r: R, big: bool, by_pairs: bool) -> R {
    match r {
        R::Arr(mut items) if big => {
            if by_pairs {
                let mut pairs: Vec<Vec<R>> = items.chunks(2).map(<[R]>::to_vec).collect();
                pairs.sort();
                items = pairs.concat();
            } else {
                items.sort();
            }
            R::Arr(items)
        }
        other => other,
    }
}

fn run_model(ops: Vec<Op>) -> TestResult {
    let mut h = Harness::new(&[
        ("hash-max-listpack-entries", "4"),
        ("hash-max-listpack-value", "6"),
    ]);
    h.run("SET str x");
    let mut m = Model::default();
    let key = |k: usize| KEYS[k].as_bytes();
    for op in ops {
        let is_str = |k: usize| KEYS[k] == "str";
        let wrong = err(WRONGTYPE);
        let (got, want): (R, R) = match &op {
            Op::HSet(k, pairs) => {
                let mut args: Vec<&[u8]> = vec![b"HSET", key(*k)];
                for (f, v) in pairs {
                    args.push(FIELDS[*f].as_bytes());
                    args.push(VALUES[*v].as_bytes());
                }
                let got = h.cmd(&args);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let mh = m.hashes.entry(*k).or_default();
                    // Redis converts before writing when any argument is too long.
                    if pairs
                        .iter()
                        .any(|(f, v)| FIELDS[*f].len() > MAX_VALUE || VALUES[*v].len() > MAX_VALUE)
                    {
                        mh.big = true;
                    }
                    let mut n = 0;
                    for (f, v) in pairs {
                        n += i64::from(mh.set(FIELDS[*f].as_bytes(), VALUES[*v].as_bytes()));
                    }
                    int(n)
                };
                (got, want)
            }
            Op::HSetNx(k, f, v) => {
                let got = h.cmd(&[
                    b"HSETNX",
                    key(*k),
                    FIELDS[*f].as_bytes(),
                    VALUES[*v].as_bytes(),
                ]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let mh = m.hashes.entry(*k).or_default();
                    if mh.get(FIELDS[*f].as_bytes()).is_some() {
                        int(0)
                    } else {
                        mh.set(FIELDS[*f].as_bytes(), VALUES[*v].as_bytes());
                        int(1)
                    }
                };
                (got, want)
            }
            Op::HDel(k, fs) => {
                let mut args: Vec<&[u8]> = vec![b"HDEL", key(*k)];
                args.extend(fs.iter().map(|f| FIELDS[*f].as_bytes()));
                let got = h.cmd(&args);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let mut n = 0;
                    if let Some(mh) = m.hashes.get_mut(k) {
                        for f in fs {
                            let before = mh.pairs.len();
                            mh.pairs.retain(|(x, _)| x != FIELDS[*f].as_bytes());
                            n += (before - mh.pairs.len()) as i64;
                        }
                        if mh.pairs.is_empty() {
                            m.hashes.remove(k);
                        }
                    }
                    int(n)
                };
                (got, want)
            }
            Op::HGet(k, f) => {
                let got = h.cmd(&[b"HGET", key(*k), FIELDS[*f].as_bytes()]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    m.hashes
                        .get(k)
                        .and_then(|mh| mh.get(FIELDS[*f].as_bytes()))
                        .map_or(R::Nil, |v| bulk(v))
                };
                (got, want)
            }
            Op::HMGet(k, fs) => {
                let mut args: Vec<&[u8]> = vec![b"HMGET", key(*k)];
                args.extend(fs.iter().map(|f| FIELDS[*f].as_bytes()));
                let got = h.cmd(&args);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let mh = m.hashes.get(k);
                    R::Arr(
                        fs.iter()
                            .map(|f| {
                                mh.and_then(|mh| mh.get(FIELDS[*f].as_bytes()))
                                    .map_or(R::Nil, |v| bulk(v))
                            })
                            .collect(),
                    )
                };
                (got, want)
            }
            Op::HGetAll(k) | Op::HKeys(k) | Op::HVals(k) => {
                let (name, keys, vals): (&[u8], bool, bool) = match op {
                    Op::HGetAll(_) => (b"HGETALL", true, true),
                    Op::HKeys(_) => (b"HKEYS", true, false),
                    _ => (b"HVALS", false, true),
                };
                let got = h.cmd(&[name, key(*k)]);
                if is_str(*k) {
                    (got, wrong)
                } else {
                    let mh = m.hashes.get(k).cloned().unwrap_or_default();
                    let mut items = Vec::new();
                    for (f, v) in &mh.pairs {
                        if keys {
                            items.push(bulk(f));
                        }
                        if vals {
                            items.push(bulk(v));
                        }
                    }
                    let pairs = keys && vals;
                    (
                        canon(got, mh.big, pairs),
                        canon(R::Arr(items), mh.big, pairs),
                    )
                }
            }
            Op::HLen(k) => {
                let got = h.cmd(&[b"HLEN", key(*k)]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    int(m.hashes.get(k).map_or(0, |mh| mh.pairs.len() as i64))
                };
                (got, want)
            }
            Op::HExists(k, f) | Op::HStrLen(k, f) => {
                let exists = matches!(op, Op::HExists(..));
                let name: &[u8] = if exists { b"HEXISTS" } else { b"HSTRLEN" };
                let got = h.cmd(&[name, key(*k), FIELDS[*f].as_bytes()]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let v = m.hashes.get(k).and_then(|mh| mh.get(FIELDS[*f].as_bytes()));
                    if exists {
                        int(i64::from(v.is_some()))
                    } else {
                        int(v.map_or(0, |v| v.len() as i64))
                    }
                };
                (got, want)
            }
            Op::HIncrBy(k, f, by) => {
                let by_text = by.to_string();
                let got = h.cmd(&[
                    b"HINCRBY",
                    key(*k),
                    FIELDS[*f].as_bytes(),
                    by_text.as_bytes(),
                ]);
                let want = if is_str(*k) {
                    wrong
                } else {
                    let mh = m.hashes.entry(*k).or_default();
                    let cur = mh.get(FIELDS[*f].as_bytes()).cloned();
                    let cur = match cur {
                        None => Some(0),
                        Some(v) => crate::util::number::parse_i64(&v),
                    };
                    let want = match cur {
                        None => err("ERR hash value is not an integer"),
                        Some(c) => match c.checked_add(*by) {
                            None => err("ERR increment or decrement would overflow"),
                            Some(s) => {
                                mh.set(FIELDS[*f].as_bytes(), s.to_string().as_bytes());
                                int(s)
                            }
                        },
                    };
                    if mh.pairs.is_empty() {
                        m.hashes.remove(k);
                    }
                    want
                };
                (got, want)
            }
            Op::HRandField(k, count, with_values) => {
                let c = count.to_string();
                let mut args: Vec<&[u8]> = vec![b"HRANDFIELD", key(*k), c.as_bytes()];
                if *with_values {
                    args.push(b"WITHVALUES");
                }
                let got = h.cmd(&args);
                if is_str(*k) {
                    (got, wrong)
                } else {
                    // Random: check the shape and that every pair is real.
                    let map = m.hashes.get(k).map(ModelHash::as_map).unwrap_or_default();
                    let n = if *count >= 0 {
                        (*count as usize).min(map.len())
                    } else if map.is_empty() {
                        0
                    } else {
                        count.unsigned_abs() as usize
                    };
                    let items = got.items();
                    let step = if *with_values { 2 } else { 1 };
                    let mut ok = matches!(got, R::Arr(_)) && items.len() == n * step;
                    let mut seen = BTreeSet::new();
                    for c in items.chunks(step) {
                        let f = c[0].bytes();
                        ok &= map.contains_key(&f);
                        if *with_values {
                            ok &= map.get(&f) == Some(&c[1].bytes());
                        }
                        ok &= *count < 0 || seen.insert(f);
                    }
                    (R::Int(i64::from(ok)), R::Int(1))
                }
            }
            Op::HScan(k) => {
                // Iterate to the end with a small COUNT; compare the pairs seen.
                let mut cursor = b"0".to_vec();
                let mut seen = BTreeMap::new();
                let mut got = R::Nil;
                for _ in 0..1000 {
                    let r = h.cmd(&[b"HSCAN", key(*k), &cursor, b"COUNT", b"2"]);
                    if let R::Err(_) = r {
                        got = r;
                        break;
                    }
                    let parts = r.items();
                    cursor = parts[0].bytes();
                    for p in parts[1].items().chunks(2) {
                        seen.insert(p[0].bytes(), p[1].bytes());
                    }
                    if cursor == b"0" {
                        got = R::Arr(
                            seen.iter()
                                .map(|(f, v)| R::Arr(vec![bulk(f), bulk(v)]))
                                .collect(),
                        );
                        break;
                    }
                }
                let want = if is_str(*k) {
                    wrong
                } else {
                    let map = m.hashes.get(k).map(ModelHash::as_map).unwrap_or_default();
                    R::Arr(
                        map.iter()
                            .map(|(f, v)| R::Arr(vec![bulk(f), bulk(v)]))
                            .collect(),
                    )
                };
                (got, want)
            }
            Op::Del(k) => {
                if is_str(*k) {
                    continue;
                }
                let got = h.cmd(&[b"DEL", key(*k)]);
                let want = int(i64::from(m.hashes.remove(k).is_some()));
                (got, want)
            }
        };
        if got != want {
            return TestResult::error(format!("{op:?}: core {got:?}, model {want:?}"));
        }
        for (k, name) in KEYS.iter().enumerate().take(2) {
            let want = m
                .hashes
                .get(&k)
                .map(|mh| if mh.big { "hashtable" } else { "listpack" });
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
fn hash_commands_match_a_model() {
    qc_check(
        "hash_commands_match_a_model",
        run_model as fn(Vec<Op>) -> TestResult,
    );
}
