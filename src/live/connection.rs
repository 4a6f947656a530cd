//! One client's connection to the host: who it is (its Unix credentials, checked against
//! who may join), and the two threads that serve it. The reader turns its lines into
//! `HostEvent`s, with a size limit, a deadline for `hello` and malformed input answered;
//! the writer sends what its outbox holds, and gives up on a client that stops reading.

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::host::{Access, Client, ConnId, Emit, HostEvent, Peer};
use super::outbox::{Line, Outbox};
use super::protocol::{ClientMsg, HostMsg, PROTOCOL_VERSION, ReadError, Role, encode, read_line};
use super::users;

/// How long a new connection may take to say hello.
const HELLO_DEADLINE: Duration = Duration::from_secs(10);
/// How long one write to a client may block before that client is dropped.
const WRITE_DEADLINE: Duration = Duration::from_secs(5);
/// Malformed lines tolerated from one client before it is dropped.
const MAX_BAD_LINES: u32 = 20;

fn refuse(mut stream: &UnixStream, message: &str) {
    let _ = stream.write_all(&encode(&HostMsg::Error {
        message: message.to_string(),
        fatal: true,
    }));
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Checks who connected and, if they may join, starts their reader and writer threads.
pub(super) fn accept(
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
