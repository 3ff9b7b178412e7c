//! The disk worker shared by all three runtimes: one std thread that carries out the
//! core's [`DiskOp`]s in the order they were submitted and reports each completion
//! through a callback the runtime supplies (a channel into its event loop).
//!
//! Why a thread of its own: snapshot chunks can be megabytes and fsync can take a long
//! time, and the event loop must keep serving clients meanwhile. Why exactly one: the
//! core's operations depend on each other (a snapshot's appends, then its rename), so
//! they must happen, and be reported, in submission order; one FIFO queue and one
//! thread give that without any bookkeeping.
//!
//! Semantics, as [`DiskOp`] documents them (paths relative to the `dir` given with each
//! operation, an absolute path standing on its own):
//! - `WriteFile`: create or truncate, write, fsync; with `rename_to`, rename over the
//!   target and fsync the directory. On failure a file meant to be renamed (a temp
//!   file) is removed.
//! - `WriteFile` and `Append` create a missing parent directory (the AOF's
//!   `appenddirname`) first.
//! - `Append`: append (creating the file), fsync (`fdatasync`) if asked; a write that
//!   fails part-way is cut back to the file's previous length, so a retry of the same
//!   bytes lands where they belong. The file stays
//!   open between appends (up to four files at once), so a snapshot written in many
//!   chunks is opened once; it is closed when it is renamed, removed or rewritten, on an
//!   error, when four others were appended to since, and when the worker stops.
//! - `Rename`: rename (replacing the target), then fsync the target's directory.
//! - `Remove`: delete; a missing file is success.
//!
//! Errors are reported with the OS error text as C's `strerror` words it
//! ([`crate::boot::os_error_text`]).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Sender, channel};
use std::thread::{self, JoinHandle};

use cinnabar_core::server::DiskOp;

use crate::boot::os_error_text;

/// A finished operation, for [`cinnabar_core::Server::handle_disk_done`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// The operation's token ([`DiskOp::token`]).
    pub token: u64,
    /// `Ok`, or the OS error text.
    pub result: Result<(), String>,
    /// What a successful [`DiskOp::ReadFile`] read.
    pub bytes: Option<Vec<u8>>,
}

impl Done {
    /// Hands the completion to the core: the bytes of a read
    /// ([`cinnabar_core::Server::handle_disk_read`]), otherwise the outcome
    /// ([`cinnabar_core::Server::handle_disk_done`], failed reads included).
    pub fn deliver(self, server: &mut cinnabar_core::Server, now: cinnabar_core::Now) {
        match self.bytes {
            Some(bytes) => server.handle_disk_read(now, self.token, Ok(bytes)),
            None => server.handle_disk_done(now, self.token, self.result),
        }
    }
}

/// What the worker thread is asked to do.
enum Job {
    /// Carry out `op`, its paths relative to `dir`.
    Op { dir: PathBuf, op: DiskOp },
    /// Finish what was submitted before, then exit.
    Stop,
}

/// The disk thread and its queue. Submitting never blocks; completions arrive, in
/// submission order, through the callback given to [`DiskWorker::spawn`], called on the
/// worker thread.
pub struct DiskWorker {
    jobs: Sender<Job>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for DiskWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DiskWorker")
    }
}

impl DiskWorker {
    /// Starts the worker thread; `report` is called on it after each operation.
    pub fn spawn(mut report: impl FnMut(Done) + Send + 'static) -> io::Result<DiskWorker> {
        let (jobs, queue) = channel::<Job>();
        let thread = thread::Builder::new().name("disk".into()).spawn(move || {
            let mut files = Files::default();
            // Ends on `Stop`, or when every sender is gone.
            while let Ok(Job::Op { dir, op }) = queue.recv() {
                report(carry_out(&mut files, &dir, op));
            }
        })?;
        Ok(DiskWorker {
            jobs,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Queues `op`, its paths relative to `dir` (the configured `dir` when the core
    /// asked). If the worker is gone (it panicked, or [`finish`](Self::finish) ran),
    /// the operation is handed back as failed, for the caller to report.
    pub fn submit(&self, dir: &str, op: DiskOp) -> Result<(), Done> {
        let token = op.token();
        let job = Job::Op {
            dir: PathBuf::from(dir),
            op,
        };
        self.jobs.send(job).map_err(|_| Done {
            token,
            result: Err("disk worker is not running".to_string()),
            bytes: None,
        })
    }

    /// Lets the worker finish everything submitted so far, then waits for it to exit.
    /// Completions keep arriving through the callback until then: the caller must not
    /// hold anything the callback waits for (a lock).
    pub fn finish(&self) {
        let _ = self.jobs.send(Job::Stop);
        let handle = self
            .thread
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

/// Files kept open for appending at once: a snapshot's temp file and, later, the AOF
/// (and an AOF rewrite's file) can be written in turns without reopening each time.
const OPEN_FILES: usize = 4;

/// The worker's state: the files kept open between appends, most recently used last.
#[derive(Default)]
struct Files {
    open: Vec<(PathBuf, File)>,
}

impl Files {
    /// Closes whichever of `paths` is open.
    fn close_if(&mut self, paths: &[&Path]) {
        self.open.retain(|(p, _)| !paths.contains(&p.as_path()));
    }

    /// The open file for appending to `path`, opening (and creating) it if needed and
    /// closing the least recently used one beyond [`OPEN_FILES`].
    fn appender(&mut self, path: PathBuf) -> io::Result<&mut File> {
        match self.open.iter().position(|(p, _)| *p == path) {
            Some(i) => {
                let entry = self.open.remove(i);
                self.open.push(entry);
            }
            None => {
                let f = match OpenOptions::new().append(true).create(true).open(&path) {
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {
                        create_parent(&path)?;
                        OpenOptions::new().append(true).create(true).open(&path)?
                    }
                    r => r?,
                };
                if self.open.len() >= OPEN_FILES {
                    self.open.remove(0);
                }
                self.open.push((path, f));
            }
        }
        match self.open.last_mut() {
            Some((_, f)) => Ok(f),
            None => Err(io::Error::other("no open file")),
        }
    }

    fn run(&mut self, dir: &Path, op: DiskOp) -> io::Result<()> {
        match op {
            DiskOp::WriteFile {
                path,
                bytes,
                rename_to,
                ..
            } => {
                let path = dir.join(path);
                let to = rename_to.map(|t| dir.join(t));
                let mut closing = vec![path.as_path()];
                closing.extend(to.as_deref());
                self.close_if(&closing);
                let written = write_synced(&path, &bytes).and_then(|()| match &to {
                    Some(to) => rename_synced(&path, to),
                    None => Ok(()),
                });
                if written.is_err() && to.is_some() {
                    let _ = std::fs::remove_file(&path);
                }
                written
            }
            DiskOp::Append {
                path, bytes, fsync, ..
            } => {
                let path = dir.join(path);
                let appended = self.appender(path.clone()).and_then(|f| {
                    let before = f.metadata()?.len();
                    let written = f.write_all(&bytes);
                    if written.is_err() {
                        // Cut a partial write back, so that the core's retry appends
                        // the same bytes where they belong.
                        let _ = f.set_len(before);
                    }
                    written?;
                    if fsync { f.sync_data() } else { Ok(()) }
                });
                if appended.is_err() {
                    // Reopen next time rather than write after a partial failure.
                    self.close_if(&[&path]);
                }
                appended
            }
            DiskOp::Rename { from, to, .. } => {
                let (from, to) = (dir.join(from), dir.join(to));
                self.close_if(&[&from, &to]);
                rename_synced(&from, &to)
            }
            DiskOp::Remove { path, .. } => {
                let path = dir.join(path);
                self.close_if(&[&path]);
                match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                    _ => Ok(()),
                }
            }
            // Reads are answered with their bytes by the worker loop.
            DiskOp::ReadFile { path, .. } => std::fs::metadata(dir.join(path)).map(drop),
        }
    }
}

/// Creates `path`'s directory (an AOF directory that does not exist yet).
fn create_parent(path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => std::fs::create_dir_all(p),
        _ => Ok(()),
    }
}

/// Carries out `op` at once on the calling thread (start-up work before any client,
/// such as opening the AOF), its paths relative to `dir`.
pub fn run_now(dir: &str, op: DiskOp) -> Done {
    carry_out(&mut Files::default(), Path::new(dir), op)
}

/// Carries out `op` with `files`, its paths relative to `dir`: a read's bytes, or the
/// outcome.
fn carry_out(files: &mut Files, dir: &Path, op: DiskOp) -> Done {
    let token = op.token();
    match op {
        DiskOp::ReadFile { path, .. } => match std::fs::read(dir.join(path)) {
            Ok(bytes) => Done {
                token,
                result: Ok(()),
                bytes: Some(bytes),
            },
            Err(e) => Done {
                token,
                result: Err(os_error_text(&e)),
                bytes: None,
            },
        },
        op => Done {
            token,
            result: files.run(dir, op).map_err(|e| os_error_text(&e)),
            bytes: None,
        },
    }
}

/// Creates or truncates `path`, writes `bytes` and fsyncs.
fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = match File::create(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            create_parent(path)?;
            File::create(path)?
        }
        r => r?,
    };
    f.write_all(bytes)?;
    f.sync_all()
}

/// Renames `from` over `to`, then fsyncs `to`'s directory so the rename survives a
/// crash.
fn rename_synced(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::rename(from, to)?;
    let parent = match to.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    File::open(parent)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::Receiver;
    use std::time::Duration;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("cinnabar-disk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    }

    fn worker() -> (DiskWorker, Receiver<Done>) {
        let (tx, rx) = channel();
        let w = DiskWorker::spawn(move |d| {
            let _ = tx.send(d);
        })
        .expect("spawn");
        (w, rx)
    }

    fn next(rx: &Receiver<Done>) -> Done {
        rx.recv_timeout(Duration::from_secs(10))
            .expect("completion")
    }

    fn append(token: u64, path: &str, bytes: &[u8], fsync: bool) -> DiskOp {
        DiskOp::Append {
            token,
            path: path.into(),
            bytes: bytes.to_vec(),
            fsync,
        }
    }

    #[test]
    fn reads_return_the_bytes_or_the_os_error() {
        let dir = temp_dir("read");
        std::fs::write(dir.join("users.acl"), b"user default on nopass\n").expect("write");
        let (w, rx) = worker();
        let d = dir.to_str().expect("utf-8");
        let read = |token, path: &str| DiskOp::ReadFile {
            token,
            path: path.into(),
        };
        w.submit(d, read(1, "users.acl")).expect("submit");
        w.submit(d, read(2, "missing.acl")).expect("submit");
        let done = next(&rx);
        assert_eq!(
            done.bytes.as_deref(),
            Some(&b"user default on nopass\n"[..])
        );
        let done = next(&rx);
        assert_eq!(
            (done.token, done.result, done.bytes),
            (2, Err("No such file or directory".to_string()), None)
        );
        w.finish();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn ops_run_and_report_in_submission_order() {
        let dir = temp_dir("order");
        let d = dir.to_str().expect("utf-8");
        let (w, rx) = worker();
        let chunk = vec![b'x'; 4 << 20];
        for t in 1..=8 {
            w.submit(d, append(t, "temp.rdb", &chunk, t == 8))
                .expect("submit");
        }
        w.submit(
            d,
            DiskOp::Rename {
                token: 9,
                from: "temp.rdb".into(),
                to: "dump.rdb".into(),
            },
        )
        .expect("submit");
        w.submit(
            d,
            DiskOp::Remove {
                token: 10,
                path: "never-there".into(),
            },
        )
        .expect("submit");
        for t in 1..=10 {
            assert_eq!(
                next(&rx),
                Done {
                    token: t,
                    result: Ok(()),
                    bytes: None,
                }
            );
        }
        assert_eq!(
            std::fs::metadata(dir.join("dump.rdb"))
                .expect("renamed")
                .len(),
            8 * (4 << 20)
        );
        assert!(!dir.join("temp.rdb").exists());
        w.finish();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn appends_keep_the_file_open() {
        let dir = temp_dir("open");
        let d = dir.to_str().expect("utf-8");
        let (w, rx) = worker();
        w.submit(d, append(1, "f", b"one", false)).expect("submit");
        assert_eq!(next(&rx).result, Ok(()));
        // Unlinked behind the worker's back: the next append goes to the open file,
        // not to a new one.
        std::fs::remove_file(dir.join("f")).expect("remove");
        w.submit(d, append(2, "f", b"two", true)).expect("submit");
        assert_eq!(next(&rx).result, Ok(()));
        assert!(!dir.join("f").exists());
        // Appends to three other files in between keep it open.
        for (t, other) in [(3, "g1"), (4, "g2"), (5, "g3")] {
            w.submit(d, append(t, other, b"g", false)).expect("submit");
            w.submit(d, append(t + 10, "f", b"more", false))
                .expect("submit");
        }
        for _ in 0..6 {
            assert_eq!(next(&rx).result, Ok(()));
        }
        assert!(!dir.join("f").exists());
        // Removing it closes it: coming back creates the path anew.
        w.submit(
            d,
            DiskOp::Remove {
                token: 8,
                path: "f".into(),
            },
        )
        .expect("submit");
        w.submit(d, append(9, "f", b"three", false))
            .expect("submit");
        assert_eq!(next(&rx).token, 8);
        assert_eq!(next(&rx).token, 9);
        assert_eq!(std::fs::read(dir.join("f")).expect("read"), b"three");
        // A fifth file closes the least recently used (g1): unlinked meanwhile, it is
        // created anew by the next append.
        std::fs::remove_file(dir.join("g1")).expect("remove g1");
        w.submit(d, append(10, "g4", b"g", false)).expect("submit");
        w.submit(d, append(11, "g1", b"again", false))
            .expect("submit");
        assert_eq!(next(&rx).token, 10);
        assert_eq!(next(&rx).token, 11);
        assert_eq!(std::fs::read(dir.join("g1")).expect("read"), b"again");
        w.finish();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn write_file_renames_and_errors_carry_the_os_text() {
        let dir = temp_dir("write");
        let d = dir.to_str().expect("utf-8");
        let (w, rx) = worker();
        std::fs::write(dir.join("conf"), "old").expect("write");
        w.submit(
            d,
            DiskOp::WriteFile {
                token: 1,
                path: "conf.tmp".into(),
                bytes: b"new".to_vec(),
                rename_to: Some("conf".into()),
            },
        )
        .expect("submit");
        // A missing directory is created (the AOF's), but a file in the way is an error.
        w.submit(d, append(2, "conf/f", b"x", false))
            .expect("submit");
        w.submit(
            d,
            DiskOp::Rename {
                token: 3,
                from: "nope".into(),
                to: "conf".into(),
            },
        )
        .expect("submit");
        w.submit(d, append(4, "made/dir/f", b"x", false))
            .expect("submit");
        assert_eq!(next(&rx).result, Ok(()));
        assert_eq!(next(&rx).result, Err("Not a directory".to_string()));
        assert_eq!(
            next(&rx).result,
            Err("No such file or directory".to_string())
        );
        assert_eq!(next(&rx).result, Ok(()));
        assert_eq!(std::fs::read(dir.join("made/dir/f")).expect("read"), b"x");
        assert_eq!(std::fs::read(dir.join("conf")).expect("read"), b"new");
        assert!(!dir.join("conf.tmp").exists());
        w.finish();
        // Gone: an operation comes back as failed instead of vanishing.
        let back = w
            .submit(
                d,
                DiskOp::Remove {
                    token: 4,
                    path: "x".into(),
                },
            )
            .expect_err("worker stopped");
        assert_eq!(back.token, 4);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn finish_completes_what_was_submitted() {
        let dir = temp_dir("finish");
        let d = dir.to_str().expect("utf-8");
        let (w, rx) = worker();
        for t in 1..=20 {
            w.submit(d, append(t, "f", &[b'a'; 1000], false))
                .expect("submit");
        }
        w.finish();
        assert_eq!(rx.try_iter().count(), 20);
        assert_eq!(std::fs::metadata(dir.join("f")).expect("f").len(), 20_000);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
