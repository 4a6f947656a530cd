//! Whose seat an app is: the facilitator's console (the file, projector, disk and sharing
//! state) or a note-taker's link to the host (operations numbered and pending until
//! acknowledged). Kept apart so that neither side's state can be read by the other's code.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::{HostClosed, bell, mine};
use crate::domain::Op;

/// Whose seat an app is.
pub enum Seat {
    Host(Box<HostSeat>),
    Client(Box<Remote>),
}

/// What only the facilitator's console has: the file, the projector and bell, the disk's
/// and the sharing's state, and who joined.
#[derive(Debug, Default)]
pub struct HostSeat {
    /// The file the session is saved to, for display.
    pub file: PathBuf,
    pub projector: bool,
    pub muted: bool,
    /// Why the file on disk is behind (or lags its journal), while it is.
    pub save_warning: Option<String>,
    /// Set while changes are not on disk (a failing or slow disk): quitting then asks first.
    pub disk_behind: bool,
    /// Set while note-takers cannot join.
    pub sharing_warning: Option<String>,
    /// Who has joined the live session (connection, label).
    pub people: Vec<(u64, String)>,
    /// Who joined and left (and who was refused), with when, oldest first: the people
    /// view lists them (nc14 #11).
    pub comings: Vec<(DateTime<Utc>, String)>,
    /// The joins and leaves on the flash line fade then, so the keys come back (nc14b #10).
    pub comings_until: Option<DateTime<Utc>>,
    /// What a note-taker just added or changed, shown until then (issue 14, item 10).
    pub notice: Option<(String, DateTime<Utc>)>,
    /// The presenter's countdown as last seen, to ring when a threshold is crossed.
    pub bells: bell::BellWatch,
    /// The projector flashes until then (time up).
    pub flash_until: Option<DateTime<Utc>>,
    /// The terminal's size, so the read-back's pages are the ones on screen.
    pub screen: (u16, u16),
    /// The exports written from the summary, where they went.
    pub exports: Vec<(crate::report::ExportFormat, PathBuf)>,
}

/// After this many seconds of silence while something waits for an answer, the host is
/// said not to be answering (nc14b #6); a working host answers within milliseconds.
pub const NOT_ANSWERING_SECONDS: i64 = 5;

/// A note-taker's or viewer's side of a live session: operations go to the host, numbered,
/// and stay pending until it acknowledges them.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Remote {
    pub role: crate::live::protocol::Role,
    /// This client's id, stable across reconnections and restarts (kept in the drafts file).
    pub client: String,
    pub next_seq: u64,
    /// Sent or not, not yet acknowledged: resent after a reconnection.
    pub pending: Vec<(u64, Op)>,
    /// This join's own changes, sending or saved ✓ (issue 14, item 3).
    #[serde(skip)]
    pub mine: mine::Mine,
    #[serde(skip)]
    pub connected: bool,
    /// The highest number sent on the current connection.
    #[serde(skip)]
    pub sent: u64,
    /// Why this join's drafts file cannot be written ("cannot write …: reason"), while it
    /// cannot and something would be lost: the screen says so.
    #[serde(skip)]
    pub drafts_problem: Option<String>,
    /// Since when something sent waits for an answer and the host has said nothing at all:
    /// a frozen host keeps the link open (nc14b #6), so the screen says it is not answering.
    #[serde(skip)]
    pub awaiting_since: Option<DateTime<Utc>>,
    /// What the host said when it closed the link, shown instead of "reconnecting…".
    #[serde(skip)]
    pub closed: Option<HostClosed>,
    /// The note-taker logged in as a Unix user of their own, not the facilitator's (which
    /// several joins may share): everything recorded under that user is theirs (nc14 #6).
    #[serde(skip)]
    pub own_account: bool,
}
