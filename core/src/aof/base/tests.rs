//! The command-format base against redis-server 7.0.15's: `redis-7.0.15.base.aof` is
//! the base Redis wrote (BGREWRITEAOF with `aof-use-rdb-preamble no`) after the
//! commands of `commands.tsv`, one key per database so that the file's order does not
//! depend on hash tables; `record.sh` records it again.

use crate::aof::manifest::Manifest;
use crate::rdb::snapshot::{Format, save_all};
use crate::server::{DiskOp, Output};
use crate::testkit::Harness;

const REDIS_BASE: &[u8] = include_bytes!("redis-7.0.15.base.aof");

/// Runs `commands.tsv` (tab-separated arguments, `\n` for a newline) on `h`.
fn replay_commands(h: &mut Harness) {
    let c = h.connect();
    for line in include_str!("commands.tsv").lines() {
        let args: Vec<String> = line.split('\t').map(|a| a.replace("\\n", "\n")).collect();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let reply = h.call(c, &refs);
        assert!(
            !reply.starts_with(b"-"),
            "{line}: {}",
            String::from_utf8_lossy(&reply)
        );
    }
}

/// The whole dataset of `h` as a command-format base, written at once.
fn base_of(h: &mut Harness) -> Vec<u8> {
    let node = h.node();
    let mut opts = crate::commands::persistence::snapshot_options(node);
    opts.format = Format::Commands;
    save_all(&mut node.dbs, &opts)
}

/// A fresh server that loaded `file` as its AOF base.
fn load_base(file: &[u8]) -> Harness {
    let mut h = Harness::new(&[]);
    let m = Manifest::parse(b"file appendonly.aof.1.base.aof seq 1 type b\n").unwrap();
    let now = h.now;
    let r = h.server.load_aof(now, &m, &[file.to_vec()], &mut || 0.0);
    assert_eq!(r, Ok(crate::aof::load::Loaded::Ok { truncate: None }));
    h
}

#[test]
fn writes_what_redis_writes() {
    let mut h = Harness::new(&[]);
    replay_commands(&mut h);
    let ours = base_of(&mut h);
    assert_same(&ours, REDIS_BASE);
}

/// Asserts `ours == redis`, showing where they first differ.
fn assert_same(ours: &[u8], redis: &[u8]) {
    let at = ours
        .iter()
        .zip(redis)
        .position(|(a, b)| a != b)
        .unwrap_or(ours.len().min(redis.len()));
    let show = |b: &[u8]| {
        String::from_utf8_lossy(&b[at.saturating_sub(120)..(at + 80).min(b.len())]).into_owned()
    };
    assert!(
        ours == redis,
        "first difference at byte {at}\nours: {:?}\nredis: {:?}",
        show(ours),
        show(redis)
    );
}

#[test]
fn redis_base_loads_to_the_same_dataset() {
    let mut h = load_base(REDIS_BASE);
    // Everything the file says (stream groups, PEL times and counts, read counters,
    // functions, expiries) is back: rewritten, it is the same file.
    assert_same(&base_of(&mut h), REDIS_BASE);
    let c = h.connect();
    assert_eq!(h.call(c, &["FCALL", "f1", "0"]), b":1\r\n");
}

/// Hashtable-encoded collections over several commands: each command announces the
/// items it carries, and the file rebuilds the same values.
#[test]
fn big_collections_round_trip_in_batches() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    for i in 0..300 {
        let (m, f) = (format!("member-{i}"), format!("field-{i}"));
        h.call(c, &["SADD", "s", &m]);
        h.call(c, &["ZADD", "z", &format!("{}.25", i % 17), &m]);
        h.call(c, &["HSET", "h", &f, &m]);
        h.call(c, &["RPUSH", "l", &m]);
    }
    let file = base_of(&mut h);
    let text = String::from_utf8_lossy(&file);
    // 300 items: 64, 64, 64, 64 and 44 per command.
    assert_eq!(text.matches("*66\r\n$4\r\nSADD").count(), 4);
    assert_eq!(text.matches("*46\r\n$4\r\nSADD").count(), 1);
    assert_eq!(text.matches("*130\r\n$4\r\nZADD").count(), 4);
    assert_eq!(text.matches("*90\r\n$4\r\nZADD").count(), 1);
    assert_eq!(text.matches("*130\r\n$5\r\nHMSET").count(), 4);
    assert_eq!(text.matches("*66\r\n$5\r\nRPUSH").count(), 4);
    let mut loaded = load_base(&file);
    let d = loaded.connect();
    for args in [
        &["SMEMBERS", "s"][..],
        &["ZRANGE", "z", "0", "-1", "WITHSCORES"],
        &["HGETALL", "h"],
        &["LRANGE", "l", "0", "-1"],
        &["OBJECT", "ENCODING", "s"],
        &["OBJECT", "ENCODING", "z"],
        &["OBJECT", "ENCODING", "h"],
    ] {
        let mut a = h.call(c, args);
        let mut b = loaded.call(d, args);
        if args[0] == "SMEMBERS" || args[0] == "HGETALL" {
            // Unordered replies: compare as sorted lines.
            let sort = |v: &mut Vec<u8>| {
                let mut lines: Vec<&[u8]> = v.split(|&b| b == b'\n').collect();
                lines.sort();
                *v = lines.concat();
            };
            sort(&mut a);
            sort(&mut b);
        }
        assert_eq!(a, b, "{args:?}");
    }
}

/// Runs every queued disk operation, keeping the files' contents as they would be
/// on disk (WriteFile creates, Append appends, Rename moves, Remove deletes).
fn run_disk(h: &mut Harness, files: &mut std::collections::BTreeMap<String, Vec<u8>>) {
    for _ in 0..10_000 {
        let ops: Vec<DiskOp> = std::iter::from_fn(|| h.server.poll_output())
            .filter_map(|o| match o {
                Output::Disk(op) => Some(op),
                _ => None,
            })
            .collect();
        if ops.is_empty() {
            return;
        }
        for op in ops {
            match &op {
                DiskOp::WriteFile {
                    path,
                    bytes,
                    rename_to,
                    ..
                } => {
                    let to = rename_to.clone().unwrap_or_else(|| path.clone());
                    files.insert(to, bytes.clone());
                }
                DiskOp::Append { path, bytes, .. } => {
                    files
                        .entry(path.clone())
                        .or_default()
                        .extend_from_slice(bytes);
                }
                DiskOp::Rename { from, to, .. } => {
                    let b = files.remove(from).unwrap_or_default();
                    files.insert(to.clone(), b);
                }
                DiskOp::Remove { path, .. } => {
                    files.remove(path);
                }
                _ => {}
            }
            let now = h.now;
            h.server.handle_disk_done(now, op.token(), Ok(()));
        }
    }
    panic!("disk work never ends");
}

/// Start-up and BGREWRITEAOF with `aof-use-rdb-preamble no`: `.base.aof` files named
/// `type b` in the manifest, holding the dataset of the rewrite's start as commands
/// (a `#TS:` first when enabled); writes made while it runs land in the new
/// incremental file only.
#[test]
fn rewrite_without_preamble_writes_a_command_base() {
    let mut h = Harness::new(&[
        "--appendonly",
        "yes",
        "--aof-use-rdb-preamble",
        "no",
        "--aof-timestamp-enabled",
        "yes",
    ]);
    let mut files = std::collections::BTreeMap::new();
    let now = h.now;
    h.server.aof_open_on_start(now, Manifest::default());
    run_disk(&mut h, &mut files);
    let secs = h.now.unix_ms() / 1000;
    assert_eq!(
        files.get("appendonlydir/appendonly.aof.1.base.aof"),
        Some(&format!("#TS:{secs}\r\n").into_bytes())
    );
    let c = h.connect();
    for i in 0..2_000 {
        h.call(c, &["SET", &format!("k{i}"), &format!("v{i}")]);
    }
    h.call(c, &["RPUSH", "list", "a", "b"]);
    h.call(c, &["PEXPIREAT", "k7", "4102444800000"]);
    run_disk(&mut h, &mut files);
    // Small slices: the writes below come while most keys are not yet written.
    h.node().persist.budget = crate::rdb::snapshot::Budget {
        bytes: 100,
        visits: 3,
    };
    assert!(
        h.call(c, &["BGREWRITEAOF"])
            .ends_with(b"+Background append only file rewriting started\r\n")
    );
    h.call(c, &["SET", "k1", "changed"]);
    h.call(c, &["DEL", "k2"]);
    h.call(c, &["SET", "new", "1"]);
    run_disk(&mut h, &mut files);
    let names: Vec<&String> = files.keys().collect();
    assert_eq!(
        names,
        [
            "appendonlydir/appendonly.aof.2.base.aof",
            "appendonlydir/appendonly.aof.2.incr.aof",
            "appendonlydir/appendonly.aof.manifest"
        ]
    );
    assert_eq!(
        files["appendonlydir/appendonly.aof.manifest"],
        b"file appendonly.aof.2.base.aof seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n"
    );
    let base = &files["appendonlydir/appendonly.aof.2.base.aof"];
    assert!(base.starts_with(format!("#TS:{secs}\r\n*2\r\n$6\r\nSELECT\r\n").as_bytes()));
    let incr =
        String::from_utf8_lossy(&files["appendonlydir/appendonly.aof.2.incr.aof"]).into_owned();
    assert!(incr.contains("changed") && incr.contains("$3\r\nnew\r\n") && incr.contains("DEL"));
    assert!(!incr.contains("$2\r\nv1\r\n"));
    // The base alone is the dataset before BGREWRITEAOF: k1 and k2 as they were.
    let mut at_start = load_base(base);
    let d = at_start.connect();
    assert_eq!(at_start.call(d, &["DBSIZE"]), b":2001\r\n");
    assert_eq!(at_start.call(d, &["GET", "k1"]), b"$2\r\nv1\r\n");
    assert_eq!(at_start.call(d, &["GET", "k2"]), b"$2\r\nv2\r\n");
    assert_eq!(at_start.call(d, &["EXISTS", "new"]), b":0\r\n");
    assert_eq!(
        at_start.call(d, &["PEXPIRETIME", "k7"]),
        b":4102444800000\r\n"
    );
    // Base then incremental file: the dataset now.
    let mut now_h = Harness::new(&[]);
    let m = Manifest::parse(&files["appendonlydir/appendonly.aof.manifest"]).unwrap();
    let bytes = vec![
        base.clone(),
        files["appendonlydir/appendonly.aof.2.incr.aof"].clone(),
    ];
    let now = now_h.now;
    let r = now_h.server.load_aof(now, &m, &bytes, &mut || 0.0);
    assert_eq!(r, Ok(crate::aof::load::Loaded::Ok { truncate: None }));
    let e = now_h.connect();
    assert_eq!(now_h.call(e, &["DBSIZE"]), b":2001\r\n");
    assert_eq!(now_h.call(e, &["GET", "k1"]), b"$7\r\nchanged\r\n");
    assert_eq!(now_h.call(e, &["EXISTS", "k2"]), b":0\r\n");
    assert_eq!(now_h.call(e, &["GET", "new"]), b"$1\r\n1\r\n");
    let info = h.call_text(c, &["INFO", "persistence"]);
    assert!(
        info.contains("aof_rewrites:1\r\n") && info.contains("aof_last_bgrewrite_status:ok\r\n"),
        "{info}"
    );
}

/// CONFIG SET appendonly yes with `aof-use-rdb-preamble no`: the first base is a
/// `.base.aof` of commands holding what was there before.
#[test]
fn turning_the_aof_on_writes_a_command_base() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    assert_eq!(h.call(c, &["SET", "before", "1"]), b"+OK\r\n");
    assert_eq!(
        h.call(c, &["CONFIG", "SET", "aof-use-rdb-preamble", "no"]),
        b"+OK\r\n"
    );
    assert_eq!(
        h.call(c, &["CONFIG", "SET", "appendonly", "yes"]),
        b"+OK\r\n"
    );
    let mut files = std::collections::BTreeMap::new();
    run_disk(&mut h, &mut files);
    assert_eq!(
        files["appendonlydir/appendonly.aof.manifest"],
        b"file appendonly.aof.1.base.aof seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n"
    );
    assert_eq!(
        files["appendonlydir/appendonly.aof.1.base.aof"],
        b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$6\r\nbefore\r\n$1\r\n1\r\n"
    );
}

/// Streams whose commands need care: never had an entry (MKSTREAM), every entry
/// deleted, trimmed to nothing: the file rebuilds their ids, counters and groups.
#[test]
fn empty_streams_round_trip() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    for args in [
        &["XGROUP", "CREATE", "never", "g", "$", "MKSTREAM"][..],
        &["XGROUP", "CREATECONSUMER", "never", "g", "c"],
        &["XADD", "deleted", "5-1", "f", "v"],
        &["XADD", "deleted", "6-1", "f", "v"],
        &["XDEL", "deleted", "5-1", "6-1"],
        &["XADD", "trimmed", "7-7", "f", "v"],
        &["XTRIM", "trimmed", "MAXLEN", "0"],
        &["XGROUP", "CREATE", "trimmed", "g", "0", "ENTRIESREAD", "1"],
    ] {
        assert!(!h.call(c, args).starts_with(b"-"), "{args:?}");
    }
    let file = base_of(&mut h);
    let mut loaded = load_base(&file);
    let d = loaded.connect();
    for key in ["never", "deleted", "trimmed"] {
        let args = ["XINFO", "STREAM", key, "FULL"];
        // Consumers' seen-time is the load's clock in both: the same virtual time.
        assert_eq!(h.call(c, &args), loaded.call(d, &args), "{key}");
    }
    // Written again from the loaded copy: the same file.
    assert_same(&base_of(&mut loaded), &file);
}
