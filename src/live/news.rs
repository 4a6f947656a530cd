//! What the facilitator is told on the stage when a note-taker adds or changes something
//! (issue 14, item 10): one line, in words, read from the session just after the change.

use crate::domain::{Author, Commitment, Op, Session};

/// How long the line stays on the facilitator's screen before it fades.
pub const NOTICE_SECONDS: i64 = 8;

/// One line for the facilitator about `op`, just applied by `by` to `session`; none for what
/// is not news (a client binding its id).
/// `before` is the commitment an edit changed, as it was (nc14: which fields it changed).
pub fn of(op: &Op, by: &Author, before: Option<&Commitment>, session: &Session) -> Option<String> {
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
        Op::EditCommitment { id, .. } => match edited(op, before, session) {
            Some(fields) => format!("{who} changed {fields}"),
            None => format!("{who} changed {}", what_of(id)),
        },
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

/// For an edit of a commitment, the fields it changed from `before` ("C1's owner and
/// deadline"), so the facilitator knows what stands of an earlier change (a merge keeps the
/// other person's fields); None when `op` is no edit or nothing it names changed.
pub fn edited(op: &Op, before: Option<&Commitment>, session: &Session) -> Option<String> {
    let (Op::EditCommitment { id, .. }, Some(before)) = (op, before) else {
        return None;
    };
    let after = session
        .live
        .as_ref()?
        .commitments
        .iter()
        .find(|c| &c.id == id)?;
    let fields: Vec<&str> = [
        ("action", before.what != after.what),
        ("owner", before.owner != after.owner),
        ("deadline", before.deadline != after.deadline),
    ]
    .into_iter()
    .filter_map(|(name, changed)| changed.then_some(name))
    .collect();
    let named = match fields.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => return None,
    };
    Some(format!("{id}'s {named}: {}", first_line(&after.what)))
}

/// A text's first line, so the notice stays one line.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim()
}
