//! OBJECT (ENCODING, FREQ, IDLETIME, REFCOUNT, HELP): what Redis reports about the
//! value under a key.
//!
//! ENCODING asks the value (strings and lists know theirs; the other collections
//! report what Redis 7.0 uses for a small value until their types say). The keyspace
//! keeps no access clock per key yet, so IDLETIME reports 0 and FREQ (under an LFU
//! policy) the initial counter, 5. REFCOUNT is 2147483647 for the small integers Redis shares, else 1.

use super::flags::*;
use super::{Command, Ctx, container};
use crate::types::Value;
use crate::types::string::Encoding;

/// This family's commands.
pub const COMMANDS: &[Command] =
    &[Command::new("object", -2, 0, container).with_subcommands(SUBCOMMANDS)];

const SUBCOMMANDS: &[Command] = &[
    Command::new("encoding", 3, READONLY, encoding).keys(2, 2, 1),
    Command::new("freq", 3, READONLY, freq).keys(2, 2, 1),
    Command::new("idletime", 3, READONLY, idletime).keys(2, 2, 1),
    Command::new("refcount", 3, READONLY, refcount).keys(2, 2, 1),
    Command::new("help", 2, LOADING | STALE, help),
];

/// Redis's `OBJ_SHARED_REFCOUNT`.
const SHARED_REFCOUNT: i64 = i32::MAX as i64;
/// Redis shares the integers 0..10000 (`OBJ_SHARED_INTEGERS`).
const SHARED_INTEGERS: i64 = 10000;

/// The name OBJECT ENCODING replies for `value`.
pub fn encoding_name(value: &Value) -> &'static str {
    match value {
        Value::Str(s) => s.encoding().name(),
        Value::List(l) => l.encoding(),
        Value::Hash(h) => h.encoding(),
        Value::Set(s) => s.encoding(),
        Value::ZSet(z) => z.encoding(),
        Value::Stream(_) => "stream",
    }
}

/// Whether `maxmemory-policy` is an LFU one.
fn lfu_policy(ctx: &Ctx<'_>) -> bool {
    crate::directives::get_by_name(&ctx.node.config, "maxmemory-policy")
        .is_some_and(|p| p.ends_with("-lfu"))
}

/// Whether `maxmemory-policy` evicts by LRU or LFU (Redis then stops sharing integers).
fn lru_or_lfu_policy(ctx: &Ctx<'_>) -> bool {
    crate::directives::get_by_name(&ctx.node.config, "maxmemory-policy")
        .is_some_and(|p| p.ends_with("-lfu") || p.ends_with("-lru"))
}

/// Replies for `key`'s value with `f`, or the null reply when the key is missing.
fn with_value(ctx: &mut Ctx<'_>, key: &[u8], f: impl FnOnce(&Value, &mut crate::resp::Reply)) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    match db.get(key, now) {
        Some(v) => f(v, out),
        None => out.null(),
    }
}

fn encoding(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    with_value(ctx, argv[2], |v, out| out.bulk(encoding_name(v).as_bytes()));
}

fn freq(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if !lfu_policy(ctx) {
        let now = ctx.now_ms();
        if ctx.node.dbs[ctx.client.db].contains(argv[2], now) {
            return ctx.out.error(
                "ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
            );
        }
    }
    with_value(ctx, argv[2], |_, out| out.int(5));
}

fn idletime(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if lfu_policy(ctx) {
        let now = ctx.now_ms();
        if ctx.node.dbs[ctx.client.db].contains(argv[2], now) {
            return ctx.out.error(
                "ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
            );
        }
    }
    with_value(ctx, argv[2], |_, out| out.int(0));
}

fn refcount(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let shared_ok = !lru_or_lfu_policy(ctx)
        || crate::directives::get_by_name(&ctx.node.config, "maxmemory").as_deref() == Some("0");
    with_value(ctx, argv[2], |v, out| {
        let shared = match v {
            Value::Str(s) if s.encoding() == Encoding::Int => {
                shared_ok
                    && s.as_i64()
                        .is_some_and(|n| (0..SHARED_INTEGERS).contains(&n))
            }
            _ => false,
        };
        out.int(if shared { SHARED_REFCOUNT } else { 1 });
    });
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "OBJECT",
        &[
            "ENCODING <key>",
            "    Return the kind of internal representation used in order to store the value",
            "    associated with a <key>.",
            "FREQ <key>",
            "    Return the access frequency index of the <key>. The returned integer is",
            "    proportional to the logarithm of the recent access frequency of the key.",
            "IDLETIME <key>",
            "    Return the idle time of the <key>, that is the approximated number of",
            "    seconds elapsed since the last access to the key.",
            "REFCOUNT <key>",
            "    Return the number of references of the value associated with the specified",
            "    <key>.",
        ],
    );
}
