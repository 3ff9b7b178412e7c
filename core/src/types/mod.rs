//! Value types stored in the keyspace, one file per type.

pub mod hash;
pub mod list;
pub mod set;
pub mod stream;
pub mod string;
pub mod table;
pub mod zset;

pub use hash::HashValue;
pub use list::ListValue;
pub use set::SetValue;
pub use stream::StreamValue;
pub use string::StrValue;
pub use zset::ZSetValue;

/// A value stored under a key. It is 40 bytes: a string of up to
/// [`string::INLINE`] bytes lives inside it, and the collections are boxed or compact
/// enough to fit beside the string's tag byte (checked at compile time below).
#[derive(Clone, Debug)]
pub enum Value {
    /// A string.
    Str(StrValue),
    /// A list.
    List(ListValue),
    /// A hash.
    Hash(HashValue),
    /// A set.
    Set(SetValue),
    /// A sorted set.
    ZSet(ZSetValue),
    /// A stream.
    Stream(StreamValue),
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Value>() == 40);

impl Value {
    /// The name TYPE replies with.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Str(_) => "string",
            Value::List(_) => "list",
            Value::Hash(_) => "hash",
            Value::Set(_) => "set",
            Value::ZSet(_) => "zset",
            Value::Stream(_) => "stream",
        }
    }
}
