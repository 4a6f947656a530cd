//! The facilitator's side of a live session: turns client events into operations on the
//! session, and keeps every client in step with what was applied.

use super::host::{ConnId, Host, HostEvent, Joined};
use super::protocol::{HostMsg, PROTOCOL_VERSION, Role};
use crate::app::App;
use crate::domain::{Author, Moment, Numbered};

/// An acknowledgement held back until the session file holds the operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PendingAck {
    pub conn: ConnId,
    pub seq: u64,
    /// The session revision that must be on disk first.
    pub revision: u64,
}

/// Sends the acknowledgements whose operations are on disk (revision ≤ `durable`).
pub fn release_acks(host: &Host, waiting: &mut Vec<PendingAck>, durable: u64) {
    waiting.retain(|a| {
        if a.revision <= durable {
            host.send(a.conn, &HostMsg::Ack { seq: a.seq });
            false
        } else {
            true
        }
    });
}

/// Handles one client event. Returns a line worth telling the facilitator, if any; an
/// applied operation's acknowledgement goes into `acks`, to be sent once it is saved.
pub fn handle(
    host: &Host,
    app: &mut App,
    event: HostEvent,
    at: Moment,
    acks: &mut Vec<PendingAck>,
) -> Option<String> {
    match event {
        HostEvent::Hello {
            conn,
            peer,
            name,
            role,
            client,
        } => {
            // Everyone already joined gets what was applied before this welcome's snapshot,
            // and the newcomer gets none of it twice.
            publish(host, app);
            let author = Author {
                name: name.clone(),
                uid: Some(peer.uid),
            };
            let live = app.session.live.as_ref()?;
            let last_seq = live.client_seqs.get(&client).copied().unwrap_or(0);
            host.join(
                conn,
                Joined {
                    name: name.clone(),
                    role,
                    client,
                    author: author.clone(),
                },
            );
            host.send(
                conn,
                &HostMsg::Welcome {
                    version: PROTOCOL_VERSION,
                    role,
                    you: author,
                    last_seq,
                    session: Box::new(app.session.clone()),
                    now: Some(at.now),
                },
            );
            Some(format!("{name} joined as {}", role.label()))
        }
        HostEvent::Op { conn, seq, op } => {
            let joined = host.joined(conn)?;
            if !joined.role.allows(&op) {
                let what = if joined.role == Role::Viewer {
                    "a viewer can only watch"
                } else {
                    "a note-taker records notes and commitments; the facilitator runs the agenda and timers"
                };
                host.send(
                    conn,
                    &HostMsg::Refused {
                        seq,
                        error: what.to_string(),
                    },
                );
                return None;
            }
            match app.apply_remote(&joined.client, seq, op, joined.author, at) {
                // Acknowledged once the file holds it (a duplicate is behind the current
                // revision too: it was applied before, and is saved by then or soon).
                Ok(Numbered::Applied(_) | Numbered::Duplicate) => {
                    let revision = app.session.live.as_ref().map_or(0, |l| l.revision);
                    acks.push(PendingAck {
                        conn,
                        seq,
                        revision,
                    });
                }
                Err(e) => host.send(
                    conn,
                    &HostMsg::Refused {
                        seq,
                        error: e.to_string(),
                    },
                ),
            }
            None
        }
        HostEvent::Sync { conn } => {
            host.send(
                conn,
                &HostMsg::State {
                    session: Box::new(app.session.clone()),
                },
            );
            None
        }
        HostEvent::Left { conn } => {
            let _ = conn;
            None
        }
    }
}

/// Sends what was applied since last time to every client, and the whole state to any
/// client that fell behind (its backlog was dropped).
pub fn publish(host: &Host, app: &mut App) {
    for a in app.take_applied() {
        host.broadcast(&HostMsg::Applied {
            revision: a.revision,
            op: a.op,
            by: a.by,
            at: a.at,
            origin: a.origin,
        });
    }
    for conn in host.behind() {
        host.send(
            conn,
            &HostMsg::State {
                session: Box::new(app.session.clone()),
            },
        );
    }
}

/// Names for the facilitator's screen: who is connected and as what.
pub fn people(host: &Host) -> Vec<(ConnId, String)> {
    host.people()
        .into_iter()
        .map(|(id, j)| {
            let user = host.peer(id).map(|p| p.user).unwrap_or_default();
            (id, format!("{} ({user}) · {}", j.name, j.role.label()))
        })
        .collect()
}
