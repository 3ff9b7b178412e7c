//! A real redis-server 7.0.15 for interchange tests, and our own server with one
//! connection driven through its real parser and dispatch.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant as StdInstant};

use cinnabar_core::resp::encode_request;
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

/// The reference server.
pub const REDIS_SERVER: &str = "/usr/bin/redis-server";

/// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
pub const T0_MS: i64 = 1_700_000_000_000;

/// Our server with one connection, on a virtual clock.
pub struct OneConn {
    /// The server.
    pub server: Server,
    /// Its one client.
    pub conn: ConnId,
    /// The virtual time of the next input.
    pub now: Now,
}

impl OneConn {
    /// A server with default configuration, at [`T0_MS`].
    pub fn new() -> Self {
        let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        OneConn { server, conn, now }
    }

    /// Sends one command and returns its raw reply bytes.
    pub fn send(&mut self, args: &[&[u8]]) -> Vec<u8> {
        self.server
            .handle_read(self.now, self.conn, &encode_request(args));
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.conn).to_vec();
        self.server.consume_output(self.conn, out.len());
        out
    }

    /// Advances the virtual clock by `ms` and fires the server's deadline.
    pub fn advance(&mut self, ms: u64) {
        self.now = self.now.advance_millis(ms);
        self.server.handle_timeout(self.now);
    }
}

/// Length of the complete RESP2 frame at the start of `b`, if it is all there.
pub fn frame_len(b: &[u8]) -> Option<usize> {
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
        b'*' => {
            let n: i64 = head.parse().ok()?;
            let mut pos = after;
            for _ in 0..n.max(0) {
                pos += frame_len(b.get(pos..)?)?;
            }
            Some(pos)
        }
        _ => None,
    }
}

/// A redis-server on a free port (no persistence), killed on drop.
pub struct RedisServer {
    child: Child,
    port: u16,
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl RedisServer {
    /// Starts one in `dir` loading `dbfilename` if it exists, and waits for its PONG.
    pub fn start(dir: &Path, dbfilename: &str) -> RedisServer {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let child = Command::new(REDIS_SERVER)
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--dir", &dir.to_string_lossy(), "--dbfilename", dbfilename])
            .args(["--save", "", "--appendonly", "no", "--daemonize", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        let mut server = RedisServer { child, port };
        let deadline = StdInstant::now() + Duration::from_secs(20);
        loop {
            if let Ok(reply) = server.try_query(&[b"PING"])
                && reply == b"+PONG\r\n"
            {
                return server;
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("redis-server exited: {status}");
            }
            assert!(
                StdInstant::now() < deadline,
                "redis-server did not answer PING"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// One command on a fresh connection: its whole reply.
    pub fn try_query(&mut self, args: &[&[u8]]) -> std::io::Result<Vec<u8>> {
        let mut c = TcpStream::connect(("127.0.0.1", self.port))?;
        c.set_read_timeout(Some(Duration::from_secs(10)))?;
        c.write_all(&encode_request(args))?;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 65536];
        loop {
            if let Some(n) = frame_len(&buf) {
                buf.truncate(n);
                return Ok(buf);
            }
            let n = c.read(&mut chunk)?;
            if n == 0 {
                return Err(std::io::Error::other("connection closed"));
            }
            buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// [`try_query`](Self::try_query), failing the test on an I/O error.
    pub fn run(&mut self, args: &[&[u8]]) -> Vec<u8> {
        self.try_query(args).expect("redis-server answers")
    }
}
