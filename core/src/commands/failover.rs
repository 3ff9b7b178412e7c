//! FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT ms]: a coordinated switch of roles
//! with one of this master's replicas, with Redis 7.0.15's replies and errors. The
//! switch itself is [`crate::repl::failover`]'s.

use super::flags::*;
use super::{Command, Ctx, SYNTAX_ERR};
use crate::repl::failover::{self, Request};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[Command::new(
    "failover",
    -1,
    ADMIN | NOSCRIPT | STALE,
    failover_cmd,
)];

const NOT_INTEGER: &str = "ERR value is not an integer or out of range";

/// FAILOVER: parses as Redis does (each option once, in any order), then starts the
/// failover or answers why not.
fn failover_cmd(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() == 2 && argv[1].eq_ignore_ascii_case(b"abort") {
        if ctx.node.repl.failover.is_none() {
            ctx.out.error("ERR No failover in progress.");
            return;
        }
        failover::abort(ctx.node, "Failover manually aborted");
        ctx.out.ok();
        return;
    }
    let mut req = Request::default();
    let mut j = 1;
    while j < argv.len() {
        let arg = argv[j];
        if arg.eq_ignore_ascii_case(b"timeout") && j + 1 < argv.len() && req.timeout_ms.is_none() {
            let Some(ms) = parse_i64(argv[j + 1]) else {
                ctx.out.error(NOT_INTEGER);
                return;
            };
            if ms <= 0 {
                ctx.out.error("ERR FAILOVER timeout must be greater than 0");
                return;
            }
            req.timeout_ms = Some(ms as u64);
            j += 2;
        } else if arg.eq_ignore_ascii_case(b"to") && j + 2 < argv.len() && req.to.is_none() {
            let Some(port) = parse_i64(argv[j + 2]) else {
                ctx.out.error(NOT_INTEGER);
                return;
            };
            req.to = Some((String::from_utf8_lossy(argv[j + 1]).into_owned(), port));
            j += 3;
        } else if arg.eq_ignore_ascii_case(b"force") && !req.force {
            req.force = true;
            j += 1;
        } else {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
    }
    match failover::start(ctx.node, req) {
        Ok(()) => ctx.out.ok(),
        Err(e) => ctx.out.error(e),
    }
}
