//! The session as it is saved: the prepared agenda and, once run, its live record.
//!
//! One type serves both an agenda file and a recorded session, so a recorded
//! session can be read by anything that reads agendas, and the format has one
//! description (`docs/format.md`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

// The live record's types live in `record`; named here too, where the session's parts are.
use super::record::is_false;
pub use super::record::*;

/// The file format this build writes; files with a higher number are refused, not guessed at.
pub const FORMAT_VERSION: u32 = 1;

/// Fields of an object this build does not know (from a newer 1.x, or added by hand): kept
/// as they were read and written back, so that saving never drops them.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// A workshop: what was planned and, once it has run, what happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Format version, so that older builds refuse newer files instead of damaging them.
    pub format: u32,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub venue: String,
    /// When the session begins, local time of day ("09:00"): items get their start times.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::time_of_day::hhmm"
    )]
    pub starts: Option<chrono::NaiveTime>,
    /// When it is planned to end: the items' total is measured against it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::time_of_day::hhmm"
    )]
    pub ends: Option<chrono::NaiveTime>,
    /// Minutes each presenter gets unless the group overrides it.
    #[serde(default = "default_presenter_minutes")]
    pub presenter_minutes: u32,
    /// Left out when empty, as docs/format.md says of every list (nc13c #9).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    pub agenda: Vec<AgendaItem>,
    /// Absent in a prepared agenda; present once the session has been run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveRecord>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_presenter_minutes() -> u32 {
    5
}

/// Someone in the room; owners of commitments are completed from these.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Government, Parliament, Development partners, Civil society, ...
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stakeholder: String,
    /// Where follow-up reaches them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A breakout group and what it reports back on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub presenter: String,
    /// Presentation minutes for this group when it differs from the session default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What kind of block an agenda item is; it decides which screen the facilitator sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Plenary,
    Breakout,
    Presentations,
    ActionPlanning,
    Break,
    Closing,
    /// Going through the open commitments of earlier sessions, one by one.
    FollowUp,
}

impl ItemKind {
    /// Every kind, in the order the format documents them.
    pub const ALL: [ItemKind; 7] = [
        ItemKind::Plenary,
        ItemKind::Breakout,
        ItemKind::Presentations,
        ItemKind::ActionPlanning,
        ItemKind::Break,
        ItemKind::Closing,
        ItemKind::FollowUp,
    ];

    /// The kind as written in a file.
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Plenary => "plenary",
            ItemKind::Breakout => "breakout",
            ItemKind::Presentations => "presentations",
            ItemKind::ActionPlanning => "action_planning",
            ItemKind::Break => "break",
            ItemKind::Closing => "closing",
            ItemKind::FollowUp => "follow_up",
        }
    }

    /// The kind a person meant: case, spaces and dashes do not matter ("Plenary",
    /// "action planning", "follow-up"), and the label shown on screen is accepted too
    /// ("Report-back"), so a hand-written agenda is not refused over spelling.
    pub fn from_key(text: &str) -> Option<ItemKind> {
        // Case, spaces, dashes and underscores aside, as the format says: "Break-out" and
        // "break out" are a breakout (nc13b #5).
        let norm = |t: &str| -> String {
            t.chars()
                .filter(|c| !matches!(c, ' ' | '-' | '_'))
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let wanted = norm(text);
        ItemKind::ALL
            .into_iter()
            .find(|k| k.key() == wanted || norm(k.label()) == wanted)
    }

    /// The kinds a file may name, for messages: "plenary, breakout, …".
    pub fn keys_listed() -> String {
        let keys: Vec<&str> = ItemKind::ALL.iter().map(|k| k.key()).collect();
        keys.join(", ")
    }

    /// The word shown to people for this kind.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Plenary => "Plenary",
            ItemKind::Breakout => "Breakout",
            ItemKind::Presentations => "Report-back",
            ItemKind::ActionPlanning => "Action planning",
            ItemKind::Break => "Break",
            ItemKind::Closing => "Closing",
            ItemKind::FollowUp => "Follow-up",
        }
    }
}

impl<'de> Deserialize<'de> for ItemKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ItemKind::from_key(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not a kind of agenda item: use one of {}",
                ItemKind::keys_listed()
            ))
        })
    }
}

/// One block of the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub title: String,
    pub kind: ItemKind,
    /// Planned length in minutes.
    pub minutes: u32,
    /// Points for the facilitator to raise during the item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where a note or commitment came from: the agenda item, and the group if one was in focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub item: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
}

/// Who did something, as recorded in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    /// The Unix user id, when the author was identified by the operating system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<u32>,
}

/// A note taken during the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    pub author: Author,
    pub at: DateTime<Utc>,
    /// When its note-taker wrote it, if that was meaningfully before `at`, when it reached
    /// the facilitator (issue 14, item 8: typed during an outage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_at: Option<DateTime<Utc>>,
    pub anchor: Anchor,
    /// Deleted by its author or the facilitator: left out of lists and exports, kept here
    /// with its text so it can be restored.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
    /// Edits, deletions and restorations, with the text as it was before an edit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<NoteChange>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One change to a note, so the record shows what it said before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteChange {
    pub at: DateTime<Utc>,
    pub by: Author,
    /// "edited", "deleted" or "restored".
    pub change: String,
    /// The text before an edit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where a commitment stands; reviewers follow these up months later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Open,
    InProgress,
    Done,
    Dropped,
}

impl Status {
    /// Whether someone still owes it: open or in progress.
    pub fn is_owed(self) -> bool {
        matches!(self, Status::Open | Status::InProgress)
    }

    /// The words shown in tables.
    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in progress",
            Status::Done => "done",
            Status::Dropped => "dropped",
        }
    }

    /// The next status in the order the facilitator cycles through them.
    pub fn cycled(self) -> Status {
        match self {
            Status::Open => Status::InProgress,
            Status::InProgress => Status::Done,
            Status::Done => Status::Dropped,
            Status::Dropped => Status::Open,
        }
    }

    /// The status before this one in that order: `S`, after one `s` too many.
    pub fn cycled_back(self) -> Status {
        (0..3).fold(self, |s, _| s.cycled())
    }
}

/// Something the room agreed someone would do by a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    /// Stable within the session (`C1`, `C2`, ...); never reused.
    pub id: String,
    pub what: String,
    pub owner: String,
    pub deadline: NaiveDate,
    pub anchor: Anchor,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    pub created_by: Author,
    /// When its note-taker wrote it, if before `created_at` (received), as for a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_at: Option<DateTime<Utc>>,
    /// Bumped on every change, so that two people editing at once can be told apart.
    #[serde(default)]
    pub revision: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
    /// Deleted during the session: left out of boards and exports, kept with its history
    /// so it can be restored.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deleted: bool,
    /// The earlier commitment (`session-id/C3`) this one re-agrees at a follow-up session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    /// The later commitment (`session-id/C5`) that re-agreed this one: it is no longer
    /// owed here, so boards and exports do not count it twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<String>,
    /// The meeting that re-agreed it, in words ("Suivi à trois mois (26 Nov 2026)"), for
    /// the earlier session's own documents (nc15 #2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_in: Option<String>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Commitment {
    /// How this commitment is named across sessions: `session-id/C3`.
    pub fn reference(session_id: &str, id: &str) -> String {
        format!("{session_id}/{id}")
    }

    /// The deadline first agreed, if it was moved: the "from" date of the first deadline
    /// change in the history ("deadline 2027-03-31 → 2027-06-30").
    pub fn original_deadline(&self) -> Option<NaiveDate> {
        self.history.iter().find_map(|h| {
            let from = h.change.split("deadline ").nth(1)?.split(" → ").next()?;
            NaiveDate::parse_from_str(from.trim(), "%Y-%m-%d").ok()
        })
    }
}

/// One change to a commitment, kept so follow-up meetings can see what moved and who moved it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub by: Author,
    /// What changed, in words ("deadline 2027-03-31 → 2027-06-30").
    pub change: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Set on a follow-up written back from another session, so it is recorded only once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Fields this build does not know, written back unchanged.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Session {
    /// A session not known yet: what a note-taker's screen holds until the host sends the
    /// real one (no agenda, no live record, shown as "waiting for the session").
    pub fn awaited() -> Session {
        Session {
            format: FORMAT_VERSION,
            title: String::new(),
            date: None,
            venue: String::new(),
            starts: None,
            ends: None,
            presenter_minutes: default_presenter_minutes(),
            participants: Vec::new(),
            groups: Vec::new(),
            agenda: Vec::new(),
            live: None,
            extra: Default::default(),
        }
    }

    /// Presentation seconds planned for a group.
    pub fn presenter_seconds(&self, group: usize) -> i64 {
        let minutes = self
            .groups
            .get(group)
            .and_then(|g| g.minutes)
            .unwrap_or(self.presenter_minutes);
        i64::from(minutes) * 60
    }

    /// Names, organisations and stakeholder groups known in this session, for completing
    /// an owner field.
    pub fn owner_suggestions(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |s: &str| {
            let s = s.trim();
            if !s.is_empty() && !out.iter().any(|o| super::fold::same(o, s)) {
                out.push(s.to_string());
            }
        };
        for p in &self.participants {
            push(&p.name);
            push(&p.organisation);
        }
        // Stakeholder groups own commitments too ("Parliament", "Development partners").
        for p in &self.participants {
            push(&p.stakeholder);
        }
        for g in &self.groups {
            push(&g.name);
        }
        if let Some(live) = &self.live {
            for c in &live.commitments {
                push(&c.owner);
            }
        }
        out
    }
}
