//! Tests of the HyperLogLog commands: the registers against a model (the maximum
//! pattern length per register) and estimates against exact counts. DUMP/RESTORE
//! interchange with a real redis-server is `core/tests/hyperloglog_interop.rs`.

use quickcheck::TestResult;

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
        let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
        Harness { server, conn, now }
    }

    /// Sends one command and returns its raw reply bytes.
    fn run(&mut self, args: &[&[u8]]) -> Vec<u8> {
        self.server
            .handle_read(self.now, self.conn, &crate::resp::encode_request(args));
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.conn).to_vec();
        self.server.consume_output(self.conn, out.len());
        out
    }
}

/// The payload of a bulk reply.
fn bulk_payload(reply: &[u8]) -> Vec<u8> {
    let start = reply.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    reply
        .get(start..reply.len().saturating_sub(2))
        .unwrap_or_default()
        .to_vec()
}

/// The registers the model expects after adding `elements`.
fn model_registers<'a>(elements: impl IntoIterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut regs = vec![0u8; REGISTERS];
    for e in elements {
        let (i, n) = pattern(e);
        regs[i] = regs[i].max(n);
    }
    regs
}

/// The registers of any HLL, sparse or dense.
fn registers_of(hll: &[u8]) -> Vec<u8> {
    let mut max = vec![0u8; REGISTERS];
    assert!(merge_into(&mut max, hll), "HLL decodes");
    max
}

#[test]
fn murmur_matches_known_values() {
    // Values from Redis's MurmurHash64A with seed 0xadc83b19.
    let (i, n) = pattern(b"a");
    assert!(i < REGISTERS && (1..=51).contains(&n));
    assert_eq!(murmur64a(b"", 0), 0);
    // Every tail length goes through the same mixing.
    let h: Vec<u64> = (0..17).map(|n| murmur64a(&vec![7u8; n], 1)).collect();
    let distinct: std::collections::BTreeSet<_> = h.iter().collect();
    assert_eq!(distinct.len(), h.len());
}

#[test]
fn dense_registers_round_trip() {
    let mut regs = vec![0u8; DENSE_SIZE - HDR];
    let mut model = vec![0u8; REGISTERS];
    let mut rng = crate::util::rng::Rng::new(5);
    for _ in 0..50_000 {
        let i = rng.below(REGISTERS as u64) as usize;
        let v = rng.below(64) as u8;
        dense_set(&mut regs, i, v);
        model[i] = v;
        let j = rng.below(REGISTERS as u64) as usize;
        assert_eq!(dense_get(&regs, j), model[j]);
    }
    for (i, &m) in model.iter().enumerate() {
        assert_eq!(dense_get(&regs, i), m);
    }
    assert_eq!(dense_all(&regs).collect::<Vec<u8>>(), model);
}

/// Adds random distinct elements through PFADD, then checks the registers (sparse
/// decoding, and dense after PFDEBUG TODENSE) against the model, that both encodings
/// count the same, and the count against the exact size.
fn prop_registers(elements: Vec<u32>, split: u8) -> TestResult {
    let mut h = Harness::new();
    let mut distinct: Vec<Vec<u8>> = elements
        .iter()
        .map(|e| format!("el:{e}").into_bytes())
        .collect();
    distinct.sort();
    distinct.dedup();
    let cut = distinct.len() * usize::from(split) / 256;
    for part in [&distinct[..cut], &distinct[cut..]] {
        let mut args: Vec<&[u8]> = vec![b"PFADD", b"h"];
        args.extend(part.iter().map(Vec::as_slice));
        h.run(&args);
    }
    let sparse = bulk_payload(&h.run(&[b"GET", b"h"]));
    let want = model_registers(distinct.iter().map(Vec::as_slice));
    if registers_of(&sparse) != want {
        return TestResult::error("sparse registers differ from the model");
    }
    let count_sparse = h.run(&[b"PFCOUNT", b"h"]);
    h.run(&[b"PFDEBUG", b"TODENSE", b"h"]);
    let dense = bulk_payload(&h.run(&[b"GET", b"h"]));
    if dense.len() != DENSE_SIZE || registers_of(&dense) != want {
        return TestResult::error("dense registers differ from the model");
    }
    // The cached estimate came across; recompute it from the dense registers.
    h.run(&[b"PFADD", b"h"]);
    let count_dense = count(&dense).map(|c| format!(":{c}\r\n").into_bytes());
    if count_dense.as_deref() != Some(&count_sparse[..]) {
        return TestResult::error("sparse and dense counts differ");
    }
    let n = distinct.len() as f64;
    let estimate = count(&dense).unwrap_or(0) as f64;
    if (estimate - n).abs() > (n * 0.0081 * 6.0).max(2.0) {
        return TestResult::error(format!("estimate {estimate} for {n} elements"));
    }
    TestResult::passed()
}

#[test]
fn registers_match_the_model() {
    crate::testkit::qc_check(
        "registers_match_the_model",
        3000,
        60,
        prop_registers as fn(Vec<u32>, u8) -> TestResult,
    );
}

#[test]
fn pfmerge_takes_register_maxima() {
    let mut h = Harness::new();
    let a: Vec<Vec<u8>> = (0..300).map(|i| format!("a{i}").into_bytes()).collect();
    let b: Vec<Vec<u8>> = (0..3000).map(|i| format!("b{i}").into_bytes()).collect();
    for (key, elements) in [(&b"a"[..], &a), (&b"b"[..], &b)] {
        let mut args: Vec<&[u8]> = vec![b"PFADD", key];
        args.extend(elements.iter().map(Vec::as_slice));
        h.run(&args);
    }
    assert_eq!(h.run(&[b"PFMERGE", b"d", b"a", b"b"]), b"+OK\r\n");
    let merged = bulk_payload(&h.run(&[b"GET", b"d"]));
    let want = model_registers(a.iter().chain(&b).map(Vec::as_slice));
    assert_eq!(registers_of(&merged), want);
    let union = h.run(&[b"PFCOUNT", b"a", b"b"]);
    assert_eq!(h.run(&[b"PFCOUNT", b"d"]), union);
}

#[test]
fn large_counts_stay_within_the_standard_error() {
    let mut hll = new_hll();
    let mut rng = crate::util::rng::Rng::new(11);
    let mut n = 0u64;
    let mut next_check = 1000u64;
    while n < 300_000 {
        let e = rng.next_u64().to_le_bytes();
        let (i, c) = pattern(&e);
        assert!(hll_set(&mut hll, i, c, SPARSE_MAX_BYTES).is_some());
        n += 1;
        if n == next_check {
            let est = count(&hll).unwrap_or(0) as f64;
            let err = (est - n as f64).abs() / n as f64;
            assert!(err < 0.0081 * 4.0, "n={n} estimate={est}");
            next_check *= 3;
        }
    }
    assert_eq!(hll.len(), DENSE_SIZE);
}

#[test]
fn corrupt_sparse_hlls_are_refused_without_panics() {
    let mut rng = crate::util::rng::Rng::new(3);
    for _ in 0..5_000 {
        let mut hll = new_hll();
        for _ in 0..rng.below(40) {
            let (i, c) = pattern(&rng.next_u64().to_le_bytes());
            let _ = hll_set(&mut hll, i, c, SPARSE_MAX_BYTES);
        }
        // Flip, cut or extend the opcodes.
        match rng.below(3) {
            0 if hll.len() > HDR => {
                let at = HDR + rng.below((hll.len() - HDR) as u64) as usize;
                hll[at] ^= 1 << rng.below(8);
            }
            1 => hll.truncate(HDR + rng.below((hll.len() - HDR + 1) as u64) as usize),
            _ => hll.push(rng.next_u64() as u8),
        }
        // As in Redis, counting is stricter than merging: a VAL opcode after the
        // 16384th register is ignored by a merge but makes the count fail.
        let valid = count(&hll).is_some();
        let mut max = vec![0u8; REGISTERS];
        let merges = merge_into(&mut max, &hll);
        assert!(merges || !valid);
        assert_eq!(sparse_to_dense(&hll).is_some(), merges);
        let (i, c) = pattern(&rng.next_u64().to_le_bytes());
        let _ = hll_set(&mut hll, i, c, SPARSE_MAX_BYTES);
    }
}
