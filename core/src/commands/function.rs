//! FUNCTION, FCALL and FCALL_RO. Libraries are kept as their code ([`Libraries`]: what
//! the RDB writer, FUNCTION DUMP and FUNCTION LIST WITHCODE read) and compiled into the
//! Lua interpreter ([`crate::scripting::functions::Registry`]: what FCALL runs).
//! FUNCTION LOAD, RESTORE and an RDB file's FUNCTION2 records go through both.

use super::flags::*;
use super::{Command, Ctx, SYNTAX_ERR, container};
use crate::scripting::RunMode;
use crate::scripting::functions::compile_library;
use crate::server::Node;

/// This family's commands.
pub const COMMANDS: &[Command] = &[
    Command::new("function", -2, 0, container).with_subcommands(SUBCOMMANDS),
    Command::new(
        "fcall",
        -3,
        NOSCRIPT | STALE | SKIP_MONITOR | PROPAGATES_INNER,
        fcall,
    ),
    Command::new(
        "fcall_ro",
        -3,
        NOSCRIPT | STALE | READONLY | SKIP_MONITOR | PROPAGATES_INNER,
        fcall,
    ),
];

const SUBCOMMANDS: &[Command] = &[
    Command::new("delete", 3, WRITE | NOSCRIPT, delete),
    Command::new("dump", 2, NOSCRIPT, dump),
    Command::new("flush", -2, WRITE | NOSCRIPT, flush),
    Command::new("help", 2, LOADING | STALE, help),
    Command::new("kill", 2, NOSCRIPT | ALLOW_BUSY, kill),
    Command::new("list", -2, NOSCRIPT, list),
    Command::new("load", -3, WRITE | DENYOOM | NOSCRIPT, load),
    Command::new("restore", -3, WRITE | DENYOOM | NOSCRIPT, restore),
    Command::new("stats", 2, NOSCRIPT | ALLOW_BUSY, stats),
];

/// FUNCTION DUMP of no libraries: RDB version 10 and its CRC64, as Redis 7.0 writes it.
#[cfg(test)]
const EMPTY_DUMP: &[u8] = b"\n\x00]\x9b\\@\x0f\x7f\xa2\xda";

/// Function libraries held as code, in the order they arrived.
#[derive(Debug, Clone, Default)]
pub struct Libraries {
    /// Each library's code (what the RDB writer and FUNCTION DUMP store).
    code: Vec<Vec<u8>>,
    /// Name and engine of each, parsed from its first line.
    meta: Vec<(Vec<u8>, Vec<u8>)>,
}

/// Redis's `functionExtractLibMetaData`: the engine and the library name from the
/// `#!<engine> name=<name>` first line of `code`, or Redis's error text.
pub fn library_metadata(code: &[u8]) -> Result<(Vec<u8>, Vec<u8>), String> {
    if !code.starts_with(b"#!") {
        return Err("Missing library metadata".into());
    }
    let Some(end) = code.iter().position(|&c| c == b'\n') else {
        return Err("Invalid library metadata".into());
    };
    let parts = match crate::util::splitargs::split_args(&code[..end]) {
        Some(p) if !p.is_empty() => p,
        _ => return Err("Invalid library metadata".into()),
    };
    let engine = parts[0].get(2..).unwrap_or_default().to_vec();
    let mut name: Option<Vec<u8>> = None;
    for part in &parts[1..] {
        if part.len() >= 5 && part[..5].eq_ignore_ascii_case(b"name=") {
            if name.is_some() {
                return Err(
                    "Invalid metadata value, name argument was given multiple times".into(),
                );
            }
            name = Some(part[5..].to_vec());
            continue;
        }
        return Err(format!(
            "Invalid metadata value given: {}",
            String::from_utf8_lossy(part)
        ));
    }
    let name = name.ok_or_else(|| "Library name was not given".to_string())?;
    if !engine.eq_ignore_ascii_case(b"lua") {
        return Err(format!(
            "Engine '{}' not found",
            String::from_utf8_lossy(&engine)
        ));
    }
    if name.is_empty() || !name.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_') {
        return Err("Library names can only contain letters, numbers, or underscores(_) and must be at least one character long".into());
    }
    // The engine as registered (FUNCTION LIST shows "LUA" whatever the case in code).
    Ok((b"LUA".to_vec(), name))
}

impl Libraries {
    /// No libraries.
    pub fn new() -> Self {
        Self::default()
    }

    /// Libraries from their code (an RDB file's, in file order); Redis's error text
    /// for one that is malformed or whose name repeats.
    pub fn from_codes(codes: Vec<Vec<u8>>) -> Result<Self, String> {
        let mut libs = Libraries::new();
        for c in codes {
            libs.add(c, false)?;
        }
        Ok(libs)
    }

    /// Each library's code, for the RDB writer (one FUNCTION2 record each).
    pub fn codes(&self) -> &[Vec<u8>] {
        &self.code
    }

    /// Number of libraries.
    pub fn len(&self) -> usize {
        self.code.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.code.is_empty()
    }

    /// Drops every library (FUNCTION FLUSH).
    pub fn clear(&mut self) {
        self.code.clear();
        self.meta.clear();
    }

    /// Adds a library from its code; a library of the same name is an error unless
    /// `replace`.
    pub fn add(&mut self, code: Vec<u8>, replace: bool) -> Result<(), String> {
        let (engine, name) = library_metadata(&code)?;
        if let Some(i) = self.position(&name) {
            if !replace {
                return Err(format!(
                    "Library '{}' already exists",
                    String::from_utf8_lossy(&name)
                ));
            }
            self.code[i] = code;
            self.meta[i] = (name, engine);
            return Ok(());
        }
        self.code.push(code);
        self.meta.push((name, engine));
        Ok(())
    }

    /// Removes the library `name`; whether it existed.
    pub fn remove(&mut self, name: &[u8]) -> bool {
        match self.position(name) {
            Some(i) => {
                self.code.remove(i);
                self.meta.remove(i);
                true
            }
            None => false,
        }
    }

    fn position(&self, name: &[u8]) -> Option<usize> {
        self.meta.iter().position(|(n, _)| n == name)
    }

    /// Name, engine and code of each library.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &[u8], &[u8])> + '_ {
        self.meta
            .iter()
            .zip(&self.code)
            .map(|((n, e), c)| (n.as_slice(), e.as_slice(), c.as_slice()))
    }

    /// The FUNCTION DUMP payload: a FUNCTION2 record per library, then RDB version 10
    /// and the CRC-64 of all before it.
    pub fn dump(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = crate::rdb::write::Encoder::new(true);
        for c in &self.code {
            out.push(crate::rdb::opcodes::FUNCTION2);
            enc.string(&mut out, c);
        }
        out.extend_from_slice(&crate::rdb::RDB_VERSION.to_le_bytes());
        let crc = crate::rdb::crc64::checksum(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }

    /// The codes in a FUNCTION RESTORE payload, or Redis's error reply.
    pub fn parse_dump(payload: &[u8]) -> Result<Vec<Vec<u8>>, &'static str> {
        const BAD: &str = "ERR DUMP payload version or checksum are wrong";
        if payload.len() < 10 {
            return Err(BAD);
        }
        let (body, footer) = payload.split_at(payload.len() - 10);
        let version = u16::from_le_bytes([footer[0], footer[1]]);
        let mut crc = [0u8; 8];
        crc.copy_from_slice(&footer[2..]);
        if version > crate::rdb::RDB_VERSION
            || crate::rdb::crc64::checksum(&payload[..payload.len() - 8]) != u64::from_le_bytes(crc)
        {
            return Err(BAD);
        }
        let mut r = crate::rdb::read::Reader::new(body);
        let mut codes = Vec::new();
        while r.remaining() > 0 {
            match r.u8() {
                Ok(crate::rdb::opcodes::FUNCTION2) => {}
                _ => return Err("ERR given type is not a function"),
            }
            match r.string() {
                Ok(c) => codes.push(c.into_owned()),
                Err(_) => return Err("ERR payload is not a valid function dump"),
            }
        }
        Ok(codes)
    }
}

fn delete(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if ctx.node.functions.remove(argv[2]) {
        ctx.node.scripting.functions.remove_library(argv[2]);
        ctx.node.dirty += 1;
        ctx.out.ok();
    } else {
        ctx.out.error("ERR Library not found");
    }
}

fn dump(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    let payload = ctx.node.functions.dump();
    ctx.out.bulk(&payload);
}

fn flush(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    match argv.get(2) {
        _ if argv.len() > 3 => ctx.out.error(
            "ERR unknown subcommand or wrong number of arguments for 'flush'. Try FUNCTION HELP.",
        ),
        Some(m) if !m.eq_ignore_ascii_case(b"async") && !m.eq_ignore_ascii_case(b"sync") => ctx
            .out
            .error("ERR FUNCTION FLUSH only supports SYNC|ASYNC option"),
        _ => {
            ctx.node.functions.clear();
            ctx.node.scripting.functions.clear();
            ctx.node.dirty += 1;
            ctx.out.ok()
        }
    }
}

fn kill(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::scripting::kill_script(ctx, false);
}

fn list(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let (mut with_code, mut library) = (false, false);
    let mut pattern: Option<&[u8]> = None;
    let mut i = 2;
    while i < argv.len() {
        let arg = argv[i];
        if !with_code && arg.eq_ignore_ascii_case(b"withcode") {
            with_code = true;
        } else if !library && arg.eq_ignore_ascii_case(b"libraryname") {
            if i + 1 >= argv.len() {
                return ctx.out.error("ERR library name argument was not given");
            }
            library = true;
            pattern = Some(argv[i + 1]);
            i += 1;
        } else {
            let mut msg = b"ERR Unknown argument ".to_vec();
            msg.extend_from_slice(arg);
            return ctx.out.error_bytes(&msg);
        }
        i += 1;
    }
    let libs: Vec<_> = ctx
        .node
        .functions
        .iter()
        .filter(|(name, _, _)| pattern.is_none_or(|p| crate::util::glob::matches_nocase(p, name)))
        .collect();
    let registry = &ctx.node.scripting.functions;
    let out = &mut *ctx.out;
    out.array(libs.len());
    for (name, engine, code) in libs {
        out.map(if with_code { 4 } else { 3 });
        out.bulk(b"library_name");
        out.bulk(name);
        out.bulk(b"engine");
        out.bulk(engine);
        out.bulk(b"functions");
        let funcs = registry.library(name);
        out.array(funcs.len());
        for f in funcs {
            out.map(3);
            out.bulk(b"name");
            out.bulk(&f.name);
            out.bulk(b"description");
            match &f.description {
                Some(d) => out.bulk(d),
                None => out.null(),
            }
            out.bulk(b"flags");
            out.set(f.flag_names.len());
            for flag in &f.flag_names {
                out.simple(&String::from_utf8_lossy(flag));
            }
        }
        if with_code {
            out.bulk(b"library_code");
            out.bulk(code);
        }
    }
}

fn load(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    let mut code = argv[2];
    let mut replace = false;
    if argv.len() == 4 && argv[2].eq_ignore_ascii_case(b"replace") {
        code = argv[3];
        replace = true;
    } else if argv.len() != 3 {
        return ctx.out.error(SYNTAX_ERR);
    }
    let (_, name) = match library_metadata(code) {
        Ok(m) => m,
        Err(e) => return ctx.out.error(&format!("ERR {e}")),
    };
    if !replace
        && ctx
            .node
            .functions
            .iter()
            .any(|(n, _, _)| n == name.as_slice())
    {
        return ctx.out.error(&format!(
            "ERR Library '{}' already exists",
            String::from_utf8_lossy(&name)
        ));
    }
    let now = ctx.node.now;
    let compiled = ctx
        .node
        .scripting
        .engine(now)
        .and_then(|engine| compile_library(engine, &name, code));
    let funcs = match compiled {
        Ok(f) => f,
        Err(e) => return ctx.out.error(&format!("ERR {e}")),
    };
    if let Err(e) = ctx.node.scripting.functions.install(&name, funcs) {
        return ctx.out.error(&format!("ERR {e}"));
    }
    if let Err(e) = ctx.node.functions.add(code.to_vec(), replace) {
        ctx.node.scripting.functions.remove_library(&name);
        return ctx.out.error(&format!("ERR {e}"));
    }
    ctx.node.dirty += 1;
    ctx.out.bulk(&name);
}

/// Compiles every library of `libs` into the interpreter, replacing what it held: an
/// RDB file's libraries, or FUNCTION RESTORE's result. Redis's error text (without
/// `ERR `) if one does not compile or registers a function another one has; then
/// nothing changed.
pub fn install_all(node: &mut Node, libs: &Libraries) -> Result<(), String> {
    let now = node.now;
    let engine = node.scripting.engine(now)?;
    let mut registry = crate::scripting::functions::Registry::default();
    for (name, _, code) in libs.iter() {
        let funcs = compile_library(engine, name, code)?;
        registry.install(name, funcs)?;
    }
    node.scripting.functions = registry;
    Ok(())
}

fn restore(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    if argv.len() > 4 {
        return ctx.out.error(SYNTAX_ERR);
    }
    if let Some(policy) = argv.get(3)
        && !([&b"flush"[..], b"append", b"replace"]
            .iter()
            .any(|p| policy.eq_ignore_ascii_case(p)))
    {
        return ctx.out.error(
            "ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.",
        );
    }
    let codes = match Libraries::parse_dump(argv[2]) {
        Ok(c) => c,
        Err(e) => return ctx.out.error(e),
    };
    let policy = argv.get(3).copied().unwrap_or(b"append");
    let mut libs = if policy.eq_ignore_ascii_case(b"flush") {
        Libraries::new()
    } else {
        ctx.node.functions.clone()
    };
    let replace = policy.eq_ignore_ascii_case(b"replace");
    for c in codes {
        let name = library_metadata(&c).map(|(_, n)| n).unwrap_or_default();
        if !replace && libs.iter().any(|(n, _, _)| n == name.as_slice()) {
            // RESTORE's text has no quotes around the name, unlike LOAD's.
            return ctx.out.error(&format!(
                "ERR Library {} already exists",
                String::from_utf8_lossy(&name)
            ));
        }
        if let Err(e) = libs.add(c, replace) {
            return ctx.out.error(&format!("ERR {e}"));
        }
    }
    if let Err(e) = install_all(ctx.node, &libs) {
        return ctx.out.error(&format!("ERR {e}"));
    }
    ctx.node.functions = libs;
    ctx.node.dirty += 1;
    ctx.out.ok();
}

fn stats(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    if ctx.node.scripting.busy.as_ref().is_some_and(|b| b.eval) {
        // Redis's reply while an EVAL script is busy.
        return ctx.out.error(crate::scripting::BUSY_EVAL);
    }
    let libs = ctx.node.functions.len();
    let functions = ctx.node.scripting.functions.function_count();
    let now = ctx.node.introspect.clock.read(ctx.node.now.mono);
    let out = &mut *ctx.out;
    out.map(2);
    out.bulk(b"running_script");
    match ctx.node.scripting.busy.as_deref() {
        // A function suspended past busy-reply-threshold: Redis's three fields.
        Some(run) => {
            out.map(3);
            out.bulk(b"name");
            out.bulk(&run.name);
            out.bulk(b"command");
            out.array(run.argv.len());
            for a in &run.argv {
                out.bulk(a);
            }
            out.bulk(b"duration_ms");
            out.int((now.nanos_since(run.started) / 1_000_000) as i64);
        }
        None => out.null(),
    }
    out.bulk(b"engines");
    out.map(1);
    out.bulk(b"LUA");
    out.map(2);
    out.bulk(b"libraries_count");
    out.int(libs as i64);
    out.bulk(b"functions_count");
    out.int(functions as i64);
}

fn fcall(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    super::scripting::feed_monitors(ctx, argv);
    let ro = argv[0].eq_ignore_ascii_case(b"fcall_ro");
    let Some(func) = ctx.node.scripting.functions.get(argv[1]) else {
        return ctx.out.error("ERR Function not found");
    };
    let Some(nkeys) = super::scripting::numkeys(ctx, argv, "ERR Bad number of keys provided")
    else {
        return;
    };
    if ro && !func.flags.no_writes {
        return ctx.out.error(super::scripting::RO_WRITE_ERR);
    }
    let oom = super::scripting::over_maxmemory(ctx);
    if oom && !func.flags.no_writes && !func.flags.allow_oom {
        return ctx.out.error(super::scripting::OOM_ERR);
    }
    let now = ctx.node.now;
    let mut engine = match ctx.node.scripting.take(now) {
        Ok(e) => e,
        Err(e) => return ctx.out.error(&format!("ERR {e}")),
    };
    let mode = RunMode {
        read_only: func.flags.no_writes,
        name: &func.name,
        allow_oom: func.flags.allow_oom,
        oom,
        may_suspend: super::scripting::may_suspend(ctx),
    };
    let keys = &argv[3..3 + nkeys];
    let args = &argv[3 + nkeys..];
    let ran = engine.run(ctx, func.func.id(), keys, args, true, mode);
    let log = engine.take_log();
    ctx.node.scripting.put(engine);
    super::scripting::emit_log(ctx.node, log);
    if ran == crate::scripting::Ran::Suspended {
        super::scripting::suspended(ctx, argv, false, &func.name, mode);
    }
}

fn help(ctx: &mut Ctx<'_>, _argv: &[&[u8]]) {
    super::connection::help(
        ctx.out,
        "FUNCTION",
        &[
            "LOAD [REPLACE] <FUNCTION CODE>",
            "    Create a new library with the given library name and code.",
            "DELETE <LIBRARY NAME>",
            "    Delete the given library.",
            "LIST [LIBRARYNAME PATTERN] [WITHCODE]",
            "    Return general information on all the libraries:",
            "    * Library name",
            "    * The engine used to run the Library",
            "    * Library description",
            "    * Functions list",
            "    * Library code (if WITHCODE is given)",
            "    It also possible to get only function that matches a pattern using LIBRARYNAME argument.",
            "STATS",
            "    Return information about the current function running:",
            "    * Function name",
            "    * Command used to run the function",
            "    * Duration in MS that the function is running",
            "    If no function is running, return nil",
            "    In addition, returns a list of available engines.",
            "KILL",
            "    Kill the current running function.",
            "FLUSH [ASYNC|SYNC]",
            "    Delete all the libraries.",
            "    When called without the optional mode argument, the behavior is determined by the",
            "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
            "    * ASYNC: Asynchronously flush the libraries.",
            "    * SYNC: Synchronously flush the libraries.",
            "DUMP",
            "    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
            "RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
            "    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
            "    control how to handle existing libraries (default APPEND):",
            "    * FLUSH: delete all existing libraries.",
            "    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.",
            "    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old",
            "      libraries with the new libraries (notice that even on this option there is a chance of failure",
            "      in case of functions name collision with another library).",
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_dump_is_redis_bytes_and_round_trips() {
        assert_eq!(Libraries::new().dump(), EMPTY_DUMP);
        assert_eq!(Libraries::parse_dump(EMPTY_DUMP), Ok(Vec::new()));
        let mut bad = EMPTY_DUMP.to_vec();
        bad[3] ^= 1;
        assert!(Libraries::parse_dump(&bad).is_err());
        let mut libs = Libraries::new();
        libs.add(b"#!lua name=a\nreturn 1".to_vec(), false).unwrap();
        libs.add(b"#!LUA name=b \n".to_vec(), false).unwrap();
        let codes = Libraries::parse_dump(&libs.dump()).unwrap();
        assert_eq!(codes, libs.codes());
    }

    #[test]
    fn metadata_errors_are_redis_texts() {
        let meta = |c: &[u8]| library_metadata(c);
        assert_eq!(
            meta(b"#!lua name=x_1\n"),
            Ok((b"LUA".to_vec(), b"x_1".to_vec()))
        );
        assert_eq!(meta(b"return 1"), Err("Missing library metadata".into()));
        assert_eq!(
            meta(b"#!lua name=x"),
            Err("Invalid library metadata".into())
        );
        assert_eq!(meta(b"#!lua\n"), Err("Library name was not given".into()));
        assert_eq!(
            meta(b"#!lua name=a name=b\n"),
            Err("Invalid metadata value, name argument was given multiple times".into())
        );
        assert_eq!(
            meta(b"#!lua foo=a\n"),
            Err("Invalid metadata value given: foo=a".into())
        );
        assert_eq!(meta(b"#!js name=a\n"), Err("Engine 'js' not found".into()));
        let mut libs = Libraries::new();
        libs.add(b"#!lua name=a\n".to_vec(), false).unwrap();
        assert_eq!(
            libs.add(b"#!lua name=a\n--2".to_vec(), false),
            Err("Library 'a' already exists".into())
        );
        libs.add(b"#!lua name=a\n--2".to_vec(), true).unwrap();
        assert_eq!(libs.codes(), &[b"#!lua name=a\n--2".to_vec()]);
    }
}
