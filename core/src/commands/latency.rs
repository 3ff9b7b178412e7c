//! LATENCY (LATEST, HISTORY, RESET, GRAPH, DOCTOR, HISTOGRAM, HELP).
//!
//! The latency monitor records events slower than `latency-monitor-threshold` ms;
//! durations in the core are 0 (see [`crate::introspection`]), so no event is ever
//! recorded and LATEST / HISTORY are empty. HISTOGRAM reports each command's calls, all
//! in the lowest bucket (1 µs), as Redis reports commands faster than its clock.

use super::flags::*;
use super::{Command, Ctx, container};

/// This family's commands.
pub const COMMANDS: &[Command] =
    &[
        Command::new("latency", -2, ADMIN | NOSCRIPT | LOADING | STALE, container)
            .with_subcommands(SUBCOMMANDS),
    ];

const SUBCOMMANDS: &[Command] = &[
    Command::new("doctor", 2, ADMIN | NOSCRIPT | LOADING | STALE, doctor),
    Command::new("graph", 3, ADMIN | NOSCRIPT | LOADING | STALE, graph),
    Command::new("history", 3, ADMIN | NOSCRIPT | LOADING | STALE, history),
    Command::new("latest", 2, ADMIN | NOSCRIPT | LOADING | STALE, latest),
    Command::new("reset", -2, ADMIN | NOSCRIPT | LOADING | STALE, reset),
    Command::new(
        "histogram",
        -2,
        ADMIN | NOSCRIPT | LOADING | STALE,
        histogram,
    ),
    Command::new("help", 2, LOADING | STALE, help),
];

fn doctor(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let threshold = crate::directives::get_by_name(&ctx.node.config, "latency-monitor-threshold")
        .unwrap_or_default();
    let text: &str = if threshold == "0" {
        "I'm sorry, Dave, I can't do that. Latency monitoring is disabled in this Redis instance. You may use \"CONFIG SET latency-monitor-threshold <milliseconds>.\" in order to enable it. If we weren't in a deep space mission I'd suggest to take a look at https://redis.io/topics/latency-monitor.\n"
    } else {
        "Dave, no latency spike was observed during the lifetime of this Redis instance, not in the slightest bit. I honestly think you ought to sleep tonight.\n"
    };
    ctx.out.verbatim("txt", text.as_bytes());
}

fn graph(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut msg = b"ERR No samples available for event '".to_vec();
    msg.extend_from_slice(argv[2]);
    msg.push(b'\'');
    ctx.out.error_bytes(&msg);
}

fn history(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.array(0);
}

fn latest(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.array(0);
}

fn reset(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.int(0);
}

fn histogram(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let names: Vec<String> = argv[2..]
        .iter()
        .map(|a| String::from_utf8_lossy(a).to_ascii_lowercase())
        .collect();
    let mut entries: Vec<(&str, u64)> = if ctx.node.config.latency_tracking {
        ctx.node
            .stats
            .commands
            .iter()
            .filter(|c| c.calls > 0)
            .map(|c| (c.name.as_str(), c.calls))
            .collect()
    } else {
        Vec::new()
    };
    entries.sort_unstable();
    if !names.is_empty() {
        let mut chosen = Vec::new();
        for n in &names {
            for &(name, calls) in &entries {
                let container = name.split_once('|').is_some_and(|(c, _)| c == n);
                if name == n || container {
                    chosen.push((name, calls));
                }
            }
        }
        entries = chosen;
    }
    let out = &mut *ctx.out;
    out.map(entries.len());
    for (name, calls) in entries {
        out.bulk(name.as_bytes());
        out.map(2);
        out.bulk(b"calls");
        out.int(calls as i64);
        out.bulk(b"histogram_usec");
        out.map(1);
        out.int(1);
        out.int(calls as i64);
    }
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "LATENCY",
        &[
            "DOCTOR",
            "    Return a human readable latency analysis report.",
            "GRAPH <event>",
            "    Return an ASCII latency graph for the <event> class.",
            "HISTORY <event>",
            "    Return time-latency samples for the <event> class.",
            "LATEST",
            "    Return the latest latency samples for all events.",
            "RESET [<event> ...]",
            "    Reset latency data of one or more <event> classes.",
            "    (default: reset all data for all event classes)",
            "HISTOGRAM [COMMAND ...]",
            "    Return a cumulative distribution of latencies in the format of a histogram for the specified command names.",
            "    If no commands are specified then all histograms are replied.",
        ],
    );
}
