//! A subscriber that never reads is disconnected by `client-output-buffer-limit pubsub`
//! (32mb hard by default) instead of growing memory without bound, and the soft limit
//! closes one that stays above 8mb for 60 seconds.

use cinnabar_core::resp::encode_request as cmd;
use cinnabar_core::{Config, ConnId, Instant, Now, Output, Server};

/// Drains outputs; returns the connections the server asked to close.
fn closed(server: &mut Server, publisher: ConnId) -> Vec<ConnId> {
    let mut closes = Vec::new();
    while let Some(out) = server.poll_output() {
        if let Output::Close(id) = out {
            closes.push(id);
        }
    }
    // The publisher reads its replies.
    let n = server.pending_output(publisher).len();
    server.consume_output(publisher, n);
    closes
}

#[test]
fn slow_subscriber_hits_hard_limit() {
    let now = Now::new(1_700_000_000_000_000, Instant::from_millis(0));
    let mut server = Server::new(Config::default(), now);
    let sub = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
    let publisher = server.handle_accept(now, "127.0.0.1:2", "127.0.0.1:6379");
    server.handle_read(now, sub, &cmd(&[b"SUBSCRIBE", b"ch"]));
    let payload = vec![b'x'; 64 * 1024];
    let publish = cmd(&[b"PUBLISH", b"ch", &payload]);
    let mut closed_at = None;
    for i in 0..1000 {
        server.handle_read(now, publisher, &publish);
        if closed(&mut server, publisher).contains(&sub) {
            closed_at = Some(i);
            break;
        }
        // Never more than the hard limit plus one message is held for the subscriber.
        assert!(server.pending_output(sub).len() <= 32 * 1024 * 1024 + 70 * 1024);
    }
    let i = closed_at.expect("subscriber was never disconnected");
    // The subscribe confirmation (31 bytes) plus k framed messages of 65,571 bytes each
    // first exceed 32 MiB at k = 512, i.e. the message with index 511.
    let message_len = 4 + 13 + 8 + 8 + payload.len() + 2;
    let k = (32 * 1024 * 1024 - 31) / message_len + 1;
    assert_eq!(k, 512);
    assert_eq!(i, k - 1);
    assert!(
        server.pending_output(sub).is_empty(),
        "pending output dropped"
    );
}

#[test]
fn slow_subscriber_hits_soft_limit_after_60s() {
    let mut now = Now::new(1_700_000_000_000_000, Instant::from_millis(0));
    let mut server = Server::new(Config::default(), now);
    let sub = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
    let publisher = server.handle_accept(now, "127.0.0.1:2", "127.0.0.1:6379");
    server.handle_read(now, sub, &cmd(&[b"SUBSCRIBE", b"ch"]));
    let payload = vec![b'x'; 1024 * 1024];
    let publish = cmd(&[b"PUBLISH", b"ch", &payload]);
    // 9 MiB: above the 8mb soft limit, below the hard one.
    for _ in 0..9 {
        server.handle_read(now, publisher, &publish);
        assert!(!closed(&mut server, publisher).contains(&sub));
    }
    now = now.advance_millis(59_000);
    server.handle_read(now, publisher, &publish);
    assert!(
        !closed(&mut server, publisher).contains(&sub),
        "closed before 60 s"
    );
    now = now.advance_millis(1_500);
    server.handle_read(now, publisher, &publish);
    assert!(
        closed(&mut server, publisher).contains(&sub),
        "not closed after 60 s"
    );
}
