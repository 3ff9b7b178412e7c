//! Connection commands (Redis's `connection` group): PING, ECHO, SELECT, AUTH, HELLO,
//! RESET, QUIT, CLIENT and COMMAND, with Redis 7.0.15's replies and error texts.

use std::fmt::Write as _;

use super::docs::{self, Meta};
use super::flags::*;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, c_str_trunc};
use crate::client::{Client, ClientState, ConnId};
use crate::resp::Reply;
use crate::server::Output;
use crate::time::Now;
use crate::tracking::{ClientTracking, Tracking};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("ping", -1, FAST | PUBSUB_CONTEXT | KEEPS_QUIET, ping),
    Command::new("echo", 2, FAST | KEEPS_QUIET, echo),
    Command::new("select", 2, FAST | LOADING | STALE, select),
    Command::new(
        "auth",
        -2,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        auth,
    ),
    Command::new(
        "hello",
        -1,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        hello,
    ),
    Command::new(
        "reset",
        1,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY | PUBSUB_CONTEXT,
        reset,
    ),
    // Dispatch answers QUIT before any lookup; the entry makes COMMAND report it.
    Command::new(
        "quit",
        -1,
        NOSCRIPT | LOADING | STALE | FAST | NO_AUTH | ALLOW_BUSY,
        quit,
    ),
    Command::new("client", -2, 0, container_without_subcommand).with_subcommands(CLIENT),
    Command::new("command", -1, LOADING | STALE, command).with_subcommands(COMMAND),
];

/// CLIENT's subcommands.
const CLIENT: &[Command] = &[
    Command::new("id", 2, NOSCRIPT | LOADING | STALE, client_id),
    Command::new("info", 2, NOSCRIPT | LOADING | STALE, client_info),
    Command::new("list", -2, ADMIN | NOSCRIPT | LOADING | STALE, client_list),
    Command::new("kill", -3, ADMIN | NOSCRIPT | LOADING | STALE, client_kill),
    Command::new("setname", 3, NOSCRIPT | LOADING | STALE, client_setname),
    Command::new("getname", 2, NOSCRIPT | LOADING | STALE, client_getname),
    Command::new(
        "getredir",
        2,
        NOSCRIPT | LOADING | STALE,
        super::tracking::client_getredir,
    ),
    Command::new(
        "trackinginfo",
        2,
        NOSCRIPT | LOADING | STALE,
        super::tracking::client_trackinginfo,
    ),
    Command::new(
        "tracking",
        -3,
        NOSCRIPT | LOADING | STALE,
        super::tracking::client_tracking,
    ),
    Command::new(
        "caching",
        3,
        NOSCRIPT | LOADING | STALE,
        super::tracking::client_caching,
    ),
    Command::new("reply", 3, NOSCRIPT | LOADING | STALE, client_reply),
    Command::new(
        "no-evict",
        3,
        ADMIN | NOSCRIPT | LOADING | STALE,
        client_no_evict,
    ),
    Command::new("help", 2, LOADING | STALE, client_help),
    Command::new(
        "pause",
        -3,
        ADMIN | NOSCRIPT | LOADING | STALE,
        super::pause::client_pause,
    ),
    Command::new(
        "unpause",
        2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        super::pause::client_unpause,
    ),
    Command::new(
        "unblock",
        -3,
        ADMIN | NOSCRIPT | LOADING | STALE,
        client_unblock,
    ),
];

/// COMMAND's subcommands.
const COMMAND: &[Command] = &[
    Command::new("count", 2, LOADING | STALE, command_count),
    Command::new("info", -2, LOADING | STALE, command_info),
    Command::new("docs", -2, LOADING | STALE, command_docs),
    Command::new("list", -2, LOADING | STALE, command_list),
    Command::new("getkeys", -4, LOADING | STALE, command_getkeys),
    Command::new(
        "getkeysandflags",
        -4,
        LOADING | STALE,
        command_getkeysandflags,
    ),
    Command::new("help", 2, LOADING | STALE, command_help),
];

/// The version HELLO reports.
const REDIS_VERSION: &str = "7.0.15";

fn ping(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.client.is_subscribed() && !ctx.out.is_resp3() {
        // A subscribed RESP2 client gets PING's answer in the shape of a message.
        ctx.out.array(2);
        ctx.out.bulk(b"pong");
        ctx.out.bulk(argv.get(1).copied().unwrap_or(b""));
        return;
    }
    match argv {
        [_] => ctx.out.simple("PONG"),
        [_, msg] => ctx.out.bulk(msg),
        _ => ctx
            .out
            .error("ERR wrong number of arguments for 'ping' command"),
    }
}

fn echo(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    ctx.out.bulk(argv[1]);
}

fn select(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    // getIntFromObjectOrReply: an integer, then the range of a C int.
    let Some(index) = parse_i64(argv[1]) else {
        ctx.out.error(NOT_INTEGER);
        return;
    };
    if i32::try_from(index).is_err() {
        ctx.out
            .error("ERR value is out of range, value must between -2147483648 and 2147483647");
        return;
    }
    match usize::try_from(index)
        .ok()
        .filter(|&i| i < ctx.node.dbs.len())
    {
        Some(i) => {
            ctx.client.db = i;
            ctx.out.ok();
        }
        None => ctx.out.error("ERR DB index is out of range"),
    }
}

/// Redis's reply to bad credentials.
const WRONGPASS: &str = "WRONGPASS invalid username-password pair or user is disabled.";

fn auth(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (user, pass): (&[u8], &[u8]) = match argv {
        [_, pass] => {
            if ctx.node.acl.default_user().flags & crate::acl::user::FLAG_NOPASS != 0 {
                ctx.out.error(
                    "ERR AUTH <password> called without any password configured for the \
                     default user. Are you sure your configuration is correct?",
                );
                return;
            }
            (b"default", pass)
        }
        [_, user, pass] => (user, pass),
        _ => {
            ctx.out.error(SYNTAX_ERR);
            return;
        }
    };
    if super::acl::authenticate(ctx, argv, user, pass) {
        ctx.out.ok();
    } else {
        ctx.out.error(WRONGPASS);
    }
}

fn hello(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut version = None;
    let mut next = 1;
    if let Some(arg) = argv.get(1) {
        let Some(v) = parse_i64(arg) else {
            ctx.out
                .error("ERR Protocol version is not an integer or out of range");
            return;
        };
        if !(2..=3).contains(&v) {
            ctx.out.error("NOPROTO unsupported protocol version");
            return;
        }
        version = Some(v);
        next = 2;
    }
    // Options act in order, as in Redis 7.0: each AUTH authenticates at once and each
    // SETNAME renames at once, so an error later on keeps what came before it.
    let mut j = next;
    while j < argv.len() {
        let more = argv.len() - 1 - j;
        let opt = argv[j];
        if opt.eq_ignore_ascii_case(b"auth") && more >= 2 {
            if !super::acl::authenticate(ctx, argv, argv[j + 1], argv[j + 2]) {
                ctx.out.error(WRONGPASS);
                return;
            }
            j += 3;
        } else if opt.eq_ignore_ascii_case(b"setname") && more >= 1 {
            if !set_name(ctx, argv[j + 1]) {
                return;
            }
            j += 2;
        } else {
            let mut msg = b"ERR Syntax error in HELLO option '".to_vec();
            msg.extend_from_slice(c_str_trunc(opt, usize::MAX));
            msg.push(b'\'');
            ctx.out.error_bytes(&msg);
            return;
        }
    }
    if !ctx.client.authenticated {
        ctx.out.error(
            "NOAUTH HELLO must be called with the client already authenticated, otherwise the \
             HELLO AUTH <user> <pass> option can be used to authenticate the client and select \
             the RESP protocol version at the same time",
        );
        return;
    }
    if let Some(v) = version {
        ctx.out.set_resp3(v == 3);
    }
    let replica = ctx.node.repl.replica.is_some();
    let out = &mut *ctx.out;
    out.map(7);
    out.bulk(b"server");
    out.bulk(b"redis");
    out.bulk(b"version");
    out.bulk(REDIS_VERSION.as_bytes());
    out.bulk(b"proto");
    out.int(if out.is_resp3() { 3 } else { 2 });
    out.bulk(b"id");
    out.int(ctx.client.id.0 as i64);
    out.bulk(b"mode");
    out.bulk(b"standalone");
    out.bulk(b"role");
    out.bulk(if replica { b"replica" } else { b"master" });
    out.bulk(b"modules");
    out.array(0);
}

/// RESET: back to a fresh connection's state (Redis's clearClientConnectionState).
/// CLIENT NO-EVICT survives it, as in Redis.
fn reset(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::transaction::unwatch_all(ctx);
    super::pubsub::unsubscribe_all(ctx.node, ctx.client);
    ctx.node.tracking.disable(ctx.client.id);
    let client = &mut *ctx.client;
    client.multi = None;
    client.multi_error = false;
    client.db = 0;
    client.name = None;
    client.authenticated = !ctx.node.acl.auth_required();
    client.user = crate::acl::DEFAULT_USER;
    client.acl_restricted = ctx.node.acl.restricted(crate::acl::DEFAULT_USER);
    client.reply_off = false;
    client.reply_skip_next = false;
    ctx.out.forget_kept();
    ctx.out.set_resp3(false);
    ctx.out.simple("RESET");
}

fn quit(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.ok();
    ctx.client.close_after_reply = true;
}

/// A container called without a subcommand (its arity check lets none through).
fn container_without_subcommand(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut msg = b"ERR wrong number of arguments for '".to_vec();
    msg.extend_from_slice(&argv[0].to_ascii_lowercase());
    msg.extend_from_slice(b"' command");
    ctx.out.error_bytes(&msg);
}

/// Writes Redis's `<CMD> HELP` reply: a header line, the lines given, and HELP itself.
pub(crate) fn help(out: &mut Reply, command: &str, lines: &[&str]) {
    out.array(lines.len() + 3);
    out.simple(&format!(
        "{command} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"
    ));
    for line in lines {
        out.simple(line);
    }
    out.simple("HELP");
    out.simple("    Prints this help.");
}

// ---------------------------------------------------------------------------------
// CLIENT

fn client_id(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.int(ctx.client.id.0 as i64);
}

/// The caller's CLIENT INFO line, without its newline (ACL LOG's `client-info`).
pub(crate) fn client_info_line(ctx: &Ctx<'_>, argv: &[&[u8]]) -> String {
    let mut text = String::new();
    write_client_info(&mut text, &caller_view(ctx, argv), ctx.node.now);
    text
}

fn client_info(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut text = String::new();
    let view = caller_view(ctx, argv);
    write_client_info(&mut text, &view, ctx.node.now);
    text.push('\n');
    ctx.out.verbatim("txt", text.as_bytes());
}

/// What CLIENT LIST/INFO shows of one client.
struct ClientView<'a> {
    state: &'a ClientState,
    user: &'a [u8],
    tracking: Option<&'a ClientTracking>,
    resp3: bool,
    qbuf: usize,
    /// `qbuf-free`.
    qbuf_free: usize,
    argv_mem: usize,
    pending: usize,
}

/// The caller as CLIENT LIST sees it: its query buffer holds the current command.
fn caller_view<'a>(ctx: &'a Ctx<'_>, argv: &[&[u8]]) -> ClientView<'a> {
    let argv_mem: usize = argv.iter().map(|a| a.len()).sum();
    let digits = |n: usize| n.to_string().len();
    let qbuf = 3
        + digits(argv.len())
        + argv
            .iter()
            .map(|a| 5 + digits(a.len()) + a.len())
            .sum::<usize>();
    ClientView {
        state: ctx.client,
        user: ctx.node.acl.name(ctx.client.user),
        tracking: ctx.node.tracking.client(ctx.client.id),
        resp3: ctx.out.is_resp3(),
        qbuf,
        qbuf_free: ctx.client.query_buffer.free(qbuf),
        argv_mem,
        pending: ctx.out.pending_len(),
    }
}

/// Another client as CLIENT LIST sees it.
fn other_view<'a>(
    client: &'a Client,
    tracking: &'a Tracking,
    acl: &'a crate::acl::Acl,
) -> ClientView<'a> {
    ClientView {
        state: &client.state,
        user: acl.name(client.state.user),
        tracking: tracking.client(client.state.id),
        resp3: client.reply.is_resp3(),
        qbuf: client.parser.buffered_len(),
        qbuf_free: (client.state.query_buffer).free(client.parser.buffered_len()),
        argv_mem: 0,
        pending: client.reply.pending_len(),
    }
}

/// Redis's static reply buffer size after its first resize, reported as `rbs`.
const REPLY_BUF_SIZE: usize = 1024;
/// Redis's base memory of a client, reported in `tot-mem`.
const CLIENT_BASE_MEM: usize = 22272;

/// One CLIENT LIST line, without its newline, in Redis 7.0's field order. Values Redis
/// takes from its allocator (buffer sizes, memory) are close approximations.
fn write_client_info(out: &mut String, c: &ClientView<'_>, now: Now) {
    let s = c.state;
    let secs =
        |t: Now| (now.unix_us.div_euclid(1_000_000) - t.unix_us.div_euclid(1_000_000)).max(0);
    let name = s
        .name
        .as_deref()
        .map(String::from_utf8_lossy)
        .unwrap_or_default();
    let mut flags = String::new();
    if s.is_master {
        flags.push('M');
    }
    if s.replica {
        flags.push('S');
    }
    if s.is_subscribed() {
        flags.push('P');
    }
    if s.multi.is_some() {
        flags.push('x');
    }
    if s.blocked.is_some() {
        flags.push('b');
    }
    if let Some(t) = c.tracking {
        flags.push('t');
        if t.broken_redirect {
            flags.push('R');
        }
        if t.bcast {
            flags.push('B');
        }
    }
    if s.close_after_reply {
        flags.push('c');
    }
    if s.no_evict {
        flags.push('e');
    }
    if flags.is_empty() {
        flags.push('N');
    }
    let cmd = match s.last_subcommand {
        Some(sub) => format!("{}|{}", s.last_command, sub),
        None => s.last_command.to_string(),
    };
    let obl = c.pending.min(16 * 1024);
    let omem = c.pending - obl;
    let _ = write!(
        out,
        "id={} addr={} laddr={} fd={} name={} age={} idle={} flags={} db={} sub={} psub={} \
         ssub={} multi={} qbuf={} qbuf-free={} argv-mem={} multi-mem=0 rbs={} rbp={} obl={} \
         oll={} omem={} tot-mem={} events={} cmd={} user={} redir={} resp={}",
        s.id.0,
        s.addr,
        s.laddr,
        s.id.0 + 7,
        name,
        secs(s.created),
        secs(s.last_interaction),
        flags,
        s.db,
        s.sub_channels.len(),
        s.sub_patterns.len(),
        s.sub_shard_channels.len(),
        s.multi.as_ref().map_or(-1, |q| q.len() as i64),
        c.qbuf,
        c.qbuf_free,
        c.argv_mem,
        REPLY_BUF_SIZE,
        obl.min(REPLY_BUF_SIZE),
        obl,
        usize::from(omem > 0),
        omem,
        CLIENT_BASE_MEM + c.qbuf + omem,
        if c.pending > 0 { "rw" } else { "r" },
        cmd,
        String::from_utf8_lossy(c.user),
        c.tracking.map_or(-1, |t| t.redirect as i64),
        if c.resp3 { 3 } else { 2 },
    );
}

/// Client types as CLIENT LIST TYPE and CLIENT KILL TYPE name them.
#[derive(Copy, Clone, PartialEq, Eq)]
enum ClientType {
    Normal,
    Replica,
    PubSub,
    Master,
}

fn client_type_by_name(name: &[u8]) -> Option<ClientType> {
    let name = name.to_ascii_lowercase();
    match &name[..] {
        b"normal" => Some(ClientType::Normal),
        b"slave" | b"replica" => Some(ClientType::Replica),
        b"pubsub" => Some(ClientType::PubSub),
        b"master" => Some(ClientType::Master),
        _ => None,
    }
}

/// A client's type: pub/sub once subscribed, normal otherwise (replicas and masters
/// arrive with replication).
fn client_type(state: &ClientState) -> ClientType {
    if state.is_master {
        ClientType::Master
    } else if state.replica {
        ClientType::Replica
    } else if state.is_subscribed() {
        ClientType::PubSub
    } else {
        ClientType::Normal
    }
}

fn unknown_client_type(ctx: &mut Ctx<'_>, name: &[u8]) {
    let mut msg = b"ERR Unknown client type '".to_vec();
    msg.extend_from_slice(c_str_trunc(name, usize::MAX));
    msg.push(b'\'');
    ctx.out.error_bytes(&msg);
}

/// Every live client, the caller included, in creation (id) order.
fn ids_in_order(ctx: &Ctx<'_>) -> Vec<ConnId> {
    let mut ids: Vec<ConnId> = ctx
        .others
        .iter()
        .filter(|(_, c)| !c.state.close_after_reply)
        .map(|(&id, _)| id)
        .collect();
    ids.push(ctx.client.id);
    ids.sort_unstable();
    ids
}

fn client_list(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut filter_type = None;
    let mut filter_ids = None;
    if argv.len() == 4 && argv[2].eq_ignore_ascii_case(b"type") {
        match client_type_by_name(argv[3]) {
            Some(t) => filter_type = Some(t),
            None => return unknown_client_type(ctx, argv[3]),
        }
    } else if argv.len() > 3 && argv[2].eq_ignore_ascii_case(b"id") {
        let mut ids = Vec::new();
        for arg in &argv[3..] {
            match parse_i64(arg) {
                Some(id) => ids.push(id),
                None => return ctx.out.error("ERR Invalid client ID"),
            }
        }
        filter_ids = Some(ids);
    } else if argv.len() != 2 {
        return ctx.out.error(SYNTAX_ERR);
    }
    let now = ctx.node.now;
    let mut text = String::new();
    let line = |ctx: &Ctx<'_>, id: ConnId, text: &mut String| {
        if id == ctx.client.id {
            write_client_info(text, &caller_view(ctx, argv), now);
        } else if let Some(c) = ctx.others.get(&id) {
            write_client_info(text, &other_view(c, &ctx.node.tracking, &ctx.node.acl), now);
        }
        text.push('\n');
    };
    match filter_ids {
        Some(ids) => {
            // In the order asked, repeats included; unknown ids are skipped.
            let live = ids_in_order(ctx);
            for id in ids {
                if let Some(&id) = u64::try_from(id)
                    .ok()
                    .and_then(|id| live.iter().find(|c| c.0 == id))
                {
                    line(ctx, id, &mut text);
                }
            }
        }
        None => {
            for id in ids_in_order(ctx) {
                let state = if id == ctx.client.id {
                    &*ctx.client
                } else if let Some(c) = ctx.others.get(&id) {
                    &c.state
                } else {
                    continue;
                };
                if filter_type.is_none_or(|t| client_type(state) == t) {
                    line(ctx, id, &mut text);
                }
            }
        }
    }
    ctx.out.verbatim("txt", text.as_bytes());
}

fn client_kill(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut addr: Option<&[u8]> = None;
    let mut user: Option<crate::acl::UserId> = None;
    let mut laddr: Option<&[u8]> = None;
    let mut filter_type = None;
    let mut id = None;
    let mut skipme = true;
    if argv.len() == 3 {
        // The old form, CLIENT KILL addr:port, which may kill the caller too.
        addr = Some(argv[2]);
        skipme = false;
    } else {
        let mut i = 2;
        while i < argv.len() {
            let opt = argv[i];
            let Some(&value) = argv.get(i + 1) else {
                return ctx.out.error(SYNTAX_ERR);
            };
            if opt.eq_ignore_ascii_case(b"id") {
                match parse_i64(value).filter(|&v| v >= 1) {
                    Some(v) => id = Some(v as u64),
                    None => return ctx.out.error("ERR client-id should be greater than 0"),
                }
            } else if opt.eq_ignore_ascii_case(b"type") {
                match client_type_by_name(value) {
                    Some(t) => filter_type = Some(t),
                    None => return unknown_client_type(ctx, value),
                }
            } else if opt.eq_ignore_ascii_case(b"addr") {
                addr = Some(value);
            } else if opt.eq_ignore_ascii_case(b"laddr") {
                laddr = Some(value);
            } else if opt.eq_ignore_ascii_case(b"user") {
                match ctx.node.acl.find(c_str_trunc(value, usize::MAX)) {
                    Some(u) => user = Some(u),
                    None => {
                        let mut msg = b"ERR No such user '".to_vec();
                        msg.extend_from_slice(c_str_trunc(value, usize::MAX));
                        msg.push(b'\'');
                        return ctx.out.error_bytes(&msg);
                    }
                }
            } else if opt.eq_ignore_ascii_case(b"skipme") {
                if value.eq_ignore_ascii_case(b"yes") {
                    skipme = true;
                } else if value.eq_ignore_ascii_case(b"no") {
                    skipme = false;
                } else {
                    return ctx.out.error(SYNTAX_ERR);
                }
            } else {
                return ctx.out.error(SYNTAX_ERR);
            }
            i += 2;
        }
    }
    let matches = |state: &ClientState| {
        addr.is_none_or(|a| c_str_trunc(a, usize::MAX) == state.addr.as_bytes())
            && laddr.is_none_or(|a| c_str_trunc(a, usize::MAX) == state.laddr.as_bytes())
            && filter_type.is_none_or(|t| client_type(state) == t)
            && id.is_none_or(|i| state.id.0 == i)
            && user.is_none_or(|u| state.user == u)
    };
    let mut killed = 0i64;
    let mut close_self = false;
    for cid in ids_in_order(ctx) {
        if cid == ctx.client.id {
            if matches(ctx.client) && !skipme {
                close_self = true;
                killed += 1;
            }
        } else if let Some(c) = ctx.others.get_mut(&cid)
            && matches(&c.state)
        {
            // Redis frees the client at once: its unsent replies are lost.
            c.state.close_after_reply = true;
            c.reply.consume(usize::MAX);
            ctx.node.outputs.push_back(Output::Close(cid));
            killed += 1;
        }
    }
    if argv.len() == 3 {
        if killed == 0 {
            ctx.out.error("ERR No such client");
        } else {
            ctx.out.ok();
        }
    } else {
        ctx.out.int(killed);
    }
    if close_self {
        ctx.client.close_after_reply = true;
    }
}

/// Sets the client's name as CLIENT SETNAME does (an empty name removes it); false
/// (with the error replied) when the name has spaces or special characters.
fn set_name(ctx: &mut Ctx<'_>, name: &[u8]) -> bool {
    if name.iter().any(|&c| !(b'!'..=b'~').contains(&c)) {
        ctx.out
            .error("ERR Client names cannot contain spaces, newlines or special characters.");
        return false;
    }
    ctx.client.name = (!name.is_empty()).then(|| name.to_vec());
    true
}

fn client_setname(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if set_name(ctx, argv[2]) {
        ctx.out.ok();
    }
}

fn client_getname(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    match &ctx.client.name {
        Some(name) => ctx.out.bulk(name),
        None => ctx.out.null(),
    }
}

fn client_reply(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mode = argv[2];
    if mode.eq_ignore_ascii_case(b"on") {
        ctx.client.reply_off = false;
        ctx.client.reply_skip = false;
        ctx.out.forget_kept();
        ctx.out.ok();
    } else if mode.eq_ignore_ascii_case(b"off") {
        ctx.client.reply_off = true;
    } else if mode.eq_ignore_ascii_case(b"skip") {
        if !ctx.client.reply_off {
            ctx.client.reply_skip_next = true;
        }
    } else {
        ctx.out.error(SYNTAX_ERR);
    }
}

/// CLIENT UNBLOCK id [TIMEOUT|ERROR]: ends the wait of a client parked by a blocking
/// command (BLPOP, BZPOPMIN, XREAD BLOCK, ...) with its timeout reply or with an
/// `-UNBLOCKED` error; 1 if there was such a client, else 0. Its buffered input runs
/// after the current input, as when a key serves it.
fn client_unblock(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    const UNBLOCKED: &[u8] = b"-UNBLOCKED client unblocked via CLIENT UNBLOCK\r\n";
    if argv.len() > 4 {
        let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
        msg.extend_from_slice(c_str_trunc(argv[1], 128));
        msg.extend_from_slice(b"'. Try CLIENT HELP.");
        return ctx.out.error_bytes(&msg);
    }
    let error = match argv.get(3) {
        None => false,
        Some(r) if r.eq_ignore_ascii_case(b"timeout") => false,
        Some(r) if r.eq_ignore_ascii_case(b"error") => true,
        Some(_) => {
            return ctx
                .out
                .error("ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
        }
    };
    let Some(id) = parse_i64(argv[2]) else {
        return ctx.out.error(NOT_INTEGER);
    };
    let id = ConnId(id as u64);
    // Only waits on keys, and WAIT: DEBUG SLEEP and CONFIG REWRITE park a client too,
    // but Redis serves no other client meanwhile, so none could unblock them.
    let is_wait = |b: &crate::blocking::Blocked| {
        b.argv
            .first()
            .is_some_and(|n| n.eq_ignore_ascii_case(b"wait"))
    };
    let target = ctx.others.get_mut(&id).filter(|c| {
        c.state
            .blocked
            .as_ref()
            .is_some_and(|b| !b.keys.is_empty() || is_wait(b))
    });
    let Some(target) = target else {
        return ctx.out.int(0);
    };
    if let Some(blocked) = target.state.blocked.take() {
        ctx.node.blocking.unpark(id, &blocked);
        let acks = is_wait(&blocked).then(|| crate::repl::master::unblock_wait(ctx.node, id));
        if error {
            target.reply.raw().extend_from_slice(UNBLOCKED);
            ctx.node.stats.record_error(UNBLOCKED);
        } else if let Some(acks) = acks {
            // WAIT's timeout reply: the replicas that acknowledged so far.
            target.reply.int(acks as i64);
        } else {
            blocked.on_timeout.write(&mut target.reply);
        }
        ctx.node.blocking.released(id);
        ctx.node.pending_writes.push(id);
    }
    ctx.out.int(1);
}

fn client_no_evict(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mode = argv[2];
    if mode.eq_ignore_ascii_case(b"on") {
        ctx.client.no_evict = true;
        ctx.out.ok();
    } else if mode.eq_ignore_ascii_case(b"off") {
        ctx.client.no_evict = false;
        ctx.out.ok();
    } else {
        ctx.out.error(SYNTAX_ERR);
    }
}

fn client_help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    help(
        ctx.out,
        "CLIENT",
        &[
            "CACHING (YES|NO)",
            "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
            "GETREDIR",
            "    Return the client ID we are redirecting to when tracking is enabled.",
            "GETNAME",
            "    Return the name of the current connection.",
            "ID",
            "    Return the ID of the current connection.",
            "INFO",
            "    Return information about the current client connection.",
            "KILL <ip:port>",
            "    Kill connection made from <ip:port>.",
            "KILL <option> <value> [<option> <value> [...]]",
            "    Kill connections. Options are:",
            "    * ADDR (<ip:port>|<unixsocket>:0)",
            "      Kill connections made from the specified address",
            "    * LADDR (<ip:port>|<unixsocket>:0)",
            "      Kill connections made to specified local address",
            "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
            "      Kill connections by type.",
            "    * USER <username>",
            "      Kill connections authenticated by <username>.",
            "    * SKIPME (YES|NO)",
            "      Skip killing current connection (default: yes).",
            "LIST [options ...]",
            "    Return information about client connections. Options:",
            "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
            "      Return clients of specified type.",
            "UNPAUSE",
            "    Stop the current client pause, resuming traffic.",
            "PAUSE <timeout> [WRITE|ALL]",
            "    Suspend all, or just write, clients for <timeout> milliseconds.",
            "REPLY (ON|OFF|SKIP)",
            "    Control the replies sent to the current connection.",
            "SETNAME <name>",
            "    Assign the name <name> to the current connection.",
            "UNBLOCK <clientid> [TIMEOUT|ERROR]",
            "    Unblock the specified blocked client.",
            "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
            "         [OPTIN] [OPTOUT] [NOLOOP]",
            "    Control server assisted client side caching.",
            "TRACKINGINFO",
            "    Report tracking status for the current connection.",
            "NO-EVICT (ON|OFF)",
            "    Protect current client connection from eviction.",
        ],
    );
}

// ---------------------------------------------------------------------------------
// COMMAND

/// COMMAND with no subcommand: every command's COMMAND INFO entry.
fn command(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    write_all_info(ctx.out);
}

fn write_all_info(out: &mut Reply) {
    let all: Vec<&'static Meta> = docs::implemented().collect();
    out.array(all.len());
    for meta in all {
        docs::write_info(out, meta);
    }
}

fn command_count(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.int(docs::implemented().count() as i64);
}

fn command_info(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() == 2 {
        return write_all_info(ctx.out);
    }
    ctx.out.array(argv.len() - 2);
    for name in &argv[2..] {
        match docs::lookup(name) {
            Some(meta) => docs::write_info(ctx.out, meta),
            None => ctx.out.null(),
        }
    }
}

fn command_docs(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let found: Vec<&'static Meta> = if argv.len() == 2 {
        docs::implemented().collect()
    } else {
        argv[2..].iter().filter_map(|n| docs::lookup(n)).collect()
    };
    ctx.out.map(found.len());
    for meta in found {
        ctx.out.bulk(meta.name.as_bytes());
        docs::write_docs(ctx.out, meta);
    }
}

fn command_list(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    enum Filter<'a> {
        All,
        Module,
        AclCat(&'a [u8]),
        Pattern(&'a [u8]),
    }
    let filter = match argv {
        [_, _] => Filter::All,
        [_, _, by, kind, arg] if by.eq_ignore_ascii_case(b"filterby") => {
            if kind.eq_ignore_ascii_case(b"module") {
                Filter::Module
            } else if kind.eq_ignore_ascii_case(b"aclcat") {
                Filter::AclCat(arg)
            } else if kind.eq_ignore_ascii_case(b"pattern") {
                Filter::Pattern(arg)
            } else {
                return ctx.out.error(SYNTAX_ERR);
            }
        }
        _ => return ctx.out.error(SYNTAX_ERR),
    };
    let keep = |meta: &Meta| match filter {
        Filter::All => true,
        Filter::Module => false,
        Filter::AclCat(cat) => meta.acl_categories.iter().any(|c| {
            c.strip_prefix('@')
                .is_some_and(|c| c.as_bytes().eq_ignore_ascii_case(cat))
        }),
        Filter::Pattern(pattern) => {
            crate::util::glob::matches_nocase(pattern, meta.name.as_bytes())
        }
    };
    let mut names: Vec<&str> = Vec::new();
    for meta in docs::implemented() {
        if keep(meta) {
            names.push(meta.name);
        }
        for sub in docs::implemented_subcommands(meta) {
            if keep(sub) {
                names.push(sub.name);
            }
        }
    }
    ctx.out.bulk_array(names.iter().map(|n| n.as_bytes()));
}

fn command_getkeys(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    getkeys(ctx, argv, false);
}

fn command_getkeysandflags(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    getkeys(ctx, argv, true);
}

fn getkeys(ctx: &mut Ctx<'_>, argv: &[&[u8]], with_flags: bool) {
    let target = &argv[2..];
    let Some(meta) = docs::lookup_argv(target) else {
        return ctx.out.error("ERR Invalid command specified");
    };
    if !docs::has_keys(meta) {
        return ctx.out.error("ERR The command has no key arguments");
    }
    let argc = target.len() as i64;
    let arity = i64::from(meta.arity);
    if (arity > 0 && arity != argc) || argc < -arity {
        return ctx
            .out
            .error("ERR Invalid number of arguments specified for command");
    }
    let keys = docs::get_keys(meta, target);
    if keys.is_empty() {
        if meta.has_flag("no_mandatory_keys") {
            ctx.out.array(0);
        } else {
            ctx.out.error("ERR Invalid arguments specified for command");
        }
        return;
    }
    ctx.out.array(keys.len());
    for key in keys {
        let Some(name) = target.get(key.pos) else {
            continue;
        };
        if with_flags {
            ctx.out.array(2);
            ctx.out.bulk(name);
            ctx.out.set(key.flags.len());
            for flag in key.flags {
                ctx.out.simple(flag);
            }
        } else {
            ctx.out.bulk(name);
        }
    }
}

fn command_help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    help(
        ctx.out,
        "COMMAND",
        &[
            "(no subcommand)",
            "    Return details about all Redis commands.",
            "COUNT",
            "    Return the total number of commands in this Redis server.",
            "LIST",
            "    Return a list of all commands in this Redis server.",
            "INFO [<command-name> ...]",
            "    Return details about multiple Redis commands.",
            "    If no command names are given, documentation details for all",
            "    commands are returned.",
            "DOCS [<command-name> ...]",
            "    Return documentation details about multiple Redis commands.",
            "    If no command names are given, documentation details for all",
            "    commands are returned.",
            "GETKEYS <full-command>",
            "    Return the keys from a full Redis command.",
            "GETKEYSANDFLAGS <full-command>",
            "    Return the keys and the access flags from a full Redis command.",
        ],
    );
}

#[cfg(test)]
mod tests {
    //! Through the real dispatch; expected bytes are Redis 7.0.15's replies.

    use crate::ConnId;
    use crate::server::Output;

    use crate::testkit::Harness;

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    fn check(h: &mut Harness, c: ConnId, args: &[&str], expected: &str) {
        assert_eq!(text(&h.call(c, args)), expected, "{args:?}");
    }

    fn hello_reply(resp3: bool, id: u64) -> String {
        format!(
            "{}\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n$5\r\nproto\r\n:{}\r\n\
             $2\r\nid\r\n:{id}\r\n$4\r\nmode\r\n$10\r\nstandalone\r\n$4\r\nrole\r\n$6\r\nmaster\r\n\
             $7\r\nmodules\r\n*0\r\n",
            if resp3 { "%7" } else { "*14" },
            if resp3 { 3 } else { 2 },
        )
    }

    #[test]
    fn ping_echo_select() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        check(&mut h, c, &["PING"], "+PONG\r\n");
        check(&mut h, c, &["PING", "hi"], "$2\r\nhi\r\n");
        check(
            &mut h,
            c,
            &["PING", "a", "b"],
            "-ERR wrong number of arguments for 'ping' command\r\n",
        );
        check(&mut h, c, &["ECHO", "x"], "$1\r\nx\r\n");
        check(
            &mut h,
            c,
            &["ECHO"],
            "-ERR wrong number of arguments for 'echo' command\r\n",
        );
        check(
            &mut h,
            c,
            &["SELECT", "4294967296"],
            "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n",
        );
        check(
            &mut h,
            c,
            &["SELECT", "-1"],
            "-ERR DB index is out of range\r\n",
        );
        check(
            &mut h,
            c,
            &["SELECT", "16"],
            "-ERR DB index is out of range\r\n",
        );
        check(
            &mut h,
            c,
            &["SELECT", "x"],
            "-ERR value is not an integer or out of range\r\n",
        );
        check(&mut h, c, &["SELECT", "15"], "+OK\r\n");
    }

    #[test]
    fn hello_and_auth_without_password() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        check(&mut h, c, &["HELLO"], &hello_reply(false, 1));
        check(&mut h, c, &["HELLO", "3"], &hello_reply(true, 1));
        check(&mut h, c, &["PING", "x"], "$1\r\nx\r\n");
        check(&mut h, c, &["CLIENT", "GETNAME"], "_\r\n");
        check(
            &mut h,
            c,
            &["HELLO", "4"],
            "-NOPROTO unsupported protocol version\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "-1"],
            "-NOPROTO unsupported protocol version\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "x"],
            "-ERR Protocol version is not an integer or out of range\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "99999999999999999999"],
            "-ERR Protocol version is not an integer or out of range\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "3", "FOO"],
            "-ERR Syntax error in HELLO option 'FOO'\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "3", "AUTH", "a"],
            "-ERR Syntax error in HELLO option 'AUTH'\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "2", "setname"],
            "-ERR Syntax error in HELLO option 'setname'\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "2", "AUTH", "foo", "x"],
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "3", "SETNAME", "a b"],
            "-ERR Client names cannot contain spaces, newlines or special characters.\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "2", "SETNAME", "foo", "AUTH", "default", "x"],
            &hello_reply(false, 1),
        );
        check(&mut h, c, &["CLIENT", "GETNAME"], "$3\r\nfoo\r\n");
        check(
            &mut h,
            c,
            &["AUTH", "x"],
            "-ERR AUTH <password> called without any password configured for the default \
             user. Are you sure your configuration is correct?\r\n",
        );
        check(&mut h, c, &["AUTH", "default", "x"], "+OK\r\n");
        check(
            &mut h,
            c,
            &["AUTH", "foo", "x"],
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
        );
        check(&mut h, c, &["AUTH", "a", "b", "c"], "-ERR syntax error\r\n");
        check(
            &mut h,
            c,
            &["AUTH"],
            "-ERR wrong number of arguments for 'auth' command\r\n",
        );
    }

    #[test]
    fn requirepass_gates_and_reset_forgets() {
        let mut h = Harness::new(&["--requirepass", "sekret"]);
        let c = h.connect();
        check(&mut h, c, &["PING"], "-NOAUTH Authentication required.\r\n");
        check(
            &mut h,
            c,
            &["HELLO", "3"],
            "-NOAUTH HELLO must be called with the client already authenticated, otherwise \
             the HELLO AUTH <user> <pass> option can be used to authenticate the client and \
             select the RESP protocol version at the same time\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "3", "AUTH", "default", "bad"],
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "4", "AUTH", "default", "bad"],
            "-NOPROTO unsupported protocol version\r\n",
        );
        check(
            &mut h,
            c,
            &["AUTH", "bad"],
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
        );
        check(
            &mut h,
            c,
            &["AUTH", "default", "bad"],
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
        );
        check(
            &mut h,
            c,
            &["CLIENT", "ID"],
            "-NOAUTH Authentication required.\r\n",
        );
        check(
            &mut h,
            c,
            &["HELLO", "3", "AUTH", "default", "sekret"],
            &hello_reply(true, 1),
        );
        // A failed AUTH leaves an authenticated client authenticated.
        check(
            &mut h,
            c,
            &["AUTH", "bad"],
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n",
        );
        check(&mut h, c, &["PING"], "+PONG\r\n");
        check(&mut h, c, &["SELECT", "3"], "+OK\r\n");
        check(&mut h, c, &["RESET"], "+RESET\r\n");
        check(&mut h, c, &["PING"], "-NOAUTH Authentication required.\r\n");
        check(&mut h, c, &["AUTH", "sekret"], "+OK\r\n");
        // RESET went back to RESP2 and db 0.
        check(&mut h, c, &["CLIENT", "GETNAME"], "$-1\r\n");
        let info = text(&h.call(c, &["CLIENT", "INFO"]));
        assert!(info.contains(" db=0 "), "{info}");
        assert!(info.contains(" resp=2\n"), "{info}");
    }

    #[test]
    fn client_names() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        let bad = "-ERR Client names cannot contain spaces, newlines or special characters.\r\n";
        check(&mut h, c, &["CLIENT", "SETNAME", "a b"], bad);
        check(&mut h, c, &["CLIENT", "SETNAME", "a\nb"], bad);
        check(&mut h, c, &["CLIENT", "SETNAME", "x"], "+OK\r\n");
        check(&mut h, c, &["CLIENT", "GETNAME"], "$1\r\nx\r\n");
        check(&mut h, c, &["CLIENT", "SETNAME", ""], "+OK\r\n");
        check(&mut h, c, &["CLIENT", "GETNAME"], "$-1\r\n");
        check(
            &mut h,
            c,
            &["CLIENT", "SETNAME"],
            "-ERR wrong number of arguments for 'client|setname' command\r\n",
        );
        check(
            &mut h,
            c,
            &["CLIENT", "ID", "x"],
            "-ERR wrong number of arguments for 'client|id' command\r\n",
        );
        check(
            &mut h,
            c,
            &["CLIENT"],
            "-ERR wrong number of arguments for 'client' command\r\n",
        );
        check(
            &mut h,
            c,
            &["CLIENT", "SETINFO", "LIB-NAME", "x"],
            "-ERR unknown subcommand 'SETINFO'. Try CLIENT HELP.\r\n",
        );
        check(&mut h, c, &["CLIENT", "ID"], ":1\r\n");
        check(&mut h, c, &["CLIENT", "GETREDIR"], ":-1\r\n");
        check(
            &mut h,
            c,
            &["CLIENT", "TRACKINGINFO"],
            "*6\r\n$5\r\nflags\r\n*1\r\n$3\r\noff\r\n$8\r\nredirect\r\n:-1\r\n$8\r\nprefixes\r\n*0\r\n",
        );
        check(&mut h, c, &["HELLO", "3"], &hello_reply(true, 1));
        check(
            &mut h,
            c,
            &["CLIENT", "TRACKINGINFO"],
            "%3\r\n$5\r\nflags\r\n~1\r\n$3\r\noff\r\n$8\r\nredirect\r\n:-1\r\n$8\r\nprefixes\r\n*0\r\n",
        );
        check(
            &mut h,
            c,
            &["CLIENT", "NO-EVICT", "x"],
            "-ERR syntax error\r\n",
        );
        check(&mut h, c, &["CLIENT", "NO-EVICT", "on"], "+OK\r\n");
        check(
            &mut h,
            c,
            &["CLIENT", "REPLY", "x"],
            "-ERR syntax error\r\n",
        );
    }

    /// Field names of a CLIENT LIST line, in order.
    fn field_names(line: &str) -> Vec<&str> {
        line.split(' ')
            .map(|f| f.split('=').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn client_list_and_info() {
        // A line from Redis 7.0.15's CLIENT LIST.
        let redis = "id=4 addr=127.0.0.1:59192 laddr=127.0.0.1:23817 fd=7 name=foo age=2 idle=0 \
                     flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=26 qbuf-free=20448 \
                     argv-mem=10 multi-mem=0 rbs=1024 rbp=146 obl=0 oll=0 omem=0 tot-mem=22298 \
                     events=r cmd=client|list user=default redir=-1 resp=2";
        let mut h = Harness::new(&[]);
        let a = h.connect();
        let b = h.connect();
        check(&mut h, b, &["CLIENT", "SETNAME", "bee"], "+OK\r\n");
        check(&mut h, b, &["SELECT", "2"], "+OK\r\n");
        check(
            &mut h,
            b,
            &["NOSUCH"],
            "-ERR unknown command 'NOSUCH', with args beginning with: \r\n",
        );
        let reply = text(&h.call(a, &["CLIENT", "LIST"]));
        let body = reply
            .strip_prefix(&format!(
                "${}\r\n",
                reply.len() - reply.find('\n').unwrap_or(0) - 3
            ))
            .unwrap_or(&reply);
        let lines: Vec<&str> = body.trim_end_matches("\r\n").lines().collect();
        assert_eq!(lines.len(), 2, "{reply}");
        assert_eq!(field_names(lines[0]), field_names(redis));
        assert!(lines[0].starts_with("id=1 addr=127.0.0.1:50001 laddr=127.0.0.1:6379 "));
        // The caller's query buffer holds CLIENT LIST: 26 bytes, argv 10.
        assert!(
            lines[0].contains(" qbuf=26 qbuf-free=20448 argv-mem=10 "),
            "{}",
            lines[0]
        );
        assert!(lines[0].contains(" cmd=client|list "), "{}", lines[0]);
        assert!(
            lines[1].starts_with("id=2 addr=127.0.0.1:50002 "),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains(" name=bee "), "{}", lines[1]);
        assert!(lines[1].contains(" db=2 "), "{}", lines[1]);
        assert!(lines[1].contains(" cmd=NULL "), "{}", lines[1]);
        // Filters.
        let one = text(&h.call(a, &["CLIENT", "LIST", "ID", "2", "99", "x"]));
        assert_eq!(one, "-ERR Invalid client ID\r\n");
        let one = text(&h.call(a, &["CLIENT", "LIST", "ID", "2", "99"]));
        assert!(
            one.contains("\r\nid=2 addr=") && !one.contains("id=1 "),
            "{one}"
        );
        check(
            &mut h,
            a,
            &["CLIENT", "LIST", "TYPE", "pubsub"],
            "$0\r\n\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "LIST", "TYPE", "master"],
            "$0\r\n\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "LIST", "TYPE", "foo"],
            "-ERR Unknown client type 'foo'\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "LIST", "TYPE"],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "LIST", "ID"],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "LIST", "foo", "bar"],
            "-ERR syntax error\r\n",
        );
        let normal = text(&h.call(a, &["CLIENT", "LIST", "TYPE", "NORMAL"]));
        assert_eq!(normal.matches(" addr=").count(), 2, "{normal}");
        // CLIENT INFO in RESP3 is a verbatim string.
        h.call(b, &["HELLO", "3"]);
        check(&mut h, b, &["CLIENT", "NO-EVICT", "on"], "+OK\r\n");
        let info = text(&h.call(b, &["CLIENT", "INFO"]));
        assert!(
            info.starts_with('=') && info.contains("\r\ntxt:id=2 "),
            "{info}"
        );
        assert!(
            info.contains(" flags=e ") && info.ends_with(" resp=3\n\r\n"),
            "{info}"
        );
        assert!(info.contains(" cmd=client|info "), "{info}");
        check(
            &mut h,
            b,
            &["CLIENT"],
            "-ERR wrong number of arguments for 'client' command\r\n",
        );
        let list = text(&h.call(a, &["CLIENT", "LIST", "ID", "2"]));
        assert!(list.contains(" cmd=client "), "{list}");
    }

    #[test]
    fn client_kill() {
        let mut h = Harness::new(&[]);
        let a = h.connect();
        let b = h.connect();
        let c = h.connect();
        h.outputs();
        check(
            &mut h,
            a,
            &["CLIENT", "KILL"],
            "-ERR wrong number of arguments for 'client|kill' command\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "a"],
            "-ERR No such client\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "ID", "x"],
            "-ERR client-id should be greater than 0\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "ID", "0"],
            "-ERR client-id should be greater than 0\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "ID", "5", "SKIPME"],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "ID", "5", "SKIPME", "maybe"],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "USER", "bob"],
            "-ERR No such user 'bob'\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "TYPE", "foo"],
            "-ERR Unknown client type 'foo'\r\n",
        );
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "FOO", "bar"],
            "-ERR syntax error\r\n",
        );
        check(&mut h, a, &["CLIENT", "KILL", "ID", "999"], ":0\r\n");
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "ADDR", "127.0.0.1:1", "SKIPME", "no"],
            ":0\r\n",
        );
        h.outputs();
        // By id: b is closed, a keeps going.
        check(&mut h, a, &["CLIENT", "KILL", "ID", "2"], ":1\r\n");
        assert!(h.outputs().contains(&Output::Close(b)));
        check(&mut h, a, &["CLIENT", "KILL", "ID", "2"], ":0\r\n");
        // The old form by address.
        check(&mut h, a, &["CLIENT", "KILL", "127.0.0.1:50003"], "+OK\r\n");
        assert!(h.outputs().contains(&Output::Close(c)));
        // USER default matches everyone but the caller (SKIPME yes by default).
        check(&mut h, a, &["CLIENT", "KILL", "USER", "default"], ":0\r\n");
        // The caller may kill itself: the reply is written, then the connection closes.
        check(
            &mut h,
            a,
            &["CLIENT", "KILL", "LADDR", "127.0.0.1:6379", "SKIPME", "no"],
            ":1\r\n",
        );
        assert!(h.outputs().contains(&Output::Close(a)));
    }

    #[test]
    fn client_reply_modes() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        check(&mut h, c, &["CLIENT", "REPLY", "OFF"], "");
        check(&mut h, c, &["PING"], "");
        check(&mut h, c, &["CLIENT", "REPLY", "SKIP"], "");
        check(&mut h, c, &["PING"], "");
        check(&mut h, c, &["CLIENT", "REPLY", "ON"], "+OK\r\n");
        check(&mut h, c, &["PING"], "+PONG\r\n");
        check(&mut h, c, &["CLIENT", "REPLY", "SKIP"], "");
        check(&mut h, c, &["PING", "a"], "");
        check(&mut h, c, &["PING", "b"], "$1\r\nb\r\n");
    }

    #[test]
    fn help_texts() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        let help = h.call(c, &["COMMAND", "HELP"]);
        assert_eq!(
            text(&help),
            "*21\r\n+COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n\
             +(no subcommand)\r\n+    Return details about all Redis commands.\r\n+COUNT\r\n\
             +    Return the total number of commands in this Redis server.\r\n+LIST\r\n\
             +    Return a list of all commands in this Redis server.\r\n\
             +INFO [<command-name> ...]\r\n+    Return details about multiple Redis commands.\r\n\
             +    If no command names are given, documentation details for all\r\n\
             +    commands are returned.\r\n+DOCS [<command-name> ...]\r\n\
             +    Return documentation details about multiple Redis commands.\r\n\
             +    If no command names are given, documentation details for all\r\n\
             +    commands are returned.\r\n+GETKEYS <full-command>\r\n\
             +    Return the keys from a full Redis command.\r\n+GETKEYSANDFLAGS <full-command>\r\n\
             +    Return the keys and the access flags from a full Redis command.\r\n+HELP\r\n\
             +    Prints this help.\r\n"
        );
        let help = text(&h.call(c, &["CLIENT", "HELP"]));
        assert!(help.starts_with("*48\r\n+CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n+CACHING (YES|NO)\r\n"), "{help}");
        assert!(help.ends_with("+NO-EVICT (ON|OFF)\r\n+    Protect current client connection from eviction.\r\n+HELP\r\n+    Prints this help.\r\n"), "{help}");
    }

    #[test]
    fn command_introspection() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        let count = text(&h.call(c, &["COMMAND", "COUNT"]));
        let n: usize = count
            .trim_start_matches(':')
            .trim_end()
            .parse()
            .unwrap_or(0);
        assert!(n >= 10, "{count}");
        let all = text(&h.call(c, &["COMMAND"]));
        assert!(all.starts_with(&format!("*{n}\r\n")));
        assert_eq!(text(&h.call(c, &["COMMAND", "INFO"])), all);
        check(
            &mut h,
            c,
            &["COMMAND", "COUNT", "x"],
            "-ERR wrong number of arguments for 'command|count' command\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "FOO"],
            "-ERR unknown subcommand 'FOO'. Try COMMAND HELP.\r\n",
        );
        check(&mut h, c, &["COMMAND", "INFO", "nosuch"], "*1\r\n$-1\r\n");
        check(&mut h, c, &["COMMAND", "INFO", "get|foo"], "*1\r\n$-1\r\n");
        check(
            &mut h,
            c,
            &["COMMAND", "INFO", "CLIENT|nosuch"],
            "*1\r\n$-1\r\n",
        );
        check(&mut h, c, &["COMMAND", "DOCS", "nosuch"], "*0\r\n");
        // Redis answers the same for any name case, under the real name.
        let get = h.call(c, &["COMMAND", "INFO", "GET"]);
        assert!(text(&get).starts_with("*1\r\n*10\r\n$3\r\nget\r\n:2\r\n"));
        let docs = text(&h.call(c, &["COMMAND", "DOCS", "ping", "PING"]));
        assert!(
            docs.starts_with(
                "*4\r\n$4\r\nping\r\n*10\r\n$7\r\nsummary\r\n$15\r\nPing the server\r\n"
            ),
            "{docs}"
        );
        // A subcommand's entry, as Redis 7.0.15 sends it.
        check(
            &mut h,
            c,
            &["COMMAND", "INFO", "client|setname"],
            "*1\r\n*10\r\n$14\r\nclient|setname\r\n:3\r\n*3\r\n+noscript\r\n+loading\r\n+stale\r\n\
             :0\r\n:0\r\n:0\r\n*2\r\n+@slow\r\n+@connection\r\n*0\r\n*0\r\n*0\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "DOCS", "client|setname"],
            "*2\r\n$14\r\nclient|setname\r\n*10\r\n$7\r\nsummary\r\n$31\r\nSet the current connection name\r\n\
             $5\r\nsince\r\n$5\r\n2.6.9\r\n$5\r\ngroup\r\n$10\r\nconnection\r\n$10\r\ncomplexity\r\n\
             $4\r\nO(1)\r\n$9\r\narguments\r\n*1\r\n*4\r\n$4\r\nname\r\n$15\r\nconnection-name\r\n\
             $4\r\ntype\r\n$6\r\nstring\r\n",
        );
        h.call(c, &["HELLO", "3"]);
        check(&mut h, c, &["COMMAND", "INFO", "nosuch"], "*1\r\n_\r\n");
        check(&mut h, c, &["COMMAND", "DOCS", "nosuch"], "%0\r\n");
        check(
            &mut h,
            c,
            &["COMMAND", "DOCS", "client|setname"],
            "%1\r\n$14\r\nclient|setname\r\n%5\r\n$7\r\nsummary\r\n$31\r\nSet the current connection name\r\n\
             $5\r\nsince\r\n$5\r\n2.6.9\r\n$5\r\ngroup\r\n$10\r\nconnection\r\n$10\r\ncomplexity\r\n\
             $4\r\nO(1)\r\n$9\r\narguments\r\n*1\r\n%2\r\n$4\r\nname\r\n$15\r\nconnection-name\r\n\
             $4\r\ntype\r\n$6\r\nstring\r\n",
        );
    }

    #[test]
    fn command_info_of_containers_lists_only_implemented_subcommands() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        let info = text(&h.call(c, &["COMMAND", "INFO", "client"]));
        // Redis's container head, then our subcommands (all sixteen of Redis 7.0's).
        assert!(
            info.starts_with(
                "*1\r\n*10\r\n$6\r\nclient\r\n:-2\r\n*0\r\n:0\r\n:0\r\n:0\r\n*1\r\n+@slow\r\n*0\r\n*0\r\n*16\r\n"
            ),
            "{info}"
        );
        assert!(
            info.contains("$15\r\nclient|tracking\r\n")
                && info.contains("$14\r\nclient|unblock\r\n")
        );
        let docs = text(&h.call(c, &["COMMAND", "DOCS", "command"]));
        assert!(
            docs.contains("$11\r\nsubcommands\r\n*14\r\n$13\r\ncommand|count\r\n"),
            "{docs}"
        );
    }

    #[test]
    fn command_list_filters() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        check(
            &mut h,
            c,
            &["COMMAND", "LIST", "FOO"],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "LIST", "FILTERBY", "FOO", "x"],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            c,
            &[
                "COMMAND", "LIST", "FILTERBY", "PATTERN", "x", "FILTERBY", "ACLCAT", "y",
            ],
            "-ERR syntax error\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "LIST", "FILTERBY", "MODULE", "x"],
            "*0\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "LIST", "FILTERBY", "ACLCAT", "nosuchcat"],
            "*0\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "LIST", "FILTERBY", "ACLCAT", "@connection"],
            "*0\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "LIST", "FILTERBY", "PATTERN", "PIN*"],
            "*1\r\n$4\r\nping\r\n",
        );
        let conn = text(&h.call(c, &["COMMAND", "LIST", "FILTERBY", "ACLCAT", "CONNECTION"]));
        // The CLIENT container is only @slow; its subcommands are @connection.
        assert!(conn.contains("$11\r\nclient|list\r\n") && !conn.contains("$6\r\nclient\r\n"));
        assert!(conn.contains("$4\r\nping\r\n") && !conn.contains("$3\r\nget\r\n"));
        let cl = text(&h.call(c, &["COMMAND", "LIST", "FILTERBY", "PATTERN", "cl*"]));
        // Redis 7.0.15 lists 45: CLIENT and CLUSTER with their subcommands.
        assert!(
            cl.starts_with("*45\r\n$6\r\nclient\r\n$14\r\nclient|caching\r\n"),
            "{cl}"
        );
        let x = text(&h.call(c, &["COMMAND", "LIST", "FILTERBY", "PATTERN", "*x*"]));
        assert!(x.contains("$6\r\nexists\r\n"), "{x}");
        let all = text(&h.call(c, &["COMMAND", "LIST"]));
        assert!(
            all.contains("$7\r\ncommand\r\n$13\r\ncommand|count\r\n"),
            "{all}"
        );
    }

    #[test]
    fn command_getkeys() {
        let mut h = Harness::new(&[]);
        let c = h.connect();
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYS", "get"],
            "-ERR wrong number of arguments for 'command|getkeys' command\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYS", "nosuch", "a"],
            "-ERR Invalid command specified\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYS", "get", "a", "b"],
            "-ERR Invalid number of arguments specified for command\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYS", "set", "k"],
            "-ERR Invalid number of arguments specified for command\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYS", "client", "list"],
            "-ERR The command has no key arguments\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYS", "GET", "k"],
            "*1\r\n$1\r\nk\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYSANDFLAGS", "set", "k", "v"],
            "*1\r\n*2\r\n$1\r\nk\r\n*2\r\n+OW\r\n+update\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYSANDFLAGS", "set", "k", "v", "GET"],
            "*1\r\n*2\r\n$1\r\nk\r\n*3\r\n+RW\r\n+access\r\n+update\r\n",
        );
        check(
            &mut h,
            c,
            &["COMMAND", "GETKEYSANDFLAGS", "exists", "a", "b"],
            "*2\r\n*2\r\n$1\r\na\r\n*1\r\n+RO\r\n*2\r\n$1\r\nb\r\n*1\r\n+RO\r\n",
        );
    }

    #[test]
    fn glob_for_command_list() {
        use crate::util::glob::matches_nocase as m;
        assert!(m(b"cl*", b"client|list"));
        assert!(m(b"CL*", b"client"));
        assert!(m(b"*x*", b"exists"));
        assert!(!m(b"*x*", b"get"));
        assert!(m(b"g?t", b"get"));
        assert!(m(b"[a-h]et", b"get"));
        assert!(!m(b"[^g]et", b"get"));
        assert!(m(b"client\\|*", b"client|id"));
        assert!(!m(
            b"a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b",
            b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ));
        assert!(m(b"", b""));
        assert!(!m(b"", b"x"));
    }
}
