//! Small exact helpers shared by the protocol, the commands and the configuration.

pub mod glob;
pub mod log;
pub mod longdouble;
pub mod number;
pub mod rng;
pub mod splitargs;

/// A hash map for the core's internal tables (keys the core chose, not clients): fast,
/// and deterministic because its hash state is fixed.
pub type FastMap<K, V> = hashbrown::HashMap<K, V, foldhash::fast::FixedState>;
