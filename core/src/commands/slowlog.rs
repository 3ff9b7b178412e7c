//! SLOWLOG: the log of commands that ran longer than `slowlog-log-slower-than`
//! microseconds, at most `slowlog-max-len` entries, newest first. Durations come from
//! the runtime's clock (see [`crate::durations`]).

use super::flags::*;
use super::{Command, Ctx, container};
use crate::introspection::SlowlogEntry;
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("slowlog", -2, ADMIN | LOADING | STALE, container).with_subcommands(SUBCOMMANDS),
];

const SUBCOMMANDS: &[Command] = &[
    Command::new("get", -2, ADMIN | LOADING | STALE, get),
    Command::new("len", 2, ADMIN | LOADING | STALE, len),
    Command::new("reset", 2, ADMIN | LOADING | STALE, reset),
    Command::new("help", 2, LOADING | STALE, help),
];

/// Arguments kept per entry (the last one says how many more there were).
const MAX_ARGC: usize = 32;
/// Bytes kept per argument.
const MAX_STRING: usize = 128;

/// Logs the command that just ran for `duration_us` microseconds if it qualifies
/// (called by dispatch).
#[inline]
pub fn record(ctx: &mut Ctx<'_>, cmd: &Command, argv: &[&[u8]], duration_us: u64) {
    let config = &ctx.node.config;
    // The usual exit first: faster than the threshold.
    if (duration_us as i64) < config.slowlog_log_slower_than
        || config.slowlog_log_slower_than < 0
        || config.slowlog_max_len == 0
        || cmd.flags & SKIP_SLOWLOG != 0
    {
        return;
    }
    log_entry(ctx, argv, duration_us);
}

/// [`record`] for a command that qualifies.
#[inline(never)]
fn log_entry(ctx: &mut Ctx<'_>, argv: &[&[u8]], duration_us: u64) {
    let config = &ctx.node.config;
    let max_len = usize::try_from(config.slowlog_max_len).unwrap_or(usize::MAX);
    let argc = argv.len().min(MAX_ARGC);
    let mut args = Vec::with_capacity(argc);
    for (j, arg) in argv.iter().take(argc).enumerate() {
        if argc != argv.len() && j == argc - 1 {
            args.push(format!("... ({} more arguments)", argv.len() - argc + 1).into_bytes());
        } else if super::monitor::redacted(argv, j) || config_secret(argv, j) {
            args.push(b"(redacted)".to_vec());
        } else if arg.len() > MAX_STRING {
            let mut a = arg[..MAX_STRING].to_vec();
            a.extend_from_slice(format!("... ({} more bytes)", arg.len() - MAX_STRING).as_bytes());
            args.push(a);
        } else {
            args.push(arg.to_vec());
        }
    }
    let intro = &mut ctx.node.introspect;
    let entry = SlowlogEntry {
        id: intro.slowlog_next_id,
        time: ctx.node.now.unix_us.div_euclid(1_000_000),
        duration_us,
        argv: args,
        peer: ctx.client.addr.clone(),
        name: ctx.client.name.clone().unwrap_or_default(),
    };
    intro.slowlog_next_id += 1;
    intro.slowlog.push_front(entry);
    intro.slowlog.truncate(max_len);
}

/// CONFIG SET values of sensitive directives (`requirepass`, `masterauth`, ...).
fn config_secret(argv: &[&[u8]], j: usize) -> bool {
    if j < 3
        || j.is_multiple_of(2)
        || !argv[0].eq_ignore_ascii_case(b"config")
        || !argv[1].eq_ignore_ascii_case(b"set")
    {
        return false;
    }
    let name = String::from_utf8_lossy(argv[j - 1]);
    crate::directives::lookup(&name).is_some_and(|d| d.flags & crate::directives::SENSITIVE != 0)
}

fn get(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 3 {
        // Redis echoes the subcommand as the client spelled it.
        let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
        msg.extend_from_slice(argv[1]);
        msg.extend_from_slice(b"'. Try SLOWLOG HELP.");
        return ctx.out.error_bytes(&msg);
    }
    let count = match argv.get(2) {
        None => 10,
        Some(arg) => match parse_i64(arg) {
            Some(-1) => usize::MAX,
            Some(n) if n >= 0 => usize::try_from(n).unwrap_or(usize::MAX),
            _ => {
                return ctx
                    .out
                    .error("ERR count should be greater than or equal to -1");
            }
        },
    };
    let entries = &ctx.node.introspect.slowlog;
    let n = entries.len().min(count);
    ctx.out.array(n);
    for e in entries.iter().take(n) {
        ctx.out.array(6);
        ctx.out.int(e.id as i64);
        ctx.out.int(e.time);
        ctx.out.int(e.duration_us as i64);
        ctx.out.array(e.argv.len());
        for a in &e.argv {
            ctx.out.bulk(a);
        }
        ctx.out.bulk(e.peer.as_bytes());
        ctx.out.bulk(&e.name);
    }
}

fn len(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.int(ctx.node.introspect.slowlog.len() as i64);
}

fn reset(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.node.introspect.slowlog.clear();
    ctx.out.ok();
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "SLOWLOG",
        &[
            "GET [<count>]",
            "    Return top <count> entries from the slowlog (default: 10, -1 mean all).",
            "    Entries are made of:",
            "    id, timestamp, time in microseconds, arguments array, client IP and port,",
            "    client name",
            "LEN",
            "    Return the length of the slowlog.",
            "RESET",
            "    Reset the slowlog.",
        ],
    );
}
