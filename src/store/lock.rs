//! One writer per session: OS file locks on a lock file beside the session file, and on the
//! session file itself.
//!
//! The locks die with the process (even on SIGKILL), so there are no stale locks to clean
//! up; the lock file holds the holder's pid so a refusal can name it. The session is locked
//! by its canonical path (a symlink leads to its target), and by its inode, so a second name
//! for the same file (a hard link) is refused too.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

/// Why a session could not be taken.
#[derive(Debug, Error)]
pub enum LockError {
    #[error(
        "{path} is already open in another plenary ({holder}); close that one first or join it with `plenary join`"
    )]
    Held { path: PathBuf, holder: String },
    #[error("cannot lock {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Held while this process writes a session; released on drop or process exit.
#[derive(Debug)]
pub struct SessionLock {
    /// The session file, symlinks resolved: what is read, written and locked.
    path: PathBuf,
    _file: File,
    /// The session file as it was when locked: other names for it (hard links) keep
    /// pointing at this inode after a save replaces the file, so it stays locked.
    _first: Option<File>,
    /// The file the last save wrote, so names made for it meanwhile are covered too.
    current: Option<File>,
    /// Files this session was in that another name still points to (a hard link, a moved
    /// folder): locked as long as the session runs, so that name cannot be run beside it.
    kept: Vec<File>,
}

/// The lock file that guards a session file.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

/// The file a session path stands for: symlinks resolved, so that two names for one file
/// are one session. A file not yet created is resolved through its directory.
pub fn canonical(session: &Path) -> std::io::Result<PathBuf> {
    match std::fs::canonicalize(session) {
        Ok(path) => Ok(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(session).is_ok() {
                // A symlink to nothing: saving would replace the link, not create its target.
                return Err(e);
            }
            let name = session.file_name().ok_or(e)?;
            let dir = match session.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            Ok(std::fs::canonicalize(dir)?.join(name))
        }
        Err(e) => Err(e),
    }
}

fn held(path: &Path, holder: String) -> LockError {
    LockError::Held {
        path: path.to_path_buf(),
        holder,
    }
}

/// The process that holds `session`'s lock now (a live `plenary run`), if any: asked
/// before a form is opened for a change that would be refused (recheck NEW-2). Makes no
/// lock file and keeps no lock.
pub fn live_holder(session: &Path) -> Option<String> {
    let path = canonical(session).ok()?;
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(lock_path(&path))
        .ok()?;
    match file.try_lock() {
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            Some(match holder.trim() {
                "" => "another process".to_string(),
                h => h.to_string(),
            })
        }
        _ => None,
    }
}

impl SessionLock {
    /// Takes the lock for `session`, or says which process has it.
    pub fn acquire(session: &Path) -> Result<SessionLock, LockError> {
        let path = canonical(session).map_err(|source| LockError::Io {
            path: session.to_path_buf(),
            source,
        })?;
        let lock = lock_path(&path);
        let io = |source| LockError::Io {
            path: lock.clone(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = match holder.trim() {
                    "" => "another process".to_string(),
                    h => h.to_string(),
                };
                return Err(held(&path, holder));
            }
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
        let first = match File::open(&path) {
            Ok(f) => {
                match f.try_lock() {
                    Ok(()) => {}
                    Err(TryLockError::WouldBlock) => {
                        // Held through the file itself: another name for it (a hard link),
                        // or its lock file was deleted. Name the process if the system can.
                        let holder = holder_of(&f).map_or_else(
                            || "another process".to_string(),
                            |pid| format!("process {pid}"),
                        );
                        return Err(held(&path, holder));
                    }
                    Err(TryLockError::Error(e)) => return Err(io(e)),
                }
                Some(f)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        file.set_len(0).map_err(io)?;
        file.seek(SeekFrom::Start(0)).map_err(io)?;
        write!(file, "process {}", std::process::id()).map_err(io)?;
        let _ = file.flush();
        Ok(SessionLock {
            path,
            _file: file,
            _first: first,
            current: None,
            kept: Vec::new(),
        })
    }

    /// The session file, symlinks resolved: save here, never through the name given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Locks `written`, the file a save just put at the session's path, in place of the
    /// previous one (the first file stays locked for the whole session).
    pub fn hold(&mut self, written: File) {
        use std::os::unix::fs::MetadataExt;
        let _ = written.try_lock();
        if let Some(previous) = self.current.replace(written)
            && previous.metadata().is_ok_and(|m| m.nlink() > 0)
        {
            self.kept.push(previous);
        }
    }

    /// Takes over what `old` held (its lock file and files), as a session goes on under a
    /// lock taken again (its folder was deleted or moved, or the file replaced): every name
    /// the session was known by stays locked while it runs.
    pub fn absorb(&mut self, old: SessionLock) {
        self.kept.push(old._file);
        self.kept.extend(old._first);
        self.kept.extend(old.current);
        self.kept.extend(old.kept);
    }

    /// Whether the lock file is still the one this lock holds: false once something removed
    /// it (a deleted directory), when another process could take the session.
    pub fn still_held(&self) -> bool {
        use std::os::unix::fs::MetadataExt;
        let (Ok(open), Ok(named)) = (
            self._file.metadata(),
            std::fs::symlink_metadata(lock_path(&self.path)),
        ) else {
            return false;
        };
        (open.dev(), open.ino()) == (named.dev(), named.ino())
    }
}

/// The process holding a lock on `file`, from /proc/locks.
fn holder_of(file: &File) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    let meta = file.metadata().ok()?;
    let dev = meta.dev();
    let (major, minor) = (
        ((dev >> 32) & 0xffff_f000) | ((dev >> 8) & 0xfff),
        ((dev >> 12) & 0xffff_ff00) | (dev & 0xff),
    );
    let wanted = format!("{major:02x}:{minor:02x}:{}", meta.ino());
    let locks = std::fs::read_to_string("/proc/locks").ok()?;
    locks.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // "1: FLOCK ADVISORY WRITE 1234 fd:01:5678 0 EOF"; blocked waiters start with "->".
        let (pid, id) = (fields.get(4)?, fields.get(5)?);
        (fields.get(1) != Some(&"->") && *id == wanted).then(|| pid.parse().ok())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_with_the_first_ones_pid() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("s.json");
        let first = SessionLock::acquire(&session).unwrap();
        let err = SessionLock::acquire(&session).unwrap_err().to_string();
        assert!(
            err.contains(&format!("process {}", std::process::id())),
            "{err}"
        );
        drop(first);
        assert!(SessionLock::acquire(&session).is_ok());
    }

    // Issue 10, item 6: a symlink or a hard link to a session is the same session.
    #[test]
    fn a_symlink_and_a_hard_link_are_the_same_session() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        std::fs::write(&real, "{}").unwrap();
        let soft = dir.path().join("soft.json");
        std::os::unix::fs::symlink(&real, &soft).unwrap();
        let hard = dir.path().join("hard.json");
        std::fs::hard_link(&real, &hard).unwrap();
        let first = SessionLock::acquire(&real).unwrap();
        assert_eq!(first.path(), std::fs::canonicalize(&real).unwrap());
        let by_link = SessionLock::acquire(&soft).unwrap_err().to_string();
        assert!(by_link.contains("already open"), "{by_link}");
        let by_name = SessionLock::acquire(&hard).unwrap_err().to_string();
        assert!(
            by_name.contains(&format!("process {}", std::process::id())),
            "names the holder: {by_name}"
        );
        drop(first);
        assert_eq!(
            SessionLock::acquire(&soft).unwrap().path(),
            std::fs::canonicalize(&real).unwrap()
        );
    }
}
