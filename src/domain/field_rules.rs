//! The rules every field an operation stores obeys: text bounded and free of control
//! characters, required fields, anchors inside the agenda, deadlines in range and plausible.
//! Kept apart from the operations so the forms can ask the same questions before sending.

use chrono::NaiveDate;

use super::model::Anchor;
use super::ops::{CommitmentDraft, Field, MAX_TEXT, OpError};

/// The one text rule for what an operation stores: no control characters (a note keeps its
/// line breaks, as `\n`), and at most `MAX_TEXT` characters.
pub fn bounded(text: &str, field: Field) -> Result<String, OpError> {
    // Notes are the only text that spans lines; every other field is one line.
    let multi_line = field == Field::Note;
    let text = if multi_line {
        super::text::unify_line_breaks(text)
    } else {
        text.into()
    };
    if let Some(found) = super::text::refused_char(&text, multi_line) {
        return Err(OpError::Unprintable { field, found });
    }
    let len = text.chars().count();
    if len > MAX_TEXT {
        return Err(OpError::TooLong {
            field,
            len,
            max: MAX_TEXT,
        });
    }
    Ok(text.into_owned())
}

pub(super) fn required(text: &str, field: Field, hint: &'static str) -> Result<String, OpError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(OpError::Empty { field, hint });
    }
    bounded(text, field)
}

pub(super) fn check_anchor(anchor: Anchor, items: usize, groups: usize) -> Result<(), OpError> {
    if anchor.item >= items {
        return Err(OpError::NoSuchItem(anchor.item + 1));
    }
    match anchor.group {
        Some(g) if g >= groups => Err(OpError::NoSuchGroup(g + 1)),
        _ => Ok(()),
    }
}

/// Refuses a deadline no calendar or file could hold (see `limits`).
fn in_range(deadline: NaiveDate) -> Result<(), OpError> {
    if super::limits::date_ok(deadline) {
        Ok(())
    } else {
        Err(OpError::DeadlineOutOfRange(deadline))
    }
}

/// Refuses a deadline no calendar could hold, or one more than a year back: a wrong year
/// (`31/03/27` read as the year 27) rather than a deadline, even when confirmed.
pub(super) fn plausible(deadline: NaiveDate, today: NaiveDate) -> Result<(), OpError> {
    if super::deadline::long_past(deadline, today) {
        return Err(OpError::DeadlineLongPast(deadline));
    }
    in_range(deadline)
}

pub(super) const NOTE_HINT: &str = "what was said";
const WHAT_HINT: &str = "what will be done";
const OWNER_HINT: &str = "who will do it";

/// What is wrong with a commitment's action and owner as typed, each on its own, so a form
/// can mark every wrong field at once (issue 11, finding 9); the same checks as `validated`.
pub fn draft_problems(what: &str, owner: &str) -> Vec<OpError> {
    [
        required(what, Field::Action, WHAT_HINT).err(),
        required(owner, Field::Owner, OWNER_HINT).err(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// What is wrong with a note's text as typed, if anything: the check `add_note` makes.
pub fn note_problem(text: &str) -> Option<OpError> {
    required(text, Field::Note, NOTE_HINT).err()
}

/// Checks a commitment draft the way every entry point must: the action and owner are
/// required, and a past deadline needs an explicit confirmation.
pub fn validated(
    draft: &CommitmentDraft,
    today: NaiveDate,
    items: usize,
    groups: usize,
) -> Result<CommitmentDraft, OpError> {
    let what = required(&draft.what, Field::Action, WHAT_HINT)?;
    let owner = required(&draft.owner, Field::Owner, OWNER_HINT)?;
    check_anchor(draft.anchor, items, groups)?;
    plausible(draft.deadline, today)?;
    if draft.deadline < today && !draft.past_deadline_confirmed {
        return Err(OpError::PastDeadline(draft.deadline));
    }
    Ok(CommitmentDraft {
        what,
        owner,
        ..draft.clone()
    })
}
