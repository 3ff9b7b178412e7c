//! The benchmarked workloads, shared by `pipeline` (criterion, time) and `instructions`
//! (callgrind, instruction counts): each is one command repeated `BATCH` times in a
//! pipelined read, run through the core's public API as a runtime drives it (parse +
//! execute + encode, then drain the replies).
//!
//! Each workload runs against a keyspace prepared so that the commands hit existing
//! keys (GET of a set key, LPOP of a long list), as redis-benchmark's do.

pub use cinnabar_core::resp::encode_request as cmd;
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

/// Commands per pipelined read.
pub const BATCH: usize = 16;

/// The fixed clock every workload runs at.
pub fn now() -> Now {
    Now::new(1_700_000_000_000_000, Instant::from_millis(1))
}

/// Feeds `bytes` and drains the replies, as a runtime would.
pub fn roundtrip(server: &mut Server, id: ConnId, bytes: &[u8]) {
    server.handle_read(now(), id, bytes);
    while server.poll_output().is_some() {}
    let n = server.pending_output(id).len();
    server.consume_output(id, n);
}

/// A benchmarked command with the commands that prepare the keyspace for it.
pub struct Workload {
    /// Name used on command lines and in reports (`lrange_100` for `LRANGE 100`).
    pub name: &'static str,
    /// Makes the commands run once, before measuring (lazily: only the LPOP list is
    /// large, and callgrind runs one workload per process).
    pub setup: fn() -> Vec<Vec<u8>>,
    /// The command repeated `BATCH` times per pipelined read.
    pub command: Vec<u8>,
}

/// A server ready to run one workload.
pub struct Prepared {
    /// The server, with the workload's keyspace loaded.
    pub server: Server,
    /// The connection the batch is read from.
    pub id: ConnId,
    /// `BATCH` copies of the command, as one read.
    pub batch: Vec<u8>,
}

/// A clock as cheap as the runtimes' (the TSC where it is invariant; the bench does
/// not calibrate it, so only its cost is real, not its scale).
fn bench_clock() -> impl Fn() -> cinnabar_core::Instant + Send + 'static {
    #[cfg(target_arch = "x86_64")]
    let read = || {
        // SAFETY: RDTSC reads a counter; it has no preconditions on x86-64.
        let ticks = unsafe { core::arch::x86_64::_rdtsc() };
        let scale: u64 = 1 << 31; // 0.5 ns per tick, as a 32.32 fixed-point number
        cinnabar_core::Instant::from_nanos(((u128::from(ticks) * u128::from(scale)) >> 32) as u64)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let read = {
        let origin = std::time::Instant::now();
        move || cinnabar_core::Instant::from_nanos(origin.elapsed().as_nanos() as u64)
    };
    read
}

impl Workload {
    /// A fresh server with the setup done and the command run once; `None` when the
    /// command answers with an error (its family is not implemented).
    pub fn prepare(&self) -> Option<Prepared> {
        let mut server = Server::new(Config::default(), now());
        // Commands are timed as in a server, with a clock that costs what the runtimes'
        // does (cinnabar-std's command_clock: the TSC, scaled to nanoseconds).
        server.set_clock(bench_clock());
        let id = server.handle_accept(now(), "127.0.0.1:1", "127.0.0.1:6379");
        for s in &(self.setup)() {
            roundtrip(&mut server, id, s);
        }
        server.handle_read(now(), id, &self.command);
        while server.poll_output().is_some() {}
        let unsupported = server.pending_output(id).first() == Some(&b'-');
        let n = server.pending_output(id).len();
        server.consume_output(id, n);
        if unsupported {
            return None;
        }
        Some(Prepared {
            server,
            id,
            batch: self.command.repeat(BATCH),
        })
    }
}

fn workload(name: &'static str, setup: fn() -> Vec<Vec<u8>>, command: Vec<u8>) -> Workload {
    Workload {
        name,
        setup,
        command,
    }
}

/// The 3-byte value SET, LPUSH, HSET and XADD write.
const VALUE: &[u8] = b"xxx";

/// `RPUSH key {prefix}0 {prefix}1 ... {prefix}{n-1}`.
fn rpush(key: &[u8], prefix: &str, n: usize) -> Vec<u8> {
    let items: Vec<Vec<u8>> = (0..n)
        .map(|i| format!("{prefix}{i}").into_bytes())
        .collect();
    let mut args: Vec<&[u8]> = vec![b"RPUSH", key];
    args.extend(items.iter().map(|m| m.as_slice()));
    cmd(&args)
}

/// Every workload, in report order. LPOP's list holds 100,000 elements, enough for
/// 6,250 batches.
pub fn workloads() -> Vec<Workload> {
    vec![
        workload("ping", Vec::new, cmd(&[b"PING"])),
        workload("set", Vec::new, cmd(&[b"SET", b"key:000000000042", VALUE])),
        workload(
            "get",
            || vec![cmd(&[b"SET", b"key:000000000042", VALUE])],
            cmd(&[b"GET", b"key:000000000042"]),
        ),
        workload("incr", Vec::new, cmd(&[b"INCR", b"counter:rand_int"])),
        workload("lpush", Vec::new, cmd(&[b"LPUSH", b"mylist", VALUE])),
        workload(
            "lpop",
            || vec![rpush(b"poplist", "", 100_000)],
            cmd(&[b"LPOP", b"poplist"]),
        ),
        workload(
            "hset",
            Vec::new,
            cmd(&[b"HSET", b"myhash", b"element:000000000042", VALUE]),
        ),
        workload(
            "sadd",
            Vec::new,
            cmd(&[b"SADD", b"myset", b"element:000000000042"]),
        ),
        workload(
            "zadd",
            Vec::new,
            cmd(&[b"ZADD", b"myzset", b"42", b"element:000000000042"]),
        ),
        workload(
            "xadd",
            Vec::new,
            cmd(&[
                b"XADD",
                b"mystream",
                b"MAXLEN",
                b"~",
                b"1000",
                b"*",
                b"field",
                VALUE,
            ]),
        ),
        workload(
            "lrange_100",
            || vec![rpush(b"list100", "m", 100)],
            cmd(&[b"LRANGE", b"list100", b"0", b"99"]),
        ),
        workload(
            "evalsha_1",
            || vec![cmd(&[b"SCRIPT", b"LOAD", RETURN_1])],
            cmd(&[b"EVALSHA", sha1_hex(RETURN_1).as_bytes(), b"0"]),
        ),
        workload(
            "evalsha_3",
            || vec![cmd(&[b"SCRIPT", b"LOAD", SCRIPT_3])],
            cmd(&[
                b"EVALSHA",
                sha1_hex(SCRIPT_3).as_bytes(),
                b"2",
                b"key:000000000042",
                b"counter:rand_int",
                VALUE,
            ]),
        ),
        workload(
            "fcall_3",
            || vec![cmd(&[b"FUNCTION", b"LOAD", LIBRARY_3])],
            cmd(&[
                b"FCALL",
                b"f3",
                b"2",
                b"key:000000000042",
                b"counter:rand_int",
                VALUE,
            ]),
        ),
    ]
}

/// The smallest script (redis-benchmark's `evalsha` rows in BENCHMARKS.md).
const RETURN_1: &[u8] = b"return 1";

/// A script of three commands: a write, a counter and a read.
const SCRIPT_3: &[u8] = b"redis.call('set', KEYS[1], ARGV[1]) redis.call('incr', KEYS[2]) \
return redis.call('get', KEYS[1])";

/// [`SCRIPT_3`] as a library function `f3`.
const LIBRARY_3: &[u8] = b"#!lua name=bench\n\
redis.register_function('f3', function(keys, args) redis.call('set', keys[1], args[1]) \
redis.call('incr', keys[2]) return redis.call('get', keys[1]) end)";

use cinnabar_core::scripting::sha1_hex;
