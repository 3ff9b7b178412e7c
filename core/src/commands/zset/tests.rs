//! Sorted set commands through the real parser and dispatch. Every expected reply here
//! was observed on Redis 7.0.15 (raw RESP bytes), unless a comment says otherwise.

use crate::{Config, ConnId, Instant, Now, Server};

/// Start of the virtual wall clock: 2023-11-14T22:13:20Z.
const T0_MS: i64 = 1_700_000_000_000;

/// A server with connections, driven through the real parser and dispatch.
struct Harness {
    server: Server,
    conns: Vec<ConnId>,
    now: Now,
}

impl Harness {
    fn new() -> Self {
        Self::with_config(Config::default())
    }

    fn with_config(config: Config) -> Self {
        let now = Now::new(T0_MS * 1000, Instant::from_millis(1));
        let server = Server::new(config, now);
        let mut h = Harness {
            server,
            conns: Vec::new(),
            now,
        };
        h.connect();
        h
    }

    fn connect(&mut self) -> usize {
        let c = self
            .server
            .handle_accept(self.now, "127.0.0.1:40000", "127.0.0.1:6379");
        self.conns.push(c);
        self.conns.len() - 1
    }

    fn send(&mut self, client: usize, args: &[&[u8]]) {
        let req = crate::resp::encode_request(args);
        self.server.handle_read(self.now, self.conns[client], &req);
    }

    fn read(&mut self, client: usize) -> String {
        while self.server.poll_output().is_some() {}
        let conn = self.conns[client];
        let out = self.server.pending_output(conn).to_vec();
        self.server.consume_output(conn, out.len());
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Sends a command given as space-separated words on client `c`; returns the reply.
    fn on(&mut self, c: usize, line: &str) -> String {
        let args: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        self.send(c, &args);
        self.read(c)
    }

    fn run(&mut self, line: &str) -> String {
        self.on(0, line)
    }

    fn run_bytes(&mut self, args: &[&[u8]]) -> String {
        self.send(0, args);
        self.read(0)
    }

    /// Runs `(command, expected reply)` pairs in order.
    fn check(&mut self, script: &[(&str, &str)]) {
        for (cmd, want) in script {
            assert_eq!(self.run(cmd), *want, "reply to {cmd:?}");
        }
    }

    fn advance(&mut self, ms: u64) {
        self.now = self.now.advance_millis(ms);
        self.server.handle_timeout(self.now);
    }
}

impl Harness {
    /// Checks OBJECT ENCODING of `key`, once that command exists on this build (it is
    /// another helper's; until then the type-level tests cover the encodings).
    fn assert_encoding(&mut self, key: &str, want: &str) {
        let r = self.run(&format!("OBJECT ENCODING {key}"));
        if !r.starts_with("-ERR unknown command") {
            assert_eq!(
                r,
                format!("${}\r\n{want}\r\n", want.len()),
                "encoding of {key}"
            );
        }
    }
}

const WRONGTYPE: &str = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";

#[test]
fn zadd_options_and_errors() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD z xx nx 1 a", "-ERR XX and NX options at the same time are not compatible\r\n"),
        ("ZADD z gt lt 1 a", "-ERR GT, LT, and/or NX options at the same time are not compatible\r\n"),
        ("ZADD z nx gt 1 a", "-ERR GT, LT, and/or NX options at the same time are not compatible\r\n"),
        ("ZADD z xx nx incr 1 a 2 b", "-ERR XX and NX options at the same time are not compatible\r\n"),
        ("ZADD z incr 1 a 2 b", "-ERR INCR option supports a single increment-element pair\r\n"),
        ("ZADD z 1 a 2", "-ERR syntax error\r\n"),
        ("ZADD z incr gt nx 1 a", "-ERR GT, LT, and/or NX options at the same time are not compatible\r\n"),
        ("ZADD z nan a", "-ERR value is not a valid float\r\n"),
        ("ZADD z 1 a bad b", "-ERR value is not a valid float\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZADD s 1 a", WRONGTYPE),
        ("ZADD s bad a", "-ERR value is not a valid float\r\n"),
        ("ZADD s 1", "-ERR wrong number of arguments for 'zadd' command\r\n"),
        ("ZADD z 1 a 2 b", ":2\r\n"),
        ("ZADD z nx incr 1 a", "$-1\r\n"),
        ("ZADD z gt incr -1 a", "$-1\r\n"),
        ("ZADD z lt incr -1 a", "$1\r\n0\r\n"),
        ("ZADD z ch 5 a 6 c 2 b", ":2\r\n"),
        ("ZADD z incr inf a", "$3\r\ninf\r\n"),
        ("ZADD z incr -inf a", "-ERR resulting score is not a number (NaN)\r\n"),
        ("ZADD z XX INCR 1 nonexist", "$-1\r\n"),
        ("ZADD nokey xx 1 a", ":0\r\n"),
        ("ZADD nokey xx incr 1 a", "$-1\r\n"),
        ("EXISTS nokey", ":0\r\n"),
        ("ZADD z CH GT 0 c 10 c 1 new", ":2\r\n"),
        ("ZRANGE z 0 -1 WITHSCORES", "*8\r\n$3\r\nnew\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$2\r\n10\r\n$1\r\na\r\n$3\r\ninf\r\n"),
    ]);
}

#[test]
fn zincrby_and_option_words() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("ZINCRBY a nx x", "-ERR syntax error\r\n"),
        ("ZINCRBY a incr x", "-ERR syntax error\r\n"),
        ("ZINCRBY a 1 nx", "$1\r\n1\r\n"),
        ("ZINCRBY a x y", "-ERR value is not a valid float\r\n"),
        ("ZINCRBY a inf y", "$3\r\ninf\r\n"),
        (
            "ZINCRBY a -inf y",
            "-ERR resulting score is not a number (NaN)\r\n",
        ),
        ("ZSCORE a y", "$3\r\ninf\r\n"),
        ("ZINCRBY a 1.5 x", "$3\r\n2.5\r\n"),
        ("ZINCRBY a 0.1 x", "$18\r\n2.6000000000000001\r\n"),
    ]);
}

#[test]
fn negative_zero_as_redis_prints_it() {
    // A listpack stores -0 as 0; a skiplist keeps the sign; replies print the value
    // computed by the command.
    let mut h = Harness::new();
    h.check(&[
        ("ZADD nz -0 a 0 b", ":2\r\n"),
        ("ZSCORE nz a", "$1\r\n0\r\n"),
        ("ZINCRBY nz -0 newm", "$2\r\n-0\r\n"),
        ("ZSCORE nz newm", "$1\r\n0\r\n"),
        (
            "ZUNION 1 nz WEIGHTS -1 WITHSCORES",
            "*6\r\n$1\r\na\r\n$2\r\n-0\r\n$1\r\nb\r\n$2\r\n-0\r\n$4\r\nnewm\r\n$2\r\n-0\r\n",
        ),
        ("ZRANGEBYSCORE nz (0 +inf", "*0\r\n"),
        ("ZCOUNT nz (-0 0", ":0\r\n"),
        (
            "ZRANGEBYSCORE nz -0 -0",
            "*3\r\n$1\r\na\r\n$1\r\nb\r\n$4\r\nnewm\r\n",
        ),
    ]);
    let config = Config {
        zset_max_listpack_entries: 0,
        ..Config::default()
    };
    let mut h = Harness::with_config(config);
    h.check(&[
        ("ZADD sk -0 a 0 b", ":2\r\n"),
        ("ZSCORE sk a", "$2\r\n-0\r\n"),
        (
            "ZRANGE sk 0 -1 WITHSCORES",
            "*4\r\n$1\r\na\r\n$2\r\n-0\r\n$1\r\nb\r\n$1\r\n0\r\n",
        ),
        ("ZINCRBY sk -0 b", "$1\r\n0\r\n"),
        ("ZPOPMIN sk", "*2\r\n$1\r\na\r\n$2\r\n-0\r\n"),
    ]);
}

#[test]
fn zrange_options_and_errors() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD z 1 new 2 b 10 c inf a", ":4\r\n"),
        ("ZRANGE z 0 -1 limit 0 1", "-ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX\r\n"),
        ("ZRANGE z - + bylex withscores", "-ERR syntax error, WITHSCORES not supported in combination with BYLEX\r\n"),
        ("ZRANGE z 0 -1 byscore bylex", "-ERR syntax error\r\n"),
        ("ZRANGE z 0 -1 rev rev", "-ERR syntax error\r\n"),
        ("ZRANGE z 0 -1 foo", "-ERR syntax error\r\n"),
        ("ZRANGE z a b", "-ERR value is not an integer or out of range\r\n"),
        ("ZRANGE z a b byscore", "-ERR min or max is not a float\r\n"),
        ("ZRANGE z a b bylex", "-ERR min or max not valid string range item\r\n"),
        ("ZRANGE z 0 1 byscore limit 0", "-ERR syntax error\r\n"),
        ("ZRANGE z 0 1 byscore limit a 1", "-ERR value is not an integer or out of range\r\n"),
        ("ZRANGE z 0 1 byscore limit 0 -1", "*1\r\n$3\r\nnew\r\n"),
        ("ZRANGE z 0 1 withscores withscores", "*4\r\n$3\r\nnew\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n"),
        ("ZRANGE nokey a b", "-ERR value is not an integer or out of range\r\n"),
        ("ZRANGE z (1 5 byscore", "*1\r\n$1\r\nb\r\n"),
        ("ZRANGE z 5 (1 byscore rev", "*1\r\n$1\r\nb\r\n"),
        ("ZRANGE z [a (c bylex", "*0\r\n"),
        ("ZRANGE z + - bylex rev", "*4\r\n$1\r\na\r\n$1\r\nc\r\n$1\r\nb\r\n$3\r\nnew\r\n"),
        ("ZRANGE z 0 -1 limit 0 1 byscore", "*0\r\n"),
        ("ZRANGE z 0 -1 limit 0 -1", "*4\r\n$3\r\nnew\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n"),
        ("ZRANGE z 0 -1 limit 5 -1", "*4\r\n$3\r\nnew\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n"),
        ("ZRANGESTORE d z 0 -1 withscores", "-ERR syntax error\r\n"),
        ("ZRANGEBYSCORE z -inf +inf limit -1 2", "*0\r\n"),
        ("ZRANGEBYSCORE z -inf +inf limit 1 -5", "*3\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n"),
        ("ZRANGEBYSCORE z -inf +inf limit 1 0", "*0\r\n"),
        ("ZRANGEBYSCORE z -inf +inf rev", "-ERR syntax error\r\n"),
        ("ZRANGEBYSCORE z -inf +inf byscore", "-ERR syntax error\r\n"),
        ("ZREVRANGE z 0 -1 rev", "-ERR syntax error\r\n"),
        ("ZREVRANGE z 0 -1 withscores", "*8\r\n$1\r\na\r\n$3\r\ninf\r\n$1\r\nc\r\n$2\r\n10\r\n$1\r\nb\r\n$1\r\n2\r\n$3\r\nnew\r\n$1\r\n1\r\n"),
        ("ZRANGEBYLEX z - + limit 0 1 limit 1 1", "*1\r\n$1\r\nb\r\n"),
        ("ZRANGEBYLEX z [a b", "-ERR min or max not valid string range item\r\n"),
        ("ZRANGEBYLEX z - [", "*0\r\n"),
        ("ZRANGEBYLEX z ( +", "*4\r\n$3\r\nnew\r\n$1\r\nb\r\n$1\r\nc\r\n$1\r\na\r\n"),
        ("ZRANGE z 0 -1 byscore limit", "-ERR syntax error\r\n"),
        ("ZRANGEBYLEX z - + withscores", "-ERR syntax error, WITHSCORES not supported in combination with BYLEX\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZRANGE s 0 -1", WRONGTYPE),
    ]);
}

#[test]
fn score_range_parsing_is_strtod() {
    let mut h = Harness::new();
    h.check(&[("ZADD z 1 a", ":1\r\n")]);
    for (args, want) in [
        (&[&b"ZRANGEBYSCORE"[..], b"z", b"", b""][..], "*0\r\n"),
        (
            &[b"ZRANGEBYSCORE", b"z", b" 1", b"1e400"],
            "*1\r\n$1\r\na\r\n",
        ),
        (
            &[b"ZRANGEBYSCORE", b"z", b"(", b"+inf"],
            "*1\r\n$1\r\na\r\n",
        ),
        (
            &[b"ZRANGEBYSCORE", b"z", b"nan", b"1"],
            "-ERR min or max is not a float\r\n",
        ),
        (
            &[b"ZRANGEBYSCORE", b"z", b"1e-400", b"2"],
            "*1\r\n$1\r\na\r\n",
        ),
        (&[b"ZRANGEBYSCORE", b"z", b"0x1", b"2"], "*1\r\n$1\r\na\r\n"),
        (
            &[b"ZRANGEBYSCORE", b"z", b"1 ", b"2"],
            "-ERR min or max is not a float\r\n",
        ),
        (&[b"ZCOUNT", b"z", b"( 1", b"5"], ":0\r\n"),
        (&[b"ZCOUNT", b"z", b"1\x00x", b"2"], ":1\r\n"),
        (&[b"ZCOUNT", b"z", b"\x00x", b"2"], ":1\r\n"),
        (
            &[b"ZCOUNT", b"z", b"   ", b"2"],
            "-ERR min or max is not a float\r\n",
        ),
        (&[b"ZCOUNT", b"z", b"\t1", b"2"], ":1\r\n"),
        (&[b"ZCOUNT", b"z", b"-1e400", b"1e400"], ":1\r\n"),
        (
            &[b"ZADD", b"z", b"1\x00x", b"q"],
            "-ERR value is not a valid float\r\n",
        ),
        (
            &[b"ZADD", b"z", b" 1", b"q"],
            "-ERR value is not a valid float\r\n",
        ),
        (
            &[b"ZADD", b"z", b"", b"q"],
            "-ERR value is not a valid float\r\n",
        ),
        (&[b"ZRANGEBYLEX", b"z", b"+\x00x", b"+"], "*0\r\n"),
        (
            &[b"ZRANGEBYLEX", b"z", b"-", b"+\x00x"],
            "*1\r\n$1\r\na\r\n",
        ),
        (
            &[b"ZRANGEBYLEX", b"z", b"", b"+"],
            "-ERR min or max not valid string range item\r\n",
        ),
        (&[b"ZADD", b"z", b"nx\x00a", b"5", b"a"], ":0\r\n"),
    ] {
        assert_eq!(h.run_bytes(args), want, "{args:?}");
    }
}

#[test]
fn single_key_readers_and_removers() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZREM a x nope x", ":1\r\n"),
        ("ZREM s x", WRONGTYPE),
        ("ZREM nokey x", ":0\r\n"),
        ("ZCARD s", WRONGTYPE),
        ("ZCARD nokey", ":0\r\n"),
        ("ZCARD a", ":2\r\n"),
        ("ZCOUNT a x 1", "-ERR min or max is not a float\r\n"),
        ("ZCOUNT nokey x 1", "-ERR min or max is not a float\r\n"),
        ("ZCOUNT s 1 2", WRONGTYPE),
        (
            "ZLEXCOUNT a x y",
            "-ERR min or max not valid string range item\r\n",
        ),
        ("ZLEXCOUNT nokey - +", ":0\r\n"),
        (
            "ZREMRANGEBYRANK a x 1",
            "-ERR value is not an integer or out of range\r\n",
        ),
        ("ZREMRANGEBYRANK nokey 0 1", ":0\r\n"),
        (
            "ZREMRANGEBYSCORE a x 1",
            "-ERR min or max is not a float\r\n",
        ),
        (
            "ZREMRANGEBYLEX a x 1",
            "-ERR min or max not valid string range item\r\n",
        ),
        ("ZREMRANGEBYRANK a 5 10", ":0\r\n"),
        ("ZREMRANGEBYRANK a -100 -50", ":0\r\n"),
        ("ZREMRANGEBYSCORE a 10 5", ":0\r\n"),
        ("ZREMRANGEBYLEX a + -", ":0\r\n"),
        (
            "ZRANK a y withscore",
            "-ERR wrong number of arguments for 'zrank' command\r\n",
        ),
        ("ZREVRANK a y", ":1\r\n"),
        ("ZRANK a y", ":0\r\n"),
        ("ZRANK a nope", "$-1\r\n"),
        ("ZRANK nokey a", "$-1\r\n"),
        ("ZRANK s x", WRONGTYPE),
        ("ZMSCORE a y nope", "*2\r\n$1\r\n2\r\n$-1\r\n"),
        ("ZMSCORE nokey a b", "*2\r\n$-1\r\n$-1\r\n"),
        ("ZSCORE nokey a", "$-1\r\n"),
        ("ZREMRANGEBYSCORE a -inf +inf", ":2\r\n"),
        ("EXISTS a", ":0\r\n"),
    ]);
}

#[test]
fn pops_and_mpop() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZPOPMIN a -1", "-ERR value is out of range, must be positive\r\n"),
        ("ZPOPMIN a 0", "*0\r\n"),
        ("ZPOPMIN a x", "-ERR value is out of range, must be positive\r\n"),
        ("ZPOPMIN nokey", "*0\r\n"),
        ("ZPOPMIN a 1 2", "-ERR syntax error\r\n"),
        ("ZPOPMIN s 0", WRONGTYPE),
        ("ZPOPMAX a 10", "*6\r\n$1\r\nz\r\n$1\r\n3\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nx\r\n$1\r\n1\r\n"),
        ("EXISTS a", ":0\r\n"),
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("ZMPOP 1 a", "-ERR wrong number of arguments for 'zmpop' command\r\n"),
        ("ZMPOP 1 a min count", "-ERR syntax error\r\n"),
        ("ZMPOP 1 a min count 0", "-ERR count should be greater than 0\r\n"),
        ("ZMPOP 0 a min", "-ERR numkeys should be greater than 0\r\n"),
        ("ZMPOP 2 a min", "-ERR syntax error\r\n"),
        ("ZMPOP 5 a min", "-ERR syntax error\r\n"),
        ("ZMPOP 1 a foo", "-ERR syntax error\r\n"),
        ("ZMPOP 1 a max count 2 count 1", "-ERR syntax error\r\n"),
        ("ZMPOP 9223372036854775807 a min", "-ERR syntax error\r\n"),
        ("ZMPOP 99999999999999999999 a min", "-ERR numkeys should be greater than 0\r\n"),
        ("ZMPOP 1 a min count 99999999999999999999", "-ERR count should be greater than 0\r\n"),
        ("ZMPOP 1 nokey min", "*-1\r\n"),
        ("ZMPOP 1 s min", WRONGTYPE),
        ("ZMPOP 2 nokey a max count 10", "*2\r\n$1\r\na\r\n*3\r\n*2\r\n$1\r\nz\r\n$1\r\n3\r\n*2\r\n$1\r\ny\r\n$1\r\n2\r\n*2\r\n$1\r\nx\r\n$1\r\n1\r\n"),
        ("EXISTS a", ":0\r\n"),
    ]);
}

#[test]
fn resp3_shapes() {
    let mut h = Harness::new();
    assert!(h.run("HELLO 3").starts_with('%'));
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("ZRANGE a 0 -1 WITHSCORES", "*3\r\n*2\r\n$1\r\nx\r\n,1\r\n*2\r\n$1\r\ny\r\n,2\r\n*2\r\n$1\r\nz\r\n,3\r\n"),
        ("ZPOPMIN a", "*2\r\n$1\r\nx\r\n,1\r\n"),
        ("ZPOPMIN a 1", "*1\r\n*2\r\n$1\r\ny\r\n,2\r\n"),
        ("ZADD a 1 x", ":1\r\n"),
        ("ZMPOP 1 a min count 2", "*2\r\n$1\r\na\r\n*2\r\n*2\r\n$1\r\nx\r\n,1\r\n*2\r\n$1\r\nz\r\n,3\r\n"),
        ("ZMPOP 1 nokey min", "_\r\n"),
        ("ZMSCORE a x nope", "*2\r\n_\r\n_\r\n"),
        ("ZINCRBY a 1 x", ",1\r\n"),
        ("ZADD a incr 1 x", ",2\r\n"),
        ("ZADD a 1 x 2 y 3 z", ":2\r\n"),
        ("ZRANDMEMBER a 5 WITHSCORES", "*3\r\n*2\r\n$1\r\nz\r\n,3\r\n*2\r\n$1\r\ny\r\n,2\r\n*2\r\n$1\r\nx\r\n,1\r\n"),
        ("ZSCAN a 0", "*2\r\n$1\r\n0\r\n*6\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n"),
        ("ZUNION 1 a WITHSCORES", "*3\r\n*2\r\n$1\r\nx\r\n,1\r\n*2\r\n$1\r\ny\r\n,2\r\n*2\r\n$1\r\nz\r\n,3\r\n"),
        ("BZPOPMIN a 0", "*3\r\n$1\r\na\r\n$1\r\nx\r\n,1\r\n"),
        ("BZMPOP 0 1 a max count 5", "*2\r\n$1\r\na\r\n*2\r\n*2\r\n$1\r\nz\r\n,3\r\n*2\r\n$1\r\ny\r\n,2\r\n"),
        ("ZRANDMEMBER nokey", "_\r\n"),
        ("ZPOPMIN nokey", "*0\r\n"),
    ]);
}

#[test]
fn set_operations() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("ZADD b 10 y 20 z 30 w", ":3\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZUNIONSTORE d 0 a", "-ERR at least 1 input key is needed for 'zunionstore' command\r\n"),
        ("ZUNIONSTORE d -1 a", "-ERR at least 1 input key is needed for 'zunionstore' command\r\n"),
        ("ZUNIONSTORE d x a", "-ERR value is not an integer or out of range\r\n"),
        ("ZUNIONSTORE d 3 a b", "-ERR syntax error\r\n"),
        ("ZUNIONSTORE d 2 a b weights 1", "-ERR syntax error\r\n"),
        ("ZUNIONSTORE d 2 a b weights 1 x", "-ERR weight value is not a float\r\n"),
        ("ZUNIONSTORE d 2 a b aggregate foo", "-ERR syntax error\r\n"),
        ("ZUNIONSTORE d 2 a b aggregate", "-ERR syntax error\r\n"),
        ("ZUNIONSTORE d 2 a b withscores", "-ERR syntax error\r\n"),
        ("ZUNION 2 a b withscores", "*8\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$2\r\n12\r\n$1\r\nz\r\n$2\r\n23\r\n$1\r\nw\r\n$2\r\n30\r\n"),
        ("ZUNION 2 a b weights 2 3 aggregate max withscores", "*8\r\n$1\r\nx\r\n$1\r\n2\r\n$1\r\ny\r\n$2\r\n30\r\n$1\r\nz\r\n$2\r\n60\r\n$1\r\nw\r\n$2\r\n90\r\n"),
        ("ZDIFF 2 a b weights 1 2", "-ERR syntax error\r\n"),
        ("ZDIFF 2 a b aggregate sum", "-ERR syntax error\r\n"),
        ("ZUNION 2 a s", WRONGTYPE),
        ("ZUNION 2 a s weights x y", WRONGTYPE),
        ("ZUNIONSTORE d 2 a s", WRONGTYPE),
        ("ZUNION 0 a", "-ERR at least 1 input key is needed for 'zunion' command\r\n"),
        ("ZUNION 1 a b", "-ERR syntax error\r\n"),
        ("ZUNIONSTORE d 1 nokey", ":0\r\n"),
        ("EXISTS d", ":0\r\n"),
        ("ZINTERSTORE d 2 a nokey", ":0\r\n"),
        ("ZUNION 2 a b weights 1 nan", "-ERR weight value is not a float\r\n"),
        ("ZUNION 2 a b weights inf 0 withscores", "*8\r\n$1\r\nw\r\n$1\r\n0\r\n$1\r\nx\r\n$3\r\ninf\r\n$1\r\ny\r\n$3\r\ninf\r\n$1\r\nz\r\n$3\r\ninf\r\n"),
        ("ZINTER 2 a b weights 1 -1 aggregate sum withscores", "*4\r\n$1\r\nz\r\n$3\r\n-17\r\n$1\r\ny\r\n$2\r\n-8\r\n"),
        ("ZDIFF 2 a b withscores", "*2\r\n$1\r\nx\r\n$1\r\n1\r\n"),
        ("ZINTERSTORE d 2 a b", ":2\r\n"),
        ("ZRANGE d 0 -1 withscores", "*4\r\n$1\r\ny\r\n$2\r\n12\r\n$1\r\nz\r\n$2\r\n23\r\n"),
        ("ZDIFFSTORE d 2 b a", ":1\r\n"),
        ("ZRANGE d 0 -1 withscores", "*2\r\n$1\r\nw\r\n$2\r\n30\r\n"),
        ("ZINTERCARD 0 a", "-ERR at least 1 input key is needed for 'zintercard' command\r\n"),
        ("ZINTERCARD 1 a limit -1", "-ERR LIMIT can't be negative\r\n"),
        ("ZINTERCARD 1 a limit x", "-ERR LIMIT can't be negative\r\n"),
        ("ZINTERCARD 2 a", "-ERR syntax error\r\n"),
        ("ZINTERCARD 2 a b", ":2\r\n"),
        ("ZINTERCARD 2 a b limit 1", ":1\r\n"),
        ("ZINTERCARD 1 a limit 1 limit 2", ":2\r\n"),
        ("ZINTERCARD 1 a foo 1", "-ERR syntax error\r\n"),
        ("ZINTERCARD 1 nokey", ":0\r\n"),
        ("ZINTERCARD 1 s", WRONGTYPE),
    ]);
}

#[test]
fn plain_sets_are_inputs_with_score_one() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("SADD st y w q", ":3\r\n"),
        ("ZINTER 2 a st WEIGHTS 1 5 WITHSCORES", "*2\r\n$1\r\ny\r\n$1\r\n7\r\n"),
        ("ZDIFF 2 a st", "*2\r\n$1\r\nx\r\n$1\r\nz\r\n"),
        ("ZINTERCARD 2 a st", ":1\r\n"),
        ("SADD ints 3 1 2", ":3\r\n"),
        ("ZUNIONSTORE d 2 ints a", ":6\r\n"),
        ("ZRANGE d 0 -1 WITHSCORES", "*12\r\n$1\r\n1\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n1\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n"),
    ]);
}

#[test]
fn zrandmember_arguments() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZRANDMEMBER a x", "-ERR value is not an integer or out of range\r\n"),
        ("ZRANDMEMBER a 0", "*0\r\n"),
        ("ZRANDMEMBER nokey", "$-1\r\n"),
        ("ZRANDMEMBER nokey 5", "*0\r\n"),
        ("ZRANDMEMBER a 1 withscores foo", "-ERR syntax error\r\n"),
        ("ZRANDMEMBER a 1 foo", "-ERR syntax error\r\n"),
        ("ZRANDMEMBER a x foo", "-ERR value is not an integer or out of range\r\n"),
        ("ZRANDMEMBER a -9223372036854775808", "-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807\r\n"),
        ("ZRANDMEMBER a -4611686018427387904 withscores", "-ERR value is out of range\r\n"),
        ("ZRANDMEMBER a 4611686018427387904 withscores", "-ERR value is out of range\r\n"),
        ("ZRANDMEMBER s", WRONGTYPE),
        ("ZRANDMEMBER s 1", WRONGTYPE),
        ("ZRANDMEMBER a 5 withscores", "*6\r\n$1\r\nz\r\n$1\r\n3\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nx\r\n$1\r\n1\r\n"),
    ]);
    // Random replies: only their shape and membership are checked.
    let r = h.run("ZRANDMEMBER a -5");
    assert!(r.starts_with("*5\r\n"), "{r}");
    let r = h.run("ZRANDMEMBER a 2");
    assert!(r.starts_with("*2\r\n"), "{r}");
    let picked: Vec<&str> = r.split("\r\n").filter(|l| l.len() == 1).collect();
    assert_eq!(picked.len(), 2);
    assert_ne!(picked[0], picked[1], "distinct members");
    // Few of many: still distinct, and all members of the set.
    let mut line = "ZADD many".to_string();
    for i in 0..100 {
        line += &format!(" {i} m{i:02}");
    }
    assert_eq!(h.run(&line), ":100\r\n");
    let r = h.run("ZRANDMEMBER many 10");
    let picked: std::collections::BTreeSet<&str> =
        r.split("\r\n").filter(|l| l.starts_with('m')).collect();
    assert!(r.starts_with("*10\r\n"), "{r}");
    assert_eq!(picked.len(), 10, "{r}");
}

#[test]
fn zscan_arguments() {
    let mut h = Harness::new();
    h.check(&[
        ("ZADD a 1 x 2 y 3 z", ":3\r\n"),
        ("SET s x", "+OK\r\n"),
        ("ZSCAN a 0 withscores", "-ERR syntax error\r\n"),
        ("ZSCAN a 0 count 0", "-ERR syntax error\r\n"),
        ("ZSCAN a 0 match x*", "*2\r\n$1\r\n0\r\n*2\r\n$1\r\nx\r\n$1\r\n1\r\n"),
        ("ZSCAN a x", "-ERR invalid cursor\r\n"),
        ("ZSCAN a 0 count x", "-ERR value is not an integer or out of range\r\n"),
        ("ZSCAN nokey 0", "*2\r\n$1\r\n0\r\n*0\r\n"),
        ("ZSCAN nokey 0 foo", "*2\r\n$1\r\n0\r\n*0\r\n"),
        ("ZSCAN s 0", WRONGTYPE),
        ("ZSCAN a 18446744073709551615", "*2\r\n$1\r\n0\r\n*6\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n"),
        ("ZSCAN a -1", "*2\r\n$1\r\n0\r\n*6\r\n$1\r\nx\r\n$1\r\n1\r\n$1\r\ny\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n"),
        ("ZSCAN a 18446744073709551616", "-ERR invalid cursor\r\n"),
    ]);
}

#[test]
fn zscan_walks_a_large_set_completely() {
    // Not from Redis: a full scan of a large set returns each member exactly once.
    let mut h = Harness::new();
    let mut args: Vec<Vec<u8>> = vec![b"ZADD".to_vec(), b"big".to_vec()];
    for i in 0..1000 {
        args.push(i.to_string().into_bytes());
        args.push(format!("m{i}").into_bytes());
    }
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    assert_eq!(h.run_bytes(&refs), ":1000\r\n");
    h.assert_encoding("big", "skiplist");
    let mut cursor = "0".to_string();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..10_000 {
        let r = h.run(&format!("ZSCAN big {cursor} COUNT 50"));
        let lines: Vec<&str> = r.split("\r\n").collect();
        cursor = lines[2].to_string();
        for l in lines.iter().skip(5).step_by(4) {
            if l.starts_with('m') {
                assert!(seen.insert(l.to_string()), "{l} twice");
            }
        }
        if cursor == "0" {
            break;
        }
    }
    assert_eq!(seen.len(), 1000);
}

#[test]
fn encodings_cross_the_thresholds() {
    let mut h = Harness::new();
    let mut args: Vec<Vec<u8>> = vec![b"ZADD".to_vec(), b"big".to_vec()];
    for _ in 0..129 {
        args.push(b"1".to_vec());
        args.push(b"a".to_vec());
    }
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    assert_eq!(h.run_bytes(&refs), ":1\r\n");
    h.assert_encoding("big", "listpack");
    let long = "x".repeat(65);
    assert_eq!(h.run(&format!("ZADD lm 1 {long}")), ":1\r\n");
    h.assert_encoding("lm", "skiplist");
    let mut args: Vec<Vec<u8>> = vec![b"ZADD".to_vec(), b"big2".to_vec()];
    for i in 1..=200 {
        args.push(i.to_string().into_bytes());
        args.push(format!("m{i}").into_bytes());
    }
    let refs: Vec<&[u8]> = args.iter().map(|a| &a[..]).collect();
    assert_eq!(h.run_bytes(&refs), ":200\r\n");
    h.assert_encoding("big2", "skiplist");
    h.check(&[
        ("ZRANGESTORE d1 big2 0 9", ":10\r\n"),
        ("ZRANGESTORE d2 big2 0 10 byscore", ":10\r\n"),
        ("ZUNIONSTORE d4 1 big2", ":200\r\n"),
        ("ZREMRANGEBYRANK big2 0 190", ":191\r\n"),
        ("ZINTERSTORE d5 2 big2 big2", ":9\r\n"),
    ]);
    for (key, enc) in [
        ("d1", "listpack"),
        ("d2", "listpack"),
        ("d4", "skiplist"),
        ("big2", "skiplist"),
        ("d5", "listpack"),
    ] {
        h.assert_encoding(key, enc);
    }
    h.check(&[(
        "ZRANGE d5 0 2 WITHSCORES",
        "*6\r\n$4\r\nm192\r\n$3\r\n384\r\n$4\r\nm193\r\n$3\r\n386\r\n$4\r\nm194\r\n$3\r\n388\r\n",
    )]);
}

#[test]
fn blocking_pops_wait_and_serve_in_order() {
    let mut h = Harness::new();
    let a = 0;
    let b = h.connect();
    let c = h.connect();
    // b blocks, then c; a write serves b first.
    h.send(b, &[b"BZPOPMIN", b"k", b"0"]);
    h.send(c, &[b"BZPOPMAX", b"k", b"0"]);
    assert_eq!(h.read(b), "");
    assert_eq!(h.read(c), "");
    assert_eq!(h.on(a, "ZADD k 1 one 2 two"), ":2\r\n");
    assert_eq!(h.read(b), "*3\r\n$1\r\nk\r\n$3\r\none\r\n$1\r\n1\r\n");
    assert_eq!(h.read(c), "*3\r\n$1\r\nk\r\n$3\r\ntwo\r\n$1\r\n2\r\n");
    assert_eq!(h.on(a, "EXISTS k"), ":0\r\n");
    // A key of another type does not answer a waiter: it keeps waiting.
    h.send(b, &[b"BZPOPMIN", b"k", b"0"]);
    assert_eq!(h.on(a, "SET k x"), "+OK\r\n");
    assert_eq!(h.read(b), "");
    assert_eq!(h.on(a, "DEL k"), ":1\r\n");
    assert_eq!(h.on(a, "ZADD k 1 a"), ":1\r\n");
    assert_eq!(h.read(b), "*3\r\n$1\r\nk\r\n$1\r\na\r\n$1\r\n1\r\n");
    // Served from the key that was written first inside MULTI, not the first argument.
    h.send(c, &[b"BZPOPMIN", b"k1", b"k2", b"0"]);
    assert_eq!(h.on(a, "MULTI"), "+OK\r\n");
    assert_eq!(h.on(a, "ZADD k2 1 two"), "+QUEUED\r\n");
    assert_eq!(h.on(a, "ZADD k1 1 one"), "+QUEUED\r\n");
    assert_eq!(h.on(a, "EXEC"), "*2\r\n:1\r\n:1\r\n");
    assert_eq!(h.read(c), "*3\r\n$2\r\nk2\r\n$3\r\ntwo\r\n$1\r\n1\r\n");
}

#[test]
fn blocking_timeouts_and_multi() {
    let mut h = Harness::new();
    let b = h.connect();
    h.send(b, &[b"BZMPOP", b"0.5", b"2", b"x", b"y", b"MIN"]);
    assert_eq!(h.read(b), "");
    h.advance(400);
    assert_eq!(h.read(b), "");
    h.advance(200);
    assert_eq!(h.read(b), "*-1\r\n");
    h.check(&[("BZPOPMIN nokey 0.01", "")]);
    h.advance(20);
    assert_eq!(h.read(0), "*-1\r\n");
    h.check(&[
        ("MULTI", "+OK\r\n"),
        ("BZPOPMIN nokey 0", "+QUEUED\r\n"),
        ("BZMPOP 0 1 nokey MIN", "+QUEUED\r\n"),
        ("EXEC", "*2\r\n*-1\r\n*-1\r\n"),
        ("SET s x", "+OK\r\n"),
        ("BZPOPMIN nokey s 0", WRONGTYPE),
        ("BZMPOP 0 1 s MIN", WRONGTYPE),
        (
            "BZPOPMIN a x",
            "-ERR timeout is not a float or out of range\r\n",
        ),
        ("BZPOPMIN a -1", "-ERR timeout is negative\r\n"),
        (
            "BZMPOP x 1 a min",
            "-ERR timeout is not a float or out of range\r\n",
        ),
        (
            "BZMPOP 0 1 a min count x",
            "-ERR count should be greater than 0\r\n",
        ),
        (
            "BZMPOP 0 0 a min",
            "-ERR numkeys should be greater than 0\r\n",
        ),
    ]);
}

// ---------------------------------------------------------------------------------
// Model test: random command sequences against the core and a plain reference
// ---------------------------------------------------------------------------------

mod model {
    use std::collections::BTreeMap;

    use quickcheck::{Arbitrary, Gen, TestResult};

    use super::Harness;
    use crate::Config;

    const KEYS: [&str; 2] = ["za", "zb"];

    #[derive(Clone, Debug)]
    enum Op {
        Add {
            key: u8,
            flags: u8,
            score: i8,
            member: u8,
        },
        Incr {
            key: u8,
            by: i8,
            member: u8,
        },
        Rem {
            key: u8,
            members: Vec<u8>,
        },
        Score {
            key: u8,
            member: u8,
        },
        Rank {
            key: u8,
            member: u8,
            rev: bool,
        },
        Card {
            key: u8,
        },
        Range {
            key: u8,
            start: i8,
            stop: i8,
            rev: bool,
            scores: bool,
        },
        ByScore {
            key: u8,
            min: i8,
            max: i8,
            min_ex: bool,
            max_ex: bool,
            rev: bool,
            limit: Option<(i8, i8)>,
        },
        Count {
            key: u8,
            min: i8,
            max: i8,
            min_ex: bool,
        },
        Pop {
            key: u8,
            count: u8,
            max: bool,
        },
        RemRank {
            key: u8,
            start: i8,
            stop: i8,
        },
        RemScore {
            key: u8,
            min: i8,
            max: i8,
        },
        ByLex {
            min: u8,
            max: u8,
            rev: bool,
        },
    }

    fn key(k: u8) -> &'static str {
        KEYS[usize::from(k) % KEYS.len()]
    }

    fn member(m: u8) -> String {
        // Some long members, to cross zset-max-listpack-value.
        if m.is_multiple_of(17) {
            format!("long-member-{}", m % 3)
        } else {
            format!("m{}", m % 12)
        }
    }

    impl Arbitrary for Op {
        fn arbitrary(g: &mut Gen) -> Self {
            let k = u8::arbitrary(g) % 2;
            let m = u8::arbitrary(g);
            let small = |g: &mut Gen| i8::arbitrary(g) % 8;
            match u8::arbitrary(g) % 16 {
                0..=3 => Op::Add {
                    key: k,
                    flags: u8::arbitrary(g),
                    score: small(g),
                    member: m,
                },
                4 => Op::Incr {
                    key: k,
                    by: small(g),
                    member: m,
                },
                5 => Op::Rem {
                    key: k,
                    members: vec![m, u8::arbitrary(g)],
                },
                6 => Op::Score { key: k, member: m },
                7 => Op::Rank {
                    key: k,
                    member: m,
                    rev: bool::arbitrary(g),
                },
                8 => Op::Card { key: k },
                9 => Op::Range {
                    key: k,
                    start: small(g),
                    stop: small(g),
                    rev: bool::arbitrary(g),
                    scores: bool::arbitrary(g),
                },
                10 => Op::ByScore {
                    key: k,
                    min: small(g),
                    max: small(g),
                    min_ex: bool::arbitrary(g),
                    max_ex: bool::arbitrary(g),
                    rev: bool::arbitrary(g),
                    limit: if bool::arbitrary(g) {
                        Some((small(g), small(g)))
                    } else {
                        None
                    },
                },
                11 => Op::Count {
                    key: k,
                    min: small(g),
                    max: small(g),
                    min_ex: bool::arbitrary(g),
                },
                12 => Op::Pop {
                    key: k,
                    count: u8::arbitrary(g) % 4,
                    max: bool::arbitrary(g),
                },
                13 => Op::RemRank {
                    key: k,
                    start: small(g),
                    stop: small(g),
                },
                14 => Op::RemScore {
                    key: k,
                    min: small(g),
                    max: small(g),
                },
                _ => Op::ByLex {
                    min: m,
                    max: u8::arbitrary(g),
                    rev: bool::arbitrary(g),
                },
            }
        }
    }

    /// The reference: per key, member -> score; order computed by sorting.
    #[derive(Default)]
    struct Model {
        keys: BTreeMap<&'static str, BTreeMap<String, f64>>,
    }

    fn fmt(v: f64) -> String {
        let mut out = Vec::new();
        crate::util::number::write_f64_g17(&mut out, v);
        String::from_utf8(out).unwrap_or_default()
    }

    fn bulk(s: &str) -> String {
        format!("${}\r\n{s}\r\n", s.len())
    }

    fn half(x: i8) -> f64 {
        f64::from(x) / 2.0
    }

    impl Model {
        fn sorted(&self, k: &str) -> Vec<(String, f64)> {
            let mut v: Vec<(String, f64)> = self
                .keys
                .get(k)
                .map(|m| m.iter().map(|(a, b)| (a.clone(), *b)).collect())
                .unwrap_or_default();
            v.sort_by(|a, b| {
                a.1.partial_cmp(&b.1)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(a.0.cmp(&b.0))
            });
            v
        }

        fn array(items: &[(String, f64)], scores: bool) -> String {
            let mut s = format!(
                "*{}\r\n",
                if scores { items.len() * 2 } else { items.len() }
            );
            for (m, v) in items {
                s += &bulk(m);
                if scores {
                    s += &bulk(&fmt(*v));
                }
            }
            s
        }

        fn cleanup(&mut self, k: &'static str) {
            if self.keys.get(k).is_some_and(|m| m.is_empty()) {
                self.keys.remove(k);
            }
        }

        /// Command line and expected reply.
        fn apply(&mut self, op: &Op) -> (String, String) {
            match op {
                Op::Add {
                    key: k,
                    flags,
                    score,
                    member: m,
                } => {
                    let (k, m, s) = (key(*k), member(*m), half(*score));
                    let names = ["NX", "XX", "GT", "LT", "CH", "INCR"];
                    let on: Vec<&str> = names
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| flags & (1 << i) != 0)
                        .map(|(_, n)| *n)
                        .collect();
                    let has = |n: &str| on.contains(&n);
                    let mut line = format!("ZADD {k}");
                    for n in &on {
                        line += &format!(" {n}");
                    }
                    line += &format!(" {} {m}", fmt(s));
                    if has("NX") && has("XX") {
                        return (
                            line,
                            "-ERR XX and NX options at the same time are not compatible\r\n".into(),
                        );
                    }
                    if (has("GT") && has("NX"))
                        || (has("LT") && has("NX"))
                        || (has("GT") && has("LT"))
                    {
                        return (line, "-ERR GT, LT, and/or NX options at the same time are not compatible\r\n".into());
                    }
                    let z = self.keys.entry(k).or_default();
                    let (mut added, mut changed, mut result) = (0, 0, None);
                    match z.get(&m).copied() {
                        Some(cur) if !has("NX") => {
                            let new = if has("INCR") { cur + s } else { s };
                            if !((has("LT") && new >= cur) || (has("GT") && new <= cur)) {
                                result = Some(new);
                                if new != cur {
                                    z.insert(m, new);
                                    changed = 1;
                                }
                            }
                        }
                        None if !has("XX") => {
                            z.insert(m, s);
                            added = 1;
                            result = Some(s);
                        }
                        _ => {}
                    }
                    self.cleanup(k);
                    let reply = if has("INCR") {
                        result.map_or("$-1\r\n".into(), |v| bulk(&fmt(v)))
                    } else if has("CH") {
                        format!(":{}\r\n", added + changed)
                    } else {
                        format!(":{added}\r\n")
                    };
                    (line, reply)
                }
                Op::Incr {
                    key: k,
                    by,
                    member: m,
                } => {
                    let (k, m, by) = (key(*k), member(*m), half(*by));
                    let z = self.keys.entry(k).or_default();
                    let v = z.get(&m).copied().unwrap_or(0.0) + by;
                    z.insert(m.clone(), v);
                    (format!("ZINCRBY {k} {} {m}", fmt(by)), bulk(&fmt(v)))
                }
                Op::Rem { key: k, members } => {
                    let k = key(*k);
                    let names: Vec<String> = members.iter().map(|m| member(*m)).collect();
                    let mut n = 0;
                    if let Some(z) = self.keys.get_mut(k) {
                        for name in &names {
                            if z.remove(name).is_some() {
                                n += 1;
                            }
                        }
                    }
                    self.cleanup(k);
                    (format!("ZREM {k} {}", names.join(" ")), format!(":{n}\r\n"))
                }
                Op::Score { key: k, member: m } => {
                    let (k, m) = (key(*k), member(*m));
                    let v = self.keys.get(k).and_then(|z| z.get(&m)).copied();
                    (
                        format!("ZSCORE {k} {m}"),
                        v.map_or("$-1\r\n".into(), |v| bulk(&fmt(v))),
                    )
                }
                Op::Rank {
                    key: k,
                    member: m,
                    rev,
                } => {
                    let (k, m) = (key(*k), member(*m));
                    let sorted = self.sorted(k);
                    let pos = sorted.iter().position(|(x, _)| *x == m);
                    let reply = match pos {
                        Some(p) if *rev => format!(":{}\r\n", sorted.len() - 1 - p),
                        Some(p) => format!(":{p}\r\n"),
                        None => "$-1\r\n".into(),
                    };
                    (
                        format!("{} {k} {m}", if *rev { "ZREVRANK" } else { "ZRANK" }),
                        reply,
                    )
                }
                Op::Card { key: k } => {
                    let k = key(*k);
                    (
                        format!("ZCARD {k}"),
                        format!(":{}\r\n", self.keys.get(k).map_or(0, |z| z.len())),
                    )
                }
                Op::Range {
                    key: k,
                    start,
                    stop,
                    rev,
                    scores,
                } => {
                    let k = key(*k);
                    let mut sorted = self.sorted(k);
                    if *rev {
                        sorted.reverse();
                    }
                    let len = sorted.len() as i64;
                    let norm = |i: i8| {
                        let i = i64::from(i);
                        if i < 0 { len + i } else { i }
                    };
                    let (a, b) = (norm(*start).max(0), norm(*stop).min(len - 1));
                    let items: Vec<_> = if a > b || a >= len {
                        vec![]
                    } else {
                        sorted[a as usize..=b as usize].to_vec()
                    };
                    let line = format!(
                        "ZRANGE {k} {start} {stop}{}{}",
                        if *rev { " REV" } else { "" },
                        if *scores { " WITHSCORES" } else { "" }
                    );
                    (line, Self::array(&items, *scores))
                }
                Op::ByScore {
                    key: k,
                    min,
                    max,
                    min_ex,
                    max_ex,
                    rev,
                    limit,
                } => {
                    let k = key(*k);
                    let (lo, hi) = (half(*min), half(*max));
                    let mut items: Vec<_> = self
                        .sorted(k)
                        .into_iter()
                        .filter(|(_, s)| {
                            (if *min_ex { *s > lo } else { *s >= lo })
                                && (if *max_ex { *s < hi } else { *s <= hi })
                        })
                        .collect();
                    if *rev {
                        items.reverse();
                    }
                    if let Some((off, cnt)) = limit {
                        items = if *off < 0 {
                            vec![]
                        } else {
                            let rest: Vec<_> = items.into_iter().skip(*off as usize).collect();
                            if *cnt < 0 {
                                rest
                            } else {
                                rest.into_iter().take(*cnt as usize).collect()
                            }
                        };
                    }
                    let b = |x: f64, ex: bool| format!("{}{}", if ex { "(" } else { "" }, fmt(x));
                    let (first, second) = if *rev {
                        (b(hi, *max_ex), b(lo, *min_ex))
                    } else {
                        (b(lo, *min_ex), b(hi, *max_ex))
                    };
                    let mut line = format!(
                        "{} {k} {first} {second} WITHSCORES",
                        if *rev {
                            "ZREVRANGEBYSCORE"
                        } else {
                            "ZRANGEBYSCORE"
                        }
                    );
                    if let Some((off, cnt)) = limit {
                        line += &format!(" LIMIT {off} {cnt}");
                    }
                    (line, Self::array(&items, true))
                }
                Op::Count {
                    key: k,
                    min,
                    max,
                    min_ex,
                } => {
                    let k = key(*k);
                    let (lo, hi) = (half(*min), half(*max));
                    let n = self
                        .sorted(k)
                        .iter()
                        .filter(|(_, s)| (if *min_ex { *s > lo } else { *s >= lo }) && *s <= hi)
                        .count();
                    (
                        format!(
                            "ZCOUNT {k} {}{} {}",
                            if *min_ex { "(" } else { "" },
                            fmt(lo),
                            fmt(hi)
                        ),
                        format!(":{n}\r\n"),
                    )
                }
                Op::Pop { key: k, count, max } => {
                    let k = key(*k);
                    let mut sorted = self.sorted(k);
                    if *max {
                        sorted.reverse();
                    }
                    let items: Vec<_> = sorted.into_iter().take(usize::from(*count)).collect();
                    if let Some(z) = self.keys.get_mut(k) {
                        for (m, _) in &items {
                            z.remove(m);
                        }
                    }
                    self.cleanup(k);
                    (
                        format!("{} {k} {count}", if *max { "ZPOPMAX" } else { "ZPOPMIN" }),
                        Self::array(&items, true),
                    )
                }
                Op::RemRank {
                    key: k,
                    start,
                    stop,
                } => {
                    let k = key(*k);
                    let sorted = self.sorted(k);
                    let len = sorted.len() as i64;
                    let norm = |i: i8| {
                        let i = i64::from(i);
                        if i < 0 { len + i } else { i }
                    };
                    let (a, b) = (norm(*start).max(0), norm(*stop).min(len - 1));
                    let gone: Vec<_> = if a > b || a >= len {
                        vec![]
                    } else {
                        sorted[a as usize..=b as usize].to_vec()
                    };
                    if let Some(z) = self.keys.get_mut(k) {
                        for (m, _) in &gone {
                            z.remove(m);
                        }
                    }
                    self.cleanup(k);
                    (
                        format!("ZREMRANGEBYRANK {k} {start} {stop}"),
                        format!(":{}\r\n", gone.len()),
                    )
                }
                Op::RemScore { key: k, min, max } => {
                    let k = key(*k);
                    let (lo, hi) = (half(*min), half(*max));
                    let mut n = 0;
                    if let Some(z) = self.keys.get_mut(k) {
                        let before = z.len();
                        z.retain(|_, s| !(*s >= lo && *s <= hi));
                        n = before - z.len();
                    }
                    self.cleanup(k);
                    (
                        format!("ZREMRANGEBYSCORE {k} {} {}", fmt(lo), fmt(hi)),
                        format!(":{n}\r\n"),
                    )
                }
                Op::ByLex { min, max, rev } => {
                    // A key whose members all have score 0, filled by the runner.
                    let names: Vec<String> = (0..12u8).map(member).collect();
                    let mut all = names.clone();
                    all.sort();
                    all.dedup();
                    let bound = |x: u8| -> (String, Option<(String, bool)>) {
                        match x % 4 {
                            0 => ("-".into(), None),
                            1 => ("+".into(), None),
                            2 => (format!("[{}", member(x / 4)), Some((member(x / 4), true))),
                            _ => (format!("({}", member(x / 4)), Some((member(x / 4), false))),
                        }
                    };
                    let (lo_s, lo) = bound(*min);
                    let (hi_s, hi) = bound(*max);
                    let above_min = |m: &str| match (&lo, min % 4) {
                        (None, 0) => true,
                        (None, _) => false,
                        (Some((b, incl)), _) => {
                            if *incl {
                                m >= b.as_str()
                            } else {
                                m > b.as_str()
                            }
                        }
                    };
                    let below_max = |m: &str| match (&hi, max % 4) {
                        (None, 1) => true,
                        (None, _) => false,
                        (Some((b, incl)), _) => {
                            if *incl {
                                m <= b.as_str()
                            } else {
                                m < b.as_str()
                            }
                        }
                    };
                    let mut items: Vec<(String, f64)> = all
                        .into_iter()
                        .filter(|m| above_min(m) && below_max(m))
                        .map(|m| (m, 0.0))
                        .collect();
                    if *rev {
                        items.reverse();
                        (
                            format!("ZREVRANGEBYLEX lex {hi_s} {lo_s}"),
                            Self::array(&items, false),
                        )
                    } else {
                        (
                            format!("ZRANGEBYLEX lex {lo_s} {hi_s}"),
                            Self::array(&items, false),
                        )
                    }
                }
            }
        }
    }

    fn run(ops: &[Op], config: Config) -> Result<(), String> {
        let mut h = Harness::with_config(config);
        let mut model = Model::default();
        let mut fill = "ZADD lex".to_string();
        for i in 0..12u8 {
            fill += &format!(" 0 {}", member(i));
        }
        h.run(&fill);
        for op in ops {
            let (line, want) = model.apply(op);
            let got = h.run(&line);
            if got != want {
                return Err(format!("{line:?}: got {got:?}, want {want:?}"));
            }
        }
        Ok(())
    }

    fn prop(ops: Vec<Op>) -> TestResult {
        let small = Config {
            zset_max_listpack_entries: 3,
            zset_max_listpack_value: 8,
            ..Config::default()
        };
        for config in [Config::default(), small] {
            if let Err(e) = run(&ops, config) {
                return TestResult::error(e);
            }
        }
        TestResult::passed()
    }

    #[test]
    fn model_zset_commands() {
        crate::testkit::qc_check(
            "model_zset_commands",
            80,
            200,
            prop as fn(Vec<Op>) -> TestResult,
        );
    }
}
