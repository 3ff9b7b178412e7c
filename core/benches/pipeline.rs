//! The core alone, no sockets: parse + execute + encode for pipelined batches of common
//! commands, reported per command (criterion's throughput is set to the batch size, so
//! "elem/s" is commands per second). Run with `cargo bench -p cinnabar-core`.
//!
//! Each workload runs against a keyspace prepared so that the commands hit existing
//! keys (GET of a set key, LPOP of a long list), as redis-benchmark's do.

use cinnabar_core::{Config, ConnId, Instant, Now, Server};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const BATCH: usize = 16;

fn cmd(args: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
    out
}

fn now() -> Now {
    Now::new(1_700_000_000_000_000, Instant::from_millis(1))
}

/// Feeds `bytes` and drains the replies, as a runtime would.
fn roundtrip(server: &mut Server, id: ConnId, bytes: &[u8]) {
    server.handle_read(now(), id, bytes);
    while server.poll_output().is_some() {}
    let n = server.pending_output(id).len();
    server.consume_output(id, n);
}

/// A benchmarked command with the commands that prepare the keyspace for it.
struct Workload {
    name: &'static str,
    setup: Vec<Vec<u8>>,
    command: Vec<u8>,
}

fn workload(name: &'static str, setup: Vec<Vec<u8>>, command: Vec<u8>) -> Workload {
    Workload {
        name,
        setup,
        command,
    }
}

fn workloads() -> Vec<Workload> {
    let value = [b'x'; 3];
    let members: Vec<Vec<u8>> = (0..100).map(|i| format!("m{i}").into_bytes()).collect();
    let mut lrange_setup: Vec<&[u8]> = vec![b"RPUSH", b"list100"];
    lrange_setup.extend(members.iter().map(|m| m.as_slice()));
    let mut long_list: Vec<&[u8]> = vec![b"RPUSH", b"poplist"];
    let filler: Vec<Vec<u8>> = (0..100_000).map(|i| format!("{i}").into_bytes()).collect();
    long_list.extend(filler.iter().map(|m| m.as_slice()));
    vec![
        workload("ping", vec![], cmd(&[b"PING"])),
        workload("set", vec![], cmd(&[b"SET", b"key:000000000042", &value])),
        workload(
            "get",
            vec![cmd(&[b"SET", b"key:000000000042", &value])],
            cmd(&[b"GET", b"key:000000000042"]),
        ),
        workload("incr", vec![], cmd(&[b"INCR", b"counter:rand_int"])),
        workload("lpush", vec![], cmd(&[b"LPUSH", b"mylist", &value])),
        workload("lpop", vec![cmd(&long_list)], cmd(&[b"LPOP", b"poplist"])),
        workload(
            "hset",
            vec![],
            cmd(&[b"HSET", b"myhash", b"element:000000000042", &value]),
        ),
        workload(
            "sadd",
            vec![],
            cmd(&[b"SADD", b"myset", b"element:000000000042"]),
        ),
        workload(
            "zadd",
            vec![],
            cmd(&[b"ZADD", b"myzset", b"42", b"element:000000000042"]),
        ),
        workload(
            "xadd",
            vec![],
            cmd(&[
                b"XADD",
                b"mystream",
                b"MAXLEN",
                b"~",
                b"1000",
                b"*",
                b"field",
                &value,
            ]),
        ),
        workload(
            "lrange_100",
            vec![cmd(&lrange_setup)],
            cmd(&[b"LRANGE", b"list100", b"0", b"99"]),
        ),
    ]
}

fn bench_pipelines(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline16");
    group.throughput(Throughput::Elements(BATCH as u64));
    for Workload {
        name,
        setup,
        command: one,
    } in workloads()
    {
        let mut server = Server::new(Config::default(), now());
        let id = server.handle_accept(now(), "127.0.0.1:1", "127.0.0.1:6379");
        for s in &setup {
            roundtrip(&mut server, id, s);
        }
        let batch = one.repeat(BATCH);
        // Skip workloads whose family is not implemented (an error reply).
        server.handle_read(now(), id, &one);
        while server.poll_output().is_some() {}
        let unsupported = server.pending_output(id).first() == Some(&b'-');
        let n = server.pending_output(id).len();
        server.consume_output(id, n);
        if unsupported {
            eprintln!("skipping {name}: not supported yet");
            continue;
        }
        group.bench_function(name, |b| b.iter(|| roundtrip(&mut server, id, &batch)));
    }
    group.finish();
}

criterion_group!(benches, bench_pipelines);
criterion_main!(benches);
