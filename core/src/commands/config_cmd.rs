//! CONFIG GET / SET / RESETSTAT / REWRITE / HELP over the directive table
//! ([`crate::directives`]): names and aliases, glob patterns, several pairs set
//! atomically, and Redis 7.0's error texts.

use super::flags::*;
use super::{Command, Ctx, container};
use crate::blocking::TimeoutReply;
use crate::client::ConnId;
use crate::config::Config;
use crate::config_rewrite;
use crate::directives::{self, HIDDEN, IMMUTABLE, PROTECTED};
use crate::server::{DiskOp, DiskWait, Node, Output};
use crate::util::glob::matches_nocase;

/// This family's commands.
pub const COMMANDS: &[Command] =
    &[Command::new("config", -2, 0, container).with_subcommands(SUBCOMMANDS)];

const SUBCOMMANDS: &[Command] = &[
    Command::new("get", -3, ADMIN | NOSCRIPT | LOADING | STALE, get),
    Command::new("help", 2, LOADING | STALE, help),
    Command::new(
        "resetstat",
        2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        resetstat,
    ),
    Command::new("rewrite", 2, ADMIN | NOSCRIPT | LOADING | STALE, rewrite),
    Command::new("set", -4, ADMIN | NOSCRIPT | LOADING | STALE, set),
];

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "CONFIG",
        &[
            "GET <pattern>",
            "    Return parameters matching the glob-like <pattern> and their values.",
            "SET <directive> <value>",
            "    Set the configuration <directive> to <value>.",
            "RESETSTAT",
            "    Reset statistics reported by the INFO command.",
            "REWRITE",
            "    Rewrite the configuration file.",
        ],
    );
}

/// CONFIG GET pattern [pattern ...]: a name without glob characters is looked up
/// exactly (echoed as given, hidden directives included); a pattern matches canonical
/// names and aliases alike, each reported under the name it matched (`*of` gives both
/// `replicaof` and `slaveof`, as Redis 7.0's table of names does). A name matched
/// twice (compared case-insensitively) appears once.
fn get(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    // (key as printed, value)
    let mut found: Vec<(String, String)> = Vec::new();
    let seen = |found: &[(String, String)], key: &str| {
        found.iter().any(|(k, _)| k.eq_ignore_ascii_case(key))
    };
    for pattern in &argv[2..] {
        if !pattern.iter().any(|c| matches!(c, b'[' | b'*' | b'?')) {
            let name = String::from_utf8_lossy(pattern).into_owned();
            if seen(&found, &name) {
                continue;
            }
            if let Some(dir) = directives::lookup(&name) {
                let value = directives::get(&ctx.node.config, dir);
                found.push((name, value));
            }
            continue;
        }
        for dir in directives::DIRECTIVES {
            if dir.flags & HIDDEN != 0 {
                continue;
            }
            for key in std::iter::once(dir.name).chain(dir.alias) {
                if !seen(&found, key) && matches_nocase(pattern, key.as_bytes()) {
                    let value = directives::get(&ctx.node.config, dir);
                    found.push((key.to_string(), value));
                }
            }
        }
    }
    ctx.out.map(found.len());
    for (key, value) in &found {
        ctx.out.bulk(key.as_bytes());
        ctx.out.bulk(value.as_bytes());
    }
}

/// CONFIG SET name value [name value ...]: every name is checked first (unknown,
/// immutable, protected, repeated), then the values are applied to a copy of the
/// configuration, which replaces the live one only if all of them are valid.
fn set(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if !argv.len().is_multiple_of(2) {
        ctx.out.error(super::SYNTAX_ERR);
        return;
    }
    let protected_ok =
        match directives::get_by_name(&ctx.node.config, "enable-protected-configs").as_deref() {
            Some("yes") => true,
            Some("local") => is_local(&ctx.client.addr),
            _ => false,
        };
    let mut chosen: Vec<(&'static directives::Directive, String, String)> = Vec::new();
    let mut unknown: Option<String> = None;
    let mut refused: Option<(String, &str)> = None;
    for pair in argv[2..].chunks_exact(2) {
        let name = String::from_utf8_lossy(pair[0]).into_owned();
        let value = String::from_utf8_lossy(pair[1]).into_owned();
        let Some(dir) = directives::lookup(&name) else {
            if unknown.is_none() && refused.is_none() {
                unknown = Some(name);
            }
            continue;
        };
        if unknown.is_some() || refused.is_some() {
            continue;
        }
        if dir.flags & IMMUTABLE != 0 {
            refused = Some((name, "can't set immutable config"));
            continue;
        }
        if dir.flags & PROTECTED != 0 && !protected_ok {
            refused = Some((name, "can't set protected config"));
            continue;
        }
        if chosen.iter().any(|(d, _, _)| std::ptr::eq(*d, dir)) {
            refused = Some((name, "duplicate parameter"));
            continue;
        }
        chosen.push((dir, name, value));
    }
    if let Some(name) = unknown {
        ctx.out.error(&format!(
            "ERR Unknown option or number of arguments for CONFIG SET - '{name}'"
        ));
        return;
    }
    if let Some((name, why)) = refused {
        ctx.out.error(&format!(
            "ERR CONFIG SET failed (possibly related to argument '{name}') - {why}"
        ));
        return;
    }
    let mut config = ctx.node.config.clone();
    for (dir, name, value) in &chosen {
        let values = if dir.flags & directives::MULTI_ARG != 0 {
            directives::split_value(value)
        } else {
            vec![value.clone()]
        };
        if let Err(e) = config.apply(dir.name, &values) {
            ctx.out.error(&format!(
                "ERR CONFIG SET failed (possibly related to argument '{name}') - {e}"
            ));
            return;
        }
    }
    let relisten = config.port != ctx.node.config.port || config.bind != ctx.node.config.bind;
    let previous = std::mem::replace(&mut ctx.node.config, config);
    if chosen.iter().any(|(d, _, _)| d.name == "requirepass") {
        // Redis's updateRequirePass: the default user's password follows.
        let pass = ctx.node.config.requirepass.clone();
        ctx.node.acl.set_default_password(pass.as_deref());
        super::acl::refresh_clients(ctx);
    }
    if relisten {
        // The runtime opens the new listeners before the reply (see `listen_done`).
        let bind_changed = previous.bind != ctx.node.config.bind;
        request_listen(ctx, previous, bind_changed);
    }
    if chosen
        .iter()
        .any(|(d, _, _)| d.name.starts_with("append") || d.name.starts_with("aof"))
    {
        crate::aof::rewrite::config_changed(ctx.node);
    }
    ctx.node.sync_event_logging();
    crate::evict::sync_clock(ctx.node);
    // min-replicas-to-write / -max-lag take effect at once.
    crate::repl::master::refresh_good_replicas(ctx.node);
    if chosen.iter().any(|(d, _, _)| d.name == "maxmemory") && ctx.node.config.maxmemory != 0 {
        // Redis's updateMaxmemory: evict at once down to the new limit.
        crate::evict::perform_evictions(ctx.node);
        ctx.publish_logged_events();
    }
    if !relisten || !ctx.may_block() {
        ctx.out.ok();
    }
}

/// A CONFIG SET of `port` or `bind` waiting for the runtime to listen on the new
/// addresses: Redis replies only once they are bound, and rolls every parameter of
/// the command back if they cannot be.
#[derive(Debug)]
pub struct ListenWait {
    /// The client to answer (none inside EXEC, which answered at once).
    pub client: Option<ConnId>,
    /// The configuration before the command, restored on failure.
    previous: Box<Config>,
    /// Whether `bind` changed (it names the error), else only `port` did.
    bind_changed: bool,
}

/// Asks the runtime to listen where the new configuration says, and parks the caller.
fn request_listen(ctx: &mut Ctx<'_>, previous: Config, bind_changed: bool) {
    let token = ctx.node.next_listen_token();
    let client = ctx.may_block().then_some(ctx.client.id);
    ctx.node.outputs.push_back(Output::Listen {
        token,
        bind: ctx.node.config.bind.clone(),
        port: ctx.node.config.port,
    });
    ctx.node.listen_waits.push((
        token,
        ListenWait {
            client,
            previous: Box::new(previous),
            bind_changed,
        },
    ));
    if client.is_some() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    }
}

/// The runtime's answer to a listen request: on failure the configuration before the
/// CONFIG SET comes back, and the error Redis replies is returned.
/// (The runtime logs why the addresses could not be bound.)
pub fn listen_done(
    node: &mut Node,
    wait: &ListenWait,
    result: Result<(), String>,
) -> Option<String> {
    result.err()?;
    let restored = (*wait.previous).clone();
    if restored.requirepass != node.config.requirepass {
        // The default user's password follows requirepass back.
        node.acl
            .set_default_password(restored.requirepass.as_deref());
    }
    node.config = restored;
    node.sync_event_logging();
    let (name, why) = if wait.bind_changed {
        ("bind", "Failed to bind to specified addresses.")
    } else {
        ("port", "Unable to listen on this port")
    };
    crate::commands::persistence::log(
        node,
        crate::util::log::Level::Warning,
        format!(
            "Failed applying new configuration. Possibly related to new {name} setting. Restoring previous settings."
        ),
    );
    Some(format!(
        "ERR CONFIG SET failed (possibly related to argument '{name}') - {why}"
    ))
}

/// Whether a client address is a loopback or Unix socket one (`enable-protected-configs local`).
pub(crate) fn is_local(addr: &str) -> bool {
    addr.starts_with("127.")
        || addr.starts_with("[::1]")
        || addr.starts_with("::1")
        || !addr.contains(':')
}

/// CONFIG RESETSTAT: zeroes INFO's counters, commandstats and errorstats.
fn resetstat(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.node.stats = crate::server::Stats::default();
    ctx.out.ok();
}

/// CONFIG REWRITE: the config file the server started from (as last known: its text
/// at start-up or at the last rewrite) rewritten with the current values
/// ([`config_rewrite`]), replaced atomically by the runtime; `+OK` once it is on disk.
fn rewrite(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let Some(file) = &ctx.node.config.config_file else {
        return ctx
            .out
            .error("ERR The server is running without a config file");
    };
    let users = super::acl::config_user_lines(ctx.node);
    let text = config_rewrite::rewrite_with_users(&file.text, &ctx.node.config, users.as_deref());
    let path = file.path.clone();
    let bytes = text.clone().into_bytes();
    ctx.node.start_disk_op(
        |token| DiskOp::WriteFile {
            token,
            path: format!("{path}.rewrite-tmp"),
            bytes,
            rename_to: Some(path.clone()),
        },
        DiskWait::ConfigRewrite {
            client: ctx.may_block().then_some(ctx.client.id),
            text,
        },
    );
    if ctx.may_block() {
        ctx.block(Vec::new(), None, TimeoutReply::Ok);
    } else {
        // Inside EXEC nothing can wait: the rewrite is under way.
        ctx.out.ok();
    }
}
