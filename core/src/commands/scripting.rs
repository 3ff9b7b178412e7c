//! EVAL, EVALSHA, EVAL_RO, EVALSHA_RO and SCRIPT: Lua scripts run by the interpreter
//! in [`crate::scripting`], cached by SHA1 (Redis's `-NOSCRIPT` for an unknown one),
//! with `#!lua flags=...` shebangs as Redis 7.0 reads them.

use super::flags::*;
use super::{Command, Ctx, NOT_INTEGER, container};
use crate::scripting::{Ran, RunMode, Suspended};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new(
        "eval",
        -3,
        NOSCRIPT | STALE | SKIP_MONITOR | PROPAGATES_INNER,
        eval,
    ),
    Command::new(
        "evalsha",
        -3,
        NOSCRIPT | STALE | SKIP_MONITOR | PROPAGATES_INNER,
        evalsha,
    ),
    Command::new(
        "eval_ro",
        -3,
        NOSCRIPT | STALE | READONLY | SKIP_MONITOR | PROPAGATES_INNER,
        eval_ro,
    ),
    Command::new(
        "evalsha_ro",
        -3,
        NOSCRIPT | STALE | READONLY | SKIP_MONITOR | PROPAGATES_INNER,
        evalsha_ro,
    ),
    Command::new("script", -2, 0, container).with_subcommands(SUBCOMMANDS),
];

const SUBCOMMANDS: &[Command] = &[
    Command::new("debug", 3, NOSCRIPT, debug),
    Command::new("exists", -3, NOSCRIPT, exists),
    Command::new("flush", -2, NOSCRIPT, flush),
    Command::new("help", 2, LOADING | STALE, help),
    Command::new("kill", 2, NOSCRIPT | ALLOW_BUSY, kill),
    Command::new("load", 3, NOSCRIPT | STALE, load),
];

/// Redis's reply to EVALSHA of a script not in the cache.
const NOSCRIPT_ERR: &str = "NOSCRIPT No matching script. Please use EVAL.";
/// Redis's reply to a `*_RO` command on a script that may write.
pub const RO_WRITE_ERR: &str = "ERR Can not execute a script with write flag using *_ro command.";

fn eval(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    eval_generic(ctx, argv, false, false);
}

fn evalsha(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    eval_generic(ctx, argv, true, false);
}

fn eval_ro(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    eval_generic(ctx, argv, false, true);
}

fn evalsha_ro(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    eval_generic(ctx, argv, true, true);
}

/// The number of keys of an EVAL/FCALL call (`argv[2]`), checked against the
/// arguments; `bad_number` is the reply for a non-integer.
pub fn numkeys(ctx: &mut Ctx<'_>, argv: &[&[u8]], bad_number: &str) -> Option<usize> {
    let Some(n) = parse_i64(argv[2]) else {
        ctx.out.error(bad_number);
        return None;
    };
    if n > (argv.len() - 3) as i64 {
        ctx.out
            .error("ERR Number of keys can't be greater than number of args");
        return None;
    }
    if n < 0 {
        ctx.out.error("ERR Number of keys can't be negative");
        return None;
    }
    Some(n as usize)
}

/// Redis's reply when memory is over maxmemory.
pub const OOM_ERR: &str = "OOM command not allowed when used memory > 'maxmemory'.";

/// Whether the server is over maxmemory as a script starts (dispatch has just run
/// the evictions it could).
pub fn over_maxmemory(ctx: &Ctx<'_>) -> bool {
    let max = ctx.node.config.maxmemory;
    max != 0 && crate::evict::used_memory(ctx.node) > max
}

/// Feeds MONITOR clients the script command itself before the commands it runs
/// (the command is flagged SKIP_MONITOR so dispatch does not feed it after).
pub fn feed_monitors(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.node.introspect.monitors.is_empty() {
        return;
    }
    if let Some(cmd) = ctx.commands.get(argv[0]) {
        super::monitor::feed(ctx, cmd, argv);
    }
}

fn eval_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], by_sha: bool, ro: bool) {
    feed_monitors(ctx, argv);
    let Some(nkeys) = numkeys(ctx, argv, NOT_INTEGER) else {
        return;
    };
    let now = ctx.node.now;
    let mut engine = match ctx.node.scripting.take(now) {
        Ok(e) => e,
        Err(e) => return ctx.out.error(&format!("ERR {e}")),
    };
    let mut hex = [0u8; 40];
    if by_sha {
        if argv[1].len() != 40 {
            ctx.node.scripting.put(engine);
            return ctx.out.error(NOSCRIPT_ERR);
        }
        hex.copy_from_slice(argv[1]);
        hex.make_ascii_lowercase();
    } else {
        match engine.load_script(argv[1]) {
            Ok(sha) => hex.copy_from_slice(&sha.as_bytes()[..40]),
            Err(e) => {
                ctx.node.scripting.put(engine);
                return ctx.out.error(&format!("ERR {e}"));
            }
        }
    }
    let Some((func, flags)) = engine.script(&hex).map(|s| (s.func.id(), s.flags)) else {
        ctx.node.scripting.put(engine);
        return ctx.out.error(NOSCRIPT_ERR);
    };
    if ro && flags.shebang && !flags.no_writes {
        ctx.node.scripting.put(engine);
        return ctx.out.error(RO_WRITE_ERR);
    }
    let oom = over_maxmemory(ctx);
    if oom && flags.shebang && !flags.no_writes && !flags.allow_oom {
        ctx.node.scripting.put(engine);
        return ctx.out.error(OOM_ERR);
    }
    let keys = &argv[3..3 + nkeys];
    let args = &argv[3 + nkeys..];
    let mode = RunMode {
        read_only: ro || flags.no_writes,
        name: &hex,
        allow_oom: flags.allow_oom,
        oom,
        may_suspend: may_suspend(ctx),
    };
    let ran = engine.run(ctx, func, keys, args, false, mode);
    let log = engine.take_log();
    ctx.node.scripting.put(engine);
    emit_log(ctx.node, log);
    if ran == Ran::Suspended {
        suspended(ctx, argv, true, &hex, mode);
    }
}

/// Whether a script of this caller may be suspended past `busy-reply-threshold`: a
/// client's own top-level call (not inside EXEC, a master's stream or the AOF), on a
/// node that is not a replica (Redis holds its master's stream back while a script
/// is busy; here a replica's scripts run to the end instead, so that the stream is
/// never answered -BUSY).
pub fn may_suspend(ctx: &Ctx<'_>) -> bool {
    !ctx.client.in_exec && !ctx.client.is_master && ctx.node.repl.replica.is_none()
}

/// Records the script just suspended: the node is busy until it ends (its reply is
/// written then, by [`crate::Server::handle_timeout`]).
pub fn suspended(ctx: &mut Ctx<'_>, argv: &[&[u8]], eval: bool, name: &[u8], mode: RunMode<'_>) {
    super::gate::disturb(ctx.node);
    ctx.node.scripting.busy = Some(Box::new(Suspended {
        caller: ctx.client.id,
        eval,
        name: name.to_vec(),
        read_only: mode.read_only,
        deny_oom: mode.oom && !mode.allow_oom,
        acl_restricted: ctx.client.acl_restricted,
        argv: argv.iter().map(|a| a.to_vec()).collect(),
        started: ctx.node.now.mono,
    }));
}

/// Hands the lines `redis.log` wrote to the runtime (notice and warning levels, the
/// server's default verbosity).
pub fn emit_log(node: &mut crate::server::Node, log: Vec<(u8, Vec<u8>)>) {
    use crate::util::log::Level;
    for (level, text) in log {
        let level = match level {
            3 => Level::Warning,
            2 => Level::Notice,
            _ => continue,
        };
        node.outputs.push_back(crate::server::Output::Log {
            level,
            text: String::from_utf8_lossy(&text).into_owned(),
        });
    }
}

fn load(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.node.now;
    let result = ctx
        .node
        .scripting
        .engine(now)
        .and_then(|e| e.load_script(argv[2]));
    match result {
        Ok(sha) => ctx.out.bulk(sha.as_bytes()),
        Err(e) => ctx.out.error(&format!("ERR {e}")),
    }
}

fn exists(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.node.now;
    let found: Vec<bool> = match ctx.node.scripting.engine(now) {
        Ok(e) => argv[2..]
            .iter()
            .map(|sha| e.script(sha).is_some())
            .collect(),
        Err(_) => vec![false; argv.len() - 2],
    };
    ctx.out.array(found.len());
    for f in found {
        ctx.out.int(i64::from(f));
    }
}

fn flush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.get(2) {
        _ if argv.len() > 3 => ctx
            .out
            .error("ERR SCRIPT FLUSH only support SYNC|ASYNC option"),
        Some(m) if !m.eq_ignore_ascii_case(b"async") && !m.eq_ignore_ascii_case(b"sync") => ctx
            .out
            .error("ERR SCRIPT FLUSH only support SYNC|ASYNC option"),
        _ => {
            ctx.node.scripting.flush_scripts();
            ctx.out.ok();
        }
    }
}

fn kill(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    kill_script(ctx, true);
}

/// SCRIPT KILL (`eval`) and FUNCTION KILL: stops the suspended script if it has not
/// written, with Redis's replies (Redis's `scriptKill`).
pub fn kill_script(ctx: &mut Ctx<'_>, eval: bool) {
    let Some(busy) = &ctx.node.scripting.busy else {
        return ctx.out.error("NOTBUSY No scripts in execution right now.");
    };
    let busy_eval = busy.eval;
    let now = ctx.node.now;
    let killed = match ctx.node.scripting.engine(now) {
        Ok(engine) => {
            if engine.wrote() {
                return ctx.out.error(
                    "UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.",
                );
            }
            if eval != busy_eval {
                false
            } else {
                engine.kill()
            }
        }
        Err(_) => false,
    };
    if killed {
        ctx.out.ok();
    } else if busy_eval {
        ctx.out.error(crate::scripting::BUSY_EVAL);
    } else {
        ctx.out.error(crate::scripting::BUSY_FUNCTION);
    }
}

fn debug(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mode = argv[2];
    if ctx.client.multi.is_some() {
        return ctx
            .out
            .error("ERR SCRIPT DEBUG must be called outside MULTI");
    }
    if mode.eq_ignore_ascii_case(b"no") {
        ctx.out.ok();
    } else if mode.eq_ignore_ascii_case(b"yes") || mode.eq_ignore_ascii_case(b"sync") {
        ctx.out
            .error("ERR The Lua debugger is not supported by this server");
    } else {
        ctx.out.error("ERR Use SCRIPT DEBUG YES/SYNC/NO");
    }
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "SCRIPT",
        &[
            "DEBUG (YES|SYNC|NO)",
            "    Set the debug mode for subsequent scripts executed.",
            "EXISTS <sha1> [<sha1> ...]",
            "    Return information about the existence of the scripts in the script cache.",
            "FLUSH [ASYNC|SYNC]",
            "    Flush the Lua scripts cache. Very dangerous on replicas.",
            "    When called without the optional mode argument, the behavior is determined by the",
            "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
            "    * ASYNC: Asynchronously flush the scripts cache.",
            "    * SYNC: Synchronously flush the scripts cache.",
            "KILL",
            "    Kill the currently executing Lua script.",
            "LOAD <script>",
            "    Load a script into the scripts cache without executing it.",
        ],
    );
}
