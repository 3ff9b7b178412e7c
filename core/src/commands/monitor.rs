//! MONITOR: clients that asked for it receive every command the server runs, one line
//! each, in Redis's format: `+<unix>.<usec> [<db> <addr>] "cmd" "arg" ...`, arguments
//! quoted and escaped as `sdscatrepr` does. Rejected commands, administrative ones and
//! commands queued in MULTI are not shown (queued ones show when EXEC runs them), and
//! passwords (AUTH, HELLO AUTH) show as `(redacted)`.

use super::flags::*;
use super::{Command, Ctx};

/// This family's commands.
pub const COMMANDS: &[Command] = &[Command::new(
    "monitor",
    1,
    ADMIN | NOSCRIPT | LOADING | STALE,
    monitor,
)];

fn monitor(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let id = ctx.client.id;
    let monitors = &mut ctx.node.introspect.monitors;
    if monitors.contains(&id) {
        return; // Redis ignores MONITOR from a client already monitoring, silently.
    }
    monitors.push(id);
    ctx.out.ok();
}

/// Whether argument `i` of `argv` is a secret shown as `(redacted)` (AUTH's arguments,
/// HELLO's AUTH username and password).
pub fn redacted(argv: &[&[u8]], i: usize) -> bool {
    let Some(name) = argv.first() else {
        return false;
    };
    if name.eq_ignore_ascii_case(b"auth") {
        return i >= 1;
    }
    if name.eq_ignore_ascii_case(b"hello") {
        let mut j = 2;
        while j < argv.len() {
            if argv[j].eq_ignore_ascii_case(b"auth") {
                if i == j + 1 || i == j + 2 {
                    return true;
                }
                j += 3;
            } else if argv[j].eq_ignore_ascii_case(b"setname") {
                j += 2;
            } else {
                j += 1;
            }
        }
    }
    false
}

/// Appends `bytes` quoted as Redis's `sdscatrepr` does.
pub fn write_repr(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    for &c in bytes {
        match c {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'"' => out.extend_from_slice(b"\\\""),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x07 => out.extend_from_slice(b"\\a"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x20..=0x7e => out.push(c),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'x',
                    HEX[usize::from(c >> 4)],
                    HEX[usize::from(c & 15)],
                ]);
            }
        }
    }
    out.push(b'"');
}

/// Sends the command that just ran to every MONITOR client (called by dispatch).
#[inline]
pub fn feed(ctx: &mut Ctx<'_>, cmd: &Command, argv: &[&[u8]]) {
    if ctx.node.introspect.monitors.is_empty() || cmd.flags & ADMIN != 0 {
        return;
    }
    feed_monitors(ctx, argv);
}

/// [`feed`] once some client monitors.
#[inline(never)]
fn feed_monitors(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let now = ctx.node.now.unix_us;
    let mut line = format!(
        "+{}.{:06} [{} {}]",
        now.div_euclid(1_000_000),
        now.rem_euclid(1_000_000),
        ctx.client.db,
        ctx.client.addr
    )
    .into_bytes();
    for (i, arg) in argv.iter().enumerate() {
        line.push(b' ');
        if redacted(argv, i) {
            line.extend_from_slice(b"\"(redacted)\"");
        } else {
            write_repr(&mut line, arg);
        }
    }
    line.extend_from_slice(b"\r\n");
    for id in ctx.node.introspect.monitors.clone() {
        ctx.deliver(id, |out| out.raw().extend_from_slice(&line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_escapes_as_redis() {
        let mut out = Vec::new();
        write_repr(&mut out, b"a b\"\\\n\r\t\x07\x08\x00\xff~");
        assert_eq!(out, b"\"a b\\\"\\\\\\n\\r\\t\\a\\b\\x00\\xff~\"");
    }

    #[test]
    fn secrets_are_redacted() {
        let auth: &[&[u8]] = &[b"auth", b"user", b"pass"];
        assert!(!redacted(auth, 0) && redacted(auth, 1) && redacted(auth, 2));
        let hello: &[&[u8]] = &[b"hello", b"2", b"AUTH", b"u", b"p", b"setname", b"n"];
        let r: Vec<bool> = (0..hello.len()).map(|i| redacted(hello, i)).collect();
        assert_eq!(r, [false, false, false, true, true, false, false]);
    }
}
