//! Scripting behaviour the recorded conformance cases cannot show: MONITOR lines
//! (their timestamps and addresses vary), the instruction limit, conversion of
//! malformed or pathological input.

use crate::{Config, ConnId, Instant, Now, Server};

struct Node {
    server: Server,
    now: Now,
}

impl Node {
    fn new() -> Self {
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
        Node {
            server: Server::new(Config::default(), now),
            now,
        }
    }

    fn connect(&mut self, port: u16) -> ConnId {
        self.server
            .handle_accept(self.now, &format!("127.0.0.1:{port}"), "127.0.0.1:6379")
    }

    fn send(&mut self, conn: ConnId, args: &[&[u8]]) -> Vec<u8> {
        let req = crate::resp::encode_request(args);
        self.server.handle_read(self.now, conn, &req);
        while self.server.poll_output().is_some() {}
        self.take(conn)
    }

    fn take(&mut self, conn: ConnId) -> Vec<u8> {
        let out = self.server.pending_output(conn).to_vec();
        self.server.consume_output(conn, out.len());
        out
    }
}

#[test]
fn monitor_shows_the_script_command_then_its_commands_from_lua() {
    let mut n = Node::new();
    let m = n.connect(40001);
    let c = n.connect(40002);
    assert_eq!(n.send(m, &[b"MONITOR"]), b"+OK\r\n");
    let reply = n.send(
        c,
        &[
            b"EVAL",
            b"redis.call('set', KEYS[1], 'v') return 1",
            b"1",
            b"k",
        ],
    );
    assert_eq!(reply, b":1\r\n");
    let lines = String::from_utf8(n.take(m)).unwrap();
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].ends_with(
            "[0 127.0.0.1:40002] \"EVAL\" \"redis.call('set', KEYS[1], 'v') return 1\" \"1\" \"k\""
        ),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].ends_with("[0 lua] \"set\" \"k\" \"v\""),
        "{}",
        lines[1]
    );
}

#[test]
fn a_runaway_script_is_stopped_even_if_it_catches_errors() {
    let mut n = Node::new();
    let c = n.connect(40001);
    let now = n.now;
    n.server
        .node_mut()
        .scripting
        .engine(now)
        .unwrap()
        .set_instruction_limit(2_000_000);
    let reply = n.send(
        c,
        &[
            b"EVAL",
            b"local i = 0 while i < 3e6 do i = i + 1 end return i",
            b"0",
        ],
    );
    let text = String::from_utf8_lossy(&reply);
    assert!(text.contains("instruction limit"), "{text}");
    let reply = n.send(c, &[b"EVAL", b"while true do end", b"0"]);
    let text = String::from_utf8_lossy(&reply);
    assert!(
        text.starts_with("-ERR ") && text.contains("instruction limit"),
        "{text}"
    );
    let reply = n.send(
        c,
        &[
            b"EVAL",
            b"while true do pcall(function() while true do end end) end",
            b"0",
        ],
    );
    let text = String::from_utf8_lossy(&reply);
    assert!(text.contains("instruction limit"), "{text}");
    // The next script runs normally: the count starts again.
    assert_eq!(n.send(c, &[b"EVAL", b"return 7", b"0"]), b":7\r\n");
}

#[test]
fn a_table_holding_itself_ends_with_the_stack_limit_error() {
    let mut n = Node::new();
    let c = n.connect(40001);
    let reply = n.send(c, &[b"EVAL", b"local t = {} t[1] = t return t", b"0"]);
    assert!(reply.ends_with(b"-ERR reached lua stack limit\r\n"));
    assert_eq!(reply.len(), 7995 * 4 + 30);
    assert_eq!(n.send(c, &[b"PING"]), b"+PONG\r\n");
}

#[test]
fn a_table_holding_itself_twice_stops_at_the_value_budget() {
    let engine = super::Engine::new(Now::new(0, Instant::from_millis(1))).unwrap();
    let t: mlua::Value = engine
        .lua()
        .load("local t = {} t[1] = t t[2] = t return t")
        .eval()
        .unwrap();
    let mut out = crate::resp::Reply::default();
    super::convert::lua_to_reply_bounded(&t, &mut out, false, 5);
    // Five arrays, then an error for each element still owed: a well-formed reply.
    assert_eq!(
        out.pending(),
        b"*2\r\n*2\r\n*2\r\n*2\r\n*2\r\n-ERR reached lua stack limit\r\n-ERR reached lua stack limit\r\n-ERR reached lua stack limit\r\n-ERR reached lua stack limit\r\n-ERR reached lua stack limit\r\n-ERR reached lua stack limit\r\n"
    );
}

#[test]
fn script_commands_are_checked_against_the_callers_acl_user() {
    let mut n = Node::new();
    let c = n.connect(40001);
    let ok = n.send(
        c,
        &[
            b"ACL", b"SETUSER", b"u", b"on", b">p", b"+eval", b"+get", b"~*",
        ],
    );
    assert_eq!(ok, b"+OK\r\n");
    assert_eq!(n.send(c, &[b"AUTH", b"u", b"p"]), b"+OK\r\n");
    assert_eq!(
        n.send(c, &[b"EVAL", b"return redis.call('get','k')", b"1", b"k"]),
        b"$-1\r\n"
    );
    let reply = n.send(
        c,
        &[b"EVAL", b"return redis.pcall('set','k','v')", b"1", b"k"],
    );
    assert_eq!(
        String::from_utf8_lossy(&reply),
        "-ERR The user executing the script can't run this command or subcommand\r\n"
    );
}
