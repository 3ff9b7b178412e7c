//! A script past `busy-reply-threshold`, over real TCP: other clients get `-BUSY`
//! while it runs, SCRIPT KILL stops it (its caller gets Redis's error), a script that
//! wrote is `-UNKILLABLE`, and SHUTDOWN NOSAVE still stops the server.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::Server;

const BUSY: &[u8] =
    b"-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n";

/// `args` as a RESP request.
fn request(args: &[&str]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for a in args {
        out.extend_from_slice(format!("${}\r\n{a}\r\n", a.len()).as_bytes());
    }
    out
}

/// One reply line (up to and with CRLF); the socket's read timeout bounds the wait.
fn line(s: &mut TcpStream) -> Vec<u8> {
    let mut out = Vec::new();
    let mut byte = [0u8; 1];
    while !out.ends_with(b"\r\n") {
        let n = s.read(&mut byte).expect("read a reply");
        assert!(
            n == 1,
            "connection closed after {:?}",
            String::from_utf8_lossy(&out)
        );
        out.push(byte[0]);
    }
    out
}

fn call(s: &mut TcpStream, args: &[&str]) -> Vec<u8> {
    s.write_all(&request(args)).expect("write");
    line(s)
}

/// Waits until PING on `s` answers -BUSY.
fn busy(s: &mut TcpStream) {
    super::wait_for("-BUSY", Duration::from_secs(20), || {
        let reply = call(s, &["PING"]);
        assert!(reply == BUSY || reply == b"+PONG\r\n", "{reply:?}");
        reply == BUSY
    });
}

pub fn busy_script_answers_busy_and_script_kill_stops_it(bin: &str) {
    let mut server = Server::start(bin, &["--busy-reply-threshold", "100"]);
    let mut a = server.raw(Duration::from_secs(30));
    let mut b = server.raw(Duration::from_secs(30));
    let script = "local i = 0 while true do i = i + 1 end";
    a.write_all(&request(&["EVAL", script, "0"]))
        .expect("write");
    // Until the threshold the node runs only the script; then PING gets -BUSY (a
    // PING that reached the node before the EVAL gets +PONG: ask again).
    busy(&mut b);
    assert_eq!(call(&mut b, &["SET", "k", "v"]), BUSY);
    assert_eq!(call(&mut b, &["SCRIPT", "KILL"]), b"+OK\r\n");
    // The caller's error comes when the script stops (at its next slice).
    let killed = line(&mut a);
    let sha = {
        let mut c = server.raw(Duration::from_secs(30));
        let reply = call(&mut c, &["SCRIPT", "LOAD", script]);
        // `$40\r\n` then the SHA1 line.
        assert_eq!(reply, b"$40\r\n");
        String::from_utf8(line(&mut c)).expect("sha")
    };
    assert_eq!(
        String::from_utf8_lossy(&killed),
        format!(
            "-ERR Script killed by user with SCRIPT KILL... script: {}, on @user_script:1.\r\n",
            sha.trim_end()
        )
    );
    assert_eq!(call(&mut a, &["PING"]), b"+PONG\r\n");
    assert_eq!(call(&mut b, &["GET", "k"]), b"$-1\r\n");

    // A script that wrote cannot be killed; SHUTDOWN NOSAVE ends the server.
    a.write_all(&request(&[
        "EVAL",
        "redis.call('set', 'k', 'v') while true do end",
        "0",
    ]))
    .expect("write");
    busy(&mut b);
    let reply = call(&mut b, &["SCRIPT", "KILL"]);
    assert!(reply.starts_with(b"-UNKILLABLE Sorry the script already executed write commands"));
    assert_eq!(call(&mut b, &["SHUTDOWN"]), BUSY);
    b.write_all(&request(&["SHUTDOWN", "NOSAVE"]))
        .expect("write");
    let status = server.wait_exit(Duration::from_secs(20));
    assert!(status.success(), "exit status {status:?}");
}
