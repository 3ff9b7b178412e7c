//! FAILOVER on a master in process, with a fake replica connection.

use crate::ConnId;
use crate::testkit::Harness;

/// A master with one replica (announced port 6380) online, all acknowledged.
fn master_with_replica() -> (Harness, ConnId, ConnId) {
    let mut h = Harness::new(&["--repl-diskless-sync", "no", "--save", ""]);
    let c = h.connect();
    let r = h.connect();
    h.call(r, &["REPLCONF", "listening-port", "6380"]);
    h.call(r, &["REPLCONF", "capa", "psync2"]);
    h.call(r, &["PSYNC", "?", "-1"]);
    for _ in 0..100_000 {
        let state = h.server.node().repl.master.replica(r).map(|x| x.state);
        if state == Some(crate::repl::master::ReplicaState::Online) {
            break;
        }
        h.advance(1);
    }
    h.take_output(r);
    (h, c, r)
}

fn ack_all(h: &mut Harness, r: ConnId) {
    let offset = crate::repl::master::current_offset(h.server.node()).to_string();
    h.call(r, &["REPLCONF", "ACK", &offset]);
}

fn state(h: &mut Harness, c: ConnId) -> String {
    let info = h.call_text(c, &["INFO", "replication"]);
    info.lines()
        .find_map(|l| l.strip_prefix("master_failover_state:"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn errors_in_redis_words() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    let err = |h: &mut Harness, args: &[&str]| h.call_text(c, args);
    assert_eq!(
        err(&mut h, &["FAILOVER"]),
        "-ERR FAILOVER requires connected replicas.\r\n"
    );
    assert_eq!(
        err(&mut h, &["FAILOVER", "ABORT"]),
        "-ERR No failover in progress.\r\n"
    );
    assert_eq!(
        err(&mut h, &["FAILOVER", "TIMEOUT", "0"]),
        "-ERR FAILOVER timeout must be greater than 0\r\n"
    );
    assert_eq!(
        err(&mut h, &["FAILOVER", "TIMEOUT", "x"]),
        "-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(
        err(&mut h, &["FAILOVER", "FORCE", "FORCE"]),
        "-ERR syntax error\r\n"
    );
    assert_eq!(
        err(&mut h, &["FAILOVER", "TO", "h"]),
        "-ERR syntax error\r\n"
    );
    let (mut h, c, _r) = master_with_replica();
    assert_eq!(
        h.call_text(c, &["FAILOVER", "FORCE"]),
        "-ERR FAILOVER with force option requires both a timeout and target HOST and IP.\r\n"
    );
    assert_eq!(
        h.call_text(c, &["FAILOVER", "TO", "127.0.0.1", "6381"]),
        "-ERR FAILOVER target HOST and PORT is not a replica.\r\n"
    );
    assert_eq!(state(&mut h, c), "no-failover");
}

#[test]
fn waits_for_sync_then_switches_with_psync_failover() {
    let (mut h, c, r) = master_with_replica();
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(
        h.call_text(c, &["FAILOVER", "TO", "127.0.0.1", "6380"]),
        "+OK\r\n"
    );
    assert_eq!(state(&mut h, c), "waiting-for-sync");
    assert_eq!(
        h.call_text(c, &["FAILOVER"]),
        "-ERR FAILOVER already in progress.\r\n"
    );
    // Writes wait while failing over.
    let d = h.connect();
    assert_eq!(h.call(d, &["SET", "held", "1"]), b"");
    // Replicas may not sync meanwhile.
    let r2 = h.connect();
    assert_eq!(
        h.call_text(r2, &["PSYNC", "?", "-1"]),
        "-NOMASTERLINK Can't SYNC while failing over\r\n"
    );
    ack_all(&mut h, r);
    assert_eq!(state(&mut h, c), "failover-in-progress");
    assert_eq!(
        h.call_text(c, &["ROLE"]).lines().nth(1),
        Some("$5"),
        "a replica now"
    );
    // The handshake to the target: its PSYNC carries FAILOVER with our history.
    let replid = h.server.node().repl.replid.clone();
    let offset = h.server.node().repl.offset;
    h.advance(1100);
    let (conn, _, _) = h.dialled().expect("dials the target");
    let sent = h.answer_handshake(conn);
    let psync = format!(
        "*4\r\n$5\r\nPSYNC\r\n$40\r\n{replid}\r\n${}\r\n{}\r\n$8\r\nFAILOVER\r\n",
        (offset + 1).to_string().len(),
        offset + 1
    );
    assert!(
        String::from_utf8_lossy(&sent).ends_with(&psync),
        "{}",
        String::from_utf8_lossy(&sent)
    );
    // Accepted: the failover is over, the held write is refused by a replica.
    let reply = format!("+CONTINUE {}\r\n", "a".repeat(40));
    h.server.handle_read(h.now, conn, reply.as_bytes());
    assert_eq!(state(&mut h, c), "no-failover");
    assert_eq!(
        h.take_output(d),
        b"-READONLY You can't write against a read only replica.\r\n"
    );
}

#[test]
fn timeout_aborts_and_writes_resume() {
    let (mut h, c, r) = master_with_replica();
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(h.call_text(c, &["FAILOVER", "TIMEOUT", "500"]), "+OK\r\n");
    let d = h.connect();
    assert_eq!(h.call(d, &["SET", "held", "1"]), b"");
    h.advance(1100);
    assert_eq!(state(&mut h, c), "no-failover");
    assert_eq!(h.take_output(d), b"+OK\r\n");
    let logs: Vec<String> = h
        .outputs()
        .into_iter()
        .filter_map(|o| match o {
            crate::Output::Log { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    assert!(
        logs.contains(
            &"FAILOVER to any replica aborted: Replica never caught up before timeout".to_string()
        ),
        "{logs:?}"
    );
}

#[test]
fn abort_while_waiting() {
    let (mut h, c, r) = master_with_replica();
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(h.call_text(c, &["FAILOVER"]), "+OK\r\n");
    assert_eq!(h.call_text(c, &["FAILOVER", "ABORT"]), "+OK\r\n");
    assert_eq!(state(&mut h, c), "no-failover");
    assert_eq!(h.call(c, &["SET", "k", "w"]), b"+OK\r\n");
}

#[test]
fn force_switches_at_the_timeout_and_replicaof_is_refused_meanwhile() {
    let (mut h, c, r) = master_with_replica();
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(
        h.call_text(
            c,
            &[
                "FAILOVER",
                "TO",
                "127.0.0.1",
                "6380",
                "FORCE",
                "TIMEOUT",
                "300"
            ]
        ),
        "+OK\r\n"
    );
    assert_eq!(
        h.call_text(c, &["REPLICAOF", "NO", "ONE"]),
        "-ERR REPLICAOF not allowed while failing over.\r\n"
    );
    h.outputs();
    // The replica never acknowledges: at the timeout the switch happens anyway.
    h.advance(1100);
    assert_eq!(state(&mut h, c), "failover-in-progress");
    let logs: Vec<String> = h
        .outputs()
        .into_iter()
        .filter_map(|o| match o {
            crate::Output::Log { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    assert!(
        logs.contains(&"FAILOVER to 127.0.0.1:6380 time out exceeded, failing over.".to_string()),
        "{logs:?}"
    );
    // ABORT now: a master again, with a new history.
    let replid = h.server.node().repl.replid.clone();
    assert_eq!(h.call_text(c, &["FAILOVER", "ABORT"]), "+OK\r\n");
    assert_eq!(state(&mut h, c), "no-failover");
    assert_eq!(h.server.node().repl.replid2, replid);
    assert_eq!(h.call(c, &["SET", "k", "w"]), b"+OK\r\n");
}
