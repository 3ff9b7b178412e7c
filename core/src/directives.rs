//! The table of every configuration directive Redis 7.0.15 knows, shared by the config
//! file parser ([`crate::config::Config::apply`]), CONFIG GET, CONFIG SET and CONFIG
//! REWRITE: each directive's name and alias, whether CONFIG SET may change it, how its
//! value is validated (with Redis's error texts) and how CONFIG GET prints it.
//!
//! Kinds, bounds and flags follow Redis 7.0's `static_configs[]`; the defaults are
//! what `CONFIG GET *` answers on a Redis 7.0.15 started with no configuration (the
//! recording, `directives_recorded.txt`, is checked against this table by a unit test).
//! Redis keeps every value in a typed field; Cinnabar keeps the ones it uses in typed
//! fields of [`Config`] and the others as their canonical text in [`Config::other`], so
//! CONFIG GET prints both the same way.

use crate::config::{Config, OutputLimits};
use crate::notify;
use crate::util::number::{parse_f64, parse_i64};

/// CONFIG SET refuses it ("can't set immutable config").
pub const IMMUTABLE: u8 = 1;
/// CONFIG SET refuses it unless `enable-protected-configs` allows ("can't set protected config").
pub const PROTECTED: u8 = 2;
/// Its value is a secret (redacted from SLOWLOG and MONITOR).
pub const SENSITIVE: u8 = 4;
/// CONFIG SET splits its value on spaces into several arguments.
pub const MULTI_ARG: u8 = 8;
/// Not listed by `CONFIG GET` patterns, only by its exact name.
pub const HIDDEN: u8 = 16;

/// One directive.
#[derive(Debug)]
pub struct Directive {
    /// Canonical name.
    pub name: &'static str,
    /// Alternative name (Redis's older `slave-*` / `*-ziplist-*` spellings).
    pub alias: Option<&'static str>,
    /// [`IMMUTABLE`], [`PROTECTED`], ... bits.
    pub flags: u8,
    /// How values are parsed and printed.
    pub kind: Kind,
    /// The value CONFIG GET prints on a server started without configuration.
    pub default: &'static str,
}

/// How a directive's value is parsed and printed.
#[derive(Debug)]
pub enum Kind {
    /// `yes` or `no`.
    Bool,
    /// An integer with bounds.
    Num(Num),
    /// One of a fixed list of names (several names may share a value: the first prints).
    Enum(&'static [(&'static str, u32)]),
    /// A set of flags from a fixed list (`shutdown-on-sigint save now`).
    Flags(&'static [(&'static str, u32)]),
    /// Free text, with an optional validity check.
    Str(StrCheck),
    /// A directive with its own syntax.
    Special(Special),
}

/// Bounds and syntax of a numeric directive.
#[derive(Debug, Clone, Copy)]
pub struct Num {
    /// Compared and printed as an unsigned 64-bit value (`maxmemory`, `maxclients`).
    pub unsigned: bool,
    /// Lower bound.
    pub min: i64,
    /// Upper bound (for unsigned directives, `-1` is `u64::MAX`).
    pub max: i64,
    /// Accepts memory units (`1kb`, `5gb`) and prints plain bytes.
    pub memory: bool,
    /// Accepts `N%` (stored negative, printed back as `N%`).
    pub percent: bool,
    /// Parsed and printed in octal.
    pub octal: bool,
}

/// Extra checks on a text directive.
#[derive(Debug, Clone, Copy)]
pub enum StrCheck {
    /// Any text.
    Any,
    /// A file name without a path (`dbfilename`).
    FileName,
    /// A host name (`cluster-announce-hostname`).
    Hostname,
    /// `proc-title-template` variables.
    ProcTitle,
}

/// Directives with their own syntax.
#[derive(Debug, Clone, Copy)]
pub enum Special {
    /// `save <seconds> <changes> ...`
    Save,
    /// `client-output-buffer-limit <class> <hard> <soft> <seconds> ...`
    ClientOutputBufferLimit,
    /// `oom-score-adj-values <a> <b> <c>`
    OomScoreAdjValues,
    /// `notify-keyspace-events <classes>`
    NotifyKeyspaceEvents,
    /// `bind <addr> ...`
    Bind,
    /// `replicaof <host> <port>` or `no one`
    ReplicaOf,
    /// `latency-tracking-info-percentiles <p> ...`
    LatencyPercentiles,
    /// `dir <path>`
    Dir,
}

const INT_MAX: i64 = i32::MAX as i64;
const INT_MIN: i64 = i32::MIN as i64;
const UINT_MAX: i64 = u32::MAX as i64;
const LONG_MAX: i64 = i64::MAX;

const fn d(
    name: &'static str,
    alias: Option<&'static str>,
    flags: u8,
    kind: Kind,
    default: &'static str,
) -> Directive {
    Directive {
        name,
        alias,
        flags,
        kind,
        default,
    }
}

const fn int(min: i64, max: i64) -> Kind {
    Kind::Num(Num {
        unsigned: false,
        min,
        max,
        memory: false,
        percent: false,
        octal: false,
    })
}

const fn uint(min: i64, max: i64) -> Kind {
    Kind::Num(Num {
        unsigned: true,
        min,
        max,
        memory: false,
        percent: false,
        octal: false,
    })
}

const fn mem(unsigned: bool, min: i64, max: i64) -> Kind {
    Kind::Num(Num {
        unsigned,
        min,
        max,
        memory: true,
        percent: false,
        octal: false,
    })
}

const B: Kind = Kind::Bool;
const S: Kind = Kind::Str(StrCheck::Any);

const MAXMEMORY_POLICY: &[(&str, u32)] = &[
    ("volatile-lru", 0),
    ("volatile-lfu", 1),
    ("volatile-random", 2),
    ("volatile-ttl", 3),
    ("allkeys-lru", 4),
    ("allkeys-lfu", 5),
    ("allkeys-random", 6),
    ("noeviction", 7),
];
const SYSLOG_FACILITY: &[(&str, u32)] = &[
    ("user", 0),
    ("local0", 1),
    ("local1", 2),
    ("local2", 3),
    ("local3", 4),
    ("local4", 5),
    ("local5", 6),
    ("local6", 7),
    ("local7", 8),
];
const LOGLEVEL: &[(&str, u32)] = &[("debug", 0), ("verbose", 1), ("notice", 2), ("warning", 3)];
const SUPERVISED: &[(&str, u32)] = &[("upstart", 0), ("systemd", 1), ("auto", 2), ("no", 3)];
const APPENDFSYNC: &[(&str, u32)] = &[("everysec", 0), ("always", 1), ("no", 2)];
const DISKLESS_LOAD: &[(&str, u32)] = &[("disabled", 0), ("on-empty-db", 1), ("swapdb", 2)];
const TLS_AUTH: &[(&str, u32)] = &[("no", 0), ("yes", 1), ("optional", 2)];
const OOM_SCORE_ADJ: &[(&str, u32)] = &[("no", 0), ("yes", 1), ("relative", 1), ("absolute", 2)];
const ACL_PUBSUB: &[(&str, u32)] = &[("allchannels", 1), ("resetchannels", 0)];
const SANITIZE: &[(&str, u32)] = &[("no", 0), ("yes", 1), ("clients", 2)];
const PROTECTED_ACTION: &[(&str, u32)] = &[("no", 0), ("yes", 1), ("local", 2)];
const ENDPOINT_TYPE: &[(&str, u32)] = &[("ip", 0), ("hostname", 1), ("unknown-endpoint", 2)];
const PROPAGATION_ERROR: &[(&str, u32)] = &[("ignore", 0), ("panic", 1), ("panic-on-replicas", 2)];
const SHUTDOWN_FLAGS: &[(&str, u32)] = &[
    ("default", 0),
    ("save", 1),
    ("nosave", 2),
    ("now", 4),
    ("force", 8),
];

/// Every directive, in Redis 7.0's table order.
pub const DIRECTIVES: &[Directive] = &[
    // Booleans.
    d("rdbchecksum", None, IMMUTABLE, B, "yes"),
    d("daemonize", None, IMMUTABLE, B, "no"),
    d("io-threads-do-reads", None, IMMUTABLE, B, "no"),
    d("always-show-logo", None, IMMUTABLE, B, "no"),
    d("protected-mode", None, 0, B, "yes"),
    d("rdbcompression", None, 0, B, "yes"),
    d("rdb-del-sync-files", None, 0, B, "no"),
    d("activerehashing", None, 0, B, "yes"),
    d("stop-writes-on-bgsave-error", None, 0, B, "yes"),
    d("set-proc-title", None, IMMUTABLE, B, "yes"),
    d("dynamic-hz", None, 0, B, "yes"),
    d("lazyfree-lazy-eviction", None, 0, B, "no"),
    d("lazyfree-lazy-expire", None, 0, B, "no"),
    d("lazyfree-lazy-server-del", None, 0, B, "no"),
    d("lazyfree-lazy-user-del", None, 0, B, "no"),
    d("lazyfree-lazy-user-flush", None, 0, B, "no"),
    d("repl-disable-tcp-nodelay", None, 0, B, "no"),
    d("repl-diskless-sync", None, 0, B, "yes"),
    d("aof-rewrite-incremental-fsync", None, 0, B, "yes"),
    d("no-appendfsync-on-rewrite", None, 0, B, "no"),
    d("cluster-require-full-coverage", None, 0, B, "yes"),
    d("rdb-save-incremental-fsync", None, 0, B, "yes"),
    d("aof-load-truncated", None, 0, B, "yes"),
    d("aof-use-rdb-preamble", None, 0, B, "yes"),
    d("aof-timestamp-enabled", None, 0, B, "no"),
    d(
        "cluster-replica-no-failover",
        Some("cluster-slave-no-failover"),
        0,
        B,
        "no",
    ),
    d("replica-lazy-flush", Some("slave-lazy-flush"), 0, B, "no"),
    d(
        "replica-serve-stale-data",
        Some("slave-serve-stale-data"),
        0,
        B,
        "yes",
    ),
    d("replica-read-only", Some("slave-read-only"), 0, B, "yes"),
    d(
        "replica-ignore-maxmemory",
        Some("slave-ignore-maxmemory"),
        0,
        B,
        "yes",
    ),
    d("jemalloc-bg-thread", None, 0, B, "yes"),
    d("activedefrag", None, 0, B, "no"),
    d("syslog-enabled", None, IMMUTABLE, B, "no"),
    d("cluster-enabled", None, IMMUTABLE, B, "no"),
    d("appendonly", None, 0, B, "no"),
    d("cluster-allow-reads-when-down", None, 0, B, "no"),
    d("cluster-allow-pubsubshard-when-down", None, 0, B, "yes"),
    d("crash-log-enabled", None, 0, B, "yes"),
    d("crash-memcheck-enabled", None, 0, B, "yes"),
    d("use-exit-on-panic", None, HIDDEN, B, "no"),
    d("disable-thp", None, IMMUTABLE, B, "yes"),
    d("cluster-allow-replica-migration", None, 0, B, "yes"),
    d("replica-announced", None, 0, B, "yes"),
    d("latency-tracking", None, 0, B, "yes"),
    d("aof-disable-auto-gc", None, 0, B, "no"),
    d("replica-ignore-disk-write-errors", None, 0, B, "no"),
    // Strings.
    d("aclfile", None, IMMUTABLE, S, ""),
    d("unixsocket", None, IMMUTABLE, S, ""),
    d("pidfile", None, IMMUTABLE, S, ""),
    d("replica-announce-ip", Some("slave-announce-ip"), 0, S, ""),
    d("masteruser", None, SENSITIVE, S, ""),
    d("cluster-announce-ip", None, 0, S, ""),
    d("cluster-config-file", None, IMMUTABLE, S, "nodes.conf"),
    d(
        "cluster-announce-hostname",
        None,
        0,
        Kind::Str(StrCheck::Hostname),
        "",
    ),
    d("syslog-ident", None, IMMUTABLE, S, "redis"),
    d(
        "dbfilename",
        None,
        PROTECTED,
        Kind::Str(StrCheck::FileName),
        "dump.rdb",
    ),
    d("appendfilename", None, IMMUTABLE, S, "appendonly.aof"),
    d("appenddirname", None, IMMUTABLE, S, "appendonlydir"),
    d("server_cpulist", None, IMMUTABLE, S, ""),
    d("bio_cpulist", None, IMMUTABLE, S, ""),
    d("aof_rewrite_cpulist", None, IMMUTABLE, S, ""),
    d("bgsave_cpulist", None, IMMUTABLE, S, ""),
    d("ignore-warnings", None, 0, S, ""),
    d(
        "proc-title-template",
        None,
        0,
        Kind::Str(StrCheck::ProcTitle),
        "{title} {listen-addr} {server-mode}",
    ),
    d("bind-source-addr", None, 0, S, ""),
    d("logfile", None, IMMUTABLE, S, ""),
    d("masterauth", None, SENSITIVE, S, ""),
    d("requirepass", None, SENSITIVE, S, ""),
    // Enums.
    d("supervised", None, IMMUTABLE, Kind::Enum(SUPERVISED), "no"),
    d(
        "syslog-facility",
        None,
        IMMUTABLE,
        Kind::Enum(SYSLOG_FACILITY),
        "local0",
    ),
    d(
        "repl-diskless-load",
        None,
        0,
        Kind::Enum(DISKLESS_LOAD),
        "disabled",
    ),
    d("loglevel", None, 0, Kind::Enum(LOGLEVEL), "notice"),
    d(
        "maxmemory-policy",
        None,
        0,
        Kind::Enum(MAXMEMORY_POLICY),
        "noeviction",
    ),
    d("appendfsync", None, 0, Kind::Enum(APPENDFSYNC), "everysec"),
    d("oom-score-adj", None, 0, Kind::Enum(OOM_SCORE_ADJ), "no"),
    d(
        "acl-pubsub-default",
        None,
        0,
        Kind::Enum(ACL_PUBSUB),
        "resetchannels",
    ),
    d("sanitize-dump-payload", None, 0, Kind::Enum(SANITIZE), "no"),
    d(
        "enable-protected-configs",
        None,
        IMMUTABLE,
        Kind::Enum(PROTECTED_ACTION),
        "no",
    ),
    d(
        "enable-debug-command",
        None,
        IMMUTABLE,
        Kind::Enum(PROTECTED_ACTION),
        "no",
    ),
    d(
        "enable-module-command",
        None,
        IMMUTABLE,
        Kind::Enum(PROTECTED_ACTION),
        "no",
    ),
    d(
        "cluster-preferred-endpoint-type",
        None,
        0,
        Kind::Enum(ENDPOINT_TYPE),
        "ip",
    ),
    d(
        "propagation-error-behavior",
        None,
        0,
        Kind::Enum(PROPAGATION_ERROR),
        "ignore",
    ),
    d(
        "shutdown-on-sigint",
        None,
        MULTI_ARG,
        Kind::Flags(SHUTDOWN_FLAGS),
        "default",
    ),
    d(
        "shutdown-on-sigterm",
        None,
        MULTI_ARG,
        Kind::Flags(SHUTDOWN_FLAGS),
        "default",
    ),
    // Integers.
    d("databases", None, IMMUTABLE, int(1, INT_MAX), "16"),
    d("port", None, 0, int(0, 65535), "6379"),
    d("io-threads", None, IMMUTABLE, int(1, 128), "1"),
    d(
        "auto-aof-rewrite-percentage",
        None,
        0,
        int(0, INT_MAX),
        "100",
    ),
    d(
        "cluster-replica-validity-factor",
        Some("cluster-slave-validity-factor"),
        0,
        int(0, INT_MAX),
        "10",
    ),
    d(
        "list-max-listpack-size",
        Some("list-max-ziplist-size"),
        0,
        int(INT_MIN, INT_MAX),
        "-2",
    ),
    d("tcp-keepalive", None, 0, int(0, INT_MAX), "300"),
    d("cluster-migration-barrier", None, 0, int(0, INT_MAX), "1"),
    d("active-defrag-cycle-min", None, 0, int(1, 99), "1"),
    d("active-defrag-cycle-max", None, 0, int(1, 99), "25"),
    d("active-defrag-threshold-lower", None, 0, int(0, 1000), "10"),
    d(
        "active-defrag-threshold-upper",
        None,
        0,
        int(0, 1000),
        "100",
    ),
    d("lfu-log-factor", None, 0, int(0, INT_MAX), "10"),
    d("lfu-decay-time", None, 0, int(0, INT_MAX), "1"),
    d(
        "replica-priority",
        Some("slave-priority"),
        0,
        int(0, INT_MAX),
        "100",
    ),
    d("repl-diskless-sync-delay", None, 0, int(0, INT_MAX), "5"),
    d("maxmemory-samples", None, 0, int(1, INT_MAX), "5"),
    d("maxmemory-eviction-tenacity", None, 0, int(0, 100), "10"),
    d("timeout", None, 0, int(0, INT_MAX), "0"),
    d(
        "replica-announce-port",
        Some("slave-announce-port"),
        0,
        int(0, 65535),
        "0",
    ),
    d("tcp-backlog", None, IMMUTABLE, int(0, INT_MAX), "511"),
    d("cluster-port", None, IMMUTABLE, int(0, 65535), "0"),
    d("cluster-announce-bus-port", None, 0, int(0, 65535), "0"),
    d("cluster-announce-port", None, 0, int(0, 65535), "0"),
    d("cluster-announce-tls-port", None, 0, int(0, 65535), "0"),
    d("repl-timeout", None, 0, int(1, INT_MAX), "60"),
    d(
        "repl-ping-replica-period",
        Some("repl-ping-slave-period"),
        0,
        int(1, INT_MAX),
        "10",
    ),
    d("list-compress-depth", None, 0, int(0, INT_MAX), "0"),
    d(
        "rdb-key-save-delay",
        None,
        HIDDEN,
        int(INT_MIN, INT_MAX),
        "0",
    ),
    d("key-load-delay", None, HIDDEN, int(INT_MIN, INT_MAX), "0"),
    d("active-expire-effort", None, 0, int(1, 10), "1"),
    d("hz", None, 0, int(0, INT_MAX), "10"),
    d(
        "min-replicas-to-write",
        Some("min-slaves-to-write"),
        0,
        int(0, INT_MAX),
        "0",
    ),
    d(
        "min-replicas-max-lag",
        Some("min-slaves-max-lag"),
        0,
        int(0, INT_MAX),
        "10",
    ),
    d("watchdog-period", None, HIDDEN, int(0, INT_MAX), "0"),
    d("shutdown-timeout", None, 0, int(0, INT_MAX), "10"),
    d(
        "repl-diskless-sync-max-replicas",
        None,
        0,
        int(0, INT_MAX),
        "0",
    ),
    d("socket-mark-id", None, IMMUTABLE, uint(0, UINT_MAX), "0"),
    d("maxclients", None, 0, uint(1, UINT_MAX), "10000"),
    d(
        "unixsocketperm",
        None,
        IMMUTABLE,
        Kind::Num(Num {
            unsigned: true,
            min: 0,
            max: 0o777,
            memory: false,
            percent: false,
            octal: true,
        }),
        "0",
    ),
    d(
        "active-defrag-max-scan-fields",
        None,
        0,
        int(1, LONG_MAX),
        "1000",
    ),
    d("slowlog-max-len", None, 0, int(0, LONG_MAX), "128"),
    d("acllog-max-len", None, 0, int(0, LONG_MAX), "128"),
    d(
        "busy-reply-threshold",
        Some("lua-time-limit"),
        0,
        int(0, LONG_MAX),
        "5000",
    ),
    d("cluster-node-timeout", None, 0, int(0, LONG_MAX), "15000"),
    d(
        "slowlog-log-slower-than",
        None,
        0,
        int(-1, LONG_MAX),
        "10000",
    ),
    d("latency-monitor-threshold", None, 0, int(0, LONG_MAX), "0"),
    d(
        "proto-max-bulk-len",
        None,
        0,
        mem(false, 1024 * 1024, LONG_MAX),
        "536870912",
    ),
    d("stream-node-max-entries", None, 0, int(0, LONG_MAX), "100"),
    d(
        "repl-backlog-size",
        None,
        0,
        mem(false, 1, LONG_MAX),
        "1048576",
    ),
    d("maxmemory", None, 0, mem(true, 0, -1), "0"),
    d("cluster-link-sendbuf-limit", None, 0, mem(true, 0, -1), "0"),
    d(
        "hash-max-listpack-entries",
        Some("hash-max-ziplist-entries"),
        0,
        uint(0, LONG_MAX),
        "512",
    ),
    d("set-max-intset-entries", None, 0, uint(0, LONG_MAX), "512"),
    d(
        "zset-max-listpack-entries",
        Some("zset-max-ziplist-entries"),
        0,
        uint(0, LONG_MAX),
        "128",
    ),
    d(
        "active-defrag-ignore-bytes",
        None,
        0,
        mem(true, 1, LONG_MAX),
        "104857600",
    ),
    d(
        "hash-max-listpack-value",
        Some("hash-max-ziplist-value"),
        0,
        mem(true, 0, LONG_MAX),
        "64",
    ),
    d(
        "stream-node-max-bytes",
        None,
        0,
        mem(true, 0, LONG_MAX),
        "4096",
    ),
    d(
        "zset-max-listpack-value",
        Some("zset-max-ziplist-value"),
        0,
        mem(true, 0, LONG_MAX),
        "64",
    ),
    d(
        "hll-sparse-max-bytes",
        None,
        0,
        mem(true, 0, LONG_MAX),
        "3000",
    ),
    d(
        "tracking-table-max-keys",
        None,
        0,
        uint(0, LONG_MAX),
        "1000000",
    ),
    d(
        "client-query-buffer-limit",
        None,
        0,
        mem(true, 1024 * 1024, LONG_MAX),
        "1073741824",
    ),
    d(
        "maxmemory-clients",
        None,
        0,
        Kind::Num(Num {
            unsigned: false,
            min: -100,
            max: LONG_MAX,
            memory: true,
            percent: true,
            octal: false,
        }),
        "0",
    ),
    d("repl-backlog-ttl", None, 0, int(0, LONG_MAX), "3600"),
    d(
        "auto-aof-rewrite-min-size",
        None,
        0,
        mem(false, 0, LONG_MAX),
        "67108864",
    ),
    d(
        "loading-process-events-interval-bytes",
        None,
        HIDDEN,
        int(1024, INT_MAX),
        "2097152",
    ),
    // TLS (compiled into Debian's build).
    d("tls-port", None, 0, int(0, 65535), "0"),
    d("tls-session-cache-size", None, 0, int(0, INT_MAX), "20480"),
    d("tls-session-cache-timeout", None, 0, int(0, INT_MAX), "300"),
    d("tls-cluster", None, 0, B, "no"),
    d("tls-replication", None, 0, B, "no"),
    d("tls-auth-clients", None, 0, Kind::Enum(TLS_AUTH), "yes"),
    d("tls-prefer-server-ciphers", None, 0, B, "no"),
    d("tls-session-caching", None, 0, B, "yes"),
    d("tls-cert-file", None, 0, S, ""),
    d("tls-key-file", None, 0, S, ""),
    d("tls-key-file-pass", None, 0, S, ""),
    d("tls-client-cert-file", None, 0, S, ""),
    d("tls-client-key-file", None, 0, S, ""),
    d("tls-client-key-file-pass", None, 0, S, ""),
    d("tls-dh-params-file", None, 0, S, ""),
    d("tls-ca-cert-file", None, 0, S, ""),
    d("tls-ca-cert-dir", None, 0, S, ""),
    d("tls-protocols", None, 0, S, ""),
    d("tls-ciphers", None, 0, S, ""),
    d("tls-ciphersuites", None, 0, S, ""),
    // Special syntax.
    d("dir", None, PROTECTED, Kind::Special(Special::Dir), "."),
    d(
        "save",
        None,
        MULTI_ARG,
        Kind::Special(Special::Save),
        "3600 1 300 100 60 10000",
    ),
    d(
        "client-output-buffer-limit",
        None,
        MULTI_ARG,
        Kind::Special(Special::ClientOutputBufferLimit),
        "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
    ),
    d(
        "oom-score-adj-values",
        None,
        MULTI_ARG,
        Kind::Special(Special::OomScoreAdjValues),
        "0 200 800",
    ),
    d(
        "notify-keyspace-events",
        None,
        0,
        Kind::Special(Special::NotifyKeyspaceEvents),
        "",
    ),
    d(
        "bind",
        None,
        MULTI_ARG,
        Kind::Special(Special::Bind),
        "* -::*",
    ),
    d(
        "replicaof",
        Some("slaveof"),
        IMMUTABLE | MULTI_ARG,
        Kind::Special(Special::ReplicaOf),
        "",
    ),
    d(
        "latency-tracking-info-percentiles",
        None,
        MULTI_ARG,
        Kind::Special(Special::LatencyPercentiles),
        "50 99 99.9",
    ),
];

/// The directive called `name` (or with that alias), case-insensitively.
pub fn lookup(name: &str) -> Option<&'static Directive> {
    DIRECTIVES.iter().find(|d| {
        d.name.eq_ignore_ascii_case(name) || d.alias.is_some_and(|a| a.eq_ignore_ascii_case(name))
    })
}

/// Redis's `memtoull`: digits with an optional unit (`b`, `k`, `kb`, `m`, `mb`, `g`,
/// `gb`, any case); no sign. The product wraps as C's does.
pub fn memtoull(v: &str) -> Option<u64> {
    if v.starts_with('-') {
        return None;
    }
    let digits = v.bytes().take_while(u8::is_ascii_digit).count();
    let mul: u64 = match v[digits..].to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" => 1000,
        "kb" => 1024,
        "m" => 1000 * 1000,
        "mb" => 1024 * 1024,
        "g" => 1000 * 1000 * 1000,
        "gb" => 1024 * 1024 * 1024,
        _ => return None,
    };
    if digits >= 128 {
        return None;
    }
    // strtoull saturates at u64::MAX on overflow; no digits give 0.
    let mut val: u64 = 0;
    for c in v[..digits].bytes() {
        val = val
            .checked_mul(10)
            .and_then(|x| x.checked_add(u64::from(c - b'0')))
            .unwrap_or(u64::MAX);
    }
    Some(val.wrapping_mul(mul))
}

/// Parses one numeric value as Redis's `numericParseString` and boundary check do.
fn parse_num(n: &Num, v: &str) -> Result<i64, String> {
    let mut parsed = None;
    if n.memory
        && let Some(x) = memtoull(v)
    {
        parsed = Some(x as i64);
    }
    if parsed.is_none()
        && n.percent
        && v.len() > 1
        && let Some(p) = v.strip_suffix('%').and_then(|p| parse_i64(p.as_bytes()))
        && p >= 0
    {
        parsed = Some(-p);
    }
    if parsed.is_none() && n.octal {
        parsed = parse_octal(v);
    }
    if parsed.is_none() && !n.memory && !n.percent && !n.octal {
        parsed = parse_i64(v.as_bytes());
    }
    let Some(ll) = parsed else {
        return Err(if n.memory && n.percent {
            "argument must be a memory or percent value"
        } else if n.memory {
            "argument must be a memory value"
        } else if n.octal {
            "argument couldn't be parsed as an octal number"
        } else {
            "argument couldn't be parsed into an integer"
        }
        .to_string());
    };
    if n.unsigned {
        let (u, lo, hi) = (ll as u64, n.min as u64, n.max as u64);
        if u > hi || u < lo {
            return Err(if n.octal {
                format!("argument must be between {lo:o} and {hi:o} inclusive")
            } else {
                format!("argument must be between {lo} and {hi} inclusive")
            });
        }
    } else if n.percent && ll < 0 {
        if ll < n.min {
            return Err(format!(
                "percentage argument must be less or equal to {}",
                -n.min
            ));
        }
    } else if ll > n.max || ll < n.min {
        return Err(format!(
            "argument must be between {} and {} inclusive",
            n.min, n.max
        ));
    }
    Ok(ll)
}

/// strtoll base 8 with nothing left over.
fn parse_octal(v: &str) -> Option<i64> {
    let body = v.strip_prefix('+').unwrap_or(v);
    let (neg, body) = match body.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, body),
    };
    if body.is_empty() || !body.bytes().all(|c| (b'0'..=b'7').contains(&c)) {
        return None;
    }
    let x = i64::from_str_radix(body, 8).ok()?;
    Some(if neg { -x } else { x })
}

/// How CONFIG GET prints a numeric value.
fn format_num(n: &Num, v: i64) -> String {
    if n.percent && v < 0 {
        format!("{}%", -v)
    } else if n.memory {
        (v as u64).to_string()
    } else if n.octal {
        format!("{:o}", v)
    } else {
        v.to_string()
    }
}

fn one(args: &[String]) -> Result<&str, String> {
    match args {
        [v] => Ok(v.as_str()),
        _ => Err("wrong number of arguments".to_string()),
    }
}

/// Validates `args` for `dir` as Redis would and returns the value CONFIG GET prints
/// afterwards. `config` is the configuration the value applies to (for directives that
/// change part of a value, such as one class of `client-output-buffer-limit`).
pub fn canonical(dir: &Directive, args: &[String], config: &Config) -> Result<String, String> {
    match &dir.kind {
        Kind::Bool => match one(args)?.to_ascii_lowercase().as_str() {
            "yes" => Ok("yes".to_string()),
            "no" => Ok("no".to_string()),
            _ => Err("argument must be 'yes' or 'no'".to_string()),
        },
        Kind::Num(n) => {
            let mut v = parse_num(n, one(args)?)?;
            if dir.name == "hz" {
                v = v.clamp(1, 500); // Redis's updateHZ keeps the configured hz in 1..=500
            }
            Ok(format_num(n, v))
        }
        Kind::Enum(names) => {
            let v = one(args)?;
            let val = names
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(v))
                .map(|&(_, x)| x)
                .ok_or_else(|| enum_error(names))?;
            Ok(enum_name(names, val).to_string())
        }
        Kind::Flags(names) => {
            let mut bits = 0;
            for v in args {
                bits |= names
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(v))
                    .map(|&(_, x)| x)
                    .ok_or_else(|| enum_error(names))?;
            }
            Ok(flags_text(names, bits))
        }
        Kind::Str(check) => {
            let v = one(args)?;
            check_str(*check, v)?;
            Ok(v.to_string())
        }
        Kind::Special(special) => canonical_special(*special, args, config),
    }
}

fn enum_error(names: &[(&str, u32)]) -> String {
    let list: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
    format!(
        "argument(s) must be one of the following: {}",
        list.join(", ")
    )
}

fn enum_name(names: &[(&'static str, u32)], val: u32) -> &'static str {
    names
        .iter()
        .find(|&&(_, x)| x == val)
        .map_or("unknown", |&(n, _)| n)
}

fn flags_text(names: &[(&'static str, u32)], bits: u32) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut left = bits;
    for &(n, x) in names {
        if x != 0 && left & x == x {
            out.push(n);
            left &= !x;
        }
    }
    if out.is_empty() {
        return enum_name(names, bits).to_string();
    }
    out.join(" ")
}

fn check_str(check: StrCheck, v: &str) -> Result<(), String> {
    match check {
        StrCheck::Any => Ok(()),
        StrCheck::FileName => {
            if v.contains('/') {
                Err("dbfilename can't be a path, just a filename".to_string())
            } else {
                Ok(())
            }
        }
        StrCheck::Hostname => {
            if v.len() >= 256 {
                Err("Hostnames must be less than 256 characters".to_string())
            } else if v
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'.')
            {
                Ok(())
            } else {
                Err(
                    "Hostnames may only contain alphanumeric characters, hyphens or dots"
                        .to_string(),
                )
            }
        }
        StrCheck::ProcTitle => {
            const VARS: &[&str] = &[
                "{title}",
                "{listen-addr}",
                "{server-mode}",
                "{port}",
                "{tls-port}",
                "{unixsocket}",
                "{config-file}",
            ];
            let mut rest = v;
            let ok = loop {
                match rest.find(['{', '}']) {
                    None => break true,
                    Some(i) if rest.as_bytes()[i] == b'}' => break false,
                    Some(i) => match rest[i..].find('}') {
                        Some(j) if VARS.contains(&&rest[i..i + j + 1]) => rest = &rest[i + j + 1..],
                        _ => break false,
                    },
                }
            };
            if ok && !v.is_empty() {
                Ok(())
            } else {
                Err("template format is invalid or contains unknown variables".to_string())
            }
        }
    }
}

/// Parses `notify-keyspace-events` classes into Redis's flag bits.
pub fn notify_flags(v: &str) -> Option<u32> {
    let mut flags = 0;
    for c in v.chars() {
        flags |= match c {
            'A' => notify::ALL,
            'K' => notify::KEYSPACE,
            'E' => notify::KEYEVENT,
            'm' => notify::KEY_MISS,
            _ => notify::CLASS_LETTERS.iter().find(|&&(k, _)| k == c)?.1,
        };
    }
    Some(flags)
}

fn notify_text(flags: u32) -> String {
    let mut s = String::new();
    if flags & notify::ALL == notify::ALL {
        s.push('A');
    } else {
        for &(c, bit) in notify::CLASS_LETTERS {
            if flags & bit != 0 {
                s.push(c);
            }
        }
    }
    if flags & notify::KEYSPACE != 0 {
        s.push('K');
    }
    if flags & notify::KEYEVENT != 0 {
        s.push('E');
    }
    if flags & notify::KEY_MISS != 0 {
        s.push('m');
    }
    s
}

/// C's `%f` with trailing zeros (and a trailing dot) removed.
fn trim_double(v: f64) -> String {
    let s = format!("{v:.6}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn canonical_special(special: Special, args: &[String], config: &Config) -> Result<String, String> {
    match special {
        Special::Dir => Ok(one(args)?.to_string()),
        Special::Save => {
            let args: &[String] = if args.len() == 1 && args[0].is_empty() {
                &[]
            } else {
                args
            };
            let invalid = || "Invalid save parameters".to_string();
            if args.len() % 2 == 1 {
                return Err(invalid());
            }
            let mut out = Vec::new();
            for (j, a) in args.iter().enumerate() {
                let v = strtoll_full(a).ok_or_else(invalid)?;
                if (j % 2 == 0 && v < 1) || (j % 2 == 1 && v < 0) {
                    return Err(invalid());
                }
                // Redis stores seconds as time_t and changes as int.
                out.push(if j % 2 == 1 {
                    (v as i32).to_string()
                } else {
                    v.to_string()
                });
            }
            Ok(out.join(" "))
        }
        Special::ClientOutputBufferLimit => {
            let mut limits = config.output_limits;
            limits.apply(args)?;
            Ok(output_limits_text(&limits))
        }
        Special::OomScoreAdjValues => {
            if args.len() != 3 {
                return Err("wrong number of arguments".to_string());
            }
            let mut out = Vec::new();
            for a in args {
                match strtoll_full(a) {
                    Some(v) if (-2000..=2000).contains(&v) => out.push(v.to_string()),
                    _ => {
                        return Err(
                            "Invalid oom-score-adj-values, elements must be between -2000 and 2000."
                                .to_string(),
                        );
                    }
                }
            }
            Ok(out.join(" "))
        }
        Special::NotifyKeyspaceEvents => {
            let v = one(args)?;
            let flags = notify_flags(v).ok_or_else(|| {
                "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.".to_string()
            })?;
            Ok(notify_text(flags))
        }
        Special::Bind => {
            if args.len() > 16 {
                return Err("Too many bind addresses specified.".to_string());
            }
            if args.len() == 1 && args[0].is_empty() {
                return Ok(String::new());
            }
            Ok(args.join(" "))
        }
        Special::ReplicaOf => {
            let [host, port] = args else {
                return Err("wrong number of arguments".to_string());
            };
            if host.eq_ignore_ascii_case("no") && port.eq_ignore_ascii_case("one") {
                return Ok(String::new());
            }
            match strtoll_full(port) {
                Some(p) if (0..=65535).contains(&p) => Ok(format!("{host} {p}")),
                _ => Err("Invalid master port".to_string()),
            }
        }
        Special::LatencyPercentiles => {
            if args.len() == 1 && args[0].is_empty() {
                return Ok(String::new());
            }
            let mut out = Vec::new();
            for a in args {
                let p = parse_f64(a.as_bytes()).ok_or_else(|| {
                    "Invalid latency-tracking-info-percentiles parameters".to_string()
                })?;
                if !(0.0..=100.0).contains(&p) {
                    return Err(
                        "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]"
                            .to_string(),
                    );
                }
                out.push(trim_double(p));
            }
            Ok(out.join(" "))
        }
    }
}

/// C's `strtoll(s, &end, 10)` that must consume the whole (non-empty) string.
fn strtoll_full(s: &str) -> Option<i64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let body = t.strip_prefix('+').unwrap_or(t);
    let (neg, digits) = match body.strip_prefix('-') {
        Some(b) if !t.starts_with('+') => (true, b),
        _ => (false, body),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut v: i128 = 0;
    for c in digits.bytes() {
        v = (v * 10 + i128::from(c - b'0')).min(i128::from(i64::MAX) + 1);
    }
    let v = if neg { -v } else { v };
    Some(v.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
}

/// `client-output-buffer-limit` as CONFIG GET prints it.
pub fn output_limits_text(l: &OutputLimits) -> String {
    format!(
        "normal {} {} {} slave {} {} {} pubsub {} {} {}",
        l.normal.hard,
        l.normal.soft,
        l.normal.soft_seconds,
        l.replica.hard,
        l.replica.soft,
        l.replica.soft_seconds,
        l.pubsub.hard,
        l.pubsub.soft,
        l.pubsub.soft_seconds
    )
}

/// The value CONFIG GET prints for `dir` in `config`.
pub fn get(config: &Config, dir: &Directive) -> String {
    let c = config;
    match dir.name {
        "port" => c.port.to_string(),
        "bind" => c.bind.join(" "),
        "requirepass" => c
            .requirepass
            .as_deref()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .unwrap_or_default(),
        "databases" => c.databases.to_string(),
        "hz" => c.hz.to_string(),
        "maxclients" => c.maxclients.to_string(),
        "timeout" => c.timeout.to_string(),
        "dir" => c.dir.clone(),
        "dbfilename" => c.dbfilename.clone(),
        "proto-max-bulk-len" => c.proto_max_bulk_len.to_string(),
        "client-query-buffer-limit" => c.client_query_buffer_limit.to_string(),
        "list-max-listpack-size" => c.list_max_listpack_size.to_string(),
        "list-compress-depth" => c.list_compress_depth.to_string(),
        "hash-max-listpack-entries" => c.hash_max_listpack_entries.to_string(),
        "hash-max-listpack-value" => c.hash_max_listpack_value.to_string(),
        "set-max-intset-entries" => c.set_max_intset_entries.to_string(),
        "zset-max-listpack-entries" => c.zset_max_listpack_entries.to_string(),
        "zset-max-listpack-value" => c.zset_max_listpack_value.to_string(),
        "stream-node-max-bytes" => c.stream_node_max_bytes.to_string(),
        "stream-node-max-entries" => c.stream_node_max_entries.to_string(),
        "client-output-buffer-limit" => output_limits_text(&c.output_limits),
        "slowlog-log-slower-than" => c.slowlog_log_slower_than.to_string(),
        "slowlog-max-len" => c.slowlog_max_len.to_string(),
        "busy-reply-threshold" => c.busy_reply_threshold.to_string(),
        "latency-tracking" => if c.latency_tracking { "yes" } else { "no" }.to_string(),
        "latency-monitor-threshold" => c.latency_monitor_threshold.to_string(),
        "tracking-table-max-keys" => c.tracking_table_max_keys.to_string(),
        "notify-keyspace-events" => notify_text(c.notify_keyspace_events),
        "maxmemory" => c.maxmemory.to_string(),
        "maxmemory-policy" => c.maxmemory_policy.name().to_string(),
        "maxmemory-samples" => c.maxmemory_samples.to_string(),
        "maxmemory-eviction-tenacity" => c.maxmemory_eviction_tenacity.to_string(),
        "lfu-log-factor" => c.lfu_log_factor.to_string(),
        "lfu-decay-time" => c.lfu_decay_time.to_string(),
        name => c
            .other
            .get(name)
            .cloned()
            .unwrap_or_else(|| dir.default.to_string()),
    }
}

/// `name`'s value as CONFIG GET prints it (by name or alias), or `None` for an unknown
/// directive. Handy for features that read a directive kept as text.
pub fn get_by_name(config: &Config, name: &str) -> Option<String> {
    lookup(name).map(|d| get(config, d))
}

/// Splits a CONFIG SET value into arguments as Redis's `sdssplitlen(value, " ")` does
/// for multi-argument directives: an empty value gives no argument.
pub fn split_value(v: &str) -> Vec<String> {
    if v.is_empty() {
        return Vec::new();
    }
    v.split(' ').map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `CONFIG GET *` of a Redis 7.0.15 started as `redis-server --port P --bind
    /// 127.0.0.1` (so `port`, `bind` and `dir` reflect that start, not the defaults).
    const RECORDED: &str = include_str!("directives_recorded.txt");

    fn args(v: &str) -> Vec<String> {
        split_value(v)
    }

    #[test]
    fn every_recorded_directive_is_in_the_table_with_its_default() {
        let mut listed = 0;
        for line in RECORDED.lines().filter(|l| !l.starts_with('#')) {
            let (name, value) = line.split_once('\t').unwrap();
            let d = lookup(name).unwrap_or_else(|| panic!("missing {name}"));
            assert_eq!(d.flags & HIDDEN, 0, "{name}");
            listed += 1;
            if !matches!(name, "port" | "bind" | "dir") {
                assert_eq!(d.default, value, "{name}");
            }
        }
        let names = DIRECTIVES
            .iter()
            .filter(|d| d.flags & HIDDEN == 0)
            .map(|d| 1 + usize::from(d.alias.is_some()))
            .sum::<usize>();
        assert_eq!(listed, names);
    }

    #[test]
    fn defaults_print_as_recorded_from_a_fresh_config() {
        let c = Config::default();
        for d in DIRECTIVES {
            if !matches!(d.name, "port" | "bind" | "dir" | "save") {
                assert_eq!(get(&c, d), d.default, "{}", d.name);
            }
        }
    }

    #[test]
    fn defaults_are_canonical_and_round_trip_through_apply() {
        // Applying each default (and then a changed value) must print back what CONFIG
        // GET promises: typed fields and `other` stay in step with the table.
        for d in DIRECTIVES {
            let mut c = Config::default();
            let values = if d.name == "replicaof" {
                args("no one")
            } else if d.flags & MULTI_ARG != 0 {
                let a = args(d.default);
                if a.is_empty() { vec![String::new()] } else { a }
            } else {
                vec![d.default.to_string()]
            };
            c.apply(d.name, &values)
                .unwrap_or_else(|e| panic!("{}: {e}", d.name));
            assert_eq!(get(&c, d), d.default, "{}", d.name);
        }
    }

    #[test]
    fn redis_errors_and_formats() {
        let c = Config::default();
        let hz = lookup("hz").unwrap();
        assert_eq!(
            canonical(hz, &args("abc"), &c).unwrap_err(),
            "argument couldn't be parsed into an integer"
        );
        assert_eq!(
            canonical(hz, &args("-1"), &c).unwrap_err(),
            "argument must be between 0 and 2147483647 inclusive"
        );
        assert_eq!(canonical(hz, &args("1000"), &c).unwrap(), "500");
        assert_eq!(canonical(hz, &args("0"), &c).unwrap(), "1");
        let mm = lookup("maxmemory").unwrap();
        assert_eq!(canonical(mm, &args("1gb"), &c).unwrap(), "1073741824");
        assert_eq!(canonical(mm, &[String::new()], &c).unwrap(), "0");
        assert_eq!(
            canonical(mm, &args("-1"), &c).unwrap_err(),
            "argument must be a memory value"
        );
        assert_eq!(
            canonical(mm, &args("18446744073709551616"), &c).unwrap(),
            "18446744073709551615"
        );
        let mc = lookup("maxmemory-clients").unwrap();
        assert_eq!(canonical(mc, &args("10%"), &c).unwrap(), "10%");
        assert_eq!(
            canonical(mc, &args("101%"), &c).unwrap_err(),
            "percentage argument must be less or equal to 100"
        );
        assert_eq!(
            canonical(mc, &args("-5%"), &c).unwrap_err(),
            "argument must be a memory or percent value"
        );
        let maxclients = lookup("maxclients").unwrap();
        assert_eq!(
            canonical(maxclients, &args("0"), &c).unwrap_err(),
            "argument must be between 1 and 4294967295 inclusive"
        );
        let pol = lookup("maxmemory-policy").unwrap();
        assert_eq!(
            canonical(pol, &args("ALLKEYS-LRU"), &c).unwrap(),
            "allkeys-lru"
        );
        assert_eq!(
            canonical(pol, &args("foo"), &c).unwrap_err(),
            "argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction"
        );
        let sig = lookup("shutdown-on-sigint").unwrap();
        assert_eq!(canonical(sig, &args("now save"), &c).unwrap(), "save now");
        assert_eq!(canonical(sig, &args("now default"), &c).unwrap(), "now");
        let save = lookup("save").unwrap();
        assert_eq!(
            canonical(save, &args("100 1 200 2"), &c).unwrap(),
            "100 1 200 2"
        );
        assert_eq!(canonical(save, &args(""), &c).unwrap(), "");
        assert_eq!(
            canonical(save, &args("0 10"), &c).unwrap_err(),
            "Invalid save parameters"
        );
        let nke = lookup("notify-keyspace-events").unwrap();
        assert_eq!(canonical(nke, &args("KEA"), &c).unwrap(), "AKE");
        assert_eq!(canonical(nke, &args("Kg$lshzxetmdn"), &c).unwrap(), "AKm");
        assert_eq!(canonical(nke, &args("$lshzxetm"), &c).unwrap(), "$lshzxetm");
        let cobl = lookup("client-output-buffer-limit").unwrap();
        assert_eq!(
            canonical(cobl, &args("replica 1 1 1"), &c).unwrap(),
            "normal 0 0 0 slave 1 1 1 pubsub 33554432 8388608 60"
        );
        let pct = lookup("latency-tracking-info-percentiles").unwrap();
        assert_eq!(
            canonical(pct, &args("50 99.5 100"), &c).unwrap(),
            "50 99.5 100"
        );
        let oom = lookup("oom-score-adj").unwrap();
        assert_eq!(canonical(oom, &args("relative"), &c).unwrap(), "yes");
        let perm = lookup("unixsocketperm").unwrap();
        assert_eq!(canonical(perm, &args("700"), &c).unwrap(), "700");
    }
}
