//! The process's global allocator, chosen by cargo feature for all three server
//! binaries (they all link this crate): the system allocator by default, mimalloc with
//! `--features mimalloc`, jemalloc with `--features jemalloc` (which wins if both are
//! on). BENCHMARKS.md has the measurements behind the default.
//!
//! Whichever is chosen is wrapped in [`Counting`], which keeps the bytes currently
//! allocated (as requested, not rounded to size classes) in one relaxed atomic: the
//! `used_memory` the runtimes report to the core ([`allocated`]) for INFO and
//! `maxmemory`.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes currently allocated through the global allocator.
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

/// Bytes currently allocated through the global allocator.
pub fn allocated() -> u64 {
    ALLOCATED.load(Ordering::Relaxed) as u64
}

/// A global allocator that counts the bytes allocated through `A`.
pub struct Counting<A>(pub A);

// SAFETY: every call is forwarded unchanged to `A`, which upholds GlobalAlloc's
// contract; the counter is only bookkeeping and never affects what is returned.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { self.0.alloc(layout) };
        if !p.is_null() {
            ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if !p.is_null() {
            ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { self.0.dealloc(ptr, layout) };
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                ALLOCATED.fetch_add(new_size - layout.size(), Ordering::Relaxed);
            } else {
                ALLOCATED.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[cfg(not(any(feature = "mimalloc", feature = "jemalloc")))]
#[global_allocator]
static GLOBAL: Counting<std::alloc::System> = Counting(std::alloc::System);

#[cfg(all(feature = "mimalloc", not(feature = "jemalloc")))]
#[global_allocator]
static GLOBAL: Counting<mimalloc::MiMalloc> = Counting(mimalloc::MiMalloc);

#[cfg(feature = "jemalloc")]
#[global_allocator]
static GLOBAL: Counting<tikv_jemallocator::Jemalloc> = Counting(tikv_jemallocator::Jemalloc);

#[cfg(test)]
mod tests {
    #[test]
    fn counts_what_is_held() {
        let before = super::allocated();
        let v: Vec<u8> = Vec::with_capacity(1 << 20);
        let during = super::allocated();
        drop(v);
        // Other test threads allocate too: allow them some slack.
        assert!(
            during >= before + (1 << 20) - (1 << 16),
            "{before} {during}"
        );
        assert!(super::allocated() < during);
    }
}
