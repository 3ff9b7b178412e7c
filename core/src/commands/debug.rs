//! DEBUG, the parts test suites and benchmarks use: SLEEP, SET-ACTIVE-EXPIRE, RELOAD,
//! OBJECT, POPULATE, ERROR, LOG, PROTOCOL and HELP, behind Redis
//! 7.0's `enable-debug-command` gate (refused by default, `local` allows loopback
//! clients).
//!
//! DEBUG RELOAD saves the dataset, loads the file back into fresh databases and
//! answers once the file is in place (see [`super::persistence`]). The load happens
//! right after the command, from the bytes just written, so no other client's command
//! runs between the save and the load; the file reaches the disk afterwards.
//! `NOSAVE` (load the file on disk as it is) is refused: the core never reads files,
//! the runtime hands it their bytes at start-up only. `MERGE` and `NOFLUSH` change
//! nothing when the file just written is loaded back.
//!
//! The core never blocks, so DEBUG SLEEP stalls the server the sans-IO way: every
//! client's commands wait (as in an ALL pause) and the caller's `+OK` is held until the
//! time asked has passed, which is what clients of a sleeping Redis see.

use super::flags::*;
use super::{Command, Ctx};
use crate::blocking::TimeoutReply;
use crate::types::{StrValue, Value};

/// This family's commands.
pub const COMMANDS: &[Command] = &[Command::new(
    "debug",
    -2,
    ADMIN | NOSCRIPT | LOADING | STALE,
    debug,
)];

/// Redis's refusal while `enable-debug-command` does not allow the client.
const NOT_ALLOWED: &str = "ERR DEBUG command not allowed. If the enable-debug-command option is set to \"local\", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.";

/// The error dispatch answers instead of running `cmd` (after the arity check, before
/// authentication, as Redis orders them), if any.
#[inline]
pub fn refused(ctx: &Ctx<'_>, cmd: &Command) -> Option<&'static str> {
    // (A subcommand of that name, such as SCRIPT DEBUG, is not gated.)
    if cmd.name != "debug" || ctx.client.last_subcommand.is_some() {
        return None;
    }
    refused_by_config(ctx)
}

/// [`refused`] for DEBUG itself: what `enable-debug-command` allows.
#[inline(never)]
fn refused_by_config(ctx: &Ctx<'_>) -> Option<&'static str> {
    let allowed =
        match crate::directives::get_by_name(&ctx.node.config, "enable-debug-command").as_deref() {
            Some("yes") => true,
            Some("local") => super::config_cmd::is_local(&ctx.client.addr),
            _ => false,
        };
    (!allowed).then_some(NOT_ALLOWED)
}

/// Whether `argv` is DEBUG ERROR, whose error Redis writes as raw protocol: it counts
/// in no error statistics (errorstats, `failed_calls`).
#[cold]
pub fn is_raw_error(argv: &[&[u8]]) -> bool {
    argv.len() == 3
        && argv[0].eq_ignore_ascii_case(b"debug")
        && argv[1].eq_ignore_ascii_case(b"error")
}

fn debug(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let sub = argv[1];
    if sub.eq_ignore_ascii_case(b"sleep") && argv.len() == 3 {
        // Redis reads the seconds with strtod (a prefix, 0 if none).
        let micros = (strtod_prefix(argv[2]) * 1e6) as i64;
        if micros > 0 && ctx.may_block() {
            let end = ctx
                .node
                .now
                .mono
                .add_nanos((micros as u64).saturating_mul(1000));
            let stall = &mut ctx.node.introspect.pause.stall_end;
            *stall = Some(stall.map_or(end, |e| e.max(end)));
            // Redis sleeps inside the command: the stall is the command's run time
            // (slow log, commandstats, the latency monitor's `command` event).
            ctx.client.duration_us += micros as u64;
            let ended = ctx.node.now.unix_us.saturating_add(micros);
            let threshold = ctx.node.config.latency_monitor_threshold;
            ctx.node.introspect.latency.add_if_needed(
                threshold,
                "command",
                ended.div_euclid(1_000_000),
                micros as u64 / 1000,
            );
            ctx.block(Vec::new(), Some(end), TimeoutReply::Ok);
        } else {
            ctx.out.ok();
        }
    } else if sub.eq_ignore_ascii_case(b"set-active-expire") && argv.len() == 3 {
        ctx.node.introspect.active_expire = crate::util::number::atoi(argv[2]) != 0;
        ctx.out.ok();
    } else if sub.eq_ignore_ascii_case(b"reload") {
        reload(ctx, argv);
    } else if sub.eq_ignore_ascii_case(b"object") && argv.len() == 3 {
        object(ctx, argv[2]);
    } else if sub.eq_ignore_ascii_case(b"populate") && (3..=5).contains(&argv.len()) {
        populate(ctx, argv);
    } else if sub.eq_ignore_ascii_case(b"help") && argv.len() == 2 {
        super::connection::help(ctx.out, "DEBUG", HELP);
    } else if sub.eq_ignore_ascii_case(b"error") && argv.len() == 3 {
        // The client's text is the whole error (no `ERR` added), as Redis replies it.
        ctx.out.error_bytes(argv[2]);
    } else if sub.eq_ignore_ascii_case(b"log") && argv.len() == 3 {
        let text = format!("DEBUG LOG: {}", String::from_utf8_lossy(argv[2]));
        super::persistence::log(ctx.node, crate::util::log::Level::Warning, text);
        ctx.out.ok();
    } else if sub.eq_ignore_ascii_case(b"protocol") && argv.len() == 3 {
        protocol(ctx, argv[2]);
    } else {
        let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
        msg.extend_from_slice(sub);
        msg.extend_from_slice(b"'. Try DEBUG HELP.");
        ctx.out.error_bytes(&msg);
    }
}

/// Redis's error for a count or size that is not an integer of at least 0.
const NOT_POSITIVE: &str = "ERR value is out of range, must be positive";

/// DEBUG POPULATE count [prefix] [size]: `count` string keys `prefix:N` (`key:N`) set
/// to `value:N`, cut or padded with zero bytes to `size` when given; keys that exist
/// are left alone. As in Redis, nothing is propagated (the keys are not in the AOF or
/// a replica's stream) and the names are those C's `%s:%lu` makes in a 128-byte
/// buffer: the prefix ends at a NUL byte, and a name is cut at 127 bytes. A size
/// above `proto-max-bulk-len` is refused rather than allocated.
fn populate(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let positive = |arg: &[u8]| crate::util::number::parse_i64(arg).filter(|&n| n >= 0);
    let Some(count) = positive(argv[2]) else {
        return ctx.out.error(NOT_POSITIVE);
    };
    let size = match argv.get(4) {
        None => 0,
        Some(&arg) => match positive(arg) {
            Some(n) if n <= ctx.node.config.proto_max_bulk_len => n as usize,
            Some(_) => {
                return ctx
                    .out
                    .error("ERR value is out of range, must not exceed proto-max-bulk-len");
            }
            None => return ctx.out.error(NOT_POSITIVE),
        },
    };
    let prefix = argv.get(3).map_or(&b"key"[..], |p| {
        p.split(|&b| b == 0).next().unwrap_or_default()
    });
    let now = ctx.now_ms();
    let db = ctx.client.db;
    let mut name = Vec::new();
    let mut value = Vec::new();
    for n in 0..count {
        name.clear();
        name.extend_from_slice(prefix);
        name.extend_from_slice(format!(":{n}").as_bytes());
        name.truncate(127);
        if ctx.node.dbs[db].contains(&name, now) {
            continue;
        }
        value.clear();
        value.extend_from_slice(format!("value:{n}").as_bytes());
        if size > 0 {
            value.resize(size, 0);
        }
        ctx.node.dbs[db].set(&name, Value::Str(StrValue::new(&value)));
        ctx.node.signal_modified_key(db, &name);
    }
    ctx.out.ok();
}

/// DEBUG HELP's lines, as Redis 7.0.15 prints them (the subcommands this server
/// lacks included: the text is Redis's).
const HELP: &[&str] = &[
    "AOF-FLUSH-SLEEP <microsec>",
    "    Server will sleep before flushing the AOF, this is used for testing.",
    "ASSERT",
    "    Crash by assertion failed.",
    "CHANGE-REPL-ID",
    "    Change the replication IDs of the instance.",
    "    Dangerous: should be used only for testing the replication subsystem.",
    "CONFIG-REWRITE-FORCE-ALL",
    "    Like CONFIG REWRITE but writes all configuration options, including",
    "    keywords not listed in original configuration file or default values.",
    "CRASH-AND-RECOVER [<milliseconds>]",
    "    Hard crash and restart after a <milliseconds> delay (default 0).",
    "DIGEST",
    "    Output a hex signature representing the current DB content.",
    "DIGEST-VALUE <key> [<key> ...]",
    "    Output a hex signature of the values of all the specified keys.",
    "ERROR <string>",
    "    Return a Redis protocol error with <string> as message. Useful for clients",
    "    unit tests to simulate Redis errors.",
    "LEAK <string>",
    "    Create a memory leak of the input string.",
    "LOG <message>",
    "    Write <message> to the server log.",
    "HTSTATS <dbid>",
    "    Return hash table statistics of the specified Redis database.",
    "HTSTATS-KEY <key>",
    "    Like HTSTATS but for the hash table stored at <key>'s value.",
    "LOADAOF",
    "    Flush the AOF buffers on disk and reload the AOF in memory.",
    "REPLICATE <string>",
    "    Replicates the provided string to replicas, allowing data divergence.",
    "MALLCTL <key> [<val>]",
    "    Get or set a malloc tuning integer.",
    "MALLCTL-STR <key> [<val>]",
    "    Get or set a malloc tuning string.",
    "OBJECT <key>",
    "    Show low level info about `key` and associated value.",
    "DROP-CLUSTER-PACKET-FILTER <packet-type>",
    "    Drop all packets that match the filtered type. Set to -1 allow all packets.",
    "OOM",
    "    Crash the server simulating an out-of-memory error.",
    "PANIC",
    "    Crash the server simulating a panic.",
    "POPULATE <count> [<prefix>] [<size>]",
    "    Create <count> string keys named key:<num>. If <prefix> is specified then",
    "    it is used instead of the 'key' prefix. These are not propagated to",
    "    replicas. Cluster slots are not respected so keys not belonging to the",
    "    current node can be created in cluster mode.",
    "PROTOCOL <type>",
    "    Reply with a test value of the specified type. <type> can be: string,",
    "    integer, double, bignum, null, array, set, map, attrib, push, verbatim,",
    "    true, false.",
    "RELOAD [option ...]",
    "    Save the RDB on disk and reload it back to memory. Valid <option> values:",
    "    * MERGE: conflicting keys will be loaded from RDB.",
    "    * NOFLUSH: the existing database will not be removed before load, but",
    "      conflicting keys will generate an exception and kill the server.",
    "    * NOSAVE: the database will be loaded from an existing RDB file.",
    "    Examples:",
    "    * DEBUG RELOAD: verify that the server is able to persist, flush and reload",
    "      the database.",
    "    * DEBUG RELOAD NOSAVE: replace the current database with the contents of an",
    "      existing RDB file.",
    "    * DEBUG RELOAD NOSAVE NOFLUSH MERGE: add the contents of an existing RDB",
    "      file to the database.",
    "RESTART [<milliseconds>]",
    "    Graceful restart: save config, db, restart after a <milliseconds> delay (default 0).",
    "SDSLEN <key>",
    "    Show low level SDS string info representing `key` and value.",
    "SEGFAULT",
    "    Crash the server with sigsegv.",
    "SET-ACTIVE-EXPIRE <0|1>",
    "    Setting it to 0 disables expiring keys in background when they are not",
    "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
    "    default.",
    "QUICKLIST-PACKED-THRESHOLD <size>",
    "    Sets the threshold for elements to be inserted as plain vs packed nodes",
    "    Default value is 1GB, allows values up to 4GB. Setting to 0 restores to default.",
    "SET-SKIP-CHECKSUM-VALIDATION <0|1>",
    "    Enables or disables checksum checks for RDB files and RESTORE's payload.",
    "SLEEP <seconds>",
    "    Stop the server for <seconds>. Decimals allowed.",
    "STRINGMATCH-TEST",
    "    Run a fuzz tester against the stringmatchlen() function.",
    "STRUCTSIZE",
    "    Return the size of different Redis core C structures.",
    "LISTPACK <key>",
    "    Show low level info about the listpack encoding of <key>.",
    "QUICKLIST <key> [<0|1>]",
    "    Show low level info about the quicklist encoding of <key>.",
    "    The optional argument (0 by default) sets the level of detail",
    "CLIENT-EVICTION",
    "    Show low level client eviction pools info (maxmemory-clients).",
    "PAUSE-CRON <0|1>",
    "    Stop periodic cron job processing.",
    "REPLYBUFFER PEAK-RESET-TIME <NEVER||RESET|time>",
    "    Sets the time (in milliseconds) to wait between client reply buffer peak resets.",
    "    In case NEVER is provided the last observed peak will never be reset",
    "    In case RESET is provided the peak reset time will be restored to the default value",
    "REPLYBUFFER RESIZING <0|1>",
    "    Enable or disable the reply buffer resize cron job",
    "CLUSTERLINK KILL <to|from|all> <node-id>",
    "    Kills the link based on the direction to/from (both) with the provided node.",
];

/// DEBUG PROTOCOL <type>: a sample reply of each RESP type, for client test suites.
fn protocol(ctx: &mut Ctx<'_>, name: &[u8]) {
    let out = &mut *ctx.out;
    let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
    if is("string") {
        out.bulk(b"Hello World");
    } else if is("integer") {
        out.int(12345);
    } else if is("double") {
        #[allow(clippy::approx_constant)] // Redis's sample value, not pi
        out.double(3.141);
    } else if is("bignum") {
        let n = b"1234567999999999999999999999999999999";
        if out.is_resp3() {
            let raw = out.raw();
            raw.push(b'(');
            raw.extend_from_slice(n);
            raw.extend_from_slice(b"\r\n");
        } else {
            out.bulk(n);
        }
    } else if is("null") {
        out.null();
    } else if is("array") || is("set") {
        if is("set") {
            out.set(3);
        } else {
            out.array(3);
        }
        for j in 0..3 {
            out.int(j);
        }
    } else if is("map") {
        out.map(3);
        for j in 0..3 {
            out.int(j);
            out.boolean(j == 1);
        }
    } else if is("attrib") {
        if out.is_resp3() {
            out.raw().extend_from_slice(b"|1\r\n");
            out.bulk(b"key-popularity");
            out.array(2);
            out.bulk(b"key:123");
            out.int(90);
        }
        out.bulk(b"Some real reply following the attribute");
    } else if is("push") {
        if !out.is_resp3() {
            return out.error("ERR RESP2 is not supported by this command");
        }
        out.push(2);
        out.bulk(b"server-cpu-usage");
        out.int(42);
        out.bulk(b"Some real reply following the push reply");
    } else if is("true") {
        out.boolean(true);
    } else if is("false") {
        out.boolean(false);
    } else if is("verbatim") {
        out.verbatim("txt", b"This is a verbatim\nstring");
    } else {
        out.error("ERR Wrong protocol type name. Please use one of the following: string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false");
    }
}

/// DEBUG RELOAD [MERGE] [NOFLUSH] [NOSAVE].
fn reload(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut nosave = false;
    for opt in &argv[2..] {
        if opt.eq_ignore_ascii_case(b"nosave") {
            nosave = true;
        } else if !opt.eq_ignore_ascii_case(b"merge") && !opt.eq_ignore_ascii_case(b"noflush") {
            ctx.out
                .error("ERR DEBUG RELOAD only supports the MERGE, NOFLUSH and NOSAVE options.");
            return;
        }
    }
    if nosave {
        ctx.out.error(
            "ERR DEBUG RELOAD NOSAVE is not supported: this server does not read its RDB file back",
        );
        return;
    }
    let client = ctx.may_block().then_some(ctx.client.id);
    ctx.node.persist.reload = Some(super::persistence::Reload { client });
    if client.is_some() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    } else {
        // Inside EXEC nothing can wait: the reload runs after the transaction.
        ctx.out.ok();
    }
}

/// C's `strtod` on a prefix: the longest leading part that is a decimal number (0 if
/// none).
fn strtod_prefix(s: &[u8]) -> f64 {
    let s = s.trim_ascii_start();
    let mut end = 0;
    let mut best = 0.0;
    while end < s.len() && end < 64 {
        end += 1;
        if let Some(v) = s.get(..end).and_then(crate::util::number::parse_f64) {
            best = v;
        }
    }
    if best.is_finite() { best } else { 0.0 }
}

/// DEBUG OBJECT: Redis's one-line summary of a value. `Value at` is where Redis prints
/// the value's address; the core prints a number derived from the key instead, so that
/// the same inputs still give the same outputs. `serializedlength` is the size of the value's RDB body as a save would
/// write it now (so it costs one serialization of the value, as in Redis), `lru` the
/// key's 24-bit access clock; lists add the quicklist figures.
fn object(ctx: &mut Ctx<'_>, key: &[u8]) {
    let now = ctx.now_ms();
    let place = ctx.node.hasher.hash(key) & 0x7fff_ffff_fff0;
    let shared_ok = super::object::shared_integers_in_use(ctx);
    let compression = super::dump::rdb_compression(&ctx.node.config);
    let (fill, depth) = (
        ctx.node.config.list_max_listpack_size,
        ctx.node.config.list_compress_depth,
    );
    let (db, out) = ctx.db_and_out();
    let clock = db.clock;
    let access = db.access_of(key).unwrap_or(0);
    let Some(v) = db.get_untouched(key, now) else {
        return out.error("ERR no such key");
    };
    let mut body = Vec::new();
    crate::rdb::save::write_object(
        &mut body,
        v,
        &mut crate::rdb::write::Encoder::new(compression),
    );
    let mut line = format!(
        "Value at:0x{place:x} refcount:{} encoding:{} serializedlength:{} lru:{} lru_seconds_idle:{}",
        super::object::refcount_of(v, shared_ok),
        super::object::encoding_name(v),
        body.len(),
        access,
        clock.idle_ms(access) / 1000,
    );
    if let crate::types::Value::List(list) = v {
        let nodes = list.node_lens().len();
        let mut size = 0;
        crate::rdb::save::for_each_list_node(list, |_, blob| size += blob.len());
        line.push_str(&format!(
            " ql_nodes:{nodes} ql_avg_node:{:.2} ql_listpack_max:{fill} ql_compressed:{} ql_uncompressed_size:{size}",
            list.len() as f64 / nodes.max(1) as f64,
            u8::from(depth != 0),
        ));
    }
    out.simple(&line);
}

#[cfg(test)]
mod tests {
    use super::strtod_prefix;
    use crate::resp::encode_request;
    use crate::{Config, Instant, Now, Server};

    #[test]
    fn strtod_prefix_reads_the_number_at_the_start() {
        assert_eq!(strtod_prefix(b"0.25"), 0.25);
        assert_eq!(strtod_prefix(b" 2s"), 2.0);
        assert_eq!(strtod_prefix(b"x1"), 0.0);
        assert_eq!(strtod_prefix(b"-1"), -1.0);
    }

    /// Replies of redis-server 7.0.15 to DEBUG OBJECT after `RPUSH l a b c 1 2 3`,
    /// `HSET h a 1` and `SET n 12345`, with the address and the clock left out.
    #[test]
    fn object_summary_like_redis() {
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
        let args = ["--enable-debug-command", "yes"].map(String::from);
        let mut server = Server::new(Config::from_sources(None, &args).unwrap(), now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        let mut run = |args: &[&[u8]]| {
            server.handle_read(now, conn, &encode_request(args));
            let out = String::from_utf8_lossy(server.pending_output(conn)).into_owned();
            server.consume_output(conn, out.len());
            out
        };
        run(&[b"RPUSH", b"l", b"a", b"b", b"c", b"1", b"2", b"3"]);
        run(&[b"HSET", b"h", b"a", b"1"]);
        run(&[b"SET", b"n", b"12345"]);
        let summary = |reply: String| {
            // Drop "Value at:0x..." and "lru:N" (addresses and clocks differ).
            reply
                .split(' ')
                .filter(|w| {
                    !w.starts_with("+Value") && !w.starts_with("at:") && !w.starts_with("lru:")
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            summary(run(&[b"DEBUG", b"OBJECT", b"l"])),
            "refcount:1 encoding:quicklist serializedlength:25 lru_seconds_idle:0 ql_nodes:1 ql_avg_node:6.00 ql_listpack_max:-2 ql_compressed:0 ql_uncompressed_size:22\r\n"
        );
        assert_eq!(
            summary(run(&[b"DEBUG", b"OBJECT", b"h"])),
            "refcount:1 encoding:listpack serializedlength:13 lru_seconds_idle:0\r\n"
        );
        assert_eq!(
            summary(run(&[b"DEBUG", b"OBJECT", b"n"])),
            "refcount:1 encoding:int serializedlength:3 lru_seconds_idle:0\r\n"
        );
        assert_eq!(
            run(&[b"DEBUG", b"OBJECT", b"nokey"]),
            "-ERR no such key\r\n"
        );
        assert!(run(&[b"DEBUG", b"OBJECT", b"a", b"b"]).starts_with("-ERR unknown subcommand"));
    }
}
