//! The sequential reference model: what Redis 7.0 answers to each command the
//! workload generates, on plain `BTreeMap`s, one command at a time.
//!
//! It is the specification the single-node check replays the server's execution order
//! against ([`super::check`]). It knows only the commands of [`super::workload`], and
//! for each the exact reply and which keys it modifies (Redis's `signalModifiedKey`,
//! which is what invalidates a WATCH): a write that changes nothing (SADD of a present
//! member, ZADD of the same score, DEL of a missing key) signals nothing.
//!
//! Expiry is logical: a key whose time has passed (`now > when`, Redis's
//! `keyIsExpired`) is absent for every command, whether the server has deleted it yet
//! or not, at the wall clock of the event that executes the command (the simulator
//! controls that clock). Expired entries stay in the map until overwritten so that the
//! simulator can tell whether stepping the wall clock back would make the server's state
//! depend on what active expiry happened to sample ([`Model::expiry_between`]).
//!
//! A few replies are not determined by the commands alone: SPOP's member (the server
//! picks), the order of KEYS, SMEMBERS and HGETALL (hash order). For those the model
//! checks the reply is one it allows and follows it.
//!
//! `model_matches_redis` in `tests/sim.rs` runs random command sequences against a real
//! redis-server 7.0 and this model, and requires identical replies.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::frame::Frame;

/// A byte string.
pub type Bytes = Vec<u8>;

/// A RESP2 reply.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum R {
    /// `+text`
    Simple(String),
    /// `-text`
    Err(String),
    /// `:n`
    Int(i64),
    /// `$n`
    Bulk(Bytes),
    /// `$-1`
    NilBulk,
    /// `*-1`
    NilArr,
    /// `*n`
    Arr(Vec<R>),
}

impl R {
    /// A RESP2 reply from a parsed frame; `Err` for anything a RESP2 client must never
    /// receive (RESP3 types, an integer that is not a canonical i64).
    pub fn from_frame(f: &Frame) -> Result<R, String> {
        Ok(match f {
            Frame::Simple(t) => R::Simple(String::from_utf8_lossy(t).into_owned()),
            Frame::Error(t) => R::Err(String::from_utf8_lossy(t).into_owned()),
            Frame::Integer(t) => {
                let s = std::str::from_utf8(t).map_err(|_| "non-ASCII integer".to_string())?;
                let n: i64 = s
                    .parse()
                    .map_err(|_| format!("integer reply {s:?} is not an i64"))?;
                if n.to_string() != s {
                    return Err(format!("integer reply {s:?} is not canonical"));
                }
                R::Int(n)
            }
            Frame::Bulk(b) => R::Bulk(b.clone()),
            Frame::NullBulk => R::NilBulk,
            Frame::NullArray => R::NilArr,
            Frame::Array(items) => R::Arr(
                items
                    .iter()
                    .map(R::from_frame)
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            other => return Err(format!("a RESP3 frame sent to a RESP2 client: {other:?}")),
        })
    }

    fn ok() -> R {
        R::Simple("OK".into())
    }

    fn err(s: &str) -> R {
        R::Err(s.into())
    }

    fn bulk(b: &[u8]) -> R {
        R::Bulk(b.to_vec())
    }
}

impl std::fmt::Display for R {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            R::Simple(s) => write!(f, "+{s}"),
            R::Err(s) => write!(f, "-{s}"),
            R::Int(n) => write!(f, ":{n}"),
            R::Bulk(b) => write!(f, "{}", show(b)),
            R::NilBulk => f.write_str("(nil)"),
            R::NilArr => f.write_str("(nil array)"),
            R::Arr(items) => {
                f.write_str("[")?;
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{x}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// A byte string quoted for messages, long ones cut.
pub fn show(b: &[u8]) -> String {
    let cut = &b[..b.len().min(48)];
    let mut s = String::from("\"");
    for &c in cut {
        match c {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('"');
    if b.len() > cut.len() {
        s.push_str(&format!("...({} bytes)", b.len()));
    }
    s
}

/// A command line for messages.
pub fn show_argv(argv: &[Bytes]) -> String {
    argv.iter()
        .map(|a| {
            if !a.is_empty() && a.iter().all(|c| c.is_ascii_graphic() && *c != b'"') {
                String::from_utf8_lossy(a).into_owned()
            } else {
                show(a)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";
const NOT_INTEGER: &str = "ERR value is not an integer or out of range";
const HASH_NOT_INTEGER: &str = "ERR hash value is not an integer";
const OVERFLOW: &str = "ERR increment or decrement would overflow";

/// A value.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// A string.
    Str(Bytes),
    /// A list.
    List(VecDeque<Bytes>),
    /// A hash.
    Hash(BTreeMap<Bytes, Bytes>),
    /// A set.
    Set(BTreeSet<Bytes>),
    /// A sorted set: member to score.
    ZSet(BTreeMap<Bytes, f64>),
}

impl Val {
    fn type_name(&self) -> &'static str {
        match self {
            Val::Str(_) => "string",
            Val::List(_) => "list",
            Val::Hash(_) => "hash",
            Val::Set(_) => "set",
            Val::ZSet(_) => "zset",
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Val::Str(_) => false,
            Val::List(l) => l.is_empty(),
            Val::Hash(h) => h.is_empty(),
            Val::Set(s) => s.is_empty(),
            Val::ZSet(z) => z.is_empty(),
        }
    }
}

#[derive(Clone, Debug)]
struct Entry {
    val: Val,
    /// Unix ms; the key is gone once the wall clock is past it.
    expire: Option<i64>,
}

impl Entry {
    fn live(&self, now: i64) -> bool {
        self.expire.is_none_or(|t| now <= t)
    }
}

#[derive(Clone, Debug)]
struct Watched {
    key: Bytes,
    version: u64,
    /// When the key, live at WATCH time, expires (its expiry then fails the EXEC).
    expires_at: Option<i64>,
}

/// Per-connection state: a transaction being queued, watched keys.
#[derive(Clone, Debug, Default)]
struct ConnState {
    multi: Option<Vec<Vec<Bytes>>>,
    watched: Vec<Watched>,
    /// A command was refused while queueing (MISCONF): EXEC aborts.
    multi_error: bool,
}

/// What the event executing a command tells the model.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The node's wall clock, Unix ms.
    pub now_ms: i64,
    /// In an event that completed a disk operation: its result (what a CONFIG REWRITE
    /// parked on it must answer).
    pub disk_result: Option<Result<(), String>>,
    /// The node's last AOF append failed and none succeeded since: write commands (and
    /// PING, EXEC of a transaction) may be refused with MISCONF.
    pub aof_failing: bool,
}

/// The start of the refusal of writes after a failed AOF append.
const AOF_MISCONF: &str = "MISCONF Errors writing to the AOF file";

/// The dataset and the connections' transaction state.
#[derive(Clone, Debug, Default)]
pub struct Model {
    keys: BTreeMap<Bytes, Entry>,
    /// Modification count per key (what WATCH compares).
    versions: BTreeMap<Bytes, u64>,
    conns: BTreeMap<u64, ConnState>,
}

fn argn(argv: &[Bytes], i: usize) -> &[u8] {
    argv.get(i).map_or(&[][..], Vec::as_slice)
}

fn int_arg(a: &[u8]) -> i64 {
    std::str::from_utf8(a)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn float_arg(a: &[u8]) -> f64 {
    std::str::from_utf8(a)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.0)
}

/// Redis's `string2ll`: decimal, no sign but `-`, no leading zero, no spaces, fits i64.
pub fn string2ll(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() > 20 {
        return None;
    }
    let digits = s.strip_prefix(b"-").unwrap_or(s);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || s.len() > 1) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// A score as Redis 7.0 prints it (`%.17g`): exact for the halves the workload uses.
pub fn score_text(f: f64) -> Bytes {
    format!("{f}").into_bytes()
}

/// Redis's index normalisation for LRANGE / ZRANGE: `None` for an empty range.
fn range(len: usize, start: i64, stop: i64) -> Option<(usize, usize)> {
    let len = len as i64;
    let mut start = if start < 0 { len + start } else { start };
    let mut stop = if stop < 0 { len + stop } else { stop };
    if start < 0 {
        start = 0;
    }
    if start > stop || start >= len {
        return None;
    }
    if stop >= len {
        stop = len - 1;
    }
    Some((start as usize, stop as usize))
}

/// How a reply is compared with the expected one.
enum Expect {
    /// Byte for byte.
    Exact(R),
    /// The same elements in any order (KEYS, SMEMBERS).
    Unordered(Vec<R>),
    /// The same field/value pairs in any order (HGETALL).
    UnorderedPairs(Vec<R>),
}

fn sorted(mut v: Vec<R>) -> Vec<R> {
    v.sort();
    v
}

fn pairs(v: &[R]) -> Vec<(R, R)> {
    let mut out: Vec<(R, R)> = v
        .chunks(2)
        .map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or(R::NilBulk)))
        .collect();
    out.sort();
    out
}

impl Expect {
    fn check(&self, got: &R) -> Result<(), String> {
        let ok = match (self, got) {
            (Expect::Exact(want), got) => want == got,
            (Expect::Unordered(want), R::Arr(got)) => sorted(want.clone()) == sorted(got.clone()),
            (Expect::UnorderedPairs(want), R::Arr(got)) => {
                got.len() % 2 == 0 && pairs(want) == pairs(got)
            }
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(format!("expected {}, got {got}", self.render()))
        }
    }

    fn render(&self) -> String {
        match self {
            Expect::Exact(r) => r.to_string(),
            Expect::Unordered(v) => format!("{} in any order", R::Arr(v.clone())),
            Expect::UnorderedPairs(v) => format!("{} (pairs in any order)", R::Arr(v.clone())),
        }
    }
}

impl Model {
    /// A connection opened.
    pub fn open(&mut self, conn: u64) {
        self.conns.insert(conn, ConnState::default());
    }

    /// A connection closed: its transaction and watches are gone.
    pub fn close(&mut self, conn: u64) {
        self.conns.remove(&conn);
    }

    /// The node restarted empty: no keys, no connections.
    pub fn reset(&mut self) {
        self.keys.clear();
        self.conns.clear();
    }

    /// Whether some key's expiry lies in `from..to` (Unix ms): stepping the wall clock
    /// back from `to` to `from` would bring such a key back to life if the server has not
    /// deleted it yet, which the model cannot know.
    pub fn expiry_between(&self, from: i64, to: i64) -> bool {
        self.keys
            .values()
            .any(|e| e.expire.is_some_and(|t| t >= from && t < to))
    }

    /// The live keys at `now`, with type, PTTL and contents, one line each: the
    /// canonical form the server's dump is compared with.
    pub fn dump(&self, now: i64) -> Vec<String> {
        self.keys
            .iter()
            .filter(|(_, e)| e.live(now))
            .map(|(k, e)| {
                let ttl = e.expire.map_or(-1, |t| (t - now).max(0));
                let body = match &e.val {
                    Val::Str(s) => show(s),
                    Val::List(l) => l.iter().map(|x| show(x)).collect::<Vec<_>>().join(" "),
                    Val::Hash(h) => h
                        .iter()
                        .map(|(f, v)| format!("{}={}", show(f), show(v)))
                        .collect::<Vec<_>>()
                        .join(" "),
                    Val::Set(s) => s.iter().map(|x| show(x)).collect::<Vec<_>>().join(" "),
                    Val::ZSet(z) => zsorted(z)
                        .iter()
                        .map(|(m, s)| {
                            format!("{}={}", show(m), String::from_utf8_lossy(&score_text(*s)))
                        })
                        .collect::<Vec<_>>()
                        .join(" "),
                };
                format!("{} {} ttl={ttl} {body}", show(k), e.val.type_name())
            })
            .collect()
    }

    /// The connections' transactions and watches are gone (the node restarted), the
    /// dataset stays (it was loaded from the disk).
    pub fn forget_connections(&mut self) {
        self.conns.clear();
    }

    /// A hash of the dataset alone (keys, values, expiries): states with the same
    /// dataset have the same one, whatever the connections do.
    pub fn data_fingerprint(&self) -> u64 {
        use std::hash::Hasher;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.hash_data(&mut h);
        h.finish()
    }

    /// Feeds the dataset (keys, values, expiries) to `h`.
    fn hash_data(&self, h: &mut impl std::hash::Hasher) {
        use std::hash::Hash;
        for (k, e) in &self.keys {
            k.hash(h);
            e.expire.hash(h);
            match &e.val {
                Val::Str(s) => (0u8, s).hash(h),
                Val::List(l) => (1u8, l).hash(h),
                Val::Hash(m) => (2u8, m).hash(h),
                Val::Set(s) => (3u8, s).hash(h),
                Val::ZSet(z) => {
                    4u8.hash(h);
                    for (m, s) in z {
                        (m, s.to_bits()).hash(h);
                    }
                }
            }
        }
    }

    /// A hash of the whole state (dataset, modification counts, connections'
    /// transactions and watches): equal states have equal fingerprints.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.hash_data(&mut h);
        self.versions.hash(&mut h);
        for (c, st) in &self.conns {
            (c, &st.multi).hash(&mut h);
            for w in &st.watched {
                (&w.key, w.version, w.expires_at).hash(&mut h);
            }
        }
        h.finish()
    }

    fn touch(&mut self, key: &[u8]) {
        *self.versions.entry(key.to_vec()).or_insert(0) += 1;
    }

    fn version(&self, key: &[u8]) -> u64 {
        self.versions.get(key).copied().unwrap_or(0)
    }

    fn get(&self, key: &[u8], now: i64) -> Option<&Val> {
        self.keys.get(key).filter(|e| e.live(now)).map(|e| &e.val)
    }

    fn get_mut(&mut self, key: &[u8], now: i64) -> Option<&mut Val> {
        self.keys
            .get_mut(key)
            .filter(|e| e.live(now))
            .map(|e| &mut e.val)
    }

    fn entry_live(&self, key: &[u8], now: i64) -> Option<&Entry> {
        self.keys.get(key).filter(|e| e.live(now))
    }

    /// Stores `val` under `key` with no expiry (replacing anything, live or not).
    fn put(&mut self, key: &[u8], val: Val, expire: Option<i64>) {
        self.keys.insert(key.to_vec(), Entry { val, expire });
    }

    /// Removes `key` if its collection became empty.
    fn drop_if_empty(&mut self, key: &[u8]) {
        if self.keys.get(key).is_some_and(|e| e.val.is_empty()) {
            self.keys.remove(key);
        }
    }

    /// The collection under `key` of the kind `make` creates, created if missing;
    /// `Err(WRONGTYPE)` if another kind is there.
    fn coll_mut(
        &mut self,
        key: &[u8],
        now: i64,
        make: fn() -> Val,
        is: fn(&Val) -> bool,
    ) -> Result<&mut Val, R> {
        match self.get(key, now) {
            Some(v) if !is(v) => return Err(R::err(WRONGTYPE)),
            Some(_) => {}
            None => self.put(key, make(), None),
        }
        Ok(self.get_mut(key, now).expect("just checked or created"))
    }

    /// Checks the reply `got` the server gave `conn` for `argv`, executing it on the
    /// model. `Err` says why the reply is not what Redis would have answered.
    pub fn apply(&mut self, conn: u64, argv: &[Bytes], got: &R, ctx: &Ctx) -> Result<(), String> {
        let name = String::from_utf8_lossy(argn(argv, 0)).to_ascii_uppercase();
        let state = self.conns.entry(conn).or_default();
        if ctx.aof_failing
            && let R::Err(e) = got
        {
            if e.starts_with(AOF_MISCONF) {
                // Refused: nothing ran; in a transaction, EXEC will abort.
                if state.multi.is_some() {
                    state.multi_error = true;
                }
                return Ok(());
            }
            if name == "EXEC"
                && e.starts_with("EXECABORT Transaction discarded because of: MISCONF")
            {
                state.multi = None;
                state.watched.clear();
                state.multi_error = false;
                return Ok(());
            }
        }
        if name == "EXEC" && state.multi_error && state.multi.is_some() {
            state.multi = None;
            state.watched.clear();
            state.multi_error = false;
            return Expect::Exact(R::err(
                "EXECABORT Transaction discarded because of previous errors.",
            ))
            .check(got);
        }
        if let Some(queue) = &mut state.multi
            && !matches!(name.as_str(), "EXEC" | "DISCARD" | "MULTI" | "WATCH")
        {
            queue.push(argv.to_vec());
            return Expect::Exact(R::Simple("QUEUED".into())).check(got);
        }
        match name.as_str() {
            "MULTI" => {
                state.multi = Some(Vec::new());
                Expect::Exact(R::ok()).check(got)
            }
            "DISCARD" => {
                state.multi = None;
                state.multi_error = false;
                state.watched.clear();
                Expect::Exact(R::ok()).check(got)
            }
            "UNWATCH" => {
                state.watched.clear();
                Expect::Exact(R::ok()).check(got)
            }
            "WATCH" => {
                let now = ctx.now_ms;
                let mut watched = Vec::new();
                for key in &argv[1..] {
                    watched.push(Watched {
                        key: key.clone(),
                        version: self.version(key),
                        expires_at: self.entry_live(key, now).and_then(|e| e.expire),
                    });
                }
                let state = self.conns.entry(conn).or_default();
                state.watched.extend(watched);
                Expect::Exact(R::ok()).check(got)
            }
            "EXEC" => {
                let queue = state.multi.take().unwrap_or_default();
                let watched = std::mem::take(&mut state.watched);
                let now = ctx.now_ms;
                let aborted = watched.iter().any(|w| {
                    self.version(&w.key) != w.version || w.expires_at.is_some_and(|t| now > t)
                });
                if aborted {
                    return Expect::Exact(R::NilArr).check(got).map_err(|e| {
                        format!("{e} (a watched key was modified or expired since WATCH)")
                    });
                }
                let R::Arr(items) = got else {
                    return Err(format!(
                        "expected the replies of {} queued commands, got {got}",
                        queue.len()
                    ));
                };
                if items.len() != queue.len() {
                    return Err(format!(
                        "expected {} replies in EXEC, got {} ({got})",
                        queue.len(),
                        items.len()
                    ));
                }
                for (i, (cmd, item)) in queue.iter().zip(items).enumerate() {
                    self.command(cmd, item, ctx, true).map_err(|e| {
                        format!("in EXEC, reply {} to {}: {e}", i + 1, show_argv(cmd))
                    })?;
                }
                Ok(())
            }
            _ => self.command(argv, got, ctx, false),
        }
    }

    /// One command outside the transaction machinery.
    fn command(&mut self, argv: &[Bytes], got: &R, ctx: &Ctx, in_exec: bool) -> Result<(), String> {
        let now = ctx.now_ms;
        let name = String::from_utf8_lossy(argn(argv, 0)).to_ascii_uppercase();
        let key = argn(argv, 1).to_vec();
        if name == "WAIT" {
            // How many replicas acknowledged is the replication check's business
            // (world/repl.rs, at the moment the reply leaves); here only its shape.
            return match got {
                R::Int(n) if *n >= 0 => Ok(()),
                other => Err(format!("WAIT replied {other}, not a count of replicas")),
            };
        }
        let expect = match name.as_str() {
            "PING" => Expect::Exact(R::Simple("PONG".into())),
            "ECHO" => Expect::Exact(R::bulk(&key)),
            "CONFIG" => {
                let sub = String::from_utf8_lossy(&key).to_ascii_uppercase();
                match (sub.as_str(), &ctx.disk_result) {
                    ("SET", _) => Expect::Exact(R::ok()),
                    ("REWRITE", Some(Ok(()))) => Expect::Exact(R::ok()),
                    ("REWRITE", Some(Err(e))) => {
                        Expect::Exact(R::Err(format!("ERR Rewriting config file: {e}")))
                    }
                    ("REWRITE", None) if in_exec => Expect::Exact(R::ok()),
                    ("REWRITE", None) => {
                        return Err(format!(
                            "CONFIG REWRITE answered {got} before its disk write completed"
                        ));
                    }
                    _ => return Err(format!("the model does not know CONFIG {sub}")),
                }
            }
            "SET" => self.set(argv, now),
            "GET" => Expect::Exact(match self.get(&key, now) {
                None => R::NilBulk,
                Some(Val::Str(s)) => R::bulk(s),
                Some(_) => R::err(WRONGTYPE),
            }),
            "MGET" => Expect::Exact(R::Arr(
                argv[1..]
                    .iter()
                    .map(|k| match self.get(k, now) {
                        Some(Val::Str(s)) => R::bulk(s),
                        _ => R::NilBulk,
                    })
                    .collect(),
            )),
            "APPEND" => Expect::Exact(match self.get_mut(&key, now) {
                None => {
                    let v = argn(argv, 2).to_vec();
                    let n = v.len();
                    self.put(&key, Val::Str(v), None);
                    self.touch(&key);
                    R::Int(n as i64)
                }
                Some(Val::Str(s)) => {
                    s.extend_from_slice(argn(argv, 2));
                    let n = s.len();
                    self.touch(&key);
                    R::Int(n as i64)
                }
                Some(_) => R::err(WRONGTYPE),
            }),
            "STRLEN" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::Str(s)) => R::Int(s.len() as i64),
                Some(_) => R::err(WRONGTYPE),
            }),
            "INCR" | "DECR" | "INCRBY" => {
                let by = match name.as_str() {
                    "INCR" => 1,
                    "DECR" => -1,
                    _ => int_arg(argn(argv, 2)),
                };
                Expect::Exact(self.incr(&key, by, now))
            }
            "DEL" => {
                let mut n = 0;
                for k in &argv[1..] {
                    if self.get(k, now).is_some() {
                        self.keys.remove(k);
                        self.touch(k);
                        n += 1;
                    }
                }
                Expect::Exact(R::Int(n))
            }
            "EXISTS" => Expect::Exact(R::Int(
                argv[1..]
                    .iter()
                    .filter(|k| self.get(k, now).is_some())
                    .count() as i64,
            )),
            "TYPE" => Expect::Exact(R::Simple(
                self.get(&key, now).map_or("none", Val::type_name).into(),
            )),
            "PEXPIRE" => Expect::Exact(self.pexpire(argv, now)),
            "PERSIST" => Expect::Exact(match self.keys.get_mut(&key) {
                Some(e) if e.live(now) && e.expire.is_some() => {
                    e.expire = None;
                    self.touch(&key);
                    R::Int(1)
                }
                _ => R::Int(0),
            }),
            "PTTL" => Expect::Exact(R::Int(match self.entry_live(&key, now) {
                None => -2,
                Some(Entry { expire: None, .. }) => -1,
                Some(Entry {
                    expire: Some(t), ..
                }) => (t - now).max(0),
            })),
            "KEYS" => Expect::Unordered(
                self.keys
                    .iter()
                    .filter(|(_, e)| e.live(now))
                    .map(|(k, _)| R::bulk(k))
                    .collect(),
            ),
            "FLUSHDB" => {
                let live: Vec<Bytes> = self
                    .keys
                    .iter()
                    .filter(|(_, e)| e.live(now))
                    .map(|(k, _)| k.clone())
                    .collect();
                for k in live {
                    self.touch(&k);
                }
                self.keys.clear();
                Expect::Exact(R::ok())
            }
            "LPUSH" | "RPUSH" => {
                let left = name == "LPUSH";
                let r = self
                    .coll_mut(
                        &key,
                        now,
                        || Val::List(VecDeque::new()),
                        |v| matches!(v, Val::List(_)),
                    )
                    .map(|v| {
                        let Val::List(l) = v else { unreachable!() };
                        for x in &argv[2..] {
                            if left {
                                l.push_front(x.clone());
                            } else {
                                l.push_back(x.clone());
                            }
                        }
                        R::Int(l.len() as i64)
                    });
                if r.is_ok() {
                    self.touch(&key);
                }
                Expect::Exact(r.unwrap_or_else(|e| e))
            }
            "LPOP" | "RPOP" => {
                let left = name == "LPOP";
                let r = match self.get_mut(&key, now) {
                    None => R::NilBulk,
                    Some(Val::List(l)) => {
                        let x = if left { l.pop_front() } else { l.pop_back() };
                        R::Bulk(x.unwrap_or_default())
                    }
                    Some(_) => R::err(WRONGTYPE),
                };
                if matches!(r, R::Bulk(_)) {
                    self.touch(&key);
                    self.drop_if_empty(&key);
                }
                Expect::Exact(r)
            }
            "BLPOP" | "BRPOP" => return self.bpop(&key, name == "BLPOP", got, now),
            "LMOVE" => Expect::Exact(self.lmove(argv, now)),
            "RENAME" => Expect::Exact(self.rename(argv, now)),
            "GETDEL" => Expect::Exact(match self.get(&key, now) {
                None => R::NilBulk,
                Some(Val::Str(s)) => {
                    let r = R::bulk(s);
                    self.keys.remove(&key);
                    self.touch(&key);
                    r
                }
                Some(_) => R::err(WRONGTYPE),
            }),
            "LLEN" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::List(l)) => R::Int(l.len() as i64),
                Some(_) => R::err(WRONGTYPE),
            }),
            "LRANGE" => Expect::Exact(match self.get(&key, now) {
                None => R::Arr(vec![]),
                Some(Val::List(l)) => R::Arr(
                    range(l.len(), int_arg(argn(argv, 2)), int_arg(argn(argv, 3)))
                        .map(|(a, b)| l.range(a..=b).map(|x| R::bulk(x)).collect())
                        .unwrap_or_default(),
                ),
                Some(_) => R::err(WRONGTYPE),
            }),
            "LINDEX" => Expect::Exact(match self.get(&key, now) {
                None => R::NilBulk,
                Some(Val::List(l)) => {
                    let i = int_arg(argn(argv, 2));
                    let i = if i < 0 { l.len() as i64 + i } else { i };
                    usize::try_from(i)
                        .ok()
                        .and_then(|i| l.get(i))
                        .map_or(R::NilBulk, |x| R::bulk(x))
                }
                Some(_) => R::err(WRONGTYPE),
            }),
            "LREM" => {
                let count = int_arg(argn(argv, 2));
                let target = argn(argv, 3).to_vec();
                let r = match self.get_mut(&key, now) {
                    None => R::Int(0),
                    Some(Val::List(l)) => {
                        let limit = if count == 0 {
                            usize::MAX
                        } else {
                            count.unsigned_abs() as usize
                        };
                        let mut removed = 0;
                        let mut out: VecDeque<Bytes> = VecDeque::with_capacity(l.len());
                        if count >= 0 {
                            for x in l.drain(..) {
                                if removed < limit && x == target {
                                    removed += 1;
                                } else {
                                    out.push_back(x);
                                }
                            }
                        } else {
                            for x in l.drain(..).rev() {
                                if removed < limit && x == target {
                                    removed += 1;
                                } else {
                                    out.push_front(x);
                                }
                            }
                        }
                        *l = out;
                        R::Int(removed as i64)
                    }
                    Some(_) => R::err(WRONGTYPE),
                };
                if matches!(r, R::Int(n) if n > 0) {
                    self.touch(&key);
                    self.drop_if_empty(&key);
                }
                Expect::Exact(r)
            }
            "HSET" => {
                let r = self
                    .coll_mut(
                        &key,
                        now,
                        || Val::Hash(BTreeMap::new()),
                        |v| matches!(v, Val::Hash(_)),
                    )
                    .map(|v| {
                        let Val::Hash(h) = v else { unreachable!() };
                        let mut added = 0;
                        for fv in argv[2..].chunks(2) {
                            if h.insert(fv[0].clone(), fv[1].clone()).is_none() {
                                added += 1;
                            }
                        }
                        R::Int(added)
                    });
                if r.is_ok() {
                    self.touch(&key);
                }
                Expect::Exact(r.unwrap_or_else(|e| e))
            }
            "HGET" => Expect::Exact(match self.get(&key, now) {
                None => R::NilBulk,
                Some(Val::Hash(h)) => h.get(argn(argv, 2)).map_or(R::NilBulk, |v| R::bulk(v)),
                Some(_) => R::err(WRONGTYPE),
            }),
            "HEXISTS" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::Hash(h)) => R::Int(i64::from(h.contains_key(argn(argv, 2)))),
                Some(_) => R::err(WRONGTYPE),
            }),
            "HLEN" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::Hash(h)) => R::Int(h.len() as i64),
                Some(_) => R::err(WRONGTYPE),
            }),
            "HDEL" => {
                let r = match self.get_mut(&key, now) {
                    None => R::Int(0),
                    Some(Val::Hash(h)) => {
                        R::Int(argv[2..].iter().filter(|f| h.remove(*f).is_some()).count() as i64)
                    }
                    Some(_) => R::err(WRONGTYPE),
                };
                if matches!(r, R::Int(n) if n > 0) {
                    self.touch(&key);
                    self.drop_if_empty(&key);
                }
                Expect::Exact(r)
            }
            "HGETALL" => match self.get(&key, now) {
                None => Expect::Exact(R::Arr(vec![])),
                Some(Val::Hash(h)) => Expect::UnorderedPairs(
                    h.iter()
                        .flat_map(|(f, v)| [R::bulk(f), R::bulk(v)])
                        .collect(),
                ),
                Some(_) => Expect::Exact(R::err(WRONGTYPE)),
            },
            "HINCRBY" => {
                let field = argn(argv, 2).to_vec();
                let by = int_arg(argn(argv, 3));
                let r = match self.get(&key, now) {
                    Some(v) if !matches!(v, Val::Hash(_)) => R::err(WRONGTYPE),
                    v => {
                        let cur = match v {
                            Some(Val::Hash(h)) => h.get(&field).map(|x| string2ll(x)),
                            _ => None,
                        };
                        match cur {
                            Some(None) => R::err(HASH_NOT_INTEGER),
                            cur => match cur.flatten().unwrap_or(0).checked_add(by) {
                                None => R::err(OVERFLOW),
                                Some(n) => {
                                    let v = self
                                        .coll_mut(
                                            &key,
                                            now,
                                            || Val::Hash(BTreeMap::new()),
                                            |v| matches!(v, Val::Hash(_)),
                                        )
                                        .expect("checked above");
                                    let Val::Hash(h) = v else { unreachable!() };
                                    h.insert(field, n.to_string().into_bytes());
                                    self.touch(&key);
                                    R::Int(n)
                                }
                            },
                        }
                    }
                };
                Expect::Exact(r)
            }
            "SADD" => {
                let r = self
                    .coll_mut(
                        &key,
                        now,
                        || Val::Set(BTreeSet::new()),
                        |v| matches!(v, Val::Set(_)),
                    )
                    .map(|v| {
                        let Val::Set(s) = v else { unreachable!() };
                        R::Int(argv[2..].iter().filter(|m| s.insert(m.to_vec())).count() as i64)
                    });
                match &r {
                    Ok(R::Int(n)) if *n > 0 => self.touch(&key),
                    _ => self.drop_if_empty(&key),
                }
                Expect::Exact(r.unwrap_or_else(|e| e))
            }
            "SREM" => {
                let r = match self.get_mut(&key, now) {
                    None => R::Int(0),
                    Some(Val::Set(s)) => {
                        R::Int(argv[2..].iter().filter(|m| s.remove(*m)).count() as i64)
                    }
                    Some(_) => R::err(WRONGTYPE),
                };
                if matches!(r, R::Int(n) if n > 0) {
                    self.touch(&key);
                    self.drop_if_empty(&key);
                }
                Expect::Exact(r)
            }
            "SCARD" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::Set(s)) => R::Int(s.len() as i64),
                Some(_) => R::err(WRONGTYPE),
            }),
            "SISMEMBER" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::Set(s)) => R::Int(i64::from(s.contains(argn(argv, 2)))),
                Some(_) => R::err(WRONGTYPE),
            }),
            "SMEMBERS" => match self.get(&key, now) {
                None => Expect::Exact(R::Arr(vec![])),
                Some(Val::Set(s)) => Expect::Unordered(s.iter().map(|m| R::bulk(m)).collect()),
                Some(_) => Expect::Exact(R::err(WRONGTYPE)),
            },
            "SPOP" => return self.spop(&key, got, now),
            "ZADD" => {
                let mut changed = false;
                let r = self
                    .coll_mut(
                        &key,
                        now,
                        || Val::ZSet(BTreeMap::new()),
                        |v| matches!(v, Val::ZSet(_)),
                    )
                    .map(|v| {
                        let Val::ZSet(z) = v else { unreachable!() };
                        let mut added = 0;
                        for sm in argv[2..].chunks(2) {
                            let score = float_arg(&sm[0]);
                            match z.insert(sm[1].clone(), score) {
                                None => {
                                    added += 1;
                                    changed = true;
                                }
                                Some(old) if old != score => changed = true,
                                Some(_) => {}
                            }
                        }
                        R::Int(added)
                    });
                if changed {
                    self.touch(&key);
                }
                Expect::Exact(r.unwrap_or_else(|e| e))
            }
            "ZINCRBY" => {
                let by = float_arg(argn(argv, 2));
                let member = argn(argv, 3).to_vec();
                let mut changed = false;
                let r = self
                    .coll_mut(
                        &key,
                        now,
                        || Val::ZSet(BTreeMap::new()),
                        |v| matches!(v, Val::ZSet(_)),
                    )
                    .map(|v| {
                        let Val::ZSet(z) = v else { unreachable!() };
                        let old = z.get(&member).copied();
                        let new = old.unwrap_or(0.0) + by;
                        changed = old != Some(new);
                        z.insert(member, new);
                        R::Bulk(score_text(new))
                    });
                if changed {
                    self.touch(&key);
                }
                Expect::Exact(r.unwrap_or_else(|e| e))
            }
            "ZSCORE" => Expect::Exact(match self.get(&key, now) {
                None => R::NilBulk,
                Some(Val::ZSet(z)) => z
                    .get(argn(argv, 2))
                    .map_or(R::NilBulk, |s| R::Bulk(score_text(*s))),
                Some(_) => R::err(WRONGTYPE),
            }),
            "ZCARD" => Expect::Exact(match self.get(&key, now) {
                None => R::Int(0),
                Some(Val::ZSet(z)) => R::Int(z.len() as i64),
                Some(_) => R::err(WRONGTYPE),
            }),
            "ZREM" => {
                let r = match self.get_mut(&key, now) {
                    None => R::Int(0),
                    Some(Val::ZSet(z)) => {
                        R::Int(argv[2..].iter().filter(|m| z.remove(*m).is_some()).count() as i64)
                    }
                    Some(_) => R::err(WRONGTYPE),
                };
                if matches!(r, R::Int(n) if n > 0) {
                    self.touch(&key);
                    self.drop_if_empty(&key);
                }
                Expect::Exact(r)
            }
            "ZRANK" => Expect::Exact(match self.get(&key, now) {
                None => R::NilBulk,
                Some(Val::ZSet(z)) => zsorted(z)
                    .iter()
                    .position(|(m, _)| m.as_slice() == argn(argv, 2))
                    .map_or(R::NilBulk, |i| R::Int(i as i64)),
                Some(_) => R::err(WRONGTYPE),
            }),
            "ZRANGE" => Expect::Exact(match self.get(&key, now) {
                None => R::Arr(vec![]),
                Some(Val::ZSet(z)) => {
                    let all = zsorted(z);
                    let scores = argv.len() > 4;
                    R::Arr(
                        range(all.len(), int_arg(argn(argv, 2)), int_arg(argn(argv, 3)))
                            .map(|(a, b)| {
                                all[a..=b]
                                    .iter()
                                    .flat_map(|(m, s)| {
                                        let mut v = vec![R::bulk(m)];
                                        if scores {
                                            v.push(R::Bulk(score_text(*s)));
                                        }
                                        v
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    )
                }
                Some(_) => R::err(WRONGTYPE),
            }),
            _ => return Err(format!("the model does not know {name}")),
        };
        expect.check(got)
    }

    fn set(&mut self, argv: &[Bytes], now: i64) -> Expect {
        let key = argn(argv, 1).to_vec();
        let value = argn(argv, 2).to_vec();
        let (mut nx, mut xx, mut get, mut px) = (false, false, false, None);
        let mut i = 3;
        while i < argv.len() {
            match String::from_utf8_lossy(&argv[i])
                .to_ascii_uppercase()
                .as_str()
            {
                "NX" => nx = true,
                "XX" => xx = true,
                "GET" => get = true,
                "PX" => {
                    px = Some(int_arg(argn(argv, i + 1)));
                    i += 1;
                }
                _ => {}
            }
            i += 1;
        }
        let old = self.get(&key, now).cloned();
        if get && matches!(old, Some(ref v) if !matches!(v, Val::Str(_))) {
            return Expect::Exact(R::err(WRONGTYPE));
        }
        let exists = old.is_some();
        let apply = if exists { !nx } else { !xx };
        if apply {
            self.put(&key, Val::Str(value), px.map(|ms| now + ms));
            self.touch(&key);
        }
        Expect::Exact(if get {
            match old {
                Some(Val::Str(s)) => R::Bulk(s),
                _ => R::NilBulk,
            }
        } else if apply {
            R::ok()
        } else {
            R::NilBulk
        })
    }

    fn incr(&mut self, key: &[u8], by: i64, now: i64) -> R {
        let cur = match self.get(key, now) {
            None => 0,
            Some(Val::Str(s)) => match string2ll(s) {
                Some(n) => n,
                None => return R::err(NOT_INTEGER),
            },
            Some(_) => return R::err(WRONGTYPE),
        };
        let Some(n) = cur.checked_add(by) else {
            return R::err(OVERFLOW);
        };
        let text = n.to_string().into_bytes();
        match self.keys.get_mut(key).filter(|e| e.live(now)) {
            Some(e) => e.val = Val::Str(text),
            None => self.put(key, Val::Str(text), None),
        }
        self.touch(key);
        R::Int(n)
    }

    /// BLPOP's (BRPOP's, from the `left` end or not) reply, whenever it comes (at
    /// once, when served after blocking, at its timeout, inside EXEC): an element is
    /// the end of the list at that point; `nil` means the key held no list to pop from
    /// at that point (or the server would have served it); WRONGTYPE means it held
    /// another type.
    fn bpop(&mut self, key: &[u8], left: bool, got: &R, now: i64) -> Result<(), String> {
        let name = if left { "BLPOP" } else { "BRPOP" };
        let current = match self.get(key, now) {
            Some(Val::List(l)) => (if left { l.front() } else { l.back() }).cloned(),
            _ => None,
        };
        match got {
            R::Arr(items) if items.len() == 2 => {
                let want_key = R::bulk(key);
                if items[0] != want_key {
                    return Err(format!(
                        "{name} replied for key {}, expected {want_key}",
                        items[0]
                    ));
                }
                match current {
                    Some(end) if items[1] == R::Bulk(end.clone()) => {
                        if let Some(Val::List(l)) = self.get_mut(key, now) {
                            if left {
                                l.pop_front();
                            } else {
                                l.pop_back();
                            }
                        }
                        self.touch(key);
                        self.drop_if_empty(key);
                        Ok(())
                    }
                    Some(end) => Err(format!(
                        "{name} popped {}, but that end of the list is {}",
                        items[1],
                        show(&end)
                    )),
                    None => Err(format!(
                        "{name} popped {}, but the key holds no list",
                        items[1]
                    )),
                }
            }
            R::NilArr => match current {
                None => Ok(()),
                Some(end) => Err(format!(
                    "{name} returned nil while the list holds elements ({} at that end)",
                    show(&end)
                )),
            },
            R::Err(e) if e == WRONGTYPE => match self.get(key, now) {
                Some(v) if !matches!(v, Val::List(_)) => Ok(()),
                _ => Err(format!(
                    "{name} replied {got} but the key holds no other type"
                )),
            },
            _ => Err(format!("{name} replied {got}")),
        }
    }

    /// LMOVE: pops from one end of `src`, pushes to one end of `dst` (the same key
    /// rotates), the destination's type checked only once there is something to move.
    fn lmove(&mut self, argv: &[Bytes], now: i64) -> R {
        let (src, dst) = (argn(argv, 1).to_vec(), argn(argv, 2).to_vec());
        let from_left = argn(argv, 3).eq_ignore_ascii_case(b"LEFT");
        let to_left = argn(argv, 4).eq_ignore_ascii_case(b"LEFT");
        match self.get(&src, now) {
            None => return R::NilBulk,
            Some(Val::List(_)) => {}
            Some(_) => return R::err(WRONGTYPE),
        }
        if matches!(self.get(&dst, now), Some(v) if !matches!(v, Val::List(_))) {
            return R::err(WRONGTYPE);
        }
        let Some(Val::List(l)) = self.get_mut(&src, now) else {
            return R::NilBulk;
        };
        let x = if from_left {
            l.pop_front()
        } else {
            l.pop_back()
        }
        .unwrap_or_default();
        let v = self
            .coll_mut(
                &dst,
                now,
                || Val::List(VecDeque::new()),
                |v| matches!(v, Val::List(_)),
            )
            .expect("checked above");
        let Val::List(d) = v else { unreachable!() };
        if to_left {
            d.push_front(x.clone());
        } else {
            d.push_back(x.clone());
        }
        self.drop_if_empty(&src);
        self.touch(&src);
        self.touch(&dst);
        R::Bulk(x)
    }

    /// PEXPIRE with its 7.0 conditions (NX, XX, GT, LT; no expiry counts as infinite).
    fn pexpire(&mut self, argv: &[Bytes], now: i64) -> R {
        let key = argn(argv, 1).to_vec();
        let when = now.saturating_add(int_arg(argn(argv, 2)));
        let Some(current) = self.entry_live(&key, now).map(|e| e.expire) else {
            return R::Int(0);
        };
        let cond = String::from_utf8_lossy(argn(argv, 3)).to_ascii_uppercase();
        let refused = match cond.as_str() {
            "NX" => current.is_some(),
            "XX" => current.is_none(),
            "GT" => current.is_none_or(|t| when <= t),
            "LT" => current.is_some_and(|t| when >= t),
            _ => false,
        };
        if refused {
            return R::Int(0);
        }
        if when <= now {
            self.keys.remove(&key);
        } else if let Some(e) = self.keys.get_mut(&key) {
            e.expire = Some(when);
        }
        self.touch(&key);
        R::Int(1)
    }

    /// RENAME: the value and its expiry move; a missing source is an error.
    fn rename(&mut self, argv: &[Bytes], now: i64) -> R {
        let (src, dst) = (argn(argv, 1).to_vec(), argn(argv, 2).to_vec());
        if self.get(&src, now).is_none() {
            return R::err("ERR no such key");
        }
        if src != dst {
            let e = self.keys.remove(&src).expect("live above");
            self.keys.insert(dst.clone(), e);
            self.touch(&src);
            self.touch(&dst);
        }
        R::ok()
    }

    /// SPOP's reply: any member (the server picks), which then leaves the set.
    fn spop(&mut self, key: &[u8], got: &R, now: i64) -> Result<(), String> {
        match (self.get_mut(key, now), got) {
            (None, R::NilBulk) => Ok(()),
            (Some(Val::Set(s)), R::Bulk(m)) if s.contains(m) => {
                s.remove(m);
                self.touch(key);
                self.drop_if_empty(key);
                Ok(())
            }
            (Some(Val::Set(s)), _) => Err(format!(
                "SPOP replied {got}, not a member of {}",
                R::Arr(s.iter().map(|m| R::bulk(m)).collect())
            )),
            (Some(v), R::Err(e)) if e == WRONGTYPE && !matches!(v, Val::Set(_)) => Ok(()),
            (v, _) => Err(format!(
                "SPOP replied {got} on {}",
                v.map_or("a missing key", |v| v.type_name())
            )),
        }
    }

    /// Whether the next reply of a blocked BLPOP on `key` could be `got` now: the
    /// checker tries such a served client first, as the server serves it right after
    /// the write that made its key ready.
    pub fn serves_blpop(&self, argv: &[Bytes], got: &R, now: i64) -> bool {
        let left = argn(argv, 0).eq_ignore_ascii_case(b"BLPOP");
        if !left && !argn(argv, 0).eq_ignore_ascii_case(b"BRPOP") {
            return false;
        }
        match (self.get(argn(argv, 1), now), got) {
            (Some(Val::List(l)), R::Arr(items)) => {
                let end = if left { l.front() } else { l.back() };
                items.len() == 2 && end.is_some_and(|h| items[1] == R::Bulk(h.clone()))
            }
            _ => false,
        }
    }
}

/// A sorted set's members in Redis's order: by score, then by member bytes.
fn zsorted(z: &BTreeMap<Bytes, f64>) -> Vec<(Bytes, f64)> {
    let mut v: Vec<(Bytes, f64)> = z.iter().map(|(m, s)| (m.clone(), *s)).collect();
    v.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<Bytes> {
        s.split(' ').map(|a| a.as_bytes().to_vec()).collect()
    }

    fn ctx(now: i64) -> Ctx {
        Ctx {
            now_ms: now,
            disk_result: None,
            aof_failing: false,
        }
    }

    #[test]
    fn string2ll_is_redis_strict() {
        for ok in [
            "0",
            "-1",
            "42",
            "9223372036854775807",
            "-9223372036854775808",
        ] {
            assert!(string2ll(ok.as_bytes()).is_some(), "{ok}");
        }
        for bad in [
            "",
            "-",
            "-0",
            "01",
            "+1",
            " 1",
            "1 ",
            "9223372036854775808",
            "x",
        ] {
            assert_eq!(string2ll(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn expiry_is_logical_and_watch_sees_it() {
        let mut m = Model::default();
        m.open(1);
        m.apply(1, &argv("SET k v PX 10"), &R::ok(), &ctx(1000))
            .unwrap();
        m.apply(1, &argv("WATCH k"), &R::ok(), &ctx(1000)).unwrap();
        m.apply(1, &argv("GET k"), &R::bulk(b"v"), &ctx(1010))
            .unwrap();
        m.apply(1, &argv("GET k"), &R::NilBulk, &ctx(1011)).unwrap();
        m.apply(1, &argv("MULTI"), &R::ok(), &ctx(1011)).unwrap();
        m.apply(1, &argv("PING"), &R::Simple("QUEUED".into()), &ctx(1011))
            .unwrap();
        // The watched key expired: EXEC fails.
        m.apply(1, &argv("EXEC"), &R::NilArr, &ctx(1011)).unwrap();
        assert!(m.expiry_between(1000, 1011));
        assert!(!m.expiry_between(1011, 2000));
    }

    #[test]
    fn a_write_that_changes_nothing_does_not_fail_exec() {
        let mut m = Model::default();
        m.open(1);
        m.apply(1, &argv("SADD s a"), &R::Int(1), &ctx(0)).unwrap();
        m.apply(1, &argv("WATCH s"), &R::ok(), &ctx(0)).unwrap();
        m.apply(1, &argv("SADD s a"), &R::Int(0), &ctx(0)).unwrap();
        m.apply(1, &argv("MULTI"), &R::ok(), &ctx(0)).unwrap();
        m.apply(1, &argv("SCARD s"), &R::Simple("QUEUED".into()), &ctx(0))
            .unwrap();
        m.apply(1, &argv("EXEC"), &R::Arr(vec![R::Int(1)]), &ctx(0))
            .unwrap();
    }

    #[test]
    fn blpop_nil_requires_no_elements() {
        let mut m = Model::default();
        m.apply(1, &argv("RPUSH l a"), &R::Int(1), &ctx(0)).unwrap();
        assert!(m.apply(1, &argv("BLPOP l 1"), &R::NilArr, &ctx(0)).is_err());
        let served = R::Arr(vec![R::bulk(b"l"), R::bulk(b"a")]);
        assert!(m.serves_blpop(&argv("BLPOP l 1"), &served, 0));
        m.apply(1, &argv("BLPOP l 1"), &served, &ctx(0)).unwrap();
        m.apply(1, &argv("BLPOP l 1"), &R::NilArr, &ctx(0)).unwrap();
        m.apply(1, &argv("EXISTS l"), &R::Int(0), &ctx(0)).unwrap();
    }

    #[test]
    fn ranges_follow_redis() {
        assert_eq!(range(5, 0, -1), Some((0, 4)));
        assert_eq!(range(5, -2, 10), Some((3, 4)));
        assert_eq!(range(5, 3, 1), None);
        assert_eq!(range(5, 5, 9), None);
        assert_eq!(range(5, -9, 0), Some((0, 0)));
        assert_eq!(range(0, 0, -1), None);
    }
}
