//! The stream value type (filled in by the data-model work).

/// A stream value.
#[derive(Clone, Debug, Default)]
pub struct StreamValue {}
