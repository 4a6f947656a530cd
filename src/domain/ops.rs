//! Operations: every change to a session is one of these values, applied here.
//!
//! The facilitator's keys and (later) remote note-takers produce the same values,
//! so validation lives in one place and an operation can be logged, sent over a
//! socket or replayed. `apply` is pure: the caller passes the time.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::{Anchor, ItemKind, Status};

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
        /// When a note-taker wrote it, by its own clock (issue 14, item 8): a note typed
        /// during an outage reaches the host later. Kept only within `written::bounded`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        written: Option<DateTime<Utc>>,
    },
    AddCommitment {
        draft: CommitmentDraft,
        /// When a note-taker wrote it, as for a note.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        written: Option<DateTime<Utc>>,
    },
    /// Replace a commitment's text fields; `base_revision` is what the editor started from.
    EditCommitment {
        id: String,
        base_revision: u32,
        draft: CommitmentDraft,
    },
    /// Set a commitment's status (the target, not "next"); `base_revision`, when given, is
    /// the commitment's revision the person saw, so that two people moving it at once do
    /// not move it twice (nc14 #3): a stale one is refused as a conflict.
    SetStatus {
        id: String,
        status: Status,
        #[serde(default)]
        note: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base_revision: Option<u32>,
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
        /// A new owner agreed at the follow-up.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<String>,
        /// The commitment (`session-id/C5`) that replaces this one, re-agreed at a
        /// follow-up session: this one is then no longer counted.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        superseded_by: Option<String>,
        /// The meeting this follow-up was made at, in words ("Suivi à trois mois (26 Nov
        /// 2026)"): its history entry says "at" it (nc15 #13), and a commitment re-agreed
        /// there says where it went without a raw run id (nc15 #2). None from review.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        superseded_in: Option<String>,
    },
    /// Bring a carried commitment from an earlier session into focus.
    SelectCarried {
        index: usize,
    },
    /// Record, live, where a carried commitment stands now, and what the room said: the
    /// owner's explanation, a renegotiated deadline (which needs the explanation), a new
    /// owner (issue 15, item 3). All three are written back to the commitment's own file.
    RecordCarried {
        index: usize,
        status: Status,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deadline: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<String>,
    },
    /// The room agrees a carried commitment again as a commitment of this session: the new
    /// one names the one it supersedes, and the old one is marked superseded when written
    /// back, so the two are never counted twice.
    ReAgreeCarried {
        index: usize,
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
    /// A group that arrives late joins the end of the report-back queue.
    AddGroup {
        group: NewGroup,
    },
    /// A group that did not come is skipped in the report-back and recorded as absent (or,
    /// with `absent: false`, is back).
    SetGroupAbsent {
        group: usize,
        absent: bool,
    },
    /// Moves a group to `position` (from 0) in the report-back queue.
    MoveGroup {
        group: usize,
        position: usize,
    },
    /// Adds an agenda item at `position` (from 0) in the running order, after the item
    /// running now.
    AddItem {
        item: NewItem,
        position: usize,
    },
    /// Takes out an item that has not run and holds no notes or commitments.
    RemoveItem {
        item: usize,
    },
    /// Lengthens or shortens an item's plan.
    SetItemMinutes {
        item: usize,
        minutes: u32,
    },
    /// Moves an item that has not run to `position` (from 0) in the running order.
    MoveItem {
        item: usize,
        position: usize,
    },
    /// Files a commitment under another agenda item or group.
    MoveCommitment {
        id: String,
        anchor: Anchor,
    },
    /// Deletes a commitment; it stays in the file with its history and can be restored.
    DeleteCommitment {
        id: String,
    },
    RestoreCommitment {
        id: String,
    },
    /// Replaces a note's text; the text before is kept in its history.
    EditNote {
        index: usize,
        text: String,
    },
    DeleteNote {
        index: usize,
    },
    RestoreNote {
        index: usize,
    },
    /// The facilitator's console turned projector mode or the bell on or off: saved, so a
    /// resumed session opens as it was left.
    SetConsole {
        projector: bool,
        muted: bool,
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

/// A group added live: what its card and the queue show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewGroup {
    pub name: String,
    #[serde(default)]
    pub presenter: String,
    #[serde(default)]
    pub topic: String,
    /// Presentation minutes when they differ from the session's.
    #[serde(default)]
    pub minutes: Option<u32>,
}

/// An agenda item added live.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewItem {
    pub title: String,
    pub kind: ItemKind,
    pub minutes: u32,
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
    Empty { field: Field, hint: &'static str },
    #[error("{field} is too long ({len} characters; at most {max})")]
    TooLong {
        field: Field,
        len: usize,
        max: usize,
    },
    #[error("the deadline {0} is in the past: confirm to keep it")]
    PastDeadline(NaiveDate),
    #[error("the deadline {} is more than a year ago: check the year", .0.format("%-d %b %Y"))]
    DeadlineLongPast(NaiveDate),
    #[error("{by} changed this commitment while you were editing it; your text is kept")]
    Conflict { by: String },
    /// nc14 #3: a status change from a stale read: someone moved it first.
    #[error("{by} already moved {id} to {status}")]
    StatusMoved {
        by: String,
        id: String,
        status: String,
    },
    #[error("{0}")]
    NotAllowed(String),
    #[error("there is no carried commitment {0}")]
    NoSuchCarried(usize),
    #[error("a new deadline needs a note saying why it moved")]
    DeadlineWithoutNote,
    #[error("the new deadline {} is already past: give a date from today on", .0.format("%-d %b %Y"))]
    NewDeadlinePast(NaiveDate),
    #[error("this session has no live record; start it with `plenary run`")]
    NotLive,
    #[error("{field} {}", super::text::refusal(*.found))]
    Unprintable { field: Field, found: char },
    #[error("the deadline {0} is out of range: give a date from {first} to {last}", first = super::limits::FIRST_DATE, last = super::limits::LAST_DATE)]
    DeadlineOutOfRange(NaiveDate),
    #[error("{0}")]
    /// A rule of the session refuses it, said in words (a plan change that cannot be made,
    /// a deleted entry changed).
    Rule(String),
    #[error("{0} minutes: plan from 1 to {max} minutes", max = super::limits::MAX_MINUTES)]
    MinutesOutOfRange(u32),
    #[error("there is already a group “{0}”")]
    GroupNameTaken(String),
    #[error("there is no note {0}")]
    NoSuchNote(usize),
    #[error(
        "this session holds as much as one session may keep (24 MiB of notes and commitments, or a billion changes): start a new session to go on"
    )]
    SessionFull,
}

/// A field an operation's text goes in: named in refusals, and tied to the form field a
/// refusal is shown beside (never by matching the message's words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Action,
    Owner,
    Deadline,
    Note,
    /// The author's name.
    Name,
    ClientId,
    Secret,
    /// A group's name, presenter and topic, an item's title, minutes: the plan's fields.
    GroupName,
    Presenter,
    Topic,
    Title,
    Minutes,
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Field::Action => "the action",
            Field::Owner => "the owner",
            Field::Deadline => "the deadline",
            Field::Note => "the note",
            Field::Name => "your name",
            Field::ClientId => "a client id",
            Field::Secret => "a secret digest",
            Field::GroupName => "the group's name",
            Field::Presenter => "the presenter",
            Field::Topic => "the topic",
            Field::Title => "the title",
            Field::Minutes => "the minutes",
        })
    }
}

impl OpError {
    /// The field a refusal is about, if it is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            OpError::Empty { field, .. }
            | OpError::TooLong { field, .. }
            | OpError::Unprintable { field, .. } => Some(*field),
            OpError::PastDeadline(_)
            | OpError::NewDeadlinePast(_)
            | OpError::DeadlineLongPast(_)
            | OpError::DeadlineOutOfRange(_) => Some(Field::Deadline),
            OpError::DeadlineWithoutNote => Some(Field::Note),
            OpError::MinutesOutOfRange(_) => Some(Field::Minutes),
            OpError::GroupNameTaken(_) => Some(Field::GroupName),
            _ => None,
        }
    }
}

/// What applying an operation produced, beyond the changed session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    Done,
    /// A commitment was created with this id.
    Created(String),
}

/// Whether an item kind shows presenter timers rather than its own countdown.
pub fn uses_presenter_timers(kind: ItemKind) -> bool {
    kind == ItemKind::Presentations
}
