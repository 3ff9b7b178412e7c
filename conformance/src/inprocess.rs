//! The in-process target: drives `cinnabar_core::Server` directly, with a virtual clock
//! that only `!sleep` advances (also the clock the core reads for command durations,
//! so every command takes 0 µs), input split at random byte boundaries (seeded), and
//! output drained in random pieces, exactly as a runtime would drive it.
//!
//! It also checks the runtime contract: bytes pending on a connection without an
//! `Output::Write` for it, or a deadline that does not move after `handle_timeout`,
//! are reported in the transcript.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use cinnabar_core::util::rng::Rng;
use cinnabar_core::{Config, ConnId, Instant, Now, Output, Server};

use crate::case::Case;
use crate::frame::{Parsed, parse_frame};
use crate::render::render;
use crate::run::{Got, Target, Wait};

/// Most outputs drained after one input before the core is declared stuck.
const MAX_OUTPUTS_PER_INPUT: usize = 1_000_000;
/// Most deadlines fired during one `!sleep`.
const MAX_TIMEOUTS_PER_SLEEP: usize = 1_000_000;

/// How input bytes are cut into `handle_read` calls.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Split {
    /// One `handle_read` per send; output drained whole.
    Whole,
    /// Random cuts (and random output drains), from this seed.
    Random(u64),
}

struct Conn {
    id: ConnId,
    inbox: Vec<u8>,
    closed: bool,
    /// Closed by the client (`!close`): what it had not read no longer matters.
    hung_up: bool,
}

/// Whether the virtual host can listen on `bind` entry `addr`: its loopback and
/// wildcard addresses, or any optional (`-`) entry.
fn listenable(addr: &str) -> bool {
    addr.starts_with('-')
        || matches!(
            addr,
            "127.0.0.1" | "::1" | "*" | "::*" | "0.0.0.0" | "::" | "localhost"
        )
}

/// A `Server` in this process, as a [`Target`].
pub struct InProcess {
    server: Server,
    now: Now,
    /// The virtual monotonic clock in nanoseconds, as the core reads it.
    clock: Arc<AtomicU64>,
    clients: BTreeMap<String, Conn>,
    split: Split,
    rng: Rng,
    next_port: u16,
    shut_down: bool,
    notes: Vec<String>,
    /// How many `handle_read` calls were made (tests check the splitting).
    pub reads_fed: usize,
}

impl InProcess {
    /// A fresh server with `case`'s options. `Err` carries Cinnabar's refusal of them.
    pub fn new(case: &Case, split: Split, unix_us: i64) -> Result<Self, String> {
        let config = Config::from_sources(None, &case.config)?;
        let now = Now::new(unix_us, Instant::from_millis(1_000));
        let seed = match split {
            Split::Whole => 0,
            Split::Random(s) => s,
        };
        let clock = Arc::new(AtomicU64::new(now.mono.as_nanos()));
        let mut server = Server::new(config, now);
        let reading = Arc::clone(&clock);
        server.set_clock(move || Instant::from_nanos(reading.load(Ordering::Relaxed)));
        Ok(InProcess {
            server,
            now,
            clock,
            clients: BTreeMap::new(),
            split,
            rng: Rng::new(seed),
            next_port: 40_001,
            shut_down: false,
            notes: Vec::new(),
            reads_fed: 0,
        })
    }

    fn conn(&mut self, client: &str) -> &mut Conn {
        if !self.clients.contains_key(client) {
            let peer = format!("127.0.0.1:{}", self.next_port);
            self.next_port = self.next_port.wrapping_add(1);
            let id = self.server.handle_accept(self.now, &peer, "127.0.0.1:6379");
            self.clients.insert(
                client.to_string(),
                Conn {
                    id,
                    inbox: Vec::new(),
                    closed: self.shut_down,
                    hung_up: false,
                },
            );
            if self.shut_down {
                self.server.handle_closed(self.now, id);
            }
            self.pump();
        }
        self.clients
            .get_mut(client)
            .expect("inserted above when missing")
    }

    /// Moves what is pending on `id` into its client's inbox, in random pieces.
    fn drain(&mut self, id: ConnId) {
        for _ in 0..MAX_OUTPUTS_PER_INPUT {
            let pending = self.server.pending_output(id);
            if pending.is_empty() {
                return;
            }
            let n = match self.split {
                Split::Whole => pending.len(),
                Split::Random(_) => 1 + self.rng.below(pending.len() as u64) as usize,
            };
            let bytes = pending[..n].to_vec();
            if let Some(c) = self.clients.values_mut().find(|c| c.id == id) {
                c.inbox.extend_from_slice(&bytes);
            }
            self.server.consume_output(id, n);
        }
    }

    /// Handles every output the core has queued, as a runtime would.
    fn pump(&mut self) {
        for _ in 0..MAX_OUTPUTS_PER_INPUT {
            let Some(out) = self.server.poll_output() else {
                self.check_unannounced();
                return;
            };
            match out {
                Output::Write(id) => self.drain(id),
                Output::Close(id) => {
                    self.drain(id);
                    if let Some(c) = self.clients.values_mut().find(|c| c.id == id) {
                        c.closed = true;
                    }
                    self.server.handle_closed(self.now, id);
                }
                Output::Shutdown => {
                    let ids: Vec<ConnId> = self.clients.values().map(|c| c.id).collect();
                    for id in ids {
                        self.drain(id);
                        self.server.handle_closed(self.now, id);
                    }
                    for c in self.clients.values_mut() {
                        c.closed = true;
                    }
                    self.shut_down = true;
                }
                Output::Connect { id, .. } => {
                    self.server
                        .handle_connect_failed(self.now, id, "Connection refused");
                }
                Output::Disk(op) => {
                    // Writes succeed; there is no file to read (ACL LOAD).
                    let result = match op {
                        cinnabar_core::server::DiskOp::ReadFile { .. } => {
                            Err("No such file or directory".to_string())
                        }
                        _ => Ok(()),
                    };
                    self.server.handle_disk_done(self.now, op.token(), result);
                }
                Output::Listen { token, bind, .. } => {
                    let result = match bind.iter().find(|a| !listenable(a)) {
                        None => Ok(()),
                        Some(_) => Err("Cannot assign requested address".to_string()),
                    };
                    self.server.handle_listen_done(self.now, token, result);
                }
                Output::Log { .. } => {}
            }
        }
        self.notes
            .push("(core: outputs never stopped coming after one input)".into());
    }

    /// Bytes waiting without an `Output::Write` would hang a real runtime.
    fn check_unannounced(&mut self) {
        let open: Vec<(String, ConnId)> = self
            .clients
            .iter()
            .filter(|(_, c)| !c.closed)
            .map(|(n, c)| (n.clone(), c.id))
            .collect();
        for (name, id) in open {
            let n = self.server.pending_output(id).len();
            if n > 0 {
                self.notes.push(format!(
                    "(core: {n} bytes pending for {} with no Output::Write)",
                    label(&name)
                ));
                self.drain(id);
            }
        }
    }

    fn cut_points(&mut self, len: usize, every_byte: bool) -> Vec<usize> {
        if every_byte {
            return (1..=len).collect();
        }
        match self.split {
            Split::Whole => vec![len],
            Split::Random(_) => {
                let mut cuts = Vec::new();
                let mut at = 0;
                while at < len {
                    let left = (len - at) as u64;
                    // Mostly tiny pieces, sometimes big ones.
                    let step = if self.rng.below(3) == 0 {
                        1 + self.rng.below(left)
                    } else {
                        1 + self.rng.below(left.min(4))
                    };
                    at += step as usize;
                    cuts.push(at);
                }
                cuts
            }
        }
    }
}

/// How a client is named in notes.
fn label(name: &str) -> String {
    if name.is_empty() {
        "the default client".to_string()
    } else {
        format!("@{name}")
    }
}

impl Target for InProcess {
    fn send(&mut self, client: &str, bytes: &[u8], every_byte: bool) {
        let (id, closed) = {
            let c = self.conn(client);
            (c.id, c.closed)
        };
        if closed {
            return;
        }
        let mut from = 0;
        for to in self.cut_points(bytes.len(), every_byte) {
            if self.clients.get(client).is_none_or(|c| c.closed) {
                return;
            }
            self.server.handle_read(self.now, id, &bytes[from..to]);
            self.reads_fed += 1;
            from = to;
            self.pump();
        }
    }

    fn read(&mut self, client: &str, _wait: Wait) -> Got {
        let c = self.conn(client);
        match parse_frame(&c.inbox) {
            Parsed::Complete(f, n) => {
                c.inbox.drain(..n);
                Got::Frame(f)
            }
            Parsed::Invalid(e) => {
                c.inbox.clear();
                Got::Malformed(e)
            }
            Parsed::Incomplete if c.closed => {
                if c.inbox.is_empty() {
                    Got::Closed
                } else {
                    let n = c.inbox.len();
                    c.inbox.clear();
                    Got::Malformed(format!("connection closed after {n} bytes of a reply"))
                }
            }
            Parsed::Incomplete => Got::Nothing,
        }
    }

    fn close(&mut self, client: &str) {
        let c = self.conn(client);
        c.hung_up = true;
        if !c.closed {
            c.closed = true;
            let id = c.id;
            self.server.handle_closed(self.now, id);
            self.pump();
        }
    }

    fn sleep(&mut self, ms: u64) {
        let target = self.now.advance_millis(ms);
        for _ in 0..MAX_TIMEOUTS_PER_SLEEP {
            match self.server.poll_timeout() {
                Some(t) if t <= target.mono => {
                    let ahead = t.nanos_since(self.now.mono);
                    let before = t;
                    self.now = Now::new(
                        self.now.unix_us.saturating_add((ahead / 1000) as i64),
                        self.now.mono.add_nanos(ahead),
                    );
                    self.clock
                        .store(self.now.mono.as_nanos(), Ordering::Relaxed);
                    self.server.handle_timeout(self.now);
                    self.pump();
                    if self.server.poll_timeout() == Some(before) {
                        self.notes.push(format!(
                            "(core: poll_timeout stayed at {} ns after handle_timeout)",
                            before.as_nanos()
                        ));
                        break;
                    }
                }
                _ => break,
            }
        }
        self.now = target;
        self.clock
            .store(self.now.mono.as_nanos(), Ordering::Relaxed);
        self.server.handle_timeout(self.now);
        self.pump();
    }

    fn finish(&mut self) -> Vec<String> {
        let mut lines = std::mem::take(&mut self.notes);
        let names: Vec<String> = self
            .clients
            .iter()
            .filter(|(_, c)| !c.hung_up)
            .map(|(n, _)| n.clone())
            .collect();
        for name in names {
            let mut extra = Vec::new();
            for _ in 0..16 {
                match self.read(&name, Wait::Reply) {
                    Got::Frame(f) => extra.extend(render(&f)),
                    Got::Malformed(e) => extra.push(format!("(malformed: {e})")),
                    Got::Closed | Got::Nothing => break,
                }
            }
            if !extra.is_empty() {
                lines.push(format!("(unread replies for {})", label(&name)));
                lines.extend(extra);
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::parse_case;
    use crate::run::run_case;

    const CASE: &str = "SET k v\n@b GET k\n!raw \"PING\\r\\nPING\\r\\n\"\n!read\n!close @b\n";
    const EXPECTED: &str = "> SET k v\n+OK\n> @b GET k\n\"v\"\n> !raw \"PING\\r\\nPING\\r\\n\"\n+PONG\n> !read\n+PONG\n> !close @b\n";

    #[test]
    fn random_splits_cut_input_and_keep_the_transcript() {
        let case = parse_case("t", "t", std::path::Path::new("t.case"), CASE).unwrap();
        let mut whole = InProcess::new(&case, Split::Whole, 0).unwrap();
        assert_eq!(run_case(&case, &mut whole), EXPECTED);
        assert_eq!(whole.reads_fed, 3);
        for seed in 1..20 {
            let mut split = InProcess::new(&case, Split::Random(seed), 0).unwrap();
            assert_eq!(run_case(&case, &mut split), EXPECTED, "seed {seed}");
            assert!(split.reads_fed > 3, "seed {seed} did not split");
        }
    }

    #[test]
    fn client_ids_are_learned_for_id_arguments() {
        // @b connects first (id 1) when its id is needed; the default client is id 2.
        let text = "CLIENT LIST ID {id@b} {id@b}\nCLIENT ID\n";
        let case = parse_case("t", "t", std::path::Path::new("t.case"), text).unwrap();
        let mut target = InProcess::new(&case, Split::Whole, 0).unwrap();
        let transcript = run_case(&case, &mut target);
        assert!(
            transcript.starts_with("> CLIENT LIST ID {id@b} {id@b}\n\"id=1 addr="),
            "{transcript}"
        );
        assert_eq!(
            transcript.matches("cmd=client|id ").count(),
            2,
            "{transcript}"
        );
        assert!(
            transcript.ends_with("> CLIENT ID\n(integer) 2\n"),
            "{transcript}"
        );
    }
}
