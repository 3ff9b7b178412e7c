//! RDB load speed, side by side with redis-server: the core's `Server::load_rdb` on the
//! file's bytes (best of 3, in process) against the time redis-server itself logs for
//! loading the same file ("DB loaded from disk: N seconds").
//!
//! `cargo bench -p cinnabar-core --bench rdb_load` makes the file with redis-server
//! (`DEBUG POPULATE` of `RDB_BENCH_KEYS` string keys, 1M by default, with 32-byte
//! values, plus 10000 each of small hashes, lists, sets and sorted sets) unless
//! `RDB_BENCH_FILE` names one. Every server it starts binds 127.0.0.1 on a free port
//! and is killed by PID.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cinnabar_core::{Config, Instant as CoreInstant, Now, Server};

struct Redis(Child);

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(7399)
}

/// Sends `args` and reads one reply line (enough for the replies used here).
fn call(conn: &mut BufReader<TcpStream>, args: &[&str]) -> String {
    let mut req = format!("*{}\r\n", args.len());
    for a in args {
        req.push_str(&format!("${}\r\n{a}\r\n", a.len()));
    }
    if conn.get_mut().write_all(req.as_bytes()).is_err() {
        return String::new();
    }
    let mut line = String::new();
    let _ = conn.read_line(&mut line);
    line
}

/// Starts redis-server on `dir/dump.rdb` and waits (bounded) for PING; the log goes to
/// `dir/redis.log`.
fn start(dir: &Path, extra: &[&str]) -> Option<(Redis, BufReader<TcpStream>)> {
    let port = free_port();
    let log = std::fs::File::create(dir.join("redis.log")).ok()?;
    let child = Command::new("redis-server")
        .args([
            "--bind",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--save",
            "",
        ])
        .args(["--appendonly", "no", "--dbfilename", "dump.rdb"])
        .arg("--dir")
        .arg(dir)
        .args(extra)
        .stdout(log)
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let redis = Redis(child);
    let deadline = Instant::now() + Duration::from_secs(600);
    while Instant::now() < deadline {
        if let Ok(s) = TcpStream::connect(("127.0.0.1", port)) {
            let mut c = BufReader::new(s);
            if call(&mut c, &["PING"]).starts_with("+PONG") {
                return Some((redis, c));
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    None
}

/// Makes the dataset with redis-server; returns the file's path.
fn make_file(dir: &Path, keys: u64) -> Option<PathBuf> {
    let (_redis, mut c) = start(dir, &["--enable-debug-command", "yes"])?;
    call(
        &mut c,
        &["DEBUG", "POPULATE", &keys.to_string(), "key", "32"],
    );
    // Small collections, pipelined.
    let mut req = Vec::new();
    for i in 0..10_000 {
        for cmd in [
            vec![
                "HSET".to_string(),
                format!("h:{i}"),
                "a".into(),
                "1".into(),
                "b".into(),
                "2".into(),
            ],
            vec![
                "RPUSH".into(),
                format!("l:{i}"),
                "x".into(),
                "y".into(),
                "z".into(),
            ],
            vec![
                "SADD".into(),
                format!("s:{i}"),
                "1".into(),
                "2".into(),
                "3".into(),
            ],
            vec![
                "ZADD".into(),
                format!("z:{i}"),
                "1".into(),
                "a".into(),
                "2".into(),
                "b".into(),
            ],
        ] {
            req.extend_from_slice(format!("*{}\r\n", cmd.len()).as_bytes());
            for a in &cmd {
                req.extend_from_slice(format!("${}\r\n{a}\r\n", a.len()).as_bytes());
            }
        }
    }
    c.get_mut().write_all(&req).ok()?;
    let mut line = String::new();
    for _ in 0..40_000 {
        line.clear();
        c.read_line(&mut line).ok()?;
    }
    call(&mut c, &["SAVE"]);
    Some(dir.join("dump.rdb"))
}

fn main() {
    let keys: u64 = std::env::var("RDB_BENCH_KEYS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let tmp = std::env::temp_dir().join(format!("cinnabar-rdb-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&tmp);
    let have_redis = Command::new("redis-server")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok();
    let file = match std::env::var_os("RDB_BENCH_FILE") {
        Some(p) => PathBuf::from(p),
        None if have_redis => match make_file(&tmp, keys) {
            Some(p) => p,
            None => {
                eprintln!("could not make the dataset with redis-server");
                return;
            }
        },
        None => {
            eprintln!("rdb_load: no redis-server and no RDB_BENCH_FILE; skipped");
            return;
        }
    };
    let Ok(bytes) = std::fs::read(&file) else {
        eprintln!("cannot read {}", file.display());
        return;
    };
    println!("file: {} ({} bytes)", file.display(), bytes.len());

    let mut best = f64::MAX;
    let mut loaded = 0;
    for _ in 0..3 {
        let now = Now::new(1_800_000_000_000_000, CoreInstant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let t = Instant::now();
        match server.load_rdb(now, &bytes) {
            Ok(r) => loaded = r.keys_loaded,
            Err(e) => {
                eprintln!("load failed: {e}");
                return;
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
        // Freeing the keyspace is not part of loading.
        std::mem::forget(server);
    }
    println!("cinnabar load_rdb: {best:.3} s for {loaded} keys (best of 3)");

    if have_redis {
        let dir = tmp.join("redis-load");
        let _ = std::fs::create_dir_all(&dir);
        let mut redis_best = f64::MAX;
        for _ in 0..3 {
            if std::fs::copy(&file, dir.join("dump.rdb")).is_err() {
                break;
            }
            let Some((_r, _c)) = start(&dir, &[]) else {
                break;
            };
            let mut log = String::new();
            if let Ok(mut f) = std::fs::File::open(dir.join("redis.log")) {
                let _ = f.read_to_string(&mut log);
            }
            if let Some(secs) = log
                .lines()
                .find_map(|l| l.split("DB loaded from disk: ").nth(1))
                .and_then(|s| s.trim_end_matches(" seconds").trim().parse::<f64>().ok())
            {
                redis_best = redis_best.min(secs);
            }
        }
        if redis_best < f64::MAX {
            println!("redis-server load: {redis_best:.3} s (its own log, best of 3)");
            println!("ratio redis/cinnabar: {:.2}x", redis_best / best);
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
