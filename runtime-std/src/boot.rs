//! Start-up plumbing shared by all three runtimes, in plain `std`: the command line in
//! redis-server's form, reading the config file, the seed, binding the listening
//! sockets, loading `dump.rdb`, the clocks and Redis-style log lines. The tokio and
//! async-std adapters use this module too, so that the three binaries start, log and
//! fail identically.
//!
//! Nothing here knows what a command is; the configuration itself is parsed by the core.

use std::hash::{BuildHasher, RandomState};
use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, ToSocketAddrs};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cinnabar_core::rdb::RdbError;
use cinnabar_core::util::log::{Level, log_line};
use cinnabar_core::{Config, Instant, Now, Server};
use socket2::{Domain, Protocol, Socket, Type};

/// `tcp-backlog`'s default in redis.conf.
const TCP_BACKLOG: i32 = 511;

/// The two clocks every `handle_*` call needs: the wall clock, and a monotonic clock
/// whose origin is the moment the process started.
#[derive(Copy, Clone, Debug)]
pub struct Clock {
    start: std::time::Instant,
}

impl Clock {
    /// A clock whose monotonic origin is now.
    pub fn new() -> Self {
        Clock {
            start: std::time::Instant::now(),
        }
    }

    /// The current time as the core takes it.
    pub fn now(&self) -> Now {
        let mono = u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        Now::new(unix_us(), Instant::from_nanos(mono))
    }

    /// The `std` instant a core deadline falls on.
    pub fn to_std(&self, at: Instant) -> std::time::Instant {
        self.start + Duration::from_nanos(at.as_nanos())
    }

    /// How long from `now` until `at` (zero if it has passed).
    pub fn until(&self, now: Now, at: Instant) -> Duration {
        Duration::from_nanos(at.nanos_since(now.mono))
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::new()
    }
}

/// Monotonic milliseconds of the last RSS reading (0: never), and its value.
static RSS_AT_MS: AtomicU64 = AtomicU64::new(0);
static RSS_BYTES: AtomicU64 = AtomicU64::new(0);

/// Tells the core how much memory the process holds: the bytes the global allocator
/// counts now ([`crate::allocator::allocated`]) and the resident set size, read from
/// `/proc/self/statm` at most every 100 ms. Runtimes call it before handing the core
/// each batch of input and each timeout.
pub fn report_memory(server: &mut Server, now: Now) {
    let ms = now.mono.as_nanos() / 1_000_000 + 1;
    let last = RSS_AT_MS.load(Ordering::Relaxed);
    if last == 0 || ms.saturating_sub(last) >= 100 {
        RSS_AT_MS.store(ms, Ordering::Relaxed);
        RSS_BYTES.store(read_rss().unwrap_or(0), Ordering::Relaxed);
    }
    let used = crate::allocator::allocated();
    let rss = RSS_BYTES.load(Ordering::Relaxed);
    server.handle_memory_report(now, used, if rss == 0 { used } else { rss });
}

/// The resident set size from `/proc/self/statm` (Linux), in bytes.
fn read_rss() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = text.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * u64::try_from(page).unwrap_or(4096))
}

/// Wall-clock microseconds since the Unix epoch (0 if the clock is before it).
fn unix_us() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
}

/// Prints one Redis-style log line on stdout (`pid:role dd Mon yyyy hh:mm:ss.mmm * msg`).
/// A closed stdout is ignored rather than fatal.
pub fn log(role: char, level: Level, msg: &str) {
    let line = log_line(std::process::id(), role, level, unix_us(), msg);
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// Logs a notice (`*`) as the master (`M`).
pub fn notice(msg: &str) {
    log('M', Level::Notice, msg);
}

/// Logs a warning (`#`) as the master (`M`).
pub fn warning(msg: &str) {
    log('M', Level::Warning, msg);
}

/// A server ready to run: the core, its listening sockets (blocking mode, already
/// listening) and the clock its start time was taken from.
pub struct Boot {
    /// The core, created with the loaded configuration.
    pub server: Server,
    /// One listener per bound address.
    pub listeners: Vec<TcpListener>,
    /// The process clock.
    pub clock: Clock,
}

/// What the command line asked for besides running.
enum Cli {
    /// Run with this configuration file text (if any) and these `--name value` args.
    Run {
        path: Option<String>,
        args: Vec<String>,
    },
    /// `-v` / `--version`.
    Version,
    /// `-h` / `--help`.
    Help,
}

fn parse_cli(args: &[String]) -> Cli {
    match args.first().map(String::as_str) {
        Some("-v" | "--version") => Cli::Version,
        Some("-h" | "--help") => Cli::Help,
        Some(first) if !first.starts_with("--") => Cli::Run {
            path: Some(first.to_string()),
            args: args[1..].to_vec(),
        },
        _ => Cli::Run {
            path: None,
            args: args.to_vec(),
        },
    }
}

/// Formats a configuration error the way redis-server prints it on stderr.
fn fatal_config_text(err: &str) -> String {
    let mut s = format!(
        "\n*** FATAL CONFIG FILE ERROR (Cinnabar {}) ***\n",
        env!("CARGO_PKG_VERSION")
    );
    // The core reports `'<line>': <reason>` or `line N: <reason>`.
    if let Some(rest) = err.strip_prefix('\'')
        && let Some(split) = rest.rfind("': ")
    {
        s.push_str("Reading the configuration file\n");
        s.push_str(&format!(
            ">>> '{}'\n{}\n",
            &rest[..split],
            &rest[split + 3..]
        ));
    } else if let Some(rest) = err.strip_prefix("line ")
        && let Some((n, reason)) = rest.split_once(": ")
    {
        s.push_str(&format!(
            "Reading the configuration file, at line {n}\n{reason}\n"
        ));
    } else {
        s.push_str(&format!("Reading the configuration file\n{err}\n"));
    }
    s
}

/// Reads the configuration from the command line (`[path/to/redis.conf] [--name value
/// ...]`, `-` for stdin), picks a seed when none is configured, binds the listeners
/// and creates the core, logging as redis-server does. `runtime` names the adapter in
/// the start-up banner. On failure the error has been printed and the exit code is
/// returned.
pub fn start(args: &[String], runtime: &str) -> Result<Boot, ExitCode> {
    let (path, args) = match parse_cli(args) {
        Cli::Version => {
            println!(
                "Cinnabar server v={} runtime={runtime} (Redis 7.0 compatible)",
                env!("CARGO_PKG_VERSION")
            );
            return Err(ExitCode::SUCCESS);
        }
        Cli::Help => {
            println!(
                "Usage: cinnabar [/path/to/redis.conf] [options] [-]\n       \
                 cinnabar - (read config from stdin)\n       \
                 cinnabar -v or --version\n       cinnabar -h or --help\n\n\
                 Examples:\n       cinnabar (run with the default config)\n       \
                 cinnabar /etc/redis/6379.conf\n       cinnabar --port 7777\n       \
                 cinnabar /etc/myredis.conf --loglevel verbose"
            );
            return Err(ExitCode::SUCCESS);
        }
        Cli::Run { path, args } => (path, args),
    };
    let clock = Clock::new();
    let text = match &path {
        None => None,
        Some(p) => match read_config_file(p) {
            Ok(t) => Some(t),
            Err(e) => {
                log(
                    'C',
                    Level::Warning,
                    &format!(
                        "Fatal error, can't open config file '{p}': {}",
                        os_error_text(&e)
                    ),
                );
                return Err(ExitCode::FAILURE);
            }
        },
    };
    let mut config = match Config::from_sources(text.as_deref(), &args) {
        Ok(c) => c,
        Err(e) => {
            let _ = io::stderr().write_all(fatal_config_text(&e).as_bytes());
            return Err(ExitCode::FAILURE);
        }
    };
    // CONFIG REWRITE's target and INFO's config_file: the absolute path, as Redis
    // resolves it at start-up (none when the config came from stdin).
    if let (Some(p), Some(text)) = (&path, &text)
        && p != "-"
    {
        config.config_file = Some(cinnabar_core::config::ConfigFile {
            path: std::path::absolute(p)
                .map(|a| a.display().to_string())
                .unwrap_or_else(|_| p.clone()),
            text: text.clone(),
        });
    }
    // Redis changes into `dir` while reading the configuration, so a missing one is a
    // fatal configuration error, and CONFIG GET dir shows the absolute path. We keep
    // the process's working directory and make `dir` absolute instead.
    match std::fs::canonicalize(&config.dir).and_then(|d| {
        if d.is_dir() {
            Ok(d)
        } else {
            Err(io::Error::from_raw_os_error(libc::ENOTDIR))
        }
    }) {
        Ok(d) => config.dir = d.display().to_string(),
        Err(e) => {
            let line = format!("'dir \"{}\"': {}", config.dir, os_error_text(&e));
            let _ = io::stderr().write_all(fatal_config_text(&line).as_bytes());
            return Err(ExitCode::FAILURE);
        }
    }
    // INFO server's process_id and executable.
    config.process = cinnabar_core::config::ProcessInfo {
        pid: std::process::id(),
        executable: std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    };
    // Like redis-server, the banner comes once the configuration parsed.
    log(
        'C',
        Level::Warning,
        "oO0OoO0OoO0Oo Cinnabar is starting oO0OoO0OoO0Oo",
    );
    log(
        'C',
        Level::Warning,
        &format!(
            "Cinnabar version={}, bits={}, runtime={runtime}, pid={}, just started",
            env!("CARGO_PKG_VERSION"),
            usize::BITS,
            std::process::id()
        ),
    );
    if path.is_none() && args.is_empty() {
        log(
            'C',
            Level::Warning,
            "Warning: no config file specified, using the default config. In order to \
             specify a config file use cinnabar /path/to/redis.conf",
        );
    } else {
        log('C', Level::Warning, "Configuration loaded");
    }
    if config.seed == 0 {
        config.seed = os_seed();
    }
    let listeners = bind_all(&config)?;
    notice(&format!("Running mode=standalone, port={}.", config.port));
    let mut server = Server::new(config, clock.now());
    // Command durations (SLOWLOG, commandstats, LATENCY).
    server.set_clock(crate::command_clock::command_clock(clock.start));
    warning("Server initialized");
    load_acl(&mut server)?;
    let aof = cinnabar_core::directives::get_by_name(server.config(), "appendonly");
    if aof.as_deref() == Some("yes") {
        // The AOF wins over dump.rdb, as in Redis: the RDB file is not read.
        load_aof(&mut server, &clock)?;
    } else {
        load_dump(&mut server, &clock)?;
        // The manifest is read anyway (as Redis does): CONFIG SET appendonly yes
        // continues its numbering and retires its files.
        let (manifest, _) = read_manifest(&server)?;
        server.aof_open_on_start(clock.now(), manifest);
    }
    Ok(Boot {
        server,
        listeners,
        clock,
    })
}

/// Loads the `aclfile` (relative to `dir`), if one is configured, before any client
/// is accepted; an unreadable or invalid file ends the process, as in redis-server.
fn load_acl(server: &mut Server) -> Result<(), ExitCode> {
    let config = server.config();
    let name = cinnabar_core::directives::get_by_name(config, "aclfile").unwrap_or_default();
    if name.is_empty() {
        return Ok(());
    }
    let read =
        std::fs::read(std::path::Path::new(&config.dir).join(&name)).map_err(|e| os_error_text(&e));
    server.load_acl_file(read).map_err(|e| {
        warning(&e);
        ExitCode::FAILURE
    })
}

/// Loads `dir/dbfilename` into the core if it exists, before any client is accepted,
/// logging as redis-server does (the core's lines, then `DB loaded from disk`). A missing
/// file is an empty start. A file that cannot be read, or that the core refuses, has been
/// logged and ends the process with a failure, without the file being touched.
fn load_dump(server: &mut Server, clock: &Clock) -> Result<(), ExitCode> {
    let config = server.config();
    let path = std::path::Path::new(&config.dir).join(&config.dbfilename);
    let started = std::time::Instant::now();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            warning(&format!(
                "Fatal error loading the DB: {}. Exiting.",
                os_error_text(&e)
            ));
            return Err(ExitCode::FAILURE);
        }
    };
    let loaded = server.load_rdb(clock.now(), &bytes);
    drop(bytes);
    // Before any client there is nothing else the core can ask for.
    while let Some(out) = server.poll_output() {
        if let cinnabar_core::Output::Log { level, text } = out {
            log('M', level, &text);
        }
    }
    match loaded {
        Ok(report) => {
            notice(&format!(
                "DB loaded from disk: {:.3} seconds",
                started.elapsed().as_secs_f64()
            ));
            // The replication id and offset the file holds (a partial resync next).
            server.restore_replication(&report);
            while let Some(out) = server.poll_output() {
                if let cinnabar_core::Output::Log { level, text } = out {
                    log(server.log_role(), level, &text);
                }
            }
            Ok(())
        }
        Err(e) => {
            for line in load_error_lines(&e) {
                warning(&line);
            }
            Err(ExitCode::FAILURE)
        }
    }
}

/// Loads the append-only file (`appendonly yes`): reads the manifest in
/// `dir/appenddirname` and the files it names, hands them to the core, cuts a torn last
/// file as the core reports, then opens the AOF for appending (the core's disk work
/// runs here, before any client). Every failure has been logged as Redis logs it and
/// ends the process with status 1.
fn load_aof(server: &mut Server, clock: &Clock) -> Result<(), ExitCode> {
    use cinnabar_core::aof::load::Loaded;
    let started = std::time::Instant::now();
    let (mut manifest, dir) = read_manifest(server)?;
    upgrade_old_aof(server, &dir, &mut manifest)?;
    let mut files = Vec::new();
    for f in manifest.base.iter().chain(&manifest.incr) {
        match std::fs::read(dir.join(&f.name)) {
            Ok(b) => files.push(b),
            Err(e) => {
                warning(&format!(
                    "Unable to obtain the AOF file {} length. stat: {}",
                    f.name,
                    os_error_text(&e)
                ));
                return Err(ExitCode::FAILURE);
            }
        }
    }
    let mut secs = || started.elapsed().as_secs_f64();
    let loaded = server.load_aof(clock.now(), &manifest, &files, &mut secs);
    drop(files);
    // Replayed commands may have asked for disk work (FLUSHALL's save): done here.
    run_startup_outputs(server, clock);
    match loaded {
        Err(_) => return Err(ExitCode::FAILURE),
        Ok(Loaded::NotExist) => {}
        Ok(Loaded::Empty) => loaded_line(started),
        Ok(Loaded::Ok { truncate }) => {
            if let Some((name, len)) = truncate {
                let cut = std::fs::OpenOptions::new()
                    .write(true)
                    .open(dir.join(&name))
                    .and_then(|f| f.set_len(len));
                if let Err(e) = cut {
                    warning(&format!(
                        "Error truncating the AOF file {name}: {}",
                        os_error_text(&e)
                    ));
                    return Err(ExitCode::FAILURE);
                }
            }
            loaded_line(started);
        }
    }
    server.aof_open_on_start(clock.now(), manifest);
    run_startup_outputs(server, clock);
    if server.aof_start_failed() {
        return Err(ExitCode::FAILURE);
    }
    Ok(())
}

/// The AOF manifest in `dir/appenddirname` (empty when there is none) and that
/// directory. A manifest that cannot be read or parsed has been logged as Redis logs
/// it, and ends the process with status 1.
fn read_manifest(
    server: &Server,
) -> Result<(cinnabar_core::aof::manifest::Manifest, std::path::PathBuf), ExitCode> {
    use cinnabar_core::aof::manifest::Manifest;
    let config = server.config();
    let get = |name: &str| cinnabar_core::directives::get_by_name(config, name).unwrap_or_default();
    let dir = std::path::Path::new(&config.dir).join(get("appenddirname"));
    let manifest_path = dir.join(format!("{}.manifest", get("appendfilename")));
    if !(dir.is_dir() && manifest_path.exists()) {
        return Ok((Manifest::default(), dir));
    }
    let bytes = match std::fs::read(&manifest_path) {
        Ok(b) => b,
        Err(e) => {
            warning(&format!(
                "Fatal error: can't open the AOF manifest file {} for reading: {}",
                manifest_path.display(),
                os_error_text(&e)
            ));
            return Err(ExitCode::FAILURE);
        }
    };
    match Manifest::parse(&bytes) {
        Ok(m) => Ok((m, dir)),
        Err(e) => {
            for line in e.log_lines() {
                warning(&line);
            }
            Err(ExitCode::FAILURE)
        }
    }
}

/// An old-style single-file AOF (`dir/appendfilename`, Redis before 7.0) is moved into
/// `appenddirname` as the base of a new manifest, as Redis 7.0's `aofUpgradePrepare`
/// does (also after a crash between its steps). Failures are logged and fatal.
fn upgrade_old_aof(
    server: &Server,
    aofdir: &std::path::Path,
    manifest: &mut cinnabar_core::aof::manifest::Manifest,
) -> Result<(), ExitCode> {
    use cinnabar_core::aof::manifest::{BASE, FileInfo, Manifest};
    let config = server.config();
    let get = |name: &str| cinnabar_core::directives::get_by_name(config, name).unwrap_or_default();
    let (filename, dirname) = (get("appendfilename"), get("appenddirname"));
    let old = std::path::Path::new(&config.dir).join(&filename);
    if !old.is_file() {
        return Ok(());
    }
    let empty = manifest.base.is_none() && manifest.incr.is_empty();
    let interrupted = manifest.incr.is_empty()
        && manifest
            .base
            .as_ref()
            .is_some_and(|b| b.name == filename && !aofdir.join(&b.name).exists());
    if aofdir.is_dir() && !empty && !interrupted {
        return Ok(());
    }
    let fail = |what: String| {
        warning(&what);
        ExitCode::FAILURE
    };
    std::fs::create_dir_all(aofdir).map_err(|e| {
        fail(format!(
            "Can't open or create append-only dir {dirname}: {}",
            os_error_text(&e)
        ))
    })?;
    let upgraded = Manifest {
        base: Some(FileInfo {
            name: filename.clone(),
            seq: 1,
            kind: BASE,
        }),
        base_seq: 1,
        ..Manifest::default()
    };
    let temp = aofdir.join(format!("temp-{filename}.manifest"));
    let target = aofdir.join(format!("{filename}.manifest"));
    std::fs::write(&temp, upgraded.to_text())
        .and_then(|()| std::fs::rename(&temp, &target))
        .map_err(|e| {
            fail(format!(
                "Can't open the AOF manifest file temp-{filename}.manifest: {}",
                os_error_text(&e)
            ))
        })?;
    std::fs::rename(&old, aofdir.join(&filename)).map_err(|e| {
        fail(format!(
            "Error trying to move the old AOF file {filename} into dir {dirname}: {}",
            os_error_text(&e)
        ))
    })?;
    notice(&format!(
        "Successfully migrated an old-style AOF file ({filename}) into the AOF directory ({dirname})."
    ));
    *manifest = upgraded;
    Ok(())
}

/// `DB loaded from append only file: ... seconds`.
fn loaded_line(started: std::time::Instant) {
    notice(&format!(
        "DB loaded from append only file: {:.3} seconds",
        started.elapsed().as_secs_f64()
    ));
}

/// Carries out what the core asks for before any client: log lines, and disk work
/// done at once on this thread, each completion reported before the next.
fn run_startup_outputs(server: &mut Server, clock: &Clock) {
    while let Some(out) = server.poll_output() {
        match out {
            cinnabar_core::Output::Log { level, text } => log('M', level, &text),
            cinnabar_core::Output::Disk(op) => {
                let dir = server.config().dir.clone();
                crate::disk::run_now(&dir, op).deliver(server, clock.now());
            }
            _ => {}
        }
    }
}

/// What redis-server 7.0.15 logs when it refuses `dump.rdb` at start-up, before it
/// exits with status 1: a bad signature or version (`rdbLoad` fails with EINVAL) ends
/// with `Fatal error loading the DB: Invalid argument. Exiting.`; corrupt or truncated
/// contents (`rdbReportCorruptRDB`) end with `Internal error in RDB reading offset 0,
/// function at <where> -> <reason>`, after Redis's own line for a short read or a bad
/// checksum. Redis names its C source line as `<where>`; we name the loader.
pub fn load_error_lines(e: &RdbError) -> Vec<String> {
    let mut lines = Vec::new();
    let reason = match e {
        RdbError::BadHeader(_) => {
            lines.push(e.to_string());
            lines.push("Fatal error loading the DB: Invalid argument. Exiting.".to_string());
            return lines;
        }
        RdbError::Truncated => {
            lines.push(e.to_string());
            "Unexpected EOF reading RDB file".to_string()
        }
        RdbError::BadChecksum { .. } => {
            lines.push(e.to_string());
            "RDB CRC error".to_string()
        }
        RdbError::UnknownType(_) | RdbError::Module(_) | RdbError::Corrupt(_) => e.to_string(),
    };
    lines.push(format!(
        "Internal error in RDB reading offset 0, function at rdb/load.rs -> {reason}"
    ));
    lines
}

/// Logs the line tools wait for before they connect (Redis 7.0.15's words; 7.2 adds
/// ` tcp`).
pub fn ready() {
    notice("Ready to accept connections");
}

/// Logs the last line before a clean exit.
pub fn bye() {
    warning("Cinnabar is now ready to exit, bye bye...");
}

/// An I/O error as C's `strerror` words it (without Rust's ` (os error N)` suffix).
pub fn os_error_text(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn read_config_file(path: &str) -> io::Result<String> {
    if path == "-" {
        let mut s = String::new();
        io::stdin().read_to_string(&mut s)?;
        Ok(s)
    } else {
        std::fs::read_to_string(path)
    }
}

/// A nonzero seed from the OS (std's per-process random hash keys), the time and the pid.
fn os_seed() -> u64 {
    let seed = RandomState::new().hash_one((unix_us(), std::process::id()));
    seed.max(1)
}

/// One `bind` entry resolved: addresses to listen on and whether failure is fatal.
fn resolve(entry: &str, port: u16) -> (Vec<SocketAddr>, bool, String) {
    let (optional, addr) = match entry.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, entry),
    };
    let addrs = match addr {
        "*" => vec![SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), port)],
        "::*" => vec![SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port)],
        _ => match addr.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => (addr, port)
                .to_socket_addrs()
                .map(|a| a.collect())
                .unwrap_or_default(),
        },
    };
    (addrs, optional, addr.to_string())
}

/// Binds and listens on every `bind` address at `port`. Entries prefixed with `-` are
/// optional: failing to bind them is ignored.
fn bind_all(config: &Config) -> Result<Vec<TcpListener>, ExitCode> {
    let port = config.port;
    if port == 0 {
        warning("Configured to not listen anywhere, exiting.");
        return Err(ExitCode::FAILURE);
    }
    listen_all(&config.bind, port).map_err(|_| {
        warning(&format!("Failed listening on port {port} (tcp), aborting."));
        ExitCode::FAILURE
    })
}

/// What a runtime that cannot move its listeners answers to
/// [`cinnabar_core::Output::Listen`].
pub const CANNOT_RELISTEN: &str =
    "This runtime cannot listen on new addresses while it runs (CONFIG SET port/bind)";

/// Listening sockets on every `bind` address at `port` (entries prefixed with `-` are
/// optional), or the error of the first one that fails, logged as Redis logs it.
pub fn listen_all(bind: &[String], port: u16) -> Result<Vec<TcpListener>, String> {
    let mut listeners = Vec::new();
    for entry in bind {
        let (addrs, optional, name) = resolve(entry, port);
        let mut result = Err(io::Error::new(
            io::ErrorKind::AddrNotAvailable,
            "Name or service not known",
        ));
        for addr in addrs {
            result = listen_on(addr);
            if result.is_ok() {
                break;
            }
        }
        match result {
            Ok(l) => listeners.push(l),
            Err(_) if optional => {}
            Err(e) => {
                let text = os_error_text(&e);
                warning(&format!(
                    "Warning: Could not create server TCP listening socket {name}:{port}: bind: {text}"
                ));
                return Err(text);
            }
        }
    }
    if listeners.is_empty() {
        return Err("no address to listen on".into());
    }
    Ok(listeners)
}

/// Carries out the core's [`cinnabar_core::Output::Listen`] where the old listeners
/// are closed first (`close_old`): the new ones are opened, and if they cannot be,
/// the old addresses (`old_bind`, `old_port`) are opened again, as Redis's
/// `changeBindAddr` does. Returns the listeners now open and the result for the core.
pub fn relisten(
    bind: &[String],
    port: u16,
    old_bind: &[String],
    old_port: u16,
) -> (Vec<TcpListener>, Result<(), String>) {
    match listen_all(bind, port) {
        Ok(listeners) => (listeners, Ok(())),
        Err(e) => {
            warning("Failed to bind, trying to restore old listening sockets.");
            match listen_all(old_bind, old_port) {
                Ok(listeners) => (listeners, Err(e)),
                Err(again) => {
                    warning(&format!("Failed to restore old listening sockets: {again}"));
                    (Vec::new(), Err(e))
                }
            }
        }
    }
}

/// A listening socket on `addr`, IPv6 sockets being IPv6-only (so `*` and `::*` can
/// share a port), with `SO_REUSEADDR` as Redis sets it.
fn listen_on(addr: SocketAddr) -> io::Result<TcpListener> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(TCP_BACKLOG)?;
    Ok(socket.into())
}

/// Runs `on_signal` on a dedicated thread each time SIGINT or SIGTERM arrives, with the
/// signal's name. Used by the std and async-std runtimes (tokio has its own).
pub fn on_shutdown_signals(
    mut on_signal: impl FnMut(&'static str) + Send + 'static,
) -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                on_signal(if sig == SIGINT { "SIGINT" } else { "SIGTERM" });
            }
        })?;
    Ok(())
}

/// Logs a shutdown signal as redis-server 7.0.15 does from its signal handler: no
/// level mark or date, `<pid>:signal-handler (<unix seconds>) Received SIGTERM
/// scheduling shutdown...`.
pub fn log_signal(name: &str) {
    let line = signal_line(std::process::id(), unix_us().div_euclid(1_000_000), name);
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// The line [`log_signal`] prints.
fn signal_line(pid: u32, unix_secs: i64, name: &str) -> String {
    format!("{pid}:signal-handler ({unix_secs}) Received {name} scheduling shutdown...")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn command_line_forms() {
        assert!(matches!(
            parse_cli(&s(&["/etc/redis.conf", "--port", "7"])),
            Cli::Run { path: Some(p), args } if p == "/etc/redis.conf" && args == s(&["--port", "7"])
        ));
        assert!(matches!(
            parse_cli(&s(&["--port", "7"])),
            Cli::Run { path: None, args } if args.len() == 2
        ));
        assert!(matches!(parse_cli(&s(&["-"])), Cli::Run { path: Some(p), .. } if p == "-"));
        assert!(matches!(parse_cli(&s(&["-v"])), Cli::Version));
        assert!(matches!(parse_cli(&s(&["--help"])), Cli::Help));
    }

    #[test]
    fn fatal_text_like_redis() {
        // redis-server 7.0.15 prints, for `port 99999`:
        // *** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***
        // Reading the configuration file, at line 1
        // >>> 'port 99999'
        // argument must be between 0 and 65535 inclusive
        let text =
            fatal_config_text("'port 99999': argument must be between 0 and 65535 inclusive");
        assert!(text.starts_with("\n*** FATAL CONFIG FILE ERROR ("));
        assert!(
            text.ends_with(">>> 'port 99999'\nargument must be between 0 and 65535 inclusive\n")
        );
    }

    #[test]
    fn bind_entries() {
        let (a, opt, _) = resolve("*", 7000);
        assert_eq!(a, vec!["0.0.0.0:7000".parse().unwrap()]);
        assert!(!opt);
        let (a, opt, _) = resolve("-::*", 7000);
        assert_eq!(a, vec!["[::]:7000".parse().unwrap()]);
        assert!(opt);
        let (a, _, _) = resolve("127.0.0.1", 7000);
        assert_eq!(a, vec!["127.0.0.1:7000".parse().unwrap()]);
    }

    #[test]
    fn signal_line_like_redis() {
        // redis-server 7.0.15, SIGTERM:
        // 11772:signal-handler (1796665346) Received SIGTERM scheduling shutdown...
        assert_eq!(
            signal_line(11772, 1_796_665_346, "SIGTERM"),
            "11772:signal-handler (1796665346) Received SIGTERM scheduling shutdown..."
        );
    }

    #[test]
    fn clock_is_monotonic_and_maps_back() {
        let c = Clock::new();
        let a = c.now();
        let b = c.now();
        assert!(b.mono >= a.mono);
        assert!(a.unix_us > 1_600_000_000_000_000);
        assert_eq!(c.to_std(Instant::from_nanos(0)), c.start);
        assert_eq!(c.until(b, a.mono), Duration::ZERO);
    }
}
