//! The streaming request parser. It keeps its state across partial reads: a multibulk
//! whose header and first arguments have arrived is never parsed again, and a large
//! bulk is copied once, from the runtime's read into a buffer reserved for it.
//!
//! Requests are either RESP arrays of bulk strings or inline lines (what a telnet user
//! types), with Redis's exact protocol error texts.

use crate::util::number::parse_i64;
use crate::util::splitargs::split_args_into;

/// Longest inline line, and longest `*<n>` / `$<n>` header line Redis accepts.
pub const INLINE_MAX: usize = 64 * 1024;
/// Bulk arguments at least this large get a buffer of their exact size up front.
const BIG_ARG: usize = super::query_buffer::BIG_ARG;
/// Most memory reserved for a bulk before its bytes arrive: a client that announces a
/// huge bulk and sends nothing does not get it allocated.
const MAX_UPFRONT_RESERVE: usize = 16 * 1024 * 1024;
/// Largest multibulk count an unauthenticated client may send.
const UNAUTH_MAX_ARGS: i64 = 10;
/// Largest bulk an unauthenticated client may send.
const UNAUTH_MAX_BULK: i64 = 16 * 1024;

/// Limits the parser enforces, taken from the configuration and the client's state.
#[derive(Copy, Clone, Debug)]
pub struct ParseLimits {
    /// `proto-max-bulk-len`.
    pub max_bulk_len: i64,
    /// Whether the client has authenticated (unauthenticated clients get tight limits).
    pub authenticated: bool,
}

/// A protocol violation: the client gets `-ERR Protocol error: <text>` and is closed.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ProtocolError {
    /// `invalid multibulk length`
    InvalidMultibulkLength,
    /// `unauthenticated multibulk length`
    UnauthenticatedMultibulkLength,
    /// `invalid bulk length`
    InvalidBulkLength,
    /// `unauthenticated bulk length`
    UnauthenticatedBulkLength,
    /// `expected '$', got '<c>'`
    ExpectedDollar(u8),
    /// `too big mbulk count string`
    TooBigMultibulkCount,
    /// `too big bulk count string`
    TooBigBulkCount,
    /// `too big inline request`
    TooBigInline,
    /// `unbalanced quotes in request`
    UnbalancedQuotes,
}

impl ProtocolError {
    /// The full error reply line Redis sends, without the trailing CRLF.
    pub fn message(&self) -> String {
        let text = match self {
            ProtocolError::InvalidMultibulkLength => "invalid multibulk length".to_string(),
            ProtocolError::UnauthenticatedMultibulkLength => {
                "unauthenticated multibulk length".to_string()
            }
            ProtocolError::InvalidBulkLength => "invalid bulk length".to_string(),
            ProtocolError::UnauthenticatedBulkLength => "unauthenticated bulk length".to_string(),
            ProtocolError::ExpectedDollar(c) => format!("expected '$', got '{}'", *c as char),
            ProtocolError::TooBigMultibulkCount => "too big mbulk count string".to_string(),
            ProtocolError::TooBigBulkCount => "too big bulk count string".to_string(),
            ProtocolError::TooBigInline => "too big inline request".to_string(),
            ProtocolError::UnbalancedQuotes => "unbalanced quotes in request".to_string(),
        };
        format!("ERR Protocol error: {text}")
    }
}

/// Where the parser stands inside the current request.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum State {
    /// Between requests.
    Start,
    /// Inside a multibulk: `remaining` bulks still to read.
    Multibulk { remaining: usize },
    /// Inside a bulk whose header said `len` bytes; the bytes start at `start`.
    Bulk {
        remaining: usize,
        len: usize,
        start: usize,
    },
}

/// Which buffer the arguments of a completed request point into.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Source {
    Query,
    Inline,
}

/// A streaming request parser owning the connection's query buffer.
#[derive(Debug)]
pub struct RequestParser {
    buf: Vec<u8>,
    pos: usize,
    state: State,
    args: Vec<(usize, usize)>,
    inline_bytes: Vec<u8>,
    source: Source,
    /// The length of the last argument of 32 KB or more whose header was parsed since
    /// [`take_big_arg`](Self::take_big_arg) (0: none).
    big_arg_seen: usize,
}

impl Default for RequestParser {
    fn default() -> Self {
        RequestParser {
            buf: Vec::new(),
            pos: 0,
            state: State::Start,
            args: Vec::new(),
            inline_bytes: Vec::new(),
            source: Source::Query,
            big_arg_seen: 0,
        }
    }
}

/// Result of asking for the next request.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed {
    /// A whole request is ready: read it with [`RequestParser::args`].
    Request,
    /// More bytes are needed.
    Incomplete,
    /// The input violates the protocol.
    Error(ProtocolError),
}

impl RequestParser {
    /// Appends bytes read from the connection.
    pub fn feed(&mut self, bytes: &[u8]) {
        if let State::Bulk { len, start, .. } = self.state {
            // Reserve the rest of a big bulk exactly once, as its bytes arrive.
            let needed = start + len + 2;
            if len >= BIG_ARG && self.buf.len() + bytes.len() > self.buf.capacity() {
                self.buf
                    .reserve_exact(needed.saturating_sub(self.buf.len()));
            }
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes buffered and not yet consumed by complete requests.
    pub fn buffered_len(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// Whether any unparsed input is buffered.
    pub fn has_pending_input(&self) -> bool {
        self.pos < self.buf.len()
    }

    /// Memory held by the query buffer.
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// The argument of 32 KB or more being received, if any: (its length, the bytes it
    /// still lacks).
    pub fn big_arg_pending(&self) -> Option<(usize, usize)> {
        match self.state {
            State::Bulk { len, start, .. } if len >= BIG_ARG => {
                Some((len, (start + len + 2).saturating_sub(self.buf.len())))
            }
            _ => None,
        }
    }

    /// The length of the last argument of 32 KB or more that began since the last
    /// call, if any.
    pub fn take_big_arg(&mut self) -> Option<usize> {
        Some(std::mem::take(&mut self.big_arg_seen)).filter(|&n| n > 0)
    }

    /// Trims the buffer to hold `size` bytes (at least what it holds still needed):
    /// the cron's `clientsCronResizeQueryBuffer`.
    pub fn trim_to(&mut self, size: usize) {
        self.compact_for_big_arg();
        self.buf.shrink_to(size.max(self.buf.len()));
    }

    /// Parses the next request from the buffered input.
    #[inline]
    pub fn next(&mut self, limits: ParseLimits) -> Parsed {
        if self.state == State::Start {
            self.args.clear();
            if self.whole_small_request(limits) {
                self.source = Source::Query;
                return Parsed::Request;
            }
        }
        self.next_by_parts(limits)
    }

    /// [`next`](Self::next) through the state machine: partial input, inline
    /// requests, large or unusual headers, protocol errors.
    #[inline(never)]
    fn next_by_parts(&mut self, limits: ParseLimits) -> Parsed {
        loop {
            match self.state {
                State::Start => {
                    self.args.clear();
                    if self.whole_small_request(limits) {
                        self.source = Source::Query;
                        return Parsed::Request;
                    }
                    let Some(&first) = self.buf.get(self.pos) else {
                        self.compact();
                        return Parsed::Incomplete;
                    };
                    if first == b'*' {
                        match self.multibulk_header(limits) {
                            Ok(Some(0)) => continue,
                            Ok(Some(n)) => self.state = State::Multibulk { remaining: n },
                            Ok(None) => {
                                self.compact();
                                return Parsed::Incomplete;
                            }
                            Err(e) => return Parsed::Error(e),
                        }
                    } else {
                        match self.inline() {
                            Ok(Some(true)) => return Parsed::Request,
                            Ok(Some(false)) => continue,
                            Ok(None) => {
                                self.compact();
                                return Parsed::Incomplete;
                            }
                            Err(e) => return Parsed::Error(e),
                        }
                    }
                }
                State::Multibulk { remaining: 0 } => {
                    self.state = State::Start;
                    self.source = Source::Query;
                    return Parsed::Request;
                }
                State::Multibulk { remaining } => match self.bulk_header(limits, remaining) {
                    Ok(true) => {}
                    Ok(false) => {
                        self.compact();
                        return Parsed::Incomplete;
                    }
                    Err(e) => return Parsed::Error(e),
                },
                State::Bulk {
                    remaining,
                    len,
                    start,
                } => {
                    if self.buf.len() < start + len + 2 {
                        self.compact();
                        return Parsed::Incomplete;
                    }
                    self.args.push((start, start + len));
                    self.pos = start + len + 2;
                    self.state = State::Multibulk {
                        remaining: remaining - 1,
                    };
                }
            }
        }
    }

    /// The arguments of the request [`next`](Self::next) just returned, as
    /// `(buffer, ranges)`; valid until the next call to `next` or `feed`.
    pub fn args(&self) -> (&[u8], &[(usize, usize)]) {
        let src = match self.source {
            Source::Query => &self.buf[..],
            Source::Inline => &self.inline_bytes[..],
        };
        (src, &self.args)
    }

    /// The second argument (the key of most commands) of each whole request buffered
    /// after the ones already parsed, in order, for a pipeline's lookups to be warmed
    /// up front ([`crate::keyspace::Db::prefetch`]). Stops at the first request that
    /// is incomplete, inline or anything but small ordinary multibulk; yields nothing
    /// for a request of one argument. Reads only: parsing is unchanged.
    pub fn upcoming_keys(&self) -> impl Iterator<Item = &[u8]> {
        let buf = &self.buf[..];
        let mut at = if self.state == State::Start {
            self.pos
        } else {
            buf.len()
        };
        std::iter::from_fn(move || {
            loop {
                let (count, mut next) = small_header(buf, at, b'*')?;
                let mut key = None;
                for i in 0..count {
                    let (len, start) = small_header(buf, next, b'$')?;
                    let end = start.checked_add(len)?;
                    if end.checked_add(2)? > buf.len() {
                        return None;
                    }
                    if i == 1 {
                        key = buf.get(start..end);
                    }
                    next = end + 2;
                }
                at = next;
                if key.is_some() {
                    return key;
                }
            }
        })
    }

    /// The fast path for the common case: a whole multibulk request of ordinary
    /// arguments already buffered at `self.pos`. Parses it in one pass and returns true
    /// with the arguments in `self.args`; returns false, consuming nothing, whenever
    /// anything is unusual (incomplete input, odd or large numbers, limits, big
    /// arguments), leaving it all to the general state machine.
    #[inline]
    fn whole_small_request(&mut self, limits: ParseLimits) -> bool {
        let buf = &self.buf[..];
        let Some((count, mut at)) = small_header(buf, self.pos, b'*') else {
            return false;
        };
        if count == 0 || (!limits.authenticated && count > UNAUTH_MAX_ARGS as usize) {
            return false;
        }
        let max = if limits.authenticated {
            limits.max_bulk_len
        } else {
            UNAUTH_MAX_BULK
        };
        let max = usize::try_from(max).unwrap_or(0).min(BIG_ARG - 1);
        let first_arg = self.args.len();
        for _ in 0..count {
            let Some((len, start)) = small_header(buf, at, b'$') else {
                self.args.truncate(first_arg);
                return false;
            };
            let end = start + len;
            if len > max || end + 2 > buf.len() {
                self.args.truncate(first_arg);
                return false;
            }
            self.args.push((start, end));
            at = end + 2;
        }
        self.pos = at;
        true
    }

    /// Finds the `\r` ending a header line starting at `self.pos`, as Redis does: the
    /// byte after it is taken as the `\n` without being checked, and (like C's `strchr`
    /// on the query buffer) a NUL before the `\r` hides it.
    fn header_line_end(&self) -> Option<usize> {
        let rest = &self.buf[self.pos..];
        let cr = find_before_nul(rest, b'\r')?;
        // Redis needs the '\r' plus one more byte before it parses the line.
        if cr + 2 > rest.len() {
            return None;
        }
        Some(self.pos + cr)
    }

    fn multibulk_header(&mut self, limits: ParseLimits) -> Result<Option<usize>, ProtocolError> {
        let Some(cr) = self.header_line_end() else {
            if self.buffered_len() > INLINE_MAX {
                return Err(ProtocolError::TooBigMultibulkCount);
            }
            return Ok(None);
        };
        let count = parse_i64(&self.buf[self.pos + 1..cr]);
        let Some(count) = count.filter(|&n| n <= i64::from(i32::MAX)) else {
            return Err(ProtocolError::InvalidMultibulkLength);
        };
        if !limits.authenticated && count > UNAUTH_MAX_ARGS {
            return Err(ProtocolError::UnauthenticatedMultibulkLength);
        }
        self.pos = cr + 2;
        if count <= 0 {
            return Ok(Some(0));
        }
        let count = count as usize;
        // Reserve argument slots, but never trust a huge count up front.
        self.args.reserve(count.min(1024));
        Ok(Some(count))
    }

    fn bulk_header(
        &mut self,
        limits: ParseLimits,
        remaining: usize,
    ) -> Result<bool, ProtocolError> {
        let Some(cr) = self.header_line_end() else {
            if self.buffered_len() > INLINE_MAX {
                return Err(ProtocolError::TooBigBulkCount);
            }
            return Ok(false);
        };
        let first = self.buf[self.pos];
        if first != b'$' {
            return Err(ProtocolError::ExpectedDollar(first));
        }
        let len = parse_i64(&self.buf[self.pos + 1..cr]);
        let max = if limits.authenticated {
            limits.max_bulk_len
        } else {
            UNAUTH_MAX_BULK
        };
        let Some(len) = len.filter(|&n| n >= 0 && n <= max) else {
            return Err(if limits.authenticated {
                ProtocolError::InvalidBulkLength
            } else {
                ProtocolError::UnauthenticatedBulkLength
            });
        };
        let len = len as usize;
        self.pos = cr + 2;
        if len >= BIG_ARG {
            self.big_arg_seen = len;
            // Move the partial bulk to the front so the buffer can hold exactly it.
            self.compact_for_big_arg();
            let wanted = (len + 2).min(MAX_UPFRONT_RESERVE);
            let have = self.buf.len() - self.pos;
            if have < wanted {
                self.buf.reserve_exact(wanted - have);
            }
        }
        self.state = State::Bulk {
            remaining,
            len,
            start: self.pos,
        };
        Ok(true)
    }

    /// Parses one inline line. `Ok(Some(true))` when a request is ready,
    /// `Ok(Some(false))` for an empty line (skipped), `Ok(None)` when incomplete.
    fn inline(&mut self) -> Result<Option<bool>, ProtocolError> {
        let rest = &self.buf[self.pos..];
        let Some(nl) = find_before_nul(rest, b'\n') else {
            if rest.len() > INLINE_MAX {
                return Err(ProtocolError::TooBigInline);
            }
            return Ok(None);
        };
        let mut line = &rest[..nl];
        if let [head @ .., b'\r'] = line {
            line = head;
        }
        self.inline_bytes.clear();
        self.args.clear();
        if !split_args_into(line, &mut self.inline_bytes, &mut self.args) {
            return Err(ProtocolError::UnbalancedQuotes);
        }
        self.pos += nl + 1;
        if self.args.is_empty() {
            return Ok(Some(false));
        }
        self.source = Source::Inline;
        Ok(Some(true))
    }

    /// Where the bytes still needed begin: the request in progress (its earlier
    /// arguments, its current bulk) or the unparsed input.
    fn keep_from(&self) -> usize {
        let mut from = self.pos;
        if let Some(&(first, _)) = self.args.first() {
            from = from.min(first);
        }
        if let State::Bulk { start, .. } = self.state {
            from = from.min(start);
        }
        from
    }

    /// Drops consumed bytes from the front of the buffer: all of them when everything
    /// is consumed, otherwise only when the consumed prefix is large.
    fn compact(&mut self) {
        let from = self.keep_from();
        if from == self.buf.len() && from > 0 {
            self.buf.clear();
            if self.buf.capacity() > 64 * 1024 {
                self.buf.shrink_to(16 * 1024);
            }
            self.shift_offsets(from);
        } else if from >= 4096 || (from > 0 && from * 2 >= self.buf.len()) {
            self.buf.drain(..from);
            self.shift_offsets(from);
        }
    }

    /// Moves a big bulk's bytes to the front so its buffer can be sized exactly.
    fn compact_for_big_arg(&mut self) {
        let from = self.keep_from();
        if from > 0 {
            self.buf.drain(..from);
            self.shift_offsets(from);
        }
    }

    /// Shifts every stored offset after `from` bytes were dropped from the front.
    fn shift_offsets(&mut self, from: usize) {
        self.pos -= from;
        for r in &mut self.args {
            r.0 -= from;
            r.1 -= from;
        }
        if let State::Bulk { start, .. } = &mut self.state {
            *start -= from;
        }
    }
}

/// A `<kind><digits>\r?` header at `at` whose number has 1 to 9 digits and no leading
/// zero (what `string2ll` accepts, minus signs and large values), with the byte after
/// its `\r` buffered as Redis requires: the number and where the next part begins.
#[inline(always)]
fn small_header(buf: &[u8], at: usize, kind: u8) -> Option<(usize, usize)> {
    // One or two digits, the common case, read without a loop.
    match *buf.get(at..)? {
        [k, d, b'\r', _, ..] if k == kind && d.is_ascii_digit() => {
            Some((usize::from(d - b'0'), at + 4))
        }
        [k, d1, d2, b'\r', _, ..]
            if k == kind && (b'1'..=b'9').contains(&d1) && d2.is_ascii_digit() =>
        {
            Some((usize::from(d1 - b'0') * 10 + usize::from(d2 - b'0'), at + 5))
        }
        _ => any_small_header(buf, at, kind),
    }
}

/// [`small_header`] for any number of digits.
fn any_small_header(buf: &[u8], at: usize, kind: u8) -> Option<(usize, usize)> {
    if *buf.get(at)? != kind {
        return None;
    }
    let mut n = 0usize;
    let mut i = at + 1;
    loop {
        let c = *buf.get(i)?;
        if !c.is_ascii_digit() {
            break;
        }
        if i - at > 9 || (c == b'0' && i == at + 1 && buf.get(i + 1) != Some(&b'\r')) {
            return None;
        }
        n = n * 10 + usize::from(c - b'0');
        i += 1;
    }
    if i == at + 1 || buf.get(i) != Some(&b'\r') || i + 2 > buf.len() {
        return None;
    }
    Some((n, i + 2))
}

/// The position of `needle` in `haystack` as C's `strchr` finds it: `None` if a NUL
/// comes first (Redis searches its NUL-terminated query buffer this way).
fn find_before_nul(haystack: &[u8], needle: u8) -> Option<usize> {
    haystack
        .iter()
        .position(|&c| c == needle || c == 0)
        .filter(|&i| haystack[i] == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upcoming_keys_are_the_second_arguments_of_whole_requests() {
        let mut p = RequestParser::default();
        let limits = ParseLimits {
            max_bulk_len: 512 * 1024 * 1024,
            authenticated: true,
        };
        p.feed(b"*2\r\n$3\r\nGET\r\n$1\r\na\r\n*1\r\n$4\r\nPING\r\n");
        p.feed(b"*3\r\n$3\r\nSET\r\n$2\r\nbb\r\n$1\r\nv\r\n*0\r\n");
        p.feed(b"*2\r\n$3\r\nGET\r\n$2\r\ncc\r\n*2\r\n$3\r\nGET\r\n$2\r\ndd");
        let keys: Vec<&[u8]> = p.upcoming_keys().collect();
        assert_eq!(keys, [&b"a"[..], b"bb", b"cc"]);
        // Parsing is unchanged, and the keys follow it.
        assert_eq!(p.next(limits), Parsed::Request);
        assert_eq!(p.args().1.len(), 2);
        let keys: Vec<&[u8]> = p.upcoming_keys().collect();
        assert_eq!(keys, [&b"bb"[..], b"cc"]);
        // Inside a request split by the network, nothing is upcoming.
        let mut q = RequestParser::default();
        q.feed(b"*2\r\n$3\r\nGET\r\n$100\r\nabc");
        assert_eq!(q.next(limits), Parsed::Incomplete);
        assert_eq!(q.upcoming_keys().count(), 0);
        // An inline request stops the walk.
        let mut r = RequestParser::default();
        r.feed(b"GET x\r\n*2\r\n$3\r\nGET\r\n$1\r\ny\r\n");
        assert_eq!(r.upcoming_keys().count(), 0);
    }

    #[test]
    fn short_header_fast_path_agrees_with_the_loop() {
        let alphabet = [b'$', b'*', b'0', b'1', b'5', b'9', b'\r', b'\n', b'-', b'a'];
        // Every string of up to 6 bytes over the alphabet, from a few offsets.
        let mut bufs: Vec<Vec<u8>> = vec![Vec::new()];
        let mut layer: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..6 {
            layer = layer
                .iter()
                .flat_map(|b| {
                    alphabet.iter().map(move |&c| {
                        let mut b = b.clone();
                        b.push(c);
                        b
                    })
                })
                .collect();
            bufs.extend(layer.iter().cloned());
        }
        for buf in &bufs {
            for at in 0..=1 {
                for kind in [b'$', b'*'] {
                    assert_eq!(
                        small_header(buf, at, kind),
                        any_small_header(buf, at, kind),
                        "{:?} at {at}",
                        String::from_utf8_lossy(buf)
                    );
                }
            }
        }
    }

    const LIMITS: ParseLimits = ParseLimits {
        max_bulk_len: 512 * 1024 * 1024,
        authenticated: true,
    };

    fn parse_all(
        p: &mut RequestParser,
        limits: ParseLimits,
    ) -> Result<Vec<Vec<Vec<u8>>>, ProtocolError> {
        let mut out = Vec::new();
        loop {
            match p.next(limits) {
                Parsed::Request => {
                    let (src, ranges) = p.args();
                    out.push(ranges.iter().map(|&(s, e)| src[s..e].to_vec()).collect());
                }
                Parsed::Incomplete => return Ok(out),
                Parsed::Error(e) => return Err(e),
            }
        }
    }

    fn cmd(parts: &[&str]) -> Vec<Vec<u8>> {
        parts.iter().map(|s| s.as_bytes().to_vec()).collect()
    }

    #[test]
    fn multibulk_and_inline() {
        let mut p = RequestParser::default();
        p.feed(b"*2\r\n$4\r\nECHO\r\n$3\r\na\r\n\r\nPING\r\nSET \"a b\" 'c'\n\r\n*0\r\n*-1\r\n");
        let got = parse_all(&mut p, LIMITS).unwrap();
        assert_eq!(
            got,
            vec![
                cmd(&["ECHO", "a\r\n"]),
                cmd(&["PING"]),
                cmd(&["SET", "a b", "c"])
            ]
        );
        assert!(!p.has_pending_input());
    }

    #[test]
    fn every_split_gives_same_requests() {
        let input: &[u8] =
            b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nv\0\r\nx\r\nGET k\r\n*1\r\n$4\r\nPING\r\n";
        let mut whole = RequestParser::default();
        whole.feed(input);
        let expected = parse_all(&mut whole, LIMITS).unwrap();
        assert_eq!(expected.len(), 3);
        for split in 0..=input.len() {
            let mut p = RequestParser::default();
            p.feed(&input[..split]);
            let mut got = parse_all(&mut p, LIMITS).unwrap();
            p.feed(&input[split..]);
            got.extend(parse_all(&mut p, LIMITS).unwrap());
            assert_eq!(got, expected, "split at {split}");
        }
    }

    #[test]
    fn protocol_errors_have_redis_texts() {
        let cases: &[(&[u8], &str)] = &[
            (b"*abc\r\n", "ERR Protocol error: invalid multibulk length"),
            (b"*1\r\n$-1\r\n", "ERR Protocol error: invalid bulk length"),
            (
                b"*1\r\nfoo\r\n",
                "ERR Protocol error: expected '$', got 'f'",
            ),
            (
                b"*1\r\n$600000000\r\n",
                "ERR Protocol error: invalid bulk length",
            ),
            (
                b"\"abc\r\n",
                "ERR Protocol error: unbalanced quotes in request",
            ),
        ];
        for (input, text) in cases {
            let mut p = RequestParser::default();
            p.feed(input);
            match parse_all(&mut p, LIMITS) {
                Err(e) => assert_eq!(e.message(), *text),
                Ok(v) => panic!("no error for {input:?}: {v:?}"),
            }
        }
    }

    #[test]
    fn huge_bulk_header_is_not_allocated() {
        let mut p = RequestParser::default();
        p.feed(b"*1\r\n$500000000\r\nabc");
        assert_eq!(parse_all(&mut p, LIMITS).unwrap().len(), 0);
        assert!(p.capacity() <= MAX_UPFRONT_RESERVE + 4096);
    }

    #[test]
    fn unauthenticated_limits() {
        let limits = ParseLimits {
            authenticated: false,
            ..LIMITS
        };
        let mut p = RequestParser::default();
        p.feed(b"*11\r\n");
        assert_eq!(
            parse_all(&mut p, limits),
            Err(ProtocolError::UnauthenticatedMultibulkLength)
        );
        let mut p = RequestParser::default();
        p.feed(b"*1\r\n$16385\r\n");
        assert_eq!(
            parse_all(&mut p, limits),
            Err(ProtocolError::UnauthenticatedBulkLength)
        );
    }

    #[test]
    fn too_big_inline() {
        let mut p = RequestParser::default();
        p.feed(&vec![b'a'; INLINE_MAX + 1]);
        assert_eq!(parse_all(&mut p, LIMITS), Err(ProtocolError::TooBigInline));
    }
}
