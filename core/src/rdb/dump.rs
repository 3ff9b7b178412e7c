//! DUMP / RESTORE payloads: one value in RDB form, then the RDB version (2 bytes,
//! little-endian) and the CRC-64 of everything before it (8 bytes, little-endian).
