//! Interop with the real thing: redis-server and redis-check-rdb 7.0.15.
//!
//! - Files written by [`save::save_to_vec`] from a dataset of every type and encoding
//!   (small and big lists, intsets of each width, hashtable sets, listpack and skiplist
//!   sorted sets, listpack and hashtable hashes, streams, LZF, integer, binary and
//!   empty strings, binary keys, expiries, several databases, a function library),
//!   with and without `rdbcompression` / `rdbchecksum`: `redis-check-rdb` says they
//!   look OK, and redis-server started on them has every key with the same type,
//!   value, TTL (±2 s) and OBJECT ENCODING as ours; IDLE / FREQ records too.
//! - Our DUMP payloads RESTOREd into redis-server give the same values and encodings.
//! - The reverse directions: redis-server's SAVE of the same dataset loaded by
//!   `Server::load_rdb`, and redis-server's DUMP payloads RESTOREd into ours, give the
//!   same contents in the same encodings as Redis reports.
//!
//! Each test is skipped, with a note on stderr, when `/usr/bin/redis-server` is absent.
//! Servers bind 127.0.0.1 on a free port and are killed when the test ends (also on a
//! failure: the guard kills them on drop).

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cinnabar_core::commands::object::encoding_name;
use cinnabar_core::evict::Policy;
use cinnabar_core::keyspace::{Db, KeyHasher};
use cinnabar_core::rdb::save::{self, Aux, KeyAccess};
use cinnabar_core::resp::encode_request;
use cinnabar_core::types::hash::HashLimits;
use cinnabar_core::types::list::End;
use cinnabar_core::types::set::SetLimits;
use cinnabar_core::types::stream::{NodeLimits, StreamId};
use cinnabar_core::types::zset::ZSetLimits;
use cinnabar_core::types::{
    HashValue, ListValue, SetValue, StrValue, StreamValue, Value, ZSetValue,
};
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

const REDIS_SERVER: &str = "/usr/bin/redis-server";
const CHECK_RDB: &str = "/usr/bin/redis-check-rdb";
/// Longest wait for a server to answer or a reply to arrive.
const DEADLINE: Duration = Duration::from_secs(20);

// ---------------------------------------------------------------------------------
// RESP replies

/// A RESP2 reply.
#[derive(Debug, Clone, PartialEq)]
enum Resp {
    Simple(Vec<u8>),
    Error(Vec<u8>),
    Int(i64),
    Bulk(Option<Vec<u8>>),
    Array(Option<Vec<Resp>>),
}

impl Resp {
    fn bytes(&self) -> Vec<u8> {
        match self {
            Resp::Bulk(Some(b)) | Resp::Simple(b) => b.clone(),
            other => panic!("not a string reply: {other:?}"),
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes()).into_owned()
    }

    fn int(&self) -> i64 {
        match self {
            Resp::Int(n) => *n,
            other => panic!("not an integer reply: {other:?}"),
        }
    }

    fn items(&self) -> Vec<Resp> {
        match self {
            Resp::Array(Some(v)) => v.clone(),
            other => panic!("not an array reply: {other:?}"),
        }
    }

    fn is_ok(&self) -> bool {
        *self == Resp::Simple(b"OK".to_vec())
    }
}

/// Every string in a reply, depth first.
fn flatten(r: &Resp) -> Vec<Vec<u8>> {
    match r {
        Resp::Simple(s) | Resp::Bulk(Some(s)) => vec![s.clone()],
        Resp::Array(Some(items)) => items.iter().flat_map(flatten).collect(),
        _ => Vec::new(),
    }
}

/// Parses one reply from the start of `buf`: the reply and its length, or `None` when
/// more bytes are needed.
fn parse(buf: &[u8]) -> Option<(Resp, usize)> {
    let line_end = buf.windows(2).position(|w| w == b"\r\n")?;
    let line = &buf[1..line_end];
    let after = line_end + 2;
    let num = || -> i64 { std::str::from_utf8(line).unwrap().parse().unwrap() };
    match buf.first()? {
        b'+' => Some((Resp::Simple(line.to_vec()), after)),
        b'-' => Some((Resp::Error(line.to_vec()), after)),
        b':' => Some((Resp::Int(num()), after)),
        b'$' => {
            let n = num();
            if n < 0 {
                return Some((Resp::Bulk(None), after));
            }
            let n = n as usize;
            if buf.len() < after + n + 2 {
                return None;
            }
            Some((
                Resp::Bulk(Some(buf[after..after + n].to_vec())),
                after + n + 2,
            ))
        }
        b'*' => {
            let n = num();
            if n < 0 {
                return Some((Resp::Array(None), after));
            }
            let mut items = Vec::new();
            let mut pos = after;
            for _ in 0..n {
                let (item, used) = parse(&buf[pos..])?;
                items.push(item);
                pos += used;
            }
            Some((Resp::Array(Some(items)), pos))
        }
        other => panic!("unexpected reply byte {other:#x}"),
    }
}

/// Something that answers commands: redis-server over TCP or our server in process.
trait Target {
    fn cmd(&mut self, args: &[&[u8]]) -> Resp;

    fn cmds(&mut self, args: &[&str]) -> Resp {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        self.cmd(&args)
    }
}

// ---------------------------------------------------------------------------------
// redis-server

/// A redis-server child process, killed on drop, and a connection to it.
struct Redis {
    child: Child,
    port: u16,
    conn: Option<TcpStream>,
    buf: Vec<u8>,
}

fn redis_available() -> bool {
    if Path::new(REDIS_SERVER).exists() {
        true
    } else {
        eprintln!("note: {REDIS_SERVER} not found; skipping this interop test");
        false
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A fresh temporary directory for one server.
fn temp_dir(tag: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "cinnabar-rdb-interop-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

impl Redis {
    /// Starts redis-server in `dir` on `dbfilename` (loaded if present) with `extra`
    /// options, and waits (bounded) until it answers PING.
    fn start(dir: &Path, dbfilename: &str, extra: &[&str]) -> Redis {
        let port = free_port();
        let child = Command::new(REDIS_SERVER)
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--dir", &dir.to_string_lossy(), "--dbfilename", dbfilename])
            .args(["--save", "", "--appendonly", "no"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        // From here on, a panic drops `r`, which kills the server.
        let mut r = Redis {
            child,
            port,
            conn: None,
            buf: Vec::new(),
        };
        let started = std::time::Instant::now();
        loop {
            if let Ok(Some(status)) = r.child.try_wait() {
                panic!("redis-server exited: {status} (dir {})", dir.display());
            }
            if let Ok(stream) = TcpStream::connect(("127.0.0.1", port)) {
                stream.set_read_timeout(Some(DEADLINE)).ok();
                r.conn = Some(stream);
                r.buf.clear();
                // -LOADING while it reads the file: ask again.
                if r.cmds(&["PING"]) == Resp::Simple(b"PONG".to_vec()) {
                    return r;
                }
                r.conn = None;
            }
            assert!(
                started.elapsed() < DEADLINE,
                "redis-server did not answer PING"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Target for Redis {
    fn cmd(&mut self, args: &[&[u8]]) -> Resp {
        let stream = self.conn.as_mut().expect("connected");
        stream
            .write_all(&encode_request(args))
            .expect("write to redis-server");
        let mut chunk = [0u8; 65536];
        loop {
            if let Some((reply, used)) = parse(&self.buf) {
                self.buf.drain(..used);
                return reply;
            }
            let n = stream.read(&mut chunk).expect("read from redis-server");
            assert!(
                n > 0,
                "redis-server (port {}) closed the connection",
                self.port
            );
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }
}

// ---------------------------------------------------------------------------------
// Our server, in process

/// Our server with one client, at the real wall clock.
struct Ours {
    server: Server,
    id: ConnId,
    buf: Vec<u8>,
}

fn now() -> Now {
    let us = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_micros() as i64;
    Now::new(us, Instant::from_millis(1_000))
}

impl Ours {
    fn new() -> Ours {
        let now = now();
        let mut server = Server::new(Config::default(), now);
        let id = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
        Ours {
            server,
            id,
            buf: Vec::new(),
        }
    }
}

impl Target for Ours {
    fn cmd(&mut self, args: &[&[u8]]) -> Resp {
        self.server
            .handle_read(now(), self.id, &encode_request(args));
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.id).to_vec();
        self.server.consume_output(self.id, out.len());
        self.buf.extend_from_slice(&out);
        let (reply, used) = parse(&self.buf).expect("a whole reply");
        self.buf.drain(..used);
        reply
    }
}

// ---------------------------------------------------------------------------------
// The dataset

/// A stream entry: its id (ms, seq) and its field/value pairs.
type StreamEntry = ((u64, u64), Vec<(Vec<u8>, Vec<u8>)>);

/// A value, as the commands that build it see it.
#[derive(Debug, Clone)]
enum Spec {
    Str(Vec<u8>),
    List(Vec<Vec<u8>>),
    Set(Vec<Vec<u8>>),
    ZSet(Vec<(Vec<u8>, f64)>),
    Hash(Vec<(Vec<u8>, Vec<u8>)>),
    /// Entries: id (ms, seq) and field/value pairs.
    Stream(Vec<StreamEntry>),
}

#[derive(Debug, Clone)]
struct Item {
    db: usize,
    key: Vec<u8>,
    spec: Spec,
    expire_ms: Option<i64>,
}

/// Deterministic pseudo-random bytes (xorshift).
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

fn b(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

fn strs(v: &[&str]) -> Vec<Vec<u8>> {
    v.iter().map(|s| b(s)).collect()
}

/// Every type in each of its encodings, in several databases, some with expiries.
fn dataset(with_streams: bool) -> Vec<Item> {
    let mut items = Vec::new();
    let mut add = |db: usize, key: &[u8], spec: Spec, expire_ms: Option<i64>| {
        items.push(Item {
            db,
            key: key.to_vec(),
            spec,
            expire_ms,
        })
    };
    // Strings.
    for (key, value) in [
        ("str:hello", b("hello")),
        ("str:int8", b("-100")),
        ("str:int16", b("12345")),
        ("str:int32", b("-2147483648")),
        ("str:int64", b("9223372036854775807")),
        ("str:noncanon", b("0123")),
        ("str:plus", b("+5")),
        ("str:empty", Vec::new()),
        ("str:binary", b"\r\n\x00\xff binary".to_vec()),
        ("str:utf8", b("caf\u{e9} \u{1f600}")),
        ("str:20", vec![b'a'; 20]),
        ("str:44", vec![b'x'; 44]),
        ("str:45", vec![b'x'; 45]),
        ("str:lzf", b("0123456789").repeat(400)),
        ("str:lzf-big", b("abcdefgh").repeat(25_000)),
        ("str:random", random_bytes(3000, 0x9e37_79b9_7f4a_7c15)),
    ] {
        add(0, key.as_bytes(), Spec::Str(value), None);
    }
    add(0, b"bin\x00key\r\n\xff", Spec::Str(b("v")), None);
    add(0, b"4242", Spec::Str(b("integer key")), None);
    // Lists.
    add(
        0,
        b"list:small",
        Spec::List(strs(&[
            "a", "1", "-5", "300", "70000", "b", "0123", "", "-0",
        ])),
        None,
    );
    add(
        0,
        b"list:big",
        Spec::List(
            (0..1000)
                .map(|i| {
                    if i % 2 == 0 {
                        format!("item-{i}").into_bytes()
                    } else {
                        (i * 37 - 5000).to_string().into_bytes()
                    }
                })
                .collect(),
        ),
        None,
    );
    add(
        0,
        b"list:bigelem",
        Spec::List(vec![b("small"), vec![b'P'; 20_000], b("small2")]),
        None,
    );
    // Sets.
    add(
        0,
        b"set:i16",
        Spec::Set(strs(&["3", "1", "2", "-32768"])),
        None,
    );
    add(0, b"set:i32", Spec::Set(strs(&["70000", "1", "-5"])), None);
    add(
        0,
        b"set:i64",
        Spec::Set(strs(&["5000000000", "-1", "7"])),
        None,
    );
    add(
        0,
        b"set:strings",
        Spec::Set(
            (0..100)
                .map(|i| format!("member-{i}").into_bytes())
                .collect(),
        ),
        None,
    );
    add(
        0,
        b"set:many-ints",
        Spec::Set((0..600).map(|i| (i * 7).to_string().into_bytes()).collect()),
        None,
    );
    // Sorted sets.
    add(
        0,
        b"zset:small",
        Spec::ZSet(vec![
            (b("a"), 1.0),
            (b("b"), 2.5),
            (b("c"), -0.0),
            (b("d"), 0.1),
            (b("e"), f64::INFINITY),
            (b("f"), f64::NEG_INFINITY),
            (b("g"), 1e300),
            (b("h"), 5e-324),
            (b("i"), 1e18),
            (b("12"), -17.0),
        ]),
        None,
    );
    add(
        0,
        b"zset:big",
        Spec::ZSet(
            (0..200)
                .map(|i| (format!("m{i}").into_bytes(), f64::from(i) * 1.5 - 17.0))
                .collect(),
        ),
        None,
    );
    add(
        0,
        b"zset:longmember",
        Spec::ZSet(vec![(vec![b'z'; 100], 3.0), (b("short"), 1.0)]),
        None,
    );
    // Hashes.
    add(
        0,
        b"hash:small",
        Spec::Hash(vec![
            (b("f"), b("v")),
            (b("n"), b("1")),
            (b("neg"), b("-5000")),
            (b("123"), b("")),
        ]),
        None,
    );
    add(
        0,
        b"hash:big",
        Spec::Hash(
            (0..600)
                .map(|i| {
                    (
                        format!("field-{i}").into_bytes(),
                        (i * 3).to_string().into_bytes(),
                    )
                })
                .collect(),
        ),
        None,
    );
    add(
        0,
        b"hash:longvalue",
        Spec::Hash(vec![(b("f"), vec![b'y'; 100]), (b("g"), b("1"))]),
        None,
    );
    // Streams.
    if with_streams {
        add(
            0,
            b"stream:small",
            Spec::Stream(
                (1..=5)
                    .map(|i| {
                        (
                            (1_700_000_000_000 + i, 0),
                            vec![(b("f"), i.to_string().into_bytes())],
                        )
                    })
                    .collect(),
            ),
            None,
        );
        add(
            0,
            b"stream:big",
            Spec::Stream(
                (0..400)
                    .map(|i| {
                        (
                            (1_700_000_000_000, i),
                            vec![
                                (b("field"), format!("value-{i}").into_bytes()),
                                (b("n"), b("7")),
                            ],
                        )
                    })
                    .collect(),
            ),
            None,
        );
    }
    // Expiries (2100 and later).
    add(0, b"exp:str", Spec::Str(b("soon")), Some(4_102_444_800_000));
    add(
        0,
        b"exp:list",
        Spec::List(strs(&["x", "y"])),
        Some(4_102_444_800_123),
    );
    add(
        0,
        b"exp:zset",
        Spec::ZSet(vec![(b("m"), 1.0)]),
        Some(4_133_980_800_000),
    );
    // Other databases.
    add(1, b"db1:key", Spec::Str(b("in db 1")), None);
    add(
        5,
        b"db5:list",
        Spec::List(strs(&["5", "five"])),
        Some(4_102_444_800_000),
    );
    add(15, b"db15:zset", Spec::ZSet(vec![(b("z"), 15.0)]), None);
    items
}

fn hasher() -> KeyHasher {
    KeyHasher::new(0x1234, 0x5678)
}

/// Our value for `spec`, built with the default thresholds (as commands would).
fn build_value(spec: &Spec) -> Value {
    let config = Config::default();
    match spec {
        Spec::Str(s) => Value::Str(StrValue::new(s)),
        Spec::List(items) => {
            let mut l = ListValue::new();
            for it in items {
                l.push_bytes(End::Tail, it, config.list_max_listpack_size);
            }
            Value::List(l)
        }
        Spec::Set(members) => {
            let limits = SetLimits {
                max_intset_entries: config.set_max_intset_entries,
                hasher: hasher(),
            };
            let mut s = SetValue::for_first(&members[0], hasher());
            for m in members {
                s.add(m, &limits);
            }
            Value::Set(s)
        }
        Spec::ZSet(pairs) => {
            let limits = ZSetLimits {
                max_listpack_entries: config.zset_max_listpack_entries,
                max_listpack_value: config.zset_max_listpack_value,
                hasher: hasher(),
            };
            let mut z = ZSetValue::new();
            for (m, s) in pairs {
                z.insert(m, *s, &limits);
            }
            Value::ZSet(z)
        }
        Spec::Hash(pairs) => {
            let limits = HashLimits {
                max_listpack_entries: config.hash_max_listpack_entries,
                max_listpack_value: config.hash_max_listpack_value,
                hasher: hasher(),
            };
            let mut h = HashValue::new();
            for (f, v) in pairs {
                h.set(f, v, &limits);
            }
            Value::Hash(h)
        }
        Spec::Stream(entries) => {
            let limits = NodeLimits {
                max_bytes: config.stream_node_max_bytes,
                max_entries: config.stream_node_max_entries,
            };
            let mut s = StreamValue::new();
            for ((ms, seq), fv) in entries {
                let flat: Vec<&[u8]> = fv
                    .iter()
                    .flat_map(|(f, v)| [f.as_slice(), v.as_slice()])
                    .collect();
                s.entries.append(StreamId::new(*ms, *seq), &flat, limits);
            }
            Value::Stream(s)
        }
    }
}

/// Our databases holding `items`.
fn build_dbs(items: &[Item]) -> Vec<Db> {
    let mut dbs: Vec<Db> = (0..16).map(|_| Db::new(hasher())).collect();
    for it in items {
        dbs[it.db].insert(
            it.key.as_slice().into(),
            build_value(&it.spec),
            it.expire_ms,
        );
    }
    dbs
}

/// A score as a command argument.
fn score_arg(s: f64) -> Vec<u8> {
    if s == f64::INFINITY {
        b("inf")
    } else if s == f64::NEG_INFINITY {
        b("-inf")
    } else {
        format!("{s:e}").into_bytes()
    }
}

/// Stores `items` in `t` with commands (SELECT, SET/RPUSH/SADD/ZADD/HSET/XADD,
/// PEXPIREAT), leaving database 0 selected.
fn build_with_commands(t: &mut dyn Target, items: &[Item]) {
    for it in items {
        assert!(t.cmds(&["SELECT", &it.db.to_string()]).is_ok());
        let key = it.key.as_slice();
        let mut batches: Vec<Vec<Vec<u8>>> = Vec::new();
        match &it.spec {
            Spec::Str(s) => batches.push(vec![b("SET"), key.to_vec(), s.clone()]),
            Spec::List(items) => {
                for chunk in items.chunks(100) {
                    let mut c = vec![b("RPUSH"), key.to_vec()];
                    c.extend(chunk.iter().cloned());
                    batches.push(c);
                }
            }
            Spec::Set(members) => {
                let mut c = vec![b("SADD"), key.to_vec()];
                c.extend(members.iter().cloned());
                batches.push(c);
            }
            Spec::ZSet(pairs) => {
                let mut c = vec![b("ZADD"), key.to_vec()];
                for (m, s) in pairs {
                    c.push(score_arg(*s));
                    c.push(m.clone());
                }
                batches.push(c);
            }
            Spec::Hash(pairs) => {
                let mut c = vec![b("HSET"), key.to_vec()];
                for (f, v) in pairs {
                    c.push(f.clone());
                    c.push(v.clone());
                }
                batches.push(c);
            }
            Spec::Stream(entries) => {
                for ((ms, seq), fv) in entries {
                    let mut c = vec![b("XADD"), key.to_vec(), format!("{ms}-{seq}").into_bytes()];
                    for (f, v) in fv {
                        c.push(f.clone());
                        c.push(v.clone());
                    }
                    batches.push(c);
                }
            }
        }
        if let Some(when) = it.expire_ms {
            batches.push(vec![
                b("PEXPIREAT"),
                key.to_vec(),
                when.to_string().into_bytes(),
            ]);
        }
        for c in batches {
            let args: Vec<&[u8]> = c.iter().map(Vec::as_slice).collect();
            let r = t.cmd(&args);
            assert!(
                !matches!(r, Resp::Error(_)),
                "{:?}: {r:?}",
                String::from_utf8_lossy(&c[0])
            );
        }
    }
    assert!(t.cmds(&["SELECT", "0"]).is_ok());
}

fn type_name(spec: &Spec) -> &'static str {
    match spec {
        Spec::Str(_) => "string",
        Spec::List(_) => "list",
        Spec::Set(_) => "set",
        Spec::ZSet(_) => "zset",
        Spec::Hash(_) => "hash",
        Spec::Stream(_) => "stream",
    }
}

/// Parses a score as Redis replies it.
fn parse_score(s: &[u8]) -> f64 {
    match s {
        b"inf" => f64::INFINITY,
        b"-inf" => f64::NEG_INFINITY,
        _ => std::str::from_utf8(s).unwrap().parse().unwrap(),
    }
}

/// Checks that `t` holds exactly `items` (type, value, TTL within 2 s, and the
/// encoding `encoding(item)` when given), and no other key.
fn check_contents(
    t: &mut dyn Target,
    items: &[Item],
    mut encoding: impl FnMut(&Item) -> Option<String>,
) {
    let now_ms = now().unix_ms();
    let mut per_db: BTreeMap<usize, i64> = BTreeMap::new();
    for it in items {
        *per_db.entry(it.db).or_default() += 1;
        assert!(t.cmds(&["SELECT", &it.db.to_string()]).is_ok());
        let key = it.key.as_slice();
        let name = String::from_utf8_lossy(key).into_owned();
        let ty = t.cmd(&[b"TYPE", key]).text();
        assert_eq!(ty, type_name(&it.spec), "TYPE {name}");
        match &it.spec {
            Spec::Str(s) => assert_eq!(&t.cmd(&[b"GET", key]).bytes(), s, "GET {name}"),
            Spec::List(items) => {
                let got: Vec<Vec<u8>> = t
                    .cmd(&[b"LRANGE", key, b"0", b"-1"])
                    .items()
                    .iter()
                    .map(Resp::bytes)
                    .collect();
                assert_eq!(&got, items, "LRANGE {name}");
            }
            Spec::Set(members) => {
                let mut got: Vec<Vec<u8>> = t
                    .cmd(&[b"SMEMBERS", key])
                    .items()
                    .iter()
                    .map(Resp::bytes)
                    .collect();
                got.sort();
                let mut want = members.clone();
                want.sort();
                assert_eq!(got, want, "SMEMBERS {name}");
            }
            Spec::ZSet(pairs) => {
                let got = t.cmd(&[b"ZRANGE", key, b"0", b"-1", b"WITHSCORES"]).items();
                let got: Vec<(Vec<u8>, f64)> = got
                    .chunks(2)
                    .map(|p| (p[0].bytes(), parse_score(&p[1].bytes())))
                    .collect();
                let mut want = pairs.clone();
                want.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap().then(a.0.cmp(&b.0)));
                assert_eq!(got.len(), want.len(), "ZCARD {name}");
                for ((gm, gs), (wm, ws)) in got.iter().zip(&want) {
                    assert_eq!(gm, wm, "ZRANGE {name}");
                    assert!(gs == ws, "score of {:?} in {name}: {gs} vs {ws}", wm);
                }
            }
            Spec::Hash(pairs) => {
                let got = t.cmd(&[b"HGETALL", key]).items();
                let mut got: Vec<(Vec<u8>, Vec<u8>)> = got
                    .chunks(2)
                    .map(|p| (p[0].bytes(), p[1].bytes()))
                    .collect();
                got.sort();
                let mut want = pairs.clone();
                want.sort();
                assert_eq!(got, want, "HGETALL {name}");
            }
            Spec::Stream(entries) => {
                let got = t.cmd(&[b"XRANGE", key, b"-", b"+"]).items();
                assert_eq!(got.len(), entries.len(), "XLEN {name}");
                for (g, ((ms, seq), fv)) in got.iter().zip(entries) {
                    let g = g.items();
                    assert_eq!(g[0].text(), format!("{ms}-{seq}"), "XRANGE {name}");
                    let flat: Vec<Vec<u8>> = g[1].items().iter().map(Resp::bytes).collect();
                    let want: Vec<Vec<u8>> = fv
                        .iter()
                        .flat_map(|(f, v)| [f.clone(), v.clone()])
                        .collect();
                    assert_eq!(flat, want, "XRANGE {name}");
                }
            }
        }
        let pttl = t.cmd(&[b"PTTL", key]).int();
        match it.expire_ms {
            None => assert_eq!(pttl, -1, "PTTL {name}"),
            Some(when) => {
                let want = when - now_ms;
                assert!((pttl - want).abs() <= 2000, "PTTL {name}: {pttl} vs {want}");
            }
        }
        if let Some(enc) = encoding(it) {
            let got = t.cmd(&[b"OBJECT", b"ENCODING", key]).text();
            assert_eq!(got, enc, "OBJECT ENCODING {name}");
        }
    }
    for db in 0..16 {
        assert!(t.cmds(&["SELECT", &db.to_string()]).is_ok());
        let want = per_db.get(&db).copied().unwrap_or(0);
        assert_eq!(t.cmds(&["DBSIZE"]).int(), want, "DBSIZE of db {db}");
    }
    assert!(t.cmds(&["SELECT", "0"]).is_ok());
}

/// Runs redis-check-rdb on `path`; panics with its output unless it says OK.
fn check_rdb(path: &Path) {
    if !Path::new(CHECK_RDB).exists() {
        eprintln!("note: {CHECK_RDB} not found; file not checked");
        return;
    }
    let out = Command::new(CHECK_RDB)
        .arg(path)
        .output()
        .expect("run redis-check-rdb");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && text.contains("RDB looks OK"),
        "redis-check-rdb on {}:\n{text}",
        path.display()
    );
}

const LIBRARY: &str = "#!lua name=interoplib\nredis.register_function('interop_f', function(keys, args) return 1 end)";

// ---------------------------------------------------------------------------------
// Tests

/// Our files: redis-check-rdb says OK, and redis-server loads exactly our contents, in
/// our encodings, with and without compression and checksum.
#[test]
fn redis_loads_our_files() {
    if !redis_available() {
        return;
    }
    let items = dataset(true);
    let dbs = build_dbs(&items);
    let ours: BTreeMap<(usize, Vec<u8>), String> = items
        .iter()
        .map(|it| {
            let v = build_value(&it.spec);
            ((it.db, it.key.clone()), encoding_name(&v).to_string())
        })
        .collect();
    let aux = Aux {
        ctime_secs: now().unix_ms() / 1000,
        used_mem: 1 << 20,
        repl: None,
        aof_base: false,
    };
    for (compression, checksum) in [(true, true), (false, false), (true, false)] {
        let bytes = save::save_to_vec(
            &dbs,
            &[LIBRARY.as_bytes().to_vec()],
            &aux,
            compression,
            checksum,
            |_, _| KeyAccess::None,
        );
        let dir = temp_dir("ours");
        let file = dir.join("ours.rdb");
        std::fs::write(&file, &bytes).expect("write the file");
        check_rdb(&file);
        let mut redis = Redis::start(&dir, "ours.rdb", &[]);
        check_contents(&mut redis, &items, |it| {
            ours.get(&(it.db, it.key.clone())).cloned()
        });
        let libs = flatten(&redis.cmds(&["FUNCTION", "LIST"]));
        assert!(
            libs.contains(&b("interoplib")) && libs.contains(&b("interop_f")),
            "FUNCTION LIST: {libs:?}"
        );
        drop(redis);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The encodings Redis itself picks for the dataset match ours (the writer then needs
/// no conversion for Redis to report the same).
#[test]
fn our_encodings_are_redis_encodings() {
    if !redis_available() {
        return;
    }
    let items = dataset(true);
    let dir = temp_dir("enc");
    let mut redis = Redis::start(&dir, "dump.rdb", &[]);
    build_with_commands(&mut redis, &items);
    check_contents(&mut redis, &items, |it| {
        Some(encoding_name(&build_value(&it.spec)).to_string())
    });
    drop(redis);
    let _ = std::fs::remove_dir_all(&dir);
}

/// IDLE and FREQ records: redis-server under an LRU policy reports the idle time we
/// wrote; under an LFU policy the counter.
#[test]
fn redis_reads_our_idle_and_freq() {
    if !redis_available() {
        return;
    }
    let items = vec![Item {
        db: 0,
        key: b("k"),
        spec: Spec::Str(b("v")),
        expire_ms: None,
    }];
    let dbs = build_dbs(&items);
    let aux = Aux::default();
    for (policy, access, query, want) in [
        ("allkeys-lru", KeyAccess::Idle(5000), "IDLETIME", 5000),
        ("allkeys-lfu", KeyAccess::Freq(100), "FREQ", 100),
    ] {
        let bytes = save::save_to_vec(&dbs, &[], &aux, true, true, |_, _| access);
        let dir = temp_dir("access");
        std::fs::write(dir.join("a.rdb"), &bytes).expect("write the file");
        check_rdb(&dir.join("a.rdb"));
        let mut redis = Redis::start(&dir, "a.rdb", &["--maxmemory-policy", policy]);
        let got = redis.cmds(&["OBJECT", query, "k"]).int();
        assert!(
            (want..want + 5).contains(&got),
            "OBJECT {query} under {policy}: {got}, wrote {want}"
        );
        drop(redis);
        let _ = std::fs::remove_dir_all(&dir);
    }
    // The policy mapping itself.
    let clock = cinnabar_core::evict::AccessClock::at(10_000_000, false, 10, 1);
    assert_eq!(
        KeyAccess::for_policy(Policy::AllkeysLru, &clock, clock.lru - 42),
        KeyAccess::Idle(42)
    );
    assert_eq!(
        KeyAccess::for_policy(Policy::NoEviction, &clock, clock.lru),
        KeyAccess::None
    );
}

/// Our DUMP payloads, RESTOREd into redis-server: same values, TTLs and encodings.
#[test]
fn redis_restores_our_dumps() {
    if !redis_available() {
        return;
    }
    let items = dataset(true);
    let mut ours = Ours::new();
    build_with_commands(&mut ours, &items);
    let dir = temp_dir("dump");
    let mut redis = Redis::start(&dir, "dump.rdb", &[]);
    let mut encodings = BTreeMap::new();
    for it in &items {
        let db = it.db.to_string();
        assert!(ours.cmds(&["SELECT", &db]).is_ok());
        assert!(redis.cmds(&["SELECT", &db]).is_ok());
        let key = it.key.as_slice();
        let payload = ours.cmd(&[b"DUMP", key]).bytes();
        let ttl = match it.expire_ms {
            Some(when) => when.to_string(),
            None => "0".to_string(),
        };
        let mut args: Vec<&[u8]> = vec![b"RESTORE", key, ttl.as_bytes(), &payload];
        if it.expire_ms.is_some() {
            args.push(b"ABSTTL");
        }
        let r = redis.cmd(&args);
        assert!(
            r.is_ok(),
            "RESTORE {:?}: {r:?}",
            String::from_utf8_lossy(key)
        );
        let enc = ours.cmd(&[b"OBJECT", b"ENCODING", key]).text();
        encodings.insert((it.db, it.key.clone()), enc);
    }
    check_contents(&mut redis, &items, |it| {
        encodings.get(&(it.db, it.key.clone())).cloned()
    });
    drop(redis);
    let _ = std::fs::remove_dir_all(&dir);
}

/// redis-server's DUMP payloads RESTOREd into ours: same values, TTLs and encodings.
#[test]
fn we_restore_redis_dumps() {
    if !redis_available() {
        return;
    }
    let items = dataset(true);
    let dir = temp_dir("rdump");
    let mut redis = Redis::start(&dir, "dump.rdb", &[]);
    build_with_commands(&mut redis, &items);
    let mut ours = Ours::new();
    let mut encodings = BTreeMap::new();
    for it in &items {
        let db = it.db.to_string();
        assert!(ours.cmds(&["SELECT", &db]).is_ok());
        assert!(redis.cmds(&["SELECT", &db]).is_ok());
        let key = it.key.as_slice();
        let payload = redis.cmd(&[b"DUMP", key]).bytes();
        let ttl = it.expire_ms.map_or("0".to_string(), |w| w.to_string());
        let mut args: Vec<&[u8]> = vec![b"RESTORE", key, ttl.as_bytes(), &payload];
        if it.expire_ms.is_some() {
            args.push(b"ABSTTL");
        }
        let r = ours.cmd(&args);
        assert!(
            r.is_ok(),
            "RESTORE {:?}: {r:?}",
            String::from_utf8_lossy(key)
        );
        let enc = redis.cmd(&[b"OBJECT", b"ENCODING", key]).text();
        encodings.insert((it.db, it.key.clone()), enc);
    }
    check_contents(&mut ours, &items, |it| {
        encodings.get(&(it.db, it.key.clone())).cloned()
    });
    drop(redis);
    let _ = std::fs::remove_dir_all(&dir);
}

/// redis-server builds the dataset and SAVEs; our server loads the file and holds the
/// same contents in the same encodings.
#[test]
fn we_load_redis_files() {
    if !redis_available() {
        return;
    }
    let items = dataset(true);
    let dir = temp_dir("rsave");
    let mut redis = Redis::start(&dir, "dump.rdb", &[]);
    build_with_commands(&mut redis, &items);
    assert!(redis.cmds(&["SAVE"]).is_ok());
    let mut encodings = BTreeMap::new();
    for it in &items {
        assert!(redis.cmds(&["SELECT", &it.db.to_string()]).is_ok());
        let enc = redis.cmd(&[b"OBJECT", b"ENCODING", &it.key]).text();
        encodings.insert((it.db, it.key.clone()), enc);
    }
    drop(redis);
    let bytes = std::fs::read(dir.join("dump.rdb")).expect("redis-server's dump.rdb");
    let mut ours = Ours::new();
    let report = ours.server.load_rdb(now(), &bytes).expect("the file loads");
    assert_eq!(report.version, 10);
    check_contents(&mut ours, &items, |it| {
        encodings.get(&(it.db, it.key.clone())).cloned()
    });
    let _ = std::fs::remove_dir_all(&dir);
}
