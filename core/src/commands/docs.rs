//! Command metadata for COMMAND, COMMAND INFO/DOCS/COUNT/LIST/GETKEYS.
//!
//! The data is Redis 7.0.15's own (`docs_data.rs`, recorded from a real server by
//! `core/tools/gen_command_docs.py`), kept as RESP3 bytes and re-encoded for RESP2
//! clients. Only commands that Cinnabar's dispatch table really has are reported, so
//! the answers grow as command families land.

use super::{Command, FAMILIES};
use crate::resp::Reply;

/// One command's (or subcommand's) metadata as Redis reports it.
#[derive(Debug)]
pub struct Meta {
    /// Full name: `get`, or `client|list` for a subcommand.
    pub name: &'static str,
    /// Redis arity (negative: at least that many arguments).
    pub arity: i32,
    /// Command flags (`readonly`, `movablekeys`, `no_mandatory_keys`, ...).
    pub flags: &'static [&'static str],
    /// ACL categories, with their `@`.
    pub acl_categories: &'static [&'static str],
    /// Key specifications, used by COMMAND GETKEYS.
    pub key_specs: &'static [KeySpec],
    /// RESP3 bytes of the first nine elements of the COMMAND INFO entry (name through
    /// key specs); the tenth, the subcommands, is written from [`Meta::subcommands`].
    pub info: &'static [u8],
    /// Number of fields in [`Meta::docs`].
    pub doc_fields: usize,
    /// RESP3 bytes of the COMMAND DOCS map's fields, without the `subcommands` field.
    pub docs: &'static [u8],
    /// Subcommands (containers only), sorted by name.
    pub subcommands: &'static [Meta],
}

/// A key specification: where the search for keys begins, and how keys are found
/// from there.
#[derive(Debug)]
pub struct KeySpec {
    /// Key flags (`RW`, `access`, `incomplete`, `variable_flags`, ...), in Redis's order.
    pub flags: &'static [&'static str],
    /// Where the search begins.
    pub begin: BeginSearch,
    /// How keys are found.
    pub find: FindKeys,
}

/// A key spec's `begin_search`.
#[derive(Debug)]
pub enum BeginSearch {
    /// At a fixed argument index.
    Index(i32),
    /// After a keyword, searched from `startfrom` (negative: from the end, backwards).
    Keyword {
        /// The keyword, matched case-insensitively.
        keyword: &'static str,
        /// First index to look at.
        startfrom: i32,
    },
    /// Cannot be described: a getkeys procedure is needed.
    Unknown,
}

/// A key spec's `find_keys`.
#[derive(Debug)]
pub enum FindKeys {
    /// Keys from the beginning to `lastkey` (relative; negative: from the end), every
    /// `keystep`; with `limit`, only `1/limit` of the remaining arguments.
    Range {
        /// Last key, relative to the first.
        lastkey: i32,
        /// Step between keys.
        keystep: i32,
        /// Divisor of the remaining arguments (0: none).
        limit: i32,
    },
    /// The number of keys is an argument.
    Keynum {
        /// Index of the key count, relative to the beginning.
        keynumidx: i32,
        /// Index of the first key, relative to the beginning.
        firstkey: i32,
        /// Step between keys.
        keystep: i32,
    },
    /// Cannot be described: a getkeys procedure is needed.
    Unknown,
}

impl Meta {
    /// Whether the metadata has this flag.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }

    /// The subcommand part of a subcommand's name (`list` for `client|list`).
    fn short_name(&self) -> &'static str {
        match self.name.split_once('|') {
            Some((_, sub)) => sub,
            None => self.name,
        }
    }
}

/// Every Redis 7.0.15 command, implemented or not, sorted by name.
pub fn all() -> &'static [Meta] {
    super::docs_data::COMMANDS
}

/// Cinnabar's command of this (lower-case) top-level name.
fn implemented_command(name: &str) -> Option<&'static Command> {
    FAMILIES
        .iter()
        .flat_map(|family| family.iter())
        .find(|c| c.name == name)
}

/// Whether Cinnabar implements this command or subcommand (by its full name).
pub fn is_implemented(meta: &Meta) -> bool {
    match meta.name.split_once('|') {
        None => implemented_command(meta.name).is_some(),
        Some((parent, sub)) => {
            implemented_command(parent).is_some_and(|p| p.subcommands.iter().any(|s| s.name == sub))
        }
    }
}

/// The implemented top-level commands, sorted by name.
pub fn implemented() -> impl Iterator<Item = &'static Meta> {
    all().iter().filter(|m| is_implemented(m))
}

/// The implemented subcommands of a container.
pub fn implemented_subcommands(meta: &'static Meta) -> impl Iterator<Item = &'static Meta> {
    meta.subcommands.iter().filter(|m| is_implemented(m))
}

/// Finds a command by a name as a client typed it: case-insensitive, `container|sub`
/// for a subcommand. Only implemented commands are found.
pub fn lookup(name: &[u8]) -> Option<&'static Meta> {
    let mut parts = name.splitn(3, |&b| b == b'|');
    let top = parts.next()?;
    let sub = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let meta = find_in(all(), top)?;
    let meta = match sub {
        None => meta,
        Some(sub) => meta
            .subcommands
            .iter()
            .find(|m| m.short_name().as_bytes().eq_ignore_ascii_case(sub))?,
    };
    is_implemented(meta).then_some(meta)
}

/// Binary search of a name-sorted table, case-insensitively.
fn find_in(table: &'static [Meta], name: &[u8]) -> Option<&'static Meta> {
    let lower = name.to_ascii_lowercase();
    table
        .binary_search_by(|m| m.name.as_bytes().cmp(&lower[..]))
        .ok()
        .and_then(|i| table.get(i))
}

/// Finds the command a full command line runs, as Redis's lookupCommand does: the
/// first argument, or for a container with more arguments, its subcommand.
pub fn lookup_argv(argv: &[&[u8]]) -> Option<&'static Meta> {
    let meta = find_in(all(), argv.first()?)?;
    let meta = match argv.get(1) {
        Some(sub) if !meta.subcommands.is_empty() => meta
            .subcommands
            .iter()
            .find(|m| m.short_name().as_bytes().eq_ignore_ascii_case(sub))?,
        _ => meta,
    };
    is_implemented(meta).then_some(meta)
}

/// The positions of the keys in a command line Cinnabar just ran (Redis's
/// `getKeysFromCommand`), for client-side caching; none for an unknown command.
pub fn command_key_positions(argv: &[&[u8]]) -> Vec<usize> {
    let Some(meta) = argv.first().and_then(|name| find_in(all(), name)) else {
        return Vec::new();
    };
    let meta = match argv.get(1) {
        Some(sub) if !meta.subcommands.is_empty() => {
            match meta
                .subcommands
                .iter()
                .find(|m| m.short_name().as_bytes().eq_ignore_ascii_case(sub))
            {
                Some(m) => m,
                None => return Vec::new(),
            }
        }
        _ => meta,
    };
    get_keys(meta, argv).into_iter().map(|k| k.pos).collect()
}

/// Whether a command takes key arguments: some key spec that is not `not_key`.
pub fn has_keys(meta: &Meta) -> bool {
    meta.key_specs.iter().any(|s| !s.flags.contains(&"not_key"))
}

/// A key found in a command line: its argument index and its key-spec flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRef {
    /// Index into the command line (0 is the command name).
    pub pos: usize,
    /// Flags as COMMAND GETKEYSANDFLAGS names them.
    pub flags: &'static [&'static str],
}

/// The keys of a command line, as COMMAND GETKEYS finds them: from the key specs when
/// they are complete and reliable, otherwise from the command's own procedure.
pub fn get_keys(meta: &Meta, argv: &[&[u8]]) -> Vec<KeyRef> {
    let variable_flags = meta
        .key_specs
        .iter()
        .any(|s| s.flags.contains(&"variable_flags"));
    if has_keys(meta)
        && !variable_flags
        && let Some(keys) = keys_from_specs(meta, argv)
    {
        return keys;
    }
    keys_from_procedure(meta.name, argv)
}

/// Redis's getKeysUsingKeySpecs; `None` when a spec cannot be followed (unknown,
/// incomplete, or out of bounds), so the command's procedure decides.
fn keys_from_specs(meta: &Meta, argv: &[&[u8]]) -> Option<Vec<KeyRef>> {
    let argc = argv.len() as i64;
    let mut keys = Vec::new();
    for spec in meta.key_specs {
        if spec.flags.contains(&"not_key") {
            continue;
        }
        let mut first: i64 = match spec.begin {
            BeginSearch::Index(i) => i64::from(i),
            BeginSearch::Keyword { keyword, startfrom } => {
                let startfrom = i64::from(startfrom);
                let (start, end) = if startfrom > 0 {
                    (startfrom, argc - 1)
                } else {
                    (argc + startfrom, 0)
                };
                let mut found = 0;
                let mut i = start;
                // Walks from start toward end (excluded), inside 1..argc.
                while i != end {
                    if i >= argc || i < 1 {
                        break;
                    }
                    if argv[i as usize].eq_ignore_ascii_case(keyword.as_bytes()) {
                        found = i + 1;
                        break;
                    }
                    i += if start <= end { 1 } else { -1 };
                }
                if found == 0 {
                    continue;
                }
                found
            }
            BeginSearch::Unknown => return None,
        };
        let (last, step) = match spec.find {
            FindKeys::Range {
                lastkey,
                keystep,
                limit,
            } => {
                let (lastkey, limit) = (i64::from(lastkey), i64::from(limit));
                let last = if lastkey >= 0 {
                    first + lastkey
                } else if limit == 0 {
                    argc + lastkey
                } else {
                    first + ((argc - first) / limit + lastkey)
                };
                (last, i64::from(keystep))
            }
            FindKeys::Keynum {
                keynumidx,
                firstkey,
                keystep,
            } => {
                let idx = first + i64::from(keynumidx);
                let numkeys = usize::try_from(idx)
                    .ok()
                    .and_then(|i| argv.get(i))
                    .and_then(|a| crate::util::number::parse_i64(a))
                    .filter(|&n| n >= 0)?;
                first += i64::from(firstkey);
                (first + numkeys - 1, i64::from(keystep))
            }
            FindKeys::Unknown => return None,
        };
        if last >= argc || last < first || first >= argc || step < 1 {
            return None;
        }
        let mut i = first;
        while i <= last {
            keys.push(KeyRef {
                pos: i as usize,
                flags: spec.flags,
            });
            i += step;
        }
        if spec.flags.contains(&"incomplete") {
            return None;
        }
    }
    Some(keys)
}

/// Redis's getkeys procedures, for the commands whose key specs cannot say it all.
fn keys_from_procedure(name: &str, argv: &[&[u8]]) -> Vec<KeyRef> {
    const RO_ACCESS: &[&str] = &["RO", "access"];
    const OW_UPDATE: &[&str] = &["OW", "update"];
    const RW_ACCESS_UPDATE: &[&str] = &["RW", "access", "update"];
    let argc = argv.len();
    let arg_is = |i: usize, word: &str| {
        argv.get(i)
            .is_some_and(|a| a.eq_ignore_ascii_case(word.as_bytes()))
    };
    // genericGetKeys: (store key, key count, first key, step); keys carry no flags.
    let generic = |store: usize, count: usize, first: usize, step: usize| {
        let num = argv.get(count).map_or(0, |a| crate::util::number::atoi(a));
        let fits = usize::try_from(num)
            .ok()
            .filter(|&n| n >= 1 && n <= argc.saturating_sub(first) / step);
        let Some(num) = fits else {
            return Vec::new();
        };
        let mut keys: Vec<KeyRef> = (0..num)
            .map(|i| KeyRef {
                pos: first + i * step,
                flags: &[],
            })
            .collect();
        if store > 0 {
            keys.push(KeyRef {
                pos: store,
                flags: &[],
            });
        }
        keys
    };
    match name {
        "eval" | "evalsha" | "eval_ro" | "evalsha_ro" | "fcall" | "fcall_ro" => generic(0, 2, 3, 1),
        "zunionstore" | "zinterstore" | "zdiffstore" => generic(1, 2, 3, 1),
        "zunion" | "zinter" | "zdiff" | "zintercard" | "sintercard" | "lmpop" | "zmpop" => {
            generic(0, 1, 2, 1)
        }
        "blmpop" | "bzmpop" => generic(0, 2, 3, 1),
        "sort_ro" => vec![KeyRef {
            pos: 1,
            flags: RO_ACCESS,
        }],
        "sort" => {
            let mut keys = vec![KeyRef {
                pos: 1,
                flags: RO_ACCESS,
            }];
            let mut store = None;
            let mut i = 2;
            while i < argc {
                if arg_is(i, "limit") {
                    i += 2;
                } else if arg_is(i, "get") || arg_is(i, "by") {
                    i += 1;
                } else if arg_is(i, "store") && i + 1 < argc {
                    // The last STORE wins, as in SORT itself.
                    store = Some(i + 1);
                }
                i += 1;
            }
            if let Some(pos) = store {
                keys.push(KeyRef {
                    pos,
                    flags: OW_UPDATE,
                });
            }
            keys
        }
        "migrate" => {
            const RW_ACCESS_DELETE: &[&str] = &["RW", "access", "delete"];
            let (mut first, mut num) = (3, 1);
            if argc > 6 {
                let mut i = 6;
                while i < argc {
                    if arg_is(i, "keys") {
                        if argv.get(3).is_some_and(|k| !k.is_empty()) {
                            return Vec::new();
                        }
                        first = i + 1;
                        num = argc - first;
                        break;
                    }
                    if arg_is(i, "auth") {
                        i += 1;
                    } else if arg_is(i, "auth2") {
                        i += 2;
                    }
                    i += 1;
                }
            }
            (first..first + num)
                .map(|pos| KeyRef {
                    pos,
                    flags: RW_ACCESS_DELETE,
                })
                .collect()
        }
        "set" => {
            let get = (3..argc).any(|i| arg_is(i, "get"));
            vec![KeyRef {
                pos: 1,
                flags: if get { RW_ACCESS_UPDATE } else { OW_UPDATE },
            }]
        }
        "bitfield" => {
            let mut readonly = true;
            let mut i = 2;
            while i < argc {
                let remaining = argc - i - 1;
                if arg_is(i, "get") && remaining >= 2 {
                    i += 2;
                } else if (arg_is(i, "set") || arg_is(i, "incrby")) && remaining >= 3 {
                    readonly = false;
                    break;
                } else if arg_is(i, "overflow") && remaining >= 1 {
                    i += 1;
                } else {
                    readonly = false;
                    break;
                }
                i += 1;
            }
            vec![KeyRef {
                pos: 1,
                flags: if readonly {
                    RO_ACCESS
                } else {
                    RW_ACCESS_UPDATE
                },
            }]
        }
        _ => Vec::new(),
    }
}

/// Writes a command's COMMAND INFO entry.
pub fn write_info(out: &mut Reply, meta: &'static Meta) {
    out.array(10);
    write_resp3(out, meta.info);
    if meta.subcommands.is_empty() {
        out.set(0);
    } else {
        let subs: Vec<&Meta> = implemented_subcommands(meta).collect();
        out.array(subs.len());
        for sub in subs {
            write_info(out, sub);
        }
    }
}

/// Writes a command's COMMAND DOCS map (the value; the caller writes the name).
pub fn write_docs(out: &mut Reply, meta: &'static Meta) {
    let container = !meta.subcommands.is_empty();
    out.map(meta.doc_fields + usize::from(container));
    write_resp3(out, meta.docs);
    if container {
        out.bulk(b"subcommands");
        let subs: Vec<&Meta> = implemented_subcommands(meta).collect();
        out.map(subs.len());
        for sub in subs {
            out.bulk(sub.name.as_bytes());
            write_docs(out, sub);
        }
    }
}

/// Copies trusted RESP3 bytes into `out`, re-encoding them for a RESP2 client as Redis
/// would (maps become flat arrays, sets become arrays, nulls become null bulks).
pub fn write_resp3(out: &mut Reply, bytes: &[u8]) {
    if out.is_resp3() {
        out.raw().extend_from_slice(bytes);
        return;
    }
    let buf = out.raw();
    let mut pos = 0;
    while pos < bytes.len() {
        let Some(line_len) = bytes[pos..].windows(2).position(|w| w == b"\r\n") else {
            break;
        };
        let line = &bytes[pos..pos + line_len];
        let next = pos + line_len + 2;
        let (kind, rest) = line.split_first().unwrap_or((&b'?', &[]));
        match kind {
            b'%' => {
                let n = crate::util::number::parse_i64(rest).unwrap_or(0);
                buf.push(b'*');
                buf.extend_from_slice(itoa::Buffer::new().format(n.saturating_mul(2)).as_bytes());
                buf.extend_from_slice(b"\r\n");
                pos = next;
            }
            b'~' => {
                buf.push(b'*');
                buf.extend_from_slice(rest);
                buf.extend_from_slice(b"\r\n");
                pos = next;
            }
            b'_' => {
                buf.extend_from_slice(b"$-1\r\n");
                pos = next;
            }
            b'$' => {
                let n = crate::util::number::parse_i64(rest)
                    .and_then(|n| usize::try_from(n).ok())
                    .unwrap_or(0);
                let end = (next + n + 2).min(bytes.len());
                buf.extend_from_slice(&bytes[pos..end]);
                pos = end;
            }
            _ => {
                buf.extend_from_slice(&bytes[pos..next]);
                pos = next;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::docs_fixtures::FIXTURES;
    use super::*;

    fn encode(resp3: bool, f: impl FnOnce(&mut Reply)) -> Vec<u8> {
        let mut out = Reply::default();
        out.set_resp3(resp3);
        f(&mut out);
        out.pending().to_vec()
    }

    #[test]
    fn table_is_sorted_and_complete() {
        let names: Vec<&str> = all().iter().map(|m| m.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        // Redis 7.0.15's COMMAND COUNT.
        assert_eq!(names.len(), 240);
        for m in all() {
            for s in m.subcommands {
                assert_eq!(s.name.split_once('|').map(|p| p.0), Some(m.name));
            }
        }
    }

    /// Non-container entries re-encoded from the stored RESP3 bytes give exactly what
    /// Redis sent, in both protocols.
    #[test]
    fn info_and_docs_match_recorded_replies() {
        for fixture in FIXTURES {
            let (name, info2, info3, docs2, docs3) = (
                fixture.name,
                fixture.info2,
                fixture.info3,
                fixture.docs2,
                fixture.docs3,
            );
            let Some(meta) = find_in(all(), name.split('|').next().unwrap_or("").as_bytes())
                .and_then(|m| match name.split_once('|') {
                    None => Some(m),
                    Some((_, sub)) => m.subcommands.iter().find(|s| s.short_name() == sub),
                })
            else {
                assert_eq!(info2, b"*1\r\n$-1\r\n", "{name}");
                assert_eq!(info3, b"*1\r\n_\r\n", "{name}");
                assert_eq!(docs2, b"*0\r\n", "{name}");
                assert_eq!(docs3, b"%0\r\n", "{name}");
                continue;
            };
            assert!(meta.subcommands.is_empty(), "{name}");
            for (resp3, info, docs) in [(false, info2, docs2), (true, info3, docs3)] {
                let got = encode(resp3, |out| {
                    out.array(1);
                    write_info(out, meta);
                });
                assert_eq!(
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(info),
                    "{name} resp3={resp3}"
                );
                let got = encode(resp3, |out| {
                    out.map(1);
                    out.bulk(meta.name.as_bytes());
                    write_docs(out, meta);
                });
                assert_eq!(
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(docs),
                    "{name} resp3={resp3}"
                );
            }
        }
    }

    #[test]
    fn resp2_transcoding() {
        let got = encode(false, |out| {
            write_resp3(out, b"%2\r\n~1\r\n+a\r\n$3\r\n%1x\r\n_\r\n:5\r\n")
        });
        assert_eq!(got, b"*4\r\n*1\r\n+a\r\n$3\r\n%1x\r\n$-1\r\n:5\r\n");
    }

    /// Keys as Redis 7.0.15's COMMAND GETKEYS(ANDFLAGS) found them, for commands
    /// whether Cinnabar implements them yet or not.
    #[test]
    fn get_keys_matches_redis() {
        type Case = (
            &'static str,
            &'static [(&'static str, &'static [&'static str])],
        );
        let cases: &[Case] = &[
            (
                "migrate h p  0 5000 KEYS a b",
                &[
                    ("a", &["RW", "access", "delete"]),
                    ("b", &["RW", "access", "delete"]),
                ],
            ),
            (
                "sort k BY x STORE d",
                &[("k", &["RO", "access"]), ("d", &["OW", "update"])],
            ),
            ("sort k STORE", &[("k", &["RO", "access"])]),
            ("sort_ro k BY x", &[("k", &["RO", "access"])]),
            ("set k v GET", &[("k", &["RW", "access", "update"])]),
            (
                "lmove a b left right",
                &[("a", &["RW", "access", "delete"]), ("b", &["RW", "insert"])],
            ),
            ("zunionstore d 0 a", &[]),
            (
                "xread STREAMS a b 1 2",
                &[("a", &["RO", "access"]), ("b", &["RO", "access"])],
            ),
            ("xread STREAMS a b 1", &[("a", &["RO", "access"])]),
            ("eval s 0", &[]),
            ("eval s 5 a", &[]),
            ("eval s 2x a b", &[("a", &[]), ("b", &[])]),
            (
                "georadius k 1 2 3 m STORE x",
                &[("k", &["RO", "access"]), ("x", &["OW", "update"])],
            ),
            (
                "mset a 1 b",
                &[("a", &["OW", "update"]), ("b", &["OW", "update"])],
            ),
            ("bitfield k GET u8 0", &[("k", &["RO", "access"])]),
            (
                "bitfield k SET u8 0 1",
                &[("k", &["RW", "access", "update"])],
            ),
            ("object encoding k", &[("k", &["RO"])]),
        ];
        for (line, expected) in cases {
            let argv: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
            let meta = find_in(all(), argv[0])
                .and_then(|m| match argv.get(1) {
                    Some(sub) if !m.subcommands.is_empty() => m
                        .subcommands
                        .iter()
                        .find(|s| s.short_name().as_bytes() == *sub),
                    _ => Some(m),
                })
                .unwrap_or_else(|| panic!("{line}"));
            let got: Vec<(&str, &[&str])> = get_keys(meta, &argv)
                .iter()
                .map(|k| (std::str::from_utf8(argv[k.pos]).unwrap_or("?"), k.flags))
                .collect();
            assert_eq!(&got[..], *expected, "{line}");
        }
    }
}
