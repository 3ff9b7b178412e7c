//! String commands: GET, SET and the rest of Redis's `string` group.

use super::flags::*;
use super::{Command, Ctx, WRONGTYPE};
use crate::types::{StrValue, Value};

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("get", 2, READONLY | FAST, get).keys(1, 1, 1),
    Command::new("set", -3, WRITE | DENYOOM, set).keys(1, 1, 1),
];

fn get(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match db.get(argv[1], now) {
        None => out.null(),
        Some(Value::Str(s)) => out.bulk(s.as_bytes()),
        #[allow(unreachable_patterns)]
        Some(_) => out.error(WRONGTYPE),
    }
}

fn set(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ctx.node.dirty += 1;
    let (db, out) = ctx.db_and_out();
    db.set(argv[1], Value::Str(StrValue::new(argv[2])));
    out.ok();
}
