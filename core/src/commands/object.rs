//! OBJECT (ENCODING, FREQ, IDLETIME, REFCOUNT, HELP): what Redis reports about the
//! value under a key.
//!
//! ENCODING asks the value (strings and lists know theirs; the other collections
//! report what Redis 7.0 uses for a small value until their types say). IDLETIME and
//! FREQ read the key's access clock ([`crate::evict`]); no subcommand updates it.
//! REFCOUNT is 2147483647 for the small integers Redis shares, else 1.

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
    ctx.node.config.maxmemory_policy.is_lfu()
}

/// Whether `maxmemory-policy` evicts by LRU or LFU (Redis then stops sharing integers).
fn lru_or_lfu_policy(ctx: &Ctx<'_>) -> bool {
    use crate::evict::Policy;
    matches!(
        ctx.node.config.maxmemory_policy,
        Policy::AllkeysLru | Policy::VolatileLru | Policy::AllkeysLfu | Policy::VolatileLfu
    )
}

/// Replies for `key`'s value with `f` (given the key's access clock and the
/// database's current clock), or the null reply when the key is missing. The lookup
/// does not touch the key.
fn with_value(
    ctx: &mut Ctx<'_>,
    key: &[u8],
    f: impl FnOnce(&Value, u32, crate::evict::AccessClock, &mut crate::resp::Reply),
) {
    let now = ctx.now_ms();
    let (db, out) = ctx.db_and_out();
    let clock = db.clock;
    let access = db.access_of(key).unwrap_or(0);
    match db.get_untouched(key, now) {
        Some(v) => f(v, access, clock, out),
        None => out.null(),
    }
}

fn encoding(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    with_value(ctx, argv[2], |v, _, _, out| {
        out.bulk(encoding_name(v).as_bytes())
    });
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
    with_value(ctx, argv[2], |_, access, clock, out| {
        out.int(i64::from(clock.lfu_decr(access)))
    });
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
    with_value(ctx, argv[2], |_, access, clock, out| {
        out.int((clock.idle_ms(access) / 1000) as i64)
    });
}

fn refcount(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let shared_ok = shared_integers_in_use(ctx);
    with_value(ctx, argv[2], |v, _, _, out| {
        out.int(refcount_of(v, shared_ok))
    });
}

/// Whether small integers are Redis's shared objects (not under an LRU/LFU policy with
/// maxmemory, where each key needs its own access data).
pub(crate) fn shared_integers_in_use(ctx: &Ctx<'_>) -> bool {
    !lru_or_lfu_policy(ctx) || ctx.node.config.maxmemory == 0
}

/// The refcount Redis reports for `v`: shared small integers have a huge one.
pub(crate) fn refcount_of(v: &Value, shared_ok: bool) -> i64 {
    let shared = match v {
        Value::Str(s) if s.encoding() == Encoding::Int => {
            shared_ok
                && s.as_i64()
                    .is_some_and(|n| (0..SHARED_INTEGERS).contains(&n))
        }
        _ => false,
    };
    if shared { SHARED_REFCOUNT } else { 1 }
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
