//! The background snapshot over TCP, with the runtime's real clock (so its slices are
//! paced by the time the loop serves clients): a BGSAVE under a stream of writes saves
//! the dataset of the moment it started. Shared by the three runtime binaries and run
//! against redis-server itself (`reference.rs`), whose fork gives the same file.

use super::*;

/// Keys of the dataset.
const KEYS: usize = 100_000;
/// Keys per pipelined batch.
const BATCH: usize = 1_000;

/// 100,000 strings are saved by BGSAVE while a client keeps changing, deleting and
/// creating keys in batches until the save ends; the server restarted on the file has
/// the strings exactly as they were before BGSAVE and none of the later keys.
pub fn bgsave_under_writes_is_point_in_time(bin: &str) {
    let dir = scratch_dir("bgsave-writes", bin);
    let d = dir.to_string_lossy().into_owned();
    let mut first = Server::start(bin, &["--dir", &d, "--save", ""]);
    let mut con = first.client();
    for start in (0..KEYS).step_by(BATCH) {
        let mut mset = redis::cmd("MSET");
        for i in start..start + BATCH {
            mset.arg(format!("k{i}")).arg(format!("v{i}"));
        }
        let _: () = mset.query(&mut con).expect("MSET");
    }
    let started: String = redis::cmd("BGSAVE").query(&mut con).expect("BGSAVE");
    assert_eq!(started, "Background saving started");
    // Writes while the save runs (however long it runs: none is assumed), sweeping the
    // keyspace so that both keys the scan passed and keys ahead of it change.
    let mut round = 0usize;
    let deadline = Instant::now() + Duration::from_secs(120);
    while info_u64(&mut con, "persistence", "rdb_bgsave_in_progress") == 1 {
        assert!(Instant::now() < deadline, "BGSAVE never ended");
        let mut pipe = redis::pipe();
        for j in 0..BATCH / 4 {
            let i = (round * 7_919 + j * 397) % KEYS;
            pipe.cmd("SET").arg(format!("k{i}")).arg("changed").ignore();
            pipe.cmd("DEL").arg(format!("k{}", (i + 1) % KEYS)).ignore();
            pipe.cmd("APPEND")
                .arg(format!("k{}", (i + 2) % KEYS))
                .arg("+")
                .ignore();
            pipe.cmd("SET")
                .arg(format!("new{round}-{j}"))
                .arg("x")
                .ignore();
        }
        let _: () = pipe.query(&mut con).expect("writes");
        round += 1;
    }
    eprintln!("{round} write batches ran during the save");
    let status = info(&mut con, "persistence");
    assert!(status.contains("rdb_last_bgsave_status:ok"), "{status}");
    first.kill();
    let second = Server::start(bin, &["--dir", &d, "--save", ""]);
    let mut con = second.client();
    let mut loaded = 0;
    while info_u64(&mut con, "persistence", "loading") != 0 {
        loaded += 1;
        assert!(loaded < 3_000, "still loading");
        thread::sleep(Duration::from_millis(10));
    }
    let size: usize = redis::cmd("DBSIZE").query(&mut con).expect("DBSIZE");
    assert_eq!(size, KEYS, "keys in the file ({round} write batches ran)");
    for start in (0..KEYS).step_by(BATCH) {
        let mut mget = redis::cmd("MGET");
        for i in start..start + BATCH {
            mget.arg(format!("k{i}"));
        }
        let values: Vec<Option<String>> = mget.query(&mut con).expect("MGET");
        for (n, v) in values.into_iter().enumerate() {
            let i = start + n;
            assert_eq!(v, Some(format!("v{i}")), "k{i} ({round} write batches ran)");
        }
    }
    drop(second);
    let _ = std::fs::remove_dir_all(&dir);
}
