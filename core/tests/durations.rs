//! Command durations come from the clock the runtime hands the core: a virtual clock
//! that advances while a command runs must show in SLOWLOG, INFO commandstats and
//! latencystats, LATENCY HISTOGRAM and the latency monitor, with Redis's rules for
//! blocked commands (their first run and their serving add up, logged once served).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use cinnabar_core::resp::encode_request as cmd;
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

/// A server whose clock moves `step` nanoseconds at every reading.
struct Timed {
    server: Server,
    now: Now,
    step: Arc<AtomicU64>,
}

impl Timed {
    fn new() -> Self {
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let clock = Arc::new(AtomicU64::new(now.mono.as_nanos()));
        let step = Arc::new(AtomicU64::new(0));
        let (c, s) = (Arc::clone(&clock), Arc::clone(&step));
        server.set_clock(move || {
            Instant::from_nanos(c.fetch_add(s.load(Ordering::Relaxed), Ordering::Relaxed))
        });
        Timed { server, now, step }
    }

    fn connect(&mut self, port: u16) -> ConnId {
        let peer = format!("127.0.0.1:{port}");
        self.server.handle_accept(self.now, &peer, "127.0.0.1:6379")
    }

    /// Each clock reading from now on moves the clock `ms` milliseconds.
    fn step_ms(&self, ms: u64) {
        self.step.store(ms * 1_000_000, Ordering::Relaxed);
    }

    /// Sends one command on `id`; returns what is pending there afterwards.
    fn send(&mut self, id: ConnId, args: &[&str]) -> String {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        self.server.handle_read(self.now, id, &cmd(&args));
        while self.server.poll_output().is_some() {}
        self.take(id)
    }

    fn take(&mut self, id: ConnId) -> String {
        let out = self.server.pending_output(id).to_vec();
        self.server.consume_output(id, out.len());
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Runs `args` on `id` with a still clock.
    fn still(&mut self, id: ConnId, args: &[&str]) -> String {
        self.step_ms(0);
        self.send(id, args)
    }
}

#[test]
fn a_command_during_which_the_clock_advanced_is_in_the_slow_log() {
    let mut t = Timed::new();
    let c = t.connect(1);
    assert_eq!(t.still(c, &["SLOWLOG", "RESET"]), "+OK\r\n");
    // Each command reads the clock twice: a step of 15 ms makes it last 15 ms.
    t.step_ms(15);
    assert_eq!(t.send(c, &["SET", "k", "v"]), "+OK\r\n");
    // 5 ms is under the default slowlog-log-slower-than (10000 µs).
    t.step_ms(5);
    assert_eq!(t.send(c, &["GET", "k"]), "$1\r\nv\r\n");
    assert_eq!(t.still(c, &["SLOWLOG", "LEN"]), ":1\r\n");
    let log = t.still(c, &["SLOWLOG", "GET"]);
    let expected_tail =
        ":15000\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n$11\r\n127.0.0.1:1\r\n$0\r\n\r\n";
    assert!(
        log.starts_with("*1\r\n*6\r\n:0\r\n:1700000000\r\n"),
        "{log:?}"
    );
    assert!(log.ends_with(expected_tail), "{log:?}");
}

#[test]
fn commandstats_latencystats_and_the_histogram_add_up_the_durations() {
    let mut t = Timed::new();
    let c = t.connect(1);
    t.step_ms(15);
    t.send(c, &["SET", "k", "v"]);
    t.step_ms(5);
    t.send(c, &["SET", "k", "v"]);
    let info = t.still(c, &["INFO", "commandstats"]);
    assert!(
        info.contains("cmdstat_set:calls=2,usec=20000,usec_per_call=10000.00,"),
        "{info}"
    );
    let info = t.still(c, &["INFO", "latencystats"]);
    // HdrHistogram with two significant digits: 5 ms counts as 5,013,503 ns and 15 ms
    // as 15,007,743 ns (the highest values of their slots).
    assert!(
        info.contains("latency_percentiles_usec_set:p50=5013.503,p99=15007.743,p99.9=15007.743"),
        "{info}"
    );
    let hist = t.still(c, &["LATENCY", "HISTOGRAM", "set"]);
    // Redis's steps are powers of two from 1024 ns, labelled with the highest value of
    // their slot in µs: ..., 4227, 8454, 16908. 5 ms is past 4227 µs.
    assert_eq!(
        hist,
        "*2\r\n$3\r\nset\r\n*4\r\n$5\r\ncalls\r\n:2\r\n$14\r\nhistogram_usec\r\n*4\r\n:8454\r\n:1\r\n:16908\r\n:2\r\n"
    );
}

#[test]
fn the_latency_monitor_records_events_over_its_threshold() {
    let mut t = Timed::new();
    let c = t.connect(1);
    t.still(c, &["CONFIG", "SET", "latency-monitor-threshold", "10"]);
    t.step_ms(15);
    t.send(c, &["SET", "k", "v"]); // not a fast command: `command`
    t.send(c, &["GET", "k"]); // fast: `fast-command`
    t.step_ms(5);
    t.send(c, &["SET", "k", "v"]); // under the threshold
    let latest = t.still(c, &["LATENCY", "LATEST"]);
    assert_eq!(
        latest,
        "*2\r\n*4\r\n$7\r\ncommand\r\n:1700000000\r\n:15\r\n:15\r\n*4\r\n$12\r\nfast-command\r\n:1700000000\r\n:15\r\n:15\r\n"
    );
    assert_eq!(
        t.still(c, &["LATENCY", "HISTORY", "command"]),
        "*1\r\n*2\r\n:1700000000\r\n:15\r\n"
    );
    assert_eq!(t.still(c, &["LATENCY", "RESET", "COMMAND"]), ":1\r\n");
    assert_eq!(t.still(c, &["LATENCY", "RESET"]), ":1\r\n");
    assert_eq!(t.still(c, &["LATENCY", "LATEST"]), "*0\r\n");
}

#[test]
fn a_blocked_command_counts_its_first_run_and_its_serving() {
    let mut t = Timed::new();
    let (a, b) = (t.connect(1), t.connect(2));
    t.still(a, &["CONFIG", "SET", "latency-monitor-threshold", "10"]);
    t.step_ms(20);
    assert_eq!(t.send(b, &["BLPOP", "q", "0"]), "");
    // Not logged while it waits.
    assert_eq!(t.still(a, &["SLOWLOG", "LEN"]), ":0\r\n");
    // RPUSH runs 15 ms, then serving BLPOP 15 ms more.
    t.step_ms(15);
    assert_eq!(t.send(a, &["RPUSH", "q", "x"]), ":1\r\n");
    assert_eq!(t.take(b), "*2\r\n$1\r\nq\r\n$1\r\nx\r\n");
    let log = t.still(a, &["SLOWLOG", "GET", "1"]);
    assert!(
        log.contains(":35000\r\n*3\r\n$5\r\nBLPOP\r\n"),
        "first run 20 ms + serving 15 ms: {log:?}"
    );
    let info = t.still(a, &["INFO", "commandstats"]);
    assert!(info.contains("cmdstat_blpop:calls=1,usec=35000,"), "{info}");
    let history = t.still(a, &["LATENCY", "HISTORY", "command-unblocking"]);
    assert_eq!(history, "*1\r\n*2\r\n:1700000000\r\n:15\r\n");
}

#[test]
fn a_blocked_command_that_times_out_is_logged_with_its_first_run() {
    let mut t = Timed::new();
    let c = t.connect(1);
    t.step_ms(12);
    assert_eq!(t.send(c, &["BLPOP", "q", "0.1"]), "");
    t.step_ms(0);
    t.now = t.now.advance_millis(200);
    t.server.handle_timeout(t.now);
    while t.server.poll_output().is_some() {}
    assert_eq!(t.take(c), "*-1\r\n");
    let log = t.still(c, &["SLOWLOG", "GET", "1"]);
    assert!(log.contains(":12000\r\n*3\r\n$5\r\nBLPOP\r\n"), "{log:?}");
}

#[test]
fn without_a_clock_commands_take_no_time() {
    let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
    let mut server = Server::new(Config::default(), now);
    let c = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
    server.handle_read(now, c, &cmd(&[b"SET", b"k", b"v"]));
    server.handle_read(now, c, &cmd(&[b"INFO", b"commandstats"]));
    let out = String::from_utf8_lossy(server.pending_output(c)).into_owned();
    assert!(
        out.contains("cmdstat_set:calls=1,usec=0,usec_per_call=0.00,"),
        "{out}"
    );
}
