//! The RDB loader against the real dumps in `shared/fixtures/rdb` (see its MANIFEST.md):
//! every file with expected contents loads to exactly them (type, value and expiry of
//! every key of every database, the function libraries, the AUX fields); the negative
//! files are refused with the message real Redis logs for them; keys already expired
//! are dropped on a master and kept on a replica; hash fields whose TTL passed are
//! dropped. When `redis-server` is installed, OBJECT ENCODING after our load is
//! compared with what Redis 7.0 reports for the same file.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cinnabar_core::Config;
use cinnabar_core::keyspace::{Db, KeyHasher};
use cinnabar_core::rdb::load::{LoadOptions, LoadReport, load};
use cinnabar_core::types::Value;
use serde_json::{Value as Json, json};

mod common;

use common::json::{b64, str_of, stream_json, without_active_time};

/// The negative files and the error each must be refused with (Redis's own text,
/// checked against the file's `redis_log_errors` where it has one).
const REFUSED: &[(&str, &str)] = &[
    (
        "repl-module.rdb",
        "The RDB file contains module data I can't load: no matching module type 'hellotype'",
    ),
    (
        "repl-dump-module-2.rdb",
        "The RDB file contains module data I can't load: no matching module type 'hellotype'",
    ),
    (
        "rdbtools-redis_40_with_module.rdb",
        "The RDB file contains module data I can't load: no matching module type 'ReJSON-RL'",
    ),
    (
        "rdbtools-redis_60_with_module_aux.rdb",
        "The RDB file contains AUX module data I can't load: no matching module 'test__rdb'",
    ),
    (
        "valkey-corrupt_ziplist.rdb",
        "Hash ziplist integrity check failed.",
    ),
];

fn fixtures_dir() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/rdb");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("note: {} not found; RDB fixture tests skipped", d.display());
        None
    }
}

/// Every `.rdb` in the folder, sorted, with its parsed `.expected.json`.
fn fixtures() -> Vec<(String, Vec<u8>, Json)> {
    let Some(dir) = fixtures_dir() else {
        return Vec::new();
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("read fixture dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rdb"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 79,
        "expected the 79 fixtures, found {}",
        names.len()
    );
    names
        .into_iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).expect("read rdb");
            let json = std::fs::read(dir.join(format!("{n}.expected.json"))).expect("read json");
            let json: Json = serde_json::from_slice(&json).expect("parse json");
            (n, bytes, json)
        })
        .collect()
}

fn hasher() -> KeyHasher {
    KeyHasher::new(7, 11)
}

/// Loads `bytes` into 16 fresh databases.
fn load_with(
    bytes: &[u8],
    config: &Config,
    now_ms: i64,
    keep_expired: bool,
) -> (Vec<Db>, Result<LoadReport, String>) {
    let mut dbs: Vec<Db> = (0..16).map(|_| Db::new(hasher())).collect();
    let opts = LoadOptions {
        config,
        hasher: hasher(),
        now_ms,
        keep_expired,
    };
    let r = load(bytes, &mut dbs, &opts).map_err(|e| e.to_string());
    (dbs, r)
}

/// A key or hash field as the JSON names it.
fn name_of(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => format!("base64:{}", b64(bytes)),
    }
}

fn score_of(s: f64) -> Json {
    if s == f64::INFINITY {
        json!("inf")
    } else if s == f64::NEG_INFINITY {
        json!("-inf")
    } else {
        serde_json::Number::from_f64(s).map_or(Json::Null, Json::Number)
    }
}

/// Our value in the JSON's form.
fn json_of(v: &Value) -> Option<Json> {
    Some(match v {
        Value::Str(s) => str_of(s.as_bytes()),
        Value::List(l) => Json::Array(l.iter().map(|e| str_of(&e.to_vec())).collect()),
        Value::Set(s) => {
            let mut m: Vec<Vec<u8>> = s.iter().map(|e| e.to_vec()).collect();
            m.sort();
            Json::Array(m.iter().map(|b| str_of(b)).collect())
        }
        Value::Hash(h) => {
            let mut o = serde_json::Map::new();
            for (f, v) in h.iter() {
                o.insert(name_of(f), str_of(v));
            }
            Json::Object(o)
        }
        Value::ZSet(z) => {
            let mut items: Vec<(Vec<u8>, f64)> = Vec::new();
            z.for_each(|m, s| items.push((m.to_vec(), s)));
            items.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Array(
                items
                    .iter()
                    .map(|(m, s)| json!([str_of(m), score_of(*s)]))
                    .collect(),
            )
        }
        Value::Stream(st) => stream_json(st),
    })
}

/// What OBJECT ENCODING says of our value.
fn encoding_of(v: &Value) -> String {
    match v {
        Value::Str(s) => s.encoding().name().to_string(),
        Value::List(l) => l.encoding().to_string(),
        Value::Set(s) => s.encoding().to_string(),
        Value::Hash(h) => h.encoding().to_string(),
        Value::ZSet(z) => z.encoding().to_string(),
        Value::Stream(_) => "stream".to_string(),
    }
}

/// Shortened JSON for messages.
fn short(j: &Json) -> String {
    let s = j.to_string();
    if s.len() > 300 {
        format!(
            "{}...",
            &s[..s.char_indices().nth(300).map_or(s.len(), |(i, _)| i)]
        )
    } else {
        s
    }
}

/// Compares loaded databases with `expected`; returns the differences.
fn compare(dbs: &[Db], expected: &serde_json::Map<String, Json>) -> Vec<String> {
    let mut diffs = Vec::new();
    for (i, db) in dbs.iter().enumerate() {
        let want = expected.get(&i.to_string()).and_then(Json::as_object);
        let mut ours: BTreeMap<String, (&Value, Option<i64>)> = BTreeMap::new();
        for (k, v, exp) in db.iter() {
            ours.insert(name_of(k), (v, exp));
        }
        let empty = serde_json::Map::new();
        let want = want.unwrap_or(&empty);
        for k in ours.keys() {
            if !want.contains_key(k) {
                diffs.push(format!("db {i}: unexpected key {k:?}"));
            }
        }
        for (k, w) in want {
            let Some((v, exp)) = ours.get(k) else {
                diffs.push(format!("db {i}: missing key {k:?}"));
                continue;
            };
            let wtype = w["type"].as_str().unwrap_or("");
            if v.type_name() != wtype {
                diffs.push(format!("db {i} {k:?}: type {} != {wtype}", v.type_name()));
                continue;
            }
            let wexp = w.get("expiry_ms").and_then(Json::as_i64);
            if *exp != wexp {
                diffs.push(format!("db {i} {k:?}: expiry {exp:?} != {wexp:?}"));
            }
            let want_value = if wtype == "stream" {
                without_active_time(w["value"].clone())
            } else {
                w["value"].clone()
            };
            if let Some(got) = json_of(v)
                && got != want_value
            {
                diffs.push(format!(
                    "db {i} {k:?}: value\n  ours: {}\n  want: {}",
                    short(&got),
                    short(&w["value"])
                ));
            }
        }
    }
    diffs
}

#[test]
fn every_fixture_loads_to_its_expected_contents_or_is_refused() {
    let config = Config::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, bytes, j) in fixtures() {
        // A virtual clock at 0: expiries in the past still load, as on a replica.
        let (dbs, result) = load_with(&bytes, &config, 0, false);
        let expected = j["expected"].as_object();
        if let Some((_, want_err)) = REFUSED.iter().find(|(n, _)| *n == name) {
            assert!(
                expected.is_none(),
                "{name}: refused file has expected contents"
            );
            // Redis's own log line for this file, where the fixture kept it.
            if let Some(logged) = j["redis_log_errors"][0].as_str() {
                let text = logged.rsplit(" -> ").next().unwrap_or(logged);
                assert_eq!(text, *want_err, "{name}: table disagrees with Redis's log");
            }
            match result {
                Err(e) if e == *want_err => {}
                other => failures.push(format!("{name}: want error {want_err:?}, got {other:?}")),
            }
            continue;
        }
        let Some(expected) = expected else {
            failures.push(format!("{name}: no expected contents and not in REFUSED"));
            continue;
        };
        let report = match result {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{name}: load failed: {e}"));
                continue;
            }
        };
        checked += 1;
        let diffs = compare(&dbs, expected);
        for d in diffs.iter().take(5) {
            failures.push(format!("{name}: {d}"));
        }
        // Function libraries: the same code (FUNCTION LIST order is the server's).
        let mut want_fns: Vec<String> = j["functions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|f| f["library_code"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut got_fns: Vec<String> = report
            .functions
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        want_fns.sort();
        got_fns.sort();
        if want_fns != got_fns {
            failures.push(format!("{name}: functions {got_fns:?} != {want_fns:?}"));
        }
        // AUX fields.
        if let Some(aux) = j["aux"].as_object() {
            for (k, v) in aux {
                let got = report
                    .aux
                    .iter()
                    .find(|(ak, _)| ak == k.as_bytes())
                    .map(|(_, av)| String::from_utf8_lossy(av).into_owned());
                if got.as_deref() != v.as_str() {
                    failures.push(format!("{name}: aux {k}: {got:?} != {v}"));
                }
            }
        }
        if name == "valkey-corrupt_empty_keys.rdb" {
            // What redis-server 7.0.15 logs for this file.
            let (done, warn) = report.done_line();
            if done != "Done loading RDB, keys loaded: 0, keys expired: 0, empty keys skipped: 9."
                || !warn
                || !report
                    .warnings
                    .iter()
                    .any(|w| w == "rdbLoadObject skipping empty key: list_quicklist_empty_ziplist")
            {
                failures.push(format!("{name}: {done:?} {:?}", report.warnings));
            }
        }
    }
    eprintln!("{checked} fixtures compared key by key");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Keys whose expiry passed are dropped on a master (counted) and kept on a replica.
#[test]
fn expired_keys_are_dropped_on_a_master_and_kept_on_a_replica() {
    let Some(dir) = fixtures_dir() else { return };
    let name = "redis7-16dbs-misc.rdb";
    let bytes = std::fs::read(dir.join(name)).expect("read");
    let j: Json = serde_json::from_slice(
        &std::fs::read(dir.join(format!("{name}.expected.json"))).expect("json"),
    )
    .expect("parse");
    let expected = j["expected"].as_object().expect("expected");
    let mut expiries: Vec<i64> = expected
        .values()
        .flat_map(|db| db.as_object().into_iter().flat_map(|m| m.values()))
        .filter_map(|k| k.get("expiry_ms").and_then(Json::as_i64))
        .collect();
    expiries.sort();
    assert!(expiries.len() >= 2, "the fixture has volatile keys");
    let total: usize = expected
        .values()
        .map(|d| d.as_object().map_or(0, |m| m.len()))
        .sum();
    // A clock between the earliest and the latest expiry.
    let now = expiries[0] + 1;
    let want_expired = expiries.iter().filter(|&&e| e < now).count();
    let config = Config::default();
    let (dbs, r) = load_with(&bytes, &config, now, false);
    let r = r.unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(r.keys_expired as usize, want_expired);
    assert_eq!(r.keys_loaded as usize, total - want_expired);
    let loaded: usize = dbs.iter().map(Db::len).sum();
    assert_eq!(loaded, total - want_expired);
    assert!(
        dbs.iter()
            .all(|db| db.iter().all(|(_, _, e)| e.is_none_or(|e| e >= now)))
    );
    let (dbs, r) = load_with(&bytes, &config, now, true);
    let r = r.expect("replica load");
    assert_eq!((r.keys_expired, r.keys_loaded as usize), (0, total));
    assert_eq!(dbs.iter().map(Db::len).sum::<usize>(), total);
}

/// A master also drops keys expired in a file without streams (rdbtools' 2022 expiry).
#[test]
fn expired_keys_in_an_old_file() {
    let Some(dir) = fixtures_dir() else { return };
    let bytes = std::fs::read(dir.join("rdbtools-keys_with_expiry.rdb")).expect("read");
    let config = Config::default();
    let (_, r) = load_with(&bytes, &config, 4_200_000_000_000, false);
    let r = r.expect("load");
    assert_eq!((r.keys_loaded, r.keys_expired), (0, 1));
    let (dbs, r) = load_with(&bytes, &config, 4_200_000_000_000, true);
    assert_eq!(r.expect("load").keys_loaded, 1);
    assert_eq!(dbs[0].len(), 1);
}

/// 7.4 hash-field TTLs: fields whose TTL passed are not loaded (124/1/1015 of
/// 128/3/1024 in this file), the rest load without their TTL, with a log note.
#[test]
fn hash_fields_whose_ttl_passed_are_dropped() {
    let Some(dir) = fixtures_dir() else { return };
    let bytes = std::fs::read(dir.join("repl-dump-ttlhash.rdb")).expect("read");
    let config = Config::default();
    // 2027: after every field TTL in the file (June 2025).
    let (dbs, r) = load_with(&bytes, &config, 1_800_000_000_000, false);
    let r = r.expect("load");
    let len = |k: &str| match dbs[0].peek(k.as_bytes(), 0) {
        Some(Value::Hash(h)) => h.len(),
        other => panic!("{k}: {other:?}"),
    };
    assert_eq!(
        (len("iterttlhash"), len("ttlhash"), len("ttlhash1")),
        (124, 1, 1015)
    );
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("hash fields whose TTL had passed")),
        "{:?}",
        r.notes
    );
    // Before the TTLs: every field, and a note that TTLs are not kept.
    let (dbs, r) = load_with(&bytes, &config, 0, false);
    let r = r.expect("load");
    match dbs[0].peek(b"ttlhash1", 0) {
        Some(Value::Hash(h)) => assert_eq!(h.len(), 1024),
        other => panic!("{other:?}"),
    }
    assert!(
        r.notes.iter().any(|n| n.contains("not supported")),
        "{:?}",
        r.notes
    );
}

/// Bad headers, truncation and a flipped checksum give Redis's messages.
#[test]
fn header_version_checksum_and_truncation_errors() {
    let Some(dir) = fixtures_dir() else { return };
    let config = Config::default();
    let bytes = std::fs::read(dir.join("redis7-lfu.rdb")).expect("read");
    let (_, ok) = load_with(&bytes, &config, 0, false);
    ok.expect("redis7-lfu loads");
    let mut bad = bytes.clone();
    let n = bad.len();
    bad[n - 1] ^= 0x40;
    let (_, r) = load_with(&bad, &config, 0, false);
    let e = r.expect_err("checksum");
    let stored = u64::from_le_bytes(bytes[n - 8..].try_into().expect("8 bytes"));
    assert_eq!(
        e,
        format!(
            "Wrong RDB checksum expected: ({stored:x}) but got ({:x}). Aborting now.",
            stored ^ (0x40 << 56)
        )
    );
    let (_, r) = load_with(&bytes[..n - 20], &config, 0, false);
    assert_eq!(
        r.unwrap_err(),
        "Short read or OOM loading DB. Unrecoverable error, aborting now."
    );
    let mut v13 = bytes.clone();
    v13[5..9].copy_from_slice(b"0013");
    let (_, r) = load_with(&v13, &config, 0, false);
    assert_eq!(r.unwrap_err(), "Can't handle RDB format version 13");
    let (_, r) = load_with(b"RUBIS0009", &config, 0, false);
    assert_eq!(
        r.unwrap_err(),
        "Wrong signature trying to load DB from file"
    );
}

// ---- OBJECT ENCODING against redis-server 7.0 ----

/// A redis-server child, killed on drop.
struct RedisChild(Child);

impl Drop for RedisChild {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Sends one command and reads one reply (simple, error, integer or bulk).
fn command(conn: &mut BufReader<TcpStream>, args: &[&[u8]]) -> Result<Option<Vec<u8>>, String> {
    let req = cinnabar_core::resp::encode_request(args);
    conn.get_mut().write_all(&req).map_err(|e| e.to_string())?;
    read_reply(conn)
}

fn read_reply(conn: &mut BufReader<TcpStream>) -> Result<Option<Vec<u8>>, String> {
    let mut line = Vec::new();
    conn.read_until(b'\n', &mut line)
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&line).trim_end().to_string();
    match text.as_bytes().first() {
        Some(b'+') | Some(b':') => Ok(Some(text.as_bytes()[1..].to_vec())),
        Some(b'-') => Err(text[1..].to_string()),
        Some(b'$') => {
            let n: i64 = text[1..].parse().map_err(|_| text.clone())?;
            if n < 0 {
                return Ok(None);
            }
            let mut buf = vec![0u8; n as usize + 2];
            conn.read_exact(&mut buf).map_err(|e| e.to_string())?;
            buf.truncate(n as usize);
            Ok(Some(buf))
        }
        _ => Err(format!("unexpected reply {text:?}")),
    }
}

/// Starts redis-server on a copy of `rdb` and waits (bounded) until it answers PING.
fn start_redis(rdb: &Path, dir: &Path) -> Option<(RedisChild, BufReader<TcpStream>)> {
    std::fs::copy(rdb, dir.join("dump.rdb")).ok()?;
    start_redis_in(dir, &[])
}

/// Starts redis-server on `dir/dump.rdb` (created if absent) with `extra` options.
fn start_redis_in(dir: &Path, extra: &[&str]) -> Option<(RedisChild, BufReader<TcpStream>)> {
    for _attempt in 0..3 {
        let port = free_port();
        let child = Command::new("/usr/bin/redis-server")
            .args([
                "--bind",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--save",
                "",
            ])
            .arg("--dir")
            .arg(dir)
            .args([
                "--dbfilename",
                "dump.rdb",
                "--appendonly",
                "no",
                "--databases",
                "16",
            ])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let mut child = RedisChild(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.0.try_wait() {
                break;
            }
            if let Ok(s) = TcpStream::connect(("127.0.0.1", port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
                let mut conn = BufReader::new(s);
                // LOADING errors until the file is in: keep asking.
                if let Ok(Some(pong)) = command(&mut conn, &[b"PING"])
                    && pong == b"PONG"
                {
                    return Some((child, conn));
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    None
}

#[test]
fn object_encoding_matches_redis_7_0_after_load() {
    let server = Path::new("/usr/bin/redis-server");
    if !server.exists() {
        eprintln!("note: /usr/bin/redis-server not installed; OBJECT ENCODING comparison skipped");
        return;
    }
    let Some(dir) = fixtures_dir() else { return };
    let config = Config::default();
    let tmp = std::env::temp_dir().join(format!("cinnabar-rdb-enc-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("tmp dir");
    let mut failures = Vec::new();
    let mut compared = 0usize;
    for (name, bytes, j) in fixtures() {
        let version = j["rdb_version"].as_u64().unwrap_or(99);
        if version > 10 || j["expected"].as_object().is_none_or(|m| m.is_empty()) {
            continue;
        }
        let (dbs, r) = load_with(&bytes, &config, 0, true);
        match r {
            Ok(_) => {}
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        }
        let Some((_child, mut conn)) = start_redis(&dir.join(&name), &tmp) else {
            failures.push(format!("{name}: redis-server did not start"));
            continue;
        };
        for (i, db) in dbs.iter().enumerate() {
            if db.is_empty() {
                continue;
            }
            let idx = i.to_string();
            if command(&mut conn, &[b"SELECT", idx.as_bytes()]).is_err() {
                failures.push(format!("{name}: SELECT {i}"));
                continue;
            }
            for (k, v, exp) in db.iter() {
                let theirs = command(&mut conn, &[b"OBJECT", b"ENCODING", k]);
                let ours = encoding_of(v);
                compared += 1;
                match theirs {
                    Ok(Some(t)) if t == ours.as_bytes() => {}
                    // Redis, a master, dropped a key whose expiry has passed.
                    Ok(None) if exp.is_some_and(|e| e < now_ms()) => {}
                    other => failures.push(format!(
                        "{name} db {i} {:?}: ours {ours}, redis {:?}",
                        name_of(k),
                        other.map(|o| o.map(|b| String::from_utf8_lossy(&b).into_owned()))
                    )),
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!("{compared} keys' encodings compared with redis-server");
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---- Through the server: function libraries and the load's log lines ----

/// Runs one command on `server` for `id`; returns the reply's bytes.
fn run_bytes(
    server: &mut cinnabar_core::Server,
    now: cinnabar_core::Now,
    id: cinnabar_core::ConnId,
    args: &[&[u8]],
) -> Vec<u8> {
    server.handle_read(now, id, &cinnabar_core::resp::encode_request(args));
    while server.poll_output().is_some() {}
    let out = server.pending_output(id).to_vec();
    server.consume_output(id, out.len());
    out
}

/// Runs one command; returns the reply as text.
fn run(
    server: &mut cinnabar_core::Server,
    now: cinnabar_core::Now,
    id: cinnabar_core::ConnId,
    args: &[&[u8]],
) -> String {
    String::from_utf8_lossy(&run_bytes(server, now, id, args)).into_owned()
}

/// Libraries from FUNCTION_PRE_GA / FUNCTION2 records are kept: FUNCTION LIST shows
/// them (name and engine from the shebang, no functions), DUMP/RESTORE carry them,
/// FLUSH clears them; the load logs Redis's "Done loading RDB" line.
#[test]
fn function_libraries_survive_a_load() {
    use cinnabar_core::{Instant, Now, Output, Server};
    let Some(dir) = fixtures_dir() else { return };
    let now = Now::new(1_800_000_000_000_000, Instant::from_millis(1));
    let mut server = Server::new(Config::default(), now);
    let bytes = std::fs::read(dir.join("repl-function.rdb")).expect("read");
    let report = server.load_rdb(now, &bytes).expect("load");
    assert_eq!(report.functions.len(), 2);
    let mut logs = Vec::new();
    while let Some(o) = server.poll_output() {
        if let Output::Log { text, .. } = o {
            logs.push(text);
        }
    }
    assert!(
        logs.iter()
            .any(|l| l == "Done loading RDB, keys loaded: 0, keys expired: 0."),
        "{logs:?}"
    );
    let id = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
    let list = run(
        &mut server,
        now,
        id,
        &[b"FUNCTION", b"LIST", b"WITHCODE", b"LIBRARYNAME", b"lib1"],
    );
    assert_eq!(
        list,
        "*1\r\n*8\r\n$12\r\nlibrary_name\r\n$4\r\nlib1\r\n$6\r\nengine\r\n$3\r\nLUA\r\n\
         $9\r\nfunctions\r\n*1\r\n*6\r\n$4\r\nname\r\n$5\r\ntest1\r\n$11\r\ndescription\r\n\
         $-1\r\n$5\r\nflags\r\n*0\r\n$12\r\nlibrary_code\r\n$91\r\n#!LUA name=lib1\n\
         local function test1() return 1 end redis.register_function('test1', test1)\r\n"
    );
    let all = run(&mut server, now, id, &[b"FUNCTION", b"LIST"]);
    assert!(all.starts_with("*2\r\n") && all.contains("lib2"), "{all}");
    let stats = run(&mut server, now, id, &[b"FUNCTION", b"STATS"]);
    assert!(stats.contains("libraries_count\r\n:2"), "{stats}");
    let with_code = run(&mut server, now, id, &[b"FUNCTION", b"LIST", b"WITHCODE"]);
    // DUMP, FLUSH, RESTORE: the same libraries back.
    let dump = run_bytes(&mut server, now, id, &[b"FUNCTION", b"DUMP"]);
    let body_start = dump.iter().position(|&c| c == b'\n').expect("bulk") + 1;
    let payload = dump[body_start..dump.len() - 2].to_vec();

    assert_eq!(
        run(&mut server, now, id, &[b"FUNCTION", b"FLUSH"]),
        "+OK\r\n"
    );
    assert_eq!(run(&mut server, now, id, &[b"FUNCTION", b"LIST"]), "*0\r\n");
    assert_eq!(
        run(&mut server, now, id, &[b"FUNCTION", b"RESTORE", &payload]),
        "+OK\r\n"
    );
    assert_eq!(
        run(&mut server, now, id, &[b"FUNCTION", b"LIST", b"WITHCODE"]),
        with_code
    );
    let again = run(&mut server, now, id, &[b"FUNCTION", b"RESTORE", &payload]);
    // Redis 7.0.15's text (no quotes; the library it meets first in its dict).
    assert!(
        again.starts_with("-ERR Library lib") && again.ends_with(" already exists\r\n"),
        "{again}"
    );
    assert_eq!(
        run(&mut server, now, id, &[b"FUNCTION", b"DELETE", b"lib1"]),
        "+OK\r\n"
    );
    assert_eq!(
        run(&mut server, now, id, &[b"FUNCTION", b"DELETE", b"lib1"]),
        "-ERR Library not found\r\n"
    );
    let one = run(&mut server, now, id, &[b"FUNCTION", b"LIST"]);
    assert!(one.starts_with("*1\r\n") && one.contains("lib2"), "{one}");
}

/// Values saved past the default thresholds (by a Redis configured with larger ones)
/// convert at load as Redis 7.0 converts them: compact hashes and zsets stay compact
/// whatever their strings' length, an intset past `set-max-intset-entries` and a
/// compact hash or zset past its entry limit do not.
#[test]
fn thresholds_at_load_match_redis_7_0() {
    if !Path::new("/usr/bin/redis-server").exists() {
        eprintln!("note: /usr/bin/redis-server not installed; threshold comparison skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("cinnabar-rdb-thr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let _ = std::fs::remove_file(dir.join("dump.rdb"));
    let long = "v".repeat(100);
    let n600: Vec<String> = (0..600).map(|i| i.to_string()).collect();
    let n200: Vec<String> = (0..200).map(|i| i.to_string()).collect();
    {
        let (_child, mut c) = start_redis_in(
            &dir,
            &[
                "--hash-max-listpack-value",
                "1000",
                "--hash-max-listpack-entries",
                "1000",
                "--zset-max-listpack-value",
                "1000",
                "--zset-max-listpack-entries",
                "1000",
                "--set-max-intset-entries",
                "1000",
            ],
        )
        .expect("redis-server starts");
        let mut send = |args: Vec<&[u8]>| command(&mut c, &args).expect("command");
        send(vec![b"HSET", b"h:long", b"f", long.as_bytes()]);
        send(vec![b"ZADD", b"z:long", b"1", long.as_bytes()]);
        let mut sadd: Vec<&[u8]> = vec![b"SADD", b"s:600"];
        sadd.extend(n600.iter().map(|s| s.as_bytes()));
        send(sadd);
        let mut hset: Vec<&[u8]> = vec![b"HSET", b"h:600"];
        for f in &n600 {
            hset.push(f.as_bytes());
            hset.push(b"x");
        }
        send(hset);
        let mut zadd: Vec<&[u8]> = vec![b"ZADD", b"z:200"];
        for m in &n200 {
            zadd.push(b"1");
            zadd.push(m.as_bytes());
        }
        send(zadd);
        send(vec![b"SAVE"]);
    }
    let bytes = std::fs::read(dir.join("dump.rdb")).expect("saved file");
    let config = Config::default();
    let (dbs, r) = load_with(&bytes, &config, 0, false);
    r.expect("load");
    let (_child, mut c) = start_redis_in(&dir, &[]).expect("redis-server restarts");
    let mut seen = 0;
    for (k, v, _) in dbs[0].iter() {
        let theirs = command(&mut c, &[b"OBJECT", b"ENCODING", k]).expect("reply");
        assert_eq!(
            theirs.as_deref(),
            Some(encoding_of(v).as_bytes()),
            "{}",
            name_of(k)
        );
        seen += 1;
    }
    assert_eq!(seen, 5);
    drop(_child);
    let _ = std::fs::remove_dir_all(&dir);
}
