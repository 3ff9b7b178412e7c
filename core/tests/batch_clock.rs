//! The commands of one read time each other with one clock reading apiece (a lap: one
//! command's end is the next one's start), and the time between two reads belongs to
//! no command.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use cinnabar_core::resp::encode_request as cmd;
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

/// A server whose clock moves 1 µs at every reading, counting its readings.
struct Counted {
    server: Server,
    now: Now,
    id: ConnId,
    clock: Arc<AtomicU64>,
    reads: Arc<AtomicU64>,
}

impl Counted {
    fn new() -> Self {
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let clock = Arc::new(AtomicU64::new(now.mono.as_nanos()));
        let reads = Arc::new(AtomicU64::new(0));
        let (c, r) = (Arc::clone(&clock), Arc::clone(&reads));
        server.set_clock(move || {
            r.fetch_add(1, Ordering::Relaxed);
            Instant::from_nanos(c.fetch_add(1_000, Ordering::Relaxed))
        });
        let id = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
        Counted {
            server,
            now,
            id,
            clock,
            reads,
        }
    }

    /// Sends `commands` in one read; returns the replies.
    fn send(&mut self, commands: &[&[&str]]) -> String {
        let mut bytes = Vec::new();
        for args in commands {
            let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
            bytes.extend_from_slice(&cmd(&args));
        }
        self.server.handle_read(self.now, self.id, &bytes);
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.id).to_vec();
        self.server.consume_output(self.id, out.len());
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The `cmdstat_<name>` line of INFO commandstats.
    fn cmdstat(&mut self, name: &str) -> String {
        let info = self.send(&[&["INFO", "commandstats"]]);
        let prefix = format!("cmdstat_{name}:");
        info.lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_default()
            .to_string()
    }
}

#[test]
fn a_read_of_n_commands_reads_the_clock_n_plus_one_times() {
    let mut c = Counted::new();
    let before = c.reads.load(Ordering::Relaxed);
    let replies = c.send(&[&["PING"], &["SET", "k", "1"], &["INCR", "k"], &["PING"]]);
    assert_eq!(replies, "+PONG\r\n+OK\r\n:2\r\n+PONG\r\n");
    assert_eq!(c.reads.load(Ordering::Relaxed) - before, 5);
    // Each command lasted exactly one step of the clock.
    assert!(
        c.cmdstat("ping")
            .starts_with("cmdstat_ping:calls=2,usec=2,usec_per_call=1.00,"),
        "{}",
        c.cmdstat("ping")
    );
    assert!(
        c.cmdstat("incr")
            .starts_with("cmdstat_incr:calls=1,usec=1,usec_per_call=1.00,"),
        "{}",
        c.cmdstat("incr")
    );
}

#[test]
fn the_time_between_two_reads_belongs_to_no_command() {
    let mut c = Counted::new();
    assert_eq!(c.send(&[&["SLOWLOG", "RESET"]]), "+OK\r\n");
    assert_eq!(
        c.send(&[&["SET", "k", "v"], &["GET", "k"]]),
        "+OK\r\n$1\r\nv\r\n"
    );
    // 50 ms pass while the connection is idle: more than slowlog-log-slower-than.
    c.clock.fetch_add(50_000_000, Ordering::Relaxed);
    assert_eq!(
        c.send(&[&["GET", "k"], &["GET", "k"]]),
        "$1\r\nv\r\n$1\r\nv\r\n"
    );
    assert_eq!(c.send(&[&["SLOWLOG", "LEN"]]), ":0\r\n");
    assert!(
        c.cmdstat("get").starts_with("cmdstat_get:calls=3,usec=3,"),
        "{}",
        c.cmdstat("get")
    );
}
