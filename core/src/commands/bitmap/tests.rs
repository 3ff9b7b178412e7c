//! Tests of the bitmap commands: scenarios through the real parser and dispatch, and
//! property tests against simple models (a vector of bits for BITCOUNT, BITPOS and
//! BITOP; i128 arithmetic for BITFIELD).

use quickcheck::{Arbitrary, Gen, TestResult};

use super::*;
use crate::{Config, ConnId, Instant, Now, Server};

/// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
const T0_MS: i64 = 1_700_000_000_000;

/// A server with one connection, driven through the real parser and dispatch.
struct Harness {
    server: Server,
    conn: ConnId,
    now: Now,
}

impl Harness {
    fn new() -> Self {
        Self::with_config(Config::default())
    }

    fn with_config(config: Config) -> Self {
        let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
        let mut server = Server::new(config, now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        Harness { server, conn, now }
    }

    /// Sends one command and returns its raw reply bytes.
    fn run_bytes(&mut self, args: &[&[u8]]) -> Vec<u8> {
        let req = crate::resp::encode_request(args);
        self.server.handle_read(self.now, self.conn, &req);
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.conn).to_vec();
        self.server.consume_output(self.conn, out.len());
        out
    }

    /// Sends a command given as space-separated words; the reply as text.
    fn run(&mut self, line: &str) -> String {
        let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        String::from_utf8_lossy(&self.run_bytes(&args)).into_owned()
    }

    /// Runs `(command, expected reply)` pairs in order.
    fn check(&mut self, script: &[(&str, &str)]) {
        for (cmd, want) in script {
            assert_eq!(self.run(cmd), *want, "reply to {cmd:?}");
        }
    }

    /// Stores `bytes` under `key` with SET.
    fn set(&mut self, key: &str, bytes: &[u8]) {
        assert_eq!(self.run_bytes(&[b"SET", key.as_bytes(), bytes]), b"+OK\r\n");
    }

    /// The reply to a command expected to answer an integer.
    fn int(&mut self, args: &[&[u8]]) -> i64 {
        let reply = self.run_bytes(args);
        let text = String::from_utf8_lossy(&reply);
        text.strip_prefix(':')
            .and_then(|t| t.strip_suffix("\r\n"))
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(|| panic!("{args:?}: not an integer reply: {text:?}"))
    }

    /// GET's value (empty for a missing key).
    fn get(&mut self, key: &str) -> Vec<u8> {
        let reply = self.run_bytes(&[b"GET", key.as_bytes()]);
        if reply == b"$-1\r\n" {
            return Vec::new();
        }
        let start = reply.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
        reply[start..reply.len() - 2].to_vec()
    }
}

const WRONGTYPE_REPLY: &str =
    "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";
const OFFSET_ERR: &str = "-ERR bit offset is not an integer or out of range\r\n";

#[test]
fn setbit_getbit_grow_and_read() {
    let mut h = Harness::new();
    h.check(&[
        ("SETBIT k 7 1", ":0\r\n"),
        ("GET k", "$1\r\n\x01\r\n"),
        ("SETBIT k 7 1", ":1\r\n"),
        ("SETBIT k 17 1", ":0\r\n"),
        ("STRLEN k", ":3\r\n"),
        ("GETBIT k 17", ":1\r\n"),
        ("GETBIT k 18", ":0\r\n"),
        ("GETBIT k 999999", ":0\r\n"),
        ("GETBIT nokey 3", ":0\r\n"),
        ("OBJECT ENCODING k", "$3\r\nraw\r\n"),
        ("SETBIT k -1 1", OFFSET_ERR),
        ("SETBIT k 4294967296 1", OFFSET_ERR),
        (
            "SETBIT k 1 2",
            "-ERR bit is not an integer or out of range\r\n",
        ),
        ("HSET h f v", ":1\r\n"),
        ("SETBIT h 1 1", WRONGTYPE_REPLY),
        ("GETBIT h 1", WRONGTYPE_REPLY),
    ]);
}

#[test]
fn setbit_on_an_integer_turns_it_raw() {
    let mut h = Harness::new();
    h.check(&[
        ("SET n 12", "+OK\r\n"),
        ("OBJECT ENCODING n", "$3\r\nint\r\n"),
        // '1' is 0x31: bit 2 is set, bit 0 is clear.
        ("GETBIT n 2", ":1\r\n"),
        ("SETBIT n 0 0", ":0\r\n"),
        ("OBJECT ENCODING n", "$3\r\nraw\r\n"),
        ("SETBIT n 6 1", ":0\r\n"),
        ("GET n", "$2\r\n32\r\n"),
    ]);
}

#[test]
fn the_limit_follows_proto_max_bulk_len() {
    let config = Config {
        proto_max_bulk_len: 1024,
        ..Config::default()
    };
    let mut h = Harness::with_config(config);
    h.check(&[
        ("SETBIT k 8192 1", OFFSET_ERR),
        ("SETBIT k 8191 1", ":0\r\n"),
        ("STRLEN k", ":1024\r\n"),
        ("BITFIELD k GET u8 8192", OFFSET_ERR),
        ("BITFIELD k SET u8 #1024 1", OFFSET_ERR),
        // The field may end past the limit, as in Redis.
        ("BITFIELD k SET u16 8191 0", "*1\r\n:32768\r\n"),
        ("STRLEN k", ":1026\r\n"),
    ]);
}

#[test]
fn bitop_stores_and_deletes() {
    let mut h = Harness::new();
    h.set("a", b"\xff\x0f");
    h.set("b", b"\xf0");
    assert_eq!(h.int(&[b"BITOP", b"AND", b"d", b"a", b"b"]), 2);
    assert_eq!(h.get("d"), b"\xf0\x00");
    assert_eq!(h.int(&[b"BITOP", b"or", b"d", b"a", b"b"]), 2);
    assert_eq!(h.get("d"), b"\xff\x0f");
    assert_eq!(h.int(&[b"BITOP", b"XOR", b"d", b"a", b"b", b"zz"]), 2);
    assert_eq!(h.get("d"), b"\x0f\x0f");
    assert_eq!(h.int(&[b"BITOP", b"NOT", b"d", b"b"]), 1);
    assert_eq!(h.get("d"), b"\x0f");
    assert_eq!(h.int(&[b"BITOP", b"NOT", b"d", b"missing"]), 0);
    assert_eq!(h.int(&[b"EXISTS", b"d"]), 0);
    h.check(&[
        (
            "BITOP NOT d a b",
            "-ERR BITOP NOT must be called with a single source key.\r\n",
        ),
        ("BITOP NAND d a", "-ERR syntax error\r\n"),
        ("HSET h f v", ":1\r\n"),
        ("BITOP OR d a h", WRONGTYPE_REPLY),
    ]);
}

#[test]
fn bitfield_examples() {
    let mut h = Harness::new();
    h.check(&[
        ("BITFIELD k SET i5 3 -3 GET u5 3", "*2\r\n:0\r\n:29\r\n"),
        ("BITFIELD k INCRBY u2 100 1 OVERFLOW SAT INCRBY i4 104 -9", "*2\r\n:1\r\n:-8\r\n"),
        ("BITFIELD k OVERFLOW FAIL INCRBY u2 100 3", "*1\r\n$-1\r\n"),
        ("BITFIELD k GET u64 0", "-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n"),
        ("BITFIELD k OVERFLOW NOPE", "-ERR Invalid OVERFLOW type specified\r\n"),
        ("BITFIELD k GET u8", "-ERR syntax error\r\n"),
        ("BITFIELD_RO k SET u8 0 1", "-ERR BITFIELD_RO only supports the GET subcommand\r\n"),
        ("BITFIELD_RO k GET u8 #0", "*1\r\n:29\r\n"),
        ("BITFIELD nokey GET i64 0", "*1\r\n:0\r\n"),
        ("EXISTS nokey", ":0\r\n"),
    ]);
}

// ---------------------------------------------------------------------------------
// Field primitives
// ---------------------------------------------------------------------------------

/// The bits of `bytes`, most significant first.
fn bits_of(bytes: &[u8]) -> Vec<bool> {
    bytes
        .iter()
        .flat_map(|b| (0..8).map(move |i| b >> (7 - i) & 1 == 1))
        .collect()
}

/// The field of `bits` bits at `offset` of `model`, zero-padded, as an unsigned value.
fn model_get(model: &[bool], offset: u64, bits: u32) -> u64 {
    (0..u64::from(bits)).fold(0u64, |v, i| {
        let bit = usize::try_from(offset + i)
            .ok()
            .and_then(|j| model.get(j))
            .copied()
            .unwrap_or(false);
        v << 1 | u64::from(bit)
    })
}

#[test]
fn field_reads_and_writes_match_the_bit_model() {
    let mut rng = crate::util::rng::Rng::new(7);
    for _ in 0..20_000 {
        let len = rng.below(12) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        let offset = rng.below(len as u64 * 8 + 16);
        let bits = 1 + rng.below(64) as u32;
        let model = bits_of(&bytes);
        let want = model_get(&model, offset, bits);
        assert_eq!(get_unsigned(&bytes, offset, bits), want);
        let signed = if bits < 64 && want >> (bits - 1) & 1 == 1 {
            (want | !mask(bits)) as i64
        } else {
            want as i64
        };
        assert_eq!(get_signed(&bytes, offset, bits), signed);
        // A write changes exactly the field's bits.
        let value = rng.next_u64();
        let mut s = StrValue::new_raw(&bytes);
        let need = ((offset + u64::from(bits) - 1) >> 3) as usize + 1;
        grow(&mut s, need);
        set_field(&mut s, offset, bits, value);
        let mut expect = model.clone();
        expect.resize(need.max(len) * 8, false);
        for i in 0..u64::from(bits) {
            expect[(offset + i) as usize] = value >> (u64::from(bits) - 1 - i) & 1 == 1;
        }
        assert_eq!(bits_of(s.as_bytes()), expect, "offset {offset} bits {bits}");
    }
}

// ---------------------------------------------------------------------------------
// Property tests against models
// ---------------------------------------------------------------------------------

/// A range argument list for BITCOUNT / BITPOS.
#[derive(Clone, Debug)]
struct Range {
    start: Option<i64>,
    end: Option<i64>,
    bit_unit: Option<bool>,
}

fn arb_index(g: &mut Gen) -> i64 {
    match u8::arbitrary(g) % 6 {
        0 => *g.choose(&[i64::MIN, i64::MAX, -1, 0]).unwrap_or(&0),
        _ => i64::from(i8::arbitrary(g)),
    }
}

impl Arbitrary for Range {
    fn arbitrary(g: &mut Gen) -> Self {
        let start = bool::arbitrary(g).then(|| arb_index(g));
        let end = start.and_then(|_| bool::arbitrary(g).then(|| arb_index(g)));
        let bit_unit = end.and_then(|_| {
            let u = u8::arbitrary(g) % 3;
            (u > 0).then_some(u == 1)
        });
        Range {
            start,
            end,
            bit_unit,
        }
    }
}

impl Range {
    /// The arguments as sent.
    fn args(&self) -> Vec<Vec<u8>> {
        let mut v: Vec<Vec<u8>> = Vec::new();
        v.extend(self.start.map(|s| s.to_string().into_bytes()));
        v.extend(self.end.map(|e| e.to_string().into_bytes()));
        v.extend(
            self.bit_unit
                .map(|b| if b { b"BIT".to_vec() } else { b"byte".to_vec() }),
        );
        v
    }

    /// The range in bits as the model reads it: negative indexes from the end,
    /// clamped; `None` when empty.
    fn model_bits(&self, len_bytes: usize) -> Option<(i128, i128)> {
        let unit_bits = self.bit_unit == Some(true);
        let total = if unit_bits {
            len_bytes as i128 * 8
        } else {
            len_bytes as i128
        };
        let norm = |v: i128| if v < 0 { (v + total).max(0) } else { v };
        let start = norm(i128::from(self.start.unwrap_or(0)));
        let end = self
            .end
            .map_or(total - 1, |e| norm(i128::from(e)))
            .min(total - 1);
        if start > end {
            return None;
        }
        Some(if unit_bits {
            (start, end)
        } else {
            (start * 8, end * 8 + 7)
        })
    }
}

fn arb_bytes(g: &mut Gen) -> Vec<u8> {
    let len = usize::arbitrary(g) % 40;
    (0..len)
        .map(|_| {
            if bool::arbitrary(g) {
                *g.choose(&[0u8, 0xff, 0x80, 0x01]).unwrap_or(&0)
            } else {
                u8::arbitrary(g)
            }
        })
        .collect()
}

/// BITCOUNT's answer by the model.
fn model_bitcount(bytes: &[u8], r: &Range) -> i64 {
    if let (Some(s), Some(e)) = (r.start, r.end)
        && s < 0
        && e < 0
        && s > e
    {
        return 0;
    }
    let bits = bits_of(bytes);
    r.model_bits(bytes.len()).map_or(0, |(a, b)| {
        (a..=b).filter(|&i| bits[i as usize]).count() as i64
    })
}

/// BITPOS's answer by the model.
fn model_bitpos(bytes: &[u8], bit: bool, r: &Range) -> i64 {
    let bits = bits_of(bytes);
    let Some((a, b)) = r.model_bits(bytes.len()) else {
        return -1;
    };
    match (a..=b).find(|&i| bits[i as usize] == bit) {
        Some(i) => i as i64,
        None if !bit && r.end.is_none() => bytes.len() as i64 * 8,
        None => -1,
    }
}

fn prop_bitcount_bitpos(bytes: Vec<u8>, r: Range, bit: bool) -> TestResult {
    if r.start.is_none() && r.end.is_some() {
        return TestResult::discard();
    }
    let mut h = Harness::new();
    h.set("k", &bytes);
    let range = r.args();
    // BITCOUNT takes no range, or start and end.
    if r.start.is_none() || r.end.is_some() {
        let mut args: Vec<&[u8]> = vec![b"BITCOUNT", b"k"];
        args.extend(range.iter().map(Vec::as_slice));
        let got = h.int(&args);
        let want = model_bitcount(&bytes, &r);
        if got != want {
            return TestResult::error(format!("BITCOUNT {r:?} on {bytes:?}: {got}, model {want}"));
        }
    }
    let bit_arg: &[u8] = if bit { b"1" } else { b"0" };
    let mut args: Vec<&[u8]> = vec![b"BITPOS", b"k", bit_arg];
    args.extend(range.iter().map(Vec::as_slice));
    let got = h.int(&args);
    let want = model_bitpos(&bytes, bit, &r);
    if got != want {
        return TestResult::error(format!(
            "BITPOS {bit} {r:?} on {bytes:?}: {got}, model {want}"
        ));
    }
    TestResult::passed()
}

/// Bytes biased towards runs of zeros and ones, so BITPOS has long stretches to skip.
#[derive(Clone, Debug)]
struct Bitmap(Vec<u8>);

impl Arbitrary for Bitmap {
    fn arbitrary(g: &mut Gen) -> Self {
        Bitmap(arb_bytes(g))
    }

    fn shrink(&self) -> Box<dyn Iterator<Item = Self>> {
        Box::new(self.0.shrink().map(Bitmap))
    }
}

#[test]
fn bitcount_and_bitpos_match_a_bit_vector() {
    crate::testkit::qc_check(
        "bitcount_and_bitpos_match_a_bit_vector",
        40,
        2000,
        (|b: Bitmap, r: Range, bit: bool| prop_bitcount_bitpos(b.0, r, bit))
            as fn(Bitmap, Range, bool) -> TestResult,
    );
}

fn prop_bitop(a: Bitmap, b: Bitmap, c: Bitmap, op: u8) -> TestResult {
    let mut h = Harness::new();
    let sources = [&a.0, &b.0, &c.0];
    for (name, v) in ["a", "b", "c"].iter().zip(sources) {
        h.set(name, v);
    }
    let (name, n): (&[u8], usize) = match op % 4 {
        0 => (b"AND", 3),
        1 => (b"OR", 3),
        2 => (b"XOR", 3),
        _ => (b"NOT", 1),
    };
    let len = sources[..n].iter().map(|s| s.len()).max().unwrap_or(0);
    let byte = |s: &Vec<u8>, i: usize| s.get(i).copied().unwrap_or(0);
    let want: Vec<u8> = (0..len)
        .map(|i| {
            let vals = sources[..n].iter().map(|s| byte(s, i));
            match op % 4 {
                0 => vals.fold(0xff, |x, y| x & y),
                1 => vals.fold(0, |x, y| x | y),
                2 => vals.fold(0, |x, y| x ^ y),
                _ => !byte(&a.0, i),
            }
        })
        .collect();
    let mut args: Vec<&[u8]> = vec![b"BITOP", name, b"d"];
    args.extend([b"a", b"b", b"c"].iter().take(n).map(|k| &k[..]));
    let got_len = h.int(&args);
    let got = h.get("d");
    if got_len != len as i64 || got != want {
        return TestResult::error(format!("{name:?}: {got:?} ({got_len}), model {want:?}"));
    }
    TestResult::passed()
}

#[test]
fn bitop_matches_bytewise_model() {
    crate::testkit::qc_check(
        "bitop_matches_bytewise_model",
        40,
        500,
        prop_bitop as fn(Bitmap, Bitmap, Bitmap, u8) -> TestResult,
    );
}

/// One BITFIELD operation for the property test.
#[derive(Clone, Debug)]
struct FieldCase {
    signed: bool,
    bits: u32,
    offset: u64,
    set: bool,
    arg: i64,
    overflow: Overflow,
}

impl Arbitrary for FieldCase {
    fn arbitrary(g: &mut Gen) -> Self {
        let signed = bool::arbitrary(g);
        let bits = 1 + u32::arbitrary(g) % if signed { 64 } else { 63 };
        let arg = match u8::arbitrary(g) % 4 {
            0 => *g
                .choose(&[i64::MIN, i64::MAX, 0, -1, 1, i64::MIN + 1])
                .unwrap_or(&0),
            1 => i64::arbitrary(g) >> (u32::arbitrary(g) % 64),
            _ => i64::from(i8::arbitrary(g)),
        };
        FieldCase {
            signed,
            bits,
            offset: u64::arbitrary(g) % 80,
            set: bool::arbitrary(g),
            arg,
            overflow: *g
                .choose(&[Overflow::Wrap, Overflow::Sat, Overflow::Fail])
                .unwrap_or(&Overflow::Wrap),
        }
    }
}

/// What the model says one SET or INCRBY does to a field holding `old`: the reply
/// (`None` for FAIL) and the new value, in i128 arithmetic. A SET value is taken as
/// Redis takes it: as a 64-bit unsigned number for unsigned fields, and, for signed
/// fields, one so far below the minimum that `max - value` exceeds i64 counts as above
/// the maximum.
fn model_field(c: &FieldCase, old: i128) -> (Option<i128>, i128) {
    let bits = c.bits;
    let (min, max) = if c.signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    let target = if c.set {
        if c.signed {
            i128::from(c.arg)
        } else {
            i128::from(c.arg as u64)
        }
    } else {
        old + i128::from(c.arg)
    };
    let over = if target > max
        || (c.set && c.signed && target < min && max - target > i128::from(i64::MAX))
    {
        1
    } else if target < min {
        -1
    } else {
        0
    };
    let wrap = |v: i128| {
        let m = v.rem_euclid(1i128 << bits);
        if c.signed && m > max {
            m - (1i128 << bits)
        } else {
            m
        }
    };
    let new = match (over, c.overflow) {
        (0, _) => target,
        (_, Overflow::Fail) => return (None, old),
        (1, Overflow::Sat) => max,
        (_, Overflow::Sat) => min,
        (_, Overflow::Wrap) => wrap(target),
    };
    let reply = if c.set { old } else { new };
    (Some(reply), new)
}

fn prop_bitfield(start: Bitmap, cases: Vec<FieldCase>) -> TestResult {
    let mut h = Harness::new();
    h.set("k", &start.0);
    let mut model = bits_of(&start.0);
    for c in &cases {
        let ty = format!("{}{}", if c.signed { 'i' } else { 'u' }, c.bits);
        let ow = match c.overflow {
            Overflow::Wrap => "WRAP",
            Overflow::Sat => "SAT",
            Overflow::Fail => "FAIL",
        };
        let line = format!(
            "BITFIELD k OVERFLOW {ow} {} {ty} {} {} GET {ty} {}",
            if c.set { "SET" } else { "INCRBY" },
            c.offset,
            c.arg,
            c.offset
        );
        let end = (c.offset + u64::from(c.bits)).div_ceil(8) as usize * 8;
        if model.len() < end {
            model.resize(end, false);
        }
        let raw = model_get(&model, c.offset, c.bits);
        let old = if c.signed && raw >> (c.bits - 1) & 1 == 1 {
            i128::from(raw) - (1i128 << c.bits)
        } else {
            i128::from(raw)
        };
        let (reply, new) = model_field(c, old);
        let bits = new.rem_euclid(1i128 << c.bits) as u128;
        for i in 0..c.bits {
            model[(c.offset + u64::from(i)) as usize] = bits >> (c.bits - 1 - i) & 1 == 1;
        }
        let first = match reply {
            Some(v) => format!(":{v}\r\n"),
            None => "$-1\r\n".to_string(),
        };
        let want = format!("*2\r\n{first}:{new}\r\n");
        let got = h.run(&line);
        if got != want {
            return TestResult::error(format!("{line}: {got:?}, model {want:?}"));
        }
    }
    let bytes: Vec<u8> = model
        .chunks(8)
        .map(|c| c.iter().fold(0u8, |b, &x| b << 1 | u8::from(x)))
        .collect();
    if h.get("k") != bytes {
        return TestResult::error("final bytes differ".to_string());
    }
    TestResult::passed()
}

#[test]
fn bitfield_matches_i128_arithmetic() {
    crate::testkit::qc_check(
        "bitfield_matches_i128_arithmetic",
        30,
        500,
        prop_bitfield as fn(Bitmap, Vec<FieldCase>) -> TestResult,
    );
}
