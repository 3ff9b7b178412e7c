//! MEMORY (USAGE, STATS, DOCTOR, MALLOC-STATS, PURGE, HELP) and the memory figures
//! INFO reports.
//!
//! The core cannot ask an allocator what it holds. A runtime that can reports the
//! figures with [`crate::Server::handle_memory_report`]; otherwise they are estimated
//! from what the core holds (keys, client buffers) at fixed per-item costs. MEMORY
//! USAGE sizes a string exactly as Redis 7.0 with jemalloc would (object header, SDS
//! header and jemalloc's size classes), so that it matches Redis for strings; other
//! types are estimated.

use super::flags::*;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, container};
use crate::server::Node;
use crate::types::Value;
use crate::types::string::Encoding;
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] =
    &[Command::new("memory", -2, 0, container).with_subcommands(SUBCOMMANDS)];

const SUBCOMMANDS: &[Command] = &[
    Command::new("usage", -3, READONLY, usage).keys(2, 2, 1),
    Command::new("stats", 2, 0, stats),
    Command::new("doctor", 2, 0, doctor),
    Command::new("malloc-stats", 2, 0, malloc_stats),
    Command::new("purge", 2, 0, purge),
    Command::new("help", 2, LOADING | STALE, help),
];

/// Memory the server holds before any key or client (the estimate's base).
const STARTUP_BYTES: u64 = 800 * 1024;
/// Estimated cost of one key (dict entry, key, small value) when nothing better is known.
const KEY_BYTES: u64 = 72;
/// Estimated cost of one expiry entry.
const EXPIRE_BYTES: u64 = 32;
/// Estimated fixed cost of one client besides its buffers.
const CLIENT_BYTES: u64 = 1024;

/// The memory figures INFO and MEMORY STATS print.
#[derive(Debug, Clone, Copy)]
pub struct Figures {
    /// `used_memory`.
    pub used: u64,
    /// `used_memory_rss`.
    pub rss: u64,
    /// `used_memory_peak`.
    pub peak: u64,
    /// `used_memory_startup`.
    pub startup: u64,
    /// `used_memory_overhead`: startup, clients and hash tables.
    pub overhead: u64,
    /// Hash table overhead of each database: (main, expires).
    pub tables: u64,
}

/// Figures for `node`, whose clients hold `clients_mem` bytes of buffers.
pub fn figures(node: &Node, clients_mem: u64) -> Figures {
    let keys: u64 = node.dbs.iter().map(|d| d.len() as u64).sum();
    let expires: u64 = node.dbs.iter().map(|d| d.expires_len() as u64).sum();
    let tables = keys * 32 + expires * 32;
    let estimate =
        STARTUP_BYTES + clients_mem + CLIENT_BYTES + keys * KEY_BYTES + expires * EXPIRE_BYTES;
    let report = &node.introspect.memory;
    let used = report.used.unwrap_or(estimate);
    Figures {
        used,
        rss: report.rss.unwrap_or(used),
        peak: report.peak.max(used),
        startup: STARTUP_BYTES.min(used),
        overhead: (STARTUP_BYTES + clients_mem + tables).min(used),
        tables,
    }
}

/// jemalloc's size class for an allocation of `n` bytes (16-byte quantum, four
/// classes per doubling above 128).
pub fn size_class(n: usize) -> usize {
    if n <= 8 {
        8
    } else if n <= 128 {
        n.div_ceil(16) * 16
    } else {
        let k = usize::BITS - 1 - (n - 1).leading_zeros();
        let step = 1usize << (k - 2);
        n.div_ceil(step) * step
    }
}

/// Bytes of an SDS header for a string of `len` bytes (Redis picks the smallest type).
fn sds_header(len: usize) -> usize {
    match len {
        0..32 => 1,
        32..256 => 3,
        256..65536 => 5,
        _ if (len as u64) < 1 << 32 => 9,
        _ => 17,
    }
}

/// Redis's `sizeof(robj)`.
const ROBJ: usize = 16;
/// Redis's `sizeof(dictEntry)`.
const DICT_ENTRY: usize = 24;

/// What MEMORY USAGE reports for `key` holding `value`.
pub fn key_usage(key: &[u8], value: &Value) -> u64 {
    let key_bytes = size_class(sds_header(key.len()) + key.len() + 1);
    (value_usage(value) + key_bytes + DICT_ENTRY) as u64
}

/// Bytes Redis would use for `value` (exact for strings, estimated otherwise).
fn value_usage(value: &Value) -> usize {
    match value {
        Value::Str(s) => match s.encoding() {
            Encoding::Int => ROBJ,
            // An embstr is one allocation: object, 3-byte SDS header, bytes, NUL.
            Encoding::Embstr => size_class(ROBJ + 3 + s.len() + 1),
            Encoding::Raw => ROBJ + size_class(sds_header(s.len()).max(3) + s.len() + 1),
        },
        // Collections: an empty small (listpack) encoding until their types report sizes.
        Value::List(_) | Value::Hash(_) | Value::Set(_) | Value::ZSet(_) => ROBJ + 32,
        Value::Stream(_) => ROBJ + 112,
    }
}

fn usage(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.len() {
        3 => {}
        5 if argv[3].eq_ignore_ascii_case(b"samples") => {
            if parse_i64(argv[4]).is_none() {
                return ctx.out.error(NOT_INTEGER);
            }
        }
        _ => return ctx.out.error(SYNTAX_ERR),
    }
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match db.get_untouched(argv[2], now) {
        Some(v) => out.int(key_usage(argv[2], v) as i64),
        None => out.null(),
    }
}

fn stats(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let clients_mem = (ctx.out.pending_len()
        + ctx
            .others
            .values()
            .map(|c| c.parser.buffered_len() + c.reply.pending_len())
            .sum::<usize>()) as u64;
    let node = &*ctx.node;
    let repl = crate::repl::memory::usage(node, ctx.others);
    let clients_mem = clients_mem.saturating_sub(repl.replicas);
    let f = figures(node, clients_mem + repl.replicas + repl.backlog);
    let dbs: Vec<(usize, u64, u64)> = node
        .dbs
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.is_empty())
        .map(|(i, d)| (i, d.len() as u64 * 32, d.expires_len() as u64 * 32))
        .collect();
    let keys: u64 = node.dbs.iter().map(|d| d.len() as u64).sum();
    let dataset = f.used.saturating_sub(f.overhead);
    let net = f.used.saturating_sub(f.startup);
    let out = &mut *ctx.out;
    out.map(27 + dbs.len());
    let int = |out: &mut crate::resp::Reply, k: &str, v: u64| {
        out.bulk(k.as_bytes());
        out.int(v as i64);
    };
    int(out, "peak.allocated", f.peak);
    int(out, "total.allocated", f.used);
    int(out, "startup.allocated", f.startup);
    int(out, "replication.backlog", repl.backlog);
    int(out, "clients.slaves", repl.replicas);
    int(out, "clients.normal", clients_mem);
    int(out, "cluster.links", 0);
    int(out, "aof.buffer", 0);
    int(out, "lua.caches", 0);
    int(out, "functions.caches", 184);
    for (i, main, expires) in dbs {
        out.bulk(format!("db.{i}").as_bytes());
        out.map(3);
        int(out, "overhead.hashtable.main", main);
        int(out, "overhead.hashtable.expires", expires);
        int(out, "overhead.hashtable.slot-to-keys", 0);
    }
    int(out, "overhead.total", f.overhead);
    int(out, "keys.count", keys);
    int(
        out,
        "keys.bytes-per-key",
        net.checked_div(keys).unwrap_or(0),
    );
    int(out, "dataset.bytes", dataset);
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    out.bulk(b"dataset.percentage");
    out.double(ratio(dataset, net) * 100.0);
    out.bulk(b"peak.percentage");
    out.double(ratio(f.used, f.peak) * 100.0);
    int(out, "allocator.allocated", f.used);
    int(out, "allocator.active", f.used);
    int(out, "allocator.resident", f.rss);
    out.bulk(b"allocator-fragmentation.ratio");
    out.double(1.0);
    int(out, "allocator-fragmentation.bytes", 0);
    out.bulk(b"allocator-rss.ratio");
    out.double(ratio(f.rss, f.used));
    int(out, "allocator-rss.bytes", f.rss.saturating_sub(f.used));
    out.bulk(b"rss-overhead.ratio");
    out.double(1.0);
    int(out, "rss-overhead.bytes", 0);
    out.bulk(b"fragmentation");
    out.double(ratio(f.rss, f.used));
    int(out, "fragmentation.bytes", f.rss.saturating_sub(f.used));
}

fn doctor(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let f = figures(ctx.node, 0);
    let text: &str = if f.used < 5 * 1024 * 1024 {
        "Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.\n"
    } else {
        "Hi Sam, I can't find any memory issue in your instance. I can only account for what occurs on this base.\n"
    };
    ctx.out.verbatim("txt", text.as_bytes());
}

fn malloc_stats(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out
        .verbatim("txt", b"Stats not supported for the current allocator");
}

fn purge(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.ok();
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "MEMORY",
        &[
            "DOCTOR",
            "    Return memory problems reports.",
            "MALLOC-STATS",
            "    Return internal statistics report from the memory allocator.",
            "PURGE",
            "    Attempt to purge dirty pages for reclamation by the allocator.",
            "STATS",
            "    Return information about the memory usage of the server.",
            "USAGE <key> [SAMPLES <count>]",
            "    Return memory in bytes used by <key> and its value. Nested values are",
            "    sampled up to <count> times (default: 5, 0 means sample all).",
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::StrValue;

    #[test]
    fn jemalloc_classes() {
        let got: Vec<usize> = [1, 8, 9, 23, 40, 64, 104, 129, 140, 1004, 10006, 16385]
            .iter()
            .map(|&n| size_class(n))
            .collect();
        assert_eq!(
            got,
            [8, 8, 16, 32, 48, 64, 112, 160, 160, 1024, 10240, 20480]
        );
    }

    #[test]
    fn string_usage_matches_redis() {
        // MEMORY USAGE on Redis 7.0.15 (jemalloc 5.3.0) after SET <key> <value>.
        let cases: &[(usize, &[u8], u64)] = &[
            (1, b"1", 48),
            (3, b"xxx", 64),
            (8, b"12345", 56),
            (20, &[b'x'; 20], 104),
            (40, &[b'x'; 44], 136),
            (60, &[b'x'; 45], 168),
            (1, &[b'x'; 100], 160),
            (3, &[b'x'; 1000], 1072),
            (3, &[b'x'; 10000], 10288),
        ];
        for &(klen, v, want) in cases {
            let key = vec![b'k'; klen];
            assert_eq!(
                key_usage(&key, &Value::Str(StrValue::new(v))),
                want,
                "{klen} {}",
                v.len()
            );
        }
    }
}
