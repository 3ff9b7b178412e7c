//! Renders reply frames as readable, unambiguous text for transcripts, and the
//! canonicalisations cases ask for (`!sort`, `!sort-pairs`, `!sort-scan`,
//! `!sort-scan-pairs`, `!redact`).
//!
//! Every RESP type renders differently, so two replies render alike only if they are
//! the same bytes on the wire (up to the truncation of very long bulks, which keep
//! their length and a hash):
//!
//! | wire | rendering |
//! | --- | --- |
//! | `+OK` | `+OK` |
//! | `-ERR x` | `-ERR x` |
//! | `:1` | `(integer) 1` |
//! | `$1 a` | `"a"` (C-style escapes: `\r`, `\n`, `\t`, `\"`, `\\`, `\xHH`) |
//! | `$-1` / `*-1` / `_` | `(nil)` / `(nil array)` / `(null)` |
//! | `*2` | `*2` then `1) ...` `2) ...`, nested ones indented |
//! | `%1` / `~1` / `>1` / `\|1` | `%1` / `~1` / `>1` / `\|1` headers, map entries as `1) key => value` |
//! | `,1.5` / `#t` / `(12` | `(double) 1.5` / `(true)` / `(big number) 12` |
//! | `!3 ERR` / `=7 txt:abc` | `(blob error) "ERR"` / `(verbatim txt) "abc"` |

use crate::frame::Frame;

/// Bulks longer than this render as a prefix plus length and hash.
const LONG_BULK: usize = 1024;

/// How a reply is canonicalised before rendering.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Post {
    /// Rendered as received.
    #[default]
    AsIs,
    /// `!sort`: the elements of the top-level array/set/push (or the entries of a map)
    /// sorted.
    Sort,
    /// `!sort-pairs`: a flat array of key, value, key, value ... sorted by pair.
    SortPairs,
    /// `!sort-scan`: the second element of a `[cursor, [items]]` reply sorted.
    SortScan,
    /// `!sort-scan-pairs`: like `SortScan`, sorting the items two by two (HSCAN, ZSCAN).
    SortScanPairs,
    /// `!redact`: only the type (and an aggregate's length) is kept; errors are kept whole.
    Redact,
    /// `!info-fields a,~b`: of an INFO bulk, only the `# Section` headers and the
    /// `field:value` lines of the fields named are kept; a name written `~b` keeps the
    /// line with its value shown as `<redacted>` (values that vary between servers), or
    /// for a `k=v,...` value only its `usec*` timings.
    InfoFields(Vec<String>),
    /// `!client-fields a,b`: of a CLIENT LIST or CLIENT INFO reply (bulk or verbatim),
    /// each client's line keeps only its `a=...` and `b=...` fields, in the order
    /// received (addresses, ages and buffer sizes vary between servers).
    ClientFields(Vec<String>),
    /// `!acl-log a,b`: of an ACL LOG reply, each entry's `age-seconds` value is shown
    /// as `<redacted>` and its `client-info` keeps only the fields named (as
    /// `!client-fields`); the other fields stay as they are.
    AclLog(Vec<String>),
}

/// Applies `post` to `frame`.
pub fn canonicalise(frame: Frame, post: Post) -> Frame {
    match post {
        Post::AsIs | Post::Redact => frame,
        Post::InfoFields(fields) => info_fields(frame, &fields),
        Post::ClientFields(fields) => client_fields(frame, &fields),
        Post::AclLog(fields) => acl_log(frame, &fields),
        Post::Sort => sort_elements(frame),
        Post::SortPairs => sort_pairs(frame),
        Post::SortScan | Post::SortScanPairs => match frame {
            Frame::Array(mut items) if items.len() == 2 => {
                let inner = items.pop().unwrap_or(Frame::Null);
                let inner = if matches!(post, Post::SortScan) {
                    sort_elements(inner)
                } else {
                    sort_pairs(inner)
                };
                items.push(inner);
                Frame::Array(items)
            }
            other => other,
        },
    }
}

/// `frame` with the text of a bulk or verbatim string passed through `filter`; other
/// frames as they are.
fn map_text(frame: Frame, filter: impl Fn(&[u8]) -> Vec<u8>) -> Frame {
    match frame {
        Frame::Bulk(b) => Frame::Bulk(filter(&b)),
        Frame::Verbatim(f, b) => Frame::Verbatim(f, filter(&b)),
        other => other,
    }
}

/// What `!info-fields` leaves of an INFO reply (bulk or verbatim): section headers and
/// the named fields' lines, in the order received.
fn info_fields(frame: Frame, fields: &[String]) -> Frame {
    let filter = |text: &[u8]| -> Vec<u8> {
        let text = String::from_utf8_lossy(text);
        let mut kept = String::new();
        for line in text.split("\r\n") {
            if line.starts_with('#') {
                kept.push_str(line);
                kept.push('\n');
                continue;
            }
            let Some((name, _)) = line.split_once(':') else {
                continue;
            };
            if fields.iter().any(|f| f == name) {
                kept.push_str(line);
                kept.push('\n');
            } else if fields.iter().any(|f| f.strip_prefix('~') == Some(name)) {
                kept.push_str(name);
                kept.push(':');
                kept.push_str(&redact_info_value(&line[name.len() + 1..]));
                kept.push('\n');
            }
        }
        kept.into_bytes()
    };
    map_text(frame, filter)
}

/// What `!client-fields` leaves of a CLIENT LIST/INFO reply: per line, the named
/// `name=value` fields.
fn client_fields(frame: Frame, fields: &[String]) -> Frame {
    let filter = |text: &[u8]| -> Vec<u8> {
        let text = String::from_utf8_lossy(text);
        let mut kept = String::new();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let named: Vec<&str> = line
                .split(' ')
                .filter(|kv| {
                    kv.split_once('=')
                        .is_some_and(|(k, _)| fields.iter().any(|f| f == k))
                })
                .collect();
            kept.push_str(&named.join(" "));
            kept.push('\n');
        }
        kept.into_bytes()
    };
    map_text(frame, filter)
}

/// What `!acl-log` leaves of an ACL LOG reply: entries (flat arrays in RESP2, maps in
/// RESP3) with `age-seconds` redacted and `client-info` reduced to `fields`.
fn acl_log(frame: Frame, fields: &[String]) -> Frame {
    let fix = |name: &Frame, value: Frame| -> Frame {
        match name {
            Frame::Bulk(n) if n == b"age-seconds" => Frame::Bulk(b"<redacted>".to_vec()),
            Frame::Bulk(n) if n == b"client-info" => {
                let Frame::Bulk(line) = client_fields(value, fields) else {
                    return Frame::Bulk(b"?".to_vec());
                };
                let mut line = line;
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                Frame::Bulk(line)
            }
            _ => value,
        }
    };
    let entry = |e: Frame| -> Frame {
        match e {
            Frame::Map(pairs) => Frame::Map(
                pairs
                    .into_iter()
                    .map(|(k, v)| {
                        let v = fix(&k, v);
                        (k, v)
                    })
                    .collect(),
            ),
            Frame::Array(items) => {
                let mut out: Vec<Frame> = Vec::with_capacity(items.len());
                for item in items {
                    let item = match out.last() {
                        Some(name) if out.len() % 2 == 1 => fix(name, item),
                        _ => item,
                    };
                    out.push(item);
                }
                Frame::Array(out)
            }
            other => other,
        }
    };
    match frame {
        Frame::Array(entries) => Frame::Array(entries.into_iter().map(entry).collect()),
        other => other,
    }
}

/// A value `!info-fields ~name` hides: `<redacted>`, except that in a `k=v,k=v` value
/// (INFO commandstats) only the timings (`usec`, `usec_per_call`) are hidden.
fn redact_info_value(value: &str) -> String {
    if !value.contains('=') {
        return "<redacted>".to_string();
    }
    let parts: Vec<String> = value
        .split(',')
        .map(|kv| match kv.split_once('=') {
            Some((k, _)) if k.starts_with("usec") => format!("{k}=<redacted>"),
            _ => kv.to_string(),
        })
        .collect();
    parts.join(",")
}

fn sort_key(f: &Frame) -> String {
    render(f).join("\n")
}

fn sort_elements(frame: Frame) -> Frame {
    match frame {
        Frame::Array(mut v) => {
            v.sort_by_cached_key(sort_key);
            Frame::Array(v)
        }
        Frame::Set(mut v) => {
            v.sort_by_cached_key(sort_key);
            Frame::Set(v)
        }
        Frame::Push(mut v) => {
            v.sort_by_cached_key(sort_key);
            Frame::Push(v)
        }
        Frame::Map(mut v) => {
            v.sort_by_cached_key(|(k, val)| (sort_key(k), sort_key(val)));
            Frame::Map(v)
        }
        other => other,
    }
}

fn sort_pairs(frame: Frame) -> Frame {
    match frame {
        Frame::Array(v) if v.len() % 2 == 0 => {
            let mut pairs: Vec<(Frame, Frame)> = Vec::with_capacity(v.len() / 2);
            let mut it = v.into_iter();
            while let (Some(k), Some(val)) = (it.next(), it.next()) {
                pairs.push((k, val));
            }
            pairs.sort_by_cached_key(|(k, val)| (sort_key(k), sort_key(val)));
            Frame::Array(pairs.into_iter().flat_map(|(k, v)| [k, v]).collect())
        }
        other => sort_elements(other),
    }
}

/// The lines of `frame` after `post`.
pub fn render_with(frame: Frame, post: Post) -> Vec<String> {
    if post == Post::Redact {
        return vec![redacted(&frame)];
    }
    render(&canonicalise(frame, post))
}

/// What `!redact` leaves of a reply: its type, and an aggregate's length.
fn redacted(frame: &Frame) -> String {
    let what = match frame {
        Frame::Error(_) | Frame::BlobError(_) => return render(frame).join("\n"),
        Frame::Simple(_) => "simple string".to_string(),
        Frame::Integer(_) => "integer".to_string(),
        Frame::Bulk(_) => "bulk".to_string(),
        Frame::NullBulk => "nil".to_string(),
        Frame::NullArray => "nil array".to_string(),
        Frame::Null => "null".to_string(),
        Frame::Array(v) => format!("*{}", v.len()),
        Frame::Map(v) => format!("%{}", v.len()),
        Frame::Set(v) => format!("~{}", v.len()),
        Frame::Push(v) => format!(">{}", v.len()),
        Frame::Double(_) => "double".to_string(),
        Frame::Boolean(_) => "boolean".to_string(),
        Frame::BigNumber(_) => "big number".to_string(),
        Frame::Verbatim(_, _) => "verbatim".to_string(),
        Frame::Attribute(_, inner) => return format!("(attribute) {}", redacted(inner)),
    };
    format!("(redacted {what})")
}

/// The lines of `frame`.
pub fn render(frame: &Frame) -> Vec<String> {
    match frame {
        Frame::Simple(s) => vec![format!("+{}", escape_line(s))],
        Frame::Error(s) => vec![format!("-{}", escape_line(s))],
        Frame::Integer(s) => vec![format!("(integer) {}", escape_line(s))],
        Frame::Bulk(b) => vec![quote(b)],
        Frame::NullBulk => vec!["(nil)".to_string()],
        Frame::NullArray => vec!["(nil array)".to_string()],
        Frame::Null => vec!["(null)".to_string()],
        Frame::Double(s) => vec![format!("(double) {}", escape_line(s))],
        Frame::Boolean(b) => vec![format!("({b})")],
        Frame::BigNumber(s) => vec![format!("(big number) {}", escape_line(s))],
        Frame::BlobError(b) => vec![format!("(blob error) {}", quote(b))],
        Frame::Verbatim(fmt, b) => vec![format!("(verbatim {}) {}", escape(fmt), quote(b))],
        Frame::Array(v) => aggregate('*', v),
        Frame::Set(v) => aggregate('~', v),
        Frame::Push(v) => aggregate('>', v),
        Frame::Map(pairs) => map('%', pairs),
        Frame::Attribute(pairs, inner) => {
            let mut lines = map('|', pairs);
            lines.extend(render(inner));
            lines
        }
    }
}

fn aggregate(sigil: char, items: &[Frame]) -> Vec<String> {
    let mut lines = vec![format!("{sigil}{}", items.len())];
    for (i, item) in items.iter().enumerate() {
        push_item(&mut lines, &format!("{}) ", i + 1), render(item));
    }
    lines
}

fn map(sigil: char, pairs: &[(Frame, Frame)]) -> Vec<String> {
    let mut lines = vec![format!("{sigil}{}", pairs.len())];
    for (i, (k, v)) in pairs.iter().enumerate() {
        let mut entry = render(k);
        let mut value = render(v).into_iter();
        let first = value.next().unwrap_or_default();
        if let Some(last) = entry.last_mut() {
            last.push_str(" => ");
            last.push_str(&first);
        }
        entry.extend(value);
        push_item(&mut lines, &format!("{}) ", i + 1), entry);
    }
    lines
}

/// Appends `item` with `prefix` on its first line and the continuation lines indented
/// to line up under it.
fn push_item(lines: &mut Vec<String>, prefix: &str, item: Vec<String>) {
    let pad = " ".repeat(prefix.len());
    for (j, l) in item.into_iter().enumerate() {
        lines.push(if j == 0 {
            format!("{prefix}{l}")
        } else {
            format!("{pad}{l}")
        });
    }
}

/// Bytes with C-style escapes for anything not printable ASCII, and for `\`.
pub fn escape(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len());
    for &c in bytes {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\r' => s.push_str("\\r"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s
}

/// Unquoted text ending a line (simple strings, errors): like [`escape`], and a final
/// space is written `\x20` so that it survives editors and insta's trimming.
pub fn escape_line(bytes: &[u8]) -> String {
    match bytes.split_last() {
        Some((b' ', head)) => format!("{}\\x20", escape(head)),
        _ => escape(bytes),
    }
}

/// A bulk in double quotes with escapes; very long bulks keep a prefix, their length
/// and an FNV-1a hash of the whole.
pub fn quote(bytes: &[u8]) -> String {
    let (shown, tail) = if bytes.len() > LONG_BULK {
        (
            &bytes[..64],
            format!(
                "... ({} bytes, fnv1a64 {:016x})",
                bytes.len(),
                fnv1a64(bytes)
            ),
        )
    } else {
        (bytes, String::new())
    };
    let mut s = String::from("\"");
    s.push_str(&escape(shown).replace('"', "\\\""));
    s.push('"');
    s.push_str(&tail);
    s
}

/// FNV-1a, 64-bit: a stable hash for long values and seeds.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Frame {
        Frame::Bulk(s.as_bytes().to_vec())
    }

    #[test]
    fn client_fields_keeps_named_fields_of_each_line() {
        let list =
            b"id=3 addr=1.2.3.4:5 flags=tR db=0 redir=7 resp=3\nid=4 addr=x flags=N redir=-1\n";
        let out = canonicalise(
            Frame::Bulk(list.to_vec()),
            Post::ClientFields(vec!["flags".into(), "redir".into(), "id".into()]),
        );
        assert_eq!(
            out,
            Frame::Bulk(b"id=3 flags=tR redir=7\nid=4 flags=N redir=-1\n".to_vec())
        );
    }

    #[test]
    fn info_fields_keeps_headers_and_named_lines() {
        let info = b(
            "# Server\r\nredis_version:7.0.15\r\nrun_id:abc\r\nhz:10\r\n\r\n# Commandstats\r\ncmdstat_get:calls=2,usec=7,usec_per_call=3.50,rejected_calls=0,failed_calls=0\r\n",
        );
        let post = Post::InfoFields(vec![
            "redis_version".into(),
            "~run_id".into(),
            "~cmdstat_get".into(),
        ]);
        assert_eq!(
            render_with(info, post),
            vec![
                "\"# Server\\nredis_version:7.0.15\\nrun_id:<redacted>\\n# Commandstats\\ncmdstat_get:calls=2,usec=<redacted>,usec_per_call=<redacted>,rejected_calls=0,failed_calls=0\\n\""
            ]
        );
    }

    #[test]
    fn nested_rendering() {
        let f = Frame::Array(vec![
            b("a\r\n\"x\"\0"),
            Frame::Array(vec![Frame::Integer(b"1".to_vec()), Frame::NullBulk]),
            Frame::Array(vec![]),
        ]);
        assert_eq!(
            render(&f),
            vec![
                "*3",
                "1) \"a\\r\\n\\\"x\\\"\\x00\"",
                "2) *2",
                "   1) (integer) 1",
                "   2) (nil)",
                "3) *0",
            ]
        );
    }

    #[test]
    fn maps_and_scan_sorting() {
        let m = Frame::Map(vec![(b("k"), Frame::Array(vec![b("x")]))]);
        assert_eq!(render(&m), vec!["%1", "1) \"k\" => *1", "   1) \"x\""]);
        let scan = Frame::Array(vec![b("0"), Frame::Array(vec![b("b"), b("a")])]);
        assert_eq!(
            render_with(scan, Post::SortScan),
            vec!["*2", "1) \"0\"", "2) *2", "   1) \"a\"", "   2) \"b\""]
        );
        let pairs = Frame::Array(vec![b("f2"), b("1"), b("f1"), b("2")]);
        assert_eq!(
            render_with(pairs, Post::SortPairs),
            vec!["*4", "1) \"f1\"", "2) \"2\"", "3) \"f2\"", "4) \"1\""]
        );
        assert_eq!(render_with(b("r"), Post::Redact), vec!["(redacted bulk)"]);
        assert_eq!(
            render(&Frame::Error(b"ERR x: ".to_vec())),
            vec!["-ERR x:\\x20"]
        );
    }
}
