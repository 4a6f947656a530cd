//! The host side of live sharing, run inside the facilitator's `plenary run`.
//!
//! A listener thread accepts connections; each is checked and served by its own reader and
//! writer threads (`connection`). The writer is fed by a bounded outbox (`outbox`), so a
//! client that reads slowly or not at all never holds up the facilitator: when it falls
//! behind, its news is dropped and it is sent the current state instead of a backlog.
//! Everything a client says reaches the facilitator's loop as a `HostEvent`.

use std::collections::HashMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};

use super::admit::{Admission, Limits};
use super::connection::{Serving, accept};
use super::flow::Credit;
use super::outbox::{Line, Outbox};
use super::protocol::{HostMsg, Role};
use crate::domain::{Author, Op};

/// A connection, numbered by the host.
pub type ConnId = u64;

/// Who is on the other end, as the operating system says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    pub uid: u32,
    pub user: String,
    pub pid: i32,
}

/// What clients did, for the facilitator's loop.
#[derive(Debug)]
pub enum HostEvent {
    Hello {
        conn: ConnId,
        peer: Peer,
        name: String,
        role: Role,
        client: String,
        /// What the host keeps of the client's secret (the secret itself goes no further
        /// than the connection's reader).
        secret_sha256: String,
    },
    /// An operation; its credit, handed back when the event is dropped, lets the
    /// connection's reader go on.
    Op {
        conn: ConnId,
        seq: u64,
        op: Op,
        credit: Credit,
    },
    Sync {
        conn: ConnId,
        credit: Credit,
    },
    /// A connection ended; `name` if it had joined (the facilitator is told who left), and
    /// as what (nc14 #11: one person's viewer and note-taker are told apart).
    Left {
        conn: ConnId,
        name: Option<String>,
        role: Option<Role>,
    },
}

/// Who may connect besides the owner.
#[derive(Clone, Debug, Default)]
pub struct Access {
    /// A group allowed in: its members, primary or supplementary, may join.
    pub group: Option<super::users::Group>,
}

/// A connected client as the host sees it.
pub(super) struct Client {
    pub(super) outbox: Arc<Outbox>,
    pub(super) stream: Arc<UnixStream>,
    pub(super) peer: Peer,
    /// Set once the facilitator's loop welcomed it.
    pub(super) joined: Option<Joined>,
}

/// A client that said hello and was welcomed.
#[derive(Clone, Debug)]
pub struct Joined {
    pub name: String,
    pub role: Role,
    /// The client's own id, stable across reconnections.
    pub client: String,
    /// The digest of the secret it said hello with.
    pub secret_sha256: String,
    pub author: Author,
}

/// Where client events go: the facilitator's loop.
pub(super) type Emit = Arc<dyn Fn(HostEvent) + Send + Sync>;

/// A listening session. Dropping it stops listening and removes the socket.
pub struct Host {
    path: PathBuf,
    clients: Arc<Mutex<HashMap<ConnId, Client>>>,
    stopping: Arc<AtomicBool>,
    access: Access,
    emit: Emit,
    /// The next connection number, shared by every listener this host has had.
    next: Arc<AtomicU64>,
    /// The connections served now, within the caps.
    admission: Arc<Admission>,
    /// None only while starting.
    listening: Mutex<Option<Listening>>,
    /// The operations recently applied for each client, to tell a true resend.
    replay: Mutex<super::replay::Replay>,
}

/// The socket file this host bound, to notice when it is removed, and its listener thread.
struct Listening {
    /// Device and inode of the socket file.
    id: (u64, u64),
    /// Tells the listener thread to stop.
    retired: Arc<AtomicBool>,
    /// Another handle on the listening socket, to wake that thread.
    wake: UnixListener,
}

impl Listening {
    fn retire(&self) {
        self.retired.store(true, Ordering::Relaxed);
        // A listening socket shut down makes a blocked accept return at once.
        let _ = rustix::net::shutdown(&self.wake, rustix::net::Shutdown::Both);
    }
}

impl Host {
    /// Listens on `path`; `emit` receives every client event, from other threads. The
    /// connection caps follow the process's descriptor limit (raised to its maximum).
    pub fn start(
        path: &Path,
        access: Access,
        emit: impl Fn(HostEvent) + Send + Sync + 'static,
    ) -> Result<Host> {
        Host::start_with(path, access, Limits::for_this_process(), emit)
    }

    /// `start` with the caps given.
    pub fn start_with(
        path: &Path,
        access: Access,
        limits: Limits,
        emit: impl Fn(HostEvent) + Send + Sync + 'static,
    ) -> Result<Host> {
        let mut host = Host {
            admission: Admission::new(limits),
            path: path.to_path_buf(),
            clients: Arc::default(),
            stopping: Arc::new(AtomicBool::new(false)),
            access,
            emit: Arc::new(emit),
            next: Arc::new(AtomicU64::new(1)),
            listening: Mutex::new(None),
            replay: Mutex::default(),
        };
        let first = host.listen()?;
        *host.listening.get_mut().unwrap_or_else(|e| e.into_inner()) = Some(first);
        Ok(host)
    }

    /// Binds the socket file and starts a thread accepting connections on it.
    fn listen(&self) -> Result<Listening> {
        let path = &self.path;
        super::socket_name::check_fits(path)?;
        if path.exists() {
            if UnixStream::connect(path).is_ok() {
                anyhow::bail!(
                    "{} is already being hosted by another plenary",
                    path.display()
                );
            }
            // Left behind by a host that died: nothing answers it.
            std::fs::remove_file(path)
                .with_context(|| format!("cannot remove the stale socket {}", path.display()))?;
        }
        let listener = UnixListener::bind(path)
            .with_context(|| format!("cannot listen on {}", path.display()))?;
        let mode = if self.access.group.is_some() {
            0o660
        } else {
            0o600
        };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        if let Some(group) = &self.access.group {
            rustix::fs::chown(path, None, Some(rustix::fs::Gid::from_raw(group.gid)))?;
        }
        let meta = std::fs::symlink_metadata(path)?;
        let retired = Arc::new(AtomicBool::new(false));
        let wake = listener.try_clone()?;
        let (clients, stopping, emit, next, access, admission) = (
            Arc::clone(&self.clients),
            Arc::clone(&self.stopping),
            Arc::clone(&self.emit),
            Arc::clone(&self.next),
            self.access.clone(),
            Arc::clone(&self.admission),
        );
        let done = Arc::clone(&retired);
        std::thread::Builder::new()
            .name("plenary-listen".into())
            .spawn(move || {
                for stream in listener.incoming() {
                    if stopping.load(Ordering::Relaxed) || done.load(Ordering::Relaxed) {
                        break;
                    }
                    let Ok(stream) = stream else {
                        // Out of file descriptors, say: try again shortly, do not spin.
                        std::thread::sleep(Duration::from_millis(50));
                        continue;
                    };
                    let conn = next.fetch_add(1, Ordering::Relaxed);
                    let serving = Serving {
                        access: &access,
                        clients: &clients,
                        emit: &emit,
                        admission: &admission,
                    };
                    accept(conn, stream, &serving);
                }
            })?;
        Ok(Listening {
            id: (meta.dev(), meta.ino()),
            retired,
            wake,
        })
    }

    /// Binds the socket again if something removed it (a cleanup of the runtime directory
    /// at logout, a stray `rm`): people already connected stay connected, and new ones can
    /// join again. Returns whether it had to.
    pub fn keep_listening(&self) -> Result<bool> {
        let mut current = self
            .listening
            .lock()
            .map_err(|_| anyhow::anyhow!("the listener state was poisoned"))?;
        if let Ok(meta) = std::fs::symlink_metadata(&self.path)
            && current.as_ref().map(|l| l.id) == Some((meta.dev(), meta.ino()))
        {
            return Ok(false);
        }
        if let Some(dir) = self.path.parent() {
            super::trust::prepare_host_dir(dir, self.access.group.as_ref())?;
        }
        let fresh = self.listen()?;
        if let Some(old) = current.replace(fresh) {
            old.retire();
        }
        Ok(true)
    }

    /// What the host remembers of the operations it applied for clients.
    pub fn replay(&self) -> std::sync::MutexGuard<'_, super::replay::Replay> {
        self.replay.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The socket's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records that the facilitator's loop welcomed `conn`.
    pub fn join(&self, conn: ConnId, joined: Joined) {
        if let Ok(mut m) = self.clients.lock()
            && let Some(c) = m.get_mut(&conn)
        {
            c.joined = Some(joined);
        }
    }

    /// Who `conn` is, once welcomed.
    pub fn joined(&self, conn: ConnId) -> Option<Joined> {
        self.clients.lock().ok()?.get(&conn)?.joined.clone()
    }

    /// The peer behind `conn`.
    pub fn peer(&self, conn: ConnId) -> Option<Peer> {
        Some(self.clients.lock().ok()?.get(&conn)?.peer.clone())
    }

    /// Queues a message for one client.
    pub fn send(&self, conn: ConnId, msg: &HostMsg) {
        self.send_line(conn, Line::now(msg));
    }

    /// Queues a line for one client: one made with `Line::later` is encoded by the
    /// client's writer thread, and once however many clients it is queued for.
    pub fn send_line(&self, conn: ConnId, line: Arc<Line>) {
        self.send_lines(conn, [line]);
    }

    /// Queues several lines for one client, waking its writer once.
    pub fn send_lines(&self, conn: ConnId, lines: impl IntoIterator<Item = Arc<Line>>) {
        if let Some(c) = self
            .clients
            .lock()
            .ok()
            .and_then(|m| m.get(&conn).map(|c| Arc::clone(&c.outbox)))
        {
            c.push_all(lines);
        }
    }

    /// Queues messages for every welcomed client, waking each writer once. Each message is
    /// encoded once, by whichever client's writer thread gets to it first, not by the
    /// facilitator's loop.
    pub fn broadcast(&self, msgs: impl IntoIterator<Item = HostMsg>) {
        let lines: Vec<Arc<Line>> = msgs.into_iter().map(Line::later).collect();
        if lines.is_empty() {
            return;
        }
        if let Ok(m) = self.clients.lock() {
            for c in m.values().filter(|c| c.joined.is_some()) {
                c.outbox.push_all(lines.iter().cloned());
            }
        }
    }

    /// Clients whose news was dropped because they fell behind: they need the whole state.
    pub fn behind(&self) -> Vec<ConnId> {
        self.clients
            .lock()
            .map(|m| {
                m.iter()
                    .filter(|(_, c)| c.outbox.is_behind())
                    .map(|(id, _)| *id)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Everyone welcomed, for the facilitator's screen.
    pub fn people(&self) -> Vec<(ConnId, Joined)> {
        let mut out: Vec<(ConnId, Joined)> = self
            .clients
            .lock()
            .map(|m| {
                m.iter()
                    .filter_map(|(id, c)| c.joined.clone().map(|j| (*id, j)))
                    .collect()
            })
            .unwrap_or_default();
        out.sort_by_key(|(id, _)| *id);
        out
    }

    /// Whether `conn` already has a whole state waiting to be written.
    pub fn state_queued(&self, conn: ConnId) -> bool {
        self.clients
            .lock()
            .ok()
            .and_then(|m| m.get(&conn).map(|c| c.outbox.has_state()))
            .unwrap_or(false)
    }

    /// Ends a client's connection (the facilitator disconnected them, or the host refused
    /// them), saying why if its socket has room: never waits on the client.
    pub fn disconnect(&self, conn: ConnId, reason: &str) {
        // The client's own writer thread sends the reason and then closes the connection:
        // nothing here waits on the socket, and nothing interleaves with that thread's writes.
        if let Some(c) = self.clients.lock().ok().and_then(|mut m| m.remove(&conn)) {
            c.outbox.finish_with(Line::now(&HostMsg::Error {
                message: reason.to_string(),
                fatal: true,
            }));
        }
    }
}

/// How long closing waits for the clients' writers to send the last word.
const CLOSING_GRACE: std::time::Duration = std::time::Duration::from_millis(300);

impl Host {
    /// Tells every client the facilitator's plenary is closing (`ended`: for good), after
    /// what is already queued for it, and waits a moment for that to be written: clients
    /// then say so instead of reconnecting forever (issue 14, item 7).
    pub fn close(&self, ended: bool) {
        let outboxes: Vec<Arc<super::outbox::Outbox>> = self
            .clients
            .lock()
            .map(|mut m| m.drain().map(|(_, c)| c.outbox).collect())
            .unwrap_or_default();
        for outbox in &outboxes {
            outbox.push(Line::now(&HostMsg::Closing { ended }));
            outbox.close();
        }
        let until = std::time::Instant::now() + CLOSING_GRACE;
        while outboxes.iter().any(|o| !o.is_drained()) && std::time::Instant::now() < until {
            // Waits on the writer threads, polled: they hold no signal to wait on.
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::Relaxed);
        if let Ok(current) = self.listening.lock()
            && let Some(current) = current.as_ref()
        {
            // Only our own socket: a removed one may have been replaced by someone else's.
            if std::fs::symlink_metadata(&self.path).is_ok_and(|m| (m.dev(), m.ino()) == current.id)
            {
                let _ = std::fs::remove_file(&self.path);
            }
            current.retire();
        }
        if let Ok(mut m) = self.clients.lock() {
            for (_, c) in m.drain() {
                c.outbox.abort();
                let _ = c.stream.shutdown(std::net::Shutdown::Both);
            }
        }
    }
}
