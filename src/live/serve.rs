//! The facilitator's side of a live session: turns client events into operations on the
//! session, and keeps every client in step with what was applied.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::host::{ConnId, Host, HostEvent, Joined};
use super::outbox::Line;
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

/// Sends the acknowledgements whose operations are on disk (revision ≤ `durable`), each
/// client's in one batch.
pub fn release_acks(host: &Host, waiting: &mut Vec<PendingAck>, durable: u64) {
    let mut due: BTreeMap<ConnId, Vec<Arc<Line>>> = BTreeMap::new();
    waiting.retain(|a| {
        if a.revision <= durable {
            due.entry(a.conn)
                .or_default()
                .push(Line::now(&HostMsg::Ack { seq: a.seq }));
            false
        } else {
            true
        }
    });
    for (conn, lines) in due {
        host.send_lines(conn, lines);
    }
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
            host.send_line(
                conn,
                Line::later(HostMsg::Welcome {
                    version: PROTOCOL_VERSION,
                    role,
                    you: author,
                    last_seq,
                    session: Box::new(app.session.clone()),
                    now: Some(at.now),
                }),
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
            host.send_line(
                conn,
                Line::later(HostMsg::State {
                    session: Box::new(app.session.clone()),
                }),
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
    host.broadcast(app.take_applied().into_iter().map(|a| HostMsg::Applied {
        revision: a.revision,
        op: a.op,
        by: a.by,
        at: a.at,
        origin: a.origin,
    }));
    let behind = host.behind();
    if !behind.is_empty() {
        // One copy of the session for all of them, encoded off the facilitator's loop.
        let state = Line::later(HostMsg::State {
            session: Box::new(app.session.clone()),
        });
        for conn in behind {
            host.send_line(conn, Arc::clone(&state));
        }
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
