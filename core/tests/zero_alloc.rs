//! GET, SET and INCR of an existing key allocate nothing in the steady state: the
//! request is parsed in place, the reply is encoded into the connection's reused
//! buffer, and the value is overwritten in its own storage. Counted with a global
//! allocator, so this asserts a count, never a time.

use cinnabar_core::resp::encode_request as cmd;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use cinnabar_core::{Config, Instant, Now, Server};

struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static COUNTING: AtomicBool = AtomicBool::new(false);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `rounds` runs of `batch` after a warm-up.
fn allocations(server: &mut Server, batch: &[u8], rounds: usize) -> u64 {
    let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
    let id = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
    let run = |server: &mut Server| {
        server.handle_read(now, id, batch);
        while server.poll_output().is_some() {}
        let n = server.pending_output(id).len();
        assert!(n > 0);
        assert_ne!(server.pending_output(id)[0], b'-', "error reply");
        server.consume_output(id, n);
    };
    for _ in 0..50 {
        run(server);
    }
    ALLOCATIONS.store(0, Ordering::SeqCst);
    COUNTING.store(true, Ordering::SeqCst);
    for _ in 0..rounds {
        run(server);
    }
    COUNTING.store(false, Ordering::SeqCst);
    ALLOCATIONS.load(Ordering::SeqCst)
}

#[test]
fn get_set_incr_do_not_allocate() {
    let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
    let mut server = Server::new(Config::default(), now);
    let value = [b'v'; 32];
    let mut batch = Vec::new();
    for _ in 0..16 {
        batch.extend(cmd(&[b"SET", b"key:000001", &value]));
        batch.extend(cmd(&[b"GET", b"key:000001"]));
        batch.extend(cmd(&[b"INCR", b"counter"]));
    }
    let n = allocations(&mut server, &batch, 200);
    assert_eq!(
        n, 0,
        "{n} allocations in 200 pipelined batches of SET/GET/INCR"
    );
}
