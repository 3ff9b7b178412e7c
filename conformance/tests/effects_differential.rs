//! Differential tests of the effects stream: the same commands against a real
//! redis-server 7.0 running with `--appendonly yes --appendfsync always
//! --aof-use-rdb-preamble yes` and against the core in process with the effects
//! stream's AOF target on; what Redis appended to its `appendonlydir/*.incr.aof` files
//! must be what the core's stream holds, command by command.
//!
//! Absolute times that depend on each server's clock are compared with a tolerance
//! ([`TIME_TOLERANCE_MS`]): 13-digit millisecond numbers near now (`PXAT`,
//! `PEXPIREAT`, `XCLAIM ... TIME`). Stream ids near now (`XADD k *`) match any other
//! such id: which ones coincide depends on how each clock ticked (the core's stands
//! still between commands), so only their place is checked.
//!
//! Two inputs:
//! - every conformance case under `conformance/cases` ([`every_case_logs_what_redis_logs`]);
//!   a case whose AOF differs must be listed in `conformance/effects-known-differences.txt`
//!   with the reason, and a listed case that matches fails the run (delete its line);
//! - random commands per family, seeded ([`random_writes_log_what_redis_logs`]).
//!
//! Ignored by default because they need redis-server:
//!   cargo test -p cinnabar-conformance --test effects_differential -- --include-ignored
//! `REDIS_SERVER` picks another executable, `CONFORMANCE_FILTER` selects cases,
//! `DIFF_SEED` replays a random run, `DIFF_ROUNDS` scales it and `EFFECTS_FAMILY`
//! restricts it to one family.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cinnabar_conformance::case::{Action, Case, parse_case};
use cinnabar_conformance::inprocess::{InProcess, Split};
use cinnabar_conformance::run::{Got, Target, Wait, run_case};
use cinnabar_conformance::suite::{selected_cases, wall_clock_us};
use cinnabar_conformance::tcp::{ServerProcess, Tcp};
use cinnabar_core::effects::TO_AOF;
use cinnabar_core::resp::encode_request;
use cinnabar_core::util::rng::Rng;

/// How far apart the two servers' absolute millisecond times may be.
const TIME_TOLERANCE_MS: i64 = 60_000;

/// Options that make redis-server write its AOF as the tests read it.
const AOF_OPTIONS: [&str; 6] = [
    "--appendonly",
    "yes",
    "--appendfsync",
    "always",
    "--aof-use-rdb-preamble",
    "yes",
];

/// Cases not compared, with the reason.
const SKIPPED: &[(&str, &str)] = &[
    (
        "persistence/debug_reload",
        "DEBUG RELOAD rewrites Redis's AOF history; the core's AOF is not ours to compare",
    ),
    (
        "config/get",
        "reads appendonly back: Redis runs with the AOF on here, the core without one",
    ),
];

fn redis_server() -> PathBuf {
    std::env::var_os("REDIS_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/redis-server"))
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|s| s.parse().ok())
}

/// One propagated command: its arguments.
type Cmd = Vec<Vec<u8>>;

/// Parses a stream of RESP multibulks of bulk strings (what an `.incr.aof` holds).
fn parse_commands(mut bytes: &[u8]) -> Result<Vec<Cmd>, String> {
    fn line<'a>(b: &mut &'a [u8]) -> Result<&'a [u8], String> {
        let end = b
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("a line without CRLF")?;
        let l = &b[..end];
        *b = &b[end + 2..];
        Ok(l)
    }
    fn number(l: &[u8], prefix: u8) -> Result<usize, String> {
        match l.split_first() {
            Some((&p, rest)) if p == prefix => std::str::from_utf8(rest)
                .ok()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("bad count {:?}", String::from_utf8_lossy(l))),
            _ => Err(format!(
                "expected {} got {:?}",
                prefix as char,
                String::from_utf8_lossy(l)
            )),
        }
    }
    let mut cmds = Vec::new();
    while !bytes.is_empty() {
        let n = number(line(&mut bytes)?, b'*')?;
        let mut args = Vec::with_capacity(n);
        for _ in 0..n {
            let len = number(line(&mut bytes)?, b'$')?;
            if bytes.len() < len + 2 || &bytes[len..len + 2] != b"\r\n" {
                return Err("truncated bulk".into());
            }
            args.push(bytes[..len].to_vec());
            bytes = &bytes[len + 2..];
        }
        cmds.push(args);
    }
    Ok(cmds)
}

/// The concatenated incremental files of the AOF in `dir`, in manifest order.
fn redis_incr_aof(dir: &Path) -> Result<Vec<u8>, String> {
    let aof_dir = dir.join("appendonlydir");
    let manifest = std::fs::read_to_string(aof_dir.join("appendonly.aof.manifest"))
        .map_err(|e| format!("manifest: {e}"))?;
    let mut out = Vec::new();
    for l in manifest.lines() {
        let words: Vec<&str> = l.split_whitespace().collect();
        if words.len() >= 6 && words[0] == "file" && words[5] == "i" {
            let bytes =
                std::fs::read(aof_dir.join(words[1])).map_err(|e| format!("{}: {e}", words[1]))?;
            out.extend(bytes);
        }
    }
    Ok(out)
}

/// An argument as compared.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Exact(Vec<u8>),
    /// An absolute millisecond time near now.
    Time(i64),
    /// A stream id whose time part is near now (made from a server's clock).
    Id,
}

/// Turns one side's commands into tokens, knowing when the run started.
struct Normaliser {
    now_ms: i64,
}

impl Normaliser {
    fn new(now_ms: i64) -> Self {
        Normaliser { now_ms }
    }

    fn near_now(&self, ms: &[u8]) -> Option<i64> {
        if ms.len() != 13 || !ms.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let v: i64 = std::str::from_utf8(ms).ok()?.parse().ok()?;
        ((v - self.now_ms).abs() < 86_400_000).then_some(v)
    }

    fn token(&mut self, arg: &[u8]) -> Token {
        if let Some(t) = self.near_now(arg) {
            return Token::Time(t);
        }
        if let Some(dash) = arg.iter().position(|&c| c == b'-')
            && self.near_now(&arg[..dash]).is_some()
            && arg.len() > dash + 1
            && arg[dash + 1..].iter().all(u8::is_ascii_digit)
        {
            return Token::Id;
        }
        Token::Exact(arg.to_vec())
    }

    fn command(&mut self, cmd: &Cmd) -> Vec<Token> {
        cmd.iter().map(|a| self.token(a)).collect()
    }
}

fn tokens_match(a: &[Token], b: &[Token]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| match (x, y) {
            (Token::Time(x), Token::Time(y)) => (x - y).abs() <= TIME_TOLERANCE_MS,
            // Ids made from each server's clock: which ones coincide depends on how
            // the clocks ticked (the core's stands still between commands).
            (Token::Id, Token::Id) => true,
            _ => x == y,
        })
}

/// How a normalised command is shown and diffed: times as `<time>`, ids as `<id>`.
fn key(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| match t {
            Token::Exact(a) => show_arg(a),
            Token::Time(_) => "<time>".to_string(),
            Token::Id => "<id>".to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn show_arg(a: &[u8]) -> String {
    if a.len() > 64 {
        let head = show_arg(&a[..32]);
        return format!("{head}...({} bytes)", a.len());
    }
    let s = String::from_utf8_lossy(a);
    if a.is_empty()
        || a.iter()
            .any(|c| c.is_ascii_whitespace() || !c.is_ascii_graphic())
    {
        format!("{s:?}")
    } else {
        s.into_owned()
    }
}

fn show(cmd: &Cmd) -> String {
    cmd.iter()
        .map(|a| show_arg(a))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Compares Redis's commands with ours; `None` when they match, else every differing
/// hunk (`- redis`, `+ ours`, with a line of context around).
fn compare_streams(
    redis: &[Cmd],
    ours: &[Cmd],
    rn: &mut Normaliser,
    on: &mut Normaliser,
) -> Option<String> {
    let rt: Vec<Vec<Token>> = redis.iter().map(|c| rn.command(c)).collect();
    let ot: Vec<Vec<Token>> = ours.iter().map(|c| on.command(c)).collect();
    let rk: Vec<String> = rt.iter().map(|t| key(t)).collect();
    let ok: Vec<String> = ot.iter().map(|t| key(t)).collect();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &rk, &ok);
    let mut text = String::new();
    let mut last_shown: Option<usize> = None;
    let context = |text: &mut String, last: &mut Option<usize>, i: usize| {
        if *last != Some(i) && i < redis.len() {
            text.push_str(&format!("      {}\n", show(&redis[i])));
            *last = Some(i);
        }
    };
    for op in &ops {
        match *op {
            similar::DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (i, j) = (old_index + k, new_index + k);
                    if !tokens_match(&rt[i], &ot[j]) {
                        text.push_str(&format!(
                            "    - {}\n    + {}   (times too far apart)\n",
                            show(&redis[i]),
                            show(&ours[j])
                        ));
                    }
                }
            }
            similar::DiffOp::Delete {
                old_index, old_len, ..
            } => {
                if old_index > 0 {
                    context(&mut text, &mut last_shown, old_index - 1);
                }
                for cmd in &redis[old_index..old_index + old_len] {
                    text.push_str(&format!("    - {}\n", show(cmd)));
                }
            }
            similar::DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => {
                if old_index > 0 {
                    context(&mut text, &mut last_shown, old_index - 1);
                }
                for cmd in &ours[new_index..new_index + new_len] {
                    text.push_str(&format!("    + {}\n", show(cmd)));
                }
            }
            similar::DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                if old_index > 0 {
                    context(&mut text, &mut last_shown, old_index - 1);
                }
                for cmd in &redis[old_index..old_index + old_len] {
                    text.push_str(&format!("    - {}\n", show(cmd)));
                }
                for cmd in &ours[new_index..new_index + new_len] {
                    text.push_str(&format!("    + {}\n", show(cmd)));
                }
            }
        }
    }
    (!text.is_empty()).then_some(text)
}

/// `conformance/effects-known-differences.txt`: case id -> reason. An id written `?id`
/// may also match (its difference depends on Redis's random hash seed): its reason then
/// starts with `?`.
fn known_differences() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("effects-known-differences.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let (entry, why) = line.split_once('#').unwrap_or((line, ""));
        let entry = entry.trim();
        if let Some(id) = entry.strip_prefix('?') {
            out.insert(id.to_string(), format!("? {}", why.trim()));
        } else if !entry.is_empty() {
            out.insert(entry.to_string(), why.trim().to_string());
        }
    }
    out
}

/// Runs `case` on a fresh redis-server with the AOF on and on the core with its AOF
/// target on; returns the difference of their AOFs, if any.
///
/// Both run without the active expiry cycle (`DEBUG SET-ACTIVE-EXPIRE 0`, sent first on
/// a connection of its own): which keys it samples, and when, depends on each server's
/// clock and randomness, while lazy expiry logs the same DELs at the same places.
fn case_difference(exe: &Path, case: &Case) -> Result<Option<String>, String> {
    let mut case = case.clone();
    case.config
        .extend(["--enable-debug-command", "yes"].map(String::from));
    let case = &case;
    let mut extra = case.config.clone();
    extra.extend(AOF_OPTIONS.iter().map(|s| s.to_string()));
    let redis = ServerProcess::start(exe, &extra).map_err(|e| e.to_string())?;
    let no_active_expiry: Vec<Vec<u8>> = ["DEBUG", "SET-ACTIVE-EXPIRE", "0"]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
    let mut tcp = Tcp::new(redis.addr);
    ask_on(&mut tcp, SETUP_CLIENT, &no_active_expiry);
    tcp.close(SETUP_CLIENT);
    let start = wall_clock_us();
    let want = run_case(case, &mut tcp);
    let mut ours = InProcess::new(case, Split::Whole, start)?;
    ours.set_effects_consumer(TO_AOF, true);
    ask_on(&mut ours, SETUP_CLIENT, &no_active_expiry);
    ours.close(SETUP_CLIENT);
    let got = run_case(case, &mut ours);
    let redis_bytes = redis_incr_aof(redis.dir())?;
    drop(redis);
    let mut redis_cmds = parse_commands(&redis_bytes).map_err(|e| format!("redis AOF: {e}"))?;
    let mut our_cmds =
        parse_commands(&ours.take_effects(TO_AOF)).map_err(|e| format!("our stream: {e}"))?;
    if case.steps.iter().any(|s| {
        matches!(&s.action, Action::Command(args) if args.first().is_some_and(|c| c.eq_ignore_ascii_case(b"SPOP")))
    }) {
        redis_cmds = opaque_srem_members(redis_cmds);
        our_cmds = opaque_srem_members(our_cmds);
    }
    let now_ms = start / 1000;
    let diff = compare_streams(
        &redis_cmds,
        &our_cmds,
        &mut Normaliser::new(now_ms),
        &mut Normaliser::new(now_ms),
    );
    Ok(diff.map(|d| {
        if want == got {
            d
        } else {
            format!("{d}  (the replies differ too)\n")
        }
    }))
}

/// Every conformance case: Redis's AOF and the core's effects stream must match, or the
/// case must be listed in `effects-known-differences.txt`.
#[test]
#[ignore = "needs redis-server 7.0"]
fn every_case_logs_what_redis_logs() {
    let exe = redis_server();
    let known = known_differences();
    let cases = selected_cases();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut listed = 0;
    let mut compared = 0;
    for case in &cases {
        let id = case.id();
        if let Some((_, why)) = SKIPPED.iter().find(|(s, _)| *s == id) {
            eprintln!("skipped {id}: {why}");
            continue;
        }
        compared += 1;
        match case_difference(&exe, case) {
            Ok(None) => {
                // A `?` entry differs only on some runs (Redis's hash seed is random).
                if known.get(&id).is_some_and(|why| !why.starts_with('?')) {
                    fixed.push(id);
                }
            }
            Ok(Some(d)) => {
                if let Some(why) = known.get(&id) {
                    listed += 1;
                    eprintln!("known difference {id} ({why}):\n{d}");
                } else {
                    unexpected.push(format!("{id}:\n{d}"));
                }
            }
            Err(e) => unexpected.push(format!("{id}: could not run: {e}")),
        }
    }
    for d in &unexpected {
        eprintln!("AOF differs: {d}");
    }
    eprintln!(
        "[effects] {compared} cases compared: {} unexpected differences, {listed} known, {} listed but matching",
        unexpected.len(),
        fixed.len()
    );
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{} cases log differently from Redis; listed cases that now match (delete their lines): {fixed:?}",
        unexpected.len()
    );
}

// ---------------------------------------------------------------------------------
// Random commands per family.

/// Sends `args` to `target` and reads its one reply.
fn ask(target: &mut dyn Target, args: &[Vec<u8>]) -> Got {
    ask_on(target, "", args)
}

/// The client that prepares a server before a case runs (closed before it starts).
const SETUP_CLIENT: &str = "effects-setup";

/// Sends `args` on `client`'s connection to `target` and reads its one reply.
fn ask_on(target: &mut dyn Target, client: &str, args: &[Vec<u8>]) -> Got {
    let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
    target.send(client, &encode_request(&refs), false);
    target.read(client, Wait::Reply)
}

/// Redis with its AOF and the core with its AOF target, side by side; each command's
/// effects are compared as soon as it ran.
struct Pair {
    redis_process: ServerProcess,
    redis: Tcp,
    ours: InProcess,
    /// How much of Redis's incr files was already compared.
    redis_seen: usize,
    rn: Normaliser,
    on: Normaliser,
    differences: Vec<String>,
    reply_differences: usize,
}

impl Pair {
    fn start(exe: &Path) -> Pair {
        let extra: Vec<String> = AOF_OPTIONS.iter().map(|s| s.to_string()).collect();
        let redis = ServerProcess::start(exe, &extra).unwrap_or_else(|e| panic!("{e}"));
        let case = parse_case("effects", "random", Path::new("effects"), "PING")
            .unwrap_or_else(|e| panic!("{e}"));
        let start = wall_clock_us();
        let mut ours = InProcess::new(&case, Split::Whole, start).unwrap_or_else(|e| panic!("{e}"));
        ours.set_effects_consumer(TO_AOF, true);
        Pair {
            redis: Tcp::new(redis.addr),
            redis_process: redis,
            ours,
            redis_seen: 0,
            rn: Normaliser::new(start / 1000),
            on: Normaliser::new(start / 1000),
            differences: Vec::new(),
            reply_differences: 0,
        }
    }

    /// Runs `args` on both and compares what each logged for it. Returns Redis's reply.
    fn run(&mut self, args: Vec<Vec<u8>>) -> Got {
        let want = ask(&mut self.redis, &args);
        assert!(
            want != Got::Nothing,
            "redis-server did not answer {} (a blocking command must find data)",
            show(&args)
        );
        let got = ask(&mut self.ours, &args);
        let all = redis_incr_aof(self.redis_process.dir()).unwrap_or_else(|e| panic!("{e}"));
        let fresh = all.get(self.redis_seen..).unwrap_or(&[]).to_vec();
        self.redis_seen = all.len();
        let redis_cmds = parse_commands(&fresh).unwrap_or_else(|e| panic!("redis AOF: {e}"));
        let our_cmds = parse_commands(&self.ours.take_effects(TO_AOF))
            .unwrap_or_else(|e| panic!("our stream: {e}"));
        let redis_cmds = opaque_random_members(&args, redis_cmds);
        let our_cmds = opaque_random_members(&args, our_cmds);
        if let Some(d) = compare_streams(&redis_cmds, &our_cmds, &mut self.rn, &mut self.on) {
            let replies = if want == got {
                String::new()
            } else {
                self.reply_differences += 1;
                format!("  replies: redis {want:?}\n           ours  {got:?}\n")
            };
            self.differences
                .push(format!("after {}:\n{d}{replies}", show(&args)));
        }
        want
    }
}

/// SPOP removes members chosen at random, different on each server: the members of the
/// SREMs it logs are replaced by `?` (the caller deletes the set right after, so the
/// two datasets do not drift apart).
fn opaque_random_members(args: &[Vec<u8>], cmds: Vec<Cmd>) -> Vec<Cmd> {
    if !args[0].eq_ignore_ascii_case(b"SPOP") {
        return cmds;
    }
    opaque_srem_members(cmds)
}

/// The members of every SREM replaced by `?` (a case with SPOP: which members it
/// took is random, how many SREMs it logged and where is not).
fn opaque_srem_members(cmds: Vec<Cmd>) -> Vec<Cmd> {
    cmds.into_iter()
        .map(|mut c| {
            if c[0].eq_ignore_ascii_case(b"SREM") {
                for m in c.iter_mut().skip(2) {
                    *m = b"?".to_vec();
                }
            }
            c
        })
        .collect()
}

fn b(s: &str) -> Vec<u8> {
    s.as_bytes().to_vec()
}

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len() as u64) as usize]
}

fn num(rng: &mut Rng, lo: i64, hi: i64) -> Vec<u8> {
    (lo + rng.below((hi - lo + 1) as u64) as i64)
        .to_string()
        .into_bytes()
}

/// A command line from words, where a word `#a..b` is a random integer in a..=b and
/// `a|b|c` one of the alternatives.
fn line(rng: &mut Rng, text: &str) -> Vec<Vec<u8>> {
    text.split(' ')
        .map(|w| {
            if let Some(range) = w.strip_prefix('#')
                && let Some((lo, hi)) = range.split_once("..")
                && let (Ok(lo), Ok(hi)) = (lo.parse(), hi.parse())
            {
                num(rng, lo, hi)
            } else if w.contains('|') && w.len() > 1 {
                let alts: Vec<&str> = w.split('|').collect();
                b(pick(rng, &alts))
            } else {
                b(w)
            }
        })
        .collect()
}

/// One random step of `family`: the commands to run, in order. In the templates a
/// word `@m` is a random member, `#a..b` a random integer and `a|b` one of the words;
/// [`any`] picks one whole template.
fn step(rng: &mut Rng, family: &str) -> Vec<Vec<Vec<u8>>> {
    let one = |rng: &mut Rng, t: &str| vec![line(rng, &t.replace("@m", "a|b|c|d|e|f|1|2|3"))];
    let any = |rng: &mut Rng, ts: &[&str]| {
        let t = pick(rng, ts);
        vec![line(rng, &t.replace("@m", "a|b|c|d|e|f|1|2|3"))]
    };
    let many = |rng: &mut Rng, ts: &[&str]| -> Vec<Vec<Vec<u8>>> {
        ts.iter()
            .map(|t| line(rng, &t.replace("@m", "a|b|c|d|e|f|1|2|3")))
            .collect()
    };
    match family {
        "sets" => match rng.below(9) {
            0 | 1 => one(rng, "SADD s1|s2|s3 @m @m @m"),
            2 => one(rng, "SREM s1|s2|s3 @m @m"),
            3 => one(rng, "SMOVE s1|s2|s3 s1|s2|s3 @m"),
            4 => one(
                rng,
                "SINTERSTORE|SUNIONSTORE|SDIFFSTORE d s1|s2|s3|d s1|s2|s3",
            ),
            // One member: what goes is not random.
            5 => many(rng, &["SADD s6 @m", "SPOP s6|nokey #0..2", "DEL s6"]),
            // Random members: pop, then drop the set on both sides.
            6 => many(
                rng,
                &[
                    "SADD s4 @m @m @m @m @m @m @m",
                    "SPOP s4 #0..9",
                    "SPOP s4",
                    "DEL s4",
                ],
            ),
            7 => one(rng, "SINTERCARD 2 s1 s2"),
            _ => many(rng, &["SADD s5 @m", "SPOP s5"]),
        },
        "hashes" => match rng.below(7) {
            0 => one(rng, "HSET h1|h2 @m v @m w"),
            1 => one(rng, "HSETNX h1|h2 @m x"),
            2 => one(rng, "HDEL h1|h2 @m @m"),
            3 => one(rng, "HINCRBY h1|h2 @m #-5..5"),
            4 => one(
                rng,
                "HINCRBYFLOAT h1|h2 @m 1.5|-0.25|3|1e3|2.0e-2|0.1|-7|10.50|5.0000000000000001",
            ),
            5 => one(rng, "HMSET h1|h2 @m 1 @m 2.5"),
            _ => one(rng, "HGETALL h1|h2"),
        },
        "zsets" => match rng.below(11) {
            0 | 1 => one(rng, "ZADD z1|z2 #0..9 @m #0..9 @m"),
            2 => one(rng, "ZADD z1|z2 NX|XX|GT|LT|CH #0..9 @m"),
            3 => one(rng, "ZINCRBY z1|z2 #-3..3|1.5|-0.5 @m"),
            4 => one(rng, "ZREM z1|z2 @m @m"),
            5 => one(rng, "ZPOPMIN|ZPOPMAX z1|z2|nokey"),
            6 => one(rng, "ZPOPMIN|ZPOPMAX z1|z2 #0..3"),
            7 => many(
                rng,
                &["ZADD z3 #0..9 @m #0..9 @m", "BZPOPMIN|BZPOPMAX nokey z3 0"],
            ),
            8 => many(
                rng,
                &[
                    "ZADD z3 #0..9 @m #0..9 @m",
                    "BZMPOP 0 2 nokey z3 MIN|MAX COUNT #1..4",
                    "ZADD z3 #0..9 @m",
                    "BZMPOP 0 1 z3 MIN|MAX",
                ],
            ),
            9 => one(rng, "ZMPOP 2 nokey|z1 z2 MIN|MAX COUNT #1..5"),
            _ => any(
                rng,
                &[
                    "ZUNIONSTORE|ZINTERSTORE|ZDIFFSTORE d 2 z1 z2",
                    "ZREMRANGEBYRANK z1 0 1",
                    "ZREMRANGEBYSCORE z2 2 5",
                    "ZREMRANGEBYLEX z1|z2 [a (d",
                    "ZRANGESTORE d z1|z2 0 -1",
                ],
            ),
        },
        "streams" => match rng.below(24) {
            16 => one(rng, "XACK x1|x2 g1|g2 #1..400 #1..400"),
            17 => one(
                rng,
                "XREADGROUP GROUP g1|g2 c1|c2 COUNT #1..3 STREAMS x1|x2 0",
            ),
            18 => one(
                rng,
                "XCLAIM x2 g1|g2 c6 0 #1..400 #1..400 IDLE|RETRYCOUNT #0..5 JUSTID|FORCE",
            ),
            19 => one(rng, "XCLAIM x1|x2 g1|g2 c7 0 #1..400 LASTID #1..500"),
            20 => one(rng, "XGROUP DESTROY x1|x2 g1|g2"),
            21 => one(rng, "XADD x2 MINID ~ #0..400 LIMIT #0..5 * f v"),
            22 => one(rng, "XREADGROUP GROUP g1|g2 c8 NOACK STREAMS x1 x2 > >"),
            23 => one(rng, "XSETID x2 #400..500"),
            0 | 1 => one(rng, "XADD x1 * f @m"),
            2 => one(rng, "XADD x2 #1..400 f @m"),
            3 => one(rng, "XADD x1|x2 MAXLEN|MINID ~|= #0..300 * f @m"),
            4 => one(rng, "XADD x1 MAXLEN ~ #0..5 LIMIT #0..3 * f v"),
            5 => one(rng, "XTRIM x1|x2 MAXLEN|MINID ~|= #0..120"),
            6 => one(rng, "XADD nox NOMKSTREAM * f v"),
            7 => one(rng, "XGROUP CREATE x1|x2 g1|g2 0|$ MKSTREAM"),
            8 => one(
                rng,
                "XREADGROUP GROUP g1|g2 c1|c2 COUNT #1..3 STREAMS x1|x2 >",
            ),
            9 => one(rng, "XREADGROUP GROUP g1 c1 NOACK COUNT 2 STREAMS x2 >"),
            10 => one(rng, "XAUTOCLAIM x1|x2 g1|g2 c3 0 0-0 COUNT #1..3"),
            11 => one(rng, "XAUTOCLAIM x2 g1|g2 c3 0 0-0 COUNT 2 JUSTID"),
            12 => one(rng, "XGROUP CREATECONSUMER|DELCONSUMER x1|x2 g1|g2 c4"),
            13 => one(rng, "XGROUP SETID x1|x2 g1|g2 0|$"),
            14 => one(
                rng,
                "XCLAIM x2 g1|g2 c5 0 #1..400 #1..400 FORCE|JUSTID|RETRYCOUNT",
            ),
            _ => one(rng, "XDEL x2 #1..400 #1..400"),
        },
        "geo" => any(
            rng,
            &[
                "GEOADD g1 NX|XX|CH #-10..10 #-10..10 @m",
                "GEOADD g1 #-10..10 #-10..10 @m #-10..10 #-10..10 @m",
                "GEORADIUS g1 0 0 #100..2000 km STORE|STOREDIST d ASC|DESC",
                "GEORADIUSBYMEMBER g1 @m #100..2000 km STORE d",
                "GEOSEARCHSTORE d g1 FROMLONLAT 0 0 BYRADIUS #100..2000 km ASC STOREDIST",
            ],
        ),
        "hyperloglog" => any(
            rng,
            &[
                "PFADD p1|p2 @m @m @m",
                "PFCOUNT p1|p2",
                "PFCOUNT p1 p2",
                "PFMERGE p3 p1 p2",
            ],
        ),
        "bitmap" => any(
            rng,
            &[
                "SETBIT b1|b2 #0..40 0|1",
                "BITOP AND|OR|XOR d b1 b2",
                "BITOP NOT d b1|b2",
                "BITFIELD b1 OVERFLOW WRAP|SAT|FAIL INCRBY u4|i8 #0..8 #-20..20",
                "BITFIELD b1|b2 GET u4 0",
                "BITFIELD b1 SET u8 #0..16 #0..300",
            ],
        ),
        "sort" => any(
            rng,
            &[
                "RPUSH l1 #0..20 #0..20",
                "SORT l1 STORE d",
                "SORT l1 DESC LIMIT 0 #0..3 STORE d",
                "SORT nokey STORE d",
            ],
        ),
        "dump" => any(
            rng,
            &[
                "SET k1 @m",
                "RESTORE k2 0|100000 \\0 REPLACE",
                "RESTORE k2 0 \\0 REPLACE ABSTTL",
                "COPY k1 k3 REPLACE",
            ],
        ),
        "functions" => match rng.below(4) {
            0 => vec![vec![
                b("FUNCTION"),
                b("LOAD"),
                b("REPLACE"),
                b(
                    "#!lua name=lib\nredis.register_function('f', function(keys, args) return redis.call('SET', keys[1], args[1]) end)",
                ),
            ]],
            1 => one(rng, "FCALL f 1 fk @m"),
            2 => one(rng, "FUNCTION DELETE lib"),
            _ => one(rng, "FUNCTION FLUSH"),
        },
        // Units: writes of several families inside MULTI/EXEC (each command's effects
        // join the transaction's unit).
        "multi" => {
            let mut v = vec![vec![b("MULTI")]];
            for _ in 0..1 + rng.below(4) {
                let fam = pick(
                    rng,
                    &["sets", "hashes", "zsets", "streams", "geo", "databases"],
                );
                let cmds = step(rng, fam);
                if cmds
                    .iter()
                    .any(|c| c[0].starts_with(b"SELECT") || c[0].starts_with(b"SPOP"))
                {
                    continue;
                }
                v.extend(cmds);
            }
            v.push(vec![b("EXEC")]);
            v
        }
        "databases" => any(
            rng,
            &[
                "SET k @m",
                "SWAPDB 0|1 1|2",
                "MOVE k 1|2",
                "SELECT 0|1",
                "COPY k k2 DB 1|2",
            ],
        ),
        // The families below are on request only (EFFECTS_FAMILY): their rewrites are
        // being written elsewhere (string.rs, keys.rs, list.rs).
        "strings" => any(
            rng,
            &[
                "SET k1|k2 @m EX|PX|EXAT|PXAT #100..200",
                "SET k1|k2 @m KEEPTTL|NX|XX|GET",
                "SETEX|PSETEX k1|k2 #100..200 @m",
                "GETEX k1|k2 EX|PX|PERSIST #100..200",
                "GETDEL k1|k2",
                "GETSET k1|k2 #1..9",
                "INCRBYFLOAT n1 1.5|-0.25|1e2",
                "INCR|DECR n2",
                "APPEND k1 @m",
                "SETRANGE k2 #0..5 @m",
            ],
        )
        .into_iter()
        .map(|mut c| {
            // The absolute forms need absolute times.
            if c.len() > 4 && (c[3] == b"EXAT" || c[3] == b"PXAT") {
                let now = wall_clock_us() / 1000;
                let at = if c[3] == b"EXAT" {
                    now / 1000 + 100
                } else {
                    now + 100_000
                };
                c[4] = at.to_string().into_bytes();
            }
            c
        })
        .collect(),
        "keys" => any(
            rng,
            &[
                "SET k1|k2|k3 @m",
                "EXPIRE|PEXPIRE k1|k2|k3 #100..200",
                "EXPIRE k1|k2 #100..200 NX|XX|GT|LT",
                "PERSIST k1|k2|k3",
                "EXPIRE k1|k2 -1",
                "RENAME|COPY k1|k2 k3",
                "DEL|UNLINK k1|k2",
            ],
        ),
        "lists" => any(
            rng,
            &[
                "RPUSH l1|l2 @m @m",
                "LPOP|RPOP l1|l2|nokey",
                "LMPOP 2 nokey l1|l2 LEFT|RIGHT COUNT #1..3",
                "LMOVE l1|l2 l1|l2 LEFT|RIGHT LEFT|RIGHT",
            ],
        ),
        other => panic!("unknown family {other}"),
    }
}

const FAMILIES: &[&str] = &[
    "sets",
    "hashes",
    "zsets",
    "streams",
    "geo",
    "hyperloglog",
    "bitmap",
    "sort",
    "dump",
    "databases",
    "multi",
];

/// Random writes per family: after each command, what Redis appended to its AOF and
/// what the core's stream got must match.
#[test]
#[ignore = "needs redis-server 7.0"]
fn random_writes_log_what_redis_logs() {
    let seed = env_u64("DIFF_SEED").unwrap_or_else(|| wall_clock_us() as u64);
    let rounds = env_u64("DIFF_ROUNDS").unwrap_or(300);
    let only = std::env::var("EFFECTS_FAMILY").ok();
    let exe = redis_server();
    let mut report = Vec::new();
    // `functions` (FUNCTION LOAD, FCALL) needs the Lua engine, and `strings`, `keys`,
    // `lists` are another engineer's rewrites in progress: only on request.
    let families: Vec<&str> = match only.as_deref() {
        Some(f) => vec![f],
        None => FAMILIES.to_vec(),
    };
    for family in &families {
        let mut rng = Rng::new(seed ^ cinnabar_conformance::render::fnv1a64(family.as_bytes()));
        let mut pair = Pair::start(&exe);
        let mut dump: Option<Vec<u8>> = None;
        for _ in 0..rounds {
            for mut args in step(&mut rng, family) {
                if args[0] == b"RESTORE" && args.len() > 3 {
                    // A payload both can read: DUMP of a value Redis holds.
                    let Some(payload) = dump.clone() else {
                        continue;
                    };
                    args[3] = payload;
                }
                let reply = pair.run(args.clone());
                if args[0] == b"SET"
                    && let Got::Frame(_) = reply
                    && let Got::Frame(cinnabar_conformance::frame::Frame::Bulk(p)) =
                        ask(&mut pair.redis, &[b("DUMP"), args[1].clone()])
                {
                    dump = Some(p);
                }
            }
        }
        let n = pair.differences.len();
        if n > 0 {
            report.push(format!(
                "{family}: {n} commands logged differently ({} with different replies); first ones:\n{}",
                pair.reply_differences,
                pair.differences
                    .iter()
                    .take(6)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("")
            ));
        }
    }
    for r in &report {
        eprintln!("{r}");
    }
    assert!(
        report.is_empty(),
        "{} families log differently from Redis; replay with DIFF_SEED={seed}",
        report.len()
    );
}
