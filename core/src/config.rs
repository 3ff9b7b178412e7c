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
    /// Seed of the core's PRNG and hash keys (not a Redis directive; `cinnabar-seed`).
    pub seed: u64,
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
            seed: 0,
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
            "cinnabar-seed" => self.seed = u64::try_from(int(one()?)?).map_err(|_| "bad seed")?,
            _ => return Err("Bad directive or wrong number of arguments".to_string()),
        }
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
