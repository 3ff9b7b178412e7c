//! Tests of the background snapshot at the database level: random changes between
//! slices, every database's file part equal to its contents at the start.
//!
//! Until the loader reads every type, files are read back by [`parse_file`], a small
//! test-only reader of what the snapshot writes for strings.

use std::collections::BTreeMap;

use super::*;
use crate::keyspace::KeyHasher;
use crate::rdb::types;
use crate::types::StrValue;
use crate::util::rng::Rng;

/// One database's contents: key → (string value, expiry).
pub(crate) type Contents = BTreeMap<Vec<u8>, (Vec<u8>, Option<i64>)>;

/// A parsed file: contents per database index, and what else it held.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// Keys per database index (databases with no key are absent).
    pub dbs: BTreeMap<usize, Contents>,
    /// AUX fields.
    pub aux: Vec<(Vec<u8>, Vec<u8>)>,
    /// RESIZEDB per database: (keys, expires), in file order.
    pub resize: Vec<(usize, usize, usize)>,
    /// Number of SELECTDB opcodes.
    pub selects: usize,
}

struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn u8(&mut self) -> Result<u8, String> {
        let v = *self.b.get(self.pos).ok_or("truncated")?;
        self.pos += 1;
        Ok(v)
    }

    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let s = self.b.get(self.pos..self.pos + n).ok_or("truncated")?;
        self.pos += n;
        Ok(s)
    }

    /// A length, or `Err(kind)` for a special string encoding (`Ok(Err(kind))`).
    fn length(&mut self) -> Result<Result<u64, u8>, String> {
        let first = self.u8()?;
        Ok(match first >> 6 {
            0 => Ok(u64::from(first & 0x3f)),
            1 => Ok(u64::from(first & 0x3f) << 8 | u64::from(self.u8()?)),
            2 if first == 0x80 => {
                let b = self.take(4)?;
                Ok(u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])))
            }
            2 if first == 0x81 => {
                let b = self.take(8)?;
                Ok(u64::from_be_bytes(b.try_into().map_err(|_| "len")?))
            }
            2 => return Err(format!("bad length byte {first:#x}")),
            _ => Err(first & 0x3f),
        })
    }

    fn plain_length(&mut self) -> Result<u64, String> {
        self.length()?
            .map_err(|k| format!("special encoding {k} where a length was due"))
    }

    fn string(&mut self) -> Result<Vec<u8>, String> {
        match self.length()? {
            Ok(n) => Ok(self.take(n as usize)?.to_vec()),
            Err(0) => Ok((self.u8()? as i8).to_string().into_bytes()),
            Err(1) => {
                let b = self.take(2)?;
                Ok(i16::from_le_bytes([b[0], b[1]]).to_string().into_bytes())
            }
            Err(2) => {
                let b = self.take(4)?;
                Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]])
                    .to_string()
                    .into_bytes())
            }
            Err(3) => {
                let clen = self.plain_length()? as usize;
                let len = self.plain_length()? as usize;
                let packed = self.take(clen)?;
                let mut out = Vec::new();
                crate::rdb::lzf::decompress(packed, len, &mut out)
                    .map_err(|e| format!("lzf: {e:?}"))?;
                Ok(out)
            }
            Err(k) => Err(format!("unknown string encoding {k}")),
        }
    }
}

/// Reads a file the snapshot wrote, for strings (other types are an error): checks
/// the header, the CRC (when not 0) and that no key appears twice in a database.
pub(crate) fn parse_file(file: &[u8]) -> Result<Parsed, String> {
    if !file.starts_with(b"REDIS0010") {
        return Err("bad header".into());
    }
    let mut c = Cursor { b: file, pos: 9 };
    let mut parsed = Parsed::default();
    let mut db: Option<usize> = None;
    let mut expire = None;
    loop {
        let op = c.u8()?;
        match op {
            opcodes::AUX => {
                let k = c.string()?;
                let v = c.string()?;
                parsed.aux.push((k, v));
            }
            opcodes::SELECTDB => {
                db = Some(c.plain_length()? as usize);
                parsed.selects += 1;
            }
            opcodes::RESIZEDB => {
                let keys = c.plain_length()? as usize;
                let expires = c.plain_length()? as usize;
                let d = db.ok_or("RESIZEDB before SELECTDB")?;
                if parsed.resize.iter().any(|r| r.0 == d) {
                    return Err(format!("second RESIZEDB for db {d}"));
                }
                parsed.resize.push((d, keys, expires));
            }
            opcodes::EXPIRETIME_MS => {
                let b = c.take(8)?;
                expire = Some(i64::from_le_bytes(b.try_into().map_err(|_| "ms")?));
            }
            opcodes::IDLE => {
                c.plain_length()?;
            }
            opcodes::FREQ => {
                c.u8()?;
            }
            opcodes::FUNCTION2 => {
                c.string()?;
            }
            opcodes::EOF => {
                let body = &file[..c.pos];
                let b = c.take(8)?;
                let crc = u64::from_le_bytes(b.try_into().map_err(|_| "crc")?);
                if crc != 0 && crc != crate::rdb::crc64::checksum(body) {
                    return Err("bad checksum".into());
                }
                if c.pos != file.len() {
                    return Err("bytes after the trailer".into());
                }
                return Ok(parsed);
            }
            types::STRING => {
                let d = db.ok_or("key before SELECTDB")?;
                let key = c.string()?;
                let value = c.string()?;
                let contents = parsed.dbs.entry(d).or_default();
                if contents
                    .insert(key.clone(), (value, expire.take()))
                    .is_some()
                {
                    return Err(format!(
                        "key {:?} twice in db {d}",
                        String::from_utf8_lossy(&key)
                    ));
                }
            }
            other => return Err(format!("type {other} not read by the test parser")),
        }
    }
}

/// Every key of `db` with its value and expiry, expired ones included.
pub(crate) fn contents(db: &Db) -> Contents {
    db.iter()
        .map(|(k, v, e)| {
            let bytes = match v {
                Value::Str(s) => s.as_bytes().to_vec(),
                other => other.type_name().as_bytes().to_vec(),
            };
            (k.to_vec(), (bytes, e))
        })
        .collect()
}

fn s(v: &[u8]) -> Value {
    Value::Str(StrValue::new(v))
}

fn options() -> SnapshotOptions {
    SnapshotOptions {
        aux: Aux::default(),
        compression: true,
        checksum: true,
        access: AccessData::None,
        functions: Vec::new(),
        format: Format::Rdb,
    }
}

fn random_value(rng: &mut Rng) -> Vec<u8> {
    match rng.below(4) {
        0 => rng.below(100_000).to_string().into_bytes(),
        1 => vec![b'a' + rng.below(26) as u8; rng.below(8) as usize],
        2 => format!("{:0>40}", rng.below(1_000_000)).into_bytes(),
        _ => (0..rng.below(300)).map(|i| (i % 7) as u8 + b'x').collect(),
    }
}

fn key(rng: &mut Rng, space: u64) -> Vec<u8> {
    let id = rng.below(space);
    if id.is_multiple_of(11) {
        format!("a-much-longer-key-name-past-the-short-header-limit-of-63-bytes:{id}").into_bytes()
    } else {
        format!("k{id}").into_bytes()
    }
}

/// Random databases, a snapshot, and random changes of every kind between slices of
/// random sizes (clears and swaps included): the file holds each database exactly as
/// it was at the start.
#[test]
fn file_is_the_keyspace_at_the_start() {
    point_in_time(Format::Rdb);
}

/// [`file_is_the_keyspace_at_the_start`] for an AOF base of commands.
#[test]
fn command_base_is_the_keyspace_at_the_start() {
    point_in_time(Format::Commands);
}

/// Reads a command-format base of strings (SELECT, SET, PEXPIREAT) back.
fn parse_commands(file: &[u8]) -> Result<Parsed, String> {
    let mut parsed = Parsed::default();
    let mut pos = 0;
    let mut db: Option<usize> = None;
    let line = |pos: &mut usize, lead: u8| -> Result<usize, String> {
        let rest = file.get(*pos..).ok_or("truncated")?;
        let end = rest
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or("no CRLF")?;
        if rest.first() != Some(&lead) {
            return Err(format!("expected {}", lead as char));
        }
        let n = std::str::from_utf8(&rest[1..end])
            .map_err(|e| e.to_string())?
            .parse()
            .map_err(|e: std::num::ParseIntError| e.to_string())?;
        *pos += end + 2;
        Ok(n)
    };
    while pos < file.len() {
        let argc = line(&mut pos, b'*')?;
        let mut args = Vec::new();
        for _ in 0..argc {
            let len = line(&mut pos, b'$')?;
            let arg = file.get(pos..pos + len).ok_or("truncated")?.to_vec();
            if file.get(pos + len..pos + len + 2) != Some(&b"\r\n"[..]) {
                return Err("no CRLF after bulk".into());
            }
            pos += len + 2;
            args.push(arg);
        }
        let text = |a: &[u8]| String::from_utf8_lossy(a).into_owned();
        match args.as_slice() {
            [c, n] if c == b"SELECT" => {
                db = Some(text(n).parse().map_err(|_| "bad db")?);
                parsed.selects += 1;
            }
            [c, k, v] if c == b"SET" => {
                let d = db.ok_or("SET before SELECT")?;
                let prev = parsed
                    .dbs
                    .entry(d)
                    .or_default()
                    .insert(k.clone(), (v.clone(), None));
                if prev.is_some() {
                    return Err(format!("{} written twice", text(k)));
                }
            }
            [c, k, ms] if c == b"PEXPIREAT" => {
                let d = db.ok_or("PEXPIREAT before SELECT")?;
                let e = parsed
                    .dbs
                    .get_mut(&d)
                    .and_then(|c| c.get_mut(k))
                    .ok_or("PEXPIREAT of a key not written")?;
                e.1 = Some(text(ms).parse().map_err(|_| "bad ms")?);
            }
            other => return Err(format!("unexpected command {other:?}")),
        }
    }
    Ok(parsed)
}

fn point_in_time(format: Format) {
    let mut opts = options();
    opts.format = format;
    let seed = crate::testkit::qc_seed();
    let mut rng = Rng::new(seed);
    let runs = std::env::var("QUICKCHECK_TESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    for run in 0..runs {
        let hasher = KeyHasher::new(rng.next_u64(), rng.next_u64());
        let ndbs = 1 + rng.below(4) as usize;
        let mut dbs: Vec<Db> = (0..ndbs).map(|_| Db::new(hasher)).collect();
        let space = 1 + rng.below(3_000);
        let mut now = 1_000_000i64;
        for db in dbs.iter_mut() {
            for _ in 0..rng.below(space) {
                let k = key(&mut rng, space);
                db.set(&k, s(&random_value(&mut rng)));
                if rng.below(4) == 0 {
                    db.set_expire(&k, now - 50 + rng.below(200) as i64);
                }
            }
        }
        let before: Vec<Contents> = dbs.iter().map(contents).collect();
        let (mut snap, mut file) = Snapshot::start(&mut dbs, &opts);
        let budget = Budget {
            bytes: 1 + rng.below(4_000) as usize,
            visits: 1 + rng.below(50) as usize,
        };
        let mut steps = 0;
        while !snap.is_finished() {
            steps += 1;
            assert!(steps < 1_000_000, "run {run}: no end");
            for _ in 0..rng.below(30) {
                let d = rng.below(ndbs as u64) as usize;
                let k = key(&mut rng, space);
                let now_ms = now;
                match rng.below(14) {
                    0 | 1 => dbs[d].set(&k, s(&random_value(&mut rng))),
                    2 => dbs[d].set_keep_ttl(&k, s(&random_value(&mut rng))),
                    3 => {
                        dbs[d].remove(&k);
                    }
                    4 => {
                        let when = (rng.below(2) == 0).then(|| now_ms + rng.below(100) as i64);
                        dbs[d].insert(k.into(), s(&random_value(&mut rng)), when);
                    }
                    5 => {
                        dbs[d].set_expire(&k, now_ms - 20 + rng.below(100) as i64);
                    }
                    6 => {
                        dbs[d].persist(&k);
                    }
                    7 => {
                        if let Some(Value::Str(v)) = dbs[d].get_mut(&k, now_ms) {
                            let mut b = v.as_bytes().to_vec();
                            b.push(b'!');
                            *v = StrValue::new(&b);
                        }
                    }
                    8 => {
                        // Reads: lazy expiry deletes.
                        dbs[d].get(&k, now_ms);
                    }
                    9 => {
                        now += rng.below(30) as i64;
                        dbs[d].active_expire_cycle(now, 4);
                    }
                    10 => {
                        if let Some((name, v, e)) = dbs[d].take(&k) {
                            let to = rng.below(ndbs as u64) as usize;
                            let mut name = name.to_vec();
                            if rng.below(2) == 0 {
                                name.push(b'~');
                            }
                            dbs[to].insert(name.into(), v, e);
                        }
                    }
                    11 if rng.below(40) == 0 => {
                        dbs[d].clear();
                    }
                    12 if rng.below(10) == 0 => {
                        let other = rng.below(ndbs as u64) as usize;
                        dbs.swap(d, other);
                    }
                    13 => {
                        dbs[d].random_key(now_ms, |n| (n / 2).min(n.saturating_sub(1)));
                        dbs[d].evict(&k, rng.below(2) == 0);
                    }
                    _ => {}
                }
            }
            let chunk = snap.slice(&mut dbs, budget).expect("no state lost");
            file.extend_from_slice(&chunk);
        }
        assert!(
            dbs.iter().all(|d| d.snapshot_state().is_none()),
            "run {run}"
        );
        let parsed = match format {
            Format::Rdb => parse_file(&file),
            Format::Commands => parse_commands(&file),
        }
        .unwrap_or_else(|e| panic!("run {run} (seed {seed}): {e}"));
        for (i, want) in before.iter().enumerate() {
            let got = parsed.dbs.get(&i).cloned().unwrap_or_default();
            assert_eq!(
                got.len(),
                want.len(),
                "run {run} (seed {seed}) db {i}: key count"
            );
            assert!(
                got == *want,
                "run {run} (seed {seed}) db {i}: contents differ"
            );
            if !want.is_empty() && format == Format::Rdb {
                let expires = want.values().filter(|(_, e)| e.is_some()).count();
                assert!(
                    parsed.resize.contains(&(i, want.len(), expires)),
                    "run {run}"
                );
            }
        }
        assert_eq!(
            parsed.dbs.len(),
            before.iter().filter(|c| !c.is_empty()).count()
        );
    }
}

/// Without changes, the sliced file is byte for byte the file written at once, and
/// each database is one run.
#[test]
fn sliced_equals_whole_when_nothing_changes() {
    let mut rng = Rng::new(5);
    let hasher = KeyHasher::new(3, 4);
    let mut dbs: Vec<Db> = (0..3).map(|_| Db::new(hasher)).collect();
    for (i, db) in dbs.iter_mut().enumerate() {
        if i == 1 {
            continue;
        }
        for _ in 0..2_000 {
            let k = key(&mut rng, 5_000);
            db.set(&k, s(&random_value(&mut rng)));
        }
    }
    let whole = save_all(&mut dbs, &options());
    let (mut snap, mut file) = Snapshot::start(&mut dbs, &options());
    while !snap.is_finished() {
        let chunk = snap
            .slice(
                &mut dbs,
                Budget {
                    bytes: 100,
                    visits: 3,
                },
            )
            .expect("no state lost");
        file.extend_from_slice(&chunk);
    }
    assert_eq!(file, whole);
    let parsed = parse_file(&file).expect("valid");
    assert_eq!(parsed.selects, 2);
    assert_eq!(parsed.dbs[&0], contents(&dbs[0]));
    assert_eq!(parsed.dbs[&2], contents(&dbs[2]));
    // Checksum off: a zero trailer.
    let mut opts = options();
    opts.checksum = false;
    let plain = save_all(&mut dbs, &opts);
    assert_eq!(&plain[plain.len() - 8..], &[0; 8]);
    assert!(parse_file(&plain).is_ok());
}

/// A database's state replaced under the snapshot is an error, not a short file.
#[test]
fn replaced_databases_fail_the_snapshot() {
    let hasher = KeyHasher::new(1, 1);
    let mut dbs: Vec<Db> = (0..2).map(|_| Db::new(hasher)).collect();
    for i in 0..100 {
        dbs[0].set(format!("k{i}").as_bytes(), s(b"v"));
    }
    let (mut snap, _) = Snapshot::start(&mut dbs, &options());
    dbs[0] = Db::new(hasher);
    assert_eq!(snap.slice(&mut dbs, Budget::UNLIMITED), Err(LostState));
}

/// The hook's bookkeeping stays small: keys changed behind the mark are not
/// remembered, and everything is freed at the end.
#[test]
fn hooks_only_remember_keys_ahead_of_the_scan() {
    let hasher = KeyHasher::new(9, 9);
    let mut dbs = vec![Db::new(hasher)];
    for i in 0..5_000 {
        dbs[0].set(format!("k{i}").as_bytes(), s(b"v"));
    }
    let (mut snap, _) = Snapshot::start(&mut dbs, &options());
    let budget = Budget {
        bytes: usize::MAX,
        visits: 2_500,
    };
    let _ = snap.slice(&mut dbs, budget);
    let state = dbs[0].snapshot_state().expect("running");
    let mark = state.mark;
    let ahead = (0..5_000)
        .filter(|i| scan_position(hasher.hash(format!("k{i}").as_bytes())) >= mark)
        .count();
    for i in 0..5_000 {
        dbs[0].set(format!("k{i}").as_bytes(), s(b"w"));
    }
    let state = dbs[0].snapshot_state().expect("running");
    assert_eq!(state.handled.len(), ahead);
    assert!(state.extra_memory() > 0);
    while !snap.is_finished() {
        let _ = snap.slice(&mut dbs, budget);
    }
    assert!(dbs[0].snapshot_state().is_none());
    assert_eq!(snap.keys_written(&dbs), 5_000);
}
