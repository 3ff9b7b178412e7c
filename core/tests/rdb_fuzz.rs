//! The RDB loader fed damaged versions of every fixture in `shared/fixtures/rdb`: bit
//! flips, truncation at many offsets, length fields and blob headers overwritten with
//! huge values, and DUMP-style bodies of random bytes. It must never panic, and never
//! allocate what the file merely claims: a counting allocator checks that no single
//! allocation during a load exceeds what the input's bytes could legitimately expand
//! to (LZF's 264-fold bound, plus slack for tables).
//!
//! Seeded: set `QC_SEED` to replay a run (the seed is printed on failure) and
//! `QUICKCHECK_TESTS` to run more cases. The default sizes keep it to a few seconds in
//! a debug build.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use cinnabar_core::Config;
use cinnabar_core::keyspace::{Db, KeyHasher};
use cinnabar_core::rdb::load::{LoadOptions, load, read_object};
use quickcheck::{Arbitrary, Gen, TestResult};

/// The system allocator, recording the largest single request.
struct Counting;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to `System` unchanged; only records sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LARGEST.fetch_max(new_size, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The fixtures' bytes (empty when the folder is absent).
fn fixtures() -> &'static [(String, Vec<u8>)] {
    static F: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    F.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/rdb");
        let Ok(rd) = std::fs::read_dir(&dir) else {
            eprintln!("note: {} not found; RDB fuzz test skipped", dir.display());
            return Vec::new();
        };
        let mut v: Vec<(String, Vec<u8>)> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "rdb"))
            .filter_map(|p| {
                let name = p.file_name()?.to_string_lossy().into_owned();
                Some((name, std::fs::read(&p).ok()?))
            })
            .collect();
        v.sort();
        v
    })
}

/// Most a load of `input_len` bytes may ask for in one allocation.
fn allowed(input_len: usize) -> usize {
    input_len * 300 + (1 << 20)
}

/// Loads `bytes` (never panicking is checked by the caller's harness); returns the
/// largest single allocation the load made.
fn load_once(bytes: &[u8], keep_expired: bool, now_ms: i64) -> usize {
    let config = config();
    let hasher = KeyHasher::new(3, 5);
    let mut dbs: Vec<Db> = (0..16).map(|_| Db::new(hasher)).collect();
    let opts = LoadOptions {
        config,
        hasher,
        now_ms,
        keep_expired,
    };
    LARGEST.store(0, Ordering::Relaxed);
    let _ = load(bytes, &mut dbs, &opts);
    let largest = LARGEST.load(Ordering::Relaxed);
    drop(dbs);
    largest
}

fn config() -> &'static Config {
    static C: OnceLock<Config> = OnceLock::new();
    C.get_or_init(Config::default)
}

/// One way of damaging a file.
#[derive(Clone, Debug)]
enum Mutation {
    /// XOR a byte (at a fraction of the file, in 1/65536ths) with a mask.
    Flip(u16, u8),
    /// Overwrite with a length that claims far more than any file holds.
    HugeLength(u16, u8),
    /// Overwrite 4 bytes (a blob's size or count field) with a large little-endian value.
    HugeWord(u16, u32),
    /// Cut the file there.
    Truncate(u16),
}

impl Arbitrary for Mutation {
    fn arbitrary(g: &mut Gen) -> Self {
        let at = u16::arbitrary(g);
        match u8::arbitrary(g) % 8 {
            0..=3 => Mutation::Flip(at, 1 << (u8::arbitrary(g) % 8)),
            4 | 5 => Mutation::HugeLength(at, u8::arbitrary(g)),
            6 => Mutation::HugeWord(
                at,
                *g.choose(&[u32::MAX, 0x7fff_ffff, 0x0100_0000, 65535])
                    .unwrap_or(&u32::MAX),
            ),
            _ => Mutation::Truncate(at),
        }
    }
}

/// The length encodings that claim the most: 32-bit and 64-bit lengths, an LZF
/// string whose sizes are huge, a 14-bit length.
fn huge_length(kind: u8) -> &'static [u8] {
    match kind % 4 {
        0 => &[0x80, 0xff, 0xff, 0xff, 0xff],
        1 => &[0x81, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
        2 => &[0xC3, 0x05, 0x80, 0xff, 0xff, 0xff, 0xf0],
        _ => &[0x7f, 0xff],
    }
}

fn apply(file: &[u8], muts: &[Mutation]) -> Vec<u8> {
    let mut b = file.to_vec();
    for m in muts {
        if b.is_empty() {
            break;
        }
        let pos = |at: u16, len: usize| (usize::from(at) * len) >> 16;
        match *m {
            Mutation::Flip(at, mask) => {
                let p = pos(at, b.len());
                b[p] ^= mask;
            }
            Mutation::HugeLength(at, kind) => {
                let p = pos(at, b.len());
                for (i, &x) in huge_length(kind).iter().enumerate() {
                    if let Some(slot) = b.get_mut(p + i) {
                        *slot = x;
                    }
                }
            }
            Mutation::HugeWord(at, w) => {
                let p = pos(at, b.len());
                for (i, x) in w.to_le_bytes().into_iter().enumerate() {
                    if let Some(slot) = b.get_mut(p + i) {
                        *slot = x;
                    }
                }
            }
            Mutation::Truncate(at) => {
                let p = pos(at, b.len());
                b.truncate(p);
            }
        }
    }
    b
}

fn prop_mutated_fixture(which: u16, muts: Vec<Mutation>, keep_expired: bool) -> TestResult {
    let files = fixtures();
    if files.is_empty() || muts.is_empty() {
        return TestResult::discard();
    }
    let (name, file) = &files[usize::from(which) % files.len()];
    let muts: Vec<Mutation> = muts.into_iter().take(6).collect();
    let bytes = apply(file, &muts);
    let largest = load_once(&bytes, keep_expired, 1_700_000_000_000);
    if largest > allowed(bytes.len()) {
        return TestResult::error(format!(
            "{name} with {muts:?}: one allocation of {largest} bytes for a {}-byte input",
            bytes.len()
        ));
    }
    TestResult::passed()
}

fn prop_random_object(type_byte: u8, body: Vec<u8>) -> bool {
    let t = type_byte % 26;
    let hasher = KeyHasher::new(3, 5);
    let opts = LoadOptions {
        config: config(),
        hasher,
        now_ms: 0,
        keep_expired: true,
    };
    LARGEST.store(0, Ordering::Relaxed);
    let _ = read_object(t, &body, &opts);
    LARGEST.load(Ordering::Relaxed) <= allowed(body.len())
}

#[test]
fn damaged_files_never_panic_nor_over_allocate() {
    let files = fixtures();
    if files.is_empty() {
        return;
    }
    // Every fixture cut at ~24 evenly spaced offsets and in each of its last 12 bytes
    // (the trailer, EOF and the last value's end).
    for (name, file) in files {
        let n = file.len();
        let step = (n / 24).max(1);
        let cuts = (0..n).step_by(step).chain(n.saturating_sub(12)..n);
        for cut in cuts {
            let largest = load_once(&file[..cut], false, 1_700_000_000_000);
            assert!(
                largest <= allowed(cut),
                "{name} cut at {cut}: one allocation of {largest} bytes"
            );
        }
    }
    common::check(
        "mutated fixtures",
        64,
        600,
        prop_mutated_fixture as fn(u16, Vec<Mutation>, bool) -> TestResult,
    );
    common::check(
        "random object bodies",
        64,
        2000,
        prop_random_object as fn(u8, Vec<u8>) -> bool,
    );
}
