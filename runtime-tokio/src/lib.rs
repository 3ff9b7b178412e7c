//! `cinnabar-tokio`: the tokio runtime around one [`Server`], and the speed reference.
//!
//! Shape: a current-thread runtime and a `LocalSet`; the core lives in an
//! `Rc<RefCell<Server>>` owned by that one thread, so the hot path takes no lock. Each
//! connection is a task that waits for "readable", "writable" (only while output is
//! pending) or "woken" (another task queued output or a close for it), reads into one
//! shared 64 KiB buffer with `try_read`, hands the bytes to the core, and drains the
//! core's outputs. `Output::Write(id)` is written at once with `try_write` straight from
//! the core's buffer, whichever connection it names, so all the replies to one read
//! leave in one write; what the socket does not take stays pending in the core and that
//! connection's task finishes it when writable, while still reading. Nothing is awaited
//! while the core is borrowed.
//!
//! Disk work (`Output::Disk`: snapshot chunks, renames, CONFIG REWRITE's file) goes to
//! the shared [`DiskWorker`] thread in the order the core emitted it; completions come
//! back over an unbounded tokio channel to a local task that hands them to the core
//! ([`Server::handle_disk_done`]) and drains its outputs, so a megabyte chunk or an
//! fsync never stalls the event loop. At shutdown the worker finishes what was queued
//! before the process exits.
//!
//! Start-up (command line, config file, listeners, logging) comes from
//! [`cinnabar_std::boot`], shared by all three runtimes.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::io;
use std::process::ExitCode;
use std::rc::Rc;
use std::task::{Poll, Waker};
use std::time::Duration;

use cinnabar_core::util::FastMap;
use cinnabar_core::{ConnId, Instant, Output, Server};
use cinnabar_std::boot::{self, Clock};
use cinnabar_std::disk::{DiskWorker, Done};
use tokio::io::Interest;
use tokio::net::{TcpListener, TcpStream};
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::Notify;
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

/// Size of the one read buffer all connections share (they never read concurrently).
const READ_BUF: usize = 64 * 1024;

/// Runs the `cinnabar` binary with the command-line arguments after the program name;
/// returns the process exit code.
pub fn run(args: &[String]) -> ExitCode {
    let boot = match boot::start(args, "tokio") {
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
/// SIGINT, SIGTERM), then writes what the sockets take of the pending replies and
/// returns.
pub fn serve(
    server: Server,
    listeners: Vec<std::net::TcpListener>,
    clock: Clock,
) -> io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, serve_local(server, listeners, clock))
}

/// One connection.
struct Conn {
    id: ConnId,
    stream: TcpStream,
    /// Another task has something for this one (output, close).
    woken: Cell<bool>,
    /// The waker of this connection's task while it waits.
    waker: RefCell<Option<Waker>>,
    /// Close once the pending output is written.
    closing: Cell<bool>,
    /// The socket failed: close without writing.
    broken: Cell<bool>,
}

impl Conn {
    /// Makes this connection's task look at its state again.
    fn wake(&self) {
        self.woken.set(true);
        if let Some(w) = self.waker.borrow_mut().take() {
            w.wake();
        }
    }

    /// Writes as much pending output as the socket takes without waiting; `true` if
    /// bytes remain.
    fn flush(&self, server: &mut Server) -> bool {
        loop {
            let pending = server.pending_output(self.id);
            if pending.is_empty() {
                return false;
            }
            match self.stream.try_write(pending) {
                Ok(n) => server.consume_output(self.id, n),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.broken.set(true);
                    self.wake();
                    return false;
                }
            }
        }
    }
}

/// What all tasks share (one thread, so `Cell`/`RefCell`).
struct Shared {
    server: RefCell<Server>,
    conns: RefCell<FastMap<ConnId, Rc<Conn>>>,
    read_buf: RefCell<Box<[u8]>>,
    clock: Clock,
    /// The deadline the timer task sleeps towards.
    timer_at: Cell<Option<Instant>>,
    /// Wakes the timer task when the next deadline moved earlier.
    timer: Notify,
    /// The core asked the process to stop.
    shutdown: Cell<bool>,
    /// Wakes the main task for shutdown.
    shutdown_notify: Notify,
    /// Carries out disk operations off the event loop.
    disk: DiskWorker,
    /// Disk operations submitted and not yet reported to the core.
    disk_outstanding: Cell<usize>,
    /// Wakes the main task when no disk operation is outstanding.
    disk_idle: Notify,
    /// Outbound connections the core asked for, not dialled yet.
    dials: RefCell<Vec<(ConnId, String, u16)>>,
    /// Wakes the dial task.
    dial_notify: Notify,
    /// The accept loops, one per listening socket.
    accept_tasks: RefCell<Vec<tokio::task::JoinHandle<()>>>,
    /// The core's requests to listen elsewhere (CONFIG SET port/bind), in order.
    listen_requests: RefCell<std::collections::VecDeque<ListenRequest>>,
    /// Wakes the listen task.
    listen_notify: Notify,
    /// The addresses listened on (`bind` entries and port).
    listening: RefCell<(Vec<String>, u16)>,
}

/// An [`Output::Listen`].
struct ListenRequest {
    token: u64,
    bind: Vec<String>,
    port: u16,
}

impl Shared {
    /// Carries out everything the core asked for, after any input.
    fn drain(&self, server: &mut Server) {
        while let Some(out) = server.poll_output() {
            match out {
                Output::Write(id) => {
                    if let Some(c) = self.conns.borrow().get(&id)
                        && c.flush(server)
                    {
                        c.wake();
                    }
                }
                Output::Close(id) => {
                    if let Some(c) = self.conns.borrow().get(&id) {
                        c.flush(server);
                        c.closing.set(true);
                        c.wake();
                    }
                }
                Output::Shutdown => {
                    if !self.shutdown.replace(true) {
                        self.shutdown_notify.notify_one();
                    }
                }
                Output::Disk(op) => match self.disk.submit(&server.config().dir, op) {
                    Ok(()) => self.disk_outstanding.set(self.disk_outstanding.get() + 1),
                    Err(failed) => {
                        server.handle_disk_done(self.clock.now(), failed.token, failed.result);
                    }
                },
                // A replica dialling its master: the dial task reports back.
                Output::Connect { id, host, port } => {
                    self.dials.borrow_mut().push((id, host, port));
                    self.dial_notify.notify_one();
                }
                Output::Log { level, text } => boot::log(server.log_role(), level, &text),
                Output::Listen { token, bind, port } => {
                    let request = ListenRequest { token, bind, port };
                    self.listen_requests.borrow_mut().push_back(request);
                    self.listen_notify.notify_one();
                }
            }
        }
        if let Some(next) = server.poll_timeout()
            && self.timer_at.get().is_none_or(|at| next < at)
        {
            self.timer.notify_one();
        }
    }

    /// Forgets `conn` (its socket closes when the last handle drops) and tells the core.
    fn close(&self, conn: &Conn) {
        if self.conns.borrow_mut().remove(&conn.id).is_some() {
            let now = self.clock.now();
            let mut server = self.server.borrow_mut();
            server.handle_closed(now, conn.id);
            self.drain(&mut server);
        }
    }
}

async fn serve_local(
    server: Server,
    listeners: Vec<std::net::TcpListener>,
    clock: Clock,
) -> io::Result<()> {
    let (disk_tx, disk_done) = unbounded_channel();
    let disk = DiskWorker::spawn(move |done| {
        // The loop is gone only at exit, when nobody waits for completions.
        let _ = disk_tx.send(done);
    })?;
    let listening = (server.config().bind.clone(), server.config().port);
    let shared = Rc::new(Shared {
        server: RefCell::new(server),
        conns: RefCell::new(FastMap::default()),
        read_buf: RefCell::new(vec![0u8; READ_BUF].into_boxed_slice()),
        clock,
        timer_at: Cell::new(None),
        timer: Notify::new(),
        shutdown: Cell::new(false),
        shutdown_notify: Notify::new(),
        disk,
        disk_outstanding: Cell::new(0),
        disk_idle: Notify::new(),
        dials: RefCell::new(Vec::new()),
        dial_notify: Notify::new(),
        accept_tasks: RefCell::new(Vec::new()),
        listen_requests: RefCell::new(std::collections::VecDeque::new()),
        listen_notify: Notify::new(),
        listening: RefCell::new(listening),
    });
    for l in listeners {
        start_accepting(&shared, l)?;
    }
    tokio::task::spawn_local(listen_loop(Rc::clone(&shared)));
    tokio::task::spawn_local(timer_loop(Rc::clone(&shared)));
    tokio::task::spawn_local(dial_loop(Rc::clone(&shared)));
    tokio::task::spawn_local(disk_loop(Rc::clone(&shared), disk_done));
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    boot::ready();
    while !shared.shutdown.get() {
        let name = tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
            _ = shared.shutdown_notify.notified() => continue,
        };
        boot::log_signal(name);
        let now = shared.clock.now();
        let mut server = shared.server.borrow_mut();
        server.handle_shutdown_signal(now, name);
        shared.drain(&mut server);
    }
    // What the core still waits for from the disk (a chunk of a final save abandoned
    // by a second signal, whose temp file it then removes) is carried to the end,
    // unless yet another signal says not to wait.
    while shared.disk_outstanding.get() > 0 {
        tokio::select! {
            () = shared.disk_idle.notified() => {}
            _ = term.recv() => break,
            _ = int.recv() => break,
        }
    }
    let mut server = shared.server.borrow_mut();
    for c in shared.conns.borrow().values() {
        c.flush(&mut server);
    }
    drop(server);
    // Whatever the core queued last (a temp file's removal) still happens.
    shared.disk.finish();
    boot::bye();
    Ok(())
}

/// Serves connections from `listener` in an accept loop of its own.
fn start_accepting(shared: &Rc<Shared>, listener: std::net::TcpListener) -> io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = TcpListener::from_std(listener)?;
    let task = tokio::task::spawn_local(accept_loop(Rc::clone(shared), listener));
    shared.accept_tasks.borrow_mut().push(task);
    Ok(())
}

/// Moves the listeners where the core asks (CONFIG SET port/bind), one request at a
/// time: the accept loops end (their sockets close), the new addresses are bound, or
/// the old ones again if they cannot be, and the core learns the result before it
/// answers the CONFIG SET.
async fn listen_loop(shared: Rc<Shared>) {
    loop {
        shared.listen_notify.notified().await;
        loop {
            let Some(req) = shared.listen_requests.borrow_mut().pop_front() else {
                break;
            };
            let old = std::mem::take(&mut *shared.accept_tasks.borrow_mut());
            for task in &old {
                task.abort();
            }
            for task in old {
                // Ended: its listener is closed, so its address can be bound again.
                let _ = task.await;
            }
            let (old_bind, old_port) = shared.listening.borrow().clone();
            let (listeners, mut result) = boot::relisten(&req.bind, req.port, &old_bind, old_port);
            if result.is_ok() {
                *shared.listening.borrow_mut() = (req.bind, req.port);
            }
            for l in listeners {
                if let Err(e) = start_accepting(&shared, l) {
                    boot::warning(&format!("Listening: {e}"));
                    result = result.and(Err(e.to_string()));
                }
            }
            let now = shared.clock.now();
            let mut server = shared.server.borrow_mut();
            server.handle_listen_done(now, req.token, result);
            shared.drain(&mut server);
        }
    }
}

async fn accept_loop(shared: Rc<Shared>, listener: TcpListener) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(x) => x,
            Err(e) => {
                boot::warning(&format!("Accepting client connection: {e}"));
                // Out of descriptors or similar: give the system a moment.
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let local = stream
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_default();
        let now = shared.clock.now();
        let mut server = shared.server.borrow_mut();
        let id = server.handle_accept(now, &peer.to_string(), &local);
        let conn = Rc::new(Conn {
            id,
            stream,
            woken: Cell::new(false),
            waker: RefCell::new(None),
            closing: Cell::new(false),
            broken: Cell::new(false),
        });
        shared.conns.borrow_mut().insert(id, Rc::clone(&conn));
        shared.drain(&mut server);
        drop(server);
        tokio::task::spawn_local(conn_task(Rc::clone(&shared), conn));
    }
}

/// Dials the outbound connections the core asks for ([`Output::Connect`]), each in a
/// task of its own.
async fn dial_loop(shared: Rc<Shared>) {
    loop {
        shared.dial_notify.notified().await;
        let dials = std::mem::take(&mut *shared.dials.borrow_mut());
        for (id, host, port) in dials {
            tokio::task::spawn_local(dial(Rc::clone(&shared), id, host, port));
        }
    }
}

/// Dials `host:port` for the core's connection `id`; once up, it is served as any
/// other connection.
async fn dial(shared: Rc<Shared>, id: ConnId, host: String, port: u16) {
    let result = TcpStream::connect((host.as_str(), port)).await;
    let now = shared.clock.now();
    let stream = match result {
        Ok(stream) => stream,
        Err(e) => {
            let mut server = shared.server.borrow_mut();
            server.handle_connect_failed(now, id, &boot::os_error_text(&e));
            shared.drain(&mut server);
            return;
        }
    };
    let _ = stream.set_nodelay(true);
    let local = stream
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let conn = Rc::new(Conn {
        id,
        stream,
        woken: Cell::new(false),
        waker: RefCell::new(None),
        closing: Cell::new(false),
        broken: Cell::new(false),
    });
    shared.conns.borrow_mut().insert(id, Rc::clone(&conn));
    {
        let mut server = shared.server.borrow_mut();
        server.handle_connected(now, id, &local);
        shared.drain(&mut server);
    }
    conn_task(shared, conn).await;
}

/// What woke a connection's task.
enum Event {
    Woken,
    Readable,
    Writable,
    Failed,
}

async fn conn_task(shared: Rc<Shared>, conn: Rc<Conn>) {
    let id = conn.id;
    loop {
        if conn.broken.get() {
            break;
        }
        let pending = !shared.server.borrow().pending_output(id).is_empty();
        let reading = !conn.closing.get();
        if !reading && !pending {
            break;
        }
        let event = poll_fn(|cx| {
            if conn.woken.replace(false) {
                return Poll::Ready(Event::Woken);
            }
            if reading && let Poll::Ready(r) = conn.stream.poll_read_ready(cx) {
                return Poll::Ready(r.map_or(Event::Failed, |()| Event::Readable));
            }
            if pending && let Poll::Ready(r) = conn.stream.poll_write_ready(cx) {
                return Poll::Ready(r.map_or(Event::Failed, |()| Event::Writable));
            }
            let mut slot = conn.waker.borrow_mut();
            if !slot.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                *slot = Some(cx.waker().clone());
            }
            Poll::Pending
        })
        .await;
        match event {
            Event::Woken => {}
            Event::Failed => break,
            Event::Writable => {
                conn.flush(&mut shared.server.borrow_mut());
            }
            Event::Readable => {
                let mut buf = shared.read_buf.borrow_mut();
                match read_once(&conn.stream, &mut buf) {
                    Ok(0) => {
                        // The peer finished sending: deliver what is still pending
                        // (its last replies), then close, as Redis's event loop does.
                        if shared.server.borrow().pending_output(id).is_empty() {
                            break;
                        }
                        conn.closing.set(true);
                    }
                    Ok(n) => {
                        let now = shared.clock.now();
                        let mut server = shared.server.borrow_mut();
                        boot::report_memory(&mut server, now);
                        server.handle_read(now, id, &buf[..n]);
                        drop(buf);
                        shared.drain(&mut server);
                    }
                    Err(e)
                        if matches!(
                            e.kind(),
                            io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
                        ) => {}
                    Err(_) => break,
                }
            }
        }
    }
    shared.close(&conn);
}

/// One `read`. A short read almost always means the socket is drained, so tokio's
/// readiness is cleared then (as if the next read had returned `WouldBlock`), which
/// saves that extra `read` syscall per request; if bytes arrived meanwhile, tokio
/// keeps the readiness (it compares event ticks) and the task reads again.
fn read_once(stream: &TcpStream, buf: &mut [u8]) -> io::Result<usize> {
    let mut result = None;
    let _ = stream.try_io(Interest::READABLE, || {
        let r = stream.try_read(buf);
        let short = matches!(r, Ok(n) if n > 0 && n < buf.len());
        result = Some(r);
        if short {
            Err(io::ErrorKind::WouldBlock.into())
        } else {
            Ok(())
        }
    });
    result.unwrap_or_else(|| Err(io::ErrorKind::WouldBlock.into()))
}

/// Hands the disk worker's completions to the core, in the order the operations were
/// submitted, and carries out what they lead to (the next snapshot chunk, replies to
/// SAVE, shutdown).
async fn disk_loop(shared: Rc<Shared>, mut done: UnboundedReceiver<Done>) {
    while let Some(first) = done.recv().await {
        {
            let mut server = shared.server.borrow_mut();
            let mut next = Some(first);
            while let Some(d) = next {
                shared
                    .disk_outstanding
                    .set(shared.disk_outstanding.get().saturating_sub(1));
                d.deliver(&mut server, shared.clock.now());
                next = done.try_recv().ok();
            }
            shared.drain(&mut server);
        }
        if shared.disk_outstanding.get() == 0 {
            shared.disk_idle.notify_one();
        }
        // A completion usually leads to the next snapshot slice, and the disk is often
        // done with it before the slice ends: without a turn for the connections here,
        // the loop would run slice after slice (up to tokio's budget) while clients wait.
        tokio::task::yield_now().await;
    }
}

async fn timer_loop(shared: Rc<Shared>) {
    loop {
        let next = shared.server.borrow().poll_timeout();
        shared.timer_at.set(next);
        let Some(at) = next else {
            shared.timer.notified().await;
            continue;
        };
        let deadline = tokio::time::Instant::from_std(shared.clock.to_std(at));
        tokio::select! {
            () = tokio::time::sleep_until(deadline) => {
                {
                    let now = shared.clock.now();
                    let mut server = shared.server.borrow_mut();
                    boot::report_memory(&mut server, now);
                    server.handle_timeout(now);
                    shared.drain(&mut server);
                }
                // A deadline of "now" (a busy script's next slice, eviction going
                // on) must not starve the connections: they get a turn in between.
                tokio::task::yield_now().await;
            }
            () = shared.timer.notified() => {}
        }
    }
}
