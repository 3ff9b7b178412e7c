//! Property tests for the request parser: any split of the input gives the same
//! requests, encoding then parsing is the identity, and arbitrary bytes never panic
//! nor make the parser hold more memory than the input and its limits allow.
//!
//! Seeded: set `QC_SEED` to replay a run (the seed is printed on failure) and
//! `QUICKCHECK_TESTS` to run more cases.

mod common;

use cinnabar_core::resp::{ParseLimits, Parsed, RequestParser};
use quickcheck::TestResult;

const LIMITS: ParseLimits = ParseLimits {
    max_bulk_len: 512 * 1024 * 1024,
    authenticated: true,
};

fn encode(argv: &[Vec<u8>]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", argv.len()).into_bytes();
    for a in argv {
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// Drains every complete request; `Err` on a protocol error.
fn drain(p: &mut RequestParser) -> Result<Vec<Vec<Vec<u8>>>, String> {
    let mut out = Vec::new();
    loop {
        match p.next(LIMITS) {
            Parsed::Request => {
                let (src, ranges) = p.args();
                out.push(ranges.iter().map(|&(s, e)| src[s..e].to_vec()).collect());
            }
            Parsed::Incomplete => return Ok(out),
            Parsed::Error(e) => return Err(e.message()),
        }
    }
}

/// Non-empty commands (a `*0` request is skipped by Redis, so it is not an identity).
fn commands(raw: Vec<Vec<Vec<u8>>>) -> Vec<Vec<Vec<u8>>> {
    raw.into_iter().filter(|c| !c.is_empty()).take(20).collect()
}

#[test]
fn encode_then_parse_is_identity() {
    fn prop(raw: Vec<Vec<Vec<u8>>>) -> bool {
        let cmds = commands(raw);
        let mut p = RequestParser::default();
        for c in &cmds {
            p.feed(&encode(c));
        }
        drain(&mut p) == Ok(cmds)
    }
    common::check(
        "encode_then_parse_is_identity",
        64,
        300,
        prop as fn(Vec<Vec<Vec<u8>>>) -> bool,
    );
}

#[test]
fn any_split_gives_same_requests() {
    fn prop(raw: Vec<Vec<Vec<u8>>>, cuts: Vec<usize>) -> TestResult {
        let cmds = commands(raw);
        let input: Vec<u8> = cmds.iter().flat_map(|c| encode(c)).collect();
        if input.is_empty() {
            return TestResult::discard();
        }
        let mut points: Vec<usize> = cuts.iter().map(|c| c % (input.len() + 1)).collect();
        points.push(0);
        points.push(input.len());
        points.sort_unstable();
        let mut p = RequestParser::default();
        let mut got = Vec::new();
        for w in points.windows(2) {
            p.feed(&input[w[0]..w[1]]);
            match drain(&mut p) {
                Ok(reqs) => got.extend(reqs),
                Err(e) => return TestResult::error(e),
            }
        }
        TestResult::from_bool(got == cmds && !p.has_pending_input())
    }
    common::check(
        "any_split_gives_same_requests",
        64,
        300,
        prop as fn(Vec<Vec<Vec<u8>>>, Vec<usize>) -> TestResult,
    );
}

#[test]
fn garbage_never_panics_and_memory_stays_bounded() {
    fn prop(chunks: Vec<Vec<u8>>, prefix: u8) -> bool {
        let mut p = RequestParser::default();
        let mut fed = 0usize;
        for mut chunk in chunks {
            // Bias towards protocol-looking bytes so deeper states are reached.
            if let Some(first) = chunk.first_mut() {
                *first = [b'*', b'$', b'"', b'\'', b'\r', b'\n', prefix][(prefix % 7) as usize];
            }
            fed += chunk.len();
            p.feed(&chunk);
            loop {
                match p.next(LIMITS) {
                    Parsed::Error(_) => return true,
                    Parsed::Request => {}
                    Parsed::Incomplete => break,
                }
            }
            // The buffer never holds more than the input plus one bounded reservation.
            if p.capacity() > 2 * fed + 16 * 1024 * 1024 + 64 * 1024 {
                return false;
            }
        }
        true
    }
    common::check(
        "garbage_never_panics",
        64,
        300,
        prop as fn(Vec<Vec<u8>>, u8) -> bool,
    );
}

/// Everything parsed from `input` fed in pieces of `step` bytes (errors included), under
/// `limits`: the requests before the first error, then the error if any.
fn parse_in_steps(
    input: &[u8],
    step: usize,
    limits: ParseLimits,
) -> Vec<Result<Vec<Vec<u8>>, String>> {
    let mut p = RequestParser::default();
    let mut out = Vec::new();
    for piece in input.chunks(step.max(1)) {
        p.feed(piece);
        loop {
            match p.next(limits) {
                Parsed::Request => {
                    let (src, ranges) = p.args();
                    out.push(Ok(ranges
                        .iter()
                        .map(|&(s, e)| src[s..e].to_vec())
                        .collect()));
                }
                Parsed::Incomplete => break,
                Parsed::Error(e) => {
                    out.push(Err(e.message()));
                    return out;
                }
            }
        }
    }
    out
}

/// Protocol-shaped noise (headers with odd numbers: leading zeros, signs, NULs, huge
/// counts) parses the same whole, where whole requests take the parser's fast path, as
/// byte by byte, where they go through its general state machine; for clients
/// authenticated or not.
#[test]
fn whole_input_and_byte_by_byte_agree_on_odd_headers() {
    fn prop(tokens: Vec<u8>, authenticated: bool) -> bool {
        const PIECES: &[&[u8]] = &[
            b"*",
            b"$",
            b"\r\n",
            b"\r",
            b"1",
            b"2",
            b"0",
            b"9",
            b"-",
            b"+",
            b"\0",
            b"a",
            b"*2\r\n",
            b"$3\r\nGET\r\n",
            b"$1\r\nk\r\n",
            b"$03\r\n",
            b"*11\r\n",
            b"$16385\r\n",
            b"$0\r\n\r\n",
            b"*-1\r\n",
            b"*0\r\n",
            b"1234567890",
        ];
        let input: Vec<u8> = tokens
            .iter()
            .flat_map(|&t| PIECES[usize::from(t) % PIECES.len()].iter().copied())
            .collect();
        let limits = ParseLimits {
            max_bulk_len: 512 * 1024 * 1024,
            authenticated,
        };
        parse_in_steps(&input, input.len(), limits) == parse_in_steps(&input, 1, limits)
    }
    common::check(
        "whole_and_byte_by_byte_agree",
        64,
        300,
        prop as fn(Vec<u8>, bool) -> bool,
    );
}
