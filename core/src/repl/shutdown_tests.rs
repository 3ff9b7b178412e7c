//! A master's SHUTDOWN waiting for its replicas, in process with a fake replica
//! connection that acknowledges when the test says so.

use crate::ConnId;
use crate::Output;
use crate::testkit::Harness;

fn resp(args: &[&str]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n{a}\r\n", a.len()).as_bytes());
    }
    out
}

/// A master (`args` added) with one replica online that acknowledged everything.
fn master_with_replica(args: &[&str]) -> (Harness, ConnId, ConnId) {
    let mut all = vec!["--repl-diskless-sync", "no", "--save", ""];
    all.extend_from_slice(args);
    let mut h = Harness::new(&all);
    let c = h.connect();
    assert_eq!(h.call(c, &["SET", "a", "1"]), b"+OK\r\n");
    let r = h.connect();
    h.call(r, &["REPLCONF", "capa", "psync2"]);
    h.call(r, &["PSYNC", "?", "-1"]);
    for _ in 0..100_000 {
        let state = h.server.node().repl.master.replica(r).map(|x| x.state);
        if state == Some(crate::repl::master::ReplicaState::Online) {
            break;
        }
        h.advance(1);
    }
    // The replication cron's first run (and its PING) before the ACK.
    h.advance(1100);
    h.take_output(r);
    ack_all(&mut h, r);
    h.outputs();
    (h, c, r)
}

/// The replica acknowledges the whole stream.
fn ack_all(h: &mut Harness, r: ConnId) {
    let offset = crate::repl::master::current_offset(h.server.node()).to_string();
    h.call(r, &["REPLCONF", "ACK", &offset]);
}

fn logs(outputs: &[Output]) -> Vec<String> {
    outputs
        .iter()
        .filter_map(|o| match o {
            Output::Log { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn replicas_in_sync_mean_no_wait() {
    let (mut h, c, _r) = master_with_replica(&[]);
    assert_eq!(h.call(c, &["SHUTDOWN"]), b"");
    let out = h.outputs();
    assert!(out.contains(&Output::Shutdown));
    let lines = logs(&out);
    assert_eq!(
        lines,
        [
            "User requested shutdown...",
            "1 of 1 replicas are in sync when shutting down."
        ]
    );
}

#[test]
fn waits_for_the_lagging_replica_then_exits() {
    let (mut h, c, r) = master_with_replica(&[]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    // The replica has not acknowledged the SET: the client waits, the replica is asked.
    assert_eq!(h.call(c, &["SHUTDOWN"]), b"");
    let out = h.outputs();
    assert!(!out.contains(&Output::Shutdown));
    assert_eq!(
        logs(&out),
        [
            "User requested shutdown...",
            "Waiting for replicas before shutting down."
        ]
    );
    assert_eq!(h.take_output(r), resp(&["REPLCONF", "GETACK", "*"]));
    // Writes wait; reads are served.
    let d = h.connect();
    assert_eq!(h.call(d, &["SET", "held", "1"]), b"");
    assert_eq!(h.call(d, &["GET", "k"]), b"");
    let e = h.connect();
    assert_eq!(h.call(e, &["GET", "k"]), b"$1\r\nv\r\n");
    // Some seconds pass without the ACK: still waiting.
    h.advance(3000);
    assert!(!h.outputs().contains(&Output::Shutdown));
    ack_all(&mut h, r);
    h.advance(200);
    let out = h.outputs();
    assert!(out.contains(&Output::Shutdown), "{out:?}");
    assert_eq!(
        logs(&out),
        ["1 of 1 replicas are in sync when shutting down."]
    );
}

#[test]
fn timeout_then_lagging_replica_logged() {
    // No PING in the stream meanwhile (the offset behind is then known).
    let (mut h, c, r) = master_with_replica(&[
        "--shutdown-timeout",
        "2",
        "--repl-ping-replica-period",
        "100",
    ]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(h.call(c, &["SHUTDOWN"]), b"");
    h.outputs();
    h.advance(1900);
    assert!(!h.outputs().contains(&Output::Shutdown));
    h.advance(200);
    let out = h.outputs();
    assert!(out.contains(&Output::Shutdown), "{out:?}");
    let lines = logs(&out);
    // SET k v (with its SELECT) and the GETACK.
    let behind = resp(&["SELECT", "0"]).len()
        + resp(&["SET", "k", "v"]).len()
        + resp(&["REPLCONF", "GETACK", "*"]).len();
    assert_eq!(
        lines,
        [
            format!(
                "Lagging replica 127.0.0.1:<unknown-replica-port> reported offset {behind} behind master, lag=2, state=online."
            ),
            "0 of 1 replicas are in sync when shutting down.".to_string()
        ]
    );
}

#[test]
fn now_skips_the_wait_and_zero_timeout_too() {
    let (mut h, c, r) = master_with_replica(&[]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(h.call(c, &["SHUTDOWN", "NOW"]), b"");
    assert!(h.outputs().contains(&Output::Shutdown));

    let (mut h, c, r) = master_with_replica(&["--shutdown-timeout", "0"]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(h.call(c, &["SHUTDOWN"]), b"");
    assert!(h.outputs().contains(&Output::Shutdown));
}

#[test]
fn abort_resumes_writes_and_fails_the_waiters() {
    let (mut h, c, r) = master_with_replica(&[]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    assert_eq!(h.call(c, &["SHUTDOWN"]), b"");
    let c2 = h.connect();
    // A second SHUTDOWN joins the wait.
    assert_eq!(h.call(c2, &["SHUTDOWN", "NOSAVE"]), b"");
    let d = h.connect();
    assert_eq!(h.call(d, &["SET", "held", "1"]), b"");
    h.outputs();
    let a = h.connect();
    assert_eq!(
        h.call(a, &["SHUTDOWN", "ABORT", "NOW"]),
        b"-ERR syntax error\r\n"
    );
    assert_eq!(h.call(a, &["SHUTDOWN", "ABORT"]), b"+OK\r\n");
    let failed = b"-ERR Errors trying to SHUTDOWN. Check logs.\r\n";
    assert_eq!(h.take_output(c), failed);
    assert_eq!(h.take_output(c2), failed);
    assert_eq!(h.take_output(d), b"+OK\r\n");
    let out = h.outputs();
    assert!(!out.contains(&Output::Shutdown));
    assert_eq!(logs(&out), ["Shutdown manually aborted."]);
    assert_eq!(
        h.call(a, &["SHUTDOWN", "ABORT"]),
        b"-ERR No shutdown in progress.\r\n"
    );
    // Time passing changes nothing now.
    h.advance(11_000);
    assert!(!h.outputs().contains(&Output::Shutdown));
}

#[test]
fn a_signal_waits_too_and_a_second_one_exits() {
    let (mut h, c, r) = master_with_replica(&[]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    let now = h.now;
    h.server.handle_shutdown(now);
    let out = h.outputs();
    assert!(!out.contains(&Output::Shutdown));
    assert_eq!(h.take_output(r), resp(&["REPLCONF", "GETACK", "*"]));
    h.server.handle_shutdown(now);
    let out = h.outputs();
    assert!(out.contains(&Output::Shutdown));
    assert!(logs(&out).contains(&"You insist... exiting now.".to_string()));
}

#[test]
fn signal_flags_from_the_configuration() {
    // shutdown-on-sigterm now: no wait for the lagging replica.
    let (mut h, c, r) = master_with_replica(&["--shutdown-on-sigterm", "now"]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    let now = h.now;
    h.server.handle_shutdown_signal(now, "SIGINT");
    assert!(!h.outputs().contains(&Output::Shutdown), "SIGINT waits");
    let (mut h, c, r) = master_with_replica(&["--shutdown-on-sigterm", "now"]);
    assert_eq!(h.call(c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    let now = h.now;
    h.server.handle_shutdown_signal(now, "SIGTERM");
    assert!(h.outputs().contains(&Output::Shutdown), "SIGTERM does not");
}
