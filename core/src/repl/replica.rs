//! The replica's side of replication: the link to its master (REPLICAOF, the handshake,
//! loading the snapshot, applying the stream).

/// The link to this node's master.
#[derive(Debug)]
pub struct ReplicaLink {}
