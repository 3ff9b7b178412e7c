//! Replication scenarios (`--nodes 2..3`): links between nodes, and the checks of
//! invariants 4 (replicas converge to their master) and 5 (WAIT never over-counts).
//!
//! # Links between nodes
//!
//! Node `i` listens on port `7000 + i`. A node's [`Output::Connect`] becomes a pending
//! dial; a [`Event::Dial`] completes it: the node on that port accepts
//! (`handle_accept`) and the dialler learns it is up (`handle_connected`), or, when
//! that node is down or partitioned away, the dial is refused
//! (`handle_connect_failed`). A link is two byte queues, one each way, written by the
//! node's runtime in pieces once the core announced output ([`Event::PeerFlush`]) and
//! delivered in pieces ([`Event::PeerDeliver`]), exactly like a client's connection.
//! A close is TCP's: the closing end's last bytes still arrive, then the other end
//! sees the close; bytes written toward a closed end are lost. A crashed node's ends
//! close the same way (its peers see a reset once they read what was in flight).
//! Faults: [`Event::PeerDrop`] (both ends see a close at once) and
//! [`Event::Partition`] (dials between the two fail and their links stall until it
//! heals, or are dropped meanwhile).
//!
//! # Topology
//!
//! Node 0 starts as the master; node 1 replicates it; node 2 replicates node 0 or, in
//! a chain, node 1 (the seed draws it; `replicaof` is on each node's command line).
//! Clients talk to the primary only; a reader ([`Event::ReplicaRead`]) dumps a
//! replica's dataset, which must be the primary's at the replica's applied offset
//! ([`World::replica_read`]). [`Event::Failover`] promotes a direct replica of the
//! primary that has applied everything the primary produced: `REPLICAOF NO ONE` on
//! it, `REPLICAOF` to it on every other node, clients reconnect to it; its dataset
//! must then be the model's. [`Event::FailoverCmd`] sends the primary the `FAILOVER`
//! command instead, and [`World::follow_failover`] follows it to its end.
//! [`Event::SlowLink`] slows the links between two nodes down.
//!
//! All nodes share one wall clock (drift and jumps apply to all): with per-node wall
//! clocks a replica hides keys its master still serves, and the datasets could not be
//! compared at one instant.
//!
//! # Invariant 4
//!
//! When the world quiesces (faults stop, nodes restart, partitions heal, everything in
//! flight is delivered, deadlines fire until replicas are back online), every replica
//! must have the replication id and `master_repl_offset` of its master, the same
//! keys, and for each key the same `DUMP` payload and `PEXPIRETIME`; the primary's
//! dataset is also checked against the model, so every node's is.
//!
//! # Invariant 5
//!
//! A WAIT that returns `n` on a master promises that `n` of its replicas acknowledged
//! the client's last write (its WAIT offset, Redis's `c->woff`). At the moment the
//! reply is produced the simulator reads that offset from the core and counts the
//! direct replicas that have actually applied it: the highest offset each replica
//! ever applied under the master's replication id, recorded after every input of the
//! replica (a replica that applied and then crashed still counts: WAIT is not about
//! durability). Fewer than `n` fails the seed (`wait`). The client pipelines nothing
//! behind a WAIT, so its WAIT offset is the one the reply was computed for.

use std::collections::{BTreeMap, BTreeSet};

use cinnabar_core::repl::probe::ReplProbe;

use super::*;

/// Node `i` listens on `BASE_PORT + i`.
const BASE_PORT: u16 = 7000;
/// The scheduler's kinds of events from here on are replication's.
pub(super) const FIRST_KIND: u8 = 20;
/// The most bytes a slow link delivers at once.
const SLOW_PIECE: u32 = 16;
/// The error a refused dial reports.
const REFUSED: &str = "Connection refused";

/// Whom each node replicates at the start of seed `seed` (`None`: the master).
fn topology(seed: u64, nodes: usize) -> Vec<Option<usize>> {
    let mut rng = SimRng::new(seed, 3);
    (0..nodes)
        .map(|i| match i {
            0 => None,
            1 => Some(0),
            _ if rng.chance(1, 2) => Some(0),
            _ => Some(rng.below(i as u64) as usize),
        })
        .collect()
}

/// The full-sync options seed `seed` draws: `repl-diskless-sync` (two seeds in
/// three) and its delay in seconds (0 or 1: the default 5 s outlasts most links).
fn sync_options(seed: u64) -> (bool, u32) {
    let mut rng = SimRng::new(seed, 4);
    (rng.chance(2, 3), *rng.pick(&[0, 0, 1]))
}

/// Whether some node replicates a node that replicates another (at the start).
fn topology_chained(upstream: &[Option<usize>]) -> bool {
    upstream
        .iter()
        .any(|m| m.is_some_and(|m| upstream.get(m).copied().flatten().is_some()))
}

/// The topology for the seed's line (`repl=0<-1,1<-2`), empty for one node.
pub(super) fn describe(scenario: &Scenario) -> String {
    if scenario.nodes < 2 {
        return String::new();
    }
    let edges: Vec<String> = topology(scenario.seed, scenario.nodes)
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|m| format!("{m}<-{i}")))
        .collect();
    let sync = match sync_options(scenario.seed) {
        (true, delay) => format!("diskless+{delay}s"),
        (false, _) => "disk".to_string(),
    };
    format!(" repl={} sync={sync}", edges.join(","))
}

/// One end of a link between nodes.
#[derive(Clone, Debug)]
struct End {
    node: usize,
    conn: ConnId,
    open: bool,
    /// The core announced output on it, not all written yet.
    armed: bool,
}

/// A connection between two nodes: `ends[0]` dialled `ends[1]`; `flight[i]` holds
/// the bytes written by `ends[i]` not yet delivered to the other end.
#[derive(Clone, Debug)]
struct PeerLink {
    ends: [End; 2],
    flight: [VecDeque<u8>; 2],
}

impl PeerLink {
    /// The index of the end at `node` whose other end is at `peer`.
    fn side(&self, node: usize, peer: usize) -> Option<usize> {
        (0..2).find(|&i| self.ends[i].node == node && self.ends[1 - i].node == peer)
    }

    /// End `i` has something to write.
    fn can_flush(&self, i: usize) -> bool {
        self.ends[i].open && self.ends[i].armed
    }

    /// End `i` has bytes or a close to receive.
    fn can_receive(&self, i: usize) -> bool {
        self.ends[i].open && (!self.flight[1 - i].is_empty() || !self.ends[1 - i].open)
    }
}

/// A dial the core asked for.
#[derive(Clone, Debug)]
struct Dial {
    node: usize,
    incarnation: u32,
    conn: ConnId,
    host: String,
    port: u16,
}

/// The links between nodes, pending dials, partitions and the topology.
#[derive(Debug, Default)]
pub(super) struct Net {
    /// Whom each node replicates now.
    upstream: Vec<Option<usize>>,
    /// The node clients talk to.
    primary: usize,
    links: BTreeMap<u64, PeerLink>,
    next: u64,
    dials: VecDeque<Dial>,
    /// Partitioned pairs, lower node first.
    cut: BTreeSet<(usize, usize)>,
    /// Pairs whose links are slow, lower node first.
    slow: BTreeSet<(usize, usize)>,
    /// The old primary while a FAILOVER it was sent runs.
    failing_over: Option<usize>,
    /// The FAILOVER running had FORCE: the target may take over behind.
    forced: bool,
    /// A FAILOVER was started in this run (stray masters may appear from then on).
    failover_ran: bool,
    /// The index in the history of the primary's dataset when its stream was at
    /// (replication id, offset), after each of its inputs the model knows for certain.
    at_offset: BTreeMap<(String, u64), usize>,
    /// Per node: the highest offset it applied under each replication id.
    applied: Vec<BTreeMap<String, u64>>,
    /// How often the interesting cases happened (from the nodes' log lines).
    seen: BTreeMap<&'static str, u64>,
    /// The topology at the start has a chain.
    chained: bool,
    /// The seed's full-sync options: `repl-diskless-sync` and its delay in seconds.
    diskless: (bool, u32),
}

impl Net {
    /// The network of `scenario`'s world.
    pub(super) fn new(scenario: &Scenario) -> Self {
        let upstream = topology(scenario.seed, scenario.nodes);
        let diskless = sync_options(scenario.seed);
        Net {
            diskless,
            chained: topology_chained(&upstream),
            upstream,
            applied: vec![BTreeMap::new(); scenario.nodes],
            next: 1,
            ..Net::default()
        }
    }

    /// Counts the replication cases a node's log line shows.
    pub(super) fn note_log(&mut self, text: &str) {
        let case = if text.starts_with("Full resync requested") {
            "full resync"
        } else if text.starts_with("Partial resynchronization request") && text.contains("accepted")
        {
            "partial resync"
        } else if text.starts_with("MASTER MODE enabled") {
            "failover"
        } else if text.starts_with("Connection with replica") {
            "replica lost"
        } else {
            return;
        };
        *self.seen.entry(case).or_default() += 1;
    }

    /// The counts of [`Net::note_log`], plus chained replicas at the start.
    pub(super) fn coverage(&self) -> BTreeMap<&'static str, u64> {
        let mut c = self.seen.clone();
        if self.upstream.len() > 1 {
            c.insert("replication scenario", 1);
            c.insert("chained replica", u64::from(self.chained));
        }
        c
    }

    /// The old primary while a FAILOVER runs.
    pub(super) fn failing_over(&self) -> Option<usize> {
        self.failing_over
    }

    /// The node clients talk to.
    pub(super) fn primary(&self) -> usize {
        self.primary
    }

    /// Whether node `n` is the primary.
    pub(super) fn is_primary(&self, n: usize) -> bool {
        n == self.primary
    }

    /// Node `n`'s command-line options for replication: its port, and whom it
    /// replicates (a restarted node follows the topology of now, as an operator
    /// would have edited its config after a failover).
    pub(super) fn node_args(&self, n: usize) -> Vec<String> {
        if self.upstream.len() < 2 {
            return Vec::new();
        }
        let mut args = vec![
            "--port".to_string(),
            port_of(n).to_string(),
            "--repl-diskless-sync".to_string(),
            if self.diskless.0 { "yes" } else { "no" }.to_string(),
            "--repl-diskless-sync-delay".to_string(),
            self.diskless.1.to_string(),
        ];
        if let Some(Some(m)) = self.upstream.get(n) {
            args.extend([
                "--replicaof".to_string(),
                "127.0.0.1".to_string(),
                port_of(*m).to_string(),
            ]);
        }
        args
    }

    fn is_cut(&self, a: usize, b: usize) -> bool {
        self.cut.contains(&(a.min(b), a.max(b)))
    }

    /// Partitions `a` and `b`, or heals the partition.
    pub(super) fn partition(&mut self, a: usize, b: usize, on: bool) {
        if a == b || a >= self.upstream.len() || b >= self.upstream.len() {
            return;
        }
        let pair = (a.min(b), a.max(b));
        if on {
            self.cut.insert(pair);
        } else {
            self.cut.remove(&pair);
        }
    }

    /// Slows the links between `a` and `b` down, or lets them run at speed again.
    pub(super) fn slow(&mut self, a: usize, b: usize, on: bool) {
        if a == b || a >= self.upstream.len() || b >= self.upstream.len() {
            return;
        }
        let pair = (a.min(b), a.max(b));
        if on {
            *self.seen.entry("slow link").or_default() += 1;
            self.slow.insert(pair);
        } else {
            self.slow.remove(&pair);
        }
    }

    fn is_slow(&self, a: usize, b: usize) -> bool {
        self.slow.contains(&(a.min(b), a.max(b)))
    }

    /// Heals every partition and slow link (quiescing).
    pub(super) fn heal(&mut self) {
        self.cut.clear();
        self.slow.clear();
    }

    /// Node `n` lost power or stopped: its ends close, its dials are forgotten.
    pub(super) fn crashed(&mut self, n: usize) {
        self.dials.retain(|d| d.node != n);
        for link in self.links.values_mut() {
            for i in 0..2 {
                if link.ends[i].node == n {
                    link.ends[i].open = false;
                    link.ends[i].armed = false;
                    link.flight[1 - i].clear();
                }
            }
        }
        self.links.retain(|_, l| l.ends[0].open || l.ends[1].open);
    }

    /// The open end of node `n` with connection `conn`.
    fn end_of(&self, n: usize, conn: ConnId) -> Option<(u64, usize)> {
        self.links.iter().find_map(|(id, l)| {
            (0..2)
                .find(|&i| l.ends[i].node == n && l.ends[i].conn == conn && l.ends[i].open)
                .map(|i| (*id, i))
        })
    }

    /// The core announced output on `conn` of node `n` (if it is a link's end).
    pub(super) fn armed(&mut self, n: usize, conn: ConnId) {
        if let Some((id, i)) = self.end_of(n, conn)
            && let Some(l) = self.links.get_mut(&id)
        {
            l.ends[i].armed = true;
        }
    }

    /// The core closes `conn` of node `n` (if it is a link's end): its pending bytes
    /// leave first, then the other end will see the close.
    pub(super) fn closing(
        &mut self,
        n: usize,
        server: &mut Server,
        conn: ConnId,
        hash: &mut TraceHash,
    ) {
        let Some((id, i)) = self.end_of(n, conn) else {
            return;
        };
        let pending = server.pending_output(conn).to_vec();
        server.consume_output(conn, pending.len());
        hash.record(b'P', &pending);
        if let Some(l) = self.links.get_mut(&id) {
            if l.ends[1 - i].open {
                l.flight[i].extend(pending);
            }
            l.ends[i].open = false;
            l.ends[i].armed = false;
            l.flight[1 - i].clear();
            if !l.ends[1 - i].open {
                self.links.remove(&id);
            }
        }
    }

    /// Node `n` (incarnation `incarnation`) asked to dial `host:port` as `conn`.
    pub(super) fn dial_requested(
        &mut self,
        n: usize,
        incarnation: u32,
        conn: ConnId,
        host: &str,
        port: u16,
    ) {
        self.dials.push_back(Dial {
            node: n,
            incarnation,
            conn,
            host: host.to_string(),
            port,
        });
    }
}

fn port_of(n: usize) -> u16 {
    BASE_PORT + n as u16
}

impl World {
    /// The node's replication state, if it is up.
    fn probe(&self, n: usize) -> Option<ReplProbe> {
        self.nodes.get(n)?.server.as_ref().map(Server::repl_probe)
    }

    /// Completes node `n`'s oldest dial.
    pub(super) fn dial(&mut self, n: usize) {
        let Some(at) = self.net.dials.iter().position(|d| d.node == n) else {
            return;
        };
        let Some(d) = self.net.dials.remove(at) else {
            return;
        };
        if self.nodes[n].server.is_none() || self.nodes[n].incarnation != d.incarnation {
            return;
        }
        let target = (d.port.checked_sub(BASE_PORT).map(usize::from))
            .filter(|&t| t < self.nodes.len() && t != n)
            .filter(|_| d.host == "127.0.0.1" || d.host == "localhost")
            .filter(|&t| self.nodes[t].server.is_some() && !self.net.is_cut(n, t));
        let now = self.now(n);
        let Some(t) = target else {
            self.hash.record(b'C', format!("{n} refused").as_bytes());
            if let Some(server) = self.nodes[n].server.as_mut() {
                server.handle_connect_failed(now, d.conn, REFUSED);
            }
            return self.pump(n, Cause::Other);
        };
        let id = self.net.next;
        self.net.next += 1;
        let addr = format!("127.0.0.1:{}", 40_000 + id % 20_000);
        let t_now = self.now(t);
        let Some(server) = self.nodes[t].server.as_mut() else {
            return;
        };
        let lconn = server.handle_accept(t_now, &addr, &format!("127.0.0.1:{}", d.port));
        self.hash
            .record(b'C', format!("{n} -> {t} {addr}").as_bytes());
        let end = |node, conn| End {
            node,
            conn,
            open: true,
            armed: false,
        };
        self.net.links.insert(
            id,
            PeerLink {
                ends: [end(n, d.conn), end(t, lconn)],
                flight: [VecDeque::new(), VecDeque::new()],
            },
        );
        self.pump(t, Cause::Other);
        let now = self.now(n);
        if let Some(server) = self.nodes[n].server.as_mut() {
            server.handle_connected(now, d.conn, &addr);
        }
        self.pump(n, Cause::Other);
    }

    /// The oldest link between `node` and `peer` where `pick` finds `node`'s end.
    fn peer_link(
        &self,
        node: usize,
        peer: usize,
        pick: impl Fn(&PeerLink, usize) -> bool,
    ) -> Option<(u64, usize)> {
        self.net
            .links
            .iter()
            .find_map(|(id, l)| l.side(node, peer).filter(|&i| pick(l, i)).map(|i| (*id, i)))
    }

    /// Node `node` writes up to `n` bytes of its output on its link with `peer`.
    pub(super) fn peer_flush(&mut self, node: usize, peer: usize, n: u32) {
        let Some((id, i)) = self.peer_link(node, peer, PeerLink::can_flush) else {
            return;
        };
        let Some(server) = self.nodes[node].server.as_mut() else {
            return;
        };
        let Some(l) = self.net.links.get_mut(&id) else {
            return;
        };
        let conn = l.ends[i].conn;
        let pending = server.pending_output(conn);
        let k = (n as usize).min(pending.len());
        let bytes = pending[..k].to_vec();
        server.consume_output(conn, k);
        if server.pending_output(conn).is_empty() {
            l.ends[i].armed = false;
        }
        if l.ends[1 - i].open {
            l.flight[i].extend(&bytes);
        }
        self.hash.record(b'P', &bytes);
        self.pump(node, Cause::Other);
    }

    /// The network hands up to `n` bytes from `peer` to `node`, or the close.
    pub(super) fn peer_deliver(&mut self, node: usize, peer: usize, n: u32) {
        if self.net.is_cut(node, peer) {
            return;
        }
        // A slow link hands over a few bytes at a time.
        let n = if self.net.is_slow(node, peer) {
            n.min(SLOW_PIECE)
        } else {
            n
        };
        let Some((id, i)) = self.peer_link(node, peer, PeerLink::can_receive) else {
            return;
        };
        let now = self.now(node);
        let Some(l) = self.net.links.get_mut(&id) else {
            return;
        };
        let conn = l.ends[i].conn;
        let Some(server) = self.nodes[node].server.as_mut() else {
            return;
        };
        if l.flight[1 - i].is_empty() {
            // The other end closed and everything it wrote has arrived.
            l.ends[i].open = false;
            l.ends[i].armed = false;
            self.net.links.remove(&id);
            self.hash.record(b'p', b"close");
            server.handle_closed(now, conn);
        } else {
            let k = (n as usize).min(l.flight[1 - i].len());
            let bytes: Vec<u8> = l.flight[1 - i].drain(..k).collect();
            if std::env::var_os("SIM_PEER").is_some() {
                eprintln!(
                    "[{}] {peer} -> {node}: {:?}",
                    self.events.len(),
                    String::from_utf8_lossy(&bytes)
                );
            }
            self.hash.record(b'p', &bytes);
            server.handle_read(now, conn, &bytes);
        }
        self.pump(node, Cause::Other);
    }

    /// The network drops every link between `a` and `b`.
    pub(super) fn peer_drop(&mut self, a: usize, b: usize) {
        let ids: Vec<u64> = self
            .net
            .links
            .iter()
            .filter(|(_, l)| l.side(a, b).is_some())
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            let Some(l) = self.net.links.remove(&id) else {
                continue;
            };
            self.stats.drops += 1;
            for end in l.ends.iter().filter(|e| e.open) {
                let now = self.now(end.node);
                if let Some(server) = self.nodes[end.node].server.as_mut() {
                    server.handle_closed(now, end.conn);
                }
                self.pump(end.node, Cause::Other);
            }
        }
    }

    /// Promotes `node` if it is a direct replica of the primary that applied all the
    /// primary produced once what was in flight to it arrived; otherwise nothing
    /// happens.
    pub(super) fn failover(&mut self, node: usize) {
        let p = self.net.primary;
        if node >= self.nodes.len()
            || self.net.upstream[node] != Some(p)
            || self.net.failing_over.is_some()
        {
            return;
        }
        // A manual failover waits for the replica to catch up: what is in flight
        // from the primary to it is written and delivered first (a few rounds: each
        // delivery may produce more, e.g. the stream after a transfer).
        for _ in 0..8 {
            let (Some(old), Some(new)) = (self.probe(p), self.probe(node)) else {
                return;
            };
            if new.link_up.is_some() && new.offset == old.offset && new.replid == old.replid {
                break;
            }
            self.peer_flush(p, node, u32::MAX);
            self.peer_deliver(node, p, u32::MAX);
        }
        let (Some(old), Some(new)) = (self.probe(p), self.probe(node)) else {
            return;
        };
        if new.link_up.is_none() || new.offset != old.offset || new.replid != old.replid {
            return;
        }
        // Clients leave the old primary (they will reconnect to the new one).
        for c in 0..self.clients.len() as u32 {
            if self.link_of(c).is_some() {
                self.drop_link(c);
            }
        }
        self.hash.record(b'F', node.to_string().as_bytes());
        let port = port_of(node).to_string();
        self.net.primary = node;
        self.net.upstream[node] = None;
        self.admin(node, &[cmdv(&["REPLICAOF", "NO", "ONE"])]);
        for o in 0..self.nodes.len() {
            if o != node {
                self.net.upstream[o] = Some(node);
                self.admin(o, &[cmdv(&["REPLICAOF", "127.0.0.1", &port])]);
            }
        }
        // Caught up: the new primary's dataset is the model's.
        self.check_dataset(node);
    }

    /// The newest state of the primary's history, from index `from` on, whose dataset
    /// at `now` is `got`.
    fn history_index(&self, got: &[String], now: i64, from: usize) -> Option<usize> {
        (from..self.aof_states.len())
            .rev()
            .find(|&i| self.aof_states[i].iter().any(|m| m.dump(now) == got))
    }

    /// After an input of the primary `n` whose dataset the model knows for certain
    /// (one candidate, the history's last state): the primary's stream up to its
    /// offset now produces that state.
    pub(super) fn record_offset(&mut self, n: usize) {
        if !self.net.is_primary(n) || self.models.len() != 1 {
            return;
        }
        let Some(last) = self.aof_states.last() else {
            return;
        };
        if last.len() != 1 || last[0].data_fingerprint() != self.models[0].data_fingerprint() {
            return;
        }
        let index = self.aof_states.len() - 1;
        if let Some(p) = self.probe(n) {
            self.net.at_offset.insert((p.replid, p.offset), index);
        }
    }

    /// A reader reads replica `r`'s whole dataset while its link is up. A replica
    /// applies its master's stream in order, so having applied it up to offset `o` it
    /// must show exactly the primary's dataset when the primary's own offset was `o`
    /// (a prefix of its history: it may lag, never invent, skip or reorder). Checked
    /// when the primary's offset was `o` after one of its inputs with a dataset the
    /// model knows for certain; a replica in the middle of an input's commands is not
    /// (the order of one input's commands from different clients is not always known).
    pub(super) fn replica_read(&mut self, r: usize) {
        if r >= self.nodes.len() || self.net.upstream[r].is_none() {
            return;
        }
        let Some((replid, Some(applied))) = self.probe(r).map(|p| (p.replid, p.link_up)) else {
            return;
        };
        let Some(&index) = self.net.at_offset.get(&(replid.clone(), applied)) else {
            *self.net.seen.entry("replica read mid-input").or_default() += 1;
            return;
        };
        let Some(got) = self.dump_server(r) else {
            return;
        };
        let now = self.now(r).unix_ms();
        let want = self.aof_states[index][0].dump(now);
        if got == want {
            *self.net.seen.entry("replica read").or_default() += 1;
            return;
        }
        let only_got = got
            .iter()
            .filter(|e| !want.contains(e))
            .map(|e| format!("+{e}"));
        let only_want = want
            .iter()
            .filter(|e| !got.contains(e))
            .map(|e| format!("-{e}"));
        let diff: Vec<String> = only_got.chain(only_want).collect();
        self.fail(
            "stale",
            format!(
                "replica {r}, having applied {}:{applied}, differs from the primary's \
                 dataset at that offset (change {index} of {}): [{}]",
                &replid[..8.min(replid.len())],
                self.aof_states.len() - 1,
                diff.join(", ")
            ),
        );
    }

    /// After replica `n` restarted from its AOF: what it loaded must be a state of the
    /// primary's history (any: everysec loses a tail, a replica acknowledges nothing
    /// to clients, and it resyncs anyway).
    pub(super) fn replica_aof_restart(&mut self, n: usize) {
        let Some(got) = self.dump_server(n) else {
            return;
        };
        let now = self.now(n).unix_ms();
        if self.history_index(&got, now, 0).is_some() {
            *self.net.seen.entry("replica aof restart").or_default() += 1;
            return;
        }
        self.fail(
            "durability",
            format!(
                "replica {n} restarted from its AOF into a dataset the primary never had: [{}]",
                got.join(", ")
            ),
        );
    }

    /// The operator sends the primary `FAILOVER` ([`failover_argv`]). On `+OK` the
    /// clients leave the primary (its writes are paused; were they to stay, their
    /// writes would get READONLY once it turned replica, which the model does not
    /// follow) and keep away until [`World::follow_failover`] sees it end.
    pub(super) fn failover_cmd(&mut self, t: usize, how: u8, ms: u32) {
        let p = self.net.primary;
        let abort = how >= 5;
        if abort != self.net.failing_over.is_some() || t >= self.nodes.len() {
            return;
        }
        if !abort {
            // First the clients leave: a target already in sync switches at once, and
            // Redis closes blocked clients then (`-UNBLOCKED`, close after reply).
            for c in 0..self.clients.len() as u32 {
                if self.link_of(c).is_some() {
                    self.drop_link(c);
                }
            }
        }
        let argv = failover_argv(t as u32, how, ms);
        let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
        let Some(replies) = self.admin(p, &[cmdv(&argv)]) else {
            return;
        };
        match &replies[0] {
            R::Simple(ok) if ok == "OK" => {
                if abort {
                    *self.net.seen.entry("failover abort").or_default() += 1;
                    return;
                }
                *self.net.seen.entry("failover command").or_default() += 1;
                self.net.failing_over = Some(p);
                self.net.failover_ran = true;
                self.net.forced = how == 2;
            }
            // Refused: the target is no replica of the primary (a chained one), not
            // online, or the primary has none; or the failover ended meanwhile.
            R::Err(e) if e.starts_with("ERR FAILOVER ") || e == "ERR No failover in progress." => {
                *self.net.seen.entry("failover refused").or_default() += 1;
            }
            other => self.fail(
                "repl",
                format!("node {p}: `{}` replied {other}", argv.join(" ")),
            ),
        }
    }

    /// While a FAILOVER runs, after every event: once the old primary's
    /// `master_failover_state` is back to `no-failover` (or it went down), the node
    /// that is now a master, if any but the old primary, is the primary: the old one
    /// is repointed to it if it gave up after the switch (Redis then has two masters;
    /// the operator resolves it), and the new primary's dataset must be the model's
    /// (writes were paused and synced), or with FORCE one of the primary's history.
    pub(super) fn follow_failover(&mut self) {
        let Some(p) = self.net.failing_over else {
            return self.repoint_stray_masters();
        };
        let old = self.probe(p);
        if old.as_ref().is_some_and(|o| o.failover != "no-failover") {
            return;
        }
        self.net.failing_over = None;
        let promoted = (0..self.nodes.len())
            .filter(|&x| x != p)
            .find(|&x| self.probe(x).is_some_and(|q| !q.is_replica));
        let Some(t) = promoted else {
            if old.as_ref().is_some_and(|o| o.is_replica) {
                // Both ends replicate each other (a forced switch whose target then
                // restarted): the operator makes the old primary a master again.
                *self.net.seen.entry("failover undone").or_default() += 1;
                self.admin(p, &[cmdv(&["REPLICAOF", "NO", "ONE"])]);
                return self.adopt_primary_dataset(p);
            }
            *self.net.seen.entry("failover aborted").or_default() += 1;
            return;
        };
        *self.net.seen.entry("failover done").or_default() += 1;
        self.hash.record(b'F', t.to_string().as_bytes());
        self.net.primary = t;
        self.net.upstream[t] = None;
        self.net.upstream[p] = Some(t);
        if old.is_some_and(|o| !o.is_replica) {
            *self.net.seen.entry("failover split").or_default() += 1;
            let port = port_of(t).to_string();
            self.admin(p, &[cmdv(&["REPLICAOF", "127.0.0.1", &port])]);
        }
        self.adopt_primary_dataset(t);
    }

    /// After a FAILOVER ended, a node other than the primary may still turn master:
    /// a `PSYNC FAILOVER` in flight from an old primary that crashed meanwhile reaches
    /// its target, which accepts it (as Redis does) while the restarted old primary is
    /// a master too. The operator repoints such a node to its master in the topology
    /// (it has no clients: its writes are none, and it resyncs).
    fn repoint_stray_masters(&mut self) {
        if !self.net.failover_ran {
            return;
        }
        for x in 0..self.nodes.len() {
            let Some(m) = self.net.upstream[x] else {
                continue;
            };
            if self.probe(x).is_some_and(|q| !q.is_replica) {
                *self.net.seen.entry("failover stray master").or_default() += 1;
                let port = port_of(m).to_string();
                self.admin(x, &[cmdv(&["REPLICAOF", "127.0.0.1", &port])]);
            }
        }
    }

    /// Node `n` became the primary by FAILOVER: its dataset is the model's or, after
    /// FORCE (or an undone switch), one of the primary's history, which then goes on
    /// from there (replicas ahead of it resync before they are read again).
    fn adopt_primary_dataset(&mut self, n: usize) {
        let Some(got) = self.dump_server(n) else {
            return;
        };
        let now = self.now(n).unix_ms();
        if self.keep_model_matching(&got, now) {
            return;
        }
        let forced = std::mem::take(&mut self.net.forced);
        match self.history_index(&got, now, 0) {
            Some(i) if forced => {
                *self.net.seen.entry("forced failover behind").or_default() += 1;
                let states: Vec<Model> = self.aof_states[i]
                    .iter()
                    .filter(|m| m.dump(now) == got)
                    .cloned()
                    .collect();
                self.models = states;
                self.restart_history();
            }
            _ => self.check_dataset(n),
        }
    }

    /// After each input of node `n` in a replication scenario: records what a replica
    /// applied, and checks the WAIT replies the input produced (invariant 5).
    pub(super) fn after_pump_repl(&mut self, n: usize, steps: &[(u64, usize, R)]) {
        let Some(probe) = self.probe(n) else {
            return;
        };
        if let Some(applied) = probe.link_up {
            let best = self.net.applied[n].entry(probe.replid.clone()).or_insert(0);
            *best = (*best).max(applied);
        }

        for (id, r, reply) in steps {
            let R::Int(count) = reply else {
                continue;
            };
            if !self.reqs[*r].argv[0].eq_ignore_ascii_case(b"WAIT") {
                continue;
            }
            let Some(conn) = self.links.get(id).map(|l| l.conn) else {
                continue;
            };
            let Some(woff) = self.nodes[n]
                .server
                .as_ref()
                .and_then(|s| s.client_wait_offset(conn))
            else {
                continue;
            };
            if woff == 0 {
                continue; // Nothing written: any replica online counts.
            }
            let holders: Vec<usize> = (0..self.nodes.len())
                .filter(|&x| self.net.upstream[x] == Some(n))
                .filter(|&x| {
                    self.net.applied[x]
                        .get(&probe.replid)
                        .is_some_and(|&o| o >= woff)
                })
                .collect();
            if (*count as usize) > holders.len() {
                let applied: Vec<String> = (0..self.nodes.len())
                    .filter(|&x| x != n)
                    .map(|x| {
                        let o = self.net.applied[x].get(&probe.replid).copied();
                        format!(
                            "node {x}: {}",
                            o.map_or("nothing".to_string(), |o| o.to_string())
                        )
                    })
                    .collect();
                let msg = format!(
                    "node {n}: `{}` returned {count}, but only {} replicas (nodes {holders:?}) \
                     applied the client's write up to offset {woff} (applied under {}: {})",
                    show_argv(&self.reqs[*r].argv),
                    holders.len(),
                    &probe.replid[..8.min(probe.replid.len())],
                    applied.join(", ")
                );
                return self.fail("wait", msg);
            }
        }
    }

    /// The next event that moves something between nodes while quiescing.
    pub(super) fn next_quiet_peer_event(&self) -> Option<Event> {
        let all = u32::MAX;
        if let Some(d) = self
            .net
            .dials
            .iter()
            .find(|d| self.nodes[d.node].server.is_some())
        {
            return Some(Event::Dial {
                node: d.node as u32,
            });
        }
        for l in self.net.links.values() {
            for i in 0..2 {
                let (node, peer) = (l.ends[i].node as u32, l.ends[1 - i].node as u32);
                if l.can_flush(i) {
                    return Some(Event::PeerFlush { node, peer, n: all });
                }
                if l.can_receive(i) {
                    return Some(Event::PeerDeliver { node, peer, n: all });
                }
            }
        }
        None
    }

    /// Quiescing, once nothing moves: every replica is online and has applied all
    /// its master produced. Then the primary's keys are listed once, which deletes
    /// those already expired (as its active expiry eventually would); if that
    /// produced stream, it is not settled yet.
    pub(super) fn replication_settled(&mut self) -> bool {
        if self.net.failing_over.is_some() {
            return false;
        }
        for r in 0..self.nodes.len() {
            let Some(m) = self.net.upstream[r] else {
                continue;
            };
            match (self.probe(r), self.probe(m)) {
                (Some(pr), Some(pm))
                    if pr.link_up.is_some() && pr.offset == pm.offset && pr.replid == pm.replid => {
                }
                _ => return false,
            }
        }
        let p = self.net.primary;
        let before = self.probe(p).map(|x| x.offset);
        self.admin(p, &[cmdv(&["KEYS", "*"])]);
        self.probe(p).map(|x| x.offset) == before
    }

    /// Invariant 4, once quiesced: every replica has its master's replication id,
    /// offset, keys, and each key's `DUMP` payload and `PEXPIRETIME`.
    pub(super) fn check_replicas(&mut self) {
        for r in 0..self.nodes.len() {
            let Some(m) = self.net.upstream[r] else {
                continue;
            };
            let (Some(pr), Some(pm)) = (self.probe(r), self.probe(m)) else {
                return self.fail(
                    "repl",
                    format!("node {r} or its master {m} is down at the end"),
                );
            };
            if pr.link_up.is_none() || pr.offset != pm.offset || pr.replid != pm.replid {
                return self.fail(
                    "repl",
                    format!(
                        "after quiescing, replica {r} ({}, replid {} offset {}) has not caught up \
                         with its master {m} (replid {} offset {})",
                        if pr.link_up.is_some() {
                            "link up"
                        } else {
                            "link down"
                        },
                        pr.replid,
                        pr.offset,
                        pm.replid,
                        pm.offset
                    ),
                );
            }
            let (Some(km), Some(kr)) = (self.dump_keys(m), self.dump_keys(r)) else {
                return;
            };
            if km != kr && std::env::var_os("SIM_LOG").is_some() {
                eprintln!(
                    "master {m}:\n  {}\nreplica {r}:\n  {}",
                    km.join("\n  "),
                    kr.join("\n  ")
                );
            }
            if km != kr {
                let diff = km
                    .iter()
                    .zip(&kr)
                    .find(|(a, b)| a != b)
                    .map(|(a, b)| format!("master has {a}, replica has {b}"))
                    .unwrap_or_else(|| {
                        format!("master has {} keys, replica {}", km.len(), kr.len())
                    });
                return self.fail(
                    "repl",
                    format!(
                        "after quiescing, replica {r}'s dataset differs from master {m}'s: {diff}"
                    ),
                );
            }
        }
    }

    /// Every key of node `n`, canonical (type, TTL and content as the model dumps
    /// them, unordered collections sorted) with its absolute `PEXPIRETIME`. Not the
    /// `DUMP` payload: a hash table's order, and whether a small collection is a
    /// listpack after an RDB load, legitimately differ between master and replica.
    fn dump_keys(&mut self, n: usize) -> Option<Vec<String>> {
        let lines = self.dump_server(n)?;
        let keys = self.sorted_keys(n, "repl")?;
        let cmds: Vec<Vec<Bytes>> = keys
            .iter()
            .map(|k| vec![b"PEXPIRETIME".to_vec(), k.clone()])
            .collect();
        let at = self.admin(n, &cmds)?;
        Some(
            lines
                .into_iter()
                .zip(keys.iter().zip(at))
                .map(|(line, (k, t))| format!("{line} ({} pexpiretime={t})", show(k)))
                .collect(),
        )
    }
}

/// The scheduler's replication candidates: (weight, kind, who), `who` naming a node,
/// or a pair of nodes as `node * 64 + peer`.
pub(super) fn candidates(w: &World, cands: &mut Vec<(u64, u8, u32)>) {
    let faults = w.scenario.faults;
    let nodes = w.nodes.len();
    let pair = |a: usize, b: usize| (a * 64 + b) as u32;
    for n in 0..nodes {
        if w.nodes[n].server.is_some() && w.net.dials.iter().any(|d| d.node == n) {
            cands.push((150, FIRST_KIND, n as u32));
        }
    }
    for l in w.net.links.values() {
        for i in 0..2 {
            let (a, b) = (l.ends[i].node, l.ends[1 - i].node);
            if l.can_flush(i) {
                cands.push((250, FIRST_KIND + 1, pair(a, b)));
            }
            if l.can_receive(i) && !w.net.is_cut(a, b) {
                let weight = if w.net.is_slow(a, b) { 20 } else { 250 };
                cands.push((weight, FIRST_KIND + 2, pair(a, b)));
            }
        }
        if faults {
            let (a, b) = (l.ends[0].node, l.ends[1].node);
            let weight = if w.net.is_cut(a, b) { 20 } else { 6 };
            cands.push((weight, FIRST_KIND + 3, pair(a, b)));
        }
    }
    if faults {
        for a in 0..nodes {
            for b in a + 1..nodes {
                let weight = if w.net.is_cut(a, b) { 30 } else { 2 };
                cands.push((weight, FIRST_KIND + 4, pair(a, b)));
            }
        }
        for n in 0..nodes {
            if w.net.upstream[n] == Some(w.net.primary) {
                cands.push((4, FIRST_KIND + 5, n as u32));
            }
        }
        for a in 0..nodes {
            for b in a + 1..nodes {
                let weight = if w.net.is_slow(a, b) { 10 } else { 2 };
                cands.push((weight, FIRST_KIND + 6, pair(a, b)));
            }
        }
        // FAILOVER: mostly to a direct replica of the primary (a chained one is
        // refused); ABORT now and then while one runs.
        for n in 0..nodes {
            match w.net.failing_over {
                None if w.net.upstream[n] == Some(w.net.primary) => {
                    cands.push((3, FIRST_KIND + 7, n as u32))
                }
                None if n != w.net.primary => cands.push((1, FIRST_KIND + 7, n as u32)),
                Some(_) if n == 0 => cands.push((1, FIRST_KIND + 7, n as u32)),
                _ => {}
            }
        }
    }
    for n in 0..nodes {
        if w.net.upstream[n].is_some() && w.nodes[n].server.is_some() {
            cands.push((8, FIRST_KIND + 8, n as u32));
        }
    }
}

/// The `FAILOVER` command of [`Event::FailoverCmd`] (`how` >= 5: `ABORT`).
pub(super) fn failover_argv(node: u32, how: u8, ms: u32) -> Vec<String> {
    let mut argv = vec!["FAILOVER".to_string()];
    let to = ["TO", "127.0.0.1"]
        .iter()
        .map(|s| s.to_string())
        .chain([port_of(node as usize).to_string()]);
    let timeout = ["TIMEOUT".to_string(), ms.max(1).to_string()];
    match how {
        0 => argv.extend(to),
        1 => argv.extend(to.chain(timeout)),
        2 => argv.extend(to.chain(timeout).chain(["FORCE".to_string()])),
        3 => {}
        4 => argv.extend(timeout),
        _ => argv.push("ABORT".to_string()),
    }
    argv
}

/// The event of a replication candidate.
pub(super) fn event(w: &World, kind: u8, who: u32, r: &mut SimRng) -> Event {
    let (a, b) = (who / 64, who % 64);
    match kind - FIRST_KIND {
        0 => Event::Dial { node: who },
        1 => Event::PeerFlush {
            node: a,
            peer: b,
            n: r.piece(),
        },
        2 => Event::PeerDeliver {
            node: a,
            peer: b,
            n: r.piece(),
        },
        3 => Event::PeerDrop { a, b },
        4 => Event::Partition {
            a,
            b,
            on: !w.net.is_cut(a as usize, b as usize),
        },
        5 => Event::Failover { node: who },
        7 => Event::FailoverCmd {
            node: who,
            how: match w.net.failing_over {
                Some(_) => 5,
                None => r.below(5) as u8,
            },
            ms: *r.pick(&[100, 1000, 3000, 5000]),
        },
        8 => Event::ReplicaRead { node: who },
        _ => Event::SlowLink {
            a,
            b,
            on: !w.net.is_slow(a as usize, b as usize),
        },
    }
}
