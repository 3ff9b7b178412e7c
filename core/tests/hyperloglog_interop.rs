//! HyperLogLog values interchange with a real redis-server 7.0.15 through DUMP/RESTORE
//! (sparse and dense, both ways), and count, read and grow the same on both. An
//! integration test, outside `core/src`, because it runs redis-server.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant as StdInstant};

use cinnabar_core::resp::encode_request;
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

/// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
const T0_MS: i64 = 1_700_000_000_000;

/// Our server with one connection, driven through the real parser and dispatch.
struct Harness {
    server: Server,
    conn: ConnId,
    now: Now,
}

impl Harness {
    fn new() -> Self {
        let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        Harness { server, conn, now }
    }

    /// Sends one command and returns its raw reply bytes.
    fn run(&mut self, args: &[&[u8]]) -> Vec<u8> {
        self.server
            .handle_read(self.now, self.conn, &encode_request(args));
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.conn).to_vec();
        self.server.consume_output(self.conn, out.len());
        out
    }
}

/// The payload of a bulk reply.
fn bulk_payload(reply: &[u8]) -> Vec<u8> {
    let start = reply.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    reply
        .get(start..reply.len().saturating_sub(2))
        .unwrap_or_default()
        .to_vec()
}

// ---------------------------------------------------------------------------------
// Against redis-server 7.0.15.

const REDIS_SERVER: &str = "/usr/bin/redis-server";

/// Length of the complete RESP2 frame at the start of `b`, if it is all there.
fn frame_len(b: &[u8]) -> Option<usize> {
    let line_end = b.windows(2).position(|w| w == b"\r\n")?;
    let head = std::str::from_utf8(b.get(1..line_end)?).ok()?;
    let after = line_end + 2;
    match b.first()? {
        b'+' | b'-' | b':' => Some(after),
        b'$' => {
            let n: i64 = head.parse().ok()?;
            if n < 0 {
                return Some(after);
            }
            let end = after + n as usize + 2;
            (b.len() >= end).then_some(end)
        }
        _ => None,
    }
}

/// A redis-server on a free port, killed on drop.
struct RedisServer {
    child: Child,
    conn: TcpStream,
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl RedisServer {
    fn start() -> RedisServer {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let dir = std::env::temp_dir();
        let mut child = Process::new(REDIS_SERVER)
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no", "--daemonize", "no"])
            .arg("--dir")
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        let deadline = StdInstant::now() + Duration::from_secs(20);
        loop {
            if let Ok(conn) = TcpStream::connect(("127.0.0.1", port)) {
                let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
                return RedisServer { child, conn };
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("redis-server exited: {status}");
            }
            assert!(StdInstant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn run(&mut self, args: &[&[u8]]) -> Vec<u8> {
        self.conn.write_all(&encode_request(args)).expect("write");
        let mut buf = Vec::new();
        let mut chunk = [0u8; 65536];
        loop {
            if let Some(n) = frame_len(&buf) {
                buf.truncate(n);
                return buf;
            }
            let n = self.conn.read(&mut chunk).expect("read");
            assert!(n > 0, "redis-server closed the connection");
            buf.extend_from_slice(&chunk[..n]);
        }
    }
}

/// HLLs of several sizes, sparse and dense, go both ways through DUMP/RESTORE and
/// count, read and grow the same on both servers.
#[test]
fn dump_restore_interchange_with_redis() {
    if !Path::new(REDIS_SERVER).exists() {
        eprintln!("skipped: {REDIS_SERVER} not installed");
        return;
    }
    let mut redis = RedisServer::start();
    let mut ours = Harness::new();
    for (n, dense) in [
        (0usize, false),
        (5, false),
        (400, false),
        (20, true),
        (5000, true),
    ] {
        let elements: Vec<Vec<u8>> = (0..n).map(|i| format!("x{n}:{i}").into_bytes()).collect();
        let key = format!("h{n}{dense}").into_bytes();
        for server in [0, 1] {
            let mut args: Vec<&[u8]> = vec![b"PFADD", &key];
            args.extend(elements.iter().map(Vec::as_slice));
            let todense: [&[u8]; 3] = [b"PFDEBUG", b"TODENSE", &key];
            if server == 0 {
                ours.run(&args);
                if dense {
                    ours.run(&todense);
                }
            } else {
                redis.run(&args);
                if dense {
                    redis.run(&todense);
                }
            }
        }
        let get: [&[u8]; 2] = [b"GET", &key];
        assert_eq!(ours.run(&get), redis.run(&get), "{n} elements: same bytes");
        let dump: [&[u8]; 2] = [b"DUMP", &key];
        let our_dump = bulk_payload(&ours.run(&dump));
        let their_dump = bulk_payload(&redis.run(&dump));
        let copy = format!("copy{n}{dense}").into_bytes();
        let restore_ours: [&[u8]; 4] = [b"RESTORE", &copy, b"0", &their_dump];
        let restore_theirs: [&[u8]; 4] = [b"RESTORE", &copy, b"0", &our_dump];
        assert_eq!(ours.run(&restore_ours), b"+OK\r\n");
        assert_eq!(
            redis.run(&restore_theirs),
            b"+OK\r\n",
            "Redis restores ours"
        );
        for cmd in [&b"PFCOUNT"[..], b"GET"] {
            let args: [&[u8]; 2] = [cmd, &copy];
            assert_eq!(ours.run(&args), redis.run(&args), "{n} elements");
        }
        let grow: [&[u8]; 4] = [b"PFADD", &copy, b"one more", b"and another"];
        assert_eq!(ours.run(&grow), redis.run(&grow));
        for cmd in [&b"PFCOUNT"[..], b"GET"] {
            let args: [&[u8]; 2] = [cmd, &copy];
            assert_eq!(ours.run(&args), redis.run(&args), "{n} elements, grown");
        }
    }
}
