//! The live record: everything that happened while a session ran — its items' spans, the
//! groups' presentations, the plan's changes, the follow-up of earlier commitments, and
//! the note-takers' identities. Apart from `model`, which holds the agenda's own parts.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::model::{Author, Commitment, Extra, Note, Status};
use super::timer::Timer;

/// Everything that happened while the session ran.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveRecord {
    /// Unique per run, so exports and live peers can tell sessions apart.
    pub id: String,
    pub created_at: DateTime<Utc>,
    /// The agenda file this session was started from, for the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda_file: Option<String>,
    /// The date the agenda was planned for, when the session ran on another day (a
    /// rehearsal): the session's own `date` is the day it ran (nc13b #2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<DateTime<Utc>>,
    pub current_item: usize,
    pub current_group: usize,
    /// One entry per agenda item, in agenda order.
    pub items: Vec<ItemRecord>,
    /// One entry per group, in group order.
    pub presentations: Vec<PresentationRecord>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    /// Number of operations applied; lets peers and files be compared for freshness.
    #[serde(default)]
    pub revision: u64,
    /// Open commitments of earlier sessions brought in for follow-up (`run --follow-up`);
    /// they also link this session to those.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<Carried>,
    /// The carried commitment in focus.
    #[serde(default)]
    pub current_carried: usize,
    /// For each live client, the highest operation number applied, so that operations
    /// resent after a reconnection or a host restart land exactly once.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub client_seqs: std::collections::BTreeMap<String, u64>,
    /// Who owns each live client id: the Unix user that first sent under it and a digest of
    /// the secret only that client holds, so no one else can send under it.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub client_keys: std::collections::BTreeMap<String, ClientKey>,
    /// The agenda items in the order they run, once the plan was changed live (empty: the
    /// agenda's order). Items keep their index for good, so what is anchored to them stays
    /// put; an item removed live is left out of this order (see `Session::item_order`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub item_order: Vec<usize>,
    /// The groups in the order they report back, once reordered live (empty: the order of
    /// `groups`). Groups keep their index for good, like items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group_order: Vec<usize>,
    /// The plan's changes made live, in words, for the record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan_changes: Vec<PlanChange>,
    /// The session's offset from UTC where it ran ("+02:00"), set when it begins: outcome
    /// documents give its times in it, whatever the exporter's time zone (issue 15, item 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc_offset: Option<String>,
    /// The Unix group the session was shared with (`--allow-group`), so resuming it shares
    /// it with that group again (nc14 #1). Absent: only the facilitator could join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_with: Option<Sharing>,
    /// Projector mode and the bell as the console last had them, restored on resuming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub console: Option<super::console::ConsoleState>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

impl LiveRecord {
    /// The session's own UTC offset, when it was recorded and reads as one.
    pub fn offset(&self) -> Option<chrono::FixedOffset> {
        self.utc_offset.as_deref()?.parse().ok()
    }
}

/// Whom a live session is shared with (see `LiveRecord::shared_with`); an object, so later
/// versions can add to it and this one keeps what it does not know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    /// The Unix group whose members may join, by name.
    pub group: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A change to the plan made while the session ran ("added group 5 “Late arrivals”").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChange {
    pub at: DateTime<Utc>,
    pub by: Author,
    pub change: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The owner of a live client id (see `LiveRecord::client_keys`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientKey {
    pub uid: u32,
    /// SHA-256 of the client's secret, in hex; blank in the copies sent to clients.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub secret_sha256: String,
}

/// A commitment from an earlier session, reviewed in this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    /// The file it came from, where the status recorded here is written back.
    pub source_file: String,
    pub source_session: String,
    pub source_title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_date: Option<NaiveDate>,
    pub id: String,
    pub what: String,
    pub owner: String,
    pub deadline: NaiveDate,
    /// The deadline first agreed, when it had moved before this session (nc15 #1): the
    /// room and this session's exports show the whole slippage, as the source's own do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_deadline: Option<NaiveDate>,
    /// How often its deadline had moved before this session.
    #[serde(default, skip_serializing_if = "is_zero_count")]
    pub moves_before: usize,
    /// Its revision in the source file when carried (nc15 #3): the calendar's SEQUENCE
    /// goes on from it, so a later export is never behind an earlier one.
    #[serde(default, skip_serializing_if = "is_zero_revision")]
    pub revision_before: u32,
    /// Its status when this session started.
    pub status_before: Status,
    /// What the room recorded, once it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<RecordedFollowUp>,
    /// The owner's speaking time for this commitment, when the facilitator times it.
    #[serde(default, skip_serializing_if = "Timer::is_unused")]
    pub timer: Timer,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Carried {
    /// Its deadline after this session, the deadline first agreed when that differs, and
    /// how often it moved in all (nc15 #1): the same "was → now" its source shows.
    pub fn slippage(&self) -> (NaiveDate, Option<NaiveDate>, usize) {
        let moved_here = self.recorded.as_ref().and_then(|r| r.deadline);
        let now = moved_here.unwrap_or(self.deadline);
        let first = self
            .first_deadline
            .or(moved_here.map(|_| self.deadline))
            .filter(|d| *d != now);
        (
            now,
            first,
            self.moves_before + usize::from(moved_here.is_some()),
        )
    }
}

/// Seconds an owner gets to report on one carried commitment.
pub const OWNER_SECONDS: i64 = 120;

/// A status recorded for a carried commitment, and whether its source file has it yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedFollowUp {
    pub status: Status,
    pub at: DateTime<Utc>,
    pub by: Author,
    #[serde(default)]
    pub written_back: bool,
    /// What the owner said: written back as the commitment's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The deadline renegotiated in the room, when it moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    /// The owner agreed in the room, when it changed hands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The commitment of this session that replaces it, when the room re-agreed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// When an agenda item ran. An item may be left and returned to, hence several spans.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
    /// Seconds the facilitator added to (or took from) the item's countdown.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub adjust_seconds: i64,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_zero_revision(n: &u32) -> bool {
    *n == 0
}

fn is_zero_count(n: &usize) -> bool {
    *n == 0
}

pub(super) fn is_false(b: &bool) -> bool {
    !*b
}

/// A stretch of time; `end` is absent while it is still going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<DateTime<Utc>>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A group's report-back: its timer holds the time used and any overrun.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentationRecord {
    pub timer: Timer,
    /// The group did not come: skipped in the report-back and recorded as absent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub absent: bool,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}
