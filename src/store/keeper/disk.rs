//! The writer's side of the keeper: the file, its journal, and the session as the disk
//! should have it; one round at a time: take new operations, look at the file, write what
//! is due (the journal first, the whole file when needed or quiet).

use crate::tr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::super::journal::{FileId, Journal, journal_path};
use super::super::lock::SessionLock;
use super::super::save::{to_json, write_atomic_file};
use crate::domain::{AppliedOp, Session};

/// How long after a failed write the writer tries again.
const RETRY: Duration = Duration::from_secs(2);
/// Quiet time after the last operation before the whole session is rewritten.
const FOLD_AFTER: Duration = Duration::from_secs(1);
/// Journal entries after which the session is rewritten even while busy.
const FOLD_EVERY: usize = 2_000;

/// The writer's side: the file, its journal and the session as the disk should have it.
pub(super) struct Disk {
    pub(super) lock: SessionLock,
    pub(super) mirror: Session,
    pub(super) journal: Option<Journal>,
    /// In the mirror, not yet durable.
    pub(super) pending: Vec<AppliedOp>,
    /// The session file as this process last wrote it (or found it, on resume).
    pub(super) written: Option<FileId>,
    /// Journal entries since the last full write; None until the first one.
    pub(super) since_fold: Option<usize>,
    pub(super) retry_at: Option<Instant>,
    pub(super) last_change: Instant,
}

/// The outcome of one round of the writer, for the loop.
#[derive(Default)]
pub(super) struct Round {
    pub(super) durable: Option<u64>,
    pub(super) failure: Option<Option<String>>,
    /// A warning that the file lags behind its journal (nothing is lost).
    pub(super) lagging: Option<Option<String>>,
    pub(super) notices: Vec<String>,
}

/// What is at the session's path compared with what this process wrote there.
pub(super) enum Found {
    Ours,
    /// Nothing there: deleted (with its folder, if `folder`).
    Gone {
        folder: bool,
    },
    /// Another file, or ours changed by someone else.
    Replaced,
    /// It cannot be looked at (permissions, say).
    Unknown(std::io::Error),
}

impl Disk {
    /// How long the writer may sleep before its next round is due: a retry, a rewrite of
    /// the whole file once things are quiet, or else `idle`.
    pub(super) fn next_wait(&self, now: Instant, idle: Duration) -> Duration {
        if let Some(retry) = self.retry_at {
            return retry.saturating_duration_since(now).min(idle);
        }
        if self.since_fold.is_some_and(|n| n > 0) || !self.pending.is_empty() {
            let quiet_at = self.last_change + FOLD_AFTER + Duration::from_millis(5);
            return quiet_at.saturating_duration_since(now).min(idle);
        }
        idle
    }

    pub(super) fn path(&self) -> PathBuf {
        self.lock.path().to_path_buf()
    }

    pub(super) fn find(&self) -> Found {
        let path = self.path();
        match FileId::of_path(&path) {
            Ok(id) if Some(id) == self.written => Found::Ours,
            Ok(_) => Found::Replaced,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Found::Gone {
                folder: path.parent().is_some_and(|d| !d.exists()),
            },
            Err(e) => Found::Unknown(e),
        }
    }

    /// One round: take new operations, look at the file, write what is due.
    pub(super) fn round(&mut self, entries: Vec<AppliedOp>, now: Instant) -> Round {
        let mut round = Round::default();
        if !entries.is_empty() {
            for entry in &entries {
                if let Err(e) = self.mirror.replay(entry) {
                    // The writer's copy no longer matches the console's: rewriting the file
                    // from it would be wrong. Say so; the last write on quit uses the
                    // console's own session.
                    round.failure = Some(Some(tr!("disk-out-of-step", why = e.to_string())));
                    return round;
                }
            }
            self.pending.extend(entries);
            self.last_change = now;
        }
        let mut full = self.since_fold.is_none() || self.journal.is_none();
        match self.find() {
            Found::Ours => {}
            Found::Gone { folder } if self.written.is_some() => {
                full = true;
                if let Err(e) = self.restore(folder, &mut round) {
                    return self.failed(round, now, &e);
                }
            }
            Found::Gone { .. } => full = true,
            Found::Replaced => {
                full = true;
                if let Err(e) = self.move_aside(&mut round) {
                    return self.failed(round, now, &e);
                }
            }
            Found::Unknown(e) => return self.failed(round, now, &e),
        }
        if self.journal.as_ref().is_some_and(|j| !j.is_in_place()) {
            full = true;
        }
        // Durable first: new operations go to the journal at once.
        if !full && !self.pending.is_empty() {
            let appended = match self.journal.as_mut() {
                Some(journal) => journal.append(&self.pending),
                None => Err(std::io::Error::other("no journal")),
            };
            if let Err(e) = appended {
                // Part of a line may have reached the file: never append after it again.
                self.journal = None;
                return self.failed(round, now, &e);
            }
            round.durable = self.pending.last().map(|e| e.revision);
            round.failure = Some(None);
            self.since_fold = self.since_fold.map(|n| n + self.pending.len());
            self.pending.clear();
        }
        // Then the whole file: when the journal alone will not do, or when it is quiet.
        let quiet = now.duration_since(self.last_change) >= FOLD_AFTER;
        let fold_due = self
            .since_fold
            .is_some_and(|n| n >= FOLD_EVERY || (n > 0 && quiet));
        if !(full || fold_due) || self.retry_at.is_some_and(|t| now < t) {
            return round;
        }
        match self.write_whole() {
            Ok(()) => {
                round.durable = Some(self.mirror.revision());
                round.failure = Some(None);
                round.lagging = Some(None);
                self.retry_at = None;
                round
            }
            Err(e) if full => self.failed(round, now, &e),
            Err(e) => {
                // Everything is in the journal: saved, but the file itself lags behind.
                self.retry_at = Some(now + RETRY);
                round.lagging = Some(Some(tr!(
                    "disk-journal-only",
                    why = e.to_string(),
                    path = self.path().display().to_string()
                )));
                round
            }
        }
    }

    fn failed(&mut self, mut round: Round, now: Instant, e: &std::io::Error) -> Round {
        self.retry_at = Some(now + RETRY);
        // Most important first: the footer may cut the end of the line.
        round.failure = Some(Some(tr!(
            "disk-not-saved",
            why = e.to_string(),
            path = self.path().display().to_string()
        )));
        round
    }

    /// Writes the whole session and starts a new journal after it.
    fn write_whole(&mut self) -> std::io::Result<()> {
        let path = self.path();
        let file = write_atomic_file(&path, &to_json(&self.mirror))?;
        self.written = Some(FileId::of_file(&file)?);
        self.lock.hold(file);
        self.pending.clear();
        let id = self.mirror.live.as_ref().map_or("", |l| l.id.as_str());
        self.journal = Some(Journal::create(
            &journal_path(&path),
            id,
            self.mirror.revision(),
        )?);
        self.since_fold = Some(0);
        Ok(())
    }

    /// The file (or its folder) was deleted: make the folder again and take the lock again.
    pub(super) fn restore(&mut self, folder: bool, round: &mut Round) -> std::io::Result<()> {
        let path = self.path();
        if folder && let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        if !self.lock.still_held() {
            let fresh = SessionLock::acquire(&path).map_err(std::io::Error::other)?;
            let old = std::mem::replace(&mut self.lock, fresh);
            self.lock.absorb(old);
        }
        // Nothing of ours is there now: the next write is a first write, not news again.
        self.written = None;
        // The news first: at 80 columns the path is cut.
        round.notices.push(if folder {
            tr!("disk-folder-made-again", path = path.display().to_string())
        } else {
            tr!("disk-file-written-again", path = path.display().to_string())
        });
        Ok(())
    }

    /// Someone else's file is at our path: leave it, and go on under a new name beside it.
    pub(super) fn move_aside(&mut self, round: &mut Round) -> std::io::Result<()> {
        let new = beside(&self.path());
        let lock = SessionLock::acquire(&new).map_err(std::io::Error::other)?;
        if let Some(journal) = self.journal.take() {
            // Ours, and it would not match the file now at the old path.
            let _ = journal.remove();
        }
        let old = std::mem::replace(&mut self.lock, lock);
        self.lock.absorb(old);
        self.written = None;
        round
            .notices
            .push(tr!("disk-moved-aside", path = new.display().to_string()));
        Ok(())
    }
}

/// A free name beside `path` for a session that cannot stay at `path`.
fn beside(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "session".into(), |s| s.to_string_lossy().into_owned());
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{stem}.recovered.json")
        } else {
            format!("{stem}.recovered-{n}.json")
        };
        let candidate = path.with_file_name(name);
        if std::fs::symlink_metadata(&candidate).is_err() {
            return candidate;
        }
        n += 1;
    }
}
