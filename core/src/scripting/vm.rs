//! The per-call path of a script on Lua's C API, and the instruction-count hook.
//!
//! Why raw `ffi` here: through mlua's safe API a call of `return 1` cost about 8,000
//! instructions, most of them mlua's own (every table, string and function it hands
//! out is a registry reference guarded by a protected call). This module does what
//! Redis's `luaCallFunction` does, with the C API: the function is pushed from a
//! registry slot, KEYS and ARGV are built on the stack, and the scalar results are read
//! off the stack. Everything unsafe about scripts lives here, in `dispatch.rs` and in
//! `trampoline.rs`.
//!
//! A script runs in a Lua coroutine (the *run thread*, reused while runs end
//! normally), not in a protected call: so the count hook can suspend it with
//! `lua_yield` (Lua 5.1 allows that from a count hook when no C call lies between
//! the hook and `lua_resume`), which is how a script past `busy-reply-threshold`
//! lets the node answer other clients. An error leaves the coroutine dead but with
//! its call frames in place, where [`error_location`] finds the script's line as
//! Redis's error handler does at the time of the error.
//!
//! `pcall` and `xpcall` run a Lua function in a coroutine of their own (see the
//! prelude), so a script looping inside them can be suspended too: the hook yields
//! such a coroutine when every thread up to the run thread can yield
//! ([`chain_can_yield`]), and each pcall passes the yield outwards. After SCRIPT KILL
//! the hook raises the kill error at every new line, as Redis's does.
//!
//! Unprotected C API calls here (pushes, table creation) can only fail when memory
//! runs out, which aborts the process as any Rust allocation failure does.

use std::cell::Cell;
use std::os::raw::c_int;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use mlua::{Function, Lua, Value, ffi};

use crate::durations::Clock;
use crate::time::Instant;

/// How often (in VM instructions) the hook runs.
pub const HOOK_EVERY: c_int = 10_000;

/// The error a script stopped by the instruction limit raises.
pub const KILLED: &str = "Script killed: it ran longer than the instruction limit allows";

/// The error a script stopped by SCRIPT KILL / FUNCTION KILL raises (Redis's text).
pub const KILLED_BY_USER: &str = "ERR Script killed by user with SCRIPT KILL...";

/// A Lua value kept alive in the registry under an integer reference, so that a run
/// pushes it with one `lua_rawgeti`. Freed when dropped (if the interpreter lives).
pub struct Slot {
    id: c_int,
    lua: mlua::WeakLua,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Slot({})", self.id)
    }
}

impl Slot {
    /// A registry slot holding `func`.
    pub fn new(lua: &Lua, func: &Function) -> mlua::Result<Slot> {
        let id = Cell::new(ffi::LUA_NOREF);
        // SAFETY: exec_raw runs the closure in protected mode with `func` pushed;
        // luaL_ref pops it into the registry.
        unsafe {
            lua.exec_raw::<()>(func, |state| {
                id.set(ffi::luaL_ref(state, ffi::LUA_REGISTRYINDEX));
            })?;
        }
        Ok(Slot {
            id: id.get(),
            lua: lua.weak(),
        })
    }

    /// The registry reference.
    pub fn id(&self) -> c_int {
        self.id
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(lua) = self.lua.try_upgrade() {
            let id = self.id;
            // SAFETY: frees the reference this slot took; nothing else uses it.
            unsafe {
                let _ = lua.exec_raw::<()>((), |state| {
                    ffi::luaL_unref(state, ffi::LUA_REGISTRYINDEX, id);
                });
            }
        }
    }
}

/// What the count hook checks (owned by the engine; its address is kept in the
/// registry for the hook, which has no other way to reach Rust state).
#[derive(Debug)]
pub struct Watch {
    /// VM instructions the running script has executed (counted every [`HOOK_EVERY`]).
    pub instructions: Cell<u64>,
    /// How many instructions a script may run before it is stopped.
    pub limit: Cell<u64>,
    /// The running script passed the instruction limit: its errors can no longer be
    /// caught. Shared with the prelude's `pcall`. (After SCRIPT KILL a pcall does
    /// catch the error, as in Redis; the hook raises it again at the next line.)
    pub killed: Arc<AtomicBool>,
    /// SCRIPT KILL / FUNCTION KILL asked to stop the script.
    pub kill_requested: Cell<bool>,
    /// The run thread of the current run: only it may be suspended.
    pub run_thread: Cell<usize>,
    /// Suspend the script at the next hook where it can yield.
    pub yield_requested: Cell<bool>,
    /// `busy-reply-threshold` in milliseconds for this run (0: never suspend).
    pub threshold_ms: Cell<u64>,
    /// The script is suspended at the first hook at or after this instant of
    /// [`clock`](Self::clock); `None` until the first hook of a run, which sets it
    /// to the threshold from then (so a short script never reads the clock).
    pub deadline: Cell<Option<Instant>>,
    /// The node's clock, read by the hook (set for each start and resume, to the
    /// clock of the node that outlives it; null: never suspend).
    pub clock: Cell<*const Clock>,
    /// What the clock reads when the runtime gave none (the input's time).
    pub fallback: Cell<Instant>,
    /// The script ran a write command (SCRIPT KILL then refuses: `-UNKILLABLE`).
    pub wrote: Cell<bool>,
    /// The hook suspended the run thread (a yield from anything else is refused).
    pub hook_yielded: Cell<bool>,
    /// Registry reference of the prelude's internal table, whose `parents` table
    /// (pcall coroutine → the thread that called pcall) the hook walks to see
    /// whether a pcall coroutine may be suspended. (Not a registry reference of its
    /// own: one more integer key moved the registry's layout and made every run's
    /// `lua_rawgeti` slower.)
    pub hidden_ref: Cell<c_int>,
    /// SCRIPT KILL switched the run's threads to a hook at every line; when the run
    /// ends, the run thread gets the count hook again.
    pub line_hooks: Cell<bool>,
    /// An xpcall handler runs ([`quiet_pcall`]): the kill error is not raised in it.
    pub quiet: Cell<bool>,
}

impl Watch {
    /// A watch with `limit` instructions per run.
    pub fn new(limit: u64, killed: Arc<AtomicBool>) -> Watch {
        Watch {
            instructions: Cell::new(0),
            limit: Cell::new(limit),
            killed,
            kill_requested: Cell::new(false),
            run_thread: Cell::new(0),
            yield_requested: Cell::new(false),
            threshold_ms: Cell::new(0),
            deadline: Cell::new(None),
            clock: Cell::new(std::ptr::null()),
            fallback: Cell::new(Instant::default()),
            wrote: Cell::new(false),
            hook_yielded: Cell::new(false),
            hidden_ref: Cell::new(ffi::LUA_NOREF),
            line_hooks: Cell::new(false),
            quiet: Cell::new(false),
        }
    }

    /// Resets the counters for a new run.
    pub fn start(&self) {
        self.instructions.set(0);
        self.killed.store(false, Ordering::Relaxed);
        self.kill_requested.set(false);
        self.yield_requested.set(false);
        self.deadline.set(None);
        self.wrote.set(false);
    }

    /// Whether the hook should suspend the script now; sets the deadline at the first
    /// call of a run.
    fn time_is_up(&self) -> bool {
        let threshold = self.threshold_ms.get();
        // SAFETY: set for the length of a start or resume to a clock that outlives it.
        let Some(clock) = (unsafe { self.clock.get().as_ref() }) else {
            return false;
        };
        if threshold == 0 {
            return false;
        }
        let now = clock.read(self.fallback.get());
        match self.deadline.get() {
            None => {
                self.deadline.set(Some(now.add_millis(threshold)));
                false
            }
            Some(at) => now >= at,
        }
    }
}

/// Registry key of the [`Watch`] pointer (the address of this static).
static WATCH_KEY: u8 = 0;

/// The first fields of Lua 5.1.5's `struct lua_State` (lstate.h), up to the C-call
/// counters: Lua has no API to ask whether `lua_yield` would be refused ("attempt to
/// yield across metamethod/C-call boundary"), and the hook must never raise that into
/// a script. The vendored Lua is pinned by `lua-src` 551.0.2 (Lua 5.1.5).
#[repr(C)]
struct StateHead {
    next: *mut std::ffi::c_void,
    tt: u8,
    marked: u8,
    status: u8,
    top: *mut std::ffi::c_void,
    base: *mut std::ffi::c_void,
    l_g: *mut std::ffi::c_void,
    ci: *mut std::ffi::c_void,
    savedpc: *const u32,
    stack_last: *mut std::ffi::c_void,
    stack: *mut std::ffi::c_void,
    end_ci: *mut std::ffi::c_void,
    base_ci: *mut std::ffi::c_void,
    stacksize: c_int,
    size_ci: c_int,
    n_ccalls: u16,
    base_ccalls: u16,
}

/// Whether `lua_yield` may be called on `state` now (no C call since `lua_resume`).
unsafe fn can_yield(state: *mut ffi::lua_State) -> bool {
    // SAFETY: `state` is a live lua_State of the vendored Lua 5.1.5, whose layout
    // starts with StateHead's fields.
    unsafe {
        let head = &*(state as *const StateHead);
        head.n_ccalls == head.base_ccalls
    }
}

/// The count hook: counts instructions, stops a script past the limit or killed,
/// and suspends the run thread when asked to.
unsafe extern "C-unwind" fn hook(state: *mut ffi::lua_State, ar: *mut ffi::lua_Debug) {
    // SAFETY: Lua calls the hook with a valid state and at least LUA_MINSTACK free
    // slots. The Watch pointer was stored by `install_hook` and the Watch outlives the
    // interpreter (the engine drops the Lua state first). lua_error and lua_yield
    // leave this frame; no value with a destructor lives in it.
    unsafe {
        let Some(watch) = watch_of(state) else {
            return;
        };
        let line_event = (*ar).event == ffi::LUA_HOOKLINE;
        if line_event && !watch.kill_requested.get() {
            // A thread SCRIPT KILL gave the line hook in an earlier run (a coroutine
            // a library kept): back to the count hook.
            ffi::lua_sethook(state, Some(hook), ffi::LUA_MASKCOUNT, HOOK_EVERY);
            return;
        }
        let n = watch.instructions.get() + if line_event { 0 } else { HOOK_EVERY as u64 };
        watch.instructions.set(n);
        if watch.kill_requested.get() {
            // Not in the prelude's own code (pcall's wrapper: Redis's pcall is a C
            // function, where no hook runs) nor in an xpcall handler (Redis runs it
            // from inside the hook that raised the error, with hooks off).
            if watch.quiet.get() || in_prelude(state, ar) {
                return;
            }
            // As Redis's hook does after SCRIPT KILL: from now on the hook runs at
            // every new line (and loop jump) and raises the error again, so a pcall
            // that caught it cannot keep the script going past its next line. The
            // pcall coroutines between this thread and the one the script sees as
            // running get the line hook too; coroutines made from now on inherit it.
            watch.line_hooks.set(true);
            line_hooks(state, watch);
            ffi::lua_createtable(state, 0, 1);
            ffi::lua_pushlstring(state, KILLED_BY_USER.as_ptr().cast(), KILLED_BY_USER.len());
            ffi::lua_setfield(state, -2, c"err".as_ptr());
            ffi::lua_error(state);
        }
        if n > watch.limit.get() {
            watch.killed.store(true, Ordering::Relaxed);
            ffi::lua_pushlstring(state, KILLED.as_ptr().cast(), KILLED.len());
            ffi::lua_error(state);
        }
        if !watch.yield_requested.get() {
            if !watch.time_is_up() {
                return;
            }
            watch.yield_requested.set(true);
        }
        if can_yield(state) && chain_can_yield(state, watch) {
            watch.yield_requested.set(false);
            watch.hook_yielded.set(true);
            ffi::lua_yield(state, 0);
        }
    }
}

/// Whether the function the hook interrupted is the prelude's (chunk `=redis_internal`).
///
/// # Safety
///
/// `ar` is the hook's activation record for `state`.
unsafe fn in_prelude(state: *mut ffi::lua_State, ar: *mut ffi::lua_Debug) -> bool {
    // SAFETY: lua_getinfo with the hook's record fills `source`, a string of the
    // running function's prototype.
    unsafe {
        ffi::lua_getinfo(state, c"S".as_ptr(), ar) != 0 && cstr((*ar).source) == b"=redis_internal"
    }
}

/// The watch stored in the registry, if any.
///
/// # Safety
///
/// `state` is a live thread of the engine's interpreter with a free stack slot.
unsafe fn watch_of<'a>(state: *mut ffi::lua_State) -> Option<&'a Watch> {
    // SAFETY: the pointer under WATCH_KEY is the engine's boxed Watch, which outlives
    // the interpreter.
    unsafe {
        ffi::lua_pushlightuserdata(state, std::ptr::addr_of!(WATCH_KEY) as *mut _);
        ffi::lua_rawget(state, ffi::LUA_REGISTRYINDEX);
        let watch = ffi::lua_touserdata(state, -1) as *const Watch;
        ffi::lua_settop(state, -2);
        watch.as_ref()
    }
}

/// `quiet_pcall(h, e)` for the prelude's xpcall: calls the handler `h` with the
/// error `e` in protected mode, with the kill error held back (see the hook);
/// returns `true, result` or `false, error`.
///
/// # Safety
///
/// Called by Lua as a C function.
pub unsafe extern "C-unwind" fn quiet_pcall(state: *mut ffi::lua_State) -> c_int {
    // SAFETY: Lua calls this with a valid state; the stack is set to exactly the
    // handler and its argument before the protected call.
    unsafe {
        ffi::lua_settop(state, 2);
        let watch = watch_of(state);
        let was = watch.map(|w| w.quiet.replace(true));
        let status = ffi::lua_pcall(state, 1, 1, 0);
        if let (Some(w), Some(was)) = (watch, was) {
            w.quiet.set(was);
        }
        ffi::lua_pushboolean(state, c_int::from(status == 0));
        ffi::lua_insert(state, -2);
        2
    }
}

/// `lua_coroutine(f)` for the prelude's pcall and xpcall: a new coroutine running
/// `f` if it is a Lua function (as `coroutine.create` makes it), else nil. One C
/// call instead of a protected call of `coroutine.create`, which refuses C functions
/// with an error.
///
/// # Safety
///
/// Called by Lua as a C function.
pub unsafe extern "C-unwind" fn lua_coroutine(state: *mut ffi::lua_State) -> c_int {
    // SAFETY: Lua calls this with a valid state and LUA_MINSTACK free slots; the
    // new thread's stack has room for the function (luaB_cocreate does the same).
    unsafe {
        if ffi::lua_type(state, 1) != ffi::LUA_TFUNCTION || ffi::lua_iscfunction(state, 1) != 0 {
            ffi::lua_pushnil(state);
            return 1;
        }
        let co = ffi::lua_newthread(state);
        ffi::lua_pushvalue(state, 1);
        ffi::lua_xmove(state, co, 1);
        1
    }
}

/// `hook_yielded()` for the prelude: whether the last yield of the run came from
/// the hook (the prelude's resume then passes it outwards), not from the script.
///
/// # Safety
///
/// Called by Lua as a C function.
pub unsafe extern "C-unwind" fn hook_yielded(state: *mut ffi::lua_State) -> c_int {
    // SAFETY: Lua calls this with a valid state and a free stack slot.
    unsafe {
        let yielded = watch_of(state).is_some_and(|w| w.hook_yielded.get());
        ffi::lua_pushboolean(state, c_int::from(yielded));
        1
    }
}

/// Sets the line hook on `state` and, when it is a pcall coroutine, on the threads
/// up to the one the script sees as running: Redis's hook changes the hook of the
/// thread it runs on, and to a script a pcall coroutine is the thread that called
/// pcall (the prelude's `parents` and `depth` tables tell them apart).
///
/// # Safety
///
/// Called from the hook, with `state` live and LUA_MINSTACK slots free.
unsafe fn line_hooks(state: *mut ffi::lua_State, watch: &Watch) {
    // SAFETY: per the contract; lua_sethook only sets fields of a live thread (the
    // threads met are alive: values of a live table); at most five slots are used
    // and the stack is restored.
    unsafe {
        ffi::lua_sethook(state, Some(hook), ffi::LUA_MASKLINE, 0);
        let base = ffi::lua_gettop(state);
        if !push_hidden_table(state, watch, c"parents") {
            return;
        }
        if !push_hidden_table(state, watch, c"depth") {
            ffi::lua_settop(state, base);
            return;
        }
        let (parents, depth) = (base + 1, base + 2);
        ffi::lua_pushthread(state);
        for _ in 0..MAX_CHAIN {
            let t = ffi::lua_tothread(state, -1);
            if t.is_null() {
                break;
            }
            ffi::lua_sethook(t, Some(hook), ffi::LUA_MASKLINE, 0);
            ffi::lua_pushvalue(state, -1);
            ffi::lua_rawget(state, depth);
            let pcall_coroutine = ffi::lua_type(state, -1) != ffi::LUA_TNIL;
            ffi::lua_settop(state, -2);
            if !pcall_coroutine {
                break;
            }
            // Replaces the thread on top by its parent.
            ffi::lua_rawget(state, parents);
        }
        ffi::lua_settop(state, base);
    }
}

/// Pushes the table `name` of the prelude's internal table; false (and nothing
/// pushed) if there is none.
///
/// # Safety
///
/// `state` is live with two free stack slots.
unsafe fn push_hidden_table(
    state: *mut ffi::lua_State,
    watch: &Watch,
    name: &std::ffi::CStr,
) -> bool {
    let hidden = watch.hidden_ref.get();
    if hidden == ffi::LUA_NOREF {
        return false;
    }
    // SAFETY: per the contract.
    unsafe {
        ffi::lua_rawgeti_(state, ffi::LUA_REGISTRYINDEX, hidden);
        if ffi::lua_type(state, -1) != ffi::LUA_TTABLE {
            ffi::lua_settop(state, -2);
            return false;
        }
        let bytes = name.to_bytes();
        ffi::lua_pushlstring(state, bytes.as_ptr().cast(), bytes.len());
        ffi::lua_rawget(state, -2);
        ffi::lua_remove(state, -2);
        if ffi::lua_type(state, -1) != ffi::LUA_TTABLE {
            ffi::lua_settop(state, -2);
            return false;
        }
        true
    }
}

/// How many pcall coroutines deep the hook looks for the run thread (the prelude
/// refuses to nest more than 199).
const MAX_CHAIN: usize = 256;

/// Whether a yield of `state` reaches the node: `state` is the run thread, or a pcall
/// coroutine whose callers up to the run thread (the prelude's `parents` table) are
/// all stopped in the prelude's resume, with no C call in between (a yield out of a
/// script's own coroutine, or across a C function, would not reach the node).
///
/// # Safety
///
/// Called from the hook, with `state` live and LUA_MINSTACK slots free.
unsafe fn chain_can_yield(state: *mut ffi::lua_State, watch: &Watch) -> bool {
    let run = watch.run_thread.get();
    if state as usize == run {
        return true;
    }
    // SAFETY: per the contract; four slots are used and the stack is restored.
    unsafe {
        let base = ffi::lua_gettop(state);
        if !push_hidden_table(state, watch, c"parents") {
            return false;
        }
        let table = base + 1;
        ffi::lua_pushthread(state);
        let mut ok = false;
        for _ in 0..MAX_CHAIN {
            // Replaces the thread on top by its parent.
            ffi::lua_rawget(state, table);
            let parent = ffi::lua_tothread(state, -1);
            if parent.is_null() || !can_yield(parent) {
                break;
            }
            if parent as usize == run {
                ok = true;
                break;
            }
        }
        ffi::lua_settop(state, base);
        ok
    }
}

/// The interpreter's run thread and what a run pushes.
pub struct Vm {
    /// The run thread (a coroutine), or null until the first run or after an error.
    thread: *mut ffi::lua_State,
    /// Its registry reference (keeps it alive).
    thread_ref: c_int,
    /// Registry reference of the scripts' real globals (KEYS and ARGV are set there).
    globals_ref: c_int,
    /// Registry reference of the prelude's internal table (`run_thread` is set there).
    hidden_ref: c_int,
    /// Registry references of the strings "KEYS" and "ARGV" (not hashed again per run).
    keys_name_ref: c_int,
    argv_name_ref: c_int,
    /// The KEYS and ARGV tables of the last EVAL, reused while they are as that run
    /// left them (see [`reuse_array`]).
    keys_table: Reused,
    argv_table: Reused,
    /// What the hook checks; boxed so its address stays put.
    pub watch: Box<Watch>,
}

// SAFETY: the raw pointers point into the Lua state owned by the same engine, which
// mlua's `send` feature already lets move between threads; the engine is used by one
// thread at a time (it is `&mut` for every run).
unsafe impl Send for Vm {}

impl std::fmt::Debug for Vm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vm").finish_non_exhaustive()
    }
}

/// How a resume of the run thread ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The script returned: its first result is at index 1 of the run thread.
    Done,
    /// The hook suspended it; resume with [`Vm::resume`].
    Suspended,
    /// It raised an error: the value is on top of the (now dead) run thread.
    Failed,
}

impl Vm {
    /// Sets the hook on the main state (library loading) and prepares the run path.
    pub fn new(
        lua: &Lua,
        globals: &mlua::Table,
        hidden: &mlua::Table,
        watch: Watch,
    ) -> mlua::Result<Vm> {
        let hidden_ref = Cell::new(ffi::LUA_NOREF);
        // SAFETY: protected mode with `hidden` pushed; it is popped into the registry.
        unsafe {
            lua.exec_raw::<()>(hidden, |state| {
                hidden_ref.set(ffi::luaL_ref(state, ffi::LUA_REGISTRYINDEX));
            })?;
        }
        watch.hidden_ref.set(hidden_ref.get());
        let watch = Box::new(watch);
        let globals_ref = Cell::new(ffi::LUA_NOREF);
        let names = Cell::new((ffi::LUA_NOREF, ffi::LUA_NOREF));
        let watch_ptr = &*watch as *const Watch as *mut std::ffi::c_void;
        // SAFETY: protected mode with `globals` pushed; it is popped into the registry,
        // then the watch pointer is stored under WATCH_KEY and the hook set.
        unsafe {
            lua.exec_raw::<()>(globals, |state| {
                globals_ref.set(ffi::luaL_ref(state, ffi::LUA_REGISTRYINDEX));
                ffi::lua_pushlstring(state, c"KEYS".as_ptr(), 4);
                let keys = ffi::luaL_ref(state, ffi::LUA_REGISTRYINDEX);
                ffi::lua_pushlstring(state, c"ARGV".as_ptr(), 4);
                names.set((keys, ffi::luaL_ref(state, ffi::LUA_REGISTRYINDEX)));
                // A full collection starts when the heap has grown to 4 times what
                // the last one left (Lua's default is 2): scripts make a few small
                // tables per call (KEYS, ARGV, replies), and the collector's marking
                // of the whole prelude each cycle was a tenth of a 3-command script's
                // cost. The interpreter's heap is a few hundred kilobytes.
                ffi::lua_gc(state, ffi::LUA_GCSETPAUSE, 400);
                ffi::lua_pushlightuserdata(state, std::ptr::addr_of!(WATCH_KEY) as *mut _);
                ffi::lua_pushlightuserdata(state, watch_ptr);
                ffi::lua_rawset(state, ffi::LUA_REGISTRYINDEX);
                ffi::lua_sethook(state, Some(hook), ffi::LUA_MASKCOUNT, HOOK_EVERY);
            })?;
        }
        Ok(Vm {
            thread: std::ptr::null_mut(),
            thread_ref: ffi::LUA_NOREF,
            globals_ref: globals_ref.get(),
            hidden_ref: hidden_ref.get(),
            keys_name_ref: names.get().0,
            argv_name_ref: names.get().1,
            keys_table: Reused::default(),
            argv_table: Reused::default(),
            watch,
        })
    }

    /// The run thread, ready for a new run (a fresh coroutine after an error or an
    /// abandoned run).
    fn ready_thread(&mut self, lua: &Lua) -> mlua::Result<*mut ffi::lua_State> {
        let t = self.thread;
        // SAFETY: a non-null `thread` is alive (registry reference).
        if !t.is_null() && unsafe { ffi::lua_status(t) == 0 && ffi::lua_gettop(t) == 0 } {
            return Ok(t);
        }
        let old = self.thread_ref;
        let hidden_ref = self.hidden_ref;
        let new_ref = Cell::new(ffi::LUA_NOREF);
        let new_thread = Cell::new(std::ptr::null_mut());
        // SAFETY: protected mode; the new thread is anchored in the registry before
        // the old one is released.
        unsafe {
            lua.exec_raw::<()>((), |state| {
                let t = ffi::lua_newthread(state);
                // The prelude's coroutine.yield / running tell the run thread apart.
                ffi::lua_rawgeti_(state, ffi::LUA_REGISTRYINDEX, hidden_ref);
                ffi::lua_pushvalue(state, -2);
                ffi::lua_setfield(state, -2, c"run_thread".as_ptr());
                ffi::lua_settop(state, -2);
                new_ref.set(ffi::luaL_ref(state, ffi::LUA_REGISTRYINDEX));
                ffi::lua_sethook(t, Some(hook), ffi::LUA_MASKCOUNT, HOOK_EVERY);
                new_thread.set(t);
                if old != ffi::LUA_NOREF {
                    ffi::luaL_unref(state, ffi::LUA_REGISTRYINDEX, old);
                }
            })?;
        }
        self.thread = new_thread.get();
        self.thread_ref = new_ref.get();
        Ok(self.thread)
    }

    /// Starts `func` (a registry slot) on the run thread: as an EVAL script with
    /// `keys` and `args` set as the globals KEYS and ARGV, or as a FUNCTION called
    /// with the two tables.
    pub fn start(
        &mut self,
        lua: &Lua,
        func: c_int,
        keys: &[&[u8]],
        args: &[&[u8]],
        as_function: bool,
    ) -> mlua::Result<Status> {
        let co = self.ready_thread(lua)?;
        self.watch.start();
        self.watch.run_thread.set(co as usize);
        // SAFETY: `co` is a live, idle coroutine with an empty stack; every push is
        // preceded by lua_checkstack; the registry references are live.
        unsafe {
            if ffi::lua_checkstack(co, 8) == 0 {
                return Err(mlua::Error::StackError);
            }
            if as_function {
                ffi::lua_rawgeti_(co, ffi::LUA_REGISTRYINDEX, func);
                push_array(co, keys);
                push_array(co, args);
                Ok(self.resume_with(co, 2))
            } else {
                ffi::lua_rawgeti_(co, ffi::LUA_REGISTRYINDEX, self.globals_ref);
                ffi::lua_rawgeti_(co, ffi::LUA_REGISTRYINDEX, self.keys_name_ref);
                reuse_array(co, &mut self.keys_table, keys);
                ffi::lua_rawset(co, -3);
                ffi::lua_rawgeti_(co, ffi::LUA_REGISTRYINDEX, self.argv_name_ref);
                reuse_array(co, &mut self.argv_table, args);
                ffi::lua_rawset(co, -3);
                ffi::lua_settop(co, 0);
                ffi::lua_rawgeti_(co, ffi::LUA_REGISTRYINDEX, func);
                Ok(self.resume_with(co, 0))
            }
        }
    }

    /// Resumes a suspended run (an error if none is suspended).
    pub fn resume(&mut self) -> mlua::Result<Status> {
        let co = self.thread;
        // SAFETY: a non-null run thread is alive; it is resumed only when the hook
        // suspended it.
        unsafe {
            if co.is_null() || ffi::lua_status(co) != ffi::LUA_YIELD {
                return Err(mlua::Error::runtime("no suspended script to resume"));
            }
            let status = self.resume_with(co, 0);
            // Only a suspended run can be killed: when it ends, the run thread (kept
            // for the next run if it ended normally) gets the count hook back.
            if status != Status::Suspended && self.watch.line_hooks.replace(false) {
                ffi::lua_sethook(co, Some(hook), ffi::LUA_MASKCOUNT, HOOK_EVERY);
            }
            Ok(status)
        }
    }

    unsafe fn resume_with(&mut self, co: *mut ffi::lua_State, nargs: c_int) -> Status {
        self.watch.hook_yielded.set(false);
        // SAFETY: the caller pushed the function (first run) and `nargs` arguments.
        match unsafe { ffi::lua_resume_(co, nargs) } {
            0 => Status::Done,
            ffi::LUA_YIELD if self.watch.hook_yielded.get() => Status::Suspended,
            ffi::LUA_YIELD => {
                // Not the hook (the prelude's coroutine.yield refuses the run thread):
                // Redis's error for a yield out of a script.
                const MSG: &str = "attempt to yield across metamethod/C-call boundary";
                // SAFETY: the suspended thread's stack takes one more value.
                unsafe {
                    if ffi::lua_checkstack(co, 1) != 0 {
                        ffi::lua_pushlstring(co, MSG.as_ptr().cast(), MSG.len());
                    }
                }
                Status::Failed
            }
            _ => Status::Failed,
        }
    }

    /// The run thread (valid until the next `start`).
    pub fn thread(&self) -> *mut ffi::lua_State {
        self.thread
    }

    /// After a finished run: empties the run thread's stack for the next run.
    pub fn finish(&mut self) {
        if !self.thread.is_null() {
            // SAFETY: the thread is alive and not running.
            unsafe { ffi::lua_settop(self.thread, 0) };
        }
    }
}

/// A KEYS or ARGV table kept for the next EVAL: its registry reference and how many
/// elements the last run put in it.
#[derive(Debug)]
struct Reused {
    slot: c_int,
    len: usize,
}

impl Default for Reused {
    fn default() -> Self {
        Reused {
            slot: ffi::LUA_NOREF,
            len: 0,
        }
    }
}

/// Pushes an array of the strings `items` for an EVAL's KEYS or ARGV: the table of the
/// last EVAL refilled when it still holds exactly elements 1..len and no metatable
/// (the script did not change its shape; an EVAL script has no place to keep a table
/// for a later run, its globals being read-only), else a new one, kept for next time.
/// A fresh table per call (as Redis makes) was a third of a `return 1` script's cost,
/// with the collector's share.
unsafe fn reuse_array(co: *mut ffi::lua_State, kept: &mut Reused, items: &[&[u8]]) {
    // SAFETY: the caller checked the stack has room for four more slots; the
    // reference is live while `slot` holds it.
    unsafe {
        if kept.slot != ffi::LUA_NOREF {
            ffi::lua_rawgeti_(co, ffi::LUA_REGISTRYINDEX, kept.slot);
            if ffi::lua_type(co, -1) == ffi::LUA_TTABLE && still_array(co, kept.len) {
                for (i, item) in items.iter().enumerate() {
                    let Ok(n) = c_int::try_from(i + 1) else { break };
                    ffi::lua_pushlstring(co, item.as_ptr().cast(), item.len());
                    ffi::lua_rawseti_(co, -2, n);
                }
                for i in items.len()..kept.len {
                    let Ok(n) = c_int::try_from(i + 1) else { break };
                    ffi::lua_pushnil(co);
                    ffi::lua_rawseti_(co, -2, n);
                }
                kept.len = items.len();
                return;
            }
            ffi::lua_settop(co, -2);
            ffi::luaL_unref(co, ffi::LUA_REGISTRYINDEX, kept.slot);
            kept.slot = ffi::LUA_NOREF;
        }
        push_array(co, items);
        ffi::lua_pushvalue(co, -1);
        kept.slot = ffi::luaL_ref(co, ffi::LUA_REGISTRYINDEX);
        kept.len = items.len();
    }
}

/// Whether the table on top of `co` has no metatable and exactly the keys 1..len.
unsafe fn still_array(co: *mut ffi::lua_State, len: usize) -> bool {
    // SAFETY: a table is on top and the stack has room for three more slots.
    unsafe {
        if ffi::lua_getmetatable(co, -1) != 0 {
            ffi::lua_settop(co, -2);
            return false;
        }
        let mut count = 0usize;
        ffi::lua_pushnil(co);
        while ffi::lua_next(co, -2) != 0 {
            ffi::lua_settop(co, -2);
            count += 1;
            let key_ok = ffi::lua_type(co, -1) == ffi::LUA_TNUMBER && {
                let k = ffi::lua_tonumber(co, -1);
                k >= 1.0 && k <= len as f64 && k.fract() == 0.0
            };
            if !key_ok || count > len {
                ffi::lua_settop(co, -2);
                return false;
            }
        }
        count == len
    }
}

/// Pushes a new array of the strings `items`.
unsafe fn push_array(co: *mut ffi::lua_State, items: &[&[u8]]) {
    // SAFETY: the caller checked the stack has room for two more slots.
    unsafe {
        ffi::lua_createtable(co, c_int::try_from(items.len()).unwrap_or(0), 0);
        for (i, item) in items.iter().enumerate() {
            let Ok(n) = c_int::try_from(i + 1) else { break };
            ffi::lua_pushlstring(co, item.as_ptr().cast(), item.len());
            ffi::lua_rawseti_(co, -2, n);
        }
    }
}

/// A script's first result as Redis replies it, when it is not a table: a string is
/// a bulk string, a number an integer, a boolean 1/nil (RESP2) or a boolean (RESP3),
/// anything else nil ([`scalar_result`]; tables are left to [`super::convert`]).
pub enum Scalar<'a> {
    /// A bulk string.
    Bulk(&'a [u8]),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
    /// Nil.
    Nil,
}

/// The first result of a finished run, if it is not a table.
///
/// # Safety
///
/// `co` is the run thread after [`Status::Done`]; the returned slice lives until
/// [`Vm::finish`].
pub unsafe fn scalar_result<'a>(co: *mut ffi::lua_State) -> Option<Scalar<'a>> {
    // SAFETY: per the contract above.
    unsafe {
        if ffi::lua_gettop(co) < 1 {
            return Some(Scalar::Nil);
        }
        match ffi::lua_type(co, 1) {
            ffi::LUA_TSTRING => {
                let mut len = 0usize;
                let p = ffi::lua_tolstring(co, 1, &mut len);
                if p.is_null() {
                    return Some(Scalar::Nil);
                }
                Some(Scalar::Bulk(std::slice::from_raw_parts(
                    p.cast::<u8>(),
                    len,
                )))
            }
            ffi::LUA_TNUMBER => Some(Scalar::Int(ffi::lua_tonumber(co, 1) as i64)),
            ffi::LUA_TBOOLEAN => Some(Scalar::Bool(ffi::lua_toboolean(co, 1) != 0)),
            ffi::LUA_TTABLE => None,
            _ => Some(Scalar::Nil),
        }
    }
}

/// The value at `index` of the run thread as an mlua value (tables, error values).
///
/// # Safety
///
/// `co` is the (idle: finished or failed) run thread of `lua`, with a value at `index`.
pub unsafe fn take_value(lua: &Lua, co: *mut ffi::lua_State, index: c_int) -> Value {
    // SAFETY: exec_raw runs the closure in protected mode on the main state; one
    // value is copied from the (idle) run thread to it, which exec_raw returns.
    unsafe {
        lua.exec_raw::<Value>((), |state| {
            if ffi::lua_checkstack(co, 2) == 0 {
                ffi::lua_pushnil(state);
                return;
            }
            ffi::lua_pushvalue(co, index);
            ffi::lua_xmove(co, state, 1);
        })
        .unwrap_or(Value::Nil)
    }
}

/// Where a failed run raised its error, as Redis's error handler reports it: the
/// first frame that is neither a C function nor the prelude (`source`, `line`).
///
/// # Safety
///
/// `co` is the run thread after [`Status::Failed`].
pub unsafe fn error_location(co: *mut ffi::lua_State) -> Option<(Vec<u8>, i64)> {
    // SAFETY: a dead coroutine keeps its call frames; lua_getstack/lua_getinfo read
    // them, and the strings they return live in the (alive) function prototypes.
    unsafe {
        let mut ar: ffi::lua_Debug = std::mem::zeroed();
        let mut level = 0;
        while ffi::lua_getstack(co, level, &mut ar) != 0 {
            if ffi::lua_getinfo(co, c"Sl".as_ptr(), &mut ar) == 0 {
                return None;
            }
            let what = cstr(ar.what);
            let source = cstr(ar.source);
            if what != b"C" && source != b"=redis_internal" {
                return Some((source.to_vec(), i64::from(ar.currentline)));
            }
            level += 1;
        }
        None
    }
}

unsafe fn cstr<'a>(p: *const std::os::raw::c_char) -> &'a [u8] {
    if p.is_null() {
        return b"";
    }
    // SAFETY: a NUL-terminated string from lua_getinfo.
    unsafe { std::ffi::CStr::from_ptr(p).to_bytes() }
}

/// `tostring` of the error value on top of a dead run thread, as the error handler
/// prefixes it with `ERR ` (for values that are not tables).
///
/// # Safety
///
/// `co` is the run thread after [`Status::Failed`].
pub unsafe fn error_string(co: *mut ffi::lua_State) -> Vec<u8> {
    // SAFETY: reads the top value of a live thread.
    unsafe {
        match ffi::lua_type(co, -1) {
            ffi::LUA_TSTRING | ffi::LUA_TNUMBER => {
                let mut len = 0usize;
                let p = ffi::lua_tolstring(co, -1, &mut len);
                if p.is_null() {
                    return Vec::new();
                }
                std::slice::from_raw_parts(p.cast::<u8>(), len).to_vec()
            }
            ffi::LUA_TNIL | ffi::LUA_TNONE => b"nil".to_vec(),
            ffi::LUA_TBOOLEAN => {
                if ffi::lua_toboolean(co, -1) != 0 {
                    b"true".to_vec()
                } else {
                    b"false".to_vec()
                }
            }
            t => {
                let name = cstr(ffi::lua_typename(co, t));
                let mut s = name.to_vec();
                s.extend_from_slice(format!(": {:p}", ffi::lua_topointer(co, -1)).as_bytes());
                s
            }
        }
    }
}
