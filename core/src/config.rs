//! Server configuration: redis.conf directives and `--name value` arguments, parsed
//! purely (the runtime reads the file and passes its text in).

use crate::util::number::parse_i64;
use crate::util::splitargs::split_args;

/// The configuration the core runs with. Field names follow redis.conf directives.
#[derive(Clone, Debug)]
pub struct Config {
    /// `port`
    pub port: u16,
    /// `bind` addresses.
    pub bind: Vec<String>,
    /// `requirepass` (None: no password).
    pub requirepass: Option<Vec<u8>>,
    /// `databases`
    pub databases: usize,
    /// `hz`: active expiry and cron frequency.
    pub hz: u32,
    /// `maxclients`
    pub maxclients: usize,
    /// `timeout`: close clients idle this many seconds (0: never).
    pub timeout: u64,
    /// `dir`
    pub dir: String,
    /// `dbfilename`
    pub dbfilename: String,
    /// `proto-max-bulk-len`
    pub proto_max_bulk_len: i64,
    /// `client-query-buffer-limit`
    pub client_query_buffer_limit: usize,
    /// `list-max-listpack-size` (alias `list-max-ziplist-size`): positive = entries per
    /// node, negative = node size class (-1 4KB .. -5 64KB).
    pub list_max_listpack_size: i64,
    /// `list-compress-depth`
    pub list_compress_depth: i64,
    /// `hash-max-listpack-entries` (alias `hash-max-ziplist-entries`)
    pub hash_max_listpack_entries: usize,
    /// `hash-max-listpack-value` (alias `hash-max-ziplist-value`)
    pub hash_max_listpack_value: usize,
    /// `set-max-intset-entries`
    pub set_max_intset_entries: usize,
    /// `zset-max-listpack-entries` (alias `zset-max-ziplist-entries`)
    pub zset_max_listpack_entries: usize,
    /// `zset-max-listpack-value` (alias `zset-max-ziplist-value`)
    pub zset_max_listpack_value: usize,
    /// `stream-node-max-bytes`
    pub stream_node_max_bytes: usize,
    /// `stream-node-max-entries`
    pub stream_node_max_entries: usize,
    /// `client-output-buffer-limit` for normal clients, replicas and pub/sub clients.
    pub output_limits: OutputLimits,
    /// Seed of the core's PRNG and hash keys (not a Redis directive; `cinnabar-seed`).
    pub seed: u64,
    /// Other Redis directives, accepted and kept verbatim (arguments joined by spaces)
    /// until the features they configure land.
    pub other: std::collections::BTreeMap<String, String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            port: 6379,
            bind: vec!["*".to_string(), "-::*".to_string()],
            requirepass: None,
            databases: 16,
            hz: 10,
            maxclients: 10000,
            timeout: 0,
            dir: ".".to_string(),
            dbfilename: "dump.rdb".to_string(),
            proto_max_bulk_len: 512 * 1024 * 1024,
            client_query_buffer_limit: 1024 * 1024 * 1024,
            list_max_listpack_size: -2,
            list_compress_depth: 0,
            hash_max_listpack_entries: 512,
            hash_max_listpack_value: 64,
            set_max_intset_entries: 512,
            zset_max_listpack_entries: 128,
            zset_max_listpack_value: 64,
            stream_node_max_bytes: 4096,
            stream_node_max_entries: 100,
            output_limits: OutputLimits::default(),
            seed: 0,
            other: std::collections::BTreeMap::new(),
        }
    }
}

impl Config {
    /// Builds a configuration from the text of a config file (if any) followed by
    /// command-line arguments in redis-server's form (`--port 6380 --save ""`).
    pub fn from_sources(file: Option<&str>, args: &[String]) -> Result<Config, String> {
        let mut text = String::new();
        if let Some(file) = file {
            text.push_str(file);
            text.push('\n');
        }
        text.push_str(&args_to_config_text(args));
        let mut config = Config::default();
        for (lineno, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some(argv) = split_args(line.as_bytes()) else {
                return Err(format!(
                    "line {}: Unbalanced quotes in configuration line",
                    lineno + 1
                ));
            };
            let Some((name, values)) = argv.split_first() else {
                continue;
            };
            let name = String::from_utf8_lossy(name).to_ascii_lowercase();
            let values: Vec<String> = values
                .iter()
                .map(|v| String::from_utf8_lossy(v).into_owned())
                .collect();
            config
                .apply(&name, &values)
                .map_err(|e| format!("'{line}': {e}"))?;
        }
        Ok(config)
    }

    /// Applies one directive.
    pub fn apply(&mut self, name: &str, values: &[String]) -> Result<(), String> {
        let one = || -> Result<&str, String> {
            match values {
                [v] => Ok(v.as_str()),
                _ => Err("wrong number of arguments".to_string()),
            }
        };
        let int = |v: &str| -> Result<i64, String> {
            parse_memory(v).ok_or_else(|| "argument couldn't be parsed into an integer".to_string())
        };
        let size = |v: &str| -> Result<usize, String> {
            usize::try_from(int(v)?)
                .map_err(|_| "argument must be a memory or integer value >= 0".to_string())
        };
        match name {
            "port" => {
                self.port = u16::try_from(int(one()?)?)
                    .map_err(|_| "argument must be between 0 and 65535 inclusive".to_string())?
            }
            "bind" => self.bind = values.to_vec(),
            "requirepass" => {
                let v = one()?;
                self.requirepass = if v.is_empty() {
                    None
                } else {
                    Some(v.as_bytes().to_vec())
                };
            }
            "databases" => {
                self.databases = usize::try_from(int(one()?)?)
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or("argument must be between 1 and 2147483647 inclusive")?
            }
            "hz" => self.hz = int(one()?)?.clamp(1, 500) as u32,
            "maxclients" => {
                self.maxclients = usize::try_from(int(one()?)?)
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or("argument must be between 1 and 2147483647 inclusive")?
            }
            "timeout" => {
                self.timeout = u64::try_from(int(one()?)?)
                    .map_err(|_| "argument must be between 0 and 2147483647 inclusive")?
            }
            "dir" => self.dir = one()?.to_string(),
            "dbfilename" => self.dbfilename = one()?.to_string(),
            "proto-max-bulk-len" => self.proto_max_bulk_len = int(one()?)?,
            "client-query-buffer-limit" => {
                self.client_query_buffer_limit =
                    usize::try_from(int(one()?)?).map_err(|_| "argument must be a memory value")?
            }
            "list-max-listpack-size" | "list-max-ziplist-size" => {
                self.list_max_listpack_size = int(one()?)?
            }
            "list-compress-depth" => self.list_compress_depth = int(one()?)?,
            "hash-max-listpack-entries" | "hash-max-ziplist-entries" => {
                self.hash_max_listpack_entries = size(one()?)?
            }
            "hash-max-listpack-value" | "hash-max-ziplist-value" => {
                self.hash_max_listpack_value = size(one()?)?
            }
            "set-max-intset-entries" => self.set_max_intset_entries = size(one()?)?,
            "zset-max-listpack-entries" | "zset-max-ziplist-entries" => {
                self.zset_max_listpack_entries = size(one()?)?
            }
            "zset-max-listpack-value" | "zset-max-ziplist-value" => {
                self.zset_max_listpack_value = size(one()?)?
            }
            "stream-node-max-bytes" => self.stream_node_max_bytes = size(one()?)?,
            "stream-node-max-entries" => self.stream_node_max_entries = size(one()?)?,
            "client-output-buffer-limit" => self.output_limits.apply(values)?,
            "cinnabar-seed" => self.seed = u64::try_from(int(one()?)?).map_err(|_| "bad seed")?,
            _ if OTHER_DIRECTIVES.contains(&name) => {
                self.other.insert(name.to_string(), values.join(" "));
            }
            _ => return Err("Bad directive or wrong number of arguments".to_string()),
        }
        Ok(())
    }
}

/// One class's output buffer limit: close a client whose pending output exceeds
/// `hard` bytes, or stays above `soft` bytes for `soft_seconds` (0 disables each).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OutputLimit {
    /// Hard limit in bytes.
    pub hard: u64,
    /// Soft limit in bytes.
    pub soft: u64,
    /// How long the soft limit may be exceeded.
    pub soft_seconds: u64,
}

/// `client-output-buffer-limit` for each client class, Redis's defaults.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OutputLimits {
    /// Normal clients (default: no limit).
    pub normal: OutputLimit,
    /// Replicas (default 256mb 64mb 60).
    pub replica: OutputLimit,
    /// Pub/sub subscribers (default 32mb 8mb 60).
    pub pubsub: OutputLimit,
}

impl Default for OutputLimits {
    fn default() -> Self {
        OutputLimits {
            normal: OutputLimit {
                hard: 0,
                soft: 0,
                soft_seconds: 0,
            },
            replica: OutputLimit {
                hard: 256 << 20,
                soft: 64 << 20,
                soft_seconds: 60,
            },
            pubsub: OutputLimit {
                hard: 32 << 20,
                soft: 8 << 20,
                soft_seconds: 60,
            },
        }
    }
}

impl OutputLimits {
    /// Applies `<class> <hard> <soft> <seconds>` groups, as redis.conf and CONFIG SET
    /// take them; nothing changes unless every group is valid.
    pub fn apply(&mut self, values: &[String]) -> Result<(), String> {
        let words: Vec<&str> = values.iter().flat_map(|v| v.split_whitespace()).collect();
        if words.is_empty() || !words.len().is_multiple_of(4) {
            return Err("Wrong number of arguments in buffer limit configuration.".to_string());
        }
        let mut next = *self;
        for group in words.chunks(4) {
            let bytes = |v: &str| -> Result<u64, String> {
                parse_memory(v)
                    .and_then(|n| u64::try_from(n).ok())
                    .ok_or_else(|| {
                        "Error in hard, soft or soft_seconds setting in buffer limit configuration."
                            .to_string()
                    })
            };
            let limit = OutputLimit {
                hard: bytes(group[1])?,
                soft: bytes(group[2])?,
                soft_seconds: bytes(group[3])?,
            };
            match group[0].to_ascii_lowercase().as_str() {
                "normal" => next.normal = limit,
                "replica" | "slave" => next.replica = limit,
                "pubsub" => next.pubsub = limit,
                _ => {
                    return Err(
                        "Invalid client class specified in buffer limit configuration.".to_string(),
                    );
                }
            }
        }
        *self = next;
        Ok(())
    }
}

/// Redis 7.0 directives accepted and stored verbatim in [`Config::other`] (the names
/// `CONFIG GET *` lists on Redis 7.0.15, less the ones with typed fields).
const OTHER_DIRECTIVES: &[&str] = &[
    "acl-pubsub-default",
    "aclfile",
    "acllog-max-len",
    "active-defrag-cycle-max",
    "active-defrag-cycle-min",
    "active-defrag-ignore-bytes",
    "active-defrag-max-scan-fields",
    "active-defrag-threshold-lower",
    "active-defrag-threshold-upper",
    "active-expire-effort",
    "activedefrag",
    "activerehashing",
    "always-show-logo",
    "aof-disable-auto-gc",
    "aof-load-truncated",
    "aof-rewrite-incremental-fsync",
    "aof-timestamp-enabled",
    "aof-use-rdb-preamble",
    "aof_rewrite_cpulist",
    "appenddirname",
    "appendfilename",
    "appendfsync",
    "appendonly",
    "auto-aof-rewrite-min-size",
    "auto-aof-rewrite-percentage",
    "bgsave_cpulist",
    "bind-source-addr",
    "bio_cpulist",
    "busy-reply-threshold",
    "cluster-allow-pubsubshard-when-down",
    "cluster-allow-reads-when-down",
    "cluster-allow-replica-migration",
    "cluster-announce-bus-port",
    "cluster-announce-hostname",
    "cluster-announce-ip",
    "cluster-announce-port",
    "cluster-announce-tls-port",
    "cluster-config-file",
    "cluster-enabled",
    "cluster-link-sendbuf-limit",
    "cluster-migration-barrier",
    "cluster-node-timeout",
    "cluster-port",
    "cluster-preferred-endpoint-type",
    "cluster-replica-no-failover",
    "cluster-replica-validity-factor",
    "cluster-require-full-coverage",
    "cluster-slave-no-failover",
    "cluster-slave-validity-factor",
    "crash-log-enabled",
    "crash-memcheck-enabled",
    "daemonize",
    "disable-thp",
    "dynamic-hz",
    "enable-debug-command",
    "enable-module-command",
    "enable-protected-configs",
    "hll-sparse-max-bytes",
    "ignore-warnings",
    "io-threads",
    "io-threads-do-reads",
    "jemalloc-bg-thread",
    "latency-monitor-threshold",
    "latency-tracking",
    "latency-tracking-info-percentiles",
    "lazyfree-lazy-eviction",
    "lazyfree-lazy-expire",
    "lazyfree-lazy-server-del",
    "lazyfree-lazy-user-del",
    "lazyfree-lazy-user-flush",
    "lfu-decay-time",
    "lfu-log-factor",
    "logfile",
    "loglevel",
    "lua-time-limit",
    "masterauth",
    "masteruser",
    "maxmemory",
    "maxmemory-clients",
    "maxmemory-eviction-tenacity",
    "maxmemory-policy",
    "maxmemory-samples",
    "min-replicas-max-lag",
    "min-replicas-to-write",
    "min-slaves-max-lag",
    "min-slaves-to-write",
    "no-appendfsync-on-rewrite",
    "notify-keyspace-events",
    "oom-score-adj",
    "oom-score-adj-values",
    "pidfile",
    "proc-title-template",
    "propagation-error-behavior",
    "protected-mode",
    "rdb-del-sync-files",
    "rdb-save-incremental-fsync",
    "rdbchecksum",
    "rdbcompression",
    "repl-backlog-size",
    "repl-backlog-ttl",
    "repl-disable-tcp-nodelay",
    "repl-diskless-load",
    "repl-diskless-sync",
    "repl-diskless-sync-delay",
    "repl-diskless-sync-max-replicas",
    "repl-ping-replica-period",
    "repl-ping-slave-period",
    "repl-timeout",
    "replica-announce-ip",
    "replica-announce-port",
    "replica-announced",
    "replica-ignore-disk-write-errors",
    "replica-ignore-maxmemory",
    "replica-lazy-flush",
    "replica-priority",
    "replica-read-only",
    "replica-serve-stale-data",
    "replicaof",
    "sanitize-dump-payload",
    "save",
    "server_cpulist",
    "set-proc-title",
    "shutdown-on-sigint",
    "shutdown-on-sigterm",
    "shutdown-timeout",
    "slave-announce-ip",
    "slave-announce-port",
    "slave-ignore-maxmemory",
    "slave-lazy-flush",
    "slave-priority",
    "slave-read-only",
    "slave-serve-stale-data",
    "slaveof",
    "slowlog-log-slower-than",
    "slowlog-max-len",
    "socket-mark-id",
    "stop-writes-on-bgsave-error",
    "supervised",
    "syslog-enabled",
    "syslog-facility",
    "syslog-ident",
    "tcp-backlog",
    "tcp-keepalive",
    "tls-auth-clients",
    "tls-ca-cert-dir",
    "tls-ca-cert-file",
    "tls-cert-file",
    "tls-ciphers",
    "tls-ciphersuites",
    "tls-client-cert-file",
    "tls-client-key-file",
    "tls-client-key-file-pass",
    "tls-cluster",
    "tls-dh-params-file",
    "tls-key-file",
    "tls-key-file-pass",
    "tls-port",
    "tls-prefer-server-ciphers",
    "tls-protocols",
    "tls-replication",
    "tls-session-cache-size",
    "tls-session-cache-timeout",
    "tls-session-caching",
    "tracking-table-max-keys",
    "unixsocket",
    "unixsocketperm",
];

/// Turns `--name v1 v2 --other v` into config-file lines, as redis-server does.
pub fn args_to_config_text(args: &[String]) -> String {
    let mut text = String::new();
    for arg in args {
        if let Some(name) = arg.strip_prefix("--") {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(name);
        } else {
            text.push(' ');
            text.push_str(&quote_config_arg(arg));
        }
    }
    text.push('\n');
    text
}

/// Quotes an argument so sdssplitargs reads it back unchanged.
fn quote_config_arg(arg: &str) -> String {
    let mut s = String::from("\"");
    for c in arg.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

/// Parses a memory amount as redis.conf does (`1k` = 1000, `1kb` = 1024, any case).
pub fn parse_memory(v: &str) -> Option<i64> {
    let lower = v.to_ascii_lowercase();
    let units: [(&str, i64); 6] = [
        ("kb", 1024),
        ("mb", 1024 * 1024),
        ("gb", 1024 * 1024 * 1024),
        ("k", 1000),
        ("m", 1000 * 1000),
        ("g", 1000 * 1000 * 1000),
    ];
    for (suffix, mul) in units {
        if let Some(num) = lower.strip_suffix(suffix) {
            return parse_i64(num.as_bytes())?.checked_mul(mul);
        }
    }
    parse_i64(lower.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn file_then_arguments() {
        let file = "port 7000\n# comment\nrequirepass \"a b\"\nsave 900 1\n";
        let c = Config::from_sources(
            Some(file),
            &args(&["--port", "7001", "--save", "", "--appendonly", "no"]),
        )
        .unwrap();
        assert_eq!(c.port, 7001);
        assert_eq!(c.requirepass.as_deref(), Some(&b"a b"[..]));
        assert_eq!(c.other.get("save").map(String::as_str), Some(""));
        assert_eq!(c.other.get("appendonly").map(String::as_str), Some("no"));
    }

    #[test]
    fn rejects_unknown_and_bad_values() {
        assert!(Config::from_sources(None, &args(&["--no-such-thing", "1"])).is_err());
        assert!(Config::from_sources(None, &args(&["--port", "70000"])).is_err());
        assert!(Config::from_sources(None, &args(&["--databases", "0"])).is_err());
    }

    #[test]
    fn memory_units() {
        assert_eq!(parse_memory("1k"), Some(1000));
        assert_eq!(parse_memory("1KB"), Some(1024));
        assert_eq!(parse_memory("2gb"), Some(2 * 1024 * 1024 * 1024));
        assert_eq!(parse_memory("x"), None);
    }
}
