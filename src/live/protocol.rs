//! The live-sharing protocol: JSON objects, one per line, over a Unix socket.
//!
//! A client says `hello`; the host answers `welcome` with the whole session, then sends
//! every applied operation as `applied` (with the author and time the host used, so each
//! client applies exactly the same change in the same order). A client sends `op`s with
//! its own sequence numbers; the host answers `ack` or `refused` for each. A client that
//! falls behind, or notices a gap, gets (or asks for) the whole `state` again.

use std::io::{self, BufRead};

use serde::{Deserialize, Serialize};

use crate::domain::{Author, Moment, Op, Session};

/// Bumped when a message changes shape; peers with another version are told so and closed.
pub const PROTOCOL_VERSION: u32 = 1;

/// Longest line either side accepts; longer ones are refused and the peer is closed.
pub const MAX_LINE: usize = 256 * 1024;

/// Why a note-taker's change to someone else's note or commitment is refused.
pub const OWN_ONLY: &str =
    "you can correct or delete only the notes and commitments you wrote; ask the facilitator";

/// What a connected person may do; the host decides, a client cannot claim more.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything: the agenda, the timers, notes and commitments.
    Facilitator,
    #[default]
    /// Notes and commitments only.
    NoteTaker,
    /// Reads only (a second screen).
    Viewer,
}

impl Role {
    /// Whether this role may apply `op`.
    pub fn allows(self, op: &Op) -> bool {
        match self {
            Role::Facilitator => true,
            Role::Viewer => false,
            Role::NoteTaker => matches!(
                op,
                Op::AddNote { .. }
                    | Op::AddCommitment { .. }
                    | Op::EditCommitment { .. }
                    | Op::SetStatus { .. }
                    | Op::MoveCommitment { .. }
                    | Op::DeleteCommitment { .. }
                    | Op::RestoreCommitment { .. }
                    | Op::EditNote { .. }
                    | Op::DeleteNote { .. }
                    | Op::RestoreNote { .. }
            ),
        }
    }

    /// Whether `by`, in this role, may change the note or commitment `op` names: a
    /// note-taker corrects or deletes only the notes it wrote and deletes only the
    /// commitments it recorded; the facilitator any.
    pub fn owns(self, op: &Op, session: &Session, by: &Author) -> bool {
        if self == Role::Facilitator {
            return true;
        }
        let Some(live) = &session.live else {
            return false;
        };
        match op {
            Op::EditNote { index, .. } | Op::DeleteNote { index } | Op::RestoreNote { index } => {
                live.notes.get(*index).is_some_and(|n| n.author == *by)
            }
            Op::DeleteCommitment { id } | Op::RestoreCommitment { id } => live
                .commitments
                .iter()
                .any(|c| c.id == *id && c.created_by == *by),
            _ => true,
        }
    }
}

/// Client to host.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMsg {
    Hello {
        version: u32,
        /// How the person wants to be shown; the host records their Unix user beside it.
        name: String,
        /// The role asked for: note_taker or viewer (never more than the host grants).
        role: Role,
        /// Stable for one client across reconnections, so resent operations land once.
        client: String,
        /// Known only to this client: the host binds `client` to it (and to the Unix user)
        /// so no one else can send under that id. Sent in this client's own hello only.
        #[serde(default)]
        secret: String,
    },
    /// An operation, numbered by the client from 1.
    Op { seq: u64, op: Op },
    /// Send the whole session again (after a gap).
    Sync,
}

/// Host to client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HostMsg {
    Welcome {
        version: u32,
        role: Role,
        you: Author,
        /// The highest operation number of this client already applied (resend what is above).
        last_seq: u64,
        session: Box<Session>,
        /// The host's time, so the client's countdowns run on the same clock even if the
        /// wall clock jumped between the host's start and the client's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        now: Option<chrono::DateTime<chrono::Utc>>,
    },
    /// The whole session, after a client fell behind or asked.
    State {
        session: Box<Session>,
    },
    /// An operation the host applied, with what it used to apply it.
    Applied {
        revision: u64,
        op: Op,
        by: Author,
        #[serde(with = "moment")]
        at: Moment,
        /// The live client and its number for the operation, when it came from one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<(String, u64)>,
    },
    Ack {
        seq: u64,
    },
    Refused {
        seq: u64,
        error: String,
    },
    /// The facilitator's plenary is closing every connection (issue 14, item 7): `ended`,
    /// the session is over and the client stops trying; otherwise it was only closed and
    /// may be resumed, so the client waits for it.
    Closing {
        ended: bool,
    },
    /// Something the client should show; `fatal` ones end the connection.
    Error {
        message: String,
        fatal: bool,
    },
}

mod moment {
    use chrono::{DateTime, NaiveDate, Utc};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::domain::Moment;

    #[derive(Serialize, Deserialize)]
    struct Wire {
        now: DateTime<Utc>,
        today: NaiveDate,
    }

    pub fn serialize<S: Serializer>(m: &Moment, s: S) -> Result<S::Ok, S::Error> {
        Wire {
            now: m.now,
            today: m.today,
        }
        .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Moment, D::Error> {
        let w = Wire::deserialize(d)?;
        Ok(Moment {
            now: w.now,
            today: w.today,
        })
    }
}

/// Why a line could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The peer closed the connection.
    Closed,
    /// A line longer than `MAX_LINE`; the rest of the stream cannot be trusted.
    TooLong,
    Io(io::Error),
}

/// Applies a broadcast operation to a client's copy exactly as the host did.
pub fn apply_applied(
    session: &mut Session,
    op: &Op,
    by: &Author,
    at: Moment,
    origin: Option<&(String, u64)>,
) -> Result<(), crate::domain::OpError> {
    match origin {
        Some((client, seq)) => session.apply_numbered(client, *seq, op, by, at).map(|_| ()),
        None => session.apply(op, by, at).map(|_| ()),
    }
}

/// Longest line a client accepts from the host: a welcome or state carries the whole
/// session, which a long day of notes takes well past `MAX_LINE`.
pub const MAX_HOST_LINE: usize = 256 * 1024 * 1024;

/// Reads one line a client sent, of at most `MAX_LINE` bytes (without its newline).
pub fn read_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> Result<(), ReadError> {
    read_line_up_to(reader, line, MAX_LINE)
}

/// Reads one line the host sent, of at most `MAX_HOST_LINE` bytes (without its newline).
pub fn read_host_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> Result<(), ReadError> {
    read_line_up_to(reader, line, MAX_HOST_LINE)
}

fn read_line_up_to(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: usize,
) -> Result<(), ReadError> {
    line.clear();
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ReadError::Io(e)),
        };
        if available.is_empty() {
            return Err(ReadError::Closed);
        }
        let (chunk, done) = match available.iter().position(|b| *b == b'\n') {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        if line.len() + chunk.len() > max {
            return Err(ReadError::TooLong);
        }
        line.extend_from_slice(chunk);
        let used = done.unwrap_or(available.len());
        reader.consume(used);
        if done.is_some() {
            return Ok(());
        }
    }
}

/// A message as one line, newline included.
pub fn encode<T: Serialize>(msg: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec(msg).unwrap_or_default();
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Anchor;

    #[test]
    fn a_client_reads_a_whole_session_longer_than_a_client_may_send() {
        // A welcome carrying a long day's session: found when the crash loop's note-takers
        // stopped getting in once the file passed 256 KiB.
        let mut big = vec![b'x'; 4 * MAX_LINE];
        big.push(b'\n');
        let mut line = Vec::new();
        assert!(read_host_line(&mut io::BufReader::new(&big[..]), &mut line).is_ok());
        assert_eq!(line.len(), 4 * MAX_LINE);
        assert!(matches!(
            read_line(&mut io::BufReader::new(&big[..]), &mut line),
            Err(ReadError::TooLong)
        ));
    }

    #[test]
    fn messages_round_trip_as_one_line_each() {
        let op = Op::AddNote {
            written: None,
            text: "line one\nline two".into(),
            anchor: Anchor {
                item: 0,
                group: None,
            },
        };
        let line = encode(&ClientMsg::Op {
            seq: 7,
            op: op.clone(),
        });
        assert_eq!(
            line.iter().filter(|b| **b == b'\n').count(),
            1,
            "newlines inside text are escaped"
        );
        let back: ClientMsg = serde_json::from_slice(&line[..line.len() - 1]).unwrap();
        assert_eq!(back, ClientMsg::Op { seq: 7, op });
    }

    #[test]
    fn an_overlong_line_is_refused_without_reading_it_all_into_memory() {
        let mut huge = vec![b'x'; MAX_LINE + 10];
        huge.push(b'\n');
        let mut reader = io::BufReader::new(&huge[..]);
        let mut line = Vec::new();
        assert!(matches!(
            read_line(&mut reader, &mut line),
            Err(ReadError::TooLong)
        ));
        assert!(line.len() <= MAX_LINE);
    }

    #[test]
    fn lines_are_split_on_newlines_and_eof_is_closed() {
        let mut reader = io::BufReader::new(&b"{\"a\":1}\n{\"b\":2}\n"[..]);
        let mut line = Vec::new();
        read_line(&mut reader, &mut line).unwrap();
        assert_eq!(line, b"{\"a\":1}");
        read_line(&mut reader, &mut line).unwrap();
        assert_eq!(line, b"{\"b\":2}");
        assert!(matches!(
            read_line(&mut reader, &mut line),
            Err(ReadError::Closed)
        ));
    }

    #[test]
    fn note_takers_cannot_move_the_agenda_or_touch_timers() {
        assert!(!Role::NoteTaker.allows(&Op::GoToItem { item: 1 }));
        assert!(!Role::NoteTaker.allows(&Op::StartTimer { group: 0 }));
        assert!(Role::NoteTaker.allows(&Op::AddNote {
            written: None,
            text: "x".into(),
            anchor: Anchor {
                item: 0,
                group: None
            }
        }));
        assert!(!Role::Viewer.allows(&Op::AddNote {
            written: None,
            text: "x".into(),
            anchor: Anchor {
                item: 0,
                group: None
            }
        }));
    }
}
