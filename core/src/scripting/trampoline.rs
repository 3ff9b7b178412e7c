//! C-function trampolines for the `redis` API written in Lua or in Rust.
//!
//! Redis's `redis.setresp`, `redis.log`, ... are C functions: they raise their
//! errors (tables such as `{err = "ERR ..."}`) from a C frame, and a script's
//! `return redis.call(...)` is not a tail call, so the error handler finds the
//! script's line one level up. mlua's Rust callbacks cannot raise an arbitrary Lua
//! value, and a Lua wrapper would be tail-called away. So each such function is a
//! small C closure around its implementation: the implementation returns
//! `false, results...` or `true, error_value`, and the trampoline returns the results
//! or raises the error value with `lua_error`. (`redis.call` and `redis.pcall`, the
//! calls that matter for speed, are C functions of their own in `dispatch.rs`.)

use mlua::ffi;
use mlua::{Function, Lua};

/// The C closure: calls upvalue 1 with the arguments; raises or returns.
unsafe extern "C-unwind" fn trampoline(state: *mut ffi::lua_State) -> std::os::raw::c_int {
    // SAFETY: Lua calls this with a valid state; the stack operations stay within
    // what lua_call leaves (at least the marker), and no Rust value with a
    // destructor lives in this frame when lua_error unwinds it.
    unsafe {
        let n = ffi::lua_gettop(state);
        ffi::lua_pushvalue(state, ffi::lua_upvalueindex(1));
        ffi::lua_insert(state, 1);
        ffi::lua_call(state, n, ffi::LUA_MULTRET);
        let top = ffi::lua_gettop(state);
        if top >= 1 && ffi::lua_toboolean(state, 1) != 0 {
            ffi::lua_settop(state, 2);
            ffi::lua_error(state);
        }
        if top == 0 {
            return 0;
        }
        top - 1
    }
}

/// `implementation` wrapped in a C closure (see the module doc).
pub fn wrap(lua: &Lua, implementation: Function) -> mlua::Result<Function> {
    // SAFETY: exec_raw runs the closure in protected mode with the argument on the
    // stack; lua_pushcclosure pops it as the upvalue and pushes the new closure,
    // which is the single result read back.
    unsafe {
        lua.exec_raw(implementation, |state| {
            ffi::lua_pushcclosure(state, trampoline, 1);
        })
    }
}
