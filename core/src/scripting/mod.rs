//! Scripting: EVAL scripts and FUNCTION libraries run by an embedded Lua 5.1, as
//! Redis 7.0 runs them. The interpreter is created on first use and lives in the node
//! ([`Scripting`]); a script runs atomically inside one command, and its
//! `redis.call`s go through the ordinary command dispatch on a script client, so
//! keyspace events, WATCH, blocked clients and statistics see them as Redis's do.
//! The core stays sans-IO: no clock or randomness is read here (`math.random` is
//! Redis's fixed-seed rand48).

pub mod bit;
pub mod busy;
pub mod cjson;
pub mod cmsgpack;
pub mod convert;
pub mod dispatch;
pub mod engine;
pub mod functions;
pub mod rand48;
pub mod structlib;
pub mod trampoline;
pub mod vm;

#[cfg(test)]
mod busy_tests;
#[cfg(test)]
mod tests;

pub use engine::{Engine, Ran, RunMode, ScriptFlags, Suspended, sha1_hex};

use crate::time::Now;

/// Redis's reply while an EVAL script runs past `busy-reply-threshold`.
pub const BUSY_EVAL: &str =
    "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";
/// Redis's reply while a FUNCTION runs past `busy-reply-threshold`.
pub const BUSY_FUNCTION: &str =
    "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.";

/// How long a suspended script runs per [`crate::Server::handle_timeout`] before the
/// node serves other clients again (Redis serves events every 100,000 instructions
/// of a busy script, about as often).
pub const BUSY_SLICE_MS: u64 = 1;

/// The node's scripting state: the interpreter, made on first use.
#[derive(Debug, Default)]
pub struct Scripting {
    engine: Option<Box<Engine>>,
    /// Function libraries compiled in the engine (names, flags, Lua functions).
    pub functions: functions::Registry,
    /// The script suspended past `busy-reply-threshold`, if any: the node is busy
    /// (other clients get `-BUSY`) until it ends.
    pub busy: Option<Box<Suspended>>,
}

impl Scripting {
    /// The interpreter, created if needed; the error text if Lua could not start.
    pub fn engine(&mut self, now: Now) -> Result<&mut Engine, String> {
        if self.engine.is_none() {
            let engine = Engine::new(now).map_err(|e| e.to_string())?;
            self.engine = Some(Box::new(engine));
        }
        self.engine
            .as_deref_mut()
            .ok_or_else(|| "no engine".to_string())
    }

    /// Takes the interpreter out for a run (a script's commands borrow the node);
    /// give it back with [`put`](Self::put).
    pub fn take(&mut self, now: Now) -> Result<Box<Engine>, String> {
        self.engine(now)?;
        self.engine.take().ok_or_else(|| "no engine".to_string())
    }

    /// Gives the interpreter back after [`take`](Self::take).
    pub fn put(&mut self, engine: Box<Engine>) {
        self.engine = Some(engine);
    }

    /// The `-BUSY` error for other clients while a script is suspended.
    #[inline]
    pub fn busy_error(&self) -> Option<&'static str> {
        self.busy
            .as_ref()
            .map(|b| if b.eval { BUSY_EVAL } else { BUSY_FUNCTION })
    }

    /// Number of cached EVAL scripts (INFO `number_of_cached_scripts`).
    pub fn script_count(&self) -> usize {
        self.engine.as_ref().map_or(0, |e| e.script_count())
    }

    /// Bytes the interpreter uses (INFO `used_memory_lua`), once it exists.
    pub fn lua_memory(&self) -> Option<usize> {
        self.engine.as_ref().map(|e| e.lua().used_memory())
    }

    /// Empties the script cache (SCRIPT FLUSH).
    pub fn flush_scripts(&mut self) {
        if let Some(e) = &mut self.engine {
            e.flush_scripts();
        }
    }
}
