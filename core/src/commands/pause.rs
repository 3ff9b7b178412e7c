//! CLIENT PAUSE and CLIENT UNPAUSE. While a pause is in force, the commands it covers
//! (every command for `ALL`; for `WRITE`, commands that may write or replicate, and
//! EXEC of a transaction holding one) are not run: their client is parked like a
//! blocked client, with no keys, until the pause ends (its deadline, through the core's
//! timeout, or CLIENT UNPAUSE), and the held commands then run in arrival order. Active
//! expiry stops during a pause.

use super::{Command, Ctx};
use crate::blocking::TimeoutReply;
use crate::commands::flags::WRITE;
use crate::introspection::PauseMode;
use crate::util::number::parse_i64;

/// Commands without the write flag that Redis still holds in a WRITE pause (its
/// `may-replicate` flag).
const MAY_REPLICATE: &[&str] = &[
    "publish", "spublish", "eval", "evalsha", "fcall", "pfcount", "script", "function",
];

fn may_replicate(cmd: &Command) -> bool {
    cmd.flags & WRITE != 0 || MAY_REPLICATE.contains(&cmd.name)
}

/// Whether CLIENT PAUSE holds `cmd` back; if so the client is parked (called by
/// dispatch, after the checks that reject a command and before MULTI queueing).
#[inline]
pub fn postpone(ctx: &mut Ctx<'_>, cmd: &'static Command) -> bool {
    let pause = &ctx.node.introspect.pause;
    if ctx.client.in_exec || ctx.client.unblocking || !pause.active(ctx.node.now.mono) {
        return false;
    }
    postpone_paused(ctx, cmd)
}

/// [`postpone`] while a pause is on.
#[inline(never)]
fn postpone_paused(ctx: &mut Ctx<'_>, cmd: &'static Command) -> bool {
    let pause = &ctx.node.introspect.pause;
    let now = ctx.node.now.mono;
    // The server's own pauses (shutdown, failover) hold writes.
    let client_mode = if now < pause.end {
        pause.mode
    } else {
        PauseMode::None
    };
    let mode = if pause.held != 0 {
        client_mode.max(PauseMode::Write)
    } else {
        client_mode
    };
    let held = pause.stalled(now)
        || match mode {
            PauseMode::All => true,
            PauseMode::Write => {
                may_replicate(cmd)
                    || (cmd.name == "exec"
                        && ctx.client.multi.as_ref().is_some_and(|queue| {
                            queue.iter().any(|argv| queued_may_replicate(ctx, argv))
                        }))
            }
            PauseMode::None => false,
        };
    if held {
        ctx.block(Vec::new(), None, TimeoutReply::NullArray);
        ctx.node.introspect.pause.postponed.push_back(ctx.client.id);
    }
    held
}

fn queued_may_replicate(ctx: &Ctx<'_>, argv: &[Vec<u8>]) -> bool {
    let Some(cmd) = argv.first().and_then(|n| ctx.commands.get(n)) else {
        return false;
    };
    let cmd = match argv.get(1) {
        Some(sub) if !cmd.subcommands.is_empty() => cmd
            .subcommands
            .iter()
            .find(|s| s.name.as_bytes().eq_ignore_ascii_case(sub))
            .unwrap_or(cmd),
        _ => cmd,
    };
    may_replicate(cmd)
}

/// CLIENT PAUSE timeout [WRITE|ALL]
pub fn client_pause(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 4 {
        // Redis echoes the subcommand as the client spelled it.
        let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
        msg.extend_from_slice(argv[1]);
        msg.extend_from_slice(b"'. Try CLIENT HELP.");
        return ctx.out.error_bytes(&msg);
    }
    let mode = match argv.get(3) {
        None => PauseMode::All,
        Some(m) if m.eq_ignore_ascii_case(b"write") => PauseMode::Write,
        Some(m) if m.eq_ignore_ascii_case(b"all") => PauseMode::All,
        Some(_) => return ctx.out.error("ERR CLIENT PAUSE mode must be WRITE or ALL"),
    };
    let Some(ms) = parse_i64(argv[2]) else {
        return ctx
            .out
            .error("ERR timeout is not an integer or out of range");
    };
    if ms < 0 {
        return ctx.out.error("ERR timeout is negative");
    }
    let end = ctx.node.now.mono.add_millis(ms as u64);
    ctx.node.introspect.pause.pause(mode, end);
    ctx.out.ok();
}

/// CLIENT UNPAUSE: the held commands run once the current input is processed.
pub fn client_unpause(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let pause = &mut ctx.node.introspect.pause;
    pause.mode = PauseMode::None;
    pause.end = ctx.node.now.mono;
    ctx.out.ok();
}
