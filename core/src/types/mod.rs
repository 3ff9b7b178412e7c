//! Value types stored in the keyspace.

pub mod string;

pub use string::StrValue;

/// A value stored under a key.
#[derive(Clone, Debug)]
pub enum Value {
    /// A string.
    Str(StrValue),
}

impl Value {
    /// The name TYPE replies with.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Str(_) => "string",
        }
    }
}
