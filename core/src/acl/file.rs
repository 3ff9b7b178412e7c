//! The ACL file (`aclfile`): the text ACL SAVE writes, and the parser ACL LOAD and
//! start-up use, with Redis 7.0's error texts. Reading and writing the file is the
//! runtime's job; this is pure.

use super::user::{User, has_spaces, merge_selector_args};

/// The file's contents for these users: a `user <name> <rules>` line each.
pub fn render<'a>(users: impl Iterator<Item = &'a User>) -> Vec<u8> {
    let mut out = Vec::new();
    for u in users {
        out.extend_from_slice(b"user ");
        out.extend_from_slice(&u.name);
        out.push(b' ');
        out.extend_from_slice(&u.describe());
        out.push(b'\n');
    }
    out
}

/// Parses an ACL file (Redis's `ACLLoadFromFile`): every line empty or
/// `user <name> <rules...>`. `filename` is named in the errors. Any error rejects the
/// whole file, with every problem found described in one line.
pub fn parse(text: &[u8], filename: &str, pubsub_all: bool) -> Result<Vec<User>, String> {
    let mut errors = String::new();
    let mut users: Vec<User> = Vec::new();
    for (i, line) in text.split(|&b| b == b'\n').enumerate() {
        let linenum = i + 1;
        let line = trim(line, b" \t\r\n");
        if line.is_empty() {
            continue;
        }
        let argv: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
        if argv.first() != Some(&&b"user"[..]) || argv.len() < 2 {
            errors.push_str(&format!(
                "{filename}:{linenum} should start with user keyword followed by the username. "
            ));
            continue;
        }
        let name = argv[1];
        if has_spaces(name) {
            errors.push_str(&format!(
                "'{filename}:{linenum}: username '{}' contains invalid characters. ",
                String::from_utf8_lossy(name)
            ));
            continue;
        }
        if users.iter().any(|u| u.name == name) {
            errors.push_str(&format!(
                "WARNING: Duplicate user '{}' found on line {linenum}. ",
                String::from_utf8_lossy(name)
            ));
            continue;
        }
        let mut user = User::new(name, pubsub_all);
        match merge_selector_args(&argv[2..]) {
            Ok(ops) => {
                for op in ops {
                    if let Err(e) = user.apply(trim(&op, b"\t\r\n"), pubsub_all) {
                        errors.push_str(&format!("{filename}:{linenum}: {}. ", e.message()));
                    }
                }
            }
            Err(_) => errors.push_str(&format!(
                "{filename}:{linenum}: Unmatched parenthesis in selector definition."
            )),
        }
        users.push(user);
    }
    if errors.is_empty() {
        Ok(users)
    } else {
        errors.push_str(
            "WARNING: ACL errors detected, no change to the previously active ACL rules was \
             performed",
        );
        Err(errors)
    }
}

/// `s` without the bytes of `set` at either end.
fn trim<'a>(s: &'a [u8], set: &[u8]) -> &'a [u8] {
    let start = s.iter().position(|b| !set.contains(b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|b| !set.contains(b))
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_text_loads_back() {
        let mut alice = User::new(b"alice", false);
        for op in ["on", ">pw", "~a*", "+get", "(+set ~s*)"] {
            alice.apply(op.as_bytes(), false).unwrap();
        }
        let users = [alice, User::new_default()];
        let text = render(users.iter());
        let back = parse(&text, "users.acl", false).unwrap();
        assert_eq!(render(back.iter()), text);
    }

    // Texts from redis-server 7.0.15's ACL LOAD.
    #[test]
    fn errors_name_file_and_line() {
        let e = parse(b"\nuser a on bogus\nfoo\nuser a\n", "u.acl", false).unwrap_err();
        assert_eq!(
            e,
            "u.acl:2: Syntax error. u.acl:3 should start with user keyword followed by the \
             username. WARNING: Duplicate user 'a' found on line 4. WARNING: ACL errors \
             detected, no change to the previously active ACL rules was performed"
        );
    }
}
