//! Writing session files so that a crash at any instant leaves a complete file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Session;

/// Writes `bytes` to `path` through a temporary file in the same directory, synced,
/// then renamed over the target: readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".plenary-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // Through the plain file: tempfile's own writer adds its temporary path to errors,
    // which only pushes the useful part of a warning off the screen.
    tmp.as_file_mut().write_all(bytes)?;
    // A replaced file keeps its permissions (a new one is private to its owner).
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The session's JSON exactly as written to disk.
pub fn to_json(session: &Session) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(session).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Keeps one session file up to date and remembers a failed write, so the UI can warn
/// and the runtime can retry while the session carries on in memory.
#[derive(Debug)]
pub struct Saver {
    path: PathBuf,
    failure: Option<String>,
    pending: bool,
}

impl Saver {
    /// A saver for `path`; nothing is written until `save`.
    pub fn new(path: PathBuf) -> Self {
        Saver {
            path,
            failure: None,
            pending: false,
        }
    }

    /// The file being kept.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the session now; on failure keeps it pending and records why.
    pub fn save(&mut self, session: &Session) -> bool {
        match write_atomic(&self.path, &to_json(session)) {
            Ok(()) => {
                self.failure = None;
                self.pending = false;
                true
            }
            Err(e) => {
                // Most important first: the footer may cut the end of the line.
                self.failure = Some(format!(
                    "NOT SAVED, kept in memory, retrying: {e} ({})",
                    self.path.display()
                ));
                self.pending = true;
                false
            }
        }
    }

    /// The last write's failure, shown until a write succeeds.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref()
    }

    /// Whether the file is behind the session in memory.
    pub fn is_pending(&self) -> bool {
        self.pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        write_atomic(&path, b"one").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"two").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn a_failed_write_is_reported_and_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("s.json");
        let mut saver = Saver::new(path.clone());
        let session: Session =
            serde_json::from_str(r#"{"format":1,"title":"t","agenda":[]}"#).unwrap();
        assert!(!saver.save(&session));
        assert!(saver.is_pending());
        assert!(saver.failure().unwrap().contains("kept in memory"));
        std::fs::create_dir(dir.path().join("gone")).unwrap();
        assert!(saver.save(&session));
        assert!(saver.failure().is_none());
    }
}

/// Writes the session on its own thread, so the facilitator's loop never waits for the disk,
/// and says which revision is safely on disk: live clients' acknowledgements wait for it.
pub struct BackgroundSaver {
    shared: std::sync::Arc<Shared>,
    path: PathBuf,
}

#[derive(Default)]
struct Shared {
    state: std::sync::Mutex<Background>,
    wake: std::sync::Condvar,
    done: std::sync::Condvar,
}

#[derive(Default)]
struct Background {
    /// The newest snapshot not yet on disk, with its revision (serialised by the writer).
    next: Option<(u64, Box<Session>)>,
    /// The highest revision on disk.
    durable: u64,
    /// The highest revision handed over.
    submitted: u64,
    failure: Option<String>,
    /// A write is under way.
    writing: bool,
}

/// How long the writer waits before trying a failed write again.
const RETRY: std::time::Duration = std::time::Duration::from_secs(2);

impl BackgroundSaver {
    /// Starts the writer for `path`, whose content is already `revision`; `on_durable` is
    /// called (from the writer thread) after each successful write, or a failed one.
    pub fn start(
        path: PathBuf,
        revision: u64,
        on_durable: impl Fn() + Send + 'static,
    ) -> BackgroundSaver {
        let shared = std::sync::Arc::new(Shared::default());
        if let Ok(mut s) = shared.state.lock() {
            s.durable = revision;
            s.submitted = revision;
        }
        let (worker, target) = (std::sync::Arc::clone(&shared), path.clone());
        let _ = std::thread::Builder::new()
            .name("plenary-save".into())
            .spawn(move || {
                loop {
                    let (revision, session) = {
                        let Ok(mut s) = worker.state.lock() else {
                            return;
                        };
                        loop {
                            if let Some(next) = s.next.take() {
                                s.writing = true;
                                break next;
                            }
                            s = match worker.wake.wait(s) {
                                Ok(s) => s,
                                Err(_) => return,
                            };
                        }
                    };
                    let result = write_atomic(&target, &to_json(&session));
                    let failed = result.is_err();
                    if let Ok(mut s) = worker.state.lock() {
                        s.writing = false;
                        match result {
                            Ok(()) => {
                                s.durable = s.durable.max(revision);
                                s.failure = None;
                            }
                            Err(e) => {
                                s.failure = Some(format!(
                                    "NOT SAVED, kept in memory, retrying: {e} ({})",
                                    target.display()
                                ));
                                // Keep it for the retry unless something newer came in meanwhile.
                                if s.next.is_none() {
                                    s.next = Some((revision, session));
                                }
                            }
                        }
                    }
                    worker.done.notify_all();
                    on_durable();
                    if failed {
                        std::thread::sleep(RETRY);
                    }
                }
            });
        BackgroundSaver { shared, path }
    }

    /// Hands over the session as of `revision`; replaces any snapshot still waiting. Only a
    /// copy is made here: turning it into JSON happens on the writer's thread.
    pub fn submit(&self, revision: u64, session: &Session) {
        let copy = Box::new(session.clone());
        if let Ok(mut s) = self.shared.state.lock() {
            s.next = Some((revision, copy));
            s.submitted = s.submitted.max(revision);
        }
        self.shared.wake.notify_one();
    }

    /// Whether a write is under way. A copy handed over meanwhile would wait for it and
    /// most likely be replaced by a newer one before it is written, so a caller with many
    /// changes in a row hands over one copy when the writer is free instead.
    pub fn busy(&self) -> bool {
        self.shared.state.lock().is_ok_and(|s| s.writing)
    }

    /// The highest revision safely on disk.
    pub fn durable(&self) -> u64 {
        self.shared.state.lock().map_or(0, |s| s.durable)
    }

    /// Why the last write failed, until one succeeds.
    pub fn failure(&self) -> Option<String> {
        self.shared
            .state
            .lock()
            .ok()
            .and_then(|s| s.failure.clone())
    }

    /// Waits (up to `limit`) until everything handed over is on disk; false if it is not.
    pub fn flush(&self, limit: std::time::Duration) -> bool {
        let deadline = std::time::Instant::now() + limit;
        let Ok(mut s) = self.shared.state.lock() else {
            return false;
        };
        while s.durable < s.submitted {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return false;
            }
            s = match self.shared.done.wait_timeout(s, left) {
                Ok((s, _)) => s,
                Err(_) => return false,
            };
        }
        true
    }

    /// The file being kept.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod background_tests {
    use super::*;

    #[test]
    fn the_newest_snapshot_reaches_the_disk_and_is_reported_durable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let saver = BackgroundSaver::start(path.clone(), 0, || {});
        let mut session: Session =
            serde_json::from_str(r#"{"format":1,"title":"one","agenda":[]}"#).unwrap();
        saver.submit(1, &session);
        session.title = "two".into();
        saver.submit(2, &session);
        assert!(saver.flush(std::time::Duration::from_secs(5)));
        assert_eq!(saver.durable(), 2);
        assert!(std::fs::read_to_string(&path).unwrap().contains("\"two\""));
    }

    #[test]
    fn a_failing_disk_is_reported_and_retried_until_it_works() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("s.json");
        let saver = BackgroundSaver::start(path.clone(), 0, || {});
        let session: Session =
            serde_json::from_str(r#"{"format":1,"title":"t","agenda":[]}"#).unwrap();
        saver.submit(1, &session);
        assert!(!saver.flush(std::time::Duration::from_millis(300)));
        assert!(saver.failure().unwrap().contains("kept in memory"));
        assert_eq!(saver.durable(), 0, "nothing acknowledged as durable");
        std::fs::create_dir(dir.path().join("gone")).unwrap();
        assert!(
            saver.flush(std::time::Duration::from_secs(5)),
            "the retry wrote it"
        );
        assert!(saver.failure().is_none());
    }
}
