//! Connection commands: PING, ECHO, SELECT, AUTH, HELLO, CLIENT, RESET, COMMAND.

use super::flags::*;
use super::{Command, Ctx};

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("ping", -1, FAST | STALE | LOADING, ping),
    Command::new("echo", 2, FAST, echo),
    Command::new("select", 2, FAST | LOADING | STALE, select),
];

fn ping(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv {
        [_] => ctx.out.simple("PONG"),
        [_, msg] => ctx.out.bulk(msg),
        _ => ctx
            .out
            .error("ERR wrong number of arguments for 'ping' command"),
    }
}

fn echo(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ctx.out.bulk(argv[1]);
}

fn select(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(index) = crate::util::number::parse_i64(argv[1]) else {
        ctx.out.error(super::NOT_INTEGER);
        return;
    };
    match usize::try_from(index)
        .ok()
        .filter(|&i| i < ctx.node.dbs.len())
    {
        Some(i) => {
            ctx.client.db = i;
            ctx.out.ok();
        }
        None => ctx.out.error("ERR DB index is out of range"),
    }
}
