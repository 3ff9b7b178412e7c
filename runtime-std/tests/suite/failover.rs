//! FAILOVER end to end: the coordinated switch of roles between a master and its
//! replica, with our binary on either side and redis-server 7.0.15 on the other, and
//! between two of our nodes. After each switch the old master follows the new one by a
//! partial resync and the new master's writes reach it. Every wait polls a condition
//! with a bound; without redis-server the checks that need it say so and check nothing.

use super::*;

/// The value of `field` in INFO `section`.
fn info_field(con: &mut redis::Connection, section: &str, field: &str) -> String {
    info(con, section)
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")).map(str::to_string))
        .unwrap_or_default()
}

fn set(con: &mut redis::Connection, k: &str, v: &str) {
    let _: () = redis::cmd("SET").arg(k).arg(v).query(con).expect("SET");
}

fn get(con: &mut redis::Connection, k: &str) -> Option<String> {
    redis::cmd("GET").arg(k).query(con).expect("GET")
}

/// Waits until `replica` follows `master` with the same offset.
fn wait_following(master: &mut redis::Connection, replica: &mut redis::Connection) {
    wait_for("master_link_status:up", Duration::from_secs(20), || {
        info_field(replica, "replication", "master_link_status") == "up"
    });
    wait_for("equal offsets", Duration::from_secs(20), || {
        info_field(master, "replication", "master_repl_offset")
            == info_field(replica, "replication", "slave_repl_offset")
    });
}

/// `old` (a master) fails over to `new` (its replica, at `new_port`): FAILOVER
/// answers +OK, the roles swap, `old` continues partially from `new`, and a write on
/// `new` reaches `old`.
fn switch(old: &mut redis::Connection, new: &mut redis::Connection, new_port: u16, to: bool) {
    set(old, "before", "1");
    wait_following(old, new);
    let mut cmd = redis::cmd("FAILOVER");
    if to {
        cmd.arg("TO").arg("127.0.0.1").arg(new_port);
    }
    cmd.arg("TIMEOUT").arg(10_000);
    let ok: String = cmd.query(old).expect("FAILOVER");
    assert_eq!(ok, "OK");
    wait_for("the new master", Duration::from_secs(20), || {
        info_field(new, "replication", "role") == "master"
    });
    wait_for(
        "the old master turned replica",
        Duration::from_secs(20),
        || {
            info_field(old, "replication", "role") == "slave"
                && info_field(old, "replication", "master_failover_state") == "no-failover"
        },
    );
    assert_eq!(
        info_field(old, "replication", "master_port"),
        new_port.to_string()
    );
    wait_following(new, old);
    assert_eq!(info_field(new, "stats", "sync_partial_ok"), "1");
    assert_eq!(info_field(new, "stats", "sync_full"), "0");
    set(new, "after", "1");
    wait_following(new, old);
    assert_eq!(get(old, "after").as_deref(), Some("1"));
    assert_eq!(get(old, "before").as_deref(), Some("1"));
    // The old master refuses writes now.
    let refused = redis::cmd("SET").arg("x").arg("1").query::<String>(old);
    assert_eq!(refused.expect_err("read-only").code(), Some("READONLY"));
}

/// Two of our nodes: the master fails over to its replica (no TO: any replica in sync;
/// TO when redis-server is there as a third node, a second replica of the master that
/// then follows it through the chain).
pub fn failover_between_ours(bin: &str) {
    let dir = scratch_dir("failover-ours", bin);
    let (alog, blog) = (dir.join("a.log"), dir.join("b.log"));
    let a = Server::start_logged(
        bin,
        None,
        &["--save", "", "--repl-diskless-sync-delay", "0"],
        Some(&alog),
    );
    let mut ca = a.client();
    set(&mut ca, "k", "v");
    let ap = a.port.to_string();
    let b = Server::start_logged(
        bin,
        None,
        &["--save", "", "--replicaof", "127.0.0.1", &ap],
        Some(&blog),
    );
    let mut cb = b.client();
    wait_following(&mut ca, &mut cb);
    // A third node, redis-server, follows `a` too: after the switch it follows `a`
    // as a replica of `b` (a chain) without a new full sync.
    let third = redis_server().map(|redis| {
        let clog = dir.join("c.log");
        let c = Server::start_logged(
            &redis,
            None,
            &["--save", "", "--replicaof", "127.0.0.1", &ap],
            Some(&clog),
        );
        let mut cc = c.client();
        wait_following(&mut ca, &mut cc);
        (c, cc, clog)
    });
    // Only one replica must be the target: name it when there are two.
    switch(&mut ca, &mut cb, b.port, third.is_some());
    if let Some((_c, mut cc, clog)) = third {
        set(&mut cb, "for-the-chain", "1");
        // The write goes b → a → c: wait for each hop in turn (a's offset alone may
        // still equal c's before a has the write).
        wait_following(&mut cb, &mut ca);
        wait_following(&mut ca, &mut cc);
        assert_eq!(get(&mut cc, "for-the-chain").as_deref(), Some("1"));
        let ctext = std::fs::read_to_string(&clog).expect("c's log");
        assert_eq!(
            ctext.matches("Full resync from master").count(),
            1,
            "{ctext}"
        );
    }
    let atext = std::fs::read_to_string(&alog).expect("a's log");
    assert!(atext.contains("FAILOVER requested to"), "{atext}");
    assert!(
        atext.contains(&format!(
            "Failover target 127.0.0.1:{} is synced, failing over.",
            b.port
        )),
        "{atext}"
    );
    let btext = std::fs::read_to_string(&blog).expect("b's log");
    assert!(
        btext.contains("Failover request received for replid"),
        "{btext}"
    );
}

/// Ours as the master, redis-server 7.0.15 as the target (FAILOVER TO).
pub fn failover_to_redis(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("failover_to_redis: no redis-server, nothing compared");
        return;
    };
    let ours = Server::start(bin, &["--save", "", "--repl-diskless-sync-delay", "0"]);
    let mut m = ours.client();
    let p = ours.port.to_string();
    let replica = Server::start(&redis, &["--save", "", "--replicaof", "127.0.0.1", &p]);
    let mut r = replica.client();
    wait_following(&mut m, &mut r);
    switch(&mut m, &mut r, replica.port, true);
}

/// redis-server 7.0.15 as the master, ours as the target: our side of PSYNC FAILOVER.
pub fn redis_fails_over_to_ours(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("redis_fails_over_to_ours: no redis-server, nothing compared");
        return;
    };
    let master = Server::start(&redis, &["--save", "", "--repl-diskless-sync-delay", "0"]);
    let mut m = master.client();
    let p = master.port.to_string();
    let ours = Server::start(bin, &["--save", "", "--replicaof", "127.0.0.1", &p]);
    let mut r = ours.client();
    wait_following(&mut m, &mut r);
    switch(&mut m, &mut r, ours.port, true);
}
