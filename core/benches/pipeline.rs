//! The core alone, no sockets: parse + execute + encode for pipelined batches of common
//! commands, reported per command (criterion's throughput is set to the batch size, so
//! "elem/s" is commands per second). Run with `cargo bench -p cinnabar-core --bench
//! pipeline`. The workloads are in `workloads/mod.rs`, shared with `instructions`.

mod workloads;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use workloads::{BATCH, Prepared, roundtrip};

fn bench_pipelines(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline16");
    group.throughput(Throughput::Elements(BATCH as u64));
    for w in workloads::workloads() {
        let Some(Prepared {
            mut server,
            id,
            batch,
        }) = w.prepare()
        else {
            eprintln!("skipping {}: not supported yet", w.name);
            continue;
        };
        group.bench_function(w.name, |b| b.iter(|| roundtrip(&mut server, id, &batch)));
    }
    group.finish();
}

criterion_group!(benches, bench_pipelines);
criterion_main!(benches);
