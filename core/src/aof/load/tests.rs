//! The loader and the writer, driven in process: files as redis-server 7.0.15 writes
//! them, torn tails, and replies held until the disk reports their append.

use crate::aof::manifest::Manifest;
use crate::server::{DiskOp, Output};
use crate::testkit::Harness;

/// A redis-server 7.0.15 incremental file (SET a 1 in db 0; SET b 2 PXAT in db 2;
/// RPUSH in db 2; a MULTI/EXEC of INCRs in db 0).
fn incr_file() -> Vec<u8> {
    let mut f = Vec::new();
    f.extend_from_slice(
        b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nset\r\n$1\r\na\r\n$1\r\n1\r\n",
    );
    f.extend_from_slice(b"*2\r\n$6\r\nSELECT\r\n$1\r\n2\r\n*5\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n$4\r\nPXAT\r\n$13\r\n4102444800000\r\n");
    f.extend_from_slice(b"*5\r\n$5\r\nrpush\r\n$1\r\nl\r\n$1\r\nx\r\n$1\r\ny\r\n$1\r\nz\r\n");
    f.extend_from_slice(b"#TS:1796672624\r\n");
    f.extend_from_slice(b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*1\r\n$5\r\nMULTI\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n*1\r\n$4\r\nEXEC\r\n");
    f
}

fn manifest_incr_only() -> Manifest {
    Manifest::parse(b"file appendonly.aof.1.incr.aof seq 1 type i\n").unwrap()
}

fn logs(h: &mut Harness) -> Vec<String> {
    let mut out = Vec::new();
    while let Some(o) = h.server.poll_output() {
        if let Output::Log { text, .. } = o {
            out.push(text);
        }
    }
    out
}

fn load(
    h: &mut Harness,
    m: &Manifest,
    files: &[Vec<u8>],
) -> Result<super::Loaded, super::LoadFailed> {
    let now = h.now;
    h.server.load_aof(now, m, files, &mut || 0.0)
}

#[test]
fn replays_a_redis_incr_file_with_select_and_multi() {
    let mut h = Harness::new(&[]);
    let r = load(&mut h, &manifest_incr_only(), &[incr_file()]);
    assert_eq!(r, Ok(super::Loaded::Ok { truncate: None }));
    let c = h.connect();
    assert_eq!(h.call(c, &["GET", "a"]), b"$1\r\n1\r\n");
    assert_eq!(h.call(c, &["GET", "n"]), b"$1\r\n2\r\n");
    h.call(c, &["SELECT", "2"]);
    assert_eq!(
        h.call(c, &["LRANGE", "l", "0", "-1"]),
        b"*3\r\n$1\r\nx\r\n$1\r\ny\r\n$1\r\nz\r\n"
    );
    assert_eq!(h.call(c, &["PEXPIRETIME", "b"]), b":4102444800000\r\n");
    assert!(logs(&mut h).contains(
        &"DB loaded from incr file appendonly.aof.1.incr.aof: 0.000 seconds".to_string()
    ));
}

/// Nothing expires while loading, as in Redis: a key whose time passed is still
/// there for the commands after it. redis-server 7.0.15 loads this file (times in
/// 1970) with neither key: `INCR` bumped each expired counter, which then expired.
#[test]
fn commands_replayed_on_keys_whose_time_passed_see_them() {
    let mut h = Harness::new(&[]);
    let mut f = Vec::new();
    f.extend_from_slice(b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n");
    f.extend_from_slice(b"*5\r\n$3\r\nSET\r\n$1\r\ns\r\n$1\r\n7\r\n$4\r\nPXAT\r\n$4\r\n1000\r\n");
    f.extend_from_slice(b"*2\r\n$4\r\nINCR\r\n$1\r\ns\r\n");
    f.extend_from_slice(b"*3\r\n$3\r\nSET\r\n$1\r\nt\r\n$1\r\n5\r\n");
    f.extend_from_slice(b"*3\r\n$9\r\nPEXPIREAT\r\n$1\r\nt\r\n$4\r\n1000\r\n");
    f.extend_from_slice(b"*2\r\n$4\r\nINCR\r\n$1\r\nt\r\n");
    assert!(load(&mut h, &manifest_incr_only(), &[f]).is_ok());
    let c = h.connect();
    assert_eq!(h.call(c, &["GET", "s"]), b"$-1\r\n");
    assert_eq!(h.call(c, &["GET", "t"]), b"$-1\r\n");
    assert_eq!(h.call(c, &["DBSIZE"]), b":0\r\n");
    // Expiry works again after the load.
    assert_eq!(h.call(c, &["SET", "u", "1", "PXAT", "1000"]), b"+OK\r\n");
    assert_eq!(h.call(c, &["EXISTS", "u"]), b":0\r\n");
}

#[test]
fn a_torn_tail_is_cut_to_the_last_whole_command() {
    let full = incr_file();
    let name = "appendonly.aof.1.incr.aof".to_string();
    // Cut inside the SELECT after a `#TS` annotation: the whole commands load, and
    // the file is cut after the last of them (before the annotation, as Redis does).
    let tail = b"#TS:1796672624\r\n*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*1\r\n$5\r\nMULTI\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n*1\r\n$4\r\nEXEC\r\n".len();
    let select = b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n".len();
    let before_select = full.len() - tail + b"#TS:1796672624\r\n".len();
    let torn = full[..before_select + select - 3].to_vec();
    let mut h = Harness::new(&[]);
    let r = load(&mut h, &manifest_incr_only(), std::slice::from_ref(&torn));
    assert_eq!(
        r,
        Ok(super::Loaded::Ok {
            truncate: Some((name.clone(), (full.len() - tail) as u64))
        })
    );
    let lines = logs(&mut h);
    assert!(lines.contains(&format!(
        "!!! Warning: short read while loading the AOF file {name}!!!"
    )));
    assert!(lines.contains(&format!(
        "!!! Truncating the AOF {name} at offset {} !!!",
        full.len() - tail
    )));
    assert!(lines.contains(&format!(
        "AOF {name} loaded anyway because aof-load-truncated is enabled"
    )));
    let c = h.connect();
    assert_eq!(h.call(c, &["GET", "a"]), b"$1\r\n1\r\n");

    // Cut inside the transaction (in its EXEC): the transaction never ran, and the
    // file is cut before its MULTI. Redis 7.0.15 cuts after the last whole queued
    // command instead, leaving a MULTI that the next appends would follow, so that
    // the next load reverts them too, acknowledged or not.
    let exec = b"*1\r\n$4\r\nEXEC\r\n".len();
    let multi =
        b"*1\r\n$5\r\nMULTI\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n*2\r\n$4\r\nincr\r\n$1\r\nn\r\n"
            .len();
    let torn_exec = full[..full.len() - 5].to_vec();
    let before_multi = full.len() - exec - multi;
    let mut h = Harness::new(&[]);
    let r = load(
        &mut h,
        &manifest_incr_only(),
        std::slice::from_ref(&torn_exec),
    );
    assert_eq!(
        r,
        Ok(super::Loaded::Ok {
            truncate: Some((name.clone(), before_multi as u64))
        })
    );
    assert!(logs(&mut h).contains(&format!(
        "Revert incomplete MULTI/EXEC transaction in AOF file {name}"
    )));
    let c = h.connect();
    assert_eq!(h.call(c, &["GET", "n"]), b"$-1\r\n");
    // What is appended after the cut loads next time.
    let mut next = full[..before_multi].to_vec();
    next.extend_from_slice(b"*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n");
    let mut h = Harness::new(&[]);
    let r = load(&mut h, &manifest_incr_only(), &[next]);
    assert_eq!(r, Ok(super::Loaded::Ok { truncate: None }));
    let c = h.connect();
    assert_eq!(h.call(c, &["GET", "b"]), b"$1\r\n2\r\n");

    // A file that ends inside MULTI at a command boundary is reverted the same way.
    let cut = full[..full.len() - exec].to_vec();
    let mut h = Harness::new(&[]);
    let r = load(&mut h, &manifest_incr_only(), &[cut]);
    assert_eq!(
        r,
        Ok(super::Loaded::Ok {
            truncate: Some((name.clone(), before_multi as u64))
        })
    );
    assert!(logs(&mut h).contains(&format!(
        "Revert incomplete MULTI/EXEC transaction in AOF file {name}"
    )));

    // Without aof-load-truncated the load fails with Redis's line.
    let mut h = Harness::new(&["--aof-load-truncated", "no"]);
    assert_eq!(
        load(&mut h, &manifest_incr_only(), &[torn]),
        Err(super::LoadFailed)
    );
    assert!(logs(&mut h).iter().any(|l| l.starts_with(
        "Unexpected end of file reading the append only file appendonly.aof.1.incr.aof. You can: 1) Make a backup"
    )));
}

#[test]
fn a_truncated_file_that_is_not_the_last_is_fatal() {
    let m = Manifest::parse(
        b"file appendonly.aof.1.incr.aof seq 1 type i\nfile appendonly.aof.2.incr.aof seq 2 type i\n",
    )
    .unwrap();
    let full = incr_file();
    let mut h = Harness::new(&[]);
    assert_eq!(
        load(&mut h, &m, &[full[..10].to_vec(), full.clone()]),
        Err(super::LoadFailed)
    );
}

#[test]
fn format_errors_and_unknown_commands_fail() {
    let mut h = Harness::new(&[]);
    assert_eq!(
        load(&mut h, &manifest_incr_only(), &[b"+OK\r\n".to_vec()]),
        Err(super::LoadFailed)
    );
    assert!(logs(&mut h).iter().any(|l| {
        l.starts_with("Bad file format reading the append only file appendonly.aof.1.incr.aof")
    }));
    let mut h = Harness::new(&[]);
    assert_eq!(
        load(
            &mut h,
            &manifest_incr_only(),
            &[b"*1\r\n$4\r\nNOPE\r\n".to_vec()]
        ),
        Err(super::LoadFailed)
    );
    assert!(
        logs(&mut h).contains(
            &"Unknown command 'NOPE' reading the append only file appendonly.aof.1.incr.aof"
                .to_string()
        )
    );
    // Garbage never panics.
    for junk in [
        &b"*"[..],
        b"*9999999999\r\n$",
        b"*1\r\n$-5\r\n",
        b"*1\r\n$99999999999999999999\r\nx",
        b"\xff\xfe",
    ] {
        let mut h = Harness::new(&[]);
        let _ = load(&mut h, &manifest_incr_only(), &[junk.to_vec()]);
    }
}

#[test]
fn empty_and_missing() {
    let mut h = Harness::new(&[]);
    assert_eq!(
        load(&mut h, &Manifest::default(), &[]),
        Ok(super::Loaded::NotExist)
    );
    assert_eq!(
        load(&mut h, &manifest_incr_only(), &[Vec::new()]),
        Ok(super::Loaded::Empty)
    );
}

/// Opens the AOF as at start-up and completes its disk work.
fn open(h: &mut Harness) {
    let now = h.now;
    h.server.aof_open_on_start(now, Manifest::default());
    complete_all(h);
}

/// Completes every disk operation queued, returning the appends' bytes.
fn complete_all(h: &mut Harness) -> Vec<(String, Vec<u8>, bool)> {
    let mut appends = Vec::new();
    let mut ops = Vec::new();
    while let Some(o) = h.server.poll_output() {
        if let Output::Disk(op) = o {
            ops.push(op);
        }
    }
    for op in ops {
        if let DiskOp::Append {
            path, bytes, fsync, ..
        } = &op
        {
            appends.push((path.clone(), bytes.clone(), *fsync));
        }
        let now = h.now;
        h.server.handle_disk_done(now, op.token(), Ok(()));
    }
    appends
}

/// The disk operations queued, not completed.
fn pending_ops(h: &mut Harness) -> (Vec<DiskOp>, Vec<Output>) {
    let mut ops = Vec::new();
    let mut others = Vec::new();
    while let Some(o) = h.server.poll_output() {
        match o {
            Output::Disk(op) => ops.push(op),
            o => others.push(o),
        }
    }
    (ops, others)
}

fn req(args: &[&str]) -> Vec<u8> {
    let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
    crate::resp::encode_request(&args)
}

fn send(h: &mut Harness, c: crate::ConnId, args: &[&str]) {
    let req = req(args);
    let now = h.now;
    h.server.handle_read(now, c, &req);
}

#[test]
fn replies_wait_for_their_append_and_one_append_covers_a_batch() {
    let mut h = Harness::new(&["--appendonly", "yes", "--appendfsync", "always"]);
    open(&mut h);
    let c = h.connect();
    let reader = h.connect();
    // A pipeline: one append for all three, fsynced; no reply before it completes.
    let mut pipeline = req(&["SET", "a", "1"]);
    pipeline.extend(req(&["INCR", "n"]));
    pipeline.extend(req(&["GET", "a"]));
    let now = h.now;
    h.server.handle_read(now, c, &pipeline);
    let (ops, others) = pending_ops(&mut h);
    assert_eq!(ops.len(), 1);
    assert!(!others.contains(&Output::Write(c)));
    assert_eq!(h.server.pending_output(c), b"");
    let DiskOp::Append {
        token,
        path,
        bytes,
        fsync,
    } = &ops[0]
    else {
        panic!("expected an append, got {ops:?}");
    };
    assert!(*fsync);
    assert_eq!(path, "appendonlydir/appendonly.aof.1.incr.aof");
    assert_eq!(
        bytes.as_slice(),
        &b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*2\r\n$4\r\nINCR\r\n$1\r\nn\r\n"[..]
    );
    // Meanwhile another client writes: its bytes wait for the next append.
    send(&mut h, reader, &["SET", "b", "2"]);
    let (ops2, _) = pending_ops(&mut h);
    assert!(ops2.is_empty(), "one append in flight at a time");
    assert_eq!(h.server.pending_output(reader), b"");
    // The first append completes: its replies go, the next append starts.
    let now = h.now;
    h.server.handle_disk_done(now, *token, Ok(()));
    let (ops3, others) = pending_ops(&mut h);
    assert!(others.contains(&Output::Write(c)));
    assert_eq!(h.server.pending_output(c), b"+OK\r\n:1\r\n$1\r\n1\r\n");
    assert_eq!(h.server.pending_output(reader), b"");
    assert_eq!(ops3.len(), 1);
    let now = h.now;
    h.server.handle_disk_done(now, ops3[0].token(), Ok(()));
    assert_eq!(h.server.pending_output(reader), b"+OK\r\n");
}

/// Redis's `rejectCommand`: an EXEC refused for the failed append discards the
/// transaction with `-EXECABORT` (the client is no longer in MULTI).
#[test]
fn exec_refused_after_a_failed_append_aborts_the_transaction() {
    let mut h = Harness::new(&["--appendonly", "yes"]);
    open(&mut h);
    let c = h.connect();
    let d = h.connect();
    assert_eq!(h.call(d, &["MULTI"]), b"+OK\r\n");
    assert_eq!(h.call(d, &["SET", "x", "1"]), b"+QUEUED\r\n");
    send(&mut h, c, &["SET", "a", "1"]);
    let (ops, _) = pending_ops(&mut h);
    let now = h.now;
    h.server
        .handle_disk_done(now, ops[0].token(), Err("No space left on device".into()));
    assert_eq!(
        h.call(d, &["EXEC"]),
        &b"-EXECABORT Transaction discarded because of: MISCONF Errors writing to the AOF file: No space left on device\r\n"[..]
    );
    // Out of MULTI: WATCH is accepted (its reply waits for the failed append).
    assert_eq!(h.call(d, &["WATCH", "x"]), b"");
    h.advance(200);
    complete_all(&mut h);
    assert_eq!(h.server.pending_output(d), b"+OK\r\n");
    assert_eq!(h.server.pending_output(c), b"+OK\r\n");
}

/// A client's reply buffer restarts at 0 once written out in full: what it still
/// holds must follow (a read answered after that went out before the append it
/// depended on was on disk; found by the simulator, `--aof always --seed 1448`).
#[test]
fn replies_stay_held_after_the_buffer_restarts() {
    let mut h = Harness::new(&["--appendonly", "yes"]);
    open(&mut h);
    let c = h.connect();
    let d = h.connect();
    send(&mut h, c, &["SET", "a", "1"]);
    let (first, _) = pending_ops(&mut h);
    // Another client's write waits for the next append; half a command from `c`.
    send(&mut h, d, &["SET", "a", "2"]);
    let get = req(&["GET", "a"]);
    let now = h.now;
    h.server.handle_read(now, c, &get[..5]);
    // The first append completes: `c`'s +OK goes, and is written out in full.
    h.server.handle_disk_done(now, first[0].token(), Ok(()));
    assert_eq!(h.server.pending_output(c), b"+OK\r\n");
    h.server.consume_output(c, 5);
    let (second, _) = pending_ops(&mut h);
    assert_eq!(second.len(), 1);
    // The rest of GET: it reads the second write, whose append is not done.
    h.server.handle_read(now, c, &get[5..]);
    assert_eq!(h.server.pending_output(c), b"");
    h.server.handle_disk_done(now, second[0].token(), Ok(()));
    assert_eq!(h.server.pending_output(c), b"$1\r\n2\r\n");
}

#[test]
fn a_failed_append_answers_misconf_and_recovers() {
    let mut h = Harness::new(&["--appendonly", "yes"]);
    open(&mut h);
    let c = h.connect();
    send(&mut h, c, &["SET", "a", "1"]);
    let (ops, _) = pending_ops(&mut h);
    let now = h.now;
    h.server
        .handle_disk_done(now, ops[0].token(), Err("No space left on device".into()));
    // The write is not acknowledged; the next write is refused at once; a read,
    // which may show the write that is not on disk, waits with it.
    assert_eq!(h.server.pending_output(c), b"");
    let d = h.connect();
    assert_eq!(
        h.call(d, &["SET", "b", "2"]),
        b"-MISCONF Errors writing to the AOF file: No space left on device\r\n"
    );
    assert_eq!(h.call(d, &["GET", "a"]), b"");
    assert_eq!(h.call(d, &["INFO", "persistence"]), b"");
    // The cron retries the same bytes; once they are on disk the reply goes.
    h.advance(200);
    let (ops, _) = pending_ops(&mut h);
    let retry: Vec<_> = ops
        .iter()
        .filter(|o| matches!(o, DiskOp::Append { bytes, .. } if !bytes.is_empty()))
        .collect();
    assert_eq!(retry.len(), 1);
    let DiskOp::Append { bytes, .. } = retry[0] else {
        unreachable!()
    };
    assert!(bytes.ends_with(b"*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n"));
    for op in &ops {
        let now = h.now;
        h.server.handle_disk_done(now, op.token(), Ok(()));
    }
    assert_eq!(h.server.pending_output(c), b"+OK\r\n");
    let read = h.server.pending_output(d).to_vec();
    h.server.consume_output(d, read.len());
    assert!(read.starts_with(b"$1\r\n1\r\n"));
    assert!(
        read.windows(26)
            .any(|w| w == b"aof_last_write_status:err\r")
    );
    // Writes are accepted again (their reply waits for their own append).
    assert_eq!(h.call(d, &["SET", "b", "2"]), b"");
    complete_all(&mut h);
    assert_eq!(h.server.pending_output(d), b"+OK\r\n");
}

#[test]
fn nothing_is_held_or_written_with_the_aof_off() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    assert_eq!(h.call(c, &["SET", "a", "1"]), b"+OK\r\n");
    let (ops, _) = pending_ops(&mut h);
    assert!(ops.is_empty());
}

#[test]
fn bgrewriteaof_switches_files_without_losing_or_doubling_writes() {
    let mut h = Harness::new(&["--appendonly", "yes", "--appendfsync", "always"]);
    open(&mut h);
    let c = h.connect();
    send(&mut h, c, &["INCR", "n"]);
    complete_all(&mut h);
    h.server.consume_output(c, 100);
    send(&mut h, c, &["BGREWRITEAOF"]);
    send(&mut h, c, &["INCR", "n"]);
    let mut appended = Vec::new();
    let mut manifests = Vec::new();
    let mut renamed = Vec::new();
    let mut removed = Vec::new();
    for _ in 0..50 {
        let (ops, _) = pending_ops(&mut h);
        if ops.is_empty() {
            break;
        }
        for op in ops {
            match &op {
                DiskOp::Append { path, bytes, .. } if !bytes.is_empty() => {
                    appended.push((path.clone(), bytes.clone()))
                }
                DiskOp::WriteFile {
                    path,
                    bytes,
                    rename_to: Some(to),
                    ..
                } if to.ends_with(".manifest") => {
                    let _ = path;
                    manifests.push(String::from_utf8_lossy(bytes).into_owned());
                }
                DiskOp::Rename { to, .. } => renamed.push(to.clone()),
                DiskOp::Remove { path, .. } => removed.push(path.clone()),
                _ => {}
            }
            let now = h.now;
            h.server.handle_disk_done(now, op.token(), Ok(()));
        }
    }
    // The INCR after the rewrite started goes to the new incremental file only.
    assert_eq!(appended.len(), 1, "{appended:?}");
    assert_eq!(appended[0].0, "appendonlydir/appendonly.aof.2.incr.aof");
    assert!(
        appended[0]
            .1
            .starts_with(b"*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n")
    );
    assert_eq!(
        renamed,
        vec!["appendonlydir/appendonly.aof.2.base.rdb".to_string()]
    );
    assert_eq!(
        manifests.last().map(String::as_str),
        Some(
            "file appendonly.aof.2.base.rdb seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n"
        )
    );
    assert!(removed.contains(&"appendonlydir/appendonly.aof.1.base.rdb".to_string()));
    assert!(removed.contains(&"appendonlydir/appendonly.aof.1.incr.aof".to_string()));
    assert_eq!(
        h.server.pending_output(c),
        b"+Background append only file rewriting started\r\n:2\r\n"
    );
}

#[test]
fn everysec_fsyncs_once_a_second_and_no_never() {
    for (policy, want) in [("everysec", true), ("no", false)] {
        let mut h = Harness::new(&["--appendonly", "yes", "--appendfsync", policy]);
        open(&mut h);
        let c = h.connect();
        send(&mut h, c, &["SET", "a", "1"]);
        let appends = complete_all(&mut h);
        assert_eq!(appends.len(), 1);
        assert!(!appends[0].2, "{policy}: the batch itself is not fsynced");
        assert_eq!(h.server.pending_output(c), b"+OK\r\n");
        h.advance(1100);
        let fsyncs: Vec<_> = complete_all(&mut h)
            .into_iter()
            .filter(|(_, b, f)| b.is_empty() && *f)
            .collect();
        assert_eq!(!fsyncs.is_empty(), want, "{policy}");
        // Nothing new was written: no further fsync.
        h.advance(1100);
        assert!(
            complete_all(&mut h)
                .iter()
                .all(|(_, b, f)| !(b.is_empty() && *f))
        );
    }
}

#[test]
fn config_set_appendonly_yes_writes_a_base_then_logs_writes() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    assert_eq!(h.call(c, &["SET", "before", "1"]), b"+OK\r\n");
    assert_eq!(
        h.call(c, &["CONFIG", "SET", "appendonly", "yes"]),
        b"+OK\r\n"
    );
    let (renamed, manifests) = h.drive_disk(20);
    assert_eq!(
        renamed,
        vec!["appendonlydir/appendonly.aof.1.base.rdb".to_string()]
    );
    // The manifest is written once, when the base exists.
    assert_eq!(
        manifests,
        vec!["file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n".to_string()]
    );
    send(&mut h, c, &["SET", "after", "1"]);
    let appends = complete_all(&mut h);
    assert_eq!(appends.len(), 1);
    assert_eq!(appends[0].0, "appendonlydir/appendonly.aof.1.incr.aof");
    assert!(appends[0].1.ends_with(b"$5\r\nafter\r\n$1\r\n1\r\n"));
    let info = String::from_utf8_lossy(&h.call(c, &["INFO", "persistence"])).into_owned();
    assert!(
        info.contains("aof_enabled:1\r\n") && info.contains("aof_rewrites:1\r\n"),
        "{info}"
    );
    // Off again: writes are no longer collected.
    assert_eq!(
        h.call(c, &["CONFIG", "SET", "appendonly", "no"]),
        b"+OK\r\n"
    );
    assert_eq!(h.call(c, &["SET", "x", "1"]), b"+OK\r\n");
    assert!(complete_all(&mut h).is_empty());
}

#[test]
fn timestamps_annotate_batches_when_enabled() {
    let mut h = Harness::new(&["--appendonly", "yes", "--aof-timestamp-enabled", "yes"]);
    open(&mut h);
    let c = h.connect();
    send(&mut h, c, &["SET", "a", "1"]);
    let appends = complete_all(&mut h);
    let secs = h.now.unix_ms() / 1000;
    assert!(
        appends[0]
            .1
            .starts_with(format!("#TS:{secs}\r\n").as_bytes())
    );
    // And the loader skips them.
    let m = manifest_incr_only();
    let mut h2 = Harness::new(&[]);
    assert!(load(&mut h2, &m, &[appends[0].1.clone()]).is_ok());
}

#[test]
fn a_failed_manifest_write_refuses_writes_until_a_retry_works() {
    let mut h = Harness::new(&["--appendonly", "yes"]);
    open(&mut h);
    let c = h.connect();
    send(&mut h, c, &["BGREWRITEAOF"]);
    // Fail the manifest written at the rewrite's start, complete everything else.
    let (ops, _) = pending_ops(&mut h);
    for op in ops {
        let failed = matches!(&op, DiskOp::WriteFile { rename_to: Some(to), .. } if to.ends_with(".manifest"));
        let now = h.now;
        let result = if failed {
            Err("No space left on device".to_string())
        } else {
            Ok(())
        };
        h.server.handle_disk_done(now, op.token(), result);
    }
    let d = h.connect();
    assert_eq!(
        h.call(d, &["SET", "a", "1"]),
        b"-MISCONF Errors writing to the AOF file: No space left on device\r\n"
    );
    // The cron writes the manifest again; once it is on disk writes are accepted.
    h.advance(200);
    complete_all(&mut h);
    for _ in 0..10 {
        complete_all(&mut h);
    }
    send(&mut h, d, &["SET", "a", "1"]);
    complete_all(&mut h);
    assert_eq!(h.server.pending_output(d), b"+OK\r\n");
}

#[test]
fn every_cut_of_a_file_loads_a_whole_prefix() {
    // Each cut point: the load succeeds (aof-load-truncated yes), reports a cut at a
    // command boundary outside any MULTI, and that prefix then loads without a cut.
    let full = incr_file();
    let mut boundaries = vec![0usize];
    let mut pos = 0;
    while let super::Next::Command(_, after) = super::next_command(&full, pos) {
        boundaries.push(after);
        pos = after;
    }
    assert_eq!(*boundaries.last().unwrap(), full.len());
    for cut in 0..=full.len() {
        let mut h = Harness::new(&[]);
        let r = load(&mut h, &manifest_incr_only(), &[full[..cut].to_vec()]);
        let at = match r {
            // Whole (a cut after a command or an annotation line).
            Ok(super::Loaded::Ok { truncate: None }) => cut,
            Ok(super::Loaded::Ok {
                truncate: Some((_, at)),
            }) => {
                let at = at as usize;
                assert!(at < cut && boundaries.contains(&at), "cut {cut} -> {at}");
                at
            }
            Ok(super::Loaded::Empty) if cut == 0 => 0,
            other => panic!("cut {cut}: {other:?}"),
        };
        // The prefix loads whole, or (a cut inside MULTI, as Redis leaves it) is cut
        // once more to before the MULTI, and that loads whole.
        let mut h = Harness::new(&[]);
        let again = load(&mut h, &manifest_incr_only(), &[full[..at].to_vec()]);
        let at = match again {
            Ok(super::Loaded::Ok { truncate: None }) | Ok(super::Loaded::Empty) => at,
            Ok(super::Loaded::Ok {
                truncate: Some((_, again)),
            }) if boundaries.contains(&(again as usize)) => again as usize,
            other => panic!("prefix {at}: {other:?}"),
        };
        let mut h = Harness::new(&[]);
        let last = load(&mut h, &manifest_incr_only(), &[full[..at].to_vec()]);
        assert!(
            matches!(
                last,
                Ok(super::Loaded::Ok { truncate: None }) | Ok(super::Loaded::Empty)
            ),
            "prefix {at}: {last:?}"
        );
    }
}

#[test]
fn random_bytes_never_panic() {
    fn prop(bytes: Vec<u8>, star: bool) -> bool {
        let mut input = if star {
            b"*2\r\n$3\r\n".to_vec()
        } else {
            Vec::new()
        };
        input.extend(bytes);
        let mut h = Harness::new(&[]);
        let _ = load(&mut h, &manifest_incr_only(), &[input]);
        true
    }
    crate::testkit::qc_check(
        "aof_load_garbage",
        200,
        300,
        prop as fn(Vec<u8>, bool) -> bool,
    );
}
