//! The Redis protocol: a streaming request parser and a reply encoder for RESP2/RESP3.

pub mod parser;
pub mod query_buffer;
pub mod reply;

pub use parser::{ParseLimits, Parsed, ProtocolError, RequestParser};
pub use reply::Reply;

/// Encodes `args` as a RESP multibulk request, the form clients (and a master
/// propagating to its replicas) send commands in.
pub fn encode_request(args: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for arg in args {
        out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
        out.extend_from_slice(arg);
        out.extend_from_slice(b"\r\n");
    }
    out
}
