//! BGREWRITEAOF, and the MISCONF refusal of writes while the AOF cannot be written.

use crate::commands::flags::*;
use crate::commands::{Command, Ctx};

/// This family's commands.
pub const COMMANDS: &[Command] = &[Command::new(
    "bgrewriteaof",
    1,
    ADMIN | NOSCRIPT,
    bgrewriteaof,
)];

/// BGREWRITEAOF: the rewrite starts at the end of this input, or once the running save
/// ends ("scheduled", as Redis answers while a child process runs or inside EXEC).
fn bgrewriteaof(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if ctx.node.aof.rw.running() {
        ctx.out
            .error("ERR Background append only file rewriting already in progress");
        return;
    }
    let waits = super::rewrite::request(ctx.node);
    if waits || ctx.client.in_exec {
        ctx.node.aof.rw.failures = 0;
        ctx.out
            .simple("Background append only file rewriting scheduled");
    } else {
        ctx.out
            .simple("Background append only file rewriting started");
    }
}

/// Answers Redis's `MISCONF Errors writing to the AOF file` error and returns true if
/// `cmd` is a write (or PING, or EXEC of writes); called only after a failed append.
#[cold]
#[inline(never)]
pub fn reject_write(ctx: &mut Ctx<'_>, cmd: &Command) -> bool {
    if !crate::commands::persistence::write_like(ctx, cmd) {
        return false;
    }
    let text = super::misconf(ctx.node);
    crate::commands::reject(ctx, cmd, &text);
    true
}
