//! Properties of the rules (a reference model of what a rule list allows; the text
//! ACL LIST gives rebuilds the same permissions) and end-to-end checks through the
//! real dispatch, whose expected replies are Redis 7.0.15's.

use super::table::{CATEGORIES, table};
use super::user::{Selector, User};
use super::*;
use crate::ConnId;
use crate::server::Output;
use quickcheck::{Arbitrary, Gen};

/// Command names the random rules draw from: plain commands, containers, and
/// subcommands.
const NAMES: &[&str] = &[
    "get",
    "set",
    "del",
    "select",
    "config",
    "config|get",
    "config|set",
    "client",
    "client|list",
    "object|encoding",
    "hset",
    "xinfo|stream",
    "publish",
    "ping",
];

/// One random rule.
#[derive(Debug, Clone)]
struct Rule(String);

impl Arbitrary for Rule {
    fn arbitrary(g: &mut Gen) -> Self {
        let cat = *g.choose(&CATEGORIES).unwrap_or(&"read");
        let name = *g.choose(NAMES).unwrap_or(&"get");
        let rule = match u8::arbitrary(g) % 7 {
            0 => format!("+@{cat}"),
            1 => format!("-@{cat}"),
            2 => format!("+{name}"),
            3 => format!("-{name}"),
            4 => "+@all".to_string(),
            5 => "-@all".to_string(),
            _ => "+select|0".to_string(),
        };
        Rule(rule)
    }
}

/// The reference model: which ids a rule list allows, rule by rule, from the
/// documented meaning of each rule (a container's rule covers its subcommands).
fn model(rules: &[Rule]) -> (Vec<bool>, Vec<&'static str>) {
    let t = table();
    let n = t.commands.len();
    let mut allowed = vec![false; n];
    let mut select_zero = false;
    let covered = |id: usize| {
        let mut v = vec![id];
        v.extend(t.commands[id].subs.clone());
        v
    };
    for Rule(r) in rules {
        let (plus, body) = (r.starts_with('+'), &r[1..]);
        let ids: Vec<usize> = if body == "@all" {
            (0..n).collect()
        } else if body == "select|0" {
            select_zero = true;
            continue;
        } else if let Some(cat) = body.strip_prefix('@') {
            let bit = 1 << CATEGORIES.iter().position(|c| *c == cat).unwrap_or(0);
            (0..n)
                .filter(|&id| t.commands[id].categories & bit != 0)
                .flat_map(covered)
                .collect()
        } else {
            covered(t.lookup(body.as_bytes()).unwrap_or(0))
        };
        for id in ids {
            allowed[id] = plus;
            if t.commands[id].name == "select" {
                select_zero = false;
            }
        }
    }
    let extra = if select_zero { vec!["select"] } else { vec![] };
    (allowed, extra)
}

fn user_of(rules: &[Rule]) -> User {
    let mut u = User::new(b"u", false);
    for Rule(r) in rules {
        u.apply(r.as_bytes(), false).expect("valid rule");
    }
    u
}

#[test]
fn random_rules_allow_what_the_model_allows() {
    fn prop(rules: Vec<Rule>) -> bool {
        let t = table();
        let mut user = user_of(&rules);
        // Channels are not what this property is about.
        user.apply(b"allchannels", false).expect("rule");
        let (allowed, extra) = model(&rules);
        for (id, cmd) in t.commands.iter().enumerate() {
            let mut argv: Vec<&[u8]> = cmd.name.split('|').map(str::as_bytes).collect();
            // Enough arguments for any arity; no keys (the user has no key patterns,
            // so take keyless forms only).
            if t.has_keys(id) {
                continue;
            }
            argv.push(b"0");
            let no_auth = cmd.meta.has_flag("no_auth");
            let expect = allowed[id] || no_auth || extra.contains(&cmd.name);
            let got = check(&user, Some(id), &argv).is_ok();
            if got != expect {
                eprintln!("{}: model {expect}, check {got}", cmd.name);
                return false;
            }
        }
        true
    }
    crate::testkit::qc_check("acl model", 12, 300, prop as fn(Vec<Rule>) -> bool);
}

/// First arguments that matter: those of commands whose bit is clear.
fn effective_first_args(s: &Selector) -> Vec<(usize, Vec<Vec<u8>>)> {
    s.first_args
        .iter()
        .filter(|(id, _)| !s.bit(*id))
        .cloned()
        .collect()
}

#[test]
fn described_rules_rebuild_the_same_permissions() {
    fn prop(rules: Vec<Rule>) -> bool {
        let mut user = user_of(&rules);
        user.apply(b"%R~r*", false).expect("rule");
        user.apply(b"&ch", false).expect("rule");
        user.apply(b"(+get ~k*)", false).expect("rule");
        let line = user.describe();
        let args = crate::util::splitargs::split_args(&line).unwrap_or_default();
        let refs: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
        let mut again = User::new(b"u", false);
        for op in user::merge_selector_args(&refs).expect("balanced") {
            again.apply(&op, false).expect("described rule applies");
        }
        let same = |a: &Selector, b: &Selector| {
            a.allowed == b.allowed
                && a.patterns == b.patterns
                && a.channels == b.channels
                && a.all_keys == b.all_keys
                && effective_first_args(a) == effective_first_args(b)
        };
        again.describe() == line
            && again.selectors.len() == user.selectors.len()
            && again
                .selectors
                .iter()
                .zip(&user.selectors)
                .all(|(a, b)| same(a, b))
    }
    crate::testkit::qc_check("acl round trip", 12, 300, prop as fn(Vec<Rule>) -> bool);
}

/// The categories the fitting algorithm picks, as Redis 7.0.15's ACL GETUSER showed
/// them.
#[test]
fn describes_categories_like_redis() {
    let u = {
        let mut u = User::new(b"carol", false);
        for r in ["on", "nopass", "+@all", "-@keyspace", "+del", "~*", "&*"] {
            u.apply(r.as_bytes(), false).unwrap();
        }
        u
    };
    assert_eq!(
        String::from_utf8(u.root().describe_commands()).unwrap(),
        "+@all -@keyspace +del"
    );
}

#[test]
fn keys_by_read_and_write_flags() {
    let t = table();
    let mut u = User::new(b"u", false);
    for r in ["+@all", "%R~r*", "%W~w*", "~rw*"] {
        u.apply(r.as_bytes(), false).unwrap();
    }
    let get = t.lookup(b"get");
    let set = t.lookup(b"set");
    let copy = t.lookup(b"copy");
    assert_eq!(check(&u, get, &[b"get", b"r1"]), Ok(()));
    assert_eq!(check(&u, get, &[b"get", b"w1"]), Err(Denied::Key(1)));
    assert_eq!(check(&u, set, &[b"set", b"w1", b"v"]), Ok(()));
    assert_eq!(check(&u, set, &[b"set", b"r1", b"v"]), Err(Denied::Key(1)));
    // COPY reads its source and writes its destination.
    assert_eq!(check(&u, copy, &[b"copy", b"r1", b"w2"]), Ok(()));
    assert_eq!(
        check(&u, copy, &[b"copy", b"w1", b"r2"]),
        Err(Denied::Key(1))
    );
    assert_eq!(
        check(&u, copy, &[b"copy", b"rw1", b"r2"]),
        Err(Denied::Key(2))
    );
}

// ---------------------------------------------------------------------------------
// End to end, through dispatch.

use crate::testkit::Harness;

/// The connections the server asked to close since the last look.
fn closed(h: &mut Harness) -> Vec<ConnId> {
    h.outputs()
        .into_iter()
        .filter_map(|o| match o {
            Output::Close(c) => Some(c),
            _ => None,
        })
        .collect()
}

const NOPERM_KEY: &str =
    "-NOPERM this user has no permissions to access one of the keys used as arguments\r\n";

#[test]
fn two_users_see_only_what_each_may_touch() {
    let mut h = Harness::new(&[]);
    let admin = h.connect();
    assert_eq!(
        h.call_text(
            admin,
            &[
                "ACL",
                "SETUSER",
                "reader",
                "on",
                ">r",
                "~pub:*",
                "+@read",
                "+acl|whoami",
                "+@transaction"
            ]
        ),
        "+OK\r\n"
    );
    assert_eq!(
        h.call_text(
            admin,
            &[
                "ACL",
                "SETUSER",
                "writer",
                "on",
                ">w",
                "~*",
                "+set",
                "+get",
                "+@transaction"
            ]
        ),
        "+OK\r\n"
    );
    let r = h.connect();
    let w = h.connect();
    assert_eq!(h.call_text(r, &["AUTH", "reader", "r"]), "+OK\r\n");
    assert_eq!(h.call_text(w, &["AUTH", "writer", "w"]), "+OK\r\n");
    assert_eq!(h.call_text(w, &["SET", "pub:a", "1"]), "+OK\r\n");
    assert_eq!(h.call_text(w, &["SET", "priv", "2"]), "+OK\r\n");
    assert_eq!(
        h.call_text(w, &["DEL", "priv"]),
        "-NOPERM this user has no permissions to run the 'del' command\r\n"
    );
    assert_eq!(h.call_text(r, &["GET", "pub:a"]), "$1\r\n1\r\n");
    assert_eq!(h.call_text(r, &["GET", "priv"]), NOPERM_KEY);
    assert_eq!(
        h.call_text(r, &["SET", "pub:a", "x"]),
        "-NOPERM this user has no permissions to run the 'set' command\r\n"
    );
    assert_eq!(h.call_text(r, &["ACL", "WHOAMI"]), "$6\r\nreader\r\n");
    // The refused commands had no effect.
    assert_eq!(h.call_text(admin, &["GET", "pub:a"]), "$1\r\n1\r\n");
    assert_eq!(h.call_text(admin, &["EXISTS", "priv"]), ":1\r\n");
    // Inside MULTI: refused at queueing, so EXEC aborts.
    assert_eq!(h.call_text(r, &["MULTI"]), "+OK\r\n");
    assert_eq!(h.call_text(r, &["GET", "priv"]), NOPERM_KEY);
    assert_eq!(
        h.call_text(r, &["EXEC"]),
        "-EXECABORT Transaction discarded because of previous errors.\r\n"
    );
    // Rules changed between queueing and EXEC.
    assert_eq!(h.call_text(w, &["MULTI"]), "+OK\r\n");
    assert_eq!(h.call_text(w, &["GET", "priv"]), "+QUEUED\r\n");
    assert_eq!(
        h.call_text(admin, &["ACL", "SETUSER", "writer", "-get"]),
        "+OK\r\n"
    );
    assert_eq!(
        h.call_text(w, &["EXEC"]),
        "*1\r\n-NOPERM ACLs rules changed between the moment the transaction was accumulated \
         and the EXEC call. This command is no longer allowed for the following reason: no \
         permission to execute the command or subcommand\r\n"
    );
    // Deleting a user disconnects its clients.
    assert_eq!(h.call_text(admin, &["ACL", "DELUSER", "reader"]), ":1\r\n");
    assert!(closed(&mut h).contains(&r));
}

#[test]
fn requirepass_is_the_default_users_password() {
    let mut h = Harness::new(&["--requirepass", "pw"]);
    let c = h.connect();
    assert_eq!(
        h.call_text(c, &["PING"]),
        "-NOAUTH Authentication required.\r\n"
    );
    assert_eq!(h.call_text(c, &["AUTH", "pw"]), "+OK\r\n");
    let list = h.call_text(c, &["ACL", "LIST"]);
    assert!(
        list.contains(&format!(
            "user default on #{} ~* &* +@all",
            String::from_utf8_lossy(&user::hash_password(b"pw"))
        )),
        "{list}"
    );
    assert_eq!(
        h.call_text(c, &["CONFIG", "SET", "requirepass", ""]),
        "+OK\r\n"
    );
    assert_eq!(
        h.call_text(c, &["ACL", "LIST"]),
        "*1\r\n$34\r\nuser default on nopass ~* &* +@all\r\n"
    );
    let d = h.connect();
    assert_eq!(h.call_text(d, &["PING"]), "+PONG\r\n");
}

#[test]
fn acl_log_records_refusals() {
    let mut h = Harness::new(&[]);
    let c = h.connect();
    h.call_text(c, &["ACL", "SETUSER", "u", "on", "nopass", "+get", "~k"]);
    assert_eq!(h.call_text(c, &["AUTH", "u", "x"]), "+OK\r\n");
    h.call_text(c, &["GET", "z"]);
    h.call_text(c, &["GET", "z"]);
    h.call_text(c, &["AUTH", "nobody", "x"]);
    let log = &h.server.node().acl.log.entries;
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].reason, log::LogReason::Auth);
    assert_eq!(log[0].object, b"AUTH");
    assert_eq!(log[0].username, b"nobody");
    assert_eq!(log[1].reason, log::LogReason::Key);
    assert_eq!(log[1].object, b"z");
    assert_eq!(log[1].count, 2);
    assert!(String::from_utf8_lossy(&log[1].client_info).contains(" user=u "));
}

/// The disk operations the server asked for since the last call.
fn disk_ops(h: &mut Harness) -> Vec<crate::server::DiskOp> {
    std::iter::from_fn(|| h.server.poll_output())
        .filter_map(|o| match o {
            Output::Disk(op) => Some(op),
            _ => None,
        })
        .collect()
}

fn pending(h: &mut Harness, c: ConnId) -> String {
    let out = h.server.pending_output(c).to_vec();
    h.server.consume_output(c, out.len());
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn acl_save_writes_the_file_and_acl_load_reads_it() {
    use crate::server::DiskOp;
    let mut h = Harness::new(&["--aclfile", "users.acl"]);
    let c = h.connect();
    h.call_text(c, &["ACL", "SETUSER", "alice", "on", ">p", "~*", "+get"]);
    assert_eq!(h.call_text(c, &["ACL", "SAVE"]), "");
    let ops = disk_ops(&mut h);
    let [
        DiskOp::WriteFile {
            token,
            bytes,
            rename_to,
            ..
        },
    ] = &ops[..]
    else {
        panic!("{ops:?}");
    };
    // The lines redis-server 7.0.15's ACL SAVE wrote for the same users.
    let saved = "user alice on #148de9c5a7a44d19e56cd9ae1a554bf67847afb0c58f6e12fa29ac7ddfca9940 \
                 ~* resetchannels -@all +get\nuser default on nopass ~* &* +@all\n";
    assert_eq!(String::from_utf8_lossy(bytes), saved);
    assert_eq!(rename_to.as_deref(), Some("users.acl"));
    h.server.handle_disk_done(h.now, *token, Ok(()));
    assert_eq!(pending(&mut h, c), "+OK\r\n");

    let d = h.connect();
    assert_eq!(h.call_text(d, &["AUTH", "alice", "p"]), "+OK\r\n");
    h.call_text(c, &["ACL", "SETUSER", "bob", "on"]);
    assert_eq!(h.call_text(c, &["ACL", "LOAD"]), "");
    let ops = disk_ops(&mut h);
    let [DiskOp::ReadFile { token, path }] = &ops[..] else {
        panic!("{ops:?}");
    };
    assert_eq!(path, "users.acl");
    h.server
        .handle_disk_read(h.now, *token, Ok(saved.as_bytes().to_vec()));
    assert_eq!(pending(&mut h, c), "+OK\r\n");
    // alice's client was disconnected; bob is gone.
    assert!(closed(&mut h).contains(&d));
    assert_eq!(
        h.call_text(c, &["ACL", "USERS"]),
        "*2\r\n$5\r\nalice\r\n$7\r\ndefault\r\n"
    );

    h.call_text(c, &["ACL", "LOAD"]);
    let ops = disk_ops(&mut h);
    h.server.handle_disk_done(
        h.now,
        ops[0].token(),
        Err("No such file or directory".into()),
    );
    assert_eq!(
        pending(&mut h, c),
        "-ERR Error loading ACLs, opening file 'users.acl': No such file or directory\r\n"
    );
    h.call_text(c, &["ACL", "LOAD"]);
    let ops = disk_ops(&mut h);
    h.server
        .handle_disk_read(h.now, ops[0].token(), Ok(b"user a on bogus\n".to_vec()));
    assert_eq!(
        pending(&mut h, c),
        "-ERR users.acl:1: Syntax error. WARNING: ACL errors detected, no change to the \
         previously active ACL rules was performed\r\n"
    );
}

#[test]
fn aclfile_at_startup() {
    let mut h = Harness::new(&["--aclfile", "users.acl", "--requirepass", "x"]);
    assert_eq!(
        h.server
            .load_acl_file(Err("No such file or directory".into())),
        Err(
            "Aborting Redis startup because of ACL errors: Error loading ACLs, opening file \
             'users.acl': No such file or directory"
                .to_string()
        )
    );
    let file = b"user bob on nopass +@all ~*\n".to_vec();
    assert_eq!(h.server.load_acl_file(Ok(file)), Ok(()));
    // The file's users replace requirepass's default user.
    let c = h.connect();
    assert_eq!(
        h.call_text(c, &["ACL", "LIST"]),
        "*2\r\n$41\r\nuser bob on nopass ~* resetchannels +@all\r\n\
         $34\r\nuser default on nopass ~* &* +@all\r\n"
    );
    let mut both = Harness::new(&["--aclfile", "users.acl", "--user", "a", "on"]);
    assert!(both.server.load_acl_file(Ok(Vec::new())).unwrap_err().starts_with(
        "Configuring Redis with users defined in redis.conf and at the same setting an ACL file"
    ));
}

#[test]
fn protected_mode_refuses_remote_peers_while_default_has_no_password() {
    // What redis-server 7.0.15 wrote to a connection from 192.0.2.2.
    let denied = "-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user. In this mode connections are only accepted from the loopback interface. If you want to connect from external computers to Redis you may adopt one of the following solutions: 1) Just disable protected mode sending the command 'CONFIG SET protected-mode no' from the loopback interface by connecting to Redis from the same host the server is running, however MAKE SURE Redis is not publicly accessible from internet if you do so. Use CONFIG REWRITE to make this change permanent. 2) Alternatively you can just disable the protected mode by editing the Redis configuration file, and setting the protected mode option to 'no', and then restarting the server. 3) If you started the server manually just for testing, restart it with the '--protected-mode no' option. 4) Setup a an authentication password for the default user. NOTE: You only need to do one of the above things in order for the server to start accepting connections from the outside.\r\n";
    let mut h = Harness::new(&[]);
    let now = h.now;
    let remote = h
        .server
        .handle_accept(now, "192.0.2.2:40000", "192.0.2.2:6379");
    assert_eq!(pending(&mut h, remote), denied);
    assert!(closed(&mut h).contains(&remote));
    for local in ["127.0.0.1:40001", "[::1]:40002"] {
        let c = h.server.handle_accept(now, local, "127.0.0.1:6379");
        assert_eq!(h.call_text(c, &["PING"]), "+PONG\r\n");
    }
    let c = h.connect();
    h.call_text(c, &["CONFIG", "SET", "requirepass", "pw"]);
    let remote = h
        .server
        .handle_accept(now, "192.0.2.2:40003", "192.0.2.2:6379");
    assert_eq!(
        h.call_text(remote, &["PING"]),
        "-NOAUTH Authentication required.\r\n"
    );
    let mut open = Harness::new(&["--protected-mode", "no"]);
    let remote = open
        .server
        .handle_accept(now, "192.0.2.2:40000", "192.0.2.2:6379");
    assert_eq!(open.call_text(remote, &["PING"]), "+PONG\r\n");
}

/// Rules and ACL files from clients are arbitrary bytes: applying them never panics,
/// and whatever they build describes itself as rules that build it again.
#[test]
fn arbitrary_rules_and_files_never_panic() {
    fn prop(ops: Vec<Vec<u8>>, file: Vec<u8>) -> bool {
        // Bias towards the rule prefixes so the parser's branches are reached.
        let prefixes: [&[u8]; 12] = [
            b"", b"+", b"-", b"~", b"%", b"&", b">", b"<", b"#", b"(", b"+@", b"%R~",
        ];
        let mut user = User::new(b"u", false);
        for (i, op) in ops.iter().enumerate() {
            let mut rule = prefixes[i % prefixes.len()].to_vec();
            rule.extend_from_slice(op);
            let _ = user.apply(&rule, i % 2 == 0);
        }
        // Split as an ACL file line is (on single spaces), not with quotes.
        let line = user.describe();
        let refs: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
        let mut again = User::new(b"u", false);
        let rebuilt = user::merge_selector_args(&refs)
            .is_ok_and(|merged| merged.iter().all(|op| again.apply(op, false).is_ok()));
        let _ = file::parse(&file, "f.acl", false);
        let mut text = b"user a ".to_vec();
        text.extend_from_slice(&file);
        let _ = file::parse(&text, "f.acl", true);
        rebuilt && again.describe() == line
    }
    crate::testkit::qc_check(
        "acl arbitrary input",
        16,
        500,
        prop as fn(Vec<Vec<u8>>, Vec<u8>) -> bool,
    );
}
