//! The master's protocol in process: a fake replica connection sends REPLCONF and
//! PSYNC and reads the bytes a replica would get.

use crate::ConnId;
use crate::repl::master::ReplicaState;
use crate::testkit::Harness;

/// Sends raw bytes on `conn` and returns what it got back.
fn send(h: &mut Harness, conn: ConnId, args: &[&str]) -> Vec<u8> {
    h.call(conn, args)
}

/// Runs the deadlines due until what `conn` received (`got` so far) is `done`,
/// bounded.
fn take_until(h: &mut Harness, conn: ConnId, got: &mut Vec<u8>, done: impl Fn(&[u8]) -> bool) {
    for _ in 0..10_000 {
        got.extend(h.take_output(conn));
        if done(got) {
            return;
        }
        h.advance(1);
    }
    panic!("never got the whole transfer: {} bytes", got.len());
}

/// A server with a few keys of several types in databases 0 and 2.
fn master(args: &[&str]) -> (Harness, ConnId) {
    let mut h = Harness::new(args);
    let c = h.connect();
    assert_eq!(send(&mut h, c, &["SET", "a", "1"]), b"+OK\r\n");
    assert_eq!(send(&mut h, c, &["RPUSH", "l", "x", "y"]), b":2\r\n");
    assert_eq!(send(&mut h, c, &["SELECT", "2"]), b"+OK\r\n");
    assert_eq!(send(&mut h, c, &["HSET", "h", "f", "v"]), b":1\r\n");
    assert_eq!(send(&mut h, c, &["SELECT", "0"]), b"+OK\r\n");
    (h, c)
}

/// Splits `+FULLRESYNC <replid> <offset>\r\n` off the front.
fn fullresync(bytes: &[u8]) -> (String, u64, &[u8]) {
    let end = bytes.windows(2).position(|w| w == b"\r\n").expect("a line");
    let line = std::str::from_utf8(&bytes[..end]).expect("text");
    let mut parts = line.split(' ');
    assert_eq!(parts.next(), Some("+FULLRESYNC"), "{line}");
    let replid = parts.next().expect("replid").to_string();
    let offset = parts.next().expect("offset").parse().expect("number");
    (replid, offset, &bytes[end + 2..])
}

/// Loads `rdb` into a fresh server and returns it.
fn loaded(rdb: &[u8]) -> Harness {
    let mut h = Harness::new(&[]);
    let now = h.now;
    h.server.load_rdb(now, rdb).expect("the RDB loads");
    h
}

fn resp(args: &[&str]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n{a}\r\n", a.len()).as_bytes());
    }
    out
}

#[test]
fn disk_based_full_sync_then_the_stream() {
    let (mut h, c) = master(&["--repl-diskless-sync", "no"]);
    let r = h.connect();
    assert_eq!(
        send(&mut h, r, &["REPLCONF", "listening-port", "6380"]),
        b"+OK\r\n"
    );
    assert_eq!(
        send(&mut h, r, &["REPLCONF", "capa", "eof", "capa", "psync2"]),
        b"+OK\r\n"
    );
    let mut got = send(&mut h, r, &["PSYNC", "?", "-1"]);
    // A write while the snapshot is taken belongs to the stream, not to the RDB.
    assert_eq!(send(&mut h, c, &["SET", "during", "1"]), b"+OK\r\n");
    take_until(&mut h, r, &mut got, |g| {
        g.ends_with(b"during\r\n$1\r\n1\r\n")
    });
    let (replid, offset, rest) = fullresync(&got);
    assert_eq!(replid.len(), 40);
    assert_eq!(offset, 0, "no stream before the first replica");
    // `$<len>\r\n`, the RDB (no CRLF after it), then the stream.
    let end = rest
        .windows(2)
        .position(|w| w == b"\r\n")
        .expect("length line");
    assert_eq!(rest[0], b'$');
    let len: usize = std::str::from_utf8(&rest[1..end]).unwrap().parse().unwrap();
    let rdb = &rest[end + 2..end + 2 + len];
    assert!(rdb.starts_with(b"REDIS0010"));
    let stream = &rest[end + 2 + len..];
    let mut want = resp(&["SELECT", "0"]);
    want.extend(resp(&["SET", "during", "1"]));
    assert_eq!(stream, &want[..]);
    let mut copy = loaded(rdb);
    let k = copy.connect();
    assert_eq!(send(&mut copy, k, &["GET", "a"]), b"$1\r\n1\r\n");
    assert_eq!(send(&mut copy, k, &["GET", "during"]), b"$-1\r\n");
    assert_eq!(send(&mut copy, k, &["SELECT", "2"]), b"+OK\r\n");
    assert_eq!(send(&mut copy, k, &["HGET", "h", "f"]), b"$1\r\nv\r\n");
    // The offset counts every byte of the stream.
    let info = String::from_utf8(send(&mut h, c, &["INFO", "replication"])).unwrap();
    assert!(
        info.contains(&format!("master_repl_offset:{}\r\n", want.len())),
        "{info}"
    );
    assert!(
        info.contains(&format!("master_replid:{replid}\r\n")),
        "{info}"
    );
    assert!(
        info.contains("slave0:ip=127.0.0.1,port=6380,state=online,offset=0,lag=0\r\n"),
        "{info}"
    );
    assert!(info.contains("repl_backlog_active:1\r\n"), "{info}");
    assert!(
        info.contains("repl_backlog_first_byte_offset:1\r\n"),
        "{info}"
    );
    assert!(
        info.contains(&format!("repl_backlog_histlen:{}\r\n", want.len())),
        "{info}"
    );
    // What the replica was sent counts apart from the clients' output.
    let stats = String::from_utf8(send(&mut h, c, &["INFO", "stats"])).unwrap();
    assert!(
        stats.contains(&format!("total_net_repl_output_bytes:{}\r\n", got.len())),
        "{stats}"
    );
}

#[test]
fn diskless_full_sync_waits_for_the_first_ack() {
    let (mut h, c) = master(&[
        "--repl-diskless-sync",
        "yes",
        "--repl-diskless-sync-delay",
        "0",
    ]);
    let r = h.connect();
    send(&mut h, r, &["REPLCONF", "capa", "eof"]);
    let mut got = send(&mut h, r, &["PSYNC", "?", "-1"]);
    take_until(&mut h, r, &mut got, |g| {
        // The mark closes the payload: the same 40 bytes as after `$EOF:`.
        g.len() > 100 && {
            let start = g.windows(5).position(|w| w == b"$EOF:").unwrap_or(0) + 5;
            g.get(start..start + 40).is_some_and(|m| g.ends_with(m))
        }
    });
    assert_eq!(send(&mut h, c, &["SET", "after", "1"]), b"+OK\r\n");
    let (_, _, rest) = fullresync(&got);
    assert!(rest.starts_with(b"$EOF:"));
    let mark = &rest[5..45];
    assert_eq!(&rest[45..47], b"\r\n");
    let rdb = &rest[47..rest.len() - 40];
    let mut copy = loaded(rdb);
    let k = copy.connect();
    assert_eq!(
        send(&mut copy, k, &["LRANGE", "l", "0", "-1"]),
        b"*2\r\n$1\r\nx\r\n$1\r\ny\r\n"
    );
    assert!(rest.ends_with(mark));
    // Nothing of the stream before the replica's first ACK (it looks for the mark at
    // the end of what it read), then all of it.
    assert_eq!(h.take_output(r), b"");
    let stream = send(&mut h, r, &["REPLCONF", "ACK", "0"]);
    let mut want = resp(&["SELECT", "0"]);
    want.extend(resp(&["SET", "after", "1"]));
    assert_eq!(stream, want);
}

/// A replica that full-synced on `h`: its connection, the replid and the stream's
/// offset after the first writes.
fn synced_replica(h: &mut Harness) -> (ConnId, String) {
    let r = h.connect();
    send(h, r, &["REPLCONF", "capa", "psync2"]);
    let mut got = send(h, r, &["PSYNC", "?", "-1"]);
    for _ in 0..100_000 {
        let state = h.server.node().repl.master.replica(r).map(|x| x.state);
        if state == Some(ReplicaState::Online) || state == Some(ReplicaState::WaitAck) {
            break;
        }
        h.advance(1);
    }
    got.extend(h.take_output(r));
    let (replid, _, _) = fullresync(&got);
    (r, replid)
}

#[test]
fn partial_resync_from_the_backlog() {
    let (mut h, c) = master(&["--repl-diskless-sync", "no"]);
    let (r, replid) = synced_replica(&mut h);
    send(&mut h, c, &["SET", "x", "1"]);
    let before = h.take_output(r);
    assert!(before.ends_with(&resp(&["SET", "x", "1"])));
    let offset = before.len() as u64; // the stream so far, all of it received
    h.server.handle_closed(h.now, r);
    send(&mut h, c, &["SET", "y", "2"]);
    // The replica asks for the next byte it lacks.
    let r2 = h.connect();
    send(&mut h, r2, &["REPLCONF", "capa", "eof", "capa", "psync2"]);
    let got = send(&mut h, r2, &["PSYNC", &replid, &(offset + 1).to_string()]);
    let mut want = format!("+CONTINUE {replid}\r\n").into_bytes();
    want.extend(resp(&["SET", "y", "2"]));
    assert_eq!(got, want);
    // Without psync2, the old form.
    h.server.handle_closed(h.now, r2);
    let r3 = h.connect();
    let got = send(&mut h, r3, &["PSYNC", &replid, &(offset + 1).to_string()]);
    let mut want = b"+CONTINUE\r\n".to_vec();
    want.extend(resp(&["SET", "y", "2"]));
    assert_eq!(got, want);
    h.server.handle_closed(h.now, r3);
    // Another id, or an offset past the end, means a full sync.
    let r4 = h.connect();
    let got = send(&mut h, r4, &["PSYNC", &"f".repeat(40), "5"]);
    assert!(
        got.starts_with(b"+FULLRESYNC "),
        "{}",
        String::from_utf8_lossy(&got)
    );
    let r5 = h.connect();
    let got = send(&mut h, r5, &["PSYNC", &replid, "100000"]);
    assert!(
        got.starts_with(b"+FULLRESYNC "),
        "{}",
        String::from_utf8_lossy(&got)
    );
    let info = String::from_utf8(send(&mut h, c, &["INFO", "stats"])).unwrap();
    assert!(info.contains("sync_full:3\r\n"), "{info}");
    assert!(info.contains("sync_partial_ok:2\r\n"), "{info}");
    assert!(info.contains("sync_partial_err:2\r\n"), "{info}");
}

#[test]
fn wait_counts_replicas_that_acknowledged() {
    let (mut h, c) = master(&["--repl-diskless-sync", "no"]);
    let (r, _) = synced_replica(&mut h);
    assert_eq!(send(&mut h, c, &["SET", "k", "v"]), b"+OK\r\n");
    h.take_output(r);
    // Blocks: nobody acknowledged the write yet; the replica is asked to.
    assert_eq!(send(&mut h, c, &["WAIT", "1", "0"]), b"");
    let getack = h.take_output(r);
    assert_eq!(getack, resp(&["REPLCONF", "GETACK", "*"]));
    let offset = crate::repl::master::current_offset(h.server.node());
    // An ACK short of the write does not release it.
    send(&mut h, r, &["REPLCONF", "ACK", "1"]);
    assert_eq!(h.take_output(c), b"");
    send(&mut h, r, &["REPLCONF", "ACK", &offset.to_string()]);
    assert_eq!(h.take_output(c), b":1\r\n");
    // Two replicas asked for, one there: the timeout answers the count.
    assert_eq!(send(&mut h, c, &["SET", "k", "w"]), b"+OK\r\n");
    assert_eq!(send(&mut h, c, &["WAIT", "2", "100"]), b"");
    h.advance(50);
    assert_eq!(h.take_output(c), b"");
    h.advance(60);
    assert_eq!(h.take_output(c), b":0\r\n");
    // Errors, as Redis words them.
    assert_eq!(
        send(&mut h, c, &["WAIT", "x", "0"]),
        b"-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(
        send(&mut h, c, &["WAIT", "1", "-1"]),
        b"-ERR timeout is negative\r\n"
    );
    // ROLE lists the online replica with its acknowledged offset.
    let role = String::from_utf8(send(&mut h, c, &["ROLE"])).unwrap();
    assert!(role.starts_with("*3\r\n$6\r\nmaster\r\n:"), "{role}");
    assert!(
        role.contains(&format!(
            "$9\r\n127.0.0.1\r\n$1\r\n0\r\n${}\r\n{offset}\r\n",
            offset.to_string().len()
        )),
        "{role}"
    );
}

#[test]
fn min_replicas_to_write_refuses_writes() {
    let (mut h, c) = master(&[]);
    assert_eq!(
        send(&mut h, c, &["CONFIG", "SET", "min-replicas-to-write", "1"]),
        b"+OK\r\n"
    );
    assert_eq!(
        send(&mut h, c, &["SET", "k", "v"]),
        b"-NOREPLICAS Not enough good replicas to write.\r\n"
    );
    assert_eq!(send(&mut h, c, &["GET", "a"]), b"$1\r\n1\r\n");
    let (r, _) = synced_replica(&mut h);
    send(&mut h, r, &["REPLCONF", "ACK", "0"]);
    assert_eq!(send(&mut h, c, &["SET", "k", "v"]), b"+OK\r\n");
    // The replica stops acknowledging: after min-replicas-max-lag (10 s) it no
    // longer counts.
    for _ in 0..12 {
        h.advance(1000);
    }
    assert_eq!(
        send(&mut h, c, &["SET", "k", "v"]),
        b"-NOREPLICAS Not enough good replicas to write.\r\n"
    );
}

#[test]
fn replicas_get_pings_and_time_out() {
    let (mut h, _c) = master(&["--repl-diskless-sync", "no", "--repl-timeout", "5"]);
    let (r, _) = synced_replica(&mut h);
    h.take_output(r);
    let mut pings = 0;
    for _ in 0..30 {
        h.advance(1000);
        let got = h.take_output(r);
        pings += got.windows(4).filter(|w| w == b"PING").count();
        if h.server.pending_output(r).is_empty() && pings > 0 {
            send(&mut h, r, &["REPLCONF", "ACK", "0"]);
            break;
        }
    }
    assert!(pings >= 1, "a PING every repl-ping-replica-period");
    // No ACK for longer than repl-timeout: the replica is dropped.
    let mut closed = false;
    for _ in 0..10 {
        h.advance(1000);
        while let Some(o) = h.server.poll_output() {
            if o == crate::server::Output::Close(r) {
                closed = true;
            }
        }
    }
    assert!(closed);
}

#[test]
fn replconf_errors() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    assert_eq!(
        send(&mut h, c, &["REPLCONF", "capa"]),
        b"-ERR syntax error\r\n"
    );
    assert_eq!(
        send(&mut h, c, &["REPLCONF", "foo", "bar"]),
        b"-ERR Unrecognized REPLCONF option: foo\r\n"
    );
    assert_eq!(
        send(&mut h, c, &["REPLCONF", "listening-port", "x"]),
        b"-ERR value is not an integer or out of range\r\n"
    );
    assert_eq!(send(&mut h, c, &["REPLCONF", "ACK", "5"]), b"");
    assert_eq!(send(&mut h, c, &["REPLCONF", "GETACK", "*"]), b"");
    assert_eq!(
        send(&mut h, c, &["PSYNC", "?", "x"]),
        b"-ERR value is not an integer or out of range\r\n"
    );
}

#[test]
fn replica_output_buffer_limit_and_client_list() {
    let (mut h, c) = master(&[
        "--repl-diskless-sync",
        "no",
        "--client-output-buffer-limit",
        "replica 4096 0 0",
    ]);
    let (r, _) = synced_replica(&mut h);
    h.take_output(r);
    let list = String::from_utf8(send(&mut h, c, &["CLIENT", "LIST", "TYPE", "replica"])).unwrap();
    assert!(
        list.contains(&format!("id={} ", r.0)) && list.contains("flags=S "),
        "{list}"
    );
    // The replica reads nothing: past the hard limit it is dropped.
    let big = "x".repeat(1000);
    for i in 0..3 {
        send(&mut h, c, &["SET", &format!("k{i}"), &big]);
    }
    assert!(h.server.node().repl.master.replica(r).is_some());
    let mut closed = false;
    for i in 3..10 {
        send(&mut h, c, &["SET", &format!("k{i}"), &big]);
        while let Some(o) = h.server.poll_output() {
            closed |= o == crate::server::Output::Close(r);
        }
    }
    assert!(closed, "a replica over its hard output limit is closed");
}

/// Applies a replication stream to `copy` as a client would send it.
fn apply_stream(copy: &mut Harness, stream: &[u8]) {
    let k = copy.connect();
    copy.server.handle_read(copy.now, k, stream);
    let out = copy.server.pending_output(k).to_vec();
    copy.server.consume_output(k, out.len());
    assert!(
        !out.windows(2).any(|w| w == b"\n-"),
        "the stream applies cleanly: {}",
        String::from_utf8_lossy(&out)
    );
}

/// Every key of databases 0 and 1 with its value, sorted.
fn dataset(h: &mut Harness) -> Vec<String> {
    let c = h.connect();
    let mut all = Vec::new();
    for db in ["0", "1"] {
        send(h, c, &["SELECT", db]);
        let keys = String::from_utf8(send(h, c, &["KEYS", "*"])).unwrap();
        let mut keys: Vec<String> = keys
            .split("\r\n")
            .skip(1)
            .filter(|l| !l.starts_with('$') && !l.is_empty())
            .map(str::to_string)
            .collect();
        keys.sort();
        for key in keys {
            let t = String::from_utf8(send(h, c, &["TYPE", &key])).unwrap();
            let v = match t.as_str() {
                "+string\r\n" => send(h, c, &["GET", &key]),
                "+list\r\n" => send(h, c, &["LRANGE", &key, "0", "-1"]),
                _ => send(h, c, &["DUMP", &key]),
            };
            all.push(format!("{db} {key} {}", String::from_utf8_lossy(&v)));
        }
    }
    all
}

#[test]
fn snapshot_plus_stream_equals_the_master_under_writes() {
    for diskless in ["yes", "no"] {
        let mut h = Harness::new(&[
            "--repl-diskless-sync",
            diskless,
            "--repl-diskless-sync-delay",
            "0",
        ]);
        // Small slices, so that writes land between them.
        h.node().persist.budget = crate::rdb::snapshot::Budget {
            bytes: 256,
            visits: 16,
        };
        let c = h.connect();
        for i in 0..400 {
            send(&mut h, c, &["SET", &format!("k{i}"), &format!("v{i}")]);
            send(
                &mut h,
                c,
                &["RPUSH", &format!("l{}", i % 7), &i.to_string()],
            );
        }
        send(&mut h, c, &["SELECT", "1"]);
        send(&mut h, c, &["SET", "one", "1"]);
        send(&mut h, c, &["SELECT", "0"]);
        let r = h.connect();
        send(&mut h, r, &["REPLCONF", "capa", "eof"]);
        let mut got = send(&mut h, r, &["PSYNC", "?", "-1"]);
        // Writes between slices: changes to keys the scan did or did not reach yet,
        // deletions, new keys, another database, a transaction.
        let mut i = 0;
        while h.server.node().repl.master.transfer.is_some() || i < 50 {
            send(
                &mut h,
                c,
                &["SET", &format!("k{}", (i * 37) % 400), "changed"],
            );
            send(&mut h, c, &["DEL", &format!("k{}", (i * 53 + 1) % 400)]);
            send(&mut h, c, &["SET", &format!("new{i}"), "n"]);
            send(&mut h, c, &["LPOP", &format!("l{}", i % 7)]);
            if i % 10 == 0 {
                send(&mut h, c, &["MULTI"]);
                send(&mut h, c, &["SELECT", "1"]);
                send(&mut h, c, &["INCR", "one"]);
                send(&mut h, c, &["SELECT", "0"]);
                send(&mut h, c, &["EXEC"]);
            }
            got.extend(h.take_output(r));
            h.advance(0);
            got.extend(h.take_output(r));
            i += 1;
            assert!(i < 10_000, "the transfer ends");
        }
        // The rest: the end of the file, then the stream (after an ACK, diskless).
        for _ in 0..100 {
            h.advance(1);
            got.extend(h.take_output(r));
        }
        got.extend(send(&mut h, r, &["REPLCONF", "ACK", "0"]));
        got.extend(h.take_output(r));
        let (_, offset, rest) = fullresync(&got);
        let (rdb, stream) = if diskless == "yes" {
            let mark = &rest[5..45];
            let body = &rest[47..];
            let end = body
                .windows(40)
                .position(|w| w == mark)
                .expect("the end mark");
            (&body[..end], &body[end + 40..])
        } else {
            let eol = rest.windows(2).position(|w| w == b"\r\n").unwrap();
            let len: usize = std::str::from_utf8(&rest[1..eol]).unwrap().parse().unwrap();
            (&rest[eol + 2..eol + 2 + len], &rest[eol + 2 + len..])
        };
        let mut copy = loaded(rdb);
        apply_stream(&mut copy, stream);
        assert_eq!(dataset(&mut copy), dataset(&mut h), "diskless {diskless}");
        // The replica's offset: the full sync's plus the stream it applied.
        let master_offset = crate::repl::master::current_offset(h.server.node());
        assert_eq!(
            offset + stream.len() as u64,
            master_offset,
            "diskless {diskless}"
        );
    }
}

#[test]
fn replicas_arriving_together_share_one_snapshot() {
    let (mut h, _c) = master(&[
        "--repl-diskless-sync",
        "yes",
        "--repl-diskless-sync-delay",
        "5",
        "--repl-diskless-sync-max-replicas",
        "2",
    ]);
    let r1 = h.connect();
    send(&mut h, r1, &["REPLCONF", "capa", "eof"]);
    assert_eq!(send(&mut h, r1, &["PSYNC", "?", "-1"]), b"");
    // The delay holds the first one back...
    h.advance(1000);
    assert!(h.server.node().repl.master.transfer.is_none());
    assert_eq!(
        h.take_output(r1),
        b"\n",
        "a keepalive newline while waiting"
    );
    // ... until the second makes max-replicas: one transfer for both.
    let r2 = h.connect();
    send(&mut h, r2, &["REPLCONF", "capa", "eof"]);
    let mut a = send(&mut h, r2, &["PSYNC", "?", "-1"]);
    h.advance(100);
    a.extend(h.take_output(r2));
    let b = h.take_output(r1);
    assert!(a.starts_with(b"+FULLRESYNC "));
    // The same bytes to both, down to the random end mark each transfer draws.
    assert!(a.len() > 100);
    assert_eq!(a, b);
}

#[test]
fn legacy_sync_sends_the_rdb_without_fullresync() {
    let (mut h, _c) = master(&["--repl-diskless-sync", "no"]);
    let r = h.connect();
    let mut got = send(&mut h, r, &["SYNC"]);
    for _ in 0..100 {
        h.advance(1);
        got.extend(h.take_output(r));
    }
    assert!(
        got.starts_with(b"$"),
        "{}",
        String::from_utf8_lossy(&got[..20.min(got.len())])
    );
    let eol = got.windows(2).position(|w| w == b"\r\n").unwrap();
    let len: usize = std::str::from_utf8(&got[1..eol]).unwrap().parse().unwrap();
    let rdb = &got[eol + 2..eol + 2 + len];
    assert!(rdb.starts_with(b"REDIS"));
    // Bad requests on a replica's link do not break anything.
    assert_eq!(send(&mut h, r, &["REPLCONF", "ACK", "garbage"]), b"");
    assert_eq!(send(&mut h, r, &["REPLCONF", "ACK", "-5"]), b"");
    assert_eq!(
        send(&mut h, r, &["PSYNC", "?", "-1"]),
        b"",
        "already a replica"
    );
}

#[test]
fn psync2_continues_from_the_previous_id_up_to_second_offset() {
    let (mut h, c) = master(&["--repl-diskless-sync", "no"]);
    let (r, old_id) = synced_replica(&mut h);
    send(&mut h, c, &["SET", "x", "1"]);
    let offset = crate::repl::master::current_offset(h.server.node());
    h.take_output(r);
    h.server.handle_closed(h.now, r);
    // As a promotion leaves it: a new id, the old one valid up to this offset.
    let repl = &mut h.node().repl;
    repl.replid2 = old_id.clone();
    repl.second_offset = offset as i64 + 1;
    repl.replid = "a".repeat(40);
    send(&mut h, c, &["SET", "y", "2"]);
    let r2 = h.connect();
    send(&mut h, r2, &["REPLCONF", "capa", "psync2"]);
    let got = send(&mut h, r2, &["PSYNC", &old_id, &(offset + 1).to_string()]);
    let mut want = format!("+CONTINUE {}\r\n", "a".repeat(40)).into_bytes();
    want.extend(resp(&["SET", "y", "2"]));
    assert_eq!(got, want);
    // Past the second offset, the old id is no good.
    let r3 = h.connect();
    let got = send(&mut h, r3, &["PSYNC", &old_id, &(offset + 2).to_string()]);
    assert!(
        got.starts_with(b"+FULLRESYNC "),
        "{}",
        String::from_utf8_lossy(&got)
    );
}

#[test]
fn client_unblock_ends_a_wait_with_its_count() {
    let (mut h, c) = master(&["--repl-diskless-sync", "no"]);
    let (_r, _) = synced_replica(&mut h);
    send(&mut h, c, &["SET", "k", "v"]);
    assert_eq!(send(&mut h, c, &["WAIT", "1", "0"]), b"");
    let admin = h.connect();
    let id = c.0.to_string();
    assert_eq!(send(&mut h, admin, &["CLIENT", "UNBLOCK", &id]), b":1\r\n");
    assert_eq!(h.take_output(c), b":0\r\n");
    assert!(h.server.node().repl.master.waiters.is_empty());
    assert_eq!(send(&mut h, c, &["WAIT", "1", "0"]), b"");
    assert_eq!(
        send(&mut h, admin, &["CLIENT", "UNBLOCK", &id, "ERROR"]),
        b":1\r\n"
    );
    assert_eq!(
        h.take_output(c),
        b"-UNBLOCKED client unblocked via CLIENT UNBLOCK\r\n"
    );
}

#[test]
fn a_replica_that_stops_reading_its_snapshot_times_out() {
    let mut h = Harness::new(&[
        "--repl-diskless-sync",
        "yes",
        "--repl-diskless-sync-delay",
        "0",
        "--repl-timeout",
        "3",
    ]);
    let c = h.connect();
    // More than the transfer's watermark, so that the output waits for the replica.
    let mut seed = 1u64;
    for i in 0..600 {
        // Letters LZF cannot shorten.
        let value: String = (0..4096)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                char::from(b'a' + (seed >> 59) as u8 % 26)
            })
            .collect();
        send(&mut h, c, &["SET", &format!("k{i}"), &value]);
    }
    let r = h.connect();
    send(&mut h, r, &["REPLCONF", "capa", "eof"]);
    send(&mut h, r, &["PSYNC", "?", "-1"]);
    h.advance(10);
    assert!(
        h.server.node().repl.master.transfer.is_some(),
        "waits for the replica"
    );
    let mut closed = false;
    for _ in 0..6 {
        h.advance(1000);
        while let Some(o) = h.server.poll_output() {
            closed |= o == crate::server::Output::Close(r);
        }
    }
    assert!(closed, "dropped after repl-timeout without progress");
    h.server.handle_closed(h.now, r);
    h.advance(10);
    assert!(
        h.server.node().repl.master.transfer.is_none(),
        "the transfer ends with it"
    );
    // Saves may run again.
    assert_eq!(
        send(&mut h, c, &["BGSAVE"]),
        b"+Background saving started\r\n"
    );
}

#[test]
fn the_stream_waiting_for_a_transfer_counts_against_the_output_limit() {
    let mut h = Harness::new(&[
        "--repl-diskless-sync",
        "no",
        "--client-output-buffer-limit",
        "replica 2048 0 0",
    ]);
    h.node().persist.budget = crate::rdb::snapshot::Budget {
        bytes: 64,
        visits: 2,
    };
    let c = h.connect();
    for i in 0..200 {
        send(&mut h, c, &["SET", &format!("k{i}"), "v"]);
    }
    let r = h.connect();
    send(&mut h, r, &["PSYNC", "?", "-1"]);
    let big = "y".repeat(1000);
    let mut closed = false;
    for i in 0..10 {
        send(&mut h, c, &["SET", &format!("big{i}"), &big]);
        while let Some(o) = h.server.poll_output() {
            closed |= o == crate::server::Output::Close(r);
        }
    }
    assert!(
        closed,
        "over the replica hard limit while its snapshot is prepared"
    );
}

#[test]
fn expired_keys_reach_the_backlog_while_no_replica_is_connected() {
    let (mut h, c) = master(&["--repl-diskless-sync", "no", "--hz", "100"]);
    let (r, replid) = synced_replica(&mut h);
    send(&mut h, c, &["SET", "z", "1", "PX", "50"]);
    let before = h.take_output(r);
    let offset = before.len() as u64;
    h.server.handle_closed(h.now, r);
    h.advance(200);
    send(&mut h, c, &["LPUSH", "z", "a"]);
    let r2 = h.connect();
    send(&mut h, r2, &["REPLCONF", "capa", "eof", "capa", "psync2"]);
    let got = send(&mut h, r2, &["PSYNC", &replid, &(offset + 1).to_string()]);
    let got = String::from_utf8_lossy(&got).into_owned();
    assert!(got.contains("DEL\r\n$1\r\nz"), "{got:?}");
}
