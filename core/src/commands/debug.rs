//! DEBUG, the parts test suites use: SLEEP, SET-ACTIVE-EXPIRE, RELOAD and OBJECT, behind Redis
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
        ctx.node.introspect.active_expire = atoi(argv[2]) != 0;
        ctx.out.ok();
    } else if sub.eq_ignore_ascii_case(b"reload") {
        reload(ctx, argv);
    } else if sub.eq_ignore_ascii_case(b"object") && argv.len() == 3 {
        object(ctx, argv[2]);
    } else {
        let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
        msg.extend_from_slice(sub);
        msg.extend_from_slice(b"'. Try DEBUG HELP.");
        ctx.out.error_bytes(&msg);
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

/// C's `atoi`: optional spaces and sign, then digits; anything else ends it (0 if none).
fn atoi(s: &[u8]) -> i64 {
    let s = s.trim_ascii_start();
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut n: i64 = 0;
    for &c in digits.iter().take_while(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(i64::from(c - b'0'));
    }
    if neg { -n } else { n }
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
    use super::{atoi, strtod_prefix};
    use crate::resp::encode_request;
    use crate::{Config, Instant, Now, Server};

    #[test]
    fn strtod_prefix_reads_the_number_at_the_start() {
        assert_eq!(strtod_prefix(b"0.25"), 0.25);
        assert_eq!(strtod_prefix(b" 2s"), 2.0);
        assert_eq!(strtod_prefix(b"x1"), 0.0);
        assert_eq!(strtod_prefix(b"-1"), -1.0);
    }

    #[test]
    fn atoi_reads_a_prefix_like_c() {
        assert_eq!(atoi(b"0"), 0);
        assert_eq!(atoi(b"x"), 0);
        assert_eq!(atoi(b" 12abc"), 12);
        assert_eq!(atoi(b"-3"), -3);
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
