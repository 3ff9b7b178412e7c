//! HyperLogLog values interchange with a real redis-server 7.0.15 through DUMP/RESTORE
//! (sparse and dense, both ways), and count, read and grow the same on both. An
//! integration test, outside `core/src`, because it runs redis-server.

mod common;

use std::path::Path;

use common::redis::{OneConn, REDIS_SERVER, RedisServer};

/// The payload of a bulk reply.
fn bulk_payload(reply: &[u8]) -> Vec<u8> {
    let start = reply.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    reply
        .get(start..reply.len().saturating_sub(2))
        .unwrap_or_default()
        .to_vec()
}

/// HLLs of several sizes, sparse and dense, go both ways through DUMP/RESTORE and
/// count, read and grow the same on both servers.
#[test]
fn dump_restore_interchange_with_redis() {
    if !Path::new(REDIS_SERVER).exists() {
        eprintln!("skipped: {REDIS_SERVER} not installed");
        return;
    }
    let dbfile = format!("cinnabar-hll-interop-{}.rdb", std::process::id());
    let mut redis = RedisServer::start(&std::env::temp_dir(), &dbfile);
    let mut ours = OneConn::new();
    for (n, dense) in [
        (0usize, false),
        (5, false),
        (400, false),
        (20, true),
        (5000, true),
    ] {
        let elements: Vec<Vec<u8>> = (0..n).map(|i| format!("x{n}:{i}").into_bytes()).collect();
        let key = format!("h{n}{dense}").into_bytes();
        for server in [0, 1] {
            let mut args: Vec<&[u8]> = vec![b"PFADD", &key];
            args.extend(elements.iter().map(Vec::as_slice));
            let todense: [&[u8]; 3] = [b"PFDEBUG", b"TODENSE", &key];
            if server == 0 {
                ours.send(&args);
                if dense {
                    ours.send(&todense);
                }
            } else {
                redis.run(&args);
                if dense {
                    redis.run(&todense);
                }
            }
        }
        let get: [&[u8]; 2] = [b"GET", &key];
        assert_eq!(ours.send(&get), redis.run(&get), "{n} elements: same bytes");
        let dump: [&[u8]; 2] = [b"DUMP", &key];
        let our_dump = bulk_payload(&ours.send(&dump));
        let their_dump = bulk_payload(&redis.run(&dump));
        let copy = format!("copy{n}{dense}").into_bytes();
        let restore_ours: [&[u8]; 4] = [b"RESTORE", &copy, b"0", &their_dump];
        let restore_theirs: [&[u8]; 4] = [b"RESTORE", &copy, b"0", &our_dump];
        assert_eq!(ours.send(&restore_ours), b"+OK\r\n");
        assert_eq!(
            redis.run(&restore_theirs),
            b"+OK\r\n",
            "Redis restores ours"
        );
        for cmd in [&b"PFCOUNT"[..], b"GET"] {
            let args: [&[u8]; 2] = [cmd, &copy];
            assert_eq!(ours.send(&args), redis.run(&args), "{n} elements");
        }
        let grow: [&[u8]; 4] = [b"PFADD", &copy, b"one more", b"and another"];
        assert_eq!(ours.send(&grow), redis.run(&grow));
        for cmd in [&b"PFCOUNT"[..], b"GET"] {
            let args: [&[u8]; 2] = [cmd, &copy];
            assert_eq!(ours.send(&args), redis.run(&args), "{n} elements, grown");
        }
    }
}
