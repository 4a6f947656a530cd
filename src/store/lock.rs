//! One host per session: an OS file lock beside the session file.
//!
//! The lock dies with the process (even on SIGKILL), so there are no stale locks
//! to clean up; the lock file holds the holder's pid so a refusal can name it.

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

/// Held while this process hosts a session; released on drop or process exit.
#[derive(Debug)]
pub struct SessionLock {
    _file: File,
}

/// The lock file that guards a session file.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

impl SessionLock {
    /// Takes the lock for `session`, or says which process has it.
    pub fn acquire(session: &Path) -> Result<SessionLock, LockError> {
        let path = lock_path(session);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
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
                return Err(LockError::Held {
                    path: session.to_path_buf(),
                    holder,
                });
            }
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
        file.set_len(0).map_err(io)?;
        file.seek(SeekFrom::Start(0)).map_err(io)?;
        write!(file, "process {}", std::process::id()).map_err(io)?;
        let _ = file.flush();
        Ok(SessionLock { _file: file })
    }
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
}
