//! Replication with redis-server 7.0.15 as the master and our binary as its replica
//! (`--replicaof`): full sync from disk or diskless, the master's writes of every type
//! followed, and a partial resync after the link is killed from either side. Every
//! wait polls a condition with a bound.

use super::*;

/// The value of `field` in INFO `section`.
fn info_field(con: &mut redis::Connection, section: &str, field: &str) -> String {
    let text = info(con, section);
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .unwrap_or_default()
        .to_string()
}

/// Writes of every type made on the master after the sync, in two databases, with a
/// transaction, expiries (relative ones the master rewrites to absolute times) and a
/// key that expires on the master (its DEL must reach the replica).
fn write_load(con: &mut redis::Connection, round: u32) {
    let q = |con: &mut redis::Connection, args: &[&str]| {
        let mut cmd = redis::cmd(args[0]);
        for a in &args[1..] {
            cmd.arg(*a);
        }
        let _: redis::Value = cmd.query(con).expect("write");
    };
    let r = round.to_string();
    q(con, &["SELECT", "0"]);
    q(con, &["SET", &format!("after:{r}"), &r]);
    q(con, &["INCRBY", "counter", "7"]);
    q(con, &["RPUSH", "list:small", &r, "x"]);
    q(con, &["LPOP", "list:big"]);
    q(con, &["HSET", "hash:after", "f", &r, "g", "2"]);
    q(con, &["SADD", "set:after", &r, "m"]);
    q(con, &["ZADD", "zset:after", "1.5", &r, "-3", "m"]);
    q(con, &["XADD", "stream:after", "*", "f", &r]);
    q(con, &["SET", "ex:after", "v", "EX", "1000"]);
    q(con, &["SET", "short", "v", "PX", "1"]);
    q(con, &["DEL", "str"]);
    q(con, &["MULTI"]);
    q(con, &["INCR", "in:multi"]);
    q(con, &["APPEND", "in:multi:s", "ab"]);
    q(con, &["EXEC"]);
    q(con, &["SELECT", "3"]);
    q(con, &["SET", &format!("db3:{r}"), "v"]);
    q(con, &["SELECT", "0"]);
    // `short` expired on the master: reading it there sends DEL to the replica.
    wait_for("short to expire", Duration::from_secs(5), || {
        let v: Option<String> = redis::cmd("GET").arg("short").query(con).expect("GET");
        v.is_none()
    });
}

/// Waits until `ours` has the link up and the same keyspace as `master`.
fn wait_in_sync(master: &mut redis::Connection, ours: &mut redis::Connection) {
    wait_for("master_link_status:up", Duration::from_secs(20), || {
        info_field(ours, "replication", "master_link_status") == "up"
    });
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // A string APPENDed to is `raw` where the command ran and `embstr` where an
        // RDB brought it (a Redis replica too): the two count as one here.
        let plain = |m: std::collections::BTreeMap<(u8, Vec<u8>), String>| {
            m.into_iter()
                .map(|(k, v)| (k, v.replacen("string embstr ", "string raw ", 1)))
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let (want, got) = (plain(keyspace(master)), plain(keyspace(ours)));
        if want == got {
            return;
        }
        if Instant::now() > deadline {
            let differ: Vec<String> = want
                .keys()
                .chain(got.keys())
                .filter(|k| want.get(*k) != got.get(*k))
                .map(|k| {
                    let cut = |v: Option<&String>| {
                        v.map_or("missing".to_string(), |v| v.chars().take(120).collect())
                    };
                    format!(
                        "{k:?}: master {} / replica {}",
                        cut(want.get(k)),
                        cut(got.get(k))
                    )
                })
                .collect();
            panic!("the replica's keyspace never matched: {differ:#?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

/// Our binary as the replica of redis-server 7.0.15 (`diskless`: `$EOF:` framing).
pub fn replica_of_redis(bin: &str, diskless: bool) {
    let Some(redis) = redis_server() else {
        eprintln!("replica_of_redis: no redis-server, nothing compared");
        return;
    };
    let master = Server::start(
        &redis,
        &[
            "--save",
            "",
            "--repl-diskless-sync",
            if diskless { "yes" } else { "no" },
            "--repl-diskless-sync-delay",
            "0",
        ],
    );
    let mut m = master.client();
    fill_every_type(&mut m);
    fill_streams(&mut m);
    let dir = scratch_dir("replica", bin);
    let log = dir.join("ours.log");
    let d = dir.to_string_lossy().into_owned();
    let port = master.port.to_string();
    let ours = Server::start_logged(
        bin,
        None,
        &["--save", "", "--dir", &d, "--replicaof", "127.0.0.1", &port],
        Some(&log),
    );
    let mut r = ours.client();
    wait_in_sync(&mut m, &mut r);
    let text = std::fs::read_to_string(&log).expect("log");
    let framing = if diskless {
        "receiving streamed RDB from master with EOF"
    } else {
        "bytes from master to disk"
    };
    assert!(text.contains(framing), "{text}");
    assert!(
        text.contains("MASTER <-> REPLICA sync: Finished with success"),
        "{text}"
    );
    // The master's snapshot became our dump file, as on a Redis replica.
    wait_for("dump.rdb", Duration::from_secs(10), || {
        std::fs::read(dir.join("dump.rdb")).is_ok_and(|b| b.starts_with(b"REDIS"))
    });

    // INFO replication has a Redis replica's fields, in its order.
    let reference = Server::start(&redis, &["--save", "", "--replicaof", "127.0.0.1", &port]);
    let mut rr = reference.client();
    wait_for("the Redis replica's link", Duration::from_secs(20), || {
        info_field(&mut rr, "replication", "master_link_status") == "up"
    });
    let names = |text: String| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.split_once(':').map(|(name, _)| name.to_string()))
            .collect()
    };
    assert_eq!(
        names(info(&mut rr, "replication")),
        names(info(&mut r, "replication"))
    );
    drop(reference);

    // The master's writes arrive; the replica refuses its clients' writes.
    write_load(&mut m, 1);
    wait_in_sync(&mut m, &mut r);
    let refused = redis::cmd("SET").arg("x").arg("1").query::<String>(&mut r);
    let err = refused.expect_err("a read-only replica refuses writes");
    assert_eq!(err.code(), Some("READONLY"), "{err:?}");
    let offset = |con: &mut redis::Connection| info_field(con, "replication", "master_repl_offset");
    wait_for("equal offsets", Duration::from_secs(10), || {
        offset(&mut m) == info_field(&mut r, "replication", "slave_repl_offset")
    });

    // The link killed from our side, then from the master's: partial resyncs.
    let killed: i64 = redis::cmd("CLIENT")
        .arg("KILL")
        .arg("TYPE")
        .arg("master")
        .query(&mut r)
        .expect("CLIENT KILL TYPE master");
    assert_eq!(killed, 1);
    write_load(&mut m, 2);
    wait_in_sync(&mut m, &mut r);
    wait_for("sync_partial_ok:1", Duration::from_secs(10), || {
        info_field(&mut m, "stats", "sync_partial_ok") == "1"
    });
    let killed: i64 = redis::cmd("CLIENT")
        .arg("KILL")
        .arg("TYPE")
        .arg("replica")
        .query(&mut m)
        .expect("CLIENT KILL TYPE replica");
    assert_eq!(killed, 1);
    write_load(&mut m, 3);
    wait_in_sync(&mut m, &mut r);
    wait_for("sync_partial_ok:2", Duration::from_secs(10), || {
        info_field(&mut m, "stats", "sync_partial_ok") == "2"
    });
    // Two full syncs: ours and the Redis replica's, none since.
    assert_eq!(info_field(&mut m, "stats", "sync_full"), "2");
    let text = std::fs::read_to_string(&log).expect("log");
    assert!(
        text.contains("Successful partial resynchronization with master."),
        "{text}"
    );

    // Promoted: writable, the master's replid kept as replid2.
    let master_replid = info_field(&mut m, "replication", "master_replid");
    let _: String = redis::cmd("REPLICAOF")
        .arg("NO")
        .arg("ONE")
        .query(&mut r)
        .expect("NO ONE");
    assert_eq!(info_field(&mut r, "replication", "role"), "master");
    assert_eq!(
        info_field(&mut r, "replication", "master_replid2"),
        master_replid
    );
    let _: String = redis::cmd("SET")
        .arg("x")
        .arg("1")
        .query(&mut r)
        .expect("writable");

    // REPLICAOF at run time: a history the master does not know, so a full sync that
    // drops the write made meanwhile.
    let _: String = redis::cmd("REPLICAOF")
        .arg("127.0.0.1")
        .arg(&port)
        .query(&mut r)
        .expect("REPLICAOF");
    write_load(&mut m, 4);
    wait_in_sync(&mut m, &mut r);
    assert_eq!(info_field(&mut m, "stats", "sync_full"), "3");
    drop(ours);
    drop(master);
}

/// [`replica_of_redis`] with a snapshot sent from disk (`$<len>`).
pub fn replica_of_redis_disk(bin: &str) {
    replica_of_redis(bin, false);
}

/// [`replica_of_redis`] with a diskless snapshot (`$EOF:<mark>`).
pub fn replica_of_redis_diskless(bin: &str) {
    replica_of_redis(bin, true);
}

/// A chain: redis-server 7.0.15 as the master, our binary as its replica, and another
/// redis-server as the replica of ours: the snapshot and then the master's stream,
/// forwarded verbatim, reach the end of the chain.
pub fn chained_through_ours(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("chained_through_ours: no redis-server, nothing compared");
        return;
    };
    let master = Server::start(&redis, &["--save", "", "--repl-diskless-sync-delay", "0"]);
    let mut m = master.client();
    fill_every_type(&mut m);
    let port = master.port.to_string();
    let ours = Server::start(bin, &["--save", "", "--replicaof", "127.0.0.1", &port]);
    let mut r = ours.client();
    wait_in_sync(&mut m, &mut r);
    let ours_port = ours.port.to_string();
    let end = Server::start(
        &redis,
        &["--save", "", "--replicaof", "127.0.0.1", &ours_port],
    );
    let mut e = end.client();
    wait_in_sync(&mut m, &mut e);
    write_load(&mut m, 1);
    wait_in_sync(&mut m, &mut r);
    wait_in_sync(&mut m, &mut e);
    // The end of the chain applied exactly the bytes ours did.
    let offset = |con: &mut redis::Connection| info_field(con, "replication", "slave_repl_offset");
    wait_for(
        "equal offsets down the chain",
        Duration::from_secs(10),
        || offset(&mut r) == offset(&mut e),
    );
    drop(end);
    drop(ours);
    drop(master);
}
