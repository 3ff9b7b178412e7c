//! Client-side caching (CLIENT TRACKING), as Redis 7.0 does it.
//!
//! In the default mode the server remembers, per key name (across all databases),
//! which tracking clients read it; when the key is modified every such client gets
//! one invalidation message and the key is forgotten until read again. In BCAST mode
//! clients register key prefixes instead, and every modified key matching one is
//! collected and broadcast once per event ([`Tracking::broadcast`]). Flushes send a
//! null invalidation ("every key") to every tracking client.
//!
//! Decisions are made when a key changes; the messages wait in an outbox until the
//! server delivers them ([`Tracking::deliver`]) after the command, as Redis 7.0.15
//! defers the executing client's own invalidations until its reply is written. A
//! message goes to the client itself as a RESP3 push, or to its REDIRECT client (a
//! RESP3 push, or a `__redis__:invalidate` pub/sub message for a RESP2 subscriber).
//!
//! The key table is bounded by `tracking-table-max-keys`: over it, random keys are
//! forgotten with an invalidation ([`Tracking::limit_used_slots`]), as Redis does.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use hashbrown::HashTable;

use crate::client::{Client, ClientState, ConnId};
use crate::keyspace::{Db, KeyHasher};
use crate::notify;
use crate::resp::Reply;
use crate::util::FastMap as HashMap;
use crate::util::rng::Rng;

/// The pub/sub channel a RESP2 redirect client receives invalidations on.
pub const CHANNEL: &[u8] = b"__redis__:invalidate";

/// A client's tracking mode, as CLIENT TRACKING set it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ClientTracking {
    /// REDIRECT target id (0: none).
    pub redirect: u64,
    /// BCAST mode: invalidations by registered prefix, not by keys read.
    pub bcast: bool,
    /// OPTIN: keys are remembered only after CLIENT CACHING YES.
    pub optin: bool,
    /// OPTOUT: keys are remembered unless CLIENT CACHING NO.
    pub optout: bool,
    /// NOLOOP: no invalidations for keys the client modified itself.
    pub noloop: bool,
    /// CLIENT CACHING was given for the next command (or transaction).
    pub caching: bool,
    /// The redirect client was gone when a message was due (flag `R`).
    pub broken_redirect: bool,
    /// BCAST prefixes, sorted as Redis lists them.
    pub prefixes: BTreeSet<Vec<u8>>,
}

impl ClientTracking {
    /// Whether the keys of the command just run are remembered (OPTIN needs CLIENT
    /// CACHING YES, OPTOUT is cancelled by CLIENT CACHING NO).
    pub fn remembers_keys(&self) -> bool {
        let opted_out = if self.optin {
            !self.caching
        } else {
            self.optout && self.caching
        };
        !self.bcast && !opted_out
    }
}

/// The options of one CLIENT TRACKING ON.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options {
    /// BCAST
    pub bcast: bool,
    /// OPTIN
    pub optin: bool,
    /// OPTOUT
    pub optout: bool,
    /// NOLOOP
    pub noloop: bool,
}

/// What one invalidation message carries after `invalidate`.
#[derive(Debug, Clone)]
enum Payload {
    /// One key (default mode).
    Key(Box<[u8]>),
    /// A RESP array of keys already encoded, shared by the clients of a prefix.
    Encoded(Arc<[u8]>),
    /// A flush: a null in the tracking client's protocol.
    Null,
}

/// The keys a prefix collects during an event, with who modified each last.
#[derive(Debug, Default)]
struct Bcast {
    /// Clients registered for the prefix.
    clients: BTreeSet<ConnId>,
    /// Keys modified since the last broadcast, sorted, with their modifier.
    keys: BTreeMap<Box<[u8]>, Option<ConnId>>,
}

/// One remembered key and the clients that may cache it.
#[derive(Debug)]
struct Entry {
    key: Box<[u8]>,
    hash: u64,
    /// Sorted, distinct.
    ids: Vec<ConnId>,
}

/// Key name → clients, with O(1) random picks for eviction: entries live in a vector,
/// a hash table maps keys to their index.
#[derive(Debug)]
struct KeyTable {
    index: HashTable<usize>,
    entries: Vec<Entry>,
    hasher: KeyHasher,
    /// Client ids stored over all keys (`tracking_total_items`).
    items: u64,
}

impl KeyTable {
    fn new(hasher: KeyHasher) -> Self {
        KeyTable {
            index: HashTable::new(),
            entries: Vec::new(),
            hasher,
            items: 0,
        }
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    /// Adds `id` to `key`'s clients.
    fn remember(&mut self, key: &[u8], id: ConnId) {
        let hash = self.hasher.hash(key);
        let entries = &mut self.entries;
        let found = self
            .index
            .find(hash, |&i| entries.get(i).is_some_and(|e| &*e.key == key))
            .copied();
        let i = match found {
            Some(i) => i,
            None => {
                let i = entries.len();
                entries.push(Entry {
                    key: key.into(),
                    hash,
                    ids: Vec::new(),
                });
                let entries = &self.entries;
                self.index
                    .insert_unique(hash, i, |&j| entries.get(j).map_or(0, |e| e.hash));
                i
            }
        };
        if let Some(entry) = self.entries.get_mut(i)
            && let Err(pos) = entry.ids.binary_search(&id)
        {
            entry.ids.insert(pos, id);
            self.items += 1;
        }
    }

    /// Forgets `key`, returning its clients.
    fn remove(&mut self, key: &[u8]) -> Option<Vec<ConnId>> {
        let hash = self.hasher.hash(key);
        let entries = &self.entries;
        let slot = self
            .index
            .find_entry(hash, |&i| entries.get(i).is_some_and(|e| &*e.key == key))
            .ok()?;
        let (i, _) = slot.remove();
        Some(self.take(i))
    }

    /// Removes the entry at `i` (already gone from the index), moving the last entry
    /// into its place.
    fn take(&mut self, i: usize) -> Vec<ConnId> {
        let last = self.entries.len() - 1;
        if i != last
            && let Some(moved_hash) = self.entries.get(last).map(|e| e.hash)
            && let Some(slot) = self.index.find_mut(moved_hash, |&j| j == last)
        {
            *slot = i;
        }
        let entry = self.entries.swap_remove(i);
        self.items -= entry.ids.len() as u64;
        entry.ids
    }

    /// A random key, for eviction.
    fn random_key(&self, rng: &mut Rng) -> Option<Box<[u8]>> {
        let n = self.entries.len() as u64;
        if n == 0 {
            return None;
        }
        let i = rng.below(n) as usize;
        self.entries.get(i).map(|e| e.key.clone())
    }

    fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
        self.items = 0;
    }
}

/// The node's client-side caching state.
#[derive(Debug)]
pub struct Tracking {
    /// Clients with tracking on, by id.
    clients: HashMap<ConnId, ClientTracking>,
    /// Default mode: key → clients that read it.
    table: KeyTable,
    /// BCAST mode: prefix → clients and keys to broadcast.
    prefixes: BTreeMap<Vec<u8>, Bcast>,
    /// Messages decided and not yet delivered: (tracking client, payload).
    outbox: Vec<(ConnId, Payload)>,
    /// Tracking was ever turned on: keys may be in the table (Redis allocates its
    /// tables on first use and checks them from then on).
    in_use: bool,
    /// Consecutive eviction runs that could not get under the limit (raises effort).
    over_limit_runs: u32,
}

impl Tracking {
    /// Empty state; keys are hashed with `hasher` (they come from clients).
    pub fn new(hasher: KeyHasher) -> Self {
        Tracking {
            clients: HashMap::default(),
            table: KeyTable::new(hasher),
            prefixes: BTreeMap::new(),
            outbox: Vec::new(),
            in_use: false,
            over_limit_runs: 0,
        }
    }

    /// Whether tracking was ever enabled (keys may need invalidating).
    #[inline]
    pub fn in_use(&self) -> bool {
        self.in_use
    }

    /// Client `id`'s tracking mode, if tracking is on for it.
    pub fn client(&self, id: ConnId) -> Option<&ClientTracking> {
        self.clients.get(&id)
    }

    /// Number of clients with tracking on (INFO `tracking_clients`).
    #[inline]
    pub fn tracking_clients(&self) -> usize {
        self.clients.len()
    }

    /// Keys in the table (INFO `tracking_total_keys`).
    pub fn total_keys(&self) -> usize {
        self.table.len()
    }

    /// Client ids over all keys of the table (INFO `tracking_total_items`).
    pub fn total_items(&self) -> u64 {
        self.table.items
    }

    /// Registered BCAST prefixes (INFO `tracking_total_prefixes`).
    pub fn total_prefixes(&self) -> usize {
        self.prefixes.len()
    }

    /// Checks new BCAST `prefixes` against `id`'s registered ones and each other, as
    /// Redis 7.0's `checkPrefixCollisionsOrReply` does, including its slip: an
    /// overlap between two given prefixes is reported, but unless it involves the
    /// first one the command still goes on (and also answers `+OK`).
    pub fn check_prefixes(&self, id: ConnId, prefixes: &[&[u8]]) -> PrefixCheck {
        let overlap = |a: &[u8], b: &[u8]| {
            let n = a.len().min(b.len());
            a.get(..n) == b.get(..n)
        };
        let existing = self.clients.get(&id).map(|t| &t.prefixes);
        for (i, &p) in prefixes.iter().enumerate() {
            if let Some(old) = existing.into_iter().flatten().find(|old| overlap(old, p)) {
                return PrefixCheck::Refused(overlap_message(p, "an existing", old));
            }
            if let Some(&q) = prefixes.iter().skip(i + 1).find(|q| overlap(p, q)) {
                let message = overlap_message(p, "another provided", q);
                return if i == 0 {
                    PrefixCheck::Refused(message)
                } else {
                    PrefixCheck::ReportedOnly(message)
                };
            }
        }
        PrefixCheck::Ok
    }

    /// CLIENT TRACKING ON for `id`: keeps BCAST prefixes and CLIENT CACHING already
    /// given, resets the other options (and a broken redirect), adds `prefixes` (BCAST
    /// without prefixes registers the empty one: every key).
    pub fn enable(&mut self, id: ConnId, redirect: u64, opts: Options, prefixes: &[&[u8]]) {
        self.in_use = true;
        let t = self.clients.entry(id).or_default();
        t.redirect = redirect;
        t.broken_redirect = false;
        t.bcast = opts.bcast;
        t.optin = opts.optin;
        t.optout = opts.optout;
        t.noloop = opts.noloop;
        if opts.bcast {
            let empty: &[&[u8]] = &[b""];
            for &p in if prefixes.is_empty() { empty } else { prefixes } {
                if t.prefixes.insert(p.to_vec()) {
                    self.prefixes
                        .entry(p.to_vec())
                        .or_default()
                        .clients
                        .insert(id);
                }
            }
        }
    }

    /// CLIENT TRACKING OFF, RESET or a disconnect: forgets `id`'s mode and prefixes.
    /// Its keys stay in the table until they change (Redis cleans them lazily).
    pub fn disable(&mut self, id: ConnId) {
        let Some(t) = self.clients.remove(&id) else {
            return;
        };
        for p in t.prefixes {
            if let Some(b) = self.prefixes.get_mut(&p) {
                b.clients.remove(&id);
                if b.clients.is_empty() {
                    self.prefixes.remove(&p);
                }
            }
        }
    }

    /// CLIENT CACHING YES|NO for `id` (tracking must be on).
    pub fn set_caching(&mut self, id: ConnId) {
        if let Some(t) = self.clients.get_mut(&id) {
            t.caching = true;
        }
    }

    /// After a command of `id` other than a CLIENT subcommand, outside MULTI: CLIENT
    /// CACHING only lasts for the next command (or transaction).
    pub fn clear_caching(&mut self, id: ConnId) {
        if let Some(t) = self.clients.get_mut(&id) {
            t.caching = false;
        }
    }

    /// Remembers that `id` read `keys` (a read-only command ran), if its mode says so.
    pub fn remember_keys<'a>(&mut self, id: ConnId, keys: impl IntoIterator<Item = &'a [u8]>) {
        if !self.clients.get(&id).is_some_and(|t| t.remembers_keys()) {
            return;
        }
        for key in keys {
            self.table.remember(key, id);
        }
    }

    /// `key` was modified by `modifier` (None: expiry, eviction): every client that
    /// may cache it is told, and it is forgotten; with `bcast`, it is also collected
    /// for the matching BCAST prefixes.
    pub fn invalidate_key(&mut self, key: &[u8], modifier: Option<ConnId>, bcast: bool) {
        if !self.in_use {
            return;
        }
        if bcast {
            for (prefix, b) in self.prefixes.iter_mut() {
                if key.starts_with(prefix) {
                    // The last modifier counts for NOLOOP, as in Redis 7.0.15.
                    b.keys.insert(key.into(), modifier);
                }
            }
        }
        let Some(ids) = self.table.remove(key) else {
            return;
        };
        for id in ids {
            // Clients that turned tracking off, left, or switched to BCAST since
            // reading the key get nothing.
            let Some(t) = self.clients.get(&id) else {
                continue;
            };
            if t.bcast || (t.noloop && modifier == Some(id)) {
                continue;
            }
            self.outbox.push((id, Payload::Key(key.into())));
        }
    }

    /// A database (or all) was flushed: every tracking client is told that every key
    /// is invalid, and the table is emptied.
    pub fn invalidate_all_on_flush(&mut self) {
        let mut ids: Vec<ConnId> = self.clients.keys().copied().collect();
        ids.sort_unstable();
        self.outbox
            .extend(ids.into_iter().map(|id| (id, Payload::Null)));
        self.table.clear();
    }

    /// Keeps the table at `max_keys` (0: unbounded) by forgetting random keys, each
    /// with its invalidations; the effort grows while runs fail to get under it.
    pub fn limit_used_slots(&mut self, max_keys: u64, rng: &mut Rng) {
        if max_keys == 0 || self.table.len() as u64 <= max_keys {
            self.over_limit_runs = 0;
            return;
        }
        let mut effort = 100 * (u64::from(self.over_limit_runs) + 1);
        while effort > 0 {
            effort -= 1;
            let Some(key) = self.table.random_key(rng) else {
                break;
            };
            self.invalidate_key(&key, None, false);
            if self.table.len() as u64 <= max_keys {
                self.over_limit_runs = 0;
                return;
            }
        }
        self.over_limit_runs = self.over_limit_runs.saturating_add(1);
    }

    /// Invalidates the keys that databases logged as expired ([`Db::events`]),
    /// leaving the log for the keyspace-event publisher.
    pub fn note_expired(&mut self, dbs: &[Db]) {
        if !self.in_use {
            return;
        }
        for db in dbs {
            for (class, key) in &db.events {
                if *class == notify::EXPIRED {
                    self.invalidate_key(key, None, true);
                }
            }
        }
    }

    /// Turns the keys each prefix collected into messages for its clients (Redis does
    /// this once per event-loop iteration): one array per prefix and client, sorted,
    /// without the keys a NOLOOP client modified itself.
    pub fn broadcast(&mut self) {
        for b in self.prefixes.values_mut() {
            if b.keys.is_empty() {
                continue;
            }
            let keys = std::mem::take(&mut b.keys);
            let shared: Arc<[u8]> = encode_keys(keys.keys().map(|k| &**k), keys.len()).into();
            for &id in &b.clients {
                if self.clients.get(&id).is_some_and(|t| t.noloop) {
                    let own: Vec<&[u8]> = keys
                        .iter()
                        .filter(|(_, m)| **m != Some(id))
                        .map(|(k, _)| &**k)
                        .collect();
                    if !own.is_empty() {
                        let n = own.len();
                        let bytes = encode_keys(own.into_iter(), n);
                        self.outbox.push((id, Payload::Encoded(bytes.into())));
                    }
                } else {
                    self.outbox.push((id, Payload::Encoded(shared.clone())));
                }
            }
        }
    }

    /// Whether messages wait for [`deliver`](Self::deliver).
    #[inline]
    pub fn has_outbox(&self) -> bool {
        !self.outbox.is_empty()
    }

    /// Writes the waiting messages into the clients' output buffers.
    pub fn deliver(&mut self, sink: &mut Sink<'_>) {
        if self.outbox.is_empty() {
            return;
        }
        for (id, payload) in std::mem::take(&mut self.outbox) {
            self.send(sink, id, &payload);
        }
    }

    /// One message for tracking client `id`, to it or its redirect client.
    fn send(&mut self, sink: &mut Sink<'_>, id: ConnId, payload: &Payload) {
        let Some(t) = self.clients.get_mut(&id) else {
            return;
        };
        let Some(own_resp3) = sink.resp3(id) else {
            return;
        };
        let mut dest = id;
        if t.redirect != 0 {
            let target = ConnId(t.redirect);
            if !sink.exists(target) {
                t.broken_redirect = true;
                if let Some((state, out)) = sink.client(id)
                    && out.is_resp3()
                    && !state.close_after_reply
                {
                    out.push(2);
                    out.bulk(b"tracking-redir-broken");
                    out.int(t.redirect as i64);
                }
                return;
            }
            dest = target;
        }
        let Some((state, out)) = sink.client(dest) else {
            return;
        };
        if state.close_after_reply {
            return; // Redis writes nothing to a client it is closing.
        }
        if out.is_resp3() {
            out.push(2);
            out.bulk(b"invalidate");
        } else if dest != id && state.is_subscribed() {
            out.push(3);
            out.bulk(b"message");
            out.bulk(CHANNEL);
        } else {
            return; // RESP2 without a redirect: nowhere to send it.
        }
        match payload {
            Payload::Key(key) => {
                out.array(1);
                out.bulk(key);
            }
            Payload::Encoded(bytes) => out.raw().extend_from_slice(bytes),
            // The null of the tracking client's protocol, even when redirected.
            Payload::Null => {
                out.raw()
                    .extend_from_slice(if own_resp3 { b"_\r\n" } else { b"$-1\r\n" })
            }
        }
    }
}

/// The outcome of [`Tracking::check_prefixes`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrefixCheck {
    /// No overlap.
    Ok,
    /// Overlap: reply this error and stop.
    Refused(Vec<u8>),
    /// Overlap between given prefixes past the first: reply this error, then carry on.
    ReportedOnly(Vec<u8>),
}

/// Redis's overlap error text (`%s`: each prefix up to a NUL).
fn overlap_message(new: &[u8], which: &str, other: &[u8]) -> Vec<u8> {
    let c_str = |s: &[u8]| -> Vec<u8> { s.iter().copied().take_while(|&c| c != 0).collect() };
    let mut msg = b"ERR Prefix '".to_vec();
    msg.extend_from_slice(&c_str(new));
    msg.extend_from_slice(format!("' overlaps with {which} prefix '").as_bytes());
    msg.extend_from_slice(&c_str(other));
    msg.extend_from_slice(b"'. Prefixes for a single client must not overlap.");
    msg
}

/// A RESP array of `n` bulk strings.
fn encode_keys<'a>(keys: impl Iterator<Item = &'a [u8]>, n: usize) -> Vec<u8> {
    let mut out = Reply::default();
    out.array(n);
    for k in keys {
        out.bulk(k);
    }
    std::mem::take(out.raw())
}

/// Where messages are written: every client's output buffer. While a command runs
/// its client is apart from the others, so it is passed on its own.
pub struct Sink<'a> {
    /// The client running a command, if any, and its buffer.
    pub caller: Option<(&'a ClientState, &'a mut Reply)>,
    /// Every other client.
    pub others: &'a mut HashMap<ConnId, Box<Client>>,
    /// Other clients written to, for the server to notify their runtimes.
    pub pending_writes: &'a mut Vec<ConnId>,
}

impl Sink<'_> {
    /// Whether client `id` is connected.
    fn exists(&self, id: ConnId) -> bool {
        matches!(&self.caller, Some((state, _)) if state.id == id) || self.others.contains_key(&id)
    }

    /// Whether client `id` speaks RESP3 (`None`: not connected).
    fn resp3(&self, id: ConnId) -> Option<bool> {
        match &self.caller {
            Some((state, out)) if state.id == id => Some(out.is_resp3()),
            _ => self.others.get(&id).map(|c| c.reply.is_resp3()),
        }
    }

    /// Client `id`'s state and output buffer, noted as written to.
    fn client(&mut self, id: ConnId) -> Option<(&ClientState, &mut Reply)> {
        match &mut self.caller {
            Some((state, out)) if state.id == id => Some((&**state, &mut **out)),
            _ => {
                let c = self.others.get_mut(&id)?;
                self.pending_writes.push(id);
                Some((&c.state, &mut c.reply))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tracking() -> Tracking {
        Tracking::new(KeyHasher::new(1, 2))
    }

    fn on(t: &mut Tracking, id: u64) {
        t.enable(ConnId(id), 0, Options::default(), &[]);
    }

    fn invalidated(t: &mut Tracking) -> Vec<(u64, Vec<u8>)> {
        std::mem::take(&mut t.outbox)
            .into_iter()
            .map(|(id, p)| {
                let key = match p {
                    Payload::Key(k) => k.to_vec(),
                    Payload::Encoded(b) => b.to_vec(),
                    Payload::Null => b"(null)".to_vec(),
                };
                (id.0, key)
            })
            .collect()
    }

    #[test]
    fn keys_are_forgotten_once_invalidated() {
        let mut t = tracking();
        on(&mut t, 1);
        on(&mut t, 2);
        t.remember_keys(ConnId(1), [&b"a"[..], b"b"]);
        t.remember_keys(ConnId(2), [&b"a"[..], b"a"]);
        assert_eq!((t.total_keys(), t.total_items()), (2, 3));
        t.invalidate_key(b"a", Some(ConnId(2)), true);
        assert_eq!(
            invalidated(&mut t),
            vec![(1, b"a".to_vec()), (2, b"a".to_vec())]
        );
        assert_eq!((t.total_keys(), t.total_items()), (1, 1));
        t.invalidate_key(b"a", None, true);
        assert!(invalidated(&mut t).is_empty());
        // The entry moved into the freed slot is still found.
        t.invalidate_key(b"b", None, true);
        assert_eq!(invalidated(&mut t), vec![(1, b"b".to_vec())]);
        assert_eq!((t.total_keys(), t.total_items()), (0, 0));
    }

    #[test]
    fn noloop_and_departed_clients_get_nothing() {
        let mut t = tracking();
        t.enable(
            ConnId(1),
            0,
            Options {
                noloop: true,
                ..Options::default()
            },
            &[],
        );
        on(&mut t, 2);
        t.remember_keys(ConnId(1), [&b"k"[..]]);
        t.remember_keys(ConnId(2), [&b"k"[..]]);
        t.disable(ConnId(2));
        assert_eq!(t.total_items(), 2, "entries are cleaned lazily");
        t.invalidate_key(b"k", Some(ConnId(1)), true);
        assert!(invalidated(&mut t).is_empty());
        assert_eq!(t.total_keys(), 0);
    }

    #[test]
    fn table_stays_within_max_keys() {
        let mut t = tracking();
        on(&mut t, 1);
        let keys: Vec<Vec<u8>> = (0..1000).map(|i| format!("key:{i}").into_bytes()).collect();
        t.remember_keys(ConnId(1), keys.iter().map(|k| &k[..]));
        assert_eq!(t.total_keys(), 1000);
        let mut rng = Rng::new(7);
        t.limit_used_slots(0, &mut rng);
        assert_eq!(t.total_keys(), 1000, "0 means no limit");
        t.limit_used_slots(950, &mut rng);
        assert_eq!(t.total_keys(), 950);
        let mut sent = invalidated(&mut t);
        assert_eq!(sent.len(), 50);
        // Over by more than one run's effort (100 keys): the next run tries harder.
        t.limit_used_slots(700, &mut rng);
        assert_eq!(t.total_keys(), 850);
        t.limit_used_slots(700, &mut rng);
        assert_eq!(t.total_keys(), 700);
        assert_eq!(t.total_items(), 700);
        sent.extend(invalidated(&mut t));
        assert_eq!(sent.len(), 300);
        // Every key invalidated is gone, every key kept is still tracked.
        let gone: BTreeSet<Vec<u8>> = sent.into_iter().map(|(_, k)| k).collect();
        assert_eq!(gone.len(), 300);
        for k in &keys {
            let present = t.table.remove(k).is_some();
            assert_eq!(present, !gone.contains(k));
        }
    }

    #[test]
    fn optin_optout_and_bcast_decide_what_is_remembered() {
        let mut t = tracking();
        let opt = |optin, optout| Options {
            optin,
            optout,
            ..Options::default()
        };
        t.enable(ConnId(1), 0, opt(true, false), &[]);
        t.remember_keys(ConnId(1), [&b"a"[..]]);
        t.set_caching(ConnId(1));
        t.remember_keys(ConnId(1), [&b"b"[..]]);
        t.enable(ConnId(2), 0, opt(false, true), &[]);
        t.remember_keys(ConnId(2), [&b"c"[..]]);
        t.set_caching(ConnId(2));
        t.remember_keys(ConnId(2), [&b"d"[..]]);
        t.enable(
            ConnId(3),
            0,
            Options {
                bcast: true,
                ..Options::default()
            },
            &[],
        );
        t.remember_keys(ConnId(3), [&b"e"[..]]);
        assert_eq!(t.total_keys(), 2);
        assert!(t.table.remove(b"b").is_some() && t.table.remove(b"c").is_some());
    }

    #[test]
    fn broadcast_groups_keys_per_prefix() {
        let mut t = tracking();
        let bcast = Options {
            bcast: true,
            ..Options::default()
        };
        t.enable(ConnId(1), 0, bcast, &[b"a", b"b"]);
        t.enable(
            ConnId(2),
            0,
            Options {
                noloop: true,
                ..bcast
            },
            &[b"a"],
        );
        assert_eq!(t.total_prefixes(), 2);
        for (k, m) in [(&b"ab"[..], 2), (b"aa", 1), (b"b1", 2), (b"c", 1)] {
            t.invalidate_key(k, Some(ConnId(m)), true);
        }
        t.broadcast();
        let sent = invalidated(&mut t);
        assert_eq!(
            sent,
            vec![
                (1, b"*2\r\n$2\r\naa\r\n$2\r\nab\r\n".to_vec()),
                (2, b"*1\r\n$2\r\naa\r\n".to_vec()),
                (1, b"*1\r\n$2\r\nb1\r\n".to_vec()),
            ]
        );
        t.broadcast();
        assert!(invalidated(&mut t).is_empty());
        t.disable(ConnId(1));
        assert_eq!(t.total_prefixes(), 1);
    }

    #[test]
    fn prefix_overlaps() {
        let mut t = tracking();
        t.enable(
            ConnId(1),
            0,
            Options {
                bcast: true,
                ..Options::default()
            },
            &[b"ab"],
        );
        let msg = |c: PrefixCheck| match c {
            PrefixCheck::Refused(m) => format!("refused: {}", String::from_utf8_lossy(&m)),
            PrefixCheck::ReportedOnly(m) => format!("reported: {}", String::from_utf8_lossy(&m)),
            PrefixCheck::Ok => "ok".to_string(),
        };
        assert_eq!(
            msg(t.check_prefixes(ConnId(1), &[b"x", b"abc"])),
            "refused: ERR Prefix 'abc' overlaps with an existing prefix 'ab'. Prefixes for a \
             single client must not overlap."
        );
        assert_eq!(
            msg(t.check_prefixes(ConnId(2), &[b"x", b"y", b"yz"])),
            "reported: ERR Prefix 'y' overlaps with another provided prefix 'yz'. Prefixes for \
             a single client must not overlap."
        );
        assert!(msg(t.check_prefixes(ConnId(2), &[b"y", b"x", b"yz"])).starts_with("refused"));
        assert_eq!(msg(t.check_prefixes(ConnId(2), &[b"a", b"b"])), "ok");
    }
}
