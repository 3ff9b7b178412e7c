//! ACL LOG: the most recent refusals, newest first, with similar ones (same reason,
//! context, object and user within a minute) counted in one entry as Redis groups them.

use std::collections::VecDeque;

/// Entries within this many milliseconds of each other may be grouped.
const GROUPING_MAX_MS: i64 = 60_000;

/// How many recent entries a new one is compared with.
const GROUPING_SCAN: usize = 10;

/// Why an entry was logged (ACL LOG's `reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogReason {
    /// A command was refused.
    Command,
    /// A key was refused.
    Key,
    /// A channel was refused.
    Channel,
    /// AUTH or HELLO failed.
    Auth,
}

impl LogReason {
    /// The name ACL LOG shows.
    pub fn name(self) -> &'static str {
        match self {
            LogReason::Command => "command",
            LogReason::Key => "key",
            LogReason::Channel => "channel",
            LogReason::Auth => "auth",
        }
    }
}

/// Where the refused command ran (ACL LOG's `context`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogContext {
    /// Sent by the client.
    Toplevel,
    /// Inside MULTI / EXEC.
    Multi,
    /// From a script.
    Lua,
}

impl LogContext {
    /// The name ACL LOG shows.
    pub fn name(self) -> &'static str {
        match self {
            LogContext::Toplevel => "toplevel",
            LogContext::Multi => "multi",
            LogContext::Lua => "lua",
        }
    }
}

/// One ACL LOG entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// How many similar refusals it stands for.
    pub count: u64,
    /// Why.
    pub reason: LogReason,
    /// Where.
    pub context: LogContext,
    /// The command, key, channel, or (for auth) the command name as sent.
    pub object: Vec<u8>,
    /// The user the client was (or tried to be) authenticated as.
    pub username: Vec<u8>,
    /// Unix milliseconds of the last refusal it counts.
    pub ctime_ms: i64,
    /// The client's CLIENT LIST line at the last refusal.
    pub client_info: Vec<u8>,
}

/// The log, newest first.
#[derive(Debug, Default)]
pub struct AclLog {
    /// Entries, newest first.
    pub entries: VecDeque<LogEntry>,
}

impl AclLog {
    /// Adds an entry, or counts it in a similar recent one (which moves to the
    /// front), then trims to `max_len` entries.
    pub fn add(&mut self, entry: LogEntry, max_len: usize) {
        let similar = self.entries.iter().take(GROUPING_SCAN).position(|e| {
            e.reason == entry.reason
                && e.context == entry.context
                && (e.ctime_ms - entry.ctime_ms).abs() <= GROUPING_MAX_MS
                && e.object == entry.object
                && e.username == entry.username
        });
        if let Some(i) = similar
            && let Some(mut e) = self.entries.remove(i)
        {
            e.count += 1;
            e.ctime_ms = entry.ctime_ms;
            e.client_info = entry.client_info;
            self.entries.push_front(e);
            return;
        }
        self.entries.push_front(entry);
        self.entries.truncate(max_len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(object: &str, t: i64) -> LogEntry {
        LogEntry {
            count: 1,
            reason: LogReason::Key,
            context: LogContext::Toplevel,
            object: object.as_bytes().to_vec(),
            username: b"u".to_vec(),
            ctime_ms: t,
            client_info: Vec::new(),
        }
    }

    #[test]
    fn groups_similar_entries_within_a_minute() {
        let mut log = AclLog::default();
        log.add(entry("a", 0), 128);
        log.add(entry("b", 10), 128);
        log.add(entry("a", 20), 128);
        assert_eq!(log.entries.len(), 2);
        assert_eq!(log.entries[0].object, b"a");
        assert_eq!(log.entries[0].count, 2);
        log.add(entry("a", 20 + GROUPING_MAX_MS + 1), 128);
        assert_eq!(log.entries.len(), 3);
        log.add(entry("c", 0), 2);
        assert_eq!(log.entries.len(), 2);
    }
}
