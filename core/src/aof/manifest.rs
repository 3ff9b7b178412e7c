//! The AOF manifest (`appendonly.aof.manifest`): which files make up the append-only
//! file, in Redis 7.0's line format, parsed and written exactly as Redis does.
//!
//! Each line is `file <name> seq <n> type <b|h|i>` (keys in any order, any case, more
//! key/value pairs allowed for forward compatibility); `#` lines are comments. The base
//! comes first, then history files, then incremental files in sequence order. A
//! malformed manifest stops the start-up with Redis's message ([`ManifestError`]).

use std::fmt::Write as _;

/// What one manifest line says about a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    /// The file name, relative to `appenddirname`.
    pub name: String,
    /// Its sequence number.
    pub seq: i64,
    /// `b` (base), `h` (history) or `i` (incremental).
    pub kind: u8,
}

/// Base file type mark.
pub const BASE: u8 = b'b';
/// History file type mark.
pub const HISTORY: u8 = b'h';
/// Incremental file type mark.
pub const INCR: u8 = b'i';

/// The files of an append-only file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    /// The base (RDB preamble or commands), if any.
    pub base: Option<FileInfo>,
    /// Files a rewrite replaced, waiting to be removed.
    pub history: Vec<FileInfo>,
    /// Incremental files, oldest first.
    pub incr: Vec<FileInfo>,
    /// Sequence number of the last base created.
    pub base_seq: i64,
    /// Sequence number of the last incremental file created.
    pub incr_seq: i64,
}

/// Why a manifest was refused: Redis's reason, and the line it was found on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError {
    /// The 1-based line number and the trimmed line, when a line is at fault.
    pub line: Option<(usize, String)>,
    /// Redis's reason text.
    pub reason: &'static str,
}

impl ManifestError {
    /// The lines Redis 7.0.15 logs (as warnings) before it exits with status 1.
    pub fn log_lines(&self) -> Vec<String> {
        let mut lines = vec!["\n*** FATAL AOF MANIFEST FILE ERROR ***\n".to_string()];
        if let Some((n, text)) = &self.line {
            lines.push(format!("Reading the manifest file, at line {n}\n"));
            lines.push(format!(">>> '{text}'\n"));
        }
        lines.push(format!("{}\n", self.reason));
        lines
    }
}

/// Longest line Redis reads (`MANIFEST_MAX_LINE`).
const MAX_LINE: usize = 1024;

impl Manifest {
    /// Parses a manifest file's bytes as Redis's `aofLoadManifestFromFile` does.
    pub fn parse(bytes: &[u8]) -> Result<Manifest, ManifestError> {
        let mut m = Manifest::default();
        if bytes.is_empty() {
            return Err(ManifestError {
                line: None,
                reason: "Found an empty AOF manifest",
            });
        }
        let mut maxseq = 0i64;
        let mut rest = bytes;
        let mut linenum = 0usize;
        while !rest.is_empty() {
            // fgets: up to MAX_LINE bytes, through the newline if one comes first.
            let take = match rest.iter().take(MAX_LINE).position(|&c| c == b'\n') {
                Some(i) => i + 1,
                None => rest.len().min(MAX_LINE),
            };
            let (raw, tail) = rest.split_at(take);
            rest = tail;
            linenum += 1;
            if raw.first() == Some(&b'#') {
                continue;
            }
            let err = |reason, line: Option<String>| ManifestError {
                line: line.map(|l| (linenum, l)),
                reason,
            };
            if !raw.contains(&b'\n') {
                return Err(err("The AOF manifest file contains too long line", None));
            }
            let line = String::from_utf8_lossy(raw)
                .trim_matches([' ', '\t', '\r', '\n'])
                .to_string();
            if line.is_empty() {
                return Err(err("Invalid AOF manifest file format", Some(line)));
            }
            let args = match crate::util::splitargs::split_args(line.as_bytes()) {
                Some(a) if a.len() >= 6 && a.len() % 2 == 0 => a,
                _ => return Err(err("Invalid AOF manifest file format", Some(line))),
            };
            let (mut name, mut seq, mut kind) = (None::<String>, 0i64, 0u8);
            for pair in args.chunks_exact(2) {
                let key = &pair[0];
                let value = &pair[1];
                if key.eq_ignore_ascii_case(b"file") {
                    let n = String::from_utf8_lossy(value).into_owned();
                    if n.contains('/') {
                        return Err(err("File can't be a path, just a filename", Some(line)));
                    }
                    name = Some(n);
                } else if key.eq_ignore_ascii_case(b"seq") {
                    seq = crate::util::number::atoi(value);
                } else if key.eq_ignore_ascii_case(b"type") {
                    kind = value.first().copied().unwrap_or(0);
                }
            }
            let (Some(name), true, true) = (name, seq != 0, kind != 0) else {
                return Err(err("Invalid AOF manifest file format", Some(line)));
            };
            let info = FileInfo { name, seq, kind };
            match kind {
                BASE => {
                    if m.base.is_some() {
                        return Err(err("Found duplicate base file information", Some(line)));
                    }
                    m.base_seq = seq;
                    m.base = Some(info);
                }
                HISTORY => m.history.push(info),
                INCR => {
                    if seq <= maxseq {
                        return Err(err("Found a non-monotonic sequence number", Some(line)));
                    }
                    m.incr_seq = seq;
                    maxseq = seq;
                    m.incr.push(info);
                }
                _ => return Err(err("Unknown AOF file type", Some(line))),
            }
        }
        if linenum == 0 {
            return Err(ManifestError {
                line: None,
                reason: "Found an empty AOF manifest",
            });
        }
        Ok(m)
    }

    /// The manifest's text as Redis writes it: base, history, incremental files.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for f in self.base.iter().chain(&self.history).chain(&self.incr) {
            let name = if needs_repr(&f.name) {
                repr(&f.name)
            } else {
                f.name.clone()
            };
            let _ = writeln!(s, "file {name} seq {} type {}", f.seq, f.kind as char);
        }
        s
    }

    /// Starts a new base named after `filename` (`.rdb` with the preamble, else
    /// `.aof`); the current base becomes history. Returns its name.
    pub fn new_base(&mut self, filename: &str, preamble: bool) -> String {
        if let Some(mut old) = self.base.take() {
            old.kind = HISTORY;
            self.history.insert(0, old);
        }
        self.base_seq += 1;
        let suffix = if preamble { "rdb" } else { "aof" };
        let name = format!("{filename}.{}.base.{suffix}", self.base_seq);
        self.base = Some(FileInfo {
            name: name.clone(),
            seq: self.base_seq,
            kind: BASE,
        });
        name
    }

    /// Adds a new incremental file named after `filename`; returns its name.
    pub fn new_incr(&mut self, filename: &str) -> String {
        self.incr_seq += 1;
        let name = format!("{filename}.{}.incr.aof", self.incr_seq);
        self.incr.push(FileInfo {
            name: name.clone(),
            seq: self.incr_seq,
            kind: INCR,
        });
        name
    }

    /// The incremental file written to: the last one, created if there is none.
    pub fn last_incr(&mut self, filename: &str) -> String {
        match self.incr.last() {
            Some(f) => f.name.clone(),
            None => self.new_incr(filename),
        }
    }

    /// After a rewrite with the AOF off: every incremental file becomes history.
    pub fn incr_to_history_all(&mut self) {
        for mut f in self.incr.drain(..).rev() {
            f.kind = HISTORY;
            self.history.insert(0, f);
        }
    }

    /// After a rewrite: every incremental file but the last (the one being written)
    /// becomes history.
    pub fn incr_to_history_but_last(&mut self) {
        let keep = self.incr.pop();
        for mut f in self.incr.drain(..).rev() {
            f.kind = HISTORY;
            self.history.insert(0, f);
        }
        self.incr.extend(keep);
    }
}

/// Whether Redis quotes a file name in the manifest (`sdsneedsrepr`).
fn needs_repr(s: &str) -> bool {
    s.bytes().any(|c| {
        // Quotes, backslashes, and anything not graphic (spaces, controls, 8-bit).
        matches!(c, b'\\' | b'"') || !c.is_ascii_graphic()
    })
}

/// `sdscatrepr`: the name in double quotes with C escapes.
fn repr(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.bytes() {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            7 => out.push_str("\\a"),
            8 => out.push_str("\\b"),
            c if c.is_ascii_graphic() || c == b' ' => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redis_written_manifest_round_trips() {
        // Written by redis-server 7.0.15 on first start with --appendonly yes.
        let text = "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n";
        let m = Manifest::parse(text.as_bytes()).unwrap();
        assert_eq!(m.base.as_ref().unwrap().name, "appendonly.aof.1.base.rdb");
        assert_eq!(m.incr.len(), 1);
        assert_eq!((m.base_seq, m.incr_seq), (1, 1));
        assert_eq!(m.to_text(), text);
    }

    #[test]
    fn errors_are_redis_reasons_with_their_line() {
        let e = |t: &str| Manifest::parse(t.as_bytes()).unwrap_err();
        assert_eq!(e("").reason, "Found an empty AOF manifest");
        assert_eq!(e("\n").reason, "Invalid AOF manifest file format");
        assert_eq!(
            e("file a seq 1\n").reason,
            "Invalid AOF manifest file format"
        );
        assert_eq!(e("file a seq 1 type x\n").reason, "Unknown AOF file type");
        assert_eq!(
            e("file a/b seq 1 type i\n").reason,
            "File can't be a path, just a filename"
        );
        let err = e("file a seq 2 type i\nfile b seq 1 type i\n");
        assert_eq!(err.reason, "Found a non-monotonic sequence number");
        assert_eq!(err.line, Some((2, "file b seq 1 type i".to_string())));
        assert_eq!(
            e("file a seq 1 type b\nfile b seq 2 type b\n").reason,
            "Found duplicate base file information"
        );
        // No newline within 1024 bytes.
        let long = format!("file {} seq 1 type i", "x".repeat(1100));
        assert_eq!(
            e(&long).reason,
            "The AOF manifest file contains too long line"
        );
        // A last line without its newline is too long too, as fgets finds no '\n'.
        assert_eq!(
            e("file a seq 1 type i").reason,
            "The AOF manifest file contains too long line"
        );
        // seq 0 (or not a number) is missing information.
        assert_eq!(
            e("file a seq x type i\n").reason,
            "Invalid AOF manifest file format"
        );
    }

    #[test]
    fn comments_and_extra_pairs_and_case() {
        let m = Manifest::parse(b"# hi\nFILE a SEQ 3 TYPE i extra 1\n").unwrap();
        assert_eq!(m.incr[0].name, "a");
        assert_eq!(m.incr_seq, 3);
    }

    #[test]
    fn rewrite_moves_files_to_history_in_redis_order() {
        // Redis's backgroundRewriteDoneHandler puts the old base at the head of the
        // history list, then each replaced incremental file (walking back from the
        // newest) at the head too: incremental files come first.
        let mut m = Manifest::default();
        m.new_base("appendonly.aof", true);
        m.new_incr("appendonly.aof");
        // A rewrite: a new incr file at its start, then the new base at its end.
        m.new_incr("appendonly.aof");
        m.new_base("appendonly.aof", true);
        m.incr_to_history_but_last();
        assert_eq!(
            m.to_text(),
            "file appendonly.aof.2.base.rdb seq 2 type b\n\
             file appendonly.aof.1.incr.aof seq 1 type h\n\
             file appendonly.aof.1.base.rdb seq 1 type h\n\
             file appendonly.aof.2.incr.aof seq 2 type i\n"
        );
    }
}
