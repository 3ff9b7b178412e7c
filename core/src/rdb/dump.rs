//! DUMP / RESTORE payloads: one value in RDB form, then the RDB version (2 bytes,
//! little-endian) and the CRC-64 of everything before it (8 bytes, little-endian).
//!
//! ```text
//! type byte | value (as in an RDB file) | RDB version (u16 LE) | CRC-64 (u64 LE)
//! ```
//!
//! As Redis 7.0's `createDumpPayload`, the value is written exactly as SAVE writes it
//! (same encodings, LZF under `rdbcompression`) with version 10. As its
//! `verifyDumpPayload`, a payload is accepted when it has at least the 10 footer bytes,
//! its version is at most 10 (older payloads load: the value encodings are the same),
//! and the CRC-64 matches.

use super::load::{self, LoadOptions};
use super::save::{object_type, write_object};
use super::write::Encoder;
use super::{RDB_VERSION, crc64};
use crate::types::Value;

/// Bytes after the value: the version and the CRC-64.
const FOOTER: usize = 10;

/// Why a RESTORE payload was refused, one variant per Redis reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayloadError {
    /// Too short, a version newer than 10, or a wrong CRC-64: `ERR DUMP payload version
    /// or checksum are wrong`.
    VersionOrChecksum,
    /// The value does not decode (unknown type byte, malformed or empty value): `ERR Bad
    /// data format`.
    BadFormat,
}

impl PayloadError {
    /// The error reply Redis 7.0 gives.
    pub fn reply(&self) -> &'static str {
        match self {
            PayloadError::VersionOrChecksum => "ERR DUMP payload version or checksum are wrong",
            PayloadError::BadFormat => "ERR Bad data format",
        }
    }
}

/// The DUMP payload of `value`: its type byte and body as SAVE writes them
/// (`compression` is `rdbcompression`), version 10 and the CRC-64.
pub fn create_payload(value: &Value, compression: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = Encoder::new(compression);
    out.push(object_type(value));
    write_object(&mut out, value, &mut enc);
    out.extend_from_slice(&RDB_VERSION.to_le_bytes());
    let crc = crc64::checksum(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// Redis 7.0's `verifyDumpPayload`: the footer is present, the version at most 10, and
/// (unless `skip_checksum`, DEBUG SET-SKIP-CHECKSUM-VALIDATION) the CRC-64 right.
/// Returns the payload's RDB version.
pub fn verify_payload(payload: &[u8], skip_checksum: bool) -> Result<u16, PayloadError> {
    let Some(body_len) = payload.len().checked_sub(FOOTER) else {
        return Err(PayloadError::VersionOrChecksum);
    };
    let footer = &payload[body_len..];
    let version = u16::from_le_bytes([footer[0], footer[1]]);
    if version > RDB_VERSION {
        return Err(PayloadError::VersionOrChecksum);
    }
    if skip_checksum {
        return Ok(version);
    }
    let mut crc = [0u8; 8];
    crc.copy_from_slice(&footer[2..]);
    if crc64::checksum(&payload[..body_len + 2]) != u64::from_le_bytes(crc) {
        return Err(PayloadError::VersionOrChecksum);
    }
    Ok(version)
}

/// Whether `t` is a value type byte Redis 7.0 reads (`rdbIsObjectType`: 0 to 7 and 9
/// to 19).
fn is_object_type(t: u8) -> bool {
    t <= 7 || (9..=19).contains(&t)
}

/// The value of a RESTORE payload: verified as [`verify_payload`], then its value read
/// by the loader (in this server's encodings, at the configured thresholds). An empty
/// collection is a bad format, as in Redis.
pub fn restore_value(
    payload: &[u8],
    skip_checksum: bool,
    opts: &LoadOptions<'_>,
) -> Result<Value, PayloadError> {
    verify_payload(payload, skip_checksum)?;
    // As Redis, the value is read from the whole payload, footer included: a value
    // that runs into the footer bytes is read from them, and bytes left over after it
    // are ignored.
    let Some((&type_byte, rest)) = payload.split_first() else {
        return Err(PayloadError::BadFormat);
    };
    if !is_object_type(type_byte) {
        return Err(PayloadError::BadFormat);
    }
    match load::read_object(type_byte, rest, opts) {
        Ok((Some(value), _)) => Ok(value),
        Ok((None, _)) | Err(_) => Err(PayloadError::BadFormat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::StrValue;

    /// Bytes of a payload given as hex.
    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn string_payloads_are_redis_bytes() {
        // redis-server 7.0.15: SET s hello / DUMP s; SET n 12345 / DUMP n.
        let hello = hex("000568656c6c6f0a006372df766534200a");
        let v = Value::Str(StrValue::new(b"hello"));
        let ours = create_payload(&v, true);
        assert_eq!(&ours[..8], &hello[..8]);
        // The CRC is Redis's own over the same bytes.
        assert_eq!(verify_payload(&hello, false), Ok(10));
        assert_eq!(ours, hello);
        let n = hex("00c139300a009d94ea2793fc08b9");
        assert_eq!(
            create_payload(&Value::Str(StrValue::new(b"12345")), true),
            n
        );
    }

    #[test]
    fn verify_rules() {
        let good = create_payload(&Value::Str(StrValue::new(b"x")), true);
        assert_eq!(verify_payload(&good, false), Ok(10));
        // Too short.
        assert_eq!(
            verify_payload(&good[..9], false),
            Err(PayloadError::VersionOrChecksum)
        );
        // A flipped bit anywhere fails the CRC.
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 1;
            assert!(verify_payload(&bad, false).is_err(), "byte {i}");
        }
        // Version 11 is refused even with a right CRC; version 9 is accepted.
        for (version, ok) in [(11u16, false), (9, true)] {
            let mut p = good[..good.len() - FOOTER].to_vec();
            p.extend_from_slice(&version.to_le_bytes());
            let crc = crc64::checksum(&p);
            p.extend_from_slice(&crc.to_le_bytes());
            assert_eq!(verify_payload(&p, false).is_ok(), ok, "version {version}");
        }
        // Skipping the checksum still checks the version.
        let mut bad = good.clone();
        let n = bad.len();
        bad[n - 1] ^= 0xff;
        assert_eq!(verify_payload(&bad, true), Ok(10));
        bad[n - 10] = 11;
        assert!(verify_payload(&bad, true).is_err());
    }
}
