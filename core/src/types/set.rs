//! The set value type (filled in by the data-model work).

/// A set value.
#[derive(Clone, Debug, Default)]
pub struct SetValue {}
