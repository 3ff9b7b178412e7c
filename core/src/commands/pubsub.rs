//! Pub/sub: SUBSCRIBE UNSUBSCRIBE PSUBSCRIBE PUNSUBSCRIBE PUBLISH SSUBSCRIBE SUNSUBSCRIBE
//! SPUBLISH and PUBSUB. Messages reach other clients through [`Ctx::deliver`], which
//! writes into their output buffers and has the server notify their runtimes.

use super::flags::*;
use super::{Command, Ctx};
use crate::client::{Client, ClientState, ConnId};
use crate::keyspace::Db;
use crate::notify;
use crate::pubsub::{Kind, PubSubState};
use crate::resp::Reply;
use crate::util::FastMap as HashMap;
use crate::util::glob;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new(
        "subscribe",
        -2,
        PUBSUB | PUBSUB_CONTEXT | NOSCRIPT | LOADING | STALE,
        subscribe,
    ),
    Command::new(
        "unsubscribe",
        -1,
        PUBSUB | PUBSUB_CONTEXT | NOSCRIPT | LOADING | STALE,
        unsubscribe,
    ),
    Command::new(
        "psubscribe",
        -2,
        PUBSUB | PUBSUB_CONTEXT | NOSCRIPT | LOADING | STALE,
        psubscribe,
    ),
    Command::new(
        "punsubscribe",
        -1,
        PUBSUB | PUBSUB_CONTEXT | NOSCRIPT | LOADING | STALE,
        punsubscribe,
    ),
    Command::new(
        "ssubscribe",
        -2,
        PUBSUB | PUBSUB_CONTEXT | NOSCRIPT | LOADING | STALE,
        ssubscribe,
    )
    .keys(1, -1, 1),
    Command::new(
        "sunsubscribe",
        -1,
        PUBSUB | PUBSUB_CONTEXT | NOSCRIPT | LOADING | STALE,
        sunsubscribe,
    )
    .keys(1, -1, 1),
    Command::new("publish", 3, PUBSUB | LOADING | STALE | FAST, publish),
    Command::new("spublish", 3, PUBSUB | LOADING | STALE | FAST, spublish).keys(1, 1, 1),
    Command::new("pubsub", -2, 0, pubsub_help).with_subcommands(PUBSUB_SUBCOMMANDS),
];

const PUBSUB_SUBCOMMANDS: &[Command] = &[
    Command::new("channels", -2, PUBSUB | LOADING | STALE, pubsub_channels),
    Command::new("numsub", -2, PUBSUB | LOADING | STALE, pubsub_numsub),
    Command::new("numpat", 2, PUBSUB | LOADING | STALE, pubsub_numpat),
    Command::new(
        "shardchannels",
        -2,
        PUBSUB | LOADING | STALE,
        pubsub_shardchannels,
    ),
    Command::new(
        "shardnumsub",
        -2,
        PUBSUB | LOADING | STALE,
        pubsub_shardnumsub,
    ),
    Command::new("help", 2, LOADING | STALE, pubsub_help),
];

/// The names a client subscribes to in `kind`'s namespace.
fn client_subs(client: &mut ClientState, kind: Kind) -> &mut Vec<Vec<u8>> {
    match kind {
        Kind::Channel => &mut client.sub_channels,
        Kind::Pattern => &mut client.sub_patterns,
        Kind::Shard => &mut client.sub_shard_channels,
    }
}

/// The count Redis reports after (un)subscribing: channels plus patterns, or shard
/// channels alone for the sharded commands.
fn sub_count(client: &ClientState, kind: Kind) -> usize {
    match kind {
        Kind::Shard => client.sub_shard_channels.len(),
        _ => client.sub_channels.len() + client.sub_patterns.len(),
    }
}

/// Writes a (un)subscribe confirmation; a muted client (CLIENT REPLY OFF/SKIP) still
/// gets it, as Redis 7.0 sends it as a push.
fn confirmation(
    client: &ClientState,
    out: &mut Reply,
    verb: &str,
    name: Option<&[u8]>,
    count: usize,
) {
    let start = out.mark();
    write_confirmation(out, verb, name, count);
    if client.reply_off || client.reply_skip {
        out.keep_since(start);
    }
}

fn write_confirmation(out: &mut Reply, verb: &str, name: Option<&[u8]>, count: usize) {
    out.push(3);
    out.bulk(verb.as_bytes());
    match name {
        Some(n) => out.bulk(n),
        None => out.null(),
    }
    out.int(count as i64);
}

fn do_subscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]], kind: Kind, verb: &str) {
    for name in &argv[1..] {
        let subs = client_subs(ctx.client, kind);
        if !subs.iter().any(|s| s == name) {
            subs.push(name.to_vec());
            ctx.node.pubsub.add(kind, name, ctx.client.id);
        }
        let count = sub_count(ctx.client, kind);
        confirmation(ctx.client, ctx.out, verb, Some(name), count);
    }
}

fn do_unsubscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]], kind: Kind, verb: &str) {
    let names: Vec<Vec<u8>> = if argv.len() > 1 {
        argv[1..].iter().map(|n| n.to_vec()).collect()
    } else {
        client_subs(ctx.client, kind).clone()
    };
    if names.is_empty() {
        let count = sub_count(ctx.client, kind);
        confirmation(ctx.client, ctx.out, verb, None, count);
        return;
    }
    for name in names {
        let subs = client_subs(ctx.client, kind);
        if let Some(i) = subs.iter().position(|s| *s == name) {
            subs.remove(i);
            ctx.node.pubsub.remove(kind, &name, ctx.client.id);
        }
        let count = sub_count(ctx.client, kind);
        confirmation(ctx.client, ctx.out, verb, Some(&name), count);
    }
}

/// Drops every subscription of the client (RESET, disconnect).
pub fn unsubscribe_all(node: &mut crate::server::Node, client: &mut ClientState) {
    for (kind, subs) in [
        (Kind::Channel, std::mem::take(&mut client.sub_channels)),
        (Kind::Pattern, std::mem::take(&mut client.sub_patterns)),
        (Kind::Shard, std::mem::take(&mut client.sub_shard_channels)),
    ] {
        for name in subs {
            node.pubsub.remove(kind, &name, client.id);
        }
    }
}

fn subscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    do_subscribe(ctx, argv, Kind::Channel, "subscribe");
}

fn unsubscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    do_unsubscribe(ctx, argv, Kind::Channel, "unsubscribe");
}

fn psubscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    do_subscribe(ctx, argv, Kind::Pattern, "psubscribe");
}

fn punsubscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    do_unsubscribe(ctx, argv, Kind::Pattern, "punsubscribe");
}

fn ssubscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    do_subscribe(ctx, argv, Kind::Shard, "ssubscribe");
}

fn sunsubscribe(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    do_unsubscribe(ctx, argv, Kind::Shard, "sunsubscribe");
}

fn publish(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let n = publish_message(ctx, argv[1], argv[2], false);
    propagate_to_replicas(ctx);
    ctx.out.int(n as i64);
}

fn spublish(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let n = publish_message(ctx, argv[1], argv[2], true);
    propagate_to_replicas(ctx);
    ctx.out.int(n as i64);
}

/// A message also reaches the replicas' subscribers: PUBLISH goes to replicas (never
/// to the AOF), as in Redis.
fn propagate_to_replicas(ctx: &mut Ctx<'_>) {
    if ctx.propagating() {
        ctx.node.effects.only_to(crate::effects::TO_REPL);
        ctx.force_propagation(crate::effects::TO_REPL);
    }
}

/// Delivers `message` on `channel` to its subscribers (and, unless sharded, to the
/// subscribers of matching patterns); returns how many deliveries were made.
pub fn publish_message(ctx: &mut Ctx<'_>, channel: &[u8], message: &[u8], shard: bool) -> usize {
    let (mut publisher, _, _) = ctx.publisher();
    publisher.publish(channel, message, shard)
}

/// What publishing needs, borrowed apart from the rest of the node: the subscriptions
/// and every client's output buffer (the caller's, while a command runs, is not among
/// the others).
pub struct Publisher<'a> {
    /// Who subscribes to what.
    pub pubsub: &'a PubSubState,
    /// The calling client and its buffer, if a command is running.
    pub caller: Option<(ConnId, &'a mut Reply)>,
    /// Whether the caller is muted (CLIENT REPLY OFF/SKIP): its pushes must then
    /// survive the end of the command.
    pub caller_muted: bool,
    /// Every other client.
    pub others: &'a mut HashMap<ConnId, Box<Client>>,
    /// Other clients written to, for the server to notify their runtimes.
    pub pending_writes: &'a mut Vec<ConnId>,
}

impl Publisher<'_> {
    /// Writes to client `id`'s output; unknown ids are ignored.
    fn deliver(&mut self, id: ConnId, write: impl FnOnce(&mut Reply)) {
        match &mut self.caller {
            Some((caller, out)) if *caller == id => {
                let start = out.mark();
                write(out);
                if self.caller_muted {
                    out.keep_since(start);
                }
            }
            _ => {
                if let Some(other) = self.others.get_mut(&id) {
                    write(&mut other.reply);
                    if !other.publish_queued {
                        other.publish_queued = true;
                        self.pending_writes.push(id);
                    }
                }
            }
        }
    }

    /// Delivers `message` on `channel` to its subscribers (and, unless sharded, to the
    /// subscribers of matching patterns); returns how many deliveries were made.
    pub fn publish(&mut self, channel: &[u8], message: &[u8], shard: bool) -> usize {
        let pubsub = self.pubsub;
        let mut delivered = 0;
        let direct = if shard {
            pubsub.shard_channels.get(channel)
        } else {
            pubsub.channels.get(channel)
        };
        let verb: &[u8] = if shard { b"smessage" } else { b"message" };
        if let Some(ids) = direct.filter(|ids| !ids.is_empty()) {
            // Encoded once, copied to each subscriber.
            let mut frame = Reply::default();
            frame.push(3);
            frame.bulk(verb);
            frame.bulk(channel);
            frame.bulk(message);
            for &id in ids {
                self.deliver(id, |out| out.push_frame(frame.pending()));
                delivered += 1;
            }
        }
        if shard {
            return delivered;
        }
        for (pattern, ids) in &pubsub.patterns {
            if !glob::matches(pattern, channel) {
                continue;
            }
            let mut frame = Reply::default();
            frame.push(4);
            frame.bulk(b"pmessage");
            frame.bulk(pattern);
            frame.bulk(channel);
            frame.bulk(message);
            for &id in ids {
                self.deliver(id, |out| out.push_frame(frame.pending()));
                delivered += 1;
            }
        }
        delivered
    }

    /// Publishes keyspace event `event` on `key` of database `db` as `flags`
    /// (`notify-keyspace-events`) asks: on the key's `__keyspace@` channel, then on the
    /// event's `__keyevent@` channel.
    pub fn keyspace_event(&mut self, flags: u32, db: usize, event: &str, key: &[u8]) {
        if flags & notify::KEYSPACE != 0 {
            self.publish(&notify::keyspace_channel(db, key), event.as_bytes(), false);
        }
        if flags & notify::KEYEVENT != 0 {
            self.publish(&notify::keyevent_channel(db, event), key, false);
        }
    }

    /// Publishes the events the databases logged ([`Db::events`]: keys expired or
    /// created), oldest first, and clears the logs.
    pub fn logged_events(&mut self, flags: u32, dbs: &mut [Db]) {
        for (index, db) in dbs.iter_mut().enumerate() {
            for (class, key) in std::mem::take(&mut db.events) {
                let event = match class {
                    notify::EXPIRED => "expired",
                    notify::EVICTED => "evicted",
                    _ => "new",
                };
                if notify::enabled(flags, class) {
                    self.keyspace_event(flags, index, event, &key);
                }
            }
        }
    }
}

fn list_channels(ctx: &mut Ctx<'_>, argv: &[&[u8]], shard: bool) {
    let pattern = argv.get(2).copied();
    let map = if shard {
        &ctx.node.pubsub.shard_channels
    } else {
        &ctx.node.pubsub.channels
    };
    let names: Vec<&Vec<u8>> = map
        .keys()
        .filter(|c| pattern.is_none_or(|p| glob::matches(p, c)))
        .collect();
    ctx.out.array(names.len());
    for n in names {
        ctx.out.bulk(n);
    }
}

/// Redis 7.0's reply to a PUBSUB subcommand given too many arguments.
fn wrong_subcommand_args(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut msg = b"ERR unknown subcommand or wrong number of arguments for '".to_vec();
    msg.extend_from_slice(super::c_str_trunc(argv[1], 128));
    msg.extend_from_slice(b"'. Try PUBSUB HELP.");
    ctx.out.error_bytes(&msg);
}

fn pubsub_channels(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 3 {
        wrong_subcommand_args(ctx, argv);
        return;
    }
    list_channels(ctx, argv, false);
}

fn pubsub_shardchannels(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 3 {
        wrong_subcommand_args(ctx, argv);
        return;
    }
    list_channels(ctx, argv, true);
}

fn numsub(ctx: &mut Ctx<'_>, argv: &[&[u8]], shard: bool) {
    let map = if shard {
        &ctx.node.pubsub.shard_channels
    } else {
        &ctx.node.pubsub.channels
    };
    // A flat array in RESP3 too, as Redis 7.0 replies.
    ctx.out.array((argv.len() - 2) * 2);
    for name in &argv[2..] {
        ctx.out.bulk(name);
        ctx.out.int(map.get(*name).map_or(0, Vec::len) as i64);
    }
}

fn pubsub_numsub(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    numsub(ctx, argv, false);
}

fn pubsub_shardnumsub(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    numsub(ctx, argv, true);
}

fn pubsub_numpat(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.int(ctx.node.pubsub.pattern_count() as i64);
}

fn pubsub_help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let lines = [
        "PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "CHANNELS [<pattern>]",
        "    Return the currently active channels matching a <pattern> (default: '*').",
        "NUMPAT",
        "    Return number of subscriptions to patterns.",
        "NUMSUB [<channel> ...]",
        "    Return the number of subscribers for the specified channels, excluding",
        "    pattern subscriptions(default: no channels).",
        "SHARDCHANNELS [<pattern>]",
        "    Return the currently active shard level channels matching a <pattern> (default: '*').",
        "SHARDNUMSUB [<shardchannel> ...]",
        "    Return the number of subscribers for the specified shard level channel(s)",
        "HELP",
        "    Prints this help.",
    ];
    ctx.out.array(lines.len());
    for l in lines {
        ctx.out.simple(l);
    }
}
