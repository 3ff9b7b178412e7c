//! INFO's `keyspace_hits` / `keyspace_misses` are counted by a read command's own
//! lookup when it names one key and `keymiss` events are off, and by checking every key
//! before the command runs otherwise. Both ways must agree, for every read command on
//! every type of key (and on a missing or expired one), and match Redis where its
//! `lookupKeyRead` makes the answer plain.

use cinnabar_core::resp::encode_request as cmd;
use cinnabar_core::{Config, ConnId, Instant, Now, Server};

/// A server and one client, at a clock the test moves.
struct Probe {
    server: Server,
    id: ConnId,
    now: Now,
}

impl Probe {
    fn new(keymiss_events: bool) -> Self {
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let id = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
        let mut p = Probe { server, id, now };
        if keymiss_events {
            p.run(&["CONFIG", "SET", "notify-keyspace-events", "Km"]);
        }
        p
    }

    /// Runs one command; returns its reply.
    fn run(&mut self, args: &[&str]) -> String {
        let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
        self.server.handle_read(self.now, self.id, &cmd(&args));
        while self.server.poll_output().is_some() {}
        let out = self.server.pending_output(self.id).to_vec();
        self.server.consume_output(self.id, out.len());
        String::from_utf8_lossy(&out).into_owned()
    }

    /// (keyspace_hits, keyspace_misses).
    fn counts(&mut self) -> (u64, u64) {
        let info = self.run(&["INFO", "stats"]);
        let field = |name: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("no {name} in INFO"))
        };
        (field("keyspace_hits:"), field("keyspace_misses:"))
    }

    /// Makes `k` hold `kind` ("none": absent; "expired": a string whose time passed).
    fn prepare(&mut self, kind: &str) {
        self.run(&["DEL", "k"]);
        let setup: &[&str] = match kind {
            "string" => &["SET", "k", "abc"],
            "list" => &["RPUSH", "k", "a", "b"],
            "hash" => &["HSET", "k", "f", "v"],
            "set" => &["SADD", "k", "m"],
            "zset" => &["ZADD", "k", "1", "m"],
            "stream" => &["XADD", "k", "1-1", "f", "v"],
            "geo" => &["GEOADD", "k", "13.36", "38.11", "a"],
            "expired" => &["SET", "k", "abc", "PX", "5"],
            _ => &["DEL", "k"],
        };
        self.run(setup);
        if kind == "expired" {
            self.now = self.now.advance_millis(10);
        }
    }
}

/// Read commands naming the single key `k`, with arguments that parse, plus a few that
/// fail before or after the lookup.
const READS: &[&[&str]] = &[
    &["GET", "k"],
    &["STRLEN", "k"],
    &["GETRANGE", "k", "0", "1"],
    &["SUBSTR", "k", "0", "1"],
    &["TYPE", "k"],
    &["TTL", "k"],
    &["PTTL", "k"],
    &["EXPIRETIME", "k"],
    &["PEXPIRETIME", "k"],
    &["EXISTS", "k"],
    &["OBJECT", "ENCODING", "k"],
    &["OBJECT", "REFCOUNT", "k"],
    &["OBJECT", "IDLETIME", "k"],
    &["DUMP", "k"],
    &["LRANGE", "k", "0", "-1"],
    &["LRANGE", "k", "x", "-1"],
    &["LLEN", "k"],
    &["LINDEX", "k", "0"],
    &["LPOS", "k", "a"],
    &["HGET", "k", "f"],
    &["HMGET", "k", "f", "g"],
    &["HGETALL", "k"],
    &["HKEYS", "k"],
    &["HVALS", "k"],
    &["HLEN", "k"],
    &["HEXISTS", "k", "f"],
    &["HSTRLEN", "k", "f"],
    &["HRANDFIELD", "k"],
    &["HSCAN", "k", "0"],
    &["SMEMBERS", "k"],
    &["SISMEMBER", "k", "m"],
    &["SMISMEMBER", "k", "m", "n"],
    &["SCARD", "k"],
    &["SRANDMEMBER", "k"],
    &["SSCAN", "k", "0"],
    &["ZRANGE", "k", "0", "-1"],
    &["ZRANGE", "k", "0"],
    &["ZCARD", "k"],
    &["ZSCORE", "k", "m"],
    &["ZRANK", "k", "m"],
    &["ZCOUNT", "k", "-inf", "+inf"],
    &["ZRANGEBYSCORE", "k", "-inf", "+inf"],
    &["ZLEXCOUNT", "k", "-", "+"],
    &["ZSCAN", "k", "0"],
    &["ZRANDMEMBER", "k"],
    &["ZMSCORE", "k", "m"],
    &["XLEN", "k"],
    &["XRANGE", "k", "-", "+"],
    &["XREVRANGE", "k", "+", "-"],
    &["GETBIT", "k", "0"],
    &["BITCOUNT", "k"],
    &["BITPOS", "k", "1"],
    &["BITFIELD_RO", "k", "GET", "u8", "0"],
    &["GEOPOS", "k", "a"],
    &["GEOHASH", "k", "a"],
    &["GEODIST", "k", "a", "a"],
    &["SORT_RO", "k"],
];

const KINDS: &[&str] = &[
    "string", "list", "hash", "set", "zset", "stream", "geo", "none", "expired",
];

#[test]
fn own_lookup_counts_as_the_key_check_does() {
    for kind in KINDS {
        let mut fast = Probe::new(false);
        let mut checked = Probe::new(true);
        for read in READS {
            fast.prepare(kind);
            checked.prepare(kind);
            let before = (fast.counts(), checked.counts());
            let replies = (fast.run(read), checked.run(read));
            assert_eq!(replies.0, replies.1, "{read:?} on {kind}");
            let after = (fast.counts(), checked.counts());
            let delta = |b: (u64, u64), a: (u64, u64)| (a.0 - b.0, a.1 - b.1);
            assert_eq!(
                delta(before.0, after.0),
                delta(before.1, after.1),
                "{read:?} on a {kind} key: (hits, misses) counted by the lookup vs checked first"
            );
        }
    }
}

#[test]
fn get_counts_like_lookup_key_read() {
    // Redis's lookupKeyRead: a live key of any type is a hit (WRONGTYPE comes after),
    // an absent or expired one a miss; each GET counts once.
    for (kind, want) in [
        ("string", (1, 0)),
        ("list", (1, 0)),
        ("none", (0, 1)),
        ("expired", (0, 1)),
    ] {
        for keymiss_events in [false, true] {
            let mut p = Probe::new(keymiss_events);
            p.prepare(kind);
            let before = p.counts();
            p.run(&["GET", "k"]);
            let after = p.counts();
            assert_eq!(
                (after.0 - before.0, after.1 - before.1),
                want,
                "GET of a {kind} key (keymiss events {keymiss_events})"
            );
        }
    }
}
