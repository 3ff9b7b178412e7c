//! Stream RDB tests: every stream of the fixture files against what redis-server showed
//! after loading it (`*.expected.json`, XINFO STREAM FULL), write-then-read round trips
//! of streams built by random command histories (XINFO STREAM FULL equal before and
//! after, and the same behaviour afterwards), and files we write checked by
//! `redis-check-rdb` and loaded by redis-server 7.0.15. An integration test, outside
//! `core/src`, because it reads fixture files and runs redis-server.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant as StdInstant;

use quickcheck::{Arbitrary, Gen, TestResult};
use serde_json::Value as Json;

use cinnabar_core::Config;
use cinnabar_core::rdb::dump::create_payload;
use cinnabar_core::rdb::read::Reader;
use cinnabar_core::rdb::stream::{read_stream, write_stream};
use cinnabar_core::rdb::types;
use cinnabar_core::rdb::write::Encoder;
use cinnabar_core::types::Value;
use cinnabar_core::types::stream::{ENTRIES_READ_UNKNOWN, StreamId, StreamValue};

mod common;

use common::json::{stream_json, without_active_time};
use common::redis::{OneConn, REDIS_SERVER, RedisServer, T0_MS};

// ---------------------------------------------------------------------------------
// Fixtures.

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/rdb")
}

/// Finds the stream `key` in a whole RDB file: the one place where its type byte and
/// its name are followed by a value that reads as a stream.
fn find_stream(file: &[u8], key: &[u8]) -> Result<(u8, StreamValue), String> {
    find_stream_body(file, key).map(|(t, v, _)| (t, v))
}

/// As [`find_stream`], with the value's body bytes.
fn find_stream_body<'a>(file: &'a [u8], key: &[u8]) -> Result<(u8, StreamValue, &'a [u8]), String> {
    let mut needle = Vec::new();
    cinnabar_core::rdb::write::length(&mut needle, key.len() as u64);
    needle.extend_from_slice(key);
    let mut found = Vec::new();
    for t in [
        types::STREAM_LISTPACKS,
        types::STREAM_LISTPACKS_2,
        types::STREAM_LISTPACKS_3,
    ] {
        let mut pat = vec![t];
        pat.extend_from_slice(&needle);
        for at in 0..file.len().saturating_sub(pat.len()) {
            if file[at..].starts_with(&pat) {
                let body = &file[at + pat.len()..];
                let mut r = Reader::new(body);
                if let Ok(v) = read_stream(t, &mut r) {
                    found.push((t, v, &body[..r.pos()]));
                }
            }
        }
    }
    match found.len() {
        1 => Ok(found.pop().unwrap_or_else(|| unreachable!())),
        n => Err(format!(
            "{n} candidates for key {:?}",
            String::from_utf8_lossy(key)
        )),
    }
}

/// Every stream of `file` as the whole loader reads it: `(db, key) -> (value, type)`.
fn load_streams(file: &[u8]) -> Result<Vec<(usize, Vec<u8>, StreamValue)>, String> {
    use cinnabar_core::keyspace::{Db, KeyHasher};
    let config = Config::default();
    let hasher = KeyHasher::new(1, 2);
    let mut dbs: Vec<Db> = (0..config.databases).map(|_| Db::new(hasher)).collect();
    let opts = cinnabar_core::rdb::load::LoadOptions {
        config: &config,
        hasher,
        now_ms: T0_MS,
        keep_expired: true,
    };
    cinnabar_core::rdb::load::load(file, &mut dbs, &opts).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for (i, db) in dbs.iter().enumerate() {
        for (key, value, _) in db.iter() {
            if let Value::Stream(s) = value {
                out.push((i, key.to_vec(), s.clone()));
            }
        }
    }
    Ok(out)
}

#[test]
fn every_fixture_stream_loads_as_redis_showed_it() {
    let dir = fixtures_dir();
    let mut checked = 0;
    let mut by_type = [0usize; 3];
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".rdb.expected.json"))
        .collect();
    paths.sort();
    for path in paths {
        let doc: Json = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let Some(dbs) = doc.get("expected").and_then(Json::as_object) else {
            continue;
        };
        let rdb_path = path
            .to_string_lossy()
            .trim_end_matches(".expected.json")
            .to_owned();
        let file = std::fs::read(&rdb_path).unwrap();
        let mut want_keys = Vec::new();
        for (db, keys) in dbs {
            for (key, v) in keys.as_object().unwrap() {
                if v["type"] == "stream" {
                    want_keys.push((db.parse::<usize>().unwrap(), key.as_bytes().to_vec()));
                }
            }
        }
        if want_keys.is_empty() {
            continue;
        }
        // Through the whole loader, and found on its own in the file (which also
        // tells the type byte).
        let loaded = load_streams(&file).unwrap_or_else(|e| panic!("{rdb_path}: {e}"));
        assert_eq!(loaded.len(), want_keys.len(), "{rdb_path}: stream keys");
        for (db, key, stream) in loaded {
            let name = String::from_utf8_lossy(&key).into_owned();
            let want = &dbs[&db.to_string()][&name];
            let want = without_active_time(want["value"].clone());
            assert_eq!(stream_json(&stream), want, "{rdb_path} db {db} key {name}");
            let (t, alone) = find_stream(&file, &key).unwrap_or_else(|e| panic!("{rdb_path}: {e}"));
            assert_eq!(stream_json(&alone), want, "{rdb_path} key {name} (alone)");
            by_type[usize::from(t - types::STREAM_LISTPACKS) / 3] += 1;
            checked += 1;
        }
    }
    // Types 15, 19 ((19-15)/3 = 1) and 21 ((21-15)/3 = 2) are all covered.
    assert!(checked >= 40, "only {checked} streams checked");
    assert!(by_type.iter().all(|&n| n > 0), "types covered: {by_type:?}");
}

#[test]
fn v1_stream_derives_what_the_file_lacks() {
    // repl-dump-stream1.rdb (type 15): entries_added is the length, no deleted id,
    // group g4 (last id = the stream's last) gets its read counter estimated.
    let file = std::fs::read(fixtures_dir().join("repl-dump-stream1.rdb")).unwrap();
    let (t, s) = find_stream(&file, b"listpack").unwrap();
    assert_eq!(t, types::STREAM_LISTPACKS);
    assert_eq!(s.entries.entries_added, 150);
    assert_eq!(s.entries.max_deleted_id, StreamId::MIN);
    assert_eq!(s.groups[&b"g4"[..]].entries_read, 150);
    assert_eq!(s.groups[&b"g1"[..]].entries_read, ENTRIES_READ_UNKNOWN);
}

#[test]
fn empty_v1_stream_records_the_largest_first_id() {
    // An empty type-15 stream: Redis's edge lookup finds nothing and records the
    // largest id as the first one.
    let mut body = vec![0u8]; // no nodes
    body.extend_from_slice(&[0, 5, 1, 0]); // length 0, last id 5-1, no groups
    let s = read_stream(types::STREAM_LISTPACKS, &mut Reader::new(&body)).unwrap();
    assert_eq!(s.entries.first_id(), StreamId::MAX);
    assert_eq!(s.entries.last_id, StreamId::new(5, 1));
}

#[test]
fn corrupt_bodies_are_refused_without_panicking() {
    let mut h = Harness::new();
    h.run("XADD s 1-1 a 1 b 2");
    h.run("XADD s 1-2 a 3 b 4");
    h.run("XADD s 2-0 c x");
    h.run("XDEL s 1-2");
    h.run("XGROUP CREATE s g 0");
    h.run("XREADGROUP GROUP g alice COUNT 2 STREAMS s >");
    let body = h.encode("s");
    assert!(read_stream(types::STREAM_LISTPACKS_2, &mut Reader::new(&body)).is_ok());
    for cut in 0..body.len() {
        assert!(read_stream(types::STREAM_LISTPACKS_2, &mut Reader::new(&body[..cut])).is_err());
    }
    for i in 0..body.len() {
        for bit in 0..8 {
            let mut b = body.clone();
            b[i] ^= 1 << bit;
            let _ = read_stream(types::STREAM_LISTPACKS_2, &mut Reader::new(&b));
            let _ = read_stream(types::STREAM_LISTPACKS, &mut Reader::new(&b));
            let _ = read_stream(types::STREAM_LISTPACKS_3, &mut Reader::new(&b));
        }
    }
    // A last id below the stored entries would let XADD go backwards.
    let mut h2 = Harness::new();
    h2.run("XADD s 7-1 a 1");
    let mut b = h2.encode("s");
    let tail = b.len() - 9; // length, last id 7-1, first id, max deleted, added, groups
    assert_eq!(&b[tail..tail + 3], &[1, 7, 1]);
    b[tail + 1] = 6;
    assert!(read_stream(types::STREAM_LISTPACKS_2, &mut Reader::new(&b)).is_err());
    // A node count far beyond the input is an error, not an allocation.
    let huge = [0x81, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    assert_eq!(
        read_stream(types::STREAM_LISTPACKS_2, &mut Reader::new(&huge)).err(),
        Some(cinnabar_core::rdb::RdbError::Truncated)
    );
}

// ---------------------------------------------------------------------------------
// A server driven through its real parser and dispatch.

type Harness = OneConn;

impl OneConn {
    fn run(&mut self, line: &str) -> Vec<u8> {
        let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        self.send(&args)
    }

    /// `key`'s stream, read back from its DUMP payload.
    fn stream(&mut self, key: &str) -> Option<StreamValue> {
        let reply = self.send(&[b"DUMP", key.as_bytes()]);
        let body_start = reply.iter().position(|&c| c == b'\n')? + 1;
        let payload = reply.get(body_start..reply.len().checked_sub(2)?)?;
        let (&t, body) = payload.split_first()?;
        read_stream(t, &mut Reader::new(body)).ok()
    }

    /// `key`'s stream written as an RDB value body.
    fn encode(&mut self, key: &str) -> Vec<u8> {
        let mut out = Vec::new();
        write_stream(
            &mut out,
            &self.stream(key).unwrap(),
            &mut Encoder::new(true),
        );
        out
    }

    /// Stores `s` under `key` (RESTORE of its DUMP payload).
    fn plant(&mut self, key: &str, s: StreamValue) {
        let payload = create_payload(&Value::Stream(s), true);
        let reply = self.send(&[b"RESTORE", key.as_bytes(), b"0", &payload, b"REPLACE"]);
        assert_eq!(reply, b"+OK\r\n");
    }

    fn xinfo(&mut self, key: &str) -> Vec<u8> {
        self.run(&format!("XINFO STREAM {key} FULL COUNT 0"))
    }
}

// ---------------------------------------------------------------------------------
// Random histories.

const KEYS: [&str; 2] = ["s1", "s2"];
const FIELDS: [&str; 4] = ["f", "g", "10", "-7"];
const VALUES: [&str; 6] = [
    "v",
    "1",
    "-5000",
    "123456789012",
    "0123",
    "a-longer-value-of-text",
];

/// One command of a history (or a clock step), as its arguments.
#[derive(Clone, Debug)]
struct Op(Vec<String>);

fn pick<T: Copy>(g: &mut Gen, xs: &[T]) -> T {
    *g.choose(xs).unwrap_or(&xs[0])
}

fn small(g: &mut Gen, n: u64) -> u64 {
    u64::arbitrary(g) % n
}

impl Arbitrary for Op {
    fn arbitrary(g: &mut Gen) -> Self {
        let key = pick(g, &KEYS).to_owned();
        let id = |g: &mut Gen| format!("{}-{}", small(g, 4), small(g, 40));
        let group = |g: &mut Gen| pick(g, &["g1", "g2", "123"]).to_owned();
        let consumer = |g: &mut Gen| pick(g, &["alice", "bob", "7"]).to_owned();
        let mut v: Vec<String> = match small(g, 14) {
            0..=4 => {
                let mut v = vec!["XADD".into(), key];
                if bool::arbitrary(g) {
                    v.push(format!("MAXLEN ~ {}", 5 + small(g, 20)));
                }
                v.push(if small(g, 3) == 0 { id(g) } else { "*".into() });
                // Mostly the same fields, sometimes others.
                let same = small(g, 4) != 0;
                let n = if same { 2 } else { 1 + small(g, 3) as usize };
                for field in FIELDS.iter().cycle().take(n) {
                    v.push(if same {
                        (*field).to_owned()
                    } else {
                        pick(g, &FIELDS).to_owned()
                    });
                    v.push(pick(g, &VALUES).to_owned());
                }
                v
            }
            5 => vec!["XDEL".into(), key, id(g), id(g)],
            6 => {
                let approx = if bool::arbitrary(g) { "~ " } else { "" };
                if bool::arbitrary(g) {
                    vec![
                        "XTRIM".into(),
                        key,
                        format!("MAXLEN {approx}{}", small(g, 30)),
                    ]
                } else {
                    vec!["XTRIM".into(), key, format!("MINID {approx}{}", id(g))]
                }
            }
            7 => {
                let start = pick(g, &["$", "0", "1-5", "2-0"]).to_owned();
                let mut v = vec![
                    "XGROUP".into(),
                    "CREATE".into(),
                    key,
                    group(g),
                    start,
                    "MKSTREAM".into(),
                ];
                if bool::arbitrary(g) {
                    v.push(format!("ENTRIESREAD {}", small(g, 20)));
                }
                v
            }
            8 | 9 => vec![
                "XREADGROUP".into(),
                "GROUP".into(),
                group(g),
                consumer(g),
                format!("COUNT {}", 1 + small(g, 5)),
                "STREAMS".into(),
                key,
                if small(g, 4) == 0 {
                    "0".into()
                } else {
                    ">".into()
                },
            ],
            10 => vec!["XACK".into(), key, group(g), id(g), id(g)],
            11 => vec![
                "XCLAIM".into(),
                key,
                group(g),
                consumer(g),
                "0".into(),
                id(g),
                id(g),
            ],
            12 => match small(g, 4) {
                0 => vec![
                    "XGROUP".into(),
                    "CREATECONSUMER".into(),
                    key,
                    group(g),
                    consumer(g),
                ],
                1 => vec![
                    "XGROUP".into(),
                    "DELCONSUMER".into(),
                    key,
                    group(g),
                    consumer(g),
                ],
                2 => vec!["XGROUP".into(), "SETID".into(), key, group(g), id(g)],
                _ => vec![
                    "XSETID".into(),
                    key,
                    format!("{}-{}", 4 + small(g, 3), small(g, 5)),
                ],
            },
            _ => vec!["ADVANCE".into(), (1 + small(g, 2000)).to_string()],
        };
        // Options were pushed as one string: split them into arguments.
        v = v
            .iter()
            .flat_map(|a| a.split(' ').map(str::to_owned).collect::<Vec<_>>())
            .collect();
        Op(v)
    }
}

fn apply(h: &mut Harness, op: &Op) {
    if op.0[0] == "ADVANCE" {
        h.advance(op.0[1].parse().unwrap_or(1));
        return;
    }
    let args: Vec<&[u8]> = op.0.iter().map(String::as_bytes).collect();
    h.send(&args);
}

/// A harness with small nodes (many of them, and node splits by bytes too).
fn small_nodes(entries: u64, bytes: u64) -> Harness {
    let mut h = Harness::new();
    h.run(&format!("CONFIG SET stream-node-max-entries {entries}"));
    h.run(&format!("CONFIG SET stream-node-max-bytes {bytes}"));
    h
}

fn prop_round_trip(ops: Vec<Op>, node_entries: u8) -> TestResult {
    let entries = 2 + u64::from(node_entries % 6);
    let mut a = small_nodes(entries, 300);
    for op in &ops {
        apply(&mut a, op);
    }
    let mut b = small_nodes(entries, 300);
    b.now = a.now;
    for key in KEYS {
        if a.stream(key).is_none() {
            continue;
        }
        let bytes = a.encode(key);
        let mut r = Reader::new(&bytes);
        let loaded = match read_stream(types::STREAM_LISTPACKS_2, &mut r) {
            Ok(s) => s,
            Err(e) => return TestResult::error(format!("{key}: {e}")),
        };
        if r.remaining() != 0 {
            return TestResult::error(format!("{key}: {} bytes left", r.remaining()));
        }
        // Writing what was read gives the same bytes back.
        let mut again = Vec::new();
        write_stream(&mut again, &loaded, &mut Encoder::new(true));
        if again != bytes {
            return TestResult::error(format!("{key}: rewrite differs"));
        }
        b.plant(key, loaded);
        let (x, y) = (a.xinfo(key), b.xinfo(key));
        if x != y {
            return TestResult::error(format!(
                "{key}: XINFO differs\nbefore: {}\nafter:  {}",
                String::from_utf8_lossy(&x),
                String::from_utf8_lossy(&y)
            ));
        }
    }
    // Both go on the same way: node boundaries and counters survived.
    let more = [
        "XADD s1 * f v g 1",
        "XADD s1 * f 12345 g x",
        "XADD s1 MAXLEN ~ 3 * f v g 2",
        "XADD s2 * other 1",
        "XTRIM s2 MAXLEN ~ 2",
        "XDEL s1 0-1 1-1 2-1",
        "XREADGROUP GROUP g1 alice COUNT 3 STREAMS s1 >",
    ];
    for cmd in more {
        let (x, y) = (a.run(cmd), b.run(cmd));
        if x != y {
            return TestResult::error(format!("{cmd}: {x:?} vs {y:?}"));
        }
    }
    for key in KEYS {
        let (x, y) = (a.xinfo(key), b.xinfo(key));
        if x != y {
            return TestResult::error(format!(
                "{key} after more commands\nA: {}\nB: {}",
                String::from_utf8_lossy(&x),
                String::from_utf8_lossy(&y)
            ));
        }
    }
    TestResult::passed()
}

#[test]
fn write_then_read_round_trips() {
    common::check(
        "rdb stream round trip",
        60,
        200,
        prop_round_trip as fn(Vec<Op>, u8) -> TestResult,
    );
}

// ---------------------------------------------------------------------------------
// Against redis-server 7.0.15.

const REDIS_CHECK_RDB: &str = "/usr/bin/redis-check-rdb";

/// A whole RDB file: header, db 0, the given keys' streams, EOF and CRC-64.
fn rdb_file(h: &mut Harness, keys: &[&str]) -> Vec<u8> {
    let mut out = b"REDIS0010".to_vec();
    out.push(cinnabar_core::rdb::opcodes::SELECTDB);
    out.push(0);
    let mut enc = Encoder::new(true);
    for key in keys {
        out.push(types::STREAM_LISTPACKS_2);
        enc.string(&mut out, key.as_bytes());
        write_stream(&mut out, &h.stream(key).unwrap(), &mut enc);
    }
    out.push(cinnabar_core::rdb::opcodes::EOF);
    let crc = cinnabar_core::rdb::crc64::checksum(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// Blanks the value after `radix-tree-nodes` (our count models Redis's tree, but the
/// tree's shape after a load may differ from the one built by commands).
fn redact_rax_nodes(reply: &[u8]) -> Vec<u8> {
    let tag = b"$16\r\nradix-tree-nodes\r\n:";
    let Some(at) = reply.windows(tag.len()).position(|w| w == tag) else {
        return reply.to_vec();
    };
    let start = at + tag.len();
    let end = start + reply[start..].iter().position(|&b| b == b'\r').unwrap_or(0);
    let mut out = reply[..start].to_vec();
    out.push(b'N');
    out.extend_from_slice(&reply[end..]);
    out
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("cinnabar-rdb-stream-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `keys` of `h` to a file, has redis-check-rdb check it and redis-server load
/// it, and compares XINFO STREAM FULL key by key.
fn check_with_redis(h: &mut Harness, keys: &[&str], name: &str) -> Result<(), String> {
    let dir = scratch_dir(name);
    let file = dir.join("dump.rdb");
    std::fs::write(&file, rdb_file(h, keys)).unwrap();
    let check = Command::new(REDIS_CHECK_RDB).arg(&file).output().unwrap();
    let said = String::from_utf8_lossy(&check.stdout).into_owned();
    if !check.status.success() || !said.contains("RDB looks OK") {
        return Err(format!(
            "redis-check-rdb refused {}:\n{said}",
            file.display()
        ));
    }
    let mut redis = RedisServer::start(&dir, "dump.rdb");
    for key in keys {
        let theirs = redis
            .try_query(&[b"XINFO", b"STREAM", key.as_bytes(), b"FULL", b"COUNT", b"0"])
            .map_err(|e| e.to_string())?;
        let ours = h.xinfo(key);
        if redact_rax_nodes(&theirs) != redact_rax_nodes(&ours) {
            return Err(format!(
                "{key}: XINFO STREAM FULL differs\nredis: {}\nours:  {}",
                String::from_utf8_lossy(&theirs),
                String::from_utf8_lossy(&ours)
            ));
        }
    }
    drop(redis);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn have_redis() -> bool {
    let ok = Path::new(REDIS_SERVER).exists() && Path::new(REDIS_CHECK_RDB).exists();
    if !ok {
        eprintln!("skipped: {REDIS_SERVER} / {REDIS_CHECK_RDB} not installed");
    }
    ok
}

#[test]
fn redis_loads_what_we_write() {
    if !have_redis() {
        return;
    }
    let mut h = small_nodes(5, 4096);
    // Deleted entries, other fields, integers of every listpack width, groups with a
    // PEL over two consumers, an idle consumer, an unknown read counter.
    for i in 0..23 {
        let v = [0i64, 100, -100, 5000, -40000, 8_000_000, -3_000_000_000, i][i as usize % 8];
        if i % 7 == 3 {
            h.run(&format!("XADD basic 1700000000000-{i} other x n {v}"));
        } else {
            h.run(&format!(
                "XADD basic 1700000000000-{i} field value-{i} n {v}"
            ));
        }
    }
    h.run("XDEL basic 1700000000000-3 1700000000000-5 1700000000000-10");
    h.run("XGROUP CREATE basic g1 0");
    h.run("XGROUP CREATE basic g2 $");
    h.run("XGROUP CREATE basic 123 1700000000000-7 ENTRIESREAD 4");
    h.run("XREADGROUP GROUP g1 alice COUNT 3 STREAMS basic >");
    h.advance(1500);
    h.run("XREADGROUP GROUP g1 bob COUNT 4 STREAMS basic >");
    h.run("XACK basic g1 1700000000000-2");
    h.run("XGROUP CREATECONSUMER basic g1 carol");
    h.run("XCLAIM basic g1 carol 0 1700000000000-6");
    // Trimmed exactly and approximately, emptied, and empty with a group.
    for i in 0..40 {
        h.run(&format!("XADD trimmed * k v{i} i {i}"));
    }
    h.run("XTRIM trimmed MAXLEN 27");
    h.run("XTRIM trimmed MAXLEN ~ 12");
    h.run("XADD emptied 5-1 a 1");
    h.run("XDEL emptied 5-1");
    h.run("XGROUP CREATE mk grp $ MKSTREAM");
    // Big values: 12-bit and 32-bit string lengths, LZF-compressed listpacks.
    let big = "x".repeat(5000);
    h.run(&format!("XADD big 1-1 f {big} g {}", "y".repeat(100)));
    h.run("XSETID big 9-9 ENTRIESADDED 20 MAXDELETEDID 3-3");
    let keys = ["basic", "trimmed", "emptied", "mk", "big"];
    if let Err(e) = check_with_redis(&mut h, &keys, "fixed") {
        panic!("{e}");
    }
}

#[test]
fn redis_loads_a_node_of_over_65535_elements() {
    if !have_redis() {
        return;
    }
    // Unlimited nodes: one listpack whose header count saturates at 65535.
    let mut h = small_nodes(0, 0);
    for i in 0..12_000 {
        h.run(&format!("XADD huge * f {i} g v"));
    }
    h.run("XDEL huge 1700000000000-5");
    assert_eq!(h.stream("huge").map(|s| s.entries.node_count()), Some(1));
    if let Err(e) = check_with_redis(&mut h, &["huge"], "huge") {
        panic!("{e}");
    }
}

#[test]
fn redis_loads_random_histories() {
    if !have_redis() {
        return;
    }
    let seed = common::seed();
    let mut g = Gen::from_size_and_seed(80, seed);
    for round in 0..4 {
        let ops: Vec<Op> = Arbitrary::arbitrary(&mut g);
        let mut h = small_nodes(3 + round, 500);
        for op in &ops {
            apply(&mut h, op);
        }
        let keys: Vec<&str> = KEYS
            .iter()
            .copied()
            .filter(|k| h.stream(k).is_some())
            .collect();
        if let Err(e) = check_with_redis(&mut h, &keys, &format!("random{round}")) {
            panic!(
                "QC_SEED={seed} round {round} ({} ops): {e}\nops: {ops:?}",
                ops.len()
            );
        }
    }
}

/// Sets every delivery and seen time to 0 (they come from two different clocks).
fn zero_times(s: &mut StreamValue) {
    for g in s.groups.values_mut() {
        for nack in g.pel.values_mut() {
            nack.delivery_time = 0;
        }
        for c in g.consumers.values_mut() {
            c.seen_time = 0;
        }
    }
}

fn body(s: &StreamValue) -> Vec<u8> {
    let mut out = Vec::new();
    write_stream(&mut out, s, &mut Encoder::new(false));
    out
}

/// Runs `ops` on redis-server and on our server, has Redis SAVE uncompressed, and
/// checks, for each key: Redis's bytes are what our writer gives for the value read
/// from them (our writer lays streams out as Redis does), and, times aside, what
/// Redis wrote is what we write for the stream our commands built (our nodes are
/// Redis's nodes).
fn compare_with_redis_save(
    ops: &[Op],
    node_entries: u64,
    node_bytes: u64,
    name: &str,
) -> Result<(), String> {
    let dir = scratch_dir(name);
    let mut redis = RedisServer::start(&dir, "dump.rdb");
    let mut h = small_nodes(node_entries, node_bytes);
    let q = |redis: &mut RedisServer, args: &[&str]| {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        redis.try_query(&args).map_err(|e| e.to_string())
    };
    q(
        &mut redis,
        &[
            "CONFIG",
            "SET",
            "stream-node-max-entries",
            &node_entries.to_string(),
        ],
    )?;
    q(
        &mut redis,
        &[
            "CONFIG",
            "SET",
            "stream-node-max-bytes",
            &node_bytes.to_string(),
        ],
    )?;
    q(&mut redis, &["CONFIG", "SET", "rdbcompression", "no"])?;
    for op in ops {
        if op.0[0] == "ADVANCE" {
            continue;
        }
        let args: Vec<&str> = op.0.iter().map(String::as_str).collect();
        let theirs = q(&mut redis, &args)?;
        let ours = h.send(&args.iter().map(|a| a.as_bytes()).collect::<Vec<_>>());
        // Replies may differ only by times (XREADGROUP/XCLAIM do not show them).
        if theirs != ours {
            return Err(format!(
                "{:?}: redis {} ours {}",
                op.0,
                String::from_utf8_lossy(&theirs),
                String::from_utf8_lossy(&ours)
            ));
        }
    }
    let saved = q(&mut redis, &["SAVE"])?;
    if saved != b"+OK\r\n" {
        return Err(format!("SAVE: {}", String::from_utf8_lossy(&saved)));
    }
    drop(redis);
    let file = std::fs::read(dir.join("dump.rdb")).map_err(|e| e.to_string())?;
    for key in KEYS {
        let Some(ours) = h.stream(key) else {
            continue;
        };
        let (t, mut theirs, bytes) = find_stream_body(&file, key.as_bytes())?;
        if t != types::STREAM_LISTPACKS_2 {
            return Err(format!("{key}: type {t}"));
        }
        if body(&theirs) != bytes {
            return Err(format!(
                "{key}: our rewrite of Redis's value differs\nredis: {bytes:?}\nours:  {:?}",
                body(&theirs)
            ));
        }
        let mut ours = ours.clone();
        zero_times(&mut ours);
        zero_times(&mut theirs);
        if body(&ours) != body(&theirs) {
            return Err(format!(
                "{key}: our stream differs from Redis's\nredis: {:?}\nours:  {:?}",
                body(&theirs),
                body(&ours)
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// Ops Redis can run the same way: no `*` ids (the clocks differ), `3-*` instead.
fn without_clock(ops: Vec<Op>) -> Vec<Op> {
    ops.into_iter()
        .map(|Op(args)| {
            Op(args
                .into_iter()
                .map(|a| if a == "*" { "3-*".to_owned() } else { a })
                .collect())
        })
        .collect()
}

#[test]
fn redis_saves_the_same_bytes() {
    if !have_redis() {
        return;
    }
    let mut script = Vec::new();
    let line = |s: &str| Op(s.split(' ').map(str::to_owned).collect());
    for i in 1..30 {
        let v = [0i64, 100, -100, 5000, -40000, 8_000_000, -3_000_000_000, 7][i % 8];
        if i % 9 == 4 {
            script.push(line(&format!("XADD s1 1-{i} other x n {v} extra 1")));
        } else {
            script.push(line(&format!("XADD s1 1-{i} f value-{i} 10 {v}")));
        }
    }
    script.push(line(&format!(
        "XADD s1 2-0 f {} 10 {}",
        "x".repeat(70),
        "y".repeat(5000)
    )));
    for cmd in [
        "XDEL s1 1-3 1-4 1-20",
        "XTRIM s1 MINID 1-7",
        "XGROUP CREATE s1 g1 0",
        "XGROUP CREATE s1 g2 1-25 ENTRIESREAD 3",
        "XREADGROUP GROUP g1 alice COUNT 4 STREAMS s1 >",
        "XREADGROUP GROUP g1 bob COUNT 2 STREAMS s1 >",
        "XACK s1 g1 1-9",
        "XCLAIM s1 g1 7 0 1-10",
        "XGROUP CREATECONSUMER s1 g2 idle",
        "XADD s2 5-1 a 1",
        "XDEL s2 5-1",
        "XGROUP CREATE s2 g1 $",
    ] {
        script.push(line(cmd));
    }
    if let Err(e) = compare_with_redis_save(&script, 7, 4096, "save-fixed") {
        panic!("{e}");
    }
}

#[test]
fn redis_saves_the_same_bytes_for_random_histories() {
    if !have_redis() {
        return;
    }
    let seed = common::seed();
    let mut g = Gen::from_size_and_seed(80, seed);
    for round in 0..4u64 {
        let ops = without_clock(Arbitrary::arbitrary(&mut g));
        if let Err(e) =
            compare_with_redis_save(&ops, 2 + round, 300 + 200 * round, &format!("save{round}"))
        {
            panic!("QC_SEED={seed} round {round}: {e}\nops: {ops:?}");
        }
    }
}

/// Timing of a 1M-entry stream written and read back (run by hand, in release:
/// `cargo test --release -p cinnabar-core --test rdb_streams timing -- --ignored --nocapture`).
#[test]
#[ignore]
fn timing_of_a_million_entries() {
    let mut s = StreamValue::new();
    let limits = cinnabar_core::types::stream::NodeLimits {
        max_bytes: 4096,
        max_entries: 100,
    };
    for i in 0..1_000_000u64 {
        let v = i.to_string();
        s.entries.append(
            StreamId::new(T0_MS as u64 + i / 10, i % 10),
            &[b"sensor", b"temperature", b"value", v.as_bytes()],
            limits,
        );
    }
    let t = StdInstant::now();
    let mut out = Vec::new();
    write_stream(&mut out, &s, &mut Encoder::new(true));
    let written = t.elapsed();
    let t = StdInstant::now();
    let back = read_stream(types::STREAM_LISTPACKS_2, &mut Reader::new(&out)).unwrap();
    let read = t.elapsed();
    assert_eq!(back.entries.len(), 1_000_000);
    eprintln!("{} bytes; write {written:?}, read {read:?}", out.len());
}
