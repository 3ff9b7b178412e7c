//! The Lua interpreter inside the core: one `mlua` state (Lua 5.1, built from source),
//! prepared as Redis 7.0 prepares its own (libraries, the `redis` table, read-only
//! globals, deterministic `math.random`), the script cache, and the run of one script
//! with `redis.call` going through the command dispatch on a script client.
//!
//! Why `mlua` (features `lua51`, `vendored`, `send`): it is the maintained binding
//! that builds PUC Lua 5.1 (the language version Redis embeds) from source through the
//! registry, so no system Lua is needed; a clean build of it (Lua's C sources
//! included) took 11 s of CPU here (2 min wall on the shared, loaded machine).
//! `send` because the std runtime shares the `Server` between threads (it only ever
//! runs on one at a time). `rlua` is folded into mlua; `piccolo`/`hematita` are not
//! Lua 5.1.
//!
//! A script running past `busy-reply-threshold` is suspended by the count hook (the
//! script runs in a coroutine, see [`super::vm`]) and the node serves other clients
//! (`-BUSY`, SCRIPT KILL, SHUTDOWN NOSAVE) between slices of it, as Redis does from
//! inside its hook; the time is read from the clock the runtime gave the node.
//!
//! Departures from Redis, all documented: Redis patches its Lua to make tables
//! read-only; here the globals and library tables are read-only proxies (same error
//! texts; `#string` and `rawequal` see the proxy).
//!
//! Where a script can be suspended past `busy-reply-threshold`: anywhere in its own
//! Lua code, inside `pcall`/`xpcall` of a Lua function (run in a coroutine, see
//! [`super::vm`]), inside a `table.sort` comparator (the sort is Lua code here), and
//! inside its own coroutines resumed with `coroutine.resume`. Lua 5.1 cannot suspend
//! it inside a C call: a metamethod (`__index`, `__lt`, ...), `string.gsub`'s
//! replacement function, a coroutine run by `coroutine.wrap`, `pcall` of a C
//! function that calls back into Lua; nor is a script suspended where it may not be
//! (inside EXEC or a script called from one, from a master's stream or the AOF, on a
//! replica). Such a stretch runs on without serving other clients (no -BUSY, SCRIPT
//! KILL or SHUTDOWN NOSAVE until it leaves the C call), and is stopped after
//! [`Engine::INSTRUCTION_LIMIT`] instructions with its own error, where Redis would
//! keep serving them from its hook. The prelude's Lua versions of C functions
//! (`pcall`, `xpcall`, `table.sort`, `coroutine.resume`/`status`) give Lua 5.1's
//! results and error texts, except that a Lua function called in tail position
//! (`return coroutine.resume(5)`) loses its caller's frame, so an argument error
//! raised there has no position.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use mlua::{Function, Lua, LuaOptions, StdLib, Table, Value};

use super::convert::lua_to_reply;
use super::rand48::Rand48;
use super::vm::{self, Scalar, Slot, Status, Vm, Watch};
use crate::client::{Client, ConnId};
use crate::commands::{CommandTable, Ctx, execute, flags};
use crate::resp::Reply;
use crate::server::Node;
use crate::time::Now;
use crate::util::FastMap as HashMap;

/// The prelude run in every new interpreter.
const PRELUDE: &str = include_str!("init.lua");

/// The connection id of the script client (never a real connection's).
pub const SCRIPT_CLIENT_ID: ConnId = ConnId(1 << 62);

/// Lines `redis.log` wrote during a run: level and text.
type LogLines = Arc<Mutex<Vec<(u8, Vec<u8>)>>>;

/// Flags from a script's `#!lua flags=...` shebang line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptFlags {
    /// The script had a shebang line (Redis then applies the flags strictly).
    pub shebang: bool,
    /// `no-writes`: write commands are refused.
    pub no_writes: bool,
    /// `allow-oom`.
    pub allow_oom: bool,
    /// `allow-stale`.
    pub allow_stale: bool,
    /// `no-cluster`.
    pub no_cluster: bool,
    /// `allow-cross-slot-keys`.
    pub allow_cross_slot: bool,
}

/// Parses the shebang of an EVAL script: its flags and the body to compile (the
/// shebang line emptied, so line numbers stay), or Redis's error text.
pub fn parse_shebang(body: &[u8]) -> Result<(ScriptFlags, std::borrow::Cow<'_, [u8]>), String> {
    if !body.starts_with(b"#!") {
        return Ok((ScriptFlags::default(), std::borrow::Cow::Borrowed(body)));
    }
    let end = body.iter().position(|&c| c == b'\n').unwrap_or(body.len());
    let parts = crate::util::splitargs::split_args(&body[..end])
        .ok_or_else(|| "Invalid script shebang".to_string())?;
    let mut flags = ScriptFlags {
        shebang: true,
        ..ScriptFlags::default()
    };
    match parts.first() {
        Some(engine) if engine.as_slice() == b"#!lua" => {}
        other => {
            return Err(format!(
                "Unexpected engine in script shebang: {}",
                String::from_utf8_lossy(other.map_or(&b""[..], |e| e.as_slice()))
            ));
        }
    }
    for part in &parts[1..] {
        let Some(list) = part.strip_prefix(b"flags=") else {
            return Err(format!(
                "Unknown lua shebang option: {}",
                String::from_utf8_lossy(part)
            ));
        };
        for flag in list.split(|&c| c == b',') {
            match flag {
                b"no-writes" => flags.no_writes = true,
                b"allow-oom" => flags.allow_oom = true,
                b"allow-stale" => flags.allow_stale = true,
                b"no-cluster" => flags.no_cluster = true,
                b"allow-cross-slot-keys" => flags.allow_cross_slot = true,
                b"" => {}
                other => {
                    return Err(format!(
                        "Unexpected flag in script shebang: {}",
                        String::from_utf8_lossy(other)
                    ));
                }
            }
        }
    }
    let mut code = body[end..].to_vec();
    code.shrink_to_fit();
    Ok((flags, std::borrow::Cow::Owned(code)))
}

/// The 40 lower-case hex digits of the SHA1 of `bytes`.
pub fn sha1_hex(bytes: &[u8]) -> String {
    use sha1::Digest;
    let digest = sha1::Sha1::digest(bytes);
    let mut s = String::with_capacity(40);
    for b in digest {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 15)] as char);
    }
    s
}

/// A cached EVAL script.
#[derive(Debug)]
pub struct Script {
    /// The script as sent (SHA1 input).
    pub body: Vec<u8>,
    /// The compiled function, in a registry slot.
    pub func: Slot,
    /// Its shebang flags.
    pub flags: ScriptFlags,
}

/// How one run goes: what the script may do and what its errors are called.
#[derive(Debug, Clone, Copy)]
pub struct RunMode<'a> {
    /// Refuse write commands (EVAL_RO, FCALL_RO, `no-writes`).
    pub read_only: bool,
    /// The name in error texts (`script: <name>`): the SHA1, or the function's name.
    pub name: &'a [u8],
    /// `allow-oom`: write commands may run over maxmemory.
    pub allow_oom: bool,
    /// The server was over maxmemory when the script started (Redis's
    /// `pre_command_oom_state`): DENYOOM commands are refused unless `allow_oom`.
    pub oom: bool,
    /// The run may be suspended past `busy-reply-threshold` (a top-level EVAL or
    /// FCALL of a client; not inside EXEC, not from a master or the AOF).
    pub may_suspend: bool,
}

/// How a call of [`Engine::run`] or [`Engine::resume`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// The script ended: its reply (or error) is in the caller's buffer.
    Done,
    /// The script passed `busy-reply-threshold` and is suspended: nothing was
    /// written; resume it with [`Engine::resume`].
    Suspended,
}

/// What a suspended run needs again when it resumes (its [`RunMode`] and caller).
#[derive(Debug, Clone)]
pub struct Suspended {
    /// The client that called the script (its reply goes there).
    pub caller: ConnId,
    /// EVAL (true) or FCALL (false): which `-BUSY` text and which KILL apply.
    pub eval: bool,
    /// The name in error texts.
    pub name: Vec<u8>,
    /// [`RunMode::read_only`].
    pub read_only: bool,
    /// DENYOOM commands are refused.
    pub deny_oom: bool,
    /// The caller's user is not allowed everything.
    pub acl_restricted: bool,
    /// The EVAL / FCALL request (FUNCTION STATS shows it).
    pub argv: Vec<Vec<u8>>,
    /// When the request came in (FUNCTION STATS's `duration_ms`).
    pub started: crate::time::Instant,
}

/// The interpreter and what lives in it.
pub struct Engine {
    lua: Lua,
    /// Internal table the prelude filled: `dispatch` (per run), `handler`, `run`, ...
    hidden: Table,
    /// The scripts' (read-only) view of the globals.
    env: Table,
    /// EVAL scripts by lower-case SHA1.
    scripts: HashMap<[u8; 40], Script>,
    /// The client `redis.call` runs commands as.
    client: Box<Client>,
    /// `redis.setresp`: 2 or 3 for the running script.
    resp: Arc<AtomicU8>,
    /// Lines `redis.log` wrote since the last [`take_log`](Self::take_log).
    log: LogLines,
    /// The run path on the C API and the count hook's state. Declared after `lua`:
    /// the hook reads the watch, so the interpreter goes first.
    vm: Vm,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("scripts", &self.scripts.len())
            .finish_non_exhaustive()
    }
}

/// The script client's state and the node's parts `redis.call` needs during a run.
pub(crate) struct RunState<'a> {
    node: &'a mut Node,
    others: &'a mut HashMap<ConnId, Box<Client>>,
    commands: &'a CommandTable,
    pub(super) client: &'a mut Client,
    read_only: bool,
    /// Refuse DENYOOM commands (over maxmemory at the start, not `allow-oom`).
    deny_oom: bool,
    /// `redis.setresp`: 2 or 3.
    resp: &'a AtomicU8,
    /// The caller's user is not allowed everything: check each command.
    acl_restricted: bool,
    /// The hook's state (`wrote` is set by write commands).
    watch: &'a Watch,
}

impl Engine {
    /// Lua VM instructions a script may run without the node serving other clients
    /// (some seconds of work in a release build) before it is stopped: counted from
    /// the start of a run or from its last suspension, so only a stretch that could
    /// not be suspended (see the module doc) reaches it.
    pub const INSTRUCTION_LIMIT: u64 = 2_000_000_000;

    /// A new interpreter prepared as Redis prepares its own.
    pub fn new(now: Now) -> mlua::Result<Engine> {
        let libs = StdLib::TABLE | StdLib::STRING | StdLib::MATH | StdLib::DEBUG;
        // SAFETY: the debug library is loaded only for the prelude's error handler,
        // which keeps it in a local; scripts cannot reach it (`debug` is removed).
        let lua = unsafe { Lua::unsafe_new_with(libs, LuaOptions::new()) };
        let hidden = lua.create_table()?;
        let rng = Arc::new(Mutex::new(Rand48::default()));
        let rnd = {
            let rng = Arc::clone(&rng);
            lua.create_function(move |_, ()| {
                Ok(rng.lock().map(|mut r| r.next_unit()).unwrap_or(0.0))
            })?
        };
        let srnd = lua.create_function(move |_, seed: f64| {
            if let Ok(mut r) = rng.lock() {
                r.seed(seed as i64 as i32);
            }
            Ok(())
        })?;
        let sha1 = lua.create_function(|lua, v: Value| match lua.coerce_string(v)? {
            Some(s) => Ok(Value::String(lua.create_string(sha1_hex(&s.as_bytes()))?)),
            None => Ok(Value::Nil),
        })?;
        let bit = super::bit::create(&lua)?;
        let codecs = lua.create_table()?;
        codecs.raw_set("cjson", super::cjson::create(&lua)?)?;
        codecs.raw_set("cmsgpack", super::cmsgpack::create(&lua)?)?;
        codecs.raw_set("struct", super::structlib::create(&lua)?)?;
        let resp = Arc::new(AtomicU8::new(2));
        {
            let resp = Arc::clone(&resp);
            hidden.raw_set(
                "set_resp",
                lua.create_function(move |_, v: u8| {
                    resp.store(v, Ordering::Relaxed);
                    Ok(())
                })?,
            )?;
        }
        let log = Arc::new(Mutex::new(Vec::new()));
        {
            let log = Arc::clone(&log);
            hidden.raw_set(
                "log",
                lua.create_function(move |_, (level, msg): (u8, mlua::LuaString)| {
                    if let Ok(mut l) = log.lock()
                        && l.len() < 1024
                    {
                        l.push((level, msg.as_bytes().to_vec()));
                    }
                    Ok(())
                })?,
            )?;
        }
        let wrap = lua.create_function(|lua, f: Function| super::trampoline::wrap(lua, f))?;
        // SAFETY: these are C functions following the Lua C API (see dispatch.rs).
        unsafe {
            hidden.raw_set("call", lua.create_c_function(super::dispatch::call)?)?;
            hidden.raw_set("pcall", lua.create_c_function(super::dispatch::pcall)?)?;
            hidden.raw_set("quiet_pcall", lua.create_c_function(vm::quiet_pcall)?)?;
            hidden.raw_set("hook_yielded", lua.create_c_function(vm::hook_yielded)?)?;
            hidden.raw_set("lua_coroutine", lua.create_c_function(vm::lua_coroutine)?)?;
        }
        let killed = Arc::new(AtomicBool::new(false));
        {
            let killed = Arc::clone(&killed);
            hidden.raw_set(
                "killed",
                lua.create_function(move |_, ()| Ok(killed.load(Ordering::Relaxed)))?,
            )?;
        }
        lua.load(PRELUDE).set_name("=redis_internal").call::<()>((
            hidden.clone(),
            rnd,
            srnd,
            sha1,
            bit,
            wrap,
            codecs,
        ))?;
        let globals: Table = hidden.raw_get("globals")?;
        let env: Table = hidden.raw_get("env")?;
        let mut client = Box::new(Client::new(
            SCRIPT_CLIENT_ID,
            "lua".into(),
            String::new(),
            true,
            now,
        ));
        client.state.in_exec = true;
        let vm = Vm::new(
            &lua,
            &globals,
            &hidden,
            Watch::new(Engine::INSTRUCTION_LIMIT, killed),
        )?;
        Ok(Engine {
            lua,
            hidden,
            env,
            scripts: HashMap::default(),
            client,
            resp,
            log,
            vm,
        })
    }

    /// Sets how many VM instructions a script may run before it is stopped.
    pub fn set_instruction_limit(&self, limit: u64) {
        self.vm.watch.limit.set(limit);
    }

    /// The interpreter.
    pub fn lua(&self) -> &Lua {
        &self.lua
    }

    /// The scripts' globals (library code is compiled with them too).
    pub fn env(&self) -> &Table {
        &self.env
    }

    /// The internal table of the prelude.
    pub fn hidden(&self) -> &Table {
        &self.hidden
    }

    /// Lines written by `redis.log` since the last call, with their levels.
    pub fn take_log(&self) -> Vec<(u8, Vec<u8>)> {
        self.log
            .lock()
            .map(|mut l| std::mem::take(&mut *l))
            .unwrap_or_default()
    }

    /// Compiles `code` as a function named `@user_script` in the scripts' globals, or
    /// the Lua error text.
    pub fn compile(&self, code: &[u8], chunk: &str) -> Result<Function, String> {
        self.lua
            .load(code)
            .set_name(chunk)
            .set_environment(self.env.clone())
            .into_function()
            .map_err(|e| match e {
                mlua::Error::SyntaxError { message, .. } => message,
                other => other.to_string(),
            })
    }

    /// The cached script whose SHA1 is `sha` (40 hex digits in either case).
    pub fn script(&self, sha: &[u8]) -> Option<&Script> {
        self.scripts.get(&sha_key(sha)?)
    }

    /// Compiles and caches `body` (if not cached yet); its SHA1, or Redis's error text.
    pub fn load_script(&mut self, body: &[u8]) -> Result<String, String> {
        let sha = sha1_hex(body);
        let Some(key) = sha_key(sha.as_bytes()) else {
            return Err("bad SHA1".into());
        };
        if self.scripts.contains_key(&key) {
            return Ok(sha);
        }
        let (flags, code) = parse_shebang(body)?;
        let func = self
            .compile(&code, "@user_script")
            .map_err(|e| format!("Error compiling script (new function): {e}"))?;
        let func = Slot::new(&self.lua, &func).map_err(|e| e.to_string())?;
        self.scripts.insert(
            key,
            Script {
                body: body.to_vec(),
                func,
                flags,
            },
        );
        Ok(sha)
    }

    /// A registry slot holding `func` (what [`run`](Self::run) takes).
    pub fn slot(&self, func: &Function) -> mlua::Result<Slot> {
        Slot::new(&self.lua, func)
    }

    /// Number of cached scripts.
    pub fn script_count(&self) -> usize {
        self.scripts.len()
    }

    /// Empties the script cache (SCRIPT FLUSH).
    pub fn flush_scripts(&mut self) {
        self.scripts.clear();
        self.lua.gc_collect().ok();
    }

    /// Runs the function in registry slot `func` ([`Slot::id`]) for the client of `ctx` with `keys`
    /// and `args` (set as KEYS and ARGV, or passed as the two arguments of a function
    /// when `as_function`), and writes its result or error into the caller's buffer.
    pub fn run(
        &mut self,
        ctx: &mut Ctx<'_>,
        func: std::os::raw::c_int,
        keys: &[&[u8]],
        args: &[&[u8]],
        as_function: bool,
        mode: RunMode<'_>,
    ) -> Ran {
        self.resp.store(2, Ordering::Relaxed);
        self.client.state.db = ctx.client.db;
        // The script's commands run with the caller's ACL user, as in Redis; the check
        // is made here (check_and_execute) with the scripts' error texts.
        self.client.state.user = ctx.client.user;
        self.client.state.acl_restricted = false;
        self.client.reply.set_resp3(false);
        let watch = &*self.vm.watch;
        watch.threshold_ms.set(if mode.may_suspend {
            ctx.node.config.busy_reply_threshold
        } else {
            0
        });
        watch.clock.set(&ctx.node.introspect.clock);
        watch.fallback.set(ctx.node.now.mono);
        let mut state = RunState {
            node: &mut *ctx.node,
            others: &mut *ctx.others,
            commands: ctx.commands,
            client: &mut self.client,
            read_only: mode.read_only,
            deny_oom: mode.oom && !mode.allow_oom,
            resp: &self.resp,
            acl_restricted: ctx.client.acl_restricted,
            watch,
        };
        let status = {
            let _guard = super::dispatch::RunGuard::set(&mut state);
            self.vm.start(&self.lua, func, keys, args, as_function)
        };
        self.vm.watch.clock.set(std::ptr::null());
        if matches!(status, Ok(Status::Suspended)) {
            return Ran::Suspended;
        }
        self.write_result(ctx.out, status, mode.name);
        Ran::Done
    }

    /// Runs a suspended script on for one time slice of `slice_ms` (then it is
    /// suspended again, unless it ends), writing its reply into `out` when it ends.
    /// A script that SCRIPT KILL marked stops at its first hook.
    pub fn resume(
        &mut self,
        node: &mut Node,
        others: &mut HashMap<ConnId, Box<Client>>,
        commands: &CommandTable,
        out: &mut Reply,
        run: &Suspended,
        slice_ms: u64,
    ) -> Ran {
        let watch = &*self.vm.watch;
        watch.clock.set(&node.introspect.clock);
        watch.fallback.set(node.now.mono);
        watch.threshold_ms.set(slice_ms.max(1));
        watch.deadline.set(None);
        watch.instructions.set(0);
        let mut state = RunState {
            node,
            others,
            commands,
            client: &mut self.client,
            read_only: run.read_only,
            deny_oom: run.deny_oom,
            resp: &self.resp,
            acl_restricted: run.acl_restricted,
            watch,
        };
        let status = {
            let _guard = super::dispatch::RunGuard::set(&mut state);
            self.vm.resume()
        };
        self.vm.watch.clock.set(std::ptr::null());
        if matches!(status, Ok(Status::Suspended)) {
            return Ran::Suspended;
        }
        self.write_result(out, status, &run.name);
        Ran::Done
    }

    /// Whether the running (suspended) script ran a write command.
    pub fn wrote(&self) -> bool {
        self.vm.watch.wrote.get()
    }

    /// Asks the suspended script to stop (SCRIPT KILL / FUNCTION KILL): false when it
    /// already ran a write command (Redis's `-UNKILLABLE`).
    pub fn kill(&mut self) -> bool {
        if self.vm.watch.wrote.get() {
            return false;
        }
        self.vm.watch.kill_requested.set(true);
        true
    }

    /// Writes the result of a run that ended (or could not start) into `out`.
    fn write_result(&mut self, out: &mut Reply, status: mlua::Result<Status>, name: &[u8]) {
        let co = self.vm.thread();
        match status {
            Err(e) => out.error(&format!(
                "ERR Error running script (call to {}): {}",
                String::from_utf8_lossy(name),
                one_line(&e.to_string())
            )),
            Ok(Status::Done) => {
                let resp3 = self.resp.load(Ordering::Relaxed) == 3;
                // SAFETY: the run thread just finished; its results stay on its stack
                // until `finish`.
                match unsafe { vm::scalar_result(co) } {
                    Some(Scalar::Bulk(b)) => out.bulk(b),
                    Some(Scalar::Int(i)) => out.int(i),
                    Some(Scalar::Bool(b)) => {
                        if resp3 {
                            out.boolean(b)
                        } else if b {
                            out.int(1)
                        } else {
                            out.null()
                        }
                    }
                    Some(Scalar::Nil) => out.null(),
                    None => {
                        // SAFETY: as above; the table is at index 1.
                        let value = unsafe { vm::take_value(&self.lua, co, 1) };
                        lua_to_reply(&value, out, resp3);
                    }
                }
                self.vm.finish();
            }
            Ok(Status::Failed) => {
                // SAFETY: the run thread just failed; its frames and error value are
                // in place.
                let location = unsafe { vm::error_location(co) };
                // SAFETY: as above.
                let is_table = unsafe { mlua::ffi::lua_type(co, -1) == mlua::ffi::LUA_TTABLE };
                if is_table {
                    // SAFETY: as above; the error value is on top.
                    let value = unsafe { vm::take_value(&self.lua, co, -1) };
                    write_script_error(&value, location, out, name);
                } else {
                    let mut msg = b"ERR ".to_vec();
                    // SAFETY: as above.
                    msg.extend_from_slice(&unsafe { vm::error_string(co) });
                    write_error_line(&msg, location, out, name);
                }
            }
            Ok(Status::Suspended) => out.error(&format!(
                "ERR Error running script (call to {}): the script was suspended",
                String::from_utf8_lossy(name)
            )),
        }
    }
}

/// The 40 lower-case hex digits of `sha`, or `None` if it is not 40 bytes long.
fn sha_key(sha: &[u8]) -> Option<[u8; 40]> {
    let mut key: [u8; 40] = sha.try_into().ok()?;
    key.make_ascii_lowercase();
    Some(key)
}

/// CR and LF as spaces.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// The caller's error reply for a script that raised the table `err`:
/// `<err.err> script: <name>, on <source>:<line>.` (the location where it was raised,
/// else the table's own `source` and `line`, as Redis's error handler fills them).
fn write_script_error(err: &Value, location: Option<(Vec<u8>, i64)>, out: &mut Reply, name: &[u8]) {
    let Value::Table(t) = err else {
        return write_error_line(b"ERR unknown error", location, out, name);
    };
    let msg = match t.raw_get::<Value>("err") {
        Ok(Value::String(s)) => s.as_bytes().to_vec(),
        _ => b"ERR unknown error".to_vec(),
    };
    let location = location.or_else(|| {
        let source = t
            .raw_get::<Option<mlua::LuaString>>("source")
            .ok()
            .flatten()?;
        let line = t.raw_get::<Option<i64>>("line").ok().flatten()?;
        Some((source.as_bytes().to_vec(), line))
    });
    write_error_line(&msg, location, out, name);
}

/// `-<msg> script: <name>, on <source>:<line>.` with CR/LF made spaces.
fn write_error_line(msg: &[u8], location: Option<(Vec<u8>, i64)>, out: &mut Reply, name: &[u8]) {
    let mut text = Vec::with_capacity(msg.len() + 64);
    text.push(b'-');
    text.extend_from_slice(msg);
    if let Some((source, line)) = location {
        text.extend_from_slice(b" script: ");
        text.extend_from_slice(name);
        text.extend_from_slice(b", on ");
        text.extend_from_slice(&source);
        text.extend_from_slice(format!(":{line}.").as_bytes());
    }
    for c in &mut text {
        if *c == b'\r' || *c == b'\n' {
            *c = b' ';
        }
    }
    text.extend_from_slice(b"\r\n");
    out.raw().extend_from_slice(&text);
}

/// What `redis.call` does with its arguments (read off the Lua stack by
/// [`super::dispatch::dispatch`]): Redis's checks for scripts, then the command through
/// the dispatch on the script client, whose reply buffer then holds the reply (and
/// only it: the caller consumes it); or the error text of a check.
pub(crate) fn check_and_execute(st: &mut RunState<'_>, args: &[&[u8]]) -> Result<(), &'static str> {
    let Some(&name) = args.first() else {
        return Err("ERR Please specify at least one argument for this redis lib call");
    };
    let Some(top) = st.commands.get(name) else {
        return Err("ERR Unknown Redis command called from script");
    };
    let cmd = if top.subcommands.is_empty() || args.len() < 2 {
        top
    } else {
        match top
            .subcommands
            .iter()
            .find(|s| s.name.as_bytes().eq_ignore_ascii_case(args[1]))
        {
            Some(s) => s,
            None => return Err("ERR Unknown Redis command called from script"),
        }
    };
    if !cmd.arity_ok(args.len()) {
        return Err("ERR Wrong number of args calling Redis command from script");
    }
    if (cmd.flags | top.flags) & flags::NOSCRIPT != 0 {
        return Err("ERR This Redis command is not allowed from script");
    }
    if st.read_only && cmd.flags & flags::WRITE != 0 {
        return Err("ERR Write commands are not allowed from read-only scripts.");
    }
    if cmd.flags & flags::WRITE != 0 {
        st.watch.wrote.set(true);
    }
    if st.deny_oom && cmd.flags & flags::DENYOOM != 0 {
        return Err("OOM command not allowed when used memory > 'maxmemory'.");
    }
    if st.acl_restricted {
        let mut ctx = Ctx {
            node: &mut *st.node,
            client: &mut st.client.state,
            out: &mut st.client.reply,
            others: &mut *st.others,
            commands: st.commands,
        };
        let checked =
            crate::commands::acl::check_and_log(&mut ctx, cmd, args, crate::acl::LogContext::Lua);
        if let Err(denied) = checked {
            return Err(match denied {
                crate::acl::Denied::Command => {
                    "ERR The user executing the script can't run this command or subcommand"
                }
                crate::acl::Denied::Key(_) => {
                    "ERR The user executing the script can't access at least one of the keys mentioned in the command arguments"
                }
                crate::acl::Denied::Channel(_) => {
                    "ERR The user executing the script can't publish to the channel mentioned in the command"
                }
            });
        }
    }
    let resp3 = st.resp.load(Ordering::Relaxed) == 3;
    st.client.reply.set_resp3(resp3);
    {
        let mut ctx = Ctx {
            node: &mut *st.node,
            client: &mut st.client.state,
            out: &mut st.client.reply,
            others: &mut *st.others,
            commands: st.commands,
        };
        execute(st.commands, &mut ctx, args);
    }
    Ok(())
}
