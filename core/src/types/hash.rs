//! The hash value type (filled in by the data-model work).

/// A hash value.
#[derive(Clone, Debug, Default)]
pub struct HashValue {}
