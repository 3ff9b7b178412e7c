//! Core bugs the simulator found, and how it steers around each until it is fixed, so
//! that a range of seeds keeps finding new things instead of the same one.
//!
//! Each workaround is off with `--no-workarounds` (which reproduces the bug), and each
//! bug has a test in `tests/sim.rs` that asserts the core still has it, through the
//! core's public API: when the core is fixed that test fails, and the workaround and
//! the test go.
//!
//! 1. CONFIG REWRITE writes `user default on nopass ~* &* +@all` (as Redis 7.0 does),
//!    but `Config::from_sources` refuses the `user` directive ("Bad directive or wrong
//!    number of arguments"): a node whose config was rewritten does not start again.
//!    Workaround: the simulated runtime drops `user` lines from the file it passes to
//!    the parser (the node keeps the default user either way).
//! 2. The idle `timeout` closes blocked clients: a client in `BLPOP k 5` on a server
//!    with `timeout 1` is disconnected after two seconds instead of getting its nil at
//!    five (Redis's `clientsCronHandleTimeout` spares blocked and pub/sub clients).
//! 3. The idle `timeout` counts from the client's last executed command, not from its
//!    last read or write (Redis updates `lastinteraction` on every read and every
//!    write): a client sending a large request slowly, or reading a large reply slowly,
//!    is closed while it is busy.
//!
//!    Workaround for 2 and 3: scenarios run with `timeout 0`.

/// The config file text handed to `Config::from_sources`: as on disk, or without the
/// lines of known bug 1 when working around it.
pub fn config_text_for_parser(text: &str, workarounds: bool) -> String {
    if !workarounds {
        return text.to_string();
    }
    text.lines()
        .filter(|l| !l.trim_start().starts_with("user "))
        .map(|l| format!("{l}\n"))
        .collect()
}
