//! The `struct` library (Roberto Ierusalimschy's struct 0.2, which Redis bundles) in
//! Rust: `pack(fmt, ...)`, `unpack(fmt, data [, init])` and `size(fmt)` with its
//! format options (`<` `>` `=` `!n` `x` `b` `B` `h` `H` `l` `L` `T` `i[n]` `I[n]`
//! `c[n]` `s` `f` `d`) and error texts. Each returns `(failed, ...)` for the
//! trampoline wrapper the prelude puts around it.

use mlua::{Lua, MultiValue, Value};

/// struct's `MAXINTSIZE`.
const MAX_INT_SIZE: usize = 32;
/// The platform's maximum alignment (x86-64).
const MAX_ALIGN: usize = 8;

/// A format's running state: byte order and alignment.
struct Header {
    little: bool,
    align: usize,
}

/// One parsed option.
struct Opt {
    code: u8,
    size: usize,
}

fn digits(fmt: &[u8], i: &mut usize, default: usize) -> usize {
    if !fmt.get(*i).is_some_and(u8::is_ascii_digit) {
        return default;
    }
    let mut n = 0usize;
    while let Some(d) = fmt.get(*i).filter(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(usize::from(d - b'0'));
        *i += 1;
    }
    n
}

/// The next option of `fmt` from `i` (header options applied to `h`), or an error.
fn next_opt(fmt: &[u8], i: &mut usize, h: &mut Header, fname: &str) -> Result<Option<Opt>, String> {
    while let Some(&c) = fmt.get(*i) {
        *i += 1;
        let size = match c {
            b' ' => continue,
            b'>' => {
                h.little = false;
                continue;
            }
            b'<' | b'=' => {
                h.little = true;
                continue;
            }
            b'!' => {
                let a = digits(fmt, i, MAX_ALIGN);
                if !a.is_power_of_two() {
                    return Err(format!("alignment {a} is not a power of 2"));
                }
                h.align = a;
                continue;
            }
            b'x' | b'b' | b'B' => 1,
            b'h' | b'H' => 2,
            b'l' | b'L' | b'T' | b'd' => 8,
            b'f' => 4,
            b's' => 0,
            b'c' => digits(fmt, i, 1),
            b'i' | b'I' => {
                let n = digits(fmt, i, 4);
                if n > MAX_INT_SIZE {
                    return Err(format!(
                        "integral size {n} is larger than limit of {MAX_INT_SIZE}"
                    ));
                }
                n
            }
            other => {
                return Err(format!(
                    "bad argument #1 to '{fname}' (invalid format option '{}')",
                    other as char
                ));
            }
        };
        return Ok(Some(Opt { code: c, size }));
    }
    Ok(None)
}

/// Padding before an option of `size` at offset `len`.
fn to_align(len: usize, h: &Header, opt: &Opt) -> usize {
    if opt.size == 0 || opt.code == b'c' {
        return 0;
    }
    let size = opt.size.min(h.align);
    (size - (len & (size - 1))) & (size - 1)
}

fn number(v: Option<&Value>, arg: usize) -> Result<f64, String> {
    match v {
        Some(Value::Integer(i)) => Ok(*i as f64),
        Some(Value::Number(n)) => Ok(*n),
        Some(Value::String(s)) => std::str::from_utf8(&s.as_bytes())
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .ok_or_else(|| format!("bad argument #{arg} to 'pack' (number expected, got string)")),
        other => Err(format!(
            "bad argument #{arg} to 'pack' (number expected, got {})",
            other.map_or("no value", |v| v.type_name())
        )),
    }
}

fn put_int(out: &mut Vec<u8>, v: i64, size: usize, little: bool) {
    let mut bytes = vec![if v < 0 { 0xffu8 } else { 0 }; size];
    let raw = v.to_le_bytes();
    for (i, b) in bytes.iter_mut().enumerate().take(8) {
        *b = raw[i];
    }
    if !little {
        bytes.reverse();
    }
    out.extend_from_slice(&bytes);
}

/// `struct.pack(fmt, ...)`.
pub fn pack(fmt: &[u8], args: &[Value]) -> Result<Vec<u8>, String> {
    let mut h = Header {
        little: true,
        align: 1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut arg = 0usize;
    while let Some(opt) = next_opt(fmt, &mut i, &mut h, "pack")? {
        let pad = to_align(out.len(), &h, &opt);
        out.resize(out.len() + pad, 0);
        match opt.code {
            b'x' => out.push(0),
            b'b' | b'B' | b'h' | b'H' | b'l' | b'L' | b'T' | b'i' | b'I' => {
                let n = number(args.get(arg), arg + 2)?;
                arg += 1;
                let v = if opt.code.is_ascii_lowercase() {
                    n as i64
                } else {
                    n as u64 as i64
                };
                put_int(&mut out, v, opt.size, h.little);
            }
            b'f' => {
                let n = number(args.get(arg), arg + 2)? as f32;
                arg += 1;
                let b = if h.little {
                    n.to_le_bytes()
                } else {
                    n.to_be_bytes()
                };
                out.extend_from_slice(&b);
            }
            b'd' => {
                let n = number(args.get(arg), arg + 2)?;
                arg += 1;
                let b = if h.little {
                    n.to_le_bytes()
                } else {
                    n.to_be_bytes()
                };
                out.extend_from_slice(&b);
            }
            b'c' | b's' => {
                let s = match args.get(arg) {
                    Some(Value::String(s)) => s.as_bytes().to_vec(),
                    Some(Value::Integer(n)) => n.to_string().into_bytes(),
                    Some(Value::Number(n)) => n.to_string().into_bytes(),
                    other => {
                        return Err(format!(
                            "bad argument #{} to 'pack' (string expected, got {})",
                            arg + 2,
                            other.map_or("no value", |v| v.type_name())
                        ));
                    }
                };
                arg += 1;
                if opt.code == b's' {
                    out.extend_from_slice(&s);
                    out.push(0);
                } else {
                    let size = if opt.size == 0 { s.len() } else { opt.size };
                    if s.len() < size {
                        return Err(format!(
                            "bad argument #{} to 'pack' (string too short)",
                            arg + 1
                        ));
                    }
                    out.extend_from_slice(&s[..size]);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// `struct.unpack(fmt, data [, init])`: the values, then the next position.
pub fn unpack(lua: &Lua, fmt: &[u8], data: &[u8], init: usize) -> Result<Vec<Value>, String> {
    let mut h = Header {
        little: true,
        align: 1,
    };
    let too_short = || "bad argument #2 to 'unpack' (data string too short)".to_string();
    let mut pos = init.saturating_sub(1);
    if pos > data.len() {
        return Err("bad argument #3 to 'unpack' (offset must be 1 or greater)".into());
    }
    let mut values: Vec<Value> = Vec::new();
    let mut i = 0;
    let lua_err = |e: mlua::Error| e.to_string();
    while let Some(opt) = next_opt(fmt, &mut i, &mut h, "unpack")? {
        pos += to_align(pos, &h, &opt);
        match opt.code {
            b'x' => pos += 1,
            b'b' | b'B' | b'h' | b'H' | b'l' | b'L' | b'T' | b'i' | b'I' => {
                let bytes = data.get(pos..pos + opt.size).ok_or_else(too_short)?;
                let mut raw = [0u8; 8];
                let take = opt.size.min(8);
                if h.little {
                    raw[..take].copy_from_slice(&bytes[..take]);
                } else {
                    for (k, b) in bytes.iter().rev().take(take).enumerate() {
                        raw[k] = *b;
                    }
                }
                let mut v = u64::from_le_bytes(raw);
                let signed = opt.code.is_ascii_lowercase();
                if signed && take < 8 && v & (1 << (take * 8 - 1)) != 0 {
                    v |= !0u64 << (take * 8);
                }
                let n = if signed { v as i64 as f64 } else { v as f64 };
                values.push(Value::Number(n));
                pos += opt.size;
            }
            b'f' => {
                let b: [u8; 4] = data
                    .get(pos..pos + 4)
                    .and_then(|s| s.try_into().ok())
                    .ok_or_else(too_short)?;
                let n = if h.little {
                    f32::from_le_bytes(b)
                } else {
                    f32::from_be_bytes(b)
                };
                values.push(Value::Number(f64::from(n)));
                pos += 4;
            }
            b'd' => {
                let b: [u8; 8] = data
                    .get(pos..pos + 8)
                    .and_then(|s| s.try_into().ok())
                    .ok_or_else(too_short)?;
                let n = if h.little {
                    f64::from_le_bytes(b)
                } else {
                    f64::from_be_bytes(b)
                };
                values.push(Value::Number(n));
                pos += 8;
            }
            b'c' => {
                let mut size = opt.size;
                if size == 0 {
                    match values.pop() {
                        Some(Value::Number(n)) if n >= 0.0 => size = n as usize,
                        _ => return Err("format 'c0' needs a previous size".into()),
                    }
                }
                let s = data
                    .get(pos..pos.saturating_add(size))
                    .ok_or_else(too_short)?;
                values.push(Value::String(lua.create_string(s).map_err(lua_err)?));
                pos += size;
            }
            b's' => {
                let rest = data.get(pos..).unwrap_or(&[]);
                let end = rest
                    .iter()
                    .position(|&c| c == 0)
                    .ok_or_else(|| "unfinished string in data".to_string())?;
                values.push(Value::String(
                    lua.create_string(&rest[..end]).map_err(lua_err)?,
                ));
                pos += end + 1;
            }
            _ => {}
        }
    }
    values.push(Value::Number((pos + 1) as f64));
    Ok(values)
}

/// `struct.size(fmt)`.
pub fn size(fmt: &[u8]) -> Result<usize, String> {
    let mut h = Header {
        little: true,
        align: 1,
    };
    let mut i = 0;
    let mut pos = 0usize;
    while let Some(opt) = next_opt(fmt, &mut i, &mut h, "size")? {
        pos += to_align(pos, &h, &opt);
        if opt.code == b's' {
            return Err("bad argument #1 to 'size' (option 's' has no fixed size)".into());
        }
        if opt.code == b'c' && opt.size == 0 {
            return Err("bad argument #1 to 'size' (option 'c0' has no fixed size)".into());
        }
        pos += opt.size;
    }
    Ok(pos)
}

fn bytes_arg(lua: &Lua, v: Option<Value>) -> mlua::Result<Option<Vec<u8>>> {
    match v {
        Some(v) => Ok(lua.coerce_string(v)?.map(|s| s.as_bytes().to_vec())),
        None => Ok(None),
    }
}

fn result(lua: &Lua, r: Result<Vec<Value>, String>) -> mlua::Result<MultiValue> {
    Ok(match r {
        Ok(values) => {
            let mut out = vec![Value::Boolean(false)];
            out.extend(values);
            MultiValue::from_vec(out)
        }
        Err(e) => MultiValue::from_vec(vec![
            Value::Boolean(true),
            Value::String(lua.create_string(e)?),
        ]),
    })
}

/// The implementations behind the prelude's `struct` table.
pub fn create(lua: &Lua) -> mlua::Result<mlua::Table> {
    let t = lua.create_table()?;
    t.raw_set(
        "pack",
        lua.create_function(|lua, args: MultiValue| {
            let mut args = args.into_iter();
            let Some(fmt) = bytes_arg(lua, args.next())? else {
                return result(
                    lua,
                    Err("bad argument #1 to 'pack' (string expected, got no value)".into()),
                );
            };
            let rest: Vec<Value> = args.collect();
            let r = pack(&fmt, &rest).and_then(|b| {
                lua.create_string(b)
                    .map(|s| vec![Value::String(s)])
                    .map_err(|e| e.to_string())
            });
            result(lua, r)
        })?,
    )?;
    t.raw_set(
        "unpack",
        lua.create_function(|lua, args: MultiValue| {
            let mut args = args.into_iter();
            let fmt = bytes_arg(lua, args.next())?;
            let data = bytes_arg(lua, args.next())?;
            let (Some(fmt), Some(data)) = (fmt, data) else {
                return result(
                    lua,
                    Err("bad argument #2 to 'unpack' (string expected, got no value)".into()),
                );
            };
            let init = match args.next() {
                Some(Value::Integer(i)) => i.max(1) as usize,
                Some(Value::Number(n)) => n.max(1.0) as usize,
                _ => 1,
            };
            result(lua, unpack(lua, &fmt, &data, init))
        })?,
    )?;
    t.raw_set(
        "size",
        lua.create_function(|lua, fmt: Value| {
            let Some(fmt) = bytes_arg(lua, Some(fmt))? else {
                return result(
                    lua,
                    Err("bad argument #1 to 'size' (string expected, got no value)".into()),
                );
            };
            result(lua, size(&fmt).map(|n| vec![Value::Number(n as f64)]))
        })?,
    )?;
    Ok(t)
}
