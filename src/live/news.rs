//! What the facilitator is told on the stage when a note-taker adds or changes something
//! (issue 14, item 10): one line, in words, read from the session just after the change.

use crate::domain::{Author, Op, Session};
use crate::tr;

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
        Op::AddNote { text, .. } => tr!("news-noted", who = who, text = first_line(text)),
        Op::AddCommitment { .. } => {
            let last = live.commitments.last()?;
            tr!("news-recorded", who = who, what = what_of(&last.id))
        }
        Op::EditCommitment { id, .. } => tr!("news-changed", who = who, what = what_of(id)),
        Op::SetStatus { id, status, .. } => tr!(
            "news-set",
            who = who,
            id = id,
            status = crate::i18n::keys::status_label(*status)
        ),
        Op::MoveCommitment { id, .. } => tr!("news-moved", who = who, what = what_of(id)),
        Op::DeleteCommitment { id } => tr!("news-deleted", who = who, what = what_of(id)),
        Op::RestoreCommitment { id } => tr!("news-restored", who = who, what = what_of(id)),
        Op::EditNote { text, .. } => tr!("news-corrected", who = who, text = first_line(text)),
        Op::DeleteNote { .. } => tr!("news-deleted-note", who = who),
        Op::RestoreNote { .. } => tr!("news-restored-note", who = who),
        _ => return None,
    };
    Some(text)
}

/// A text's first line, so the notice stays one line.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim()
}
