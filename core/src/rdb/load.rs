//! Loading an RDB file (any version from 1 to 12) into databases, and one value of a
//! DUMP payload. Values are rebuilt in this server's encodings at Redis 7.0's
//! conversion thresholds, so OBJECT ENCODING after a load is what Redis reports:
//!
//! | RDB type | rebuilt as |
//! | --- | --- |
//! | string | `int` / `embstr` / `raw` as SET would store the bytes |
//! | list, ziplist, quicklist (1 and 2) | quicklist (7.0 lists are always quicklists) |
//! | set | intset while every member is an integer and the file's count fits `set-max-intset-entries`, else hashtable |
//! | intset | intset, or hashtable past `set-max-intset-entries` |
//! | set listpack (7.2) | intset if it would be one, else hashtable (7.0 has no listpack sets) |
//! | zset, zset2 | listpack if it fits both `zset-max-listpack-*` limits, else skiplist |
//! | zset ziplist / listpack | listpack, or skiplist past `zset-max-listpack-entries` |
//! | hash | listpack unless the count passes `hash-max-listpack-entries` or a string passes `hash-max-listpack-value` |
//! | zipmap | as a plain hash (count and longest string) |
//! | hash ziplist / listpack | listpack, or hashtable past `hash-max-listpack-entries` |
//! | hash with field TTLs (7.4) | as the plain / listpack hash; expired fields dropped, TTLs not kept |
//!
//! Every count read from the file is checked against the bytes left before anything
//! is reserved for it, so a corrupt length is an error, never a huge allocation.

use std::borrow::Cow;

use super::blobs::{self, Entry, Intset, Ziplist, Zipmap};
use super::listpack::Listpack;
use super::read::Reader;
use super::{RDB_VERSION_MAX_READ, RdbError, opcodes, types};
use crate::config::Config;
use crate::keyspace::{Db, KeyHasher};
use crate::types::Value;
use crate::types::hash::{HashLimits, HashValue};
use crate::types::list::{Elem as ListElem, End, ListValue};
use crate::types::set::{IntSet, Member, SetLimits, SetValue};
use crate::types::string::StrValue;
use crate::types::table::KeyedTable;
use crate::types::zset::{ZSetLimits, ZSetValue, cmp_entry};
use crate::util::number::parse_i64;

/// How to load.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions<'a> {
    /// Thresholds of the compact encodings (`*-max-listpack-*`, ...), and
    /// `sanitize-dump-payload`.
    pub config: &'a Config,
    /// The keyspace's keyed hash (sets and hashes key their members with it).
    pub hasher: KeyHasher,
    /// Wall clock, Unix ms: keys whose expiry has passed are skipped unless
    /// `keep_expired`.
    pub now_ms: i64,
    /// Load keys already expired (a replica keeps them; a master drops them).
    pub keep_expired: bool,
}

/// What a load found besides the keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadReport {
    /// The file's RDB version.
    pub version: u16,
    /// AUX fields in file order (`redis-ver`, `ctime`, `repl-id`, ...).
    pub aux: Vec<(Vec<u8>, Vec<u8>)>,
    /// Keys stored.
    pub keys_loaded: u64,
    /// Keys skipped because their expiry had passed.
    pub keys_expired: u64,
    /// Keys skipped because their value was an empty collection (Redis drops them).
    pub keys_empty: u64,
    /// Function libraries (their code, `#!lua name=...` first), in file order.
    pub functions: Vec<Vec<u8>>,
    /// Things worth a log line that did not stop the load (hash-field TTLs dropped,
    /// cluster slot info ignored, ...), in Redis's words where Redis logs them.
    pub notes: Vec<String>,
    /// Lines Redis logs as warnings (`rdbLoadObject skipping empty key: <key>`).
    pub warnings: Vec<String>,
    /// Bytes the RDB took, trailer included: an AOF with an RDB preamble goes on with
    /// commands from there.
    pub consumed: usize,
}

impl LoadReport {
    /// Redis's closing log line of a load, and whether Redis logs it as a warning (it
    /// does when empty keys were skipped).
    pub fn done_line(&self) -> (String, bool) {
        if self.keys_empty > 0 {
            (
                format!(
                    "Done loading RDB, keys loaded: {}, keys expired: {}, empty keys skipped: {}.",
                    self.keys_loaded, self.keys_expired, self.keys_empty
                ),
                true,
            )
        } else {
            (
                format!(
                    "Done loading RDB, keys loaded: {}, keys expired: {}.",
                    self.keys_loaded, self.keys_expired
                ),
                false,
            )
        }
    }
}

/// Per-load state the value readers share: limits taken once from the config, and
/// counters for the notes.
struct Ctx<'o> {
    opts: &'o LoadOptions<'o>,
    hash: HashLimits,
    set: SetLimits,
    zset: ZSetLimits,
    list_fill: i64,
    /// Hash fields whose TTL was dropped (kept without it).
    field_ttls: u64,
    /// Hash fields skipped because their TTL had passed.
    fields_expired: u64,
    /// Reused buffer for strings that are not stored raw (int or LZF encoded).
    scratch: Vec<u8>,
}

impl<'o> Ctx<'o> {
    fn new(opts: &'o LoadOptions<'o>) -> Self {
        let c = opts.config;
        Ctx {
            opts,
            hash: HashLimits {
                max_listpack_entries: c.hash_max_listpack_entries,
                max_listpack_value: c.hash_max_listpack_value,
                hasher: opts.hasher,
            },
            set: SetLimits {
                max_intset_entries: c.set_max_intset_entries,
                hasher: opts.hasher,
            },
            zset: ZSetLimits {
                max_listpack_entries: c.zset_max_listpack_entries,
                max_listpack_value: c.zset_max_listpack_value,
                hasher: opts.hasher,
            },
            list_fill: c.list_max_listpack_size,
            field_ttls: 0,
            fields_expired: 0,
            scratch: Vec::new(),
        }
    }

    /// Whether a time `when_ms` counts as passed for this load.
    fn passed(&self, when_ms: i64) -> bool {
        !self.opts.keep_expired && when_ms < self.opts.now_ms
    }
}

/// Reads the header: `REDIS` and four digits, a version in `1..=12`.
fn header(r: &mut Reader<'_>) -> Result<u16, RdbError> {
    // Fewer than 9 bytes is a short read, as Redis's first rioRead reports it.
    let head = r.bytes(9)?;
    if &head[..5] != b"REDIS" {
        return Err(RdbError::BadHeader(
            "Wrong signature trying to load DB from file".into(),
        ));
    }
    // atoi: leading digits, 0 if none.
    let mut v: u32 = 0;
    for &d in &head[5..9] {
        if !d.is_ascii_digit() {
            break;
        }
        v = v * 10 + u32::from(d - b'0');
    }
    if v < 1 || v > u32::from(RDB_VERSION_MAX_READ) {
        return Err(RdbError::BadHeader(format!(
            "Can't handle RDB format version {v}"
        )));
    }
    Ok(v as u16)
}

/// Redis's `moduleTypeNameByID`: the 9-character name packed into a module type id
/// (6 bits per character, above a 10-bit encoding version).
pub fn module_name(id: u64) -> String {
    const CSET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut id = id >> 10;
    let mut name = [0u8; 9];
    for slot in name.iter_mut().rev() {
        *slot = CSET[(id & 63) as usize];
        id >>= 6;
    }
    String::from_utf8_lossy(&name).into_owned()
}

/// Loads a whole RDB file into `dbs` (which should be empty; keys of databases past
/// `dbs.len()` are an error, as in Redis). On error `dbs` holds what was loaded so far:
/// callers load into fresh databases and swap them in on success.
pub fn load(bytes: &[u8], dbs: &mut [Db], opts: &LoadOptions<'_>) -> Result<LoadReport, RdbError> {
    let mut r = Reader::new(bytes);
    let version = header(&mut r)?;
    let mut report = LoadReport {
        version,
        ..LoadReport::default()
    };
    let mut cx = Ctx::new(opts);
    let mut db = 0usize;
    let mut expire: Option<i64> = None;
    let mut idle: Option<u64> = None;
    let mut freq: Option<u8> = None;
    let mut slot_info = false;
    loop {
        let t = r.u8()?;
        match t {
            opcodes::EXPIRETIME => {
                expire = Some(i64::from(r.i32_le()?) * 1000);
                continue;
            }
            opcodes::EXPIRETIME_MS => {
                expire = Some(r.i64_le()?);
                continue;
            }
            opcodes::FREQ => {
                freq = Some(r.u8()?);
                continue;
            }
            opcodes::IDLE => {
                idle = Some(r.length()?);
                continue;
            }
            opcodes::EOF => break,
            opcodes::SELECTDB => {
                let n = r.length()?;
                db = usize::try_from(n).unwrap_or(usize::MAX);
                if db >= dbs.len() {
                    return Err(RdbError::Corrupt(format!(
                        "FATAL: Data file was created with a Redis server configured to handle more than {} databases. Exiting",
                        dbs.len()
                    )));
                }
                continue;
            }
            opcodes::RESIZEDB => {
                // Table sizes of the database being loaded: size it at once, as Redis
                // does, but never past what the bytes left could hold (a key takes
                // at least 3 bytes).
                let cap = (r.remaining() / 3) as u64;
                let keys = r.length()?.min(cap) as usize;
                let expires = r.length()?.min(cap) as usize;
                if let Some(target) = dbs.get_mut(db)
                    && target.is_empty()
                {
                    target.reserve_for_load(keys, expires);
                }
                continue;
            }
            opcodes::SLOT_INFO => {
                r.length()?;
                r.length()?;
                r.length()?;
                if !slot_info {
                    slot_info = true;
                    report
                        .notes
                        .push("Cluster slot information in the RDB file ignored".into());
                }
                continue;
            }
            opcodes::AUX => {
                let k = r.string()?.into_owned();
                let v = r.string()?.into_owned();
                aux_note(&k, &v, opts.now_ms, &mut report.notes);
                report.aux.push((k, v));
                continue;
            }
            opcodes::MODULE_AUX => {
                let id = r.length()?;
                return Err(RdbError::Module(format!(
                    "The RDB file contains AUX module data I can't load: no matching module '{}'",
                    module_name(id)
                )));
            }
            opcodes::FUNCTION_PRE_GA => {
                let code = function_pre_ga(&mut r)?;
                report.functions.push(code);
                continue;
            }
            opcodes::FUNCTION2 => {
                report.functions.push(r.string()?.into_owned());
                continue;
            }
            _ => {}
        }
        // A key: its name, then its value.
        let key = r.string()?;
        let value = read_value(t, &mut r, &mut cx)?;
        let (exp, idle_now, freq_now) = (expire.take(), idle.take(), freq.take());
        let Some(value) = value else {
            report.keys_empty += 1;
            report.warnings.push(format!(
                "rdbLoadObject skipping empty key: {}",
                String::from_utf8_lossy(&key)
            ));
            continue;
        };
        if exp.is_some_and(|when| cx.passed(when)) {
            report.keys_expired += 1;
            continue;
        }
        // `db < dbs.len()` holds: checked at SELECTDB, and 0 < len unless no dbs.
        let Some(target) = dbs.get_mut(db) else {
            return Err(RdbError::Corrupt("No database to load keys into".into()));
        };
        if !target.insert_loaded(&key, value, exp, idle_now, freq_now) {
            return Err(RdbError::Corrupt(format!(
                "RDB has duplicated key '{}' in DB {db}",
                String::from_utf8_lossy(&key)
            )));
        }
        report.keys_loaded += 1;
    }
    // The trailer: CRC-64 of everything up to and including EOF (version 5 on),
    // unchecked when the file says 0 (rdbchecksum no).
    if version >= 5 {
        let covered = r.pos();
        let stored = r.u64_le()?;
        if stored != 0 {
            let got = super::crc64::checksum(&bytes[..covered]);
            if got != stored {
                return Err(RdbError::BadChecksum {
                    expected: got,
                    got: stored,
                });
            }
        }
    }
    if cx.field_ttls > 0 {
        report.notes.push(format!(
            "Hash field TTLs are not supported: {} hash fields were loaded without their TTL",
            cx.field_ttls
        ));
    }
    if cx.fields_expired > 0 {
        report.notes.push(format!(
            "{} hash fields whose TTL had passed were not loaded",
            cx.fields_expired
        ));
    }
    report.consumed = r.pos();
    Ok(report)
}

/// The log lines Redis writes for some AUX fields while loading.
fn aux_note(k: &[u8], v: &[u8], now_ms: i64, notes: &mut Vec<String>) {
    let v_str = String::from_utf8_lossy(v);
    match k {
        b"redis-ver" => notes.push(format!("Loading RDB produced by version {v_str}")),
        b"ctime" => {
            if let Some(ctime) = parse_i64(v) {
                let age = now_ms / 1000 - ctime;
                let age = age.max(0);
                notes.push(format!("RDB age {age} seconds"));
            }
        }
        b"used-mem" => {
            if let Some(m) = parse_i64(v) {
                notes.push(format!(
                    "RDB memory usage when created {:.2} Mb",
                    m as f64 / (1024.0 * 1024.0)
                ));
            }
        }
        b"aof-base" if parse_i64(v).is_some_and(|n| n != 0) => {
            notes.push("RDB is base AOF".to_string());
        }
        _ => {}
    }
}

/// A FUNCTION_PRE_GA record (7.0 release candidates): name, engine, an optional
/// description, the code; rewritten as the GA form `#!<engine> name=<name>\n<code>`,
/// as Redis 7.0 does when it loads one.
fn function_pre_ga(r: &mut Reader<'_>) -> Result<Vec<u8>, RdbError> {
    let name = r.string()?;
    let engine = r.string()?;
    if r.length()? != 0 {
        r.skip_string()?;
    }
    let code = r.string()?;
    let mut out = Vec::with_capacity(engine.len() + name.len() + code.len() + 10);
    out.extend_from_slice(b"#!");
    out.extend_from_slice(&engine);
    out.extend_from_slice(b" name=");
    out.extend_from_slice(&name);
    out.push(b'\n');
    out.extend_from_slice(&code);
    Ok(out)
}

/// Reads one value of RDB type `type_byte` from the start of `bytes` (a DUMP payload's
/// body); returns it and the bytes consumed. `None`: an empty collection, which Redis
/// drops.
pub fn read_object(
    type_byte: u8,
    bytes: &[u8],
    opts: &LoadOptions<'_>,
) -> Result<(Option<Value>, usize), RdbError> {
    let mut r = Reader::new(bytes);
    let mut cx = Ctx::new(opts);
    let v = read_value(type_byte, &mut r, &mut cx)?;
    Ok((v, r.pos()))
}

/// Reads the value of type `t`; `None` for an empty collection.
fn read_value(t: u8, r: &mut Reader<'_>, cx: &mut Ctx<'_>) -> Result<Option<Value>, RdbError> {
    let v = match t {
        types::STRING => {
            let v = r.string_with(&mut cx.scratch, StrValue::new)?;
            return Ok(Some(Value::Str(v)));
        }
        types::LIST => read_list(r, cx)?.map(Value::List),
        types::SET => read_set(r, cx)?.map(Value::Set),
        types::ZSET => read_zset(r, cx, false)?.map(Value::ZSet),
        types::ZSET_2 => read_zset(r, cx, true)?.map(Value::ZSet),
        types::HASH => read_hash(r, cx, HashTtl::None)?.map(Value::Hash),
        types::HASH_METADATA => read_hash(r, cx, HashTtl::Relative)?.map(Value::Hash),
        types::HASH_METADATA_PRE_GA => read_hash(r, cx, HashTtl::Absolute)?.map(Value::Hash),
        types::HASH_ZIPMAP => read_zipmap(r, cx)?.map(Value::Hash),
        types::LIST_ZIPLIST => {
            let blob = r.string()?;
            let zl = Ziplist::open(&blob).ok_or_else(|| blobs::integrity("Ziplist"))?;
            let mut l = ListValue::new();
            for e in zl {
                l.push(End::Tail, list_elem(e), cx.list_fill);
            }
            (!l.is_empty()).then_some(Value::List(l))
        }
        types::SET_INTSET => read_intset(r, cx)?.map(Value::Set),
        types::ZSET_ZIPLIST => {
            let blob = r.string()?;
            let zl = Ziplist::open(&blob).ok_or_else(|| blobs::integrity("Zset ziplist"))?;
            packed_zset(zl, cx, "Zset ziplist")?.map(Value::ZSet)
        }
        types::ZSET_LISTPACK => {
            let blob = r.string()?;
            let lp = Listpack::parse(&blob).map_err(|_| blobs::integrity("Zset listpack"))?;
            packed_zset(lp.iter(), cx, "Zset listpack")?.map(Value::ZSet)
        }
        types::HASH_ZIPLIST => {
            let blob = r.string()?;
            let zl = Ziplist::open(&blob).ok_or_else(|| blobs::integrity("Hash ziplist"))?;
            packed_hash(zl, cx, "Hash ziplist")?.map(Value::Hash)
        }
        types::HASH_LISTPACK => {
            let blob = r.string()?;
            let lp = Listpack::parse(&blob).map_err(|_| blobs::integrity("Hash listpack"))?;
            packed_hash(lp.iter(), cx, "Hash listpack")?.map(Value::Hash)
        }
        types::HASH_LISTPACK_EX | types::HASH_LISTPACK_EX_PRE_GA => {
            if t == types::HASH_LISTPACK_EX {
                // The smallest field TTL: not needed to rebuild the value.
                r.i64_le()?;
            }
            let blob = r.string()?;
            let lp = Listpack::parse(&blob).map_err(|_| blobs::integrity("Hash listpack"))?;
            listpack_ex_hash(lp, cx)?.map(Value::Hash)
        }
        types::SET_LISTPACK => {
            let blob = r.string()?;
            let lp = Listpack::parse(&blob).map_err(|_| blobs::integrity("Set listpack"))?;
            listpack_set(lp, cx)?.map(Value::Set)
        }
        types::LIST_QUICKLIST | types::LIST_QUICKLIST_2 => {
            read_quicklist(t, r, cx)?.map(Value::List)
        }
        types::STREAM_LISTPACKS | types::STREAM_LISTPACKS_2 | types::STREAM_LISTPACKS_3 => {
            Some(Value::Stream(super::stream::read_stream(t, r)?))
        }
        types::MODULE_PRE_GA | types::MODULE_2 => {
            let id = r.length()?;
            return Err(RdbError::Module(format!(
                "The RDB file contains module data I can't load: no matching module type '{}'",
                module_name(id)
            )));
        }
        _ => return Err(RdbError::UnknownType(t)),
    };
    Ok(v)
}

/// A ziplist or listpack entry as a list element (integers stay binary).
#[inline]
fn list_elem(e: Entry<'_>) -> ListElem<'_> {
    match e {
        Entry::Int(v) => ListElem::Int(v),
        Entry::Str(s) => ListElem::from_bytes(s),
    }
}

/// RDB_TYPE_LIST: a count, then each element as a string.
fn read_list(r: &mut Reader<'_>, cx: &mut Ctx<'_>) -> Result<Option<ListValue>, RdbError> {
    let n = r.count(1)?;
    let mut l = ListValue::new();
    let fill = cx.list_fill;
    for _ in 0..n {
        r.string_with(&mut cx.scratch, |b| l.push_bytes(End::Tail, b, fill))?;
    }
    Ok((!l.is_empty()).then_some(l))
}

/// Quicklists: a node count, then each node. Version 1 nodes are ziplists; version 2
/// nodes are a container kind (1 plain: one element; 2 packed: a listpack) and a blob.
fn read_quicklist(
    t: u8,
    r: &mut Reader<'_>,
    cx: &mut Ctx<'_>,
) -> Result<Option<ListValue>, RdbError> {
    let nodes = r.count(2)?;
    let mut l = ListValue::new();
    let fill = cx.list_fill;
    for _ in 0..nodes {
        let container = if t == types::LIST_QUICKLIST_2 {
            r.length()?
        } else {
            2
        };
        match container {
            // PLAIN: the blob is one element.
            1 => {
                r.string_with(&mut cx.scratch, |b| l.push_bytes(End::Tail, b, fill))?;
            }
            2 => {
                let blob = r.string()?;
                if t == types::LIST_QUICKLIST_2 {
                    let lp = Listpack::parse(&blob).map_err(|_| blobs::integrity("Listpack"))?;
                    // Redis skips an empty node; an empty list is dropped below.
                    for e in lp.iter() {
                        l.push(End::Tail, list_elem(e), fill);
                    }
                } else {
                    let zl = Ziplist::open(&blob).ok_or_else(|| blobs::integrity("Ziplist"))?;
                    for e in zl {
                        l.push(End::Tail, list_elem(e), fill);
                    }
                }
            }
            c => {
                return Err(RdbError::Corrupt(format!(
                    "Quicklist integrity check failed: unknown container {c}"
                )));
            }
        }
    }
    Ok((!l.is_empty()).then_some(l))
}

/// The error for a duplicate member of kind `what`.
fn duplicate(what: &str) -> RdbError {
    RdbError::Corrupt(format!("Duplicate {what} detected"))
}

/// RDB_TYPE_SET: intset while the count fits and every member is an integer, else a
/// hash table (Redis decides the start from the count, then converts on the first
/// non-integer).
fn read_set(r: &mut Reader<'_>, cx: &mut Ctx<'_>) -> Result<Option<SetValue>, RdbError> {
    let n = r.count(1)?;
    if n == 0 {
        return Ok(None);
    }
    let hasher = cx.set.hasher;
    let mut table: Option<Box<KeyedTable<Member>>> =
        (n > cx.set.max_intset_entries).then(|| Box::new(KeyedTable::new(hasher)));
    // Intset members are gathered first and sorted once: inserting one by one into a
    // sorted array would be quadratic.
    let mut ints: Vec<i64> = Vec::new();
    for _ in 0..n {
        let ok = r.string_with(&mut cx.scratch, |b| {
            let t = match &mut table {
                Some(t) => t,
                None => {
                    if let Some(v) = parse_i64(b) {
                        ints.push(v);
                        return true;
                    }
                    let mut t = KeyedTable::new(hasher);
                    let mut buf = itoa::Buffer::new();
                    for &v in &ints {
                        let s = buf.format(v).as_bytes();
                        if !t.upsert(s, || Member::new(s), |_| {}) {
                            return false;
                        }
                    }
                    ints = Vec::new();
                    table.insert(Box::new(t))
                }
            };
            t.upsert(b, || Member::new(b), |_| {})
        })?;
        if !ok {
            return Err(duplicate("set members"));
        }
    }
    match table {
        Some(t) => Ok(Some(SetValue::Table(t))),
        None => set_from_ints(&ints)
            .map(Some)
            .ok_or_else(|| duplicate("set members")),
    }
}

/// An intset-encoded set of `ints` (any order); `None` if two are equal.
fn set_from_ints(ints: &[i64]) -> Option<SetValue> {
    let mut v = ints.to_vec();
    v.sort_unstable();
    if v.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    Some(SetValue::Ints(intset_of_sorted(&v)))
}

/// An intset of sorted distinct `v`, at the narrowest width that holds them.
fn intset_of_sorted(v: &[i64]) -> IntSet {
    let (min, max) = (
        v.first().copied().unwrap_or(0),
        v.last().copied().unwrap_or(0),
    );
    if min >= i64::from(i16::MIN) && max <= i64::from(i16::MAX) {
        IntSet::W16(v.iter().map(|&x| x as i16).collect())
    } else if min >= i64::from(i32::MIN) && max <= i64::from(i32::MAX) {
        IntSet::W32(v.iter().map(|&x| x as i32).collect())
    } else {
        IntSet::W64(v.to_vec())
    }
}

/// RDB_TYPE_SET_INTSET: kept as an intset (at the file's width) unless it has more
/// members than `set-max-intset-entries`.
fn read_intset(r: &mut Reader<'_>, cx: &mut Ctx<'_>) -> Result<Option<SetValue>, RdbError> {
    let blob = r.string()?;
    let is = Intset::open(&blob).ok_or_else(|| blobs::integrity("Intset"))?;
    if is.is_empty() {
        return Ok(None);
    }
    let set = match is.width {
        2 => IntSet::W16(is.iter().map(|x| x as i16).collect()),
        4 => IntSet::W32(is.iter().map(|x| x as i32).collect()),
        _ => IntSet::W64(is.iter().collect()),
    };
    let mut s = SetValue::Ints(set);
    if is.len() > cx.set.max_intset_entries {
        s.convert(cx.set.hasher);
    }
    Ok(Some(s))
}

/// RDB_TYPE_SET_LISTPACK (7.2): an intset if every member is an integer and they fit
/// `set-max-intset-entries`, else a hash table (7.0 has no listpack sets).
fn listpack_set(lp: Listpack<'_>, cx: &mut Ctx<'_>) -> Result<Option<SetValue>, RdbError> {
    if lp.is_empty() {
        return Ok(None);
    }
    if lp.len() <= cx.set.max_intset_entries {
        let ints: Option<Vec<i64>> = lp.iter().map(Entry::as_i64).collect();
        if let Some(ints) = ints {
            return set_from_ints(&ints)
                .map(Some)
                .ok_or_else(|| duplicate("set members"));
        }
    }
    let mut t = KeyedTable::new(cx.set.hasher);
    for e in lp.iter() {
        let added = blobs::with_bytes(e, |b| t.upsert(b, || Member::new(b), |_| {}));
        if !added {
            return Err(duplicate("set members"));
        }
    }
    Ok(Some(SetValue::Table(Box::new(t))))
}

/// A zset member read from the file: borrowed bytes, or an integer entry's text.
enum MemberBytes<'a> {
    Slice(Cow<'a, [u8]>),
    Int([u8; 20], u8),
}

impl MemberBytes<'_> {
    fn as_bytes(&self) -> &[u8] {
        match self {
            MemberBytes::Slice(s) => s,
            MemberBytes::Int(b, n) => &b[..usize::from(*n)],
        }
    }

    fn of_entry(e: Entry<'_>) -> MemberBytes<'_> {
        match e {
            Entry::Str(s) => MemberBytes::Slice(Cow::Borrowed(s)),
            Entry::Int(v) => {
                let mut b = [0u8; 20];
                let mut f = itoa::Buffer::new();
                let t = f.format(v).as_bytes();
                let n = t.len().min(20);
                b[..n].copy_from_slice(&t[..n]);
                MemberBytes::Int(b, n as u8)
            }
        }
    }
}

/// Sorts `items` into zset order, refuses NaN scores and duplicate members, and builds
/// the value: listpack when within `limits`, else skiplist.
fn build_zset(
    mut items: Vec<(MemberBytes<'_>, f64)>,
    limits: &ZSetLimits,
) -> Result<Option<ZSetValue>, RdbError> {
    if items.is_empty() {
        return Ok(None);
    }
    if items.iter().any(|(_, s)| s.is_nan()) {
        return Err(RdbError::Corrupt("Zset with NAN score detected".into()));
    }
    items.sort_unstable_by(|a, b| cmp_entry(a.1, a.0.as_bytes(), b.1, b.0.as_bytes()));
    if items.len() > 1 {
        let mut seen = hashbrown::HashSet::with_capacity_and_hasher(
            items.len(),
            foldhash::fast::FixedState::default(),
        );
        for (m, _) in &items {
            if !seen.insert(m.as_bytes()) {
                return Err(duplicate("zset fields"));
            }
        }
    }
    Ok(Some(ZSetValue::from_sorted(
        items.iter().map(|(m, s)| (m.as_bytes(), *s)),
        limits,
    )))
}

/// RDB_TYPE_ZSET / ZSET_2: a count, then member strings and scores (text or binary);
/// converted to a listpack if the result fits both limits, as Redis does after loading.
fn read_zset(
    r: &mut Reader<'_>,
    cx: &mut Ctx<'_>,
    binary: bool,
) -> Result<Option<ZSetValue>, RdbError> {
    let n = r.count(if binary { 9 } else { 2 })?;
    let mut items = Vec::with_capacity(n);
    for _ in 0..n {
        let m = r.string()?;
        let s = if binary {
            r.double_bin()?
        } else {
            r.double_str()?
        };
        items.push((MemberBytes::Slice(m), s));
    }
    build_zset(items, &cx.zset)
}

/// Zset ziplists / listpacks: member and score entries in turn; kept compact unless
/// they hold more than `zset-max-listpack-entries` members.
fn packed_zset<'b>(
    mut it: impl ExactSizeIterator<Item = Entry<'b>>,
    cx: &mut Ctx<'_>,
    what: &str,
) -> Result<Option<ZSetValue>, RdbError> {
    if !it.len().is_multiple_of(2) {
        return Err(blobs::integrity(what));
    }
    let mut items = Vec::with_capacity(it.len() / 2);
    while let Some(m) = it.next() {
        let s = it
            .next()
            .and_then(blobs::to_f64)
            .ok_or_else(|| blobs::integrity(what))?;
        items.push((MemberBytes::of_entry(m), s));
    }
    let limits = ZSetLimits {
        max_listpack_value: usize::MAX,
        ..cx.zset
    };
    build_zset(items, &limits)
}

/// Pairs up to which a listpack hash is checked for duplicates by a scan.
const SMALL_HASH: usize = 16;

/// Builds a loaded hash pair by pair: a listpack appended to without a scan per pair
/// (duplicates are caught by a set of field hashes, with a lookup only on a hash
/// collision), or a hash table. `convert_long`: a string over
/// `hash-max-listpack-value` converts it (plain hashes), as opposed to the compact
/// encodings, which Redis 7.0 keeps compact whatever their strings' length.
struct HashBuilder {
    h: HashValue,
    seen: hashbrown::HashSet<u64, foldhash::fast::FixedState>,
    limits: HashLimits,
    convert_long: bool,
}

impl HashBuilder {
    /// A hash for `pairs` pairs: a table from the start past the entry limit.
    fn new(pairs: usize, limits: HashLimits, convert_long: bool) -> Self {
        let table = pairs > limits.max_listpack_entries;
        HashBuilder {
            h: if table {
                HashValue::Table(Box::new(KeyedTable::new(limits.hasher)))
            } else {
                HashValue::new()
            },
            // Small hashes are checked by a scan of the listpack, with no set to allocate.
            seen: hashbrown::HashSet::with_capacity_and_hasher(
                if table || pairs <= SMALL_HASH {
                    0
                } else {
                    pairs
                },
                foldhash::fast::FixedState::default(),
            ),
            limits,
            convert_long,
        }
    }

    /// Adds a pair; false if the field was already there.
    fn add(&mut self, field: &[u8], value: &[u8]) -> bool {
        if let HashValue::Listpack(_) = self.h
            && self.convert_long
            && (field.len() > self.limits.max_listpack_value
                || value.len() > self.limits.max_listpack_value)
        {
            self.h.convert(self.limits.hasher);
        }
        match &mut self.h {
            HashValue::Listpack(lp) => {
                let dup = if lp.len() < SMALL_HASH {
                    lp.get(field).is_some()
                } else {
                    if self.seen.is_empty() {
                        // Crossing the size: index what is there so far.
                        for (f, _) in lp.iter() {
                            self.seen
                                .insert(std::hash::BuildHasher::hash_one(self.seen.hasher(), f));
                        }
                    }
                    let fh = std::hash::BuildHasher::hash_one(self.seen.hasher(), field);
                    !self.seen.insert(fh) && lp.get(field).is_some()
                };
                if dup {
                    return false;
                }
                lp.push(field, value);
                true
            }
            HashValue::Table(t) => t.upsert(
                field,
                || crate::types::hash::Pair::new(field, value),
                |_| {},
            ),
        }
    }

    /// The hash, `None` if it has no fields.
    fn finish(self) -> Option<HashValue> {
        (!self.h.is_empty()).then_some(self.h)
    }
}

/// How a hash record carries field TTLs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HashTtl {
    /// A plain hash.
    None,
    /// HASH_METADATA: the smallest TTL first, then per field `ttl - min + 1` (0: none).
    Relative,
    /// HASH_METADATA_PRE_GA: per field the absolute TTL (0: none).
    Absolute,
}

/// RDB_TYPE_HASH (and 7.4's HASH_METADATA): a count, then field and value strings.
/// A hash table from the start past `hash-max-listpack-entries`; a listpack that
/// converts at the first string over `hash-max-listpack-value`.
fn read_hash(
    r: &mut Reader<'_>,
    cx: &mut Ctx<'_>,
    ttl: HashTtl,
) -> Result<Option<HashValue>, RdbError> {
    let min_ttl = if ttl == HashTtl::Relative {
        r.i64_le()?
    } else {
        0
    };
    let n = r.count(if ttl == HashTtl::None { 2 } else { 3 })?;
    let mut h = HashBuilder::new(n, cx.hash, true);
    for _ in 0..n {
        let when = match ttl {
            HashTtl::None => 0,
            HashTtl::Relative => match r.length()? {
                0 => 0,
                d => min_ttl.wrapping_add(d as i64).wrapping_sub(1),
            },
            HashTtl::Absolute => r.length()? as i64,
        };
        let field = r.string()?;
        if when != 0 {
            if cx.passed(when) {
                cx.fields_expired += 1;
                r.skip_string()?;
                continue;
            }
            cx.field_ttls += 1;
        }
        if !r.string_with(&mut cx.scratch, |v| h.add(&field, v))? {
            return Err(duplicate("hash fields"));
        }
    }
    Ok(h.finish())
}

/// RDB_TYPE_HASH_ZIPMAP (2.x): as a plain hash of the same pairs (listpack unless the
/// count or the longest string passes the limits).
fn read_zipmap(r: &mut Reader<'_>, cx: &mut Ctx<'_>) -> Result<Option<HashValue>, RdbError> {
    let blob = r.string()?;
    let zm = Zipmap::open(&blob).ok_or_else(|| blobs::integrity("Zipmap"))?;
    let maxlen = zm
        .clone()
        .map(|(k, v)| k.len().max(v.len()))
        .max()
        .unwrap_or(0);
    // Too long a string: a hash table from the start, as Redis converts after.
    let pairs = if maxlen > cx.hash.max_listpack_value {
        usize::MAX
    } else {
        zm.len()
    };
    let mut h = HashBuilder::new(pairs, cx.hash, false);
    for (k, v) in zm {
        if !h.add(k, v) {
            return Err(duplicate("hash fields"));
        }
    }
    Ok(h.finish())
}

/// Hash ziplists / listpacks: field and value entries in turn; kept compact unless
/// they hold more than `hash-max-listpack-entries` pairs.
fn packed_hash<'b>(
    mut it: impl ExactSizeIterator<Item = Entry<'b>>,
    cx: &mut Ctx<'_>,
    what: &str,
) -> Result<Option<HashValue>, RdbError> {
    if !it.len().is_multiple_of(2) {
        return Err(blobs::integrity(what));
    }
    let mut h = HashBuilder::new(it.len() / 2, cx.hash, false);
    while let Some(f) = it.next() {
        let v = it.next().ok_or_else(|| blobs::integrity(what))?;
        if !blobs::with_bytes(f, |f| blobs::with_bytes(v, |v| h.add(f, v))) {
            return Err(blobs::integrity(what));
        }
    }
    Ok(h.finish())
}

/// 7.4's listpack-ex hash: field, value and TTL (0: none) entries in turn. Fields
/// whose TTL passed are dropped; the others are kept without their TTL.
fn listpack_ex_hash(lp: Listpack<'_>, cx: &mut Ctx<'_>) -> Result<Option<HashValue>, RdbError> {
    const WHAT: &str = "Hash listpack";
    if !lp.len().is_multiple_of(3) {
        return Err(blobs::integrity(WHAT));
    }
    let mut h = HashBuilder::new(lp.len() / 3, cx.hash, false);
    let mut it = lp.iter();
    while let (Some(f), Some(v), Some(t)) = (it.next(), it.next(), it.next()) {
        let when = t.as_i64().ok_or_else(|| blobs::integrity(WHAT))?;
        if when != 0 {
            if cx.passed(when) {
                cx.fields_expired += 1;
                continue;
            }
            cx.field_ttls += 1;
        }
        if !blobs::with_bytes(f, |f| blobs::with_bytes(v, |v| h.add(f, v))) {
            return Err(blobs::integrity(WHAT));
        }
    }
    Ok(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names_decode_like_redis() {
        // Encode "hellotype" the way modules register it and decode it back.
        const CSET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut id: u64 = 0;
        for c in b"hellotype" {
            let pos = CSET.iter().position(|x| x == c).unwrap() as u64;
            id = (id << 6) | pos;
        }
        id = (id << 10) | 3;
        assert_eq!(module_name(id), "hellotype");
    }

    #[test]
    fn header_errors() {
        let cfg = Config::default();
        let opts = LoadOptions {
            config: &cfg,
            hasher: KeyHasher::new(1, 2),
            now_ms: 0,
            keep_expired: false,
        };
        let mut dbs = vec![Db::new(KeyHasher::new(1, 2))];
        let err = |b: &[u8], dbs: &mut Vec<Db>| load(b, dbs, &opts).unwrap_err().to_string();
        assert_eq!(
            err(b"REDIX0009\xff", &mut dbs),
            "Wrong signature trying to load DB from file"
        );
        assert_eq!(
            err(b"REDIS0013\xff", &mut dbs),
            "Can't handle RDB format version 13"
        );
        assert_eq!(
            err(b"REDIS0000\xff", &mut dbs),
            "Can't handle RDB format version 0"
        );
        assert_eq!(
            err(b"RED", &mut dbs),
            "Short read or OOM loading DB. Unrecoverable error, aborting now."
        );
        assert_eq!(
            err(b"REDIS0003\x00\x01a", &mut dbs),
            "Short read or OOM loading DB. Unrecoverable error, aborting now."
        );
        assert_eq!(
            err(b"REDIS0003\x20\x01a", &mut dbs),
            "Unknown RDB encoding type 32"
        );
        // Version 3 has no trailer; version 9 with a zero trailer is not checked.
        assert!(load(b"REDIS0003\xff", &mut dbs, &opts).is_ok());
        assert!(load(b"REDIS0009\xff\0\0\0\0\0\0\0\0", &mut dbs, &opts).is_ok());
        assert!(
            err(b"REDIS0009\xff\x01\0\0\0\0\0\0\0", &mut dbs).starts_with("Wrong RDB checksum")
        );
    }

    /// A version-9 file of `body` records, with a zero (unchecked) trailer.
    fn file(body: &[u8]) -> Vec<u8> {
        let mut f = b"REDIS0009".to_vec();
        f.extend_from_slice(body);
        f.push(opcodes::EOF);
        f.extend_from_slice(&[0; 8]);
        f
    }

    /// A record of type `t` under key `k` with `strings` after a count of `n`.
    fn record(t: u8, k: &[u8], n: usize, strings: &[&[u8]]) -> Vec<u8> {
        let mut out = vec![t];
        let mut enc = crate::rdb::write::Encoder::new(false);
        enc.string(&mut out, k);
        crate::rdb::write::length(&mut out, n as u64);
        for s in strings {
            enc.string(&mut out, s);
        }
        out
    }

    fn try_load(bytes: &[u8]) -> Result<Vec<Db>, String> {
        let cfg = Config::default();
        let opts = LoadOptions {
            config: &cfg,
            hasher: KeyHasher::new(1, 2),
            now_ms: 0,
            keep_expired: false,
        };
        let mut dbs = vec![Db::new(KeyHasher::new(1, 2))];
        load(bytes, &mut dbs, &opts).map_err(|e| e.to_string())?;
        Ok(dbs)
    }

    #[test]
    fn duplicates_are_refused() {
        let dup_hash = record(types::HASH, b"h", 3, &[b"f", b"1", b"g", b"2", b"f", b"3"]);
        assert_eq!(
            try_load(&file(&dup_hash)).err().as_deref(),
            Some("Duplicate hash fields detected")
        );
        // Past hash-max-listpack-entries the table catches it.
        let mut fields: Vec<Vec<u8>> = Vec::new();
        for i in 0..600 {
            fields.push(format!("f{i}").into_bytes());
            fields.push(b"v".to_vec());
        }
        fields.push(b"f7".to_vec());
        fields.push(b"v".to_vec());
        let refs: Vec<&[u8]> = fields.iter().map(|f| f.as_slice()).collect();
        let big = record(types::HASH, b"h", 601, &refs);
        assert_eq!(
            try_load(&file(&big)).err().as_deref(),
            Some("Duplicate hash fields detected")
        );
        // A listpack past the scan size: the set of field hashes catches it.
        let mut mid = refs[..80].to_vec();
        mid.extend_from_slice(&[b"f3", b"x"]);
        let lp_dup = record(types::HASH, b"h", 41, &mid);
        assert_eq!(
            try_load(&file(&lp_dup)).err().as_deref(),
            Some("Duplicate hash fields detected")
        );
        let lp_ok = record(types::HASH, b"h", 40, &refs[..80]);
        let dbs = try_load(&file(&lp_ok)).unwrap();
        assert!(
            matches!(dbs[0].peek(b"h", 0), Some(Value::Hash(h)) if h.len() == 40 && h.encoding() == "listpack")
        );
        let ok = record(types::HASH, b"h", 600, &refs[..1200]);
        let dbs = try_load(&file(&ok)).unwrap();
        assert!(
            matches!(dbs[0].peek(b"h", 0), Some(Value::Hash(h)) if h.len() == 600 && h.encoding() == "hashtable")
        );
        for members in [&[&b"1"[..], b"2", b"1"][..], &[b"a", b"1", b"a"]] {
            let set = record(types::SET, b"s", 3, members);
            assert_eq!(
                try_load(&file(&set)).err().as_deref(),
                Some("Duplicate set members detected")
            );
        }
        let mut zset = record(types::ZSET_2, b"z", 2, &[]);
        for m in [b"m", b"m"] {
            crate::rdb::write::Encoder::new(false).string(&mut zset, m);
            zset.extend_from_slice(&1.0f64.to_le_bytes());
        }
        assert_eq!(
            try_load(&file(&zset)).err().as_deref(),
            Some("Duplicate zset fields detected")
        );
        let mut two = record(types::STRING, b"k", 0, &[]);
        two.pop();
        two.push(0);
        let twice = [two.clone(), two].concat();
        assert_eq!(
            try_load(&file(&twice)).err().as_deref(),
            Some("RDB has duplicated key 'k' in DB 0")
        );
    }
}
