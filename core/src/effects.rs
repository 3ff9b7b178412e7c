//! The effects stream: what write commands did, as commands in RESP, for the AOF and
//! for replicas. It is built once here and read by both.
//!
//! Redis 7.0's rules, which this follows (checked against the `.incr.aof` files of a
//! real redis-server 7.0.15):
//! - A command that changed the dataset (the `dirty` counter moved) is propagated as
//!   sent, unless its handler rewrote it ([`Effects::rewrite`]: `SET k v EX 10` goes out
//!   as `SET k v PXAT <ms>`, `BLPOP` as `LPOP`), added other commands
//!   ([`Effects::also`]), or prevented it. A command may force its propagation while
//!   changing nothing (FLUSHALL of an empty server), or send it to replicas only
//!   (PUBLISH).
//! - Keys found expired by a lookup are propagated as `DEL` (`UNLINK` with
//!   `lazyfree-lazy-expire` / `-eviction`) where the deletion happens,
//!   inside the running command's unit; keys removed by the active expiry cycle or by
//!   eviction each go out as a `DEL` of their own.
//! - Everything one top-level command caused (a transaction's commands, a script's
//!   calls, a lazy expiry before a write) is one unit: two or more commands are wrapped
//!   in `MULTI` ... `EXEC`, one goes alone.
//! - Each target (AOF, replicas) has its own idea of the selected database and gets a
//!   `SELECT` before a command for another database.
//!
//! Nothing is built while nobody consumes the stream (no AOF, no replication backlog):
//! the command path then pays one branch.

use std::ops::Range;

/// Target bit: the append-only file.
pub const TO_AOF: u8 = 1;
/// Target bit: replicas (and the replication backlog).
pub const TO_REPL: u8 = 2;
/// Both targets.
pub const TO_ALL: u8 = TO_AOF | TO_REPL;

/// One command of the running unit.
#[derive(Debug, Clone)]
struct Op {
    /// The database it applies to.
    db: usize,
    /// [`TO_AOF`] / [`TO_REPL`] bits.
    targets: u8,
    /// Its RESP encoding in [`Effects::unit`].
    bytes: Range<usize>,
}

/// What the running command's own request becomes in the stream.
#[derive(Debug, Clone, Default)]
pub enum OwnEffect {
    /// The request as sent, if it changed the dataset.
    #[default]
    AsSent,
    /// Something else (RESP-encoded in [`Effects::rewritten`]), if it changed the dataset.
    Rewritten,
    /// Nothing (its effects were propagated otherwise, or it has none).
    Prevented,
}

/// Where one target's bytes collect until its consumer takes them.
#[derive(Debug, Default)]
pub struct Sink {
    /// Encoded commands not taken yet.
    pub bytes: Vec<u8>,
    /// The database the target last saw selected (`None`: the next command SELECTs).
    selected: Option<usize>,
    /// Bytes ever appended to this target (a master's replication offset grows by these).
    pub total: u64,
}

impl Sink {
    /// Forgets which database the target has selected: the next command SELECTs first
    /// (a new AOF file, a replica that starts from a snapshot).
    pub fn reset_selected(&mut self) {
        self.selected = None;
    }

    /// The database the target last saw selected (`None`: none since the last reset).
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Appends `cmd` (RESP) for database `db`, selecting it first if needed.
    fn push(&mut self, db: usize, cmd: &[u8]) {
        if self.selected != Some(db) {
            let mut number = itoa::Buffer::new();
            let start = self.bytes.len();
            encode_into(&mut self.bytes, &[b"SELECT", number.format(db).as_bytes()]);
            self.total += (self.bytes.len() - start) as u64;
            self.selected = Some(db);
        }
        self.bytes.extend_from_slice(cmd);
        self.total += cmd.len() as u64;
    }
}

/// The effects stream's state: the unit being built and each target's output.
#[derive(Debug, Default)]
pub struct Effects {
    /// Targets with a consumer ([`TO_AOF`] while the AOF is on, [`TO_REPL`] while a
    /// replication backlog exists).
    consumers: u8,
    /// The ops of the running unit.
    ops: Vec<Op>,
    /// Their encodings.
    unit: Vec<u8>,
    /// What the running command's own request becomes.
    own: OwnEffect,
    /// Targets the running command is propagated to even if it changed nothing.
    forced: u8,
    /// Targets the running command is propagated to (if it changed something).
    own_targets: u8,
    /// The running command's rewritten request, RESP-encoded.
    rewritten: Vec<u8>,
    /// This node replicates a master: its commands feed only the AOF, and replicas get
    /// the master's stream verbatim ([`proxy`](Self::proxy)), as Redis 7.0 does.
    proxying: bool,
    /// The AOF's bytes.
    pub aof: Sink,
    /// The replicas' bytes.
    pub repl: Sink,
}

/// What [`Effects::begin_command`] saved of the outer command, restored by
/// [`Effects::end_command`].
#[derive(Debug)]
pub struct Outer {
    own: OwnEffect,
    forced: u8,
    own_targets: u8,
    rewritten: Vec<u8>,
}

impl Effects {
    /// Whether anyone consumes the stream (checked before building anything).
    #[inline]
    pub fn is_on(&self) -> bool {
        self.consumers != 0
    }

    /// The targets that have a consumer.
    pub fn consumers(&self) -> u8 {
        self.consumers
    }

    /// Starts or stops feeding `target` ([`TO_AOF`] or [`TO_REPL`]); a target started
    /// again SELECTs before its first command.
    pub fn set_consumer(&mut self, target: u8, on: bool) {
        if on {
            if self.consumers & target == 0 {
                if target & TO_AOF != 0 {
                    self.aof.reset_selected();
                }
                if target & TO_REPL != 0 {
                    self.repl.reset_selected();
                }
            }
            self.consumers |= target;
        } else {
            self.consumers &= !target;
            if target & TO_AOF != 0 {
                self.aof.bytes.clear();
            }
            if target & TO_REPL != 0 {
                self.repl.bytes.clear();
            }
        }
    }

    /// Starts (a replica) or stops (a promoted master) proxying: see
    /// [`proxy`](Self::proxy). Stopping makes the replicas' next command SELECT first.
    pub fn set_proxying(&mut self, on: bool) {
        self.proxying = on;
        self.repl.reset_selected();
    }

    /// Appends `bytes` of the master's stream, as applied, to the replicas' target
    /// verbatim (a replica's sub-replicas see exactly its master's stream).
    pub fn proxy(&mut self, bytes: &[u8]) {
        if self.consumers & TO_REPL != 0 {
            self.repl.bytes.extend_from_slice(bytes);
            self.repl.total += bytes.len() as u64;
        }
    }

    /// Before a command's handler runs (while the stream is on): saves the outer
    /// command's per-command state and starts this one's.
    pub fn begin_command(&mut self) -> Outer {
        Outer {
            own: std::mem::take(&mut self.own),
            forced: std::mem::take(&mut self.forced),
            own_targets: std::mem::replace(&mut self.own_targets, TO_ALL),
            rewritten: std::mem::take(&mut self.rewritten),
        }
    }

    /// After a command's handler: adds its own request (`argv`, or what the handler
    /// rewrote it to) to the unit if it `changed` the dataset or forced it, in database
    /// `db`; then restores the `outer` command's state.
    pub fn end_command(&mut self, outer: Outer, argv: &[&[u8]], db: usize, changed: bool) {
        let targets = if changed {
            self.own_targets | self.forced
        } else {
            self.forced
        };
        if targets != 0 {
            match self.own {
                OwnEffect::AsSent => self.push_args(db, targets, argv),
                OwnEffect::Rewritten => {
                    let start = self.unit.len();
                    self.unit.extend_from_slice(&self.rewritten);
                    self.ops.push(Op {
                        db,
                        targets,
                        bytes: start..self.unit.len(),
                    });
                }
                OwnEffect::Prevented => {}
            }
        }
        self.own = outer.own;
        self.forced = outer.forced;
        self.own_targets = outer.own_targets;
        self.rewritten = outer.rewritten;
    }

    /// The running command goes out as `args` instead of as sent (Redis's
    /// `rewriteClientCommandVector`).
    pub fn rewrite(&mut self, args: &[&[u8]]) {
        self.rewritten.clear();
        encode_into(&mut self.rewritten, args);
        self.own = OwnEffect::Rewritten;
    }

    /// The running command's own request is not propagated.
    pub fn prevent(&mut self) {
        self.own = OwnEffect::Prevented;
    }

    /// The running command is propagated to `targets` even if it changed nothing.
    pub fn force(&mut self, targets: u8) {
        self.forced |= targets;
    }

    /// The running command is propagated to `targets` only (PUBLISH: replicas).
    pub fn only_to(&mut self, targets: u8) {
        self.own_targets = targets;
    }

    /// Adds `args` for database `db` to the unit now (Redis's `alsoPropagate`), ahead
    /// of the running command's own request.
    pub fn also(&mut self, db: usize, args: &[&[u8]]) {
        self.push_args(db, TO_ALL, args);
    }

    fn push_args(&mut self, db: usize, targets: u8, args: &[&[u8]]) {
        let start = self.unit.len();
        encode_into(&mut self.unit, args);
        self.ops.push(Op {
            db,
            targets,
            bytes: start..self.unit.len(),
        });
    }

    /// Closes the unit: its commands go to their targets, wrapped in MULTI/EXEC for
    /// each target that gets two or more.
    pub fn end_unit(&mut self) {
        if self.ops.is_empty() {
            return;
        }
        // A replica's own commands go to its AOF only: its replicas get the master's
        // bytes as they came.
        let consumers = if self.proxying {
            self.consumers & !TO_REPL
        } else {
            self.consumers
        };
        // Each target wraps the commands it gets, when it gets two or more (a
        // transaction of PUBLISHes leaves the AOF untouched, as in Redis 7.0.15).
        // MULTI goes in the target's first command's database (so its SELECT comes
        // first), EXEC in its last one's (so no SELECT comes between).
        let span = |target: u8| {
            let mut of_target = self.ops.iter().filter(|op| op.targets & target != 0);
            let first = of_target.next()?;
            let last = of_target.next_back()?;
            Some((first.db, last.db))
        };
        let wrap_aof = if consumers & TO_AOF != 0 {
            span(TO_AOF)
        } else {
            None
        };
        let wrap_repl = if consumers & TO_REPL != 0 {
            span(TO_REPL)
        } else {
            None
        };
        if let Some((first, _)) = wrap_aof {
            self.aof.push(first, b"*1\r\n$5\r\nMULTI\r\n");
        }
        if let Some((first, _)) = wrap_repl {
            self.repl.push(first, b"*1\r\n$5\r\nMULTI\r\n");
        }
        let ops = std::mem::take(&mut self.ops);
        for op in &ops {
            let cmd = &self.unit[op.bytes.clone()];
            if op.targets & consumers & TO_AOF != 0 {
                self.aof.push(op.db, cmd);
            }
            if op.targets & consumers & TO_REPL != 0 {
                self.repl.push(op.db, cmd);
            }
        }
        if let Some((_, last)) = wrap_aof {
            self.aof.push(last, b"*1\r\n$4\r\nEXEC\r\n");
        }
        if let Some((_, last)) = wrap_repl {
            self.repl.push(last, b"*1\r\n$4\r\nEXEC\r\n");
        }
        self.ops = ops;
        self.ops.clear();
        self.unit.clear();
    }

    /// Propagates `<verb> key` (`DEL` or `UNLINK`) for each key in `keys` of database
    /// `db`, each as a unit of its own (the active expiry cycle, eviction).
    pub fn standalone_deletions(
        &mut self,
        db: usize,
        verb: &[u8],
        keys: impl IntoIterator<Item = Box<[u8]>>,
    ) {
        for key in keys {
            self.also(db, &[verb, &key]);
            self.end_unit();
        }
    }
}

/// Appends `args` as a RESP multibulk to `out`.
pub fn encode_into(out: &mut Vec<u8>, args: &[&[u8]]) {
    let mut number = itoa::Buffer::new();
    out.push(b'*');
    out.extend_from_slice(number.format(args.len()).as_bytes());
    out.extend_from_slice(b"\r\n");
    for arg in args {
        out.push(b'$');
        out.extend_from_slice(number.format(arg.len()).as_bytes());
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(arg);
        out.extend_from_slice(b"\r\n");
    }
}

#[cfg(test)]
mod families;
#[cfg(test)]
mod tests;
