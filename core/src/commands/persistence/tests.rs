//! SAVE, BGSAVE, save points, shutdown, FLUSHALL, MISCONF and DEBUG RELOAD through a
//! real [`Server`], with a virtual clock and a simulated disk; and the background
//! snapshot's consistency with every type, through commands. Replies and log lines are
//! Redis 7.0.15's (recorded against redis-server 7.0.15).

use std::collections::{HashMap, VecDeque};

use crate::client::ConnId;
use crate::config::Config;
use crate::keyspace::Db;
use crate::rdb::snapshot::Budget;
use crate::server::{DiskOp, Output, Server};
use crate::time::{Instant, Now};
use crate::util::rng::Rng;

/// A server, its clients, and a disk the test completes operations on.
struct Rig {
    server: Server,
    now: Now,
    disk: VecDeque<DiskOp>,
    logs: Vec<String>,
    shutdown: bool,
    files: HashMap<String, Vec<u8>>,
    conn: ConnId,
}

impl Rig {
    fn new(options: &[(&str, &str)]) -> Rig {
        let mut config = Config::default();
        for (name, value) in options {
            let values: Vec<String> = if value.is_empty() {
                vec![String::new()]
            } else {
                value.split(' ').map(str::to_string).collect()
            };
            config
                .apply(name, &values)
                .unwrap_or_else(|e| panic!("option {name}: {e}"));
        }
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1_000));
        let mut server = Server::new(config, now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        let mut rig = Rig {
            server,
            now,
            disk: VecDeque::new(),
            logs: Vec::new(),
            shutdown: false,
            files: HashMap::new(),
            conn,
        };
        rig.pump();
        rig
    }

    fn connect(&mut self) -> ConnId {
        let id = self
            .server
            .handle_accept(self.now, "127.0.0.1:40001", "127.0.0.1:6379");
        self.pump();
        id
    }

    fn pump(&mut self) {
        while let Some(out) = self.server.poll_output() {
            match out {
                Output::Disk(op) => self.disk.push_back(op),
                Output::Log { text, .. } => self.logs.push(text),
                Output::Shutdown => self.shutdown = true,
                _ => {}
            }
        }
    }

    /// Sends `args` on `conn`; returns what it answered so far.
    fn send_args(&mut self, conn: ConnId, args: &[&[u8]]) -> String {
        let req = crate::resp::encode_request(args);
        self.server.handle_read(self.now, conn, &req);
        self.pump();
        self.reply(conn)
    }

    fn on(&mut self, conn: ConnId, line: &str) -> String {
        let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        self.send_args(conn, &args)
    }

    fn q(&mut self, line: &str) -> String {
        self.on(self.conn, line)
    }

    /// Whatever `conn` has pending.
    fn reply(&mut self, conn: ConnId) -> String {
        let out = self.server.pending_output(conn).to_vec();
        self.server.consume_output(conn, out.len());
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Carries out the first disk operation with `result` (the simulated file system
    /// changes only on success). False if none was waiting.
    fn disk_step(&mut self, result: Result<(), String>) -> bool {
        let Some(op) = self.disk.pop_front() else {
            return false;
        };
        if result.is_ok() {
            match &op {
                DiskOp::WriteFile {
                    path,
                    bytes,
                    rename_to,
                    ..
                } => {
                    let to = rename_to.clone().unwrap_or_else(|| path.clone());
                    self.files.insert(to, bytes.clone());
                }
                DiskOp::Append { path, bytes, .. } => {
                    self.files.entry(path.clone()).or_default().extend(bytes);
                }
                DiskOp::Rename { from, to, .. } => {
                    let b = self.files.remove(from).expect("renamed file exists");
                    self.files.insert(to.clone(), b);
                }
                DiskOp::Remove { path, .. } => {
                    self.files.remove(path);
                }
                DiskOp::ReadFile { .. } => {}
            }
        }
        self.server.handle_disk_done(self.now, op.token(), result);
        self.pump();
        true
    }

    /// Completes every disk operation, those they lead to included.
    fn disk_all(&mut self) {
        let mut n = 0;
        while self.disk_step(Ok(())) {
            n += 1;
            assert!(n < 1_000_000, "disk operations never end");
        }
    }

    /// Completes operations until one of kind `fail` comes, which fails.
    fn disk_fail(&mut self, fail: fn(&DiskOp) -> bool, error: &str) {
        loop {
            let Some(op) = self.disk.front() else {
                panic!("no such operation came");
            };
            if fail(op) {
                self.disk_step(Err(error.to_string()));
                return;
            }
            self.disk_step(Ok(()));
        }
    }

    fn advance(&mut self, ms: u64) {
        self.now = self.now.advance_millis(ms);
        self.server.handle_timeout(self.now);
        self.pump();
    }

    fn info_field(&mut self, field: &str) -> String {
        let text = self.q("INFO persistence");
        text.split("\r\n")
            .find_map(|l| l.strip_prefix(&format!("{field}:")))
            .unwrap_or_else(|| panic!("no {field} in {text}"))
            .to_string()
    }

    fn logged(&self, text: &str) -> bool {
        self.logs.iter().any(|l| l == text)
    }

    /// The databases of the file `name`, loaded with expired keys kept.
    fn load(&self, name: &str) -> Vec<Db> {
        let bytes = self.files.get(name).expect("file written");
        let node = self.server.node();
        let mut dbs: Vec<Db> = (0..node.config.databases)
            .map(|_| Db::new(node.hasher))
            .collect();
        let opts = crate::rdb::load::LoadOptions {
            config: &node.config,
            hasher: node.hasher,
            now_ms: 0,
            keep_expired: true,
        };
        crate::rdb::load::load(bytes, &mut dbs, &opts).expect("the file loads");
        dbs
    }
}

const MISCONF: &str = "-MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.\r\n";

fn is_rename(op: &DiskOp) -> bool {
    matches!(op, DiskOp::Rename { .. })
}

fn is_create(op: &DiskOp) -> bool {
    matches!(op, DiskOp::WriteFile { .. })
}

#[test]
fn save_bgsave_and_lastsave() {
    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    r.q("RPUSH l x y");
    let before: i64 = r.q("LASTSAVE")[1..].trim().parse().expect("int");
    r.advance(3_000);
    assert_eq!(r.q("SAVE"), "", "SAVE waits for the file");
    let other = r.connect();
    assert_eq!(
        r.on(other, "GET a"),
        "$1\r\n1\r\n",
        "others are served meanwhile"
    );
    r.disk_all();
    assert_eq!(r.reply(r.conn), "+OK\r\n");
    assert!(r.logged("DB saved on disk"));
    let lastsave: i64 = r.q("LASTSAVE")[1..].trim().parse().expect("int");
    assert!(lastsave >= before + 3);
    assert_eq!(r.info_field("rdb_changes_since_last_save"), "0");
    assert_eq!(r.info_field("rdb_saves"), "1");
    let dbs = r.load("dump.rdb");
    assert_eq!(dbs[0].len(), 2);
    assert!(
        r.files.keys().all(|k| k == "dump.rdb"),
        "{:?}",
        r.files.keys()
    );

    assert_eq!(r.q("BGSAVE x"), "-ERR syntax error\r\n");
    assert_eq!(r.q("BGSAVE schedule x"), "-ERR syntax error\r\n");
    assert_eq!(r.q("BGSAVE"), "+Background saving started\r\n");
    assert_eq!(r.info_field("rdb_bgsave_in_progress"), "1");
    assert_eq!(
        r.q("BGSAVE"),
        "-ERR Background save already in progress\r\n"
    );
    assert_eq!(r.q("SAVE"), "-ERR Background save already in progress\r\n");
    r.disk_all();
    assert!(r.logged("Background saving started"));
    assert!(r.logged("Background saving terminated with success"));
    assert_eq!(r.info_field("rdb_bgsave_in_progress"), "0");
    assert_eq!(r.info_field("rdb_last_bgsave_status"), "ok");
    assert_eq!(r.info_field("rdb_last_bgsave_time_sec"), "0");
    assert_eq!(r.q("BGSAVE SCHEDULE"), "+Background saving started\r\n");
    r.disk_all();
    // SAVE, BGSAVE, BGSAVE SCHEDULE: refused ones do not count.
    assert_eq!(r.info_field("rdb_saves"), "3");
    assert_eq!(
        r.q("SAVE x"),
        "-ERR wrong number of arguments for 'save' command\r\n"
    );
}

#[test]
fn failed_bgsave_refuses_writes() {
    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    r.q("BGSAVE");
    r.disk_fail(is_rename, "Is a directory");
    assert!(
        r.logs
            .iter()
            .any(|l| l.starts_with("Error moving temp DB file temp-")
                && l.ends_with(
                    "on the final destination dump.rdb (in server root dir .): Is a directory"
                ))
    );
    assert!(r.logged("Background saving error"));
    assert_eq!(r.info_field("rdb_last_bgsave_status"), "err");
    r.disk_all();
    assert!(r.files.is_empty(), "the temp file is removed");
    assert_eq!(r.q("SET x 1"), MISCONF);
    assert_eq!(r.q("PING"), MISCONF);
    assert_eq!(r.q("GET a"), "$1\r\n1\r\n");
    assert_eq!(r.q("MULTI"), "+OK\r\n");
    assert_eq!(r.q("SET a 1"), MISCONF);
    assert_eq!(r.q("GET a"), "+QUEUED\r\n");
    assert_eq!(
        r.q("EXEC"),
        "-EXECABORT Transaction discarded because of previous errors.\r\n"
    );
    // A failed SAVE answers -ERR and leaves the status.
    r.q("CONFIG SET stop-writes-on-bgsave-error no");
    assert_eq!(r.q("SET x 1"), "+OK\r\n");
    r.q("CONFIG SET stop-writes-on-bgsave-error yes");
    r.q("SAVE");
    r.disk_fail(is_create, "Permission denied");
    assert_eq!(r.reply(r.conn), "-ERR\r\n");
    assert!(
        r.logs
            .iter()
            .any(|l| l.starts_with("Failed opening the temp RDB file temp-"))
    );
    assert_eq!(r.q("SET x 1"), MISCONF);
    let c = r.conn;
    assert_eq!(
        r.send_args(c, &[b"CONFIG", b"SET", b"save", b""]),
        "+OK\r\n"
    );
    assert_eq!(r.q("SET x 2"), "+OK\r\n");
    assert_eq!(
        r.send_args(c, &[b"CONFIG", b"SET", b"save", b"3600 1"]),
        "+OK\r\n"
    );
    // A successful SAVE clears it.
    r.q("SAVE");
    r.disk_all();
    assert_eq!(r.reply(r.conn), "+OK\r\n");
    assert_eq!(r.q("SET x 3"), "+OK\r\n");
    assert_eq!(r.info_field("rdb_last_bgsave_status"), "ok");
}

#[test]
fn save_points_and_retry_delay() {
    let mut r = Rig::new(&[("save", "10 2")]);
    r.q("SET a 1");
    r.advance(11_000);
    assert!(r.disk.is_empty(), "one change is not enough");
    r.q("SET b 1");
    r.advance(200);
    assert!(r.logged("2 changes in 10 seconds. Saving..."));
    r.disk_fail(is_rename, "No space left on device");
    r.logs.clear();
    r.disk_all();
    // Failed: retried only after 5 seconds.
    r.advance(3_000);
    assert!(!r.logged("2 changes in 10 seconds. Saving..."));
    r.advance(3_000);
    assert!(r.logged("2 changes in 10 seconds. Saving..."));
    r.disk_all();
    assert_eq!(r.info_field("rdb_last_bgsave_status"), "ok");
    assert_eq!(r.info_field("rdb_changes_since_last_save"), "0");
}

#[test]
fn shutdown_saves_first_and_holds_other_clients() {
    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    let other = r.connect();
    assert_eq!(r.q("SHUTDOWN"), "");
    assert!(r.logged("Saving the final RDB snapshot before exiting."));
    assert_eq!(r.on(other, "SET a 2"), "", "held while the final save runs");
    r.disk_fail(is_rename, "Is a directory");
    assert!(r.logged("Error trying to save the DB, can't exit."));
    assert!(
        r.logged("Errors trying to shut down the server. Check the logs for more information.")
    );
    assert_eq!(
        r.reply(r.conn),
        "-ERR Errors trying to SHUTDOWN. Check logs.\r\n"
    );
    assert_eq!(r.reply(other), "+OK\r\n", "served once the shutdown failed");
    assert!(!r.shutdown);
    r.disk_all();
    // FORCE exits anyway.
    r.q("SHUTDOWN FORCE");
    r.disk_fail(is_rename, "Is a directory");
    assert!(r.logged("Error trying to save the DB. Exit anyway."));
    assert!(r.shutdown);

    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    r.q("BGSAVE");
    assert_eq!(r.q("SHUTDOWN"), "");
    assert!(r.logged("There is a child saving an .rdb. Killing it!"));
    r.disk_all();
    assert!(r.shutdown);
    assert_eq!(r.load("dump.rdb")[0].len(), 1);
    assert_eq!(r.files.len(), 1, "the killed save's temp file is gone");

    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    assert_eq!(r.q("SHUTDOWN NOSAVE"), "");
    assert!(r.shutdown && r.disk.is_empty());

    let mut r = Rig::new(&[("save", "")]);
    r.q("SET a 1");
    r.q("SHUTDOWN");
    assert!(r.shutdown && r.disk.is_empty());
    let mut r = Rig::new(&[("save", "")]);
    r.q("SHUTDOWN SAVE");
    assert!(!r.shutdown);
    r.disk_all();
    assert!(r.shutdown);
}

#[test]
fn signal_saves_when_save_points_exist() {
    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    r.server.handle_shutdown(r.now);
    r.pump();
    assert!(!r.shutdown);
    r.disk_fail(is_rename, "Is a directory");
    assert!(r.logged(
        "SIGTERM received but errors trying to shut down the server, check the logs for more information"
    ));
    assert_eq!(r.q("GET a"), "$1\r\n1\r\n");
    r.server.handle_shutdown(r.now);
    r.pump();
    r.disk_all();
    assert!(r.shutdown);
    // A second signal while saving exits at once.
    let mut r = Rig::new(&[]);
    r.server.handle_shutdown(r.now);
    r.server.handle_shutdown(r.now);
    r.pump();
    assert!(r.shutdown && r.logged("You insist... exiting now."));
    let mut r = Rig::new(&[("save", "")]);
    r.server.handle_shutdown(r.now);
    r.pump();
    assert!(r.shutdown && r.disk.is_empty());
}

#[test]
fn flushall_ends_bgsave_and_saves_the_empty_dataset() {
    let mut r = Rig::new(&[]);
    r.q("SET a 1");
    r.q("BGSAVE");
    r.disk_step(Ok(()));
    assert_eq!(r.q("FLUSHALL"), "+OK\r\n");
    assert!(r.logged("Background saving terminated by signal 10"));
    r.disk_all();
    assert!(r.load("dump.rdb").iter().all(Db::is_empty));
    assert_eq!(r.files.len(), 1);
    assert_eq!(r.info_field("rdb_last_bgsave_status"), "ok");
    assert_eq!(r.info_field("rdb_changes_since_last_save"), "0");
    // A foreground save goes on through FLUSHALL: its file is the data of its start.
    r.q("SET b 1");
    r.q("SAVE");
    let other = r.connect();
    r.on(other, "FLUSHALL");
    r.disk_step(Ok(()));
    r.disk_step(Ok(()));
    assert_eq!(r.reply(r.conn), "+OK\r\n");
    assert_eq!(r.load("dump.rdb")[0].len(), 1);
    r.disk_all();
    assert!(r.load("dump.rdb").iter().all(Db::is_empty));
}

#[test]
fn info_persistence_during_a_save() {
    let mut r = Rig::new(&[]);
    for i in 0..2_000 {
        r.q(&format!("SET k{i} v"));
    }
    r.server.node_mut().persist.budget = Budget {
        bytes: 100,
        visits: 10,
    };
    r.q("BGSAVE");
    r.disk_step(Ok(()));
    r.disk_step(Ok(()));
    r.advance(2_000);
    assert_eq!(r.info_field("current_save_keys_total"), "2000");
    let done: u64 = r
        .info_field("current_save_keys_processed")
        .parse()
        .expect("n");
    assert!(done > 0 && done < 2000, "{done}");
    assert_eq!(r.info_field("rdb_current_bgsave_time_sec"), "2");
    r.disk_all();
    assert_eq!(r.info_field("current_save_keys_total"), "0");
    assert_eq!(r.info_field("rdb_current_bgsave_time_sec"), "-1");
    assert_eq!(r.info_field("rdb_last_bgsave_time_sec"), "2");
}

#[test]
fn debug_reload_round_trips() {
    let mut r = Rig::new(&[("enable-debug-command", "yes")]);
    r.q("SET a 1");
    r.q("HSET h f v");
    r.q("PEXPIRE a 100000");
    assert_eq!(
        r.q("DEBUG RELOAD foo"),
        "-ERR DEBUG RELOAD only supports the MERGE, NOFLUSH and NOSAVE options.\r\n"
    );
    assert_eq!(r.q("DEBUG RELOAD"), "");
    assert!(r.logged("DB reloaded by DEBUG RELOAD"));
    r.disk_all();
    assert_eq!(r.reply(r.conn), "+OK\r\n");
    assert_eq!(r.q("HGET h f"), "$1\r\nv\r\n");
    assert_eq!(r.q("PTTL a"), ":100000\r\n");
    assert_eq!(r.load("dump.rdb")[0].len(), 2);
    assert_eq!(r.q("DEBUG RELOAD MERGE NOFLUSH"), "");
    r.disk_all();
    assert_eq!(r.reply(r.conn), "+OK\r\n");
    // During a background save: the save's file is still its start's data.
    r.server.node_mut().persist.budget = Budget {
        bytes: 10,
        visits: 1,
    };
    r.q("BGSAVE");
    r.q("SET b 2");
    assert_eq!(r.q("DEBUG RELOAD"), "");
    r.disk_all();
    assert_eq!(r.reply(r.conn), "+OK\r\n");
    assert_eq!(r.q("GET b"), "$1\r\n2\r\n");
    assert!(r.logged("Background saving terminated with success"));
}

/// The file of a BGSAVE holds every database exactly as it was when BGSAVE ran,
/// whatever commands run during the save (every type, expiries, lazy and active
/// expiry, RENAME, MOVE, COPY, SWAPDB, FLUSHDB), between slices of random sizes.
#[test]
fn bgsave_file_is_the_dataset_at_the_start() {
    let seed = crate::testkit::qc_seed();
    let mut rng = Rng::new(seed);
    let runs: u64 = std::env::var("QUICKCHECK_TESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    for run in 0..runs {
        let mut r = Rig::new(&[("databases", "4"), ("save", "")]);
        let key = |rng: &mut Rng| format!("k{}", rng.below(400));
        let command = |rng: &mut Rng| -> String {
            let k = key(rng);
            let v = rng.below(1_000);
            match rng.below(22) {
                0 => format!("SET {k} {v}"),
                1 => format!(
                    "SET {k} {} PX {}",
                    "x".repeat(rng.below(60) as usize + 1),
                    1 + rng.below(3_000)
                ),
                2 => format!("APPEND {k} {v}"),
                3 => format!("INCR {k}"),
                4 => format!("RPUSH {k} {v} a b"),
                5 => format!("LPOP {k}"),
                6 => format!("HSET {k} f{} {v}", rng.below(5)),
                7 => format!("HDEL {k} f{}", rng.below(5)),
                8 => format!("SADD {k} {v} {}", rng.below(10)),
                9 => format!("SREM {k} {v}"),
                10 => format!("ZADD {k} {v} m{}", rng.below(8)),
                11 => format!("XADD {k} * f {v}"),
                12 => format!("DEL {k}"),
                13 => format!("PEXPIRE {k} {}", 1 + rng.below(2_000)),
                14 => format!("PERSIST {k}"),
                15 => format!("RENAME {k} {}", key(rng)),
                16 => format!("MOVE {k} {}", rng.below(4)),
                17 => format!("COPY {k} {} DB {} REPLACE", key(rng), rng.below(4)),
                18 => format!("SWAPDB {} {}", rng.below(4), rng.below(4)),
                19 if rng.below(8) == 0 => "FLUSHDB".to_string(),
                20 => format!("GET {k}"),
                _ => format!("SELECT {}", rng.below(4)),
            }
        };
        for d in 0..4 {
            r.q(&format!("SELECT {d}"));
            for i in 0..300 {
                r.q(&format!("SET k{i} {}", rng.below(1_000_000)));
            }
        }
        for _ in 0..1_500 {
            let c = command(&mut rng);
            r.q(&c);
        }
        r.q("SELECT 0");
        r.server.node_mut().persist.budget = Budget {
            bytes: 1 + rng.below(2_000) as usize,
            visits: 1 + rng.below(30) as usize,
        };
        let before: Vec<Db> = r.server.node().dbs.clone();
        assert_eq!(r.q("BGSAVE"), "+Background saving started\r\n");
        let mut steps = 0;
        while r.server.node().persist.saving() {
            steps += 1;
            assert!(steps < 100_000, "run {run}: the save never ends");
            match rng.below(12) {
                0 => {
                    r.disk_step(Ok(()));
                }
                1 => r.advance(rng.below(300)),
                _ => {
                    let c = command(&mut rng);
                    r.q(&c);
                }
            }
        }
        assert!(
            r.logged("Background saving terminated with success"),
            "run {run}"
        );
        let after = r.load("dump.rdb");
        for (i, (want, got)) in before.iter().zip(&after).enumerate() {
            assert_eq!(got.len(), want.len(), "run {run} (seed {seed}) db {i}");
            for (k, v, e) in want.iter() {
                let found = got.peek(k, 0).map(|g| (record(g), got.expire_at(k)));
                assert_eq!(
                    found,
                    Some((record(v), e)),
                    "run {run} (seed {seed}) db {i} key {}",
                    String::from_utf8_lossy(k)
                );
            }
        }
    }
}

/// A value's content, comparable whatever its encoding: hashes and sets sorted, the
/// ordered types as their RDB body after a round trip through the loader (which
/// rebuilds them in the encoding their content calls for).
fn record(v: &crate::types::Value) -> Vec<u8> {
    use crate::types::Value;
    match v {
        Value::Hash(h) => {
            let mut pairs: Vec<(Vec<u8>, Vec<u8>)> =
                h.iter().map(|(f, v)| (f.to_vec(), v.to_vec())).collect();
            pairs.sort();
            format!("hash {pairs:?}").into_bytes()
        }
        Value::Set(set) => {
            let mut members: Vec<Vec<u8>> = set.iter().map(|e| e.to_vec()).collect();
            members.sort();
            format!("set {members:?}").into_bytes()
        }
        _ => {
            let mut enc = crate::rdb::write::Encoder::new(false);
            let mut out = Vec::new();
            crate::rdb::save::write_object(&mut out, v, &mut enc);
            let config = Config::default();
            let opts = crate::rdb::load::LoadOptions {
                config: &config,
                hasher: crate::keyspace::KeyHasher::new(1, 2),
                now_ms: 0,
                keep_expired: true,
            };
            match crate::rdb::load::read_object(crate::rdb::save::object_type(v), &out, &opts) {
                Ok((Some(back), _)) => {
                    let mut again = vec![crate::rdb::save::object_type(&back)];
                    crate::rdb::save::write_object(&mut again, &back, &mut enc);
                    again
                }
                other => panic!("value does not read back: {other:?}"),
            }
        }
    }
}

/// The bytes of the disk operation waiting first (a save's chunk).
fn chunk_len(r: &Rig) -> usize {
    match r.disk.front() {
        Some(DiskOp::WriteFile { bytes, .. } | DiskOp::Append { bytes, .. }) => bytes.len(),
        other => panic!("no chunk waits: {other:?}"),
    }
}

/// With the runtime's clock (here a virtual one that moves 10 µs at every reading), a
/// slice after the loop served clients takes at most half the time they took
/// ([`crate::rdb::snapshot::pace`]); a slice after the loop only waited for the disk
/// is bounded by the byte and key budget alone. Under a load that never stops, the
/// save still ends, and its file is the dataset of its start.
#[test]
fn slices_are_paced_by_the_time_spent_serving_clients() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    let mut r = Rig::new(&[("save", "")]);
    for batch in 0..20 {
        let mut line = String::from("MSET");
        for i in 0..1_000 {
            line.push_str(&format!(" k{} v", batch * 1_000 + i));
        }
        assert_eq!(r.q(&line), "+OK\r\n");
    }
    let ns = Arc::new(AtomicU64::new(1_000_000_000));
    let reading = Arc::clone(&ns);
    r.server
        .set_clock(move || Instant::from_nanos(reading.fetch_add(10_000, Ordering::Relaxed)));
    let other = r.connect();
    assert_eq!(r.q("BGSAVE"), "+Background saving started\r\n");
    // The temp file with the header and the first slice.
    assert!(r.disk_step(Ok(())));
    // No input before this completion: a full slice (the key budget, 2,048 keys of
    // about ten bytes).
    let idle = chunk_len(&r);
    assert!(idle > 10_000, "{idle}");
    assert!(r.disk_step(Ok(())));
    // The loop serves a client for 400 µs: the next slice gets 200 µs, 20 readings.
    assert_eq!(r.on(other, "PING"), "+PONG\r\n");
    ns.fetch_add(400_000, Ordering::Relaxed);
    assert!(r.disk_step(Ok(())));
    let paced = chunk_len(&r);
    assert!(paced > 0 && paced < idle / 2, "{paced} vs {idle}");
    // A client served briefly between slices (20 µs, and the readings of its
    // commands): the floor still moves the save on at every slice, and it ends.
    let mut rounds = 0;
    while r.server.node().persist.saving() {
        let before = r.info_field("current_save_keys_processed");
        assert_eq!(r.on(other, "PING"), "+PONG\r\n");
        ns.fetch_add(20_000, Ordering::Relaxed);
        assert!(r.disk_step(Ok(())));
        rounds += 1;
        assert!(rounds < 20_000, "the save never ends");
        if before != "20000" {
            assert_ne!(r.info_field("current_save_keys_processed"), before);
        }
    }
    r.disk_all();
    assert!(r.logged("Background saving terminated with success"));
    let dbs = r.load("dump.rdb");
    assert_eq!(dbs[0].len(), 20_000);
}
