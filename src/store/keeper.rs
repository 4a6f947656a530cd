//! Keeps a running session on disk, on a thread of its own so the facilitator never waits
//! for the disk: every applied operation goes to the journal and is made durable there
//! before anyone is told it is saved; the whole session is rewritten when things are quiet.
//!
//! It also watches the file: one that was deleted is written again, one that someone else
//! replaced is left alone and the session goes on under a new name beside it. The writer
//! works from its own copy of the session, kept by replaying the same operations, so it can
//! rewrite the file at any time without asking the facilitator's loop for a copy.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::journal::{FileId, Journal, journal_path};
use super::lock::SessionLock;
use super::save::{to_json, write_atomic_file};
use crate::domain::{AppliedOp, Session};

/// How often the writer looks at the file when nothing else happens.
const WATCH: Duration = Duration::from_millis(500);
/// How long after a failed write the writer tries again.
const RETRY: Duration = Duration::from_secs(2);
/// Quiet time after the last operation before the whole session is rewritten.
const FOLD_AFTER: Duration = Duration::from_secs(1);
/// Journal entries after which the session is rewritten even while busy.
const FOLD_EVERY: usize = 2_000;

/// What the loop needs to know from the writer.
#[derive(Default)]
struct State {
    queue: Vec<AppliedOp>,
    durable: u64,
    failure: Option<String>,
    lagging: Option<String>,
    path: PathBuf,
    stop: bool,
}

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
    disk: Mutex<Disk>,
}

/// What the console shows of the disk: the revision durable, why writing fails (or the
/// file lags its journal), what happened to the file, and where it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiskState {
    pub durable: u64,
    /// Changes are not on disk, and why.
    pub failure: Option<String>,
    /// Everything is in the journal, but the file itself could not be rewritten.
    pub lagging: Option<String>,
    /// What happened to the file since the last state (deleted, replaced).
    pub notices: Vec<String>,
    pub path: PathBuf,
}

/// Writes a live session's changes to disk on its own thread; see the module docs.
pub struct Keeper {
    shared: Arc<Shared>,
    worker: Option<std::thread::JoinHandle<()>>,
}

/// The writer's side: the file, its journal and the session as the disk should have it.
struct Disk {
    lock: SessionLock,
    mirror: Session,
    journal: Option<Journal>,
    /// In the mirror, not yet durable.
    pending: Vec<AppliedOp>,
    /// The session file as this process last wrote it (or found it, on resume).
    written: Option<FileId>,
    /// Journal entries since the last full write; None until the first one.
    since_fold: Option<usize>,
    retry_at: Option<Instant>,
    last_change: Instant,
}

/// The outcome of one round of the writer, for the loop.
#[derive(Default)]
struct Round {
    durable: Option<u64>,
    failure: Option<Option<String>>,
    /// A warning that the file lags behind its journal (nothing is lost).
    lagging: Option<Option<String>>,
    notices: Vec<String>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Keeper {
    /// Starts keeping `session`, whose file `lock` holds. `on_disk` is the file's identity
    /// when the session was read from it (None for a new session), and `durable` the
    /// revision already on disk. `on_event` gets the disk's state, from the writer thread,
    /// whenever something changed (a write finished or failed, a notice).
    pub fn start(
        lock: SessionLock,
        session: &Session,
        on_disk: Option<FileId>,
        durable: u64,
        on_event: impl Fn(DiskState) + Send + 'static,
    ) -> Keeper {
        let path = lock.path().to_path_buf();
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                durable,
                path,
                ..State::default()
            }),
            wake: Condvar::new(),
            disk: Mutex::new(Disk {
                lock,
                mirror: session.clone(),
                journal: None,
                pending: Vec::new(),
                written: on_disk,
                since_fold: None,
                retry_at: None,
                last_change: Instant::now(),
            }),
        });
        let worker = Arc::clone(&shared);
        let handle = std::thread::Builder::new()
            .name("plenary-save".into())
            .spawn(move || write_loop(&worker, on_event))
            .ok();
        Keeper {
            shared,
            worker: handle,
        }
    }

    /// Hands over operations just applied, in order; they are durable once `durable()`
    /// reaches their revision.
    pub fn record(&self, entries: Vec<AppliedOp>) {
        if entries.is_empty() {
            return;
        }
        lock(&self.shared.state).queue.extend(entries);
        self.shared.wake.notify_one();
    }

    /// The highest revision safely on disk.
    pub fn durable(&self) -> u64 {
        lock(&self.shared.state).durable
    }

    /// Why writing fails, until a write succeeds.
    pub fn failure(&self) -> Option<String> {
        lock(&self.shared.state).failure.clone()
    }

    /// What to show about the disk: why changes are not saved, else why the file lags
    /// behind its journal.
    pub fn warning(&self) -> Option<String> {
        let s = lock(&self.shared.state);
        s.failure.clone().or_else(|| s.lagging.clone())
    }

    /// The file the session is saved to now (it moves if someone replaced the file).
    pub fn path(&self) -> PathBuf {
        lock(&self.shared.state).path.clone()
    }

    /// Stops the writer and hands back what it holds, for the last write.
    pub fn stop(mut self) -> Stopped {
        lock(&self.shared.state).stop = true;
        self.shared.wake.notify_all();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
        Stopped {
            shared: Arc::clone(&self.shared),
        }
    }
}

fn write_loop(shared: &Shared, on_event: impl Fn(DiskState)) {
    // The first round goes at once: a new session's file exists from the start.
    let mut first = true;
    loop {
        let (entries, stop) = {
            let mut s = lock(&shared.state);
            if s.queue.is_empty() && !s.stop && !std::mem::take(&mut first) {
                s = shared
                    .wake
                    .wait_timeout(s, WATCH)
                    .map(|(g, _)| g)
                    .unwrap_or_else(|e| e.into_inner().0);
            }
            (std::mem::take(&mut s.queue), s.stop)
        };
        let round = lock(&shared.disk).round(entries, Instant::now());
        let news = round.durable.is_some()
            || round.failure.is_some()
            || round.lagging.is_some()
            || !round.notices.is_empty();
        let state = {
            let mut s = lock(&shared.state);
            if let Some(d) = round.durable {
                s.durable = s.durable.max(d);
            }
            if let Some(f) = round.failure {
                s.failure = f;
            }
            if let Some(l) = round.lagging {
                s.lagging = l;
            }
            s.path = lock(&shared.disk).lock.path().to_path_buf();
            DiskState {
                durable: s.durable,
                failure: s.failure.clone(),
                lagging: s.lagging.clone(),
                notices: round.notices,
                path: s.path.clone(),
            }
        };
        if news {
            on_event(state);
        }
        if stop {
            return;
        }
    }
}

/// What is at the session's path compared with what this process wrote there.
enum Found {
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
    fn path(&self) -> PathBuf {
        self.lock.path().to_path_buf()
    }

    fn find(&self) -> Found {
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
    fn round(&mut self, entries: Vec<AppliedOp>, now: Instant) -> Round {
        let mut round = Round::default();
        if !entries.is_empty() {
            for entry in &entries {
                if let Err(e) = self.mirror.replay(entry) {
                    // The writer's copy no longer matches the console's: rewriting the file
                    // from it would be wrong. Say so; the last write on quit uses the
                    // console's own session.
                    round.failure = Some(Some(format!(
                        "NOT SAVED: the saved copy went out of step ({e}); quit to save from memory"
                    )));
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
                round.lagging = Some(Some(format!(
                    "Saved in the journal only, retrying: the file cannot be rewritten: {e} ({})",
                    self.path().display()
                )));
                round
            }
        }
    }

    fn failed(&mut self, mut round: Round, now: Instant, e: &std::io::Error) -> Round {
        self.retry_at = Some(now + RETRY);
        // Most important first: the footer may cut the end of the line.
        round.failure = Some(Some(format!(
            "NOT SAVED, kept in memory, retrying: {e} ({})",
            self.path().display()
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
    fn restore(&mut self, folder: bool, round: &mut Round) -> std::io::Result<()> {
        let path = self.path();
        if folder && let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        if !self.lock.still_held() {
            self.lock = SessionLock::acquire(&path).map_err(std::io::Error::other)?;
        }
        // Nothing of ours is there now: the next write is a first write, not news again.
        self.written = None;
        // The news first: at 80 columns the path is cut.
        round.notices.push(if folder {
            format!(
                "The sessions folder was deleted: made again, and the session written back to {}",
                path.display()
            )
        } else {
            format!(
                "The session file was deleted: written again to {}",
                path.display()
            )
        });
        Ok(())
    }

    /// Someone else's file is at our path: leave it, and go on under a new name beside it.
    fn move_aside(&mut self, round: &mut Round) -> std::io::Result<()> {
        let new = beside(&self.path());
        let lock = SessionLock::acquire(&new).map_err(std::io::Error::other)?;
        if let Some(journal) = self.journal.take() {
            // Ours, and it would not match the file now at the old path.
            let _ = journal.remove();
        }
        self.lock = lock;
        self.written = None;
        round.notices.push(format!(
            "Another file replaced this session's file (left as it is): now saving to {}",
            new.display()
        ));
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

/// A stopped keeper: the file, its lock and its journal, for the last write.
pub struct Stopped {
    shared: Arc<Shared>,
}

/// The last write done: where the session is, and what happened to the file on the way.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    pub notices: Vec<String>,
}

impl Stopped {
    /// Writes `session` (the console's own copy, the authority) as the whole file, reads it
    /// back, and removes the journal. Returns the file, or why it failed (in words).
    pub fn write_final(&self, session: &Session) -> Result<Written, String> {
        let mut disk = lock(&self.shared.disk);
        disk.mirror = session.clone();
        let mut round = Round::default();
        let prepared = match disk.find() {
            Found::Ours => Ok(()),
            Found::Gone { folder } if disk.written.is_some() => disk.restore(folder, &mut round),
            Found::Gone { .. } => Ok(()),
            Found::Replaced => disk.move_aside(&mut round),
            Found::Unknown(e) => Err(e),
        };
        let path = disk.path();
        let bytes = to_json(session);
        let file = prepared
            .and_then(|()| write_atomic_file(&path, &bytes))
            .map_err(|e| format!("{e} ({})", path.display()))?;
        disk.lock.hold(file);
        // Only what can be read back counts as saved.
        match std::fs::read(&path) {
            Ok(back) if back == bytes => {}
            Ok(_) => return Err(format!("{} read back differently", path.display())),
            Err(e) => return Err(format!("{} could not be read back: {e}", path.display())),
        }
        match disk.journal.take() {
            Some(journal) => {
                let _ = journal.remove();
            }
            None => {
                let _ = std::fs::remove_file(journal_path(&path));
            }
        }
        Ok(Written {
            path,
            notices: round.notices,
        })
    }

    /// The session file now.
    pub fn path(&self) -> PathBuf {
        lock(&self.shared.disk).path()
    }

    /// The highest revision on disk (in the file or its journal).
    pub fn durable(&self) -> u64 {
        lock(&self.shared.state).durable
    }
}
