//! Session files on disk: reading with precise errors, the journal of operations, atomic
//! writes, the writer that keeps a live session on disk, the lock that keeps two writers
//! off one session, the last write and rescue, and where files live.

pub mod catalog;
pub mod duplicates;
pub mod examine;
pub mod followup;
pub mod journal;
mod json_error;
pub mod keeper;
pub mod load;
mod load_why;
pub mod lock;
pub mod output;
pub mod paths;
pub mod rescue;
pub mod roster;
mod roster_words;
pub mod save;
pub mod shape;
pub mod stand_ins;
pub mod watch;

use std::path::Path;

pub use keeper::Keeper;
pub use load::LoadError;
pub use lock::{LockError, SessionLock};
pub use save::write_atomic;

use crate::domain::Session;

/// Reads a session file with its journal: what a running or crashed host made durable is
/// part of the session for every reader.
pub fn load(path: &Path) -> Result<Session, LoadError> {
    // The host may rewrite the file between reading it and reading its journal; then the
    // journal follows a newer file, and both are read again.
    for _ in 0..5 {
        let mut session = load::load(path)?;
        if journal::replay_into(path, &mut session)? != journal::Replayed::Stale {
            return Ok(session);
        }
    }
    Err(LoadError::Invalid {
        path: path.to_path_buf(),
        why: load::LoadWhy::KeptChanging,
    })
}

/// When the session at `path` was last written to disk (the file or its journal), by the
/// clock of the machine that wrote it.
pub fn last_written(path: &Path) -> Option<std::time::SystemTime> {
    [path.to_path_buf(), journal::journal_path(path)]
        .iter()
        .filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .max()
}
