//! Putting the record right while the room works: a commitment filed under the wrong group
//! moved, one made in error deleted (and restorable), a note corrected or deleted. Nothing
//! is erased: each change is kept in the entry's history with who made it and when.

use chrono::{DateTime, Utc};

use super::commitments::{check_anchor, find_commitment, required, room_for};
use super::model::{Anchor, Author, HistoryEntry, Note, NoteChange, Session};
use super::ops::{Applied, Field, Op, OpError};

/// Applies a change to notes or commitments already recorded, or `None` for an operation
/// that is not one.
pub(super) fn apply(
    s: &mut Session,
    op: &Op,
    by: &Author,
    now: DateTime<Utc>,
) -> Option<Result<Applied, OpError>> {
    let result = match op {
        Op::MoveCommitment { id, anchor } => move_commitment(s, id, *anchor, by, now),
        Op::DeleteCommitment { id } => mark_commitment(s, id, true, by, now),
        Op::RestoreCommitment { id } => mark_commitment(s, id, false, by, now),
        Op::EditNote { index, text } => edit_note(s, *index, text, by, now),
        Op::DeleteNote { index } => mark_note(s, *index, true, by, now),
        Op::RestoreNote { index } => mark_note(s, *index, false, by, now),
        _ => return None,
    };
    Some(result.map(|()| Applied::Done))
}

impl Session {
    /// Where an anchor points, in words: "Report-back · 水资源 Water & Sanitation".
    pub fn anchor_label(&self, anchor: Anchor) -> String {
        let item = self
            .agenda
            .get(anchor.item)
            .map_or_else(|| format!("item {}", anchor.item + 1), |i| i.title.clone());
        match anchor.group.and_then(|g| self.groups.get(g)) {
            Some(group) => format!("{item} · {}", group.name),
            None => item,
        }
    }
}

fn history(by: &Author, now: DateTime<Utc>, change: String) -> HistoryEntry {
    HistoryEntry {
        at: now,
        by: by.clone(),
        change,
        note: None,
        key: None,
        extra: Default::default(),
    }
}

fn move_commitment(
    s: &mut Session,
    id: &str,
    anchor: Anchor,
    by: &Author,
    now: DateTime<Utc>,
) -> Result<(), OpError> {
    check_anchor(anchor, s.agenda.len(), s.groups.len())?;
    if !s.item_order().contains(&anchor.item) {
        return Err(OpError::NoSuchItem(anchor.item + 1));
    }
    let to = s.anchor_label(anchor);
    let live = s.live.as_ref().ok_or(OpError::NotLive)?;
    let from = live
        .commitments
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.anchor)
        .ok_or_else(|| OpError::NoSuchCommitment(id.to_string()))?;
    if from == anchor {
        return Ok(());
    }
    let change = format!("moved from {} to {to}", s.anchor_label(from));
    room_for(live, change.len())?;
    let live = s.live.as_mut().ok_or(OpError::NotLive)?;
    let c = find_commitment(live, id)?;
    c.anchor = anchor;
    c.revision += 1;
    c.history.push(history(by, now, change));
    Ok(())
}

fn mark_commitment(
    s: &mut Session,
    id: &str,
    deleted: bool,
    by: &Author,
    now: DateTime<Utc>,
) -> Result<(), OpError> {
    let live = s.live.as_mut().ok_or(OpError::NotLive)?;
    room_for(live, 16)?;
    let c = find_commitment(live, id)?;
    if c.deleted == deleted {
        return Ok(());
    }
    c.deleted = deleted;
    c.revision += 1;
    let change = if deleted { "deleted" } else { "restored" };
    c.history.push(history(by, now, change.into()));
    Ok(())
}

fn find_note(s: &mut Session, index: usize) -> Result<&mut Note, OpError> {
    s.live
        .as_mut()
        .ok_or(OpError::NotLive)?
        .notes
        .get_mut(index)
        .ok_or(OpError::NoSuchNote(index + 1))
}

fn note_change(
    by: &Author,
    now: DateTime<Utc>,
    change: &str,
    before: Option<String>,
) -> NoteChange {
    NoteChange {
        at: now,
        by: by.clone(),
        change: change.into(),
        before,
        extra: Default::default(),
    }
}

fn edit_note(
    s: &mut Session,
    index: usize,
    text: &str,
    by: &Author,
    now: DateTime<Utc>,
) -> Result<(), OpError> {
    let text = required(text, Field::Note, "what was said")?;
    let live = s.live.as_ref().ok_or(OpError::NotLive)?;
    let before = live
        .notes
        .get(index)
        .ok_or(OpError::NoSuchNote(index + 1))?;
    if before.deleted {
        return Err(OpError::Rule(
            "this note was deleted: restore it before changing it".into(),
        ));
    }
    if before.text == text {
        return Ok(());
    }
    // The old text stays in the history, so an edit costs both.
    room_for(live, text.len() + before.text.len())?;
    let note = find_note(s, index)?;
    let old = std::mem::replace(&mut note.text, text);
    note.history.push(note_change(by, now, "edited", Some(old)));
    Ok(())
}

fn mark_note(
    s: &mut Session,
    index: usize,
    deleted: bool,
    by: &Author,
    now: DateTime<Utc>,
) -> Result<(), OpError> {
    room_for(s.live.as_ref().ok_or(OpError::NotLive)?, 16)?;
    let note = find_note(s, index)?;
    if note.deleted == deleted {
        return Ok(());
    }
    note.deleted = deleted;
    let change = if deleted { "deleted" } else { "restored" };
    note.history.push(note_change(by, now, change, None));
    Ok(())
}
