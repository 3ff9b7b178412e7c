//! End-to-end checks of the append-only file, shared by the three runtime binaries:
//! directories written by redis-server 7.0.15 load into ours and back (checked by
//! `redis-check-aof` too), BGREWRITEAOF keeps every key, and with `appendfsync always`
//! a SIGKILL never loses an acknowledged write.

use super::*;

type Keyspace = std::collections::BTreeMap<(u8, Vec<u8>), String>;

/// Asserts two keyspaces are equal, naming only the keys that differ (shortened).
fn assert_same(want: &Keyspace, got: &Keyspace, what: &str) {
    let short = |v: Option<&String>| v.map(|s| s.chars().take(160).collect::<String>());
    let diff: Vec<String> = want
        .keys()
        .chain(got.keys())
        .filter(|k| want.get(*k) != got.get(*k))
        .take(5)
        .map(|k| {
            format!(
                "db {} key {:?}: want {:?} got {:?}",
                k.0,
                String::from_utf8_lossy(&k.1),
                short(want.get(k)),
                short(got.get(k))
            )
        })
        .collect();
    assert!(diff.is_empty(), "{what}: {diff:#?}");
}

/// Waits (bounded) until the server says `loading:0`: redis-server answers INFO, but
/// not KEYS, while it still loads.
fn loaded(server: &Server) -> redis::Connection {
    let mut con = server.client();
    let deadline = Instant::now() + Duration::from_secs(30);
    while info_u64(&mut con, "persistence", "loading") != 0 {
        assert!(Instant::now() < deadline, "still loading");
        thread::sleep(Duration::from_millis(20));
    }
    con
}

/// `bin` started with the AOF on in `dir`, its log appended to `dir/<tag>.log`.
fn start_aof(bin: &str, dir: &str, tag: &str, extra: &[&str]) -> Server {
    let mut args = vec!["--dir", dir, "--save", "", "--appendonly", "yes"];
    args.extend_from_slice(extra);
    let log = Path::new(dir).join(format!("{tag}.log"));
    Server::start_logged(bin, None, &args, Some(&log))
}

/// The `aof_rewrite_in_progress` and `aof_rewrite_scheduled` fields are both 0.
fn wait_rewrite_done(con: &mut redis::Connection) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while info_u64(con, "persistence", "aof_rewrite_in_progress") != 0
        || info_u64(con, "persistence", "aof_rewrite_scheduled") != 0
    {
        assert!(Instant::now() < deadline, "the AOF rewrite never ended");
        thread::sleep(Duration::from_millis(20));
    }
}

/// redis-check-aof on `dir`'s manifest, if installed: it must accept the files.
fn check_aof(dir: &Path) {
    let Some(redis) = redis_server() else { return };
    let check = redis.replace("redis-server", "redis-check-aof");
    if !Path::new(&check).exists() {
        return;
    }
    let manifest = dir.join("appendonlydir/appendonly.aof.manifest");
    let (status, out) = run_to_exit(
        &check,
        &[&manifest.to_string_lossy()],
        dir,
        Duration::from_secs(60),
    );
    assert!(
        status.success() && out.contains("All AOF files and manifest are valid"),
        "{out}"
    );
}

/// redis-server 7.0.15 writes an appendonlydir (with the RDB preamble and without,
/// after a rewrite and with writes after it), is killed, and our binary started on
/// the directory has the same keyspace. Without redis-server nothing is compared.
pub fn loads_redis_aof(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("loads_redis_aof: no redis-server, nothing compared");
        return;
    };
    for preamble in ["yes", "no"] {
        let dir = scratch_dir("aof-from-redis", bin);
        let d = dir.to_string_lossy().into_owned();
        // `always`: under `everysec` Redis may postpone a write while a background
        // fsync runs (after the rewrite) and still reply, so a kill could lose it.
        let mut reference = start_aof(
            &redis,
            &d,
            "redis",
            &[
                "--aof-use-rdb-preamble",
                preamble,
                "--appendfsync",
                "always",
            ],
        );
        let mut con = loaded(&reference);
        fill_every_type(&mut con);
        fill_streams(&mut con);
        let started: String = redis::cmd("BGREWRITEAOF")
            .query(&mut con)
            .expect("BGREWRITEAOF");
        assert!(started.starts_with("Background append only file rewriting"));
        wait_rewrite_done(&mut con);
        // Writes after the rewrite, a transaction among them.
        ok(&mut con, &[b"SET", b"after", b"rewrite"]);
        let _: redis::Value = redis::pipe()
            .atomic()
            .cmd("INCR")
            .arg("counter")
            .cmd("RPUSH")
            .arg("list-after")
            .arg("a")
            .query(&mut con)
            .expect("MULTI/EXEC");
        let before = keyspace(&mut con);
        reference.kill();
        let ours = start_aof(bin, &d, "ours", &[]);
        assert_same(
            &before,
            &keyspace(&mut ours.client()),
            &format!("preamble {preamble}"),
        );
        let log = std::fs::read_to_string(dir.join("ours.log")).expect("log");
        assert!(log.contains("DB loaded from append only file"), "{log}");
        drop(ours);
    }
}

/// Our binary writes an appendonlydir (a base written at start, a rewrite, writes
/// after it), with the RDB preamble and without (a base of commands, `.base.aof`);
/// `redis-check-aof` accepts it and redis-server 7.0.15 started on it has the same
/// keyspace and functions; so does our binary started again.
pub fn redis_loads_our_aof(bin: &str) {
    for preamble in ["yes", "no"] {
        redis_loads_our_aof_with(bin, preamble);
    }
}

fn redis_loads_our_aof_with(bin: &str, preamble: &str) {
    let dir = scratch_dir(&format!("aof-to-redis-{preamble}"), bin);
    let d = dir.to_string_lossy().into_owned();
    let opts = ["--aof-use-rdb-preamble", preamble];
    let mut ours = start_aof(bin, &d, "ours", &opts);
    let mut con = ours.client();
    ok(&mut con, &[b"SET", b"before", b"rewrite"]);
    let lib = "#!lua name=aoflib\nredis.register_function('aof_f', function() return 7 end)";
    let _: String = redis::cmd("FUNCTION")
        .arg("LOAD")
        .arg(lib)
        .query(&mut con)
        .expect("FUNCTION LOAD");
    fill_streams(&mut con);
    let started: String = redis::cmd("BGREWRITEAOF")
        .query(&mut con)
        .expect("BGREWRITEAOF");
    assert_eq!(started, "Background append only file rewriting started");
    fill_every_type(&mut con);
    wait_rewrite_done(&mut con);
    ok(&mut con, &[b"SET", b"after", b"rewrite"]);
    // Relative expiries go to the file as absolute times: they compare exactly.
    ok(&mut con, &[b"SET", b"rel", b"v", b"EX", b"3600"]);
    let _: i64 = redis::cmd("EXPIRE")
        .arg("after")
        .arg(7200)
        .query(&mut con)
        .expect("EXPIRE");
    // A second rewrite with everything in the base.
    let _: String = redis::cmd("BGREWRITEAOF")
        .query(&mut con)
        .expect("BGREWRITEAOF");
    wait_rewrite_done(&mut con);
    ok(&mut con, &[b"SET", b"after", b"second"]);
    let before = keyspace(&mut con);
    ours.kill();
    let suffix = if preamble == "yes" { "rdb" } else { "aof" };
    let manifest = std::fs::read_to_string(dir.join("appendonlydir/appendonly.aof.manifest"))
        .expect("manifest");
    assert_eq!(
        manifest,
        format!(
            "file appendonly.aof.3.base.{suffix} seq 3 type b\nfile appendonly.aof.3.incr.aof seq 3 type i\n"
        )
    );
    let base = std::fs::read(dir.join(format!("appendonlydir/appendonly.aof.3.base.{suffix}")))
        .expect("base");
    if preamble == "no" {
        assert!(base.starts_with(b"*3\r\n$8\r\nFUNCTION\r\n$4\r\nLOAD\r\n"));
    } else {
        assert!(base.starts_with(b"REDIS0010"));
    }
    assert!(
        !dir.join(format!("appendonlydir/appendonly.aof.2.base.{suffix}"))
            .exists()
    );
    check_aof(&dir);
    let again = start_aof(bin, &d, "again", &opts);
    let mut con = loaded(&again);
    assert_same(
        &before,
        &keyspace(&mut con),
        &format!("ours again, preamble {preamble}"),
    );
    drop(again);
    let Some(redis) = redis_server() else {
        eprintln!("redis_loads_our_aof: no redis-server, compared with ourselves only");
        return;
    };
    let reference = start_aof(&redis, &d, "redis", &opts);
    let mut con = loaded(&reference);
    assert_same(
        &before,
        &keyspace(&mut con),
        &format!("redis-server, preamble {preamble}"),
    );
    let v: i64 = redis::cmd("FCALL")
        .arg("aof_f")
        .arg(0)
        .query(&mut con)
        .expect("FCALL");
    assert_eq!(v, 7);
}

/// With `appendfsync always` (and `everysec` every other round; with and without the
/// RDB preamble; a BGREWRITEAOF started every third round), a client pipelines
/// INCRs and RPUSHes in MULTI/EXEC pairs and counts the replies it got; the server is killed with SIGKILL at a varying moment; after a
/// restart every acknowledged write is there and nothing never sent appears. Repeated
/// `AOF_KILLS` times (24 by default; `AOF_KILLS=300` for the longer run).
pub fn aof_kill_keeps_acknowledged_writes(bin: &str) {
    let kills: u64 = std::env::var("AOF_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    let dir = scratch_dir("aof-kill", bin);
    let d = dir.to_string_lossy().into_owned();
    let mut acked_total = 0u64;
    let mut sent_total = 0u64;
    for round in 0..kills {
        // Odd rounds under `everysec`: a SIGKILL (unlike a power loss) keeps what
        // was written, so nothing acknowledged may be missing there either, and the
        // file must always load.
        let policy = if round % 2 == 0 { "always" } else { "everysec" };
        // Both base formats, and every third round a rewrite racing the writes and the
        // kill: what lands in the new incremental file is neither lost nor doubled.
        let preamble = if (round / 2) % 2 == 0 { "yes" } else { "no" };
        let mut server = start_aof(
            bin,
            &d,
            "kill",
            &["--appendfsync", policy, "--aof-use-rdb-preamble", preamble],
        );
        let mut con = server.client();
        let n: u64 = redis::cmd("GET")
            .arg("n")
            .query::<Option<u64>>(&mut con)
            .expect("GET")
            .unwrap_or(0);
        let len: u64 = redis::cmd("LLEN").arg("l").query(&mut con).expect("LLEN");
        assert!(
            n >= acked_total && n <= sent_total,
            "round {round}: n={n} acked={acked_total} sent={sent_total}"
        );
        assert_eq!(
            n, len,
            "round {round}: the INCRs and RPUSHes went in pairs (MULTI)"
        );
        acked_total = n;
        sent_total = n;
        if round % 3 == 2 {
            let started: String = redis::cmd("BGREWRITEAOF")
                .query(&mut con)
                .expect("BGREWRITEAOF");
            assert!(started.starts_with("Background append only file rewriting"));
        }
        let mut raw = server.raw(Duration::from_secs(5));
        // Pairs in MULTI/EXEC, pipelined 50 at a time; the reader counts EXEC replies.
        let batch: Vec<u8> = (0..50)
            .flat_map(|_| {
                b"*1\r\n$5\r\nMULTI\r\n*2\r\n$4\r\nINCR\r\n$1\r\nn\r\n*3\r\n$5\r\nRPUSH\r\n$1\r\nl\r\n$1\r\nx\r\n*1\r\n$4\r\nEXEC\r\n".to_vec()
            })
            .collect();
        let kill_after = Duration::from_millis(20 + (round * 37) % 150);
        let t0 = Instant::now();
        let mut acked = 0u64;
        let mut pending = Vec::new();
        let mut buf = [0u8; 65536];
        raw.set_read_timeout(Some(Duration::from_millis(5)))
            .expect("timeout");
        while t0.elapsed() < kill_after {
            if raw.write_all(&batch).is_err() {
                break;
            }
            sent_total += 50;
            // Count the EXEC replies ("*2\r\n:" starts each) read so far.
            if let Ok(k) = raw.read(&mut buf) {
                pending.extend_from_slice(&buf[..k]);
            }
            acked = pending.windows(5).filter(|w| w == b"*2\r\n:").count() as u64;
        }
        server.kill();
        // Replies that were already in the socket buffer count as acknowledged too.
        raw.set_read_timeout(Some(Duration::from_millis(200)))
            .expect("timeout");
        while let Ok(k) = raw.read(&mut buf) {
            if k == 0 {
                break;
            }
            pending.extend_from_slice(&buf[..k]);
        }
        acked = acked.max(pending.windows(5).filter(|w| w == b"*2\r\n:").count() as u64);
        acked_total += acked;
    }
    let server = start_aof(bin, &d, "kill", &[]);
    let n: u64 = redis::cmd("GET")
        .arg("n")
        .query::<Option<u64>>(&mut server.client())
        .expect("GET")
        .unwrap_or(0);
    assert!(
        n >= acked_total && n <= sent_total,
        "n={n} acked={acked_total} sent={sent_total}"
    );
    assert!(
        acked_total > 0,
        "no write was ever acknowledged: the test proved nothing"
    );
}

/// A directory that must stop the start: the manifest's text, the incremental file's
/// bytes (none: missing), and lines the log must hold.
type Refusal<'a> = (&'a str, Option<&'a [u8]>, &'a [&'a str]);

/// Starts `bin` with the AOF on in `dir`, expecting it to exit before serving; returns
/// its status and log (retrying on another port if the one picked was taken).
fn aof_refused(bin: &str, dir: &Path) -> (ExitStatus, String) {
    let d = dir.to_string_lossy().into_owned();
    for _attempt in 0..5 {
        let port = free_port().to_string();
        let args = [
            "--port",
            &port,
            "--bind",
            "127.0.0.1",
            "--dir",
            &d,
            "--appendonly",
            "yes",
        ];
        let (status, log) = run_to_exit(bin, &args, dir, Duration::from_secs(30));
        if !log.contains("Failed listening on port") {
            return (status, log);
        }
    }
    panic!("{bin} never found a free port");
}

/// A bad manifest, a file it names that is missing, an unknown command and a torn
/// file with `aof-load-truncated no` stop the start with status 1 and Redis 7.0.15's
/// lines (as redis-server printed them for the same directories); a torn file with
/// `aof-load-truncated yes` is cut and the server starts.
pub fn aof_refused_like_redis(bin: &str) {
    let dir = scratch_dir("aof-refused", bin);
    let aofdir = dir.join("appendonlydir");
    std::fs::create_dir_all(&aofdir).expect("mkdir");
    let manifest = aofdir.join("appendonly.aof.manifest");
    let incr = aofdir.join("appendonly.aof.1.incr.aof");
    let cases: [Refusal<'_>; 3] = [
        (
            "file appendonly.aof.2.incr.aof seq 2 type i\nfile appendonly.aof.1.incr.aof seq 1 type i\n",
            None,
            &[
                "*** FATAL AOF MANIFEST FILE ERROR ***",
                "# Reading the manifest file, at line 2",
                "# >>> 'file appendonly.aof.1.incr.aof seq 1 type i'",
                "# Found a non-monotonic sequence number",
            ],
        ),
        (
            "file appendonly.aof.1.incr.aof seq 1 type i\n",
            None,
            &[
                "# Unable to obtain the AOF file appendonly.aof.1.incr.aof length. stat: No such file or directory",
            ],
        ),
        (
            "file appendonly.aof.1.incr.aof seq 1 type i\n",
            Some(b"*1\r\n$3\r\nFOO\r\n"),
            &["# Unknown command 'FOO' reading the append only file appendonly.aof.1.incr.aof"],
        ),
    ];
    for (text, file, lines) in cases {
        std::fs::write(&manifest, text).expect("manifest");
        let _ = std::fs::remove_file(&incr);
        if let Some(bytes) = file {
            std::fs::write(&incr, bytes).expect("incr");
        }
        let (status, log) = aof_refused(bin, &dir);
        assert_eq!(status.code(), Some(1), "{log}");
        for line in lines {
            assert!(log.contains(line), "{line:?} missing from:\n{log}");
        }
        assert!(!log.contains("Ready to accept connections"), "{log}");
    }
    // A torn last command: cut and loaded with aof-load-truncated yes (the default);
    // redis-server 7.0.15 logs offset 27 for this file.
    std::fs::write(&manifest, "file appendonly.aof.1.incr.aof seq 1 type i\n").expect("manifest");
    std::fs::write(
        &incr,
        b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n*3\r\n$3\r\nSET\r\n$1\r\nx",
    )
    .expect("incr");
    let d = dir.to_string_lossy().into_owned();
    let server = start_aof(bin, &d, "torn", &[]);
    let v: Option<String> = redis::cmd("GET")
        .arg("k")
        .query(&mut server.client())
        .expect("GET");
    assert_eq!(v.as_deref(), Some("v"));
    drop(server);
    let log = std::fs::read_to_string(dir.join("torn.log")).expect("log");
    assert!(
        log.contains("# !!! Truncating the AOF appendonly.aof.1.incr.aof at offset 27 !!!"),
        "{log}"
    );
    assert_eq!(std::fs::metadata(&incr).expect("incr").len(), 27);
}

/// An old-style single-file AOF (an RDB preamble, then commands) in `dir` is moved
/// into `appendonlydir` as the base of a new manifest and loaded whole, as
/// redis-server 7.0.15 does with the same file (same manifest, same lines).
pub fn upgrades_old_style_aof(bin: &str) {
    let dir = scratch_dir("aof-old-style", bin);
    let d = dir.to_string_lossy().into_owned();
    let mut ours = Server::start(bin, &["--dir", &d, "--save", ""]);
    let mut con = ours.client();
    ok(&mut con, &[b"SET", b"fromdump", b"1"]);
    ok(&mut con, &[b"SAVE"]);
    ours.kill();
    let mut old = std::fs::read(dir.join("dump.rdb")).expect("dump");
    old.extend_from_slice(
        b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$4\r\ntail\r\n$1\r\n2\r\n",
    );
    std::fs::write(dir.join("appendonly.aof"), old).expect("old aof");
    std::fs::remove_file(dir.join("dump.rdb")).expect("rm dump");
    let server = start_aof(bin, &d, "upgrade", &[]);
    let got: Vec<Option<String>> = redis::cmd("MGET")
        .arg("fromdump")
        .arg("tail")
        .query(&mut server.client())
        .expect("MGET");
    assert_eq!(got, vec![Some("1".to_string()), Some("2".to_string())]);
    drop(server);
    assert_eq!(
        std::fs::read_to_string(dir.join("appendonlydir/appendonly.aof.manifest"))
            .expect("manifest"),
        "file appendonly.aof seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n"
    );
    assert!(!dir.join("appendonly.aof").exists());
    let log = std::fs::read_to_string(dir.join("upgrade.log")).expect("log");
    for line in [
        "* Successfully migrated an old-style AOF file (appendonly.aof) into the AOF directory (appendonlydir).",
        "* Reading RDB preamble from AOF file...",
        "* Reading the remaining AOF tail...",
        "* DB loaded from base file appendonly.aof: ",
    ] {
        assert!(log.contains(line), "{line:?} missing from:\n{log}");
    }
}

/// The same commands sent to redis-server 7.0.15 and to ours, both with the AOF on,
/// leave the same incremental file byte for byte once absolute times (13-digit Unix
/// milliseconds) are masked: SELECTs, MULTI/EXEC, SET EX as PXAT, BLPOP as LPOP,
/// INCRBYFLOAT as SET KEEPTTL, a lazily expired key as DEL. Without redis-server
/// nothing is compared.
pub fn incr_file_matches_redis(bin: &str) {
    let Some(redis) = redis_server() else {
        eprintln!("incr_file_matches_redis: no redis-server, nothing compared");
        return;
    };
    let script: &[&[&str]] = &[
        &["SET", "a", "1"],
        &["SET", "k", "v", "EX", "100"],
        &["RPUSH", "l", "x", "y", "z"],
        &["BLPOP", "l", "0"],
        &["SELECT", "3"],
        &["INCRBYFLOAT", "f", "1.5"],
        &["MULTI"],
        &["INCR", "n"],
        &["EXPIRE", "n", "50"],
        &["EXEC"],
        &["SET", "gone", "1", "PX", "1"],
        &["GET", "a"],
    ];
    let mut files = Vec::new();
    for server_bin in [redis.as_str(), bin] {
        let dir = scratch_dir("aof-bytes", bin);
        let d = dir.to_string_lossy().into_owned();
        // `always`: under `everysec` Redis may postpone a write behind a background
        // fsync (and still reply), so a kill could cut its file short.
        let mut server = start_aof(server_bin, &d, "bytes", &["--appendfsync", "always"]);
        let mut con = loaded(&server);
        for args in script {
            let mut cmd = redis::cmd(args[0]);
            for a in &args[1..] {
                cmd.arg(*a);
            }
            let _: redis::Value = cmd.query(&mut con).expect("command");
        }
        // `gone` expires; reading it deletes it (a DEL in the file).
        thread::sleep(Duration::from_millis(20));
        let _: redis::Value = redis::cmd("GET").arg("gone").query(&mut con).expect("GET");
        server.kill();
        let bytes =
            std::fs::read(dir.join("appendonlydir/appendonly.aof.1.incr.aof")).expect("incr");
        files.push(mask_millis(&bytes));
    }
    assert!(
        files[0].contains("PXAT") && files[0].contains("DEL"),
        "{}",
        files[0]
    );
    assert_eq!(files[0], files[1], "redis-server's incr file, then ours");
}

/// `bytes` as text with every run of exactly 13 digits replaced by `<ms>`.
fn mask_millis(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if digits.len() == 13 {
            out.push_str("<ms>");
        } else {
            out.push_str(&digits);
        }
        digits.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    out
}
