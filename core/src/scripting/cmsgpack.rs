//! The `cmsgpack` library (lua-cmsgpack as Redis bundles it) in Rust: `pack(...)`
//! and `unpack(bytes)` with its encoding choices (smallest integer form, float32 when
//! exact, str8 for short strings, a table is an array when its keys are exactly
//! 1..n, nesting past 16 levels packed as nil). Both return `(failed, ...)` for the
//! trampoline wrapper the prelude puts around them.

use mlua::{Lua, MultiValue, Table, Value};

/// lua-cmsgpack's `LUACMSGPACK_MAX_NESTING`: deeper tables pack as nil.
const MAX_NESTING: usize = 16;
/// How deep `unpack` follows nested arrays and maps before calling the input bad
/// (`pack` never nests past 16; this bounds the recursion on hostile input).
const MAX_UNPACK_DEPTH: usize = 100;

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(*i as f64),
        Value::Number(n) => Some(*n),
        _ => None,
    }
}

fn int_equivalent(n: f64) -> bool {
    n.is_finite() && (n as i64) as f64 == n
}

fn encode_int(out: &mut Vec<u8>, n: i64) {
    if n >= 0 {
        if n <= 127 {
            out.push(n as u8);
        } else if n <= 0xff {
            out.extend_from_slice(&[0xcc, n as u8]);
        } else if n <= 0xffff {
            out.push(0xcd);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        } else if n <= 0xffff_ffff {
            out.push(0xce);
            out.extend_from_slice(&(n as u32).to_be_bytes());
        } else {
            out.push(0xcf);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    } else if n >= -32 {
        out.push(n as i8 as u8);
    } else if n >= -128 {
        out.extend_from_slice(&[0xd0, n as i8 as u8]);
    } else if n >= -32768 {
        out.push(0xd1);
        out.extend_from_slice(&(n as i16).to_be_bytes());
    } else if n >= -2_147_483_648 {
        out.push(0xd2);
        out.extend_from_slice(&(n as i32).to_be_bytes());
    } else {
        out.push(0xd3);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

fn encode_number(out: &mut Vec<u8>, n: f64) {
    if int_equivalent(n) {
        encode_int(out, n as i64);
    } else if f64::from(n as f32) == n || n.is_nan() {
        out.push(0xca);
        out.extend_from_slice(&(n as f32).to_be_bytes());
    } else {
        out.push(0xcb);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

fn encode_len(out: &mut Vec<u8>, len: usize, fix: u8, fix_max: usize, tags: [u8; 3]) {
    if len <= fix_max {
        out.push(fix | len as u8);
    } else if tags[0] != 0 && len <= 0xff {
        out.extend_from_slice(&[tags[0], len as u8]);
    } else if len <= 0xffff {
        out.push(tags[1]);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(tags[2]);
        out.extend_from_slice(&(len as u32).to_be_bytes());
    }
}

/// lua-cmsgpack's `table_is_an_array`: the length when the keys are exactly 1..n.
fn array_len(t: &Table) -> mlua::Result<Option<usize>> {
    let (mut max, mut count) = (0f64, 0f64);
    for pair in t.pairs::<Value, Value>() {
        let (k, _) = pair?;
        match number(&k) {
            Some(n) if n > 0.0 && int_equivalent(n) => {
                max = max.max(n);
                count += 1.0;
            }
            _ => return Ok(None),
        }
    }
    Ok((max == count).then_some(max as usize))
}

fn encode(out: &mut Vec<u8>, v: &Value, level: usize) -> mlua::Result<()> {
    match v {
        Value::Boolean(b) => out.push(if *b { 0xc3 } else { 0xc2 }),
        Value::Integer(_) | Value::Number(_) => encode_number(out, number(v).unwrap_or(0.0)),
        Value::String(s) => {
            let s = s.as_bytes();
            encode_len(out, s.len(), 0xa0, 31, [0xd9, 0xda, 0xdb]);
            out.extend_from_slice(&s);
        }
        Value::Table(t) if level < MAX_NESTING => match array_len(t)? {
            Some(len) => {
                encode_len(out, len, 0x90, 15, [0, 0xdc, 0xdd]);
                for i in 1..=len {
                    let item: Value = t.raw_get(i)?;
                    encode(out, &item, level + 1)?;
                }
            }
            None => {
                let pairs: Vec<(Value, Value)> = t.pairs().collect::<mlua::Result<_>>()?;
                encode_len(out, pairs.len(), 0x80, 15, [0, 0xde, 0xdf]);
                for (k, val) in &pairs {
                    encode(out, k, level + 1)?;
                    encode(out, val, level + 1)?;
                }
            }
        },
        _ => out.push(0xc0),
    }
    Ok(())
}

/// `cmsgpack.pack(...)`: the values packed one after the other.
pub fn pack(values: &MultiValue) -> mlua::Result<Vec<u8>> {
    let mut out = Vec::new();
    for v in values {
        encode(&mut out, v, 0)?;
    }
    Ok(out)
}

/// Why unpacking stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum UnpackError {
    /// The input ends inside an object.
    Missing,
    /// A byte no MessagePack object starts with (or nesting too deep).
    Bad,
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], UnpackError> {
        let end = self.pos.checked_add(n).ok_or(UnpackError::Missing)?;
        let s = self.buf.get(self.pos..end).ok_or(UnpackError::Missing)?;
        self.pos = end;
        Ok(s)
    }

    fn be(&mut self, n: usize) -> Result<u64, UnpackError> {
        Ok(self
            .take(n)?
            .iter()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
    }

    fn value(&mut self, lua: &Lua, depth: usize) -> Result<mlua::Result<Value>, UnpackError> {
        if depth > MAX_UNPACK_DEPTH {
            return Err(UnpackError::Bad);
        }
        let tag = self.take(1)?[0];
        let num = |n: f64| Ok(Ok(Value::Number(n)));
        match tag {
            0x00..=0x7f => num(f64::from(tag)),
            0xe0..=0xff => num(f64::from(tag as i8)),
            0xc0 => Ok(Ok(Value::Nil)),
            0xc2 => Ok(Ok(Value::Boolean(false))),
            0xc3 => Ok(Ok(Value::Boolean(true))),
            0xcc => num(self.be(1)? as f64),
            0xcd => num(self.be(2)? as f64),
            0xce => num(self.be(4)? as f64),
            0xcf => num(self.be(8)? as f64),
            0xd0 => num(f64::from(self.be(1)? as u8 as i8)),
            0xd1 => num(f64::from(self.be(2)? as u16 as i16)),
            0xd2 => num(f64::from(self.be(4)? as u32 as i32)),
            0xd3 => num(self.be(8)? as i64 as f64),
            0xca => num(f64::from(f32::from_bits(self.be(4)? as u32))),
            0xcb => num(f64::from_bits(self.be(8)?)),
            0xa0..=0xbf | 0xd9 | 0xda | 0xdb | 0xc4 | 0xc5 | 0xc6 => {
                let len = match tag {
                    0xa0..=0xbf => u64::from(tag & 0x1f),
                    0xd9 | 0xc4 => self.be(1)?,
                    0xda | 0xc5 => self.be(2)?,
                    _ => self.be(4)?,
                };
                let bytes = self.take(usize::try_from(len).map_err(|_| UnpackError::Missing)?)?;
                Ok(lua.create_string(bytes).map(Value::String))
            }
            0x90..=0x9f | 0xdc | 0xdd | 0x80..=0x8f | 0xde | 0xdf => {
                let is_map = matches!(tag, 0x80..=0x8f | 0xde | 0xdf);
                let len = match tag {
                    0x80..=0x9f => u64::from(tag & 0x0f),
                    0xdc | 0xde => self.be(2)?,
                    _ => self.be(4)?,
                };
                let t = match lua.create_table() {
                    Ok(t) => t,
                    Err(e) => return Ok(Err(e)),
                };
                for i in 1..=len {
                    if is_map {
                        let k = self.value(lua, depth + 1)?;
                        let v = self.value(lua, depth + 1)?;
                        let set = k.and_then(|k| {
                            v.and_then(|v| if k.is_nil() { Ok(()) } else { t.raw_set(k, v) })
                        });
                        if let Err(e) = set {
                            return Ok(Err(e));
                        }
                    } else {
                        let v = self.value(lua, depth + 1)?;
                        if let Err(e) = v.and_then(|v| t.raw_set(i, v)) {
                            return Ok(Err(e));
                        }
                    }
                }
                Ok(Ok(Value::Table(t)))
            }
            _ => Err(UnpackError::Bad),
        }
    }
}

/// `cmsgpack.unpack(bytes)`: every object in `bytes`, in order.
pub fn unpack(lua: &Lua, bytes: &[u8]) -> Result<mlua::Result<Vec<Value>>, UnpackError> {
    let mut r = Reader { buf: bytes, pos: 0 };
    let mut values = Vec::new();
    while r.pos < bytes.len() {
        match r.value(lua, 0)? {
            Ok(v) => values.push(v),
            Err(e) => return Ok(Err(e)),
        }
    }
    Ok(Ok(values))
}

/// The implementations behind the prelude's `cmsgpack` table: each returns `failed`
/// first, then the results or the error message.
pub fn create(lua: &Lua) -> mlua::Result<Table> {
    let t = lua.create_table()?;
    t.raw_set(
        "pack",
        lua.create_function(|lua, values: MultiValue| {
            if values.is_empty() {
                let msg =
                    lua.create_string("bad argument #0 to 'pack' (MessagePack pack needs input.)")?;
                return Ok((true, Value::String(msg)));
            }
            let bytes = pack(&values)?;
            Ok((false, Value::String(lua.create_string(bytes)?)))
        })?,
    )?;
    t.raw_set(
        "unpack",
        lua.create_function(|lua, v: Value| {
            let Some(s) = lua.coerce_string(v)? else {
                let msg = lua
                    .create_string("bad argument #1 to 'unpack' (string expected, got no value)")?;
                return Ok(MultiValue::from_vec(vec![
                    Value::Boolean(true),
                    Value::String(msg),
                ]));
            };
            let bytes = s.as_bytes().to_vec();
            match unpack(lua, &bytes) {
                Ok(values) => {
                    let mut out = vec![Value::Boolean(false)];
                    out.extend(values?);
                    Ok(MultiValue::from_vec(out))
                }
                Err(e) => {
                    let msg = match e {
                        UnpackError::Missing => "Missing bytes in input.",
                        UnpackError::Bad => "Bad data format in input.",
                    };
                    Ok(MultiValue::from_vec(vec![
                        Value::Boolean(true),
                        Value::String(lua.create_string(msg)?),
                    ]))
                }
            }
        })?,
    )?;
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_as_lua_cmsgpack() {
        let lua = Lua::new();
        let pack_of = |code: &str| {
            let v: MultiValue = lua.load(code).eval().unwrap();
            pack(&v).unwrap()
        };
        assert_eq!(
            pack_of("return 1, -1, 200, -200, 70000"),
            [
                0x01, 0xff, 0xcc, 200, 0xd1, 0xff, 0x38, 0xce, 0, 1, 0x11, 0x70
            ]
        );
        assert_eq!(pack_of("return 1.5"), [0xca, 0x3f, 0xc0, 0, 0]);
        assert_eq!(pack_of("return {1, 2}"), [0x92, 1, 2]);
        assert_eq!(pack_of("return {}"), [0x90]);
        assert_eq!(pack_of("return {a = true}"), [0x81, 0xa1, b'a', 0xc3]);
        assert_eq!(pack_of("return nil"), [0xc0]);
    }

    #[test]
    fn unpack_rejects_short_and_bad_input() {
        let lua = Lua::new();
        assert_eq!(unpack(&lua, &[0xcd, 1]).err(), Some(UnpackError::Missing));
        assert_eq!(unpack(&lua, &[0xc1]).err(), Some(UnpackError::Bad));
        assert_eq!(
            unpack(&lua, &[0xdd, 0xff, 0xff, 0xff, 0xff]).err(),
            Some(UnpackError::Missing)
        );
        let deep = vec![0x91u8; 5000];
        assert_eq!(unpack(&lua, &deep).err(), Some(UnpackError::Bad));
        let values = unpack(&lua, &[0x92, 1, 0xa1, b'x', 0xc3]).unwrap().unwrap();
        assert_eq!(values.len(), 2);
    }
}
