//! Server commands (Redis's `server` group): DBSIZE, FLUSHDB, FLUSHALL, SWAPDB, TIME,
//! SHUTDOWN.

use super::flags::*;
use super::{Command, Ctx};
use crate::server::Output;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("dbsize", 1, READONLY | FAST, dbsize),
    Command::new("flushall", -1, WRITE, flushall),
    Command::new(
        "shutdown",
        -1,
        ADMIN | NOSCRIPT | LOADING | STALE | NO_MULTI,
        shutdown,
    ),
];

fn dbsize(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let (db, out) = ctx.db_and_out();
    out.int(db.len() as i64);
}

fn flushall(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    for db in &mut ctx.node.dbs {
        db.clear();
    }
    ctx.out.ok();
}

fn shutdown(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.node.outputs.push_back(Output::Shutdown);
}
