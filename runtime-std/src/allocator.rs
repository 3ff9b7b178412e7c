//! The process's global allocator, chosen by cargo feature for all three server
//! binaries (they all link this crate): the system allocator by default, mimalloc with
//! `--features mimalloc`, jemalloc with `--features jemalloc` (which wins if both are
//! on). BENCHMARKS.md has the measurements behind the default.

#[cfg(all(feature = "mimalloc", not(feature = "jemalloc")))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "jemalloc")]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
