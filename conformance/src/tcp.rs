//! The TCP target: real sockets to a server process (redis-server for the recorder, a
//! Cinnabar binary for the runners), and the code that starts and stops those
//! processes on free loopback ports.

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use crate::frame::{Frame, Parsed, parse_frame};
use crate::run::{Got, Target, Wait};
use cinnabar_core::resp::encode_request;

/// How long a reply may take before the case is aborted.
pub const REPLY_TIMEOUT: Duration = Duration::from_secs(3);
/// How long a `!blocks` command is watched for an (unwanted) reply. It also gives the
/// server time to park the client before the next line runs.
pub const SETTLE: Duration = Duration::from_millis(200);
/// Pause between bytes with `!split-every-byte`, so the server sees separate reads.
const BYTE_PAUSE: Duration = Duration::from_millis(1);
/// Only the first bytes of a `!split-every-byte` send are paused (keeps big sends fast).
const PAUSED_BYTES: usize = 512;
/// How long a freshly started server may take to accept connections.
const START_TIMEOUT: Duration = Duration::from_secs(10);

struct Conn {
    stream: Option<TcpStream>,
    buf: Vec<u8>,
    closed: bool,
}

/// Connections to one server, as a [`Target`].
pub struct Tcp {
    addr: SocketAddr,
    clients: BTreeMap<String, Conn>,
}

impl Tcp {
    /// A target talking to the server at `addr`; clients connect on first use.
    pub fn new(addr: SocketAddr) -> Self {
        Tcp {
            addr,
            clients: BTreeMap::new(),
        }
    }

    fn conn(&mut self, client: &str) -> &mut Conn {
        let addr = self.addr;
        self.clients.entry(client.to_string()).or_insert_with(|| {
            match TcpStream::connect_timeout(&addr, REPLY_TIMEOUT) {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    Conn {
                        stream: Some(s),
                        buf: Vec::new(),
                        closed: false,
                    }
                }
                Err(_) => Conn {
                    stream: None,
                    buf: Vec::new(),
                    closed: true,
                },
            }
        })
    }
}

impl Target for Tcp {
    fn send(&mut self, client: &str, bytes: &[u8], every_byte: bool) {
        let c = self.conn(client);
        let Some(s) = c.stream.as_mut() else {
            return;
        };
        // Write errors (the server closed on us) show up as a close on the next read.
        if every_byte {
            for (i, b) in bytes.iter().enumerate() {
                if s.write_all(std::slice::from_ref(b)).is_err() {
                    return;
                }
                if i < PAUSED_BYTES {
                    std::thread::sleep(BYTE_PAUSE);
                }
            }
        } else {
            let _ = s.write_all(bytes);
        }
    }

    fn read(&mut self, client: &str, wait: Wait) -> Got {
        let c = self.conn(client);
        read_frame(c, wait)
    }

    /// Sends the end of input and waits (bounded) for the server to close its side,
    /// which it does once it has seen the end: the next step, on any connection, then
    /// finds the close handled (a multi-threaded server may otherwise still list the
    /// connection in CLIENT LIST, and the kernel itself does not order one socket's
    /// FIN before another socket's bytes on a loaded machine).
    fn close(&mut self, client: &str) {
        let c = self.conn(client);
        if let Some(mut s) = c.stream.take() {
            let _ = s.shutdown(Shutdown::Write);
            let deadline = Instant::now() + REPLY_TIMEOUT;
            let mut sink = [0u8; 4096];
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() || s.set_read_timeout(Some(left)).is_err() {
                    break;
                }
                match s.read(&mut sink) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e) if e.kind() == ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            let _ = s.shutdown(Shutdown::Both);
        }
        c.closed = true;
    }

    fn sleep(&mut self, ms: u64) {
        std::thread::sleep(Duration::from_millis(ms));
    }

    fn finish(&mut self) -> Vec<String> {
        for c in self.clients.values_mut() {
            if let Some(s) = c.stream.take() {
                let _ = s.shutdown(Shutdown::Both);
            }
        }
        self.clients.clear();
        Vec::new()
    }
}

fn read_frame(c: &mut Conn, wait: Wait) -> Got {
    let deadline = Instant::now()
        + match wait {
            Wait::Reply => REPLY_TIMEOUT,
            Wait::Settle => SETTLE,
        };
    let mut chunk = [0u8; 16 * 1024];
    loop {
        match parse_frame(&c.buf) {
            Parsed::Complete(f, n) => {
                c.buf.drain(..n);
                return Got::Frame(f);
            }
            Parsed::Invalid(e) => {
                c.buf.clear();
                return Got::Malformed(e);
            }
            Parsed::Incomplete => {}
        }
        let Some(s) = c.stream.as_mut().filter(|_| !c.closed) else {
            return if c.buf.is_empty() {
                Got::Closed
            } else {
                let n = c.buf.len();
                c.buf.clear();
                Got::Malformed(format!("connection closed after {n} bytes of a reply"))
            };
        };
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Got::Nothing;
        }
        let _ = s.set_read_timeout(Some(left));
        match s.read(&mut chunk) {
            Ok(0) => c.closed = true,
            Ok(n) => c.buf.extend_from_slice(&chunk[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Got::Nothing;
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => c.closed = true,
        }
    }
}

/// A server process this crate started; killed (by its own pid) when dropped.
pub struct ServerProcess {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    dir: PathBuf,
    /// A short name for messages (`redis-server`, `cinnabar`, ...).
    pub name: String,
}

/// Why a server could not be started.
#[derive(Debug)]
pub enum StartError {
    /// The executable is not there.
    Missing(String),
    /// It exited successfully without ever listening: a placeholder `fn main() {}`.
    Stub(String),
    /// It started but exited or never accepted a connection.
    Failed(String),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Missing(s) | StartError::Stub(s) | StartError::Failed(s) => f.write_str(s),
        }
    }
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A loopback port in 20000-29999 that nothing listens on right now.
pub fn free_port() -> Option<u16> {
    let base = 20_000 + (std::process::id() % 1000) * 10;
    for _ in 0..2_000 {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let port = 20_000 + ((base + n * 7) % 10_000) as u16;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return Some(port);
        }
    }
    None
}

impl ServerProcess {
    /// Starts `exe` the way redis-server is started (`--port P --bind 127.0.0.1 --save ''
    /// --appendonly no --dir <temp>` and then `extra`), and waits until it accepts.
    pub fn start(exe: &Path, extra: &[String]) -> Result<ServerProcess, StartError> {
        let name = exe
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if exe.components().count() > 1 && !exe.exists() {
            return Err(StartError::Missing(format!(
                "{} does not exist",
                exe.display()
            )));
        }
        let port = free_port().ok_or_else(|| StartError::Failed("no free port".into()))?;
        let dir = std::env::temp_dir().join(format!(
            "cinnabar-conformance-{}-{}-{port}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir)
            .map_err(|e| StartError::Failed(format!("{}: {e}", dir.display())))?;
        let log = std::fs::File::create(dir.join("server.log"))
            .map_err(|e| StartError::Failed(e.to_string()))?;
        let log2 = log
            .try_clone()
            .map_err(|e| StartError::Failed(e.to_string()))?;
        let mut args: Vec<String> = [
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.push(dir.to_string_lossy().into_owned());
        args.extend(extra.iter().cloned());
        let child = Command::new(exe)
            .args(&args)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log2)
            .spawn()
            .map_err(|e| match e.kind() {
                ErrorKind::NotFound => StartError::Missing(format!("{}: not found", exe.display())),
                _ => StartError::Failed(format!("{}: {e}", exe.display())),
            })?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let mut p = ServerProcess {
            child,
            addr,
            dir,
            name,
        };
        let started = Instant::now();
        while started.elapsed() < START_TIMEOUT {
            if let Ok(Some(status)) = p.child.try_wait() {
                let make = if status.success() {
                    StartError::Stub
                } else {
                    StartError::Failed
                };
                return Err(make(format!(
                    "{} {args:?} exited with {status} before accepting connections; log:\n{}",
                    exe.display(),
                    p.log_tail()
                )));
            }
            if let Ok(s) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
                drop(s);
                return Ok(p);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(StartError::Failed(format!(
            "{} did not accept connections on {addr} within {START_TIMEOUT:?}; log:\n{}",
            exe.display(),
            p.log_tail()
        )))
    }

    /// The server's working directory (`--dir`): where its RDB and AOF files go.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The end of the server's log, for error messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.dir.join("server.log")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Sends one command on a fresh connection and returns its reply (control traffic:
/// FLUSHALL between cases, INFO for the version check).
pub fn control(addr: SocketAddr, args: &[&[u8]]) -> Result<Frame, String> {
    let mut s = TcpStream::connect_timeout(&addr, REPLY_TIMEOUT).map_err(|e| e.to_string())?;
    s.write_all(&encode_request(args))
        .map_err(|e| e.to_string())?;
    let mut c = Conn {
        stream: Some(s),
        buf: Vec::new(),
        closed: false,
    };
    match read_frame(&mut c, Wait::Reply) {
        Got::Frame(f) => Ok(f),
        other => Err(format!("{other:?}")),
    }
}
