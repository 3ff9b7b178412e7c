//! `cinnabar-async-std`: the async-std runtime around one [`Server`].
//!
//! async-std 1.13 is discontinued upstream (RUSTSEC-2025-0052, "unmaintained"); its
//! successor is smol, which shares the same async-io / async-executor underneath, so a
//! smol adapter would be this file with the imports changed. It is kept on 1.13.x
//! because it was asked for.
//!
//! Shape: async-std's executor is multi-threaded and `spawn_local` is unstable, so the
//! core is owned by one task (no lock) fed by a bounded channel of events. Each
//! connection has a reader task (read, send the bytes to the core task) and a writer
//! task. For `Output::Write(id)`, whichever connection it names, the core task first
//! sends without blocking (the socket is non-blocking), so the replies to one read
//! usually leave in one syscall with no hand-off; only what the socket does not take
//! goes to the writer task, at most one chunk at a time, copied from the core's buffer
//! and acknowledged with [`Server::consume_output`] once written, so the core's own
//! accounting of unsent output stays right. Reading never waits on writing, so a
//! client that pipelines without reading cannot deadlock us.
//!
//! Start-up (command line, config file, listeners, logging) comes from
//! [`cinnabar_std::boot`], shared by all three runtimes.

use std::io;
use std::process::ExitCode;
use std::time::Duration;

use async_std::channel::{Receiver, Sender, bounded, unbounded};
use async_std::net::{Shutdown, TcpListener, TcpStream};
use async_std::task;
use cinnabar_core::util::FastMap;
use cinnabar_core::{ConnId, Output, Server};
use cinnabar_std::boot::{self, Clock};
use cinnabar_std::{Sent, send_now};
use futures_lite::{AsyncReadExt, AsyncWriteExt, future};

/// Bytes a reader task asks for per `read`.
const READ_BUF: usize = 16 * 1024;
/// Most bytes handed to a writer task at once.
const WRITE_CHUNK: usize = 256 * 1024;
/// Events that may wait for the core task before readers stop reading.
const EVENT_QUEUE: usize = 1024;
/// How long the pending replies may take to leave at shutdown.
const SHUTDOWN_FLUSH: Duration = Duration::from_millis(500);

/// Runs the `cinnabar-async-std` binary with the command-line arguments after the
/// program name; returns the process exit code.
pub fn run(args: &[String]) -> ExitCode {
    let boot = match boot::start(args, "async-std") {
        Ok(b) => b,
        Err(code) => return code,
    };
    match serve(boot.server, boot.listeners, boot.clock) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            boot::warning(&format!("Fatal: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Serves on `listeners` (bound and listening) until the core asks to stop (SHUTDOWN,
/// SIGINT, SIGTERM), then gives the pending replies a moment to leave and returns.
pub fn serve(
    server: Server,
    listeners: Vec<std::net::TcpListener>,
    clock: Clock,
) -> io::Result<()> {
    task::block_on(Core::new(server, clock).run(listeners))
}

/// What the other tasks tell the core task.
enum Event {
    /// A connection was accepted.
    Accepted(TcpStream),
    /// Bytes were read.
    Read(ConnId, Vec<u8>),
    /// The peer finished sending.
    Eof(ConnId),
    /// The socket failed.
    Failed(ConnId),
    /// The writer wrote a whole chunk of this many bytes.
    Wrote(ConnId, usize),
    /// SIGINT or SIGTERM.
    Signal(&'static str),
}

/// One connection as the core task sees it.
struct Conn {
    /// A handle on the socket, to shut it down.
    stream: TcpStream,
    /// Chunks for the writer task.
    out: Sender<Vec<u8>>,
    /// Bytes handed to the writer and not yet reported written.
    in_flight: usize,
    /// Close once the pending output is written.
    closing: bool,
}

/// The core task's state.
struct Core {
    server: Server,
    conns: FastMap<ConnId, Conn>,
    clock: Clock,
    events: Sender<Event>,
    inbox: Receiver<Event>,
    shutdown: bool,
}

impl Core {
    fn new(server: Server, clock: Clock) -> Self {
        let (events, inbox) = bounded(EVENT_QUEUE);
        Core {
            server,
            conns: FastMap::default(),
            clock,
            events,
            inbox,
            shutdown: false,
        }
    }

    async fn run(mut self, listeners: Vec<std::net::TcpListener>) -> io::Result<()> {
        for l in listeners {
            task::spawn(accept_loop(TcpListener::from(l), self.events.clone()));
        }
        let signals = self.events.clone();
        boot::on_shutdown_signals(move |name| {
            let _ = signals.send_blocking(Event::Signal(name));
        })?;
        boot::ready();
        while !self.shutdown {
            let event = match self.server.poll_timeout() {
                Some(at) => {
                    let wait = self.clock.until(self.clock.now(), at);
                    future::or(async { self.inbox.recv().await.ok() }, async {
                        task::sleep(wait).await;
                        None
                    })
                    .await
                }
                None => self.inbox.recv().await.ok(),
            };
            if let Some(event) = event {
                self.handle(event);
                // Take whatever else is queued before looking at the clock again.
                while let Ok(event) = self.inbox.try_recv() {
                    self.handle(event);
                }
            }
            if let Some(at) = self.server.poll_timeout() {
                let now = self.clock.now();
                if at <= now.mono {
                    boot::report_memory(&mut self.server, now);
                    self.server.handle_timeout(now);
                    self.drain();
                }
            }
        }
        self.flush_for_shutdown().await;
        boot::bye();
        Ok(())
    }

    /// Hands one event to the core and carries out what it asks for.
    fn handle(&mut self, event: Event) {
        let now = self.clock.now();
        match event {
            Event::Accepted(stream) => self.accept(stream),
            Event::Read(id, bytes) => {
                if self.conns.contains_key(&id) {
                    boot::report_memory(&mut self.server, now);
                    self.server.handle_read(now, id, &bytes);
                }
            }
            Event::Eof(id) => {
                // Deliver what is still pending (the last replies), then close, as
                // Redis's event loop does.
                let pending = !self.server.pending_output(id).is_empty();
                match self.conns.get_mut(&id) {
                    Some(c) if pending => c.closing = true,
                    Some(_) => self.close(id),
                    None => {}
                }
            }
            Event::Failed(id) => self.close(id),
            Event::Wrote(id, n) => {
                if let Some(c) = self.conns.get_mut(&id) {
                    c.in_flight = 0;
                    self.server.consume_output(id, n);
                    self.kick(id);
                }
            }
            Event::Signal(name) => {
                boot::log_signal(name);
                self.server.handle_shutdown(now);
            }
        }
        self.drain();
    }

    fn accept(&mut self, stream: TcpStream) {
        let _ = stream.set_nodelay(true);
        let peer = stream
            .peer_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        let local = stream
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        let id = self.server.handle_accept(self.clock.now(), &peer, &local);
        let (out, chunks) = unbounded();
        task::spawn(reader(id, stream.clone(), self.events.clone()));
        task::spawn(writer(id, stream.clone(), chunks, self.events.clone()));
        self.conns.insert(
            id,
            Conn {
                stream,
                out,
                in_flight: 0,
                closing: false,
            },
        );
    }

    /// Carries out everything the core asked for.
    fn drain(&mut self) {
        while let Some(out) = self.server.poll_output() {
            match out {
                Output::Write(id) => self.kick(id),
                Output::Close(id) => {
                    if let Some(c) = self.conns.get_mut(&id) {
                        c.closing = true;
                        self.kick(id);
                    }
                }
                Output::Shutdown => {
                    if !self.shutdown {
                        self.shutdown = true;
                        boot::log_shutdown();
                    }
                }
                Output::Disk(op) => boot::run_disk_op(&mut self.server, &self.clock, op),
                // Outbound connections arrive with replication; until the core emits
                // them there is nothing to do.
                Output::Connect { .. } => {}
            }
        }
    }

    /// Gives `id`'s writer the next chunk if it is idle; closes a closing connection
    /// once everything is written.
    fn kick(&mut self, id: ConnId) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if c.in_flight > 0 {
            return;
        }
        match send_now(&mut self.server, id, &c.stream) {
            Sent::All => {
                if c.closing {
                    self.close(id);
                }
                return;
            }
            Sent::Blocked => {}
            Sent::Failed => {
                self.close(id);
                return;
            }
        }
        let pending = self.server.pending_output(id);
        let chunk = pending[..pending.len().min(WRITE_CHUNK)].to_vec();
        c.in_flight = chunk.len();
        if c.out.try_send(chunk).is_err() {
            self.close(id);
        }
    }

    /// Forgets `id`, shuts its socket down (ending its reader and writer) and tells the
    /// core.
    fn close(&mut self, id: ConnId) {
        if let Some(c) = self.conns.remove(&id) {
            let _ = c.stream.shutdown(Shutdown::Both);
            self.server.handle_closed(self.clock.now(), id);
            self.drain();
        }
    }

    /// Lets the writers send what is pending, for a bounded time.
    async fn flush_for_shutdown(&mut self) {
        let ids: Vec<ConnId> = self.conns.keys().copied().collect();
        for id in ids {
            self.kick(id);
        }
        let deadline = std::time::Instant::now() + SHUTDOWN_FLUSH;
        while self.conns.values().any(|c| c.in_flight > 0) {
            let wait = deadline.saturating_duration_since(std::time::Instant::now());
            let event = future::or(async { self.inbox.recv().await.ok() }, async {
                task::sleep(wait).await;
                None
            })
            .await;
            match event {
                Some(Event::Wrote(id, n)) => {
                    if let Some(c) = self.conns.get_mut(&id) {
                        c.in_flight = 0;
                        self.server.consume_output(id, n);
                        self.kick(id);
                    }
                }
                Some(Event::Failed(id)) => {
                    self.conns.remove(&id);
                }
                Some(_) => {}
                None => break,
            }
        }
    }
}

async fn accept_loop(listener: TcpListener, events: Sender<Event>) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                if events.send(Event::Accepted(stream)).await.is_err() {
                    return;
                }
            }
            Err(e) => {
                boot::warning(&format!("Accepting client connection: {e}"));
                // Out of descriptors or similar: give the system a moment.
                task::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

async fn reader(id: ConnId, mut stream: TcpStream, events: Sender<Event>) {
    let mut buf = vec![0u8; READ_BUF];
    loop {
        let event = match stream.read(&mut buf).await {
            Ok(0) => Event::Eof(id),
            Ok(n) => Event::Read(id, buf[..n].to_vec()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => Event::Failed(id),
        };
        let more = matches!(event, Event::Read(..));
        if events.send(event).await.is_err() || !more {
            return;
        }
    }
}

async fn writer(
    id: ConnId,
    mut stream: TcpStream,
    chunks: Receiver<Vec<u8>>,
    events: Sender<Event>,
) {
    // `recv` fails once the core task forgot the connection.
    while let Ok(chunk) = chunks.recv().await {
        let event = match stream.write_all(&chunk).await {
            Ok(()) => Event::Wrote(id, chunk.len()),
            Err(_) => Event::Failed(id),
        };
        let failed = matches!(event, Event::Failed(_));
        if events.send(event).await.is_err() || failed {
            return;
        }
    }
}
