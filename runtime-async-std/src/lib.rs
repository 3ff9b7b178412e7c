//! `cinnabar-async-std`: the async-std runtime around one [`Server`].
//!
//! async-std 1.13 is discontinued upstream (RUSTSEC-2025-0052, "unmaintained"); its
//! successor is smol, which shares the same async-io / async-executor underneath, so a
//! smol adapter would be this file with the imports changed. It is kept on 1.13.x
//! because it was asked for.
//!
//! Shape (the same as the tokio runtime's): one thread. An `async_executor::LocalExecutor`
//! (async-std's own executor crate) runs inside `async_std::task::block_on`, which polls
//! the async-io reactor on that same thread whenever no task is runnable. The core lives
//! in an `Rc<RefCell<Server>>`, so the hot path takes no lock and hands nothing to
//! another thread. Each connection is one task that polls its async-std `TcpStream`
//! with `poll_read` into one shared 64 KiB buffer, hands the bytes to the core and
//! drains the core's outputs right there. `Output::Write(id)` is sent at once with a
//! non-blocking `send` straight from the core's buffer, whichever connection it names,
//! so all the replies to one read leave in one syscall; what the socket does not take
//! stays pending in the core and that connection's task finishes it with `poll_write`
//! when the socket is writable, while still reading (the core applies the output-buffer
//! limits, so a client that pipelines without reading cannot deadlock us). Nothing is
//! awaited while the core is borrowed. A timer task sleeps towards the core's next
//! deadline; SIGINT/SIGTERM arrive from `boot`'s signal thread over a channel. At
//! shutdown reading stops and the connection tasks get up to 500 ms to write what is
//! pending. Disk work goes to the shared [`DiskWorker`] thread in the order the core
//! emitted it; its completions come back over an async-std channel to a task that hands
//! them to the core ([`Server::handle_disk_done`]), so the loop never waits for the disk;
//! at shutdown the worker finishes what was queued. (async-std still starts its global executor's threads, idle since nothing
//! is spawned on them, and async-io's fallback reactor thread, which backs off while
//! `block_on` drives the reactor.)
//!
//! Why (measured 2026-11-27, `bench/compare --pipelines 16`, `redis-benchmark -c 50
//! -P 16` on the 2-core development machine): the previous shape (async-std's
//! multi-threaded executor, a reader and a writer task per connection, every read sent
//! over a channel to one core task) paid several cross-thread wake-ups per batch and ran
//! executor threads that fought redis-benchmark for the two cores: 1.04-1.25 µs of
//! server CPU per request and 0.65-0.86x redis-server's throughput (PING, SET, GET,
//! INCR, LPUSH). This shape spends 0.64-0.76 µs on the same workloads and runs at
//! 0.98-1.09x (geometric mean 1.15x over ten workloads including HSET, SADD, ZADD and
//! XADD). It stays above the tokio runtime's ~0.55 µs because async-io re-arms
//! interest per wait (one-shot `epoll_ctl`), `poll_read` cannot skip the read that
//! finds the socket empty, and the poller sets a timerfd on every turn.
//!
//! Start-up (command line, config file, listeners, logging) comes from
//! [`cinnabar_std::boot`], shared by all three runtimes.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::io;
use std::pin::Pin;
use std::process::ExitCode;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use async_executor::LocalExecutor;
use async_std::channel::{Receiver, unbounded};
use async_std::net::{TcpListener, TcpStream};
use async_std::task;
use cinnabar_core::util::FastMap;
use cinnabar_core::{ConnId, Instant, Output, Server};
use cinnabar_std::boot::{self, Clock};
use cinnabar_std::disk::{DiskWorker, Done};
use cinnabar_std::{Sent, send_now};
use futures_lite::{AsyncRead, AsyncWrite, future};

/// Size of the one read buffer all connections share (they never read concurrently).
const READ_BUF: usize = 64 * 1024;
/// Reads in a row (each finding bytes without waiting) before a connection's task lets
/// the others run.
const MAX_BUSY_READS: u32 = 8;
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
    let ex = Rc::new(LocalExecutor::new());
    let result = task::block_on(ex.run(serve_local(&ex, server, listeners, clock)));
    // Dropping the executor drops the tasks still on it (accept loops, connections,
    // timer), which closes their sockets.
    drop(ex);
    result
}

/// A one-slot wake-up between tasks of the one thread: a flag and the waiter's waker.
#[derive(Default)]
struct Notify {
    set: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

impl Notify {
    /// Sets the flag and wakes the waiter, if any.
    fn notify(&self) {
        self.set.set(true);
        if let Some(w) = self.waker.borrow_mut().take() {
            w.wake();
        }
    }

    /// Ready (and clears the flag) if it was set; otherwise keeps `cx`'s waker.
    fn poll(&self, cx: &Context<'_>) -> Poll<()> {
        if self.set.replace(false) {
            return Poll::Ready(());
        }
        let mut slot = self.waker.borrow_mut();
        if !slot.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
            *slot = Some(cx.waker().clone());
        }
        Poll::Pending
    }

    /// Waits until the flag is set, and clears it.
    async fn wait(&self) {
        poll_fn(|cx| self.poll(cx)).await;
    }
}

/// One connection.
struct Conn {
    id: ConnId,
    stream: TcpStream,
    /// Another task has something for this one (output, close).
    woken: Notify,
    /// Close once the pending output is written.
    closing: Cell<bool>,
    /// The socket failed: close without writing.
    broken: Cell<bool>,
}

impl Conn {
    /// Writes as much pending output as the socket takes without waiting; `true` if
    /// bytes remain.
    fn flush(&self, server: &mut Server) -> bool {
        match send_now(server, self.id, &self.stream) {
            Sent::All => false,
            Sent::Blocked => true,
            Sent::Failed => {
                self.broken.set(true);
                self.woken.notify();
                false
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
    /// Wakes the main task for shutdown, and again when the last connection closed.
    main: Notify,
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
    /// The accept loops, one per listening socket (dropping one cancels it).
    accept_tasks: RefCell<Vec<async_executor::Task<()>>>,
    /// The core's requests to listen elsewhere (CONFIG SET port/bind): token, `bind`
    /// entries, port, in order.
    listen_requests: RefCell<std::collections::VecDeque<(u64, Vec<String>, u16)>>,
    /// Wakes the listen task.
    listen_notify: Notify,
    /// The addresses listened on (`bind` entries and port).
    listening: RefCell<(Vec<String>, u16)>,
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
                        c.woken.notify();
                    }
                }
                Output::Close(id) => {
                    if let Some(c) = self.conns.borrow().get(&id) {
                        c.flush(server);
                        c.closing.set(true);
                        c.woken.notify();
                    }
                }
                Output::Shutdown => {
                    if !self.shutdown.replace(true) {
                        self.main.notify();
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
                    self.dial_notify.notify();
                }
                Output::Log { level, text } => boot::log(server.log_role(), level, &text),
                Output::Listen { token, bind, port } => {
                    self.listen_requests
                        .borrow_mut()
                        .push_back((token, bind, port));
                    self.listen_notify.notify();
                }
            }
        }
        if let Some(next) = server.poll_timeout()
            && self.timer_at.get().is_none_or(|at| next < at)
        {
            self.timer.notify();
        }
    }

    /// Forgets `conn` (its socket closes when the last handle drops) and tells the core.
    fn close(&self, conn: &Conn) {
        if self.conns.borrow_mut().remove(&conn.id).is_some() {
            let now = self.clock.now();
            let mut server = self.server.borrow_mut();
            server.handle_closed(now, conn.id);
            self.drain(&mut server);
            if self.shutdown.get() && self.conns.borrow().is_empty() {
                self.main.notify();
            }
        }
    }
}

async fn serve_local(
    ex: &Rc<LocalExecutor<'static>>,
    server: Server,
    listeners: Vec<std::net::TcpListener>,
    clock: Clock,
) -> io::Result<()> {
    let (disk_tx, disk_done) = unbounded();
    let disk = DiskWorker::spawn(move |done| {
        // The loop is gone only at exit, when nobody waits for completions.
        let _ = disk_tx.try_send(done);
    })?;
    let listening = (server.config().bind.clone(), server.config().port);
    let shared = Rc::new(Shared {
        server: RefCell::new(server),
        conns: RefCell::new(FastMap::default()),
        read_buf: RefCell::new(vec![0u8; READ_BUF].into_boxed_slice()),
        clock,
        timer_at: Cell::new(None),
        timer: Notify::default(),
        shutdown: Cell::new(false),
        main: Notify::default(),
        disk,
        disk_outstanding: Cell::new(0),
        disk_idle: Notify::default(),
        dials: RefCell::new(Vec::new()),
        dial_notify: Notify::default(),
        accept_tasks: RefCell::new(Vec::new()),
        listen_requests: RefCell::new(std::collections::VecDeque::new()),
        listen_notify: Notify::default(),
        listening: RefCell::new(listening),
    });
    for l in listeners {
        start_accepting(&shared, ex, l);
    }
    ex.spawn(listen_loop(Rc::clone(&shared), Rc::downgrade(ex)))
        .detach();
    ex.spawn(timer_loop(Rc::clone(&shared))).detach();
    ex.spawn(dial_loop(Rc::clone(&shared), Rc::downgrade(ex)))
        .detach();
    ex.spawn(disk_loop(Rc::clone(&shared), disk_done)).detach();
    let (signal_tx, signals) = unbounded();
    boot::on_shutdown_signals(move |name| {
        let _ = signal_tx.try_send(name);
    })?;
    boot::ready();
    while !shared.shutdown.get() {
        let Some(name) = next_signal(&shared, &signals).await else {
            continue;
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
        let signalled = future::or(
            async {
                shared.disk_idle.wait().await;
                false
            },
            async {
                match signals.recv().await {
                    Ok(_) => true,
                    Err(_) => future::pending().await,
                }
            },
        )
        .await;
        if signalled {
            break;
        }
    }
    flush_for_shutdown(&shared).await;
    // Whatever the core queued last (a temp file's removal) still happens.
    shared.disk.finish();
    boot::bye();
    Ok(())
}

/// Waits for SIGINT/SIGTERM (`Some(name)`) or for the core's shutdown (`None`).
async fn next_signal(shared: &Shared, signals: &Receiver<&'static str>) -> Option<&'static str> {
    future::or(
        async {
            match signals.recv().await {
                Ok(name) => Some(name),
                // The signal thread is gone: only the core can stop us now.
                Err(_) => future::pending().await,
            }
        },
        async {
            shared.main.wait().await;
            None
        },
    )
    .await
}

/// Writes what the sockets take now, stops reading, and lets the connection tasks
/// finish writing the rest for a bounded time.
async fn flush_for_shutdown(shared: &Shared) {
    {
        let mut server = shared.server.borrow_mut();
        for c in shared.conns.borrow().values() {
            c.flush(&mut server);
            c.closing.set(true);
            c.woken.notify();
        }
    }
    future::or(
        async {
            while !shared.conns.borrow().is_empty() {
                shared.main.wait().await;
            }
        },
        async {
            task::sleep(SHUTDOWN_FLUSH).await;
        },
    )
    .await;
}

/// Serves connections from `listener` in an accept loop of its own.
fn start_accepting(
    shared: &Rc<Shared>,
    ex: &Rc<LocalExecutor<'static>>,
    listener: std::net::TcpListener,
) {
    let listener = TcpListener::from(listener);
    let task = ex.spawn(accept_loop(Rc::clone(shared), listener, Rc::downgrade(ex)));
    shared.accept_tasks.borrow_mut().push(task);
}

/// Moves the listeners where the core asks (CONFIG SET port/bind), one request at a
/// time: the accept loops are cancelled (their sockets close), the new addresses are
/// bound, or the old ones again if they cannot be, and the core learns the result
/// before it answers the CONFIG SET.
async fn listen_loop(shared: Rc<Shared>, ex: Weak<LocalExecutor<'static>>) {
    loop {
        shared.listen_notify.wait().await;
        loop {
            let Some((token, bind, port)) = shared.listen_requests.borrow_mut().pop_front() else {
                break;
            };
            let old = std::mem::take(&mut *shared.accept_tasks.borrow_mut());
            for task in old {
                // Cancelled and dropped: its listener is closed.
                let _ = task.cancel().await;
            }
            let (old_bind, old_port) = shared.listening.borrow().clone();
            let (listeners, result) = boot::relisten(&bind, port, &old_bind, old_port);
            if result.is_ok() {
                *shared.listening.borrow_mut() = (bind, port);
            }
            let Some(ex) = ex.upgrade() else {
                return;
            };
            for l in listeners {
                start_accepting(&shared, &ex, l);
            }
            let now = shared.clock.now();
            let mut server = shared.server.borrow_mut();
            server.handle_listen_done(now, token, result);
            shared.drain(&mut server);
        }
    }
}

async fn accept_loop(shared: Rc<Shared>, listener: TcpListener, ex: Weak<LocalExecutor<'static>>) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(x) => x,
            Err(e) => {
                boot::warning(&format!("Accepting client connection: {e}"));
                // Out of descriptors or similar: give the system a moment.
                task::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let Some(ex) = ex.upgrade() else {
            return;
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
            woken: Notify::default(),
            closing: Cell::new(false),
            broken: Cell::new(false),
        });
        shared.conns.borrow_mut().insert(id, Rc::clone(&conn));
        shared.drain(&mut server);
        drop(server);
        ex.spawn(conn_task(Rc::clone(&shared), conn)).detach();
    }
}

/// Dials the outbound connections the core asks for ([`Output::Connect`]), each in a
/// task of its own.
async fn dial_loop(shared: Rc<Shared>, ex: Weak<LocalExecutor<'static>>) {
    loop {
        shared.dial_notify.wait().await;
        let Some(ex) = ex.upgrade() else {
            return;
        };
        let dials = std::mem::take(&mut *shared.dials.borrow_mut());
        for (id, host, port) in dials {
            ex.spawn(dial(Rc::clone(&shared), id, host, port)).detach();
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
        woken: Notify::default(),
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

/// What a connection's task saw.
enum Event {
    /// Look at the state again (another task's wake-up, bytes written).
    Again,
    /// This many bytes were read and handed to the core.
    Read(usize),
    /// The peer finished sending.
    Eof,
    /// The socket failed.
    Failed,
}

async fn conn_task(shared: Rc<Shared>, conn: Rc<Conn>) {
    let id = conn.id;
    // Reads in a row that found bytes without waiting.
    let mut busy_reads = 0;
    loop {
        if conn.broken.get() {
            break;
        }
        let pending = !shared.server.borrow().pending_output(id).is_empty();
        let reading = !conn.closing.get();
        if !reading && !pending {
            break;
        }
        let mut waited = false;
        let event = poll_fn(|cx| {
            if conn.woken.set.replace(false) {
                return Poll::Ready(Event::Again);
            }
            if reading && let Poll::Ready(e) = poll_input(&shared, &conn, cx) {
                return Poll::Ready(e);
            }
            if pending && let Poll::Ready(e) = poll_flush(&shared, &conn, cx) {
                return Poll::Ready(e);
            }
            // Both the socket (above) and other tasks (here) can wake us now.
            waited = true;
            conn.woken.poll(cx).map(|()| Event::Again)
        })
        .await;
        match event {
            Event::Again => {}
            Event::Read(n) => {
                // async-io has no cooperative budget: a client that keeps the socket
                // full would keep this task running and starve the others (and the
                // timer). Let them run after a full buffer or a few reads in a row,
                // as Redis's event loop reads each client once per turn.
                busy_reads = if waited { 1 } else { busy_reads + 1 };
                if n == READ_BUF || busy_reads >= MAX_BUSY_READS {
                    busy_reads = 0;
                    future::yield_now().await;
                }
            }
            Event::Failed => break,
            Event::Eof => {
                // The peer finished sending: deliver what is still pending (its last
                // replies), then close, as Redis's event loop does.
                if shared.server.borrow().pending_output(id).is_empty() {
                    break;
                }
                conn.closing.set(true);
            }
        }
    }
    shared.close(&conn);
}

/// Reads once into the shared buffer (`Pending` registers for readability) and hands
/// the bytes to the core, then carries out its outputs. The read is the only wait:
/// async-io first tries the syscall and registers interest only on `WouldBlock`.
fn poll_input(shared: &Shared, conn: &Conn, cx: &mut Context<'_>) -> Poll<Event> {
    let mut buf = shared.read_buf.borrow_mut();
    match Pin::new(&mut &conn.stream).poll_read(cx, &mut buf) {
        Poll::Pending => Poll::Pending,
        Poll::Ready(Ok(0)) => Poll::Ready(Event::Eof),
        Poll::Ready(Ok(n)) => {
            let Some(input) = buf.get(..n) else {
                return Poll::Ready(Event::Failed);
            };
            let now = shared.clock.now();
            let mut server = shared.server.borrow_mut();
            boot::report_memory(&mut server, now);
            server.handle_read(now, conn.id, input);
            drop(buf);
            shared.drain(&mut server);
            Poll::Ready(Event::Read(n))
        }
        Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::Interrupted => Poll::Ready(Event::Again),
        Poll::Ready(Err(_)) => Poll::Ready(Event::Failed),
    }
}

/// Writes pending output straight from the core's buffer until the socket is full
/// (`Pending` registers for writability) or nothing is left.
fn poll_flush(shared: &Shared, conn: &Conn, cx: &mut Context<'_>) -> Poll<Event> {
    let mut server = shared.server.borrow_mut();
    loop {
        let pending = server.pending_output(conn.id);
        if pending.is_empty() {
            return Poll::Ready(Event::Again);
        }
        match Pin::new(&mut &conn.stream).poll_write(cx, pending) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Ok(0)) => return Poll::Ready(Event::Failed),
            Poll::Ready(Ok(n)) => server.consume_output(conn.id, n),
            Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::Interrupted => {}
            Poll::Ready(Err(_)) => return Poll::Ready(Event::Failed),
        }
    }
}

/// Hands the disk worker's completions to the core, in the order the operations were
/// submitted, and carries out what they lead to (the next snapshot chunk, replies to
/// SAVE, shutdown).
async fn disk_loop(shared: Rc<Shared>, done: Receiver<Done>) {
    while let Ok(first) = done.recv().await {
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
            shared.disk_idle.notify();
        }
        // Give the connections a turn between snapshot slices (see the tokio runtime).
        future::yield_now().await;
    }
}

async fn timer_loop(shared: Rc<Shared>) {
    loop {
        let next = shared.server.borrow().poll_timeout();
        shared.timer_at.set(next);
        let Some(at) = next else {
            shared.timer.wait().await;
            continue;
        };
        let wait = shared.clock.until(shared.clock.now(), at);
        let fired = future::or(
            async {
                task::sleep(wait).await;
                true
            },
            async {
                shared.timer.wait().await;
                false
            },
        )
        .await;
        if fired {
            {
                let now = shared.clock.now();
                let mut server = shared.server.borrow_mut();
                boot::report_memory(&mut server, now);
                server.handle_timeout(now);
                shared.drain(&mut server);
            }
            // A deadline of "now" again (a busy script's next slice) must not starve
            // the connections.
            future::yield_now().await;
        }
    }
}
