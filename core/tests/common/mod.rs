//! What the core's integration tests share: seeded quickcheck runs that print a
//! replayable seed (`QC_SEED` replays a run, `QUICKCHECK_TESTS` scales it), the
//! fixtures' JSON shapes ([`json`]), and servers to drive ([`redis`]).

#![allow(dead_code)]

pub mod json;
pub mod redis;

use quickcheck::{Gen, QuickCheck, Testable};

/// The seed of a run: `QC_SEED`, or a fresh one.
pub fn seed() -> u64 {
    std::env::var("QC_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            use std::hash::{BuildHasher, Hasher};
            std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish()
        })
}

/// Runs `prop` for `QUICKCHECK_TESTS` cases (`default_tests` when unset) with inputs of
/// size `size`, from a seed printed on failure.
pub fn check<A: Testable>(name: &str, size: usize, default_tests: u64, prop: A) {
    let seed = seed();
    let tests = std::env::var("QUICKCHECK_TESTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default_tests);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        QuickCheck::new()
            .rng(Gen::from_size_and_seed(size, seed))
            .tests(tests)
            .max_tests(tests * 4)
            .quickcheck(prop)
    }));
    if let Err(e) = result {
        eprintln!("property {name} failed; replay with QC_SEED={seed}");
        std::panic::resume_unwind(e);
    }
}
