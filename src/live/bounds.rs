//! The protocol's boundary: every field of a client's message is checked right after it is
//! parsed, before anything is kept, echoed or applied, and the reasons given back never
//! repeat what the client sent. Names are checked through `names`.

pub use super::names::{MAX_NAME, check_name, clean_name, distinct_name};
use super::protocol::ClientMsg;
use crate::domain::Op;
use crate::domain::ops::{MAX_CLIENT_ID, MAX_TEXT};

/// Shortest and longest client secret.
pub const SECRET_LEN: std::ops::RangeInclusive<usize> = 16..=128;
/// Longest commitment id (`C1` … `C99999` and more to spare).
pub const MAX_COMMITMENT_ID: usize = 16;
/// Longest reason sent back to a client.
pub const MAX_REASON: usize = 300;

/// Why a message is refused, in words that do not repeat its content.
pub fn check(msg: &ClientMsg) -> Result<(), String> {
    match msg {
        ClientMsg::Hello {
            name,
            client,
            secret,
            ..
        } => {
            check_name(name)?;
            let id_ok = (1..=MAX_CLIENT_ID).contains(&client.len())
                && client
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
            if !id_ok {
                return Err(format!(
                    "a client id is 1 to {MAX_CLIENT_ID} letters, digits, dots, dashes or underscores"
                ));
            }
            if !SECRET_LEN.contains(&secret.len()) || !secret.bytes().all(|b| b.is_ascii_graphic())
            {
                return Err(format!(
                    "a hello needs a secret of {} to {} visible characters: use the same plenary version as the facilitator",
                    SECRET_LEN.start(),
                    SECRET_LEN.end()
                ));
            }
            Ok(())
        }
        ClientMsg::Op { seq: 0, .. } => Err("operations are numbered from 1".into()),
        ClientMsg::Op { op, .. } => check_op(op),
        ClientMsg::Sync => Ok(()),
    }
}

fn text(value: &str, what: &str) -> Result<(), String> {
    let len = value.chars().count();
    if len > MAX_TEXT {
        return Err(format!(
            "{what} is {len} characters long, at most {MAX_TEXT}"
        ));
    }
    Ok(())
}

fn commitment_id(id: &str) -> Result<(), String> {
    if id.chars().count() > MAX_COMMITMENT_ID {
        return Err(format!(
            "a commitment id is at most {MAX_COMMITMENT_ID} characters; this one has {}",
            id.chars().count()
        ));
    }
    Ok(())
}

fn check_op(op: &Op) -> Result<(), String> {
    match op {
        Op::AddNote { text: t, .. } | Op::EditNote { text: t, .. } => text(t, "the note"),
        Op::AddCommitment { draft, .. } => {
            text(&draft.what, "the action")?;
            text(&draft.owner, "the owner")
        }
        Op::EditCommitment { id, draft, .. } => {
            commitment_id(id)?;
            text(&draft.what, "the action")?;
            text(&draft.owner, "the owner")
        }
        Op::SetStatus { id, note, .. } => {
            commitment_id(id)?;
            note.as_deref().map_or(Ok(()), |n| text(n, "the note"))
        }
        Op::FollowUp { id, note, .. } => {
            commitment_id(id)?;
            text(note, "the note")
        }
        Op::BindClient { .. } => Err("only the host records who owns a client id".into()),
        _ => Ok(()),
    }
}

/// A reason for a client, cut to `MAX_REASON` characters whatever it quotes.
pub fn reason(text: &str) -> String {
    if text.chars().count() <= MAX_REASON {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(MAX_REASON - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_never_repeat_what_was_sent() {
        let huge = "C".repeat(200_000);
        let op = Op::SetStatus {
            id: huge.clone(),
            status: crate::domain::Status::Done,
            note: None,
            base_revision: None,
        };
        let why = check(&ClientMsg::Op { seq: 1, op }).unwrap_err();
        assert!(why.len() < 200 && !why.contains("CCCC"), "{why}");
        assert_eq!(reason(&huge).chars().count(), MAX_REASON);
    }
}
