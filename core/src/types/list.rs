//! The list value type (filled in by the data-model work).

/// A list value.
#[derive(Clone, Debug, Default)]
pub struct ListValue {}
