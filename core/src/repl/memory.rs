//! What replication holds in memory, for INFO memory (`mem_replication_backlog`,
//! `mem_total_replication_buffers`, `mem_clients_slaves`) and MEMORY STATS
//! (`replication.backlog`, `clients.slaves`).
//!
//! Redis 7.0 shares one buffer between the backlog and the replicas' output; here the
//! backlog and each replica's output buffer are apart, so the figures are: the backlog's
//! allocation; each replica connection's buffers (output not yet written, the stream
//! waiting for the end of its snapshot, its query buffer); and the replication buffers
//! as their sum of backlog and replica output.

use crate::ConnId;
use crate::client::Client;
use crate::server::Node;
use crate::util::FastMap;

/// Replication's memory, in bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReplMemory {
    /// The backlog's buffer.
    pub backlog: u64,
    /// The replica connections' buffers (counted apart from the normal clients).
    pub replicas: u64,
    /// The backlog and the replicas' output (`mem_total_replication_buffers`).
    pub buffers: u64,
}

/// Replication's memory now; `clients` is the connection table (without the caller,
/// which is no replica).
pub fn usage(node: &Node, clients: &FastMap<ConnId, Box<Client>>) -> ReplMemory {
    let master = &node.repl.master;
    let backlog = master.backlog.as_ref().map_or(0, |b| b.memory() as u64);
    let mut replicas = 0u64;
    let mut output = 0u64;
    for r in &master.replicas {
        let waiting = r.pending.capacity() as u64;
        let (query, out) = clients
            .get(&r.id)
            .map_or((0, 0), |c| (c.parser.buffered_len(), c.reply.pending_len()));
        replicas += query as u64 + out as u64 + waiting;
        output += out as u64 + waiting;
    }
    ReplMemory {
        backlog,
        replicas,
        buffers: backlog + output,
    }
}

#[cfg(test)]
mod tests {
    use crate::testkit::Harness;

    fn field(text: &str, name: &str) -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("{name} in {text}"))
    }

    /// A replica whose output is not drained: its buffer counts in
    /// `mem_clients_slaves`, the backlog in `mem_replication_backlog`, both in the
    /// replication buffers; MEMORY STATS agrees.
    #[test]
    fn replica_and_backlog_counted() {
        let mut h = Harness::new(&["--repl-diskless-sync", "no", "--save", ""]);
        let c = h.connect();
        let text = h.call_text(c, &["INFO", "memory"]);
        assert_eq!(field(&text, "mem_replication_backlog"), 0);
        assert_eq!(field(&text, "mem_clients_slaves"), 0);
        let r = h.connect();
        h.call(r, &["REPLCONF", "capa", "psync2"]);
        h.call(r, &["PSYNC", "?", "-1"]);
        for _ in 0..1000 {
            h.advance(1);
        }
        let value = "x".repeat(10_000);
        h.call(c, &["SET", "k", &value]);
        // The replica's output is never consumed: the RDB and the SET wait there.
        let text = h.call_text(c, &["INFO", "memory"]);
        let backlog = field(&text, "mem_replication_backlog");
        let replicas = field(&text, "mem_clients_slaves");
        assert!(backlog >= 10_000, "{text}");
        assert!(replicas >= 10_000, "{text}");
        assert!(
            field(&text, "mem_total_replication_buffers") >= backlog + 10_000,
            "{text}"
        );
        let stats = h.call_text(c, &["MEMORY", "STATS"]);
        assert!(
            stats.contains(&format!("$19\r\nreplication.backlog\r\n:{backlog}\r\n")),
            "{stats}"
        );
        assert!(stats.contains(&format!("$14\r\nclients.slaves\r\n:{replicas}\r\n")));
    }
}
