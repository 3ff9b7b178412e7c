//! LZF, the compression of RDB strings (liblzf's format, written from its description).
//!
//! A compressed stream is a sequence of runs, each led by a control byte `c`:
//! - `c < 32`: `c + 1` literal bytes follow;
//! - otherwise a back reference: length `(c >> 5) + 2`, where a length field of 7 takes
//!   one more byte to add; distance `((c & 0x1f) << 8) + next byte + 1` back from the
//!   output's end. The copy may overlap its source (runs of a repeated pattern).
//!
//! Redis stores a string compressed when it is longer than 20 bytes and compression
//! saves at least 4 bytes. Any valid stream is accepted, so output need not match
//! liblzf's byte for byte (liblzf's own output is not deterministic either).
//! [`Compressor`] keeps its hash table between calls and invalidates it with a
//! generation count instead of clearing it: small strings cost no 64K-entry memset.

/// Longest literal run one control byte announces.
const MAX_LITERAL: usize = 32;
/// Farthest a back reference reaches.
const MAX_DISTANCE: usize = 1 << 13;
/// Longest back reference: 2 + 7 + 255.
const MAX_MATCH: usize = 264;
/// log2 of the hash table's size.
const HASH_LOG: u32 = 14;

/// Decompresses `input` into exactly `expected_len` bytes appended to `out`. Fails
/// (leaving `out` at its old length) on any malformed run, a reference before the
/// start, or a result of another length: a corrupt input never reads or writes out of
/// bounds, and never grows `out` past `expected_len`.
pub fn decompress(input: &[u8], expected_len: usize, out: &mut Vec<u8>) -> Result<(), LzfError> {
    let base = out.len();
    // The input bounds the output: each input byte yields at most MAX_MATCH bytes.
    if expected_len / MAX_MATCH > input.len() {
        return Err(LzfError);
    }
    out.reserve(expected_len);
    let end = base + expected_len;
    let mut ip = 0;
    let result = (|| {
        while ip < input.len() {
            let ctrl = usize::from(input[ip]);
            ip += 1;
            if ctrl < 32 {
                let n = ctrl + 1;
                let lit = input.get(ip..ip + n).ok_or(LzfError)?;
                if out.len() + n > end {
                    return Err(LzfError);
                }
                out.extend_from_slice(lit);
                ip += n;
            } else {
                let mut len = ctrl >> 5;
                if len == 7 {
                    len += usize::from(*input.get(ip).ok_or(LzfError)?);
                    ip += 1;
                }
                len += 2;
                let low = usize::from(*input.get(ip).ok_or(LzfError)?);
                ip += 1;
                let distance = ((ctrl & 0x1f) << 8) + low + 1;
                if distance > out.len() - base || out.len() + len > end {
                    return Err(LzfError);
                }
                let from = out.len() - distance;
                if distance >= len {
                    out.extend_from_within(from..from + len);
                } else {
                    // Overlapping copy: byte by byte repeats the pattern.
                    for i in 0..len {
                        let b = out[from + i];
                        out.push(b);
                    }
                }
            }
        }
        if out.len() == end {
            Ok(())
        } else {
            Err(LzfError)
        }
    })();
    if result.is_err() {
        out.truncate(base);
    }
    result
}

/// A compressed string that does not decode to the length it announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LzfError;

impl std::fmt::Display for LzfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Invalid LZF compressed string")
    }
}

/// An LZF compressor whose hash table is reused from call to call.
pub struct Compressor {
    /// Per 3-byte hash: the generation (high 32 bits) and position (low 32 bits) of
    /// the last place that hash was seen.
    table: Box<[u64]>,
    /// The current call's generation; entries of other generations are empty.
    generation: u32,
}

impl Default for Compressor {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Compressor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compressor").finish_non_exhaustive()
    }
}

impl Compressor {
    /// A compressor with an empty table.
    pub fn new() -> Self {
        Compressor {
            table: vec![0u64; 1 << HASH_LOG].into_boxed_slice(),
            generation: 0,
        }
    }

    /// Appends the compression of `input` to `out` if it fits in `max_len` bytes and
    /// returns its length; returns `None` (and leaves `out` as it was) otherwise.
    pub fn compress(&mut self, input: &[u8], max_len: usize, out: &mut Vec<u8>) -> Option<usize> {
        if input.len() >= u32::MAX as usize {
            return None;
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.table.fill(0);
            self.generation = 1;
        }
        let generation = u64::from(self.generation) << 32;
        let base = out.len();
        let limit = base + max_len;
        // Position of the pending literal run's control byte, and its length.
        let mut ctrl_at = base;
        out.push(0);
        let mut literals = 0usize;
        let mut ip = 0usize;
        while ip + 2 < input.len() {
            let v = u32::from(input[ip]) << 16
                | u32::from(input[ip + 1]) << 8
                | u32::from(input[ip + 2]);
            let slot = (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_LOG)) as usize;
            let seen = self.table[slot];
            self.table[slot] = generation | ip as u64;
            let candidate = (seen & 0xffff_ffff) as usize;
            if seen & !0xffff_ffff == generation
                && candidate < ip
                && ip - candidate <= MAX_DISTANCE
                && input[candidate..candidate + 3] == input[ip..ip + 3]
            {
                let max = MAX_MATCH.min(input.len() - ip);
                let mut len = 3;
                while len < max && input[candidate + len] == input[ip + len] {
                    len += 1;
                }
                // Close the literal run (or drop its unused control byte).
                if literals > 0 {
                    out[ctrl_at] = (literals - 1) as u8;
                } else {
                    out.pop();
                }
                let distance = ip - candidate - 1;
                let code = len - 2;
                if code < 7 {
                    out.push(((code << 5) | (distance >> 8)) as u8);
                } else {
                    out.push(((7 << 5) | (distance >> 8)) as u8);
                    out.push((code - 7) as u8);
                }
                out.push((distance & 0xff) as u8);
                // Index the positions inside the match cheaply: the one before its end.
                let last = ip + len - 1;
                if last + 2 < input.len() {
                    let v = u32::from(input[last]) << 16
                        | u32::from(input[last + 1]) << 8
                        | u32::from(input[last + 2]);
                    let slot = (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_LOG)) as usize;
                    self.table[slot] = generation | last as u64;
                }
                ip += len;
                ctrl_at = out.len();
                out.push(0);
                literals = 0;
            } else {
                out.push(input[ip]);
                literals += 1;
                ip += 1;
                if literals == MAX_LITERAL {
                    out[ctrl_at] = (MAX_LITERAL - 1) as u8;
                    ctrl_at = out.len();
                    out.push(0);
                    literals = 0;
                }
            }
            if out.len() > limit {
                out.truncate(base);
                return None;
            }
        }
        while ip < input.len() {
            out.push(input[ip]);
            literals += 1;
            ip += 1;
            if literals == MAX_LITERAL {
                out[ctrl_at] = (MAX_LITERAL - 1) as u8;
                ctrl_at = out.len();
                out.push(0);
                literals = 0;
            }
        }
        if literals > 0 {
            out[ctrl_at] = (literals - 1) as u8;
        } else {
            out.pop();
        }
        if out.len() > limit {
            out.truncate(base);
            return None;
        }
        Some(out.len() - base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quickcheck::{QuickCheck, TestResult};

    fn round_trip(input: &[u8]) -> bool {
        let mut c = Compressor::new();
        let mut packed = Vec::new();
        match c.compress(input, input.len() + input.len() / 16 + 64, &mut packed) {
            None => false,
            Some(n) => {
                let mut back = Vec::new();
                n == packed.len()
                    && decompress(&packed, input.len(), &mut back).is_ok()
                    && back == input
            }
        }
    }

    #[test]
    fn round_trips() {
        assert!(round_trip(b""));
        assert!(round_trip(b"a"));
        assert!(round_trip(&[b'x'; 10_000]));
        let text: Vec<u8> = (0..20_000u32)
            .map(|i| b"abcdefgh"[(i % 7) as usize])
            .collect();
        assert!(round_trip(&text));
        fn prop(data: Vec<u8>, rep: u8) -> TestResult {
            // Add repetition so that back references happen.
            let mut v = data.clone();
            for _ in 0..(rep % 4) {
                v.extend_from_slice(&data);
            }
            TestResult::from_bool(round_trip(&v))
        }
        QuickCheck::new()
            .tests(300)
            .quickcheck(prop as fn(Vec<u8>, u8) -> TestResult);
    }

    #[test]
    fn compresses_repetitive_input() {
        let mut c = Compressor::new();
        let mut out = Vec::new();
        let n = c.compress(&[b'a'; 4096], 4092, &mut out).unwrap();
        assert!(n < 100, "{n}");
        // Too small a budget: nothing written.
        let mut out = vec![1, 2];
        assert_eq!(
            c.compress(b"abcdefghijklmnopqrstuvwxyz", 10, &mut out),
            None
        );
        assert_eq!(out, vec![1, 2]);
    }

    #[test]
    fn decodes_hand_assembled_stream() {
        // Assembled from the format: 1 literal 'a'; control 0xe0 (length field 7, plus
        // 29 from the next byte, plus 2 = 38) at distance 0x00 + 1; control 0x20 (length
        // 1 + 2 = 3) at distance 1: 42 a's in all.
        let packed = [0x00, b'a', 0xe0, 0x1d, 0x00, 0x20, 0x00];
        let mut out = Vec::new();
        decompress(&packed, 42, &mut out).unwrap();
        assert_eq!(out, vec![b'a'; 42]);
        // The same stream announcing another length, or cut short, is refused.
        assert!(decompress(&packed, 41, &mut out).is_err());
        assert!(decompress(&packed[..6], 42, &mut out).is_err());
        // A reference before the start of the output.
        assert!(decompress(&[0x20, 0x05], 3, &mut out).is_err());
        assert_eq!(out.len(), 42);
    }

    #[test]
    fn garbage_never_panics_or_overgrows() {
        fn prop(data: Vec<u8>, len: u16) -> bool {
            let mut out = vec![7u8];
            match decompress(&data, usize::from(len), &mut out) {
                Ok(()) => out.len() == 1 + usize::from(len),
                Err(LzfError) => out == vec![7u8],
            }
        }
        QuickCheck::new()
            .tests(2000)
            .quickcheck(prop as fn(Vec<u8>, u16) -> bool);
        let mut out = Vec::new();
        // A length claim far beyond what the input could produce allocates nothing.
        assert!(decompress(&[0, 1], 1 << 40, &mut out).is_err());
        assert_eq!(out.capacity(), 0);
    }
}
