//! The effects stream against what redis-server 7.0.15 wrote to its `.incr.aof` for the
//! same commands (recorded by hand from a real server: the expected streams below).

use super::*;
use crate::testkit::Harness;

/// The AOF target's bytes so far, taken, as `cmd arg ...` lines joined by ` | `.
pub(super) fn take_aof(h: &mut Harness) -> String {
    let bytes = std::mem::take(&mut h.node().effects.aof.bytes);
    render(&bytes)
}

/// Parses RESP multibulks of bulk strings into `cmd arg ...` joined by ` | `.
fn render(mut bytes: &[u8]) -> String {
    let mut cmds = Vec::new();
    let line = |b: &mut &[u8]| -> String {
        let end = b.windows(2).position(|w| w == b"\r\n").expect("CRLF");
        let s = String::from_utf8_lossy(&b[..end]).into_owned();
        *b = &b[end + 2..];
        s
    };
    while !bytes.is_empty() {
        let head = line(&mut bytes);
        let n: usize = head
            .strip_prefix('*')
            .expect("multibulk")
            .parse()
            .expect("count");
        let mut args = Vec::new();
        for _ in 0..n {
            let len: usize = line(&mut bytes)
                .strip_prefix('$')
                .expect("bulk")
                .parse()
                .expect("len");
            args.push(String::from_utf8_lossy(&bytes[..len]).into_owned());
            assert_eq!(&bytes[len..len + 2], b"\r\n");
            bytes = &bytes[len + 2..];
        }
        cmds.push(args.join(" "));
    }
    cmds.join(" | ")
}

/// A server whose effects feed the AOF target, its clock at a round second.
pub(super) fn with_aof() -> (Harness, crate::ConnId) {
    let mut h = Harness::new(&["--hz", "10"]);
    h.node().set_effects_consumer(TO_AOF, true);
    let c = h.connect();
    (h, c)
}

#[test]
fn writes_go_out_as_sent_after_a_select_and_reads_not_at_all() {
    let (mut h, c) = with_aof();
    h.call(c, &["set", "a", "1"]);
    h.call(c, &["GET", "a"]);
    h.call(c, &["DEL", "nothing"]);
    h.call(c, &["rpush", "l", "a", "b"]);
    assert_eq!(take_aof(&mut h), "SELECT 0 | set a 1 | rpush l a b");
    h.call(c, &["SELECT", "3"]);
    h.call(c, &["set", "c", "3"]);
    h.call(c, &["SELECT", "0"]);
    h.call(c, &["set", "d", "4"]);
    assert_eq!(take_aof(&mut h), "SELECT 3 | set c 3 | SELECT 0 | set d 4");
}

#[test]
fn nothing_is_built_without_a_consumer() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    h.call(c, &["SET", "k", "v", "PX", "1"]);
    h.advance(5);
    h.call(c, &["GET", "k"]);
    h.call(c, &["SET", "a", "1"]);
    assert!(h.node().effects.aof.bytes.is_empty());
    assert!(h.node().dbs.iter().all(|d| d.deletions.is_empty()));
}

#[test]
fn a_transaction_is_wrapped_when_it_wrote_twice_or_more() {
    let (mut h, c) = with_aof();
    for cmd in [&["MULTI"][..], &["SET", "x", "1"], &["EXEC"]] {
        h.call(c, cmd);
    }
    for cmd in [
        &["MULTI"][..],
        &["SET", "x", "1"],
        &["SET", "y", "2"],
        &["GET", "x"],
        &["EXEC"],
    ] {
        h.call(c, cmd);
    }
    for cmd in [&["MULTI"][..], &["GET", "x"], &["EXEC"]] {
        h.call(c, cmd);
    }
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | SET x 1 | MULTI | SET x 1 | SET y 2 | EXEC"
    );
}

#[test]
fn a_transaction_across_databases_selects_inside_and_multi_comes_first() {
    let (mut h, c) = with_aof();
    h.call(c, &["SELECT", "2"]);
    h.call(c, &["set", "s", "1"]);
    for cmd in [
        &["SELECT", "1"][..],
        &["MULTI"],
        &["SET", "m", "1"],
        &["SELECT", "2"],
        &["SET", "m", "2"],
        &["EXEC"],
    ] {
        h.call(c, cmd);
    }
    assert_eq!(
        take_aof(&mut h),
        "SELECT 2 | set s 1 | SELECT 1 | MULTI | SET m 1 | SELECT 2 | SET m 2 | EXEC"
    );
}

#[test]
fn lazy_expiry_joins_the_unit_and_active_expiry_goes_alone() {
    let (mut h, c) = with_aof();
    h.call(c, &["DEBUG", "SET-ACTIVE-EXPIRE", "0"]);
    for k in ["e1", "e2", "e3"] {
        h.call(c, &["SET", k, "v", "PXAT", "1700000000001"]);
    }
    take_aof(&mut h);
    h.advance(10);
    h.call(c, &["set", "e1", "w"]);
    h.call(c, &["get", "e2"]);
    h.call(c, &["incr", "e3"]);
    assert_eq!(
        take_aof(&mut h),
        "MULTI | DEL e1 | set e1 w | EXEC | DEL e2 | MULTI | DEL e3 | incr e3 | EXEC"
    );
    // Inside a transaction the DEL lands where the lookup was.
    h.call(c, &["SET", "e4", "v", "PXAT", "1700000000020"]);
    h.advance(20);
    for cmd in [
        &["MULTI"][..],
        &["SET", "z", "2"],
        &["GET", "e4"],
        &["EXEC"],
    ] {
        h.call(c, cmd);
    }
    assert_eq!(
        take_aof(&mut h),
        "SET e4 v PXAT 1700000000020 | MULTI | SET z 2 | DEL e4 | EXEC"
    );
    h.call(c, &["DEBUG", "SET-ACTIVE-EXPIRE", "1"]);
    h.call(c, &["SET", "f", "1", "PXAT", "1700000000040"]);
    h.call(c, &["SET", "g", "1", "PXAT", "1700000000040"]);
    take_aof(&mut h);
    h.advance(200);
    let active = take_aof(&mut h);
    assert!(
        active == "DEL f | DEL g" || active == "DEL g | DEL f",
        "{active}"
    );
}

/// Sends each space-separated command of `script` on `c`.
fn run(h: &mut Harness, c: crate::ConnId, script: &[&str]) {
    for cmd in script {
        let args: Vec<&str> = cmd.split(' ').collect();
        h.call(c, &args);
    }
}

#[test]
fn pops_moves_expiries_and_floats_go_out_as_redis_rewrites_them() {
    let (mut h, c) = with_aof();
    run(
        &mut h,
        c,
        &[
            "rpush l a b c d e",
            "lmpop 1 l left",
            "lmpop 1 l right count 2",
            "lmpop 2 x l left count 10",
            "rpush l a b c",
            "blmpop 0 1 l left count 2",
            "rpush l2 a b c",
            "blmove l2 d left right 0",
            "brpoplpush l2 d 0",
            "brpop l2 0",
            "set k v px 100000 get",
            "set k v exat 9999999999 nx",
            "getex k px 10000",
            "getex k persist",
            "getex k exat 1",
            "incrbyfloat f 1e3",
            "incrbyfloat f 0.1",
        ],
    );
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | rpush l a b c d e | LPOP l 1 | RPOP l 2 | LPOP l 2 | rpush l a b c | \
         LPOP l 2 | rpush l2 a b c | LMOVE l2 d left right | RPOPLPUSH l2 d | RPOP l2 | \
         SET k v PXAT 1700000100000 | PEXPIREAT k 1700000010000 | PERSIST k | DEL k | \
         SET f 1000 KEEPTTL | SET f 1000.09999999999999998 KEEPTTL"
    );
    run(
        &mut h,
        c,
        &[
            "setex sx 100 v",
            "psetex sy 100000 v",
            "expireat sx 9999999999",
            "expire sy 50 gt",
            "expire sy 500 gt",
            "set pp 1 exat 9999999999",
            "getdel pp",
            "set q 1",
            "pexpire q 0",
        ],
    );
    assert_eq!(
        take_aof(&mut h),
        "SET sx v PXAT 1700000100000 | SET sy v PXAT 1700000100000 | \
         PEXPIREAT sx 9999999999000 | PEXPIREAT sy 1700000500000 gt | \
         SET pp 1 PXAT 9999999999000 | DEL pp | set q 1 | DEL q"
    );
}

#[test]
fn a_served_waiter_goes_out_as_its_plain_pop_after_the_push() {
    let (mut h, a) = with_aof();
    let b = h.connect();
    h.call(b, &["BLPOP", "q", "0"]);
    h.call(a, &["rpush", "q", "x", "y"]);
    assert_eq!(take_aof(&mut h), "SELECT 0 | rpush q x y | LPOP q");
}

#[test]
fn flushes_are_forced_and_publish_reaches_replicas_only() {
    let (mut h, c) = with_aof();
    h.node().set_effects_consumer(TO_REPL, true);
    run(
        &mut h,
        c,
        &["flushall", "flushdb", "publish ch m", "set a 1"],
    );
    assert_eq!(take_aof(&mut h), "SELECT 0 | flushall | flushdb | set a 1");
    let repl = std::mem::take(&mut h.node().effects.repl.bytes);
    assert_eq!(
        render(&repl),
        "SELECT 0 | flushall | flushdb | publish ch m | set a 1"
    );
}

#[test]
fn lazyfree_lazy_expire_sends_unlink_instead() {
    let (mut h, c) = with_aof();
    run(
        &mut h,
        c,
        &[
            "config set lazyfree-lazy-expire yes",
            "debug set-active-expire 0",
            "set a 1 px 1",
        ],
    );
    h.advance(5);
    run(
        &mut h,
        c,
        &["get a", "set b 1 px 1", "debug set-active-expire 1"],
    );
    h.advance(300);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | SET a 1 PXAT 1700000000001 | UNLINK a | SET b 1 PXAT 1700000000006 | UNLINK b"
    );
}

#[test]
fn a_script_goes_out_as_the_commands_it_ran() {
    let (mut h, c) = with_aof();
    h.call(
        c,
        &[
            "eval",
            "redis.call('set','a','1'); redis.call('incr','c'); return 1",
            "0",
        ],
    );
    h.call(
        c,
        &[
            "eval",
            "redis.call('set','b','1', 'EX', '100'); return redis.call('get','b')",
            "0",
        ],
    );
    h.call(c, &["eval", "return redis.call('get','a')", "0"]);
    h.call(c, &["script", "load", "return 1"]);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | MULTI | set a 1 | incr c | EXEC | SET b 1 PXAT 1700000100000"
    );
}

#[test]
fn set_drops_get_and_any_expiry_becomes_pxat_alone() {
    // What redis-server 7.0.15 appended for these commands.
    let (mut h, c) = with_aof();
    run(
        &mut h,
        c,
        &[
            "set k v get",
            "set k v1 xx get",
            "set k v2 GET keepttl",
            "set k v3 xx get px 100000",
            "set k v4 pxat 9999999999999 xx",
            "getset k v6",
            "set n v NX GET",
            "rpush l a",
        ],
    );
    let b = h.connect();
    h.call(b, &["blmove", "l2", "d", "LEFT", "RIGHT", "0"]);
    h.call(c, &["rpush", "l2", "x"]);
    assert_eq!(
        take_aof(&mut h),
        "SELECT 0 | set k v | set k v1 xx | set k v2 keepttl | SET k v3 PXAT 1700000100000 | \
         SET k v4 PXAT 9999999999999 | SET k v6 | set n v NX | rpush l a | rpush l2 x | \
         LMOVE l2 d left right"
    );
}
