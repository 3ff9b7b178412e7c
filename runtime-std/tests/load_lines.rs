//! The log lines of a start-up load, for one small hand-built RDB file: what
//! redis-server 7.0.15 logs for it (checked against the real server when installed),
//! and what `Server::load_rdb` emits as `Output::Log` for the same bytes.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cinnabar_core::util::log::Level;
use cinnabar_core::{Config, Now, Output, Server};

/// `ctime` of the file: a fixed instant, so the age is exact in process.
const CTIME: i64 = 1_796_000_000;

/// An RDB 10 file: AUX redis-ver/redis-bits/ctime/used-mem, database 0 with one live
/// string key and one whose expiry (1970) has passed, EOF and a CRC-64.
fn file(ctime: i64) -> Vec<u8> {
    fn string(out: &mut Vec<u8>, s: &[u8]) {
        // Every string here is under 64 bytes: a 6-bit length.
        out.push(s.len() as u8);
        out.extend_from_slice(s);
    }
    let mut f = b"REDIS0010".to_vec();
    for (k, v) in [
        (&b"redis-ver"[..], b"7.0.15".to_vec()),
        (b"redis-bits", b"64".to_vec()),
        (b"ctime", ctime.to_string().into_bytes()),
        (b"used-mem", b"1572864".to_vec()),
    ] {
        f.push(0xfa);
        string(&mut f, k);
        string(&mut f, &v);
    }
    f.extend_from_slice(&[0xfe, 0x00, 0xfb, 0x02, 0x01]);
    f.push(0x00);
    string(&mut f, b"alive");
    string(&mut f, b"yes");
    f.push(0xfc);
    f.extend_from_slice(&1000u64.to_le_bytes());
    f.push(0x00);
    string(&mut f, b"gone");
    string(&mut f, b"since 1970");
    f.push(0xff);
    let crc = crc64_redis(&f);
    f.extend_from_slice(&crc.to_le_bytes());
    f
}

/// CRC-64/Jones as Redis computes it, bit by bit.
fn crc64_redis(bytes: &[u8]) -> u64 {
    const POLY_REFLECTED: u64 = 0x95ac_9329_ac4b_c9b5;
    let mut crc = 0u64;
    for &b in bytes {
        crc ^= u64::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ POLY_REFLECTED
            } else {
                crc >> 1
            };
        }
    }
    crc
}

/// The lines, without the age (which depends on the clock for redis-server).
const LINES: [&str; 3] = [
    "Loading RDB produced by version 7.0.15",
    "RDB memory usage when created 1.50 Mb",
    "Done loading RDB, keys loaded: 1, keys expired: 1.",
];

#[test]
fn redis_logs_these_lines() {
    let redis = std::env::var("REDIS_SERVER").unwrap_or_else(|_| "/usr/bin/redis-server".into());
    if !std::path::Path::new(&redis).exists() {
        eprintln!("no {redis}: the expected lines are not checked against Redis");
        return;
    }
    assert_eq!(crc64_redis(b"123456789"), 0xe9c6_d914_c4b8_d9ca);
    let dir = std::env::temp_dir().join(format!("cinnabar-load-lines-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    std::fs::write(dir.join("dump.rdb"), file(now - 100)).expect("write");
    let log_path = dir.join("redis.log");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let mut child = Command::new(&redis)
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
        ])
        .arg("--dir")
        .arg(&dir)
        .arg("--logfile")
        .arg(&log_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn redis-server");
    let deadline = Instant::now() + Duration::from_secs(10);
    let log = loop {
        let mut text = String::new();
        if let Ok(mut f) = std::fs::File::open(&log_path) {
            let _ = f.read_to_string(&mut text);
        }
        if text.contains("DB loaded from disk") || Instant::now() > deadline {
            break text;
        }
        if let Ok(Some(_)) = child.try_wait() {
            break text;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    for line in LINES {
        assert!(log.contains(&format!("* {line}")), "no {line:?} in:\n{log}");
    }
    assert!(
        log.contains("* RDB age 100 seconds") || log.contains("* RDB age 101 seconds"),
        "{log}"
    );
    assert!(log.contains("* DB loaded from disk: "), "{log}");
}

#[test]
fn load_rdb_logs_redis_lines() {
    let config = Config::from_sources(None, &[]).expect("default config");
    let now = Now::new(
        (CTIME + 100) * 1_000_000,
        cinnabar_core::Instant::from_nanos(0),
    );
    let mut server = Server::new(config, now);
    let report = server.load_rdb(now, &file(CTIME)).expect("load");
    assert_eq!((report.keys_loaded, report.keys_expired), (1, 1));
    let mut logged = Vec::new();
    while let Some(out) = server.poll_output() {
        if let Output::Log { level, text } = out {
            assert_eq!(level, Level::Notice, "{text}");
            logged.push(text);
        }
    }
    assert_eq!(
        logged,
        [LINES[0], "RDB age 100 seconds", LINES[1], LINES[2]]
    );
}

#[test]
fn refused_files_log_redis_lines() {
    let config = Config::from_sources(None, &[]).expect("default config");
    let now = Now::new(
        (CTIME + 100) * 1_000_000,
        cinnabar_core::Instant::from_nanos(0),
    );
    let mut server = Server::new(config, now);
    let mut bytes = file(CTIME);
    bytes.truncate(40);
    let e = server.load_rdb(now, &bytes).expect_err("a truncated file");
    // Nothing from the core (DEBUG RELOAD uses load_rdb too, and does not exit).
    assert_eq!(server.poll_output(), None);
    // redis-server 7.0.15 for a file cut inside its AUX fields (see the suite's
    // corrupt_dump_refused_like_redis, run against it in tests/reference.rs).
    let logged = cinnabar_std::boot::load_error_lines(&e);
    assert_eq!(logged.len(), 2, "{logged:?}");
    assert_eq!(
        logged[0],
        "Short read or OOM loading DB. Unrecoverable error, aborting now."
    );
    assert!(
        logged[1].starts_with("Internal error in RDB reading offset 0, function at ")
            && logged[1].ends_with(" -> Unexpected EOF reading RDB file"),
        "{logged:?}"
    );
}
