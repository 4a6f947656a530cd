//! The facilitator's side of a live session: turns client events into operations on the
//! session, and keeps every client in step with what was applied.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::bounds;
use super::host::{ConnId, Host, HostEvent, Joined};
use super::outbox::Line;
use super::protocol::{HostMsg, PROTOCOL_VERSION, Role};
use crate::app::App;
use crate::domain::{AppliedOp, Author, LiveRecord, Moment, Numbered, Op, Session};

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
            secret_sha256,
        } => {
            // (The runner has published what was applied before this welcome's snapshot.)
            let live = app.session.live.as_ref()?;
            if let Err(why) = owner_check(live, &client, peer.uid, &secret_sha256) {
                host.disconnect(conn, &why);
                return Some(format!(
                    "Refused {} ({}): {why}",
                    bounds::reason(&name),
                    peer.user
                ));
            }
            let last_seq = live.client_seqs.get(&client).copied().unwrap_or(0);
            // nc14 #7: the same name whoever connects first, and across host restarts.
            let joining = super::names::Joining {
                name: &name,
                user: &peer.user,
                uid: peer.uid,
                shared_uid: super::users::my_uid(),
            };
            // (A number is not taken for a login: uid_of would read it as a uid.)
            let is_user = |login: &str| {
                !login.chars().all(|c| c.is_ascii_digit())
                    && super::users::uid_of(login).is_ok_and(|u| u.is_some_and(|u| u != peer.uid))
            };
            let name = super::names::stable_name(&joining, &claims(host, app, &client), is_user);
            let author = Author {
                name: name.clone(),
                uid: Some(peer.uid),
            };
            host.join(
                conn,
                Joined {
                    name: name.clone(),
                    role,
                    client,
                    secret_sha256,
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
                    session: for_clients(&app.session),
                    now: Some(at.now),
                }),
            );
            // Issue 14, item 3: what was applied up to `last_seq` may not be on disk yet;
            // its ack, once it is, tells the client it is saved. nc14 #6: sent to a new
            // join too (`last_seq` 0, which acknowledges nothing of its own) when its user
            // recorded something before, so that it knows those are on disk.
            if last_seq > 0 || recorded_by(live, peer.uid) {
                acks.push(PendingAck {
                    conn,
                    seq: last_seq,
                    revision: live.revision,
                });
            }
            Some(crate::tr!(
                "people-joined-as",
                name = name,
                role = crate::i18n::keys::role_label(role)
            ))
        }
        HostEvent::Op { conn, seq, op, .. } => {
            let joined = host.joined(conn)?;
            if !joined.role.allows(&op) {
                let what = if joined.role == Role::Viewer {
                    "a viewer can only watch"
                } else {
                    "a note-taker records notes and commitments; the facilitator runs the agenda, its plan and the timers"
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
            if !joined.role.owns(&op, &app.session, &joined.author) {
                host.send(
                    conn,
                    &HostMsg::Refused {
                        seq,
                        error: super::protocol::OWN_ONLY.to_string(),
                    },
                );
                return None;
            }
            // The id is bound to its owner before anything is applied under it, so a
            // duplicate number is acknowledged to that owner only.
            let uid = joined.author.uid.unwrap_or(u32::MAX);
            if let Err(why) = bind(app, &joined, uid, at) {
                host.disconnect(conn, &why);
                return None;
            }
            let client = joined.client.clone();
            let digest = super::replay::digest(&op);
            let last = app
                .session
                .live
                .as_ref()
                .and_then(|l| l.client_seqs.get(&client));
            if last.is_some_and(|last| seq <= *last) {
                // An ack means applied: only a resend of the very operation applied under
                // this number gets one (once the file holds it); anything else is refused.
                if host.replay().was_applied(&client, seq, digest) {
                    let revision = app.session.live.as_ref().map_or(0, |l| l.revision);
                    acks.push(PendingAck {
                        conn,
                        seq,
                        revision,
                    });
                } else {
                    let error =
                        format!("operation {seq} was already used; it is not applied again");
                    host.send(conn, &HostMsg::Refused { seq, error });
                }
                return None;
            }
            // Issue 14, item 10: what it was, told on the facilitator's stage.
            let news_op = op.clone();
            // nc14: an edit's notice names the fields it changed.
            let before = match &op {
                Op::EditCommitment { id, .. } => app
                    .session
                    .live
                    .as_ref()
                    .and_then(|l| l.commitments.iter().find(|c| &c.id == id).cloned()),
                _ => None,
            };
            match app.apply_remote(&client, seq, op, joined.author.clone(), at) {
                // Acknowledged once the file holds it.
                Ok(Numbered::Applied(_)) => {
                    let notice =
                        super::news::of(&news_op, &joined.author, before.as_ref(), &app.session);
                    if let (Some(text), Some(h)) = (notice, app.host_mut()) {
                        let until = at.now + chrono::Duration::seconds(super::news::NOTICE_SECONDS);
                        h.notice = Some((text, until));
                    }
                    host.replay().applied(&client, seq, digest);
                    let revision = app.session.live.as_ref().map_or(0, |l| l.revision);
                    acks.push(PendingAck {
                        conn,
                        seq,
                        revision,
                    });
                }
                // Not reached (numbers already used are answered above), and never an ack.
                Ok(Numbered::Duplicate) => host.send(
                    conn,
                    &HostMsg::Refused {
                        seq,
                        error: format!("operation {seq} was already used; it is not applied again"),
                    },
                ),
                Err(e) => host.send(
                    conn,
                    &HostMsg::Refused {
                        seq,
                        error: bounds::reason(&e.to_string()),
                    },
                ),
            }
            None
        }
        HostEvent::Sync { conn, .. } => {
            // One whole state waiting is enough, however often the client asks.
            if !host.state_queued(conn) {
                host.send_line(
                    conn,
                    Line::later(HostMsg::State {
                        session: for_clients(&app.session),
                    }),
                );
            }
            None
        }
        // Issue 14 item 7: the facilitator is told who left, as who joined; nc14 #11: and
        // as what, since one person may have a viewer and a note-taker open.
        HostEvent::Left { name, role, .. } => name.map(|name| match role {
            Some(role) => crate::tr!(
                "people-left-as",
                who = with_role(&name, &crate::i18n::keys::role_label(role))
            ),
            None => crate::tr!("people-left", name = name),
        }),
    }
}

/// "Amina (note-taker)", or "ndamina (ndamina, note-taker)" for a name that already says
/// its Unix user in parentheses (nc14b #10: never two pairs of parentheses).
fn with_role(name: &str, role: &str) -> String {
    match name.strip_suffix(')') {
        Some(open) if open.contains(" (") => format!("{open}, {role})"),
        _ => format!("{name} ({role})"),
    }
}

/// Sends `applied` to every client, and the whole state to any client that fell behind
/// (its backlog was dropped).
pub fn publish(host: &Host, applied: &[AppliedOp], session: &Session) {
    host.broadcast(applied.iter().map(|a| HostMsg::Applied {
        revision: a.revision,
        op: without_digest(a.op.clone()),
        by: a.by.clone(),
        at: a.at,
        origin: a.origin.clone(),
    }));
    let behind = host.behind();
    if !behind.is_empty() {
        // One copy of the session for all of them, encoded off the facilitator's loop.
        let state = Line::later(HostMsg::State {
            session: for_clients(session),
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
            // A name told apart from another already carries its user.
            let who = if j.name.contains(&format!("({user})")) {
                j.name.clone()
            } else {
                format!("{} ({user})", j.name)
            };
            // The role in the language in force (nc16c #1: "· note-taker" in French).
            (
                id,
                format!("{who} · {}", crate::i18n::keys::role_label(j.role)),
            )
        })
        .collect()
}

/// Whether `client` may be used by `uid` with this secret: an id already bound must match
/// both; one numbered before ids were bound cannot be claimed by anyone.
fn owner_check(
    live: &LiveRecord,
    client: &str,
    uid: u32,
    secret_sha256: &str,
) -> Result<(), String> {
    match live.client_keys.get(client) {
        Some(key) if key.uid != uid => Err(
            "this client id belongs to another Unix user: start plenary join again for an id of your own".into(),
        ),
        Some(key) if key.secret_sha256 != secret_sha256 => Err(
            "this client id belongs to another plenary join (its secret does not match): start plenary join again for an id of your own".into(),
        ),
        Some(_) => Ok(()),
        None if live.client_seqs.contains_key(client) => Err(
            "this client id was used before ids were bound to their owners: start plenary join again for an id of your own".into(),
        ),
        None => Ok(()),
    }
}

/// Binds the client's id to its owner the first time it sends, through an operation, so
/// the binding is saved and survives a host restart; checks it every time after.
fn bind(app: &mut App, joined: &Joined, uid: u32, at: Moment) -> Result<(), String> {
    let live = app.session.live.as_ref().ok_or("the session is not live")?;
    owner_check(live, &joined.client, uid, &joined.secret_sha256)?;
    if live.client_keys.contains_key(&joined.client) {
        return Ok(());
    }
    let op = Op::BindClient {
        client: joined.client.clone(),
        uid,
        secret_sha256: joined.secret_sha256.clone(),
    };
    app.apply(op, at).map(|_| ()).map_err(|e| e.to_string())
}

/// Names a newcomer must not be mistaken for: the facilitator's, those of the people
/// connected (except earlier connections of the same client), and those recorded in the
/// session (nc14 #7: who wrote first keeps a name across restarts).
fn claims(host: &Host, app: &App, client: &str) -> Vec<super::names::Claim> {
    use super::names::Claim;
    let claim = |a: &Author, recorded: bool| Claim {
        name: a.name.clone(),
        uid: a.uid,
        recorded,
    };
    let mut all = vec![claim(&app.me, false)];
    all.extend(
        host.people()
            .into_iter()
            .filter(|(_, j)| j.client != client)
            .map(|(_, j)| claim(&j.author, false)),
    );
    let Some(live) = &app.session.live else {
        return all;
    };
    let authors = live.notes.iter().map(|n| &n.author).chain(
        live.commitments
            .iter()
            .flat_map(|c| std::iter::once(&c.created_by).chain(c.history.iter().map(|h| &h.by))),
    );
    // The facilitator's own records are the facilitator's, not a joiner's of that account.
    let mut recorded: Vec<&Author> = authors.filter(|a| **a != app.me).collect();
    recorded.sort_by(|a, b| (&a.name, a.uid).cmp(&(&b.name, b.uid)));
    recorded.dedup();
    all.extend(recorded.into_iter().map(|a| claim(a, true)));
    all
}

/// Whether Unix user `uid` wrote a note or a commitment in the session.
fn recorded_by(live: &LiveRecord, uid: u32) -> bool {
    let by = |a: &Author| a.uid == Some(uid);
    live.notes.iter().any(|n| by(&n.author)) || live.commitments.iter().any(|c| by(&c.created_by))
}

/// The session as clients get it: the digests of client secrets left out.
pub fn for_clients(session: &Session) -> Box<Session> {
    let mut copy = Box::new(session.clone());
    if let Some(live) = copy.live.as_mut() {
        for key in live.client_keys.values_mut() {
            key.secret_sha256.clear();
        }
    }
    copy
}

fn without_digest(op: Op) -> Op {
    match op {
        Op::BindClient { client, uid, .. } => Op::BindClient {
            client,
            uid,
            secret_sha256: String::new(),
        },
        op => op,
    }
}

#[cfg(test)]
mod tests {
    // Issue 14, nc14b #10: "ndamina (ndamina) (note-taker) left" had two pairs of parentheses.
    #[test]
    fn nc14b_10_a_leave_line_has_one_pair_of_parentheses() {
        assert_eq!(
            super::with_role("Amina", "note-taker"),
            "Amina (note-taker)"
        );
        assert_eq!(
            super::with_role("ndamina (ndamina)", "note-taker"),
            "ndamina (ndamina, note-taker)"
        );
    }
}
