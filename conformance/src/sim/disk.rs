//! One node's disk, in memory, with the crash semantics of a POSIX file system on a
//! machine that loses power:
//!
//! - a file's bytes are durable up to its last fsync; later bytes are in the page cache
//!   only, and a crash drops them, except that the tail of an append may survive torn
//!   (a random prefix of the unsynced bytes that extend the synced ones);
//! - a directory entry (a create, a rename, a delete) is durable once the directory is
//!   fsynced; before that a crash may undo it.
//!
//! Files are inodes named by a namespace; the durable namespace is the one a crash falls
//! back to. The core's [`DiskOp`]s are carried out as the runtimes carry them out
//! (`runtime-std/src/boot.rs`): `WriteFile` truncates or creates, writes, fsyncs, and
//! renames (and, like Redis's `rdbSave` and `rewriteConfigOverwriteFile`, fsyncs the
//! directory, which is what makes the replacement atomic and durable); `Append` appends
//! and fsyncs on request; `Rename` renames and fsyncs the directory; `Remove` unlinks.
//!
//! Failures on demand: while a node's disk is failing, every operation ends with an
//! error text, after doing what a real failure may leave behind (a partial unsynced
//! append, no temporary file).

use std::collections::BTreeMap;

use cinnabar_core::server::DiskOp;

use super::rng::SimRng;

/// The error text of a failing disk (what the runtimes report for ENOSPC).
pub const DISK_FULL: &str = "No space left on device";

#[derive(Clone, Debug, Default)]
struct Inode {
    /// Current contents (page cache).
    data: Vec<u8>,
    /// Contents as of the last fsync.
    synced: Vec<u8>,
}

/// What the simulator knows must be on the disk after a crash, because an operation
/// that promised it completed successfully.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Durable {
    /// The file holds exactly these bytes.
    Exact(Vec<u8>),
    /// The file starts with these bytes (an fsynced append; torn tails may follow).
    Prefix(Vec<u8>),
}

/// A node's disk.
#[derive(Clone, Debug, Default)]
pub struct Disk {
    inodes: Vec<Inode>,
    names: BTreeMap<String, usize>,
    durable_names: BTreeMap<String, usize>,
    /// The durable namespace before its last change (for the deliberate bug that
    /// forgets it).
    previous_durable_names: Option<BTreeMap<String, usize>>,
    /// The durable contents of each inode before its last fsync (same use).
    previous_synced: BTreeMap<usize, Vec<u8>>,
    /// Promises made by successful operations, checked after a crash.
    pub promises: BTreeMap<String, Durable>,
}

impl Disk {
    /// A disk holding `files`, all durable.
    pub fn with_files(files: &[(&str, &[u8])]) -> Self {
        let mut d = Disk::default();
        for (name, bytes) in files {
            let ino = d.new_inode();
            d.inodes[ino].data = bytes.to_vec();
            d.inodes[ino].synced = bytes.to_vec();
            d.names.insert(name.to_string(), ino);
            d.promises
                .insert(name.to_string(), Durable::Exact(bytes.to_vec()));
        }
        d.durable_names = d.names.clone();
        d
    }

    fn new_inode(&mut self) -> usize {
        self.inodes.push(Inode::default());
        self.inodes.len() - 1
    }

    /// The current contents of `name` (what a running process reads).
    pub fn read(&self, name: &str) -> Option<&[u8]> {
        self.names
            .get(name)
            .map(|&i| self.inodes[i].data.as_slice())
    }

    fn fsync(&mut self, ino: usize) {
        let inode = &mut self.inodes[ino];
        if inode.synced != inode.data {
            self.previous_synced.insert(
                ino,
                std::mem::replace(&mut inode.synced, inode.data.clone()),
            );
        }
    }

    fn fsync_dir(&mut self) {
        if self.durable_names != self.names {
            self.previous_durable_names = Some(std::mem::replace(
                &mut self.durable_names,
                self.names.clone(),
            ));
        }
    }

    /// The inode `name` names, created empty (not yet durable) if missing.
    fn open_or_create(&mut self, name: &str) -> usize {
        match self.names.get(name) {
            Some(&i) => i,
            None => {
                let i = self.new_inode();
                self.names.insert(name.to_string(), i);
                i
            }
        }
    }

    /// Carries out `op`. `failing` makes it fail (after the damage a real failure may
    /// do, drawn from `rng`). Returns the result to report to the core.
    pub fn apply(&mut self, op: &DiskOp, failing: bool, rng: &mut SimRng) -> Result<(), String> {
        match op {
            // Nothing the simulation drives reads files (ACL LOAD): reported missing.
            DiskOp::ReadFile { .. } => Err("No such file or directory".to_string()),
            DiskOp::WriteFile {
                path,
                bytes,
                rename_to,
                ..
            } => {
                let ino = self.open_or_create(path);
                if failing {
                    // A short write, then the runtime removes the file.
                    let n = rng.below(bytes.len() as u64 + 1) as usize;
                    self.inodes[ino].data = bytes[..n].to_vec();
                    self.names.remove(path);
                    return Err(DISK_FULL.to_string());
                }
                self.inodes[ino].data = bytes.clone();
                self.fsync(ino);
                match rename_to {
                    Some(to) => {
                        self.names.remove(path);
                        self.names.insert(to.clone(), ino);
                        self.fsync_dir();
                        self.promises.remove(path);
                        self.promises
                            .insert(to.clone(), Durable::Exact(bytes.clone()));
                    }
                    None => {
                        if self.durable_names.get(path) == Some(&ino) {
                            self.promises
                                .insert(path.clone(), Durable::Exact(bytes.clone()));
                        }
                    }
                }
                Ok(())
            }
            DiskOp::Append {
                path, bytes, fsync, ..
            } => {
                let ino = self.open_or_create(path);
                if failing {
                    // A short write, cut back to the previous length as the runtimes
                    // do (`runtime-std/src/disk.rs`), so that a retry appends cleanly;
                    // the draw stays so that traces keep their randomness.
                    let _ = rng.below(bytes.len() as u64 + 1);
                    return Err(DISK_FULL.to_string());
                }
                self.inodes[ino].data.extend_from_slice(bytes);
                if *fsync {
                    self.fsync(ino);
                    if self.durable_names.get(path) == Some(&ino) {
                        let data = self.inodes[ino].data.clone();
                        self.promises.insert(path.clone(), Durable::Prefix(data));
                    }
                }
                Ok(())
            }
            DiskOp::Rename { from, to, .. } => {
                if failing {
                    return Err(DISK_FULL.to_string());
                }
                let Some(ino) = self.names.remove(from) else {
                    return Err("No such file or directory".to_string());
                };
                self.names.insert(to.clone(), ino);
                self.fsync_dir();
                // What `to` now durably holds is what `from` had synced.
                let synced = self.inodes[ino].synced.clone();
                self.promises.remove(from);
                self.promises.insert(to.clone(), Durable::Exact(synced));
                Ok(())
            }
            DiskOp::Remove { path, .. } => {
                if failing {
                    return Err(DISK_FULL.to_string());
                }
                self.names.remove(path);
                // A file its owner removed is no promise any more.
                self.promises.remove(path);
                Ok(())
            }
        }
    }

    /// Cuts `name` to `len` bytes, as a runtime cuts a torn AOF at start-up
    /// (`set_len`, no fsync: the bytes cut were never durable).
    pub fn truncate(&mut self, name: &str, len: u64) {
        if let Some(&i) = self.names.get(name) {
            let len = len as usize;
            self.inodes[i].data.truncate(len);
            self.inodes[i].synced.truncate(len);
        }
    }

    /// The machine loses power. `in_flight` are operations handed to the runtime and not
    /// finished: an append among them may have reached the page cache in part. `forget`
    /// is the deliberate bug: the disk also loses its last durable change.
    pub fn crash(&mut self, in_flight: &[DiskOp], rng: &mut SimRng, forget: bool) {
        for op in in_flight {
            if let DiskOp::Append { path, bytes, .. } = op {
                let n = rng.below(bytes.len() as u64 + 1) as usize;
                let ino = self.open_or_create(path);
                self.inodes[ino].data.extend_from_slice(&bytes[..n]);
            }
        }
        if forget {
            if let Some(prev) = self.previous_durable_names.take() {
                self.durable_names = prev;
            }
            for (ino, bytes) in std::mem::take(&mut self.previous_synced) {
                self.inodes[ino].synced = bytes;
            }
        }
        for inode in &mut self.inodes {
            let tail = inode
                .data
                .strip_prefix(inode.synced.as_slice())
                .map(<[u8]>::len)
                .unwrap_or(0);
            let mut survived = inode.synced.clone();
            if tail > 0 && rng.chance(1, 3) {
                // A torn write: part of the unsynced tail reached the platter.
                let keep = rng.below(tail as u64 + 1) as usize;
                let start = inode.synced.len();
                survived.extend_from_slice(&inode.data[start..start + keep]);
            }
            inode.data = survived.clone();
            inode.synced = survived;
        }
        self.names = self.durable_names.clone();
        self.previous_durable_names = None;
        self.previous_synced.clear();
    }

    /// Promises broken by the files now on the disk (after a crash), as messages.
    pub fn broken_promises(&self) -> Vec<String> {
        let mut broken = Vec::new();
        for (name, promise) in &self.promises {
            let got = self.read(name);
            let ok = match (promise, got) {
                (Durable::Exact(want), Some(got)) => want.as_slice() == got,
                (Durable::Prefix(want), Some(got)) => got.starts_with(want),
                (_, None) => false,
            };
            if !ok {
                broken.push(format!(
                    "{name}: acknowledged as durable ({}), but after the crash it {}",
                    describe(promise),
                    match got {
                        None => "is missing".to_string(),
                        Some(b) => format!("holds {}", preview(b)),
                    }
                ));
            }
        }
        broken
    }
}

fn describe(p: &Durable) -> String {
    match p {
        Durable::Exact(b) => format!("exactly {}", preview(b)),
        Durable::Prefix(b) => format!("starting with {}", preview(b)),
    }
}

/// A short printable view of file contents.
pub fn preview(b: &[u8]) -> String {
    let text = String::from_utf8_lossy(&b[..b.len().min(80)]).replace('\n', "\\n");
    if b.len() > 80 {
        format!("{} bytes \"{text}...\"", b.len())
    } else {
        format!("{} bytes \"{text}\"", b.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &str, bytes: &[u8], rename_to: Option<&str>) -> DiskOp {
        DiskOp::WriteFile {
            token: 1,
            path: path.into(),
            bytes: bytes.to_vec(),
            rename_to: rename_to.map(Into::into),
        }
    }

    fn append(path: &str, bytes: &[u8], fsync: bool) -> DiskOp {
        DiskOp::Append {
            token: 1,
            path: path.into(),
            bytes: bytes.to_vec(),
            fsync,
        }
    }

    #[test]
    fn an_atomic_replacement_survives_a_crash() {
        let mut rng = SimRng::new(1, 1);
        let mut d = Disk::with_files(&[("c", b"old")]);
        d.apply(&write("c.tmp", b"new", Some("c")), false, &mut rng)
            .unwrap();
        d.crash(&[], &mut rng, false);
        assert_eq!(d.read("c"), Some(&b"new"[..]));
        assert_eq!(d.read("c.tmp"), None);
        assert!(d.broken_promises().is_empty());
    }

    #[test]
    fn the_forgetful_disk_breaks_its_promise() {
        let mut rng = SimRng::new(1, 1);
        let mut d = Disk::with_files(&[("c", b"old")]);
        d.apply(&write("c.tmp", b"new", Some("c")), false, &mut rng)
            .unwrap();
        d.crash(&[], &mut rng, true);
        assert_eq!(d.read("c"), Some(&b"old"[..]));
        assert_eq!(d.broken_promises().len(), 1);
    }

    #[test]
    fn unsynced_appends_are_lost_or_torn_synced_ones_stay() {
        for seed in 0..50 {
            let mut rng = SimRng::new(seed, 2);
            let mut d = Disk::with_files(&[("a", b"")]);
            d.apply(&append("a", b"12345", true), false, &mut rng)
                .unwrap();
            d.apply(&append("a", b"6789", false), false, &mut rng)
                .unwrap();
            d.crash(&[append("a", b"xy", false)], &mut rng, false);
            let got = d.read("a").unwrap();
            assert!(b"123456789xy".starts_with(got), "{got:?}");
            assert!(got.starts_with(b"12345"), "{got:?}");
            assert!(d.broken_promises().is_empty());
        }
    }

    #[test]
    fn a_new_file_needs_a_directory_sync() {
        let mut rng = SimRng::new(3, 3);
        let mut d = Disk::default();
        d.apply(&write("f", b"data", None), false, &mut rng)
            .unwrap();
        assert_eq!(d.read("f"), Some(&b"data"[..]));
        d.crash(&[], &mut rng, false);
        assert_eq!(d.read("f"), None);
    }

    #[test]
    fn a_failed_write_leaves_no_file() {
        let mut rng = SimRng::new(4, 4);
        let mut d = Disk::with_files(&[("c", b"old")]);
        let r = d.apply(&write("c.tmp", b"new", Some("c")), true, &mut rng);
        assert_eq!(r, Err(DISK_FULL.to_string()));
        assert_eq!(d.read("c.tmp"), None);
        assert_eq!(d.read("c"), Some(&b"old"[..]));
    }
}
