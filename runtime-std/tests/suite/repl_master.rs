//! Replication, master side, against the real thing: redis-server 7.0.15 started as a
//! replica of one of our binaries must full-sync (diskless and disk-based), follow
//! writes of every type made before, during and after its sync, be counted by WAIT,
//! and resume with a partial resync when its link is killed. Every wait is a bounded
//! poll. Without redis-server the checks say so and check nothing. Each runtime's
//! `tests/repl_master.rs` includes this file beside the suite and runs it against its
//! binary.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use redis::Connection;

use crate::suite::{Scratch, Server, info, scratch_dir, wait_for};

/// A redis-server process, killed when dropped.
struct Redis {
    child: Child,
    port: u16,
    dir: Scratch,
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Redis {
    fn client(&self) -> Connection {
        redis::Client::open(format!("redis://127.0.0.1:{}/", self.port))
            .expect("client")
            .get_connection_with_timeout(Duration::from_secs(5))
            .expect("connect to redis-server")
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("redis.log")).unwrap_or_default()
    }
}

fn redis_server() -> Option<String> {
    let path = std::env::var("REDIS_SERVER").unwrap_or_else(|_| "/usr/bin/redis-server".into());
    std::path::Path::new(&path).exists().then_some(path)
}

fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    l.local_addr().expect("local addr").port()
}

/// Starts redis-server as a replica of 127.0.0.1:`master_port` and waits until it
/// answers PING.
fn start_replica(redis: &str, master_port: u16) -> Redis {
    let dir = scratch_dir("replica", "redis-server");
    let port = free_port();
    let child = Command::new(redis)
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--replicaof", "127.0.0.1", &master_port.to_string()])
        .args(["--save", "", "--appendonly", "no"])
        .arg("--dir")
        .arg(&*dir)
        .args(["--logfile", "redis.log"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn redis-server");
    let r = Redis { child, port, dir };
    wait_for("redis-server to accept", Duration::from_secs(10), || {
        redis::Client::open(format!("redis://127.0.0.1:{port}/"))
            .ok()
            .and_then(|c| {
                c.get_connection_with_timeout(Duration::from_millis(200))
                    .ok()
            })
            .is_some()
    });
    r
}

fn info_field(text: &str, name: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .map(|v| v.trim().to_string())
}

/// Writes keys of every type, named after `tag`, in databases 0 and 3.
fn write_every_type(con: &mut Connection, tag: &str, n: usize) {
    let mut pipe = redis::pipe();
    pipe.cmd("SELECT").arg(0).ignore();
    for i in 0..n {
        pipe.cmd("SET")
            .arg(format!("{tag}:s:{i}"))
            .arg(format!("v{i}"))
            .ignore();
    }
    for i in 0..n / 10 {
        pipe.cmd("RPUSH")
            .arg(format!("{tag}:l:{i}"))
            .arg(&["a", "b", "c"])
            .ignore();
        pipe.cmd("HSET")
            .arg(format!("{tag}:h:{i}"))
            .arg(&["f1", "1", "f2", "2"])
            .ignore();
        pipe.cmd("SADD")
            .arg(format!("{tag}:set:{i}"))
            .arg(&["x", "y", "z", "17"])
            .ignore();
        pipe.cmd("ZADD")
            .arg(format!("{tag}:z:{i}"))
            .arg(&["1", "one", "2.5", "two"])
            .ignore();
        // An explicit id: `*` goes out as sent until XADD's rewrite lands.
        pipe.cmd("XADD")
            .arg(format!("{tag}:x:{i}"))
            .arg("1-1")
            .arg(&["f", "v"])
            .ignore();
        pipe.cmd("PFADD")
            .arg(format!("{tag}:hll:{i}"))
            .arg(&["a", "b", "c"])
            .ignore();
        pipe.cmd("SET")
            .arg(format!("{tag}:ttl:{i}"))
            .arg("v")
            .arg("EX")
            .arg(10_000)
            .ignore();
    }
    pipe.cmd("INCR").arg(format!("{tag}:counter")).ignore();
    pipe.cmd("LPOP").arg(format!("{tag}:l:0")).ignore();
    pipe.cmd("DEL").arg(format!("{tag}:s:1")).ignore();
    pipe.cmd("SELECT").arg(3).ignore();
    pipe.cmd("SET")
        .arg(format!("{tag}:db3"))
        .arg("three")
        .ignore();
    pipe.cmd("HSET")
        .arg(format!("{tag}:db3:h"))
        .arg(&["a", "b"])
        .ignore();
    pipe.cmd("SELECT").arg(0).ignore();
    let () = pipe.query(con).expect("write pipeline");
}

/// A key's content as a comparable text (collections sorted), and its absolute
/// expiry in ms (-1: none).
fn describe(con: &mut Connection, key: &[u8]) -> (String, i64) {
    let t: String = redis::cmd("TYPE").arg(key).query(con).expect("TYPE");
    let content = match t.as_str() {
        "string" => {
            let v: Vec<u8> = redis::cmd("GET").arg(key).query(con).expect("GET");
            format!("{v:?}")
        }
        "list" => {
            let v: Vec<Vec<u8>> = redis::cmd("LRANGE")
                .arg(key)
                .arg(0)
                .arg(-1)
                .query(con)
                .expect("LRANGE");
            format!("{v:?}")
        }
        "hash" => {
            let mut v: Vec<(Vec<u8>, Vec<u8>)> =
                redis::cmd("HGETALL").arg(key).query(con).expect("HGETALL");
            v.sort();
            format!("{v:?}")
        }
        "set" => {
            let mut v: Vec<Vec<u8>> = redis::cmd("SMEMBERS")
                .arg(key)
                .query(con)
                .expect("SMEMBERS");
            v.sort();
            format!("{v:?}")
        }
        "zset" => {
            let v: Vec<(Vec<u8>, String)> = redis::cmd("ZRANGE")
                .arg(key)
                .arg(0)
                .arg(-1)
                .arg("WITHSCORES")
                .query(con)
                .expect("ZRANGE");
            format!("{v:?}")
        }
        "stream" => {
            let v: redis::Value = redis::cmd("XRANGE")
                .arg(key)
                .arg("-")
                .arg("+")
                .query(con)
                .expect("XRANGE");
            format!("{v:?}")
        }
        other => other.to_string(),
    };
    let exp: i64 = redis::cmd("PEXPIRETIME")
        .arg(key)
        .query(con)
        .expect("PEXPIRETIME");
    (format!("{t} {content}"), exp)
}

/// Whether the replica's databases 0..16 hold what ours hold. Expiry times may differ
/// by the time the command took to reach the replica, until SET EX goes out as PXAT.
fn same_data(ours: &mut Connection, theirs: &mut Connection) -> Result<(), String> {
    for db in 0..16 {
        let _: () = redis::cmd("SELECT")
            .arg(db)
            .query(ours)
            .map_err(|e| e.to_string())?;
        let _: () = redis::cmd("SELECT")
            .arg(db)
            .query(theirs)
            .map_err(|e| e.to_string())?;
        let a: i64 = redis::cmd("DBSIZE")
            .query(ours)
            .map_err(|e| e.to_string())?;
        let b: i64 = redis::cmd("DBSIZE")
            .query(theirs)
            .map_err(|e| e.to_string())?;
        if a != b {
            return Err(format!("db {db}: {a} keys here, {b} on the replica"));
        }
        let keys: Vec<Vec<u8>> = redis::cmd("KEYS")
            .arg("*")
            .query(ours)
            .map_err(|e| e.to_string())?;
        for key in keys {
            let (va, ea) = describe(ours, &key);
            let (vb, eb) = describe(theirs, &key);
            if va != vb {
                return Err(format!(
                    "db {db} key {}: {va} here, {vb} on the replica",
                    String::from_utf8_lossy(&key)
                ));
            }
            if (ea < 0) != (eb < 0) || (ea - eb).abs() > 5_000 {
                return Err(format!(
                    "db {db} key {}: expires {ea} here, {eb} on the replica",
                    String::from_utf8_lossy(&key)
                ));
            }
        }
    }
    let _: () = redis::cmd("SELECT")
        .arg(0)
        .query(ours)
        .map_err(|e| e.to_string())?;
    let _: () = redis::cmd("SELECT")
        .arg(0)
        .query(theirs)
        .map_err(|e| e.to_string())?;
    Ok(())
}

fn wait_same_data(ours: &mut Connection, theirs: &mut Connection) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match same_data(ours, theirs) {
            Ok(()) => return,
            Err(e) => {
                assert!(Instant::now() < deadline, "replica never caught up: {e}");
                thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

/// The whole story against one framing: full sync with writes before, during and
/// after it; WAIT; a killed link resumed with a partial resync.
pub fn replica_follows_us(bin: &str, diskless: bool) {
    let Some(redis) = redis_server() else {
        eprintln!("no redis-server: nothing checked");
        return;
    };
    let ours = Server::start(
        bin,
        &[
            "--save",
            "",
            "--repl-diskless-sync",
            if diskless { "yes" } else { "no" },
            "--repl-diskless-sync-delay",
            "1",
        ],
    );
    let mut con = ours.client();
    write_every_type(&mut con, "before", 5_000);

    // Writes keep coming while the replica syncs.
    let port = ours.port;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        thread::spawn(move || {
            let mut con = redis::Client::open(format!("redis://127.0.0.1:{port}/"))
                .expect("client")
                .get_connection()
                .expect("connect");
            let mut round = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) && round < 100 {
                write_every_type(&mut con, &format!("during{round}"), 50);
                round += 1;
            }
        })
    };
    let replica = start_replica(&redis, ours.port);
    let mut theirs = replica.client();
    wait_for("master_link_status:up", Duration::from_secs(60), || {
        info_field(&info(&mut theirs, "replication"), "master_link_status").as_deref() == Some("up")
    });
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.join().expect("writer thread");
    write_every_type(&mut con, "after", 500);
    wait_same_data(&mut con, &mut theirs);

    let log = replica.log();
    if diskless {
        assert!(
            log.contains("receiving streamed RDB from master with EOF"),
            "{log}"
        );
    } else {
        assert!(
            log.contains("receiving ") && log.contains(" bytes from master to disk"),
            "{log}"
        );
    }

    // WAIT counts the replica once it acknowledged this client's last write.
    let _: () = redis::cmd("SET")
        .arg("wait:key")
        .arg("1")
        .query(&mut con)
        .expect("SET");
    let acked: i64 = redis::cmd("WAIT")
        .arg(1)
        .arg(10_000)
        .query(&mut con)
        .expect("WAIT");
    assert_eq!(acked, 1);
    let role: redis::Value = redis::cmd("ROLE").query(&mut con).expect("ROLE");
    assert!(format!("{role:?}").contains("master"), "{role:?}");
    let ours_info = info(&mut con, "replication");
    assert_eq!(
        info_field(&ours_info, "connected_slaves").as_deref(),
        Some("1"),
        "{ours_info}"
    );
    assert!(
        ours_info.contains(&format!(
            "slave0:ip=127.0.0.1,port={},state=online",
            replica.port
        )),
        "{ours_info}"
    );
    // Both ends count the same stream.
    let _: () = redis::cmd("SET")
        .arg("offset:key")
        .arg("1")
        .query(&mut con)
        .expect("SET");
    let _: i64 = redis::cmd("WAIT")
        .arg(1)
        .arg(10_000)
        .query(&mut con)
        .expect("WAIT");
    wait_for("equal offsets", Duration::from_secs(10), || {
        let a = info_field(&info(&mut con, "replication"), "master_repl_offset");
        let b = info_field(&info(&mut theirs, "replication"), "slave_repl_offset");
        a.is_some() && a == b
    });

    // The link drops: the replica continues from the backlog.
    let _: redis::Value = redis::cmd("CLIENT")
        .arg("KILL")
        .arg("TYPE")
        .arg("master")
        .query(&mut theirs)
        .expect("CLIENT KILL");
    write_every_type(&mut con, "while-down", 200);
    wait_for("a partial resync", Duration::from_secs(30), || {
        replica
            .log()
            .contains("Successful partial resynchronization with master")
    });
    let stats = info(&mut con, "stats");
    assert_eq!(
        info_field(&stats, "sync_partial_ok").as_deref(),
        Some("1"),
        "{stats}"
    );
    assert_eq!(
        info_field(&stats, "sync_full").as_deref(),
        Some("1"),
        "{stats}"
    );
    write_every_type(&mut con, "after-resync", 200);
    wait_same_data(&mut con, &mut theirs);
    let _: () = redis::cmd("SET")
        .arg("wait:key")
        .arg("2")
        .query(&mut con)
        .expect("SET");
    let acked: i64 = redis::cmd("WAIT")
        .arg(1)
        .arg(10_000)
        .query(&mut con)
        .expect("WAIT");
    assert_eq!(acked, 1);
}
