//! The latency a background save adds to a `-P 1` load, in the core alone: no sockets,
//! no disk, no other process, so the figures show the loop's own work and not the
//! machine's scheduling (which dominates `bench/persistence` on a busy machine).
//!
//! The model of a runtime's loop under `redis-benchmark -P 1 -c 50 -t set,get`: each
//! round hands one request from each of 50 clients to the core (SET or GET of a random
//! key among 1M strings of 32 bytes), then completes the save's disk operation if one
//! waits (an instant disk: the runtime's worker thread is off the loop), which runs the
//! next slice. A client sends its next request as soon as it has its reply, so its
//! latency is the time between two of its replies: one loop round, slice included.
//!
//! Three runs of `--seconds` each (default 3): the load alone, the load while BGSAVE
//! runs back to back with the slices paced ([`cinnabar_core::rdb::snapshot::pace`]: the
//! runtime's clock is given), and the same without a clock (every slice runs to its
//! byte and key budget, as before pacing). Prints p50, p99 and max of the latency and
//! the saves completed.
//!
//!   cargo bench -p cinnabar-core --bench snapshot_rounds [-- --seconds 3 --keys 1000000]

use std::time::{Duration, Instant as StdInstant};

use cinnabar_core::resp::encode_request as cmd;
use cinnabar_core::server::DiskOp;
use cinnabar_core::{Config, ConnId, Instant, Now, Output, Server};

/// Clients of the load.
const CLIENTS: usize = 50;

/// How a run treats the save.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Alone,
    Paced,
    Unpaced,
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A server holding `keys` 32-byte strings, with 50 clients and an admin connection.
fn prepare(keys: u64, clock: Option<StdInstant>) -> (Server, Vec<ConnId>, ConnId) {
    let mut config = Config::default();
    config.apply("save", &[String::new()]).expect("save \"\"");
    let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
    let mut server = Server::new(config, now);
    if let Some(origin) = clock {
        server.set_clock(move || Instant::from_nanos(origin.elapsed().as_nanos() as u64));
    }
    let admin = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
    let value = [b'v'; 32];
    let mut i = 0;
    while i < keys {
        let names: Vec<Vec<u8>> = (i..(i + 1000).min(keys))
            .map(|n| format!("key:{n:012}").into_bytes())
            .collect();
        let mut args: Vec<&[u8]> = vec![b"MSET"];
        for n in &names {
            args.push(n);
            args.push(&value);
        }
        server.handle_read(now, admin, &cmd(&args));
        drain(&mut server, &mut Vec::new());
        consume(&mut server, admin);
        i += 1000;
    }
    let clients = (0..CLIENTS)
        .map(|c| server.handle_accept(now, &format!("127.0.0.1:{}", 2 + c), "127.0.0.1:6379"))
        .collect();
    (server, clients, admin)
}

fn drain(server: &mut Server, disk: &mut Vec<DiskOp>) {
    while let Some(out) = server.poll_output() {
        if let Output::Disk(op) = out {
            disk.push(op);
        }
    }
}

fn consume(server: &mut Server, id: ConnId) {
    let n = server.pending_output(id).len();
    server.consume_output(id, n);
}

/// Runs the load for `seconds`: (sorted latencies in µs, saves completed).
fn run(mode: Mode, keys: u64, seconds: u64) -> (Vec<u64>, u64) {
    let origin = StdInstant::now();
    let clock = (mode != Mode::Unpaced).then_some(origin);
    let (mut server, clients, admin) = prepare(keys, clock);
    let now = |origin: StdInstant| {
        Now::new(
            1_700_000_000_000_000,
            Instant::from_nanos(origin.elapsed().as_nanos() as u64),
        )
    };
    let mut disk: Vec<DiskOp> = Vec::new();
    let mut saves = 0;
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut last_reply = vec![None::<StdInstant>; CLIENTS];
    let mut latencies = Vec::new();
    let value = [b'x'; 3];
    let start = StdInstant::now();
    let mut round = 0u64;
    while start.elapsed() < Duration::from_secs(seconds) {
        if mode != Mode::Alone && disk.is_empty() {
            server.handle_read(now(origin), admin, &cmd(&[b"BGSAVE"]));
            drain(&mut server, &mut disk);
            consume(&mut server, admin);
        }
        for (c, &id) in clients.iter().enumerate() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let key = format!("key:{:012}", rng % keys);
            let req = if round.is_multiple_of(2) {
                cmd(&[b"SET", key.as_bytes(), &value])
            } else {
                cmd(&[b"GET", key.as_bytes()])
            };
            server.handle_read(now(origin), id, &req);
            drain(&mut server, &mut disk);
            consume(&mut server, id);
            let t = StdInstant::now();
            if let Some(prev) = last_reply[c] {
                latencies.push(t.duration_since(prev).as_micros() as u64);
            }
            last_reply[c] = Some(t);
        }
        if !disk.is_empty() {
            let op = disk.remove(0);
            if matches!(op, DiskOp::Rename { .. }) {
                saves += 1;
            }
            server.handle_disk_done(now(origin), op.token(), Ok(()));
            drain(&mut server, &mut disk);
        }
        round += 1;
    }
    latencies.sort_unstable();
    (latencies, saves)
}

fn pct(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn main() {
    let seconds = arg("--seconds", 3);
    let keys = arg("--keys", 1_000_000);
    println!("{keys} keys, {CLIENTS} clients, {seconds} s per run; latency = one loop round (µs)");
    println!(
        "{:>22} {:>8} {:>8} {:>8} {:>6}",
        "run", "p50", "p99", "max", "saves"
    );
    for (name, mode) in [
        ("alone", Mode::Alone),
        ("BGSAVE, paced", Mode::Paced),
        ("BGSAVE, fixed slices", Mode::Unpaced),
    ] {
        let (lat, saves) = run(mode, keys, seconds);
        println!(
            "{name:>22} {:>8} {:>8} {:>8} {saves:>6}",
            pct(&lat, 0.5),
            pct(&lat, 0.99),
            lat.last().copied().unwrap_or(0)
        );
    }
}
