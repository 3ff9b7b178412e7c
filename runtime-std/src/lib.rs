//! `cinnabar-std`: the blocking, std-threads runtime around one [`Server`].
//!
//! The core sits in one `Mutex` together with the connection table. Each connection
//! has a reader thread (read, lock, hand the bytes to the core, drain its outputs) and
//! a writer thread. When the core has bytes for a connection, whichever thread
//! produced them first tries a non-blocking send (`MSG_DONTWAIT`) under the lock, so
//! the replies to one read usually leave in one syscall without a thread hand-off;
//! whatever the socket does not take is left to that connection's writer thread, woken
//! through a channel, which writes blocking without the lock. No thread ever blocks
//! on a write while it should be reading, so a client that pipelines without reading
//! cannot stall us. A timer thread sleeps until the core's next deadline; a signal
//! thread turns SIGINT/SIGTERM into [`Server::handle_shutdown`]. Disk work goes to the
//! [`disk::DiskWorker`] thread in the order the core emitted it; that thread takes the
//! lock to report each completion ([`Server::handle_disk_done`]) and drain the outputs,
//! like any other input, so no connection thread ever waits for the disk.
//!
//! Closes are ordered as in Redis's single event loop: before the core handles input
//! from one connection, every connection whose peer had hung up by then (an epoll set
//! watching for `EPOLLRDHUP`) has its remaining input and its end handled first, so a
//! later `CLIENT LIST` never shows a connection its client closed earlier.
//!
//! The module [`boot`] (command line, config file, listeners, clock, log lines) is
//! plain std and shared with the tokio and async-std runtimes.

pub mod allocator;
pub mod boot;
pub mod command_clock;
pub mod disk;

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::fd::{AsFd, AsRawFd, FromRawFd, OwnedFd};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use std::thread;

use cinnabar_core::util::FastMap;
use cinnabar_core::{ConnId, Instant, Output, Server};
use socket2::SockRef;

use boot::Clock;

/// Bytes a reader thread asks for per `read`.
const READ_BUF: usize = 16 * 1024;
/// Most bytes a writer thread copies out of the core per `write`.
const WRITE_CHUNK: usize = 256 * 1024;
/// Most hang-ups taken from the epoll set per read.
const HANGUP_EVENTS: usize = 32;
/// Longest a reader waits for the readers of hung-up connections to hand in their end.
const HANGUP_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Runs the `cinnabar-std` binary with the command-line arguments after the program
/// name; returns the process exit code.
pub fn run(args: &[String]) -> ExitCode {
    let boot = match boot::start(args, "std") {
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

/// One connection as the shared state sees it.
struct Conn {
    /// A handle on the socket, to shut it down from any thread.
    stream: TcpStream,
    /// Wakes the connection's writer thread.
    wake: Sender<()>,
    /// The core asked to close once the pending output is written.
    closing: bool,
    /// The writer thread is writing a chunk it copied: nobody else may send until it
    /// reports back, or bytes would go out twice or out of order.
    writer_busy: bool,
    /// The reader thread has seen the end of the input (or the connection failed).
    ended: bool,
}

/// Everything behind the one lock.
struct State {
    server: Server,
    conns: FastMap<ConnId, Conn>,
    /// The deadline the timer thread is sleeping towards.
    timer_at: Option<Instant>,
    /// The core asked the process to stop.
    shutting_down: bool,
    /// Disk operations submitted and not yet reported to the core.
    disk_outstanding: usize,
    /// A signal arrived after the core asked to stop: exit without waiting for the
    /// disk operations the core still waits for.
    stop_waiting: bool,
    /// Connections whose peer hung up (reported by the epoll set) and whose reader has
    /// not yet handed the end of the input to the core.
    hung_up: Vec<ConnId>,
}

/// What every thread shares.
struct Shared {
    state: Mutex<State>,
    /// Wakes the timer thread when the next deadline moved earlier.
    timer: Condvar,
    /// Tells the main thread to flush and exit.
    shutdown: Mutex<Option<Sender<()>>>,
    clock: Clock,
    /// The disk thread (set once at start: its completions need `Shared`).
    disk: OnceLock<disk::DiskWorker>,
    /// Wakes the main thread when no disk operation is outstanding (or a signal says
    /// not to wait).
    disk_idle: Condvar,
    /// An epoll set with every connection's socket, watched for `EPOLLRDHUP` once.
    hangups: Option<OwnedFd>,
    /// Signalled when a reader hands the end of its input to the core.
    ended: Condvar,
    /// Outbound connections the core asked for, to the dial thread (set once at start).
    dials: Mutex<Option<Sender<(ConnId, String, u16)>>>,
    /// The accept threads, one per listening socket.
    acceptors: Mutex<Vec<Acceptor>>,
    /// Hands the core's requests to listen elsewhere (CONFIG SET port/bind) to the
    /// listen thread: token, `bind` entries, port.
    listen_tx: OnceLock<Sender<(u64, Vec<String>, u16)>>,
}

/// An accept thread and what stops it.
struct Acceptor {
    /// Set before the listener is shut down: the thread then ends.
    stop: Arc<std::sync::atomic::AtomicBool>,
    /// The listening socket (a second handle), shut down to wake `accept(2)`.
    listener: TcpListener,
    thread: thread::JoinHandle<()>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Carries out everything the core asked for, after any input.
    fn drain(&self, st: &mut State) {
        while let Some(out) = st.server.poll_output() {
            match out {
                Output::Write(id) => {
                    if let Some(c) = st.conns.get_mut(&id)
                        && !c.writer_busy
                    {
                        match send_now(&mut st.server, id, &c.stream) {
                            Sent::All => {}
                            Sent::Blocked => {
                                let _ = c.wake.send(());
                            }
                            Sent::Failed => {
                                // The writer finds the socket dead and closes it.
                                let _ = c.stream.shutdown(Shutdown::Both);
                                c.closing = true;
                                let _ = c.wake.send(());
                            }
                        }
                    }
                }
                Output::Close(id) => {
                    if let Some(c) = st.conns.get_mut(&id) {
                        c.closing = true;
                        let _ = c.wake.send(());
                    }
                }
                Output::Shutdown => {
                    if !st.shutting_down {
                        st.shutting_down = true;
                        let tx = self
                            .shutdown
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .take();
                        if let Some(tx) = tx {
                            let _ = tx.send(());
                        }
                    }
                }
                Output::Disk(op) => {
                    let queued = match self.disk.get() {
                        Some(d) => d.submit(&st.server.config().dir, op),
                        None => Err(disk::Done {
                            token: op.token(),
                            result: Err("disk worker is not running".to_string()),
                            bytes: None,
                        }),
                    };
                    match queued {
                        Ok(()) => st.disk_outstanding += 1,
                        Err(failed) => {
                            let now = self.clock.now();
                            st.server.handle_disk_done(now, failed.token, failed.result);
                        }
                    }
                }
                // A replica dialling its master: the dial thread reports back.
                Output::Connect { id, host, port } => {
                    let dials = self.dials.lock().unwrap_or_else(PoisonError::into_inner);
                    if let Some(tx) = dials.as_ref() {
                        let _ = tx.send((id, host, port));
                    }
                }
                Output::Log { level, text } => boot::log(st.server.log_role(), level, &text),
                Output::Listen { token, bind, port } => {
                    let sent = self
                        .listen_tx
                        .get()
                        .is_some_and(|tx| tx.send((token, bind, port)).is_ok());
                    if !sent {
                        let now = self.clock.now();
                        let result = Err(boot::CANNOT_RELISTEN.to_string());
                        st.server.handle_listen_done(now, token, result);
                    }
                }
            }
        }
        if let Some(next) = st.server.poll_timeout()
            && st.timer_at.is_none_or(|at| next < at)
        {
            self.timer.notify_one();
        }
    }

    /// Watches `stream` (connection `id`) for its peer hanging up.
    fn watch_hangup(&self, id: ConnId, stream: &TcpStream) {
        let Some(ep) = &self.hangups else {
            return;
        };
        let mut ev = libc::epoll_event {
            events: (libc::EPOLLRDHUP | libc::EPOLLONESHOT) as u32,
            u64: id.0,
        };
        // SAFETY: both descriptors are open for the duration of the call and `ev` is
        // a valid event; on failure the connection is simply not watched.
        unsafe {
            libc::epoll_ctl(
                ep.as_raw_fd(),
                libc::EPOLL_CTL_ADD,
                stream.as_raw_fd(),
                &mut ev,
            );
        }
    }

    /// The connections whose peer hung up since the last call (each reported once),
    /// written to `events`; returns how many. Called right after a read returns,
    /// without the lock.
    fn poll_hangups(&self, events: &mut [libc::epoll_event; HANGUP_EVENTS]) -> usize {
        let Some(ep) = &self.hangups else {
            return 0;
        };
        // SAFETY: `events` has room for the HANGUP_EVENTS events asked for; timeout 0.
        let n = unsafe {
            libc::epoll_wait(ep.as_raw_fd(), events.as_mut_ptr(), HANGUP_EVENTS as i32, 0)
        };
        usize::try_from(n).unwrap_or(0)
    }

    /// Before the core handles input from connection `id`: every other connection
    /// whose peer had hung up by the time that input was read (`events`, from
    /// [`poll_hangups`](Self::poll_hangups), plus those other readers saw) gets its
    /// remaining input and its end handled first, as Redis's event loop would have,
    /// waiting (bounded) for their readers. A connection that hung up itself never
    /// waits, so readers cannot wait on each other.
    fn settle_hangups<'a>(
        &'a self,
        mut st: MutexGuard<'a, State>,
        id: ConnId,
        events: &[libc::epoll_event],
    ) -> MutexGuard<'a, State> {
        st.hung_up.extend(events.iter().map(|ev| ConnId(ev.u64)));
        if st.hung_up.is_empty() || st.hung_up.contains(&id) {
            return st;
        }
        let deadline = std::time::Instant::now() + HANGUP_WAIT;
        loop {
            let State { hung_up, conns, .. } = &mut *st;
            hung_up.retain(|h| conns.get(h).is_some_and(|c| !c.ended));
            let now = std::time::Instant::now();
            if hung_up.is_empty() {
                return st;
            }
            if now >= deadline {
                // A reader that slow gives up its place rather than stall every read.
                hung_up.clear();
                return st;
            }
            st = self
                .ended
                .wait_timeout(st, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Forgets `id`, shuts its socket down (so its other thread stops) and tells the core.
    fn close(&self, st: &mut State, id: ConnId) {
        if let Some(c) = st.conns.remove(&id) {
            if let Some(ep) = &self.hangups {
                // SAFETY: both descriptors are open; failure only leaves a stale watch
                // that the ONESHOT flag keeps silent.
                unsafe {
                    libc::epoll_ctl(
                        ep.as_raw_fd(),
                        libc::EPOLL_CTL_DEL,
                        c.stream.as_raw_fd(),
                        std::ptr::null_mut(),
                    );
                }
            }
            let _ = c.stream.shutdown(Shutdown::Both);
            self.ended.notify_all();
            let now = self.clock.now();
            st.server.handle_closed(now, id);
            self.drain(st);
        }
    }
}

/// Serves on `listeners` until the core asks to stop (SHUTDOWN, SIGINT, SIGTERM), then
/// writes what it can of the pending replies and returns.
pub fn serve(server: Server, listeners: Vec<TcpListener>, clock: Clock) -> io::Result<()> {
    let (done_tx, done_rx) = channel();
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            server,
            conns: FastMap::default(),
            timer_at: None,
            shutting_down: false,
            disk_outstanding: 0,
            stop_waiting: false,
            hung_up: Vec::new(),
        }),
        timer: Condvar::new(),
        shutdown: Mutex::new(Some(done_tx)),
        clock,
        disk: OnceLock::new(),
        disk_idle: Condvar::new(),
        hangups: epoll_set(),
        ended: Condvar::new(),
        dials: Mutex::new(None),
        acceptors: Mutex::new(Vec::new()),
        listen_tx: OnceLock::new(),
    });
    let listening = {
        let st = shared.lock();
        (st.server.config().bind.clone(), st.server.config().port)
    };
    {
        let (dial_tx, dial_rx) = channel();
        *shared.dials.lock().unwrap_or_else(PoisonError::into_inner) = Some(dial_tx);
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("dial".into())
            .spawn(move || dial_loop(&shared, &dial_rx))?;
    }
    {
        let reporter = Arc::clone(&shared);
        let worker = disk::DiskWorker::spawn(move |done| {
            let mut st = reporter.lock();
            st.disk_outstanding = st.disk_outstanding.saturating_sub(1);
            let now = reporter.clock.now();
            done.deliver(&mut st.server, now);
            reporter.drain(&mut st);
            if st.disk_outstanding == 0 {
                reporter.disk_idle.notify_all();
            }
        })?;
        let _ = shared.disk.set(worker);
    }
    for listener in listeners {
        start_accepting(&shared, listener)?;
    }
    {
        let (tx, rx) = channel();
        let _ = shared.listen_tx.set(tx);
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("listen".into())
            .spawn(move || listen_loop(&shared, &rx, listening))?;
    }
    {
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("timer".into())
            .spawn(move || timer_loop(&shared))?;
    }
    {
        let shared = Arc::clone(&shared);
        boot::on_shutdown_signals(move |name| {
            boot::log_signal(name);
            let mut st = shared.lock();
            if st.shutting_down {
                st.stop_waiting = true;
                shared.disk_idle.notify_all();
            }
            let now = shared.clock.now();
            st.server.handle_shutdown_signal(now, name);
            shared.drain(&mut st);
        })?;
    }
    boot::ready();
    // Every sender is gone only if the state was dropped, which cannot happen while we
    // hold `shared`; either way, stop.
    let _ = done_rx.recv();
    // Best effort: what the sockets take now (a busy writer keeps its chunk).
    {
        let mut guard = shared.lock();
        // What the core still waits for from the disk (a chunk of a final save
        // abandoned by a second signal, whose temp file it then removes) is carried
        // to the end, unless yet another signal says not to wait.
        while guard.disk_outstanding > 0 && !guard.stop_waiting {
            guard = shared
                .disk_idle
                .wait(guard)
                .unwrap_or_else(PoisonError::into_inner);
        }
        let st = &mut *guard;
        for (&id, c) in &st.conns {
            if !c.writer_busy {
                send_now(&mut st.server, id, &c.stream);
            }
        }
        st.conns.clear();
    }
    // Whatever the core queued last (a temp file's removal) still happens; the worker
    // takes the lock to report, so it is not held here.
    if let Some(d) = shared.disk.get() {
        d.finish();
    }
    boot::bye();
    Ok(())
}

/// A fresh epoll set, or `None` if the system refuses one (closes are then not
/// ordered against other connections' input).
fn epoll_set() -> Option<OwnedFd> {
    // SAFETY: plain system call; a non-negative result is a descriptor we now own.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        boot::warning("epoll_create1 failed: closes are not ordered against other input");
        return None;
    }
    // SAFETY: `fd` is a freshly created descriptor owned by nobody else.
    Some(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// How far a non-blocking send got.
#[derive(Debug, PartialEq, Eq)]
pub enum Sent {
    /// Nothing is pending any more.
    All,
    /// The socket is full; bytes remain.
    Blocked,
    /// The socket failed.
    Failed,
}

/// Sends `id`'s pending output on `socket` without blocking (`MSG_DONTWAIT`, whatever
/// the socket's mode) and marks what left as consumed. The async-std runtime uses it
/// too.
pub fn send_now(server: &mut Server, id: ConnId, socket: &impl AsFd) -> Sent {
    let sock = SockRef::from(socket);
    loop {
        let pending = server.pending_output(id);
        if pending.is_empty() {
            return Sent::All;
        }
        match sock.send_with_flags(pending, libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL) {
            Ok(n) => server.consume_output(id, n),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Sent::Blocked,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Sent::Failed,
        }
    }
}

/// Starts an accept thread on `listener`.
fn start_accepting(shared: &Arc<Shared>, listener: TcpListener) -> io::Result<()> {
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let handle = listener.try_clone()?;
    let thread = {
        let (shared, stop) = (Arc::clone(shared), Arc::clone(&stop));
        thread::Builder::new()
            .name("accept".into())
            .spawn(move || accept_loop(&shared, &listener, &stop))?
    };
    shared
        .acceptors
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Acceptor {
            stop,
            listener: handle,
            thread,
        });
    Ok(())
}

/// Moves the listeners where the core asks (CONFIG SET port/bind), one request at a
/// time: the accept threads are stopped (their sockets shut down, then closed), the
/// new addresses are bound, or the old ones again if they cannot be, and the core
/// learns the result before it answers the CONFIG SET.
fn listen_loop(
    shared: &Arc<Shared>,
    requests: &Receiver<(u64, Vec<String>, u16)>,
    mut listening: (Vec<String>, u16),
) {
    while let Ok((token, bind, port)) = requests.recv() {
        let old = std::mem::take(
            &mut *shared
                .acceptors
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        );
        for a in old {
            a.stop.store(true, std::sync::atomic::Ordering::SeqCst);
            // Wakes the thread blocked in accept(2) (EINVAL on Linux).
            let _ = SockRef::from(&a.listener).shutdown(Shutdown::Both);
            let _ = a.thread.join();
        }
        let (listeners, mut result) = boot::relisten(&bind, port, &listening.0, listening.1);
        if result.is_ok() {
            listening = (bind, port);
        }
        for l in listeners {
            if let Err(e) = start_accepting(shared, l) {
                boot::warning(&format!("Listening: {e}"));
                result = result.and(Err(e.to_string()));
            }
        }
        let mut st = shared.lock();
        let now = shared.clock.now();
        st.server.handle_listen_done(now, token, result);
        shared.drain(&mut st);
    }
}

fn accept_loop(shared: &Arc<Shared>, listener: &TcpListener, stop: &std::sync::atomic::AtomicBool) {
    loop {
        let accepted = listener.accept();
        if stop.load(std::sync::atomic::Ordering::SeqCst) {
            // A connection that came in just before the stop is still served.
            if let Ok((stream, peer)) = accepted {
                let _ = start_conn(shared, stream, &peer.to_string());
            }
            return;
        }
        let (stream, peer) = match accepted {
            Ok(x) => x,
            Err(e) => {
                if e.kind() != io::ErrorKind::Interrupted {
                    boot::warning(&format!("Accepting client connection: {e}"));
                    // Out of descriptors or similar: give the system a moment.
                    thread::sleep(std::time::Duration::from_millis(10));
                }
                continue;
            }
        };
        if let Err(e) = start_conn(shared, stream, &peer.to_string()) {
            boot::warning(&format!("Error starting a client's threads: {e}"));
        }
    }
}

/// Dials the outbound connections the core asks for ([`Output::Connect`]), each on a
/// thread of its own; once up, a connection is served as any other.
fn dial_loop(shared: &Arc<Shared>, dials: &Receiver<(ConnId, String, u16)>) {
    while let Ok((id, host, port)) = dials.recv() {
        let shared = Arc::clone(shared);
        let spawned = thread::Builder::new()
            .name(format!("dial-{}", id.0))
            .spawn(move || dial(&shared, id, &host, port));
        if let Err(e) = spawned {
            boot::warning(&format!("Error starting a dial thread: {e}"));
        }
    }
}

/// Dials `host:port` for the core's connection `id` and reports the outcome.
fn dial(shared: &Arc<Shared>, id: ConnId, host: &str, port: u16) {
    let result = TcpStream::connect((host, port)).and_then(|stream| {
        start_conn_with(shared, stream, |server, now, local| {
            server.handle_connected(now, id, local);
            id
        })
    });
    if let Err(e) = result {
        let mut st = shared.lock();
        let now = shared.clock.now();
        st.server
            .handle_connect_failed(now, id, &boot::os_error_text(&e));
        shared.drain(&mut st);
    }
}

/// Registers an accepted connection with the core and starts its two threads.
fn start_conn(shared: &Arc<Shared>, stream: TcpStream, peer: &str) -> io::Result<()> {
    start_conn_with(shared, stream, |server, now, local| {
        server.handle_accept(now, peer, local)
    })
}

/// Registers a connection with the core (`register` tells it and returns its id) and
/// starts its two threads.
fn start_conn_with(
    shared: &Arc<Shared>,
    stream: TcpStream,
    register: impl FnOnce(&mut Server, cinnabar_core::Now, &str) -> ConnId,
) -> io::Result<()> {
    let _ = stream.set_nodelay(true);
    let local = stream
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let reader = stream.try_clone()?;
    let writer = stream.try_clone()?;
    let (wake, woken) = channel();
    let id = {
        let mut st = shared.lock();
        let now = shared.clock.now();
        let id = register(&mut st.server, now, &local);
        st.conns.insert(
            id,
            Conn {
                stream,
                wake,
                closing: false,
                writer_busy: false,
                ended: false,
            },
        );
        if let Some(c) = st.conns.get(&id) {
            shared.watch_hangup(id, &c.stream);
        }
        shared.drain(&mut st);
        id
    };
    let spawned = {
        let shared = Arc::clone(shared);
        thread::Builder::new()
            .name(format!("write-{}", id.0))
            .spawn(move || writer_loop(&shared, id, writer, woken))
    }
    .and_then(|_| {
        let shared = Arc::clone(shared);
        thread::Builder::new()
            .name(format!("read-{}", id.0))
            .spawn(move || reader_loop(&shared, id, reader))
    });
    if let Err(e) = spawned {
        let mut st = shared.lock();
        shared.close(&mut st, id);
        return Err(e);
    }
    Ok(())
}

fn reader_loop(shared: &Shared, id: ConnId, mut stream: TcpStream) {
    let mut buf = vec![0u8; READ_BUF];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => {
                // The peer finished sending: deliver what is already pending (its
                // last replies), then close, as Redis's event loop does.
                let mut st = shared.lock();
                let pending = !st.server.pending_output(id).is_empty();
                match st.conns.get_mut(&id) {
                    Some(c) if pending => {
                        c.closing = true;
                        c.ended = true;
                        let _ = c.wake.send(());
                        shared.ended.notify_all();
                    }
                    Some(_) => shared.close(&mut st, id),
                    None => {}
                }
                return;
            }
            Ok(n) => {
                let mut events = [libc::epoll_event { events: 0, u64: 0 }; HANGUP_EVENTS];
                let hangups = shared.poll_hangups(&mut events);
                let st = shared.lock();
                let mut st = shared.settle_hangups(st, id, events.get(..hangups).unwrap_or(&[]));
                if !st.conns.contains_key(&id) {
                    return;
                }
                let now = shared.clock.now();
                boot::report_memory(&mut st.server, now);
                st.server.handle_read(now, id, &buf[..n]);
                shared.drain(&mut st);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => {
                let mut st = shared.lock();
                shared.close(&mut st, id);
                return;
            }
        }
    }
}

fn writer_loop(shared: &Shared, id: ConnId, mut stream: TcpStream, woken: Receiver<()>) {
    let mut buf = Vec::new();
    // `recv` fails once the connection left the table (its sender was dropped).
    while woken.recv().is_ok() {
        while woken.try_recv().is_ok() {}
        loop {
            {
                let mut guard = shared.lock();
                let st = &mut *guard;
                let Some(c) = st.conns.get_mut(&id) else {
                    return;
                };
                let pending = st.server.pending_output(id);
                if pending.is_empty() {
                    if c.closing {
                        shared.close(st, id);
                        return;
                    }
                    break;
                }
                buf.clear();
                buf.extend_from_slice(&pending[..pending.len().min(WRITE_CHUNK)]);
                c.writer_busy = true;
            }
            // The lock is released while the socket takes the bytes.
            let written = stream.write_all(&buf);
            let mut guard = shared.lock();
            let st = &mut *guard;
            match written {
                Ok(()) => {
                    st.server.consume_output(id, buf.len());
                    if let Some(c) = st.conns.get_mut(&id) {
                        c.writer_busy = false;
                    }
                }
                Err(_) => {
                    shared.close(st, id);
                    return;
                }
            }
        }
    }
}

fn timer_loop(shared: &Shared) {
    let mut st = shared.lock();
    loop {
        let now = shared.clock.now();
        let next = st.server.poll_timeout();
        st.timer_at = next;
        match next {
            Some(at) if at <= now.mono => {
                boot::report_memory(&mut st.server, now);
                st.server.handle_timeout(now);
                shared.drain(&mut st);
                // A deadline of "now" again (a busy script's next slice) must not keep
                // the lock from the connection threads.
                drop(st);
                std::thread::yield_now();
                st = shared.lock();
            }
            Some(at) => {
                let wait = shared.clock.until(now, at);
                st = shared
                    .timer
                    .wait_timeout(st, wait)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0;
            }
            None => {
                st = shared
                    .timer
                    .wait(st)
                    .unwrap_or_else(PoisonError::into_inner)
            }
        }
    }
}
