//! What a follow-up meeting records for a commitment carried in from an earlier session
//! (issue 15, item 3): its status now, the owner's explanation, a renegotiated deadline, a
//! new owner, or a new commitment of this session that re-agrees it. Checked here as
//! strictly as the write-back to the earlier file will be, so what the room recorded is
//! never refused later, when no one is there to fix it.

use super::commitments::{bounded, room_for};
use super::model::{Anchor, Author, Commitment, LiveRecord, RecordedFollowUp, Status};
use super::ops::{Applied, Field, Moment, OpError};

/// What the room said about one carried commitment (see `Op::RecordCarried`).
pub struct Said<'a> {
    pub status: Status,
    pub note: Option<&'a str>,
    pub deadline: Option<chrono::NaiveDate>,
    pub owner: Option<&'a str>,
}

/// Records `said` for carried commitment `index`, replacing what was recorded before (a
/// re-agreement made earlier stays).
pub fn record(
    live: &mut LiveRecord,
    index: usize,
    said: Said<'_>,
    by: &Author,
    at: Moment,
) -> Result<(), OpError> {
    let carried = live
        .carried
        .get(index)
        .ok_or(OpError::NoSuchCarried(index + 1))?;
    let note = said
        .note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| bounded(n, Field::Note))
        .transpose()?;
    let owner = said
        .owner
        .map(str::trim)
        .filter(|o| !o.is_empty() && !super::fold::same(o, &carried.owner))
        .map(|o| bounded(o, Field::Owner))
        .transpose()?;
    let deadline = said.deadline.filter(|d| *d != carried.deadline);
    if let Some(d) = deadline {
        if !super::limits::date_ok(d) {
            return Err(OpError::DeadlineOutOfRange(d));
        }
        if d < at.today {
            return Err(OpError::NewDeadlinePast(d));
        }
        if note.is_none() {
            return Err(OpError::DeadlineWithoutNote);
        }
    }
    let size = note.as_ref().map_or(0, String::len) + owner.as_ref().map_or(0, String::len);
    room_for(live, size)?;
    let carried = &mut live.carried[index];
    let superseded_by = carried
        .recorded
        .as_ref()
        .and_then(|r| r.superseded_by.clone());
    carried.recorded = Some(RecordedFollowUp {
        status: said.status,
        at: at.now,
        by: by.clone(),
        written_back: false,
        note,
        deadline,
        owner,
        superseded_by,
        extra: Default::default(),
    });
    Ok(())
}

/// Agrees carried commitment `index` again as a commitment of this session, filed under
/// the item running now, with the owner and deadline the room recorded for it.
pub fn re_agree(
    live: &mut LiveRecord,
    index: usize,
    by: &Author,
    at: Moment,
) -> Result<Applied, OpError> {
    let carried = live
        .carried
        .get(index)
        .ok_or(OpError::NoSuchCarried(index + 1))?;
    let recorded = carried.recorded.as_ref();
    if let Some(new) = recorded.and_then(|r| r.superseded_by.as_ref()) {
        return Err(OpError::Rule(format!(
            "{} is already re-agreed as {new} in this session",
            carried.id
        )));
    }
    let deadline = recorded
        .and_then(|r| r.deadline)
        .unwrap_or(carried.deadline);
    if deadline < at.today {
        return Err(OpError::Rule(format!(
            "{}'s deadline {} has passed: record a new deadline with the owner first",
            carried.id,
            deadline.format("%-d %b %Y")
        )));
    }
    let owner = recorded
        .and_then(|r| r.owner.clone())
        .unwrap_or_else(|| carried.owner.clone());
    let what = carried.what.clone();
    let supersedes = Commitment::reference(&carried.source_session, &carried.id);
    room_for(live, what.len() + owner.len())?;
    let id = super::commitments::next_id(live)?;
    let item = live.current_item;
    live.commitments.push(Commitment {
        id: id.clone(),
        what,
        owner,
        deadline,
        anchor: Anchor { item, group: None },
        status: Status::Open,
        created_at: at.now,
        created_by: by.clone(),
        written_at: None,
        revision: 0,
        history: Vec::new(),
        deleted: false,
        supersedes: Some(supersedes),
        superseded_by: None,
        superseded_in: None,
        extra: Default::default(),
    });
    let reference = Commitment::reference(&live.id, &id);
    let carried = &mut live.carried[index];
    let recorded = carried.recorded.get_or_insert_with(|| RecordedFollowUp {
        status: carried.status_before,
        at: at.now,
        by: by.clone(),
        written_back: false,
        note: None,
        deadline: None,
        owner: None,
        superseded_by: None,
        extra: Default::default(),
    });
    recorded.superseded_by = Some(reference);
    recorded.written_back = false;
    recorded.at = at.now;
    Ok(Applied::Created(id))
}
