//! Generic key commands (Redis's `generic` group): DEL, EXISTS, EXPIRE, SCAN, ...

use super::flags::*;
use super::{Command, Ctx};

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("del", -2, WRITE, del).keys(1, -1, 1),
    Command::new("exists", -2, READONLY | FAST, exists).keys(1, -1, 1),
];

fn del(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let mut n = 0;
    for key in &argv[1..] {
        db.expire_if_needed(key, now);
        if db.remove(key).is_some() {
            n += 1;
        }
    }
    out.int(n);
    ctx.node.dirty += n as u64;
}

fn exists(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let n = argv[1..].iter().filter(|k| db.contains(k, now)).count();
    out.int(n as i64);
}
