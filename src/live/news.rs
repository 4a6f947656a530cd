//! What the facilitator is told on the stage when a note-taker adds or changes something
//! (issue 14, item 10): one line, in words, read from the session just after the change.

use crate::domain::{Author, Op, Session};

/// How long the line stays on the facilitator's screen before it fades.
pub const NOTICE_SECONDS: i64 = 8;

/// One line for the facilitator about `op`, just applied by `by` to `session`; none for what
/// is not news (a client binding its id).
pub fn of(op: &Op, by: &Author, session: &Session) -> Option<String> {
    let live = session.live.as_ref()?;
    let what_of = |id: &str| {
        live.commitments
            .iter()
            .find(|c| c.id == id)
            .map(|c| format!("{id}: {}", first_line(&c.what)))
            .unwrap_or_else(|| id.to_string())
    };
    let who = &by.name;
    let text = match op {
        Op::AddNote { text, .. } => format!("{who} noted: {}", first_line(text)),
        Op::AddCommitment { .. } => {
            let last = live.commitments.last()?;
            format!("{who} recorded {}", what_of(&last.id))
        }
        Op::EditCommitment { id, .. } => format!("{who} changed {}", what_of(id)),
        Op::SetStatus { id, status, .. } => {
            format!("{who} set {id} to {}", status.label())
        }
        Op::MoveCommitment { id, .. } => format!("{who} moved {}", what_of(id)),
        Op::DeleteCommitment { id } => format!("{who} deleted {}", what_of(id)),
        Op::RestoreCommitment { id } => format!("{who} restored {}", what_of(id)),
        Op::EditNote { text, .. } => format!("{who} corrected a note: {}", first_line(text)),
        Op::DeleteNote { .. } => format!("{who} deleted a note"),
        Op::RestoreNote { .. } => format!("{who} restored a note"),
        _ => return None,
    };
    Some(text)
}

/// A text's first line, so the notice stays one line.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim()
}
