//! The Redis protocol: a streaming request parser and a reply encoder for RESP2/RESP3.

pub mod parser;
pub mod reply;

pub use parser::{ParseLimits, Parsed, ProtocolError, RequestParser};
pub use reply::Reply;
