//! Reply encoding straight into a connection's output buffer, in RESP2 or RESP3 as the
//! connection negotiated with HELLO. Commands call these methods; nothing allocates a
//! reply object on the way.

use crate::util::number::{write_f64_g17, write_i64};

/// A connection's output buffer plus the protocol version replies are encoded in.
#[derive(Debug, Default)]
pub struct Reply {
    buf: Vec<u8>,
    sent: usize,
    resp3: bool,
    /// Spans of `buf` (start, end) that a muted command wrote and that must survive
    /// [`Reply::truncate_keeping`]: pub/sub pushes under CLIENT REPLY OFF/SKIP.
    kept: Vec<(usize, usize)>,
}

impl Reply {
    /// Whether replies use RESP3.
    pub fn is_resp3(&self) -> bool {
        self.resp3
    }

    /// Switches the protocol version (HELLO).
    pub fn set_resp3(&mut self, resp3: bool) {
        self.resp3 = resp3;
    }

    /// Bytes encoded and not yet written by the runtime.
    pub fn pending(&self) -> &[u8] {
        &self.buf[self.sent..]
    }

    /// Number of bytes waiting to be written.
    pub fn pending_len(&self) -> usize {
        self.buf.len() - self.sent
    }

    /// Marks `n` pending bytes as written.
    pub fn consume(&mut self, n: usize) {
        self.sent = (self.sent + n).min(self.buf.len());
        if self.sent == self.buf.len() {
            self.buf.clear();
            self.sent = 0;
            if self.buf.capacity() > 1024 * 1024 {
                self.buf.shrink_to(16 * 1024);
            }
        }
    }

    /// Total length of the buffer so far (to undo a partial reply with [`truncate`]).
    ///
    /// [`truncate`]: Self::truncate
    pub fn mark(&self) -> usize {
        self.buf.len()
    }

    /// Drops everything encoded after `mark`.
    pub fn truncate(&mut self, mark: usize) {
        if mark >= self.sent {
            self.buf.truncate(mark);
        }
    }

    /// Records that everything written since `start` (a [`mark`]) must survive the
    /// next [`truncate_keeping`]: a push a muted client still receives.
    ///
    /// [`mark`]: Self::mark
    /// [`truncate_keeping`]: Self::truncate_keeping
    pub fn keep_since(&mut self, start: usize) {
        if start >= self.sent && start < self.buf.len() {
            self.kept.push((start, self.buf.len()));
        }
    }

    /// Drops everything encoded after `mark` except the spans recorded with
    /// [`keep_since`](Self::keep_since), which stay in order; forgets those spans.
    pub fn truncate_keeping(&mut self, mark: usize) {
        if self.kept.is_empty() {
            self.truncate(mark);
            return;
        }
        let kept = std::mem::take(&mut self.kept);
        if mark < self.sent {
            return;
        }
        let mut saved = Vec::new();
        for (start, end) in kept {
            if let Some(span) = self.buf.get(start.max(mark)..end) {
                saved.extend_from_slice(span);
            }
        }
        self.buf.truncate(mark);
        self.buf.extend_from_slice(&saved);
    }

    /// Forgets the spans recorded with [`keep_since`](Self::keep_since) (the client
    /// is no longer muted).
    pub fn forget_kept(&mut self) {
        self.kept.clear();
    }

    /// The raw buffer, for encoders that write protocol bytes themselves.
    pub fn raw(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }

    fn header(&mut self, prefix: u8, n: i64) {
        self.buf.push(prefix);
        write_i64(&mut self.buf, n);
        self.buf.extend_from_slice(b"\r\n");
    }

    /// `+OK`
    pub fn ok(&mut self) {
        self.buf.extend_from_slice(b"+OK\r\n");
    }

    /// A simple string (`+text`). `text` must not contain CR or LF.
    pub fn simple(&mut self, text: &str) {
        self.buf.push(b'+');
        self.buf.extend_from_slice(text.as_bytes());
        self.buf.extend_from_slice(b"\r\n");
    }

    /// An error reply; `text` starts with the error code (`ERR ...`, `WRONGTYPE ...`).
    /// CR and LF inside it are replaced by spaces, as Redis does.
    pub fn error(&mut self, text: &str) {
        self.error_bytes(text.as_bytes());
    }

    /// An error reply from raw bytes (messages that quote client input verbatim).
    pub fn error_bytes(&mut self, text: &[u8]) {
        self.buf.push(b'-');
        self.buf.extend(
            text.iter()
                .map(|&c| if c == b'\r' || c == b'\n' { b' ' } else { c }),
        );
        self.buf.extend_from_slice(b"\r\n");
    }

    /// An integer.
    pub fn int(&mut self, v: i64) {
        self.header(b':', v);
    }

    /// A bulk string.
    #[inline]
    pub fn bulk(&mut self, v: &[u8]) {
        self.buf.reserve(v.len() + 24);
        match u8::try_from(v.len()) {
            // A one-digit length, the header in one copy.
            Ok(n @ 0..=9) => self.buf.extend_from_slice(&[b'$', b'0' + n, b'\r', b'\n']),
            _ => self.header(b'$', v.len() as i64),
        }
        self.buf.extend_from_slice(v);
        self.buf.extend_from_slice(b"\r\n");
    }

    /// A bulk string holding the decimal form of `v`.
    pub fn bulk_i64(&mut self, v: i64) {
        let mut tmp = itoa::Buffer::new();
        self.bulk(tmp.format(v).as_bytes());
    }

    /// The null bulk string (`$-1` in RESP2, `_` in RESP3).
    pub fn null(&mut self) {
        if self.resp3 {
            self.buf.extend_from_slice(b"_\r\n");
        } else {
            self.buf.extend_from_slice(b"$-1\r\n");
        }
    }

    /// The null array (`*-1` in RESP2, `_` in RESP3).
    pub fn null_array(&mut self) {
        if self.resp3 {
            self.buf.extend_from_slice(b"_\r\n");
        } else {
            self.buf.extend_from_slice(b"*-1\r\n");
        }
    }

    /// An array header of `n` elements.
    pub fn array(&mut self, n: usize) {
        self.header(b'*', n as i64);
    }

    /// A map header of `n` pairs (an array of `2n` in RESP2).
    pub fn map(&mut self, n: usize) {
        if self.resp3 {
            self.header(b'%', n as i64);
        } else {
            self.header(b'*', 2 * n as i64);
        }
    }

    /// A set header of `n` elements (an array in RESP2).
    pub fn set(&mut self, n: usize) {
        self.header(if self.resp3 { b'~' } else { b'*' }, n as i64);
    }

    /// A push header of `n` elements (an array in RESP2): pub/sub messages.
    pub fn push(&mut self, n: usize) {
        self.header(if self.resp3 { b'>' } else { b'*' }, n as i64);
    }

    /// A whole push message encoded for RESP2 (an array, `*...`), as RESP3 clients get
    /// it (`>...`): publishing encodes a message once and copies it to each subscriber.
    pub fn push_frame(&mut self, resp2_frame: &[u8]) {
        match resp2_frame.split_first() {
            Some((_, rest)) if self.resp3 => {
                self.buf.push(b'>');
                self.buf.extend_from_slice(rest);
            }
            _ => self.buf.extend_from_slice(resp2_frame),
        }
    }

    /// A double (`,` in RESP3; a `%.17g` bulk string in RESP2).
    pub fn double(&mut self, v: f64) {
        if self.resp3 {
            self.buf.push(b',');
            write_f64_g17(&mut self.buf, v);
            self.buf.extend_from_slice(b"\r\n");
        } else {
            let mut tmp = Vec::with_capacity(24);
            write_f64_g17(&mut tmp, v);
            self.bulk(&tmp);
        }
    }

    /// A boolean (`#t`/`#f` in RESP3; the integer 1 or 0 in RESP2).
    pub fn boolean(&mut self, v: bool) {
        if self.resp3 {
            self.buf
                .extend_from_slice(if v { b"#t\r\n" } else { b"#f\r\n" });
        } else {
            self.int(i64::from(v));
        }
    }

    /// A verbatim string (`=len\r\ntxt:...` in RESP3; a bulk string in RESP2).
    pub fn verbatim(&mut self, format: &str, v: &[u8]) {
        if self.resp3 {
            self.header(b'=', (v.len() + 4) as i64);
            self.buf.extend_from_slice(format.as_bytes());
            self.buf.push(b':');
            self.buf.extend_from_slice(v);
            self.buf.extend_from_slice(b"\r\n");
        } else {
            self.bulk(v);
        }
    }

    /// An array of bulk strings.
    pub fn bulk_array<'a>(&mut self, items: impl ExactSizeIterator<Item = &'a [u8]>) {
        self.array(items.len());
        for item in items {
            self.bulk(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Reply;

    #[test]
    fn truncate_keeping_keeps_recorded_spans_in_order() {
        let mut r = Reply::default();
        r.ok();
        let mark = r.mark();
        r.int(1);
        let start = r.mark();
        r.push(1);
        r.bulk(b"a");
        r.keep_since(start);
        r.int(2);
        let start = r.mark();
        r.bulk(b"b");
        r.keep_since(start);
        r.int(3);
        r.truncate_keeping(mark);
        assert_eq!(r.pending(), b"+OK\r\n*1\r\n$1\r\na\r\n$1\r\nb\r\n");
        // The spans are forgotten: the next truncation drops everything.
        let mark = r.mark();
        r.int(4);
        r.truncate_keeping(mark);
        assert_eq!(r.pending(), b"+OK\r\n*1\r\n$1\r\na\r\n$1\r\nb\r\n");
        // Spans recorded before the client was unmuted are forgotten too.
        let start = r.mark();
        r.int(5);
        r.keep_since(start);
        r.forget_kept();
        r.truncate_keeping(start);
        assert_eq!(r.pending(), b"+OK\r\n*1\r\n$1\r\na\r\n$1\r\nb\r\n");
    }

    #[test]
    fn resp2_and_resp3_encodings() {
        let mut r = Reply::default();
        r.null();
        r.map(1);
        r.double(1.5);
        r.boolean(true);
        assert_eq!(r.pending(), b"$-1\r\n*2\r\n$3\r\n1.5\r\n:1\r\n");
        let n = r.pending_len();
        r.consume(n);
        r.set_resp3(true);
        r.null();
        r.map(1);
        r.double(1.5);
        r.boolean(true);
        r.error("ERR a\r\nb");
        assert_eq!(r.pending(), b"_\r\n%1\r\n,1.5\r\n#t\r\n-ERR a  b\r\n");
    }

    #[test]
    fn push_frame_is_a_push_in_either_protocol() {
        let frame = b"*2\r\n$7\r\nmessage\r\n$2\r\nhi\r\n";
        let mut r = Reply::default();
        r.push_frame(frame);
        assert_eq!(r.pending(), frame);
        let mut r = Reply::default();
        r.set_resp3(true);
        r.push_frame(frame);
        assert_eq!(r.pending(), b">2\r\n$7\r\nmessage\r\n$2\r\nhi\r\n");
    }
}
