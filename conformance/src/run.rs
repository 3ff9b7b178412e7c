//! Runs a case against a [`Target`] (real Redis or a Cinnabar binary over TCP, or the
//! core in process) and renders the transcript that is compared with the snapshot.

use std::collections::BTreeMap;

use crate::case::{Action, Case};
use crate::frame::Frame;
use crate::render::{Post, render, render_with};
use cinnabar_core::resp::encode_request;

/// How long to wait for something from the server.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Wait {
    /// A reply or a close is expected: wait for it (up to the target's reply timeout).
    Reply,
    /// Nothing is expected (`!blocks`): give the server a moment to prove otherwise.
    Settle,
}

/// What a read on a client's connection produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Got {
    /// One reply frame.
    Frame(Frame),
    /// The server closed the connection (and nothing more was buffered).
    Closed,
    /// Nothing arrived (in process: nothing is pending; over TCP: the wait timed out).
    Nothing,
    /// Bytes that are not RESP.
    Malformed(String),
}

/// Something a case can be run against.
pub trait Target {
    /// Sends `bytes` on `client`'s connection, connecting it first if it is new.
    /// With `every_byte`, one byte at a time.
    fn send(&mut self, client: &str, bytes: &[u8], every_byte: bool);
    /// Reads one frame from `client`'s connection.
    fn read(&mut self, client: &str, wait: Wait) -> Got;
    /// Closes `client`'s connection from the client side.
    fn close(&mut self, client: &str);
    /// Lets `ms` milliseconds pass.
    fn sleep(&mut self, ms: u64);
    /// Lines to append after the last step: replies nobody read, invariants the target
    /// saw broken. Empty when all is well.
    fn finish(&mut self) -> Vec<String>;
}

/// Runs `case` on `target` and returns the transcript.
pub fn run_case(case: &Case, target: &mut dyn Target) -> String {
    let mut out: Vec<String> = Vec::new();
    // Client ids learned for `{id@name}` arguments.
    let mut ids: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for line in config_lines(case) {
        out.push(line);
    }
    'steps: for step in &case.steps {
        out.push(format!("> {}", step.text));
        let client = step.client.as_str();
        match &step.action {
            Action::Sleep(ms) => {
                target.sleep(*ms);
                continue;
            }
            Action::Close => {
                target.close(client);
                continue;
            }
            Action::Closed => {
                // Replies may still come first; show them, then the close.
                for _ in 0..16 {
                    match target.read(client, Wait::Reply) {
                        Got::Closed => {
                            out.push("(closed)".into());
                            continue 'steps;
                        }
                        Got::Frame(f) => out.extend(render(&f)),
                        Got::Nothing => {
                            out.push("(still open)".into());
                            continue 'steps;
                        }
                        Got::Malformed(e) => {
                            out.push(format!("(malformed reply: {e})"));
                            out.push("(case aborted)".into());
                            break 'steps;
                        }
                    }
                }
                out.push("(still open)".into());
                continue;
            }
            Action::Resp3 => {
                target.send(client, &encode_request(&[b"HELLO", b"3"]), false);
                match target.read(client, Wait::Reply) {
                    Got::Frame(Frame::Map(_)) => out.push("(switched to RESP3)".into()),
                    other => {
                        if !push_got(&mut out, other, Post::AsIs) {
                            break 'steps;
                        }
                    }
                }
                continue;
            }
            Action::Command(args) => {
                let args = match with_client_ids(args, target, &mut ids) {
                    Ok(args) => args,
                    Err(e) => {
                        out.push(e);
                        out.push("(case aborted)".into());
                        break 'steps;
                    }
                };
                {
                    let args: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
                    target.send(client, &encode_request(&args), step.every_byte)
                }
            }
            Action::Send(bytes) => target.send(client, bytes, step.every_byte),
            Action::Read => {}
        }
        if step.blocks {
            match target.read(client, Wait::Settle) {
                Got::Nothing => out.push("(blocked)".into()),
                other => {
                    if !push_got(&mut out, other, step.post.clone()) {
                        break 'steps;
                    }
                }
            }
            continue;
        }
        for _ in 0..step.replies {
            let got = target.read(client, Wait::Reply);
            let closed = got == Got::Closed;
            if !push_got(&mut out, got, step.post.clone()) {
                break 'steps;
            }
            if closed {
                break;
            }
        }
    }
    out.extend(target.finish());
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// `args` with every argument written `{id@name}` replaced by client `name`'s id. An
/// id is learned once, by sending `CLIENT ID` on that client's connection (connecting
/// it if new) the first time a step needs it; the exchange is not shown.
fn with_client_ids(
    args: &[Vec<u8>],
    target: &mut dyn Target,
    ids: &mut BTreeMap<String, Vec<u8>>,
) -> Result<Vec<Vec<u8>>, String> {
    let mut resolved = Vec::with_capacity(args.len());
    for arg in args {
        let Some(name) = arg
            .strip_prefix(b"{id@")
            .and_then(|a| a.strip_suffix(b"}"))
            .filter(|n| !n.is_empty())
        else {
            resolved.push(arg.clone());
            continue;
        };
        let name = String::from_utf8_lossy(name).into_owned();
        if !ids.contains_key(&name) {
            target.send(&name, &encode_request(&[b"CLIENT", b"ID"]), false);
            match target.read(&name, Wait::Reply) {
                Got::Frame(Frame::Integer(id)) => {
                    ids.insert(name.clone(), id);
                }
                other => return Err(format!("(CLIENT ID of @{name} answered {other:?})")),
            }
        }
        resolved.extend(ids.get(&name).cloned());
    }
    Ok(resolved)
}

/// The transcript's header: the case's server options, one per line.
fn config_lines(case: &Case) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current: Option<String> = None;
    for a in &case.config {
        if let Some(name) = a.strip_prefix("--") {
            lines.extend(current.take());
            current = Some(format!("!config {name}"));
        } else if let Some(c) = current.as_mut() {
            c.push(' ');
            c.push_str(&crate::render::quote(a.as_bytes()));
        }
    }
    lines.extend(current);
    if case.isolated && case.config.is_empty() {
        lines.push("!isolated".into());
    }
    lines
}

/// Renders what a read produced; returns false when the case cannot go on.
fn push_got(out: &mut Vec<String>, got: Got, post: Post) -> bool {
    match got {
        Got::Frame(f) => {
            out.extend(render_with(f, post));
            true
        }
        Got::Closed => {
            out.push("(connection closed)".into());
            true
        }
        Got::Nothing => {
            out.push("(no reply)".into());
            out.push("(case aborted)".into());
            false
        }
        Got::Malformed(e) => {
            out.push(format!("(malformed reply: {e})"));
            out.push("(case aborted)".into());
            false
        }
    }
}
