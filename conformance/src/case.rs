//! The `.case` format: one step per line, redis-cli-like, written by hand. See
//! `conformance/README.md` for the full description; in short:
//!
//! ```text
//! # a comment; blank lines are ignored
//! !config requirepass foo        (top only: a server option; the case gets its own server)
//! !isolated                      (top only: own server, no option)
//! SET k "v\r\n\x00"              (default client; args split with sdssplitargs quoting)
//! @b GET k                       (client b, connected on first use)
//! !sort KEYS *                   (canonicalise the reply; also !sort-pairs, !sort-scan,
//!                                 !sort-scan-pairs; !redact keeps only the type;
//!                                 !info-fields a,b and !client-fields a,b keep fields)
//! !replies 2 SUBSCRIBE a b       (read two replies instead of one)
//! !blocks @b BLPOP q 0           (sent; no reply may arrive now)
//! !read @b                       (read a reply that arrives later)
//! !sleep 150                     (real sleep over TCP, virtual clock in process)
//! !inline SET "a b" 'c'          (the rest of the line is sent verbatim plus CRLF)
//! !raw "*1\r\n$4\r\nPING\r\n"     (args unescaped, concatenated, sent verbatim;
//!                                 `!repeat N "x"` inside repeats the next arg)
//! !split-every-byte PING         (send the bytes one at a time)
//! !closed                        (the server must close the connection)
//! !close @b                      (the client closes its connection)
//! !resp3 @b                      (HELLO 3, reply checked to be a map and not shown)
//! ```

use std::path::{Path, PathBuf};

use cinnabar_core::util::splitargs::split_args;

use crate::render::Post;

/// One parsed case file.
#[derive(Clone, Debug)]
pub struct Case {
    /// The folder under `cases/` (`protocol`, `strings`, ...).
    pub family: String,
    /// The file stem.
    pub name: String,
    /// Where the case file is.
    pub path: PathBuf,
    /// Server options as command-line arguments (`--requirepass`, `foo`).
    pub config: Vec<String>,
    /// Whether the case needs a server of its own (any `!config`, or `!isolated`).
    pub isolated: bool,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

impl Case {
    /// `family/name`, the id used in reports and in `known-failures.txt`.
    pub fn id(&self) -> String {
        format!("{}/{}", self.family, self.name)
    }
}

/// What a step does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Send these arguments as a RESP multibulk, then read replies.
    Command(Vec<Vec<u8>>),
    /// Send these bytes verbatim (`!inline`, `!raw`), then read replies.
    Send(Vec<u8>),
    /// Read replies without sending (`!read`).
    Read,
    /// Expect the server to close the connection (`!closed`).
    Closed,
    /// Close the client's connection (`!close`).
    Close,
    /// Switch the client to RESP3 with `HELLO 3` (`!resp3`).
    Resp3,
    /// Let time pass (`!sleep`).
    Sleep(u64),
}

/// One line of a case.
#[derive(Clone, Debug)]
pub struct Step {
    /// Line number in the case file (1-based).
    pub line: usize,
    /// The line as written (trimmed), echoed in the transcript.
    pub text: String,
    /// The client (`""` for the default one).
    pub client: String,
    /// What to do.
    pub action: Action,
    /// How many replies to read (`!replies N`; 1 by default, 0 with `!blocks`).
    pub replies: usize,
    /// `!blocks`: the command must not be answered now.
    pub blocks: bool,
    /// How replies are canonicalised.
    pub post: Post,
    /// `!split-every-byte`: send the bytes one at a time.
    pub every_byte: bool,
}

/// Reads every case under `root` (`root/<family>/<name>.case`), sorted by id. With a
/// `filter`, only cases whose id contains it.
pub fn load_cases(root: &Path, filter: Option<&str>) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut families: Vec<PathBuf> = read_dir_sorted(root)?
        .into_iter()
        .filter(|p| p.is_dir())
        .collect();
    families.sort();
    for fam in families {
        let family = file_name(&fam);
        for path in read_dir_sorted(&fam)? {
            if path.extension().and_then(|e| e.to_str()) != Some("case") {
                continue;
            }
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            if filter.is_some_and(|f| !format!("{family}/{name}").contains(f)) {
                continue;
            }
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let case = parse_case(&family, &name, &path, &text)?;
            cases.push(case);
        }
    }
    Ok(cases)
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    Ok(v)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}

/// Parses the text of one case file.
pub fn parse_case(family: &str, name: &str, path: &Path, text: &str) -> Result<Case, String> {
    let valid_name = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_' || c == b'-')
    };
    if !valid_name(family) || !valid_name(name) {
        return Err(format!(
            "{}: case family and name may use only a-z, 0-9, '_' and '-'",
            path.display()
        ));
    }
    let mut case = Case {
        family: family.to_string(),
        name: name.to_string(),
        path: path.to_path_buf(),
        config: Vec::new(),
        isolated: false,
        steps: Vec::new(),
    };
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |msg: String| format!("{}:{lineno}: {msg}", path.display());
        if let Some(rest) = directive_rest(line, "!config") {
            if !case.steps.is_empty() {
                return Err(err("!config must come before the first step".into()));
            }
            let args = split_args(rest.as_bytes())
                .ok_or_else(|| err("unbalanced quotes in !config".into()))?;
            let Some((name, values)) = args.split_first() else {
                return Err(err("!config needs an option name".into()));
            };
            case.config
                .push(format!("--{}", String::from_utf8_lossy(name)));
            case.config.extend(
                values
                    .iter()
                    .map(|v| String::from_utf8_lossy(v).into_owned()),
            );
            case.isolated = true;
            continue;
        }
        if line == "!isolated" {
            if !case.steps.is_empty() {
                return Err(err("!isolated must come before the first step".into()));
            }
            case.isolated = true;
            continue;
        }
        let step = parse_step(line, lineno).map_err(err)?;
        case.steps.push(step);
    }
    if case.steps.is_empty() {
        return Err(format!(
            "{}: a case needs at least one step",
            path.display()
        ));
    }
    Ok(case)
}

/// `Some(rest)` if `line` is `word` alone or `word` followed by whitespace.
fn directive_rest<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(word)?;
    if rest.is_empty() || rest.starts_with(char::is_whitespace) {
        Some(rest.trim_start())
    } else {
        None
    }
}

/// Splits off the first whitespace-delimited word.
fn next_word(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start();
    if s.is_empty() {
        return None;
    }
    let end = s.find(char::is_whitespace).unwrap_or(s.len());
    Some((&s[..end], &s[end..]))
}

fn parse_step(line: &str, lineno: usize) -> Result<Step, String> {
    let mut step = Step {
        line: lineno,
        text: line.to_string(),
        client: String::new(),
        action: Action::Read,
        replies: 1,
        blocks: false,
        post: Post::AsIs,
        every_byte: false,
    };
    let mut replies: Option<usize> = None;
    let mut rest = line;
    let action = loop {
        let Some((word, after)) = next_word(rest) else {
            return Err("the line has modifiers but no command".into());
        };
        if let Some(name) = word.strip_prefix('@') {
            if name.is_empty() {
                return Err("'@' needs a client name".into());
            }
            step.client = name.to_string();
            rest = after;
            continue;
        }
        let set_post = |step: &mut Step, p: Post| -> Result<(), String> {
            if step.post != Post::AsIs {
                return Err("only one of !sort, !sort-pairs, !sort-scan, !sort-scan-pairs, !redact, !info-fields, !client-fields, !acl-log per line".into());
            }
            step.post = p;
            Ok(())
        };
        // `!read`, `!closed`, `!close` and `!resp3` take no arguments but may name
        // their client after them (`!read @b`).
        let only = |step: &mut Step, after: &str, a: Action| -> Result<Action, String> {
            let after = after.trim();
            if after.is_empty() {
                return Ok(a);
            }
            match after.strip_prefix('@') {
                Some(name) if !name.is_empty() && !name.contains(char::is_whitespace) => {
                    step.client = name.to_string();
                    Ok(a)
                }
                _ => Err(format!("{word} takes no arguments except @client")),
            }
        };
        match word {
            "!sort" => set_post(&mut step, Post::Sort)?,
            "!sort-pairs" => set_post(&mut step, Post::SortPairs)?,
            "!sort-scan" => set_post(&mut step, Post::SortScan)?,
            "!sort-scan-pairs" => set_post(&mut step, Post::SortScanPairs)?,
            "!redact" => set_post(&mut step, Post::Redact)?,
            "!info-fields" => {
                let (list, after2) = next_word(after).ok_or("!info-fields needs field names")?;
                let fields = list.split(',').filter(|f| !f.is_empty());
                set_post(
                    &mut step,
                    Post::InfoFields(fields.map(str::to_string).collect()),
                )?;
                rest = after2;
                continue;
            }
            "!client-fields" => {
                let (list, after2) = next_word(after).ok_or("!client-fields needs field names")?;
                let fields = list.split(',').filter(|f| !f.is_empty());
                set_post(
                    &mut step,
                    Post::ClientFields(fields.map(str::to_string).collect()),
                )?;
                rest = after2;
                continue;
            }
            "!acl-log" => {
                let (list, after2) =
                    next_word(after).ok_or("!acl-log needs client-info field names")?;
                let fields = list.split(',').filter(|f| !f.is_empty());
                set_post(
                    &mut step,
                    Post::AclLog(fields.map(str::to_string).collect()),
                )?;
                rest = after2;
                continue;
            }
            "!blocks" => step.blocks = true,
            "!split-every-byte" => step.every_byte = true,
            "!replies" => {
                let (n, after2) = next_word(after).ok_or("!replies needs a count")?;
                replies = Some(n.parse().map_err(|_| format!("bad !replies count {n:?}"))?);
                rest = after2;
                continue;
            }
            "!sleep" => {
                let ms = after.trim();
                let ms: u64 = ms
                    .parse()
                    .map_err(|_| format!("!sleep needs milliseconds, got {ms:?}"))?;
                break Action::Sleep(ms);
            }
            "!inline" => {
                let mut bytes = after.trim().as_bytes().to_vec();
                bytes.extend_from_slice(b"\r\n");
                break Action::Send(bytes);
            }
            "!raw" => break Action::Send(raw_payload(after)?),
            "!read" => break only(&mut step, after, Action::Read)?,
            "!closed" => break only(&mut step, after, Action::Closed)?,
            "!close" => break only(&mut step, after, Action::Close)?,
            "!resp3" => break only(&mut step, after, Action::Resp3)?,
            w if w.starts_with('!') => return Err(format!("unknown directive {w}")),
            _ => {
                let args = split_args(rest.as_bytes()).ok_or("unbalanced quotes")?;
                break Action::Command(args);
            }
        }
        rest = after;
    };
    let sends = matches!(action, Action::Command(_) | Action::Send(_));
    let reads = sends || action == Action::Read;
    if step.blocks && !sends {
        return Err("!blocks goes with a command".into());
    }
    if step.every_byte && !sends {
        return Err("!split-every-byte goes with a command, !raw or !inline".into());
    }
    if (replies.is_some() || step.post != Post::AsIs) && !reads {
        return Err("!replies and reply canonicalisation go with a command or !read".into());
    }
    if matches!(action, Action::Sleep(_)) && !step.client.is_empty() {
        return Err("!sleep applies to the whole server, not a client".into());
    }
    step.replies = match (replies, step.blocks) {
        (Some(_), true) => return Err("!blocks reads no reply; drop !replies".into()),
        (Some(n), false) => n,
        (None, true) => 0,
        (None, false) => usize::from(reads),
    };
    step.action = action;
    Ok(step)
}

/// The bytes of a `!raw` line: sdssplitargs arguments concatenated, with `!repeat N`
/// repeating the argument after it.
fn raw_payload(rest: &str) -> Result<Vec<u8>, String> {
    let args = split_args(rest.as_bytes()).ok_or("unbalanced quotes in !raw")?;
    let mut out = Vec::new();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == b"!repeat" {
            let n = it.next().ok_or("!repeat needs a count")?;
            let n: usize = std::str::from_utf8(&n)
                .ok()
                .and_then(|s| s.parse().ok())
                .filter(|&n| n <= 64 * 1024 * 1024)
                .ok_or("!repeat needs a count up to 64M")?;
            let what = it.next().ok_or("!repeat needs something to repeat")?;
            for _ in 0..n {
                out.extend_from_slice(&what);
            }
        } else {
            out.extend_from_slice(&a);
        }
    }
    if out.is_empty() {
        return Err("!raw needs bytes to send".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(line: &str) -> Step {
        parse_step(line, 1).unwrap_or_else(|e| panic!("{line}: {e}"))
    }

    #[test]
    fn modifiers_and_actions() {
        let s = step("@b !sort KEYS *");
        assert_eq!(s.client, "b");
        assert_eq!(s.post, Post::Sort);
        assert_eq!(
            s.action,
            Action::Command(vec![b"KEYS".to_vec(), b"*".to_vec()])
        );
        let s = step("!blocks @b BLPOP q 0");
        assert!(s.blocks);
        assert_eq!(s.replies, 0);
        let s = step(r#"!raw "*1\r\n$4\r\n" PING "\r\n""#);
        assert_eq!(s.action, Action::Send(b"*1\r\n$4\r\nPING\r\n".to_vec()));
        let s = step(r#"!inline SET "a b" 'c'"#);
        assert_eq!(s.action, Action::Send(b"SET \"a b\" 'c'\r\n".to_vec()));
        let s = step(r#"!raw !repeat 3 "ab" "\n""#);
        assert_eq!(s.action, Action::Send(b"ababab\n".to_vec()));
        let s = step("!replies 2 @x SUBSCRIBE a b");
        assert_eq!(s.replies, 2);
        assert_eq!(step("!sleep 150").action, Action::Sleep(150));
        assert_eq!(step("!closed @a").action, Action::Closed);
        assert_eq!(step("!closed").replies, 0);
        let s = step(r#"SET "k\x00\r\n" v"#);
        assert_eq!(
            s.action,
            Action::Command(vec![b"SET".to_vec(), b"k\0\r\n".to_vec(), b"v".to_vec()])
        );
    }

    #[test]
    fn info_fields_modifier() {
        let s = step("!info-fields a,~b INFO stats");
        assert_eq!(s.post, Post::InfoFields(vec!["a".into(), "~b".into()]));
        assert!(parse_step("!info-fields", 1).is_err());
        assert!(parse_step("!sort !info-fields a INFO", 1).is_err());
    }

    #[test]
    fn bad_lines() {
        for bad in [
            "!sort",
            "!nope PING",
            "!sleep x",
            "!closed x",
            "!sort !redact GET k",
            "SET \"a",
            "!blocks !read",
            "@ PING",
        ] {
            assert!(parse_step(bad, 1).is_err(), "{bad}");
        }
    }
}
