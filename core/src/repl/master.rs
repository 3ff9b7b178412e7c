//! The master's side of replication: connected replicas, the backlog, full and partial
//! resyncs, WAIT.

/// What a master keeps about its replicas and backlog.
#[derive(Debug, Default)]
pub struct MasterSide {}
