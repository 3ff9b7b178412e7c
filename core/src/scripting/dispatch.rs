//! `redis.call` / `redis.pcall` as a C function on the Lua stack: the arguments are
//! read in place and the reply is pushed as Lua values directly, without mlua's
//! reference handling (which cost more than the command itself: each argument and
//! each reply value became a registry reference). The run's state reaches the C
//! function through a thread-local pointer set for the length of one script run
//! ([`RunGuard`]).

use std::cell::Cell;
use std::os::raw::c_int;

use mlua::ffi;
use smallvec::SmallVec;

use super::engine::{RunState, check_and_execute};

thread_local! {
    /// The running script's state, or null outside a run.
    static RUN: Cell<*mut ()> = const { Cell::new(std::ptr::null_mut()) };
}

/// Makes a run's state reachable from [`dispatch`] until dropped.
pub struct RunGuard {
    previous: *mut (),
}

impl RunGuard {
    /// Publishes `state` for the C function.
    pub(crate) fn set(state: &mut RunState<'_>) -> RunGuard {
        let ptr = state as *mut RunState<'_> as *mut ();
        RunGuard {
            previous: RUN.with(|c| c.replace(ptr)),
        }
    }
}

impl Drop for RunGuard {
    fn drop(&mut self) {
        RUN.with(|c| c.set(self.previous));
    }
}

/// Pushes `true` and `{err = msg}`: the trampoline raises (call) or returns (pcall) it.
unsafe fn push_error(state: *mut ffi::lua_State, msg: &[u8]) -> c_int {
    // SAFETY: the caller holds a valid state with room for 3 slots (lua_checkstack).
    unsafe {
        ffi::lua_pushboolean(state, 1);
        ffi::lua_createtable(state, 0, 1);
        ffi::lua_pushlstring(state, msg.as_ptr().cast(), msg.len());
        ffi::lua_setfield(state, -2, c"err".as_ptr());
    }
    2
}

/// Redis's `luaPushErrorBuff` normalisation of an error reply line (without `-`):
/// `CODE msg` stays, a line without a space becomes `ERR line`, CR/LF trimmed.
pub fn error_text(line: &[u8]) -> Vec<u8> {
    let trimmed = |s: &[u8]| -> Vec<u8> {
        let start = s
            .iter()
            .position(|&c| c != b'\r' && c != b'\n')
            .unwrap_or(s.len());
        let end = s
            .iter()
            .rposition(|&c| c != b'\r' && c != b'\n')
            .map_or(start, |e| e + 1);
        s[start..end.max(start)].to_vec()
    };
    match line.iter().position(|&c| c == b' ') {
        Some(sp) => {
            let mut out = line[..sp].to_vec();
            out.push(b' ');
            out.extend_from_slice(&trimmed(&line[sp + 1..]));
            out
        }
        None => {
            let mut out = b"ERR ".to_vec();
            out.extend_from_slice(&trimmed(line));
            out
        }
    }
}

/// The C function behind `redis.call` and `redis.pcall`: returns `failed, reply`.
///
/// # Safety
///
/// Only Lua may call it, as a C function (registered with `create_c_function`).
pub unsafe extern "C-unwind" fn dispatch(state: *mut ffi::lua_State) -> c_int {
    // SAFETY: Lua calls this with a valid state. The run pointer is set by
    // RunGuard for exactly the duration of a script run on this thread, and nothing
    // else touches the RunState meanwhile. Argument slices point into Lua strings
    // that stay on the stack until this function returns.
    unsafe {
        if ffi::lua_checkstack(state, 8) == 0 {
            return 0;
        }
        let ptr = RUN.with(|c| c.get());
        if ptr.is_null() {
            return push_error(
                state,
                b"ERR redis.call is only available while a script runs",
            );
        }
        let run = &mut *(ptr as *mut RunState<'_>);
        let n = ffi::lua_gettop(state);
        if n == 0 {
            return push_error(
                state,
                b"ERR Please specify at least one argument for this redis lib call",
            );
        }
        let mut args: SmallVec<[&[u8]; 16]> = SmallVec::new();
        for i in 1..=n {
            let t = ffi::lua_type(state, i);
            if t != ffi::LUA_TSTRING && t != ffi::LUA_TNUMBER {
                return push_error(
                    state,
                    b"ERR Lua redis lib command arguments must be strings or integers",
                );
            }
            let mut len = 0usize;
            let p = ffi::lua_tolstring(state, i, &mut len);
            if p.is_null() {
                return push_error(
                    state,
                    b"ERR Lua redis lib command arguments must be strings or integers",
                );
            }
            args.push(std::slice::from_raw_parts(p.cast::<u8>(), len));
        }
        if let Err(msg) = check_and_execute(run, &args) {
            return push_error(state, msg.as_bytes());
        }
        drop(args);
        // The reply is read where the command wrote it, then dropped.
        let reply = run.client.reply.pending();
        let failed = matches!(reply.first(), Some(b'-' | b'!'));
        ffi::lua_pushboolean(state, c_int::from(failed));
        let mut pos = 0;
        push_reply(state, reply, &mut pos, 0);
        let n = run.client.reply.pending_len();
        run.client.reply.consume(n);
        2
    }
}

/// `redis.call`: [`dispatch`], raising the error (a table `{err = ...}`) instead of
/// returning it. A C function of its own (not a Lua wrapper), so the error is raised
/// from a C frame right above the script's line, where Redis's handler looks.
///
/// # Safety
///
/// Only Lua may call it, as a C function (registered with `create_c_function`).
pub unsafe extern "C-unwind" fn call(state: *mut ffi::lua_State) -> c_int {
    // SAFETY: dispatch has returned, so no Rust value with a destructor is alive in
    // this frame when lua_error unwinds it; it left `failed, value` on the stack.
    unsafe {
        let n = dispatch(state);
        if n != 2 {
            return n;
        }
        if ffi::lua_toboolean(state, -2) != 0 {
            ffi::lua_error(state);
        }
        1
    }
}

/// `redis.pcall`: [`dispatch`], returning an error as a table `{err = ...}`.
///
/// # Safety
///
/// Only Lua may call it, as a C function (registered with `create_c_function`).
pub unsafe extern "C-unwind" fn pcall(state: *mut ffi::lua_State) -> c_int {
    // SAFETY: as for `call`; the value is on top of the stack.
    unsafe {
        let n = dispatch(state);
        if n != 2 {
            return n;
        }
        1
    }
}

fn line<'a>(bytes: &'a [u8], pos: &mut usize) -> Option<&'a [u8]> {
    let rest = bytes.get(*pos..)?;
    let end = rest.windows(2).position(|w| w == b"\r\n")?;
    *pos += end + 2;
    Some(&rest[..end])
}

fn int_of(text: &[u8]) -> Option<i64> {
    std::str::from_utf8(text).ok()?.parse().ok()
}

unsafe fn push_bytes(state: *mut ffi::lua_State, b: &[u8]) {
    // SAFETY: valid state with room checked by the caller.
    unsafe {
        ffi::lua_pushlstring(state, b.as_ptr().cast(), b.len());
    }
}

/// Sets `{ name = <top of stack> }`: wraps the value on top in a one-field table.
unsafe fn wrap_field(state: *mut ffi::lua_State, name: &std::ffi::CStr) {
    // SAFETY: valid state, one value on top, room for one more slot.
    unsafe {
        ffi::lua_createtable(state, 0, 1);
        ffi::lua_insert(state, -2);
        ffi::lua_setfield(state, -2, name.as_ptr());
    }
}

/// Pushes exactly one Lua value for the reply at `pos` (Redis's
/// `redisProtocolToLuaType`); malformed input pushes nil.
unsafe fn push_reply(state: *mut ffi::lua_State, bytes: &[u8], pos: &mut usize, depth: usize) {
    // SAFETY: valid state; lua_checkstack keeps room for the pushes of each level.
    unsafe {
        if depth > super::convert::MAX_DEPTH || ffi::lua_checkstack(state, 4) == 0 {
            ffi::lua_pushnil(state);
            return;
        }
        let Some(&kind) = bytes.get(*pos) else {
            ffi::lua_pushnil(state);
            return;
        };
        *pos += 1;
        let Some(head) = line(bytes, pos) else {
            ffi::lua_pushnil(state);
            return;
        };
        match kind {
            b'+' => {
                push_bytes(state, head);
                wrap_field(state, c"ok");
            }
            b'-' => {
                push_bytes(state, &error_text(head));
                wrap_field(state, c"err");
            }
            b':' => ffi::lua_pushnumber(state, int_of(head).unwrap_or(0) as f64),
            b'$' | b'=' | b'!' => {
                let Some(n) = int_of(head) else {
                    return ffi::lua_pushnil(state);
                };
                if n < 0 {
                    return ffi::lua_pushboolean(state, 0);
                }
                let n = n as usize;
                let Some(body) = bytes.get(*pos..pos.saturating_add(n)) else {
                    return ffi::lua_pushnil(state);
                };
                *pos += n + 2;
                match kind {
                    b'=' => {
                        let (format, text) = if body.len() >= 4 {
                            (&body[..3], &body[4..])
                        } else {
                            (&b"txt"[..], body)
                        };
                        ffi::lua_createtable(state, 0, 2);
                        push_bytes(state, format);
                        ffi::lua_setfield(state, -2, c"format".as_ptr());
                        push_bytes(state, text);
                        ffi::lua_setfield(state, -2, c"string".as_ptr());
                        wrap_field(state, c"verbatim_string");
                    }
                    b'!' => {
                        push_bytes(state, &error_text(body));
                        wrap_field(state, c"err");
                    }
                    _ => push_bytes(state, body),
                }
            }
            b'*' | b'~' | b'%' | b'>' => {
                let Some(n) = int_of(head) else {
                    return ffi::lua_pushnil(state);
                };
                if n < 0 {
                    return ffi::lua_pushboolean(state, 0);
                }
                let n = n as usize;
                let hint = c_int::try_from(n.min(1024)).unwrap_or(0);
                match kind {
                    b'%' => {
                        ffi::lua_createtable(state, 0, hint);
                        for _ in 0..n {
                            if *pos >= bytes.len() {
                                break;
                            }
                            push_reply(state, bytes, pos, depth + 1);
                            push_reply(state, bytes, pos, depth + 1);
                            if ffi::lua_type(state, -2) == ffi::LUA_TNIL {
                                ffi::lua_settop(state, -3);
                            } else {
                                ffi::lua_rawset(state, -3);
                            }
                        }
                        wrap_field(state, c"map");
                    }
                    b'~' => {
                        ffi::lua_createtable(state, 0, hint);
                        for _ in 0..n {
                            if *pos >= bytes.len() {
                                break;
                            }
                            push_reply(state, bytes, pos, depth + 1);
                            if ffi::lua_type(state, -1) == ffi::LUA_TNIL {
                                ffi::lua_settop(state, -2);
                            } else {
                                ffi::lua_pushboolean(state, 1);
                                ffi::lua_rawset(state, -3);
                            }
                        }
                        wrap_field(state, c"set");
                    }
                    _ => {
                        ffi::lua_createtable(state, hint, 0);
                        for i in 1..=n {
                            if *pos >= bytes.len() {
                                break;
                            }
                            push_reply(state, bytes, pos, depth + 1);
                            ffi::lua_rawseti(state, -2, i as ffi::lua_Integer);
                        }
                    }
                }
            }
            b'_' => ffi::lua_pushnil(state),
            b'#' => ffi::lua_pushboolean(state, c_int::from(head == b"t")),
            b',' => {
                let v = std::str::from_utf8(head)
                    .ok()
                    .and_then(|s| match s {
                        "inf" => Some(f64::INFINITY),
                        "-inf" => Some(f64::NEG_INFINITY),
                        _ => s.parse().ok(),
                    })
                    .unwrap_or(0.0);
                ffi::lua_pushnumber(state, v);
                wrap_field(state, c"double");
            }
            b'(' => {
                push_bytes(state, head);
                wrap_field(state, c"big_number");
            }
            _ => ffi::lua_pushnil(state),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{error_text, push_reply};

    /// Pushes the Lua value of `bytes` and returns it.
    fn convert(lua: &mlua::Lua, bytes: &[u8]) -> mlua::Value {
        // SAFETY: push_reply pushes exactly one value on the valid state exec_raw
        // gives, which exec_raw returns.
        unsafe {
            lua.exec_raw::<mlua::Value>((), |state| {
                let mut pos = 0;
                push_reply(state, bytes, &mut pos, 0);
            })
            .unwrap()
        }
    }

    #[test]
    fn replies_become_redis_lua_values() {
        let lua = mlua::Lua::new();
        let t = convert(&lua, b"*3\r\n:1\r\n$-1\r\n+OK\r\n");
        let mlua::Value::Table(t) = t else { panic!() };
        assert_eq!(t.raw_get::<i64>(1).unwrap(), 1);
        assert_eq!(
            t.raw_get::<mlua::Value>(2).unwrap(),
            mlua::Value::Boolean(false)
        );
        let ok: mlua::Table = t.raw_get(3).unwrap();
        assert_eq!(ok.raw_get::<String>("ok").unwrap(), "OK");
        let e = convert(&lua, b"-NOPE\r\n");
        let mlua::Value::Table(e) = e else { panic!() };
        assert_eq!(e.raw_get::<String>("err").unwrap(), "ERR NOPE");
        let m = convert(&lua, b"%1\r\n$1\r\na\r\n,1.5\r\n");
        let mlua::Value::Table(m) = m else { panic!() };
        let map: mlua::Table = m.raw_get("map").unwrap();
        let d: mlua::Table = map.raw_get("a").unwrap();
        assert_eq!(d.raw_get::<f64>("double").unwrap(), 1.5);
    }

    #[test]
    fn conversion_never_panics_on_any_bytes() {
        let lua = mlua::Lua::new();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let alphabet = b"+-:$*%~_,#(=!>\r\n0123456789abc";
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 24) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|i| alphabet[((seed >> (i % 50)) as usize + i * 7) % alphabet.len()])
                .collect();
            let _ = convert(&lua, &bytes);
        }
        // A huge claimed length allocates nothing up front and ends at the input's end.
        assert!(matches!(
            convert(&lua, b"*99999999999\r\n"),
            mlua::Value::Table(_)
        ));
    }

    #[test]
    fn error_lines_normalise_as_redis() {
        assert_eq!(error_text(b"ERR value is bad"), b"ERR value is bad");
        assert_eq!(error_text(b"NOSPACE"), b"ERR NOSPACE");
        assert_eq!(
            error_text(b"WRONGTYPE Operation\r\n"),
            b"WRONGTYPE Operation"
        );
    }
}
