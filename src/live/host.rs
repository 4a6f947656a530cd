//! The host side of live sharing, run inside the facilitator's `plenary run`.
//!
//! A listener thread accepts connections and checks each peer's Unix credentials. Each
//! client gets a reader thread (lines limited in size, a deadline for `hello`, malformed
//! input answered with an error) and a writer thread fed by a bounded outbox, so a client
//! that reads slowly or not at all never holds up the facilitator: when its outbox
//! overflows its news is dropped and the client is sent the current state instead of a
//! backlog (see `outbox`).
//! Everything a client says reaches the facilitator's loop as a `HostEvent`.

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};

use super::outbox::{Line, Outbox};
use super::protocol::{ClientMsg, HostMsg, PROTOCOL_VERSION, ReadError, Role, encode, read_line};
use super::users;
use crate::domain::{Author, Op};

/// A connection, numbered by the host.
pub type ConnId = u64;

/// How long a new connection may take to say hello.
const HELLO_DEADLINE: Duration = Duration::from_secs(10);
/// How long one write to a client may block before that client is dropped.
const WRITE_DEADLINE: Duration = Duration::from_secs(5);
/// Malformed lines tolerated from one client before it is dropped.
const MAX_BAD_LINES: u32 = 20;

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
    },
    Op {
        conn: ConnId,
        seq: u64,
        op: Op,
    },
    Sync {
        conn: ConnId,
    },
    Left {
        conn: ConnId,
    },
}

/// Who may connect besides the owner.
#[derive(Clone, Debug, Default)]
pub struct Access {
    /// A group allowed in: its id and listed members.
    pub group: Option<(u32, Vec<String>)>,
}

/// A connected client as the host sees it.
struct Client {
    outbox: Arc<Outbox>,
    stream: UnixStream,
    peer: Peer,
    /// Set once the facilitator's loop welcomed it.
    joined: Option<Joined>,
}

/// A client that said hello and was welcomed.
#[derive(Clone, Debug)]
pub struct Joined {
    pub name: String,
    pub role: Role,
    /// The client's own id, stable across reconnections.
    pub client: String,
    pub author: Author,
}

type Emit = Arc<dyn Fn(HostEvent) + Send + Sync>;

/// A listening session. Dropping it stops listening and removes the socket.
pub struct Host {
    path: PathBuf,
    clients: Arc<Mutex<HashMap<ConnId, Client>>>,
    stopping: Arc<AtomicBool>,
    access: Access,
    emit: Emit,
    /// The next connection number, shared by every listener this host has had.
    next: Arc<AtomicU64>,
    /// None only while starting.
    listening: Mutex<Option<Listening>>,
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
    /// Listens on `path`; `emit` receives every client event, from other threads.
    pub fn start(
        path: &Path,
        access: Access,
        emit: impl Fn(HostEvent) + Send + Sync + 'static,
    ) -> Result<Host> {
        let mut host = Host {
            path: path.to_path_buf(),
            clients: Arc::default(),
            stopping: Arc::new(AtomicBool::new(false)),
            access,
            emit: Arc::new(emit),
            next: Arc::new(AtomicU64::new(1)),
            listening: Mutex::new(None),
        };
        let first = host.listen()?;
        *host.listening.get_mut().unwrap_or_else(|e| e.into_inner()) = Some(first);
        Ok(host)
    }

    /// Binds the socket file and starts a thread accepting connections on it.
    fn listen(&self) -> Result<Listening> {
        let path = &self.path;
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
        if let Some((gid, _)) = &self.access.group {
            rustix::fs::chown(path, None, Some(rustix::fs::Gid::from_raw(*gid)))?;
        }
        let meta = std::fs::symlink_metadata(path)?;
        let retired = Arc::new(AtomicBool::new(false));
        let wake = listener.try_clone()?;
        let (clients, stopping, emit, next, access) = (
            Arc::clone(&self.clients),
            Arc::clone(&self.stopping),
            Arc::clone(&self.emit),
            Arc::clone(&self.next),
            self.access.clone(),
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
                    accept(conn, stream, &access, &clients, &emit);
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
            super::socket::prepare_dir(dir, self.access.group.as_ref().map(|(gid, _)| *gid))?;
        }
        let fresh = self.listen()?;
        if let Some(old) = current.replace(fresh) {
            old.retire();
        }
        Ok(true)
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

    /// Ends a client's connection (the facilitator disconnected them).
    pub fn disconnect(&self, conn: ConnId, reason: &str) {
        if let Some(c) = self.clients.lock().ok().and_then(|mut m| m.remove(&conn)) {
            let mut stream = &c.stream;
            let _ = stream.write_all(&encode(&HostMsg::Error {
                message: reason.to_string(),
                fatal: true,
            }));
            c.outbox.abort();
            let _ = c.stream.shutdown(std::net::Shutdown::Both);
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

fn refuse(mut stream: &UnixStream, message: &str) {
    let _ = stream.write_all(&encode(&HostMsg::Error {
        message: message.to_string(),
        fatal: true,
    }));
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

fn accept(
    conn: ConnId,
    stream: UnixStream,
    access: &Access,
    clients: &Arc<Mutex<HashMap<ConnId, Client>>>,
    emit: &Emit,
) {
    let Ok(cred) = rustix::net::sockopt::socket_peercred(&stream) else {
        return refuse(&stream, "cannot tell who you are");
    };
    let uid = cred.uid.as_raw();
    let user = users::user_name(uid).unwrap_or_else(|| format!("uid {uid}"));
    let allowed = uid == users::my_uid()
        || access
            .group
            .as_ref()
            .is_some_and(|(gid, members)| cred.gid.as_raw() == *gid || members.contains(&user));
    if !allowed {
        return refuse(
            &stream,
            "this session is open to its owner only; ask the facilitator to use --allow-group",
        );
    }
    let peer = Peer {
        uid,
        user,
        pid: cred.pid.as_raw_nonzero().get(),
    };
    let (Ok(reader), Ok(writer), Ok(keep)) =
        (stream.try_clone(), stream.try_clone(), stream.try_clone())
    else {
        return;
    };
    let outbox = Arc::new(Outbox::default());
    let _ = writer.set_write_timeout(Some(WRITE_DEADLINE));
    if let Ok(mut m) = clients.lock() {
        m.insert(
            conn,
            Client {
                outbox: Arc::clone(&outbox),
                stream: keep,
                peer: peer.clone(),
                joined: None,
            },
        );
    }
    let out = Arc::clone(&outbox);
    let _ = std::thread::Builder::new()
        .name("plenary-write".into())
        .spawn(move || {
            // Everything queued goes out in as few writes as the buffer allows.
            let mut buffer = std::io::BufWriter::with_capacity(1 << 16, &writer);
            'writing: while let Some(lines) = out.pop_all() {
                for line in lines {
                    if buffer.write_all(line.bytes()).is_err() {
                        break 'writing;
                    }
                }
                if buffer.flush().is_err() {
                    break;
                }
            }
            out.abort();
            let _ = writer.shutdown(std::net::Shutdown::Both);
        });
    let (clients, emit) = (Arc::clone(clients), Arc::clone(emit));
    let _ = std::thread::Builder::new()
        .name("plenary-read".into())
        .spawn(move || {
            read_client(conn, reader, peer, &outbox, &emit);
            outbox.close();
            if let Ok(mut m) = clients.lock() {
                m.remove(&conn);
            }
            emit(HostEvent::Left { conn });
        });
}

fn read_client(conn: ConnId, stream: UnixStream, peer: Peer, outbox: &Outbox, emit: &Emit) {
    let _ = stream.set_read_timeout(Some(HELLO_DEADLINE));
    let mut reader = BufReader::new(stream);
    let mut line = Vec::new();
    let mut hello = false;
    let mut bad = 0;
    let say = |message: String, fatal: bool| {
        outbox.push(Line::now(&HostMsg::Error { message, fatal }));
    };
    loop {
        match read_line(&mut reader, &mut line) {
            Ok(()) => {}
            Err(ReadError::TooLong) => {
                return say("a line was longer than 256 KiB; closing".into(), true);
            }
            Err(ReadError::Closed) => return,
            Err(ReadError::Io(e)) => {
                if !hello
                    && matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    )
                {
                    say("no hello within 10 seconds; closing".into(), true);
                }
                return;
            }
        }
        let msg = match serde_json::from_slice::<ClientMsg>(&line) {
            Ok(m) => m,
            Err(e) => {
                bad += 1;
                let fatal = bad >= MAX_BAD_LINES;
                say(format!("not a plenary message ({e}); ignored"), fatal);
                if fatal {
                    return;
                }
                continue;
            }
        };
        match msg {
            ClientMsg::Hello {
                version,
                name,
                role,
                client,
            } => {
                if version != PROTOCOL_VERSION {
                    return say(
                        format!(
                            "this session speaks protocol {PROTOCOL_VERSION}, your plenary speaks {version}: use the same plenary version as the facilitator"
                        ),
                        true,
                    );
                }
                if hello {
                    say("already said hello".into(), false);
                    continue;
                }
                hello = true;
                let _ = reader.get_ref().set_read_timeout(None);
                // A remote client can be a note-taker or a viewer, never more.
                let role = if role == Role::Viewer {
                    Role::Viewer
                } else {
                    Role::NoteTaker
                };
                let name = if name.trim().is_empty() {
                    peer.user.clone()
                } else {
                    name
                };
                emit(HostEvent::Hello {
                    conn,
                    peer: peer.clone(),
                    name,
                    role,
                    client,
                });
            }
            _ if !hello => say("say hello first".into(), false),
            ClientMsg::Op { seq, op } => emit(HostEvent::Op { conn, seq, op }),
            ClientMsg::Sync => emit(HostEvent::Sync { conn }),
        }
    }
}
