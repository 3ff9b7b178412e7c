//! Random differential tests: the same random commands against a real redis-server 7.0
//! and against the core in process, reply by reply.
//!
//! Ignored by default because they need redis-server:
//!   cargo test -p cinnabar-conformance --test differential -- --include-ignored
//! `REDIS_SERVER` picks another executable, `DIFF_SEED` replays a run and
//! `DIFF_ROUNDS` scales it.

use std::path::{Path, PathBuf};

use cinnabar_conformance::case::parse_case;
use cinnabar_conformance::inprocess::{InProcess, Split};
use cinnabar_conformance::run::{Got, Target, Wait};
use cinnabar_conformance::suite::wall_clock_us;
use cinnabar_conformance::tcp::{ServerProcess, Tcp};
use cinnabar_core::resp::encode_request;
use cinnabar_core::util::rng::Rng;

fn redis_server() -> PathBuf {
    std::env::var_os("REDIS_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/redis-server"))
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|s| s.parse().ok())
}

/// Sends `args` to `target` and reads its one reply.
fn ask(target: &mut dyn Target, args: &[Vec<u8>]) -> Got {
    let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
    target.send("", &encode_request(&refs), false);
    target.read("", Wait::Reply)
}

fn show(args: &[Vec<u8>]) -> String {
    args.iter()
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Redis and the core in process, side by side.
struct Pair {
    _redis: ServerProcess,
    redis: Tcp,
    ours: InProcess,
    differences: Vec<String>,
}

impl Pair {
    fn start(exe: &Path) -> Pair {
        let redis = ServerProcess::start(exe, &[]).unwrap_or_else(|e| panic!("{e}"));
        let case = parse_case("differential", "random", Path::new("differential"), "PING")
            .unwrap_or_else(|e| panic!("{e}"));
        let ours =
            InProcess::new(&case, Split::Whole, wall_clock_us()).unwrap_or_else(|e| panic!("{e}"));
        Pair {
            redis: Tcp::new(redis.addr),
            _redis: redis,
            ours,
            differences: Vec::new(),
        }
    }

    /// Runs `args` on both and records a difference.
    fn run(&mut self, args: Vec<Vec<u8>>) -> Got {
        let want = ask(&mut self.redis, &args);
        let got = ask(&mut self.ours, &args);
        if want != got {
            self.differences.push(format!(
                "{}\n  redis: {want:?}\n  ours:  {got:?}",
                show(&args)
            ));
        }
        want
    }
}

fn word(rng: &mut Rng, alphabet: &[u8], max_len: u64) -> Vec<u8> {
    let len = 1 + rng.below(max_len) as usize;
    (0..len)
        .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
        .collect()
}

fn lex_bound(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0 => b"-".to_vec(),
        1 => b"+".to_vec(),
        n => {
            let mut b = vec![if n % 2 == 0 { b'[' } else { b'(' }];
            b.extend(word(rng, b"abcdef", 2));
            b
        }
    }
}

fn b(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

/// Lex ranges over sorted sets whose members have different scores (compact
/// encoding, where Redis's answer is deterministic though unspecified): ZRANGEBYLEX,
/// ZREVRANGEBYLEX, ZRANGE BYLEX [REV] with and without LIMIT, ZRANGESTORE BYLEX,
/// ZLEXCOUNT and ZREMRANGEBYLEX.
#[test]
#[ignore = "needs redis-server 7.0"]
fn lex_ranges_over_mixed_scores() {
    let seed = env_u64("DIFF_SEED").unwrap_or_else(|| wall_clock_us() as u64);
    let rounds = env_u64("DIFF_ROUNDS").unwrap_or(400);
    let mut rng = Rng::new(seed);
    let mut pair = Pair::start(&redis_server());
    let mut commands = 0;
    for _ in 0..rounds {
        pair.run(vec![b("DEL"), b("z"), b("dst")]);
        let mut zadd = vec![b("ZADD"), b("z")];
        for _ in 0..1 + rng.below(12) {
            zadd.push(rng.below(4).to_string().into_bytes());
            zadd.push(word(&mut rng, b"abcdef", 2));
        }
        pair.run(zadd);
        for _ in 0..5 {
            let (min, max) = (lex_bound(&mut rng), lex_bound(&mut rng));
            let limit = vec![
                b("LIMIT"),
                (rng.below(5) as i64 - 1).to_string().into_bytes(),
                (rng.below(6) as i64 - 1).to_string().into_bytes(),
            ];
            let mut args = match rng.below(7) {
                0 => vec![b("ZRANGEBYLEX"), b("z"), min, max],
                1 => vec![b("ZREVRANGEBYLEX"), b("z"), max, min],
                2 => vec![b("ZRANGE"), b("z"), min, max, b("BYLEX")],
                3 => vec![b("ZRANGE"), b("z"), max, min, b("BYLEX"), b("REV")],
                4 => vec![b("ZRANGESTORE"), b("dst"), b("z"), min, max, b("BYLEX")],
                5 => vec![b("ZLEXCOUNT"), b("z"), min, max],
                _ => vec![b("ZREMRANGEBYLEX"), b("z"), min, max],
            };
            let store = args[0] == b("ZRANGESTORE");
            let takes_limit = !matches!(args[0].as_slice(), b"ZLEXCOUNT" | b"ZREMRANGEBYLEX");
            if takes_limit && rng.below(3) > 0 {
                args.extend(limit);
            }
            pair.run(args);
            commands += 1;
            if store {
                pair.run(vec![
                    b("ZRANGE"),
                    b("dst"),
                    b("0"),
                    b("-1"),
                    b("WITHSCORES"),
                ]);
            }
            pair.run(vec![b("ZRANGE"), b("z"), b("0"), b("-1"), b("WITHSCORES")]);
        }
    }
    let n = pair.differences.len();
    for d in pair.differences.iter().take(10) {
        eprintln!("{d}");
    }
    assert_eq!(
        n, 0,
        "{n} of {commands} lex range commands differ from Redis; replay with DIFF_SEED={seed}"
    );
}
