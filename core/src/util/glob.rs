//! Redis glob matching (`stringmatchlen`), binary-safe, with its quirks.
//!
//! KEYS, SCAN MATCH, PSUBSCRIBE and CONFIG GET all use Redis's own matcher, and clients
//! can tell a different one apart, so this is a faithful port rather than a "better"
//! glob:
//! - `*` any run (possibly empty), `?` any one byte, `\x` the byte `x` literally;
//! - `[...]` a class: only `^` negates (`!` is an ordinary byte), `\` escapes inside it,
//!   `a-z` is a range whose ends are swapped when reversed, and range ends compare as
//!   C's *signed* `char` (so `[a-\xff]` is the range `\xff`(-1)..`a`, which holds `A`
//!   but not `b` or `\x80`);
//! - `[a-]` is the range from `a` to the closing `]`, and a class missing its `]`
//!   ends at the end of the pattern (its last byte then closes it);
//! - a pattern nested deeper than 1000 `*` levels never matches, and once the rest of a
//!   pattern failed to match anywhere after a `*`, earlier `*`s give up too (the
//!   "skip longer matches" shortcut that keeps pathological patterns linear-ish).

/// Deepest `*` recursion Redis allows before declaring no match.
const MAX_NESTING: u32 = 1000;

/// Whether `string` matches the glob `pattern` (case-sensitive).
pub fn matches(pattern: &[u8], string: &[u8]) -> bool {
    let mut skip = false;
    match_impl(pattern, 0, string, 0, false, &mut skip, 0)
}

/// Whether `string` matches the glob `pattern`, ignoring ASCII case (CONFIG GET).
pub fn matches_nocase(pattern: &[u8], string: &[u8]) -> bool {
    let mut skip = false;
    match_impl(pattern, 0, string, 0, true, &mut skip, 0)
}

/// C's `tolower` in the C locale, on a value that may be a negative `char`.
fn lower(c: i32) -> i32 {
    if (i32::from(b'A')..=i32::from(b'Z')).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The pattern byte at `i`, or 0 past the end (Redis patterns are NUL-terminated
/// strings, and the C code peeks one byte past the end in a few places).
fn at(pattern: &[u8], i: usize) -> u8 {
    pattern.get(i).copied().unwrap_or(0)
}

/// A byte as C's signed `char` widened to `int`.
fn signed(b: u8) -> i32 {
    i32::from(b as i8)
}

/// The matcher proper. `p`/`s` index the next pattern/string byte; the remaining
/// lengths are `pattern.len() - p` and `string.len() - s`.
fn match_impl(
    pattern: &[u8],
    mut p: usize,
    string: &[u8],
    mut s: usize,
    nocase: bool,
    skip_longer: &mut bool,
    nesting: u32,
) -> bool {
    if nesting > MAX_NESTING {
        return false;
    }
    let plen = pattern.len();
    let slen = string.len();
    while p < plen && s < slen {
        let sc = string[s];
        match pattern[p] {
            b'*' => {
                while p < plen && at(pattern, p + 1) == b'*' {
                    p += 1;
                }
                if plen - p == 1 {
                    return true;
                }
                while s < slen {
                    if match_impl(pattern, p + 1, string, s, nocase, skip_longer, nesting + 1) {
                        return true;
                    }
                    if *skip_longer {
                        return false;
                    }
                    s += 1;
                }
                // The rest of the pattern matched nowhere in the rest of the string:
                // no earlier `*` can help by consuming more.
                *skip_longer = true;
                return false;
            }
            b'?' => {
                s += 1;
            }
            b'[' => {
                p += 1;
                let not = at(pattern, p) == b'^';
                if not {
                    p += 1;
                }
                let mut matched = false;
                loop {
                    let rem = plen.saturating_sub(p);
                    let pc = at(pattern, p);
                    if pc == b'\\' && rem >= 2 {
                        p += 1;
                        if at(pattern, p) == sc {
                            matched = true;
                        }
                    } else if pc == b']' {
                        break;
                    } else if rem == 0 {
                        // Unterminated class: step back so the common advance below
                        // lands exactly on the end of the pattern.
                        p -= 1;
                        break;
                    } else if rem >= 3 && at(pattern, p + 1) == b'-' {
                        let mut start = signed(pc);
                        let mut end = signed(at(pattern, p + 2));
                        let mut c = signed(sc);
                        if start > end {
                            std::mem::swap(&mut start, &mut end);
                        }
                        if nocase {
                            start = lower(start);
                            end = lower(end);
                            c = lower(c);
                        }
                        p += 2;
                        if c >= start && c <= end {
                            matched = true;
                        }
                    } else if nocase {
                        if lower(signed(pc)) == lower(signed(sc)) {
                            matched = true;
                        }
                    } else if pc == sc {
                        matched = true;
                    }
                    p += 1;
                }
                if not {
                    matched = !matched;
                }
                if !matched {
                    return false;
                }
                s += 1;
            }
            pc => {
                let mut pc = pc;
                if pc == b'\\' && plen - p >= 2 {
                    p += 1;
                    pc = pattern[p];
                }
                let equal = if nocase {
                    lower(signed(pc)) == lower(signed(sc))
                } else {
                    pc == sc
                };
                if !equal {
                    return false;
                }
                s += 1;
            }
        }
        p += 1;
        if s == slen {
            while p < plen && pattern[p] == b'*' {
                p += 1;
            }
            break;
        }
    }
    p >= plen && s == slen
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (pattern, string, expected), each expectation recorded from Redis 7.0.15 by
    /// `FLUSHALL`, `SET <string> x`, `KEYS <pattern>`: hand-picked tricky cases, then
    /// random patterns over glob metacharacters and high bytes. KEYS treats the lone
    /// pattern `*` as "everything" before calling the matcher (so `*` lists the empty
    /// key although the matcher alone says no).
    const CASES: &[(&[u8], &[u8], bool)] = &[
        (b"*", b"", true),
        (b"", b"", true),
        (b"", b"a", false),
        (b"a", b"", false),
        (b"?", b"", false),
        (b"*", b"abc", true),
        (b"a*", b"abc", true),
        (b"*c", b"abc", true),
        (b"*b*", b"abc", true),
        (b"a?c", b"abc", true),
        (b"a?c", b"ac", false),
        (b"a**c", b"abc", true),
        (b"a*d", b"abc", false),
        (b"[abc]", b"b", true),
        (b"[abc]", b"d", false),
        (b"[^abc]", b"d", true),
        (b"[^abc]", b"a", false),
        (b"[!abc]", b"!", true),
        (b"[!abc]", b"d", false),
        (b"[a-c]", b"b", true),
        (b"[c-a]", b"b", true),
        (b"[a-c]", b"d", false),
        (b"[a-]", b"a", true),
        (b"[a-]", b"^", true),
        (b"[a-]", b"]", true),
        (b"[a-]", b"_", true),
        (b"[a-]", b"-", false),
        (b"[a-]", b"b", false),
        (b"[a-\xff]", b"A", true),
        (b"[a-\xff]", b"b", false),
        (b"[a-\xff]", b"\x80", false),
        (b"[a-\xff]", b"\xff", true),
        (b"[\x80-\xff]", b"\x90", true),
        (b"[\x80-\xff]", b"a", false),
        (b"\\*", b"*", true),
        (b"\\*", b"a", false),
        (b"a\\", b"a\\", true),
        (b"[\\]]", b"]", true),
        (b"[\\-]", b"-", true),
        (b"[a\\-c]", b"b", false),
        (b"[a\\-c]", b"-", true),
        (b"\\a", b"a", true),
        (b"[abc", b"a", true),
        (b"[abc", b"c", true),
        (b"[abc", b"d", false),
        (b"[", b"[", false),
        (b"a[", b"a[", false),
        (b"[^", b"x", true),
        (b"[^", b"^", true),
        (b"[a-", b"a", true),
        (b"[a-", b"-", true),
        (b"*[", b"x", false),
        (b"[]", b"]", false),
        (b"[]]", b"]", false),
        (b"[]a]", b"a", false),
        (b"[^]", b"x", true),
        (b"abc***", b"abc", true),
        (b"abc*?", b"abc", false),
        (b"a\x00*", b"a\x00b", true),
        (b"a?b", b"a\x00b", true),
        (b"[\x00]", b"\x00", true),
        (b"[\\", b"\\", true),
        (b"[\\", b"a", false),
        (b"[a\\", b"\\", true),
        (b"[a\\", b"a", true),
        (b"[\\a", b"a", true),
        (b"\\", b"\\", true),
        (b"a\\", b"a", false),
        (b"[-a]", b"-", true),
        (b"[-]", b"-", true),
        (b"[--]", b"-", true),
        (b"[a-b-c]", b"-", true),
        (b"[a-b-c]", b"c", true),
        (b"[z-a]", b"m", true),
        (b"*\\", b"ab\\", true),
        (b"[*]", b"*", true),
        (b"[*]", b"a", false),
        (b"[?]", b"a", false),
        (b"?*?", b"a", false),
        (b"?*?", b"ab", true),
        (b"*a*b*", b"xaybz", true),
        (b"*a*b*", b"xbya", false),
        (b"[^a-c]", b"b", false),
        (b"[^a-c]", b"^", true),
        (b"[\xff-a]", b"\x80", false),
        (b"[\x7f-\x80]", b"a", true),
        (b"[\x7f-\x80]", b"\x7f", true),
        (b"[\x7f-\x80]", b"\x80", true),
        (b"[A-Z]", b"a", false),
        (b"[a-z]x", b"bX", false),
        (b"h[e]llo", b"hello", true),
        (b"*^", b"", false),
        (b"", b"b\\\x80a", false),
        (b"?ab^", b"b]b", false),
        (b"^a\xffb", b"A", false),
        (b"\xffa\xff\xff^", b"", false),
        (b"a", b"^-*^", false),
        (b"b\xff[\\", b"b", false),
        (b"\xff\x80?]", b"", false),
        (b"Ab\xffa", b"][A\xff", false),
        (b"]-\xff", b"\\-]", false),
        (b"*A?b\xff[", b"[\\[-", false),
        (b"bb\\^", b"\\", false),
        (b"-", b"aAb", false),
        (b"\\\xff]]A]", b"[\x80[b", false),
        (b"b[-A\x80b", b"", false),
        (b"A[\x80\xff\x80", b"-*A", false),
        (b"a-", b"^\x80", false),
        (b"", b"a]-", false),
        (b"A", b"*", false),
        (b"-b*", b"*\xff-", false),
        (b"^", b"-*\\A", false),
        (b"?*b", b"^", false),
        (b"\x80", b"a", false),
        (b"\xff*[", b"a^", false),
        (b"\\]\xff", b"\\^\xff\x80", false),
        (b"\x80Aa-\x80", b"****", false),
        (b"", b"A*a", false),
        (b"b", b"[", false),
        (b"b", b"\x80a", false),
        (b"", b"", true),
        (b"*\\b]", b"ab]\x80", false),
        (b"*\x80[", b"\x80\\", false),
        (b"bb-", b"[[-", false),
        (b"", b"b", false),
        (b"]A[-A", b"\xff", false),
        (b"", b"\xff", false),
        (b"*A", b"a\xff-A", true),
        (b"bA[\\]*", b"]\xff", false),
        (b"\\]\x80?", b"]]*]", false),
        (b"\\", b"\\aa", false),
        (b"[-[?A\xff", b"[\\", false),
        (b"b?", b"", false),
        (b"-", b"\\", false),
        (b"-", b"\x80a[A", false),
        (b"\x80b", b"", false),
        (b"A?-", b"*", false),
        (b"\x80]bA^-", b"b^^", false),
        (b"a", b"\x80", false),
        (b"\x80*\xff", b"[A\\^", false),
        (b"\\*aa", b"", false),
        (b"A*^?", b"a", false),
        (b"?[", b"]\x80\\-", false),
        (b"^*aA", b"[A", false),
        (b"\\^\\*", b"^\xff\xffa", false),
        (b"-*\xffa**", b"[", false),
        (b"Ab\\a", b"A\xff", false),
        (b"\\-b\\", b"", false),
        (b"?", b"ab", false),
        (b"-\\ab", b"\\\x80\xff", false),
        (b"\\?A[", b"\xff\xff[", false),
        (b"?A\\[", b"][^*", false),
        (b"", b"[\\b", false),
        (b"?^b?\x80", b"b^", false),
        (b"\x80\x80]*[", b"[", false),
        (b"A", b"", false),
        (b"-*\x80", b"^", false),
        (b"^\\^]^", b"\\", false),
        (b"bA", b"a\\", false),
        (b"--Aa", b"\\\xff\x80", false),
        (b"\\b", b"", false),
        (b"?bb[[a", b"-", false),
        (b"*^\x80[^*", b"\xff\x80[\\", false),
        (b"", b"a^", false),
        (b"b[a", b"", false),
        (b"[b\xff?b[", b"", false),
        (b"a]\\", b"-\x80^", false),
        (b"", b"]b^-", false),
        (b"", b"]", false),
        (b"\x80[", b"]-[\xff", false),
        (b"*[]a[", b"", false),
        (b"", b"", true),
        (b"\\\\?\\-", b"[", false),
        (b"", b"A[\xff", false),
        (b"^\\[A??", b"]A", false),
        (b"^", b"a^", false),
        (b"", b"", true),
        (b"A[^*a", b"", false),
        (b"^\\\x80[\xff", b"-", false),
        (b"", b"^^-", false),
        (b"a[]", b"\xff\\", false),
        (b"a", b"]\\", false),
        (b"a", b"*b", false),
        (b"[\\\x80", b"]", false),
        (b"ab[b", b"*", false),
        (b"a^a[", b"A]", false),
        (b"", b"\xff^A\x80", false),
        (b"]A-", b"-", false),
        (b"\xff\x80*aA", b"A*\xff^", false),
        (b"\\\xffa\x80", b"AA]b", false),
        (b"", b"", true),
        (b"\x80", b"b*", false),
        (b"-\\a\x80a\x80", b"A][-", false),
        (b"", b"b\xff\xff", false),
        (b"", b"b[-b", false),
        (b"[?A??A", b"[*b", false),
        (b"\x80[a", b"AA]b", false),
        (b"*][\x80", b"\x80\x80", false),
        (b"a", b"a[-", false),
        (b"bA?\x80-", b"\xff-", false),
        (b"--b", b"]-b[", false),
        (b"", b"[b", false),
        (b"\\-[^??", b"", false),
        (b"b*A\\", b"\\^", false),
        (b"\x80\\[b", b"][", false),
        (b"^a*", b"", false),
        (b"\x80-^", b"^*", false),
        (b"^]", b"", false),
        (b"]a]]^b", b"a", false),
        (b"[[]b^", b"\x80b\\", false),
        (b"[a[", b"", false),
        (b"", b"A^", false),
        (b"[", b"\xff\\]", false),
        (b"]^a\x80^\\", b"]ba*", false),
        (b"\xff*\x80", b"[a", false),
        (b"**-^", b"--", false),
        (b"AA", b"*A", false),
        (b"[", b"\xffA*", false),
        (b"", b"A", false),
        (b"b", b"\xff", false),
        (b"-\\?-]-", b"^\xff]", false),
        (b"b", b"\\", false),
        (b"b]?]", b"\x80]", false),
        (b"", b"**\xff", false),
        (b"^", b"\\a", false),
        (b"[\xff]", b"A", false),
        (b"\\\x80?b", b"]*", false),
        (b"\x80-^", b"a^", false),
        (b"", b"[\x80[", false),
        (b"", b"", true),
        (b"\\--", b"b", false),
        (b"*", b"\xff", true),
        (b"bAA\x80-", b"", false),
        (b"aa*?", b"aA-^", false),
        (b"[\\\x80^A", b"", false),
        (b"", b"", true),
        (b"\\\xff", b"*", false),
        (b"?\xff", b"", false),
        (b"", b"-[-\\", false),
        (b"?-\\?\\", b"a", false),
        (b"A\x80[", b"", false),
        (b"", b"[", false),
        (b"\x80^b[?", b"\\][", false),
        (b"", b"*\\", false),
        (b"^?a[A", b"b][]", false),
        (b"??", b"]--", false),
        (b"", b"[\x80^]", false),
        (b"^\x80a", b"^*a]", false),
        (b"", b"^*aa", false),
        (b"^", b"\\bb", false),
        (b"]", b"^", false),
        (b"\\A-a[", b"\\\\[", false),
        (b"b", b"", false),
        (b"", b"b\\", false),
        (b"b\\?", b"\\-*", false),
        (b"", b"", true),
        (b"-?]\\-", b"\\", false),
        (b"A-", b"", false),
        (b"^?\x80^a", b"a[b", false),
        (b"a[?Ab\xff", b"\\-", false),
        (b"\xffa", b"\\-", false),
        (b"aA", b"Aba]", false),
        (b"", b"[*-", false),
        (b"-*-", b"a", false),
        (b"A[A*\xff?", b"\\[", false),
        (b"\xffb", b"]*^]", false),
        (b"b\x80a", b"\xff\xff\\", false),
        (b"^", b"", false),
        (b"", b"\x80b", false),
        (b"b", b"[[^", false),
        (b"*", b"[\x80A", true),
        (b"A", b"Ab--", false),
        (b"\xff[", b"--", false),
        (b"-", b"^", false),
        (b"?", b"-", true),
        (b"?]b^", b"]\xff", false),
        (b"?\x80b\x80", b"aba", false),
        (b"?-]", b"", false),
        (b"?b", b"", false),
        (b"\xff", b"]b\\\xff", false),
        (b"*-\xff[\x80a", b"", false),
        (b"\xffA\xff]?", b"", false),
        (b"]*", b"", false),
        (b"[", b"", false),
        (b"A\x80?a", b"*A", false),
        (b"*\xff", b"b]", false),
        (b"", b"\xff[b", false),
        (b"b^\x80", b"^A\xffb", false),
        (b"*^A[^", b"A-", false),
        (b"a[A", b"\\**a", false),
        (b"]\x80?^A^", b"a", false),
        (b"*^b", b"", false),
        (b"\xff]-", b"^", false),
        (b"", b"", true),
        (b"*\x80^b", b"\x80\\\xff^", false),
        (b"]", b"^\xff", false),
        (b"b", b"", false),
        (b"-?[", b"a", false),
        (b"]a\xff", b"b\x80^", false),
        (b"?\xff^\xff?", b"^\x80]", false),
        (b"", b"\xff^*", false),
        (b"b*", b"]", false),
        (b"", b"AaA\\", false),
        (b"", b"\x80[\xff", false),
        (b"\x80[\x80^[\xff", b"*", false),
        (b"\x80]-", b"[^aa", false),
        (b"--?-", b"[^[*", false),
        (b"", b"", true),
        (b"]", b"\\b[", false),
        (b"\\\x80aa", b"b", false),
        (b"]A\\ba", b"*A^a", false),
        (b"b\xffAAb?", b"[", false),
        (b"*\x80", b"b", false),
        (b"]\xff[*]\xff", b"[^", false),
        (b"\\-", b"\x80", false),
        (b"\xff\\", b"\\", false),
        (b"a?", b"*", false),
        (b"\x80", b"A\\", false),
        (b"*[b", b"aA\\[", false),
        (b"\\\xffAb", b"\xffA", false),
        (b"^A][^]", b"^\\\\b", false),
        (b"?*\xff", b"", false),
        (b"\\[", b"A\x80", false),
        (b"]AaAa", b"^", false),
        (b"\xff\x80", b"*\xff\\", false),
        (b"", b"[", false),
        (b"\xff", b"", false),
        (b"", b"", true),
        (b"", b"\\-b\xff", false),
        (b"\\?", b"\x80-\x80", false),
        (b"?", b"\x80[", false),
        (b"*", b"", true),
        (b"?A*-bb", b"A", false),
        (b"[^[aa\x80", b"\\\x80A\x80", false),
        (b"\xff\\A", b"]^a", false),
        (b"", b"", true),
        (b"a^*?", b"a", false),
        (b"ba\xff\\\x80?", b"*", false),
        (b"\\", b"A\xffAA", false),
        (b"\xff*\\", b"b-", false),
        (b"aA-A\\", b"", false),
        (b"^A-", b"", false),
        (b"\x80-*?b", b"]A", false),
        (b"", b"", true),
        (b"AA", b"a-", false),
        (b"\\\x80^\x80\\", b"-A", false),
        (b"b", b"a^-]", false),
        (b"A?*A]?", b"\\\x80]", false),
        (b"\x80A\x80", b"[[\xffa", false),
        (b"a^A?\xff[", b"*", false),
        (b"\xffb\xff*", b"a", false),
        (b"", b"", true),
        (b"", b"^\\^a", false),
        (b"", b"", true),
        (b"A", b"", false),
        (b"bAab\xff", b"]\xff", false),
        (b"bA^b?", b"]", false),
        (b"", b"", true),
        (b"", b"", true),
        (b"\x80\x80[-b*", b"", false),
        (b"\x80?[]]^", b"a\\", false),
        (b"[a", b"\\\x80", false),
        (b"-[\xffA", b"", false),
        (b"^a^\\b]", b"a\xff\x80", false),
        (b"A", b"", false),
        (b"[*^a", b"]-aa", false),
        (b"-b", b"^[\x80", false),
        (b"\\[", b"^-]]", false),
        (b"*b\x80", b"", false),
        (b"A\\b", b"\\b", false),
        (b"^Ab", b"Aa\\", false),
        (b"[", b"*\xff", false),
        (b"*^\x80?", b"^\xff\x80", false),
        (b"A\xff\x80a]\xff", b"\xff^", false),
        (b"-\x80\\A]*", b"[-\x80", false),
        (b"*", b"[A", true),
        (b"?\\?[[", b"^^]\\", false),
        (b"\\]*?", b"]-", true),
        (b"b*\x80b?", b"^^-", false),
        (b"[^[?b", b"", false),
        (b"?^", b"aa*", false),
        (b"^A?\\\x80[", b"a^-", false),
        (b"A^aA", b"*", false),
        (b"\xff\xffA\x80^", b"A", false),
        (b"\x80\x80A\xff?", b"A", false),
        (b"", b"*\\-", false),
        (b"Ab^?^", b"-", false),
        (b"^--a\xff^", b"AA^A", false),
        (b"a^", b"ba-", false),
        (b"?*A?", b"\\b\x80[", false),
        (b"?A-\\", b"", false),
    ];

    #[test]
    fn matches_redis_reference() {
        for &(p, s, want) in CASES {
            assert_eq!(
                p == b"*" || matches(p, s),
                want,
                "pattern {:?} string {:?}",
                String::from_utf8_lossy(p),
                String::from_utf8_lossy(s)
            );
        }
    }

    #[test]
    fn nocase() {
        assert!(matches_nocase(b"MAXMEM*", b"maxmemory"));
        assert!(matches_nocase(b"[A-C]x", b"bX"));
        assert!(!matches(b"[A-C]x", b"bX"));
        assert!(matches_nocase(b"[^A]", b"b"));
        assert!(!matches_nocase(b"[^A]", b"a"));
    }

    #[test]
    fn nesting_limit() {
        // Redis 7.0.15: KEYS (*a)x1000 finds a 1000-byte run of `a`, (*a)x1001 finds
        // nothing even in a 1001-byte run (nesting over 1000), and (*a)x999 matches a
        // longer run.
        let star_a = |n: usize| b"*a".repeat(n);
        assert!(matches(&star_a(1000), &[b'a'; 1000]));
        assert!(!matches(&star_a(1001), &[b'a'; 1001]));
        assert!(matches(&star_a(999), &[b'a'; 1001]));
        assert!(!matches(&star_a(1000), &[b'a'; 999]));
        assert!(!matches(b"**", b""));
        assert!(!matches(b"*", b""));
    }

    #[test]
    fn pathological_is_fast() {
        // Exponential without the skip-longer-matches shortcut.
        let p = b"a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b";
        let s = vec![b'a'; 2000];
        assert!(!matches(p, &s));
    }

    /// A plain textbook matcher for patterns of literals, `?` and `*` only, where
    /// Redis's matcher has no quirks.
    fn simple_model(p: &[u8], s: &[u8]) -> bool {
        // dp[j]: pattern[..i] matches string[..j].
        let mut dp = vec![false; s.len() + 1];
        dp[0] = true;
        for &pc in p {
            let mut next = vec![false; s.len() + 1];
            for j in 0..=s.len() {
                next[j] = match pc {
                    b'*' => dp[j] || (j > 0 && next[j - 1]),
                    b'?' => j > 0 && dp[j - 1],
                    c => j > 0 && dp[j - 1] && s[j - 1] == c,
                };
            }
            dp = next;
        }
        dp[s.len()]
    }

    fn qc_seed() -> (u64, u64) {
        let env = |name: &str| std::env::var(name).ok().and_then(|s| s.parse().ok());
        let seed = env("QC_SEED").unwrap_or(0x61_0b);
        let tests = env("QUICKCHECK_TESTS").unwrap_or(2_000);
        eprintln!("glob properties: QC_SEED={seed} QUICKCHECK_TESTS={tests}");
        (seed, tests)
    }

    /// Over `a`, `b`, `?` and `*`, the port agrees with the textbook matcher.
    #[test]
    fn quickcheck_agrees_with_simple_model() {
        fn prop(p: Vec<u8>, s: Vec<u8>) -> bool {
            let p: Vec<u8> = p.iter().map(|b| b"ab?*"[usize::from(b % 4)]).collect();
            let s: Vec<u8> = s.iter().map(|b| b"ab"[usize::from(b % 2)]).collect();
            // Redis's matcher says "no" to a lone run of stars against the empty string
            // (KEYS special-cases `*`); elsewhere it is the textbook answer.
            let stars_vs_empty = s.is_empty() && !p.is_empty() && p.iter().all(|&c| c == b'*');
            matches(&p, &s) == (simple_model(&p, &s) && !stars_vs_empty)
        }
        let (seed, tests) = qc_seed();
        quickcheck::QuickCheck::new()
            .tests(tests)
            .rng(quickcheck::Gen::from_size_and_seed(12, seed))
            .quickcheck(prop as fn(Vec<u8>, Vec<u8>) -> bool);
    }

    /// Any bytes: no panic, and on lower-case input the nocase variant agrees.
    #[test]
    fn quickcheck_arbitrary_bytes() {
        fn prop(p: Vec<u8>, s: Vec<u8>) -> bool {
            let alphabet = b"aB*?[]^-\\\x00\xff";
            let p: Vec<u8> = p.iter().map(|b| alphabet[usize::from(b % 11)]).collect();
            let s: Vec<u8> = s.iter().map(|b| alphabet[usize::from(b % 11)]).collect();
            let (pl, sl) = (p.to_ascii_lowercase(), s.to_ascii_lowercase());
            let _ = matches(&p, &s);
            // (Not case-invariant in general: nocase lowers range ends after ordering
            // them, so `[B-a]` is empty while `[b-a]` is `a`..`b`.)
            matches_nocase(&pl, &sl) == matches(&pl, &sl)
        }
        let (seed, tests) = qc_seed();
        quickcheck::QuickCheck::new()
            .tests(tests)
            .rng(quickcheck::Gen::from_size_and_seed(16, seed))
            .quickcheck(prop as fn(Vec<u8>, Vec<u8>) -> bool);
    }
}
