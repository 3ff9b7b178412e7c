//! RDB: Redis's snapshot format, read and written by the core alone.
//!
//! The runtimes only move bytes between the disk and the core: at start-up they hand
//! the file's bytes to [`load::load`]; SAVE, BGSAVE, DEBUG RELOAD and (later) a
//! replica's full sync get their bytes from [`save`], through the fork-less
//! point-in-time [`snapshot`] when clients must keep being served meanwhile.
//!
//! Parts:
//! - [`crc64`] and [`lzf`]: the checksum and the string compression Redis uses;
//! - [`listpack`]: the packed list embedded in 7.0+ values, both ways;
//! - [`read`] / [`blobs`] / [`load`]: every version from 1 to 12 and every encoding in
//!   them, bounded by the bytes actually present (a length field never allocates more
//!   than the input could hold);
//! - [`write`] / [`save`]: version 10, exactly as Redis 7.0 writes it;
//! - [`stream`]: stream values (listpack nodes, consumer groups), both directions;
//! - [`dump`]: DUMP / RESTORE payloads (one value, the RDB version and a CRC-64);
//! - [`snapshot`]: the background snapshot (see its module doc for the scheme).

pub mod blobs;
pub mod crc64;
pub mod dump;
pub mod listpack;
pub mod load;
pub mod lzf;
pub mod read;
pub mod save;
pub mod snapshot;
pub mod stream;
pub mod write;

/// The version this server writes (Redis 7.0's).
pub const RDB_VERSION: u16 = 10;
/// The newest version the loader reads (Redis 7.4's; 7.0 stops at 10).
pub const RDB_VERSION_MAX_READ: u16 = 12;

/// Value type bytes (`RDB_TYPE_*`).
pub mod types {
    pub const STRING: u8 = 0;
    pub const LIST: u8 = 1;
    pub const SET: u8 = 2;
    pub const ZSET: u8 = 3;
    pub const HASH: u8 = 4;
    /// Sorted set with binary (little-endian f64) scores.
    pub const ZSET_2: u8 = 5;
    /// Module value of the pre-GA format.
    pub const MODULE_PRE_GA: u8 = 6;
    pub const MODULE_2: u8 = 7;
    pub const HASH_ZIPMAP: u8 = 9;
    pub const LIST_ZIPLIST: u8 = 10;
    pub const SET_INTSET: u8 = 11;
    pub const ZSET_ZIPLIST: u8 = 12;
    pub const HASH_ZIPLIST: u8 = 13;
    /// Quicklist of ziplists (3.2 to 6.2).
    pub const LIST_QUICKLIST: u8 = 14;
    pub const STREAM_LISTPACKS: u8 = 15;
    pub const HASH_LISTPACK: u8 = 16;
    pub const ZSET_LISTPACK: u8 = 17;
    /// Quicklist of listpacks (7.0).
    pub const LIST_QUICKLIST_2: u8 = 18;
    pub const STREAM_LISTPACKS_2: u8 = 19;
    /// Set as a listpack (7.2).
    pub const SET_LISTPACK: u8 = 20;
    pub const STREAM_LISTPACKS_3: u8 = 21;
    /// Hash with field TTLs, 7.4 release candidates only.
    pub const HASH_METADATA_PRE_GA: u8 = 22;
    pub const HASH_LISTPACK_EX_PRE_GA: u8 = 23;
    /// Hash with field TTLs (7.4).
    pub const HASH_METADATA: u8 = 24;
    pub const HASH_LISTPACK_EX: u8 = 25;
}

/// Opcodes that are not value types (`RDB_OPCODE_*`).
pub mod opcodes {
    /// Cluster slot information (7.4 cluster mode).
    pub const SLOT_INFO: u8 = 244;
    /// A function library (7.0 GA).
    pub const FUNCTION2: u8 = 245;
    /// A function library, 7.0 release-candidate format.
    pub const FUNCTION_PRE_GA: u8 = 246;
    pub const MODULE_AUX: u8 = 247;
    /// LRU idle time of the next key, in seconds.
    pub const IDLE: u8 = 248;
    /// LFU counter of the next key.
    pub const FREQ: u8 = 249;
    pub const AUX: u8 = 250;
    pub const RESIZEDB: u8 = 251;
    pub const EXPIRETIME_MS: u8 = 252;
    /// Expiry in seconds (signed 32-bit), written by Redis before 2.6.
    pub const EXPIRETIME: u8 = 253;
    pub const SELECTDB: u8 = 254;
    pub const EOF: u8 = 255;
}

/// Why bytes could not be read as RDB. The text is what the loader logs (and, for
/// RESTORE, is mapped to Redis's error replies by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RdbError {
    /// The input ended before the structure it was reading.
    Truncated,
    /// Not `REDIS` followed by a version in 1..=12.
    BadHeader(String),
    /// The CRC-64 trailer does not match the bytes: `expected` is the CRC of the file's
    /// bytes, `got` what its trailer says (Redis's names in its log line).
    BadChecksum {
        /// CRC-64 computed over the file up to its trailer.
        expected: u64,
        /// CRC-64 stored in the trailer.
        got: u64,
    },
    /// A value or opcode type byte this loader does not know.
    UnknownType(u8),
    /// A module value or module aux field: we have no modules (the text names it).
    Module(String),
    /// Anything else that is malformed, with what and where.
    Corrupt(String),
}

impl std::fmt::Display for RdbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RdbError::Truncated => {
                f.write_str("Short read or OOM loading DB. Unrecoverable error, aborting now.")
            }
            RdbError::BadHeader(m) => f.write_str(m),
            RdbError::BadChecksum { expected, got } => write!(
                f,
                "Wrong RDB checksum expected: ({expected:x}) but got ({got:x}). Aborting now."
            ),
            RdbError::UnknownType(t) => write!(f, "Unknown RDB encoding type {t}"),
            RdbError::Module(m) => f.write_str(m),
            RdbError::Corrupt(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RdbError {}
