//! x87 long-double arithmetic and `%.17Lf` formatting for INCRBYFLOAT.
//!
//! Redis computes INCRBYFLOAT (and HINCRBYFLOAT) in C `long double`, which on x86-64 is
//! the x87 80-bit format (64-bit significand), then prints the sum with `"%.17Lf"` and
//! trims trailing zeros. `f64` gives different digits (`10.5 + 0.1` would print
//! `10.59999999999999964` where Redis prints `10.6`), so this module emulates the
//! format exactly on every platform: parsing follows glibc `strtold` as Redis's
//! `string2ld` uses it, arithmetic uses `rustc_apfloat`'s correctly rounded
//! X87DoubleExtended, and printing is an exact decimal expansion rounded to nearest
//! with ties to even, as glibc's printf does.

use rustc_apfloat::ieee::X87DoubleExtended;
use rustc_apfloat::{Float, Round, Status};

/// Redis's `MAX_LONG_DOUBLE_CHARS`: inputs of this length or more are refused.
pub const MAX_LONG_DOUBLE_CHARS: usize = 5 * 1024;

/// An x87 extended-precision value (C `long double` on x86-64 Linux).
#[derive(Copy, Clone, Debug)]
pub struct LongDouble(X87DoubleExtended);

/// 10^17: the scale of the 17 fractional digits `%.17Lf` prints.
const TEN_POW_17: u128 = 100_000_000_000_000_000;
/// 10^19: the largest power of ten in a u64, used to print big integers in chunks.
const TEN_POW_19: u64 = 10_000_000_000_000_000_000;

impl LongDouble {
    /// Zero (what a missing key counts as).
    pub fn zero() -> Self {
        LongDouble(X87DoubleExtended::ZERO)
    }

    /// The exact value of `v` (every i64 fits in a 64-bit significand).
    pub fn from_i64(v: i64) -> Self {
        LongDouble(X87DoubleExtended::from_i128(i128::from(v)).value)
    }

    /// Parses `s` as Redis's `string2ld` does: glibc `strtold` must consume the whole
    /// input (no leading space, nothing after the number), the input must be shorter
    /// than [`MAX_LONG_DOUBLE_CHARS`], and NaN, overflow to infinity and underflow to
    /// zero are refused. `inf`/`infinity` (any case, signed) and hexadecimal floats
    /// (`0x1.8p3`, `0x10`) are accepted, as strtold takes them.
    pub fn parse(s: &[u8]) -> Option<Self> {
        if s.is_empty() || s.len() >= MAX_LONG_DOUBLE_CHARS {
            return None;
        }
        let (negative, body) = match s[0] {
            b'-' => (true, &s[1..]),
            b'+' => (false, &s[1..]),
            _ => (false, s),
        };
        let magnitude = parse_unsigned(body)?;
        Some(LongDouble(if negative { -magnitude } else { magnitude }))
    }

    /// Whether the value is neither infinite nor NaN.
    pub fn is_finite(self) -> bool {
        self.0.is_finite()
    }

    /// Appends the value as C's `printf("%.17Lf", v)` prints it. Infinities print as
    /// `inf`/`-inf` and NaN as `nan` (Redis never prints those through this path).
    pub fn write_fixed17(self, out: &mut impl Extend<u8>) {
        let Some(parts) = self.decimal_parts(out) else {
            return;
        };
        if parts.negative {
            put(out, b"-");
        }
        parts.write_integer(out);
        put(out, b".");
        put(out, &frac_digits(parts.frac));
    }

    /// Appends the value as Redis's `ld2string(.., LD_STR_HUMAN)` prints it: `%.17Lf`,
    /// then trailing zeros (and a trailing `.`) removed, and `-0` turned into `0`.
    /// This is the reply and the stored value of INCRBYFLOAT.
    pub fn write_human(self, out: &mut impl Extend<u8>) {
        let Some(parts) = self.decimal_parts(out) else {
            return;
        };
        let int_is_zero = parts.int_is_zero();
        if parts.negative && !(int_is_zero && parts.frac == 0) {
            put(out, b"-");
        }
        parts.write_integer(out);
        if parts.frac != 0 {
            let digits = frac_digits(parts.frac);
            let used = digits.iter().rposition(|&d| d != b'0').map_or(0, |i| i + 1);
            put(out, b".");
            put(out, &digits[..used]);
        }
    }

    /// Splits a finite value into sign, integer part and 17 rounded fractional digits;
    /// writes `inf`/`-inf`/`nan` and returns `None` for the others.
    fn decimal_parts(self, out: &mut impl Extend<u8>) -> Option<DecimalParts> {
        if self.0.is_nan() {
            put(out, b"nan");
            return None;
        }
        if self.0.is_infinite() {
            put(
                out,
                if self.0.is_negative() {
                    &b"-inf"[..]
                } else {
                    &b"inf"[..]
                },
            );
            return None;
        }
        let bits = self.0.to_bits();
        let negative = (bits >> 79) & 1 == 1;
        let biased = ((bits >> 64) & 0x7fff) as i32;
        let sig = bits as u64;
        // value = sig * 2^e2; denormals share the smallest normal exponent.
        let e2 = if biased == 0 { 1 } else { biased } - 16383 - 63;
        let mut parts = DecimalParts {
            negative,
            int_small: 0,
            int_big: Vec::new(),
            frac: 0,
        };
        if sig == 0 {
            return Some(parts);
        }
        if e2 >= 0 {
            if e2 <= 63 {
                parts.int_small = u128::from(sig) << e2;
            } else {
                parts.int_big = shifted_limbs(sig, e2 as u32);
            }
            return Some(parts);
        }
        let k = e2.unsigned_abs();
        let (int_part, frac_bits) = if k < 64 {
            (sig >> k, sig & ((1u64 << k) - 1))
        } else {
            (0, sig)
        };
        // frac_bits < 2^64 and 10^17 < 2^57, so the product fits in 121 bits; beyond a
        // shift of 122 bits everything is below half a unit of the 17th digit.
        let (q, round_up) = if k <= 122 {
            let prod = u128::from(frac_bits) * TEN_POW_17;
            let q = prod >> k;
            let rem = prod & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            (q, rem > half || (rem == half && q & 1 == 1))
        } else {
            (0, false)
        };
        let mut int_part = u128::from(int_part);
        let mut frac = q + u128::from(round_up);
        if frac == TEN_POW_17 {
            frac = 0;
            int_part += 1;
        }
        parts.int_small = int_part;
        parts.frac = frac as u64;
        Some(parts)
    }
}

impl std::ops::Add for LongDouble {
    type Output = LongDouble;

    /// `self + rhs`, rounded to nearest (ties to even) like the x87 unit.
    fn add(self, rhs: Self) -> Self {
        LongDouble(self.0.add_r(rhs.0, Round::NearestTiesToEven).value)
    }
}

/// A finite value as printed in fixed point: sign, integer part, fractional digits.
struct DecimalParts {
    negative: bool,
    /// The integer part when it fits in 128 bits (`int_big` empty).
    int_small: u128,
    /// The integer part as little-endian 64-bit limbs, for huge values.
    int_big: Vec<u64>,
    /// The 17 fractional digits, as an integer below 10^17.
    frac: u64,
}

impl DecimalParts {
    fn int_is_zero(&self) -> bool {
        self.int_big.is_empty() && self.int_small == 0
    }

    fn write_integer(&self, out: &mut impl Extend<u8>) {
        if self.int_big.is_empty() {
            let mut buf = itoa::Buffer::new();
            put(out, buf.format(self.int_small).as_bytes());
            return;
        }
        // Repeated division by 10^19 gives base-10^19 chunks, least significant first.
        let mut limbs = self.int_big.clone();
        let mut chunks: Vec<u64> = Vec::with_capacity(limbs.len() * 64 / 63 + 1);
        while !limbs.is_empty() {
            let mut rem: u128 = 0;
            for limb in limbs.iter_mut().rev() {
                let cur = (rem << 64) | u128::from(*limb);
                *limb = (cur / u128::from(TEN_POW_19)) as u64;
                rem = cur % u128::from(TEN_POW_19);
            }
            chunks.push(rem as u64);
            while limbs.last() == Some(&0) {
                limbs.pop();
            }
        }
        let mut buf = itoa::Buffer::new();
        let mut iter = chunks.iter().rev();
        if let Some(first) = iter.next() {
            put(out, buf.format(*first).as_bytes());
        }
        for chunk in iter {
            let digits = buf.format(*chunk).as_bytes();
            for _ in digits.len()..19 {
                put(out, b"0");
            }
            put(out, digits);
        }
    }
}

/// `frac` (below 10^17) as exactly 17 digits with leading zeros.
fn frac_digits(frac: u64) -> [u8; 17] {
    let mut digits = [b'0'; 17];
    let mut v = frac;
    for d in digits.iter_mut().rev() {
        *d = b'0' + (v % 10) as u8;
        v /= 10;
    }
    digits
}

/// `sig << shift` as little-endian 64-bit limbs.
fn shifted_limbs(sig: u64, shift: u32) -> Vec<u64> {
    let word = (shift / 64) as usize;
    let bit = shift % 64;
    let mut limbs = vec![0u64; word + 2];
    let wide = u128::from(sig) << bit;
    limbs[word] = wide as u64;
    limbs[word + 1] = (wide >> 64) as u64;
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
    limbs
}

/// Parses an unsigned strtold body (no sign) that must span the whole input.
fn parse_unsigned(s: &[u8]) -> Option<X87DoubleExtended> {
    if s.eq_ignore_ascii_case(b"inf") || s.eq_ignore_ascii_case(b"infinity") {
        return Some(X87DoubleExtended::INFINITY);
    }
    if s.len() >= 2 && s[0] == b'0' && (s[1] == b'x' || s[1] == b'X') {
        return parse_hex(&s[2..]);
    }
    parse_decimal(s)
}

/// `digits[.digits][(e|E)[+-]digits]` with at least one mantissa digit.
fn parse_decimal(s: &[u8]) -> Option<X87DoubleExtended> {
    let mut i = 0;
    let int_digits = count_while(&s[i..], |c| c.is_ascii_digit());
    i += int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_while(&s[i..], |c| c.is_ascii_digit());
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    let mantissa_end = i;
    let mut exp: i64 = 0;
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let n = count_while(&s[i..], |c| c.is_ascii_digit());
        if n == 0 {
            return None; // strtold would stop before the 'e'
        }
        for &c in &s[i..i + n] {
            // Saturate: anything this far out is over- or underflow either way.
            exp = (exp * 10 + i64::from(c - b'0')).min(1_000_000);
        }
        if negative {
            exp = -exp;
        }
        i += n;
    }
    if i != s.len() {
        return None;
    }
    let mantissa = &s[..mantissa_end];
    let nonzero = mantissa.iter().any(|&c| (b'1'..=b'9').contains(&c));
    if !nonzero {
        return Some(X87DoubleExtended::ZERO);
    }
    // The mantissa has fewer than 5120 digits, so beyond this the value surely
    // overflows (or underflows to zero): strtold reports ERANGE and Redis refuses it.
    if exp.abs() > 100_000 {
        return None;
    }
    // The whole input now has exactly the grammar apfloat reads the same way.
    let text = std::str::from_utf8(s).ok()?;
    finish(X87DoubleExtended::from_str_r(text, Round::NearestTiesToEven).ok()?)
}

/// `hexdigits[.hexdigits][(p|P)[+-]digits]` (after the `0x`), at least one digit.
fn parse_hex(s: &[u8]) -> Option<X87DoubleExtended> {
    let mut i = 0;
    let int_digits = count_while(&s[i..], |c| c.is_ascii_hexdigit());
    i += int_digits;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_while(&s[i..], |c| c.is_ascii_hexdigit());
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None; // strtold parses just the "0" and stops at the 'x'
    }
    let mantissa = &s[..i];
    let mut exp: i64 = 0;
    if matches!(s.get(i), Some(b'p' | b'P')) {
        i += 1;
        let negative = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let n = count_while(&s[i..], |c| c.is_ascii_digit());
        if n == 0 {
            return None;
        }
        for &c in &s[i..i + n] {
            exp = (exp * 10 + i64::from(c - b'0')).min(1_000_000);
        }
        if negative {
            exp = -exp;
        }
        i += n;
    }
    if i != s.len() {
        return None;
    }
    if !mantissa.iter().any(|&c| c != b'0' && c != b'.') {
        return Some(X87DoubleExtended::ZERO);
    }
    // Under 5120 hex digits shift the binary exponent by at most about 20480.
    if exp.abs() > 100_000 {
        return None;
    }
    let mut text = String::with_capacity(mantissa.len() + 12);
    text.push_str("0x");
    for &c in mantissa {
        text.push(char::from(c));
    }
    text.push('p');
    text.push_str(itoa::Buffer::new().format(exp));
    finish(X87DoubleExtended::from_str_r(&text, Round::NearestTiesToEven).ok()?)
}

/// strtold's ERANGE cases that Redis refuses: overflow to infinity and a non-zero
/// input that underflowed to zero. (Denormal results are accepted.)
fn finish(r: rustc_apfloat::StatusAnd<X87DoubleExtended>) -> Option<X87DoubleExtended> {
    let v = r.value;
    if v.is_infinite() || v.is_nan() {
        return None;
    }
    if v.is_zero() && r.status.intersects(Status::UNDERFLOW | Status::INEXACT) {
        return None;
    }
    Some(v)
}

/// Appends `bytes` to any byte sink (`Vec<u8>`, `SmallVec`).
fn put(out: &mut impl Extend<u8>, bytes: &[u8]) {
    out.extend(bytes.iter().copied());
}

fn count_while(s: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    s.iter().take_while(|&&c| pred(c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn human(a: &str, b: &str) -> Option<String> {
        let x = LongDouble::parse(a.as_bytes())?;
        let y = LongDouble::parse(b.as_bytes())?;
        let v = x + y;
        if !v.is_finite() {
            return Some("ERR".into());
        }
        let mut out = Vec::new();
        v.write_human(&mut out);
        Some(String::from_utf8(out).unwrap())
    }

    fn fixed(a: &str) -> String {
        let mut out = Vec::new();
        LongDouble::parse(a.as_bytes())
            .unwrap()
            .write_fixed17(&mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn sums_match_redis() {
        // Replies of INCRBYFLOAT on Redis 7.0.15.
        assert_eq!(human("10.5", "0.1").as_deref(), Some("10.6"));
        assert_eq!(human("5.0e3", "2.0e2").as_deref(), Some("5200"));
        assert_eq!(human("0", "3.0e3").as_deref(), Some("3000"));
        assert_eq!(
            human("3000", "1.23e-5").as_deref(),
            Some("3000.00001230000000008")
        );
        assert_eq!(human("1", "1.1").as_deref(), Some("2.1"));
        assert_eq!(human("2.1", "2").as_deref(), Some("4.1"));
        assert_eq!(
            human("9223372036854775807", "1").as_deref(),
            Some("9223372036854775808")
        );
        assert_eq!(
            human("9223372036854775808", "0.1").as_deref(),
            Some("9223372036854775808")
        );
        assert_eq!(human("0", "0x10").as_deref(), Some("16"));
        assert_eq!(human("0", "0x1p-3").as_deref(), Some("0.125"));
        assert_eq!(human("0", "0x1.8").as_deref(), Some("1.5"));
        assert_eq!(human("0", "0X1P4").as_deref(), Some("16"));
        assert_eq!(human("0", "+1.5").as_deref(), Some("1.5"));
        assert_eq!(human("0", "-0").as_deref(), Some("0"));
        assert_eq!(human("0", ".5").as_deref(), Some("0.5"));
        assert_eq!(human("0", "5.").as_deref(), Some("5"));
        assert_eq!(human("0", "1E2").as_deref(), Some("100"));
        assert_eq!(human("0", "-1e-20").as_deref(), Some("0"));
        assert_eq!(human("0", "1e-4940").as_deref(), Some("0"));
        // A tie at the 17th digit rounds to even, as glibc does.
        assert_eq!(
            human("0", "0.000003814697265625").as_deref(),
            Some("0.00000381469726562")
        );
        assert_eq!(human("inf", "1").as_deref(), Some("ERR"));
        assert_eq!(human("0", "-inf").as_deref(), Some("ERR"));
        assert_eq!(human("0", "infinity").as_deref(), Some("ERR"));
    }

    #[test]
    fn huge_sum_prints_every_digit() {
        // Redis 7.0.15: SET h 1e308, INCRBYFLOAT h 1e308.
        let expected = "199999999999999999993371759311691291321120199694831134415594095989843469737676123744200253843777078640893494450108026446304269499187921167194841628860392837535918200039206381557326219209014213335878306791577877829121087126122536729803237260434173178506889763247582601711514636284849020905456510092687857156096";
        assert_eq!(human("1e308", "1e308").as_deref(), Some(expected));
        let big = human("0", "1e4000").unwrap();
        assert_eq!(big.len(), 4000);
        assert!(big.starts_with("99999999999999999999654638730996237849324925835069"));
        assert!(big.ends_with("349901340672"));
    }

    #[test]
    fn refused_inputs() {
        for bad in [
            "", " 1", "1 ", "nan", "NaN", "-nan", "1e5000", "-1e5000", "1e-5000", "1e", "1e+",
            "0x", "0x1p", "0x.p1", ".", "e5", "1.5\0abc", "\0abc", "infin", "++1", "+-1", "1..2",
            "0x1g", "1,5",
        ] {
            assert!(LongDouble::parse(bad.as_bytes()).is_none(), "{bad:?}");
        }
        let long = format!("0.{}1", "0".repeat(MAX_LONG_DOUBLE_CHARS));
        assert!(LongDouble::parse(long.as_bytes()).is_none());
        assert!(LongDouble::parse(b"0e-99999999999999999999").is_some());
        assert!(LongDouble::parse(b"0x0p99999999999").is_some());
    }

    #[test]
    fn fixed17_matches_glibc() {
        // printf("%.17Lf", strtold(x)) with glibc on x86-64.
        assert_eq!(fixed("10.6"), "10.60000000000000000");
        assert_eq!(fixed("-1e-20"), "-0.00000000000000000");
        assert_eq!(fixed("0.000011444091796875"), "0.00001144409179688");
        assert_eq!(fixed("0"), "0.00000000000000000");
        assert_eq!(fixed("-2.5"), "-2.50000000000000000");
        assert_eq!(fixed("0.99999999999999999999"), "1.00000000000000000");
    }
}
