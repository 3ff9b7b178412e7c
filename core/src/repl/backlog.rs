//! The replication backlog: the last `repl-backlog-size` bytes of the replication
//! stream, so that a replica that lost its link can continue from its offset
//! (`+CONTINUE`) instead of loading a whole snapshot again.
//!
//! Offsets are Redis's: the stream's first byte has offset 1, and the backlog holds
//! the bytes `first_offset .. first_offset + histlen` (exclusive). A replica whose
//! `PSYNC` asks for offset `o` (the next byte it wants) can continue when
//! `first_offset <= o <= first_offset + histlen`.

use std::collections::VecDeque;

/// A bounded window on the end of the replication stream.
#[derive(Debug)]
pub struct Backlog {
    /// The bytes kept, oldest first (at most `size`).
    buf: VecDeque<u8>,
    /// `repl-backlog-size`: bytes kept at most.
    size: usize,
    /// Offset of the first byte kept (`repl_backlog_first_byte_offset`).
    first_offset: u64,
}

impl Backlog {
    /// An empty backlog of `size` bytes that starts after `master_offset` (the stream's
    /// bytes so far: the next byte has offset `master_offset + 1`).
    pub fn new(size: usize, master_offset: u64) -> Self {
        Backlog {
            buf: VecDeque::new(),
            size: size.max(1),
            first_offset: master_offset + 1,
        }
    }

    /// Appends stream bytes, dropping the oldest past the size.
    pub fn append(&mut self, bytes: &[u8]) {
        if bytes.len() >= self.size {
            // Only the tail survives.
            let drop = self.buf.len() + bytes.len() - self.size;
            self.first_offset += drop as u64;
            self.buf.clear();
            self.buf
                .extend(bytes.get(bytes.len() - self.size..).unwrap_or_default());
            return;
        }
        self.buf.extend(bytes);
        self.trim();
    }

    /// Drops the oldest bytes past the size.
    fn trim(&mut self) {
        if self.buf.len() > self.size {
            let drop = self.buf.len() - self.size;
            self.buf.drain(..drop);
            self.first_offset += drop as u64;
        }
    }

    /// Changes the size (CONFIG SET repl-backlog-size), keeping the newest bytes.
    pub fn resize(&mut self, size: usize) {
        self.size = size.max(1);
        self.trim();
    }

    /// The configured size.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Offset of the first byte kept.
    pub fn first_offset(&self) -> u64 {
        self.first_offset
    }

    /// Bytes of memory the backlog holds (its buffer's allocation).
    pub fn memory(&self) -> usize {
        self.buf.capacity()
    }

    /// Bytes kept (`repl_backlog_histlen`).
    pub fn histlen(&self) -> u64 {
        self.buf.len() as u64
    }

    /// The bytes from offset `from` (the next byte a replica wants) to the end, if the
    /// backlog still holds them all.
    pub fn since(&self, from: u64) -> Option<Vec<u8>> {
        if from < self.first_offset || from > self.first_offset + self.histlen() {
            return None;
        }
        let skip = usize::try_from(from - self.first_offset).ok()?;
        let (a, b) = self.buf.as_slices();
        let mut out = Vec::with_capacity(self.buf.len() - skip);
        if skip < a.len() {
            out.extend_from_slice(&a[skip..]);
            out.extend_from_slice(b);
        } else {
            out.extend_from_slice(b.get(skip - a.len()..)?);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_last_size_bytes_with_their_offsets() {
        let mut b = Backlog::new(8, 100);
        assert_eq!(b.first_offset(), 101);
        b.append(b"abcdef");
        assert_eq!(b.since(101).as_deref(), Some(&b"abcdef"[..]));
        assert_eq!(b.since(104).as_deref(), Some(&b"def"[..]));
        assert_eq!(b.since(107).as_deref(), Some(&b""[..]));
        assert_eq!(b.since(108), None);
        b.append(b"ghij");
        // 10 bytes written, 8 kept: offsets 103..=110.
        assert_eq!(b.first_offset(), 103);
        assert_eq!(b.histlen(), 8);
        assert_eq!(b.since(102), None);
        assert_eq!(b.since(103).as_deref(), Some(&b"cdefghij"[..]));
        b.append(b"0123456789");
        assert_eq!(b.first_offset(), 113);
        assert_eq!(b.since(113).as_deref(), Some(&b"23456789"[..]));
        b.resize(4);
        assert_eq!(b.since(117).as_deref(), Some(&b"6789"[..]));
        assert_eq!(b.since(116), None);
    }
}
