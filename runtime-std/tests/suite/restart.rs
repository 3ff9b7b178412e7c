//! Replication across a restart, against redis-server 7.0.15: the replication id and
//! offset our dump file keeps let a restarted node continue with a partial resync,
//! as a restarted Redis does.
//! - Ours as the replica of redis-server: SHUTDOWN (which saves) and a restart on the
//!   same dump; the master accepts `PSYNC <its replid> <offset+1>` and sends only the
//!   writes made meanwhile.
//! - redis-server as the replica of ours: ours shut down and restarted on the same
//!   port; the replica's `PSYNC` for the old id is accepted (it is our replid2 now).
//!
//! Every wait polls a condition with a bound; without redis-server the checks say so
//! and check nothing.

use super::*;

/// The value of `field` in INFO `section`.
fn info_field(con: &mut redis::Connection, section: &str, field: &str) -> String {
    info(con, section)
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")).map(str::to_string))
        .unwrap_or_default()
}

/// Runs one command, any reply.
fn run(con: &mut redis::Connection, args: &[&str]) {
    let mut cmd = redis::cmd(args[0]);
    for a in &args[1..] {
        cmd.arg(*a);
    }
    let _: redis::Value = cmd.query(con).expect(args[0]);
}

/// Waits until `replica` has its link up, applied `master`'s whole stream, and holds
/// the same keyspace.
fn wait_caught_up(master: &mut redis::Connection, replica: &mut redis::Connection) {
    wait_for("master_link_status:up", Duration::from_secs(20), || {
        info_field(replica, "replication", "master_link_status") == "up"
    });
    wait_for("equal offsets", Duration::from_secs(20), || {
        info_field(master, "replication", "master_repl_offset")
            == info_field(replica, "replication", "slave_repl_offset")
    });
    wait_for("equal keyspaces", Duration::from_secs(20), || {
        keyspace(master) == keyspace(replica)
    });
}

/// Sends SHUTDOWN on `con` (no reply comes: the connection closes).
fn shutdown(con: &mut redis::Connection) {
    let _ = redis::cmd("SHUTDOWN").query::<redis::Value>(con);
}

/// Ours as the replica of redis-server: stopped with SHUTDOWN (a `save` point makes it
/// save), the master written meanwhile in two databases, restarted on its dump: a
/// partial resync that brings exactly the missed writes.
pub fn replica_restart_continues(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("replica_restart_continues: no redis-server, nothing compared");
        return;
    };
    let mdir = scratch_dir("restart-master", "redis-server");
    let mlog = mdir.join("redis.log");
    let md = mdir.to_string_lossy().into_owned();
    let master = Server::start_logged(
        &redis,
        None,
        &[
            "--dir",
            &md,
            "--save",
            "",
            "--repl-diskless-sync-delay",
            "0",
        ],
        Some(&mlog),
    );
    let mut m = master.client();
    fill_every_type(&mut m);
    let dir = scratch_dir("restart-replica", bin);
    let log = dir.join("ours.log");
    let d = dir.to_string_lossy().into_owned();
    let port = master.port.to_string();
    let args = [
        "--dir",
        &d,
        "--save",
        "3600 1",
        "--replicaof",
        "127.0.0.1",
        &port,
    ];
    let mut ours = Server::start_logged(bin, None, &args, Some(&log));
    let mut r = ours.client();
    wait_caught_up(&mut m, &mut r);
    // The last write before the stop selects database 3: after the restart the master
    // goes on without a SELECT, so the replica must know where its stream was.
    run(&mut m, &["SELECT", "3"]);
    run(&mut m, &["SET", "before", "3"]);
    wait_caught_up(&mut m, &mut r);
    let replid = info_field(&mut m, "replication", "master_replid");
    let offset: u64 = info_field(&mut r, "replication", "slave_repl_offset")
        .parse()
        .expect("offset");
    shutdown(&mut r);
    ours.wait_exit(Duration::from_secs(20));
    run(&mut m, &["SET", "meanwhile", "3"]);
    run(&mut m, &["SELECT", "0"]);
    run(&mut m, &["RPUSH", "meanwhile:list", "a", "b"]);
    run(&mut m, &["SELECT", "3"]);
    run(&mut m, &["INCR", "meanwhile:counter"]);

    let restarted = Server::start_logged(bin, None, &args, Some(&log));
    let mut r = restarted.client();
    wait_caught_up(&mut m, &mut r);
    assert_eq!(info_field(&mut m, "stats", "sync_partial_ok"), "1");
    assert_eq!(info_field(&mut m, "stats", "sync_full"), "1");
    let text = std::fs::read_to_string(&log).expect("our log");
    assert!(
        text.contains("Before turning into a replica, using my own master parameters"),
        "{text}"
    );
    let request = format!(
        "Trying a partial resynchronization (request {replid}:{})",
        offset + 1
    );
    assert!(text.contains(&request), "{request} not in {text}");
    let mtext = std::fs::read_to_string(&mlog).expect("the master's log");
    assert!(
        mtext.contains(&format!("starting from offset {}.", offset + 1)),
        "{mtext}"
    );
    // Written after the restart: the stream still flows, in the right databases.
    run(&mut m, &["SET", "after", "3"]);
    wait_caught_up(&mut m, &mut r);
}

/// redis-server as the replica of ours: ours stopped with SHUTDOWN (saving) and
/// restarted on the same port and dump; the replica continues with a partial resync
/// and follows the writes made after the restart.
pub fn master_restart_keeps_replica(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("master_restart_keeps_replica: no redis-server, nothing compared");
        return;
    };
    let dir = scratch_dir("restart-ours", bin);
    let log = dir.join("ours.log");
    let d = dir.to_string_lossy().into_owned();
    let args = [
        "--dir",
        &d,
        "--save",
        "3600 1",
        "--repl-diskless-sync-delay",
        "0",
    ];
    let mut ours = Server::start_logged(bin, None, &args, Some(&log));
    let port = ours.port;
    let mut m = ours.client();
    fill_every_type(&mut m);
    let rdir = scratch_dir("restart-redis-replica", "redis-server");
    let rlog = rdir.join("redis.log");
    let rd = rdir.to_string_lossy().into_owned();
    let p = port.to_string();
    let replica = Server::start_logged(
        &redis,
        None,
        &["--dir", &rd, "--save", "", "--replicaof", "127.0.0.1", &p],
        Some(&rlog),
    );
    let mut r = replica.client();
    wait_caught_up(&mut m, &mut r);
    run(&mut m, &["SELECT", "2"]);
    run(&mut m, &["SET", "before", "2"]);
    wait_caught_up(&mut m, &mut r);
    let old_replid = info_field(&mut m, "replication", "master_replid");
    let offset: u64 = info_field(&mut m, "replication", "master_repl_offset")
        .parse()
        .expect("offset");
    shutdown(&mut m);
    ours.wait_exit(Duration::from_secs(20));

    let ours = Server::start_logged_on(bin, Some(port), None, &args, Some(&log));
    let mut m = ours.client();
    // The history before the restart is this node's secondary id now, up to the
    // offset the dump saved (at least the one read before SHUTDOWN: the GETACK of
    // the wait for the replica may follow it).
    assert_eq!(
        info_field(&mut m, "replication", "master_replid2"),
        old_replid
    );
    let saved: u64 = info_field(&mut m, "replication", "master_repl_offset")
        .parse()
        .expect("offset");
    assert!(saved >= offset, "{saved} < {offset}");
    assert_eq!(
        info_field(&mut m, "replication", "second_repl_offset"),
        (saved + 1).to_string()
    );
    run(&mut m, &["SELECT", "2"]);
    run(&mut m, &["SET", "after", "2"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while info_field(&mut m, "stats", "sync_partial_ok") != "1" {
        if Instant::now() > deadline {
            let ours = std::fs::read_to_string(&log).unwrap_or_default();
            let theirs = std::fs::read_to_string(&rlog).unwrap_or_default();
            panic!("no partial resync:\nours:\n{ours}\nthe replica's:\n{theirs}");
        }
        thread::sleep(Duration::from_millis(20));
    }
    wait_caught_up(&mut m, &mut r);
    let text = std::fs::read_to_string(&log).expect("our log");
    assert_eq!(info_field(&mut m, "stats", "sync_full"), "0", "{text}");
    let rtext = std::fs::read_to_string(&rlog).expect("the replica's log");
    assert!(
        rtext.contains(&format!(
            "Trying a partial resynchronization (request {old_replid}:{})",
            saved + 1
        )),
        "{rtext}"
    );
    assert!(
        rtext.contains("MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization."),
        "{rtext}"
    );
    drop(replica);
    drop(ours);
}

/// SHUTDOWN waits for a lagging replica: redis-server as the replica of ours is
/// stopped (SIGSTOP), ours gets a write and SHUTDOWN, waits ("Waiting for replicas
/// before shutting down."), and once the replica runs again and acknowledges, exits:
/// the last write reached the replica.
pub fn shutdown_waits_for_replica(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("shutdown_waits_for_replica: no redis-server, nothing compared");
        return;
    };
    let dir = scratch_dir("shutdown-wait", bin);
    let log = dir.join("ours.log");
    let d = dir.to_string_lossy().into_owned();
    let args = ["--dir", &d, "--save", "", "--repl-diskless-sync-delay", "0"];
    let mut ours = Server::start_logged(bin, None, &args, Some(&log));
    let mut m = ours.client();
    run(&mut m, &["SET", "first", "1"]);
    let p = ours.port.to_string();
    let replica = Server::start(&redis, &["--save", "", "--replicaof", "127.0.0.1", &p]);
    let mut r = replica.client();
    wait_caught_up(&mut m, &mut r);
    replica.signal("STOP");
    run(&mut m, &["SET", "last", "1"]);
    let mut raw = ours.raw(Duration::from_secs(5));
    raw.write_all(b"SHUTDOWN\r\n").expect("SHUTDOWN");
    wait_for("the wait for replicas", Duration::from_secs(10), || {
        std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("Waiting for replicas before shutting down.")
    });
    // Still serving reads meanwhile; writes wait.
    let mut other = ours.client();
    let v: Option<String> = redis::cmd("GET")
        .arg("last")
        .query(&mut other)
        .expect("GET");
    assert_eq!(v.as_deref(), Some("1"));
    replica.signal("CONT");
    ours.wait_exit(Duration::from_secs(20));
    let text = std::fs::read_to_string(&log).expect("our log");
    assert!(
        text.contains("1 of 1 replicas are in sync when shutting down."),
        "{text}"
    );
    let v: Option<String> = redis::cmd("GET").arg("last").query(&mut r).expect("GET");
    assert_eq!(v.as_deref(), Some("1"));
}
