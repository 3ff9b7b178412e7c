//! Server configuration: redis.conf directives and `--name value` arguments, parsed
//! purely (the runtime reads the file and passes its text in).

use crate::directives;
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
    /// `user <name> <rules...>` lines, in order, validated; applied to the ACL at
    /// start-up (after `requirepass`, as Redis does).
    pub users: Vec<Vec<String>>,
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
    /// `slowlog-log-slower-than` in microseconds (negative: the slow log is off).
    pub slowlog_log_slower_than: i64,
    /// `slowlog-max-len`
    pub slowlog_max_len: u64,
    /// `busy-reply-threshold` (alias `lua-time-limit`) in milliseconds: a script
    /// running longer is suspended and other clients get `-BUSY` (0: never).
    pub busy_reply_threshold: u64,
    /// `notify-keyspace-events` as flag bits ([`crate::notify`]); 0: off.
    pub notify_keyspace_events: u32,
    /// `latency-tracking`: per-command latency histograms (LATENCY HISTOGRAM, INFO
    /// latencystats).
    pub latency_tracking: bool,
    /// `latency-monitor-threshold` in milliseconds: the latency monitor records
    /// events at least this long (0: off).
    pub latency_monitor_threshold: u64,
    /// `tracking-table-max-keys`: keys the client-side caching table may hold (0: no
    /// limit).
    pub tracking_table_max_keys: u64,
    /// `maxmemory` in bytes (0: no limit).
    pub maxmemory: u64,
    /// `maxmemory-policy`.
    pub maxmemory_policy: crate::evict::Policy,
    /// `maxmemory-samples`: keys sampled per database for each eviction.
    pub maxmemory_samples: usize,
    /// `maxmemory-eviction-tenacity` (0..=100): how much work one eviction call may do.
    pub maxmemory_eviction_tenacity: u32,
    /// `lfu-log-factor`.
    pub lfu_log_factor: u32,
    /// `lfu-decay-time` in minutes.
    pub lfu_decay_time: u32,
    /// What the runtime knows about its process (INFO `process_id`, `executable`); not
    /// a directive.
    pub process: ProcessInfo,
    /// Seed of the core's PRNG and hash keys (not a Redis directive; `cinnabar-seed`).
    pub seed: u64,
    /// Other Redis directives (by canonical name), kept as the text CONFIG GET prints
    /// ([`crate::directives`]) until the features they configure land.
    pub other: std::collections::BTreeMap<String, String>,
    /// The config file the server was started with, for CONFIG REWRITE and INFO's
    /// `config_file`: set by the runtime after parsing (absolute path, as Redis resolves
    /// it at start-up, and the text it read). `None`: started without one.
    pub config_file: Option<ConfigFile>,
}

/// The process running the server, as the runtime reports it (INFO server).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProcessInfo {
    /// Process id (0: unknown).
    pub pid: u32,
    /// Absolute path of the executable (empty: unknown).
    pub executable: String,
}

/// The configuration file a server was started from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigFile {
    /// Absolute path (CONFIG REWRITE writes there).
    pub path: String,
    /// The text read at start-up (CONFIG REWRITE keeps its comments and order).
    pub text: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            port: 6379,
            bind: vec!["*".to_string(), "-::*".to_string()],
            requirepass: None,
            users: Vec::new(),
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
            slowlog_log_slower_than: 10000,
            slowlog_max_len: 128,
            busy_reply_threshold: 5000,
            latency_tracking: true,
            latency_monitor_threshold: 0,
            notify_keyspace_events: 0,
            tracking_table_max_keys: 1_000_000,
            maxmemory: 0,
            maxmemory_policy: crate::evict::Policy::NoEviction,
            maxmemory_samples: 5,
            maxmemory_eviction_tenacity: 10,
            lfu_log_factor: 10,
            lfu_decay_time: 1,
            process: ProcessInfo::default(),
            seed: 0,
            other: std::collections::BTreeMap::new(),
            config_file: None,
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
        let mut save_seen = false;
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
            let mut values: Vec<String> = values
                .iter()
                .map(|v| String::from_utf8_lossy(v).into_owned())
                .collect();
            if let [one] = values.as_slice()
                && !one.is_empty()
                && directives::lookup(&name).is_some_and(|d| d.flags & directives::MULTI_ARG != 0)
            {
                // Redis 7.0 splits the lone argument of a multi-argument directive by
                // spaces (`--save "3600 1 300 100"`, `bind "127.0.0.1 ::1"`).
                values = directives::split_value(one);
            }
            if name == "save" {
                // Redis adds each `save` line of a file to the previous ones (the first
                // replaces the default); `save ""` clears them.
                if save_seen && !(values.len() == 1 && values[0].is_empty()) {
                    let mut all = directives::split_value(&config.other_or_default("save"));
                    all.append(&mut values);
                    values = all;
                }
                save_seen = true;
            }
            config
                .apply(&name, &values)
                .map_err(|e| format!("'{line}': {e}"))?;
        }
        Ok(config)
    }

    /// Applies one directive (by name or alias), validated as Redis validates it (see
    /// [`crate::directives`]), with Redis's error texts.
    pub fn apply(&mut self, name: &str, values: &[String]) -> Result<(), String> {
        if name == "cinnabar-seed" {
            let v = match values {
                [v] => v,
                _ => return Err("wrong number of arguments".to_string()),
            };
            self.seed = parse_memory(v)
                .and_then(|n| u64::try_from(n).ok())
                .ok_or("bad seed")?;
            return Ok(());
        }
        if name == "user" {
            crate::commands::acl::check_user_line(values)?;
            if self.users.iter().any(|u| u.first() == values.first()) {
                return Err(crate::acl::RuleError::Duplicate.message().to_string());
            }
            self.users.push(values.to_vec());
            return Ok(());
        }
        let Some(dir) = directives::lookup(name) else {
            return Err("Bad directive or wrong number of arguments".to_string());
        };
        let text = directives::canonical(dir, values, self)?;
        self.store(dir, &text);
        Ok(())
    }

    /// The text of a directive kept in [`Config::other`], or its default.
    fn other_or_default(&self, name: &str) -> String {
        directives::get_by_name(self, name).unwrap_or_default()
    }

    /// Stores a directive's canonical value ([`directives::canonical`]): in its typed
    /// field when the core uses it, else as text in [`Config::other`].
    fn store(&mut self, dir: &directives::Directive, text: &str) {
        let int = || text.parse::<i64>().unwrap_or(0);
        let size = || text.parse::<usize>().unwrap_or(0);
        match dir.name {
            "port" => self.port = u16::try_from(int()).unwrap_or(0),
            "bind" => self.bind = directives::split_value(text),
            "requirepass" => {
                self.requirepass = (!text.is_empty()).then(|| text.as_bytes().to_vec())
            }
            "databases" => self.databases = size(),
            "hz" => self.hz = u32::try_from(int()).unwrap_or(10),
            "maxclients" => self.maxclients = size(),
            "timeout" => self.timeout = u64::try_from(int()).unwrap_or(0),
            "dir" => self.dir = text.to_string(),
            "dbfilename" => self.dbfilename = text.to_string(),
            "proto-max-bulk-len" => self.proto_max_bulk_len = int(),
            "client-query-buffer-limit" => self.client_query_buffer_limit = size(),
            "list-max-listpack-size" => self.list_max_listpack_size = int(),
            "list-compress-depth" => self.list_compress_depth = int(),
            "hash-max-listpack-entries" => self.hash_max_listpack_entries = size(),
            "hash-max-listpack-value" => self.hash_max_listpack_value = size(),
            "set-max-intset-entries" => self.set_max_intset_entries = size(),
            "zset-max-listpack-entries" => self.zset_max_listpack_entries = size(),
            "zset-max-listpack-value" => self.zset_max_listpack_value = size(),
            "stream-node-max-bytes" => self.stream_node_max_bytes = size(),
            "stream-node-max-entries" => self.stream_node_max_entries = size(),
            "client-output-buffer-limit" => {
                let _ = self.output_limits.apply(&[text.to_string()]);
            }
            "slowlog-log-slower-than" => self.slowlog_log_slower_than = int(),
            "slowlog-max-len" => self.slowlog_max_len = u64::try_from(int()).unwrap_or(0),
            "busy-reply-threshold" => self.busy_reply_threshold = u64::try_from(int()).unwrap_or(0),
            "latency-tracking" => self.latency_tracking = text == "yes",
            "latency-monitor-threshold" => {
                self.latency_monitor_threshold = u64::try_from(int()).unwrap_or(0)
            }
            "tracking-table-max-keys" => {
                self.tracking_table_max_keys = u64::try_from(int()).unwrap_or(0)
            }
            "notify-keyspace-events" => {
                self.notify_keyspace_events = directives::notify_flags(text).unwrap_or(0)
            }
            "maxmemory" => self.maxmemory = text.parse().unwrap_or(0),
            "maxmemory-policy" => {
                self.maxmemory_policy = crate::evict::Policy::from_name(text).unwrap_or_default()
            }
            "maxmemory-samples" => self.maxmemory_samples = size(),
            "maxmemory-eviction-tenacity" => {
                self.maxmemory_eviction_tenacity = u32::try_from(int()).unwrap_or(10)
            }
            "lfu-log-factor" => self.lfu_log_factor = u32::try_from(int()).unwrap_or(10),
            "lfu-decay-time" => self.lfu_decay_time = u32::try_from(int()).unwrap_or(1),
            name => {
                self.other.insert(name.to_string(), text.to_string());
            }
        }
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
        // The user lines CONFIG REWRITE writes load again, other users too; bad rules
        // and a user defined twice are refused.
        let hash = format!("#{}", "ab".repeat(32));
        for line in [
            "user default on nopass ~* &* +@all".to_string(),
            format!("user default on {hash} ~* &* +@all"),
        ] {
            assert!(Config::from_sources(Some(&line), &[]).is_ok(), "{line}");
        }
        let c = Config::from_sources(Some("user alice on >pw ~* +@all"), &[]).unwrap();
        assert_eq!(c.users, vec![args(&["alice", "on", ">pw", "~*", "+@all"])]);
        // redis-server 7.0.15's texts.
        let e = Config::from_sources(Some("user alice on bogus"), &[]).unwrap_err();
        assert!(
            e.ends_with("Error in user declaration 'alice': Syntax error"),
            "{e}"
        );
        let e = Config::from_sources(Some("user alice on +nosuch"), &[]).unwrap_err();
        assert!(
            e.ends_with(
                "Error loading ACL rule '+nosuch' for the user named 'alice': Unknown command \
                 or category name in ACL"
            ),
            "{e}"
        );
        assert!(Config::from_sources(Some("user a on\nuser a off"), &[]).is_err());
        // redis-server 7.0.15 takes `--save "3600 1 300 100"` as two save points.
        let c = Config::from_sources(None, &args(&["--save", "3600 1 300 100"])).unwrap();
        assert_eq!(
            directives::get_by_name(&c, "save").as_deref(),
            Some("3600 1 300 100")
        );
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
