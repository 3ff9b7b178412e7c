//! A tiny RESP2/RESP3 reply reader for the client side of a transcript: it finds where
//! one reply frame ends in a byte buffer (push frames and attributes included) and keeps
//! every detail a reply can differ in (the type, the exact integer and double text).
//!
//! It is deliberately strict: anything Redis would never send (a bare `\n`, a length
//! that does not match, a streamed `$?` aggregate) is reported as malformed, so a
//! divergent server shows up in the transcript instead of being papered over.

/// Deepest nesting accepted; deeper replies are reported as malformed.
const MAX_DEPTH: usize = 64;

/// One reply frame, as the server sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Frame {
    /// `+text`
    Simple(Vec<u8>),
    /// `-text`
    Error(Vec<u8>),
    /// `:n` (the text exactly as sent).
    Integer(Vec<u8>),
    /// `$len` with its bytes.
    Bulk(Vec<u8>),
    /// `$-1`
    NullBulk,
    /// `*-1`
    NullArray,
    /// RESP3 `_`
    Null,
    /// `*n`
    Array(Vec<Frame>),
    /// RESP3 `%n`
    Map(Vec<(Frame, Frame)>),
    /// RESP3 `~n`
    Set(Vec<Frame>),
    /// RESP3 `>n`
    Push(Vec<Frame>),
    /// RESP3 `,text` (the text exactly as sent).
    Double(Vec<u8>),
    /// RESP3 `#t` / `#f`
    Boolean(bool),
    /// RESP3 `(text`
    BigNumber(Vec<u8>),
    /// RESP3 `!len` blob error.
    BlobError(Vec<u8>),
    /// RESP3 `=len` verbatim string: a three-byte format and the text.
    Verbatim(Vec<u8>, Vec<u8>),
    /// RESP3 `|n` attribute map, followed by the reply it annotates.
    Attribute(Vec<(Frame, Frame)>, Box<Frame>),
}

/// What [`parse_frame`] found at the start of a buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// A whole frame, and how many bytes it took.
    Complete(Frame, usize),
    /// The buffer holds the start of a frame; more bytes are needed.
    Incomplete,
    /// The bytes are not valid RESP; the text says why.
    Invalid(String),
}

/// Parses one frame from the start of `buf`.
pub fn parse_frame(buf: &[u8]) -> Parsed {
    let mut pos = 0;
    match parse_at(buf, &mut pos, 0) {
        Ok(Some(frame)) => Parsed::Complete(frame, pos),
        Ok(None) => Parsed::Incomplete,
        Err(e) => Parsed::Invalid(e),
    }
}

type Step<T> = Result<Option<T>, String>;

/// Reads a line ending in CRLF starting at `*pos`; the line may not contain CR or LF.
fn line<'a>(buf: &'a [u8], pos: &mut usize) -> Step<&'a [u8]> {
    let rest = &buf[*pos..];
    for (i, &c) in rest.iter().enumerate() {
        match c {
            b'\r' => {
                return match rest.get(i + 1) {
                    None => Ok(None),
                    Some(b'\n') => {
                        *pos += i + 2;
                        Ok(Some(&rest[..i]))
                    }
                    Some(_) => Err(format!("CR not followed by LF at byte {}", *pos + i)),
                };
            }
            b'\n' => return Err(format!("bare LF at byte {}", *pos + i)),
            _ => {}
        }
    }
    Ok(None)
}

/// A length header: a decimal integer, `-1` allowed where `allow_null`.
fn length(text: &[u8], kind: u8) -> Result<Option<usize>, String> {
    let s = std::str::from_utf8(text)
        .map_err(|_| format!("non-ASCII length after '{}'", kind as char))?;
    if s == "-1" {
        return Ok(None);
    }
    let valid =
        !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if !valid {
        return Err(format!("bad length {s:?} after '{}'", kind as char));
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| format!("length {s:?} too large"))
}

/// Reads `len` bytes plus the CRLF after them.
fn blob<'a>(buf: &'a [u8], pos: &mut usize, len: usize) -> Step<&'a [u8]> {
    let start = *pos;
    let Some(end) = start.checked_add(len) else {
        return Err("length overflow".to_string());
    };
    if buf.len() < end.saturating_add(2) {
        return Ok(None);
    }
    if &buf[end..end + 2] != b"\r\n" {
        return Err(format!("blob of {len} bytes not followed by CRLF"));
    }
    *pos = end + 2;
    Ok(Some(&buf[start..end]))
}

fn parse_at(buf: &[u8], pos: &mut usize, depth: usize) -> Step<Frame> {
    if depth > MAX_DEPTH {
        return Err("nesting too deep".to_string());
    }
    let Some(&kind) = buf.get(*pos) else {
        return Ok(None);
    };
    let start = *pos;
    *pos += 1;
    let Some(head) = line(buf, pos)? else {
        *pos = start;
        return Ok(None);
    };
    let head = head.to_vec();
    let result = match kind {
        b'+' => Some(Frame::Simple(head)),
        b'-' => Some(Frame::Error(head)),
        b':' => Some(Frame::Integer(head)),
        b',' => Some(Frame::Double(head)),
        b'(' => Some(Frame::BigNumber(head)),
        b'_' => {
            if !head.is_empty() {
                return Err("text after '_'".to_string());
            }
            Some(Frame::Null)
        }
        b'#' => match head.as_slice() {
            b"t" => Some(Frame::Boolean(true)),
            b"f" => Some(Frame::Boolean(false)),
            _ => return Err("boolean is neither t nor f".to_string()),
        },
        b'$' | b'!' | b'=' => {
            let len = length(&head, kind)?;
            match len {
                None if kind == b'$' => Some(Frame::NullBulk),
                None => return Err(format!("null length after '{}'", kind as char)),
                Some(len) => match blob(buf, pos, len)? {
                    None => None,
                    Some(bytes) => Some(match kind {
                        b'$' => Frame::Bulk(bytes.to_vec()),
                        b'!' => Frame::BlobError(bytes.to_vec()),
                        _ => {
                            if bytes.len() < 4 || bytes[3] != b':' {
                                return Err("verbatim string without a format".to_string());
                            }
                            Frame::Verbatim(bytes[..3].to_vec(), bytes[4..].to_vec())
                        }
                    }),
                },
            }
        }
        b'*' | b'~' | b'>' => match length(&head, kind)? {
            None if kind == b'*' => Some(Frame::NullArray),
            None => return Err(format!("null length after '{}'", kind as char)),
            Some(n) => {
                let mut items = Vec::new();
                let mut complete = true;
                for _ in 0..n {
                    match parse_at(buf, pos, depth + 1)? {
                        Some(f) => items.push(f),
                        None => {
                            complete = false;
                            break;
                        }
                    }
                }
                if !complete {
                    None
                } else if kind == b'*' {
                    Some(Frame::Array(items))
                } else if kind == b'~' {
                    Some(Frame::Set(items))
                } else {
                    Some(Frame::Push(items))
                }
            }
        },
        b'%' | b'|' => match length(&head, kind)? {
            None => return Err(format!("null length after '{}'", kind as char)),
            Some(n) => {
                let mut pairs = Vec::new();
                let mut complete = true;
                for _ in 0..n {
                    let Some(k) = parse_at(buf, pos, depth + 1)? else {
                        complete = false;
                        break;
                    };
                    let Some(v) = parse_at(buf, pos, depth + 1)? else {
                        complete = false;
                        break;
                    };
                    pairs.push((k, v));
                }
                if !complete {
                    None
                } else if kind == b'%' {
                    Some(Frame::Map(pairs))
                } else {
                    parse_at(buf, pos, depth + 1)?
                        .map(|inner| Frame::Attribute(pairs, Box::new(inner)))
                }
            }
        },
        other => return Err(format!("unknown reply type byte 0x{other:02x}")),
    };
    if result.is_none() {
        *pos = start;
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(buf: &[u8]) -> Frame {
        match parse_frame(buf) {
            Parsed::Complete(f, n) => {
                assert_eq!(n, buf.len());
                f
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_prefix_is_incomplete() {
        let buf = b"*3\r\n$3\r\nfoo\r\n%1\r\n+a\r\n:1\r\n>2\r\n,1.5\r\n=8\r\ntxt:ab\r\n\r\n";
        for i in 0..buf.len() {
            assert_eq!(parse_frame(&buf[..i]), Parsed::Incomplete, "prefix {i}");
        }
        let f = all(buf);
        assert!(matches!(f, Frame::Array(ref v) if v.len() == 3));
    }

    #[test]
    fn nulls_and_errors() {
        assert_eq!(all(b"$-1\r\n"), Frame::NullBulk);
        assert_eq!(all(b"*-1\r\n"), Frame::NullArray);
        assert_eq!(all(b"_\r\n"), Frame::Null);
        assert!(matches!(parse_frame(b"$3\r\nabcd\r\n"), Parsed::Invalid(_)));
        assert!(matches!(parse_frame(b"+OK\n"), Parsed::Invalid(_)));
        assert!(matches!(parse_frame(b"$01\r\na\r\n"), Parsed::Invalid(_)));
        assert!(matches!(parse_frame(b"?\r\n"), Parsed::Invalid(_)));
    }

    #[test]
    fn attribute_wraps_next_frame() {
        let f = all(b"|1\r\n+k\r\n+v\r\n:5\r\n");
        assert_eq!(
            f,
            Frame::Attribute(
                vec![(Frame::Simple(b"k".to_vec()), Frame::Simple(b"v".to_vec()))],
                Box::new(Frame::Integer(b"5".to_vec()))
            )
        );
        assert_eq!(parse_frame(b"|1\r\n+k\r\n+v\r\n"), Parsed::Incomplete);
    }
}
