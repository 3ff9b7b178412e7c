//! The `bit` library (LuaBitOp 1.0, which Redis bundles) written in Rust: 32-bit
//! operations on Lua numbers, which are converted to int32 the way LuaBitOp does
//! (round to nearest, wrap modulo 2^32).

use mlua::{Lua, Table, Variadic};

/// LuaBitOp's `tobit`: the number's 32-bit two's complement value, by the 2^52+2^51
/// bias trick (so 1.5 rounds to 2 and 2^32+1 wraps to 1).
pub fn tobit(n: f64) -> i32 {
    let biased = n + 6_755_399_441_055_744.0;
    biased.to_bits() as u32 as i32
}

fn num(v: i32) -> f64 {
    f64::from(v)
}

/// `bit.tohex(x [, n])`: `n` hex digits (default 8; negative for upper case).
pub fn tohex(x: f64, n: Option<f64>) -> String {
    let mut n = n.map_or(8, tobit);
    let upper = n < 0;
    if upper {
        n = n.wrapping_neg();
    }
    let n = n.clamp(0, 8) as usize;
    let v = tobit(x) as u32;
    let s = if upper {
        format!("{v:08X}")
    } else {
        format!("{v:08x}")
    };
    s[8 - n..].to_string()
}

/// The `bit` table.
pub fn create(lua: &Lua) -> mlua::Result<Table> {
    let t = lua.create_table()?;
    t.raw_set("tobit", lua.create_function(|_, x: f64| Ok(num(tobit(x))))?)?;
    t.raw_set(
        "tohex",
        lua.create_function(|_, (x, n): (f64, Option<f64>)| Ok(tohex(x, n)))?,
    )?;
    t.raw_set("bnot", lua.create_function(|_, x: f64| Ok(num(!tobit(x))))?)?;
    fn fold(lua: &Lua, op: fn(i32, i32) -> i32) -> mlua::Result<mlua::Function> {
        lua.create_function(move |_, (x, rest): (f64, Variadic<f64>)| {
            Ok(num(rest.iter().fold(tobit(x), |acc, &y| op(acc, tobit(y)))))
        })
    }
    t.raw_set("band", fold(lua, |a, b| a & b)?)?;
    t.raw_set("bor", fold(lua, |a, b| a | b)?)?;
    t.raw_set("bxor", fold(lua, |a, b| a ^ b)?)?;
    fn shift(lua: &Lua, op: fn(u32, u32) -> u32) -> mlua::Result<mlua::Function> {
        lua.create_function(move |_, (x, n): (f64, f64)| {
            Ok(num(op(tobit(x) as u32, (tobit(n) & 31) as u32) as i32))
        })
    }
    t.raw_set("lshift", shift(lua, |x, n| x << n)?)?;
    t.raw_set("rshift", shift(lua, |x, n| x >> n)?)?;
    t.raw_set("arshift", shift(lua, |x, n| ((x as i32) >> n) as u32)?)?;
    t.raw_set("rol", shift(lua, |x, n| x.rotate_left(n))?)?;
    t.raw_set("ror", shift(lua, |x, n| x.rotate_right(n))?)?;
    t.raw_set(
        "bswap",
        lua.create_function(|_, x: f64| Ok(num((tobit(x) as u32).swap_bytes() as i32)))?,
    )?;
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tobit_and_tohex_follow_luabitop() {
        // Values from LuaBitOp's documentation.
        assert_eq!(tobit(4_294_967_295.0), -1);
        assert_eq!(tobit(4_294_967_296.0 + 1.0), 1);
        assert_eq!(tobit(1.5), 2);
        assert_eq!(tobit(2.5), 2);
        assert_eq!(tohex(1.0, None), "00000001");
        assert_eq!(tohex(-1.0, Some(-2.0)), "FF");
        assert_eq!(tohex(65535.0, Some(4.0)), "ffff");
    }
}
