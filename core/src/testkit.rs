//! Test support, compiled only for the crate's own tests: seeded quickcheck runs that
//! print a replayable seed. `QC_SEED` replays a run; `QUICKCHECK_TESTS` scales it.

#![cfg(test)]

use quickcheck::{Gen, QuickCheck, Testable};

/// The seed of a run: `QC_SEED`, or a fresh one.
pub(crate) fn qc_seed() -> u64 {
    std::env::var("QC_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            use std::hash::{BuildHasher, Hasher};
            std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish()
        })
}

/// Runs `prop` for `QUICKCHECK_TESTS` cases (`default_tests` when unset) with inputs of
/// size `size`, from a seed printed on failure.
pub(crate) fn qc_check<A: Testable>(name: &str, size: usize, default_tests: u64, prop: A) {
    let seed = qc_seed();
    let tests = std::env::var("QUICKCHECK_TESTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default_tests);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        QuickCheck::new()
            .rng(Gen::from_size_and_seed(size, seed))
            .tests(tests)
            .quickcheck(prop)
    }));
    if let Err(e) = result {
        eprintln!("property {name} failed; replay with QC_SEED={seed}");
        std::panic::resume_unwind(e);
    }
}

/// A `Server` driven in process with a virtual clock, for the crate's unit tests: one
/// command at a time, its reply read back whole.
pub(crate) struct Harness {
    /// The server under test.
    pub server: crate::Server,
    /// The virtual time of the next input.
    pub now: crate::Now,
    next_port: u16,
}

impl Harness {
    /// A server started with `args` as command-line directives.
    pub fn new(args: &[&str]) -> Self {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let config = crate::Config::from_sources(None, &args).expect("config");
        let now = crate::Now::new(1_700_000_000_000_000, crate::Instant::from_millis(1));
        Harness {
            server: crate::Server::new(config, now),
            now,
            next_port: 50000,
        }
    }

    /// Opens a client connection.
    pub fn connect(&mut self) -> crate::ConnId {
        self.next_port += 1;
        let peer = format!("127.0.0.1:{}", self.next_port);
        self.server.handle_accept(self.now, &peer, "127.0.0.1:6379")
    }

    /// Sends one command on `conn` and returns everything written back.
    pub fn call(&mut self, conn: crate::ConnId, args: &[&str]) -> Vec<u8> {
        let mut req = format!("*{}\r\n", args.len()).into_bytes();
        for a in args {
            req.extend_from_slice(format!("${}\r\n{}\r\n", a.len(), a).as_bytes());
        }
        self.server.handle_read(self.now, conn, &req);
        let out = self.server.pending_output(conn).to_vec();
        self.server.consume_output(conn, out.len());
        out
    }

    /// [`call`](Self::call), the reply as text.
    pub fn call_text(&mut self, conn: crate::ConnId, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.call(conn, args)).into_owned()
    }

    /// Every output the server queued since the last look.
    pub fn outputs(&mut self) -> Vec<crate::Output> {
        std::iter::from_fn(|| self.server.poll_output()).collect()
    }

    /// Advances the virtual clock by `ms` and fires the server's deadline.
    pub fn advance(&mut self, ms: u64) {
        self.now = self.now.advance_millis(ms);
        self.server.handle_timeout(self.now);
    }

    /// The node's state.
    pub fn node(&mut self) -> &mut crate::server::Node {
        self.server.node_mut()
    }

    /// Completes every disk operation the server queues, round after round (at most
    /// `rounds`), as a runtime would; returns the paths renamed to and the texts of the
    /// AOF manifests written, in order.
    pub fn drive_disk(&mut self, rounds: usize) -> (Vec<String>, Vec<String>) {
        use crate::server::DiskOp;
        let (mut renamed, mut manifests) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let ops: Vec<DiskOp> = self
                .outputs()
                .into_iter()
                .filter_map(|o| match o {
                    crate::Output::Disk(op) => Some(op),
                    _ => None,
                })
                .collect();
            if ops.is_empty() {
                break;
            }
            for op in ops {
                match &op {
                    DiskOp::Rename { to, .. } => renamed.push(to.clone()),
                    DiskOp::WriteFile {
                        bytes,
                        rename_to: Some(to),
                        ..
                    } if to.ends_with(".manifest") => {
                        manifests.push(String::from_utf8_lossy(bytes).into_owned())
                    }
                    _ => {}
                }
                self.server.handle_disk_done(self.now, op.token(), Ok(()));
            }
        }
        (renamed, manifests)
    }

    /// Everything the server wrote on `conn` since the last look, taken.
    pub fn take_output(&mut self, conn: crate::ConnId) -> Vec<u8> {
        let out = self.server.pending_output(conn).to_vec();
        self.server.consume_output(conn, out.len());
        out
    }

    /// The last connection the core asked the runtime to dial (`Output::Connect`),
    /// draining the queued outputs.
    pub fn dialled(&mut self) -> Option<(crate::ConnId, String, u16)> {
        let mut found = None;
        while let Some(out) = self.server.poll_output() {
            if let crate::Output::Connect { id, host, port } = out {
                found = Some((id, host, port));
            }
        }
        found
    }

    /// A replica's link `conn`, just dialled, through the handshake as a master that
    /// accepts everything answers it (PING, two REPLCONFs): what the replica sent,
    /// its PSYNC last.
    pub fn answer_handshake(&mut self, conn: crate::ConnId) -> Vec<u8> {
        self.server
            .handle_connected(self.now, conn, "127.0.0.1:40000");
        let mut sent = self.take_output(conn);
        for reply in ["+PONG\r\n", "+OK\r\n", "+OK\r\n"] {
            self.server.handle_read(self.now, conn, reply.as_bytes());
            sent.extend(self.take_output(conn));
        }
        sent
    }
}
