//! INFO and LASTSAVE, and the periodic sampling behind INFO's instantaneous metrics.
//!
//! INFO prints Redis 7.0.15's sections and field names in Redis's order, so that
//! `redis-cli --stat`, redis_exporter and other tools read it. Counters come from
//! [`crate::server::Stats`]; what the core cannot know is reported as Redis reports an
//! idle or absent feature (no replicas, no AOF, no modules), and CPU times as 0.
//! Durations are 0 µs (see [`crate::introspection`]).

use std::fmt::Write as _;

use super::flags::*;
use super::{Command, Ctx};
use crate::client::{Client, ConnId};
use crate::server::Node;
use crate::util::FastMap as HashMap;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("info", -1, LOADING | STALE, info),
    Command::new("lastsave", 1, LOADING | STALE | FAST, lastsave),
];

/// The version INFO reports.
pub const REDIS_VERSION: &str = "7.0.15";

/// Every section, in the order INFO prints them.
const SECTIONS: &[&str] = &[
    "server",
    "clients",
    "memory",
    "persistence",
    "stats",
    "replication",
    "cpu",
    "modules",
    "commandstats",
    "errorstats",
    "latencystats",
    "cluster",
    "keyspace",
];

/// Which sections the arguments ask for (Redis's `genInfoSectionDict`).
fn wanted(args: &[&[u8]]) -> [bool; SECTIONS.len()] {
    let mut want = [false; SECTIONS.len()];
    let set_default = |want: &mut [bool; SECTIONS.len()]| {
        for (i, s) in SECTIONS.iter().enumerate() {
            if !matches!(*s, "commandstats" | "latencystats") {
                want[i] = true;
            }
        }
    };
    if args.is_empty() {
        set_default(&mut want);
        return want;
    }
    for arg in args {
        let arg = arg.to_ascii_lowercase();
        match &arg[..] {
            b"default" => set_default(&mut want),
            b"all" | b"everything" => want = [true; SECTIONS.len()],
            b"module_list" => want[7] = true,
            name => {
                if let Some(i) = SECTIONS.iter().position(|s| s.as_bytes() == name) {
                    want[i] = true;
                }
            }
        }
    }
    want
}

fn info(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let want = wanted(&argv[1..]);
    let mut text = String::new();
    for (i, name) in SECTIONS.iter().enumerate() {
        if !want[i] {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\r\n");
        }
        section(ctx, name, &mut text);
    }
    ctx.out.verbatim("txt", text.as_bytes());
}

fn lastsave(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    ctx.out.int(ctx.node.introspect.lastsave);
}

/// Redis's `bytesToHuman`.
pub fn human_bytes(n: u64) -> String {
    let d = n as f64;
    const K: f64 = 1024.0;
    if n < 1024 {
        format!("{n}B")
    } else if d < K * K {
        format!("{:.2}K", d / K)
    } else if d < K * K * K {
        format!("{:.2}M", d / (K * K))
    } else if d < K * K * K * K {
        format!("{:.2}G", d / (K * K * K))
    } else if d < K * K * K * K * K {
        format!("{:.2}T", d / (K * K * K * K))
    } else if d < K * K * K * K * K * K {
        format!("{:.2}P", d / (K * K * K * K * K))
    } else {
        format!("{n}B")
    }
}

/// The platform as INFO's `os` field shows it (from the build target: the core asks the
/// system nothing).
fn os_name() -> String {
    let os = std::env::consts::OS;
    let mut name = os[..1].to_ascii_uppercase();
    name.push_str(&os[1..]);
    format!("{name} {}", std::env::consts::ARCH)
}

/// Every client, the caller included, as (pending input, pending output) sizes.
fn buffer_sizes(ctx: &Ctx<'_>) -> impl Iterator<Item = (usize, usize)> {
    let own = std::iter::once((0, ctx.out.pending_len()));
    own.chain(
        ctx.others
            .values()
            .map(|c| (c.parser.buffered_len(), c.reply.pending_len()))
            .collect::<Vec<_>>(),
    )
}

fn section(ctx: &mut Ctx<'_>, name: &str, s: &mut String) {
    let node = &*ctx.node;
    let now = node.now;
    let config = &node.config;
    match name {
        "server" => {
            let uptime = (now.unix_us - node.started.unix_us).max(0) / 1_000_000;
            let config_file = config.config_file.as_ref().map_or("", |f| f.path.as_str());
            let _ = write!(
                s,
                "# Server\r\nredis_version:{REDIS_VERSION}\r\nredis_git_sha1:00000000\r\n\
                 redis_git_dirty:0\r\nredis_build_id:0\r\nredis_mode:standalone\r\nos:{}\r\n\
                 arch_bits:{}\r\nmonotonic_clock:POSIX clock_gettime\r\nmultiplexing_api:epoll\r\n\
                 atomicvar_api:c11-builtin\r\ngcc_version:0.0.0\r\nprocess_id:{}\r\n\
                 process_supervised:no\r\nrun_id:{}\r\ntcp_port:{}\r\nserver_time_usec:{}\r\n\
                 uptime_in_seconds:{uptime}\r\nuptime_in_days:{}\r\nhz:{}\r\nconfigured_hz:{}\r\n\
                 lru_clock:{}\r\nexecutable:{}\r\nconfig_file:{config_file}\r\n\
                 io_threads_active:0\r\n",
                os_name(),
                usize::BITS,
                config.process.pid,
                node.run_id,
                config.port,
                now.unix_us,
                uptime / 86400,
                config.hz,
                config.hz,
                now.unix_us.div_euclid(1_000_000) & ((1 << 24) - 1),
                config.process.executable,
            );
        }
        "clients" => {
            let (max_in, max_out) =
                buffer_sizes(ctx).fold((0, 0), |(a, b), (i, o)| (a.max(i), b.max(o)));
            let node = &*ctx.node;
            let _ = write!(
                s,
                "# Clients\r\nconnected_clients:{}\r\ncluster_connections:0\r\nmaxclients:{}\r\n\
                 client_recent_max_input_buffer:{max_in}\r\n\
                 client_recent_max_output_buffer:{max_out}\r\nblocked_clients:{}\r\n\
                 tracking_clients:{}\r\nclients_in_timeout_table:0\r\n",
                ctx.others.len() + 1,
                node.config.maxclients,
                node.blocking.blocked_clients(),
                node.tracking.tracking_clients(),
            );
        }
        "memory" => memory_section(ctx, s),
        "persistence" => super::persistence::info_section(node, s),
        "stats" => {
            let st = &node.stats;
            let m = &node.introspect.metrics;
            let expired: u64 = node.dbs.iter().map(|d| d.expired_keys).sum();
            let _ = write!(
                s,
                "# Stats\r\ntotal_connections_received:{}\r\ntotal_commands_processed:{}\r\n\
                 instantaneous_ops_per_sec:{}\r\ntotal_net_input_bytes:{}\r\n\
                 total_net_output_bytes:{}\r\ntotal_net_repl_input_bytes:0\r\n\
                 total_net_repl_output_bytes:{}\r\ninstantaneous_input_kbps:{:.2}\r\n\
                 instantaneous_output_kbps:{:.2}\r\ninstantaneous_input_repl_kbps:0.00\r\n\
                 instantaneous_output_repl_kbps:0.00\r\nrejected_connections:{}\r\nsync_full:{}\r\n\
                 sync_partial_ok:{}\r\nsync_partial_err:{}\r\nexpired_keys:{expired}\r\n\
                 expired_stale_perc:0.00\r\nexpired_time_cap_reached_count:0\r\n\
                 expire_cycle_cpu_milliseconds:0\r\nevicted_keys:{}\r\nevicted_clients:0\r\n\
                 total_eviction_exceeded_time:0\r\ncurrent_eviction_exceeded_time:0\r\n\
                 keyspace_hits:{}\r\nkeyspace_misses:{}\r\npubsub_channels:{}\r\n\
                 pubsub_patterns:{}\r\npubsubshard_channels:{}\r\nlatest_fork_usec:0\r\n\
                 total_forks:0\r\nmigrate_cached_sockets:0\r\nslave_expires_tracked_keys:0\r\n\
                 active_defrag_hits:0\r\nactive_defrag_misses:0\r\nactive_defrag_key_hits:0\r\n\
                 active_defrag_key_misses:0\r\ntotal_active_defrag_time:0\r\n\
                 current_active_defrag_time:0\r\ntracking_total_keys:{}\r\n\
                 tracking_total_items:{}\r\ntracking_total_prefixes:{}\r\n\
                 unexpected_error_replies:0\r\ntotal_error_replies:{}\r\n\
                 dump_payload_sanitizations:0\r\ntotal_reads_processed:{}\r\n\
                 total_writes_processed:{}\r\nio_threaded_reads_processed:0\r\n\
                 io_threaded_writes_processed:0\r\nreply_buffer_shrinks:0\r\n\
                 reply_buffer_expands:0\r\n",
                st.connections_received,
                st.commands_processed,
                m.ops_per_sec(),
                st.net_input_bytes,
                st.net_output_bytes,
                st.net_repl_output_bytes,
                m.input_kbps(),
                m.output_kbps(),
                st.rejected_connections,
                node.repl.master.sync_full,
                node.repl.master.sync_partial_ok,
                node.repl.master.sync_partial_err,
                st.evicted_keys,
                st.keyspace_hits,
                st.keyspace_misses,
                node.pubsub.channels.len(),
                node.pubsub.pattern_count(),
                node.pubsub.shard_channels.len(),
                node.tracking.total_keys(),
                node.tracking.total_items(),
                node.tracking.total_prefixes(),
                st.total_error_replies,
                st.reads_processed,
                st.writes_processed,
            );
        }
        "replication" => {
            s.push_str("# Replication\r\n");
            match &node.repl.replica {
                Some(link) => crate::repl::replica::info_fields(node, link, s),
                None => s.push_str("role:master\r\n"),
            }
            crate::repl::master::info_fields(node, s);
        }
        "cpu" => s.push_str(
            "# CPU\r\nused_cpu_sys:0.000000\r\nused_cpu_user:0.000000\r\n\
             used_cpu_sys_children:0.000000\r\nused_cpu_user_children:0.000000\r\n\
             used_cpu_sys_main_thread:0.000000\r\nused_cpu_user_main_thread:0.000000\r\n",
        ),
        "modules" => s.push_str("# Modules\r\n"),
        "commandstats" => {
            s.push_str("# Commandstats\r\n");
            let mut all: Vec<_> = node.stats.commands.iter().collect();
            all.sort_by(|a, b| a.name.cmp(&b.name));
            for c in all {
                let per_call = if c.calls == 0 {
                    0.0
                } else {
                    c.usec as f64 / c.calls as f64
                };
                let _ = write!(
                    s,
                    "cmdstat_{}:calls={},usec={},usec_per_call={per_call:.2},rejected_calls={},failed_calls={}\r\n",
                    c.name, c.calls, c.usec, c.rejected_calls, c.failed_calls
                );
            }
        }
        "errorstats" => {
            s.push_str("# Errorstats\r\n");
            for (code, n) in &node.stats.errors {
                let _ = write!(s, "errorstat_{code}:count={n}\r\n");
            }
        }
        "latencystats" => {
            s.push_str("# Latencystats\r\n");
            if !config.latency_tracking {
                return;
            }
            let percentiles =
                crate::directives::get_by_name(config, "latency-tracking-info-percentiles")
                    .unwrap_or_default();
            let mut all: Vec<_> = node
                .stats
                .commands
                .iter()
                .filter(|c| c.histogram.total() > 0)
                .collect();
            all.sort_by(|a, b| a.name.cmp(&b.name));
            for c in all {
                let _ = write!(s, "latency_percentiles_usec_{}:", c.name);
                let parts: Vec<String> = percentiles
                    .split(' ')
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        let at = p.parse::<f64>().unwrap_or(0.0);
                        let ns = c.histogram.value_at_percentile(at);
                        format!("p{p}={:.3}", ns as f64 / 1000.0)
                    })
                    .collect();
                s.push_str(&parts.join(","));
                s.push_str("\r\n");
            }
        }
        "cluster" => s.push_str("# Cluster\r\ncluster_enabled:0\r\n"),
        "keyspace" => {
            s.push_str("# Keyspace\r\n");
            for (i, db) in node.dbs.iter().enumerate() {
                if db.is_empty() {
                    continue;
                }
                let _ = write!(
                    s,
                    "db{i}:keys={},expires={},avg_ttl=0\r\n",
                    db.len(),
                    db.expires_len()
                );
            }
        }
        _ => {}
    }
}

fn memory_section(ctx: &mut Ctx<'_>, s: &mut String) {
    let all_clients: u64 = buffer_sizes(ctx).map(|(i, o)| (i + o) as u64).sum();
    let node = &*ctx.node;
    let repl = crate::repl::memory::usage(node, ctx.others);
    let clients_mem = all_clients.saturating_sub(repl.replicas);
    let mem = super::memory::figures(node, clients_mem + repl.replicas + repl.backlog);
    let config = &node.config;
    let cached_scripts = node.scripting.script_count();
    // Redis's figure for a fresh interpreter until scripting first runs.
    let lua_mem = node.scripting.lua_memory().unwrap_or(31744);
    let lua_human = human_bytes(lua_mem as u64);
    let functions = node.scripting.functions.function_count();
    let libraries = node.functions.len();
    let maxmemory: u64 = crate::directives::get_by_name(config, "maxmemory")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let policy = crate::directives::get_by_name(config, "maxmemory-policy").unwrap_or_default();
    let pct = |a: u64, b: u64| {
        if b == 0 {
            0.0
        } else {
            a as f64 * 100.0 / b as f64
        }
    };
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let dataset = mem.used.saturating_sub(mem.overhead);
    let net = mem.used.saturating_sub(mem.startup);
    let _ = write!(
        s,
        "# Memory\r\nused_memory:{}\r\nused_memory_human:{}\r\nused_memory_rss:{}\r\n\
         used_memory_rss_human:{}\r\nused_memory_peak:{}\r\nused_memory_peak_human:{}\r\n\
         used_memory_peak_perc:{:.2}%\r\nused_memory_overhead:{}\r\nused_memory_startup:{}\r\n\
         used_memory_dataset:{dataset}\r\nused_memory_dataset_perc:{:.2}%\r\n\
         allocator_allocated:{}\r\nallocator_active:{}\r\nallocator_resident:{}\r\n\
         total_system_memory:0\r\ntotal_system_memory_human:0B\r\nused_memory_lua:{lua_mem}\r\n\
         used_memory_vm_eval:{lua_mem}\r\nused_memory_lua_human:{lua_human}\r\n\
         used_memory_scripts_eval:0\r\nnumber_of_cached_scripts:{cached_scripts}\r\nnumber_of_functions:{functions}\r\n\
         number_of_libraries:{libraries}\r\nused_memory_vm_functions:32768\r\nused_memory_vm_total:64512\r\n\
         used_memory_vm_total_human:63.00K\r\nused_memory_functions:184\r\n\
         used_memory_scripts:184\r\nused_memory_scripts_human:184B\r\nmaxmemory:{maxmemory}\r\n\
         maxmemory_human:{}\r\nmaxmemory_policy:{policy}\r\nallocator_frag_ratio:1.00\r\n\
         allocator_frag_bytes:0\r\nallocator_rss_ratio:{:.2}\r\nallocator_rss_bytes:{}\r\n\
         rss_overhead_ratio:1.00\r\nrss_overhead_bytes:0\r\nmem_fragmentation_ratio:{:.2}\r\n\
         mem_fragmentation_bytes:{}\r\nmem_not_counted_for_evict:0\r\n\
         mem_replication_backlog:{}\r\nmem_total_replication_buffers:{}\r\nmem_clients_slaves:{}\r\n\
         mem_clients_normal:{clients_mem}\r\nmem_cluster_links:0\r\nmem_aof_buffer:0\r\n\
         mem_allocator:{}\r\nactive_defrag_running:0\r\nlazyfree_pending_objects:0\r\n\
         lazyfreed_objects:0\r\n",
        mem.used,
        human_bytes(mem.used),
        mem.rss,
        human_bytes(mem.rss),
        mem.peak,
        human_bytes(mem.peak),
        pct(mem.used, mem.peak),
        mem.overhead,
        mem.startup,
        pct(dataset, net),
        mem.used,
        mem.used,
        mem.rss,
        human_bytes(maxmemory),
        ratio(mem.rss, mem.used),
        mem.rss as i64 - mem.used as i64,
        ratio(mem.rss, mem.used),
        mem.rss as i64 - mem.used as i64,
        repl.backlog,
        repl.buffers,
        repl.replicas,
        if node.introspect.memory.used.is_some() {
            "reported-by-runtime"
        } else {
            "estimated"
        },
    );
}

/// Periodic work: instantaneous metrics and the memory peak (called by the server cron).
pub fn cron(node: &mut Node, clients: &HashMap<ConnId, Box<Client>>) {
    let st = &node.stats;
    let (ops, input, output) = (
        st.commands_processed,
        st.net_input_bytes,
        st.net_output_bytes,
    );
    node.introspect
        .metrics
        .sample(node.now.mono, ops, input, output);
    let clients_mem: u64 = clients
        .values()
        .map(|c| (c.parser.buffered_len() + c.reply.pending_len()) as u64)
        .sum();
    let used = super::memory::figures(node, clients_mem).used;
    let m = &mut node.introspect.memory;
    m.peak = m.peak.max(used);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes_as_redis() {
        assert_eq!(human_bytes(0), "0B");
        assert_eq!(human_bytes(1023), "1023B");
        assert_eq!(human_bytes(2472360), "2.36M");
        assert_eq!(human_bytes(25276502016), "23.54G");
        assert_eq!(human_bytes(32768), "32.00K");
    }

    #[test]
    fn section_selection() {
        let names = |args: &[&[u8]]| -> Vec<&str> {
            let w = wanted(args);
            SECTIONS
                .iter()
                .zip(w)
                .filter(|(_, w)| *w)
                .map(|(s, _)| *s)
                .collect()
        };
        assert_eq!(
            names(&[]),
            [
                "server",
                "clients",
                "memory",
                "persistence",
                "stats",
                "replication",
                "cpu",
                "modules",
                "errorstats",
                "cluster",
                "keyspace"
            ]
        );
        assert_eq!(names(&[b"Cluster", b"KEYSPACE"]), ["cluster", "keyspace"]);
        assert_eq!(names(&[b"foo"]), Vec::<&str>::new());
        assert_eq!(names(&[b"everything"]).len(), SECTIONS.len());
        assert_eq!(names(&[b"module_list"]), ["modules"]);
    }
}
