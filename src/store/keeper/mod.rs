//! Keeps a running session on disk, on a thread of its own so the facilitator never waits
//! for the disk: every applied operation goes to the journal and is made durable there
//! before anyone is told it is saved; the whole session is rewritten when things are quiet.
//!
//! It also watches the file: one that was deleted is written again, one that someone else
//! replaced is left alone and the session goes on under a new name beside it. The writer
//! works from its own copy of the session, kept by replaying the same operations, so it can
//! rewrite the file at any time without asking the facilitator's loop for a copy.

mod disk;

use super::watch;

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use self::disk::{Disk, Found, Round};
use super::journal::{FileId, journal_path};
use super::lock::SessionLock;
use super::save::{to_json, write_atomic_file};
use crate::domain::{AppliedOp, Session};

/// How often the writer looks at the file when nothing else happens and the file system
/// cannot tell it of changes: a deleted or replaced file is noticed within 2 s.
const POLL: Duration = Duration::from_millis(1500);
/// How often it looks anyway when the file system does tell it (`watch`): a safety net.
const CHECK: Duration = Duration::from_secs(30);

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
    /// How long the writer sleeps with nothing to do.
    idle: Mutex<Duration>,
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
            idle: Mutex::new(POLL),
        });
        let poked = Arc::clone(&shared);
        let dir = path_dir(shared.disk.lock().map(|d| d.path()).unwrap_or_default());
        if watch::start(dir, move || poked.wake.notify_all()) {
            *self::lock(&shared.idle) = CHECK;
        }
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
                let idle = *lock(&shared.idle);
                let wait = lock(&shared.disk).next_wait(Instant::now(), idle);
                s = shared
                    .wake
                    .wait_timeout(s, wait)
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

/// The folder a session file is in.
fn path_dir(path: PathBuf) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}
