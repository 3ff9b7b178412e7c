//! Replication state across a restart, as Redis 7.0.15 keeps it in its RDB file.
//!
//! A save (SAVE, BGSAVE, a save point, FLUSHALL's, the final save of SHUTDOWN, DEBUG
//! RELOAD) writes the AUX fields `repl-stream-db`, `repl-id` and `repl-offset` when the
//! node is part of a replication chain ([`save_info`], Redis's `rdbPopulateSaveInfo`):
//! a master with a backlog, or a replica with a master (connected or cached). An AOF
//! base does not get them.
//!
//! At start-up, after the dump file is loaded ([`restore`], Redis's
//! `loadDataFromDisk`):
//! - a replica (`replicaof` configured) takes the file's id and offset as its own and
//!   keeps them as a cached master, so that its first `PSYNC` asks to continue from
//!   `offset + 1` and the master can answer `+CONTINUE`;
//! - a master keeps the file's id as its secondary id, valid up to `offset + 1`, rebases
//!   its offset on the file's and creates an empty backlog there, so that its replicas
//!   (which ask for the id and offset they had) continue partially after its restart.

use super::backlog::Backlog;
use crate::rdb::load::LoadReport;
use crate::server::Node;
use crate::util::log::Level;

/// The replication AUX fields a save writes now, as (`repl-stream-db`, `repl-id`,
/// `repl-offset`); `None` when the node is in no replication chain.
pub fn save_info(node: &Node) -> Option<(i64, String, i64)> {
    let offset = i64::try_from(super::master::current_offset(node)).unwrap_or(i64::MAX);
    let db = match &node.repl.replica {
        // A replica: the database its master's stream selected last (kept while the
        // link is down, as a cached master's).
        Some(link) => {
            if !link.is_up() && !link.cached {
                return None;
            }
            link.master_db
        }
        // A master with no backlog has no history anybody may continue.
        None if node.repl.master.backlog.is_none() => return None,
        // A master: the database its stream selected last (0 when none yet: the next
        // write selects one anyway).
        None => node.effects.repl.selected().unwrap_or(0),
    };
    Some((
        i64::try_from(db).unwrap_or(0),
        node.repl.replid.clone(),
        offset,
    ))
}

/// The replication fields of a loaded RDB file, when all three are usable (Redis's
/// test: a 40-character id, an offset other than -1, a stream db other than -1).
fn loaded_info(report: &LoadReport) -> Option<(usize, String, u64)> {
    let field = |name: &[u8]| {
        report
            .aux
            .iter()
            .rev()
            .find(|(k, _)| k.as_slice() == name)
            .map(|(_, v)| v.as_slice())
    };
    let id = field(b"repl-id").filter(|v| v.len() == 40)?;
    let offset = crate::util::number::atoi(field(b"repl-offset")?);
    let db = crate::util::number::atoi(field(b"repl-stream-db")?);
    if offset == -1 || db == -1 {
        return None;
    }
    // A negative offset or database (other than -1) is no history we could continue.
    let offset = u64::try_from(offset).ok()?;
    let db = usize::try_from(db).ok()?;
    Some((db, String::from_utf8_lossy(id).into_owned(), offset))
}

/// Restores the replication id and offset saved in the dump file just loaded at
/// start-up (see the module's doc). Does nothing when the file has none.
pub fn restore(node: &mut Node, report: &LoadReport) {
    let Some((db, id, offset)) = loaded_info(report) else {
        return;
    };
    if let Some(link) = node.repl.replica.as_mut() {
        link.cached = true;
        link.reploff = offset;
        link.read_reploff = offset;
        link.master_db = db.min(node.config.databases.saturating_sub(1));
        node.repl.replid = id;
        node.repl.offset = offset;
        node.outputs.push_back(crate::server::Output::Log {
            level: Level::Notice,
            text: "Before turning into a replica, using my own master parameters to \
                   synthesize a cached master: I may be able to synchronize with the new \
                   master with just a partial transfer."
                .to_string(),
        });
        return;
    }
    let size = crate::directives::get_by_name(&node.config, "repl-backlog-size")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(1 << 20);
    let repl = &mut node.repl;
    repl.replid2 = id;
    repl.second_offset = i64::try_from(offset).unwrap_or(i64::MAX - 1) + 1;
    repl.offset = offset;
    repl.master.backlog = Some(Backlog::new(size, offset));
    repl.master.no_replicas_since = Some(node.now.mono);
    node.set_effects_consumer(crate::effects::TO_REPL, true);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(fields: &[(&str, &str)]) -> LoadReport {
        LoadReport {
            aux: fields
                .iter()
                .map(|(k, v)| (k.as_bytes().to_vec(), v.as_bytes().to_vec()))
                .collect(),
            ..LoadReport::default()
        }
    }

    const ID: &str = "0783acaa9fb351b181d67146ca6b650da2f84579";

    fn full_report(db: &str, offset: &str) -> LoadReport {
        report(&[
            ("repl-stream-db", db),
            ("repl-id", ID),
            ("repl-offset", offset),
        ])
    }

    fn info_field(text: &str, name: &str) -> String {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn save_info_only_in_a_replication_chain() {
        use crate::testkit::Harness;
        let mut h = Harness::new(&["--repl-diskless-sync", "no", "--save", ""]);
        let c = h.connect();
        h.call(c, &["SET", "a", "1"]);
        // No backlog: no history anybody could continue.
        assert_eq!(save_info(h.server.node()), None);
        let r = h.connect();
        h.call(r, &["PSYNC", "?", "-1"]);
        h.call(c, &["SELECT", "2"]);
        h.call(c, &["SET", "b", "2"]);
        let replid = h.server.node().repl.replid.clone();
        let offset = crate::repl::master::current_offset(h.server.node()) as i64;
        assert!(offset > 0);
        // The stream last selected database 2.
        assert_eq!(save_info(h.server.node()), Some((2, replid, offset)));
    }

    #[test]
    fn a_master_keeps_the_history_as_its_secondary_id() {
        use crate::testkit::Harness;
        let mut h = Harness::new(&[]);
        let c = h.connect();
        h.server.restore_replication(&full_report("0", "87"));
        let info = h.call_text(c, &["INFO", "replication"]);
        assert_eq!(info_field(&info, "master_replid2"), ID);
        assert_ne!(info_field(&info, "master_replid"), ID);
        assert_eq!(info_field(&info, "master_repl_offset"), "87");
        assert_eq!(info_field(&info, "second_repl_offset"), "88");
        assert_eq!(info_field(&info, "repl_backlog_active"), "1");
        assert_eq!(info_field(&info, "repl_backlog_first_byte_offset"), "88");
        assert_eq!(info_field(&info, "repl_backlog_histlen"), "0");
        // A replica of the old history continues from there.
        let r = h.connect();
        h.call(r, &["REPLCONF", "capa", "psync2"]);
        let got = h.call_text(r, &["PSYNC", ID, "88"]);
        assert!(got.starts_with("+CONTINUE "), "{got}");
    }

    #[test]
    fn a_replica_offers_the_saved_history_to_its_master() {
        use crate::testkit::Harness;
        let mut h = Harness::new(&["--replicaof", "127.0.0.1", "6399"]);
        h.server.restore_replication(&full_report("3", "1000"));
        let logs: Vec<String> = h
            .outputs()
            .into_iter()
            .filter_map(|o| match o {
                crate::Output::Log { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        assert!(
            logs.iter()
                .any(|l| l
                    .starts_with("Before turning into a replica, using my own master parameters")),
            "{logs:?}"
        );
        // The handshake ends with PSYNC <saved id> <offset + 1>.
        h.advance(1100);
        let (conn, _, _) = h.dialled().expect("dials the master");
        let sent = h.answer_handshake(conn);
        let want = format!("*3\r\n$5\r\nPSYNC\r\n$40\r\n{ID}\r\n$4\r\n1001\r\n");
        let sent = String::from_utf8_lossy(&sent).into_owned();
        assert!(sent.ends_with(&want), "{sent}");
        // +CONTINUE: the stream goes on in database 3 without a SELECT.
        h.server
            .handle_read(h.now, conn, format!("+CONTINUE {ID}\r\n").as_bytes());
        h.server
            .handle_read(h.now, conn, b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n");
        let c = h.connect();
        h.call(c, &["SELECT", "3"]);
        assert_eq!(h.call(c, &["GET", "k"]), b"$1\r\nv\r\n");
        let info = h.call_text(c, &["INFO", "replication"]);
        assert_eq!(info_field(&info, "slave_repl_offset"), "1027");
    }

    #[test]
    fn loaded_info_needs_all_three_fields() {
        let full = report(&[
            ("repl-stream-db", "2"),
            ("repl-id", ID),
            ("repl-offset", "87"),
        ]);
        assert_eq!(loaded_info(&full), Some((2, ID.to_string(), 87)));
        assert_eq!(
            loaded_info(&report(&[("repl-id", ID), ("repl-offset", "87")])),
            None
        );
        // Redis's guard against old files: -1 means unknown.
        assert_eq!(
            loaded_info(&report(&[
                ("repl-stream-db", "-1"),
                ("repl-id", ID),
                ("repl-offset", "87")
            ])),
            None
        );
        assert_eq!(
            loaded_info(&report(&[
                ("repl-stream-db", "0"),
                ("repl-id", "short"),
                ("repl-offset", "87")
            ])),
            None
        );
        assert_eq!(
            loaded_info(&report(&[
                ("repl-stream-db", "0"),
                ("repl-id", ID),
                ("repl-offset", "-5")
            ])),
            None
        );
    }
}
