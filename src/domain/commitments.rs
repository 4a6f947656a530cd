//! The operations on notes and commitments: adding, editing, a status, a follow-up, with
//! the text rule every field obeys. Each checks everything before it changes anything.

use chrono::{DateTime, NaiveDate, Utc};

use super::field_rules::{NOTE_HINT, plausible};
pub use super::field_rules::{bounded, draft_problems, note_problem, validated};
pub(super) use super::field_rules::{check_anchor, required};
use super::model::{Anchor, Author, Commitment, HistoryEntry, LiveRecord, Note, Status};
use super::ops::{Applied, CommitmentDraft, Field, Moment, OpError};

/// How many agenda items and groups the session has, for checking anchors.
pub type Counts = (usize, usize);

/// What the session keeps of what people write, as `limits::MAX_STORED_BYTES` counts it.
pub fn stored_bytes(live: &LiveRecord) -> usize {
    let entry = super::limits::PER_ENTRY;
    let notes: usize = live
        .notes
        .iter()
        .map(|n| {
            let history: usize = n
                .history
                .iter()
                .map(|h| h.before.as_ref().map_or(0, String::len) + entry)
                .sum();
            n.text.len() + entry + history
        })
        .sum();
    let commitments: usize = live
        .commitments
        .iter()
        .map(|c| {
            let history: usize = c
                .history
                .iter()
                .map(|h| h.change.len() + h.note.as_ref().map_or(0, String::len) + entry)
                .sum();
            c.what.len() + c.owner.len() + entry + history
        })
        .sum();
    notes + commitments
}

/// Refuses what would take the session past what one session may keep.
pub(super) fn room_for(live: &LiveRecord, more: usize) -> Result<(), OpError> {
    if stored_bytes(live) + more + super::limits::PER_ENTRY > super::limits::MAX_STORED_BYTES {
        return Err(OpError::SessionFull);
    }
    Ok(())
}

/// Adds a note where `anchor` says.
pub fn add_note(
    live: &mut LiveRecord,
    text: &str,
    anchor: Anchor,
    (by, written): (&Author, Option<DateTime<Utc>>),
    now: DateTime<Utc>,
    (items, groups): Counts,
) -> Result<(), OpError> {
    let text = required(text, Field::Note, NOTE_HINT)?;
    check_anchor(anchor, items, groups)?;
    room_for(live, text.len())?;
    live.notes.push(Note {
        text,
        author: by.clone(),
        at: now,
        written_at: super::written::bounded(live, written, now),
        anchor,
        deleted: false,
        history: Vec::new(),
        extra: Default::default(),
    });
    Ok(())
}

/// Records a new commitment; its id is the next free `Cn`.
pub fn add(
    live: &mut LiveRecord,
    draft: &CommitmentDraft,
    (by, written): (&Author, Option<DateTime<Utc>>),
    at: Moment,
    (items, groups): Counts,
) -> Result<Applied, OpError> {
    let draft = validated(draft, at.today, items, groups)?;
    let written_at = super::written::bounded(live, written, at.now);
    room_for(live, draft.what.len() + draft.owner.len())?;
    let id = next_id(live)?;
    live.commitments.push(Commitment {
        id: id.clone(),
        what: draft.what,
        owner: draft.owner,
        deadline: draft.deadline,
        anchor: draft.anchor,
        status: Status::Open,
        created_at: at.now,
        created_by: by.clone(),
        written_at,
        revision: 0,
        history: Vec::new(),
        deleted: false,
        supersedes: None,
        superseded_by: None,
        superseded_in: None,
        extra: Default::default(),
    });
    Ok(Applied::Created(id))
}

/// Who changed a commitment last, for a conflict's message.
/// Who made a commitment's latest change: named in an edit conflict.
pub fn last_changed_by(c: &Commitment) -> String {
    c.history
        .last()
        .map_or_else(|| c.created_by.name.clone(), |h| h.by.name.clone())
}

/// Replaces a commitment's text fields, from the revision the editor started from.
pub fn edit(
    live: &mut LiveRecord,
    id: &str,
    base_revision: u32,
    draft: &CommitmentDraft,
    by: &Author,
    at: Moment,
    (items, groups): Counts,
) -> Result<Applied, OpError> {
    let draft = validated(draft, at.today, items, groups)?;
    // A change is kept in the history with both versions.
    room_for(live, 2 * (draft.what.len() + draft.owner.len()))?;
    let c = standing(live, id)?;
    if c.revision != base_revision {
        return Err(OpError::Conflict {
            by: last_changed_by(c),
        });
    }
    let mut changes = Vec::new();
    if c.what != draft.what {
        changes.push(format!("action “{}” → “{}”", c.what, draft.what));
    }
    if c.owner != draft.owner {
        changes.push(format!("owner {} → {}", c.owner, draft.owner));
    }
    if c.deadline != draft.deadline {
        changes.push(format!("deadline {} → {}", c.deadline, draft.deadline));
    }
    if changes.is_empty() {
        return Ok(Applied::Done);
    }
    c.what = draft.what;
    c.owner = draft.owner;
    c.deadline = draft.deadline;
    c.anchor = draft.anchor;
    c.revision += 1;
    c.history.push(HistoryEntry {
        at: at.now,
        by: by.clone(),
        change: changes.join("; "),
        note: None,
        key: None,
        extra: Default::default(),
    });
    Ok(Applied::Done)
}

/// Sets a commitment's status, with an optional note.
/// `asked` is the status and, when given, the revision it was asked from (nc14 #3).
pub fn set_status(
    live: &mut LiveRecord,
    id: &str,
    (status, base_revision): (Status, Option<u32>),
    note: Option<&str>,
    by: &Author,
    now: DateTime<Utc>,
) -> Result<(), OpError> {
    let note = match note {
        Some(n) if !n.trim().is_empty() => Some(bounded(n.trim(), Field::Note)?),
        _ => None,
    };
    room_for(live, note.as_ref().map_or(0, String::len) + 64)?;
    let c = standing(live, id)?;
    if base_revision.is_some_and(|base| base != c.revision) {
        return Err(OpError::StatusMoved {
            by: last_changed_by(c),
            id: c.id.clone(),
            status: c.status.label().to_string(),
        });
    }
    if c.status != status || note.is_some() {
        let change = format!("status {} → {}", c.status.label(), status.label());
        c.status = status;
        c.revision += 1;
        c.history.push(HistoryEntry {
            at: now,
            by: by.clone(),
            change,
            note,
            key: None,
            extra: Default::default(),
        });
    }
    Ok(())
}

/// What a follow-up asks for (see `Op::FollowUp`).
pub struct FollowUpAsk<'a> {
    pub status: Status,
    pub deadline: Option<NaiveDate>,
    pub note: &'a str,
    pub base_revision: Option<u32>,
    pub key: Option<&'a str>,
    /// A new owner, and the commitment that replaces this one (see `Op::FollowUp`).
    pub owner: Option<&'a str>,
    pub superseded_by: Option<&'a str>,
    pub superseded_in: Option<&'a str>,
}

/// Records a follow-up: the status now, a renegotiated deadline (which needs a note), and
/// the note; once per key, and never over a change the person did not see.
pub fn follow_up(
    live: &mut LiveRecord,
    id: &str,
    ask: FollowUpAsk<'_>,
    by: &Author,
    now: DateTime<Utc>,
) -> Result<Applied, OpError> {
    let note = ask.note.trim();
    room_for(live, note.len() + 64)?;
    let c = standing(live, id)?;
    if ask.key.is_some() && c.history.iter().any(|h| h.key.as_deref() == ask.key) {
        // Written back before: once is enough.
        return Ok(Applied::Done);
    }
    if ask.base_revision.is_some_and(|base| base != c.revision) {
        return Err(OpError::Conflict {
            by: last_changed_by(c),
        });
    }
    let moved = ask.deadline.filter(|d| *d != c.deadline);
    if moved.is_some() && note.is_empty() {
        return Err(OpError::DeadlineWithoutNote);
    }
    moved.map_or(Ok(()), |d| plausible(d, now.date_naive()))?;
    let owner = match ask.owner.map(str::trim).filter(|o| !o.is_empty()) {
        Some(o) if !super::fold::same(o, &c.owner) => Some(bounded(o, Field::Owner)?),
        _ => None,
    };
    let superseded = ask
        .superseded_by
        .filter(|s| c.superseded_by.as_deref() != Some(*s))
        .map(|s| bounded(s, Field::Note))
        .transpose()?;
    let mut changes = Vec::new();
    if c.status != ask.status {
        changes.push(format!(
            "status {} → {}",
            c.status.label(),
            ask.status.label()
        ));
    }
    if let Some(d) = moved {
        changes.push(format!("deadline {} → {}", c.deadline, d));
    }
    if let Some(o) = &owner {
        changes.push(format!("owner {} → {o}", c.owner));
    }
    if let Some(s) = &superseded {
        // nc15 #2: the meeting's name and the new id, not the run's internal id.
        let id = s.rsplit('/').next().unwrap_or(s);
        changes.push(
            match ask.superseded_in.map(str::trim).filter(|m| !m.is_empty()) {
                Some(m) => format!("agreed again at {m} as {id}"),
                None => format!("agreed again as {id}"),
            },
        );
    }
    // nc15 #4: nothing changed and the same words are already its latest (a status
    // corrected back in the room): writing them again would read as a second report.
    let said_before = c.history.last().and_then(|h| h.note.as_deref()) == Some(note);
    if changes.is_empty() && (note.is_empty() || said_before) {
        return Ok(Applied::Done);
    }
    let note = if note.is_empty() {
        None
    } else {
        Some(bounded(note, Field::Note)?)
    };
    c.status = ask.status;
    if let Some(d) = moved {
        c.deadline = d;
    }
    if let Some(o) = owner {
        c.owner = o;
    }
    let re_agreed_here = superseded.is_some();
    if superseded.is_some() {
        c.superseded_by = superseded;
        c.superseded_in = ask
            .superseded_in
            .map(|m| bounded(m.trim(), Field::Note))
            .transpose()?;
    }
    c.revision += 1;
    // nc15 #13: where it was said, when the follow-up names its meeting (a live follow-up
    // does; a re-agreement already said where).
    if !re_agreed_here && let Some(m) = ask.superseded_in.map(str::trim).filter(|m| !m.is_empty()) {
        changes.push(format!("at {m}"));
    }
    let change = if changes.is_empty() {
        "follow-up".to_string()
    } else {
        format!("follow-up: {}", changes.join("; "))
    };
    c.history.push(HistoryEntry {
        at: now,
        by: by.clone(),
        change,
        note,
        key: ask.key.map(str::to_string),
        extra: Default::default(),
    });
    Ok(Applied::Done)
}

/// A commitment that is not deleted: a deleted one is restored before it is changed.
fn standing<'a>(live: &'a mut LiveRecord, id: &str) -> Result<&'a mut Commitment, OpError> {
    let c = find_commitment(live, id)?;
    if c.deleted {
        return Err(OpError::Rule(format!(
            "{id} was deleted: restore it before changing it"
        )));
    }
    Ok(c)
}

pub(super) fn find_commitment<'a>(
    live: &'a mut LiveRecord,
    id: &str,
) -> Result<&'a mut Commitment, OpError> {
    live.commitments
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or_else(|| OpError::NoSuchCommitment(id.to_string()))
}

/// The next free commitment id, `Cn`.
pub(super) fn next_id(live: &LiveRecord) -> Result<String, OpError> {
    let highest = live
        .commitments
        .iter()
        .filter_map(|c| c.id.strip_prefix('C')?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    if highest >= super::limits::MAX_COUNT {
        return Err(OpError::SessionFull);
    }
    Ok(format!("C{}", highest + 1))
}
