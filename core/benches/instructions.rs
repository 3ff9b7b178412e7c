//! A workload run a given number of times, for counting instructions under callgrind
//! (`bench/instructions` drives it; timings on a shared machine are noisy, instruction
//! counts are not). No harness: `instructions WORKLOAD BATCHES` prepares the
//! workload's keyspace, then feeds BATCHES pipelined reads of `workloads::BATCH`
//! commands each, exactly as the `pipeline` benchmark does. `instructions --list`
//! prints the workload names. Run with no workload (as `cargo bench` does) it runs
//! every workload for a few batches, as a smoke test.

mod workloads;

use std::hint::black_box;
use std::process::ExitCode;

use workloads::{BATCH, Prepared, roundtrip};

/// Runs `w` for `batches` pipelined reads; false when the workload is unsupported.
fn run(w: &workloads::Workload, batches: u64) -> bool {
    let Some(Prepared {
        mut server,
        id,
        batch,
    }) = w.prepare()
    else {
        return false;
    };
    for _ in 0..batches {
        roundtrip(&mut server, id, black_box(&batch));
    }
    black_box(&server);
    true
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--") || a == "--list")
        .collect();
    let all = workloads::workloads();
    match args.as_slice() {
        [flag] if flag == "--list" => {
            for w in &all {
                println!("{}", w.name);
            }
            ExitCode::SUCCESS
        }
        [] => {
            for w in &all {
                let ok = run(w, 10);
                println!("{}: {}", w.name, if ok { "ok" } else { "unsupported" });
            }
            ExitCode::SUCCESS
        }
        [name, batches] => {
            let Ok(batches) = batches.parse::<u64>() else {
                eprintln!("BATCHES must be a number, got {batches}");
                return ExitCode::from(2);
            };
            let Some(w) = all.iter().find(|w| w.name == name.as_str()) else {
                eprintln!("unknown workload {name}; try --list");
                return ExitCode::from(2);
            };
            if run(w, batches) {
                println!("{name}: {batches} batches of {BATCH}");
                ExitCode::SUCCESS
            } else {
                eprintln!("{name}: not supported (error reply)");
                ExitCode::FAILURE
            }
        }
        _ => {
            eprintln!("usage: instructions [--list | WORKLOAD BATCHES]");
            ExitCode::from(2)
        }
    }
}
