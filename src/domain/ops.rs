//! Operations: every change to a session is one of these values, applied here.
//!
//! The facilitator's keys and (later) remote note-takers produce the same values,
//! so validation lives in one place and an operation can be logged, sent over a
//! socket or replayed. `apply` is pure: the caller passes the time.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::{
    Anchor, Author, Commitment, HistoryEntry, ItemKind, LiveRecord, Note, PresentationRecord,
    Session, Span, Status,
};

/// Upper bound on the text of a note or commitment field, so one paste cannot bloat the file.
pub const MAX_TEXT: usize = 4000;

/// A change someone asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// Begin the first agenda item and the session clock.
    StartSession,
    /// Move to an agenda item (closing the current one); past the last item ends the session.
    GoToItem {
        item: usize,
    },
    /// Close the last item and mark the session finished.
    EndSession,
    /// Bring a group into focus (its card, its presenter timer).
    SelectGroup {
        group: usize,
    },
    StartTimer {
        group: usize,
    },
    PauseTimer {
        group: usize,
    },
    ResetTimer {
        group: usize,
    },
    /// Add or remove presenter time for a group.
    AdjustTimer {
        group: usize,
        seconds: i64,
    },
    /// Add or remove time on the current agenda item's countdown.
    AdjustItem {
        item: usize,
        seconds: i64,
    },
    AddNote {
        text: String,
        anchor: Anchor,
    },
    AddCommitment {
        draft: CommitmentDraft,
    },
    /// Replace a commitment's text fields; `base_revision` is what the editor started from.
    EditCommitment {
        id: String,
        base_revision: u32,
        draft: CommitmentDraft,
    },
    SetStatus {
        id: String,
        status: Status,
        #[serde(default)]
        note: Option<String>,
    },
    /// A follow-up on a commitment months later: its status now, a renegotiated deadline
    /// if any, and the note that explains it (required when the deadline moves).
    FollowUp {
        id: String,
        status: Status,
        #[serde(default)]
        deadline: Option<NaiveDate>,
        note: String,
        /// The commitment's revision the person saw: a follow-up from a stale read is
        /// refused as a conflict instead of silently undoing someone else's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base_revision: Option<u32>,
        /// Names this follow-up so that writing it back twice (after a crash between the
        /// write and the note that it was written) records it once.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key: Option<String>,
    },
    /// Bring a carried commitment from an earlier session into focus.
    SelectCarried {
        index: usize,
    },
    /// Record, live, where a carried commitment stands now.
    RecordCarried {
        index: usize,
        status: Status,
    },
    /// The recorded status has been written back to the commitment's own session file.
    MarkWrittenBack {
        index: usize,
    },
    /// Start or pause the owner's timer for a carried commitment.
    StartCarriedTimer {
        index: usize,
    },
    PauseCarriedTimer {
        index: usize,
    },
    /// Stop every running timer as of `at` rather than now: on resuming with a clock that
    /// cannot be believed, the time run up to the last save is kept and nothing is invented.
    HoldTimers {
        at: DateTime<Utc>,
    },
    /// The host records who owns a live client id before applying its first operation.
    BindClient {
        client: String,
        uid: u32,
        #[serde(default)]
        secret_sha256: String,
    },
}

/// Longest live client id and secret digest a session records.
pub const MAX_CLIENT_ID: usize = 64;

/// The fields a person fills in for a commitment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentDraft {
    pub what: String,
    pub owner: String,
    pub deadline: NaiveDate,
    pub anchor: Anchor,
    /// Set once the person confirmed a deadline that is already past.
    #[serde(default)]
    pub past_deadline_confirmed: bool,
}

/// The outcome of a numbered operation from a live client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Numbered {
    Applied(Applied),
    /// Already applied earlier; nothing changed.
    Duplicate,
}

/// The moment an operation is applied: the instant, and today's date where the people are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moment {
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

/// Why an operation was refused, worded for the person who asked.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum OpError {
    #[error("the session has not started yet: press Enter to begin")]
    NotStarted,
    #[error("the session has already started")]
    AlreadyStarted,
    #[error("the session has ended")]
    Ended,
    #[error("there is no agenda item {0}")]
    NoSuchItem(usize),
    #[error("there is no group {0}")]
    NoSuchGroup(usize),
    #[error("this agenda has no groups")]
    NoGroups,
    #[error("there is no commitment {0}")]
    NoSuchCommitment(String),
    #[error("{field} is empty: write {hint}")]
    Empty {
        field: &'static str,
        hint: &'static str,
    },
    #[error("{field} is too long ({len} characters; at most {max})")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("the deadline {0} is in the past: confirm to keep it")]
    PastDeadline(NaiveDate),
    #[error("{by} changed this commitment while you were editing it; your text is kept")]
    Conflict { by: String },
    #[error("{0}")]
    NotAllowed(String),
    #[error("there is no carried commitment {0}")]
    NoSuchCarried(usize),
    #[error("a new deadline needs a note saying why it moved")]
    DeadlineWithoutNote,
    #[error("this session has no live record; start it with `plenary run`")]
    NotLive,
    #[error("{field} {}", super::text::refusal(*.found))]
    Unprintable { field: &'static str, found: char },
    #[error("the deadline {0} is out of range: give a date from {first} to {last}", first = super::limits::FIRST_DATE, last = super::limits::LAST_DATE)]
    DeadlineOutOfRange(NaiveDate),
}

/// What applying an operation produced, beyond the changed session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    Done,
    /// A commitment was created with this id.
    Created(String),
}

impl Session {
    /// Gives a prepared agenda its live record, ready to start.
    pub fn begin_live(&mut self, id: String, agenda_file: Option<String>, now: DateTime<Utc>) {
        if self.live.is_none() {
            self.live = Some(LiveRecord {
                id,
                created_at: now,
                agenda_file,
                started_at: None,
                ended_at: None,
                current_item: 0,
                current_group: 0,
                items: vec![Default::default(); self.agenda.len()],
                presentations: vec![PresentationRecord::default(); self.groups.len()],
                notes: Vec::new(),
                commitments: Vec::new(),
                revision: 0,
                carried: Vec::new(),
                current_carried: 0,
                client_seqs: Default::default(),
                client_keys: Default::default(),
                extra: Default::default(),
            });
        }
    }

    /// Applies one operation on behalf of `by`, or refuses it and leaves the session as it was.
    pub fn apply(&mut self, op: &Op, by: &Author, at: Moment) -> Result<Applied, OpError> {
        // Every branch of `apply_in_place` checks everything before it changes anything, so a
        // refusal leaves the session untouched without copying it (a copy per operation was
        // the host's main cost with thousands of notes). `a_refused_operation_changes_nothing`
        // holds every branch to that.
        if let Some(found) = super::text::refused_char(&by.name, false) {
            return Err(OpError::Unprintable {
                field: "your name",
                found,
            });
        }
        let applied = self.apply_in_place(op, by, at)?;
        if let Some(live) = self.live.as_mut() {
            live.revision += 1;
        }
        Ok(applied)
    }

    /// Applies operation number `seq` from live client `client` once: a number already
    /// applied (resent after a reconnection) is acknowledged without applying it again.
    pub fn apply_numbered(
        &mut self,
        client: &str,
        seq: u64,
        op: &Op,
        by: &Author,
        at: Moment,
    ) -> Result<Numbered, OpError> {
        let live = self.live.as_ref().ok_or(OpError::NotLive)?;
        if live
            .client_seqs
            .get(client)
            .is_some_and(|last| seq <= *last)
        {
            return Ok(Numbered::Duplicate);
        }
        let applied = self.apply(op, by, at)?;
        if let Some(live) = self.live.as_mut() {
            live.client_seqs.insert(client.to_string(), seq);
        }
        Ok(Numbered::Applied(applied))
    }

    fn apply_in_place(&mut self, op: &Op, by: &Author, at: Moment) -> Result<Applied, OpError> {
        let now = at.now;
        let group_count = self.groups.len();
        let item_count = self.agenda.len();
        let planned: Vec<i64> = (0..group_count)
            .map(|g| self.presenter_seconds(g))
            .collect();
        let item_planned: Vec<i64> = self
            .agenda
            .iter()
            .map(|i| i64::from(i.minutes) * 60)
            .collect();
        let live = self.live.as_mut().ok_or(OpError::NotLive)?;
        let check_group = |g: usize| -> Result<(), OpError> {
            if group_count == 0 {
                Err(OpError::NoGroups)
            } else if g >= group_count {
                Err(OpError::NoSuchGroup(g + 1))
            } else {
                Ok(())
            }
        };
        match op {
            Op::StartSession => {
                if live.started_at.is_some() {
                    return Err(OpError::AlreadyStarted);
                }
                live.started_at = Some(now);
                let first = live.current_item.min(item_count.saturating_sub(1));
                live.current_item = first;
                open_span(live, first, now);
            }
            Op::GoToItem { item } => {
                ensure_running(live)?;
                if *item >= item_count {
                    return Err(OpError::NoSuchItem(item + 1));
                }
                if *item != live.current_item {
                    close_span(live, live.current_item, now);
                    pause_all_timers(live, now);
                    live.current_item = *item;
                    open_span(live, *item, now);
                }
            }
            Op::EndSession => {
                ensure_running(live)?;
                close_span(live, live.current_item, now);
                pause_all_timers(live, now);
                live.ended_at = Some(now);
            }
            Op::SelectGroup { group } => {
                check_group(*group)?;
                if *group != live.current_group {
                    // A presenter's time stops when the next group takes the floor.
                    let current = live.current_group;
                    if let Some(p) = live.presentations.get_mut(current) {
                        p.timer.pause(now);
                    }
                    live.current_group = *group;
                }
            }
            Op::StartTimer { group } => {
                ensure_running(live)?;
                check_group(*group)?;
                live.current_group = *group;
                for (i, p) in live.presentations.iter_mut().enumerate() {
                    if i != *group {
                        p.timer.pause(now);
                    }
                }
                live.presentations[*group].timer.start(now);
            }
            Op::PauseTimer { group } => {
                check_group(*group)?;
                live.presentations[*group].timer.pause(now);
            }
            Op::ResetTimer { group } => {
                check_group(*group)?;
                live.presentations[*group].timer.reset();
            }
            Op::AdjustTimer { group, seconds } => {
                check_group(*group)?;
                live.presentations[*group]
                    .timer
                    .adjust(planned[*group], *seconds);
            }
            Op::AdjustItem { item, seconds } => {
                if *item >= item_count {
                    return Err(OpError::NoSuchItem(item + 1));
                }
                let planned = item_planned[*item];
                let record = &mut live.items[*item];
                record.adjust_seconds =
                    super::timer::adjusted(record.adjust_seconds, *seconds, planned);
            }
            Op::AddNote { text, anchor } => {
                let text = required(text, "the note", "what was said")?;
                check_anchor(*anchor, item_count, group_count)?;
                live.notes.push(Note {
                    text,
                    author: by.clone(),
                    at: now,
                    anchor: *anchor,
                    extra: Default::default(),
                });
            }
            Op::AddCommitment { draft } => {
                let draft = validated(draft, at.today, item_count, group_count)?;
                let id = next_commitment_id(live);
                live.commitments.push(Commitment {
                    id: id.clone(),
                    what: draft.what,
                    owner: draft.owner,
                    deadline: draft.deadline,
                    anchor: draft.anchor,
                    status: Status::Open,
                    created_at: now,
                    created_by: by.clone(),
                    revision: 0,
                    history: Vec::new(),
                    extra: Default::default(),
                });
                return Ok(Applied::Created(id));
            }
            Op::EditCommitment {
                id,
                base_revision,
                draft,
            } => {
                let draft = validated(draft, at.today, item_count, group_count)?;
                let c = find_commitment(live, id)?;
                if c.revision != *base_revision {
                    let by = c
                        .history
                        .last()
                        .map_or_else(|| c.created_by.name.clone(), |h| h.by.name.clone());
                    return Err(OpError::Conflict { by });
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
                    at: now,
                    by: by.clone(),
                    change: changes.join("; "),
                    note: None,
                    key: None,
                    extra: Default::default(),
                });
            }
            Op::SetStatus { id, status, note } => {
                let note = match note {
                    Some(n) if !n.trim().is_empty() => Some(bounded(n.trim(), "the note")?),
                    _ => None,
                };
                let c = find_commitment(live, id)?;
                if c.status != *status || note.is_some() {
                    let change = format!("status {} → {}", c.status.label(), status.label());
                    c.status = *status;
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
            }
            Op::FollowUp {
                id,
                status,
                deadline,
                note,
                base_revision,
                key,
            } => {
                let note = note.trim();
                let c = find_commitment(live, id)?;
                if key.is_some() && c.history.iter().any(|h| h.key == *key) {
                    // Written back before: once is enough.
                    return Ok(Applied::Done);
                }
                if base_revision.is_some_and(|base| base != c.revision) {
                    let by = c
                        .history
                        .last()
                        .map_or_else(|| c.created_by.name.clone(), |h| h.by.name.clone());
                    return Err(OpError::Conflict { by });
                }
                let moved = deadline.filter(|d| *d != c.deadline);
                if moved.is_some() && note.is_empty() {
                    return Err(OpError::DeadlineWithoutNote);
                }
                moved.map_or(Ok(()), in_range)?;
                let mut changes = Vec::new();
                if c.status != *status {
                    changes.push(format!("status {} → {}", c.status.label(), status.label()));
                }
                if let Some(d) = moved {
                    changes.push(format!("deadline {} → {}", c.deadline, d));
                }
                if changes.is_empty() && note.is_empty() {
                    return Ok(Applied::Done);
                }
                let note = if note.is_empty() {
                    None
                } else {
                    Some(bounded(note, "the note")?)
                };
                c.status = *status;
                if let Some(d) = moved {
                    c.deadline = d;
                }
                c.revision += 1;
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
                    key: key.clone(),
                    extra: Default::default(),
                });
            }
            Op::SelectCarried { index } => {
                if *index >= live.carried.len() {
                    return Err(OpError::NoSuchCarried(index + 1));
                }
                // The owner's time stops when the room moves on.
                for c in &mut live.carried {
                    c.timer.pause(now);
                }
                live.current_carried = *index;
            }
            Op::StartCarriedTimer { index } => {
                ensure_running(live)?;
                if *index >= live.carried.len() {
                    return Err(OpError::NoSuchCarried(index + 1));
                }
                for (i, c) in live.carried.iter_mut().enumerate() {
                    if i == *index {
                        c.timer.start(now);
                    } else {
                        c.timer.pause(now);
                    }
                }
                live.current_carried = *index;
            }
            Op::PauseCarriedTimer { index } => {
                let carried = live
                    .carried
                    .get_mut(*index)
                    .ok_or(OpError::NoSuchCarried(index + 1))?;
                carried.timer.pause(now);
            }
            Op::RecordCarried { index, status } => {
                let carried = live
                    .carried
                    .get_mut(*index)
                    .ok_or(OpError::NoSuchCarried(index + 1))?;
                carried.recorded = Some(super::model::RecordedFollowUp {
                    status: *status,
                    at: now,
                    by: by.clone(),
                    written_back: false,
                    extra: Default::default(),
                });
            }
            Op::HoldTimers { at } => {
                for p in &mut live.presentations {
                    p.timer.pause(*at);
                }
                for c in &mut live.carried {
                    c.timer.pause(*at);
                }
            }
            Op::BindClient {
                client,
                uid,
                secret_sha256,
            } => {
                for (text, field) in [(client, "a client id"), (secret_sha256, "a secret digest")] {
                    let len = text.chars().count();
                    if len > MAX_CLIENT_ID {
                        return Err(OpError::TooLong {
                            field,
                            len,
                            max: MAX_CLIENT_ID,
                        });
                    }
                }
                if client.is_empty() || live.client_keys.contains_key(client) {
                    return Err(OpError::NotAllowed(format!(
                        "the client id {client:?} is empty or taken"
                    )));
                }
                live.client_keys.insert(
                    client.clone(),
                    super::model::ClientKey {
                        uid: *uid,
                        secret_sha256: secret_sha256.clone(),
                    },
                );
            }
            Op::MarkWrittenBack { index } => {
                let carried = live
                    .carried
                    .get_mut(*index)
                    .ok_or(OpError::NoSuchCarried(index + 1))?;
                if let Some(r) = carried.recorded.as_mut() {
                    r.written_back = true;
                }
            }
        }
        Ok(Applied::Done)
    }
}

fn ensure_running(live: &LiveRecord) -> Result<(), OpError> {
    if live.started_at.is_none() {
        Err(OpError::NotStarted)
    } else if live.ended_at.is_some() {
        Err(OpError::Ended)
    } else {
        Ok(())
    }
}

fn open_span(live: &mut LiveRecord, item: usize, now: DateTime<Utc>) {
    if let Some(rec) = live.items.get_mut(item) {
        rec.spans.push(Span {
            start: now,
            end: None,
            extra: Default::default(),
        });
    }
}

fn close_span(live: &mut LiveRecord, item: usize, now: DateTime<Utc>) {
    if let Some(span) = live.items.get_mut(item).and_then(|r| r.spans.last_mut())
        && span.end.is_none()
    {
        span.end = Some(now.max(span.start));
    }
}

fn pause_all_timers(live: &mut LiveRecord, now: DateTime<Utc>) {
    for p in &mut live.presentations {
        p.timer.pause(now);
    }
    for c in &mut live.carried {
        c.timer.pause(now);
    }
}

fn find_commitment<'a>(live: &'a mut LiveRecord, id: &str) -> Result<&'a mut Commitment, OpError> {
    live.commitments
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or_else(|| OpError::NoSuchCommitment(id.to_string()))
}

fn next_commitment_id(live: &LiveRecord) -> String {
    let highest = live
        .commitments
        .iter()
        .filter_map(|c| c.id.strip_prefix('C')?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("C{}", highest + 1)
}

/// The one text rule for what an operation stores: no control characters (a note keeps its
/// line breaks, as `\n`), and at most `MAX_TEXT` characters.
fn bounded(text: &str, field: &'static str) -> Result<String, OpError> {
    // Notes are the only text that spans lines; every other field is one line.
    let multi_line = field == "the note";
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

fn required(text: &str, field: &'static str, hint: &'static str) -> Result<String, OpError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(OpError::Empty { field, hint });
    }
    bounded(text, field)
}

fn check_anchor(anchor: Anchor, items: usize, groups: usize) -> Result<(), OpError> {
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

/// Checks a commitment draft the way every entry point must: the action and owner are
/// required, and a past deadline needs an explicit confirmation.
pub fn validated(
    draft: &CommitmentDraft,
    today: NaiveDate,
    items: usize,
    groups: usize,
) -> Result<CommitmentDraft, OpError> {
    let what = required(&draft.what, "the action", "what will be done")?;
    let owner = required(&draft.owner, "the owner", "who will do it")?;
    check_anchor(draft.anchor, items, groups)?;
    in_range(draft.deadline)?;
    if draft.deadline < today && !draft.past_deadline_confirmed {
        return Err(OpError::PastDeadline(draft.deadline));
    }
    Ok(CommitmentDraft {
        what,
        owner,
        ..draft.clone()
    })
}

/// Whether an item kind shows presenter timers rather than its own countdown.
pub fn uses_presenter_timers(kind: ItemKind) -> bool {
    kind == ItemKind::Presentations
}
