//! The zset value type (filled in by the data-model work).

/// A zset value.
#[derive(Clone, Debug, Default)]
pub struct ZSetValue {}
