//! What a script returns, written into the caller's buffer as Redis 7.0's
//! `luaReplyToRedisReply` does, in the caller's protocol ([`lua_to_reply`]). The other
//! direction (a command's reply to Lua values, `redisProtocolToLuaType`) is in
//! [`super::dispatch`].

use mlua::{Table, Value};

use crate::resp::Reply;

/// How deep a reply or a returned table may nest before conversion stops (Redis stops
/// at the Lua stack limit; a self-referencing table would otherwise never end).
pub const MAX_DEPTH: usize = 1000;

/// How many tables deep a script's result may nest: Redis stops where its Lua stack
/// does (7,995 nested arrays), with [`DEPTH_ERR`] in place of the next level.
const REPLY_DEPTH: usize = 7995;

/// Redis's error reply when a returned table nests too deep.
const DEPTH_ERR: &str = "ERR reached lua stack limit";

/// How many values a script's result may expand to. Redis has no such bound (a
/// table holding itself twice makes it write forever); here conversion stops with
/// the stack-limit error once it is spent.
pub const MAX_VALUES: u64 = 10_000_000;

/// Writes what a script returned, `value`, into the caller's buffer `out`, by Redis's
/// rules: `resp3_script` is whether the script had switched to RESP3 (it decides how
/// booleans are sent). Iterative (a work stack, not recursion), so deep tables cannot
/// overflow the thread's stack.
pub fn lua_to_reply(value: &Value, out: &mut Reply, resp3_script: bool) {
    lua_to_reply_bounded(value, out, resp3_script, MAX_VALUES);
}

/// [`lua_to_reply`] with a budget of `budget` values.
pub fn lua_to_reply_bounded(value: &Value, out: &mut Reply, resp3_script: bool, budget: u64) {
    let mut budget = budget;
    let mut stack: Vec<(Value, usize)> = vec![(value.clone(), 0)];
    while let Some((v, depth)) = stack.pop() {
        if depth >= REPLY_DEPTH || budget == 0 {
            out.error(DEPTH_ERR);
            continue;
        }
        budget -= 1;
        write(&v, out, resp3_script, depth, &mut stack);
    }
}

/// A string with CR and LF turned to spaces (status and error lines).
fn one_line(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .map(|&c| if c == b'\r' || c == b'\n' { b' ' } else { c })
        .collect()
}

fn string_field(t: &Table, name: &str) -> Option<mlua::LuaString> {
    match t.raw_get::<Value>(name) {
        Ok(Value::String(s)) => Some(s),
        _ => None,
    }
}

/// Writes one value; a table's elements are pushed on `stack` (last first) for the
/// caller's loop.
fn write(
    value: &Value,
    out: &mut Reply,
    resp3_script: bool,
    depth: usize,
    stack: &mut Vec<(Value, usize)>,
) {
    match value {
        Value::String(s) => out.bulk(&s.as_bytes()),
        Value::Boolean(b) => {
            if resp3_script {
                out.boolean(*b);
            } else if *b {
                out.int(1);
            } else {
                out.null();
            }
        }
        Value::Integer(i) => out.int(*i),
        Value::Number(n) => out.int(*n as i64),
        Value::Table(t) => write_table(t, out, depth, stack),
        _ => out.null(),
    }
}

fn write_table(t: &Table, out: &mut Reply, depth: usize, stack: &mut Vec<(Value, usize)>) {
    if let Some(err) = string_field(t, "err") {
        let text = one_line(&err.as_bytes());
        let mut line = Vec::with_capacity(text.len() + 3);
        line.push(b'-');
        line.extend_from_slice(&text);
        line.extend_from_slice(b"\r\n");
        out.raw().extend_from_slice(&line);
        return;
    }
    if let Some(ok) = string_field(t, "ok") {
        let text = one_line(&ok.as_bytes());
        let raw = out.raw();
        raw.push(b'+');
        raw.extend_from_slice(&text);
        raw.extend_from_slice(b"\r\n");
        return;
    }
    match t.raw_get::<Value>("double") {
        Ok(Value::Number(n)) => return out.double(n),
        Ok(Value::Integer(i)) => return out.double(i as f64),
        _ => {}
    }
    if let Some(big) = string_field(t, "big_number") {
        let text = one_line(&big.as_bytes());
        if out.is_resp3() {
            let raw = out.raw();
            raw.push(b'(');
            raw.extend_from_slice(&text);
            raw.extend_from_slice(b"\r\n");
        } else {
            out.bulk(&text);
        }
        return;
    }
    let start = stack.len();
    if let Ok(Value::Table(map)) = t.raw_get::<Value>("map") {
        let mut n = 0;
        for (k, v) in map.pairs::<Value, Value>().filter_map(Result::ok) {
            stack.push((k, depth + 1));
            stack.push((v, depth + 1));
            n += 1;
        }
        out.map(n);
        stack[start..].reverse();
        return;
    }
    if let Ok(Value::Table(set)) = t.raw_get::<Value>("set") {
        for (k, _) in set.pairs::<Value, Value>().filter_map(Result::ok) {
            stack.push((k, depth + 1));
        }
        out.set(stack.len() - start);
        stack[start..].reverse();
        return;
    }
    if let Ok(Value::Table(v)) = t.raw_get::<Value>("verbatim_string")
        && let (Some(format), Some(text)) = (string_field(&v, "format"), string_field(&v, "string"))
    {
        let format = format.as_bytes();
        out.verbatim(
            std::str::from_utf8(&format).unwrap_or("txt"),
            &text.as_bytes(),
        );
        return;
    }
    // An array: elements 1, 2, ... up to the first nil.
    for i in 1.. {
        match t.raw_get::<Value>(i) {
            Ok(Value::Nil) | Err(_) => break,
            Ok(v) => stack.push((v, depth + 1)),
        }
    }
    out.array(stack.len() - start);
    stack[start..].reverse();
}
