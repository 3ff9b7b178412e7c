//! The keyspace table alone at a realistic size: lookups and stores of random keys in a
//! database of a million keys (named as `redis-benchmark -r 1000000` names them), where
//! each probe misses the CPU caches, and the inserts that grow a table from empty to a
//! million keys (segment splits included). Run with `cargo bench -p cinnabar-core
//! --bench keyspace`; throughput is per key.

use cinnabar_core::keyspace::{Db, KeyHasher};
use cinnabar_core::types::{StrValue, Value};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Keys in the big database.
const KEYS: u64 = 1_000_000;
/// Keys touched per measured iteration.
const BATCH: usize = 1024;

/// `redis-benchmark`'s key name for random number `n`.
fn key(n: u64) -> Vec<u8> {
    format!("key:{n:012}").into_bytes()
}

/// A small deterministic generator (xorshift*), so runs touch the same keys.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

fn value() -> Value {
    Value::Str(StrValue::new(b"xxx"))
}

fn full_db() -> Db {
    let mut db = Db::new(KeyHasher::new(1, 2));
    for n in 0..KEYS {
        db.set(&key(n), value());
    }
    db
}

/// Batches of random key names, cycled through so the probes stay cold.
fn random_batches(count: usize) -> Vec<Vec<Vec<u8>>> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..count)
        .map(|_| (0..BATCH).map(|_| key(rng.below(KEYS))).collect())
        .collect()
}

/// One lookup or store of `key`.
type Op = fn(&mut Db, &[u8]);

/// The time to insert a million new keys into an empty table (sized up front for
/// them with `reserve`, as loading a snapshot does).
fn time_inserts(iters: u64, reserve: bool) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let mut db = Db::new(KeyHasher::new(3, 4));
        if reserve {
            db.reserve_for_load(KEYS as usize, 0);
        }
        let names: Vec<Vec<u8>> = (0..KEYS).map(key).collect();
        let start = Instant::now();
        for k in &names {
            db.set(k, value());
        }
        total += start.elapsed();
    }
    total
}

fn bench_keyspace(c: &mut Criterion) {
    let mut group = c.benchmark_group("keyspace_1m");
    group.throughput(Throughput::Elements(BATCH as u64));
    let mut db = full_db();
    let batches = random_batches(256);
    let mut next = 0;
    let get: Op = |db, k| {
        black_box(db.get(k, 0).is_some());
    };
    let set: Op = |db, k| db.set(k, value());
    for (name, op) in [("get", get), ("set_existing", set)] {
        // Key by key, then the way a pipeline of 16 runs them: warmed together first.
        for prefetch in [false, true] {
            let label = if prefetch {
                format!("{name}_prefetched_16")
            } else {
                name.to_string()
            };
            group.bench_function(label, |b| {
                b.iter(|| {
                    let batch = &batches[next % batches.len()];
                    next += 1;
                    for chunk in batch.chunks(16) {
                        if prefetch {
                            db.prefetch(chunk.iter().map(Vec::as_slice));
                        }
                        for k in chunk {
                            op(&mut db, k);
                        }
                    }
                })
            });
        }
    }
    group.throughput(Throughput::Elements(KEYS));
    group.sample_size(10);
    group.bench_function("insert_to_1m", |b| {
        b.iter_custom(|iters| time_inserts(iters, false))
    });
    group.bench_function("insert_to_1m_reserved", |b| {
        b.iter_custom(|iters| time_inserts(iters, true))
    });
    group.finish();
}

criterion_group!(benches, bench_keyspace);
criterion_main!(benches);
