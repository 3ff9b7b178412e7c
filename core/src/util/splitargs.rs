//! `sdssplitargs`: splits a line into arguments the way redis-server reads inline
//! commands and configuration lines (double quotes with C escapes, single quotes with
//! only `\'`, a closing quote must be followed by a space or the end).

/// Splits `line` into arguments, appending each argument's bytes to `out_bytes` and its
/// `(start, end)` range within `out_bytes` to `out_ranges`. Returns `false` on unbalanced
/// quotes (Redis's "unbalanced quotes" error), leaving the outputs partially filled.
pub fn split_args_into(
    line: &[u8],
    out_bytes: &mut Vec<u8>,
    out_ranges: &mut Vec<(usize, usize)>,
) -> bool {
    let mut i = 0;
    let n = line.len();
    loop {
        while i < n && is_space(line[i]) {
            i += 1;
        }
        if i >= n {
            return true;
        }
        let start = out_bytes.len();
        let mut in_dq = false;
        let mut in_sq = false;
        loop {
            if in_dq {
                if i >= n {
                    return false;
                }
                let c = line[i];
                if c == b'\\'
                    && i + 3 < n
                    && line[i + 1] == b'x'
                    && line[i + 2].is_ascii_hexdigit()
                    && line[i + 3].is_ascii_hexdigit()
                {
                    out_bytes.push(hex_val(line[i + 2]) * 16 + hex_val(line[i + 3]));
                    i += 3;
                } else if c == b'\\' && i + 1 < n {
                    i += 1;
                    out_bytes.push(match line[i] {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 8,
                        b'a' => 7,
                        other => other,
                    });
                } else if c == b'"' {
                    if i + 1 < n && !is_space(line[i + 1]) {
                        return false;
                    }
                    i += 1;
                    break;
                } else {
                    out_bytes.push(c);
                }
            } else if in_sq {
                if i >= n {
                    return false;
                }
                let c = line[i];
                if c == b'\\' && i + 1 < n && line[i + 1] == b'\'' {
                    i += 1;
                    out_bytes.push(b'\'');
                } else if c == b'\'' {
                    if i + 1 < n && !is_space(line[i + 1]) {
                        return false;
                    }
                    i += 1;
                    break;
                } else {
                    out_bytes.push(c);
                }
            } else {
                if i >= n {
                    break;
                }
                match line[i] {
                    b' ' | b'\n' | b'\r' | b'\t' | 0 => {
                        i += 1;
                        break;
                    }
                    b'"' => in_dq = true,
                    b'\'' => in_sq = true,
                    c => out_bytes.push(c),
                }
            }
            i += 1;
        }
        out_ranges.push((start, out_bytes.len()));
    }
}

/// Convenience form of [`split_args_into`] returning owned arguments, or `None` on
/// unbalanced quotes.
pub fn split_args(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut bytes = Vec::new();
    let mut ranges = Vec::new();
    if !split_args_into(line, &mut bytes, &mut ranges) {
        return None;
    }
    Some(
        ranges
            .into_iter()
            .map(|(s, e)| bytes[s..e].to_vec())
            .collect(),
    )
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t' | 0x0b | 0x0c)
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::split_args;

    fn s(v: &[&str]) -> Option<Vec<Vec<u8>>> {
        Some(v.iter().map(|x| x.as_bytes().to_vec()).collect())
    }

    #[test]
    fn quoting_rules() {
        assert_eq!(split_args(b"SET \"a b\" 'c'"), s(&["SET", "a b", "c"]));
        assert_eq!(split_args(b"  a   b  "), s(&["a", "b"]));
        assert_eq!(split_args(b"\"\\x41\\n\""), s(&["A\n"]));
        assert_eq!(split_args(b"'it\\'s'"), s(&["it's"]));
        assert_eq!(split_args(b"'a\\nb'"), s(&["a\\nb"]));
        assert_eq!(split_args(b"\"\""), s(&[""]));
        assert_eq!(split_args(b""), s(&[]));
        assert_eq!(split_args(b"\"abc"), None);
        assert_eq!(split_args(b"'abc"), None);
        assert_eq!(split_args(b"\"a\"b"), None);
        assert_eq!(split_args(b"a\"b\""), s(&["ab"]));
    }
}
