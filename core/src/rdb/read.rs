//! [`Reader`]: the RDB primitives read from a byte slice (lengths, strings in their
//! integer and LZF encodings, doubles), every one bounded by the bytes present.
//!
//! The API other parts of the loader build on (streams, DUMP payloads):
//! - [`Reader::new`], [`Reader::pos`], [`Reader::remaining`], [`Reader::bytes`]: the
//!   cursor itself;
//! - [`Reader::u8`], [`Reader::u32_le`], [`Reader::i32_le`], [`Reader::i64_le`],
//!   [`Reader::u64_le`]: fixed-width integers;
//! - [`Reader::length`] (plain lengths; an integer or LZF encoding there is an error),
//!   [`Reader::length_or_encoding`], and [`Reader::count`]: a length of things each at
//!   least so many bytes long, checked against the bytes left (safe to reserve for);
//! - [`Reader::string`]: an RDB string as a `Cow` (borrowed from the input unless it
//!   was int-encoded or LZF-compressed), [`Reader::string_with`] to hand it to a
//!   closure without allocating (encoded ones go through a reused scratch buffer),
//!   [`Reader::string_into`] to append it to a caller's buffer, [`Reader::skip_string`];
//! - [`Reader::double_str`] (the old text form of ZSET scores) and
//!   [`Reader::double_bin`] (little-endian IEEE 754, ZSET_2 and later).
//!
//! Nothing here allocates more than the input could hold: a string's claimed length is
//! checked against [`Reader::remaining`] before it is read, and an LZF string's
//! decompressed length is bounded by what its compressed bytes can expand to.

use std::borrow::Cow;

use super::RdbError;
use super::lzf;

/// The top two bits of a length's first byte: a special (non-length) encoding follows.
const ENCVAL: u8 = 3;
/// Integer encodings of a string (`RDB_ENC_INT8/16/32`) and LZF (`RDB_ENC_LZF`).
const ENC_INT8: u8 = 0;
const ENC_INT16: u8 = 1;
const ENC_INT32: u8 = 2;
const ENC_LZF: u8 = 3;

/// A length field as read: a plain length, or the number of a special string
/// encoding (`0xC0 | n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Len {
    /// A length (6, 14, 32 or 64 bits in the file).
    Len(u64),
    /// An encoded string follows: int8 (0), int16 (1), int32 (2) or LZF (3).
    Encoded(u8),
}

/// A cursor over RDB bytes.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`.
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    /// Bytes consumed so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Bytes left.
    pub fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// The whole input (for the checksum of everything before the trailer).
    pub fn input(&self) -> &'a [u8] {
        self.buf
    }

    /// The next `n` bytes.
    #[inline]
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], RdbError> {
        let end = self.pos.checked_add(n).ok_or(RdbError::Truncated)?;
        let s = self.buf.get(self.pos..end).ok_or(RdbError::Truncated)?;
        self.pos = end;
        Ok(s)
    }

    /// The next `N` bytes as an array.
    #[inline]
    fn array<const N: usize>(&mut self) -> Result<[u8; N], RdbError> {
        let s = self.bytes(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    /// The next byte.
    #[inline]
    pub fn u8(&mut self) -> Result<u8, RdbError> {
        let b = *self.buf.get(self.pos).ok_or(RdbError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    /// A little-endian `u32`.
    pub fn u32_le(&mut self) -> Result<u32, RdbError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// A little-endian `i32` (EXPIRETIME's seconds).
    pub fn i32_le(&mut self) -> Result<i32, RdbError> {
        Ok(i32::from_le_bytes(self.array()?))
    }

    /// A little-endian `i64` (EXPIRETIME_MS, module ids' neighbours, stream times).
    pub fn i64_le(&mut self) -> Result<i64, RdbError> {
        Ok(i64::from_le_bytes(self.array()?))
    }

    /// A little-endian `u64`.
    pub fn u64_le(&mut self) -> Result<u64, RdbError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// A big-endian `u64` (stream IDs in listpack keys are stored so).
    pub fn u64_be(&mut self) -> Result<u64, RdbError> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// A length field, or the number of the special encoding it announces
    /// (Redis's `rdbLoadLenByRef`).
    #[inline]
    pub fn length_or_encoding(&mut self) -> Result<Len, RdbError> {
        let b = self.u8()?;
        match b >> 6 {
            0 => Ok(Len::Len(u64::from(b & 0x3f))),
            1 => {
                let lo = self.u8()?;
                Ok(Len::Len((u64::from(b & 0x3f) << 8) | u64::from(lo)))
            }
            2 => match b {
                0x80 => Ok(Len::Len(u64::from(u32::from_be_bytes(self.array()?)))),
                0x81 => Ok(Len::Len(u64::from_be_bytes(self.array()?))),
                _ => Err(RdbError::Corrupt(format!(
                    "Unknown length encoding {b} in rdbLoadLen()"
                ))),
            },
            _ => {
                debug_assert_eq!(b >> 6, ENCVAL);
                Ok(Len::Encoded(b & 0x3f))
            }
        }
    }

    /// A plain length (an encoded-string marker here is corrupt input).
    #[inline]
    pub fn length(&mut self) -> Result<u64, RdbError> {
        match self.length_or_encoding()? {
            Len::Len(n) => Ok(n),
            Len::Encoded(e) => Err(RdbError::Corrupt(format!(
                "Unexpected string encoding {e} where a length was expected"
            ))),
        }
    }

    /// A length that counts things each taking at least `min_bytes` bytes of the
    /// input: larger than the input could hold is an error, so callers may reserve
    /// that many slots.
    pub fn count(&mut self, min_bytes: usize) -> Result<usize, RdbError> {
        let n = self.length()?;
        let n = usize::try_from(n).map_err(|_| RdbError::Truncated)?;
        if n.saturating_mul(min_bytes.max(1)) > self.remaining() {
            return Err(RdbError::Truncated);
        }
        Ok(n)
    }

    /// An RDB string: borrowed from the input when stored raw, owned when it was
    /// int-encoded (its decimal text) or LZF-compressed.
    #[inline]
    pub fn string(&mut self) -> Result<Cow<'a, [u8]>, RdbError> {
        match self.length_or_encoding()? {
            Len::Len(n) => {
                let n = usize::try_from(n).map_err(|_| RdbError::Truncated)?;
                Ok(Cow::Borrowed(self.bytes(n)?))
            }
            Len::Encoded(e) => {
                let mut out = Vec::new();
                self.encoded_into(e, &mut out)?;
                Ok(Cow::Owned(out))
            }
        }
    }

    /// Reads an RDB string and appends its bytes to `out`.
    pub fn string_into(&mut self, out: &mut Vec<u8>) -> Result<(), RdbError> {
        match self.length_or_encoding()? {
            Len::Len(n) => {
                let n = usize::try_from(n).map_err(|_| RdbError::Truncated)?;
                out.extend_from_slice(self.bytes(n)?);
                Ok(())
            }
            Len::Encoded(e) => self.encoded_into(e, out),
        }
    }

    /// Reads an RDB string and hands it to `f` without copying a raw one (an int or
    /// LZF string goes through `scratch`, which is reused).
    #[inline]
    pub fn string_with<R>(
        &mut self,
        scratch: &mut Vec<u8>,
        f: impl FnOnce(&[u8]) -> R,
    ) -> Result<R, RdbError> {
        match self.length_or_encoding()? {
            Len::Len(n) => {
                let n = usize::try_from(n).map_err(|_| RdbError::Truncated)?;
                Ok(f(self.bytes(n)?))
            }
            Len::Encoded(e) => {
                scratch.clear();
                self.encoded_into(e, scratch)?;
                Ok(f(scratch))
            }
        }
    }

    /// Skips an RDB string (LZF strings are not decompressed).
    pub fn skip_string(&mut self) -> Result<(), RdbError> {
        match self.length_or_encoding()? {
            Len::Len(n) => {
                let n = usize::try_from(n).map_err(|_| RdbError::Truncated)?;
                self.bytes(n)?;
            }
            Len::Encoded(ENC_INT8) => {
                self.bytes(1)?;
            }
            Len::Encoded(ENC_INT16) => {
                self.bytes(2)?;
            }
            Len::Encoded(ENC_INT32) => {
                self.bytes(4)?;
            }
            Len::Encoded(ENC_LZF) => {
                let clen = self.length()?;
                self.length()?;
                let clen = usize::try_from(clen).map_err(|_| RdbError::Truncated)?;
                self.bytes(clen)?;
            }
            Len::Encoded(e) => return Err(unknown_string_encoding(e)),
        }
        Ok(())
    }

    /// Appends the string of special encoding `enc` (after its marker byte) to `out`.
    fn encoded_into(&mut self, enc: u8, out: &mut Vec<u8>) -> Result<(), RdbError> {
        let v = match enc {
            ENC_INT8 => i64::from(self.u8()? as i8),
            ENC_INT16 => i64::from(i16::from_le_bytes(self.array()?)),
            ENC_INT32 => i64::from(i32::from_le_bytes(self.array()?)),
            ENC_LZF => {
                let clen = self.length()?;
                let len = self.length()?;
                let clen = usize::try_from(clen).map_err(|_| RdbError::Truncated)?;
                let len = usize::try_from(len).map_err(|_| RdbError::Truncated)?;
                let packed = self.bytes(clen)?;
                // `decompress` refuses a length its input cannot produce before it
                // reserves anything.
                return lzf::decompress(packed, len, out)
                    .map_err(|_| RdbError::Corrupt("Invalid LZF compressed string".into()));
            }
            e => return Err(unknown_string_encoding(e)),
        };
        out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }

    /// A double in the old text form (ZSET scores before RDB 8, and in type 3 still):
    /// a length byte, with 253 = NaN, 254 = +inf, 255 = -inf, else that many bytes of
    /// decimal text (Redis's `rdbLoadDoubleValue`).
    pub fn double_str(&mut self) -> Result<f64, RdbError> {
        let n = self.u8()?;
        match n {
            253 => Ok(f64::NAN),
            254 => Ok(f64::INFINITY),
            255 => Ok(f64::NEG_INFINITY),
            _ => {
                let text = self.bytes(usize::from(n))?;
                parse_double_text(text)
                    .ok_or_else(|| RdbError::Corrupt("Failed reading a double value".into()))
            }
        }
    }

    /// A double as 8 little-endian bytes (`rdbLoadBinaryDoubleValue`).
    #[inline]
    pub fn double_bin(&mut self) -> Result<f64, RdbError> {
        Ok(f64::from_le_bytes(self.array()?))
    }
}

/// The text of a double as `strtod` reads what Redis wrote with `%.17g`.
fn parse_double_text(text: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(text).ok()?.trim();
    s.parse::<f64>().ok()
}

/// The error of a string encoding this format does not have.
fn unknown_string_encoding(e: u8) -> RdbError {
    RdbError::Corrupt(format!("Unknown RDB string encoding type {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_in_every_width() {
        let mut r = Reader::new(&[
            0x05, 0x41, 0x02, 0x80, 0, 1, 0, 0, 0x81, 0, 0, 0, 1, 0, 0, 0, 0,
        ]);
        assert_eq!(r.length(), Ok(5));
        assert_eq!(r.length(), Ok(0x102));
        assert_eq!(r.length(), Ok(0x1_0000));
        assert_eq!(r.length(), Ok(1 << 32));
        assert_eq!(r.length(), Err(RdbError::Truncated));
        assert!(matches!(
            Reader::new(&[0x82]).length(),
            Err(RdbError::Corrupt(_))
        ));
    }

    #[test]
    fn int_encoded_strings() {
        let mut r = Reader::new(&[0xC0, 0xFF, 0xC1, 0x00, 0x80, 0xC2, 0xFF, 0xFF, 0xFF, 0x7F]);
        assert_eq!(&*r.string().unwrap(), b"-1");
        assert_eq!(&*r.string().unwrap(), b"-32768");
        assert_eq!(&*r.string().unwrap(), b"2147483647");
        assert_eq!(r.remaining(), 0);
    }

    #[test]
    fn raw_strings_borrow_and_are_bounded() {
        let mut r = Reader::new(b"\x03abcd");
        assert!(matches!(r.string(), Ok(Cow::Borrowed(b"abc"))));
        // A length of 2^32 on a short input is an error, not an allocation.
        let mut r = Reader::new(&[0x81, 0, 0, 0, 1, 0, 0, 0, 0, b'x']);
        assert_eq!(r.string(), Err(RdbError::Truncated));
        let mut r = Reader::new(&[0x80, 0x7f, 0xff, 0xff, 0xff]);
        assert_eq!(r.count(1), Err(RdbError::Truncated));
    }

    #[test]
    fn lzf_strings() {
        // "aaaaaaaaaa": literal 'a', then a back reference of 9 at distance 1.
        let mut r = Reader::new(&[0xC3, 0x05, 0x0A, 0x00, b'a', 0xE0, 0x00, 0x00]);
        // ctrl 0xE0: len field 7 + extra byte 0 -> 9; distance 0 + 1.
        assert_eq!(&*r.string().unwrap(), b"aaaaaaaaaa");
        // Claimed output far beyond what 4 bytes can expand to: refused up front.
        let mut r = Reader::new(&[
            0xC3, 0x05, 0x80, 0x40, 0, 0, 0, 0x00, b'a', 0xE0, 0x00, 0x00,
        ]);
        assert!(r.string().is_err());
    }

    #[test]
    fn doubles() {
        let mut r = Reader::new(b"\xfd\xfe\xff\x031.5");
        assert!(r.double_str().unwrap().is_nan());
        assert_eq!(r.double_str(), Ok(f64::INFINITY));
        assert_eq!(r.double_str(), Ok(f64::NEG_INFINITY));
        assert_eq!(r.double_str(), Ok(1.5));
        let b = 2.25f64.to_le_bytes();
        let mut r = Reader::new(&b);
        assert_eq!(r.double_bin(), Ok(2.25));
    }
}
