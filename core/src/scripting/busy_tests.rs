//! `busy-reply-threshold`: a script running past it is suspended inside the core,
//! other clients get `-BUSY`, SCRIPT KILL / FUNCTION KILL stop it (or answer
//! `-UNKILLABLE` / `-NOTBUSY`), SHUTDOWN NOSAVE still works, and the caller gets its
//! reply and then its pipelined commands run. The node's clock moves 1 ms at each
//! reading, so a script's time passes without any real time.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::{Config, ConnId, Instant, Now, Output, Server};

const BUSY_EVAL: &[u8] =
    b"-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n";
const BUSY_FUNCTION: &[u8] =
    b"-BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.\r\n";

struct Node {
    server: Server,
    now: Now,
    outputs: Vec<Output>,
}

impl Node {
    /// A node with `busy-reply-threshold` 50 ms and a clock that ticks per reading.
    fn new() -> Self {
        let now = Now::new(1_700_000_000_000_000, Instant::from_millis(1));
        let mut server = Server::new(Config::default(), now);
        let ticks = Arc::new(AtomicU64::new(1));
        server.set_clock(move || Instant::from_millis(ticks.fetch_add(1, Ordering::Relaxed)));
        let mut n = Node {
            server,
            now,
            outputs: Vec::new(),
        };
        let c = n.connect();
        assert_eq!(
            n.send(c, &[b"CONFIG", b"SET", b"busy-reply-threshold", b"50"]),
            b"+OK\r\n"
        );
        n
    }

    fn connect(&mut self) -> ConnId {
        self.server
            .handle_accept(self.now, "127.0.0.1:40000", "127.0.0.1:6379")
    }

    fn drain(&mut self) {
        while let Some(o) = self.server.poll_output() {
            self.outputs.push(o);
        }
    }

    fn send(&mut self, conn: ConnId, args: &[&[u8]]) -> Vec<u8> {
        let req = crate::resp::encode_request(args);
        self.server.handle_read(self.now, conn, &req);
        self.drain();
        self.take(conn)
    }

    fn take(&mut self, conn: ConnId) -> Vec<u8> {
        let out = self.server.pending_output(conn).to_vec();
        self.server.consume_output(conn, out.len());
        out
    }

    fn busy(&self) -> bool {
        self.server.node().scripting.busy.is_some()
    }

    /// Runs the node's deadlines as a runtime would until the script ends (at most
    /// `rounds` times); the number of rounds it took.
    fn run_until_idle(&mut self, rounds: usize) -> usize {
        for i in 0..rounds {
            if !self.busy() {
                return i;
            }
            assert_eq!(self.server.poll_timeout(), Some(self.now.mono));
            self.server.handle_timeout(self.now);
            self.drain();
        }
        panic!("the script still runs after {rounds} slices");
    }
}

#[test]
fn a_script_past_the_threshold_gets_busy_replies_and_script_kill_stops_it() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let script: &[u8] = b"local i = 0 while true do i = i + 1 end";
    let sha = crate::scripting::sha1_hex(script);
    // The caller gets nothing yet: the script is suspended inside the core.
    assert_eq!(n.send(a, &[b"EVAL", script, b"0"]), b"");
    assert!(n.busy());
    // Its pipelined command waits behind the script.
    assert_eq!(n.send(a, &[b"PING"]), b"");
    assert_eq!(n.send(b, &[b"GET", b"x"]), BUSY_EVAL);
    assert_eq!(n.send(b, &[b"EVAL", b"return 1", b"0"]), BUSY_EVAL);
    assert_eq!(n.send(b, &[b"SHUTDOWN"]), BUSY_EVAL);
    // FUNCTION KILL does not kill an EVAL script; FUNCTION STATS is refused too.
    assert_eq!(n.send(b, &[b"FUNCTION", b"KILL"]), BUSY_EVAL);
    assert_eq!(n.send(b, &[b"FUNCTION", b"STATS"]), BUSY_EVAL);
    // A transaction that met -BUSY fails at EXEC.
    assert_eq!(n.send(b, &[b"MULTI"]), b"+OK\r\n");
    assert_eq!(n.send(b, &[b"SET", b"x", b"1"]), BUSY_EVAL);
    // The script keeps running slice after slice until killed.
    for _ in 0..20 {
        n.server.handle_timeout(n.now);
        n.drain();
    }
    assert!(n.busy());
    assert_eq!(n.take(a), b"");
    let c = n.connect();
    assert_eq!(n.send(c, &[b"SCRIPT", b"KILL"]), b"+OK\r\n");
    n.run_until_idle(10);
    let expected = format!(
        "-ERR Script killed by user with SCRIPT KILL... script: {sha}, on @user_script:1.\r\n+PONG\r\n"
    );
    assert_eq!(String::from_utf8_lossy(&n.take(a)), expected);
    assert_eq!(
        n.send(c, &[b"SCRIPT", b"KILL"]),
        b"-NOTBUSY No scripts in execution right now.\r\n"
    );
    assert_eq!(
        n.send(b, &[b"EXEC"]),
        b"-EXECABORT Transaction discarded because of previous errors.\r\n"
    );
    // The interpreter runs the next script normally.
    assert_eq!(n.send(a, &[b"EVAL", b"return 7", b"0"]), b":7\r\n");
}

#[test]
fn a_script_that_wrote_is_unkillable_and_its_reply_comes_when_it_ends() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let script: &[&[u8]] = &[
        b"EVAL",
        b"redis.call('set', KEYS[1], 'v') local i = 0 while i < 3000000 do i = i + 1 end \
          redis.call('incr', KEYS[2]) return i",
        b"2",
        b"k",
        b"n",
    ];
    assert_eq!(n.send(a, script), b"");
    assert!(n.busy());
    // Other clients do not see the dataset while the script is suspended.
    assert_eq!(n.send(b, &[b"GET", b"k"]), BUSY_EVAL);
    assert_eq!(
        n.send(b, &[b"SCRIPT", b"KILL"]),
        &b"-UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.\r\n"[..]
    );
    let rounds = n.run_until_idle(100_000);
    assert!(rounds > 1, "{rounds}");
    assert_eq!(n.take(a), b":3000000\r\n");
    assert_eq!(
        n.send(b, &[b"MGET", b"k", b"n"]),
        b"*2\r\n$1\r\nv\r\n$1\r\n1\r\n"
    );
}

#[test]
fn a_function_past_the_threshold_is_stopped_by_function_kill() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let lib: &[u8] =
        b"#!lua name=spin\nredis.register_function('spin', function() while true do end end)";
    assert_eq!(n.send(a, &[b"FUNCTION", b"LOAD", lib]), b"$4\r\nspin\r\n");
    assert_eq!(n.send(a, &[b"FCALL", b"spin", b"0"]), b"");
    assert_eq!(n.send(b, &[b"PING"]), BUSY_FUNCTION);
    let stats = n.send(b, &[b"FUNCTION", b"STATS"]);
    let prefix = b"*4\r\n$14\r\nrunning_script\r\n*6\r\n$4\r\nname\r\n$4\r\nspin\r\n\
        $7\r\ncommand\r\n*3\r\n$5\r\nFCALL\r\n$4\r\nspin\r\n$1\r\n0\r\n$11\r\nduration_ms\r\n:";
    assert!(
        stats.starts_with(prefix),
        "{}",
        String::from_utf8_lossy(&stats)
    );
    assert_eq!(n.send(b, &[b"SCRIPT", b"KILL"]), BUSY_FUNCTION);
    assert_eq!(n.send(b, &[b"FUNCTION", b"KILL"]), b"+OK\r\n");
    n.run_until_idle(10);
    assert_eq!(
        String::from_utf8_lossy(&n.take(a)),
        "-ERR Script killed by user with SCRIPT KILL... script: spin, on @user_function:2.\r\n"
    );
}

#[test]
fn shutdown_nosave_works_while_a_script_is_busy() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    assert_eq!(n.send(a, &[b"EVAL", b"while true do end", b"0"]), b"");
    n.outputs.clear();
    let _ = n.send(b, &[b"SHUTDOWN", b"NOSAVE"]);
    assert!(
        n.outputs.iter().any(|o| matches!(o, Output::Shutdown)),
        "{:?}",
        n.outputs
    );
}

#[test]
fn a_short_script_or_one_inside_exec_is_never_suspended() {
    let mut n = Node::new();
    let a = n.connect();
    assert_eq!(
        n.send(
            a,
            &[
                b"EVAL",
                b"local i = 0 while i < 1000 do i = i + 1 end return i",
                b"0"
            ]
        ),
        b":1000\r\n"
    );
    assert_eq!(n.send(a, &[b"MULTI"]), b"+OK\r\n");
    assert_eq!(
        n.send(
            a,
            &[
                b"EVAL",
                b"local i = 0 while i < 3000000 do i = i + 1 end return i",
                b"0"
            ]
        ),
        b"+QUEUED\r\n"
    );
    assert_eq!(n.send(a, &[b"EXEC"]), b"*1\r\n:3000000\r\n");
    assert!(!n.busy());
}

/// Runs `script` on a new client until it is suspended, checks another client gets
/// `-BUSY`, kills it with SCRIPT KILL and returns the caller's reply.
fn killed_reply(n: &mut Node, script: &[u8]) -> String {
    let a = n.connect();
    let b = n.connect();
    assert_eq!(n.send(a, &[b"EVAL", script, b"0"]), b"", "not suspended");
    assert!(n.busy());
    for _ in 0..5 {
        n.server.handle_timeout(n.now);
        n.drain();
    }
    assert!(n.busy());
    assert_eq!(n.send(b, &[b"GET", b"x"]), BUSY_EVAL);
    assert_eq!(n.send(b, &[b"SCRIPT", b"KILL"]), b"+OK\r\n");
    n.run_until_idle(10);
    String::from_utf8_lossy(&n.take(a)).into_owned()
}

/// The replies below are what redis-server 7.0.15 answered to the same scripts
/// killed by SCRIPT KILL: its pcall catches the kill error, and from then on its hook
/// raises it again at each new line (so a one-line script may still return).
#[test]
fn a_script_looping_inside_pcall_gets_busy_replies_and_script_kill_stops_it() {
    let mut n = Node::new();
    let killed = "ERR Script killed by user with SCRIPT KILL...";
    assert_eq!(
        killed_reply(&mut n, b"pcall(function() while true do end end)"),
        "$-1\r\n"
    );
    assert_eq!(
        killed_reply(
            &mut n,
            b"local ok, e = pcall(function() while true do end end) return {tostring(ok), e}"
        ),
        format!("*2\r\n$5\r\nfalse\r\n$45\r\n{killed}\r\n")
    );
    assert_eq!(
        killed_reply(
            &mut n,
            b"local r = {pcall(function() while true do end end)} local x = 1 return r"
        ),
        format!("*2\r\n$-1\r\n$45\r\n{killed}\r\n")
    );
    assert_eq!(
        killed_reply(
            &mut n,
            b"pcall(function() pcall(function() while true do end end) end) return 5"
        ),
        ":5\r\n"
    );
    let script: &[u8] =
        b"local ok, e = pcall(function() while true do end end)\nreturn {tostring(ok), e}";
    let sha = crate::scripting::sha1_hex(script);
    assert_eq!(
        killed_reply(&mut n, script),
        format!("-{killed} script: {sha}, on @user_script:2.\r\n")
    );
    let script: &[u8] =
        b"pcall(function()\n  pcall(function() while true do end end)\n  return 1\nend)\nreturn 5";
    let sha = crate::scripting::sha1_hex(script);
    assert_eq!(
        killed_reply(&mut n, script),
        format!("-{killed} script: {sha}, on @user_script:5.\r\n")
    );
    // Outside pcall the kill error ends the script at once.
    let script: &[u8] = b"while true do pcall(function() while true do end end) end";
    let sha = crate::scripting::sha1_hex(script);
    assert_eq!(
        killed_reply(&mut n, script),
        format!("-{killed} script: {sha}, on @user_script:1.\r\n")
    );
    // The next script runs normally (the count hook is back).
    let a = n.connect();
    assert_eq!(n.send(a, &[b"EVAL", b"return 7", b"0"]), b":7\r\n");
}

#[test]
fn an_xpcall_handler_gets_the_kill_error_and_runs_to_its_end() {
    let mut n = Node::new();
    assert_eq!(
        killed_reply(
            &mut n,
            b"local r = {xpcall(function() while true do end end, \
              function(e) return 'h:' .. tostring(e.err) end)} return r"
        ),
        "*2\r\n$-1\r\n$47\r\nh:ERR Script killed by user with SCRIPT KILL...\r\n"
    );
}

#[test]
fn a_long_pcall_is_suspended_and_its_results_come_back_when_it_ends() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let script: &[u8] = b"return {pcall(function() local i = 0 while i < 3000000 do i = i + 1 end \
        return i end)}";
    assert_eq!(n.send(a, &[b"EVAL", script, b"0"]), b"");
    assert_eq!(n.send(b, &[b"PING"]), BUSY_EVAL);
    assert!(n.run_until_idle(100_000) > 1);
    assert_eq!(n.take(a), b"*2\r\n:1\r\n:3000000\r\n");
    let script: &[u8] =
        b"return {xpcall(function() local i = 0 while i < 3000000 do i = i + 1 end \
        error({err='MY e'}) end, function(e) return e end)}";
    assert_eq!(n.send(a, &[b"EVAL", script, b"0"]), b"");
    assert_eq!(n.send(b, &[b"PING"]), BUSY_EVAL);
    assert!(n.run_until_idle(100_000) > 1);
    assert_eq!(n.take(a), b"*2\r\n$-1\r\n-MY e\r\n");
}

#[test]
fn a_function_looping_inside_pcall_is_stopped_by_function_kill() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let lib: &[u8] = b"#!lua name=spin\nredis.register_function('spin', function()\n\
        local ok, e = pcall(function() while true do end end)\nreturn e end)";
    assert_eq!(n.send(a, &[b"FUNCTION", b"LOAD", lib]), b"$4\r\nspin\r\n");
    assert_eq!(n.send(a, &[b"FCALL", b"spin", b"0"]), b"");
    assert_eq!(n.send(b, &[b"PING"]), BUSY_FUNCTION);
    assert_eq!(n.send(b, &[b"FUNCTION", b"KILL"]), b"+OK\r\n");
    n.run_until_idle(10);
    assert_eq!(
        String::from_utf8_lossy(&n.take(a)),
        "-ERR Script killed by user with SCRIPT KILL... script: spin, on @user_function:4.\r\n"
    );
}

/// table.sort with a comparator runs in Lua here, so a script is suspended inside a
/// comparator too (replies as redis-server 7.0.15 gave them).
#[test]
fn a_script_looping_inside_a_sort_comparator_is_suspended_and_killed() {
    let mut n = Node::new();
    let script: &[u8] = b"table.sort({3, 1, 2}, function(a, b) while true do end end)";
    let sha = crate::scripting::sha1_hex(script);
    assert_eq!(
        killed_reply(&mut n, script),
        format!(
            "-ERR Script killed by user with SCRIPT KILL... script: {sha}, on @user_script:1.\r\n"
        )
    );
    assert_eq!(
        killed_reply(
            &mut n,
            b"local t = {3, 1, 2} local ok, e = pcall(table.sort, t, function(a, b) while true do end end) return e"
        ),
        "$45\r\nERR Script killed by user with SCRIPT KILL...\r\n"
    );
}

/// A script's own coroutines are suspended too (their resume passes the hook's
/// yield outwards); replies as redis-server 7.0.15 gave them.
#[test]
fn a_script_looping_inside_its_own_coroutine_is_suspended_and_killed() {
    let mut n = Node::new();
    // The coroutine's resume returns the kill error; the script's own thread keeps
    // its count hook (Redis's hook changes only the coroutine's) and ends first.
    assert_eq!(
        killed_reply(
            &mut n,
            b"local co = coroutine.create(function() while true do end end) return {coroutine.resume(co)}"
        ),
        "*2\r\n$-1\r\n-ERR Script killed by user with SCRIPT KILL...\r\n"
    );
    assert_eq!(
        killed_reply(
            &mut n,
            b"local co = coroutine.create(function() pcall(function() while true do end end) end) \
              return coroutine.resume(co)"
        ),
        ":1\r\n"
    );
    let script: &[u8] = b"local co = coroutine.create(function() while true do end end)\n\
        local ok, e = coroutine.resume(co)\nreturn e";
    assert_eq!(
        killed_reply(&mut n, script),
        "-ERR Script killed by user with SCRIPT KILL...\r\n"
    );
    // A coroutine's own yields still reach its resumer, around a suspension.
    let a = n.connect();
    let script: &[u8] = b"local co = coroutine.create(function() for k = 1, 3 do local i = 0 \
        while i < 1000000 do i = i + 1 end coroutine.yield(k) end end) \
        return {select(2, coroutine.resume(co)), select(2, coroutine.resume(co)), \
        select(2, coroutine.resume(co))}";
    assert_eq!(n.send(a, &[b"EVAL", script, b"0"]), b"");
    assert!(n.run_until_idle(100_000) > 1);
    assert_eq!(n.take(a), b"*3\r\n:1\r\n:2\r\n:3\r\n");
}

/// Inside a metamethod (a C call in Lua 5.1) the script cannot be suspended: the
/// stretch runs to its end without serving other clients, then the script is
/// suspended at its next hook in its own code as usual.
#[test]
fn a_long_metamethod_runs_to_its_end_and_the_script_is_suspended_after_it() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let script: &[u8] = b"local t = setmetatable({}, {__index = function() local i = 0 \
        while i < 3000000 do i = i + 1 end return i end}) local v = t.x \
        local j = 0 while j < 3000000 do j = j + 1 end return v + j";
    assert_eq!(n.send(a, &[b"EVAL", script, b"0"]), b"");
    assert_eq!(n.send(b, &[b"PING"]), BUSY_EVAL);
    n.run_until_idle(100_000);
    assert_eq!(n.take(a), b":6000000\r\n");
}

/// A coroutine a library keeps across calls, given the line hook by FUNCTION KILL
/// in one call (its pcall caught the kill error), runs normally in the next: the
/// hook puts the count hook back (a line hook left in place counted each line as a
/// hook period, and stopped this loop at the instruction limit).
#[test]
fn a_kept_coroutine_runs_normally_after_a_kill() {
    let mut n = Node::new();
    let a = n.connect();
    let b = n.connect();
    let lib: &[u8] = b"#!lua name=keep\nlocal co\n\
        redis.register_function('spin', function()\n\
          co = coroutine.create(function()\n\
            local ok = pcall(function() while true do end end) coroutine.yield(ok)\n\
            local i = 0\n\
            while i < 300000 do i = i + 1 end\n\
            return i\n\
          end)\n\
          return {coroutine.resume(co)}\n\
        end)\n\
        redis.register_function('step', function() return {coroutine.resume(co)} end)";
    assert_eq!(n.send(a, &[b"FUNCTION", b"LOAD", lib]), b"$4\r\nkeep\r\n");
    assert_eq!(n.send(a, &[b"FCALL", b"spin", b"0"]), b"");
    assert_eq!(n.send(b, &[b"FUNCTION", b"KILL"]), b"+OK\r\n");
    n.run_until_idle(10);
    assert_eq!(n.take(a), b"*2\r\n:1\r\n$-1\r\n");
    let mut reply = n.send(a, &[b"FCALL", b"step", b"0"]);
    n.run_until_idle(100_000);
    reply.extend(n.take(a));
    assert_eq!(String::from_utf8_lossy(&reply), "*2\r\n:1\r\n:300000\r\n");
}
