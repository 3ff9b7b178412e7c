//! The `cjson` library (lua-cjson 2.1.0 as Redis bundles it) in Rust: `encode`
//! and `decode` with lua-cjson's defaults (numbers as `%.14g`, `/` escaped,
//! sparse arrays refused, nesting limited to 1000, `null` as `cjson.null`) and its
//! error texts. Both return `(false, result)` or `(true, message)` for the trampoline
//! wrapper the prelude puts around them (see `trampoline.rs`).

use mlua::{LightUserData, Lua, Table, Value};

use crate::util::number::write_f64_g;

/// lua-cjson's nesting limit for both directions.
const MAX_DEPTH: usize = 1000;
/// `encode_sparse_array` defaults: ratio 2, safe 10.
const SPARSE_RATIO: f64 = 2.0;
const SPARSE_SAFE: f64 = 10.0;

/// `cjson.null`: a light userdata holding NULL.
pub fn null() -> Value {
    Value::LightUserData(LightUserData(std::ptr::null_mut()))
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Nil => "nil",
        Value::Boolean(_) => "boolean",
        Value::Integer(_) | Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Table(_) => "table",
        Value::Function(_) => "function",
        Value::Thread(_) => "thread",
        Value::LightUserData(_) | Value::UserData(_) => "userdata",
        _ => "userdata",
    }
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(*i as f64),
        Value::Number(n) => Some(*n),
        _ => None,
    }
}

/// `cjson.encode(value)`: the JSON text, or lua-cjson's error message.
pub fn encode(value: &Value) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    encode_value(value, &mut out, 0)?;
    Ok(out)
}

fn encode_number(n: f64, out: &mut Vec<u8>) -> Result<(), String> {
    if !n.is_finite() {
        return Err("Cannot serialise number: must not be NaN or Inf".into());
    }
    write_f64_g(out, n, 14);
    Ok(())
}

fn encode_string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &c in s {
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'/' => out.extend_from_slice(b"\\/"),
            b'\x08' => out.extend_from_slice(b"\\b"),
            b'\x0c' => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f | 0x7f => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
            _ => out.push(c),
        }
    }
    out.push(b'"');
}

/// lua-cjson's `lua_array_length`: the array length of `t`, or `None` when it is not
/// an array (a non-integer key), or the sparse-array error.
fn array_length(t: &Table) -> Result<Option<usize>, String> {
    let (mut max, mut items) = (0f64, 0f64);
    for pair in t.pairs::<Value, Value>() {
        let (k, _) = pair.map_err(|e| e.to_string())?;
        match number(&k) {
            Some(n) if n >= 1.0 && n.floor() == n => {
                if n > max {
                    max = n;
                }
                items += 1.0;
            }
            _ => return Ok(None),
        }
    }
    if max > items * SPARSE_RATIO && max > SPARSE_SAFE {
        return Err("Cannot serialise table: excessively sparse array".into());
    }
    Ok(Some(max as usize))
}

fn encode_value(value: &Value, out: &mut Vec<u8>, depth: usize) -> Result<(), String> {
    match value {
        Value::String(s) => encode_string(&s.as_bytes(), out),
        Value::Integer(_) | Value::Number(_) => encode_number(number(value).unwrap_or(0.0), out)?,
        Value::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Nil => out.extend_from_slice(b"null"),
        Value::LightUserData(p) if p.0.is_null() => out.extend_from_slice(b"null"),
        Value::Table(t) => {
            let depth = depth + 1;
            if depth > MAX_DEPTH {
                return Err(format!("Cannot serialise, excessive nesting ({depth})"));
            }
            match array_length(t)? {
                Some(len) if len > 0 => {
                    out.push(b'[');
                    for i in 1..=len {
                        if i > 1 {
                            out.push(b',');
                        }
                        let v: Value = t.raw_get(i).map_err(|e| e.to_string())?;
                        encode_value(&v, out, depth)?;
                    }
                    out.push(b']');
                }
                _ => {
                    out.push(b'{');
                    let mut first = true;
                    for pair in t.pairs::<Value, Value>() {
                        let (k, v) = pair.map_err(|e| e.to_string())?;
                        if !first {
                            out.push(b',');
                        }
                        first = false;
                        match &k {
                            Value::String(s) => encode_string(&s.as_bytes(), out),
                            Value::Integer(_) | Value::Number(_) => {
                                out.push(b'"');
                                encode_number(number(&k).unwrap_or(0.0), out)?;
                                out.push(b'"');
                            }
                            other => {
                                return Err(format!(
                                    "Cannot serialise {}: table key must be a number or string",
                                    type_name(other)
                                ));
                            }
                        }
                        out.push(b':');
                        encode_value(&v, out, depth)?;
                    }
                    out.push(b'}');
                }
            }
        }
        other => {
            return Err(format!(
                "Cannot serialise {}: type not supported",
                type_name(other)
            ));
        }
    }
    Ok(())
}

/// A token of the JSON text, as lua-cjson names them in its errors.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    ObjBegin,
    ObjEnd,
    ArrBegin,
    ArrEnd,
    Str(Vec<u8>),
    Number(f64),
    Boolean(bool),
    Null,
    Colon,
    Comma,
    End,
    /// An invalid token, with lua-cjson's description of it.
    Error(&'static str),
}

impl Token {
    fn name(&self) -> &'static str {
        match self {
            Token::ObjBegin => "T_OBJ_BEGIN",
            Token::ObjEnd => "T_OBJ_END",
            Token::ArrBegin => "T_ARR_BEGIN",
            Token::ArrEnd => "T_ARR_END",
            Token::Str(_) => "T_STRING",
            Token::Number(_) => "T_NUMBER",
            Token::Boolean(_) => "T_BOOLEAN",
            Token::Null => "T_NULL",
            Token::Colon => "T_COLON",
            Token::Comma => "T_COMMA",
            Token::End => "T_END",
            Token::Error(e) => e,
        }
    }
}

struct Decoder<'a> {
    text: &'a [u8],
    pos: usize,
    depth: usize,
}

fn hex4(s: &[u8]) -> Option<u32> {
    let s = std::str::from_utf8(s.get(..4)?).ok()?;
    u32::from_str_radix(s, 16).ok()
}

fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    if let Some(c) = char::from_u32(cp) {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
}

impl Decoder<'_> {
    /// The next token and the index where it starts.
    fn next(&mut self) -> (Token, usize) {
        while matches!(self.text.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
        let start = self.pos;
        let Some(&c) = self.text.get(self.pos) else {
            return (Token::End, start);
        };
        let single = |t| (t, start);
        match c {
            b'{' => {
                self.pos += 1;
                single(Token::ObjBegin)
            }
            b'}' => {
                self.pos += 1;
                single(Token::ObjEnd)
            }
            b'[' => {
                self.pos += 1;
                single(Token::ArrBegin)
            }
            b']' => {
                self.pos += 1;
                single(Token::ArrEnd)
            }
            b',' => {
                self.pos += 1;
                single(Token::Comma)
            }
            b':' => {
                self.pos += 1;
                single(Token::Colon)
            }
            b'"' => (self.string(), start),
            b'-' | b'0'..=b'9' => {
                let end = self.text[start..]
                    .iter()
                    .position(|c| !matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                    .map_or(self.text.len(), |n| start + n);
                let parsed = std::str::from_utf8(&self.text[start..end])
                    .ok()
                    .and_then(|s| s.parse::<f64>().ok());
                self.pos = end;
                match parsed {
                    Some(n) => (Token::Number(n), start),
                    None => (Token::Error("invalid number"), start),
                }
            }
            _ => {
                for (word, token) in [
                    (&b"true"[..], Token::Boolean(true)),
                    (b"false", Token::Boolean(false)),
                    (b"null", Token::Null),
                ] {
                    if self.text[start..].starts_with(word) {
                        self.pos += word.len();
                        return (token, start);
                    }
                }
                (Token::Error("invalid token"), start)
            }
        }
    }

    fn string(&mut self) -> Token {
        let mut out = Vec::new();
        self.pos += 1;
        loop {
            let Some(&c) = self.text.get(self.pos) else {
                return Token::Error("unexpected end of string");
            };
            self.pos += 1;
            match c {
                b'"' => return Token::Str(out),
                b'\\' => {
                    let Some(&e) = self.text.get(self.pos) else {
                        return Token::Error("unexpected end of string");
                    };
                    self.pos += 1;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let Some(hi) = hex4(&self.text[self.pos..]) else {
                                return Token::Error("invalid unicode escape code");
                            };
                            self.pos += 4;
                            let mut cp = hi;
                            if (0xD800..0xDC00).contains(&hi) {
                                let rest = &self.text[self.pos..];
                                let lo = rest
                                    .strip_prefix(b"\\u")
                                    .and_then(hex4)
                                    .filter(|lo| (0xDC00..0xE000).contains(lo));
                                let Some(lo) = lo else {
                                    return Token::Error("invalid unicode escape code");
                                };
                                self.pos += 6;
                                cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            } else if (0xDC00..0xE000).contains(&hi) {
                                return Token::Error("invalid unicode escape code");
                            }
                            push_utf8(&mut out, cp);
                        }
                        _ => return Token::Error("invalid escape code"),
                    }
                }
                _ => out.push(c),
            }
        }
    }

    fn fail(&self, expected: &str, token: &Token, at: usize) -> String {
        format!(
            "Expected {expected} but found {} at character {}",
            token.name(),
            at + 1
        )
    }

    fn value(&mut self, lua: &Lua, token: Token, at: usize) -> Result<Value, String> {
        let lua_err = |e: mlua::Error| e.to_string();
        Ok(match token {
            Token::Str(s) => Value::String(lua.create_string(&s).map_err(lua_err)?),
            Token::Number(n) => Value::Number(n),
            Token::Boolean(b) => Value::Boolean(b),
            Token::Null => null(),
            Token::ObjBegin | Token::ArrBegin => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(format!(
                        "Found too many nested data structures ({}) at character {}",
                        self.depth,
                        at + 1
                    ));
                }
                let t = lua.create_table().map_err(lua_err)?;
                if token == Token::ObjBegin {
                    self.object(lua, &t)?;
                } else {
                    self.array(lua, &t)?;
                }
                self.depth -= 1;
                Value::Table(t)
            }
            other => return Err(self.fail("value", &other, at)),
        })
    }

    fn object(&mut self, lua: &Lua, t: &Table) -> Result<(), String> {
        let (mut token, mut at) = self.next();
        if token == Token::ObjEnd {
            return Ok(());
        }
        loop {
            let Token::Str(key) = token else {
                return Err(self.fail("object key string", &token, at));
            };
            let (colon, cat) = self.next();
            if colon != Token::Colon {
                return Err(self.fail("colon", &colon, cat));
            }
            let (vt, vat) = self.next();
            let v = self.value(lua, vt, vat)?;
            let key = lua.create_string(&key).map_err(|e| e.to_string())?;
            t.raw_set(key, v).map_err(|e| e.to_string())?;
            let (sep, sat) = self.next();
            match sep {
                Token::ObjEnd => return Ok(()),
                Token::Comma => (token, at) = self.next(),
                other => return Err(self.fail("comma or object end", &other, sat)),
            }
        }
    }

    fn array(&mut self, lua: &Lua, t: &Table) -> Result<(), String> {
        let (mut token, mut at) = self.next();
        if token == Token::ArrEnd {
            return Ok(());
        }
        for i in 1.. {
            let v = self.value(lua, token, at)?;
            t.raw_set(i, v).map_err(|e| e.to_string())?;
            let (sep, sat) = self.next();
            match sep {
                Token::ArrEnd => return Ok(()),
                Token::Comma => (token, at) = self.next(),
                other => return Err(self.fail("comma or array end", &other, sat)),
            }
        }
        Ok(())
    }
}

/// `cjson.decode(text)`: the Lua value, or lua-cjson's error message.
pub fn decode(lua: &Lua, text: &[u8]) -> Result<Value, String> {
    let mut d = Decoder {
        text,
        pos: 0,
        depth: 0,
    };
    let (token, at) = d.next();
    let v = d.value(lua, token, at)?;
    let (end, eat) = d.next();
    if end != Token::End {
        return Err(d.fail("the end", &end, eat));
    }
    Ok(v)
}

/// The implementations behind the prelude's `cjson` table: `encode` and `decode`
/// returning `(failed, value_or_message)`.
pub fn create(lua: &Lua) -> mlua::Result<Table> {
    let t = lua.create_table()?;
    t.raw_set(
        "encode",
        lua.create_function(|lua, v: Value| match encode(&v) {
            Ok(s) => Ok((false, Value::String(lua.create_string(s)?))),
            Err(e) => Ok((true, Value::String(lua.create_string(e)?))),
        })?,
    )?;
    t.raw_set(
        "decode",
        lua.create_function(|lua, v: Value| {
            let text = match lua.coerce_string(v)? {
                Some(s) => s.as_bytes().to_vec(),
                None => {
                    return Ok((
                        true,
                        Value::String(lua.create_string(
                            "bad argument #1 to 'decode' (string expected, got no value)",
                        )?),
                    ));
                }
            };
            match decode(lua, &text) {
                Ok(v) => Ok((false, v)),
                Err(e) => Ok((true, Value::String(lua.create_string(e)?))),
            }
        })?,
    )?;
    t.raw_set("null", null())?;
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_as_lua_cjson() {
        let lua = Lua::new();
        let v: Value = lua
            .load("return {1, 2, 'a/b\"', true, false}")
            .eval()
            .unwrap();
        assert_eq!(encode(&v).unwrap(), br#"[1,2,"a\/b\"",true,false]"#);
        let v: Value = lua.load("return {[1]=1,[30]=3}").eval().unwrap();
        assert_eq!(
            encode(&v).unwrap_err(),
            "Cannot serialise table: excessively sparse array"
        );
        let v: Value = lua.load("return {}").eval().unwrap();
        assert_eq!(encode(&v).unwrap(), b"{}");
        assert_eq!(encode(&Value::Number(1e20)).unwrap(), b"1e+20");
        assert_eq!(
            encode(&Value::Number(123456789012345.0)).unwrap(),
            b"1.2345678901234e+14"
        );
    }

    #[test]
    fn decode_errors_name_the_token_and_position() {
        let lua = Lua::new();
        let err = |s: &str| decode(&lua, s.as_bytes()).unwrap_err();
        assert_eq!(err("[1,"), "Expected value but found T_END at character 4");
        assert_eq!(
            err("x"),
            "Expected value but found invalid token at character 1"
        );
        assert_eq!(
            err(r#"{"a" 1}"#),
            "Expected colon but found T_NUMBER at character 6"
        );
        assert_eq!(
            err("[1] x"),
            "Expected the end but found invalid token at character 5"
        );
        assert_eq!(
            err("[1,2,3,]"),
            "Expected value but found T_ARR_END at character 8"
        );
        let deep = "[".repeat(1001);
        assert_eq!(
            err(&deep),
            "Found too many nested data structures (1001) at character 1001"
        );
    }
}
