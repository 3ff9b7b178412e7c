//! The ACL command family (SETUSER, GETUSER, DELUSER, USERS, LIST, WHOAMI, CAT,
//! GENPASS, DRYRUN, LOG, SAVE, LOAD, HELP) over [`crate::acl`], with Redis 7.0's
//! replies and error texts; and the permission check dispatch runs before a command
//! of a restricted user.

use super::flags::*;
use super::{Command, Ctx, container};
use crate::acl::log::{LogContext, LogEntry, LogReason};
use crate::acl::table::{CATEGORIES, category_bit, table};
use crate::acl::user::{RuleError, USER_FLAGS, User, has_spaces, merge_selector_args};
use crate::acl::{self, Denied, UserId};
use crate::blocking::TimeoutReply;
use crate::client::ClientState;
use crate::server::{DiskOp, DiskWait, Output};
use crate::util::number::parse_i64;

/// This family's commands.
pub const COMMANDS: &[Command] =
    &[Command::new("acl", -2, 0, container).with_subcommands(SUBCOMMANDS)];

const ADMIN_SUB: u32 = ADMIN | NOSCRIPT | LOADING | STALE;

const SUBCOMMANDS: &[Command] = &[
    Command::new("cat", -2, NOSCRIPT | LOADING | STALE, cat),
    Command::new("deluser", -3, ADMIN_SUB, deluser),
    Command::new("dryrun", -4, ADMIN_SUB, dryrun),
    Command::new("genpass", -2, NOSCRIPT | LOADING | STALE, genpass),
    Command::new("getuser", 3, ADMIN_SUB, getuser),
    Command::new("help", 2, LOADING | STALE, help),
    Command::new("list", 2, ADMIN_SUB, list),
    Command::new("load", 2, ADMIN_SUB, load),
    Command::new("log", -2, ADMIN_SUB, log),
    Command::new("save", 2, ADMIN_SUB, save),
    Command::new("setuser", -3, ADMIN_SUB, setuser),
    Command::new("users", 2, ADMIN_SUB, users),
    Command::new("whoami", 2, NOSCRIPT | LOADING | STALE, whoami),
];

/// Redis's reply when a subcommand gets the wrong arguments inside its handler.
fn syntax_error(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
    msg.extend_from_slice(super::c_str_trunc(argv[1], 128));
    msg.extend_from_slice(b"'. Try ");
    msg.extend_from_slice(&argv[0].to_ascii_uppercase());
    msg.extend_from_slice(b" HELP.");
    ctx.out.error_bytes(&msg);
}

/// Whether `acl-pubsub-default` is `allchannels`.
pub fn pubsub_default_all(ctx: &Ctx<'_>) -> bool {
    pubsub_default_all_in(&ctx.node.config)
}

/// [`pubsub_default_all`] from a configuration.
pub fn pubsub_default_all_in(config: &crate::config::Config) -> bool {
    crate::directives::get_by_name(config, "acl-pubsub-default").as_deref() == Some("allchannels")
}

fn setuser(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let name = argv[2];
    if has_spaces(name) {
        ctx.out
            .error("ERR Usernames can't contain spaces or null characters");
        return;
    }
    let merged = match merge_selector_args(&argv[3..]) {
        Ok(m) => m,
        Err(j) => {
            let mut msg = b"ERR Unmatched parenthesis in acl selector starting at '".to_vec();
            msg.extend_from_slice(super::c_str_trunc(argv[3 + j], usize::MAX));
            msg.extend_from_slice(b"'.");
            ctx.out.error_bytes(&msg);
            return;
        }
    };
    let pubsub_all = pubsub_default_all(ctx);
    let existing = ctx.node.acl.find(name);
    let original = existing.and_then(|id| ctx.node.acl.get(id)).cloned();
    let mut user = original
        .clone()
        .unwrap_or_else(|| User::new(name, pubsub_all));
    for op in &merged {
        if let Err(e) = user.apply(op, pubsub_all) {
            let mut msg = b"ERR Error in ACL SETUSER modifier '".to_vec();
            msg.extend_from_slice(super::c_str_trunc(op, usize::MAX));
            msg.extend_from_slice(b"': ");
            msg.extend_from_slice(e.message().as_bytes());
            ctx.out.error_bytes(&msg);
            return;
        }
    }
    let id = ctx.node.acl.put(name, user);
    if let Some(original) = original {
        kill_revoked_subscribers(ctx, id, &original);
    }
    refresh_clients(ctx);
    ctx.out.ok();
}

/// Redis's `ACLKillPubsubClientsIfNeeded`: subscribed clients of the user that lost
/// a channel or pattern they subscribed to are disconnected.
fn kill_revoked_subscribers(ctx: &mut Ctx<'_>, id: UserId, original: &User) {
    let Some(user) = ctx.node.acl.get(id) else {
        return;
    };
    if user.selectors.iter().any(|s| s.all_channels) {
        return;
    }
    let kept = original
        .selectors
        .iter()
        .flat_map(|s| s.channels.iter())
        .all(|c| user.selectors.iter().any(|s| s.channels.contains(c)));
    if kept {
        return;
    }
    let revoked = |state: &ClientState| {
        state.user == id
            && (state
                .sub_patterns
                .iter()
                .any(|p| !acl::channel_allowed(user, p, true))
                || state
                    .sub_channels
                    .iter()
                    .chain(&state.sub_shard_channels)
                    .any(|c| !acl::channel_allowed(user, c, false)))
    };
    let victims: Vec<_> = ctx
        .others
        .iter()
        .filter(|(_, c)| revoked(&c.state))
        .map(|(&cid, _)| cid)
        .collect();
    let self_revoked = revoked(ctx.client);
    for cid in victims {
        close_other(ctx, cid);
    }
    if self_revoked {
        ctx.client.close_after_reply = true;
    }
}

fn close_other(ctx: &mut Ctx<'_>, cid: crate::client::ConnId) {
    if let Some(c) = ctx.others.get_mut(&cid) {
        c.state.close_after_reply = true;
        c.reply.consume(usize::MAX);
        ctx.node.outputs.push_back(Output::Close(cid));
    }
}

/// After users changed: each client's `acl_restricted` follows its user's rules.
pub fn refresh_clients(ctx: &mut Ctx<'_>) {
    let acl = &ctx.node.acl;
    ctx.client.acl_restricted = acl.restricted(ctx.client.user);
    for c in ctx.others.values_mut() {
        c.state.acl_restricted = acl.restricted(c.state.user);
    }
}

/// Disconnects the clients authenticated as `id` (a deleted user), the caller after
/// its reply; they fall back to the default user, unauthenticated, meanwhile.
fn kill_clients_of(ctx: &mut Ctx<'_>, id: UserId) {
    let victims: Vec<_> = ctx
        .others
        .iter()
        .filter(|(_, c)| c.state.user == id)
        .map(|(&cid, _)| cid)
        .collect();
    for cid in victims {
        if let Some(c) = ctx.others.get_mut(&cid) {
            c.state.user = acl::DEFAULT_USER;
            c.state.authenticated = false;
        }
        close_other(ctx, cid);
    }
    if ctx.client.user == id {
        ctx.client.user = acl::DEFAULT_USER;
        ctx.client.authenticated = false;
        ctx.client.close_after_reply = true;
    }
}

fn deluser(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv[2..]
        .iter()
        .any(|n| super::c_str_trunc(n, usize::MAX) == b"default")
    {
        ctx.out.error("ERR The 'default' user cannot be removed");
        return;
    }
    let mut deleted = 0;
    for name in &argv[2..] {
        if let Some(id) = ctx.node.acl.remove(name) {
            kill_clients_of(ctx, id);
            deleted += 1;
        }
    }
    refresh_clients(ctx);
    ctx.out.int(deleted);
}

fn getuser(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(user) = ctx
        .node
        .acl
        .find(argv[2])
        .and_then(|id| ctx.node.acl.get(id))
    else {
        ctx.out.null();
        return;
    };
    let out = &mut *ctx.out;
    out.map(6);
    out.bulk(b"flags");
    let flags: Vec<&str> = USER_FLAGS
        .iter()
        .filter(|(_, f)| user.flags & f != 0)
        .map(|(n, _)| *n)
        .collect();
    out.set(flags.len());
    for f in flags {
        out.bulk(f.as_bytes());
    }
    out.bulk(b"passwords");
    out.array(user.passwords.len());
    for p in &user.passwords {
        out.bulk(p);
    }
    describe_selector(out, user.root());
    out.bulk(b"selectors");
    out.array(user.selectors.len() - 1);
    for sel in &user.selectors[1..] {
        out.map(3);
        describe_selector(out, sel);
    }
}

/// The `commands`, `keys` and `channels` fields of ACL GETUSER.
fn describe_selector(out: &mut crate::resp::Reply, sel: &acl::user::Selector) {
    out.bulk(b"commands");
    out.bulk(&sel.describe_commands());
    out.bulk(b"keys");
    if sel.all_keys {
        out.bulk(b"~*");
    } else {
        out.bulk(&sel.key_rules().join(&b' '));
    }
    out.bulk(b"channels");
    if sel.all_channels {
        out.bulk(b"&*");
    } else {
        let chans: Vec<Vec<u8>> = sel
            .channels
            .iter()
            .map(|c| [b"&".as_slice(), c].concat())
            .collect();
        out.bulk(&chans.join(&b' '));
    }
}

/// A user's `user <name> <rules>` line (ACL LIST, ACL SAVE).
pub fn user_line(user: &User) -> Vec<u8> {
    let mut line = b"user ".to_vec();
    line.extend_from_slice(&user.name);
    line.push(b' ');
    line.extend_from_slice(&user.describe());
    line
}

fn list(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let lines: Vec<Vec<u8>> = ctx.node.acl.users().map(|(_, u)| user_line(u)).collect();
    ctx.out.array(lines.len());
    for l in lines {
        ctx.out.bulk(&l);
    }
}

fn users(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let names: Vec<Vec<u8>> = ctx.node.acl.users().map(|(_, u)| u.name.clone()).collect();
    ctx.out.array(names.len());
    for n in names {
        ctx.out.bulk(&n);
    }
}

fn whoami(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let name = ctx.node.acl.name(ctx.client.user).to_vec();
    ctx.out.bulk(&name);
}

fn cat(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.len() {
        2 => {
            ctx.out.array(CATEGORIES.len());
            for c in CATEGORIES {
                ctx.out.bulk(c.as_bytes());
            }
        }
        3 => {
            let Some(bit) = category_bit(super::c_str_trunc(argv[2], usize::MAX)) else {
                let mut msg = b"ERR Unknown category '".to_vec();
                msg.extend_from_slice(super::c_str_trunc(argv[2], 128));
                msg.push(b'\'');
                ctx.out.error_bytes(&msg);
                return;
            };
            let t = table();
            let names: Vec<&str> = t.in_category(bit).map(|id| t.commands[id].name).collect();
            ctx.out.array(names.len());
            for n in names {
                ctx.out.bulk(n.as_bytes());
            }
        }
        _ => syntax_error(ctx, argv),
    }
}

fn genpass(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let bits = match argv {
        [_, _] => 256,
        [_, _, b] => match parse_i64(b) {
            Some(v) => v,
            None => {
                ctx.out.error(super::NOT_INTEGER);
                return;
            }
        },
        _ => return syntax_error(ctx, argv),
    };
    if !(1..=4096).contains(&bits) {
        ctx.out.error(
            "ERR ACL GENPASS argument must be the number of bits for the output password, a \
             positive number up to 4096",
        );
        return;
    }
    let mut pass = vec![0u8; ((bits + 3) / 4) as usize];
    ctx.node.rng.fill_hex(&mut pass);
    ctx.out.bulk(&pass);
}

fn log(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut count = 10i64;
    match argv {
        [_, _] => {}
        [_, _, arg] => {
            if arg.eq_ignore_ascii_case(b"reset") {
                ctx.node.acl.log.entries.clear();
                ctx.out.ok();
                return;
            }
            match parse_i64(arg) {
                Some(v) => count = v.max(0),
                None => return ctx.out.error(super::NOT_INTEGER),
            }
        }
        _ => return syntax_error(ctx, argv),
    }
    let now = ctx.now_ms();
    let entries = &ctx.node.acl.log.entries;
    let n = (count as usize).min(entries.len());
    let out = &mut *ctx.out;
    out.array(n);
    for e in entries.iter().take(n) {
        out.map(7);
        out.bulk(b"count");
        out.int(e.count as i64);
        out.bulk(b"reason");
        out.bulk(e.reason.name().as_bytes());
        out.bulk(b"context");
        out.bulk(e.context.name().as_bytes());
        out.bulk(b"object");
        out.bulk(&e.object);
        out.bulk(b"username");
        out.bulk(&e.username);
        out.bulk(b"age-seconds");
        out.double((now - e.ctime_ms) as f64 / 1000.0);
        out.bulk(b"client-info");
        out.bulk(&e.client_info);
    }
}

/// The ACL table id of the command `argv` runs, as Redis's `lookupCommand`: the
/// first argument, or for a container with more arguments, its subcommand.
fn lookup_argv(argv: &[&[u8]]) -> Option<usize> {
    let t = table();
    let id = t.top_level(argv.first()?)?;
    match argv.get(1) {
        Some(sub) if !t.commands[id].subs.is_empty() => t.subcommand(id, sub),
        _ => Some(id),
    }
}

fn dryrun(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some(user) = ctx
        .node
        .acl
        .find(argv[2])
        .and_then(|id| ctx.node.acl.get(id))
    else {
        let mut msg = b"ERR User '".to_vec();
        msg.extend_from_slice(super::c_str_trunc(argv[2], usize::MAX));
        msg.extend_from_slice(b"' not found");
        ctx.out.error_bytes(&msg);
        return;
    };
    let args = &argv[3..];
    let Some(id) = lookup_argv(args) else {
        let mut msg = b"ERR Command '".to_vec();
        msg.extend_from_slice(super::c_str_trunc(argv[3], usize::MAX));
        msg.extend_from_slice(b"' not found");
        ctx.out.error_bytes(&msg);
        return;
    };
    let t = table();
    let cmd = &t.commands[id];
    let arity = i64::from(cmd.meta.arity);
    let argc = args.len() as i64;
    if (arity > 0 && arity != argc) || argc < -arity {
        ctx.out.error(&format!(
            "ERR wrong number of arguments for '{}' command",
            cmd.name
        ));
        return;
    }
    let verdict = match acl::check(user, Some(id), args) {
        Ok(()) => None,
        Err(Denied::Command) => Some(
            format!(
                "This user has no permissions to run the '{}' command",
                cmd.name
            )
            .into_bytes(),
        ),
        Err(Denied::Key(p)) => Some(
            [
                b"This user has no permissions to access the '".as_slice(),
                super::c_str_trunc(args.get(p).copied().unwrap_or_default(), usize::MAX),
                b"' key",
            ]
            .concat(),
        ),
        Err(Denied::Channel(p)) => Some(
            [
                b"This user has no permissions to access the '".as_slice(),
                super::c_str_trunc(args.get(p).copied().unwrap_or_default(), usize::MAX),
                b"' channel",
            ]
            .concat(),
        ),
    };
    match verdict {
        None => ctx.out.ok(),
        Some(text) => ctx.out.bulk(&text),
    }
}

/// Redis's reply to ACL LOAD / SAVE without `aclfile`.
const NO_ACLFILE: &str = "ERR This Redis instance is not configured to use an ACL file. You may \
                          want to specify users via the ACL SETUSER command and then issue a \
                          CONFIG REWRITE (assuming you have a Redis configuration file set) in \
                          order to store users in the Redis configuration.";

/// `aclfile` (empty: none).
fn aclfile_of(config: &crate::config::Config) -> String {
    crate::directives::get_by_name(config, "aclfile").unwrap_or_default()
}

/// Redis's reply when ACL SAVE could not write the file.
pub const SAVE_FAILED: &str = "ERR There was an error trying to save the ACLs. Please check the server logs for more \
     information";

/// ACL LOAD: the runtime reads `aclfile` ([`DiskOp::ReadFile`]); the client waits
/// for the users to be replaced ([`load_done`]).
fn load(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let path = aclfile_of(&ctx.node.config);
    if path.is_empty() {
        ctx.out.error(NO_ACLFILE);
        return;
    }
    let client = ctx.may_block().then_some(ctx.client.id);
    ctx.node.start_disk_op(
        |token| DiskOp::ReadFile { token, path },
        DiskWait::AclLoad(client),
    );
    if client.is_some() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    } else {
        // Inside EXEC nothing can wait: the load is under way.
        ctx.out.ok();
    }
}

/// ACL SAVE: every user's line written to `aclfile` through a temp file renamed over
/// it; the client waits for `+OK`.
fn save(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let path = aclfile_of(&ctx.node.config);
    if path.is_empty() {
        ctx.out.error(NO_ACLFILE);
        return;
    }
    let bytes = acl::file::render(ctx.node.acl.users().map(|(_, u)| u));
    let client = ctx.may_block().then_some(ctx.client.id);
    ctx.node.start_disk_op(
        |token| DiskOp::WriteFile {
            token,
            path: format!("{path}.tmp-acl"),
            bytes,
            rename_to: Some(path.clone()),
        },
        DiskWait::AclSave(client),
    );
    if client.is_some() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    } else {
        ctx.out.ok();
    }
}

/// ACL LOAD's read finished: on success every user is replaced by the file's (the
/// default user keeps its clients; clients of the other users are disconnected, the
/// caller after its reply). Returns the reply's error text on failure.
pub fn load_done(
    node: &mut crate::server::Node,
    clients: &mut crate::util::FastMap<crate::client::ConnId, Box<crate::client::Client>>,
    caller: Option<crate::client::ConnId>,
    read: Result<Vec<u8>, String>,
) -> Result<(), String> {
    let filename = aclfile_of(&node.config);
    let bytes =
        read.map_err(|e| format!("ERR Error loading ACLs, opening file '{filename}': {e}"))?;
    let users = acl::file::parse(&bytes, &filename, pubsub_default_all_in(&node.config))
        .map_err(|e| format!("ERR {e}"))?;
    node.acl.replace_all(users);
    for (&id, c) in clients.iter_mut() {
        if c.state.user != acl::DEFAULT_USER {
            c.state.user = acl::DEFAULT_USER;
            c.state.authenticated = false;
            c.state.close_after_reply = true;
            if Some(id) != caller {
                c.reply.consume(usize::MAX);
                node.outputs.push_back(Output::Close(id));
            }
        }
        c.state.acl_restricted = node.acl.restricted(c.state.user);
    }
    Ok(())
}

/// At start-up, after [`load_configured_users`]: the `aclfile`, if one is set
/// (`read` is what the runtime got reading it). Redis refuses `user` lines in the
/// configuration together with an ACL file. `Err` is the line to log before exiting.
pub fn load_at_startup(
    node: &mut crate::server::Node,
    read: Result<Vec<u8>, String>,
) -> Result<(), String> {
    let filename = aclfile_of(&node.config);
    if filename.is_empty() {
        return Ok(());
    }
    if !node.config.users.is_empty() {
        return Err(
            "Configuring Redis with users defined in redis.conf and at the same setting \
                    an ACL file path is invalid. This setup is very likely to lead to \
                    configuration errors and security holes, please define either an ACL file \
                    or declare users directly in your redis.conf, but not both."
                .to_string(),
        );
    }
    let abort = |e: String| format!("Aborting Redis startup because of ACL errors: {e}");
    let bytes = read.map_err(|e| {
        abort(format!(
            "Error loading ACLs, opening file '{filename}': {e}"
        ))
    })?;
    let users =
        acl::file::parse(&bytes, &filename, pubsub_default_all_in(&node.config)).map_err(abort)?;
    node.acl.replace_all(users);
    Ok(())
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "ACL",
        &[
            "CAT [<category>]",
            "    List all commands that belong to <category>, or all command categories",
            "    when no category is specified.",
            "DELUSER <username> [<username> ...]",
            "    Delete a list of users.",
            "DRYRUN <username> <command> [<arg> ...]",
            "    Returns whether the user can execute the given command without executing the command.",
            "GETUSER <username>",
            "    Get the user's details.",
            "GENPASS [<bits>]",
            "    Generate a secure 256-bit user password. The optional `bits` argument can",
            "    be used to specify a different size.",
            "LIST",
            "    Show users details in config file format.",
            "LOAD",
            "    Reload users from the ACL file.",
            "LOG [<count> | RESET]",
            "    Show the ACL log entries.",
            "SAVE",
            "    Save the current config to the ACL file.",
            "SETUSER <username> <attribute> [<attribute> ...]",
            "    Create or modify a user with the specified attributes.",
            "USERS",
            "    List all the registered usernames.",
            "WHOAMI",
            "    Return the current connection username.",
        ],
    );
}

/// `acllog-max-len`.
fn log_max_len(ctx: &Ctx<'_>) -> usize {
    crate::directives::get_by_name(&ctx.node.config, "acllog-max-len")
        .and_then(|v| v.parse().ok())
        .unwrap_or(128)
}

/// Adds an ACL LOG entry for the calling client (Redis's `addACLLogEntry`).
pub fn log_denial(
    ctx: &mut Ctx<'_>,
    argv: &[&[u8]],
    reason: LogReason,
    context: LogContext,
    object: Vec<u8>,
    username: Option<&[u8]>,
) {
    let username = username
        .map(<[u8]>::to_vec)
        .unwrap_or_else(|| ctx.node.acl.name(ctx.client.user).to_vec());
    let client_info = super::connection::client_info_line(ctx, argv).into_bytes();
    let entry = LogEntry {
        count: 1,
        reason,
        context,
        object,
        username,
        ctime_ms: ctx.now_ms(),
        client_info,
    };
    let max = log_max_len(ctx);
    ctx.node.acl.log.add(entry, max);
}

/// The ACL name of the command dispatch found (`config|get`).
fn full_name(ctx: &Ctx<'_>, cmd: &Command) -> &'static str {
    let t = table();
    command_id(ctx, cmd).map_or(cmd.name, |id| t.commands[id].name)
}

/// The ACL table id of the command dispatch found for the caller.
fn command_id(ctx: &Ctx<'_>, cmd: &Command) -> Option<usize> {
    let t = table();
    match ctx.client.last_subcommand {
        Some(_) => t.id_of(Some(ctx.client.last_command), cmd.name),
        None => t.id_of(None, cmd.name),
    }
}

/// Checks the caller's user against a command about to run and logs a refusal in
/// ACL LOG with `context`. Dispatch uses it through [`permitted`]; scripts call it
/// for each `redis.call` with [`LogContext::Lua`] (the command must be the one
/// dispatch looked up: `ctx.client.last_command` / `last_subcommand` name it).
pub fn check_and_log(
    ctx: &mut Ctx<'_>,
    cmd: &Command,
    argv: &[&[u8]],
    context: LogContext,
) -> Result<(), Denied> {
    let id = command_id(ctx, cmd);
    let Some(user) = ctx.node.acl.get(ctx.client.user) else {
        return Ok(());
    };
    let Err(denied) = acl::check(user, id, argv) else {
        return Ok(());
    };
    let (reason, object) = match denied {
        Denied::Command => (LogReason::Command, full_name(ctx, cmd).as_bytes().to_vec()),
        Denied::Key(p) => (
            LogReason::Key,
            argv.get(p).map(|a| a.to_vec()).unwrap_or_default(),
        ),
        Denied::Channel(p) => (
            LogReason::Channel,
            argv.get(p).map(|a| a.to_vec()).unwrap_or_default(),
        ),
    };
    log_denial(ctx, argv, reason, context, object, None);
    Err(denied)
}

/// Dispatch's permission check for a client whose user is restricted: `true` when
/// the command may run; otherwise the refusal is logged and replied (Redis's
/// `-NOPERM` texts; at EXEC, the text for rules changed since queueing).
#[cold]
#[inline(never)]
pub fn permitted(ctx: &mut Ctx<'_>, cmd: &Command, argv: &[&[u8]]) -> bool {
    let in_exec = ctx.client.in_exec;
    let context = if in_exec || ctx.client.multi.is_some() {
        LogContext::Multi
    } else {
        LogContext::Toplevel
    };
    let Err(denied) = check_and_log(ctx, cmd, argv, context) else {
        return true;
    };
    let full_name = full_name(ctx, cmd);
    if in_exec {
        let why = match denied {
            Denied::Command => "no permission to execute the command or subcommand",
            Denied::Key(_) => "no permission to touch the specified keys",
            Denied::Channel(_) => "no permission to access one of the channels used as arguments",
        };
        ctx.out.error(&format!(
            "NOPERM ACLs rules changed between the moment the transaction was accumulated and \
             the EXEC call. This command is no longer allowed for the following reason: {why}"
        ));
    } else {
        match denied {
            Denied::Command => ctx.out.error(&format!(
                "NOPERM this user has no permissions to run the '{full_name}' command"
            )),
            Denied::Key(_) => ctx.out.error(
                "NOPERM this user has no permissions to access one of the keys used as arguments",
            ),
            Denied::Channel(_) => ctx.out.error(
                "NOPERM this user has no permissions to access one of the channels used as \
                 arguments",
            ),
        }
    }
    false
}

/// Checks AUTH / HELLO credentials: on success the client is authenticated as the
/// user; on failure the attempt is logged. Returns whether it succeeded.
pub fn authenticate(ctx: &mut Ctx<'_>, argv: &[&[u8]], user: &[u8], pass: &[u8]) -> bool {
    match ctx.node.acl.authenticate(user, pass) {
        Some(id) => {
            ctx.client.authenticated = true;
            ctx.client.user = id;
            ctx.client.acl_restricted = ctx.node.acl.restricted(id);
            true
        }
        None => {
            let context = if ctx.client.multi.is_some() {
                LogContext::Multi
            } else {
                LogContext::Toplevel
            };
            let object = argv[0].to_vec();
            log_denial(ctx, argv, LogReason::Auth, context, object, Some(user));
            false
        }
    }
}

/// Errors of `user` lines in the config file, with Redis's texts: a malformed rule
/// is a config error naming the argument Redis names (its index counts the merged
/// rules from the line's first word, so usually the user's name); an unknown command
/// or category, which Redis only finds when it loads the users, is refused too.
pub fn check_user_line(values: &[String]) -> Result<(), String> {
    let Some((name, rules)) = values.split_first() else {
        return Err("Bad directive or wrong number of arguments".to_string());
    };
    let shown = |j: usize| match j {
        0 => "user".to_string(),
        j => values.get(j - 1).cloned().unwrap_or_default(),
    };
    let rules: Vec<&[u8]> = rules.iter().map(|r| r.as_bytes()).collect();
    let merged = merge_selector_args(&rules).map_err(|j| {
        format!(
            "Error in user declaration '{}': {}",
            shown(j),
            RuleError::Syntax.message()
        )
    })?;
    let mut user = User::new(name.as_bytes(), false);
    let mut unknown = None;
    for (j, op) in merged.iter().enumerate() {
        match user.apply(op, false) {
            Ok(()) => {}
            Err(RuleError::Unknown) => {
                unknown.get_or_insert(op.clone());
            }
            Err(e) => {
                return Err(format!(
                    "Error in user declaration '{}': {}",
                    shown(j),
                    e.message()
                ));
            }
        }
    }
    match unknown {
        None => Ok(()),
        Some(op) => Err(format!(
            "Error loading ACL rule '{}' for the user named '{name}': {}",
            String::from_utf8_lossy(&op),
            RuleError::Unknown.message()
        )),
    }
}

/// At start-up: `requirepass` becomes the default user's password, then the config
/// file's `user` lines are applied (a `default` line resets that user first), as
/// Redis's `ACLLoadConfiguredUsers`.
pub fn load_configured_users(node: &mut crate::server::Node) {
    let pass = node.config.requirepass.clone();
    node.acl.set_default_password(pass.as_deref());
    let pubsub_all = pubsub_default_all_in(&node.config);
    for line in node.config.users.clone() {
        let Some((name, rules)) = line.split_first() else {
            continue;
        };
        let name = name.as_bytes();
        let mut user = match node.acl.find(name).and_then(|id| node.acl.get(id)) {
            Some(existing) => {
                let mut u = existing.clone();
                let _ = u.apply(b"reset", pubsub_all);
                u
            }
            None => User::new(name, pubsub_all),
        };
        let rules: Vec<&[u8]> = rules.iter().map(|r| r.as_bytes()).collect();
        for op in merge_selector_args(&rules).unwrap_or_default() {
            // Validated when the configuration was parsed.
            let _ = user.apply(&op, pubsub_all);
        }
        node.acl.put(name, user);
    }
}

/// The `user` lines CONFIG REWRITE writes: every user's, or `None` when an
/// `aclfile` holds the users.
pub fn config_user_lines(node: &crate::server::Node) -> Option<Vec<String>> {
    let aclfile = crate::directives::get_by_name(&node.config, "aclfile").unwrap_or_default();
    if !aclfile.is_empty() {
        return None;
    }
    Some(
        node.acl
            .users()
            .map(|(_, u)| String::from_utf8_lossy(&user_line(u)).into_owned())
            .collect(),
    )
}
