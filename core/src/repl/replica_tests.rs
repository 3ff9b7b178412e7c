//! The replica's link driven in process against a fake master: the bytes a Redis
//! 7.0.15 replica sends (checked against a real one: PING, REPLCONF listening-port,
//! REPLCONF capa eof capa psync2, PSYNC ? -1, an ACK of the initial offset once
//! loaded, ACKs of the applied offset not counting the GETACK itself).

use crate::ConnId;
use crate::server::Output;
use crate::testkit::Harness;

/// Encodes a request as the master sends it.
fn cmd(args: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
    crate::effects::encode_into(&mut out, &args);
    out
}

/// An RDB of a master holding a string, a list, a hash and `gone`, a key whose TTL
/// has passed (still stored: active expiry is off).
fn master_rdb() -> Vec<u8> {
    let mut m = Harness::new(&[]);
    let c = m.connect();
    m.call(c, &["DEBUG", "SET-ACTIVE-EXPIRE", "0"]);
    m.call(c, &["SET", "s", "v"]);
    m.call(c, &["RPUSH", "l", "a", "b"]);
    m.call(c, &["HSET", "h", "f", "1"]);
    m.call(c, &["SET", "gone", "x", "PX", "10"]);
    m.advance(50);
    let opts = crate::commands::persistence::snapshot_options(m.node());
    crate::rdb::snapshot::save_all(&mut m.node().dbs, &opts)
}

/// Gives the replica a backlog, as its first sub-replica would.
fn with_backlog(h: &mut Harness) {
    let offset = h.node().repl.offset;
    h.node().repl.master.backlog = Some(crate::repl::backlog::Backlog::new(1 << 20, offset));
}

/// Bytes in the backlog, taken or still waiting in the effects stream.
fn backlog_len(h: &mut Harness) -> u64 {
    let pending = h.node().effects.repl.bytes.len() as u64;
    h.node()
        .repl
        .master
        .backlog
        .as_ref()
        .map_or(0, |b| b.histlen())
        + pending
}

const REPLID: &str = "1111111111111111111111111111111111111111";

/// A replica started with `--replicaof`, dialled and through the handshake up to its
/// PSYNC (returned).
fn handshake(h: &mut Harness) -> (ConnId, Vec<u8>) {
    h.advance(200);
    let (id, host, port) = h.dialled().expect("the replica dials its master");
    assert_eq!((host.as_str(), port), ("127.0.0.1", 7000));
    h.server.handle_connected(h.now, id, "127.0.0.1:40000");
    assert_eq!(h.take_output(id), cmd(&["PING"]));
    h.server.handle_read(h.now, id, b"+PONG\r\n");
    let mut expected = cmd(&["REPLCONF", "listening-port", "7001"]);
    expected.extend(cmd(&["REPLCONF", "capa", "eof", "capa", "psync2"]));
    assert_eq!(h.take_output(id), expected);
    h.server.handle_read(h.now, id, b"+OK\r\n+OK\r\n");
    (id, h.take_output(id))
}

fn info_has(h: &mut Harness, c: ConnId, line: &str) -> bool {
    let info = h.call(c, &["INFO", "replication"]);
    String::from_utf8_lossy(&info).contains(&format!("{line}\r\n"))
}

/// A replica brought up by a full sync of [`master_rdb`] at offset 100.
fn synced() -> (Harness, ConnId, ConnId) {
    let mut h = Harness::new(&["--replicaof", "127.0.0.1", "7000", "--port", "7001"]);
    let (link, psync) = handshake(&mut h);
    assert_eq!(psync, cmd(&["PSYNC", "?", "-1"]));
    let rdb = master_rdb();
    let mut input = format!("\n+FULLRESYNC {REPLID} 100\r\n\n$").into_bytes();
    input.extend(rdb.len().to_string().bytes());
    input.extend(b"\r\n");
    input.extend(&rdb);
    // Split anywhere: the replica waits for whole lines and the whole payload.
    for chunk in input.chunks(7) {
        h.server.handle_read(h.now, link, chunk);
    }
    assert_eq!(h.take_output(link), cmd(&["REPLCONF", "ACK", "100"]));
    let c = h.connect();
    (h, link, c)
}

#[test]
fn full_sync_loads_the_snapshot_and_applies_the_stream_counting_its_bytes() {
    let (mut h, link, c) = synced();
    assert!(info_has(&mut h, c, "master_link_status:up"));
    assert!(info_has(&mut h, c, &format!("master_replid:{REPLID}")));
    assert_eq!(h.call(c, &["GET", "s"]), b"$1\r\nv\r\n");
    assert_eq!(
        h.call(c, &["LRANGE", "l", "0", "-1"]),
        b"*2\r\n$1\r\na\r\n$1\r\nb\r\n"
    );
    // The expired key was loaded, reads as missing, and stays until the master's DEL.
    assert_eq!(h.call(c, &["GET", "gone"]), b"$-1\r\n");
    assert_eq!(h.call(c, &["DBSIZE"]), b":4\r\n");
    h.advance(2000);
    assert_eq!(h.call(c, &["DBSIZE"]), b":4\r\n");
    let mut stream = cmd(&["SET", "a", "b"]); // 27 bytes
    stream.extend(cmd(&["REPLCONF", "GETACK", "*"])); // 37 bytes
    h.server.handle_read(h.now, link, &stream);
    // The periodic ACK of the cron (advance above) came first, then GETACK's.
    let acks = h.take_output(link);
    assert!(
        acks.ends_with(&cmd(&["REPLCONF", "ACK", "127"])),
        "{acks:?}"
    );
    assert_eq!(h.call(c, &["GET", "a"]), b"$1\r\nb\r\n");
    assert!(info_has(&mut h, c, "slave_repl_offset:164"));
    assert!(info_has(&mut h, c, "master_repl_offset:164"));
    h.server.handle_read(h.now, link, &cmd(&["DEL", "gone"]));
    assert_eq!(h.call(c, &["DBSIZE"]), b":4\r\n");
    // Clients may not write; the master's command got no reply.
    assert_eq!(
        h.call(c, &["SET", "x", "1"]),
        b"-READONLY You can't write against a read only replica.\r\n"
    );
    assert!(h.take_output(link).is_empty());
    assert_eq!(
        h.call(c, &["ROLE"]),
        b"*5\r\n$5\r\nslave\r\n$9\r\n127.0.0.1\r\n:7000\r\n$9\r\nconnected\r\n:187\r\n"
    );
}

#[test]
fn a_command_split_across_reads_counts_once_complete() {
    let (mut h, link, c) = synced();
    let set = cmd(&["SET", "k", "v"]);
    h.server.handle_read(h.now, link, &set[..10]);
    assert!(info_has(&mut h, c, "slave_repl_offset:100"));
    assert!(info_has(&mut h, c, "slave_read_repl_offset:110"));
    h.server.handle_read(h.now, link, &set[10..]);
    assert!(info_has(&mut h, c, "slave_repl_offset:127"));
    assert_eq!(h.call(c, &["GET", "k"]), b"$1\r\nv\r\n");
}

#[test]
fn a_broken_link_resumes_with_a_partial_resync() {
    let (mut h, link, c) = synced();
    h.server.handle_read(h.now, link, &cmd(&["SET", "a", "1"]));
    h.server.handle_read(h.now, link, &cmd(&["SELECT", "3"]));
    h.server.handle_closed(h.now, link);
    assert!(info_has(&mut h, c, "master_link_status:down"));
    let (id, _, _) = h.dialled().expect("reconnects at once");
    h.server.handle_connected(h.now, id, "127.0.0.1:40001");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+PONG\r\n");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+OK\r\n+OK\r\n");
    assert_eq!(h.take_output(id), cmd(&["PSYNC", REPLID, "151"]));
    let mut input = format!("+CONTINUE {REPLID}\r\n").into_bytes();
    input.extend(cmd(&["SET", "a", "2"]));
    h.server.handle_read(h.now, id, &input);
    // The stream goes on in the database it selected before the link broke.
    assert_eq!(h.call(c, &["GET", "a"]), b"$1\r\n1\r\n");
    h.call(c, &["SELECT", "3"]);
    assert_eq!(h.call(c, &["GET", "a"]), b"$1\r\n2\r\n");
    assert!(info_has(&mut h, c, "master_link_status:up"));
    assert!(info_has(&mut h, c, "slave_repl_offset:177"));
}

#[test]
fn replicaof_no_one_promotes_with_the_old_replid_as_replid2() {
    let (mut h, _link, c) = synced();
    assert_eq!(h.call(c, &["REPLICAOF", "NO", "ONE"]), b"+OK\r\n");
    assert!(info_has(&mut h, c, "role:master"));
    assert!(info_has(&mut h, c, &format!("master_replid2:{REPLID}")));
    assert!(info_has(&mut h, c, "second_repl_offset:101"));
    assert!(!info_has(&mut h, c, &format!("master_replid:{REPLID}")));
    assert_eq!(h.call(c, &["SET", "x", "1"]), b"+OK\r\n");
    // Keys loaded past their time are a master's to expire now.
    assert_eq!(h.call(c, &["GET", "gone"]), b"$-1\r\n");
    assert_eq!(h.call(c, &["DBSIZE"]), b":4\r\n");
    assert_eq!(
        h.call(c, &["REPLICAOF", "host", "70000"]),
        b"-ERR Invalid master port\r\n"
    );
    assert_eq!(h.call(c, &["REPLICAOF", "h", "1"]), b"+OK\r\n");
    assert_eq!(
        h.call(c, &["REPLICAOF", "h", "1"]),
        b"+OK Already connected to specified master\r\n"
    );
}

#[test]
fn a_diskless_snapshot_ends_at_its_mark() {
    let mut h = Harness::new(&["--replicaof", "127.0.0.1", "7000", "--port", "7001"]);
    let (link, _) = handshake(&mut h);
    let mark = "m".repeat(40);
    let mut input = format!("+FULLRESYNC {REPLID} 5\r\n$EOF:{mark}\r\n").into_bytes();
    input.extend(master_rdb());
    input.extend(mark.bytes());
    for chunk in input.chunks(13) {
        h.server.handle_read(h.now, link, chunk);
    }
    assert_eq!(h.take_output(link), cmd(&["REPLCONF", "ACK", "5"]));
    let c = h.connect();
    assert_eq!(h.call(c, &["GET", "s"]), b"$1\r\nv\r\n");
}

#[test]
fn garbage_or_a_corrupt_snapshot_drops_the_link_and_keeps_the_data() {
    let mut h = Harness::new(&["--replicaof", "127.0.0.1", "7000", "--port", "7001"]);
    let (link, _) = handshake(&mut h);
    let c = h.connect();
    h.server.handle_read(
        h.now,
        link,
        format!("+FULLRESYNC {REPLID} 5\r\n$10\r\n0123456789").as_bytes(),
    );
    let mut closed = false;
    while let Some(out) = h.server.poll_output() {
        closed |= out == Output::Close(link);
    }
    assert!(closed, "a snapshot that does not load closes the link");
    h.server.handle_closed(h.now, link);
    assert!(info_has(&mut h, c, "master_link_status:down"));
    // The next cron dials again; garbage instead of a payload line is refused too.
    h.advance(1100);
    let (id, _, _) = h.dialled().expect("dials again");
    h.server.handle_connected(h.now, id, "127.0.0.1:40002");
    h.server.handle_read(h.now, id, b"+PONG\r\n+OK\r\n+OK\r\n");
    h.server.handle_read(
        h.now,
        id,
        format!("+FULLRESYNC {REPLID} 5\r\nhello\r\n").as_bytes(),
    );
    let mut closed = false;
    while let Some(out) = h.server.poll_output() {
        closed |= out == Output::Close(id);
    }
    assert!(closed);
    assert_eq!(h.call(c, &["PING"]), b"+PONG\r\n");
}

#[test]
fn the_masters_commands_see_keys_expired_here_and_feed_only_the_aof() {
    use crate::effects::{TO_AOF, TO_REPL};
    let (mut h, link, c) = synced();
    h.node().set_effects_consumer(TO_AOF | TO_REPL, true);
    with_backlog(&mut h);
    // `gone` is past its time here, but the master decides: APPEND finds it.
    let stream = cmd(&["APPEND", "gone", "y"]);
    h.server.handle_read(h.now, link, &stream);
    h.server
        .handle_read(h.now, link, &cmd(&["PERSIST", "gone"]));
    assert_eq!(h.call(c, &["GET", "gone"]), b"$2\r\nxy\r\n");
    let aof = std::mem::take(&mut h.node().effects.aof.bytes);
    let mut want = cmd(&["SELECT", "0"]);
    want.extend(&stream);
    want.extend(cmd(&["PERSIST", "gone"]));
    assert_eq!(
        String::from_utf8_lossy(&aof),
        String::from_utf8_lossy(&want)
    );
    // Sub-replicas get the master's bytes as they came, and nothing of their own:
    // the backlog grew by exactly them, and the offsets agree.
    let want = stream.len() + cmd(&["PERSIST", "gone"]).len();
    assert_eq!(backlog_len(&mut h), want as u64);
    let offset = 100 + want;
    assert!(info_has(&mut h, c, &format!("master_repl_offset:{offset}")));
    assert!(info_has(&mut h, c, &format!("slave_repl_offset:{offset}")));
    assert_eq!(
        h.call(c, &["HELLO"])
            .windows(7)
            .filter(|w| w == b"replica")
            .count(),
        1
    );
}

#[test]
fn stale_data_refused_while_the_link_is_down_when_configured() {
    let mut h = Harness::new(&[
        "--replicaof",
        "127.0.0.1",
        "7000",
        "--replica-serve-stale-data",
        "no",
    ]);
    let c = h.connect();
    assert_eq!(
        h.call(c, &["GET", "a"]),
        b"-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.\r\n"
    );
    assert!(h.call(c, &["INFO", "replication"]).starts_with(b"$"));
    assert_eq!(
        h.call(c, &["ROLE"]),
        b"*5\r\n$5\r\nslave\r\n$9\r\n127.0.0.1\r\n:7000\r\n$7\r\nconnect\r\n:-1\r\n"
    );
}

#[test]
fn a_master_that_never_answers_is_given_up_after_repl_timeout() {
    let mut h = Harness::new(&["--replicaof", "127.0.0.1", "7000", "--repl-timeout", "2"]);
    h.advance(200);
    let (id, _, _) = h.dialled().expect("dials");
    h.server.handle_connected(h.now, id, "127.0.0.1:40003");
    assert_eq!(h.take_output(id), cmd(&["PING"]));
    let mut closed = false;
    for _ in 0..40 {
        if closed {
            break;
        }
        h.advance(100);
        while let Some(out) = h.server.poll_output() {
            closed |= out == Output::Close(id);
        }
    }
    assert!(closed, "the silent handshake is abandoned");
    h.server.handle_closed(h.now, id);
    h.advance(1100);
    let (again, _, _) = h.dialled().expect("and tried again");
    assert_ne!(again, id);
    // A dial that fails is retried by the cron too.
    h.server
        .handle_connect_failed(h.now, again, "Connection refused");
    h.advance(1100);
    assert!(h.dialled().is_some());
}

#[test]
fn masterauth_and_masteruser_authenticate_first_and_a_refusal_drops_the_link() {
    let mut h = Harness::new(&[
        "--replicaof",
        "127.0.0.1",
        "7000",
        "--port",
        "7001",
        "--masteruser",
        "repl",
        "--masterauth",
        "s3cret",
    ]);
    h.advance(200);
    let (id, _, _) = h.dialled().expect("dials");
    h.server.handle_connected(h.now, id, "127.0.0.1:40004");
    h.take_output(id);
    // A master that wants a password still answers PING with NOAUTH: go on.
    h.server
        .handle_read(h.now, id, b"-NOAUTH Authentication required.\r\n");
    let mut expected = cmd(&["AUTH", "repl", "s3cret"]);
    expected.extend(cmd(&["REPLCONF", "listening-port", "7001"]));
    expected.extend(cmd(&["REPLCONF", "capa", "eof", "capa", "psync2"]));
    assert_eq!(h.take_output(id), expected);
    h.server.handle_read(
        h.now,
        id,
        b"-WRONGPASS invalid username-password pair or user is disabled.\r\n",
    );
    let mut closed = false;
    while let Some(out) = h.server.poll_output() {
        closed |= out == Output::Close(id);
    }
    assert!(closed);
}

#[test]
fn config_get_replicaof_follows_replicaof() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    let get = |h: &mut Harness| h.call(c, &["CONFIG", "GET", "replicaof"]);
    assert_eq!(get(&mut h), b"*2\r\n$9\r\nreplicaof\r\n$0\r\n\r\n");
    h.call(c, &["REPLICAOF", "127.0.0.1", "1"]);
    assert_eq!(
        get(&mut h),
        b"*2\r\n$9\r\nreplicaof\r\n$11\r\n127.0.0.1 1\r\n"
    );
    h.call(c, &["REPLICAOF", "NO", "ONE"]);
    assert_eq!(get(&mut h), b"*2\r\n$9\r\nreplicaof\r\n$0\r\n\r\n");
}

#[test]
fn a_sub_replica_appearing_mid_command_gets_the_whole_command() {
    use crate::effects::TO_REPL;
    let (mut h, link, c) = synced();
    let set = cmd(&["SET", "k", "v"]);
    h.server.handle_read(h.now, link, &set[..5]);
    h.node().set_effects_consumer(TO_REPL, true);
    with_backlog(&mut h);
    h.server.handle_read(h.now, link, &set[5..]);
    assert_eq!(backlog_len(&mut h), set.len() as u64);
    assert_eq!(h.call(c, &["GET", "k"]), b"$1\r\nv\r\n");
}

#[test]
fn the_stream_may_follow_the_snapshot_in_the_same_read() {
    let mut h = Harness::new(&["--replicaof", "127.0.0.1", "7000", "--port", "7001"]);
    let (link, _) = handshake(&mut h);
    let rdb = master_rdb();
    let mut input = format!("+FULLRESYNC {REPLID} 0\r\n${}\r\n", rdb.len()).into_bytes();
    input.extend(&rdb);
    input.extend(cmd(&["SELECT", "2"]));
    input.extend(cmd(&["SET", "in2", "x"]));
    h.server.handle_read(h.now, link, &input);
    let c = h.connect();
    h.call(c, &["SELECT", "2"]);
    assert_eq!(h.call(c, &["GET", "in2"]), b"$1\r\nx\r\n");
    assert!(info_has(&mut h, c, "slave_repl_offset:52"));
}

#[test]
fn randomkey_and_scan_on_a_replica_delete_no_expired_key() {
    let (mut h, link, c) = synced();
    h.server
        .handle_read(h.now, link, &cmd(&["DEL", "s", "l", "h"]));
    assert_eq!(h.call(c, &["DBSIZE"]), b":1\r\n");
    // Only `gone` is left, past its time: RANDOMKEY ends and deletes nothing.
    for _ in 0..5 {
        assert_eq!(h.call(c, &["RANDOMKEY"]), b"$4\r\ngone\r\n");
    }
    assert_eq!(h.call(c, &["SCAN", "0"]), b"*2\r\n$1\r\n0\r\n*0\r\n");
    assert_eq!(h.call(c, &["EXISTS", "gone"]), b":0\r\n");
    assert_eq!(h.call(c, &["DBSIZE"]), b":1\r\n");
}

/// Random bytes, biased towards the protocol's own characters so that they reach
/// deep into the handshake, the payload framing and the stream parser.
fn garbage(rng: &mut crate::util::rng::Rng, len: usize) -> Vec<u8> {
    const ALPHABET: &[u8] = b"+-$*:\r\n0123456789EOFULLRESYNCONTINUE ?";
    (0..len)
        .map(|_| {
            if rng.below(4) == 0 {
                rng.next_u64() as u8
            } else {
                ALPHABET[rng.below(ALPHABET.len() as u64) as usize]
            }
        })
        .collect()
}

#[test]
fn garbage_from_a_master_at_any_stage_never_panics() {
    for seed in 0..200u64 {
        let mut rng = crate::util::rng::Rng::new(seed);
        let mut h = Harness::new(&["--replicaof", "127.0.0.1", "7000", "--port", "7001"]);
        h.advance(200);
        let Some((mut link, _, _)) = h.dialled() else {
            panic!("seed {seed}: no dial");
        };
        h.server.handle_connected(h.now, link, "127.0.0.1:40005");
        // A sane prefix of random length, then garbage, in random pieces.
        let mut input = b"+PONG\r\n+OK\r\n+OK\r\n".to_vec();
        input.extend(format!("+FULLRESYNC {REPLID} 7\r\n$EOF:{}\r\n", "e".repeat(40)).bytes());
        let keep = rng.below(input.len() as u64 + 1) as usize;
        input.truncate(keep);
        let len = rng.below(300) as usize;
        input.extend(garbage(&mut rng, len));
        let mut rest = &input[..];
        while !rest.is_empty() {
            let n = (rng.below(16) as usize + 1).min(rest.len());
            h.server.handle_read(h.now, link, &rest[..n]);
            rest = &rest[n..];
            while let Some(out) = h.server.poll_output() {
                if out == Output::Close(link) {
                    h.server.handle_closed(h.now, link);
                }
                if let Output::Connect { id, .. } = out {
                    h.server.handle_connected(h.now, id, "127.0.0.1:40006");
                    link = id;
                }
            }
            h.server.consume_output(link, usize::MAX);
        }
        h.advance(1500);
        let c = h.connect();
        assert_eq!(h.call(c, &["PING"]), b"+PONG\r\n", "seed {seed}");
        assert!(h.call(c, &["INFO", "replication"]).starts_with(b"$"));
    }
}

#[test]
fn garbage_in_the_stream_never_panics_and_keeps_the_dataset() {
    for seed in 0..100u64 {
        let mut rng = crate::util::rng::Rng::new(seed);
        let (mut h, link, c) = synced();
        let len = rng.below(400) as usize;
        let mut input = cmd(&["SET", "ok", "1"]);
        input.extend(garbage(&mut rng, len));
        let mut rest = &input[..];
        while !rest.is_empty() {
            let n = (rng.below(32) as usize + 1).min(rest.len());
            h.server.handle_read(h.now, link, &rest[..n]);
            rest = &rest[n..];
        }
        assert_eq!(h.call(c, &["GET", "s"]), b"$1\r\nv\r\n", "seed {seed}");
        assert_eq!(h.call(c, &["GET", "ok"]), b"$1\r\n1\r\n", "seed {seed}");
    }
}

#[test]
fn readonly_comes_before_the_pubsub_context_and_masterdown_after_it() {
    // As redis-server 7.0.15 answers a subscribed RESP2 client of a stale replica.
    let mut h = Harness::new(&[
        "--replicaof",
        "127.0.0.1",
        "7000",
        "--replica-serve-stale-data",
        "no",
    ]);
    let c = h.connect();
    assert!(
        h.call(c, &["SUBSCRIBE", "ch"])
            .starts_with(b"*3\r\n$9\r\nsubscribe")
    );
    assert_eq!(
        h.call(c, &["GET", "a"]),
        b"-ERR Can't execute 'get': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context\r\n"
    );
    assert_eq!(
        h.call(c, &["SET", "a", "1"]),
        b"-READONLY You can't write against a read only replica.\r\n"
    );
}

#[test]
fn replica_announce_ip_adds_replconf_ip_address_and_its_reply() {
    let mut h = Harness::new(&[
        "--replicaof",
        "127.0.0.1",
        "7000",
        "--port",
        "7001",
        "--replica-announce-ip",
        "10.0.0.9",
    ]);
    h.advance(200);
    let (id, _, _) = h.dialled().expect("dials");
    h.server.handle_connected(h.now, id, "127.0.0.1:40007");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+PONG\r\n");
    let mut expected = cmd(&["REPLCONF", "listening-port", "7001"]);
    expected.extend(cmd(&["REPLCONF", "ip-address", "10.0.0.9"]));
    expected.extend(cmd(&["REPLCONF", "capa", "eof", "capa", "psync2"]));
    assert_eq!(h.take_output(id), expected);
    h.server.handle_read(h.now, id, b"+OK\r\n+OK\r\n");
    assert!(
        h.take_output(id).is_empty(),
        "PSYNC waits for the third reply"
    );
    h.server.handle_read(h.now, id, b"+OK\r\n");
    assert_eq!(h.take_output(id), cmd(&["PSYNC", "?", "-1"]));
}

#[test]
fn a_synced_replica_keeps_its_masters_replid_when_a_sub_replica_arrives() {
    // Found by the simulator (`sim --seed 4 --nodes 3`): the middle node of a chain
    // created its backlog only at its first sub-replica, with a new replication id,
    // so its offset matched its master's under another history.
    let (mut h, _link, c) = synced();
    assert!(info_has(&mut h, c, "repl_backlog_active:1"));
    let sub = h.connect();
    h.call(sub, &["REPLCONF", "listening-port", "7002"]);
    h.call(sub, &["PSYNC", "?", "-1"]);
    assert!(info_has(&mut h, c, &format!("master_replid:{REPLID}")));
    assert!(info_has(&mut h, c, "master_repl_offset:100"));
}

#[test]
fn a_promoted_replica_feeds_its_backlog_with_its_own_writes() {
    // Found by the simulator (`sim --seed 220 --nodes 3`): after REPLICAOF NO ONE the
    // backlog kept from the replica's days got none of the new master's writes until
    // the next PSYNC, so a replica continuing partially missed them.
    let (mut h, _link, c) = synced();
    assert_eq!(h.call(c, &["REPLICAOF", "NO", "ONE"]), b"+OK\r\n");
    assert!(info_has(&mut h, c, "master_repl_offset:100"));
    assert_eq!(h.call(c, &["SET", "x", "1"]), b"+OK\r\n");
    assert!(!info_has(&mut h, c, "master_repl_offset:100"));
    assert!(!info_has(&mut h, c, "repl_backlog_histlen:0\r\n"));
}

#[test]
fn sub_replicas_are_dropped_when_the_master_changes_its_history() {
    // Found by the simulator (`sim --seed 141 --nodes 3`): the middle node of a chain
    // kept its sub-replica through a new history, which then stayed at an offset of
    // the old one with its link up.
    let (mut h, link, c) = synced();
    let sub = h.connect();
    h.call(sub, &["REPLCONF", "listening-port", "7002"]);
    h.call(sub, &["PSYNC", "?", "-1"]);
    assert!(info_has(&mut h, c, "connected_slaves:1"));
    h.server.handle_closed(h.now, link);
    let (id, _, _) = h.dialled().expect("reconnects at once");
    h.server.handle_connected(h.now, id, "127.0.0.1:40001");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+PONG\r\n");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+OK\r\n+OK\r\n");
    assert_eq!(h.take_output(id), cmd(&["PSYNC", REPLID, "101"]));
    let new_id = "2222222222222222222222222222222222222222";
    h.server
        .handle_read(h.now, id, format!("+CONTINUE {new_id}\r\n").as_bytes());
    assert!(info_has(&mut h, c, &format!("master_replid:{new_id}")));
    assert!(info_has(&mut h, c, "connected_slaves:0"));
}

#[test]
fn a_link_broken_inside_a_transaction_resumes_from_its_multi() {
    // Found by the simulator (`sim --seed 21 --nodes 2`): the offset counted the
    // commands queued in the master's MULTI, so a partial resync after a drop went on
    // after them and the transaction's first commands were lost.
    let (mut h, link, c) = synced();
    let mut stream = cmd(&["MULTI"]); // 15 bytes
    stream.extend(cmd(&["SET", "t", "1"])); // 27 bytes
    h.server.handle_read(h.now, link, &stream);
    assert!(info_has(&mut h, c, "slave_repl_offset:100"));
    h.server.handle_closed(h.now, link);
    let (id, _, _) = h.dialled().expect("reconnects at once");
    h.server.handle_connected(h.now, id, "127.0.0.1:40001");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+PONG\r\n");
    h.take_output(id);
    h.server.handle_read(h.now, id, b"+OK\r\n+OK\r\n");
    assert_eq!(h.take_output(id), cmd(&["PSYNC", REPLID, "101"]));
    let mut input = format!("+CONTINUE {REPLID}\r\n").into_bytes();
    input.extend(&stream);
    input.extend(cmd(&["EXEC"]));
    h.server.handle_read(h.now, id, &input);
    assert_eq!(h.call(c, &["GET", "t"]), b"$1\r\n1\r\n");
    // 100 + MULTI, SET, EXEC (14 bytes), each once.
    assert!(info_has(&mut h, c, "slave_repl_offset:156"));
}

#[test]
fn an_expire_time_already_past_keeps_the_key_on_a_replica() {
    // Found by the simulator (`sim --seed 21 --nodes 2`): a replica applying its
    // master's stream late deleted a key whose PEXPIREAT had passed meanwhile, so the
    // master's next PEXPIREAT (moving the time later) found nothing.
    let (mut h, link, c) = synced();
    let now_ms = h.now.unix_ms();
    let mut stream = cmd(&["SET", "k", "v"]);
    stream.extend(cmd(&["PEXPIREAT", "k", &(now_ms - 10).to_string()]));
    stream.extend(cmd(&["PEXPIREAT", "k", &(now_ms + 60_000).to_string()]));
    h.server.handle_read(h.now, link, &stream);
    assert_eq!(h.call(c, &["GET", "k"]), b"$1\r\nv\r\n");
}

#[test]
fn a_promoted_replica_drops_its_sub_replicas_so_they_learn_its_new_id() {
    // Found by the simulator (`sim --seed 140 --nodes 3`): the promoted middle node of
    // a chain kept its sub-replica, which stayed under the old replication id.
    let (mut h, _link, c) = synced();
    let sub = h.connect();
    h.call(sub, &["REPLCONF", "listening-port", "7002"]);
    h.call(sub, &["PSYNC", "?", "-1"]);
    assert!(info_has(&mut h, c, "connected_slaves:1"));
    assert_eq!(h.call(c, &["REPLICAOF", "NO", "ONE"]), b"+OK\r\n");
    assert!(info_has(&mut h, c, "connected_slaves:0"));
}

/// Found by the simulator (`--nodes 2 --aof always`, seed 3): a replica with
/// `appendonly yes` kept its AOF across a full sync and appended the new master's
/// stream to it, so a restart loaded its old dataset followed by commands of another
/// history. Redis 7.0's `restartAOFAfterSYNC` stops the AOF and starts it again: the
/// loaded dataset becomes a new base before anything is appended.
#[test]
fn a_full_sync_restarts_the_aof_from_a_base_of_the_loaded_dataset() {
    let mut h = Harness::new(&[
        "--replicaof",
        "127.0.0.1",
        "7000",
        "--port",
        "7001",
        "--appendonly",
        "yes",
    ]);
    h.server
        .aof_open_on_start(h.now, crate::aof::manifest::Manifest::default());
    let (_, first) = h.drive_disk(50);
    assert_eq!(
        first.last().map(String::as_str),
        Some(
            "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n"
        )
    );
    let (link, _) = handshake(&mut h);
    let rdb = master_rdb();
    let mut input = format!("+FULLRESYNC {REPLID} 100\r\n${}\r\n", rdb.len()).into_bytes();
    input.extend(&rdb);
    h.server.handle_read(h.now, link, &input);
    h.advance(10);
    let (renamed, manifests) = h.drive_disk(50);
    assert!(
        renamed.contains(&"appendonlydir/appendonly.aof.2.base.rdb".to_string()),
        "{renamed:?}"
    );
    assert_eq!(
        manifests.last().map(String::as_str),
        Some(
            "file appendonly.aof.2.base.rdb seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n"
        )
    );
}
