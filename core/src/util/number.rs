//! Number parsing and formatting with Redis's exact rules: `string2ll` for integers
//! (rejects `+1`, `01`, `-0`, spaces), `strtod`-like doubles, and `%.17g` output (the
//! layout Redis 7.0 uses for scores and float replies).

/// Parses a signed 64-bit integer as Redis's `string2ll` does: optional `-`, no `+`,
/// no leading zeros (except "0" itself), no spaces, at most 20 characters, no overflow.
pub fn parse_i64(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() > 20 {
        return None;
    }
    if s == b"0" {
        return Some(0);
    }
    let (negative, digits) = match s[0] {
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (&first, _) = digits.split_first()?;
    if !(b'1'..=b'9').contains(&first) {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    if negative {
        if v > (i64::MAX as u64) + 1 {
            None
        } else {
            Some((v as i64).wrapping_neg())
        }
    } else {
        i64::try_from(v).ok()
    }
}

/// Parses an unsigned 64-bit integer with the same rules as [`parse_i64`] (no sign).
pub fn parse_u64(s: &[u8]) -> Option<u64> {
    if s == b"0" {
        return Some(0);
    }
    let (&first, _) = s.split_first()?;
    if s.len() > 20 || !(b'1'..=b'9').contains(&first) {
        return None;
    }
    let mut v: u64 = 0;
    for &c in s {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    Some(v)
}

/// Parses a double the way Redis's `string2d`/`getDoubleFromObject` accept one: what C
/// `strtod` takes, with no leading space, no trailing bytes, no NaN and no overflow
/// (ERANGE). `inf`, `+inf`, `-inf` and `infinity` are accepted, as strtod does.
pub fn parse_f64(s: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(s).ok()?;
    let first = *s.first()?;
    if first.is_ascii_whitespace() || s.len() > 5000 {
        return None;
    }
    let body = text.trim_start_matches(['+', '-']);
    if text.len() - body.len() > 1 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(if first == b'-' {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower.starts_with("0x") {
        return parse_hex_float(text);
    }
    if lower.contains("inf") || lower.contains("nan") {
        return None;
    }
    let v: f64 = text.parse().ok()?;
    if v.is_infinite() {
        return None; // overflow is ERANGE for strtod
    }
    if v == 0.0 && body.bytes().any(|c| (b'1'..=b'9').contains(&c)) {
        // Underflow to zero: strtod reports ERANGE unless every digit is zero.
        let mantissa_end = body.find(['e', 'E']).unwrap_or(body.len());
        if body[..mantissa_end]
            .bytes()
            .any(|c| (b'1'..=b'9').contains(&c))
        {
            return None;
        }
    }
    Some(v)
}

/// strtod's hexadecimal form (`0x1p3`, `-0x10`), which Redis 7.0 accepts.
fn parse_hex_float(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let rest = rest.get(2..)?;
    let (mantissa, exponent) = match rest.find(['p', 'P']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().ok()?),
        None => (rest, 0),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0 + f64::from(c.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value += f64::from(c.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    let v = value * 2f64.powi(exponent);
    if v.is_infinite() {
        return None;
    }
    Some(if negative { -v } else { v })
}

/// Appends `v` formatted as C's `printf("%.17g", v)`, which Redis 7.0 uses for doubles
/// (scores, INCRBYFLOAT on hashes' RESP replies, RESP3 doubles). Infinities print as
/// `inf` / `-inf`, NaN as `nan`.
pub fn write_f64_g17(out: &mut Vec<u8>, v: f64) {
    write_f64_g(out, v, 17);
}

/// Appends `v` formatted as C's `%.<precision>g`.
pub fn write_f64_g(out: &mut Vec<u8>, v: f64, precision: usize) {
    if v.is_nan() {
        out.extend_from_slice(b"nan");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 { b"inf" } else { b"-inf" });
        return;
    }
    let precision = precision.max(1);
    // Scientific form with `precision` significant digits, correctly rounded by std.
    let sci = format!("{:.*e}", precision - 1, v);
    let (mantissa, exp) = match sci.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (sci.as_str(), 0),
    };
    if exp < -4 || exp >= precision as i32 {
        let mantissa = trim_fraction_zeros(mantissa);
        out.extend_from_slice(mantissa.as_bytes());
        out.push(b'e');
        out.push(if exp < 0 { b'-' } else { b'+' });
        let abs = exp.unsigned_abs();
        if abs < 10 {
            out.push(b'0');
        }
        out.extend_from_slice(abs.to_string().as_bytes());
    } else {
        let decimals = (precision as i32 - 1 - exp).max(0) as usize;
        let fixed = format!("{:.*}", decimals, v);
        out.extend_from_slice(trim_fraction_zeros(&fixed).as_bytes());
    }
}

fn trim_fraction_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Appends the decimal form of `v`.
pub fn write_i64(out: &mut Vec<u8>, v: i64) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(v).as_bytes());
}

/// C's `atoi`/`atoll`: optional leading blanks and a sign, then the digits up to the
/// first non-digit (0 if none), saturating instead of overflowing. Redis reads a few
/// arguments and file fields this lenient way.
pub fn atoi(s: &[u8]) -> i64 {
    let s = s.trim_ascii_start();
    let (neg, digits) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, s),
    };
    let mut n: i64 = 0;
    for &d in digits.iter().take_while(|d| d.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(i64::from(d - b'0'));
    }
    if neg { -n } else { n }
}

#[cfg(test)]
mod tests {
    #[test]
    fn atoi_reads_a_prefix_like_c() {
        use super::atoi;
        assert_eq!(atoi(b"0"), 0);
        assert_eq!(atoi(b"x"), 0);
        assert_eq!(atoi(b" 12abc"), 12);
        assert_eq!(atoi(b"-3"), -3);
    }

    use super::*;

    #[test]
    fn string2ll_rules() {
        assert_eq!(parse_i64(b"0"), Some(0));
        assert_eq!(parse_i64(b"-1"), Some(-1));
        assert_eq!(parse_i64(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_i64(b"-9223372036854775808"), Some(i64::MIN));
        for bad in [
            &b"+1"[..],
            b"01",
            b"-0",
            b"",
            b" 1",
            b"1 ",
            b"9223372036854775808",
            b"-9223372036854775809",
            b"1a",
            b"-",
        ] {
            assert_eq!(parse_i64(bad), None, "{:?}", bad);
        }
    }

    fn g17(v: f64) -> String {
        let mut o = Vec::new();
        write_f64_g17(&mut o, v);
        String::from_utf8(o).unwrap()
    }

    #[test]
    fn g17_matches_printf() {
        // Values checked against glibc printf("%.17g").
        assert_eq!(g17(1.1), "1.1000000000000001");
        assert_eq!(g17(3.0), "3");
        assert_eq!(g17(0.0), "0");
        assert_eq!(g17(-0.0), "-0");
        assert_eq!(g17(1e21), "1e+21");
        assert_eq!(g17(1.5e-7), "1.4999999999999999e-07");
        assert_eq!(g17(123456789012345680.0), "1.2345678901234568e+17");
        assert_eq!(g17(0.0001), "0.0001");
        assert_eq!(g17(f64::INFINITY), "inf");
        assert_eq!(g17(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn strtod_rules() {
        assert_eq!(parse_f64(b"1.5"), Some(1.5));
        assert_eq!(parse_f64(b"+1.5"), Some(1.5));
        assert_eq!(parse_f64(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_f64(b"0x10"), Some(16.0));
        assert_eq!(parse_f64(b"1e400"), None);
        assert_eq!(parse_f64(b"nan"), None);
        assert_eq!(parse_f64(b" 1"), None);
        assert_eq!(parse_f64(b"1 "), None);
        assert_eq!(parse_f64(b""), None);
        assert_eq!(parse_f64(b"abc"), None);
    }
}
