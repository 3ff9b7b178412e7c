//! What clients send: random batches of commands over strings, counters, lists, hashes,
//! sets and sorted sets on a small shared key space (so that clients collide and types
//! clash), with expiries, transactions with WATCH, blocking BLPOP with short timeouts
//! followed by pipelined commands, and CONFIG SET / CONFIG REWRITE (the disk).
//!
//! Each client draws from its own stream, so what it sends does not depend on when the
//! scheduler lets it send; a shrunk trace still sends the same commands. The value
//! pools are chosen for the edges: integers at the ends of i64 and strings Redis's
//! `string2ll` refuses (`01`, `-0`, `+1`) for INCR, halves for exact scores, a value past
//! the listpack limit.

use super::model::Bytes;
use super::rng::SimRng;

/// Shape of one scenario's workload.
#[derive(Clone, Debug)]
pub struct Shape {
    /// Keys `k0..kN`.
    pub keys: usize,
    /// Most commands in a plain pipelined batch.
    pub pipe: usize,
    /// Whether CONFIG SET / CONFIG REWRITE are sent.
    pub config: bool,
}

/// One client's generator.
#[derive(Clone, Debug)]
pub struct Workload {
    rng: SimRng,
    shape: Shape,
    client: u32,
    echo_seq: u64,
}

const VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "42",
    "7",
    "x",
    "hello",
    "",
    "01",
    "-0",
    "+1",
    "9223372036854775807",
    "-9223372036854775808",
    "a b",
];
const MEMBERS: &[&str] = &["a", "b", "c", "d", "e", "1", "2", "10"];
const FIELDS: &[&str] = &["f1", "f2", "f3", "n", "m"];

fn b(s: &str) -> Bytes {
    s.as_bytes().to_vec()
}

fn cmd(parts: &[&str]) -> Vec<Bytes> {
    parts.iter().map(|p| b(p)).collect()
}

impl Workload {
    /// The generator of client `client` in the run `seed`.
    pub fn new(seed: u64, client: u32, shape: Shape) -> Self {
        Workload {
            rng: SimRng::new(seed, 1000 + u64::from(client)),
            shape,
            client,
            echo_seq: 0,
        }
    }

    /// A key for a command of `family`: mostly one of that family's own keys (`s3`,
    /// `l0`, ...), sometimes another family's, so that types clash now and then but
    /// most commands find a value of their type.
    fn key(&mut self, family: usize) -> Bytes {
        const PREFIX: &[u8] = b"sslhzk";
        let family = if self.rng.chance(1, 8) {
            self.rng.below(PREFIX.len() as u64) as usize
        } else {
            family.min(PREFIX.len() - 1)
        };
        // A hot key now and then, so that clients collide.
        let i = if self.rng.chance(1, 4) {
            0
        } else {
            self.rng.below(self.shape.keys as u64)
        };
        format!("{}{i}", PREFIX[family] as char).into_bytes()
    }

    fn value(&mut self) -> Bytes {
        if self.rng.chance(1, 30) {
            // Longer than hash-max-listpack-value (64): converts the encoding.
            let n = 65 + self.rng.below(100) as usize;
            return vec![b'v'; n];
        }
        b(self.rng.pick::<&str>(VALUES))
    }

    fn member(&mut self) -> Bytes {
        b(self.rng.pick::<&str>(MEMBERS))
    }

    fn field(&mut self) -> Bytes {
        b(self.rng.pick::<&str>(FIELDS))
    }

    fn score(&mut self) -> Bytes {
        let halves = self.rng.range(-8, 24);
        let s = halves as f64 / 2.0;
        format!("{s}").into_bytes()
    }

    fn index(&mut self) -> Bytes {
        self.rng.range(-6, 6).to_string().into_bytes()
    }

    fn int(&mut self) -> i64 {
        match self.rng.below(10) {
            0 => *self.rng.pick(&[i64::MAX, i64::MIN, i64::MAX / 2 + 1]),
            1 => self.rng.range(-1000, 1000),
            _ => self.rng.range(-3, 5),
        }
    }

    /// One command (never one that is refused inside MULTI).
    pub fn command(&mut self) -> Vec<Bytes> {
        let family = self.rng.weighted(&[22, 10, 16, 12, 12, 12, 14, 2]);
        let k = self.key(family);
        let mut c: Vec<Bytes> = match family {
            // Strings.
            0 => match self.rng.below(8) {
                0 | 1 => {
                    let mut c = vec![b("SET"), k, self.value()];
                    if self.rng.chance(1, 3) {
                        c.push(b("PX"));
                        c.push(self.rng.range(1, 3000).to_string().into_bytes());
                    }
                    match self.rng.below(6) {
                        0 => c.push(b("NX")),
                        1 => c.push(b("XX")),
                        _ => {}
                    }
                    if self.rng.chance(1, 4) {
                        c.push(b("GET"));
                    }
                    c
                }
                2 | 3 => {
                    if self.rng.chance(1, 5) {
                        vec![b("GETDEL"), k]
                    } else {
                        vec![b("GET"), k]
                    }
                }
                4 => vec![b("APPEND"), k, self.value()],
                5 => vec![b("STRLEN"), k],
                6 => {
                    let k2 = self.key(0);
                    vec![b("MGET"), k, k2]
                }
                _ => vec![b("SET"), k, self.value()],
            },
            // Counters.
            1 => match self.rng.below(3) {
                0 => vec![b("INCR"), k],
                1 => vec![b("DECR"), k],
                _ => vec![b("INCRBY"), k, self.int().to_string().into_bytes()],
            },
            // Lists.
            2 => match self.rng.below(9) {
                0 | 1 => {
                    let n = 1 + self.rng.below(3) as usize;
                    let mut c = vec![b("LPUSH"), k];
                    c.extend((0..n).map(|_| self.member()));
                    c
                }
                2 => {
                    if self.rng.chance(1, 3) {
                        let k2 = self.key(2);
                        let end = |left: bool| b(if left { "LEFT" } else { "RIGHT" });
                        let (a, z) = (self.rng.chance(1, 2), self.rng.chance(1, 2));
                        vec![b("LMOVE"), k, k2, end(a), end(z)]
                    } else {
                        vec![b("RPUSH"), k, self.member()]
                    }
                }
                3 => vec![b("LPOP"), k],
                4 => vec![b("RPOP"), k],
                5 => vec![b("LLEN"), k],
                6 => vec![b("LRANGE"), k, self.index(), self.index()],
                7 => vec![b("LINDEX"), k, self.index()],
                _ => vec![
                    b("LREM"),
                    k,
                    self.rng.range(-2, 2).to_string().into_bytes(),
                    self.member(),
                ],
            },
            // Hashes.
            3 => match self.rng.below(8) {
                0 | 1 => {
                    let mut c = vec![b("HSET"), k, self.field(), self.value()];
                    if self.rng.chance(1, 3) {
                        c.push(self.field());
                        c.push(self.value());
                    }
                    c
                }
                2 => vec![b("HGET"), k, self.field()],
                3 => vec![b("HDEL"), k, self.field()],
                4 => vec![b("HLEN"), k],
                5 => vec![b("HGETALL"), k],
                6 => vec![b("HEXISTS"), k, self.field()],
                _ => vec![
                    b("HINCRBY"),
                    k,
                    self.field(),
                    self.int().to_string().into_bytes(),
                ],
            },
            // Sets.
            4 => match self.rng.below(7) {
                0 | 1 => {
                    let n = 1 + self.rng.below(3) as usize;
                    let mut c = vec![b("SADD"), k];
                    c.extend((0..n).map(|_| self.member()));
                    c
                }
                2 => vec![b("SREM"), k, self.member()],
                3 => vec![b("SCARD"), k],
                4 => vec![b("SISMEMBER"), k, self.member()],
                5 => vec![b("SMEMBERS"), k],
                _ => vec![b("SPOP"), k],
            },
            // Sorted sets.
            5 => match self.rng.below(8) {
                0 | 1 => {
                    let mut c = vec![b("ZADD"), k, self.score(), self.member()];
                    if self.rng.chance(1, 3) {
                        c.push(self.score());
                        c.push(self.member());
                    }
                    c
                }
                2 => vec![b("ZINCRBY"), k, self.score(), self.member()],
                3 => vec![b("ZSCORE"), k, self.member()],
                4 => vec![b("ZREM"), k, self.member()],
                5 => vec![b("ZCARD"), k],
                6 => vec![b("ZRANK"), k, self.member()],
                _ => vec![b("ZRANGE"), k, self.index(), self.index(), b("WITHSCORES")],
            },
            // Keys and expiry.
            6 => match self.rng.below(8) {
                0 | 1 => {
                    let ms = if self.rng.chance(1, 6) {
                        self.rng.range(-10, 0)
                    } else {
                        self.rng.range(1, 3000)
                    };
                    let mut c = vec![b("PEXPIRE"), k, ms.to_string().into_bytes()];
                    if self.rng.chance(1, 3) {
                        c.push(b(self.rng.pick::<&str>(&["NX", "XX", "GT", "LT"])));
                    }
                    c
                }
                2 => vec![b("PTTL"), k],
                3 => vec![b("PERSIST"), k],
                4 => {
                    let k2 = self.key(6);
                    vec![b("DEL"), k, k2]
                }
                5 => {
                    let k2 = self.key(6);
                    vec![b("EXISTS"), k, k2]
                }
                6 => {
                    if self.rng.chance(1, 3) {
                        let family = self.rng.below(6) as usize;
                        let k2 = self.key(family);
                        vec![b("RENAME"), k, k2]
                    } else {
                        vec![b("TYPE"), k]
                    }
                }
                _ => cmd(&["KEYS", "*"]),
            },
            // Rare: the whole database.
            _ => {
                if self.rng.chance(1, 5) {
                    cmd(&["FLUSHDB"])
                } else {
                    cmd(&["PING"])
                }
            }
        };
        c.shrink_to_fit();
        c
    }

    /// The next batch the client pipelines.
    pub fn batch(&mut self) -> Vec<Vec<Bytes>> {
        let kinds = [60, 12, 10, if self.shape.config { 3 } else { 0 }, 6];
        match self.rng.weighted(&kinds) {
            0 => {
                let n = 1 + self.rng.below(self.shape.pipe as u64) as usize;
                (0..n).map(|_| self.command()).collect()
            }
            1 => self.transaction(),
            2 => {
                // A blocking pop, then commands pipelined behind it (the peers' bug:
                // a blocked client's next commands split across reads must run once it
                // is released).
                let k = self.key(2);
                let ms = if self.rng.chance(1, 5) {
                    self.rng.range(150, 400) * 10
                } else {
                    self.rng.range(5, 150) * 10
                };
                let pop = if self.rng.chance(1, 3) {
                    "BRPOP"
                } else {
                    "BLPOP"
                };
                let mut batch = vec![vec![
                    b(pop),
                    k,
                    format!("{}.{:03}", ms / 1000, ms % 1000).into_bytes(),
                ]];
                let n = self.rng.below(3) as usize;
                batch.extend((0..n).map(|_| self.command()));
                batch
            }
            3 => {
                let mut batch = Vec::new();
                if self.rng.chance(2, 3) {
                    let n = self.rng.range(1, 1000).to_string();
                    batch.push(cmd(&["CONFIG", "SET", "slowlog-max-len", &n]));
                }
                batch.push(cmd(&["CONFIG", "REWRITE"]));
                batch
            }
            _ => {
                self.echo_seq += 1;
                vec![vec![
                    b("ECHO"),
                    format!("c{}:{}", self.client, self.echo_seq).into_bytes(),
                ]]
            }
        }
    }

    /// Replication scenarios, now and then (`None` otherwise): a write, then `WAIT` for
    /// up to `replicas + 1` replicas with a short timeout. Drawn only when the world has
    /// replicas, so single-node seeds keep their streams.
    pub fn wait_batch(&mut self, replicas: usize) -> Option<Vec<Vec<Bytes>>> {
        if !self.rng.chance(1, 6) {
            return None;
        }
        let k = self.key(0);
        let write = vec![b("SET"), k, self.value()];
        let n = self.rng.below(replicas as u64 + 2).to_string();
        let ms = self.rng.range(1, 300).to_string();
        Some(vec![write, cmd(&["WAIT", &n, &ms])])
    }

    fn transaction(&mut self) -> Vec<Vec<Bytes>> {
        let mut batch = Vec::new();
        if self.rng.chance(1, 2) {
            let family = self.rng.below(6) as usize;
            let mut w = vec![b("WATCH"), self.key(family)];
            if self.rng.chance(1, 3) {
                w.push(self.key(family));
            }
            let first = w[1].clone();
            batch.push(w);
            if self.rng.chance(1, 2) {
                batch.push(vec![b("GET"), first]);
            }
        }
        batch.push(cmd(&["MULTI"]));
        let n = 1 + self.rng.below(4) as usize;
        for _ in 0..n {
            let c = if self.rng.chance(1, 8) {
                let k = self.key(2);
                vec![b("BLPOP"), k, b("0.1")]
            } else {
                self.command()
            };
            batch.push(c);
        }
        if self.rng.chance(1, 10) {
            batch.push(cmd(&["DISCARD"]));
        } else {
            batch.push(cmd(&["EXEC"]));
        }
        if self.rng.chance(1, 10) {
            batch.push(cmd(&["UNWATCH"]));
        }
        batch
    }
}
