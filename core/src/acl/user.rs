//! ACL users and selectors: the rules Redis 7.0's `ACL SETUSER` accepts, applied one
//! at a time (`on`, `>pass`, `+@read`, `~key*`, `(...)`, ...), and the text ACL LIST,
//! ACL GETUSER and ACL SAVE describe them with.

use super::table::{AclTable, CATEGORIES, COMMAND_BITS, FUTURE_BIT, category_bit, table};
use crate::util::glob;

/// Words of a command bitmap.
const WORDS: usize = COMMAND_BITS / 64;

/// Read permission on keys matching a pattern (`%R~`).
pub const KEY_READ: u8 = 1;
/// Write permission on keys matching a pattern (`%W~`).
pub const KEY_WRITE: u8 = 2;
/// Both (`~`).
pub const KEY_ALL: u8 = KEY_READ | KEY_WRITE;

/// Why a rule was refused, with Redis's text for it (`ACLSetUserStringError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleError {
    /// EINVAL: not a rule, or a pattern with spaces.
    Syntax,
    /// ENOENT: unknown command or category.
    Unknown,
    /// EEXIST: a key pattern after `allkeys`.
    KeysAfterAll,
    /// EISDIR: a channel pattern after `allchannels`.
    ChannelsAfterAll,
    /// ENODEV: removing a password the user does not have.
    NoSuchPassword,
    /// EBADMSG: a malformed `#hash` / `!hash`.
    BadHash,
    /// ECHILD: `+container|sub|arg`.
    FirstArgOfSubcommand,
    /// EALREADY: the same user twice in the config file.
    Duplicate,
}

impl RuleError {
    /// Redis's description of the error.
    pub fn message(self) -> &'static str {
        match self {
            RuleError::Syntax => "Syntax error",
            RuleError::Unknown => "Unknown command or category name in ACL",
            RuleError::KeysAfterAll => {
                "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and \
                 does not have any effect. Try 'resetkeys' to start with an empty list of patterns"
            }
            RuleError::ChannelsAfterAll => {
                "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid \
                 and does not have any effect. Try 'resetchannels' to start with an empty list \
                 of channels"
            }
            RuleError::NoSuchPassword => {
                "The password you are trying to remove from the user does not exist"
            }
            RuleError::BadHash => {
                "The password hash must be exactly 64 characters and contain only lowercase \
                 hexadecimal characters"
            }
            RuleError::FirstArgOfSubcommand => {
                "Allowing first-arg of a subcommand is not supported"
            }
            RuleError::Duplicate => {
                "Duplicate user found. A user can only be defined once in config files"
            }
        }
    }
}

/// A key pattern and the access it grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPattern {
    /// [`KEY_READ`] / [`KEY_WRITE`] bits.
    pub flags: u8,
    /// The glob.
    pub pattern: Vec<u8>,
}

/// A set of permissions: commands, keys and channels. A user holds a root selector
/// and any number of `(...)` ones; a command is allowed when one selector allows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    /// The user's own rules (outside parentheses).
    pub root: bool,
    /// `allkeys` / `~*`.
    pub all_keys: bool,
    /// `allchannels` / `&*`.
    pub all_channels: bool,
    /// `+@all` with nothing removed since: command bits need no check.
    pub all_commands: bool,
    /// One bit per command id ([`table`]), plus the future-commands bit.
    pub allowed: [u64; WORDS],
    /// First arguments allowed for commands whose bit is clear (`+select|0`), by id,
    /// in the order given.
    pub first_args: Vec<(usize, Vec<Vec<u8>>)>,
    /// Key patterns, in the order given.
    pub patterns: Vec<KeyPattern>,
    /// Channel patterns, in the order given.
    pub channels: Vec<Vec<u8>>,
}

/// Whether `s` contains white space or NUL (not allowed in names and patterns).
pub fn has_spaces(s: &[u8]) -> bool {
    s.iter()
        .any(|&b| b == 0 || b == b' ' || (b'\t'..=b'\r').contains(&b))
}

impl Selector {
    /// An empty selector: no commands, keys or channels, except all channels when
    /// `acl-pubsub-default` is `allchannels`.
    pub fn new(root: bool, pubsub_all: bool) -> Self {
        Selector {
            root,
            all_keys: false,
            all_channels: pubsub_all,
            all_commands: false,
            allowed: [0; WORDS],
            first_args: Vec::new(),
            patterns: Vec::new(),
            channels: Vec::new(),
        }
    }

    /// Whether command `id`'s bit is set.
    pub fn bit(&self, id: usize) -> bool {
        self.allowed
            .get(id / 64)
            .is_some_and(|w| w & (1 << (id % 64)) != 0)
    }

    fn set_bit(&mut self, id: usize, value: bool) {
        if let Some(w) = self.allowed.get_mut(id / 64) {
            if value {
                *w |= 1 << (id % 64);
            } else {
                *w &= !(1 << (id % 64));
                self.all_commands = false;
            }
        }
    }

    /// Allows or forbids a command, and with a container all its subcommands.
    fn change_perm(&mut self, t: &AclTable, id: usize, allow: bool) {
        self.set_bit(id, allow);
        self.first_args.retain(|(c, _)| *c != id);
        for sub in t.commands[id].subs.clone() {
            self.set_bit(sub, allow);
        }
    }

    fn set_category(&mut self, t: &AclTable, bit: u32, allow: bool) {
        let ids: Vec<usize> = t.in_category(bit).collect();
        for id in ids {
            self.change_perm(t, id, allow);
        }
    }

    fn add_first_arg(&mut self, id: usize, arg: &[u8]) {
        match self.first_args.iter_mut().find(|(c, _)| *c == id) {
            Some((_, args)) => {
                if !args.iter().any(|a| a.eq_ignore_ascii_case(arg)) {
                    args.push(arg.to_vec());
                }
            }
            None => self.first_args.push((id, vec![arg.to_vec()])),
        }
    }

    /// Applies one selector rule (Redis's `ACLSetSelector`).
    pub fn apply(&mut self, op: &[u8]) -> Result<(), RuleError> {
        let is = |name: &str| op.eq_ignore_ascii_case(name.as_bytes());
        if is("allkeys") || is("~*") {
            self.all_keys = true;
            self.patterns.clear();
        } else if is("resetkeys") {
            self.all_keys = false;
            self.patterns.clear();
        } else if is("allchannels") || is("&*") {
            self.all_channels = true;
            self.channels.clear();
        } else if is("resetchannels") {
            self.all_channels = false;
            self.channels.clear();
        } else if is("allcommands") || is("+@all") {
            self.allowed = [u64::MAX; WORDS];
            self.all_commands = true;
            self.first_args.clear();
        } else if is("nocommands") || is("-@all") {
            self.allowed = [0; WORDS];
            self.all_commands = false;
            self.first_args.clear();
        } else if let Some(&first @ (b'~' | b'%')) = op.first() {
            if self.all_keys {
                return Err(RuleError::KeysAfterAll);
            }
            let (flags, pattern) = if first == b'%' {
                parse_key_flags(op)?
            } else {
                (KEY_ALL, &op[1..])
            };
            if has_spaces(pattern) {
                return Err(RuleError::Syntax);
            }
            match self.patterns.iter_mut().find(|p| p.pattern == pattern) {
                Some(p) => p.flags |= flags,
                None => self.patterns.push(KeyPattern {
                    flags,
                    pattern: pattern.to_vec(),
                }),
            }
        } else if let Some(pattern) = op.strip_prefix(b"&") {
            if self.all_channels {
                return Err(RuleError::ChannelsAfterAll);
            }
            if has_spaces(pattern) {
                return Err(RuleError::Syntax);
            }
            if !self.channels.iter().any(|c| c == pattern) {
                self.channels.push(pattern.to_vec());
            }
        } else if let Some(cat) = op.strip_prefix(b"+@").or_else(|| op.strip_prefix(b"-@")) {
            let bit = category_bit(cat).ok_or(RuleError::Unknown)?;
            self.set_category(table(), bit, op[0] == b'+');
        } else if let Some(name) = op.strip_prefix(b"+") {
            self.allow_command(table(), name)?;
        } else if let Some(name) = op.strip_prefix(b"-") {
            let t = table();
            let id = t.lookup(c_str(name)).ok_or(RuleError::Unknown)?;
            self.change_perm(t, id, false);
        } else {
            return Err(RuleError::Syntax);
        }
        Ok(())
    }

    /// `+name`, `+container|sub` or `+command|first-arg`.
    fn allow_command(&mut self, t: &AclTable, name: &[u8]) -> Result<(), RuleError> {
        let name = c_str(name);
        let Some(bar) = name.iter().rposition(|&b| b == b'|') else {
            let id = t.lookup(name).ok_or(RuleError::Unknown)?;
            self.change_perm(t, id, true);
            return Ok(());
        };
        let (base, sub) = (&name[..bar], &name[bar + 1..]);
        let id = t.lookup(base).ok_or(RuleError::Unknown)?;
        if t.commands[id].parent.is_some() {
            return Err(RuleError::FirstArgOfSubcommand);
        }
        if sub.is_empty() {
            return Err(RuleError::Syntax);
        }
        if t.commands[id].subs.is_empty() {
            self.add_first_arg(id, sub);
        } else {
            let sub_id = t.lookup(name).ok_or(RuleError::Unknown)?;
            self.change_perm(t, sub_id, true);
        }
        Ok(())
    }

    /// Whether this selector lets `id` run with these arguments (bits and first
    /// arguments only).
    pub fn command_allowed(&self, t: &AclTable, id: usize, argv: &[&[u8]]) -> bool {
        if self.all_commands || self.bit(id) {
            return true;
        }
        let Some((_, args)) = self.first_args.iter().find(|(c, _)| *c == id) else {
            return false;
        };
        let idx = if t.commands[id].parent.is_some() {
            2
        } else {
            1
        };
        argv.get(idx)
            .is_some_and(|a| args.iter().any(|x| x.eq_ignore_ascii_case(c_str(a))))
    }

    /// Whether the key may be accessed with `need` ([`KEY_READ`] / [`KEY_WRITE`]).
    pub fn key_allowed(&self, key: &[u8], need: u8) -> bool {
        self.all_keys
            || self
                .patterns
                .iter()
                .any(|p| p.flags & need == need && glob::matches(&p.pattern, key))
    }

    /// Whether the channel may be used; `literal`: it is a PSUBSCRIBE pattern, which
    /// must equal one of the user's patterns.
    pub fn channel_allowed(&self, channel: &[u8], literal: bool) -> bool {
        self.all_channels
            || self.channels.iter().any(|p| {
                if literal {
                    c_str(p) == c_str(channel)
                } else {
                    glob::matches(p, channel)
                }
            })
    }

    /// `~pattern` / `%R~pattern` text of each key pattern.
    pub fn key_rules(&self) -> Vec<Vec<u8>> {
        self.patterns
            .iter()
            .map(|p| {
                let mut s = match p.flags {
                    KEY_READ => b"%R~".to_vec(),
                    KEY_WRITE => b"%W~".to_vec(),
                    _ => b"~".to_vec(),
                };
                s.extend_from_slice(&p.pattern);
                s
            })
            .collect()
    }

    /// The rules that rebuild this selector's command bitmap (Redis's
    /// `ACLDescribeSelectorCommandRules`): `+@all` or `-@all`, then the categories
    /// that fit best, then single commands. Single commands come in table order
    /// (Redis's follow its hash table, which varies from run to run).
    pub fn describe_commands(&self) -> Vec<u8> {
        let t = table();
        let mut rules = Vec::new();
        let additive = !self.bit(FUTURE_BIT);
        let mut fake = Selector::new(false, false);
        if additive {
            rules.extend_from_slice(b"-@all ");
        } else {
            rules.extend_from_slice(b"+@all ");
            fake.allowed = [u64::MAX; WORDS];
        }
        let mut temp = Selector::new(false, false);
        temp.allowed = self.allowed;
        let mut applied = [false; CATEGORIES.len()];
        loop {
            let mut best = None;
            let (mut mindiff, mut maxsame) = (usize::MAX, 0usize);
            for (j, _) in CATEGORIES.iter().enumerate() {
                if applied[j] {
                    continue;
                }
                let (mut on, mut off) = (0usize, 0usize);
                for id in t.in_category(1 << j) {
                    if temp.bit(id) {
                        on += 1;
                    } else {
                        off += 1;
                    }
                }
                let (diff, same) = if additive { (off, on) } else { (on, off) };
                if same > diff && (diff < mindiff || (diff == mindiff && same > maxsame)) {
                    best = Some(j);
                    mindiff = diff;
                    maxsame = same;
                }
            }
            let Some(j) = best else { break };
            fake.set_category(t, 1 << j, additive);
            temp.set_category(t, 1 << j, !additive);
            rules.push(if additive { b'+' } else { b'-' });
            rules.push(b'@');
            rules.extend_from_slice(CATEGORIES[j].as_bytes());
            rules.push(b' ');
            applied[j] = true;
        }
        for (id, cmd) in t.commands.iter().enumerate() {
            if cmd.parent.is_some() {
                continue;
            }
            self.describe_single(t, &mut fake, id, &mut rules);
            for sub in cmd.subs.clone() {
                self.describe_single(t, &mut fake, sub, &mut rules);
            }
            if !self.bit(id)
                && let Some((_, args)) = self.first_args.iter().find(|(c, _)| *c == id)
            {
                for arg in args {
                    rules.push(b'+');
                    rules.extend_from_slice(cmd.name.as_bytes());
                    rules.push(b'|');
                    rules.extend_from_slice(arg);
                    rules.push(b' ');
                }
            }
        }
        rules.pop();
        rules
    }

    fn describe_single(&self, t: &AclTable, fake: &mut Selector, id: usize, rules: &mut Vec<u8>) {
        let user = self.bit(id);
        if user != fake.bit(id) {
            rules.push(if user { b'+' } else { b'-' });
            rules.extend_from_slice(t.commands[id].name.as_bytes());
            rules.push(b' ');
            fake.change_perm(t, id, user);
        }
    }

    /// The selector as ACL LIST shows it: keys, channels, commands.
    pub fn describe(&self) -> Vec<u8> {
        let mut s = Vec::new();
        if self.all_keys {
            s.extend_from_slice(b"~* ");
        } else {
            for rule in self.key_rules() {
                s.extend_from_slice(&rule);
                s.push(b' ');
            }
        }
        if self.all_channels {
            s.extend_from_slice(b"&* ");
        } else {
            s.extend_from_slice(b"resetchannels ");
            for c in &self.channels {
                s.push(b'&');
                s.extend_from_slice(c);
                s.push(b' ');
            }
        }
        s.extend_from_slice(&self.describe_commands());
        s
    }
}

/// `%R~`, `%W~`, `%RW~`: the flags and the pattern after `~`.
fn parse_key_flags(op: &[u8]) -> Result<(u8, &[u8]), RuleError> {
    let mut flags = 0;
    let mut offset = 1;
    while offset < op.len() {
        match op[offset].to_ascii_uppercase() {
            b'R' if flags & KEY_READ == 0 => flags |= KEY_READ,
            b'W' if flags & KEY_WRITE == 0 => flags |= KEY_WRITE,
            b'~' => {
                offset += 1;
                break;
            }
            _ => return Err(RuleError::Syntax),
        }
        offset += 1;
    }
    if flags == 0 {
        return Err(RuleError::Syntax);
    }
    Ok((flags, &op[offset.min(op.len())..]))
}

/// `s` up to its first NUL, as C string functions see it.
fn c_str(s: &[u8]) -> &[u8] {
    let end = s.iter().position(|&b| b == 0).unwrap_or(s.len());
    &s[..end]
}

/// The user is enabled (`on`).
pub const FLAG_ENABLED: u8 = 1;
/// The user is disabled (`off`).
pub const FLAG_DISABLED: u8 = 2;
/// Any password works (`nopass`).
pub const FLAG_NOPASS: u8 = 4;
/// `skip-sanitize-payload`.
pub const FLAG_SKIP_SANITIZE: u8 = 8;
/// `sanitize-payload`.
pub const FLAG_SANITIZE: u8 = 16;

/// User flags in the order Redis lists them.
pub const USER_FLAGS: [(&str, u8); 5] = [
    ("on", FLAG_ENABLED),
    ("off", FLAG_DISABLED),
    ("nopass", FLAG_NOPASS),
    ("skip-sanitize-payload", FLAG_SKIP_SANITIZE),
    ("sanitize-payload", FLAG_SANITIZE),
];

/// An ACL user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The name (no spaces).
    pub name: Vec<u8>,
    /// `FLAG_*` bits.
    pub flags: u8,
    /// SHA-256 hashes of the passwords, as 64 lower-case hex digits, in order.
    pub passwords: Vec<Vec<u8>>,
    /// The root selector first, then the `(...)` ones.
    pub selectors: Vec<Selector>,
}

/// SHA-256 of a password in lower-case hex.
pub fn hash_password(pass: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(pass);
    let hex = b"0123456789abcdef";
    let mut out = Vec::with_capacity(64);
    for b in digest {
        out.push(hex[usize::from(b >> 4)]);
        out.push(hex[usize::from(b & 15)]);
    }
    out
}

fn valid_hash(h: &[u8]) -> bool {
    h.len() == 64 && h.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Compares two hashes in time independent of where they differ.
fn same_hash(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for (x, y) in a.iter().zip(b) {
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

impl User {
    /// A new user as `ACL SETUSER` creates it: off, no password, no permissions.
    pub fn new(name: &[u8], pubsub_all: bool) -> Self {
        User {
            name: name.to_vec(),
            flags: FLAG_DISABLED,
            passwords: Vec::new(),
            selectors: vec![Selector::new(true, pubsub_all)],
        }
    }

    /// The `default` user of a fresh server: on, nopass, everything.
    pub fn new_default() -> Self {
        let mut u = User::new(b"default", false);
        for op in ["+@all", "~*", "&*", "on", "nopass"] {
            let _ = u.apply(op.as_bytes(), false);
        }
        u
    }

    /// The root selector.
    pub fn root(&self) -> &Selector {
        &self.selectors[0]
    }

    /// Applies one rule (Redis's `ACLSetUser`).
    pub fn apply(&mut self, op: &[u8], pubsub_all: bool) -> Result<(), RuleError> {
        if op.is_empty() {
            return Ok(());
        }
        let is = |name: &str| c_str(op).eq_ignore_ascii_case(name.as_bytes());
        if is("on") {
            self.flags = (self.flags | FLAG_ENABLED) & !FLAG_DISABLED;
        } else if is("off") {
            self.flags = (self.flags | FLAG_DISABLED) & !FLAG_ENABLED;
        } else if is("skip-sanitize-payload") {
            self.flags = (self.flags | FLAG_SKIP_SANITIZE) & !FLAG_SANITIZE;
        } else if is("sanitize-payload") {
            self.flags = (self.flags | FLAG_SANITIZE) & !FLAG_SKIP_SANITIZE;
        } else if is("nopass") {
            self.flags |= FLAG_NOPASS;
            self.passwords.clear();
        } else if is("resetpass") {
            self.flags &= !FLAG_NOPASS;
            self.passwords.clear();
        } else if let Some(&first @ (b'>' | b'#')) = op.first() {
            let hash = if first == b'>' {
                hash_password(&op[1..])
            } else if valid_hash(&op[1..]) {
                op[1..].to_vec()
            } else {
                return Err(RuleError::BadHash);
            };
            if !self.passwords.contains(&hash) {
                self.passwords.push(hash);
            }
            self.flags &= !FLAG_NOPASS;
        } else if let Some(&first @ (b'<' | b'!')) = op.first() {
            let hash = if first == b'<' {
                hash_password(&op[1..])
            } else if valid_hash(&op[1..]) {
                op[1..].to_vec()
            } else {
                return Err(RuleError::BadHash);
            };
            let pos = self
                .passwords
                .iter()
                .position(|p| *p == hash)
                .ok_or(RuleError::NoSuchPassword)?;
            self.passwords.remove(pos);
        } else if op.first() == Some(&b'(') && op.last() == Some(&b')') {
            let mut selector = Selector::new(false, pubsub_all);
            let inner = &op[1..op.len() - 1];
            let args = crate::util::splitargs::split_args(inner).unwrap_or_default();
            for arg in &args {
                selector.apply(arg)?;
            }
            self.selectors.push(selector);
        } else if is("clearselectors") {
            self.selectors.truncate(1);
        } else if is("reset") {
            for op in ["resetpass", "resetkeys", "resetchannels"] {
                let _ = self.apply(op.as_bytes(), pubsub_all);
            }
            if pubsub_all {
                let _ = self.apply(b"allchannels", pubsub_all);
            }
            for op in ["off", "sanitize-payload", "clearselectors", "-@all"] {
                let _ = self.apply(op.as_bytes(), pubsub_all);
            }
        } else {
            self.selectors[0].apply(op)?;
        }
        Ok(())
    }

    /// Whether `pass` authenticates this user (it must also be enabled).
    pub fn password_ok(&self, pass: &[u8]) -> bool {
        if self.flags & FLAG_DISABLED != 0 {
            return false;
        }
        if self.flags & FLAG_NOPASS != 0 {
            return true;
        }
        let hashed = hash_password(pass);
        let mut ok = false;
        for p in &self.passwords {
            ok |= same_hash(p, &hashed);
        }
        ok
    }

    /// Whether every command, key and channel is allowed: the permission check can
    /// be skipped.
    pub fn unrestricted(&self) -> bool {
        let root = self.root();
        root.all_commands && root.all_keys && root.all_channels
    }

    /// The rules after the name in ACL LIST (`on nopass ~* &* +@all`).
    pub fn describe(&self) -> Vec<u8> {
        let mut s = Vec::new();
        for (name, flag) in USER_FLAGS {
            if self.flags & flag != 0 {
                s.extend_from_slice(name.as_bytes());
                s.push(b' ');
            }
        }
        for p in &self.passwords {
            s.push(b'#');
            s.extend_from_slice(p);
            s.push(b' ');
        }
        for sel in &self.selectors {
            if sel.root {
                s.extend_from_slice(&sel.describe());
            } else {
                s.extend_from_slice(b" (");
                s.extend_from_slice(&sel.describe());
                s.push(b')');
            }
        }
        s
    }
}

/// Joins rules split over several arguments into selectors: `(+get` `~k)` becomes
/// `(+get ~k)`. `Err(index)` names the argument that opened an unclosed one.
pub fn merge_selector_args(args: &[&[u8]]) -> Result<Vec<Vec<u8>>, usize> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Vec<u8>)> = None;
    for (j, &op) in args.iter().enumerate() {
        if let Some((_, sel)) = &mut open {
            sel.push(b' ');
            sel.extend_from_slice(c_str(op));
            if op.last() == Some(&b')')
                && let Some((_, sel)) = open.take()
            {
                out.push(sel);
            }
            continue;
        }
        if op.first() == Some(&b'(') && op.last() != Some(&b')') {
            open = Some((j, op.to_vec()));
            continue;
        }
        out.push(op.to_vec());
    }
    match open {
        Some((j, _)) => Err(j),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(rules: &[&str]) -> User {
        let mut u = User::new(b"u", false);
        for r in rules {
            u.apply(r.as_bytes(), false).unwrap();
        }
        u
    }

    fn text(u: &User) -> String {
        String::from_utf8(u.describe()).unwrap()
    }

    // Expected texts below were read from redis-server 7.0.15's ACL LIST.
    #[test]
    fn describes_like_redis() {
        assert_eq!(text(&User::new_default()), "on nopass ~* &* +@all");
        assert_eq!(text(&User::new(b"x", false)), "off resetchannels -@all");
        let u = user(&["on", ">p", "~k*", "+get", "%R~r*", "&ch", "(+set ~s*)"]);
        assert_eq!(
            text(&u),
            "on #148de9c5a7a44d19e56cd9ae1a554bf67847afb0c58f6e12fa29ac7ddfca9940 ~k* %R~r* \
             resetchannels &ch -@all +get (~s* resetchannels -@all +set)"
        );
        assert_eq!(text(&user(&["%R"])), "off %R~ resetchannels -@all");
        assert_eq!(
            text(&user(&["+select|0", "+config|get"])),
            "off resetchannels -@all +config|get +select|0"
        );
    }

    #[test]
    fn rule_errors() {
        let mut u = User::new(b"u", false);
        assert_eq!(u.apply(b"%~x", false), Err(RuleError::Syntax));
        assert_eq!(
            u.apply(b"+config|get|x", false),
            Err(RuleError::FirstArgOfSubcommand)
        );
        assert_eq!(u.apply(b"+select|", false), Err(RuleError::Syntax));
        assert_eq!(u.apply(b"+nosuch", false), Err(RuleError::Unknown));
        assert_eq!(u.apply(b"-select|0", false), Err(RuleError::Unknown));
        assert_eq!(u.apply(b"#abc", false), Err(RuleError::BadHash));
        assert_eq!(u.apply(b"<x", false), Err(RuleError::NoSuchPassword));
        assert_eq!(u.apply(b"bogus", false), Err(RuleError::Syntax));
        u.apply(b"~*", false).unwrap();
        assert_eq!(u.apply(b"~a", false), Err(RuleError::KeysAfterAll));
        u.apply(b"&*", false).unwrap();
        assert_eq!(u.apply(b"&a", false), Err(RuleError::ChannelsAfterAll));
    }

    #[test]
    fn merges_selectors() {
        let args: Vec<&[u8]> = vec![b"on", b"(+get", b"~x)", b"(", b"a)"];
        assert_eq!(
            merge_selector_args(&args).unwrap(),
            vec![b"on".to_vec(), b"(+get ~x)".to_vec(), b"( a)".to_vec()]
        );
        let args: Vec<&[u8]> = vec![b"(+get ~x)", b"(+set"];
        assert_eq!(merge_selector_args(&args), Err(1));
    }
}
