//! FUNCTION libraries compiled in the interpreter: running a library's code with the
//! library API (`redis.register_function`), the functions it registered (name, flags,
//! description, Lua function) and their lookup by FCALL. The code itself stays in
//! [`crate::commands::function::Libraries`], which the RDB writer and FUNCTION DUMP
//! read; this registry is rebuilt from it (FUNCTION LOAD / RESTORE, RDB load).

use std::sync::Arc;

use mlua::{Function, Table, Value};

use super::engine::{Engine, ScriptFlags};
use crate::util::FastMap as HashMap;

/// A function a library registered.
#[derive(Debug)]
pub struct FunctionInfo {
    /// Its name (what FCALL names).
    pub name: Vec<u8>,
    /// Its library's name.
    pub library: Vec<u8>,
    /// The callback, in a registry slot.
    pub func: super::vm::Slot,
    /// `flags` given to register_function.
    pub flags: ScriptFlags,
    /// The flag names as given, for FUNCTION LIST.
    pub flag_names: Vec<Vec<u8>>,
    /// `description`, if given.
    pub description: Option<Vec<u8>>,
}

/// Every compiled library's functions.
#[derive(Debug, Default)]
pub struct Registry {
    functions: HashMap<Vec<u8>, Arc<FunctionInfo>>,
    /// Library name → its functions' names, in registration order.
    libraries: HashMap<Vec<u8>, Vec<Vec<u8>>>,
}

impl Registry {
    /// The function `name`.
    pub fn get(&self, name: &[u8]) -> Option<Arc<FunctionInfo>> {
        self.functions.get(name).cloned()
    }

    /// The functions of library `lib`, in registration order.
    pub fn library(&self, lib: &[u8]) -> Vec<Arc<FunctionInfo>> {
        self.libraries
            .get(lib)
            .map(|names| names.iter().filter_map(|n| self.get(n)).collect())
            .unwrap_or_default()
    }

    /// Number of functions.
    pub fn function_count(&self) -> usize {
        self.functions.len()
    }

    /// Drops every library.
    pub fn clear(&mut self) {
        self.functions.clear();
        self.libraries.clear();
    }

    /// Drops library `lib` and its functions.
    pub fn remove_library(&mut self, lib: &[u8]) {
        if let Some(names) = self.libraries.remove(lib) {
            for n in names {
                self.functions.remove(&n);
            }
        }
    }

    /// Adds a compiled library, or Redis's error when one of its functions exists in
    /// another library (`lib` itself is replaced).
    pub fn install(&mut self, lib: &[u8], funcs: Vec<FunctionInfo>) -> Result<(), String> {
        for f in &funcs {
            if let Some(existing) = self.functions.get(&f.name)
                && existing.library != lib
            {
                return Err(format!(
                    "Function {} already exists",
                    String::from_utf8_lossy(&f.name)
                ));
            }
        }
        self.remove_library(lib);
        let names = funcs.iter().map(|f| f.name.clone()).collect();
        for f in funcs {
            self.functions.insert(f.name.clone(), Arc::new(f));
        }
        self.libraries.insert(lib.to_vec(), names);
        Ok(())
    }
}

/// Runs library `lib`'s `code` (its `#!lua` line emptied) with the library API and
/// returns the functions it registered, or Redis's error text (without `ERR `).
pub fn compile_library(
    engine: &Engine,
    lib: &[u8],
    code: &[u8],
) -> Result<Vec<FunctionInfo>, String> {
    let end = code.iter().position(|&c| c == b'\n').unwrap_or(code.len());
    let body = &code[end..];
    let chunk = engine
        .compile(body, "@user_function")
        .map_err(|e| format!("Error compiling function: {e}"))?;
    let load: Function = engine
        .hidden()
        .raw_get("load_library")
        .map_err(|e| e.to_string())?;
    let (ok, err, registered): (bool, Value, Value) =
        load.call(chunk).map_err(|e| e.to_string())?;
    if !ok {
        let msg = match &err {
            Value::Table(t) => match t.raw_get::<Value>("err") {
                Ok(Value::String(s)) => String::from_utf8_lossy(&s.as_bytes()).into_owned(),
                _ => "ERR unknown error".into(),
            },
            other => format!("{other:?}"),
        };
        return Err(format!("Error registering functions: {msg}"));
    }
    let Value::Table(list) = registered else {
        return Err("No functions registered".into());
    };
    let mut funcs = Vec::new();
    for entry in list.sequence_values::<Table>() {
        let entry = entry.map_err(|e| e.to_string())?;
        let name: mlua::LuaString = entry.raw_get("name").map_err(|e| e.to_string())?;
        let func: Function = entry.raw_get("callback").map_err(|e| e.to_string())?;
        let func = engine.slot(&func).map_err(|e| e.to_string())?;
        let description: Option<mlua::LuaString> =
            entry.raw_get("description").map_err(|e| e.to_string())?;
        let flags_t: Table = entry.raw_get("flags").map_err(|e| e.to_string())?;
        let mut flags = ScriptFlags {
            shebang: true,
            ..ScriptFlags::default()
        };
        let mut flag_names = Vec::new();
        for f in flags_t.sequence_values::<mlua::LuaString>() {
            let f = f.map_err(|e| e.to_string())?.as_bytes().to_vec();
            match f.as_slice() {
                b"no-writes" => flags.no_writes = true,
                b"allow-oom" => flags.allow_oom = true,
                b"allow-stale" => flags.allow_stale = true,
                b"no-cluster" => flags.no_cluster = true,
                b"allow-cross-slot-keys" => flags.allow_cross_slot = true,
                _ => {}
            }
            flag_names.push(f);
        }
        funcs.push(FunctionInfo {
            name: name.as_bytes().to_vec(),
            library: lib.to_vec(),
            func,
            flags,
            flag_names,
            description: description.map(|d| d.as_bytes().to_vec()),
        });
    }
    if funcs.is_empty() {
        return Err("No functions registered".into());
    }
    Ok(funcs)
}
