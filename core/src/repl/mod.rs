//! Replication, as Redis 7.0's PSYNC protocol: the master's side (`master.rs`: REPLCONF,
//! PSYNC/SYNC, the backlog, full syncs from the fork-less snapshot, WAIT), the
//! replica's side (`replica.rs`: REPLICAOF, the handshake over an outbound connection,
//! loading the master's snapshot, applying its stream), and here what both share: the
//! node's replication identity and offset.
//!
//! The stream a master sends is the effects stream's replication target
//! ([`crate::effects::Effects::repl`]); the replication offset counts its bytes.

pub mod backlog;
pub mod failover;
pub mod master;
pub mod memory;
pub mod persist;
pub mod probe;
pub mod replica;
pub mod shutdown;

use crate::util::rng::Rng;

/// The node's replication identity and both roles' state.
#[derive(Debug)]
pub struct Repl {
    /// This node's replication id: 40 hex digits, new at start-up and at each promotion.
    pub replid: String,
    /// The replication id this node had before its last promotion (or its master's
    /// before a failover), all zeros when none: PSYNC2 accepts it up to
    /// [`second_offset`](Self::second_offset).
    pub replid2: String,
    /// The offset (exclusive, Redis's `second_replid_offset`) up to which
    /// [`replid2`](Self::replid2) is valid; -1 when there is none.
    pub second_offset: i64,
    /// `master_repl_offset`: bytes of the replication stream this node produced or
    /// applied.
    pub offset: u64,
    /// The master's side.
    pub master: master::MasterSide,
    /// The replica's side: `Some` while this node replicates a master.
    pub replica: Option<replica::ReplicaLink>,
    /// The simulator's deliberate bug: ACKs claim more than was applied
    /// ([`probe::BUG_ACK_AHEAD`]).
    pub bug_ack_ahead: bool,
    /// A FAILOVER under way.
    pub failover: Option<failover::Failover>,
    /// A shutdown waiting for the replicas to catch up.
    pub shutdown: Option<shutdown::ShutdownWait>,
    /// SHUTDOWN clients that waited with another, answered too if its final save fails.
    pub shutdown_others: Vec<crate::client::ConnId>,
}

impl Repl {
    /// A fresh identity from the node's PRNG.
    pub fn new(rng: &mut Rng) -> Self {
        Repl {
            replid: new_replid(rng),
            replid2: "0".repeat(40),
            second_offset: -1,
            offset: 0,
            master: master::MasterSide::default(),
            replica: None,
            bug_ack_ahead: false,
            failover: None,
            shutdown: None,
            shutdown_others: Vec::new(),
        }
    }
}

/// A new random replication id (40 hex digits).
pub fn new_replid(rng: &mut Rng) -> String {
    let mut id = [0u8; 40];
    rng.fill_hex(&mut id);
    String::from_utf8_lossy(&id).into_owned()
}
