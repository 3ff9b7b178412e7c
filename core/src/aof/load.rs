//! Loading the append-only file at start-up: the base (an RDB preamble, through
//! [`crate::rdb::load`], or commands), then each incremental file in manifest order,
//! their commands replayed through the command dispatch by a fake client (MULTI/EXEC
//! and SELECT work as for any client), with Redis 7.0.15's log lines.
//!
//! The command files are read as Redis's `loadSingleAppendOnlyFile` reads them: a line
//! `*<argc>`, then for each argument a line `$<len>`, `len` bytes and two bytes that
//! are not checked; `#` lines (timestamp annotations) are skipped. A file that ends
//! inside a command, or inside a MULTI without its EXEC, was torn by a crash: with
//! `aof-load-truncated yes` (and only for the last file) it is cut back to the last
//! complete command, which the runtime does with the offset reported; otherwise the
//! load fails. Anything else malformed is a format error.

use super::manifest::Manifest;
use crate::client::{Client, ConnId};
use crate::commands;
use crate::keyspace::ExpiryMode;
use crate::server::{Output, Server};
use crate::time::Now;
use crate::util::log::Level;

/// The fake client's id (Redis's `CLIENT_ID_AOF` is the largest id too).
const AOF_CLIENT: ConnId = ConnId(u64::MAX);
/// Longest line the reader takes at once (Redis's `AOF_ANNOTATION_LINE_MAX_LEN`).
const LINE_MAX: usize = 1024;

/// How the load of the whole AOF ended, when it did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// The manifest names no file: nothing was loaded.
    NotExist,
    /// Every file is empty.
    Empty,
    /// Loaded; the last file is to be cut to this length first, if given.
    Ok {
        /// (file name, valid length) of a torn last file.
        truncate: Option<(String, u64)>,
    },
}

/// The load failed; why has been logged ([`Output::Log`]) and the process exits with
/// status 1, as Redis does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadFailed;

/// How one file's load ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileLoad {
    Ok,
    Empty,
    Truncated(u64),
    Failed,
}

/// What reading one command from a file gave.
enum Next {
    /// The end of the file, between commands.
    Eof,
    /// A whole command and the offset after it.
    Command(Vec<Vec<u8>>, usize),
    /// The file ends inside a command.
    Short,
    /// Not the format of the file.
    Format,
}

/// fgets: the line at `pos` (through its newline, at most [`LINE_MAX`] - 1 bytes).
fn line_at(bytes: &[u8], pos: usize) -> Option<&[u8]> {
    let rest = bytes.get(pos..).filter(|r| !r.is_empty())?;
    let limit = rest.len().min(LINE_MAX - 1);
    let end = rest[..limit]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(limit, |i| i + 1);
    Some(&rest[..end])
}

/// C's `atoi`/`strtol` on the start of `v`: sign and leading digits.
fn leading_int(v: &[u8]) -> i64 {
    let mut i = 0;
    let neg = match v.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut n: i64 = 0;
    while let Some(d) = v.get(i).filter(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(i64::from(d - b'0'));
        i += 1;
    }
    if neg { -n } else { n }
}

/// Reads the command at `pos`, skipping annotation lines.
fn next_command(bytes: &[u8], mut pos: usize) -> Next {
    let header = loop {
        let Some(line) = line_at(bytes, pos) else {
            return Next::Eof;
        };
        pos += line.len();
        if line.first() != Some(&b'#') {
            break line;
        }
    };
    if header.first() != Some(&b'*') {
        return Next::Format;
    }
    if header.len() == 1 {
        // "*" and then the end of the file.
        return Next::Short;
    }
    let argc = leading_int(&header[1..]);
    if argc < 1 {
        return Next::Format;
    }
    let mut argv = Vec::with_capacity(argc.min(1024) as usize);
    for _ in 0..argc {
        let Some(line) = line_at(bytes, pos) else {
            return Next::Short;
        };
        if line.first() != Some(&b'$') {
            return Next::Format;
        }
        pos += line.len();
        let len = leading_int(&line[1..]);
        let Ok(len) = usize::try_from(len) else {
            return Next::Format;
        };
        let Some(arg) = bytes.get(pos..pos.saturating_add(len)) else {
            return Next::Short;
        };
        argv.push(arg.to_vec());
        pos += len;
        // The CRLF after the argument, not checked (as Redis).
        if bytes.len() < pos + 2 {
            return Next::Short;
        }
        pos += 2;
    }
    Next::Command(argv, pos)
}

impl Server {
    fn log(&mut self, level: Level, text: String) {
        self.node.outputs.push_back(Output::Log { level, text });
    }

    /// Loads the AOF named by `manifest` at start-up, before any client: `files` holds
    /// the bytes of the base (if any) then of each incremental file, in manifest order,
    /// and `clock` reads seconds from a monotonic clock (for the per-file log lines).
    /// Logs Redis 7.0.15's lines ([`Output::Log`]). `Err` when the load failed (the
    /// runtime exits with status 1).
    pub fn load_aof(
        &mut self,
        now: Now,
        manifest: &Manifest,
        files: &[Vec<u8>],
        clock: &mut dyn FnMut() -> f64,
    ) -> Result<Loaded, LoadFailed> {
        self.node.now = now;
        let names: Vec<(String, bool)> = manifest
            .base
            .iter()
            .map(|f| (f.name.clone(), true))
            .chain(manifest.incr.iter().map(|f| (f.name.clone(), false)))
            .collect();
        if names.is_empty() {
            return Ok(Loaded::NotExist);
        }
        let total: u64 = files.iter().map(|f| f.len() as u64).sum();
        if total == 0 {
            return Ok(Loaded::Empty);
        }
        let mut truncate = None;
        // Redis expires nothing while loading (`keyIsExpired` is false during a
        // load): a command replayed on a key whose time has passed since sees the
        // key, as it did when it ran. Expiry resumes once the load is over.
        let mode = self
            .node
            .dbs
            .first()
            .map(|db| db.expiry_mode)
            .unwrap_or_default();
        let outcome = self.load_files(&names, files, clock, &mut truncate);
        self.node.set_expiry_mode(mode);
        outcome?;
        let base_size = manifest
            .base
            .as_ref()
            .and_then(|_| files.first())
            .map_or(0, |b| b.len() as u64);
        let aof = &mut self.node.aof;
        aof.current_size = total;
        aof.base_size = base_size;
        aof.rw.rewrite_base_size = base_size;
        aof.last_incr_size = if manifest.incr.is_empty() {
            0
        } else {
            files.last().map_or(0, |b| b.len() as u64)
        };
        if let Some((_, at)) = &truncate {
            let cut = aof.last_incr_size.saturating_sub(*at);
            aof.current_size -= cut;
            aof.last_incr_size -= cut;
        }
        Ok(Loaded::Ok { truncate })
    }

    /// Loads each file of the AOF in manifest order (see [`load_aof`](Self::load_aof)),
    /// with expiry off; a torn last file's valid length goes to `truncate`.
    fn load_files(
        &mut self,
        names: &[(String, bool)],
        files: &[Vec<u8>],
        clock: &mut dyn FnMut() -> f64,
        truncate: &mut Option<(String, u64)>,
    ) -> Result<(), LoadFailed> {
        let count = names.len();
        self.node.set_expiry_mode(ExpiryMode::Keep);
        for (i, ((name, base), bytes)) in names.iter().zip(files).enumerate() {
            let last = i + 1 == count;
            let start = clock();
            let result = self.load_one_file(name, bytes);
            if result == FileLoad::Ok || (matches!(result, FileLoad::Truncated(_)) && last) {
                let kind = if *base { "base" } else { "incr" };
                self.log(
                    Level::Notice,
                    format!(
                        "DB loaded from {kind} file {name}: {:.3} seconds",
                        (clock() - start).max(0.0)
                    ),
                );
            }
            match result {
                FileLoad::Ok | FileLoad::Empty => {}
                FileLoad::Truncated(at) if last => *truncate = Some((name.clone(), at)),
                FileLoad::Truncated(_) | FileLoad::Failed => return Err(LoadFailed),
            }
        }
        Ok(())
    }

    /// Loads one file (Redis's `loadSingleAppendOnlyFile`).
    fn load_one_file(&mut self, name: &str, bytes: &[u8]) -> FileLoad {
        if bytes.is_empty() {
            return FileLoad::Empty;
        }
        // An RDB first (a `.base.rdb`, or an old-style file's preamble), then
        // commands to the end (none in a base).
        let mut start = 0usize;
        if bytes.starts_with(b"REDIS") {
            let old_style = name == super::filename(&self.node);
            self.log(
                Level::Notice,
                if old_style {
                    "Reading RDB preamble from AOF file..."
                } else {
                    "Reading RDB base file on AOF loading..."
                }
                .to_string(),
            );
            let now = self.node.now;
            // Keys already expired are kept, as Redis keeps them in a preamble: the
            // commands after it may still touch them.
            let loaded = self.load_rdb_with(now, bytes, true);
            self.node.set_expiry_mode(ExpiryMode::Keep);
            match loaded {
                Ok(report) => start = report.consumed,
                Err(e) => {
                    self.log(Level::Warning, e.to_string());
                    let text = if old_style {
                        format!(
                            "Error reading the RDB preamble of the AOF file {name}, AOF loading aborted"
                        )
                    } else {
                        format!("Error reading the RDB base file {name}, AOF loading aborted")
                    };
                    self.log(Level::Warning, text);
                    return FileLoad::Failed;
                }
            }
            if old_style {
                self.log(
                    Level::Notice,
                    "Reading the remaining AOF tail...".to_string(),
                );
            }
        }
        let truncated_ok = super::flag(&self.node, "aof-load-truncated");
        let now = self.node.now;
        let mut fake = Box::new(Client::new(
            AOF_CLIENT,
            String::new(),
            String::new(),
            true,
            now,
        ));
        fake.state.in_exec = true;
        let mut pos = start;
        let mut valid_up_to = start;
        let mut valid_before_multi = start;
        let short = loop {
            match next_command(bytes, pos) {
                next @ (Next::Eof | Next::Short) => {
                    // A file that ends inside MULTI is reverted to before it. Redis
                    // 7.0.15 does so at a clean end, but cuts a torn transaction after
                    // its last whole command, which leaves a MULTI that the next
                    // appends follow: the next load then reverts everything after it,
                    // acknowledged writes included. We cut before the MULTI in both
                    // cases (its EXEC never reached the file: nothing in it was
                    // acknowledged).
                    if fake.state.multi.is_some() {
                        self.log(
                            Level::Warning,
                            format!("Revert incomplete MULTI/EXEC transaction in AOF file {name}"),
                        );
                        valid_up_to = valid_before_multi;
                        break true;
                    }
                    break matches!(next, Next::Short);
                }
                Next::Format => {
                    self.log(
                        Level::Warning,
                        format!(
                            "Bad file format reading the append only file {name}: make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>"
                        ),
                    );
                    return FileLoad::Failed;
                }
                Next::Command(argv, after) => {
                    let Some(cmd) = self.commands.get(&argv[0]) else {
                        self.log(
                            Level::Warning,
                            format!(
                                "Unknown command '{}' reading the append only file {name}",
                                String::from_utf8_lossy(&argv[0])
                            ),
                        );
                        return FileLoad::Failed;
                    };
                    if cmd.name == "multi" {
                        valid_before_multi = valid_up_to;
                    }
                    let args: Vec<&[u8]> = argv.iter().map(Vec::as_slice).collect();
                    let mut ctx = commands::Ctx {
                        node: &mut self.node,
                        client: &mut fake.state,
                        out: &mut fake.reply,
                        others: &mut self.clients,
                        commands: &self.commands,
                    };
                    commands::execute(&self.commands, &mut ctx, &args);
                    self.node.end_effects_unit(&mut fake.state.woff);
                    fake.state.block_request = None;
                    fake.state.in_exec = true;
                    fake.reply.consume(usize::MAX);
                    pos = after;
                    valid_up_to = pos;
                }
            }
        };
        if !short {
            return FileLoad::Ok;
        }
        if truncated_ok {
            self.log(
                Level::Warning,
                format!("!!! Warning: short read while loading the AOF file {name}!!!"),
            );
            self.log(
                Level::Warning,
                format!("!!! Truncating the AOF {name} at offset {valid_up_to} !!!"),
            );
            self.log(
                Level::Warning,
                format!("AOF {name} loaded anyway because aof-load-truncated is enabled"),
            );
            return FileLoad::Truncated(valid_up_to as u64);
        }
        self.log(
            Level::Warning,
            format!(
                "Unexpected end of file reading the append only file {name}. You can: 1) Make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>. 2) Alternatively you can set the 'aof-load-truncated' configuration option to yes and restart the server."
            ),
        );
        FileLoad::Failed
    }
}

#[cfg(test)]
mod tests;
