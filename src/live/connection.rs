//! One client's connection to the host: who it is (its Unix credentials, checked against
//! who may join, and its place among the admitted connections), and the two threads that
//! serve it, sharing its one descriptor. The reader turns its lines into `HostEvent`s, with
//! a size limit, a total deadline for `hello`, every field checked at the boundary and
//! malformed input answered; the writer sends what its outbox holds, and gives up on a
//! client that stops reading.

use std::collections::HashMap;
use std::io::{BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::admit::{Admission, Ticket};
use super::bounds;
use super::flow::Flow;
use super::host::{Access, Client, ConnId, Emit, HostEvent, Peer};
use super::outbox::{Line, Outbox};
use super::protocol::{ClientMsg, HostMsg, PROTOCOL_VERSION, ReadError, Role, encode, read_line};
use super::users;

/// How long one write to a client may block before that client is dropped.
const WRITE_DEADLINE: Duration = Duration::from_secs(5);
/// How long a refusal may take to write to a connection that is then closed.
const REFUSAL_DEADLINE: Duration = Duration::from_millis(100);
/// Malformed or out-of-bounds lines tolerated from one client before it is dropped.
const MAX_BAD_LINES: u32 = 20;
/// A line buffer grown past this by one long line is given back afterwards.
const KEPT_BUFFER: usize = 16 * 1024;

/// Says why and closes; a `fatal` refusal tells the client not to try again, any other
/// (no room for now) lets it retry on its own.
fn refuse(mut stream: &UnixStream, message: &str, fatal: bool) {
    let _ = stream.set_write_timeout(Some(REFUSAL_DEADLINE));
    let _ = stream.write_all(&encode(&HostMsg::Error {
        message: message.to_string(),
        fatal,
    }));
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Everything a new connection is served with.
pub(super) struct Serving<'a> {
    pub(super) access: &'a Access,
    pub(super) clients: &'a Arc<Mutex<HashMap<ConnId, Client>>>,
    pub(super) emit: &'a Emit,
    pub(super) admission: &'a Arc<Admission>,
}

/// Whether the user `uid` (login `user`), connected from a process running as group
/// `process_gid`, may join: the owner always; with a group allowed in, its members,
/// primary or supplementary, as the name service says. Should it fail to answer, the
/// members the group's entry listed at the start are still let in.
fn may_join(access: &Access, uid: u32, user: &str, process_gid: u32) -> bool {
    uid == users::my_uid()
        || access.group.as_ref().is_some_and(|group| {
            process_gid == group.gid
                || users::in_group(uid, group.gid)
                    .unwrap_or_else(|_| group.members.iter().any(|m| m == user))
        })
}

/// Checks who connected and, if they may join and there is room, starts their reader and
/// writer threads.
pub(super) fn accept(conn: ConnId, stream: UnixStream, serving: &Serving) {
    let Ok(cred) = rustix::net::sockopt::socket_peercred(&stream) else {
        return refuse(&stream, "cannot tell who you are", true);
    };
    let uid = cred.uid.as_raw();
    let user = users::user_name(uid).unwrap_or_else(|| format!("uid {uid}"));
    if !may_join(serving.access, uid, &user, cred.gid.as_raw()) {
        return refuse(
            &stream,
            "this session is open to its owner only; ask the facilitator to use --allow-group",
            true,
        );
    }
    let ticket = match serving.admission.admit(uid) {
        Ok(t) => t,
        Err(why) => return refuse(&stream, &why, false),
    };
    let deadline = Instant::now() + serving.admission.limits().hello_deadline;
    let peer = Peer {
        uid,
        user,
        pid: cred.pid.as_raw_nonzero().get(),
    };
    let _ = stream.set_write_timeout(Some(WRITE_DEADLINE));
    let stream = Arc::new(stream);
    let outbox = Arc::new(Outbox::default());
    if let Ok(mut m) = serving.clients.lock() {
        m.insert(
            conn,
            Client {
                outbox: Arc::clone(&outbox),
                stream: Arc::clone(&stream),
                peer: peer.clone(),
                joined: None,
            },
        );
    }
    let forget = |clients: &Mutex<HashMap<ConnId, Client>>| {
        outbox.abort();
        let _ = stream.shutdown(std::net::Shutdown::Both);
        if let Ok(mut m) = clients.lock() {
            m.remove(&conn);
        }
    };
    let (out, writer) = (Arc::clone(&outbox), Arc::clone(&stream));
    let wrote = std::thread::Builder::new()
        .name("plenary-write".into())
        .spawn(move || {
            // Everything queued goes out in as few writes as the buffer allows.
            let mut buffer = std::io::BufWriter::with_capacity(1 << 16, &*writer);
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
    if wrote.is_err() {
        return forget(serving.clients);
    }
    let (clients, emit, out, reader) = (
        Arc::clone(serving.clients),
        Arc::clone(serving.emit),
        Arc::clone(&outbox),
        Deadlined {
            stream: Arc::clone(&stream),
            until: Some(deadline),
        },
    );
    let read = std::thread::Builder::new()
        .name("plenary-read".into())
        .spawn(move || {
            read_client(conn, reader, peer, &out, &emit, ticket);
            out.close();
            let joined = clients
                .lock()
                .ok()
                .and_then(|mut m| m.remove(&conn))
                .and_then(|c| c.joined);
            let (name, role) = joined.map(|j| (j.name, j.role)).unzip();
            emit(HostEvent::Left { conn, name, role });
        });
    if read.is_err() {
        forget(serving.clients);
    }
}

/// A stream read under a deadline that covers every read until it is lifted: a hello sent
/// one byte at a time must still arrive whole in time.
struct Deadlined {
    stream: Arc<UnixStream>,
    until: Option<Instant>,
}

impl Read for Deadlined {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if let Some(until) = self.until {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(std::io::ErrorKind::TimedOut.into());
            }
            self.stream.set_read_timeout(Some(left))?;
        }
        (&*self.stream).read(buf)
    }
}

fn read_client(
    conn: ConnId,
    stream: Deadlined,
    peer: Peer,
    outbox: &Outbox,
    emit: &Emit,
    mut ticket: Ticket,
) {
    let mut reader = BufReader::new(stream);
    let mut line = Vec::new();
    let mut hello = false;
    let mut bad = 0;
    let flow = Arc::new(Flow::default());
    let say = |message: String, fatal: bool| {
        outbox.push(Line::now(&HostMsg::Error { message, fatal }));
    };
    loop {
        if line.capacity() > KEPT_BUFFER {
            line = Vec::new();
        }
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
                    say("no hello in time; closing".into(), true);
                }
                return;
            }
        }
        let msg = match serde_json::from_slice::<ClientMsg>(&line) {
            Ok(m) => m,
            Err(e) => {
                bad += 1;
                let fatal = bad >= MAX_BAD_LINES;
                // serde's words can quote the input: cut them short.
                let e = bounds::reason(&e.to_string());
                say(format!("not a plenary message ({e}); ignored"), fatal);
                if fatal {
                    return;
                }
                continue;
            }
        };
        if let Err(why) = bounds::check(&msg) {
            bad += 1;
            let fatal = bad >= MAX_BAD_LINES;
            match msg {
                // A hello out of bounds cannot go on.
                ClientMsg::Hello { .. } => return say(why, true),
                ClientMsg::Op { seq, .. } if hello && !fatal => {
                    outbox.push(Line::now(&HostMsg::Refused { seq, error: why }));
                }
                _ => say(why, fatal),
            }
            if fatal {
                return;
            }
            continue;
        }
        match msg {
            ClientMsg::Hello {
                version,
                name,
                role,
                client,
                secret,
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
                ticket.said_hello();
                reader.get_mut().until = None;
                let _ = reader.get_ref().stream.set_read_timeout(None);
                // A remote client can be a note-taker or a viewer, never more.
                let role = if role == Role::Viewer {
                    Role::Viewer
                } else {
                    Role::NoteTaker
                };
                let name = match bounds::clean_name(&name) {
                    n if n.is_empty() => peer.user.clone(),
                    n => n,
                };
                emit(HostEvent::Hello {
                    conn,
                    peer: peer.clone(),
                    name,
                    role,
                    client,
                    secret_sha256: super::identity::digest(&secret),
                });
            }
            _ if !hello => say("say hello first".into(), false),
            ClientMsg::Op { seq, op } => {
                let Some(credit) = wait_for_room(&flow, outbox) else {
                    return;
                };
                emit(HostEvent::Op {
                    conn,
                    seq,
                    op,
                    credit,
                });
            }
            ClientMsg::Sync => {
                let Some(credit) = wait_for_room(&flow, outbox) else {
                    return;
                };
                emit(HostEvent::Sync { conn, credit });
            }
        }
    }
}

/// Waits until the facilitator's loop has room for another event of this connection.
fn wait_for_room(flow: &Arc<Flow>, outbox: &Outbox) -> Option<super::flow::Credit> {
    loop {
        if let Some(credit) = flow.take(Duration::from_secs(1)) {
            return Some(credit);
        }
        if outbox.is_closed() {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::users::{self, testing};

    // Issue 11 ("Users read from /etc/passwd"): a note-taker in the allowed group as a
    // supplementary member, listed under a second name of the group's id, was refused,
    // though the socket's permissions (by id) let them connect.
    #[test]
    fn a_member_of_the_allowed_group_under_another_name_may_join() {
        if let Some(why) = testing::cannot_make_users() {
            eprintln!("skipped: {why}");
            return;
        }
        let gid = testing::group("plenary-t-named", None);
        testing::group("plenary-t-alias", Some(gid));
        let uid = testing::user("plenary-t-alias-user", &["plenary-t-alias"]);
        let access = Access {
            group: Some(users::group("plenary-t-named").unwrap().unwrap()),
        };
        let primary = |uid| {
            nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
                .unwrap()
                .unwrap()
                .gid
                .as_raw()
        };
        assert!(may_join(&access, uid, "plenary-t-alias-user", primary(uid)));
        let outsider = testing::user("plenary-t-supp-user", &["plenary-t-supp"]);
        let user = "plenary-t-supp-user";
        assert!(!may_join(&access, outsider, user, primary(outsider)));
        let alone = Access::default();
        assert!(!may_join(&alone, uid, "plenary-t-alias-user", primary(uid)));
    }
}
