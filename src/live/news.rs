//! What the facilitator is told on the stage when a note-taker adds or changes something
//! (issue 14, item 10): one line, in words, read from the session just after the change.

use crate::domain::{Author, Commitment, Op, Session};
use crate::tr;

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
            .map(|c| tr!("news-commitment", id = id, what = first_line(&c.what)))
            .unwrap_or_else(|| id.to_string())
    };
    let who = &by.name;
    let text = match op {
        Op::AddNote { text, .. } => tr!("news-noted", who = who, text = first_line(text)),
        Op::AddCommitment { .. } => {
            let last = live.commitments.last()?;
            tr!("news-recorded", who = who, what = what_of(&last.id))
        }
        Op::EditCommitment { id, .. } => match edited(op, before, session) {
            Some(fields) => tr!("news-changed", who = who, what = fields),
            None => tr!("news-changed", who = who, what = what_of(id)),
        },
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
    let fields: Vec<String> = [
        (tr!("news-field-action"), before.what != after.what),
        (tr!("news-field-owner"), before.owner != after.owner),
        (
            tr!("news-field-deadline"),
            before.deadline != after.deadline,
        ),
    ]
    .into_iter()
    .filter_map(|(name, changed)| changed.then_some(name))
    .collect();
    let named = match fields.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tr!("news-fields-and", first = rest.join(", "), last = last),
        None => return None,
    };
    Some(tr!(
        "news-fields-of",
        id = id,
        fields = named,
        what = first_line(&after.what)
    ))
}

/// A text's first line, so the notice stays one line.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim()
}
