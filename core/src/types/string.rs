//! The string value type: bytes, with the integer view INCR and friends need.

use crate::util::number::parse_i64;

/// A string value. Kept as bytes; integer commands parse and re-format on the fly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrValue(Vec<u8>);

impl StrValue {
    /// A string holding `bytes`.
    pub fn new(bytes: &[u8]) -> Self {
        StrValue(bytes.to_vec())
    }

    /// A string holding the decimal form of `v`.
    pub fn from_i64(v: i64) -> Self {
        let mut b = itoa::Buffer::new();
        StrValue(b.format(v).as_bytes().to_vec())
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The value as an integer, if it is one by Redis's rules.
    pub fn as_i64(&self) -> Option<i64> {
        parse_i64(&self.0)
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Mutable access to the bytes (APPEND, SETRANGE).
    pub fn bytes_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }

    /// Replaces the contents in place, reusing the allocation when it fits.
    pub fn assign(&mut self, bytes: &[u8]) {
        self.0.clear();
        self.0.extend_from_slice(bytes);
    }
}
