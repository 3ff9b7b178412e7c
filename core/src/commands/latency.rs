//! LATENCY (LATEST, HISTORY, RESET, GRAPH, DOCTOR, HISTOGRAM, HELP).
//!
//! The latency monitor records events at least `latency-monitor-threshold` ms long
//! (`command`, `fast-command`, `command-unblocking`; see [`crate::durations`]);
//! HISTOGRAM reports each command's latency histogram, measured with the runtime's
//! clock.

use super::flags::*;
use std::fmt::Write as _;

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

/// LATENCY DOCTOR: Redis's report on the events recorded, with its advice.
fn doctor(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let text = report(ctx.node);
    ctx.out.verbatim("txt", text.as_bytes());
}

/// The text of LATENCY DOCTOR (Redis's `createLatencyReport`, for the events this
/// server records).
fn report(node: &crate::server::Node) -> String {
    let config = &node.config;
    let threshold = config.latency_monitor_threshold;
    let events = &node.introspect.latency.events;
    if events.is_empty() && threshold == 0 {
        return "I'm sorry, Dave, I can't do that. Latency monitoring is disabled in this Redis instance. You may use \"CONFIG SET latency-monitor-threshold <milliseconds>.\" in order to enable it. If we weren't in a deep space mission I'd suggest to take a look at https://redis.io/topics/latency-monitor.\n".to_string();
    }
    let now = node.now.unix_us.div_euclid(1_000_000);
    let mut out = String::new();
    let (mut slowlog_enabled, mut slowlog_tuning, mut slowlog_inspect) = (false, false, false);
    let (mut scheduler, mut large_objects) = (false, false);
    let mut advices = 0;
    for (n, (event, series)) in events.iter().enumerate() {
        if n == 0 {
            out.push_str("Dave, I have observed latency spikes in this Redis instance. You don't mind talking about it, do you Dave?\n\n");
        }
        let samples: Vec<(i64, u64)> = series.samples().collect();
        let count = samples.len() as u64;
        let sum: u64 = samples.iter().map(|s| s.1).sum();
        let avg = sum.checked_div(count).unwrap_or(0);
        let deviations: u64 = samples.iter().map(|s| avg.abs_diff(s.1)).sum();
        let mad = deviations.checked_div(count).unwrap_or(0);
        // Seconds since the oldest sample, at least 1 (0 without samples).
        let period = match samples.iter().map(|s| s.0).min() {
            Some(oldest) => (now - oldest).max(1),
            None => 0,
        };
        let _ = write!(
            out,
            "{}. {event}: {count} latency spikes (average {avg}ms, mean deviation {mad}ms, period {:.2} sec). Worst all time event {}ms.",
            n + 1,
            period as f64 / count.max(1) as f64,
            series.max
        );
        match *event {
            "command" => {
                if config.slowlog_log_slower_than < 0 {
                    slowlog_enabled = true;
                    advices += 1;
                } else if (config.slowlog_log_slower_than / 1000) as u64 > threshold {
                    slowlog_tuning = true;
                    advices += 1;
                }
                slowlog_inspect = true;
                large_objects = true;
                advices += 2;
            }
            "fast-command" => {
                scheduler = true;
                advices += 1;
            }
            _ => {}
        }
        out.push('\n');
    }
    if events.is_empty() {
        out.push_str("Dave, no latency spike was observed during the lifetime of this Redis instance, not in the slightest bit. I honestly think you ought to sit down calmly, take a stress pill, and think things over.\n");
    } else if advices == 0 {
        out.push_str("\nWhile there are latency events logged, I'm not able to suggest any easy fix. Please use the Redis community to get some help, providing this report in your help request.\n");
    } else {
        out.push_str("\nI have a few advices for you:\n\n");
        let slowlog = threshold.saturating_mul(1000);
        if slowlog_enabled {
            let _ = writeln!(
                out,
                "- There are latency issues with potentially slow commands you are using. Try to enable the Slow Log Redis feature using the command 'CONFIG SET slowlog-log-slower-than {slowlog}'. If the Slow log is disabled Redis is not able to log slow commands execution for you."
            );
        }
        if slowlog_tuning {
            let _ = writeln!(
                out,
                "- Your current Slow Log configuration only logs events that are slower than your configured latency monitor threshold. Please use 'CONFIG SET slowlog-log-slower-than {slowlog}'."
            );
        }
        if slowlog_inspect {
            out.push_str("- Check your Slow Log to understand what are the commands you are running which are too slow to execute. Please check https://redis.io/commands/slowlog for more information.\n");
        }
        if scheduler {
            out.push_str(concat!(
                "- The system is slow to execute Redis code paths not containing system calls. This usually means the system does not provide Redis CPU time to run for long periods. You should try to:\n",
                "  1) Lower the system load.\n",
                "  2) Use a computer / VM just for Redis if you are running other software in the same system.\n",
                "  3) Check if you have a \"noisy neighbour\" problem.\n",
                "  4) Check with 'redis-cli --intrinsic-latency 100' what is the intrinsic latency in your system.\n",
                "  5) Check if the problem is allocator-related by recompiling Redis with MALLOC=libc, if you are using Jemalloc. However this may create fragmentation problems.\n",
            ));
        }
        if large_objects {
            out.push_str("- Deleting, expiring or evicting (because of maxmemory policy) large objects is a blocking operation. If you have very large objects that are often deleted, expired, or evicted, try to fragment those objects into multiple smaller objects.\n");
        }
    }
    out
}

/// LATENCY GRAPH <event>: an ASCII sparkline of the event's samples.
fn graph(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let Some((name, series)) = ctx
        .node
        .introspect
        .latency
        .events
        .iter()
        .find(|(k, _)| k.as_bytes() == argv[2])
    else {
        let mut msg = b"ERR No samples available for event '".to_vec();
        msg.extend_from_slice(argv[2]);
        msg.push(b'\'');
        return ctx.out.error_bytes(&msg);
    };
    let now = ctx.node.now.unix_us.div_euclid(1_000_000);
    let samples: Vec<(i64, u64)> = series.samples().collect();
    let high = samples.iter().map(|s| s.1).max().unwrap_or(0);
    let low = samples.iter().map(|s| s.1).min().unwrap_or(0);
    let mut text = format!(
        "{name} - high {high} ms, low {low} ms (all time high {} ms)\n",
        series.max
    );
    text.push_str(&"-".repeat(GRAPH_COLS));
    text.push('\n');
    let points: Vec<(f64, String)> = samples
        .iter()
        .map(|&(time, ms)| {
            let elapsed = now - time;
            let label = if elapsed < 60 {
                format!("{elapsed}s")
            } else if elapsed < 3600 {
                format!("{}m", elapsed / 60)
            } else if elapsed < 3600 * 24 {
                format!("{}h", elapsed / 3600)
            } else {
                format!("{}d", elapsed / (3600 * 24))
            };
            (ms as f64, label)
        })
        .collect();
    sparkline(&mut text, &points, GRAPH_COLS, 4);
    ctx.out.verbatim("txt", text.as_bytes());
}

/// Columns of LATENCY GRAPH.
const GRAPH_COLS: usize = 80;

/// Renders `points` (value, label) as Redis's filled ASCII sparkline, `rows` high,
/// wrapped every `columns` points, each label written downwards under its column.
fn sparkline(out: &mut String, points: &[(f64, String)], columns: usize, rows: usize) {
    const FILL: &[u8] = b"_o#";
    let (min, max) = points.iter().fold((f64::NAN, f64::NAN), |(lo, hi), p| {
        (lo.min(p.0), hi.max(p.0))
    });
    let labelled = points.iter().any(|p| !p.1.is_empty());
    let mut range = max - min;
    if range == 0.0 {
        range = 1.0;
    }
    let steps = (FILL.len() * rows) as i64;
    for (n, chunk) in points.chunks(columns.max(1)).enumerate() {
        if n != 0 {
            out.push('\n');
        }
        let mut row = 0;
        loop {
            let mut line = vec![b' '; chunk.len()];
            let mut more = false;
            for (j, (value, label)) in chunk.iter().enumerate() {
                if row < rows {
                    let step = (((value - min) * steps as f64).trunc() / range) as i64;
                    let step = step.clamp(0, steps - 1);
                    let idx = step - ((rows - row - 1) * FILL.len()) as i64;
                    more = true;
                    if (0..FILL.len() as i64).contains(&idx) {
                        line[j] = FILL[idx as usize];
                    } else if idx >= FILL.len() as i64 {
                        line[j] = b'|';
                    }
                } else {
                    if labelled && row == rows {
                        // One blank line between the graph and the labels.
                        more = true;
                        break;
                    }
                    if let Some(&c) = label.as_bytes().get(row - rows - 1) {
                        more = true;
                        line[j] = c;
                    }
                }
            }
            if !more {
                break;
            }
            row += 1;
            out.push_str(&String::from_utf8_lossy(&line));
            out.push('\n');
        }
    }
}

/// LATENCY HISTORY <event>: (time, latency) of each sample, oldest first.
fn history(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let samples: Vec<(i64, u64)> = ctx
        .node
        .introspect
        .latency
        .get(argv[2])
        .map(|s| s.samples().collect())
        .unwrap_or_default();
    ctx.out.array(samples.len());
    for (time, ms) in samples {
        ctx.out.array(2);
        ctx.out.int(time);
        ctx.out.int(ms as i64);
    }
}

/// LATENCY LATEST: each event's latest sample and all-time worst.
fn latest(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let events = &ctx.node.introspect.latency.events;
    ctx.out.array(events.len());
    for (name, series) in events {
        let (time, ms) = series.latest();
        ctx.out.array(4);
        ctx.out.bulk(name.as_bytes());
        ctx.out.int(time);
        ctx.out.int(ms as i64);
        ctx.out.int(series.max as i64);
    }
}

/// LATENCY RESET [event ...]: forgets events (names compared case-insensitively).
fn reset(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let latency = &mut ctx.node.introspect.latency;
    let n = if argv.len() == 2 {
        latency.reset(None)
    } else {
        argv[2..].iter().map(|e| latency.reset(Some(e))).sum()
    };
    ctx.out.int(n as i64);
}

/// LATENCY HISTOGRAM [command ...]: each command's calls and cumulative latency
/// distribution.
fn histogram(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let names: Vec<String> = argv[2..]
        .iter()
        .map(|a| String::from_utf8_lossy(a).to_ascii_lowercase())
        .collect();
    let mut entries: Vec<&crate::server::CommandStats> = if ctx.node.config.latency_tracking {
        ctx.node
            .stats
            .commands
            .iter()
            .filter(|c| c.histogram.total() > 0)
            .collect()
    } else {
        Vec::new()
    };
    entries.sort_unstable_by(|a, b| a.name.cmp(&b.name));
    if !names.is_empty() {
        let mut chosen = Vec::new();
        for n in &names {
            for &c in &entries {
                let name = c.name.as_str();
                let container = name.split_once('|').is_some_and(|(c, _)| c == n);
                if name == n || container {
                    chosen.push(c);
                }
            }
        }
        entries = chosen;
    }
    let out = &mut *ctx.out;
    out.map(entries.len());
    for c in entries {
        out.bulk(c.name.as_bytes());
        out.map(2);
        out.bulk(b"calls");
        out.int(c.histogram.total() as i64);
        out.bulk(b"histogram_usec");
        let steps = c.histogram.cumulative_usec();
        out.map(steps.len());
        for (usec, count) in steps {
            out.int(usec as i64);
            out.int(count as i64);
        }
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
