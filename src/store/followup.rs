//! Changing a saved session from review: under the session's lock, re-read the file,
//! apply the operation through the domain, write it back atomically.

use std::path::Path;

use thiserror::Error;

use super::lock::{LockError, SessionLock};
use super::{LoadError, load, save};
use crate::domain::{Author, Moment, Op, OpError, Session};

/// Why a change to a saved session was not written; the file is left as it was.
#[derive(Debug, Error)]
pub enum WriteBackError {
    #[error(
        "this session is live in plenary ({holder}); record the follow-up there, or close it first"
    )]
    Live { holder: String },
    #[error("{0}")]
    Lock(LockError),
    #[error("{0}")]
    Load(#[from] LoadError),
    #[error("{0}")]
    Refused(#[from] OpError),
    #[error("could not write {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Applies `op` to the session in `path` and saves it; returns the session as written.
/// A session that a live `plenary run` holds is not written behind its back.
pub fn apply_to_file(
    path: &Path,
    op: &Op,
    by: &Author,
    at: Moment,
) -> Result<Session, WriteBackError> {
    let lock = SessionLock::acquire(path).map_err(|e| match e {
        LockError::Held { holder, .. } => WriteBackError::Live { holder },
        other => WriteBackError::Lock(other),
    })?;
    // Through a symlink to the file itself, so the link stays a link.
    let path = lock.path();
    // Re-read under the lock: the file may have changed since it was shown (a follow-up
    // from a stale read is refused by the operation's base revision).
    let mut session = load(path)?;
    session.apply(op, by, at)?;
    save::write_atomic(path, &save::to_json(&session)).map_err(|source| WriteBackError::Write {
        path: path.display().to_string(),
        source,
    })?;
    // The file now holds everything a journal beside it held (a host that crashed).
    let _ = std::fs::remove_file(super::journal::journal_path(path));
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Status;
    use chrono::{NaiveDate, Utc};

    fn copy_of_example(dir: &Path) -> std::path::PathBuf {
        let path = dir.join("s.json");
        std::fs::copy(
            "sessions/2026-06-18-monitoring-results-workshop.json",
            &path,
        )
        .unwrap();
        path
    }

    fn at() -> Moment {
        Moment {
            now: Utc::now(),
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }
    }

    fn done(id: &str) -> Op {
        Op::FollowUp {
            id: id.into(),
            status: Status::Done,
            deadline: None,
            note: "Briefing held on 2 Oct".into(),
            base_revision: None,
            key: None,
            owner: None,
            superseded_by: None,
            superseded_in: None,
        }
    }

    #[test]
    fn a_follow_up_is_written_back_with_its_history() {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of_example(dir.path());
        let me = Author {
            name: "lina".into(),
            uid: None,
        };
        apply_to_file(&path, &done("C1"), &me, at()).unwrap();
        let saved = load(&path).unwrap();
        let c1 = &saved.live.unwrap().commitments[0];
        assert_eq!(c1.status, Status::Done);
        assert_eq!(
            c1.history.last().unwrap().note.as_deref(),
            Some("Briefing held on 2 Oct")
        );
    }

    #[test]
    fn a_session_held_by_a_live_host_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of_example(dir.path());
        let before = std::fs::read(&path).unwrap();
        let host = SessionLock::acquire(&path).unwrap();
        let me = Author {
            name: "lina".into(),
            uid: None,
        };
        let err = apply_to_file(&path, &done("C1"), &me, at()).unwrap_err();
        assert!(
            err.to_string().contains("live in plenary (process"),
            "{err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
        drop(host);
        // Another test thread forking a process (useradd, getent) holds a copy of every
        // descriptor until the child executes: the lock may look held for that instant.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let written = loop {
            let result = apply_to_file(&path, &done("C1"), &me, at());
            if result.is_ok() || std::time::Instant::now() > deadline {
                break result;
            }
            std::thread::yield_now();
        };
        assert!(written.is_ok(), "{written:?}");
    }

    #[test]
    fn a_file_that_no_longer_parses_is_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        std::fs::write(&path, "{\"format\": 1,").unwrap();
        let me = Author {
            name: "lina".into(),
            uid: None,
        };
        let err = apply_to_file(&path, &done("C1"), &me, at()).unwrap_err();
        assert!(matches!(err, WriteBackError::Load(_)));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"format\": 1,");
    }

    #[test]
    fn a_refused_operation_leaves_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of_example(dir.path());
        let before = std::fs::read(&path).unwrap();
        let me = Author {
            name: "lina".into(),
            uid: None,
        };
        let err = apply_to_file(&path, &done("C99"), &me, at()).unwrap_err();
        assert!(err.to_string().contains("no commitment C99"));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}
