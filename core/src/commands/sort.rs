//! SORT and SORT_RO: Redis 7.0's `sortCommandGeneric` over lists, sets and sorted sets,
//! numeric or ALPHA, ASC/DESC, LIMIT, BY patterns (hash fields with `->`, `nosort` or
//! any pattern without `*`), GET patterns (`#` for the element itself) and STORE into
//! a list, with Redis's order of checks, replies and error texts.
//!
//! Elements are copied out of the value first (Redis sorts a vector of objects too),
//! so a pattern lookup may read any key, the sorted one included. Comparison follows
//! Redis's `sortCompare`: numeric scores with ties broken by the bytes, ALPHA by C
//! string collation (the C locale: bytes up to the first NUL) unless STORE is given,
//! when the whole bytes are compared.
//!
//! Sorting is stable, as glibc's `qsort` (a merge sort) is, so equal elements keep the
//! order they were loaded in; with BY and a LIMIT that cuts the result, Redis uses its
//! partial quicksort instead, and so does this port ([`pqsort`](super::pqsort)). Ties
//! among the members of a hashtable-encoded set or a sorted set still depend on the
//! order they are loaded in, which is the hash table's.

use std::cmp::Ordering;

use super::flags::*;
use super::pqsort::pqsort;
use super::{Command, Ctx, NOT_INTEGER, SYNTAX_ERR, WRONGTYPE, c_str_trunc};
use crate::keyspace::Db;
use crate::keyspace::KeyHasher;
use crate::notify;
use crate::resp::Reply;
use crate::types::list::{End, ListValue};
use crate::types::zset::ZSetLimits;
use crate::types::{Value, ZSetValue};
use crate::util::number::{parse_f64, parse_i64};

/// This family's commands, with Redis 7.0's arities, flags and key positions (SORT's
/// STORE key is movable: COMMAND GETKEYS finds it with Redis's getkeys procedure).
pub const COMMANDS: &[Command] = &[
    Command::new("sort", -2, WRITE | DENYOOM | SIGNALS_OWN_KEYS, sort).keys(1, 1, 1),
    Command::new("sort_ro", -2, READONLY, sort_ro).keys(1, 1, 1),
];

/// Redis's reply when a score (an element or a BY value) is not a number.
const SCORE_ERR: &str = "ERR One or more scores can't be converted into double";

fn sort(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sort_generic(ctx, argv, false);
}

fn sort_ro(ctx: &mut Ctx<'_>, argv: &[&[u8]]) {
    sort_generic(ctx, argv, true);
}

/// Whether `arg` is the option `name` as C's `strcasecmp` sees it (up to a NUL byte).
fn opt_is(arg: &[u8], name: &str) -> bool {
    c_str_trunc(arg, usize::MAX).eq_ignore_ascii_case(name.as_bytes())
}

/// The options of one SORT call.
#[derive(Debug, Default)]
struct Options<'a> {
    desc: bool,
    alpha: bool,
    limit_start: i64,
    limit_count: i64,
    store: Option<&'a [u8]>,
    by: Option<&'a [u8]>,
    dont_sort: bool,
    gets: Vec<&'a [u8]>,
}

/// Parses the options after the key, as Redis does: left to right, the last of each
/// kind wins, and the first error ends the parse.
fn parse_options<'a>(argv: &[&'a [u8]], readonly: bool) -> Result<Options<'a>, &'static str> {
    let mut o = Options {
        limit_count: -1,
        ..Options::default()
    };
    let mut j = 2;
    while let Some(&arg) = argv.get(j) {
        let left = argv.len() - j - 1;
        if opt_is(arg, "asc") {
            o.desc = false;
        } else if opt_is(arg, "desc") {
            o.desc = true;
        } else if opt_is(arg, "alpha") {
            o.alpha = true;
        } else if opt_is(arg, "limit") && left >= 2 {
            let start = parse_i64(argv[j + 1]);
            let count = parse_i64(argv[j + 2]);
            match (start, count) {
                (Some(s), Some(c)) => {
                    o.limit_start = s;
                    o.limit_count = c;
                }
                _ => return Err(NOT_INTEGER),
            }
            j += 2;
        } else if !readonly && opt_is(arg, "store") && left >= 1 {
            o.store = Some(argv[j + 1]);
            j += 1;
        } else if opt_is(arg, "by") && left >= 1 {
            let pattern = argv[j + 1];
            o.by = Some(pattern);
            // A pattern without `*` (`nosort`) means: do not sort.
            o.dont_sort = !c_str_trunc(pattern, usize::MAX).contains(&b'*');
            j += 1;
        } else if opt_is(arg, "get") && left >= 1 {
            o.gets.push(argv[j + 1]);
            j += 1;
        } else {
            return Err(SYNTAX_ERR);
        }
        j += 1;
    }
    Ok(o)
}

/// What a pattern names for one element (Redis's `lookupKeyByPattern`).
enum Lookup<'a> {
    /// `#`: the element itself.
    Element,
    /// A key (and maybe a hash field) to read.
    Key(Vec<u8>, Option<&'a [u8]>),
    /// Nothing: the pattern has no `*`.
    Nothing,
}

/// Splits `pattern` for `element`: the first `*` (before any NUL) is replaced by the
/// element, and a `->field` after it (non-empty) selects a hash field.
fn resolve<'a>(pattern: &'a [u8], element: &[u8]) -> Lookup<'a> {
    let c_pattern = c_str_trunc(pattern, usize::MAX);
    if c_pattern == b"#" {
        return Lookup::Element;
    }
    let Some(star) = c_pattern.iter().position(|&c| c == b'*') else {
        return Lookup::Nothing;
    };
    let after = &c_pattern[star + 1..];
    let field_at = after
        .windows(2)
        .position(|w| w == b"->")
        .map(|i| star + 1 + i)
        .filter(|&f| pattern.get(f + 2).is_some_and(|&c| c != 0));
    let (key_end, field) = match field_at {
        Some(f) => (f, pattern.get(f + 2..)),
        None => (pattern.len(), None),
    };
    let prefix = &pattern[..star];
    let postfix = pattern.get(star + 1..key_end).unwrap_or(&[]);
    let mut key = Vec::with_capacity(prefix.len() + element.len() + postfix.len());
    key.extend_from_slice(prefix);
    key.extend_from_slice(element);
    key.extend_from_slice(postfix);
    Lookup::Key(key, field)
}

/// The string a pattern yields for `element`, if any: a string key's value or a hash
/// field's, or the element itself for `#`.
/// Each key read is counted in `reads` (INFO's keyspace hits and misses, as Redis's
/// `lookupKeyRead` counts them).
fn lookup_by_pattern(
    db: &Db,
    now: i64,
    pattern: &[u8],
    element: &[u8],
    reads: &mut Reads,
) -> Option<Vec<u8>> {
    match resolve(pattern, element) {
        Lookup::Element => Some(element.to_vec()),
        Lookup::Nothing => None,
        Lookup::Key(key, field) => {
            let value = db.peek(&key, now);
            reads.note(value.is_some());
            if value.is_none() && reads.log_misses {
                reads.missed.push(key.clone());
            }
            match (value?, field) {
                (Value::Str(s), None) => Some(s.as_bytes().to_vec()),
                (Value::Hash(h), Some(f)) => h.get(f).map(<[u8]>::to_vec),
                _ => None,
            }
        }
    }
}

/// Keys read by a SORT, for INFO's `keyspace_hits` and `keyspace_misses`.
#[derive(Debug, Default)]
struct Reads {
    hits: u64,
    misses: u64,
    /// Whether `keymiss` events are on, so the keys missed are kept for them.
    log_misses: bool,
    /// The keys missed, in order (with `log_misses`).
    missed: Vec<Vec<u8>>,
}

impl Reads {
    fn note(&mut self, hit: bool) {
        if hit {
            self.hits += 1;
        } else {
            self.misses += 1;
        }
    }
}

/// A BY value or an element as SORT's numeric mode reads it: C `strtod` over the bytes
/// up to the first NUL, leading blanks allowed, nothing after the number, no NaN and no
/// ERANGE. An empty string is 0.
fn sort_score(bytes: &[u8]) -> Option<f64> {
    let s = c_str_trunc(bytes, usize::MAX);
    if s.is_empty() {
        return Some(0.0);
    }
    let start = s
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))?;
    parse_f64(&s[start..])
}

/// One element being sorted.
#[derive(Debug)]
struct Entry {
    /// The element.
    obj: Vec<u8>,
    /// Its numeric score (numeric mode).
    score: f64,
    /// Its BY value (ALPHA with BY); `None` when the pattern found nothing.
    cmp: Option<Vec<u8>>,
}

impl Entry {
    fn new(obj: Vec<u8>) -> Self {
        Entry {
            obj,
            score: 0.0,
            cmp: None,
        }
    }
}

/// C's `strcoll` in the C locale: the bytes up to the first NUL, unsigned.
fn collate(a: &[u8], b: &[u8]) -> Ordering {
    c_str_trunc(a, usize::MAX).cmp(c_str_trunc(b, usize::MAX))
}

/// Redis's `sortCompare`.
fn compare(a: &Entry, b: &Entry, o: &Options<'_>) -> Ordering {
    let cmp = if !o.alpha {
        a.score
            .partial_cmp(&b.score)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.obj.cmp(&b.obj))
    } else if o.by.is_some() {
        match (&a.cmp, &b.cmp) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) if o.store.is_some() => x.cmp(y),
            (Some(x), Some(y)) => collate(x, y),
        }
    } else if o.store.is_some() {
        a.obj.cmp(&b.obj)
    } else {
        collate(&a.obj, &b.obj)
    };
    if o.desc { cmp.reverse() } else { cmp }
}

/// The sorted value's elements in the order SORT loads them, and the bounds `start` and
/// `end` (inclusive, `end < start` for none) of the part to output.
fn load(value: Option<&Value>, o: &Options<'_>) -> (Vec<Entry>, i64, i64) {
    let len = match value {
        Some(Value::List(l)) => l.len(),
        Some(Value::Set(s)) => s.len(),
        Some(Value::ZSet(z)) => z.len(),
        _ => 0,
    } as i64;
    let mut start = o.limit_start.max(0);
    let mut end = if o.limit_count < 0 {
        len - 1
    } else {
        start.saturating_add(o.limit_count) - 1
    };
    if start >= len {
        start = len - 1;
        end = len - 2;
    }
    if end >= len {
        end = len - 1;
    }
    let mut entries = Vec::new();
    match value {
        Some(Value::List(_) | Value::ZSet(_)) if o.dont_sort && end < start => {}
        Some(Value::List(l)) if o.dont_sort => {
            // The list's own order (reversed for DESC), only the LIMIT range.
            let (lo, n) = (start as usize, (end - start + 1) as usize);
            if o.desc {
                let first = l.len() - lo - n;
                entries.extend(l.range(first, n).rev().map(|e| Entry::new(e.to_vec())));
            } else {
                entries.extend(l.range(lo, n).map(|e| Entry::new(e.to_vec())));
            }
            end -= start;
            start = 0;
        }
        Some(Value::List(l)) => entries.extend(l.iter().map(|e| Entry::new(e.to_vec()))),
        Some(Value::Set(s)) => entries.extend(s.iter().map(|e| Entry::new(e.to_vec()))),
        Some(Value::ZSet(z)) if o.dont_sort => {
            // The sorted set's own order (reversed for DESC), only the LIMIT range.
            let (lo, hi) = (start as usize, end as usize);
            let n = z.len();
            let (lo, hi) = if o.desc {
                (n - 1 - hi, n - 1 - lo)
            } else {
                (lo, hi)
            };
            z.visit(lo, hi + 1, o.desc, |m, _| {
                entries.push(Entry::new(m.to_vec()))
            });
            end -= start;
            start = 0;
        }
        Some(Value::ZSet(z)) => load_zset(z, &mut entries),
        _ => {}
    }
    (entries, start, end)
}

/// Every member of a sorted set, to be sorted.
fn load_zset(z: &ZSetValue, entries: &mut Vec<Entry>) {
    entries.reserve(z.len());
    z.for_each(|m, _| entries.push(Entry::new(m.to_vec())));
}

/// Redis converts a sorted set it sorts to its large encoding for good (OBJECT
/// ENCODING then says `skiplist`).
fn to_skiplist(z: &mut ZSetValue, hasher: KeyHasher) {
    if z.encoding() == "skiplist" {
        return;
    }
    let mut items: Vec<(Vec<u8>, f64)> = Vec::with_capacity(z.len());
    z.for_each(|m, s| items.push((m.to_vec(), s)));
    let limits = ZSetLimits {
        max_listpack_entries: 0,
        max_listpack_value: 0,
        hasher,
    };
    *z = ZSetValue::from_sorted(items.iter().map(|(m, s)| (&m[..], *s)), &limits);
}

/// Redis's `sortCommandGeneric`.
fn sort_generic(ctx: &mut Ctx<'_>, argv: &[&[u8]], readonly: bool) {
    let mut o = match parse_options(argv, readonly) {
        Ok(o) => o,
        Err(e) => return ctx.out.error(e),
    };
    let now = ctx.now_ms();
    let mut reads = Reads {
        log_misses: notify::enabled(ctx.node.config.notify_keyspace_events, notify::KEY_MISS),
        ..Reads::default()
    };
    let db = &mut ctx.node.dbs[ctx.client.db];
    let source = db.get(argv[1], now);
    if !readonly {
        // SORT_RO's read is counted by dispatch.
        reads.note(source.is_some());
        if source.is_none() && reads.log_misses {
            reads.missed.push(argv[1].to_vec());
        }
    }
    let is_set = match source {
        None => false,
        Some(Value::Set(_)) => true,
        Some(Value::List(_) | Value::ZSet(_)) => false,
        Some(_) => {
            count_reads(ctx, &reads);
            return ctx.out.error(WRONGTYPE);
        }
    };
    if o.dont_sort && is_set && o.store.is_some() {
        // A set stored unsorted would depend on its hash order: Redis sorts it ALPHA.
        o.dont_sort = false;
        o.alpha = true;
        o.by = None;
    }
    let hasher = ctx.node.hasher;
    let db = &mut ctx.node.dbs[ctx.client.db];
    if let Some(Value::ZSet(z)) = db.get_mut(argv[1], now) {
        to_skiplist(z, hasher);
    }
    let db = &ctx.node.dbs[ctx.client.db];
    let (mut entries, start, end) = load(db.peek(argv[1], now), &o);
    let mut score_error = false;
    if !o.dont_sort {
        for e in &mut entries {
            let by_value = match o.by {
                Some(pattern) => match lookup_by_pattern(db, now, pattern, &e.obj, &mut reads) {
                    Some(v) => Some(v),
                    None => continue,
                },
                None => None,
            };
            if o.alpha {
                e.cmp = by_value;
            } else {
                match sort_score(by_value.as_deref().unwrap_or(&e.obj)) {
                    Some(v) => e.score = v,
                    None => score_error = true,
                }
            }
        }
        if !score_error {
            let cmp = |a: &Entry, b: &Entry| compare(a, b, &o);
            let whole = start == 0 && end == entries.len() as i64 - 1;
            match (
                o.by.is_some() && !whole,
                usize::try_from(start),
                usize::try_from(end),
            ) {
                // Redis's partial quicksort, whose order of ties differs.
                (true, Ok(l), Ok(r)) => pqsort(&mut entries, &cmp, l, r),
                // glibc's qsort, a stable merge sort.
                _ => entries.sort_by(cmp),
            }
        }
    }
    if score_error {
        count_reads(ctx, &reads);
        return ctx.out.error(SCORE_ERR);
    }
    let selected = match (usize::try_from(start), usize::try_from(end)) {
        (Ok(s), Ok(e)) if e >= s => entries.get(s..=e).unwrap_or(&[]),
        _ => &[],
    };
    let Some(dst) = o.store else {
        let gets = (!o.gets.is_empty()).then(|| {
            let lookups = selected
                .iter()
                .flat_map(|e| o.gets.iter().map(move |p| (p, e)));
            lookups
                .map(|(p, e)| lookup_by_pattern(db, now, p, &e.obj, &mut reads))
                .collect::<Vec<_>>()
        });
        let elements: Vec<Vec<u8>> = match gets {
            Some(_) => Vec::new(),
            None => selected.iter().map(|e| e.obj.clone()).collect(),
        };
        drop(entries);
        // Keyspace events of the reads go out before the reply, as in Redis.
        count_reads(ctx, &reads);
        return write_reply(ctx.out, gets, elements);
    };
    let fill = ctx.node.config.list_max_listpack_size;
    let mut list = ListValue::new();
    for e in selected {
        if o.gets.is_empty() {
            list.push_bytes(End::Tail, &e.obj, fill);
        }
        for pattern in &o.gets {
            let v = lookup_by_pattern(db, now, pattern, &e.obj, &mut reads);
            list.push_bytes(End::Tail, v.as_deref().unwrap_or(b""), fill);
        }
    }
    drop(entries);
    count_reads(ctx, &reads);
    let n = list.len();
    let db_index = ctx.client.db;
    let db = &mut ctx.node.dbs[db_index];
    if n > 0 {
        db.set(dst, Value::List(list));
        ctx.node.signal_modified_key(db_index, dst);
        ctx.notify(notify::LIST, "sortstore", dst);
        ctx.node.dirty += n as u64;
    } else if db.remove(dst).is_some() {
        ctx.node.signal_modified_key(db_index, dst);
        ctx.notify(notify::GENERIC, "del", dst);
        ctx.node.dirty += 1;
    }
    ctx.out.int(n as i64);
}

/// Adds a SORT's key reads to INFO's keyspace statistics and publishes the `keymiss`
/// events of the keys it did not find.
fn count_reads(ctx: &mut Ctx<'_>, reads: &Reads) {
    ctx.node.stats.keyspace_hits += reads.hits;
    ctx.node.stats.keyspace_misses += reads.misses;
    for key in &reads.missed {
        ctx.notify(notify::KEY_MISS, "keymiss", key);
    }
}

/// The reply without STORE: the elements, or what the GET patterns yielded for each
/// one (a null where a pattern found nothing).
fn write_reply(out: &mut Reply, gets: Option<Vec<Option<Vec<u8>>>>, elements: Vec<Vec<u8>>) {
    match gets {
        Some(values) => {
            out.array(values.len());
            for v in values {
                match v {
                    Some(v) => out.bulk(&v),
                    None => out.null(),
                }
            }
        }
        None => {
            out.array(elements.len());
            for e in elements {
                out.bulk(&e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! Unit tests of the pattern and score rules, and a property test of SORT against a
    //! plain sort of a model's values. Redis 7.0.15's replies are pinned by the
    //! conformance cases in `conformance/cases/sort/`.

    use super::*;
    use crate::testkit::qc_check;
    use crate::{Config, ConnId, Instant, Now, Server};
    use quickcheck::{Arbitrary, Gen};

    /// A server with one connection, on a fixed clock.
    struct Harness {
        server: Server,
        now: Now,
        conn: ConnId,
    }

    impl Harness {
        fn new() -> Self {
            let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
            let mut server = Server::new(Config::default(), now);
            let conn = server.handle_accept(now, "127.0.0.1:40000", "127.0.0.1:6379");
            Harness { server, now, conn }
        }

        fn run(&mut self, args: &[&[u8]]) -> Vec<u8> {
            self.server
                .handle_read(self.now, self.conn, &crate::resp::encode_request(args));
            while self.server.poll_output().is_some() {}
            let out = self.server.pending_output(self.conn).to_vec();
            self.server.consume_output(self.conn, out.len());
            out
        }
    }

    /// The RESP2 array of bulks `items`.
    fn bulks(items: &[Vec<u8>]) -> Vec<u8> {
        let mut r = format!("*{}\r\n", items.len()).into_bytes();
        for i in items {
            r.extend_from_slice(format!("${}\r\n", i.len()).as_bytes());
            r.extend_from_slice(i);
            r.extend_from_slice(b"\r\n");
        }
        r
    }

    #[test]
    fn patterns_resolve_as_redis_does() {
        assert!(matches!(resolve(b"#", b"e"), Lookup::Element));
        assert!(matches!(resolve(b"#\0x", b"e"), Lookup::Element));
        assert!(matches!(resolve(b"nosort", b"e"), Lookup::Nothing));
        assert!(matches!(resolve(b"a\0*", b"e"), Lookup::Nothing));
        let Lookup::Key(k, f) = resolve(b"w_*_x", b"e") else {
            panic!("not a key")
        };
        assert_eq!((&k[..], f), (&b"w_e_x"[..], None));
        let Lookup::Key(k, f) = resolve(b"h_*->fld", b"e") else {
            panic!("not a key")
        };
        assert_eq!((&k[..], f), (&b"h_e"[..], Some(&b"fld"[..])));
        // An empty field is no field: the key keeps its `->`.
        let Lookup::Key(k, f) = resolve(b"h_*->", b"e") else {
            panic!("not a key")
        };
        assert_eq!((&k[..], f), (&b"h_e->"[..], None));
        // `->` before the `*` does not count.
        let Lookup::Key(k, f) = resolve(b"a->b*", b"e") else {
            panic!("not a key")
        };
        assert_eq!((&k[..], f), (&b"a->be"[..], None));
    }

    #[test]
    fn scores_follow_strtod() {
        assert_eq!(sort_score(b""), Some(0.0));
        assert_eq!(sort_score(b" \t7"), Some(7.0));
        assert_eq!(sort_score(b"1\0zz"), Some(1.0));
        assert_eq!(sort_score(b"0x10"), Some(16.0));
        assert_eq!(sort_score(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(sort_score(b"7 "), None);
        assert_eq!(sort_score(b"  "), None);
        assert_eq!(sort_score(b"nan"), None);
        assert_eq!(sort_score(b"1e400"), None);
        assert_eq!(sort_score(b"1e-400"), None);
    }

    #[test]
    fn store_replaces_and_empty_result_deletes() {
        let mut h = Harness::new();
        h.run(&[b"RPUSH", b"l", b"2", b"1"]);
        assert_eq!(h.run(&[b"SORT", b"l", b"STORE", b"d"]), b":2\r\n");
        assert_eq!(
            h.run(&[b"LRANGE", b"d", b"0", b"-1"]),
            bulks(&[b"1".to_vec(), b"2".to_vec()])
        );
        assert_eq!(
            h.run(&[b"SORT", b"l", b"LIMIT", b"0", b"0", b"STORE", b"d"]),
            b":0\r\n"
        );
        assert_eq!(h.run(&[b"EXISTS", b"d"]), b":0\r\n");
    }

    /// One element of a list to sort: an integer or a short decimal.
    #[derive(Clone, Debug)]
    struct Num(Vec<u8>);

    impl Arbitrary for Num {
        fn arbitrary(g: &mut Gen) -> Self {
            let int = i64::from(i16::arbitrary(g));
            let text = match u8::arbitrary(g) % 3 {
                0 => format!("{int}"),
                1 => format!("{}.{}", int, u8::arbitrary(g) % 100),
                _ => format!("{}e{}", int % 100, u8::arbitrary(g) % 5),
            };
            Num(text.into_bytes())
        }
    }

    /// What SORT must answer, from a plain sort of the model's values.
    fn model(
        items: &[Vec<u8>],
        alpha: bool,
        desc: bool,
        limit: Option<(i64, i64)>,
    ) -> Vec<Vec<u8>> {
        let mut sorted = items.to_vec();
        if alpha {
            sorted.sort();
        } else {
            sorted.sort_by(|a, b| {
                let x: f64 = std::str::from_utf8(a).unwrap_or("0").parse().unwrap_or(0.0);
                let y: f64 = std::str::from_utf8(b).unwrap_or("0").parse().unwrap_or(0.0);
                x.total_cmp(&y).then_with(|| a.cmp(b))
            });
        }
        if desc {
            sorted.reverse();
        }
        match limit {
            None => sorted,
            Some((start, count)) => {
                let start = start.max(0) as usize;
                let count = if count < 0 {
                    usize::MAX
                } else {
                    count as usize
                };
                sorted.into_iter().skip(start).take(count).collect()
            }
        }
    }

    #[test]
    fn sort_matches_a_plain_sort_of_the_model() {
        fn prop(
            items: Vec<Num>,
            alpha: bool,
            desc: bool,
            limit: Option<(i8, i8)>,
            set: bool,
        ) -> bool {
            let mut h = Harness::new();
            let items: Vec<Vec<u8>> = items.into_iter().map(|n| n.0).collect();
            // -0 and 0 are equal scores: the tie-break on bytes makes the order total.
            let mut model_items = items.clone();
            if !items.is_empty() {
                let mut args: Vec<&[u8]> = vec![if set { b"SADD" } else { b"RPUSH" }, b"k"];
                args.extend(items.iter().map(|i| &i[..]));
                h.run(&args);
            }
            if set {
                model_items.sort();
                model_items.dedup();
            }
            let limit = limit.map(|(s, c)| (i64::from(s), i64::from(c)));
            let (ls, lc) = limit.map_or((String::new(), String::new()), |(s, c)| {
                (s.to_string(), c.to_string())
            });
            let mut args: Vec<&[u8]> = vec![b"SORT", b"k"];
            if alpha {
                args.push(b"ALPHA");
            }
            if desc {
                args.push(b"DESC");
            }
            if limit.is_some() {
                args.extend([&b"LIMIT"[..], ls.as_bytes(), lc.as_bytes()]);
            }
            let want = bulks(&model(&model_items, alpha, desc, limit));
            let got = h.run(&args);
            if got != want {
                eprintln!("{args:?}: got {:?}", String::from_utf8_lossy(&got));
            }
            got == want
        }
        qc_check(
            "sort_matches_a_plain_sort_of_the_model",
            40,
            200,
            prop as fn(Vec<Num>, bool, bool, Option<(i8, i8)>, bool) -> bool,
        );
    }

    #[test]
    fn by_and_get_match_the_model() {
        fn prop(weights: Vec<(u8, i16)>, desc: bool) -> bool {
            let mut h = Harness::new();
            let mut ids: Vec<u8> = weights.iter().map(|(id, _)| *id).collect();
            ids.sort_unstable();
            ids.dedup();
            let mut model: Vec<(f64, Vec<u8>, Vec<u8>)> = Vec::new();
            for &id in &ids {
                let w = weights
                    .iter()
                    .find(|(i, _)| *i == id)
                    .map_or(0, |(_, w)| *w);
                let id_s = id.to_string();
                h.run(&[b"RPUSH", b"l", id_s.as_bytes()]);
                h.run(&[
                    b"HSET",
                    format!("h_{id}").as_bytes(),
                    b"w",
                    w.to_string().as_bytes(),
                    b"n",
                    format!("name{id}").as_bytes(),
                ]);
                model.push((
                    f64::from(w),
                    id_s.into_bytes(),
                    format!("name{id}").into_bytes(),
                ));
            }
            model.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
            if desc {
                model.reverse();
            }
            let want: Vec<Vec<u8>> = model.into_iter().flat_map(|(_, id, n)| [id, n]).collect();
            let mut args: Vec<&[u8]> = vec![
                b"SORT", b"l", b"BY", b"h_*->w", b"GET", b"#", b"GET", b"h_*->n",
            ];
            if desc {
                args.push(b"DESC");
            }
            h.run(&args) == bulks(&want)
        }
        qc_check(
            "by_and_get_match_the_model",
            30,
            100,
            prop as fn(Vec<(u8, i16)>, bool) -> bool,
        );
    }
}
