//! CRC-64/Jones (reflected, init 0, xorout 0): the RDB trailer and the DUMP footer.
//! Redis stores it little-endian; 0 in an RDB trailer means checksums were off.

use crc::{CRC_64_REDIS, Crc, Digest, Table};

/// The one table, built at compile time (16 slices: about 1.7 GB/s).
static CRC64: Crc<u64, Table<16>> = Crc::<u64, Table<16>>::new(&CRC_64_REDIS);

/// The CRC-64 of `bytes`.
pub fn checksum(bytes: &[u8]) -> u64 {
    CRC64.checksum(bytes)
}

/// A running CRC-64, for output produced in chunks (the background snapshot).
pub struct Running(Digest<'static, u64, Table<16>>);

impl Running {
    /// A CRC over no bytes yet.
    pub fn new() -> Self {
        Running(CRC64.digest())
    }

    /// Adds `bytes`.
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// The CRC of everything added so far.
    pub fn value(&self) -> u64 {
        self.0.clone().finalize()
    }
}

impl Default for Running {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Running({:#x})", self.value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redis_check_value() {
        // Redis's crc64.c self-test: "123456789" gives 0xe9c6d914c4b8d9ca.
        assert_eq!(checksum(b"123456789"), 0xe9c6_d914_c4b8_d9ca);
        let mut r = Running::new();
        r.update(b"1234");
        r.update(b"56789");
        assert_eq!(r.value(), 0xe9c6_d914_c4b8_d9ca);
    }
}
