//! Client-side caching commands, part of Redis's `connection` group: CLIENT
//! TRACKING, CLIENT CACHING, CLIENT GETREDIR and CLIENT TRACKINGINFO, with Redis
//! 7.0.15's replies and error texts; and the hooks dispatch calls around each command
//! (remembering the keys a tracking client read, bounding the tracking table). The
//! state lives in [`crate::tracking`].

use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, docs};
use crate::client::ConnId;
use crate::tracking::{Options, PrefixCheck, Sink};
use crate::util::number::parse_i64;

/// CLIENT TRACKING ON|OFF [REDIRECT id] [PREFIX p ...] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]
pub fn client_tracking(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut redirect: i64 = 0;
    let mut opts = Options::default();
    let mut prefixes: Vec<&[u8]> = Vec::new();
    let mut j = 3;
    while j < argv.len() {
        let arg = argv[j];
        let more = j + 1 < argv.len();
        if arg.eq_ignore_ascii_case(b"redirect") && more {
            j += 1;
            if redirect != 0 {
                return ctx
                    .out
                    .error("ERR A client can only redirect to a single other client");
            }
            let Some(id) = parse_i64(argv[j]) else {
                return ctx.out.error(NOT_INTEGER);
            };
            redirect = id;
            // The client must exist now, though it may leave later.
            if !client_exists(ctx, id) {
                return ctx
                    .out
                    .error("ERR The client ID you want redirect to does not exist");
            }
        } else if arg.eq_ignore_ascii_case(b"bcast") {
            opts.bcast = true;
        } else if arg.eq_ignore_ascii_case(b"optin") {
            opts.optin = true;
        } else if arg.eq_ignore_ascii_case(b"optout") {
            opts.optout = true;
        } else if arg.eq_ignore_ascii_case(b"noloop") {
            opts.noloop = true;
        } else if arg.eq_ignore_ascii_case(b"prefix") && more {
            j += 1;
            prefixes.push(argv[j]);
        } else {
            return ctx.out.error(SYNTAX_ERR);
        }
        j += 1;
    }
    let id = ctx.client.id;
    let mode = argv[2];
    if mode.eq_ignore_ascii_case(b"on") {
        if !opts.bcast && !prefixes.is_empty() {
            return ctx
                .out
                .error("ERR PREFIX option requires BCAST mode to be enabled");
        }
        let current = ctx.node.tracking.client(id);
        if current.is_some_and(|t| t.bcast != opts.bcast) {
            return ctx.out.error(
                "ERR You can't switch BCAST mode on/off before disabling tracking for this \
                 client, and then re-enabling it with a different mode.",
            );
        }
        if opts.bcast && (opts.optin || opts.optout) {
            return ctx
                .out
                .error("ERR OPTIN and OPTOUT are not compatible with BCAST");
        }
        if opts.optin && opts.optout {
            return ctx
                .out
                .error("ERR You can't specify both OPTIN mode and OPTOUT mode");
        }
        if current.is_some_and(|t| (opts.optin && t.optout) || (opts.optout && t.optin)) {
            return ctx.out.error(
                "ERR You can't switch OPTIN/OPTOUT mode before disabling tracking for this \
                 client, and then re-enabling it with a different mode.",
            );
        }
        if opts.bcast {
            match ctx.node.tracking.check_prefixes(id, &prefixes) {
                PrefixCheck::Ok => {}
                PrefixCheck::Refused(msg) => return ctx.out.error_bytes(&msg),
                // Redis 7.0 reports this overlap and still turns tracking on.
                PrefixCheck::ReportedOnly(msg) => ctx.out.error_bytes(&msg),
            }
        }
        let was_in_use = ctx.node.tracking.in_use();
        ctx.node
            .tracking
            .enable(id, redirect as u64, opts, &prefixes);
        if !was_in_use {
            // From now on expired keys are logged for invalidation.
            ctx.node.sync_event_logging();
        }
    } else if mode.eq_ignore_ascii_case(b"off") {
        ctx.node.tracking.disable(id);
    } else {
        return ctx.out.error(SYNTAX_ERR);
    }
    ctx.out.ok();
}

/// Whether client `id` is connected (the caller included).
fn client_exists(ctx: &Ctx<'_>, id: i64) -> bool {
    u64::try_from(id)
        .ok()
        .map(ConnId)
        .is_some_and(|id| id == ctx.client.id || ctx.others.contains_key(&id))
}

/// CLIENT CACHING YES|NO
pub fn client_caching(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let id = ctx.client.id;
    let Some(t) = ctx.node.tracking.client(id) else {
        return ctx.out.error(
            "ERR CLIENT CACHING can be called only when the client is in tracking mode with \
             OPTIN or OPTOUT mode enabled",
        );
    };
    let opt = argv[2];
    if opt.eq_ignore_ascii_case(b"yes") {
        if !t.optin {
            return ctx.out.error(
                "ERR CLIENT CACHING YES is only valid when tracking is enabled in OPTIN mode.",
            );
        }
    } else if opt.eq_ignore_ascii_case(b"no") {
        if !t.optout {
            return ctx.out.error(
                "ERR CLIENT CACHING NO is only valid when tracking is enabled in OPTOUT mode.",
            );
        }
    } else {
        return ctx.out.error(SYNTAX_ERR);
    }
    ctx.node.tracking.set_caching(id);
    ctx.out.ok();
}

/// CLIENT GETREDIR: the redirect id, 0 without one, -1 when tracking is off.
pub fn client_getredir(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let redirect = ctx
        .node
        .tracking
        .client(ctx.client.id)
        .map_or(-1, |t| t.redirect as i64);
    ctx.out.int(redirect);
}

/// CLIENT TRACKINGINFO: flags, redirect and prefixes.
pub fn client_trackinginfo(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let t = ctx.node.tracking.client(ctx.client.id);
    let out = &mut *ctx.out;
    out.map(3);
    out.bulk(b"flags");
    let mut flags: Vec<&[u8]> = Vec::new();
    match t {
        None => flags.push(b"off"),
        Some(t) => {
            flags.push(b"on");
            if t.bcast {
                flags.push(b"bcast");
            }
            if t.optin {
                flags.push(b"optin");
                if t.caching {
                    flags.push(b"caching-yes");
                }
            }
            if t.optout {
                flags.push(b"optout");
                if t.caching {
                    flags.push(b"caching-no");
                }
            }
            if t.noloop {
                flags.push(b"noloop");
            }
            if t.broken_redirect {
                flags.push(b"broken_redirect");
            }
        }
    }
    out.set(flags.len());
    for f in flags {
        out.bulk(f);
    }
    out.bulk(b"redirect");
    out.int(t.map_or(-1, |t| t.redirect as i64));
    out.bulk(b"prefixes");
    match t {
        Some(t) => {
            out.array(t.prefixes.len());
            for p in &t.prefixes {
                out.bulk(p);
            }
        }
        None => out.array(0),
    }
}

/// After a read-only command: a tracking client in the default mode (and, with OPTIN
/// or OPTOUT, as CLIENT CACHING said) may now cache the keys it named.
#[inline]
pub fn remember_keys(ctx: &mut Ctx<'_>, cmd: &Command, argv: &[&[u8]]) {
    if ctx.node.tracking.tracking_clients() != 0 {
        remember_keys_tracked(ctx, cmd, argv);
    }
}

/// [`remember_keys`] while some client tracks keys.
#[inline(never)]
fn remember_keys_tracked(ctx: &mut Ctx<'_>, cmd: &Command, argv: &[&[u8]]) {
    let id = ctx.client.id;
    if !ctx
        .node
        .tracking
        .client(id)
        .is_some_and(|t| t.remembers_keys())
    {
        return;
    }
    // Read-only scripts are tracked by the commands they run, not their own keys.
    if matches!(cmd.name, "eval_ro" | "evalsha_ro" | "fcall_ro") {
        return;
    }
    let positions = docs::command_key_positions(argv);
    ctx.node
        .tracking
        .remember_keys(id, positions.iter().filter_map(|&i| argv.get(i).copied()));
}

/// Before a command runs: keeps the tracking table within `tracking-table-max-keys`.
/// Invalidations of the keys forgotten go out at once, ahead of the command's reply.
#[inline]
pub fn limit_table(ctx: &mut Ctx<'_>) {
    if ctx.node.tracking.tracking_clients() != 0 {
        limit_used_table(ctx);
    }
}

/// [`limit_table`] while some client tracks keys.
#[inline(never)]
fn limit_used_table(ctx: &mut Ctx<'_>) {
    let node = &mut *ctx.node;
    node.tracking
        .limit_used_slots(node.config.tracking_table_max_keys, &mut node.rng);
    if node.tracking.has_outbox() {
        let mut sink = Sink {
            caller: Some((&*ctx.client, &mut *ctx.out)),
            others: &mut *ctx.others,
            pending_writes: &mut node.pending_writes,
        };
        node.tracking.deliver(&mut sink);
    }
}
