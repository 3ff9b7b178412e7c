//! Read-only views of a node's replication state for the deterministic simulator
//! (`conformance/src/sim`), and its deliberate replication bug. Nothing here runs on
//! the command path: the simulator calls these between inputs to check that replicas
//! converge to their master and that WAIT never over-counts.

use crate::client::ConnId;
use crate::server::Server;

/// Where a node stands in replication, as the simulator compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplProbe {
    /// This node's replication id.
    pub replid: String,
    /// `master_repl_offset`: the stream this node produced or applied, including
    /// effects not yet fed to its replicas.
    pub offset: u64,
    /// Replica side: `Some(applied offset)` while the link to its master is up.
    pub link_up: Option<u64>,
    /// Replica side: this node replicates someone (whether or not the link is up).
    pub is_replica: bool,
    /// Master side: connected replicas that are online, with their last ACKed offset.
    pub online_acks: Vec<u64>,
    /// INFO's `master_failover_state`: `no-failover`, `waiting-for-sync` or
    /// `failover-in-progress` (a FAILOVER this node started).
    pub failover: &'static str,
}

impl Server {
    /// The node's replication state (see [`ReplProbe`]).
    pub fn repl_probe(&self) -> ReplProbe {
        let repl = &self.node.repl;
        let link = repl.replica.as_ref();
        ReplProbe {
            replid: repl.replid.clone(),
            offset: crate::repl::master::current_offset(&self.node),
            link_up: link.filter(|l| l.is_up()).map(|l| l.reploff),
            is_replica: link.is_some(),
            online_acks: repl
                .master
                .replicas
                .iter()
                .filter(|r| r.state == crate::repl::master::ReplicaState::Online)
                .map(|r| r.ack_off)
                .collect(),
            failover: crate::repl::failover::state_name(&self.node),
        }
    }

    /// The replication offset WAIT waits for on behalf of `conn` (Redis's `c->woff`):
    /// the end of the stream after that client's last write. `None` for an unknown
    /// connection.
    pub fn client_wait_offset(&self, conn: ConnId) -> Option<u64> {
        self.clients.get(&conn).map(|c| c.state.woff)
    }

    /// The time the node last received with an input: what it stamps a write with
    /// (`consume_output` takes no `now`), e.g. a client's last interaction.
    pub fn last_now(&self) -> crate::time::Now {
        self.node.now
    }

    /// Switches on the deliberate bug "a replica acknowledges an offset it has not
    /// applied": every `REPLCONF ACK` it sends claims [`BUG_ACK_AHEAD`] bytes more than
    /// it applied. Only the simulator's self-tests call this: they prove that the WAIT
    /// check catches a replica that lies about its progress.
    #[doc(hidden)]
    pub fn set_bug_ack_ahead(&mut self, on: bool) {
        self.node.repl.bug_ack_ahead = on;
    }
}

/// How far ahead a replica with the deliberate bug acknowledges.
pub const BUG_ACK_AHEAD: u64 = 256;

/// The offset a replica puts in `REPLCONF ACK` when it applied `applied`: the same,
/// unless the deliberate bug is on.
pub(crate) fn acked_offset(bug: bool, applied: u64) -> u64 {
    if bug {
        applied + BUG_ACK_AHEAD
    } else {
        applied
    }
}
