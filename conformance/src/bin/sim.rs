//! The simulator's command line: runs one seed or a range of seeds, one line each.
//!
//! ```text
//! cargo run --release -p cinnabar-conformance --bin sim -- --seed 7
//! cargo run --release -p cinnabar-conformance --bin sim -- --seeds 0..10000 --steps 2000
//! ```
//!
//! Options: `--seed N` or `--seeds A..B` (B excluded), `--steps N` (2000), `--faults
//! on|off` (on), `--nodes N` (1; 2 or 3: replication), `--no-shrink`, `--shrink-budget N` (2000 replays),
//! `--trace` (print the events of each seed), `--coverage` (before the closing line,
//! how often each interesting case happened over the range), `--bug NAME` (a deliberate bug, to see
//! the simulator catch it: drop-reply-byte, forget-synced-file, duplicate-request,
//! aof-reply-before-fsync, replica-ack-ahead), `--aof off|always|everysec` (instead of the seed's own).
//! A range ends with `N passed, M failed` and exits 1 if any seed failed. Everything on
//! stdout is determined by the arguments; the elapsed time goes to stderr.

use std::process::ExitCode;
use std::time::Instant;

use cinnabar_conformance::sim::{self, AofMode, Bug, Options};

struct Args {
    seeds: std::ops::Range<u64>,
    steps: usize,
    faults: bool,
    nodes: usize,
    bug: Option<Bug>,
    aof: Option<AofMode>,
    shrink: bool,
    shrink_budget: usize,
    trace: bool,
    coverage: bool,
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("sim: {msg}");
    eprintln!(
        "usage: sim (--seed N | --seeds A..B) [--steps N] [--faults on|off] [--nodes N] \
         [--no-shrink] [--shrink-budget N] [--trace] [--coverage] [--bug NAME] [--aof MODE]"
    );
    ExitCode::from(2)
}

fn parse() -> Result<Args, String> {
    let mut a = Args {
        seeds: 0..1,
        steps: 2000,
        faults: true,
        nodes: 1,
        bug: None,
        aof: None,
        shrink: true,
        shrink_budget: 2000,
        trace: false,
        coverage: false,
    };
    let mut it = std::env::args().skip(1).peekable();
    let num = |v: Option<String>, name: &str| -> Result<u64, String> {
        v.as_deref()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("{name} needs a number"))
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seed" => {
                let s = num(it.next(), "--seed")?;
                a.seeds = s..s + 1;
            }
            "--seeds" => {
                let v = it.next().ok_or("--seeds needs A..B")?;
                let (lo, hi) = v.split_once("..").ok_or("--seeds needs A..B")?;
                let lo: u64 = lo.parse().map_err(|_| "--seeds needs A..B")?;
                let hi: u64 = hi.parse().map_err(|_| "--seeds needs A..B")?;
                a.seeds = lo..hi;
            }
            "--steps" => a.steps = num(it.next(), "--steps")? as usize,
            "--nodes" => {
                a.nodes = num(it.next(), "--nodes")? as usize;
                if !(1..=3).contains(&a.nodes) {
                    return Err("--nodes takes 1, 2 or 3".into());
                }
            }
            "--faults" => match it.peek().map(String::as_str) {
                Some("on") => {
                    it.next();
                    a.faults = true;
                }
                Some("off") => {
                    it.next();
                    a.faults = false;
                }
                _ => a.faults = true,
            },
            "--faults=on" => a.faults = true,
            "--faults=off" | "--no-faults" => a.faults = false,
            "--no-shrink" => a.shrink = false,
            "--shrink-budget" => a.shrink_budget = num(it.next(), "--shrink-budget")? as usize,
            "--trace" => a.trace = true,
            "--coverage" => a.coverage = true,
            "--bug" => {
                let name = it.next().ok_or("--bug needs a name")?;
                let bug = Bug::ALL
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, b)| *b)
                    .ok_or_else(|| format!("unknown bug {name}"))?;
                a.bug = Some(bug);
            }
            "--aof" => {
                let name = it.next().ok_or("--aof needs off, always or everysec")?;
                a.aof = Some(AofMode::parse(&name).ok_or("--aof needs off, always or everysec")?);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => return usage(&e),
    };
    sim::quiet_panics();
    let started = Instant::now();
    let (mut passed, mut failed) = (0u64, 0u64);
    let mut coverage = std::collections::BTreeMap::new();
    for seed in args.seeds.clone() {
        let opts = Options {
            seed,
            steps: args.steps,
            faults: args.faults,
            nodes: args.nodes,
            bug: args.bug,
            aof: args.aof,
        };
        let outcome = sim::run(&opts);
        println!("{}", outcome.line());
        for (k, v) in &outcome.coverage {
            *coverage.entry(*k).or_insert(0u64) += v;
        }
        if args.trace {
            for (i, ev) in outcome.script.iter().enumerate() {
                println!("  {i:>6} {ev}");
            }
        }
        if outcome.failure.is_none() {
            passed += 1;
            continue;
        }
        failed += 1;
        for (client, lines) in &outcome.histories {
            if lines.is_empty() {
                continue;
            }
            println!("  client {client}, last requests [invoked -> completed, ms]:");
            for l in lines {
                println!("    {l}");
            }
        }
        println!("  replay: {}", opts.replay_command());
        if args.shrink {
            let shrunk = sim::shrink(&opts, &outcome, args.shrink_budget);
            let again = sim::replay(&opts, &shrunk);
            println!(
                "  shrunk to {} of {} events (still fails: {}):",
                shrunk.len(),
                outcome.script.len(),
                again
                    .failure
                    .as_ref()
                    .map_or("no".to_string(), |f| format!("{}: {}", f.kind, f.message))
            );
            for (i, ev) in shrunk.iter().enumerate().take(200) {
                println!("    {i:>5} {ev}");
            }
            if shrunk.len() > 200 {
                println!("    ... {} more", shrunk.len() - 200);
            }
        }
    }
    if args.coverage {
        for (k, v) in &coverage {
            println!("  {k}: {v}");
        }
    }
    println!("{passed} passed, {failed} failed");
    let secs = started.elapsed().as_secs_f64();
    let n = passed + failed;
    eprintln!(
        "{n} seeds in {secs:.1} s ({:.0} seeds per minute)",
        n as f64 * 60.0 / secs.max(1e-9)
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
