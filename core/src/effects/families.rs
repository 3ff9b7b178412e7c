//! The effects of the commands other families rewrite, against what redis-server
//! 7.0.15 appended to its `.incr.aof` for the same commands (run by hand with
//! `appendonly yes`; its absolute times replaced by this harness's clock, which starts
//! at 1700000000000 ms). The differential test
//! `conformance/tests/effects_differential.rs` checks the same against a live Redis.

use super::tests::{take_aof, with_aof};

#[test]
fn spop_goes_out_as_srem_per_member_or_del_of_the_whole_set() {
    let (mut h, c) = with_aof();
    h.call(c, &["SADD", "one", "x"]);
    h.call(c, &["SPOP", "one"]);
    h.call(c, &["SADD", "two", "x"]);
    h.call(c, &["SPOP", "two", "1"]);
    h.call(c, &["SADD", "s", "a", "b", "c"]);
    h.call(c, &["SPOP", "s", "0"]);
    h.call(c, &["SPOP", "nokey", "3"]);
    h.call(c, &["SPOP", "s", "5"]);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | SADD one x | SREM one x | SADD two x | DEL two | SADD s a b c | DEL s"
    );
    // Part of a set: one SREM per member, wrapped (which members is random).
    h.call(c, &["SADD", "s", "1", "2", "3", "4", "5"]);
    take_aof(&mut h);
    h.call(c, &["SPOP", "s", "2"]);
    let popped = take_aof(&mut h);
    let parts: Vec<&str> = popped.split(" | ").collect();
    assert_eq!(parts.len(), 4, "{popped}");
    assert_eq!((parts[0], parts[3]), ("MULTI", "EXEC"), "{popped}");
    assert!(parts[1].starts_with("SREM s ") && parts[2].starts_with("SREM s "));
    assert_ne!(parts[1], parts[2]);
    h.call(c, &["SPOP", "s"]);
    let one = take_aof(&mut h);
    assert!(one.starts_with("SREM s ") && !one.contains('|'), "{one}");
}

#[test]
fn hincrbyfloat_goes_out_as_hset_of_the_sum() {
    let (mut h, c) = with_aof();
    h.call(c, &["HINCRBYFLOAT", "h", "f", "10.5"]);
    h.call(c, &["HINCRBYFLOAT", "h", "f", "1e3"]);
    h.call(c, &["HINCRBYFLOAT", "h", "x", "0x10"]);
    h.call(c, &["HINCRBYFLOAT", "h", "f", "nope"]);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | HSET h f 10.5 | HSET h f 1010.5 | HSET h x 16"
    );
}

#[test]
fn pops_among_keys_go_out_as_zpop_of_the_key_popped() {
    let (mut h, c) = with_aof();
    h.call(c, &["ZADD", "a", "1", "x", "2", "y", "3", "z"]);
    h.call(c, &["ZMPOP", "1", "a", "MIN"]);
    h.call(c, &["ZMPOP", "2", "nokey", "a", "max", "COUNT", "10"]);
    h.call(c, &["ZADD", "z", "1", "a", "2", "b"]);
    h.call(c, &["ZADD", "y", "9", "q"]);
    h.call(c, &["BZPOPMIN", "nokey", "z", "y", "0"]);
    h.call(c, &["BZPOPMAX", "nokey", "y", "z", "0"]);
    h.call(c, &["BZMPOP", "0", "2", "nokey", "z", "MAX", "COUNT", "5"]);
    h.call(c, &["ZPOPMIN", "z", "1"]);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | ZADD a 1 x 2 y 3 z | ZPOPMIN a 1 | ZPOPMAX a 2 | ZADD z 1 a 2 b \
         | ZADD y 9 q | ZPOPMIN z | ZPOPMAX y | ZPOPMAX z 1"
    );
}

#[test]
fn geoadd_goes_out_as_the_zadd_of_its_scores() {
    let (mut h, c) = with_aof();
    h.call(
        c,
        &[
            "GEOADD",
            "Sicily",
            "13.361389",
            "38.115556",
            "Palermo",
            "15.087269",
            "37.502669",
            "Catania",
        ],
    );
    h.call(
        c,
        &[
            "GEOADD", "Sicily", "NX", "0", "0", "Palermo", "1", "1", "new",
        ],
    );
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | zadd Sicily 3479099956230698 Palermo 3479447370796909 Catania \
         | zadd Sicily NX 3377699720527872 Palermo 3377822707026402 new"
    );
}

/// Sends one command with binary arguments on `conn` (the harness takes text).
fn call_bytes(h: &mut crate::testkit::Harness, conn: crate::ConnId, args: &[&[u8]]) {
    let mut req = Vec::new();
    super::encode_into(&mut req, args);
    h.server.handle_read(h.now, conn, &req);
    let n = h.server.pending_output(conn).len();
    h.server.consume_output(conn, n);
}

#[test]
fn restore_with_a_relative_ttl_goes_out_with_the_absolute_one() {
    let (mut h, c) = with_aof();
    h.call(c, &["SET", "k", "hello"]);
    let dump = h.call(c, &["DUMP", "k"]);
    // `$<len>\r\n<payload>\r\n`
    let start = dump.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    let payload = dump[start..dump.len() - 2].to_vec();
    let shown = String::from_utf8_lossy(&payload).into_owned();
    take_aof(&mut h);
    call_bytes(&mut h, c, &[b"RESTORE", b"t", b"100000", &payload]);
    call_bytes(
        &mut h,
        c,
        &[b"RESTORE", b"a", b"1800000000000", &payload, b"ABSTTL"],
    );
    call_bytes(
        &mut h,
        c,
        &[b"RESTORE", b"k", b"1000", &payload, b"ABSTTL", b"REPLACE"],
    );
    assert_eq!(
        take_aof(&mut h),
        format!(
            "RESTORE t 1700000100000 {shown} ABSTTL | RESTORE a 1800000000000 {shown} ABSTTL \
             | DEL k"
        )
    );
}

#[test]
fn xadd_and_xtrim_go_out_with_the_id_used_and_the_trim_done() {
    let (mut h, c) = with_aof();
    h.call(c, &["XADD", "s", "1-1", "f", "v"]);
    h.call(c, &["XADD", "s", "5-*", "f", "v"]);
    h.call(c, &["XADD", "s", "MAXLEN", "~", "1", "*", "f", "v"]);
    h.call(c, &["XTRIM", "s", "MAXLEN", "~", "0"]);
    h.call(c, &["XTRIM", "s", "MINID", "0"]);
    h.call(c, &["XADD", "t", "MINID", "~", "100", "7-7", "f", "v"]);
    h.call(c, &["XADD", "u", "1-1", "f", "v"]);
    h.call(c, &["XADD", "u", "1-2", "f", "v"]);
    h.call(c, &["XTRIM", "u", "MINID", "=", "1-2"]);
    h.call(c, &["XTRIM", "u", "MAXLEN", "~", "0", "LIMIT", "5"]);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | XADD s 1-1 f v | XADD s 5-0 f v | XADD s MAXLEN = 3 1700000000000-0 f v \
         | XTRIM s MAXLEN = 0 | XADD t MINID = 18446744073709551615-18446744073709551615 7-7 f v \
         | XADD u 1-1 f v | XADD u 1-2 f v | XTRIM u MINID = 1-2 | XTRIM u MAXLEN = 0 LIMIT 5"
    );
}

#[test]
fn group_reads_and_claims_go_out_as_xclaims_and_setids() {
    let (mut h, c) = with_aof();
    for cmd in [
        &["XADD", "s", "1-1", "f", "v"][..],
        &["XGROUP", "CREATE", "s", "g", "0"],
        &["XADD", "t", "1-4", "f", "v"],
        &["XGROUP", "CREATE", "t", "g", "0"],
    ] {
        h.call(c, cmd);
    }
    take_aof(&mut h);
    // A history read propagates nothing; a NOACK read, its new consumer and the
    // group's last id (the consumer only when the read created it).
    h.call(c, &["XREADGROUP", "GROUP", "g", "c0", "STREAMS", "s", "0"]);
    h.call(
        c,
        &[
            "XREADGROUP",
            "GROUP",
            "g",
            "c1",
            "NOACK",
            "STREAMS",
            "s",
            ">",
        ],
    );
    h.call(c, &["XADD", "s", "1-2", "f", "v"]);
    h.call(
        c,
        &[
            "XREADGROUP",
            "GROUP",
            "g",
            "c1",
            "NOACK",
            "STREAMS",
            "s",
            ">",
        ],
    );
    h.call(c, &["XADD", "s", "1-3", "f", "v"]);
    h.call(
        c,
        &[
            "XREADGROUP",
            "GROUP",
            "g",
            "c2",
            "COUNT",
            "1",
            "STREAMS",
            "s",
            "t",
            ">",
            ">",
        ],
    );
    // Re-reading its history counts a delivery (not propagated, as in Redis 7.0).
    h.call(c, &["XREADGROUP", "GROUP", "g", "c2", "STREAMS", "s", "0"]);
    assert_eq!(
        take_aof(&mut h),
        "MULTI | XGROUP CREATECONSUMER s g c1 | XGROUP SETID s g 1-1 ENTRIESREAD 1 | EXEC \
         | XADD s 1-2 f v | XGROUP SETID s g 1-2 ENTRIESREAD 2 | XADD s 1-3 f v | MULTI \
         | XCLAIM s g c2 0 1-3 TIME 1700000000000 RETRYCOUNT 1 FORCE JUSTID LASTID 1-3 \
         | XCLAIM t g c2 0 1-4 TIME 1700000000000 RETRYCOUNT 1 FORCE JUSTID LASTID 1-4 | EXEC"
    );
    h.advance(5);
    h.call(c, &["XAUTOCLAIM", "s", "g", "c9", "0", "0", "COUNT", "1"]);
    h.call(c, &["XCLAIM", "s", "g", "c10", "0", "1-3", "JUSTID"]);
    h.call(c, &["XCLAIM", "s", "g", "c10", "0", "1-9"]);
    h.call(c, &["XCLAIM", "s", "g", "dave", "0", "LASTID", "2-0"]);
    assert_eq!(
        take_aof(&mut h),
        "XCLAIM s g c9 0 1-3 TIME 1700000000005 RETRYCOUNT 3 FORCE JUSTID LASTID 1-3 \
         | XCLAIM s g c10 0 1-3 TIME 1700000000005 RETRYCOUNT 3 FORCE JUSTID LASTID 1-3 \
         | XGROUP SETID s g 2-0 ENTRIESREAD 3"
    );
    // A deleted pending entry goes out with its old owner and state, then is dropped.
    h.call(c, &["XDEL", "s", "1-3"]);
    h.call(c, &["XCLAIM", "s", "g", "carol", "0", "1-3"]);
    assert_eq!(
        take_aof(&mut h),
        "XDEL s 1-3 | XCLAIM s g c10 0 1-3 TIME 1700000000005 RETRYCOUNT 3 FORCE JUSTID LASTID 2-0"
    );
}

#[test]
fn each_target_wraps_only_the_commands_it_gets() {
    let (mut h, c) = with_aof();
    for cmd in [
        &["MULTI"][..],
        &["PUBLISH", "ch", "one"],
        &["PUBLISH", "ch", "two"],
        &["EXEC"],
    ] {
        h.call(c, cmd);
    }
    assert_eq!(take_aof(&mut h), "");
    for cmd in [
        &["MULTI"][..],
        &["SET", "a", "1"],
        &["PUBLISH", "ch", "x"],
        &["EXEC"],
        &["MULTI"],
        &["PUBLISH", "ch", "x"],
        &["SET", "b", "1"],
        &["SET", "c", "1"],
        &["EXEC"],
    ] {
        h.call(c, cmd);
    }
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | SET a 1 | MULTI | SET b 1 | SET c 1 | EXEC"
    );
}
