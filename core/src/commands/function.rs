//! FUNCTION, FCALL and FCALL_RO for a server with no function engine: it answers as a
//! Redis 7.0 with no library loaded (FUNCTION LIST empty, FUNCTION STATS with a Lua
//! engine holding nothing, FUNCTION DUMP the empty payload), and refuses to load code.

use super::flags::*;
use super::{Command, Ctx, SYNTAX_ERR, container};

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("function", -2, 0, container).with_subcommands(SUBCOMMANDS),
    Command::new("fcall", -3, NOSCRIPT | STALE, fcall),
    Command::new("fcall_ro", -3, NOSCRIPT | STALE | READONLY, fcall),
];

const SUBCOMMANDS: &[Command] = &[
    Command::new("delete", 3, WRITE | NOSCRIPT, delete),
    Command::new("dump", 2, NOSCRIPT, dump),
    Command::new("flush", -2, WRITE | NOSCRIPT, flush),
    Command::new("help", 2, LOADING | STALE, help),
    Command::new("kill", 2, NOSCRIPT | ALLOW_BUSY, kill),
    Command::new("list", -2, NOSCRIPT, list),
    Command::new("load", -3, WRITE | DENYOOM | NOSCRIPT, load),
    Command::new("restore", -3, WRITE | DENYOOM | NOSCRIPT, restore),
    Command::new("stats", 2, NOSCRIPT | ALLOW_BUSY, stats),
];

/// FUNCTION DUMP of no libraries: RDB version 10 and its CRC64, as Redis 7.0 writes it.
const EMPTY_DUMP: &[u8] = b"\n\x00]\x9b\\@\x0f\x7f\xa2\xda";

fn delete(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.error("ERR Library not found");
}

fn dump(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.bulk(EMPTY_DUMP);
}

fn flush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.get(2) {
        _ if argv.len() > 3 => ctx.out.error(
            "ERR unknown subcommand or wrong number of arguments for 'flush'. Try FUNCTION HELP.",
        ),
        Some(m) if !m.eq_ignore_ascii_case(b"async") && !m.eq_ignore_ascii_case(b"sync") => ctx
            .out
            .error("ERR FUNCTION FLUSH only supports SYNC|ASYNC option"),
        _ => ctx.out.ok(),
    }
}

fn kill(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.error("NOTBUSY No scripts in execution right now.");
}

fn list(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (mut with_code, mut library) = (false, false);
    let mut i = 2;
    while i < argv.len() {
        let arg = argv[i];
        if !with_code && arg.eq_ignore_ascii_case(b"withcode") {
            with_code = true;
        } else if !library && arg.eq_ignore_ascii_case(b"libraryname") {
            if i + 1 >= argv.len() {
                return ctx.out.error("ERR library name argument was not given");
            }
            library = true;
            i += 1;
        } else {
            let mut msg = b"ERR Unknown argument ".to_vec();
            msg.extend_from_slice(arg);
            return ctx.out.error_bytes(&msg);
        }
        i += 1;
    }
    ctx.out.array(0);
}

fn load(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut code = argv[2];
    if argv.len() == 4 && argv[2].eq_ignore_ascii_case(b"replace") {
        code = argv[3];
    } else if argv.len() != 3 {
        return ctx.out.error(SYNTAX_ERR);
    }
    let Some(rest) = code.strip_prefix(b"#!") else {
        return ctx.out.error("ERR Missing library metadata");
    };
    let line = rest.split(|&c| c == b'\n').next().unwrap_or(&[]);
    let engine = line.split(|&c| c == b' ').next().unwrap_or(&[]);
    let mut msg = b"ERR Engine '".to_vec();
    msg.extend_from_slice(engine);
    msg.extend_from_slice(b"' not found");
    ctx.out.error_bytes(&msg);
}

fn restore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 4 {
        return ctx.out.error(SYNTAX_ERR);
    }
    if let Some(policy) = argv.get(3)
        && !([&b"flush"[..], b"append", b"replace"]
            .iter()
            .any(|p| policy.eq_ignore_ascii_case(p)))
    {
        return ctx.out.error(
            "ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.",
        );
    }
    if argv[2] == EMPTY_DUMP {
        ctx.out.ok();
    } else {
        ctx.out
            .error("ERR DUMP payload version or checksum are wrong");
    }
}

fn stats(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let out = &mut *ctx.out;
    out.map(2);
    out.bulk(b"running_script");
    out.null();
    out.bulk(b"engines");
    out.map(1);
    out.bulk(b"LUA");
    out.map(2);
    out.bulk(b"libraries_count");
    out.int(0);
    out.bulk(b"functions_count");
    out.int(0);
}

fn fcall(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.error("ERR Function not found");
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "FUNCTION",
        &[
            "LOAD [REPLACE] <FUNCTION CODE>",
            "    Create a new library with the given library name and code.",
            "DELETE <LIBRARY NAME>",
            "    Delete the given library.",
            "LIST [LIBRARYNAME PATTERN] [WITHCODE]",
            "    Return general information on all the libraries:",
            "    * Library name",
            "    * The engine used to run the Library",
            "    * Library description",
            "    * Functions list",
            "    * Library code (if WITHCODE is given)",
            "    It also possible to get only function that matches a pattern using LIBRARYNAME argument.",
            "STATS",
            "    Return information about the current function running:",
            "    * Function name",
            "    * Command used to run the function",
            "    * Duration in MS that the function is running",
            "    If no function is running, return nil",
            "    In addition, returns a list of available engines.",
            "KILL",
            "    Kill the current running function.",
            "FLUSH [ASYNC|SYNC]",
            "    Delete all the libraries.",
            "    When called without the optional mode argument, the behavior is determined by the",
            "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
            "    * ASYNC: Asynchronously flush the libraries.",
            "    * SYNC: Synchronously flush the libraries.",
            "DUMP",
            "    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
            "RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
            "    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
            "    control how to handle existing libraries (default APPEND):",
            "    * FLUSH: delete all existing libraries.",
            "    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.",
            "    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old",
            "      libraries with the new libraries (notice that even on this option there is a chance of failure",
            "      in case of functions name collision with another library).",
        ],
    );
}
